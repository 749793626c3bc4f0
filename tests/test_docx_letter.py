"""The DOCX letter read back with python-docx: parts in order, bold subject, A4, window position."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from typer.testing import CliRunner

from ualetters.cli import app
from ualetters.layouts import LAYOUTS

from .conftest import EXAMPLE_ARGS, ROOT

GOLDEN = ROOT / "tests" / "golden"
RECIPIENT = [
    "Sooronbay Jeenbekov",
    "Präsident der Kirgisischen Republik",
    "Präsidialverwaltung",
    "205 Chuy Prospect",
    "720003 BISHKEK",
    "KIRGISISTAN",
]
TWIPS_PER_MM = 1440 / 25.4
LINE_FACTOR = 1.15  # single line spacing of Arial / Liberation Sans, in font sizes


def write_docx(folder: Path, *extra: str) -> Path:
    result = CliRunner().invoke(
        app,
        [
            *EXAMPLE_ARGS,
            "--format",
            "docx",
            "--out",
            str(folder),
            *extra,
        ],
    )
    assert result.exit_code == 0, result.stderr
    return folder / "ua-61-20_president_de.docx"


@pytest.fixture(scope="module")
def din_b(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_docx(tmp_path_factory.mktemp("din"), "--layout", "din5008-b")


def frame_of(paragraph: Paragraph) -> dict[str, float] | None:
    """Return a framed paragraph's frame (x, y, w, h) in millimetres, or None."""
    ppr = paragraph._p.pPr
    props = ppr.find(qn("w:framePr")) if ppr is not None else None
    if props is None:
        return None
    assert props.get(qn("w:hAnchor")) == "page" and props.get(qn("w:vAnchor")) == "page"
    return {
        key: int(props.get(qn(f"w:{key}"))) / TWIPS_PER_MM
        for key in ("x", "y", "w", "h")
        if props.get(qn(f"w:{key}")) is not None
    }


def flowing(document: docx.document.Document) -> list[Paragraph]:
    """Return the paragraphs outside frames that carry text: the letter as it is read."""
    return [p for p in document.paragraphs if frame_of(p) is None and p.text.strip()]


def golden_body(name: str) -> list[str]:
    """Return the body paragraphs of a golden text letter, unwrapped (items as "- ...")."""
    text = (GOLDEN / name).read_text(encoding="utf-8")
    body = text.split("\n\n", 5)[5]  # after sender, recipient, date, subject, salutation
    paragraphs: list[str] = []
    for block in body.split("\n\n"):
        for line in block.splitlines():
            if line.startswith("- ") or not paragraphs or line == block.splitlines()[0]:
                paragraphs.append(line)
            else:
                paragraphs[-1] += " " + line.strip()
    return paragraphs


def test_paragraphs_in_reading_order(din_b: Path) -> None:
    # The DOCX keeps dates and numbers together with no-break spaces (typography.py).
    texts = [p.text.replace("\u00a0", " ") for p in flowing(docx.Document(str(din_b)))]
    assert texts[0] == "Bern, 23. Juli 2020"
    assert (
        texts[1] == "Azimjan Askarov: Gesundheit eines gewaltlosen politischen Gefangenen in Gefahr"
    )
    assert texts[2] == "Sehr geehrter Herr Präsident"
    assert texts[-3:] == [
        "Hochachtungsvoll",  # to a head of state (targets[0].rank)
        "Anna Beispiel",
        "Kopie an: Botschaft der Kirgisischen Republik, Genf",
    ]
    # The body says exactly what the text letter says, paragraph for paragraph.
    expected = golden_body("askarov_president_de-CH.txt")
    expected = [e.replace("\u00a0", " ") for e in expected[: expected.index("Hochachtungsvoll")]]
    body = [text.replace("–\t", "- ", 1) for text in texts[3:-3]]
    assert body == expected


def test_subject_alone_is_bold(din_b: Path) -> None:
    paragraphs = flowing(docx.Document(str(din_b)))
    subject = paragraphs[1]
    assert subject.runs and all(run.bold for run in subject.runs)
    others = [p for p in paragraphs if p is not subject]
    assert not any(run.bold for p in others for run in p.runs)


def test_a4_portrait(din_b: Path) -> None:
    section = docx.Document(str(din_b)).sections[0]
    assert section.page_width.mm == pytest.approx(210, abs=0.1)
    assert section.page_height.mm == pytest.approx(297, abs=0.1)


def test_real_paragraphs_without_line_breaks(din_b: Path) -> None:
    document = docx.Document(str(din_b))
    for paragraph in document.paragraphs:
        assert not paragraph._p.xpath(".//w:br"), paragraph.text
        assert "\n" not in paragraph.text and "\v" not in paragraph.text
    body = flowing(document)[3:-3]
    assert len(body) >= 5  # opening, facts, request, demands, thanks: not one lump


def test_fits_one_page_by_size(din_b: Path) -> None:
    # A cheap guard; the office test below measures the real page count.
    paragraphs = flowing(docx.Document(str(din_b)))
    assert len(paragraphs) <= 16
    assert sum(len(p.text) for p in paragraphs) <= 2600


@pytest.mark.parametrize("layout_name", ["din5008-b", "din5008-a", "ch", "ch-left", "fr"])
def test_recipient_sits_in_the_window_field(tmp_path: Path, layout_name: str) -> None:
    layout = LAYOUTS[layout_name]
    document = docx.Document(str(write_docx(tmp_path, "--layout", layout_name)))
    framed = [(p.text, frame_of(p)) for p in document.paragraphs if frame_of(p) is not None]
    recipient = [(text, box) for text, box in framed if text in RECIPIENT]
    assert [text for text, _box in recipient] == RECIPIENT
    boxes = {tuple(sorted(box.items())) for _text, box in recipient}
    assert len(boxes) == 1, "the address lines must form one frame"
    box = recipient[0][1]
    left, top = layout.field_left, layout.field_top
    assert left <= box["x"] and box["x"] + box["w"] <= left + layout.field_width + 0.05
    assert top <= box["y"] and box["y"] + box["h"] <= top + layout.field_height + 0.05
    # Six lines must fit the frame's exact height with a millimetre to spare for descenders,
    # or the last line touches the window's edge (or Word cuts it off).
    (size,) = {
        run.font.size.pt if run.font.size else 11
        for p in document.paragraphs
        if p.text in RECIPIENT
        for run in p.runs
    }
    assert size >= 8  # DIN 5008: at least 8 pt
    assert len(RECIPIENT) * size * LINE_FACTOR * 25.4 / 72 <= box["h"] - 1
    # The return address line sits at the field's top (2 mm inside it, printfit.MARGIN),
    # above the recipient lines.
    (ret_box,) = [box for text, box in framed if text.startswith("Anna Beispiel, ")]
    assert ret_box["y"] == pytest.approx(top + 2, abs=0.05)
    assert ret_box["y"] + ret_box["h"] <= box["y"] + 0.05


def test_din_5008_b_figures(din_b: Path) -> None:
    """DIN 5008 form B: field 20 mm from the left, 45 mm from the top, 85 x 45 mm."""
    document = docx.Document(str(din_b))
    (box,) = {
        tuple(sorted(frame_of(p).items())) for p in document.paragraphs if p.text in RECIPIENT
    }
    frame = dict(box)
    assert 20 <= frame["x"] < 30  # text indented 5 mm in the field
    assert frame["y"] >= 45 + 17  # below the 17.7 mm zone for return address and notes
    assert frame["x"] + frame["w"] <= 105.05
    assert frame["y"] + frame["h"] <= 90.05


def test_fonts_cover_latin_and_cyrillic(din_b: Path) -> None:
    document = docx.Document(str(din_b))
    fonts = document.styles["Normal"].element.rPr.rFonts
    for slot in ("w:ascii", "w:hAnsi", "w:cs"):
        assert fonts.get(qn(slot)) in ("Arial", "Liberation Sans", "DejaVu Sans", "Noto Sans")


def _pdf_of(docx_path: Path, out: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed for office tests"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{out / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out / (docx_path.stem + ".pdf")


@pytest.mark.office
def test_printed_letter_is_one_page_with_address_in_window(din_b: Path, tmp_path: Path) -> None:
    pdf = _pdf_of(din_b, tmp_path)
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert re.search(r"^Pages:\s+1$", info.stdout, re.M), info.stdout
    bbox = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    mm = 25.4 / 72
    words = [
        (float(x0) * mm, float(y0) * mm, float(x1) * mm, float(y1) * mm, word)
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            bbox,
        )
    ]
    address_words = {w for line in RECIPIENT for w in line.split()}
    placed = [w for w in words if w[4] in address_words and w[1] < 100]
    assert {w[4] for w in placed} == address_words
    for x0, y0, x1, y1, word in placed:
        assert x0 >= 20 and x1 <= 105, word
        assert y0 >= 45 + 17.7 - 0.5 and y1 <= 90, word
