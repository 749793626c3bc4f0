"""Every template x language renders the bundled case and a synthetic three-target case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import ualetters
from ualetters.render import Renderer

from .conftest import CASE_FILE, LETTER_DATE, SENDER_FILE

THREE_TARGETS = Path(__file__).parent / "data" / "three_targets.yaml"
SYNTHETIC_DATE = dt.date(2021, 4, 1)
LANGUAGES = ["de", "de-CH", "de-AT", "en", "en-GB", "en-US", "fr", "fr-CH", "it", "it-CH"]
LANGUAGES += ["es", "ru"]

FALLBACK = {
    "de": "Sehr geehrte Damen und Herren,",
    "de-CH": "Sehr geehrte Damen und Herren",
    "en": "Dear Sir or Madam,",
    "en-US": "Dear Sir or Madam:",
    "fr": "Madame, Monsieur,",
    # Italian and Spanish greet one person of either gender: the demands address one.
    "it": "Egregio Signore, gentile Signora,",
    "es": "Estimado señor, estimada señora:",
    "ru": "Уважаемые дамы и господа!",
}


COUNTRY_LINES = {
    "de": ("KIRGISISTAN", "VEREINIGTE STAATEN"),
    "en": ("KYRGYZSTAN", "UNITED STATES"),
    "fr": ("KIRGHIZSTAN", "ÉTATS-UNIS"),
    "it": ("KIRGHIZISTAN", "STATI UNITI"),
    "es": ("KIRGISISTAN", "VEREINIGTE STAATEN"),  # not a Swiss language: the sender's
    "ru": ("KIRGISISTAN", "VEREINIGTE STAATEN"),
}


def test_every_bundled_template_is_covered() -> None:
    bases = {tag.split("-")[0] for tag in LANGUAGES}
    case_langs = ualetters.load_case(CASE_FILE).text_languages() or set()
    assert {t for t in Renderer().languages() if t in case_langs} <= bases


@pytest.mark.parametrize("lang", LANGUAGES)
def test_bundled_case_renders(lang: str) -> None:
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    [letter] = ualetters.letters_for(case, sender, date=LETTER_DATE, lang=lang)
    text = ualetters.to_text(letter)
    assert letter.language.split("-")[0] == lang.split("-")[0]
    assert len(letter.paragraphs) >= 5
    assert letter.recipient_lines[-1] == letter.recipient_lines[-1].upper()  # country line
    assert "{" not in text and "%(" not in text
    docx = ualetters.to_docx(letter)
    assert docx[:2] == b"PK"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_synthetic_case_renders_every_target(lang: str) -> None:
    case = ualetters.load_case(THREE_TARGETS)
    sender = ualetters.load_sender(SENDER_FILE)  # Bern, Switzerland
    letters = ualetters.letters_for(case, sender, date=SYNTHETIC_DATE, lang=lang)
    by_target = {letter.target_id: letter for letter in letters}
    assert sorted(by_target) == ["embassy", "prosecutor", "secretary"]
    # Domestic mail (Bern to Geneva) has no country line; mail abroad ends with one, in a
    # language Swiss Post reads: the letter's if it is Swiss or English or French (UPU),
    # else the sender's (de-CH).
    assert by_target["embassy"].recipient_lines[-1] == "1202 Genève"
    kyrgyzstan, united_states = COUNTRY_LINES[lang.split("-")[0]]
    assert by_target["prosecutor"].recipient_lines[-2:] == ("720001 BISHKEK", kyrgyzstan)
    assert by_target["secretary"].recipient_lines[-2:] == ("WASHINGTON DC 20520", united_states)
    # The prosecutor has no salutation: the formal fallback of the letter's language.
    tag = by_target["prosecutor"].language
    expected = FALLBACK.get(tag) or FALLBACK[tag.split("-")[0]]
    assert by_target["prosecutor"].salutation == expected
    for letter in letters:
        assert "Aigerim Testova" in ualetters.to_text(letter) or lang == "ru"
        if tag.endswith("-CH"):
            assert "ß" not in ualetters.to_text(letter)


def test_synthetic_case_languages_follow_the_targets() -> None:
    case = ualetters.load_case(THREE_TARGETS)
    sender = ualetters.load_sender(SENDER_FILE)
    planned = ualetters.plan(case, sender, date=SYNTHETIC_DATE)
    chosen = {p.target.id: (p.language, p.reason) for p in planned.letters}
    # Among the languages a target accepts, one the sender writes comes first (#13): the
    # case accepts ru and en, and the sender (de-CH, en) writes English.
    assert chosen == {
        "prosecutor": ("en-CH", "case's language you write"),
        "embassy": ("de-CH", "target's language you write"),
        "secretary": ("en-CH", "target's language you write"),
    }
    # A sender who writes none of them gets the target's first choice.
    italian = ualetters.load_sender({**sender.to_data(), "languages": ["it"]})
    planned = ualetters.plan(case, italian, date=SYNTHETIC_DATE)
    chosen = {p.target.id: (p.language, p.reason) for p in planned.letters}
    assert chosen == {
        "prosecutor": ("ru", "case's preferred language"),
        "embassy": ("de-CH", "target's preferred language"),
        "secretary": ("en-CH", "target's preferred language"),
    }


def test_french_closing_repeats_the_salutation() -> None:
    case = ualetters.load_case(THREE_TARGETS)
    sender = ualetters.load_sender(SENDER_FILE)
    letters = ualetters.letters_for(case, sender, date=SYNTHETIC_DATE, lang="fr")
    closings = {letter.target_id: letter.closing for letter in letters}
    assert closings["embassy"] == (
        "Je vous prie d'agréer, Monsieur l'Ambassadeur, "
        "l'expression de ma haute considération."  # an ambassador (rank), not a head of state
    )
    assert closings["prosecutor"] == (
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
    )


def test_letter_date_lines_per_region() -> None:
    case = ualetters.load_case(CASE_FILE)
    base = ualetters.load_sender(SENDER_FILE).to_data()
    first = dt.date(2020, 7, 1)
    # The town in the letter's language and script (issue #13): Berne, Berna, Берн.
    expected = {
        ("fr", "CH"): "Berne, le 1er juillet 2020",
        ("en", "US"): "Bern, July 1, 2020",
        ("en", "GB"): "Bern, 1 July 2020",
        ("de", "CH"): "Bern, 1. Juli 2020",
        ("it", "CH"): "Berna, 1° luglio 2020",  # the first of a month: "1°"
        ("es", "ES"): "Bern, 1 de julio de 2020",  # no Bern in Spain: as typed
        ("ru", "CH"): "Берн, 1 июля 2020\u202fг.",
    }
    for (lang, country), line in expected.items():
        sender = ualetters.load_sender({**base, "country": country, "languages": [lang]})
        [letter] = ualetters.letters_for(case, sender, date=first, allow_closed=True)
        assert letter.place_date == line, (lang, country)


def test_a_new_language_needs_only_a_template(tmp_path: Path) -> None:
    import shutil

    import yaml

    from .conftest import ROOT

    folder = tmp_path / "letter"
    folder.mkdir()
    shutil.copy(ROOT / "templates" / "letter" / "en.j2", folder / "nl.j2")
    data = yaml.safe_load(THREE_TARGETS.read_text(encoding="utf-8"))
    data["languages"] = ["nl"]

    def add_dutch(node):  # the case's text "in Dutch" (English words will do for the test)
        if isinstance(node, dict):
            if "en" in node and all(isinstance(v, str) for v in node.values()):
                node["nl"] = node["en"]
            for value in node.values():
                add_dutch(value)
        elif isinstance(node, list):
            for value in node:
                add_dutch(value)

    add_dutch(data)
    case = ualetters.load_case(data)
    sender = ualetters.load_sender(SENDER_FILE)
    planned = ualetters.plan(case, sender, date=SYNTHETIC_DATE, templates=tmp_path)
    assert planned.letters[0].language == "nl"
    letters = ualetters.render_letters(planned, templates=tmp_path)
    assert letters[0].place_date == "Bern, 1 april 2021"  # Dutch date from CLDR


def test_courtesy_translation_needs_the_targets_text_too(case, sender) -> None:
    # The target's title exists in Russian and English only: the German translation could not
    # be written, so the Swiss sender (de-CH, en) gets an English one instead of an error.
    data = case.to_data()
    data["targets"][0]["title"] = {
        "ru": data["targets"][0]["title"]["ru"],
        "en": data["targets"][0]["title"]["en"],
    }
    data["targets"][0].pop("organisation", None)
    trimmed = ualetters.load_case(data)
    letter = ualetters.letters_for(
        trimmed, sender, date=LETTER_DATE, lang="ru", with_translation=True
    )[0]
    assert letter.language == "ru"
    assert letter.translation is not None
    assert letter.translation.language.startswith("en")
    assert letter.translation.salutation == "Dear President,"
