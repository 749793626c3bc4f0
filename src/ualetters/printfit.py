"""What goes where on the printed page: address and return line in the window, pages, warnings.

Every decision here is made from the fonts' advance widths (`metrics`), so the DOCX writer
and `check` reach the same answer without an office suite:

- `fit_address`: size and position of an address block (targets and copies alike) so every
  line, wrapped where it must, sits inside the envelope window at least `MARGIN` from each
  edge, from 10 pt down to DIN 5008's 8 pt. An address longer than the usual six lines may
  move up into the field's empty note zone (DIN 5008 gives the address nine lines there when
  there are no postal notes, and the letters print none).
- `fit_return_line`: the sender's one-line return address in the field's top zone, from
  6.5 pt down to 6 pt, then abbreviated, else left out (the letter's sender block keeps the
  full address).
- `predict_pages`: the page count, line by line; spacing is tightened within limits before a
  letter spills onto a second page.
- `print_plan` bundles the three for the writer (`measured` typesets and plans a letter
  once for the writer and the report); `print_report` / `fit_report` return the warnings.

Heights follow LibreOffice's rendering as `pdftotext -bbox` reports it: a line of type at
size s advances `metrics.line_height(s)` (1.15 s); its words' boxes reach 1.30 s below the
line's top (`INK`), which is what a margin is measured to.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .errors import Message, Number, Plural
from .layouts import Layout
from .letter import Letter
from .metrics import PT, line_height, measure
from .typography import typeset_letter

MARGIN = 2.0  # mm between any address text and the window's edges: room for play in the envelope
INK = 1.30  # height of a line's word boxes per point of type, from the line's top
ADDRESS_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)  # DIN 5008: 10 pt usual, 8 pt the least
RETURN_SIZES = (6.5, 6.0)
BODY_SIZE = 11.0
SMALL_SIZE = 9.0  # sender block, copy lines, the continuation header
ITEM_INDENT = 6.0  # mm: the hanging indent of a demand


# The blocks of Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms: every
# character of bidi class R or AL (as docx_fast's plain-text test has them).
_RTL = re.compile(
    "[\u200f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def is_rtl(text: str) -> bool:
    """Tell whether `text` holds right-to-left letters (Arabic, Hebrew, ...)."""
    return _RTL.search(text) is not None


# The same paragraphs come back in every letter of a case, and the same lines in every letter
# to a target: a bounded cache makes measuring them a lookup after the first letter.
@lru_cache(maxsize=8192)
def line_count(text: str, width: float, size: float, *, bold: bool = False) -> int:
    """Return how many lines `text` takes at `size` pt in `width` mm, broken at spaces.

    No-break spaces hold words together; a word wider than the line is broken by the office
    suite wherever it must, so it counts the lines its width needs.
    """
    space = measure(" ", size, bold=bold)
    lines, used = 1, 0.0
    for word in text.split(" "):
        if not word:
            continue
        wide = measure(word, size, bold=bold)
        if used and used + space + wide > width:
            lines += 1
            used = 0.0
        if wide > width:
            extra = math.ceil(wide / width) - 1
            lines += extra
            wide -= extra * width
        used += (space if used else 0.0) + wide
    return lines


@dataclass(frozen=True)
class AddressFit:
    """Where and how large an address block is set: a frame (mm from the page's top-left)."""

    size: float
    left: float
    top: float
    width: float
    height: float
    lines: int  # printed lines, wrapped ones counted
    fits: bool  # every line inside the window with MARGIN to spare


def _zone(layout: Layout) -> tuple[float, float, float]:
    """Return the left, right and bottom edge (mm) that address text must stay within."""
    left = layout.field_left + max(layout.text_indent, MARGIN)
    right = layout.field_left + layout.field_width - MARGIN
    bottom = layout.field_top + layout.field_height - MARGIN
    return left, right, bottom


def block_height(lines: int, size: float, *, arabic: bool = False) -> float:
    """Return the height in mm from the first line's top to the last line's word boxes."""
    return (lines - 1) * line_height(size, arabic=arabic) + INK * size * PT


def fit_address(lines: Sequence[str], layout: Layout) -> AddressFit:
    """Return the largest size and a position at which `lines` fit the layout's window."""
    return _fit_address(tuple(lines), layout)


@lru_cache(maxsize=1024)  # a target's address recurs in every supporter's letter
def _fit_address(lines: tuple[str, ...], layout: Layout) -> AddressFit:
    left, right, bottom = _zone(layout)
    width = right - left
    standard = layout.field_top + layout.address_offset
    highest = layout.field_top + layout.return_line_height
    field_bottom = layout.field_top + layout.field_height
    arabic = any(is_rtl(line) for line in lines)
    count = 0
    for size in ADDRESS_SIZES:
        count = sum(line_count(line, width, size) for line in lines)
        height = block_height(count, size, arabic=arabic)
        top = min(standard, bottom - height)
        if top >= highest:
            return AddressFit(size, left, top, width, field_bottom - top, count, True)
    return AddressFit(ADDRESS_SIZES[-1], left, highest, width, field_bottom - highest, count, False)


@dataclass(frozen=True)
class ReturnFit:
    """The return line as printed: its text (None when left out), size and frame."""

    text: str | None
    size: float
    left: float
    top: float
    width: float
    height: float
    shortened: bool = False


_STREET_WORDS = [
    (re.compile(r"(?<=\w)stra(?:ss|ß)e\b"), "str."),
    (re.compile(r"\bStra(?:ss|ß)e\b"), "Str."),
    (re.compile(r"\bAvenue\b"), "Av."),
    (re.compile(r"\bavenue\b"), "av."),  # French writes it in lower case: "avenue Blanc 51"
    (re.compile(r"\bBoulevard\b"), "Bd"),
    (re.compile(r"\bboulevard\b"), "bd"),
    (re.compile(r"\bStreet\b"), "St."),
    (re.compile(r"\bRoad\b"), "Rd."),
    (re.compile(r"\bPlatz\b"), "Pl."),
    (re.compile(r"\bPiazza\b"), "P.za"),
    (re.compile(r"\bулица\b"), "ул."),
]


def _initials(name: str) -> str:
    """Return a name with its given names as initials: "Dr. Johanna Schmidt" -> "Dr. J. Schmidt"."""
    words = name.split()
    if len(words) < 2:
        return name
    out = []
    for word in words[:-1]:
        if word.endswith(".") or not word[:1].isalpha():
            out.append(word)  # a title or an initial already
        else:
            out.append("-".join(part[:1] + "." for part in word.split("-") if part))
    return " ".join([*out, words[-1]])


def _shortened(lines: tuple[str, ...], name: str, abroad: bool) -> list[str]:
    """Return ever shorter forms of the return line: streets abbreviated, initials, one street.

    The sender lines are the name, the street lines, the place, and the country when the
    letter goes abroad; a c/o line is one of the street lines.
    """
    tail = 2 if abroad and len(lines) >= 3 else 1
    name_at = lines.index(name) if name in lines else -1
    streets = [i for i in range(len(lines) - tail) if i > name_at]

    def street(text: str) -> str:
        for pattern, short in _STREET_WORDS:
            text = pattern.sub(short, text)
        return text

    forms = []
    short = [street(line) if i in streets else line for i, line in enumerate(lines)]
    forms.append(", ".join(short))
    if name_at >= 0:
        short[name_at] = _initials(short[name_at])
        forms.append(", ".join(short))
    kept = [i for i in streets if not short[i].lower().startswith("c/o")][:1]
    forms.append(", ".join(line for i, line in enumerate(short) if i not in streets or i in kept))
    return forms


def fit_return_line(letter: Letter, layout: Layout) -> ReturnFit:
    """Return the return line that fits on one line in the field's top zone, or none."""
    abroad = bool(letter.destination_country) and (
        letter.destination_country != letter.sender_country
    )
    return _return_line(letter.sender_lines, letter.sender_name, abroad, layout)


@lru_cache(maxsize=1024)  # a supporter's letters share their return line
def _return_line(lines: tuple[str, ...], name: str, abroad: bool, layout: Layout) -> ReturnFit:
    left, right, _bottom = _zone(layout)
    width = right - left
    top = layout.field_top + MARGIN
    height = layout.return_line_height - MARGIN
    tries = [(", ".join(lines), size, False) for size in RETURN_SIZES]
    tries += [(text, RETURN_SIZES[-1], True) for text in _shortened(lines, name, abroad)]
    for text, size, short in tries:
        if INK * size * PT <= height + 1e-9 and measure(text, size) <= width:
            return ReturnFit(text, size, left, top, width, height, short)
    return ReturnFit(None, RETURN_SIZES[-1], left, top, width, height, True)


@dataclass(frozen=True)
class Spacing:
    """Space in points after each part of the letter (the room to sign comes before the name)."""

    date: float
    subject: float
    salutation: float
    paragraph: float
    item: float  # between demands; the last one is followed by `paragraph`
    signature: float
    copies: float


SPACINGS = (
    Spacing(18, 18, 8, 8, 4, 36, 12),
    Spacing(12, 12, 6, 6, 3, 30, 8),
    Spacing(9, 9, 4, 4, 2, 26, 6),  # the tightest: still room to sign (9 mm)
)


@dataclass(frozen=True)
class PageFit:
    """The predicted page count of a letter and the spacing that achieves it."""

    pages: int  # with the courtesy translation, which starts on a page of its own
    letter_pages: int  # the letter alone
    spacing: Spacing


def _blocks(letter: Letter, width: float, spacing: Spacing) -> list[tuple[int, float, float]]:
    """Return (lines, type size, space after in pt) of each paragraph of the letter's text."""
    blocks = [(line_count(letter.place_date, width, BODY_SIZE), BODY_SIZE, spacing.date)]
    if letter.copy_of:
        blocks.append((line_count(letter.copy_of, width, BODY_SIZE), BODY_SIZE, spacing.subject))
    blocks += [
        (line_count(letter.subject, width, BODY_SIZE, bold=True), BODY_SIZE, spacing.subject),
        (line_count(letter.salutation, width, BODY_SIZE), BODY_SIZE, spacing.salutation),
    ]
    paragraphs = letter.paragraphs
    for number, paragraph in enumerate(paragraphs):
        if paragraph.kind == "item":
            last = number + 1 == len(paragraphs) or paragraphs[number + 1].kind != "item"
            lines = line_count(paragraph.text, width - ITEM_INDENT, BODY_SIZE)
            blocks.append((lines, BODY_SIZE, spacing.paragraph if last else spacing.item))
        else:
            lines = line_count(paragraph.text, width, BODY_SIZE)
            blocks.append((lines, BODY_SIZE, spacing.paragraph))
    blocks.append((line_count(letter.closing, width, BODY_SIZE), BODY_SIZE, spacing.signature))
    copies = spacing.copies if letter.copies else 0
    blocks.append((line_count(letter.signature, width, BODY_SIZE), BODY_SIZE, copies))
    blocks += [(line_count(line, width, SMALL_SIZE), SMALL_SIZE, 0) for line in letter.copies]
    return blocks


def _pages(blocks: list[tuple[int, float, float]], top: float, first: float, layout: Layout) -> int:
    """Return the pages that `blocks` fill, starting at `first` mm on the first page."""
    bottom = layout.page_height - layout.margin_bottom
    pages, y = 1, first
    for lines, size, after in blocks:
        pitch = line_height(size)
        for _ in range(lines):
            if y + pitch > bottom + 0.01:
                pages, y = pages + 1, top
            y += pitch
        y += after * PT
    return pages


def predict_pages(letter: Letter, layout: Layout) -> PageFit:
    """Return the pages a letter takes in `layout`, with the loosest spacing that keeps one."""
    width = layout.page_width - layout.margin_left - layout.margin_right
    top = layout.margin_top  # the continuation header sits in the top margin
    result = None
    for spacing in SPACINGS:
        pages = _pages(_blocks(letter, width, spacing), top, layout.body_top, layout)
        if result is None or pages < result[0]:
            result = (pages, spacing)
        if pages == 1:
            break
    assert result is not None
    letter_pages, spacing = result
    pages = letter_pages
    if letter.translation is not None:
        inner = letter.translation
        marker = letter.labels.get("translation", "Courtesy translation")
        blocks = [(line_count(marker, width, BODY_SIZE, bold=True), BODY_SIZE, spacing.subject)]
        blocks += _blocks(replace(inner, place_date=""), width, spacing)[1:]  # copies printed
        pages += _pages(blocks, top, top, layout)
    return PageFit(pages, letter_pages, spacing)


@dataclass(frozen=True)
class PrintPlan:
    """Every measured decision the DOCX writer applies to one letter in one layout."""

    recipient: AddressFit
    return_line: ReturnFit
    pages: PageFit


def recipient_block(letter: Letter) -> tuple[str, ...]:
    """Return the lines printed where the address goes: the address, or, for a recipient
    without one, the fax number (where there is one) above whom the letter is for.
    """
    if letter.postal or letter.fax_line is None:
        return letter.recipient_lines
    return (letter.fax_line, *letter.recipient_lines)


def print_plan(letter: Letter, layout: Layout) -> PrintPlan:
    """Return the plan of an already typeset letter (`typography.typeset_letter`)."""
    return PrintPlan(
        fit_address(recipient_block(letter), layout),
        fit_return_line(letter, layout),
        predict_pages(letter, layout),
    )


_measured: tuple[Letter, Layout, tuple[Letter, PrintPlan]] | None = None


def measured(letter: Letter, layout: Layout) -> tuple[Letter, PrintPlan]:
    """Return the letter typeset for print and its plan in `layout`.

    The DOCX writer and `print_report` ask this of the same letter one after the other (a
    batch writes a letter, then reports how it prints): the last answer is kept, so the
    letter is measured once. The kept answer is one tuple, swapped whole: safe in threads.
    """
    global _measured
    last = _measured
    if last is not None and last[0] is letter and (last[1] is layout or last[1] == layout):
        return last[2]
    typeset = typeset_letter(letter)
    answer = (typeset, print_plan(typeset, layout))
    _measured = (letter, layout, answer)
    return answer


@dataclass(frozen=True)
class PrintReport:
    """What to know about how a letter prints in a layout, by whose text causes it.

    `address` is the case's (the target's address, the same in every supporter's letter),
    `return_line` the sender's own address, `pages` the letter's length.
    """

    address: Message | None = None
    return_line: Message | None = None
    pages: Message | None = None

    def messages(self) -> list[Message]:
        """Return the warnings, address first."""
        return [m for m in (self.address, self.return_line, self.pages) if m is not None]


def print_report(letter: Letter, layout: Layout) -> PrintReport:
    """Return how a letter prints in `layout`: the warnings about address, return line, pages."""
    _typeset, plan = measured(letter, layout)
    address = return_line = pages = None
    # A copy letter goes to the copy's recipient: name them, not the target the copy is of
    # (whose id may have no address at all).
    who = (
        next(iter(letter.recipient_name_lines or letter.recipient_lines), letter.target_id)
        if letter.copy_of
        else letter.target_id
    )
    if not plan.recipient.fits:
        address = Plural(
            "the address of %(target)s does not fit the window of layout %(layout)s, "
            "even in %(size)s pt type: %(num)s line; check the printed letter or shorten "
            "the address",
            "the address of %(target)s does not fit the window of layout %(layout)s, "
            "even in %(size)s pt type: %(num)s lines; check the printed letter or shorten "
            "the address",
            plan.recipient.lines,
            target=who,
            layout=layout.name,
            size=Number(plan.recipient.size),
        )
    if plan.return_line.text is None and letter.postal:
        return_line = Message(
            "the return line of the letter to %(target)s is left out in layout %(layout)s: "
            "your address does not fit on one line in the window even abbreviated (the "
            "letter's sender block still has it in full)",
            target=who,
            layout=layout.name,
        )
    if plan.pages.letter_pages > 1:
        pages = Plural(
            "the letter to %(target)s (%(language)s) runs long: about %(num)s page in "
            "layout %(layout)s; shorten the facts or demands",
            "the letter to %(target)s (%(language)s) runs long: about %(num)s pages in "
            "layout %(layout)s; shorten the facts or demands",
            plan.pages.letter_pages,
            target=who,
            language=letter.language,
            layout=layout.name,
        )
    return PrintReport(address, return_line, pages)


def fit_report(letter: Letter, layout: Layout) -> list[Message]:
    """Return the warnings about a letter in `layout`: address, return line, pages."""
    return print_report(letter, layout).messages()
