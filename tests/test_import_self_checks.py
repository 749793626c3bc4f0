"""The self-check's shapes of a target block read wrong, on values no parsing rule vetted.

On pages nobody had read, most wrong values left without a mark sat in target blocks: an
address run on into the model letter, the letter's salutation taken as the office. The
checks look at the shape of the values, whatever rule found them; right blocks get no mark.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer.checks import self_check
from ualetters.importer.draft import Draft
from ualetters.importer.markers import TABLES


def _checked(language: str, block: dict[str, Any]) -> Draft:
    draft = Draft(language=language, source="made-up.txt")
    for key, value in block.items():
        draft.put(("targets", 0, key), value, rule="targets.block")
    self_check(draft, "", TABLES[language], None)
    return draft


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("en", "Dear Minister"),
        ("de", "Sehr geehrter Herr Generalstaatsanwalt"),
        ("es", "Estimado Señor Fiscal:"),
        ("fr", "Monsieur le Ministre,"),
    ],
)
def test_a_salutation_taken_as_the_title_is_marked(language: str, title: str) -> None:
    draft = _checked(
        language, {"title": title, "name": "Ivan Example", "emails": ["office@example.gov"]}
    )
    assert "salutation" in (draft.todo_for(("targets", 0, "title")) or "")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("fr", "Monsieur le Président de la République"),
        ("es", "Señor Fiscal General de la Nación"),
        ("en", "Minister of Justice"),
    ],
)
def test_a_title_with_a_courtesy_word_is_no_salutation(language: str, title: str) -> None:
    draft = _checked(
        language, {"title": title, "name": "Ivan Example", "emails": ["office@example.gov"]}
    )
    assert "salutation" not in (draft.todo_for(("targets", 0, "title")) or "")


RUN_ON = [
    "Prosecutor's Office",
    "Ulitsa Example 5",
    "190000 Saint Petersburg",
    "Russian Federation",
]


@pytest.mark.parametrize(
    ("language", "extra", "task"),
    [
        ("en", ["Yours sincerely"], "salutation or closing"),
        ("de", ["Mit freundlichen Grüßen"], "salutation or closing"),
        ("de", ["Sehr geehrter Herr Staatsanwalt,"], "salutation or closing"),
        ("es", ["Atentamente,"], "salutation or closing"),
        (
            "en",
            ["She was detained after she spoke to foreign journalists about the trial."],
            "reads like a sentence",
        ),
        (
            "fr",
            ["que les autorités mettent fin aux poursuites engagées contre elle"],
            "reads like a sentence",
        ),
        ("en", ["MODEL LETTER", "CONTENT", "BACKGROUND", "APPEALS TO"], "more than an address"),
    ],
)
def test_an_address_run_on_into_what_follows_is_marked(
    language: str, extra: list[str], task: str
) -> None:
    draft = _checked(
        language, {"title": "Prosecutor", "name": "Ivan Example", "address_lines": RUN_ON + extra}
    )
    assert task in (draft.todo_for(("targets", 0, "address_lines")) or "")


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("en", ["1 Hoang Hoa Tham St.", "Ba Dinh District", "Hanoi, Viet Nam"]),
        ("fr", ["c/o Ambassade d’Iran auprès de l’Union européenne", "1050 Bruxelles, Belgique"]),
        ("de", ["Botschaft der Russischen Föderation", "Reisnerstraße 45-47", "1030 Wien"]),
        (
            "en",
            [
                "c/o Embassy of Iran to the European Union Avenue Franklin Roosevelt No. 15, "
                "1050 Bruxelles, Belgium"
            ],
        ),
    ],
)
def test_a_whole_address_gets_no_shape_mark(language: str, lines: list[str]) -> None:
    draft = _checked(
        language, {"title": "Minister of Justice", "name": "Ivan Example", "address_lines": lines}
    )
    task = draft.todo_for(("targets", 0, "address_lines")) or ""
    assert not any(
        words in task
        for words in ("salutation or closing", "reads like a sentence", "more than an address")
    )
