"""Read a supporters list (CSV, .xlsx, .ods or .xls) into senders, one row error per bad cell.

Columns are recognised by their headers as coordinators write them, in English, German,
French and Italian (`COLUMN_NAMES`: "PLZ", "Ort", "Localité", "Sprache", ...; compared
without case, accents or punctuation):

=============  ==========================================================
name           the supporter's name as they sign (required); or first name + last name
street         street and house number; line breaks in the cell make lines (optional,
               as for a saved sender); a house-number column joins it, and a second
               address-line column ("Address line 2", "Adresszusatz") is its next line
postal_code    postal code
city           town, also used in the date line (required)
area           state, province or canton, where the post uses it
country        ISO code or name, e.g. CH, Schweiz, Suisse (required)
languages      languages the supporter writes, best first: "de-CH, en", "Deutsch, Englisch"
email          email address
note           a personal sentence the letter template places in the text
=============  ==========================================================

A column of remarks ("Bemerkung", "Notiz") never reaches a letter unasked, and a column
that looks like a field without being recognised ("E-Mail privat") stops the read: `mapping`
(`--map`) says what it is, `extra` (`--extra`) keeps it for templates only. Other columns
are kept in `Sender.extra` under their normalized header (a column "Local Group" is
`sender.extra.local_group` in a template). `SupporterList.mapping()` says what was used.
CSV files may be UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 (used when
the file is not UTF-8, or named with `encoding`); the delimiter (`,` `;` or tab) is taken
from the header line.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from . import records
from .errors import InputError, Message, Number, Option, Problem, UsageError, os_reason
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
    "name", "street", "postal_code", "city", "area", "country", "languages", "email", "note",
)  # fmt: skip
# A street is optional, as for a saved sender: Amnesty accepts letters signed with a town.
REQUIRED = ("name", "city", "country")
ALIASES = {"language": "languages", "lang": "languages", "e_mail": "email"}
DELIMITERS = (",", ";", "\t")
_MULTILINE_COLUMNS = tuple(MULTILINE_FIELDS & set(FIELDS))


# --- Columns and values as people type them ------------------------------------------------

# Header names coordinators use, per field, in English, German, French, Italian, Spanish and
# Russian (compared folded: lower case, without accents, "ß" as "ss", punctuation as
# spaces). A name listed
# under two fields ("nom": the name, or the family name beside "prénom") takes the second
# only when its partner column is there.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "name": (
        "name", "full name", "vollständiger name", "vorname und nachname", "vorname nachname",
        "nom", "nom complet", "nom et prénom", "prénom et nom", "prénom nom",
        "nome", "nome completo", "nome e cognome", "cognome e nome",
        "nombre", "nombre completo", "nombre y apellidos", "имя", "фио", "имя и фамилия",
    ),
    "first_name": (
        "first name", "firstname", "given name", "forename", "vorname", "prénom", "nome",
        "nombre de pila",
    ),
    "last_name": (
        "last name", "lastname", "surname", "family name", "nachname", "familienname",
        "nom de famille", "nom", "cognome", "apellidos", "apellido", "фамилия",
    ),
    "street": (
        "street", "address", "street address", "address line", "strasse", "straße", "adresse",
        "anschrift", "strasse und hausnummer", "strasse nr", "rue", "adresse postale", "via",
        "indirizzo", "dirección", "direccion", "calle", "domicilio", "адрес", "улица",
        "address line 1", "address 1", "address1", "street 1", "adresse 1", "adresszeile 1",
    ),
    # A second address line, as many spreadsheets have it: the street's next line.
    "street_line": (
        "address line 2", "address 2", "address2", "street 2", "adresse 2", "adresszeile 2",
        "adresszusatz", "zusatz", "complément d'adresse", "complement d adresse",
        "complemento", "indirizzo 2", "dirección 2", "direccion 2",
    ),
    "house_number": (
        "house number", "hausnummer", "hausnr", "nr", "numéro", "numero civico", "civico",
    ),
    "postal_code": (
        "postal code", "postcode", "post code", "zip", "zip code", "plz", "postleitzahl",
        "npa", "code postal", "cp", "cap", "codice postale", "código postal", "codigo postal",
        "индекс", "почтовый индекс",
    ),
    "city": (
        "city", "town", "ort", "wohnort", "stadt", "localité", "ville", "commune", "lieu",
        "località", "città", "comune", "ciudad", "localidad", "población", "город",
        "населенный пункт",
    ),
    "area": (
        "area", "state", "province", "region", "county", "kanton", "bundesland", "canton",
        "région", "cantone", "provincia", "regione", "región", "estado", "comunidad autónoma",
        "регион", "область",
    ),
    "country": (
        "country", "land", "staat", "pays", "paese", "nazione", "stato", "país", "pais",
        "страна",
    ),
    "languages": (
        "language", "languages", "lang", "sprache", "sprachen", "langue", "langues", "lingua",
        "lingue", "idioma", "idiomas", "lengua", "язык", "языки",
    ),
    "email": (
        "email", "e mail", "mail", "email address", "e mail address", "e mail adresse",
        "courriel", "adresse e mail", "adresse email", "posta elettronica", "indirizzo email",
        "correo", "correo electrónico", "correo electronico", "эл почта", "электронная почта",
    ),
    "note": (
        "note", "personal note", "persönliche notiz", "persönlicher satz", "note personnelle",
        "nota personale", "nota personal", "личная заметка",
    ),
}  # fmt: skip
# Columns of remarks: in a members' list these are usually the coordinator's own ("pays in
# cash"), so they never reach a letter unasked; the run stops and asks (`--map` or `--extra`).
REMARK_NAMES = (
    "remark", "remarks", "comment", "comments", "notes", "bemerkung", "bemerkungen", "notiz",
    "notizen", "kommentar", "anmerkung", "remarque", "remarques", "commentaire",
    "commentaires", "nota", "osservazioni", "commento",
)  # fmt: skip
# Columns whose values join into a field: name = first + last, street + house number, and a
# second address line under the street.
PART_FIELDS = ("first_name", "last_name", "house_number", "street_line")
# Header names the starter member list uses, per UI language (`starter.member_list`).
STARTER_HEADERS: dict[str, tuple[str, ...]] = {
    "en": ("Name", "Street", "Postal code", "City", "Country", "Language", "Email", "Note"),
    "de": ("Name", "Strasse", "PLZ", "Ort", "Land", "Sprache", "E-Mail", "Persönliche Notiz"),
    "fr": ("Nom", "Adresse", "NPA", "Localité", "Pays", "Langue", "Courriel", "Note personnelle"),
    "it": ("Nome", "Indirizzo", "CAP", "Località", "Paese", "Lingua", "E-mail", "Nota personale"),
    "es": (
        "Nombre", "Dirección", "Código postal", "Ciudad", "País", "Idioma",
        "Correo electrónico", "Nota personal",
    ),
    "ru": ("Имя", "Адрес", "Индекс", "Город", "Страна", "Язык", "Эл. почта", "Личная заметка"),
}  # fmt: skip
STARTER_FIELDS = ("name", "street", "postal_code", "city", "country", "languages", "email", "note")


@dataclass(frozen=True)
class RowError:
    """Why one row of a supporters list gives no letters."""

    row: int
    column: str | None
    reason: str

    def message(self) -> Message:
        """Return the row, its column and why, as a message (the CLI shows it translated)."""
        if self.column:
            return Message(
                "row %(row)s: %(column)s: %(reason)s",
                row=self.row,
                column=self.column,
                reason=self.reason,
            )
        return Message("row %(row)s: %(reason)s", row=self.row, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message())


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

    @property
    def unused(self) -> list[str]:
        """Return the headers of the columns no field uses (templates see them as extra)."""
        return [written for written, target in self.columns.items() if target == "extra"]

    def mapping(self) -> list[Message]:
        """Return what the columns were used as, and the columns left unused, as lines."""
        used = [f"{written} → {target}" for written, target in self.columns.items()]
        used = [line for line in used if not line.endswith("→ extra")]
        lines = [Message("columns used: %(columns)s", columns=", ".join(used))]
        if self.unused:
            lines.append(
                Message(
                    "columns not used (templates see them as sender.extra): %(columns)s",
                    columns=", ".join(self.unused),
                )
            )
        return lines


def bad_rows(errors: Iterable[RowError]) -> int:
    """Return how many rows the errors are about (a row may have several bad cells)."""
    return len({error.row for error in errors})


def normalize_header(name: str) -> str:
    """Return a header as matched: trimmed, lower-case, spaces and hyphens as underscores."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def fold(name: str) -> str:
    """Return a header or value as compared: lower case, no accents, "ß" as "ss", one space."""
    text = unicodedata.normalize("NFKD", name.casefold().replace("ß", "ss"))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\s_\-.:/()]+", " ", text).split())


@cache
def _column_fields() -> dict[str, tuple[str, ...]]:
    """Return folded header name -> the fields it may stand for, best first."""
    fields: dict[str, tuple[str, ...]] = {}
    for target, names in COLUMN_NAMES.items():
        for name in names:
            known = fields.get(fold(name), ())
            fields[fold(name)] = known if target in known else (*known, target)
    return fields


MAPPING_TARGETS = (*FIELDS, "first_name", "last_name", "street_line")


def check_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    """Return {folded column: field} of a mapping; raise UsageError for a field we lack."""
    checked: dict[str, str] = {}
    for column, target in mapping.items():
        field_name = normalize_header(target)
        field_name = ALIASES.get(field_name, field_name)
        if not isinstance(column, str) or not column.strip():
            raise UsageError(Message("a column name cannot be empty"), parameter="mapping")
        if field_name not in MAPPING_TARGETS:
            raise UsageError(
                Message(
                    "'%(target)s' is not a supporter field (known: %(known)s)",
                    target=target,
                    known=", ".join(MAPPING_TARGETS),
                ),
                parameter="mapping",
            )
        checked[fold(column)] = field_name
    return checked


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """Parse `--map COLUMN=FIELD` options into {column: field}."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.partition("=")
        if not sep or not column.strip():
            raise UsageError(
                Message("'%(item)s' is not COLUMN=FIELD", item=item), parameter="mapping"
            )
        check_mapping({column: target})
        mapping[column.strip()] = target.strip()
    return mapping


def decode(data: bytes, encoding: str | None, source: str) -> tuple[str, str]:
    """Return the text of a CSV file and the encoding it was read with."""
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff"), encoding
        except LookupError:
            raise UsageError(
                Message("unknown encoding '%(encoding)s'", encoding=encoding), parameter="encoding"
            ) from None
        except UnicodeDecodeError as exc:
            raise InputError(
                Message(
                    "not %(encoding)s text (byte %(byte)s); check %(option)s",
                    encoding=encoding,
                    byte=exc.start,
                    option=Option("encoding"),
                ),
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
            reason = Message("CSV error: %(reason)s", reason=str(exc))
            raise InputError(reason, line=start) from None
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


def damaged_workbook(kind: str, source: str) -> InputError:
    """Return the error for a workbook of `kind` (ods, xls, ...) that cannot be read."""
    return InputError(
        Message("cannot read as .%(kind)s: the file is damaged or not such a workbook", kind=kind),
        source=source,
    )


def _check_xlsx_archive(path: Path, source: str, kind: str = "xlsx") -> None:
    """Refuse an .xlsx (.ods) that is no zip archive or unpacks to more than MAX_XLSX_UNPACKED."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        if kind != "xlsx":
            raise damaged_workbook(kind, source) from None
        raise InputError(
            Message("cannot read as .xlsx: the file is damaged or not an Excel workbook"),
            source=source,
        ) from None
    # zipfile stops each member at its stated size, so the stated sizes bound the work.
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_XLSX_MEMBERS or unpacked > MAX_XLSX_UNPACKED:
        raise InputError(
            Message(
                "the workbook unpacks to %(size)s in %(count)s parts; a supporters list may "
                "unpack to at most %(limit)s (save it as CSV, or split it)",
                size=megabytes(unpacked),
                count=Number(len(members)),
                limit=megabytes(MAX_XLSX_UNPACKED),
            ),
            source=source,
        )


def _xlsx_rows(path: Path, source: str) -> Iterator[tuple[int, list[str]]]:
    try:
        from openpyxl import load_workbook  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise InputError(Message("reading .xlsx needs openpyxl"), source=source) from None
    _check_xlsx_archive(path, source)
    number = 0
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        with contextlib.suppress(OSError, zipfile.BadZipFile), zipfile.ZipFile(path) as archive:
            if "content.xml" in archive.namelist():  # LibreOffice's .ods under another name
                raise InputError(
                    Message(
                        "a spreadsheet named %(suffix)s; rename it to .xlsx, .ods or .xls after "
                        "its real type, or save it as CSV",
                        suffix=path.suffix,
                    ),
                    source=source,
                ) from None
        raise InputError(
            Message("cannot read as .xlsx (%(kind)s)", kind=type(exc).__name__), source=source
        ) from None
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
                            "a value beyond column %(limit)s; a supporters list may have at "
                            "most %(limit)s columns",
                            limit=Number(MAX_COLUMNS),
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
            Message("cannot read as .xlsx (%(kind)s)", kind=type(exc).__name__),
            source=source,
            line=number + 1,
        ) from None
    finally:
        workbook.close()


def read_supporters(
    path: str | Path,
    *,
    mapping: Mapping[str, str] | None = None,
    extra: Iterable[str] = (),
    encoding: str | None = None,
) -> SupporterList:
    """Read a supporters file (.csv, .tsv, .txt, .xlsx, .ods or .xls); bad rows become `RowError`s.

    Columns are recognised by their headers in English, German, French and Italian
    (`COLUMN_NAMES`); a column that looks like a field without being one stops the read.

    :param mapping: {column: field} for columns named otherwise (`{"Wohnort": "city"}`);
        a field we lack, or a column the file does not have, raises UsageError.
    :param extra: columns to keep out of the letters (templates see them as extra).
    :param encoding: the encoding of a CSV file; detected if None.
    """
    path = Path(path)
    source = str(path)
    suffix = path.suffix.lower()
    if mapping:
        check_mapping(mapping)  # a wrong field is wrong whatever the file holds
    if not path.is_file():
        raise InputError(
            Message("file not found") if not path.exists() else Message("not a file"),
            source=source,
        )
    used = None
    check_size(path.stat().st_size, source, InputError, limit=MAX_SUPPORTERS_BYTES)
    if suffix in (".xlsx", ".xlsm"):
        rows: Iterable[tuple[int, list[str]]] = _capped(_xlsx_rows(path, source), source)
    elif suffix in SPREADSHEETS:
        rows = _capped(_calamine_rows(path, source), source)
    else:
        try:
            with path.open("rb") as file:
                data = file.read(MAX_SUPPORTERS_BYTES + 1)  # a file that grows is not read on
        except OSError as exc:
            raise InputError(
                Message("cannot read: %(reason)s", reason=os_reason(exc)), source=source
            ) from None
        check_size(len(data), source, InputError, limit=MAX_SUPPORTERS_BYTES)
        if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
            reason = (
                Message(
                    "a spreadsheet named %(suffix)s; rename it to .xlsx, .ods or .xls after "
                    "its real type, or save it as CSV",
                    suffix=suffix,
                )
                if suffix
                else Message(
                    "a spreadsheet without an extension; rename it to .xlsx, .ods or .xls "
                    "after its real type, or save it as CSV"
                )
            )
            raise InputError(reason, source=source)
        text, used = decode(data, encoding, source)
        try:
            rows = list(_capped(_csv_rows(text), source))
        except InputError as exc:
            raise InputError(exc.reason, source=source, line=exc.line) from None
    result = parse_rows(rows, source=source, mapping=mapping, extra=extra)
    result.encoding = used
    return result


# Read with python-calamine: OpenDocument (LibreOffice) and Excel 97-2003 workbooks.
SPREADSHEETS = (".ods", ".xls")


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _check_ods_repeats(path: Path, source: str) -> None:
    """Refuse an .ods whose repeated rows or cells would unfold past the list's limits.

    An .ods says "this cell, 20,000 times" in a few bytes (`number-columns-repeated`), and
    the reader unfolds it: 800 bytes took gigabytes. Rows and cells with content are
    counted as they will be read, before the reader sees the file; empty repeats (the rest
    of the sheet) are free.
    """
    from xml.etree.ElementTree import ParseError, iterparse

    rows = filled = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            for _event, element in iterparse(content):
                if element.tag != f"{_ODS_TABLE}table-row":
                    continue
                width = filled = 0
                for cell in element:
                    span = int(cell.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
                    width += span
                    if cell.get(f"{_ODS_OFFICE}value-type") or len(cell):
                        filled = width
                if filled:
                    rows += int(element.get(_TABLE_ROWS, "1"))
                element.clear()
                if filled > MAX_COLUMNS or rows > MAX_SUPPORTER_ROWS:
                    break
    except (KeyError, ParseError, ValueError, zipfile.BadZipFile, OSError):
        raise damaged_workbook("ods", source) from None
    if filled > MAX_COLUMNS or rows > MAX_SUPPORTER_ROWS:
        raise InputError(
            Message(
                "the workbook repeats its cells past %(rows)s rows or %(columns)s columns, the "
                "most a supporters list may have",
                rows=Number(MAX_SUPPORTER_ROWS),
                columns=Number(MAX_COLUMNS),
            ),
            source=source,
        )


_TABLE_ROWS = f"{_ODS_TABLE}number-rows-repeated"


def _calamine_rows(path: Path, source: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number, cells) of the first sheet of an .ods or .xls workbook."""
    from python_calamine import CalamineWorkbook

    if path.suffix.lower() == ".ods":
        _check_xlsx_archive(path, source, "ods")  # an .ods is a zip archive too: same limits
        _check_ods_repeats(path, source)
    kind = path.suffix.lower().lstrip(".")
    try:
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except Exception:  # calamine raises several kinds for a damaged file
        raise damaged_workbook(kind, source) from None
    for number, values in enumerate(sheet, start=1):
        values = list(values)
        while values and values[-1] in ("", None):
            values.pop()
        if len(values) > MAX_COLUMNS:
            raise InputError(
                Message(
                    "a value beyond column %(limit)s; a supporters list may have at most "
                    "%(limit)s columns",
                    limit=Number(MAX_COLUMNS),
                ),
                source=source,
                line=number,
            )
        yield number, [_cell(value) for value in values]


def _capped(rows: Iterable[tuple[int, list[str]]], source: str) -> Iterator[tuple[int, list[str]]]:
    """Yield the rows, refusing the file at the first row past MAX_SUPPORTER_ROWS."""
    for count, row in enumerate(rows, start=1):
        if count > MAX_SUPPORTER_ROWS:
            raise InputError(
                Message(
                    "more than %(limit)s rows; split the supporters list",
                    limit=Number(MAX_SUPPORTER_ROWS),
                ),
                source=source,
                line=row[0],
            )
        yield row


@dataclass(frozen=True)
class Columns:
    """What each column of a header row is: {index: (header as written, field or None)}.

    A field may be a part (`first_name`, `last_name`, `house_number`) that joins into one.
    """

    fields: dict[int, tuple[str, str | None]]

    def column_of(self, target: str) -> str | None:
        """Return the header of the column that gives `target`, as the user wrote it."""
        if target == "name" and not any(t == "name" for _w, t in self.fields.values()):
            parts = [w for w, t in self.fields.values() if t in ("first_name", "last_name")]
            return " + ".join(parts) or None
        return next((w for w, t in self.fields.values() if t == target), None)


_PARTNER = {"first_name": "last_name", "last_name": "first_name"}


def _looks_like(key: str) -> str | None:
    """Return the field a header not recognised seems to name ("E-Mail privat": email)."""
    if key in {fold(name) for name in REMARK_NAMES}:
        return "note"
    known = _column_fields()
    padded = f" {key} "
    inside = [name for name in known if len(name) > 2 and f" {name} " in padded]
    if inside:
        return known[max(inside, key=len)][0]
    import difflib

    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.85)
    return known[close[0]][0] if close else None


def _suggestion(written: str, target: str) -> Message:
    """Return the problem of a column that looks like `target` but is not used."""
    import shlex

    mapped = shlex.quote(f"{written}={target}")
    kept = shlex.quote(written)
    if target == "note":
        return Message(
            "column '%(column)s' may hold your own remarks; the field note puts a column into "
            "every letter: give %(map)s %(mapped)s to write it into the letters, or %(extra)s "
            "%(kept)s to keep it out",
            column=written,
            map=Option("mapping"),
            mapped=mapped,
            extra=Option("extra"),
            kept=kept,
        )
    return Message(
        "column '%(column)s' looks like the field %(field)s, which no column gives; give "
        "%(map)s %(mapped)s to use it, or %(extra)s %(kept)s to keep it for templates only",
        column=written,
        field=target,
        map=Option("mapping"),
        mapped=mapped,
        extra=Option("extra"),
        kept=kept,
    )


def _columns(
    header: Sequence[str],
    mapping: Mapping[str, str],
    extra: Collection[str],
    source: str,
    line: int,
) -> Columns:
    """Recognise the columns of a header row; raise InputError for what cannot be right."""
    if len(header) > MAX_COLUMNS:
        raise InputError(
            Message("more than %(limit)s columns", limit=Number(MAX_COLUMNS)),
            source=source,
            line=line,
        )
    written: dict[int, str] = {}
    for index, raw in enumerate(header):
        name = raw.strip()
        if not name:
            continue
        problem = text_problem(name, single_line=True)
        if problem:
            raise InputError(
                Message("column %(number)d: %(problem)s", number=index + 1, problem=problem),
                source=source,
                line=line,
            )
        written[index] = name
    keys = {index: fold(name) for index, name in written.items()}
    for key in [*mapping, *extra]:
        if key not in keys.values():
            raise UsageError(
                Message(
                    "%(file)s has no column '%(column)s' (columns: %(columns)s)",
                    file=source,
                    column=key,
                    columns=", ".join(written.values()) or "-",
                ),
                parameter="mapping" if key in mapping else "extra",
            )
    chosen: dict[int, str | None] = {}
    options: dict[int, tuple[str, ...]] = {}
    for index, key in keys.items():
        if key in extra:
            chosen[index] = None
        elif key in mapping:
            chosen[index] = mapping[key]
        else:
            options[index] = _column_fields().get(key, ())
    certain = set(chosen.values()) | {o[0] for o in options.values() if len(o) == 1}
    for index, fields in options.items():
        # "nom" beside "prénom" is the family name; alone, the whole name.
        part = fields[-1] if len(fields) > 1 else None
        chosen[index] = part if part and _PARTNER.get(part) in certain else (fields or (None,))[0]
    taken: dict[str, str] = {}
    for index in sorted(chosen):
        target = chosen[index]
        if target is None:
            continue
        if target in taken:
            raise InputError(
                Message(
                    "columns '%(first)s' and '%(second)s' are both %(field)s; give %(extra)s "
                    "with the one to leave out",
                    first=taken[target],
                    second=written[index],
                    field=target,
                    extra=Option("extra"),
                ),
                source=source,
                line=line,
            )
        taken[target] = written[index]
    if "name" in taken or not {"first_name", "last_name"} <= set(taken):
        # A whole name wins; half a name alone is no name.
        for part in ("first_name", "last_name"):
            if part in taken:
                chosen = {i: None if t == part else t for i, t in chosen.items()}
                del taken[part]
    given = set(taken) | ({"name"} if {"first_name", "last_name"} <= set(taken) else set())
    problems = [
        Problem(_suggestion(written[index], target), source=source, line=line)
        for index, target in ((i, _looks_like(keys[i])) for i in sorted(chosen))
        if chosen[index] is None and keys[index] not in extra and target
        if target not in given and not (target in _PARTNER and "name" in given)
    ]
    if problems:
        raise InputError.of(problems)
    missing = [name for name in REQUIRED if name not in given]
    if missing:
        raise InputError(
            Message(
                "no column for %(fields)s (columns: %(columns)s); name it so or use "
                "%(map)s COLUMN=%(field)s",
                fields=", ".join(missing),
                columns=", ".join(written.values()) or "-",
                map=Option("mapping"),
                field=missing[0],
            ),
            source=source,
            line=line,
        )
    return Columns({index: (written[index], chosen[index]) for index in sorted(chosen)})


def parse_rows(
    rows: Iterable[tuple[int, Sequence[str]]],
    *,
    source: str,
    mapping: Mapping[str, str] | None = None,
    extra: Iterable[str] = (),
) -> SupporterList:
    """Turn (row number, cells) pairs, the first non-blank one a header, into supporters.

    :param mapping: {column: field} for columns not recognised by their header.
    :param extra: columns to leave out of the letters (templates see them as extra).
    """
    wanted = check_mapping(mapping or {})
    kept = {fold(column) for column in extra}
    result = SupporterList(source)
    columns: Columns | None = None
    for number, cells in rows:
        if not any(cell.strip() for cell in cells):
            if columns is not None:
                result.blank += 1
            continue
        if columns is None:
            columns = _columns(cells, wanted, kept, source, number)
            result.columns = {w: t or "extra" for w, t in columns.fields.values()}
            continue
        outcome = _supporter(number, cells, columns)
        if isinstance(outcome, Supporter):
            result.supporters.append(outcome)
        else:
            result.errors += outcome
    if columns is None:
        raise InputError(Message("the file is empty: no header row"), source=source)
    if not result.rows:
        raise InputError(
            Message("no supporters: the file has a header row but no data rows"), source=source
        )
    return result


@cache
def _country_codes() -> dict[str, str]:
    """Return folded country name -> ISO code, from CLDR's names in our languages."""
    from babel import Locale

    from .l10n import is_country

    codes: dict[str, str] = {}
    for tag in NAME_LANGUAGES:
        for code, name in Locale.parse(tag).territories.items():
            if is_country(code):
                codes.setdefault(fold(name), code)
    codes.update({fold(alias): code for alias, code in COUNTRY_ALIASES.items()})
    return codes


@cache
def _language_tags() -> dict[str, str]:
    """Return folded language name -> tag, from CLDR's names in our languages."""
    from babel import Locale
    from babel.core import get_global
    from babel.languages import get_official_languages

    # Languages official somewhere: a cell saying "Klingon" stays an error, not "tlh".
    spoken = {
        language
        for territory in get_global("territory_languages")
        for language in get_official_languages(territory, de_facto=True)
    }
    tags: dict[str, str] = {}
    for tag in NAME_LANGUAGES:
        for code, name in Locale.parse(tag).languages.items():
            if code.split("_")[0] in spoken:
                tags.setdefault(fold(name), code.replace("_", "-"))
    tags.update({fold(alias): tag for alias, tag in LANGUAGE_ALIASES.items()})
    return tags


# The languages whose names for countries and languages a cell may use.
NAME_LANGUAGES = ("en", "de", "de_CH", "fr", "it", "es", "ru")
COUNTRY_ALIASES = {"USA": "US", "U.S.A.": "US", "UK": "GB", "England": "GB", "BRD": "DE"}
# Swiss German is spoken; letters from Switzerland are written in Swiss Standard German.
LANGUAGE_ALIASES = {"Schweizerdeutsch": "de-CH", "Hochdeutsch": "de", "Swiss German": "de-CH"}
_LIST_SEPARATORS = re.compile(r"\s*(?:[,;/+&]|\s(?:und|and|et|e|y|и)\s)\s*", re.IGNORECASE)


def country_code(value: str) -> str:
    """Return the ISO code of a country cell ("Schweiz", "Suisse", "CH" -> "CH").

    A value we do not know is returned as it is, for the record check to refuse.
    """
    if len(value) == 2:
        return value
    return _country_codes().get(fold(value), value)


_PLAIN_TAG = re.compile(r"[a-z]{2}(?:-[A-Za-z]{2})?")


def language_tags(value: str) -> str:
    """Return a languages cell as tags ("Deutsch, Englisch" -> "de, en").

    A part we do not know is kept as it is, for the record check to refuse.
    """
    from .l10n import normalize_tag

    def tag(part: str) -> str | None:
        if _PLAIN_TAG.fullmatch(part):
            # "de", "de-CH": no language's name reads so (a test checks), so the names of
            # every language in seven languages (~40 MB, ~0.2 s) are not read for them.
            try:
                return normalize_tag(part)
            except ValueError:
                return None
        named = _language_tags().get(fold(part))
        if named:
            return named
        if not any(char.isspace() for char in part) and (
            len(part) <= 3 or "-" in part or "_" in part
        ):
            try:
                return normalize_tag(part)
            except ValueError:
                return None
        return None

    tags: list[str] = []
    for part in filter(None, _LIST_SEPARATORS.split(value.strip())):
        found = tag(part)
        words = [tag(word) for word in part.split()] if found is None else [found]
        if None in words:
            return value
        tags += [word for word in words if word]
    return ", ".join(tags)


def _supporter(number: int, cells: Sequence[str], columns: Columns) -> Supporter | list[RowError]:
    data: dict[str, Any] = {}
    parts: dict[str, str] = {}
    extra: dict[str, str] = {}
    extra_column: dict[str, str] = {}
    # Every bad cell of the row is its own error, so errors.csv lists them all at once.
    errors: list[RowError] = []
    fields = columns.fields
    last = max(fields)
    # Only the row's own cells are looked at: a wide header costs nothing per short row.
    for index, cell in enumerate(cells):
        value = cell.strip()
        if not value:
            continue
        if index not in fields:
            if index > last:
                stray = Message("more cells than header columns (a stray delimiter?)")
                return [RowError(number, None, stray)]
            continue
        written, target = fields[index]
        value = normalize_line_breaks(value)
        problem = text_problem(value, single_line=target not in (None, *_MULTILINE_COLUMNS))
        if problem:
            errors.append(RowError(number, written, problem))
        elif target is None:
            key = normalize_header(written)
            extra[key] = value
            extra_column[key] = written
        elif target in PART_FIELDS:
            parts[target] = value
        else:
            data[target] = value
    _join_parts(data, parts, columns)
    if "country" in data:
        data["country"] = country_code(data["country"])
    if "languages" in data:
        data["languages"] = language_tags(data["languages"])
    if extra:
        data["extra"] = extra
    refused = {error.column for error in errors}
    errors += [
        RowError(number, columns.column_of(name) or name, Message("is empty"))
        for name in REQUIRED
        if name not in data and (columns.column_of(name) or name) not in refused
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
            column = columns.column_of(name) or name or None
        errors.append(RowError(number, column, fault.reason))
    order = {written: index for index, (written, _target) in enumerate(fields.values())}
    errors.sort(key=lambda error: order.get(error.column or "", len(order)))
    return errors


def _join_parts(data: dict[str, Any], parts: Mapping[str, str], columns: Columns) -> None:
    """Join a row's parts: first + last name into `name`, street and house number."""
    names = [parts[part] for part in ("first_name", "last_name") if part in parts]
    if names and "name" not in data:
        data["name"] = " ".join(names)
    line = parts.get("street_line")
    if line:
        data["street"] = f"{data['street']}\n{line}" if data.get("street") else line
    number = parts.get("house_number")
    if number and data.get("street"):
        first, _sep, rest = data["street"].partition("\n")
        # French addresses put the number first ("12 rue de la Paix").
        french = fold(columns.column_of("house_number") or "") == "numero"
        first = f"{number} {first}" if french else f"{first} {number}"
        data["street"] = first + ("\n" + rest if rest else "")
