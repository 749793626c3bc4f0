"""The output folder cannot be turned against its user (issue #9, outputs).

Formulas in the CSV files, symbolic links planted in the folder, two batches at once, a
killed batch, names longer than a file system allows, and the permissions of what is
written: each payload asserts the exit code, the one line said, and what is (not) on disk.
"""

from __future__ import annotations

import csv
import os
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ualetters.batch.folders import LOCK, spreadsheet_cell
from ualetters.cli import app

from .conftest import CASE_FILE, ROOT, SENDER_FILE
from .test_batch_resume import ENV, command, members, snapshot, start_and_stop

DATE = "2020-07-23"
HEADER = "name,street,postal_code,city,country,language\n"


def batch(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["batch", *map(str, args)])
    return result.exit_code, result.stderr


def one_supporter(folder: Path, name: str = "Anna Beispiel") -> Path:
    path = folder / "members.csv"
    path.write_text(HEADER + f'"{name}",Weg 1,3011,Bern,CH,de-CH\n', encoding="utf-8")
    return path


def rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.reader(stream))


# --- formulas in the CSV files a coordinator opens in a spreadsheet


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_neutralised(start: str) -> None:
    assert spreadsheet_cell(f"{start}1+1") == f"'{start}1+1"
    assert spreadsheet_cell("Anna = Beispiel") == "Anna = Beispiel"


def test_a_supporter_named_like_a_formula_is_text_in_the_manifest(tmp_path: Path) -> None:
    name = '=HYPERLINK("http://x")'
    members = one_supporter(tmp_path, name.replace('"', '""'))
    code, stderr = batch(
        CASE_FILE, "--supporters", members, "--out", tmp_path / "out", "--date", DATE
    )
    assert code == 0, stderr
    table = rows(tmp_path / "out" / "manifest.csv")
    assert table[1][1] == "'" + name  # a spreadsheet shows the text, runs nothing
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in table for cell in row)


@pytest.mark.parametrize("column", ["@city", "+city", "-city"])
def test_a_column_named_like_a_formula_is_text_in_errors_csv(tmp_path: Path, column: str) -> None:
    members = tmp_path / "members.csv"
    members.write_text(
        f"name,street,postal_code,{column},country\nAnna,Weg 1,3011,,CH\nBen,Weg 2,3011,Bern,CH\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["--supporters", members, "--out", out, "--date", DATE, "--map", f"{column}=city"]
    code, stderr = batch(CASE_FILE, *args)
    assert code == 6, stderr
    assert rows(out / "errors.csv")[1] == ["2", "'" + column, "is empty"]


# --- links planted in the output folder


def planted(tmp_path: Path, name: str, *, folder: bool = False) -> tuple[Path, Path]:
    """Return the output folder with `name` linked to a place outside it, and that place."""
    out = tmp_path / "out"
    out.mkdir()
    outside = tmp_path / "outside"
    if folder:
        outside.mkdir()
    else:
        outside.write_text("not yours\n", encoding="utf-8")
    (out / name).symlink_to(outside, target_is_directory=folder)
    return out, outside


@pytest.mark.parametrize("name", [".ualetters-journal.jsonl", "manifest.json", LOCK])
def test_a_linked_bookkeeping_file_stops_the_batch(tmp_path: Path, name: str) -> None:
    out, outside = planted(tmp_path, name)
    code, stderr = batch(
        CASE_FILE, "--supporters", one_supporter(tmp_path), "--out", out, "--date", DATE
    )
    assert code == 4
    assert stderr == (
        f"error: {out / name}: is a symbolic link; a batch never follows links in its output "
        "folder (remove it, or choose another --out)\n"
    )
    assert outside.read_text(encoding="utf-8") == "not yours\n"
    assert not list(out.glob("*/*.docx"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_linked_supporter_folder_gets_no_letters(tmp_path: Path, jobs: str) -> None:
    out, outside = planted(tmp_path, "Anna-Beispiel", folder=True)
    members = tmp_path / "members.csv"
    members.write_text(HEADER + "Ben,Weg 2,3011,Bern,CH,de\nAnna Beispiel,Weg 1,3011,Bern,CH,de\n")
    code, stderr = batch(
        CASE_FILE, "--supporters", members, "--out", out, "--date", DATE, "--jobs", jobs
    )
    assert code == 4
    assert stderr.startswith(f"error: {out / 'Anna-Beispiel'}: is a symbolic link;")
    assert list(outside.iterdir()) == []


def test_a_linked_manifest_csv_is_refused_not_written_through(tmp_path: Path) -> None:
    out, outside = planted(tmp_path, "manifest.csv")
    code, _stderr = batch(
        CASE_FILE, "--supporters", one_supporter(tmp_path), "--out", out, "--date", DATE
    )
    assert code == 4
    assert outside.read_text(encoding="utf-8") == "not yours\n"


def test_a_linked_letter_is_replaced_not_written_through(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "Anna-Beispiel").mkdir(parents=True)
    outside = tmp_path / "outside.docx"
    outside.write_text("not yours\n", encoding="utf-8")
    letter = out / "Anna-Beispiel" / "ua-61-20_president_de.docx"
    letter.symlink_to(outside)
    code, stderr = batch(
        CASE_FILE, "--supporters", one_supporter(tmp_path), "--out", out, "--date", DATE
    )
    assert code == 0, stderr
    assert not letter.is_symlink() and letter.read_bytes()[:2] == b"PK"
    assert outside.read_text(encoding="utf-8") == "not yours\n"


# --- one batch at a time, and a killed one


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """Return a supporters file of 900 rows and the files of its uninterrupted batch."""
    folder = tmp_path_factory.mktemp("clean")
    supporters = members(folder / "members.csv", 900)
    out = folder / "out"
    subprocess.run(command(supporters, out), check=True, cwd=ROOT, capture_output=True, env=ENV)
    return supporters, snapshot(out)


def test_a_second_batch_into_the_same_folder_stops_at_once(
    tmp_path: Path, clean_run: tuple[Path, dict[str, bytes]]
) -> None:
    supporters, expected = clean_run
    out = tmp_path / "out"
    first = subprocess.Popen(
        command(supporters, out), cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        while not (out / LOCK).exists():
            assert time.monotonic() < deadline and first.poll() is None, first.communicate()
            time.sleep(0.005)
        # Another list into the same folder: were it let in, its letters would mix in.
        other = members(tmp_path / "other.csv", 1)
        second = subprocess.run(
            command(other, out), cwd=ROOT, env=ENV, capture_output=True, text=True
        )
        assert first.poll() is None, "the first batch ended before the second was refused"
    finally:
        first.wait(timeout=120)
    assert second.returncode == 4
    assert second.stderr == (
        f"error: {out}: another batch (process {first.pid}) is writing into this folder; "
        "wait until it ends, or choose another --out\n"
    )
    assert first.returncode == 0
    assert snapshot(out) == expected  # nothing of the second run mixed in


def test_a_killed_batchs_lock_is_taken_over(
    tmp_path: Path, clean_run: tuple[Path, dict[str, bytes]]
) -> None:
    supporters, expected = clean_run
    out = tmp_path / "out"
    killed = start_and_stop(command(supporters, out), out, signal.SIGKILL, letters=100)
    assert killed.returncode == -signal.SIGKILL
    assert (out / LOCK).read_text(encoding="utf-8").split()[0] == str(killed.pid)
    rerun = subprocess.run(
        command(supporters, out), cwd=ROOT, env=ENV, capture_output=True, text=True
    )
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(out) == expected  # the lock and the journal are gone, every byte equal


def test_a_lock_left_without_its_process_is_taken_over(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / LOCK).write_text(f"{2**22 + 12345} {os.uname().nodename}\n", encoding="utf-8")
    code, stderr = batch(
        CASE_FILE, "--supporters", one_supporter(tmp_path), "--out", out, "--date", DATE
    )
    assert code == 0, stderr
    assert not (out / LOCK).exists()


# --- names and permissions


def test_a_name_of_300_bytes_fits_the_file_system(tmp_path: Path) -> None:
    name = "𠮷" * 75  # 4 bytes each in UTF-8: 300 bytes, more than a name may have
    out = tmp_path / "out"
    code, stderr = batch(
        CASE_FILE, "--supporters", one_supporter(tmp_path, name), "--out", out,
        "--date", DATE, "--combine", "supporter",
    )  # fmt: skip
    assert code == 0, stderr
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    assert folder.name.startswith("𠮷" * 50)
    assert {p.name for p in folder.iterdir()} == {
        f"{folder.name}_letters.docx",
        "ua-61-20_president_de.docx",
    }
    # Each name fits in 255 bytes with the temporary suffix of an atomic write.
    assert len(f".{folder.name}_letters.docx.01234567.part".encode()) <= 255


def test_generate_and_batch_write_files_alike(tmp_path: Path) -> None:
    previous = os.umask(0o027)
    try:
        runner = CliRunner()
        one = runner.invoke(
            app,
            ["generate", str(CASE_FILE), "-s", str(SENDER_FILE), "--date", DATE,
             "-o", str(tmp_path / "g"), "-f", "docx"],
        )  # fmt: skip
        many = runner.invoke(
            app,
            ["batch", str(CASE_FILE), "--supporters", str(one_supporter(tmp_path)),
             "-o", str(tmp_path / "b"), "--date", DATE],
        )  # fmt: skip
    finally:
        os.umask(previous)
    assert one.exit_code == many.exit_code == 0
    modes = {
        stat.S_IMODE(path.stat().st_mode)
        for path in [*(tmp_path / "g").iterdir(), *(tmp_path / "b").rglob("*")]
        if path.is_file()
    }
    assert modes == {0o640}  # 0666 less the umask, for letters and manifests alike
