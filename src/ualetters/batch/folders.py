"""A batch's output folder: safe names, one batch at a time, never through a link.

The folder the user names is trusted (it comes from their command line); nothing inside
it is. A batch opens it once and reaches every file from there without following a
symbolic link: a link planted as the journal, a manifest or a supporter's folder stops the
batch with one line instead of sending letters elsewhere. A lock file keeps a second batch
out while one runs; a lock left by a killed run is taken over. Names are cut to fit in
255 bytes with the temporary suffix of an atomic write. Cells of the CSV files that a
spreadsheet would read as a formula get a leading `'`.

On systems without `dir_fd` support (Windows), files are reached by path and links are
refused where the system reports them; the lock then tells a dead run's lock by its
process id.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import re
import socket
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from ..errors import Message, Option, OutputError

try:
    import fcntl
except ImportError:  # Windows: a lock file's process id tells whether it is left
    fcntl = None  # type: ignore[assignment]
from ..output import MAX_NAME_BYTES, TEMP_NAME, atomic_file, prepare_folder, write_atomic

LOCK = ".ualetters.lock"
PACK_SUFFIX = "_letters.docx"  # a supporter's combined letters: `<folder>/<folder>_letters.docx`
# A supporter's folder name leaves room for its pack's name and a number that makes it unique.
FOLDER_BYTES = MAX_NAME_BYTES - len(PACK_SUFFIX) - len("-99999")
FOLDER_CHARACTERS = 60
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in "123456789"
}
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_DIR_FD = os.open in os.supports_dir_fd and os.rename in os.supports_dir_fd and bool(_NOFOLLOW)

# Cells that spreadsheet programs read as a formula start so (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cut_to_bytes(text: str, limit: int) -> str:
    """Return the longest start of `text` that is at most `limit` bytes of UTF-8."""
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def folder_name(name: str) -> str:
    """Return a safe folder name for a supporter: letters, digits and '-' only, never empty."""
    text = unicodedata.normalize("NFC", name)
    safe = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).replace("_", "-")
    safe = re.sub(r"-{2,}", "-", safe).strip("-.")[:FOLDER_CHARACTERS]
    safe = _cut_to_bytes(safe, FOLDER_BYTES).strip("-") or "supporter"
    if safe.casefold() in _WINDOWS_RESERVED:
        safe += "-"
    return safe


def unique_folders(names: Sequence[str]) -> list[str]:
    """Return a folder name per supporter, unique even on case-insensitive file systems."""
    taken: set[str] = set()
    result = []
    for name in names:
        base = folder_name(name)
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


# What a batch writes: the letter formats, packs, reports and its zip.
OWN_EXTENSIONS = (".docx", ".txt", ".pdf", ".json", ".eml", ".csv", ".zip")


def own_name(name: object) -> bool:
    """Say whether `name` (from a manifest, so untrusted) can be a file a batch wrote.

    It must be relative, at most one folder deep, without `..`, and end as a batch's files
    do: a manifest edited to name `../x` or `sender.toml` can make a batch remove nothing.
    """
    if not isinstance(name, str) or "\0" in name or "\\" in name:
        return False
    parts = name.split("/")
    return (
        len(parts) <= 2
        and all(part not in ("", ".", "..") and ":" not in part for part in parts)
        and name.lower().endswith(OWN_EXTENSIONS)
    )


def spreadsheet_cell(value: Any) -> str:
    """Return a CSV cell that no spreadsheet program runs as a formula (a leading `'`)."""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """Return a CSV file for spreadsheets: UTF-8 with BOM (Excel shows names right), CRLF."""
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_cell(cell) for cell in row] for row in rows)
    return ("\ufeff" + stream.getvalue()).encode("utf-8")


def refused_link(path: str | Path) -> OutputError:
    """Return the error for a symbolic link found inside an output folder."""
    return OutputError(
        Message(
            "%(path)s: is a symbolic link; a batch never follows links in its output folder "
            "(remove it, or choose another %(out)s)",
            path=path,
            out=Option("out"),
        )
    )


class OutputFolder:
    """A batch's output folder, opened once; every file in it is reached without a link.

    Names inside it are relative (`Anna-Beispiel/ua-61-20_president_de.docx`), at most one
    folder deep.
    """

    def __init__(self, path: Path, *, create: bool = True) -> None:
        if create:
            prepare_folder(path)
        self.path = path
        self.fd: int | None = None
        if _DIR_FD:
            self.fd = os.open(path, os.O_RDONLY | _DIRECTORY | _CLOEXEC)
        self._lock: int | None = None

    def close(self) -> None:
        """Release the lock, if held, and the folder."""
        self.unlock()
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- where a name is

    def _is_link(self, name: str, folder: int | None) -> bool:
        try:
            mode = os.stat(name, dir_fd=folder, follow_symlinks=False).st_mode
        except OSError:
            return False
        return stat.S_ISLNK(mode)

    def _refuse_if_link(self, exc: OSError, name: str, folder: int | None, shown: str) -> None:
        if exc.errno in (errno.ELOOP, errno.EMLINK, errno.ENOTDIR) and self._is_link(name, folder):
            raise refused_link(self.path / shown) from None

    @contextlib.contextmanager
    def subfolder(self, head: str, *, create: bool = False) -> Iterator[int | None]:
        """Yield a folder of the output, open (None where folders are reached by path).

        `head` "" is the output folder itself. Raise OutputError if the folder is a link.
        """
        if self.fd is None:
            path = os.path.join(self.path, head)
            if create:
                os.makedirs(path, exist_ok=True)
            if head and os.path.islink(path):
                raise refused_link(path)
            yield None
            return
        if not head:
            yield self.fd
            return
        if create:
            with contextlib.suppress(FileExistsError):
                os.mkdir(head, dir_fd=self.fd)
        try:
            folder = os.open(head, os.O_RDONLY | _DIRECTORY | _NOFOLLOW | _CLOEXEC, dir_fd=self.fd)
        except OSError as exc:
            self._refuse_if_link(exc, head, self.fd, head)
            raise
        try:
            yield folder
        finally:
            os.close(folder)

    def name_in(self, folder: int | None, head: str, name: str) -> str:
        """Return how to name file `name` of folder `head` opened as `folder`."""
        if folder is not None:
            return name
        path = os.path.join(self.path, head, name)
        if os.path.islink(path):
            raise refused_link(path)
        return path

    @contextlib.contextmanager
    def place(self, relative: str, *, create: bool = False) -> Iterator[tuple[int | None, str]]:
        """Yield (open folder, name in it) to reach `relative` by, without following a link.

        `create` makes the folder `relative` is in.
        """
        head, _sep, name = relative.rpartition("/")
        with self.subfolder(head, create=create) as folder:
            yield folder, self.name_in(folder, head, name)

    # -- files

    def write(self, relative: str, data: bytes, *, durable: bool = False) -> None:
        """Write a file atomically (see `output.write_atomic`); never through a link."""
        with self.place(relative, create=True) as (folder, name):
            write_atomic(name, data, folder=folder, durable=durable)

    def write_all(self, head: str, files: Iterable[tuple[str, bytes]]) -> None:
        """Write (name, bytes) files into one folder of the output, opened once for all."""
        with self.subfolder(head, create=True) as folder:
            for name, data in files:
                write_atomic(self.name_in(folder, head, name), data, folder=folder, durable=False)

    @contextlib.contextmanager
    def write_stream(self, relative: str, *, durable: bool = False) -> Iterator[BinaryIO]:
        """Yield a binary stream that becomes file `relative` atomically when the block ends.

        For a file too large to hold in memory (the batch's zip); never through a link.
        """
        with (
            self.place(relative, create=True) as (folder, name),
            atomic_file(name, folder=folder, durable=durable) as handle,
            open(handle, "wb", buffering=1 << 16, closefd=False) as stream,
        ):
            yield stream

    def write_zip(self, relative: str, members: Iterable[str]) -> None:
        """Write a zip of the named files of this folder, streamed: fixed dates, sorted names.

        One member is in memory at a time; the archive is `archive.ZipStream`'s, so the same
        files give the same bytes.
        """
        from ..archive import FILE_MODE, ZipStream

        with (
            self.write_stream(relative, durable=True) as stream,
            ZipStream(stream, mode=FILE_MODE) as archive,
        ):
            for member in sorted(set(members)):
                data = self.read(member)
                if data is None:
                    raise OutputError(
                        Message("%(path)s: removed while the batch ran", path=self.path / member)
                    )
                archive.add(member, data)

    @contextlib.contextmanager
    def open_read(self, relative: str) -> Iterator[BinaryIO | None]:
        """Yield a file opened to read (to read it line by line), or None if it is not there.

        Raise OutputError for a link.
        """
        try:
            with self.place(relative) as (folder, name):
                try:
                    handle = os.open(name, os.O_RDONLY | _NOFOLLOW | _CLOEXEC, dir_fd=folder)
                except OSError as exc:
                    if not isinstance(exc, FileNotFoundError):
                        self._refuse_if_link(exc, name, folder, relative)
                    raise
        except FileNotFoundError:
            yield None
            return
        with os.fdopen(handle, "rb") as stream:
            yield stream

    def read(self, relative: str) -> bytes | None:
        """Return a file's bytes, or None if it (or its folder) is not there.

        Raise OutputError for a link.
        """
        with self.open_read(relative) as stream:
            return None if stream is None else stream.read()

    def remove(self, relative: str) -> bool:
        """Remove a file if it is there (a link is removed, never what it points to).

        Say whether there was one.
        """
        try:
            with self.place(relative) as (folder, name):
                os.unlink(name, dir_fd=folder)
        except FileNotFoundError:  # the file, or its folder
            return False
        return True

    def remove_folder(self, head: str) -> bool:
        """Remove a supporter's folder if it is empty (never a link); say whether it went."""
        try:
            if self.fd is None:
                path = os.path.join(self.path, head)
                if os.path.islink(path):
                    return False
                os.rmdir(path)
            else:
                os.rmdir(head, dir_fd=self.fd)
        except OSError:  # not empty (the user's own files), not there, or a link
            return False
        return True

    def append(self, relative: str) -> TextIO:
        """Return a file opened to append lines of text (the journal); never through a link."""
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | _CLOEXEC
        with self.place(relative) as (folder, name):
            try:
                handle = os.open(name, flags, 0o666, dir_fd=folder)
            except OSError as exc:
                self._refuse_if_link(exc, name, folder, relative)
                raise
        return os.fdopen(handle, "a", encoding="utf-8")

    def clean_parts(self) -> int:
        """Remove temporary files a killed run left behind; return how many."""
        removed = 0
        if self.fd is None:
            walk: Iterable[tuple[Any, ...]] = (
                (root, dirs, files, None) for root, dirs, files in os.walk(self.path)
            )
        else:
            walk = os.fwalk(".", dir_fd=self.fd, follow_symlinks=False)
        for root, _dirs, files, folder in walk:
            for name in files:
                if TEMP_NAME.match(name):
                    with contextlib.suppress(OSError):
                        target = name if folder is not None else os.path.join(root, name)
                        os.unlink(target, dir_fd=folder)
                        removed += 1
        return removed

    # -- one batch at a time

    def lock(self) -> None:
        """Take the folder's lock, or raise OutputError if a running batch holds it.

        A lock left by a run that was killed is taken over: the system releases a lock
        when its process dies (without such locks, a lock whose process is gone from this
        machine counts as left).
        """
        flags = os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC | (0 if fcntl else os.O_EXCL)
        for _attempt in range(10):
            with self.place(LOCK) as (folder, name):
                try:
                    handle = os.open(name, flags, 0o644, dir_fd=folder)
                except FileExistsError:  # without fcntl only
                    holder = (self.read(LOCK) or b"").decode("utf-8", "replace").split()
                    if _gone(holder):
                        os.unlink(name, dir_fd=folder)  # left by a killed run: take it over
                        continue
                    raise self._busy(holder) from None
                except OSError as exc:
                    self._refuse_if_link(exc, name, folder, LOCK)
                    raise
                if fcntl is not None:
                    try:
                        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        holder = os.read(handle, 200).decode("utf-8", "replace").split()
                        os.close(handle)
                        raise self._busy(holder) from None
                    if os.fstat(handle).st_ino != os.stat(name, dir_fd=folder).st_ino:
                        os.close(handle)  # its last holder removed it while we opened it
                        continue
                os.ftruncate(handle, 0)
                os.write(handle, f"{os.getpid()} {socket.gethostname()}\n".encode())
                self._lock = handle
                return
        raise self._busy([])

    def _busy(self, holder: list[str]) -> OutputError:
        return OutputError(
            Message(
                "%(folder)s: another batch (process %(pid)s) is writing into this folder; "
                "wait until it ends, or choose another %(out)s",
                folder=self.path,
                pid=holder[0] if holder else "?",
                out=Option("out"),
            )
        )

    def unlock(self) -> None:
        """Release the lock and remove its file."""
        if self._lock is None:
            return
        with contextlib.suppress(OSError), self.place(LOCK) as (folder, name):
            os.unlink(name, dir_fd=folder)
        os.close(self._lock)
        self._lock = None


def _gone(holder: list[str]) -> bool:
    """Say whether the process that wrote a lock file (pid, host) has ended on this machine."""
    if len(holder) < 2 or holder[1] != socket.gethostname() or not holder[0].isdigit():
        return False
    try:
        os.kill(int(holder[0]), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False
