"""Persons' attributes (fourteenth session), each family with made-up texts: a role's
modifiers stop at a comma or at a word that opens a list's examples ("after days in
detention, youth activists X", "those held, including student leader X"); a gender word
parted from the name by a colon or a bracket is another clause's ("the man replied: 'tell
X ...'"); a state's phrase that says an intention ("was scheduled to be executed") or a
relative's death ("His wife died") is no state of the person.

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


# -- 3. an intention or a relative's death is no state of the person ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "URGENT ACTION\nExecution feared\n\nTobal Wenzira was scheduled to be executed on 22 "
        "October, but the hanging did not take place.\n\nPlease write immediately:\n- Commute "
        "his death sentence.",
        "URGENT ACTION\nExecution feared\n\nTobal Wenzira is at risk of execution. Tobal "
        "Wenzira was due to be hanged on 3 March.\n\nPlease write immediately:\n- Commute his "
        "death sentence.",
        "URGENT ACTION\nActivist detained again\n\nTobal Wenzira was arrested on 4 May. Tobal "
        "Wenzira was previously detained in 2015 and was released in March 2016.\n\nPlease "
        "write immediately:\n- Release him now.",
        "URGENT ACTION\nExecution feared\n\nTobal Wenzira has been on death row since 2001, and "
        "his wife died of an illness in 2009.\n\nPlease write immediately:\n- Commute his "
        "death sentence.",
    ],
)
def test_no_state_from_an_intention_or_a_relatives_death(text: str) -> None:
    found = persons(text, "en")
    assert "status" not in found["Tobal Wenzira"], found["Tobal Wenzira"]


def test_a_state_said_of_the_person_still_counts() -> None:
    found = persons(
        "URGENT ACTION\nActivist executed\n\nTobal Wenzira was executed on 22 October 2019 "
        "in the central prison.\n\nPlease write immediately:\n- Investigate his execution.",
        "en",
    )
    assert found["Tobal Wenzira"]["status"]["state"] == "executed"


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


def test_the_counted_plural_after_a_contracted_article_is_the_named() -> None:
    found = persons(
        "ACTION URGENTE\nMilitants détenus\n\nTobal Wenzira et Rafi Ostrander ont été arrêtés "
        "le 3 mai. Amnesty demande la libération des deux hommes.\n\nÉcrivez immédiatement :\n"
        "- Libérez-les.",
        "fr",
    )
    for name in ("Tobal Wenzira", "Rafi Ostrander"):
        assert gender(found, name) == "male", found[name]
