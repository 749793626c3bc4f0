"""The command line speaks the user's language; check explains each letter's language."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from ualetters.cli import app
from ualetters.errors import EXIT_CLOSED, EXIT_OUTPUT, EXIT_USAGE

from .conftest import CASE_FILE, EXAMPLE_ARGS, SENDER_FILE

THREE_TARGETS = Path(__file__).parent / "data" / "three_targets.yaml"
ENV_EN = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
ENV_DE_CH = {"LANG": "de_CH.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def german_only(folder: Path) -> Path:
    """Return the example sender writing German only: a Russian letter is not theirs to read.

    (The example sender also writes English, which the three-targets case accepts, and a
    language the target accepts that the sender writes comes first: #13.)
    """
    path = folder / "sender-de.toml"
    text = SENDER_FILE.read_text(encoding="utf-8")
    path.write_text(text.replace('languages = ["de-CH", "en"]', 'languages = ["de-CH"]'), "utf-8")
    assert path.read_text(encoding="utf-8") != text
    return path


def generate(out: Path, *extra: str, env: dict[str, str], date: str = "2020-07-23"):
    args = ["generate", str(CASE_FILE), "--sender", str(SENDER_FILE), "--date", date]
    return CliRunner().invoke(app, [*args, "--out", str(out), *extra], env=env)


def test_messages_in_german_with_swiss_lang(tmp_path: Path) -> None:
    result = generate(tmp_path, env=ENV_DE_CH)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == f"2 Dateien für 1 Brief in {tmp_path}/ geschrieben"
    again = generate(tmp_path, env=ENV_DE_CH)
    assert again.exit_code == EXIT_OUTPUT
    assert again.stderr.startswith("Fehler: ")
    assert "existiert bereits; mit --force überschreiben" in again.stderr


def test_messages_in_english_by_default(tmp_path: Path) -> None:
    result = generate(tmp_path, env=ENV_EN)
    assert result.stderr.splitlines()[0] == f"2 files for 1 letter written to {tmp_path}/"


def test_closed_case_message_in_german(tmp_path: Path) -> None:
    result = generate(tmp_path, env=ENV_DE_CH, date="2020-07-30")
    assert result.exit_code == EXIT_CLOSED
    assert result.stderr == (
        "Fehler: UA 61/20 wurde am 25. Juli 2020 abgeschlossen: Azimjan Askarov ist am "
        "25. Juli 2020 in Haft gestorben; mit --date ein früheres Datum wählen oder mit "
        "--allow-closed trotzdem schreiben\n"
    )


def test_ui_lang_option_wins_over_lang(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "--ui-lang",
            "fr",
            *EXAMPLE_ARGS,
            "--out",
            str(tmp_path),
        ],
        env=ENV_DE_CH,
    )
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0] == f"Dans {tmp_path}/\u00a0: 2 fichiers pour 1 lettre"


def test_unknown_ui_lang_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["--ui-lang", "xx-yy-zz", "check", str(CASE_FILE)])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr == "error: --ui-lang: 'xx-yy-zz' is not a language code\n"


def test_check_shows_language_reason_and_fallback_salutation(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "check",
            str(THREE_TARGETS),
            "--sender",
            str(german_only(tmp_path)),
            "--date",
            "2021-04-01",
        ],
        env=ENV_EN,
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "  target prosecutor: Prosecutor General of the Kyrgyz Republic (KG)\n" in out
    assert "    language: ru (the case's preferred language)\n" in out
    assert (
        "    note: ru is not one of your languages (de-CH); you would sign a letter you may "
        "be unable to read; --with-translation adds a courtesy translation in de-CH\n"
    ) in out
    assert (
        "    salutation: none given for ru; the formal fallback “Уважаемые дамы и господа” "
        "is used\n"
    ) in out
    assert "    language: de-CH (a language the target accepts that you write" in out
    # Two letters the German-only sender cannot read: to the prosecutor and the secretary.
    assert out.count("note:") == 2 and out.count("salutation:") == 1


def test_check_in_german(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "check",
            str(THREE_TARGETS),
            "--sender",
            str(german_only(tmp_path)),
            "--date",
            "2021-04-01",
        ],
        env=ENV_DE_CH,
    )
    assert "    Sprache: ru (bevorzugte Sprache des Falls)\n" in result.stdout
    assert "Stand am 2021-04-01: offen" in result.stdout


def test_with_translation_adds_a_marked_second_page(tmp_path: Path) -> None:
    result = generate(tmp_path, "--lang", "ru", "--with-translation", env=ENV_EN)
    assert result.exit_code == 0, result.output
    text = (tmp_path / "ua-61-20_president_ru.txt").read_text(encoding="utf-8")
    letter, _, translation = text.partition("Неофициальный перевод / Unverbindliche Übersetzung")
    assert "Уважаемый господин Президент!" in letter
    assert translation.lstrip().startswith("Azimjan Askarov: Gesundheit")
    assert "Sehr geehrter Herr Präsident\n" in translation
    with zipfile.ZipFile(io.BytesIO((tmp_path / "ua-61-20_president_ru.docx").read_bytes())) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    marker = xml.index("Неофициальный перевод / Unverbindliche Übersetzung")
    assert xml.rfind("<w:pageBreakBefore/>", 0, marker) > xml.rfind("Anna Beispiel", 0, marker)
    assert xml.index("Sehr geehrter Herr Präsident") > marker


def test_no_translation_when_the_sender_writes_the_language(tmp_path: Path) -> None:
    result = generate(tmp_path, "--lang", "en", "--with-translation", env=ENV_EN)
    assert result.exit_code == 0
    text = (tmp_path / "ua-61-20_president_en.txt").read_text(encoding="utf-8")
    assert "Courtesy translation" not in text and "Übersetzung" not in text


def test_generate_warns_about_a_letter_in_a_language_the_sender_did_not_ask_for(
    tmp_path: Path,
) -> None:
    sender = german_only(tmp_path)
    args = ["generate", str(THREE_TARGETS), "--sender", str(sender), "--date", "2021-04-01"]
    result = CliRunner().invoke(app, [*args, "--out", str(tmp_path)], env=ENV_DE_CH)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "Warnung: Adressat prosecutor: Der Brief ist auf Russisch (bevorzugte Sprache des "
        "Falls), in keiner Ihrer Sprachen; --with-translation legt eine unverbindliche "
        "Übersetzung bei"
    )
    with_translation = CliRunner().invoke(
        app, [*args, "--out", str(tmp_path / "t"), "--with-translation"], env=ENV_DE_CH
    )
    assert "Warnung" not in with_translation.stderr


def test_swiss_spelling_applies_to_messages_not_to_paths(tmp_path: Path) -> None:
    from ualetters import ui

    ui.set_language("de-CH")
    assert ui._("Dear Sir or Madam") == "Sehr geehrte Damen und Herren"
    assert ui._("warning: %(message)s", message="Straße") == "Warnung: Straße"
    out = tmp_path / "Straße"
    first = generate(out, env=ENV_DE_CH)
    assert first.exit_code == 0
    again = generate(out, env=ENV_DE_CH)
    assert f"{out}/ua-61-20_president_de.txt: existiert bereits" in again.stderr
