"""Read a supporters list (CSV or .xlsx) into senders, one row error per bad cell.

Columns (header names are trimmed and matched case-insensitively; spaces and hyphens count
as underscores):

=============  ==========================================================
name           the supporter's name as they sign (required)
street         street and house number; line breaks in the cell make lines (required)
postal_code    postal code
city           town, also used in the date line (required)
country        ISO country code, e.g. CH, DE (required)
language       languages the supporter writes, best first: "de-CH, en" (also: languages)
email          email address
note           a personal sentence the letter template places in the text
=============  ==========================================================

Other columns are kept in `Sender.extra` under their normalized header (a column "Local
Group" is `sender.extra.local_group` in a template).
`mapping` renames columns: `{"Wohnort": "city"}`. CSV files may be UTF-8 (with or without
BOM), UTF-16 with BOM, or Windows-1252 (used when the file is not UTF-8, or named with
`encoding`); the delimiter (`,` `;` or tab) is taken from the header line.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import records
from .errors import InputError, Message, UsageError
from .model import Sender

FIELDS = ("name", "street", "postal_code", "city", "country", "languages", "email", "note")
REQUIRED = ("name", "street", "city", "country")
ALIASES = {"language": "languages", "lang": "languages", "e_mail": "email"}
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class RowError:
    """Why one row of a supporters list gives no letters."""

    row: int
    column: str | None
    reason: str

    def __str__(self) -> str:
        column = f"{self.column}: " if self.column else ""
        return f"row {self.row}: {column}{self.reason}"


@dataclass(frozen=True)
class Supporter:
    """One good row: the row number and the sender it describes."""

    row: int
    sender: Sender


@dataclass
class SupporterList:
    """The rows of a supporters file: good ones, bad ones, and blank lines skipped."""

    source: str
    supporters: list[Supporter] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    blank: int = 0
    encoding: str | None = None
    columns: dict[str, str] = field(default_factory=dict)  # header as written -> field

    @property
    def rows(self) -> int:
        """Return the number of non-blank data rows (supporters + rows in error)."""
        return len(self.supporters) + bad_rows(self.errors)


def bad_rows(errors: Iterable[RowError]) -> int:
    """Return how many rows the errors are about (a row may have several bad cells)."""
    return len({error.row for error in errors})


def normalize_header(name: str) -> str:
    """Return a header as matched: trimmed, lower-case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """Parse `--map COLUMN=FIELD` options into {column: field}."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.partition("=")
        target = normalize_header(target)
        target = ALIASES.get(target, target)
        if not sep or not column.strip():
            raise UsageError(f"'{item}' is not COLUMN=FIELD", parameter="mapping")
        if target not in FIELDS:
            known = ", ".join(FIELDS)
            raise UsageError(
                f"'{target}' is not a supporter field (known: {known})", parameter="mapping"
            )
        mapping[normalize_header(column)] = target
    return mapping


def decode(data: bytes, encoding: str | None, source: str) -> tuple[str, str]:
    """Return the text of a CSV file and the encoding it was read with."""
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff"), encoding
        except LookupError:
            raise UsageError(f"unknown encoding '{encoding}'", parameter="encoding") from None
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not {encoding} text (byte {exc.start}); check --encoding", source=source
            ) from None
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel in Western European locales saves "CSV" as Windows-1252.
        return data.decode("cp1252", errors="replace"), "cp1252"


def _delimiter(header_line: str) -> str:
    counts = {d: 0 for d in DELIMITERS}
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (line number where the record starts, cells) for every record."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first))
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(f"CSV error: {exc}", line=start) from None
        yield start, cells


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # postal codes typed as numbers
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _xlsx_rows(path: Path, source: str) -> Iterator[tuple[int, list[str]]]:
    try:
        from openpyxl import load_workbook  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise InputError("reading .xlsx needs openpyxl", source=source) from None
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(f"cannot read as .xlsx ({type(exc).__name__})", source=source) from None
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell(v) for v in values]
    finally:
        workbook.close()


def read_supporters(
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
) -> SupporterList:
    """Read a supporters file (.csv, .tsv, .txt or .xlsx); bad rows become `RowError`s."""
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InputError("old Excel format: save it as .xlsx or CSV", source=source)
    if not path.is_file():
        raise InputError("file not found" if not path.exists() else "not a file", source=source)
    used = None
    if suffix in (".xlsx", ".xlsm"):
        rows: Iterable[tuple[int, list[str]]] = list(_xlsx_rows(path, source))
    else:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", source=source) from None
        text, used = decode(data, encoding, source)
        try:
            rows = list(_csv_rows(text))
        except InputError as exc:
            raise InputError(exc.reason, source=source, line=exc.line) from None
    result = parse_rows(rows, source=source, mapping=mapping)
    result.encoding = used
    return result


def _columns(
    header: Sequence[str], mapping: Mapping[str, str], source: str, line: int
) -> dict[int, tuple[str, str | None]]:
    """Return {index: (header as written, field or None for an extra column)}."""
    columns: dict[int, tuple[str, str | None]] = {}
    taken: dict[str, str] = {}
    for index, raw in enumerate(header):
        written = raw.strip()
        if not written:
            continue
        key = normalize_header(written)
        named = mapping.get(key) or ALIASES.get(key, key)
        target = named if named in FIELDS else None
        if target is not None:
            if target in taken:
                raise InputError(
                    f"columns '{taken[target]}' and '{written}' are both '{target}'",
                    source=source,
                    line=line,
                )
            taken[target] = written
        columns[index] = (written, target)
    missing = [name for name in REQUIRED if name not in taken]
    if missing:
        have = ", ".join(w for w, _ in columns.values()) or "none"
        raise InputError(
            f"no column for {', '.join(missing)} (columns: {have}); "
            f"name them so or use --map COLUMN={missing[0]}",
            source=source,
            line=line,
        )
    return columns


def parse_rows(
    rows: Iterable[tuple[int, Sequence[str]]],
    *,
    source: str,
    mapping: Mapping[str, str] | None = None,
) -> SupporterList:
    """Turn (row number, cells) pairs, the first non-blank one a header, into supporters."""
    wanted = {normalize_header(k): v for k, v in (mapping or {}).items()}
    result = SupporterList(source)
    columns: dict[int, tuple[str, str | None]] | None = None
    for number, cells in rows:
        if not any(cell.strip() for cell in cells):
            if columns is not None:
                result.blank += 1
            continue
        if columns is None:
            columns = _columns(cells, wanted, source, number)
            result.columns = {w: t or "extra" for w, t in columns.values()}
            continue
        outcome = _supporter(number, cells, columns)
        if isinstance(outcome, Supporter):
            result.supporters.append(outcome)
        else:
            result.errors += outcome
    if columns is None:
        raise InputError("the file is empty: no header row", source=source)
    if not result.rows:
        raise InputError("no supporters: the file has a header row but no data rows", source=source)
    return result


def _supporter(
    number: int, cells: Sequence[str], columns: dict[int, tuple[str, str | None]]
) -> Supporter | list[RowError]:
    data: dict[str, Any] = {}
    extra: dict[str, str] = {}
    column_of: dict[str, str] = {}
    extra_column: dict[str, str] = {}
    for index, (written, target) in columns.items():
        value = cells[index].strip() if index < len(cells) else ""
        if target is None:
            if value:
                extra[normalize_header(written)] = value
                extra_column[normalize_header(written)] = written
            continue
        column_of[target] = written
        if value:
            data[target] = value
    if len(cells) > len(columns) and any(c.strip() for c in cells[max(columns) + 1 :]):
        return [RowError(number, None, "more cells than header columns (a stray delimiter?)")]
    if extra:
        data["extra"] = extra
    # Every bad cell of the row is its own error, so errors.csv lists them all at once.
    errors = [
        RowError(number, column_of.get(name, name), Message("is empty"))
        for name in REQUIRED
        if name not in data
    ]
    sender, faults = records.check(Sender, data)
    if sender is not None and not errors:
        return Supporter(number, sender)
    for fault in faults:
        name = str(fault.path[0]) if fault.path else ""
        if name in REQUIRED and name not in data:
            continue  # said above: "is empty"
        if name == "extra" and len(fault.path) > 1:
            column = extra_column.get(str(fault.path[1]))
        else:
            column = column_of.get(name, name or None)
        errors.append(RowError(number, column, fault.reason))
    order = {written: index for index, (written, _target) in enumerate(columns.values())}
    errors.sort(key=lambda error: order.get(error.column or "", len(order)))
    return errors
