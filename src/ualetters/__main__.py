"""`python -m ualetters`."""

from .cli import main

main()
