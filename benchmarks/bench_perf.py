"""Start-up and batch at scale, in one run: the figures of issue #10 and the README.

    uv run python benchmarks/bench_perf.py            # the full run, ~6 minutes here
    uv run python benchmarks/bench_perf.py --quick    # 1,000 letters, fewer runs, ~1 minute

Every figure is of a whole `ualetters` process, as a user starts it: the console script
of this environment (or `--program`), with bytecode cached (PYTHONDONTWRITEBYTECODE is
removed from its environment) and after a warm-up run, so the file cache is warm.

- start-up: wall time of `generate` of the bundled example (one letter, txt and docx),
  `--help`, `generate --help` and `--version`; median of 10 (3 with --quick);
- batch: `ualetters batch` of benchmarks/three_targets.yaml for synthetic supporters (three
  letters each), DOCX and text, 10,000 and 50,000 letters (1,000 with --quick), one worker:
  user CPU per letter and wall time of the whole process (median of 3 at 10,000 letters),
  and its peak memory (the largest resident set of the process or its workers, VmHWM, from
  the kernel's accounting of the finished process);
- workers: DOCX at 10,000 letters with one and with two workers, taking turns; the ratio
  of their wall times, pair by pair.

Letters go to the RAM disk /dev/shm where there is one (else a temporary folder; the
output says which), so the figures measure ualetters rather than the disk. The machine
line says the cores, the CPU model and the load average before and after: other work on
the machine slows every figure, two workers most.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CASE = HERE / "three_targets.yaml"
EXAMPLE = ROOT / "examples"
DATE = "2020-07-23"
PLACES = [
    ("de-CH", "CH", "3011", "Bern"),
    ("de", "DE", "10115", "Berlin"),
    ("en", "GB", "SW1A 1AA", "London"),
    ("en", "US", "20008", "Washington"),
]
# Targets of issue #10 (seconds, ms, MB, letters/s): what each figure is held against.
TARGETS = {
    "one letter": "<= 0.25 s",
    "--help": "<= 0.2 s",
    "generate --help": "<= 0.2 s",
    "--version": "<= 0.2 s",
    "docx cpu": "<= 0.8 ms",
    "txt cpu": "<= 0.4 ms",
    "docx peak": "< 150 MB",
    "docx rate": ">= 1,000 /s",
    "txt wall": "< 5 s per 10,000",
    "two workers": ">= 1.8x",
}


def members_csv(path: Path, supporters: int) -> None:
    """Write a supporters list: four countries and languages, a note in every seventh row."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "street", "postal_code", "city", "country", "language", "note"])
        for number in range(supporters):
            lang, country, code, city = PLACES[number % len(PLACES)]
            note = (
                "I visited Bishkek in 2019 and met people who know him." if number % 7 == 0 else ""
            )
            writer.writerow(
                [f"Supporter {number}", f"Street {number}", code, city, country, lang, note]
            )


def environment() -> dict[str, str]:
    """Return the environment of a measured run: bytecode cached, messages in English."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["LANG"] = "C.UTF-8"
    return env


@dataclass
class Run:
    """One finished process: wall seconds, user CPU seconds, peak memory (MB)."""

    wall: float
    user: float
    peak_mb: float


def measured(command: list[str], cwd: Path) -> Run:
    """Run `command` once and return its figures, from the kernel's accounting (wait4).

    The user CPU and the peak memory are the process's and those of the workers it reaped;
    the peak is the largest single process's (ru_maxrss), as VmHWM says it.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    assert process.stderr is not None
    err = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(command)}: exit {code}\n{err.decode('utf-8', 'replace')}")
    return Run(wall, usage.ru_utime, usage.ru_maxrss / 1024)


def startup(program: list[str], work: Path, runs: int) -> dict[str, float]:
    """Return the median wall time of each start-up command, after one warm-up run each."""
    out = work / "one"
    commands = {
        "one letter": [
            *program, "generate", str(EXAMPLE / "askarov.yaml"), "--sender",
            str(EXAMPLE / "sender.toml"), "--date", DATE, "--out", str(out), "--force", "-q",
        ],
        "--help": [*program, "--help"],
        "generate --help": [*program, "generate", "--help"],
        "--version": [*program, "--version"],
    }  # fmt: skip
    medians = {}
    for name, command in commands.items():
        measured(command, work)
        medians[name] = statistics.median(measured(command, work).wall for _ in range(runs))
    return medians


def batch(program: list[str], members: Path, out: Path, fmt: str, jobs: int) -> Run:
    """Run one batch into a new folder (removed afterwards) and return its figures."""
    shutil.rmtree(out, ignore_errors=True)
    command = [
        *program, "batch", str(CASE), "--supporters", str(members), "--date", DATE,
        "--out", str(out), "--format", fmt, "--jobs", str(jobs), "--quiet",
    ]  # fmt: skip
    try:
        return measured(command, out.parent)
    finally:
        shutil.rmtree(out, ignore_errors=True)


def machine() -> str:
    """Return the cores, the CPU model and Python's version."""
    model = "unknown CPU"
    with (
        open("/proc/cpuinfo", encoding="utf-8")
        if os.path.exists("/proc/cpuinfo")
        else (open(os.devnull, encoding="utf-8")) as info
    ):
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores (nproc), CPU {model!r}, Python {platform.python_version()}"


def load() -> str:
    """Return the load average over 1, 5 and 15 minutes."""
    return "load average " + ", ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    """Run every measurement and print a table of figures and targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 letters, fewer runs")
    parser.add_argument(
        "--program",
        default=str(Path(sys.executable).with_name("ualetters")),
        help="the ualetters program to measure (default: this environment's console script)",
    )
    args = parser.parse_args()
    program = [args.program]
    sizes = [1_000] if args.quick else [10_000, 50_000]
    runs, start_runs = (1, 3) if args.quick else (3, 10)
    ram = Path("/dev/shm")
    base = Path(tempfile.mkdtemp(prefix="ualetters-bench-", dir=ram if ram.is_dir() else None))
    print(machine())
    # An installed wheel carries its templates compiled; a checkout compiles them per run.
    print(f"program: {args.program}")
    print(f"before: {load()}; letters written to {base} ({'RAM disk' if ram.is_dir() else 'disk'})")
    rows: list[tuple[str, str, str]] = []
    try:
        for name, wall in startup(program, base, start_runs).items():
            rows.append((f"start-up: {name}", f"{wall:.3f} s", TARGETS[name]))
        for size in sizes:
            members = base / f"members-{size}.csv"
            members_csv(members, -(-size // 3))
            letters = 3 * -(-size // 3)
            for fmt in ("docx", "txt"):
                batch(program, members, base / "warm", fmt, 1)  # warm-up: file cache, shapes
                done = [batch(program, members, base / "out", fmt, 1) for _ in range(runs)]
                user = statistics.median(run.user for run in done)
                wall = statistics.median(run.wall for run in done)
                peak = max(run.peak_mb for run in done)
                label = f"batch {fmt}, {letters:,} letters, 1 worker"
                rows.append((f"{label}: user CPU a letter", f"{user / letters * 1000:.3f} ms",
                             TARGETS[f"{fmt} cpu"]))  # fmt: skip
                per = (
                    f"{letters / wall:,.0f} /s"
                    if fmt == "docx"
                    else (f"{wall * 10_000 / letters:.2f} s per 10,000")
                )
                rows.append((f"{label}: wall", f"{wall:.2f} s ({per})",
                             TARGETS["docx rate" if fmt == "docx" else "txt wall"]))  # fmt: skip
                rows.append((f"{label}: peak memory (VmHWM)", f"{peak:.0f} MB",
                             TARGETS["docx peak"]))  # fmt: skip
        size = sizes[0]
        members = base / f"members-{size}.csv"
        letters = 3 * -(-size // 3)
        ratios = []
        for _ in range(runs):
            one = batch(program, members, base / "out", "docx", 1)
            two = batch(program, members, base / "out", "docx", 2)
            ratios.append(one.wall / two.wall)
            peak_two = two.peak_mb
        rows.append((f"batch docx, {letters:,} letters: 1 worker / 2 workers, wall",
                     f"{statistics.median(ratios):.2f}x (runs: "
                     + ", ".join(f"{r:.2f}" for r in ratios) + f"; peak {peak_two:.0f} MB)",
                     TARGETS["two workers"]))  # fmt: skip
    finally:
        shutil.rmtree(base, ignore_errors=True)
    width = max(len(row[0]) for row in rows)
    print(f"after: {load()}")
    print(f"{'measure':<{width}}  {'result':<28}  target")
    for what, result, target in rows:
        print(f"{what:<{width}}  {result:<28}  {target}")


if __name__ == "__main__":
    main()
