"""The README runs as written: its shell commands, in order, in a copy of the repository."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# Commands the test does not run, and why.
SKIPPED = {
    "pytest": "the README's own test command: this test is part of it",
    "benchmarks/": "a benchmark: minutes of work, measured by hand (see the README)",
}


# A README command whose comment says "exit N" is expected to exit with N (a check that
# lists what is left to do, say); every other one with 0.
EXPECTED: dict[str, int] = {}


def readme_commands() -> list[str]:
    """Return every command of the README's ```sh blocks, in order, continuations joined."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        joined = re.sub(r"\\\n\s*", "", block)
        for line in joined.splitlines():
            command = re.sub(r"\s+#.*$", "", line).strip()
            said = re.search(r"#.*\bexit (\d+)\b", line)
            if command and not command.startswith("#"):
                commands.append(command)
                if said:
                    EXPECTED[command] = int(said.group(1))
    return commands


def expected_code(command: str) -> int:
    """Return the exit code a command must have here: PDF needs LibreOffice (else 7)."""
    if "--format pdf" in command and shutil.which("soffice") is None:
        return 7
    return EXPECTED.get(command, 0)


def _copy_of_repository(target: Path) -> None:
    """Copy the files git knows (as they are in the work tree) into `target`."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def test_readme_commands_are_found() -> None:
    commands = readme_commands()
    assert commands[0].startswith("uv run ualetters generate examples/askarov.yaml")
    assert any("sender set" in c and "--writes de-CH" in c for c in commands)
    assert all(c.startswith(("uv ", "UPDATE_GOLDEN=")) for c in commands), commands


@pytest.mark.slow
def test_readme_runs_as_written(tmp_path: Path) -> None:
    uv = shutil.which("uv")
    assert uv, "uv is needed to run the README"
    repository, home = tmp_path / "ualetters", tmp_path / "home"
    repository.mkdir()
    home.mkdir()
    _copy_of_repository(repository)
    cache = subprocess.run([uv, "cache", "dir"], capture_output=True, text=True, check=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("VIRTUAL_ENV", "UALETTERS_CONFIG_DIR", "XDG_CONFIG_HOME", "PYTHONPATH")
    }
    # The sender profile goes to the temporary home; uv's cache stays where it is.
    env.update(HOME=str(home), UV_CACHE_DIR=cache.stdout.strip(), LANG="C.UTF-8")
    ran = []
    for command in readme_commands():
        skip = next((why for key, why in SKIPPED.items() if key in command), None)
        if skip:
            ran.append(f"skipped: {command} ({skip})")
            continue
        done = subprocess.run(
            ["bash", "-c", command], cwd=repository, env=env, capture_output=True, text=True,
            timeout=600,
        )  # fmt: skip
        assert done.returncode == expected_code(command), (
            f"README command failed ({done.returncode}): {command}\n{done.stderr[-3000:]}"
        )
        ran.append(command)
    assert (home / ".config" / "ualetters" / "sender.toml").is_file()  # `sender set` used HOME
    assert (repository / "my-letters" / "ua-61-20_president_de.docx").is_file()
    assert (repository / "pack" / "Ольга-Петрова" / "ua-61-20_president_en.docx").is_file()
    assert len(ran) >= 10
