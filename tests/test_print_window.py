"""The window envelope, printed: every word of the return line and the address inside the window
with 2 mm to spare, on one page, in every layout, for the letters most likely to break it.

LibreOffice prints the letters (one start for all), poppler reports where each word landed.
Where a letter cannot fit, `printfit.fit_report` must say so instead (the documented warning).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import ualetters
from ualetters import api
from ualetters.layouts import LAYOUTS, Layout
from ualetters.letter import Letter
from ualetters.model import Sender
from ualetters.printfit import MARGIN, fit_report, print_plan
from ualetters.typography import typeset_letter
from ualetters.writers.docx_fast import to_docx
from ualetters.writers.pdf import convert

from .conftest import CASE_FILE, LETTER_DATE, ROOT, SENDER_FILE
from .test_print_office import TOLERANCE, Pdf, Word, bare, canonical, read_pdf

pytestmark = pytest.mark.office

DATA = ROOT / "tests" / "data"
LONG_SENDER = Sender(
    name="Dr. Johanna Schmidt-Müller",
    street=[
        "c/o Familie Oberhauser-Lindenberg",
        "Friedrich-Ebert-Straße 123",
        "Hinterhaus, 3. Obergeschoss links",
    ],
    postal_code="60311",
    city="Frankfurt am Main",
    country="DE",
    languages=["de"],
)
NINE_LINES = (
    "Sooronbay Jeenbekov",
    "President of the Kyrgyz Republic",
    "Office of the President",
    "Department of Correspondence",
    "Government House",
    "205 Chuy Prospect",
    "Room 414",
    "720003 BISHKEK",
    "KYRGYZSTAN",
)
US_SENDER = Sender(
    name="Mary O'Neil",
    street=["2360 Main Street", "Apt 4"],
    postal_code="20008",
    city="Washington",
    country="US",
    languages=["en"],
)
SEVEN_CYRILLIC = (
    "Генеральному прокурору Российской Федерации",
    "Соколову Петру Ивановичу",
    "Генеральная прокуратура Российской Федерации",
    "ул. Большая Дмитровка, д. 15а",
    "стр. 1",
    "125993 МОСКВА",
    "РОССИЯ",
)


def samples() -> dict[str, Letter]:
    """Return the stress letters: long sender, 9-line and 7-line Cyrillic address, Arabic."""
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    (plain,) = api.letters_for(case, sender, date=LETTER_DATE)
    (long_sender,) = api.letters_for(case, LONG_SENDER, date=LETTER_DATE)
    # A US sender's German letter: on Letter paper it once spilled its "Kopie an" line.
    (us_german,) = api.letters_for(case, US_SENDER, date=LETTER_DATE, lang="de")
    arabic_case = ualetters.load_case(DATA / "print_arabic.yaml")
    (arabic,) = api.letters_for(arabic_case, sender, date=dt.date(2026, 3, 10), allow_closed=True)
    return {
        "long-sender": long_sender,
        "nine-lines": dataclasses.replace(plain, recipient_lines=NINE_LINES),
        "seven-cyrillic": dataclasses.replace(plain, recipient_lines=SEVEN_CYRILLIC),
        "arabic": arabic,
        "us-german": us_german,
    }


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[Letter, Pdf]]:
    jobs = [(key, name, letter) for key, letter in samples().items() for name in LAYOUTS]
    pdfs = convert([to_docx(letter, LAYOUTS[name]) for _, name, letter in jobs])
    folder = tmp_path_factory.mktemp("window")
    result = {}
    for (key, name, letter), data in zip(jobs, pdfs, strict=True):
        path = folder / f"{key}-{name}.pdf"
        path.write_bytes(data)
        result[(key, name)] = (letter, read_pdf(path))
    return result


def _parts(text: str) -> list[str]:
    # Words without punctuation: poppler moves a comma to the other side of a word that
    # sits in a right-to-left line, and keeps words joined by a no-break space together.
    spaced = canonical(text).replace("\u00a0", " ").replace("\u202f", " ")
    return [part for part in (bare(word) for word in spaced.split()) if part]


def _found(page: list[Word], expected: str) -> list[Word]:
    return [w for w in page if expected in _parts(w.text)]


def _misses(page: list[Word], text: str, rect: tuple[float, float, float, float]) -> list[str]:
    left, top, right, bottom = rect
    misses = []
    for expected in _parts(text):
        found = _found(page, expected)
        ok = [
            w
            for w in found
            if w.left >= left - TOLERANCE
            and w.right <= right + TOLERANCE
            and w.top >= top - TOLERANCE
            and w.bottom <= bottom + TOLERANCE
        ]
        if not ok:
            misses.append(f"{expected!r} at {[(w.left, w.top, w.right, w.bottom) for w in found]}")
    return misses


def _window(layout: Layout) -> tuple[float, float, float, float]:
    return (
        layout.field_left + MARGIN,
        layout.field_top + MARGIN,
        layout.field_left + layout.field_width - MARGIN,
        layout.field_top + layout.field_height - MARGIN,
    )


@pytest.mark.parametrize("name", list(LAYOUTS))
@pytest.mark.parametrize(
    "sample", ["long-sender", "nine-lines", "seven-cyrillic", "arabic", "us-german"]
)
def test_every_word_in_the_window_with_margin_or_a_warning(printed, sample: str, name: str) -> None:
    letter, pdf = printed[(sample, name)]
    layout = LAYOUTS[name]
    plan = print_plan(typeset_letter(letter), layout)
    warnings = fit_report(letter, layout)
    left, top, right, bottom = _window(layout)
    page = pdf.pages[0]
    if plan.return_line.text is None:
        assert any("return line" in w for w in warnings), warnings
        zone = [
            w
            for w in page
            if layout.field_top - 1 <= w.top < layout.field_top + layout.return_line_height - 1
            and layout.field_left <= w.left < layout.field_left + layout.field_width
        ]
        assert zone == []
    else:
        zone = (left, top, right, layout.field_top + layout.return_line_height)
        misses = _misses(page, plan.return_line.text, zone)
        assert not misses, f"return line outside {zone}: {misses}"
    if plan.recipient.fits:
        for line in letter.recipient_lines:
            misses = _misses(page, line, (left, top, right, bottom))
            assert not misses, f"{line!r} outside {(left, top, right, bottom)}: {misses}"
        assert not any("address of" in w for w in warnings), warnings
    else:
        assert any(f"address of {letter.target_id}" in w and name in w for w in warnings)
    if not any("runs long" in w for w in warnings):
        assert len(pdf.pages) == 1
    assert len(pdf.pages) == plan.pages.pages  # the prediction that the header's total shows


def test_the_warnings_are_the_expected_ones(printed) -> None:
    # A guard for the test above: which of the stress letters cannot fit, and why.
    warned = {
        (key, name): [w.msgid.split(" ")[1] for w in fit_report(letter, LAYOUTS[name])]
        for (key, name), (letter, _pdf) in printed.items()
    }
    # Nine lines fit the 45 mm windows (moved up into the empty note zone), not the US one.
    assert warned[("nine-lines", "din5008-b")] == []
    assert warned[("nine-lines", "us")] == ["address"]
    assert warned[("seven-cyrillic", "ch")] == []
    assert all(not warned[("arabic", name)] for name in LAYOUTS)
    assert all(not warned[("us-german", name)] for name in LAYOUTS)
    # The long sender's return line is abbreviated; in DIN 5008's narrow field it is left out.
    assert warned[("long-sender", "din5008-b")] == ["return"]
    assert warned[("long-sender", "ch-left")] == []


def test_a_shortened_return_line_still_names_the_sender(printed) -> None:
    letter, pdf = printed[("long-sender", "ch-left")]
    plan = print_plan(typeset_letter(letter), LAYOUTS["ch-left"])
    assert plan.return_line.shortened
    assert plan.return_line.text is not None
    assert plan.return_line.text.replace("\u00a0", " ").startswith("Dr. J. Schmidt-Müller, ")
    assert "Friedrich-Ebert-Str. 123" in plan.return_line.text
    assert "c/o" not in plan.return_line.text
    assert "Hinterhaus" not in plan.return_line.text
    # the letter's own sender block keeps every line
    text = " ".join(pdf.text.split())
    assert "c/o Familie Oberhauser-Lindenberg" in text
    assert "Hinterhaus, 3. Obergeschoss links" in text


def _line_of(page: list[Word], text: str, band: tuple[float, float] = (0, 1000)) -> list[Word]:
    """Return the words of the printed line of `text` (the lowest one inside `band`, in mm)."""
    parts = _parts(text)
    firsts = [w for w in _found(page, parts[0]) if band[0] <= w.top <= band[1]]
    assert firsts, f"{text!r} not on the page"
    top = max(w.top for w in firsts)
    return [w for w in page if abs(w.top - top) < 1 and set(_parts(w.text)) & set(parts)]


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_arabic_blocks_share_one_right_edge_inside_the_margins(printed, name: str) -> None:
    letter, pdf = printed[("arabic", name)]
    layout = LAYOUTS[name]
    page = pdf.pages[0]
    right_margin = layout.page_width - layout.margin_right
    field = (layout.field_top, layout.field_top + layout.field_height)
    # The window may reach past the margin (ch, fr); everything else stays inside it.
    outside = [
        w
        for w in page
        if not (
            field[0] <= w.top <= field[1]
            and layout.field_left <= w.left <= layout.field_left + layout.field_width
        )
    ]
    assert max(w.right for w in outside) <= right_margin + TOLERANCE  # the sender block too
    # Every address line, Arabic or Latin, ends at the same right edge ...
    edges = [max(w.right for w in _line_of(page, line, field)) for line in letter.recipient_lines]
    assert max(edges) - min(edges) < 0.5, edges
    # ... and so do the closing and the sender's (Latin) name under it.
    closing = max(w.right for w in _line_of(page, letter.closing))
    signature = max(w.right for w in _line_of(page, letter.signature))
    assert signature == pytest.approx(closing, abs=0.5)
    assert closing == pytest.approx(right_margin, abs=0.5)


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_the_first_fold_runs_clear_of_the_date_line(printed, name: str) -> None:
    layout = LAYOUTS[name]
    fold = layout.fold_marks[0]
    for sample in ("long-sender", "us-german", "arabic"):
        letter, pdf = printed[(sample, name)]
        for text in (letter.place_date, letter.subject):
            for word in _line_of(pdf.pages[0], text):
                assert not word.top <= fold <= word.bottom, (sample, text, word)
