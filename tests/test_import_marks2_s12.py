"""No wrong value without a TODO mark (twelfth session, second part): a value read from a
marker is marked where the page gives the marker another reading, whatever its layout.

- a UA number beside another one printed in any of a page's forms ("UA-Nr. 12/27",
  "AU núm. 12/27", "Urgent Action 12/27"): a related UA, a follow-up's original;
- the letter action's name on a page that prints a UA number (the site's menu or banner);
- an update's marker on a page that also says what ends an action (a closing or a thanks);
- a closing notice naming a date long before the page's, or another UA's number;
- a bullet holding the site's own ask (a donation, a newsletter).

Every name, place, number and fact here is invented.
"""

from __future__ import annotations

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft


def draft(text: str, language: str = "en") -> Draft:
    return parse_text(text, language=language)


PAGE = (
    "UA 214/27 Index: AFR 61/0920/2027 Date: 9 June 2027\n"
    "URGENT ACTION\n"
    "JOURNALIST HELD WITHOUT CHARGE\n\n"
    "The journalist Tomas Elvedin was arrested on 2 June 2027 in Varnholt. Tomas Elvedin has "
    "not been allowed to see a lawyer and his family does not know where he is held.\n\n"
    "Please write immediately in English or your own language:\n"
    "- Calling on the authorities to release Tomas Elvedin immediately and unconditionally;\n"
    "- Urging them to let him see his family and a lawyer of his choosing at once;\n\n"
    "PLEASE SEND APPEALS BEFORE 21 JULY 2027 TO:\n"
    "Minister of Justice\nOrla Brennick\nMinistry of Justice\n14 Granite Road\nVarnholt\n"
    "Email: minister@justice-fictional.example\nSalutation: Dear Minister\n"
)


# -- 1. a UA number printed beside another one ------------------------------------------------


def test_a_ua_number_beside_another_printed_with_a_label_is_marked() -> None:
    text = PAGE.replace(
        "has not been allowed",
        "was the subject of UA-Nr. 77/26 last year and has not been allowed",
    )
    found = draft(text)
    assert found.record["ua"] == "UA 214/27"
    assert "77/26" in (found.todo_for(("ua",)) or "")


def test_a_ua_number_beside_an_urgent_action_spelt_out_is_marked() -> None:
    text = PAGE.replace(
        "has not been allowed", "was named in Urgent Action 5/25 and has not been allowed"
    )
    found = draft(text)
    assert "5/25" in (found.todo_for(("ua",)) or "")


def test_a_ua_number_printed_alone_stays_unmarked() -> None:
    found = draft(PAGE)
    assert found.record["ua"] == "UA 214/27"
    assert not found.marked(("ua",))


# -- 2. the letter action's name on a numbered UA's page --------------------------------------


def test_a_letter_action_named_on_a_page_printing_a_ua_number_is_marked() -> None:
    text = "Write for Rights | Donate | News\n" + PAGE
    found = draft(text)
    assert found.record.get("kind") == "letter_action"
    assert "214/27" in (found.todo_for(("kind",)) or "")


def test_a_letter_action_named_only_in_the_sites_menu_is_marked() -> None:
    text = (
        "Home › Take action › Write for Rights › Donate\n"
        "FREE THE FISHERS OF KELL BAY\n\n"
        "Three fishers, Arno Vest, Bo Lindqvar and Cai Pettersen, were jailed on 2 May 2027 "
        "for protesting against a harbour project. Arno Vest, Bo Lindqvar and Cai Pettersen "
        "must be released.\n\n"
        "Write to the Minister of Justice and call for their release.\n"
    )
    found = draft(text)
    assert found.record.get("kind") == "letter_action"
    assert "menu" in (found.todo_for(("kind",)) or "")


# -- 3. an update's marker beside the words that end an action --------------------------------


UPDATE = PAGE.replace("UA 214/27 Index", "UA 214/27-2 Index").replace(
    "The journalist Tomas Elvedin was arrested",
    "Thank you to everyone who took action. The journalist Tomas Elvedin was arrested",
)


def test_an_update_that_also_thanks_its_writers_is_marked() -> None:
    found = draft(UPDATE)
    assert found.record["status"] == "update"
    task = found.todo_for(("status",)) or ""
    assert "thank" in task.lower() and "closed" in task


def test_an_update_without_closing_words_stays_unmarked() -> None:
    found = draft(PAGE.replace("UA 214/27 Index", "UA 214/27-2 Index"))
    assert found.record["status"] == "update"
    assert not found.marked(("status",))


def test_an_update_named_only_in_the_sites_menu_is_marked() -> None:
    text = "Home | News | Further information on UA | Contact\n" + PAGE
    found = draft(text)
    assert found.record.get("status") == "update"
    assert "menu" in (found.todo_for(("status",)) or "")


# -- 4. a headline with the page's kicker --------------------------------------------------


def test_a_headline_holding_the_kicker_stays_unmarked() -> None:
    # the records keep a kicker printed before the headline on its line
    text = PAGE.replace(
        "URGENT ACTION\nJOURNALIST HELD WITHOUT CHARGE",
        "URGENT ACTION: JOURNALIST HELD WITHOUT CHARGE",
    )
    found = draft(text)
    assert not found.marked(("title",))


def test_a_plain_headline_stays_unmarked() -> None:
    found = draft(PAGE)
    assert found.record.get("title") == "JOURNALIST HELD WITHOUT CHARGE"
    assert not found.marked(("title",))


# -- 5. a closing notice quoting an earlier closure ---------------------------------------


CLOSED = (
    "UA 88/27 Index: EUR 41/3310/2027 Date: 14 October 2027\n"
    "URGENT ACTION\n"
    "POET DETAINED AGAIN\n\n"
    "The poet Lidia Marrow was arrested on 8 October 2027 in Kessenby.\n\n"
    "{notice}\n\n"
    "She is held at the central police station and has not seen a lawyer.\n"
)


def test_a_closing_notice_dated_long_before_the_page_is_marked() -> None:
    notice = "No further action is needed: this action ended on 3 May 2024 after her release."
    found = draft(CLOSED.format(notice=notice))
    assert found.record.get("status") == "closed"
    assert "2024-05-03" in (found.todo_for(("status",)) or "")
    assert found.marked(("status_text",))


def test_a_closing_notice_naming_another_ua_is_marked() -> None:
    notice = "No further action is needed on UA 12/24, which ended after her release."
    found = draft(CLOSED.format(notice=notice))
    assert found.record.get("status") == "closed"
    assert "12/24" in (found.todo_for(("status",)) or "")


def test_a_closing_notice_with_a_read_more_link_is_marked() -> None:
    notice = "No further action is needed: Lidia Marrow was freed. Read more"
    found = draft(CLOSED.format(notice=notice))
    assert found.record.get("status") == "closed"
    # the notice may be a related action's teaser: the status is no surer than its notice
    assert "Read more" in (found.todo_for(("status",)) or "")
    assert found.marked(("status_text",))


def test_a_closing_notice_of_the_pages_own_time_stays_unmarked() -> None:
    notice = "No further action is needed: this action ended on 12 October 2027."
    found = draft(CLOSED.format(notice=notice))
    assert found.record.get("status") == "closed"
    assert "closure" not in (found.todo_for(("status",)) or "")


# -- 6. a bullet of the site's own asks -------------------------------------------------------


def test_a_bullet_asking_for_a_donation_is_marked() -> None:
    text = PAGE.replace(
        "- Urging them to let him see his family and a lawyer of his choosing at once;\n",
        "- Urging them to let him see his family and a lawyer of his choosing at once;\n"
        "- Donate today so that our researchers can keep documenting cases like this one;\n",
    )
    found = draft(text)
    demands = [str(d) for d in found.record.get("demands") or []]
    numbers = [n for n, d in enumerate(demands) if d.startswith("Donate")]
    assert numbers
    assert "Donate" in (found.todo_for(("demands", numbers[0])) or "")
    assert not found.marked(("demands", 0))
