"""Extract the advance widths the print layout measures text with (a development tool).

    uv run python scripts/font_metrics.py            # writes src/ualetters/font_metrics.json
    uv run python scripts/font_metrics.py --check    # exits 1 if the committed file differs

The DOCX letters name Arial; LibreOffice sets them in Liberation Sans, which has Arial's
metrics (every advance width is the same), so its widths stand for both. Liberation Sans has
no Arabic: LibreOffice falls back to DejaVu Sans there, Word uses Arial's own Arabic; the
Arabic widths come from DejaVu Sans, each letter at the widest of its contextual forms
(isolated, initial, medial, final), so a measure never comes out short however a word is
shaped. fontTools is a development dependency only: the package reads the JSON this writes.

Kerning is left out. LibreOffice and Word kern a DOCX run only when it asks for it (w:kern),
which the letters never do; and were it on, the font's pairs would make text narrower, not
wider, except for the few positive pairs this script reports (--check prints the largest).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "ualetters" / "font_metrics.json"
FONTS = Path("/usr/share/fonts/truetype")
LATIN = {
    "regular": FONTS / "liberation2" / "LiberationSans-Regular.ttf",
    "bold": FONTS / "liberation2" / "LiberationSans-Bold.ttf",
}
ARABIC = {
    "regular": FONTS / "dejavu" / "DejaVuSans.ttf",
    "bold": FONTS / "dejavu" / "DejaVuSans-Bold.ttf",
}
# Latin (with Extended-A/B and Additional), Greek, Cyrillic, punctuation, currency, letterlike.
LATIN_RANGES = [
    (0x20, 0x250), (0x2B0, 0x370), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00),
    (0x2000, 0x2070), (0x20A0, 0x20C0), (0x2100, 0x2150),
]  # fmt: skip
ARABIC_RANGES = [(0x600, 0x700), (0x750, 0x780)]
# Arabic presentation forms: each maps back to its letter (NFKC), so a letter's widest form
# can be found without a shaping engine.
FORMS = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]


def widths(path: Path, ranges: list[tuple[int, int]], *, forms: bool = False) -> dict[int, int]:
    """Return the advance width (font units) of every character of `ranges` the font has."""
    import unicodedata

    font = TTFont(path)
    cmap = font.getBestCmap()
    metrics = font["hmtx"].metrics
    found = {
        code: metrics[cmap[code]][0]
        for start, end in ranges
        for code in range(start, end)
        if code in cmap
    }
    if forms:
        for start, end in FORMS:
            for code in range(start, end):
                if code not in cmap:
                    continue
                base = unicodedata.normalize("NFKC", chr(code))
                if len(base) == 1 and ord(base) in found:
                    found[ord(base)] = max(found[ord(base)], metrics[cmap[code]][0])
    return found


def runs(found: dict[int, int]) -> list[list[object]]:
    """Return [first code, [widths...]] for each run of consecutive characters."""
    result: list[list[object]] = []
    for code in sorted(found):
        if result and code == result[-1][0] + len(result[-1][1]):  # type: ignore[operator, arg-type]
            result[-1][1].append(found[code])  # type: ignore[union-attr]
        else:
            result.append([code, [found[code]]])
    return result


def line_height(path: Path) -> float:
    """Return the font's single line height per em (ascent, descent and line gap of hhea)."""
    font = TTFont(path)
    hhea = font["hhea"]
    return round((hhea.ascent - hhea.descent + hhea.lineGap) / font["head"].unitsPerEm, 4)


def largest_positive_kern(path: Path) -> float:
    """Return the largest pair kerning that widens text, per em (from the legacy kern table)."""
    font = TTFont(path)
    if "kern" not in font:
        return 0.0
    pairs = [v for table in font["kern"].kernTables for v in table.kernTable.values()]
    return max([0, *pairs]) / font["head"].unitsPerEm


def metrics() -> dict[str, object]:
    """Return the data file's content."""
    units = TTFont(LATIN["regular"])["head"].unitsPerEm
    arabic_units = TTFont(ARABIC["regular"])["head"].unitsPerEm
    assert units == arabic_units == 2048, "both fonts use 2048 units per em"
    fonts = {}
    for weight in ("regular", "bold"):
        found = widths(LATIN[weight], LATIN_RANGES)
        found.update(widths(ARABIC[weight], ARABIC_RANGES, forms=True))
        fonts[weight] = runs(found)
    return {
        "source": "Liberation Sans 2 (Arial's metrics); Arabic: DejaVu Sans, widest form",
        "units_per_em": units,
        "line_height": line_height(LATIN["regular"]),
        "arabic_line_height": line_height(ARABIC["regular"]),
        "widths": fonts,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    args = parser.parse_args()
    text = json.dumps(metrics(), separators=(",", ":")) + "\n"
    if args.check:
        for weight, path in LATIN.items():
            kern = largest_positive_kern(path)
            print(f"largest positive kerning pair, {weight}: {kern:.4f} em")
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} differs from the fonts installed here", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
