"""Copies a supporter can send (#11): with --copies, the same letter to each copy's recipient.

The copy letter has the copy's address in the envelope window (through the same address
code as a target's), is marked "Copy of my letter to ..." in the letter's language, is named
after the copy, and is listed in a batch's manifest like every letter.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import docx
import pytest

import ualetters
from ualetters.layouts import LAYOUTS
from ualetters.printfit import fit_address, print_plan
from ualetters.typography import typeset_letter
from ualetters.writers.docx import to_docx_slow
from ualetters.writers.docx_fast import to_docx

from .helpers import DATA, run

DANESHPOUR = DATA / "real" / "ua-102-2010-daneshpour-moghadam.yaml"
DATE = dt.date(2013, 12, 2)
BERLIN = {
    "name": "Max Mustermann",
    "street": ["Musterstraße 1"],
    "postal_code": "10115",
    "city": "Berlin",
    "country": "DE",
    "languages": ["de"],
}


def plan(**options: object) -> ualetters.Plan:
    case = ualetters.load_case(DANESHPOUR)
    return ualetters.plan(case, ualetters.load_sender(BERLIN), date=DATE, **options)  # type: ignore[arg-type]


def test_without_copies_only_the_targets_get_letters() -> None:
    assert [p.stem for p in plan().letters] == ["ua-102-2010_leader_de", "ua-102-2010_judiciary_de"]


def test_copies_add_one_letter_per_copy_and_target_named_after_the_copy() -> None:
    planned = plan(copies=True).letters
    assert [p.stem for p in planned] == [
        "ua-102-2010_leader_de",
        "ua-102-2010_leader_de_copy-de-1",
        "ua-102-2010_leader_de_copy-all-1",
        "ua-102-2010_judiciary_de",
        "ua-102-2010_judiciary_de_copy-de-1",
        "ua-102-2010_judiciary_de_copy-all-1",
    ]
    embassy = planned[1]
    assert embassy.copy_to is not None and embassy.copy_to.key == "DE"
    assert "eml" not in embassy.formats  # the draft to the target has the copies in Cc


def copy_letter() -> ualetters.Letter:
    letters = ualetters.render_letters(plan(copies=True))
    return letters[1]  # to the embassy in Berlin, copy of the letter to the Supreme Leader


def test_the_copy_letter_is_addressed_to_the_copys_recipient_and_marked() -> None:
    letter = copy_letter()
    # Domestic mail (Berlin to Berlin): no country line, and the addressee as the case gives it.
    assert letter.recipient_lines == (
        "S. E. Herrn Alireza Sheikh Attar",
        "Botschaft der Islamischen Republik Iran",
        "Podbielskiallee 65-67",
        "14195 Berlin",
    )
    assert letter.sender_lines == ("Max Mustermann", "Musterstraße 1", "10115 Berlin")
    # The catalogs' translators have yet to give the marker in German (new msgid).
    assert letter.copy_of == "Copy of my letter to Ayatollah Sayed 'Ali Khamenei, Religionsführer"
    assert letter.channels.fax == ("030-8435 3535",)
    assert letter.salutation == ualetters.render_letters(plan())[0].salutation  # same letter
    text = ualetters.to_text(letter)
    assert text.index(letter.copy_of) < text.index(letter.subject)


def test_the_copy_letters_docx_has_the_copys_address_in_the_window_frame() -> None:
    letter = copy_letter()
    layout = LAYOUTS["din5008-b"]
    document = docx.Document(io.BytesIO(to_docx(letter, layout)))
    fit = fit_address(letter.recipient_lines, layout)
    twips = str(round(fit.top * 1440 / 25.4))
    framed = [
        p.text
        for p in document.paragraphs
        if (props := p._p.pPr) is not None
        and (frame := props.find(docx.oxml.ns.qn("w:framePr"))) is not None
        and frame.get(docx.oxml.ns.qn("w:y")) == twips
    ]
    assert framed == list(typeset_letter(letter).recipient_lines)  # no-break spaces in "S. E."
    texts = [p.text for p in document.paragraphs]
    assert texts.index(letter.copy_of) == texts.index(letter.subject) - 1
    # The marker is text of the letter's shape: the fast writer gives python-docx's bytes.
    assert to_docx(letter, layout) == to_docx_slow(letter, layout)


def test_generate_and_batch_write_and_list_the_copy_letters(tmp_path: Path) -> None:
    sender = tmp_path / "sender.toml"
    sender.write_text(
        '[sender]\nname = "Max Mustermann"\nstreet = ["Musterstraße 1"]\n'
        'postal_code = "10115"\ncity = "Berlin"\ncountry = "DE"\nlanguages = ["de"]\n',
        encoding="utf-8",
    )
    common = ["--date", DATE.isoformat(), "--copies"]
    one = run("generate", DANESHPOUR, "--sender", sender, "--out", tmp_path / "g", *common)
    assert one.code == 0, one.stderr
    written = sorted(path.name for path in (tmp_path / "g").iterdir())
    assert "ua-102-2010_leader_de_copy-de-1.docx" in written
    assert "ua-102-2010_judiciary_de_copy-all-1.txt" in written
    assert len(written) == 12  # 6 letters, txt and docx each
    members = tmp_path / "members.csv"
    members.write_text(
        "name,street,postal_code,city,country,language\n"
        "Max Mustermann,Musterstraße 1,10115,Berlin,DE,de\n",
        encoding="utf-8",
    )
    many = run("batch", DANESHPOUR, "--supporters", members, "--out", tmp_path / "b", *common)
    assert many.code == 0, many.stderr
    with (tmp_path / "b" / "manifest.csv").open(encoding="utf-8") as file:
        files = [row["file"] for row in csv.DictReader(file)]
    assert len(files) == 6
    assert any(name.endswith("/ua-102-2010_leader_de_copy-de-1.docx") for name in files)


@pytest.mark.office
def test_the_copy_address_prints_inside_the_window(tmp_path: Path) -> None:
    from ualetters.writers.pdf import convert

    from .test_print_office import read_pdf
    from .test_print_window import _misses, _window

    letter = copy_letter()
    for name in ("din5008-b", "ch", "us"):
        layout = LAYOUTS[name]
        [pdf_bytes] = convert([to_docx(letter, layout)])
        path = tmp_path / f"copy-{name}.pdf"
        path.write_bytes(pdf_bytes)
        page = read_pdf(path).pages[0]
        plan_ = print_plan(typeset_letter(letter), layout)
        assert plan_.recipient.fits
        rect = _window(layout)
        for line in letter.recipient_lines:
            assert not _misses(page, line, rect), (name, line)


def test_amending_a_letter_equals_dataclasses_replace() -> None:
    import dataclasses

    from ualetters.letter import amended

    letter = copy_letter()
    changed = amended(letter, postal=False, fax_line="Fax: 1")
    assert changed == dataclasses.replace(letter, postal=False, fax_line="Fax: 1")
    assert letter.postal and letter.fax_line is None  # the original is untouched
    with pytest.raises(dataclasses.FrozenInstanceError):
        changed.postal = True  # type: ignore[misc]
    with pytest.raises(TypeError, match="no field 'postl'"):
        amended(letter, postl=False)
