"""Real Urgent Actions, recorded as case files (tests/data/real/), go through the whole program.

Each file names its source in a header comment and holds only facts from it. Each passes
`check`; its letters are goldens in de, en, fr and ru (the languages the cases have), with
the copy letters in English and in Russian (a copy's recipient in Beijing or Tehran reads
neither Cyrillic nor a Russian country line). The list of goldens is `GOLDENS`, in this one
place: after a change of the templates, `UPDATE_GOLDEN=1 uv run pytest
tests/test_real_cases.py` writes them all again (read the diff).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import pytest

import ualetters

from .helpers import DATA, check_golden, run

REAL = DATA / "real"


class Real(NamedTuple):
    """A real case: the letter date of its goldens and where their sender lives."""

    date: dt.date
    sender: dict[str, object]


BOSTON = {"street": ["1 Beacon Street"], "postal_code": "02108", "city": "Boston", "area": "MA"}
SENDERS = {
    "US": {**BOSTON, "country": "US"},
    "GB": {"street": ["1 High St"], "postal_code": "SW1A 1AA", "city": "London", "country": "GB"},
    "DE": {"street": ["Musterstraße 1"], "postal_code": "10115", "city": "Berlin", "country": "DE"},
    "BE": {"street": ["Rue Haute 1"], "postal_code": "1000", "city": "Bruxelles", "country": "BE"},
}
# Each case with a date before its deadline, and a sender where its copies or its targets for
# one section's supporters only are theirs.
CASES = {
    "ua-235-17-zhen-jianghua": Real(dt.date(2018, 9, 20), SENDERS["GB"]),
    "ua-112-19-moscow-protesters": Real(dt.date(2019, 8, 26), SENDERS["US"]),
    "tony-germain-nkina": Real(dt.date(2022, 10, 3), SENDERS["BE"]),
    "ua-80-23-ibrahim-metwaly": Real(dt.date(2023, 9, 25), SENDERS["US"]),
    "ua-222-17-buzainafu-abudourexiti": Real(dt.date(2017, 10, 5), SENDERS["US"]),
    "ua-102-2010-daneshpour-moghadam": Real(dt.date(2013, 12, 2), SENDERS["DE"]),
    "ua-26-23-zhanargul-zhumatai": Real(dt.date(2023, 5, 8), SENDERS["US"]),
}
LANGUAGES = ("de", "en", "fr", "ru")
# The copy letters repeat the letter: a Latin-script language and a Cyrillic one show them.
COPY_LETTERS_IN = ("en", "ru")


def sender_for(name: str, lang: str) -> ualetters.Sender:
    """Return the golden sender of case `name` writing in `lang`."""
    return ualetters.load_sender({"name": "Sam Example", **CASES[name].sender, "languages": [lang]})


def letters(name: str, lang: str) -> list[tuple[str, ualetters.Letter]]:
    """Return the golden letters of a case in `lang`: (file stem, letter), copies included."""
    case = ualetters.load_case(REAL / f"{name}.yaml")
    plan = ualetters.plan(
        case,
        sender_for(name, lang),
        date=CASES[name].date,
        lang=lang,
        copies=lang in COPY_LETTERS_IN,
    )
    rendered = ualetters.render_letters(plan)
    return [(planned.stem, letter) for planned, letter in zip(plan.letters, rendered, strict=True)]


GOLDENS = [(name, lang) for name in CASES for lang in LANGUAGES]


def test_every_real_case_file_is_listed() -> None:
    assert sorted(path.stem for path in REAL.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("name", list(CASES))
def test_a_real_case_names_its_source_and_passes_check(name: str) -> None:
    path = REAL / f"{name}.yaml"
    header = path.read_text(encoding="utf-8").splitlines()[:3]
    assert any(line.startswith("# Source: https://") for line in header)
    ran = run("check", path, "--date", CASES[name].date.isoformat())
    assert ran.code == 0, ran.stderr
    assert "error" not in ran.stderr
    assert "letters possible in: de, en, fr, ru" in ran.stdout


@pytest.mark.parametrize(("name", "lang"), GOLDENS)
def test_real_case_letters_match_their_goldens(name: str, lang: str) -> None:
    found = letters(name, lang)
    assert found
    for stem, letter in found:
        assert letter.language.split("-")[0] == lang
        check_golden(f"real/{stem}.txt", ualetters.to_text(letter))


def test_the_goldens_on_disk_are_those_of_the_list() -> None:
    expected = {f"{stem}.txt" for name, lang in GOLDENS for stem, _letter in letters(name, lang)}
    folder = Path(__file__).parent / "golden" / "real"
    assert {path.name for path in folder.glob("*.txt")} == expected


def test_the_russian_text_form_keeps_a_dates_day_with_its_month() -> None:
    """Sent by email, the text form is what the office reads: no "13 / октября" at a line end."""
    ((_stem, letter),) = letters("tony-germain-nkina", "ru")
    text = ualetters.to_text(letter)
    assert "13\u00a0октября\u00a02020\u00a0года" in text
    assert not any(line.rstrip().endswith(" 13") for line in text.splitlines())


def test_the_german_text_form_keeps_a_date_on_one_line() -> None:
    """DIN 5008: "am 4." at a line end reads like a sentence's end (native review, round 11)."""
    ((_stem, letter),) = letters("tony-germain-nkina", "de")
    body = ualetters.to_text(letter).replace(letter.place_date, "")  # the date line stands alone
    dates = re.findall(r"\d{1,2}\.\s\w+\s\d{4}", body)
    assert dates and all("\n" not in date and " " not in date for date in dates), dates


def test_the_german_text_form_keeps_a_day_with_its_month_without_a_year() -> None:
    """ "27. Juli, 3. und 10. August 2019": each day stays with its month (round 12)."""
    letter = next(letter for _stem, letter in letters("ua-235-17-zhen-jianghua", "de"))
    body = ualetters.to_text(letter).replace(letter.place_date, "")
    days = re.findall(r"\d{1,2}\.\s(?:Januar|Februar|März|April|Mai|Juni|Juli|August|"
                      r"September|Oktober|November|Dezember)", body)  # fmt: skip
    assert days and all("\u00a0" in day for day in days), days


def test_german_typography_keeps_a_range_of_days_with_its_month() -> None:
    from ualetters.typography import plain_text_spaces

    assert plain_text_spaces("zwischen dem 3. und 5. Mai, seit 2010. Am 4. Jänner", "de-AT") == (
        "zwischen dem 3.\u00a0und\u00a05.\u00a0Mai, seit 2010. Am 4.\u00a0Jänner"
    )


def test_a_long_copy_line_wraps_under_its_recipient_with_two_more_spaces() -> None:
    """Round 14 (es): a copy line of 96 characters stood on one line in the text form."""
    letter = next(
        letter
        for stem, letter in letters("ua-26-23-zhanargul-zhumatai", "ru")
        if stem == "ua-26-23_secretary_ru_copy-all-1"
    )
    text = ualetters.to_text(letter)
    assert all(len(line) <= 72 for line in text.splitlines() if line.startswith(("Копия", "  ")))
    assert "Копия: Начальнику отделения района Сайбаг Управления общественной\n" in text
    assert "\n         безопасности города Урумчи\n" in text  # "Копия: " is 7 wide, then 2 more


def test_a_long_copy_marker_wraps_after_a_comma() -> None:
    """Round 16 (en, fr): no break inside "Guangdong Provincial / Department of …"."""
    letter = next(
        letter
        for stem, letter in letters("ua-235-17-zhen-jianghua", "en")
        if stem == "ua-235-17_director_en_copy-all-1"
    )
    assert (
        "Copy of my letter to Li Chunsheng, Director,\n"
        "Guangdong Provincial Department of Public Security\n"
    ) in ualetters.to_text(letter)
