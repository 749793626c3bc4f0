"""40 members of a group do not send 40 copies of one letter; each note stays in its letter."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from ualetters.cli import app

from .conftest import CASE_FILE

CITIES = [("Bern", "CH", "3011", "de-CH"), ("London", "GB", "SW1A 1AA", "en")]


def group(path: Path) -> Path:
    lines = ["name;street;postal_code;city;country;language;note"]
    for number in range(40):
        city, country, code, lang = CITIES[number % 2]
        note = f"Note number {number}: I taught in Osh for a year." if number % 10 == 3 else ""
        lines.append(f"Member {number};Street {number};{code};{city};{country};{lang};{note}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bodies(out: Path) -> dict[str, str]:
    """Return each letter's text from the salutation on (without names and addresses)."""
    result = {}
    for path in sorted(out.glob("*/*.txt")):
        text = path.read_text(encoding="utf-8")
        start = min(text.index(s) for s in ("Dear President,", "Sehr geehrter") if s in text)
        result[path.parent.name] = text[start:].rsplit("\n\n", 1)[0]  # drop the signature
    return result


def test_forty_members_write_letters_that_differ_and_stay_the_same(tmp_path: Path) -> None:
    members = group(tmp_path / "group.csv")
    outputs = []
    for attempt in ("first", "second"):
        out = tmp_path / attempt
        result = CliRunner().invoke(
            app,
            [
                "batch", str(CASE_FILE), "--supporters", str(members), "--out", str(out),
                "--date", "2020-07-23", "--format", "txt",
            ],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
        outputs.append(bodies(out))
    first, second = outputs
    assert len(first) == 40
    assert first == second  # a rerun writes the same 40 letters
    for lang_start in ("Dear President,", "Sehr geehrter"):
        same_language = [b for b in first.values() if b.startswith(lang_start)]
        assert len(same_language) == 20
        assert len(set(same_language)) >= 10, "the letters of one language are nearly all alike"


def test_a_note_appears_in_its_writers_letter_only(tmp_path: Path) -> None:
    members = group(tmp_path / "group.csv")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "batch", str(CASE_FILE), "--supporters", str(members), "--out", str(out),
            "--date", "2020-07-23", "--format", "txt",
        ],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    letters = bodies(out)
    for number in range(40):
        note = f"Note number {number}: I taught in Osh for a year."
        holders = [name for name, body in letters.items() if note in body]
        assert holders == ([f"Member-{number}"] if number % 10 == 3 else [])
