"""Shapes of text that led strong rules to wrong values without a mark (eleventh session,
second wave: the rules whose held-out values were wrong unmarked).

Every name, number, index and date here is invented. Each family is a shape a rule reads
with confidence although the text leaves it unsure; the rule marks its value in that shape
(and only there: the shapes the rule reads right stay unmarked):

1. follow-ups (updates.follow_ups): a list of follow-ups that is not the header's (the words
   "follow-ups (...)" not after the original UA's brackets), a follow-up's date printed
   without its year, a date that reads day or month first, a date of another year than its
   index's;
2. a closing notice (status_text.line) whose sentence stops at its line's end while the
   text goes on below it: a hard-wrapped sentence cut before a capital;
"""

from __future__ import annotations

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft

FI_BODY = (
    "\n\nThe three trade unionists were released without charge on 2 May 1994. They thank "
    "everyone who wrote.\n\nNo further action is needed from the network at present. Warm "
    "thanks to everyone who appealed.\n"
)


def _marked(draft: Draft, path: tuple[str | int, ...]) -> bool:
    return draft.get(path) is not None and draft.marked(path)


def _silent(draft: Draft, path: tuple[str | int, ...]) -> bool:
    return draft.get(path) is not None and not draft.marked(path)


# -- 1. follow-ups ------------------------------------------------------------------------------


def test_a_header_list_of_follow_ups_with_full_dates_stays_unmarked() -> None:
    text = (
        "Further information on UA 412/93 (AFR 61/07/93, 3 March 1993) and follow-ups "
        "(AFR 61/09/93, 12 April 1993; AFR 61/14/93, 2 June 1993) - Trade unionists" + FI_BODY
    )
    draft = parse_text(text, name="fu.txt")
    updates = draft.record["updates"]
    assert [u["date"] for u in updates[:2]] == ["1993-04-12", "1993-06-02"]
    assert all(_silent(draft, ("updates", n, "date")) for n in range(2))


def test_a_follow_up_without_its_year_is_marked_the_dated_one_not() -> None:
    text = (
        "Further information on UA 412/93 (AFR 61/07/93, 3 March 1993) and follow-ups "
        "(AFR 61/09/93, 12 April 1993; AFR 61/14/93, 2 June) - Trade unionists" + FI_BODY
    )
    draft = parse_text(text, name="fu.txt")
    updates = draft.record["updates"]
    assert updates[1]["date_text"] == "2 June"
    assert _marked(draft, ("updates", 1, "date_text"))
    assert _silent(draft, ("updates", 0, "date"))


def test_a_follow_up_dated_in_another_year_than_its_index_is_marked() -> None:
    text = (
        "Further information on UA 412/93 (AFR 61/07/93, 3 March 1993) and follow-ups "
        "(AFR 61/09/93, 12 April 1993; AFR 61/14/93, 2 June 1995) - Trade unionists" + FI_BODY
    )
    draft = parse_text(text, name="fu.txt")
    assert _marked(draft, ("updates", 1, "date"))
    assert _silent(draft, ("updates", 0, "date"))


def test_a_follow_up_dated_day_or_month_first_is_marked() -> None:
    text = (
        "Further information on UA 412/93 (3 March 1993) and follow-up (04/06/1993) - "
        "Trade unionists" + FI_BODY
    )
    draft = parse_text(text, name="fu.txt")
    assert _marked(draft, ("updates", 0, "date"))


def test_follow_ups_named_outside_the_header_are_marked() -> None:
    text = (
        "URGENT ACTION\nTRADE UNIONISTS RELEASED\n\nUA 412/93 Index: AFR 61/20/93 Kenya "
        "Date: 7 July 1993\n\nThe three trade unionists were freed. Earlier documents and "
        "follow-ups (12 April 1993, 2 June 1993) are on our site. Thank you for your "
        "letters.\n"
    )
    draft = parse_text(text, name="fu.txt")
    if draft.get(("updates",)):
        assert all(
            _marked(draft, ("updates", n, "date")) for n in range(len(draft.get(("updates",))))
        )


# -- 2. a closing notice cut at its line's end --------------------------------------------------

CLOSED_HEAD = (
    "URGENT ACTION\nJOURNALIST FREED IN NORTHLAND\n\n"
    "Journalist Pavel Example was released on 3 March 2031 after ten weeks in detention. He "
    "thanks everyone who wrote for him.\n\n"
)


def test_a_closing_notice_cut_at_a_wrapped_line_is_marked() -> None:
    text = CLOSED_HEAD + (
        "No further action is requested. Warm thanks to all who so kindly sent appeals for\n"
        "Pavel Example and his colleagues at the Northland Courier.\n"
    )
    draft = parse_text(text, name="closed.txt")
    assert draft.record.get("status") == "closed"
    assert _marked(draft, ("status_text",))


def test_a_closing_notice_that_ends_its_sentence_stays_unmarked() -> None:
    text = CLOSED_HEAD + (
        "No further action is requested. Warm thanks to all who so kindly sent appeals.\n"
        "Pavel Example will return to work next month.\n"
    )
    draft = parse_text(text, name="closed.txt")
    assert draft.record.get("status") == "closed"
    assert _silent(draft, ("status_text",))


# -- 3. another document below the text ---------------------------------------------------------

OWN_TEXT = (
    "URGENT ACTION\nJOURNALIST HELD IN NORTHLAND\n\nUA 212/30 Index: NOR 12/003/2030 "
    "Northland Date: 3 March 2030\n\n"
    "Journalist Pavel Example was arrested on 1 March 2030 in the capital after he reported on "
    "a strike at the harbour. He is held at the central police station without access to a "
    "lawyer, and his family fears he may be ill-treated. The authorities have not said why he "
    "is held.\n\nPlease write immediately to the Minister of Justice.\n"
)
RELATED = (
    "\nRelated actions\n\nURGENT ACTION\nPoet detained in Southland\n"
    "This action is closed. Thank you to all who sent appeals.\n\n"
    "Further information on UA 17/29 (SOU 41/002/2029, 2 February 2029) and follow-up\n"
    "(SOU 41/004/2029, 9 February 2029) - Health concern\n"
)


def test_follow_ups_of_another_ua_below_the_text_are_marked() -> None:
    draft = parse_text(OWN_TEXT + RELATED, name="related.txt")
    for number, _update in enumerate(draft.get(("updates",)) or []):
        assert draft.marked(("updates", number))


def test_a_closing_line_below_another_headline_is_marked() -> None:
    draft = parse_text(OWN_TEXT + RELATED, name="related.txt")
    if draft.get(("status",)) == "closed":
        assert draft.marked(("status",))
        assert draft.marked(("status_text",))


def test_the_own_update_header_s_follow_ups_stay_unmarked() -> None:
    text = (
        "Note: please write even if you did not receive the original UA. Thanks!\n\n"
        "Further information on UA 212/30 (3 March 2030) and follow-up (9 March 2030) - "
        "Fear of ill-treatment\n\n"
        "Journalist Pavel Example was moved on 20 March 2030 to a prison far from his family. "
        "He has still not seen a lawyer.\n"
    )
    draft = parse_text(text, name="fi.txt")
    assert draft.record["updates"][0]["date"] == "2030-03-09"
    assert _silent(draft, ("updates", 0, "date"))
