"""Case format 2: what real Urgent Actions need, read by the model (a superset of format 1)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

import ualetters
from ualetters.errors import CaseFileError
from ualetters.model import pick_name
from ualetters.records import PartialDate

from .conftest import CASE_FILE

BASE = """\
format: 2
id: konon-and-others
country: BY
title: {en: Students prosecuted for peaceful protest}
facts: {en: They were arrested in 2020.}
demands: [{en: Release them.}]
"""


def load(tmp_path: Path, text: str) -> ualetters.Case:
    path = tmp_path / "case.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return ualetters.load_case(path)


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(CaseFileError) as caught:
        load(tmp_path, text)
    return [str(problem) for problem in caught.value.problems]


TARGET = """\
targets:
  - id: prosecutor
    title: {en: Prosecutor General}
    email: [prosecutor@example.by, info@example.by]
"""


def test_format_1_example_still_loads_and_means_the_same() -> None:
    case = ualetters.load_case(CASE_FILE)
    assert case.format is None
    assert case.label == "UA 61/20" and case.slug == "ua-61-20"
    assert case.copies_for("CH")[0].organisation["de"].startswith("Botschaft")
    assert case.persons[0].grammatical_gender == "male"
    assert case.concerned_on(dt.date(2020, 7, 23)) == case.persons


def test_a_newer_format_is_refused_with_a_clear_reason(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        BASE.replace("format: 2", "format: 3") + TARGET + "groups: [{description: {en: x}}]\n",
    )
    assert found == [
        f"{tmp_path / 'case.yaml'}:1: format: this case file is written in format 3, for a newer "
        "ualetters; this one reads formats 1 and 2 (update ualetters)"
    ]


def test_a_case_needs_a_number_or_an_id_and_someone_it_is_about(tmp_path: Path) -> None:
    text = BASE.replace("id: konon-and-others\n", "") + TARGET
    found = problems(tmp_path, text)
    assert any("give the UA number ('ua') or a file-name stem ('id')" in p for p in found)
    assert any("name at least one person or group the case is about" in p for p in found)


def test_groups_and_people_with_names_per_script(tmp_path: Path) -> None:
    case = load(
        tmp_path,
        BASE
        + TARGET
        + """\
persons:
  - name: {Latn: Daniil Konon, Cyrl: Даниил Конон}
    pronouns: he/him
  - name: Yana Orlova
    pronouns: she/her
  - name: Alex Doe
    gender: other
    born: 2001-04
groups:
  - description: {en: at least 10 other peaceful protesters}
    count: 10
""",
    )
    konon, orlova, doe = case.persons
    assert pick_name(konon.name, "ru") == "Даниил Конон"
    assert pick_name(konon.name, "de-CH") == "Daniil Konon"
    assert pick_name(orlova.name, "ru") == "Yana Orlova"  # only in Latin: used as given
    assert [p.grammatical_gender for p in case.persons] == ["male", "female", "unknown"]
    assert doe.born == PartialDate(2001, 4)
    assert case.groups[0].count == 10
    assert case.text_languages() == {"en"}  # names never restrict the letter's language


def test_every_contact_channel_of_a_target(tmp_path: Path) -> None:
    case = load(
        tmp_path,
        BASE
        + """\
persons: [{name: Daniil Konon}]
targets:
  - id: president
    title: {en: President}
    name: {Latn: Aliaksandr Lukashenka, ru: Александр Лукашенко}
    addressee: {ru: "Президенту Республики Беларусь\\nА. Г. Лукашенко"}
    rank: head_of_state
    email: contact@president.example
    email_subject: {en: "FAO President Lukashenka"}
    fax: "+375 17 226 06 10"
    phone:
      - "+375 17 222 35 95"
      - {number: "+375 17 222 00 00", note: Russian only}
    web: https://president.example/appeal
    social: {x: "@president_by", facebook: https://facebook.com/president}
    languages: [ru, be, own]
  - id: embassy-us
    title: {en: Ambassador of Belarus to the USA}
    only_for: US
    address:
      street: 1619 New Hampshire Ave NW
      city: Washington
      area: DC
      postal_code: "20009"
      country: US
""",
    )
    president, embassy = case.targets
    assert president.address is None
    assert president.email == ["contact@president.example"]
    assert [(p.number, p.note) for p in president.phone] == [
        ("+375 17 222 35 95", None),
        ("+375 17 222 00 00", "Russian only"),
    ]
    assert [(s.platform, s.handle) for s in president.social] == [
        ("twitter", "@president_by"),
        ("facebook", "https://facebook.com/president"),
    ]
    assert president.languages == ["ru", "be", "own"]
    assert president.rank == "head_of_state"
    assert president.writes_to("DE") and embassy.writes_to("US") and not embassy.writes_to("GB")


def test_a_target_without_any_channel_is_named(tmp_path: Path) -> None:
    text = BASE + "persons: [{name: A}]\ntargets: [{id: nobody, title: {en: Nobody}}]\n"
    found = problems(tmp_path, text)
    assert len(found) == 1
    assert found[0].startswith(f"{tmp_path / 'case.yaml'}:8: targets[0]: give at least one way")


def test_bad_channels_are_located(tmp_path: Path) -> None:
    text = (
        BASE
        + """\
persons: [{name: A}]
targets:
  - id: x
    title: {en: X}
    email: [good@example.org, not-an-email]
    web: www.example.org
    social: {myspace: "@x"}
"""
    )
    found = problems(tmp_path, text)
    assert found == [
        # The item, not the list (audit F3): email[1].
        f"{tmp_path / 'case.yaml'}:11: targets[0].email[1]: 'not-an-email' is not an email address",
        f"{tmp_path / 'case.yaml'}:12: targets[0].web: 'www.example.org' is not a web address "
        "(http:// or https://)",
        f"{tmp_path / 'case.yaml'}:13: targets[0].social.myspace.platform: expected 'twitter', "
        "'facebook', 'instagram', 'bluesky', 'mastodon', 'telegram' or 'other' (got 'myspace')",
    ]


def test_an_account_written_as_a_field_and_a_name_on_two_lines(tmp_path: Path) -> None:
    """`twitter:` on a target points to `social`; a name is one line (it split copy lines)."""
    target = "persons: [{name: A}]\ntargets:\n  - id: x\n    title: {en: X}\n"
    found = problems(tmp_path, BASE + target + '    email: x@example.org\n    twitter: "@x"\n')
    assert found == [
        f"{tmp_path / 'case.yaml'}:12: targets[0].twitter: unknown field (accounts go under "
        "'social': social: {twitter: ...})"
    ]
    copy = '    email: x@example.org\ncopies:\n  "*":\n    person: "Anna\\nExample"\n'
    found = problems(tmp_path, BASE + target + copy + "    email: m@example.org\n")
    assert found == [
        f"{tmp_path / 'case.yaml'}:14: copies.*.person: U+000A (line feed) is not allowed "
        "here: this text must be one line"
    ]


def test_copies_for_every_sender_and_per_country(tmp_path: Path) -> None:
    case = load(
        tmp_path,
        BASE
        + TARGET
        + """\
persons: [{name: A}]
copies:
  "*":
    organisation: {en: Ministry of Internal Affairs}
  GB:
    - name: {en: Embassy of Belarus}
      person: {Latn: Jane Doe}
      title: {en: Ambassador}
      email: embassy@example.org
""",
    )
    assert [c.organisation for c in case.copies_for("GB")] == [
        {"en": "Embassy of Belarus"},
        {"en": "Ministry of Internal Affairs"},
    ]
    assert [c.organisation for c in case.copies_for("CH")] == [
        {"en": "Ministry of Internal Affairs"}
    ]


def test_updates_release_persons_and_letters_speak_of_the_others(tmp_path: Path) -> None:
    case = load(
        tmp_path,
        BASE
        + TARGET
        + """\
persons: [{name: Daniil Konon}, {name: {Latn: Egor Zhukov, Cyrl: Егор Жуков}}]
updates:
  - date: 2021-05-03
    kind: info
    persons: [{person: Егор Жуков, status: released}]
  - date: 2021-06-01
    kind: info
    persons: {person: 0, status: bail}
""",
    )
    names = lambda day: [p.name for p in case.concerned_on(day)]  # noqa: E731
    assert len(names(dt.date(2021, 5, 2))) == 2
    assert names(dt.date(2021, 5, 3)) == ["Daniil Konon"]
    assert case.status_on(dt.date(2021, 6, 1)) == ["bail", "released"]
    assert names(dt.date(2021, 6, 1)) == ["Daniil Konon"]  # on bail: still concerned


def test_a_persons_own_status_holds_until_an_update_changes_it(tmp_path: Path) -> None:
    case = load(
        tmp_path,
        BASE
        + TARGET
        + """\
persons: [{name: A}, {name: B, status: commuted}, {name: C, status: released}]
updates:
  - date: 2021-05-03
    kind: info
    persons: [{person: C, status: detained}]
""",
    )
    assert case.status_on(dt.date(2021, 5, 2)) == [None, "commuted", "released"]
    assert [p.name for p in case.concerned_on(dt.date(2021, 5, 2))] == ["A"]
    # Detained again: spoken of again.
    assert [p.name for p in case.concerned_on(dt.date(2021, 5, 3))] == ["A", "C"]
    assert problems(tmp_path, BASE + TARGET + "persons: [{name: A, status: pardoned}]\n")


def test_an_update_about_an_unknown_person_is_located(tmp_path: Path) -> None:
    text = (
        BASE
        + TARGET
        + (
            "persons: [{name: A}]\n"
            "updates:\n"
            "  - date: 2021-05-03\n"
            "    kind: info\n"
            "    persons: [{person: B, status: released}]\n"
        )
    )
    found = problems(tmp_path, text)
    assert found == [
        f"{tmp_path / 'case.yaml'}:15: updates[0].persons[0].person: 'B' is not one of the "
        "case's persons (a name as written in 'persons', or a number from 0 to 0)"
    ]


def test_partial_dates_where_they_are_facts_full_where_compared(tmp_path: Path) -> None:
    case = load(tmp_path, BASE + TARGET + "persons: [{name: A}]\nissued: 2021-04\n")
    assert case.issued == PartialDate(2021, 4)
    found = problems(tmp_path, BASE + TARGET + "persons: [{name: A}]\ndeadline: 2021-04\n")
    assert found == [
        f"{tmp_path / 'case.yaml'}:12: deadline: expected a date written YYYY-MM-DD (got '2021-04')"
    ]


def test_demand_form_and_email_subject(tmp_path: Path) -> None:
    case = load(
        tmp_path,
        BASE
        + TARGET
        + "persons: [{name: A}]\ndemand_form: {de: first_person}\n"
        + "email_subject: {en: FAO the Prosecutor}\n",
    )
    assert case.demand_form == {"de": "first_person"}
    assert case.email_subject == {"en": "FAO the Prosecutor"}


def test_sender_region_place_and_note_language() -> None:
    sender = ualetters.load_sender(
        {
            "name": "Lucia Rossi",
            "city": "Lugano",
            "area": "TI",
            "country": "CH",
            "place": {"de": "Lugano", "ru": "Лугано"},
            "languages": ["it", "de"],
            "note": "Sono un'insegnante.",
        }
    )
    assert sender.area == "TI" and sender.note_tag == "it"
    assert ualetters.load_sender({**sender.to_data(), "note_language": "de"}).note_tag == "de"


def test_the_schema_describes_format_2(tmp_path: Path) -> None:
    schema = ualetters.case_schema()
    target = schema["$defs"]["Target"]["properties"]
    assert {"addressee", "rank", "fax", "phone", "web", "social", "only_for"} <= set(target)
    assert "groups" in schema["properties"] and "format" in schema["properties"]


def test_a_demand_one_section_adds_in_its_language_only(tmp_path: Path) -> None:
    """ "Some sections add a sentence in one language that the other lacks" (#11)."""
    text = (
        BASE.replace("title: {en: Students prosecuted for peaceful protest}",
                     "title: {en: Students prosecuted, de: Studierende verfolgt}")
        .replace("facts: {en: They were arrested in 2020.}",
                 "facts: {en: They were arrested in 2020., de: Sie wurden 2020 festgenommen.}")
        .replace("demands: [{en: Release them.}]",
                 "demands:\n  - {en: Release them., de: Lassen Sie sie bitte frei.}\n"
                 '  - {de: "Sorgen Sie bitte dafür, dass sie einen Anwalt sehen."}')
        + "persons: [{name: Anna Example}]\n"
        + TARGET.replace("General}", "General, de: Generalstaatsanwalt}")
    )  # fmt: skip
    case = load(tmp_path, text)
    assert case.text_languages() == {"de", "en"}
    date = dt.date(2021, 1, 1)
    writers = {
        lang: ualetters.load_sender(
            {"name": "Sam", "city": "Bern", "country": "CH", "languages": [lang]}
        )
        for lang in ("de", "en")
    }
    (english,) = ualetters.letters_for(case, writers["en"], date=date, lang="en")
    (german,) = ualetters.letters_for(case, writers["de"], date=date, lang="de")
    assert "Release them." in ualetters.to_text(english)
    assert "Anwalt" not in ualetters.to_text(english)
    assert "Sorgen Sie bitte dafür, dass sie einen Anwalt sehen." in ualetters.to_text(german)
    from .helpers import run

    checked = run("check", tmp_path / "case.yaml", "--date", "2021-01-01")
    assert checked.code == 0, checked.stderr
    assert "  demands as written: imperative (de, en)\n" in checked.stdout
    assert "  demands[1] has no text in en: letters in it leave it out\n" in checked.stdout
    # A language no demand is written in has no letter.
    french = case.to_data()
    for field in ("title", "facts"):
        french[field] = {**french[field], "fr": "Texte."}
    with pytest.raises(ualetters.UsageError, match="'fr': demands has no text in it"):
        ualetters.letters_for(ualetters.load_case(french), writers["en"], date=date, lang="fr")


def test_check_notes_first_person_demands_to_an_ambassador(tmp_path: Path) -> None:
    """Fourth review (en): "I urge you to release …" asks the ambassador to act."""
    from .helpers import run

    text = (
        BASE.replace("demands: [{en: Release them.}]",
                     "demands: [{en: I urge you to release them.}]")
        + "persons: [{name: Anna Example}]\n"
        + TARGET.replace("title: {en: Prosecutor General}",
                         "title: {en: Ambassador}\n    rank: ambassador")
    )  # fmt: skip
    (tmp_path / "case.yaml").write_text(text, encoding="utf-8")
    sender = tmp_path / "sender.toml"
    sender.write_text('[sender]\nname = "Sam"\ncity = "London"\ncountry = "GB"\n'
                      'languages = ["en"]\n', encoding="utf-8")  # fmt: skip
    checked = run("check", tmp_path / "case.yaml", "--sender", sender, "--date", "2021-01-01")
    assert checked.code == 0, checked.stderr
    assert (
        "    note: the demands in en-GB are first-person sentences (“I urge you to …”), which "
        "ask the ambassador to act; written as requests (“Release …”) they are passed on to "
        "the government\n"
    ) in checked.stdout
    # Requests: no note.
    (tmp_path / "case.yaml").write_text(
        text.replace("I urge you to release them.", "Release them."), encoding="utf-8"
    )
    checked = run("check", tmp_path / "case.yaml", "--sender", sender, "--date", "2021-01-01")
    assert "first-person" not in checked.stdout
