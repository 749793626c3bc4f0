"""The self-check pass: values whose evidence is thin get a task, whatever rule found them.

A strong rule (evidence.py) can still be wrong on a layout it was not written for. After
the parser has read everything, these checks look at the values together and at the text
around them, and mark what does not hold up:

- a second candidate that disagrees: two UA numbers, two indexes, two deadlines;
- a date outside the UA's year window (a deadline before the UA was issued, an issue date
  in another year than the number's);
- a target nobody can reach (no channel), that names nobody, or with an address that has
  no postal code and names no country; a country read from a city or a postal code;
- a person whose name stands only once in the text, or who is also a target;
- a headline that is too short or too long to be one; a demand that is too short to be a
  request or holds a link.

Every task says what to check. A value that passes is left alone (a right value needs no
mark); the checks never change a value.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .dates import find_dates, first_date, fold
from .draft import Draft
from .markers import TABLES, Markers, compile_phrase, may_match, search
from .text import countries_in, country_code, label_of

Path = tuple[str | int, ...]
_CHANNELS = ("address_lines", "emails", "fax", "phones", "social", "web_forms")
_POSTAL_CODE = re.compile(
    r"(?<![\w-])(?:\d{3,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
    r"(?![\w-])"
)
_EMAIL = re.compile(r"^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+$|protected", re.I)
# How long after its issue a UA's deadline may be: some six weeks is usual, a year is far.
MAX_DEADLINE_DAYS = 400


def self_check(draft: Draft, text: str, table: Markers, section: str | None) -> None:
    """Mark the draft's values whose evidence is thin (see the module's documentation)."""
    tables = list(dict.fromkeys((table, TABLES["en"])))
    _second_candidates(draft, text, tables)
    _country(draft, text, table.language, section)
    _date_window(draft, table.language)
    _targets(draft, table, section)
    _persons(draft, text)
    _title(draft)
    _demands(draft)
    _status(draft, text)
    _markers_elsewhere(draft, text, tables)
    _cut_at_end(draft, text)


def _ua_year(draft: Draft) -> int | None:
    """Return the year of the UA's number ("UA 17/08" -> 2008), if a number was found."""
    match = re.search(r"(\d{1,4})\s*[./]\s*(\d{2,4})", str(draft.record.get("ua") or ""))
    if not match:
        return None
    year = int(match.group(2))
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


# The year of a UA's number ("UA 17/08", "UA-077/2022-1"): what follows the slash or point.
_UA_YEAR_PART = re.compile(r"\d{1,4}[./](\d+)")


def _all_matches(phrases: tuple[str, ...], text: str, table: Markers) -> list[re.Match[str]]:
    lowered = text.lower()
    return [
        m
        for phrase in phrases
        if may_match(phrase, lowered)
        for m in compile_phrase(phrase, table).finditer(text)
    ]


def _second_candidates(draft: Draft, text: str, tables: list[Markers]) -> None:
    """Mark a number, index or deadline when the text prints another that disagrees."""
    record = draft.record
    ua = record.get("ua")
    if ua and draft.rule_of(("ua",)) == "ua.printed":
        numbers = {_number_key(m.group("number")) for m in _OTHER_UA.finditer(text)}
        other_numbers = sorted(n for n in numbers - {_number_key(ua)} if n)
        if other_numbers:
            shown = ", ".join(f"{n}/{y:02d}" for n, y in other_numbers)
            draft.todo(
                ("ua",),
                f"the text prints other UA numbers too ({shown}): check which is this UA's",
            )
    if ua and draft.rule_of(("ua",)) == "ua.printed" and not draft.marked(("ua",)):
        _number_far_down(draft, text, str(ua))
    year = _UA_YEAR_PART.search(str(ua or ""))
    if year and not re.fullmatch(r"\d{2}|(?:19|20)\d{2}", year.group(1)):
        # "AU 121/9210": the number's year has digits no year has; a date or a page number
        # may have run into it
        draft.todo(
            ("ua",),
            f"the number's year '{year.group(1)}' is no year: did other digits run into it? "
            "check the number",
        )
    index = record.get("index")
    if index:
        indexes = {
            re.sub(r"\s+", " ", m.group("index"))
            for source in tables
            for m in _all_matches(source.index, text, source)
        }
        head = "\n".join(text.split("\n")[:12])
        other_indexes = sorted(indexes - {index})
        if other_indexes and index not in head:
            draft.todo(
                ("index",),
                f"the text prints other indexes too ({', '.join(other_indexes)}) and none in its "
                "header: check which is this UA's",
            )
    deadline = record.get("deadline")
    if deadline:
        language = tables[0].language
        dates = set()
        for source in tables:
            for match in _all_matches(source.deadline, text, source):
                found = first_date(match.group("date"), language)
                if found and found.full():
                    dates.add(found.iso())
        other_dates = sorted(dates - {deadline})
        if other_dates:
            draft.todo(
                ("deadline",),
                f"the text gives other dates to write by too ({', '.join(other_dates)}): check "
                "which is the deadline",
            )


def _number_far_down(draft: Draft, text: str, ua: str) -> None:
    """Mark a UA number the text prints first below a heading of other pages: in a list of
    related actions or a "see also" it is another page's number more often than this one's
    ("Related actions" / "UA 45/22 Lorvania: Anton Belidor released")."""
    own = _number_key(ua)
    first = next(
        (m for m in _OTHER_UA.finditer(text) if _number_key(m.group("number")) == own), None
    )
    if first is None:
        return
    related = RELATED_HEADING.search(text, 0, first.start())
    if related:
        draft.todo(
            ("ua",),
            f"the text prints this number only below '{related.group().strip()}': a related "
            "action's number? check that it is this UA's",
        )
        if draft.rule_of(("status",)) == "status.marker" and draft.record.get("status") == "open":
            # "open" was read from the number and the deadline together
            draft.todo(
                ("status",),
                "read as open from a UA number that may be a related action's: check it",
            )


# A heading or lead-in of other pages' list: related actions, "see also", a teaser's list.
RELATED_HEADING = re.compile(
    r"^[ \t]*(?:related (?:urgent )?actions?|related content|see also|other (?:urgent )?actions|"
    r"other cases|more cases|"
    r"more (?:urgent )?actions|similar actions|you may also|you might also|weitere eilaktionen|"
    r"ähnliche aktionen|siehe auch|autres actions|voir aussi|actions similaires|"
    r"otras acciones|ver también|acciones relacionadas)\b",
    re.I | re.M,
)


# A UA number as any page prints it, the current one or another (a related UA, a
# follow-up's original, an earlier action on the same person): "UA 12/19", "UA-Nr. 12/19",
# "AU núm. 12/19", "UA #12/19", "Urgent Action 12/19", "Eilaktion 12/2019".
_OTHER_UA = re.compile(
    r"\b(?:UA|AU|FI|EXTRA|urgent action|action urgente|acción urgente|eilaktion)\b"
    r"[\s:#-]*(?:(?:no|nr|núm|num|n°|nº)\.?\s*:?\s*)?(?P<number>\d{1,4}\s*[./]\s*\d{2,4})(?!\d|[./]\d)",
    re.I,
)


def _country(draft: Draft, text: str, language: str, section: str | None) -> None:
    """Mark a header's country that the text hardly names when it names another often, and
    a case about the country of the section whose page this is (its menus name it)."""
    country = draft.record.get("country")
    if not country or draft.marked(("country",)):
        return
    if country == section:
        draft.todo(
            ("country",),
            f"{country} is the country of the section whose page this is: check that the case "
            "is about it",
        )
        return
    counts: dict[str, int] = {}
    for code, _start, _end in countries_in(text, language):
        counts[code] = counts.get(code, 0) + 1
    most = max(counts, key=lambda code: counts[code], default=None)
    if most and most != country and counts[most] >= 3 and counts.get(country, 0) <= 1:
        draft.todo(
            ("country",),
            f"the header names {country}, but the text names {most} {counts[most]} times: "
            "check which country the case is about",
        )


def _number_key(value: Any) -> tuple[int, int] | None:
    match = re.search(r"(\d{1,4})\s*[./]\s*(\d{2,4})", str(value or ""))
    if not match:
        return None
    return int(match.group(1)), int(match.group(2)) % 100


def _date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _date_window(draft: Draft, language: str) -> None:
    """Mark dates outside the UA's year window, and a deadline before the issue date."""
    record = draft.record
    year = _ua_year(draft)
    update = record.get("status") in ("update", "closed") or bool(record.get("update_no"))
    issued = _date(record.get("issued"))
    if year and isinstance(record.get("issued"), str):
        printed = int(record["issued"][:4])
        if printed < year or (not update and printed != year):
            draft.todo(
                ("issued",),
                f"the date of issue is in {printed}, but the UA's number is of {year}: check it",
            )
    ua_issued = _date(record.get("ua_issued"))
    if year and ua_issued and ua_issued.year != year:
        draft.todo(
            ("ua_issued",),
            f"the original UA's date is in {ua_issued.year}, but its number is of {year}: check it",
        )
    deadline = _date(record.get("deadline"))
    if deadline:
        if issued and not issued <= deadline <= issued + dt.timedelta(days=MAX_DEADLINE_DAYS):
            draft.todo(
                ("deadline",),
                f"the deadline is not within a year after the date of issue ({issued}): check it",
            )
        elif year and deadline.year < year:
            draft.todo(("deadline",), f"the deadline is before the UA's year ({year}): check it")
        elif year and not update and deadline.year > year + 1:
            draft.todo(
                ("deadline",), f"the deadline is long after the UA's year ({year}): check it"
            )
    if not year:
        return
    for number, entry in enumerate(record.get("updates") or []):
        when = _date(entry.get("date"))
        if when and when.year < year:
            draft.todo(
                ("updates", number),
                f"this update is dated before the UA's year ({year}): check the date",
            )
    for number, person in enumerate(record.get("persons") or []):
        when = _date((person.get("status") or {}).get("date"))
        if when and when.year < year:
            draft.todo(
                ("persons", number, "status"),
                f"this change is dated before the UA's year ({year}): check the date",
            )


def _targets(draft: Draft, table: Markers, section: str | None) -> None:
    """Mark targets and copies nobody can reach, that name nobody, or whose place is guessed."""
    from .blocks import is_name

    persons = {fold(p.get("name", "")) for p in draft.record.get("persons") or []}
    for kind in ("targets", "copies"):
        for number, block in enumerate(draft.record.get(kind) or []):
            path: Path = (kind, number)
            if block.get("for") == "own country's embassy":
                continue
            who = [block.get(key) for key in ("title", "name", "organisation")]
            reachable = any(block.get(key) for key in _CHANNELS)
            if not any(who):
                draft.todo(path, "this block names no office, person or organisation: check it")
            if not reachable:
                draft.todo(
                    path, "no way to reach this recipient was found (no address, email, fax, ...)"
                )
            lead_in = next(
                (
                    line
                    for line in block.get("address_lines") or []
                    if len(str(line).split()) >= 3 and str(line).rstrip().endswith(":")
                ),
                None,
            )
            if lead_in:
                # "In 2019 appeals went to:" / "Former President" / ...: a sentence that
                # leads in to the block is no line of an address, and the block below it may
                # be another stage's or another page's recipient
                for key in ("title", "name", "address_lines"):
                    if block.get(key) and not draft.marked((*path, key)):
                        draft.todo(
                            (*path, key),
                            f"the block holds a lead-in sentence ('{lead_in}'): check that this "
                            "recipient is this UA's and how the block was cut",
                        )
            title = str(block.get("title") or "")
            if title and _salutation(title, table):
                draft.todo(
                    (*path, "title"),
                    "this reads like the letter's salutation, not an office: check the block",
                )
            if title and not _words(title) & _office_words(table, "office_words"):
                draft.todo(
                    (*path, "title"),
                    "no word of an office stands in this title: check how the block was read",
                )
            # Only where the block has no name of its own, or one word of one: a title
            # beside a whole name ("Minister of Home Affairs", "X Y") is an office's
            held = str(block.get("name") or "").split()
            # (beside a name of one word, one more word of a name in the title will do:
            # "Ministra Inés Gobernador" / "Paz", a surname that is also an office's word)
            named = _name_in_title(title, table, len(held) or 2) if len(held) <= 1 else None
            if named:
                # "Evariste Ndayishimiye President of the Republic Bujumbura", "Secretaria
                # Luisa María Alcalde" (name "Luján"): the block's line was cut in the wrong
                # place; the title holds a name and the fields beside it are no surer
                # (with no name at all, the address's first words may be in the title too)
                for key in ("title", "name", "address_lines" if not held else ""):
                    if block.get(key):
                        draft.todo(
                            (*path, key),
                            f"the title holds what reads like a name ('{named}'): check how "
                            "the block was cut into title, name and address",
                        )
            organisation = str(block.get("organisation") or "")
            if organisation and not _words(organisation) & _office_words(
                table, "organisation_words"
            ):
                draft.todo(
                    (*path, "organisation"),
                    "no word of an authority stands in this organisation: check how the block "
                    "was read",
                )
            name = block.get("name")
            if name and not is_name(name, table):
                draft.todo(
                    (*path, "name"), "this does not read like a person's name: check the block"
                )
            styled = str(name or "").split()[:1]
            if styled and fold(styled[0]).strip(".,") in _STYLES:
                # "Hon. X Y", "Rt Hon X Y": pages print the style or leave it out, and the
                # address may want it or not
                draft.todo(
                    (*path, "name"),
                    f"this name opens with the style '{styled[0]}': check whether the address "
                    "should print it",
                )
            recognised = (
                (title and _words(title) & _office_words(table, "office_words"))
                or (name and is_name(name, table))
                or (
                    organisation
                    and _words(organisation) & _office_words(table, "organisation_words")
                )
            )
            if any(who) and not recognised:
                # Nobody in it is recognised: the block may be a piece of the one before it
                # (channels cut off from their target), so nothing in it is trusted.
                draft.todo(
                    path,
                    "no office, name or authority is recognised in this block: it may belong to "
                    "the target before it; check every value",
                )
            for key in ("title", "name", "organisation"):
                if block.get(key) and _ends_cut(str(block[key]), draft.language):
                    draft.todo((*path, key), "this ends in a word no name ends in: cut? check it")
            if name and fold(name) in persons:
                draft.todo(
                    (*path, "name"),
                    "this name is also read as a person the case is about: check which it is",
                )
            _address(draft, block, path, table, section)
            _numbers(draft, block, path)
            _unsure_block(draft, block, path, table)
            run_on = next((e for e in block.get("emails") or [] if _run_on_email(str(e))), None)
            if run_on:
                draft.todo(
                    (*path, "emails"),
                    f"'{run_on}' ends in what reads like a word run into the address: check "
                    "where it ends",
                )


# A web address, an email or the section's own name: no line of a postal address.
_NOT_POSTAL = re.compile(r"https?://|www\.|@[\w-]+\.|\bamnesty\b", re.I)
# Two numbers in one field: joined by a slash, "or" / "oder" / "ou" / "o", a semicolon.
_TWO_NUMBERS = re.compile(r"\d[\s)]*(?:/|;|\s(?:or|oder|ou|o|und|and|et|y)\s)[\s(]*\+?\d")
# The digits one phone number holds at most (E.164: 15), with a trunk prefix or an
# international call prefix ("00 966 ...") printed before it.
MAX_NUMBER_DIGITS = 17
# A note longer than this is a paragraph of the page, not a remark on the addressee.
MAX_NOTE_WORDS = 20


def _unsure_block(draft: Draft, block: dict[str, Any], path: Path, table: Markers) -> None:
    """Mark the values of a block that read like something else than what their field holds.

    Shapes, not phrases (unseen pages lay blocks out in ways no rule knows): an address line
    that is a web address or the section's own name, a field holding two numbers, a name
    made of a page's headings ("URGENT ACTION APPEAL"), a salutation with a number or a
    label run into it, a note that is a paragraph or holds another channel, an address
    line where a second recipient's honorific begins ("..., Belgium H.E. X Permanent
    Mission ...").
    """
    for line in block.get("address_lines") or []:
        if _NOT_POSTAL.search(str(line)):
            shown = line if len(line) <= 40 else line[:37] + "..."
            draft.todo(
                (*path, "address_lines"),
                f"the address holds '{shown}', a web address or the section's own: check "
                "where the address ends",
            )
            break
        tokens = str(line).split()
        later = [fold(t).strip(",;:") for t in tokens[1:]]
        if any(word in ("h.e.", "h.e") for word in later) or re.search(
            r"\s(?:His|Her|Son|Seine|Su)\s+(?:Excellency|Excellence|Exzellenz|Excelencia)\b",
            str(line),
        ):
            # the channels below it may be the second recipient's: nothing in it is surer
            draft.todo(
                path,
                f"the address holds an honorific inside '{line[:40]}': a second recipient "
                "run into this one? check every value of the block",
            )
            break
    faxes = block.get("fax")
    numbers = [("fax", value) for value in (faxes if isinstance(faxes, list) else [faxes])]
    numbers += [
        (f"phones.{n}", phone.get("number")) for n, phone in enumerate(block.get("phones") or [])
    ]
    for where, number in numbers:
        if not number:
            continue
        if len(re.sub(r"\D", "", str(number))) > MAX_NUMBER_DIGITS or _TWO_NUMBERS.search(
            str(number)
        ):
            key: Path = (*path, "fax") if where == "fax" else (*path, "phones", int(where[7:]))
            draft.todo(key, f"'{number}' holds more than one number: check it")
    name = str(block.get("name") or "")
    if name and any(fold(word).strip(".,:;()") in _HEADING_WORDS for word in name.split()):
        draft.todo(
            (*path, "name"),
            "this name holds a word of the page's headings or labels: check the block",
        )
    salutation = block.get("salutation")
    for said in salutation.values() if isinstance(salutation, dict) else [salutation]:
        said = str(said or "")
        labelled = re.search(r"\b([^\W\d_]{2,20})\s?:", said)
        if (
            re.search(r"\d|@|https?://", said)
            or len(said.split()) > 12
            or (labelled and label_of(labelled.group(1), table))
        ):
            draft.todo(
                (*path, "salutation"),
                f"the salutation '{said[:40]}' holds more than a salutation: check where it ends",
            )
            break
    note = str(block.get("note") or "")
    if note and not draft.marked((*path, "note")):
        labelled = re.search(r"\b([^\W\d_]{2,20})\s?:\s*(?:\+?\(?\d|[\w.+-]+@)", note)
        # "trying to persuade and the people we are trying to help.": the end of a paragraph
        # whose first lines stand above the block
        tail = note[:1].islower() and len(note.split()) >= 6 and note.rstrip().endswith(".")
        if (
            tail
            or len(note.split()) > MAX_NOTE_WORDS
            or (labelled and label_of(labelled.group(1), table) in _CHANNEL_LABELS)
        ):
            draft.todo(
                (*path, "note"),
                "this note is long or holds a channel: check whether the letter needs it",
            )
            held = label_of(labelled.group(1), table) if labelled else None
            field = {"phone": "phones", "email": "emails"}.get(held or "", held or "")
            if field in block:
                # "Fax: 1" / "Fax: 2" (the second kept in the note): which is the one?
                draft.todo(
                    (*path, field),
                    f"the note holds another {held} ('{note[:40]}'): check which to use",
                )


# Words of a page's headings and labels, never in an addressee's name ("URGENT ACTION APPEAL",
# "Sample letter", "Musterbrief"), in the languages read (folded).
_HEADING_WORDS = frozenset(
    {"urgent", "action", "actions", "appeal", "appeals", "sample", "letter", "salutation",
     "email", "e-mail", "fax", "twitter", "facebook", "click", "amnesty", "eilaktion",
     "aktion", "musterbrief", "briefvorschlag", "anrede", "urgente", "acción", "accion",
     "lettre", "modèle", "modele", "carta", "modelo", "saludo", "formule"}
)  # fmt: skip
_CHANNEL_LABELS = frozenset({"fax", "phone", "email", "web", "twitter", "facebook", "instagram"})


def _name_in_title(title: str, table: Markers, least: int = 2) -> str | None:
    """Return `least` or more capitalised words of a title that read like a person's name
    (no office, authority, place or joining word among them), or None."""
    if not title:
        return None
    from .blocks import HONORIFICS, is_name

    known = _office_words(table, "office_words") | _office_words(table, "organisation_words")
    from .blocks import _JOINTS

    run: list[str] = []
    runs: list[list[str]] = []
    before = ""  # the word before the run: "of Home Affairs" names an office's field
    for token in [*title.split(), ""]:
        word = fold(token).strip(".,;:()")
        if (
            token[:1].isupper()
            and (run or before not in _JOINTS)
            and word not in known
            and word not in HONORIFICS
            and not any(ch.isdigit() for ch in token)
            and not country_code(token.strip(".,;:()"), table.language)
        ):
            run.append(token)
            continue
        if len(run) >= least:
            runs.append(run)
        run = []
        before = word
    for found in runs:
        name = " ".join(found).strip(" ,;")
        if is_name(name, table) and not country_code(name, table.language):
            return name
    return None


# The generic endings of addresses, and longer endings that begin like one of them.
_GENERIC_ENDINGS = ("com", "org", "net", "gov", "edu", "int", "mil")
_LONGER_ENDINGS = frozenset(
    ["company", "community", "computer", "network", "organic", "international", "education"]
)


def _run_on_email(email: str) -> bool:
    """Say whether an email address ends in a word the page ran into it: "x@y.orgopens",
    "x@y.gob.mxTel" (a label's end in capitals after small letters, or a generic ending
    with letters after it)."""
    ending = email.rsplit(".", 1)[-1] if "@" in email and "." in email else ""
    if re.search(r"[a-z][A-Z]", ending):
        return True
    lowered = ending.lower()
    return lowered not in _LONGER_ENDINGS and any(
        lowered.startswith(generic) and len(lowered) >= len(generic) + 3
        for generic in _GENERIC_ENDINGS
    )


def _words(text: str) -> set[str]:
    return {fold(word).strip(".,:;()") for word in re.split(r"[\s/-]+", text)}


def _office_words(table: Markers, kind: str) -> set[str]:
    """Return the words of an office's title (`office_words`, with honorifics) or of an
    authority's name (`organisation_words`), in the text's language and in English."""
    from .blocks import HONORIFICS

    words = set(HONORIFICS) if kind == "office_words" else set()
    for source in (table, TABLES["en"]):
        words |= {fold(w).strip(".") for w in getattr(source, kind)}
    return words


# The styles an office-holder's name may open with, which the block rules keep in the name.
_STYLES = frozenset(["hon", "rt"])


def _office_as_organisation(
    draft: Draft, block: dict[str, Any], path: Path, table: Markers, first: str
) -> None:
    """Mark an organisation that opens with an office's word ("Inspector General of Police")
    above an address whose first line names an authority ("National Police"): the office
    may be a second title line and the authority the block's organisation."""
    organisation = str(block.get("organisation") or "")
    if not organisation or re.search(r"\d", first):
        return
    authorities = _office_words(table, "organisation_words")
    lead = fold(organisation.split()[0]).strip(".,")
    if lead in authorities or lead not in _office_words(table, "office_words"):
        return
    if not _words(first) & authorities:
        return
    for key in ("organisation", "address_lines"):
        draft.todo(
            (*path, key),
            f"the organisation '{organisation}' reads like an office and the address's first "
            f"line '{first}' like an authority: check how the block was read",
        )


def _address(
    draft: Draft, block: dict[str, Any], path: Path, table: Markers, section: str | None
) -> None:
    lines = block.get("address_lines") or []
    if not lines:
        return
    language = table.language
    named = any(
        country_code(part, language)
        for line in lines
        for part in (line, line.rsplit(",", 1)[-1], " ".join(line.split()[-3:]))
    )
    from .blocks import is_name

    odd = _not_an_address(lines, table)
    if odd:
        draft.todo((*path, "address_lines"), odd)
    first = lines[0]
    if (
        len(first.split()) >= 2
        and is_name(first, table)
        and not country_code(first, language)
        # "Phnom Penh, Cambodia": a city and its country, no name
        and not country_code(first.rsplit(",", 1)[-1].strip(" ."), language)
    ):
        draft.todo(
            (*path, "address_lines"),
            f"the address begins with '{first}', which reads like a person's name: check "
            "how the block was read",
        )
        if block.get("name") and not draft.marked((*path, "name")):
            # the block's name was read from another line ("GENERALSTAATSANWÄLTIN X" above
            # the holder's name): which of the two names the addressee?
            draft.todo(
                (*path, "name"),
                f"the address begins with '{first}', which reads like a person's name too: "
                "check which line names the addressee",
            )
    offices = _office_words(table, "office_words")
    _office_as_organisation(draft, block, path, table, first)
    # ("Dr. Velasco, Número 175": a street named after someone, with its house number)
    titled = [
        line
        for line in lines
        if fold(line.split()[0]).strip(".,") in offices and not re.search(r"\d", line)
    ]
    if titled:
        # two recipients run together: the channels below may be the second one's
        draft.todo(
            path,
            f"the address holds '{titled[0]}', which reads like an office: two recipients "
            "run together? check the block",
        )
    coded = any(_POSTAL_CODE.search(line) for line in lines)
    if not named and not coded:
        draft.todo(
            (*path, "address_lines"),
            "this address has no postal code and names no country: check that it is whole",
        )
    country = block.get("country")
    case_country = draft.record.get("country")
    office = fold(" ".join(str(block.get(key) or "") for key in ("title", "organisation")))
    abroad = bool(
        case_country
        and country != case_country
        and not re.search(r"embass|mission|ambassad|botschaft|konsulat|consul|embajad", office)
    )
    if (
        country
        and not named
        and (country != section or abroad)
        and not draft.marked((*path, "country"))
    ):
        # A country read from a postal code is a guess; the section's own country is the
        # expected one for an embassy, not for an office of the case's state.
        draft.todo(
            (*path, "country"),
            "the address does not name its country; it was read from the city or the postal "
            "code: check it",
        )


# Salutation words that are also courtesy titles of a block's first line ("Monsieur le
# Président", "Señor Fiscal"): a title beginning with one of these is a salutation only when
# it ends as one does, in a comma or a colon.
_COURTESY_SALUTATIONS = frozenset(
    fold(word) for word in ("monsieur", "madame", "señor", "señora", "sire")
)
# Postal addresses in the corpus have at most five lines below the recipient; a block
# with more has run on into what follows it (the model letter, the next heading).
MAX_ADDRESS_LINES = 7


def _salutation(line: str, table: Markers) -> bool:
    """Say whether a line begins as a letter's salutation does ("Dear Minister,")."""
    folded = fold(line).strip()
    for source in dict.fromkeys((table, TABLES["en"])):
        for word in source.salutation_words:
            if re.match(rf"{re.escape(fold(word))}\b", folded):
                courtesy = fold(word) in _COURTESY_SALUTATIONS
                return not courtesy or folded.rstrip().endswith((",", ":"))
    return False


def _not_an_address(lines: list[str], table: Markers) -> str | None:
    """Return what to check when address lines read like something else than an address:
    a salutation, a letter's closing, a sentence of prose, or more lines than an address has.

    These are shapes, not phrases: they hold on a layout no rule was written for, where a
    block read by a strong rule ran on into the model letter or the case text.
    """
    tables = list(dict.fromkeys((table, TABLES["en"])))
    if len(lines) > MAX_ADDRESS_LINES:
        return (
            f"this address has {len(lines)} lines, more than an address has: it may run on "
            "into what follows the block; check where it ends"
        )
    for line in lines:
        folded = fold(line)
        shown = line if len(line) <= 40 else line[:37] + "..."
        if _salutation(line, table) or any(
            fold(phrase) in folded for source in tables for phrase in source.letter_end
        ):
            return (
                f"the address holds '{shown}', a letter's salutation or closing: check where "
                "the address ends"
            )
        words = line.split()
        digits = any(ch.isdigit() for ch in line)
        lower = [w for w in words if w[:1].islower() and len(w.strip(".,;:")) > 3]
        sentence = (
            len(words) >= 5 and line.rstrip().endswith((".", "!", "?")) and len(words[-1]) > 4
        )
        if not line.lower().startswith("c/o") and (
            sentence or (len(words) >= 6 and not digits and 2 * len(lower) >= len(words))
        ):
            return (
                f"the address holds '{shown}', which reads like a sentence: check where the "
                "address ends"
            )
    return None


def _numbers(draft: Draft, block: dict[str, Any], path: Path) -> None:
    fax = block.get("fax")
    if fax and len(re.sub(r"\D", "", str(fax))) < 7:
        draft.todo((*path, "fax"), "this fax number is too short to be whole: check it")
    for number, phone in enumerate(block.get("phones") or []):
        if len(re.sub(r"\D", "", str(phone.get("number", "")))) < 7:
            draft.todo(
                (*path, "phones", number), "this phone number is too short to be whole: check it"
            )
    for email in block.get("emails") or []:
        if not _EMAIL.search(email):
            draft.todo((*path, "emails"), f"'{email}' is not an email address: check it")


def _persons(draft: Draft, text: str) -> None:
    """Mark a person named only once, or whose name does not read as one."""
    folded = fold(text)
    for number, person in enumerate(draft.record.get("persons") or []):
        name = str(person.get("name") or "")
        path: Path = ("persons", number)
        names = [name, *(person.get("other_names") or [])]
        mentions = sum(folded.count(fold(spelling)) for spelling in names if spelling)
        if mentions < 2 and not draft.marked(path):
            draft.todo(
                path,
                "this name stands only once in the text: check that the case is about this "
                "person, and the spelling",
            )
        words = name.split()
        if _ends_cut(name, draft.language):
            draft.todo((*path, "name"), "this name ends in a word no name ends in: cut? check it")
        if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name) or name[:1].islower():
            # what was read with a misread name (a gender, a status) is as unsure as the name
            draft.todo(
                path, "this does not read like a person's name: check it and what was read with it"
            )


def _title(draft: Draft) -> None:
    title = draft.record.get("title")
    if not title:
        return
    title = str(title)
    numbers = re.sub(
        r"\b(?:UA|AU|FI|Index|AI-Index|Date|Datum|Fecha)\b|[A-Z]{3} \d{2}/\d{3,4}/\d{4}|"
        r"\d{1,4}[./]\d{2,4}|[\W\d_]",
        "",
        title,
        flags=re.I,
    )
    header = re.search(
        r"[A-Z]{3} \d{2}/\d{3,4}/\d{4}|\b(?:Index|Date|Datum|Fecha|Índice)\s*:", title, re.I
    )
    if len(title) < 8 or len(title) > 160 or len(title.split()) < 2 or len(numbers) < 6:
        draft.todo(("title",), "this does not read like a headline: check it")
    elif header:
        draft.todo(("title",), "this headline holds the UA's header (index, date): check it")
    elif find_dates(title, draft.language) and len(title) < 40:
        draft.todo(("title",), "this headline is mostly a date: check it")
    elif _ends_cut(title, draft.language):
        draft.todo(("title",), "this headline ends in a word no headline ends in: cut? check it")
    elif _TITLE_BAR.search(title):
        # "Urgent Actions | X", "X | Site name": a page's section or site beside the headline
        draft.todo(("title",), "this headline holds a bar ('|'): check what of it is the page's")
    elif _TITLE_OPENS_CUT.match(title):
        # ": Mexiko X", "- X": the words before it were left out as a kicker, or cut
        draft.todo(("title",), "this headline opens with punctuation: check where it begins")


# A bar between a headline and a page's section or site name; punctuation no headline opens
# with (a quotation, an opening exclamation or bracket may).
_TITLE_BAR = re.compile(r"\s\|\s")
_TITLE_OPENS_CUT = re.compile(r"^\s*[:;,.|/–—-]")


# Words a headline, a name or an office does not end in, per language: articles,
# prepositions, conjunctions. One that ends in one was cut at a line break or run into the
# next line ("YOUTH ARRESTED AT", "Chairperson of the"); its layout was misread, whatever
# rule read it.
_NO_LAST_WORD = {
    "en": "a an the and or of to in at on for by with from as",
    "de": "der die das des dem den ein eine und oder von zu im in am an auf für mit aus bei nach",
    "fr": "le la les l un une des du de d et ou à au aux en pour par sur avec dans",
    "es": "el la los las un una de del y o a al en por para con sobre",
}


def _ends_cut(text: str, language: str) -> bool:
    """Say whether a text ends in a word no headline ends in (see `_NO_LAST_WORD`)."""
    words = re.findall(r"[^\W\d_]+", text)
    return bool(words) and words[-1].casefold() in _NO_LAST_WORD.get(language, "").split()


def _status(draft: Draft, text: str) -> None:
    """Mark an open or updated status when the text tells what often ends an action.

    Closing notices are worded anew by every section and year; a phrase no table knows
    leaves the action "open". What the text reports does not depend on that wording: a date
    after the deadline, or no one to write to by no date (a person released, dead or executed
    is then said first).
    """
    if draft.record.get("status") not in ("open", "update") or draft.marked(("status",)):
        return
    ended = sorted(
        {
            str((person.get("status") or {}).get("state"))
            for person in draft.record.get("persons") or []
            if (person.get("status") or {}).get("state") in ("released", "dead", "executed")
        }
    )
    deadline = _date(draft.record.get("deadline"))
    later = [
        found.iso()
        for found in find_dates(text, draft.language)
        if found.full() and deadline and (_date(found.iso()) or deadline) > deadline
    ]
    record = draft.record
    dated = record.get("deadline") or record.get("deadline_text")
    if later:
        why = f"a date after the deadline ({later[0]})"
    elif ended and not (record.get("targets") and dated):
        why = "a person " + " / ".join(ended) + " and asks to write to no one by a date"
    elif not record.get("targets") and not dated:
        why = "no one to write to and no deadline"
    else:
        return
    draft.todo(("status",), f"the text reports {why}: has the action ended? check the status")


# What a site asks of its readers besides the UA's letters: a bullet holding one is the
# site's promotion, not a request to the authorities.
_PROMOTION = re.compile(
    r"\b(?:donate|donation|become a member|membership|newsletter|subscribe|sign (?:up|our|the "
    r"petition)|spenden?|mitglied werden|newsletter abonnieren|faire un don|adhérez|"
    r"abonnez|haz un donativo|hazte soci[oa]|suscríbete|dona ahora)\b",
    re.I,
)


def _markers_elsewhere(draft: Draft, text: str, tables: list[Markers]) -> None:
    """Mark a value read from a marker where the page gives the marker another reading.

    Whatever the layout, a marker may stand for something else than this UA: the kind's
    marker in the site's menu of a numbered UA, an update's words on a page that also tells
    of the action's end, a headline holding the page's kicker, a bullet of the site's own
    asks.
    """
    record = draft.record
    head = text.split("\n")[:20]
    if draft.rule_of(("kind",)) == "kind.marker" and record.get("ua"):
        draft.todo(
            ("kind",),
            f"the text names a letter action but prints a UA number too ({record['ua']}): a "
            "numbered UA whose page names the letter action (menu, banner)? check the kind",
        )
    elif draft.rule_of(("kind",)) == "kind.marker":
        menu = _only_in_menus(head, [(source, source.letter_action) for source in tables])
        if menu:
            draft.todo(
                ("kind",),
                f"the letter action is named only in what reads like the site's menu ('{menu}'):"
                " check that this page is one",
            )
    if draft.rule_of(("status",)) == "status.marker" and record.get("status") == "update":
        menu = _only_in_menus(head[:12], [(source, source.update) for source in tables])
        if menu:
            draft.todo(
                ("status",),
                f"the update's words stand only in what reads like the site's menu ('{menu}'):"
                " check that this page is an update",
            )
    if (
        draft.rule_of(("status",)) == "status.marker"
        and record.get("status") == "update"
        and not draft.marked(("status",))
    ):
        closing = next(
            (
                found
                for source in tables
                if (found := search((*source.closed_loose, *source.thanks), text, source))
            ),
            None,
        )
        if closing:
            draft.todo(
                ("status",),
                f"this update also says '{closing.group().strip()}', words that often end an "
                "action: check whether the action is closed (or the words quote an earlier "
                "stage)",
            )
    _closing_elsewhere(draft)
    for number, demand in enumerate(record.get("demands") or []):
        promotion = _PROMOTION.search(str(demand))
        if promotion and not draft.marked(("demands", number)):
            draft.todo(
                ("demands", number),
                f"this bullet holds '{promotion.group()}', the site's own ask: check that it "
                "is a request to the authorities of this UA, or delete it",
            )


# A line of a site's menu or breadcrumbs: items set apart by bars, arrows or dots
# ("Home | News | Updates", "Home › Take action › Write for Rights").
_MENU_SEPARATOR = re.compile(r"\s(?:\||›|»|>|·|•)\s")


def _only_in_menus(lines: list[str], phrases: list[tuple[Markers, tuple[str, ...]]]) -> str | None:
    """Return the menu line holding the phrases, when every line holding one is a menu's
    (two separators or more), else None."""
    holding = [
        line for line in lines if any(search(words, line, source) for source, words in phrases)
    ]
    if holding and all(len(_MENU_SEPARATOR.findall(line)) >= 2 for line in holding):
        shown = holding[0].strip()
        return shown if len(shown) <= 60 else shown[:57] + "..."
    return None


def _closing_elsewhere(draft: Draft) -> None:
    """Mark a closed status (and its notice) whose closing words tell of another case or time.

    A page may quote an earlier closure ("an earlier action for him was closed on 3 May
    2019 after his release; he was arrested again") or another UA's: its notice then names a
    date well before the page was issued, or another UA's number.
    """
    record = draft.record
    notice = str(record.get("status_text") or "")
    if record.get("status") != "closed" or not notice:
        return
    issued = _date(record.get("issued"))
    earlier = [
        found.iso()
        for found in find_dates(notice, draft.language)
        if found.full()
        and issued
        and (_date(found.iso()) or issued) < issued - dt.timedelta(days=MAX_NOTICE_AGE_DAYS)
    ]
    own = _number_key(record.get("ua"))
    others = sorted(
        {
            m.group("number")
            for m in _OTHER_UA.finditer(notice)
            if _number_key(m.group("number")) != own
        }
    )
    teaser = _TEASER.search(notice)
    years = [
        m.group()
        for m in _YEAR.finditer(notice)
        if issued and int(m.group()) < issued.year and not earlier
    ]
    quoted = _QUOTED_NOTICE.search(notice)
    if earlier:
        why = f"a date long before this page was issued ({earlier[0]})"
    elif years:
        why = f"a year before this page was issued ({years[0]})"
    elif quoted:
        why = f"words someone wrote or said ('{quoted.group().strip()}'), quoted"
    elif teaser:
        why = f"a link ('{teaser.group()}'), as a teaser of another page does"
    elif others:
        why = f"another UA's number ({', '.join(others)})"
    else:
        return
    for path in (("status",), ("status_text",)):
        if not draft.marked(path):
            draft.todo(
                path,
                f"the closing notice names {why}: does it quote an earlier or another action's "
                "closure? check that this action is closed",
            )


# A link or a teaser's "read more" in a notice: the line is another page's summary (a list
# of related actions), not this page's notice.
_TEASER = re.compile(
    r"https?://\S+|www\.\S+|\b(?:read more|more info|weiterlesen|mehr erfahren|lire la suite|"
    r"en savoir plus|leer más|ver más)\b",
    re.I,
)
# A year in a notice ("In 2019 the action ended"): one before the page's issue year tells of
# an earlier stage.
_YEAR = re.compile(r"\b(?:19[6-9]\d|20[0-4]\d)\b")
# A notice that quotes what someone wrote or said ("Amnesty wrote: 'This action has ended.'").
_QUOTED_NOTICE = re.compile(
    r"\b(?:wrote|said|stated|announced|écrivait|a écrit|escribió|dijo|schrieb)\s*:\s*[\"'“‘«„]",
    re.I,
)
# How long before a page's issue date its closing notice may be dated: a notice is dated
# when the action ended, after the page was issued, or printed on the same day.
MAX_NOTICE_AGE_DAYS = 60


def _demands(draft: Draft) -> None:
    for number, demand in enumerate(draft.record.get("demands") or []):
        # Japanese writes no spaces between words: count its characters instead.
        words = list(str(demand)) if draft.language == "ja" else str(demand).split()
        short = len(words) < (12 if draft.language == "ja" else 4)
        heading = str(demand).rstrip().endswith(":") or str(demand).isupper()
        if short or heading or re.search(r"https?://|www\.|@\w", str(demand)):
            draft.todo(
                ("demands", number),
                "this does not read like a request to the authorities: check it, or delete it",
            )
    # The form of the demands is read from them: it is no surer than they are.
    demands = draft.record.get("demands") or []
    doubtful = [n for n in range(len(demands)) if draft.marked(("demands", n))]
    if draft.record.get("demand_form") and doubtful and not draft.marked(("demand_form",)):
        draft.todo(
            ("demand_form",),
            f"read from demands of which {len(doubtful)} of {len(demands)} are doubtful: check it",
        )


# How a text whose stored copy ends within a sentence still ends: a full stop, a bracket, a
# quotation mark or a colon ends a line; a word does not.
_ENDED = re.compile(r"[.!?:;)\]\"'»”’…]$")


def _leaves(value: Any, path: Path) -> list[tuple[Path, str]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in _leaves(item, (*path, key))]
    if isinstance(value, list):
        # a list of values is marked whole ("address_lines"), a list of mappings per item
        return [
            leaf
            for number, item in enumerate(value)
            for leaf in _leaves(item, (*path, number) if isinstance(item, dict) else path)
        ]
    return [(path, value)] if isinstance(value, str) else []


def _cut_at_end(draft: Draft, text: str) -> None:
    """Mark a value read from the text's last line when the stored copy stops inside it.

    Stored copies of pages are cut after some thousand characters, often inside a word
    ("Telegrams: Secretario Gober"): a value that runs to where the text stops may be a
    piece of a longer one, whatever rule read it.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or _ENDED.search(lines[-1]):
        return
    last = re.sub(r"\s+", " ", lines[-1])
    words = last.split()
    if len(words) < 2:
        return
    tail = " ".join(words[-2:])
    # Who to write to and who the case is about: a value cut there is a wrong address, name
    # or number (a request or a notice cut short still reads; the facts are checked whole).
    for key in ("targets", "copies", "persons", "groups"):
        if key not in draft.record:
            continue
        for path, value in _leaves(draft.record[key], (key,)):
            if path[-1] == "salutation":
                continue  # a greeting is whole where it stops ("Dear Prosecutor General")
            said = re.sub(r"\s+", " ", value).strip()
            if len(said) >= len(tail) and said.endswith(tail) and not draft.marked(path):
                draft.todo(
                    path,
                    "the stored text stops here, within this value: it may be cut; check it "
                    "against the whole page",
                )
