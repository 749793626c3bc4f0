"""Golden letters to monarchs in French, Spanish and Russian (issue #13, native review cases).

The King of Morocco and the Emir of Qatar (tests/data/native/) are addressed as a "Majesté"
/ "Altesse", "Majestad" / "Alteza", "Величество" / "Высочество": in the address block (in
Latin script where a Russian letter goes to a post that reads no Cyrillic), the salutation
and the closing. The letters are dated within the cases' time (after the UAs of March 2034:
a letter dated before the arrest it reports is not taken seriously, round 18). Regenerate
with `UPDATE_GOLDEN=1 uv run pytest tests/test_golden_monarchs.py` and have the letters read
(scripts/review_hashes.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

import ualetters

from .helpers import DATA, LETTER_DATE, check_golden

MOROCCO = DATA / "native" / "morocco-journalist.yaml"
QATAR = DATA / "native" / "qatar-workers.yaml"
CASES = {"king": MOROCCO, "emir": QATAR}

SENDERS: dict[str, dict[str, Any]] = {
    "fr": {"name": "Julien Martin", "street": ["12 rue Mercière"], "postal_code": "69002",
           "city": "Lyon", "country": "FR"},
    "es": {"name": "Lucía García", "street": ["Calle Mayor 10"], "postal_code": "28013",
           "city": "Madrid", "country": "ES"},
    "ru": {"name": "Анна Иванова", "street": ["ул. Тверская, д. 7, кв. 12"],
           "postal_code": "125009", "city": "Москва", "country": "RU"},
}  # fmt: skip
TOWNS = {"fr": "FR-Lyon", "es": "ES-Madrid", "ru": "RU-Moscow"}
# A week after the later UA (8 March 2034).
MONARCH_DATE = dt.date(2034, 3, 14)


def letter_to(target: str, lang: str, sender: dict[str, Any] | None = None) -> ualetters.Letter:
    """Return the letter in `lang` to the native review case's king or emir (`target`)."""
    sender = {**(sender or SENDERS[lang]), "languages": [lang]}
    letters = ualetters.letters_for(
        CASES[target], sender, date=MONARCH_DATE, lang=lang, copies=True
    )
    (letter,) = [letter for letter in letters if letter.target_id == target]
    return letter


# What a reader sees first: the block's first line, the salutation, the closing.
EXPECTED = {
    ("fr", "emir"): (
        "Son Altesse le Cheikh Tamim ben Hamad Al Thani",
        "Altesse,",
        "Je vous prie d'agréer, Altesse, l'expression de mon très profond respect.",
    ),
    ("es", "king"): ("Su Majestad Mohamed VI", "Majestad:", "Con mi más profundo respeto,"),
    ("es", "emir"): (
        "Su Alteza el Jeque Tamim bin Hamad Al Thani",
        "Alteza:",
        "Con mi más profundo respeto,",
    ),
    # Rabat's and Doha's posts read no Cyrillic: the block in English, with the dignity.
    ("ru", "king"): ("His Majesty Mohammed VI", "Ваше Величество!", "С глубоким уважением,"),
    ("ru", "emir"): (
        "His Highness Sheikh Tamim bin Hamad Al Thani",
        "Ваше Высочество!",
        "С глубоким уважением,",
    ),
}


@pytest.mark.parametrize(("lang", "target"), sorted(EXPECTED))
def test_a_letter_to_a_monarch_names_and_greets_his_dignity(lang: str, target: str) -> None:
    letter = letter_to(target, lang)
    first_line, salutation, closing = EXPECTED[lang, target]
    assert letter.language == f"{lang}-{TOWNS[lang][:2]}"
    assert letter.recipient_lines[0] == first_line
    assert (letter.salutation, letter.closing) == (salutation, closing)
    text = ualetters.to_text(letter)
    for excellency in ("Excellence", "Excelentísimo", "Excelencia", "Превосходительство"):
        assert excellency not in text
    check_golden(f"letters/monarchs/{letter.language}_{TOWNS[lang]}_{target}.txt", text)


def test_a_french_block_names_a_sheikh_and_the_emirs_office_under_him() -> None:
    """French protocol: "Son Altesse le Cheikh Tamim …" over "Émir de l'État du Qatar"."""
    letter = letter_to("emir", "fr")
    assert letter.recipient_lines[:3] == (
        "Son Altesse le Cheikh Tamim ben Hamad Al Thani",
        "Émir de l'État du Qatar",
        "Diwan Amiri",
    )
    # A king's block says the office in the name line: no title line repeats it.
    king = letter_to("king", "fr")
    assert king.recipient_lines[:2] == ("Sa Majesté le Roi Mohammed VI", "Cabinet royal")


MALAGA = {"name": "Ana Torres", "street": ["Calle Larios 3"], "postal_code": "29005",
          "city": "Málaga", "country": "ES"}  # fmt: skip


@pytest.mark.parametrize(("target", "dignity"), [("king", "Su Majestad"), ("emir", "Su Alteza")])
def test_a_spanish_letter_to_a_monarch_never_calls_him_usted(target: str, dignity: str) -> None:
    """The opening a supporter in Málaga draws says "Me dirijo a Su Majestad", not "a usted"."""
    letter = letter_to(target, "es", MALAGA)
    text = ualetters.to_text(letter)
    assert f"Me dirijo a {dignity} desde Málaga porque" in text
    assert "usted" not in text
    assert letter.closing == "Con mi más profundo respeto,"
    check_golden(f"letters/monarchs/{letter.language}_ES-Malaga_{target}.txt", text)


# Senders who draw each of the three lead-ins before infinitives.
@pytest.mark.parametrize(
    ("name", "lead"),
    [
        ("Inés Castro", "Por ello, le ruego respetuosamente que tenga a bien:"),
        ("Ana Torres", "Por todo ello, le ruego encarecidamente que tenga a bien:"),
        ("Rosa Vidal", "En consecuencia, le ruego con todo respeto que tenga a bien:"),
    ],
)
def test_spanish_infinitives_to_a_monarch_follow_a_request_not_an_urging(
    name: str, lead: str
) -> None:
    """ "Le ruego … que tenga a bien:", never "le insto" or "le exhorto", before a sovereign."""
    case = ualetters.load_case(MOROCCO)
    case = dataclasses.replace(
        case,
        demands=[
            {**demand, "es": infinitive}
            for demand, infinitive in zip(
                case.demands[:2],
                ["Poner en libertad a Samir Alaoui.", "Retirar todos los cargos contra él."],
                strict=True,
            )
        ],
    )
    sender = {**MALAGA, "name": name, "languages": ["es"]}
    letters = ualetters.letters_for(case, sender, date=MONARCH_DATE, lang="es")
    (letter,) = [letter for letter in letters if letter.target_id == "king"]
    text = ualetters.to_text(letter)
    assert f"\n{lead}\n\n- Poner en libertad a Samir Alaoui.\n" in text
    assert "insto" not in text and "exhorto" not in text and "usted" not in text


def test_a_spanish_block_does_not_repeat_the_dignity_a_name_carries() -> None:
    """A name the case gives with "Su Majestad" gets no second one."""
    case = ualetters.load_case(MOROCCO)
    king = next(target for target in case.targets if target.id == "king")
    named = dataclasses.replace(king, name={"es": "Su Majestad el Rey Mohamed VI"})
    case = dataclasses.replace(case, targets=[named])
    sender = {**SENDERS["es"], "languages": ["es"]}
    (letter,) = ualetters.letters_for(case, sender, date=LETTER_DATE, lang="es")
    assert letter.recipient_lines[0] == "Su Majestad el Rey Mohamed VI"


@pytest.mark.parametrize(
    ("title", "line", "salutation"),
    [
        ("Principe ereditario del Regno dell'Arabia Saudita", "S.A.R. Mohammed bin Salman",
         "Altezza Reale,"),
        ("Sua Altezza Reale il Principe ereditario", "S.A.R. Mohammed bin Salman",
         "Altezza Reale,"),
        ("Principe ereditario", "S.A. Mohammed bin Salman", "Altezza,"),
    ],
)  # fmt: skip
def test_an_italian_crown_prince_of_a_kingdom_is_a_royal_highness(
    title: str, line: str, salutation: str
) -> None:
    """ "S.A.R." before the name where the salutation says "Altezza Reale", never "S.A."."""
    case = ualetters.load_case(QATAR)
    prince = dataclasses.replace(
        case.targets[0],
        name={"Latn": "Mohammed bin Salman"},
        title={"it": title, "en": "Crown Prince"},
        salutation={},
        addressee={},
    )
    case = dataclasses.replace(case, targets=[prince])
    rome = {"name": "Marco Bianchi", "street": ["Via del Corso 100"], "city": "Roma",
            "postal_code": "00186", "area": "RM", "country": "IT", "languages": ["it"]}  # fmt: skip
    (letter,) = ualetters.letters_for(case, rome, date=LETTER_DATE, lang="it")
    assert letter.recipient_lines[0] == line
    assert letter.salutation == salutation
