"""Texts a page flattened: the header run into the title's line, bullets run into one line.

Made-up texts in the shape of the International Secretariat's UA and its sections'
translations, as a stored copy or a text extraction can leave them.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text
from ualetters.importer.text import clean

ACTION = (
    "\n\nJournalist Katsiaryna Andreyeva was detained on 15 November 2020 in Minsk while "
    "reporting on a peaceful protest. She is a prisoner of conscience.\n"
)


BODIES = {
    "en": ACTION,
    "de": "\n\nDie Journalistin Katsiaryna Andreyeva wurde am 15. November 2020 in Minsk "
    "festgenommen, als sie über einen friedlichen Protest berichtete. Sie ist eine gewaltlose "
    "politische Gefangene.\n",
    "fr": "\n\nLa journaliste Katsiaryna Andreyeva a été arrêtée le 15 novembre 2020 à Minsk "
    "alors qu'elle couvrait une manifestation pacifique. Elle est une prisonnière d'opinion.\n",
    "es": "\n\nLa periodista Katsiaryna Andreyeva fue detenida el 15 de noviembre de 2020 en "
    "Minsk mientras informaba sobre una protesta pacífica. Es una presa de conciencia.\n",
}


@pytest.mark.parametrize(
    ("header", "language", "ua"),
    [
        (
            "URGENT ACTION JOURNALIST DETAINED UA 45/21 Index: EUR 49/1234/2021 Belarus "
            "Date: 3 March 2021",
            "en",
            "UA 45/21",
        ),
        (
            "EILAKTION JOURNALISTIN IN HAFT UA 45/21 AI-Index: EUR 49/1234/2021 Belarus "
            "Datum: 3. März 2021",
            "de",
            "UA 45/21",
        ),
        (
            "ACTION URGENTE JOURNALISTE DÉTENUE AU 45/21 Index : EUR 49/1234/2021 Bélarus "
            "Date : 3 mars 2021",
            "fr",
            "AU 45/21",
        ),
        (
            "ACCIÓN URGENTE PERIODISTA DETENIDA AU 45/21 Índice: EUR 49/1234/2021 "
            "Bielorrusia Fecha: 3 de marzo de 2021",
            "es",
            "AU 45/21",
        ),
    ],
)
def test_a_header_run_into_the_title_line_gives_number_index_and_date(
    header: str, language: str, ua: str
) -> None:
    record = parse_text(header + BODIES[language], name="made-up").record
    assert record["language"] == language
    assert record["ua"] == ua
    assert record["index"] == "EUR 49/1234/2021"
    assert str(record["issued"]) == "2021-03-03"


@pytest.mark.parametrize(
    "bullets",
    [
        "- Calling on the authorities to release her immediately; - Urging them to drop all "
        "charges against her.",
        "• Calling on the authorities to release her immediately • Urging them to drop all "
        "charges against her.",
    ],
)
def test_bullets_run_into_one_line_are_separate_demands(bullets: str) -> None:
    text = (
        "UA 45/21 Index: EUR 49/1234/2021" + ACTION + "\nPlease write immediately in "
        "Belarusian, Russian or your own language: " + bullets + "\n"
    )
    demands = parse_text(text, name="made-up").record["demands"]
    assert [d.split(" ", 1)[0] for d in demands] == ["Calling", "Urging"]


def test_a_dash_in_prose_does_not_split_its_line() -> None:
    line = "She was detained in Minsk - the capital - on 15 November 2020."
    assert clean(line) == line
    assert clean("Write: - Release her; - Drop the charges.").split("\n") == [
        "Write:",
        "- Release her;",
        "- Drop the charges.",
    ]
