"""Every kind of message in the user's language: counts in the language's plural forms,
numbers written its way, the library's reasons translated, errors.csv included (#15)."""

from __future__ import annotations

import csv
import pickle
import re
from pathlib import Path

import pytest

from ualetters import output, ui
from ualetters.batch import run_batch
from ualetters.errors import Joined, Number, Plural

from .conftest import CASE_FILE, LETTER_DATE, ROOT, SENDER_FILE
from .helpers import run

DATE = "2020-07-23"
HEADER = "name,street,postal_code,city,country,language\n"
BAD_ROWS = "Eve,Weg 1,3011,Bern,XX,de\nBob,,,,CH,de\n"


def members(tmp_path: Path, count: int, extra: str = "") -> Path:
    """Write a supporters list of `count` good rows (Bern), then `extra` rows."""
    rows = "".join(f"Person {n},Weg {n},3011,Bern,CH,de-CH\n" for n in range(1, count + 1))
    path = tmp_path / "members.csv"
    path.write_text(HEADER + rows + extra, encoding="utf-8")
    return path


def batch(tmp_path: Path, supporters: Path, lang: str, *extra: str):
    out = tmp_path / "pack"
    return run("batch", CASE_FILE, "--supporters", supporters, "--out", out, "--date", DATE,
               "--format", "txt", "--ui-lang", lang, *extra)  # fmt: skip


@pytest.mark.parametrize(
    ("count", "summary"),
    [
        (1, "1 письмо в {out}; 1 строка = записано 1 + с ошибками 0"),
        (2, "2 письма в {out}; 2 строки = записано 2 + с ошибками 0"),
        (5, "5 писем в {out}; 5 строк = записано 5 + с ошибками 0"),
    ],
)
def test_batch_summary_in_russian_plural_forms(tmp_path: Path, count: int, summary: str) -> None:
    result = batch(tmp_path, members(tmp_path, count), "ru")
    assert result.code == 0, result.stderr
    assert result.stderr.splitlines()[-1] == summary.format(out=tmp_path / "pack")


@pytest.mark.parametrize(
    ("count", "summary"),
    [
        (1, "Probelauf: 1 Datei für 1 Person würde in {out} geschrieben; 2 Zeilen gemeldet; "),
        (2, "Probelauf: 2 Dateien für 2 Personen würden in {out} geschrieben; 2 Zeilen gemeldet; "),
    ],
)
def test_dry_run_in_german(tmp_path: Path, count: int, summary: str) -> None:
    result = batch(tmp_path, members(tmp_path, count, BAD_ROWS), "de", "--dry-run")
    assert result.code == 0, result.stderr
    expected = summary.format(out=tmp_path / "pack") + "es wurde nichts geschrieben"
    assert result.stderr.splitlines()[-1] == expected


def test_bad_rows_and_errors_csv_in_german(tmp_path: Path) -> None:
    supporters = members(tmp_path, 2, BAD_ROWS)
    result = batch(tmp_path, supporters, "de")
    assert result.code == 6
    lines = result.stderr.splitlines()
    assert lines[:2] == [
        f"{supporters}: Zeile 4: country: 'XX' ist kein Ländercode (ISO 3166, z. B. CH, DE, KG)",
        f"{supporters}: Zeile 5: city: ist leer",
    ]
    assert lines[-1] == (
        f"2 Briefe in {tmp_path / 'pack'}; 4 Zeilen = 2 geschrieben + 2 gemeldet (siehe errors.csv)"
    )
    with (tmp_path / "pack" / "errors.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows == [  # the column names stay: scripts read them
        ["row", "column", "reason"],
        ["4", "country", "'XX' ist kein Ländercode (ISO 3166, z. B. CH, DE, KG)"],
        ["5", "city", "ist leer"],
    ]


def test_errors_csv_of_the_library_is_english(tmp_path: Path) -> None:
    result = run_batch([CASE_FILE], members(tmp_path, 1, BAD_ROWS), tmp_path / "pack",
                       date=LETTER_DATE, formats=["txt"])  # fmt: skip
    assert [(e.row, e.column) for e in result.errors] == [(3, "country"), (4, "city")]
    text = (tmp_path / "pack" / "errors.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[1:] == [
        "3,country,\"'XX' is not a country code (ISO 3166, e.g. CH, DE, KG)\"",
        "4,city,is empty",
    ]


def test_strict_names_the_first_bad_row_in_german(tmp_path: Path) -> None:
    supporters = members(tmp_path, 2, BAD_ROWS)
    result = batch(tmp_path, supporters, "de", "--strict")
    assert result.code == 3
    assert result.stderr == (
        f"Fehler: {supporters}: 2 von 4 Zeilen fehlerhaft; es wurde nichts geschrieben "
        "(erster Fehler: Zeile 4: country: 'XX' ist kein Ländercode (ISO 3166, z. B. CH, DE, KG))\n"
    )
    assert not (tmp_path / "pack").exists()


def with_todos(tmp_path: Path, count: int) -> Path:
    """Write the bundled case with `count` TODO(ualetters) marks, the first at line 2."""
    lines = CASE_FILE.read_text(encoding="utf-8").splitlines()
    marks = [f"# TODO(ualetters): check point {n}" for n in range(1, count + 1)]
    path = tmp_path / "draft.yaml"
    path.write_text("\n".join([lines[0], *marks, *lines[1:]]) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("count", "words"),
    [
        (1, "осталась 1 пометка TODO(ualetters): check point 1; устраните пометки, прежде чем "
            "писать письма"),
        (2, "осталось 2 пометки TODO(ualetters), первая: check point 1; устраните их, прежде чем "
            "писать письма (полный список выводит «ualetters check»)"),
        (5, "осталось 5 пометок TODO(ualetters), первая: check point 1; устраните их, прежде чем "
            "писать письма (полный список выводит «ualetters check»)"),
    ],
)  # fmt: skip
def test_todo_marks_in_russian_plural_forms(tmp_path: Path, count: int, words: str) -> None:
    draft = with_todos(tmp_path, count)
    result = run("generate", draft, "--sender", SENDER_FILE, "--date", DATE,
                 "--out", tmp_path / "out", "--ui-lang", "ru")  # fmt: skip
    assert (result.code, result.stderr) == (3, f"ошибка: {draft}:2: {words}\n")
    assert not (tmp_path / "out").exists()


def test_one_todo_mark_in_english_and_german(tmp_path: Path) -> None:
    draft = with_todos(tmp_path, 1)
    args = ("generate", draft, "--sender", SENDER_FILE, "--date", DATE, "--out", tmp_path / "out")
    english = run(*args, "--ui-lang", "en")
    assert english.stderr == (
        f"error: {draft}:2: 1 TODO(ualetters) mark left: check point 1; resolve it before "
        "writing letters\n"
    )
    german = run(*args, "--ui-lang", "de")
    assert (german.code, german.stderr) == (
        3,
        f"Fehler: {draft}:2: noch 1 TODO(ualetters)-Markierung: check point 1; vor dem "
        "Schreiben der Briefe erledigen\n",
    )


# A letter template's four blocks; `{{ x }}` in the body is where a test puts its payload.
BLOCKS = (
    "{% block subject %}Appell{% endblock %}{% block salutation %}Hallo{% endblock %}"
    "{% block body %}{{ x }}{% endblock %}{% block closing %}Grüsse{% endblock %}"
)


def template_folder(tmp_path: Path, source: str) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "de.j2").write_text(source, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("{% if %}", "Syntaxfehler in der Vorlage: "),
        ("{% block subject %}x{% endblock %}{% block body %}y{% endblock %}",
         "der Vorlage fehlen die Blöcke salutation, closing"),
        (BLOCKS.replace("{{ x }}", '{{ "x" * 300000 }}'),
         "Grenze für Vorlagen überschritten: ein Text mit mehr als 262.144 Zeichen"),
        (BLOCKS.replace("{{ x }}", "{{ ''.__class__ }}"),
         "in einer Vorlage nicht erlaubt: Lesen von '__class__' eines 'str'"),
    ],
)  # fmt: skip
def test_template_errors_in_german(tmp_path: Path, source: str, reason: str) -> None:
    folder = template_folder(tmp_path, source)
    result = run("generate", CASE_FILE, "--sender", SENDER_FILE, "--date", DATE, "--lang", "de",
                 "--templates", folder, "--out", tmp_path / "out", "--ui-lang", "de")  # fmt: skip
    assert result.code == 3
    assert result.stderr.startswith(f"Fehler: {folder / 'de.j2'}")
    assert reason in result.stderr


def test_a_missing_templates_folder_in_italian(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = run("generate", CASE_FILE, "--sender", SENDER_FILE, "--date", DATE,
                 "--templates", missing, "--out", tmp_path / "out", "--ui-lang", "it")  # fmt: skip
    assert (result.code, result.stderr) == (
        3,
        f"errore: {missing}: cartella dei modelli non trovata\n",
    )


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("de", "eine Zahl mit 5.000 Zeichen"),
        ("fr", "un nombre de 5\u202f000 caractères"),
        ("ru", "знаков: 5\xa0000"),
        ("en", "a number of 5,000 characters"),
    ],
)
def test_numbers_are_written_the_languages_way(tmp_path: Path, lang: str, words: str) -> None:
    case = tmp_path / "case.yaml"
    case.write_text("ua: 1\nid: " + "9" * 5000 + "\n", encoding="utf-8")
    result = run("check", case, "--ui-lang", lang)
    assert result.code == 3
    assert words in result.stderr


def test_sizes_are_written_the_languages_way(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_bytes(b"ua: x\n" + b"#" * 3_000_000 + b"\n")
    result = run("check", case, "--ui-lang", "fr")
    assert result.code == 3
    assert result.stderr == (
        f"erreur\xa0: {case}: le fichier fait 3,0\xa0Mo, plus que les 2,0\xa0Mo autorisés\n"
    )


def test_the_post_asks_for_the_state_in_german(tmp_path: Path) -> None:
    text = CASE_FILE.read_text(encoding="utf-8")
    kyrgyz = '      postal_code: "720003"\n      city: Bishkek\n      country: KG'
    american = '      postal_code: "20008"\n      city: Washington\n      country: US'
    assert kyrgyz in text
    case = tmp_path / "case.yaml"
    case.write_text(text.replace(kyrgyz, american, 1), encoding="utf-8")
    result = run("check", case, "--date", DATE, "--ui-lang", "de")
    assert result.code == 0, result.stderr
    assert (
        "targets[0].address.area: die Post in US verlangt auf jeder Anschrift den Bundesstaat"
        in result.stdout
    )


def test_the_systems_reason_in_german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", broken_disk)
    result = run("generate", CASE_FILE, "--sender", SENDER_FILE, "--date", DATE, "--format", "txt",
                 "--out", tmp_path, "--ui-lang", "de")  # fmt: skip
    assert result.code == 4
    assert result.stderr == (
        f"Fehler: {tmp_path / 'ua-61-20_president_de.txt'}: kann nicht geschrieben werden "
        "(Kein Speicherplatz mehr auf dem Gerät)\n"
    )


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--limit", "0"), "ungültiger Wert für '--limit': muss mindestens 1 sein"),
        (("--jobs", "two"), "ungültiger Wert für '--jobs' / '-j': keine ganze Zahl"),
        (("--zip=yes",), "--zip nimmt keinen Wert an"),
    ],
)
def test_option_values_in_german(tmp_path: Path, args: tuple[str, ...], reason: str) -> None:
    result = batch(tmp_path, members(tmp_path, 1), "de", *args)
    assert result.code == 2
    assert result.stderr.splitlines()[-1] == f"Fehler: {reason}"


@pytest.mark.parametrize(
    ("extra", "reason"),
    [(("a",), "лишний аргумент: a"), (("a", "b"), "лишние аргументы: a b")],
)
def test_extra_arguments_in_russian(extra: tuple[str, ...], reason: str) -> None:
    result = run("schema", "case", *extra, "--ui-lang", "ru")
    assert result.code == 2
    assert result.stderr.splitlines()[-1] == f"ошибка: {reason}"


def words_of(text: str) -> str:
    return " ".join(text.split())


def test_help_in_german_lists_arabic_and_checks_its_own_lang() -> None:
    top = words_of(run("--ui-lang", "de", "--help").stdout)
    assert "(de, fr, it, en, es, ru, ar)" in top
    check = words_of(run("check", "--help", "--ui-lang", "de").stdout)
    assert "Die Briefe so prüfen, wie generate --lang sie schreiben würde (z. B. en)." in check
    generate = words_of(run("generate", "--help", "--ui-lang", "de").stdout)
    assert "Alle Briefe in dieser Sprache schreiben (z. B. en)." in generate
    assert "Die Briefe so prüfen" not in generate


def test_a_plural_crosses_a_worker_process_intact() -> None:
    summary = Plural("%(num)s letter in %(out)s", "%(num)s letters in %(out)s", 5, out="pack")
    again = pickle.loads(pickle.dumps(summary))
    assert (again, again.n, again.plural) == ("5 letters in pack", 5, summary.plural)
    previous = ui.language()
    try:
        ui.set_language("ru")
        assert ui.render(again) == "5 писем в pack"
        ui.set_language("ar")
        # Arabic's own comma between the parts of a list; its digits grouped its way.
        assert ui.render(Joined((Number(1234), "x"), ", ")) == "1,234، x"
    finally:
        ui.set_language(previous)


def test_no_msgid_leaves_the_plural_to_parentheses() -> None:
    pot = (ROOT / "locales" / "ualetters.pot").read_text(encoding="utf-8")
    msgids = re.findall(r'^msgid(?:_plural)? "(.*)"$', pot, flags=re.MULTILINE)
    assert len(msgids) > 400
    assert [m for m in msgids if re.search(r"\w\((s|es|en|e|n)\)", m)] == []
