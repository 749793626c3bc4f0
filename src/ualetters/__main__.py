"""`python -m ualetters`."""

from .console import main

main()
