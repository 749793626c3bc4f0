"""The public library surface: case + sender -> letters -> bytes or files.

Nothing here prints or touches the disk unless a function says it writes files.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import InputError, NoEmailError
from .layouts import Layout, layout_for
from .letter import Letter
from .model import Case, Sender
from .planning import Plan, plan_letters
from .render import Renderer
from .writers import DEFAULT_FORMATS, FORMATS


@lru_cache(maxsize=8)
def renderer(templates: str | None = None) -> Renderer:
    """Return the (cached) renderer for the bundled templates, overridden by `templates`."""
    return Renderer(templates)


def _renderer(templates: str | Path | None) -> Renderer:
    return renderer(str(templates) if templates is not None else None)


def template_languages(templates: str | Path | None = None) -> set[str]:
    """Return the language tags that have a letter template."""
    return _renderer(templates).languages()


def plan(
    case: Case,
    sender: Sender,
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    allow_closed: bool = False,
    templates: str | Path | None = None,
    with_translation: bool = False,
) -> Plan:
    """Plan one letter per target of `case`; raise CaseClosedError if the case is closed."""
    from . import l10n

    forced = None
    if lang:
        try:
            forced = l10n.normalize_tag(lang)
        except ValueError as exc:
            raise InputError(str(exc), field="--lang") from None
    return plan_letters(
        case,
        sender,
        date=date or dt.date.today(),
        available=template_languages(templates),
        lang=forced,
        allow_closed=allow_closed,
        with_translation=with_translation,
    )


def render_letters(plan_: Plan, *, templates: str | Path | None = None) -> list[Letter]:
    """Render every letter of a plan (in memory)."""
    engine = _renderer(templates)
    return [engine.render(planned) for planned in plan_.letters]


def letters_for(
    case: Case,
    sender: Sender,
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    allow_closed: bool = False,
    templates: str | Path | None = None,
    with_translation: bool = False,
) -> list[Letter]:
    """Return all letters of `case` signed by `sender`: the one-call convenience."""
    planned = plan(
        case,
        sender,
        date=date,
        lang=lang,
        allow_closed=allow_closed,
        templates=templates,
        with_translation=with_translation,
    )
    return render_letters(planned, templates=templates)


def to_text(letter: Letter) -> str:
    """Return the letter as plain text."""
    from .writers.text import to_text as write

    return write(letter)


def to_docx(
    letter: Letter, layout: str | Layout | None = None, *, fold_marks: bool = False
) -> bytes:
    """Return the letter as DOCX bytes, laid out for `layout` (default: sender's country)."""
    from .writers.docx import to_docx as write

    return write(letter, _marked(_layout(layout, letter), fold_marks))


def to_pdf(
    letters: Sequence[Letter],
    layout: str | Layout | None = None,
    *,
    fold_marks: bool = False,
    soffice: str | Path | None = None,
) -> list[bytes]:
    """Return the letters as PDF bytes, converted by one LibreOffice start (`soffice`)."""
    pairs = [(letter, _marked(_layout(layout, letter), fold_marks)) for letter in letters]
    many = FORMATS["pdf"].many
    assert many is not None
    return many(pairs, soffice=soffice)


def _marked(layout: Layout, fold_marks: bool) -> Layout:
    return replace(layout, marks=True) if fold_marks else layout


def to_json(letter: Letter, files: Sequence[str | Path] = ()) -> str:
    """Return the letter as one line of JSON (schema: `letter_schema()`), no newline."""
    from .writers.json import to_json as write

    return write(letter, [str(path) for path in files])


def to_eml(letter: Letter) -> bytes:
    """Return the letter as an email draft to its target; raise NoEmailError if it has none."""
    from .writers.eml import to_eml as write

    return write(letter)


def json_lines(letters: Sequence[Letter]) -> str:
    """Return letters as JSON Lines: one JSON object per line, each line ending in a newline."""
    return "".join(to_json(letter) + "\n" for letter in letters)


def letter_schema() -> dict[str, Any]:
    """Return the JSON Schema of a letter record (`--format json`)."""
    import copy

    from .writers.json import LETTER_SCHEMA

    return copy.deepcopy(LETTER_SCHEMA)


def case_schema() -> dict[str, Any]:
    """Return the JSON Schema of a case record, for editors that validate YAML as it is typed."""
    from .records import json_schema

    return json_schema(Case, title="ualetters case")


def _layout(layout: str | Layout | None, letter: Letter) -> Layout:
    if isinstance(layout, Layout):
        return layout
    return layout_for(layout, letter.sender_country)


def letter_bytes(
    letter: Letter, fmt: str, layout: str | Layout | None = None, *, fold_marks: bool = False
) -> bytes:
    """Return the letter in format `fmt` ("txt", "docx", "pdf", ...)."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise InputError(
            f"unknown format '{fmt}' (known: {', '.join(FORMATS)})", field="--format"
        ) from None
    return writer.write(letter, _marked(_layout(layout, letter), fold_marks))


@dataclass
class Generated:
    """What `generate` did: the letters, the files it wrote and warnings for the user."""

    letters: list[Letter]
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # letters a format could not make (eml)


def output_files(
    letters: Sequence[Letter],
    out: Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    layout: str | Layout | None = None,
    skipped: list[str] | None = None,
    *,
    fold_marks: bool = False,
    soffice: str | Path | None = None,
) -> list[tuple[Path, bytes]]:
    """Return the (path, bytes) of every file for `letters` in `formats`, without writing.

    With a `skipped` list, a letter that cannot be an email draft is noted there, not raised.
    """
    files = []
    for letter in letters:
        for fmt in formats:
            if fmt in FORMATS and FORMATS[fmt].many is not None:
                continue  # below: all letters through one start of the external program
            if fmt == "json":  # the record names the letter's files in the other formats
                others = [out / f"{letter.stem}{FORMATS[f].extension}" for f in formats]
                record = to_json(letter, [p for p in others if p.suffix != ".json"])
                files.append((out / f"{letter.stem}.json", (record + "\n").encode("utf-8")))
                continue
            try:
                data = letter_bytes(letter, fmt, layout, fold_marks=fold_marks)
            except NoEmailError as exc:
                if skipped is None:
                    raise
                skipped.append(exc.message)
                continue
            files.append((out / f"{letter.stem}{FORMATS[fmt].extension}", data))
    for fmt in formats:
        many = FORMATS[fmt].many
        if many is not None:
            pairs = [(one, _marked(_layout(layout, one), fold_marks)) for one in letters]
            for letter, data in zip(letters, many(pairs, soffice=soffice), strict=True):
                files.append((out / f"{letter.stem}{FORMATS[fmt].extension}", data))
    return files


def generate(
    case: Case,
    sender: Sender,
    *,
    out: str | Path,
    formats: Sequence[str] = DEFAULT_FORMATS,
    date: dt.date | None = None,
    lang: str | None = None,
    layout: str | None = None,
    templates: str | Path | None = None,
    allow_closed: bool = False,
    force: bool = False,
    with_translation: bool = False,
    fold_marks: bool = False,
    soffice: str | Path | None = None,
) -> Generated:
    """Write the letters of `case` for `sender` into folder `out`; nothing if anything fails."""
    from .output import write_files

    planned = plan(
        case,
        sender,
        date=date,
        lang=lang,
        allow_closed=allow_closed,
        templates=templates,
        with_translation=with_translation,
    )
    letters = render_letters(planned, templates=templates)
    if layout:
        layout_for(layout, sender.country)  # an unknown layout fails before any work
    if "pdf" in formats:
        from .writers.pdf import find_soffice

        find_soffice(soffice)  # no LibreOffice: fail before any work, write nothing
    skipped: list[str] = []
    files = output_files(
        letters, Path(out), formats, layout, skipped, fold_marks=fold_marks, soffice=soffice
    )
    written = write_files(files, force=force)
    return Generated(letters, written, list(planned.warnings), skipped)


def default_sender_path() -> Path:
    """Return where `ualetters sender set` keeps the user's details."""
    override = os.environ.get("UALETTERS_CONFIG_DIR")
    if override:
        return Path(override) / "sender.toml"
    from platformdirs import user_config_path

    return user_config_path("ualetters") / "sender.toml"
