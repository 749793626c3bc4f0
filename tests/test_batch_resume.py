"""A batch killed midway (SIGKILL) or stopped with Ctrl-C finishes on the next run, same bytes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from .conftest import ROOT

THREE_TARGETS = ROOT / "benchmarks" / "three_targets.yaml"
SUPPORTERS = 300  # x 3 targets: long enough to be caught midway, short enough for a test


def members(path: Path, count: int = SUPPORTERS) -> Path:
    places = [("Bern", "CH", "de-CH"), ("Berlin", "DE", "de"), ("London", "GB", "en")]
    lines = ["name;street;postal_code;city;country;language"]
    for number in range(count):
        city, country, lang = places[number % 3]
        lines.append(
            f"Supporter {number};Street {number};1000{number % 10};{city};{country};{lang}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def command(supporters: Path, out: Path, jobs: str = "1") -> list[str]:
    return [
        sys.executable, "-m", "ualetters", "batch", str(THREE_TARGETS),
        "--supporters", str(supporters), "--out", str(out), "--date", "2020-07-23",
        "--jobs", jobs, "--combine", "supporter",
    ]  # fmt: skip


# Let the subprocesses cache compiled modules: compiling every import anew takes seconds.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _ctrl_c_as_at_a_terminal() -> None:
    # A test run started in the background (`cmd &` in a script, as CI may) inherits SIGINT
    # ignored, and Python then never turns Ctrl-C into KeyboardInterrupt: the batch ran to
    # its end (exit 0) and this test failed "at random". The batch gets what a terminal gives.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_and_stop(argv: list[str], out: Path, how: int, letters: int = 40) -> subprocess.Popen:
    """Start a batch, wait until `letters` letters exist, then send signal `how`."""
    process = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, text=True, env=ENV,
        preexec_fn=_ctrl_c_as_at_a_terminal,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if out.is_dir() and len(list(out.glob("*/*.docx"))) >= letters:
            break
        assert process.poll() is None, process.communicate()
        time.sleep(0.005)
    # Still running: the signal really lands midway.
    assert process.poll() is None, "the batch finished before it could be stopped"
    process.send_signal(how)
    process.wait(timeout=30)
    return process


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """Return the supporters file and the files of an uninterrupted run."""
    folder = tmp_path_factory.mktemp("clean")
    supporters = members(folder / "members.csv")
    out = folder / "out"
    subprocess.run(command(supporters, out), check=True, cwd=ROOT, capture_output=True, env=ENV)
    return supporters, snapshot(out)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigkill_midway_then_rerun_gives_the_bytes_of_a_clean_run(
    tmp_path: Path, clean_run: tuple[Path, dict[str, bytes]], jobs: str
) -> None:
    supporters, expected = clean_run
    assert len([n for n in expected if n.endswith("_letters.docx")]) == SUPPORTERS

    out = tmp_path / "killed"
    killed = start_and_stop(command(supporters, out, jobs), out, signal.SIGKILL, letters=100)
    assert killed.returncode == -signal.SIGKILL
    assert not (out / "manifest.json").exists()  # it really stopped halfway

    rerun = subprocess.run(
        command(supporters, out, jobs), cwd=ROOT, capture_output=True, text=True, env=ENV
    )
    assert rerun.returncode == 0, rerun.stderr
    assert snapshot(out) == expected  # every byte; no .part files, no journal left
    assert [n for n in os.listdir(out) if n.startswith(".")] == []


def test_ctrl_c_stops_with_one_line_and_exit_130(tmp_path: Path) -> None:
    # Twice the usual list: with fast letters, a short batch could finish (and exit 0)
    # between the moment the test sees 40 letters and the moment Ctrl-C lands.
    supporters = members(tmp_path / "members.csv", 2 * SUPPORTERS)
    out = tmp_path / "stopped"
    stopped = start_and_stop(command(supporters, out), out, signal.SIGINT)
    assert stopped.returncode == 130
    stderr = stopped.stderr.read() if stopped.stderr else ""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("error: interrupted: ")
    assert f"of {2 * SUPPORTERS * 3:,} letters" in lines[0]
    assert "run the same command again to finish" in lines[0]
    assert not [p for p in out.rglob("*.part")]
    rerun = subprocess.run(
        command(supporters, out), cwd=ROOT, capture_output=True, text=True, env=ENV
    )
    assert rerun.returncode == 0, rerun.stderr


def test_first_ctrl_c_waits_for_the_letter_being_written_second_stops_at_once() -> None:
    # A KeyboardInterrupt raised inside python-docx's ZipFile left a half-built object whose
    # clean-up printed "Exception ignored … AttributeError" after the one-line message (CI).
    from ualetters.batch.runner import _ctrl_c_between_letters

    def ctrl_c() -> None:
        # To the main thread itself, so its sleep is what the signal interrupts.
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)

    # Each wait ends as soon as the signal is handled; its bound only matters on a machine so
    # busy that the main thread waits seconds for its turn (5 s was once too short).
    with _ctrl_c_between_letters() as stop:
        ctrl_c()
        deadline = time.monotonic() + 60
        while not stop.is_set() and time.monotonic() < deadline:
            time.sleep(0.01)  # no KeyboardInterrupt here: the letter being written finishes
        assert stop.is_set()
        with pytest.raises(KeyboardInterrupt):
            ctrl_c()
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                time.sleep(0.01)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
