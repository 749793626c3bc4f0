"""Write letters to disk: safe names, no overwriting without force, atomic replacement."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import FileExistsOutputError, OutputError
from .ui import _


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, so no reader sees half a file."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def prepare_folder(folder: Path) -> None:
    """Create `folder` if needed; raise OutputError if it cannot hold letters."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(f"{folder}: exists and is not a folder") from None
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder ({exc.strerror})") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: the output folder is not writable")


def write_files(files: Iterable[tuple[Path, bytes]], *, force: bool = False) -> list[Path]:
    """Write every (path, bytes) pair; refuse before writing anything if one would overwrite."""
    pending = list(files)
    if not force:
        for path, _data in pending:
            if path.exists():
                raise FileExistsOutputError(
                    _(  # the program's own message, in the user's language
                        "%(path)s: exists already; use --force to overwrite, "
                        "or choose another --out",
                        path=path,
                    )
                )
    for folder in sorted({path.parent for path, _data in pending}):
        prepare_folder(folder)
    written = []
    for path, data in pending:
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror})") from None
        written.append(path)
    return written
