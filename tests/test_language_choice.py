"""Which language a letter is in (#11, #13): the target's languages, the sender's, 'own'.

Among the languages a target accepts (its own `languages`, else the case's), one the sender
writes comes first, then the target's order; `own` is "or your own language"; a language
without a template (or the case's text) is named once, with the language used instead.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import ualetters

from .helpers import DATA, run

DATE = dt.date(2021, 4, 1)
THREE_TARGETS = DATA / "three_targets.yaml"
GENEVA = {
    "name": "Camille Dupont",
    "street": ["Rue de la Servette 1"],
    "postal_code": "1202",
    "city": "Genève",
    "country": "CH",
}


def chosen(case: object, languages: list[str], **sender: object) -> dict[str, tuple[str, str]]:
    who = ualetters.load_sender({**GENEVA, **sender, "languages": languages})
    planned = ualetters.plan(case, who, date=DATE)  # type: ignore[arg-type]
    return {p.target.id: (p.language, p.reason) for p in planned.letters}


def test_a_genevan_french_speaker_writes_to_a_de_fr_embassy_in_french() -> None:
    case = ualetters.load_case(THREE_TARGETS)  # the embassy accepts de, fr
    assert chosen(case, ["fr"])["embassy"] == ("fr-CH", "target's language you write")
    # An Italian speaker in Lugano writes neither: the target's first choice.
    assert chosen(case, ["it"], city="Lugano")["embassy"] == (
        "de-CH",
        "target's preferred language",
    )
    # A sender who writes both gets the target's order.
    assert chosen(case, ["fr", "de"])["embassy"][0] == "de-CH"


def test_check_explains_the_choice(tmp_path: Path) -> None:
    sender = tmp_path / "sender.yaml"
    sender.write_text(json.dumps({**GENEVA, "languages": ["fr"]}), encoding="utf-8")
    ran = run("check", THREE_TARGETS, "--sender", sender, "--date", DATE.isoformat())
    assert ran.code == 0, ran.stderr
    lines = ran.stdout.splitlines()
    at = lines.index("  target embassy: Ambassador of the Kyrgyz Republic (CH)")
    assert lines[at + 1 : at + 3] == [
        "    language: fr-CH (a language the target accepts that you write)",
        "    accepted: de, fr (the target's languages)",
    ]


CASE = """\
format: 2
id: example
country: IR
title: {en: Executions imminent, de: Drohende Hinrichtungen}
persons: [{name: A. Example}]
facts: {en: He is at risk., de: Ihm droht die Hinrichtung.}
demands: [{en: Do not execute him., de: Richten Sie ihn nicht hin.}]
languages: LANGUAGES
targets:
  - id: leader
    title: {en: Supreme Leader, de: Religionsführer}
    email: info@example.ir
"""


def case_with(tmp_path: Path, languages: str) -> Path:
    path = tmp_path / "case.yaml"
    path.write_text(CASE.replace("LANGUAGES", languages), encoding="utf-8")
    return path


def test_own_is_the_senders_own_language(tmp_path: Path) -> None:
    case = ualetters.load_case(case_with(tmp_path, "[fa, en, own]"))
    # A German speaker: en is accepted, but "your own language" (de) is theirs.
    assert chosen(case, ["de-CH"])["leader"] == ("de-CH", "own language")
    assert chosen(case, ["it"])["leader"] == ("en-CH", "case's preferred language")


def test_a_language_without_template_is_named_once_with_the_one_used(tmp_path: Path) -> None:
    path = case_with(tmp_path, "[fa, ar, en]")
    sender = tmp_path / "sender.yaml"
    sender.write_text(json.dumps({**GENEVA, "languages": ["it"]}), encoding="utf-8")
    date = ["--date", DATE.isoformat()]
    checked = run("check", path, "--sender", sender, *date)
    assert checked.code == 0, checked.stderr
    assert (
        "    note: there is no letter template in Persian; the letter is in English instead\n"
    ) in checked.stdout
    assert "    note: the case has no text in Arabic; the letter is in English instead\n" in (
        checked.stdout
    )
    made = run("generate", path, "--sender", sender, "--out", tmp_path / "out", *date)
    assert made.code == 0, made.stderr
    assert [line for line in made.stderr.splitlines() if "the UA asks for" in line] == [
        "warning: example: there is no letter template in Persian, which the UA asks for; the "
        "letter to leader is in English instead",
        "warning: example: the case has no text in Arabic, which the UA asks for; the letter "
        "to leader is in English instead",
    ]


def test_a_language_passed_over_is_news_only_if_it_would_have_been_the_letters(
    tmp_path: Path,
) -> None:
    # An English writer gets English, which the case asks for: Persian would not have been
    # chosen had it a template, so generate says nothing of it (check still lists it).
    path = case_with(tmp_path, "[fa, en]")
    english = tmp_path / "en.yaml"
    english.write_text(json.dumps({**GENEVA, "languages": ["en"]}), encoding="utf-8")
    date = ["--date", DATE.isoformat()]
    made = run("generate", path, "--sender", english, "--out", tmp_path / "en-out", *date)
    assert made.code == 0 and "Persian" not in made.stderr
    assert "no letter template in Persian" in run("check", path, "--sender", english, *date).stdout
    # A supporter who writes Persian (and English) hears of it.
    persian = tmp_path / "fa.yaml"
    persian.write_text(json.dumps({**GENEVA, "languages": ["fa", "en"]}), encoding="utf-8")
    made = run("generate", path, "--sender", persian, "--out", tmp_path / "fa-out", *date)
    assert made.code == 0, made.stderr
    assert "no letter template in Persian, which the UA asks for" in made.stderr


def test_with_translation_says_why_it_wrote_none(tmp_path: Path) -> None:
    path = case_with(tmp_path, "[de]")
    sender = tmp_path / "sender.yaml"
    sender.write_text(json.dumps({**GENEVA, "languages": ["fr"]}), encoding="utf-8")
    made = run(
        "generate", path, "--sender", sender, "--date", DATE.isoformat(),
        "--out", tmp_path / "out", "--with-translation",
    )  # fmt: skip
    assert made.code == 0, made.stderr
    assert (
        "warning: target leader: no courtesy translation: the case has no text in any of your "
        "languages (fr)"
    ) in made.stderr.splitlines()
    mine = run(
        "generate", path, "--sender", sender, "--date", DATE.isoformat(), "--lang", "fr",
        "--out", tmp_path / "fr", "--with-translation",
    )  # fmt: skip
    assert mine.code == 2  # the case has no French text: --lang fr cannot write it


def test_with_translation_when_every_letter_is_yours(tmp_path: Path) -> None:
    path = case_with(tmp_path, "[de]")
    sender = tmp_path / "sender.yaml"
    sender.write_text(json.dumps({**GENEVA, "languages": ["de"]}), encoding="utf-8")
    made = run(
        "generate", path, "--sender", sender, "--date", DATE.isoformat(),
        "--out", tmp_path / "out", "--with-translation",
    )  # fmt: skip
    assert made.code == 0, made.stderr
    assert (
        "warning: no courtesy translation: every letter is in a language you write (de)"
    ) in made.stderr.splitlines()


def test_the_personal_note_goes_only_into_letters_in_its_language() -> None:
    case = ualetters.load_case(THREE_TARGETS)
    who = ualetters.load_sender(
        {**GENEVA, "languages": ["fr", "de"], "note": "J'ai visité Bichkek en 2019."}
    )
    planned = ualetters.plan(case, who, date=DATE)
    notes = {p.target.id: p.note for p in planned.letters}
    assert notes["embassy"] is None  # a German letter (the target's order)
    assert (
        "Camille Dupont: the personal note is in French, so the letter to embassy in German "
        "has none"
    ) in planned.warnings
    german = ualetters.load_sender({**GENEVA, "languages": ["de"], "note": "Ich war 2019 dort."})
    assert all(
        p.note == "Ich war 2019 dort."
        for p in ualetters.plan(case, german, date=DATE).letters
        if p.language.startswith("de")
    )


def test_a_note_in_another_language_than_the_first(tmp_path: Path) -> None:
    data = {
        **GENEVA,
        "languages": ["fr", "de"],
        "note": "Ich war 2019 dort.",
        "note_language": "de",
    }
    who = ualetters.load_sender(data)
    case = ualetters.load_case(case_with(tmp_path, "[de]"))
    plan = ualetters.plan(case, who, date=DATE)
    [planned] = plan.letters
    assert planned.language == "de-CH" and planned.note == "Ich war 2019 dort."
    assert not any("personal note" in warning for warning in plan.warnings)
