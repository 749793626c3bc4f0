"""The README's Python examples run as written, and the public surface is what it promises."""

from __future__ import annotations

import doctest
import inspect
import re

import pytest

import ualetters
from tests.conftest import ROOT

README = ROOT / "README.md"
FLAGS = doctest.ELLIPSIS


def readme_session() -> str:
    """Return the README's ```pycon blocks as one doctest session, in order."""
    blocks = re.findall(r"```pycon\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    return "\n".join(blocks)


def run_doctest(text: str, name: str) -> doctest.TestResults:
    test = doctest.DocTestParser().get_doctest(text, {}, name, str(README), 0)
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test)
    return runner.summarize(verbose=False)


def test_readme_python_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the examples use paths relative to the project
    session = readme_session()
    assert "ualetters.letters_for" in session
    result = run_doctest(session, "README.md")
    assert result.attempted >= 20
    assert result.failed == 0


def test_package_docstring_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = run_doctest(ualetters.__doc__ or "", "ualetters")
    assert result.attempted >= 4
    assert result.failed == 0


def test_every_public_name_exists_and_functions_say_what_they_do() -> None:
    for name in ualetters.__all__:
        value = getattr(ualetters, name)
        if inspect.isfunction(value):
            assert (value.__doc__ or "").strip(), f"{name} has no docstring"
    for name in (
        "load_case",
        "load_sender",
        "plan",
        "render_letters",
        "letters_for",
        "to_text",
        "to_docx",
        "to_json",
        "to_eml",
        "case_schema",
        "letter_schema",
    ):
        assert name in ualetters.__all__


def test_package_is_typed() -> None:
    assert (ROOT / "src" / "ualetters" / "py.typed").is_file()
