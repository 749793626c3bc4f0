"""Never silently wrong: every imported value names its rule; weak rules and thin evidence mark.

The corpus texts are only imported here to check the draft's structure (every value has a
rule, every weak value a mark, every mark a line in the file); the scores are the
benchmark's. The self-check pass is tested on short made-up UAs.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ualetters.importer import draft_yaml, parse_text
from ualetters.importer.draft import Draft
from ualetters.importer.evidence import RULES
from ualetters.sources import find_todos

from .helpers import ROOT


def _scorer() -> ModuleType:
    if "import_score" in sys.modules:
        return sys.modules["import_score"]
    spec = importlib.util.spec_from_file_location(
        "import_score", ROOT / "benchmarks" / "import_score.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["import_score"] = module
    spec.loader.exec_module(module)
    return module


SCORE = _scorer()
FILES = SCORE.corpus_files()


def _draft(path: Path) -> Draft:
    text, source = SCORE.read_text(path)
    return parse_text(text, url=source, name=path.name)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:2])
def test_every_value_names_the_rule_that_found_it(path: Path) -> None:
    draft = _draft(path)
    for leaf, _value in SCORE._leaves(draft.record, ()):
        rule = draft.rule_of(leaf)
        assert rule in RULES, f"{leaf} was found by no known rule ({rule!r})"
        if not RULES[rule].strong:
            assert draft.marked(leaf), f"{leaf} comes from the weak rule {rule} but has no mark"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:2])
def test_every_task_of_the_draft_is_a_mark_in_the_file(path: Path) -> None:
    draft = _draft(path)
    document = draft_yaml(draft)
    shown = " ".join(todo.task for todo in find_todos(document))
    for where, task in draft.todos.items():
        if where[:1] in (("targets",), ("copies",)) and "[email protected]" in task:
            continue  # said once per block, in the file's own words
        assert " ".join(task.split()) in shown, f"{where}: {task!r} is not in the file"


def test_a_value_without_a_known_rule_is_refused() -> None:
    draft = Draft(language="en", source="")
    with pytest.raises(KeyError, match="no importer rule is called 'guess'"):
        draft.put(("title",), "x", rule="guess")


def test_a_weak_rule_marks_its_value_with_its_task() -> None:
    draft = Draft(language="en", source="")
    draft.put(("groups",), [{"description": "ten men"}], rule="groups.prose")
    draft.put(("title",), "A headline", rule="title.heading")
    assert draft.marked(("groups", 0, "description"))
    assert draft.todo_for(("groups",)) == RULES["groups.prose"].task
    assert not draft.marked(("title",))


# -- made-up UAs -----------------------------------------------------------------------


HEADER = "UA: 12/34 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034"


def ua(*lines: str, header: str = HEADER) -> str:
    """Return a made-up UA in the International Secretariat's layout, with `lines` in its body."""
    return "\n".join(
        [
            "URGENT ACTION",
            "HUMAN RIGHTS DEFENDER DETAINED",
            header,
            "",
            "Aibek Example, a human rights defender, was arrested in Bishkek on 3 March 2034. "
            "He is held without charge and Aibek Example has no access to a lawyer.",
            "",
            "Please write immediately in Russian, English or your own language:",
            "◼ Release Aibek Example immediately and unconditionally.",
            "◼ Ensure that he has access to a lawyer of his choice.",
            "",
            *lines,
        ]
    )


TARGET = [
    "PLEASE SEND APPEALS BEFORE 15 APRIL 2034 TO:",
    "Prosecutor General",
    "Ivan Example",
    "1 Example Street",
    "Bishkek 720000",
    "Kyrgyzstan",
    "Salutation: Dear Prosecutor General",
]


def marks(draft: Draft) -> dict[tuple[Any, ...], str]:
    return dict(draft.todos)


def test_a_clean_ua_gets_no_mark_on_what_it_prints_in_so_many_words() -> None:
    draft = parse_text(ua(*TARGET))
    record = draft.record
    assert record["deadline"] == "2034-04-15"
    assert record["status"] == "open"
    assert record["targets"][0]["name"] == "Ivan Example"
    for path in [("ua",), ("index",), ("issued",), ("deadline",), ("status",), ("targets", 0)]:
        assert not draft.marked(path), (path, draft.todo_for(path))


def test_a_deadline_before_the_date_of_issue_is_marked() -> None:
    text = ua(*TARGET).replace("15 APRIL 2034", "15 APRIL 2033")
    draft = parse_text(text)
    assert draft.record["deadline"] == "2033-04-15"
    assert "not within a year after the date of issue" in (draft.todo_for(("deadline",)) or "")


def test_a_date_of_issue_in_another_year_than_the_number_is_marked() -> None:
    header = "UA: 12/33 Index: EUR 00/0000/2034 Kyrgyzstan Date: 3 March 2034"
    draft = parse_text(ua(*TARGET, header=header))
    assert "the UA's number is of 2033" in (draft.todo_for(("issued",)) or "")


def test_a_second_ua_number_that_disagrees_is_marked() -> None:
    draft = parse_text(ua(*TARGET, "", "See also UA 99/34 about his colleague."))
    assert draft.record["ua"] == "UA 12/34"
    assert "other UA numbers too (99/34)" in (draft.todo_for(("ua",)) or "")


def test_a_target_nobody_can_reach_is_marked() -> None:
    draft = parse_text(ua(*TARGET[:3], "Salutation: Dear Prosecutor General"))
    assert "no way to reach" in (draft.todo_for(("targets", 0)) or "")


def test_an_address_without_postal_code_or_country_is_marked() -> None:
    lines = [*TARGET[:3], "Example Avenue", "Bishkek", "Salutation: Dear Prosecutor General"]
    draft = parse_text(ua(*lines))
    assert draft.record["targets"][0]["address_lines"] == ["Example Avenue", "Bishkek"]
    assert "no postal code and names no country" in (
        draft.todo_for(("targets", 0, "address_lines")) or ""
    )


def test_a_country_read_from_a_postal_code_is_marked_unless_the_section_is_there() -> None:
    lines = [
        *TARGET,
        "",
        "Ambassador Asel Example",
        "Embassy of Kyrgyzstan",
        "2360 Massachusetts Avenue NW",
        "Washington, DC 20008",
        "Salutation: Dear Ambassador",
    ]
    draft = parse_text(ua(*lines))
    embassy = draft.record["targets"][1]
    assert embassy["country"] == "US"
    assert draft.marked(("targets", 1, "country"))
    on_the_us_page = parse_text(ua(*lines), url="https://www.amnestyusa.org/urgent-actions/x/")
    assert on_the_us_page.record["targets"][1]["only_for"] == ["US"]
    assert not on_the_us_page.marked(("targets", 1, "country"))


def test_a_loose_deadline_phrase_is_marked_and_a_precise_one_is_not() -> None:
    header = "UA 12/34 Kirgisistan\nAI-Index: EUR 00/0000/2034\n3. März 2034"
    loose = ua("Er bleibt bis zum 15. April 2034 in Haft.", header=header)
    precise = ua("Bitte schreiben Sie bis 15. April 2034.", header=header)
    assert parse_text(loose, language="de").record["deadline"] == "2034-04-15"
    assert parse_text(loose, language="de").marked(("deadline",))
    assert not parse_text(precise, language="de").marked(("deadline",))


def test_an_open_status_without_a_marker_is_marked() -> None:
    without_deadline = ua(*TARGET[1:])
    draft = parse_text(without_deadline)
    assert draft.record["status"] == "open"
    assert "no marker says whether this is a new action" in (draft.todo_for(("status",)) or "")
    assert "no marker says" in draft_yaml(draft)


def test_a_person_named_once_by_a_marker_is_marked() -> None:
    text = "\n".join(
        [
            "UA 12/34 Fear of torture",
            "IRAN",
            "Ahmad Example (m), Ali Sample (m) and Maryam Test (f), students",
            "",
            "Ahmad Example and Maryam Test were arrested on 3 March 2034 in Tehran.",
        ]
    )
    draft = parse_text(text)
    persons = draft.record["persons"]
    assert [(p["name"], p["gender"]) for p in persons] == [
        ("Ahmad Example", "male"),
        ("Ali Sample", "male"),
        ("Maryam Test", "female"),
    ]
    assert not draft.marked(("persons", 0))
    assert "stands only once" in (draft.todo_for(("persons", 1)) or "")


def test_a_language_told_by_few_words_is_marked() -> None:
    draft = parse_text("Ali Example\nFax: +98 21 0000 0000")
    assert draft.record["language"] == "en"
    assert draft.marked(("language",))
    assert not parse_text(ua(*TARGET)).marked(("language",))


def test_an_update_word_outside_the_header_is_marked() -> None:
    draft = parse_text(ua(*TARGET[1:], "", "Amnesty will follow-up on the case."))
    assert draft.record["status"] == "update"
    assert "not in its header" in (draft.todo_for(("status",)) or "")


def test_a_headline_that_is_a_number_is_marked() -> None:
    draft = parse_text(ua(*TARGET).replace("HUMAN RIGHTS DEFENDER DETAINED", "UA 12/34"))
    if draft.record.get("title"):
        assert draft.marked(("title",))


def test_a_header_country_the_text_hardly_names_is_marked() -> None:
    text = ua(*TARGET).replace("Kyrgyzstan Date", "Kazakhstan Date")
    text += "\n\nKyrgyzstan must end this. Kyrgyzstan's courts and Kyrgyzstan's police ..."
    draft = parse_text(text)
    assert draft.record["country"] == "KZ"
    assert "the text names KG" in (draft.todo_for(("country",)) or "")


def test_a_deadline_found_only_by_the_english_table_in_another_language_is_marked() -> None:
    text = (
        "UA 12/34 Kirgisistan\nAI-Index: EUR 00/0000/2034\n\nDer Aktivist Aibek Beispiel wurde "
        "festgenommen. Er ist in Haft.\n\nPlease send appeals before 15 April 2034."
    )
    draft = parse_text(text, language="de")
    assert draft.record["deadline"] == "2034-04-15"
    assert "English sentence" in (draft.todo_for(("deadline",)) or "")


def test_a_date_that_opens_words_near_the_top_is_a_marked_date_of_issue() -> None:
    alone = parse_text("UA 12/34\nKyrgyzstan\n3 March 2034\n\nAibek Example was arrested.")
    opening = parse_text("UA 12/34\nKyrgyzstan\n3 March 2034 - Sad news\n\nAibek Example died.")
    assert alone.record["issued"] == opening.record["issued"] == "2034-03-03"
    assert not alone.marked(("issued",))
    assert "begins a line" in (opening.todo_for(("issued",)) or "")


def test_bullets_without_a_call_to_act_are_marked_demands() -> None:
    text = ua(*TARGET).replace(
        "Please write immediately in Russian, English or your own language:", ""
    )
    draft = parse_text(text)
    assert draft.record["demands"][-1].startswith("Ensure that he has access")
    assert "no call to act" in (draft.todo_for(("demands",)) or "")
    assert not parse_text(ua(*TARGET)).marked(("demands",))


def test_a_case_in_the_sections_own_country_is_marked() -> None:
    text = "UA 12/34\nSchweiz\n\nAibek Beispiel wurde in Bern festgenommen. Er ist in Haft."
    draft = parse_text(text, language="de", url="https://www.amnesty.ch/de/x")
    assert draft.record["country"] == "CH"
    assert "country of the section" in (draft.todo_for(("country",)) or "")
