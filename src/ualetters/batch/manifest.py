"""What a batch wrote: the manifest of its letters, the rows in error, and the journal.

The journal (`.ualetters-journal.jsonl`) records each letter once it is in place, so a run
that is killed can be finished by running it again: a letter whose journal or manifest
entry has the key of its inputs, and whose file still has the recorded hash, is kept. The
key hashes everything that shapes a letter's bytes: the version, the run's settings, the
templates and catalogs, the case, the sender, the target and the format.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import __version__
from ..api import record_data, renderer
from ..model import Case, Sender
from ..planning import PlannedLetter, Settings
from ..resources import data_dir
from ..supporters import RowError
from .folders import OutputFolder, csv_bytes, own_name

JOURNAL = ".ualetters-journal.jsonl"
MANIFEST_CSV = "manifest.csv"
MANIFEST_JSON = "manifest.json"
ERRORS_CSV = "errors.csv"
COLUMNS = (
    "row",
    "supporter",
    "case",
    "target",
    "language",
    "destination_country",
    "file",
    "sha256",
)


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def _record_hash(record: Case | Sender) -> str:
    return sha256(json.dumps(record_data(record), sort_keys=True, ensure_ascii=False).encode())


@dataclass(frozen=True, slots=True)
class Entry:
    """One written letter file, as listed in the manifest."""

    row: int
    supporter: str
    case: str
    target: str
    language: str
    destination: str
    file: str
    sha256: str
    key: str

    def values(self) -> tuple[Any, ...]:
        """Return the manifest fields a user reads (without the resume key), as `COLUMNS`."""
        return (
            self.row,
            self.supporter,
            self.case,
            self.target,
            self.language,
            self.destination,
            self.file,
            self.sha256,
        )

    def public(self) -> dict[str, Any]:
        """Return the manifest fields a user reads, by name."""
        return dict(zip(COLUMNS, self.values(), strict=True))


class Keys:
    """The resume key of every letter of a run: a hash of all that shapes its bytes."""

    def __init__(self, run: Settings, cases: Sequence[Case]) -> None:
        digest = hashlib.sha256()
        digest.update(f"{__version__}|{run.date}|{run.lang}|{run.layout}".encode())
        for folder in [*renderer(run.templates).folders, data_dir("locales")]:
            for path in sorted(Path(folder).rglob("*")):
                if path.is_file() and path.suffix in (".j2", ".po", ".mo"):
                    digest.update(path.name.encode() + b"\0" + path.read_bytes())
        self.base = digest.hexdigest()
        self.cases = {case.slug: _record_hash(case) for case in cases}

    def sender(self, sender: Sender) -> str:
        """Return the part of the keys that a sender's details make."""
        return _record_hash(sender)

    def letter(self, sender_key: str, planned: PlannedLetter, fmt: str) -> str:
        """Return the key of a letter file."""
        case = self.cases[planned.case.slug]
        target = planned.target.id
        if planned.copy_to is not None:  # a copy letter: the same letter to another recipient
            target += f"|{planned.copy_to.file_part}"
        return sha256(f"{self.base}|{sender_key}|{case}|{target}|{fmt}".encode())


def read_known(folder: OutputFolder) -> dict[str, tuple[str, str]]:
    """Return file -> (key, sha256) from the manifest and journal of earlier runs."""
    known: dict[str, tuple[str, str]] = {}
    with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
        data = json.loads(folder.read(MANIFEST_JSON) or b"{}")
        for item in data.get("letters", []):
            if "key" in item:
                known[item["file"]] = (item["key"], item["sha256"])
    journal = folder.read(JOURNAL) or b""
    for line in journal.decode("utf-8", errors="replace").splitlines():
        try:
            item = json.loads(line)
            known[item["file"]] = (item["key"], item["sha256"])
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a kill
    return known


@dataclass(frozen=True)
class Previous:
    """What earlier batches wrote into a folder, by their manifest and journal."""

    letters: frozenset[str] = frozenset()
    packs: frozenset[str] = frozenset()
    batch: bool = False  # a batch's manifest is there: its reports and zip are a batch's


def read_previous(folder: OutputFolder) -> Previous:
    """Return the files earlier batches wrote into `folder`; names not a batch's are left out."""
    letters: set[str] = set()
    packs: set[str] = set()
    raw = folder.read(MANIFEST_JSON)
    with contextlib.suppress(ValueError, TypeError, KeyError, AttributeError):
        data = json.loads(raw or b"{}")
        letters |= {item["file"] for item in data.get("letters", [])}
        packs |= {item["file"] for item in data.get("combined", [])}
    letters |= set(read_known(folder))
    return Previous(
        frozenset(filter(own_name, letters)), frozenset(filter(own_name, packs)), raw is not None
    )


def journal_line(entry: Entry) -> str:
    """Return the journal's line for a letter in place."""
    return json.dumps({"file": entry.file, "key": entry.key, "sha256": entry.sha256}) + "\n"


def manifest_csv(entries: Sequence[Entry]) -> bytes:
    """Return the manifest as CSV for spreadsheets."""
    return csv_bytes(COLUMNS, (entry.values() for entry in entries))


def manifest_json(
    entries: Sequence[Entry], combined: Sequence[dict[str, str]], files: Sequence[str] = ()
) -> bytes:
    """Return the manifest as JSON (with the keys a rerun uses to skip finished letters).

    `files` lists every file the batch wrote (letters, packs, reports, zip), so the next
    batch into the folder knows what is its own to replace.
    """
    data = {
        "ualetters": __version__,
        "letters": [{**e.public(), "key": e.key} for e in entries],
        "combined": list(combined),
        "files": sorted(files),
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def errors_csv(errors: Sequence[RowError]) -> bytes:
    """Return the row errors as CSV for spreadsheets: row, column, reason."""
    return csv_bytes(
        ("row", "column", "reason"), ((e.row, e.column or "", e.reason) for e in errors)
    )
