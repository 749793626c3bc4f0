"""ualetters: ready-to-sign appeal letters for Amnesty International's Urgent Actions.

>>> import datetime, ualetters
>>> case = ualetters.load_case("examples/askarov.yaml")
>>> sender = ualetters.load_sender("examples/sender.toml")
>>> letters = ualetters.letters_for(case, sender, date=datetime.date(2020, 7, 23))
>>> letters[0].salutation
'Sehr geehrter Herr Präsident'
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The public names, each once: the imports below are where type checkers find them, and
# at run time the same lines say which module to import a name from on its first use
# (PEP 562), so `ualetters --version` and `--help` start without the case model, Jinja2, Babel
# or python-docx.
if TYPE_CHECKING:
    from .api import CaseSource as CaseSource
    from .api import Generated as Generated
    from .api import LayoutName as LayoutName
    from .api import SenderSource as SenderSource
    from .api import case_schema as case_schema
    from .api import default_sender_path as default_sender_path
    from .api import generate as generate
    from .api import json_lines as json_lines
    from .api import letter_bytes as letter_bytes
    from .api import letter_schema as letter_schema
    from .api import letters_for as letters_for
    from .api import plan as plan
    from .api import render_letters as render_letters
    from .api import resolve_sender as resolve_sender
    from .api import save_sender as save_sender
    from .api import template_languages as template_languages
    from .api import to_docx as to_docx
    from .api import to_eml as to_eml
    from .api import to_json as to_json
    from .api import to_pdf as to_pdf
    from .api import to_text as to_text
    from .batch import BatchResult as BatchResult
    from .batch import CombineMode as CombineMode
    from .batch import run_batch as run_batch
    from .errors import BatchInterrupted as BatchInterrupted
    from .errors import CaseClosedError as CaseClosedError
    from .errors import CaseFileError as CaseFileError
    from .errors import InputError as InputError
    from .errors import Message as Message
    from .errors import NoEmailError as NoEmailError
    from .errors import OutputError as OutputError
    from .errors import SenderError as SenderError
    from .errors import TemplateError as TemplateError
    from .errors import UaLettersError as UaLettersError
    from .errors import UsageError as UsageError
    from .layouts import LAYOUTS as LAYOUTS
    from .layouts import Layout as Layout
    from .letter import Letter as Letter
    from .letter import Paragraph as Paragraph
    from .model import Address as Address
    from .model import Case as Case
    from .model import Copy as Copy
    from .model import Person as Person
    from .model import Sender as Sender
    from .model import Target as Target
    from .model import Update as Update
    from .planning import Plan as Plan
    from .planning import PlannedLetter as PlannedLetter
    from .sources import load_case as load_case
    from .sources import load_sender as load_sender
    from .supporters import SupporterList as SupporterList
    from .supporters import read_supporters as read_supporters
    from .writers import FormatName as FormatName


@cache
def _exports() -> dict[str, str]:
    """Return {public name: module}, read from the imports above (once, on first use)."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    guarded = next(node for node in tree.body if isinstance(node, ast.If))
    return {
        alias.name: str(node.module)
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def __getattr__(name: str) -> Any:
    if name == "__all__":
        return ["__version__", *_exports()]
    module = _exports().get(name)
    if module is None:
        raise AttributeError(f"module 'ualetters' has no attribute '{name}'")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(["__version__", *_exports()])
