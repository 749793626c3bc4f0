"""Where `ualetters import` writes: stdout, `--out` and what is at that path already."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import DATA, run

SOURCE = DATA / "import" / "merge-en.txt"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("out", [[], ["--out", "-"]])
def test_a_stdout_that_takes_nothing_is_an_output_error(out: list[str]) -> None:
    """B9: one line naming stdout and why, exit 4, no traceback, no 'internal error'."""
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "ualetters", "import", str(SOURCE), *out],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 4
    assert done.stderr == "error: <stdout>: cannot write (No space left on device)\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_out_onto_a_pipe_is_refused_and_never_renamed_over(tmp_path: Path) -> None:
    """S2: a device or a FIFO is not replaced by a regular file, even with --force."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = run("import", SOURCE, "--out", fifo, "--force")
    assert result.code == 4
    assert result.stderr == (
        f"error: {fifo}: is not a regular file (a device, a pipe or a socket); "
        "nothing was written\n"
    )
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_out_onto_a_dangling_link_needs_force(tmp_path: Path) -> None:
    """S5: a link to nothing is something at that path: not replaced without --force."""
    link = tmp_path / "draft.yaml"
    link.symlink_to("nowhere.yaml")
    result = run("import", SOURCE, "--out", link)
    assert result.code == 4
    assert result.stderr == f"error: {link}: exists already; use --force to overwrite it\n"
    assert link.is_symlink() and not (tmp_path / "nowhere.yaml").exists()
    assert run("import", SOURCE, "--out", link, "--force").code == 0
    assert not link.is_symlink() and "ua: UA 12/34" in link.read_text(encoding="utf-8")


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_out_onto_a_folder_says_it_is_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, force: list[str]
) -> None:
    """N2: `--out .` is a folder, with or without --force."""
    monkeypatch.chdir(tmp_path)
    result = run("import", SOURCE, "--out", ".", *force)
    assert result.code == 4
    assert result.stderr == "error: .: is a folder; name a file to write\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "named"), [(["", "--out", "x.yaml"], "SOURCE"), ([str(SOURCE), "--out", ""], "--out")]
)
def test_an_empty_name_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], named: str
) -> None:
    """N3: `--out ''` does not write to stdout; `import ''` names what is empty."""
    monkeypatch.chdir(tmp_path)
    result = run("import", *args)
    assert result.code == 2
    assert result.stderr == f"error: {named}: an empty name: give a file, - or an address\n"
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == []


def test_out_and_new_make_missing_folders_alike(tmp_path: Path) -> None:
    """N4: both `import --out` and `new` make the folders a file's path needs."""
    drafted = tmp_path / "a" / "b" / "draft.yaml"
    assert run("import", SOURCE, "--out", drafted).code == 0
    assert "ua: UA 12/34" in drafted.read_text(encoding="utf-8")
    started = tmp_path / "c" / "d" / "case.yaml"
    assert run("new", started).code == 0
    assert started.is_file()


def test_a_stale_temporary_file_of_ours_is_removed_when_the_file_is_next_written(
    tmp_path: Path,
) -> None:
    """N9: a `.NAME.xxxxxxxx.part` a killed run left is removed; another file's is not."""
    out = tmp_path / "draft.yaml"
    stale = tmp_path / ".draft.yaml.f23083f4.part"
    fresh = tmp_path / ".draft.yaml.0badcafe.part"  # a run writing right now
    other = tmp_path / ".other.yaml.f23083f4.part"
    for path in (stale, fresh, other):
        path.write_text("ua: half\n", encoding="utf-8")
    old = time.time() - 3600
    for path in (stale, other):
        os.utime(path, (old, old))
    assert run("import", SOURCE, "--out", out).code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["draft.yaml", fresh.name, other.name]
    )
