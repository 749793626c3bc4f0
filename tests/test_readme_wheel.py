"""From an installed wheel, in an empty folder: init --example, then check, generate, batch."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .test_wheel import installed_wheel


@pytest.mark.slow
def test_the_example_kit_works_from_an_installed_wheel(tmp_path: Path) -> None:
    script, env = installed_wheel(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()

    def ualetters(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), *args], cwd=empty, env=env, capture_output=True, text=True, timeout=300
        )

    steps = [
        ("init", "--example"),
        ("check", "askarov.yaml", "--sender", "sender.toml", "--date", "2020-07-23"),
        ("generate", "askarov.yaml", "--sender", "sender.toml", "--date", "2020-07-23"),
        ("batch", "askarov.yaml", "--supporters", "members.csv", "--date", "2020-07-23",
         "--out", "pack", "--combine", "all"),
    ]  # fmt: skip
    for step in steps:
        done = ualetters(*step)
        assert done.returncode == 0, (step, done.stderr)
    assert sorted(p.name for p in empty.iterdir()) == [
        "askarov.yaml", "case.schema.json", "letters", "members.csv", "pack", "sender.toml",
        "ua-235-17.txt",  # the published UA 'init --example' writes for 'import' (#12)
    ]  # fmt: skip
    assert (
        (empty / "askarov.yaml")
        .read_text(encoding="utf-8")
        .startswith("# yaml-language-server: $schema=case.schema.json\n")
    )
    assert (empty / "letters" / "ua-61-20_president_de.docx").is_file()
    assert (empty / "pack" / "all-letters.docx").is_file()
    # The starter kit too, with German headers from the UI language.
    kit = ualetters("init", "kit", "--ui-lang", "de")
    assert kit.returncode == 0, kit.stderr
    header = (empty / "kit" / "members.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("Name;Strasse;PLZ;Ort")
