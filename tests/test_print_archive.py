"""Deterministic zip archives: the one zip writer behind letters, packs and the batch's zip."""

from __future__ import annotations

import io
import zipfile

import pytest

from ualetters import archive


def test_same_members_same_bytes_readable_by_zipfile() -> None:
    members = [("word/document.xml", b"<w:document/>"), ("Ольга/письмо.txt", "привет".encode())]
    data = archive.zip_bytes(members)
    assert data == archive.zip_bytes(members)
    with zipfile.ZipFile(io.BytesIO(data)) as read:
        assert read.testzip() is None
        assert [(i.filename, read.read(i)) for i in read.infolist()] == members
        assert {i.date_time for i in read.infolist()} == {archive.ZIP_DATE}
        assert {i.external_attr >> 16 for i in read.infolist()} == {archive.LETTER_MODE}
        assert read.infolist()[1].flag_bits & 0x800  # a non-ASCII name is marked UTF-8


def test_stream_equals_bytes_and_takes_precompressed_entries() -> None:
    shared = archive.entry("static.xml", b"<same/>" * 100, mode=archive.FILE_MODE)
    out = io.BytesIO()
    with archive.ZipStream(out, mode=archive.FILE_MODE) as stream:
        stream.add(shared)
        stream.add("letter.txt", b"Dear Sir")
    assert out.getvalue() == archive.zip_bytes(
        [("static.xml", b"<same/>" * 100), ("letter.txt", b"Dear Sir")], mode=archive.FILE_MODE
    )


def test_many_members_get_zip64_end_records(monkeypatch: pytest.MonkeyPatch) -> None:
    # Past 65,535 members the classic end record cannot count them; ZIP64 records can. The
    # limit is lowered here so the test need not write 65,536 members.
    monkeypatch.setattr(archive, "_LIMIT16", 3)
    members = [(f"letter-{n}.txt", f"letter {n}".encode()) for n in range(5)]
    data = archive.zip_bytes(members)
    assert b"PK\x06\x06" in data and b"PK\x06\x07" in data
    with zipfile.ZipFile(io.BytesIO(data)) as read:
        assert [read.read(f"letter-{n}.txt") for n in range(5)] == [m[1] for m in members]


def test_member_offsets_past_4_gb_go_into_a_zip64_field() -> None:
    member = archive.entry("late.txt", b"x")
    record = archive._central(member, 5 * 2**30)
    assert record[30:32] == (12).to_bytes(2, "little")  # extra field: id, size, 8-byte offset
    assert record[42:46] == b"\xff\xff\xff\xff"
    assert record.endswith((5 * 2**30).to_bytes(8, "little"))
