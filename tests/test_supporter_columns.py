"""Members' lists as coordinators keep them: headers and values in their own language."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from ualetters.errors import InputError, UsageError
from ualetters.supporters import country_code, language_tags, read_supporters

from .helpers import DATA

GERMAN = ("Name", "Strasse", "PLZ", "Ort", "Land", "Sprache", "E-Mail")
ANNA = ("Anna Beispiel", "Beispielweg 12", "3011", "Bern", "Schweiz", "Deutsch", "anna@example.org")


def members(tmp_path: Path, *rows: tuple[str, ...], name: str = "members.csv") -> Path:
    path = tmp_path / name
    path.write_text("".join(";".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_the_german_spreadsheet_maps_itself(tmp_path: Path) -> None:
    result = read_supporters(members(tmp_path, GERMAN, ANNA))
    (anna,) = (s.sender for s in result.supporters)
    assert (anna.postal_code, anna.city, anna.country, anna.languages) == (
        "3011",
        "Bern",
        "CH",
        ["de"],
    )
    assert anna.street == ["Beispielweg 12"] and anna.email == "anna@example.org"
    assert [str(line) for line in result.mapping()] == [
        "columns used: Name → name, Strasse → street, PLZ → postal_code, Ort → city, "
        "Land → country, Sprache → languages, E-Mail → email"
    ]


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        (
            ("Prénom", "Nom", "Adresse", "NPA", "Localité", "Pays", "Langue", "Courriel"),
            ("Jean", "Exemple", "Rue du Lac 3", "1003", "Lausanne", "Suisse", "français", "j@x.ch"),
            ("Jean Exemple", "1003", "Lausanne", "CH", ["fr"]),
        ),
        (
            ("Nome", "Cognome", "Indirizzo", "CAP", "Località", "Paese", "Lingua"),
            ("Lucia", "Esempio", "Via Nassa 5", "6900", "Lugano", "Svizzera", "italiano, tedesco"),
            ("Lucia Esempio", "6900", "Lugano", "CH", ["it", "de"]),
        ),
        (
            ("Vorname", "Nachname", "Straße", "Postleitzahl", "Wohnort", "Land", "Sprachen"),
            (
                "Zoë",
                "Ağaoğlu",
                "Musterstraße 5",
                "10115",
                "Berlin",
                "Deutschland",
                "Deutsch und Englisch",
            ),
            ("Zoë Ağaoğlu", "10115", "Berlin", "DE", ["de", "en"]),
        ),
        (
            ("First name", "Last name", "Address", "ZIP", "Town", "Country", "Languages"),
            ("Jane", "Doe", "1 Main St", "02139", "Cambridge", "USA", "English, Spanish"),
            ("Jane Doe", "02139", "Cambridge", "US", ["en", "es"]),
        ),
        (  # a whole "Nom" is the name; language tags as before
            ("Nom", "Localité", "Pays", "Langue"),
            ("Jean Exemple", "Genève", "CH", "fr-CH en"),
            ("Jean Exemple", None, "Genève", "CH", ["fr-CH", "en"]),
        ),
    ],
)
def test_headers_and_values_in_four_languages(
    tmp_path: Path, header: tuple[str, ...], row: tuple[str, ...], expected: tuple[object, ...]
) -> None:
    (supporter,) = read_supporters(members(tmp_path, header, row)).supporters
    who = supporter.sender
    assert (who.name, who.postal_code, who.city, who.country, who.languages) == expected


def test_country_and_language_names_from_cldr() -> None:
    assert [country_code(v) for v in ("Schweiz", "suisse", "Svizzera", "Switzerland")] == ["CH"] * 4
    assert [country_code(v) for v in ("Deutschland", "Allemagne", "Germania", "de")] == [
        "DE",
        "DE",
        "DE",
        "de",  # a code stays as typed; the record check makes it upper case
    ]
    assert country_code("Schwiez") == "Schwiez"  # unknown: left for the check to refuse
    assert language_tags("Deutsch, français; italiano") == "de, fr, it"
    assert language_tags("Schweizerdeutsch") == "de-CH"
    assert language_tags("de-CH en") == "de-CH, en"
    assert language_tags("Elbisch") == "Elbisch"


def test_unknown_names_are_row_errors_naming_the_column(tmp_path: Path) -> None:
    bad = ("Eve", "Weg 1", "3011", "Bern", "Schwiez", "Elbisch", "eve@example.org")
    result = read_supporters(members(tmp_path, GERMAN, ANNA, bad))
    assert [s.sender.name for s in result.supporters] == ["Anna Beispiel"]
    assert [(e.row, e.column) for e in result.errors] == [(3, "Land"), (3, "Sprache")]
    assert "'Schwiez' is not a country code" in str(result.errors[0])


def test_a_remarks_column_never_reaches_letters_unasked(tmp_path: Path) -> None:
    path = members(tmp_path, (*GERMAN, "Bemerkung"), (*ANNA, "zahlt bar"))
    with pytest.raises(InputError) as caught:
        read_supporters(path)
    assert caught.value.exit_code == 3
    assert str(caught.value) == (
        f"{path}:1: column 'Bemerkung' may hold your own remarks; the field note puts a "
        "column into every letter: give mapping Bemerkung=note to write it into the letters, "
        "or extra Bemerkung to keep it out"
    )
    kept = read_supporters(path, extra=["Bemerkung"]).supporters[0].sender
    assert (kept.note, kept.extra) == (None, {"bemerkung": "zahlt bar"})
    written = read_supporters(path, mapping={"Bemerkung": "note"}).supporters[0].sender
    assert written.note == "zahlt bar"


def test_every_column_that_looks_like_a_missing_field_is_named(tmp_path: Path) -> None:
    header = ("Name", "Strasse", "Postleitzahl privat", "Ort", "Land", "E-Mail privat")
    row = ("Anna", "Weg 1", "3011", "Bern", "CH", "a@example.org")
    with pytest.raises(InputError) as caught:
        read_supporters(members(tmp_path, header, row))
    assert [p.reason for p in caught.value.problems] == [
        "column 'Postleitzahl privat' looks like the field postal_code, which no column "
        "gives; give mapping 'Postleitzahl privat=postal_code' to use it, or extra "
        "'Postleitzahl privat' to keep it for templates only",
        "column 'E-Mail privat' looks like the field email, which no column gives; give "
        "mapping 'E-Mail privat=email' to use it, or extra 'E-Mail privat' to keep it for "
        "templates only",
    ]
    # A second email column beside the first loses nothing: it is listed as not used.
    both = read_supporters(members(tmp_path, (*header, "E-Mail"), (*row, "b@example.org")),
                           extra=["Postleitzahl privat"])  # fmt: skip
    assert both.unused == ["Postleitzahl privat", "E-Mail privat"]
    assert str(both.mapping()[1]) == (
        "columns not used (templates see them as sender.extra): Postleitzahl privat, E-Mail privat"
    )


def test_the_api_honours_and_checks_its_mapping(tmp_path: Path) -> None:
    header = ("Name", "Strasse", "Ort", "Land", "Korrespondenz")
    path = members(tmp_path, header, ("Anna", "Weg 1", "Bern", "CH", "Französisch"))
    sender = read_supporters(path, mapping={"Korrespondenz": "language"}).supporters[0].sender
    assert sender.languages == ["fr"]
    with pytest.raises(UsageError) as typo:
        read_supporters(path, mapping={"Korrespondenz": "langauge"})
    assert (typo.value.exit_code, typo.value.parameter) == (2, "mapping")
    assert "'langauge' is not a supporter field" in str(typo.value)
    with pytest.raises(UsageError) as absent:
        read_supporters(path, mapping={"Sprache": "language"})
    assert str(absent.value) == (
        f"mapping: {path} has no column 'sprache' (columns: Name, Strasse, Ort, Land, "
        "Korrespondenz)"
    )
    with pytest.raises(UsageError, match=r"extra: .* has no column 'notiz'"):
        read_supporters(path, extra=["Notiz"])


def test_street_is_optional_as_for_a_saved_sender(tmp_path: Path) -> None:
    path = members(tmp_path, ("Name", "Ort", "Land"), ("Anna", "Bern", "CH"))
    (anna,) = read_supporters(path).supporters
    assert anna.sender.street == []


def test_area_house_number_and_two_name_columns(tmp_path: Path) -> None:
    header = ("Vorname", "Nachname", "Strasse", "Hausnummer", "PLZ", "Ort", "Kanton", "Land")
    row = ("Anna", "Beispiel", "Beispielweg", "12", "3011", "Bern", "BE", "CH")
    (anna,) = (s.sender for s in read_supporters(members(tmp_path, header, row)).supporters)
    assert (anna.name, anna.street, anna.area) == ("Anna Beispiel", ["Beispielweg 12"], "BE")
    french = ("Nom", "Prénom", "Numéro", "Rue", "NPA", "Localité", "Pays")
    line = ("Exemple", "Jean", "3", "rue du Lac", "1003", "Lausanne", "Suisse")
    (jean,) = (s.sender for s in read_supporters(members(tmp_path, french, line)).supporters)
    assert (jean.name, jean.street) == ("Jean Exemple", ["3 rue du Lac"])


def _ods(path: Path, rows: list[tuple[str, ...]]) -> Path:
    """Write a minimal OpenDocument spreadsheet (as LibreOffice Calc saves one)."""
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p>'
            "</table:table-cell>"
            for v in row
        )
        + "</table:table-row>"
        for row in rows
    )
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Mitglieder">{cells}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def test_ods_and_xls_are_read(tmp_path: Path) -> None:
    ods = _ods(tmp_path / "members.ods", [GERMAN, ANNA])
    (anna,) = read_supporters(ods).supporters
    assert (anna.sender.name, anna.sender.postal_code, anna.sender.country) == (
        "Anna Beispiel",
        "3011",
        "CH",
    )
    # Written by xlwt (Excel 97-2003): postal codes are number cells there.
    xls = read_supporters(DATA / "batch" / "members-de.xls")
    assert [(s.sender.name, s.sender.postal_code, s.sender.country, s.sender.languages)
            for s in xls.supporters] == [
        ("Anna Beispiel", "3011", "CH", ["de"]),
        ("Jean Exemple", "1003", "CH", ["fr"]),
    ]  # fmt: skip


def test_a_spreadsheet_in_disguise_and_a_damaged_one_are_refused(tmp_path: Path) -> None:
    disguised = tmp_path / "members.csv"
    disguised.write_bytes(_ods(tmp_path / "x.ods", [GERMAN, ANNA]).read_bytes())
    with pytest.raises(InputError, match=r"a spreadsheet named \.csv; rename it to \.xlsx"):
        read_supporters(disguised)
    damaged = tmp_path / "members.ods"
    damaged.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(InputError, match=r"cannot read as \.ods: the file is damaged"):
        read_supporters(damaged)
    broken = tmp_path / "members.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(200))
    with pytest.raises(InputError, match=r"cannot read as \.xls: the file is damaged"):
        read_supporters(broken)


def test_no_language_name_reads_as_a_plain_tag() -> None:
    # `language_tags` takes "de" and "de-CH" as tags without looking at the names.
    import re

    from ualetters.supporters import _PLAIN_TAG, _language_tags, fold

    assert not [
        name for name in _language_tags()
        if any(_PLAIN_TAG.fullmatch(fold(tag)) for tag in (name, name.replace(" ", "-")))
        or re.fullmatch(r"[a-z]{2}( [a-z]{2})?", name)
    ]  # fmt: skip


def test_two_address_line_columns_make_two_street_lines(tmp_path: Path) -> None:
    """ "Address line 1", "Address line 2" as many spreadsheets have them: before, both were
    refused as "looks like the field street", and mapping both to street was refused too."""
    members = tmp_path / "members.csv"
    members.write_text(
        "Name,Address line 1,Address line 2,Postcode,City,Country,Language\n"
        "Sam Example,Flat 2,1 High St,SW1A 1AA,London,GB,en\n"
        "Jo Example,2 Low Rd,,SW1A 2AA,London,GB,en\n",
        encoding="utf-8",
    )
    read = read_supporters(members)
    assert [s.sender.street for s in read.supporters] == [["Flat 2", "1 High St"], ["2 Low Rd"]]
    assert "Address line 2 → street_line" in read.mapping()[0]
    german = tmp_path / "mitglieder.csv"
    german.write_text(
        "Name;Strasse;Hausnummer;Adresszusatz;PLZ;Ort;Land\nAnna;Weg;12;c/o Muster;3011;Bern;CH\n",
        encoding="utf-8",
    )
    (anna,) = read_supporters(german).supporters
    assert anna.sender.street == ["Weg 12", "c/o Muster"]
