"""Hostile inputs: case files, sender files, supporters lists, stdin and email fields.

Each payload is a file an attacker could mail to a coordinator. Every one must end in one
line on stderr that names the file, the line or row and the field, exit code 3 (6 where
the other rows of a batch were written), no traceback, and nothing written for it; none may
run code. See docs/security.md for the limits.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import datetime as dt
import email
import email.policy
import io
import zipfile
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

import ualetters
from ualetters.cli import app
from ualetters.errors import EXIT_INVALID, EXIT_PARTIAL, CaseFileError, SenderError
from ualetters.textsafety import clean_terminal

from .conftest import CASE_FILE, SENDER_FILE

CASE_TEXT = CASE_FILE.read_text(encoding="utf-8")
TITLE_EN = "  en: Health of prisoner of conscience at risk\n"
NAME_EN = "      en: Azimjan Askarov\n"
HEADER = "name,street,postal_code,city,country,language\n"
GOOD_ROW = "Anna Muster,Beispielweg 12,3011,Bern,CH,de-CH\n"


def run(*args: str | Path, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def generate(case: Path | str, out: Path, *extra: str, stdin: bytes | None = None):
    return run(
        "generate",
        case,
        "--sender",
        SENDER_FILE,
        "--date",
        "2020-07-23",
        "--out",
        out,
        *extra,
        stdin=stdin,
    )


def assert_refused(result: tuple[int, str, str], where: str, *words: str) -> str:
    """Exit 3, stdout empty, exactly one stderr line starting with `where`, holding `words`."""
    code, stdout, stderr = result
    assert code == EXIT_INVALID, stderr
    assert stdout == ""
    assert stderr.count("\n") == 1 and stderr.endswith("\n"), stderr
    assert stderr.startswith(f"error: {where}"), stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert stderr.isprintable() or stderr[:-1].isprintable(), repr(stderr)
    for word in words:
        assert word in stderr, stderr
    return stderr


def assert_nothing_in(out: Path) -> None:
    assert not out.exists() or not any(out.iterdir())


def case_with(tmp_path: Path, old: str, new: str, name: str = "case.yaml") -> Path:
    """Write the bundled case with one change, which must apply."""
    assert old in CASE_TEXT, old
    path = tmp_path / name
    path.write_text(CASE_TEXT.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, start: str) -> int:
    text = path.read_bytes().decode("utf-8", "replace")
    return next(n for n, line in enumerate(text.split("\n"), 1) if line.startswith(start))


def alias_bomb() -> str:
    """Return the classic 'billion laughs' in YAML: nine levels of nine aliases, ~300 bytes."""
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def merge_bomb() -> str:
    """Return a merge-key bomb: each mapping merges the one before it nine times over."""
    lines = ["a: &a {a0: 1, a1: 1, a2: 1, a3: 1, a4: 1, a5: 1, a6: 1, a7: 1}"]
    for level in range(1, 9):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        refs = ", ".join([f"*{previous}"] * 9)
        lines.append(f"{name}: &{name} {{<<: [*{previous}], k{level}: [{refs}]}}")
    return "\n".join(lines) + "\n"


# --- case files: YAML structure -------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "line", "words"),
    [
        pytest.param(alias_bomb(), 7, ["g[1]:", "1,000,000 values"], id="alias-bomb"),
        pytest.param(merge_bomb(), 6, ["f.k5[8]:", "1,000,000 values"], id="merge-key-bomb"),
        pytest.param("ua: " + "[" * 5000 + "]" * 5000 + "\n", 1, ["40 levels"], id="deep-flow"),
        pytest.param(
            "".join("  " * depth + f"level{depth}:\n" for depth in range(60)),
            40,
            ["40 levels"],
            id="deep-block",
        ),
        pytest.param(
            "a: &deep " + "[" * 30 + "x" + "]" * 30 + "\nb: [[[[[[[[[[[[*deep]]]]]]]]]]]]\n",
            2,
            ["b[0]", "40 levels", "aliases"],
            id="deep-through-aliases",
        ),
        pytest.param("persons: &p [*p]\n", 1, ["persons[0]", "alias refers"], id="alias-cycle"),
        pytest.param("ua: !!binary aGVsbG8=\n", 1, ["ua:", "'!!binary'"], id="tag-binary"),
        pytest.param("persons: !!set {a, b}\n", 1, ["persons:", "'!!set'"], id="tag-set"),
        pytest.param("ua: !custom x\n", 1, ["ua:", "'!custom'"], id="tag-local"),
        pytest.param(
            "ua: 1\nid: " + "9" * 5000 + "\n", 2, ["id:", "5,000 characters"], id="bigint"
        ),
        pytest.param(
            "ua: !!bool perhaps\n", 1, ["ua:", "'perhaps' is not a !!bool"], id="tag-misfit"
        ),
        pytest.param("? [a, b]\n: 1\n", 1, ["a key must be a text"], id="list-as-key"),
        pytest.param(
            'ua: x\n"a\\nb": 1\n', 2, ["the key 'a\\nb': a line break"], id="key-line-break"
        ),
    ],
)
def test_yaml_structure_refused(tmp_path: Path, payload: str, line: int, words: list[str]) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(payload, encoding="utf-8")
    out = tmp_path / "out"
    assert_refused(generate(case, out), f"{case}:{line}: ", *words)
    assert_nothing_in(out)


def test_python_tag_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    case = case_with(
        tmp_path, "ai_index:", f"x: !!python/object/apply:os.system ['touch {marker}']\nai_index:"
    )
    out = tmp_path / "out"
    assert_refused(generate(case, out), f"{case}:{line_of(case, 'x:')}: x: ", "!!python/object")
    assert not marker.exists()
    assert_nothing_in(out)


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    case = tmp_path / "big.yaml"
    case.write_text(CASE_TEXT + "# " + "padding " * 375_000 + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert_refused(
        generate(case, out), f"{case}: ", "the file is 3.0 MB, more than the 2.0 MB allowed"
    )
    assert_nothing_in(out)


def test_five_megabyte_scalar_refused_on_every_way_in(tmp_path: Path) -> None:
    text = CASE_TEXT.replace(TITLE_EN, "  en: " + "x" * 5_000_000 + "\n")
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    assert_refused(generate(case, tmp_path / "out"), f"{case}: ", "5.0 MB")
    assert_refused(generate("-", tmp_path / "out", stdin=text.encode()), "<stdin>: ", "MB")
    with pytest.raises(CaseFileError, match=r"^<case>: the file is 5\.\d MB"):
        ualetters.load_case(text)
    big = ualetters.load_case(CASE_FILE).to_data()
    big["facts"] = "x" * 5_000_000
    with pytest.raises(CaseFileError, match=r"^<case>: facts: .*2,000,000 characters"):
        ualetters.load_case(big)
    assert_nothing_in(tmp_path / "out")


# --- case files: text fields ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "field", "words"),
    [
        pytest.param(
            TITLE_EN,
            '  en: "Health \\e]0;pwned\\a at risk"\n',
            "title.en",
            ["U+001B (ESC)"],
            id="esc-escape-in-title",
        ),
        pytest.param(
            TITLE_EN,
            "  en: Health \x1b[2J at risk\n",
            "title.en",
            ["U+001B (ESC)"],
            id="raw-esc-in-title",
        ),
        pytest.param(
            NAME_EN, '      en: "Azimjan\\vAskarov"\n', "persons[0].name.en", ["U+000B"], id="vt"
        ),
        pytest.param(
            NAME_EN, '      en: "Azimjan\\0"\n', "persons[0].name.en", ["U+0000 (NUL)"], id="nul"
        ),
        pytest.param(
            NAME_EN,
            '      en: "Azimjan\\LAskarov"\n',
            "persons[0].name.en",
            ["U+2028", "one line"],
            id="line-separator-in-name",
        ),
        pytest.param(
            TITLE_EN,
            "  en: Health\x85at risk\n",
            "title.en",
            ["U+0085"],
            id="raw-nel-in-title",
        ),
        pytest.param(
            NAME_EN,
            '      en: "Azimjan\\ud800"\n',
            "persons[0].name.en",
            ["U+D800"],
            id="surrogate",
        ),
    ],
)
def test_control_characters_in_case_fields(
    tmp_path: Path, old: str, new: str, field: str, words: list[str]
) -> None:
    case = case_with(tmp_path, old, new)
    line = line_of(case, new.split(":")[0] + ":" + new.split(":")[1][:4])
    out = tmp_path / "out"
    assert_refused(generate(case, out), f"{case}:{line}: {field}: ", *words)
    assert_nothing_in(out)


def test_check_prints_nothing_a_terminal_obeys(tmp_path: Path) -> None:
    # A key cannot hold ESC either; its message names the key, printed without the sequence.
    bad = case_with(tmp_path, "ai_index:", "\x1b]0;pwned\x07\x1b[2Jx: 1\nai_index:", "bad.yaml")
    code, stdout, stderr = run("check", bad, "--date", "2020-07-23")
    assert code == EXIT_INVALID
    assert "\x1b" not in stderr and "\x07" not in stderr
    assert stderr.startswith(f"error: {bad}:{line_of(bad, chr(27))}: ")
    # Bidi overrides are allowed in a field (Arabic text needs its marks) but not on screen.
    shown = case_with(tmp_path, TITLE_EN, "  en: Health \u202eksir ta\u202c\n", "shown.yaml")
    code, stdout, stderr = run("check", shown, "--date", "2020-07-23")
    assert code == 0, stderr
    assert "Health ksir ta" in stdout and "\u202e" not in stdout


def test_clean_terminal_removes_sequences() -> None:
    assert clean_terminal("UA \x1b]0;pwned\x07title\x1b[2J\x9b1m!\x1bc") == "UA title!"
    assert clean_terminal("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\") == "alink"
    assert clean_terminal("unended \x1b]0;osc\nnext line\tkept") == "unended \nnext line\tkept"
    assert clean_terminal("line\rover\x00written") == "lineoverwritten"


# --- encodings and binary content -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "line", "words"),
    [
        pytest.param(
            CASE_TEXT.encode()[:300] + b"\x00\x01binary\x89PNG",
            CASE_TEXT.encode()[:300].count(b"\n") + 1,
            ["NUL", "binary"],
            id="nul-bytes",
        ),
        pytest.param(
            codecs.BOM_UTF8 + "ua: UA 1/20\ntitle: Gefängnis\n".encode("cp1252"),
            2,
            ["byte-order mark", "0xe4"],
            id="bom-then-cp1252",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + "ua: UA 1/20\ntitle: x\n".encode("utf-16-le") + b"\x00",
            3,
            ["UTF-16", "odd number of bytes"],
            id="utf16-odd-length",
        ),
        pytest.param(
            "ua: UA 1/20\ntitle: x\n".encode("utf-16-le"),
            1,
            ["UTF-16 text without a byte-order mark"],
            id="utf16-without-bom",
        ),
        pytest.param(b"ua: UA 1/20\ntitle: \xfc\n", 2, ["not UTF-8", "0xfc"], id="latin-1"),
    ],
)
def test_encodings_and_binary(tmp_path: Path, raw: bytes, line: int, words: list[str]) -> None:
    case = tmp_path / "case.yaml"
    case.write_bytes(raw)
    out = tmp_path / "out"
    assert_refused(generate(case, out), f"{case}:{line}: ", *words)
    assert_refused(generate("-", out, stdin=raw), f"<stdin>:{line}: ", *words)
    with pytest.raises(CaseFileError, match=f"^upload:{line}: "):
        ualetters.sources.load_case_bytes(raw, "upload")
    assert_nothing_in(out)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_bytes(codecs.BOM_UTF16_LE + CASE_TEXT.encode("utf-16-le"))
    assert ualetters.load_case(case) == ualetters.load_case(CASE_FILE)


def test_stdin_random_binary(tmp_path: Path) -> None:
    blob = bytes(range(256)) * 8
    assert_refused(generate("-", tmp_path / "out", stdin=blob), "<stdin>:1: ", "NUL")
    assert_nothing_in(tmp_path / "out")


# --- API: text and mappings behave as files do ----------------------------------------------


def test_api_text_and_mapping_meet_the_same_limits() -> None:
    with pytest.raises(CaseFileError, match=r"^<case>:7: g\[1\]: the data grows"):
        ualetters.load_case(alias_bomb())
    nested: list[object] = []
    deep: dict[str, object] = {"ua": "UA 1/20", "persons": nested}
    for _ in range(100):
        nested.append([])
        nested = nested[0]  # type: ignore[assignment]
    with pytest.raises(CaseFileError, match=r"^<case>: persons(\[0\])+: nested more than 40"):
        ualetters.load_case(deep)
    cycle: dict[str, object] = {"ua": "UA 1/20"}
    cycle["persons"] = [cycle]
    with pytest.raises(CaseFileError, match="nested more than 40"):
        ualetters.load_case(cycle)
    shared: list[object] = ["x"] * 10
    for _ in range(8):
        shared = [shared] * 10  # ten shared references per level: 10**9 values once expanded
    with pytest.raises(CaseFileError, match="1,000,000 values"):
        ualetters.load_case({"ua": "UA 1/20", "persons": shared})
    with pytest.raises(CaseFileError, match=r"^<case>: title\.en: control character U\+001B"):
        ualetters.load_case({"ua": "UA 1/20", "title": {"en": "a\x1b[2Jb"}})
    with pytest.raises(CaseFileError, match=r"^<case>: demands\[0\]: a value of type bytes"):
        ualetters.load_case({"ua": "UA 1/20", "demands": [b"release"]})
    with pytest.raises(SenderError, match=r"^<sender>: name: control character U\+000D"):
        ualetters.load_sender({"name": "X\r\nBcc: a@b.c", "city": "Bern", "country": "CH"})


# --- sender files (TOML) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        pytest.param(
            '[sender]\nname = "Anna\\u001b]0;pwned\\u0007"\ncity = "Bern"\ncountry = "CH"\n',
            2,
            ["name: ", "U+001B (ESC)"],
            id="escaped-esc",
        ),
        pytest.param(
            '[sender]\nname = "Anna"\ncity = "Be\x0brn"\ncountry = "CH"\n',
            3,
            ["city: ", "U+000B"],
            id="raw-vertical-tab",
        ),
        pytest.param(
            '[sender]\nname = "Anna\\u2028Muster"\ncity = "Bern"\ncountry = "CH"\n',
            2,
            ["name: ", "U+2028", "one line"],
            id="line-separator",
        ),
        pytest.param(
            "[sender]\nextra = " + "[" * 50 + "]" * 50 + '\nname = "A"\n',
            2,
            ["40 levels"],
            id="deep-array",
        ),
    ],
)
def test_toml_sender_refused(tmp_path: Path, text: str, line: int, words: list[str]) -> None:
    sender = tmp_path / "sender.toml"
    sender.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run("generate", CASE_FILE, "--sender", sender, "--date", "2020-07-23", "--out", out)
    assert_refused(result, f"{sender}:{line}: ", *words)
    assert_nothing_in(out)


def test_toml_sender_oversize_and_nul(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text('[sender]\nname = "A"\n# ' + "x" * 2_500_000 + "\n", encoding="utf-8")
    with pytest.raises(SenderError, match=r"the file is 2\.5 MB, more than the 2\.0 MB allowed"):
        ualetters.load_sender(big)
    nul = tmp_path / "nul.toml"
    nul.write_bytes(b'[sender]\nname = "A"\ncity = "B\x00"\n')
    with pytest.raises(SenderError, match=rf"^{nul}:3: NUL|^{nul}:3: a NUL byte"):
        ualetters.load_sender(nul)


# --- supporters lists -----------------------------------------------------------------------


def batch(tmp_path: Path, supporters: Path, *extra: str) -> tuple[int, str, str]:
    return run(
        "batch",
        CASE_FILE,
        "--supporters",
        supporters,
        "--date",
        "2020-07-23",
        "--out",
        tmp_path / "out",
        "--jobs",
        "1",
        *extra,
    )


def error_rows(out: Path) -> list[dict[str, str]]:
    with (out / "errors.csv").open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def test_formula_cells_stay_plain_text(tmp_path: Path) -> None:
    formula = '=HYPERLINK("http://x")'
    members = tmp_path / "members.csv"
    members.write_text(
        HEADER + f'"{formula.replace(chr(34), 2 * chr(34))}",Beispielweg 12,3011,Bern,CH,de-CH\n',
        encoding="utf-8",
    )
    code, _, stderr = batch(tmp_path, members, "-f", "txt", "-f", "docx")
    assert code == 0, stderr
    out = tmp_path / "out"
    texts = [p.read_text(encoding="utf-8") for p in out.rglob("*.txt")]
    assert texts and all(formula in text for text in texts)
    for path in out.rglob("*.docx"):
        document = docx.Document(str(path))
        assert formula in "\n".join(p.text for p in document.paragraphs)
        body = zipfile.ZipFile(path).read("word/document.xml")
        assert b"fldSimple" not in body and b"instrText" not in body


@pytest.mark.parametrize(
    ("cell", "column", "words"),
    [
        pytest.param("Anna\x0bMuster", "name", ["U+000B (vertical tab)"], id="vt-in-name"),
        pytest.param("Anna\x1b]0;pwned\x07", "name", ["U+001B (ESC)"], id="esc-in-name"),
        pytest.param("Anna\u2028Muster", "name", ["U+2028", "one line"], id="ls-in-name"),
        pytest.param("Anna\x85Muster", "name", ["U+0085"], id="nel-in-name"),
    ],
)
def test_control_characters_in_cells_become_row_errors(
    tmp_path: Path, cell: str, column: str, words: list[str]
) -> None:
    members = tmp_path / "members.csv"
    members.write_text(
        HEADER + GOOD_ROW + f"{cell},Weg 1,3011,Bern,CH,de-CH\n" + GOOD_ROW, encoding="utf-8"
    )
    code, _, stderr = batch(tmp_path, members, "-f", "txt")
    assert code == EXIT_PARTIAL, stderr
    assert "Traceback" not in stderr and "\x1b" not in stderr
    [row] = error_rows(tmp_path / "out")
    assert row["row"] == "3" and row["column"] == column
    for word in words:
        assert word in row["reason"]
    # The two good rows have their letter (the case has one target); the bad row none.
    assert len(list((tmp_path / "out").rglob("*.txt"))) == 2


def test_line_breaks_in_a_cell_are_line_feeds(tmp_path: Path) -> None:
    members = tmp_path / "members.csv"
    members.write_bytes(
        (HEADER + '"Anna Muster","Beispielweg 12\r\nPostfach 7",3011,Bern,CH,de-CH\r\n').encode()
    )
    [supporter] = ualetters.read_supporters(members).supporters
    assert supporter.sender.street == ["Beispielweg 12", "Postfach 7"]


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        pytest.param(
            codecs.BOM_UTF8 + (HEADER + "Jürg Müller,Weg 1,3011,Bern,CH,de\n").encode("cp1252"),
            [":2: ", "byte-order mark", "0xfc"],
            id="bom-then-cp1252",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + (HEADER + GOOD_ROW).encode("utf-16-le") + b"A",
            [":3: ", "odd number of bytes"],
            id="utf16-odd-length",
        ),
        pytest.param(
            (HEADER + GOOD_ROW).encode("utf-16-le"),
            [":1: ", "UTF-16 text without a byte-order mark"],
            id="utf16-without-bom",
        ),
        pytest.param(
            ("name,str\x1beet,city,country\n" + GOOD_ROW).encode(),
            [":1: ", "column 2: control character U+001B"],
            id="esc-in-header",
        ),
    ],
)
def test_bad_supporters_files_write_nothing(tmp_path: Path, raw: bytes, words: list[str]) -> None:
    members = tmp_path / "members.csv"
    members.write_bytes(raw)
    assert_refused(batch(tmp_path, members), f"{members}:", *words)
    assert_nothing_in(tmp_path / "out")


def test_huge_supporters_file_is_not_read(tmp_path: Path) -> None:
    members = tmp_path / "members.csv"
    with members.open("wb") as file:
        file.write(HEADER.encode())
        file.truncate(60_000_000)  # sparse: no 60 MB written to disk
    assert_refused(
        batch(tmp_path, members),
        f"{members}: ",
        "the file is 60.0 MB, more than the 50.0 MB allowed",
    )
    assert_nothing_in(tmp_path / "out")


def test_damaged_xlsx(tmp_path: Path) -> None:
    members = tmp_path / "members.xlsx"
    members.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    assert_refused(batch(tmp_path, members), f"{members}: ", "damaged or not an Excel workbook")
    assert_nothing_in(tmp_path / "out")


def test_xlsx_zip_bomb(tmp_path: Path) -> None:
    members = tmp_path / "members.xlsx"
    with zipfile.ZipFile(members, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            chunk = b"\x00" * 1_000_000
            for _ in range(110):
                sheet.write(chunk)
    assert members.stat().st_size < 1_000_000
    assert_refused(batch(tmp_path, members), f"{members}: ", "unpacks to 110.0 MB", "100.0 MB")
    assert_nothing_in(tmp_path / "out")


def workbook(rows: list[list[object]], edits: list[tuple[bytes, bytes]] | None = None) -> bytes:
    """Return an .xlsx of `rows` (first row the header), its sheet's XML edited by `edits`."""
    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    edited = io.BytesIO()
    with zipfile.ZipFile(edited, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            for old, new in edits or [] if item.filename == "xl/worksheets/sheet1.xml" else []:
                assert old in data, data
                data = data.replace(old, new)
            target.writestr(item, data)
    return edited.getvalue()


def test_xlsx_cells_with_control_characters_and_lying_dimensions(tmp_path: Path) -> None:
    header = ["name", "street", "postal_code", "city", "country", "language"]
    rows = [header, ["Anna", "Weg 1", "3011", "Bern", "CH", "de"]]
    rows.append(["Eve-VT-", "Weg 2", "3011", "Bern", "CH", "de"])
    members = tmp_path / "members.xlsx"
    # XML cannot hold C0 controls, but C1 ones (here U+0085) are legal in a sheet's XML.
    # The sheet claims the largest size Excel allows: it must not be read as that large.
    edits = [
        (b"Eve-VT-", b"Eve&#x85;Mallory"),
        (b'<dimension ref="A1:F3"', b'<dimension ref="A1:XFD1048576"'),
    ]
    members.write_bytes(workbook(rows, edits))
    result = ualetters.read_supporters(members)
    assert [s.sender.name for s in result.supporters] == ["Anna"]
    [error] = result.errors
    assert (error.row, error.column) == (3, "name") and "U+0085" in error.reason


def test_xlsx_value_beyond_the_column_limit(tmp_path: Path) -> None:
    header = ["name", "street", "postal_code", "city", "country", "language"]
    rows: list[list[object]] = [header, ["Anna", "Weg 1", "3011", "Bern", "CH", "de"]]
    rows.append(["Eve", "Weg 2", "3011", "Bern", "CH", "de", *[None] * 2000, "far away"])
    members = tmp_path / "members.xlsx"
    members.write_bytes(workbook(rows))
    assert_refused(batch(tmp_path, members), f"{members}:3: ", "beyond column 1,000")
    assert_nothing_in(tmp_path / "out")


# --- email drafts ---------------------------------------------------------------------------


def mail_letter():
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(
        {"name": "Anna", "city": "Bern", "country": "CH", "email": "anna@example.ch"}
    )
    letter = ualetters.letters_for(case, sender, date=dt.date(2020, 7, 23), lang="en")[0]
    return dataclasses.replace(letter, recipient_email="president@example.kg")


@pytest.mark.parametrize("brk", ["\r\n", "\n", "\r", "\u2028", "\u2029", "\x85", "\x0b"])
def test_eml_headers_never_split(brk: str) -> None:
    from ualetters.writers.eml import to_eml

    letter = dataclasses.replace(
        mail_letter(),
        subject=f"Release him{brk}Bcc: subject@evil.example",
        sender_name=f"Anna{brk}Bcc: from@evil.example",
        recipient_name_lines=(f"President{brk}Bcc: to@evil.example",),
    )
    message = email.message_from_bytes(to_eml(letter), policy=email.policy.default)
    assert message["Bcc"] is None
    assert message["Subject"] == "Release him Bcc: subject@evil.example"
    assert message["From"].addresses[0].display_name == "Anna Bcc: from@evil.example"
    assert message["To"].addresses[0].display_name == "President Bcc: to@evil.example"


def test_eml_from_a_sender_file_with_a_line_break_in_the_name(tmp_path: Path) -> None:
    sender = tmp_path / "sender.toml"
    sender.write_text(
        '[sender]\nname = "Anna\\nBcc: victim@evil.example"\ncity = "Bern"\ncountry = "CH"\n'
        'email = "anna@example.ch"\n',
        encoding="utf-8",
    )
    case = case_with(
        tmp_path,
        "targets:\n  - id: president\n",
        "targets:\n  - id: president\n    email: p@example.kg\n",
    )
    code, _, stderr = run(
        "generate",
        case,
        "--sender",
        sender,
        "--date",
        "2020-07-23",
        "-f",
        "eml",
        "-o",
        tmp_path / "out",
    )
    # A name is one line: the sender file is refused, naming the line and the field.
    assert code == EXIT_INVALID, stderr
    assert f"{sender}:2: sender.name: U+000A (line feed) is not allowed here" in stderr
    assert not (tmp_path / "out").exists()
    # A library user who builds the letter by hand still gets one header line.
    letters = ualetters.letters_for(
        ualetters.load_case(case),
        ualetters.load_sender({"name": "Anna", "city": "Bern", "country": "CH",
                               "email": "anna@example.ch"}),
        date=dt.date(2020, 7, 23),
    )  # fmt: skip
    forged = dataclasses.replace(letters[0], sender_name="Anna\nBcc: victim@evil.example")
    message = email.message_from_bytes(ualetters.to_eml(forged), policy=email.policy.default)
    assert message["Bcc"] is None
    assert message["From"].addresses[0].display_name == "Anna Bcc: victim@evil.example"


def test_xlsx_xml_entity_bomb(tmp_path: Path) -> None:
    # Ten levels of ten entities: a billion 'lol's if the XML parser expanded them.
    entities = '<!ENTITY a "lollollollollollollollollollol">' + "".join(
        f'<!ENTITY {chr(98 + level)} "' + f"&{chr(97 + level)};" * 10 + '">' for level in range(9)
    )
    header = ["name", "street", "postal_code", "city", "country", "language"]
    rows: list[list[object]] = [header, ["LOL", "Weg 1", "3011", "Bern", "CH", "de"]]
    edits = [(b"<worksheet", f"<!DOCTYPE d [{entities}]><worksheet".encode()), (b">LOL<", b">&j;<")]
    members = tmp_path / "members.xlsx"
    members.write_bytes(workbook(rows, edits))
    assert_refused(batch(tmp_path, members), f"{members}:", "cannot read as .xlsx")
    assert_nothing_in(tmp_path / "out")


ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="S">'
    "<table:table-row>"
    + "".join(
        f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>'
        for h in ("name", "city", "country")
    )
    + "</table:table-row>{rows}</table:table></office:spreadsheet></office:body>"
    "</office:document-content>"
)


def ods(path: Path, rows: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", ODS_CONTENT.replace("{rows}", rows))
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
    return path


@pytest.mark.parametrize(
    ("rows", "columns"), [(2000, 20000), (1_000_000, 3), (1, 16384)], ids=["cells", "rows", "wide"]
)
def test_an_ods_that_repeats_cells_past_the_limits_is_refused_before_it_is_read(
    tmp_path: Path, rows: int, columns: int
) -> None:
    """800 bytes that say "this cell, 20,000 times, 2,000 rows" took gigabytes to read."""
    cell = (
        f'<table:table-cell table:number-columns-repeated="{columns}" '
        'office:value-type="string"><text:p>x</text:p></table:table-cell>'
    )
    bomb = ods(
        tmp_path / "members.ods",
        f'<table:table-row table:number-rows-repeated="{rows}">{cell}</table:table-row>',
    )
    assert bomb.stat().st_size < 2000
    assert_refused(
        batch(tmp_path, bomb), f"{bomb}: the workbook repeats its cells past 200,000 rows"
    )
    assert_nothing_in(tmp_path / "out")
    # Repeated empty cells (the rest of a sheet, as LibreOffice writes it) cost nothing.
    fine = ods(
        tmp_path / "fine.ods",
        "<table:table-row>"
        + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
            for v in ("Anna", "Bern", "CH")
        )
        + '<table:table-cell table:number-columns-repeated="16000"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>',
    )
    code, _stdout, stderr = batch(tmp_path, fine, "--format", "txt")
    assert code == 0, stderr


def test_a_path_with_a_nul_byte_is_a_file_not_found() -> None:
    """The library's API: `load_case("a\\x00b")` raised a bare ValueError before."""
    with pytest.raises(CaseFileError, match=r"^'a\\x00b.yaml': file not found$"):
        ualetters.load_case("a\x00b.yaml")
    with pytest.raises(SenderError, match="file not found"):
        ualetters.load_sender("s\x00.toml")


def test_an_ods_saved_under_an_xlsx_name_says_so(tmp_path: Path) -> None:
    """Before: "cannot read as .xlsx (KeyError)"."""
    renamed = ods(tmp_path / "members.xlsx", "")
    assert_refused(
        batch(tmp_path, renamed),
        f"{renamed}: a spreadsheet named .xlsx; rename it to .xlsx, .ods or .xls after its real "
        "type",
    )
