"""Print typography: where a line must not break (dates, numbers with units, French punctuation,
Russian one-letter words).

Applied by the print writers to what they lay out, never to the `Letter` itself: the text of a
letter stays as rendered (text and JSON letters, goldens), and only spaces become no-break
spaces. Nothing is added or removed, so a reader of the DOCX sees the same words.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache, lru_cache

from .letter import Letter, Paragraph

NBSP = "\u00a0"
NNBSP = "\u202f"  # narrow no-break space: French before ; ! ? (Imprimerie nationale)

_WORD = r"[^\W\d_]+\.?"
# Dates as Babel writes them in the letters' languages: "22. Juli 2020", "22 juillet 2020",
# "1er juillet 2020", "22 de julio de 2020", "22 июля 2020 г.", "July 22, 2020".
_DATES = re.compile(
    rf"\b\d{{1,2}}(?:\.|er|º|°)? (?:de )?{_WORD}(?: de)? \d{{4}}(?: г\.)?"
    rf"|\b{_WORD} \d{{1,2}}, \d{{4}}\b"
)
# Russian typesetting also keeps a day with its month and a year with "года" where the date
# is not whole: "27 июля, 3 и 10 августа 2019 года".
_RUSSIAN_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
_RUSSIAN_DATES = re.compile(
    rf"\b\d{{1,2}}(?: и \d{{1,2}})?[ \u00a0](?:{_RUSSIAN_MONTHS}|декабря)\b"
    r"|\b\d{4} (?:года|году|г\.)"
)
# German keeps a day with its month where the date is not whole too (DIN 5008): "am 27. Juli
# und am 3. August", "zwischen dem 3. und 5. Mai".
_GERMAN_MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
_GERMAN_DATES = re.compile(
    rf"\b\d{{1,2}}\.(?: (?:und|bis) \d{{1,2}}\.)? (?:{_GERMAN_MONTHS}|Dezember)\b"
)
_PARTIAL_DATES = {"ru": _RUSSIAN_DATES, "de": _GERMAN_DATES}
# A number and its unit, currency or sign: "5 km", "10 %", "100 CHF".
_UNITS = re.compile(r"(?<=\d) (?=(?:%|‰|°C|km|m|cm|mm|kg|g|h|Uhr|CHF|EUR|USD|Fr\.|€|\$|£)(?!\w))")
# An abbreviation or sign and the number it introduces: "UA 61/20", "Art. 5", "§ 3", "№ 7".
_BEFORE_NUMBER = re.compile(
    r"(?<!\w)(UA|Nr\.|No\.|no\.|n°|N°|Art\.|art\.|§|Abs\.|S\.|p\.|pp\.|ст\.|ч\.|№|д\.) (?=\d)"
)
# An initial and the name after it: "П. И. Соколов", "J. Schmidt".
_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_]\.) (?=[^\W\d_])")
# Russian typesetting leaves no one-letter word (preposition, conjunction, the pronoun "я"),
# and no "не", at a line's end (Мильчин, Справочник издателя и автора): "в / Рабате", "ни с /
# адвокатами", "он не / подвергался", "я / слежу"; and the organisation's name stays whole
# (rounds 18-19).
_RUSSIAN_LEANING = re.compile(r"(?<![\w-])([вкосуиаяВКОСУИАЯ]|[Нн]е) (?=\S)")
_RUSSIAN_NAME = re.compile(r"\b(Amnesty) (?=International\b)")
_BOUND = {"ru": (_RUSSIAN_LEANING, _RUSSIAN_NAME)}
_FRENCH_TIGHT = re.compile(r" (?=[;!?])")
_FRENCH_WIDE = re.compile(r" (?=[:»])|(?<=«) ")


def _together(text: str, language: str) -> str:
    """Return `text` with every date's words joined by no-break spaces, as `language` keeps them."""
    text = _DATES.sub(lambda m: m.group().replace(" ", NBSP), text)
    partial = _PARTIAL_DATES.get(language.split("-")[0])
    if partial is not None:
        text = partial.sub(lambda m: m.group().replace(" ", NBSP), text)
    return text


@cache
def _rules(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    rules: list[tuple[re.Pattern[str], str]] = [
        (_UNITS, NBSP),
        (_BEFORE_NUMBER, NBSP),
        (_INITIAL, NBSP),
    ]
    if language.split("-")[0] == "fr":
        rules += [(_FRENCH_TIGHT, NNBSP), (_FRENCH_WIDE, NBSP)]
    rules += [(pattern, NBSP) for pattern in _BOUND.get(language.split("-")[0], ())]
    return tuple(rules)


def bind_words(text: str, language: str, space: str) -> str:
    """Return `text` with `space` after each word `language` keeps with the next one ("в Рабате").

    The text form holds these spaces while it wraps (a plain space in the letter it writes);
    the print writers set no-break spaces (`typeset`).
    """
    for pattern in _BOUND.get(language.split("-")[0], ()):
        if " " in text:
            text = pattern.sub(lambda m: m.group(1) + space, text)
    return text


@lru_cache(maxsize=8192)  # a case's paragraphs recur in every letter of a batch
def typeset(text: str, language: str) -> str:
    """Return `text` with no-break spaces where `language`'s typography keeps words together."""
    if " " not in text:
        return text
    text = _together(text, language)
    for pattern, space in _rules(language):
        if pattern.groups:  # the space follows the group, which stays
            text = pattern.sub(lambda m, space=space: m.group(1) + space, text)  # type: ignore[misc]
        else:
            text = pattern.sub(space, text)
    return text


def plain_text_spaces(text: str, language: str) -> str:
    """Return `text` with the no-break spaces a plain-text letter in `language` needs.

    French keeps « and » with the words they enclose, and ";", "!", "?", ":" with the word
    before them, in the text form too: it wraps at ordinary spaces. Russian keeps a date's
    day with its month ("13 октября 2020 года"), as in print: the text form is what a letter
    sent by email carries. German keeps a whole date together too (DIN 5008).
    """
    base = language.split("-")[0]
    if base not in ("fr", "ru", "de") or " " not in text:
        return text
    if base in _PARTIAL_DATES:  # a date stays on one line ("am 4. März", "13 октября")
        return _together(text, language)
    text = _FRENCH_TIGHT.sub(NNBSP, text)
    return _FRENCH_WIDE.sub(NBSP, text)


_TEXT_FIELDS = ("place_date", "subject", "salutation", "closing", "signature")
_LINE_FIELDS = ("sender_lines", "recipient_lines", "copies")


def typeset_letter(letter: Letter) -> Letter:
    """Return the letter as the print writers lay it out: its texts typeset in its language."""
    language = letter.language
    changes: dict[str, object] = {
        name: typeset(getattr(letter, name), language) for name in _TEXT_FIELDS
    }
    for name in _LINE_FIELDS:
        changes[name] = tuple(typeset(line, language) for line in getattr(letter, name))
    changes["paragraphs"] = tuple(
        Paragraph(typeset(p.text, language), p.kind) for p in letter.paragraphs
    )
    if letter.translation is not None:
        changes["translation"] = typeset_letter(letter.translation)
    return dataclasses.replace(letter, **changes)  # type: ignore[arg-type]
