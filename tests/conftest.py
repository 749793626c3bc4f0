"""Shared fixtures: the bundled example, a sender, a frozen letter date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CASE_FILE = EXAMPLES / "askarov.yaml"
SENDER_FILE = EXAMPLES / "sender.toml"
LETTER_DATE = dt.date(2020, 7, 23)
# `ualetters generate` of the bundled example, signed by the example sender on LETTER_DATE.
EXAMPLE_ARGS = ("generate", str(CASE_FILE), "--sender", str(SENDER_FILE), "--date", "2020-07-23")


@pytest.fixture(autouse=True)
def _isolated_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep every test away from the user's real saved sender."""
    monkeypatch.setenv("UALETTERS_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def case():
    import ualetters

    return ualetters.load_case(CASE_FILE)


@pytest.fixture
def sender():
    import ualetters

    return ualetters.load_sender(SENDER_FILE)


@pytest.fixture(autouse=True)
def _english_messages(monkeypatch: pytest.MonkeyPatch):
    """Run every test with English program messages, whatever the developer's LANG is."""
    from ualetters import ui

    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    ui.set_language("en")
    yield
    ui.set_language("en")
