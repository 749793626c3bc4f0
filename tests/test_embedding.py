"""Embedding in long-running scripts: threads, memory over many letters, no files written."""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import ualetters
from tests.conftest import CASE_FILE, LETTER_DATE

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
_watch: dict[str, Any] = {"on": False, "writes": []}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if not _watch["on"] or event != "open":
        return
    path, mode, flags = args
    by_mode = isinstance(mode, str) and any(c in mode for c in "wax+")
    by_flags = mode is None and isinstance(flags, int) and bool(flags & WRITE_FLAGS)
    if by_mode or by_flags:
        _watch["writes"].append(path)


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one only acts while "on"


def mail_case() -> ualetters.Case:
    data = ualetters.load_case(CASE_FILE).to_data()
    data["targets"][0]["email"] = "president@example.kg"
    return ualetters.load_case(data)


def supporter(number: int) -> ualetters.Sender:
    names = ["Zoë Ağaoğlu", "Ольга Петрова", "Anna Beispiel", "José Nuñez"]
    return ualetters.load_sender(
        {
            "name": f"{names[number % len(names)]} {number}",
            "street": f"Beispielweg {number}",
            "postal_code": "3011",
            "city": ["Bern", "Basel", "Zürich"][number % 3],
            "country": "CH",
            "languages": ["de-CH", "en"] if number % 2 else ["en"],
            "email": f"supporter{number}@example.org",
        }
    )


def all_formats(case: ualetters.Case, number: int, docx: bool = True) -> list[Any]:
    out: list[Any] = []
    for letter in ualetters.letters_for(case, supporter(number), date=LETTER_DATE):
        out += [ualetters.to_text(letter), ualetters.to_json(letter), ualetters.to_eml(letter)]
        if docx:
            out.append(ualetters.to_docx(letter))
    return out


def one_letter_in_memory(case: ualetters.Case, number: int) -> None:
    for letter in ualetters.letters_for(case, supporter(number), date=LETTER_DATE):
        ualetters.to_text(letter)
        ualetters.to_json(letter)
        if number % 100 == 0:  # the slower formats now and then, so a leak in them shows too
            ualetters.to_eml(letter)
            ualetters.to_docx(letter)


def test_threads_give_the_same_letters_as_one_thread() -> None:
    case = mail_case()
    numbers = range(12)
    ualetters.api.renderer.cache_clear()  # threads start cold: they fill the caches at once
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda n: all_formats(case, n), numbers))
    sequential = [all_formats(case, n) for n in numbers]
    assert threaded == sequential
    assert len({result[0] for result in sequential}) == len(numbers)  # every letter differs


def test_a_thousand_letters_keep_memory_flat_and_write_no_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = mail_case()
    work, temp = tmp_path / "cwd", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    all_formats(case, 0)  # warm up: templates, catalogs and locale data load once

    _watch.update(on=True, writes=[])
    try:
        for number in range(1, 201):
            one_letter_in_memory(case, number)
        gc.collect()
        # Tracing from letter 200 on: what is still allocated at 1,000 is what 800 letters kept.
        tracemalloc.start()
        for number in range(201, 1001):
            one_letter_in_memory(case, number)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
        _watch["on"] = False

    # Keeping each letter alive would hold ~5 KB per letter, 4 MB in all. What does grow is
    # the bounded caches of the library (address blocks, language tags).
    assert kept < 256 * 1024, kept
    assert _watch["writes"] == []
    assert list(work.iterdir()) == []
    assert list(temp.iterdir()) == []


def test_the_write_watch_sees_files_the_api_is_asked_to_write(tmp_path: Path) -> None:
    case = mail_case()
    _watch.update(on=True, writes=[])
    try:
        ualetters.generate(case, supporter(1), out=tmp_path, formats=["txt"], date=LETTER_DATE)
    finally:
        _watch["on"] = False
    assert _watch["writes"], "the audit hook must notice files being written"
