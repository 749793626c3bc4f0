"""What a batch wrote: the manifest of its letters, the rows in error, and the journal.

The journal (`.ualetters-journal.jsonl`) records each letter once it is in place, so a run
that is killed can be finished by running it again: a letter whose journal or manifest
entry has the key of its inputs, and whose file still has the recorded hash, is kept. The
key hashes everything that shapes a letter's bytes: the version, the run's settings, the
templates and catalogs, the case, the sender, the target and the format.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from json.encoder import encode_basestring
from pathlib import Path
from types import TracebackType
from typing import Any

from .. import __version__
from ..api import record_data, renderer
from ..model import Case, Sender
from ..planning import PlannedLetter, Settings
from ..resources import data_dir
from ..supporters import RowError
from .folders import OutputFolder, csv_bytes, own_name, spreadsheet_cell

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
    with folder.open_read(JOURNAL) as journal:  # line by line: a journal of 50,000 letters
        for raw in journal or ():
            try:
                item = json.loads(raw.decode("utf-8", errors="replace"))
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


_JSON_NAMES = tuple(encode_basestring(name) for name in (*COLUMNS, "key"))


class ManifestWriter:
    """The manifests, written as the letters are in place: no list of every letter in memory.

    `manifest.csv` (for spreadsheets) and `manifest.json` (with the keys a rerun uses to
    skip finished letters) are streamed into temporary files that take their names only
    when the batch ends well (`close`); an interrupted batch leaves the earlier ones.
    """

    def __init__(self, folder: OutputFolder) -> None:
        for name in (MANIFEST_CSV, MANIFEST_JSON):
            with folder.open_read(name):  # a link in their place is refused, as for every file
                pass
        self._files = contextlib.ExitStack()
        try:
            self._csv = self._files.enter_context(folder.write_stream(MANIFEST_CSV, durable=True))
            self._json = self._files.enter_context(folder.write_stream(MANIFEST_JSON, durable=True))
        except BaseException:
            self._files.close()
            raise
        self._row = io.StringIO(newline="")
        self._rows = csv.writer(self._row, lineterminator="\r\n")
        self._csv.write(b"\xef\xbb\xbf" + self._csv_line(COLUMNS))
        self._json.write(f'{{\n "ualetters": {_json(__version__)},\n "letters": ['.encode())
        self.letters = 0

    def _csv_line(self, cells: Iterable[Any]) -> bytes:
        self._row.seek(0)
        self._row.truncate()
        self._rows.writerow([spreadsheet_cell(cell) for cell in cells])
        return self._row.getvalue().encode("utf-8")

    def add(self, entries: Iterable[Entry]) -> None:
        """Add letters that are in place, in the manifest's order."""
        rows: list[list[str]] = []
        records: list[str] = []
        for entry in entries:
            values = entry.values()
            rows.append([spreadsheet_cell(cell) for cell in values])
            # `_pretty` of {**entry.public(), "key": entry.key} at depth 2, written out.
            fields = ",\n   ".join(
                f"{name}: {_json(value)}"
                for name, value in zip(_JSON_NAMES, (*values, entry.key), strict=True)
            )
            records.append(f"  {{\n   {fields}\n  }}")
        if not records:
            return
        self._row.seek(0)
        self._row.truncate()
        self._rows.writerows(rows)
        self._csv.write(self._row.getvalue().encode("utf-8"))
        start = ",\n" if self.letters else "\n"
        self._json.write((start + ",\n".join(records)).encode())
        self.letters += len(records)

    def close(self, combined: Sequence[dict[str, str]], files: Sequence[str]) -> None:
        """Finish both files and give them their names.

        `files` lists every file the batch wrote (letters, packs, reports, zip), so the next
        batch into the folder knows what is its own to replace.
        """
        tail = {"combined": list(combined), "files": sorted(files)}
        end = "\n ]" if self.letters else "]"
        self._json.write(f"{end},\n{_pretty(tail, 0)[2:]}\n".encode())
        self._files.close()

    def __enter__(self) -> ManifestWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._files.__exit__(kind, error, trace)  # on an error: the temporary files go


def _json(value: str | int) -> str:
    """Return a text or number as `json.dumps(..., ensure_ascii=False)` writes it."""
    return encode_basestring(value) if isinstance(value, str) else int.__repr__(value)


def _pretty(value: Any, level: int) -> str:
    """Return `value` as `json.dumps(value, ensure_ascii=False, indent=1)` writes it at depth
    `level`, for texts, whole numbers, lists and dicts (the C encoder: indent makes json's
    own Python encoder, ~30 µs a letter)."""
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return _json(value)
    if isinstance(value, dict):
        items = [f"{_json(key)}: {_pretty(inner, level + 1)}" for key, inner in value.items()]
        brackets = "{}"
    elif isinstance(value, list):
        items = [_pretty(inner, level + 1) for inner in value]
        brackets = "[]"
    else:
        raise TypeError(f"not in a manifest: {type(value).__name__}")
    if not items:
        return brackets
    inside = "\n" + " " * (level + 1)
    return f"{brackets[0]}{inside}{(',' + inside).join(items)}\n{' ' * level}{brackets[1]}"


def errors_csv(errors: Sequence[RowError], translate: Callable[[str], str] = str) -> bytes:
    """Return the row errors as CSV for spreadsheets: row, column, reason (`translate`d)."""
    return csv_bytes(
        ("row", "column", "reason"), ((e.row, e.column or "", translate(e.reason)) for e in errors)
    )
