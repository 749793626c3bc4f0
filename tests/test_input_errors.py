"""Every kind of bad input: one line on stderr naming file, line and field; exit code; no files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import ualetters
from ualetters.errors import EXIT_INVALID, EXIT_OUTPUT, EXIT_USAGE, CaseFileError, SenderError

from .conftest import CASE_FILE, SENDER_FILE
from .helpers import run

CASE_TEXT = CASE_FILE.read_text(encoding="utf-8")


def variant(tmp_path: Path, old: str, new: str, name: str = "case.yaml") -> Path:
    """Write the bundled case with one change; the change must apply."""
    assert old in CASE_TEXT, f"the bundled example no longer contains {old!r}"
    path = tmp_path / name
    path.write_text(CASE_TEXT.replace(old, new, 1), encoding="utf-8")
    return path


def line_of(path: Path, text: str) -> int:
    """Return the 1-based number of the first line of `path` that starts with `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(text))


def generate(case: Path | str, out: Path, *extra: str) -> tuple[int, str, str]:
    return run(
        "generate",
        str(case),
        "--sender",
        str(SENDER_FILE),
        "--date",
        "2020-07-23",
        "--out",
        str(out),
        *extra,
    )


def assert_one_error_line(code: int, stdout: str, stderr: str, expected_code: int, text: str):
    """The user sees exactly one line, the expected code, and no Python internals."""
    assert code == expected_code, stderr
    assert stdout == ""
    assert stderr.endswith("\n") and stderr.count("\n") == 1, stderr
    assert stderr == f"error: {text}\n"
    assert "Traceback" not in stderr


# --- case files ------------------------------------------------------------------------------


def test_unknown_case_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "nope.yaml"
    assert_one_error_line(*generate(missing, out), EXIT_INVALID, f"{missing}: file not found")
    assert not out.exists()


def test_case_path_is_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(tmp_path, out), EXIT_INVALID, f"{tmp_path}: is a folder, not a file"
    )


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    case = variant(tmp_path, "title:\n  en: Health", "title:\n  en: [Health")
    out = tmp_path / "out"
    code, stdout, stderr = generate(case, out)
    assert code == EXIT_INVALID
    opened = line_of(case, "  en: [Health")
    # The parser notices the mistake on the next line and says where the list began.
    assert_one_error_line(
        code,
        stdout,
        stderr,
        EXIT_INVALID,
        f"{case}:{opened + 1}: YAML syntax error: expected ',' or ']', but got ':' "
        f"(while parsing a flow sequence started on line {opened})",
    )
    assert not out.exists()


def test_missing_field_names_path_and_line(tmp_path: Path) -> None:
    case = variant(tmp_path, "      city: Bishkek\n", "")
    out = tmp_path / "out"
    line = line_of(case, "    address:")
    assert_one_error_line(
        *generate(case, out),
        EXIT_INVALID,
        f"{case}:{line}: targets[0].address.city: required field is missing",
    )
    assert not out.exists()


def test_missing_top_level_field(tmp_path: Path) -> None:
    # `ua` became optional in case format 2 (a section's own action may have no number);
    # `country` is required.
    case = variant(tmp_path, "country: KG\n", "")
    assert_one_error_line(
        *generate(case, tmp_path / "out"),
        EXIT_INVALID,
        f"{case}:{line_of(case, 'ua: UA 61/20')}: country: required field is missing",
    )


def test_a_case_without_number_or_id_says_so(tmp_path: Path) -> None:
    case = variant(tmp_path, "ua: UA 61/20\n", "")
    assert_one_error_line(
        *generate(case, tmp_path / "out"),
        EXIT_INVALID,
        f"{case}:{line_of(case, 'ai_index: EUR 58/2195/2020')}: give the UA number ('ua') or a "
        "file-name stem ('id') (ua, id)",
    )


def test_misspelled_field_suggests_the_right_name(tmp_path: Path) -> None:
    case = variant(tmp_path, "ai_index:", "ai_indx:")
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(case, out),
        EXIT_INVALID,
        f"{case}:{line_of(case, 'ai_indx: EUR 58/2195/2020')}: ai_indx: "
        "unknown field (did you mean 'ai_index'?)",
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("old", "new", "marker", "field", "reason"),
    [
        (
            "  - date: 2020-07-25",
            "  - date: 25 July 2020",
            "  - date: 25 July 2020",
            "updates[2].date",
            "expected a date written YYYY-MM-DD (got '25 July 2020')",
        ),
        (
            # Not a calendar date: PyYAML would crash on this one without a line.
            "  - date: 2020-07-25",
            "  - date: 2020-17-25",
            "  - date: 2020-17-25",
            "updates[2].date",
            "expected a date written YYYY-MM-DD (got '2020-17-25')",
        ),
        (
            "    kind: extended",
            "    kind: extend",
            "    kind: extend",
            "updates[0].kind",
            "expected 'info', 'extended' or 'closed' (got 'extend')",
        ),
        (
            "      en: Azimjan Askarov\n",
            "      en: [Azimjan Askarov]\n",
            "      en: [Azimjan Askarov]",
            "persons[0].name.en",
            "expected a text (got ['Azimjan Askarov'])",
        ),
        (
            "      en: Presidential Administration",
            "      en: [Presidential Administration]",
            "      en: [Presidential Administration]",
            "targets[0].organisation.en",
            "expected a text (got ['Presidential Administration'])",
        ),
        (
            "  - id: president\n",
            "  - id: president\n    email: president at gov.kg\n",
            "    email: president at gov.kg",
            "targets[0].email",
            "'president at gov.kg' is not an email address",
        ),
        (
            "    kind: info\n",
            "    kind: info\n    deadline: 2020-08-01\n",
            "  - date: 2020-07-24",
            "updates[1]",
            "only an update of kind 'extended' can set a new 'deadline'",
        ),
        (
            # One copy written without a list: the path shows what the user wrote.
            "  CH:\n    name:\n      en: Embassy of the Kyrgyz Republic",
            "  CH:\n    name:\n      en: 5",
            "      en: 5",
            "copies.CH.name.en",
            "expected a text (got 5)",
        ),
        (
            # YAML reads it as a number (and 01234 as octal): the user must quote it.
            '      postal_code: "720003"',
            "      postal_code: 720003",
            "      postal_code: 720003",
            "targets[0].address.postal_code",
            'write the postal code in quotes ("720003"), so no digit is lost',
        ),
        (
            "  - id: president",
            "  - id: The President",
            "  - id: The President",
            "targets[0].id",
            "use lower-case letters, digits and '-' only",
        ),
    ],
)
def test_mistyped_field_names_path_and_line(
    tmp_path: Path, old: str, new: str, marker: str, field: str, reason: str
) -> None:
    case = variant(tmp_path, old, new)
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(case, out), EXIT_INVALID, f"{case}:{line_of(case, marker)}: {field}: {reason}"
    )
    # Pydantic's names for the branches of a union never reach the user.
    assert not out.exists()


def test_no_pydantic_internals_in_messages(tmp_path: Path) -> None:
    case = variant(
        tmp_path,
        "title:\n  en: Health of prisoner of conscience at risk\n",
        "title:\n  en: 5\n",
    )
    code, _stdout, stderr = generate(case, tmp_path / "out")
    assert code == EXIT_INVALID
    for noise in ("dict[", "function-", "constrained-str", "[key]", "Input should"):
        assert noise not in stderr
    assert f"{case}:{line_of(case, '  en: 5')}: title.en: expected a text (got 5)" in stderr


@pytest.mark.parametrize(
    ("old", "new", "marker", "field", "code"),
    [
        (
            "      country: KG",
            "      country: XX",
            "      country: XX",
            "targets[0].address.country",
            "XX",
        ),
        ("country: KG\n", "country: Kyrgyzstan\n", "country: Kyrgyzstan", "country", "Kyrgyzstan"),
        ("country: KG\n", "country: ZZ\n", "country: ZZ", "country", "ZZ"),  # CLDR's "unknown"
        ("  DE:\n", "  DX:\n", "  DX:", "copies.DX", "DX"),
    ],
)
def test_unknown_country_code(
    tmp_path: Path, old: str, new: str, marker: str, field: str, code: str
) -> None:
    case = variant(tmp_path, old, new)
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(case, out),
        EXIT_INVALID,
        f"{case}:{line_of(case, marker)}: {field}: "
        f"'{code}' is not a country code (ISO 3166, e.g. CH, DE, KG)",
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("old", "new", "marker", "field", "code"),
    [
        (
            "      de: Sehr geehrter Herr Präsident",
            "      deu-xx: Sehr geehrter Herr Präsident",
            "      deu-xx: Sehr geehrter Herr Präsident",
            "targets[0].salutation.deu-xx",
            "deu-xx",
        ),
        (
            "title:\n  en: Health",
            "title:\n  english: Health",
            "  english: Health of prisoner of conscience at risk",
            "title.english",
            "english",
        ),
        (
            "copies:\n",
            "languages: [ru, klingon]\ncopies:\n",
            "languages: [ru, klingon]",
            "languages[1]",
            "klingon",
        ),
    ],
)
def test_unknown_language_code(
    tmp_path: Path, old: str, new: str, marker: str, field: str, code: str
) -> None:
    case = variant(tmp_path, old, new)
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(case, out),
        EXIT_INVALID,
        f"{case}:{line_of(case, marker)}: {field}: '{code}' is not a language code",
    )
    assert not out.exists()


def test_unknown_language_option(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(CASE_FILE, out, "--lang", "klingon"),
        EXIT_USAGE,
        "--lang: 'klingon' is not a language code",
    )
    assert_one_error_line(
        *generate(CASE_FILE, out, "--lang", "sw"),
        EXIT_USAGE,
        "--lang: no letter template for language 'sw'",
    )
    assert not out.exists()


def test_case_that_is_not_a_mapping(tmp_path: Path) -> None:
    case = tmp_path / "list.yaml"
    case.write_text("- UA 61/20\n", encoding="utf-8")
    assert_one_error_line(
        *generate(case, tmp_path / "out"),
        EXIT_INVALID,
        f"{case}: expected a mapping of fields (got ['UA 61/20'])",
    )


def test_library_error_carries_location(tmp_path: Path) -> None:
    case = variant(tmp_path, "      country: KG", "      country: XX")
    with pytest.raises(CaseFileError) as caught:
        ualetters.load_case(case)
    assert caught.value.source == str(case)
    assert caught.value.line == line_of(case, "      country: XX")
    assert caught.value.field == "targets[0].address.country"
    assert isinstance(caught.value, ValueError)


# --- templates -------------------------------------------------------------------------------


def _broken_template(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    from ualetters.render import bundled_templates

    source = (bundled_templates() / "de.j2").read_text(encoding="utf-8")
    assert old in source
    folder = tmp_path / "templates"
    folder.mkdir()
    broken = source.replace(old, new, 1)
    (folder / "de.j2").write_text(broken, encoding="utf-8")
    line = next(n for n, text in enumerate(broken.splitlines(), 1) if new in text)
    return folder, line


def test_template_with_undefined_variable_names_file_and_line(tmp_path: Path) -> None:
    folder, line = _broken_template(tmp_path, "{{ facts }}", "{{ factz }}")
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(CASE_FILE, out, "--templates", str(folder)),
        EXIT_INVALID,
        f"{folder / 'de.j2'}:{line}: undefined variable: 'factz' is undefined",
    )
    assert not out.exists()


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    folder, line = _broken_template(tmp_path, "{{ facts }}", "{{ facts }")
    out = tmp_path / "out"
    code, _stdout, stderr = generate(CASE_FILE, out, "--templates", str(folder))
    assert code == EXIT_INVALID
    assert stderr.startswith(f"error: {folder / 'de.j2'}:{line}: template syntax error: ")
    assert stderr.count("\n") == 1
    assert not out.exists()


def test_template_may_not_reach_python_internals(tmp_path: Path) -> None:
    folder, line = _broken_template(tmp_path, "{{ facts }}", "{{ facts.__class__ }}")
    code, _stdout, stderr = generate(CASE_FILE, tmp_path / "out", "--templates", str(folder))
    assert code == EXIT_INVALID
    assert stderr.startswith(f"error: {folder / 'de.j2'}:{line}: not allowed in a template: ")


def test_missing_templates_folder(tmp_path: Path) -> None:
    folder = tmp_path / "nowhere"
    assert_one_error_line(
        *generate(CASE_FILE, tmp_path / "out", "--templates", str(folder)),
        EXIT_INVALID,
        f"{folder}: templates folder not found",
    )


# --- output ----------------------------------------------------------------------------------


def test_unwritable_output_folder(tmp_path: Path) -> None:
    # Tests may run as root, who may write anywhere: a folder below a regular file cannot exist.
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "letters"
    assert_one_error_line(
        *generate(CASE_FILE, out),
        EXIT_OUTPUT,
        f"{out}: cannot create the output folder (Not a directory)",
    )
    assert_one_error_line(
        *generate(CASE_FILE, blocker), EXIT_OUTPUT, f"{blocker}: exists and is not a folder"
    )
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_read_only_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    if os.geteuid() == 0:  # root writes anywhere (and CI runs as root): let the OS say no
        import ualetters.output

        real_access = os.access

        def access(path: object, mode: int, **kwargs: object) -> bool:
            if Path(str(path)) == out and mode & os.W_OK:
                return False
            return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(ualetters.output.os, "access", access)
    try:
        assert_one_error_line(
            *generate(CASE_FILE, out), EXIT_OUTPUT, f"{out}: the output folder is not writable"
        )
        assert list(out.iterdir()) == []
    finally:
        out.chmod(0o700)


# --- senders ---------------------------------------------------------------------------------


def test_unknown_sender_file(tmp_path: Path) -> None:
    missing = tmp_path / "me.toml"
    out = tmp_path / "out"
    assert_one_error_line(
        *run("generate", str(CASE_FILE), "--sender", str(missing), "--out", str(out)),
        EXIT_INVALID,
        f"{missing}: file not found",
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[sender]\nname = "A"\ncity = "Bern"\ncountry = "XY"\n',
            "4: country: 'XY' is not a country code (ISO 3166, e.g. CH, DE, KG)",
        ),
        (
            '[sender]\nname = "A"\ncity = "Bern"\ncountry = "CH"\nlanguage = "schwiizerdütsch"\n',
            # The field as the user wrote it: `language`, the alias of `languages`.
            "5: language: 'schwiizerdütsch' is not a language code",
        ),
        ('[sender]\nname = "A"\ncity = "Bern"\n', "1: country: required field is missing"),
        ('[sender]\nname = "A"\ncity = "Bern\n', "3: TOML syntax error: Illegal character '\\n'"),
    ],
)
def test_bad_sender_file_names_line_and_field(tmp_path: Path, text: str, expected: str) -> None:
    sender = tmp_path / "me.toml"
    sender.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert_one_error_line(
        *run("generate", str(CASE_FILE), "--sender", str(sender), "--out", str(out)),
        EXIT_INVALID,
        f"{sender}:{expected}",
    )
    assert not out.exists()


def test_bad_sender_option_names_the_option(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, stdout, stderr = run(
        "generate",
        str(CASE_FILE),
        "--sender",
        str(SENDER_FILE),
        "--country",
        "XY",
        "--out",
        str(out),
    )
    assert_one_error_line(
        code,
        stdout,
        stderr,
        EXIT_USAGE,
        "--country: 'XY' is not a country code (ISO 3166, e.g. CH, DE, KG)",
    )
    assert not out.exists()


def test_no_sender_at_all(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _stdout, stderr = run("generate", str(CASE_FILE), "--out", str(out))
    assert code == EXIT_INVALID
    assert stderr.count("\n") == 1
    assert "ualetters sender set" in stderr
    assert not out.exists()
    with pytest.raises(SenderError):
        ualetters.load_sender(tmp_path / "nobody.toml")


def test_bad_date_option(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert_one_error_line(
        *run(
            "generate",
            str(CASE_FILE),
            "--sender",
            str(SENDER_FILE),
            "--date",
            "23.7.2020",
            "--out",
            str(out),
        ),
        EXIT_USAGE,
        "--date: '23.7.2020' is not a date; write it as YYYY-MM-DD",
    )
    assert not out.exists()


def test_duplicate_key_is_not_silently_dropped(tmp_path: Path) -> None:
    case = variant(
        tmp_path, "ai_index: EUR 58/2195/2020\n", "ai_index: EUR 58/2195/2020\nua: UA 1/21\n"
    )
    out = tmp_path / "out"
    assert_one_error_line(
        *generate(case, out),
        EXIT_INVALID,
        f"{case}:{line_of(case, 'ua: UA 1/21')}: ua: the key 'ua' appears twice "
        f"(first on line {line_of(case, 'ua: UA 61/20')})",
    )
    assert not out.exists()


def test_yaml_sender_errors_are_sender_errors(tmp_path: Path) -> None:
    sender = tmp_path / "me.yaml"
    sender.write_text("sender:\n  name: A\n  name: B\n  city: Bern\n  country: CH\n", "utf-8")
    with pytest.raises(SenderError) as caught:
        ualetters.load_sender(sender)
    assert (
        str(caught.value) == f"{sender}:3: sender.name: the key 'name' appears twice "
        "(first on line 2)"
    )


def test_case_file_not_in_utf8(tmp_path: Path) -> None:
    case = tmp_path / "latin1.yaml"
    case.write_bytes("ua: UA 61/20\ntitle: Grüße\n".encode("latin-1"))
    assert_one_error_line(
        *generate(case, tmp_path / "out"),
        EXIT_INVALID,
        f"{case}:2: not UTF-8 text (byte 0xfc); save the file as UTF-8",
    )


def test_template_without_a_required_block(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "de.j2").write_text(
        "{% block subject %}x{% endblock %}{% block body %}y{% endblock %}", encoding="utf-8"
    )
    assert_one_error_line(
        *generate(CASE_FILE, tmp_path / "out", "--templates", str(folder)),
        EXIT_INVALID,
        f"{folder / 'de.j2'}: template lacks the blocks salutation, closing",
    )
    assert not (tmp_path / "out").exists()
