"""Review 14 B's findings (fourteenth session), each shape with made-up texts: a language
name that stands for different languages by country ("Bahasa"); a dated news line over a new
action; a count after "there were"; a victims' word after the counted noun; a line opening
with "Other <people>" far from any roll of names; "one other <noun>" after a name.

Every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

# -- 1. "Bahasa" alone: its country says which language ----------------------------------


@pytest.mark.parametrize(
    ("country", "codes"),
    [("Malaysia", ["en", "ms"]), ("Indonesia", ["en", "id"])],
)
def test_bahasa_alone_is_read_from_the_cases_country(country: str, codes: list[str]) -> None:
    draft = parse_text(
        f"URGENT ACTION\nUA 41/24\n\n{country.upper()}: POET HELD\n\n"
        f"The poet Arif Contohan was detained in {country} on 2 May 2024.\n\n"
        "Please write to the Minister of Justice.\n"
        "Preferred language to address target: English or Bahasa\n",
        language="en",
    )
    assert draft.record.get("country") == {"Malaysia": "MY", "Indonesia": "ID"}[country]
    assert draft.record.get("languages") == codes


def test_bahasa_alone_elsewhere_is_marked() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 41/24\n\nTHAILAND: POET HELD\n\n"
        "The poet Arif Contohan was detained in Thailand on 2 May 2024.\n\n"
        "Please write to the Minister of Justice.\n"
        "Preferred language to address target: English or Bahasa\n",
        language="en",
    )
    assert "id" not in (draft.record.get("languages") or [])
    assert draft.marked(("languages",))


# -- 2. a dated "News" line is a page's category, not an update -------------------------


def test_a_dated_news_category_line_leaves_a_new_action_open() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 17/24 Index: AMR 99/4321/2024 Examplestan Date: 6 May 2024\n"
        "6 May 2024, News\n"
        "The lawyer Pavel Ejemplov was detained on 3 May 2024 and is held incommunicado.\n"
        "Please write to the Minister of Justice urging him to release Pavel Ejemplov.\n"
        "PLEASE TAKE ACTION BEFORE 17 JUNE 2024.\n",
        language="en",
    )
    assert draft.record.get("issued") == "2024-05-06"
    assert not draft.record.get("updates")
    assert draft.record.get("status") != "update"


def test_a_dated_latest_news_line_is_still_an_update() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 17/24 Index: AMR 99/4321/2024 Examplestan Date: 6 May 2024\n"
        "20.06.2024 Latest news\n"
        "The lawyer Pavel Ejemplov was released without charge on 18 June 2024.\n\n"
        "The lawyer Pavel Ejemplov was detained on 3 May 2024 and is held incommunicado.\n",
        language="en",
    )
    assert [u["date"] for u in draft.record.get("updates") or []] == ["2024-06-20"]


# -- 5. "there were N <people> arrested": the action's people, not a statistic ------------


@pytest.mark.parametrize(
    ("text", "language", "description"),
    [
        (
            "URGENT ACTION\nTEACHERS DETAINED\n\nOn 9 May 2024 there were 12 teachers detained "
            "at a peaceful march in Exampleton. They are held without charge.\n\n"
            "Please write to the Minister of Education urging him to release the teachers.\n",
            "en",
            "12 teachers",
        ),
        (
            "ACCIÓN URGENTE\nESTUDIANTES DETENIDOS\n\nEl 9 de mayo de 2024 hubo una marcha en "
            "Ejemplia. Desde entonces hay 12 estudiantes detenidos en Ejemplia.\n\n"
            "Escriban al ministro de Educación pidiendo la liberación de los estudiantes.\n",
            "es",
            "12 estudiantes detenidos",
        ),
    ],
)
def test_an_existential_count_of_people_arrested_is_the_group(
    text: str, language: str, description: str
) -> None:
    draft = parse_text(text, language=language)
    groups = draft.record.get("groups") or []
    assert [g["description"] for g in groups] == [description]


def test_an_existential_statistic_is_no_group() -> None:
    draft = parse_text(
        "URGENT ACTION\nPOET SENTENCED TO DEATH\n\nThe poet Arif Contohan was sentenced to "
        "death on 9 May 2024. There are currently more than 30 people on death row in "
        "Examplestan.\n\nPlease write to the Minister of Justice urging him to commute the "
        "sentence.\n",
        language="en",
    )
    assert not draft.record.get("groups")


# -- 6. a victims' word after the counted noun: English puts "armed" before it ------------


def test_hooded_after_the_noun_in_english_keeps_the_group() -> None:
    draft = parse_text(
        "URGENT ACTION\nPRISONERS MOVED\n\nOn 9 May 2024 guards moved 11 prisoners hooded and "
        "chained from Exampleton Prison to an unknown place.\n\nPlease write to the Minister "
        "of Justice urging him to reveal where the prisoners are.\n",
        language="en",
    )
    assert [g["description"] for g in draft.record.get("groups") or []] == ["11 prisoners"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("On 9 May 2024 three armed men took the journalist Arif Contohan away.", "en"),
        ("Le 9 mai 2024, trois hommes armés ont emmené le journaliste Arif Contohan.", "fr"),
    ],
)
def test_armed_men_are_no_group(sentence: str, language: str) -> None:
    draft = parse_text(f"URGENT ACTION\nJOURNALIST ABDUCTED\n\n{sentence}\n", language=language)
    assert not draft.record.get("groups")


# -- 7. "Other <people>" names a group only in a roll of names ----------------------------


def test_other_people_in_a_paragraph_are_no_group() -> None:
    draft = parse_text(
        "URGENT ACTION\nPOET DETAINED\n\nThe poet Arif Contohan was detained on 9 May 2024 "
        "after a reading in Exampleton. He is held without charge.\n"
        "Other poets who attended the reading were questioned and sent home that night.\n\n"
        "Please write to the Minister of Justice urging him to release Arif Contohan.\n",
        language="en",
    )
    assert not draft.record.get("groups")


def test_other_people_under_a_roll_are_a_group_cut_at_the_clause() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 88/11 Fear of torture\n\nARIF CONTOHAN (m)\n"
        "Other poets who were detained with him\n\n"
        "The poet Arif Contohan was detained on 9 May 2011 in Exampleton.\n",
        language="en",
    )
    descriptions = [g["description"] for g in draft.record.get("groups") or []]
    assert descriptions == ["Other poets"]


# -- 8. "one other <noun>": the group's noun is part of its phrase ------------------------


@pytest.mark.parametrize(
    ("sentence", "description"),
    [
        (
            "The poet Arif Contohan and one other writer were detained on 9 May 2024.",
            "one other writer",
        ),
        (
            "Arif Contohan, Lena Beispiel and one other, name unknown, were detained on 9 May.",
            "one other, name unknown",
        ),
    ],
)
def test_one_other_takes_its_noun(sentence: str, description: str) -> None:
    draft = parse_text(f"URGENT ACTION\nWRITERS DETAINED\n\n{sentence}\n", language="en")
    assert description in [g["description"] for g in draft.record.get("groups") or []]


def test_one_other_before_a_verb_is_no_group() -> None:
    draft = parse_text(
        "URGENT ACTION\nWRITER DETAINED\n\nThe poet Arif Contohan and one other of his "
        "friends were seen at the station on 9 May 2024.\n",
        language="en",
    )
    assert "one other" not in [g["description"] for g in draft.record.get("groups") or []]
