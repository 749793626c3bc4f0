"""Case validation benchmark: start-up cost of the model, and validation time as cases grow.

    uv run python benchmarks/bench_records.py [--runs 10]

Start-up figures come from fresh interpreters with bytecode cached (PYTHONDONTWRITEBYTECODE
is unset for them), each the median of `--runs`:

- `import model`: `import ualetters.model` alone (the record classes, and Babel through l10n);
- `import + validate`: importing `ualetters.sources` and validating the bundled example from
  data already parsed (YAML is imported and parsed before the clock starts);
- `load_case(file)`: importing and loading the example from its file (YAML parse included).

Then, in this process, validation of synthetic cases of 1,000 to 5,000 targets (copies of the
example's target with their own ids), from data, median of 5: time per target should stay flat.
"""

from __future__ import annotations

import argparse
import copy
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASE = ROOT / "examples" / "askarov.yaml"

PRELUDE = f"""
import time, yaml
text = open({str(CASE)!r}, encoding="utf-8").read()
data = yaml.safe_load(text)
"""
SNIPPETS = {
    "import model": "t0 = time.perf_counter()\nimport ualetters.model\n",
    "import + validate": (
        "t0 = time.perf_counter()\nfrom ualetters.sources import load_case\nload_case(data)\n"
    ),
    "load_case(file)": (
        f"t0 = time.perf_counter()\nfrom ualetters.sources import load_case\n"
        f"load_case({str(CASE)!r})\n"
    ),
}


def startup(snippet: str, runs: int) -> float:
    """Return the median seconds of `snippet` in fresh interpreters with bytecode cached."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    code = PRELUDE + snippet + "print(time.perf_counter() - t0)\n"
    times = []
    for _ in range(runs + 1):  # the first run writes the bytecode cache
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        times.append(float(done.stdout))
    return statistics.median(times[1:])


def big_case(targets: int) -> dict[str, object]:
    """Return the example case as data with `targets` targets."""
    import yaml

    data = yaml.safe_load(CASE.read_text(encoding="utf-8"))
    template = data["targets"][0]
    data["targets"] = []
    for number in range(targets):
        target = copy.deepcopy(template)
        target["id"] = f"target-{number}"
        data["targets"].append(target)
    return data


def main() -> None:
    """Print start-up and scaling figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs; median of {args.runs} runs")
    for name, snippet in SNIPPETS.items():
        print(f"{name:20s} {startup(snippet, args.runs) * 1000:7.1f} ms")

    from ualetters.sources import load_case

    print("targets   validation   per target")
    for count in (1000, 2000, 5000):
        data = big_case(count)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            load_case(data)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        print(f"{count:7d} {median * 1000:10.1f} ms {median / count * 1e6:9.1f} µs")


if __name__ == "__main__":
    main()
