"""docs/case-format.md stays true to the model: every field documented, the examples load."""

from __future__ import annotations

import datetime as dt
import re

import pytest

import ualetters
from ualetters import model, records

from .conftest import ROOT, SENDER_FILE

DOC = (ROOT / "docs" / "case-format.md").read_text(encoding="utf-8")


def _names(record: type[records.Record]) -> list[str]:
    return [spec.name for spec in records.fields_of(record)]


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC, re.S)


@pytest.mark.parametrize(
    "record",
    [
        model.Case,
        model.Person,
        model.Group,
        model.Target,
        model.Address,
        model.Copy,
        model.Update,
        model.StatusChange,
        model.Sender,
    ],
)
def test_every_field_is_documented(record: type) -> None:
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", DOC, re.M))
    missing = set(_names(record)) - documented
    assert not missing, f"{record.__name__} fields missing from docs/case-format.md: {missing}"


def test_no_documented_field_is_unknown_to_the_model() -> None:
    known = set()
    for record in (model.Case, model.Person, model.Group, model.Target, model.Address):
        known |= set(_names(record))
    for record in (model.Copy, model.Phone, model.Social, model.StatusChange):
        known |= set(_names(record))
    known |= set(_names(model.Update)) | set(_names(model.Sender))
    documented = set(re.findall(r"^\| `([a-z_]+)` \|", DOC, re.M))
    assert documented <= known


def test_short_example_is_a_valid_case(tmp_path) -> None:
    (example,) = [block for block in _blocks("yaml") if block.startswith("ua:")]
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")
    case = ualetters.load_case(path)
    sender = ualetters.load_sender(SENDER_FILE)
    assert case.slug == "ua-12-34"
    # Between the first deadline and the extended one: letters, and no warning.
    planned = ualetters.plan(case, sender, date=dt.date(2034, 4, 20))
    assert planned.warnings == ()
    (letter,) = ualetters.render_letters(planned)
    # The case asks for Russian, then English; it has no Russian text, and of the two the
    # sender (de-CH, en) writes English.
    assert letter.language == "en-CH"
    assert letter.place_date == "Bern, 20 April 2034"
    assert letter.copies == ("Copy to: Embassy of the Kyrgyz Republic, Geneva",)


def test_copies_snippet_is_valid(tmp_path) -> None:
    (snippet,) = [block for block in _blocks("yaml") if block.startswith("copies:")]
    example = (ROOT / "examples" / "askarov.yaml").read_text(encoding="utf-8")
    head = example.split("copies:\n")[0]
    path = tmp_path / "case.yaml"
    path.write_text(head + snippet, encoding="utf-8")
    case = ualetters.load_case(path)
    assert set(case.copies) == {"CH", "DE"}
    assert case.copies["DE"][0].address.city == "Berlin"


def test_sender_snippet_is_the_bundled_sender(tmp_path) -> None:
    (toml,) = _blocks("toml")
    path = tmp_path / "sender.toml"
    path.write_text(toml, encoding="utf-8")
    assert ualetters.load_sender(path) == ualetters.load_sender(SENDER_FILE)
