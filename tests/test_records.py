"""The records layer: every problem of a case, sender or row at once, each with its place."""

from __future__ import annotations

import copy
import csv
import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

import ualetters
from ualetters import records
from ualetters.cli import MAX_PROBLEMS, app
from ualetters.errors import EXIT_INVALID, CaseFileError, InputError, Message, Problem
from ualetters.model import COUNTRY, LOCALIZED, TEXT, Case, Sender, Update
from ualetters.records import (
    CountryCode,
    Fault,
    ListOf,
    MapOf,
    Nested,
    PartialDate,
    PartialDateSpec,
    Record,
    Rule,
    field,
    record,
    requires_any,
)

from .conftest import CASE_FILE, ROOT, SENDER_FILE

CASE_TEXT = CASE_FILE.read_text(encoding="utf-8")
EXAMPLE = ualetters.load_case(CASE_FILE).to_data()


def faults_of(record_class: type[Record], data: Any) -> list[tuple[str, str]]:
    """Return the faults of reading `data` as (dotted path, reason)."""
    found, faults = records.check(record_class, data)
    assert (found is None) == bool(faults)
    return [(records.dotted(f.path), str(f.reason)) for f in faults]


def changed(change: Any) -> dict[str, Any]:
    """Return the example case as data, changed in place by `change(data)`."""
    data = copy.deepcopy(EXAMPLE)
    change(data)
    return data


# --- every kind of problem, with its message ----------------------------------------------

KINDS = [
    (
        lambda d: d.update(ai_indx=d.pop("ai_index")),
        "ai_indx",
        "unknown field (did you mean 'ai_index'?)",
    ),
    (lambda d: d.update(zzz=1), "zzz", "unknown field"),
    (lambda d: d.pop("country"), "country", "required field is missing"),
    (lambda d: d.update(country=None), "country", "required field is empty"),
    (
        lambda d: d.pop("ua"),
        "",
        "give the UA number ('ua') or a file-name stem ('id') (ua, id)",
    ),
    (lambda d: d.update(ua="  "), "ua", "must not be empty"),
    (lambda d: d.update(ua=61), "ua", "expected a text (got 61)"),
    (lambda d: d.update(id="UA 61"), "id", "use lower-case letters, digits and '-' only"),
    (
        lambda d: d.update(country="XX"),
        "country",
        "'XX' is not a country code (ISO 3166, e.g. CH, DE, KG)",
    ),
    (
        lambda d: d.update(languages="ru, klingon"),
        "languages[1]",
        "'klingon' is not a language code",
    ),
    (
        lambda d: d.update(languages=[5]),
        "languages[0]",
        "5 is not a language code (e.g. de, de-CH, en)",
    ),
    (lambda d: d.update(languages=5), "languages", "expected a list (got 5)"),
    (lambda d: d["title"].update(english="x"), "title.english", "'english' is not a language code"),
    (
        lambda d: d["title"].update({"de_CH": "a", "de-CH": "b"}),
        "title.de-CH",
        "'de_CH' and 'de-CH' are the same key, 'de-CH': give it once",
    ),
    (
        lambda d: d.update(title={}),
        "title",
        "give the text, or texts per language such as {en: ..., de: ...}",
    ),
    (
        lambda d: d.update(title=["x"]),
        "title",
        "expected a text, or texts per language such as {en: ..., de: ...} (got ['x'])",
    ),
    (
        lambda d: d["persons"][0]["name"].update(en=["A"]),
        "persons[0].name.en",
        "expected a text (got ['A'])",
    ),
    (
        lambda d: d.update(persons=[]),
        "",
        "name at least one person or group the case is about (persons, groups)",
    ),
    (lambda d: d.update(demands=[]), "demands", "needs at least one entry"),
    (
        lambda d: d["persons"][0].update(gender="m"),
        "persons[0].gender",
        "expected 'female', 'male' or 'unknown' (got 'm')",
    ),
    (
        lambda d: d["targets"][0].update(address="Bishkek"),
        "targets[0].address",
        "expected a mapping of fields (got 'Bishkek')",
    ),
    (
        lambda d: d["targets"][0]["address"].update(postal_code=720003),
        "targets[0].address.postal_code",
        'write the postal code in quotes ("720003"), so no digit is lost',
    ),
    (
        lambda d: d["targets"][0].update(email="president at gov.kg"),
        "targets[0].email",
        "'president at gov.kg' is not an email address",
    ),
    (
        lambda d: d["targets"].append(copy.deepcopy(d["targets"][0])),
        "targets[1].id",
        "two targets have the id 'president'",
    ),
    (
        lambda d: d["copies"].update(DX=d["copies"].pop("DE")),
        "copies.DX",
        "'DX' is not a country code (ISO 3166, e.g. CH, DE, KG)",
    ),
    (
        lambda d: d["copies"].update(CH=5),
        "copies.CH",
        "expected a list (got 5)",
    ),
    (
        lambda d: d["updates"][0].update(date="25 July 2020"),
        "updates[0].date",
        "expected a date written YYYY-MM-DD (got '25 July 2020')",
    ),
    (
        lambda d: d["updates"][0].update(date="2020-02-30"),
        "updates[0].date",
        "expected a date written YYYY-MM-DD (got '2020-02-30')",
    ),
    (
        lambda d: d["updates"][2].pop("text"),
        "updates[2]",
        "a closing update needs a 'text' saying why the case was closed",
    ),
    (
        lambda d: d["updates"][1].update(deadline="2020-08-01"),
        "updates[1]",
        "only an update of kind 'extended' can set a new 'deadline'",
    ),
    (lambda d: d.update(updates={"a": 1}), "updates", "expected a list (got {'a': 1})"),
]


@pytest.mark.parametrize(("change", "path", "reason"), KINDS)
def test_every_kind_of_problem_has_its_message(change: Any, path: str, reason: str) -> None:
    assert faults_of(Case, changed(change)) == [(path, reason)]


def test_reasons_are_messages_with_their_parameters() -> None:
    (fault,) = records.check(Case, changed(lambda d: d.update(country="XX")))[1]
    assert isinstance(fault.reason, Message)
    assert fault.reason.msgid == "%(code)r is not a country code (ISO 3166, e.g. CH, DE, KG)"
    assert fault.reason.params == {"code": "XX"}


def test_sender_language_alias_and_its_conflict() -> None:
    base = {"name": "A", "city": "Bern", "country": "CH"}
    assert Sender.from_data({**base, "language": "de_ch, en"}).languages == ["de-CH", "en"]
    assert Sender.from_data(base).language == "en"
    assert faults_of(Sender, {**base, "language": "de", "languages": ["fr"]}) == [
        ("language", "give either 'languages' or 'language', not both")
    ]


def test_shorthands_are_read_as_their_full_form() -> None:
    def shorthands(data: dict[str, Any]) -> None:
        data["languages"] = "ru en"
        data["targets"][0]["address"]["street"] = "c/o Ministry\n205 Chuy Prospect\n"
        data["targets"][0]["salutation"] = {"en": "Dear President,", "de_CH": "Sehr geehrter Herr!"}
        data["copies"]["DE"] = data["copies"]["DE"][0]  # one copy without a list
        data["country"] = " kg "

    case = Case.from_data(changed(shorthands))
    assert case.languages == ["ru", "en"]
    assert case.targets[0].address.street == ["c/o Ministry", "205 Chuy Prospect"]
    assert case.targets[0].salutation == {"en": "Dear President", "de-CH": "Sehr geehrter Herr"}
    assert len(case.copies["DE"]) == 1
    assert case.country == "KG"


def test_all_problems_of_a_record_are_found_in_one_walk() -> None:
    def four(data: dict[str, Any]) -> None:
        data["ua"] = 5
        data["targets"][0]["address"].pop("city")
        data["updates"][0]["kind"] = "extend"
        data["copies"]["US"] = data["copies"]["US"][0]  # one copy, written without a list
        data["copies"]["US"]["address"] = {"street": "x", "city": "y", "country": "ZZ"}

    data = changed(four)
    assert faults_of(Case, data) == [
        ("ua", "expected a text (got 5)"),
        ("targets[0].address.city", "required field is missing"),
        ("copies.US.address.country", "'ZZ' is not a country code (ISO 3166, e.g. CH, DE, KG)"),
        ("updates[0].kind", "expected 'info', 'extended' or 'closed' (got 'extend')"),
    ]


def test_from_data_raises_one_error_with_every_problem() -> None:
    with pytest.raises(InputError) as caught:
        Case.from_data(changed(lambda d: d.update(ua=5, country="XX")), source="<case>")
    error = caught.value
    assert [str(p) for p in error.problems] == [
        "<case>: ua: expected a text (got 5)",
        "<case>: country: 'XX' is not a country code (ISO 3166, e.g. CH, DE, KG)",
    ]
    assert str(error) == str(error.problems[0])
    assert error.problems[0] == Problem(error.reason, source="<case>", field="ua")


def test_records_are_frozen_slotted_and_round_trip_as_plain_data() -> None:
    case = ualetters.load_case(CASE_FILE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        case.ua = "UA 1/21"  # type: ignore[misc]
    assert not hasattr(case, "__dict__")
    data = case.to_data()
    assert data["updates"][0]["date"] == "2020-07-22"
    assert "deadline" not in data and "latin" not in data["targets"][0]["address"]
    json.dumps(data)  # plain JSON types only
    assert ualetters.load_case(data) == case
    sender = ualetters.load_sender(SENDER_FILE)
    assert ualetters.load_sender(sender.to_data()) == sender
    assert json.loads(records.to_json(sender))["languages"] == ["de-CH", "en"]


# --- located, listed: the command line and the files ---------------------------------------


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(text))


def generate(case: Path, out: Path) -> Any:
    args = ["generate", str(case), "--sender", str(SENDER_FILE), "--date", "2020-07-23"]
    return CliRunner().invoke(app, [*args, "--out", str(out)])


def test_a_case_with_four_errors_shows_four_located_lines(tmp_path: Path) -> None:
    text = CASE_TEXT
    for old, new in [
        ("ai_index:", "ai_indx:"),
        ("    kind: extended", "    kind: extend"),
        ('      postal_code: "720003"', "      postal_code: 720003"),
        ("      country: KG", "      country: XX"),
    ]:
        assert old in text
        text = text.replace(old, new, 1)
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = generate(case, out)
    assert result.exit_code == EXIT_INVALID
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"error: {case}:{line_of(case, 'ai_indx:')}: ai_indx: "
        "unknown field (did you mean 'ai_index'?)",
        f"error: {case}:{line_of(case, '      postal_code: 720003')}: "
        'targets[0].address.postal_code: write the postal code in quotes ("720003"), '
        "so no digit is lost",
        f"error: {case}:{line_of(case, '      country: XX')}: targets[0].address.country: "
        "'XX' is not a country code (ISO 3166, e.g. CH, DE, KG)",
        f"error: {case}:{line_of(case, '    kind: extend')}: updates[0].kind: "
        "expected 'info', 'extended' or 'closed' (got 'extend')",
    ]
    assert not out.exists()
    # The library error is the first of them, and carries all four.
    with pytest.raises(CaseFileError) as caught:
        ualetters.load_case(case)
    assert [p.line for p in caught.value.problems] == sorted(
        p.line or 0 for p in caught.value.problems
    )
    assert len(caught.value.problems) == 4
    assert str(caught.value) == result.stderr.splitlines()[0].removeprefix("error: ")


def test_check_lists_every_problem_too(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(
        CASE_TEXT.replace("ua: UA 61/20", "ua: 5").replace("country: KG\n", "country: X\n", 1)
    )
    result = CliRunner().invoke(app, ["check", str(case)])
    assert result.exit_code == EXIT_INVALID
    assert result.stderr.splitlines() == [
        f"error: {case}:{line_of(case, 'ua: 5')}: ua: expected a text (got 5)",
        f"error: {case}:{line_of(case, 'country: X')}: country: "
        "'X' is not a country code (ISO 3166, e.g. CH, DE, KG)",
    ]


def test_many_problems_are_capped_with_a_count(tmp_path: Path) -> None:
    data = yaml.safe_load(CASE_TEXT)
    data["demands"] = [5] * (MAX_PROBLEMS + 5)
    case = tmp_path / "case.yaml"
    case.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = generate(case, tmp_path / "out")
    assert result.exit_code == EXIT_INVALID
    lines = result.stderr.splitlines()
    assert len(lines) == MAX_PROBLEMS + 1
    assert lines[0].startswith(f"error: {case}:")
    assert lines[0].endswith(
        ": demands[0]: expected a text, or texts per language such as {en: ..., de: ...} (got 5)"
    )
    assert lines[MAX_PROBLEMS - 1].split(": ")[2] == f"demands[{MAX_PROBLEMS - 1}]"
    assert lines[-1] == "... and 5 more problems"


def test_many_problems_line_in_the_ui_language(tmp_path: Path) -> None:
    data = yaml.safe_load(CASE_TEXT)
    data["demands"] = [5] * (MAX_PROBLEMS + 1)
    case = tmp_path / "case.yaml"
    case.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    args = ["--ui-lang", "de", "generate", str(case), "--sender", str(SENDER_FILE)]
    result = CliRunner().invoke(app, [*args, "--out", str(tmp_path / "out")])
    assert result.stderr.splitlines()[-1] == "… und 1 weiteres Problem"


def test_sender_file_problems_are_all_located(tmp_path: Path) -> None:
    sender = tmp_path / "me.toml"
    sender.write_text(
        '[sender]\nname = "A"\ncity = 5\ncountry = "XY"\nlanguage = "klingon"\n', encoding="utf-8"
    )
    with pytest.raises(ualetters.SenderError) as caught:
        ualetters.load_sender(sender)
    assert [str(p) for p in caught.value.problems] == [
        f"{sender}:3: city: expected a text (got 5)",
        f"{sender}:4: country: 'XY' is not a country code (ISO 3166, e.g. CH, DE, KG)",
        f"{sender}:5: language: 'klingon' is not a language code",
    ]


def test_a_row_with_three_bad_cells_gives_three_rows_in_errors_csv(tmp_path: Path) -> None:
    members = tmp_path / "members.csv"
    members.write_text(
        "name,street,postal_code,city,country,language,email\n"
        "Anna Beispiel,Beispielweg 12,3011,Bern,CH,de-CH,anna@example.org\n"
        "Bad Row,Somewhere 1,1000,,XX,klingon,not-an-address\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack"
    args = [str(CASE_FILE), "--supporters", str(members), "--out", str(out)]
    result = CliRunner().invoke(app, ["batch", *args, "--date", "2020-07-23"])
    assert result.exit_code == 6, result.output
    assert "2 rows = 1 written + 1 reported (see errors.csv)" in result.stderr
    with open(out / "errors.csv", encoding="utf-8-sig", newline="") as stream:
        errors = [(e["row"], e["column"], e["reason"]) for e in csv.DictReader(stream)]
    assert errors == [
        ("3", "city", "is empty"),
        ("3", "country", "'XX' is not a country code (ISO 3166, e.g. CH, DE, KG)"),
        ("3", "language", "'klingon' is not a language code"),
        ("3", "email", "'not-an-address' is not an email address"),
    ]


def test_supporters_list_counts_rows_not_cells() -> None:
    from ualetters.supporters import parse_rows

    rows = [(1, ["name", "street", "city", "country", "email"]), (2, ["A", "", "", "XX", "x"])]
    found = parse_rows(rows, source="list.csv")
    assert found.rows == 1
    assert [(e.column, str(e.reason)) for e in found.errors] == [
        # A street is optional since #15 (as for a saved sender): no error for it.
        ("city", "is empty"),
        ("country", "'XX' is not a country code (ISO 3166, e.g. CH, DE, KG)"),
        ("email", "'x' is not an email address"),
    ]


# --- the JSON Schema comes from the same declarations ----------------------------------------


def schema_validator() -> jsonschema.Draft202012Validator:
    schema = ualetters.case_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def as_json(data: Any) -> Any:
    return json.loads(json.dumps(data, default=str))


def test_schema_accepts_the_example_and_the_shorthands() -> None:
    check = schema_validator()
    check.validate(as_json(yaml.safe_load(CASE_TEXT)))
    data = copy.deepcopy(EXAMPLE)
    data["languages"] = "ru, en"
    data["targets"][0]["languages"] = "ru"
    data["targets"][0]["address"]["street"] = "205 Chuy Prospect"
    data["copies"]["CH"] = data["copies"]["CH"][0]
    data["title"] = "Health of prisoner of conscience at risk"
    check.validate(data)
    Case.from_data(data)  # the model reads what the schema accepts


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["updates"][2].pop("text"),
        lambda d: d["updates"][1].update(deadline="2020-08-01"),
        lambda d: d["targets"][0]["address"].update(postal_code=720003),
        lambda d: d["targets"][0]["address"].pop("city"),
        lambda d: d["persons"][0].update(gender="m"),
        lambda d: d.update(title={}),
        lambda d: d.update(languages=["ru", 5]),
        lambda d: d["targets"][0].update(adress={}),
    ],
)
def test_schema_rejects_what_the_model_rejects(change: Any) -> None:
    data = changed(change)
    assert faults_of(Case, data)
    assert list(schema_validator().iter_errors(data))


def test_schema_has_descriptions_from_the_declarations() -> None:
    schema = ualetters.case_schema()
    assert schema["title"] == "ualetters case"
    assert schema["properties"]["ua"]["description"] == "the UA number, e.g. 'UA 61/20'"
    assert schema["$defs"]["Target"]["description"] == (
        "An authority the case asks supporters to write to."
    )
    assert (ROOT / "docs" / "case.schema.json").read_text(encoding="utf-8").startswith("{")


# --- ready for the next case format: what the layer already offers ----------------------------


def _a_channel(values: Mapping[str, Any]) -> Iterable[Fault]:
    if values["phone_note"] is not None and values["phone"] is None:
        yield Fault(("phone_note",), Message("a phone note needs a 'phone'"))


def _plus(value: str) -> Message | None:
    return None if value.startswith("+") else Message("write the number with its country code")


@record
class Contact(Record):
    """A recipient reachable by post or otherwise (a sketch of the next case format)."""

    __rules__: ClassVar[tuple[Rule, ...]] = (
        requires_any("address", "emails", "phone", reason="give %(fields)s: a way to reach them"),
        Rule(_a_channel, needs=("phone", "phone_note")),
    )

    name: str | dict[str, str] = field(LOCALIZED)
    address: str | None = field(TEXT, default=None)
    emails: list[str] = field(ListOf(TEXT, single=True), default_factory=list)
    phone: str | None = field(TEXT, default=None, checks=(_plus,))
    phone_note: str | None = field(TEXT, default=None)
    born: PartialDate | None = field(PartialDateSpec(), default=None)
    only_for: list[str] = field(ListOf(COUNTRY, single=True), default_factory=list)


@record
class Sketch(Record):
    """Copies keyed by the sender's country, or "*" for every sender."""

    copies: dict[str, list[Contact]] = field(
        MapOf(CountryCode(wildcard="*"), ListOf(Nested(Contact), single=True))
    )


def test_optional_blocks_required_only_without_an_alternative() -> None:
    assert Contact.from_data({"name": "A", "emails": "a@example.org"}).emails == ["a@example.org"]
    assert faults_of(Contact, {"name": "A"}) == [
        ("", "give address, emails, phone: a way to reach them")
    ]
    assert faults_of(Contact, {"name": "A", "address": "x", "phone_note": "Chinese only"}) == [
        ("phone_note", "a phone note needs a 'phone'")
    ]
    assert faults_of(Contact, {"name": "A", "phone": "0123"}) == [
        ("phone", "write the number with its country code")
    ]


def test_keyed_mapping_with_a_wildcard_key() -> None:
    sketch = Sketch.from_data({"copies": {"*": {"name": "Minister", "address": "x"}, "us": []}})
    assert list(sketch.copies) == ["*", "US"]
    assert faults_of(Sketch, {"copies": {"**": []}}) == [
        ("copies.**", "'**' is not a country code (ISO 3166, e.g. CH, DE, KG)")
    ]
    schema = records.json_schema(Sketch, title="sketch")
    check = jsonschema.Draft202012Validator(schema)
    assert check.is_valid({"copies": {"*": {"name": "M", "phone": "+1"}, "US": []}})
    assert not check.is_valid({"copies": {"*": {"name": "M"}}})  # no channel


@pytest.mark.parametrize(
    ("written", "read"),
    [
        (2021, PartialDate(2021)),
        ("2021", PartialDate(2021)),
        ("2021-04", PartialDate(2021, 4)),
        ("2021-04-03", PartialDate(2021, 4, 3)),
        (dt.date(2021, 4, 3), PartialDate(2021, 4, 3)),
    ],
)
def test_partial_dates(written: Any, read: PartialDate) -> None:
    contact = Contact.from_data({"name": "A", "address": "x", "born": written})
    assert contact.born == read
    assert Contact.from_data(contact.to_data()) == contact
    assert contact.to_data()["born"] == str(read)


@pytest.mark.parametrize("written", ["2021-13", "April 2021", "2021-02-30", True])
def test_partial_dates_that_are_not_dates(written: Any) -> None:
    (fault,) = faults_of(Contact, {"name": "A", "address": "x", "born": written})
    assert fault[1].startswith("expected a date written YYYY, YYYY-MM or YYYY-MM-DD (got ")


def test_a_field_without_a_spec_is_refused_when_first_read() -> None:
    @dataclasses.dataclass(frozen=True)
    class Loose(Record):
        name: str = "x"

    with pytest.raises(TypeError, match=r"Loose\.name has no spec"):
        records.check(Loose, {})


def test_update_rules_need_their_fields_read() -> None:
    # A bad kind says so once; the rules about kinds wait until it reads.
    data = {"date": "2020-07-25", "kind": "close", "deadline": "2020-08-01"}
    assert faults_of(Update, data) == [
        ("kind", "expected 'info', 'extended' or 'closed' (got 'close')")
    ]
