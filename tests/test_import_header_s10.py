"""Case header fields on pages nobody tuned the importer to (tenth session).

Every name, number and fact here is invented. Each test is a family of misses or unmarked
wrong values of rounds 11 and 12: a hard-wrapped closing notice whose sentence goes on on the
next line, the older Secretariat concern line taken as the headline, a country line run into
the letter's date under a target's address.
"""

from __future__ import annotations

from ualetters.importer import parse_text

# -- 1. a closing notice whose sentence the document's hard line breaks cut ---------------------


def test_a_wrapped_closing_sentence_is_read_to_its_end() -> None:
    text = (
        "Zembla: Further information on fear of torture: Tomas Veldor\n\n"
        "Further information on EXTRA 12/98 - Fear of torture\n"
        "ZEMBLA Tomas Veldor, teacher\n"
        "Tomas Veldor was freed without charge on 3 May 1998. He had been held in a police\n"
        "station since his arrest.\n"
        "Many thanks to all who sent appeals which are believed to have helped bring\n"
        "about the release of Tomas Veldor. His brother told AI that the letters were\n"
        "read by the guards.\n"
    )
    draft = parse_text(text, language="en")
    said = draft.record.get("status_text")
    assert said == (
        "Many thanks to all who sent appeals which are believed to have helped bring "
        "about the release of Tomas Veldor."
    )


# -- 2. the older Secretariat concern line as a headline ---------------------------------------


def test_the_concern_line_gives_way_to_the_library_headline() -> None:
    text = (
        "Document - Zembla: Fear for safety/Harassment\n\n"
        "PUBLIC AI Index: AMR 99/012/2009 25 March 2009\n\n"
        "UA 51/09 Fear for safety/Harassment\n\n"
        "ZEMBLA Members of the Orvan farming cooperative\n\n"
        "Soldiers have threatened members of the Orvan farming cooperative.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Zembla: Fear for safety/Harassment"


def test_a_title_from_the_concern_line_is_marked() -> None:
    text = (
        "PUBLIC AI Index: AFR 99/001/2008\n\n"
        "05 February 2008\n\n"
        "UA 12/08 Incommunicado detention/Fear of torture\n\n"
        "ZEMBLA Tomas Veldor (m), leader, Party for Renewal (PR)\n\n"
        "Tomas Veldor was arrested on 3 February in the capital.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Incommunicado detention/Fear of torture"
    assert draft.marked(("title",))


# -- 3. a country line run into the letter's date under a target's address ---------------------


def test_a_country_line_under_an_address_is_not_the_case_country() -> None:
    text = (
        "Briefe gegen das Vergessen\n\n"
        "September 2020\n\n"
        "Brief\n\n"
        "Head of Judiciary Arto Nemin\n"
        "c/o Permanent Mission of Iran to the UN\n"
        "Chemin du Petit-Saconnex 99\n"
        "1209 Geneva\n"
        "SCHWEIZ Im September 2020\n\n"
        "Exzellenz,\n\n"
        "ich sorge mich um den Lehrer Tomas Veldor, der im Iran in Haft ist. "
        "Er wurde zum Tode verurteilt.\n"
    )
    draft = parse_text(text, language="de")
    # "SCHWEIZ" ends the address of a UN mission in Geneva, not the case's header
    assert draft.record.get("country") == "IR"


# -- 4. the older Secretariat header: the document's date beside or below its index ------------


def test_the_date_on_the_index_line_is_the_issue_date() -> None:
    text = (
        "PUBLIC AI Index: ASA 99/14/99 26 February 1999\n\n"
        "UA 41/99 Fear of torture\n\n"
        "ZEMBLA Tomas Veldor, farmer\n\n"
        "Tomas Veldor has been held without charge since 20 February 1999.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("issued") == "1999-02-26"


def test_the_date_below_the_index_line_is_the_issue_date() -> None:
    text = (
        "Zembla: writer sentenced\n\n"
        "Ana Orvan anaorvan at\n"
        "Fri Nov 10 11:21:57 MST 1995\n\n"
        "I forward this statement from Amnesty International, which says it better than I\n"
        "could.\n\n"
        "Ana Orvan, Leeds.\n\n\n"
        "/* Written 8:59 pm Oct 31, 1995 by anaorvan */\n\n"
        "+     Electronic distribution authorised               +\n"
        "+     This bulletin expires: 12 December 1995.         +\n"
        "EXTERNAL                                 AI Index: AFR 99/25/95\n"
        "                                         31 October 1995\n"
        "Further information on UA 123/94 (AFR 99/03/94, 24 May 1994) - Prisoner of conscience\n"
        "ZEMBLA           Tomas Veldor, writer\n"
        "Tomas Veldor was sentenced to death on 30 October 1995.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("issued") == "1995-10-31"
    # the electronic bulletin's expiry, read like "This Urgent Action expires on ..."
    assert draft.record.get("deadline") == "1995-12-12"


# -- 5. the Secretariat library's page: its title above the ", Index label: index" line ---------


def test_the_line_above_the_library_index_label_is_the_title() -> None:
    text = (
        "Zembla: Further information on fear of torture while detained: Tomas Veldor:\n\n"
        ", N° d'index: AFR 99/068/1997\n\n"
        "Tomas Veldor was released without charge on 3 December 1997.\n\n"
        "EXTERNAL AI Index: AFR 99/68/97\n"
        "9 December 1997\n"
        "Further information on EXTRA 123/97 (AFR 99/63/97, 26 November 1997) - Fear\n"
        "of Torture\n"
        "ZEMBLA Tomas Veldor, farmer\n"
        "Tomas Veldor was released without charge on 3 December 1997.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == (
        "Zembla: Further information on fear of torture while detained: Tomas Veldor:"
    )
    # the Secretariat's "EXTRA" series, numbered like UAs
    assert draft.record.get("ua") == "EXTRA 123/97"
