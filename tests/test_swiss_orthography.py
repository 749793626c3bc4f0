"""Swiss German orthography in a letter: "ss" for "ß", and quotations in «…» for „…“.

The ninth German review: the Bern letter of the Morocco case wrote "Ausserdem" and "Grüssen"
but kept the case's German-German „Beleidigung staatlicher Institutionen“; Swiss German sets
quotations in guillemets pointing outward (Amnesty Switzerland's UA texts: «Missachtung des
Gerichts»).
"""

from __future__ import annotations

import pytest

import ualetters

from .helpers import LETTER_DATE

MOROCCO = "tests/data/native/morocco-journalist.yaml"


def _ambassador_letter(lang: str, name: str, city: str, postal_code: str, country: str) -> str:
    sender = {"name": name, "street": ["Kramgasse 10"], "city": city,
              "postal_code": postal_code, "country": country, "languages": ["de"]}  # fmt: skip
    letters = ualetters.letters_for(MOROCCO, sender, date=LETTER_DATE, lang=lang)
    (letter,) = [item for item in letters if item.target_id == "ambassador"]
    return ualetters.to_text(letter)


# "Regula Weiß": a name with "ß" keeps it, so the pass goes word by word; the quotes change.
@pytest.mark.parametrize("name", ["Regula Meier", "Regula Weiß"])
def test_a_swiss_german_letter_sets_quotations_in_guillemets(name: str) -> None:
    text = _ambassador_letter("de-CH", name, "Bern", "3011", "CH")
    assert "wegen «Beleidigung staatlicher Institutionen» in" in text
    assert not {"„", "“", "ß"} & set(text.replace(name, ""))
    assert name in text


def test_swiss_quotes_change_only_matched_german_pairs() -> None:
    from ualetters.l10n import localize_text

    assert localize_text("Er sagte: „Das ‚Gesetz‘ gilt.“", "de-CH") == (
        "Er sagte: «Das ‹Gesetz› gilt.»"
    )
    assert localize_text("Er sagte: „Das ‚Gesetz‘ gilt.“", "de-DE") == (
        "Er sagte: „Das ‚Gesetz‘ gilt.“"
    )
    assert localize_text("’s Gesetz“ allein", "de-LI") == "’s Gesetz“ allein"
