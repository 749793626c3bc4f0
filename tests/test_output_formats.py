"""JSON Lines, email drafts, schemas and pipes: what scripts and mail clients read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from typer.testing import CliRunner

import ualetters
from tests.conftest import CASE_FILE, LETTER_DATE, ROOT, SENDER_FILE
from ualetters.cli import app
from ualetters.writers.json import schema_text

DOCS = ROOT / "docs"


def case_data(**target: Any) -> dict[str, Any]:
    """Return the bundled case as data, with `target` fields added to its only target."""
    data = ualetters.load_case(CASE_FILE).to_data()
    data["targets"][0].update(target)
    return data


@pytest.fixture
def mail_case() -> ualetters.Case:
    data = case_data(email="president@example.kg", name="Сооронбай Жээнбеков")
    data["copies"]["DE"][0]["email"] = "info@kyrgyz-embassy.example"
    return ualetters.load_case(data)


@pytest.fixture
def zoe() -> ualetters.Sender:
    return ualetters.load_sender(
        {
            "name": "Zoë Ağaoğlu",
            "street": "Musterstraße 5",
            "postal_code": "10115",
            "city": "Berlin",
            "country": "DE",
            "languages": "de en",
            "email": "zoe@example.org",
        }
    )


def validator(path: Path) -> jsonschema.Draft202012Validator:
    schema = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


# --- JSON ---------------------------------------------------------------------------------


def test_json_record_validates_against_committed_schema(mail_case, zoe) -> None:
    letter = ualetters.letters_for(mail_case, zoe, date=LETTER_DATE)[0]
    record = json.loads(ualetters.to_json(letter))
    validator(DOCS / "letter.schema.json").validate(record)
    assert record["schema_version"] == 2  # 2: the recipient's channels, copy letters (#11)
    assert record["recipient"]["email"] == "president@example.kg"
    assert record["recipient"]["channels"]["email"] == ["president@example.kg"]
    assert record["recipient"]["postal"] is True and record["copy_of"] is None
    assert record["recipient"]["name_lines"][0] == "Сооронбай Жээнбеков"
    assert record["sender"] == {
        "name": "Zoë Ağaoğlu",
        "lines": list(letter.sender_lines),
        "email": "zoe@example.org",
    }
    assert record["copy_emails"] == ["info@kyrgyz-embassy.example"]
    assert [p["kind"] for p in record["paragraphs"]].count("item") == 3
    assert record["text"] == ualetters.to_text(letter)
    assert record["date"] == "2020-07-23"
    assert record["files"] == []


def test_json_schema_rejects_a_record_missing_a_field(case, sender) -> None:
    record = json.loads(ualetters.to_json(ualetters.letters_for(case, sender, date=LETTER_DATE)[0]))
    del record["subject"]
    with pytest.raises(jsonschema.ValidationError):
        validator(DOCS / "letter.schema.json").validate(record)


def test_committed_schemas_are_up_to_date() -> None:
    assert (DOCS / "letter.schema.json").read_text(encoding="utf-8") == schema_text(
        ualetters.letter_schema()
    ), "run: uv run ualetters schema letter > docs/letter.schema.json"
    assert (DOCS / "case.schema.json").read_text(encoding="utf-8") == schema_text(
        ualetters.case_schema()
    ), "run: uv run ualetters schema > docs/case.schema.json"


def test_schema_command_prints_the_case_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == ualetters.case_schema()
    assert json.loads(CliRunner().invoke(app, ["schema", "letter"]).stdout)["title"]
    bad = CliRunner().invoke(app, ["schema", "sender"])
    assert bad.exit_code == 2
    assert "unknown record 'sender'" in bad.stderr


def yaml_as_json(text: str) -> Any:
    # The YAML language server sees unquoted dates as strings; so does this.
    return json.loads(json.dumps(yaml.safe_load(text), default=str))


def test_example_case_validates_against_case_schema_and_has_the_editor_header() -> None:
    text = CASE_FILE.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../docs/case.schema.json"
    validator(DOCS / "case.schema.json").validate(yaml_as_json(text))


def test_case_schema_catches_what_the_model_rejects() -> None:
    check = validator(DOCS / "case.schema.json")
    data = yaml_as_json(CASE_FILE.read_text(encoding="utf-8"))
    data["targets"][0]["adress"] = data["targets"][0].pop("address")
    errors = list(check.iter_errors(data))
    assert errors, "a misspelt field must be flagged in the editor"
    del data["demands"]
    assert any("demands" in e.message for e in check.iter_errors(data))


# --- pipes ---------------------------------------------------------------------------------


def test_json_lines_through_a_shell_pipe() -> None:
    reader = (
        "import json, sys; lines = sys.stdin.read().splitlines(); "
        "records = [json.loads(line) for line in lines]; "
        "print(len(records), records[0]['target_id'], records[0]['language'])"
    )
    command = (
        f"{sys.executable} -m ualetters generate - --sender {SENDER_FILE} --date 2020-07-23 "
        f'--format json -o - < {CASE_FILE} | {sys.executable} -c "{reader}"'
    )
    done = subprocess.run(
        command, shell=True, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "1 president de-CH\n"


def test_stdout_carries_only_data_and_diagnostics_go_to_stderr(tmp_path: Path) -> None:
    args = ["generate", "-", "-s", str(SENDER_FILE), "--date", "2020-07-26", "-f", "json"]
    args += ["--allow-closed"]
    result = CliRunner().invoke(
        app, [*args, "-o", "-"], input=CASE_FILE.read_text(encoding="utf-8")
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    json.loads(lines[0])
    # the case was closed by then: a warning, on stderr only
    assert "warning: UA 61/20 was closed on 25 July 2020" in result.stderr
    assert "warning" not in result.stdout


def test_quiet_leaves_stdout_and_stderr_empty(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "generate",
            str(CASE_FILE),
            "-s",
            str(SENDER_FILE),
            "--date",
            "2020-07-23",
            "-o",
            str(tmp_path / "out"),
            "-f",
            "txt",
            "--quiet",
        ],
    )
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == ""
    assert (tmp_path / "out" / "ua-61-20_president_de.txt").is_file()


def test_stdout_refuses_docx_with_a_usage_error() -> None:
    result = CliRunner().invoke(
        app, ["generate", str(CASE_FILE), "-s", str(SENDER_FILE), "-o", "-", "-f", "docx"]
    )
    assert result.exit_code == 2
    assert "give a folder" in result.stderr
    assert result.stdout == ""


def test_json_into_a_folder_and_into_a_jsonl_file(tmp_path: Path) -> None:
    base = ["generate", str(CASE_FILE), "-s", str(SENDER_FILE), "--date", "2020-07-23"]
    folder = tmp_path / "out"
    result = CliRunner().invoke(app, [*base, "-o", str(folder), "-f", "txt", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    record = json.loads((folder / "ua-61-20_president_de.json").read_text(encoding="utf-8"))
    assert record["files"] == [str(folder / "ua-61-20_president_de.txt")]
    assert record["text"] == (folder / "ua-61-20_president_de.txt").read_text(encoding="utf-8")

    jsonl = tmp_path / "letters.jsonl"
    result = CliRunner().invoke(app, [*base, "-o", str(jsonl)])
    assert result.exit_code == 0, result.stderr
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["target_id"] for line in lines] == ["president"]


# --- email drafts --------------------------------------------------------------------------


def test_eml_parses_with_body_equal_to_text_letter_and_encoded_names(mail_case, zoe) -> None:
    letter = ualetters.letters_for(mail_case, zoe, date=LETTER_DATE)[0]
    data = ualetters.to_eml(letter)
    data.decode("ascii")  # every non-ASCII character is encoded, in headers and body
    draft = message_from_bytes(data, policy=policy.default)
    assert draft.defects == []
    assert str(draft["To"]) == "Сооронбай Жээнбеков <president@example.kg>"
    assert draft["To"].addresses[0].display_name == "Сооронбай Жээнбеков"
    assert str(draft["From"]) == "Zoë Ağaoğlu <zoe@example.org>"
    assert str(draft["Cc"]) == "info@kyrgyz-embassy.example"
    assert draft["Subject"] == letter.subject
    assert draft["X-Unsent"] == "1"
    assert draft["Date"].datetime == dt.datetime(2020, 7, 23, 12, tzinfo=dt.UTC)
    assert draft["Message-ID"].startswith("<") and draft["Message-ID"].endswith(".invalid>")
    assert draft.get_content_type() == "text/plain"
    assert draft.get_content_charset() == "utf-8"
    body = draft.get_content().replace("\r\n", "\n")
    assert body == ualetters.to_text(letter)
    assert "Zoë Ağaoğlu" in body


def test_eml_is_deterministic_and_differs_per_sender(mail_case, zoe, sender) -> None:
    first = ualetters.letters_for(mail_case, zoe, date=LETTER_DATE)[0]
    again = ualetters.letters_for(mail_case, zoe, date=LETTER_DATE)[0]
    other = ualetters.letters_for(mail_case, sender, date=LETTER_DATE)[0]
    assert ualetters.to_eml(first) == ualetters.to_eml(again)
    ids = {
        message_from_bytes(ualetters.to_eml(one), policy=policy.default)["Message-ID"]
        for one in (first, other)
    }
    assert len(ids) == 2


def test_eml_without_sender_email_has_no_from(mail_case) -> None:
    anonymous = ualetters.load_sender({"name": "A. B.", "city": "Bern", "country": "CH"})
    letter = ualetters.letters_for(mail_case, anonymous, date=LETTER_DATE)[0]
    draft = message_from_bytes(ualetters.to_eml(letter), policy=policy.default)
    assert draft["From"] is None
    assert draft["To"] is not None


def test_eml_without_target_email_raises_the_projects_error(case, sender) -> None:
    letter = ualetters.letters_for(case, sender, date=LETTER_DATE)[0]
    with pytest.raises(ualetters.NoEmailError, match="has no email address") as caught:
        ualetters.to_eml(letter)
    assert caught.value.exit_code == 3


def test_a_malformed_target_email_is_refused_when_the_case_loads() -> None:
    # The case model checks addresses, so no letter (and no draft) is made from a bad one.
    with pytest.raises(ualetters.CaseFileError, match=r"targets\[0\]\.email: .* not an email"):
        ualetters.load_case(case_data(email="president at example.kg"))


def test_generate_eml_writes_drafts(tmp_path: Path) -> None:
    case_file = tmp_path / "case.yaml"
    case_file.write_text(
        yaml.safe_dump(case_data(email="president@example.kg"), allow_unicode=True),
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app,
        [
            "generate",
            str(case_file),
            "-s",
            str(SENDER_FILE),
            "--date",
            "2020-07-23",
            "-o",
            str(tmp_path / "out"),
            "-f",
            "eml",
        ],
    )
    assert result.exit_code == 0, result.stderr
    draft = message_from_bytes(
        (tmp_path / "out" / "ua-61-20_president_de.eml").read_bytes(), policy=policy.default
    )
    assert str(draft["To"]) == "Sooronbay Jeenbekov <president@example.kg>"
    assert str(draft["From"]) == "Anna Beispiel <anna.beispiel@example.org>"


def test_generate_eml_lists_letters_without_email(tmp_path: Path) -> None:
    base = ["generate", str(CASE_FILE), "-s", str(SENDER_FILE), "--date", "2020-07-23"]
    partly = CliRunner().invoke(app, [*base, "-o", str(tmp_path / "a"), "-f", "txt", "-f", "eml"])
    assert partly.exit_code == 6
    # Said once per case and target, as `batch` says it (the language differs per sender).
    assert "skipped: UA 61/20: the target 'president' has no email" in partly.stderr
    assert sorted(p.name for p in (tmp_path / "a").iterdir()) == ["ua-61-20_president_de.txt"]

    nothing = CliRunner().invoke(app, [*base, "-o", str(tmp_path / "b"), "-f", "eml"])
    assert nothing.exit_code == 3
    assert "skipped: UA 61/20: the target 'president'" in nothing.stderr
    assert "error: 1 letter has no email address" in nothing.stderr
    assert not (tmp_path / "b").exists()


def test_api_generate_reports_skipped_eml(tmp_path: Path, case, sender) -> None:
    result = ualetters.generate(
        case, sender, out=tmp_path, formats=["eml", "json"], date=LETTER_DATE
    )
    assert [p.name for p in result.files] == ["ua-61-20_president_de.json"]
    assert len(result.skipped) == 1
    assert "president" in result.skipped[0]


def test_a_line_break_in_a_name_cannot_add_a_header(mail_case) -> None:
    data = {"name": "Anna\nBcc: evil@example.com", "city": "Bern", "country": "CH",
            "email": "anna@example.org"}  # fmt: skip
    # A name is one line: the loader refuses it, naming the field.
    with pytest.raises(ualetters.SenderError, match="name: U\\+000A \\(line feed\\)"):
        ualetters.load_sender(data)
    # A letter built by hand with one: the draft's headers stay one line each.
    sender = ualetters.load_sender({**data, "name": "Anna"})
    letter = ualetters.letters_for(mail_case, sender, date=LETTER_DATE)[0]
    letter = dataclasses.replace(letter, sender_name=data["name"])
    draft = message_from_bytes(ualetters.to_eml(letter), policy=policy.default)
    assert draft["Bcc"] is None
    assert draft["From"].addresses[0].display_name == "Anna Bcc: evil@example.com"
