"""ualetters: ready-to-sign appeal letters for Amnesty International's Urgent Actions.

>>> import datetime, ualetters
>>> case = ualetters.load_case("examples/askarov.yaml")
>>> sender = ualetters.load_sender("examples/sender.toml")
>>> letters = ualetters.letters_for(case, sender, date=datetime.date(2020, 7, 23))
>>> letters[0].salutation
'Sehr geehrter Herr Präsident'
"""

from __future__ import annotations

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
from .plan import Plan, PlannedLetter
from .sources import load_case, load_sender

__version__ = "0.1.0"

__all__ = [
    "LAYOUTS",
    "Address",
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
    "render_letters",
    "template_languages",
    "to_docx",
    "to_eml",
    "to_json",
    "to_pdf",
    "to_text",
]
