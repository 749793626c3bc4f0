"""Dates as UAs print them, in every language the importer reads.

Month names come from CLDR (Babel) in the text's language and in English (sections print
English dates inside their own pages); numeric forms follow the language (`02/19/2020` is
month first in English, `25.7.2020` day first in German).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache


@dataclass(frozen=True)
class FoundDate:
    """A date read from the text: full, or without its year (`year` is None)."""

    year: int | None
    month: int
    day: int | None
    text: str
    start: int
    end: int
    # Printed as two numbers either of which may be the month ("12/5/2022"): the order was
    # taken from the language's custom, which a page from elsewhere may not follow.
    ambiguous: bool = False

    def full(self) -> dt.date | None:
        """Return the date if year, month and day are printed, else None."""
        if self.year is None or self.day is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None

    def iso(self) -> str:
        """Return the full date as YYYY-MM-DD, or "" if the text does not give it whole."""
        full = self.full()
        return full.isoformat() if full else ""

    def partial(self) -> str | None:
        """Return the date as a partial ISO date (`2024-12`), if its year is printed."""
        if self.year is None:
            return None
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        full = self.full()
        return full.isoformat() if full else None


@lru_cache(maxsize=65536)  # called for every word of a text: many words come again
def fold(text: str) -> str:
    """Return `text` lower-cased without accents, for matching words (the Turkish dotless
    "ı", which no accent makes, as "i": "Fırat Anlı" is "Firat Anli" without its letters)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ı", "i"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def find_folded(text: str, folded: str) -> int:
    """Return where in `text` itself the folded words `folded` begin (-1: nowhere): an index
    into fold(text) is no index into `text`, where folding changed a length ("Straße":
    "strasse", a ligature)."""
    at = fold(text).find(folded)
    if at <= 0:
        return at
    length = 0
    for place, char in enumerate(text):
        length += len(fold(char))
        if length > at:
            return place
    return -1


@cache
def month_names(language: str) -> dict[str, int]:
    """Return {folded month name or abbreviation: month number} for `language` and English."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for tag in dict.fromkeys((language, "en")):
        if tag == "ja":
            continue
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, tag).items():
                    # As printed ("März", "décembre") and without accents ("Maerz" aside).
                    for key in {fold(name).rstrip("."), name.lower().rstrip(".")}:
                        if len(key) >= 3:
                            names.setdefault(key, number)

    names.setdefault("sept", 9)
    names.setdefault("maerz", 3)
    return names


@cache
def _pattern(language: str) -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, month_names(language)), key=len, reverse=True))
    day = r"(?P<{0}>[0-3]?\d)(?:st|nd|rd|th|er|\.?º|°|\.)?"
    year = r"(?P<{0}>(?:19|20)\d\d)"
    forms = [
        # 2017年12月16日
        # 2017年12月16日, also with spaces that pad a one-digit day ("2017年8月 9日")
        r"(?P<jy>(?:19|20)\d\d)\s*年\s*(?P<jm>1[0-2]|0?[1-9])\s*月\s*(?P<jd>[0-3]?\d)\s*日",
        # 2020-12-01
        # 2020-12-01, also as a timestamp's date ("2017-07-18T16:22:00+0300")
        r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?=T\d|\b)",
        # Tuesday, March 19, 2019 / September 28, 2017 / June 1 2023
        rf"(?P<am>{months})\.?\s+{day.format('ad')},?\s+{year.format('ay')}",
        # 18 January 2008 / 9. Januar 2014 / 23 de agosto de 2025 / 4 July (no year) /
        # 5th of March 2021 / 1 de marzo del 2021
        rf"{day.format('bd')}\s+(?:de\s+|of\s+)?(?P<bm>{months})\.?"
        rf"(?:,?\s+(?:del?\s+)?{year.format('by')})?",
        # Dezember 2024 / September 2018 (month and year)
        rf"(?P<cm>{months})\s+{year.format('cy')}",
        # 02/19/2020 (English: month first; else day first) / 25.7.2020
        r"(?P<n1>[0-3]?\d)(?P<sep>[./])(?P<n2>[0-3]?\d)(?P=sep)(?P<ny>(?:19|20)\d\d)\b",
    ]
    # A date ends its word, but a timestamp's time may follow it ("2017-07-18T16:22").
    return re.compile(r"(?<![\w/.])(?:" + "|".join(forms) + r")(?!(?!T\d)\w)", re.IGNORECASE)


def find_dates(text: str, language: str) -> list[FoundDate]:
    """Return every date printed in `text`, in order."""
    months = month_names(language)
    found = []
    for match in _pattern(language).finditer(text):
        groups = match.groupdict()
        year: int | None
        day: int | None
        ambiguous = False
        if groups["jy"]:
            year, month, day = int(groups["jy"]), int(groups["jm"]), int(groups["jd"])
        elif groups["iy"]:
            year, month, day = int(groups["iy"]), int(groups["im"]), int(groups["id"])
        elif groups["am"]:
            year, day = int(groups["ay"]), int(groups["ad"])
            month = months[fold(groups["am"]).rstrip(".")]
        elif groups["bm"]:
            year = int(groups["by"]) if groups["by"] else None
            day = int(groups["bd"])
            month = months[fold(groups["bm"]).rstrip(".")]
        elif groups["cm"]:
            year, day = int(groups["cy"]), None
            month = months[fold(groups["cm"]).rstrip(".")]
        else:
            first, second, year = int(groups["n1"]), int(groups["n2"]), int(groups["ny"])
            american = language == "en" and groups["sep"] == "/"
            month, day = (first, second) if american else (second, first)
            # A slash is written month first in North America (French Canada too) and day
            # first elsewhere; dots are day first everywhere.
            ambiguous = groups["sep"] == "/" and first != second and first <= 12 and second <= 12
        if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
            continue
        text = match.group().rstrip(".")  # "16 décembre." ends a sentence, not the date
        end = match.start() + len(text)
        found.append(FoundDate(year, month, day, text, match.start(), end, ambiguous))

    return found


def first_date(text: str, language: str) -> FoundDate | None:
    """Return the first date printed in `text`, or None."""
    dates = find_dates(text, language)
    return dates[0] if dates else None


def date_expression(language: str) -> str:
    """Return a regular expression that matches any date `find_dates` reads (no groups)."""
    return re.sub(r"\(\?P<\w+>", "(?:", _pattern(language).pattern).replace("(?P=sep)", "[./]")
