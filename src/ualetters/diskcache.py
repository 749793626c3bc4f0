"""A cache on disk for what is slow to make and safe to keep: data, never code.

It lives in the user's cache folder (`platformdirs.user_cache_path("ualetters")`, or the
folder in UALETTERS_CACHE_DIR; UALETTERS_CACHE_DIR set to nothing turns it off). An entry
is one file named by the SHA-256 of everything that made it: the program's version, the
source of the code that made it, and the content it was made from. So a changed template,
catalog or writer is simply another name; nothing is ever looked up by a name it could
share with something else.

A cache is untrusted input (docs/security.md): whoever reads an entry checks it as it
would check any file (no pickle, no marshal, nothing that runs); an entry that fails the
check is made anew and written over. Writing is best effort: a full or read-only disk, or a
folder that is not ours, means no cache, never an error. The program does the same
without it, only slower on its first letters.
"""

from __future__ import annotations

import hashlib
import os
import sys

# Entries of one kind kept at most; the oldest go when a new one is written past this.
MAX_ENTRIES = 1000
_ENV = "UALETTERS_CACHE_DIR"


def folder(kind: str) -> str | None:
    """Return the cache folder for entries of `kind`, or None when there is no cache."""
    given = os.environ.get(_ENV)
    if given is None:
        from platformdirs import user_cache_dir

        given = user_cache_dir("ualetters")
    elif not given:
        return None
    return os.path.join(given, kind)


def key(*parts: str | bytes) -> str:
    """Return the name of an entry made from `parts` (each part counted with its length)."""
    from . import __version__

    digest = hashlib.sha256(__version__.encode())
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def source_of(*modules: str) -> bytes:
    """Return the source files of installed modules (`docx`, `ualetters.writers.docx`).

    A key made with them changes when the code that makes an entry changes, also in a
    source checkout, where the version stays the same while the code does not.
    """
    from importlib.util import find_spec

    found = []
    for name in modules:
        module = sys.modules.get(name)
        origin = getattr(module, "__file__", None) if module else None
        if origin is None:
            spec = find_spec(name)
            origin = spec.origin if spec else None
        if origin:
            with open(origin, "rb") as handle:
                found.append(handle.read())
    return b"\0".join(found)


def load(kind: str, name: str, limit: int) -> bytes | None:
    """Return the entry `name` of `kind` if there is one of at most `limit` bytes."""
    where = folder(kind)
    if where is None:
        return None
    try:
        descriptor = os.open(os.path.join(where, name), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        try:
            data = handle.read(limit + 1)
        except OSError:
            return None
    return data if len(data) <= limit else None


def store(kind: str, name: str, data: bytes) -> None:
    """Keep `data` as the entry `name` of `kind` (atomically; silently not, if it cannot)."""
    where = folder(kind)
    if where is None:
        return
    from .output import write_atomic  # the one atomic writer (temporary name, no link)

    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        write_atomic(os.path.join(where, name), data, durable=False, private=True)
        _prune(where)
    except OSError:
        pass


def _prune(where: str) -> None:
    """Remove the oldest entries of a folder that holds more than MAX_ENTRIES."""
    with os.scandir(where) as found:
        entries = [
            (entry.stat().st_mtime, entry.path)
            for entry in found
            if entry.is_file() and not entry.name.startswith(".")  # not another's part file
        ]
    if len(entries) > MAX_ENTRIES:
        for _when, path in sorted(entries)[: len(entries) - MAX_ENTRIES]:
            os.unlink(path)
