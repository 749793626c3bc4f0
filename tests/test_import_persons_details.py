"""Details of the persons the importer finds: roles, notes, status and gender (round 8).

Every name and fact here is invented. Each test is one family of misses or wrong values
that round 8's released texts showed and that recurs in other languages and formats:

1. an apposition's role ends where a participle says what happened to the person
   ("periodista detenida arbitrariamente", "activist detained since ...");
2. a roll of names, one "Name, role" per line: the role ends with the line, and a role
   between two commas belongs to the name before it, not to the next one;
3. "the men named above", "die oben genannten Frauen": every named person's gender;
4. a release on bail keeps its wording as the status's note.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    draft = parse_text(text, language=language, name="made-up.txt")
    return {p["name"]: p for p in draft.record.get("persons", [])}


# -- 1. a participle after the role word ends the role -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "Sin embargo, a Lucía Ejemplar, periodista detenida arbitrariamente, no se le "
            "permitió recibir visitas. Lucía Ejemplar fue trasladada.",
            "es",
            "Lucía Ejemplar",
            "periodista",
        ),
        (
            "Tomás Prueba, estudiante encarcelado injustamente, se enfrenta a una condena. "
            "Tomás Prueba fue arrestado de nuevo.",
            "es",
            "Tomás Prueba",
            "estudiante",
        ),
        (
            "Hier, Marc Exemple, syndicaliste emprisonné depuis mars, a été transféré. "
            "Marc Exemple a été battu.",
            "fr",
            "Marc Exemple",
            "syndicaliste",
        ),
        (
            "On Monday, Ivan Testov, activist detained without charge, was moved to a prison. "
            "Ivan Testov was beaten.",
            "en",
            "Ivan Testov",
            "activist",
        ),
    ],
)
def test_a_participle_ends_the_apposition_role(
    text: str, language: str, name: str, role: str
) -> None:
    found = persons(text, language)
    assert found[name].get("role") == role


# -- 2. a roll of names, one "Name, role" per line ----------------------------------------------

ROLL = """UA 31/21 Fear of torture

Further information on UA 31/21 - Fear of torture

KENYA: Joseph Ochieng, engineer, Samuel Kiprono, nurse, Daniel Mutua, engineer

Joseph Ochieng, engineer

Samuel Kiprono, nurse

Daniel Mutua, engineer

Peter Wafula, teacher

The men named above are still held in Kisumu. They were arrested in early May.

Please send appeals in English or your own language:
- calling for their release
"""


def test_each_line_of_a_roll_gives_its_name_a_role() -> None:
    found = persons(ROLL, "en")
    assert found["Samuel Kiprono"]["role"] == "nurse"
    assert found["Daniel Mutua"]["role"] == "engineer"
    assert found["Peter Wafula"].get("role") == "teacher"


def test_a_role_between_commas_is_the_name_before() -> None:
    text = (
        "Die Behörden nahmen Anna Muster, Lehrerin, Karl Beispiel, Ingenieur, und Eva Probe "
        "fest. Anna Muster wurde verhört. Karl Beispiel wurde verhört. Eva Probe wurde verhört."
    )
    found = persons(text, "de")
    assert "Lehrerin" not in (found["Karl Beispiel"].get("role") or "")
    assert "Ingenieur" not in (found["Eva Probe"].get("role") or "")


# -- 3. "the men named above": every named person's gender --------------------------------------


def test_the_men_named_above_gives_every_person_a_gender() -> None:
    found = persons(ROLL, "en")
    assert {p["gender"] for p in found.values()} == {"male"}


@pytest.mark.parametrize(
    ("text", "language", "gender"),
    [
        (
            "Ana Ejemplo, Rosa Prueba y Marta Modelo fueron detenidas. Las mujeres antes "
            "mencionadas siguen presas. Ana Ejemplo fue golpeada. Rosa Prueba fue golpeada. "
            "Marta Modelo fue golpeada.",
            "es",
            "female",
        ),
        (
            "Anna Muster, Lena Beispiel und Eva Probe wurden festgenommen. Die oben genannten "
            "Frauen sind in Haft.",
            "de",
            "female",
        ),
        (
            "Aucun des hommes susmentionnés n'a été revu. Marc Exemple a été arrêté. Paul "
            "Modèle a été arrêté. Luc Essai a été arrêté. Jean Témoin a été arrêté.",
            "fr",
            "male",
        ),
        (
            "None of the above-named men have been seen since. Ivan Testov was arrested. Petr "
            "Probe was arrested. Oleg Sample was arrested. Yuri Example was arrested. Ilya "
            "Model was arrested.",
            "en",
            "male",
        ),
    ],
)
def test_the_named_above_phrase_in_every_language(text: str, language: str, gender: str) -> None:
    found = persons(text, language)
    assert len(found) >= 3
    assert {p["gender"] for p in found.values()} == {gender}


# -- 4. a release on bail: the wording is the status's note -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "note"),
    [
        (
            "Ivan Testov was released on bail on 3 March 2021. He must report to the police.",
            "en",
            "released on bail",
        ),
        (
            "Anna Muster wurde am 3. März 2021 gegen Kaution freigelassen. Sie muss sich "
            "täglich melden.",
            "de",
            "gegen Kaution freigelassen",
        ),
        (
            "Marc Exemple a été libéré sous caution le 3 mars 2021. Il doit se présenter à la "
            "police.",
            "fr",
            "libéré sous caution",
        ),
        (
            "Tomás Prueba fue puesto en libertad bajo fianza el 3 de marzo de 2021. Debe "
            "presentarse ante la policía.",
            "es",
            "puesto en libertad bajo fianza",
        ),
    ],
)
def test_a_release_on_bail_keeps_its_wording(text: str, language: str, note: str) -> None:
    found = persons(text, language)
    status = next(iter(found.values()))["status"]
    assert status["state"] == "released"
    assert status.get("note") == note
