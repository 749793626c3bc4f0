"""The only Babel user: language tags, dates, country names, catalogs.

Every formatter here takes an explicit locale; nothing reads the process locale
except `ui_language()`, which the CLI calls once.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date
from babel.support import NullTranslations, Translations

from .errors import Message
from .resources import data_dir

DOMAIN = "ualetters"


def normalize_tag(tag: str) -> str:
    """Return the BCP 47 form of a language tag (`de_ch` -> `de-CH`), or raise ValueError.

    The error's argument is its reason, an `errors.Message`.
    """
    if not isinstance(tag, str) or not tag.strip():
        raise ValueError(Message("a language code cannot be empty"))
    cleaned = tag.strip().replace("-", "_")
    try:
        locale = Locale.parse(cleaned)
    except (UnknownLocaleError, ValueError):
        raise ValueError(Message("'%(code)s' is not a language code", code=tag)) from None
    parts = [locale.language]
    if locale.script and "_" in cleaned and locale.script.lower() in cleaned.lower():
        parts.append(locale.script)
    if locale.territory and "_" in cleaned:
        parts.append(locale.territory)
    return "-".join(parts)


@cache
def locale_for(tag: str) -> Locale:
    """Return the Babel locale of a normalized language tag."""
    return Locale.parse(tag.replace("-", "_"))


def base_language(tag: str) -> str:
    """Return the language part of a tag (`de-CH` -> `de`)."""
    return tag.split("-")[0]


def region_of(tag: str) -> str | None:
    """Return the territory of a tag (`de-CH` -> `CH`), if it has one."""
    return locale_for(tag).territory


@cache  # asked some ten times per letter; a tuple, so no caller can change the cached chain
def fallback_chain(tag: str) -> tuple[str, ...]:
    """Return the tags to try for `tag`, most specific first (`de-CH`, `de`)."""
    base = base_language(tag)
    return (tag,) if base == tag else (tag, base)


@cache
def _countries(tag: str) -> dict[str, str]:
    return dict(locale_for(tag).territories)


# CLDR lists these among its territories, but no post office delivers to them.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


@cache
def _country_codes() -> frozenset[str]:
    # CLDR's territories, from Babel's global data (loaded for every locale anyway) rather
    # than from a locale's names: reading English's ~25 ms of names only to test a code is
    # what the first check of a case or sender cost (tests/test_addresses.py compares them).
    from babel.core import get_global

    return frozenset(code for code in get_global("territory_languages") if len(code) == 2)


def is_country(code: str) -> bool:
    """Say whether `code` is an ISO 3166-1 alpha-2 country code a letter can go to."""
    upper = code.upper()
    return (
        len(code) == 2
        and code.isalpha()
        and upper not in _NOT_COUNTRIES
        and upper in _country_codes()
    )


@cache
def _scripts() -> frozenset[str]:
    return frozenset(locale_for("en").scripts)


def is_script(code: str) -> bool:
    """Say whether `code` is an ISO 15924 script code (`Latn`, `Cyrl`, `Arab`, `Hans`)."""
    return len(code) == 4 and code[:1].isupper() and code[1:].islower() and code in _scripts()


@cache
def script_of(tag: str) -> str:
    """Return the script language `tag` is usually written in (`ru` -> `Cyrl`, `de` -> `Latn`)."""
    from babel.core import get_global

    locale = locale_for(tag)
    if locale.script:
        return str(locale.script)
    likely = get_global("likely_subtags").get(locale.language, "")
    parts = str(likely).split("_")
    return parts[1] if len(parts) > 2 else "Latn"


def language_name(tag: str, in_tag: str) -> str:
    """Return the name of language `tag` in language `in_tag` ("ru", "de" -> "Russisch")."""
    return locale_for(tag).get_display_name(locale_for(in_tag)) or tag


# "in English" as a letter's language says it beside a web form's address ("Webformular: …
# (auf Englisch)"), where the bare name would read like an item of a site's language menu.
# Russian puts the adjective in the prepositional with "языке" ("на английском языке"); a
# name that is no "-ий" adjective ("иврит", "хинди") stands after "язык:".
_IN_LANGUAGE = {
    "en": "in {}",
    "de": "auf {}",
    "fr": "en {}",
    "it": "in {}",
    "es": "en {}",
    "ar": "باللغة {}",
}


def in_language(tag: str, in_tag: str) -> str:
    """Return "in <language `tag`>" in language `in_tag` ("en", "ru" -> "на английском языке")."""
    # The language alone: a region or script would nest parentheses after an address
    # ("(en portugais (Brésil))").
    name = language_name(base_language(tag), in_tag)
    base = base_language(in_tag)
    if base == "ru":
        return f"на {name[:-2]}ом языке" if name.endswith("ий") else f"язык: {name}"
    return _IN_LANGUAGE.get(base, "{}").format(name)


# Country names as the country's own authorities write them in the language, where CLDR's
# differ: "Кыргызстан" (the Kyrgyz Republic's usage), not CLDR's dated "Киргизия"; "США", as
# a Russian writer names the United States (CLDR's "Соединенные Штаты" is no address line).
_COUNTRY_USAGE = {("ru", "KG"): "Кыргызстан", ("ru", "US"): "США"}


def country_name(code: str, tag: str) -> str:
    """Return the name of country `code` in language `tag` ("KG", "de" -> "Kirgisistan")."""
    upper = code.upper()
    usage = _COUNTRY_USAGE.get((base_language(tag), upper))
    return usage or _countries(tag).get(upper) or _countries("en")[upper]


@lru_cache(maxsize=256)  # a batch writes thousands of letters with one date
def format_letter_date(date: dt.date, tag: str) -> str:
    """Return the date as it stands in a letter's date line, in language `tag`."""
    text = format_date(date, tag, "long")
    if date.day == 1 and text.startswith("1 "):
        # French and Italian write the first of a month as an ordinal: "1er", "1°".
        text = {"fr": "1er", "it": "1°"}.get(base_language(tag), "1") + text[1:]
    return text


# Swiss German sets quotations in guillemets pointing outward («…», ‹…›) where German
# German writes „…“ and ‚…‘; only a matched pair changes, so an apostrophe stays.
# A ‘ between letters is an apostrophe ("Li‘s"), not a closing mark: it is written ’ and the
# pair around it changes ("‹Li’s Fall›"). A doubled „„…““ is a quotation inside another:
# «‹…›», never ««…»».
_APOSTROPHE = re.compile(r"(?<=\w)‘(?=\w)")
_GERMAN_QUOTES = (
    (re.compile("„„([^„“]*)““"), r"«‹\1›»"),
    (re.compile("„([^„“]*)“"), r"«\1»"),
    (re.compile(r"‚([^‚‘]*)‘(?!\w)"), r"‹\1›"),
)


def localize_text(text: str, tag: str) -> str:
    """Apply a region's orthography to finished text (Swiss German: "ss" for "ß", «…»)."""
    if rewrites_text(tag):
        return swiss_quotes(text.replace("ß", "ss").replace("ẞ", "SS"))
    return text


def swiss_quotes(text: str) -> str:
    """Write German quotation marks as Swiss German does: „…“ as «…», ‚…‘ as ‹…›."""
    if "‘" in text:
        text = _APOSTROPHE.sub("’", text)
    for quote, guillemets in _GERMAN_QUOTES:
        changed = None
        while changed != text:  # inner pairs first, then the pairs around them ("„„…““")
            changed, text = text, quote.sub(guillemets, text)
    return text


@cache
def rewrites_text(tag: str) -> bool:
    """Say whether `localize_text` changes text in language `tag` (decided once per tag)."""
    return base_language(tag) == "de" and region_of(tag) in ("CH", "LI")


@cache
def translations(tag: str) -> NullTranslations:
    """Return the gettext catalog for `tag`, falling back from region to language."""
    folder = data_dir("locales")
    locales = [t.replace("-", "_") for t in fallback_chain(tag)]
    found = Translations.load(str(folder), locales=locales, domain=DOMAIN)
    if isinstance(found, Translations):
        return found
    return _compile_po(tag) or NullTranslations()


def _compile_po(tag: str) -> NullTranslations | None:
    """Build a catalog from the .po source when no compiled .mo is present (a checkout)."""
    folder = data_dir("locales")
    result: NullTranslations | None = None
    for candidate in reversed(fallback_chain(tag)):
        po_path = folder / candidate.replace("-", "_") / "LC_MESSAGES" / f"{DOMAIN}.po"
        if not po_path.is_file():
            continue
        loaded = _catalog_of(po_path.read_bytes(), candidate.replace("-", "_"))
        if result is not None:
            loaded.add_fallback(result)
        result = loaded
    return result


# The largest compiled catalog read back from the cache (ours are ~30-60 KB).
MAX_CATALOG_BYTES = 5_000_000


def _catalog_of(source: bytes, locale: str) -> Translations:
    """Return the catalog of a .po file's bytes, compiled once and kept in the cache on disk.

    Babel reads a .po file in ~25 ms; the compiled catalog (.mo) is read as any installed
    one is, by gettext, which checks what it reads. One that does not load is compiled anew.
    """
    from io import BytesIO

    from babel import __version__ as babel_version

    from . import diskcache

    name = diskcache.key("catalog", babel_version, locale, source)
    kept = diskcache.load("catalogs", name, MAX_CATALOG_BYTES)
    if kept is not None:
        try:
            return Translations(fp=BytesIO(kept), domain=DOMAIN)
        except Exception:  # untrusted bytes: any failure means compiling anew
            pass
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(BytesIO(source), locale=locale)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    diskcache.store("catalogs", name, buffer.getvalue())
    buffer.seek(0)
    return Translations(fp=buffer, domain=DOMAIN)


def ui_language(explicit: str | None = None) -> str:
    """Return the language for the CLI's own messages: `explicit`, else LC_ALL/LC_MESSAGES/LANG."""
    candidates: list[str | None] = [explicit] if explicit else []
    candidates += [os.environ.get(name) for name in ("LC_ALL", "LC_MESSAGES", "LANG")]
    for value in candidates:
        if not value or value in ("C", "POSIX"):
            continue
        try:
            return normalize_tag(value.split(".")[0].split("@")[0])
        except ValueError:
            continue
    return "en"


def date_locale(tag: str) -> Locale:
    """Return the locale for dates: plain English writes dates the international way."""
    if tag == "en":
        return locale_for("en-001")
    return locale_for(tag)


def format_date(date: dt.date, tag: str, fmt: str = "long") -> str:
    """Return `date` formatted for language `tag` (Babel pattern name or CLDR pattern)."""
    return babel_format_date(date, format=fmt, locale=date_locale(tag))


def format_list(items: list[str], tag: str) -> str:
    """Join items the way language `tag` does ("A, B und C")."""
    from babel.lists import format_list as babel_format_list

    return babel_format_list(items, locale=locale_for(tag)) if items else ""
