"""The second review's findings on the importer's code that change what it reads (twelfth
session). Every name, place, number and date here is invented.

1. a follow-up the header lists but the importer cannot keep (a date without its day) gives
   its doubt to no other follow-up;
2. only a second document with a headline or number block of its own stands "below another
   document": not the page's kicker repeated above its next page, a footer that names the
   network, or the UA below a covering note headed "Urgent Action";
3. a counted lead's last member named apart with its ordinal joins a list whose names do not
   stand side by side among the names found (a name's other name between them);
4. a roll run into one line: its first name's place leaves out its title, "Dr." does not end
   the roll's sentence, and each name is placed in its own piece of the roll;
5. a marked roll's shared membership is found where its first listed line gives an other
   name in brackets ("A (also known as B) (f), C, D - all members of X");
6. a name that lost "Ende Oktober" at its end is still named by the word before it ("den
   Verein X Y Ende Oktober": a body, no person);
7. the mark on a name in capitals cut from its organisation speaks of the organisation;
8. the ordinals a masculine noun takes before it ("un tercer hombre", "un premier détenu");
   a place found in folded text is turned into a place of the text itself ("Straße"); a
   Mastodon address ("@x@server.org") is one account.
"""

from __future__ import annotations

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft

FI_BODY = (
    "\n\nThe two weavers were released on 4 May 1993. They thank everyone who wrote.\n\n"
    "No further action is needed from the network at present. Warm thanks to all who so "
    "kindly sent appeals.\n"
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


# -- 2. what is another document ----------------------------------------------------------------

WEAVER = (
    "URGENT ACTION\nWEAVER HELD IN EASTMARK\n\nUA 14/31 Index: EMK 21/004/2031 Eastmark "
    "Date: 6 April 2031\n\n"
    "The weaver Tamsin Orrow was taken from her workshop in the river town of Callent on "
    "2 April 2031 by men in plain clothes. She has not been seen since, and her family was "
    "told at three police stations that she is not held there. She has a heart condition.\n\n"
)
CLOSING = (
    "No further action is needed from the network at present. Warm thanks to all who so "
    "kindly sent appeals.\n"
)


def _another_document_marked(draft: Draft) -> bool:
    return any(
        "another document" in (draft.todos.get(path) or "")
        for path in (("status",), ("status_text",))
    )


def test_the_kicker_repeated_above_the_next_page_is_no_other_document() -> None:
    text = (
        WEAVER + "URGENT ACTION\nWEAVER HELD IN EASTMARK\n\nThe weaver was released on 20 April "
        "2031.\n\n" + CLOSING
    )
    draft = parse_text(text, name="pages.txt")
    assert draft.record.get("status") == "closed"
    assert not _another_document_marked(draft)


def test_a_footer_naming_the_network_is_no_other_document() -> None:
    text = WEAVER + "Urgent Action Network, Eastmark Section, 4 Mill Lane, Callent\n\n" + CLOSING
    draft = parse_text(text, name="footer.txt")
    assert draft.record.get("status") == "closed"
    assert not _another_document_marked(draft)


def test_the_ua_below_a_covering_note_is_the_page_s_own() -> None:
    note = (
        "URGENT ACTION 4-9-31\n\nDear friends,\n\nThe weaver's case comes before the court "
        "of Callent next week, and the new prosecutor of the province has been named: please "
        "write to him before the hearing, and send your letters to the address below. Thank "
        "you all for the letters you have written so far.\n\n"
    )
    draft = parse_text(note + WEAVER + CLOSING, name="note.txt")
    assert draft.record.get("status") == "closed"
    assert not _another_document_marked(draft)


def test_a_second_ua_with_its_own_headline_below_the_text_is_still_another() -> None:
    text = WEAVER + "Related actions\n\nURGENT ACTION\nPRINTER DETAINED IN WESTMARK\n" + CLOSING
    draft = parse_text(text, name="related.txt")
    assert draft.record.get("status") == "closed"
    assert _another_document_marked(draft)


# -- 3. the ordinal after a list that skips an other name -----------------------------------------


def test_the_ordinal_member_follows_a_list_with_an_other_name_inside() -> None:
    text = (
        "URGENT ACTION\nFour Osmari students detained\n\nFour Osmari student activists are "
        "held incommunicado in Vellport. \n\nDario Fenwick, Lukas Marrow, known as Luka "
        "Marrowe, and Piet Havelaan, all men, were arrested at a rally on 3 May. A fourth "
        "detained man, Ansel Korrin, was taken from his home two days later. Their families "
        "fear for their safety.\n"
    )
    found = {p["name"]: p for p in parse_text(text, language="en").record["persons"]}
    for name in ("Dario Fenwick", "Lukas Marrow", "Piet Havelaan", "Ansel Korrin"):
        assert found[name].get("role") == "Osmari student activists", name


# -- 4. a roll run into one line -------------------------------------------------------------------


def _roll(paragraph: str) -> list[tuple[str, str, str | None]]:
    from ualetters.importer.markers import TABLES
    from ualetters.importer.persons import flattened_roll

    return [
        (m.name, paragraph[m.start : m.end], m.role)
        for m in flattened_roll(paragraph, TABLES["en"], "en")
    ]


def test_a_roll_opened_by_a_doctor_is_read_and_placed_without_the_title() -> None:
    paragraph = (
        "OSTRAVIA Dr. Lemar Quist Tovan, former minister of health Bela Orrin Vasko, former "
        "member of parliament Tarek Sund Halloway, former Governor of Eastmark Jiri Pell "
        "Ondo, trade unionist"
    )
    assert _roll(paragraph) == [
        ("Lemar Quist Tovan", "Lemar Quist Tovan", "former minister of health"),
        ("Bela Orrin Vasko", "Bela Orrin Vasko", "former member of parliament"),
        ("Tarek Sund Halloway", "Tarek Sund Halloway", "former Governor of Eastmark"),
        ("Jiri Pell Ondo", "Jiri Pell Ondo", "trade unionist"),
    ]


def test_a_roll_name_inside_an_earlier_name_is_placed_in_its_own_piece() -> None:
    paragraph = (
        "OSTRAVIA Lemar Quist Tovan, former minister of health Quist Tovan, former member of "
        "parliament Tarek Sund Halloway, former Governor of Eastmark Jiri Pell Ondo, trade "
        "unionist"
    )
    from ualetters.importer.markers import TABLES
    from ualetters.importer.persons import flattened_roll

    found = flattened_roll(paragraph, TABLES["en"], "en")
    assert [m.name for m in found][:2] == ["Lemar Quist Tovan", "Quist Tovan"]
    assert found[1].start > found[0].end


# -- 5. a shared membership below a line with an other name ---------------------------------


def test_a_shared_membership_reaches_a_roll_whose_first_line_has_an_other_name() -> None:
    text = (
        "UA 318/98   Fear for safety   9 June 1998\n\n"
        "OSTRAVIA  Mira Talvec (also known as Mira Tal) (f), Jonas Brell, Edvin Saro,\n"
        "Karol Venn (m) - all members of the Executive Council of the Union of Dock\n"
        "Workers (UDW), and Nela Poska (f), a leader of the\n"
        "Harbour Women's League (HWL)\n\n"
        "The people named above are at risk after they received death threats.\n"
    )
    found = {p["name"]: p for p in parse_text(text, language="en").record["persons"]}
    for name in ("Mira Talvec", "Jonas Brell", "Edvin Saro", "Karol Venn"):
        assert found[name].get("role") == (
            "member of the Executive Council of the Union of Dock Workers (UDW)"
        ), name


# -- 6. the word before a name that lost a time at its end ---------------------------------------


def test_a_body_s_name_run_on_to_ende_oktober_keeps_its_organisation_word() -> None:
    from ualetters.importer.markers import TABLES
    from ualetters.importer.persons import mentions

    found = mentions("Sie haben den Verein Ostra Vida Ende Oktober verboten.", TABLES["de"], "de")
    assert [m.name for m in found] == ["Ostra Vida"]
    assert "thing" in found[0].evidence


# -- 7. the mark of a name cut from its organisation ---------------------------------------------


def test_the_mark_of_a_name_cut_from_its_organisation_speaks_of_the_organisation() -> None:
    from ualetters.importer.blocks import parse_block
    from ualetters.importer.markers import EN

    block = parse_block(
        [
            "MR TOBIAS EXEMPLAR Ostravia High Commission 14 Linden Row NW Washington DC "
            "20008 Email: office@example.org Salutation: Dear Sir"
        ],
        EN,
        "en",
        None,
    )
    assert block.fields["name"] == "TOBIAS EXEMPLAR"
    assert "organisation" in block.todos["name"]


# -- 8. the ordinals before a masculine noun ------------------------------------------------------


def test_a_counted_lead_s_last_member_named_with_tercer() -> None:
    text = (
        "ACCIÓN URGENTE\nTres sindicalistas detenidos\n\nTres sindicalistas ostravios están "
        "detenidos en Vellport. \n\nDario Fenwick y Lukas Marrow fueron detenidos el 3 de "
        "mayo. Un tercer hombre, Ansel Korrin, fue detenido en su casa dos días después.\n"
    )
    found = {p["name"]: p for p in parse_text(text, language="es").record["persons"]}
    for name in ("Dario Fenwick", "Lukas Marrow", "Ansel Korrin"):
        assert found[name].get("role") == "sindicalistas ostravios", name


def test_a_place_in_folded_text_is_a_place_in_the_text() -> None:
    from ualetters.importer.dates import find_folded

    text = "Die Großeltern der Straße, allerdings keine weiteren Aktionen."
    at = find_folded(text, "keine weiteren")
    assert text[at:].startswith("keine weiteren")
    assert find_folded(text, "nirgends") == -1


def test_a_mastodon_address_is_one_account() -> None:
    from ualetters.importer.blocks import parse_block
    from ualetters.importer.markers import EN

    block = parse_block(
        [
            "Minister of Justice Tobias Exemplar",
            "Ministry of Justice",
            "14 Linden Row",
            "Vellport, Ostravia",
            "Mastodon: @justiceminister@social.example.org",
            "Salutation: Dear Minister",
        ],
        EN,
        "en",
        None,
    )
    assert block.fields["social"] == [
        {"platform": "mastodon", "handle": "@justiceminister@social.example.org"}
    ]
