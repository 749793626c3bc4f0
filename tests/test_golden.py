"""Golden letters: what the official reads, in every language, from senders in several countries.

A review of a golden diff is a review of the letters. Regenerate after a deliberate change
with `UPDATE_GOLDEN=1 uv run pytest tests/test_golden.py` and read the diff (tests/helpers.py);
every golden's hash is then listed in its language's review file (tests/test_reviews.py).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple

import pytest

import ualetters
from ualetters.layouts import LAYOUTS
from ualetters.places import place_name
from ualetters.printfit import predict_pages
from ualetters.typography import typeset_letter

from .helpers import CASE_FILE, DATA, GOLDEN, LETTER_DATE, SENDER_FILE, check_golden, run

# The CLI's own text letters of the bundled case: golden file -> (sender file, extra options).
CLI_CASES = {
    "askarov_president_de.txt": (DATA / "foundation_sender_de.toml", []),
    "askarov_president_de-CH.txt": (SENDER_FILE, []),
    "askarov_president_en.txt": (DATA / "foundation_sender_en.toml", []),
    "askarov_president_en-from-ch.txt": (SENDER_FILE, ["--lang", "en"]),
}


@pytest.mark.parametrize("golden", sorted(CLI_CASES))
def test_text_letter_matches_golden(golden: str, tmp_path: Path) -> None:
    sender, extra = CLI_CASES[golden]
    ran = run(
        "generate",
        CASE_FILE,
        "--sender",
        sender,
        "--date",
        "2020-07-23",
        "--format",
        "txt",
        "--out",
        tmp_path,
        *extra,
    )
    assert ran.code == 0, ran.stderr
    (written,) = tmp_path.iterdir()
    check_golden(golden, written.read_bytes())


def test_goldens_show_the_language_rules() -> None:
    """Guard the goldens themselves, so a careless UPDATE_GOLDEN cannot bless a wrong letter."""
    de = (GOLDEN / "askarov_president_de.txt").read_text(encoding="utf-8")
    ch = (GOLDEN / "askarov_president_de-CH.txt").read_text(encoding="utf-8")
    en = (GOLDEN / "askarov_president_en.txt").read_text(encoding="utf-8")
    en_ch = (GOLDEN / "askarov_president_en-from-ch.txt").read_text(encoding="utf-8")

    assert "\nBerlin, 23. Juli 2020\n" in de
    assert "\nSehr geehrter Herr Präsident,\n" in de
    # To a head of state (the target's rank): Germany and Austria's high-register closing.
    assert "\nMit vorzüglicher Hochachtung\n" in de
    assert "Kopie an: Botschaft der Kirgisischen Republik, Berlin\n" in de

    # Swiss German: no comma after the salutation, a capital after it, never "ß".
    assert "\nBern, 23. Juli 2020\n" in ch
    assert "\nSehr geehrter Herr Präsident\n\n" in ch
    body = ch.split("Sehr geehrter Herr Präsident\n\n", 1)[1]
    assert body[0].isupper()
    assert "ß" not in ch
    assert "\nHochachtungsvoll\n" in ch  # Switzerland keeps it
    assert "Kopie an: Botschaft der Kirgisischen Republik, Genf\n" in ch

    assert "\nLondon, 23 July 2020\n" in en
    assert "\nDear President,\n" in en
    assert "\nYours sincerely,\n" in en
    assert "Copy to:" not in en  # the case names no embassy for senders in the UK

    assert "\nBern, 23 July 2020\n" in en_ch
    # The country line in the letter's language, which Swiss Post reads (UPU: English).
    assert "720003 BISHKEK\nKYRGYZSTAN\n" in en_ch
    assert "Copy to: Embassy of the Kyrgyz Republic, Geneva\n" in en_ch

    for letter in (de, ch, en, en_ch):
        assert "Azimjan Askarov" in letter
        assert "720003 BISHKEK\n" in letter
        body = letter.split("\n\n", 4)[4]  # from the salutation on: wrapped for email
        assert max(len(line) for line in body.splitlines()) <= 72
        assert letter.endswith("\n") and not letter.endswith("\n\n")


# --- every language, from senders in several countries ----------------------------------


class Case(NamedTuple):
    path: Path
    date: dt.date
    target: str


CASES = {
    "askarov": Case(CASE_FILE, LETTER_DATE, "president"),
    # Three persons and a group, demands in every form (tests/data/letters/).
    "protesters": Case(
        DATA / "letters" / "russia-protesters.yaml", dt.date(2019, 9, 1), "investigative-committee"
    ),
}


class Sender(NamedTuple):
    lang: str  # the language the sender asks for
    tag: str  # the letter's language tag, with the sender's region where CLDR knows it
    country: str
    city: str
    postal_code: str
    area: str | None = None


# At least three countries per language; towns with and without a name in the language.
SENDERS = [
    Sender("de", "de-DE", "DE", "Berlin", "10115"),
    Sender("de", "de-AT", "AT", "Wien", "1010"),
    Sender("de", "de-CH", "CH", "Genève", "1204"),  # "aus Genf"
    Sender("en", "en-GB", "GB", "London", "N1 9GU"),
    Sender("en", "en-US", "US", "Boston", "02108", "MA"),
    Sender("en", "en-CH", "CH", "Genève", "1204"),  # "from Geneva"
    Sender("fr", "fr-FR", "FR", "Lyon", "69002"),
    Sender("fr", "fr-BE", "BE", "Bruxelles", "1000"),
    Sender("fr", "fr-CH", "CH", "Genève", "1204"),
    Sender("it", "it-IT", "IT", "Roma", "00184"),
    Sender("it", "it-CH", "CH", "Lugano", "6900"),
    Sender("it", "it", "DE", "Berlin", "10115"),  # "da Berlino"
    Sender("es", "es-ES", "ES", "Madrid", "28013"),
    Sender("es", "es", "FR", "Paris", "75001"),  # "desde París"
    Sender("es", "es", "CH", "Zürich", "8001"),  # "desde Zúrich"
    Sender("ru", "ru-RU", "RU", "Москва", "101000"),  # "из Москвы"
    Sender("ru", "ru", "DE", "Berlin", "10115"),  # "из Берлина"
    Sender("ru", "ru", "CH", "Onex", "1213"),  # no Russian name: no town in a sentence
    Sender("ar", "ar-EG", "EG", "Cairo", "11511"),  # "من القاهرة"
    Sender("ar", "ar", "FR", "Paris", "75001"),
    Sender("ar", "ar", "CH", "Wädenswil", "8820"),  # no Arabic name
]


def _slug(sender: Sender) -> str:
    town = place_name(sender.city, sender.country, "en") or sender.city  # Москва: Moscow
    plain = unicodedata.normalize("NFKD", town).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-")


def golden_name(case: str, sender: Sender) -> str:
    """Return the golden file of `case`'s letter from `sender`."""
    return f"letters/{case}/{sender.tag}_{sender.country}-{_slug(sender)}.txt"


def sender_of(sender: Sender) -> ualetters.Sender:
    """Return the example sender moved to `sender`'s town, writing its language."""
    base = ualetters.load_sender(SENDER_FILE).to_data()
    fields: dict[str, Any] = {
        **base,
        "city": sender.city,
        "postal_code": sender.postal_code,
        "country": sender.country,
        "languages": [sender.lang],
    }
    if sender.area:
        fields["area"] = sender.area
    return ualetters.load_sender(fields)


GOLDENS = [
    (case, sender)
    for case in CASES
    for sender in SENDERS
    if not (case == "askarov" and sender.lang == "ar")  # the bundled case has no Arabic text
]


def golden_letter(case: str, sender: Sender) -> ualetters.Letter:
    """Return the letter of golden (`case`, `sender`)."""
    record = CASES[case]
    letters = ualetters.letters_for(
        ualetters.load_case(record.path), sender_of(sender), date=record.date, lang=sender.lang
    )
    (letter,) = [letter for letter in letters if letter.target_id == record.target]
    return letter


@pytest.mark.parametrize(("case", "sender"), GOLDENS, ids=[golden_name(c, s) for c, s in GOLDENS])
def test_golden_letter(case: str, sender: Sender) -> None:
    letter = golden_letter(case, sender)
    assert letter.language == sender.tag
    check_golden(golden_name(case, sender), ualetters.to_text(letter))


@pytest.mark.parametrize(("case", "sender"), GOLDENS, ids=[golden_name(c, s) for c, s in GOLDENS])
def test_golden_letter_fits_one_page(case: str, sender: Sender) -> None:
    letter = typeset_letter(golden_letter(case, sender))
    for layout in ("din5008-b", "us"):
        assert predict_pages(letter, LAYOUTS[layout]).letter_pages == 1, layout


# Copy letters (--copies) to the Russian embassy in London, which the protesters case lists
# for senders in the UK: a letter in Arabic names it in Latin script (the Royal Mail and the
# embassy's post room read no Arabic); one in Russian, the language its staff read, in
# Russian, above the British delivery lines.
LONDON = {lang: Sender(lang, lang, "GB", "London", "N1 9GU") for lang in ("ar", "ru")}


def copy_golden_name(case: str, sender: Sender) -> str:
    """Return the golden file of `case`'s copy letter from `sender` to the first copy."""
    return golden_name(case, sender).replace(".txt", "_copy-gb-1.txt")


@pytest.mark.parametrize("lang", sorted(LONDON))
def test_golden_copy_letter(lang: str) -> None:
    record, sender = CASES["protesters"], LONDON[lang]
    case = ualetters.load_case(record.path)
    plan = ualetters.plan(case, sender_of(sender), date=record.date, lang=lang, copies=True)
    letters = dict(zip((p.stem for p in plan.letters), ualetters.render_letters(plan), strict=True))
    (stem,) = [stem for stem in letters if stem.endswith("_copy-gb-1")]
    check_golden(copy_golden_name("protesters", sender), ualetters.to_text(letters[stem]))


# The protesters case's letter to the Russian ambassador in Washington (senders in the US
# only), in every language: its demands are imperatives (en), first-person sentences (de,
# es) and infinitives or verbal nouns (fr, it, ru, ar), and each form is asked of an
# ambassador in its own way (the requests passed on to the government).
AMBASSADOR_LANGUAGES = ("de", "en", "fr", "it", "es", "ru", "ar")
BOSTON = {lang: Sender(lang, lang, "US", "Boston", "02108", "MA") for lang in AMBASSADOR_LANGUAGES}


@pytest.mark.parametrize("lang", AMBASSADOR_LANGUAGES)
def test_golden_letter_to_an_ambassador(lang: str) -> None:
    record, sender = CASES["protesters"], BOSTON[lang]
    letters = ualetters.letters_for(
        ualetters.load_case(record.path), sender_of(sender), date=record.date, lang=lang
    )
    (letter,) = [letter for letter in letters if letter.target_id == "ambassador"]
    name = golden_name("protesters", sender).replace(".txt", "_ambassador.txt")
    check_golden(name, ualetters.to_text(letter))
    assert predict_pages(typeset_letter(letter), LAYOUTS["us"]).letter_pages == 1


TRANSLATION_GOLDEN = "letters/askarov/ru+de-CH_CH-Bern.txt"


def test_golden_letter_with_courtesy_translation() -> None:
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    [letter] = ualetters.letters_for(
        case, sender, date=LETTER_DATE, lang="ru", with_translation=True
    )
    assert letter.translation is not None and letter.translation.language == "de-CH"
    check_golden(TRANSLATION_GOLDEN, ualetters.to_text(letter))
