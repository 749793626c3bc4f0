"""Updates, status and closing dates on pages the rules had not seen (ninth session).

Every name, number and fact here is invented. Each test is a family of misses on unseen
pages: a follow-up list that prints the year once or slips its separator, a closing line in a
wording the tables did not know (in four languages), a closing notice set apart on its own
line, a closing line printed twice (once with its date), and a notice that begins with thanks.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text


def _updates(text: str, language: str) -> list[dict]:
    return list(parse_text(text, language=language).record.get("updates") or [])


# -- 1. follow-ups listed without their year, and an index and its date split by ";" ------------


def test_follow_ups_without_their_year_keep_day_and_month() -> None:
    text = (
        "Further information (4) on UA 123/97 (AFR 99/010/97, 3 February 1997) and follow-ups "
        "(AFR 99/014/97, 11 February; AFR 99/020/97; 2 March; AFR 99/031/97, 9 April 1997)"
        " - Fear of torture\n\n"
        "ZEMBLA: Tomas Veldor, journalist\n\n"
        "Tomas Veldor was charged on 20 April 1997 and remains in custody.\n"
    )
    updates = _updates(text, "en")
    by_text = {u["text"]: u for u in updates}
    assert by_text["follow-up AFR 99/014/97"].get("date_text") == "11 February"
    assert by_text["follow-up AFR 99/020/97"].get("date_text") == "2 March"
    assert by_text["follow-up AFR 99/031/97"].get("date") == "1997-04-09"


# -- 2. closing lines in a wording the tables did not know ----------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Activistas liberados en Zembla\n\nCuatro activistas de Zembla fueron liberados "
            "sin cargos.\nNo se requiere ninguna nueva acción de la Red de Acción Urgente. "
            "Nuestro agradecimiento a quienes enviaron llamamientos.\n",
            "es",
        ),
        (
            "Journalist freed in Zembla\n\nThe journalist Mara Ostin was freed on bail.\n"
            "Many thanks to everybody who wrote. Please send no more appeals.\n",
            "en",
        ),
        (
            "Militante libérée au Zembla\n\nLa militante Lise Orvan a été libérée.\n"
            "Aucune nouvelle action n'est requise de la part du réseau.\n",
            "fr",
        ),
        (
            "Aktivist in Zembla frei\n\nDer Aktivist Jon Verel ist frei.\n"
            "Es sind keine neuen Aktionen erforderlich.\n",
            "de",
        ),
    ],
)
def test_closing_wordings_close_the_action(text: str, language: str) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("status") == "closed"
    assert [u["kind"] for u in draft.record.get("updates") or []] == ["closed"]


# -- 3. a closing notice alone on its line is the closure, not the story around it ---------------


@pytest.mark.parametrize(
    ("text", "language", "notice"),
    [
        (
            "Zembla: Gewerkschafter gestorben\n\nDiese Aktion ist beendet.\n\n"
            "Der Gewerkschafter Arno Velt ist am 3. Mai in Haft gestorben.\n",
            "de",
            "Diese Aktion ist beendet.",
        ),
        (
            "Écrire Zembla. Un syndicaliste libéré\n\nLe syndicaliste Paul Verand a été libéré "
            "le 4 mai, mais il reste inculpé.\n\nAction terminée\n",
            "fr",
            "Action terminée",
        ),
    ],
)
def test_closing_notice_alone_on_its_line(text: str, language: str, notice: str) -> None:
    updates = _updates(text, language)
    assert updates and updates[0]["kind"] == "closed"
    assert updates[0]["text"] == notice


# -- 4. a closing line printed twice: the dated one says when -----------------------------------


def test_dated_closing_line_gives_the_closing_date() -> None:
    text = (
        "Zembla: amenazas contra periodistas\n"
        "Esta acción ha finalizado. Hemos sido 2.315 firmantes\n"
        "Las amenazas contra periodistas en Zembla aumentan.\n"
        "Esta acción ha finalizado (3 de marzo de 2019)\n"
        "Damos las gracias a las personas que firmaron.\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record.get("status") == "closed"
    assert draft.record.get("status_text") == "Esta acción ha finalizado (3 de marzo de 2019)"
    assert draft.record["updates"][0].get("date") == "2019-03-03"


# -- 5. a notice that begins with thanks keeps them; a line going on after it is marked ---------


def test_closing_notice_keeps_the_thanks_before_it() -> None:
    text = (
        "Further information on UA 77/98 - Zembla: lawyers released\n\n"
        "The lawyers Ilan Moravec and Teo Brask were released on 2 June 1998.\n\n"
        "Congratulations to all those who took part in this action. Please send no more "
        "appeals. Amnesty International will continue to follow the case.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("status_text", "").startswith("Congratulations to all those")


def test_closing_line_going_on_is_marked() -> None:
    text = (
        "Periodistas liberados en Zembla\n\nDos periodistas fueron liberados.\n"
        "No se requiere ninguna nueva acción. Nuestro agradecimiento a quienes enviaron "
        "llamamientos. Seguiremos observando la situación de los dos periodistas\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record.get("status") == "closed"
    assert any("status_text" in str(path) for path in draft.todos), draft.todos


# -- 6. an update label whose news is a sentence beginning with its date -----------------------


@pytest.mark.parametrize(
    ("line", "language", "date"),
    [
        (
            "UPDATE: On 14 March 2016 Amnesty International learned that nine teachers had "
            "been arrested in Zembla.",
            "en",
            "2016-03-14",
        ),
        (
            "Update: Am 2. Juni 2021 wurden in Zembla weitere sieben Lehrerinnen festgenommen.",
            "de",
            "2021-06-02",
        ),
        (
            "Actualización: El 5 de mayo de 2018 las autoridades de Zembla detuvieron a otros "
            "tres maestros.",
            "es",
            "2018-05-05",
        ),
    ],
)
def test_update_label_with_a_dated_sentence(line: str, language: str, date: str) -> None:
    text = f"Zembla: teachers detained\n\n{line}\n\nThe teachers are held without charge.\n"
    updates = _updates(text, language)
    assert [(u.get("date"), u["kind"]) for u in updates] == [(date, "info")]
    assert updates[0]["text"] == line.split(": ", 1)[1]
