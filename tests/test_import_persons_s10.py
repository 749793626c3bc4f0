"""Persons the importer never found on pages nobody tuned it to (tenth session), each family
with a made-up text: every name, place and fact here is invented.

1. A roll in square brackets after its count, items parted by semicolons, each with its
   marker and a short remark ("The 12 people [A (m), teacher; B (m), aged 15; C; and 9
   others]"): the bracket opens the first name, the unmarked item is a person too.
2. A name after the preposition by which the action speaks for someone ("Briefaktion für
   X", "Action pour X", "on behalf of X"): a person, marked for review when nothing else
   says so; a German noun a headline's join ran into the name ("für X Haftverlängerung")
   and an exclamation mark ("pour X ! Jusqu'au") end the name.
3. An apposition no comma closes, ended by what was done to the person ("X, president of
   the traders' association was also arrested"): a person, the phrase is the role; a name
   printed family name first elsewhere ("Y X" of "X Z Y") is the same person.
4. A German noun after a determiner and its adjectives, before the name ("den iranischen
   Kurden X"): the noun phrase is the role, no part of the name; an authority there ("die
   saudischen Behörden X fest") is the clause's subject, no role.
5. A roll's item the lines' join left at a paragraph's end with its age, role and a
   remark in brackets ("... and others. New names: X, 69, former minister (released on
   bail)"): a person, the office held is the role.
6. A Spanish or French relative "que" after a name's comma ("A, que regresó del exilio en
   2014, B y C"): the relative's verb is the person's; not "que" as a conjunction before
   its subject ("dijo al director X, que él estaba ...").
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text


def persons(text: str, language: str | None = None) -> list[dict[str, Any]]:
    return list(parse_text(text, language=language).record.get("persons") or [])


def names(text: str, language: str | None = None) -> list[str]:
    return [p["name"] for p in persons(text, language)]


def test_a_bracketed_roll_with_semicolons_gives_each_name() -> None:
    text = (
        "Freedonia: Further information on incommunicado detention\n\n"
        "The 12 people [Odo Karanja (m), teacher; Wema Lusinde (m); Baraka Tembo (m), aged 15; "
        "Juma Kileo; and 8 others, including two women] who were held from 2 to 6 May have been "
        "released on bail. All of them are due in court on 30 May."
    )
    found = {p["name"]: p for p in persons(text, "en")}
    assert set(found) == {"Odo Karanja", "Wema Lusinde", "Baraka Tembo", "Juma Kileo"}
    assert found["Odo Karanja"]["gender"] == "male"
    assert found["Juma Kileo"]["gender"] == "unknown"


def test_a_name_after_fuer_is_a_person_marked_for_review() -> None:
    text = (
        "Belarus: Briefaktion für Olena Marchuk Verfolgung\n"
        "Am 4. Mai bestätigte ein Gericht die Anordnung für Olena Marchuk erneut. Sie sitzt "
        "seit einem Jahr in Haft. Amnesty International hält die Vorwürfe für haltlos."
    )
    draft = parse_text(text, language="de")
    found = [p["name"] for p in draft.record.get("persons") or []]
    assert found == ["Olena Marchuk"]
    assert ("persons", 0, "name") in draft.todos


def test_a_headlines_capitals_after_for_are_no_person() -> None:
    text = (
        "Freedonia: Campaign for Free Speech\n\n"
        "Journalist Aziz Korel was arrested on 4 May for defending free speech. He is held "
        "without charge."
    )
    assert names(text, "en") == ["Aziz Korel"]


def test_a_name_after_pour_ends_at_the_exclamation_mark() -> None:
    text = (
        "Liberté pour Farida Benslim ! Jusqu'au 30.06.2021 10200 soutiens.\n"
        "Le 2 mars 2021, Farida Benslim, journaliste, a été condamnée à dix ans de prison."
    )
    assert names(text, "fr") == ["Farida Benslim"]


def test_a_name_on_behalf_of_is_a_person() -> None:
    text = (
        "Freedonia: detained without charge\n\n"
        "Please write on behalf of Tomas Ekwueme to the Minister of Justice before 3 June."
    )
    assert "Tomas Ekwueme" in names(text, "en")


def test_an_apposition_ended_by_a_passive_makes_a_person() -> None:
    text = (
        "Freedonia: civil society leaders held\n\n"
        "Three union leaders were arrested on 2 May. Tandu Mbeki, chairman of the Port "
        "Town market traders' union was also arrested on 3 May and charged with arson."
    )
    found = {p["name"]: p for p in persons(text, "en")}
    assert "Tandu Mbeki" in found
    assert found["Tandu Mbeki"].get("role") == "chairman of the Port Town market traders' union"


def test_an_apposition_before_a_relative_with_a_passive_is_no_evidence() -> None:
    text = (
        "Freedonia: civil society leaders held\n\n"
        "A statement came from Rutendo Maposa, spokesperson of the movement whose leader was "
        "arrested on 2 May."
    )
    assert "Rutendo Maposa" not in names(text, "en")


def test_a_name_printed_family_name_first_is_the_same_person() -> None:
    text = (
        "Freedonia: two activists detained\n\n"
        "Activists Amara Kossi Tetteh and Yawo Komla Agbeko were arrested on 3 May.\n"
        "Suggested tweet: Agbeko Yawo, member of the opposition, has been detained since 3 May."
    )
    assert names(text, "en") == ["Amara Kossi Tetteh", "Yawo Komla Agbeko"]


def test_a_german_noun_after_adjectives_is_no_part_of_the_name() -> None:
    text = (
        "Iran: Hinrichtung droht\n\n"
        "Ich sorge mich um den jungen belutschischen Hirten Dariush Nourzehi, der jederzeit "
        "hingerichtet werden könnte."
    )
    found = {p["name"]: p for p in persons(text, "de")}
    assert "Dariush Nourzehi" in found
    assert found["Dariush Nourzehi"].get("role") == "jungen belutschischen Hirten"


def test_a_german_authority_before_the_name_is_no_role() -> None:
    text = (
        "Saudi-Arabien: Haft\n\n"
        "Im Mai 2019 nahmen die saudischen Behörden Samir Qahtani fest. Samir Qahtani wurde "
        "später zu zehn Jahren Haft verurteilt."
    )
    found = {p["name"]: p for p in persons(text, "de")}
    assert "Samir Qahtani" in found
    assert "Behörden" not in (found["Samir Qahtani"].get("role") or "")


def test_a_roll_item_with_age_role_and_remark_at_a_paragraphs_end() -> None:
    text = (
        "Further information on UA 12/91 (AFR 01/02/91, 3 May 1991) - Prisoners of "
        "conscience\n\n"
        "Kofi Asante was arrested with others on 2 May.\n"
        "Ama Owusu, former member of parliament\n"
        "and at least three others including his bodyguards\n"
        "New names:\n"
        "Yaw Boateng Mensah, 71, former government minister (released on bail)\n"
        "The arrests followed a rally in the capital."
    )
    found = {p["name"]: p for p in persons(text, "en")}
    assert "Yaw Boateng Mensah" in found
    assert found["Yaw Boateng Mensah"].get("role") == "former government minister"


def test_a_relative_que_after_a_name_makes_a_person() -> None:
    text = (
        "Colombia: amenazas de muerte\n\n"
        "Las amenazas mencionaban también a Mateo Quintero Ruiz, que regresó al país en 2015 "
        "tras un largo exilio."
    )
    assert "Mateo Quintero Ruiz" in names(text, "es")


def test_que_as_a_conjunction_after_a_name_is_no_evidence() -> None:
    text = (
        "México: amenazas\n\n"
        "Un hombre armado dijo al director del albergue, Julián Ortega Saldívar, que él "
        "estaba en la localidad."
    )
    assert "Julián Ortega Saldívar" not in names(text, "es")
