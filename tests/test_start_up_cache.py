"""The cache on disk: letters are the same with it, without it, and with a tampered one.

One letter of a shape seen before is written without importing python-docx: its prototype
comes from the cache (`docx_fast`), as a checkout's compiled catalogs do (`l10n`). What
is read back is untrusted (docs/security.md) and checked; what fails is made anew.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import CASE_FILE, LETTER_DATE, SENDER_FILE
from ualetters import diskcache, l10n
from ualetters.writers import docx_fast
from ualetters.writers.docx import to_docx_slow

LETTER = (
    "import datetime, sys, ualetters\n"
    "from ualetters.writers.docx_fast import to_docx\n"
    f"[letter] = ualetters.letters_for({str(CASE_FILE)!r}, {str(SENDER_FILE)!r},"
    f" date=datetime.date({LETTER_DATE.year}, {LETTER_DATE.month}, {LETTER_DATE.day}))\n"
    "data = to_docx(letter, ualetters.LAYOUTS['din5008-b'])\n"
    "sys.stdout.buffer.write(data)\n"
    "sys.stderr.write('python-docx' if 'docx' in sys.modules else 'none')\n"
)


def letter_in_a_new_process(cache: str) -> tuple[bytes, str]:
    """Return a DOCX letter made in a fresh process with cache folder `cache`, and whether
    that process imported python-docx."""
    done = subprocess.run(
        [sys.executable, "-c", LETTER],
        capture_output=True,
        check=True,
        env={**os.environ, "UALETTERS_CACHE_DIR": cache},
    )
    return done.stdout, done.stderr.decode()


@pytest.fixture
def letter():  # type: ignore[no-untyped-def]
    import ualetters

    [one] = ualetters.letters_for(CASE_FILE, SENDER_FILE, date=LETTER_DATE)
    return one


def shapes(cache: Path) -> list[Path]:
    return sorted((cache / docx_fast.SHAPES).glob("*"))


def test_a_known_shape_is_written_without_python_docx(tmp_path: Path, letter) -> None:  # type: ignore[no-untyped-def]
    from ualetters import LAYOUTS

    first, imported = letter_in_a_new_process(str(tmp_path))
    assert imported == "python-docx"
    assert len(shapes(tmp_path)) == 1
    second, imported = letter_in_a_new_process(str(tmp_path))
    assert imported == "none"
    assert first == second == to_docx_slow(letter, LAYOUTS["din5008-b"])


def test_without_a_cache_letters_are_the_same_and_nothing_is_kept(tmp_path: Path, letter) -> None:  # type: ignore[no-untyped-def]
    from ualetters import LAYOUTS

    data, imported = letter_in_a_new_process("")
    assert imported == "python-docx"
    assert data == to_docx_slow(letter, LAYOUTS["din5008-b"])
    assert diskcache.folder("any") is not None  # this test's own cache is on
    assert list(tmp_path.iterdir()) == []


def _tampered(original: bytes, how: str) -> bytes:
    members = docx_fast.read_members(original)
    if how == "not a zip":
        return b"PK\x03\x04 nothing else"
    if how == "text outside any marker":
        return original.replace(b"\xee\x80\x800\xee\x80\x81", b"Mallory")  # no check can tell
    if how == "a marker past the letter's texts":
        members = [(n, d.replace(b"\xee\x80\x800\xee\x80\x81", b"\xee\x80\x80999\xee\x80\x81"))
                   for n, d in members]  # fmt: skip
    elif how == "an entity":
        members = [(n, d.replace(b"?>", b"?><!DOCTYPE w [<!ENTITY a 'b'>]>", 1)
                    if n == "word/document.xml" else d) for n, d in members]  # fmt: skip
    elif how == "broken XML":
        members = [(n, d[:-5] if n == "word/styles.xml" else d) for n, d in members]
    elif how == "a part of another name":
        members = [*members, ("word/vbaProject.bin", b"MZ")]
    elif how == "a huge part":
        members = [*members, ("word/footer1.xml", b"<a>" + b" " * 3_000_000 + b"</a>")]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    "how",
    [
        "not a zip",
        "a marker past the letter's texts",
        "an entity",
        "broken XML",
        "a part of another name",
        "a huge part",
    ],
)
def test_a_tampered_shape_is_refused_and_built_anew(tmp_path: Path, letter, how: str) -> None:  # type: ignore[no-untyped-def]
    from ualetters import LAYOUTS

    letter_in_a_new_process(str(tmp_path))
    (kept,) = shapes(tmp_path)
    original = kept.read_bytes()
    kept.write_bytes(_tampered(original, how))
    data, imported = letter_in_a_new_process(str(tmp_path))
    assert imported == "python-docx"  # refused: built anew
    assert data == to_docx_slow(letter, LAYOUTS["din5008-b"])
    # and kept again as it should be (python-docx dates its zip: compare the parts)
    assert docx_fast.read_members(kept.read_bytes()) == docx_fast.read_members(original)


def test_a_prototype_that_passes_the_checks_is_used_as_it_is(tmp_path: Path) -> None:
    # What no check can tell: different words outside the markers. The cache is the user's
    # own folder; docs/security.md says what that means.
    letter_in_a_new_process(str(tmp_path))
    (kept,) = shapes(tmp_path)
    kept.write_bytes(_tampered(kept.read_bytes(), "text outside any marker"))
    assert docx_fast.checked_skeleton(kept.read_bytes(), 40) is not None


def test_an_unwritable_cache_is_no_cache(tmp_path: Path, letter) -> None:  # type: ignore[no-untyped-def]
    from ualetters import LAYOUTS

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    data, _ = letter_in_a_new_process(str(blocked))
    assert data == to_docx_slow(letter, LAYOUTS["din5008-b"])


def test_a_checkout_compiles_its_catalogs_once(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("UALETTERS_CACHE_DIR", str(tmp_path))
    source = (l10n.data_dir("locales") / "de" / "LC_MESSAGES" / "ualetters.po").read_bytes()
    fresh = l10n._catalog_of(source, "de")
    (kept,) = (tmp_path / "catalogs").iterdir()
    again = l10n._catalog_of(source, "de")
    assert again._catalog == fresh._catalog  # type: ignore[attr-defined]
    assert len(fresh._catalog) > 50  # type: ignore[attr-defined]
    kept.write_bytes(b"\xde\x12\x04\x95 broken")  # a .mo's magic number, nothing after it
    assert l10n._catalog_of(source, "de")._catalog == fresh._catalog  # type: ignore[attr-defined]
    assert kept.read_bytes() != b"\xde\x12\x04\x95 broken"


# --- templates compiled by the build (a wheel carries them; a checkout compiles) ------------


def _compiled_bundle(folder: Path) -> None:
    """Compile the bundled templates into `folder` as the wheel's build does."""
    from ualetters.render import bundled_templates
    from ualetters.sandbox import LetterSandbox, precompile

    sandbox = LetterSandbox([bundled_templates()])
    for path in bundled_templates().glob("*.j2"):
        text = precompile(sandbox, path.read_text(encoding="utf-8"), path.name)
        (folder / f"{path.name}.py").write_text(text, encoding="utf-8")


@pytest.mark.parametrize("tag", ["de-CH", "en", "fr", "ru", "it"])
def test_precompiled_templates_write_the_same_letters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tag: str
) -> None:
    import ualetters
    from ualetters import sandbox
    from ualetters.render import Renderer

    expected = ualetters.letters_for(CASE_FILE, SENDER_FILE, date=LETTER_DATE, lang=tag)
    _compiled_bundle(tmp_path)
    monkeypatch.setattr(sandbox, "COMPILED", tmp_path)
    loads: list[str] = []
    real = sandbox.precompiled

    def counted(source: str, name: str, filename: str):  # type: ignore[no-untyped-def]
        code = real(source, name, filename)
        loads.append(name if code is not None else "")
        return code

    monkeypatch.setattr(sandbox, "precompiled", counted)
    planned = ualetters.plan(CASE_FILE, SENDER_FILE, date=LETTER_DATE, lang=tag)
    engine = Renderer(None)
    assert [engine.render(one) for one in planned.letters] == expected
    assert loads and all(loads)  # every template came compiled
    assert engine.template_for(tag).filename.endswith(".j2")  # errors name the template


def test_a_stale_or_foreign_compiled_template_is_compiled_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ualetters
    from ualetters import sandbox
    from ualetters.render import Renderer

    expected = ualetters.letters_for(CASE_FILE, SENDER_FILE, date=LETTER_DATE)
    _compiled_bundle(tmp_path)
    compiled = tmp_path / "de.j2.py"
    # Made from another source (a template edited since), or by another sandbox: not used.
    compiled.write_text(
        compiled.read_text(encoding="utf-8").replace("precompiled ", "precompiled 0", 1)
        + "\nraise SystemExit('never run')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sandbox, "COMPILED", tmp_path)
    planned = ualetters.plan(CASE_FILE, SENDER_FILE, date=LETTER_DATE)
    assert [Renderer(None).render(one) for one in planned.letters] == expected
    assert sandbox.precompiled("x", "de.j2", "de.j2") is None
