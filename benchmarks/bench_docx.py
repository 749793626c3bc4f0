"""Per-letter cost of the DOCX writer alone (rendering excluded), in every layout.

    uv run python benchmarks/bench_docx.py [--letters 2000]

Renders the letters of benchmarks/three_targets.yaml for synthetic senders once, then times
`writers.docx_fast.to_docx` over them, best of three runs (the machine may be shared); each run
starts with an empty skeleton cache, so building each letter shape once is part of the cost.
Prints CPU milliseconds per letter (process time, steadier than wall time on a shared
machine): the figure quoted in docs/print.md before and after a change.
"""

from __future__ import annotations

import argparse
import time

import bench_batch
from bench_batch import CASE, DATE

# The batch benchmark's case, date and places, plus a French sender for the `fr` layout.
PLACES = [*bench_batch.PLACES, ("fr", "FR", "75001", "Paris")]


def letters(count: int) -> list:
    """Return `count` rendered letters of synthetic senders, with their layouts."""
    import ualetters
    from ualetters.layouts import layout_for
    from ualetters.model import Sender

    case = ualetters.load_case(CASE)
    result = []
    number = 0
    while len(result) < count:
        lang, country, code, city = PLACES[number % len(PLACES)]
        sender = Sender(
            name=f"Supporter {number}",
            street=[f"Street {number}"],
            postal_code=code,
            city=city,
            country=country,
            languages=[lang],
        )
        for letter in ualetters.letters_for(case, sender, date=DATE):
            result.append((letter, layout_for(None, country)))
        number += 1
    return result[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=2000)
    args = parser.parse_args()
    from ualetters.writers import docx_fast

    sample = letters(args.letters)
    best = float("inf")
    for _ in range(3):
        docx_fast.clear_cache(disk=False)
        start = time.process_time()
        for letter, layout in sample:
            docx_fast.to_docx(letter, layout)
        best = min(best, time.process_time() - start)
    print(f"{len(sample)} DOCX letters: {best / len(sample) * 1000:.3f} ms per letter (best of 3)")


if __name__ == "__main__":
    main()
