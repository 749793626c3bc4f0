"""What a user of `generate`, `check` and `sender` notices: status, files, bytes, output."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

import ualetters
from ualetters import output
from ualetters.errors import EXIT_CLOSED, EXIT_OUTPUT

from .conftest import CASE_FILE, ROOT, SENDER_FILE
from .helpers import run

GOLDEN = ROOT / "tests" / "golden"
CASE_TEXT = CASE_FILE.read_text(encoding="utf-8")
TXT = "ua-61-20_president_de.txt"
DOCX = "ua-61-20_president_de.docx"
CLOSED = "UA 61/20 was closed on 25 July 2020: Azimjan Askarov died in custody on 25 July 2020"


def generate(out: Path | str, *extra: str, case: Path = CASE_FILE, date: str = "2020-07-23"):
    return run(
        "generate", str(case), "--sender", str(SENDER_FILE), "--date", date, "--out", str(out),
        *extra,
    )  # fmt: skip


def case_with(tmp_path: Path, old: str, new: str) -> Path:
    assert old in CASE_TEXT
    path = tmp_path / "case.yaml"
    path.write_text(CASE_TEXT.replace(old, new, 1), encoding="utf-8")
    return path


# --- case status -----------------------------------------------------------------------------


@pytest.mark.parametrize("date", ["2020-07-25", "2020-07-26", "2021-01-01"])
def test_closed_case_writes_nothing(tmp_path: Path, date: str) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = generate(out, date=date)
    assert code == EXIT_CLOSED
    assert stdout == ""
    # An earlier date first (#15): --allow-closed writes to someone the case no longer helps.
    hint = "give an earlier --date, or use --allow-closed to write anyway"
    assert stderr == f"error: {CLOSED}; {hint}\n"
    assert not out.exists()


def test_closed_case_to_stdout_prints_nothing(tmp_path: Path) -> None:
    code, stdout, stderr = generate("-", date="2020-07-26")
    assert code == EXIT_CLOSED
    assert stdout == ""
    assert stderr.count("\n") == 1


def test_case_open_the_day_before_it_closed(tmp_path: Path) -> None:
    code, _stdout, stderr = generate(tmp_path, "-q", date="2020-07-24")
    assert code == 0, stderr
    assert stderr == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == [DOCX, TXT]


def test_allow_closed_writes_with_a_warning(tmp_path: Path) -> None:
    code, _stdout, stderr = generate(tmp_path, "--allow-closed", date="2020-07-26")
    assert code == 0
    assert stderr.splitlines()[0] == f"warning: {CLOSED}"
    assert sorted(p.name for p in tmp_path.iterdir()) == [DOCX, TXT]
    assert "Bern, 26. Juli 2020\n" in (tmp_path / TXT).read_text(encoding="utf-8")


def test_passed_deadline_warns_but_writes(tmp_path: Path) -> None:
    case = case_with(tmp_path, "updates:\n", "deadline: 2020-07-20\nupdates:\n")
    out = tmp_path / "out"
    code, _stdout, stderr = generate(out, case=case, date="2020-07-21")
    assert code == 0
    assert stderr.splitlines()[0] == (
        "warning: UA 61/20: the deadline passed on 20 July 2020; appeals may no longer help"
    )
    assert (out / TXT).is_file()
    # The same warning reaches users who print the letter instead of saving it.
    code, stdout, stderr = generate("-", case=case, date="2020-07-21")
    assert code == 0 and stdout.startswith("Anna Beispiel\n")
    assert stderr.startswith("warning: UA 61/20: the deadline passed on 20 July 2020")


def test_extended_deadline_silences_the_warning(tmp_path: Path) -> None:
    case = case_with(
        tmp_path,
        "    kind: extended\n",
        "    kind: extended\n    deadline: 2020-08-31\n",
    )
    case.write_text(
        case.read_text(encoding="utf-8").replace("updates:\n", "deadline: 2020-07-20\nupdates:\n"),
        encoding="utf-8",
    )
    code, _stdout, stderr = generate(tmp_path / "before", case=case, date="2020-07-21")
    assert code == 0 and "deadline passed on 20 July 2020" in stderr
    code, _stdout, stderr = generate(tmp_path / "after", "-q", case=case, date="2020-07-23")
    assert code == 0 and stderr == ""


def test_check_prints_a_summary(tmp_path: Path) -> None:
    code, stdout, stderr = run(
        "check", str(CASE_FILE), "--date", "2020-07-23", "--sender", str(SENDER_FILE)
    )
    assert code == 0, stderr
    assert stdout == (
        f"{CASE_FILE}: UA 61/20 – Health of prisoner of conscience at risk\n"
        "  status on 2020-07-23: open\n"
        "  letters possible in: de, en, es, fr, it, ru\n"
        "  demands as written: imperative (de, en, es, ru); infinitive (fr, it)\n"
        "  target president: Sooronbay Jeenbekov, President of the Kyrgyz Republic (KG)\n"
        "    language: de-CH (your language)\n"
        "  copies for senders in: CH, DE, US\n"
        "  copy (CH): Embassy of the Kyrgyz Republic, Geneva\n"  # the sender's (#11)
    )
    code, stdout, _stderr = run("check", str(CASE_FILE), "--date", "2020-07-26")
    assert code == 0
    assert f"  status on 2020-07-26: closed – {CLOSED}\n" in stdout


def test_check_reports_every_bad_file_and_goes_on(tmp_path: Path) -> None:
    bad = case_with(tmp_path, "      country: KG", "      country: XX")
    code, stdout, stderr = run("check", str(bad), str(CASE_FILE), "--date", "2020-07-23")
    assert code == 3
    assert stderr.startswith(f"error: {bad}:")
    assert stderr.count("\n") == 1
    assert stdout.startswith(f"{CASE_FILE}: UA 61/20")


# --- files -----------------------------------------------------------------------------------


def test_existing_letter_is_not_overwritten(tmp_path: Path) -> None:
    assert generate(tmp_path, "-q")[0] == 0
    (tmp_path / TXT).write_text("my own edits\n", encoding="utf-8")
    docx_before = (tmp_path / DOCX).read_bytes()

    code, _stdout, stderr = generate(tmp_path)
    assert code == EXIT_OUTPUT
    assert stderr == (
        f"error: {tmp_path / TXT}: exists already; use --force to overwrite, "
        "or choose another --out\n"
    )
    assert (tmp_path / TXT).read_text(encoding="utf-8") == "my own edits\n"
    assert (tmp_path / DOCX).read_bytes() == docx_before

    code, _stdout, _stderr = generate(tmp_path, "--force", "-q")
    assert code == 0
    assert (tmp_path / TXT).read_bytes() == (GOLDEN / "askarov_president_de-CH.txt").read_bytes()


def test_one_existing_file_stops_all(tmp_path: Path) -> None:
    (tmp_path / DOCX).write_bytes(b"keep")
    code, _stdout, _stderr = generate(tmp_path)
    assert code == EXIT_OUTPUT
    assert sorted(p.name for p in tmp_path.iterdir()) == [DOCX]
    assert (tmp_path / DOCX).read_bytes() == b"keep"


def test_same_inputs_give_identical_bytes(tmp_path: Path) -> None:
    assert generate(tmp_path / "one", "-q")[0] == 0
    # A second process, so no cache in this one can make the bytes agree.
    subprocess.run(
        [
            sys.executable, "-m", "ualetters", "generate", str(CASE_FILE),
            "--sender", str(SENDER_FILE), "--date", "2020-07-23", "--out", str(tmp_path / "two"),
        ],
        check=True, capture_output=True,
    )  # fmt: skip
    for name in (TXT, DOCX):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_files_are_named_and_listed(tmp_path: Path) -> None:
    code, stdout, stderr = generate(tmp_path / "out")
    assert code == 0
    assert stdout == ""
    assert stderr.splitlines() == [
        f"2 files for 1 letter written to {tmp_path / 'out'}/",
        f"  {tmp_path / 'out' / TXT}",
        f"  {tmp_path / 'out' / DOCX}",
    ]
    mode = stat.S_IMODE((tmp_path / "out" / TXT).stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask  # as if written directly, not mkstemp's 0600


def test_format_option_selects_writers(tmp_path: Path) -> None:
    assert generate(tmp_path, "--format", "docx", "-q")[0] == 0
    assert [p.name for p in tmp_path.iterdir()] == [DOCX]


def test_atomic_writes_leave_no_temporary_files(tmp_path: Path) -> None:
    assert generate(tmp_path, "-q")[0] == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [DOCX, TXT]


def test_interrupted_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "letter.txt"
    target.write_bytes(b"old letter")

    def broken_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", broken_disk)
    with pytest.raises(OSError):
        output.write_atomic(target, b"new letter, half written")
    assert target.read_bytes() == b"old letter"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.txt"]


def test_failed_write_is_one_line_and_leaves_no_part_files(tmp_path: Path, monkeypatch) -> None:
    def broken_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", broken_disk)
    code, _stdout, stderr = generate(tmp_path)
    assert code == EXIT_OUTPUT
    assert stderr == f"error: {tmp_path / TXT}: cannot write (No space left on device)\n"
    assert list(tmp_path.iterdir()) == []


def test_out_dash_prints_the_text_letter(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = generate("-")
    assert code == 0, stderr
    assert stdout == (GOLDEN / "askarov_president_de-CH.txt").read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == []  # nothing written to the default folder


def test_case_from_stdin(tmp_path: Path) -> None:
    code, stdout, _stderr = run(
        "generate", "-", "--sender", str(SENDER_FILE), "--date", "2020-07-23", "--out", "-",
        stdin=CASE_TEXT,
    )  # fmt: skip
    assert code == 0
    assert stdout == (GOLDEN / "askarov_president_de-CH.txt").read_text(encoding="utf-8")
    bad = CASE_TEXT.replace("      country: KG", "      country: XX")
    code, _stdout, stderr = run(
        "generate", "-", "--sender", str(SENDER_FILE), "--out", "-", stdin=bad
    )
    assert code == 3
    assert stderr.startswith("error: <stdin>:")
    assert "targets[0].address.country" in stderr


# --- version and help ------------------------------------------------------------------------


def test_python_m_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ualetters", "--version"], check=True, capture_output=True, text=True
    )
    assert done.stdout == f"ualetters {version('ualetters')}\n"


def test_help_shows_examples() -> None:
    code, stdout, _stderr = run("--help")
    assert code == 0
    # The examples use the files `init --example` writes, so they work outside a checkout.
    assert "ualetters init --example" in stdout
    assert "ualetters generate askarov.yaml --sender sender.toml" in stdout
    code, stdout, _stderr = run("generate", "--help")
    assert code == 0
    for option in ("--out", "--format", "--date", "--lang", "--templates", "--allow-closed"):
        assert option in stdout


# --- sender ----------------------------------------------------------------------------------


def test_saved_sender_is_used_without_sender_option(tmp_path: Path) -> None:
    code, _stdout, stderr = run(
        "sender", "set", "--name", "Jo Bloggs", "--street", "1 High Street",
        "--postal-code", "SW1A 1AA", "--city", "London", "--country", "GB", "--writes", "en",
    )  # fmt: skip
    assert code == 0, stderr
    saved = Path(os.environ["UALETTERS_CONFIG_DIR"]) / "sender.toml"
    assert stderr == f"saved to {saved}\n"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600  # personal details stay private

    code, stdout, stderr = run("generate", str(CASE_FILE), "--date", "2020-07-23", "--out", "-")
    assert code == 0, stderr
    assert stdout == (GOLDEN / "askarov_president_en.txt").read_text(encoding="utf-8")

    # A later `sender set` changes only what it is given.
    assert run("sender", "set", "--city", "Manchester", "--postal-code", "M1 1AA")[0] == 0
    code, stdout, _stderr = run("sender", "show")
    assert code == 0
    assert 'name = "Jo Bloggs"\n' in stdout
    assert 'city = "Manchester"\n' in stdout


def test_sender_set_needs_the_essentials() -> None:
    code, _stdout, stderr = run("sender", "set", "--name", "Jo Bloggs")
    assert code == 3
    assert "--name, --city and --country" in stderr
    assert not (Path(os.environ["UALETTERS_CONFIG_DIR"]) / "sender.toml").exists()


def test_sender_options_override_the_file() -> None:
    code, stdout, _stderr = run(
        "generate", str(CASE_FILE), "--sender", str(SENDER_FILE), "--date", "2020-07-23",
        "--out", "-", "--name", "Hans Muster", "--sender-lang", "en",
    )  # fmt: skip
    assert code == 0
    lines = stdout.splitlines()
    assert lines[:4] == ["Hans Muster", "Beispielweg 12", "3011 Bern", "SWITZERLAND"]
    assert "Bern, 23 July 2020" in lines
    assert lines[lines.index("Yours sincerely,") + 2] == "Hans Muster"


def test_sender_from_options_alone() -> None:
    code, stdout, stderr = run(
        "generate", str(CASE_FILE), "--date", "2020-07-23", "--out", "-",
        "--name", "Max Mustermann", "--street", "Musterstraße 1", "--postal-code", "10115",
        "--city", "Berlin", "--country", "DE", "--sender-lang", "de",
    )  # fmt: skip
    assert code == 0, stderr
    assert stdout == (GOLDEN / "askarov_president_de.txt").read_text(encoding="utf-8")


# --- templates -------------------------------------------------------------------------------

OWN_TEMPLATE = """\
{% block subject %}Appell für {{ person.name }}{% endblock %}
{% block salutation %}{{ salutation }},{% endblock %}
{% block body %}
Bitte lassen Sie {{ person.name }} frei.
{% endblock %}
{% block closing %}Hochachtungsvoll{% endblock %}
"""


@pytest.mark.parametrize("subfolder", ["", "letter"])
def test_own_templates_override_by_file_name(tmp_path: Path, subfolder: str) -> None:
    folder = tmp_path / "mine" / subfolder
    folder.mkdir(parents=True)
    (folder / "de.j2").write_text(OWN_TEMPLATE, encoding="utf-8")
    templates = str(tmp_path / "mine")

    code, stdout, stderr = generate("-", "--templates", templates)
    assert code == 0, stderr
    assert "\nAppell für Azimjan Askarov\n" in stdout
    assert "\nBitte lassen Sie Azimjan Askarov frei.\n" in stdout
    assert "\nHochachtungsvoll\n" in stdout
    # English has no file of the user's: the bundled template writes it.
    code, stdout, _stderr = generate("-", "--templates", templates, "--lang", "en")
    assert code == 0
    assert "\nYours sincerely,\n" in stdout


def test_language_needs_the_targets_and_copies_text_too(tmp_path: Path) -> None:
    """A target or copy without German text gets an English letter, not a broken German one."""
    case = case_with(
        tmp_path,
        "  CH:\n    name:\n      en: Embassy of the Kyrgyz Republic\n"
        "      de: Botschaft der Kirgisischen Republik\n",
        "  CH:\n    name:\n      en: Embassy of the Kyrgyz Republic\n",
    )
    code, stdout, stderr = generate("-", case=case)
    assert code == 0, stderr
    assert "\nDear President,\n" in stdout
    assert stdout.endswith("Copy to: Embassy of the Kyrgyz Republic, Geneva\n")
    code, _stdout, stderr = generate("-", "--lang", "de", case=case)
    assert code == 2
    assert stderr == (
        "error: --lang: the case cannot be written in 'de': "
        "copies.CH[0].organisation has no text in it\n"
    )


def test_out_dash_refuses_docx_rather_than_ignoring_it() -> None:
    code, stdout, stderr = generate("-", "--format", "docx")
    assert code == 2
    assert stdout == ""
    assert stderr == (
        "error: --format: letters in one stream take one format (txt or json); give a folder for "
        "several formats, docx or eml\n"
    )
    assert generate("-", "--format", "txt")[0] == 0


def test_punctuation_in_a_salutation_is_not_doubled(tmp_path: Path) -> None:
    case = case_with(tmp_path, "      en: Dear President\n", "      en: Dear President,\n")
    code, stdout, _stderr = generate("-", "--lang", "en", case=case)
    assert code == 0
    assert "\nDear President,\n" in stdout


def test_saved_sender_round_trips_any_text() -> None:
    name = 'Anna "Nanni" Müller-Šimić'
    note = "Ich war 2019 in Bischkek.\nDie Stadt \\ das Land: 100 %"
    code, _stdout, stderr = run(
        "sender", "set", "--name", name, "--city", "Zürich", "--country", "ch",
        "--street", "Seestrasse 1", "--street", "Postfach 12", "--note", note,
        "--lang", "de_ch",
    )  # fmt: skip
    assert code == 0, stderr
    saved = ualetters.load_sender(Path(os.environ["UALETTERS_CONFIG_DIR"]) / "sender.toml")
    assert saved.name == name
    assert saved.note == note
    assert saved.street == ["Seestrasse 1", "Postfach 12"]
    assert (saved.country, saved.languages) == ("CH", ["de-CH"])
