"""How a letter prints reaches the user: `check --layout/--lang`, `generate` warnings, `--strict`.

The judgement is `printfit`'s (tested there); these tests check that every command asks it
the same way (`planning.Planner.print_report`) and what a user sees.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import ualetters
from ualetters.cli import app
from ualetters.errors import EXIT_INVALID

from .conftest import CASE_FILE, SENDER_FILE

ADDRESS_WARNING = (
    "warning: the address of president does not fit the window of layout us, even in 8 pt "
    "type: 9 lines; check the printed letter or shorten the address"
)


def strict_error(case: Path) -> str:
    """Return what --strict says of the nine-line address in layout us (generate, batch)."""
    return (
        f"error: {case}: the address of president does not fit the window of layout us, "
        "even in 8 pt type: 9 lines; check the printed letter or shorten the address; nothing "
        "was written, as --strict asks\n"
    )


def run(*args: str | Path):
    return CliRunner().invoke(app, [str(arg) for arg in args])


def test_check_shows_how_a_case_prints_in_a_layout_and_language(nine_lines: Path) -> None:
    args = ("check", nine_lines, "--sender", SENDER_FILE, "--date", "2020-07-23")
    result = run(*args, "--layout", "us", "--lang", "de")
    assert result.exit_code == 0, result.output
    assert "    language: de-CH (chosen with --lang)\n" in result.stdout
    assert f"    {ADDRESS_WARNING}\n" in result.stdout
    # The sender's own layout (ch) has room for nine lines.
    assert "does not fit" not in run(*args, "--lang", "de").stdout


def test_check_refuses_an_unknown_layout_once(nine_lines: Path) -> None:
    result = run("check", nine_lines, CASE_FILE, "--sender", SENDER_FILE, "--layout", "a5")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: --layout: unknown layout 'a5'")


def test_generate_warns_and_writes(nine_lines: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ("generate", nine_lines, "--sender", SENDER_FILE, "--date", "2020-07-23")
    result = run(*args, "--layout", "us", "--lang", "de", "--out", out)
    assert result.exit_code == 0, result.output
    assert f"{ADDRESS_WARNING}\n" in result.stderr
    assert (out / "ua-61-20_president_de.docx").is_file()
    # Text letters have no window: nothing to warn about.
    text_only = run(*args, "--layout", "us", "-f", "txt", "--out", tmp_path / "txt")
    assert text_only.exit_code == 0 and "does not fit" not in text_only.stderr


def test_strict_generate_writes_nothing_and_names_target_and_layout(
    nine_lines: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    result = run(
        "generate", nine_lines, "--sender", SENDER_FILE, "--date", "2020-07-23",
        "--layout", "us", "--lang", "de", "--strict", "--out", out,
    )  # fmt: skip
    assert result.exit_code == EXIT_INVALID
    assert result.stderr == strict_error(nine_lines)
    assert not out.exists()
    # What prints well passes --strict.
    fine = run(
        "generate", nine_lines, "--sender", SENDER_FILE, "--date", "2020-07-23",
        "--strict", "--out", out,
    )  # fmt: skip
    assert fine.exit_code == 0, fine.output
    assert sorted(p.name for p in out.iterdir()) == [
        "ua-61-20_president_de.docx",
        "ua-61-20_president_de.txt",
    ]


def test_the_library_reports_print_warnings_as_messages(nine_lines: Path, tmp_path: Path) -> None:
    sender = ualetters.load_sender(SENDER_FILE)
    import datetime as dt

    date = dt.date(2020, 7, 23)
    done = ualetters.generate(nine_lines, sender, out=tmp_path, date=date, layout="us")
    (warning,) = [w for w in done.warnings if "window" in w]
    assert isinstance(warning, ualetters.Message)
    assert warning.params["target"] == "president" and warning.params["layout"] == "us"
    with pytest.raises(ualetters.InputError) as raised:
        ualetters.generate(
            nine_lines, sender, out=tmp_path / "strict", date=date, layout="us", strict=True
        )
    assert raised.value.exit_code == EXIT_INVALID
    assert not (tmp_path / "strict").exists()


def test_check_measures_copy_letters_and_names_the_copys_recipient(tmp_path: Path) -> None:
    """An embassy's address that cannot fit the window: check says it, as generate --copies."""
    text = CASE_FILE.read_text(encoding="utf-8")
    lines = "".join(
        f'        - "Ligne {n} de la Mission permanente de la République kirghize à Genève"\n'
        for n in range(1, 9)
    )
    case = tmp_path / "case.yaml"
    case.write_text(
        text.replace("      street: avenue Blanc 51\n", "      street:\n" + lines, 1),
        encoding="utf-8",
    )
    warning = (
        "warning: the address of Botschaft der Kirgisischen Republik does not fit the window "
        "of layout ch, even in 8 pt type"
    )
    date = ["--date", "2020-07-23"]
    checked = run("check", case, "--sender", SENDER_FILE, *date)
    assert checked.exit_code == 0, checked.output
    assert any(line.strip().startswith(warning) for line in checked.stdout.splitlines())
    written = run(
        "generate", case, "--sender", SENDER_FILE, "--copies", "-o", tmp_path / "g", *date
    )
    assert written.exit_code == 0, written.output
    assert any(line.startswith(warning) for line in written.stderr.splitlines())
    warned = [line for line in written.stderr.splitlines() if line.startswith("warning:")]
    assert not any("president" in line for line in warned)  # the copy's recipient, not the id
