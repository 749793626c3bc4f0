"""Persons the importer finds, each family with made-up texts (twelfth session): a marked
name that a page's label ("Écrire", "Escribe") or a cut copy's ellipsis ("... A (h)",
"A ... (f)") stands against, and a gendered plural noun before a list of names, with words
between ("deux jeunes hommes, A et B", "les frères jumeaux A et B").

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import persons_by_name as persons


def gender(found: dict[str, dict[str, Any]], name: str) -> str:
    assert name in found, sorted(found)
    return str(found[name].get("gender", "unknown"))


# -- 1. a marked name with a page's label or an ellipsis against it ----------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            # a site's label before the headline that is the marked roll
            "Écrire Lucie Inventaire (f), pharmacienne ; Paul Exemplon (h), menuisier ...\n\n"
            "... Marc Testard (h), membre du comité du Parti de l’Exemple AU 99/09 Les trois "
            "personnes nommées ci-dessus ont été arrêtées le 3 mai à Villebourg.\n",
            "fr",
            {"Lucie Inventaire": "female", "Paul Exemplon": "male", "Marc Testard": "male"},
        ),
        (
            "Écrire Hugo Fictif (h), 19 ans\n\nAction complémentaire sur l’AU 12/08. Le jeune "
            "homme risque d’être exécuté à Villebourg.\n",
            "fr",
            {"Hugo Fictif": "male"},
        ),
        (
            "Escribe Rosa Inventada (m) y Pedro Ficticio (h)\n\nAcción Urgente 14/21. Rosa "
            "Inventada y Pedro Ficticio fueron detenidos en Villanueva.\n",
            "es",
            {"Rosa Inventada": "female", "Pedro Ficticio": "male"},
        ),
        (
            # the roll's last line, a name the notice could not give whole
            "Further information on UA 12/91 - Fear of torture\nTom Madeup (m)\n"
            "plus, new name: Elsa ... (f)\nOn 2 March Tom Madeup was released.\n",
            "en",
            {"Tom Madeup": "male", "Elsa": "female"},
        ),
    ],
)
def test_a_label_or_an_ellipsis_is_no_part_of_a_marked_name(
    text: str, language: str, expected: dict[str, str]
) -> None:
    found = persons(text, language)
    assert set(found) == set(expected), sorted(found)
    for name, said in expected.items():
        assert gender(found, name) == said


# -- 2. a gendered plural noun before a list, with words between -----------------------------


@pytest.mark.parametrize(
    ("text", "language", "names", "said"),
    [
        (
            "ACTION URGENTE\nMenaces à Villebourg\nLe 3 mai, deux jeunes hommes, Paul "
            "Exemplon et Marc Testard, ont été blessés par des inconnus à Villebourg.\n",
            "fr",
            ("Paul Exemplon", "Marc Testard"),
            "male",
        ),
        (
            "ACTION URGENTE\nDes prisonniers libérés\nLe 7 mai, les frères jumeaux Paul "
            "Exemplon et Marc Exemplon ont été libérés de la prison de Villebourg.\n",
            "fr",
            ("Paul Exemplon", "Marc Exemplon"),
            "male",
        ),
        (
            "URGENT ACTION\nSisters released\nOn 7 May the sisters Anna Madeup and Bella "
            "Madeup were released from Testville prison.\n",
            "en",
            ("Anna Madeup", "Bella Madeup"),
            "female",
        ),
        (
            "ACCIÓN URGENTE\nAmenazas en Villanueva\nEl 3 de mayo, dos jóvenes mujeres, "
            "Rosa Inventada y Lucía Ejemplar, fueron amenazadas en Villanueva.\n",
            "es",
            ("Rosa Inventada", "Lucía Ejemplar"),
            "female",
        ),
    ],
)
def test_a_gendered_plural_before_a_list_with_words_between(
    text: str, language: str, names: tuple[str, ...], said: str
) -> None:
    found = persons(text, language)
    for name in names:
        assert gender(found, name) == said


@pytest.mark.parametrize(
    "text",
    [
        # a plural of no one gender
        "URGENT ACTION\nFamily threatened\nOn 7 May the parents Sam Madeup and Alex Madeup "
        "were threatened in Testville.\n",
        # the brothers are someone else's: the list names whose brothers they are
        "URGENT ACTION\nFamily threatened\nOn 7 May the brothers of Sam Madeup and Alex "
        "Madeup were threatened in Testville.\n",
    ],
)
def test_a_plural_kin_word_of_no_gender_or_of_others_gives_none(text: str) -> None:
    found = persons(text, "en")
    for name in ("Sam Madeup", "Alex Madeup"):
        if name in found:
            assert gender(found, name) == "unknown"


# -- 3. a German quantifier or adverb before a noun at a sentence's or headline's start ------


@pytest.mark.parametrize(
    "text",
    [
        "URGENT ACTION\nWieder Morddrohungen\nDie Anwältin Lena Beispiel wird seit Mai "
        "bedroht. Sämtliche Vorfälle wurden angezeigt. Viele Fälle sind ungeklärt. Zahlreiche "
        "Nachbarn wurden befragt.\n",
        "URGENT ACTION\nErneut Drohbriefe\nDie Anwältin Lena Beispiel wird seit Mai bedroht. "
        "Mehrere Drohbriefe gingen ein. Einige Zeugen schweigen.\n",
    ],
)
def test_a_german_quantifier_opens_no_name(text: str) -> None:
    found = persons(text, "de")
    assert set(found) == {"Lena Beispiel"}, sorted(found)


# -- 4. a body's title goes on past its small words: its capitals are no one's name ------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "URGENT ACTION\nStudents detained\nTom Madeup, a student at the Faculty of Trade "
            "and Public Works, was arrested on 3 May in Testville. He is held incommunicado.\n",
            "en",
            "Tom Madeup",
        ),
        (
            "URGENT ACTION\nThreats against a farmer\nTom Madeup, a member of the Highland "
            "Association for Rural Progress, was threatened on 3 May in Testville.\n",
            "en",
            "Tom Madeup",
        ),
        (
            "ACCIÓN URGENTE\nAmenazas contra un campesino\nPedro Ficticio, miembro de la "
            "Asociación Campesina para el Progreso Rural, fue amenazado en Villanueva.\n",
            "es",
            "Pedro Ficticio",
        ),
        (
            "URGENT ACTION\nActivist abducted\nTom Madeup, an organizer of fishers and "
            "Indigenous Peoples, was abducted on 3 May in Testville. He is missing.\n",
            "en",
            "Tom Madeup",
        ),
    ],
)
def test_a_bodys_title_past_its_small_words_names_no_one(
    text: str, language: str, name: str
) -> None:
    found = persons(text, language)
    assert set(found) == {name}, sorted(found)


def test_a_plural_for_people_in_an_apposition_takes_no_pronoun() -> None:
    found = persons(
        "URGENT ACTION\nActivist abducted\nTom Madeup, an organizer of fishers and Indigenous "
        "Peoples, was abducted on 3 May in Testville. He is missing.\n",
        "en",
    )
    assert gender(found, "Tom Madeup") == "male"


def test_a_list_after_a_bodys_name_and_its_and_is_still_read() -> None:
    found = persons(
        "URGENT ACTION\nStaff detained\nThe director of the Testville Foundation and Tom "
        "Madeup were arrested on 3 May. Tom Madeup is held in Testville prison.\n",
        "en",
    )
    assert "Tom Madeup" in found, sorted(found)


# -- 5. the German head of a body, before the name: "den Leiter / die Leiterin der X, A" ------


@pytest.mark.parametrize(
    ("role", "name", "said"),
    [("den Leiter", "Paul Beispiel", "male"), ("die Leiterin", "Lena Beispiel", "female")],
)
def test_the_head_of_a_body_gives_the_gender(role: str, name: str, said: str) -> None:
    found = persons(
        f"URGENT ACTION\nDrohungen\nAm 3. Mai ging ein Brief an {role} der Organisation, "
        f"{name}, sowie die Mitarbeiter. Die Organisation fordert Schutz.\n",
        "de",
    )
    assert gender(found, name) == said


# -- 6. a post that ends the previous name's apposition in a list introduces no official -----


def test_a_post_at_the_end_of_the_previous_names_apposition() -> None:
    found = persons(
        "URGENT ACTION\nStudent leaders detained\nSix students were arrested on 2 May in "
        "Testville. The three student leaders are Tom Madeup, 3rd year student, the "
        "chairperson, Sam Example, 1st year student, deputy chairperson, and Bob Invented, "
        "2nd year student, member. They are held incommunicado.\n",
        "en",
    )
    assert {"Tom Madeup", "Sam Example"} <= set(found), sorted(found)


def test_an_official_after_a_post_is_still_no_person() -> None:
    found = persons(
        "URGENT ACTION\nActivist detained\nTom Madeup, a teacher, was arrested on 2 May in "
        "Testville. The Minister of Justice, Sam Example, said he would be tried.\n",
        "en",
    )
    assert "Sam Example" not in found, sorted(found)
