"""The word lists of parse.py's rules live in the per-language tables (issue #12: "one
readable table per language"), and the rules read every table's words, as before."""

from __future__ import annotations

import pytest

from ualetters.importer import parse
from ualetters.importer.markers import TABLES

_LISTS = (
    "only_people",
    "name_unknown",
    "roll_others",
    "roll_and",
    "write_verbs",
    "news_banners",
    "possessives",
)


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_each_language_lists_the_rules_words(language: str) -> None:
    table = TABLES[language]
    for name in _LISTS:
        assert getattr(table, name), name
    assert bool(table.possessives_after) == (language in {"fr", "es"})


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_the_rules_read_each_tables_words(language: str) -> None:
    table = TABLES[language]
    for verb in table.write_verbs:
        assert parse._WRITE_VERB.search(f"Thank you. {verb.title()} to the Minister")
    for banner in table.news_banners:
        assert parse._NOTICE_LABEL_AFTER.match(f" {banner.title()}:")
    for said in table.name_unknown:
        assert parse._NAME_UNKNOWN.match(f", {said}")
        assert parse._NAME_UNKNOWN.match(f" ({said.upper()})")
    for joined in table.roll_and:
        for other in table.roll_others:
            found = parse._ROLL_OTHERS.search(f"Ayda Vestry (f) {joined} {other} Examplers")
            assert found and found.group("text") == f"{other} Examplers"
    for word in table.possessives:
        assert parse._POSSESSED_SUBJECT.search(f"then {word} Examplar ")
    for word in table.possessives_after:
        assert parse._POSSESSED_AFTER.match(f" {word} Examplar")
    assert {w.casefold() for w in table.only_people} <= parse._ONLY_PEOPLE


def test_a_news_banner_in_another_language_is_still_read() -> None:
    """ "Gute Nachrichten" on an English page: the rules read every language's words."""
    assert parse._NOTICE_LABEL_AFTER.match(" Gute Nachrichten")
    assert parse._WRITE_VERB.search("Escriba al Ministro")
