"""A letter's salutation words live in the per-language tables (issue #12: "the rules for each
marker live in one readable table per language"): the writer's first words after a salutation
(`writer_openings`), the lower-case words a salutation may hold (`salutation_particles`) and the
words that open a salutation inside a line (`salutation_openings`).

The move changes no behaviour: a salutation is still read in every table's language, whatever
the page's, since a page may give its model letter in another language. Every text here is
invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer.markers import TABLES
from ualetters.importer.text import SALUTATION_PARTICLES, _addressee_before_letter, _letter_lines


def test_each_language_table_holds_its_salutation_words() -> None:
    assert "We" in TABLES["en"].writer_openings
    assert "Wir" in TABLES["de"].writer_openings
    assert "Nous" in TABLES["fr"].writer_openings
    assert "Nosotros" in TABLES["es"].writer_openings
    assert "of" in TABLES["en"].salutation_particles
    assert "der" in TABLES["de"].salutation_particles
    assert "du" in TABLES["fr"].salutation_particles
    assert "del" in TABLES["es"].salutation_particles
    assert "Dear" in TABLES["en"].salutation_openings
    assert "Sehr geehrter" in TABLES["de"].salutation_openings
    assert "Madame la" in TABLES["fr"].salutation_openings
    assert "Estimadas" in TABLES["es"].salutation_openings
    # the module's set is the tables' words together, as parse.py reads it
    assert {"the", "der", "du", "del"} <= SALUTATION_PARTICLES


@pytest.mark.parametrize(
    ("language", "line", "salutation"),
    [
        ("en", "Dear Governor of the Northern Province, We urge you.", "Dear Governor of the"),
        ("de", "Sehr geehrter Herr Minister der Justiz, Ich bitte Sie.", "Sehr geehrter Herr"),
        ("fr", "Madame la Ministre, Nous vous prions d'agir.", "Madame la Ministre,"),
        ("es", "Estimado Fiscal General, Yo le escribo hoy.", "Estimado Fiscal General,"),
    ],
)
def test_a_salutation_run_into_its_letter_is_cut_in_each_language(
    language: str, line: str, salutation: str
) -> None:
    lines = _letter_lines(line, TABLES[language])
    assert len(lines) == 2
    assert lines[0].startswith(salutation)
    assert lines[0].endswith(",")


def test_an_addressee_run_into_a_spanish_salutation_is_cut_before_it() -> None:
    # the page's table is English: the other languages' words count all the same
    piece = "Lina Ortega Fiscal General de Valdoria Estimada Fiscal General, Me dirijo a usted."
    assert _addressee_before_letter(piece, TABLES["en"]) == [
        "Lina Ortega Fiscal General de Valdoria",
        "Estimada Fiscal General, Me dirijo a usted.",
    ]
