"""Print layouts without an office suite: geometry, DOCX structure, the PDF error path."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from typer.testing import CliRunner

import ualetters
from ualetters import api
from ualetters.cli import app
from ualetters.errors import EXIT_MISSING_TOOL, MissingToolError
from ualetters.layouts import LAYOUTS, layout_for
from ualetters.printfit import measured
from ualetters.writers.docx import address_size

from .conftest import CASE_FILE, EXAMPLE_ARGS, LETTER_DATE, ROOT, SENDER_FILE

DATA = ROOT / "tests" / "data"


def _letter(path: Path = CASE_FILE, date: dt.date = LETTER_DATE):
    case = ualetters.load_case(path)
    sender = ualetters.load_sender(SENDER_FILE)
    (letter,) = api.letters_for(case, sender, date=date, allow_closed=True)
    return letter


def _twips(mm: float) -> str:
    return str(round(mm * 1440 / 25.4))


# Section 6 of the reference (KOMA-Script's letter class options): top, left, width x height
# of the address field, and the fold marks.
REFERENCE = {
    "din5008-a": (27, 20, 85, 45, (87, 192)),
    "din5008-b": (45, 20, 85, 45, (105, 210)),
    "ch": (45, 112, 90, 45, (105, 210)),
    "ch-left": (35.5, 20, 100, 45, (105, 210)),
    "fr": (35, 100, 100, 45, (99, 198)),
    "us": (55.6, 17.5, 114.3, 28.6, (95.3, 187.3)),
}


@pytest.mark.parametrize("name", list(REFERENCE))
def test_layout_geometry_is_the_standards(name: str) -> None:
    layout = LAYOUTS[name]
    top, left, width, height, folds = REFERENCE[name]
    assert (layout.field_top, layout.field_left) == (top, left)
    assert (layout.field_width, layout.field_height) == (width, height)
    assert layout.fold_marks == folds
    # the sender block stays on the sheet's printable part and off the address field
    assert layout.sender_left + layout.sender_width <= layout.page_width - 10
    field = (left, top, left + width, top + height)
    sender_right = layout.sender_left + layout.sender_width
    assert (
        sender_right <= field[0]
        or layout.sender_left >= field[2]
        or layout.sender_top >= field[3]
        or layout.sender_top + 25 <= field[1]  # room for six lines of 9 pt above the field
    )
    # the letter's text starts below the field
    assert layout.body_top >= top + height


@pytest.mark.parametrize(
    ("country", "name"),
    [
        ("CH", "ch"),
        ("DE", "din5008-b"),
        ("AT", "din5008-b"),
        ("FR", "fr"),
        ("BE", "fr"),
        ("US", "us"),
        ("KG", "din5008-b"),
        (None, "din5008-b"),
    ],
)
def test_default_layout_follows_the_senders_country(country: str | None, name: str) -> None:
    assert layout_for(None, country).name == name
    assert layout_for("ch-left", country).name == "ch-left"


def test_address_type_shrinks_to_fit_the_low_us_window() -> None:
    us = LAYOUTS["us"]
    assert address_size(6, us.field_height - us.address_offset).pt < 11
    assert address_size(6, us.field_height - us.address_offset).pt >= 8
    din = LAYOUTS["din5008-b"]
    assert address_size(6, din.field_height - din.address_offset).pt == 10  # DIN 5008's size


def _parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {n: archive.read(n).decode() for n in archive.namelist() if n.endswith(".xml")}


def test_pages_two_on_carry_a_header_with_page_fields_and_page_one_none() -> None:
    letter = _letter()
    document = Document(io.BytesIO(api.to_docx(letter, "din5008-b")))
    section = document.sections[0]
    assert section.different_first_page_header_footer
    header = section.header._element.xml
    assert 'w:instr=" PAGE "' in header and 'w:instr=" NUMPAGES "' in header
    assert "Seite " in header and " von " in header
    assert letter.recipient_lines[0] in header
    first = section.first_page_header._element.xml
    assert "fldSimple" not in first and "framePr" not in first


def test_fold_marks_only_when_asked() -> None:
    letter = _letter()
    plain = Document(io.BytesIO(api.to_docx(letter, "fr")))
    assert "framePr" not in plain.sections[0].first_page_header._element.xml
    marked = Document(io.BytesIO(api.to_docx(letter, "fr", fold_marks=True)))
    frames = marked.sections[0].first_page_header._element.findall(".//" + qn("w:framePr"))
    ys = sorted(f.get(qn("w:y")) for f in frames)
    assert ys == sorted(_twips(y) for y in (99, 198, 297 / 2))


def test_arabic_paragraphs_are_right_to_left_and_latin_lines_are_not() -> None:
    letter = _letter(DATA / "print_arabic.yaml", dt.date(2026, 3, 10))
    assert letter.language == "ar"
    document = Document(io.BytesIO(api.to_docx(letter, "ch")))
    by_text = {p.text: p._p for p in document.paragraphs}
    body = by_text[letter.paragraphs[1].text]
    assert body.pPr.find(qn("w:bidi")) is not None
    assert body.pPr.find(qn("w:jc")) is None  # the start of a bidi paragraph is the right
    assert all(r.rPr is not None and r.rPr.find(qn("w:rtl")) is not None for r in body.r_lst)
    name = by_text[letter.recipient_lines[0]]  # an Arabic name: right to left in its frame
    assert name.pPr.find(qn("w:bidi")) is not None
    street = by_text["Dar al-Qadaa al-Ali, 26 July Street"]
    assert street.pPr.find(qn("w:bidi")) is None
    styles = _parts(api.to_docx(letter, "ch"))["word/styles.xml"]
    assert '<w:szCs w:val="22"/>' in styles  # Arabic at 11 pt like the Latin text


def test_arabic_letter_furniture_is_arabic() -> None:
    letter = _letter(DATA / "print_arabic.yaml", dt.date(2026, 3, 10))
    assert letter.labels["page"] == "الصفحة {page} من {pages}"
    assert letter.closing == "وتفضلوا بقبول فائق الاحترام والتقدير"  # no comma after it
    assert letter.salutation == "سيادة النائب العام المحترم،"
    assert letter.paragraphs[0].text == "تحية طيبة وبعد،"


def test_arabic_catalog_has_every_german_msgid() -> None:
    from babel.messages.pofile import read_po

    def ids(lang: str) -> set[str]:
        path = ROOT / "locales" / lang / "LC_MESSAGES" / "ualetters.po"
        with path.open("rb") as handle:
            catalog = read_po(handle)
        assert all(m.string for m in catalog if m.id), f"{lang}: untranslated messages"
        return {m.id for m in catalog if m.id}

    assert ids("ar") == ids("de")


def test_prediction_and_check_warn_about_a_long_letter() -> None:
    long_letter = _letter(DATA / "print_long.yaml", dt.date(2026, 3, 20))
    assert measured(long_letter, LAYOUTS["din5008-b"])[1].pages.letter_pages == 2
    assert measured(_letter(), LAYOUTS["din5008-b"])[1].pages.letter_pages == 1
    runner = CliRunner()
    result = runner.invoke(
        app,
        ["check", str(DATA / "print_long.yaml"), "--date", "2026-03-20", "-s", str(SENDER_FILE)],
    )
    assert result.exit_code == 0, result.output
    assert "warning: the letter to prosecutor (en-CH) runs long: about 2 pages" in result.stdout
    quiet = runner.invoke(
        app, ["check", str(CASE_FILE), "--date", "2020-07-23", "-s", str(SENDER_FILE)]
    )
    assert "runs long" not in quiet.stdout


def _generate(out: Path, *extra: str):
    return CliRunner().invoke(
        app,
        [
            *EXAMPLE_ARGS,
            "--out",
            str(out),
            "--format",
            "txt",
            "--format",
            "pdf",
            *extra,
        ],
    )


def test_pdf_without_libreoffice_on_path_fails_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.setattr("ualetters.writers.pdf.WELL_KNOWN", ())
    out = tmp_path / "letters"
    result = _generate(out)
    assert result.exit_code == EXIT_MISSING_TOOL == 7
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: PDF output needs LibreOffice, which is not installed")
    assert "libreoffice-writer-nogui" in lines[0] and "--soffice" in lines[0]
    assert not out.exists()


def test_pdf_with_a_wrong_soffice_fails_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    out.mkdir()
    result = _generate(out, "--soffice", "/nonexistent/soffice")
    assert result.exit_code == 7
    assert result.stderr.startswith("error: LibreOffice not found at '/nonexistent/soffice'")
    assert "libreoffice-writer-nogui" in result.stderr
    assert list(out.iterdir()) == []


def test_api_raises_missing_tool_error(tmp_path: Path) -> None:
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    with pytest.raises(MissingToolError, match="libreoffice-writer-nogui"):
        api.generate(
            case,
            sender,
            out=tmp_path / "x",
            formats=["pdf"],
            date=LETTER_DATE,
            soffice=tmp_path / "nothing-here",
        )
    assert not (tmp_path / "x").exists()
