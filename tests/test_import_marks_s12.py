"""No wrong value without a TODO mark (twelfth session): the rules whose values went wrong
unmarked on pages nobody wrote rules for now mark their value when the page is not in the
layout they were written for.

- a target block in which no line was read as the name, its office's line holding one
  ("Presidente de la República Rodrigo Valbuena") or its fields run together on one line;
- a headline run together with the kicker ("URGENT ACTIONFARMERS ...") and with the text;
- follow-ups read from inside the original UA's reference, not from a list of their own;

A site's dated closing banner ("This action ended on ...") is the status text, unmarked: the
corpus records write it so (289, 439, 464, 469, 471).

Every name, place, number and fact here is invented.
"""

from __future__ import annotations

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft


def draft(text: str, language: str = "en") -> Draft:
    return parse_text(text, language=language)


# -- 1. a target block without a name line ----------------------------------------------------

NAME_IN_TITLE = (
    "Acción Urgente\nAU 31/27 Índice: AMR 22/4410/2027 Fecha: 3 de marzo de 2027\n"
    "Chile: Periodista detenida en Puerto Alvar\n\n"
    "La periodista Irene Solvang fue detenida el 1 de marzo de 2027 en Puerto Alvar.\n\n"
    "Escriban inmediatamente:\n\n"
    "Presidente de la República Rodrigo Valbuena\n"
    "Calle de los Olmos 41\n"
    "Puerto Alvar, Chile\n"
    "Correo-e: presidencia@corte-ficticia.cl\n"
    "Tratamiento: Señor Valbuena\n"
)


def test_a_target_whose_name_stands_in_its_title_line_is_marked_whole() -> None:
    found = draft(NAME_IN_TITLE, "es")
    targets = found.record["targets"]
    # the office of a state before its holder is cut (the targets rules) and, the layout being
    # one the block rule does not read right, every field of the block stays marked
    assert (targets[0].get("title"), targets[0].get("name")) == (
        "Presidente de la República",
        "Rodrigo Valbuena",
    )
    for field in ("name", "title", "address_lines", "country"):
        assert found.marked(("targets", 0, field))


def test_a_target_block_with_its_name_on_a_line_of_its_own_keeps_its_values_unmarked() -> None:
    text = NAME_IN_TITLE.replace(
        "Presidente de la República Rodrigo Valbuena\n",
        "Presidente de la República\nRodrigo Valbuena\n",
    )
    found = draft(text, "es")
    target = found.record["targets"][0]
    assert target.get("name") == "Rodrigo Valbuena"
    assert "no line of this block was read" not in (found.todo_for(("targets", 0)) or "")


# -- 2. a headline run together with its kicker ------------------------------------------------


def test_a_headline_glued_to_its_kicker_loses_the_kicker() -> None:
    found = draft(
        "Acción UrgenteChile: Dos periodistas detenidas en Puerto Alvar\n"
        "AU 31/27 Índice: AMR 22/4410/2027\n\n"
        "Las periodistas Irene Solvang y Marta Quell fueron detenidas el 1 de marzo de 2027.\n",
        "es",
    )
    assert found.record["title"] == "Chile: Dos periodistas detenidas en Puerto Alvar"


def test_a_headline_glued_to_its_kicker_and_to_the_text_is_marked() -> None:
    found = draft(
        "URGENT ACTIONFARMERS EVICTED BY FORCEThe authorities of Velmor have cleared three "
        "villages near Calder City since 4 May 2027, and at least forty families lost their "
        "homes and their land, according to local human rights groups who visited them.\n"
    )
    assert found.record.get("title")
    task = found.todo_for(("title",)) or ""
    assert "runs into the headline without a space" in task


def test_a_plural_after_the_kicker_is_no_headline_run_into_it() -> None:
    found = draft(
        "URGENT ACTIONS FOR VELMOR TEACHERS\nUA 58/27\n\nTeacher Arun Delavi was arrested.\n"
    )
    assert "runs into the headline" not in (found.todo_for(("title",)) or "")


# -- 3. follow-ups read from inside the original UA's reference -------------------------------


def test_follow_ups_inside_the_original_reference_are_marked() -> None:
    found = draft(
        "Further information on UA 77/93 (EUR 61/12/93, 2 May 1993 and follow-up EUR "
        "61/19/93, 20 May 1993) - Velmor: fear of torture: Arun Delavi\n\n"
        "Arun Delavi, a teacher, was released on 1 June 1993.\n"
    )
    updates = found.record.get("updates")
    assert updates, found.record
    task = found.todo_for(("updates", 0, "date")) or ""
    assert "inside the original UA's reference" in task


def test_follow_ups_in_a_list_of_their_own_stay_unmarked() -> None:
    found = draft(
        "Further information on UA 77/93 (EUR 61/12/93, 2 May 1993) and follow-ups (EUR "
        "61/19/93, 20 May 1993; EUR 61/23/93, 28 May 1993) - Velmor: fear of torture: Arun "
        "Delavi\n\nArun Delavi, a teacher, was released on 1 June 1993.\n"
    )
    assert [u.get("date") for u in found.record["updates"]] == ["1993-05-20", "1993-05-28"]
    assert not found.marked(("updates", 0, "date"))


# -- 4. a site's dated closing banner as the status text --------------------------------------


def test_a_sites_dated_closing_banner_is_the_status_text_unmarked() -> None:
    found = draft(
        "Urgent Action: Teacher Held in Velmor\n\nUA: Velmor 58.27\n"
        "This action ended on June 3, 2027\n\n"
        "Teacher Arun Delavi was arrested in Velmor on 2 April 2027.\n"
    )
    assert found.record.get("status") == "closed"
    assert found.record.get("status_text") == "This action ended on June 3, 2027"
    assert not found.marked(("status_text",))
