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
import stat
import time
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
    like: os.stat_result | None = None,
) -> Iterator[int]:
    """Yield an open file (a descriptor) that takes the name `path` only once it is whole.

    The bytes go to a temporary file beside `path`, which replaces `path` when the block
    ends, so no reader sees half a file; if the block fails, the temporary file is removed.
    `folder`, an open folder (`os.open`), makes `path` a name inside it, reached without
    following any link. `durable` syncs the bytes to disk before the file takes its name;
    a batch writes its letters without (a rerun re-hashes them and redoes a damaged one).
    The file gets 0666 less the umask, as if written directly; `private`, 0600; `like`, the
    status of the file it replaces: its permissions and, where allowed, its owner.
    """
    path = os.fspath(path)
    head, name = os.path.split(path)
    temp = os.path.join(head, f".{name}.{os.urandom(4).hex()}.part")
    handle = os.open(temp, _CREATE, 0o600 if private else 0o666, dir_fd=folder)
    try:
        try:
            if like is not None:
                with contextlib.suppress(OSError, AttributeError):  # not the owner: keep ours
                    os.fchown(handle, like.st_uid, like.st_gid)
                if os.chmod in os.supports_fd:
                    os.chmod(handle, stat.S_IMODE(like.st_mode))
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
    like: os.stat_result | None = None,
) -> None:
    """Write `data` to `path` through a temporary file, so no reader sees half a file.

    The parameters are those of `atomic_file`.
    """
    with atomic_file(path, folder=folder, durable=durable, private=private, like=like) as handle:
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


# A temporary file of ours this old was left by a killed run (a write takes milliseconds).
STALE_PART_SECONDS = 60


def remove_stale_parts(path: str | Path) -> None:
    """Remove the temporary files (`.NAME.xxxxxxxx.part`) a killed run left beside `path`."""
    head, name = os.path.split(os.fspath(path))
    pattern = re.compile(r"^\." + re.escape(name) + r"\.[0-9a-f]{8}\.part$")
    with contextlib.suppress(OSError), os.scandir(head or ".") as entries:
        for entry in entries:
            if pattern.match(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    if time.time() - entry.stat(follow_symlinks=False).st_mtime > (
                        STALE_PART_SECONDS
                    ):
                        os.unlink(entry.path)


def write_chosen(path: str | Path, data: bytes, *, force: bool = False, own: bool = False) -> Path:
    """Write a file the user named (`import --out`, `--into`, `new`); return where it went.

    Something at `path` (a dangling link included) is not replaced without `force`, unless
    `own` (the record `--into` adds to). A folder, a device, a pipe or a socket is refused:
    never renamed over. A link to a file is written through: the file it points to is
    replaced, keeping its permissions (and owner where allowed), as any replaced file does.
    Missing folders are made. Temporary files a killed run left beside it are removed.
    """
    path = Path(path)
    status = check_chosen(path, force=force, own=own)
    target = Path(os.path.realpath(path)) if status is not None else path
    prepare_folder(target.parent)
    remove_stale_parts(target)
    try:
        write_atomic(target, data, like=status)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    return target


def check_chosen(
    path: str | Path, *, force: bool = False, own: bool = False
) -> os.stat_result | None:
    """Refuse what `write_chosen` would refuse at `path`, before any work is done (a fetch of
    20 seconds); return what stands there now (None: nothing, or a link to nothing)."""
    path = Path(path)
    try:
        status: os.stat_result | None = os.stat(path)
    except FileNotFoundError:
        status = None  # nothing there, or a link to nothing
    except OSError as exc:
        raise cannot_write(path, exc) from None
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise OutputError(Message("%(path)s: is a folder; name a file to write", path=path))
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise OutputError(
            Message(
                "%(path)s: is not a regular file (a device, a pipe or a socket); nothing was "
                "written",
                path=path,
            )
        )
    if os.path.lexists(path) and not (force or own):
        raise FileExistsOutputError(
            Message(
                "%(path)s: exists already; use %(force)s to overwrite it",
                path=path,
                force=Option("force"),
            )
        )
    return status


@contextlib.contextmanager
def record_lock(path: str | Path) -> Iterator[None]:
    """Hold `path`'s file locked against another `import --into` (POSIX) until the block ends.

    A second run waits, then reads the record the first one wrote, so both additions stay.
    Where the file cannot be opened, the block runs unlocked (its reader says why).
    """
    try:
        import fcntl
    except ImportError:  # Windows: no lock
        yield
        return
    handle = None
    while True:
        try:
            handle = os.open(os.path.realpath(path), os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        except OSError:
            break
        fcntl.flock(handle, fcntl.LOCK_EX)
        with contextlib.suppress(OSError):
            if os.path.samestat(os.fstat(handle), os.stat(path)):
                break  # still the record's file: not replaced while we waited
        os.close(handle)
        handle = None
    try:
        yield
    finally:
        if handle is not None:
            os.close(handle)
