"""Docs as tests: each command has help and a README entry; the README's first command runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from ualetters.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        if hasattr(command, "commands"):  # a group of subcommands, like `sender`
            names += [f"{name} {sub}" for sub in command.commands]
        else:
            names.append(name)
    return sorted(names)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_and_a_readme_entry(command: str) -> None:
    result = CliRunner().invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) > 3, "the command has no help text"
    assert f"ualetters {command}" in README, f"README does not mention 'ualetters {command}'"


def test_readme_opens_with_the_two_commands(tmp_path: Path) -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert block is not None
    first, second = [line for line in block.group(1).splitlines() if line.strip()][:2]
    assert second == "uv run pytest"
    words = shlex.split(first)
    assert words[:3] == ["uv", "run", "ualetters"]
    out = tmp_path / "letters"
    args = [w if w != "letters" else str(out) for w in words[3:]]
    args = [str(ROOT / w) if w.startswith("examples/") else w for w in args]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "ua-61-20_president_de.docx",
        "ua-61-20_president_de.txt",
    ]
