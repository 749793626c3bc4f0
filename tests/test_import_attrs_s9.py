"""Attributes of the persons the importer finds, each family with made-up texts (ninth
session): a count before a plural role, an article that is only the start of a longer word,
an apposition a run-together sentence ends, a list whose apposition goes on with another
name, a nationality after an age in a roll, the plural subject that says the named persons'
gender, and the gendered role word a case about one person names it by again.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    record = parse_text(text, language=language).record
    return {str(p["name"]): p for p in record.get("persons", [])}


# -- 1. "four activists A, B and C": the count is no part of the role --------------------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "URGENT ACTION\nI am worried about the detention of three activists, Karel Novak, "
            "Pavel Dvorak, and Jan Horak, held solely for exercising their rights.\n",
            "en",
            "Karel Novak",
        ),
        (
            "URGENT ACTION\nDie Polizei nahm die drei Aktivisten Karel Novak und Jan Horak in "
            "Brünn fest.\n",
            "de",
            "Karel Novak",
        ),
    ],
)
def test_a_count_is_no_modifier_of_the_role(text: str, language: str, name: str) -> None:
    found = persons(text, language)
    assert name in found
    role = str(found[name].get("role", ""))
    assert role
    assert not role.split()[0].isdigit()
    assert role.split()[0].lower() not in ("three", "drei")


# -- 2. an article is a whole word: "les manifestant·e·s" is no role "s manifestant" ------------


def test_an_article_is_a_whole_word() -> None:
    text = (
        "ACTION URGENTE\nNous sommes inquiets pour Marc Testeur. Malgré sa libération, il est "
        "toujours inculpé.\nMarc Testeur a été arrêté le 3 mai 2021. Des mandats visent sept "
        "autres avocat·e·s qui auraient soutenu les manifestant·e·s.\n"
    )
    found = persons(text, "fr")
    assert "Marc Testeur" in found
    assert not str(found["Marc Testeur"].get("role", "")).startswith("s ")


# -- 3. a sentence, run together or not, ends an apposition ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            'ACCIÓN URGENTE\n"No bastaron diez años de exilio." Pedro Ejemplar, defensor de '
            "derechos humanos.Más de un centenar de defensores y defensoras, activistas por la "
            "paz, han recibido amenazas en Colombia. Pedro Ejemplar fue amenazado.\n",
            "es",
            "Pedro Ejemplar",
            "defensor de derechos humanos",
        ),
    ],
)
def test_a_sentence_ends_an_apposition(text: str, language: str, name: str, role: str) -> None:
    found = persons(text, language)
    assert found[name].get("role") == role


# -- 4. "A and B, and blogger C, are": the list goes on, its apposition is C's -----------------


def test_an_apposition_opened_by_and_is_no_role_of_the_list() -> None:
    text = (
        "URGENT ACTION\nActivists Omar Testi and Karim Probe, and blogger Samir Beispiel, "
        "are facing prison. The court convicted Omar Testi, Karim Probe and Samir Beispiel "
        "on 2 May.\n"
    )
    found = persons(text, "en")
    for name in ("Omar Testi", "Karim Probe"):
        assert "Samir" not in str(found[name].get("role", ""))
    assert found["Samir Beispiel"].get("role") == "blogger"


# -- 5. a roll's "aged 31, Indonesian national": the age a note, the nationality a role ---------


def test_a_nationality_after_the_age_is_a_role() -> None:
    text = (
        "UA 12/03 Death penalty\nSINGAPORE Karim Testbin (m) aged 31, Indonesian national\n"
        "Rudi Exampleson (m) aged 29, Indonesian national\n\n"
        "Karim Testbin was sentenced to death in May.\n"
    )
    found = persons(text, "en")
    for name, age in (("Karim Testbin", "aged 31"), ("Rudi Exampleson", "aged 29")):
        assert found[name].get("note") == age
        assert found[name].get("role") == "Indonesian national"


# -- 6. "The men do not have access …": the plural subject gives every named person its gender --


@pytest.mark.parametrize(
    ("text", "language", "gender"),
    [
        (
            "URGENT ACTION\nActivists Omar Testi and Karim Probe, and blogger Samir Beispiel, "
            "are facing prison. The men do not have access to their lawyers.\n",
            "en",
            "male",
        ),
        (
            "URGENT ACTION\nDie Aktivisten Lea Probst und Mira Beispiel sind in Haft. Die "
            "Frauen haben keinen Zugang zu ihren Anwälten.\n",
            "de",
            "female",
        ),
        (
            "ACCIÓN URGENTE\nLos activistas Pablo Ensayo y Tomás Prueba siguen detenidos. Los "
            "hombres no tienen acceso a sus abogados.\n",
            "es",
            "male",
        ),
    ],
)
def test_a_plural_subject_gives_the_gender(text: str, language: str, gender: str) -> None:
    found = persons(text, language)
    assert len(found) >= 2
    assert {p.get("gender") for p in found.values()} == {gender}


# -- 7. "die Journalistin" said again of the only person gives her gender -----------------------


@pytest.mark.parametrize(
    ("text", "language", "gender"),
    [
        (
            "BRIEFE GEGEN DAS VERGESSEN\nSerbien: Vera Testova\n\nVera Testova ist seit dem 3. "
            "Mai 2023 inhaftiert. Am 5. August 2024 verurteilte das Gericht die Journalistin "
            "zu zwei Jahren Gefängnis. Grundlage war ihre Kritik.\n",
            "de",
            "female",
        ),
    ],
)
def test_a_role_said_again_gives_the_gender(text: str, language: str, gender: str) -> None:
    found = persons(text, language)
    assert len(found) == 1
    assert next(iter(found.values())).get("gender") == gender


# -- 8. "released, but it is not known if A, B were among them": a note, no status -------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ruritania: Further information on prisoners of conscience\n\nIvo Testic, a "
            "prisoner of conscience, was released in June 2001. Twelve other prisoners of "
            "conscience were also released but at this time it is not known if the following "
            "were among them: Ana Probic, Luka Primer and Marta Uzorak.\n",
            "en",
        ),
        (
            "ACTION URGENTE\nIvo Testic a été libéré en juin. Douze autres prisonniers ont été "
            "libérés, mais on ignore si Ana Probic, Luka Primer et Marta Uzorak en font partie.\n",
            "fr",
        ),
    ],
)
def test_a_release_not_known_is_a_note(text: str, language: str) -> None:
    found = persons(text, language)
    for name in ("Ana Probic", "Luka Primer", "Marta Uzorak"):
        assert "status" not in found[name]
        assert found[name].get("note")


# -- 9. "The three activists were released on …": a count of as many as the text names ---------


@pytest.mark.parametrize(
    "text",
    [
        "URGENT ACTION\nKarel Novak, Pavel Dvorak and Jan Horak were arrested on 2 May at a "
        "protest. The three activists were released on 9 June 2022 without charge.\n",
        "ACCIÓN URGENTE\nPablo Ensayo, Tomás Prueba y Diego Muestra fueron detenidos en "
        "Lima. Los tres estudiantes fueron liberados el 4 de junio.\n",
    ],
)
def test_a_count_of_the_named_says_their_status(text: str) -> None:
    language = "es" if text.startswith("ACCIÓN") else "en"
    found = persons(text, language)
    assert len(found) == 3
    assert {str(p.get("status", {}).get("state")) for p in found.values()} == {"released"}
    # "three other activists": others than the named, whose status it is not
    said = text.replace("The three activists", "Three other activists")
    others = persons(said.replace("Los tres estudiantes", "Otros tres estudiantes"), language)
    assert all("status" not in p for p in others.values())


# -- 10. "Le prisonnier d'opinion, X": a role phrase keeps its complement before the comma -------


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        (
            "Écrire Ruritanie. Le prisonnier d’opinion, Jean Exemple Durand, maintenu en "
            "détention\nJean Exemple Durand est en détention depuis le 2 avril.\n",
            "fr",
            "prisonnier d’opinion",
        ),
        (
            "Escriba. El preso de conciencia, Juan Ejemplo Ruiz, sigue detenido\nJuan Ejemplo "
            "Ruiz está detenido desde el 2 de abril.\n",
            "es",
            "preso de conciencia",
        ),
    ],
)
def test_a_role_phrase_before_a_comma_keeps_its_complement(
    text: str, language: str, role: str
) -> None:
    found = persons(text, language)
    assert [p.get("role") for p in found.values()] == [role]
