"""`ualetters batch`: letter packs for every supporter, nothing lost, same bytes every time."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import docx
import pytest

from .conftest import CASE_FILE, ROOT
from .helpers import LETTER_DATE, Ran, run

DATA = Path(__file__).parent / "data" / "batch"
MEMBERS = DATA / "members-excel-utf8.csv"
THREE_TARGETS = ROOT / "benchmarks" / "three_targets.yaml"
DATE = "2020-07-23"


def batch(*args: str | Path) -> Ran:
    return run("batch", *args)


def files(folder: Path) -> dict[str, bytes]:
    """Return every file under `folder` by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


def test_bad_rows_are_reported_and_the_others_written(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    result = batch(CASE_FILE, "--supporters", MEMBERS, "--out", out, "--date", DATE)
    assert result.code == 6, result.stderr
    err = result.stderr
    assert f"{MEMBERS}: row 11: Country: 'XX' is not a country code" in err
    assert f"{MEMBERS}: row 12: CITY: is empty" in err
    assert f"{MEMBERS}: row 13: language: no letter template for ja" in err
    summary = err.strip().splitlines()[-1]
    assert "9 rows = 6 written + 3 reported (see errors.csv)" in summary
    assert "3 blank lines skipped" in summary
    assert result.stdout == ""

    with open(out / "errors.csv", encoding="utf-8-sig", newline="") as stream:
        errors = list(csv.DictReader(stream))
    assert [(e["row"], e["column"]) for e in errors] == [
        ("11", "Country"),
        ("12", "CITY"),
        ("13", "language"),
    ]
    with open(out / "manifest.csv", encoding="utf-8-sig", newline="") as stream:
        manifest = list(csv.DictReader(stream))
    assert [m["supporter"] for m in manifest] == [
        "Anna Beispiel",
        "Marie O'Brien",
        "Jean & Söhne <GmbH>",
        "Ольга Петрова",
        "ليلى حسن",
        "Anna Beispiel",
    ]
    folders = [m["file"].split("/")[0] for m in manifest]
    assert folders == [
        "Anna-Beispiel",
        "Marie-O-Brien",
        "Jean-Söhne-GmbH",
        "Ольга-Петрова",
        "ليلى-حسن",
        "Anna-Beispiel-2",
    ]
    import hashlib

    for entry in manifest:
        data = (out / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
        assert entry["destination_country"] == "KG"
        assert entry["case"] == "UA 61/20"
    languages = [m["language"].split("-")[0] for m in manifest]
    assert languages == ["de", "en", "de", "en", "en", "de"]
    jean = docx_text((out / manifest[2]["file"]).read_bytes())
    assert "Jean & Söhne <GmbH>" in jean
    assert "Ich bin Lehrerin; meine Schüler fragen nach ihm." in jean
    assert "ليلى حسن" in docx_text((out / manifest[4]["file"]).read_bytes())
    listed = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["letters"]
    assert [m["file"] for m in listed] == [m["file"] for m in manifest]


def test_strict_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    result = batch(CASE_FILE, "--supporters", MEMBERS, "--out", out, "--date", DATE, "--strict")
    assert result.code == 3
    assert "3 of 9 rows have problems; nothing was written (first: row 11: Country:" in (
        result.stderr
    )
    assert not out.exists()


def test_closed_case_is_reported_not_skipped_silently(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    members = tmp_path / "m.csv"
    members.write_text("name,street,city,country\nA,X 1,Bern,CH\n", encoding="utf-8")
    closed_day = "2020-07-26"
    result = batch(
        CASE_FILE, THREE_TARGETS, "--supporters", members, "--out", out, "--date", closed_day
    )
    assert result.code == 0, result.stderr
    assert "warning: UA 61/20 was closed on 25 July 2020" in result.stderr
    assert "no letters for it (use --allow-closed" in result.stderr
    assert sorted(files(out / "A")) == [
        "bench-3-targets_ombudsman_en.docx",
        "bench-3-targets_president_en.docx",
        "bench-3-targets_prosecutor_en.docx",
    ]
    only_closed = batch(CASE_FILE, "--supporters", members, "--out", out, "--date", closed_day)
    assert only_closed.code == 5
    # The same line as `generate` gives for the case (one planning path).
    assert "error: UA 61/20 was closed on 25 July 2020" in only_closed.stderr
    assert "give an earlier --date, or use --allow-closed" in only_closed.stderr


def test_rerun_keeps_good_letters_and_redoes_damaged_ones(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    args = [THREE_TARGETS, "--supporters", MEMBERS, "--out", out, "--date", DATE]
    assert batch(*args).code == 6
    first = files(out)
    letters = sorted(name for name in first if name.endswith(".docx"))
    assert len(letters) == 18
    (out / letters[0]).write_bytes(b"damaged")
    (out / letters[1]).unlink()
    again = batch(*args)
    assert again.code == 6
    assert "18 letters in" in again.stderr
    assert "16 kept from an earlier run" in again.stderr
    assert files(out) == first


def test_output_is_the_same_whatever_the_number_of_workers(tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        result = batch(
            THREE_TARGETS, "--supporters", MEMBERS, "--out", out, "--date", DATE,
            "--jobs", jobs, "--combine", "supporter", "--zip",
        )  # fmt: skip
        assert result.code == 6
        outputs.append(files(out))
    assert outputs[0] == outputs[1]
    assert "letters.zip" in outputs[0]


def test_combined_packs_hold_every_letter_in_order_each_on_a_new_page(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    result = batch(
        THREE_TARGETS, "--supporters", MEMBERS, "--out", out, "--date", DATE,
        "--combine", "supporter",
    )  # fmt: skip
    assert result.code == 6
    pack = docx.Document(out / "Marie-O-Brien" / "Marie-O-Brien_letters.docx")
    assert len(pack.sections) == 3
    assert all(s.start_type == docx.enum.section.WD_SECTION.NEW_PAGE for s in pack.sections)
    text = "\n".join(p.text for p in pack.paragraphs)
    singles = [
        docx_text((out / "Marie-O-Brien" / f"bench-3-targets_{t}_en.docx").read_bytes())
        for t in ("president", "prosecutor", "ombudsman")
    ]
    assert text == "\n".join(singles)
    assert text.index("Dear President,") < text.index("Dear Prosecutor General,")
    assert text.index("Dear Prosecutor General,") < text.index("Dear Sir or Madam,")

    everything = batch(
        THREE_TARGETS, "--supporters", MEMBERS, "--out", out, "--date", DATE, "--combine", "all"
    )
    assert everything.code == 6
    combined = docx.Document(out / "all-letters.docx")
    assert len(combined.sections) == 18
    page = combined.sections[0]
    assert round(page.page_width.mm) == 210  # each section keeps its letter's page setup
    salutations = [p.text for p in combined.paragraphs if p.text.startswith(("Dear", "Sehr"))]
    assert len(salutations) == 18


def test_zip_holds_letters_and_manifests(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    assert batch(CASE_FILE, "--supporters", MEMBERS, "--out", out, "--date", DATE, "--zip").code
    with zipfile.ZipFile(out / "letters.zip") as archive:
        names = archive.namelist()
    assert {"manifest.csv", "manifest.json", "errors.csv"} <= set(names)
    assert "Ольга-Петрова/ua-61-20_president_en.docx" in names
    assert len([n for n in names if n.endswith(".docx")]) == 6


def test_extra_columns_reach_templates(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "en.j2").write_text(
        "{% block subject %}{{ title }}{% endblock %}\n"
        "{% block salutation %}{{ salutation }},{% endblock %}\n"
        "{% block body %}We write from the {{ sender.extra.local_group }} group.{% endblock %}\n"
        "{% block closing %}Yours sincerely,{% endblock %}\n",
        encoding="utf-8",
    )
    members = tmp_path / "m.csv"
    members.write_text(
        "name;street;city;country;Local Group\nA;X 1;London;GB;Camden\n", encoding="utf-8"
    )
    out = tmp_path / "pack"
    result = batch(
        CASE_FILE, "--supporters", members, "--out", out, "--date", DATE,
        "--templates", templates, "--format", "txt",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    text = (out / "A" / "ua-61-20_president_en.txt").read_text(encoding="utf-8")
    assert "We write from the Camden group." in text


def test_unknown_combine_mode_is_a_usage_error(tmp_path: Path) -> None:
    result = batch(CASE_FILE, "--supporters", MEMBERS, "--out", tmp_path, "--combine", "each")
    assert result.code == 2  # a bad option value, as the README's exit codes say
    assert "--combine: unknown mode 'each' (known: supporter, all)" in result.stderr


@pytest.mark.parametrize("option", ["--help"])
def test_batch_help_names_the_columns(option: str) -> None:
    result = batch(option)
    assert result.code == 0
    assert "postal_code" in result.stdout


def test_windows_1252_file_is_read_and_said_so(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    members = DATA / "members-excel-cp1252.csv"
    result = batch(
        CASE_FILE, "--supporters", members, "--map", "Straße=street", "--out", out,
        "--date", DATE, "--format", "txt",
    )  # fmt: skip
    assert result.code == 0, result.stderr
    assert f"note: {members} is not UTF-8; read it as Windows-1252" in result.stderr
    assert "3 rows = 3 written + 0 reported; 1 blank line skipped" in result.stderr
    text = (out / "Jürgen-Müller" / "ua-61-20_president_de.txt").read_text(encoding="utf-8")
    assert text.startswith("Jürgen Müller\nKönigstraße 3\n70173 ")


def test_forced_language_without_template_fails_once(tmp_path: Path) -> None:
    out = tmp_path / "pack"
    result = batch(CASE_FILE, "--supporters", MEMBERS, "--out", out, "--date", DATE, "--lang", "ja")
    assert result.code == 2  # a bad option value
    assert result.stderr.strip() == "error: --lang: no letter template for language 'ja'"
    assert not out.exists()


def test_the_same_case_twice_is_refused(tmp_path: Path) -> None:
    result = batch(CASE_FILE, CASE_FILE, "--supporters", MEMBERS, "--out", tmp_path / "pack")
    assert result.code == 3
    assert "two cases would write the same files (ua-61-20)" in result.stderr


def test_library_reports_progress_through_the_callback_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    import ualetters
    from ualetters.batch import run_batch
    from ualetters.supporters import read_supporters

    calls: list[tuple[int, int]] = []
    result = run_batch(
        [ualetters.load_case(THREE_TARGETS)],
        read_supporters(MEMBERS),
        tmp_path / "pack",
        date=dt.date(2020, 7, 23),
        jobs=1,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[0] == (0, 18) and calls[-1] == (18, 18)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert len(result.entries) == 18 and len(result.errors) == 3
    assert capsys.readouterr() == ("", "")


def test_the_streamed_manifest_is_json_s_own_indented_text() -> None:
    # The manifest is written a letter at a time; it reads as json.dumps(indent=1) wrote it.
    import json

    from ualetters.batch.manifest import _pretty

    data = {
        "ualetters": "0.1.0",
        "letters": [
            {"row": 2, "supporter": 'Zoë "Z" Ünal\\', "file": "Zoë/ua.docx", "key": "ab\u2028"},
            {"row": 10_000, "supporter": "\x1f<&>", "file": "", "key": "\U0001f600"},
        ],
        "combined": [],
        "files": ["a", "b"],
        "empty": {},
    }
    assert _pretty(data, 0) == json.dumps(data, ensure_ascii=False, indent=1)


def test_the_streamed_manifest_reads_as_json_wrote_it(tmp_path: Path) -> None:

    from ualetters.batch import run_batch

    out = tmp_path / "out"
    members = tmp_path / "members.csv"
    members.write_text(
        "name,street,postal_code,city,country,language\n"
        'Zoë "Z" Ünal,Weg 1,3011,Bern,CH,de\n=Formula,Weg 2,3011,Bern,CH,de\n',
        encoding="utf-8",
    )
    result = run_batch([CASE_FILE], members, out, date=LETTER_DATE, jobs=1)
    written = (out / "manifest.json").read_text(encoding="utf-8")
    data = json.loads(written)
    assert written == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert [item["file"] for item in data["letters"]] == [e.file for e in result.entries]
    assert len(data["letters"]) == 2
