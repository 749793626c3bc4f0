"""What many tests share: the bundled example's paths, the CLI run in-process, goldens.

Golden files are what users read (letters, mostly): a golden diff is a review of the
letters. Regenerate every golden after a deliberate change with

    UPDATE_GOLDEN=1 uv run pytest -m "not office"

and read the diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DATA = ROOT / "tests" / "data"
GOLDEN = ROOT / "tests" / "golden"
CASE_FILE = EXAMPLES / "askarov.yaml"
SENDER_FILE = EXAMPLES / "sender.toml"
LETTER_DATE = dt.date(2020, 7, 23)
# `ualetters generate` of the bundled example, signed by the example sender on LETTER_DATE.
EXAMPLE_ARGS = ("generate", str(CASE_FILE), "--sender", str(SENDER_FILE), "--date", "2020-07-23")


class Ran(NamedTuple):
    """What a command did: its exit code and what it printed on stdout and stderr."""

    code: int
    stdout: str
    stderr: str


def run(
    *args: str | Path, stdin: str | bytes | None = None, env: Mapping[str, str] | None = None
) -> Ran:
    """Run `ualetters ARGS...` in this process (Typer's CliRunner) and return what it did."""
    from typer.testing import CliRunner

    from ualetters.cli import app

    result = CliRunner().invoke(app, [str(arg) for arg in args], input=stdin, env=env)
    return Ran(result.exit_code, result.stdout, result.stderr)


def check_golden(name: str, produced: str | bytes) -> None:
    """Compare `produced` with the golden file `tests/golden/NAME` (UPDATE_GOLDEN=1 rewrites it)."""
    path = GOLDEN / name
    data = produced.encode("utf-8") if isinstance(produced, str) else produced
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.is_file(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert data == path.read_bytes(), (
        f"{name} differs from its golden (UPDATE_GOLDEN=1, then review)"
    )


def groups_of(text: str, language: str) -> list[dict[str, Any]]:
    """Return the groups `ualetters import` reads in a made-up text."""
    from ualetters.importer import parse_text

    draft = parse_text(text, name="made-up.txt", language=language)
    return list(draft.record.get("groups", []))


def descriptions(text: str, language: str) -> list[str]:
    """Return the descriptions of the groups read in a made-up text."""
    return [group["description"] for group in groups_of(text, language)]


def persons(text: str, language: str | None = None) -> list[dict[str, Any]]:
    """Return the persons `ualetters import` reads in a made-up text."""
    from ualetters.importer import parse_text

    return list(parse_text(text, language=language).record.get("persons") or [])


def record(text: str, language: str | None = None) -> dict[str, Any]:
    """Return the record `ualetters import` drafts from a made-up text."""
    from ualetters.importer import parse_text

    return dict(parse_text(text, language=language).record)


def persons_by_name(text: str, language: str | None = None) -> dict[str, dict[str, Any]]:
    """Return the persons `ualetters import` reads in a made-up text, by name."""
    return {str(p["name"]): p for p in record(text, language).get("persons", [])}


def role(found: dict[str, dict[str, Any]], name: str) -> str | None:
    """Return the role of one person of `persons_by_name`, failing when the name was not read."""
    assert name in found, sorted(found)
    value = found[name].get("role")
    return None if value is None else str(value)
