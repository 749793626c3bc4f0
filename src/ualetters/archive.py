"""Deterministic zip archives: the same members give the same bytes, on every machine.

Every zip the tool writes (DOCX letters, combined packs, the batch's `letters.zip`) goes
through here: fixed member dates (1980-01-01, the earliest a zip can hold), fixed
permissions, no extra fields, raw deflate at one fixed level (`LEVEL`). `zip_bytes` builds an
archive in memory; `ZipStream` writes one member at a time to an open file, so an archive of many
thousands of letters never sits in memory (ZIP64 records are added when the member count or
the offsets outgrow the classic format). `entry` compresses a member once so that a part
shared by many archives (a DOCX skeleton's static parts) is not compressed again for each.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_DOS_TIME = 0
_DOS_DATE = (ZIP_DATE[0] - 1980) << 9 | ZIP_DATE[1] << 5 | ZIP_DATE[2]
_VERSION = 20  # "deflate", as zipfile writes it
_VERSION64 = 45  # "ZIP64", for the end records of a large archive
_DEFLATED = 8
_CREATE_SYSTEM = 3  # Unix, as zipfile writes it on every platform but Windows
_UTF8 = 0x800  # general purpose flag: the member name is UTF-8
_LIMIT16 = 0xFFFF
_LIMIT32 = 0xFFFFFFFF
LETTER_MODE = 0o600  # DOCX members, as python-docx's zipfile wrote them
FILE_MODE = 0o644  # members of an archive of files (the batch's letters.zip)


@dataclass(frozen=True)
class Entry:
    """One compressed member: its local header with the data, and its central record.

    `central` stops before the member's offset, which only the archive knows.
    """

    name: bytes
    local: bytes
    data: bytes
    central: bytes


# zlib's fastest level. Measured on the parts of a letter that change from letter to letter
# (document, core properties, header; ~9 KB): 0.73x the CPU time of the default level 6 for
# 7 % more bytes (2,822 against 2,642; a whole letter ~7.2 KB against ~7.0 KB); the batch's
# letters.zip, whose members are mostly DOCX letters deflated already, gains as much.
LEVEL = 1


def deflate(raw: bytes) -> bytes:
    """Return `raw` compressed as a zip's deflated member (raw deflate, at LEVEL)."""
    return zlib.compress(raw, LEVEL, -15)


def entry(name: str, raw: bytes, *, mode: int = LETTER_MODE) -> Entry:
    """Return the member `name` holding `raw`, compressed, with fixed date and permissions."""
    try:
        encoded, flags = name.encode("ascii"), 0
    except UnicodeEncodeError:
        encoded, flags = name.encode("utf-8"), _UTF8
    data = deflate(raw)
    if len(data) >= _LIMIT32 or len(raw) >= _LIMIT32:
        raise ValueError(f"zip member {name} is too large (4 GB or more)")
    # Flags, method, time, date, CRC, sizes and name length: the same in both headers.
    shared = (flags, _DEFLATED, _DOS_TIME, _DOS_DATE, zlib.crc32(raw), len(data), len(raw))
    local = struct.pack("<4s2B4HL2L2H", b"PK\003\004", _VERSION, 0, *shared, len(encoded), 0)
    central = struct.pack(
        "<4s4B4HL2L5HL",
        b"PK\001\002",
        _VERSION,
        _CREATE_SYSTEM,
        _VERSION,
        0,
        *shared,
        len(encoded),
        0,  # extra field length (a ZIP64 offset may add one)
        0,
        0,
        0,
        mode << 16,
    )
    return Entry(encoded, local + encoded, data, central)


def _central(member: Entry, offset: int) -> bytes:
    if offset < _LIMIT32:
        return member.central + struct.pack("<L", offset) + member.name
    # The offset lives in a ZIP64 extra field; the record says so with 0xFFFFFFFF.
    extra = struct.pack("<2HQ", 1, 8, offset)
    head = bytearray(member.central)
    head[4] = _VERSION64
    head[6] = _VERSION64
    struct.pack_into("<H", head, 30, len(extra))
    return bytes(head) + struct.pack("<L", _LIMIT32) + member.name + extra


def _end(count: int, size: int, offset: int) -> bytes:
    """Return the end records of an archive whose directory of `size` starts at `offset`."""
    records = b""
    if count >= _LIMIT16 or offset >= _LIMIT32 or size >= _LIMIT32:
        end64 = offset + size
        records = struct.pack(
            "<4sQ2H2L4Q", b"PK\006\006", 44, _VERSION64, _VERSION64, 0, 0,
            count, count, size, offset,
        )  # fmt: skip
        records += struct.pack("<4sLQL", b"PK\006\007", 0, end64, 1)
        count, size, offset = min(count, _LIMIT16), min(size, _LIMIT32), min(offset, _LIMIT32)
    return records + struct.pack("<4s4H2LH", b"PK\005\006", 0, 0, count, count, size, offset, 0)


class ZipStream:
    """Write a deterministic zip archive to a binary stream, one member at a time.

    Only the central directory (about 100 bytes a member) is kept until `close`.
    """

    def __init__(self, stream: BinaryIO, *, mode: int = LETTER_MODE) -> None:
        self.stream = stream
        self.mode = mode
        self.offset = 0
        self.directory: list[bytes] = []

    def add(self, member: str | Entry, raw: bytes = b"") -> None:
        """Append a member: a name with its bytes, or an `Entry` compressed beforehand."""
        if isinstance(member, str):
            member = entry(member, raw, mode=self.mode)
        self.directory.append(_central(member, self.offset))
        self.stream.write(member.local)
        self.stream.write(member.data)
        self.offset += len(member.local) + len(member.data)

    def close(self) -> None:
        """Write the central directory and the end records (the stream stays open)."""
        directory = b"".join(self.directory)
        self.stream.write(directory)
        self.stream.write(_end(len(self.directory), len(directory), self.offset))

    def __enter__(self) -> ZipStream:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.close()


def zip_bytes(members: Iterable[tuple[str, bytes] | Entry], *, mode: int = LETTER_MODE) -> bytes:
    """Return a deterministic zip archive of `members` (names with bytes, or entries), in order."""
    out = io.BytesIO()
    with ZipStream(out, mode=mode) as archive:
        for member in members:
            if isinstance(member, Entry):
                archive.add(member)
            else:
                archive.add(*member)
    return out.getvalue()


def read_members(data: bytes) -> list[tuple[str, bytes]]:
    """Return the (name, bytes) of every member of a zip archive, in archive order."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
