"""Persons found from what happens to them: made-up texts in known layouts, in en/de/fr/es.

Three families the rules once missed: a quoted nickname inside or after a name (another name,
no part of the name); a German table line whose last field holds a date ("am 2. Juni
freigelassen"); a name after an event noun or a verb of the sentence ("commuted the death
sentence of X", "X's death sentence", "Am 3. März kam X frei", "la peine de mort d'X",
"das Todesurteil gegen X"). Officials, lawyers and judges named next to them stay no persons.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def _persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    record = parse_text(text, language=language, name="made-up.txt").record
    return {p["name"]: p for p in record.get("persons") or []}


# (case, language, text, {name: other name the nickname gives, or None})
NICKNAMES = [
    (
        "en-bullets-nickname-inside",
        "en",
        """\
URGENT ACTION

Police arrested three students on 4 May 2021:
• Rosa Elena Torrez, 22, law student
• Marco "El Gato" Villca (24), engineering student

Please write to the Attorney General.
""",
        {"Rosa Elena Torrez": None, "Marco Villca": "El Gato"},
    ),
    (
        "en-nickname-after-name",
        "en",
        """\
URGENT ACTION

Rapper Tariq Bensalem “Tiko” was arrested on 2 March 2022 after a concert in Oran.
""",
        {"Tariq Bensalem": "Tiko"},
    ),
    (
        "de-nickname-german-quotes",
        "de",
        """\
URGENT ACTION

Der Rapper Hamza Ben Testi „Hamma“ wurde am 5. April 2021 in Tunis festgenommen.
""",
        {"Hamza Ben Testi": "Hamma"},
    ),
    (
        "fr-nickname-guillemets-inside",
        "fr",
        """\
ACTION URGENTE

Le militant Karim « Le Prof » Testaoui a été arrêté le 3 juin 2020 à Alger.
""",
        {"Karim Testaoui": "Le Prof"},
    ),
    (
        "es-nickname-guillemets-inside",
        "es",
        """\
ACCIÓN URGENTE

Carlos «El Chino» Mamani Quispe fue detenido el 3 de junio de 2020 en El Alto.
""",
        {"Carlos Mamani Quispe": "El Chino"},
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "persons"),
    [pytest.param(*case[1:], id=case[0]) for case in NICKNAMES],
)
def test_a_nickname_is_another_name(
    language: str, text: str, persons: dict[str, str | None]
) -> None:
    found = _persons(text, language)
    assert set(found) == set(persons)
    for name, nickname in persons.items():
        if nickname:
            assert nickname in (found[name].get("other_names") or []), found[name]


# (case, language, text, {name: (role, state)}) - German table lines "Name – role – event"
TABLE_ROWS = [
    (
        "de-table-two-dated-rows",
        "de",
        """\
Belarus: Menschenrechtler in Haft

Ales Testowitsch – Menschenrechtsverteidiger – am 14. Juli 2021 festgenommen
Marfa Beispielowa – Journalistin – am 3. Februar 2022 freigelassen
""",
        {
            "Ales Testowitsch": ("Menschenrechtsverteidiger", None),
            "Marfa Beispielowa": ("Journalistin", "released"),
        },
    ),
    (
        "de-table-three-rows-one-dated",
        "de",
        """\
Iran: Gewerkschafter verurteilt

Reza Testani – Busfahrer – zu fünf Jahren verurteilt
Davood Beispiel – Lehrer – am 1. März 2020 hingerichtet
Nasrin Exempli – Gewerkschafterin – in Haft
""",
        {
            "Reza Testani": ("Busfahrer", None),
            "Davood Beispiel": ("Lehrer", "executed"),
            "Nasrin Exempli": ("Gewerkschafterin", None),
        },
    ),
]


@pytest.mark.parametrize(
    ("language", "text", "persons"),
    [pytest.param(*case[1:], id=case[0]) for case in TABLE_ROWS],
)
def test_a_table_line_with_a_date(
    language: str, text: str, persons: dict[str, tuple[str, str | None]]
) -> None:
    found = _persons(text, language)
    assert set(found) == set(persons)
    for name, (role, state) in persons.items():
        assert found[name].get("role") == role
        assert (found[name].get("status") or {}).get("state") == state, name


# (case, language, a sentence, the person it names, that person's state; anyone else named
# in it is an official, a lawyer or a judge and no person)
EVENTS = [
    (
        "en-death-sentence-of-then-to",
        "en",
        "On 3 May 2020 the Supreme Court commuted the death sentence of Ali Reza Karimi to 15 "
        "years in prison.",
        "Ali Reza Karimi",
        "commuted",
    ),
    (
        "en-possessive-death-sentence",
        "en",
        "Ali Reza Karimi's death sentence was commuted on 3 May 2020.",
        "Ali Reza Karimi",
        "commuted",
    ),
    (
        "en-possessive-execution-judge-named",
        "en",
        "Judge Abolghassem Salavati scheduled Farid Testani's execution for 3 May 2020.",
        "Farid Testani",
        None,
    ),
    (
        "en-possessive-pardon-of-president-named",
        "en",
        "President Hassan Testrouhani's pardon of Farid Testani was announced on 3 May 2020.",
        "Farid Testani",
        None,
    ),
    (
        "en-execution-of-then-in",
        "en",
        "The execution of Farid Testani in Ghezel Hesar prison is imminent, his lawyer Mahmoud "
        "Exempli said.",
        "Farid Testani",
        None,
    ),
    (
        "de-kam-frei",
        "de",
        "Am 3. Mai 2020 kam Ali Reza Karimi frei.",
        "Ali Reza Karimi",
        "released",
    ),
    (
        "de-ist-frei-after-date",
        "de",
        "Seit dem 3. Mai 2020 ist Ali Reza Karimi wieder frei.",
        "Ali Reza Karimi",
        None,
    ),
    (
        "de-todesurteil-gegen-then-in",
        "de",
        "Das Oberste Gericht hat das Todesurteil gegen Ali Reza Karimi am 3. Mai 2020 in eine "
        "Haftstrafe umgewandelt.",
        "Ali Reza Karimi",
        "commuted",
    ),
    (
        "de-verfahren-gegen-anwalt-named",
        "de",
        "Das Verfahren gegen Farid Testani vor dem Revolutionsgericht ist unfair, sagt sein "
        "Rechtsanwalt Mahmoud Exempli.",
        "Farid Testani",
        None,
    ),
    (
        "fr-peine-de-mort-elided-then-en",
        "fr",
        "Le 3 mai 2020, la Cour suprême a commué la peine de mort d'Ali Reza Karimi en 15 ans "
        "de prison.",
        "Ali Reza Karimi",
        "commuted",
    ),
    (
        "fr-execution-de-then-a-prison",
        "fr",
        "L'exécution de Farid Testani à la prison de Ghezel Hesar est imminente, selon son "
        "avocat, Maître Mahmoud Exempli.",
        "Farid Testani",
        None,
    ),
    (
        "es-condena-a-muerte-then-por",
        "es",
        "El 3 de mayo de 2020, el Tribunal Supremo conmutó la condena a muerte de Ali Reza "
        "Karimi por 15 años de prisión.",
        "Ali Reza Karimi",
        "commuted",
    ),
    (
        "es-ejecucion-de-then-en-juez",
        "es",
        "El juez Abolghassem Salavati fijó la ejecución de Farid Testani en la prisión de "
        "Ghezel Hesar.",
        "Farid Testani",
        None,
    ),
]


@pytest.mark.parametrize(
    ("language", "said", "name", "state"),
    [pytest.param(*case[1:], id=case[0]) for case in EVENTS],
)
def test_a_name_after_an_event(language: str, said: str, name: str, state: str | None) -> None:
    heading = {"en": "URGENT ACTION", "de": "URGENT ACTION", "fr": "ACTION URGENTE"}
    text = f"{heading.get(language, 'ACCIÓN URGENTE')}\n\n{said}\n"
    found = _persons(text, language)
    assert set(found) == {name}
    status = found[name].get("status") or {}
    assert status.get("state") == state
    if state:
        assert status.get("date") == "2020-05-03"
