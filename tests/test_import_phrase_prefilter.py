"""`markers.search` skips a phrase whose longest plain word is not in the text, without
compiling it (half of an import's time went into compiling phrases that could not match):
it must find exactly what trying every phrase finds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ualetters.importer.markers import TABLES, Markers, compile_phrase, search

CORPUS = Path(__file__).parent / "data" / "ua-texts"
# Development texts in four languages and several layouts (never a held-out one).
TEXTS = ["01", "09", "31", "35", "37", "44", "85", "111", "150", "207"]


def _phrase_lists(table: Markers) -> list[tuple[str, ...]]:
    return [
        value
        for item in dataclasses.fields(table)
        if isinstance(value := getattr(table, item.name), tuple)
        and value
        and all(isinstance(v, str) for v in value)
    ]


def _every_phrase(phrases: tuple[str, ...], text: str, table: Markers) -> object:
    for phrase in phrases:
        match = compile_phrase(phrase, table).search(text)
        if match:
            return match
    return None


@pytest.mark.parametrize("number", TEXTS)
def test_the_prefilter_finds_what_every_phrase_finds(number: str) -> None:
    path = next(CORPUS.glob(f"{number}-*.txt"))
    text = "\n".join(
        line for line in path.read_text(encoding="utf-8").split("\n") if not line.startswith("#")
    )
    for table in TABLES.values():
        for phrases in _phrase_lists(table):
            for piece in (text, text.upper(), *text.split("\n")[:40]):
                fast, slow = search(phrases, piece, table), _every_phrase(phrases, piece, table)
                assert (fast and fast.span(), fast and fast.re.pattern) == (
                    slow and slow.span(),  # type: ignore[attr-defined]
                    slow and slow.re.pattern,  # type: ignore[attr-defined]
                ), (table.language, phrases[:2], piece[:60])


@pytest.mark.parametrize(
    ("phrases", "text", "language"),
    [
        # a word with an apostrophe may be printed with either: it is no key
        (("l'action s'adresse à {text}",), "L’action s’adresse à la ministre.", "fr"),
        # case is no matter
        (("please write immediately in {langs}",), "PLEASE WRITE IMMEDIATELY IN ARABIC", "en"),
        # a placeholder is no word of the text
        (("envoyez vos appels avant le {date}",), "ENVOYEZ VOS APPELS AVANT LE 1er mai 2031", "fr"),
    ],
)
def test_what_the_prefilter_may_not_skip(
    phrases: tuple[str, ...], text: str, language: str
) -> None:
    assert search(phrases, text, TABLES[language]) is not None
