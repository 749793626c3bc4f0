"""Targets and copies the importer missed or misread on unseen pages (tenth session), each
family with made-up texts.

Every name, address and number here is invented. The families: a salutation given in two
languages with a slash, where one half is in words no table holds ("Your Majesty /
Majestät", "Attorney General/Señor Fiscal General"), and a model letter's salutation to a
prince or king ("Monseigneur").
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def targets(text: str) -> list[dict[str, Any]]:
    return list(parse_text(text).record.get("targets") or [])


# -- 1. A salutation in two languages, one half in no table's words ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi-Arabien: Blogger ausgepeitscht\n\n"
            "Der Blogger Karim Haddad wurde am 3. Mai zu 200 Stockschlägen verurteilt.\n\n"
            "Schreiben Sie bitte an:\n"
            "KÖNIG\n"
            "King Faisal bin Omar Al Hamad\n"
            "Royal Court, Riyadh, SAUDI-ARABIEN\n"
            "(Anrede: Your Majesty / Majestät)\n"
            "Fax: (00 966) 11 400 1234\n",
            {"en": "Your Majesty", "de": "Majestät"},
        ),
        (
            "Ecuador: Aktivist bedroht\n\n"
            "The activist Tomás Arregui was threatened on 4 June in Quito.\n\n"
            "Please write to:\n"
            "Attorney General\n"
            "Miguel Ortega Paz\n"
            "Avenida Patria 120, Quito, Ecuador\n"
            "Email: fiscal@fiscalia.example.ec\n"
            "Salutation: Attorney General/Señor Fiscal General\n",
            {"en": "Attorney General", "es": "Señor Fiscal General"},
        ),
        (
            "Honduras: protesters detained\n\n"
            "The protesters Ana Lagos and Rui Mejía were arrested on 4 June in Tegucigalpa.\n\n"
            "Please write to:\n"
            "Minister of Security\n"
            "Ramón Castillo Vega\n"
            "Colonia Palmira 44, Tegucigalpa, Honduras\n"
            "Email: ministro@seguridad.example.hn\n"
            "Salutation: Dear Minister/Sr. Ministro\n",
            {"en": "Dear Minister", "es": "Sr. Ministro"},
        ),
    ],
)
def test_a_salutation_in_two_languages_is_split_by_language(
    text: str, expected: dict[str, str]
) -> None:
    found = targets(text)
    assert found and found[0].get("salutation") == expected


@pytest.mark.parametrize(
    ("salutation", "expected"),
    [
        ("Dear Sir/Madam", "Dear Sir/Madam"),  # one language, two forms
        ("Señor/Señora Ministro", "Señor/Señora Ministro"),
    ],
)
def test_a_salutation_with_a_slash_in_one_language_stays_whole(
    salutation: str, expected: str
) -> None:
    text = (
        "Colombia: activist threatened\n\n"
        "The activist Tomás Arregui was threatened on 4 June in Bogotá.\n\n"
        "Please write to:\n"
        "Attorney General\n"
        "Miguel Ortega Paz\n"
        "Carrera 7 No. 12-45, Bogotá, Colombia\n"
        "Email: fiscal@fiscalia.example.co\n"
        f"Salutation: {salutation}\n"
    )
    found = targets(text)
    assert found and found[0].get("salutation") == expected


def test_a_model_letter_to_a_prince_gives_its_salutation() -> None:
    text = (
        "Arabie saoudite : un avocat condamné\n\n"
        "Le 3 mai 2021, l'avocat Karim Haddad a été condamné à 12 ans de prison.\n\n"
        "Veuillez écrire une lettre courtoise en arabe ou en français au roi Faisal bin Omar "
        "Al Hamad :\n\n"
        "PROPOSITION DE LETTRE\n\n"
        "Monseigneur\n\n"
        "Le 3 mai 2021, l'avocat Karim Haddad a été condamné à 12 ans de prison.\n"
    )
    found = targets(text)
    assert found and found[0].get("salutation") == "Monseigneur"
