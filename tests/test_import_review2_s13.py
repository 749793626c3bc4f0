"""Fixes from the second review of the thirteenth session's importer changes (parse.py and
blocks.py), each with made-up texts. Every name, place, number and fact here is invented."""

from __future__ import annotations

from ualetters.importer import parse_text
from ualetters.importer.markers import EN
from ualetters.importer.parse import _bare_roll_line, _holder_name, _salutes_holder

from .helpers import persons_by_name as persons

# -- 7. one set of particles for a holder's long name, another for a roll's names ----------


def test_a_long_arabic_name_keeps_its_particles() -> None:
    # "Abd", "El", "Abu", "Ben" are particles the long name leaves out to be read as a name
    assert _holder_name("Abd El Fattah Abu Example Ben Saleh Ali", EN)


# -- 3. another UA's number and date cited in prose are not the issue date -----------------


def test_a_ua_cited_on_a_wrapped_line_of_prose_gives_no_issue_date() -> None:
    draft = parse_text(
        "Maren Sopol, a teacher from the town of Exampleton, was arrested and was the subject of\n"
        "UA 114/92 issued on 6 April 1992\n"
        "and of two follow-ups.\n",
        language="en",
    )
    assert draft.record.get("issued") != "1992-04-06", draft.record.get("issued")


def test_a_ua_cited_inside_a_sentence_gives_no_issue_date() -> None:
    draft = parse_text(
        "URGENT ACTION\nFear of torture\n\nNORBRIA: Maren Sopol\n\n"
        "Maren Sopol, a teacher, was the subject of UA 114/92 issued on 6 April 1992\n"
        "and of two follow-ups. She was arrested again on 3 May 1993.\n",
        language="en",
    )
    assert draft.record.get("issued") != "1992-04-06", draft.record.get("issued")


def test_the_older_header_still_dates_the_ua() -> None:
    draft = parse_text(
        "UA 12/93 Fear of torture 3 May 1993\n\nNORBRIA: Maren Sopol, teacher\n\n"
        "Maren Sopol was arrested on 1 May 1993 in Exampleton.\n",
        language="en",
    )
    assert draft.record.get("issued") == "1993-05-03"
    assert not draft.marked(("issued",))


def test_a_number_after_the_index_dates_the_ua_marked() -> None:
    draft = parse_text(
        "EXTERNAL\nAFR 99/01/93 UA 12/93 Fear of torture 3 May 1993\n"
        "NORBRIA: Maren Sopol, teacher\n\n"
        "Maren Sopol was arrested on 1 May 1993 in Exampleton.\n",
        language="en",
    )
    assert draft.record.get("issued") == "1993-05-03"
    assert draft.marked(("issued",))


# -- 4. numbered demands are no numbered addressees ----------------------------------------

_NUMBERED_DEMANDS = (
    "URGENT ACTION\nNORBRIA: Maren Sopol\n\n"
    "Maren Sopol was arrested on 1 May 1993 in Exampleton.\n\n"
    "RECOMMENDED ACTION: Please send telegrams/faxes/airmail letters:\n"
    "1) Urging the President to release Maren Sopol now;\n"
    "2) calling for her immediate release.\n"
)


def test_numbered_demands_give_no_target() -> None:
    targets = parse_text(_NUMBERED_DEMANDS, language="en").record.get("targets") or []
    titles = [target.get("title", "") for target in targets]
    assert not any(title.startswith("Urging") for title in titles), targets
    assert not any(
        "calling for" in line for target in targets for line in target.get("address_lines", [])
    ), targets


def test_numbered_addressees_with_their_addresses_are_still_read() -> None:
    targets = parse_text(
        "URGENT ACTION\nNORBRIA: Maren Sopol\n\n"
        "Maren Sopol was arrested on 1 May 1993 in Exampleton.\n\n"
        "RECOMMENDED ACTION: Please send telegrams/faxes/airmail letters calling for her "
        "release.\n\n"
        "1) President of the Republic\nPresident Jonas Example\nPalacio Nacional\n"
        "Exampleton, Norbria\nFaxes: +99 2 123456\n\n"
        "2) Minister of Justice\nMinister Paul Sample\nMinisterio de Justicia\n"
        "Exampleton, Norbria\n",
        language="en",
    ).record["targets"]
    assert [target["title"] for target in targets] == [
        "President of the Republic",
        "Minister of Justice",
    ]


# -- 6. a prisoner's or a case's number under a label is no telephone ----------------------

_BLOCK_WITH = (
    "URGENT ACTION\nNORBRIA: Maren Sopol\n\n"
    "Maren Sopol was arrested on 1 May 2023 in Exampleton.\n\n"
    "Please write to:\nMinister of Justice\nPaul Sample\nMinistry of Justice\n"
    "12 Example Street\nExampleton, Norbria\n{line}\nEmail: minister@justice.example.org\n"
)


def _target(line: str) -> tuple[dict[str, object], dict[tuple[str | int, ...], str]]:
    draft = parse_text(_BLOCK_WITH.format(line=line), language="en")
    return draft.record["targets"][0], draft.todos


def test_numbers_that_identify_someone_are_no_phones() -> None:
    for line in (
        "Inmate number: 1999 1370 45",
        "Case no.: 1234-5678-2031",
        "Tax ID: 1234 5678 90",
    ):
        target, _todos = _target(line)
        assert "phones" not in target, (line, target)


def test_a_telephone_line_by_its_own_name_is_kept_and_marked() -> None:
    target, todos = _target("Comments line of the ministry: 202-555-0100")
    assert target["phones"] == [{"number": "202-555-0100", "note": "Comments line of the ministry"}]
    assert ("targets", 0, "phones") in todos, todos


# -- 8. a particle of a holder's name does not make a salutation the holder's --------------


def test_a_name_particle_is_no_surname_a_salutation_names() -> None:
    holder = {"name": "María del Carmen Ejemplar", "title": "Ministra de Justicia"}
    assert not _salutes_holder("Señor Presidente del Gobierno:", holder)
    assert _salutes_holder("Señora Ministra Ejemplar:", holder)


# -- 5. a name alone after a role that ends in two words in small letters ------------------


def test_a_name_alone_after_a_two_word_role_stays_in_the_roll() -> None:
    text = (
        "EXTRA 40/95 Fear of Torture 8 November 1995\n"
        "NORBRIA Maren Sopol (f), human rights defender\n"
        "John Example\n"
        "Paul Sample (m), student\n"
        "On 3 November 1995, the three people named above were arrested in Exampleton.\n"
    )
    found = persons(text, "en")
    assert {"Maren Sopol", "John Example", "Paul Sample"} <= set(found), sorted(found)


# -- 10. a town's or a country's name of two words alone on a roll's line is no person -----


def test_place_names_of_two_words_are_no_bare_roll_names() -> None:
    for place in ("Kuala Lumpur", "Sri Lanka", "Addis Ababa", "Costa Rica", "Buenos Aires"):
        assert _bare_roll_line(place, EN) is None, place
    assert _bare_roll_line("John Example", EN) == ("John Example", "")


def test_a_town_alone_between_a_roll_s_names_is_no_person() -> None:
    text = (
        "EXTRA 41/95 Fear of Torture 9 November 1995\n"
        "NORBRIA Maren Sopol (f), teacher\n"
        "Buenos Aires\n"
        "Paul Sample (m), student\n"
        "On 3 November 1995, the two people named above were arrested in Exampleton.\n"
    )
    found = persons(text, "en")
    assert "Buenos Aires" not in found, sorted(found)
    assert {"Maren Sopol", "Paul Sample"} <= set(found), sorted(found)
