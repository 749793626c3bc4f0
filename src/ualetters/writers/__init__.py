"""Writers turn a `Letter` into bytes; nothing downstream of them knows Jinja2.

`FORMATS` is the one table from a format's name to its writer: the library's `to_*`
functions, `generate` and `batch` all write through it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..errors import Message, UsageError
from ..layouts import Layout
from ..letter import Letter

FormatName = Literal["txt", "docx", "pdf", "json", "eml"]


@dataclass(frozen=True)
class Format:
    """An output format: its file extension and how to make a letter's bytes."""

    name: str
    extension: str
    write: Callable[[Letter, Layout], bytes]
    text: bool = False
    # Formats made by an external program convert many letters per start: (letter, layout)
    # pairs in, bytes out in the same order; `soffice` names the program when given.
    many: Callable[..., list[bytes]] | None = None


def _text(letter: Letter, layout: Layout) -> bytes:
    from .text import to_text

    return to_text(letter).encode("utf-8")


def _docx(letter: Letter, layout: Layout) -> bytes:
    from .docx_fast import to_docx

    return to_docx(letter, layout)


def _pdf_many(
    pairs: Sequence[tuple[Letter, Layout]], *, soffice: str | Path | None = None
) -> list[bytes]:
    from .docx_fast import to_docx
    from .pdf import convert, find_soffice

    find_soffice(soffice)  # no LibreOffice: fail before making a single DOCX
    return convert([to_docx(letter, layout) for letter, layout in pairs], soffice=soffice)


def _pdf(letter: Letter, layout: Layout) -> bytes:
    return _pdf_many([(letter, layout)])[0]


def _json(letter: Letter, layout: Layout) -> bytes:
    from .json import to_json

    return (to_json(letter) + "\n").encode("utf-8")


def _eml(letter: Letter, layout: Layout) -> bytes:
    from .eml import to_eml

    return to_eml(letter)


FORMATS: dict[str, Format] = {
    "txt": Format("txt", ".txt", _text, text=True),
    "docx": Format("docx", ".docx", _docx),
    "pdf": Format("pdf", ".pdf", _pdf, many=_pdf_many),
    "json": Format("json", ".json", _json, text=True),
    "eml": Format("eml", ".eml", _eml),
}
DEFAULT_FORMATS: tuple[FormatName, ...] = ("txt", "docx")


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Return the formats without repeats; raise UsageError if one is unknown."""
    chosen = tuple(dict.fromkeys(formats))
    for fmt in chosen:
        if fmt not in FORMATS:
            raise UsageError(
                Message(
                    "unknown format '%(format)s' (known: %(known)s)",
                    format=fmt,
                    known=", ".join(FORMATS),
                ),
                parameter="formats",
            )
    return chosen
