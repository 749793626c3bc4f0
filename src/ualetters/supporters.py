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

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import records
from .errors import InputError, Message, UsageError
from .model import Sender
from .sources import check_size, decode_utf16, looks_like_utf16, megabytes
from .textsafety import MULTILINE_FIELDS, normalize_line_breaks, text_problem

# Limits (docs/security.md): a list of 20,000 supporters is about 2 MB of CSV.
MAX_SUPPORTERS_BYTES = 50_000_000
MAX_SUPPORTER_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_XLSX_UNPACKED = 100_000_000
MAX_XLSX_MEMBERS = 10_000

FIELDS = (
    "name",
    "street",
    "postal_code",
    "city",
    "area",
    "country",
    "languages",
    "email",
    "note",
)
REQUIRED = ("name", "street", "city", "country")
ALIASES = {"language": "languages", "lang": "languages", "e_mail": "email"}
DELIMITERS = (",", ";", "\t")
_MULTILINE_COLUMNS = tuple(MULTILINE_FIELDS & set(FIELDS))


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
                f"not {encoding} text (byte {exc.start}); check --encoding",
                source=source,
                line=_line_of_byte(data, exc.start, encoding),
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            # A BOM says UTF-8; bytes that are not are a damaged or mixed file, not cp1252.
            raise InputError(
                Message(
                    "the file starts as UTF-8 (with a byte-order mark), but byte %(byte)s is "
                    "not UTF-8; save the whole file as UTF-8",
                    byte=f"{data[3 + exc.start]:#04x}",
                ),
                source=source,
                line=data.count(b"\n", 0, 3 + exc.start) + 1,
            ) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_utf16(data, source), "utf-16"
    if b"\x00" in data[:4096] and looks_like_utf16(data):
        raise InputError(
            Message("UTF-16 text without a byte-order mark; save the file as UTF-8 or CSV"),
            source=source,
            line=1,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Excel in Western European locales saves "CSV" as Windows-1252.
        return data.decode("cp1252", errors="replace"), "cp1252"


def _line_of_byte(data: bytes, offset: int, encoding: str) -> int:
    """Return the line of the byte at `offset` of text in `encoding` (1 for the first)."""
    head = data[:offset]
    if encoding.replace("-", "").lower().startswith("utf16"):
        head = head[: len(head) - len(head) % 2]
    return head.decode(encoding, errors="replace").count("\n") + 1


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
    first = next((line for line in io.StringIO(text) if line.strip()), "")
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


def _check_xlsx_archive(path: Path, source: str) -> None:
    """Refuse an .xlsx that is no zip archive or unpacks to more than MAX_XLSX_UNPACKED."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(
            Message("cannot read as .xlsx: the file is damaged or not an Excel workbook"),
            source=source,
        ) from None
    # zipfile stops each member at its stated size, so the stated sizes bound the work.
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_XLSX_MEMBERS or unpacked > MAX_XLSX_UNPACKED:
        raise InputError(
            Message(
                "the workbook unpacks to %(size)s in %(count)d parts; a supporters list may "
                "unpack to at most %(limit)s (save it as CSV, or split it)",
                size=megabytes(unpacked),
                count=len(members),
                limit=megabytes(MAX_XLSX_UNPACKED),
            ),
            source=source,
        )


def _xlsx_rows(path: Path, source: str) -> Iterator[tuple[int, list[str]]]:
    try:
        from openpyxl import load_workbook  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise InputError("reading .xlsx needs openpyxl", source=source) from None
    _check_xlsx_archive(path, source)
    number = 0
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(f"cannot read as .xlsx ({type(exc).__name__})", source=source) from None
    try:
        sheet = workbook.worksheets[0]
        # The stated size of the sheet may lie (A1:XFD1048576 with one cell); without it
        # each row is as wide as its last cell.
        sheet.reset_dimensions()
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            if len(values) > MAX_COLUMNS:
                tail = values[MAX_COLUMNS:]
                if tail.count(None) != len(tail):
                    raise InputError(
                        Message(
                            "a value beyond column %(limit)d; a supporters list may have at "
                            "most %(limit)d columns",
                            limit=MAX_COLUMNS,
                        ),
                        source=source,
                        line=number,
                    )
                values = values[:MAX_COLUMNS]
            yield number, [_cell(v) for v in values]
    except InputError:
        raise
    except Exception as exc:  # a damaged sheet fails only while its rows are read
        raise InputError(
            f"cannot read as .xlsx ({type(exc).__name__})", source=source, line=number + 1
        ) from None
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
    check_size(path.stat().st_size, source, InputError, limit=MAX_SUPPORTERS_BYTES)
    if suffix in (".xlsx", ".xlsm"):
        rows: Iterable[tuple[int, list[str]]] = _capped(_xlsx_rows(path, source), source)
    else:
        try:
            with path.open("rb") as file:
                data = file.read(MAX_SUPPORTERS_BYTES + 1)  # a file that grows is not read on
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", source=source) from None
        check_size(len(data), source, InputError, limit=MAX_SUPPORTERS_BYTES)
        text, used = decode(data, encoding, source)
        try:
            rows = list(_capped(_csv_rows(text), source))
        except InputError as exc:
            raise InputError(exc.reason, source=source, line=exc.line) from None
    result = parse_rows(rows, source=source, mapping=mapping)
    result.encoding = used
    return result


def _capped(rows: Iterable[tuple[int, list[str]]], source: str) -> Iterator[tuple[int, list[str]]]:
    """Yield the rows, refusing the file at the first row past MAX_SUPPORTER_ROWS."""
    for count, row in enumerate(rows, start=1):
        if count > MAX_SUPPORTER_ROWS:
            raise InputError(
                Message(
                    "more than %(limit)s rows; split the supporters list",
                    limit=f"{MAX_SUPPORTER_ROWS:,}",
                ),
                source=source,
                line=row[0],
            )
        yield row


def _columns(
    header: Sequence[str], mapping: Mapping[str, str], source: str, line: int
) -> dict[int, tuple[str, str | None]]:
    """Return {index: (header as written, field or None for an extra column)}."""
    columns: dict[int, tuple[str, str | None]] = {}
    taken: dict[str, str] = {}
    if len(header) > MAX_COLUMNS:
        raise InputError(
            Message("more than %(limit)d columns", limit=MAX_COLUMNS), source=source, line=line
        )
    for index, raw in enumerate(header):
        written = raw.strip()
        if not written:
            continue
        problem = text_problem(written, single_line=True)
        if problem:
            raise InputError(
                Message("column %(number)d: %(problem)s", number=index + 1, problem=problem),
                source=source,
                line=line,
            )
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
    column_of = {target: written for written, target in columns.values() if target}
    extra_column: dict[str, str] = {}
    # Every bad cell of the row is its own error, so errors.csv lists them all at once.
    errors: list[RowError] = []
    last = max(columns)
    # Only the row's own cells are looked at: a wide header costs nothing per short row.
    for index, cell in enumerate(cells):
        value = cell.strip()
        if not value:
            continue
        if index not in columns:
            if index > last:
                stray = "more cells than header columns (a stray delimiter?)"
                return [RowError(number, None, stray)]
            continue
        written, target = columns[index]
        value = normalize_line_breaks(value)
        problem = text_problem(value, single_line=target not in (None, *_MULTILINE_COLUMNS))
        if problem:
            errors.append(RowError(number, written, problem))
        elif target is None:
            key = normalize_header(written)
            extra[key] = value
            extra_column[key] = written
        else:
            data[target] = value
    if extra:
        data["extra"] = extra
    refused = {error.column for error in errors}
    errors += [
        RowError(number, column_of.get(name, name), Message("is empty"))
        for name in REQUIRED
        if name not in data and column_of.get(name, name) not in refused
    ]
    sender, faults = records.check(Sender, data)
    if sender is not None and not errors:
        return Supporter(number, sender)
    for fault in faults:
        name = str(fault.path[0]) if fault.path else ""
        if name in REQUIRED and name not in data:
            continue  # said above: "is empty", or the cell's own problem
        if name == "extra" and len(fault.path) > 1:
            column = extra_column.get(str(fault.path[1]))
        else:
            column = column_of.get(name, name or None)
        errors.append(RowError(number, column, fault.reason))
    order = {written: index for index, (written, _target) in enumerate(columns.values())}
    errors.sort(key=lambda error: order.get(error.column or "", len(order)))
    return errors
