"""Render page one of the bundled example letter in every print layout as a PNG.

Usage: uv run python scripts/preview.py [--out docs/img] [--dpi 60] [--soffice PATH]

Needs LibreOffice (soffice) and poppler-utils (pdftoppm). Writes preview-<layout>.png;
the README shows the Swiss and the DIN one. Not run by CI: the images are committed by hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import ualetters
from ualetters import api
from ualetters.errors import UaLettersError
from ualetters.layouts import LAYOUTS

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    """Write one PNG of page one per layout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--dpi", type=int, default=60)
    parser.add_argument("--soffice", default=None, help="LibreOffice program")
    args = parser.parse_args()
    if not shutil.which("pdftoppm"):
        print("error: pdftoppm not found; install poppler-utils", file=sys.stderr)
        return 7
    case = ualetters.load_case(ROOT / "examples" / "askarov.yaml")
    sender = ualetters.load_sender(ROOT / "examples" / "sender.toml")
    (letter,) = api.letters_for(case, sender, date=dt.date(2020, 7, 23))
    names = list(LAYOUTS)
    try:
        pdfs = _all(letter, names, args.soffice)
    except UaLettersError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in zip(names, pdfs, strict=True):
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(data)
            stem = args.out / f"preview-{name}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    str(args.dpi),
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    str(stem),
                ],
                check=True,
            )
            print(f"{stem}.png")
    return 0


def _all(letter: ualetters.Letter, names: list[str], soffice: str | None) -> list[bytes]:
    """Convert the letter in every layout with one LibreOffice start."""
    from dataclasses import replace

    from ualetters.writers import FORMATS

    many = FORMATS["pdf"].many
    assert many is not None
    pairs = [(letter, replace(LAYOUTS[name], marks=True)) for name in names]
    return many(pairs, soffice=soffice)


if __name__ == "__main__":
    sys.exit(main())
