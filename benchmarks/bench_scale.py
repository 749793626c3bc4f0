"""Scale benchmark: loading, planning and reading supporters grow linearly.

    uv run python benchmarks/bench_scale.py

Builds synthetic cases with 500 and 5,000 targets (as many persons, and about as many
copies spread over 14 sender countries) and a supporters CSV of 20,000 rows, then times,
best of three runs each (one run for a step that takes over 5 s):

- parsing: YAML text to nodes; the loader's checks and line map over them; both and the
  values built (`sources.parse_yaml`);
- loading: the same plus validation into a `Case` (`ualetters.load_case`);
- planning: `ualetters.plan` of the case for one sender;
- reading the supporters list (`ualetters.read_supporters`).

A linear step takes about ten times as long for ten times the targets; a ratio far above 10
is a quadratic step. "checks + line map" is the loader's own pass over the parsed nodes
(limits, tags, control characters, line map), timed alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

DATE = dt.date(2020, 7, 23)
COUNTRIES = ["CH", "DE", "AT", "FR", "IT", "GB", "US", "CA", "NL", "BE", "SE", "PL", "DK", "ES"]


def synthetic_case(targets: int) -> str:
    """Return the YAML text of a case with `targets` targets, as many persons, and copies."""
    out = [
        "ua: UA 99/20",
        "country: KG",
        "title:",
        "  en: Synthetic case for a scale benchmark",
        "  de: Synthetischer Fall für einen Messlauf",
        "facts:",
        "  en: >-",
        "    Facts of a synthetic case, written once and long enough to wrap over a few",
        "    lines in a letter, so the letter has a body of a usual size.",
        "  de: Fakten eines synthetischen Falls.",
        "demands:",
        "  - en: Release everyone named in this case.",
        "    de: Lassen Sie alle in diesem Fall genannten Personen frei.",
        "  - Ensure that they have access to their lawyers.",
        "deadline: 2020-09-01",
        "persons:",
    ]
    # One flow-style line per person, target and copy: 5,000 targets stay under the 2 MB cap.
    out += [
        f"  - {{name: Person {number}, gender: {'female' if number % 2 else 'male'}}}"
        for number in range(targets)
    ]
    out.append("targets:")
    out += [
        f"  - {{id: t-{number}, title: Official {number}, name: Official {number}, "
        f"email: o{number}@example.kg, languages: [en, ru], address: {{street: [Street {number}], "
        f'postal_code: "{720000 + number % 1000}", city: Bishkek, country: KG}}}}'
        for number in range(targets)
    ]
    out.append("copies:")
    per_country = max(1, targets // len(COUNTRIES))
    for country in COUNTRIES:
        out.append(f"  {country}:")
        out += [
            f"    - {{name: Embassy {number}, address: {{street: [Embassy street {number}], "
            f'postal_code: "1000", city: Capital, country: {country}}}}}'
            for number in range(per_country)
        ]
    return "\n".join(out) + "\n"


def supporters_csv(rows: int) -> str:
    """Return a supporters CSV of `rows` rows, four countries, some notes."""
    places = [("de-CH", "CH", "3011", "Bern"), ("de", "DE", "10115", "Berlin")]
    places += [("en", "GB", "SW1A 1AA", "London"), ("fr", "FR", "75001", "Paris")]
    out = ["name,street,postal_code,city,country,language,note"]
    for number in range(rows):
        lang, country, code, city = places[number % len(places)]
        note = "I met people who know him." if number % 7 == 0 else ""
        out.append(f"Supporter {number},Street {number},{code},{city},{country},{lang},{note}")
    return "\n".join(out) + "\n"


def best(run: Callable[[], Any], repeat: int = 3) -> float:
    """Return the best wall time of `repeat` runs (one if it takes over 5 s), in seconds."""
    times: list[float] = []
    while len(times) < repeat and sum(times) < 5:
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, nargs="*", default=[500, 5000])
    parser.add_argument("--rows", type=int, default=20000)
    args = parser.parse_args()

    import ualetters
    from ualetters import sources

    parser_type = sources._FastLoader or sources._Loader
    sender = ualetters.load_sender(
        {"name": "A. Supporter", "city": "Bern", "country": "CH", "languages": ["en"]}
    )
    texts = {count: synthetic_case(count) for count in args.targets}
    print(f"{'targets':<36}" + "".join(f"{n:>10,}" for n in args.targets))
    print(f"{'case file (MB)':<36}" + "".join(f"{len(t) / 1e6:>10.2f}" for t in texts.values()))
    print(f"{'YAML parser':<36}{parser_type.__name__:>10}")
    rows: dict[str, list[float]] = {}
    for text in texts.values():
        case = ualetters.load_case(text, name="synthetic")

        def nodes_only(text: str = text) -> Any:
            loader = parser_type(text)
            try:
                return loader, loader.get_single_node()
            finally:
                loader.dispose()

        loader, node = nodes_only()

        def checks_only(loader: Any = loader, node: Any = node, text: str = text) -> None:
            sources._NodeChecker(text, [], loader.alias_lines).visit(node, (), 1)

        steps = {
            "YAML -> nodes (libyaml, composer)": nodes_only,
            "checks + line map (one pass)": checks_only,
            "parse_yaml (both, + values)": lambda text=text: sources.parse_yaml(text, "x"),
            "load_case (+ validation)": lambda text=text: ualetters.load_case(text, name="x"),
            "plan (one sender)": lambda case=case: ualetters.plan(case, sender, date=DATE),
        }
        for name, run in steps.items():
            rows.setdefault(name, []).append(best(run))
    for name, values in rows.items():
        print(f"{name + ' (s)':<36}" + "".join(f"{v:>10.3f}" for v in values))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "supporters.csv"
        path.write_text(supporters_csv(args.rows), encoding="utf-8")
        took = best(lambda: ualetters.read_supporters(path))
        size = path.stat().st_size / 1e6
    print(f"read_supporters: {args.rows:,} rows ({size:.1f} MB CSV): {took:.3f} s")


if __name__ == "__main__":
    main()
