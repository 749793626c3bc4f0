"""Golden letters: what the official reads, in every language, from senders where it is at home.

A review of a golden diff is a review of the letters. Regenerate after a deliberate change
with `UPDATE_GOLDEN=1 uv run pytest tests/test_golden.py` and read the diff (tests/helpers.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import ualetters

from .helpers import CASE_FILE, DATA, GOLDEN, LETTER_DATE, SENDER_FILE, check_golden, run

# The CLI's own text letters of the bundled case: golden file -> (sender file, extra options).
CLI_CASES = {
    "askarov_president_de.txt": (DATA / "foundation_sender_de.toml", []),
    "askarov_president_de-CH.txt": (SENDER_FILE, []),
    "askarov_president_en.txt": (DATA / "foundation_sender_en.toml", []),
    "askarov_president_en-from-ch.txt": (SENDER_FILE, ["--lang", "en"]),
}


@pytest.mark.parametrize("golden", sorted(CLI_CASES))
def test_text_letter_matches_golden(golden: str, tmp_path: Path) -> None:
    sender, extra = CLI_CASES[golden]
    ran = run(
        "generate",
        CASE_FILE,
        "--sender",
        sender,
        "--date",
        "2020-07-23",
        "--format",
        "txt",
        "--out",
        tmp_path,
        *extra,
    )
    assert ran.code == 0, ran.stderr
    (written,) = tmp_path.iterdir()
    check_golden(golden, written.read_bytes())


def test_goldens_show_the_language_rules() -> None:
    """Guard the goldens themselves, so a careless UPDATE_GOLDEN cannot bless a wrong letter."""
    de = (GOLDEN / "askarov_president_de.txt").read_text(encoding="utf-8")
    ch = (GOLDEN / "askarov_president_de-CH.txt").read_text(encoding="utf-8")
    en = (GOLDEN / "askarov_president_en.txt").read_text(encoding="utf-8")
    en_ch = (GOLDEN / "askarov_president_en-from-ch.txt").read_text(encoding="utf-8")

    assert "\nBerlin, 23. Juli 2020\n" in de
    assert "\nSehr geehrter Herr Präsident,\n" in de
    assert "\nMit freundlichen Grüßen\n" in de
    assert "Kopie an: Botschaft der Kirgisischen Republik, Berlin\n" in de

    # Swiss German: no comma after the salutation, a capital after it, never "ß".
    assert "\nBern, 23. Juli 2020\n" in ch
    assert "\nSehr geehrter Herr Präsident\n\n" in ch
    body = ch.split("Sehr geehrter Herr Präsident\n\n", 1)[1]
    assert body[0].isupper()
    assert "ß" not in ch
    assert "\nFreundliche Grüsse\n" in ch
    assert "Kopie an: Botschaft der Kirgisischen Republik, Genf\n" in ch

    assert "\nLondon, 23 July 2020\n" in en
    assert "\nDear President,\n" in en
    assert "\nYours sincerely,\n" in en
    assert "Copy to:" not in en  # the case names no embassy for senders in the UK

    assert "\nBern, 23 July 2020\n" in en_ch
    assert "Copy to: Embassy of the Kyrgyz Republic, Geneva\n" in en_ch

    for letter in (de, ch, en, en_ch):
        assert "Azimjan Askarov" in letter
        assert "720003 BISHKEK\n" in letter
        body = letter.split("\n\n", 4)[4]  # from the salutation on: wrapped for email
        assert max(len(line) for line in body.splitlines()) <= 72
        assert letter.endswith("\n") and not letter.endswith("\n\n")


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


@pytest.mark.parametrize("key", sorted(SENDERS))
def test_golden_letter(key: str) -> None:
    case = ualetters.load_case(CASE_FILE)
    sender = sender_for(key)
    [letter] = ualetters.letters_for(case, sender, date=LETTER_DATE)
    assert letter.language == TAGS.get(key, key)
    check_golden(f"lang/askarov_{key}.txt", ualetters.to_text(letter))


def test_golden_letter_with_courtesy_translation() -> None:
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    [letter] = ualetters.letters_for(
        case, sender, date=LETTER_DATE, lang="ru", with_translation=True
    )
    assert letter.translation is not None and letter.translation.language == "de-CH"
    check_golden("lang/askarov_ru+de-CH.txt", ualetters.to_text(letter))
