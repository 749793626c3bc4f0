"""Spanish runs the article into "a" ("liberaron al periodista X"): the verbs that say what
was done to a person read it too (fourteenth session, noticed by a review fixer). Every name,
place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

_FRAME = (
    "ACCIÓN URGENTE\nPeriodista en peligro en Lorvania\n\n{sentence}\n\n"
    "Escriban inmediatamente:\n- Pidan que se garantice su seguridad.\n"
)


def _status(sentence: str) -> object:
    draft = parse_text(_FRAME.format(sentence=sentence), language="es")
    persons = draft.record.get("persons") or []
    found = [p for p in persons if p.get("name") == "Tomás Ejemplar Ruiz"]
    assert found, persons
    status = found[0].get("status") or {}
    return status.get("state") if isinstance(status, dict) else status


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        (
            "El 2 de marzo de 2031 las autoridades liberaron al periodista Tomás Ejemplar "
            "Ruiz sin cargos.",
            "released",
        ),
        (
            "El 2 de marzo de 2031 la policía mató al sindicalista Tomás Ejemplar Ruiz "
            "durante una protesta.",
            "dead",
        ),
    ],
)
def test_a_verb_with_al_says_what_was_done_to_the_person(sentence: str, state: str) -> None:
    assert _status(sentence) == state


def test_al_before_another_persons_noun_of_the_name_is_not_the_persons() -> None:
    sentence = (
        "El 2 de marzo de 2031 las autoridades liberaron al abogado de Tomás Ejemplar Ruiz, "
        "que sigue detenido."
    )
    assert _status(sentence) != "released"
