"""Format 1 files still load, and `ualetters migrate` rewrites them in format 2's spelling.

The rewrite edits the text where the parser says (comments, blank lines, quoting and order
stay), means the same case, changes nothing the second time, and is written atomically.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import ualetters
from ualetters.migrate import migrate_text

from .helpers import CASE_FILE, DATA, ROOT, run

# Every case file the project keeps (examples, tests, benchmarks): written in format 1 or 2.
CASE_FILES = sorted(
    {
        *ROOT.glob("examples/*.yaml"),
        *DATA.glob("*.yaml"),
        *DATA.glob("real/*.yaml"),
        *DATA.glob("letters/*.yaml"),
        *DATA.glob("import/*-hand.yaml"),
        *DATA.glob("batch/**/*.yaml"),
        *ROOT.glob("benchmarks/*.yaml"),
    }
)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda path: path.name)
def test_every_kept_case_file_loads_and_migrates_to_the_same_case(path: Path) -> None:
    case = ualetters.load_case(path)
    migration = migrate_text(path.read_text(encoding="utf-8"), str(path))
    again = ualetters.load_case(migration.text)
    assert again.format == 2
    assert {**again.to_data(), "format": None} == {**case.to_data(), "format": None}
    # Idempotent: the migrated text is in the current spelling already.
    assert migrate_text(migration.text, str(path)).changes == ()


OLD = """\
# yaml-language-server: $schema=../docs/case.schema.json
# A format 1 file: its comments and layout stay.
ua: UA 1/21   # the number as printed
country: KG
title: {en: Example}
persons:
  - name: A. Example
    gender: other    # as format 1 spelled it
facts: {en: Facts.}
demands:
  - {en: Release A. Example.}
targets:
  - id: president
    title: {en: President}
    address: {street: 1 Main Street, city: Bishkek, country: KG}

copies:
  CH: {name: {en: Embassy}, place: {en: Geneva}}
  DE:
    - name: Embassy in Berlin  # a comment after the key
      place: Berlin
"""

NEW = """\
# yaml-language-server: $schema=../docs/case.schema.json
# A format 1 file: its comments and layout stay.
format: 2
ua: UA 1/21   # the number as printed
country: KG
title: {en: Example}
persons:
  - name: A. Example
    gender: unknown    # as format 1 spelled it
facts: {en: Facts.}
demands:
  - {en: Release A. Example.}
targets:
  - id: president
    title: {en: President}
    address: {street: 1 Main Street, city: Bishkek, country: KG}

copies:
  CH: {organisation: {en: Embassy}, place: {en: Geneva}}
  DE:
    - organisation: Embassy in Berlin  # a comment after the key
      place: Berlin
"""


def test_migrate_rewrites_in_place_keeping_comments_and_says_what(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(OLD, encoding="utf-8")
    ran = run("migrate", path)
    assert ran.code == 0, ran.stderr
    assert path.read_text(encoding="utf-8") == NEW
    assert ran.stderr.splitlines() == [
        f"{path}: line 3: format 2 added",
        f"{path}: line 8: gender 'other' is now 'unknown'",
        f"{path}: line 18: a copy's 'name' is now 'organisation'",
        f"{path}: line 20: a copy's 'name' is now 'organisation'",
        f"{path}: rewritten in case format 2",
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["case.yaml"]  # no temporary file left
    again = run("migrate", path)
    assert again.code == 0
    assert again.stderr == f"{path}: already in the current spelling\n"
    assert path.read_text(encoding="utf-8") == NEW


def test_migrate_into_another_file_leaves_the_original(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(OLD.replace("ua: UA 1/21", "format: 1\nua: UA 1/21"), encoding="utf-8")
    ran = run("migrate", old, "--out", new)
    assert ran.code == 0, ran.stderr
    assert old.read_text(encoding="utf-8").startswith("# yaml")
    assert "format: 1\n" in old.read_text(encoding="utf-8")
    assert "format: 2\n" in new.read_text(encoding="utf-8")
    assert f"{old}: line 3: format 2\n" in ran.stderr


def test_a_flow_style_case_gets_its_format_inside_the_braces() -> None:
    text = (
        "{ua: UA 1/21, country: KG, title: T, persons: [{name: A}], facts: F, "
        "demands: [D], targets: [{id: t, title: T, email: a@example.org}]}\n"
    )
    migrated = migrate_text(text, "case.yaml").text
    assert migrated.startswith("{format: 2, ua: UA 1/21")
    assert ualetters.load_case(migrated).format == 2


def test_a_bad_case_is_refused_with_its_line_and_nothing_written(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(OLD.replace("country: KG\n", "country: XX\n", 1), encoding="utf-8")
    ran = run("migrate", path)
    assert ran.code == 3
    assert ran.stderr.startswith(f"error: {path}:4: country: ")
    assert path.read_text(encoding="utf-8") == OLD.replace("country: KG\n", "country: XX\n", 1)


def test_the_schema_is_versioned() -> None:
    schema = ualetters.case_schema()
    assert schema["$id"].endswith("/case-2.schema.json")
    committed = (ROOT / "docs" / "case.schema.json").read_text(encoding="utf-8")
    assert '"$id": "https://ualetters.invalid/schemas/case-2.schema.json"' in committed
    assert ualetters.load_case(CASE_FILE).format is None  # the bundled example: format 1
