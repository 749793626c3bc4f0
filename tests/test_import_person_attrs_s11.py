"""Attributes of the persons the importer finds, each family with made-up texts (eleventh
session): a feminine plural participle after a list of names, a couple named by a plural that
marks no one's gender, a list's apposition that says its names are men or women, a courtesy
title before a spelling the text prints in capitals, ...

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text
from ualetters.importer.parse import _excepted


def persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    record = parse_text(text, language=language).record
    return {str(p["name"]): p for p in record.get("persons", [])}


def gender(found: dict[str, dict[str, Any]], name: str) -> str:
    assert name in found, sorted(found)
    return str(found[name].get("gender", "unknown"))


# -- 1. "A et B ont été transférées": a feminine plural participle after a list of names -------


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "ACTION URGENTE\nDes militantes emprisonnées\nLe 4 mars, Lina Testeuse et Carla "
            "Exemplaire ont été transférées de la prison de Villebourg à celle de Montagnac. "
            "Leur état de santé se dégrade.\n",
            "fr",
            ("Lina Testeuse", "Carla Exemplaire"),
        ),
        (
            "ACCIÓN URGENTE\nActivistas en peligro\nEl 4 de marzo, Lucía Ejemplar y Marta "
            "Inventada fueron detenidas en la plaza de Villanueva tras una protesta pacífica.\n",
            "es",
            ("Lucía Ejemplar", "Marta Inventada"),
        ),
    ],
)
def test_a_feminine_plural_participle_after_a_list(
    text: str, language: str, names: tuple[str, ...]
) -> None:
    found = persons(text, language)
    for name in names:
        assert gender(found, name) == "female"


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "ACTION URGENTE\nDes militants emprisonnés\nLe 4 mars, Lina Testeuse et Carla "
            "Exemplaire ont été transférés de la prison de Villebourg à celle de Montagnac.\n",
            "fr",
            ("Lina Testeuse", "Carla Exemplaire"),
        ),
        (
            "ACCIÓN URGENTE\nActivistas en peligro\nEl 4 de marzo, Lucía Ejemplar y Mario "
            "Inventado fueron detenidos en la plaza de Villanueva tras una protesta pacífica.\n",
            "es",
            ("Lucía Ejemplar", "Mario Inventado"),
        ),
    ],
)
def test_a_masculine_plural_participle_marks_no_one(
    text: str, language: str, names: tuple[str, ...]
) -> None:
    # the masculine plural is said of men and women together: no gender for anyone
    found = persons(text, language)
    for name in names:
        assert gender(found, name) == "unknown"


# -- 2. "les époux A et B": a couple, not two husbands -------------------------------------------


def test_a_couple_is_no_man() -> None:
    text = (
        "ACTION URGENTE\nDes défenseurs emprisonnés\nParmi les personnes visées, Paul Modèle "
        "et les époux Karim Testeur et Nora Exemplaire, qui sont tous amis, ont été arrêtés le "
        "3 mai à Villebourg. Ils sont détenus sans inculpation.\n"
    )
    found = persons(text, "fr")
    assert gender(found, "Nora Exemplaire") == "unknown"
    assert gender(found, "Karim Testeur") == "unknown"
    # "qui sont tous amis": what they are to each other, no situation of theirs
    assert "amis" not in str(found["Nora Exemplaire"].get("note", ""))


# -- 3. "A, B and C, all men, ...": the list's apposition says who they are ----------------------


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "URGENT ACTION\nActivists on hunger strike\nTomas Example, Idris Madeup and Karim "
            "Placeholder, all men, have been on hunger strike since 2 March in Northtown prison. "
            "Their families fear for their health.\n",
            "en",
            ("Tomas Example", "Idris Madeup", "Karim Placeholder"),
            "male",
        ),
        (
            "URGENT ACTION\nActivists detained\nNora Example and Lina Madeup, both women, were "
            "arrested on 2 March in Northtown. They are held without charge.\n",
            "en",
            ("Nora Example", "Lina Madeup"),
            "female",
        ),
    ],
)
def test_a_list_apposition_for_men_or_women(
    text: str, language: str, names: tuple[str, ...], expected: str
) -> None:
    found = persons(text, language)
    for name in names:
        assert gender(found, name) == expected


# -- 4. "Herr DR. KAREL NOVAK": a courtesy title before a spelling in capitals -------------------


def test_a_courtesy_title_before_a_name_in_capitals() -> None:
    text = (
        "URGENT ACTION\nWEITERE FESTNAHMEN\n\nHerr DR. KAREL NOVAK\nHerr JAN HORAK\n"
        "Frau PETRA KOVAC\n\nDie Sicherheitskräfte nahmen Dr. Karel Novak, Jan Horak und Petra "
        "Kovac am 3. Mai in Brünn fest. Ihr Aufenthaltsort ist unbekannt.\n"
    )
    found = persons(text, "de")
    assert gender(found, "Karel Novak") == "male"
    assert gender(found, "Jan Horak") == "male"
    assert gender(found, "Petra Kovac") == "female"


# -- 5. "Six members of X were detained ..." then six names: the count says whom it speaks of --


@pytest.mark.parametrize(
    ("text", "language", "names", "role"),
    [
        (
            "ACCIÓN URGENTE\n\nACTIVISTAS DETENIDOS\n\nTres miembros del colectivo juvenil Brotes "
            "fueron detenidos el 5 de mayo tras una reunión pública en Villanueva.\n\nLuis "
            "Ejemplar, Pablo Inventado y Omar Ficticio participaron en la reunión. Inmediatamente "
            "después fueron trasladados a un lugar desconocido.\n",
            "es",
            ("Luis Ejemplar", "Pablo Inventado", "Omar Ficticio"),
            "miembros del colectivo juvenil Brotes",
        ),
        (
            "ACTION URGENTE\n\nDES MILITANTS ENLEVÉS\n\nDeux militants écologistes ont été enlevés "
            "dans la région de Montagnac. On craint pour leur sécurité.\n\nLe 3 mai, Paul Modèle "
            "et Jean Testeur ont été enlevés alors qu'ils se rendaient à Villebourg.\n",
            "fr",
            ("Paul Modèle", "Jean Testeur"),
            "militants écologistes",
        ),
        (
            "URGENT ACTION\n\nSTUDENTS HELD\n\nTwo student activists were arrested in "
            "Northtown on 3 May after a peaceful protest.\n\nTomas Example and Idris Madeup "
            "are held "
            "incommunicado at the central police station.\n",
            "en",
            ("Tomas Example", "Idris Madeup"),
            "student activists",
        ),
    ],
)
def test_a_counted_lead_names_the_list_that_follows(
    text: str, language: str, names: tuple[str, ...], role: str
) -> None:
    found = persons(text, language)
    for name in names:
        assert name in found, sorted(found)
        said = found[name].get("role")
        assert (said.get(language) if isinstance(said, dict) else said) == role


def test_a_count_unlike_the_list_gives_no_role() -> None:
    # three activists said, two named: the named two may not be the three
    text = (
        "URGENT ACTION\n\nSTUDENTS HELD\n\nThree student activists were arrested in "
        "Northtown on 3 May after a peaceful protest.\n\nTomas Example and Idris Madeup "
        "are held "
        "incommunicado at the central police station.\n"
    )
    found = persons(text, "en")
    assert "Tomas Example" in found
    assert not found["Tomas Example"].get("role")


# -- 6. an apposition a sentence ends after an age; a German office of an organisation --------


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "ACTION URGENTE\n\nDes hommes armés ont enlevé Paul Modèle, 73 ans, dirigeant de la "
            "communauté de Villebourg. Son corps a été retrouvé le lendemain.\n",
            "fr",
            "Paul Modèle",
            "dirigeant de la communauté de Villebourg",
        ),
        (
            "ACCIÓN URGENTE\n\nHombres armados secuestraron a Luis Ejemplar, de 45 años, "
            "dirigente del sindicato de Villanueva. Su familia teme por su vida.\n",
            "es",
            "Luis Ejemplar",
            "dirigente del sindicato de Villanueva",
        ),
        (
            "URGENT ACTION\n\nKarel Novak, der Leiter der tschechischen NGO Pravda, wurde am 3. "
            "Mai festgenommen. Er ist seitdem in Haft.\n",
            "de",
            "Karel Novak",
            "Leiter der tschechischen NGO Pravda",
        ),
    ],
)
def test_an_apposition_of_a_role(text: str, language: str, name: str, role: str) -> None:
    found = persons(text, language)
    assert name in found, sorted(found)
    said = found[name].get("role")
    assert (said.get(language) if isinstance(said, dict) else said) == role


def test_a_prison_chief_is_no_role_of_the_person() -> None:
    text = (
        "URGENT ACTION\n\nKarel Novak, der Leiter der Haftanstalt Brünn, verweigert Jan Horak "
        "die medizinische Versorgung. Jan Horak wurde am 3. Mai festgenommen.\n"
    )
    found = persons(text, "de")
    assert "Karel Novak" not in found or not found["Karel Novak"].get("role")


# -- 7. a release told in the pluperfect ("avaient été remis en liberté") -----------------------


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (
            "ACTION URGENTE\n\nLe 3 mai 2015, Paul Modèle a été condamné. Deux autres militants, "
            "Jean Testeur et Marc Exemple, avaient été remis en liberté le 18 octobre 2014 après "
            "une amnistie.\n",
            "fr",
            ("Jean Testeur", "Marc Exemple"),
        ),
        (
            "ACCIÓN URGENTE\n\nEl 3 de mayo de 2015, Pedro Ejemplar fue condenado. Luis Ejemplar "
            "y Omar Ficticio habían sido puestos en libertad el 18 de octubre de 2014.\n",
            "es",
            ("Luis Ejemplar", "Omar Ficticio"),
        ),
    ],
)
def test_a_release_in_the_pluperfect(text: str, language: str, names: tuple[str, ...]) -> None:
    found = persons(text, language)
    for name in names:
        assert name in found, sorted(found)
        status = found[name].get("status", {})
        assert status.get("state") == "released"
        assert str(status.get("date")) == "2014-10-18"


@pytest.mark.parametrize(
    ("text", "language", "excepted"),
    [
        (
            "ACTION URGENTE\n\nJean Testeur, Marc Exemple et Luc Modèle ont été arrêtés le 3 mai "
            "2015. Le 18 octobre 2015, tous sauf Luc Modèle ont été libérés.\n",
            "fr",
            "Luc Modèle",
        ),
        (
            "ACCIÓN URGENTE\n\nLuis Ejemplar, Omar Ficticio y Raúl Modelo fueron detenidos el 3 de "
            "mayo de 2015. El 18 de octubre de 2015, todos salvo Raúl Modelo fueron puestos en "
            "libertad.\n",
            "es",
            "Raúl Modelo",
        ),
        # the name stands twice in the sentence, only its second time after the exception
        (
            "ACTION URGENTE\n\nJean Testeur, Marc Exemple et Luc Modèle ont été arrêtés le 3 mai "
            "2015. Le 18 octobre 2015, la famille de Luc Modèle a appris que tous sauf Luc Modèle "
            "avaient été libérés.\n",
            "fr",
            "Luc Modèle",
        ),
    ],
)
def test_a_release_of_all_but_the_named(text: str, language: str, excepted: str) -> None:
    found = persons(text, language)
    assert excepted in found, sorted(found)
    assert "status" not in found[excepted]


@pytest.mark.parametrize(
    "text",
    [
        "ACCIÓN URGENTE\n\nLuis Ejemplar y Omar Ficticio fueron detenidos el 3 de mayo de 2015. "
        "Al menos Luis Ejemplar y Omar Ficticio fueron puestos en libertad el 18 de octubre de "
        "2015.\n",
        "ACCIÓN URGENTE\n\nLuis Ejemplar y Omar Ficticio fueron detenidos el 3 de mayo de 2015. "
        "Por lo menos Luis Ejemplar y Omar Ficticio fueron puestos en libertad el 18 de octubre "
        "de 2015.\n",
    ],
)
def test_at_least_is_no_exception(text: str) -> None:
    found = persons(text, "es")
    for name in ("Luis Ejemplar", "Omar Ficticio"):
        assert name in found, sorted(found)
        assert found[name].get("status", {}).get("state") == "released"


@pytest.mark.parametrize(
    ("sentence", "name", "excepted"),
    [
        ("Al menos Juan Modelo y Ana Ficticia fueron liberados.", "Ana Ficticia", False),
        ("Por lo menos Juan Modelo y Ana Ficticia fueron liberados.", "Ana Ficticia", False),
        ("A menos que Ana Ficticia sea liberada, seguirá la huelga.", "Ana Ficticia", False),
        ("Todos menos Juan Modelo y Ana Ficticia fueron liberados.", "Ana Ficticia", True),
        ("Bis auf Weiteres sind Karel Beispiel und Jan Muster frei.", "Jan Muster", False),
        ("Alle bis auf Karel Beispiel und Jan Muster wurden freigelassen.", "Jan Muster", True),
    ],
)
def test_the_exception_words(sentence: str, name: str, excepted: bool) -> None:
    assert _excepted(sentence, name) is excepted
