"""The fast DOCX path writes exactly what python-docx writes, lean, and LibreOffice renders it."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

import ualetters
from ualetters.layouts import LAYOUTS
from ualetters.letter import Letter, Paragraph
from ualetters.model import Sender
from ualetters.writers.combine import combine_docx
from ualetters.writers.docx import to_docx_slow
from ualetters.writers.docx_fast import DocxCache, to_docx

from .conftest import LETTER_DATE

PEOPLE = [
    ("Anna Beispiel", ["Beispielweg 12"], "3011", "Bern", "CH", ["de-CH"], None),
    ("Jean & Söhne <GmbH> \"Quote\"", ["Hauptstraße 5", "Hinterhaus"], "10115", "Berlin", "DE",
     ["de"], "Ich bin Lehrerin & Mutter; 3 < 4."),
    ("Ольга Петрова", ["Tverskaya 1"], "125009", "Moscow", "RU", ["en"], None),
    ("ليلى حسن", ["5 Rue de Rivoli"], "75001", "Paris", "FR", ["en"], "I lived in Osh."),
    ("Mary O'Neil", ["2360 Main Street", "Apt 4"], "20008", "Washington", "US", ["en"], None),
]  # fmt: skip


def corpus(case: ualetters.Case) -> list[Letter]:
    letters = []
    for name, street, code, city, country, langs, note in PEOPLE:
        sender = Sender(
            name=name,
            street=street,
            postal_code=code,
            city=city,
            country=country,
            languages=langs,
            note=note,
        )
        letters += ualetters.letters_for(case, sender, date=LETTER_DATE)
    return letters


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_fast_bytes_equal_python_docx_bytes(case: ualetters.Case, layout: str) -> None:
    cache = DocxCache(to_docx_slow, verify=False)
    for letter in corpus(case):
        assert cache.docx(letter, LAYOUTS[layout]) == to_docx_slow(letter, LAYOUTS[layout]), (
            letter.sender_name
        )


def test_texts_python_docx_would_change_take_the_slow_path(case: ualetters.Case) -> None:
    letter = corpus(case)[0]
    odd = dataclasses.replace(
        letter,
        subject=" leading space",
        paragraphs=(Paragraph("tab\there"), Paragraph("line\nbreak"), *letter.paragraphs),
    )
    layout = LAYOUTS["ch"]
    assert to_docx(odd, layout) == to_docx_slow(odd, layout)
    text = [p.text for p in docx.Document(io.BytesIO(to_docx(odd, layout))).paragraphs]
    assert "tab\there" in text


def test_same_letter_same_bytes_and_a_lean_file(case: ualetters.Case) -> None:
    letter = corpus(case)[1]
    layout = LAYOUTS["din5008-b"]
    data = to_docx(letter, layout)
    assert data == to_docx(letter, layout)
    assert len(data) < 10_000  # python-docx's default document alone is ~38 KB
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert "word/stylesWithEffects.xml" not in names
    assert "docProps/thumbnail.jpeg" not in names
    document = docx.Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    assert 'Jean & Söhne <GmbH> "Quote"' in texts
    assert any("Ich bin Lehrerin & Mutter; 3 < 4." in text for text in texts)  # the opening
    assert document.core_properties.title == letter.subject
    assert document.styles["Normal"].font.name == "Arial"


def test_combined_sections_keep_each_letters_page(case: ualetters.Case) -> None:
    # A pack holds one paper size (#14): the US letter is on A4 here; mixed paper is refused
    # in tests/test_print_pack.py.
    letters = corpus(case)
    a4, other = LAYOUTS["ch"], LAYOUTS["din5008-b"]
    parts = [to_docx(letters[0], a4), to_docx(letters[4], other), to_docx(letters[2], a4)]
    combined = docx.Document(io.BytesIO(combine_docx(parts)))
    assert [round(s.page_width.mm, 1) for s in combined.sections] == [210.0, 210.0, 210.0]
    texts = [p.text for p in combined.paragraphs]
    singles = [[p.text for p in docx.Document(io.BytesIO(b)).paragraphs] for b in parts]
    assert texts == singles[0] + singles[1] + singles[2]
    # The styles are the first letter's (German); the English letters' runs say they are English.
    from docx.oxml.ns import qn

    def languages(paragraphs: list) -> set[str | None]:
        found = set()
        for paragraph in paragraphs:
            for run in paragraph.runs:
                props = run._r.rPr
                lang = props.find(qn("w:lang")) if props is not None else None
                found.add(lang.get(qn("w:val")) if lang is not None else None)
        return found

    count = [len(s) for s in singles]
    assert languages(combined.paragraphs[: count[0]]) <= {None}
    assert languages(combined.paragraphs[count[0] : count[0] + count[1]]) == {letters[4].language}


def _pdf(folder: Path, name: str) -> str:
    profile = folder / "lo-profile"
    subprocess.run(
        [
            "soffice", f"-env:UserInstallation=file://{profile}", "--headless",
            "--convert-to", "pdf", "--outdir", str(folder), str(folder / name),
        ],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = folder / name.replace(".docx", ".pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return info.stdout + text.stdout


@pytest.mark.office
def test_libreoffice_renders_a_fast_letter_and_a_pack(case: ualetters.Case, tmp_path: Path) -> None:
    assert shutil.which("soffice"), "LibreOffice is needed for office tests"
    letters = corpus(case)
    layout = LAYOUTS["din5008-b"]
    (tmp_path / "one.docx").write_bytes(to_docx(letters[1], layout))
    one = _pdf(tmp_path, "one.docx")
    assert re.search(r"^Pages:\s+1$", one, re.M)
    assert "Jean & Söhne <GmbH>" in one
    assert "KIRGISISTAN" in one or "KYRGYZSTAN" in one
    (tmp_path / "pack.docx").write_bytes(
        combine_docx([to_docx(letter, layout) for letter in letters[:3]])
    )
    pack = _pdf(tmp_path, "pack.docx")
    assert re.search(r"^Pages:\s+3$", pack, re.M)
    assert "Ольга Петрова" in pack


def test_section_break_goes_to_the_last_top_level_paragraph() -> None:
    from ualetters.writers.combine import _end_section

    body = (
        "<w:p><w:pPr><w:jc w:val='right'/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"
        "<w:p><w:r><w:pict><w:txbxContent><w:p><w:pPr><w:jc/></w:pPr></w:p>"
        "</w:txbxContent></w:pict></w:r></w:p>"
    )
    ended = _end_section(body, "<w:sectPr/>")
    # A new pPr for the outer paragraph; the text box's paragraph is untouched.
    assert ended.endswith(
        "<w:p><w:pPr><w:sectPr/></w:pPr><w:r><w:pict><w:txbxContent><w:p><w:pPr><w:jc/>"
        "</w:pPr></w:p></w:txbxContent></w:pict></w:r></w:p>"
    )
