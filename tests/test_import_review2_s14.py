"""Review 14 A, findings 4, 5, 7, 8 and 9 (fourteenth session), with made-up texts: a
killing or a death said before another clause's verb, or of the person's relative, is not
the person's ("la policía mató a un manifestante y detuvo a X"); "one of" a noun whose
gender is its own ("una de las personas", "l'une des figures") gives the person none; a role
with its own "de" ("la defensora de derechos humanos X") still lets a release through; an
"earlier" in another clause, and an intention's word in an earlier clause, no longer cancel
a release.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import persons_by_name as persons

_ES_HEAD = (
    "ACCIÓN URGENTE\nDefensor detenido en Utopía\n\nAU 12/31 Índice AI: AMR 99/001/2031 "
    "Utopía 3 de marzo de 2031\n\n"
)
_ES_TAIL = "\n\nESCRIBAN INMEDIATAMENTE:\n- pidiendo la liberación de {name}."
_EN_HEAD = (
    "URGENT ACTION\nActivist freed in Utopia\n\nUA 12/31 Index: AMR 99/001/2031 Utopia "
    "3 March 2031\n\n"
)
_EN_TAIL = "\n\nPLEASE WRITE IMMEDIATELY:\n- Welcoming the release of {name}."


def spanish(paragraph: str, name: str) -> dict[str, dict[str, Any]]:
    return persons(_ES_HEAD + paragraph + _ES_TAIL.format(name=name), "es")


def english(paragraph: str, name: str) -> dict[str, dict[str, Any]]:
    return persons(_EN_HEAD + paragraph + _EN_TAIL.format(name=name), "en")


def state(found: dict[str, dict[str, Any]], name: str) -> str | None:
    assert name in found, sorted(found)
    status = found[name].get("status")
    return None if status is None else str(status.get("state"))


# -- finding 4: a killing before another clause's verb, a relative's death ------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rodrigo Quispe Llanos fue detenido el 1 de marzo de 2031. Durante la marcha, la "
        "guardia mató a un vecino y arrestó a Rodrigo Quispe Llanos sin orden alguna.",
        "Rodrigo Quispe Llanos fue detenido el 1 de marzo de 2031. Su hermano murió hace "
        "años en la cárcel y ahora Rodrigo Quispe Llanos teme lo mismo.",
        "Rodrigo Quispe Llanos fue detenido el 1 de marzo de 2031. En 2020 murió la madre de "
        "la activista Rodrigo Quispe Llanos.",
        "Rodrigo Quispe Llanos fue detenido el 1 de marzo de 2031. En 2020 murió su tío y "
        "Rodrigo Quispe Llanos dejó la ciudad.",
    ],
)
def test_another_clause_or_a_relative_gives_no_death(paragraph: str) -> None:
    found = spanish(paragraph, "Rodrigo Quispe Llanos")
    assert state(found, "Rodrigo Quispe Llanos") is None, found


def test_a_killing_done_to_the_person_still_counts() -> None:
    found = spanish(
        "El 1 de marzo de 2031 la guardia mató a un dirigente campesino, Rodrigo Quispe "
        "Llanos, cerca de su casa.",
        "Rodrigo Quispe Llanos",
    )
    assert state(found, "Rodrigo Quispe Llanos") == "dead", found


# -- finding 5: "one of" a noun with a gender of its own --------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "wanted"),
    [
        (
            _ES_HEAD + "Rodrigo Quispe Llanos es una de las nueve personas retenidas el 1 de "
            "marzo de 2031 en una marcha pacífica." + _ES_TAIL.format(name="Rodrigo Quispe"),
            "es",
            "Rodrigo Quispe Llanos",
            "unknown",
        ),
        (
            "ACTION URGENTE\nUn militant détenu\n\nAU 12/31 Index AI : AMR 99/001/2031 Utopie "
            "3 mars 2031\n\nTeodor Malvik est l'une des figures les plus suivies du syndicat "
            "agricole. Teodor Malvik a été arrêté le 1er mars 2031 sans mandat.\n\nÉCRIVEZ "
            "IMMÉDIATEMENT :\n- appelez à libérer Teodor Malvik.",
            "fr",
            "Teodor Malvik",
            "male",
        ),
        (
            _ES_HEAD + "Rodrigo Quispe Llanos es uno de los cinco dirigentes retenidos el 1 de "
            "marzo de 2031." + _ES_TAIL.format(name="Rodrigo Quispe"),
            "es",
            "Rodrigo Quispe Llanos",
            "male",
        ),
    ],
)
def test_one_of_a_noun_with_its_own_gender_gives_none(
    text: str, language: str, name: str, wanted: str
) -> None:
    found = persons(text, language)
    assert name in found, sorted(found)
    assert found[name].get("gender", "unknown") == wanted, found


# -- finding 7: a role with its own "de" -------------------------------------------------------


def test_a_role_with_its_own_of_still_gives_the_release() -> None:
    found = spanish(
        "Lucía Arvelo Sanz había sido detenida el 1 de marzo de 2031. El 2 de marzo de 2031 "
        "los agentes liberaron a la lideresa de la comunidad Lucía Arvelo Sanz sin cargos.",
        "Lucía Arvelo Sanz",
    )
    assert state(found, "Lucía Arvelo Sanz") == "released", found


def test_the_relative_of_the_person_is_not_released() -> None:
    found = english(
        "Tarek Olundi was arrested on 1 March 2031. On 2 March 2031 the police released the "
        "brother of Tarek Olundi without charge.",
        "Tarek Olundi",
    )
    assert state(found, "Tarek Olundi") is None, found


# -- finding 8: "earlier" in another clause ---------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Union organiser Tarek Olundi, who had been detained earlier in the month, was released "
        "on 2 March 2031 without charge.",
        "Earlier this week, union organiser Tarek Olundi was released on 2 March 2031.",
    ],
)
def test_earlier_in_another_clause_keeps_the_release(paragraph: str) -> None:
    found = english(paragraph, "Tarek Olundi")
    assert state(found, "Tarek Olundi") == "released", found


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tarek Olundi was arrested on 1 March 2031. Tarek Olundi had earlier been released "
        "in 2025 after a year in jail.",
        "Tarek Olundi was arrested on 1 March 2031. Tarek Olundi was previously held in 2019 "
        "or 2020, and was released some time before May 2022.",
        "Tarek Olundi was arrested on 1 March 2031. Tarek Olundi had previously been held "
        "from 3 May 2024 until 9 June 2024, when he was released without charge.",
    ],
)
def test_earlier_in_the_release_clause_cancels_it(paragraph: str) -> None:
    found = english(paragraph, "Tarek Olundi")
    assert state(found, "Tarek Olundi") is None, found


# -- finding 9: an intention's word in an earlier clause --------------------------------------


def test_an_earlier_clauses_intention_keeps_the_release() -> None:
    found = english(
        "Union organiser Tarek Olundi, who was to be sentenced, was unexpectedly released on "
        "2 March 2031.",
        "Tarek Olundi",
    )
    assert state(found, "Tarek Olundi") == "released", found
