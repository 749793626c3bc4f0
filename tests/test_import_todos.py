"""A draft's `TODO(ualetters)` marks: `check` points at each, `generate` and `batch` refuse it."""

from __future__ import annotations

from pathlib import Path

import pytest

from ualetters.errors import CaseFileError
from ualetters.sources import find_todos, load_case

from .helpers import CASE_FILE, DATA, SENDER_FILE, run

US = DATA / "ua-texts" / "12-us-china-abudourexiti-222-17.txt"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A draft case file imported from a corpus text."""
    path = tmp_path / "draft.yaml"
    result = run("import", US, "--out", path)
    assert result.code == 0, result.stderr
    return path


def test_check_points_at_every_todo_with_its_line(draft: Path) -> None:
    todos = find_todos(draft.read_text(encoding="utf-8"))
    assert len(todos) >= 3
    result = run("check", draft, "--date", "2017-10-01")
    assert result.code == 3
    assert f"TODO(ualetters) marks left: {len(todos)}" in result.stdout
    for todo in todos:
        assert f"{draft}:{todo.line}: {todo.task}" in result.stdout
    # The draft loads (address rules are warnings, with their lines): only the marks fail it.
    assert "error:" not in result.stderr
    assert f"warning: {draft}:" in result.stdout


def test_generate_refuses_a_draft_in_one_line_and_writes_nothing(
    draft: Path, tmp_path: Path
) -> None:
    todos = find_todos(draft.read_text(encoding="utf-8"))
    out = tmp_path / "letters"
    result = run("generate", draft, "--sender", SENDER_FILE, "--date", "2017-10-01", "--out", out)
    assert result.code == 3
    assert result.stderr == (
        f"error: {draft}:{todos[0].line}: {len(todos)} TODO(ualetters) marks left, the first: "
        f"{todos[0].task}; resolve them before writing letters ('ualetters check' lists them all)\n"
    )
    assert not out.exists()
    piped = run("generate", "-", "--sender", SENDER_FILE, "--out", "-", stdin=draft.read_bytes())
    assert piped.code == 3 and "TODO(ualetters) marks left" in piped.stderr


def test_batch_refuses_a_draft_before_writing(draft: Path, tmp_path: Path) -> None:
    members = tmp_path / "members.csv"
    members.write_text("name,street,city,country\nAnna Beispiel,Beispielweg 12,Bern,CH\n")
    out = tmp_path / "pack"
    result = run("batch", draft, "--supporters", members, "--out", out, "--date", "2017-10-01")
    assert result.code == 3
    assert "TODO(ualetters) marks left, the first:" in result.stderr
    assert not any(out.glob("**/*.docx"))


def test_a_file_without_marks_loads_and_checks_as_before() -> None:
    assert not find_todos(CASE_FILE.read_text(encoding="utf-8"))
    assert load_case(CASE_FILE).ua == "UA 61/20"
    result = run("check", CASE_FILE, "--date", "2020-07-23")
    assert result.code == 0 and "TODO" not in result.stdout


def test_the_library_refuses_a_draft_unless_asked_to_read_one(draft: Path) -> None:
    text = draft.read_text(encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"TODO\(ualetters\) marks left"):
        load_case(draft)
    resolved = CASE_FILE.read_text(encoding="utf-8") + "# TODO(ualetters): one more thing\n"
    with pytest.raises(CaseFileError) as refused:
        load_case(resolved, name="case.yaml")
    assert refused.value.line == resolved.count("\n")
    assert load_case(resolved, name="case.yaml", allow_todos=True).ua == "UA 61/20"
    assert find_todos(text)[0].line < len(text.splitlines())


def test_only_a_comment_is_a_mark_not_the_words_of_a_text() -> None:
    """N1: `# TODO(ualetters)` inside a quoted or block text is the text's; a comment after
    it on the same line still counts, and a file that does not parse still shows its marks."""
    text = (
        'ua: "UA 1/20"\n'
        "title:\n"
        "  en: 'Urgent Action # TODO(ualetters): inside a string'\n"
        '  de: "x #TODO(ualetters) y"  # TODO(ualetters): the German title\n'
        "facts: >-\n"
        "  text # TODO(ualetters): in a folded text\n"
        "country: KG  # TODO(ualetters): check the country\n"
        "# I resolved a TODO(ualetters) mark\n"
    )
    assert [(todo.line, todo.task) for todo in find_todos(text)] == [
        (4, "the German title"),
        (7, "check the country"),
    ]
    broken = "title: [unclosed\ncountry: KG  # TODO(ualetters): check it\n"
    assert [(todo.line, todo.task) for todo in find_todos(broken)] == [(2, "check it")]


def test_a_headline_for_amnestys_readers_is_marked(draft: Path) -> None:
    """S9: 'Urgent Action: ...' is no subject for a letter to an official: the title is marked.
    S13: the kicker is dropped (corpus README); the UA's number in brackets after the headline
    still makes it one for Amnesty's readers."""
    lines = draft.read_text(encoding="utf-8").splitlines()
    title = next(number for number, line in enumerate(lines) if line.startswith("title:"))
    assert "Uighur Woman" in "\n".join(lines[title : title + 3])
    assert "(China: UA 222.17)" in "\n".join(lines[title : title + 3])
    assert "TODO(ualetters): a headline for Amnesty's readers" in lines[title]
