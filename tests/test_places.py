"""Place names in the letter's language: lookups, Russian forms, phrases, the data files."""

from __future__ import annotations

import subprocess
import sys
import threading
import unicodedata

import pytest

from ualetters import places

from .conftest import ROOT


def _latin_letters(text: str) -> list[str]:
    return [char for char in text if char.isalpha() and "LATIN" in unicodedata.name(char, "")]


@pytest.mark.parametrize(
    "spelling", ["Genève", "Geneve", "GENEVE", "genève", "Genf", "GENEVA", "Ginevra", "Женева"]
)
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "Genf"),
        ("de-CH", "Genf"),
        ("en", "Geneva"),
        ("fr", "Genève"),
        ("fr-CH", "Genève"),
        ("it", "Ginevra"),
        ("es", "Ginebra"),
        ("ru", "Женева"),
        ("ar", "جنيف"),
    ],
)
def test_geneva_in_every_spelling_and_language(spelling: str, language: str, expected: str) -> None:
    assert places.place_name(spelling, "CH", language) == expected


@pytest.mark.parametrize(
    ("spelling", "country", "language", "expected"),
    [
        ("Zürich", "CH", "en", "Zurich"),
        ("ZURICH", "ch", "ru", "Цюрих"),
        ("Zuerich", "CH", "it", "Zurigo"),
        ("zürich", "CH", "es", "Zúrich"),
        ("Moskau", "RU", "en", "Moscow"),
        ("Moscow", "RU", "ru", "Москва"),
        ("Москва", "RU", "de", "Moskau"),
        ("moscou", "RU", "it", "Mosca"),
        ("Bienne", "CH", "de", "Biel"),
        ("Biel/Bienne", "CH", "fr", "Bienne"),
        ("Biel", "CH", "ru", "Биль"),
        ("Sitten", "CH", "fr", "Sion"),
        ("Sion", "CH", "de", "Sitten"),
        ("Freiburg", "CH", "fr", "Fribourg"),
        ("Freiburg", "DE", "fr", "Fribourg-en-Brisgau"),
        ("Neuenburg", "CH", "fr", "Neuchâtel"),
        ("Sankt Gallen", "CH", "fr", "Saint-Gall"),
        ("St Gallen", "CH", "it", "San Gallo"),
        ("St.Gallen", "CH", "ru", "Санкт-Галлен"),
        ("Reinach (BL)", "CH", "ru", "Райнах"),
        ("Wil SG", "CH", "ru", "Виль"),
        ("Boston, MA", "US", "ar", "بوسطن"),
        ("Cairo", "EG", "ar", "القاهرة"),
        ("Kairo", "EG", "fr", "Le Caire"),
        ("Berlin", "DE", "fr", "Berlin"),
        ("Berlin", "DE", "es", "Berlín"),
        ("Den Haag", "NL", "en", "The Hague"),
        ("'s-Gravenhage", "NL", "de", "Den Haag"),
        ("Kyiv", "UA", "de", "Kiew"),
        ("Київ", "UA", "ru", "Киев"),
        ("Lemberg", "UA", "en", "Lviv"),
        ("São Paulo", "BR", "en", "São Paulo"),
        ("Sao Paulo", "BR", "it", "San Paolo"),
        ("Bern", "CH", "fr", "Berne"),
        ("Köln", "DE", "it", "Colonia"),
        ("Koeln", "DE", "en", "Cologne"),
        ("Bruxelles", "BE", "de", "Brüssel"),
        ("Brussel", "BE", "ar", "بروكسل"),
        ("Milano", "IT", "de", "Mailand"),
        ("New York City", "US", "es", "Nueva York"),
        ("Washington, D.C.", "US", "ru", "Вашингтон"),
        ("Montreal", "CA", "fr", "Montréal"),
    ],
)
def test_exonyms_and_local_names(
    spelling: str, country: str, language: str, expected: str
) -> None:
    assert places.place_name(spelling, country, language) == expected


@pytest.mark.parametrize(
    ("spelling", "country", "language"),
    [
        ("Atlantis", "CH", "de"),  # no such place
        ("", "CH", "de"),
        ("   ", "CH", "ru"),
        ("Genève", "FR", "de"),  # a place of another country
        ("Genève", "CH", "pt"),  # a language the tables hold no column for
        ("Köniz", "CH", "ar"),  # known, but no Arabic name is established
        ("Halle", None, "fr"),  # Halle (Saale) and Halle in Brabant: no guess
    ],
)
def test_unknown_gives_none(spelling: str, country: str | None, language: str) -> None:
    assert places.place_name(spelling, country, language) is None
    assert places.place_form(spelling, country, language, "genitive") is None
    assert places.place_phrase(spelling, country, language, "from") is None


def test_any_country_when_the_spelling_is_unique() -> None:
    assert places.place_name("Genève", None, "de") == "Genf"
    assert places.place_name("Halle", "BE", "fr") == "Hal"


@pytest.mark.parametrize(
    ("spelling", "country", "genitive", "prepositional"),
    [
        ("Bern", "CH", "Берна", "Берне"),
        ("Genève", "CH", "Женевы", "Женеве"),
        ("Moskau", "RU", "Москвы", "Москве"),
        ("Lausanne", "CH", "Лозанны", "Лозанне"),
        ("Perm", "RU", "Перми", "Перми"),
        ("Basel", "CH", "Базеля", "Базеле"),
        ("Frankfurt", "DE", "Франкфурта-на-Майне", "Франкфурте-на-Майне"),
        ("Nizhny Novgorod", "RU", "Нижнего Новгорода", "Нижнем Новгороде"),
        ("Athens", "GR", "Афин", "Афинах"),
        ("Los Angeles", "US", "Лос-Анджелеса", "Лос-Анджелесе"),
        ("San Francisco", "US", "Сан-Франциско", "Сан-Франциско"),
        ("Sochi", "RU", "Сочи", "Сочи"),
        ("Montreux", "CH", "Монтрё", "Монтрё"),
    ],
)
def test_russian_forms(spelling: str, country: str, genitive: str, prepositional: str) -> None:
    assert places.place_form(spelling, country, "ru", "genitive") == genitive
    assert places.place_form(spelling, country, "ru", "prepositional") == prepositional


def test_forms_of_other_languages() -> None:
    assert places.place_form("Genf", "CH", "ar", "genitive") == "جنيف"
    assert places.place_form("Genf", "CH", "de", "nominative") == "Genf"
    assert places.place_form("Genf", "CH", "de", "genitive") is None
    with pytest.raises(ValueError, match="grammatical case"):
        places.place_form("Genf", "CH", "ru", "dative")


@pytest.mark.parametrize(
    ("spelling", "country", "language", "relation", "expected"),
    [
        ("Genève", "CH", "de", "from", "aus Genf"),
        ("Genève", "CH", "en", "in", "in Geneva"),
        ("Genève", "CH", "es", "from", "desde Ginebra"),
        ("Genève", "CH", "fr", "from", "de Genève"),
        ("Genève", "CH", "fr", "in", "à Genève"),
        ("Kairo", "EG", "fr", "from", "du Caire"),
        ("Le Havre", "FR", "fr", "in", "au Havre"),
        ("La Rochelle", "FR", "fr", "from", "de La Rochelle"),
        ("Amsterdam", "NL", "fr", "from", "d'Amsterdam"),
        ("Kairo", "EG", "it", "from", "dal Cairo"),
        ("Den Haag", "NL", "it", "in", "all'Aia"),
        ("La Spezia", "IT", "it", "from", "dalla Spezia"),
        ("La Paz", "BO", "it", "in", "a La Paz"),
        ("Athens", "GR", "it", "in", "ad Atene"),
        ("Genève", "CH", "it", "from", "da Ginevra"),
        ("Bern", "CH", "ru", "from", "из Берна"),
        ("Bern", "CH", "ru", "in", "в Берне"),
        ("Frankfurt", "DE", "ru", "in", "во Франкфурте-на-Майне"),
        ("Vladivostok", "RU", "ru", "in", "во Владивостоке"),
        ("Lviv", "UA", "ru", "in", "во Львове"),
        ("Wien", "AT", "ru", "in", "в Вене"),
        ("Cairo", "EG", "ar", "from", "من القاهرة"),
        ("Genève", "CH", "ar", "in", "في جنيف"),
    ],
)
def test_phrases(
    spelling: str, country: str, language: str, relation: str, expected: str
) -> None:
    assert places.place_phrase(spelling, country, language, relation) == expected


def test_unknown_relation_is_refused() -> None:
    with pytest.raises(ValueError, match="relation"):
        places.place_phrase("Genf", "CH", "de", "to")


def test_every_russian_name_has_its_forms_or_is_indeclinable() -> None:
    tables = places._loaded()
    russian = {place.names["ru"] for place in tables.places if "ru" in place.names}
    missing = sorted(russian - tables.russian.keys())
    assert not missing, f"ru.tsv lacks the forms of {missing}"
    unused = sorted(tables.russian.keys() - russian)
    assert not unused, f"ru.tsv has forms of names no place has: {unused}"
    assert len(russian) > 1000


def test_no_russian_or_arabic_name_has_latin_letters() -> None:
    tables = places._loaded()
    latin = [
        (place.country, place.names[language])
        for place in tables.places
        for language in ("ru", "ar")
        if _latin_letters(place.names.get(language, ""))
    ]
    latin += [(nominative, forms) for nominative, forms in tables.russian.items()
              if _latin_letters(" ".join(forms))]
    assert not latin


def test_no_spelling_names_two_places_of_one_country() -> None:
    tables = places._loaded()
    shared = {key: found for key, found in tables.by_key.items() if len(found) > 1}
    assert not shared


def test_every_place_has_a_name_in_every_latin_script_language() -> None:
    tables = places._loaded()
    incomplete = [
        place.names for place in tables.places
        if any(language not in place.names for language in ("de", "en", "fr", "it", "es", "ru"))
    ]
    assert not incomplete


def test_the_data_is_read_on_first_use_not_on_import() -> None:
    script = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda event, args: event == 'open' and opened.append(str(args[0])))\n"
        "from ualetters import places\n"
        "before = [path for path in opened if 'placedata' in path]\n"
        "name = places.place_name('Genève', 'CH', 'de')\n"
        "after = [path for path in opened if 'placedata' in path]\n"
        "print(len(before), len(after), name)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split() == ["0", "3", "Genf"]


def test_two_threads_asking_at_once_get_the_same_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(places, "_tables", None)
    reads = []
    read_tables = places._read_tables

    def counted(folder):  # type: ignore[no-untyped-def]
        reads.append(folder)
        return read_tables(folder)

    monkeypatch.setattr(places, "_read_tables", counted)
    start = threading.Barrier(2)
    answers: list[tuple[str | None, ...]] = []

    def ask() -> None:
        start.wait()
        answers.append(
            (
                places.place_name("Genève", "CH", "ru"),
                places.place_form("Zürich", "CH", "ru", "prepositional"),
                places.place_phrase("Kairo", "EG", "fr", "from"),
            )
        )

    threads = [threading.Thread(target=ask) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [("Женева", "Цюрихе", "du Caire")] * 2
    assert len(reads) == 1


def test_cldr_table_is_what_the_script_writes() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "places_cldr.py"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
