"""DOCX letters for print: the only python-docx user.

The recipient's address sits in a frame placed absolutely on the page, so body text can
never push it out of the envelope window. Raw XML is used only where python-docx has no
word for a thing (frames, complex-script fonts); each such place says so.
"""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from ..archive import read_members, zip_bytes
from ..layouts import Layout
from ..letter import Letter
from ..metrics import measure
from ..printfit import (
    ADDRESS_SIZES,
    BODY_SIZE,
    ITEM_INDENT,
    SMALL_SIZE,
    PrintPlan,
    Spacing,
    block_height,
    is_rtl,
    measured,
    recipient_block,
)
from .docx_base import lean_stream

FONT = "Arial"  # Word has it everywhere; LibreOffice maps it to Liberation Sans (Latin, Cyrillic)

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
    paragraph: DocxParagraph,
    *,
    left: float,
    top: float,
    width: float,
    height: float | None = None,
    exact: bool = True,
) -> None:
    """Place a paragraph in a frame anchored to the page (python-docx has no API for frames).

    Consecutive paragraphs with the same frame properties form one frame in Word and
    LibreOffice. An exact height keeps the frame from pushing anything below it; otherwise
    the height is the least the frame takes.
    """
    props = OxmlElement("w:framePr")
    props.set(qn("w:w"), _twips(width))
    if height is not None:
        props.set(qn("w:h"), _twips(height))
        props.set(qn("w:hRule"), "exact" if exact else "atLeast")
    props.set(qn("w:wrap"), "around")
    props.set(qn("w:hAnchor"), "page")
    props.set(qn("w:vAnchor"), "page")
    props.set(qn("w:x"), _twips(left))
    props.set(qn("w:y"), _twips(top))
    paragraph._p.get_or_add_pPr().insert_element_before(props, *_AFTER_FRAMEPR)


def _set_fonts(document: DocumentObject, language: str) -> None:
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(BODY_SIZE)
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
    for piece in _isolated_runs(text):
        run = paragraph.add_run(piece)
        run.bold = bold or None
        if size is not None:
            run.font.size = size
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.space_before = Pt(before)
    return paragraph


_FSI, _PDI = "\u2068", "\u2069"


def _isolated_runs(text: str) -> list[str]:
    """Split `text` at its bidi isolates (FSI ... PDI) into runs, dropping the marks.

    Word processors give every run one direction (w:rtl, set in `_bidi`): a Latin name set
    off as a run of its own keeps its order inside an Arabic line, as the isolates ask.
    """
    if _FSI not in text:
        return [text]
    pieces: list[str] = []
    for chunk in text.split(_FSI):
        inner, mark, rest = chunk.partition(_PDI)
        pieces += [inner, rest] if mark else [inner]
    return [piece for piece in pieces if piece] or [""]


def _address_blocks(
    document: DocumentObject, letter: Letter, layout: Layout, plan: PrintPlan
) -> None:
    for line in letter.sender_lines:
        frame(
            _add(document, line, size=Pt(SMALL_SIZE)),
            left=layout.sender_left,
            top=layout.sender_top,
            width=layout.sender_width,
        )
    back = plan.return_line
    if back.text is not None and letter.postal:
        frame(
            _add(document, back.text, size=Pt(back.size)),
            left=back.left,
            top=back.top,
            width=back.width,
            height=back.height,
        )
    fit = plan.recipient
    for number, line in enumerate(recipient_block(letter)):
        # Without a postal address the block is not an address: the fax number on top (bold,
        # the line a fax sender dials from), then whom the letter is for.
        bold = number == 0 and letter.fax_line is not None and not letter.postal
        frame(
            _add(document, line, size=Pt(fit.size), bold=bold),
            left=fit.left,
            top=fit.top,
            width=fit.width,
            height=fit.height,
            # An address that does not fit grows past the window rather than losing lines;
            # printfit.fit_report warns about it.
            exact=fit.fits,
        )


def address_size(lines: int, height: float) -> Pt:
    """Return the largest type size (10 pt down to DIN 5008's 8 pt) at which `lines` fit.

    Kept for callers that know only a line count; the writer itself measures the lines
    (`printfit.fit_address`), wrapped ones included.
    """
    for size in ADDRESS_SIZES:
        if block_height(lines, size) <= height:
            return Pt(size)
    return Pt(ADDRESS_SIZES[-1])


def _copy_lines(document: DocumentObject, letter: Letter) -> None:
    """Add the copy lines: the label once, each further recipient set under the first.

    The indent is the label's width (the catalog's "Copy to: %(recipient)s" puts the label
    first), never the words of a line: the fast writer builds a letter's shape without them.
    """
    label = letter.labels.get("copy_to", "")
    indent = Mm(measure(label + " ", SMALL_SIZE)) if label else None
    for index, line in enumerate(letter.copies):
        paragraph = _add(document, line, size=Pt(SMALL_SIZE))
        if index and indent is not None:
            paragraph.paragraph_format.left_indent = indent  # the start side, also right to left


def _body(document: DocumentObject, letter: Letter, spacing: Spacing, *, marker: str = "") -> None:
    """Add the letter's text from the subject on; each gap is the space after a paragraph.

    Only space after is used, never space before: word processors take the larger of the
    two where they meet, so a gap set once is the gap printed, in Word and LibreOffice alike.
    """
    if marker:
        heading = _add(document, marker, bold=True, after=spacing.subject)
        heading.paragraph_format.page_break_before = True
    if letter.copy_of:
        _add(document, letter.copy_of, after=spacing.subject)
    _add(document, letter.subject, bold=True, after=spacing.subject)
    _add(document, letter.salutation, after=spacing.salutation)
    paragraphs = letter.paragraphs
    for number, paragraph in enumerate(paragraphs):
        if paragraph.kind == "item":
            last = number + 1 == len(paragraphs) or paragraphs[number + 1].kind != "item"
            item = _add(
                document, f"–\t{paragraph.text}", after=spacing.paragraph if last else spacing.item
            )
            fmt = item.paragraph_format
            fmt.left_indent = Mm(ITEM_INDENT)
            fmt.first_line_indent = Mm(-ITEM_INDENT)
            fmt.tab_stops.add_tab_stop(Mm(ITEM_INDENT))
        else:
            _add(document, paragraph.text, after=spacing.paragraph)
    _add(document, letter.closing, after=spacing.signature)
    _add(document, letter.signature, after=spacing.copies if letter.copies else 0)


def build_document(
    letter: Letter,
    layout: Layout,
    *,
    fold_marks: bool | None = None,
    plan: PrintPlan | None = None,
) -> DocumentObject:
    """Return the python-docx document of one letter (marks: default from `layout.marks`).

    Without a `plan` the letter is typeset and measured here; with one, it must be the plan
    of the letter already typeset (`typography.typeset_letter`, `printfit.print_plan`).
    """
    if plan is None:
        letter, plan = measured(letter, layout)
    spacing = plan.pages.spacing
    document = Document(lean_stream())
    _page(document, layout)
    _set_fonts(document, letter.language)
    _address_blocks(document, letter, layout, plan)

    # An empty line of exact height moves the date line below the address field on page one;
    # exact line heights are honoured alike by Word and LibreOffice.
    spacer = document.add_paragraph()
    spacer.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    spacer.paragraph_format.line_spacing = Mm(layout.body_top - layout.margin_top)

    date_line = _add(document, letter.place_date, after=spacing.date)
    date_line.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _body(document, letter, spacing)
    _copy_lines(document, letter)
    if letter.translation is not None:
        # The translation carries every part of the letter the sender reads, the copy lines
        # included, as the text and JSON letters do.
        marker = letter.labels.get("translation", "Courtesy translation")
        _body(document, letter.translation, spacing, marker=marker)
        _copy_lines(document, letter.translation)

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
    marks = layout.marks if fold_marks is None else fold_marks
    _headers(document, letter, layout, marks=marks, pages=plan.pages.pages)
    _bidi(document, letter)
    return document


def _saved(document: DocumentObject) -> bytes:
    raw = io.BytesIO()
    document.save(raw)
    return raw.getvalue()


def document_bytes(document: DocumentObject) -> bytes:
    """Serialize a document with fixed zip timestamps, so equal letters are equal bytes."""
    return zip_bytes(read_members(_saved(document)))


def prototype_bytes(letter: Letter, layout: Layout, plan: PrintPlan) -> bytes:
    """Return the DOCX of a letter with its plan as python-docx saves it (`docx_fast`)."""
    # Unnormalized: only the members' bytes and order matter to a skeleton.
    return _saved(build_document(letter, layout, plan=plan))


def to_docx_slow(
    letter: Letter,
    layout: Layout,
    *,
    fold_marks: bool | None = None,
    plan: PrintPlan | None = None,
) -> bytes:
    """Return the letter as DOCX bytes, built by python-docx from scratch (the reference)."""
    return document_bytes(build_document(letter, layout, fold_marks=fold_marks, plan=plan))


# --- Pages 2+, fold marks, right-to-left scripts -------------------------------------------

HEADER_SIZE = Pt(9)
MARK_LEFT = 4.0  # mm from the sheet's left edge: inside every printer's margin, outside the text
FOLD_MARK_LENGTH = 5.0
PUNCH_MARK_LENGTH = 8.0
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})


def _field(paragraph: DocxParagraph, instruction: str, shown: str) -> None:
    """Append a simple field (PAGE, NUMPAGES) showing `shown` until the layout updates it.

    The shown value is the field's stored result: right from the start, since an office suite
    that does not compute a field (LibreOffice 7.4 and SECTIONPAGES in packs) prints it.
    """
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _page_label(paragraph: DocxParagraph, label: str, pages: int) -> None:
    """Write "Seite {page} von {pages}" with the placeholders as live page fields.

    The header stands on pages 2+, so PAGE's stored result is 2; NUMPAGES's is the predicted
    page count. A pack turns NUMPAGES into SECTIONPAGES (`combine`), counting each letter alone.
    """
    rest = label
    while rest:
        cut = min((i for i in (rest.find("{page}"), rest.find("{pages}")) if i >= 0), default=-1)
        if cut < 0:
            paragraph.add_run(rest)
            break
        if cut:
            paragraph.add_run(rest[:cut])
        is_total = rest.startswith("{pages}", cut)
        _field(paragraph, "NUMPAGES" if is_total else "PAGE", str(pages) if is_total else "2")
        rest = rest[cut + len("{pages}" if is_total else "{page}") :]
    for run in paragraph._p.iter(qn("w:r")):  # field results too, not only plain runs
        Run(run, paragraph).font.size = HEADER_SIZE


# Elements that follow w:pgNumType inside w:sectPr (ECMA-376 CT_SectPr sequence).
_AFTER_PGNUMTYPE = (
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
    "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange",
)  # fmt: skip


def _headers(
    document: DocumentObject, letter: Letter, layout: Layout, *, marks: bool, pages: int
) -> None:
    """Give pages 2+ a continuation header (recipient, date, page x of y); page one none.

    A letter that runs long thus says so on every further sheet instead of spilling
    silently; page one keeps only the (optional) fold and punch marks. Page numbers start
    at 1 in the letter's own section, so a letter counts its own pages inside a pack too.
    """
    section = document.sections[0]
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    section._sectPr.insert_element_before(numbering, *_AFTER_PGNUMTYPE)
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
    _page_label(line, letter.labels.get("page", "Page {page} of {pages}"), pages)
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
    """Set the direction of paragraphs (w:bidi) and runs (w:rtl) from the letter's language.

    A right-to-left letter turns every paragraph with right-to-left text, whose start is then
    the right edge, and aligns its other lines right as well (a Latin street line, the
    sender's name under the closing), so every line of a block shares one edge. A
    left-to-right letter turns no paragraph: an Arabic name in its address stays flush left
    with the other lines, its run marked right to left so it still reads right to left.
    """
    rtl_letter = letter.language.split("-")[0] in RTL_LANGUAGES
    _complex_size(document.styles["Normal"].element.get_or_add_rPr())
    parts = [document.element.body]
    for section in document.sections:  # only headers that exist: reading one would add it
        for header in (section.header, section.first_page_header):
            if not header.is_linked_to_previous:
                parts.append(header._element)
    after_jc = _AFTER_FRAMEPR[_AFTER_FRAMEPR.index("w:jc") + 1 :]
    for part in parts:
        for p in part.iter(qn("w:p")):
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            if not text:
                continue
            rtl = is_rtl(text)
            if rtl_letter and not rtl:
                ppr = p.get_or_add_pPr()
                ppr._remove_jc()
                jc = OxmlElement("w:jc")
                jc.set(qn("w:val"), "right")
                ppr.insert_element_before(jc, *after_jc)
                continue
            if not rtl:
                continue
            if rtl_letter:
                ppr = p.get_or_add_pPr()
                ppr.insert_element_before(
                    OxmlElement("w:bidi"), *_AFTER_FRAMEPR[_AFTER_FRAMEPR.index("w:bidi") + 1 :]
                )
                ppr._remove_jc()
            for run in p.iter(qn("w:r")):
                rpr = run.get_or_add_rPr()
                if is_rtl("".join(t.text or "" for t in run.iter(qn("w:t")))):
                    rpr.get_or_add_rtl()
                if rpr.b is not None:
                    rpr.get_or_add_bCs()
                _complex_size(rpr)
