"""Shared fixtures: the bundled example, a sender, a frozen letter date."""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .helpers import (  # noqa: F401 (re-exported: tests import them from here too)
    CASE_FILE,
    EXAMPLE_ARGS,
    EXAMPLES,
    LETTER_DATE,
    ROOT,
    SENDER_FILE,
)

# Tools the `office` tests drive. Where they are missing those tests skip with the reason, so
# the README's test command passes on a fresh machine; CI sets UALETTERS_REQUIRE_OFFICE=1
# (.ci/run installs the tools), and there a missing tool fails the tests instead.
OFFICE_TOOLS = ("soffice", "pdftotext", "pdfinfo")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip office tests where LibreOffice or poppler is missing, unless CI requires them.

    The schema check of every DOCX the suite wrote (test_print_validity) runs last.
    """
    items.sort(key=lambda item: "test_print_validity.py::" in item.nodeid)
    missing = [tool for tool in OFFICE_TOOLS if shutil.which(tool) is None]
    if not missing or os.environ.get("UALETTERS_REQUIRE_OFFICE") == "1":
        return
    skip = pytest.mark.skip(
        reason=f"needs {', '.join(missing)} (LibreOffice, poppler-utils); "
        "set UALETTERS_REQUIRE_OFFICE=1 to fail instead"
    )
    for item in items:
        if "office" in item.keywords:
            item.add_marker(skip)


# One DOCX of each structure the writers zipped in this process (documents that differ only
# in their words share one); test_print_validity validates them at the end of the session.
DOCX_WRITTEN: dict[str, bytes] = {}
_WORDS = re.compile(rb"(<w:t(?: [^>]*)?>)[^<]*(</w:t>)")
_NUMBERS = re.compile(rb'="-?\d+"')


def docx_structure(data: bytes) -> str:
    """Return a key that documents equal but for their words and measures share.

    Words (w:t, document properties) and whole-number attribute values (positions, sizes,
    spacing) are left out: they do not change which elements a document has where.
    """
    digest = hashlib.sha256()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if info.filename != "docProps/core.xml":
                digest.update(info.filename.encode())
                digest.update(_NUMBERS.sub(b'=""', _WORDS.sub(rb"\1\2", archive.read(info))))
    return digest.hexdigest()


@pytest.fixture(scope="session", autouse=True)
def _docx_collector() -> Iterator[None]:
    """Keep a DOCX of each structure the writers zip (letters, translations, packs)."""
    from ualetters.writers import combine, docx, docx_fast

    patch = pytest.MonkeyPatch()
    for module in (docx, docx_fast, combine):

        def collecting(*args: Any, _zip: Any = module.zip_bytes, **kwargs: Any) -> bytes:
            data: bytes = _zip(*args, **kwargs)
            DOCX_WRITTEN.setdefault(docx_structure(data), data)
            return data

        patch.setattr(module, "zip_bytes", collecting)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def _test_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return the cache folder all tests share (as one user's runs share theirs)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _isolated_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, _test_cache: Path
) -> None:
    """Keep every test away from the user's real saved sender and cache."""
    monkeypatch.setenv("UALETTERS_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("UALETTERS_CACHE_DIR", str(_test_cache))


@pytest.fixture
def case():
    import ualetters

    return ualetters.load_case(CASE_FILE)


@pytest.fixture
def nine_lines(tmp_path: Path) -> Path:
    """Return the example case with the President's address on nine lines (too many for us)."""
    street = "      street: 205 Chuy Prospect\n"
    longer = (
        "      street: [Office of the President, Department of Correspondence, "
        "Government House, 205 Chuy Prospect]\n"
    )
    path = tmp_path / "nine.yaml"
    path.write_text(CASE_FILE.read_text(encoding="utf-8").replace(street, longer), encoding="utf-8")
    return path


@pytest.fixture
def sender():
    import ualetters

    return ualetters.load_sender(SENDER_FILE)


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch):
    """Run every test with English program messages, whatever the developer's LANG is."""
    from ualetters import ui

    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    ui.set_language("en")
    yield
    ui.set_language("en")
