"""Persons in the International Secretariat's older notices, from knowledge of the format.

A further-information notice of the 1990s lists its persons one per line under the country
("TURKEY: A, lawyer / B, journalist"), with no blank line between the header and the list,
and says what happened to them in sentences that end in a year ("... released on 28 January
1995. C and D remain ..."). Made-up texts; each case failed before its change.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text
from ualetters.importer.text import paragraphs, sentences

NOTICE = """\
EXTERNAL AI Index: EUR 44/12/95
Distr: UA/SC
3 February 1995
Further information on UA 450/94 (EUR 44/154/94, 20 December 1994) - Fear of torture
TURKEY
Ahmet Example, lawyer
Mehmet Testoglu, lawyer
Hasan Sampleman, journalist
Ayse Example, lawyer
New names: Kemal Example, Ali Riza Example, both members of the Human Rights Association

Ahmet Example, Mehmet Testoglu and Hasan Sampleman were released on 28 January 1995. Ayse \
Example, Kemal Example and Ali Riza Example remain in police custody in Diyarbakir, where they \
are reported to have been tortured.

No further action is requested from the UA network. Many thanks to all who sent appeals.
"""


def _persons(text: str, language: str = "en") -> dict[str, dict[str, Any]]:
    draft = parse_text(text, language=language, name="made-up.txt")
    return {p["name"]: p for p in draft.record.get("persons", [])}


def test_a_sentence_ends_after_a_year() -> None:
    said = "A was released on 28 January 1995. B remains held. Sie kam am 3. März frei."
    assert sentences(said) == [
        "A was released on 28 January 1995.",
        "B remains held.",
        "Sie kam am 3. März frei.",
    ]


def test_only_the_persons_of_the_release_sentence_are_released() -> None:
    found = _persons(NOTICE)
    released = {name for name, p in found.items() if (p.get("status") or {}).get("state")}
    assert released == {"Ahmet Example", "Mehmet Testoglu", "Hasan Sampleman"}


def test_a_roll_of_names_keeps_each_role_with_its_name() -> None:
    found = _persons(NOTICE)
    assert {name: p.get("role") for name, p in found.items()} == {
        "Ahmet Example": "lawyer",
        "Mehmet Testoglu": "lawyer",
        "Hasan Sampleman": "journalist",
        "Ayse Example": "lawyer",
        "Kemal Example": "member of the Human Rights Association",
        "Ali Riza Example": "member of the Human Rights Association",
    }


@pytest.mark.parametrize(
    "lines",
    [
        # wrapped prose in a narrow column: its lines begin in lower case or hold a sentence
        [
            "Ahmet Example, a lawyer, was arrested",
            "on 3 May at his home in Diyarbakir, and",
            "Amnesty International fears he is at risk.",
        ],
        # a header's fields: no comma in most of them
        ["EXTERNAL AI Index: EUR 44/12/95", "Distr: UA/SC", "UA 12/95 Fear of torture"],
    ],
)
def test_lines_that_are_no_roll_are_joined(lines: list[str]) -> None:
    assert paragraphs(lines) == [" ".join(lines)]


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        (
            "Free the members of the Example Youth Movement! Police arrested Ana Muestra and "
            "Rosa Prueba on 3 May. Ana Muestra was beaten. Rosa Prueba was beaten.",
            "en",
            None,
        ),
        (
            "Ana Muestra and Rosa Prueba are members of the Example Youth Movement. Ana Muestra "
            "was beaten. Rosa Prueba was beaten.",
            "en",
            "member of the Example Youth Movement",
        ),
        (
            "Die Polizei nahm zwei weitere Mitglieder der Beispiel-Bewegung fest, Anna Muster und "
            "Eva Probe. Anna Muster wurde geschlagen. Eva Probe wurde geschlagen.",
            "de",
            None,
        ),
    ],
)
def test_members_of_a_group_is_a_role_only_where_the_list_says_it(
    text: str, language: str, role: str | None
) -> None:
    found = _persons(text, language)
    assert len(found) == 2
    assert all(p.get("role") == role for p in found.values()), found


def test_a_gender_marker_with_no_name_before_it_marks_no_one() -> None:
    # A reviewer's note or a broken line: "...; (m) marker with roles" once crashed the import
    # (a person with an empty name).
    text = (
        "Note: names kept as printed; (m) marker with roles on the same line\n"
        "UA 160/09 Fear of torture\n"
        "IRAN Ali Example (m), lawyer\n\n"
        "Ali Example was arrested on 16 June 2009 at his office in Tehran.\n"
    )
    found = _persons(text)
    assert list(found) == ["Ali Example"]
    assert found["Ali Example"]["gender"] == "male"
