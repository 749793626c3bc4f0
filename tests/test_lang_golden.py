"""Golden letters: the bundled case in every language, as the official reads it.

Regenerate with `UPDATE_GOLDEN=1 uv run pytest tests/test_lang_golden.py` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

import ualetters

from .conftest import CASE_FILE, LETTER_DATE, SENDER_FILE

GOLDEN = Path(__file__).parent / "golden" / "lang"

# One sender per letter language, living where the language is at home.
SENDERS: dict[str, dict[str, Any]] = {
    "de": {"city": "Berlin", "postal_code": "10115", "country": "DE", "languages": ["de"]},
    "de-CH": {},  # examples/sender.toml: Bern, de-CH
    "en": {"city": "London", "postal_code": "N1 9GU", "country": "GB", "languages": ["en"]},
    "en-US": {"city": "Chicago", "postal_code": "60601", "country": "US", "languages": ["en"]},
    "fr": {"city": "Lyon", "postal_code": "69002", "country": "FR", "languages": ["fr"]},
    "fr-CH": {"city": "Genève", "postal_code": "1204", "country": "CH", "languages": ["fr"]},
    "it": {"city": "Roma", "postal_code": "00184", "country": "IT", "languages": ["it"]},
    "it-CH": {"city": "Lugano", "postal_code": "6900", "country": "CH", "languages": ["it"]},
    "es": {"city": "Madrid", "postal_code": "28013", "country": "ES", "languages": ["es"]},
    "ru": {"city": "Berlin", "postal_code": "10115", "country": "DE", "languages": ["ru"]},
}


# The letter's tag carries the sender's country where CLDR knows the pair.
TAGS = {"de": "de-DE", "en": "en-GB", "fr": "fr-FR", "it": "it-IT", "es": "es-ES"}


def sender_for(key: str) -> ualetters.Sender:
    """Return the sender of golden letter `key`."""
    base = ualetters.load_sender(SENDER_FILE).to_data()
    return ualetters.load_sender({**base, **SENDERS[key]})


def check_golden(name: str, text: str) -> None:
    """Compare `text` with the golden file `name`, or rewrite it with UPDATE_GOLDEN=1."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing; run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("key", sorted(SENDERS))
def test_golden_letter(key: str) -> None:
    case = ualetters.load_case(CASE_FILE)
    sender = sender_for(key)
    [letter] = ualetters.letters_for(case, sender, date=LETTER_DATE)
    assert letter.language == TAGS.get(key, key)
    check_golden(f"askarov_{key}.txt", ualetters.to_text(letter))


def test_golden_letter_with_courtesy_translation() -> None:
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    [letter] = ualetters.letters_for(
        case, sender, date=LETTER_DATE, lang="ru", with_translation=True
    )
    assert letter.translation is not None and letter.translation.language == "de-CH"
    check_golden("askarov_ru+de-CH.txt", ualetters.to_text(letter))
