"""German vocabulary of persons at risk, end to end through the importer.

Every sentence here is made up (names and facts are invented). Each row shows a family of
words the German table now knows: a participle at the end of the clause ("wurde X ...
festgenommen"), a verb after the name ("X sitzt"), a role before or after the name ("die
Frauenrechtlerin X", "X, ein Liedermacher aus ..."), a relation that gives the gender
("ihre Nichte X"), a role of several words ("Gefangener aus Gewissensgründen") and a plural
that counts a group ("zwölf Kleinbauern"); and next to them the official, the prison, the
"Jahren Haft" and the "Vereinten Nationen" of the same text, which must stay out.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def _record(text: str) -> dict[str, Any]:
    return parse_text(text, language="de").record


def _persons(text: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in _record(text).get("persons") or []}


# (text, the person to find, the role it must have or None, names that must not be persons)
FOUND_BY_VERB: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "a participle ends the clause after the name": (
        "Am 3. März 2031 wurde Farid Musterfeld in Schiras festgenommen. Seine Familie "
        "weiß nicht, wo er ist.",
        "Farid Musterfeld",
        (),
    ),
    "a sentence to years in prison: the years are no name": (
        "Im Mai 2031 wurde Farid Musterfeld zu acht Jahren Haft verurteilt. Er legte "
        "Rechtsmittel ein.",
        "Farid Musterfeld",
        ("Jahren Haft",),
    ),
    "a prison named before the participle is no person": (
        "Seit Juni 2030 wird Farid Musterfeld im Teheraner Evin-Gefängnis festgehalten.",
        "Farid Musterfeld",
        ("Teheraner Evin-Gefängnis",),
    ),
    "a verb of staying after the name": (
        "Farid Musterfeld sitzt seit zwei Jahren ohne Anklage im Gefängnis.",
        "Farid Musterfeld",
        (),
    ),
    "reported speech after the name": (
        "Laut seiner Familie sei Farid Musterfeld in der Haft misshandelt worden.",
        "Farid Musterfeld",
        (),
    ),
    "a finite verb done to the person before the name": (
        "Maskierte Männer verschleppten Farid Musterfeld am 9. April 2031 aus seiner Wohnung.",
        "Farid Musterfeld",
        (),
    ),
    "the demand not to execute the person": (
        "Ich fordere Sie auf, Farid Musterfeld nicht hinzurichten.",
        "Farid Musterfeld",
        (),
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND_BY_VERB))
def test_person_found_by_a_german_verb(case: str) -> None:
    text, name, not_persons = FOUND_BY_VERB[case]
    persons = _persons(text)
    assert name in persons, persons
    for other in not_persons:
        assert other not in persons, persons


# (text, the person, the role it must have, its gender, names that must not be persons)
ROLES: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "a role before the name gives the gender": (
        "Die Frauenrechtlerin Lina Beispiel setzt sich seit Jahren gegen Zwangsheirat ein.",
        "Lina Beispiel",
        "Frauenrechtlerin",
        "female",
        (),
    ),
    "a compound's head is the role": (
        "Der Regierungskritiker Tomasz Probewicz veröffentlichte Satiren im Internet.",
        "Tomasz Probewicz",
        "Regierungskritiker",
        "male",
        (),
    ),
    "a role from the arts": (
        "Die Rapperin Lina Beispiel trat im Mai bei einem Konzert in Minsk auf.",
        "Lina Beispiel",
        "Rapperin",
        "female",
        (),
    ),
    "a role before the name, the official who ordered it stays out": (
        "Auf Anordnung von Staatsanwalt Omar Amtsträger nahm die Polizei die Fotografin "
        "Lina Beispiel mit.",
        "Lina Beispiel",
        "Fotografin",
        "female",
        ("Omar Amtsträger",),
    ),
    "a role in an apposition after the name": (
        "Tomasz Probewicz, ein Liedermacher aus Grodno, schrieb Lieder über die Proteste.",
        "Tomasz Probewicz",
        "Liedermacher aus Grodno",
        "male",
        (),
    ),
}


@pytest.mark.parametrize("case", sorted(ROLES))
def test_role_of_a_german_person(case: str) -> None:
    text, name, role, gender, not_persons = ROLES[case]
    persons = _persons(text)
    assert name in persons, persons
    assert persons[name].get("role") == role
    assert persons[name].get("gender") == gender
    for other in not_persons:
        assert other not in persons, persons


def test_a_relation_before_the_name_gives_the_gender() -> None:
    persons = _persons(
        "Die Behörden bedrohen Nasrin Muster. Auch ihre Nichte Lina Beispiel wurde im April "
        "festgenommen."
    )
    assert persons["Lina Beispiel"]["gender"] == "female"


def test_a_role_of_several_words_said_of_the_only_person() -> None:
    persons = _persons(
        "Karim Testmann wurde am 2. Mai 2031 festgenommen. Er ist ein Gefangener aus "
        "Gewissensgründen."
    )
    assert persons["Karim Testmann"]["role"] == "Gefangener aus Gewissensgründen"


def test_a_plural_of_a_role_counts_a_group() -> None:
    groups = _record(
        "Seit Mai sind zwölf Kleinbauern in Haft, weil sie gegen ein Staudammprojekt "
        "protestiert hatten."
    ).get("groups")
    assert groups and groups[0]["count"] == 12, groups
    assert groups[0]["description"] == "zwölf Kleinbauern"


def test_the_united_nations_are_no_person() -> None:
    persons = _persons(
        "Farid Musterfeld wurde im März festgenommen. Auch die Vereinten Nationen haben "
        "die Festnahme von Farid Musterfeld kritisiert."
    )
    assert "Farid Musterfeld" in persons
    assert "Vereinten Nationen" not in persons


def test_an_office_before_the_name_keeps_an_official_out() -> None:
    persons = _persons(
        "Die Rapperin Lina Beispiel wurde am 4. Mai 2031 festgenommen. Polizeichef Omar "
        "Amtsträger hatte ihre Konzerte verboten."
    )
    assert "Lina Beispiel" in persons
    assert "Omar Amtsträger" not in persons, persons
