"""A batch's folder is its own: dry runs, test prints, and no stale file after another list."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import CASE_FILE
from .helpers import run

DATE = "2020-07-23"
HEADER = "name,street,postal_code,city,country,language\n"
ANNA = "Anna Beispiel,Beispielweg 12,3011,Bern,CH,de-CH\n"
MARY = "Mary O'Neil,1 Main St,02139,Cambridge,US,en\n"
ZOE = "Zoë Ağaoğlu,Musterstraße 5,10115,Berlin,DE,de\n"


def members(tmp_path: Path, *rows: str, name: str = "members.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def batch(tmp_path: Path, supporters: Path, *extra: str):
    out = tmp_path / "pack"
    return run("batch", CASE_FILE, "--supporters", supporters, "--out", out, "--date", DATE, *extra)


def test_dry_run_plans_every_letter_and_writes_nothing(tmp_path: Path) -> None:
    result = batch(tmp_path, members(tmp_path, ANNA, MARY, "Eve,,,,XX,de\n"), "--dry-run",
                   "--format", "docx", "--format", "txt", "--combine", "all")  # fmt: skip
    assert result.code == 0, result.stderr
    out = tmp_path / "pack"
    assert not out.exists()  # not even the folder
    assert result.stdout.splitlines() == [
        f"row 2: Anna Beispiel -> {out}/Anna-Beispiel/",
        "  UA 61/20, president: de-CH (German (Switzerland)): "
        "ua-61-20_president_de.docx, ua-61-20_president_de.txt",
        f"row 3: Mary O'Neil -> {out}/Mary-O-Neil/",
        "  UA 61/20, president: en-US (English (United States)): "
        "ua-61-20_president_en.docx, ua-61-20_president_en.txt",
    ]
    assert "row 4: city: is empty" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        f"dry run: 4 files for 2 supporters would be written to {out}; 1 row reported; "
        "nothing was written"
    )


def test_limit_takes_the_first_supporters(tmp_path: Path) -> None:
    result = batch(tmp_path, members(tmp_path, ANNA, MARY, ZOE), "--limit", "2", "-f", "txt")
    assert result.code == 0, result.stderr
    assert files(tmp_path / "pack") == [
        "Anna-Beispiel",
        "Anna-Beispiel/ua-61-20_president_de.txt",
        "Mary-O-Neil",
        "Mary-O-Neil/ua-61-20_president_en.txt",
        "manifest.csv",
        "manifest.json",
    ]
    assert "2 rows = 2 written + 0 reported" in result.stderr
    assert batch(tmp_path, members(tmp_path, ANNA), "--limit", "0").code == 2


def test_another_list_is_refused_naming_the_letters_then_cleaned(tmp_path: Path) -> None:
    first = batch(tmp_path, members(tmp_path, ANNA, MARY), "--combine", "all", "--zip")
    assert first.code == 0, first.stderr
    out = tmp_path / "pack"
    before = files(out)
    listed = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["files"]
    assert "letters.zip" in listed and "Mary-O-Neil/ua-61-20_president_en.docx" in listed

    other = members(tmp_path, ANNA, ZOE, name="other.csv")
    refused = batch(tmp_path, other)
    assert refused.code == 4
    assert refused.stderr == (
        f"error: {out} holds 1 letter file of an earlier batch that this one does not write "
        "(Mary-O-Neil/ua-61-20_president_en.docx); give --clean to remove it, or choose "
        "another --out\n"
    )
    assert files(out) == before  # nothing written, nothing removed

    dry = batch(tmp_path, other, "--dry-run")
    assert dry.stdout.splitlines()[-2:] == [
        "an earlier batch's letters this one would not write (removed with --clean, else "
        "the batch stops):",
        f"  {out}/Mary-O-Neil/ua-61-20_president_en.docx",
    ]

    cleaned = batch(tmp_path, other, "--clean")
    assert cleaned.code == 0, cleaned.stderr
    # No stale file: Mary's letter and folder, the packs per paper and the zip are gone.
    assert files(out) == [
        "Anna-Beispiel",
        "Anna-Beispiel/ua-61-20_president_de.docx",
        "Zoë-Ağaoğlu",
        "Zoë-Ağaoğlu/ua-61-20_president_de.docx",
        "manifest.csv",
        "manifest.json",
    ]
    assert "4 files of an earlier batch removed" in cleaned.stderr


def test_switching_packs_never_leaves_a_stale_pack(tmp_path: Path) -> None:
    supporters = members(tmp_path, ANNA, ZOE)
    assert batch(tmp_path, supporters, "--combine", "all").code == 0
    out = tmp_path / "pack"
    assert (out / "all-letters.docx").is_file()
    # The same letters, packed per supporter: no --clean needed, and no all-letters.docx.
    switched = batch(tmp_path, supporters, "--combine", "supporter")
    assert switched.code == 0, switched.stderr
    assert not (out / "all-letters.docx").exists()
    assert (out / "Anna-Beispiel" / "Anna-Beispiel_letters.docx").is_file()
    unpacked = batch(tmp_path, supporters)
    assert unpacked.code == 0
    assert not (out / "Anna-Beispiel" / "Anna-Beispiel_letters.docx").exists()
    assert "kept from an earlier run" in unpacked.stderr


def test_a_tampered_manifest_removes_nothing_outside_the_batch(tmp_path: Path) -> None:
    supporters = members(tmp_path, ANNA)
    assert batch(tmp_path, supporters).code == 0
    out = tmp_path / "pack"
    outside = tmp_path / "precious.docx"
    outside.write_bytes(b"mine")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    for name in ("../precious.docx", "/etc/passwd", "notes.yaml", "a/b/c.docx"):
        manifest["letters"].append({**manifest["letters"][0], "file": name})
    manifest["combined"].append({"file": "../precious.docx"})
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = batch(tmp_path, supporters, "--clean")
    assert result.code == 0, result.stderr
    assert outside.read_bytes() == b"mine"
    assert (out / "notes.txt").is_file()


def test_the_german_spreadsheet_without_map(tmp_path: Path) -> None:
    sheet = tmp_path / "Mitglieder.csv"
    sheet.write_text(
        "Name;Strasse;PLZ;Ort;Land;Sprache;E-Mail\n"
        "Anna Beispiel;Beispielweg 12;3011;Bern;Schweiz;Deutsch;anna@example.org\n"
        "Zoë Ağaoğlu;Musterstraße 5;10115;Berlin;Deutschland;Deutsch;zoe@example.org\n",
        encoding="utf-8",
    )
    result = run(
        "batch", CASE_FILE, "--supporters", sheet, "--out", tmp_path / "pack", "--date", DATE,
        "--format", "txt", env={"LANG": "de_CH.UTF-8"},
    )  # fmt: skip
    assert result.code == 0, result.stderr
    anna = (tmp_path / "pack" / "Anna-Beispiel" / "ua-61-20_president_de.txt").read_text("utf-8")
    assert anna.startswith("Anna Beispiel\nBeispielweg 12\n3011 Bern\n")
    assert "Sehr geehrter Herr Präsident" in anna
    zoe = (tmp_path / "pack" / "Zoë-Ağaoğlu" / "ua-61-20_president_de.txt").read_text("utf-8")
    assert zoe.startswith("Zoë Ağaoğlu\nMusterstraße 5\n10115 Berlin\nDEUTSCHLAND\n")
    assert (
        f"{sheet}: columns used: Name → name, Strasse → street, PLZ → postal_code, Ort → city, "
        "Land → country, Sprache → languages, E-Mail → email"
    ) in result.stderr.replace("Spalten verwendet", "columns used")
