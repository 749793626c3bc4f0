"""Counts written out in words beyond twenty, and the language of a short text.

Made-up texts: a group's count is often written out ("quarante étudiants", "forty-two
protesters"), and a section's short teaser has only a few of the commonest words, which must
still tell German from English.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text


@pytest.mark.parametrize(
    ("text", "description", "count"),
    [
        (
            "Amnesty\n\nAt least forty-two protesters were arrested on 3 May in Minsk after a "
            "peaceful march.\n",
            "At least forty-two protesters",
            42,
        ),
        (
            "Amnesty\n\nMindestens zweiunddreißig Menschen wurden am 3. Mai in Teheran "
            "festgenommen, weil sie friedlich protestiert hatten.\n",
            "Mindestens zweiunddreißig Menschen",
            32,
        ),
        (
            "Amnesty\n\nAu moins quatre-vingts manifestants ont été arrêtés le 3 mai à Alger "
            "après une marche pacifique.\n",
            "Au moins quatre-vingts manifestants",
            80,
        ),
        (
            "Amnistía\n\nMás de cuarenta y una personas fueron detenidas el 12 de junio en "
            "Managua por participar en una protesta pacífica.\n",
            "Más de cuarenta y una personas",
            41,
        ),
    ],
)
def test_a_count_written_out_beyond_twenty_is_read(text: str, description: str, count: int) -> None:
    groups = parse_text(text, name="made-up").record.get("groups")
    assert groups == [{"description": description, "count": count}]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Mindestens 32 Menschen wurden am 3. Mai in Teheran festgenommen, weil sie "
            "friedlich protestiert hatten. Die Menschen sind in Gefahr.",
            "de",
        ),
        ("Ils ont été arrêtés à Alger. Elles sont toujours en détention depuis mai.", "fr"),
        ("Han sido detenidas desde mayo. Están en peligro porque protestaron.", "es"),
        ("They were arrested in May. He has been held since then without charge.", "en"),
    ],
)
def test_a_short_text_is_read_in_its_language(text: str, language: str) -> None:
    assert parse_text(f"Amnesty\n\n{text}\n", name="made-up").record["language"] == language
