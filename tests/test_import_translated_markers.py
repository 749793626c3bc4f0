"""The Secretariat's translated UAs: gender markers in the language's own letters, a country
in capitals before the first name, and persons who share a first name.

Made-up texts in the layout of the Spanish, French and German translations.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text
from ualetters.importer.persons import _same

HEAD = {
    "es": "AU 12/09 Temor de tortura\n\n{country} {a} ({male})\n\n{b} ({female}), de 28 años\n\n"
    "Estas dos personas se encuentran recluidas en régimen de incomunicación.\n",
    "fr": "AU 12/09 Craintes de torture\n\n{country} {a} ({male})\n\n{b} ({female}), 28 ans\n\n"
    "Ces deux personnes sont détenues au secret et risquent d'être torturées.\n",
    "de": "UA 12/09 Folter befürchtet\n\n{country} {a} ({male})\n\n{b} ({female}), 28 Jahre\n\n"
    "Die beiden Personen werden ohne Kontakt zur Außenwelt festgehalten.\n",
}


@pytest.mark.parametrize(
    ("language", "country", "male", "female"),
    [
        ("es", "ARABIA SAUDÍ", "h", "m"),
        ("fr", "ARABIE SAOUDITE", "h", "f"),
        ("de", "SAUDI-ARABIEN", "m", "w"),
    ],
)
def test_gender_markers_in_the_languages_own_letters(
    language: str, country: str, male: str, female: str
) -> None:
    text = HEAD[language].format(
        country=country, a="Hassan Ejemplo al-Sadiq", b="Zahra Ejemplo", male=male, female=female
    )
    record = parse_text(text, name="made-up").record
    assert record["language"] == language
    people = [(p["name"], p["gender"]) for p in record["persons"]]
    assert people == [("Hassan Ejemplo al-Sadiq", "male"), ("Zahra Ejemplo", "female")]


def test_an_english_text_reads_m_as_male_and_takes_no_h() -> None:
    text = "UA 12/09 Fear of torture\n\nSAUDI ARABIA Hassan Example (m), Zahra Example (f)\n"
    record = parse_text(text, name="made-up").record
    assert [(p["name"], p["gender"]) for p in record["persons"]] == [
        ("Hassan Example", "male"),
        ("Zahra Example", "female"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Muhammad 'Ali Muhammad al-Sfawani", "Muhammad 'Arif Muhammad al-Dahim", False),
        ("Alaa Abd El-Fattah", "Alaa Abdel Fatah", True),
        ("Oleg Senzow", "Oleg Sentsov", True),
        ("Luis Manuel Otero Alcántara", "Luis Manuel Otero", True),
    ],
)
def test_a_shared_first_name_is_not_one_person(a: str, b: str, same: bool) -> None:
    assert _same(a, b) is same
