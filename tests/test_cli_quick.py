"""The quick parser of `ualetters generate` reads a command line exactly as Typer does.

The console script parses a plain `generate` command line itself (Typer's start-up costs
as long as the letter); every other line goes to Typer. Both are built from one table of
declared parameters (`console.GENERATE`); these tests run both over the same lines.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import CASE_FILE, SENDER_FILE, run
from ualetters import console

QUICK_LINES = [
    ["case.yaml"],
    ["-"],
    ["case.yaml", "--sender", "s.toml", "--date", "2020-07-23", "--out", "out", "--force", "-q"],
    ["--out=-", "case.yaml", "-f", "txt", "--format", "json", "--format=docx"],
    ["case.yaml", "-s", "s.toml", "-o", "-", "--lang", "de-CH", "--layout", "ch"],
    ["case.yaml", "--street", "Weg 1", "--street", "Haus 2", "--writes", "de", "--writes", "en"],
    ["case.yaml", "--sender-lang", "fr", "--name", "Ann", "--city", "Bern", "--country", "CH"],
    ["case.yaml", "--postal-code", "3000", "--area", "BE", "--email", "a@b.ch", "--note", "Hi"],
    ["case.yaml", "--fold-marks", "--strict", "--with-translation", "--copies", "--quiet"],
    ["case.yaml", "--allow-closed", "--templates", "tpl", "--soffice", "office", "--out", "x"],
    ["case.yaml", "--out", "a", "--out", "b"],  # the last one counts, as in Click
]

TYPER_LINES = [
    [],
    ["--help"],
    ["case.yaml", "--help"],
    ["case.yaml", "--sendr", "s.toml"],
    ["case.yaml", "--sender"],
    ["case.yaml", "--out", ""],
    ["case.yaml", "--out", "--force"],
    ["case.yaml", "other.yaml"],
    ["case.yaml", "--force=yes"],
    ["case.yaml", "-qf", "txt"],
    ["case.yaml", "--", "-x.yaml"],
    ["-x.yaml"],
    ["case.yaml", "--version"],
]


def typer_values(monkeypatch: pytest.MonkeyPatch, words: list[str]) -> dict[str, Any]:
    """Return the values Typer hands `console.generate` for `generate WORDS`."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(console, "generate", lambda **values: seen.update(values))
    ran = run("generate", *words)
    assert ran.code == 0, ran.stderr
    return seen


@pytest.mark.parametrize("words", QUICK_LINES, ids=" ".join)
def test_both_parsers_give_the_same_values(
    monkeypatch: pytest.MonkeyPatch, words: list[str]
) -> None:
    assert console.quick_parse(console.GENERATE, words) == typer_values(monkeypatch, words)


@pytest.mark.parametrize("words", TYPER_LINES, ids=" ".join)
def test_other_lines_are_left_to_typer(words: list[str]) -> None:
    assert console.quick_parse(console.GENERATE, words) is None


def test_help_lists_every_declared_option() -> None:
    shown = run("generate", "--help").stdout
    for name, param in console.GENERATE.items():
        if param.kind != "argument" and not param.hidden:
            assert param.spellings(name)[0] in shown


def program(
    *words: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m ualetters WORDS` (the console script's entry) in a new process."""
    return subprocess.run(
        [sys.executable, "-m", "ualetters", *words],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**os.environ, "LANG": "C.UTF-8", **(env or {})},
        check=False,
    )


def test_the_program_writes_what_typer_writes(tmp_path: Path) -> None:
    words = ["generate", str(CASE_FILE), "--sender", str(SENDER_FILE), "--date", "2020-07-23"]
    quick = program(*words, "--out", "quick", cwd=tmp_path)
    assert quick.returncode == 0, quick.stderr
    slow = run(*words, "--out", str(tmp_path / "slow"))
    assert slow.code == 0
    names = sorted(p.name for p in (tmp_path / "quick").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "slow").iterdir())
    assert len(names) == 2
    for name in names:
        assert (tmp_path / "quick" / name).read_bytes() == (tmp_path / "slow" / name).read_bytes()
    assert quick.stderr.replace("quick", "X") == slow.stderr.replace(str(tmp_path / "slow"), "X")


@pytest.mark.parametrize(
    "extra",
    [
        ["--date", "2020-7-23"],  # the library's usage error names the option
        ["--lang", "xx"],
        ["--layout", "a5"],
        ["--ui-lang", "de", "--date", "tomorrow"],
        ["--out", "x.jsonl", "-f", "docx"],
    ],
    ids=" ".join,
)
def test_errors_read_the_same_on_both_paths(tmp_path: Path, extra: list[str]) -> None:
    words = ["generate", str(CASE_FILE), "--sender", str(SENDER_FILE), *extra]
    quick = program(*words, cwd=tmp_path)
    slow = run(*words, env={"LANG": "C.UTF-8"})
    assert quick.returncode == slow.code != 0
    assert quick.stderr == slow.stderr
    assert quick.stdout == slow.stdout == ""


def test_version_and_unknown_commands(tmp_path: Path) -> None:
    assert program("--version", cwd=tmp_path).stdout == run("--version").stdout
    typo = program("generat", cwd=tmp_path)
    assert typo.returncode == 2
    assert "error: No such command 'generat'. Did you mean 'generate'" in typo.stderr
