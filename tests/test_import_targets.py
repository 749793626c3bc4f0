"""Targets as sections print them: in a sentence, only in the model letter, in blocks.

Every text here is made up for the rule it tests (names, addresses and numbers are invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft

FACTS = (
    "Aibek Example, a human rights defender, was arrested in Bishkek on 3 March 2034. "
    "He is held without charge and Aibek Example has no access to a lawyer."
)


def only_target(draft: Draft) -> dict[str, Any]:
    targets = draft.record.get("targets") or []
    assert len(targets) == 1, targets
    return dict(targets[0])


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Please write to the Prosecutor General, Ivan Example, at 1 Example Street, "
            "Bishkek 720000, Kyrgyzstan, and urge him to release Aibek Example.",
            "en",
            {
                "title": "Prosecutor General",
                "name": "Ivan Example",
                "address_lines": ["1 Example Street", "Bishkek 720000", "Kyrgyzstan"],
            },
        ),
        (
            "Bitte schreiben Sie bis 15. April 2034 Briefe an den zuständigen Staatsanwalt "
            "und fordern Sie ihn auf, Aibek Example freizulassen.",
            "de",
            {"title": "Zuständigen Staatsanwalt"},
        ),
        (
            "Copiez le modèle de lettre en l’adressant au Président de la République, "
            "Jean Exemple, en l’envoyant à l’adresse president@example.org, avec copie à "
            "l’Ambassade : ambassade@example.org.",
            "fr",
            {
                "title": "Président de la République",
                "name": "Jean Exemple",
                "emails": ["president@example.org"],
            },
        ),
        (
            "Escriban al Fiscal General, Pedro Ejemplo, pidiéndole que libere a Aibek Example.",
            "es",
            {"title": "Fiscal General", "name": "Pedro Ejemplo"},
        ),
    ],
)
def test_a_target_named_only_in_a_sentence(
    sentence: str, language: str, expected: dict[str, Any]
) -> None:
    draft = parse_text(f"UA 12/34\nKirgisistan\n\n{FACTS}\n\n{sentence}", language=language)
    target = only_target(draft)
    assert {key: target.get(key) for key in expected} == expected
    assert draft.rule_of(("targets", 0)) == "targets.sentence"
    assert "read from a sentence" in (draft.todo_for(("targets", 0)) or "")


def test_a_sentence_that_names_no_office_gives_no_target() -> None:
    draft = parse_text(f"UA 12/34\nKyrgyzstan\n\n{FACTS}\n\nPlease write to your friends about it.")
    assert not draft.record.get("targets")
    assert draft.marked(("targets",))


def test_the_model_letters_salutation_names_the_office_when_nothing_else_does() -> None:
    text = "\n".join(
        [
            "Russland: Briefaktion für Aibek Example",
            "",
            FACTS,
            "",
            "BRIEFVORSCHLAG",
            "und Forderungen auf Deutsch",
            "",
            "Sehr geehrter Herr Direktor",
            "",
            "Ich fordere Sie auf, Aibek Example sofort freizulassen.",
        ]
    )
    draft = parse_text(text, language="de")
    target = only_target(draft)
    assert target["title"] == "Direktor"
    assert target["salutation"] == "Sehr geehrter Herr Direktor"
    assert "the model letter addresses" in (draft.todo_for(("targets", 0)) or "")


def test_a_target_without_an_address_gets_the_case_country_marked() -> None:
    text = "\n".join(
        [
            "UA: 12/34 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034",
            FACTS,
            "PLEASE SEND APPEALS BEFORE 15 APRIL 2034 TO:",
            "Prosecutor General",
            "Ivan Example",
            "Email: procurator@example.kg",
            "Salutation: Dear Prosecutor General",
        ]
    )
    draft = parse_text(text)
    assert only_target(draft)["country"] == "KG"
    assert "gives no address" in (draft.todo_for(("targets", 0, "country")) or "")


def test_a_title_without_an_office_word_is_marked() -> None:
    text = "\n".join(
        [
            "UA: 12/34 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034",
            FACTS,
            "PLEASE SEND APPEALS BEFORE 15 APRIL 2034 TO:",
            "HIGHEST GUARDIAN OF THE LAND",
            "Ivan Example",
            "1 Example Street",
            "Bishkek 720000",
            "Kyrgyzstan",
            "Salutation: Dear Sir",
        ]
    )
    draft = parse_text(text)
    assert only_target(draft)["title"] == "HIGHEST GUARDIAN OF THE LAND"
    assert "no word of an office" in (draft.todo_for(("targets", 0, "title")) or "")


def test_an_address_that_begins_with_a_name_is_marked() -> None:
    text = "\n".join(
        [
            "UA: 12/34 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034",
            FACTS,
            "PLEASE SEND APPEALS BEFORE 15 APRIL 2034 TO:",
            "Prosecutor General",
            "Ivan Example",
            "Oleg Other",
            "1 Example Street",
            "Bishkek 720000",
            "Kyrgyzstan",
            "Salutation: Dear Prosecutor General",
        ]
    )
    draft = parse_text(text)
    assert only_target(draft)["address_lines"][0] == "Oleg Other"
    assert "reads like a person's name" in (draft.todo_for(("targets", 0, "address_lines")) or "")


def test_a_value_on_the_line_after_its_label_is_read_and_marked() -> None:
    text = "\n".join(
        [
            "UA: 12/34 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034",
            FACTS,
            "PLEASE SEND APPEALS BEFORE 15 APRIL 2034 TO:",
            "Prosecutor General",
            "Ivan Example",
            "1 Example Street",
            "Bishkek 720000",
            "Kyrgyzstan",
            "Email:",
            "procurator@example.kg",
            "Salutation: Dear Prosecutor General",
        ]
    )
    draft = parse_text(text)
    target = only_target(draft)
    assert target["emails"] == ["procurator@example.kg"]
    assert target["salutation"] == "Dear Prosecutor General"
    assert "on the line after its label 'Email:'" in (
        draft.todo_for(("targets", 0, "emails")) or ""
    )
    assert not draft.marked(("targets", 0, "salutation"))


TWO_TARGETS = [
    "UA: 12/34 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034",
    FACTS,
    "PLEASE SEND APPEALS BEFORE 15 APRIL 2034 TO:",
    "Prosecutor General",
    "Ivan Example",
    "1 Example Street",
    "Bishkek 720000",
    "Minister of Justice",
    "Oleg Other",
    "2 Example Avenue",
    "Bishkek 720001",
    "Salutation: Dear Minister",
]


def test_an_office_after_a_postal_code_begins_the_next_target() -> None:
    draft = parse_text("\n".join(TWO_TARGETS))
    targets = draft.record["targets"]
    assert [(t["title"], t["name"]) for t in targets] == [
        ("Prosecutor General", "Ivan Example"),
        ("Minister of Justice", "Oleg Other"),
    ]
    assert targets[1]["address_lines"] == ["2 Example Avenue", "Bishkek 720001"]


def test_two_targets_run_together_are_marked() -> None:
    lines = [line for line in TWO_TARGETS if line != "Bishkek 720000"]
    draft = parse_text("\n".join(lines))
    assert "Minister of Justice" in draft.record["targets"][0]["address_lines"]
    assert "reads like an office" in (draft.todo_for(("targets", 0, "address_lines")) or "")
