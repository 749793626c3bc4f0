"""DOCX letters for print: the only python-docx user.

The recipient's address sits in a frame placed absolutely on the page, so body text can
never push it out of the envelope window. Raw XML is used only where python-docx has no
word for a thing (frames, complex-script fonts); each such place says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import unicodedata
import zipfile

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from ..layouts import Layout
from ..letter import Letter
from .docx_base import lean_stream

FONT = "Arial"  # Word has it everywhere; LibreOffice maps it to Liberation Sans (Latin, Cyrillic)
BODY_SIZE = Pt(11)
LINE_FACTOR = 1.15  # single line height of Arial / Liberation Sans per point of type size
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# Elements that follow w:framePr inside w:pPr (ECMA-376 CT_PPrBase sequence).
_AFTER_FRAMEPR = (
    "w:widowControl",
    "w:numPr",
    "w:suppressLineNumbers",
    "w:pBdr",
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _twips(mm: float) -> str:
    return str(round(mm * 1440 / 25.4))


def frame(
    paragraph: DocxParagraph, *, left: float, top: float, width: float, height: float | None = None
) -> None:
    """Place a paragraph in a frame anchored to the page (python-docx has no API for frames).

    Consecutive paragraphs with the same frame properties form one frame in Word and
    LibreOffice. An exact height keeps a long address from growing out of the window.
    """
    props = OxmlElement("w:framePr")
    props.set(qn("w:w"), _twips(width))
    if height is not None:
        props.set(qn("w:h"), _twips(height))
        props.set(qn("w:hRule"), "exact")
    props.set(qn("w:wrap"), "around")
    props.set(qn("w:hAnchor"), "page")
    props.set(qn("w:vAnchor"), "page")
    props.set(qn("w:x"), _twips(left))
    props.set(qn("w:y"), _twips(top))
    paragraph._p.get_or_add_pPr().insert_element_before(props, *_AFTER_FRAMEPR)


def _set_fonts(document: DocumentObject, language: str) -> None:
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = BODY_SIZE
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    rpr = style.element.get_or_add_rPr()
    # python-docx sets only the Latin slots; Cyrillic is Latin-slot text, Arabic uses w:cs.
    fonts = rpr.get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(slot), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:bidi"), language)


def _page(document: DocumentObject, layout: Layout) -> None:
    section = document.sections[0]
    section.page_width = Mm(layout.page_width)
    section.page_height = Mm(layout.page_height)
    section.left_margin = Mm(layout.margin_left)
    section.right_margin = Mm(layout.margin_right)
    section.top_margin = Mm(layout.margin_top)
    section.bottom_margin = Mm(layout.margin_bottom)
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)


def _add(
    document: DocumentObject,
    text: str,
    *,
    size: Pt | None = None,
    bold: bool = False,
    after: float = 0,
    before: float = 0,
) -> DocxParagraph:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold or None
    if size is not None:
        run.font.size = size
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.space_before = Pt(before)
    return paragraph


def _address_blocks(document: DocumentObject, letter: Letter, layout: Layout) -> None:
    left = layout.field_left + layout.text_indent
    width = layout.field_width - layout.text_indent
    for line in letter.sender_lines:
        frame(
            _add(document, line, size=Pt(9)),
            left=layout.sender_left,
            top=layout.sender_top,
            width=layout.sender_width,
        )
    frame(
        _add(document, letter.return_line, size=Pt(7)),
        left=left,
        top=layout.field_top,
        width=width,
        height=layout.return_line_height,
    )
    size = address_size(len(letter.recipient_lines), layout.field_height - layout.address_offset)
    for line in letter.recipient_lines:
        frame(
            _add(document, line, size=size),
            left=left,
            top=layout.field_top + layout.address_offset,
            width=width,
            height=layout.field_height - layout.address_offset,
        )


def address_size(lines: int, height: float) -> Pt:
    """Return the largest type size (10 pt down to DIN 5008's 8 pt) at which `lines` fit.

    10 pt, as DIN 5008 expects: six 11 pt lines reach the field's bottom edge in LibreOffice.

    A frame of exact height hides what overflows it, so a six-line address in the low US
    window is set smaller rather than losing its country line.
    """
    for tenths in range(100, 80, -5):
        if lines * tenths / 10 * LINE_FACTOR * 25.4 / 72 <= height:
            return Pt(tenths / 10)
    return Pt(8)


def build_document(
    letter: Letter, layout: Layout, *, fold_marks: bool | None = None
) -> DocumentObject:
    """Return the python-docx document of one letter (marks: default from `layout.marks`)."""
    document = Document(lean_stream())
    _page(document, layout)
    _set_fonts(document, letter.language)
    _address_blocks(document, letter, layout)

    # An empty line of exact height moves the date line below the address field on page one;
    # exact line heights are honoured alike by Word and LibreOffice.
    spacer = document.add_paragraph()
    spacer.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    spacer.paragraph_format.line_spacing = Mm(layout.body_top - layout.margin_top)

    date_line = _add(document, letter.place_date, after=18)
    date_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add(document, letter.subject, bold=True, after=18)
    _add(document, letter.salutation, after=8)
    for paragraph in letter.paragraphs:
        if paragraph.kind == "item":
            item = _add(document, f"–\t{paragraph.text}", after=4)
            fmt = item.paragraph_format
            fmt.left_indent = Mm(6)
            fmt.first_line_indent = Mm(-6)
            fmt.tab_stops.add_tab_stop(Mm(6))
        else:
            _add(document, paragraph.text, after=8)
    _add(document, letter.closing, before=4)
    _add(document, letter.signature, before=36)
    for number, line in enumerate(letter.copies):
        _add(document, line, size=Pt(9), before=12 if number == 0 else 0)
    if letter.translation is not None:
        _add_translation(document, letter)

    props = document.core_properties
    moment = dt.datetime.combine(letter.date, dt.time(12, 0))
    props.title = letter.subject
    props.subject = letter.ua
    props.language = letter.language
    props.author = ""
    props.last_modified_by = ""
    props.comments = ""
    props.keywords = ""
    props.created = moment
    props.modified = moment
    props.last_printed = moment
    props.revision = 1
    _headers(document, letter, layout, marks=layout.marks if fold_marks is None else fold_marks)
    _bidi(document, letter)
    return document


def _add_translation(document: DocumentObject, letter: Letter) -> None:
    """Add the courtesy translation on a page of its own, marked as such at its top."""
    inner = letter.translation
    if inner is None:
        return
    marker = _add(document, letter.labels.get("translation", "Courtesy translation"), bold=True)
    marker.paragraph_format.page_break_before = True
    marker.paragraph_format.space_after = Pt(18)
    _add(document, inner.subject, bold=True, after=18)
    _add(document, inner.salutation, after=8)
    for paragraph in inner.paragraphs:
        prefix = "–\t" if paragraph.kind == "item" else ""
        item = _add(document, prefix + paragraph.text, after=4 if prefix else 8)
        if prefix:
            item.paragraph_format.left_indent = Mm(6)
            item.paragraph_format.first_line_indent = Mm(-6)
            item.paragraph_format.tab_stops.add_tab_stop(Mm(6))
    _add(document, inner.closing, before=4)
    _add(document, inner.signature, before=36)


def document_bytes(document: DocumentObject) -> bytes:
    """Serialize a document with fixed zip timestamps, so equal letters are equal bytes."""
    raw = io.BytesIO()
    document.save(raw)
    return normalize_zip(raw.getvalue())


def normalize_zip(data: bytes) -> bytes:
    """Rewrite a zip archive with fixed member dates and attributes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


def to_docx(letter: Letter, layout: Layout, *, fold_marks: bool | None = None) -> bytes:
    """Return the letter as DOCX bytes.

    The bytes are those of `to_docx_slow`; `docx_fast` produces them from a cached skeleton
    of the same structure, ~100 times faster. Marks belong to the layout, which is part of
    the skeleton's shape.
    """
    from .docx_fast import fast_docx

    if fold_marks is not None and fold_marks != layout.marks:
        layout = dataclasses.replace(layout, marks=fold_marks)
    return fast_docx(letter, layout)


def to_docx_slow(letter: Letter, layout: Layout, *, fold_marks: bool | None = None) -> bytes:
    """Return the letter as DOCX bytes, built by python-docx from scratch (the reference)."""
    return document_bytes(build_document(letter, layout, fold_marks=fold_marks))


# --- Pages 2+, fold marks, right-to-left scripts -------------------------------------------

HEADER_SIZE = Pt(9)
MARK_LEFT = 4.0  # mm from the sheet's left edge: inside every printer's margin, outside the text
FOLD_MARK_LENGTH = 5.0
PUNCH_MARK_LENGTH = 8.0
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})


def _field(paragraph: DocxParagraph, instruction: str, shown: str) -> None:
    """Append a simple field (PAGE, NUMPAGES); Word and LibreOffice update it when laying out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _page_label(paragraph: DocxParagraph, label: str) -> None:
    """Write "Seite {page} von {pages}" with the placeholders as live page fields."""
    rest = label
    while rest:
        cut = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if cut < 0:
            paragraph.add_run(rest)
            break
        if cut:
            paragraph.add_run(rest[:cut])
        pages = rest.startswith("{pages}", cut)
        _field(paragraph, "NUMPAGES" if pages else "PAGE", "1")
        rest = rest[cut + len("{pages}" if pages else "{page}") :]
    for run in paragraph._p.iter(qn("w:r")):  # field results too, not only plain runs
        Run(run, paragraph).font.size = HEADER_SIZE


def _headers(document: DocumentObject, letter: Letter, layout: Layout, *, marks: bool) -> None:
    """Give pages 2+ a continuation header (recipient, date, page x of y); page one none.

    A letter that runs long thus says so on every further sheet instead of spilling
    silently; page one keeps only the (optional) fold and punch marks.
    """
    section = document.sections[0]
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    if marks:
        _fold_marks(first, layout)

    header = section.header
    header.is_linked_to_previous = False
    line = header.paragraphs[0]
    who = letter.recipient_lines[0] if letter.recipient_lines else ""
    line.add_run(f"{who} – {letter.place_date}\t").font.size = HEADER_SIZE
    _page_label(line, letter.labels.get("page", "Page {page} of {pages}"))
    width = layout.page_width - layout.margin_left - layout.margin_right
    line.paragraph_format.tab_stops.add_tab_stop(Mm(width), WD_TAB_ALIGNMENT.RIGHT)
    line.paragraph_format.space_after = Pt(12)


def _fold_marks(header: object, layout: Layout) -> None:
    """Draw fold marks and the punch mark as short lines at the left edge of page one.

    Each mark is an empty framed paragraph with a top border: frames anchored to the page
    render alike in Word and LibreOffice, where drawing shapes differ between them. They
    go before the header's plain paragraph: LibreOffice drops the frame of a last paragraph.
    """
    marks = [(y, FOLD_MARK_LENGTH) for y in layout.fold_marks]
    marks.append((layout.page_height / 2, PUNCH_MARK_LENGTH))
    last = header.paragraphs[-1]  # type: ignore[attr-defined]
    for y, length in marks:
        paragraph = last.insert_paragraph_before()
        fmt = paragraph.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(1)
        frame(paragraph, left=MARK_LEFT, top=y, width=length, height=0.5)
        border = OxmlElement("w:pBdr")
        top = OxmlElement("w:top")
        for key, value in (("val", "single"), ("sz", "4"), ("space", "0"), ("color", "000000")):
            top.set(qn(f"w:{key}"), value)
        border.append(top)
        after = _AFTER_FRAMEPR[_AFTER_FRAMEPR.index("w:pBdr") + 1 :]
        paragraph._p.get_or_add_pPr().insert_element_before(border, *after)


def _is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def _starts_rtl(text: str) -> bool:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


_AFTER_SZCS = (
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)


def _complex_size(rpr: object) -> None:
    """Copy w:sz to w:szCs: Arabic and Hebrew take the complex-script size, not w:sz."""
    size = rpr.find(qn("w:sz"))  # type: ignore[attr-defined]
    if size is not None and rpr.find(qn("w:szCs")) is None:  # type: ignore[attr-defined]
        cs = OxmlElement("w:szCs")
        cs.set(qn("w:val"), size.get(qn("w:val")))
        rpr.insert_element_before(cs, *_AFTER_SZCS)  # type: ignore[attr-defined]


def _bidi(document: DocumentObject, letter: Letter) -> None:
    """Mark right-to-left paragraphs (w:bidi) and runs (w:rtl) so they read right to left.

    In a right-to-left letter every paragraph with such text turns; elsewhere a paragraph
    turns only when it starts with right-to-left text (an Arabic name in an address).
    A right-to-left paragraph loses its explicit alignment: its start is the right edge.
    """
    rtl_letter = letter.language.split("-")[0] in RTL_LANGUAGES
    _complex_size(document.styles["Normal"].element.get_or_add_rPr())
    parts = [document.element.body]
    for section in document.sections:  # only headers that exist: reading one would add it
        for header in (section.header, section.first_page_header):
            if not header.is_linked_to_previous:
                parts.append(header._element)
    for part in parts:
        for p in part.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if not (_starts_rtl(text) or (rtl_letter and _is_rtl(text))):
                continue
            ppr = p.get_or_add_pPr()
            ppr.insert_element_before(
                OxmlElement("w:bidi"), *_AFTER_FRAMEPR[_AFTER_FRAMEPR.index("w:bidi") + 1 :]
            )
            ppr._remove_jc()
            for run in p.iter(qn("w:r")):
                rpr = run.get_or_add_rPr()
                if _is_rtl("".join(t.text or "" for t in run.iter(qn("w:t")))):
                    rpr.get_or_add_rtl()
                if rpr.b is not None:
                    rpr.get_or_add_bCs()
                _complex_size(rpr)
