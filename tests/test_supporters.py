"""Supporters lists as coordinators keep them: Excel CSV exports and .xlsx files."""

from __future__ import annotations

from pathlib import Path

import pytest

from ualetters.errors import InputError
from ualetters.supporters import parse_mapping, read_supporters

DATA = Path(__file__).parent / "data" / "batch"
EXCEL_UTF8 = DATA / "members-excel-utf8.csv"
EXCEL_CP1252 = DATA / "members-excel-cp1252.csv"


def test_excel_utf8_export_with_bom_semicolons_padded_headers() -> None:
    result = read_supporters(EXCEL_UTF8)
    assert result.encoding == "utf-8-sig"
    names = [s.sender.name for s in result.supporters]
    assert names == [
        "Anna Beispiel",
        "Marie O'Brien",
        "Jean & Söhne <GmbH>",
        "Ольга Петрова",
        "ليلى حسن",
        "Anna Beispiel",
        "Nur Japanisch",
    ]
    # Row numbers are the file's line numbers (header = 1), blank lines included.
    assert [s.row for s in result.supporters] == [2, 3, 5, 7, 8, 10, 13]
    assert result.blank == 3
    assert result.rows == 9  # 7 supporters + 2 rows in error; blank lines are not rows


def test_quoted_cell_with_line_break_gives_two_street_lines() -> None:
    jean = read_supporters(EXCEL_UTF8).supporters[2].sender
    assert jean.street == ["Hauptstraße 5", "Hinterhaus"]
    assert jean.note == "Ich bin Lehrerin; meine Schüler fragen nach ihm."


def test_unknown_columns_go_to_extra_under_normalized_names() -> None:
    anna = read_supporters(EXCEL_UTF8).supporters[0].sender
    assert anna.email == "anna@example.org"  # "E-Mail " matched
    assert anna.extra == {"group": "Bern"}
    assert anna.languages == ["de-CH"]


def test_bad_rows_name_row_column_and_reason() -> None:
    errors = [str(e) for e in read_supporters(EXCEL_UTF8).errors]
    assert errors == [
        "row 11: Country: 'XX' is not a country code (ISO 3166, e.g. CH, DE, KG)",
        "row 12: CITY: is empty",
    ]


def test_windows_1252_is_detected_and_columns_can_be_mapped() -> None:
    result = read_supporters(EXCEL_CP1252, mapping=parse_mapping(["Straße=street"]))
    assert result.encoding == "cp1252"
    senders = [s.sender for s in result.supporters]
    assert [s.name for s in senders] == ["Jürgen Müller", "Françoise Lefèvre", "Zoë O'Connor"]
    assert senders[1].city == "Genève"
    assert senders[2].street == ["Bahnhofstrasse 1", "c/o Café Élan"]
    assert result.blank == 1


def test_named_encoding_wins() -> None:
    result = read_supporters(EXCEL_CP1252, mapping={"straße": "street"}, encoding="latin-1")
    assert result.supporters[0].sender.name == "Jürgen Müller"


def test_missing_required_column_is_a_file_error_with_a_hint(tmp_path: Path) -> None:
    # "Straße" is recognised now (it was the example of a missing column before).
    members = tmp_path / "members.csv"
    members.write_text("name;Straße;Wohnsitz;country\nA;Weg 1;Bern;CH\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_supporters(members)
    assert str(caught.value).startswith(f"{members}:1: no column for city")
    assert "mapping COLUMN=city" in str(caught.value)  # the CLI says --map


def test_tab_and_comma_delimiters(tmp_path: Path) -> None:
    tabbed = tmp_path / "members.tsv"
    tabbed.write_text("name\tstreet\tcity\tcountry\nA, B\tX 1\tBern\tCH\n", encoding="utf-8")
    assert read_supporters(tabbed).supporters[0].sender.name == "A, B"
    commas = tmp_path / "members.csv"
    commas.write_text('name,street,city,country\n"Doe; Jane",X 1,Bern,ch\n', encoding="utf-8")
    sender = read_supporters(commas).supporters[0].sender
    assert (sender.name, sender.country) == ("Doe; Jane", "CH")


def test_bad_map_and_unknown_encoding_are_usage_errors() -> None:
    # The library names its parameter; the CLI names the option (--map, --encoding).
    with pytest.raises(InputError, match="mapping: 'Wohnort' is not COLUMN=FIELD") as caught:
        parse_mapping(["Wohnort"])
    assert caught.value.exit_code == 2
    with pytest.raises(InputError, match="'town' is not a supporter field"):
        parse_mapping(["Wohnort=town"])
    with pytest.raises(InputError, match="encoding: unknown encoding 'klingon'") as caught:
        read_supporters(EXCEL_UTF8, encoding="klingon")
    assert caught.value.exit_code == 2


def test_bad_map_option_names_the_option(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from ualetters.cli import app

    args = ["batch", "examples/askarov.yaml", "--supporters", str(EXCEL_UTF8)]
    result = CliRunner().invoke(app, [*args, "--out", str(tmp_path), "--map", "Wohnort"])
    assert result.exit_code == 2
    assert result.stderr == "error: --map: 'Wohnort' is not COLUMN=FIELD\n"


def test_xlsx_rows_numbers_and_cells(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([" Name", "Street", "Postal_Code", "City", "Country", "Language", "Note"])
    sheet.append(["Ольга Петрова", "Tverskaya 1", 125009, "Moscow", "RU", "en", None])
    sheet.append([None, None, None, None, None, None, None])
    sheet.append(
        [
            "Jean & Söhne <GmbH>",
            "Hauptstraße 5\nHinterhaus",
            10115,
            "Berlin",
            "DE",
            "de",
            "Ich bin Lehrerin.",
        ]
    )
    sheet.append(["Ohne Land", "Weg 1", 3000, "Bern", None, "de", None])
    path = tmp_path / "members.xlsx"
    book.save(path)
    result = read_supporters(path)
    assert [s.row for s in result.supporters] == [2, 4]
    olga, jean = (s.sender for s in result.supporters)
    assert olga.postal_code == "125009"  # a number cell, not "125009.0"
    assert jean.street == ["Hauptstraße 5", "Hinterhaus"]
    assert [str(e) for e in result.errors] == ["row 5: Country: is empty"]
    assert result.blank == 1


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"nope\.csv: file not found"):
        read_supporters(tmp_path / "nope.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="the file is empty"):
        read_supporters(empty)
    # .xls is read now (test_supporter_columns.py); a missing one is still not found.
    with pytest.raises(InputError, match=r"old\.xls: file not found"):
        read_supporters(tmp_path / "old.xls")


def test_header_without_rows_is_an_error(tmp_path: Path) -> None:
    only_header = tmp_path / "members.csv"
    only_header.write_text("name;street;city;country\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no supporters: the file has a header row but no data"):
        read_supporters(only_header)
