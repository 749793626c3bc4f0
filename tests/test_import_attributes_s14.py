"""Persons' attributes (fourteenth session), each family with made-up texts: a role's
modifiers stop at a comma or at a word that opens a list's examples ("after days in
detention, youth activists X", "those held, including student leader X"); a gender word
parted from the name by a colon or a bracket is another clause's ("the man replied: 'tell
X ...'"); German role nouns a woman's "-in" makes ("Ärztin"); a counted plural after "of"
("the killing of two women") is other people; a state's phrase that says an intention
("was scheduled to be executed"), a relative's death ("his wife died") or an earlier
release ("was previously detained ... and released") is no state of the person; a
participle after a name that is another noun's complement ("Le dossier de X a été traité")
gives no gender; a death Spanish says before its subjects ("murieron dos campesinos, A y
B") is theirs; a relative clause after the name's comma ("X, who was elected ...") and a
plural role a possessive opens ("According to his lawyers, X") give no role; an impersonal
French "il" ("Il y a") is no one's pronoun.

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


# -- 5. a participle after a name that is another noun's complement --------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ACTION URGENTE\nMilitante jugée\n\nLe dossier de Amara Velnik a été examiné par le "
            "tribunal pénal le 4 mai. Amara Velnik risque vingt ans de prison.\n\nÉcrivez "
            "immédiatement :\n- Abandonnez les charges.",
            "fr",
        ),
        (
            "ACCIÓN URGENTE\nActivista juzgada\n\nEl caso de Amara Velnik fue archivado por el "
            "juez el 4 de mayo. Amara Velnik sigue en prisión.\n\nEscriban inmediatamente:\n"
            "- Pidan su liberación.",
            "es",
        ),
    ],
)
def test_a_participle_agrees_with_the_noun_of_which_the_name_is_complement(
    text: str, language: str
) -> None:
    assert gender(persons(text, language), "Amara Velnik") == "unknown"


# -- 6. a death said before its subject; a gender word of the next one after "and" ----------


def test_a_spanish_death_before_its_subjects_is_theirs() -> None:
    found = persons(
        "ACCIÓN URGENTE\nAtaque paramilitar\n\nDurante el ataque murieron dos campesinos, "
        "Tobal Wenzira y Rafi Ostrander, y otro, el hijo de Rafi Ostrander, fue secuestrado. "
        "Murió también el padre de Amaru Quisbel, la defensora Amaru Quisbel.\n\nEscriban "
        "inmediatamente:\n- Pidan una investigación.",
        "es",
    )
    for name in ("Tobal Wenzira", "Rafi Ostrander"):
        assert found[name]["status"]["state"] == "dead", found[name]
        assert gender(found, name) == "unknown", found[name]
    assert "status" not in found["Amaru Quisbel"], found["Amaru Quisbel"]


# -- 7. a relative clause after the name's comma is no apposition ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "URGENT ACTION\nFormer deputy detained\n\nTobal Wenzira was arrested on 4 May. "
            "Tobal Wenzira, who was elected member of parliament for the northern district "
            "in 2010, had been detained before.\n\nPlease write immediately:\n- Release him.",
            "en",
        ),
        (
            "ACTION URGENTE\nAncien député détenu\n\nTobal Wenzira a été arrêté le 4 mai. "
            "Tobal Wenzira, qui avait été élu député du district nord en 2010, est détenu "
            "au secret.\n\nÉcrivez immédiatement :\n- Libérez-le.",
            "fr",
        ),
    ],
)
def test_a_relative_clause_gives_no_role(text: str, language: str) -> None:
    found = persons(text, language)
    assert role(found, "Tobal Wenzira") is None


def test_a_plural_role_a_possessive_opens_before_a_comma_is_not_the_names() -> None:
    found = persons(
        "URGENT ACTION\nDeath row prisoner\n\nAccording to his current lawyers, Tobal Wenzira "
        "acted in self-defence. Tobal Wenzira was sentenced to death in 2001.\n\nPlease write "
        "immediately:\n- Commute his death sentence.",
        "en",
    )
    assert role(found, "Tobal Wenzira") is None


# -- 8. an impersonal French "il" is no one's pronoun ---------------------------------------


@pytest.mark.parametrize("sentence", ["Il y a de fortes craintes", "Il est à craindre"])
def test_an_impersonal_il_gives_no_gender(sentence: str) -> None:
    found = persons(
        "ACTION URGENTE\nDéfenseur en détention\n\nAmara Velnik, défenseur des droits "
        f"humains, est en détention au secret depuis le 4 mai. {sentence} qu'on le torture."
        "\n\nÉcrivez immédiatement :\n- Libérez Amara Velnik.",
        "fr",
    )
    assert gender(found, "Amara Velnik") == "unknown"


# -- 9. "one of" after a copula gives the person the gender of its "one" -------------------


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        (
            "ACCIÓN URGENTE\nDefensores amenazados\n\nAmaru Quisbel es una de las cinco "
            "defensoras del río que recibieron amenazas el 4 de mayo.\n\nEscriban "
            "inmediatamente:\n- Pidan protección.",
            "es",
            "female",
        ),
        (
            "ACTION URGENTE\nMilitants arrêtés\n\nTobal Wenzira est l'un des membres du "
            "collectif arrêtés le 4 mai.\n\nÉcrivez immédiatement :\n- Libérez les membres.",
            "fr",
            "male",
        ),
        (
            "EILAKTION\nAnwälte in Haft\n\nAmara Velnik ist eine der Anwältinnen, die am 4. "
            "Mai festgenommen wurden.\n\nSchreiben Sie bitte:\n- Lassen Sie alle frei.",
            "de",
            "female",
        ),
    ],
)
def test_one_of_after_a_copula_gives_the_gender(text: str, language: str, wanted: str) -> None:
    found = persons(text, language)
    name = next(iter(found))
    assert gender(found, name) == wanted, found
