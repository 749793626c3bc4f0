"""Titles and dates (fourteenth session), each shape with made-up texts: the older
Secretariat header's concern under the number with the date beside it or under the concern,
or run on one line after the date; the Swiss site's country label after the kind of action;
a section's name before a bar; a headline in capitals ending in a number above a label's line;
the Swiss header's "(UA aktiv seit: ...)"; a post's date above the relayed document's own; an
index followed by its date after a comma, or a date in brackets run into the index.

Every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

# -- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            # the concern under the number, the date under the concern, then the country
            "AMNISTIA INTERNACIONAL - ACCION URGENTE\nÍndice AI: AMR 99/001/2007\n\nAU 12/07\n"
            "Temor por la seguridad / detención arbitraria\n4 de marzo de 2007\n\nPARAGUAY\n"
            "Rosa Ejemplo, periodista\n\nLa periodista Rosa Ejemplo fue detenida el 2 de marzo.",
            "Temor por la seguridad / detención arbitraria",
        ),
        (
            # the date beside the number; the country run into the words below the concern
            "PÚBLICO Índice AI: AMR 99/12/99/s\nAU 45/99 7 de mayo de 1999\n"
            "Temor por la seguridad y amenazas de muerte\nPARAGUAYTemor por la seguridad: "
            "sindicalistas\nLos sindicalistas de Villa Ejemplo recibieron amenazas.",
            "Temor por la seguridad y amenazas de muerte",
        ),
        (
            # the older header run on one line, the concern after the date
            "PÚBLICO AU 61/01 Índice AI: AMR 99/20/01/s 3 de junio del 2001 Temor por la "
            "seguridad de campesinos PARAGUAYTemor por la seguridad: campesinos de Villa "
            "Ejemplo\nLos campesinos fueron amenazados el 1 de junio.",
            "Temor por la seguridad de campesinos",
        ),
    ],
)
def test_older_spanish_header_gives_its_concern(text: str, title: str) -> None:
    draft = parse_text(text, language="es")
    assert draft.record.get("title") == title


def test_a_header_line_in_capitals_is_no_concern() -> None:
    draft = parse_text(
        "UA 31/14 3 March 2014 URGENT ACTION ASA 99/031/2014\nNORLANDIA\nLAWYER IN NORLANDIA "
        "THREATENED\nTomas Example (m)\nSince 1 March the lawyer Tomas Example has been "
        "followed by unidentified men.",
        language="en",
    )
    assert draft.record.get("title") == "LAWYER IN NORLANDIA THREATENED"


def test_swiss_kind_of_action_and_country_label_leave_the_headline() -> None:
    draft = parse_text(
        "URGENT ACTION Briefaktion: Mexiko Aktivistin bedroht\nUA 044/25 I Mitmachen bis 3. "
        "Juni 2025 I (UA aktiv seit: 14.03.2025) I AI-Index: AMR 41/1234/2025\nDie Aktivistin "
        "Rosa Beispiel wird seit Februar bedroht.",
        language="de",
    )
    assert draft.record.get("title") == "Aktivistin bedroht"
    assert str(draft.record.get("issued")) == "2025-03-14"


def test_french_swiss_header_active_since_dates_the_action() -> None:
    draft = parse_text(
        "URGENT ACTION Action lettre: Norlande Un avocat détenu au secret\nUA 012/25 I Agir "
        "jusqu'au 3 juin 2025 I (UA active depuis: 21.02.2025) I AI-Index: EUR 99/1234/2025\n"
        "L'avocat Paul Exemple est détenu au secret depuis le 12 février.",
        language="fr",
    )
    assert str(draft.record.get("issued")) == "2025-02-21"


def test_a_section_name_before_a_bar_is_no_part_of_the_headline() -> None:
    draft = parse_text(
        "© Photo Exemple\nActions Urgentes | Norlande. Six militants condamnés à mort\n"
        "Six militants ont été condamnés à mort après des procès iniques. Écrivez aux autorités.",
        language="fr",
    )
    assert draft.record.get("title") == "Norlande. Six militants condamnés à mort"


def test_a_headline_in_capitals_ending_in_a_number_keeps_the_label_below_apart() -> None:
    draft = parse_text(
        "EXECUTION SET FOR MAN SENTENCED AT 19\n\nUA: USA 12.24\n\nTomas Example is scheduled "
        "to be executed on 3 May 2024.\n\nTAKE ACTION:\n  1. Write to the Governor.\n",
        language="en",
    )
    assert draft.record.get("title") == "EXECUTION SET FOR MAN SENTENCED AT 19"


# -- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "issued"),
    [
        ("Tuesday, 12 May 2009", "2009-04-30"),
        ("May 9, 2009", "2009-04-30"),
    ],
)
def test_a_post_date_above_the_relayed_document_date(top: str, issued: str) -> None:
    draft = parse_text(
        f"{top}\nNorlandia: Appeal for Tomas Example\nAmnesty International has issued the "
        "following appeal.\n30 April 2009\nNORLANDIA Tomas Example (m), aged 40\nTomas "
        "Example is at risk of execution.",
        language="en",
    )
    assert str(draft.record.get("issued")) == issued


def test_a_date_alone_much_earlier_than_the_post_stays_apart() -> None:
    draft = parse_text(
        "Tuesday, 12 May 2009\nNorlandia: Appeal for Tomas Example\nAmnesty International has "
        "issued the following appeal.\n3 January 2008\nNORLANDIA Tomas Example (m)\n"
        "Tomas Example is at risk of execution.",
        language="en",
    )
    assert str(draft.record.get("issued")) == "2009-05-12"


@pytest.mark.parametrize(
    "line",
    [
        "Urgent Action Bulletin, AI Index: AFR 99/07/98, 20 February 1998",
        "(20 February 1998)AI Index: AFR 99/07/98",
    ],
)
def test_an_index_and_its_date_on_one_line(line: str) -> None:
    draft = parse_text(
        f"Amnesty International\nNorlandia bulletin\n{line}\nTomas Example, folk-singer\n"
        "Rosa Example, student\nThe two were arrested on 12 February 1998.",
        language="en",
    )
    assert str(draft.record.get("issued")) == "1998-02-20"


def test_spanish_index_followed_by_its_date() -> None:
    draft = parse_text(
        "PÚBLICO AU 12/00 Índice AI: AMR 99/05/00/s 9 de febrero del 2000 Temor por la "
        "seguridad PARAGUAYTemor por la seguridad: sindicalistas Los sindicalistas recibieron "
        "amenazas.",
        language="es",
    )
    assert str(draft.record.get("issued")) == "2000-02-09"


def test_a_headline_in_capitals_run_into_the_text_below_the_kicker() -> None:
    draft = parse_text(
        "First UA: 12/21 Index: AFR 99/1234/2021 Date: 3 May 2021\nURGENT ACTION\nFARMERS "
        "EVICTED FROM THEIR LAND Despite a court order halting the evictions, more than 300 "
        "families were removed from their homes in Villa Ejemplo on 1 May.\nTAKE ACTION: WRITE "
        "AN APPEAL IN YOUR OWN WORDS\n",
        language="en",
    )
    assert draft.record.get("title") == "FARMERS EVICTED FROM THEIR LAND"
    assert draft.marked(("title",))


def test_german_action_runs_until_with_a_word_between() -> None:
    draft = parse_text(
        "Eilaktion\nUA-12/2024\n\nBauern bedroht\n\nDie Bauern von Villa Beispiel werden seit "
        "März bedroht.\n\nDie Aktion läuft bis mindestens 4. Juni 2024.\n",
        language="de",
    )
    assert str(draft.record.get("deadline")) == "2024-06-04"


def test_spanish_online_action_closed_with_its_date() -> None:
    draft = parse_text(
        "Norlandia: Periodista detenida\n¡Gracias!\nEsta acción ha finalizado. Hemos sido 1.234 "
        "firmantes\nLa periodista Rosa Ejemplo fue detenida el 3 de marzo de 2015.\nEsta "
        "ciberacción ha finalizado (12 de mayo de 2015)\n",
        language="es",
    )
    assert draft.record.get("status") == "closed"
    updates = draft.record.get("updates") or []
    assert any(str(update.get("date")) == "2015-05-12" for update in updates), updates
