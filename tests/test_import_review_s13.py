"""Fixes from the review of the thirteenth session's importer changes, each with made-up
texts. Every name, place and fact here is invented."""

from __future__ import annotations

from ualetters.importer import parse_text
from ualetters.importer.markers import EN
from ualetters.importer.persons import _relative_of_office

from .helpers import persons_by_name as persons

# -- 1. words split at an inner capital: only a name a copy ran together, marked ------------


def test_a_product_name_with_an_inner_capital_is_no_person() -> None:
    text = (
        "URGENT ACTION\n\nJournalist detained\n\nThe journalist Maren Sopol was arrested on "
        "3 May. SoundCloud was also blocked. Later, JavaScript was disabled on the site.\n"
    )
    found = persons(text, "en")
    assert "Maren Sopol" in found, sorted(found)
    assert not any("Sound" in name or "Java" in name for name in found), sorted(found)


def test_a_surname_with_an_inner_capital_keeps_its_printed_form() -> None:
    text = (
        "URGENT ACTION\n\nActivist detained\n\nThe activist John FitzPatrick was arrested on "
        "3 May at his home.\n"
    )
    assert "John FitzPatrick" in persons(text, "en")


def test_a_given_name_run_into_the_surname_is_repaired_and_marked() -> None:
    text = (
        "ACCIÓN URGENTE\n\nPeriodista detenido\n\nEl periodista AndreiTavlov fue detenido el "
        "3 de mayo en su casa. AndreiTavlov sigue detenido.\n"
    )
    draft = parse_text(text, language="es")
    names = [str(p["name"]) for p in draft.record.get("persons", [])]
    assert "Andrei Tavlov" in names, names
    at = names.index("Andrei Tavlov")
    assert "run together" in (draft.todos.get(("persons", at, "name")) or ""), draft.todos


# -- 2. "known as" joins only a name's own apposition --------------------------------------


def test_known_as_after_another_person_s_kin_joins_no_one() -> None:
    text = (
        "URGENT ACTION\n\nCouple detained\n\nMaren Sopol and her husband, known as John "
        "Example, were arrested on 3 May in the capital. Maren Sopol was later released.\n"
    )
    found = persons(text, "en")
    assert "Maren Sopol" in found, sorted(found)
    assert "Maren Sopol" not in (found.get("John Example", {}).get("other_names") or []), found


def test_known_as_in_a_name_s_apposition_still_joins_and_is_marked() -> None:
    text = (
        "URGENT ACTION\n\nActivist detained\n\nMaren Sopol, known as Mara Sol, was arrested on "
        "3 May in the capital.\n"
    )
    draft = parse_text(text, language="en")
    people = draft.record.get("persons", [])
    assert len(people) == 1, people
    assert "Mara Sol" in (people[0].get("other_names") or []), people
    assert "known as" in (draft.todos.get(("persons", 0, "name")) or ""), draft.todos


# -- 9. no role from the object of a preposition ---------------------------------------------


def test_an_indefinite_noun_after_a_preposition_is_no_role() -> None:
    text = (
        "ACCIÓN URGENTE\n\nDefensora trasladada\n\nTras la visita de un abogado, Maren Sopol "
        "fue trasladada a otra prisión el 3 de mayo.\n"
    )
    found = persons(text, "es")
    assert "Maren Sopol" in found, sorted(found)
    assert found["Maren Sopol"].get("role") != "abogado", found


# -- 11. the kin word is looked for before the office, never at the list's end ------------------


def test_relative_of_office_does_not_wrap_round() -> None:
    assert not _relative_of_office(["of", "the", "minister", "met", "a", "brother"], EN)
