"""Persons never found and roles of rolls, as families, with made-up texts.

Every name, place and fact here is invented.

1. a broadcaster, school or university named before a person ("the correspondent of Radio
   Free Andes, A B", "der Direktor der Journalistenschule Tarija, A B", "Radio Libre Sahel",
   "la Universidad de X"): the organisation's words are no person, in every language;
2. a role after a dash on a marked roll's line ("A (f) / B (f) - members of X / C (m)"):
   the plural role belongs to that name and to the names above it down to the previous
   role, not to the names after it.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def persons(text: str, language: str) -> list[dict[str, Any]]:
    return parse_text(text, language=language).record.get("persons") or []


def names(text: str, language: str) -> list[str]:
    return [p["name"] for p in persons(text, language)]


# -- 1. an organisation's words before a name ---------------------------------------------------

_ORGANISATION_BEFORE = [
    (
        "URGENT ACTION\nBolivia: journalists jailed\n\n"
        "On 3 May a court sentenced the correspondent of Radio Free Andes, Mateo Quispe, and "
        "the deputy head of the Tarija School of Journalism, Rosa Condori, to prison terms.\n\n"
        "Write to the Attorney General.\n",
        "en",
        {"Mateo Quispe", "Rosa Condori"},
    ),
    (
        "EILAKTION\nBolivien: Journalisten in Haft\n\n"
        "Am 3. Mai verurteilte ein Gericht den Korrespondenten von Radio Freies Hochland, "
        "Mateo Quispe, sowie die stellvertretende Leiterin der Journalistenschule Tarija, Rosa "
        "Condori, zu Haftstrafen.\n\nBitte schreiben Sie an den Generalstaatsanwalt.\n",
        "de",
        {"Mateo Quispe", "Rosa Condori"},
    ),
    (
        "ACTION URGENTE\nNiger : des journalistes emprisonnés\n\n"
        "Le 3 mai, un tribunal a condamné le correspondant de Radio Libre Sahel, Issa Maiga, "
        "et la directrice adjointe de l'Université Abdou Kane, Aminata Soumana, à des peines "
        "de prison.\n\nÉcrivez au procureur général.\n",
        "fr",
        {"Issa Maiga", "Aminata Soumana"},
    ),
    (
        "ACCIÓN URGENTE\nBolivia: periodistas encarcelados\n\n"
        "El 3 de mayo un tribunal condenó al corresponsal de Radio Libre Andina, Mateo Quispe, "
        "y a la directora de la Universidad Mayor Tarija, Rosa Condori, a penas de prisión.\n\n"
        "Escriban al fiscal general.\n",
        "es",
        {"Mateo Quispe", "Rosa Condori"},
    ),
]


@pytest.mark.parametrize(("text", "language", "expected"), _ORGANISATION_BEFORE)
def test_a_broadcaster_or_school_before_a_name_is_no_person(
    text: str, language: str, expected: set[str]
) -> None:
    assert set(names(text, language)) == expected


# -- 2. a role after a dash on a marked roll ----------------------------------------------------

_DASHED = [
    (
        "URGENT ACTION\n\nEGYPT Amina Saleh (f)\n\nNour Hamdi (f)\n\nLayla Fathy (f) - members "
        "of the Equal Rights Campaign\n\nOmar Nabil (m)\n\nKhaled Samir (m)\n\n"
        "The nine were arrested on 3 May at a peaceful gathering in Cairo.\n",
        "en",
        "members of the Equal Rights Campaign",
    ),
    (
        "ACTION URGENTE\n\nÉGYPTE Amina Saleh (f)\n\nNour Hamdi (f)\n\nLayla Fathy (f) – membres "
        "de la Campagne pour l'égalité\n\nOmar Nabil (m)\n\nKhaled Samir (m)\n\n"
        "Ils ont été arrêtés le 3 mai lors d'un rassemblement pacifique au Caire.\n",
        "fr",
        "membres de la Campagne pour l'égalité",
    ),
]


@pytest.mark.parametrize(("text", "language", "role"), _DASHED)
def test_a_role_after_a_dash_on_a_roll_is_the_names_above(
    text: str, language: str, role: str
) -> None:
    found = {p["name"]: p.get("role") for p in persons(text, language)}
    assert list(found) == ["Amina Saleh", "Nour Hamdi", "Layla Fathy", "Omar Nabil", "Khaled Samir"]
    for name in ("Amina Saleh", "Nour Hamdi", "Layla Fathy"):
        assert found[name] == role, name
    for name in ("Omar Nabil", "Khaled Samir"):
        assert found[name] is None, name


# -- 3. a relative clause after a list says where its names are ---------------------------------

_WHERE_AFTER_LIST = [
    (
        "URGENT ACTION\nBelarus: protesters at risk\n\n"
        "The three protesters are Pavel Sidorenko, Olga Marchuk and Ivan Lebed, who are "
        "currently under sentence of death and could be executed at any time.\n\n"
        "Write to the Prosecutor General.\n",
        "en",
        "under sentence of death",
    ),
    (
        "ACTION URGENTE\nBélarus : des manifestants en danger\n\n"
        "Ces trois manifestants sont Pavel Sidorenko, Olga Marchuk et Ivan Lebed, qui se "
        "trouvent actuellement en détention provisoire à Minsk et risquent de lourdes peines.\n\n"
        "Écrivez au procureur général.\n",
        "fr",
        "en détention provisoire à Minsk",
    ),
    (
        "ACCIÓN URGENTE\nBielorrusia: manifestantes en peligro\n\n"
        "Los tres manifestantes son Pavel Sidorenko, Olga Marchuk y Ivan Lebed, quienes se "
        "encuentran actualmente en huelga de hambre y corren grave peligro.\n\n"
        "Escriban al fiscal general.\n",
        "es",
        "en huelga de hambre",
    ),
]


@pytest.mark.parametrize(("text", "language", "note"), _WHERE_AFTER_LIST)
def test_a_relative_clause_after_a_list_is_each_names_note(
    text: str, language: str, note: str
) -> None:
    found = {p["name"]: p.get("note") for p in persons(text, language)}
    for name in ("Pavel Sidorenko", "Olga Marchuk", "Ivan Lebed"):
        assert found.get(name) == note, name

    # what they are ("who are prisoners of conscience") is no note
    found = {
        p["name"]: p.get("note")
        for p in persons(
            "URGENT ACTION\nBelarus: protesters jailed\n\nAmong them are Pavel Sidorenko and "
            "Olga Marchuk, who are prisoners of conscience held for their beliefs.\n\n"
            "Write to the Prosecutor General.\n",
            "en",
        )
    }
    assert all(found.get(name) is None for name in ("Pavel Sidorenko", "Olga Marchuk"))
