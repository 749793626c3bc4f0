"""Target and copy layouts that unseen pages print and no rule read: each family on a made-up UA.

Rounds 3 and 4 lost most target and copy fields in whole blocks never found: a block run
together on one line without a house number, blocks after the model letter, a "c/o" embassy
below a blank line, a block after a request on the same line, copies separated by "and" on a
line of its own. Each test is one layout family, written in words of its own."""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text


def _targets(text: str) -> list[dict[str, Any]]:
    return list(parse_text(text, name="made-up.txt").record.get("targets", []))


US_PAGE = """\
Urgent Action: Release the teachers (Examplestan: UA 9.31)

March 3, 2031

Two teachers were arrested in March 2031 for a peaceful strike and are held in Example City.

  1. Please take action as-soon-as possible. This Urgent Action expires on May 1, 2031.
  2. Write a letter in your own words or using the sample below as a guide to one or both \
government officials listed.
{block}

SAMPLE LETTER Dear Governor, I am writing about the two teachers held in Example City.
"""


def test_a_run_together_block_without_house_number_is_cut_at_its_street_word() -> None:
    block = (
        "Governor of Example province Major-General Tomas Examplo Avenue des Fleurs, "
        "quartier Nord, Exampleville Democratic Republic of Congo Email: gov@example.cd"
    )
    targets = _targets(US_PAGE.format(block=block))
    assert targets[0]["name"] == "Tomas Examplo"
    assert targets[0]["title"].startswith("Governor of Example province")
    # The long official form of the country, not the other Congo.
    assert targets[0]["country"] == "CD"
    assert targets[0]["address_lines"][0].startswith("Avenue des Fleurs")


def test_a_run_together_block_whose_address_only_a_comma_and_a_country_show() -> None:
    block = (
        "His Majesty King Examplo bin Example Al Example Office of His Majesty the King "
        "Royal Court, Riyadh Kingdom of Saudi Arabia Fax: +966 11 000 0000"
    )
    targets = _targets(US_PAGE.format(block=block))
    assert (targets[0]["title"], targets[0]["name"]) == (
        "His Majesty King",
        "Examplo bin Example Al Example",
    )
    assert targets[0]["country"] == "SA"


def test_an_organisation_that_names_a_country_is_no_run_together_address() -> None:
    text = """\
URGENT ACTION
Bitte schreiben Sie bis zum 3. Mai 2031 an:
Präsident
Max Example
Example-Allee 3
12345 Exampelstadt, Iran
Fax: +98 21 000 0000

Kopien an:
BOTSCHAFT DER ISLAMISCHEN REPUBLIK IRAN
S. E. Herrn Ali Example
Examplestraße 6
14195 Berlin
Fax: 030-000 000
"""
    copies = parse_text(text, name="made-up.txt").record["copies"]
    assert copies[0]["organisation"] == "BOTSCHAFT DER ISLAMISCHEN REPUBLIK IRAN"


def test_two_offices_joined_by_and_and_a_number_word_before_the_house_number() -> None:
    block = (
        "Secretary General and State President Van Example Số 2 Hùng Vương, Ba Đình "
        "Hà Nội 118708, Viet Nam Fax: +84 0000000"
    )
    targets = _targets(US_PAGE.format(block=block))
    assert targets[0]["title"] == "Secretary General and State President"
    assert targets[0]["name"] == "Van Example"
    assert targets[0]["address_lines"][0].startswith("Số 2")
