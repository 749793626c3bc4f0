"""From the text of a UA to a `Draft`: every marker of the language's table, in the UA's shape.

A UA has a header (number, index, date), a title, the facts, the recommended action (the
languages to write in, the demands), the targets and copies, a deadline, and often a model
letter. `parse` finds each part by the phrases of `markers.py`; what it is unsure of gets
a task for the reviewer (`Draft.todo`). A wrong value silently accepted is worse than a
gap, so prose-derived values (persons, groups, roles, a country read from the text) are
always marked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..places import place_name
from . import blocks as block_parser
from . import persons as person_finder
from . import phrases as noun_phrases
from .checks import RELATED_HEADING, _ends_cut, self_check
from .dates import FoundDate, find_dates, find_folded, first_date, fold, month_names
from .draft import Draft
from .markers import (
    COURTESY_TITLES,
    DEMONYMS,
    INDEX_PATTERN,
    JA_FIELDS,
    TABLES,
    UA_PATTERN,
    Markers,
    compile_phrase,
    every_language,
    matches,
    may_match,
    search,
    words_pattern,
)
from .text import (
    SALUTATION_PARTICLES,
    bullet_text,
    countries_in,
    country_code,
    index_country,
    label_of,
    language_codes,
    language_names,
    paragraphs,
    prepare,
    salutation_start,
    sentences,
    split_fields,
)

# Hosts of Amnesty sections: the country whose supporters a page is written for.
SECTION_HOSTS = {
    "amnestyusa.org": "US", "amnesty.org.uk": "GB", "amnesty.ca": "CA", "amnesty.de": "DE",
    "amnesty.ch": "CH", "amnesty.be": "BE", "es.amnesty.org": "ES", "amnesty.ie": "IE",
    "amnesty.or.jp": "JP", "amnesty.fr": "FR", "amnesty.at": "AT", "amnesty.nl": "NL",
    "amnesty.org.au": "AU", "amnesty.lu": "LU", "amnesty.it": "IT",
}  # fmt: skip
_CAPTIONS = re.compile(
    r"©|^this graphic depicts|^photo:|^pictured|^das foto zeigt|aufnahme aus dem jahr|"
    r"\(archivaufnahme\)|^image:|^bild:|"
    # an image's alternative text left in a saved page ("Urgent Action Network Graphic")
    r"\b(?:graphic|logo|banner|icon|grafik|logotipo)$|"
    # a saved page's placeholder for an image whose caption is missing ("£ Caption missing")
    r"\bcaption missing$|"
    # a photo's credit above the headline ("Photo by X/Agency via Getty Images")
    r"^photo by\b|\bvia getty images$|"
    # a download's file and its size in a page's list of attachments ("Microsoft Word
    # Document, 54.0 kB", "PDF, 1.2 MB")
    r",\s*\d+(?:[.,]\d+)?\s*[kmg]i?b$",
    re.I,
)
_URL_NUMBER = re.compile(
    r"(?:ua-?|/)(\d{1,3})-(\d{2}|\d{4})(?:/\d{1,3}-\d{2,4}-(\d{1,2}))?(?:-(\d{1,2}))?(?=[/?#-]|$)",
    re.I,
)


_URL_YEAR_NUMBER = re.compile(r"/((?:19|20)\d{2})ua(\d{1,3})(?=\.html?$|/?$)", re.I)


@dataclass
class Zones:
    """Where the parts of the action are, as line numbers (None: not found)."""

    action: int | None
    targets: int | None
    copies: int | None
    letter: int | None
    end: int
    targets_end: int = 0
    copies_end: int = 0
    # The targets were found by the shape of an address, not by a phrase asking to write.
    by_shape: bool = False
    # The copies' heading is a phrase of no table (found by its words of copying).
    copies_unknown: bool = False

    def blocks(self) -> set[int]:
        """Return the line numbers of the targets and copies (headings included)."""
        lines: set[int] = set()
        if self.targets is not None:
            lines |= set(range(self.targets, self.targets_end))
        if self.copies is not None:
            lines |= set(range(self.copies, self.copies_end))
        return lines


def parse(
    text: str, *, language: str | None = None, url: str | None = None, source: str = ""
) -> Draft:
    """Return what a UA text says, as a draft with tasks for the reviewer."""
    from .text import address_language, detect_language

    how = "language.given"
    if not language:
        language, how = detect_language(text)
        shown = address_language(url)
        if shown and how == "language.mixed":
            # A page in two languages whose address names one of them: the address says
            # which one this copy is ("?ua_language=en").
            language, how = shown, "language.address"
    table = TABLES[language]
    lines = prepare(text, table)
    draft = Draft(language=language, source=source)
    draft.put(("language",), language, rule=how)
    section = _section(url)
    header = _header(draft, lines, table, url)
    _title(draft, lines, table)
    _title_without_kicker(draft)
    _issued_on_ua_line(draft, lines, table)
    _doubt_heading(draft, text, table)
    _japanese_fields(draft, lines, table)
    zones = _zones(lines, table)
    country = _country(draft, lines, table, header)
    _languages(draft, lines, table, country)
    _deadline_and_status(draft, lines, table, url)
    _dated_notices(draft, lines, table)
    found_targets = _targets(draft, lines, zones, table, country, section)
    _demands(draft, lines, zones, table)
    _persons(draft, lines, zones, table, found_targets)
    _groups(draft, lines, zones, table)
    _closed_for_one(draft, lines, table)
    _facts(draft, lines, zones, table)
    _kind(draft, lines, table, url)
    self_check(draft, "\n".join(lines), table, section)
    return draft


def _section(url: str | None) -> str | None:
    if not url:
        return None
    host = re.sub(r"^https?://(?:www\.)?", "", url).split("/")[0].lower()
    for suffix, country in SECTION_HOSTS.items():
        if host == suffix or host.endswith("." + suffix):
            return country
    return None


# -- the header: number, index, dates ---------------------------------------------------


# The header's line: the UA's number opening it, a label perhaps garbled by the copy, and
# the index ("AU: 274/11 ndice: AMR 41/054/2011"): an index beside the number is the
# document's (a number cited within prose is another UA's).
_INDEX_BESIDE_NUMBER = re.compile(
    rf"^\s*(?:UA|AU)\s*:?\s*{UA_PATTERN}[\s,;|]+(?:[^\W\d_]{{1,12}}\s*:?\s*)?"
    rf"(?P<index>{INDEX_PATTERN})",
)


def _index_beside_number(lines: list[str]) -> str | None:
    """Return the index beside the UA's number that opens a header line, or None. A line
    that goes on from a long line of prose (wrapped, no stop at its end) is prose citing
    another UA ("... for example, see" / "UA 159/95, AMR 41/15/95, 5 July 1995")."""
    previous = ""
    for line in lines:
        beside = _INDEX_BESIDE_NUMBER.match(line)
        if beside and not _goes_on_from(previous):
            return re.sub(r"\s+", " ", beside.group("index"))
        previous = line.strip() or previous
    return None


def _goes_on_from(previous: str) -> bool:
    """Say whether a line goes on from `previous`, the last line of content above it: a
    long line of prose wrapped with no stop at its end ("... was the subject of")."""
    return len(previous) > 40 and previous[-1:].isalpha()


def _prose_goes_on(previous: str) -> bool:
    """Say whether a line goes on from `previous` (see `_goes_on_from`) whose last word is one
    of prose: not an index's edition ("ASA 35/26/91/s"), nor a header's capitals cut short."""
    last = previous.split()[-1] if previous.split() else ""
    return _goes_on_from(previous) and last.isalpha() and not last.isupper()


def _header(draft: Draft, lines: list[str], table: Markers, url: str | None) -> str:
    """Read the UA number, index, dates and update markers; return the header's text."""
    text = "\n".join(lines)
    head = "\n".join(lines[:12])
    tables = dict.fromkeys((table, TABLES["en"]))
    number = None
    for source in tables:
        number = search(source.ua_number, text, source)
        if number:
            break
    number = number or _ordinal_number(text, table)
    if number:
        printed = number.group()
        prefixes = ("FI", "AU", "EXTRA")
        prefix = next((p for p in prefixes if re.search(rf"\b{p}\b", printed, re.I)), "UA")
        draft.put(("ua",), f"{prefix} {number.group('ua')}", rule="ua.printed")
        further = re.search(r"-(\d{1,2})$", number.group("ua"))
        spaced = re.match(r"[ \t]+[-–][ \t]+(\d{1,2})[ \t]*$", text[number.end() :].split("\n")[0])
        suffixed = re.search(
            rf"(?<![\d/.]){re.escape(number.group('ua'))}-(\d{{1,2}})(?![\d/.])", text
        )
        if not further and suffixed:
            # one notice printing its number twice, once with the update's ("UA-077/2022-1"
            # above "Weitere Informationen zu UA-077/2022")
            draft.put(("ua",), f"{prefix} {suffixed.group()}", rule="ua.printed")
            further = suffixed
        elif not further and spaced:
            # "UA 17/08 - 2": the further information's number after a spaced dash, alone to
            # the end of the line (a title would follow as words: "UA 17/08 - Fear of torture")
            draft.put(
                ("ua",), f"{prefix} {number.group('ua')}-{spaced.group(1)}", rule="ua.printed"
            )
            further = spaced
        if further:
            # "FI 104/19-4", "UA 044/22-1": the Swiss site numbers its further information.
            draft.put(("update_no",), int(further.group(1)), rule="update_no.ordinal")
            draft.put(("status",), "update", rule="status.marker")
    elif url:
        # The last number of the path is the page's own: a folder before it may be a month
        # ("urgent-actions/2019/07-19/104-19/104-19-4").
        found = next(reversed(list(_URL_NUMBER.finditer(url.split("?")[0]))), None)
        japan = _URL_YEAR_NUMBER.search(url.split("?")[0])
        if japan and not found:
            # Amnesty Japan's pages: ".../ua/ua/2015ua143.html", the year before the number
            draft.put(("ua",), f"UA {japan.group(2)}/{japan.group(1)[2:]}", rule="ua.address")
        if found:
            value = f"UA {found.group(1)}/{found.group(2)}"
            suffix = found.group(3) or found.group(4)
            if found.group(3):
                value = f"FI {found.group(1)}/{found.group(2)}-{suffix}"
            elif suffix:
                value += f"-{suffix}"
            draft.put(("ua",), value, rule="ua.address")
            if suffix:
                draft.put(("status",), "update", rule="status.address")

    # An index is told by its form ("ASA 33/005/1995"): a label of any language may give it
    # (a page's chrome in another language than the text: "Índice: ASA 33/005/1995").
    for source in (*tables, *(other for other in TABLES.values() if other not in tables)):
        index = search(source.index, head, source) or search(source.index, text, source)
        if index:
            value = re.sub(r"\s+", " ", index.group("index"))
            draft.put(("index",), value, rule="index.printed")
            others = {
                re.sub(r"\s+", " ", other.group("index"))
                for other in compile_phrase_all(source.index, source, text)
            } - {value}
            same = sorted(other for other in others if _index_key(other) == _index_key(value))
            if same:
                # A page's label ("N° d'index: ASA 28/013/1992") and the document's own ("AI
                # Index: ASA 28/13/92") print one index in two forms
                draft.todo(
                    ("index",),
                    f"the text prints this index also as '{same[0]}': check which form to keep",
                )
            break
    else:
        beside = _index_beside_number(lines[:12])
        if beside:
            draft.put(("index",), beside, rule="index.printed")
    _ordinal(draft, text, table)
    issued = _issued(draft, lines, table)
    _original_date(draft, text, table, issued)
    _wrapped_further_header(draft, lines, table)
    return head


def compile_phrase_all(phrases: tuple[str, ...], table: Markers, text: str) -> list[re.Match[str]]:
    """Return every match of a table's phrases in `text`."""
    lowered = text.lower()
    return [
        match
        for phrase in phrases
        if may_match(phrase, lowered)
        for match in compile_phrase(phrase, table).finditer(text)
    ]


def _index_key(index: str) -> tuple[str, ...]:
    """Return an index without its zero padding and century ("ASA 28/013/1992" = "ASA 28/13/92")."""
    parts = re.findall(r"[A-Za-z]+|\d+", index)
    return tuple(
        part.upper() if part.isalpha() else str(int(part) % 100 if len(part) == 4 else int(part))
        for part in parts
    )


def _ordinal_words(table: Markers) -> str:
    """Return a pattern of the ordinals of `table` and English, in words or digits ("6th")."""
    ordinals = {**TABLES["en"].ordinals, **table.ordinals}
    words = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True))
    return rf"(?:{words}|\d{{1,2}}(?:st|nd|rd|th|e|ème|er|re|a|ª|º|\.))"


def _ordinal_number(text: str, table: Markers) -> re.Match[str] | None:
    """Find a UA number after an ordinal: "6th Update UA 3/13", "Primera AU 047/24"."""
    update = r"(?:update|actualización|mise à jour|aktualisierung|follow-up)"
    return re.search(
        rf"(?<!\w){_ordinal_words(table)}\s+(?:{update}\s+(?:(?:of|to|on|de|la|zu)\s+)*)?"
        rf"(?:UA|AU|FI)\s*:?\s*(?P<ua>{UA_PATTERN})",
        text,
        re.I,
    )


def _ordinal(draft: Draft, text: str, table: Markers) -> None:
    """Read the update's number: "the third update of UA 235/17", "Cuarta AU"."""
    ordinals = {**TABLES["en"].ordinals, **table.ordinals}
    words = "|".join(sorted(map(re.escape, ordinals), key=len, reverse=True))
    if not words:
        return
    match = re.search(
        rf"\b({words}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:{_UPDATE_WORDS}|au|ua|fi|urgent action|"
        r"action|acción|aktion)\b"
        # "2. Update zur UA-055/2020", "2e mise à jour", "2ª actualización"
        rf"|(?<![\w.])(\d{{1,2}})(?:\.|e|ème|ª|a|º)\s+{_UPDATE_WORDS}\b",
        text,
        re.I,
    )
    if match:
        printed = (match.group(1) or match.group(2)).lower()
        if printed in ordinals:
            number = ordinals[printed]
        else:
            number = int(re.match(r"\d+", printed).group())  # type: ignore[union-attr]
        issue = not re.search(_UPDATE_WORDS, match.group(), re.I)
        if issue:
            # "Cuarta AU", "2nd UA": the fourth issue of the UA, its third update (the first
            # issue is the UA itself)
            number -= 1
        if number >= 1:
            draft.put(("update_no",), number, rule="update_no.ordinal")
            draft.put(("status",), "update", rule="status.marker")
            if issue:
                # Readers differ here: some keep the issue's ordinal as the update's number
                draft.todo(
                    ("update_no",),
                    f"'{match.group().strip()}' numbers the issue; the update's number is one "
                    "less (the first issue is the UA itself): check it",
                )
        return
    # The notice's number in brackets: "Further information (1) on UA 123/95", "Más
    # información (actualización núm. 1) sobre AU 116/07", "(mise à jour n° 2)".
    numbered = re.search(
        r"\b(?:further information|información|informations complémentaires|weitere "
        r"informationen)\s*\((?:(?:update|actualización|mise à jour|aktualisierung)\s*"
        r"(?:no\.?|núm\.?|n°|nº|nr\.?)?\s*)?(\d{1,2})\)\s*(?:on|sobre|sur|zu)\b",
        text,
        re.I,
    )
    if numbered and int(numbered.group(1)) >= 1:
        draft.put(("update_no",), int(numbered.group(1)), rule="update_no.ordinal")
        draft.put(("status",), "update", rule="status.marker")
        return
    # "UA 45/21 Update 3", "Update No. 2 to UA 12/19", a heading "Mise à jour 2": the update's
    # number after the word, where nothing but the UA's number or the line's end follows (not
    # "Update 12 March 2020").
    counted = re.search(
        rf"(?:^|(?<=\s))(?:{_UPDATE_WORDS})\s*(?:no\.?|nr\.?|n°|nº|núm\.?|#)?\s*(\d{{1,2}})"
        r"(?=[ \t]*(?:$|[:)|–—-]|(?:of|to|on|zu|zur|de|sur|sobre)\s+(?:la\s+|l['’])?"
        r"(?:UA|AU|FI)\b))",
        text,
        re.I | re.M,
    )
    if counted and int(counted.group(1)) >= 1:
        draft.put(("update_no",), int(counted.group(1)), rule="update_no.ordinal")
        draft.put(("status",), "update", rule="status.marker")


# The words of the four languages that name an update of a UA.
_UPDATE_WORDS = r"(?:update|mise à jour|actualización|aktualisierung)"


def _issued(draft: Draft, lines: list[str], table: Markers) -> FoundDate | None:
    """Read the date the document was issued: a `Date:` field or a date line near the top."""
    # A label says what its date is in any language (a Swiss page's German chrome above a
    # French text: "Aktiv seit 8. Januar 2021"); a date alone on a line says it less surely,
    # so labels of every table come first.
    first = dict.fromkeys((table, TABLES["en"]))
    others = [source for source in TABLES.values() if source not in first]
    passes = [(source, True) for source in (*first, *others)] + [(s, False) for s in first]
    head = "\n".join(lines[:40]).lower()
    below_index = False
    for source, labelled in passes:
        if not labelled and not below_index:
            below_index = True
            found = _date_below_index(draft, lines, table)
            if found:
                return found
        for phrase in source.issued:
            if phrase.startswith("^") == labelled or not may_match(phrase, head):
                continue
            pattern = compile_phrase(phrase, source)
            # A labelled date may stand below a section's own header (a mailing list's); a
            # date alone, further down than the top, only beside the UA's number.
            for at, line in enumerate(lines[:40]):
                # (the top: 15 lines, or 12 lines of content where blank lines part them)
                near_top = at < 15 or sum(1 for item in lines[:at] if item.strip()) < 12
                if not labelled and not near_top and not _beside_ua_number(lines[:40], at):
                    continue
                if labelled and line.endswith(":") and len(line) <= 40:
                    # a label alone on its line, its date on the next ("Distribution date:")
                    line = f"{line} {next((n for n in lines[at + 1 : at + 3] if n), '')}"
                bare = _without_weekday(line, table.language)
                match = pattern.search(bare)
                if not match or "date" not in match.groupdict() or not match.group("date"):
                    continue
                language = table.language if source in first else source.language
                date = first_date(match.group("date"), language)
                # The date a marker gives ("SEND APPEALS BEFORE {date}") is not the issue
                # date; a header that runs on into a marker ("AU 1/12, MDE ..., 8 mars 2012
                # ENVOYEZ VOS APPELS ...") still dates the document, and so does a label
                # after a marker ("Mitmachen bis 18. März 2025 I (UA Update vom: 09.09.2024)").
                said = bare[match.start() if labelled else 0 : match.end()]
                if labelled and _OTHER_EVENT.search(
                    fold(bare[max(0, match.start() - 25) : match.start() + 6])
                ):
                    continue  # "Date of birth:", "Birth date:", "Fecha de nacimiento:"
                news = _UPDATE_NEWS.match(bare[match.end() :])
                if labelled and news and date and date.full():
                    # "+++ Update vom 29. Dezember 2024: X ist erneut verurteilt worden. +++":
                    # the date of news the page added, not of the document
                    banner = re.split(r"\s*\+{2,}", news.group("news"))[0]
                    said_news = sentences(banner)
                    text = (said_news[0] if said_news else banner).strip()
                    _add_update(
                        draft, {"date": date.iso(), "kind": "info", "text": text}, "updates.notice"
                    )
                    continue
                if _labelled_notice(lines, at, table):
                    continue  # "+++ Update vom 29. Dezember 2024 +++" above its news
                if date and date.partial() and not _is_marker_line(said, table):
                    how = _issued_rule(phrase, bare, match)
                    # A date printed with its weekday ("martes, 29 de septiembre de 2009",
                    # "Sunday, October 31, 2010") is how blogs and news pages date a post.
                    weekday = bare != line
                    if how == "issued.line" and (
                        weekday or not _near_ua_header(lines[: max(15, at + 3)], at, table)
                    ):
                        how = "issued.line_alone"
                    below_kicker = (
                        _date_below_kicker(lines[at + 1 : 30], table) if weekday else None
                    )
                    if below_kicker:
                        # "Thursday, April 06, 2006" (a blog's post) above "URGENT ACTION
                        # APPEAL" / "05 April 2006": the UA's own date is the one under its kicker
                        date, how = below_kicker, "issued.line"
                    elif how == "issued.line_alone" and date.full():
                        # a post's date above the relayed document's own, a little earlier
                        date = _relayed_date(lines[at + 1 : 30], date, table) or date
                    draft.put(("issued",), date.partial(), rule=how)
                    _ambiguous_date(draft, ("issued",), date)
                    _dates_beside(draft, lines, date, table)
                    _forwarded_mail(draft, lines, table)
                    return date
    credit = _credit_date(lines[:15], table)
    if credit:
        draft.put(("issued",), credit.iso(), rule="issued.credit")
        return credit
    top = next((line for line in lines[:5] if line.strip()), "")
    dated = _dated_line(top.strip())
    if dated:
        # A post's date in the language of the site's chrome, not the text's ("sabato 4
        # agosto 2012" on an Italian blog's English post): the page's date, marked.
        draft.put(("issued",), dated.iso(), rule="issued.line_alone")
        return dated
    return None


# A line that credits the text to Amnesty and dates it, as a repost or a press archive prints
# it under the headline ("Amnesty International - 3 May 1996", "amnesty.org, 3 May 1996").
_CREDIT_LINE = re.compile(
    r"^\s*(?:amnesty|amnist[ií]a)(?:\s+internationa\w*)?(?:\.[a-z]{2,3})*\s*[,:–—-]\s*"
    r"(?P<date>\S.{5,30}?)\s*\.?\s*$",
    re.I,
)


def _credit_date(lines: list[str], table: Markers) -> FoundDate | None:
    """Return the whole date of a credit line near the top ("Amnesty International - 3 May
    1996"): the date the source gives the text, where no other line dates it."""
    for line in lines:
        credit = _CREDIT_LINE.match(line)
        if not credit:
            continue
        date = first_date(credit.group("date"), table.language)
        if date and date.full() and date.start == 0:
            return date
    return None


def _beside_ua_number(lines: list[str], at: int) -> bool:
    """Say whether the line `at` is at most two lines of content from a line that opens with
    the UA's number ("UA 100/99 Fear for safety"), the header's place for its date."""
    content = [n for n, line in enumerate(lines) if line.strip()]
    if at not in content:
        return False
    where = content.index(at)
    near = content[max(0, where - 2) : where + 3]
    return any(_UA_LINE_NUMBER.match(lines[n].strip()) for n in near if n != at)


# The older Secretariat header's line: its number, the concern, the issue date and perhaps
# the distribution after it ("EXTRA 71/92 Fear of torture 24 August 1992", "AU 258/91 25 de
# julio de 1991 Distr: AU/SC"), also run into a longer line after the index.
_UA_LINE_NUMBER = re.compile(r"(?:^|\s)(?:UA|AU|EXTRA)\s+\d{1,4}/\d{2}\b(?!/)")
_DISTRIBUTION_AFTER = re.compile(r"\s*(?:distr\s*:\s*\S+)?\s*$", re.I)
# What may stand before the number on the header's line: the index ("AFR 44/24/97 UA
# 368/97 ..."), or a page's short label ("Document - UA 258/91 - ..."): capitalised words
# and dashes, no prose ("... was the subject of UA 114/92 issued on ...").
_LEAD_WORD = r"[A-Z][\w'’]*\s*[-–:|]?\s*"
_BEFORE_UA_LINE_NUMBER = re.compile(
    rf"^(?:(?:{_LEAD_WORD}){{0,3}}{INDEX_PATTERN}|(?:{_LEAD_WORD}){{1,2}})$"
)


def _issued_on_ua_line(draft: Draft, lines: list[str], table: Markers) -> None:
    """Read the issue date the older header prints after its number and concern, where no
    other rule dated the document. The number opens the line, or follows the index or a
    short label (then the date is marked); a line that goes on from wrapped prose cites
    another UA ("... was the subject of" / "UA 114/92 issued on 6 April 1992")."""
    if "issued" in draft.record:
        return
    previous = ""
    for line in lines[:20]:
        above, previous = previous, line.strip() or previous
        number = _UA_LINE_NUMBER.search(line)
        if not number or number.start() > 80 or _prose_goes_on(above):
            continue
        lead = line[: number.start()].strip()
        if lead and not _BEFORE_UA_LINE_NUMBER.match(lead):
            continue
        rest = line[number.end() :]
        dated = [d for d in find_dates(rest[:160], table.language) if d.full()]
        first = dated[0] if dated else None
        if first is None or re.search(r"[()]", rest[: first.start]):
            continue  # "UA 86/92 (AFR 36/05/92, 12 March 1992)": the original UA's date
        if _DISTRIBUTION_AFTER.fullmatch(rest[first.end :]) or re.match(
            r"\s+[A-Z]{4,}", rest[first.end :]
        ):
            # (the country in capitals may follow, run together with the first name)
            rule = "issued.ua_line_inside" if lead else "issued.ua_line"
            draft.put(("issued",), first.iso(), rule=rule)
            return


def _relayed_date(lines: list[str], posted: FoundDate, table: Markers) -> FoundDate | None:
    """Return the date alone on a line below a post's date ("Sunday, 24 May 2009" / ... /
    "1 May 2009"), when it is the same day or up to three months earlier: a relay dates its
    post on or after the day of the document it relays, which prints its own date alone."""
    top = posted.full()
    for line in lines:
        bare = _without_weekday(line.strip(), table.language)
        date = first_date(bare, table.language) if bare else None
        day = date.full() if date else None
        if not date or not day or date.start != 0 or bare[date.end :].strip(" ."):
            continue
        if top and dt.timedelta(0) <= top - day <= dt.timedelta(days=92):
            return date
        return None
    return None


def _date_below_kicker(lines: list[str], table: Markers) -> FoundDate | None:
    """Return the whole date alone on the line under an "URGENT ACTION" kicker line (with a
    word after it at most: "URGENT ACTION APPEAL"), or None."""
    for at, line in enumerate(lines[:-1]):
        kicker = _URGENT.match(line.strip())
        if not kicker or len(line.strip()[kicker.end() :].split()) > 1:
            continue
        below = next((item.strip() for item in lines[at + 1 : at + 3] if item.strip()), "")
        date = first_date(below, table.language) if below else None
        if date and date.full() and date.start == 0 and not below[date.end :].strip(" ."):
            return date
    return None


# A line that ends in the document's index ("EXTERNAL      AI Index: AFR 44/25/95").
_INDEX_LINE_END = re.compile(
    r"\bindex\s*:?\s*[A-Z]{3}[\s-]?\d{2}/\d{2,4}/(?:\d{4}|\d{2})\s*$", re.I
)


def _date_below_index(draft: Draft, lines: list[str], table: Markers) -> FoundDate | None:
    """Read the issue date the older Secretariat header prints alone below its index
    ("AI Index: AFR 44/25/95" / "31 October 1995"), however far down a repost puts it."""
    for at, line in enumerate(lines[:40]):
        if not _INDEX_LINE_END.search(line):
            continue
        below = next((item.strip() for item in lines[at + 1 : at + 3] if item.strip()), "")
        date = first_date(below, table.language) if below else None
        if date and date.full() and date.start == 0 and not below[date.end :].strip(" ."):
            draft.put(("issued",), date.iso(), rule="issued.line")
            _forwarded_mail(draft, lines, table)
            return date
        return None
    return None


# What follows a labelled date when the label dates news ("Update 3 May 2024: X was
# released."): a colon or dash, then a sentence of words.
_UPDATE_NEWS = re.compile(r"^\s*[:–—-]\s*(?P<news>[^\W\d_][^\n]{29,})")


# Events whose date a label may give beside the issue date's words ("Birth date: ...").
_OTHER_EVENT = re.compile(
    r"\b(?:birth|born|arrest|trial|hearing|execution|release|geburt|festnahme|verhaftung|"
    r"prozess|anhorung|hinrichtung|naissance|arrestation|proces|audience|"
    r"nacimiento|detencion|juicio|audiencia|ejecucion)",
)


def _dates_beside(draft: Draft, lines: list[str], date: FoundDate, table: Markers) -> None:
    """Mark the issue date when the top of the text prints another date that may be it."""
    others = _other_date_lines(lines[:15], date.iso(), table.language)
    beside = _date_beside_number(lines[:15], table.language)
    if others and beside in others:
        # The date printed beside the UA's number dates the UA; the other is the page's
        # (a blog post's date above the reposted text).
        draft.put(("issued",), beside, rule="issued.line")
        others = [date.iso(), *(other for other in others if other != beside)]
    if others:
        # A repost's own date above the UA's ("Sunday, October 31, 2010" on a blog,
        # "29 October 2010" on the UA): which is the issue date?
        draft.todo(
            ("issued",),
            f"the top of the text prints other dates alone on a line too "
            f"({', '.join(others)}): check which dates the UA",
        )


def _ambiguous_date(draft: Draft, path: tuple[str | int, ...], date: FoundDate) -> None:
    """Mark a date printed as two numbers either of which may be the month."""
    if date.ambiguous:
        draft.todo(
            path,
            f"'{date.text}' may be day first or month first (read as {date.partial()}): "
            "check the date",
        )


# A line that tells the UA's header: its number, its index, or the words "Urgent Action".
_UA_HEADER = re.compile(
    r"\b(?:UA|AU|FI)\b\s*[:-]?\s*\d{1,4}\s*[./]\s*\d{2,4}|\b[A-Z]{3}\s?\d{2}/\d{3,4}/\d{4}\b|"
    r"urgent action|acci[óo]n urgente|action urgente|eilaktion|azione urgente|urgent-action",
    re.I,
)


def _near_ua_header(lines: list[str], at: int, table: Markers) -> bool:
    """Say whether the line `at` stands in the UA's header: at most two lines from its number,
    its index, the words "Urgent Action" or the name of a letter action."""
    content = [n for n, line in enumerate(lines) if line.strip()]
    if at not in content:
        return False
    where = content.index(at)
    near = content[max(0, where - 2) : where + 3]
    tables = dict.fromkeys((table, TABLES["en"]))
    return any(
        _UA_HEADER.search(lines[n])
        or any(matches(source.letter_action, lines[n], source) for source in tables)
        for n in near
    )


def _forwarded_mail(draft: Draft, lines: list[str], table: Markers) -> None:
    """Mark the issue date of a text that is a forwarded e-mail: its dates are the mail's."""
    top = "\n".join(lines[:40])
    headers = sum(
        bool(re.search(rf"^\s*(?:{'|'.join(labels)})\s*:", top, re.I | re.M))
        for labels in _MAIL_HEADERS
    )
    if headers >= 3 or re.search(_MAIL_QUOTE, top, re.I):
        draft.todo(
            ("issued",),
            "the text is a forwarded or quoted e-mail: check that this date is the UA's, "
            "not the mail's",
        )


# The header fields of an e-mail (from, to, subject, date) in en/de/fr/es, and the line
# that opens a quoted mail ("On ..., X wrote:").
_MAIL_HEADERS = (
    ("from", "von", "de", "expéditeur", "remitente"),
    ("to", "an", "à", "a", "para", "destinataire", "destinatario"),
    ("subject", "betreff", "objet", "asunto", "sujet"),
    ("date", "sent", "datum", "gesendet", "envoyé", "fecha", "enviado"),
)
_MAIL_QUOTE = (
    r"\b(?:wrote|schrieb|a écrit|escribió|escribio)\s*:|"
    r"-{3,}\s*(?:forwarded message|original message|weitergeleitete nachricht|"
    r"message transféré|mensaje reenviado|mensaje original)"
)


def _date_beside_number(lines: list[str], language: str) -> str | None:
    """Return the whole date alone on a line at most two lines from the UA's number."""
    number = re.compile(r"\b(?:UA|AU)\b\s*:?\s*\d{1,4}\s*[./]\s*\d{2,4}")
    content = [line for line in lines if line.strip()]
    for at, line in enumerate(content):
        if not number.search(line):
            continue
        for near in (at - 1, at + 1, at - 2, at + 2):
            if 0 <= near < len(content):
                bare = _without_weekday(content[near], language).strip(" .-")
                date = first_date(bare, language) if len(bare) <= 30 else None
                if date and date.full() and len(date.text) >= len(bare) - 2:
                    return date.iso()
    return None


def _other_date_lines(lines: list[str], found: str, language: str) -> list[str]:
    """Return the whole dates other than `found` that stand alone on a line."""
    others: list[str] = []
    for line in lines:
        bare = _without_weekday(line, language).strip(" .-")
        date = first_date(bare, language) if bare and len(bare) <= 30 else None
        if (
            date
            and date.full()
            and date.iso() != found
            and date.iso() not in others
            and not re.search(r"[^\W\d_]{2,}", bare.replace(date.text, ""))
        ):
            others.append(date.iso())
    return others


def _issued_rule(phrase: str, line: str, match: re.Match[str]) -> str:
    """Return how an issue date was found: under a label, alone on a line, or opening a line.

    A date that opens a line of prose ("9 March 2012: the police ...") may be any date.
    """
    if not phrase.startswith("^{date}"):
        return "issued.label"
    rest = line[match.end() :]
    # Alone on its line, or with a time ("March 19, 2019 - 08:54"); a date that opens words
    # ("25.7.2020: Sad News") may date something else than the document.
    return "issued.line_start" if re.search(r"[^\W\d_]{2,}", rest) else "issued.line"


def _without_weekday(line: str, language: str) -> str:
    """Return a line without the weekday that begins it ("Tuesday, March 19, 2019 - 08:54")."""
    first = re.match(r"^(\w+)[,.]?\s+", line)
    return line[first.end() :] if first and first.group(1).lower() in _weekdays(language) else line


@cache
def _weekdays(language: str) -> frozenset[str]:
    """Return the weekdays' names in a language and in English, lower case (from the CLDR)."""
    from babel.dates import get_day_names

    return frozenset(
        name.lower()
        for tag in dict.fromkeys((language, "en"))
        if tag != "ja"
        for name in get_day_names("wide", locale=tag).values()
    )


def _is_marker_line(line: str, table: Markers) -> bool:
    return matches((*table.deadline, *table.closed, *table.deadline_extended), line, table)


# How an IS update names the UA it follows: "Further information on UA 79/11 (...)", and
# the US edition's "Follow-up on UA 52/10 (...)".
_FURTHER_ON = r"(?:further information on|follow[- ]up (?:on|to))"


# An Amnesty index as the header lists its follow-ups: "MDE 13/026/2009", "ASA 28/11/91".
_INDEX_SHAPE = r"[A-Z]{3} \d{2}/\d{2,4}/(?:\d{4}|\d{2})\b"
# A UA's index in its header, its number printed with three or four digits or without the
# leading zero ("MDE 23/001/2015", "MDE 11/32/2013").
_HEADER_INDEX = re.compile(r"\b[A-Z]{3}\s?\d{2}/\d{2,4}/\d{4}\b")


# The words after the original UA's brackets that list its follow-ups in brackets of their own:
# "and follow-up (...)", "und Folgeaktion (...)", "et ses mises à jour (...)", "y sus
# actualizaciones (...)".
_FOLLOW_UPS = (
    r"(?:follow-\s*ups?|folgeaktion(?:en)?|folge-uas?|mises? à jour|actions? complémentaires|"
    r"actualizaci(?:ón|ones)|acciones complementarias)"
)


# An update's header as e-mailed editions wrap it, its first line on its own: "Further
# Information on UA 221/01 issued 5" / "September 2001 and re-issued 2 November" / "2001, 25
# February 2002 and 10 September" / "2002) - Fear for safety".
_FURTHER_START = re.compile(rf"{_FURTHER_ON}\s+ua\s*:?\s*\d", re.I)
_HEADER_END = re.compile(r"\)\s*[–—-]\s*\S")
# Its dates: the original UA's ("issued 5 September 2001") and the re-issues after it
# ("re-issued 2 November 2001, 25 February 2002 and 10 September 2002").
_ISSUED_AT = re.compile(r"(?<![\w-])issued\s+(?:on\s+)?(?P<date>[^,;()]+)", re.I)
_REISSUED = re.compile(r"(?<!\w)re-?issued\s+(?:on\s+)?(?P<dates>[^()]+)", re.I)


# A country's name in capitals that a text run together ends the header before it
# ("... - Fear of ill-treatment / Legal concern NIGERIAMohammed Adamu, bureau chief ...").
_CAPS_WORDS = re.compile(r"(?<=\s)[A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,}(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)*")


# Words before a country that make it part of the concern ("Fear of forcible return to
# UZBEKISTAN", "Risque de renvoi en ÉRYTHRÉE", "Abschiebung nach USBEKISTAN").
_COUNTRY_IN_CONCERN = re.compile(
    r"\b(?:to|in|into|from|at|for|towards|à|au|aux|en|vers|de|du|des|d['’]|nach|aus|a|hacia|"
    r"desde|al|del)\s*$",
    re.I,
)


def _before_country(title: str, table: Markers) -> tuple[str, bool]:
    """Return an update header's concern ("Fear of torture") without the country in
    capitals and the text a page ran on into it after the header, and whether it was cut.
    A country after a preposition is the concern's ("Fear of forcible return to UZBEKISTAN"):
    only what runs on after it is cut."""
    for caps in _CAPS_WORDS.finditer(title):
        words = caps.group().split()
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size])
            # the name may run into the next word's capital ("NIGERIAMohammed")
            for end in (len(name), len(name) - 1):
                if len(name[:end]) > 3 and country_code(name[:end], table.language):
                    before = title[: caps.start()]
                    if _COUNTRY_IN_CONCERN.search(before):
                        # the country is the concern's: cut what runs on after it
                        kept = title[: caps.start() + end].strip()
                        return kept, kept != title.strip()
                    return before.strip(" ,;:–—-"), True
    return title.strip(), False


def _wrapped_further_header(draft: Draft, lines: list[str], table: Markers) -> None:
    """Read the dates of an update's header wrapped over several lines (an e-mailed
    edition's, below a list's or a section's preamble): the original UA's issue date, the
    dates it was re-issued (earlier stages, as updates), and the update's own date printed
    alone on the line above the header."""
    header_lines = [line.strip() for line in lines[:60] if line.strip()]
    for number, line in enumerate(header_lines[:40]):
        if not _FURTHER_START.match(line) or _HEADER_END.search(line):
            continue
        joined = line
        for more in header_lines[number + 1 : number + 5]:
            joined = f"{joined} {more}"
            if _HEADER_END.search(joined):
                break
        end = _HEADER_END.search(joined)
        if not end:
            return
        header = joined[: end.start()]
        issued = _ISSUED_AT.search(header)
        date = first_date(issued.group("date"), table.language) if issued else None
        if date and date.full() and date.start == 0 and "ua_issued" not in draft.record:
            draft.put(("ua_issued",), date.iso(), rule="ua_issued.header")
        again = _REISSUED.search(header)
        dates = find_dates(again.group("dates"), table.language) if again else []
        if dates and all(d.full() for d in dates) and not draft.record.get("updates"):
            for each in dates:
                _add_update(
                    draft,
                    {"date": each.iso(), "kind": "info", "text": f"re-issued {each.text}"},
                    "updates.follow_ups",
                )
        above = first_date(header_lines[number - 1], table.language) if number else None
        if (
            above
            and above.full()
            and above.start == 0
            and not header_lines[number - 1][above.end :].strip(" .")
            and "issued" not in draft.record
        ):
            draft.put(("issued",), above.iso(), rule="issued.line")
        return


# What joins the original UA's brackets to the list of its follow-ups: "(...) and
# follow-ups (", "(...) und Folgeaktionen (", "(...) et ses mises à jour (", "(...) y sus
# actualizaciones (", the line wrapped between them.
_UNBRACKETED_FOLLOW_UP = re.compile(
    rf"(?<=\)) and {_FOLLOW_UPS}\s+((?:{_INDEX_SHAPE})(?:,| of) \d{{1,2}} [^\W\d]+ \d{{4}})"
    r"(?=\s+[-–])",
    re.I,
)
# A UA's number and its brackets: "UA 114/92 (AFR 36/09/92 of 6 April 1992 and follow-up ...".
_UA_BEFORE_BRACKETS = re.compile(r"\bUA\s+(\d{1,4}/\d{2,4})\s+\([^()]*\Z", re.I)


def _of_another_ua(draft: Draft, text: str, position: int) -> bool:
    """Say whether the brackets around `position` follow another UA's number than the
    draft's ("His case is now featured in UA 114/92 (..., and follow-up ...)")."""
    before = _UA_BEFORE_BRACKETS.search(text[max(0, position - 200) : position])
    own = re.search(r"\d{1,4}/\d{2,4}", str(draft.record.get("ua") or ""))
    return bool(before and own and before.group(1) != own.group())


_AFTER_BRACKETS = re.compile(
    r"\)\s*(?:and|und|et|y|e)?\s*(?:(?:its|ses|sus|seine|ihre)\s+)?\Z", re.I
)


# A line that may open a document of its own: the kicker ("URGENT ACTION", "Urgent Action
# Update: ...") or an update's header ("Further information on UA 17/31 (...)"). Only what
# follows it tells whether it does (`_document_opened`).
_DOCUMENT_START = re.compile(
    rf"^\s*(?:(?:urgent action|acci[óo]n urgente|action urgente|eilaktion|azione urgente)\b|"
    rf"{_FURTHER_ON}\s+ua\b)",
    re.I | re.M,
)
# What may follow the kicker on its line when the line opens a document: nothing, the word
# "update" or "appeal", a number or a date ("URGENT ACTION 1-20-11"), or a colon or a dash
# and the headline; other words make it a line of prose or a footer ("Urgent Action
# Network, ...", "Urgent Action successes").
_KICKER_REST = re.compile(
    r"(?:\s+(?:update|appeal|actualizaci[óo]n|mise à jour))?"
    r"(?:\s*[\d/.-]*\s*$|\s*[:–—-]\s*(?P<headline>\S.*)$)",
    re.I,
)
# A document's number block ("UA 212/30 Index: NOR 12/003/2030 ...", "AI Index: ...") or its
# update header's number ("... on UA 17/31").
_NUMBER_BLOCK = re.compile(
    rf"^\s*(?::?\s*(?P<ua>\d{{1,4}}[/.]\d{{2,4}})|.*\b(?:UA|AU)\s*:?\s*"
    rf"(?P<number>\d{{1,4}}[/.]\d{{2,4}})\b|.*\bindex\b|.*{_INDEX_SHAPE})",
    re.I,
)
# A section's heading that a page prints below a kicker repeated on its next page.
_SECTION_HEADING = re.compile(
    r"^(?:additional information|background information|take action|recommended action|"
    r"informaci[óo]n (?:adicional|complementaria)|acci[óo]n recomendada|"
    r"action recommand[ée]e|hintergrundinformationen|empfohlene aktionen|"
    # the case's background under the addressees: "Más información sobre el caso:"
    r"(?:more|further) information (?:on|about) (?:the|this) case|"
    r"m[áa]s informaci[óo]n sobre (?:el|este) caso|"
    r"plus d['’]informations? sur (?:le|ce) cas|weitere informationen zum fall)\b",
    re.I,
)
# A line that reads as a headline: short, set with a capital, not closed as a sentence, no
# address or salutation.
_HEADLINE_LINE = re.compile(
    r"^(?!(?i:dear|liebe|cher|estimad))[^\W\d_a-z][^\n]{4,99}(?<![.,;:?!])$"
)


def _document_opened(text: str, start: re.Match[str]) -> str | None:
    """Return what names the document that the line at `start` (a `_DOCUMENT_START`) opens —
    its UA's number or its headline, folded — or None where the line opens none: a kicker
    that runs on in prose or a footer ("Urgent Action Network, ..."), or one followed by no
    headline or number block of its own (a covering note's "URGENT ACTION" above "Dear
    friends,", a kicker and a byline above a paragraph)."""
    end = text.find("\n", start.end())
    rest = text[start.end() : len(text) if end < 0 else end]
    if not re.match(r"\s*(?:urgent|acci|action|eilak|azione)", start.group().lstrip(), re.I):
        # an update's header: its UA's number
        number = _NUMBER_BLOCK.match(rest)
        return fold(number.group("ua") or number.group("number") or rest) if number else fold(rest)
    kicker = _KICKER_REST.match(rest)
    if not kicker:
        return None
    if kicker.group("headline"):
        return fold(kicker.group("headline").strip())
    below = [line.strip() for line in text[end + 1 :].split("\n", 8)[:8]] if end >= 0 else []
    for line in [line for line in below if line and not _BYLINE.match(line)][:2]:
        if number := _NUMBER_BLOCK.match(line):
            return fold(number.group("ua") or number.group("number") or line)
        if _SECTION_HEADING.match(line):
            return None
        if _HEADLINE_LINE.match(line) and "http" not in line and "www." not in line:
            return fold(line)
        return None
    return None


# A paragraph of a text's prose: a line of 200 characters, or three lines of 40 and more in a
# row (a hard-wrapped one).
_PARAGRAPH = re.compile(r"^(?:[^\n]{200,}$|(?:[^\n]{40,}\n){3})", re.M)


def _below_another_document(text: str, position: int) -> bool:
    """Say whether `position` lies below the start of another document than the page's own:
    a kicker with a headline or number block of its own, or an update's header, that opens a
    line after the page's own and a paragraph of its text (a site's related actions, a second
    notice pasted below the first). A preamble above the page's own document (a forwarder's
    note, even one headed "Urgent Action") is no document, nor is the page's kicker repeated
    above its next page with the same headline, nor a footer that names the network."""
    opened = [
        (start, name)
        for start in _DOCUMENT_START.finditer(text, 0, position)
        if (name := _document_opened(text, start))
    ]
    if not opened:
        return False
    own, own_name = opened[0]
    paragraph = _PARAGRAPH.search(text, own.end(), position)
    if not paragraph:
        return False
    return any(start.start() >= paragraph.end() and name != own_name for start, name in opened[1:])


_FURTHER_NUMBER = re.compile(rf"{_FURTHER_ON}\s+ua\s*:?\s*(\d{{1,4}})[/.](\d{{2,4}})", re.I)


_UA_NUMBER = re.compile(r"\b(?:UA|AU)\s*:?\s*(\d{1,4})[/.](\d{2,4})\b")


def _another_ua(draft: Draft, text: str, position: int) -> bool:
    """Say whether the update's header just above `position` names another UA than the
    record's or the first the text prints ("Further information on UA 17/31" below a text
    whose UA is 212/30), or, where it names none, stands below another document's
    headline."""
    headers = list(_FURTHER_NUMBER.finditer(text, max(0, position - 400), position))
    if not headers:
        return _below_another_document(text, position)
    number, year = headers[-1].groups()
    this = (int(number), int(year) % 100)
    # the record's UA, and the first UA the text prints above the header ("UA 212/30 Index:
    # ..." of the page's own header), where the record took its UA from the header itself
    own = re.search(r"(\d{1,4})[/.](\d{2,4})", str(draft.record.get("ua") or ""))
    first = _UA_NUMBER.search(text, 0, headers[-1].start())
    return any(
        found is not None and (int(found.group(1)), int(found.group(2)) % 100) != this
        for found in (own, first)
    ) or (first is None and _below_another_document(text, headers[-1].start()))


def _whole_dated(part: str, listed: list[list[str]], table: Markers) -> str:
    """Return the part of another list of follow-ups that gives the same index a whole date
    ("AFR 55/07/90, 11 December 1990" for "AFR 55/07/90, 11 December"), else `part`."""
    index = re.search(_INDEX_SHAPE, part)
    date = first_date(part, table.language)
    if index is None or (date and date.full()):
        return part
    for each in listed:
        for other in each:
            found = re.search(_INDEX_SHAPE, other)
            whole = first_date(other, table.language)
            if found and found.group() == index.group() and whole and whole.full():
                return other
    return part


def _follow_up_doubt(index: re.Match[str] | None, date: FoundDate | None) -> str | None:
    """Say why one part of a header's list of follow-ups may be read wrong, or None: a date
    printed without its year (the record completes it), a date that reads day or month
    first, a date whose year is not its index's ("ASA 28/11/91, 25 September 1993")."""
    if date is None:
        return None
    if date.year is None:
        return f"'{date.text}' is printed without its year: the record keeps it as printed"
    if date.ambiguous:
        return f"'{date.text}' may be read day first or month first"
    if index is not None:
        year = index.group().rsplit("/", 1)[1]
        if int(year) % 100 != date.year % 100:
            return f"'{date.text}' is not of the year of the index {index.group()}"
    return None


def _original_date(draft: Draft, text: str, table: Markers, issued: FoundDate | None) -> None:
    """Read the original UA's date of an update, and the follow-ups it lists."""
    # "Further information on UA 1/07 (MDE 1/001/2007, 1 May 2007)"; the notice's number in
    # brackets may come first ("Further information (1) on UA ...", "Más información
    # (actualización núm. 1) sobre AU ..."); a page's title may print the date without its
    # year above the document that prints it whole.
    matches_found = list(
        re.finditer(
            r"(?:further information|follow[- ]up (?:on|to)|informations complémentaires|"
            r"más información|información complementaria|action complémentaire|"
            r"acción complementaria|weitere informationen)(?:\s*\([^()\n]{0,40}\))?"
            r"[^()\n]{0,40}\(([^()]*)\)",
            text,
            re.I,
        )
    )
    for match in matches_found:
        date = first_date(match.group(1), table.language)
        if date and date.full():
            draft.put(("ua_issued",), date.iso(), rule="ua_issued.header")
            break
    if not matches_found:
        when = re.search(r"issued on ([^.!\n]+)", text, re.I)
        date = first_date(when.group(1), table.language) if when else None
        if date and date.full():
            draft.put(("ua_issued",), date.iso(), rule="ua_issued.sentence")
    follow = re.search(rf"{_FOLLOW_UPS}\s*\(([^()]*)\)", text, re.I)
    # The list is the header's when its words follow the original UA's brackets ("(...) and
    # follow-ups (...)"); the same words elsewhere ("see the updates (...)") may bracket dates
    # of another kind
    in_header = bool(follow and _AFTER_BRACKETS.search(text[: follow.start()]))
    # "(ASA 28/04/91, 24 July 1991 and follow-ups ASA 28/11/91, 25 September 1991, ASA
    # 28/05/92, 4 March 1992 and ASA 28/07/92, 3 April 1992)": the list inside the header's
    # own brackets, each index with its date
    found_lists = [
        each
        for each in re.finditer(rf"{_FOLLOW_UPS}\s+((?:{_INDEX_SHAPE})[^()]*)\)", text, re.I)
        if not _of_another_ua(draft, text, each.start())
    ]
    # "Further information on UA 86/92 (AFR 36/05/92, 12 March 1992) and follow-up AFR
    # 36/07/92 of 16 March 1992 - Legal Concern": one follow-up after the header's brackets,
    # in none of its own
    found_lists = [*_UNBRACKETED_FOLLOW_UP.finditer(text), *found_lists]
    listed = [
        re.split(rf"\s*(?:,|\band\b)\s*(?={_INDEX_SHAPE})", each.group(1)) for each in found_lists
    ]
    listed_at = [each.start() for each in found_lists]
    # the brackets of the update's own header ("Further information on UA 1/92 (...)")
    header_bracket = matches_found[0].span(1) if matches_found else None
    if follow:
        # "(AFR 44/22/97, 20 November, AFR 44/23/97, 21 November)": a list separated by
        # commas alone holds each index with its date; a part is cut before each index
        parts = [
            piece
            for part in follow.group(1).split(";")
            for piece in re.split(rf"\s*(?:,|\band\b)\s*(?={_INDEX_SHAPE})", part)
        ]
    else:
        # a page's title may print the list without years above the document's own
        parts = next(
            (
                each
                for each in listed
                if all((date := first_date(part, table.language)) and date.full() for part in each)
            ),
            [],
        ) or next(
            (
                # "(ASA 21/17/92, 23 November and follow-ups ASA 21/19/92, 24 November and
                # ASA 21/20/92, 26 November)": a header that prints no year with its dates
                # anywhere; each index with its day and month, kept as printed
                each
                for each, where in zip(listed, listed_at, strict=True)
                if header_bracket is not None
                and header_bracket[0] <= where < header_bracket[1]
                and all(
                    re.search(_INDEX_SHAPE, part)
                    and (date := first_date(part, table.language))
                    and date.month
                    and date.day is not None
                    for part in each
                )
            ),
            [],
        )
    if parts and not follow:
        # The page's title lists the follow-ups without years, the document's header below
        # it with some ("AFR 55/07/90, 11 December 1990"): each index takes its whole date
        # wherever the text prints it
        parts = [_whole_dated(part, listed, table) for part in parts]
    if not parts and matches_found:
        # "Weitere Informationen zu UA-068/2009 (AMR 41/014/2009, 9. März 2009, AMR
        # 41/016/2009, 24. März 2009 und AMR 41/004/2011, 2. Februar 2011)": the header's own
        # brackets list every earlier document with its date, without a word for the
        # follow-ups; the first is the original UA (its issue date), the others follow it
        cited = re.split(
            rf"\s*(?:,|\b(?:and|und|et|y)\b)\s*(?={_INDEX_SHAPE})", matches_found[0].group(1)
        )
        if len(cited) > 1 and all(
            re.search(_INDEX_SHAPE, part)
            and (date := first_date(part, table.language))
            and date.full()
            for part in cited
        ):
            parts = cited[1:]
    if not parts:
        return
    # "EUR 44/39/95; 10 March": a list whose separator slipped keeps an index and its date
    # in two parts; a date alone after an index alone is that index's
    joined: list[str] = []
    for part in parts:
        if (
            joined
            and re.search(_INDEX_SHAPE, joined[-1])
            and not first_date(joined[-1], table.language)
            and not re.search(_INDEX_SHAPE, part)
            and first_date(part, table.language)
        ):
            joined[-1] = f"{joined[-1]}, {part.strip()}"
        else:
            joined.append(part)
    updates: list[dict[str, Any]] = []
    skipped = False  # a part of the list the rule could not read as a follow-up
    doubts: dict[int, str] = {}  # why an item the rule read may be wrong
    for part in joined:
        index = re.search(_INDEX_SHAPE, part)
        date = first_date(part, table.language)
        kept = len(updates)
        if index and date and date.full():
            updates.append(
                {
                    "date": date.iso(),
                    "kind": "info",
                    "text": f"follow-up {index.group()}",
                }
            )
        elif index and date and date.month and date.day is not None:
            # "EUR 44/12/95, 13 January": the list prints the year once, at its first
            # date or its last; the date is kept as printed
            updates.append(
                {"date_text": date.text, "kind": "info", "text": f"follow-up {index.group()}"}
            )
        elif index:
            skipped = skipped or bool(re.search(r"\d", part[index.end() :]))
        if index and len(updates) > kept and (doubt := _follow_up_doubt(index, date)):
            # the doubt is the follow-up's just kept; a part left out has its own mark
            doubts[kept] = doubt
        if not index:
            # "follow-up (7 December 2006, 22 December 2006, 25 January 2007)": dates only
            for each in find_dates(part, table.language):
                if each.full():
                    updates.append({"date": each.iso(), "kind": "info", "text": "follow-up"})
                    if each.ambiguous:
                        doubts[len(updates) - 1] = _follow_up_doubt(None, each) or ""
                else:
                    skipped = True
    if updates:
        draft.put(("updates",), updates, rule="updates.follow_ups")
        if follow and _another_ua(draft, text, follow.start()):
            draft.todo(
                ("updates",),
                "these follow-ups were read from a header below the text, which may be "
                "another UA's: check that they are earlier stages of this UA",
            )
        elif follow and not in_header:
            draft.todo(
                ("updates",),
                "these follow-ups were read from a list that is not in the header after the "
                "original UA's reference: check that it names earlier stages of this UA",
            )
        elif not follow:
            # "(EUR 44/31/91, 8 March 1991 and follow-up EUR 44/36/91, 14 March 1991)": the
            # follow-ups read from inside the original UA's own brackets, where the words
            # before and after each index are the reference's (the original's date, the
            # header's concern), not a list of their own
            draft.todo(
                ("updates",),
                "these follow-ups were read from inside the original UA's reference, not from "
                "a list of their own ('and follow-ups (...)'): check each index and date, and "
                "that the original UA is not listed as one",
            )
        for number, doubt in doubts.items():
            if number < len(updates):
                draft.todo(("updates", number), f"check this follow-up: {doubt}")
        if skipped:
            draft.todo(
                ("updates",),
                "the text lists follow-ups this list leaves out (a date the importer could not "
                "read): check the list against the text",
            )
    for number, update in enumerate(updates):
        if update["text"] == "follow-up":
            # A follow-up listed by its date alone: the text is the importer's word, not
            # the page's; what the follow-up said is in that document
            draft.todo(
                ("updates", number, "text"),
                "the text lists this follow-up by its date only: say what it reported, or "
                "keep 'follow-up'",
            )


# -- title, country, languages ---------------------------------------------------------


_URGENT = re.compile(
    r"^(?:urgent action|acci[óo]n urgente|action urgente|eilaktion|azione urgente)"
    r"(?:\s+update)?\s*(?:[:–—-]\s*)?",
    re.I,
)
# A portal's page title over a section's UA: "AKTION/1019: Urgent Action - Mexiko - <headline>".
_PORTAL_TITLE = re.compile(
    r"^(?:[A-Z]{2,10}/\d{1,5}:\s*)?(?:urgent action|eilaktion|acci[óo]n urgente|action urgente)"
    r"\s+[–—-]\s+(?P<country>[^\W\d][^–—\n]{1,40}?)\s+[–—-]\s+(?P<headline>\S.{5,})$",
    re.I,
)
# A section's number and headline on one line, after a colon: "UA-205/2018: FOLTER FÜR ...".
_NUMBER_COLON_TITLE = re.compile(r"^(?:UA|AU)-?\s?\d{1,4}/\d{2,4}:\s+(?!Index)([^\W\d].{5,})$")
# What the Swiss UA site prints between "URGENT ACTION" and the headline: the country and
# the kind of action ("China – Briefaktion", "Arabie saoudite – Action lettre →").
_ACTION_KIND = re.compile(
    r"^(?:[^\W\d][\w'’ .-]{1,40}?\s+[–—-]\s+)?(?:Briefaktion|E-?Mail-Aktion|Action lettre|"
    r"Action e-?mail|Azione lettera|Letter action|Email action|Acción carta)"
    # the action's state after a slash ("Ägypten – Briefaktion / Frist abgelaufen")
    r"(?:\s*/\s*[^\W\d][^\n/]{2,30}$)?\s*(?:→\s*)?",
    re.I,
)


# A page's section before its headline, a bar between them ("Actions Urgentes | Iran. ...").
_SECTION_BAR = re.compile(r"^([^|]{3,40}?)\s+\|\s+(\S.{10,})$")


def _without_section_label(line: str, table: Markers) -> str:
    """Return a headline without the site's section that a bar sets before it ("Urgent
    Actions | X", "Acciones urgentes | X"): the section's name is the name of the action."""
    labelled = _SECTION_BAR.match(line)
    if not labelled:
        return line
    section = labelled.group(1).strip()
    for source in dict.fromkeys((table, TABLES["en"])):
        found = search(source.action_name, section, source)
        if found and found.group().strip() == section:
            return labelled.group(2).strip()
    return line


def _after_country_label(text: str, table: Markers) -> str:
    """Return a headline without the country the Swiss site labels it with after the kind of
    action and a colon ("Briefaktion: Mexiko Journalist in Gefahr" -> "Journalist in
    Gefahr"); a headline without the colon stays whole."""
    text = text.strip()
    if not text.startswith(":"):
        return text
    words = text[1:].split()
    for size in (3, 2, 1):
        if len(words) > size + 1 and country_code(" ".join(words[:size]), table.language):
            return " ".join(words[size:])
    return text[1:].strip()


def _glued_kicker(line: str, end: int) -> bool:
    """Say whether the kicker ending at `end` runs into a capital that begins the next word
    ("ACTIONSTATE", "UrgenteVenezuela"); a plural ("URGENT ACTIONS") is no such run."""
    before, after = line[end - 1 : end], line[end : end + 2]
    if not (before.isalpha() and after[:1].isalpha() and after[:1].isupper()):
        return False
    return not (after[:1] in "Ss" and not after[1:2].isalpha())


# The kicker in capitals inside a line (a PDF's header run into the headline).
_RUN_IN_KICKER = re.compile(
    r"(?:URGENT ACTION|ACCI[ÓO]N URGENTE|ACTION URGENTE|EILAKTION)(?:\s+UPDATE)?\s*"
)
# A page's byline or the name of the site or local group that runs it, above the headline:
# "- From Amnesty International USA", "By Amnesty International", "Amnesty International
# Gruppe Miesbach (1431)", "Gruppe Miesbach (1431)".
_BYLINE = re.compile(
    r"^[-–—]?\s*(?:(?:from|by|von|par|de|por)\s+amnesty\b.{0,40}$"
    r"|amnest(?:y|ía|ie)(?:\s+international)?\s+(?:gruppe|group|groupe|grupo|ortsgruppe"
    r"|bezirk|section|sektion|sección)\b.{0,40}$"
    r"|(?:gruppe|group|groupe|grupo|ortsgruppe|bezirk)\s+[^\W\d][\w .'’-]{1,40}\(\d{1,5}\)$"
    # a blog post's date, time and author: "04.02.2031 14:02 by Maren Sopol (comments: 1)"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+(?:\d{1,2}:\d{2}\s+)?(?:by|von|par|por)\s+\S.{0,60}$)",
    re.I,
)
# A kind of notice that a page writes after "Urgent Action" and before a colon ("Urgent
# Action Outcome: ...", "Urgent Action good news: ..."): part of the headline.
_NOTICE_KIND = re.compile(r"^[^\W\d][\w ]{1,20}:\s")


# The Secretariat's document library's index line below the title, its label in the page's
# language: ", N° d'index: ASA 28/013/1992", ", Index number: ...", ", Índice: ...".
_LIBRARY_INDEX_LABEL = re.compile(
    r"^,\s*[^\W\d][^,:\d]{1,25}:\s*[A-Z]{3}\s?\d{2}/\d{2,4}/\d{2,4}\s*$"
)


# The Secretariat's document library's page title: "Document - Turkey: Further information".
def _short_headline(line: str) -> bool:
    """Say whether a line reads as a headline, not the text's first sentence or a kicker:
    three to twelve words, no full stop at its end, no "URGENT ACTION" or date first."""
    words = line.split()
    return (
        3 <= len(words) <= 12
        and len(line) <= 90
        and not line.rstrip().endswith((".", ":", ";", ","))
        and line[:1].isalnum()
        and not _URGENT.match(line)
        and not re.search(r"\b[A-Z]{3}\s?\d{2}/\d{3,4}/\d{4}\b", line)
    )


_LIBRARY_TITLE = re.compile(r"^(?:Document|Documento|Dokument)\s+[-–—]\s+(\S.{10,})$")


# A kicker printed before the headline on the headline's line: "Urgent Action update: ",
# "URGENT ACTION: ", "Urgent Action Outcome: ", "Urgent Action Victory! ", "AI Urgent Action: ",
# "UA AI: ", "Update: ", "Action urgente - ", "Eilaktion: ", "Acción urgente: ". It labels the
# page; it is not the headline (corpus README, decided 2026-12-02).
_LEADING_KICKER = re.compile(
    r"^(?:AI\s+)?(?:urgent action|acci[óo]n urgente|action urgente|eilaktion|azione urgente"
    r"|UA(?:\s+AI)?)(?:\s+(?:update|outcome|good news|victory|success))?\s*[:!–—-]\s*"
    # what is left of such a kicker where a rule took "Urgent Action" off already
    r"|^(?:update|outcome|good news|victory|success)\s*[:!]\s*",
    re.I,
)


def _title_without_kicker(draft: Draft) -> None:
    """Drop a kicker before the headline from the title found, keeping its rule and mark."""
    title = draft.get(("title",))
    kicker = _LEADING_KICKER.match(title) if isinstance(title, str) else None
    if not kicker or len(title[kicker.end() :].split()) < 2:
        return
    rule = draft.rule_of(("title",)) or "title.heading"
    draft.put(("title",), title[kicker.end() :], rule=rule, todo=draft.todo_for(("title",)))


# The older Secretariat header's number and its concern on one line ("UA 17/08 Fear of
# imminent execution/ flogging", "AU 80/09 Detención en régimen de incomunicación / ...").
_OLD_HEADER_CONCERN = re.compile(
    r"^(?:UA|AU|EXTRA)\s+\d{1,4}[/.]\d{2,4}\s+(?:[-–—]\s+)?(?!Index)([A-Z][^:|]+)$"
)


def _title(draft: Draft, lines: list[str], table: Markers) -> None:
    """Read the headline: after "URGENT ACTION", an "Urgent Action: ..." line, or the first line."""
    content = [line for line in lines[:25] if line]
    if len(content) > 1 and _LIBRARY_INDEX_LABEL.match(content[1]):
        # The Secretariat's document library prints the document's title, then its index
        # under a label of the page's language (", N° d'index: AFR 32/068/1997"): the line
        # above the label is the title, however long, whatever it ends with.
        library = _LIBRARY_TITLE.match(content[0])
        title = library.group(1) if library else content[0]
        draft.put(("title",), title.strip(), rule="title.heading")
        return
    for line in content[:4]:
        # A portal's page title: "AKTION/517: Urgent Action - Ägypten - <headline>", the
        # kicker and the country before the headline the text prints again under the country
        portal = _PORTAL_TITLE.match(line)
        if portal and country_code(portal.group("country").strip(), table.language):
            draft.put(("title",), portal.group("headline").strip(), rule="title.heading")
            return
        # The German section's number and headline on one line: "UA-205/2018: HEADLINE"
        numbered = _NUMBER_COLON_TITLE.match(line)
        if numbered and not _skip_for_title(numbered.group(1), table):
            draft.put(("title",), numbered.group(1).strip(), rule="title.heading")
            return
    for line in content[:4]:
        # The Swiss UA site's navigation path: "Startseite Urgent Actions 2019 10 <headline>".
        crumb = re.match(
            r"^(?:Startseite|Home|Accueil|Inicio|Pagina iniziale)\s+Urgent Actions\s+"
            r"\d{4}\s+\d{1,2}\s+(\S.{5,})$",
            line,
        )
        if crumb:
            below = _below_runtime(content)
            if below:
                draft.put(("title",), below, rule="title.heading")
            else:
                draft.put(("title",), crumb.group(1).strip(), rule="title.breadcrumb")
            return
    for number, line in enumerate(content):
        # The IS header "UA: 258/09 Index: AMR 34/012/2009 Date: ..." and the headline in
        # capitals on the next line, below whatever a repost put above them.
        heading = content[number + 1] if number + 1 < len(content) else ""
        if (
            re.match(
                r"^(?:further information on\s+)?(?:UA|AU)\s*:?\s*\d{1,4}[./]\d{2,4}\b", line, re.I
            )
            and re.search(r"\b[A-Z]{3}\s?\d{2}/\d{3,4}/\d{4}\b", line)
            and (
                heading.isupper()
                if re.match(r"^(?:UA|AU)\b", line)
                # the further information's header prints its index after the number
                # ("Further information on UA 346/11: Index: MDE ...")
                else re.search(r"\bindex\b", line, re.I) and _short_headline(heading)
            )
            and len(heading.split()) >= 3
            and not _skip_for_title(heading, table)
        ):
            # (a headline in small letters too: "14 Manama protestors released" under the
            # header, below a library frame's title in another language)
            draft.put(("title",), heading, rule="title.heading")
            return
        # A PDF's text layer runs the header, the kicker and the headline in capitals into
        # the text: "UA: 120/15 Index: MDE 13/1758/2015 Iran Date: 29 May 2015URGENT ACTION
        # IMMINENT EXECUTION OF MAN Ehsan ... is at risk": the capitals after the kicker.
        header = re.search(r"\b(?:UA|AU)\s*:?\s*\d{1,4}[./]\d{2,4}\b", line[:80])
        kicker = _RUN_IN_KICKER.search(line, header.end()) if header else None
        if (
            header
            and kicker
            and kicker.start() - header.end() < 160
            and re.search(r"\b[A-Z]{3}\s?\d{2}/\d{3,4}/\d{4}\b", line[: kicker.start()])
        ):
            caps = _caps_run(line[kicker.end() :])
            if len(caps) >= 12 and len(caps.split()) >= 3:
                draft.put(("title",), caps, rule="title.heading")
                return

    def sited(line: str) -> bool:
        """Say whether a line is "URGENT ACTION - Amnesty International" (and a date): the
        page's kicker and the site's name, no headline."""
        urgent = _URGENT.match(line)
        rest = line[urgent.end() :] if urgent else ""
        dated = first_date(rest, table.language)
        if dated and not rest[dated.end :].strip():
            rest = rest[: dated.start]
        return bool(urgent) and bool(re.fullmatch(r"\s*amnesty(?: international)?\s*", rest, re.I))

    # A page that prints the kicker line twice ("... International" / "... International
    # 4 October 2012") has its headline below the second
    content = [
        line
        for number, line in enumerate(content)
        if not (number and sited(line) and sited(content[number - 1]))
    ]
    for number, line in enumerate(content):
        match = _URGENT.match(line)
        if not match:
            continue
        rest = "" if sited(line) else line[match.end() :]
        if _glued_kicker(line, match.end()):
            # "URGENT ACTIONSTATE ...", "Acción UrgenteVenezuela: ...": the page's text was
            # run together, the kicker into the headline (and the headline, often, into the
            # text): the headline begins after the kicker, where it ends is a guess
            caps = _caps_run(rest)
            title = (caps if len(caps) >= 12 and rest[:12].isupper() else rest).strip()
            draft.put(("title",), title, rule="title.heading")
            if title != rest.strip() or len(title) > 150:
                # the headline's end is a guess when it runs into the text too
                draft.todo(
                    ("title",),
                    f"the kicker runs into the headline without a space "
                    f"('{line[: match.end() + 12].strip()}...') and the headline into what "
                    "follows: check where the headline ends",
                )
            return
        kind = _ACTION_KIND.match(rest)
        if kind and len(rest) - kind.end() > 12:
            draft.put(
                ("title",), _after_country_label(rest[kind.end() :], table), rule="title.heading"
            )
            if kind.group().strip(" →"):
                # "URGENT ACTION Aserbaidschan – Briefaktion Im Anschluss an ...": the page's
                # country and kind of action before the headline; records differ on them
                draft.todo(
                    ("title",),
                    f"the line prints '{line[: match.end() + kind.end()].strip()}' before this "
                    "headline: check whether the title should keep it",
                )
            return
        following = content[number + 1 : number + 3]
        if following and country_code(following[0], table.language):
            following = following[1:]  # "URGENT ACTION / IRAN / FIVE MEN AT RISK"
        while following and re.match(r"^[A-Z]{3}\s?\d{2}/\d{3,4}/\d{4}$", following[0]):
            following = [*following[1:], *content[number + 3 : number + 4]]  # the index
        caps_below = _caps_run(following[0]) if following and not rest else ""
        if (
            len(caps_below) >= 12
            and len(caps_below.split()) >= 3
            and len(following[0]) > len(caps_below) + 40
            and not re.search(r"\d{1,4}[./]\d{2,4}|\bindex\b|\bdate\b", caps_below, re.I)
            and not _skip_for_title(caps_below, table)
        ):
            # "URGENT ACTION" / "EVICTED RESIDENTS AT RISK Despite a court order, ...": the
            # headline in capitals under the kicker, run into the text's first sentence
            draft.put(
                ("title",),
                caps_below,
                rule="title.heading",
                todo="the headline in capitals runs into the text below the kicker: check "
                "where it ends",
            )
            return
        if not rest and following and (following[0].isupper() or len(following[0]) > 20):
            heading = following[0]
            header = re.search(r"\d{1,4}[./]\d{2,4}|\bindex\b|\bdate\b", heading, re.I)
            if not (_skip_for_title(heading, table) or header or heading.endswith(".")):
                draft.put(("title",), heading, rule="title.heading")
                return
        if (
            12 < len(rest) < 200
            and line[match.end() - 1 : match.end()].isalpha()
            and rest[:1].isupper()
            and not rest[:2].isupper()  # a headline in capitals: read below as such
            and not _skip_for_title(rest, table)
        ):
            # "Acción UrgenteVenezuela: Una defensora ...": the page ran its kicker into the
            # headline without a space; the words after the kicker are the headline
            draft.put(("title",), rest.strip(), rule="title.heading")
            return
        separated = re.search(r"[:–—-]", line[: match.end()])
        if rest and separated and not line[: match.end()].isupper():
            # Amnesty USA and UK keep "Urgent Action: " in the title, whatever its case.
            draft.put(("title",), line, rule="title.heading")
            return
        if rest[:1].islower() and not separated:
            printed = next(
                (below for below in content[number + 1 : 15] if fold(below) == fold(rest)), None
            )
            if printed:
                # "Urgent action thirteen men at risk ..." above "THIRTEEN MEN AT RISK ...":
                # a host's page title in small letters; the document prints its headline
                draft.put(("title",), printed.strip(), rule="title.heading")
                return
            # "Acción Urgente sobre DETENCION ...", "Urgent Action für angeklagte ...": the
            # kicker is the headline's subject, the words after it no headline of their own
            draft.put(("title",), line.strip(), rule="title.heading")
            if any(_OLD_HEADER_CONCERN.match(below) for below in content[:15]):
                # a repost's heading above the older Secretariat header, whose concern line
                # ("AU 80/09 Detención en régimen de incomunicación / ...") is the document's
                draft.todo(
                    ("title",),
                    "this heading stands above the older Secretariat header: its concern "
                    "line after the UA's number may be the document's headline; check it",
                )
            return
        notice = _NOTICE_KIND.match(rest)
        if notice and not notice.group().isupper() and not line.isupper():
            draft.put(("title",), line, rule="title.heading")
            return
        caps = _caps_run(rest)
        if caps and len(caps) >= 12:
            draft.put(("title",), caps, rule="title.heading")
            if separated and caps == rest.strip():
                # "ACTION URGENTE – ECRIRE POUR ...": a line in capitals that is all headline;
                # pages and records differ on whether "Urgent Action" is part of it
                draft.todo(
                    ("title",),
                    f"the line prints '{line[: match.end()].strip()}' before this headline: "
                    "check whether the title should keep it",
                )
            return
        if rest and len(rest) > 12 and not rest.endswith(".") and not _skip_for_title(rest, table):
            draft.put(("title",), rest, rule="title.line_rest")
            return
    for line in content[:3]:
        # The library's headline of a further information, "Iran: Further Information on
        # Prisoners of Conscience", above the notice's own header (a repost of the page)
        headline = _COUNTRY_FURTHER.match(line)
        if headline and country_code(headline.group(1), table.language):
            draft.put(("title",), line.strip(), rule="title.heading")
            return
    # The header of an update may wrap: "Further Information on UA 1/07 (1 May 2007) and
    # follow-up (...) - Fear of torture" over three lines; the title ends the last one. A
    # forwarded e-mail prints it below the list's or the section's preamble, further down.
    header_lines = [line for line in lines[:60] if line]
    for number, line in enumerate(header_lines[:40]):
        if not re.match(rf"{_FURTHER_ON} ua", line, re.I):
            continue
        if re.search(rf"{_FURTHER_ON} ua.*?\)\s*[–—-]\s*(.+)$", line, re.I):
            break  # the header is whole on its line (a page's title): read below as such
        for more in range(1, min(4, len(header_lines) - number)):
            joined = " ".join(header_lines[number : number + more + 1])
            fi_line = re.search(rf"{_FURTHER_ON} ua.*?\)\s*[–—-]\s*(.+)$", joined, re.I)
            if fi_line and fi_line.start(1) > len(joined) - len(header_lines[number + more]):
                title = fi_line.group(1).strip()
                for wrapped in header_lines[number + more + 1 : number + more + 3]:
                    if not wrapped[:1].islower():
                        break
                    title = f"{title} {wrapped}"  # "- Fear of / imminent execution"
                draft.put(
                    ("title",), _library_headline(content, title) or title, rule="title.heading"
                )
                return
    for number, line in enumerate(content[:15]):
        ua_line = _OLD_HEADER_CONCERN.match(line)
        under_number = content[number + 1 : number + 4]
        if not ua_line and _number_line(line, table) and len(under_number) >= 2:
            # The older header on three lines: "UA 51/07" / "Fear for safety" / "SRI LANKA":
            # the concern between the number and the country in capitals, below whatever a
            # repost put above it; the Spanish prints the issue date beside the number or
            # under the concern ("AU 07/06" / "Temor por la seguridad" / "9 de enero de
            # 2006" / "PERÚ"), and a PDF's layer may run the country into the next words
            # ("COLOMBIATemor por la seguridad: ...")
            below_number, *further = under_number
            if further and _dated_line(further[0]) and len(further) > 1:
                further = further[1:]
            if (
                _country_heading(further[0], table)
                and not country_code(below_number, table.language)
                and not find_dates(below_number, table.language)
                and not re.search(r"\d", below_number)  # no index ("URGENT ACTION ASA 37/009/2013")
                and not _skip_for_title(below_number, table)
                and 2 <= len(below_number.split()) <= 12
                and not below_number.endswith((".", ":"))
            ):
                ua_line = re.match(r"(.+)", below_number)
        if not ua_line and number < 4:
            # "EXTERNAL AI Index: AFR 12/34/97 UA 368/97 Fear of torture 26 November 1997
            # COUNTRYName ...": the older header run together on one line
            run_in = _RUN_IN_CONCERN.search(line)
            dated = find_dates(line[run_in.end() :], table.language) if run_in else []
            if run_in and dated and dated[0].start == 0 and dated[0].full():
                ua_line = run_in
            after_date = None if ua_line else _concern_after_date(line, table)
            if after_date:
                # "AU 31/00 Índice AI: ... 9 de febrero del 2000 Temor por la seguridad
                # COLOMBIATemor ...": the Spanish header's concern after the issue date
                ua_line = re.match(r"(.+)", after_date)
        if ua_line:
            title = ua_line.group(1).strip()
            dated = find_dates(title, table.language)
            last = dated[-1] if dated else None
            if last and last.full() and last.start > 0 and not title[last.end :].strip():
                # "UA 243/98 Fear of torture 11 September 1998": the older header ends in
                # the issue date, which is no part of the headline
                title = title[: last.start].strip(" ,-–")
                if "issued" not in draft.record:
                    draft.put(("issued",), last.iso(), rule="issued.ua_line")
            page_headline = _library_headline(content, title)
            if page_headline:
                draft.put(("title",), page_headline, rule="title.heading")
                return
            draft.put(
                ("title",),
                title,
                rule="title.heading",
                todo="the title is the concern the older Secretariat format prints after the "
                "UA's number ('Fear of torture'): records keep it or give no title; check it",
            )
            return
        fi_line = re.search(rf"{_FURTHER_ON} ua.*?\)\s*[–—-]\s*(.+)$", line, re.I)
        if fi_line:
            concern, cut = _before_country(fi_line.group(1), table)
            draft.put(("title",), concern, rule="title.heading")
            if cut:
                draft.todo(
                    ("title",),
                    f"the header reads '{fi_line.group(1).strip()}': the title is cut before "
                    "its country in capitals; check where the concern ends",
                )
            if not line[: fi_line.start()].strip():
                # The update's header line is all the headline the page prints: records
                # keep either the whole line or the words after its dash
                draft.todo(
                    ("title",),
                    f"the line reads '{line.strip()}': check whether the title should keep "
                    "all of it",
                )
            return
    distributed = _concern_below_distribution([line for line in lines[:60] if line][:20], table)
    if distributed:
        # The older header's own concern, under its distribution line: the library's
        # headline only when it ends in it (the library may title the page in another
        # language than the text's).
        title = _library_headline(content, distributed) or distributed
        draft.put(("title",), title, rule="title.heading")
        return
    for line in content[:4]:
        # The Secretariat's document library titles its page "Document - Turkey: Further
        # information on ..." (in the page's language): the words after the label, however
        # long, where the text prints no headline of its own.
        library = _LIBRARY_TITLE.match(line)
        if library and not library.group(1).endswith(":"):
            draft.put(("title",), library.group(1).strip(), rule="title.first_line")
            return
    for line in content[:6]:
        # A page's button word run into the headline below it (amnesty.be: "Écrire Une
        # avocate ... est accusée de terrorisme"): what follows the button is the headline.
        button = re.match(r"^(?:Écrire|Agir|Signer)\s+([A-ZÀ-Ý].{10,150})$", line)
        if button and (
            not button.group(1).endswith((".", ":"))
            or button.group(1).endswith("...")  # a headline the site cut is still one
            or _country_dot_headline(button.group(1), table)
        ):
            draft.put(("title",), button.group(1).strip(), rule="title.first_line")
            return
    deeper = [line for line in lines[:40] if line]
    for number, line in enumerate(deeper[1:], start=1):
        # The Swiss UA site prints its headline just above the document's "AI-Index: ..."
        # line, below the number, the country, its status line and dated notices.
        above = deeper[number - 1]
        if (
            _SWISS_INDEX.match(line)
            and len(above.split()) >= 3
            and len(above) <= 150
            and not above.endswith((".", ":", "!"))
            and not _skip_for_title(above, table)
        ):
            draft.put(("title",), above, rule="title.heading")
            return
    later = [line.strip() for line in lines[:80] if line.strip()]
    for number, line in enumerate(content[:4]):
        # A page that prints its headline above the document and again under the document's
        # header ("Action Focus" / "Chad: Activist held" ... "UA 12/15" / "Chad: Activist
        # held"): the line printed twice is the headline, not the site's label above it.
        bare = line.strip()
        if (
            number
            and 3 <= len(bare.split()) <= 20
            and not bare.endswith((".", ":"))
            and _printed_again(later, bare)
            and not _skip_for_title(bare, table)
            and not _dated_line(bare)
        ):
            draft.put(("title",), bare, rule="title.repeated")
            return
    top = [line for line in lines[:12] if line]
    # A text that opens with the addressee's block (a model letter's page: "Maren Sopol" /
    # "Minister of X" / "12 Example Street" / "City, Country") has no headline above it.
    addressee = _address_run(top, table, len(top)) == 0 and not any(
        matches(source.targets_start, line, source)
        for line in top[:6]
        for source in dict.fromkeys((table, TABLES["en"]))
    )  # ("Bislang elf Freilassungen" / "Appell an" / ...: a headline above the call)
    for number, line in enumerate(content[:6]):
        if _skip_for_title(line, table) or _dated_line(line):
            continue
        if addressee and number < 3:
            return
        line = _without_section_label(line, table)
        wrapped = content[number + 1] if number + 1 < len(content) else ""
        if (
            line.isupper()
            and wrapped.isupper()
            and len(wrapped.split()) <= 6
            and not country_code(wrapped, table.language)
            and _ends_cut(line, table.language)
            and not re.search(r"\d", line[-3:])  # "... FOR CRIME AT 18": the number ends it
            and ":" not in wrapped  # a label's line ("UA: USA 57.22") is no headline's end
        ):
            # "DROHENDE HAFTSTRAFE FÜR JOURNALISTIN UND" / "JOURNALISTEN": a headline in
            # capitals that the layout wrapped after a word no headline ends in
            line = f"{line} {wrapped}"
        if (
            len(line) <= 150
            and not line.endswith((".", ":"))
            and (len(line.split()) >= 2 or table.language == "ja")
        ):
            draft.put(("title",), line, rule="title.first_line")
        return


def _number_line(line: str, table: Markers) -> bool:
    """Say whether a line is the older header's number alone, or with the issue date only
    ("UA 51/07", "AU 122/98 20 de abril de 1998")."""
    if _UA_ALONE.match(line):
        return True
    number = _UA_NUMBER_START.match(line)
    if not number:
        return False
    date = first_date(line[number.end() :], table.language)
    return bool(date and date.full() and not line[number.end() :][: date.start].strip())


# A country's name in capitals opening a line, alone or run into the next words by a PDF's
# text layer ("COLOMBIATemor por la seguridad: ...").
_CAPITALS_RUN_IN = re.compile(r"^([A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,})*?)(?=[A-ZÀ-Ý][a-zà-ÿ])")


def _country_heading(line: str, table: Markers) -> bool:
    """Say whether a line is the older header's country in capitals ("SRI LANKA", "PERÚ"),
    or opens with it run into the words after it."""
    if line.isupper() and country_code(line, table.language):
        return True
    run_in = _CAPITALS_RUN_IN.match(line)
    return bool(run_in and country_code(run_in.group(1), table.language))


def _concern_after_date(line: str, table: Markers) -> str | None:
    """Return the concern of an older header run together on one line with the concern after
    the issue date and before the country in capitals ("AU 31/00 Índice AI: AMR 23/05/00/s
    9 de febrero del 2000 Temor por la seguridad COLOMBIATemor ..."), or None."""
    number = _UA_NUMBER_INSIDE.search(line)
    if not number:
        return None
    date = first_date(line[number.end() :], table.language)
    if not date or not date.full():
        return None
    tail = line[number.end() + date.end :]
    for capitals in _CAPITALS_AFTER_SPACE.finditer(tail):
        concern = tail[: capitals.start()].strip()
        if _country_heading(tail[capitals.end() :], table):
            words = len(concern.split())
            if 2 <= words <= 20 and concern[:1].isupper() and not concern.endswith((".", ":")):
                return concern
            return None
    return None


_UA_NUMBER_INSIDE = re.compile(r"\b(?:UA|AU|EXTRA)\s+\d{1,4}[/.]\d{2}\b")
_CAPITALS_AFTER_SPACE = re.compile(r"\s+(?=[A-ZÀ-Ý]{3,})")
_UA_NUMBER_START = re.compile(r"^(?:UA|AU|EXTRA)\s+\d{1,4}[/.]\d{2}\b")
# The older Secretariat header's number and concern inside a line, before the issue date.
_RUN_IN_CONCERN = re.compile(r"\b(?:UA|EXTRA)\s+\d{1,4}/\d{2}\s+([A-Z][^:|()\d]{5,120}?)\s+(?=\d)")
# The older Secretariat header's last field: "Distr: UA/SC", "Distr: AU/SC".
# (alone on its line, or ending the number's line: "AU 258/91 25 de julio de 1991 Distr: AU/SC")
_DISTRIBUTION = re.compile(r"(?:^|\s)distr\s*:\s*\S+$", re.I)


# A line in capitals with words of an instruction to the sections, which the older header
# may print between its distribution and its concern (any language: five words or more).
_SECTIONS_INSTRUCTION = re.compile(r"^(?=(?:\S+\s+){4})[^a-z\d]*\d*[^a-z]*$")


def _concern_below_distribution(content: list[str], table: Markers) -> str | None:
    """Return the concern the older Secretariat header prints under its distribution line,
    above the country ("Distr: UA/SC" / "Mass arrests and fear of ill-treatment" /
    "Republic of X"), or None."""
    for number, line in enumerate(content[:-2]):
        if not _DISTRIBUTION.search(line.strip()):
            continue
        below = [item.strip() for item in content[number + 1 : number + 4]]
        if len(below) == 3 and _SECTIONS_INSTRUCTION.match(below[0]):
            below = below[1:]  # "PLEASE LIMIT APPEALS TO 10 PER SECTION" above the concern
        concern, country = below[0], below[1].strip(" :")
        if (
            2 <= len(concern.split()) <= 12
            and not concern.endswith((".", ":"))
            and not _skip_for_title(concern, table)
            and country_code(country.split(":")[0].strip(), table.language)
        ):
            return concern
    return None


def _country_dot_headline(line: str, table: Markers) -> bool:
    """Say whether a line is a headline in Amnesty Belgium's style, the country and a full
    stop before it ("Lorvanie. Deux paysans détenus au secret."): its full stop ends no
    sentence of a text."""
    country, dot, _rest = line.partition(". ")
    return bool(dot) and len(country.split()) <= 3 and bool(country_code(country, table.language))


def _library_headline(content: list[str], concern: str) -> str | None:
    """Return the document library's headline above a header whose concern it ends in
    ("Document - Colombia: Fear for safety/Death threats" above "UA 12/98 Fear for safety/
    Death threats"): the page's headline, the concern and the country; None when none."""
    for first in content[:4]:
        library = _LIBRARY_TITLE.match(first)
        if library and fold(library.group(1)).endswith(fold(concern)):
            return library.group(1).strip()
    return None


def _printed_again(lines: list[str], line: str) -> bool:
    """Say whether the text prints `line` again further down, other lines between (a
    picture's caption printed twice in a row is not a headline printed again)."""
    at = [number for number, each in enumerate(lines) if each == line]
    return len(at) >= 2 and at[1] - at[0] > 3


# The older Secretariat header's number alone on its line: "UA 51/07", "EXTRA 12/99".
_UA_ALONE = re.compile(r"^(?:UA|AU|EXTRA)\s+\d{1,4}[/.]\d{2,4}\s*$")
_SWISS_INDEX = re.compile(r"^AI-Index:\s*[A-Z]{3}\s?\d{2}/\d{3,4}/\d{4}\s*$")
# The languages a page's chrome may date a post in, whatever the text's ("sabato 4 agosto
# 2012" above an English UA on an Italian blog).
_CHROME_LANGUAGES = ("en", "de", "fr", "es", "it")


def _dated_line(line: str) -> FoundDate | None:
    """Return the date a short line at the top is all about, in any language of page chrome:
    a post's date with its weekday ("sabato 4 agosto 2012"), no headline."""
    if len(line) > 40 or not re.search(r"\d{4}", line):
        return None
    for language in _CHROME_LANGUAGES:
        date = first_date(line, language)
        if (
            date
            and date.full()
            and len(line[: date.start].split()) <= 1
            and not line[date.end :].strip(" ,.-")
        ):
            return date
    return None


_COUNTRY_FURTHER = re.compile(
    r"^([^:]{3,40}):\s+(?:further information on|informations? complémentaires? sur|más "
    r"información sobre|weitere informationen zu)\b",
    re.I,
)


def _below_runtime(content: list[str]) -> str | None:
    """Return the headline below the Swiss UA site's runtime line ("Aktiv seit 8. Januar 2021
    | Noch 46 Tage Laufzeit"), in the page's language where the path above is not."""
    for number, line in enumerate(content[:10]):
        if re.search(r"\|\s*(?:noch|encore|ancora|still)\s+\d+\s+\w+", line, re.I):
            following = content[number + 1 : number + 2]
            if following and 3 <= len(following[0].split()) <= 25:
                heading = following[0].strip()
                if not heading.endswith((".", ":")) and not re.match(r"^\d", heading):
                    return heading
    return None


# A word in capitals with the next, capitalised word run into it ("DEMONSTRATORSNicaraguan").
_CAPS_RUN_INTO_WORD = re.compile(r"([A-ZÀ-Ý][A-ZÀ-Ý'’-]{2,})[A-ZÀ-Ý][a-zß-ÿ]+")


def _caps_run(text: str) -> str:
    """Return the upper-case words that begin `text` ("MISSING AND DETAINED More than" -> ...)."""
    words = text.split()
    taken: list[str] = []
    for number, word in enumerate(words):
        letters = [ch for ch in word if ch.isalpha()]
        following = words[number + 1] if number + 1 < len(words) else ""
        if not letters and word.isdigit() and following.isupper():
            taken.append(word)  # "YOUTH ARRESTED AT 17 AT RISK": a number inside the run
            continue
        opened = " ".join(taken)
        if (
            not letters
            and opened.count("(") > opened.count(")")
            and re.fullmatch(r"[\d./-]+\)", word)
        ):
            # "... ACCOUNTABILITY (IRAN: 12.34)": the number that closes the run's bracket
            taken.append(word)
            continue
        run_on = _CAPS_RUN_INTO_WORD.fullmatch(word)
        if run_on:
            # "DEMONSTRATORSNicaraguan authorities": the text's first word run into the run
            taken.append(run_on.group(1))
            break
        if not letters or not all(ch.isupper() for ch in letters):
            break
        if len(letters) == 1 and number + 1 < len(words) and not words[number + 1].isupper():
            break  # "BOOKSELLER A Swedish doctor": "A" begins the sentence
        taken.append(word)
    return " ".join(taken)


_ADDRESSED_TO = re.compile(r"^(?:Para|To|An|À|Pour)\s+(?P<who>[^.:!?]{3,80})$")
_AUTHORITIES = frozenset(
    {"authorities", "autoridades", "behörden", "autorités", "government", "gobierno"}
)


def _addressed_to(line: str) -> bool:
    """Say whether a line names whom the action writes to ("Para Fiscal General de la
    República", "Para autoridades de Nicaragua", "To the Minister of Justice"): the page's
    label for the addressee above its headline, no headline."""
    said = _ADDRESSED_TO.match(line.strip())
    if not said:
        return False
    words = [fold(word) for word in re.findall(r"[^\W\d_][\w-]*", said.group("who"))]
    if len(words) > 10:
        return False
    return any(
        word in _AUTHORITIES or word in source.office_words
        for word in words[:4]
        for source in TABLES.values()
    )


# The words of a site's name or a byline that a line taken for the headline may hold.
_SITE_WORDS = re.compile(r"\bamnesty\b|\bamnist[ií]a\b|\bamnistie\b|\bposted\b|\bpublished\b", re.I)


def _doubt_heading(draft: Draft, text: str, table: Markers) -> None:
    """Mark a headline read from a line near the top (rule title.heading) where the line
    has a shape no headline of the corpus has: a whole date in it (a byline, a status line),
    a site's name ("Amnesty International Schweiz"), or the length of a sentence of prose in
    small letters."""
    title = draft.get(("title",))
    if draft.rule_of(("title",)) != "title.heading" or not isinstance(title, str):
        return
    if draft.marked(("title",)):
        return
    doubt = None
    dated = [found for found in find_dates(title, table.language) if found.full()]
    at = text.find(title)
    if at > 0 and _below_another_document(text, at):
        doubt = "the line stands below another headline and a paragraph of the text"
    elif dated:
        doubt = f"the line holds a date ('{dated[0].text}')"
    elif _SITE_WORDS.search(title):
        doubt = "the line names the site or its author"
    elif len(title) > 130 and not title.isupper():
        doubt = "the line is as long as a sentence of the text"
    if doubt:
        draft.todo(
            ("title",),
            f"{doubt}: check that it is the page's headline, or give the headline",
        )


# The organisation's name in the languages of its sections, as a letterhead prints it.
_ORGANISATION = re.compile(
    r"(?:amnesty|amnist[ií]a|amnistie)\s+(?:international|internacional|internationale|"
    r"internazionale)(?:\s+[-–—]\s+\S.{0,40})?",
    re.I,
)


# A page's title: its label, the site's name after a dash and the site's slogan after a bar.
_SITE_IN_TITLE = re.compile(r"\s[-–—]\s+([^|]+?)\s+\|\s+\S")


def _skip_for_title(line: str, table: Markers) -> bool:
    """Say whether a line near the top is not a headline (a date, a number, a caption, a marker)."""
    if _CAPTIONS.search(line) or line.startswith(("•", "http")) or _BYLINE.match(line.strip()):
        return True
    if _addressed_to(line):
        return True
    if _ACTION_KIND.fullmatch(line.strip()):
        return True  # a letter action's kicker alone: "Pakistan – Briefaktion"
    urgent = _URGENT.match(line)
    if urgent and len(line[urgent.end() :].split()) <= 2:
        return True
    dated = first_date(line, table.language)
    if dated and len(line) < 40:
        # (not a headline that dates itself in brackets: "Lorvania: Maren Sopol (Mai 2021)")
        before = line[: dated.start].rstrip()
        if not (before.endswith("(") and len(before.split()) >= 3):
            return True
    if re.match(r"^(?:[A-Z]{3} \d{2}/|UA\b|AU\b|Further Information)", line, re.I):
        return True
    if matches((*table.closed, *table.update), line, table) and len(line) < 60:
        return True
    # A call to act, a list's or letter's opening, the name of a letter action, or a page's
    # title with the site's name ("saudi arabia - Amnesty International UK") heads no case.
    kinds = ("action", "write_in", "targets_start", "letter_start")
    if any(
        matches(getattr(source, kind), line, source) for source in TABLES.values() for kind in kinds
    ):
        return True
    for source in TABLES.values():
        named = search(source.letter_action, line, source)
        if named and not line[: named.start()].strip():
            return True  # "Briefe gegen das Vergessen - November 2020", not "Appellbriefe ..."
    if re.search(r"\s[-|–—]\s*amnesty\b[^-|–—]*$", line, re.I):
        return True
    site = _SITE_IN_TITLE.search(line)
    if site and _ORGANISATION.match(site.group(1)):
        # "Ciberacción Detalle – Amnistía Internacional X | Defendemos ...": a page's title,
        # the site's name and its slogan
        return True
    if _ORGANISATION.fullmatch(line.strip()):
        return True  # the organisation's name alone, a page's letterhead: "AMNISTÍA INTERNACIONAL"
    if re.match(r"^[^()]{0,40}\bpictured\b(?!\))", line):
        return True  # an image's description: "Ana Example pictured on the beach ..."
    if line.rstrip().endswith((",", ":", "!")) and salutation_start(table).match(line):
        return True  # a letter's salutation ("Monsieur le Ministre,", "Sire, Monseigneur,")
    return len(line) < 12 or line.endswith(":")


def _japanese_fields(draft: Draft, lines: list[str], table: Markers) -> None:
    """Read the labelled fields of Japanese pages (label on one line, value on the next)."""
    if table.language != "ja":
        return
    for number, line in enumerate(lines[:-1]):
        label = line.rstrip(":：").strip()
        field = JA_FIELDS.get(label)
        value = lines[number + 1].strip()
        if not field or not value:
            continue
        if field in ("deadline", "issued"):
            date = first_date(value, "ja")
            if date and date.full():
                draft.put((field,), date.iso(), rule=f"{field}.field")
        elif field == "ua" and "ua" not in draft.record:
            found = re.match(r"(\d{1,4})/(\d{2,4})", value)
            if found:
                draft.put(("ua",), f"UA {found.group(1)}/{found.group(2)}", rule="ua.field")
        elif field == "country":
            code = country_code(value, "ja")
            if code:
                draft.put(("country",), code, rule="country.field")
        elif field == "persons":
            for part in re.split(r"[、,]", value):
                marker = re.match(r"^(.+?)[(（](男性|女性)[)）]$", part.strip())
                name = marker.group(1) if marker else part.strip()
                for suffix in table.name_suffixes:
                    name = name.removesuffix(suffix)
                person: dict[str, Any] = {"name": name, "gender": "unknown"}
                if marker:
                    person["gender"] = "male" if marker.group(2) == "男性" else "female"
                latin = re.search(
                    re.escape(name) + r"[(（]([A-Za-z][A-Za-z ]+)[)）]", "\n".join(lines)
                )
                if latin:
                    person["other_names"] = [latin.group(1)]
                position = len(draft.record.get("persons") or [])
                draft.put(("persons", position), person, rule="persons.field")
                role = _japanese_role(name, "\n".join(lines), table)
                if role:
                    draft.put(("persons", position, "role"), role, rule="persons.role")


def _japanese_role(name: str, text: str, table: Markers) -> str | None:
    """Return the role a Japanese text puts before a name ("人権派弁護士の高智晟さん")."""
    if not table.role_words:
        return None
    roles = "|".join(sorted(map(re.escape, table.role_words), key=len, reverse=True))
    # "活動家の丁亜軍さん", also "活動家、胡建国さん" (the role, a comma, the name)
    said = re.search(
        rf"([\u3400-\u9fff\u30a0-\u30ff]{{0,8}}(?:{roles}))[の、]{re.escape(name)}", text
    )
    return said.group(1) if said else None


# A country in capitals at the start of an address's last line, with other words run on
# after it ("SCHWEIZ Im September 2020", the letter's place and date).
_ADDRESS_COUNTRY_RUN_ON = re.compile(r"^([A-ZÀ-Ý][A-ZÀ-Ý .'-]{2,30}?)\s+(?=[A-Z]?[a-zà-ÿ\d])")
# A postal code on an address line (not a UA's number or an index: "UA 160/97").
_POSTAL_LINE = re.compile(r"(?<![\d/.])\d{3,6}(?![\d/.])")
_UA_WORD = re.compile(r"\b(?:UA|AU|EXTRA|FI|Index)\b", re.I)
_UA_NUMBER_SAID = re.compile(r"\b(?:UA|EXTRA)\s+\d{1,4}/\d{2}\b")


def _country(draft: Draft, lines: list[str], table: Markers, header: str) -> str | None:
    """Read the country the case is about: a header line or field, else the text's most named."""
    if "country" in draft.record:
        return str(draft.record["country"])
    language = table.language
    candidates: list[str] = []
    addresses: list[str] = []
    for number, line in enumerate(lines[:30]):
        bare = line.strip(" |")
        previous = lines[number - 1] if number else ""
        addressed = (
            re.search(r"\d{3,}", previous)
            and not _UA_WORD.search(previous)
            and not find_dates(previous, language)
        )  # a header's dates and number above the country line are no postal code
        if addressed and country_code(bare, language):
            # "1209 Geneva / SCHWEIZ": an address's last line names where a target is,
            # not necessarily the country the case is about (a UN mission abroad).
            addresses.append(country_code(bare, language) or "")
            continue
        run_on = _ADDRESS_COUNTRY_RUN_ON.match(bare)
        postal = (
            run_on
            and _POSTAL_LINE.search(previous)
            and not _UA_WORD.search(previous)
            and not find_dates(previous, language)
        )
        if postal and run_on and country_code(run_on.group(1), language):
            # "1209 Geneva / SCHWEIZ Im September 2020": the address's country line with
            # the letter's date run into it
            addresses.append(country_code(run_on.group(1), language) or "")
            continue
        parts = [bare, *re.findall(r"\(([^():]+):\s*(?:UA|AU)\b", line)]
        parts += re.findall(r"\|\s*([^|]+?)\s*$", line)
        parts += re.findall(r"Index:\s*[A-Z]{3} \d{2}/\d{3,4}/\d{4}\s+(.+?)\s+Date:", line)
        prefix = re.match(r"^([^:|/]{3,30})\s*[:/]", bare)
        if prefix:
            parts.append(prefix.group(1))
        caps = re.match(r"^([A-Z][A-Z ]{2,30})\s+\S", bare)
        if caps:
            parts.append(caps.group(1))
        for part in parts:
            code = country_code(part, language)
            if code:
                candidates.append(code)
        if candidates:
            break
    if not candidates:
        # A forwarded e-mail prints the UA's header below the list's or the section's
        # preamble: the country in capitals alone on its line, a few lines below the line
        # that gives the UA's number ("Further Information on UA 324/06 (...) and" ...
        # "THAILAND").
        numbered = [n for n, line in enumerate(lines[:70]) if _UA_NUMBER_SAID.search(line)]
        for number, line in enumerate(lines[30:70], start=30):
            bare = line.strip()
            if not (bare.isupper() and any(0 < number - n <= 6 for n in numbered)):
                continue
            code = country_code(bare, language)
            if code:
                candidates.append(code)
                break
    if candidates:
        draft.put(("country",), candidates[0], rule="country.header")
        return candidates[0]
    counts: Counter[str] = Counter()
    for line in lines:
        for code, _start, _end in countries_in(line, language):
            counts[code] += 1
    # The nationality the opening lines give the person of the case ("Die vietnamesische
    # Menschenrechtsverteidigerin", "Le défenseur égyptien") names the case's country.
    demonyms = DEMONYMS.get(language, {})
    opening = " ".join([line for line in lines if line][:6])
    for word in re.findall(r"[^\W\d_][\w-]*", opening):
        code = demonyms.get(word.casefold())
        if code:
            counts[code] += 2
    if counts:
        code = counts.most_common(1)[0][0]
        # The country the text names most, where a target's address is too: two signs agree.
        how = "country.address_and_text" if code in addresses else "country.most_named"
        # The case's Amnesty index files it under a country ("EUR 55/…" for a case in
        # Azerbaijan whose text names Russia more): the index says whose case it is, where no
        # address agrees with the text's count.
        indexed = index_country(str(draft.record.get("index") or ""))
        if how == "country.most_named" and indexed and indexed[0] != code:
            code, how = indexed[0], "country.index_over_text"
        draft.put(("country",), code, rule=how)
        return code
    # A page that names no country at all: its Amnesty index names one by its code
    # ("AFR 16/002/2008": Burundi).
    named = index_country(str(draft.record.get("index") or ""))
    if named:
        code, sure = named
        draft.put(("country",), code, rule="country.index" if sure else "country.index_unsure")
        return code
    return None


def _languages(draft: Draft, lines: list[str], table: Markers, country: str | None) -> None:
    """Read the languages to write in ("in English, Persian or your own language"); the
    case's `country` settles a name that stands for different languages ("Bahasa")."""
    text = "\n".join(lines)
    found = list(_write_in_lists(text, table, country))
    for source, codes, own, unknown in found:
        if codes:
            # A page in two languages may allow the writer's own in its other block only
            # ("Schreiben Sie in gutem Tamil oder auf Deutsch" / "IN ENGLISH, TAMIL OR YOUR
            # OWN LANGUAGE"): any request to write in languages that allows it counts.
            own = own or any(allowed for _source, _codes, allowed, _unknown in found)
            how = "languages.phrase" if source is table else "languages.other_language"
            draft.put(("languages",), codes, rule=how)
            if unknown:
                # A list with a word no language table knows: a language is missing.
                draft.todo(
                    ("languages",),
                    "the text names a language not recognised here ("
                    + ", ".join(f"'{word}'" for word in unknown)
                    + "): add its code",
                )
            if own:
                draft.put(("own_language_allowed",), True, rule=how)
            _other_languages(draft, found, source, codes)
            _loosely_listed_others(draft, text, table, country, codes)
            return
    _listed_languages(draft, text, table, country)


def _loosely_listed_others(
    draft: Draft, text: str, table: Markers, country: str | None, codes: list[str]
) -> None:
    """Mark the languages read from a request when the text lists others elsewhere with no
    phrase a table knows ("Please write - in Spanish* or English - ..." in a repost's
    introduction above the UA's "in Spanish or your own language")."""
    pattern, _own = _language_list(table)
    folded = fold(text)
    others = {
        code
        for found in pattern.finditer(folded)
        for code in language_codes(text[found.start(1) : found.end(1)], table, country)[0]
    } - set(codes)
    if others and "other languages" not in draft.todos.get(("languages",), ""):
        draft.todo(
            ("languages",),
            f"the text lists other languages to write in too ({', '.join(sorted(others))}): "
            "check which are this action's",
        )


def _write_in_lists(
    text: str, table: Markers, country: str | None
) -> Iterator[tuple[Markers, list[str], bool, list[str]]]:
    """Yield each request to write in languages, in the order of the tables' phrases: its
    table, the languages' codes, whether the writer's own is allowed, and unknown words."""
    lowered = text.lower()
    for source in dict.fromkeys((table, TABLES["en"])):
        # The first phrase that names languages: "please write in your own words or using
        # the template letter in English or Kazakh" names them in its second "in".
        for phrase in source.write_in:
            if not may_match(phrase, lowered):
                continue
            for match in compile_phrase(phrase, source).finditer(text):
                codes, own, unknown = language_codes(match.group("langs"), source, country)
                # "PREFERRED LANGUAGE TO ADDRESS TARGET: Arabic / You can also write in your
                # own language.": the next sentence may allow it.
                # (the list may wrap before it: "in Arabic, English or" / "your own language")
                following = re.sub(r"\s+", " ", text[match.start("langs") : match.end() + 120])
                own = own or any(fold(phrase) in fold(following) for phrase in source.own_language)
                yield source, codes, own, unknown


def _other_languages(
    draft: Draft,
    found: list[tuple[Markers, list[str], bool, list[str]]],
    source: Markers,
    codes: list[str],
) -> None:
    """Mark the languages to write in when the text names others elsewhere ("write in
    English or Spanish" above, "Write in Arabic" in another action's part): which list is
    this action's is then the reviewer's to say."""
    others = {code for table, listed, _own, _unknown in found if table is source for code in listed}
    others -= set(codes)
    if others:
        draft.todo(
            ("languages",),
            f"the text names other languages to write in too ({', '.join(sorted(others))}): "
            "check which are this action's",
        )


def _listed_languages(draft: Draft, text: str, table: Markers, country: str | None) -> None:
    """Read the languages to write in from a list of them with no phrase a table knows
    before it: "..., en arabe, en anglais ou dans votre propre langue :", "in English , Arabic
    or your own language". Two languages or more joined by "or" (or one and the writer's
    own) after "in"/"en"/"auf": a UA names languages so only to say what to write in."""
    pattern, own = _language_list(table)
    found = pattern.search(fold(text))
    if not found:
        return
    said = text[found.start(1) : found.end(1)]
    codes, allowed, _unknown = language_codes(said, table, country)
    if own and fold(said).endswith(own):
        allowed = True
    if not codes:
        return
    draft.put(("languages",), codes, rule="languages.other_language")
    draft.todo(
        ("languages",), f"read from '{said}' (no phrase before it that a table knows): check"
    )
    if allowed:
        draft.put(("own_language_allowed",), True, rule="languages.other_language")


@cache
def _language_list(table: Markers) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """Return the expression of a list of languages to write in, on folded text, and the
    folded words that allow the writer's own language ("your own language")."""
    names = sorted({n for n in language_names(table.language) if len(n) > 3}, key=len, reverse=True)
    language = "(?:" + "|".join(map(re.escape, names)) + ")"
    own = tuple(
        fold(phrase).removeprefix("or ").removeprefix("oder ").removeprefix("ou ")
        for source in dict.fromkeys((table, TABLES["en"]))
        for phrase in source.own_language
    )
    owns = "|".join(map(re.escape, own))
    ors = r"(?:or|oder|ou|o)"
    return (
        re.compile(
            # (a footnote's star after a name: "in Spanish* or English")
            rf"(?<!\w)(?:in|en|auf)\s+({language}\*?(?:\s*,\s*(?:(?:in|en|auf)\s+)?{language}\*?)*"
            rf"\s*,?\s+{ors}\s+(?:(?:in|en|auf)\s+)?(?:{language}|{owns}))(?!\w)"
        ),
        own,
    )


# -- deadline and status ---------------------------------------------------------------


def _deadline_and_status(draft: Draft, lines: list[str], table: Markers, url: str | None) -> None:
    """Read the deadline, an extension, and whether the action is open, updated or closed."""
    text = "\n".join(lines)
    url_says_update = bool(url and re.search(r"[/-]update[/-]", url.split("?")[0], re.I))
    tables = list(dict.fromkeys((table, TABLES["en"])))
    for source in tables:
        extended = search(source.deadline_extended, text, source)
        if extended:
            # "extended from 10 May to 30 June": the last date printed is the new deadline
            dates = [v for k, v in extended.groupdict().items() if k.startswith("date") and v]
            date = first_date(dates[-1], table.language)
            sentence = _sentence_at(text, extended.start())
            update: dict[str, Any] = {"kind": "extended", "text": sentence}
            if date and date.full():
                draft.put(("deadline",), date.iso(), rule="deadline.extended")
                _ambiguous_date(draft, ("deadline",), date)
            elif date:
                _put_deadline(draft, date, "deadline.extended")
                update["date_text"] = date.text
            _add_update(draft, update, "updates.extended")
            draft.put(("status",), "update", rule="status.marker")
            break
    else:
        # The phrases that say nothing but "until {date}" come after every precise one.
        phrases = [(source, source.deadline) for source in tables]
        phrases += [(source, source.deadline_loose) for source in tables]
        for source, deadline in phrases:
            found = search(deadline, text, source)
            if not found:
                continue
            date = first_date(found.group("date"), table.language)
            how = "deadline.loose" if deadline is source.deadline_loose else "deadline.marker"
            if source is not table:
                how = "deadline.other_language"  # an English sentence in a German page
            if date:
                _put_deadline(draft, date, how)
            break
    # A page's status line may be in its chrome's language, not the UA's ("Abgeschlossen am
    # ..." above an English text): a closing phrase of any table ends the action.
    reopened = False
    every = [*tables, *(t for t in TABLES.values() if t not in tables)]
    # A site's dated status line in its chrome's language ("Abgeschlossen am 13. Juni 2019"
    # above an English text) says the action ended, and when, before any closing words of
    # the text in its own language ("were released today").
    for source in every:
        if source.language == table.language:
            continue
        dated = [
            m
            for m in compile_phrase_all(source.closed, source, text)
            if "date" in m.groupdict()
            and m.group("date")
            and len(_line_of(text, m.start())) <= 80
            and not _reopened(text, m, tables)
        ]
        if dated:
            _closed(draft, text, dated[0], table)
            return
    for source in every:
        closings = compile_phrase_all(source.closed, source, text)
        kept = [m for m in closings if not _reopened(text, m, tables)]
        # A page may print its closing line twice, once with the day it ended ("Esta acción
        # ha finalizado. ..." under the title, "Esta acción ha finalizado (15 de enero de
        # 2015)" further down): the dated one says when.
        closed = next((m for m in kept if _closing_date(text, m, table)), None) or next(
            iter(kept), None
        )
        reopened = reopened or bool(closings and closed is None)
        if closed:
            _closed(draft, text, closed, table)
            return
    if reopened:
        draft.todo(
            ("status",),
            "the text says the action was closed and has been taken up again: check the status",
        )
    if "deadline" not in draft.record and "deadline_text" not in draft.record:
        # A notice that thanks those who sent appeals, and sets no date to write by.
        for source in tables:
            thanks = search(source.thanks, text, source)
            if thanks and not _reopened(text, thanks, tables):
                _closed(draft, text, thanks, table, rule="status.thanks")
                return
    if "status" not in draft.record:
        head = "\n".join(lines[:12])
        victory = next(
            (found for source in tables if (found := search(source.victory, head, source))),
            None,
        )
        if victory:
            # "Urgent Action Victory!": the page tells the outcome; Amnesty ends most such
            # actions with it, but the page may ask for more.
            _closed(draft, text, victory, table, rule="status.victory")
            return
    if "status" not in draft.record:
        updated = any(matches(source.update, text, source) for source in tables)
        head = "\n".join(lines[:12])
        if updated and any(matches(source.update, head, source) for source in tables):
            draft.put(("status",), "update", rule="status.marker")
        elif updated:
            draft.put(("status",), "update", rule="status.text")
        elif url_says_update:
            draft.put(("status",), "update", rule="status.address")
        else:
            draft.put(("status",), "open", rule=_open_rule(draft))
        loose = next(
            (
                found
                for source in tables
                if (found := search((*source.closed_loose, *source.thanks), text, source))
            ),
            None,
        )
        if loose and not reopened:
            draft.todo(
                ("status",),
                f"the text says '{_sentence_at(text, loose.start())[:120]}': has the action "
                "ended? check the status",
            )


# Closing words that speak for one person: "no further action is required on his behalf",
# "plus d'action en sa faveur".
def _closed_for_one(draft: Draft, lines: list[str], table: Markers) -> None:
    """Undo a closure whose notice speaks for one person when the text names more ("X
    was released ...; no further action is required on his behalf", above three others still
    held): the action goes on for the others; that person's release is their status."""
    notice = str(draft.record.get("status_text") or "")
    # (named persons only: "her family" beside one person is no one else the action is for)
    named = len(draft.record.get("persons") or [])
    updates = draft.record.get("updates") or []
    if (
        draft.get(("status",)) != "closed"
        or named < 2
        or not any(
            matches(source.closing_for_one, notice, source)
            for source in dict.fromkeys((table, TABLES["en"]))
        )
        or not updates
        or updates[-1].get("kind") != "closed"
    ):
        return
    draft.drop(("updates", len(updates) - 1))
    if not draft.record.get("updates"):
        draft.drop(("updates",))
    draft.drop(("status_text",))
    text = "\n".join(lines)
    tables = dict.fromkeys((table, TABLES["en"]))
    updated = any(matches(source.update, text, source) for source in tables)
    draft.drop(("status",))
    draft.put(("status",), "update" if updated else "open", rule="status.text")
    draft.todo(
        ("status",),
        f"the closing words speak for one person ('{notice[:100]}') and the text names "
        "others: the action was read as going on for them; check the status",
    )


def _reopened(text: str, match: re.Match[str], tables: list[Markers]) -> bool:
    """Say whether the paragraph of a closing phrase says the action was taken up again
    ("This action was closed in 2017 ... We are re-opening it because ...")."""
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    paragraph = text[start : end if end >= 0 else len(text)]
    return any(matches(source.reopened, paragraph, source) for source in tables)


def _put_deadline(draft: Draft, date: FoundDate, how: str) -> None:
    """Put the deadline: the whole date, else what is printed of it, marked."""
    if date.full():
        draft.put(("deadline",), date.iso(), rule=how)
        _ambiguous_date(draft, ("deadline",), date)
    elif date.partial():
        # "This Urgent Action expires on December 2021": the letters need a day.
        draft.put(("deadline",), date.partial(), rule=how)
        draft.todo(
            ("deadline",),
            f"the text gives the deadline without its day ('{date.text}'): write the date to "
            "write by as YYYY-MM-DD",
        )
    else:
        draft.put(("deadline_text",), date.text, rule=how)
        draft.todo(
            ("deadline_text",),
            f"the text gives the deadline without its year ('{date.text}'): write it as YYYY-MM-DD",
        )


def _dated_notices(draft: Draft, lines: list[str], table: Markers) -> None:
    """Read the dated notices a page adds above the UA ("12.11.2019: Long sentences" and a
    paragraph): each is an update, dated, its text the paragraph's first sentence."""
    dated = {str(update.get("date")) for update in draft.record.get("updates") or []}
    for number, line in enumerate(lines):
        labelled = _labelled_notice(lines, number, table)
        if labelled and draft.get(("status",)) == "open":
            # a page that adds dated news to its action is an update of it
            draft.put(("status",), "update", rule="status.marker")
        if labelled and labelled["date"] not in dated:
            _add_update(draft, labelled, "updates.notice")
            dated.add(labelled["date"])
            continue
        # "12.11.2019: Long sentences", "02.10.2024 - Thanks ...", "14.02.2025 / Update: ..."
        head = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})\s*(?::|\s[-–/])\s*(?=\S)", line)
        if not head:
            continue
        day, month, year = (int(part) for part in head.groups())
        year += 2000 if year < 100 else 0
        try:
            when = dt.date(year, month, day).isoformat()
        except ValueError:
            continue
        rest = line[head.end() :].strip()
        # A notice's own label ("Mise à jour:", "Update:") says nothing of what happened.
        rest = re.sub(
            r"^(?:update|mise à jour|aktualisierung|actualización|neu)\s*:\s*", "", rest, flags=re.I
        )
        if when in dated:
            continue  # the closing notice is the closing update already
        if len(rest) >= 40:
            # The notice is on its line: "02.10.2024 - Dankesbotschaften für ...".
            _add_update(draft, {"date": when, "kind": "info", "text": rest}, "updates.notice")
            dated.add(when)
            continue
        paragraph = next((item for item in lines[number + 1 : number + 4] if item), "")
        if not paragraph or re.match(r"^\d{1,2}\.\d{1,2}\.", paragraph):
            continue
        said = sentences(paragraph)
        update = {"date": when, "kind": "info", "text": (said[0] if said else paragraph).strip()}
        _add_update(draft, update, "updates.notice")
        dated.add(when)


def _either(words: tuple[str, ...]) -> str:
    """Return words as one alternative of an expression, longest first, a space matching
    any white space."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


# A notice's label before its date ("UPDATE 29 December 2024:", "Update (14 February 2025):",
# "+++ Aktualisierung vom 2. November 2022 +++", "Actualización del 3 de marzo de 2021:") or
# after it ("February 14, 2025 update:").
_NOTICE_LABEL = re.compile(
    r"^[\s+*#•◼-]*(?:urgent action\s+|ua\s+)?(?:update|mise à jour|aktualisierung|actualización)"
    r"(?:\s+(?:vom|du|del|de|from|of|on|am))?[\s(,:]*",
    re.I,
)
_NOTICE_LABEL_AFTER = re.compile(
    r"^[\s,]*(?:update|mise à jour|aktualisierung|actualización|"
    # "14.06.2019 Correction" above the corrected details
    r"correction|korrektur|berichtigung|corrección|rectificatif|"
    # a news banner, in any language (the tables' `news_banners`): "11.06.2019 Latest news",
    # "03.02.2021 Gute Nachrichten", "12/05/2020 Bonne nouvelle"
    rf"{_either(every_language('news_banners'))})\b",
    re.I,
)


# The length up to which the paragraph under a dated banner is the news whole (a few
# sentences); a longer one is the case's text again, its first sentence the news.
_SHORT_NEWS = 400


def _labelled_notice(lines: list[str], number: int, table: Markers) -> dict[str, Any] | None:
    """Return the update a labelled, dated notice reports, its text the news after the date
    (on its line after a colon or dash, or the next line's first sentence under a banner)."""
    line = lines[number]
    label = _NOTICE_LABEL.match(line)
    rest = line[label.end() :] if label else line.lstrip(" +*#•◼-")
    # "UPDATE: On 26 April 2011 Amnesty International reported ...", "Update: Am 3. Mai
    # 2020 wurde ...": the label's news is a sentence that begins with its date
    told = re.match(r"(?:on|am|le|el|en)\s+(?=\d)", rest, re.I) if label else None
    if told:
        date = first_date(rest[told.end() :], table.language)
        if date is None or date.start != 0 or not date.full():
            return None
        said = rest.strip()
        if len(said) < 40:
            return None
        first = sentences(said)
        return {"date": date.iso(), "kind": "info", "text": (first[0] if first else said).strip()}
    date = first_date(rest, table.language)
    if date is None or date.start != 0 or not date.full():
        return None
    after = rest[date.end :]
    if label is None:
        following = _NOTICE_LABEL_AFTER.match(after)
        if not following:
            return None
        after = after[following.end() :]
    after = after.lstrip(" )")
    news = re.match(r"^\s*[:–—-]\s*(?P<news>[^\W\d_].{29,})", after)
    if news:
        said, *closed = re.split(r"\s*\+{2,}", news.group("news"))
        if closed and label and line.lstrip().startswith("+++"):
            # "+++ Update 3. Mai 2024: X. Y! +++": the banner's brackets hold the whole news
            return {"date": date.iso(), "kind": "info", "text": said.strip()}
    elif re.fullmatch(r"[\s+*:]*", after):
        # a banner alone on its line: the news is the paragraph below it
        said = next((item for item in lines[number + 1 : number + 3] if item.strip()), "")
        # (the news may open with an exclamation or a quotation: "¡Buenas noticias! ...")
        if not re.match(r"^[¡¿«“\"]?[^\W\d_]", said) or len(said) < 30:
            return None
        if len(said) <= _SHORT_NEWS:
            # a short paragraph under the banner is the news whole, whatever its sentences
            return {"date": date.iso(), "kind": "info", "text": said.strip()}
    else:
        return None
    first = sentences(said)
    return {"date": date.iso(), "kind": "info", "text": (first[0] if first else said).strip()}


def _open_rule(draft: Draft) -> str:
    """Return how sure "open" is: a numbered UA with a deadline and no update marker is open."""
    numbered = draft.rules.get(("ua",)) in ("ua.printed", "ua.field")
    dated = draft.rules.get(("deadline",)) in ("deadline.marker", "deadline.field")
    return "status.marker" if numbered and dated else "status.default"


def _add_update(draft: Draft, update: dict[str, Any], rule: str) -> None:
    """Add an entry to the updates the text reports."""
    draft.put(("updates", len(draft.record.get("updates") or [])), update, rule=rule)


def _sentence_at(text: str, position: int) -> str:
    """Return the sentence (or line) of `text` that holds `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    offset = position - start
    for sentence in sentences(line):
        index = line.find(sentence)
        if index <= offset < index + len(sentence) + 1:
            return sentence.strip()
    return line.strip()


def _notice_run(line: str, sentence: str) -> str:
    """Return a notice's sentence and those after it that still belong to the notice.

    A closing notice in capitals that runs on into the case's story ("NO FURTHER ACTION IS
    REQUESTED. MANY THANKS TO ALL WHO SENT APPEALS. X is a political activist ...") goes on
    while its sentences are in capitals like it; the story's first sentence ends it.
    """
    start = line.find(sentence)
    if start < 0:
        return sentence
    said = sentence
    shouted = sentence.isupper()
    for following in sentences(line[start + len(sentence) :]):
        following = following.strip()
        if not (shouted and following.isupper()):
            break
        said = f"{said} {following}"
    return said


_SENTENCE_STOP = re.compile(r"[.!?](?=[\s\"'’”)]|$)")


def _wrapped_on(text: str, end: int, said: str) -> str:
    """Return `said` (a line that ends at `end`) with the rest of its sentence, where the
    document's hard line breaks cut it: "... which are believed to have played an important"
    / "part in the release of X. One of his relatives ..." goes on to "X."."""
    for _ in range(3):
        if end < 0 or said.rstrip().endswith((".", "!", "?", ":", ";", ")", '"', "”")):
            break
        following_end = text.find("\n", end + 1)
        following = text[end + 1 : following_end if following_end >= 0 else len(text)].strip()
        if not following[:1].islower():
            break
        stop = _SENTENCE_STOP.search(following)
        if stop:
            return f"{said.rstrip()} {following[: stop.end()]}"
        said, end = f"{said.rstrip()} {following}", following_end
    return said


def _runs_on_unended(text: str, start: int, notice: str) -> bool:
    """Say whether a notice of a sentence's length (not a label such as "Action terminée")
    ends its line without a sentence's end and the next line goes on without a blank line
    between: a hard-wrapped sentence cut where the next line opens with a capital ("... sent
    appeals on behalf of" / "Maria Example.")."""
    notice = notice.rstrip()
    if len(notice.split()) < 6 or notice.endswith((".", "!", "?", ":", ";", ")", '"', "”", "»")):
        return False
    tail = notice[-20:]
    at = text.find(tail, start)
    if at < 0:
        return False
    rest = text[at + len(tail) :]
    line_end = rest.find("\n")
    if line_end < 0 or rest[:line_end].strip():
        return False
    following = rest[line_end + 1 :].split("\n", 1)[0].strip()
    return bool(following)


def _closed(
    draft: Draft, text: str, match: re.Match[str], table: Markers, rule: str = "status.marker"
) -> None:
    """Record that the action has ended: the status, its sentence, and the closing update."""
    draft.put(("status",), "closed", rule=rule)

    def line_at(position: int) -> str:
        return text[text.rfind("\n", 0, position) + 1 :].split("\n", 1)[0].strip()

    line = line_at(match.start())
    # A page may print its closing notice twice: a banner ("Esta acción ha finalizado.
    # Hemos sido 4.414 firmantes") and the notice itself with its date ("Esta acción ha
    # finalizado (15 de enero de 2015)"); the dated one says when.
    again = [
        other
        for other in re.finditer(re.escape(match.group()), text, re.I)
        if fold(line_at(other.start())) != fold(line)
    ]
    line_date = None
    twice = bool(again)
    if again and not any(found.full() for found in find_dates(line, table.language)):
        for other in again:
            dated = [f for f in find_dates(line_at(other.start()), table.language) if f.full()]
            if dated and len(line_at(other.start())) <= 200:
                match, line, line_date, twice = other, line_at(other.start()), dated[0], False
                break
    sentence = _sentence_at(text, match.start())
    # The line that says it, when it is short ("Abgeschlossen am 25. Juli 2020", "No further
    # action is requested ... Many thanks ..."), less the parts of it that say something else.
    status_text = line if len(line) <= 200 else _notice_run(line, sentence)
    if len(line) <= 200:
        status_text = _wrapped_on(text, text.find("\n", match.start()), status_text)
    parts = re.split(r"\s+/\s+", status_text)
    said = fold(match.group())
    if len(parts) > 1:
        status_text = next((p for p in parts if said in fold(p)), status_text)
    notice = status_text.strip(" *")
    spoken = [part for part in sentences(status_text) if said in fold(part)]
    if spoken and len(status_text) > 200 // 2:
        # A notice that first tells what happened ("X was released. No further appeals are
        # needed."): the status begins at the sentence that says it, or at the thanks just
        # before it ("Congratulations to all those who participated ... Please send no more
        # appeals.")
        said_before = [part.strip() for part in sentences(status_text)]
        at = said_before.index(spoken[0].strip()) if spoken[0].strip() in said_before else 0
        if at and _THANKS_FIRST.match(said_before[at - 1]):
            spoken = [said_before[at - 1]]
        status_text = status_text[status_text.find(spoken[0]) :]
    status_text = status_text.strip(" *")
    # "She is held without charge. Her colleague was released on 2 May; no further action is
    # needed for him.": a notice that comes after the story's own sentences, in the middle of
    # its paragraph, may close another person's or an earlier action.
    story = line[: max(0, line.find(status_text))].strip()
    told_before = (
        len(line) <= 200
        and story.endswith((".", "!", "?"))
        and not _NOTICE_AFTER_NEWS.search(story)
    )
    # "Weitere Informationen gibt es in der Eilaktion, allerdings empfiehlt AI vorerst keine
    # weiteren Aktionen.": a clause that says something else before the closing words, after
    # a comma and a word that turns to them; the notice is the clause that closes.
    at = find_folded(status_text, said)
    turn = _TURN.search(status_text[:at]) if at > 0 else None
    if turn:
        status_text = status_text[turn.end() - len(turn.group("turn")) :]
    labelled = _KICKER_LABEL.match(line[: max(0, line.find(match.group()))])
    kicker = bool(labelled and len(line) <= 120 and not line.endswith((".", "!", "?")))
    if kicker:
        # A headline's kicker that names the ended action ("Lorvanien: Abgeschlossene
        # Briefaktion für X"): the closing words are the notice, not the country and
        # the name around them.
        status_text = notice = match.group().strip()
    draft.put(("status_text",), status_text, rule="status_text.line")
    if _below_another_document(text, match.start()):
        draft.todo(
            ("status",),
            "the closing words stand below another document's headline, after the text: "
            "check that they close this action",
        )
        draft.todo(("status_text",), "the notice stands below another document's headline")
    related = RELATED_HEADING.search(text, 0, match.start())
    if related and not draft.marked(("status",)):
        draft.todo(
            ("status",),
            f"the closing words stand below '{related.group().strip()}', a list of other "
            "pages: check that they close this action",
        )
    if told_before and not turn:
        for path in (("status",), ("status_text",)):
            draft.todo(
                path,
                "the notice comes after other sentences of its paragraph: check that it "
                "closes this action, not another person's or an earlier one",
            )
    if turn:
        draft.todo(
            ("status_text",),
            "the sentence says something else before its closing words: check where the "
            "notice begins",
        )
    if twice:
        draft.todo(
            ("status_text",),
            "the text prints this notice more than once, in other words: check which to keep",
        )
    ending = [part for part in sentences(status_text) if part.strip()]
    if len(ending) > 1 and not any(
        compile_phrase_all((*source.closed, *source.thanks), source, ending[-1])
        for source in dict.fromkeys((table, TABLES["en"]))
    ):
        draft.todo(
            ("status_text",),
            "the notice's line goes on after its closing words: check where the notice ends",
        )
    if len(line) > 200:
        draft.todo(
            ("status_text",),
            "this notice was cut out of a longer paragraph: check where it begins and ends",
        )
    elif _runs_on_unended(text, match.start(), status_text):
        draft.todo(
            ("status_text",),
            "the notice's sentence stops at the end of its line and the text goes on below "
            "it: check where the notice ends",
        )
    date = None
    if "date" in match.groupdict() and match.group("date"):
        # a site's status line may be in its chrome's language ("Abgeschlossen am 13. Juni
        # 2019" above an English text)
        date = next(
            (
                found
                for language in dict.fromkeys((table.language, *TABLES))
                if (found := first_date(match.group("date"), language))
            ),
            None,
        )
    date = date or line_date
    # A site's label alone on its line ("Action terminée", "Abgeschlossene Aktion") says the
    # action is closed, not when: the document's date is the notice's, written before.
    label = fold(line.strip(" *:")) == fold(match.group().strip()) and not line.endswith(".")
    if date is None or not date.full():
        date = _closing_date(text, match, table) or date
    if (date is None or not date.full()) and not label:
        issued = draft.get(("issued",))
        if isinstance(issued, str) and len(issued) == 10:
            date = first_date(issued, table.language)
    # A closing notice set apart on its own line ("Diese Urgent Action ist beendet." under
    # the headline, a site's "Action terminée" under the text) is the closure; the story
    # around it is the action's, not the closing's reason.
    # (A dated status line, "Abgeschlossen am 25. Juli 2020", is the site's record of when;
    # what happened is still told below it.)
    dated_line = bool("date" in match.groupdict() and match.group("date"))
    alone = not dated_line and fold(line.strip(" *:.!")) == fold(match.group().strip(" .!"))
    alone = alone or kicker or (not dated_line and _notice_line(line, table))
    # A notice held between banner marks ("*** Gute Neuigkeiten: X wurde freigelassen.
    # Weitere Appelle sind nicht nötig. ***") is the closure as the page sets it apart, whole.
    bracket = _BANNER_MARKS.fullmatch(line)
    if bracket and not dated_line and len(bracket.group(1)) <= 300:
        alone, notice = True, bracket.group(1).strip()
    reason = None if alone else _closing_reason(draft, text, table)
    if reason and dated_line and date and date.full():
        # A site's dated closing line ("Abgeschlossen am 13. Juni 2019") above news dated
        # another day ("11.06.2019 Latest news" / "... were released today"): the news is
        # what happened before, the line the closure.
        told = _news_date(text, reason, table)
        if told and told.full() and told.iso() != date.iso():
            reason = None
    update: dict[str, Any] = {"kind": "closed", "text": reason or notice}
    if date and date.full():
        update["date"] = date.iso()
    _add_update(draft, update, "updates.closed")


# What a headline's kicker prints before the kind of action it names: the country and a
# colon or dash ("Lorvanien: ", "Lorvania – ").
_KICKER_LABEL = re.compile(r"^\s*[^\W\d_][\w .'-]{1,30}\s*[:–—-]\s*$")


def _line_of(text: str, position: int) -> str:
    """Return the line of `text` that holds `position`, stripped."""
    return text[text.rfind("\n", 0, position) + 1 :].split("\n", 1)[0].strip()


def _news_date(text: str, said: str, table: Markers) -> FoundDate | None:
    """Return the date of the news heading a sentence comes under: a line that begins with
    a date ("11.06.2019 Latest news", "12.11.2019: Long sentences") at most four lines above
    it, before any other heading; None when it comes under none."""
    at = text.find(said)
    if at < 0:
        return None
    above = [line.strip() for line in text[:at].split("\n")[-6:-1] if line.strip()][-4:]
    for line in reversed(above):
        dated = first_date(line, table.language)
        if dated and dated.start == 0:
            return dated
    return None


# A comma and a word that turns to what follows ("..., allerdings empfiehlt AI ...",
# "..., but no further action is requested"), the last one before a notice's closing words.
_TURN = re.compile(
    r".*,\s+(?P<turn>(?:allerdings|jedoch|aber|but|however|mais|cependant|pero|sin embargo)\b)",
    re.I | re.S,
)


# What the sentences before a closing notice in its paragraph tell when the notice is this
# action's: the release or the news that ended it.
_NOTICE_AFTER_NEWS = re.compile(
    r"\b(?:released|freed|acquitted|pardoned|dropped|lifted|returned|set free|update|"
    r"libérée?s?|liberad[oa]s?|freigelassen|aufgehoben)\b",
    re.I,
)

# The thanks a closing notice may begin with, before the words that end the action.
_THANKS_FIRST = re.compile(
    r"^\W*(?:congratulations|many thanks|thank you|thanks|merci|vielen dank|danke|"
    r"muchas gracias|gracias|nuestro agradecimiento)\b",
    re.I,
)


# A line set apart between banner marks: "*** news ***", "+++ news +++".
_BANNER_MARKS = re.compile(r"\s*(?:\*{3,}|\+{3,})\s*(.+?)\s*(?:\*{3,}|\+{3,})\s*")


def _notice_line(line: str, table: Markers) -> bool:
    """Say whether a line is a site's closing label set apart on its own, with a short remark
    after it ("Esta acción ha finalizado. Hemos sido 2.315 firmantes"): every sentence of it
    ends the action or is short, none tells the story. A notice that thanks the senders ("No
    further action is requested. Many thanks to all who sent appeals.") is the notice's prose:
    the news told with it says what ended the action."""
    if len(line) > 200:
        return False
    said = [part.strip(" *") for part in sentences(line) if part.strip(" *")]
    if len(said) < 2:
        return False
    tables = dict.fromkeys((table, TABLES["en"]))
    if any(matches(source.thanks, line, source) for source in tables):
        return False
    return all(
        len(part) <= 40 or any(matches(source.closed, part, source) for source in tables)
        for part in said
    )


def _closing_date(text: str, match: re.Match[str], table: Markers) -> FoundDate | None:
    """Return the full date printed right after a closing phrase, in its sentence ("This
    action ended (12 March 2019)", "Esta acción ha finalizado (15 de enero de 2015)")."""
    sentence = _sentence_at(text, match.start())
    at = sentence.find(match.group())
    after = sentence[at + len(match.group()) :] if at >= 0 else ""
    date = first_date(after[:40], table.language)
    if date is None or not date.full():
        return None
    if not re.match(r"^[\s(,:]*(?:on|le|am|el)?[\s(]*$", after[: date.start], re.I):
        return None
    return date


def _closing_reason(draft: Draft, text: str, table: Markers) -> str | None:
    """Return the sentence that says what happened (released, died), if one says it."""
    lowered = text.lower()
    said = [
        compile_phrase(phrase, source)
        for source in dict.fromkeys((table, TABLES["en"]))
        for phrase in (*source.released, *source.executed, *source.died)
        if may_match(phrase, lowered)
    ]
    title = fold(str(draft.get(("title",)) or ""))
    for paragraph in text.split("\n"):
        if title and fold(paragraph.strip()) == title:
            continue  # the headline says what the notice is about, not what happened
        for sentence in sentences(paragraph):
            if any(pattern.search(sentence) for pattern in said):
                return sentence.strip()
    return None


# -- zones -----------------------------------------------------------------------------


# A short line ending in a colon that may address a letter's reader ("Presidente Maduro:").
_SHORT_ADDRESS = re.compile(r"^[^,.]{3,40}:$")
# A courtesy's abbreviation before a name or an office ("Sra. Presidenta X:", "Dr. X:"): its
# full stop ends no sentence.
_COURTESY_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.(?=\s)")


# "Or" before a request to write, in the languages read.
_OR_ELSE = re.compile(r"^\s*(?:or|ou|oder|o)\s+(?=\w)", re.I)


def _zones(lines: list[str], table: Markers) -> Zones:
    """Find where the action, the targets, the copies and a model letter begin."""
    tables = list(dict.fromkeys((table, TABLES["en"])))

    def first(kind: str, start: int = 0) -> int | None:
        for number in range(start, len(lines)):
            said = [lines[number]]
            if kind == "targets_start":
                # "Ou écrire :", "Or write to:", "Oder schreiben Sie an:": the list of
                # addressees offered beside another way to act (a tweet, a petition)
                said.append(_OR_ELSE.sub("", lines[number]))
            if any(
                matches(getattr(source, kind), line, source) for source in tables for line in said
            ):
                following = next((line for line in lines[number + 1 :] if line), "")
                if kind == "targets_start" and (
                    any(matches(source.demand_intro, lines[number], source) for source in tables)
                    or (bullet_text(following) and not _bullets_hold_a_block(lines, number, table))
                ):
                    continue  # "... urging him to:", or a line whose bullets are demands
                return number
        return None

    action = first("action")
    targets = first("targets_start")
    if targets is None:
        deadline = first("deadline")
        if deadline is not None and lines[deadline].rstrip().endswith(":"):
            targets = deadline
    letter = first("letter_start")
    salutation = salutation_start(table)
    start = targets if targets is not None else (action if action is not None else 0)
    # A page that is the letter alone opens with its salutation ("Sire, Monseigneur,").
    for number in range(start + 1 if start or targets is not None else 0, len(lines)):
        line = lines[number]
        label = re.match(r"^[^:]{2,30}:", line)
        if label and label_of(label.group()[:-1], table):
            continue
        above_label = re.fullmatch(r"([^:]{2,30}):", lines[number - 1].strip()) if number else None
        if above_label and label_of(above_label.group(1), table) == "salutation":
            continue  # "Salutation:" / "Dear Minister": the label's value, no letter
        if (
            salutation.match(line)
            and (
                line.endswith((",", ":", "!"))
                or len(line) < 60
                or len(_salutation_list(line, table)) > 1
            )
            and not _heads_a_block(lines, number)
        ):
            # A model letter's heading above the addressee ("MUSTERBRIEF" / "APPELLE AN" /
            # the address / "Sehr geehrter ..."): the letter's body begins at its salutation.
            if letter is None or number < letter or (targets is not None and letter < targets):
                letter = number
                above = lines[number - 1].strip()
                if (
                    number - 2 > start
                    and re.fullmatch(r"[^\W\d_]{3,}", above)
                    and above.isupper()
                    and re.search(r"\d", lines[number - 2])
                    and not country_code(above, table.language)
                ):
                    # "... / 1030 Wien / INHALT / Sehr geehrter ...": the letter's own heading
                    # under the postal line, no part of the address
                    letter = number - 1
            break
        short = (
            targets is not None
            and _SHORT_ADDRESS.match(_COURTESY_ABBREVIATION.sub("", line))
            and number > start + 2
        )
        if short and _looks_like_salutation(line, lines, number, table):
            if letter is None or number < letter:
                letter = number
            break
    copies = first("copies_start", targets or 0) if targets is not None else first("copies_start")
    copies_unknown = False
    end = len(lines)

    def zone_end(start: int | None, *stops: int | None) -> int:
        """Return where a zone of blocks ends: at another zone, or where the action resumes."""
        if start is None:
            return start or 0
        for number in range(start + 1, len(lines)):
            if number in stops:
                return number
            line = lines[number]
            resumes = not lines[number - 1] and any(
                matches((*source.action, *source.write_in, *source.deadline), line, source)
                for source in tables
            )
            if resumes and not any(
                matches(source.targets_start, line, source) for source in tables
            ):
                return number
            if not lines[number - 1] and _closing_notice(line, tables):
                return number  # "NO FURTHER ACTION IS REQUESTED ...": no addressee's block
            if _is_background(line, tables):
                # The background goes on after the list ("Government raids and allegations"
                # and its paragraphs): a heading before it belongs to it.
                heading = number - 1
                while heading > start and not lines[heading]:
                    heading -= 1
                before = heading - 1
                while before > start and not lines[before]:
                    before -= 1
                if _is_heading(lines[heading]) and before > start and not lines[heading - 1]:
                    return heading
                return number
        return end

    by_shape = False
    if targets is None and _letter_heading(lines, table) is None:
        # No phrase of any table asks to write to anyone: an address is still an address.
        shaped = _address_run(lines, table, letter if letter is not None else len(lines))
        closing = _letter_closing(lines, table, letter)
        if shaped is None and closing is not None:
            # The addresses follow the model letter ("Yours sincerely," / "Prime Minister /
            # Nguyen ..."): a blog's or a section's repost puts them last.
            shaped = _address_run(lines, table, len(lines), begin=closing + 1)
        if shaped is not None:
            targets, by_shape = shaped - 1, True
            if copies is not None and copies < targets:
                copies = None
        elif action is not None:
            # "1) President of the Republic" under the recommended action, its heading
            # ("APPEALS TO:") lost: the Secretariat's numbered addressees
            numbered = _numbered_addressee(lines, action + 1, letter, table)
            if numbered is not None:
                targets, by_shape = numbered - 1, True
    if copies is None and targets is not None:
        copies = _copy_heading(
            lines, targets + 1, letter if letter is not None else len(lines), table
        )
        copies_unknown = copies is not None
    targets_end = zone_end(targets, copies, letter)
    if (
        targets is not None
        and not by_shape
        and not _holds_a_block(lines[targets:targets_end], table)
        and (again := first("targets_start", targets_end)) is not None
        and (letter is None or again < letter)
        and (copies is None or copies > again)
    ):
        # The request to write stands twice (a page's teaser above the case, the action
        # below it): the addressees follow the one whose lines hold a block
        again_end = zone_end(again, copies, letter)
        if _holds_a_block(lines[again:again_end], table) or any(
            _BARE_EMAIL.fullmatch(line.strip()) for line in lines[again:again_end]
        ):
            targets, targets_end = again, again_end
    if (
        targets is not None
        and not by_shape
        and not _holds_a_block(lines[targets:targets_end], table)
    ):
        # The phrase that opens targets on other pages stands after them here ("Click here
        # to let us know ..." below the addresses): the addresses are found by their shape
        shaped = _address_run(lines, table, letter if letter is not None else len(lines))
        if shaped is not None and shaped - 1 != targets:
            targets, by_shape = shaped - 1, True
            if copies is not None and copies < targets:
                copies = None
            targets_end = zone_end(targets, copies, letter)
    if targets is not None and not by_shape:
        targets = _past_own_heading(lines, targets, targets_end)
    copies_end = zone_end(copies, letter)
    heading = _letter_heading(lines, table) if targets is None else None
    if heading is not None:
        targets, targets_end = -1, heading
    zones = Zones(action, targets, copies, letter, end, targets_end, copies_end, by_shape)
    zones.copies_unknown = copies_unknown and copies is not None
    return zones


# The section's own words heading its part of a page ("Our Appeal", "Notre pétition",
# "Unser Appell", "Nuestra petición"): first-person plural possessives.
_OWN_HEADING = re.compile(
    r"^(?:our|notre|nos|unser|unsere|nuestro|nuestra|nuestros|nuestras)\s+\S+$", re.I
)


def _past_own_heading(lines: list[str], targets: int, end: int) -> int:
    """Return where the targets' blocks begin after the page's own heading under the call to
    act ("TAKE ACTION: ..." / "Our Appeal" / "Prime Minister X"): the heading names no one."""
    following = next((n for n in range(targets + 1, end) if lines[n]), None)
    if following is not None and _OWN_HEADING.match(lines[following].strip()):
        return following
    return targets


def _closing_notice(line: str, tables: list[Markers]) -> bool:
    """Say whether a line is a closing notice ("No further action is requested. Many thanks
    to all who sent appeals."): it opens with words that end the action, no address."""
    return any(
        (found := search(source.closed, line, source)) is not None and found.start() < 5
        for source in tables
    )


def _heads_a_block(lines: list[str], number: int) -> bool:
    """Say whether a line that opens like a salutation ("Monsieur le Président de la
    République") is the first of an addressee's block: no punctuation ends it, and short
    lines follow it directly (a name, a street), not a letter's paragraph."""
    line = lines[number]
    following = lines[number + 1 : number + 3]
    # the second line may be an address run onto one line ("Calle X 12, Barrio Y, Ciudad,
    # País"), the first is short: a name, an office, an organisation
    return (
        not line.rstrip().endswith((",", ":", "!", "."))
        and len(following) == 2
        and all(item and not item.endswith(".") for item in following)
        and len(following[0]) < 50
        and len(following[1]) < 100
    )


def _copy_heading(lines: list[str], start: int, stop: int, table: Markers) -> int | None:
    """Return the line of a heading that asks to copy someone in words no table knows
    ("Please send a copy of your letter to:", "Bitte auch eine Kopie schicken an:")."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    for number in range(start, min(stop, len(lines))):
        line = lines[number]
        words = line.rstrip(" :").split()
        if any(matches(source.own_embassy, line, source) for source in tables):
            return None  # the section's embassy: read as such
        if (
            2 <= len(words) <= 15
            and _COPY_WORDS.search(line)
            and not re.search(r"[\d@]|https?:", line)
            and (line.rstrip().endswith(":") or _heads_recipients(lines, number, table))
        ):
            return number
    return None


def _heads_recipients(lines: list[str], number: int, table: Markers) -> bool:
    """Say whether a phrase without a colon ("Please also inform these people") heads a
    list of recipients: no sentence ends in it, most of its words are lower case, and the
    lines after it hold a recipient's block."""
    line = lines[number]
    if line.rstrip().endswith((".", "!", "?")) or not _is_unknown_intro(line, table):
        return False
    below: list[str] = []
    for item in lines[number + 1 :]:
        if len(below) == 8 or len(item) > 100:
            break  # a block is short lines; a paragraph of prose ends the look
        if item:
            below.append(item)
    return _holds_a_block(below, table)


def _letter_closing(lines: list[str], table: Markers, letter: int | None) -> int | None:
    """Return the line of the model letter's closing formula ("Yours sincerely,"), or None."""
    if letter is None:
        return None
    tables = list(dict.fromkeys((table, TABLES["en"])))
    for number in range(letter + 1, len(lines)):
        line = lines[number]
        if len(line) < 60 and any(
            fold(line).strip(" ,.!").startswith(tuple(source.letter_end)) for source in tables
        ):
            return number
    return None


def _goes_on_below(lines: list[str], blank: int, start: int, table: Markers) -> bool:
    """Say whether a block goes on across the blank line at `blank` down to `start` (its
    line above ends in a comma, or a c/o line or a street's number follows)."""
    above = next((lines[n] for n in range(blank - 1, -1, -1) if lines[n]), "")
    return bool(above) and _address_goes_on([above], lines[start], table)


def _bullets_hold_a_block(lines: list[str], number: int, table: Markers) -> bool:
    """Say whether the bulleted lines after line `number` list recipients, not demands.

    "Contact Information:" / "• Mr. X" / "  • Attorney General" / "  • Email: ...": a list
    whose items hold a labelled channel or the end of an address is a list of addressees.
    """
    items: list[str] = []
    for line in lines[number + 1 :]:
        if not line and not items:
            continue
        if not line:
            break
        items.append(bullet_text(line) or line.lstrip("•◼*- "))
    return _holds_a_block(items, table) and any(bullet_text(line) for line in lines)


# A line that is an email address alone (a block printed one field a line, no labels).
_BARE_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")


def _holds_a_block(lines: list[str], table: Markers) -> bool:
    """Say whether lines hold the end of an address or a recipient's labelled field."""
    return any(
        line and (_ends_address(line, table) or block_parser._labelled(line, table) is not None)
        for line in lines
    )


def _address_run(lines: list[str], table: Markers, stop: int, begin: int = 0) -> int | None:
    """Return where the first recipient's block begins, found by its shape, before stop.

    The shape, not the words around it: a line that ends a postal address (a country,
    "12345 City, Country") or a recipient's labelled field ("Fax: ...", "Salutation: ..."),
    and above it short lines up to the prose, a bullet, a date, a blank line (unless the page
    makes every line a paragraph) or a phrase
    (words mostly in lower case: "Your appeals can reach these officials"). The block
    reader must find someone in them (an office, a name) and an address or a channel.
    Unseen pages ask to write in words no table knows; their addresses look like every
    other page's.
    """
    blank_means_nothing = _blank_means_nothing(lines[:stop])
    for end in range(begin, min(stop, len(lines))):
        line = lines[end]
        bare = re.sub(r"(?:,?\s+(?:[\w.+-]+@[\w.-]+\w|\+?[\d ()/.-]{8,}))+$", "", line)
        bare = _ENUMERATION.sub("", bare).rstrip(".")
        if not line or not (
            _ends_address(bare, table) or block_parser._labelled(line, table) is not None
        ):
            continue  # a block run together on one line may end in its email or phone
        start, above = end, end - 1
        while above >= begin and (
            _may_open_address(lines[above], table)
            or (
                not lines[above]
                and (blank_means_nothing or _goes_on_below(lines, above, start, table))
            )
        ):
            if lines[above]:
                start = above
            above -= 1
        if start > begin and _OWN_SECTION.search(lines[start - 1]):
            continue  # "Amnistía / Internacional / Sección Española / ...": the section's own
        block_lines = [item for item in lines[start : end + 1] if item]
        block = block_parser.parse_block(block_lines, table, table.language, None)
        fields = block.fields
        reached = any(fields.get(key) for key in _CHANNELS if key != "address_lines")
        if end == start and not (reached and fields.get("title") and line != bare):
            # One line is a block when it runs an office, an address and the email or
            # phone it ends in together ("President of X Y, Street 1, City, Country, a@x")
            continue
        who = any(fields.get(key) for key in ("title", "name", "organisation"))
        address = fields.get("address_lines") or []
        # A country's name alone is no address ("SAUDI ARABIAN BLOGGER ... / SAUDI ARABIA",
        # a UA's header)
        where = any(fields.get(key) for key in _CHANNELS if key != "address_lines") or (
            address and not (len(address) == 1 and country_code(address[0], table.language))
        )
        if who and where:
            return start
    return None


def _numbered_addressee(
    lines: list[str], start: int, stop: int | None, table: Markers
) -> int | None:
    """Return the line that opens a numbered list of addressees ("1) President of the
    Republic", "1) H E The President X"): its first item, an office in a short line, no
    request ("1) Urging the President to release X;": numbered demands), and an address
    block on its lines before the second item, if one follows."""
    offices = _office_words(table)
    end = len(lines) if stop is None else stop
    requests = table.prose_requests + table.letter_requests + table.call_requests
    for number in range(start, end):
        first = _FIRST_ADDRESSEE.match(lines[number])
        if not first:
            continue
        item = lines[number][first.end() :]
        words = [fold(w).strip(".,-") for w in re.split(r"[\s-]+", item)]
        if not (
            len(words) <= 12 and set(words) & offices and _may_open_address(lines[number], table)
        ):
            continue
        if _REQUEST_ITEM.search(item) or matches(requests, item, table):
            continue
        second = next(
            (n for n in range(number + 1, min(end, number + 12)) if _SECOND_ITEM.match(lines[n])),
            None,
        )
        # (a page cut after the first item's office leaves no second item to look for)
        if second is None or _holds_a_block(lines[number:second], table):
            return number
    return None


# The first item of a numbered list of addressees ("1) "), and the second ("2) ").
_FIRST_ADDRESSEE = re.compile(r"^\s*1\)\s+(?=[A-Z])")
_SECOND_ITEM = re.compile(r"^\s*2\)\s")
# An item of a list that asks for something, no addressee: a gerund first ("Urging the
# President ..."), "to" and a verb ("... to release X"), a clause's end (";", ".").
_REQUEST_ITEM = re.compile(r"^\s*[A-Za-z]{3,}ing\b|\bto\s+(?!the\b|an?\b)[a-z]{3,}\b|[;.]\s*$")
# The section's own name, heading its address ("Amnesty International", "Amnistía
# Internacional / Sección Española / ..."): no addressee's block.
_OWN_SECTION = re.compile(r"amnesty|amnist[ií]a|amnistie", re.I)
# The number or letter of an item of a list ("1. ", "2) ", "a) ").
_ENUMERATION = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s+(?=\S)")


def _may_open_address(line: str, table: Markers) -> bool:
    """Say whether a line may be one of a recipient's block (see `_address_run`)."""
    numbered = _ENUMERATION.match(line)
    if numbered:
        line = line[numbered.end() :]  # "1. President X, ...": an item of a list
    item = bullet_text(line)
    if item and len(item.split()) <= 8 and not item.rstrip().endswith((".", ":")):
        line = item  # "• Mr. X" / "• Attorney General": recipients listed as bullets
    elif line.strip() in ("•", "◼", "*", "-"):
        return True  # a bullet whose item went to the next line
    last_part = line.rstrip(". ").rsplit(",", 1)[-1].strip()
    if line.rstrip().endswith(".") and (
        _ends_address(line.rstrip()[:-1], table) or country_code(last_part, table.language)
    ):
        line = line.rstrip()[:-1]  # "..., Nairobi, Kenya.": a sentence's full stop
    words = line.split()
    abbreviated = re.search(r"(?:^|\s)\w{1,4}\.$", line.rstrip())  # "1 Hoang Hoa Tham St."
    if not words or len(words) > 30 or bullet_text(line) or line.rstrip().endswith(":"):
        return False  # a block run together on one line is long, but no sentence
    if line.rstrip().endswith(".") and not abbreviated:
        return False
    if re.search(r"\w\w[.!?]\s+[a-z]", line):
        return False  # a sentence ends, another begins ("1 c. al Sur": an abbreviation)
    if block_parser.cares_of(line):
        # "c/o Ambassade d'Iran auprès de l'Union européenne"; "c/o Amnesty International
        # USA": a section forwards the letters, the addressee's block goes on
        return True
    if _OWN_SECTION.search(line) or re.search(r"\b(?:UA|AU|FI)\s*:?\s*\d", line, re.I):
        return False  # the section's own address, or the UA's header
    if _HEADER_INDEX.search(line) or re.fullmatch(
        r"urgent action|action urgente|acción urgente|eilaktion", line.strip(), re.I
    ):
        return False  # the UA's header: its index ("MDE 23/001/2015"), its kind
    if first_date(line, table.language):
        return False  # a header of dated fields ("Date: ...", "期限: 2018年1月17日")
    offices = _office_words(table)
    if len(words) <= 8 and fold(words[0]).strip(".,") in offices:
        return True  # "Responsable du pouvoir judiciaire": an office, in lower case after it
    lower = sum(1 for word in words if word[0].islower())
    return not (len(words) >= 4 and lower * 2 > len(words))


def _letter_heading(lines: list[str], table: Markers) -> int | None:
    """Return where an address that opens the text ends, when a letter's salutation follows
    it: a model letter to print ("Oberste Justizautorität / Name / street / 1209 Genf /
    SCHWEIZ", then "Sehr geehrter Herr ...,") names its addressee in its heading alone."""
    language = table.language
    for number, line in enumerate(lines[:9]):
        if not line:
            return None  # the address is one run of lines at the very top
        previous = lines[number - 1] if number else ""
        if number >= 2 and re.search(r"\d{3,}", previous) and country_code(line, language):
            following = [item for item in lines[number + 1 : number + 12] if item][:3]
            salutation = salutation_start(table)
            if any(salutation.match(item) and len(item) < 80 for item in following):
                return number + 1
            return None
    return None


# The end of a sentence in prose: two small letters of any alphabet ("región.", "Yobái.") or
# a year ("en 2014."), then a full stop.
_SENTENCE_END = re.compile(r"(?:[^\W\d_A-Z]{2}|\b\d{4})[.!?](?:\s|$)")


def _is_background(line: str, tables: list[Markers]) -> bool:
    """Say whether a line is a paragraph of prose: long, several sentences, no label, no
    instruction of the action (a target's note is one sentence)."""
    if len(line) < 160 or re.match(r"^[^:]{1,30}:", line) or bullet_text(line):
        return False
    if any(
        matches((*source.own_embassy, *source.instructions, *source.letter_start), line, source)
        for source in tables
    ):
        return False
    return len(_SENTENCE_END.findall(line)) >= 2


def _is_heading(line: str) -> bool:
    """Say whether a line is a short heading ("Background information")."""
    return bool(line) and len(line.split()) <= 8 and not re.search(r"[\d@:.,]", line)


def _looks_like_salutation(line: str, lines: list[str], number: int, table: Markers) -> bool:
    """Say whether a short line ending in ':' opens a model letter ("Presidente Maduro:")."""
    following = next((item for item in lines[number + 1 :] if item), "")
    words = line[:-1].split()
    tables = (table, TABLES["en"])
    if (
        following.isupper()
        or bullet_text(following)
        or _SECTION_HEADING.match(line)
        or any(matches((*source.action, *source.instructions), line, source) for source in tables)
        # "Sende eine Kopie an:" above a block run together on one line: a heading
        or any(
            matches((*source.copies_start, *source.targets_start), line, source)
            for source in tables
        )
    ):
        return False
    return 1 <= len(words) <= 5 and len(following) > 80 and not label_of(line[:-1], table)


@cache
def _office_words(table: Markers) -> frozenset[str]:
    """Return the office words of the table and of English, folded ("president", "minister")."""
    return frozenset(fold(w) for w in table.office_words | TABLES["en"].office_words)


# -- targets and copies ----------------------------------------------------------------


def _target_lines(
    lines: list[str], zones: Zones, table: Markers
) -> tuple[list[str], list[str], list[str]]:
    """Return the lines of the targets, of the copies, and of the own-embassy instruction."""
    if zones.targets is None:
        return [], [], []
    targets = lines[zones.targets + 1 : zones.targets_end]
    copies: list[str] = []
    if zones.copies is not None and zones.copies > zones.targets:
        copies = lines[zones.copies + 1 : zones.copies_end]
    _cut_at_notice(targets, table)
    _cut_at_notice(copies, table)
    if zones.copies is not None and copies:
        _one_copy_inline(lines[zones.copies], targets, copies, table)
    own: list[str] = []
    if zones.copies is not None and _asks_own_embassy(lines[zones.copies], table):
        # "Please also send a copy to the embassy in your country:" heads the section's list
        own, copies = [lines[zones.copies], *copies], []
    for group in (targets, copies):
        for number, line in enumerate(group):
            if _asks_own_embassy(line, table):
                own = group[number:]
                del group[number:]
                value = _field_before_sentence(line, table)
                if value:
                    # "Email: x@y.cn Also send copies to diplomatic representatives ...": the
                    # field's value stays with its block
                    group.append(value)
                    own[0] = line[len(value) :].strip()
                break
    if not own:
        # "Please also send a copy to the Kenyan embassy in your country." below the list,
        # where the action's text resumes
        stop = zones.letter if zones.letter is not None and zones.letter > zones.targets else None
        for number in range(zones.targets + 1, stop or len(lines)):
            if number not in zones.blocks() and _asks_own_embassy(lines[number], table):
                own = [lines[number]]
                break
    return targets, copies, own


_SALUTATION_WORD = re.compile(r"\w+(?:-\w+)*")
# Words after a holder's surname that are no part of it ("Galvez Jr.").
_NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii"])


def _salutes_holder(salutations: str | dict[str, str], fields: dict[str, Any]) -> bool:
    """Say whether a model letter's salutation names the holder of a target's office by
    surname ("Señores Secretarios Galvez y Abalos" names "Benjamin C. Abalos Jr.")."""
    words = [w for w in str(fields.get("name", "")).split() if fold(w) not in _NAME_SUFFIXES]
    # the surnames: the capitalised words after the first name ("Luis Ortábal Veira" is
    # "Ortábal"), no particle ("María del Carmen X": "del" salutes "Presidente del Gobierno")
    surnames = {
        fold(w).strip(".,")
        for w in words[1:]
        if len(w.strip(".,")) >= 3
        and w[:1].isupper()
        and fold(w) not in _ROLL_PARTICLES | _NAME_PARTICLES
    }
    said = " ".join(salutations.values()) if isinstance(salutations, dict) else salutations
    return bool(surnames & set(_SALUTATION_WORD.findall(fold(said))))


def _holder_named_elsewhere(block: block_parser.Block, lines: list[str], table: Markers) -> None:
    """Give an office read from a request without its holder's name the name the text
    prints after the office elsewhere ("Wir fordern den Generalstaatsanwalt auf ..." and
    "... eine E-Mail an Generalstaatsanwalt Tomas Verin ..."), marked."""
    fields = block.fields
    title = str(fields.get("title") or "")
    if fields.get("name") or not title or len(title.split()) > 3:
        return
    offices = _office_words(table)
    words = [fold(word.split("-")[-1]) for word in title.split()]
    office = next((word for word in reversed(words) if word in offices), None)
    if office is None:
        return  # "Innenminister von Ägypten": the office is one word with its country
    for line in lines:
        tokens = line.split()
        for number, token in enumerate(tokens[:-2]):
            if fold(token.split("-")[-1]) != office:
                continue
            name: list[str] = []
            for word in tokens[number + 1 : number + 4]:
                if not word[:1].isupper():
                    break
                name.append(word.rstrip(".,;:"))
                if word != name[-1]:
                    break  # punctuation ends the name
            if len(name) >= 2 and block_parser.is_name(" ".join(name), table):
                fields["name"] = " ".join(name)
                block.todos["name"] = (
                    "the holder's name printed after the office elsewhere "
                    f"('{line.strip()[:80]}'): check it"
                )
                return


def _one_copy_inline(heading: str, targets: list[str], copies: list[str], table: Markers) -> None:
    """A heading that names its copy on its own line ("Copies to: Parliament of X") labels
    one recipient's block, below a target's: that block is the copy, and the blocks after it
    are targets again (the section's embassy below the copy)."""
    tables = dict.fromkeys((table, TABLES["en"]))
    found = next(
        (m for m in (search(source.copies_start, heading, source) for source in tables) if m), None
    )
    value = heading[found.end() :].strip() if found else ""
    if not value or not value[:1].isupper() or value.endswith((".", ":")):
        return
    blocks = _cut_blocks([value, *copies], table, table.language)
    if len(blocks) < 2 or not blocks[0] or blocks[0][0] != value:
        return
    rest = [line for block in blocks[1:] for line in ("", *block)]
    del copies[:]
    copies.extend(blocks[0])
    targets.extend(rest)


def _cut_at_notice(group: list[str], table: Markers) -> None:
    """Cut a list of targets or copies at a line that no addressee's block holds: a closing
    notice ("No further action is needed") or a section's heading ("Additional information"),
    where a closed page prints them below the request to write and above no address."""
    for number, line in enumerate(group):
        stripped = line.strip()
        if _SECTION_HEADING.match(stripped) or (
            len(stripped.split()) >= 4 and matches(table.closed, stripped, table)
        ):
            del group[number:]
            return


# A sentence that opens a roll of the officials' social-media accounts below the blocks ("The
# authorities can also be reached on social media.", "Sur les réseaux sociaux :", "Auch in den
# sozialen Medien erreichbar:", "También en redes sociales:").
_SOCIAL_INTRO = re.compile(
    r"\b(?:social media|social networks?|réseaux sociaux|sozialen (?:medien|netzwerken)|"
    r"social-media|redes sociales)\b",
    re.I,
)
# One account of the roll: "- Twitter @x", "Facebook – Page name", "X: @y".
_SOCIAL_LINE = re.compile(
    r"^\s*(?:[-•*◼]\s*)?(?P<platform>twitter|x|facebook|instagram|bluesky|tiktok|telegram)"
    r"\b\s*[:–—-]?\s*(?P<handle>\S.*)$",
    re.I,
)
# An official's line of the roll: "Prime Minister – X", "Minister of Justice- Mrs Y".
_SOCIAL_WHO = re.compile(r"^(?P<office>[^–—@:]{3,80}?)\s*[–—-]\s*(?P<name>[^–—@:]{3,60})$")


def _cut_social_roll(group: list[str]) -> list[str]:
    """Cut off the lines of a social-media roll below a list of targets or copies (see
    above) and return them, the introducing sentence first; [] when there is none."""
    for number, line in enumerate(group):
        if (
            _SOCIAL_INTRO.search(line)
            and len(line.split()) >= 3
            and not _SOCIAL_LINE.match(line)
            and any(_SOCIAL_LINE.match(other) for other in group[number + 1 : number + 4])
        ):
            roll = group[number:]
            del group[number:]
            return roll
    return []


def _read_social_roll(roll: list[str], found: list[block_parser.Block], table: Markers) -> None:
    """Give each official of a social-media roll its accounts: to the target of the same
    name (or office), else as a target of its own, marked for review."""
    current: block_parser.Block | None = None
    for line in roll[1:]:
        line = line.strip()
        if not line or re.fullmatch(r"[-•*◼·]", line):
            continue  # a bullet the page printed on a line of its own
        account = _SOCIAL_LINE.match(line)
        if account:
            if current is None:
                continue
            platform = account.group("platform").lower()
            platform = "twitter" if platform == "x" else platform
            value = account.group("handle").strip()
            # "Facebook – Eswatini Government": a page given by its name
            named = (
                [] if "@" in value or "/" in value or len(value.split()) > 5 else [(value, None)]
            )
            for handle, note in block_parser._handles(value) or named:
                entry = {"platform": platform, "handle": handle, **({"note": note} if note else {})}
                current.fields.setdefault("social", []).append(entry)
            continue
        who = _SOCIAL_WHO.match(line)
        if not who:
            break  # the text resumes
        office, name = who.group("office").strip(), who.group("name").strip()
        if not any(block_parser.is_office_word(w, table) for w in office.split()):
            office, name = name, office
            if not any(block_parser.is_office_word(w, table) for w in office.split()):
                break
        name = re.sub(r"^(?:(?:mrs?|ms|dr|mme|m|frau|herr|sra?)\.?\s+)+", "", name, flags=re.I)
        tokens = {fold(t) for t in name.split()}
        current = next(
            (
                block
                for block in found
                if tokens and tokens <= {fold(t) for t in str(block.fields.get("name", "")).split()}
            ),
            None,
        )
        if current is None:
            current = block_parser.Block(rule="targets.sentence", lines=[roll[0], line])
            current.fields["title"] = office
            if block_parser.is_name(name, table):
                current.fields["name"] = name
            current.todos[""] = (
                f"read from a list of social-media accounts below '{roll[0].strip()[:80]}': "
                "check that this official is one to write to"
            )
            found.append(current)
        else:
            current.todos.setdefault(
                "social", f"read from the social-media accounts listed after '{roll[0][:80]}'"
            )


# An embassy or another representation, in the languages read.
_EMBASSY = re.compile(
    r"\b(?:embass\w*|ambassade\w*|botschaft\w*|embajada\w*|high commission|"
    r"diplomati\w+ (?:represent|vertret)\w*|représent\w* diplomatique\w*|"
    r"representaci\w+ diplomática\w*|consula\w+|konsulat\w*)",
    re.I,
)
# The sender's own country: "in your country", "in Ihrem Land", "dans votre pays", "en su país".
_YOUR_COUNTRY = re.compile(
    r"\b(?:(?:in|to|of) your (?:own )?country|your own country|in (?:ihrem|deinem) land|"
    r"(?:dans|de) votre pays|(?:en|de) (?:su|tu) país)\b",
    re.I,
)


def cares_of_any(block: block_parser.Block) -> bool:
    """Say whether a block's address runs through someone else's ("c/o Embassy of ...")."""
    return any(block_parser.cares_of(line) for line in block.fields.get("address_lines", []))


def _field_before_sentence(line: str, table: Markers) -> str | None:
    """Return the labelled field a sentence asking to copy the own embassy runs into
    ("Email: x@y.cn Also send copies to ..."), or None."""
    label = re.match(r"^([^:]{2,30}):\s*\S", line)
    if not label or not label_of(label.group(1), table):
        return None
    for source in dict.fromkeys((table, TABLES["en"])):
        found = search(source.own_embassy, line, source)
        if found and found.start() > label.end():
            before = line[: found.start()]
            # "… Also send copies to …": the sentence's first words before the phrase
            head = re.search(
                r"\s(?=(?:also|and|please|auch|bitte|aussi|également|también)\b)", before, re.I
            )
            return (
                before[: head.start()] if head and head.start() > label.end() else before
            ).strip()
    return None


def _asks_own_embassy(line: str, table: Markers) -> bool:
    """Say whether a line asks to copy the embassy in the sender's own country: a phrase of
    the tables, or any sentence that names an embassy and the sender's country."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    if any(matches(source.own_embassy, line, source) for source in tables):
        return True
    return (
        len(line.split()) <= 40
        and bool(_EMBASSY.search(line))
        and bool(_YOUR_COUNTRY.search(line))
        and bool(_COPY_WORDS.search(line))
    )


# The slash between the salutations of a letter to several addressees.
_SALUTATION_SLASH = re.compile(r"\s+/\s+")


def _salutation_list(line: str, table: Markers) -> list[str]:
    """Return the salutations of a letter's first line that salutes several addressees in
    turn ("Dear Prime Minister / Dear Minister", "Monsieur le Premier Ministre / Monsieur le
    Ministre des Affaires étrangères"), each opening with a salutation's word; else []."""
    parts = [part.strip(" ,:!") for part in _SALUTATION_SLASH.split(line)]
    start = salutation_start(table)
    if len(parts) < 2 or not all(start.match(part) and len(part.split()) <= 8 for part in parts):
        return []
    # one language: "Sehr geehrter Herr Minister / Dear Minister" salutes one addressee twice
    if len({fold(part.split()[0]) for part in parts}) > 1:
        return []
    return parts


# A line of hashtags alone ("#FreeX #JusticeForY"): a campaign's call to share.
_HASHTAGS = re.compile(r"#\w+(?:\s+#\w+)*")


def _cut_blocks(lines: list[str], table: Markers, language: str) -> list[list[str]]:
    """Cut the lines of targets into blocks: at blank lines, after a salutation, after a country."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    cut: list[list[str]] = []
    current: list[str] = []
    in_channels = open_address = False

    def is_labelled(line: str) -> bool:
        return bool(
            block_parser._labelled(line, table) is not None
            or re.match(r"^\((?:[^:()]{2,30}):", line)
        )

    lines, columns = _column_salutations(lines, table)
    blank_means_nothing = _blank_means_nothing(lines)
    # Addressees printed as a list ("• Mr. X" / "• Attorney General" / "• Email:"): each
    # item is a line of a block, and an item after a bare label is no value of it
    listed = _bullets_hold_a_block(lines, -1, table)
    items: set[int] = set()
    if listed:
        unlisted: list[str] = []
        for line in lines:
            if line.strip() in ("•", "◼", "*", "-"):
                continue  # a bullet whose item went to the next line
            if bullet_text(line):
                items.add(len(unlisted))
            unlisted.append(bullet_text(line) or line)
        lines = unlisted
    for number, line in enumerate(lines):
        if not line and listed:
            if current:
                next_item = next((n for n in range(number + 1, len(lines)) if lines[n]), None)
                if next_item not in items:
                    break  # the list ends at its first blank line
                # "• Minister X" / ... / "" / "• Ambassador Y" / ...: a blank line between
                # two items, each a recipient's block
                cut.append(current)
                current, in_channels, open_address = [], False, False
            continue
        if not line:
            following = next((item for item in lines[number + 1 :] if item), "")
            if (
                current
                and not blank_means_nothing
                and not _address_goes_on(current, following, table)
            ):
                cut.append(current)
                current, in_channels = [], False
            continue
        if current and _HASHTAGS.fullmatch(line.strip()):
            continue  # "#FreeX" under a block's channels: a call to share, no line of the block

        numbered = _ENUMERATION.match(line)
        if numbered and _may_open_address(line[numbered.end() :], table):
            # "1. President X, State House, Nairobi, Kenya.": a numbered list of recipients
            line = line[numbered.end() :]
        elif any(matches(source.instructions, line, source) for source in tables) or re.match(
            r"^\d{1,2}\.\s", line
        ):
            continue
        if fold(line.strip(" ,;:")) in _JOINING_LINES:
            # "und" / "and" / "et" on a line of its own between two recipients
            if current:
                cut.append(current)
            current, in_channels = [], False
            continue
        labelled = is_labelled(line)
        field = block_parser._labelled(line, table)
        if labelled and field and field[0] in _WHO_LABELS and current:
            # "Name: X" / "Title: Y" / "Name: Z": a who-label printed again opens the next
            # recipient's fields
            seen = [block_parser._labelled(item, table) for item in current]
            if any(item and item[0] == field[0] for item in seen):
                cut.append(current)
                current, in_channels, open_address = [], False, False
        # "Fax:" alone, or "Fax: (via Ministry of Interior)" with only a remark: the number
        # stands on the next line
        after_bare_label = (
            bool(current)
            and re.fullmatch(r"[^:]{1,30}:(?:\s*\([^()]*\))?", current[-1]) is not None
            and number not in items
        )
        if (
            current
            and in_channels
            and not labelled
            and not line.startswith(("(", "@"))
            and not after_bare_label
            and not open_address
            and not _LIST_GOES_ON.search(current[-1])
            and not block_parser.another_number(current[-1], line, table)
        ):
            cut.append(current)
            current, in_channels = [], False
        elif (
            current
            and not labelled
            and current[-1]
            and (_ends_address(current[-1], table) or _opens_block(current[-1], line, table))
            and not line.startswith("(")
            # "06720, Ciudad de México / México": a city named like its country, then the
            # country's line, which opens nobody's block
            and not country_code(line, language)
            # "Ottawa (Ontario) K1A 0A6 / Aucun timbre requis": a remark on the address
            and not block_parser._after_postal_line(current[-1], line, language)
        ):
            cut.append(current)
            current = []
        current.append(line)
        if _BARE_EMAIL.fullmatch(line.strip()):
            in_channels = True  # an email alone, no label: the block's channels have begun
        if labelled:
            # "Address:" alone: the lines under it are the address, up to the next label
            open_address = bool(field and field == ("address", ""))
            in_channels = True
            following = next((item for item in lines[number + 1 :] if item), "")
            salutation = label_of(line.split(":", 1)[0], table) == "salutation"
            bare = bool(field and field[0] == "salutation" and not field[1])
            if (
                salutation
                and not bare
                and not is_labelled(following)
                and not following.startswith("@")
            ):
                cut.append(current)  # "Salutation:" ends a block, unless channels follow
                current, in_channels = [], False
        elif after_bare_label and label_of(current[-2].split(":", 1)[0], table) == "salutation":
            # "Salutation:" / "Dear Minister": the label alone on its line (a PDF's column
            # pasted), its value on the next; the value ends the block
            cut.append(current)
            current, in_channels = [], False

    if current:
        cut.append(current)
    cut = _remarks_to_blocks(cut)
    for block in cut:
        said = next((columns[line] for line in block if line in columns), None)
        if said and not any(
            label_of(line.split(":", 1)[0], table) == "salutation" for line in block
        ):
            block.append(f"Salutation: {said}")
    return [block for block in cut if any(not bullet_text(line) for line in block)]


_SALUTATION_OR = frozenset(["or", "oder", "ou", "o", "and", "und", "et", "y"])


# A letter's opening words that no office or name holds ("Excellency", "Señor" and "Monsieur
# le" do: "His Excellency X", "Ministro Señor X", "Son Excellence Monsieur le Président X"),
# after a block's words on the same line.
_COLUMN_SALUTATION = re.compile(r"(?<=\S)\s+(?=(?:Dear|Sehr geehrter?|Estimad[oa]s?)\s)")


def _column_salutations(lines: list[str], table: Markers) -> tuple[list[str], dict[str, str]]:
    """Return the lines with a salutation printed in a column beside a block's line taken off
    it ("1) Board of Pardons   Dear Board Members", "2) Mr X Y   Dear Mr Y"), and each such
    line (without its number) mapped to its salutation: the block's salutation, whatever
    lines follow it."""
    out: list[str] = []
    columns: dict[str, str] = {}
    for line in lines:
        found = None
        if line and block_parser._labelled(line, table) is None and not line.startswith("("):
            found = _COLUMN_SALUTATION.search(line)
        if found:
            before, said = line[: found.start()].strip(), line[found.start() :].strip()
            words = said.rstrip(",:").split()
            if (
                2 <= len(words) <= 6
                and not re.search(r"[.;!?,:]", said.rstrip(",:"))
                and all(w[:1].isupper() or fold(w) in SALUTATION_PARTICLES for w in words)
                and re.search(r"[^\W\d_]", before)
                and not before.endswith((",", ":", ".", ";"))
                and fold(before.split()[-1]) not in _SALUTATION_OR
            ):
                numbered = _ENUMERATION.match(before)
                columns[before[numbered.end() :] if numbered else before] = said.rstrip(",:")
                out.append(before)
                continue
        out.append(line)
    return out, columns


# Labels that say who a recipient is: printed again, they open the next recipient.
_WHO_LABELS = frozenset(["name", "title", "organisation"])


# A channel's line that goes on on the next ("E-Mail: a@x.org oder" / "b@x.org").
_LIST_GOES_ON = re.compile(r"\s(?:or|oder|ou|o|and|und|et|y)$|,$", re.I)
# A line that only joins two recipients' blocks, in the languages read.
_JOINING_LINES = frozenset(
    ["and", "or", "und", "oder", "sowie", "et", "ou", "y", "o", "and to", "und an", "et à", "y a"]
)


def _remarks_to_blocks(cut: list[list[str]]) -> list[list[str]]:
    """Return the blocks with a remark that opens a block ("***We strongly advise ...")
    moved to the block above it: the reader takes it as that block's note."""
    out: list[list[str]] = []
    for block in cut:
        if out and block_parser.REMARK.match(block[0]):
            out[-1] = [*out[-1], block[0]]
            block = block[1:]
        if block:
            out.append(block)
    return out


def _blank_means_nothing(lines: list[str]) -> bool:
    """Say whether a page makes every line a paragraph of its own: blank lines separate nothing."""
    runs = [run.strip().count("\n") + 1 for run in "\n".join(lines).split("\n\n") if run.strip()]
    return len(runs) >= 4 and sum(1 for r in runs if r == 1) >= 0.7 * len(runs)


def _address_goes_on(block: list[str], following: str, table: Markers) -> bool:
    """Say whether the address of a block goes on after a blank line: its last line ends in
    a comma, the next line begins with "c/o", a lone name is followed by its office, or the
    block has no number yet and the next line is a street's ("Del cine González 1 c. al
    Sur,") rather than a label."""
    if not following or re.match(r"^[^:]{2,30}:", following):
        return False
    if block[-1].rstrip().endswith(","):
        return True
    if block_parser.cares_of(following):
        return True  # "Head of judiciary / X" / "c/o Embassy of ...": where to reach X
    if all(block_parser.is_name(line.strip(), table) for line in block) and len(block) == 1:
        # "Mélanie Joly" / "Ministre des Affaires étrangères": a name, then its office
        first = fold(following.split()[0]).strip(".,:")
        return first in _office_words(table)
    numbered = any(re.search(r"\d", line) for line in block)
    return not numbered and bool(re.search(r"\b\d{1,5}\b", following)) and len(block) <= 3


def _opens_block(previous: str, line: str, table: Markers) -> bool:
    """Say whether an office's title follows an address line ("Bishkek 720000 / Minister of
    Justice"): the next recipient begins, though no country ended the address."""
    if not re.search(r"\d{3,}", previous) or _is_labelled_line(previous, table):
        return False
    first = fold(line.split()[0]).strip(".,:") if line.split() else ""
    offices = _office_words(table)
    return first in offices and first not in block_parser.HONORIFICS


def _is_labelled_line(line: str, table: Markers) -> bool:
    """Say whether a line is a labelled field of a block ("Fax: ...")."""
    return block_parser._labelled(line, table) is not None


def _ends_address(line: str, table: Markers) -> bool:
    """Say whether a line ends an address: a country, "City, Country", "12 ... Country", or
    a postcode of a country whose addresses end in it ("Washington, DC 20036",
    "London W1B 1AS", "Ottawa, ON K1N 6N6"): an embassy's address often names no country."""
    language = table.language
    if country_code(line, language):
        return True
    if len(line) < 60 and any(
        pattern.search(line.strip())
        for pattern, _code in (*block_parser._POSTCODES, *block_parser._CAPITAL_POSTCODES)
    ):
        return True  # ... and a capital's postcode ("1050 Bruxelles", "1030 Wien")
    words = line.replace(",", " , ").split()
    for count in range(1, min(6, len(words))):
        if not country_code(" ".join(words[-count:]), language):
            continue
        if any(ch.isdigit() for ch in line):
            return True
        head, tail = line.rsplit(",", 1) if "," in line else ("", "")
        if (
            head
            and len(head.split()) <= 3
            and block_parser.is_name(head, table)
            and country_code(tail.strip(" ."), language)
        ):
            return True  # "Nairobi, Kenya", not "John Example, President of Kenya"
    return False


def _targets(
    draft: Draft,
    lines: list[str],
    zones: Zones,
    table: Markers,
    country: str | None,
    section: str | None,
) -> list[str]:
    """Read the targets and copies; return every name found in them (they are not persons)."""
    target_lines, copy_lines, own = _target_lines(lines, zones, table)
    roll = _cut_social_roll(target_lines) or _cut_social_roll(copy_lines)
    if not roll and zones.targets is not None:
        # the roll's sentence ended the list: it follows it
        after = max(zones.targets_end, zones.copies_end or 0)
        tail = [line for line in lines[after : after + 40]]
        start = next((n for n, line in enumerate(tail) if line.strip()), None)
        if start is not None:
            roll = _cut_social_roll(tail[start : start + 40])
            roll = roll if roll and roll[0] == tail[start] else []
    names: list[str] = []
    found: list[block_parser.Block] = []
    target_blocks = _cut_blocks(target_lines, table, table.language)
    found = _plausible(
        _lone_salutations(
            _lone_channels(
                _salutations_above(
                    [
                        block_parser.parse_block(b, table, table.language, country)
                        for b in target_blocks
                    ]
                )
            )
        )
    )
    copies: list[block_parser.Block] = []
    _mark_after_unknown_intro(found, target_blocks, target_lines, table, copies)
    for block in _plausible(
        _salutations_above(
            [
                block_parser.parse_block(b, table, table.language, country)
                for b in _cut_blocks(copy_lines, table, table.language)
            ]
        )
    ):
        block.fields.setdefault("for", "*")
        _embassy_on_one_line(block)
        if zones.copies_unknown:
            block.todos.setdefault(
                "",
                f"listed after '{lines[zones.copies or 0]}', read as a request to send copies: "
                "check that this recipient is a copy for every sender",
            )
        copies.append(block)

    if zones.by_shape:
        for block in found:
            block.todos[""] = (
                "read as a target by the shape of its address alone (no phrase of the text "
                "asks to write to it that the importer knows): check that it is one"
            )
    for block in found:
        copies += block.copies
    if own:
        placeholder = block_parser.Block(
            fields={"for": "own country's embassy"}, lines=own[:1], rule="copies.own_embassy"
        )
        tables = list(dict.fromkeys((table, TABLES["en"])))
        if not any(matches(source.own_embassy, own[0], source) for source in tables):
            placeholder.todos[""] = (
                f"read from '{own[0]}' (an embassy and the sender's country, in words no "
                "table knows): check that every sender copies the embassy in their country"
            )
        copies.append(placeholder)
        sentence = own[0]
        below: list[str] = []
        ended = own[0].rstrip().endswith((".", ":"))
        for line in own[1:]:  # the instruction may wrap onto further lines (a PDF)
            if not line.strip() and not below:
                ended = True  # an empty line ends the instruction; the embassy may follow
                continue
            if not line.strip() or any(
                matches(source.instructions, line, source) for source in tables
            ):
                break
            if ended:
                below.append(line)  # the instruction ended: the section's embassy follows
                continue
            sentence = f"{sentence} {line}"
        if len(below) == 1:
            # the section's embassy run into one line ("HIS EXCELLENCY X Embassy of Y 429
            # Strand WC2R 0JR Fax: ..."): read like an embassy after the sentence
            sentence, below = f"{sentence.rstrip()} {below[0]}", []
        rest = re.split(
            r"accredited to your country\.?\s*|diplomatiques[^.:]*[.:]\s*",
            sentence,
            maxsplit=1,
            flags=re.I,
        )

        filled = rest[1].strip() if len(rest) > 1 else ""
        if below and not filled:
            # "Also send copies to diplomatic representatives accredited to your country." /
            # "His Excellency X" / "Embassy of Y" / ...: the embassy as a block of lines
            for lines_of_copy in _cut_blocks(below, table, table.language):
                block = block_parser.parse_block(lines_of_copy, table, table.language, country)
                if not block.fields.get("emails") and not block.fields.get("address_lines"):
                    continue
                block.fields["for"] = section or block.fields.get("country") or "*"
                if not section:
                    block.todos["for"] = (
                        "an embassy the page's section filled in for its own senders: check "
                        "which senders send it"
                    )
                copies.append(block)
        if filled:
            block = block_parser.parse_block(
                split_fields(filled, table), table, table.language, country
            )
            block.fields["for"] = section or block.fields.get("country") or "*"
            block.fields.setdefault("country", section) if section else None
            copies.append(block)
    _prose_targets(draft, lines, table, found, copies, section)
    if roll:
        _read_social_roll(roll, found, table)
    if len(found) == 1 and found[0].fields.get("name") and not found[0].fields.get("title"):
        # "Briefe an den Ministerpräsidenten Vietnams ..." / "Nguyễn Xuân Phúc" / address:
        # the block names the holder, the request to write names the office
        said = _sentence_target("\n".join(lines), table)
        if said and said.fields.get("title") and not said.fields.get("name"):
            found[0].fields["title"] = said.fields["title"]
            found[0].todos["title"] = (
                "the office was read from the request to write "
                f"('{said.lines[0] if said.lines else ''}'): check it"
            )
    if not found and zones.targets is None:
        found = _named_addressees(lines, table)
    if not found:
        from_letter = _letter_target(lines, zones, table)
        # The request names the office in full ("pétition au ministre de la Justice") where
        # the letter's salutation names it short ("Monsieur le Ministre"): the request's wins.
        requested = (
            []
            if from_letter and set(from_letter.fields) - {"title", "salutation"}
            else (_requested_addressees(lines, table))
        )
        if requested:
            found = requested
        elif from_letter:
            found.append(from_letter)
            second = _second_salutation(lines, zones, table)
            saluted = _saluted_office(second, table) if second else None
            if saluted and saluted.fields["title"] != from_letter.fields.get("title"):
                found.append(saluted)
    if not found:
        found = _tweeted_addressees(lines, table)
    if len(found) == 1 and found[0].rule in ("targets.sentence", "targets.letter"):
        _holder_named_elsewhere(found[0], lines, table)
    salutations: str | dict[str, str] | None = _letter_salutation(lines, zones, table)
    translated = _translated_salutation(lines, zones, table) if salutations else None
    if translated and isinstance(salutations, str):
        # the page offers the letter in a second language, each with its first line
        first, salutations = (
            salutations,
            {table.language: salutations, translated[0]: translated[1]},
        )
        for block in found:
            if block.fields.get("salutation") == first:
                block.fields["salutation"] = salutations
                block.todos["salutation"] = (
                    f"taken from the model letter's first line and from '{translated[1]}', the "
                    "same letter's in another language: check them"
                )
    shared = _salutation_list(salutations, table) if isinstance(salutations, str) else []
    if len(shared) > 1 and len(shared) == len(found):
        # "Monsieur le Premier Ministre / Monsieur le Ministre de X": the letter's first line
        # salutes every target in turn
        for addressee, greeting in zip(found, shared, strict=True):
            if "salutation" not in addressee.fields:
                addressee.fields["salutation"] = greeting
                addressee.todos["salutation"] = (
                    "the model letter's first line salutes each target in turn; this one was "
                    "taken by its place in the list: check it"
                )
    for position, block in enumerate(found):
        fields = block.fields
        if "country" not in fields and country and "address_lines" in fields:
            fields["country"] = country
            block.todos.setdefault("country", "the address names no country; check it")
        elif "country" not in fields and country and set(fields) - {"social", "salutation"}:
            # (an account alone, from a suggested tweet, is in no country)
            fields["country"] = country
            block.todos.setdefault(
                "country",
                "the text gives no address for this target; this is the case's country: check it",
            )
        elsewhere = any(other.fields.get("country") != section for other in found)
        if (
            section
            and fields.get("country") == section
            and country
            and country != section
            # the action's only addressee, reached through an embassy in the section's
            # country ("c/o Botschaft ..., 1030 Wien"), is everyone's addressee
            and (elsewhere or not cares_of_any(block))
        ):
            fields["only_for"] = [section]
        elif not section and country and fields.get("country") not in (None, country):
            office = fold(" ".join(str(fields.get(k, "")) for k in ("title", "organisation")))
            if re.search(r"embass|mission|ambassad|botschaft|ambassade|embajad", office):
                fields["only_for"] = [fields["country"]]
                block.todos["only_for"] = (
                    "an embassy in another country than the case's: only supporters who live "
                    "there write to it? check"
                )

        if (
            "salutation" not in fields
            and salutations
            and (position == 0 or _salutes_holder(salutations, fields))
        ):
            # the letter's first line is the first target's, and every other target's it
            # names ("Señores Secretarios Galvez y Abalos:")
            fields["salutation"] = salutations
            block.todos["salutation"] = "taken from the model letter's first line; check it"
        if block.rule in ("", "targets.block") and not fields.get("name"):
            # The layout the block rule reads right gives the addressee's name a line of its
            # own; a block where no line was read as a name may have it run into the title's
            # line ("President of X Jane Doe") or its lines run together
            _nameless_block(block, table)
        _put_block(draft, ("targets", position), block)
        names += [str(fields.get("name", ""))]
    for position, block in enumerate(copies):
        fields = block.fields
        office = fold(" ".join(str(fields.get(k, "")) for k in ("title", "organisation", "name")))
        embassy = re.search(r"embass|mission|ambassad|botschaft|ambassade|embajad", office)
        if section and embassy and fields.get("address_lines") and not fields.get("country"):
            fields["country"] = section  # an embassy's address without its country: the section's
        if fields.get("address_lines") and not fields.get("country") and country:
            fields["country"] = country
            block.todos.setdefault("country", "the address names no country; check it")
        if (
            section
            and embassy
            and fields.get("for") == "*"
            and fields.get("country") not in (None, country, section)
        ):
            # a section's page lists the case country's embassy accredited to it, seated
            # elsewhere ("And copy: Embassy of X, Washington" on Amnesty Canada's page)
            fields["for"] = section
            block.todos["for"] = (
                f"an embassy listed by the section's page ({section}), seated in another "
                "country: copied by that section's senders only? check"
            )
        if (
            section
            and embassy
            and fields.get("for") == "*"
            and not fields.get("address_lines")
            and not fields.get("country")
            and country
            and country != section
        ):
            # "Senden Sie eine Kopie an: Botschaft der Republik X" on a section's page, no
            # address printed: the case country's embassy in the section's own country
            fields["for"] = section
            block.todos["for"] = (
                f"an embassy listed by the section's page ({section}) with no address: the one "
                "in that section's country, copied by its senders only? check"
            )
        if (
            section
            and fields.get("country") == section
            and fields.get("for") == "*"
            and country != section
        ):
            fields["for"] = section
        elif (
            not section
            and fields.get("for") == "*"
            and fields.get("address_lines")
            and "country" not in block.todos
            and fields.get("country") not in (None, country)
        ):
            # A copy addressed in a third country (its foreign minister, the embassy
            # there): a section's addition for its own senders
            fields["for"] = fields["country"]
            block.todos["for"] = (
                "a copy addressed in another country than the case's: only senders who live "
                "there send it? check"
            )
        _put_block(draft, ("copies", position), block)

        names += [str(fields.get("name", ""))]
    if not found:
        draft.todo(("targets",), "no target found in the text: add the authorities to write to")
    return names


_CHANNELS = ("address_lines", "emails", "fax", "phones", "social", "web_forms")


# Words of a phrase that asks to copy or inform someone, in the languages read.
_COPY_WORDS = re.compile(
    r"\b(?:cop(?:y|ies)|cc|inform|kopie|kopien|informieren|copie|copies|informez|informer|"
    r"copia|copias|informen|informar)\b",
    re.I,
)


def _named_addressees(lines: list[str], table: Markers) -> list[block_parser.Block]:
    """Return the addressees a petition or letter names above its text, each by a name and
    an office on two lines and no address ("Enrique X, / Presidente de la República", then
    "Les escribo ..."): read only where nothing else names whom to write to."""
    offices = _office_words(table)
    found: list[block_parser.Block] = []
    number = 0
    while number < len(lines) - 1:
        first, second = lines[number].strip(), lines[number + 1].strip()
        alone = (number == 0 or not lines[number - 1]) and (
            number + 2 >= len(lines) or not lines[number + 2]
        )
        name = re.sub(r"^(?:\w{1,5}\.\s+)", "", first.rstrip(" ,"))  # "Mtra.", "Dr."
        words = second.rstrip(" ,").split()
        if (
            alone
            and first
            and second
            and block_parser.is_name(name, table)
            and 2 <= len(words) <= 10
            and fold(words[0]).strip(".,") in offices
            and not second.endswith(".")
        ):
            block = block_parser.Block(rule="targets.block", lines=[first, second])
            block.fields["name"] = name
            block.fields["title"] = second.rstrip(" ,")
            block.todos[""] = (
                "read as an addressee by a name and an office printed above the letter (no "
                "address, no phrase asking to write to it): check"
            )
            found.append(block)
            number += 3
            continue
        if found:
            break  # the run of addressees ended
        number += 1
    if not found:
        return []
    below = next((line for line in lines[number:] if line), "")
    letter = len(below) > 60 or salutation_start(table).match(below)
    return found if letter else []


def _mark_after_unknown_intro(
    found: list[block_parser.Block],
    cut: list[list[str]],
    lines: list[str],
    table: Markers,
    copies: list[block_parser.Block],
) -> None:
    """Mark the recipients listed after a line that introduces something no table knows.

    Inside a list of targets, a phrase between two blocks ("Please also inform these
    people", "Und in Kopie an") opens another list: copies, a section's own addressees, ...
    A page whose phrase for copies no table knows would otherwise give its copies as
    targets, unmarked.
    """
    intro = next(
        (
            number
            for number, line in enumerate(lines)
            if number and any(lines[:number]) and _is_unknown_intro(line, table)
        ),
        None,
    )
    if intro is None:
        return
    position = 0
    starts: dict[str, int] = {}
    for piece in cut:
        position = next((n for n in range(position, len(lines)) if lines[n] == piece[0]), position)
        starts.setdefault(piece[0], position)
    quoted = lines[intro]
    copies_word = _COPY_WORDS.search(quoted)
    for recipient in list(found):
        if recipient.lines and starts.get(recipient.lines[0], -1) >= intro:
            recipient.todos[""] = (
                f"listed after '{quoted}', which may introduce copies or another list rather "
                "than targets: check what it is"
            )
            if copies_word and found.index(recipient) > 0:
                # "Please also inform ...", "In Kopie bitte an ...": copies for every sender
                found.remove(recipient)
                recipient.fields.setdefault("for", "*")
                copies.append(recipient)


def _is_unknown_intro(line: str, table: Markers) -> bool:
    """Say whether a line of a target list is a phrase introducing something (see above)."""
    words = line.rstrip(":").split()
    if len(words) < 3 or line.rstrip().endswith((".", "!", "?")) or line.startswith("("):
        return False
    if re.search(r"[\d@]|https?:", line) or bullet_text(line):
        return False
    if _is_labelled_line(line, table):
        return False
    lower = sum(1 for word in words if word[0].islower())
    return lower * 2 > len(words)


# A line that is a telephone number alone, with its extension ("322 16 21 Ext. 105").
_PHONE_LINE = re.compile(
    r"^\+?\(?\d[\d ()./-]{5,}\d(?:\s*(?:ext\.?|extension|x)\s*\d{1,6})?$", re.I
)
_LONE_CHANNELS = ("emails", "phones", "fax", "social", "web_forms")


def _lone_channels(blocks: list[block_parser.Block]) -> list[block_parser.Block]:
    """Give a block that holds nothing but channels (a number, emails, a salutation) to the
    block before it, which names someone: a page that sets each of a block's fields apart
    with empty lines ("Governor X / address" / "322 16 21 Ext. 105" / "x@y" / "Salutation:
    Dear Governor"). What is given is marked for review."""
    kept: list[block_parser.Block] = []
    for block in blocks:
        fields = block.fields
        before = kept[-1].fields if kept else {}
        who = any(fields.get(k) for k in ("title", "name", "organisation"))
        lines = fields.get("address_lines") or []
        numbers = [line for line in lines if _PHONE_LINE.match(line.strip())]
        channels = [k for k in (*_LONE_CHANNELS, "salutation") if fields.get(k)]
        if (
            who
            or not (channels or numbers)
            or len(numbers) != len(lines)
            or set(fields) - {*_LONE_CHANNELS, "salutation", "address_lines", "country"}
            or not any(before.get(k) for k in ("title", "name", "organisation"))
            or any(before.get(k) for k in channels if k in ("fax", "salutation"))
        ):
            kept.append(block)
            continue
        previous = kept[-1]
        given = []
        for key in channels:
            if isinstance(fields[key], list):
                previous.fields[key] = [*(previous.fields.get(key) or []), *fields[key]]
            else:
                previous.fields[key] = fields[key]
            given.append(key)
        if numbers:
            previous.fields["phones"] = [
                *(previous.fields.get("phones") or []),
                *({"number": number.strip()} for number in numbers),
            ]
            given.append("phones")
        for key in dict.fromkeys(given):
            previous.todos.setdefault(
                key,
                "printed apart from this addressee's block, after an empty line: check that it "
                "is this addressee's",
            )
        for key, task in block.todos.items():
            if key in given:
                previous.todos.setdefault(key, task)
        previous.lines = [*previous.lines, *block.lines]
    return kept


def _salutations_above(blocks: list[block_parser.Block]) -> list[block_parser.Block]:
    """Give each block that holds nothing but a salutation to the block after it, when the
    list opens with one: the page prints every salutation above its addressee ("Salutation:
    Your Excellency" / "Prime Minister" / "X" / ...), not below."""

    def lone(block: block_parser.Block) -> bool:
        fields = block.fields
        return bool(fields.get("salutation")) and not any(
            fields.get(k) for k in ("title", "name", "organisation", "address_lines")
        )

    if not blocks or not lone(blocks[0]) or len(blocks) < 2 or lone(blocks[1]):
        return blocks
    kept: list[block_parser.Block] = []
    above: block_parser.Block | None = None
    for block in blocks:
        if lone(block) and set(block.fields) <= {"salutation"}:
            above = block
            continue
        if above is not None and not block.fields.get("salutation"):
            block.fields["salutation"] = above.fields["salutation"]
            block.lines = [*above.lines, *block.lines]
        above = None
        kept.append(block)
    return kept


def _lone_salutations(blocks: list[block_parser.Block]) -> list[block_parser.Block]:
    """Give a block that holds nothing but a salutation to the block before it, when that
    has none: a sentence printed inside a block ("Please be sure to send copies to ...: x@y")
    cut it off from its "Salutation:" line."""
    kept: list[block_parser.Block] = []
    for block in blocks:
        fields = block.fields
        who = any(fields.get(k) for k in ("title", "name", "organisation", "address_lines"))
        if fields.get("salutation") and not who and kept and not kept[-1].fields.get("salutation"):
            kept[-1].fields["salutation"] = fields.pop("salutation")
            kept[-1].lines = [*kept[-1].lines, *block.lines]
            rest = {key for key, value in fields.items() if value}
            # what is left is the sentence that cut the block: a copy, read from the text
            if not rest or _AS_COPY.search(str(fields.get("note", ""))):
                continue
        kept.append(block)
    return kept


def _plausible(blocks: list[block_parser.Block]) -> list[block_parser.Block]:
    """Return the blocks that describe recipients: someone (an office, a name) and a channel.

    The list ends at the first block after a recipient that is not one: what follows the
    targets on a page (share buttons, related actions, a footer) is no recipient.
    """
    kept: list[block_parser.Block] = []
    for block in blocks:
        fields = block.fields
        who = any(fields.get(key) for key in ("title", "name", "organisation"))
        where = any(fields.get(key) for key in _CHANNELS)
        if who and where:
            kept.append(block)
        elif kept:
            break
        elif who or where:
            block.todos[""] = "an incomplete block of the list of targets: check it, or delete it"
            kept.append(block)
    for block in kept:
        fields = block.fields
        if (
            len(str(fields.get("name", "")).split()) > 5
            or len(str(fields.get("title", "")).split()) > 14
        ):
            block.todos.setdefault(
                "", "an unusual block (a long name or title): check how it was read"
            )
    return kept


def _name_run(office: str, salutation: str, table: Markers) -> str:
    """Return the run of two to five capitalised words of an office's line that reads as a
    person's name ("Head of the Judiciary Jane Doe": "Jane Doe"), the longest one the
    salutation also names first, or ""."""
    tokens = office.split()
    runs = [
        run
        for size in range(5, 1, -1)
        for start in range(len(tokens) - size + 1)
        # a run after a small word ("de la República ...") begins inside the office's name
        if not (start and tokens[start - 1].islower())
        and block_parser.is_name(run := " ".join(tokens[start : start + size]).strip(" ,;:"), table)
    ]
    said = set(fold(salutation).split())
    greeted = [run for run in runs if fold(run).split()[-1] in said]
    return (greeted or runs or [""])[0]


def _nameless_block(block: block_parser.Block, table: Markers) -> None:
    """Mark a target block in which no line was read as the addressee's name, when its
    office's line holds a name or its fields ran together on one line: the layout the block
    rule reads right gives the name a line of its own."""
    fields = block.fields
    office = " ".join(str(fields.get(key, "")) for key in ("title", "organisation")).strip()
    named = _name_run(office, str(fields.get("salutation", "")), table)
    if named:
        task = (
            f"no line of this block was read as the addressee's name, and '{named}' in the "
            f"title's line ('{office[:80]}') reads as one: split the name from the title, and "
            "check the other fields"
        )
    elif any(len(line) > 120 for line in block.lines):
        task = (
            "the block's fields run together on one line and no name was read from it: check "
            "where the title, name, address and note each begin"
        )
    else:
        return
    block.todos[""] = f"{block.todos['']}; {task}" if block.todos.get("") else task


def _put_block(draft: Draft, path: tuple[str | int, ...], block: block_parser.Block) -> None:
    draft.put(path, dict(block.fields), rule=block.rule or f"{path[0]}.block")
    for key, task in block.todos.items():
        if key.startswith("_"):
            continue  # bookkeeping of the block parser
        draft.todo((*path, key) if key else path, task)
    draft.notes[path] = " | ".join(block.lines)


def _prose_targets(
    draft: Draft,
    lines: list[str],
    table: Markers,
    found: list[block_parser.Block],
    copies: list[block_parser.Block],
    section: str | None,
) -> None:
    """Read targets and copies written as sentences ("Please send a fax or letter to King X")."""
    text = "\n".join(lines)
    if not found:
        blocks = _sentence_targets(text, table)
        hint = search(table.salutation_hint, text, table) or search(
            TABLES["en"].salutation_hint, text, TABLES["en"]
        )
        if len(blocks) == 1 and hint:
            blocks[0].fields["salutation"] = hint.group("text").strip()
            blocks[0].todos["salutation"] = "taken from a hint of the text; check it"
        found.extend(blocks)
    for match in re.finditer(
        r"avec copie à\s+(l[’'])?([^:]+?)\s*:\s*([\w.+-]{1,64}@[\w.-]{1,253}\w)", text, re.I
    ):
        block = block_parser.Block(
            lines=[match.group()],
            fields={
                "for": section or "*",
                "organisation": match.group(2).strip(),
                "emails": [match.group(3)],
            },
        )
        block.rule = "copies.sentence"
        copies.append(block)
    _embassy_copies(text, table, copies)
    _emailed_addressees(text, table, found, copies, section)
    # A blind copy to the section ("merci de mettre action@amnesty.be en copie cachée"), which
    # counts the appeals, is no copy: a letter prints its copies (corpus README, decided
    # 2026-12-02).


# A copy asked for inside a sentence, to an embassy: "avec copie à l'ambassade du Laos en
# France", "eine Kopie per Fax an die laotische Botschaft in Deutschland unter ...", "with a
# copy to the Embassy of Laos in Canada", "con copia a la Embajada de Laos en España".
_COPY_TO_EMBASSY = re.compile(
    r"\b(?:cop(?:y|ies)|copie|copies|kopie|kopien|copia|copias)\b(?P<how>[^.;:\n]{0,40}?)\s"
    r"(?:to|à|an|a)\s+(?P<who>[^.;:,\n]{0,60}?"
    r"\b(?:embass(?:y|ies)|ambassade|botschaft|embajada|high commission)\b[^.;:,\n]{0,80})",
    re.I,
)
# The place an embassy is in, after its name: "in Deutschland", "en France", "au Canada".
_EMBASSY_PLACE = re.compile(r"\b(?:in|en|au|aux|à|in the)\s+(?=\S)", re.I)


def _embassy_on_one_line(block: block_parser.Block) -> None:
    """Split a copy printed on one line, an embassy and its place after commas ("Ambassade du
    Royaume de Bahreïn, Paris, France."): the embassy is the organisation, the rest its
    address."""
    fields = block.fields
    lines = fields.get("address_lines") or []
    named = any(fields.get(k) for k in ("title", "name"))
    if len(lines) == 1 and fields.get("organisation") and not named:
        if _EMBASSY_WORD.search(str(fields["organisation"])):
            fields["address_lines"] = [lines[0].rstrip(".").strip()]  # "..., Paris, France."
        return
    if named or (lines and fields.get("organisation")):
        return
    # the line read as the address, or whole as the organisation ("Botschaft X, Wien, ...")
    run = lines[0] if len(lines) == 1 else "" if lines else str(fields.get("organisation", ""))
    head, _, rest = run.partition(",")
    if not rest.strip() or not _EMBASSY_WORD.search(head):
        return
    fields["organisation"] = head.strip()
    fields["address_lines"] = [rest.strip().rstrip(".").strip()]


_EMBASSY_WORD = re.compile(
    r"\b(?:embass(?:y|ies)|ambassade|botschaft|embajada|high commission|consulate|consulat)",
    re.I,
)


def _embassy_seat(who: str, table: Markers) -> tuple[str, str] | None:
    """Return the country an embassy's name says it is in ("l'ambassade du Laos en France"),
    and the name up to that country; None when it names none ("à Bruxelles")."""
    places = list(_EMBASSY_PLACE.finditer(who))
    if not places:
        return None
    place = who[places[-1].end() :].split()
    for size in range(min(len(place), 5), 0, -1):
        code = country_code(" ".join(place[:size]), table.language)
        if code:
            return code, who[: places[-1].end()] + " ".join(place[:size])
    return None


def _embassy_copies(text: str, table: Markers, copies: list[block_parser.Block]) -> None:
    """Add the copies a sentence asks for to an embassy in a country it names: the copy is
    the section's addition for senders in that country (its `for` and `country`)."""
    known = {fold(str(block.fields.get("organisation", ""))) for block in copies}
    for match in _COPY_TO_EMBASSY.finditer(text):
        who = _ADDRESSEE_ARTICLES.sub("", match.group("who").strip())
        seated = _embassy_seat(who, table)
        if not seated:
            continue  # "in your country", "à Bruxelles": no country named
        code, organisation = seated
        if any(fold(organisation) in each or each in fold(organisation) for each in known if each):
            continue
        fields: dict[str, Any] = {"for": code, "organisation": organisation, "country": code}
        # The channels the sentence gives for it, up to where the line's next sentence begins.
        rest = text[match.start("who") :].split("\n", 1)[0][:250]
        rest = re.split(r"(?<=[a-z]{3})\.\s+(?=[A-ZÄÖÜÉ])", rest, maxsplit=1)[0]
        emails = re.findall(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", rest)
        if emails:
            fields["emails"] = [email.rstrip(".") for email in emails]
        fax = re.search(
            r"\bfax(?:nr\.?|nummer|number|no\.?)?\s*:?\s*(\+?\d[\d ()/-]{5,}\d)", rest, re.I
        )
        if fax:
            fields["fax"] = fax.group(1)
        block = block_parser.Block(
            lines=[match.group().strip()], fields=fields, rule="copies.sentence"
        )
        block.todos[""] = (
            "read from a sentence that asks for a copy to an embassy in a named country: check "
            "it, and that only senders there send it"
        )
        copies.append(block)
        known.add(fold(organisation))


# An addressee named in a sentence and its email after a colon: "envoyez-le par email au
# Président Abdel Fattah al-Sissi : p.x@op.gov.eg", "send it to the Minister of Justice:
# x@y.gov", "en copie à l'ambassade de X à Bruxelles : x@y.com".
_EMAILED = re.compile(
    r"(?:^|[\s(])(?P<to>to the|to|au|aux|à la|à l['’]|à|an den|an die|an das|an|al|a la|a)\s+"
    r"(?P<who>[^.:;\n@]{3,120}?)(?:\s*:|,?\s+(?:à l['’]adresse|at the address|unter der adresse|"
    r"a la dirección))\s*(?P<email>[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)",
    re.I,
)
# Words of a sentence that sends a copy, not the letter itself.
_AS_COPY = re.compile(r"\b(?:copie|copy|copies|kopie|copia|cc)\b", re.I)
# "... en mettant en copie l'ambassade de X à Bruxelles :", "putting in copy the Embassy of X
# in Ottawa:", "con copia a la Embajada de X en Madrid:": who is copied follows the copy's
# words up to the colon (a place's "à"/"in" inside it is no "to").
_COPIED_WHO = re.compile(
    r"\b(?:en copie(?: à)?|in copy|in cc|en copia(?: a)?|con copia a|in kopie an|in kopie|cc)\s+"
    r"(?P<who>[^.:;\n@]{3,120}?)\s*:\s*$",
    re.I,
)


def _emailed_addressees(
    text: str,
    table: Markers,
    found: list[block_parser.Block],
    copies: list[block_parser.Block],
    section: str | None,
) -> None:
    """Add the addressees a sentence names with their email after a colon, when no block
    already has that email: the letter's addressee (an office before a name), or a copy."""
    known = {
        fold(email) for block in (*found, *copies) for email in block.fields.get("emails", []) or []
    }
    offices = {fold(w) for w in (*table.office_words, *TABLES["en"].office_words)}
    for match in _EMAILED.finditer(text):
        email, who = match.group("email").rstrip("."), match.group("who").strip(" ,")
        if fold(email) in known or len(who.split()) > 12:
            continue
        sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()))
        sentence = text[sentence_start + 1 : match.end()]
        # "Please be sure to send copies to the Prime Minister's secretary: x@y": the
        # addressee follows the last "to"
        # "... un email à l'ambassade de X à Bruxelles : x@y": an embassy's place after it
        # ("à Bruxelles", "in Ottawa") is no "to"
        embassy_named = _EMBASSY_NAMED.search(who)
        if embassy_named:
            who = embassy_named.group()
        else:
            who = re.split(r"\s(?:to the|to|au|aux|à la|à l['’]|an den|an die|al|a la)\s", who)[-1]
        copied = _COPIED_WHO.search(text[sentence_start + 1 : match.start("email")])
        if copied and _EMBASSY_WORD.search(copied.group("who")):
            who = copied.group("who").strip(" ,")  # "en copie l'ambassade de X à Bruxelles"
        who = _ADDRESSEE_ARTICLES.sub("", who)
        words = [fold(w).strip(",.") for w in who.split()]
        if not words:
            continue
        embassy = _EMBASSY_WORD.search(who)
        if _AS_COPY.search(sentence) or embassy:
            # a copy to an embassy is the section's own; to an official, every sender's
            copied_fields: dict[str, Any] = {
                "for": (section or "*") if embassy else "*",
                "organisation": who,
                "emails": [email],
            }
            block = block_parser.Block(
                lines=[sentence.strip()], fields=copied_fields, rule="copies.sentence"
            )
            block.todos[""] = "read from a sentence that sends a copy by email: check it"
            seated = _embassy_seat(who, table) if embassy and not section else None
            if seated:
                # "l'ambassade de X en Belgique": copied by the senders in that country
                copied_fields["for"] = copied_fields["country"] = seated[0]
                block.todos["for"] = (
                    "an embassy in the country its name gives: copied by the senders there "
                    "only? check"
                )
            if embassy and section:
                # the section's senders write to the embassy in their own country
                copied_fields["country"] = section
                block.todos["country"] = (
                    "an embassy the section's senders write to: taken to be in the section's "
                    "country; check it"
                )
            if embassy and not _AS_COPY.search(sentence):
                block.todos[""] = (
                    "an embassy a sentence gives an email for, read as the section's copy (the "
                    "letter goes to the officials): check it"
                )
            copies.append(block)
        elif words[0] in offices and not found:
            title, name = block_parser.split_title_name(who, table)
            fields: dict[str, Any] = {"emails": [email]}
            if title:
                fields["title"] = title
            if name:
                fields["name"] = name
            if not title and not name:
                fields["title"] = who
            block = block_parser.Block(
                lines=[sentence.strip()], fields=fields, rule="targets.sentence"
            )
            block.todos[""] = "read from a sentence that sends the letter by email: check it"
            found.append(block)
        known.add(fold(email))


# An embassy a sentence names, with its article, up to the end of who it addresses ("...
# un email à l'ambassade de X à Bruxelles", "... and to the Embassy of X in Ottawa").
_EMBASSY_NAMED = re.compile(
    r"(?:\b(?:the|die|der|la|el)\s+|\bl['’])?\b(?:embass(?:y|ies)|ambassade|botschaft|embajada|"
    r"high commission)\b.*$",
    re.I,
)
# Articles and contractions that begin who a sentence addresses ("to the", "an den", "au").
_ADDRESSEE_ARTICLES = re.compile(
    r"^(?:the|den|dem|der|die|le|la|les|l['’]|au|aux|el|la|al|los|las)\s*", re.I
)
_ADDRESS_START = re.compile(
    r",?\s+(?:at|c/o|care of|unter|à l['’]adresse|en l['’]envoyant à l['’]adresse|"
    r"a la dirección)\s+",
    re.I,
)


# The way a letter reaches its addressee, after the name ("via the embassy", "über die
# Botschaft", "par l'intermédiaire de l'ambassade", "a través de la embajada").
_THROUGH = re.compile(
    r"\s+((?:via|through|by way of|über|par l['’]intermédiaire d[eu]|a través de)\s.+)$",
    re.I,
)


# Two addressees in one request: "écrivez au Premier ministre ainsi qu'au Ministre des
# Affaires étrangères", "write to the President as well as to the Minister of Justice".
_ALSO_TO = re.compile(
    r",?\s+(?:ainsi\s+qu['’](?:au|aux|à\s+la|à\s+l['’]|à)|as\s+well\s+as(?:\s+to)?|"
    r"sowie(?:\s+an)?|así\s+como(?:\s+a)?)\s+",
    re.I,
)


# An addressee named by its office inside the request itself, in words no `addressed_to`
# phrase gives: the verb of the request somewhere in the sentence, the office after the
# article the request takes ("fordert den ägyptischen Staatsanwalt ... auf", "einen Brief ...
# an den Justizminister", "Signez notre pétition au ministre de la Justice", "Pétition à
# l'attention du Roi et Premier ministre d'Arabie saoudite, X", "pidiendo al presidente de
# Nicaragua que ...", "calling on the Minister of Justice to ...").
_REQUEST_VERB = {
    "en": r"\b(?:writ(?:e|ing)|sign|petition|appeal|call(?:ing)? (?:on|upon)|urg(?:e|ing)|"
    r"ask(?:ing)?|tweet)\b",
    "de": r"\b(?:schreib\w*|forder\w*|fordert|appell\w*|petition|bitte[nt]?|"
    r"unterschreib\w*|unterzeichne\w*|wende[nt]?)\b",
    "fr": r"\b(?:écri\w*|pétition|demand\w*|exhort\w*|appel\w*|interpell\w*|sign\w*)\b",
    "es": r"\b(?:escrib\w*|pid\w*|pedi\w*|inst\w*|exij\w*|exig\w*|petición|firm\w*)\b",
}
_ADDRESSEE_ARTICLE = {
    # "... to the President X and the Prosecutor General Y": each with its own article
    "en": r"\b(?:to|on|upon|urge|urging|ask|asking|and)\s+the\s+",
    "de": r"\b(?:an\s+)?(?:den|die|das|dem)\s+",
    "fr": r"(?:\b(?:au|aux)\s+|\bà\s+(?:la\s+|l['’]\s*)(?!attention)|"
    r"\bà\s+l['’]attention\s+d(?:u\s+|e\s+la\s+|e\s+l['’]\s*|es\s+)|"
    # the verbs that take the addressee as their object: "appelez le président X à ..."
    r"\b(?:appel|exhort|interpell)\w*\s+(?:le\s+|la\s+|l['’]\s*))",
    "es": r"\b(?:al|a\s+la|a\s+los|a\s+las)\s+",
}
# Where the office and name end: the verb the request goes on with ("... to release",
# "... que garantice", "... de libérer", "... auf, alle Anklagen"), a clause or a new request.
_ADDRESSEE_END = {
    "en": r"\s+(?:to\s+[a-z]|and\s+(?:ask|urg|call|tell)|who\b|that\b|asking|urging|calling|"
    r"for\b|in\s+(?:english|your)|by\b)|[.;:!?(]",
    # ("fordern den X dringend auf": an adverb of the request ends the addressee)
    "de": r"\s+(?:auf\b|und\s+(?:bitte|forder|appell|verlang|ford)|um\b|mit\b|zu\b|"
    r"in\s+(?:gutem|deutsch|englisch)|dass\b|"
    r"(?:dringend|eindringlich|nachdrücklich|höflich|erneut|ausdrücklich)\s+auf\b)|[.;:!?(]",
    "fr": r"\s+(?:d['’]|de\s+)(?=[a-zé]+(?:er|ir|re)\b)|\s+à\s*(?=[:.;]|$)|"
    r"\s+(?:à\s+[a-zé]+(?:er|ir|re)\b|"
    r"pour\b|afin\b|qui\b|que\b|en\s+lui\b|et\s+(?:demand|exhort|appel))|[.;:!?(]",
    "es": r"\s+(?:que\b|para\b|a\s+(?:que\b|[a-zé]+(?:ar|er|ir)\b)|pidiéndole|instándole|y\s+"
    r"(?:pide|exige|pedir|exigir))|[.;:!?(]",
}
# Words of the office tables that name no office of their own after an article ("à la
# première audience", "an die Frau", "to the head of"): the holder of an office is another word.
_NOT_AN_OFFICE = frozenset(
    {"herr", "herrn", "frau", "e.", "s.", "excellency", "exzellenz", "majesty", "majesté",
     "majestät", "majestad", "highness", "hoheit", "altesse", "alteza", "premier", "première",
     "primer", "primera", "general", "head", "leader", "representative", "deputy", "chief",
     "garde", "guide", "responsable", "titular", "oberste", "oberster", "representante",
     "représentant", "représentante", "chef", "speaker", "spokesman", "spokesperson",
     "spokeswoman", "sprecher", "sprecherin", "h.e."}
)  # fmt: skip
# Offices of two words whose first is no office alone ("le guide suprême d'Iran", "the Supreme
# Leader", "el Líder Supremo", "den Obersten Führer"), folded.
_TWO_WORD_OFFICES = frozenset(
    {"guide supreme", "supreme leader", "lider supremo", "obersten fuhrer", "oberster fuhrer"}
)
# "Premier ministre", "Primer Ministro", "Prime Minister": the first word of a two-word office.
_OFFICE_LEAD = frozenset({"premier", "première", "primer", "primera", "prime", "chief", "head"})


def _requested_addressees(lines: list[str], table: Markers) -> list[block_parser.Block]:
    """Return the addressees the first request names by their office (see above), each with
    the name that follows the office, and the country its adjective or complement names."""
    language = table.language
    if language not in _REQUEST_VERB:
        return []
    # A paragraph's wrapped lines read as one ("... an den" / "Justizminister und ...").
    joined: list[str] = []
    for line in lines:
        if (
            joined
            and joined[-1]
            and line.strip()
            and not joined[-1].rstrip().endswith((".", ":", ";", "!", "?"))
            and not bullet_text(line)
        ):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    verb, article, end = _request_patterns(language)
    demonyms = DEMONYMS.get(language, _EN_DEMONYMS)
    for paragraph in joined:
        for sentence in sentences(paragraph):
            if not verb.search(sentence):
                continue
            found: list[block_parser.Block] = []
            for match in article.finditer(sentence):
                block = _requested_addressee(
                    sentence[match.end() :], table, end, demonyms, sentence, "\n".join(joined)
                )
                if block is not None:
                    found.append(block)
            countries = [b.fields["country"] for b in found if b.fields.get("country")]
            for block in found if countries else []:
                # "the Azerbaijani President X and the Prosecutor General Y": one state's
                block.fields.setdefault("country", countries[0])
            if found:
                return found
    return []


@cache
def _request_patterns(
    language: str,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return a language's request verb, the article before the addressee and where the
    addressee ends, compiled once."""
    return (
        re.compile(_REQUEST_VERB[language], re.I),
        re.compile(_ADDRESSEE_ARTICLE[language], re.I),
        re.compile(_ADDRESSEE_END[language]),
    )


@cache
def _tweet_request(language: str) -> re.Pattern[str]:
    """Return the request to a social-media account ("Call on @X to ...", "Demandez à @X de
    ...", "Fordern Sie @X auf ..."): the verb, at most one word, the handle."""
    return re.compile(
        rf"(?:{_REQUEST_VERB[language]})\s+(?:\S+\s+)?(@[A-Za-z0-9_]{{2,30}})\b", re.I
    )


def _tweeted_addressees(lines: list[str], table: Markers) -> list[block_parser.Block]:
    """Return the accounts a suggested tweet asks to act ("Suggested tweet: ... Call on
    @X to stop ..."), each a target of its own, where nothing else names whom to write to."""
    languages = [lang for lang in dict.fromkeys((table.language, "en")) if lang in _REQUEST_VERB]
    if not any(re.search(r"\btweet|twitter|\bx\.com\b", line, re.I) for line in lines):
        return []
    found: dict[str, block_parser.Block] = {}
    for line in lines:
        for language in languages:
            for match in _tweet_request(language).finditer(line):
                handle = match.group(1)
                if fold(handle) in found:
                    continue
                block = block_parser.Block(rule="targets.sentence", lines=[line])
                block.fields["social"] = [{"platform": "twitter", "handle": handle}]
                block.todos[""] = (
                    f"read from a suggested tweet ('{match.group()[:60]}'): check whose account "
                    "this is, and add the office and how to write to them"
                )
                found[fold(handle)] = block
    return list(found.values())


def _holder_name(text: str, table: Markers) -> bool:
    """Say whether `text` is a person's name, also a long Arabic one whose particles make it
    more than five words ("Salman bin Abdul Aziz Al Saud")."""
    if block_parser.is_name(text, table):
        return True
    tokens = text.split()
    core = [t for t in tokens if fold(t) not in _NAME_PARTICLES]
    return (
        len(tokens) <= 8
        and 2 <= len(core) < len(tokens)
        and block_parser.is_name(" ".join(core), table)
    )


_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "abu", "abd", "ben"})

# Nationalities before an office in English ("the Azerbaijani President X"): the country of
# the addressee (a few, "Iranian", "Egyptian", the country names resolve as well).
_EN_DEMONYMS = {
    "azerbaijani": "AZ", "kazakh": "KZ", "kazakhstani": "KZ", "uzbek": "UZ", "tajik": "TJ",
    "turkmen": "TM", "kyrgyz": "KG", "belarusian": "BY", "ukrainian": "UA", "georgian": "GE",
    "armenian": "AM", "turkish": "TR", "iraqi": "IQ", "yemeni": "YE", "jordanian": "JO",
    "lebanese": "LB", "kuwaiti": "KW", "emirati": "AE", "qatari": "QA", "omani": "OM",
    "israeli": "IL", "palestinian": "PS", "libyan": "LY", "tunisian": "TN", "algerian": "DZ",
    "moroccan": "MA", "mauritanian": "MR", "sudanese": "SD", "ethiopian": "ET",
    "eritrean": "ER", "somali": "SO", "kenyan": "KE", "ugandan": "UG", "tanzanian": "TZ",
    "rwandan": "RW", "burundian": "BI", "zimbabwean": "ZW", "zambian": "ZM", "malawian": "MW",
    "mozambican": "MZ", "angolan": "AO", "cameroonian": "CM", "nigerian": "NG",
    "ghanaian": "GH", "senegalese": "SN", "malian": "ML", "chadian": "TD", "togolese": "TG",
    "vietnamese": "VN", "cambodian": "KH", "laotian": "LA", "thai": "TH", "filipino": "PH",
    "indonesian": "ID", "malaysian": "MY", "singaporean": "SG", "pakistani": "PK",
    "bangladeshi": "BD", "indian": "IN", "nepali": "NP", "nepalese": "NP", "afghan": "AF",
    "mongolian": "MN", "japanese": "JP", "mexican": "MX", "guatemalan": "GT",
    "honduran": "HN", "salvadoran": "SV", "nicaraguan": "NI", "cuban": "CU",
    "colombian": "CO", "peruvian": "PE", "bolivian": "BO", "ecuadorian": "EC",
    "brazilian": "BR", "chilean": "CL", "paraguayan": "PY", "venezuelan": "VE",
    "egyptian": "EG", "iranian": "IR", "syrian": "SY", "saudi": "SA", "bahraini": "BH",
    "chinese": "CN", "russian": "RU",
}  # fmt: skip


def _requested_addressee(
    rest: str,
    table: Markers,
    end: re.Pattern[str],
    demonyms: dict[str, str],
    sentence: str,
    text: str = "",
) -> block_parser.Block | None:
    """Return the addressee that `rest` (the words after the request's article) begins with,
    or None when its head noun names no office."""
    words = rest.split()
    country = None
    # Adjectives before the office: "den ägyptischen Staatsanwalt", "the Egyptian President".
    while words and (
        words[0].lower() in demonyms
        or country_code(words[0], table.language)
        # German writes its nouns capitalised: a word in lower case before one is an
        # adjective ("den kenianischen Generalstaatsanwalt", "den zuständigen Richter")
        or (table.language == "de" and re.fullmatch(r"[a-zäöüß]+(?:e|en|er|es|em)", words[0]))
        # English: a nationality before the office, one no table knows ("the Malawian
        # President"): its shape, and an office after it
        or (
            table.language == "en"
            and len(words) > 1
            and re.fullmatch(r"[A-Z][a-z]+(?:ian|an|ese|i|ish)", words[0])
            and block_parser.is_office_word(words[1].strip(",.;:!?"), table)
        )
    ):
        country = (
            demonyms.get(words[0].lower()) or country_code(words[0], table.language) or country
        )
        words = words[1:]
    if not words:
        return None
    head = words[0].strip(",.;:!?")
    folded = fold(head)
    two_words = len(words) > 1 and f"{folded} {fold(words[1].strip(',.;:'))}" in _TWO_WORD_OFFICES
    lead = two_words or (
        folded in {fold(w) for w in _OFFICE_LEAD}
        and len(words) > 1
        and block_parser.is_office_word(words[1].strip(",.;:"), table)
    )
    if folded in {fold(w) for w in _NOT_AN_OFFICE} and not lead:
        return None
    if not lead and not block_parser.is_office_word(head, table):
        return None
    said = " ".join(words)
    cut = end.search(said, len(head))
    if cut:
        said = said[: cut.start()]
    parts = [part.strip() for part in said.split(",") if part.strip()]
    if not parts or len(parts[0].split()) > 10:
        return None
    # "der Präsident und den Justizminister": a second addressee has an article of its own
    # and is found on its own; "du Roi et Premier ministre" is one holder of two offices.
    first = re.split(r"\s+(?:and|und|et|y)\s+(?=(?:the|den|die|dem|le|la|les|el|los)\b)", parts[0])
    title, name = block_parser.split_title_name(first[0], table)
    if two_words and not title:
        title, name = first[0], None  # "Líder Supremo de Irán": no word of it is a name
    tokens = first[0].split()
    if (
        not name
        and len(tokens) > 2
        and demonyms.get(tokens[1].lower())
        and _holder_name(" ".join(tokens[2:]), table)
    ):
        # French and Spanish put the nationality after the office: "le président tunisien
        # X", "el presidente mexicano X"
        country = country or demonyms[tokens[1].lower()]
        title, name = " ".join(tokens[:2]), " ".join(tokens[2:])
    if name and not title:
        return None
    title = title or first[0]
    if not name and len(parts) > 1 and _holder_name(parts[1], table):
        name = parts[1]
    if table.language == "de":
        # the weak nouns' object form: "den Präsidenten" is "der Präsident"
        bare = title.removesuffix("en")
        if (
            bare != title
            and block_parser.is_office_word(bare, table)
            and fold(bare) in {fold(w) for w in table.office_words}
        ):
            title = bare
    if not country:
        complement = re.search(r"\b(?:of|de|d['’]|del|des)\s*(.+)$", title)
        if complement:
            country = country_code(complement.group(1), table.language)
    block = block_parser.Block(rule="targets.sentence", lines=[sentence.strip()])
    block.fields["title"] = title.strip(" ,")
    if name and _holder_name(name, table):
        block.fields["name"] = name.strip(" ,")
    elif text:
        # "el presidente Daniel Ortega anunció ...": the text names the holder elsewhere
        office = re.escape(title.split()[0])
        holder = rf"(?i:\b{office})\s+((?:[A-Z][\w'’-]+\s+){{1,3}}[A-Z][\w'’-]+)"
        for other in re.finditer(holder, text):
            if _holder_name(other.group(1), table):
                block.fields["name"] = other.group(1)
                block.todos["name"] = (
                    f"the holder of this office was read from '{other.group()}' elsewhere in "
                    "the text: check that the letter is meant for this person"
                )
                break
    if country:
        block.fields["country"] = country
    block.todos[""] = (
        f"read from the request '{sentence.strip()[:160]}', which names this office and no "
        "list of targets: check it, and add how to reach it"
    )
    return block


def _sentence_target(text: str, table: Markers) -> block_parser.Block | None:
    """Return the first target a sentence names ("write to the Prosecutor General, X")."""
    found = _sentence_targets(text, table)
    return found[0] if found else None


def _sentence_targets(text: str, table: Markers) -> list[block_parser.Block]:
    """Return the targets a sentence names ("write to the Prosecutor General, X, at ...")."""
    lowered = text.lower()
    first: list[block_parser.Block] = []
    for source in dict.fromkeys((table, TABLES["en"])):
        for phrase in source.addressed_to:
            if not may_match(phrase, lowered):
                continue
            match = compile_phrase(phrase, source).search(text)
            if not match:
                continue
            # "... à l'adresse x@y et à l'ambassade de X à l'adresse z@w": the embassy is a
            # copy, read on its own (`_emailed_addressees`)
            said = _AND_EMBASSY.split(_first_sentence(match.group("text")), maxsplit=1)[0]
            # "..., avec copie à l'Ambassade ...": the copy is read on its own.
            for copy in (*source.copies_start, *TABLES["en"].copies_start):
                said = re.split(
                    rf",?\s+{re.escape(copy.lstrip('^').rstrip(':'))}\b", said, flags=re.I
                )[0]
            request = match.group()[: len(match.group()) - len(match.group("text"))]
            blocks = []
            for part in _ALSO_TO.split(said):
                block = _addressee(part, source, table)
                if block:
                    block.lines = [request + part]
                    blocks.append(block)
            if blocks and any(set(b.fields) & _REACHED_BY for b in blocks):
                return blocks
            # "Écrivez au Procureur général." above "envoyez votre message au Procureur
            # général de X, M. Y à l'adresse x@y": the request that says how to reach it wins
            first = first or blocks
    return first


# The fields of a target that say how to reach it.
_REACHED_BY = frozenset(["emails", "fax", "address_lines", "phones", "web_forms"])
# A second addressee of a request that is an embassy ("... et à l'ambassade de X").
_AND_EMBASSY = re.compile(
    r",?\s+(?:et|and|und|y)\s+(?:à|au|to|an|a)\s+(?:l['’]|the\s+|die\s+|la\s+)?"
    r"(?:ambassade|embassy|botschaft|embajada)\b",
    re.I,
)
# An honorific's abbreviation that ends no sentence ("..., M. José X à l'adresse ...").
_HONORIFIC_STOP = re.compile(r"(?:^|\s)(?:M|Mme|Mr|Mrs|Ms|Dr|Sr|Sra|Hr|Fr)\.$")


def _first_sentence(text: str) -> str:
    """Return the first sentence of a request, read on past an honorific's full stop."""
    parts = sentences(text) or [text]
    said = parts[0]
    for part in parts[1:]:
        if not _HONORIFIC_STOP.search(said):
            break
        said = f"{said} {part}"
    return said.strip()


def _addressee(said: str, source: Markers, table: Markers) -> block_parser.Block | None:
    """Return the target of the words after "write to": title, name, address, email, fax."""
    emails = re.findall(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", said)
    disguised = block_parser.disguised_emails(said)
    printed = [*emails, *(shown for _address, shown in disguised)]
    fax = re.search(r"\bfax(?: number)?:?\s*(\+?\d[\d ()./-]{6,}\d)", said, re.I)
    where = _ADDRESS_START.split(said, maxsplit=1)
    # "Écrivez au Président de la Transition :": the colon (after a space) ends no office
    who = _ADDRESSEE_ARTICLES.sub("", where[0]).strip(" ,.:\u00a0")
    through = _THROUGH.search(who)
    if through:
        # "Premierminister Hun Sen via die kambodschanische Botschaft": how it reaches him
        who, through_note = who[: through.start()], through.group(1).strip(" .")
    else:
        through_note = ""
    for end in source.clause_ends:
        cut = who.lower().find(end)
        if cut > 0:
            who = who[:cut]
    parts = [part.strip() for part in who.split(",") if part.strip()]
    if not parts or len(parts[0].split()) > 10:
        return None
    title, name = block_parser.split_title_name(parts[0], table)
    if name and not title and not block_parser.is_name(parts[0], table):
        title, name = parts[0], None
    if len(parts) > 1 and block_parser.is_name(parts[1], table) and not name:
        name = parts[1]
    offices = _office_words(table)
    words = {fold(w).strip(".,") for w in (title or "").split()}
    # "write to your MP", "write to us": no office of the case's authorities
    compound = any(block_parser.is_office_word(word, table) for word in (title or "").split())
    if (
        not name
        and not words & offices
        and not fold(title or "").endswith(tuple(offices))
        and not compound
    ):
        return None
    block = block_parser.Block(rule="targets.sentence")
    if through_note:
        block.fields["note"] = through_note
    adjective = (title or "").split(maxsplit=1)
    if (
        table.language == "en"
        and len(adjective) == 2
        and adjective[0].lower() in _EN_DEMONYMS
        and block_parser.is_office_word(adjective[1].split()[0], table)
    ):
        # "write to the Malawian President X": the nationality says where, the office is
        # the letter's title
        title = adjective[1]
        block.fields["country"] = _EN_DEMONYMS[adjective[0].lower()]
    if title:
        block.fields["title"] = title[0].upper() + title[1:]
    if name and len(name.split()) > 2 and fold(name.split()[0]).rstrip(".") in COURTESY_TITLES:
        name = name.split(maxsplit=1)[1]  # "M. José X": the courtesy title is no part of it
    if name and block_parser.is_name(name, table):
        block.fields["name"] = name
    if len(where) > 1:
        place = where[1]
        for end in source.clause_ends:
            cut = place.lower().find(end)
            if cut > 0:
                place = place[:cut]
        address = [part.strip(" .") for part in place.split(",") if part.strip(" .")]
        address = [part for part in address if not any(e in part for e in printed)]
        if address and not any(e in where[1].split(",")[0] for e in printed):
            block.fields["address_lines"] = address
    if disguised:
        emails += [address for address, _shown in disguised]
        block.todos["emails"] = (
            "the address was printed in disguise ('"
            + "', '".join(shown for _address, shown in disguised)
            + "'): check how it was read"
        )
    if emails:
        block.fields["emails"] = emails
    if fax:
        block.fields["fax"] = fax.group(1)
    return block


def _letter_target(lines: list[str], zones: Zones, table: Markers) -> block_parser.Block | None:
    """Return the office the model letter's salutation addresses ("Sehr geehrter Herr Direktor")."""
    salutation = _letter_salutation(lines, zones, table)
    for line in lines:
        bare = line.strip(" -–—")
        forward = search(table.forward_to, bare, table)
        if forward and len(bare) < 120:
            # "--- Mit der Bitte um Weiterleitung an den Premierminister ---": the office
            # is the addressee; how to reach it is the section's to say.
            block = block_parser.Block(rule="targets.letter", lines=[bare])
            block.fields["title"] = forward.group("text").strip(" .")
            block.fields["note"] = bare
            if salutation:
                block.fields["salutation"] = salutation
            return block
    addressed = _attention_line(lines, zones, table) or _addressee_above_letter(lines, zones, table)
    if addressed is not None:
        if salutation:
            addressed.fields.setdefault("salutation", salutation)
        return addressed
    if not salutation:
        return None
    return _saluted_office(salutation, table)


def _saluted_office(salutation: str, table: Markers) -> block_parser.Block | None:
    """Return a target of the office a salutation names ("Monsieur le Ministre"), or None."""
    words = salutation.split()
    offices = _office_words(table)
    titles = [
        w
        for w in words
        if fold(w).strip(".,") in offices and fold(w).strip(".,") not in block_parser.HONORIFICS
    ]
    if not titles:
        return None
    block = block_parser.Block(rule="targets.letter")
    block.fields["title"] = " ".join(words[words.index(titles[0]) :])
    block.fields["salutation"] = salutation
    return block


def _translated_salutation(
    lines: list[str], zones: Zones, table: Markers
) -> tuple[str, str] | None:
    """Return (language, salutation) of the same letter in a second language below the
    first ("Sehr geehrter Herr Generalstaatsanwalt, ..." then "Dear Mr. Fiscal, ..."): a line
    that opens with another table's salutation word and none of this one's, or None."""
    if zones.letter is None:
        return None
    own = tuple(fold(w) for w in table.salutation_words)
    for line in lines[zones.letter + 1 : zones.letter + 40]:
        folded = fold(line.strip())
        if not line.rstrip().endswith(",") or len(line) > 60 or folded.startswith(own):
            continue
        for other in TABLES.values():
            words = tuple(fold(w) for w in other.salutation_words)
            if other is not table and words and folded.startswith(words):
                return other.language, line.strip().rstrip(",").strip()
    return None


def _second_salutation(lines: list[str], zones: Zones, table: Markers) -> str | None:
    """Return the salutation a model letter prints on the line right under its first, to a
    second addressee ("Monsieur le Président," / "Monsieur le Ministre,"), or None."""
    first = _letter_salutation(lines, zones, table)
    if first is None or zones.letter is None:
        return None
    for number in range(zones.letter, min(zones.letter + 8, len(lines) - 1)):
        if lines[number].rstrip(",:!").strip() == first:
            below = lines[number + 1].strip()
            if below.endswith(",") and salutation_start(table).match(below) and len(below) < 60:
                return below.rstrip(",").strip()
            return None
    return None


def _attention_line(lines: list[str], zones: Zones, table: Markers) -> block_parser.Block | None:
    """Return the addressee a petition or letter names just above it ("À l'attention de
    Monsieur X, Président de la République"), or None."""
    if zones.letter is None:
        return None
    above = [line for line in lines[max(0, zones.letter - 6) : zones.letter] if line][-3:]
    for line in reversed(above):
        attention = block_parser._ATTENTION.match(line)
        if not attention or len(line) > 200:
            continue
        parts = [part.strip() for part in line[attention.end() :].split(",") if part.strip()]
        block = block_parser.parse_block(parts, table, table.language, None)
        if not block.fields.get("name"):
            return None
        block.rule = "targets.letter"
        block.todos.setdefault(
            "name", "read from the line that addresses the letter or petition: check it"
        )
        return block
    return None


def _addressee_above_letter(
    lines: list[str], zones: Zones, table: Markers
) -> block_parser.Block | None:
    """Return the addressee a model letter names on the line right above its salutation,
    office and name with no address ("H.E X Y The President of Z" / "Dear H.E, ..."), or
    None: a line that is no sentence and that the block reader reads as an office and its
    holder."""
    if zones.letter is None or zones.letter == 0:
        return None
    above = next(
        (n for n in range(zones.letter - 1, max(-1, zones.letter - 3), -1) if lines[n]), None
    )
    if above is None:
        return None
    line = lines[above].strip()
    if (
        len(line.split()) > 30
        or line.endswith((".", ":", "!", "?"))
        or _SENTENCE_END.search(line)
        or _LETTER_HEADING.search(line)
    ):
        return None
    parts = block_parser._who_parts(line.split(), table)
    fields = {kind: text for kind, text in parts if kind in ("title", "name", "organisation")}
    name = fields.get("name", "")
    if not (name and fields.get("title") and block_parser.is_name(name, table)):
        return None
    block = block_parser.Block(fields=fields, lines=[line], rule="targets.letter")
    block.todos.setdefault(
        "", "read from the line above the model letter's salutation: check this is its addressee"
    )
    return block


# The words of a model letter's heading, in the languages read.
_LETTER_HEADING = re.compile(
    r"\b(?:letter|lettre|brief|musterbrief|briefvorschlag|carta|modelo|model|sample|muster)\b",
    re.I,
)


def _letter_salutation(lines: list[str], zones: Zones, table: Markers) -> str | None:
    """Return the model letter's salutation, without its punctuation ("Dear Director Zhao")."""
    if zones.letter is None:
        return None
    opening = [line for line in lines[zones.letter : zones.letter + 8] if line][:4]
    for line in opening:
        if _LETTER_HEADING.search(line) and line.rstrip().endswith(":"):
            continue  # "sample letter:", "Modèle de lettre :": the letter's heading
        if salutation_start(table).match(line) or _SHORT_ADDRESS.match(
            _COURTESY_ABBREVIATION.sub("", line)
        ):
            return line.rstrip(",:!").strip()
    return None


# -- demands ---------------------------------------------------------------------------


def _demands(draft: Draft, lines: list[str], zones: Zones, table: Markers) -> None:
    """Read the demands: bullets of the action, else requests of the model letter."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    demands, later = _bullets(lines, zones, tables, after=False)
    how = "demands.bullets" if zones.action is not None else "demands.bullets_no_action"
    if not demands:
        demands, later = _bullets(lines, zones, tables, after=True)
        how = "demands.bullets_after_targets"
    form_rule = "demand_form.bullets"
    if demands:
        spoken_items = [
            any(fold(item).startswith(fold(p)) for source in tables for p in source.first_person)
            # The writer's own pronoun opens the demand, whatever the verb ("Ich b..." cut).
            or fold(item).split(" ", 1)[0] in _FIRST_PERSON_PRONOUNS
            for item in demands
        ]
        # "Ich fordere Sie auf, ..." / "Bitte leiten Sie ... ein": a list that opens in the
        # writer's own words and goes on in words the tables do not know is the letter's
        # text as well; a list of instructions does not open with the writer's "I"
        first_person = all(spoken_items) or spoken_items[0]
        before = how != "demands.bullets_after_targets"
        above = _paragraph_above_bullets(lines, demands[0], tables) if before else None
        in_call = _bullet_in_call(lines, demands[0], tables) if before and not above else None
        if above or in_call:
            demands = [above or in_call or "", *demands]
            later = range(later.start + 1, later.stop + 1)
        draft.put(("demands",), demands, rule=how)
        if above:
            draft.todo(
                ("demands", 0),
                "this request stands without a bullet between the call to write and the "
                "bulleted demands: check it is one of them",
            )
        elif in_call:
            draft.todo(
                ("demands", 0),
                "this demand was run into the line of the call to write: check where it "
                "begins and ends",
            )
        for number in later:
            draft.todo(
                ("demands", number),
                "this bullet follows other words after the first demands: check it is a demand",
            )
        form = "first_person" if first_person else "imperative"
        last_at = _bullet_line(lines, demands[-1])
        if zones.letter is not None and last_at is not None and last_at > zones.letter:
            # bullets inside the model letter ("I urge you to take the following steps:"):
            # the requests are the letter's only
            form = "model_letter_only"
        draft.put(("demand_form",), form, rule=form_rule)
        if any(spoken_items) and not all(spoken_items):
            draft.todo(
                ("demand_form",),
                f"{sum(spoken_items)} of the {len(demands)} demands are the writer's own "
                "sentences ('I urge you ...'), the others not: check the form",
            )
        return
    stop = min((n for n in (zones.targets, zones.letter) if n is not None), default=len(lines))
    run_in = _run_in_demands(lines, stop, tables)
    if run_in:
        draft.put(("demands",), run_in, rule="demands.run_in")
        draft.put(("demand_form",), "imperative", rule="demand_form.lines")
        return
    unbulleted = _unbulleted_demands(lines, stop, tables)
    if unbulleted:
        draft.put(("demands",), unbulleted, rule="demands.lines")
        draft.put(("demand_form",), "imperative", rule="demand_form.lines")
        return
    prose = _prose_demands(lines[:stop], table)
    if not prose and zones.action is not None and zones.action > stop:
        # A section that prints the addresses first and what to ask below them (Amnesty
        # Germany's "Sachlage": "Bitte schreiben Sie ... und dringen Sie darauf, ..."), not
        # a model letter's requests
        after = zones.letter if zones.letter is not None and zones.letter > zones.action else None
        prose = _prose_demands(lines[zones.action : after], table)
    if not prose and zones.targets is not None and lines[zones.targets].rstrip().endswith("."):
        # "Schreiben Sie an den Ministerpräsidenten und fordern Sie die sofortige Freilassung
        # von X.": the line that says whom to write to is a sentence that asks, too
        prose = _prose_demands(lines[zones.targets : zones.targets + 1], table)
    # "Pedimos al presidente que ...", "Wir fordern, dass ...": the section's own words in
    # the case's summary, which records take for the demands only where no model letter
    # holds the requests (the letter's are the ones to send).
    spoken = bool(prose) and all(
        any(fold(item).startswith(fold(p)) for source in tables for p in source.first_person)
        for item in prose
    )
    if spoken and zones.letter is not None and _letter_demands(lines[zones.letter + 1 :], table):
        prose = []
    if prose:
        draft.put(("demands",), prose, rule="demands.prose")
        form = "first_person" if spoken else "imperative"
        draft.put(("demand_form",), form, rule="demand_form.inferred")
        return
    if zones.letter is not None:
        letter = _letter_demands(lines[zones.letter :], table)
        draft.put(("demand_form",), "model_letter_only", rule="demand_form.inferred")
        if letter:
            draft.put(("demands",), letter, rule="demands.letter")
        else:
            draft.todo(
                ("demands",),
                "the requests are in the model letter, which this copy does not hold whole: "
                "write them",
            )
    elif _mentions_letter(lines, tables) and not _notice_in_letters_place(lines, zones, tables):
        # "copy the model letter below": the requests are in a letter this copy lacks, or
        # in one the zones did not find below the line that points to it.
        draft.put(("demand_form",), "model_letter_only", rule="demand_form.inferred")
        pointed = _letter_pointed_at(lines, tables)
        letter = _letter_demands(lines[pointed + 1 :], table) if pointed is not None else []
        run_in = [] if letter else _letter_run_into_line(lines[pointed or 0 :], table)
        if letter or run_in:
            draft.put(
                ("demands",),
                letter or run_in,
                rule="demands.letter",
                todo="taken from the sentences below the line that points to a model "
                "letter: check that these are the letter's requests, whole",
            )
        else:
            draft.todo(
                ("demands",),
                "the text points to a model letter for the requests, and holds none: write them",
            )
    elif letter := _letter_run_into_line(lines, table):
        draft.put(("demand_form",), "model_letter_only", rule="demand_form.inferred")
        draft.put(
            ("demands",),
            letter,
            rule="demands.letter",
            todo="taken from a model letter run into a line after its salutation: check that "
            "these are the letter's requests, whole",
        )
    else:
        draft.todo(("demands",), "no demands found in the text: write what the letters should ask")


def _letter_run_into_line(lines: list[str], table: Markers) -> list[str]:
    """Return the requests of a model letter a copy ran into a line after its salutation
    ("... Dear Minister, I am writing to ask you to release X. ..."), when the letter's first
    sentence is a request: the letter's sentences up to its closing formula."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    salutation = salutation_start(table)
    for line in lines:
        for start in salutation.finditer(line):
            comma = line.find(", ", start.start(), start.start() + 80)
            if comma < 0:
                continue
            said = sentences(line[comma + 2 :])
            if said and any(matches(t.letter_requests, said[0], t) for t in tables):
                return _letter_demands(said, table)
    return []


def _bullet_line(lines: list[str], item: str) -> int | None:
    """Return the line whose bullet opens the demand `item`, or None."""
    return next(
        (n for n, line in enumerate(lines) if (bullet_text(line) or "").startswith(item[:40])),
        None,
    )


def _paragraph_above_bullets(lines: list[str], first: str, tables: list[Markers]) -> str | None:
    """Return the request a text prints without a bullet between its call to write ("Write
    to the Minister urging him to:") and the bulleted demands below: the lines between
    them, one sentence the layout broke over several lines (each going on in small letters)."""
    at = _bullet_line(lines, first)
    if at is None:
        return None
    between: list[str] = []
    for number in range(at - 1, max(at - 12, -1), -1):
        line = lines[number].strip()
        if not line:
            continue
        if line.endswith(":"):
            call = any(matches((*t.write_in, *t.demand_intro, *t.action), line, t) for t in tables)
            if not call or not between:
                return None
            pieces = list(reversed(between))
            joined = " ".join(pieces)
            if (
                len(pieces) >= 2  # a heading above the bullets is on one line
                and pieces[0][:1].isupper()
                and not joined.isupper()
                and all(piece[:1].islower() for piece in pieces[1:])
                and len(joined.split()) >= 8
                and not any(bullet_text(lines[n]) for n in range(number + 1, at))
            ):
                return joined
            return None
        between.append(line)
    return None


# The first bullet run into the line of the call to write: "... fax or tweet:- Calling on
# ...", "... your own language: • Urging ...".
_BULLET_AFTER_COLON = re.compile(r":\s*[-•▪●◼*]\s*(?=[A-ZÀ-Ý])")


def _bullet_in_call(lines: list[str], first: str, tables: list[Markers]) -> str | None:
    """Return the first demand a copy ran into the line of the call to write, its bullet
    kept after the call's colon, just above the other bullets; else None."""
    at = _bullet_line(lines, first)
    above = next((lines[n] for n in range(at - 1, -1, -1) if lines[n].strip()), "") if at else ""
    for source in tables:
        called = _call_end(above, source)
        if called is None:
            continue
        bullet = _BULLET_AFTER_COLON.search(above, called)
        if bullet and len(above[called : bullet.start()].strip(" ,.:")) <= 40:
            return above[bullet.end() :].strip(" ;") or None
    return None


_FIRST_PERSON_PRONOUNS = frozenset({"i", "we", "ich", "wir", "je", "nous", "yo", "nosotros"})

# Where a run-together list of demands has its items meet: "...; Calling on ..." or the two
# spaces a lost bullet left ("...freedom of expression  Calling on ...").
# A host that ran the lines together may leave no space after the semicolon ("...
# assembly;Urging ...").
_RUN_IN_ITEM = re.compile(r"(?:;\s*|\s{2,})(?=[A-ZÀ-Ý])")


def _run_in_demands(lines: list[str], stop: int, tables: list[Markers]) -> list[str]:
    """Return the demands a PDF's text layer ran into the line of the call to write ("Please
    write immediately in Arabic or your own language:  Calling on ...; Urging ..."): the
    words after the call's colon, up to the deadline or the targets, split where the lost
    bullets stood."""
    for number in range(min(stop + 1, len(lines))):
        line = lines[number]
        for source in tables:
            # (or the call with the ways to write: "Write a letter, send an email, call, fax
            # or tweet:Calling on ...")
            called = _call_end(line, source)
            if called is None:
                continue
            colon = re.match(r"[^:.!?]{0,40}?:\s*(?=[A-ZÀ-Ý])", line[called:])
            lost = _LOST_BULLET_AFTER_COLON.match(line[called:])
            if lost:
                # "... dans votre propre langue : ? exhortez les autorités ... ? demandez
                # ...": the bullets a copy turned into "?", the items in small letters
                rest = line[called + lost.end() :]
                sign = rf"\s+{re.escape(lost.group(1))}\s+"
                items = [item.strip(" ;") for item in re.split(sign, rest) if item.strip(" ;")]
                if items and len(items) <= 8:
                    return items
            if not colon:
                continue
            rest = line[called + colon.end() :]
            ends = [
                found.start()
                for other in tables
                for kind in ("deadline", "targets_start", "copies_start", "instructions")
                for found in compile_phrase_all(getattr(other, kind), other, rest)
            ]
            rest = rest[: min(ends, default=len(rest))].strip()
            items = [item.strip(" ;") for item in _RUN_IN_ITEM.split(rest) if item.strip(" ;")]
            # (the stored copy may cut the first item after a word: "Notin")
            if items and len(items) <= 8 and all(item[:1].isupper() for item in items):
                return items
    return []


# A bullet a copy lost to "?" (or kept) right after the call's colon.
_LOST_BULLET_AFTER_COLON = re.compile(r"[^:.!?]{0,60}?:\s*([?•▪])\s+(?=\w)")

# Where a host ran a heading in capitals into the next line's first word ("TAKE
# ACTIONWrite a letter"): the heading's last capital, then a capitalised word.
_GLUED_HEADING = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])")


def _call_end(line: str, source: Markers) -> int | None:
    """Return where the call to write ends in the line ("Please write immediately in ...",
    "Write a letter, send an email, call, fax or tweet"), even when a host ran a heading
    into it; None when the line holds no call."""
    call = search(source.write_in, line, source) or search(source.action, line, source)
    if call:
        return call.end()
    glued = [m.start() for m in _GLUED_HEADING.finditer(line)]
    if not glued:
        return None
    spaced = _GLUED_HEADING.sub(" ", line)
    call = search(source.write_in, spaced, source) or search(source.action, spaced, source)
    if not call:
        return None
    # (back to the line's own positions: one space was put at each glued place before it)
    return call.end() - sum(1 for n, at in enumerate(glued) if at + n < call.end())


def _unbulleted_demands(lines: list[str], stop: int, tables: list[Markers]) -> list[str]:
    """Return the lines between "Please write immediately in ...:" and the targets, when the
    copy lost their bullets (a PDF's symbol font): one demand a line."""
    start = next(
        (
            number
            for number in range(stop)
            if lines[number].rstrip().endswith(":")
            and any(matches((*t.write_in, *t.action), lines[number], t) for t in tables)
        ),
        None,
    )
    if start is None:
        return []
    # (not the section's advice under the call: "Write a letter in your own words ...")
    found = [
        line.strip()
        for line in lines[start + 1 : stop]
        if line.strip() and not any(matches(t.instructions, line, t) for t in tables)
    ]
    # The last line may be a request the stored copy cuts after a word ("pidiendo"), when
    # nothing follows it; a list of participles begins in lower case ("expresando ...;").
    whole = found[:-1] if found and stop >= len(lines) - 1 and len(found) > 1 else found
    if not 1 <= len(found) <= 8 or any(
        len(line) < 20 or not line[:1].isalpha() or re.match(r"^[^:]{1,30}:", line)
        for line in whole
    ):
        return []
    if any(line[:1].islower() for line in found) and not all(line[:1].islower() for line in found):
        return []  # a sentence that wraps, not a list
    return found


def _notice_in_letters_place(lines: list[str], zones: Zones, tables: list[Markers]) -> bool:
    """Say whether a closing notice stands where the call to act's letter would be ("Actúa:
    ... utiliza esta carta modelo" / "NO SE REQUIERE NINGUNA OTRA ACCIÓN ..."): the closed
    action's page dropped the letter, and no requests are to be written."""
    if zones.targets is None or zones.targets < 0 or zones.targets_end >= len(lines):
        return False
    return _closing_notice(lines[zones.targets_end], tables)


def _letter_pointed_at(lines: list[str], tables: list[Markers]) -> int | None:
    """Return the line that points to a model letter below it ("vous pouvez vous inspirer du
    modèle de lettre suivant :", a heading "UTILICEN LA SIGUIENTE CARTA MODELO"), the last
    such line; None when none does."""
    found = None
    for number, line in enumerate(lines):
        line = line.rstrip()
        pointing = line.endswith(":") or (len(line) < 120 and not re.search(r"[.!?;,]$", line))
        if pointing and any(_letter_words(source).search(line) for source in tables):
            found = number
    return found


@cache
def _letter_words(table: Markers) -> re.Pattern[str]:
    """Return the table's words for a model letter ("sample letter", "carta modelo") as one
    pattern of plain words, compiled once."""
    words = [rf"\b{re.escape(phrase.lstrip('^'))}\b" for phrase in table.letter_start]
    return re.compile("|".join(words) or r"(?!)", re.I)


def _mentions_letter(lines: list[str], tables: list[Markers]) -> bool:
    """Say whether the text speaks of a model letter ("using the sample letter below")."""
    text = " ".join(lines)
    return any(_letter_words(source).search(text) for source in tables)


def _bullets(
    lines: list[str], zones: Zones, tables: list[Markers], *, after: bool
) -> tuple[list[str], range]:
    """Return the bulleted demands before the targets (or, with `after`, after them), and
    the positions of those that follow other words after the first ones."""
    # A block read near the top, before the call to act (a header taken for an address),
    # does not end the demands that follow the call.
    first_block = min(
        (
            n
            for n in (zones.targets, zones.letter)
            if n is not None and (after or zones.action is None or n > zones.action)
        ),
        default=len(lines),
    )
    if after:
        if zones.targets is None:
            return [], range(0)
        start = max(zones.targets_end, zones.copies_end)
        stop = zones.letter if zones.letter is not None and zones.letter > start else len(lines)
    else:
        stop = first_block
        if zones.by_shape and stop == zones.targets and bullet_text(lines[stop] if stop else ""):
            # a block found by its shape right under the last bullet (no blank line, a wrapped
            # text unwrapped): the line above the block is that bullet, no heading
            stop += 1
        start = zones.action if zones.action is not None and zones.action < stop else 0
    demands: list[str] = []
    short: list[tuple[int, str]] = []
    interrupted = len(lines)
    numbered = announced = advice = False
    last_item = ""
    for number in range(start, stop):
        line = lines[number]
        if line.strip() and not bullet_text(line):
            # "Tips for sending emails:" above a list: how to write, no demands (the list
            # ends at the next line of other words; a bullet's wrapped words go with it)
            wrapped = line.strip() in last_item
            advice = (advice and wrapped) or any(
                matches(t.advice_headings, line.strip(), t) for t in tables
            )
        # A numbered step after the demands ("2) For the full Urgent Action ...", "3) Please
        # let us know ...") begins another instruction: its bullets are no demands.
        if demands and number > start and not numbered and _NUMBERED_STEP.match(line):
            break
        # (a rule of stars, "*****", that frames a section's notice is no bullet)
        item = None if _RULE_LINE.match(line) else bullet_text(line)
        listed = _NUMBERED_ITEM.match(line)
        if not item and listed and zones.action is not None:
            # Demands numbered "1." ... right under the call to act ("Please write
            # immediately in ...:"); a numbered list elsewhere is a letter's or a step's.
            above = next((lines[n] for n in range(number - 1, start - 1, -1) if lines[n]), "")
            if numbered or (
                not demands
                and listed.group(1) == "1"
                and above.endswith(":")
                and any(matches((*t.write_in, *t.action), above, t) for t in tables)
            ):
                item, numbered = listed.group(2).strip(), True
        if item:
            item = last_item = _continued(item, lines, number + 1, stop, tables)
        elif demands and line.strip() and line.strip() not in demands[-1]:
            # Words between bullets that wrap no bullet: the list of demands may have ended.
            interrupted = min(interrupted, len(demands))

        if not item or any(matches(source.instructions, item, source) for source in tables):
            continue
        if advice:
            continue
        if any(matches(source.salutation_hint, item, source) for source in tables):
            continue
        if zones.action is None and not announced and demands == []:
            # a list right under the languages to write in ("Preferred language to address
            # target: Arabic, English.") or under "Write to the President urging him to:" is
            # the demands, however short its bullets
            above = next((lines[n] for n in range(number - 1, start - 1, -1) if lines[n]), "")
            announced = any(matches((*t.write_in, *t.demand_intro), above, t) for t in tables)
        if zones.action is None and not announced and len(item.split()) < 8:
            # a bullet before any call to act is navigation, not a demand, unless it opens
            # the list the next long bullet is in ("- welcoming the release of X;" above
            # "- expressing deep concern that ...")
            short.append((number, item))
            continue
        if short and not demands:
            demands.extend(_list_opening(lines, short, number))
        demands.append(item)
    return demands, range(interrupted, len(demands))


def _list_opening(lines: list[str], short: list[tuple[int, str]], number: int) -> list[str]:
    """Return the short bullets just before line `number` that open its list: the same bullet
    sign, nothing between them but their wrapped words, each a list item ending in ";" or
    beginning in lower case like an item of a sentence ("- welcoming ...;")."""
    sign = lines[number].lstrip()[:1]
    at = number
    opening: list[str] = []
    for position, item in reversed(short):
        between = [line for line in lines[position + 1 : at] if line.strip()]
        if (
            lines[position].lstrip()[:1] != sign
            or any(bullet_text(line) for line in between)
            or not (lines[position].rstrip().endswith(";") or item[:1].islower())
            or position < at - 4
        ):
            break
        opening.insert(0, item)
        at = position
    return opening


_NUMBERED_ITEM = re.compile(r"^\s*(\d{1,2})[.)]\s+(\S.*)$")
_RULE_LINE = re.compile(r"^\s*([*=_#~-])\1{4,}")
_NUMBERED_STEP = re.compile(r"^\s*(?:\d{1,2}[.)]|step \d|schritt \d|étape \d|paso \d)\s", re.I)


def _continued(item: str, lines: list[str], start: int, stop: int, tables: list[Markers]) -> str:
    """Return a bullet's text with the lines it wraps onto (a PDF breaks long bullets)."""
    for number in range(start, stop):
        line = lines[number]
        if not line or bullet_text(line) or re.match(r"^[^:]{2,30}:", line):
            break
        if _NUMBERED_ITEM.match(line):
            break  # the next item of a numbered list ("2. Urging them to ...")
        if any(
            matches(getattr(source, kind), line, source)
            for source in tables
            for kind in ("deadline", "targets_start", "copies_start", "action", "letter_start")
        ):
            break
        if re.search(r"[.;!?:]$", item) and not line[:1].islower():
            break
        item = f"{item} {line}"
    return item


_PROSE_END = re.compile(r"[.!] ")
# A day's number and its dot just before a sentence end found: "15. " of "15. Juli".
_DAY_DOT = re.compile(r"(?<![\d.])\d{1,2}\. $")


# The end of the words before a request that opens its sentence: nothing, a sentence's end
# or a colon, or a courtesy word ("Bitte fordern Sie ...", "Please, calling on ...").
_OPENS_SENTENCE = re.compile(
    r"(?:^|[.!?:;»\"”]\s*|(?:^|[.!?:;]\s*)(?:bitte|please|por favor)[,!]?\s*|[-•*]\s*)$", re.I
)
# The conjunction a request in the call's sentence opens with ("... und fordern Sie").
_LEADING_AND = re.compile(r"^(?:und|and|et|y)\s+", re.I)


# The reader's verb of writing that opens a call, in any language (the tables'
# `write_verbs`: "Please write to the Minister ...", "Schreiben Sie an ...", "Écrivez au
# ...", "Escriba al ...").
_WRITE_VERB = re.compile(rf"(?:^|[.!?:]\s+)(?:{_either(every_language('write_verbs'))})\b", re.I)


def _after_call_to_write(before: str, table: Markers) -> bool:
    """Say whether the words before a request in its sentence call to write ("Please write
    to the authorities", "Schreiben Sie an den Ministerpräsidenten")."""
    return bool(
        search(table.action, before, table)
        or search(table.targets_start, before, table)
        or _WRITE_VERB.search(before)
    )


def _prose_demands(lines: list[str], table: Markers) -> list[str]:
    """Return requests written as sentences ("fordern Sie ihn auf, ...", "Bitten Sie ihn ...")."""
    text = " ".join(line for line in lines if line)
    lowered = text.lower()
    found: list[str] = []
    spans = [
        m.span()
        for phrase in table.prose_requests
        if may_match(phrase, lowered)
        for m in compile_phrase(phrase, table).finditer(text)
    ]
    # "..., in denen Sie ...": a request only after a call to write in its sentence ("Schreiben
    # Sie an den Minister und fordern Sie ...": the demand starts at the request, after "und")
    spans += [
        (m.end() - len(_LEADING_AND.sub("", m.group(), count=1)), m.end())
        for phrase in table.call_requests
        if may_match(phrase, lowered)
        for m in compile_phrase(phrase, table).finditer(text)
        if _after_call_to_write(re.split(r"[.!?]\s", text[: m.start()])[-1], table)
    ]
    # "Exige la liberación de X", "Bitte fordern Sie die Freilassung von X": a request only
    # where it opens its sentence (a courtesy word before it)
    spans += [
        m.span()
        for phrase in table.opening_requests
        if may_match(phrase, lowered)
        for m in compile_phrase(phrase, table).finditer(text)
        if _OPENS_SENTENCE.search(text[: m.start()])
    ]
    # A phrase inside a longer one that matched ("schreiben Sie ..." in "Bitte schreiben Sie
    # ...") starts no request of its own.
    starts = [a for a, _ in spans if not any(s < a < e for s, e in spans)]
    # A headline that asks ("Écrivez aux autorités pour demander la libération de X", no
    # full stop, a new sentence below it) is the page's title, not a request of the text.
    starts = [a for a in starts if not _in_headline(a, lines)]
    # "he had no choice but to ask them to vacate ...": an infinitive tells what someone
    # else did, in the story; the reader's request is an imperative
    starts = [a for a in starts if not _told_request(text, a, table)]
    # "Exigimos que ... y pedimos al fiscal general ...": the writers' own sentence joins
    # two requests with "and"; it is one demand, as printed.
    first_person = tuple(fold(p) for p in table.first_person)
    spoken = [a for a in starts if fold(text[a : a + 200]).startswith(first_person)]
    starts = [
        a
        for a in starts
        if not any(
            b < a
            and re.search(r"\s(?:y|and|und|et)\s+$", text[b:a])
            and not re.search(r"[.!?]\s", text[b:a])
            for b in spoken
        )
    ]
    for start in sorted(set(starts)):
        # (not the dot of a date's day, "nach dem 15. Juli 2016")
        end = next(
            (
                m.start()
                for m in _PROSE_END.finditer(text, start)
                if not _DAY_DOT.search(text[max(0, m.end() - 5) : m.end()])
            ),
            -1,
        )
        later = [s for s in starts if s > start]
        stop = min([p for p in (end + 1 if end >= 0 else len(text), *later)])
        demand = text[start:stop].strip()
        if re.search(r"\s(?:und|and|et|y)$", demand):
            continue  # "Bitte schreiben Sie Briefe an X und": the request follows ("bitten Sie")
        if demand.endswith(",") and search(table.action, demand[:40], table):
            # "Schreiben Sie bitte Briefe an X, in denen Sie ...": whom to write to; the
            # request is the clause that follows
            continue
        if len(demand.split()) <= 5 and demand.endswith(("!", ".")):
            continue  # "Bitte appelliert an den Präsidenten!": whom to write to, no request
        if (demand and demand[:1].islower() is False) or demand:
            found.append(demand.rstrip(" ,"))
    if found:
        # The sentences after the last request in its paragraph ask for more ("Fordern Sie
        # ihn außerdem auf, ...", "Bis zu ihrer Freilassung ist sicherzustellen, ...").
        last = found[-1]
        paragraph = next((line for line in lines if last in line), "")
        rest = paragraph[paragraph.find(last) + len(last) :]
        for sentence in sentences(rest.strip()):
            if matches(table.deadline, sentence, table):
                continue  # "Eilaktion bis 8. Juli 2015": when to act, not what to ask
            if len(sentence.split()) >= 5 and not sentence.rstrip().endswith(("?", ":")):
                found.append(sentence.strip())
    return found


# An infinitive's marker right before a request's words ("... but to ask them to").
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.I)


def _told_request(text: str, at: int, table: Markers) -> bool:
    """Say whether the request's words at `at` are an infinitive in the story ("he had no
    choice but to ask them to leave"): "to" before them, and no call to write earlier in
    their sentence ("Write to the minister to urge him to ..." still asks)."""
    begin = max(text.rfind(mark, 0, at) for mark in (". ", "! ", "? ", ": "))
    before = text[begin + 1 if begin >= 0 else 0 : at]
    if not _INFINITIVE_BEFORE.search(before):
        return False
    tables = dict.fromkeys((table, TABLES["en"]))
    return not any(
        matches(
            (*source.write_in, *source.action, *source.call_to_act, *source.action_page),
            before,
            source,
        )
        for source in tables
    )


def _in_headline(at: int, lines: list[str]) -> bool:
    """Say whether position `at` of the lines joined by spaces (blank lines left out) begins
    a line that is a headline: short, no closing punctuation, and a sentence starts below."""
    kept = [line for line in lines if line]
    offset = 0
    for number, line in enumerate(kept):
        if offset == at:
            following = kept[number + 1] if number + 1 < len(kept) else ""
            # (a line cut by the stored copy, the text's last, is no headline)
            return (
                len(line) < 150
                and not re.search(r"[.!?:;,]$", line.rstrip())
                and following[:1].isupper()
            )
        if offset > at:
            return False
        offset += len(line) + 1
    return False


# Two sentences a copy ran together: a word in small letters, its full stop, a capitalised
# word ("expression.Je vous prie"), not an abbreviation ("U.S.") or an address.
_GLUED_SENTENCE = re.compile(r"(?<=[a-zà-ÿ]{3}[.!?])(?=[A-ZÀ-Ý][a-zà-ÿ]+\s)")


def _letter_demands(lines: list[str], table: Markers) -> list[str]:
    """Return the sentences of a model letter that make a request."""
    found: list[str] = []
    tables = list(dict.fromkeys((table, TABLES["en"])))
    lines = _unwrapped(lines)
    listed: set[str] = set()
    for number, line in enumerate(lines):
        # (a copy may run the closing formula into the last paragraph: "... release her.
        # Sincerely, [your name]": the sentences before it are the letter's)
        ended = any(matches(source.letter_end, line, source) for source in tables)
        if line in listed:
            continue  # an item already taken under the sentence that announces it
        # (a copy that lost the space between two sentences: "... d'expression.Je vous")
        for sentence in sentences(_GLUED_SENTENCE.sub(" ", line)):
            if ended and any(matches(source.letter_end, sentence, source) for source in tables):
                break
            if any(matches(source.letter_requests, sentence, source) for source in tables):
                items = _listed_after(lines, number) if sentence.rstrip().endswith(":") else []
                # "Por tanto, le pido que su gobierno:" then "1. Informe ...": the items
                # are the requests, the sentence that announces them is none.
                found += items or [sentence.strip()]
                listed.update(
                    later
                    for later in lines[number + 1 :]
                    if (item := _LETTER_ITEM.match(later)) and item.group(1).strip() in items
                )
        if ended:
            break
    return found


def _unwrapped(lines: list[str]) -> list[str]:
    """Return a letter's lines with the lines a PDF broke inside a sentence joined again
    ("... Kritik an Russlands Krieg gegen" / "die Ukraine geübt zu haben."): a line that ends
    in no punctuation goes on on the next, unless that one is a list's item or blank."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            previous
            and line.strip()
            and len(previous) >= 40
            and not re.search(r"[.:;!?,)]$", previous.rstrip())
            and not re.match(r"^\s*(?:\d{1,2}[.)]|[-•*◼])\s", line)
            and (line[:1].islower() or len(previous) >= 60)
        ):
            joined[-1] = f"{previous.rstrip()} {line.strip()}"
            continue
        joined.append(line)
    return joined


_LETTER_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*◼])\s+(\S.*)$")


def _listed_after(lines: list[str], number: int) -> list[str]:
    """Return the numbered or bulleted items that follow line `number` (blank lines between)."""
    items: list[str] = []
    for line in lines[number + 1 :]:
        if not line.strip():
            continue
        item = _LETTER_ITEM.match(line)
        if not item:
            break
        items.append(item.group(1).strip())
    return items


# -- persons and groups ----------------------------------------------------------------


def _prose(lines: list[str], zones: Zones, table: Markers) -> list[str]:
    """Return the paragraphs about the case: facts, demands and the model letter, no blocks."""
    skip = zones.blocks()
    kept = []
    title = None
    for number, line in enumerate(lines[:25]):
        if _URGENT.match(line) and len(line) > 20:
            title = number
            break
    for number, line in enumerate(lines):
        if number == title:
            # "URGENT ACTION SWEDISH DOCTOR DENIED ... A Swedish doctor has been ...": a
            # headline in capitals run into the first paragraph; the paragraph is prose.
            rest = line[_URGENT.match(line).end() :]  # type: ignore[union-attr]
            caps = _caps_run(rest)
            after = rest[len(caps) :].strip()
            kept.append(after if len(caps) >= 12 and len(after) > 60 else "")
            continue
        if number in skip or _CAPTIONS.search(line):
            kept.append("")
            continue
        if zones.letter is not None and number == zones.letter:
            kept.append("")
            continue
        kept.append(line)
    return paragraphs(kept)


def _without_leading_role(name: str, table: Markers) -> tuple[str, str | None]:
    """Return a marked name without the role words a sentence puts first ("Student activist
    Omar Example (m)"), and those words as the role."""
    roles = {
        fold(word)
        for source in dict.fromkeys((table, TABLES["en"]))
        for word in source.role_words | source.office_words
    }
    words = name.split()
    lead = 0
    while lead < len(words) - 2 and fold(words[lead]).strip(".,") in roles:
        lead += 1
    if not lead:
        return name, None
    return " ".join(words[lead:]), " ".join(words[:lead]).lower()


# A person's gender printed after the name: "(m)", "(f)" (the International Secretariat
# until about 2012), the pronouns of its later layouts ("NAME AND GENDER PRONOUN: X
# (she/her)"), or the word ("(female)"). "they/them" says no gender the case format has.
_MARKED_GENDER = {
    "m": "male", "f": "female", "he/him": "male", "she/her": "female", "he/his": "male",
    "she/hers": "female", "male": "male", "female": "female", "they/them": "unknown",
}  # fmt: skip
# The Secretariat's translations mark with the language's own letters: Spanish "(h)" hombre
# and "(m)" mujer, French "(h)" homme and "(f)" femme, German "(m)" and "(w)" weiblich.
_MARKER_LETTERS = {
    "es": {"h": "male", "m": "female", "f": "female"},
    "fr": {"h": "male", "f": "female", "m": "male"},
    "de": {"m": "male", "w": "female", "f": "female"},
}  # fmt: skip


_AGE_FIRST = re.compile(
    r"^((?:aged\s+|âgée?\s+de\s+)?\d{1,3}(?:\s+(?:years|ans|años|Jahre)(?:\s+alt)?)?)(?:,\s*|\s+)(.+)$",
    re.I,
)


# What opens a roll's line before the name: a bullet, or the number of a numbered roll
# ("1. Name, 23 years", "2) Name").
_ROLL_PREFIX = r"(?:[-•*◼]\s*|\d{1,2}[.)]\s+)?"
_ROLL_NAME = re.compile(
    rf"^\s*{_ROLL_PREFIX}((?:[A-ZÀ-Þ][\w'’-]+|al-[\w'’-]+|bin|ibn|van|von|der|de|la|del|da|dos)"
    r"(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|al-[\w'’-]+|bin|ibn|van|von|der|de|la|del|da|dos)){1,4}),\s*(.+?)\s*$"
)
# A roll's line that is a name alone, or a name and a remark in brackets, maybe then what is
# said of the person after a comma: "Name Surname", "4. Name SURNAME", "Name (surname
# unknown)", "Name (surname unknown), member".
_BARE_ROLL_LINE = re.compile(
    rf"^\s*{_ROLL_PREFIX}(?P<name>[A-ZÀ-Þ_][\w'’-]*(?:\s+(?:[A-ZÀ-Þ_][\w'’-]*|al-[\w'’-]+|bin|ibn"
    r"|van|von|der|de|la|del|da|dos)){0,4})\s*(?:\((?P<remark>[^()]{3,80})\))?"
    r"\s*(?:,\s*(?P<rest>[^.;:!?()]+?))?\s*$"
)
# Evidence that a name's words are no person's: a place, a body, a thing, an official.
_NOT_A_PERSON = frozenset({"place", "thing", "body", "official", "third party", "named place"})
# A particle a roll's name keeps in small letters between its capitalised words (kept apart
# from `_NAME_PARTICLES`, the Arabic particles a holder's long name leaves out).
_ROLL_PARTICLES = frozenset(
    {"al", "bin", "ibn", "van", "von", "der", "de", "la", "del", "da", "dos"}
)


# A further information's heading over the names it adds ("New names:", "Nuevo nombre:",
# "Nouveaux noms :", "Neue Namen:").
_NEW_NAMES = re.compile(
    r"^\s*(?:and\s+|y\s+|et\s+|und\s+)?(?:new\s+names?|nuevos?\s+nombres?|nouveaux?\s+noms?"
    r"|neue[rn]?\s+namen?)\s*:\s*$",
    re.I,
)


# An age after a person's description: "de unos 28 años", "aged 31", "de 40 ans", "45 Jahre
# alt".
_AGE_AFTER = re.compile(
    r"(?:,\s*|\s+)(?:(?:de\s+(?:unos\s+)?|aged\s+(?:about\s+)?|âgée?\s+de\s+)\d{1,3}"
    r"(?:\s+(?:años|ans|years(?:\s+old)?))?|\d{1,3}\s+(?:años|ans|years\s+old|Jahre\s+alt))$"
)


def _new_name_line(line: str) -> tuple[str, str] | None:
    """Return the name and the rest of a line under a "New names:" heading ("A, ciudadano
    nigeriano de unos 28 años"): a name, a comma and words in small letters or an age, no
    sentence; else None."""
    match = _ROLL_NAME.match(line)
    if not match or re.search(r"[.;:!?]", line):
        return None
    rest = match.group(2)
    if not (rest[:1].islower() or rest[:1].isdigit()) or len(rest.split()) > 10:
        return None
    return match.group(1), rest


def _bare_roll_line(line: str, table: Markers) -> tuple[str, str] | None:
    """Return the name and the rest of a roll's line without a gender marker that is a name
    alone ("Name Surname", "3. Name SURNAME") or a name with a bracketed remark ("Name
    (surname unknown)"), between or after the roll's marked lines; else None. Only words the
    person finder reads as a name, no place, body or office, are one."""
    match = _BARE_ROLL_LINE.match(line)
    if not match:
        return None
    name, rest = match.group("name"), match.group("rest") or ""
    if rest and not (_AGE_ALONE.fullmatch(rest) or _role_after_age(rest, table)[1]):
        return None
    words = name.split()
    if {fold(w) for w in words} & {fold(w) for w in table.role_words | table.office_words}:
        return None
    if person_finder._is_country(name, table.language) or place_name(name, None, "en"):
        return None  # "Sri Lanka", "Kuala Lumpur": a country's or a town's name, whole
    if len(words) == 1:
        # one word is a name only with the remark a roll gives it ("Name (surname unknown)")
        if not match.group("remark"):
            return None
        return (name, rest) if name[1:].islower() else None
    found = person_finder.mentions(name, table, table.language)
    if found and (found[0].start != 0 or found[0].evidence & _NOT_A_PERSON):
        return None
    # "Name SURNAME", "Name da SURNAME": the surname in capitals after the given names, the
    # way rolls print it; the finder reads the capitalised words before it, or none
    after = name[found[0].end :].split() if found else words[1:]
    if not found and not (words[0][1:].islower() and words[-1].isupper()):
        return None
    if not all(w in _ROLL_PARTICLES or (w.isupper() and len(w) > 1) for w in after):
        return None
    return name, rest


def _unmarked_roll_line(line: str, table: Markers) -> tuple[str, str] | None:
    """Return the name and the rest of a roll's line without a gender marker ("Rustam
    Example, 28, her brother"), when its rest is an age or a role; else None."""
    match = _ROLL_NAME.match(line)
    if not match or re.search(r"[.;:!?()]", line[match.start(1) :]):
        return None
    name, rest = match.group(1), match.group(2)
    if not name.split()[-1][:1].isupper():
        return None
    if _AGE_FIRST.match(rest) or _AGE_ALONE.fullmatch(rest) or _role_after_age(rest, table)[1]:
        return name, rest
    return None


# A roll line's age alone, after the name's comma: "14", "aged 14", "14 ans", "14 años".
_AGE_ALONE = re.compile(
    r"(?:aged\s+|âgée?\s+de\s+)?\d{1,3}(?:\s+(?:years(?:\s+old)?|ans|años|Jahre(?:\s+alt)?))?",
    re.I,
)


def _role_after_age(tail: str, table: Markers) -> tuple[str, str | None]:
    """Return what follows a marked name without its role, and the role: "aged 32,
    journalist" is an age (a note) and a role; "41, Bauernführer", "29 ans, avocate" too; a
    tail that is only a role ("journaliste") is the role. Only a phrase whose words hold a
    role word is a role."""
    match = _AGE_FIRST.match(tail)
    age, said = (match.group(1), match.group(2)) if match else ("", tail)
    said = said.strip(" ,;.")
    if not said or len(said.split()) > 6 or re.search(r"[.;:()]", said):
        return tail, None
    roles = {fold(w) for w in table.role_words}
    words = [fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", said)]
    # ... or a relation: "her brother", "sa sœur", "seine Frau", "su hijo"
    kin = (
        len(words) == 2
        and words[0] in {"his", "her", "their", "sein", "seine", "ihr", "ihre", "son", "sa", "su"}
        and words[1] in person_finder._relatives(table)
    )
    # ... "daughter of B", "frère de B", "hijo de B": a relation to another named person
    kin = kin or (
        len(words) >= 3
        and words[0] in person_finder._relatives(table)
        and words[1] in {"of", "de", "von", "del", "du", "des"}
        and said.split()[-1][:1].isupper()
    )
    # ... or a nationality: "Malaysian national", "ressortissant tunisien", "ciudadana
    # peruana", "türkischer Staatsangehöriger"
    nationality = 1 < len(words) <= 3 and bool({words[0], words[-1]} & _NATIONALITY_NOUNS)
    if (
        not kin
        and not nationality
        and not any(w in roles or person_finder.compound_role(w, table) for w in words)
    ):
        return tail, None
    return age, said


# Another name in brackets right before a gender marker: "X (also known as Y) (m)", "X (alias
# Y) (f)", "X (dit Y) (h)", "X (conocido como Y) (h)", "X (genannt Y) (m)".
_KNOWN_AS_BEFORE_MARKER = re.compile(
    r"\s*\((?:(?:also known as|known as|aka|a\.k\.a\.|alias|auch bekannt als|genannt|dit|"
    r"connue? sous le nom de|conocid[oa] como)\s+([^()]{2,60}?)"
    # ... or the other name alone ("Manuel Example (Nito Example) (m)", tenth session)
    r"|(?-i:([A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){0,3})))\)(?=\s*\([a-z/ ]{1,12}\))",
    re.I,
)

# Nouns that say a person's nationality, with the word for the country's people.
_NATIONALITY_NOUNS = frozenset(
    {"national", "nationals", "citizen", "citizens", "ressortissant", "ressortissante"}
    | {"citoyen", "citoyenne", "ciudadano", "ciudadana", "nacional"}
    | {"staatsangehoriger", "staatsangehorige", "staatsburger", "staatsburgerin"}
)


# A gender marker in square brackets right after a name's letter: "Name [m],", "Name [f]".
_SQUARE_MARKER = re.compile(r"(?<=[^\W\d_])(\s?)\[([mfhwMFHW])\](?=[\s,;.]|$)")


@cache
def _gender_marker(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """Return the pattern of a name's gender marker in a language, and what each says."""
    letters = _MARKER_LETTERS.get(language, {"m": "male", "f": "female"})
    said = {**_MARKED_GENDER, **letters}
    pattern = re.compile(
        rf"([^\s()][^()]{{0,80}}?)\s*\(([{''.join(sorted(letters))}]|he\s*/\s*(?:him|his)|"
        r"she\s*/\s*(?:her|hers)|they\s*/\s*them|male|female)\)(?:\s*\(([^()]{1,80})\))?",
        re.I,
    )
    return pattern, said


def _marked_name(before: str, table: Markers) -> tuple[str, str | None]:
    """Return the name a gender marker follows, without the role words put first, and those
    words as the role; the name is empty where no letter stands before the marker."""
    # "A (m), B (m) and C (f)": each name begins after the list's comma or "and"; "The 41
    # people [A (m), ...": or after the bracket that opens the roll
    # ... "Tenzin Example, (m), aged 26": a comma may stand between the name and its marker
    said = re.split(
        r"\s*[,;:\[]\s*|(?:^|\s+)(?:and|und|et|y)\s+", before.strip().rstrip(",").rstrip()
    )[-1]
    # "ARABIA SAUDÍ Muhammad ...": the country in capitals before the first name
    caps = r"[A-ZÀ-Þ][A-ZÀ-Þ-]"
    name = re.sub(rf"^(?:{caps}+\s+)*{caps}{{2,}}\s+(?=[A-ZÀ-Þ][a-zß-ÿ])", "", said)
    # "... A (h)", "new name: A ... (f)": a cut copy's ellipsis before or after the name
    name = _ELLIPSIS_AT_EDGE.sub("", name)
    name = _ROLL_NUMBER.sub("", name)  # "4. A (f)": the number of a numbered roll
    # "Écrire A (f), médecin": the site's label before a headline that is the roll; one of
    # the language's action-page words, never a name's first word
    first, _, rest = name.partition(" ")
    if rest[:1].isupper() and fold(first) in _action_labels(table):
        name = rest
    if not any(char.isalpha() for char in name):
        return "", None
    if name.isupper() and person_finder._is_country(name.strip(), table.language):
        return "", None  # "CHAD (m), leader, ...": a copy that lost the name after the country
    name, role = _without_leading_role(name, table)
    if name[:1].islower() and not _PARTICLE_FIRST.match(name):
        return _after_flattened_role(name, table), None
    return name, role


# An old roll's line without a marker: the name alone (a lost letter printed "_"), then after
# a comma what is said of the person ("brother of X, aged 15"), or a bracketed remark.
_HEADED_ROLL_LINE = re.compile(
    rf"^\s*{_ROLL_PREFIX}((?:[A-ZÀ-Þ_][\w'’-]*)(?:\s+(?:[A-ZÀ-Þ_][\w'’-]*|al-[\w'’-]+|bin|ibn|van"
    r"|von|der|de|la|del|da|dos)){1,4})\s*(?:,\s*(?P<rest>(?:[^.;:!?()\[\]]|\([^()]{1,40}\))*?))?"
    r"\s*,?\s*(?P<bracket>\[[^\[\]]{1,60}\])?\s*,?\s*$"
)
# The country heading a roll's first name may share: "TURKEY: A, teacher", "INDONESIA/EAST
# TIMOR: 1. A", or run into the name as a copy lost the line break ("CAMEROONA B").
_COUNTRY_HEADING = re.compile(
    r"^\s*([A-ZÀ-Þ][A-ZÀ-Þ'/ -]+?)\s*:\s*(.*)$"
    r"|^\s*([A-ZÀ-Þ]{4,}(?:[ /][A-ZÀ-Þ]{2,})*)(?=[A-ZÀ-Þ][a-zß-ÿ])(.*)$"
)
# The start of an age among what a roll's line says of a person: "aged 15 or 16", "15".
_AGE_PART = re.compile(r"^(?:aged|âgée?\s+de|de|about|around)?\s*\d{1,3}\b", re.I)


def _roll_before_marker(
    lines: list[str], marker: re.Pattern[str], table: Markers
) -> tuple[list[tuple[str, str | None, str | None, str]], range]:
    """Return the persons of an old roll printed one per line without markers, under the
    country's heading, right before the one name it marks ("TURKEY: A, farmer / B / C,
    brother of B / new name: D (f)"): each name, role, note and the gender its role says,
    and the lines of the roll with the marked one. Empty where the lines above the first
    marked name are no such roll."""
    first = next(
        (
            number
            for number, line in enumerate(lines)
            if any(_marked_name(m.group(1), table)[0] for m in marker.finditer(line))
        ),
        None,
    )
    if not first:
        return [], range(0)
    found: list[tuple[str, str | None, str | None, str]] = []
    headed = False
    # ... a copy that doubled every line break puts a blank line after each of the roll's
    doubled = first >= 2 and not lines[first - 1].strip() and lines[first - 2].strip()
    top = first
    for number in range(first - 1, -1, -1):
        line = lines[number]
        if not line.strip():
            if doubled and number and lines[number - 1].strip():
                continue
            break
        heading = _COUNTRY_HEADING.match(line)
        said = line
        if heading:
            country = (heading.group(1) or heading.group(3)).strip()
            if not all(
                person_finder._is_country(part.strip().title(), table.language)
                for part in country.split("/")
            ):
                if heading.group(3):
                    heading = None  # "ABC Name": capitals of no country, a name's own
                else:
                    return [], range(0)
            elif heading.group(1) and not heading.group(2).strip():
                headed = True  # "INDONESIA/EAST TIMOR:" on a line of its own over the names
                break
            else:
                said = heading.group(2) if heading.group(1) else heading.group(4)
        elif line.strip().isupper() and all(
            person_finder._is_country(part.strip().title(), table.language)
            for part in line.strip().rstrip(":").split("/")
        ):
            headed = True  # "TURKEY", "INDONESIA/EAST TIMOR:" on a line of its own over the names
            break
        read = _roll_line(said, table)
        if read is None:
            return [], range(0)
        found.append(read)
        top = number
        if heading:
            headed = True
            break
    # ... or no heading: three lines or more, each a name and what the person is ("A,
    # folk-singer / B, student / C, bank clerk / D (f), trader"), the block's first lines
    described = len(found) >= 3 and all(role for _, role, _, _ in found)
    if not (headed or described) or len(found) < 2:
        return [], range(0)
    return found[::-1], range(top, first + 1)


def _roll_line(said: str, table: Markers) -> tuple[str, str | None, str | None, str] | None:
    """Return the name, role, note and gender of a roll's line without a marker ("A,
    farmer", "B, brother of A", "C, 34"); None where the line is no such line ("A, Director
    of X", a country)."""
    match = _HEADED_ROLL_LINE.match(said)
    if not match or person_finder._is_country(match.group(1), table.language):
        return None
    role_parts: list[str] = []
    note_parts: list[str] = []
    for part in filter(None, (p.strip() for p in (match.group("rest") or "").split(","))):
        (note_parts if _AGE_PART.match(part) else role_parts).append(part)
    if match.group("bracket"):
        note_parts.append(match.group("bracket"))
    role = "; ".join(role_parts) or None
    if role and not role[:1].islower() and not _ends_in_role_word(role_parts[0], table):
        return None  # "A, Director of X": no roll line in small letters
    head = role.split()[0] if role else ""
    gender = person_finder._role_gender(head, None, table) if head else None
    if not gender and fold(head) in table.male_words | table.female_words:
        # "brother of B", "sister of B": the relation's word says the gender
        gender = "male" if fold(head) in table.male_words else "female"
    return match.group(1), role, "; ".join(note_parts) or None, gender or "unknown"


def _ends_in_role_word(phrase: str, table: Markers) -> bool:
    """Say whether a capitalised phrase is a role all the same, its last word a role word in
    small letters ("Example Transport Company manager", "Radio Example journalist")."""
    last = phrase.split()[-1]
    return last.islower() and (
        fold(last) in {fold(w) for w in table.role_words}
        or person_finder.compound_role(last, table) is not None
    )


# An age between a roll's name and its marker: "Name, 23 years (f)", "Name, aged 30 (m)".
_AGE_BEFORE_MARKER = re.compile(
    r"(?<=[^\W\d_]),\s*((?:aged\s+|âgée?\s+de\s+)?\d{1,3}"
    r"(?:\s+(?:years(?:\s+old)?|ans|años|Jahre(?:\s+alt)?))?)\s*$",
    re.I,
)
# A roll's line that runs on into the next: it ends in two words in small letters ("...,
# journalist with weekly" / "Ozgur Halk"; not "..., teacher" nor "..., 22 years").
_RUNS_ON = re.compile(r"(?:^|\s)[a-zß-ÿ][\w'’-]*\s+[a-zß-ÿ][\w'’-]*$")


def _runs_on(before: str, line: str, table: Markers) -> bool:
    """Say whether a roll's line goes on from the line before it, which ends in two words in
    small letters: when it could be no roll's line (it opens in small letters, it is no name
    alone), or when those words leave a phrase open, a preposition or an article among them
    ("..., journalist with weekly" / "Ozgur Halk"; not "..., human rights defender" / "B")."""
    if not _RUNS_ON.search(before):
        return False
    if line.strip()[:1].islower() or not _bare_roll_line(line, table):
        return True
    phrase = table.noun_phrase
    open_words = phrase.adjuncts | phrase.complements | phrase.articles
    return any(fold(word) in open_words for word in before.split()[-2:])


# A numbered roll's number before the name: "1. ", "2) ".
_ROLL_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[^\W\d_])")

# An ellipsis (or a bracketed one) at either edge of a marked name's words.
_ELLIPSIS_AT_EDGE = re.compile(r"^(?:\(?(?:\.{2,}|…)\)?\s*)+|(?:\s*\(?(?:\.{2,}|…)\)?)+$")


@cache
def _action_labels(table: Markers) -> frozenset[str]:
    """Return the one-word labels of the language's action pages ("Écrire", "Escribe",
    "Petition"), folded: a page prints them before its headline."""
    return frozenset(fold(w) for w in table.action_page if " " not in w)


# A name may begin with a small particle ("al-Omda Example", "de la Cruz", "van Dijk").
_PARTICLE_FIRST = re.compile(r"^(?:(?:al|el|ad|as|ash|at|az)-|(?:de|da|del|van|von|bin|ibn|di)\s)")
# Titles printed before a name, which begin no name ("former judge Dr B Example (m)").
_NAME_TITLES = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "professor", "sheik", "sheikh", "imam", "father"}
)


def _after_flattened_role(said: str, table: Markers) -> str:
    """Return the name at the end of a marked name's words that begin in small letters: a
    roll a page ran into one line ("A (m), member of parliament, former judge Dr B (m), ...")
    puts the role of the name before in front of the next name; the name is the run of
    capitals at the end (titles dropped), or nothing when that run is no name ("civil
    engineer Professor (m)": the page lost the name; "... of the X Rights Council (f)")."""
    words = said.split()
    start = len(words)
    while start > 0 and (
        words[start - 1][:1].isupper()
        or fold(words[start - 1]) in person_finder._PARTICLES
        or re.match(r"^(?:al|el|ad|as|ash|at|az)-\S", words[start - 1])
    ):
        start -= 1
    run = words[start:]
    while run and fold(run[0]) in person_finder._PARTICLES:
        run = run[1:]  # "... of the al- mosque" left no particle to begin a name
    while run and fold(run[0]).strip(".") in _NAME_TITLES:
        run = run[1:]
    if len(run) < 2 or not all(
        person_finder._is_name_token(word, table) and not person_finder._is_thing(word, table)
        for word in run
        if fold(word) not in person_finder._PARTICLES
    ):
        return ""  # one capital word after a role, or words that name no one
    return " ".join(run)


def _merge_marked(
    marked: list[dict[str, Any]], notes: dict[int, str], roles: dict[int, str]
) -> tuple[list[dict[str, Any]], dict[int, str], dict[int, str]]:
    """Return the marked names with one entry per person: a page's heading may print the
    roll's names (and their markers) above the roll itself ("... : A, B (f), C" and then
    "B (f), lawyer"); a name printed twice is one person, with what each place says of her."""
    kept: list[dict[str, Any]] = []
    where: dict[str, int] = {}
    moved: dict[int, int] = {}
    for number, person in enumerate(marked):
        key = re.sub(r"\s+", " ", fold(person["name"])).strip()
        if key in where:
            first = kept[where[key]]
            if first.get("gender", "unknown") == "unknown":
                first["gender"] = person.get("gender", "unknown")
            for field_name, value in person.items():
                first.setdefault(field_name, value)
            moved[number] = where[key]
            continue
        where[key] = len(kept)
        moved[number] = len(kept)
        kept.append(person)
    if len(kept) == len(marked):
        return marked, notes, roles
    new_notes: dict[int, str] = {}
    new_roles: dict[int, str] = {}
    for number, note in notes.items():
        new_notes.setdefault(moved.get(number, number), note)
    for number, role in roles.items():
        new_roles.setdefault(moved.get(number, number), role)
    return kept, new_notes, new_roles


def _persons(
    draft: Draft, lines: list[str], zones: Zones, table: Markers, officials: list[str]
) -> None:
    """Read the persons: `(m)`/`(f)` markers, else names in the prose."""
    # "Name [m], Vice President": a marker some copies print in square brackets; the same
    # letters in round ones (as long, so every place in the line stays where it was)
    lines = [_SQUARE_MARKER.sub(r"\1(\2)", line) for line in lines]
    if draft.record.get("persons"):
        _person_status(draft, "\n".join(_prose(lines, zones, table)), table)
        return
    marked: list[dict[str, Any]] = []
    notes: dict[int, str] = {}
    roles: dict[int, str] = {}
    # The markers stand near the top, or in a field at the end ("NAME AND GENDER PRONOUN:").
    field = re.compile(r"^name(?:s)?\s+and\s+(?:gender|pronouns?)\b[^:]{0,20}:", re.I)
    marker, said_gender = _gender_marker(table.language)
    rolled = False  # the line before was a roll's line with a marker (or one it continued)
    intro = ""  # the last line before the roll's first marked name
    braced: list[int] = []  # the marked names a brace "]" after them joins
    beside = ""  # the words beside the brace
    listed_lines: list[str] = []  # the lines with markers, for their lists
    first_listed = ""  # the first of them as printed (its other names kept), to find it again
    new_names = False  # the line before was a "New names:" heading or a name under it
    added: list[str] = []  # the names under such a heading, without markers
    bare_names: list[str] = []  # a roll's lines without a marker, a name alone
    said_before = ""  # the last line with words
    # ... the first 40 lines that hold words (a copy that doubled every line break puts
    # a blank line after each of the roll's)
    letters: list[str] = []  # each marked name's letter, as printed
    worded = [n for n, line in enumerate(lines) if line.strip()]
    top = worded[40] if len(worded) > 40 else len(lines)
    # "TURKEY: A, farmer / B / C / new name: D (f)": an old roll that marks only the name it
    # adds; the names above it, one a line under the country's heading, are persons too
    headed_roll, roll_lines = _roll_before_marker(lines[:top], marker, table)
    for name, role, note, said_as in headed_roll:
        if role:
            roles[len(marked)] = role
        if note:
            notes[len(marked)] = note
        marked.append({"name": name, "gender": said_as})
        letters.append("")
    headed_names = {name for name, *_ in headed_roll}
    for line in [*lines[:top], *(line for line in lines[top:] if field.match(line))]:
        printed = line
        # "X (also known as Y) (m)": the other name in brackets between the name and its
        # marker; the marker is the name's, the other name is kept
        # (every one of a line's names: "A (Y) (m), B (Z) (m)"), each kept where it stood
        known_as: list[tuple[int, str]] = []
        for other in reversed(list(_KNOWN_AS_BEFORE_MARKER.finditer(line))):
            line = line[: other.start()] + line[other.end() :]
            known_as = [(at - len(other.group()), said) for at, said in known_as]
            known_as.append((other.start(), other.group(1) or other.group(2)))
        # "...; (m) marker with roles": a marker with no name before it marks no one
        on_line = [m for m in marker.finditer(line) if _marked_name(m.group(1), table)[0]]
        if not marked and not on_line and line.strip():
            intro = line
        unmarked = _unmarked_roll_line(line, table) if rolled and not on_line else None
        after_roll = _roll_line(line, table) if headed_roll and rolled and not on_line else None
        if not unmarked and after_roll and after_roll[1]:
            # "A, student / B (f), trader / C, journalist on a weekly paper": the roll's
            # lines go on after its marked one, each a name and what the person is
            name, role, note, said_as = after_roll
            roles[len(marked)] = str(role)
            if note:
                notes[len(marked)] = note
            headed_names.add(name)
            marked.append({"name": name, "gender": said_as})
            letters.append("")
            continue
        line_before, said_before = said_before, (line if line.strip() else said_before)
        if (
            rolled
            and not on_line
            and not unmarked
            and line.strip()
            and _runs_on(line_before, line, table)
        ):
            # "A (f), journalist with weekly / Ozgur Halk / B, aged 24": the words the line
            # before runs on into, no name; the roll goes on after them
            continue
        if rolled and not on_line and not unmarked:
            # "A (f) / B / C (surname unknown) / D (f)": the roll's lines without a marker
            # between and after its marked ones, a name alone (marked for review)
            unmarked = _bare_roll_line(line, table)
            if unmarked:
                bare_names.append(unmarked[0])
        if new_names and not on_line and not unmarked:
            # "New name:" / "A, ciudadano nigeriano de unos 28 años": a further information's
            # added names, a roll's lines without markers; a line of another shape ends them
            unmarked = _new_name_line(line)
            new_names = bool(unmarked) or not line.strip()
            if unmarked:
                added.append(unmarked[0])
                age = _AGE_AFTER.search(unmarked[1])
                if age and age.start():
                    # "ciudadano saudí de 31 años": the age after the description, a note
                    notes[len(marked)] = age.group().strip(" ,")
                    unmarked = (unmarked[0], unmarked[1][: age.start()])
        if _NEW_NAMES.match(line):
            new_names = True
            continue
        if unmarked:
            # "A (f), aged 32, journalist / B (m), 45, lawyer / C, 28, her brother": a roll
            # that marks some names and not others; no marker, no gender
            name, rest = unmarked
            rest, rest_role = _role_after_age(rest, table)
            if rest_role:
                roles[len(marked)] = rest_role
            if (
                rest
                and (rest[0].isdigit() or _AGE_ALONE.fullmatch(rest))
                and len(rest.split()) <= 4
            ):
                notes[len(marked)] = rest
            # "A, ciudadana indonesia": a role word of one gender says the person's
            head = rest_role.split()[0] if rest_role else ""
            gender = person_finder._role_gender(head, None, table) if head else None
            marked.append({"name": name, "gender": gender or "unknown"})
            letters.append("")
            continue
        # ... a copy that doubled every line break puts a blank line between the roll's lines
        rolled = (len(on_line) == 1 and not field.match(line)) or (rolled and not line.strip())
        tail = line[on_line[-1].end() :].strip(" ,;") if len(on_line) == 1 else ""
        if len(on_line) == 1 and tail.startswith("]"):
            # "A (m) ]" / "B (m) ] aged between 14 and 16" / "C (m) ]": the brace of the
            # printed roll joins its names; what stands beside it is said of each of them
            braced.append(len(marked))
            beside = tail[1:].strip(" ,;") or beside
            tail = ""
        dashed = person_finder.role_after_dash(tail, table) if len(on_line) == 1 else None
        if dashed:
            # "C (f) - members of the X Campaign": the plural is C's and the names' above it
            # since the last role
            tail = ""
            for number in range(len(marked), -1, -1) if dashed[1] else (len(marked),):
                if number in roles:
                    break
                roles[number] = dashed[0]
        tail, tail_role = _role_after_age(tail, table)
        if tail_role:
            roles[len(marked)] = tail_role  # "X (f), aged 32, journalist": the role after the age
        if tail and (tail[0].islower() or tail[0].isdigit()) and len(tail.split()) <= 8:
            notes[len(marked)] = tail  # "Qasem Example (m) aged 43": what follows is a note
        for match in on_line:
            # "4. Name SURNAME, 23 years (female)": the age between the name and its marker
            aged = _AGE_BEFORE_MARKER.search(match.group(1))
            if aged:
                notes.setdefault(len(marked), aged.group(1))
            name, role = _marked_name(match.group(1)[: aged.start() if aged else None], table)
            person: dict[str, Any] = {
                "name": name,
                "gender": said_gender.get(re.sub(r"\s", "", match.group(2).lower()), "unknown"),
            }
            if match.group(3):
                person["note"] = match.group(3)
            other_names = [s for at, s in known_as if match.start() <= at <= match.end()]
            if other_names:
                person["other_names"] = other_names[:1]
            if role:
                roles[len(marked)] = role
            letters.append(re.sub(r"\s", "", match.group(2).lower()))
            marked.append(person)
        if on_line:
            # "A, B, C (f), D and E": the names listed with a marked one are persons too,
            # of no gender the text marks
            first_listed = first_listed or printed
            listed_lines.append(line)
    if marked and all(person["name"] in added for person in marked):
        # a text that marks no one: its "New names:" roll is the prose reader's
        marked, letters, notes, roles, listed_lines = [], [], {}, {}, []
    listed: list[str] = []
    names = [person["name"] for person in marked]
    for line in listed_lines:
        for name in person_finder.listed_with(line, names, table, table.language):
            if not any(person_finder.same_person(name, other) for other in [*names, *listed]):
                listed.append(name)
    # A Spanish "(m)" is "mujer" in the Secretariat's translations, and "male" in a text that
    # kept the English markers; only a "(h)" or an "(f)" beside it tells which
    doubtful_letters = {
        letter
        for letter, gender in _MARKER_LETTERS.get(table.language, {}).items()
        if _MARKED_GENDER.get(letter, gender) != gender
    }
    doubtful_markers = {
        fold(person["name"])
        for person, letter in zip(marked, letters, strict=True)
        if letter in doubtful_letters and not set(filter(None, letters)) - doubtful_letters
    }
    if marked and listed:
        marked.extend({"name": name, "gender": "unknown"} for name in listed)
    if len(braced) >= 2 and beside:
        rest, beside_role = _role_after_age(beside, table)
        if (
            not beside_role
            and len(beside.split()) <= 4
            and person_finder.people_word(beside.split()[0], table)
        ):
            rest, beside_role = "", beside  # "] syndicalistes", "] students of X"
        for number in braced:
            if beside_role:
                roles.setdefault(number, beside_role)
            if rest and (rest[0].islower() or rest[0].isdigit()) and len(rest.split()) <= 8:
                notes.setdefault(number, rest)
    if marked and listed_lines and len(roles) < len(marked) + len(listed):
        # "A (f), B, C - all members of the National Executive of X, and D, a leader of Y":
        # the roll's own words say its names share one membership, those before the words
        # (the line as printed: the lines listed lost their "(also known as ...)")
        where = next((n for n, line in enumerate(lines) if line == first_listed), len(lines))
        block: list[str] = []
        for line in lines[where:]:
            if not line.strip():
                break
            block.append(line.strip())
        said = " ".join(block)
        shared = person_finder.members_of(said, table)
        if shared:
            before = said[: shared[1]]
            for number, name in enumerate([*names, *listed]):
                if number not in roles and name in before:
                    roles[number] = shared[0]
    if marked and not roles and intro.rstrip().endswith(":"):
        # "... about the following health workers, whose appeal is due:" and the roll: the
        # plural the announcing sentence gives them is each one's role
        announced = person_finder.role_of_roll(intro.rstrip()[:-1], table)
        if announced:
            roles = dict.fromkeys(range(len(marked)), announced)
    if marked and len(roles) < len(marked):
        # "NAME AND GENDER PRONOUN: X (she/her)" and a roll without roles: the prose says
        # the role ("X, a land rights defender, was ...")
        # ... only where the prose puts it right after the name, an apposition: "According
        # to the lawyer, X" or "all members of X" (a list's) say nothing of X's own role
        prose_text = "\n".join(_prose(lines, zones, table))
        said_roles = {
            fold(someone.name): someone.role
            for someone in person_finder.find_persons(
                prose_text.split("\n"), table, table.language, officials
            )
            if someone.role
        }
        for number, person in enumerate(marked):
            role = said_roles.get(fold(person["name"]))
            apposed = role and re.search(
                rf"{re.escape(person['name'])}\s*(?:\([^()]*\)\s*)?,\s*(?:(?:a|an|the|un|une|el|la"
                rf"|der|die|ein|eine)\s+)?{re.escape(role.split('; ')[0])}\b",
                re.sub(r"\s+", " ", prose_text),
            )
            if number not in roles and role and apposed:
                roles[number] = role
    if marked:
        marked, notes, roles = _merge_marked(marked, notes, roles)
        draft.put(("persons",), marked, rule="persons.marker")
        for number in (n for n, person in enumerate(marked) if person["name"] in added):
            # TODO(ualetters): a line under "New names:" without a marker: a person added to
            # the case, most likely.
            draft.todo(
                ("persons", number, "name"),
                "a name under the notice's 'New names:' heading, without a marker: check",
            )
        for number, person in enumerate(marked):
            if fold(person["name"]) in doubtful_markers:
                draft.todo(
                    ("persons", number, "gender"),
                    "the text marks no one else: its '(m)' may be the Spanish 'mujer' or the "
                    "English 'male': check",
                )
        for number in (n for n, person in enumerate(marked) if person["name"] in bare_names):
            # TODO(ualetters): a roll's line that is a name alone, without a marker, between
            # or after the names the roll marks.
            draft.todo(
                ("persons", number),
                "a roll's line without a marker, a name alone among the marked ones: check",
            )
        for number in (n for n, person in enumerate(marked) if person["name"] in headed_names):
            # TODO(ualetters): an old roll's line without a marker, under the country's
            # heading and before the one name the notice marks, or in a roll whose every
            # line says what its person is (a name and a role).
            draft.todo(
                ("persons", number),
                "a roll's line without a marker, under the country's heading or among the "
                "roll's described names: check",
            )
        for number in (n for n, person in enumerate(marked) if person["name"] in listed):
            # TODO(ualetters): no marker of its own; only the list it stands in with marked
            # names says this is a person of the case.
            # The mark is the person's: the name may be a place or a body of the list, and
            # then no value of the entry is the case's
            draft.todo(
                ("persons", number),
                "listed with the names marked (m)/(f), without a marker of its own: check",
            )
        for number, note in notes.items():
            if "note" not in marked[number]:
                draft.put(("persons", number, "note"), note, rule="persons.note")
        for number, role in roles.items():
            draft.put(("persons", number, "role"), role, rule="persons.role")
        # ... the roll's lines, which end in no full stop, run into no sentence of the prose
        said_lines = [("" if n in roll_lines else line) for n, line in enumerate(lines)]
        _person_status(draft, "\n".join(_prose(said_lines, zones, table)), table)
        return
    prose = _prose(lines, zones, table)
    found = person_finder.find_persons(prose, table, table.language, officials)
    persons = []
    for someone in found:
        name, others = person_finder.finish(someone)
        entry: dict[str, Any] = {"name": name, "gender": someone.gender}
        if others:
            entry["other_names"] = others
        if someone.role:
            entry["role"] = someone.role
        if someone.age:
            entry["note"] = someone.age
        if someone.nationality:
            entry["note"] = "; ".join(filter(None, [someone.nationality, entry.get("note")]))
        if someone.note:
            entry["note"] = "; ".join(filter(None, [entry.get("note"), someone.note]))
        persons.append(entry)
    captioned = _caption_names(lines, persons, table, officials)
    if persons:
        persons.extend({"name": name, "gender": "unknown"} for name in captioned)
        draft.put(("persons",), persons, rule="persons.prose")
        for number in range(len(found), len(persons)):
            # TODO(ualetters): named only by an image's caption, with persons of the case.
            draft.todo(
                ("persons", number, "name"),
                "named only in an image caption, beside persons of the case: check",
            )
        for number, someone in enumerate(found):
            if someone.name_only:
                # TODO(ualetters): only the name's words (common names) and the text's shape
                # (a headline, a list) say this is a person; nothing else around it does.
                draft.todo(
                    ("persons", number, "name"),
                    "found by its common given name and where it stands, nothing else: check",
                )
            if someone.cut:
                draft.todo(
                    ("persons", number, "name"),
                    "the stored text stops inside this name: complete it from the source",
                )
            if someone.gender_weak:
                # TODO(ualetters): a plural subject or a role word said again gives the
                # gender; nothing said of the person by name does.
                draft.todo(
                    ("persons", number, "gender"),
                    "gender from 'the men'/'the women' or a role word said again: check",
                )
            if someone.name_task:
                # TODO(ualetters): a name a rule kept or built on weak grounds (a title read
                # as a given name, a surname the list gives once).
                draft.todo(("persons", number, "name"), someone.name_task)
            if someone.gender_outvoted:
                # TODO(ualetters): a majority of pronouns is weaker than the person's own
                # words; the reviewer checks whom the minority speaks of.
                draft.todo(
                    ("persons", number, "gender"),
                    "gender from most of the pronouns after the name, not all: check",
                )
        _person_status(draft, "\n".join(prose), table)
    else:
        draft.todo(("persons",), "no person found: add the persons (or a group) the case is about")


# Words in quotes on a line: what a sign, a banner or a slogan says.
_QUOTED_WORDS = re.compile(r"[\"“„«]\s*[^\"“”„«»]{1,60}?\s*[\"”“»]")


def _caption_names(
    lines: list[str], persons: list[dict[str, Any]], table: Markers, officials: list[str]
) -> list[str]:
    """Return the names an image's caption lists beside persons the prose names ("v.l.n.r.:
    A, B, C © Privat", "A (1) / portrait en bas: B (2) ©"): the others pictured with them,
    persons of the case the stored text may not name again. A caption that names none of
    the prose's persons (a photographer, a place) gives none."""
    known = [str(p["name"]) for p in persons] + [
        other for p in persons for other in p.get("other_names", [])
    ]
    excluded = {fold(name) for name in officials if name}
    found: list[str] = []
    for line in lines:
        if not _CAPTIONS.search(line):
            continue
        said = line.split("©")[0]  # the credit names the photographer
        # ... and the words in quotes are a sign's or a banner's ('ein Schild: "Scrap X"')
        said = _QUOTED_WORDS.sub(" ", said)
        names = [
            m.name
            for m in person_finder.mentions(said, table, table.language)
            if not m.evidence & {"place", "thing", "third party"}
        ]

        def plain(name: str) -> str:
            return re.sub(r"\s*\([^()]*\)", "", name)  # "Reza (Gholamreza) X": "Reza X"

        if not any(person_finder.same_person(plain(n), k) for n in names for k in known):
            continue
        for name in names:
            if fold(name) in excluded or len(plain(name).split()) < 2:
                continue
            if any(person_finder.same_person(plain(name), plain(k)) for k in [*known, *found]):
                continue
            found.append(name)
    return found


# A table-like line of a roll, "Name – role – what happened" (the participles its last field
# opens with are each language's `field_states`).
_TABLE_ROW = re.compile(r"^\s*(?:[-•*◼]\s*)?([^–—]{3,60}?)\s+[–—]\s+[^–—]{2,60}?\s+[–—]\s+(\S.*)$")


def _person_status(draft: Draft, text: str, table: Markers) -> None:
    """Read a person's release or death reported in the text ("X was released on 4 July")."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    known = [d for d in find_dates(text, table.language) if d.full()] + [
        first_date(str(draft.get(("issued",), "")), table.language)
    ]
    # Sentences within each paragraph: a list of names and the header's lines, which end in
    # no full stop, must not run into the sentence that follows them.
    said_sentences = [said for paragraph in text.split("\n") for said in sentences(paragraph)]
    back = [fold(p) for source in tables for p in source.back_references]
    names = [str(person.get("name", "")) for person in draft.record.get("persons", [])]
    field_states = {
        fold(word): state for source in tables for word, state in source.field_states.items()
    }
    for number, person in enumerate(draft.record.get("persons", [])):
        # "Mehmet A" and "Mehmet B": a given name two persons share names neither alone
        given = person["name"].split()[0] if person["name"].split() else person["name"]
        shared = sum(1 for name in names if name.split()[:1] == [given]) > 1
        called = person["name"] if shared else given
        for position, named in enumerate(said_sentences):
            if not re.search(rf"(?<!\w){re.escape(called)}(?!\w)", named):
                continue
            sentence = named
            if position and any(re.search(rf"\b{re.escape(b)}\b", fold(named)) for b in back):
                sentence = f"{said_sentences[position - 1]} {named}"  # "... among them X"
            field = _TABLE_ROW.match(sentence)
            # ... its participle first, or last in German ("am 2. Juni 2020 freigelassen")
            state_said = (
                field_states.get(fold(field.group(2).split()[0]))
                or field_states.get(fold(field.group(2).split()[-1]).strip("."))
                if field
                else None
            )
            if field and state_said and person["name"] in field.group(1):
                # "A – land rights activist – released on 3 May 2019": a table's last field
                in_field: dict[str, Any] = {"state": state_said}
                on = first_date(field.group(2), table.language)
                if on and on.full():
                    in_field["date"] = on.iso()
                elif on:
                    in_field["date_text"] = on.text
                draft.put(("persons", number, "status"), in_field, rule="persons.status")
                break
            bracket = _bracket_state(named, person["name"], names, field_states)
            if bracket:
                # "X, 74, former Vice-President (released on bail)": a roll's state in
                # brackets after the name, no other name between (tenth session)
                in_brackets: dict[str, Any] = {"state": bracket[0]}
                if len(bracket[1].split()) > 1:
                    in_brackets["note"] = bracket[1]
                draft.put(("persons", number, "status"), in_brackets, rule="persons.status")
                break
            for state, phrases in (
                ("released", "released"),
                ("executed", "executed"),
                ("dead", "died"),
                ("commuted", "commuted"),
            ):
                said = _state_said(sentence, phrases, tables)
                if (
                    said
                    and state == "dead"
                    and _named_as_complement(sentence, person["name"], tables)
                ):
                    said = None  # "El esposo de X ... fue hallado muerto": another's death
                if said and state == "dead" and _relative_subject(sentence, said, tables):
                    said = None  # "X ... His wife died in 2006": the relative's death
                if said and _intended(said, tables):
                    said = None  # "was scheduled to be executed on 22 October": not done
                if said and state == "released" and _earlier(sentence, said, tables):
                    said = None  # "was previously detained ... and released in 1993": a
                    # release before the detention the action is about
                actively = None
                if not said:
                    said = actively = _done_to(sentence, person["name"], state, tables, names)
                if said and _contrasted(sentence, said, person["name"]):
                    said = actively = None  # "Ten were released, while X was denied bail"
                if said and not actively and _another_subject(sentence, said, called, names):
                    said = None  # "A B C ... (a roll run into the prose) We learned that C
                    # was released": another person's name, not listed with A's, is nearer
                if said and _excepted(sentence, person["name"]):
                    said = actively = None  # "tous sauf A et X avaient été libérés"
                unknown = _not_known(sentence, said, person["name"]) if said else None
                if said and unknown:
                    # "… were also released but it is not known if the following were among
                    # them: A, B": the release is not the person's, only a question (weak)
                    note = f"{unknown} {said.group().split()[-1]}"  # "not known if released"
                    if note in str(person.get("note", "")):
                        said = None
                        break
                    draft.put(
                        ("persons", number, "note"),
                        "; ".join(filter(None, [person.get("note"), note])),
                        rule="persons.status",
                    )
                    draft.todo(
                        ("persons", number, "note"),
                        f"the text does not know whether this happened to the person "
                        f"('{unknown} … {said.group().strip()}'): check",
                    )
                    said = None
                    break
                if said:
                    status: dict[str, Any] = {"state": state}
                    hedge = next(
                        (
                            found.group()
                            for source in tables
                            for h in source.hedges
                            if (found := re.search(rf"\b{re.escape(h)}\b", sentence, re.I))
                        ),
                        None,
                    )
                    if hedge:
                        status["note"] = hedge
                    elif state == "released" and (bail := _on_bail(sentence, said, tables)):
                        status["note"] = bail  # "released on bail", "gegen Kaution freigelassen"
                    when = first_date(sentence[said.start() :], table.language)
                    opening = first_date(sentence[: said.start()], table.language)
                    if (
                        when is None
                        and opening
                        and (
                            opening.start < 12
                            # a sentence run on after a headline line without its full stop
                            # ("... activist released On 14 July 2021, X was released ...")
                            or re.search(_ON_BEFORE_DATE, sentence[: opening.start])
                        )
                    ):
                        when = opening  # "On 24 November 2021, the authorities executed X"
                    if when is None and opening:
                        # the header's lines run into the sentence ("... Date: 2 December
                        # 2016 HEADLINE On 28 November 2016 the court commuted ..."): the date
                        # after a sentence's "On"
                        when = next(
                            (
                                d
                                for d in reversed(
                                    find_dates(sentence[: said.start()], table.language)
                                )
                                if re.search(_ON_BEFORE_DATE, sentence[: d.start])
                            ),
                            None,
                        )
                    if when is None and table.language == "de":
                        # German ends its clause with the participle, after the date ("wurde
                        # am 3. März 2015 umgewandelt"): the date just before it is the event's
                        before = find_dates(sentence[: said.start()], table.language)
                        if before and said.start() - before[-1].end <= 40:
                            when = before[-1]
                    own = _own_date(sentence, person["name"], table)
                    if own:
                        # "released in August 2017: A on 15 August, B on 16 August": each
                        # name's own date, its year the one the sentence prints with the month
                        when = own

                    if when and when.full():
                        status["date"] = when.iso()
                    elif when:
                        same = next(
                            (
                                d
                                for d in known
                                if d and d.month == when.month and d.day == when.day and d.full()
                            ),
                            None,
                        )
                        if same:
                            status["date"] = same.iso()
                        elif when.day is None and when.partial():
                            status["date"] = when.partial()  # "in May 1998": 1998-05
                        else:
                            status["date_text"] = when.text
                    draft.put(("persons", number, "status"), status, rule="persons.status")
                    if actively:
                        draft.todo(
                            ("persons", number, "status"),
                            f"read from '{actively.group()} ... {person['name']}': check that "
                            "this happened to the person",
                        )
                    break
            if "status" in person:
                break
    _status_of_all(draft, said_sentences, table, tables)
    _status_of_they(draft, said_sentences, table, tables)
    _status_by_release_noun(draft, said_sentences, table, tables)


# A conjunction that sets two clauses against each other ("while", "tandis que"): what one
# says happened is not what the other says ("but" is left out: "X was detained, but was
# released" speaks of one person).
_CONTRAST = re.compile(
    r"(?:^|[\s,;])(?:while|whereas|tandis que|alors que|mientras que|en tanto que|während)\s",
    re.I,
)


# The word that opens a reported clause ("has learned that", "a appris que", "erfuhr,
# dass"): the name right after it is that clause's subject.
_CLAUSE_THAT = r"(?:\bthat|\bque|\bqu['’]|\bdass|\bdaß)\s+"


def _another_subject(sentence: str, said: re.Match[str], called: str, names: list[str]) -> bool:
    """Say whether the state's words belong to another person's clause: between the
    person's last mention before them and the state, a reported clause opens on another
    person's name ("A B C D Amnesty International has learned that E, a journalist, was
    released": a roll the copy ran into the sentence; only E was released)."""
    before = sentence[: said.start()]
    own = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(called)}(?!\w)", before)]
    if not own:
        return False
    tail = before[own[-1] :]
    return any(
        re.search(rf"{_CLAUSE_THAT}{re.escape(name)}(?!\w)", tail, re.I)
        for name in names
        if name and called not in name
    )


def _contrasted(sentence: str, said: re.Match[str], name: str) -> bool:
    """Say whether a contrast stands between the state's words and the person's name ("Ten
    of the activists were released ..., while A and X were denied bail"): the state is
    the others'."""
    at = sentence.find(name)
    if at < 0:
        return False
    between = sentence[said.end() : at] if at >= said.end() else sentence[at : said.start()]
    return bool(_CONTRAST.search(between))


# Words that take the names after them out of what their sentence says of the others
# ("all of them except A and B were released", "tous ces hommes sauf A et B avaient été
# libérés", "todos salvo A", "alle außer A"), with the other names of their list.
_EXCEPT_BEFORE = re.compile(
    r"(?:\bexcept(?:\s+for)?|\bapart from|\bother than|with the exception of|\bsauf"
    r"|à l['’]exception d(?:e|u|es|['’])|\bexcepto|\bsalvo|con excepción de"
    r"|a excepción de|\baußer|mit ausnahme von|\bbis auf(?!\s+weiteres)"
    # "todos menos A", but not "al menos" / "por lo menos" / "cuando menos" (at least),
    # "más o menos" (about), "a menos que" (unless), "menos de" (less than)
    r"|(?<!\bal\s)(?<!\blo\s)(?<!\ba\s)(?<!\bo\s)(?<!\bcuando\s)\bmenos(?!\s+(?:de|del|que)\b))"
    r"\s+(?:[^,.;:!?]{0,80}?\s)?$",
    re.I,
)


def _excepted(sentence: str, name: str) -> bool:
    """Say whether the person's name stands after an exception word in its sentence ("all
    except A and X were released"): what the sentence says happened is the others'."""
    at = sentence.find(name)
    while at >= 0:
        if at > 0 and _EXCEPT_BEFORE.search(sentence[max(0, at - 120) : at]):
            return True
        at = sentence.find(name, at + 1)
    return False


# A kin word and its "of" before a name in its clause: the name completes the kin word ("the
# brother of X", "hermano de los defensores A y X", "El esposo de X").
_KIN_OF = re.compile(r"([^\W\d_]+)\s+(?=(?:of|de|del|du|des|d['’]|von)\s)", re.I)


@cache
def _table_words(table: Markers, name: str) -> re.Pattern[str] | None:
    """Return the expression of a table's word list (`intention_words`, `earlier_words`),
    made once per table; None where the table has none."""
    words = sorted(getattr(table, name), key=len, reverse=True)
    if not words:
        return None
    either = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<!\w)(?:{either})(?!\w)", re.I)


def _intended(said: re.Match[str], tables: list[Markers]) -> bool:
    """Say whether the words right before a state's participle, in its clause (after the
    phrase's last comma, three at most), make it an intention, not an event ("was scheduled
    to be executed", "was due to be hanged"), not an earlier clause's ("X, who was to be
    tried, was quietly released")."""
    clause = re.split(r"[,;:()]", said.group())[-1].split()
    near = " ".join(clause[-4:-1])
    return any(
        (words := _table_words(source, "intention_words")) and words.search(near)
        for source in tables
    )


def _earlier(sentence: str, said: re.Match[str], tables: list[Markers]) -> bool:
    """Say whether an adverb sets the release a state's phrase says before the present
    detention: inside the phrase ("had earlier been released"), right after it ("was
    released previously in 2017"), or in a clause before it that "and" or "when" joins to
    the release ("was previously detained in 1990, and was released in 1993", "had
    previously been detained until May, when he was released"). Not in a clause of its
    own ("X, who had been arrested earlier that week, was released", "Earlier today, X
    was released")."""
    for source in tables:
        words = _table_words(source, "earlier_words")
        links = _AND | {fold(w) for w in source.noun_phrase.conjunctions}
        for found in words.finditer(sentence) if words else ():
            if said.start() <= found.start() < said.end():
                return True
            if found.start() >= said.end():
                gap = sentence[said.end() : found.start()]
                if len(gap.split()) <= 3 and not _CLAUSE_MARK.search(gap):
                    return True
                continue
            # the release's clause opens with the link, or with the link and a pronoun
            tail = sentence[found.end() : said.start()].split()[-2:]
            if tail and (
                fold(tail[-1]) in links
                or (len(tail) == 2 and fold(tail[0]) in links and tail[1][:1].islower())
            ):
                return True
    return False


_CLAUSE_MARK = re.compile(r"[,;:()]")
# A possessive and a word before a state's verb, the verb's subject ("His wife died"), in
# any language (the tables' `possessives`).
_POSSESSED_SUBJECT = re.compile(
    rf"(?:^|[\s(,;])(?:{_either(every_language('possessives'))})\s+([^\W\d_]+)\s+$", re.I
)


# ... or right after it, where Spanish puts it ("murió su padre": `possessives_after`).
_POSSESSED_AFTER = re.compile(
    rf"\s+(?:{_either(every_language('possessives_after'))})\s+([^\W\d_]+)", re.I
)


def _relative_subject(sentence: str, said: re.Match[str], tables: list[Markers]) -> bool:
    """Say whether the subject of a death's verb is a relative the person's possessive names
    ("His wife died of leukaemia", "Su esposa murió", "murió su padre"): the death is the
    relative's."""
    subject = _POSSESSED_SUBJECT.search(sentence[: said.start()])
    subject = subject or _POSSESSED_AFTER.match(sentence[said.end() :])  # "murió su padre"
    if not subject:
        return False
    return any(fold(subject.group(1)) in _kin_words(source) for source in tables)


def _named_as_complement(sentence: str, name: str, tables: list[Markers]) -> bool:
    """Say whether the person's name stands, in its clause, after a kin word's "of" that
    makes it that word's complement ("El esposo de X, Y, fue hallado muerto"): a death said
    in the sentence is the relative's."""
    found = re.search(rf"(?<!\w){re.escape(name.split()[0])}(?!\w)", sentence)
    if not found:
        return False
    clause = re.split(r"[,;:()]", sentence[: found.start()])[-1]
    kin = {fold(w) for source in tables for w in (*source.male_words, *source.female_words)}
    return any(fold(word.group(1)) in kin for word in _KIN_OF.finditer(clause))


_BRACKETS = re.compile(r"\(([^()]{3,60})\)")


def _bracket_state(
    sentence: str, name: str, names: list[str], states: dict[str, str]
) -> tuple[str, str] | None:
    """Return the state and the words of brackets after the person's name that open (or, in
    German, end) with a state's participle ("(released on bail)", "(freigelassen)"), when
    the name is the first one after the brackets before ("A, lawyer and editor of the B
    Journal (released on bail)": A's, not B's); else None."""
    at = sentence.find(name)
    if at < 0:
        return None
    found = _BRACKETS.search(sentence, at + len(name))
    if not found:
        return None
    since = sentence[sentence.rfind(")", 0, at) + 1 : at]
    if any(other and other != name and other in since for other in names):
        return None
    between = sentence[at + len(name) : found.start()]
    if len(between) > 90 or re.search(r"[:;.!?]\s", between):
        return None  # "X, secretary general of ... New names: Y, 69 (released)": Y's
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", found.group(1))]
    state = (states.get(words[0]) or states.get(words[-1])) if words else None
    return (state, found.group(1).strip()) if state else None


def _release_noun(sentence: str, tables: list[Markers]) -> re.Match[str] | None:
    """Return the words that give a release by its noun in the sentence ("despite her
    release", "ont bénéficié d'une libération"), or None."""
    for source in tables:
        for phrase in source.release_nouns:
            words = re.sub("['’]", "['’]", re.escape(phrase).replace(r"\ ", r"\s+"))
            found = re.search(rf"(?<!\w){words}(?!\w)", sentence, re.I)
            if found:
                return found
    return None


def _status_by_release_noun(
    draft: Draft, said: list[str], table: Markers, tables: list[Markers]
) -> None:
    """Give the persons a sentence says were released by the release's noun ("Despite her
    release, X is still on trial", "A et B ont bénéficié d'une libération conditionnelle")
    the state `released`: the persons it names, or, when it names no one and opens with the
    noun ("Malgré sa libération, il ..."), the one person the sentence before names. The
    noun's possessive may point elsewhere (weak: marked for review)."""
    persons = draft.record.get("persons", [])
    names = [str(p.get("name", "")) for p in persons]

    def named(sentence: str) -> list[int]:
        return [
            n
            for n, name in enumerate(names)
            if name and re.search(rf"(?<!\w){re.escape(name.split()[0])}(?!\w)", sentence)
        ]

    for position, sentence in enumerate(said):
        found = _release_noun(sentence, tables)
        if not found:
            continue
        who = named(sentence)
        if not who and position and found.start() <= 3:
            before = named(said[position - 1])
            who = before if len(before) == 1 else []
        for number in who:
            if "status" in persons[number]:
                continue
            status: dict[str, Any] = {"state": "released"}
            when = first_date(sentence[found.end() :], table.language)
            if when and when.start <= 4 and when.full():  # "since his release on 3 May 2021"
                status["date"] = when.iso()
            draft.put(("persons", number, "status"), status, rule="persons.status")
            # TODO(ualetters): a release read from its noun, whose possessive may be another's
            draft.todo(
                ("persons", number, "status"),
                f"read from '{found.group()}': check that this release is the person's",
            )


# Words that say a count speaks of others than the named ("five other men", "otros dos").
_OTHERS = frozenset(
    {"other", "others", "more", "further", "additional", "autres", "otros", "otras", "más"}
    | {"weitere", "andere", "anderen", "weiteren"}
)


def _status_of_all(draft: Draft, said: list[str], table: Markers, tables: list[Markers]) -> None:
    """Give every named person the release or death a sentence says of as many people as
    the text names ("Cinco hombres … han sido liberados", "The four activists were released
    on 3 May"): the count opens the sentence with a word for people, names no one and is
    no "other"; the finder may have missed a name or two of the list (weak: marked)."""
    persons = draft.record.get("persons", [])
    if len(persons) < 2 or any("status" in person for person in persons):
        return
    numbers = {fold(w): v for source in tables for w, v in source.number_words.items()}
    gendered = {fold(m) for m in (*table.male_words, *table.female_words)}
    for sentence in said:
        if any(str(p.get("name", "")).split()[0] in sentence for p in persons if p.get("name")):
            continue
        words = re.findall(r"[^\W\d_][\w'’-]*|\d+", sentence)[:6]
        count = next(
            (
                (n, int(w) if w.isdigit() else numbers[fold(w)])
                for n, w in enumerate(words)
                if w.isdigit() or fold(w) in numbers
            ),
            None,
        )
        if count is None or not len(persons) <= count[1] <= len(persons) + 2:
            continue
        after = words[count[0] + 1 : count[0] + 3]
        if not after or fold(after[0]) in _OTHERS:
            continue
        if count[0] and fold(words[count[0] - 1]) in _OTHERS:
            continue  # "Otros tres estudiantes", "weitere drei": others than the named
        if not any(person_finder.people_word(w, table) or fold(w) in gendered for w in after):
            continue
        for state, phrases in (
            ("released", "released"),
            ("executed", "executed"),
            ("dead", "died"),
        ):
            found = _state_said(sentence, phrases, tables)
            if not found:
                continue
            if _others_between(sentence[: found.start()], numbers):
                continue  # "Six … sont maintenus, tandis que 10 autres ont été relâchés"
            when = first_date(sentence[found.start() :], table.language)
            if when is None:
                when = _count_date_after(said, sentence, count[1], phrases, tables, numbers)
            # a count of people said released/dead, not each name
            _status_of_everyone(
                draft,
                state,
                when,
                f"read from '{' '.join(words[count[0] : count[0] + 2])} … "
                f"{found.group()}', said of as many people as the text names: check",
            )
            return


def _status_of_they(draft: Draft, said: list[str], table: Markers, tables: list[Markers]) -> None:
    """Give every named person the release or death a sentence says of "they" right after
    the sentence that names them all ("A, B and C were arrested in May. Although they have
    since been released on bail, ..."; "Obwohl sie ... freigekommen sind"): the pronoun is
    the subject of the state's verb and names no one else; marked, as the pronoun may point
    further back."""
    persons = draft.record.get("persons", [])
    if len(persons) < 2 or any("status" in person for person in persons):
        return
    firsts = [str(p.get("name", "")).split()[:1] for p in persons]
    if not all(firsts):
        return
    subjects = {fold(w) for w in table.plural_subjects}
    plural = {fold(w) for w in table.plural_verbs}
    for previous, sentence in itertools.pairwise(said):
        if not all(re.search(rf"(?<!\w){re.escape(f[0])}(?!\w)", previous) for f in firsts):
            continue
        if any(re.search(rf"(?<!\w){re.escape(f[0])}(?!\w)", sentence) for f in firsts):
            return  # the next sentence names them again: the name rules read it
        words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
        pronoun = next((n for n, w in enumerate(words[:8]) if fold(w) in subjects), None)
        if pronoun is None:
            return
        for state, phrases in (
            ("released", "released"),
            ("executed", "executed"),
            ("dead", "died"),
        ):
            found = _state_said(sentence, phrases, tables)
            if not found:
                continue
            before = re.findall(r"[^\W\d_][\w'’-]*", sentence[: found.start()])
            if len(before) <= pronoun or len(before) - pronoun > 8:
                continue  # the pronoun must stand before the state's words, in its clause
            verbs = {fold(w) for w in re.findall(r"[^\W\d_]+", found.group())}
            if plural and not verbs & plural:
                continue  # "sie wurde freigelassen": a woman, not them all
            # "they" said released/dead right after the names
            _status_of_everyone(
                draft,
                state,
                first_date(sentence[found.start() :], table.language),
                f"read from '{words[pronoun]} … {found.group()}' right after the "
                "sentence that names them all: check it is said of each",
            )
            return
        return


def _status_of_everyone(draft: Draft, state: str, when: FoundDate | None, reason: str) -> None:
    """Give every person of the record the state (and its date, if any) a sentence says of
    them all, marked with `reason`."""
    status: dict[str, Any] = {"state": state}
    if when and when.full():
        status["date"] = when.iso()
    elif when:
        status["date_text"] = when.text
    for number in range(len(draft.record.get("persons", []))):
        draft.put(("persons", number, "status"), dict(status), rule="persons.status")
        # TODO(ualetters): a state said of them all, not of each name
        draft.todo(("persons", number, "status"), reason)


def _others_between(before: str, numbers: dict[str, int]) -> bool:
    """Say whether a second count of others stands before a state's words ("Six prisoners
    remain held, while 10 others were released"): the state is theirs, not the named's."""
    words = [fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*|\d+", before)]
    counts = [n for n, w in enumerate(words) if w.isdigit() or w in numbers]
    return any(n + 1 < len(words) and words[n + 1] in _OTHERS for n in counts[1:])


def _count_date_after(
    said: list[str],
    sentence: str,
    count: int,
    phrases: str,
    tables: list[Markers],
    numbers: dict[str, int],
) -> FoundDate | None:
    """Return the date of the event a count sentence gives without one, from one of the two
    sentences after it that says it again of as many people with its date ("Five men have
    been released. … five members of the group were released on 4 September")."""
    at = said.index(sentence)
    for later in said[at + 1 : at + 3]:
        words = re.findall(r"[^\W\d_][\w'’-]*|\d+", later)
        if not any((int(w) if w.isdigit() else numbers.get(fold(w))) == count for w in words):
            continue
        for source in tables:
            for p in getattr(source, phrases):
                if not may_match(p, later.lower()):
                    continue
                found = compile_phrase(p, source).search(later)
                if found:
                    when = first_date(later[found.start() :], source.language)
                    if when:
                        return when
    return None


def _state_said(sentence: str, phrases: str, tables: list[Markers]) -> re.Match[str] | None:
    """Return the first place where `sentence` says the state of the tables' `phrases` field
    ("released", "executed", "died", "commuted"), the phrases of the first table first."""
    lowered = sentence.lower()
    return next(
        (
            found
            for source in tables
            for p in getattr(source, phrases)
            if may_match(p, lowered) and (found := compile_phrase(p, source).search(sentence))
        ),
        None,
    )


# Words that say the text does not know whether something happened ("it is not known if",
# "on ignore si", "no se sabe si", "es ist nicht bekannt, ob").
_NOT_KNOWN = re.compile(
    r"\b(not known (?:if|whether)|unclear (?:if|whether)|unconfirmed|not (?:been )?confirmed"
    r"|on ignore si|on ne sait pas si|pas (?:été )?confirmée?s?"
    r"|no se sabe si|se desconoce si|no está claro si|no (?:se )?ha (?:sido )?confirmado"
    r"|nicht bekannt, ob|unklar, ob|nicht bestätigt)\b",
    re.I,
)


def _not_known(sentence: str, said: re.Match[str], name: str) -> str | None:
    """Return the words that say the text does not know whether what it says happened to
    the person ("released but it is not known if the following were among them: X"): they
    stand between the state's word and the name, or open the sentence before both."""
    at = sentence.find(name)
    if at < 0:
        return None
    spans = [sentence[said.end() : at]] if at > said.end() else []
    spans.append(sentence[: min(at, said.start())])
    for span in spans:
        found = _NOT_KNOWN.search(span)
        if found:
            return found.group(1)
    return None


def _done_to(
    sentence: str, name: str, state: str, tables: list[Markers], names: list[str]
) -> re.Match[str] | None:
    """Return the verb that says, in the active voice, what was done to the person named
    after it ("the authorities released journalist X", "commuted the death sentences of A
    and X"): only a role in lower case or the other persons' names stand between, in the
    verb's own clause, and the name is no other noun's complement."""
    at = sentence.find(name)
    if at < 0:
        return None
    for source in tables:
        denied = {fold(word) for word in source.negations}
        for verb in source.done_to.get(state, ()):
            words = re.escape(verb).replace(r"\ ", r"\s+")
            for found in re.finditer(rf"(?<!\w){words}(?!\w)", sentence[:at], re.I):
                before = fold(sentence[: found.start()]).replace("n't", " n't").split()[-2:]
                if denied & set(before):
                    continue
                if state == "dead" and _relative_subject(sentence, found, tables):
                    continue  # "Su padre murió en prisión y ahora X teme ...": the relative's
                between = sentence[found.end() : at]
                for other in filter(None, names):
                    between = between.replace(other, " ")
                said = [w for w in re.split(r"[\s,]+", between) if w]
                role = [w for w in said if fold(w) not in _AND]
                if _complement_of_another(role, source):
                    continue  # "murió el padre de X", "released the wife of X": another
                if _clause_breaks(said, source):
                    continue  # "mató a un manifestante y detuvo a X": another clause's verb
                if len(role) <= 8 and all(
                    w[:1].islower() and re.fullmatch(r"[\w'’-]+", w) for w in role
                ):
                    return found
    return None


def _complement_of_another(role: list[str], table: Markers) -> bool:
    """Say whether the words between a state's active verb and the name make the name
    another noun's complement: they end in "of" ("the wife of X", "el padre de la X"), or a
    kin word and its "of" or a possessive and its kin word stand among them ("murió el
    padre de la activista X", "murió su padre y X ..."). Not a role
    that holds an "of" of its own ("la defensora de derechos humanos X")."""
    words = [fold(w).rstrip("'’") for w in role]
    while words and words[-1] in _ROLE_ARTICLES:
        words = words[:-1]
    if words and words[-1] in person_finder._OF:
        return True
    kin = _kin_words(table)
    if any(o in person_finder._POSSESSIVES and w in kin for o, w in itertools.pairwise(words)):
        return True  # "murió su padre y X quedó ...": the person's relative
    return any(w in kin and o in person_finder._OF for w, o in itertools.pairwise(words))


def _clause_breaks(said: list[str], table: Markers) -> bool:
    """Say whether an "and" between a state's active verb and the name opens another
    clause: the word after it is in lower case and no article, number or role ("mató a un
    manifestante y detuvo a X", "murió ... y ahora X"), where a list of names or roles goes
    on with one ("the journalist and activist X", "liberaron a A y a X")."""
    allowed = _role_or_article_words(table)
    for word, after in itertools.pairwise(said):
        if fold(word) not in _AND or not after[:1].islower():
            continue
        folded = fold(after)
        if folded in allowed or folded.rstrip("s") in allowed or folded[:-2] in allowed:
            continue
        return True
    return False


@cache
def _kin_words(table: Markers) -> frozenset[str]:
    """Return the table's words for a man or a woman (kin, life stages), folded."""
    return frozenset(fold(w) for w in (*table.male_words, *table.female_words))


@cache
def _role_or_article_words(table: Markers) -> frozenset[str]:
    """Return, folded, the words a role may open with after an "and": the articles, the
    table's number words, its role words and people nouns and the first word of its role
    phrases."""
    return frozenset(
        {fold(w) for w in (*table.role_words, *table.people_nouns, *table.number_words)}
        | {fold(p.split()[0]) for p in table.role_phrases if p.split()}
        | _ROLE_ARTICLES
    )


# The articles that may stand before a role ("the", "la", "los", "l'").
_ROLE_ARTICLES = frozenset(
    {"the", "a", "an", "der", "die", "das", "den", "dem", "ein", "eine", "einen"}
    | {"le", "la", "les", "l", "un", "une", "el", "los", "las", "una", "unos", "unas"}
)


# A capitalised "On" before a date: a sentence's opening, whatever ran into it.
_ON_BEFORE_DATE = re.compile(r"(?:^|\s)(?:On|Am|Le|El)\s+$")


# The word that joins a name to its own date in an enumeration ("A on 15 August, B on 16
# August", "A am 15. August", "A le 15 août", "A el 15 de agosto").
_OWN_DATE = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:on|am|le|el|the)\s+(?=\d)", re.I)


def _own_date(sentence: str, name: str, table: Markers) -> FoundDate | None:
    """Return the date right after the person's name in an enumeration of names with
    dates, its year completed from a date of the same month the sentence prints whole."""
    start = next(
        (
            found.end() + joined.end()
            for found in re.finditer(re.escape(name), sentence)
            if (joined := _OWN_DATE.match(sentence[found.end() :]))
        ),
        None,
    )
    if start is None:
        return None
    own = first_date(sentence[start : start + 30], table.language)
    if own is None or own.start != 0 or own.day is None:
        return None
    if own.year is None:
        years = {
            d.year
            for d in find_dates(sentence, table.language)
            if d.year is not None and d.month == own.month
        }
        if len(years) == 1:
            own = dataclasses.replace(own, year=years.pop())
    return own


def _on_bail(sentence: str, said: re.Match[str], tables: list[Markers]) -> str | None:
    """Return the words of a release on bail or on conditions: the release's words with the
    bail's when they stand together ("released on bail", "gegen Kaution freigelassen",
    "puesto en libertad bajo fianza"), else the bail's alone ("released on 7 April on bail")."""
    for source in tables:
        for phrase in source.bail:
            words = re.escape(phrase).replace(r"\ ", r"\s+")
            bail = re.search(rf"(?<!\w){words}(?!\w)", sentence, re.I)
            if not bail:
                continue
            if said.start() <= bail.start() and bail.end() <= said.end():
                return sentence[bail.start() : said.end()]  # "gegen Kaution freigelassen"
            # the release's words without the auxiliary before them ("was", "a été", "fue")
            release = said.group().split()
            auxiliaries = {fold(word) for each in tables for word in each.bail_auxiliaries}
            while len(release) > 1 and fold(release[0]) in auxiliaries:
                release = release[1:]
            start = said.end() - len(" ".join(release))
            gap = sentence[said.end() : bail.start()] if bail.start() >= said.end() else "-"
            if len(gap.split()) <= 1 and not re.search(r"[,;:()]", gap):
                return sentence[start : bail.end()].strip()
            return bail.group()
    return None


def _groups(draft: Draft, lines: list[str], zones: Zones, table: Markers) -> None:
    """Read the groups of people the case is about ("at least 10 other individuals")."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    text = "\n".join(_prose(lines, zones, table) + lines[:15])
    lowered = text.lower()
    groups: list[dict[str, Any]] = []
    seen: set[str] = set()
    for source in tables:
        for phrase in source.groups:
            if not may_match(phrase, lowered):
                continue
            pattern = compile_phrase(phrase, source)
            position = 0
            while match := pattern.search(text, position):
                position = match.end()
                if _measure(match, text, source):
                    # "more than four years ago": a time or a distance, no people; a group
                    # may follow in the rest of the line
                    position = match.start("text")
                    continue
                if "text" not in match.groupdict() and _noun_follows(text, match.end(), source):
                    continue  # "zwei weitere Jahre", "deux autres militants": not left unsaid
                description = _group_phrase(match, text, source)
                if not _counts_people(match, description, source):
                    continue  # "more than 50 lashes", "Au moins deux sont ...": no people
                if _names_follow(text, match.start() + len(description), draft):
                    continue  # "deux autres membres, A et B": the named persons
                if _some_of(text[max(0, match.start() - 40) : match.start()], source):
                    continue  # "dos de las al menos 30 personas": the figure they were among
                if text[max(0, match.start() - 1) : match.start()] == "/":
                    continue  # "AU 120/07 Posibles presos": a number's year, no count
                count = _count(match, source)
                if _the_named_counted(description, count, draft):
                    continue  # "dos personas" where two are named: the persons
                key = fold(description)
                if key in seen or any(key in s or s in key for s in seen):
                    # "Otras cinco personas" after "cinco personas": the phrase with its
                    # quantifier names the same group
                    wider = next(
                        (
                            g
                            for g in groups
                            if fold(g["description"]) in key
                            and fold(g["description"]) != key
                            and g.get("count") == count
                        ),
                        None,
                    )
                    if wider is not None:
                        seen.add(key)
                        wider.update(_group(description, count, source))
                    continue
                if (
                    count
                    and any(g.get("count") == count for g in groups)
                    and not _OTHER.search(description)
                ):
                    # "more than 130 people ... 130 people detained": one group; "ten
                    # people ... ten others" are two
                    continue
                seen.add(key)
                group = _group(description, count, source)
                if "text" not in match.groupdict() and group.pop(_GENERIC, False):
                    group.pop("gender", None)
                if "text" not in match.groupdict() and _OTHER.search(description):
                    # "otras nueve": the grammar is the unsaid noun's ("personas"), no sex
                    words = {fold(w) for w in description.split()}
                    if not words & {fold(w) for w in source.male_words | source.female_words}:
                        group.pop("gender", None)
                groups.append(group)
    named = len(draft.record.get("persons", []))
    # A count said in the headline or the first paragraphs introduces the case's group; one
    # said later is mostly about others ("six men were executed last year").
    prose = [p for p in _prose(lines, zones, table) if len(p) >= 100][:2]
    lead = "\n".join([line for line in lines[:15] if len(line) < 120] + prose)
    for description, count in _counted_people(lead, tables):
        key = fold(description)
        if any(key in s or s in key for s in seen) or any(g.get("count") == count for g in groups):
            continue
        if count <= named or count == named + sum(g.get("count") or 0 for g in groups):
            continue  # "two activists", "11 women": the persons and groups already found
        seen.add(key)
        groups.append(_group(description, count, table))
    # A rough count of people in the headline or the lead ("Dozens of students were
    # detained", "Hunderte Demonstrierende", "más de un centenar de campesinos"): a group with
    # no count, unless one found already names them.
    # A second rough count is mostly the same people again or others of the context ("500
    # MANIFESTANTES ... centenares de personas ... decenas de personas"): the first is kept.
    for description, noun in _roughly_counted_people(lead, tables)[:1]:
        key = fold(description)
        if any(key in s or s in key for s in seen):
            continue
        if any(fold(g["description"]).endswith(fold(noun)) for g in groups):
            continue  # "At least 80 human rights defenders ... dozens of human rights defenders"
        seen.add(key)
        groups.append(_group(description, None, table))
    # A count that only ever says what named people are, or counts a crowd or a year's
    # tally, is context ("X and Y are two activists", "over 20 people gathered outside her
    # home", "In 2019 Belarus executed at least two men"): no group, unless the demands or
    # the headline below speak for them.
    kept = [g for g in groups if not _only_context(g["description"], text, tables)]
    for dropped in groups:
        if dropped not in kept:
            seen.discard(fold(dropped["description"]))
    groups = [g for g in kept if not _earlier_figure(g, kept, text)]
    for dropped in kept:
        if dropped not in groups:
            seen.discard(fold(dropped["description"]))
    # A casualty figure ("At least three individuals died", "siete personas han muerto") is
    # context, unless the headline or the demands speak of the deaths ("investigation into
    # all the cases of violent deaths", "manifestantes muertos"): then the dead are a group
    # the action speaks for (their state marked below).
    said_for = [str(d) for d in draft.record.get("demands") or []]
    said_for.append(str(draft.record.get("title") or ""))
    deaths = _words_of(tables, "death_words")
    spoken_of = any(fold(w).strip(",.;:!?") in deaths for w in " ".join(said_for).split())
    dead = [g for g in groups if _casualty(g["description"], text, tables)]
    for group in dead:
        if not spoken_of:
            groups.remove(group)
            seen.discard(fold(group["description"]))
    for group in groups:
        if group.get("count"):
            group["description"] = _with_about(group["description"], text, tables)
    # The demands and the headline speak for the people they count, even when they point
    # back to them ("no death sentences are carried out on the 105 men", "l'exécution des
    # 14 hommes"): a group, unless the named persons are all it counts.
    spoken = [str(d) for d in draft.record.get("demands") or []]
    spoken.append(str(draft.record.get("title") or ""))
    for description, count in _counted_people("\n".join(spoken), tables, back=True):
        key = fold(description)
        if any(key in s or s in key for s in seen) or any(g.get("count") == count for g in groups):
            continue
        if count <= named or count == named + sum(g.get("count") or 0 for g in groups):
            continue
        seen.add(key)
        groups.append(_group(description, count, table))
    # "all other people detained", "toutes les autres personnes", "todos los demás
    # representantes", "alle anderen Inhaftierten": everyone else in the named persons' case,
    # whom the action speaks for with them.
    for everyone in _ALL_OTHERS.finditer("\n".join([text, *spoken])):
        others = everyone.group("text").split()[:3]
        last = next(
            (n for n, w in enumerate(others) for t in tables if noun_phrases.is_people_noun(w, t)),
            None,
        )
        if last is None:
            continue
        description = " ".join([everyone.group("all"), *others[: last + 1]]).rstrip(" ,.;:")
        key = fold(description)
        if any(key in s or s in key for s in seen):
            continue
        seen.add(key)
        groups.append({"description": description})
    # Nobody named and no group found: a count that points back to people in the headline or
    # the lead ("Die beiden Männer wurden ... verurteilt", "the two men", "los cinco
    # detenidos") is the people the action is about, left unnamed; marked, as it may point
    # back to people of the context.
    unnamed = None
    if not named and not groups:
        for description, count in _counted_people(lead, tables, back=True):
            if fold(description.split()[0]) not in _BACK or _only_context(
                description, text, tables
            ):
                continue
            unnamed = len(groups)
            groups.append(_group(description, count, table))
            break
    # A person's family is a group the action speaks for where the headline or a demand
    # names it with the person ("Farai Maguwu and his family", "safeguard X and her family's
    # personal integrity") or the text says it is threatened ("His life and that of his
    # family may be in danger", "Las familias de estas personas también fueron amenazadas").
    heads = [line for line in lines[:15] if len(line) < 120] + spoken
    families = []
    for description in _family_groups(text, "\n".join(heads), tables):
        key = fold(description)
        if not any(key in s or s in key for s in seen):
            seen.add(key)
            families.append(len(groups))
            groups.append({"description": description})
    # One more person left unnamed after the named ones ("A, B et un troisième homme ont
    # été passés par les armes", "C and one other person whose name is unknown"): a group
    # of one, with the gender its noun gives.
    for description in _one_more(text, tables):
        key = fold(description)
        if not any(key in s or s in key for s in seen):
            seen.add(key)
            groups.append(_group(description, 1, table))
    # The members of a body named by its name are a group the action speaks for where the
    # headline or a demand names them ("stop harassing members of the Association of
    # Democrats", "COLOMBIA Members of the Peace Community of San José") or the text says
    # they are threatened.
    # The headline's members are the persons when it names several ("Inform Members of
    # TRACKS of the Reasons for Their Arrest" above ten names).
    members = []
    demanded = "\n".join(str(d) for d in draft.record.get("demands") or [])
    if named < 2:
        demanded = "\n".join([*heads, demanded])
    for description in _members_groups(text, demanded, draft, tables):
        key = fold(description)
        body = fold(description.split()[-1]).strip("()")
        if any(body in fold(g["description"]) for g in groups):
            continue  # "7 jeunes activistes du mouvement Lucha" ... "les membres de la Lucha"
        if not any(key in s or s in key for s in seen):
            seen.add(key)
            members.append(len(groups))
            groups.append({"description": description})
    # The roll of names above the case's text ends with the others it speaks for, uncounted
    # ("Ayda Example (f) and other members of various organizations (m+f)", a line "Other
    # members of the human rights organization X, ..."): a group; marked, as the line's end
    # is read as the phrase's.
    rolled = []
    for description in _roll_others(lines[:30], tables):
        key = fold(description)
        if not any(key in s or s in key for s in seen):
            seen.add(key)
            rolled.append(len(groups))
            groups.append({"description": description})
    # A group counted in neutral words ("14 personnes") may be said to be men or women
    # where the text counts it again ("les 14 hommes").
    genders: dict[int, set[str]] = {}
    for description, count in _counted_people(text, tables, back=True):
        counted = _group(description, count, table)
        said = counted.get("gender")
        if said and not counted.get(_GENERIC):  # "los 14 detenidos" may be generic
            genders.setdefault(count, set()).add(said)
    for group in groups:
        said_of = genders.get(group.get("count") or 0, set())
        both = _both_sexes({fold(w) for w in re.findall(r"[^\W\d_]+", group["description"])}, table)
        if not group.get("gender") and len(said_of) == 1 and not both:
            group["gender"] = next(iter(said_of))  # "14 personnes" ... "les 14 hommes"
    for group in groups:
        status = _group_status(group["description"], text, table)
        if status:
            group["status"] = status
        elif any(group is g for g in dead):
            group["status"] = {"state": "dead"}
    # ... or where the text points back to it with its count ("The twelve students were
    # released", "Ces 12 personnes ont été remises en liberté", "Los 12 trabajadores fueron
    # puestos en libertad").
    for description, count in _counted_people(text, tables, back=True):
        if fold(description.split()[0]) not in _BACK:
            continue
        for group in groups:
            if group.get("count") == count and "status" not in group:
                status = _group_status(description, text, table)
                if status:
                    group["status"] = status
    # ... or where it points back to it by its count alone, a verb right after ("the seven
    # were executed on 13 March", "los siete fueron ejecutados", "les sept ont été libérés").
    for group in groups:
        if "status" not in group and (group.get("count") or 0) >= 2:
            status = _status_by_count_alone(group["count"], text, tables)
            if status:
                group["status"] = status
    # ... or where it names the group again by its noun alone ("The activists were released
    # between 7 and 10 June", "Les manifestants ont été libérés"): only when no person is
    # named and no other group has that noun, and marked, as the noun may mean others.
    households = _words_of(tables, "household_nouns")
    for group in groups:
        group["description"] = _cut_at_line_end(group["description"], lines)
        if {fold(w) for w in re.split(r"[\s-]+", group["description"])} & households:
            group.pop("count", None)  # "some 300 families": households, not a head count
    # The groups in the order the text first names them, as a reader lists them ("816
    # personas ... 13 personas"), whichever rule found them.
    flat = " ".join(text.split()).lower()
    order = sorted(range(len(groups)), key=lambda n: (_first_said(groups[n], flat), n))
    place = {old: new for new, old in enumerate(order)}
    groups = [groups[n] for n in order]
    unnamed = None if unnamed is None else place[unnamed]
    families = [place[n] for n in families]
    rolled = [place[n] for n in rolled]
    members = [place[n] for n in members]
    again = _status_named_again(groups, text, table) if not draft.record.get("persons") else []
    generic = [n for n, g in enumerate(groups) if g.pop(_GENERIC, False)]
    if groups:
        draft.put(("groups",), groups, rule="groups.prose")
    if unnamed is not None:
        draft.todo(
            ("groups", unnamed, "description"),
            "no person is named: the group was read from people the text points back to "
            f"('{groups[unnamed]['description']}'): check they are the action's",
        )
    for at in generic:
        if groups[at].get("gender") != "male":
            continue
        # A German masculine plural ("Aktivisten") is also the generic one: the reviewer
        # checks whether women are among them.
        draft.todo(
            ("groups", at, "gender"),
            "gender from a masculine plural, which may also speak of women: check",
        )
    for number, said in again:
        draft.todo(
            ("groups", number, "status"),
            f"read where the text names the group again ('{said}'): check it is this group's",
        )
    for number in families:
        draft.todo(
            ("groups", number),
            "a family named with the person or said to be threatened: check the action "
            "speaks for them",
        )
    for number in rolled:
        draft.todo(
            ("groups", number),
            "others the roll of names ends with: check where the group's phrase ends",
        )
    for number in members:
        draft.todo(
            ("groups", number),
            "members of a body the headline or a demand names, or said to be threatened: "
            "check the action speaks for them and where the body's name ends",
        )
    for number, group in enumerate(groups):
        if any(group is g for g in dead):
            draft.todo(
                ("groups", number),
                "a count of people said to have died: check the action speaks for them",
            )


# A line of a roll that names others without a count: the line opens with them ("Other
# members of X", "Weitere Mitglieder von X", "Otros miembros de X") or an "and" joins them to
# a name with its marker ("A (f) and other members of X (m+f)").
# Any language's words, as any text may print a roll's line (the tables' `roll_others`,
# `roll_and`).
_ROLL_AND = _either(every_language("roll_and"))
_ROLL_OTHERS = re.compile(
    rf"(?:^(?:(?:{_ROLL_AND})\s+)?|\)\s+(?:{_ROLL_AND})\s+)"
    rf"(?P<text>(?:{_either(every_language('roll_others'))})\s+[^,;:()\n]+)",
    re.I,
)


# A roll's gender marker after a name or a group: "(m)", "(f)", "(h)", "(w)", "(m+f)",
# "(female)", "(she/her)".
_ROLL_MARK = re.compile(
    r"\((?:[mfhw](?:\s*\+\s*[mfhw])*|male|female|he/him|she/her|they/them)\)", re.I
)


def _roll_others(lines: list[str], tables: list[Markers]) -> list[str]:
    """Return the uncounted others a roll of names gives on a line (see `_ROLL_OTHERS`) that
    holds a gender marker or stands right under one (a roll's line): the noun phrase up to
    the line's end, a comma, a bracket or a clause, when a listed plural noun for people is
    among its first three words after "other" ("Other forms of ill-treatment", "Weitere
    Informationen" are no people)."""
    found = []
    for number, line in enumerate(lines):
        said = _ROLL_OTHERS.search(line.strip())
        if not said or len(line) > 200:
            continue
        above = next((item for item in reversed(lines[:number]) if item.strip()), "")
        if not any(_ROLL_MARK.search(item) for item in (line, above)):
            continue  # no roll here: "Other students who joined the protest were released"
        description = said.group("text").strip(" .")
        words = description.split()
        if any(
            {fold(w) for w in words[1:4]} & person_finder._folded(t, "people_nouns") for t in tables
        ):
            # a listed noun: "Weitere Aktionen" are no people; the phrase ends where a
            # clause opens ("Other members of X who were ...")
            kept = 1 + noun_phrases.phrase_length(words[1:], tables[0])
            found.append(" ".join(words[: max(kept, 2)]).rstrip(" ,.;:"))
    return found


# Nouns that say only that people are meant ("two people", "dos personas", "zwei Menschen"),
# in any language (the tables' `only_people`), folded.
_ONLY_PEOPLE = frozenset(fold(w) for w in every_language("only_people"))


def _the_named_counted(description: str, count: int | None, draft: Draft) -> bool:
    """Say whether a group phrase only counts the named persons: all of them, by a noun that
    says nothing more of them ("dos personas" where two are named). A bound ("at least five
    people"), "others", or a noun that says who they are ("7 jeunes activistes du mouvement
    X": how the action names them together) may be a group of its own."""
    words = [fold(w) for w in description.split()[1:]]
    return (
        bool(count)
        and count == len(draft.record.get("persons", []))
        and bool(words)
        and all(w in _ONLY_PEOPLE for w in words)
    )


def _cut_at_line_end(description: str, lines: list[str]) -> str:
    """Return a group's description cut where a line of its own ends ("Up to 200 other
    members of evangelical churches" above "Human Rights Concerns: ..."; a roll's last item
    "And 30 other supporters of the X Party" above "Those named above, ..."): a phrase that
    opens its line, ends with it and runs on into a line that begins with a capital was
    joined with the next paragraph, not wrapped (a name wrapped after a short lower-case
    word goes on: see `_wrapped_name`)."""
    words = description.split()
    for number, line in enumerate(lines[:-1]):
        said = line.split()
        following = lines[number + 1].split()
        if not following or not following[0][:1].isupper() or len(said) >= len(words):
            continue
        for start in range(min(3, len(said))):
            head = said[start:]
            if words[: len(head)] == head and words[len(head)] == following[0]:
                return " ".join(head)
    return description


def _first_said(group: dict[str, Any], flat: str) -> int:
    """Return where a text (`flat`: lower case, its white space runs made one space) first
    gives a group's description, or the text's length when it gives it only elsewhere (a
    demand, the headline run into other words)."""
    at = flat.find(" ".join(group["description"].split()).lower())
    return at if at >= 0 else len(flat)


@cache
def _count_alone(count: int, table: Markers) -> re.Pattern[str]:
    """Return the expression of a definite word and a count with no noun ("the seven",
    "los siete", "die zehn"), made once per count and table."""
    spelled = sorted(
        {str(count), *(w for w, n in table.number_words.items() if n == count)},
        key=len,
        reverse=True,
    )
    words = "|".join(sorted(_BACK, key=len, reverse=True))
    numbers = "|".join(re.escape(w) for w in spelled)
    return re.compile(rf"(?<![\w-])(?:{words})\s+(?:{numbers})(?![\w-])", re.I)


def _status_by_count_alone(count: int, text: str, tables: list[Markers]) -> dict[str, Any] | None:
    """Return the status said where the text points back to a group by its count alone,
    its verb right after ("The seven were executed on 13 March", "los siete fueron
    ejecutados el 13 de marzo"): no noun between, so the count is the people's; and the
    date right after the verb."""
    for table in tables:
        verbs = {
            fold(w)
            for w in table.group_ends
            | table.perfect_auxiliaries
            | table.plural_copulas
            | table.bail_auxiliaries
        }
        for again in _count_alone(count, table).finditer(text):
            following = re.match(r"\s+([^\W\d_]+)", text[again.end() :])
            if not following or fold(following.group(1)) not in verbs:
                continue
            status = _group_status(again.group(), text[again.start() :], table)
            if not status:
                continue
            if "date" not in status and "date_text" not in status:
                # "fueron ejecutados el 13 de marzo": the date a few words on, in its clause
                clause = re.split(r"[.;:!?\n]", text[again.end() : again.end() + 80])[0]
                on = re.search(r"\s(?:on|el|le|am)\s+", clause, re.I)
                when = first_date(clause[on.end() :], table.language) if on else None
                if on and when and when.start == 0 and len(clause[: on.start()].split()) <= 3:
                    if when.full():
                        status["date"] = when.iso()
                    else:
                        status["date_text"] = when.text
            return status
    return None


def _status_named_again(
    groups: list[dict[str, Any]], text: str, table: Markers
) -> list[tuple[int, str]]:
    """Give each group with no status the one said where a plural with a definite word
    names it again by its last noun ("the activists", "die Aktivisten", "los presos"); return
    the groups given one, with the words that named them."""
    nouns = Counter(fold(group["description"].split()[-1]) for group in groups)
    found = []
    for number, group in enumerate(groups):
        noun = group["description"].split()[-1]
        if "status" in group or nouns[fold(noun)] != 1 or len(noun) < 4 or not noun.isalpha():
            continue
        words = "|".join(sorted(_BACK, key=len, reverse=True))
        for again in re.finditer(rf"(?<!\w)(?:{words})\s+{re.escape(noun)}(?!\w)", text, re.I):
            status = _group_status(again.group(), text[again.start() :], table)
            if status:
                group["status"] = status
                found.append((number, again.group()))
                break
    return found


def _noun_follows(text: str, end: int, table: Markers) -> bool:
    """Say whether a counted "other" with no noun ("neun weitere", "trois autres", "otros
    tres") is followed by a noun after all, so that it leaves no people unsaid: in German a
    capitalised word (maybe after an adjective), in French and Spanish a plural ("deux autres
    militants", "otros dos años"; their verbs end otherwise: "purgent", "fueron")."""
    if table.language not in ("de", "fr", "es"):
        return False
    words = re.findall(r"[^\W\d_][\w'’·*-]*|[^\w\s]", text[end : end + 60])
    if not words or not words[0][:1].isalpha():
        return False  # "neun weitere.", "trois autres, ...": nothing follows
    first = words[0]
    if table.language == "de":
        verbs: set[str] = {fold(w) for w in table.group_ends | table.perfect_auxiliaries}
        verbs |= {fold(w) for w in table.plural_copulas}
        second = words[1] if len(words) > 1 else ""
        return bool(
            first[:1].isupper()
            or (fold(first) not in verbs and second[:1].isupper() and first.endswith(("e", "en")))
        )
    return bool(first.lower().endswith(("s", "x")))


def _names_follow(text: str, end: int, draft: Draft) -> bool:
    """Say whether a group phrase is followed by names found as persons ("two other members
    of the movement, A and B, were arrested", "four other doctors from the same hospital –
    A, B, C and D"): the group is those persons."""
    after = text[end : end + 120]
    # the names right after the phrase, or after a dash, a colon or a bracket that closes a
    # few more words of it in the same sentence
    said = re.match(r"\s*[,:(–—-]", after) or re.match(r"[^.;:\n(–—]{0,40}\s[:(–—]", after)
    if not said:
        return False
    names = [str(p.get("name", "")) for p in draft.record.get("persons", [])]
    return any(name and name in after[said.end() :] for name in names)


# "all other ...", in each language: the people of a case beyond those it names.
_ALL_OTHERS = re.compile(
    r"(?<!\w)(?P<all>all\s+(?:the\s+)?other|tou(?:te)?s\s+les\s+autres"
    r"|tod[oa]s\s+l[oa]s\s+(?:demás|otr[oa]s)|alle\s+(?:anderen|weiteren))"
    r"\s+(?P<text>[^\n.;:]+)",
    re.I,
)


def _earlier_figure(group: dict[str, Any], groups: list[dict[str, Any]], text: str) -> bool:
    """Say whether a group counted with a lower bound is an earlier figure of another group
    the text counts exactly and higher with the same words further on ("more than 30 health
    professionals had been arrested ... Now, 47 health professionals have been charged";
    "mindestens 20 Studierende ... 26 Studierende"): one group, whose last count is kept. Not
    a lower bound after the exact count ("28 personnes ... Au moins six personnes": some of
    them), nor two lower bounds (a crackdown's tallies)."""
    said = re.match(rf"{_AT_LEAST}\s+\S+\s+(.+)", group["description"], re.I)
    at = text.find(group["description"])
    if not said or not group.get("count") or at < 0:
        return False
    for other in groups:
        words = re.match(r"\S+\s+(.+)", other["description"])
        if (
            other is not group
            and words
            and not re.match(_AT_LEAST, other["description"], re.I)
            and text.find(other["description"], at) > at
            and (a := fold(words.group(1))).split()[:1] == (b := fold(said.group(1))).split()[:1]
            and (a.startswith(b) or b.startswith(a))
            and (other.get("count") or 0) > group["count"]
            and not _OTHER.search(other["description"])
        ):
            return True
    return False


@cache
def _family_patterns(table: Markers) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Return a table's family phrases and threatened words as two patterns (made once)."""
    if not table.family_groups or not table.threatened_words:
        return None

    def alternatives(phrases: tuple[str, ...]) -> str:
        ordered = sorted(phrases, key=len, reverse=True)
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)

    return (
        re.compile(rf"(?<!\w)(?:{alternatives(table.family_groups)})(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?:{alternatives(table.threatened_words)})(?!\w)", re.I),
    )


def _family_groups(text: str, heads: str, tables: list[Markers]) -> list[str]:
    """Return the families the action speaks for: named with a person after "and" in the
    headline or the demands (`heads`), or said to be threatened in the rest of their
    sentence; a phrase that ends in a determiner ("las familias de estas") takes the people
    noun after it."""
    found: list[str] = []
    for source in tables:
        patterns = _family_patterns(source)
        if patterns is None:
            continue
        family, threatened = patterns
        ands = person_finder._folded(source, "and_words")
        for where, in_heads in ((heads, True), (text, False)):
            for match in family.finditer(where):
                description = match.group()
                rest = where[match.end() :]
                if not fold(description.split()[-1]).startswith("famil"):
                    noun = re.match(r"\s+([^\W\d_][\w-]*)", rest)
                    if not noun or not noun_phrases.is_people_noun(noun.group(1), source):
                        continue
                    description += noun.group()
                    rest = rest[noun.end() :]
                if in_heads:
                    before = where[max(0, match.start() - 40) : match.start()].split()
                    if (
                        len(before) < 2
                        or fold(before[-1]) not in ands
                        or not (before[-2][:1].isupper() or before[-2].endswith(")"))
                    ):
                        continue  # "X and his family": named with the person, by name
                else:
                    sentence = re.split(r"[.;!?\n]", rest, maxsplit=1)[0]
                    if not threatened.search(" ".join(sentence.split()[:8])):
                        continue
                if description not in found:
                    found.append(description)
    return found


@cache
def _one_more_pattern(table: Markers) -> re.Pattern[str] | None:
    """Return a table's phrases for one more unnamed person as a pattern (made once)."""
    if not table.one_more:
        return None
    ordered = sorted(table.one_more, key=len, reverse=True)
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.I)


def _one_more(text: str, tables: list[Markers]) -> list[str]:
    """Return the phrases of one more person left unnamed that an "and" joins to a name
    ("Ahmed Isa et un troisième homme"), not to a noun ("leur cousin et un autre homme")."""
    found: list[str] = []
    for source in tables:
        pattern = _one_more_pattern(source)
        if pattern is None:
            continue
        ands = person_finder._folded(source, "and_words")
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 40) : match.start()].split()
            end = match.end()
            after = text[end:].split("\n", 1)[0].split()
            phrase = " ".join(match.group().lower().split())
            if any(other.startswith(phrase + " ") for other in source.one_more):
                # a phrase without its noun (one the table gives longer too, "one other"):
                # "one other reporter were arrested" goes on over its noun; bare ("and one
                # other, name unknown") only where the clause ends
                kept = noun_phrases.phrase_length(after, source)
                if any(_is_person_word(word, source) for word in after[:kept]):
                    words = re.match(rf"(?:[ \t]+\S+){{{kept}}}", text[end:])
                    end += len(words.group().rstrip(",.;:")) if words else 0
                elif not _NAME_UNKNOWN.match(text, end) and not _CLAUSE_END.match(text, end):
                    continue
            unknown = _NAME_UNKNOWN.match(text, end)
            said = text[match.start() : end] + (unknown.group() if unknown else "")
            if (
                len(before) >= 2
                and fold(before[-1]) in ands
                and before[-2][:1].isupper()
                and said not in found
            ):
                found.append(said)
    return found


# Where a clause ends right after a phrase: punctuation, a bracket or the line's end.
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:)]|$)", re.M)


def _is_person_word(word: str, table: Markers) -> bool:
    """Say whether a word names a person or people: a role ("reporter"), a word for a man
    or a woman, or a plural noun for people."""
    folded = fold(word.strip(",.;:()"))
    return any(
        folded in person_finder._folded(table, kind, english=True)
        for kind in ("role_words", "male_words", "female_words")
    ) or noun_phrases.is_people_noun(word, table)


# What a roll says of a person it cannot name, set off right after the phrase ("and one
# other, name unknown", "une autre personne (nom inconnu)"): part of the group's
# description; a relative clause ("whose name is unknown") is not (README: the noun phrase
# without the clause around it).
# Any language's words (the tables' `name_unknown`).
_UNKNOWN = _either(every_language("name_unknown"))
_NAME_UNKNOWN = re.compile(rf",\s*(?:{_UNKNOWN})(?!\w)|\s*\((?:{_UNKNOWN})\)", re.I)


# A plural noun for members with no count before it ("members of", "miembros de").
_MEMBERS_NOUN = re.compile(
    r"(?<![\w,])(?:(?:the|los|las|les|die|des)\s+)?"
    r"(?:members|mitglieder|membres|miembros|integrantes)(?=\s)",
    re.I,
)


def _wrapped_name(text: str) -> str:
    """Return the first line of `text`, and the next one too when a hard line break cuts a
    name after a short lower-case word ("Unidad de Protección de Defensoras y" /
    "Defensores de Derechos Humanos(UPDDH), ..."): the name goes on below."""
    line, *below = text.split("\n", 3)
    following = next((b for b in below[:2] if b.strip()), "")  # a double-spaced copy's too
    last = line.split()[-1:]
    if last and last[0].islower() and len(last[0]) <= 4 and following[:1].isupper():
        return f"{line} {following}"
    return line


def _members_groups(text: str, heads: str, draft: Draft, tables: list[Markers]) -> list[str]:
    """Return the members of a body named by its name whom the headline or the demands
    (`heads`) name, or the text says are threatened: the noun, maybe its article, and the
    body's name ("members of the Association of Democrats", "los miembros del Centro de
    Información Legal (Cubalex)"). Not after a count (a counted group) nor as what people
    named right before are ("A and B, members of X")."""
    found: list[str] = []
    names = [str(p.get("name", "")) for p in draft.record.get("persons", [])]
    for where, in_heads in ((heads, True), (text, False)):
        for match in _MEMBERS_NOUN.finditer(where):
            before = where[max(0, match.start() - 60) : match.start()]
            words = before.split()
            if words and (
                re.search(r"\d", words[-1])
                or any(fold(words[-1]) in t.number_words for t in tables)
                or words[-1].endswith(",")
                or any(name and before.rstrip().endswith(name) for name in names)
            ):
                continue
            rest = _wrapped_name(where[match.end() :]).split()
            for source in tables:
                kept = noun_phrases.named_body(match.group().split()[-1], rest, source)
                if kept:
                    break
            else:
                continue
            description = " ".join([match.group(), *rest[:kept]]).rstrip(" ,.;:")
            if not in_heads:
                sentence = re.split(r"[.;!?]", " ".join(rest[kept:]), maxsplit=1)[0]
                threatened = [_family_patterns(t) for t in tables]
                if not any(p and p[1].search(" ".join(sentence.split()[:8])) for p in threatened):
                    continue
            if description not in found:
                found.append(description)
    return found


# The preposition that makes a count the object of a noun before it ("arrest of").
_TALLY_OF = frozenset({"of", "de", "des", "del", "von"})


def _words_of(tables: list[Markers], kind: str) -> frozenset[str]:
    """Return the folded words `kind` of all `tables`."""
    return frozenset().union(*(person_finder._folded(t, kind) for t in tables))


def _casualty(description: str, text: str, tables: list[Markers]) -> bool:
    """Say whether every place the text gives a group's phrase says its people died: a word
    of death among the words after its count's noun, before the clause ends ("At least 20
    people have reportedly been killed, ...", "siete personas han muerto"); not what may
    happen to them ("at risk of being killed") nor a relative clause ("who were killed")."""
    places = [m.start() for m in re.finditer(re.escape(description), text)]
    if not places:
        return False
    died = _words_of(tables, "casualty_words")
    stops = _words_of(tables, "relative_pronouns") | _words_of(tables, "risk_words")
    for at in places:
        words = text[at:].split("\n", 1)[0].split()
        noun = next(
            (
                n
                for n, w in enumerate(words[:8])
                for t in tables
                if noun_phrases.is_people_noun(w, t)
            ),
            None,
        )
        if noun is None:
            return False
        found = False
        for word in words[noun + 1 : noun + 6]:
            folded = fold(word)
            if folded in stops:
                break
            if folded.strip(",.;:!?") in died:
                found = True
                break
            if word.endswith(tuple(",.;:!?()")):
                break
        if not found:
            return False
    return True


def _only_context(description: str, text: str, tables: list[Markers]) -> bool:
    """Say whether every place the text gives a group's phrase makes it context: the
    predicate or the apposition of people named before ("X and Y are two activists", "X and Y
    – two young activists"), a crowd ("over 20 people gathered"), a year's tally ("In 2019
    Belarus has executed at least two men")."""
    places = [m.start() for m in re.finditer(re.escape(description), text)]
    return bool(places) and all(
        _context_at(text, at, at + len(description), tables) for at in places
    )


# Thanks in the sentence before a count ("We thank the more than 4,000 people who signed",
# "Damos las gracias a las más de 4.000 personas", "Merci aux 5 000 personnes", "Danke an die
# 2.000 Menschen"): the count is the action's supporters, not people it speaks for.
_THANKED = re.compile(
    r"(?<!\w)(?:thanks?|thanking|grateful|gratitude|gracias|agradec\w*|merci|remerci\w*"
    r"|danke?|dankbar|bedank\w*)(?!\w)",
    re.I,
)


# Solidarity with people ("in solidarity with hundreds of prisoners", "en solidarité avec",
# "en solidaridad con", "aus Solidarität mit"), or joining them ("joining hundreds of
# prisoners in their hunger strike"): others the person acted with, not the action's.
_IN_SOLIDARITY = re.compile(
    r"(?<!\w)(?:solidarity\s+with|solidarité\s+avec|solidaridad\s+con|solidarität\s+mit"
    r"|joining|rejoignant|uniéndose\s+a|sumándose\s+a)"
    r"(?!\w)",
    re.I,
)


# A count said to exist (the table's `existential`, "There are currently more than 7,000
# people on death row", "As of December, there were 345 prisoners under sentence of death"):
# a statistic of the context, not people the action speaks for (unless the sentence opens
# with "among": "Among them there are 20 minors").
@cache
def _existential(table: Markers) -> re.Pattern[str] | None:
    """Return the table's words that say a count exists, at a text's end (made once)."""
    if not table.existential:
        return None
    said = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in table.existential)
    adverbs = "|".join(re.escape(p) for p in table.existential_adverbs)
    adverb = rf"(?:\s+(?:{adverbs}))?" if adverbs else ""
    return re.compile(rf"(?<!\w)(?:{said}){adverb}\s+$", re.I)


# The count up to which an exact number after "there were" may be the action's own people
# ("there were 14 students arrested"); a larger one is a statistic however it goes on.
_EVENT_COUNT = 50


def _existential_event(description: str, after: str, tables: list[Markers]) -> bool:
    """Say whether a count said to exist is an event's people, not a statistic: a small,
    exact count whose noun a past participle follows ("there were 14 students arrested",
    "hay 14 estudiantes detenidos"); not "there are 7,000 people on death row"."""
    said = description.split()
    if len(said) < 2:
        return False
    numbers = {fold(w): n for t in tables for w, n in t.number_words.items()}
    first = fold(said[0])
    count = int(first) if first.isdigit() else numbers.get(first)
    if count is None or count >= _EVENT_COUNT:
        return False
    # the participle closes the phrase ("12 estudiantes detenidos") or follows it
    following = after.split()[:1] if after[:1] in (" ", "\t") else []
    return any(noun_phrases.is_participle(w, t) for w in [*said[2:], *following] for t in tables)


def _context_at(text: str, start: int, end: int, tables: list[Markers]) -> bool:
    before = text[max(0, start - 200) : start]
    words = before.split()
    sentence = re.split(r"[.!?]\s|\n", before)[-1]
    said = sentence.split()
    ands = {fold(w) for t in tables for w in t.and_words}
    if (
        words
        and fold(words[-1]) in {fold(w) for t in tables for w in t.plural_copulas}
        and any(fold(w) in ands for w in said[:-1])
    ):
        # "X and Y are two activists": what the people named before are; not a copula that
        # only opens the sentence ("Seit Mai sind zwölf Kleinbauern in Haft")
        return True
    if re.search(r"\b[A-ZÀ-Ý][\w'’-]+\s+[–—-]\s*$", before) and re.match(
        r"[^.;\n]*?\s[–—-]\s", text[end:]
    ):
        return True  # "X and Y – two young activists – were": an apposition to names
    if said and fold(said[-1]) in _words_of(tables, "gathering_verbs"):
        return True  # "likely to attract more than 1,000 people": a gathering's size
    ending = " ".join(fold(w) for w in said[-2:]).strip(" ,")
    if (
        len(said) >= 2
        and fold(said[-1]) in _TALLY_OF
        and fold(said[-2]) in _words_of(tables, "tally_nouns")
    ):
        return True  # "the arrest of five people", "la masacre de 196 personas": a figure
    subsets = _words_of(tables, "subset_words")
    if ending and any(ending == w or ending.endswith(" " + w) for w in subsets):
        return True  # "siete personas han muerto, entre ellas dos adolescentes": some of them
    among = _words_of(tables, "among") - {"of"}
    if (
        any(said_so.search(sentence) for t in tables if (said_so := _existential(t)))
        and not (said and fold(said[0]) in among)
        and not _existential_event(text[start:end], text[end:], tables)
    ):
        # "There are currently more than 7,000 people on death row": a statistic; not "Entre
        # estas personas, hay más de 100 adolescentes" (some of the action's people)
        return True
    thanked = list(_THANKED.finditer(sentence))
    if thanked and len(sentence[thanked[-1].end() :].split()) <= 5:
        return True  # "Thanks to the more than 4,000 people who signed": the supporters
    joined = list(_IN_SOLIDARITY.finditer(sentence))
    if joined and len(sentence[joined[-1].end() :].split()) <= 2:
        return True  # "in solidarity with hundreds of prisoners": others the person joined
    crowd = {fold(w) for t in tables for w in t.crowd_verbs}
    # the phrase's last word too: a verb the phrase ran into ("más de 30 personas marcharon");
    # not a verb inside a relative clause ("40 other farmers who had marched")
    rest = text[start:end].split()[-1:] + text[end:].split("\n", 1)[0].split()[:3]
    relatives = {fold(w) for t in tables for w in t.relative_pronouns}
    rest = rest[: next((n for n, w in enumerate(rest) if fold(w) in relatives), len(rest))]
    if any(fold(w).strip(",.;:") in crowd for w in rest):
        return True  # "a group of over 20 people gathered outside her home"
    tally = "|".join(re.escape(w).replace(r"\ ", r"\s+") for t in tables for w in t.year_tally)
    return bool(tally) and bool(
        re.match(rf"\s*(?:{tally})\s+(?:19|20)\d\d\b(?!\s*[-/.]\d)", sentence, re.I)
    )


def _with_about(description: str, text: str, tables: list[Markers]) -> str:
    """Return a counted group's description with the word before its count that makes the
    count an approximation ("some 30 people", "etwa 30 Menschen", "unos 30 campesinos")."""
    at = text.find(description)
    if at < 0:
        return description
    before = text[max(0, at - 40) : at]
    for word in sorted((w for t in tables for w in t.about_words), key=len, reverse=True):
        said = re.search(rf"(?<![\w'’]){re.escape(word)}\s+$", before, re.I)
        if said:
            return before[said.start() :] + description
    return description


def _group(description: str, count: int | None, table: Markers) -> dict[str, Any]:
    """Return a group record, with the gender its words give ("Four other men")."""
    group: dict[str, Any] = {"description": description}
    if count:
        group["count"] = count
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", description)}
    if _both_sexes(words, table):
        return group  # "hombres y mujeres", "defensores y defensoras": men and women
    if words & {fold(w) for w in table.male_words}:
        group["gender"] = "male"
    elif words & {fold(w) for w in table.female_words}:
        group["gender"] = "female"
    elif said := _plural_gender(description, table):
        group["gender"] = said  # "otras integrantes", "vier Kurden": the plural's gender
        if said == "male":
            group[_GENERIC] = True  # a masculine plural may speak of men and women
    return group


def _both_sexes(words: set[str], table: Markers) -> bool:
    """Say whether a group's (folded) words name men and women: a word for men and one for
    women ("men and women", "hommes et femmes"), or a people noun in both its forms
    ("defensores y defensoras", "Aktivistinnen und Aktivisten", "militants et militantes")."""
    if words & {fold(w) for w in table.male_words} and words & {
        fold(w) for w in table.female_words
    }:
        return True
    nouns = sorted(w for w in words if len(w) >= 6 and noun_phrases.is_people_noun(w, table))
    return any(a != b and a[:5] == b[:5] for a in nouns for b in nouns)


_GENERIC = "_generic_masculine"

# The gender a plural's grammar gives (German, French, Spanish): feminine determiners and
# endings name women alone; German weak masculine nouns ("Kurden", "Aktivisten") men or,
# generically, men and women (marked). French and Spanish masculine plurals ("militants",
# "otros dos jóvenes") are read as generic by careful readers: no gender. Nouns that are
# feminine or masculine whatever the people's gender ("personas", "Personen") give none.
_EPICENE = frozenset(
    {"personas", "victimas", "personnes", "victimes", "gens", "personen", "menschen", "leute"}
    | {"mitglieder", "kinder", "eltern", "geschwister", "familias", "familles", "gente"}
)
_PLURAL_GENDER: dict[str, dict[str, tuple[frozenset[str], tuple[str, ...]]]] = {
    "es": {
        "female": (
            frozenset({"otras", "todas", "las", "unas", "estas", "esas", "algunas", "varias"}),
            ("oras", "adas", "idas"),
        ),
    },
    "fr": {
        "female": (frozenset({"toutes", "certaines"}), ("euses", "trices", "ennes", "ees")),
    },
    "de": {
        "female": (frozenset(), ("innen",)),
        "male": (frozenset(), ("isten", "anten", "enten", "ologen", "kurden")),
    },
}


def _plural_gender(description: str, table: Markers) -> str | None:
    """Return the gender a group's plural says by its grammar ("otras integrantes",
    "quatre militantes détenues", "drei weitere Kurden"), or None when it says none or both."""
    rows = _PLURAL_GENDER.get(table.language)
    words = re.findall(r"[^\W\d_][\w*_:·]*", description)
    if not rows or not words or any(fold(w) in _EPICENE for w in words):
        return None
    said = set()
    for gender, (determiners, endings) in rows.items():
        for word in words:
            if re.search(r"[*_:·]|[a-zäöü]Innen$", word):
                return None  # "Aktivist*innen": gender-inclusive, both
            if table.language == "de" and not word[:1].isupper():
                continue  # German: only the noun's plural says it
            folded = fold(word)
            if folded in determiners or (len(folded) > 5 and folded.endswith(endings)):
                said.add(gender)
    return said.pop() if len(said) == 1 else None


# Words that set a group apart from people counted before ("ten others", "zehn weitere").
_OTHER = re.compile(r"\b(?:others?|weitere[nr]?|andere[nr]?|autres|otr[oa]s)\b", re.I)


# Words that make a count a lower bound ("at least 13", "au moins 5", "mindestens 13").
_AT_LEAST = (
    r"(?:at\s+least|more\s+than|over|mindestens|mehr\s+als|über|au\s+moins|plus\s+de"
    r"|al\s+menos|más\s+de|por\s+lo\s+menos)"
)
# ... and an upper bound, part of a count's description too ("Hasta 17 hombres").
_UP_TO = r"(?:up\s+to|bis\s+zu|jusqu['’]à|hasta)"


# Words before a count that point back to people spoken of already ("the six men").
_BACK = frozenset(
    {"the", "these", "those", "all", "die", "diese", "alle", "den", "der", "les", "ces"}
    | {"tous", "toutes", "los", "las", "estos", "estas", "todos", "todas"}
)


_AND = frozenset({"and", "und", "et", "y", "e"})

# Words that open the examples of a group after a comma ("30 people, including doctors"),
# folded: what follows is some of the group, not more people.
_INCLUDING = frozenset(
    {"including", "includes", "among", "especially", "particularly", "notably", "namely"}
    | {"darunter", "einschließlich", "insbesondere", "vor", "namentlich", "unter"}
    | {"notamment", "dont", "parmi", "surtout", "en"}
    | {"incluidos", "incluidas", "incluyendo", "entre", "especialmente", "sobre", "como"}
)


@dataclass(frozen=True)
class _CountWords:
    """A table's expressions and word sets for counted groups (see `_count_words`)."""

    pattern: re.Pattern[str]  # a count, up to three words and a plural noun for people
    compound: re.Pattern[str]  # a second plural noun for people right after the first
    between: frozenset[str]  # folded words that make the words between no count's
    verbs: frozenset[str]  # folded verbs that make a count one of people said before


@cache
def _count_words(source: Markers) -> _CountWords | None:
    """Return the expressions and word sets `_counted_people` reads a table's counted groups
    with, made once per table; None where the table lists no plural noun for people."""
    if not source.people_nouns:
        return None
    nouns = "|".join(sorted(map(re.escape, source.people_nouns), key=len, reverse=True))
    if source.language == "de":
        # Gender-inclusive plurals name people whatever the noun: "Zeug_innen",
        # "Journalist*innen", "Aktivist:innen", "AktivistInnen".
        nouns += r"|[A-ZÄÖÜ][a-zäöüß]+(?:[_*:·]innen|Innen)"
    if source.household_nouns:
        # "300 Kurdish families", "27 Roma-Familien": households, maybe a hyphened people
        households = "|".join(sorted(map(re.escape, source.household_nouns)))
        nouns += rf"|(?:[^\W\d_]+-)?(?:{households})"
    numbers = words_pattern(tuple(source.number_words))
    pattern = re.compile(
        rf"(?:(?:{_AT_LEAST}|{_UP_TO})[ \t]+(?:(?:a|à)[ \t]+)?)?(?<![\w,./])"
        rf"(?P<n>\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?!\d)|\d+|{numbers})[ \t\u00a0]+"
        r"(?P<words>(?:[^\W\d_][\w\-]*[ \t\u00a0]+){0,3}?)"
        rf"(?P<noun>{nouns})(?![\w*·:])",
        re.I,
    )
    compound = re.compile(
        rf"(?:[ \t\u00a0]+[^\W\d_][\w\-]*){{0,2}}?[ \t\u00a0]+(?:{nouns})(?![\w*·:])",
        re.I,
    )
    months = set(month_names(source.language)) | set(month_names("en"))
    return _CountWords(
        pattern,
        compound,
        frozenset({fold(w) for w in source.common_words} | {fold(w) for w in months}),
        frozenset(fold(w) for w in source.person_verbs | source.group_ends),
    )


# A noun in capitals and signs only ("PEOPLE"), not one capitalised as a page's counter is.
_ALL_UPPER = re.compile(r"[^a-zà-ÿ]+")


def _counted_people(
    text: str, tables: list[Markers], *, back: bool = False
) -> list[tuple[str, int]]:
    """Return the groups a count of people gives, in any wording: a number, up to two
    adjectives and a plural noun for people ("13 activistas", "Sechs junge Aktivist*innen",
    "Cinq militants au moins", "three Afro-descendant human rights defenders"). With `back`,
    also a count that points back to people spoken of before ("the 105 men"), with its word."""
    found: list[tuple[str, int]] = []
    for source in tables:
        counting = _count_words(source)
        if counting is None:
            continue
        pattern, compound = counting.pattern, counting.compound
        between, verbs = counting.between, counting.verbs
        for match in pattern.finditer(text):
            words = match.group("words").split()
            # "43 ägyptische und ausländische Mitarbeiter_innen": "and" between two adjectives
            joined = [
                w
                for n, w in enumerate(words)
                if not (fold(w) in _AND and 0 < n < len(words) - 1 and words[n - 1][:1].islower())
            ]
            if any(fold(w) in between for w in joined):
                continue  # "22 October council workers", "109 that both men": no count of them
            if any(fold(w) in verbs for w in words):
                continue  # "Au moins deux sont toujours détenus": a count of people said before
            before = text[max(0, match.start() - 12) : match.start()].split()
            pointed = bool(before) and fold(before[-1]) in _BACK
            if pointed and not back:
                continue  # "the six men", "die sieben Männer": people spoken of before
            if before and fold(before[-1]) in _AGENT:
                continue  # "forced into a car by three armed men": who did it, no group
            next_word = text[match.end() :].split("\n", 1)[0].split()[:1]
            if any(
                fold(w).strip(",.;:") in person_finder._folded(source, kind)
                for kind, said in (("armed_words", words), ("armed_after", next_word))
                for w in said
            ):
                continue  # "deux hommes masqués", "two armed men": the attackers, no group
            if _some_of(text[max(0, match.start() - 40) : match.start()], source):
                continue  # "A y B fueron dos de las al menos 30 personas arrestadas": the
                # crackdown the named persons were among, a figure of context
            noun = match.group("noun")
            if noun[:1].isupper() and source.language != "de" and not _ALL_UPPER.fullmatch(noun):
                continue  # "20008 People have signed": a page's counter, no group
            count = _count(match, source)
            if not count or count < 2 or 1900 <= count <= 2100:
                continue  # one person is no group; a year counts no one
            if any(fold(w) in source.measure_words for w in words):
                continue
            description = match.group().strip()
            # "20 women human rights defenders", "zwei Frauen Aktivistinnen": a second noun
            # for people right after the first names the same people
            more = compound.match(text, match.end())
            if more and any(fold(w) in between | verbs | _AND for w in more.group().split()):
                more = None  # "15 militants et journalistes": no second noun of the first
            if more:
                description += more.group()
            # a complement that says who they are ("Cuatro integrantes de una organización
            # de derechos humanos", "60 people from Muslim ethnic groups")
            rest = text[match.end() :].split("\n", 1)[0].split()
            if not more and (also := _and_people(rest, source)):
                # "sept journalistes et professionnel·le·s des médias": a second people noun
                # after "and", with its complement, names the same group
                description = " ".join([description, *rest[:also]]).rstrip(" ,.;:")
            elif not more and (said := noun_phrases.who_complement(rest, source)):
                description = " ".join([description, *rest[:said]]).rstrip(" ,.;:")
            elif not more and (said := noun_phrases.named_body(match.group("noun"), rest, source)):
                # "10 members of Movimiento Tierra Libre": the body they belong to, by its name
                description = " ".join([description, *rest[:said]]).rstrip(" ,.;:")
            if text.startswith(description, match.start()) and description[-1:].isalpha():
                # "13 militants de l'organisation X pour la défense de Y (XDY)": a body's name
                # the phrase cut inside, up to its acronym in brackets
                description += _name_to_acronym(
                    text[match.start() + len(description) :], description, source
                )
            if text.startswith(description, match.start()):
                # "over 160 activists, political party members, and civil society members"
                description += _enumerated(text[match.start() + len(description) :], source)
            if pointed and before[-1][:1].isalpha():
                description = f"{before[-1]} {description}"  # "the 105 men", "les 14 hommes"
            after = text[match.end() : match.end() + 12]
            lower_bound = re.match(rf"\s*{_AT_LEAST}\b", after, re.I)
            if lower_bound:
                description += lower_bound.group().rstrip()  # "Cinq militants au moins"
            found.append((description, count))
    return found


def _and_people(rest: list[str], table: Markers) -> int:
    """Return how many of `rest` (the words after a group's plural noun) go on naming the
    group: "and", a second plural noun for people and its complement ("15 militants et
    journalistes bélarussiens", "sept journalistes et professionnel·le·s des médias"); 0
    when no such noun follows."""
    if (
        len(rest) < 2
        or fold(rest[0]) not in _AND
        or not noun_phrases.is_people_noun(
            noun_phrases.without_inclusive_points(rest[1].strip(",.;:")), table
        )
    ):
        return 0
    kept = 2 + noun_phrases.phrase_length(rest[2:], table, noun_seen=True)
    while not any(c.isalnum() for c in rest[kept - 1]):
        kept -= 1  # "... and members of X - were arrested": the dash closes an apposition
    return kept


# The rest of a body's name up to its acronym in brackets, a few words without punctuation.
_TO_ACRONYM = re.compile(r"^((?:\s+[^\s,.;:()\[\]]+){1,8}\s+\([A-Z][A-Za-z]{1,9}\))")


def _name_to_acronym(after: str, description: str, table: Markers) -> str:
    """Return the rest of a body's name a group's phrase was cut inside, up to its acronym
    ("... Initiative" + " pour la résurgence du mouvement abolitionniste (IRA)"): only when
    the phrase ends on a capitalised word and no word between opens a clause."""
    last = description.split()[-1]
    if not last[:1].isupper():
        return ""
    match = _TO_ACRONYM.match(after)
    if not match:
        return ""
    between = match.group(1).split()[:-1]
    opens = {fold(w) for w in (*table.noun_phrase.relatives, *table.noun_phrase.conjunctions)}
    verbs = {fold(w) for w in table.person_verbs | table.group_ends}
    if any(fold(w) in opens | verbs for w in between):
        return ""
    return match.group(1)


# "two of the", "dos de las", "deux des", "zwei der": some of the people counted after it.
_SOME_OF = re.compile(r"(?:^|\s)(\w+)\s+(?:of\s+the|of|de\s+l[oa]s|de|des|d['’]|der|von)\s+$", re.I)


def _some_of(before: str, table: Markers) -> bool:
    """Say whether the words before a count take some people out of it ("two of the at
    least 30 people", "dos de las 30 personas"): a number or "one" before "of the"."""
    said = _SOME_OF.search(re.sub(rf"{_AT_LEAST}\s*$", "", before, flags=re.I))
    if not said:
        return False
    word = fold(said.group(1))
    numbers = {fold(w) for source in (table, TABLES["en"]) for w in source.number_words}
    return word.isdigit() or word in numbers or word in {"one", "uno", "una", "un", "une"}


# The prepositions of a passive verb's agent, in the languages where they say nothing else
# ("abducted by three armed men", "enlevé par trois hommes armés"): the people counted after
# them did what the action is about.
_AGENT = frozenset({"by", "par"})


def _roughly_counted_people(text: str, tables: list[Markers]) -> list[tuple[str, str]]:
    """Return the groups a rough count of people gives ("dozens of students", "Hunderte
    Demonstrierende", "des dizaines de manifestants", "más de un centenar de campesinos"),
    in the text's order: the quantifier, up to three words, a plural noun for people and the
    rest of its noun phrase ("decenas de manifestantes y periodistas"), with the noun."""
    found: list[tuple[int, str, str]] = []
    for source in tables:
        if not source.approximate_groups or not source.people_nouns:
            continue
        nouns = "|".join(sorted(map(re.escape, source.people_nouns), key=len, reverse=True))
        if source.language == "de":
            nouns += r"|[A-ZÄÖÜ][a-zäöüß]+(?:[_*:·]innen|Innen)"
        rough = "|".join(
            sorted(
                (re.escape(q).replace(r"\ ", r"\s+") for q in source.approximate_groups),
                key=len,
                reverse=True,
            )
        )
        pattern = re.compile(
            rf"(?:{_AT_LEAST}\s+)?(?<![\w'’])(?:{rough})\s+"
            r"(?P<words>(?:[^\W\d_][\w\-]*[ \t\u00a0]+){0,3}?)"
            rf"(?P<noun>{nouns})(?![\w*·:])",
            re.I,
        )
        between = {fold(w) for w in source.common_words}
        verbs = {fold(w) for w in source.person_verbs | source.group_ends}
        one_of = {fold(w) for each in tables for w in each.one_of}
        among = {fold(w) for each in tables for w in each.among}
        crowd = {fold(w) for each in tables for w in each.crowd_verbs}
        for match in pattern.finditer(text):
            words = match.group("words").split()
            if any(fold(w) in between or fold(w) in verbs for w in words):
                continue  # "dozens of them were ...": no noun phrase of people
            before = text[max(0, match.start() - 20) : match.start()].split()
            if before and fold(before[-1]) in _BACK:
                continue  # "the hundreds of protesters": people spoken of before
            if " ".join(fold(w) for w in before[-2:]) in one_of or (
                before and fold(before[-1]) in among
            ):
                continue  # "X is one of hundreds of people arrested": the crackdown's figure
            rest = text[match.end() :].split("\n", 1)[0].split()
            if any(fold(w).strip(",.;:") in crowd for w in rest[:3]):
                continue  # "Hundreds of people attended the funeral": a crowd, as context
            joined = []
            if (
                len(rest) >= 2
                and fold(rest[0]) in _AND
                and noun_phrases.is_people_noun(rest[1].strip(",.;:"), source)
            ):
                joined, rest = rest[:2], rest[2:]  # "decenas de manifestantes y periodistas"
            kept = joined + rest[: noun_phrases.phrase_length(rest, source, noun_seen=True)]
            description = " ".join([match.group().strip(), *kept]).strip(" ,.;:")
            at = text.find(description, match.start())
            if at >= 0:
                description += _enumerated(text[at + len(description) :], source)
            found.append((match.start(), description, match.group("noun")))
    return [(description, noun) for _at, description, noun in sorted(found)]


def _counts_people(match: re.Match[str], description: str, table: Markers) -> bool:
    """Say whether a group phrase's words name people: a plural noun for people, or a word
    shaped like one ("drei weitere Kurden"), not a thing counted ("50 lashes") or nothing."""
    if "text" not in match.groupdict() or match.group("text") is None:
        return True  # "another woman", "his co-defendants": the phrase itself says who
    head = match.group()[: match.start("text") - match.start()]
    # The phrase's own words may name the people ("{n} personas {text}"); the words after
    # the count, up to four, must.
    words = (
        re.findall(r"[^\s,.;:]+", head)[-1:]
        + re.findall(r"[^\s,.;:]+", description[len(head) :])[:4]
    )
    listed = person_finder._folded(table, "people_nouns")
    for at, word in enumerate(words):
        if not noun_phrases.is_people_noun(word, table):
            continue
        if (
            at >= 2
            and fold(word) not in listed
            and noun_phrases.is_participle(word, table)
            and not noun_phrases.is_people_noun(words[at - 1], table)
        ):
            continue  # "más de 1.000 casos confirmados": a participle of a thing counted
        return True
    return False


def _measure(match: re.Match[str], text: str, table: Markers) -> bool:
    """Say whether a group match counts a measure ("at least 10 years") rather than people."""
    if "text" not in match.groupdict() or match.group("text") is None:
        return False
    words = re.findall(r"[^\W\d_]+|%", text[match.start("text") : match.start("text") + 40])
    measures = {fold(w) for source in (table, TABLES["en"]) for w in source.measure_words}
    return bool(words) and (fold(words[0]) in measures or words[0] == "%")


def _group_phrase(match: re.Match[str], text: str, table: Markers) -> str:
    """Return the noun phrase of a group match, cut where its clause begins (see
    `noun_phrases.phrase_length`: the per-language row of words that open a clause)."""
    phrase = match.group()
    if "text" in match.groupdict() and match.group("text") is not None:
        head = phrase[: match.start("text") - match.start()]
        rest = _wrapped_name(text[match.start("text") :])
        words = rest.split()
        noun_seen = any(noun_phrases.is_people_noun(w, table) for w in head.split())
        kept = words[: noun_phrases.phrase_length(words, table, noun_seen=noun_seen)]
        if kept and noun_phrases.is_people_noun(kept[-1], table):
            kept += words[len(kept) :][: _and_people(words[len(kept) :], table)]
        phrase = head + " ".join(kept)
    phrase = re.sub(r"^(?:and|und|et|y)\s+", "", phrase, flags=re.I)
    phrase = phrase.strip(" ,.;:")
    at = text.find(phrase, match.start())
    return phrase + _enumerated(text[at + len(phrase) :], table) if at >= 0 else phrase


def _enumerated(after: str, table: Markers) -> str:
    """Return the rest of a list of people a group's phrase opens, from the text right after
    it ("over 160 activists, political party members, student union activists, and civil
    society members on charges ..."; "defensores de derechos humanos, activistas por la paz,
    líderes sociales y periodistas han recibido"): items after commas that each name people,
    up to the last one after "and"; "" when the text goes on otherwise."""
    line = after.split("\n", 1)[0]
    if not line.startswith(","):
        return ""
    ands = {fold(w) for w in table.and_words} | _AND
    items = line[1:].split(",")
    sexes = {fold(w) for w in table.male_words | table.female_words}
    if any(fold(w.strip(" .;:")) in sexes for item in items[:8] for w in item.split()[:3]):
        return ""  # "2.000 hombres, mujeres, niños y niñas": a population's breakdown
    if items[0].split()[:1] and fold(items[0].split()[0]) in _INCLUDING:
        return ""  # "30 people, including doctors and nurses": some of them, no more people
    kept: list[str] = []
    for item in items[:8]:
        words = item.split()
        if not words:
            return ""
        if fold(words[0]) in ands and len(words) > 1:
            words = words[1:]  # ", and civil society members": the last item
        elif len(words) > 2 and any(fold(w) in ands for w in words[1:-1]):
            # "líderes sociales y periodistas han recibido": one more item, then the last
            join = next(n for n, w in enumerate(words) if n and fold(w) in ands)
            head, tail = words[:join], words[join + 1 :]
            if len(head) > 6 or not any(noun_phrases.is_people_noun(w, table) for w in head):
                return ""
            last = next(
                (n for n, w in enumerate(tail[:5]) if noun_phrases.is_people_noun(w, table)), None
            )
            if last is None:
                return ""
            end = " ".join(words[: join + 1] + tail[: last + 1])
            return ("".join(f", {k}" for k in kept) + f", {end}").rstrip(" ,.;:")
        else:
            if len(words) > 6 or not any(noun_phrases.is_people_noun(w, table) for w in words):
                return ""
            kept.append(" ".join(words))
            continue
        last = next(
            (n for n, w in enumerate(words[:5]) if noun_phrases.is_people_noun(w, table)), None
        )
        if last is None:
            return ""
        said = item.split()
        closing = " ".join(said[: len(said) - len(words) + last + 1])
        return ("".join(f", {k}" for k in kept) + f", {closing}").rstrip(" ,.;:")
    return ""


# What happened to a group, said right before its phrase: an active past verb ("executed
# two protesters", "ont déjà exécuté deux manifestants", "han ejecutado a tres", "liberaron a")
# or a release someone ordered or granted ("ordered the provisional release of 40 more
# protesters", "a ordonné la libération de", "ordenó la liberación de", "ordnete die
# Freilassung von ... an"): not a release called for ("calling for the release of").
_STATUS_BEFORE = (
    (
        "executed",
        re.compile(
            r"(?<!\w)(?:(?:have|has|had)\s+(?:\w+\s+)?executed|executed|ont\s+(?:\w+\s+)?exécuté"
            r"|(?:han|habían|había|ha)\s+(?:\w+\s+)?ejecutado\s+a|ejecutaron\s+a|ejecutó\s+a)\s+$",
            re.I,
        ),
    ),
    (
        "released",
        re.compile(
            r"(?<!\w)(?:(?:ordered|granted|announced)\s+the\s+(?:\w+\s+)?release\s+of"
            r"|(?:ordonné|accordé|annoncé)\s+la\s+(?:\w+\s+)?libération\s+(?:de|des)"
            r"|(?:ordenó|concedió|anunció|ordenaron)\s+la\s+(?:\w+\s+)?liberación\s+de"
            r"|(?:ordnete|gewährte|verfügte)\s+die\s+(?:\w+\s+)?Freilassung\s+(?:von|der)"
            r"|(?:have|has|had)\s+(?:\w+\s+)?(?:released|freed)|ont\s+(?:\w+\s+)?libéré"
            r"|(?:han|ha|habían)\s+(?:\w+\s+)?liberado\s+a|liberaron\s+a)\s+$",
            re.I,
        ),
    ),
)


def _group_status(description: str, text: str, table: Markers) -> dict[str, Any] | None:
    """Return what the clause right after a group's phrase says happened to it: executed or
    released ("mindestens drei Männer hingerichtet"); a sentence is the risk, not a status."""
    at = text.find(description)
    if at < 0:
        return None
    before = re.split(r"[.!?;]\s|\n", text[max(0, at - 80) : at])[-1]
    for said_state, said_before in _STATUS_BEFORE:
        if said_before.search(before):
            found: dict[str, Any] = {"state": said_state}  # "ont déjà exécuté deux manifestants"
            # "... of 40 more protesters on 19 April": the date right after the group
            rest = text[at + len(description) : at + len(description) + 40]
            on = re.match(r"\s+(?:on|le|el|am)\s+", rest, re.I)
            when = first_date(rest, table.language) if on else None
            if on and when and when.start <= on.end():
                if when.full():
                    found["date"] = when.iso()
                else:
                    found["date_text"] = when.text
            return found
    after = text[at + len(description) :].split("\n", 1)[0]
    tables = (table, TABLES["en"])
    relatives = {fold(w) for source in tables for w in source.relative_pronouns}
    risks = {fold(w) for source in tables for w in source.risk_words}
    # A relative clause between the group and its verb ("drei weitere Kurden, die ...
    # verurteilt worden waren, sind ... exekutiert worden") says something else of them.
    relative = re.match(r"\s*,\s*(\w+)\b[^,]*,", after)
    if relative and fold(relative.group(1)) in relatives:
        after = after[relative.end() :]
    words = after.split()
    # "risquent d'être exécutées", "could be executed", "könnten hingerichtet werden",
    # "at risk of being executed": what may happen to them is the risk, not what did
    risk = next((n for n, w in enumerate(words[:5]) if fold(w).strip(",.;:") in risks), None)
    if risk is not None:
        words = words[:risk]
    # The group's finite verb after words that still describe it ("Huit hommes condamnés à
    # mort ont été exécutés"): the clause begins there.
    verbs = {fold(w) for source in tables for w in source.group_ends | source.perfect_auxiliaries}
    verb = next(
        (n for n, w in enumerate(words[:5]) if fold(w) in verbs or w.endswith(tuple(",;:.()"))),
        None,
    )
    clauses = [words]
    if verb and fold(words[verb]) in verbs:
        clauses.append(words[verb:])
    # a relative clause with no commas ("Eleven members who were arrested with her were
    # released on bail"), maybe after a place ("Five activists in the UAE who were detained
    # for seven months and charged with insulting its rulers have been released"): the
    # group's own verb is a later one of the sentence
    opens = next((n for n, w in enumerate(words[:8]) if fold(w) in relatives), None)
    if opens is not None and not any(fold(w) in verbs for w in words[:opens]):
        end = next((n for n, w in enumerate(words) if w.endswith((".", ";"))), len(words))
        finite = verbs | {fold(w) for s in (table, TABLES["en"]) for w in s.bail_auxiliaries}
        clauses += [
            words[n:]
            for n in range(opens + 2, min(end + 1, len(words), 25))
            if fold(words[n]) in finite
        ]
    for state, kind in (("executed", "executed"), ("released", "released")):
        said = tuple(p for source in tables for p in getattr(source, kind))
        if any(noun_phrases.clause_participle(each, said, table) for each in clauses):
            return {"state": state}
    return None


def _count(match: re.Match[str], table: Markers) -> int | None:
    if "n" not in match.groupdict() or match.group("n") is None:
        return (
            1
            if re.match(r"^(?:another|un autre|une autre|otra|otro)\b", match.group(), re.I)
            else None
        )
    said = match.group("n").lower()
    if said in table.approximate_numbers:
        return None
    digits = re.sub(r"[,.\s]", "", said)
    count = int(digits) if digits.isdigit() else table.number_words.get(said)
    following = re.match(r"[ \t\u00a0]+([^\W\d_]+)", match.string[match.end("n") :])
    if following and fold(following.group(1)) in _MILLIONS:
        return None  # "1 million or more men and women": a population's estimate, no group
    if count and following and fold(following.group(1)) in _MULTIPLIERS:
        count *= _MULTIPLIERS[fold(following.group(1))]  # "dos mil personas", "two thousand"
    return count


_MILLIONS = frozenset(["million", "millions", "millionen", "millon", "millones"])


# Words that multiply the number before them ("two thousand", "deux mille", "dos mil"),
# folded.
_MULTIPLIERS = {
    "hundred": 100,
    "thousand": 1000,
    "hundert": 100,
    "tausend": 1000,
    "cent": 100,
    "cents": 100,
    "mille": 1000,
    "cien": 100,
    "cientos": 100,
    "mil": 1000,
}


# -- facts and kind --------------------------------------------------------------------


def _facts(draft: Draft, lines: list[str], zones: Zones, table: Markers) -> None:
    """Take the UA's first paragraph of facts, for the reviewer to shorten."""
    stop = min(
        (n for n in (zones.action, zones.targets, zones.letter) if n is not None),
        default=len(lines),
    )
    title = str(draft.record.get("title") or "")
    body = [
        ""
        if line == title
        or _URGENT.match(line)
        or (len(line) < 100 and _skip_for_title(line, table))
        else line
        for line in lines[:stop]
    ]
    for shortest in (120, 60):  # a short first paragraph is still the facts if it is prose
        for paragraph in paragraphs(body):
            if (
                len(paragraph) >= shortest
                and not _CAPTIONS.search(paragraph)
                and not bullet_text(paragraph)
                and (shortest == 120 or re.search(r"[a-zà-ÿ]{3}\.(?:\s|$)", paragraph))
            ):
                draft.facts = paragraph
                return

    tables = list(dict.fromkeys((table, TABLES["en"])))
    markers = ("action", "write_in", "deadline", "targets_start", "copies_start")
    for paragraph in paragraphs(lines):
        if len(paragraph) >= 120 and not _CAPTIONS.search(paragraph):
            if any(matches(getattr(t, kind), paragraph, t) for t in tables for kind in markers):
                continue  # "Escriban inmediatamente en ...": the call to act, not the facts
            draft.facts = paragraph
            return


# A petition's page by its address ("/petitions/free-x", "/petition_17508_...", "/petitionen/"):
# a section signs petitions under a letter campaign's name too.
_PETITION_ADDRESS = re.compile(r"/[^/?#]*?(?<![a-z])(?:p[ée]tition|petici[oó]n)", re.I)


def _kind(draft: Draft, lines: list[str], table: Markers, url: str | None = None) -> None:
    """Say whether the text is a monthly letter action rather than a numbered UA."""
    text = "\n".join(lines[:20])
    found = search(table.letter_action, text, table)
    if not found:
        return
    draft.put(("kind",), "letter_action", rule="kind.marker")
    petition = _PETITION_ADDRESS.search(re.sub(r"^\w+://[^/]*", "", url or ""))
    if petition:
        draft.todo(
            ("kind",),
            f"the page's address names a petition ('{petition.group().strip('/')}'), which is "
            "no letter action though the page names one: check the kind",
        )
    if "issued" not in draft.record:
        dates = [d for d in find_dates(text, table.language) if d.day is None and d.year]
        year = re.match(r"\s*((?:19|20)\d{2})\b", text[found.end() :])
        if dates:
            draft.put(("issued",), dates[0].partial(), rule="issued.month")
        elif year:
            # "Appellbriefe Briefmarathon 2022": the campaign's year, no month printed
            draft.put(("issued",), year.group(1), rule="issued.month")


def looks_like_ua(draft: Draft, text: str, url: str | None = None) -> bool:
    """Say whether a text is an Urgent Action (or a letter action) worth a draft.

    Refusing a real UA costs the user everything the draft would have given, so the bar is
    any part of an action (a number, a deadline, demands, a closing notice), people at risk
    with an addressee or an update (even ones the importer marked as unsure), or people at
    risk or an addressee on a page that asks its readers to act (a section's case text cut
    before its action part), where the page's own address counts among its words (a stored
    copy cut before its action part, "amnesty.at/.../viktar-serhil-droht-todesstrafe",
    "blog/.../urgent-action-syrian-kurd-tortured").
    A page with none of these (a news item, a shop's page) is refused.
    """
    record = draft.record
    parts = ("ua", "deadline", "deadline_text", "status_text")
    if any(record.get(key) for key in parts):
        return True
    # An index of Amnesty's annual report ("POL 10/001/2010") is a report's, not an action's.
    if record.get("index") and not str(record["index"]).upper().startswith("POL 10/"):
        return True
    tables = dict.fromkeys((TABLES.get(str(record.get("language")), TABLES["en"]), TABLES["en"]))
    words = text + "\n" + re.sub(r"[\W_]+", " ", url or "")
    if any(not draft.marked(("targets", n)) for n, _t in enumerate(record.get("targets", []))):
        # an addressee's block the importer is sure of ("Appell an", "Salutation:") is an
        # action's, whatever banners of the section's (donations, jobs) the page carries
        return True
    if _other_page(text, words, list(tables)):
        return False
    people = record.get("persons") or record.get("groups")
    addressed = record.get("targets") or record.get("copies")
    # A letter action's name ("Briefe gegen das Vergessen") on a page naming someone to write
    # for or to; a campaign's name alone is no action (its overview was refused above).
    if record.get("demands") or (record.get("kind") and (people or addressed)):
        return True
    if not (people or addressed):
        return _unnamed_action(draft, text, words, list(tables))
    if people and (addressed or record.get("updates")):
        return True
    return any(matches(table.action_page, words, table) for table in tables)


def _other_page(text: str, words: str, tables: list[Markers]) -> bool:
    """Say whether a page with no action number, deadline or closing notice is of another
    kind, though it names people at risk and says "Amnesty": a press release, a donation,
    job or volunteering page, an annual report's chapter, a campaign's overview ("every
    year", "millions of letters"), unless its text or address names the action itself
    ("Urgent Action", "Eilaktion"); a news report of an organisation's call ("said Amnesty
    International", "indicó AI", "(EFE)"), unless it also calls on its readers to act."""
    if any(matches(table.action_name, words, table) for table in tables):
        return False
    if any(matches(table.other_page, text, table) for table in tables):
        return True
    if not any(matches(table.reported, text, table) for table in tables):
        return False
    return not any(matches(table.call_to_act, text, table) for table in tables)


def _unnamed_action(draft: Draft, text: str, words: str, tables: list[Markers]) -> bool:
    """Say whether a page that names no one the importer could read and no addressee is still
    an action: one about a country, with an action's words in its text or address, that heads
    itself a further action ("Action complémentaire: ...", "Further information on ...") or
    calls on its readers to act ("Bitte schicken Sie die Briefe ab", "Participez à cette
    action"). The people at risk of such pages are unnamed ("two men", "un citoyen") or in a
    linked document; the draft keeps the page's title, country, status and dates."""
    record = draft.record
    if not record.get("country"):
        return False
    if not any(matches(table.action_page, words, table) for table in tables):
        return False
    if record.get("status") == "update" and draft.rule_of(("status",)) == "status.marker":
        return True  # the update's marker heads the page
    return any(matches(table.call_to_act, text, table) for table in tables)
