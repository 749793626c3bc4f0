"""Persons' attributes (fourteenth session), each family with made-up texts: a role's
modifiers stop at a comma or at a word that opens a list's examples ("after days in
detention, youth activists X", "those held, including student leader X"); a gender word
parted from the name by a colon or a bracket is another clause's ("the man replied: 'tell
X ...'"); German role nouns a woman's "-in" makes ("Ärztin"); a counted plural after "of"
("the killing of two women") is other people.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import persons_by_name as persons
from .helpers import role


def gender(found: dict[str, dict[str, Any]], name: str) -> str:
    assert name in found, sorted(found)
    return str(found[name].get("gender", "unknown"))


# -- 1. a role's modifiers do not cross a comma or a list's "including" ----------------------


@pytest.mark.parametrize(
    ("text", "language", "names", "wanted"),
    [
        (
            "URGENT ACTION\nYouth activists on trial\n\nAfter more than ninety days in secret "
            "detention, student activists Tobal Wenzira and Rafi Ostrander were taken to court "
            "on 4 May.\n\nPlease write immediately:\n- Release them now.",
            "en",
            ["Tobal Wenzira", "Rafi Ostrander"],
            "student activist",
        ),
        (
            "URGENT ACTION\nProtesters beaten\n\nDozens were held in the barracks, including "
            "union leader Dario Vessant, and beaten on 3 June.\n\nPlease write immediately:\n"
            "- Release them now.",
            "en",
            ["Dario Vessant"],
            "union leader",
        ),
        (
            "AKTION\nAktivisten angeklagt\n\nNach Wochen in geheimer Haft, darunter "
            "Gewerkschafter Kiro Baltan, wurden die Aktivisten am 4. Mai angeklagt.\n\n"
            "Schreiben Sie bitte:\n- Lassen Sie sie frei.",
            "de",
            ["Kiro Baltan"],
            "Gewerkschafter",
        ),
    ],
)
def test_a_role_stops_at_a_comma_or_a_list_opener(
    text: str, language: str, names: list[str], wanted: str
) -> None:
    found = persons(text, language)
    for name in names:
        assert role(found, name) == wanted, found.get(name)


# -- 2. a gender word parted from the name by a colon or a bracket ---------------------------


def test_a_gender_word_before_a_quotation_is_not_the_named_persons() -> None:
    found = persons(
        "ACCIÓN URGENTE\nAmenazas de muerte\n\nLa defensora Amaru Quisbel recibió amenazas "
        "el 4 de mayo. Cuando su vecino contestó el teléfono, el hombre dijo: “avísele a "
        "Tiber Okalu que lo estamos vigilando”, y colgó. Tiber Okalu denunció las amenazas "
        "ante la policía.\n\nEscriban inmediatamente:\n- Pidan protección para ellos.",
        "es",
    )
    assert gender(found, "Tiber Okalu") == "unknown"


def test_a_gender_word_next_to_the_name_still_gives_it() -> None:
    found = persons(
        "ACCIÓN URGENTE\nAmenazas de muerte\n\nEl 4 de mayo, la mujer Amaru Quisbel recibió "
        "amenazas de muerte.\n\nEscriban inmediatamente:\n- Pidan protección para ella.",
        "es",
    )
    assert gender(found, "Amaru Quisbel") == "female"


# -- 4. German role nouns a woman's "-in" makes; a counted plural after "of" ----------------


def test_a_german_role_noun_in_in_gives_female_with_a_second_role() -> None:
    found = persons(
        "EILAKTION\nÄrztin in Haft\n\nDie bekannte Gewerkschafterin und Preisträgerin Amara "
        "Velnik wurde am 4. Mai in Varnholm festgenommen.\n\nSchreiben Sie bitte:\n- Lassen "
        "Sie sie frei.",
        "de",
    )
    assert gender(found, "Amara Velnik") == "female"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ACTION URGENTE\nDéfenseurs menacés\n\nTobal Wenzira et Rafi Ostrander, deux "
            "défenseurs des droits des paysans, ont reçu des menaces. Ils demandent justice "
            "pour le meurtre de deux femmes en 2019.\n\nÉcrivez immédiatement :\n- Protégez-les.",
            "fr",
        ),
        (
            "URGENT ACTION\nDefenders threatened\n\nTobal Wenzira and Rafi Ostrander, two "
            "defenders of peasants' rights, were threatened. They seek justice for the killing "
            "of two women in 2019.\n\nPlease write immediately:\n- Protect them.",
            "en",
        ),
    ],
)
def test_a_counted_plural_after_of_is_other_people(text: str, language: str) -> None:
    found = persons(text, language)
    for name in ("Tobal Wenzira", "Rafi Ostrander"):
        assert gender(found, name) == "unknown", found[name]


def test_the_counted_plural_of_the_named_still_gives_their_gender() -> None:
    found = persons(
        "URGENT ACTION\nActivists detained\n\nTobal Wenzira and Rafi Ostrander were arrested on "
        "3 May. Amnesty calls for the release of the two men.\n\nPlease write immediately:\n"
        "- Release them.",
        "en",
    )
    for name in ("Tobal Wenzira", "Rafi Ostrander"):
        assert gender(found, name) == "male", found[name]
