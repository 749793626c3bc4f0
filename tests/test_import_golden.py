"""Imported, then completed by hand, a UA gives the letters of a record written by hand.

For three corpus cases (UK 2018, Amnesty USA 2017, Spain 2025) the importer's draft is
completed by a small patch (tests/data/import/NN.patch: the reviewer's work, every TODO
resolved), and its letters must be those of NN-hand.yaml, a record of the same facts written
without the importer. Both are compared with golden letters (UPDATE_GOLDEN=1 rewrites them).
A patch that no longer applies means the importer's draft changed: look at the new draft.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import ualetters
from ualetters.importer import draft_yaml, parse_text
from ualetters.sources import find_todos

from .helpers import DATA, check_golden

IMPORT = DATA / "import"
CASES = {
    # corpus file: (sender, letter date)
    "09-uk-china-zhen-jianghua-fi3": ("sender-gb.toml", dt.date(2018, 10, 1)),
    "12-us-china-abudourexiti-222-17": ("sender-us.toml", dt.date(2017, 10, 15)),
    "37-es-venezuela-au-72-24-fi4": ("sender-es.toml", dt.date(2025, 9, 15)),
}


def apply_patch(text: str, patch: str) -> str:
    """Return `text` with a unified diff applied; every hunk must match exactly where it says."""
    lines = text.split("\n")
    out: list[str] = []
    position = 0
    hunks = re.split(r"^(?=@@ )", patch, flags=re.M)[1:]
    for hunk in hunks:
        header, *body = hunk.rstrip("\n").split("\n")
        start = int(re.match(r"@@ -(\d+)", header).group(1)) - 1  # type: ignore[union-attr]
        out += lines[position:start]
        position = start
        for row in body:
            if row.startswith("\\"):
                continue
            kind, content = row[:1], row[1:]
            if kind in (" ", "-"):
                assert lines[position] == content, (
                    f"the draft changed at line {position + 1}: {lines[position]!r}, "
                    f"the patch expects {content!r}"
                )
                position += 1
            if kind in (" ", "+"):
                out.append(content)
    return "\n".join(out + lines[position:])


def corpus_draft(name: str) -> str:
    path = DATA / "ua-texts" / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    source = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("# source:"))
    start = next(n for n, line in enumerate(lines) if not line.startswith("#"))
    draft = parse_text("\n".join(lines[start:]), url=source, name=source)
    return draft_yaml(draft)


@pytest.mark.parametrize("name", sorted(CASES), ids=lambda n: n[:2])
def test_an_imported_and_completed_case_writes_the_hand_written_letters(name: str) -> None:
    sender_file, date = CASES[name]
    number = name[:2]
    draft = corpus_draft(name)
    assert find_todos(draft), "the draft comes with tasks"
    completed = apply_patch(draft, (IMPORT / f"{number}.patch").read_text(encoding="utf-8"))
    assert not find_todos(completed), "the patch resolves every task"
    imported = ualetters.load_case(completed, name=f"{number}-completed.yaml")
    by_hand = ualetters.load_case(IMPORT / f"{number}-hand.yaml")
    sender = ualetters.load_sender(IMPORT / sender_file)
    letters = ualetters.letters_for(imported, sender, date=date)
    hand_letters = ualetters.letters_for(by_hand, sender, date=date)
    assert [letter.stem for letter in letters] == [letter.stem for letter in hand_letters]
    assert len(letters) >= 1
    for letter, hand in zip(letters, hand_letters, strict=True):
        text = ualetters.to_text(letter)
        assert text == ualetters.to_text(hand)
        check_golden(f"import/{letter.stem}.txt", text)


def test_the_patch_applier_refuses_a_changed_draft() -> None:
    patch = "--- a\n+++ b\n@@ -1,2 +1,2 @@\n one\n-two\n+zwei\n"
    assert apply_patch("one\ntwo\nthree", patch) == "one\nzwei\nthree"
    with pytest.raises(AssertionError, match="the draft changed at line 2"):
        apply_patch("one\n2\nthree", patch)


def test_the_hand_written_records_need_no_review() -> None:
    for path in sorted(IMPORT.glob("*-hand.yaml")):
        assert not find_todos(path.read_text(encoding="utf-8")), path
        assert isinstance(ualetters.load_case(Path(path)), ualetters.Case)
