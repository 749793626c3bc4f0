"""The whole command line in the user's language; starter files; help that works anywhere."""

from __future__ import annotations

import ctypes
import datetime as dt
import re
import shlex
from pathlib import Path
from types import SimpleNamespace
from typing import ClassVar

import pytest
import typer

import ualetters
from ualetters import l10n, ui
from ualetters.cli import app

from .conftest import CASE_FILE, SENDER_FILE
from .helpers import run

ENV_EN = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


class FakeGerman:
    """A catalog that knows a few words, standing in for the translators' work to come."""

    WORDS: ClassVar[dict[str, str]] = {
        "Usage:": "Aufruf:",
        "Write the letters of one case, one per target.": "Die Briefe eines Falls schreiben.",
        "Output folder.": "Ausgabeordner.",
        "Show this message and exit.": "Diese Hilfe zeigen.",
        "no such option: %(option)s": "unbekannte Option: %(option)s",
        "error:": "Fehler:",
    }

    def gettext(self, message: str) -> str:
        return self.WORDS.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural


@pytest.fixture
def fake_german(monkeypatch: pytest.MonkeyPatch) -> None:
    real = l10n.translations
    monkeypatch.setattr(
        l10n, "translations", lambda tag: FakeGerman() if tag.startswith("de") else real(tag)
    )


def test_help_and_option_errors_go_through_the_catalogs(fake_german: None) -> None:
    top = run("--ui-lang", "de", "--help")
    assert top.stdout.startswith("Aufruf: ualetters [OPTIONS] COMMAND [ARGS]...")
    assert "  generate  Die Briefe eines Falls schreiben.\n" in top.stdout
    assert "--help                Diese Hilfe zeigen." in top.stdout
    batch = run("batch", "--help", "--ui-lang", "de")  # the option anywhere on the line
    assert "Ausgabeordner." in batch.stdout
    wrong = run("batch", "--frob", "--ui-lang=de")
    assert wrong.code == 2
    assert wrong.stderr.splitlines()[-1] == (
        "Fehler: unbekannte Option: --frob (did you mean --jobs?)"
    )


def test_ui_lang_after_the_command() -> None:
    result = run("generate", CASE_FILE, "--sender", SENDER_FILE, "--date", "2020-07-23",
                 "--out", "-", "--ui-lang", "it", "--quiet", env=ENV_EN)  # fmt: skip
    assert result.code == 0, result.stderr
    closed = run("generate", CASE_FILE, "--ui-lang", "it", "--sender", SENDER_FILE,
                 "--date", "2020-07-30", "--out", "-", env=ENV_EN)  # fmt: skip
    assert closed.code == 5
    assert closed.stderr.startswith("errore: ")
    bad = run("check", CASE_FILE, "--ui-lang", "xx-yy-zz")
    assert (bad.code, bad.stderr) == (2, "error: --ui-lang: 'xx-yy-zz' is not a language code\n")


def test_the_saved_senders_language_comes_before_the_system_one() -> None:
    saved = run("sender", "set", "--name", "Anna", "--city", "Bern", "--country", "CH",
                "--writes", "de-CH", env=ENV_EN)  # fmt: skip
    assert saved.code == 0, saved.stderr
    result = run("check", CASE_FILE, "--date", "2020-07-23", env=ENV_EN)
    assert "Stand am 2020-07-23: offen" in result.stdout
    assert "status on" in run("check", CASE_FILE, "--ui-lang", "en", env=ENV_EN).stdout


def test_windows_ui_language(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel32 = SimpleNamespace(GetUserDefaultUILanguage=lambda: 0x0807)  # German (Switzerland)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(kernel32=kernel32), raising=False)
    assert ui.system_language("nt") == "de_CH"
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(ui, "system_language", lambda: "de_CH")
    assert ui.startup_language(None) == "de-CH"


def test_sender_set_says_what_a_first_save_needs() -> None:
    result = run("sender", "set", "--name", "Hans")
    assert result.code == 3
    assert result.stderr == (
        "error: nothing is saved yet: a first save needs --name, --city and --country "
        "(missing: --city, --country)\n"
    )
    assert "ualetters sender set'" not in result.stderr


def test_sender_set_without_a_language_saves_the_countrys_with_a_note() -> None:
    result = run("sender", "set", "--name", "Hans", "--city", "Zürich", "--country", "CH")
    assert result.code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        "note: saved de-CH as the language you write, the main language of CH; give --writes "
        "to choose others (e.g. --writes fr-CH --writes en)"
    )
    shown = run("sender", "show").stdout
    assert 'languages = ["de-CH"]' in shown
    # A later change keeps the saved languages and says nothing about them.
    again = run("sender", "set", "--city", "Bern")
    assert "note" not in again.stderr
    assert 'languages = ["de-CH"]' in run("sender", "show").stdout


def test_a_first_save_takes_the_interface_language_where_the_country_speaks_it() -> None:
    """A Genevan whose system is in French is saved as writing French, not German."""
    result = run("sender", "set", "--name", "Jean", "--city", "Genève", "--country", "CH",
                 env={"LANG": "fr_CH.UTF-8"})  # fmt: skip
    assert result.code == 0, result.stderr
    assert result.stderr.splitlines()[0].startswith("remarque\u00a0: ")
    assert "fr-CH" in result.stderr.splitlines()[0]
    assert 'languages = ["fr-CH"]' in run("sender", "show").stdout


def test_sender_set_asks_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("ualetters.cli.interactive", lambda: True)
    result = run("sender", "set", "--name", "Jean", "--city", "Genève", "--country", "CH",
                 stdin="fr-CH\n")  # fmt: skip
    assert result.code == 0, result.stderr
    assert 'languages = ["fr-CH"]' in run("sender", "show").stdout


def test_lang_of_sender_set_is_a_deprecated_alias_of_writes() -> None:
    result = run("sender", "set", "--name", "Jo", "--city", "London", "--country", "GB",
                 "--lang", "en")  # fmt: skip
    assert result.code == 0
    assert result.stderr.splitlines()[0] == "note: --lang is deprecated; use --writes"
    assert "--lang" not in run("sender", "set", "--help").stdout


def test_help_has_no_python_types_and_no_cut_descriptions() -> None:
    top = run("--help").stdout
    assert "..." not in top.split("Commands:")[1]
    assert "--install-completion" in top  # shell completion is on
    for command in ("generate", "check", "batch", "schema", "init", "new", "sender set"):
        text = run(*command.split(), "--help").stdout
        assert not re.search(r"<(list|str|int|path|bool)", text), (command, text)
    assert all(f in run("batch", "--help").stdout for f in ("docx, txt, pdf, json or eml",))


def test_init_writes_a_starter_kit_in_the_ui_language(tmp_path: Path) -> None:
    result = run("init", tmp_path / "kit", "--ui-lang", "de")
    assert result.code == 0, result.stderr
    kit = tmp_path / "kit"
    assert sorted(p.name for p in kit.iterdir()) == [
        "case.schema.json", "case.yaml", "members.csv", "members.xlsx", "sender.toml",
    ]  # fmt: skip
    case = (kit / "case.yaml").read_text(encoding="utf-8")
    assert case.startswith("# yaml-language-server: $schema=case.schema.json\n")
    assert "\nformat: 2\n" in case and "TODO(ualetters)" in case
    header = (kit / "members.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Name;Strasse;PLZ;Ort;Land;Sprache;E-Mail;Persönliche Notiz"
    # The starter's placeholders load; its TODO marks make check list them and exit 3.
    checked = run("check", kit / "case.yaml", "--sender", kit / "sender.toml")
    assert checked.code == 3, checked.stderr
    assert "case.yaml:8: the UA number as printed" in checked.stdout
    # The starter sender signs "Your Name": no letter is written with it until it is filled.
    signed = run("generate", CASE_FILE, "--sender", kit / "sender.toml", "-o", "-",
                 "--date", "2020-07-23", "--ui-lang", "en")  # fmt: skip
    assert signed.code == 3 and signed.stdout == ""
    assert signed.stderr.startswith(f"error: {kit / 'sender.toml'}:4: 5 TODO(ualetters) marks left")
    from ualetters.supporters import read_supporters

    for name in ("members.csv", "members.xlsx"):
        (anna,) = read_supporters(kit / name).supporters
        assert (anna.sender.postal_code, anna.sender.languages) == ("3011", ["de-CH", "en"])
    again = run("init", kit)
    assert again.code == 4  # init has no --out to suggest: it takes a folder
    assert (
        again.stderr == f"error: {kit / 'case.yaml'}: exists already; use --force to overwrite it\n"
    )
    assert run("init", kit, "--force").code == 0


def test_new_writes_the_starter_case_and_asks_only_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = run("new", tmp_path / "plain.yaml")
    assert plain.code == 0, plain.stderr
    assert "TODO(ualetters)" in (tmp_path / "plain.yaml").read_text(encoding="utf-8")
    monkeypatch.setattr("ualetters.cli.interactive", lambda: True)
    answers = "UA 12/34\nRU\nEgor Zhukov\nProsecutor General\n\nnot a date\n2030-01-31\n"
    asked = run("new", tmp_path / "asked.yaml", stdin=answers)
    assert asked.code == 0, asked.stderr
    case = ualetters.load_case(tmp_path / "asked.yaml", allow_todos=True)  # the rest to fill in
    assert (case.ua, case.country, case.deadline) == ("UA 12/34", "RU", dt.date(2030, 1, 31))
    again = run("new", tmp_path / "asked.yaml", stdin=answers)
    assert again.code == 4  # never overwritten
    assert again.stderr.endswith("exists already; use --force to overwrite it\n"), again.stderr


def _help_examples() -> list[str]:
    """Return every `ualetters ...` example line of every --help, continuations joined."""
    group = typer.main.get_command(app)
    texts = [group.help or ""]
    for command in group.commands.values():  # type: ignore[attr-defined]
        subs = getattr(command, "commands", {"": command})
        texts += [sub.help or "" for sub in subs.values()]
    examples = []
    for text in texts:
        joined = re.sub(r"\\\n\s*", "", text)
        examples += [line.strip() for line in joined.splitlines()]
    return [line for line in examples if line.startswith("ualetters ")]


@pytest.mark.parametrize("example", _help_examples())
def test_every_help_example_works_in_an_example_folder(
    example: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    words = shlex.split(example.partition(" > ")[0])[1:]
    if words[:1] != ["init"]:
        assert run("init", "--example").code == 0
    result = run(*words)
    assert result.code == 0, (example, result.stderr)


def test_the_api_raises_its_own_errors_for_values_of_a_wrong_kind() -> None:
    date = dt.date(2020, 7, 23)
    with pytest.raises(ualetters.UsageError) as caught:
        ualetters.generate(str(CASE_FILE), None, out=None, date=date)  # type: ignore[arg-type]
    assert caught.value.parameter == "sender"
    for call in (
        lambda: ualetters.generate(3, str(SENDER_FILE), out=None, date=date),
        lambda: ualetters.generate(str(CASE_FILE), str(SENDER_FILE), out=None, date="2020-07-23"),
        lambda: ualetters.generate(str(CASE_FILE), str(SENDER_FILE), out=3, date=date),
    ):
        with pytest.raises(ualetters.UaLettersError):
            call()  # type: ignore[no-untyped-call]
    result = ualetters.generate(str(CASE_FILE), str(SENDER_FILE), out=None, date=date)
    assert result.stream is not None and "Jeenbekov" in result.stream
