"""Zip benchmark: what `batch --zip` adds to a batch's peak memory.

    uv run python benchmarks/bench_zip.py [--supporters 1000] [--rounds 3]

Runs the same batch (1,000 synthetic supporters x the 3 targets of three_targets.yaml =
3,000 DOCX letters, one worker) in child processes, taking turns: without `--zip`, with
`--zip` (letters.zip streamed through `archive.ZipStream` into a temporary file), and, for
comparison, without `--zip` followed by the whole archive built in memory
(`archive.zip_bytes`, as the batch's zip writer did before it streamed). Prints each run's
peak memory (VmHWM of the child), the medians, and the archive's size. The streamed zip
should add no more than a few MB whatever the archive's size; the in-memory one adds about
twice the archive. Letters go to the RAM disk /dev/shm where there is one.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_batch import CASE, DATE, machine, peak_mb, supporters

MODES = ("none", "zip", "memory")


def child(count: int, out: Path, mode: str) -> None:
    """Run one batch in this process; print letters, peak memory and archive size as JSON."""
    import ualetters
    from ualetters.batch import run_batch

    case = ualetters.load_case(CASE)
    rows = supporters(count)
    shutil.rmtree(out, ignore_errors=True)
    result = run_batch([case], rows, out, date=DATE, formats=("docx",), jobs=1, zip_=mode == "zip")
    size = (out / "letters.zip").stat().st_size if mode == "zip" else 0
    if mode == "memory":
        from ualetters.archive import FILE_MODE, zip_bytes

        names = sorted([e.file for e in result.entries] + ["manifest.csv", "manifest.json"])
        archive = zip_bytes([(name, (out / name).read_bytes()) for name in names], mode=FILE_MODE)
        (out / "letters.zip").write_bytes(archive)
        size = len(archive)
    print(
        json.dumps({"letters": len(result.entries), "peak_mb": peak_mb(), "zip_mb": size / 2**20})
    )


def in_child(count: int, out: Path, mode: str) -> dict[str, float]:
    argv = [
        sys.executable,
        __file__,
        "--child",
        mode,
        "--supporters",
        str(count),
        "--out-dir",
        str(out),
    ]
    done = subprocess.run(argv, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--supporters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out-dir", default=None)
    parser.add_argument("--child", choices=MODES, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.supporters, Path(args.out_dir), args.child)
        return

    ram = Path("/dev/shm")
    where = ram if ram.is_dir() and os.access(ram, os.W_OK) else Path(__file__).parent
    base = Path(args.out_dir or tempfile.mkdtemp(prefix=".ualetters-bench-zip-", dir=where))
    print(f"machine: {machine()}")
    peaks: dict[str, list[float]] = {mode: [] for mode in MODES}
    size = 0.0
    try:
        for round_ in range(args.rounds):
            for mode in MODES:
                figures = in_child(args.supporters, base / mode, mode)
                peaks[mode].append(figures["peak_mb"])
                size = max(size, figures["zip_mb"])
                print(
                    f"round {round_ + 1}, {mode:>6}: {figures['letters']:,.0f} DOCX letters, "
                    f"peak {figures['peak_mb']:.1f} MB"
                )
    finally:
        if args.out_dir is None:
            shutil.rmtree(base, ignore_errors=True)
    median = {mode: statistics.median(values) for mode, values in peaks.items()}
    print(f"letters.zip: {size:.1f} MB")
    print(
        f"median peak: without --zip {median['none']:.1f} MB, with --zip (streamed) "
        f"{median['zip']:.1f} MB ({median['zip'] - median['none']:+.1f} MB), archive in memory "
        f"{median['memory']:.1f} MB ({median['memory'] - median['none']:+.1f} MB)"
    )


if __name__ == "__main__":
    main()
