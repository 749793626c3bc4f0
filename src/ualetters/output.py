"""Write letters to disk: safe names, no overwriting without force, atomic replacement."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import FileExistsOutputError, OutputError
from .ui import _


def _read_umask() -> int:
    # Read once at import, while no other thread can be writing files.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Write `data` to `path` through a temporary file, so no reader sees half a file.

    The file gets the usual permissions (0666 less the umask), as if written directly;
    `private` keeps it readable by its owner only (mkstemp's 0600), e.g. for saved details.
    """
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if not private and hasattr(os, "fchmod"):
                os.fchmod(stream.fileno(), 0o666 & ~_UMASK)
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
