"""Place names in a letter's language: "Genève" is Genf, Geneva, Ginevra, Женева, جنيف.

A sender types their town once, in any common spelling; a letter in another language must
name it as that language does, and a Russian sentence must decline it ("из Берна", "в Берне").
The names come from two files in `placedata/` (see docs/places.md): CLDR's exemplar cities
(`cldr.tsv`, made by scripts/places_cldr.py) and a curated table (`curated.tsv`) that adds
towns and corrects CLDR; Russian case forms are in `ru.tsv`, and `namesakes.tsv` says which
place a name shared by several means when no country is given.

Nothing is read until the first question (start-up time matters), the Russian forms not
until a Russian form is asked; after that every answer comes from memory. The tables are
read once, under a lock, so threads may ask at once.
A function answers None where the place or the form is unknown: the caller then writes a
sentence that needs no place name, never a Latin-script name inside a Russian or Arabic one.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata

__all__ = ["CASES", "LANGUAGES", "RELATIONS", "place_form", "place_name", "place_phrase"]

#: The letter languages the tables hold a column for.
LANGUAGES = ("de", "en", "fr", "it", "es", "ru", "ar")
#: The grammatical cases `place_form` knows (genitive and prepositional for Russian).
CASES = ("nominative", "genitive", "prepositional")
#: "from" and "in": what `place_phrase` can say of a place.
RELATIONS = ("from", "in")

# os.path, not pathlib: importing pathlib costs ~7 ms of start-up.
_DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "placedata")
_SAME = "="  # in a language column: the local name; in ru.tsv: indeclinable
_UNKNOWN = "-"  # in curated.tsv: no name known (drops CLDR's)
_CURATED_COLUMNS = ("country", "local", *LANGUAGES, "also", "zone")


# Plain classes, not dataclasses: importing `dataclasses` alone costs ~10 ms of start-up.
class _Place:
    __slots__ = ("country", "names")

    def __init__(self, country: str, names: dict[str, str]) -> None:
        self.country = country
        self.names = names  # language -> name, only the languages a name is known for


class _Tables:
    """The places, and the index of their spellings, built a country at a time when asked.

    A letter asks for its sender's town: keying the ~5,000 spellings of every country took
    most of the ~60 ms the tables cost to load; one country's take a few.
    """

    __slots__ = (
        "_anywhere",
        "_countries",
        "_folder",
        "_keys",
        "_lock",
        "_named",
        "_russian",
        "_spellings",
        "places",
    )

    def __init__(
        self,
        places: tuple[_Place, ...],
        spellings: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...],
        folder: str,
        namesakes: list[tuple[int, str, str]],
    ) -> None:
        self.places = places
        # Per place: its names and its further spellings ("also"), keyed when first asked.
        self._spellings = spellings
        self._keys: dict[str, str] = {}  # most names are the same in several languages
        self._folder = folder
        self._russian: dict[str, tuple[str, str]] | None = None
        self._named = namesakes  # (line, country, name) of namesakes.tsv
        self._countries: dict[str, dict[str, tuple[int, ...]]] = {}
        self._anywhere: dict[str, int | None] | None = None
        self._lock = threading.Lock()

    @property
    def russian(self) -> dict[str, tuple[str, str]]:
        """Return nominative -> (genitive, prepositional), read when a Russian form is asked."""
        if self._russian is None:
            russian: dict[str, tuple[str, str]] = {}
            rows = _rows(os.path.join(self._folder, "ru.tsv"), 3)
            for _number, (nominative, genitive, prepositional) in rows:
                if genitive == _SAME:
                    genitive = prepositional = nominative
                russian[nominative] = (genitive, prepositional)
            self._russian = russian
        return self._russian

    def in_country(self, country: str) -> dict[str, tuple[int, ...]]:
        """Return {spelling key: indexes of the places it names} of one country."""
        found = self._countries.get(country)
        if found is None:
            index: dict[str, list[int]] = {}
            for number, place in enumerate(self.places):
                if place.country == country:
                    names, also = self._keyed(number)
                    for spelling in names | also:
                        index.setdefault(spelling, []).append(number)
            found = {key: tuple(numbers) for key, numbers in index.items()}
            with self._lock:
                self._countries[country] = found
        return found

    @property
    def by_key(self) -> dict[tuple[str, str], tuple[int, ...]]:
        """Return {(country, spelling key): indexes of the places it names}, every country."""
        countries = sorted({place.country for place in self.places})
        return {
            (country, key): found
            for country in countries
            for key, found in self.in_country(country).items()
        }

    @property
    def by_key_anywhere(self) -> dict[str, int | None]:
        """Return {spelling key: the place it means with no country given; None: several}."""
        if self._anywhere is None:
            anywhere: dict[str, list[int]] = {}
            named: set[tuple[str, int]] = set()  # (spelling key, place): a name, not "also"
            for number in range(len(self.places)):
                names, also = self._keyed(number)
                named.update((spelling, number) for spelling in names)
                for spelling in names | also:
                    anywhere.setdefault(spelling, []).append(number)
            best_known = {self._namesake(*row) for row in self._named}
            self._anywhere = {
                spelling: _meant(spelling, found, named, best_known)
                for spelling, found in anywhere.items()
            }
        return self._anywhere

    def _keyed(self, number: int) -> tuple[frozenset[str], frozenset[str]]:
        """Return a place's names and further spellings as comparison keys."""
        keys = self._keys
        names, also = self._spellings[number]
        own = frozenset(keys.get(name) or keys.setdefault(name, _key(name)) for name in names)
        more = frozenset(keys.get(name) or keys.setdefault(name, _key(name)) for name in also)
        return own, more - own

    def _namesake(self, number: int, country: str, name: str) -> int:
        found = self.in_country(country.upper()).get(_key(name), ())
        if len(found) != 1:
            raise ValueError(f"namesakes.tsv:{number}: {country} has no one place named {name}")
        return found[0]


_tables: _Tables | None = None
_lock = threading.Lock()


def _loaded() -> _Tables:
    # Double-checked: after the first load no thread takes the lock again.
    global _tables
    tables = _tables
    if tables is None:
        with _lock:
            if _tables is None:
                _tables = _read_tables(_DATA)
            tables = _tables
    return tables


def place_name(name: str, country: str | None, language: str) -> str | None:
    """Return the name of the place `name` in `country` as `language` writes it, or None."""
    place = _find(name, country)
    if place is None:
        return None
    return place.names.get(_base(language))


def place_form(name: str, country: str | None, language: str, grammatical_case: str) -> str | None:
    """Return the place's name in `language` and grammatical case, or None where unknown."""
    if grammatical_case not in CASES:
        raise ValueError(f"unknown grammatical case {grammatical_case!r}; one of {CASES}")
    language = _base(language)
    nominative = place_name(name, country, language)
    if nominative is None or grammatical_case == "nominative":
        return nominative
    if language == "ru":
        forms = _loaded().russian.get(nominative)
        if forms is None:
            return None
        return forms[0] if grammatical_case == "genitive" else forms[1]
    # Arabic script does not write the case of a name ("من جنيف", "في جنيف"); the other
    # languages have no declined place names that a letter needs.
    return nominative if language == "ar" else None


def place_phrase(name: str, country: str | None, language: str, relation: str) -> str | None:
    """Return "from <place>" or "in <place>" as `language` says it ("aus Genf", "du Caire")."""
    if relation not in RELATIONS:
        raise ValueError(f"unknown relation {relation!r}; one of {RELATIONS}")
    language = _base(language)
    if language == "ru":
        if relation == "from":
            form = place_form(name, country, language, "genitive")
            return None if form is None else f"из {form}"
        form = place_form(name, country, language, "prepositional")
        return None if form is None else f"{_russian_in(form)} {form}"
    place = _find(name, country)
    town = None if place is None else place.names.get(language)
    if town is None or place is None:
        return None
    if language == "fr":
        return _french(town, relation)
    if language == "it":
        return _italian(town, relation, place.country)
    word = {
        "de": ("aus", "in"),
        "en": ("from", "in"),
        "es": ("desde", "en"),
        "ar": ("من", "في"),
    }[language]
    return f"{word[0] if relation == 'from' else word[1]} {town}"


def _russian_in(form: str) -> str:
    # "во" before в/ф and a consonant ("во Франкфурте", "во Владивостоке") and "во Львове".
    lower = form.lower()
    if lower.startswith("льв") or (len(lower) > 1 and lower[0] in "вф" and lower[1] not in _VOWELS):
        return "во"
    return "в"


_VOWELS = "аеёиоуыэюяaeiouy"
_FRENCH_VOWELS = "aàâäeéèêëiîïoôöuùûüyœæ"


def _french(town: str, relation: str) -> str:
    # The article of "Le Caire", "Les Lilas" contracts ("du Caire", "aux Lilas"); "La Haye"
    # and "L'Haÿ-les-Roses" keep theirs; "de" elides before a vowel ("d'Amsterdam").
    for article, contracted in (("Le ", ("du ", "au ")), ("Les ", ("des ", "aux "))):
        if town.startswith(article):
            rest = town[len(article) :]
            return (contracted[0] if relation == "from" else contracted[1]) + rest
    if relation == "in":
        return f"à {town}"
    if town[0].lower() in _FRENCH_VOWELS:
        return f"d'{town}"
    return f"de {town}"


def _italian(town: str, relation: str, country: str) -> str:
    # Italian joins the preposition to the name's article: "dal Cairo", "all'Aia",
    # "alla Spezia"; a foreign article stays apart ("a La Paz"). "ad" only before "a".
    preposition = "da" if relation == "from" else "a"
    for article in ("L’", "L'"):
        if town.startswith(article):
            return f"{preposition}ll'{town[len(article) :]}"
    if town.startswith("Il "):
        return f"{preposition}l {town[3:]}"
    if town.startswith("La ") and country == "IT":
        return f"{preposition}lla {town[3:]}"
    if preposition == "a" and town[0].lower() == "a":
        return f"ad {town}"
    return f"{preposition} {town}"


def _base(language: str) -> str:
    return language.replace("_", "-").split("-")[0].lower()


def _find(name: str, country: str | None) -> _Place | None:
    """Return the one place `name` denotes in `country` (any country if None), or None."""
    if not isinstance(name, str) or not name.strip():
        return None
    tables = _loaded()
    for spelling in _spellings(name):
        key = _key(spelling)
        if country is None:
            if key in tables.by_key_anywhere:
                meant = tables.by_key_anywhere[key]
                return None if meant is None else tables.places[meant]
            continue
        found = tables.in_country(country.strip().upper()).get(key, ())
        if len(found) == 1:
            return tables.places[found[0]]
        if found:
            return None  # two places share this spelling: do not guess
    return None


_QUALIFIER = re.compile(r"\s*(?:\([^)]*\)|,.*|\s[A-Z]{2})$")


def _spellings(name: str) -> list[str]:
    # "Reinach (BL)", "Wil SG", "Boston, MA": the bare town is tried after the whole.
    spellings = [name]
    bare = _QUALIFIER.sub("", name.strip())
    if bare and bare != name.strip():
        spellings.append(bare)
    return spellings


_FOLD = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ð": "d"})
# The marks NFKD splits off Latin, Cyrillic ("й", "ё") and Arabic letters (hamza, harakat).
_COMBINING = re.compile("[\u0300-\u036f\u0483-\u0489\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
_APOSTROPHES = re.compile(r"[’'`´ʼ‘ـ]")
_NOT_WORD = re.compile(r"[\W_]+")
_SAINTS = {"st": "saint", "sankt": "saint", "ste": "sainte"}


def _key(spelling: str) -> str:
    """Return the comparison key of a spelling: no case, accents, punctuation or "St."."""
    bare = spelling.casefold()
    if not bare.isascii():  # most spellings are ASCII: skip the slower Unicode steps
        bare = _COMBINING.sub("", unicodedata.normalize("NFKD", bare.translate(_FOLD)))
    bare = _APOSTROPHES.sub("", bare)
    words = _NOT_WORD.sub(" ", bare).split()
    return " ".join(_SAINTS.get(word, word) for word in words)


def _rows(path: str, width: int) -> list[tuple[int, list[str]]]:
    rows = []
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as lines:
        text = lines.read()
    for number, line in enumerate(text.split("\n"), 1):
        bare = line.strip()
        if not bare or bare[0] == "#":
            continue
        cells = [cell.strip() for cell in line.split("|" if "|" in line else "\t")]
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        elif len(cells) > width:
            raise ValueError(f"{name}:{number}: {len(cells)} columns, expected {width}")
        rows.append((number, cells))
    return rows


def _read_tables(folder: str) -> _Tables:
    """Read the four tables into memory and index every spelling of every place."""
    places: list[tuple[str, dict[str, str], list[str]]] = []
    locals_: dict[int, str] = {}
    by_zone: dict[str, int] = {}
    for _number, cells in _rows(os.path.join(folder, "cldr.tsv"), 2 + len(LANGUAGES)):
        country, zone, *exemplars = cells
        by_zone[zone] = len(places)
        places.append((country, dict(zip(LANGUAGES, exemplars, strict=True)), []))

    for number, cells in _rows(os.path.join(folder, "curated.tsv"), len(_CURATED_COLUMNS)):
        row = dict(zip(_CURATED_COLUMNS, cells, strict=True))
        local, zone = row["local"], row["zone"]
        if zone:
            if zone not in by_zone:
                raise ValueError(f"curated.tsv:{number}: zone {zone} is not in cldr.tsv")
            index = by_zone[zone]
            country, names, aliases = places[index]
        else:
            index = len(places)
            country, names, aliases = row["country"], {}, []
            places.append((country, names, aliases))
        if local:
            locals_[index] = local
        for language in LANGUAGES:
            value = row[language]
            if value == _UNKNOWN:
                names.pop(language, None)
            elif value == _SAME:
                names[language] = local
            elif value:
                names[language] = value
        aliases.extend(alias for alias in [local, *row["also"].split(";")] if alias.strip())

    frozen = tuple(_Place(country, names) for country, names, _aliases in places)
    spellings = tuple(
        ((*names.values(), *([locals_[index]] if index in locals_ else [])), tuple(aliases))
        for index, (_country, names, aliases) in enumerate(places)
    )
    namesakes = [
        (number, country, name)
        for number, (country, name) in _rows(os.path.join(folder, "namesakes.tsv"), 2)
    ]
    return _Tables(frozen, spellings, folder, namesakes)


def _meant(
    spelling: str, found: list[int], named: set[tuple[str, int]], best_known: set[int]
) -> int | None:
    """Return the place a spelling means with no country given (namesakes.tsv's rule), or None."""
    bearers = [index for index in found if (spelling, index) in named] or found
    if len(bearers) == 1:
        return bearers[0]
    listed = [index for index in bearers if index in best_known]
    return listed[0] if len(listed) == 1 else None
