"""Persons' roles and status and the groups the importer finds, each family with made-up texts
(eleventh session, second wave): a counted lead whose list names one fewer and then "a sixth
detained man, X", ...

Every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import persons_by_name as persons
from .helpers import role

# -- 1. "Six X ... A, B, C, D and E ... A sixth detained man, F": the last of a counted lead ----


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "URGENT ACTION\nFour Kenyan students detained\n\nFour Kenyan student activists "
            "are held incommunicado in Norbridge. \n\nTomas Avrilo, Kemal Dursana and Piet "
            "Oranjevelt, all men, were arrested at a rally on 3 May. A fourth detained man, "
            "Joren Salvik, was taken from his home two days later. Their families fear for "
            "their safety.\n",
            "en",
            ("Tomas Avrilo", "Kemal Dursana", "Piet Oranjevelt", "Joren Salvik"),
            "Kenyan student activists",
        ),
        (
            "URGENT ACTION\nFive prisoners on hunger strike\n\nFive Tamazi prisoners of "
            "conscience have stopped eating in Norbridge jail. \n\nLio Faranse, Omar "
            "Beltassi, Yunes Karrado and Ali Menzar have refused food since 2 March. A fifth "
            "detained man, Sidi Omravel, joined them on 9 March.\n",
            "en",
            ("Lio Faranse", "Omar Beltassi", "Yunes Karrado", "Ali Menzar", "Sidi Omravel"),
            "Tamazi prisoners of conscience",
        ),
        (
            "ACTION URGENTE\nTrois syndicalistes détenus\n\nTrois syndicalistes congolais sont "
            "détenus à Norbourg. \n\nTomas Avrilo et Kemal Dursana ont été arrêtés le 3 mai. Un "
            "troisième homme, Joren Salvik, a été arrêté chez lui deux jours plus tard.\n",
            "fr",
            ("Tomas Avrilo", "Kemal Dursana", "Joren Salvik"),
            "syndicalistes congolais",
        ),
    ],
)
def test_a_counted_lead_whose_last_member_comes_with_an_ordinal(
    text: str, language: str, names: tuple[str, ...], expected: str
) -> None:
    found = persons(text, language)
    for name in names:
        assert role(found, name) == expected


def test_an_ordinal_of_another_count_adds_no_one() -> None:
    text = (
        "URGENT ACTION\nFour Kenyan students detained\n\nFour Kenyan student activists are "
        "held incommunicado in Norbridge. \n\nTomas Avrilo, Kemal Dursana and Piet Oranjevelt, "
        "all men, were arrested at a rally on 3 May. A sixth man, Joren Salvik, was taken from "
        "his home two days later.\n"
    )
    found = persons(text, "en")
    assert role(found, "Joren Salvik") != "Kenyan student activists"


# -- 2. "les grévistes de la faim A, B et C": a plural role phrase before a list of names -------


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "ACTION URGENTE\nDes détenus à l'isolement\n\nLe 3 avril, les grévistes de la faim "
            "Tomas Avrilo, Kemal Dursana et Piet Oranjevelt ont été placés à l'isolement dans "
            "la prison de Norbourg.\n",
            "fr",
            ("Tomas Avrilo", "Kemal Dursana", "Piet Oranjevelt"),
            "grévistes de la faim",
        ),
        (
            "URGENT ACTION\nPrisoners in solitary confinement\n\nOn 3 April the hunger strikers "
            "Tomas Avrilo, Kemal Dursana and Piet Oranjevelt were moved to solitary confinement "
            "in Norbridge prison.\n",
            "en",
            ("Tomas Avrilo", "Kemal Dursana", "Piet Oranjevelt"),
            "hunger strikers",
        ),
        (
            "ACCIÓN URGENTE\nPresos aislados\n\nEl 3 de abril, los huelguistas de hambre Tomás "
            "Avrilo, Kemal Dursana y Pedro Oranjevelt fueron trasladados a celdas de aislamiento "
            "en la prisión de Norte.\n",
            "es",
            ("Tomás Avrilo", "Kemal Dursana", "Pedro Oranjevelt"),
            "huelguistas de hambre",
        ),
    ],
)
def test_a_plural_role_phrase_before_a_list_of_names(
    text: str, language: str, names: tuple[str, ...], expected: str
) -> None:
    found = persons(text, language)
    for name in names:
        assert role(found, name) == expected


# -- 3. "A (f), B, C - all members of the National Executive of X": a roll's shared membership --


def test_a_roll_whose_names_are_all_members_of_one_body() -> None:
    text = (
        "UA 412/99   Fear for safety   3 May 1999\n\n"
        "VELTRIA  Ana Lisbo (f), Tomas Avrilo, Piet Oranjevelt,\n"
        "Kemal Dursana (m) - all members of the National Board of the Sindicato Unido de\n"
        "Carteros (SUC), Postal Workers' Union, and Rosa Menzar (f), a leader of the\n"
        "Federación Nacional (FN)\n\n"
        "There is serious concern for the safety of the above-named after they received death "
        "threats.\n"
    )
    found = persons(text, "en")
    expected = "member of the National Board of the Sindicato Unido de Carteros (SUC)"
    for name in ("Ana Lisbo", "Tomas Avrilo", "Kemal Dursana", "Piet Oranjevelt"):
        assert role(found, name) == expected
    assert role(found, "Rosa Menzar") != expected
