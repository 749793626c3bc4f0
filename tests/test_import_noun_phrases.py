"""Noun phrases naming people (#12, conventions of 2026-11-30): a group's description and a
person's role end where the noun phrase ends, by part-of-speech cues per language.

Every text here is made up; each case covers one family of boundary (a verb, a preposition
opening an adjunct, a relative pronoun, a conjunction, an article, a participle with its
complement) in English, German, French and Spanish."""

# ruff: noqa: E501 (one made-up sentence per line reads better than a wrapped one)
from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def groups_of(text: str, language: str) -> list[dict[str, Any]]:
    draft = parse_text(f"TITLE\n\n{text}\n", name="made-up.txt", language=language)
    groups = list(draft.record.get("groups", []))
    if groups:
        assert draft.marked(("groups",)), "groups read from prose are marked"
    return groups


def persons_of(text: str, language: str) -> list[dict[str, Any]]:
    draft = parse_text(f"TITLE\n\n{text}\n", name="made-up.txt", language=language)
    return list(draft.record.get("persons", []))


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        # a finite verb or auxiliary
        ("es", "Lara Ejemplo fue detenida. Al menos 40 personas habían huido al monte.", "Al menos 40 personas"),
        ("fr", "Lina Exemple a été arrêtée. Au moins 40 personnes sont toujours en fuite.", "Au moins 40 personnes"),
        # a preposition opening an adjunct
        ("en", "Lara Example was arrested with at least 40 other farmers in the valley.", "at least 40 other farmers"),
        ("fr", "Lina Exemple a été arrêtée avec au moins 40 personnes pour leur grève.", "au moins 40 personnes"),
        ("de", "Lina Beispiel wurde festgenommen, mindestens 40 weitere Aktivisten in Haft.", "mindestens 40 weitere Aktivisten"),
        # a relative pronoun
        ("en", "Lara Example was arrested with at least 40 other farmers who had marched.", "at least 40 other farmers"),
        # a conjunction that opens a clause, not a second noun for people
        ("en", "The court convicted at least six bakers and fined three more of them.", "at least six bakers"),
        # an article beginning another phrase
        ("en", "Police raided the homes of 12 other farmers the town had chosen.", "12 other farmers"),
        # a participle with its own complement
        ("es", "Lara Ejemplo fue detenida con más de 40 activistas detenidos desde el lunes.", "más de 40 activistas"),
        ("en", "Lara Example was held with more than 40 others arrested for marching.", "more than 40 others"),
        # German: a lower-case word after the noun is the clause's verb or participle
        ("de", "Im Mai wurden mindestens vier Aktivisten verhaftet.", "mindestens vier Aktivisten"),
        # a word between the noun and an article is a verb
        ("es", "Teme que al menos 30 personas pierdan la vida.", "al menos 30 personas"),
    ],
)  # fmt: skip
def test_a_groups_description_ends_where_its_noun_phrase_ends(
    language: str, text: str, description: str
) -> None:
    assert [g["description"] for g in groups_of(text, language)] == [description]


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        ("en", "Lara Example was arrested with at least 40 other farmers and herders.", "at least 40 other farmers and herders"),
        ("es", "Lara Ejemplo fue detenida con más de 40 activistas indígenas.", "más de 40 activistas indígenas"),
        ("es", "Lara Ejemplo fue juzgada con más de 40 personas detenidas.", "más de 40 personas detenidas"),
        ("en", "Lara Example was tried with at least 40 other members of the Farmers Union of Exampleland.", "at least 40 other members of the Farmers Union of Exampleland"),
    ],
)  # fmt: skip
def test_a_second_noun_an_adjective_a_lone_participle_or_a_complement_stays(
    language: str, text: str, description: str
) -> None:
    assert [g["description"] for g in groups_of(text, language)] == [description]


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("de", "Im Mai wurden mindestens vier weitere Aktivisten hingerichtet.", "executed"),
        ("en", "Lara Example is held. At least four other farmers were executed in May.", "executed"),
        ("es", "Ana Ejemplo sigue presa. Al menos 13 personas fueron puestas en libertad.", "released"),
    ],
)  # fmt: skip
def test_what_the_clause_says_happened_to_a_group_is_its_status(
    language: str, text: str, state: str
) -> None:
    groups = groups_of(text, language)
    assert [g.get("status", {}).get("state") for g in groups] == [state]


def test_a_death_sentence_or_a_risk_is_no_groups_status() -> None:
    text = "Lara Example is held. At least four other farmers at risk of execution were moved."
    assert [g.get("status") for g in groups_of(text, "en")] == [None]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The court upheld the conviction of Exampleland Tatar human rights defender Lara Example.", "Exampleland Tatar human rights defender"),
        ("Among the detained is ABCD Executive Director Lara Example; she was taken away.", "ABCD Executive Director"),
        ("Marine engineer Lara Example was arrested on 3 May 2031.", "Marine engineer"),
    ],
)  # fmt: skip
def test_a_role_before_the_name_keeps_its_capitalised_modifiers(text: str, role: str) -> None:
    assert [p.get("role") for p in persons_of(text, "en")][:1] == [role]


def test_a_comma_or_a_month_before_a_role_is_no_modifier() -> None:
    text = "On 3 May, Exampleland police arrested journalist Lara Example at home."
    assert [p.get("role") for p in persons_of(text, "en")] == ["journalist"]


def test_two_roles_joined_by_and_are_listed_with_semicolons() -> None:
    text = "Lara Example, a blogger and prisoner of conscience, was arrested on 3 May 2031."
    assert [p.get("role") for p in persons_of(text, "en")] == ["blogger; prisoner of conscience"]
