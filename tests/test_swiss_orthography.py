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


SWISS_NAMES = "tests/data/letters/swiss-names.yaml"
BERN = {"name": "Anna Weiß", "street": ["Grosse Gasse 1"], "city": "Bern",
        "postal_code": "3011", "country": "CH", "languages": ["de-CH"]}  # fmt: skip


def _swiss_names_letter() -> ualetters.Letter:
    (letter,) = ualetters.letters_for(SWISS_NAMES, BERN, date=LETTER_DATE, lang="de-CH")
    return letter


def test_an_organisation_follows_the_swiss_orthography_in_the_block_and_the_copy_line() -> None:
    """Round 13 (reverses F19's "organisation as written"): an organisation's name is a
    German rendering, text of the Swiss letter like its prose: «…» and ss in the address
    block and in the copy line alike; the postal lines stay as written."""
    letter = _swiss_names_letter()
    assert "Gefängnis «Nr. 19» an der Weissen Strasse" in letter.recipient_lines
    assert letter.copies == ("Kopie an: Büro «Süd»",)


def test_a_swiss_letter_keeps_the_postal_lines_and_names_as_written() -> None:
    """Round 13: people's names and the street, postcode and town lines keep ß and quotes."""
    import yaml

    with open(SWISS_NAMES, encoding="utf-8") as source:
        case = yaml.safe_load(source)
    case["targets"][0]["address"] = {"street": "Große Gasse 5", "postal_code": "3011",
                                     "city": "Bern", "country": "CH"}  # fmt: skip
    (letter,) = ualetters.letters_for(case, BERN, date=LETTER_DATE, lang="de-CH")
    assert "Große Gasse 5" in letter.recipient_lines
    assert "Gefängnis «Nr. 19» an der Weissen Strasse" in letter.recipient_lines
    assert "um Müller-Weiß" in " ".join(ualetters.to_text(letter).split())


def test_the_facts_follow_the_swiss_orthography_where_an_organisation_has_the_same_words() -> None:
    """F19: "in der Weissen Strasse" in the prose although the organisation is "… an der
    Weißen Straße"; the persons' and the sender's names keep their ß ("Müller-Weiß")."""
    text = ualetters.to_text(_swiss_names_letter())
    assert "Er ist im Gefängnis «Nr. 19» in der Weissen Strasse." in " ".join(text.split())
    assert "um Müller-Weiß" in " ".join(text.split())
    assert text.splitlines()[0] == "Anna Weiß"


def test_swiss_quotes_write_an_apostrophe_typed_as_a_single_quote_as_one() -> None:
    """F20, round 13: "Li‘s" holds an apostrophe, written ’; the ‚…‘ around it is a pair
    like any other ("‹Li’s Fall›"). A doubled „„…““ nests: «‹…›», never ««…»»."""
    from ualetters.l10n import localize_text

    assert localize_text("Und ‚Li‘s Fall‘.", "de-CH") == "Und ‹Li’s Fall›."
    assert localize_text("Sie nannte es ‚Farce‘, er ‚Recht‘.", "de-CH") == (
        "Sie nannte es ‹Farce›, er ‹Recht›."
    )
    assert localize_text("Und „„doppelt““.", "de-CH") == "Und «‹doppelt›»."
    text = " ".join(ualetters.to_text(_swiss_names_letter()).split())
    assert "«‹doppelt›»" in text
    assert "Und ‹Li’s Fall›." in text and "«Er sagte: ‹Wir sind’s›, dann ging er.»" in text
