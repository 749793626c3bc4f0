"""Text width and line height in the letters' font, from the advance widths in font_metrics.json.

The DOCX letters name Arial; LibreOffice sets them in Liberation Sans, which has the same
advance widths, and both fall back to another font for Arabic (DejaVu Sans here). The data
file is written by `scripts/font_metrics.py` (fontTools, a development dependency) and read
on the first measurement only, so importing this module costs nothing.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

PT = 25.4 / 72  # mm per point
# A character the file does not know (CJK, symbols) is taken as wide as the widest Latin
# capital, so an unknown script is over-measured rather than under.
_UNKNOWN = 0.95


@cache
def _data() -> tuple[int, dict[str, dict[int, int]], float, float]:
    raw = json.loads(resources.files(__package__).joinpath("font_metrics.json").read_bytes())
    tables: dict[str, dict[int, int]] = {}
    for weight, runs in raw["widths"].items():
        table: dict[int, int] = {}
        for first, widths in runs:
            table.update(zip(range(first, first + len(widths)), widths, strict=True))
        tables[weight] = table
    return raw["units_per_em"], tables, raw["line_height"], raw["arabic_line_height"]


@cache
def _char_widths(weight: str) -> dict[str, float]:
    units, tables, _, _ = _data()
    return {chr(code): width / units for code, width in tables[weight].items()}


def em_width(text: str, *, bold: bool = False) -> float:
    """Return the width of `text` in ems (multiples of the type size), without kerning."""
    widths = _char_widths("bold" if bold else "regular")
    get = widths.get
    return sum(get(char, _UNKNOWN) for char in text)


def measure(text: str, size: float, *, bold: bool = False) -> float:
    """Return the width in mm of `text` set in the letter font at `size` points."""
    return em_width(text, bold=bold) * size * PT


def line_height(size: float, *, arabic: bool = False) -> float:
    """Return the height in mm of one single-spaced line of type at `size` points."""
    _, _, latin, arabic_height = _data()
    return max(latin, arabic_height if arabic else 0.0) * size * PT
