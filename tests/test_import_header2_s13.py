"""Case header fields (thirteenth session, second header family), with made-up texts: the
date of a credit line under a repost's headline; a date beside the UA's number below a long
preamble.

Every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

# -- 1. issue dates: a credit line's date; a date beside the number below a preamble --


@pytest.mark.parametrize(
    "credit",
    ["Amnesty International - 4 March, 1996", "amnesty.org,4 March 1996"],
)
def test_the_date_of_a_credit_line_under_the_headline(credit: str) -> None:
    text = (
        "Fear of torture for detained farmers\n"
        f"{credit}\n"
        "Three farmers were arrested in Norbridge, Lorvania, on 2 March 1996 and are held "
        "without charge at a police station.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("issued") == "1996-03-04"
    assert found.marked(("issued",))


def test_a_credit_line_without_a_whole_date_gives_none() -> None:
    text = (
        "Fear of torture for detained farmers\n"
        "Amnesty International - March\n"
        "Three farmers were arrested in Norbridge, Lorvania, and are held without charge.\n"
    )
    assert "issued" not in parse_text(text, language="en").record


def test_a_date_beside_the_number_below_a_long_preamble() -> None:
    preamble = "".join(f"Line {n} of the list's own notice to its readers.\n\n" for n in range(9))
    text = (
        preamble + "URGENT ACTION APPEAL\n\n"
        "4 March 1996\n\n"
        "UA 41/96 Fear of torture\n\n"
        "LORVANIA Tomas Avrilo\n\n"
        "Tomas Avrilo, a farmer, was arrested in Norbridge on 2 March 1996.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("issued") == "1996-03-04"
    assert found.rule_of(("issued",)) == "issued.line"


def test_a_date_alone_far_below_the_top_and_away_from_the_number_is_not_the_issue_date() -> None:
    preamble = "".join(f"Line {n} of the list's own notice to its readers.\n\n" for n in range(9))
    text = (
        preamble + "4 March 1996\n\n"
        "Tomas Avrilo, a farmer, was arrested in Norbridge on 2 March 1996.\n\n"
        "Fear of torture.\n"
    )
    assert "issued" not in parse_text(text, language="en").record
