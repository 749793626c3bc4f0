"""ualetters: ready-to-sign appeal letters for Amnesty International's Urgent Actions.

>>> import datetime, ualetters
>>> case = ualetters.load_case("examples/askarov.yaml")
>>> sender = ualetters.load_sender("examples/sender.toml")
>>> letters = ualetters.letters_for(case, sender, date=datetime.date(2020, 7, 23))
>>> letters[0].salutation
'Sehr geehrter Herr Präsident'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Names are imported on first use (PEP 562), so `ualetters --version` and `--help` start
# without loading the case model, Jinja2, Babel or python-docx.
_EXPORTS = {
    "Address": "model",
    "BatchResult": "batch",
    "Case": "model",
    "CaseClosedError": "errors",
    "CaseFileError": "errors",
    "Copy": "model",
    "Generated": "api",
    "InputError": "errors",
    "LAYOUTS": "layouts",
    "Layout": "layouts",
    "Letter": "letter",
    "NoEmailError": "errors",
    "OutputError": "errors",
    "Paragraph": "letter",
    "Person": "model",
    "Plan": "planning",
    "PlannedLetter": "planning",
    "Sender": "model",
    "SenderError": "errors",
    "SupporterList": "supporters",
    "Target": "model",
    "TemplateError": "errors",
    "UaLettersError": "errors",
    "Update": "model",
    "case_schema": "api",
    "default_sender_path": "api",
    "generate": "api",
    "json_lines": "api",
    "letter_bytes": "api",
    "letter_schema": "api",
    "letters_for": "api",
    "load_case": "sources",
    "load_sender": "sources",
    "plan": "api",
    "read_supporters": "supporters",
    "render_letters": "api",
    "run_batch": "batch",
    "template_languages": "api",
    "to_docx": "api",
    "to_eml": "api",
    "to_json": "api",
    "to_pdf": "api",
    "to_text": "api",
}

if TYPE_CHECKING:
    from .api import (
        Generated,
        case_schema,
        default_sender_path,
        generate,
        json_lines,
        letter_bytes,
        letter_schema,
        letters_for,
        plan,
        render_letters,
        template_languages,
        to_docx,
        to_eml,
        to_json,
        to_pdf,
        to_text,
    )
    from .batch import BatchResult, run_batch
    from .errors import (
        CaseClosedError,
        CaseFileError,
        InputError,
        NoEmailError,
        OutputError,
        SenderError,
        TemplateError,
        UaLettersError,
    )
    from .layouts import LAYOUTS, Layout
    from .letter import Letter, Paragraph
    from .model import Address, Case, Copy, Person, Sender, Target, Update
    from .planning import Plan, PlannedLetter
    from .sources import load_case, load_sender
    from .supporters import SupporterList, read_supporters


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ualetters' has no attribute '{name}'")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "LAYOUTS",
    "Address",
    "BatchResult",
    "Case",
    "CaseClosedError",
    "CaseFileError",
    "Copy",
    "Generated",
    "InputError",
    "Layout",
    "Letter",
    "NoEmailError",
    "OutputError",
    "Paragraph",
    "Person",
    "Plan",
    "PlannedLetter",
    "Sender",
    "SenderError",
    "SupporterList",
    "Target",
    "TemplateError",
    "UaLettersError",
    "Update",
    "__version__",
    "case_schema",
    "default_sender_path",
    "generate",
    "json_lines",
    "letter_bytes",
    "letter_schema",
    "letters_for",
    "load_case",
    "load_sender",
    "plan",
    "read_supporters",
    "render_letters",
    "run_batch",
    "template_languages",
    "to_docx",
    "to_eml",
    "to_json",
    "to_pdf",
    "to_text",
]
