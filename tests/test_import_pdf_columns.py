"""A PDF with two target blocks side by side is read one column after the other.

The PDFs are written here line by line at chosen places (a made-up UA), so the test knows
where every word stands; LibreOffice's one-column PDFs are in test_import_sources.py.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from ualetters.importer import parse_text, reading

from .helpers import run

LEFT = [
    "Procurator General",
    "Ivan Example",
    "1 Example Street",
    "Bishkek 720000",
    "Kyrgyzstan",
    "Fax: +996 312 000 000",
    "Email: procurator@example.kg",
    "Salutation: Dear Procurator General",
]
RIGHT = [
    "Ambassador Asel Example",
    "Embassy of Kyrgyzstan",
    "2360 Massachusetts Avenue NW",
    "Washington, DC 20008",
    "Phone: 202 000 0000 / Fax: 202 000 0001",
    "Email: embassy@example.kg",
    "Twitter: @ExampleEmbassy",
    "Salutation: Dear Ambassador",
]
BODY = [
    "URGENT ACTION",
    "UA: 12/34 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034",
    "HUMAN RIGHTS DEFENDER DETAINED",
    "Aibek Example, a human rights defender, was arrested in Bishkek on 3 March 2034.",
    "Please write immediately in Russian, English or your own language:",
    "- Release Aibek Example immediately and unconditionally.",
    "- Ensure that he has access to a lawyer of his choice.",
    "PLEASE SEND APPEALS BEFORE 15 APRIL 2034 TO:",
]


def pdf(placed: list[tuple[float, float, str]]) -> bytes:
    """Return a one-page PDF with each text at (x, y) in Helvetica 10."""
    shown = []
    for x, y, text in placed:
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        shown.append(f"BT /F1 10 Tf 1 0 0 1 {x} {y} Tm ({escaped}) Tj ET")
    stream = "\n".join(shown).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    return bytes(out)


def two_column_ua() -> bytes:
    placed = [(50.0, 800.0 - 16 * n, line) for n, line in enumerate(BODY)]
    top = 800.0 - 16 * len(BODY) - 10
    # Drawn row by row, as a table of two cells is: plain extraction interleaves the cells.
    for n, (left, right) in enumerate(zip(LEFT, RIGHT, strict=True)):
        placed += [(50.0, top - 14 * n, left), (320.0, top - 14 * n, right)]
    return pdf(placed)


def test_plain_extraction_interleaves_the_columns() -> None:
    page = PdfReader(io.BytesIO(two_column_ua())).pages[0]
    assert "Procurator General Ambassador Asel Example" in (page.extract_text() or "")


def test_the_columns_are_read_one_after_the_other(tmp_path: Path) -> None:
    text = reading.document(two_column_ua(), "ua.pdf").text
    lines = text.split("\n")
    assert lines[lines.index(LEFT[0]) : lines.index(LEFT[0]) + len(LEFT)] == LEFT
    assert lines[lines.index(RIGHT[0]) : lines.index(RIGHT[0]) + len(RIGHT)] == RIGHT
    targets = parse_text(text).record["targets"]
    assert [(t.get("title"), t.get("name")) for t in targets] == [
        ("Procurator General", "Ivan Example"),
        ("Ambassador", "Asel Example"),
    ]
    assert targets[0]["fax"] == "+996 312 000 000"
    assert targets[1]["fax"] == "202 000 0001"
    source = tmp_path / "ua.pdf"
    source.write_bytes(two_column_ua())
    result = run("import", source)
    assert result.code == 0, result.stderr
    assert "name: Asel Example" in result.stdout


def test_one_column_and_aligned_labels_stay_as_they_are() -> None:
    placed = [(50.0, 800.0 - 16 * n, line) for n, line in enumerate(BODY)]
    placed += [(50.0, 500.0, "Fax:"), (200.0, 500.0, "+996 312 000 000")]
    placed += [(50.0, 484.0, "Email:"), (200.0, 484.0, "procurator@example.kg")]
    placed += [(50.0, 468.0, "Phone:"), (200.0, 468.0, "+996 312 000 001")]
    text = reading.document(pdf(placed), "ua.pdf").text
    assert [line for line in text.split("\n") if line][: len(BODY)] == BODY
    assert "Email: procurator@example.kg" in " ".join(text.split())


def test_a_page_laid_out_in_columns_is_cut_at_its_gutter() -> None:
    laid_out = [
        "URGENT ACTION",
        "Left one          Right one",
        "Left two          Right two",
        "                  Right three",
        "Left four         Right four",
        "A line of the page's whole width runs across the gutter here.",
    ]
    assert reading.columns(laid_out) == [
        "URGENT ACTION",
        "Left one",
        "Left two",
        "",
        "Left four",
        "",
        "Right one",
        "Right two",
        "Right three",
        "Right four",
        "",
        "A line of the page's whole width runs across the gutter here.",
    ]
