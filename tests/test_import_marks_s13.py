"""Wrong values that carried no review mark (thirteenth session), each shape with made-up
texts: a closing sentence about another person in the middle of the story's paragraph, a
quoted closing notice of an earlier year, a UA number printed only in a list of related
actions.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from ualetters.importer import parse_text

_HEAD = (
    "URGENT ACTION\nUA 123/24 Index: MDE 01/234/2024 Lorvania\nDate: 3 May 2024\n\n"
    "JOURNALIST DETAINED\n\n"
)
_ASK = (
    "\n\nPlease write immediately:\n- Release Maria Example now.\n\n"
    "PLEASE SEND APPEALS BEFORE 14 JUNE 2024.\n"
)


def test_closing_sentence_after_the_story_in_its_paragraph_is_marked() -> None:
    text = (
        f"{_HEAD}Maria Example, a journalist, was arrested on 1 May 2024 in Norbridge. She is "
        "held without charge. Her colleague Anton Belidor was let go on 2 May; no further "
        f"action is needed for him.{_ASK}"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("status") == "closed"
    assert draft.marked(("status",))
    assert draft.marked(("status_text",))


def test_closing_notice_after_news_of_a_release_stays_unmarked() -> None:
    text = (
        "URGENT ACTION UPDATE\nUA 123/24 Index: MDE 01/235/2024 Lorvania\nDate: 9 June 2024\n\n"
        "JOURNALIST RELEASED\n\nMaria Example was released on 5 June. No further action is "
        "requested.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("status") == "closed"
    assert "other sentences of its paragraph" not in str(draft.todo_for(("status",)) or "")
    assert "other sentences of its paragraph" not in str(draft.todo_for(("status_text",)) or "")


def test_quoted_closing_notice_of_an_earlier_year_is_marked() -> None:
    text = (
        f"{_HEAD}Maria Example was arrested on 1 May 2024. In 2019 Amnesty wrote: 'This action "
        f"has ended. Thank you to everyone who took part.' She was arrested again.{_ASK}"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("status") == "closed"
    assert draft.marked(("status",))


def test_ua_number_only_in_a_related_actions_list_is_marked() -> None:
    text = (
        "URGENT ACTION\nJOURNALIST DETAINED\nLorvania\n\nMaria Example was arrested on 1 May "
        "2024. She is held without charge.\n\nPlease write immediately before 14 June 2024:\n"
        "- Release Maria Example now.\n\nRelated actions\nUA 45/22 Lorvania: Anton Belidor "
        "released\nhttps://example.org/ua-45-22\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("ua") == "UA 45/22"
    assert draft.marked(("ua",))
    assert draft.record.get("status") == "open"
    assert draft.marked(("status",))


def test_ua_number_in_the_head_stays_unmarked_by_a_related_list() -> None:
    text = (
        f"{_HEAD}Maria Example was arrested on 1 May 2024. She is held without charge.{_ASK}"
        "\nRelated actions\nLorvania: Anton Belidor released\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("ua") == "UA 123/24"
    assert not draft.marked(("ua",))


def test_closing_words_below_an_other_cases_heading_are_marked() -> None:
    text = (
        f"{_HEAD}Maria Example was arrested on 1 May 2024. She is held without charge.{_ASK}"
        "\nOTHER CASES\nAnton Belidor: ACTION CLOSED. Thank you.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("status") == "closed"
    assert draft.marked(("status",))


def test_target_block_holding_a_lead_in_sentence_is_marked() -> None:
    text = (
        f"{_HEAD}Maria Example was arrested on 1 May 2024. She is held without charge.\n\n"
        "Please write immediately:\n- Release Maria Example now.\n\n"
        "PLEASE SEND APPEALS BEFORE 14 JUNE 2024 TO:\nMinister of Justice\nJon Varrow\n"
        "Ministry of Justice\n12 Palace Road\nNorbridge, Lorvania\nSalutation: Dear Minister\n\n"
        "In 2019 appeals went to:\nFormer President\nAlda Trevin\nPresidential Palace\n"
        "Norbridge\n"
    )
    draft = parse_text(text, language="en")
    targets = draft.record.get("targets") or []
    held = [n for n, block in enumerate(targets) if "Alda Trevin" in str(block)]
    assert held
    assert draft.marked(("targets", held[0], "name"))
    assert draft.marked(("targets", held[0], "address_lines"))
    assert not draft.marked(("targets", 0, "name"))
