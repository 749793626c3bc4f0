"""Findings of the fourteenth session's review (REVIEW14A findings 1, 2, 3 and 6), each with
made-up texts.

Every name, address and number here is invented. The findings:

1. a name-shaped line under an organisation's address is the addressee's name, unless the
   address is still open and another address line follows it ("Capitol Annex" between a street
   and "Springfield, IL 62701");
2. a hashtag under a web address is no part of the address, and no line of the block;
3. "UA 81/2020 July 2020": a number whose year has four digits, the date opening with its
   month, stays as printed (no "UA 81/20" issued on "20 July 2020");
6. a model letter's salutation ends at its first comma when a clause of the letter follows
   ("Dear Minister, As a member of ..., I"), and in French at the salutation the writer's words
   follow, not at an office that opens with "Monsieur le".
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text
from ualetters.importer.blocks import _address_goes_on, parse_block
from ualetters.importer.markers import TABLES
from ualetters.importer.text import _letter_lines, _number_into_date, _wrapped_addresses


def _targets(text: str, language: str = "en") -> list[dict[str, Any]]:
    return list(parse_text(text, language=language).record.get("targets", []))


HEAD = (
    "URGENT ACTION\n"
    "POET HELD IN MARAVIA\n\n"
    "UA 45/32 Index: EUR 88/002/2032 Maravia 5 May 2032\n\n"
    "Poet Ilse Varga was detained on 2 May 2032 after she read a poem at a rally in the port.\n\n"
)


# -- 1. A name under an organisation's address -------------------------------------------------

EN_NAME_UNDER_ADDRESS = HEAD + (
    "PLEASE SEND APPEALS BEFORE 20 JUNE 2032 TO:\n"
    "Bureau of Prisons\n"
    "7 Harbour Road\n"
    "Port Elm 20440, Maravia\n"
    "Tomas Brenner\n"
    "Salutation: Dear Director\n\n"
    "State Parole Commission\n"
    "400 Lake Drive, PO Box 1200\n"
    "Capitol Annex\n"
    "Springfield, IL 62701\n"
    "Salutation: Dear Commissioners\n"
)


def test_name_under_the_address_is_the_addressee() -> None:
    first, second = _targets(EN_NAME_UNDER_ADDRESS)
    assert first["name"] == "Tomas Brenner"
    assert first["address_lines"] == ["7 Harbour Road", "Port Elm 20440, Maravia"]
    # a line shaped like a name between two address lines stays in the address
    assert second["address_lines"] == [
        "400 Lake Drive, PO Box 1200",
        "Capitol Annex",
        "Springfield, IL 62701",
    ]
    assert "name" not in second


def test_name_under_a_closed_address_is_no_address_line() -> None:
    en = TABLES["en"]
    # the address ended with its country: what follows is not its line
    assert not _address_goes_on(["3 Palm Avenue", "Lusaka, Zambia"], [("address", "x 12")], "en")
    assert not _address_goes_on(["3 Palm Avenue", "Austin, TX 78701"], [("address", "y 1")], "en")
    # the name is the block's last part: nothing goes on
    assert not _address_goes_on(["3 Palm Avenue"], [], "en")
    assert _address_goes_on(["3 Palm Avenue"], [("address", "Austin, TX 78701")], "en")
    block = parse_block(
        ["Ministry of Water", "3 Palm Avenue", "Lusaka, Zambia", "Peter Mwale", "PO Box 4410"],
        en,
        "en",
        None,
    )
    assert block.fields.get("name") == "Peter Mwale"
    assert "Peter Mwale" not in block.fields.get("address_lines", [])


# -- 2. A hashtag under a web address ----------------------------------------------------------

EN_HASHTAG = HEAD + (
    "PLEASE SEND APPEALS BEFORE 20 JUNE 2032 TO:\n"
    "Minister of the Interior\n"
    "Anna Kolb\n"
    "Ministry of the Interior\n"
    "9 Castle Square\n"
    "Port Elm 20410, Maravia\n"
    "Website: https://interior.gov.example/write\n"
    "#FreeIlseVarga\n"
    "Salutation: Dear Minister\n"
)


def test_hashtag_under_a_web_address_stays_aside() -> None:
    (target,) = _targets(EN_HASHTAG)
    assert target["web_forms"] == [{"url": "https://interior.gov.example/write"}]
    # the hashtag does not end the block: the salutation under it is the block's
    assert target["salutation"] == "Dear Minister"


def test_web_address_wrapped_at_a_joint_or_the_wrap_width_is_joined() -> None:
    assert _wrapped_addresses(["Web: https://x.example/a-b-", "c/?id=4"]) == [
        "Web: https://x.example/a-b-c/?id=4"
    ]
    assert _wrapped_addresses(["Web: https://x.example/docs", "/page?id=4"]) == [
        "Web: https://x.example/docs/page?id=4"
    ]
    assert _wrapped_addresses(["Web: https://x.example/docs", "@FreeIlse"]) == [
        "Web: https://x.example/docs",
        "@FreeIlse",
    ]
    # a line that neither opens nor ends at a joint, above a short line: two lines
    assert _wrapped_addresses(
        [
            "A sentence that runs as long as the page is wide, or so.",
            "Web: https://x.example/a",
            "b/c",
        ]
    ) == [
        "A sentence that runs as long as the page is wide, or so.",
        "Web: https://x.example/a",
        "b/c",
    ]


# -- 3. A number's four-digit year before a date that opens with its month ---------------------


def test_four_digit_year_before_a_month_stays_as_printed() -> None:
    en = TABLES["en"]
    assert _number_into_date("UA 81/2020 July 2020", en) == "UA 81/2020 July 2020"
    # the number's year and the day run together: still cut
    assert _number_into_date("UA 45/0703 May 2007", en) == "UA 45/07 03 May 2007"
    text = (
        "URGENT ACTION\nPOET HELD IN MARAVIA\n\nUA 81/2020 July 2020\n\n"
        "Poet Ilse Varga was detained on 2 July 2020 after she read a poem at a rally.\n"
    )
    record = parse_text(text, language="en").record
    assert record["ua"] == "UA 81/2020"
    assert record["issued"] == "2020-07"


# -- 6. A salutation that swallows the letter's first clause ----------------------------------


def test_salutation_ends_before_the_letters_first_clause() -> None:
    en = TABLES["en"]
    line = (
        "Dear Minister, As a member of a reading circle, I am writing to you about the poet "
        "Ilse Varga."
    )
    assert _letter_lines(line, en)[0] == "Dear Minister,"
    # a name or an office after the first comma is the salutation's
    assert _letter_lines("Dear H.E, President Amara Lind, I am writing to you.", en)[0] == (
        "Dear H.E, President Amara Lind,"
    )


FR_RUN = (
    "ACTION URGENTE\n"
    "UNE POÉTESSE DÉTENUE EN MARAVIE\n\n"
    "AU 45/32 Index AI : EUR 88/002/2032 Maravie 5 mai 2032\n\n"
    "La poétesse Ilse Varga a été arrêtée le 2 mai 2032 après une lecture sur le port.\n\n"
    "MODÈLE DE LETTRE\n"
    "Son Excellence Monsieur le Président Paul Marin Palais du Gouvernement Port-Elm Monsieur "
    "le Président, Je vous écris pour vous dire mon inquiétude au sujet de la poétesse Ilse "
    "Varga, arrêtée le 2 mai 2032. Je vous prie de la libérer. Veuillez agréer, Monsieur le "
    "Président, l'expression de ma haute considération.\n\n"
    "ENVOYEZ VOS APPELS AVANT LE 20 JUIN 2032.\n"
)


def test_french_salutation_is_the_one_before_the_writer() -> None:
    for target in _targets(FR_RUN, "fr"):
        assert target.get("salutation") in (None, "Monsieur le Président")
        assert "Paul Marin" not in str(target.get("title", ""))
