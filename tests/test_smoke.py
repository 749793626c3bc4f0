"""The bundled example end to end through the CLI."""

from __future__ import annotations

from pathlib import Path

from .helpers import EXAMPLE_ARGS, run


def test_generate_bundled_example(tmp_path: Path) -> None:
    result = run(*EXAMPLE_ARGS, "--out", tmp_path)
    assert result.code == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ua-61-20_president_de.docx", "ua-61-20_president_de.txt"]
    text = (tmp_path / "ua-61-20_president_de.txt").read_text(encoding="utf-8")
    assert "Sehr geehrter Herr Präsident\n" in text
    assert "ß" not in text
