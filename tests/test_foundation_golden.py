"""Golden text letters of the bundled case: a review of a golden diff is a review of the letters.

Regenerate after a deliberate change with
`UPDATE_GOLDEN=1 uv run pytest tests/test_foundation_golden.py`
and read the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ualetters.cli import app

from .conftest import CASE_FILE, ROOT, SENDER_FILE

GOLDEN = ROOT / "tests" / "golden"
DATA = ROOT / "tests" / "data"

# golden file -> (sender file, extra options, file the CLI writes)
CASES = {
    "askarov_president_de.txt": (DATA / "foundation_sender_de.toml", []),
    "askarov_president_de-CH.txt": (SENDER_FILE, []),
    "askarov_president_en.txt": (DATA / "foundation_sender_en.toml", []),
    "askarov_president_en-from-ch.txt": (SENDER_FILE, ["--lang", "en"]),
}


def _generate(tmp_path: Path, sender: Path, extra: list[str]) -> bytes:
    result = CliRunner().invoke(
        app,
        [
            "generate",
            str(CASE_FILE),
            "--sender",
            str(sender),
            "--date",
            "2020-07-23",
            "--format",
            "txt",
            "--out",
            str(tmp_path),
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    (written,) = tmp_path.iterdir()
    return written.read_bytes()


@pytest.mark.parametrize("golden", sorted(CASES))
def test_text_letter_matches_golden(golden: str, tmp_path: Path) -> None:
    sender, extra = CASES[golden]
    produced = _generate(tmp_path, sender, extra)
    path = GOLDEN / golden
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_bytes(produced)
    assert path.is_file(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert produced == path.read_bytes()


def test_goldens_show_the_language_rules() -> None:
    """Guard the goldens themselves, so a careless UPDATE_GOLDEN cannot bless a wrong letter."""
    de = (GOLDEN / "askarov_president_de.txt").read_text(encoding="utf-8")
    ch = (GOLDEN / "askarov_president_de-CH.txt").read_text(encoding="utf-8")
    en = (GOLDEN / "askarov_president_en.txt").read_text(encoding="utf-8")
    en_ch = (GOLDEN / "askarov_president_en-from-ch.txt").read_text(encoding="utf-8")

    assert "\nBerlin, 23. Juli 2020\n" in de
    assert "\nSehr geehrter Herr Präsident,\n" in de
    assert "\nMit freundlichen Grüßen\n" in de
    assert "Kopie an: Botschaft der Kirgisischen Republik, Berlin\n" in de

    # Swiss German: no comma after the salutation, a capital after it, never "ß".
    assert "\nBern, 23. Juli 2020\n" in ch
    assert "\nSehr geehrter Herr Präsident\n\n" in ch
    body = ch.split("Sehr geehrter Herr Präsident\n\n", 1)[1]
    assert body[0].isupper()
    assert "ß" not in ch
    assert "\nFreundliche Grüsse\n" in ch
    assert "Kopie an: Botschaft der Kirgisischen Republik, Genf\n" in ch

    assert "\nLondon, 23 July 2020\n" in en
    assert "\nDear President,\n" in en
    assert "\nYours sincerely,\n" in en
    assert "Copy to:" not in en  # the case names no embassy for senders in the UK

    assert "\nBern, 23 July 2020\n" in en_ch
    assert "Copy to: Embassy of the Kyrgyz Republic, Geneva\n" in en_ch

    for letter in (de, ch, en, en_ch):
        assert "Azimjan Askarov" in letter
        assert "720003 BISHKEK\n" in letter
        body = letter.split("\n\n", 4)[4]  # from the salutation on: wrapped for email
        assert max(len(line) for line in body.splitlines()) <= 72
        assert letter.endswith("\n") and not letter.endswith("\n\n")
