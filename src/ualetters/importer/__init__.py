"""`ualetters import`: a draft case record from the text of a published Urgent Action.

    >>> from ualetters.importer import parse_text, draft_yaml
    >>> draft = parse_text("UA 12/34 Fear of torture\\nIRAN\\nAli Example (m)\\n...")
    >>> draft.record["ua"], draft.record["persons"][0]["gender"]
    ('UA 12/34', 'male')

`read_source` reads a file, stdin or an address (reading.py); `parse_text` finds the UA's
parts by the marker tables of markers.py (parse.py); `draft_yaml` writes the draft case
record with its `TODO(ualetters)` tasks (emit.py); `merge` adds a text to a record (merge.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import Message
from .draft import Draft
from .emit import draft_yaml
from .reading import Document, SourceError, read_source


def parse_text(
    text: str, *, language: str | None = None, url: str | None = None, name: str = ""
) -> Draft:
    """Return what a UA's text says, as a draft with tasks for the reviewer."""
    from .parse import parse

    return parse(text, language=language, url=url, source=name)


@dataclass(frozen=True)
class Imported:
    """An imported UA: the document, what was read from it, and the draft case file."""

    document: Document
    draft: Draft
    yaml: str


def check_language(language: str | None) -> str | None:
    """Return a language the importer reads (`de-CH` -> `de`), or raise UsageError."""
    from ..errors import UsageError
    from .markers import TABLES

    if language is None:
        return None
    base = language.strip().replace("_", "-").split("-")[0].lower()
    if base not in TABLES:
        raise UsageError(
            Message(
                "no marker table for '%(lang)s'; the importer reads %(known)s",
                lang=language,
                known=", ".join(sorted(TABLES)),
            ),
            parameter="lang",
        )
    return base


def import_source(
    source: str,
    *,
    language: str | None = None,
    stdin: BinaryIO | None = None,
    anyway: bool = False,
) -> Imported:
    """Read a UA (file, `-` or address) and return its draft case file; refuse what is no UA,
    unless `anyway` asks for a draft of whatever the text holds."""
    from ..errors import Option
    from .parse import looks_like_ua

    language = check_language(language)
    document = read_source(source, stdin=stdin)
    draft = parse_text(document.text, language=language, url=document.url, name=document.name)
    if not anyway and not looks_like_ua(draft, document.text, document.url):
        raise SourceError(
            Message(
                "does not look like an Urgent Action: no UA number, deadline, target or demand "
                "was found in it (%(anyway)s drafts it all the same)",
                anyway=Option("anyway"),
            ),
            source=document.name,
        )
    return Imported(document, draft, draft_yaml(draft))


def merge_into(record: str | Path, imported: Imported) -> tuple[str, list[str]]:
    """Return the text of case file `record` with the imported UA added, and what was added."""
    from ..errors import CaseFileError
    from ..sources import _read_text
    from .merge import merge

    path = Path(record)
    text = _read_text(path, CaseFileError)
    return merge(text, str(path), imported.draft)


__all__ = [
    "Document",
    "Draft",
    "Imported",
    "SourceError",
    "check_language",
    "draft_yaml",
    "import_source",
    "merge_into",
    "parse_text",
]
