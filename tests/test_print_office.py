"""Letters printed through a real office suite: LibreOffice makes the PDFs, poppler reads them.

All letters of this module go through one LibreOffice start (a session fixture), the CLI
test through a second. These tests fail, never skip, when LibreOffice or poppler is
missing: CI installs both (.ci/run).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import ualetters
from ualetters import api
from ualetters.cli import app
from ualetters.layouts import LAYOUTS, Layout
from ualetters.letter import Letter
from ualetters.writers.docx import MARK_LEFT
from ualetters.writers.docx_fast import to_docx
from ualetters.writers.pdf import convert

from .conftest import CASE_FILE, EXAMPLE_ARGS, LETTER_DATE, ROOT, SENDER_FILE

pytestmark = pytest.mark.office

DATA = ROOT / "tests" / "data"
PT = 25.4 / 72  # mm per PDF point
# pdftotext reports a word's box from the font's ascent and descent, which may reach a
# hair past the frame's edge (twips rounding); anything beyond this is a real miss.
TOLERANCE = 0.3
CONTROLS = dict.fromkeys(
    [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
)
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")  # harakat: separate glyphs, placed apart
LAM_ALEF = re.compile("[\u0644\u0622\u0623\u0625\u0627]{2,}")


def canonical(text: str) -> str:
    """Return text as poppler gives it back regardless of how the glyphs were shaped.

    Presentation forms fold to letters (NFKC), bidi controls go, harakat go (poppler sets
    them apart from their letter by position), and the two letters of a lam-alef ligature
    are compared as a set: poppler writes them in visual order.
    """
    text = ARABIC_MARKS.sub("", unicodedata.normalize("NFKC", text).translate(CONTROLS))
    return LAM_ALEF.sub(lambda m: "".join(sorted(m.group())), text)


def bare(word: str) -> str:
    """Return a word without punctuation."""
    return "".join(c for c in word if not unicodedata.category(c).startswith("P"))


def is_arabic(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@dataclass(frozen=True)
class Word:
    text: str  # canonical, in logical order
    left: float  # mm from the page's top-left corner
    top: float
    right: float
    bottom: float


@dataclass(frozen=True)
class Pdf:
    pages: list[list[Word]]
    text: str  # pdftotext in reading order, canonical
    raw: str  # the same, only with presentation forms folded and bidi controls removed
    path: Path


def read_pdf(path: Path) -> Pdf:
    """Return the words with positions per page, and the running text, of a PDF."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml))
    pages = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        words = []
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            text = canonical(word.text or "")
            if is_arabic(text):
                text = text[::-1]  # -bbox gives right-to-left words in visual order
            box = [float(word.get(k)) * PT for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append(Word(canonical(text), *box))
        pages.append(words)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    raw = unicodedata.normalize("NFKC", text).translate(CONTROLS)
    return Pdf(pages, canonical(text), raw, path)


def inside(word: Word, rect: tuple[float, float, float, float]) -> bool:
    left, top, right, bottom = rect
    return (
        word.left >= left - TOLERANCE
        and word.right <= right + TOLERANCE
        and word.top >= top - TOLERANCE
        and word.bottom <= bottom + TOLERANCE
    )


def letter_of(case_file: Path, date: dt.date = LETTER_DATE) -> Letter:
    case = ualetters.load_case(case_file)
    sender = ualetters.load_sender(SENDER_FILE)
    (letter,) = api.letters_for(case, sender, date=date, allow_closed=True)
    return letter


LETTERS = {
    "de": (CASE_FILE, LETTER_DATE),
    "ar": (DATA / "print_arabic.yaml", dt.date(2026, 3, 10)),
    "ru": (DATA / "print_cyrillic.yaml", dt.date(2026, 3, 10)),
}
LONG = ("long", "din5008-b")


@pytest.fixture(scope="session")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[Letter, Pdf]]:
    """Print every sample letter in every layout, plus a long letter, in one LibreOffice run."""
    jobs: list[tuple[tuple[str, str], Letter, Layout]] = []
    for key, (path, date) in LETTERS.items():
        letter = letter_of(path, date)
        jobs += [((key, name), letter, layout) for name, layout in LAYOUTS.items()]
    long_letter = letter_of(DATA / "print_long.yaml", dt.date(2026, 3, 20))
    jobs.append((LONG, long_letter, LAYOUTS[LONG[1]]))
    pdfs = convert([to_docx(letter, layout) for _, letter, layout in jobs])
    folder = tmp_path_factory.mktemp("pdf")
    result = {}
    for (key, letter, _layout), data in zip(jobs, pdfs, strict=True):
        path = folder / f"{key[0]}-{key[1]}.pdf"
        path.write_bytes(data)
        result[key] = (letter, read_pdf(path))
    return result


@pytest.mark.parametrize("name", list(LAYOUTS))
@pytest.mark.parametrize("sample", list(LETTERS))
def test_recipient_address_lies_in_the_window(printed, sample: str, name: str) -> None:
    letter, pdf = printed[(sample, name)]
    layout = LAYOUTS[name]
    window = layout.window
    first = pdf.pages[0]
    for line in letter.recipient_lines:
        for expected in line.split():
            found = [w for w in first if w.text == canonical(expected)]
            assert found, f"{expected!r} of {line!r} is missing from page one"
            # the same word may stand in the body too; the address's own must be in the window
            assert any(inside(w, window) for w in found), (
                f"{name}: {expected!r} of {line!r} is outside the window {window}: {found}"
            )


@pytest.mark.parametrize("name", list(LAYOUTS))
@pytest.mark.parametrize("sample", list(LETTERS))
def test_letter_fits_one_page(printed, sample: str, name: str) -> None:
    _letter, pdf = printed[(sample, name)]
    assert len(pdf.pages) == 1


def test_return_line_sits_in_the_fields_top_5_mm(printed) -> None:
    _letter, pdf = printed[("de", "din5008-b")]
    layout = LAYOUTS["din5008-b"]
    zone = (
        layout.field_left,
        layout.field_top,
        layout.field_left + layout.field_width,
        layout.field_top + layout.return_line_height,
    )
    words = [w for w in pdf.pages[0] if w.text in {"Beispielweg", "12,"}]
    in_zone = [w for w in words if inside(w, zone)]
    assert in_zone, f"no return line in {zone}: {words}"
    assert all(w.bottom - w.top < 4 for w in in_zone)  # small type, 7 pt


@pytest.mark.parametrize("name", ["ch", "din5008-b", "us"])
def test_cyrillic_comes_back_as_the_same_characters(printed, name: str) -> None:
    letter, pdf = printed[("ru", name)]
    text = " ".join(pdf.text.split())
    for line in (*letter.recipient_lines, letter.subject):
        assert canonical(line) in text
    assert "Пушкинская площадь" in text


def test_cyrillic_is_set_in_the_letter_font_itself(printed) -> None:
    # Arial maps to Liberation Sans, which has Cyrillic: no fallback font steps in.
    _letter, pdf = printed[("ru", "ch")]
    fonts = subprocess.run(
        ["pdffonts", str(pdf.path)], check=True, capture_output=True, text=True
    ).stdout
    names = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]}
    assert names == {"LiberationSans", "LiberationSans-Bold"}


@pytest.mark.parametrize("name", ["ch", "fr"])
def test_arabic_comes_back_as_the_same_characters_in_order(printed, name: str) -> None:
    letter, pdf = printed[("ar", name)]
    parts = (
        letter.subject,
        letter.salutation,
        letter.closing,
        *(p.text for p in letter.paragraphs),
    )
    # Every character, harakat included, comes back (poppler may split a word at a haraka
    # or a neutral full stop, so characters rather than words are compared here) ...
    expected = Counter(c for text in parts for c in text if not c.isspace())
    missing = expected - Counter(c for c in pdf.raw if not c.isspace())
    assert not missing, f"characters not found in the PDF: {missing}"
    # ... and nearly every word comes back whole.
    got = Counter(bare(w.text) for w in pdf.pages[0])
    words = Counter(bare(canonical(word)) for text in parts for word in text.split())
    missing_words = words - got
    assert sum(missing_words.values()) <= 2, f"words not found: {missing_words}"
    # Reading order: the one-line parts read the same, spaces aside (poppler moves a space
    # to the other side of a neutral colon or comma when it reorders).
    flat = "".join(pdf.text.split())
    for text in (letter.subject, letter.salutation, letter.closing):
        assert "".join(canonical(text).split()) in flat


def test_arabic_is_right_aligned(printed) -> None:
    letter, pdf = printed[("ar", "din5008-b")]
    layout = LAYOUTS["din5008-b"]
    right = layout.page_width - layout.margin_right
    salutation = {canonical(w) for w in letter.salutation.split()}
    words = [w for w in pdf.pages[0] if w.text in salutation and w.top > layout.body_top]
    assert len(words) == len(salutation)
    assert max(w.right for w in words) == pytest.approx(right, abs=1.0)
    assert min(w.left for w in words) > layout.page_width / 2  # a short line, flush right
    # the sentence starts at the right: its first word is the rightmost
    first = canonical(letter.salutation.split()[0])
    assert max(words, key=lambda w: w.right).text == first


def test_long_letter_gets_a_continuation_header(printed) -> None:
    _letter, pdf = printed[LONG]
    assert len(pdf.pages) == 2
    page_one = " ".join(w.text for w in pdf.pages[0])
    page_two = " ".join(w.text for w in pdf.pages[1])
    assert "Page 2 of 2" in page_two
    assert "Page" not in page_one
    header = [w for w in pdf.pages[1] if w.text == "Page"]
    assert header and header[0].top < LAYOUTS["din5008-b"].margin_top


def _dark(png: Path, left: float, top: float, right: float, bottom: float, dpi: int) -> int:
    """Count dark pixels of a PGM page image inside a rectangle given in mm."""
    data = png.read_bytes()
    _magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    cols, rows = int(width), int(height)
    px = lambda mm: round(mm / 25.4 * dpi)  # noqa: E731
    return sum(
        1
        for y in range(px(top), min(px(bottom), rows))
        for x in range(px(left), min(px(right), cols))
        if pixels[y * cols + x] < 128
    )


def test_cli_pdf_with_fold_marks(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    result = CliRunner().invoke(
        app,
        [
            *EXAMPLE_ARGS,
            "--out",
            str(out),
            "--format",
            "pdf",
            "--layout",
            "din5008-a",
            "--fold-marks",
        ],
    )
    assert result.exit_code == 0, result.output
    pdf = out / "ua-61-20_president_de.pdf"
    assert sorted(p.name for p in out.iterdir()) == [pdf.name]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert shutil.which("pdftoppm")
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "100", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.pgm"))
    layout = LAYOUTS["din5008-a"]
    for y in (*layout.fold_marks, layout.page_height / 2):
        assert _dark(image, MARK_LEFT, y - 1, MARK_LEFT + 4, y + 1, 100) > 5, y
    # and nothing else in that strip of the left edge
    assert _dark(image, 0, 20, 12, 80, 100) == 0


def test_layouts_differ_where_the_standards_do() -> None:
    # A guard for the test above: the window rectangles are not all the same.
    windows = {replace(layout, name="").window for layout in LAYOUTS.values()}
    assert len(windows) == len(LAYOUTS)
