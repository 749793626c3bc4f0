"""PDF letters: the DOCX letters converted by LibreOffice in headless mode.

LibreOffice takes seconds to start and milliseconds per letter once running, so a whole
folder of letters goes through one start. Each run uses its own throw-away profile
(`-env:UserInstallation`), so it neither waits for nor disturbs a LibreOffice the user
has open, and two runs at once do not lock each other out.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from ..errors import Message, MissingToolError, Option, OutputError

INSTALL_HINT = Message(
    "install LibreOffice (Debian/Ubuntu: apt install libreoffice-writer-nogui; "
    "macOS: brew install --cask libreoffice) or give %(option)s PATH",
    option=Option("soffice"),
)
PROGRAMS = ("soffice", "libreoffice")
WELL_KNOWN = (
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)
CHUNK = 200  # letters per LibreOffice start: keeps the command line short on every system
START_SECONDS = 120  # a cold first start (new profile) can take long on a slow machine
SECONDS_PER_LETTER = 10


def find_soffice(path: str | Path | None = None) -> str:
    """Return the LibreOffice program to run: `path`, else soffice on PATH; or raise."""
    if path is not None:
        given = Path(path)
        if given.is_file() and os.access(given, os.X_OK):
            return str(given)
        found = shutil.which(str(path))
        if found:
            return found
        raise MissingToolError(_not_found(path))
    for name in PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    for candidate in WELL_KNOWN:
        if Path(candidate).is_file():
            return candidate
    raise MissingToolError(
        Message("PDF output needs LibreOffice, which is not installed: %(hint)s", hint=INSTALL_HINT)
    )


def _not_found(program: str | Path) -> Message:
    return Message("LibreOffice not found at '%(path)s': %(hint)s", path=program, hint=INSTALL_HINT)


def convert(
    documents: Sequence[bytes],
    *,
    soffice: str | Path | None = None,
    letters: int | None = None,
) -> list[bytes]:
    """Convert DOCX documents to PDF, in order, with one LibreOffice start per CHUNK.

    `letters` is how many letters the documents hold together (packs hold many), for the
    time LibreOffice is given; one each if None.
    """
    program = find_soffice(soffice)
    if not documents:
        return []
    with tempfile.TemporaryDirectory(prefix="ualetters-pdf-") as tmp:
        root = Path(tmp)
        source, target = root / "docx", root / "pdf"
        source.mkdir()
        target.mkdir()
        paths = []
        for number, data in enumerate(documents):
            path = source / f"letter-{number:05d}.docx"
            path.write_bytes(data)
            paths.append(path)
        per_document = (letters or len(paths)) / len(paths)
        for start in range(0, len(paths), CHUNK):
            chunk = paths[start : start + CHUNK]
            _run(program, root / "profile", target, chunk, round(per_document * len(chunk)))
        results = []
        for path in paths:
            pdf = target / f"{path.stem}.pdf"
            if not pdf.is_file():
                raise OutputError(
                    Message(
                        "LibreOffice (%(program)s) did not convert letter %(number)s to PDF; "
                        "try opening the DOCX letter in LibreOffice to see why",
                        program=program,
                        number=int(path.stem[-5:]) + 1,
                    )
                )
            results.append(pdf.read_bytes())
        return results


def pack_pdf(pack: bytes, *, soffice: str | Path | None = None) -> bytes:
    """Return a combined pack (`combine.combine_docx`) as one PDF, made by LibreOffice.

    Each letter keeps its own "Page x of y" count and its first page starts a new sheet.
    """
    return pack_pdfs([pack], soffice=soffice)[0]


def pack_pdfs(
    packs: Sequence[bytes], *, letters: int | None = None, soffice: str | Path | None = None
) -> list[bytes]:
    """Return combined packs as PDFs, in order: one LibreOffice start for up to CHUNK packs.

    `letters`, the letters the packs hold together, gives LibreOffice time for each.
    """
    return convert(packs, soffice=soffice, letters=letters)


def _run(program: str, profile: Path, target: Path, paths: Sequence[Path], letters: int) -> None:
    command = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--invisible",
        "--nologo",
        "--norestore",
        "--nolockcheck",
        "--nodefault",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(target),
        *(str(p) for p in paths),
    ]
    try:
        done = subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=START_SECONDS + SECONDS_PER_LETTER * max(letters, len(paths)),
            check=False,
        )
    except (FileNotFoundError, PermissionError):
        raise MissingToolError(_not_found(program)) from None
    except subprocess.TimeoutExpired:
        raise OutputError(
            Message(
                "LibreOffice (%(program)s) took too long to convert the letters", program=program
            )
        ) from None
    if done.returncode != 0:
        last = (done.stderr or b"").decode("utf-8", "replace").strip().splitlines()[-1:]
        if not last:
            raise OutputError(
                Message(
                    "LibreOffice (%(program)s) failed with exit code %(code)s",
                    program=program,
                    code=done.returncode,
                )
            )
        # LibreOffice's own last line (English) says why.
        raise OutputError(
            Message(
                "LibreOffice (%(program)s) failed with exit code %(code)s: %(detail)s",
                program=program,
                code=done.returncode,
                detail=last[0],
            )
        )
