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

from tests.helpers import CASE_FILE, EXAMPLES, SENDER_FILE, run
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


BATCH_LINES = [
    ["case.yaml", "--supporters", "m.csv"],
    ["a.yaml", "b.yaml", "--supporters=m.csv", "-o", "pack", "-j", "2", "--limit", "10"],
    ["a.yaml", "--supporters", "m.csv", "-f", "txt", "--format", "docx", "--zip", "--strict"],
    ["a.yaml", "--supporters", "m.csv", "--dry-run", "--clean", "--map", "Ort=city"],
    ["a.yaml", "--supporters", "m.csv", "--extra", "Notiz", "--encoding", "cp1252", "-q"],
    ["a.yaml", "--supporters", "m.csv", "--combine", "all", "--copies", "--allow-closed"],
    ["a.yaml", "--supporters", "m.csv", "--date", "2020-07-23", "--lang", "de", "--layout", "ch"],
    ["a.yaml", "--supporters", "m.csv", "--templates", "tpl", "--jobs=01"],
]

BATCH_TYPER_LINES = [
    ["a.yaml"],  # no --supporters
    ["--supporters", "m.csv"],  # no case
    ["a.yaml", "--supporters", "m.csv", "-j", "0"],
    ["a.yaml", "--supporters", "m.csv", "--limit", "-1"],
    ["a.yaml", "--supporters", "m.csv", "--limit", "ten"],
    ["a.yaml", "--supporters", "m.csv", "--jobs", "\uff12"],  # a digit, not an ASCII one
]

COMMANDS = [
    *[("generate", words) for words in QUICK_LINES],
    *[("batch", words) for words in BATCH_LINES],
]


def typer_values(monkeypatch: pytest.MonkeyPatch, command: str, words: list[str]) -> dict[str, Any]:
    """Return the values Typer hands `console.<command>` for `<command> WORDS`."""
    seen: dict[str, Any] = {}
    monkeypatch.setattr(console, command, lambda **values: seen.update(values))
    ran = run(command, *words)
    assert ran.code == 0, ran.stderr
    return seen


@pytest.mark.parametrize(("command", "words"), COMMANDS, ids=lambda v: " ".join(v))
def test_both_parsers_give_the_same_values(
    monkeypatch: pytest.MonkeyPatch, command: str, words: list[str]
) -> None:
    quick = console.quick_parse(console.QUICK[command], words)
    assert quick == typer_values(monkeypatch, command, words)


@pytest.mark.parametrize(
    ("command", "words"),
    [*[("generate", w) for w in TYPER_LINES], *[("batch", w) for w in BATCH_TYPER_LINES]],
    ids=lambda v: " ".join(v),
)
def test_other_lines_are_left_to_typer(command: str, words: list[str]) -> None:
    assert console.quick_parse(console.QUICK[command], words) is None


@pytest.mark.parametrize("command", sorted(console.QUICK))
def test_help_lists_every_declared_option(command: str) -> None:
    shown = run(command, "--help").stdout
    for name, param in console.QUICK[command].items():
        if param.kind not in ("argument", "arguments") and not param.hidden:
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


def test_a_batch_through_the_program_is_the_same_as_through_typer(tmp_path: Path) -> None:
    members = EXAMPLES / "members.csv"
    words = ["batch", str(CASE_FILE), "--supporters", str(members), "--date", "2020-07-23"]
    quick = program(*words, "--out", "quick", "--zip", cwd=tmp_path)
    slow = run(*words, "--out", str(tmp_path / "slow"), "--zip", env={"LANG": "C.UTF-8"})
    assert quick.returncode == slow.code
    files = sorted(p.relative_to(tmp_path / "quick") for p in (tmp_path / "quick").rglob("*"))
    assert files == sorted(p.relative_to(tmp_path / "slow") for p in (tmp_path / "slow").rglob("*"))
    for name in files:
        if (tmp_path / "quick" / name).is_file():
            assert (tmp_path / "quick" / name).read_bytes() == (
                tmp_path / "slow" / name
            ).read_bytes()
    assert quick.stderr.replace("quick", "X") == slow.stderr.replace(str(tmp_path / "slow"), "X")


@pytest.mark.parametrize("words", [["--help"], ["generate", "--help"], ["batch", "--help"]])
def test_help_builds_no_pydantic_adapter(tmp_path: Path, words: list[str]) -> None:
    # Typer coerces every parameter through pydantic (~0.25 s to import and build); an
    # option nobody gave is coerced without it (cli._no_pydantic_for_nothing).
    script = (
        "import sys\n"
        f"sys.argv = ['ualetters', *{words!r}]\n"
        "from ualetters.console import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str(sorted(m for m in sys.modules if m.startswith('pydantic'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert done.stderr == "[]"
    assert "Usage:" in done.stdout
