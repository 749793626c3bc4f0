"""The wrong values rounds 21-22 gave without a mark, once released (fifteenth session), each
family with made-up texts: a host's page title in small letters above the document's own
headline ("Urgent action five men at risk ..." over "FIVE MEN AT RISK ..."); a repost's
introduction listing languages ("in Spanish* or English") beside the UA's own request ("in
Spanish or your own language"); an academic title before a target's name ("Prof. X").

Every name, place and fact here is invented.
"""

from __future__ import annotations

from ualetters.importer import parse_text

_HOSTED = """Urgent action five men at risk of execution in freedonia



UA: 77/19 Index: ASA 99/1234/2019 Freedonia Date: 3 May 2019

URGENT ACTION

FIVE MEN AT RISK OF EXECUTION IN FREEDONIA

Five men convicted after an unfair trial could be executed at any moment in Freedonia.
"""


def test_a_host_title_in_small_letters_gives_way_to_the_document_headline() -> None:
    draft = parse_text(_HOSTED, name="made-up.txt")
    assert draft.record["title"] == "FIVE MEN AT RISK OF EXECUTION IN FREEDONIA"


def test_a_kicker_before_a_subject_in_small_letters_stays_the_title() -> None:
    text = (
        "Urgent Action für angeklagte Journalisten in Ruritanien\n\n"
        "Die Journalisten A. B. und C. D. sind angeklagt.\n"
    )
    draft = parse_text(text, name="made-up.txt", language="de")
    assert draft.record["title"] == "Urgent Action für angeklagte Journalisten in Ruritanien"


_RELAYED = """Sunday, 3 March 2019

Freedonia: Urgent Action for a teacher

Read the full appeal below. Please write - in Spanish* or English - and pass this on.

Teacher Ana Gomez has received death threats after speaking about the disappearance of
three students.

RECOMMENDED ACTION: Please send appeals to arrive as quickly as
possible, in Spanish or your own language:
- calling on the authorities to protect Ana Gomez.
"""


def test_languages_listed_elsewhere_than_the_request_mark_the_request() -> None:
    draft = parse_text(_RELAYED, name="made-up.txt", language="en")
    assert draft.record["languages"] == ["es"]
    assert draft.marked(("languages",))
    assert "en" in (draft.todos.get(("languages",)) or "")


def test_a_lone_request_for_languages_is_not_marked() -> None:
    text = _RELAYED.replace("Please write - in Spanish* or English - and pass this on.", "")
    draft = parse_text(text, name="made-up.txt", language="en")
    assert draft.record["languages"] == ["es"]
    assert not draft.marked(("languages",))


_TARGETS = """UA 12/21 Index: EUR 99/001/2021 Freedonia Date: 3 March 2021

URGENT ACTION

BLOGGER DETAINED

Blogger Ivo Petrov was detained on 1 March. He is held incommunicado.

PLEASE SEND APPEALS BEFORE 14 APRIL 2021 TO:

Ombudsperson
Prof. Sabina Kovac
Office of the Ombudsman
40 River Street
Freetown 1000, Freedonia
Salutation: Dear Ombudsperson

Prosecutor General
Prof. Dr. Marko Horvat
1 Castle Street
Freetown 1001, Freedonia
Salutation: Dear Prosecutor General
"""


def test_an_academic_title_is_no_part_of_a_target_name() -> None:
    draft = parse_text(_TARGETS, name="made-up.txt", language="en")
    names = [target["name"] for target in draft.record["targets"]]
    assert names == ["Sabina Kovac", "Marko Horvat"]


def test_an_empty_last_address_line_has_no_country_and_no_crash() -> None:
    # A round 26 text (held out, unread) crashed the importer here: the address lines a
    # title's check cut ended in an empty line. Its shape only was read, not its text.
    from ualetters.importer.blocks import _address_country

    assert _address_country(["1 Castle Street", ""], "en") is None
    assert _address_country(["1 Castle Street", " ,"], "en") is None
    assert _address_country(["Freetown 1000, Freedonia", "FRANCE"], "en") == "FR"
