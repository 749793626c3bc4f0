"""What happened to persons and to the action, in English, German, French and Spanish, end to end.

The rows of `markers.py` for a person's release, death, execution or commuted sentence, and for
an action closed, extended or followed by further information, grew from what each language
says in Urgent Actions, further-information notices and section pages, not from pages read.
Every sentence here is made up (names, dates and facts invented); in each, only a new entry
says what happened, and prose that merely mentions the same words says nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def record_of(text: str, language: str) -> dict[str, Any]:
    draft = parse_text(f"URGENT ACTION\n\n{text}\n", language=language)
    return draft.record


def state_of(text: str, language: str, name: str) -> str | None:
    for person in record_of(text, language).get("persons") or []:
        if person["name"] == name:
            return (person.get("status") or {}).get("state")
    raise AssertionError(f"{name} not found in {record_of(text, language).get('persons')}")


# (language, text, the person, the state read)
PERSON_STATES: dict[str, tuple[str, str, str, str]] = {
    "en freed": (
        "en",
        "Journalist Kwame Testfield was freed on 3 May 2031 after two years in detention.",
        "Kwame Testfield",
        "released",
    ),
    "en hanged": (
        "en",
        "Student activist Aziz Samplewood was hanged at Testville Central Prison on 2 May 2031.",
        "Aziz Samplewood",
        "executed",
    ),
    "en shot dead": (
        "en",
        "Human rights defender Marta Probeson was shot dead outside her home on 9 June 2031.",
        "Marta Probeson",
        "dead",
    ),
    "en commuted": (
        "en",
        "On 4 March 2031 the Supreme Court commuted his death sentence: Amadou Testwell will "
        "serve 15 years.",
        "Amadou Testwell",
        "commuted",
    ),
    "de wieder frei": (
        "de",
        "Der Journalist Jonas Probemann ist wieder frei. Er verbrachte zwei Jahre in Haft.",
        "Jonas Probemann",
        "released",
    ),
    "de aus der haft entlassen": (
        "de",
        "Die Aktivistin Lena Beispielova wurde am 3. Mai 2031 aus der Haft entlassen.",
        "Lena Beispielova",
        "released",
    ),
    "de ums leben": (
        "de",
        "Der Gewerkschafter Tomas Testowski kam am 9. Juni 2031 in Polizeigewahrsam ums Leben.",
        "Tomas Testowski",
        "dead",
    ),
    "de gehängt": (
        "de",
        "Der Student Reza Probezadeh wurde am 2. Mai 2031 im Gefängnis gehängt.",
        "Reza Probezadeh",
        "executed",
    ),
    "fr relâchée": (
        "fr",
        "La journaliste Amina Testard a été relâchée le 3 mai 2031 sans inculpation.",
        "Amina Testard",
        "released",
    ),
    "fr pendu": (
        "fr",
        "Le militant Karim Exemplier a été pendu le 2 mai 2031 à la prison de Testville.",
        "Karim Exemplier",
        "executed",
    ),
    "fr perdu la vie": (
        "fr",
        "Le syndicaliste Paul Essaiville a perdu la vie en détention le 9 juin 2031.",
        "Paul Essaiville",
        "dead",
    ),
    "es liberado": (
        "es",
        "El periodista Mateo Pruebaz fue liberado el 3 de mayo de 2031 tras dos años de prisión.",
        "Mateo Pruebaz",
        "released",
    ),
    "es quedó en libertad": (
        "es",
        "La defensora Lucía Ejemplar quedó en libertad el 3 de mayo de 2031.",
        "Lucía Ejemplar",
        "released",
    ),
    "es perdió la vida": (
        "es",
        "El líder indígena Tomás Ensayo perdió la vida bajo custodia policial el 9 de junio "
        "de 2031.",
        "Tomás Ensayo",
        "dead",
    ),
    "es ahorcado": (
        "es",
        "El estudiante Reza Pruebadeh fue ahorcado el 2 de mayo de 2031 en la prisión de "
        "Testville.",
        "Reza Pruebadeh",
        "executed",
    ),
}


@pytest.mark.parametrize("case", list(PERSON_STATES), ids=list(PERSON_STATES))
def test_a_new_phrase_gives_the_person_state(case: str) -> None:
    language, text, name, state = PERSON_STATES[case]
    assert state_of(text, language, name) == state


# (language, text): the action has ended
CLOSED: dict[str, tuple[str, str]] = {
    "en expired": ("en", "Nadia Testova was released on 1 May 2031. This action has expired."),
    "en no need": (
        "en",
        "Nadia Testova was released on 1 May 2031. There is no need to send further appeals.",
    ),
    "de nicht mehr nötig": (
        "de",
        "Nadia Testova wurde am 1. Mai 2031 freigelassen. Weitere Appelle sind nicht mehr nötig.",
    ),
    "de aktion beendet": (
        "de",
        "Nadia Testova wurde am 1. Mai 2031 freigelassen. Die Aktion wurde beendet.",
    ),
    "fr clôturée": (
        "fr",
        "Nadia Testova a été libérée le 1er mai 2031. Cette action est clôturée.",
    ),
    "fr plus nécessaire d'écrire": (
        "fr",
        "Nadia Testova a été libérée le 1er mai 2031. Il n'est plus nécessaire d'écrire.",
    ),
    "es cerrada": (
        "es",
        "Nadia Testova fue puesta en libertad el 1 de mayo de 2031. Esta acción está cerrada.",
    ),
    "es no se solicitan": (
        "es",
        "Nadia Testova fue puesta en libertad el 1 de mayo de 2031. No se solicitan más acciones.",
    ),
}


@pytest.mark.parametrize("case", list(CLOSED), ids=list(CLOSED))
def test_a_new_phrase_closes_the_action(case: str) -> None:
    language, text = CLOSED[case]
    assert record_of(text, language).get("status") == "closed"


# (language, text, the new deadline)
EXTENDED: dict[str, tuple[str, str, str]] = {
    "en": (
        "en",
        "The deadline for this action has been extended to 30 June 2031.",
        "2031-06-30",
    ),
    "de": ("de", "Die Aktion wurde bis zum 30. Juni 2031 verlängert.", "2031-06-30"),
    "fr": ("fr", "L'action a été prolongée jusqu'au 30 juin 2031.", "2031-06-30"),
    "es": ("es", "Hemos ampliado el plazo hasta el 30 de junio de 2031.", "2031-06-30"),
}


@pytest.mark.parametrize("case", list(EXTENDED), ids=list(EXTENDED))
def test_a_new_phrase_extends_the_deadline(case: str) -> None:
    language, text, deadline = EXTENDED[case]
    record = record_of(text, language)
    assert record.get("deadline") == deadline
    assert record.get("status") == "update"
    assert any(u.get("kind") == "extended" for u in record.get("updates") or [])


# (language, text): a further-information notice
UPDATES: dict[str, tuple[str, str]] = {
    "en": (
        "en",
        "This is an update on Urgent Action 12/31: the trial of Nadia Testova was postponed.",
    ),
    "de": ("de", "Aktualisierung: Der Prozess gegen Nadia Testova wurde auf Juli vertagt."),
    "fr": ("fr", "Actualisation : le procès de Nadia Testova a été reporté à juillet."),
    "es": ("es", "Más información sobre la AU 12/31: el juicio de Nadia Testova fue aplazado."),
}


@pytest.mark.parametrize("case", list(UPDATES), ids=list(UPDATES))
def test_a_new_phrase_marks_an_update(case: str) -> None:
    language, text = UPDATES[case]
    assert record_of(text, language).get("status") == "update"


# Prose that uses the same words and says nothing of the person or the action.
NOT_SAID: dict[str, tuple[str, str, str]] = {
    "en a demand": (
        "en",
        "Journalist Kwame Testfield must be freed immediately and unconditionally.",
        "Kwame Testfield",
    ),
    "en sentenced to death": (
        "en",
        "Student activist Aziz Samplewood was sentenced to death on 2 May 2031 and could be "
        "hanged at any time.",
        "Aziz Samplewood",
    ),
    "de nicht entlassen": (
        "de",
        "Die Aktivistin Lena Beispielova wurde bis heute nicht aus der Haft entlassen.",
        "Lena Beispielova",
    ),
    "fr pas relâchée": (
        "fr",
        "La journaliste Amina Testard n'a pas été relâchée malgré la décision du juge.",
        "Amina Testard",
    ),
    "es exigencia": (
        "es",
        "La defensora Lucía Ejemplar debe quedar en libertad de inmediato.",
        "Lucía Ejemplar",
    ),
}


@pytest.mark.parametrize("case", list(NOT_SAID), ids=list(NOT_SAID))
def test_prose_with_the_same_words_gives_no_state(case: str) -> None:
    language, text, name = NOT_SAID[case]
    assert state_of(text, language, name) is None


NOT_CLOSED: dict[str, tuple[str, str]] = {
    "en a trial deadline": (
        "en",
        "The court extended the deadline for the defence to 30 June 2031; Nadia Testova "
        "remains in detention. Please write before 30 July 2031.",
    ),
    "de haft verlängert": (
        "de",
        "Die Untersuchungshaft von Nadia Testova wurde am 3. Mai 2031 um zwei Monate "
        "verlängert; ihr Verfahren ist nicht abgeschlossen worden.",
    ),
    "fr détention prolongée": (
        "fr",
        "La détention de Nadia Testova a été prolongée jusqu'au 30 juin 2031 par le juge.",
    ),
    "es plazo judicial": (
        "es",
        "El juez concedió a Nadia Testova un plazo de diez días para recurrir la sentencia.",
    ),
}


@pytest.mark.parametrize("case", list(NOT_CLOSED), ids=list(NOT_CLOSED))
def test_prose_neither_closes_nor_extends(case: str) -> None:
    language, text = NOT_CLOSED[case]
    record = record_of(text, language)
    assert record.get("status") == "open", record.get("status")
    assert not any(u.get("kind") == "extended" for u in record.get("updates") or [])
