"""The library's entry points: every input form, the project's errors, silence."""

from __future__ import annotations

from pathlib import Path

import pytest

import ualetters
from tests.conftest import CASE_FILE, LETTER_DATE, SENDER_FILE


def test_a_case_loads_alike_from_path_text_and_dict() -> None:
    from_path = ualetters.load_case(CASE_FILE)
    from_text = ualetters.load_case(CASE_FILE.read_text(encoding="utf-8"))
    from_dict = ualetters.load_case(from_path.to_data())
    assert from_path == from_text == from_dict


def test_step_by_step_equals_the_one_call(case, sender) -> None:
    plan = ualetters.plan(case, sender, date=LETTER_DATE)
    assert ualetters.render_letters(plan) == ualetters.letters_for(case, sender, date=LETTER_DATE)


def _line_of(text: str) -> int:
    lines = CASE_FILE.read_text(encoding="utf-8").splitlines()
    return lines.index(text) + 1


@pytest.mark.parametrize(
    ("source", "error", "message"),
    [
        ("no/such/case.yaml", ualetters.CaseFileError, "no/such/case.yaml: file not found"),
        (
            CASE_FILE.read_text(encoding="utf-8").replace("\ncountry: KG\n", "\ncountry: XX\n"),
            ualetters.CaseFileError,
            f"<case>:{_line_of('country: KG')}: country: 'XX' is not a country code",
        ),
        ({"ua": "UA 1/20"}, ualetters.CaseFileError, "<case>: country: required field"),
    ],
)
def test_bad_cases_raise_the_projects_errors(source, error, message) -> None:
    with pytest.raises(error) as caught:
        ualetters.load_case(source)
    assert str(caught.value).startswith(message)
    assert isinstance(caught.value, ValueError)  # catchable as the stdlib type, too
    assert caught.value.exit_code == 3


def test_a_bad_sender_dict_raises_sender_error() -> None:
    with pytest.raises(ualetters.SenderError, match="country"):
        ualetters.load_sender({"name": "A", "city": "Bern", "country": "Narnia"})


def test_a_closed_case_raises_case_closed(case, sender) -> None:
    import datetime as dt

    with pytest.raises(ualetters.CaseClosedError) as caught:
        ualetters.letters_for(case, sender, date=dt.date(2020, 7, 26))
    assert caught.value.exit_code == 5


def test_an_unknown_format_is_an_input_error(case, sender) -> None:
    letter = ualetters.letters_for(case, sender, date=LETTER_DATE)[0]
    with pytest.raises(ualetters.InputError, match="unknown format 'pdfx'"):
        ualetters.letter_bytes(letter, "pdfx")


@pytest.mark.office  # letter_bytes(letter, "pdf") drives LibreOffice
def test_the_api_prints_nothing(case, capsys: pytest.CaptureFixture[str]) -> None:
    sender = ualetters.load_sender(SENDER_FILE)
    for letter in ualetters.letters_for(case, sender, date=LETTER_DATE):
        ualetters.to_text(letter)
        ualetters.to_json(letter)
        ualetters.to_docx(letter)
        for fmt in ualetters.api.FORMATS:
            if fmt != "eml":
                ualetters.letter_bytes(letter, fmt)
    ualetters.case_schema()
    captured = capsys.readouterr()
    assert captured.out == captured.err == ""


def test_json_lines_is_one_line_per_letter(case, sender) -> None:
    letters = ualetters.letters_for(case, sender, date=LETTER_DATE) * 3
    lines = ualetters.json_lines(letters)
    assert lines.endswith("\n")
    assert lines.splitlines() == [ualetters.to_json(letter) for letter in letters]


def test_generate_writes_only_where_asked(tmp_path: Path, case, sender) -> None:
    result = ualetters.generate(
        case, sender, out=tmp_path / "out", formats=["txt", "json"], date=LETTER_DATE
    )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "ua-61-20_president_de.json",
        "ua-61-20_president_de.txt",
    ]
    assert result.skipped == []


def test_the_literal_types_name_every_format_layout_and_combine_mode() -> None:
    from typing import get_args

    from ualetters.batch import COMBINE_MODES
    from ualetters.writers import FORMATS

    assert get_args(ualetters.FormatName) == tuple(FORMATS)
    assert get_args(ualetters.LayoutName) == tuple(ualetters.LAYOUTS)
    assert get_args(ualetters.CombineMode) == COMBINE_MODES


def test_the_parameters_take_the_literal_types_not_any_string() -> None:
    """A type checker catches `formats=["odt"]` and `layout="a5"` (no `| str` in them)."""
    import inspect
    from typing import get_type_hints

    from ualetters.batch import run_batch

    for function in (ualetters.generate, run_batch):
        hints = get_type_hints(function)
        assert "str" not in repr(hints["layout"]).replace("Literal", ""), hints["layout"]
        assert "str" not in repr(hints["formats"]).replace("Literal", ""), hints["formats"]
        assert (
            inspect.signature(function).parameters["formats"].kind is inspect.Parameter.KEYWORD_ONLY
        )


def test_a_wrong_parameter_names_the_parameter_not_an_option(case, sender) -> None:
    with pytest.raises(ualetters.UsageError) as caught:
        ualetters.generate(case, sender, out=None, lang="klingon")
    assert caught.value.parameter == "lang"
    assert caught.value.exit_code == 2
    assert "--" not in str(caught.value)
    with pytest.raises(ualetters.UsageError) as caught:
        ualetters.letters_for(case, sender, date=LETTER_DATE, lang="sw")
    assert str(caught.value) == "lang: no letter template for language 'sw'"
    assert caught.value.reason.msgid == "no letter template for language '%(tag)s'"


def test_a_path_is_a_case_too(sender) -> None:
    # `out=None`: the letters come back as one text, as `generate --out -` prints them.
    result = ualetters.generate(CASE_FILE, sender, out=None, date=LETTER_DATE)
    assert result.stream is not None and result.stream.startswith("Anna Beispiel\n")
    assert result.files == []
