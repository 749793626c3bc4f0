"""What a coordinator gets from `batch` besides the letters: packs per paper size, PDF packs,
print warnings said once (or per row where the supporter's own address causes them), `--zip`."""

from __future__ import annotations

import io
import json
import shutil
import stat
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from ualetters.cli import app
from ualetters.errors import EXIT_INVALID
from ualetters.writers.combine import paper_of

from .conftest import CASE_FILE, ROOT
from .test_batch_run import files
from .test_print_warnings import strict_error

THREE_TARGETS = ROOT / "benchmarks" / "three_targets.yaml"
MEMBERS = ROOT / "tests" / "data" / "batch" / "members-excel-utf8.csv"
DATE = "2020-07-23"
HEADER = "name,street,postal_code,city,country,language\n"
BERN = "Anna Beispiel,Beispielweg 12,3011,Bern,CH,de-CH\n"
WASHINGTON = "Mary O'Neil,2360 Main Street,20008,Washington,US,en\n"
WASHINGTON_TOO = "John Doe,1 Elm Street,20008,Washington,US,en\n"
# Too long for the return line of din5008-b even abbreviated (see test_print_fit).
FRANKFURT = (
    '"Dr. Johanna Schmidt-Müller","c/o Familie Oberhauser-Lindenberg\n'
    'Friedrich-Ebert-Straße 123\nHinterhaus, 3. Obergeschoss links",60311,'
    "Frankfurt am Main,DE,de\n"
)


def supporters(folder: Path, *rows: str) -> Path:
    path = folder / "supporters.csv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def run(*args: str | Path):
    return CliRunner().invoke(app, ["batch", *map(str, args)])


# --- packs per paper size ----------------------------------------------------------------------


def test_combine_all_writes_one_pack_per_paper_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    members = supporters(tmp_path, BERN, WASHINGTON)
    result = run(CASE_FILE, "--supporters", members, "--out", "pack", "--date", DATE,
                 "--combine", "all", "--jobs", "1")  # fmt: skip
    assert result.exit_code == 0, result.output
    out = tmp_path / "pack"
    a4, letter = out / "all-letters-A4.docx", out / "all-letters-Letter.docx"
    assert not (out / "all-letters.docx").exists()
    assert paper_of(a4.read_bytes()) == "A4" and paper_of(letter.read_bytes()) == "Letter"
    for pack, width in ((a4, 210.0), (letter, 215.9)):
        sections = docx.Document(pack).sections
        assert [round(s.page_width.mm, 1) for s in sections] == [width]
    assert "Sehr geehrter Herr Präsident" in "\n".join(p.text for p in docx.Document(a4).paragraphs)
    assert result.stderr.splitlines()[-1] == (
        "packs, one per paper size: pack/all-letters-A4.docx, pack/all-letters-Letter.docx"
    )
    combined = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["combined"]
    assert [(c["file"], c["paper"], c["letters"]) for c in combined] == [
        ("all-letters-A4.docx", "A4", "1"),
        ("all-letters-Letter.docx", "Letter", "1"),
    ]

    # The same folder with supporters on one paper: one pack, and no stale pack of another.
    members.write_text(HEADER + BERN, encoding="utf-8")
    # Another list into the same folder: the earlier supporter's letters go with --clean.
    again = run(CASE_FILE, "--supporters", members, "--out", "pack", "--date", DATE,
                "--combine", "all", "--zip", "--clean")  # fmt: skip
    assert again.exit_code == 0, again.output
    assert sorted(p.name for p in out.glob("all-letters*")) == ["all-letters.docx"]
    assert again.stderr.splitlines()[-1] == "pack: pack/all-letters.docx; zip: pack/letters.zip"


def test_supporter_packs_share_their_paper(tmp_path: Path) -> None:
    members = supporters(tmp_path, BERN, WASHINGTON)
    out = tmp_path / "pack"
    result = run(CASE_FILE, "--supporters", members, "--out", out, "--date", DATE,
                 "--combine", "supporter", "--jobs", "1")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert paper_of((out / "Mary-O-Neil" / "Mary-O-Neil_letters.docx").read_bytes()) == "Letter"
    assert paper_of((out / "Anna-Beispiel" / "Anna-Beispiel_letters.docx").read_bytes()) == "A4"
    assert result.stderr.splitlines()[-1] == (
        f"packs: one in each supporter's folder, as {out}/Anna-Beispiel/Anna-Beispiel_letters.docx"
    )


@pytest.mark.office
def test_pdf_packs_are_made_and_listed(tmp_path: Path) -> None:
    members = supporters(tmp_path, BERN, WASHINGTON)
    out = tmp_path / "pack"
    result = run(CASE_FILE, "--supporters", members, "--out", out, "--date", DATE,
                 "--format", "pdf", "--combine", "supporter", "--jobs", "1")  # fmt: skip
    assert result.exit_code == 0, result.output
    packs = sorted(out.glob("*/*_letters.pdf"))
    assert [p.name for p in packs] == ["Anna-Beispiel_letters.pdf", "Mary-O-Neil_letters.pdf"]
    for pack, size in zip(packs, ("(A4)", "612 x 792 pts (letter)"), strict=True):
        info = subprocess.run(["pdfinfo", pack], capture_output=True, text=True, check=True)
        assert f"{size}\n" in info.stdout
        assert "Pages:           1\n" in info.stdout
        text = subprocess.run(["pdftotext", pack, "-"], capture_output=True, text=True).stdout
        assert "Askarov" in text
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {c["file"]: c for c in manifest["combined"]}
    assert set(listed) == {
        "Anna-Beispiel/Anna-Beispiel_letters.docx",
        "Mary-O-Neil/Mary-O-Neil_letters.docx",
        "Anna-Beispiel/Anna-Beispiel_letters.pdf",
        "Mary-O-Neil/Mary-O-Neil_letters.pdf",
    }
    assert all(len(c["sha256"]) == 64 and c["letters"] == "1" for c in listed.values())
    assert result.stderr.splitlines()[-1].endswith(
        f"PDF packs: one in each supporter's folder, as {out}/Anna-Beispiel/"
        "Anna-Beispiel_letters.pdf"
    )


def test_combining_needs_a_print_format(tmp_path: Path) -> None:
    members = supporters(tmp_path, BERN)
    result = run(CASE_FILE, "--supporters", members, "--out", tmp_path / "out",
                 "--format", "txt", "--combine", "all")  # fmt: skip
    assert result.exit_code == 2
    assert result.stderr == "error: --combine: combining needs the docx or pdf format\n"


# --- how the letters print ---------------------------------------------------------------------


def test_print_warnings_once_per_address_and_a_note_per_row(
    tmp_path: Path, nine_lines: Path
) -> None:
    members = supporters(tmp_path, WASHINGTON, WASHINGTON_TOO, FRANKFURT, BERN)
    out = tmp_path / "out"
    result = run(nine_lines, "--supporters", members, "--out", out, "--date", DATE)
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert (
        lines.count(
            "warning: UA 61/20: the address of president does not fit the window of layout us, "
            "even in 8 pt type: 9 lines; check the printed letter or shorten the address"
        )
        == 1
    )  # two US supporters, one address: said once
    assert [line for line in lines if "note:" in line] == [
        f"{members}: row 4: note: the return line of the letter to president is left out in "
        "layout din5008-b: your address does not fit on one line in the window even "
        "abbreviated (the letter's sender block still has it in full)"
    ]
    assert len(list(out.glob("*/*.docx"))) == 4  # every letter written all the same


def test_strict_batch_writes_nothing_for_a_letter_that_prints_badly(
    tmp_path: Path, nine_lines: Path
) -> None:
    members = supporters(tmp_path, BERN, WASHINGTON)
    out = tmp_path / "out"
    result = run(nine_lines, "--supporters", members, "--out", out, "--date", DATE, "--strict")
    assert result.exit_code == EXIT_INVALID
    assert result.stderr == strict_error(nine_lines)
    assert not out.exists()

    members = supporters(tmp_path, BERN, FRANKFURT)
    result = run(CASE_FILE, "--supporters", members, "--out", out, "--date", DATE, "--strict")
    assert result.exit_code == EXIT_INVALID
    assert result.stderr.startswith(
        f"error: {members}: row 3: the return line of the letter to president is left out in "
        "layout din5008-b: "
    )
    assert result.stderr.count("\n") == 1
    assert not out.exists()


# --- the zip -----------------------------------------------------------------------------------


def test_zip_holds_the_files_bytes_and_is_the_same_every_time(tmp_path: Path) -> None:
    archives = []
    for jobs in ("1", "2", "2"):
        out = tmp_path / f"run{len(archives)}"
        result = run(THREE_TARGETS, "--supporters", MEMBERS, "--out", out, "--date", DATE,
                     "--combine", "supporter", "--zip", "--jobs", jobs)  # fmt: skip
        assert result.exit_code == 6, result.output
        written = files(out)
        archive = written.pop("letters.zip")
        archives.append(archive)
        with zipfile.ZipFile(io.BytesIO(archive)) as opened:
            assert opened.testzip() is None
            names = opened.namelist()
            assert names == sorted(names)
            assert {name: opened.read(name) for name in names} == written
            modes = {stat.S_IMODE(info.external_attr >> 16) for info in opened.infolist()}
            assert modes == {0o644}
        assert not [p for p in out.rglob("*.part")]
    assert archives[0] == archives[1] == archives[2]


def test_a_rerun_rewrites_the_zip_to_the_same_bytes(tmp_path: Path) -> None:
    out = tmp_path / "out"
    members = supporters(tmp_path, BERN, WASHINGTON)
    args = (CASE_FILE, "--supporters", members, "--out", out, "--date", DATE, "--zip")
    assert run(*args).exit_code == 0
    first = (out / "letters.zip").read_bytes()
    shutil.rmtree(out / "Anna-Beispiel")
    assert run(*args).exit_code == 0
    assert (out / "letters.zip").read_bytes() == first
