"""English word lists of the importer, by family, end to end: who a person at risk is.

The English row of `markers.py` grew from what the language says, not from pages read: roles
(occupations, activities, faiths, statuses), verbs after a name ("fled", "testified"), verbs
done to a person before the name ("kidnapped", "prosecuted"), nouns of what is done to a
person ("the kidnapping of"), words for relatives that give a gender ("his nephew"), roles
of several words said of the only person ("She is an environmental defender."), and plural
nouns that make a count a group ("14 villagers"). Every sentence here is made up (names and
facts invented); in each, a name is found only by a new word, and an official or a place
next to it is still not a person.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def persons_of(text: str) -> list[dict[str, Any]]:
    draft = parse_text(f"URGENT ACTION\n\n{text}\n", language="en")
    found: list[dict[str, Any]] = draft.record.get("persons") or []
    return found


def groups_of(text: str) -> list[dict[str, Any]]:
    draft = parse_text(f"URGENT ACTION\n\n{text}\n", language="en")
    found: list[dict[str, Any]] = draft.record.get("groups") or []
    return found


def _names(found: list[dict[str, Any]]) -> set[str]:
    return {p["name"] for p in found}


# (text, the person found, names that must not be persons)
VERBS_AFTER: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "fled": (
        "Kwame Testfield fled to the north in May 2031, months after Minister Kofi Officer "
        "criticised his reporting.",
        "Kwame Testfield",
        ("Kofi Officer",),
    ),
    "testified after an age": (
        "Marta Probeson, 34, testified before a panel in Geneva in 2031; she now lives near "
        "Lake Testwater.",
        "Marta Probeson",
        ("Lake Testwater",),
    ),
    "tweeted": (
        "On 2 May 2031 Aziz Samplewood tweeted a cartoon of the governor and was summoned "
        "the same week to Testville Central Prison.",
        "Aziz Samplewood",
        ("Testville Central Prison",),
    ),
    "a hedge": (
        "Dilnoza Examplova apparently disappeared from Testabad District on 9 June 2031.",
        "Dilnoza Examplova",
        ("Testabad District",),
    ),
}


@pytest.mark.parametrize("case", list(VERBS_AFTER), ids=list(VERBS_AFTER))
def test_a_verb_after_the_name_finds_the_person(case: str) -> None:
    text, person, not_persons = VERBS_AFTER[case]
    names = _names(persons_of(text))
    assert person in names, names
    assert not names & set(not_persons), names


VERBS_BEFORE: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "kidnapped": (
        "Armed men kidnapped Amara Testwell outside Testville Hospital on 4 March 2031.",
        "Amara Testwell",
        ("Testville Hospital",),
    ),
    "prosecuted": (
        "Prosecutors have prosecuted Yusuf Samplekind under the counter-terrorism law; "
        "Prosecutor General Hakan Officer signed the indictment.",
        "Yusuf Samplekind",
        ("Hakan Officer",),
    ),
    "deported": (
        "The authorities deported Nadia Probewell to a country where she faces torture.",
        "Nadia Probewell",
        (),
    ),
    "a gerund of a demand": (
        "Urge President Omar Officer to stop harassing Leila Testmark and her family.",
        "Leila Testmark",
        ("Omar Officer",),
    ),
}


@pytest.mark.parametrize("case", list(VERBS_BEFORE), ids=list(VERBS_BEFORE))
def test_a_verb_done_to_a_person_before_the_name_finds_the_person(case: str) -> None:
    text, person, not_persons = VERBS_BEFORE[case]
    names = _names(persons_of(text))
    assert person in names, names
    assert not names & set(not_persons), names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Relatives fear for the safety of Tenzin Sampledorje.", "Tenzin Sampledorje"),
        ("Nobody knows the whereabouts of Ahmad Testzada, last seen in 2031.", "Ahmad Testzada"),
        ("Witnesses described the kidnapping of Rosa Pruebita and two others.", "Rosa Pruebita"),
    ],
)
def test_a_noun_of_what_is_done_to_a_person_finds_the_person(text: str, person: str) -> None:
    assert person in _names(persons_of(text))


# (text, person, its role)
ROLES: dict[str, tuple[str, str, str]] = {
    "before the name": (
        "Police questioned the banker Omar Testbank about donations he made in 2030.",
        "Omar Testbank",
        "banker",
    ),
    "with a capitalised modifier": (
        "In 2031 Falun Gong practitioner Li Testing was taken from her home.",
        "Li Testing",
        "Falun Gong practitioner",
    ),
    "an opposition politician": (
        "Security forces raided the home of opposition politician Juma Sampleton at dawn.",
        "Juma Sampleton",
        "opposition politician",
    ),
    "in an apposition after the name": (
        "Hamid Exampleyar, a well-known satirist, is held at Testabad Prison without charge.",
        "Hamid Exampleyar",
        "well-known satirist",
    ),
    "a plural before a list": (
        "The regional court sentenced the rappers Diego Testero and Luis Pruebas to six "
        "years in prison.",
        "Luis Pruebas",
        "rapper",
    ),
}


@pytest.mark.parametrize("case", list(ROLES), ids=list(ROLES))
def test_a_role_word_names_the_person_and_its_role(case: str) -> None:
    text, person, role = ROLES[case]
    found = {p["name"]: p for p in persons_of(text)}
    assert person in found, list(found)
    assert found[person].get("role") == role, found[person]
    assert "Testabad Prison" not in found


def test_an_office_before_a_name_is_still_no_role_of_a_person_at_risk() -> None:
    found = _names(
        persons_of(
            "Judge Karim Officerson sentenced the trade unionist Sami Testworker and the "
            "whistleblower Dana Probe to three years; Governor Ali Officerton attended."
        )
    )
    assert {"Sami Testworker", "Dana Probe"} <= found, found
    assert not found & {"Karim Officerson", "Ali Officerton"}, found


def test_a_relative_and_a_gendered_role_give_the_persons_gender() -> None:
    found = {
        p["name"]: p
        for p in persons_of(
            "The actress Nour Testcast and her nephew Sami Testcast were arrested on 3 May 2031."
        )
    }
    assert found["Nour Testcast"]["gender"] == "female"
    assert found["Sami Testcast"]["gender"] == "male"


def test_a_role_of_several_words_said_of_the_only_person_is_its_role() -> None:
    (person,) = persons_of(
        "Ana Testigo was detained on 2 May 2031 in Testville. She is an environmental defender."
    )
    assert person["role"] == "environmental defender"


def test_a_count_of_a_new_plural_noun_for_people_is_a_group() -> None:
    groups = groups_of("On 3 May 2031 soldiers detained 14 villagers near the border.")
    assert [g.get("count") for g in groups] == [14], groups
