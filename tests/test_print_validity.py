"""Every DOCX the test suite writes is valid OOXML: openxml-audit reports 0 errors.

A session fixture (conftest.py's `_docx_collector`, on for every test) keeps a DOCX of each
structure the writers zip in this process (letters by either DOCX path, courtesy
translations, copy letters, combined packs); the test below, which conftest.py runs last,
validates them together with every DOCX the session's tests left in their temporary folders
(batch workers in other processes write there). Documents that differ only in their words
(the text inside w:t, the document properties) and in whole-number measures (positions, type
sizes, spacing) share a structure; one of each is checked.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import zipfile
from pathlib import Path

import pytest

import ualetters
from ualetters import api
from ualetters.layouts import LAYOUTS
from ualetters.writers import combine, docx_fast

from .conftest import CASE_FILE, DOCX_WRITTEN, LETTER_DATE, ROOT, SENDER_FILE, docx_structure


def _own_documents() -> list[bytes]:
    """Write every kind of DOCX once, so this test covers them when it runs alone."""
    sender = ualetters.load_sender(SENDER_FILE)
    case = ualetters.load_case(CASE_FILE)
    letters = api.letters_for(case, sender, date=LETTER_DATE, lang="ru", with_translation=True)
    letters += api.letters_for(case, sender, date=LETTER_DATE)
    for name, date in (("print_arabic.yaml", (2026, 3, 10)), ("print_long.yaml", (2026, 3, 20))):
        other = ualetters.load_case(ROOT / "tests" / "data" / name)
        letters += api.letters_for(other, sender, date=dt.date(*date), allow_closed=True)
    documents = [
        docx_fast.to_docx(letter, layout, fold_marks=marks)
        for letter in letters
        for layout in LAYOUTS.values()
        for marks in (False, True)
    ]
    a4 = [d for d in documents if combine.paper_of(d) == "A4"]
    documents.append(combine.combine_docx(a4[:12]))
    return documents


def _ours(path: Path) -> bool:
    """Tell a DOCX ualetters wrote from one a test made as input (broken, or by Word's template)."""
    if not zipfile.is_zipfile(path):
        return False
    with zipfile.ZipFile(path) as archive:
        try:
            return b"<Application>ualetters</Application>" in archive.read("docProps/app.xml")
        except KeyError:
            return False


def test_every_docx_the_suite_wrote_is_schema_valid(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from openxml_audit import OpenXmlValidator

    unique = dict(DOCX_WRITTEN)
    written = _own_documents()
    written += [
        path.read_bytes()
        for path in sorted(tmp_path_factory.getbasetemp().rglob("*.docx"))
        if _ours(path)
    ]
    for data in written:
        unique.setdefault(docx_structure(data), data)
    validator = OpenXmlValidator(max_errors=0)
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        for number, data in enumerate(unique.values()):
            path = Path(folder) / f"{number}.docx"
            path.write_bytes(data)
            errors = list(validator.validate(path).errors)
            if errors:
                failures.append(f"{len(errors)} errors, first: {errors[0]}")
    assert len(unique) >= 8, "the collector saw too few documents"
    assert not failures, "\n".join(failures[:10])
