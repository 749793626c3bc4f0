"""Combined packs print like the letters they hold: each counts its own pages, one paper size."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

import ualetters
from ualetters import api
from ualetters.errors import OutputError
from ualetters.layouts import LAYOUTS
from ualetters.letter import Letter
from ualetters.writers.combine import combine_docx, packs_by_paper, paper_of
from ualetters.writers.docx_fast import to_docx
from ualetters.writers.pdf import pack_pdf

from .conftest import CASE_FILE, LETTER_DATE, SENDER_FILE

DIN = LAYOUTS["din5008-b"]


def german_letters() -> tuple[Letter, Letter]:
    """Return the example's German letter and a German letter of two pages (facts twice)."""
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    (short,) = api.letters_for(case, sender, date=LETTER_DATE)
    long = dataclasses.replace(short, paragraphs=short.paragraphs * 2)
    return short, long


def _part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def test_each_letter_restarts_its_page_count() -> None:
    short, long = german_letters()
    single = to_docx(long, DIN)
    document = _part(single, "word/document.xml")
    assert '<w:pgNumType w:start="1"/>' in document
    header = next(
        _part(single, n)
        for n in zipfile.ZipFile(io.BytesIO(single)).namelist()
        if "header" in n and "NUMPAGES" in _part(single, n)
    )
    # The stored results are right before any office suite updates them: page 2 of 2.
    for field in ("PAGE", "NUMPAGES"):
        assert re.search(rf'w:instr=" {field} ">(?:(?!</w:fldSimple>).)*<w:t>2</w:t>', header)
    pack = combine_docx([to_docx(letter, DIN) for letter in (short, long, short)])
    with zipfile.ZipFile(io.BytesIO(pack)) as archive:
        headers = [archive.read(n).decode() for n in archive.namelist() if "header" in n]
    assert not any("NUMPAGES" in h for h in headers)
    assert sum(h.count('w:instr=" SECTIONPAGES "') for h in headers) == 3
    assert _part(pack, "word/document.xml").count('<w:pgNumType w:start="1"/>') == 3


def test_a_pack_holds_one_paper_size() -> None:
    short, _long = german_letters()
    a4, letter_paper = to_docx(short, DIN), to_docx(short, LAYOUTS["us"])
    assert (paper_of(a4), paper_of(letter_paper)) == ("A4", "Letter")
    with pytest.raises(OutputError, match="A4 and Letter paper cannot share one pack"):
        combine_docx([a4, letter_paper, a4])
    packs = packs_by_paper([a4, letter_paper, a4])
    assert [(p.paper, p.letters) for p in packs] == [("A4", (0, 2)), ("Letter", (1,))]


@pytest.mark.office
def test_pack_pdf_numbers_each_letters_pages(tmp_path: Path) -> None:
    short, long = german_letters()
    # Two long letters after a short one: a running count would read "Seite 5 von 5" on the
    # last page; each letter's own count reads "Seite 2 von 2" on its second page.
    pack = combine_docx([to_docx(letter, DIN) for letter in (short, long, long)])
    pdf = tmp_path / "pack.pdf"
    pdf.write_bytes(pack_pdf(pack))

    def page(number: int) -> str:
        return subprocess.run(
            ["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    pages = [page(n) for n in range(1, 6)]
    assert "Kopie an" in pages[0] and "Seite" not in pages[0]  # a one-page letter: no count
    assert "Seite" not in pages[1]  # page one of the long letter, as in a single letter
    assert "Seite 2 von 2" in pages[2]  # its own count, not the pack's "Seite 3 von 5"
    assert "Seite" not in pages[3]  # the next letter starts again, numbered afresh
    assert "Seite 2 von 2" in pages[4] and "Seite 5" not in pages[4]
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    assert "Pages:           5" in info.stdout
