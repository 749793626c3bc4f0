"""The Spanish word lists of the importer, end to end: who a person at risk is and what.

Every sentence here is made up (names and facts are invented), written the way Spanish UAs,
human-rights reports and news speak: a person found by a verb that follows the name ("lleva
dos años en prisión") or is done to it ("detuvieron a X", "fue detenido X"), by a noun of
what is done to it ("el paradero de X"), a role before or after the name, a role of several
words; and the names that must stay out: an official, a place.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def _record(text: str) -> dict[str, Any]:
    return parse_text(text, language="es").record


def _persons(text: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in _record(text).get("persons") or []}


# (text, persons that must be found {name: (gender or None, role or None)}, names that must not be)
FAMILIES: dict[str, tuple[str, dict[str, tuple[str | None, str | None]], tuple[str, ...]]] = {
    # -- a verb after the name -------------------------------------------------------------
    "a time in prison a person 'lleva'": (
        "Venezuela: defensora presa\n\n"
        "Marta Ensayo lleva dos años en prisión sin juicio por haber denunciado abusos.",
        {"Marta Ensayo": (None, None)},
        (),
    ),
    "an illness a person 'padece'": (
        "México: activista enfermo\n\n"
        "Rogelio Muestra padece una enfermedad cardiaca y no recibe atención médica.",
        {"Rogelio Muestra": (None, None)},
        (),
    ),
    "a sentence a person 'cumple'": (
        "Irán: mujer condenada\n\n"
        "Leila Muestra cumple una condena de diez años por protestar pacíficamente.",
        {"Leila Muestra": (None, None)},
        (),
    ),
    # -- a verb done to the person, before the name ----------------------------------------
    "'detuvieron a' and the name": (
        "Nicaragua: estudiante detenida\n\n"
        "El 3 de mayo de 2031, agentes de la policía detuvieron a Lucía Prueba cuando salía de "
        "su casa.",
        {"Lucía Prueba": (None, None)},
        (),
    ),
    "a participle before its subject: 'fue detenido X'": (
        "Cuba: artista detenido\n\n"
        "El 12 de marzo de 2031 fue detenido Damián Ensayo, tras publicar un poema.",
        {"Damián Ensayo": (None, None)},
        (),
    ),
    # -- a noun of what is done to the person -----------------------------------------------
    "'el paradero de' the name": (
        "Colombia: desaparición forzada\n\n"
        "Desde el 4 de junio de 2031 se desconoce el paradero de Tomás Muestra.",
        {"Tomás Muestra": (None, None)},
        (),
    ),
    "'la libertad de' the name": (
        "Cuba: artista hostigada\n\n"
        "Pedimos la libertad de Yanet Ensayo, y que cese el hostigamiento.",
        {"Yanet Ensayo": (None, None)},
        (),
    ),
    # -- a role before the name, its gender ---------------------------------------------------
    "a press role before the name": (
        "Guatemala: periodista amenazada\n\n"
        "La fotoperiodista Carla Prueba fue amenazada de muerte el 2 de abril de 2031.",
        {"Carla Prueba": ("female", "fotoperiodista")},
        (),
    ),
    "a rural worker before the name": (
        "Honduras: campesino detenido\n\n"
        "El campesino Pedro Ejemplar fue detenido el 2 de abril de 2031 por defender su tierra.",
        {"Pedro Ejemplar": ("male", "campesino")},
        (),
    ),
    "an opposition deputy before the name": (
        "Venezuela: diputada detenida\n\n"
        "La diputada Irene Ejemplo fue detenida el 5 de mayo de 2031 por agentes de inteligencia.",
        {"Irene Ejemplo": ("female", "diputada")},
        (),
    ),
    # -- a role after the name -----------------------------------------------------------------
    "a profession in an apposition": (
        "Venezuela: economista detenido\n\n"
        "Ramiro Ejemplo, economista, fue detenido el 9 de enero de 2031 por sus críticas.",
        {"Ramiro Ejemplo": ("male", "economista")},
        (),
    ),
    "a faith's minister in an apposition": (
        "Bolivia: pastor detenido\n\n"
        "Ramiro Ejemplo, pastor evangélico, fue detenido el 9 de enero de 2031.",
        {"Ramiro Ejemplo": ("male", "pastor evangélico")},
        (),
    ),
    # -- a role of several words ---------------------------------------------------------------
    "a conscientious objector": (
        "Colombia: objetor de conciencia\n\n"
        "El objetor de conciencia Andrés Prueba fue condenado a tres años de prisión.",
        {"Andrés Prueba": ("male", "objetor de conciencia")},
        (),
    ),
    # -- relations give the gender -------------------------------------------------------------
    "a partner named after 'su compañero'": (
        "Nicaragua: pareja detenida\n\n"
        "Ana Ejemplo y su compañero Jorge Muestra fueron detenidos el 2 de mayo de 2031.",
        {"Jorge Muestra": ("male", None)},
        (),
    ),
    # -- what must stay out ----------------------------------------------------------------------
    "an official before a new verb stays an official": (
        "Perú: activista amenazada\n\n"
        "El ministro del Interior, Raúl Cargo, lleva meses negando los hechos. La policía "
        "detuvo a Ana Ejemplo en su casa.",
        {"Ana Ejemplo": (None, None)},
        ("Raúl Cargo",),
    ),
    "a prison's name before a verb stays a place": (
        "Venezuela: preso político\n\n"
        "En la cárcel de Puente Ayala está recluido el preso político Luis Ejemplo.",
        {"Luis Ejemplo": ("male", "preso político")},
        ("Puente Ayala",),
    ),
}


@pytest.mark.parametrize("case", list(FAMILIES))
def test_spanish_words_find_the_person_and_what_it_is(case: str) -> None:
    text, expected, absent = FAMILIES[case]
    persons = _persons(text)
    for name, (gender, role) in expected.items():
        assert name in persons, f"{case}: {name} not found in {sorted(persons)}"
        if gender is not None:
            assert persons[name].get("gender") == gender, f"{case}: {persons[name]}"
        if role is not None:
            assert persons[name].get("role") == role, f"{case}: {persons[name]}"
    for name in absent:
        assert name not in persons, f"{case}: {name} taken for a person"


def test_a_count_of_a_plural_for_people_is_a_group() -> None:
    record = _record(
        "Honduras: campesinos detenidos\n\n"
        "La policía detuvo a 12 campesinos que protestaban contra la mina."
    )
    groups = record.get("groups") or []
    assert [(g.get("description"), g.get("count")) for g in groups] == [("12 campesinos", 12)]
