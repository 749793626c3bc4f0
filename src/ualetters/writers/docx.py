"""DOCX letters for print: the only python-docx user.

The recipient's address sits in a frame placed absolutely on the page, so body text can
never push it out of the envelope window. Raw XML is used only where python-docx has no
word for a thing (frames, complex-script fonts); each such place says so.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from ..layouts import Layout
from ..letter import Letter
from .docx_base import lean_stream

FONT = "Arial"  # Word has it everywhere; LibreOffice maps it to Liberation Sans (Latin, Cyrillic)
BODY_SIZE = Pt(11)
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
    for line in letter.recipient_lines:
        frame(
            _add(document, line),
            left=left,
            top=layout.field_top + layout.address_offset,
            width=width,
            height=layout.field_height - layout.address_offset,
        )


def build_document(letter: Letter, layout: Layout) -> DocumentObject:
    """Return the python-docx document of one letter."""
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
    return document


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


def to_docx(letter: Letter, layout: Layout) -> bytes:
    """Return the letter as DOCX bytes.

    The bytes are those of `document_bytes(build_document(letter, layout))`; `docx_fast`
    produces them from a cached skeleton of the same structure, ~100 times faster.
    """
    from .docx_fast import fast_docx

    return fast_docx(letter, layout)


def to_docx_slow(letter: Letter, layout: Layout) -> bytes:
    """Return the letter as DOCX bytes, built by python-docx from scratch (the reference)."""
    return document_bytes(build_document(letter, layout))
