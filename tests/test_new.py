"""`ualetters new FILE`: the questions on a terminal, what is written, and what stops it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import typer

import ualetters
from ualetters.sources import find_todos

from .helpers import run


@pytest.fixture(autouse=True)
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ualetters.cli.interactive", lambda: True)


def test_each_answer_is_checked_as_check_would_and_asked_again_with_the_reason(
    tmp_path: Path,
) -> None:
    """B11, N10: a bad UA number, country, control character or date is asked again, saying
    why (no stray '[]'); the file written loads, its values quoted."""
    answers = [
        "no number",
        "UA 1/20",
        "x: y",
        "KG  # TODO(ualetters) x",
        "kg",
        "Anna\x07",
        "Anna # TODO(ualetters) not a mark",
        "Minister",
        "",
        "20301231",
        "2030-W01-1",
        "2030-12-31",
    ]
    path = tmp_path / "case.yaml"
    result = run("new", path, stdin="\n".join(answers) + "\n")
    assert result.code == 0, result.stderr
    reasons = [line for line in result.stderr.splitlines() if line != f"written: {path}"]
    assert reasons == [
        "no number: not a UA number as printed (e.g. UA 61/20)",
        "x: y: not a country code (ISO 3166, e.g. KG)",
        "KG  # TODO(ualetters) x: not a country code (ISO 3166, e.g. KG)",
        "Anna: holds a control character; type it again",
        "20301231: expected a date written YYYY-MM-DD (e.g. 2030-12-31)",
        "2030-W01-1: expected a date written YYYY-MM-DD (e.g. 2030-12-31)",
    ]
    assert "[]" not in result.stdout
    text = path.read_text(encoding="utf-8")
    assert 'ua: "UA 1/20"\ncountry: "KG"\ndeadline: "2030-12-31"\n' in text
    case = ualetters.load_case(path, allow_todos=True)
    assert (case.ua, case.country, case.deadline) == ("UA 1/20", "KG", dt.date(2030, 12, 31))
    assert case.persons[0].name == "Anna # TODO(ualetters) not a mark"
    tasks = [todo.task for todo in find_todos(text)]
    assert "not a mark" not in tasks
    # The address's country is the answer's, and says it may need checking.
    assert any("the country of this address" in task for task in tasks)


def test_ctrl_d_at_a_question_writes_nothing_and_exits_130(tmp_path: Path) -> None:
    """B10: end of input is no crash: one plain line, exit 130, no 'Aborted!'."""
    path = tmp_path / "case.yaml"
    result = run("new", path, stdin="UA 1/20\n")  # then end of input
    assert result.code == 130
    assert result.stderr == "no answer; nothing was written\n"
    assert not path.exists()


def test_ctrl_c_at_a_question_is_interrupted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B10: Ctrl-C at a prompt: 'interrupted', exit 130, as the README's exit codes say."""

    def interrupted(*args: object, **kwargs: object) -> str:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise typer.Abort() from None  # as Click's prompt turns it

    monkeypatch.setattr("ualetters.cli.typer.prompt", interrupted)
    path = tmp_path / "case.yaml"
    result = run("new", path)
    assert result.code == 130
    assert result.stderr == "error: interrupted\n"
    assert not path.exists()


def test_new_onto_a_dangling_link_needs_force(tmp_path: Path) -> None:
    """S5: a link to nothing is refused before any question, as any existing file is."""
    link = tmp_path / "case.yaml"
    link.symlink_to("nowhere.yaml")
    result = run("new", link, "--no-input")
    assert result.code == 4
    assert result.stderr == f"error: {link}: exists already; use --force to overwrite it\n"
    assert link.is_symlink()
