"""Demands, languages, status and updates in layouts the importer missed on the development
set (fourteenth session), each family with made-up texts.

Every name, number and fact here is invented. Each case is a family, not a page: the German
"in gutem …" that names languages wherever the sentence puts it, the English "template letter
included in …", the Spanish "Escribe inmediatamente, en …" cut after its first language,
language names the locale data spells otherwise ("Azeri", "Bahasa", "Filipino", "Bengali"),
and a page in two languages that allows the writer's own language in its other block only.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

_STORY = {
    "en": (
        "URGENT ACTION\nTEACHER DETAINED\n\nThe teacher Rolan Vestry was detained in "
        "Exampleland on 4 May and is held without charge.\n\n"
    ),
    "de": (
        "URGENT ACTION\nLEHRER INHAFTIERT\n\nDer Lehrer Rolan Vestry wurde am 4. Mai in "
        "Beispielland festgenommen und wird ohne Anklage festgehalten.\n\n"
    ),
    "es": (
        "ACCIÓN URGENTE\nMAESTRO DETENIDO\n\nEl maestro Rolan Vestry fue detenido en "
        "Ejemplandia el 4 de mayo y permanece recluido sin cargos.\n\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "call", "codes"),
    [
        (
            "de",
            "Bitte schreiben Sie einen höflich formulierten Brief in gutem Filipino, Englisch "
            "oder auf Deutsch an den Präsidenten von Beispielland:",
            ["tl", "en", "de"],
        ),
        (
            "de",
            "Bitte richten Sie Ihre Briefe in gutem Bengali oder Englisch an den Minister.",
            ["bn", "en"],
        ),
        (
            "en",
            "Please write urgently in your own words or using the template letter included in "
            "English to:",
            ["en"],
        ),
        ("en", "Please write immediately in Azeri, English or Russian:", ["az", "en", "ru"]),
        ("en", "Please write immediately in Bahasa or English:", ["id", "en"]),
        ("es", "ESCRIBE INMEDIATAMENTE, en español o en", ["es"]),
    ],
)
def test_languages_to_write_in(language: str, call: str, codes: list[str]) -> None:
    draft = parse_text(_STORY[language] + call + "\n", language=language)
    assert draft.record.get("languages") == codes
    assert not draft.marked(("languages",))


def test_the_own_language_allowed_in_the_other_block() -> None:
    text = (
        _STORY["de"] + "Schreiben Sie in gutem Tamil, Englisch oder auf Deutsch.\n\n"
        "PLEASE SEND APPEALS TO ARRIVE AS QUICKLY AS POSSIBLE, IN ENGLISH, TAMIL OR YOUR OWN "
        "LANGUAGE:\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("languages") == ["ta", "en", "de"]
    assert draft.record.get("own_language_allowed") is True


def test_your_own_words_allow_no_own_language() -> None:
    text = (
        _STORY["en"]
        + "Please write in your own words or using the template letter included in English:\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("languages") == ["en"]
    assert draft.record.get("own_language_allowed") is None
