"""Writers turn a `Letter` into bytes; nothing downstream of them knows Jinja2."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..layouts import Layout
from ..letter import Letter


@dataclass(frozen=True)
class Format:
    """An output format: its file extension and how to make a letter's bytes."""

    name: str
    extension: str
    write: Callable[[Letter, Layout], bytes]
    text: bool = False


def _text(letter: Letter, layout: Layout) -> bytes:
    from .text import to_text

    return to_text(letter).encode("utf-8")


def _docx(letter: Letter, layout: Layout) -> bytes:
    from .docx import to_docx

    return to_docx(letter, layout)


def _json(letter: Letter, layout: Layout) -> bytes:
    from .json import to_json

    return (to_json(letter) + "\n").encode("utf-8")


def _eml(letter: Letter, layout: Layout) -> bytes:
    from .eml import to_eml

    return to_eml(letter)


FORMATS: dict[str, Format] = {
    "txt": Format("txt", ".txt", _text, text=True),
    "docx": Format("docx", ".docx", _docx),
    "json": Format("json", ".json", _json, text=True),
    "eml": Format("eml", ".eml", _eml),
}
DEFAULT_FORMATS = ("txt", "docx")
