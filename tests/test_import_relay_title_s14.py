"""A repost's heading above the older Secretariat header (fourteenth session, the corpus
README's Titles convention 2c): the relayed document's concern line after its number is its
headline, so a heading the repost put above it is marked for review, never kept silently.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from ualetters.importer import parse_text

_RELAYED = (
    "Acción Urgente sobre DETENCION ARBITRARIA en LORVANIA\n\n"
    "Público – Índice AI: AMR 99/004/2009 – 4 de marzo de 2009\n\n"
    "AU 31/09 Detención arbitraria / Temor de malos tratos\n\n"
    "LORVANIA Tomás Ejemplar Ruiz (h)\n\n"
    "El sindicalista Tomás Ejemplar Ruiz fue detenido el 2 de marzo de 2009.\n"
)


def test_a_reposts_heading_above_an_older_header_is_marked() -> None:
    draft = parse_text(_RELAYED, url="https://blog.example.org/?p=3", name="x.txt")
    assert draft.record["title"] == "Acción Urgente sobre DETENCION ARBITRARIA en LORVANIA"
    assert draft.marked(("title",))
    assert "concern line" in (draft.todo_for(("title",)) or "")


def test_the_same_heading_without_an_older_header_stays_unmarked() -> None:
    text = _RELAYED.replace("AU 31/09 Detención arbitraria / Temor de malos tratos\n\n", "")
    draft = parse_text(text, url="https://blog.example.org/?p=3", name="x.txt")
    assert draft.record["title"] == "Acción Urgente sobre DETENCION ARBITRARIA en LORVANIA"
    assert not draft.marked(("title",))
