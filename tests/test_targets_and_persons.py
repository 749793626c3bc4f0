"""Whom a supporter writes to and about (#11): targets for some senders, persons still concerned.

One rule each, in `planning`: `only_for` keeps a target (Amnesty USA's "also write to the
Ambassador in Washington") to senders of those countries; a person released or dead is no
longer spoken of; a case with nobody left is refused like a closed one (exit code 5).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import ualetters
from ualetters.errors import EXIT_CLOSED, CaseClosedError

from .helpers import DATA, run

MOSCOW = DATA / "real" / "ua-112-19-moscow-protesters.yaml"
DATE = dt.date(2019, 8, 26)


def sender(country: str, **more: object) -> ualetters.Sender:
    return ualetters.load_sender(
        {
            "name": "Sam Example",
            "city": "Somewhere",
            "country": country,
            "languages": ["en"],
            **more,
        }
    )


def test_a_target_for_us_supporters_only() -> None:
    case = ualetters.load_case(MOSCOW)
    us = ualetters.plan(case, sender("US"), date=DATE)
    gb = ualetters.plan(case, sender("GB"), date=DATE)
    assert [p.target.id for p in us.letters] == ["chairman", "embassy"]
    assert [p.target.id for p in gb.letters] == ["chairman"]


ZHUMATAI = DATA / "real" / "ua-26-23-zhanargul-zhumatai.yaml"


def test_one_real_ua_has_a_copy_for_every_sender_and_a_target_for_us_supporters_only() -> None:
    """UA 26.23 (one Amnesty USA page): "Copy:" to a Director, and the ambassador in Washington."""
    case = ualetters.load_case(ZHUMATAI)
    plans = {
        country: ualetters.plan(case, sender(country), date=dt.date(2023, 5, 8), copies=True)
        for country in ("US", "GB")
    }
    letters = {country: plan.letters for country, plan in plans.items()}
    # The copy is printed in the Party Secretary's block only (`targets: [secretary]`): the
    # letter to the ambassador is copied to no one (native reviews, round 8).
    assert [(p.target.id, p.stem) for p in letters["US"]] == [
        ("secretary", "ua-26-23_secretary_en"),
        ("secretary", "ua-26-23_secretary_en_copy-all-1"),
        ("embassy", "ua-26-23_embassy_en"),
    ]
    assert [p.stem for p in letters["GB"]] == [
        "ua-26-23_secretary_en",
        "ua-26-23_secretary_en_copy-all-1",
    ]
    [to_secretary, copy_to_director] = ualetters.render_letters(plans["GB"])
    # The office, not the branch, gets the copy; the town the name holds is not said twice.
    assert "Copy to: Director, Urumqi Public Security Bureau Shayibake Branch\n" in (
        ualetters.to_text(to_secretary)
    )
    to_embassy = ualetters.render_letters(plans["US"])[2]
    assert to_embassy.target_id == "embassy" and to_embassy.copies == ()
    assert "Copy to" not in ualetters.to_text(to_embassy)
    assert ualetters.to_text(copy_to_director).split("\n\n")[1].splitlines()[:2] == [
        "Director",
        "Urumqi Public Security Bureau Shayibake Branch",
    ]


def test_a_copy_of_an_unknown_targets_letter_is_refused_with_its_line(tmp_path: Path) -> None:
    text = ZHUMATAI.read_text(encoding="utf-8").replace(
        "    targets: [secretary]\n", "    targets: [secretery]\n"
    )
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("    targets: [secretery]") + 1
    ran = run("check", path, "--date", "2023-05-08")
    assert ran.code == 3, ran.stderr
    assert f"{path}:{line}:" in ran.stderr
    assert ": copies.*.targets[0]: " in ran.stderr  # one copy under "*", given as a mapping
    assert "'secretery' is not one of the case's targets (secretary, embassy)" in ran.stderr
    assert "Traceback" not in ran.stderr


def test_check_says_which_letters_a_copy_goes_with() -> None:
    ran = run("check", ZHUMATAI, "--date", "2023-05-08")
    assert ran.code == 0, ran.stderr
    lines = ran.stdout.splitlines()
    copy = next(n for n, line in enumerate(lines) if line.startswith("  copy (*): "))
    assert lines[copy + 1] == "    only with the letters to secretary"


def test_a_case_whose_targets_are_all_for_others(tmp_path: Path) -> None:
    text = MOSCOW.read_text(encoding="utf-8").replace(
        "  - id: chairman\n", "  - id: chairman\n    only_for: [CA]\n"
    )
    case = ualetters.load_case(text)
    plan = ualetters.plan(case, sender("GB"), date=DATE)
    assert plan.letters == ()
    assert (
        "UA 112.19: no target for senders in GB (its targets are for senders in CA, US only)"
        in plan.warnings
    )


UPDATES = """
updates:
  - date: 2019-09-03
    kind: info
    text: {en: Two of them were released.}
    persons:
      - {person: Daniil Konon, status: released}
      - {person: 1, status: bail}
      - {person: Егор Жуков, status: released}
"""


def test_letters_speak_of_those_still_concerned() -> None:
    case = ualetters.load_case(MOSCOW.read_text(encoding="utf-8") + UPDATES)
    [before] = ualetters.plan(case, sender("GB"), date=DATE).letters
    [after] = ualetters.plan(case, sender("GB"), date=dt.date(2019, 9, 4)).letters
    assert [p.name["Latn"] for p in before.persons] == [  # type: ignore[index]
        "Daniil Konon",
        "Valery Kostenok",
        "Egor Zhukov",
    ]
    # Freed on bail is still concerned; released is not. The group has no status.
    assert [p.name["Latn"] for p in after.persons] == ["Valery Kostenok"]  # type: ignore[index]
    assert len(after.groups) == 1


NOBODY_LEFT = """
updates:
  - date: 2019-09-03
    kind: info
    text: {en: They were released.}
    persons:
      - {person: 0, status: released}
      - {person: 1, status: released}
      - {person: 2, status: dead}
"""


def without_group() -> str:
    text = MOSCOW.read_text(encoding="utf-8")
    start = text.index("groups:\n")
    return text[:start] + text[text.index("facts:\n") :] + NOBODY_LEFT


def test_nobody_left_is_refused_like_a_closed_case(tmp_path: Path) -> None:
    case = ualetters.load_case(without_group())
    with pytest.raises(CaseClosedError) as caught:
        ualetters.plan(case, sender("GB"), date=dt.date(2019, 9, 4))
    assert str(caught.value) == (
        "UA 112.19: nobody the case is about is still concerned on 4 September 2019 (Daniil "
        "Konon was released; Valery Kostenok was released; Egor Zhukov died); give an earlier "
        "date, or use allow_closed to write anyway"
    )
    # Before the update, and with allow_closed (letters then speak of everyone), it writes.
    assert ualetters.plan(case, sender("GB"), date=DATE).letters
    [anyway] = ualetters.plan(
        case, sender("GB"), date=dt.date(2019, 9, 4), allow_closed=True
    ).letters
    assert len(anyway.persons) == 3


def test_nobody_left_exits_with_the_closed_code(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(without_group(), encoding="utf-8")
    sender_file = tmp_path / "sender.toml"
    sender_file.write_text(
        '[sender]\nname = "Sam"\ncity = "London"\ncountry = "GB"\nlanguages = ["en"]\n',
        encoding="utf-8",
    )
    ran = run(
        "generate", path, "--sender", sender_file, "--date", "2019-09-04", "-o", tmp_path / "o"
    )
    assert ran.code == EXIT_CLOSED
    assert ran.stderr.startswith("error: UA 112.19: nobody the case is about is still concerned")
    assert "--allow-closed" in ran.stderr
    assert not (tmp_path / "o").exists()
    # A group still concerned keeps the case open.
    with_group = MOSCOW.read_text(encoding="utf-8") + NOBODY_LEFT
    assert ualetters.plan(
        ualetters.load_case(with_group), sender("GB"), date=dt.date(2019, 9, 4)
    ).letters


DEATH_PENALTY = """\
format: 2
id: two-at-risk
country: IR
title: {en: Executions imminent}
persons:
  - {name: Ahmad Example, gender: male}
  - {name: Mohsen Example, gender: male}
  - {name: Farah Example, gender: female, status: commuted}
facts:
  en: >-
    The death sentence of Farah Example has been commuted. Ahmad Example and his father
    Mohsen Example could be executed at any time.
demands: [{en: I urge you not to execute Ahmad Example and Mohsen Example.}]
targets:
  - {id: judiciary, title: {en: Head of the Judiciary}, email: info@example.ir}
"""


def test_a_person_whose_death_sentence_was_commuted_is_no_longer_spoken_of() -> None:
    # The UA names her in its facts; the subject and the opening speak of the two at risk.
    case = ualetters.load_case(DEATH_PENALTY)
    [letter] = ualetters.letters_for(case, sender("GB"), date=DATE)
    assert letter.subject == "Ahmad Example and Mohsen Example: Executions imminent"
    assert "Farah Example" not in letter.paragraphs[0].text
    assert any("Farah Example has been commuted" in p.text for p in letter.paragraphs)


def test_a_case_whose_persons_are_all_commuted_is_refused_like_a_closed_one() -> None:
    text = DEATH_PENALTY.replace("gender: male}", "gender: male, status: commuted}")
    with pytest.raises(CaseClosedError) as caught:
        ualetters.plan(ualetters.load_case(text), sender("GB"), date=DATE)
    assert str(caught.value).startswith(
        "two-at-risk: nobody the case is about is still concerned on 26 August 2019 (the death "
        "sentence of Ahmad Example was quashed or commuted; the death sentence of Mohsen "
        "Example was quashed or commuted; the death sentence of Farah Example was quashed or "
        "commuted)"
    )


def test_a_copy_letter_names_the_office_once_and_the_town_in_capitals() -> None:
    """UA 26.23's copy letter in French: the case's lines hold the organisation already."""
    boston = {"name": "Sam Example", "street": ["1 Beacon Street"], "postal_code": "02108",
              "city": "Boston", "area": "MA", "country": "US", "languages": ["fr"]}  # fmt: skip
    letters = ualetters.letters_for(
        ZHUMATAI, boston, date=dt.date(2023, 5, 8), lang="fr", copies=True
    )
    (copy_letter,) = (letter for letter in letters if letter.copy_of)
    assert copy_letter.recipient_lines == (
        "Monsieur le Directeur de l'antenne de Shayibake",
        "du Bureau de la sécurité publique d'Urumqi",
        "4 Jingyi Lu",
        "URUMQI",  # UPU: the place of destination in capitals on mail from abroad
        "XINJIANG UYGHUR AUTONOMOUS REGION, 830000",
        "CHINE",
    )


def zhumatai_with(tmp_path: Path, targets: str) -> tuple[Path, int]:
    """Return the UA 26.23 case with the copy's `targets:` written `targets`, and its line."""
    new = f"    targets: {targets}"
    text = ZHUMATAI.read_text(encoding="utf-8").replace("    targets: [secretary]", new)
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text.splitlines().index(new) + 1


@pytest.mark.parametrize(
    ("targets", "field", "reason"),
    [
        # An empty list would read as "no letter's copy" and mean every letter's.
        ("[]", "targets", "name at least one target, or leave out 'targets' for every target's"),
        ("[secretary, secretary]", "targets[1]", "'secretary' is listed twice: give it once"),
    ],
)
def test_an_empty_or_repeated_copy_target_is_refused_with_its_line(
    tmp_path: Path, targets: str, field: str, reason: str
) -> None:
    path, line = zhumatai_with(tmp_path, targets)
    ran = run("check", path, "--date", "2023-05-08")
    assert ran.code == 3, ran.stdout
    assert f"error: {path}:{line}: copies.*.{field}: {reason}\n" == ran.stderr


def test_copy_targets_may_be_written_as_words_like_only_for(tmp_path: Path) -> None:
    # Read as `languages: de, en` and `only_for: US CA` are, not as one id "secretary, embassy".
    path, _line = zhumatai_with(tmp_path, "secretary, embassy")
    case = ualetters.load_case(path)
    assert case.copies["*"][0].targets == ["secretary", "embassy"]
    ran = run("check", path, "--date", "2023-05-08")
    assert ran.code == 0, ran.stderr
    assert "    only with the letters to secretary, embassy\n" in ran.stdout
    # A word that is no id is still refused, at the line of its text.
    path, line = zhumatai_with(tmp_path, "secretary, Embassy")
    ran = run("check", path, "--date", "2023-05-08")
    assert ran.code == 3
    assert f"{path}:{line}: copies.*.targets: use lower-case letters" in ran.stderr


def test_check_warns_of_a_copy_no_sender_of_its_country_sends(tmp_path: Path) -> None:
    # The ambassador in Washington is written to by US senders only: a copy for GB senders
    # that goes with that letter alone is never sent.
    text = ZHUMATAI.read_text(encoding="utf-8").replace('copies:\n  "*":', "copies:\n  GB:", 1)
    text = text.replace("    targets: [secretary]", "    targets: [embassy]")
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    ran = run("check", path, "--date", "2023-05-08")
    assert ran.code == 0, ran.stderr
    assert (
        "    warning: no sender in GB sends this copy: the letters it goes with (embassy) are "
        "only for senders in US\n"
    ) in ran.stdout
    # A copy some sender of its country sends: no warning.
    ran = run("check", ZHUMATAI, "--date", "2023-05-08")
    assert "sends this copy" not in ran.stdout
