"""Fixes from the review of the eleventh session's importer changes, each with made-up
texts. Every name, place and fact here is invented."""

from __future__ import annotations

from ualetters.importer import parse_text
from ualetters.importer.blocks import _who_parts
from ualetters.importer.markers import EN
from ualetters.importer.parse import _before_country

# -- a name printed in capitals run into its organisation -----------------------------------


def test_a_surname_first_name_in_capitals_is_not_cut() -> None:
    parts = _who_parts(str.split("Ambassador TRAN VAN Binh Embassy of Freedonia"), EN)
    assert ("name", "TRAN VAN Binh") in parts, parts
    assert ("organisation", "Embassy of Freedonia") in parts, parts


def test_a_name_in_capitals_before_a_country_office_is_cut_and_marked() -> None:
    parts = _who_parts(str.split("MR CALEB SAMPLE Kenya High Commission"), EN)
    assert ("name", "CALEB SAMPLE") in parts, parts
    assert ("organisation", "Kenya High Commission") in parts, parts
    assert ("todo", "organisation") in parts, parts


# -- an update header's concern naming a country in capitals --------------------------------


def test_a_concern_naming_a_country_keeps_it() -> None:
    text = (
        "Further information on UA 123/10 (EUR 12/345/2010, 3 May 2010) – Fear of forcible "
        "return to UZBEKISTAN\n\nAli Sample, a journalist, was arrested in Freetown on 2 May "
        "2010. He is at risk.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Fear of forcible return to UZBEKISTAN"


def test_a_country_run_into_the_text_is_cut_and_marked() -> None:
    assert _before_country("Fear of torture NIGERIAMohammed Sample was", EN) == (
        "Fear of torture",
        True,
    )
    assert _before_country("Fear of forcible return to UZBEKISTANAli Sample", EN) == (
        "Fear of forcible return to UZBEKISTAN",
        True,
    )


# -- a roll line is a capitalised name before its marker --------------------------------------


def test_a_wrapped_sentence_with_a_marker_is_no_roll_line() -> None:
    """The unwrapper keeps two roll lines apart ("Name (m), …" under "Name (f), …") however
    long they are; a wrapped sentence that goes on with "the lawyer for the family (m) said" is
    no roll line: a roll line's name starts with a capital (the pattern is case-insensitive
    for its markers only)."""
    from ualetters.importer.text import _ROLL_ENTRY

    assert _ROLL_ENTRY.match("Tomas Example (m), a teacher at the village school")
    assert _ROLL_ENTRY.match("- ANNA EXAMPLE (F), a nurse")
    assert not _ROLL_ENTRY.match("the lawyer for the family (m) said on the telephone")
    assert not _ROLL_ENTRY.match("éditée par la famille (f), qui")


# -- a verb after a name is no thing's noun; "más o menos" is no exception ------------------


def test_a_person_who_acts_for_someone_is_no_thing() -> None:
    text = (
        "URGENT ACTION\n\nThe lawyer Ali Example acts for the family of Omar Sample, who was "
        "arrested on 3 May. Please write to the authorities.\n"
    )
    names = [p["name"] for p in parse_text(text, language="en").record.get("persons") or []]
    assert "Ali Example" in names, names


def test_a_list_of_names_before_newspapers_is_still_things() -> None:
    text = (
        "URGENT ACTION\n\nPolice raided the offices of Yeni Example and Kara Sample newspapers; "
        "Sami Example was arrested on 3 May.\n"
    )
    names = [p["name"] for p in parse_text(text, language="en").record.get("persons") or []]
    assert names == ["Sami Example"], names


def test_mas_o_menos_is_no_exception() -> None:
    from ualetters.importer.parse import _excepted

    said = "La policía detuvo a más o menos 30 personas, entre ellas Ali Example, liberado ayer."
    assert not _excepted(said, "Ali Example")
    assert not _excepted("Cuando menos Ali Example y Ana Sample fueron liberados.", "Ana Sample")
    assert _excepted("Todos fueron liberados menos Ana Sample.", "Ana Sample")
