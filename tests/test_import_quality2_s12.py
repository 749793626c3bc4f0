"""Code and test quality, twelfth session, second wave; every name, place and fact here is
invented.

1. "A, known as B B2, and C" where B B2 is also read as a spelling of A's name: A's other
   names give B B2 once.
"""

from __future__ import annotations

from ualetters.importer import parse_text


def test_an_other_name_that_is_also_a_spelling_stands_once() -> None:
    text = (
        "URGENT ACTION\nThree Osmari students detained\n\nThree Osmari student activists are "
        "held incommunicado in Vellport. \n\nDario Fenwick, Lukas Marrow, known as Luka "
        "Marrowe, and Piet Havelaan were arrested at a rally on 3 May.\n"
    )
    found = {p["name"]: p for p in parse_text(text, language="en").record["persons"]}
    assert found["Lukas Marrow"].get("other_names") == ["Luka Marrowe"]
