"""The second review's findings on the importer's code that change what it reads (twelfth
session). Every name, place, number and date here is invented.

1. a follow-up the header lists but the importer cannot keep (a date without its day) gives
   its doubt to no other follow-up;
"""

from __future__ import annotations

from ualetters.importer import parse_text

FI_BODY = (
    "\n\nThe two weavers were released on 4 May 1993. They thank everyone who wrote.\n\n"
    "No further action is requested from the UA network. Many thanks to all who sent "
    "appeals.\n"
)


# -- 1. a follow-up's doubt stays on its own follow-up --------------------------------------------


def test_a_skipped_follow_up_s_doubt_does_not_land_on_the_next_one() -> None:
    # the first follow-up's date has no day (the importer leaves it out) and is of another
    # year than its index: that doubt is the skipped item's, not the next follow-up's
    text = (
        "Further information on UA 318/93 (EUR 27/04/93, 5 March 1993) and follow-ups "
        "(EUR 27/06/93, April 1992; EUR 27/09/93, 8 June 1993) - Weavers" + FI_BODY
    )
    draft = parse_text(text, name="fu.txt")
    updates = draft.record["updates"]
    assert updates[0]["date"] == "1993-06-08"
    assert ("updates", 0) not in draft.todos
