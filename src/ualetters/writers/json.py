"""Letters as JSON records (one line each: JSON Lines), with a versioned, published schema.

The schema lives here and in `docs/letter.schema.json` (a test keeps them equal). Adding an
optional field keeps `schema_version`; renaming, removing or retyping a field raises it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..letter import Channels, Letter, Paragraph
from .text import to_text

SCHEMA_VERSION = 2

_STRINGS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}
_EMAIL: dict[str, Any] = {"type": ["string", "null"]}
_PARAGRAPHS: dict[str, Any] = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "kind": {"enum": ["text", "item"], "description": "'item' is one of a list"},
        },
        "required": ["text", "kind"],
        "additionalProperties": False,
    },
}

_CHANNELS: dict[str, Any] = {
    "type": "object",
    "description": "how the recipient can be reached besides the post, as the case gives it",
    "properties": {
        "email": _STRINGS,
        "fax": _STRINGS,
        "phone": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "number": {"type": "string"},
                    "note": {"type": ["string", "null"], "description": "e.g. 'Chinese only'"},
                },
                "required": ["number", "note"],
                "additionalProperties": False,
            },
        },
        "web": {**_STRINGS, "description": "the web forms the letter gives, as it lists them"},
        "web_forms": {
            "type": "array",
            "description": "every web form as the case gives it, with its language",
            "items": {
                "type": "object",
                "properties": {
                    "url": {"type": "string"},
                    "language": {
                        "type": ["string", "null"],
                        "description": "BCP 47 tag of the form's language, 'de-CH'; null for any",
                    },
                },
                "required": ["url", "language"],
                "additionalProperties": False,
            },
        },
        "social": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "platform": {"type": "string", "description": "twitter, facebook, ..."},
                    "handle": {"type": "string"},
                },
                "required": ["platform", "handle"],
                "additionalProperties": False,
            },
        },
    },
    "required": ["email", "fax", "phone", "web", "web_forms", "social"],
    "additionalProperties": False,
}

LETTER_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "ualetters letter",
    "description": "One rendered appeal letter, as written by `ualetters generate --format json`.",
    "type": "object",
    "properties": {
        "schema_version": {"const": SCHEMA_VERSION},
        "case_id": {"type": "string", "description": "file-name stem of the case, 'ua-61-20'"},
        "ua": {"type": "string", "description": "the UA number as written, 'UA 61/20'"},
        "target_id": {"type": "string"},
        "language": {"type": "string", "description": "BCP 47 tag of the letter, 'de-CH'"},
        "date": {"type": "string", "format": "date"},
        "recipient": {
            "type": "object",
            "properties": {
                "name_lines": {
                    **_STRINGS,
                    "description": "the target's name and title (for an email's To line)",
                },
                "address_lines": {
                    **_STRINGS,
                    "description": "the address block as printed, name lines included",
                },
                "postal": {
                    "type": "boolean",
                    "description": "false: no postal address (reach it by fax, email, ...); "
                    "the printed letter has no address in the window",
                },
                "email": {**_EMAIL, "description": "the first email address, if any"},
                "email_subject": {
                    **_EMAIL,
                    "description": "the subject line the UA asks for in emails, if any",
                },
                "channels": _CHANNELS,
            },
            "required": [
                "name_lines",
                "address_lines",
                "postal",
                "email",
                "email_subject",
                "channels",
            ],
            "additionalProperties": False,
        },
        "sender": {
            "type": "object",
            "properties": {
                "name": {"type": "string"},
                "lines": {**_STRINGS, "description": "the sender block as printed"},
                "email": _EMAIL,
            },
            "required": ["name", "lines", "email"],
            "additionalProperties": False,
        },
        "place_date": {"type": "string"},
        "subject": {"type": "string"},
        "salutation": {"type": "string"},
        "paragraphs": _PARAGRAPHS,
        "closing": {"type": "string"},
        "signature": {"type": "string"},
        "copies": {**_STRINGS, "description": "the copy lines as printed ('Copy to: ...')"},
        "copy_emails": {**_STRINGS, "description": "addresses of the copies that have one"},
        "copy_channels": {
            "type": "array",
            "items": _CHANNELS,
            "description": "each copy's channels, in the order of 'copies'",
        },
        "copy_of": {
            "type": ["string", "null"],
            "description": "a copy letter's marker ('Copy of my letter to ...'): the same "
            "letter, addressed to a copy's recipient; null for the letter to the target",
        },
        "translation": {
            "description": "a courtesy translation printed after the letter, if any",
            "oneOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "properties": {
                        "language": {"type": "string"},
                        "subject": {"type": "string"},
                        "salutation": {"type": "string"},
                        "paragraphs": _PARAGRAPHS,
                        "closing": {"type": "string"},
                        "signature": {"type": "string"},
                        "copies": _STRINGS,
                    },
                    "required": ["language", "subject", "salutation", "paragraphs", "closing"],
                    "additionalProperties": False,
                },
            ],
        },
        "text": {"type": "string", "description": "the whole letter as plain text (--format txt)"},
        "files": {
            **_STRINGS,
            "description": "files written for this letter in other formats; empty on stdout",
        },
    },
    "required": [
        "schema_version",
        "case_id",
        "ua",
        "target_id",
        "language",
        "date",
        "recipient",
        "sender",
        "place_date",
        "subject",
        "salutation",
        "paragraphs",
        "closing",
        "signature",
        "copies",
        "copy_emails",
        "copy_channels",
        "copy_of",
        "translation",
        "text",
        "files",
    ],
    "additionalProperties": False,
}


def _paragraphs(paragraphs: Sequence[Paragraph]) -> list[dict[str, str]]:
    return [{"text": p.text, "kind": p.kind} for p in paragraphs]


def channels_record(channels: Channels) -> dict[str, Any]:
    """Return a recipient's channels as the JSON record holds them."""
    return {
        "email": list(channels.email),
        "fax": list(channels.fax),
        "phone": [{"number": number, "note": note} for number, note in channels.phone],
        "web": [url for url, _language in channels.web],
        "social": [{"platform": p, "handle": h} for p, h in channels.social],
        "web_forms": [{"url": url, "language": lang} for url, lang in channels.web_forms],
    }


def letter_record(letter: Letter, files: Sequence[str] = ()) -> dict[str, Any]:
    """Return the letter as a JSON-ready dict following `LETTER_SCHEMA`."""
    inner = letter.translation
    return {
        "schema_version": SCHEMA_VERSION,
        "case_id": letter.case_id,
        "ua": letter.ua,
        "target_id": letter.target_id,
        "language": letter.language,
        "date": letter.date.isoformat(),
        "recipient": {
            "name_lines": list(letter.recipient_name_lines),
            "address_lines": list(letter.recipient_lines),
            "postal": letter.postal,
            "email": letter.recipient_email,
            "email_subject": letter.email_subject,
            "channels": channels_record(letter.channels),
        },
        "sender": {
            "name": letter.sender_name,
            "lines": list(letter.sender_lines),
            "email": letter.sender_email,
        },
        "place_date": letter.place_date,
        "subject": letter.subject,
        "salutation": letter.salutation,
        "paragraphs": _paragraphs(letter.paragraphs),
        "closing": letter.closing,
        "signature": letter.signature,
        "copies": list(letter.copies),
        "copy_emails": list(letter.copy_emails),
        "copy_channels": [channels_record(channels) for channels in letter.copy_channels],
        "copy_of": letter.copy_of,
        "translation": None
        if inner is None
        else {
            "language": inner.language,
            "subject": inner.subject,
            "salutation": inner.salutation,
            "paragraphs": _paragraphs(inner.paragraphs),
            "closing": inner.closing,
            "signature": inner.signature,
            "copies": list(inner.copies),
        },
        "text": to_text(letter),
        "files": [str(path) for path in files],
    }


def to_json(letter: Letter, files: Sequence[str] = ()) -> str:
    """Return the letter as one line of JSON (no trailing newline)."""
    return json.dumps(letter_record(letter, files), ensure_ascii=False)


def schema_text(schema: dict[str, Any]) -> str:
    """Return a JSON Schema as the committed docs file holds it."""
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
