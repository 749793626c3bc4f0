"""Write files to disk: atomically, never through a link, never over a letter without force.

Every file ualetters writes (letters of `generate` and `batch`, manifests, the batch's zip,
the saved sender) goes through `atomic_file` (`write_atomic` for bytes at hand), so they all
get the same permissions: 0666 less the user's umask (0644 under the usual umask), or 0600
for private details.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import FileExistsOutputError, Message, Option, OutputError, os_reason

# A temporary file is `.<name>.<8 random characters>.part` beside the file it becomes.
TEMP_EXTRA_BYTES = len("." + "." + "01234567" + ".part")
# File systems allow 255 bytes per name; the temporary name must fit as well.
MAX_NAME_BYTES = 255 - TEMP_EXTRA_BYTES
TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")

# A new file only, never through a symbolic link.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_CREATE |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


@contextlib.contextmanager
def atomic_file(
    path: str | Path,
    *,
    folder: int | None = None,
    durable: bool = True,
    private: bool = False,
) -> Iterator[int]:
    """Yield an open file (a descriptor) that takes the name `path` only once it is whole.

    The bytes go to a temporary file beside `path`, which replaces `path` when the block
    ends, so no reader sees half a file; if the block fails, the temporary file is removed.
    `folder`, an open folder (`os.open`), makes `path` a name inside it, reached without
    following any link. `durable` syncs the bytes to disk before the file takes its name;
    a batch writes its letters without (a rerun re-hashes them and redoes a damaged one).
    The file gets 0666 less the umask, as if written directly; `private`, 0600.
    """
    path = os.fspath(path)
    head, name = os.path.split(path)
    temp = os.path.join(head, f".{name}.{os.urandom(4).hex()}.part")
    handle = os.open(temp, _CREATE, 0o600 if private else 0o666, dir_fd=folder)
    try:
        try:
            yield handle
            if durable:
                os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temp, path, src_dir_fd=folder, dst_dir_fd=folder)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp, dir_fd=folder)
        raise


def write_atomic(
    path: str | Path,
    data: bytes,
    *,
    folder: int | None = None,
    durable: bool = True,
    private: bool = False,
) -> None:
    """Write `data` to `path` through a temporary file, so no reader sees half a file.

    The parameters are those of `atomic_file`.
    """
    with atomic_file(path, folder=folder, durable=durable, private=private) as handle:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]


def prepare_folder(folder: Path) -> None:
    """Create `folder` if needed; raise OutputError if it cannot hold letters."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise OutputError(
            Message("%(folder)s: exists and is not a folder", folder=folder)
        ) from None
    except OSError as exc:
        raise OutputError(
            Message(
                "%(folder)s: cannot create the output folder (%(why)s)",
                folder=folder,
                why=os_reason(exc),
            )
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(Message("%(folder)s: the output folder is not writable", folder=folder))


def cannot_write(path: str | Path, exc: OSError) -> OutputError:
    """Return the error for a file that could not be written."""
    return OutputError(Message("%(path)s: cannot write (%(why)s)", path=path, why=os_reason(exc)))


def write_files(
    files: Iterable[tuple[Path, bytes]], *, force: bool = False, chosen_out: bool = True
) -> list[Path]:
    """Write every (path, bytes) pair; refuse before writing anything if one would overwrite.

    `chosen_out`: the caller's user chose the folder with an `out` parameter, so the refusal
    suggests another one (`init` and `new` take a folder or file as their argument).
    """
    pending = list(files)
    if not force:
        for path, _data in pending:
            if path.exists():
                raise FileExistsOutputError(
                    Message(
                        "%(path)s: exists already; use %(force)s to overwrite, or choose "
                        "another %(out)s",
                        path=path,
                        force=Option("force"),
                        out=Option("out"),
                    )
                    if chosen_out
                    else Message(
                        "%(path)s: exists already; use %(force)s to overwrite it",
                        path=path,
                        force=Option("force"),
                    )
                )
    for folder in sorted({path.parent for path, _data in pending}):
        prepare_folder(folder)
    written = []
    for path, data in pending:
        try:
            write_atomic(path, data)
        except OSError as exc:
            raise cannot_write(path, exc) from None
        written.append(path)
    return written
