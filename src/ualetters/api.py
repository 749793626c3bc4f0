"""The public library surface: case + sender -> letters -> bytes or files.

Nothing here prints or touches the disk unless a function says it writes files. Every
function plans through `planning` (the same rules as the command line) and writes through
the one table of formats, `writers.FORMATS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from .errors import Message, Option, SenderError, UsageError
from .layouts import Layout
from .letter import Letter
from .model import Case, Sender
from .planning import Plan, Planner, Settings, page_layout, settings
from .render import Renderer
from .writers import DEFAULT_FORMATS, FORMATS, FormatName

LayoutName = Literal["din5008-a", "din5008-b", "ch", "ch-left", "fr", "us"]
"""The page layouts (`layouts.LAYOUTS`)."""
CaseSource = Case | str | Path | Mapping[str, Any]
"""A case: a record, a YAML file's path, YAML text (it has a line break), or a dict."""
SenderSource = Sender | str | Path | Mapping[str, Any]
"""A sender: a record, a TOML or YAML file's path, or a dict."""
PageLayout = LayoutName | Layout | None
"""A layout by name, a `Layout`, or None for the sender's country's."""

# Between text letters written into one stream (`generate --out -`).
LETTER_SEPARATOR = "\n" + "=" * 72 + "\n\n"


@lru_cache(maxsize=8)
def renderer(templates: str | None = None) -> Renderer:
    """Return the (cached) renderer for the bundled templates, overridden by `templates`."""
    return Renderer(templates)


def _renderer(templates: str | Path | None) -> Renderer:
    return renderer(str(templates) if templates is not None else None)


def template_languages(templates: str | Path | None = None) -> set[str]:
    """Return the language tags that have a letter template.

    :param templates: a folder of templates that override the bundled ones by file name.
    """
    return _renderer(templates).languages()


def record_data(record: Case | Sender) -> dict[str, Any]:
    """Return a record's fields as plain data (JSON types), leaving out those not given."""
    return record.to_data()


def planner(
    cases: Sequence[Case],
    run: Settings,
    *,
    countries: Iterable[str] | None = None,
    sources: Sequence[str | None] = (),
) -> Planner:
    """Plan a run's cases with the templates of `run.templates` (see `planning.Planner`)."""
    return Planner(
        cases,
        run,
        available=template_languages(run.templates),
        countries=None if countries is None else set(countries),
        sources=sources,
    )


def load_case_source(case: CaseSource, source: str | None = None) -> tuple[Case, str | None]:
    """Return a case and the name its messages use: its file, or `source`.

    A case read here from a file or text comes with its `sources.Origin` as the name: a
    `str` that also knows the line of each field, for located warnings.
    """
    from .sources import Origin, load_case_located

    _check_type(case, (Case, str, Path, Mapping), "case")
    if isinstance(case, Case):
        return case, source
    if isinstance(case, Path) or (isinstance(case, str) and "\n" not in case):
        record, origin = load_case_located(case)
        return record, Origin(source, origin.lines) if source else origin
    record, origin = load_case_located(case, name=source)
    return record, origin


def _sender(sender: SenderSource) -> Sender:
    from .sources import load_sender

    _check_type(sender, (Sender, str, Path, Mapping), "sender")
    return sender if isinstance(sender, Sender) else load_sender(sender)


def _check_type(value: object, kinds: tuple[type, ...], parameter: str) -> None:
    """Raise UsageError (never a TypeError from deep inside) for a value of a wrong kind."""
    if not isinstance(value, kinds) or (isinstance(value, str) and not value.strip()):
        raise UsageError(
            Message(
                "%(value)r is not a %(parameter)s: give a record, a file's path, YAML text or "
                "a dict",
                value=value,
                parameter=parameter,
            )
            if parameter in ("case", "sender")
            else Message("%(value)r is not a %(parameter)s", value=value, parameter=parameter),
            parameter=parameter,
        )


@dataclass(frozen=True)
class _Planned:
    """One case's plan for one sender, with its planner and the case's name in messages."""

    plan: Plan
    cases: Planner
    source: str | None


def _plan(case: CaseSource, sender: SenderSource, run: Settings, source: str | None) -> _Planned:
    record, name = load_case_source(case, source)
    signer = _sender(sender)
    cases = planner([record], run, countries=[signer.country], sources=[name])
    letters = cases.letters(signer)
    return _Planned(
        Plan(letters.letters, cases.warnings + letters.warnings, cases.skipped), cases, name
    )


def plan(
    case: CaseSource,
    sender: SenderSource,
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    allow_closed: bool = False,
    templates: str | Path | None = None,
    with_translation: bool = False,
    source: str | None = None,
    copies: bool = False,
) -> Plan:
    """Plan one letter per target of `case`; raise CaseClosedError if the case is closed.

    :param case: the case (a record, a file's path, YAML text or a dict).
    :param sender: who signs (a record, a file's path or a dict).
    :param date: the letter date; today if None.
    :param lang: write every letter in this language (`de`, `de-CH`).
    :param allow_closed: plan letters even if the case is closed on `date`.
    :param templates: a folder of templates that override the bundled ones by file name.
    :param with_translation: add a courtesy translation into the sender's language to a
        letter in a language the sender does not write.
    :param source: the case's name in messages, when `case` is not a file.
    :param copies: also plan, for every copy the sender sends, the letter addressed to the
        copy's recipient (`PlannedLetter.copy_to`).
    """
    _check_type(date, (dt.date, type(None)), "date")
    run = settings(
        date=date,
        lang=lang,
        allow_closed=allow_closed,
        templates=templates,
        with_translation=with_translation,
        copies=copies,
    )
    return _plan(case, sender, run, source).plan


def render_letters(plan_: Plan, *, templates: str | Path | None = None) -> list[Letter]:
    """Render every letter of a plan (in memory).

    :param templates: the folder of templates the plan was made with, if any.
    """
    engine = _renderer(templates)
    return [engine.render(planned) for planned in plan_.letters]


def letters_for(
    case: CaseSource,
    sender: SenderSource,
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    allow_closed: bool = False,
    templates: str | Path | None = None,
    with_translation: bool = False,
    copies: bool = False,
) -> list[Letter]:
    """Return all letters of `case` signed by `sender`: the one-call convenience.

    The parameters are those of `plan`.
    """
    planned = plan(
        case,
        sender,
        date=date,
        lang=lang,
        allow_closed=allow_closed,
        templates=templates,
        with_translation=with_translation,
        copies=copies,
    )
    return render_letters(planned, templates=templates)


def letter_bytes(
    letter: Letter, fmt: FormatName | str, layout: PageLayout = None, *, fold_marks: bool = False
) -> bytes:
    """Return the letter in format `fmt`.

    :param fmt: "txt", "docx", "pdf", "json" or "eml"; any other raises UsageError.
    :param layout: the page layout of a DOCX or PDF letter; the sender's country's if None.
    :param fold_marks: print fold and punch marks at the left edge (DOCX, PDF).
    """
    from .writers import check_formats

    (known,) = check_formats([fmt])
    page = page_layout(layout, letter.sender_country, fold_marks)
    return FORMATS[known].write(letter, page)


def to_text(letter: Letter) -> str:
    """Return the letter as plain text."""
    return letter_bytes(letter, "txt").decode("utf-8")


def to_docx(letter: Letter, layout: PageLayout = None, *, fold_marks: bool = False) -> bytes:
    """Return the letter as DOCX bytes.

    :param layout: the page layout; the sender's country's if None.
    :param fold_marks: print fold and punch marks at the left edge.
    """
    return letter_bytes(letter, "docx", layout, fold_marks=fold_marks)


def to_pdf(
    letters: Sequence[Letter],
    layout: PageLayout = None,
    *,
    fold_marks: bool = False,
    soffice: str | Path | None = None,
) -> list[bytes]:
    """Return the letters as PDF bytes, converted by one LibreOffice start.

    :param layout: the page layout; each sender's country's if None.
    :param fold_marks: print fold and punch marks at the left edge.
    :param soffice: the LibreOffice program; `soffice` on PATH if None.
    """
    many = FORMATS["pdf"].many
    assert many is not None
    return many(_pages(letters, layout, fold_marks), soffice=soffice)


def _pages(
    letters: Iterable[Letter], layout: PageLayout, fold_marks: bool
) -> list[tuple[Letter, Layout]]:
    return [(one, page_layout(layout, one.sender_country, fold_marks)) for one in letters]


def to_json(letter: Letter, files: Sequence[str | Path] = ()) -> str:
    """Return the letter as one line of JSON (schema: `letter_schema()`), no newline.

    :param files: the letter's files in other formats, which the record lists.
    """
    from .writers.json import to_json as write

    return write(letter, [str(path) for path in files])


def to_eml(letter: Letter) -> bytes:
    """Return the letter as an email draft to its target; raise NoEmailError if it has none."""
    return letter_bytes(letter, "eml")


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
    from .model import FORMAT
    from .records import json_schema

    schema = json_schema(Case, title="ualetters case")
    # The format's version is in the schema's identity: an editor told about format 2 files
    # never checks them against another format's rules.
    return {
        "$schema": schema.pop("$schema"),
        "$id": f"https://ualetters.invalid/schemas/case-{FORMAT}.schema.json",
        **schema,
    }


@dataclass
class Generated:
    """What `generate` did: the letters, the files it wrote and what the user should know.

    `skipped` names the letters a format could not make (an email draft to a target
    without an email address); `stream` holds the letters as one text when `generate`
    was asked for no files (`out=None`).
    """

    letters: list[Letter]
    files: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    stream: str | None = None


def output_files(
    plan_: Plan,
    letters: Sequence[Letter],
    out: Path,
    *,
    layout: PageLayout = None,
    fold_marks: bool = False,
    soffice: str | Path | None = None,
) -> list[tuple[Path, bytes]]:
    """Return the (path, bytes) of every file of the planned letters, without writing."""
    files = []
    by_program: dict[str, list[tuple[Path, Letter]]] = {}
    for planned, letter in zip(plan_.letters, letters, strict=True):
        for fmt in planned.formats:
            path = out / planned.file_name(fmt)
            if FORMATS[fmt].many is not None:
                by_program.setdefault(fmt, []).append((path, letter))  # one start for all
            elif fmt == "json":  # the record names the letter's files in the other formats
                others = [out / planned.file_name(f) for f in planned.formats if f != "json"]
                files.append((path, (to_json(letter, others) + "\n").encode("utf-8")))
            else:
                files.append((path, letter_bytes(letter, fmt, layout, fold_marks=fold_marks)))
    for fmt, pending in by_program.items():
        many = FORMATS[fmt].many
        assert many is not None
        pages = _pages((letter for _path, letter in pending), layout, fold_marks)
        converted = many(pages, soffice=soffice)
        files += [(path, data) for (path, _letter), data in zip(pending, converted, strict=True)]
    return files


def stream_format(formats: Sequence[str] | None, *, jsonl: bool) -> FormatName:
    """Return the one format letters in one stream take: txt or json (JSON Lines).

    Raise UsageError for several formats, or one a stream cannot hold.
    """
    allowed: list[FormatName] = ["json"] if jsonl else ["txt", "json"]
    chosen = list(formats or allowed[:1])
    if len(chosen) == 1 and chosen[0] in allowed:
        return allowed[allowed.index(chosen[0])]  # the Literal of the same value
    if jsonl:
        reason = Message(
            "a .jsonl file takes one format (json); give a folder for several formats, docx or eml"
        )
    else:
        reason = Message(
            "letters in one stream take one format (txt or json); give a folder for several "
            "formats, docx or eml"
        )
    raise UsageError(reason, parameter="formats")


def stream_text(letters: Sequence[Letter], fmt: str) -> str:
    """Return letters as one text: JSON Lines for "json", else text letters one after another."""
    if fmt == "json":
        return json_lines(letters)
    return LETTER_SEPARATOR.join(to_text(letter) for letter in letters)


def generate(
    case: CaseSource,
    sender: SenderSource,
    *,
    out: str | Path | None,
    formats: Sequence[FormatName] | None = None,
    date: dt.date | None = None,
    lang: str | None = None,
    layout: LayoutName | None = None,
    templates: str | Path | None = None,
    allow_closed: bool = False,
    force: bool = False,
    with_translation: bool = False,
    fold_marks: bool = False,
    soffice: str | Path | None = None,
    strict: bool = False,
    source: str | None = None,
    copies: bool = False,
) -> Generated:
    """Write the letters of `case` for `sender`; nothing at all if anything fails.

    :param case: the case (a record, a file's path, YAML text or a dict).
    :param sender: who signs (a record, a file's path or a dict).
    :param out: a folder for the letters' files; a `.jsonl` file for JSON Lines; or None
        to write nothing and return the letters as one text in `Generated.stream`.
    :param formats: "txt", "docx", "pdf", "json", "eml"; default txt and docx into a
        folder, txt into a stream, json into a `.jsonl` file.
    :param date: the letter date; today if None.
    :param lang: write every letter in this language (`de`, `de-CH`).
    :param layout: the page layout (DOCX, PDF); the sender's country's if None.
    :param templates: a folder of templates that override the bundled ones by file name.
    :param allow_closed: write letters even if the case is closed on `date`.
    :param force: overwrite files that exist; otherwise an existing file stops everything.
    :param with_translation: add a courtesy translation into the sender's language to a
        letter in a language the sender does not write.
    :param fold_marks: print fold and punch marks at the left edge (DOCX, PDF).
    :param soffice: the LibreOffice program for PDF; `soffice` on PATH if None.
    :param strict: raise InputError, writing nothing, where a DOCX or PDF letter would print
        badly (address outside the window, return line left out, more than one page);
        otherwise these are warnings.
    :param source: the case's name in messages, when `case` is not a file.
    :param copies: also write, for every copy the sender sends, the letter addressed to the
        copy's recipient, marked as a copy (`<stem>_copy-ch-1.docx`; no email draft).
    """
    from .output import write_files
    from .planning import not_printable

    _check_type(date, (dt.date, type(None)), "date")
    _check_type(out, (str, Path, type(None)), "out")
    one_stream = out is None or str(out).endswith(".jsonl")
    if one_stream:
        formats = [stream_format(formats, jsonl=out is not None)]
    run = settings(
        date=date,
        lang=lang,
        layout=layout,
        formats=formats or DEFAULT_FORMATS,
        templates=templates,
        allow_closed=allow_closed,
        with_translation=with_translation,
        fold_marks=fold_marks,
        copies=copies,
    )
    if "pdf" in run.formats:
        from .writers.pdf import find_soffice

        find_soffice(soffice)  # no LibreOffice: fail before any work, write nothing
    planning = _plan(case, sender, run, source)
    planned = planning.plan
    letters = render_letters(planned, templates=templates)
    printing = [w for one in letters for w in planning.cases.print_report(one).messages()]
    if strict and printing:
        raise not_printable(printing[0], source=planning.source)
    result = Generated(
        letters, warnings=[*planned.warnings, *printing], skipped=list(planned.skipped)
    )
    if one_stream:
        result.stream = stream_text(letters, run.formats[0])
        if out is not None:
            result.files = write_files([(Path(out), result.stream.encode("utf-8"))], force=force)
        return result
    assert out is not None
    files = output_files(
        planned, letters, Path(out), layout=layout, fold_marks=fold_marks, soffice=soffice
    )
    result.files = write_files(files, force=force)
    return result


def default_sender_path() -> Path:
    """Return where `ualetters sender set` keeps the user's details."""
    from .resources import sender_path

    return sender_path()


def resolve_sender(
    path: str | Path | None = None,
    overrides: Mapping[str, Any] | None = None,
    *,
    allow_todos: bool = False,
) -> Sender:
    """Return the sender from a file, else the saved one, with some fields given anew.

    Raise SenderError if there is no sender; UsageError naming the field (the parameter)
    if a value in `overrides` is wrong.

    :param path: a sender file (TOML or YAML); the saved sender if None.
    :param overrides: fields to replace (`{"city": "Bern"}`); empty values are ignored.
    :param allow_todos: read a sender file with `TODO(ualetters)` marks left (`check`).
    """
    from .sources import load_sender, validate

    given = {k: v for k, v in (overrides or {}).items() if v not in (None, [], ())}
    base: dict[str, Any] = {}
    source = "command line"
    saved = default_sender_path()
    if path is not None:
        base, source = record_data(load_sender(path, allow_todos=allow_todos)), str(path)
    elif saved.is_file():
        base, source = record_data(load_sender(saved)), str(saved)
    elif not {"name", "city", "country"} <= set(given):
        raise SenderError(
            Message(
                "no sender: give %(sender)s FILE, or %(name)s, %(city)s and %(country)s, or "
                "save your details once with 'ualetters sender set'",
                sender=Option("sender"),
                name=Option("name"),
                city=Option("city"),
                country=Option("country"),
            )
        )
    try:
        return validate(Sender, {**base, **given}, source=source, error=SenderError)
    except SenderError as exc:
        root = (exc.field or "").split(".")[0].split("[")[0]
        if root in given:
            # The bad value came from `overrides`, not from the file: name the parameter.
            raise UsageError(exc.reason, parameter=root) from None
        raise


def save_sender(sender: Sender) -> Path:
    """Save the sender's details where `resolve_sender` finds them; return the file.

    The file is readable by its owner only: it holds a name and an address.
    """
    from .output import prepare_folder, write_atomic
    from .sources import dump_sender_toml

    path = default_sender_path()
    prepare_folder(path.parent)
    write_atomic(path, dump_sender_toml(sender).encode("utf-8"), private=True)
    return path
