"""Starter files for a coordinator: a commented case, a sender, a member list, the schema.

`ualetters init` writes a whole kit into a folder, `ualetters new` one starter case; both
use `starter_case`, so the two never drift. The kit's member list has its headers in the
user's language (`supporters.STARTER_HEADERS`), which `batch` recognises as they are.
`--example` copies the bundled example (UA 61/20) instead, shipped in the wheel.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import N_, Message, Option
from .output import write_files
from .resources import data_dir

SCHEMA_NAME = "case.schema.json"
CASE_NAME = "case.yaml"
SENDER_NAME = "sender.toml"
MEMBERS_NAME = "members"  # .csv and .xlsx
MARK = "TODO(ualetters)"

# What `ualetters new` asks on a terminal, in order: (answer, question, placeholder).
QUESTIONS = (
    ("ua", N_("UA number, as printed (e.g. UA 61/20)"), "UA 00/00"),
    ("country", N_("Country of the case (ISO code, e.g. KG)"), "KG"),
    ("person", N_("Name of the person at risk"), "First Last"),
    ("target_title", N_("Title of the first target (e.g. President of ...)"), "Minister of ..."),
    ("target_name", N_("Name of the target (empty if the UA gives none)"), ""),
    ("deadline", N_("Deadline (YYYY-MM-DD, empty if none)"), ""),
)


def _quoted(text: str) -> str:
    """Return text as a YAML scalar in double quotes (JSON's string syntax is YAML's)."""
    return json.dumps(text, ensure_ascii=False)


def starter_case(answers: Mapping[str, str] | None = None, *, schema: str = SCHEMA_NAME) -> str:
    """Return a commented starter case (format 2) with the answers filled in.

    Every line still to fill in carries a `TODO(ualetters)` comment, which `check` points
    at; `schema` is the path of the JSON Schema editors validate it with.
    """
    given = {key: value for key, value in (answers or {}).items() if value}
    values = {key: given.get(key, placeholder) for key, _question, placeholder in QUESTIONS}
    tasks = {
        "ua": "the UA number as printed, e.g. UA 61/20 (or an 'id' if it has none)",
        "country": "the country the case is about (ISO code)",
        "person": "the person's name as the UA spells it",
        "target_title": "the office of the authority, as the UA gives it",
    }
    todo = {key: "" if key in given else f"  # {MARK}: {tasks.get(key, '')}" for key in values}
    name = f"\n    name: {_quoted(values['target_name'])}" if values["target_name"] else ""
    # The address's country is the case's as answered: a target abroad (an embassy) differs.
    address_todo = (
        f"  # {MARK}: the country of this address: the case's, unless the target is abroad"
        if "country" in given
        else ""
    )
    deadline = (
        f"deadline: {_quoted(values['deadline'])}"
        if values["deadline"]
        else f"# deadline: 2030-12-31  # {MARK}: the date after which appeals should stop"
    )
    return f"""\
# yaml-language-server: $schema={schema}
# A case record for ualetters: one Urgent Action, its targets and what to ask them.
# Do what each {MARK} comment says and delete the comment; then run: ualetters check {CASE_NAME}
# Fields: https://github.com/ualetters/ualetters/blob/main/docs/case-format.md
# Texts may be one string, or one per language (en, de, fr, ...): letters can be written
# in every language in which all the case's texts exist.
format: 2
ua: {_quoted(values["ua"])}{todo["ua"]}
country: {_quoted(values["country"])}{todo["country"]}
{deadline}
title:
  en: What is at stake, in one line  # {MARK}: the UA's title, in one line
persons:
  - name: {_quoted(values["person"])}{todo["person"]}
    gender: unknown  # female, male or unknown: the grammatical gender of the letter
    role:
      en: a human rights defender  # {MARK}: who the person is, or delete the role
facts:
  en: >-  # {MARK}: the facts (what happened, when and where), as the UA gives them
    What happened, when and where, as the Urgent Action says.
demands:
  - en: Release them immediately and unconditionally.  # {MARK}: each demand as the UA writes it
targets:
  - id: minister  # {MARK}: a short name for file names (lower case, digits, -)
    title:
      en: {_quoted(values["target_title"])}{todo["target_title"]}{name}
    address:
      street: Street and number  # {MARK}: the street line(s) the UA prints
      city: City  # {MARK}: the town the UA prints
      country: {_quoted(values["country"])}{address_todo}
    # email: minister@example.org
    # salutation: {{en: Dear Minister}}
languages: [en]  # the languages the UA prefers, best first; "own" for your own
"""


def starter_sender() -> str:
    """Return a commented sender file to fill in."""
    return f"""\
# Your details as you sign your letters. Use this file with --sender {SENDER_NAME}, or save
# them once: ualetters sender set --name "..." --city ... --country ... --writes de-CH
[sender]
name = "Your Name"  # {MARK}
street = ["Street and number"]  # optional
postal_code = "0000"  # {MARK}
city = "Your town"  # {MARK}
country = "CH"  # your country (ISO code)  # {MARK}
languages = ["en"]  # the languages you write, best first, e.g. ["de-CH", "en"]  # {MARK}
# email = "you@example.org"
"""


def member_rows(language: str) -> list[list[str]]:
    """Return the starter member list: a header in `language` and one example row."""
    from .supporters import STARTER_HEADERS

    header = STARTER_HEADERS.get(language.split("-")[0], STARTER_HEADERS["en"])
    example = ["Anna Beispiel", "Beispielweg 12", "3011", "Bern", "CH", "de-CH, en", "", ""]
    return [list(header), example]


def members_csv(rows: list[list[str]]) -> bytes:
    """Return a member list as CSV, as Excel reads it (UTF-8 with BOM, semicolons)."""
    import csv

    stream = io.StringIO(newline="")
    csv.writer(stream, delimiter=";", lineterminator="\r\n").writerows(rows)
    return ("\ufeff" + stream.getvalue()).encode("utf-8")


def members_xlsx(rows: list[list[str]]) -> bytes:
    """Return a member list as an Excel workbook, postal codes kept as text."""
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.title = "Members"
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:
            cell.number_format = "@"  # text: "0123" stays "0123"
    buffer = io.BytesIO()
    book.save(buffer)
    return _fixed_dates(buffer.getvalue())


def _fixed_dates(workbook: bytes) -> bytes:
    """Return the workbook with a fixed creation date, so the same kit gives the same bytes."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(workbook))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2020-01-01T00:00:00Z", data)
            fixed = zipfile.ZipInfo(item.filename, date_time=(2020, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, data)
    return out.getvalue()


def schema_bytes() -> bytes:
    """Return the JSON Schema of a case file, as `ualetters schema` prints it."""
    from .api import case_schema
    from .writers.json import schema_text

    return schema_text(case_schema()).encode("utf-8")


@dataclass(frozen=True)
class Example:
    """The bundled example's files and the names the kit gives them."""

    case: str = "askarov.yaml"
    sender: str = "sender.toml"
    members: str = "members.csv"
    # A published Urgent Action as a saved text, for `ualetters import` (Amnesty UK's page
    # of UA 235/17, third update, 2018; tests/data/ua-texts/09 names its source).
    published: str = "ua-235-17.txt"


def example_files(folder: Path) -> list[tuple[Path, bytes]]:
    """Return the bundled example (UA 61/20) as files for `folder`, its schema line local."""
    examples = data_dir("examples")
    names = Example()
    case = (examples / names.case).read_text(encoding="utf-8")
    case = case.replace("$schema=../docs/case.schema.json", f"$schema={SCHEMA_NAME}")
    return [
        (folder / names.case, case.encode("utf-8")),
        (folder / names.sender, (examples / "sender.toml").read_bytes()),
        (folder / names.members, (examples / "mailing_list.csv").read_bytes()),
        (folder / names.published, (examples / names.published).read_bytes()),
        (folder / SCHEMA_NAME, schema_bytes()),
    ]


def kit_files(folder: Path, language: str) -> list[tuple[Path, bytes]]:
    """Return the starter kit as files for `folder`: case, sender, member lists, schema."""
    rows = member_rows(language)
    return [
        (folder / CASE_NAME, starter_case().encode("utf-8")),
        (folder / SENDER_NAME, starter_sender().encode("utf-8")),
        (folder / f"{MEMBERS_NAME}.csv", members_csv(rows)),
        (folder / f"{MEMBERS_NAME}.xlsx", members_xlsx(rows)),
        (folder / SCHEMA_NAME, schema_bytes()),
    ]


def write_kit(
    folder: str | Path, *, language: str = "en", example: bool = False, force: bool = False
) -> list[Path]:
    """Write the starter kit (or the bundled example) into `folder`; return the files.

    Nothing is written if a file exists already, unless `force`.
    """
    from .output import prepare_folder

    target = Path(folder)
    files = example_files(target) if example else kit_files(target, language)
    if force or not any(path.exists() for path, _data in files):
        prepare_folder(target)
    return write_files(files, force=force, chosen_out=False)


def write_case(
    path: str | Path, answers: Mapping[str, str] | None = None, *, force: bool = False
) -> Path:
    """Write a starter case to `path` (its schema line names the online schema); return it."""
    from .output import write_chosen

    target = Path(path)
    schema = target.parent / SCHEMA_NAME
    text = starter_case(answers, schema=SCHEMA_NAME if schema.is_file() else SCHEMA_URL)
    write_chosen(target, text.encode("utf-8"), force=force)
    return target


# Where editors find the schema of a case written alone (`new`): the published copy.
SCHEMA_URL = "https://raw.githubusercontent.com/ualetters/ualetters/main/docs/case.schema.json"


def check_date(text: str) -> str:
    """Return `text` if it is a date (YYYY-MM-DD) or empty; raise ValueError otherwise."""
    if text:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(text)
        dt.date.fromisoformat(text)
    return text


def check_answer(key: str, text: str) -> str:
    """Return an answer to a question of `new` as the case file takes it, or raise ValueError
    with the reason (a `Message`) as `check` would give it. An empty answer is kept: the
    placeholder stays, with its TODO mark."""
    import unicodedata

    from . import l10n
    from .importer.merge import ua_key

    text = text.strip()
    if not text:
        return text
    if any(unicodedata.category(char).startswith("C") for char in text):
        raise ValueError(Message("holds a control character; type it again"))
    if key == "ua" and ua_key(text) is None:
        raise ValueError(Message("not a UA number as printed (e.g. UA 61/20)"))
    if key == "country":
        code = text.upper()
        if not (re.fullmatch(r"[A-Z]{2}", code) and l10n.is_country(code)):
            raise ValueError(Message("not a country code (ISO 3166, e.g. KG)"))
        return code
    if key == "deadline":
        try:
            return check_date(text)
        except ValueError:
            raise ValueError(
                Message("expected a date written YYYY-MM-DD (e.g. 2030-12-31)")
            ) from None
    return text


def main_language(country: str, ui_language: str | None = None) -> tuple[str, Message]:
    """Return the language a first sender in `country` who named none is saved with.

    The language of the user's interface where it is official in the country (a Genevan
    with LANG=fr_CH: fr-CH), else the country's most spoken official language that has a
    letter template (CLDR: CH -> de-CH, FR -> fr-FR), else English; and the note that says so.
    """
    from babel.languages import get_official_languages

    from .api import template_languages
    from .l10n import normalize_tag

    available = {tag.split("-")[0] for tag in template_languages()}
    official = list(get_official_languages(country, de_facto=True))
    preferred = (ui_language or "").replace("_", "-").split("-")[0].lower()
    if preferred in official:
        official.remove(preferred)
        official.insert(0, preferred)
    for language in official:
        if language in available:
            try:
                tag = normalize_tag(f"{language}_{country}")
            except ValueError:
                tag = language
            return tag, Message(
                "saved %(tag)s as the language you write, the main language of %(country)s; "
                "give %(option)s to choose others (e.g. %(option)s fr-CH %(option)s en)",
                tag=tag,
                country=country,
                option=Option("languages"),
            )
    return "en", Message(
        "no letter template in a language of %(country)s: saved en as the language you "
        "write; give %(option)s to choose others",
        country=country,
        option=Option("languages"),
    )
