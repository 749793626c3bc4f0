"""Updates and statuses on pages the rules were not written from, each with made-up texts.

Every name and fact here is invented. Each case is a family of statuses the importer missed
on development pages: a group's release said where the text names the group again by its
noun ("The activists were released ..."), a group's own verb after a place and a relative
clause ("Five teachers in Ruritania who were ... have been released"), a person's new
situation in the active voice, the verb before the name ("the authorities released
journalist X", "the court commuted the death sentences of A and X").
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

# -- 1. a group named again by its noun: the status said there is the group's ----------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Urgent Action update: students freed\n\n"
            "The trial of nine students, charged with sedition for a poetry reading in Eastport, "
            "has been postponed. The students have appeared in court twice. The students were "
            "released on 4 March on bail and must report to the police every week.",
            "released",
        ),
        (
            "Action urgente : des syndicalistes libérés\n\n"
            "Le procès de six syndicalistes, accusés de rébellion après une grève à Portville, "
            "a été reporté. Les syndicalistes ont comparu deux fois. Les syndicalistes ont été "
            "libérés le 4 mars.",
            "released",
        ),
    ],
)
def test_group_status_where_named_again(text: str, state: str) -> None:
    draft = parse_text(text)
    groups = draft.record.get("groups") or []
    assert len(groups) == 1
    assert groups[0].get("status", {}).get("state") == state
    # the noun may mean others: the status is marked for review
    assert draft.todo_for(("groups", 0, "status"))


def test_group_named_again_not_read_when_persons_are_named() -> None:
    text = (
        "Two students, Ivo Testaro and Mila Probst, and four other students were arrested in "
        "Eastport on 2 May. The students were released on 9 May."
    )
    draft = parse_text(text)
    for number, _group in enumerate(draft.record.get("groups") or []):
        task = draft.todo_for(("groups", number, "status")) or ""
        assert "names the group again" not in task


# -- 2. a group's verb after a place and a relative clause without commas -------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "Teachers released\n\n"
            "Five teachers in the Republic of Ruritania (RR) who were detained for nine months "
            "and charged with 'insulting the nation' in a protest have been released. The "
            "President pardoned them on 3 June.",
            "released",
        ),
        (
            "Periodistas liberados\n\n"
            "Cuatro periodistas de Costa Brava quienes estuvieron detenidos durante seis meses "
            "y acusados de difamación fueron liberados el 3 de junio.",
            "released",
        ),
    ],
)
def test_group_verb_after_place_and_relative_clause(text: str, state: str) -> None:
    groups = parse_text(text).record.get("groups") or []
    assert len(groups) == 1
    assert groups[0].get("status", {}).get("state") == state


# -- 3. a person's new situation in the active voice, the verb before the name ---------------


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "Blogger freed\n\nOn 3 March, the Eastlandian authorities conditionally released "
            "blogger and trade unionist Tomas Varga but the charges against him stand.",
            "Tomas Varga",
            "released",
        ),
        (
            "Death sentences upheld\n\nThe death sentences of Omar Feltani and Karim Dassouri "
            "were upheld on 2 May. The same court commuted the death sentences of Samir Aldoun "
            "and Yusuf Habbari to life imprisonment.",
            "Yusuf Habbari",
            "commuted",
        ),
        (
            "Periodista liberada\n\nEl 2 de mayo, las autoridades liberaron a la periodista "
            "Marta Quiroga Prieto tras diez meses de detención.",
            "Marta Quiroga Prieto",
            "released",
        ),
    ],
)
def test_status_in_active_voice(text: str, name: str, state: str) -> None:
    draft = parse_text(text)
    persons = draft.record.get("persons") or []
    found = {p["name"]: (n, p) for n, p in enumerate(persons)}
    assert name in found
    number, person = found[name]
    assert person.get("status", {}).get("state") == state
    assert draft.todo_for(("persons", number, "status"))  # marked for review


def test_status_in_active_voice_denied() -> None:
    text = (
        "Activist still held\n\nThe authorities have not released activist Lena Morvak, "
        "arrested on 3 May in Westport."
    )
    for person in parse_text(text).record.get("persons") or []:
        assert person.get("status", {}).get("state") != "released"


# -- 4. a roll's last field in Spanish: "ejecutado" is an execution, not a death -------------


def test_roll_field_executed_in_spanish() -> None:
    text = (
        "Acción urgente: ejecuciones en Eslandia\n\n"
        "Las personas condenadas:\n"
        "- Ramón Estévez Cuadra – sindicalista – ejecutado el 3 de mayo de 2021\n"
        "- Lucía Parra Miró – abogada – liberada el 9 de junio de 2021\n"
    )
    persons = {p["name"]: p for p in parse_text(text).record.get("persons") or []}
    assert persons["Ramón Estévez Cuadra"]["status"]["state"] == "executed"
    assert persons["Lucía Parra Miró"]["status"]["state"] == "released"
