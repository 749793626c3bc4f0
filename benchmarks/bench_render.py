"""Render benchmark: the cost of `Renderer.render` per letter, without writers or disk.

    uv run python benchmarks/bench_render.py [--supporters 1000] [--repeat 5]

Plans the letters of synthetic supporters (four places and languages, among them Swiss German,
which has an orthography pass) to the three targets of benchmarks/three_targets.yaml, then
renders them all, several times; prints the best CPU and wall time per letter. The sandbox,
its limits and the render context are all inside the measured call.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_batch import CASE, DATE, supporters  # noqa: E402


def main() -> None:
    """Print the best per-letter render time over several runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--supporters", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    import ualetters
    from ualetters.render import Renderer

    case = ualetters.load_case(CASE)
    planned = [
        letter
        for supporter in supporters(args.supporters).supporters
        for letter in ualetters.plan(case, supporter.sender, date=DATE).letters
    ]
    engine = Renderer()
    for one in planned[:20]:  # load every template once, outside the measurement
        engine.render(one)
    wall = cpu = float("inf")
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        for one in planned:
            engine.render(one)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    # CPU time is the steadier figure on a shared machine: other processes stretch wall time.
    print(
        f"{len(planned)} letters, best of {args.repeat}: {cpu / len(planned) * 1e6:.1f} µs CPU, "
        f"{wall / len(planned) * 1e6:.1f} µs wall per letter "
        f"({dt.date.today()}, python {sys.version.split()[0]})"
    )


if __name__ == "__main__":
    main()
