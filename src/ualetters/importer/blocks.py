"""Blocks of targets and copies: who (title, name, organisation), where (address), how (channels).

A UA prints a target as a block of lines (title, name, organisation, address lines, then
labelled channels and a salutation), as one run-together line (Amnesty USA: "Ambassador Qin
Gang Embassy of ... 3505 International Place NW Washington, DC 20008"), or as comma-separated
fields ("HIS EXCELLENCY MR LIU XIAOMING, Embassy of ..., 49-51 Portland Place W1B 1JL").
Each line is cut into parts and each part is classified by the words of the language's table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from .dates import fold
from .markers import COURTESY_TITLES, TABLES, Markers
from .text import country_code, label_of

# Words of street names and address lines in the languages UAs are addressed in.
_STREET_WORDS = frozenset(
    [
        "street",
        "st",
        "st.",
        "avenue",
        "ave",
        "ave.",
        "road",
        "rd",
        "rd.",
        "lane",
        "boulevard",
        "blvd",
        "square",
        "place",
        "pl",
        "lu",
        "jie",
        "dajie",
        "nandajie",
        "beidajie",
        "hutong",
        "xiang",
        "qu",
        "shi",
        "sheng",
        "per.",
        "per",
        "pereulok",
        "prospekt",
        "ulitsa",
        "ul.",
        "str.",
        "str",
        "strasse",
        "straße",
        "allee",
        "platz",
        "weg",
        "gasse",
        "vul",
        "vul.",
        "vulitsa",
        "rue",
        "av.",
        "av",
        "calle",
        # "Avenida Peatonal General X", "Avda. de Y", "Calzada Z", "Carretera a W": a street
        # whatever office or name its words hold
        "avenida",
        "avda",
        "avda.",
        "calzada",
        "carretera",
        "plaza",
        "paseo",
        "carrera",
        "po",
        "box",
        "p.o.",
        "c/o",
        "[c/o]",
        "floor",
        "intersection",
        # Buildings an official sits in ("Palais Al Ittihadia", "State House", "Palacio de
        # Nariño", "Edificio X"): a line naming one is where, not who
        "palace",
        "palais",
        "palacio",
        "palast",
        "house",
        "building",
        "edificio",
        "immeuble",
        "batiment",
        "gebaude",
    ]
)
# Words of the divisions a country's addresses name (a district, a prefecture, a Mexican
# "colonia"): a line holding one and no office is an address line, never a name
# ("Kizilsu Kyrgyz Autonomous Prefecture", "Colonia Doctores, Alcaldía Cuauhtémoc").
_PLACE_DIVISIONS = frozenset(
    [
        "district",
        "prefecture",
        "province",
        "region",
        "county",
        "oblast",
        "governorate",
        "municipality",
        "borough",
        "autonomous",
        "city",
        "town",
        "village",
        "ward",
        "quartier",
        "arrondissement",
        "commune",
        "département",
        "canton",
        "colonia",
        "alcaldía",
        "alcaldia",
        "delegación",
        "barrio",
        "distrito",
        "provincia",
        "municipio",
        "comuna",
        "bezirk",
        "landkreis",
        "kreis",
        "kanton",
        "gemeinde",
        "phường",
        "quận",
        "huyện",
        "tỉnh",
    ]
)
_DIVISIONS = frozenset(fold(word) for word in _PLACE_DIVISIONS)
# Adjectives that begin the name of an organisation ("Permanent Mission", "Royal Court").
_ORGANISATION_ADJECTIVES = frozenset(
    [
        "permanent",
        "royal",
        "federal",
        "national",
        "supreme",
        "central",
        "provincial",
        "municipal",
        "general",
    ]
)
HONORIFICS = frozenset(
    [
        "h.e.",
        "h.e",
        "he",
        "his",
        "her",
        "excellency",
        "majesty",
        "highness",
        "honourable",
        "honorable",
        # "Son Excellence", "Seine Exzellenz", "Su Excelencia", "Excmo. Sr."
        "excellence",
        "exzellenz",
        "excelencia",
        "excmo",
        "excma",
        "excmo.",
        "excma.",
        "monsieur",
        "madame",
        "señor",
        "señora",
        "mr",
        "mrs",
        "ms",
        "s.",
        "s",
        "e.",
        "e",
        "herrn",
        "herr",
        "frau",
        "dr",
        # "Dra. X": the Spanish and Portuguese doctor's title of a woman
        "dra",
        # "Prof. X", "Prof. Dr. X": an academic title, no part of the name (as "Dr.")
        "prof",
        "sr",
        "sra",
        # "Sa Majesté", "Su Majestad", "Seine Majestät", "Son Altesse", "Su Alteza"
        "majeste",
        "majestad",
        "majestat",
        "altesse",
        "alteza",
        "hoheit",
    ]
)
# Honorifics no name holds ("Son Excellence", "Monsieur"; not "Sr", "E", "his").
_WORDY_HONORIFICS = frozenset(word for word in HONORIFICS if len(word) >= 6)
# Courtesy words a name may open with ("Ms Luo Hui", "Herrn X", "Mme Y", "Sra. Z").
_NAME_TOKEN = re.compile(
    r"^(?:[‘'’]?[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'‘.-]*|(?:al|el|ad|as|ash|at|az)-[\w’'‘-]+|de|da|del|van|von|bin|bint|ibn|ben|abu|al|el|y|di|la|le|dos|das)$"
)
_US_STATES = (  # noqa: SIM905
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
    "NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY"
).split()
_POSTCODES = (
    # United States: "Washington DC 20008", "New York, NY 10017"
    (
        re.compile(
            r"^(?P<city>[A-Za-z .'-]+?),?\s+(?P<area>D\.C|"
            + "|".join(_US_STATES)
            + r")\.?\s+(?P<code>\d{5}(?:-\d{4})?)$"
        ),
        "US",
    ),
    # United States, the state and ZIP code alone: "NY 10017", "Floor New York, NY 10017"
    (
        re.compile(
            r"(?:^|[\s,])(?P<area>D\.C\.|"
            + "|".join(_US_STATES)
            + r")\s+(?P<code>\d{5}(?:-\d{4})?)$"
        ),
        "US",
    ),
    # United Kingdom: "London W1B 1JL", "Portland Place W1B 1JL"
    (re.compile(r"^(?P<city>.*?)\s*(?P<code>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})$"), "GB"),
    # Canada: "Ottawa, ON K1N 6N6", the province also spelt out ("Ottawa, Ontario K1N 6N6",
    # "Gatineau, Quebec J8X 4B5", "Victoria, British Columbia V8W 9E2")
    (
        re.compile(
            r"^(?P<city>.+?),?\s+(?P<area>[A-Z]{2}|[A-Z][a-zé]+(?:[ -][A-Z][a-zé]+)?)"
            r"\s+(?P<code>[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
        ),
        "CA",
    ),
    # Canada, the province in brackets: "Ottawa (Ontario) K1A 0A6"
    (
        re.compile(r"^(?P<city>.+?)\s+\((?P<area>[^)]+)\)\s+(?P<code>[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"),
        "CA",
    ),
)
# The sections' capitals, where the embassies they route letters through stand, under their
# postal codes: "1030 Wien", "3006 Bern", "10117 Berlin", "1050 Bruxelles". They say which
# country an address is in, not that lines are an address (a section's own office has one).
_CAPITAL_POSTCODES = (
    (re.compile(r"(?:^|[\s,-])(?:A-)?(?P<code>\d{4})\s+(?P<city>Wien|Vienna|Vienne)$"), "AT"),
    (re.compile(r"(?:^|[\s,-])(?:CH-)?(?P<code>\d{4})\s+(?P<city>Bern|Berne)$"), "CH"),
    (re.compile(r"(?:^|[\s,-])(?:D-)?(?P<code>\d{5})\s+(?P<city>Berlin|Bonn)$"), "DE"),
    (
        re.compile(r"(?:^|[\s,-])(?:B-)?(?P<code>\d{4})\s+(?P<city>Bruxelles|Brussel|Brussels)$"),
        "BE",
    ),
    (re.compile(r"(?:^|[\s,-])(?:F-)?(?P<code>75\d{3})\s+(?P<city>Paris)$"), "FR"),
    (re.compile(r"(?:^|[\s,-])(?:E-)?(?P<code>28\d{3})\s+(?P<city>Madrid)$"), "ES"),
)


@dataclass
class Block:
    """A target or copy as printed: the neutral record's fields, and what to check."""

    fields: dict[str, Any] = field(default_factory=dict)
    todos: dict[str, str] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)
    copies: list[Block] = field(default_factory=list)
    # How the block was found (a rule of evidence.py); "" for the list's own kind of block.
    rule: str = ""


# Words of a phrase that are in no one's name ("HIGHEST GUARDIAN OF THE LAND").
_NEVER_IN_NAMES = frozenset(["of", "the", "for", "and", "und", "et", "to", "in", "on"])


def is_name(text: str, table: Markers) -> bool:
    """Say whether `text` looks like a person's name: 1-5 capitalised words, no office word."""
    tokens = text.replace(",", " ").split()
    if not 1 <= len(tokens) <= 5 or any(ch.isdigit() for ch in text):
        return False
    words = {fold(t).strip(".,") for t in tokens}
    if words & (
        _offices(table) | _organisations(table) | _STREET_WORDS | _NEVER_IN_NAMES | _DIVISIONS
    ):
        return False
    if words & _WORDY_HONORIFICS:
        return False  # "Son Excellence X": a title before the name
    if table.language == "de" and any(is_office_word(t, table) for t in tokens):
        return False  # "Ministerpräsidenten Vietnams"
    if country_code(text, table.language) or country_code(text.removesuffix("s"), "de"):
        return False  # a country, or its German genitive ("Justizminister Vietnams")
    ends = (tokens[0], tokens[-1])
    capitalised = all(t[:1].isupper() or re.match(r"^(?:al|el)-", t, re.I) for t in ends)
    return capitalised and all(_NAME_TOKEN.match(t) for t in tokens)


def is_office_word(word: str, table: Markers) -> bool:
    """Say whether a word names an office, also as a German compound or inflected
    ("Ministerpräsidenten", "Justizministerin", "Generalstaatsanwalt")."""
    folded = fold(word).strip(".,;:()")
    offices = _offices(table)
    if folded in offices:
        return True
    if table.language != "de":
        return False
    endings = ("en", "n", "in", "innen", "s", "e")
    stems = {folded} | {folded.removesuffix(end) for end in endings if folded.endswith(end)}
    return any(len(office) >= 5 and stem.endswith(office) for stem in stems for office in offices)


def _words(text: str) -> set[str]:
    return {fold(word).strip(".,:;") for word in text.split()}


@cache
def _offices(table: Markers) -> frozenset[str]:
    words = {fold(w) for w in table.office_words | TABLES["en"].office_words}
    return frozenset(words | {w.rstrip(".") for w in words})


@cache
def _organisations(table: Markers) -> frozenset[str]:
    return frozenset(map(fold, table.organisation_words | TABLES["en"].organisation_words))


@cache
def _foreign_bodies() -> frozenset[str]:
    """The organisation words of every language read: a page in one language prints the
    bodies of the case's country in its own ("Ministerio de Relaciones Exteriores")."""
    return frozenset(fold(w) for table in TABLES.values() for w in table.organisation_words)


# The words that join the parts of an institution's name, in the languages read.
_JOINTS = frozenset(
    {"of", "the", "for", "and", "de", "la", "le", "les", "du", "des", "d'", "et", "pour",
     "für", "der", "die", "das", "und", "del", "los", "las", "y", "el", "para"}
)  # fmt: skip


def _kind(text: str, table: Markers, language: str) -> str:
    """Return what one part of a block is: address, country, organisation, title, name, note."""
    words = [fold(w).strip(".,;:()") for w in text.split()]
    wordset = set(words)
    if country_code(text, language):
        return "country"
    if _CARE_OF_START.match(text):
        return "address"
    if re.match(r"^\(.*\)$", text) or (
        len(words) >= 7
        and sum(w.islower() for w in text.split()) > len(words) / 2
        # an institution's long name has no lower-case words but its joints ("Embassy of
        # the Republic of the Union of X", "Ministère de la Justice et des Libertés")
        and not (
            words[0] in _organisations(table)
            and all(w in _JOINTS for w in text.split() if w.islower())
        )
        # "Ministry of interior & coordination of national security": a body's name in
        # small letters is no sentence (no full stop ends it)
        and not (
            words[0] in _organisations(table)
            and len(words) <= 10
            and not text.rstrip().endswith((".", "!", "?"))
        )
    ):
        return "note"
    if (
        any(ch.isdigit() for ch in text)
        or wordset & _STREET_WORDS - _saints(text)
        or fold(text).startswith(("c/o", "[c/o]"))
    ):
        return "address"
    if re.search(r",\s*[^,]+$", text) and country_code(text.rsplit(",", 1)[1], language):
        return "address"
    if wordset & _DIVISIONS and not wordset & (_offices(table) | _organisations(table)):
        return "address"
    if words and (words[0] in _offices(table) | HONORIFICS or fold(text.split()[0]) in HONORIFICS):
        return "title"
    if _SPACED_EXCELLENCY.match(text):
        return "title"  # "H E The President X": His Excellency, its letters spaced
    if len(words) > 2 and set(words[:2]) & _WORDY_HONORIFICS:
        return "title"  # "The Honourable X", "Son Excellence X", "Su Excelencia X"
    if (
        len(words) > 2
        and words[0] == "the"
        and words[1] in _offices(table)
        and not wordset & _organisations(table)
    ):
        return "title"  # "The Head of State of Sabah", "The Governor of X"
    if (
        table.language == "en"
        and 2 <= len(words) <= 4
        and words[-1] in _offices(table)
        and not wordset & _JOINTS
        and all(w[:1].isupper() for w in text.split())
    ):
        # "Cabinet Secretary", "National Police Director", "Supreme Court President": in
        # English the body's words come before the office they qualify
        return "title"
    if wordset & _organisations(table) or fold(text).startswith(("the ", "office of")):
        return "organisation"
    if wordset & _offices(table):
        return "title"
    if len(words) >= 3 and words[0] in _foreign_bodies() and set(words[1:3]) & _JOINTS:
        return "organisation"  # "Ministerio de Relaciones Exteriores" on an English page
    if is_name(text, table):
        return "name"
    return "title" if text.isupper() else "organisation"


# "H E" / "H. E." before an office: His (Her) Excellency, printed with its letters apart.
_SPACED_EXCELLENCY = re.compile(r"^H\.?\s+E\.?\s+(?=[A-Z])")
_NAME_PARTICLES = frozenset(
    ["bin", "binti", "bint", "ibn", "al", "el", "de", "da", "van", "von", "der", "abu", "ould"]
)


def _long_name(text: str, table: Markers) -> bool:
    """Say whether a line is a name of up to nine words: capitalised words and particles
    ("Tan Sri Haji Mohamad Said bin Kernak"), no office, organisation or number."""
    tokens = text.split()
    words = {fold(t).strip(".,'’") for t in tokens}
    if not 2 <= len(tokens) <= 9 or any(ch.isdigit() for ch in text):
        return False
    if words & (_offices(table) | _organisations(table) | _STREET_WORDS | _DIVISIONS):
        return False
    return (
        all(t.lstrip("‘'’")[:1].isupper() or fold(t) in _NAME_PARTICLES for t in tokens)
        and tokens[-1][:1].isupper()
    )


def _saints(text: str) -> set[str]:
    """Return "st"/"st." where it abbreviates Saint before a place ("Staatsanwalt von St.
    Petersburg", "Procureur de St. Gall"), not Street after a name ("Main St.")."""
    tokens = ["", *text.split()]
    saints = {
        fold(token).strip(",;:()")
        for before, token, after in zip(tokens, tokens[1:], tokens[2:], strict=False)
        if fold(token).strip(",;:()") in ("st", "st.")
        and token[:1] == "S"
        and after[:1].isupper()
        and not before[:1].isupper()
    }
    return saints | {saint.strip(".") for saint in saints}


def _holder(text: str, table: Markers) -> str | None:
    """Return the name a line gives after honorifics only ("His Excellency Mr X" -> "X")."""
    office, holder = split_title_name(text, table)
    if not office or not holder:
        return None
    only_honorifics = all(fold(word).strip(".,") in HONORIFICS for word in office.split())
    return holder if only_honorifics else None


# The possessives and articles before an honorific and a rank ("Sa Majesté le Roi", "Su
# Majestad el Rey", "Seine Majestät der König", "Son Excellence").
_POSSESSIVES = frozenset(["sa", "son", "su", "seine", "ihre", "el", "la", "le", "der", "die"])


def _honoured(text: str, table: Markers) -> bool:
    """Say whether a line is a name after honorifics and a rank ("His Majesty King X Y",
    "Su Excelencia el Presidente X", "Seine Exzellenz Scheich X"), however long the name."""
    tokens = text.split()
    lead = [fold(token).strip(".,") for token in tokens[:2]]
    if not set(lead) & _WORDY_HONORIFICS and lead[:1] not in (["h.e"], ["s.e"]):
        return False  # "Mr X" is a courtesy, read by the name rules
    rank = _offices(table) | HONORIFICS | _NEVER_IN_NAMES | _POSSESSIVES
    at = 0
    while at < len(tokens) and fold(tokens[at]).strip(".,") in rank:
        at += 1
    name = tokens[at:]
    return (
        2 <= len(name) <= 8
        and name[0][:1].isupper()
        and name[-1][:1].isupper()
        and all(_NAME_TOKEN.match(token) for token in name)
    )


def _noble(text: str, table: Markers) -> bool:
    """Say whether a line is a name after a rank of birth ("Prince Khalid bin Salman")."""
    tokens = text.split()
    return (
        len(tokens) >= 3
        and fold(tokens[0]) in _NOBLE_RANKS
        and is_name(" ".join(tokens[1:]).rstrip(","), table)
    )


# A monarch's or a prince's rank before the name ("King Salman bin ...", "Emir Tamim bin ...",
# "Sultan Haitham bin ..."), in the languages read (folded).
_CROWNED_RANKS = frozenset(
    ["king", "könig", "konig", "roi", "rey", "emir", "amir", "sultan", "sultán",
     "queen", "königin", "konigin", "reine", "reina"]
)  # fmt: skip


def _crowned(text: str, table: Markers) -> bool:
    """Say whether a line is a name after a monarch's or a prince's rank, long as Arabic
    names with their particles are ("King Salman bin Abdel aziz Al Saud")."""
    tokens = text.rstrip(" ,").split()
    rank = fold(tokens[0]) if tokens else ""
    if len(tokens) < 3 or rank not in _CROWNED_RANKS | _NOBLE_RANKS or re.search(r"\d", text):
        return False
    rest = tokens[1:]
    words = {fold(t).strip(".,'’") for t in rest}
    if len(rest) > 9 or words & (_offices(table) | _organisations(table) | _NEVER_IN_NAMES):
        return False
    particles = sum(fold(t) in _NAME_PARTICLES for t in rest)
    # one word in lower case inside a name with particles: the page's spelling ("Abdel aziz")
    odd = [t for t in rest if not _NAME_TOKEN.match(t)]
    return (
        rest[0][:1].isupper()
        and rest[-1][:1].isupper()
        and (particles > 0 or len(rest) <= 4)
        and (not odd or (particles > 0 and len(odd) == 1 and odd[0].isalpha()))
    )


def split_title_name(text: str, table: Markers) -> tuple[str | None, str | None]:
    """Return (title, name) of "Ambassador Qin Gang", "H.E. Majid Takht Ravanchi", "Head, X"."""
    if "," in text:
        first, rest = (part.strip() for part in text.split(",", 1))
        if is_name(rest, table) and not is_name(first, table):
            return first, rest
    tokens = text.split()
    offices = _offices(table) | HONORIFICS
    last_office = max(
        (
            i
            for i, t in enumerate(tokens)
            if fold(t).strip(",") in offices or fold(t).strip(".,") in offices
        ),
        default=-1,
    )
    if last_office < 0:
        return (None, text) if is_name(text, table) else (text, None)
    lead = 0
    while lead < len(tokens) and fold(tokens[lead]).strip(".,") in offices:
        lead += 1
    if (
        0 < lead < last_office
        and len(tokens) - lead <= 5
        and tokens[last_office][:1].isupper()
        and last_office + 1 < len(tokens)
        and is_name(" ".join(tokens[lead:last_office]), table)
        and is_name(" ".join(tokens[last_office + 1 :]), table)
    ):
        # "Secretaria Luisa María Alcalde Luján": an office word between the holder's
        # names is one of the names (Alcalde, Bishop, Richter), not a second office
        return " ".join(tokens[:lead]), " ".join(tokens[lead:])
    title, name = " ".join(tokens[: last_office + 1]), " ".join(tokens[last_office + 1 :])
    if len(tokens) == 2 and last_office == 0 and fold(tokens[0]) in _OFFICE_MODIFIERS:
        return text, None  # "Chief Justice", "Lord Chancellor": one office of two words
    if name and fold(name.split()[0]) in _OFFICE_JOINS:
        return _office_of_place(tokens, last_office, table) or (text, None)
    if name and is_name(name, table):
        rank = fold(tokens[last_office]).strip(".,")
        if last_office > 0 and rank in _NOBLE_RANKS:
            # "Ambassador Prince Khalid X": the prince is the holder, the ambassador the office
            return " ".join(tokens[:last_office]).rstrip(","), f"{tokens[last_office]} {name}"
        return title, name
    return text, None


def _foreign_office(text: str, table: Markers) -> tuple[str, str] | None:
    """Return (title, name) of a name line that opens with an office of another language
    than the text's ("Ministra Consejera X" on an English page), or None."""
    first = fold(text.split()[0]).strip(".,") if text.split() else ""
    if not first or first in HONORIFICS or first in COURTESY_TITLES:
        return None
    for other in TABLES.values():
        if other.language == table.language or first not in _offices(other):
            continue
        office, holder = split_title_name(text, other)
        if office and holder:
            return office, holder
    return None


# The words that join an office to its place or body ("Minister of", "Minister für").
_OFFICE_JOINS = frozenset(["of", "for", "de", "del", "du", "der", "des", "di", "für", "fur"])

# Words that make an office of the word after them ("Chief Justice", "Lord Chancellor",
# "Deputy Governor"): with it, no holder's name.
_OFFICE_MODIFIERS = frozenset(["chief", "deputy", "vice", "acting", "lord"])

# Ranks a person holds by service or profession, printed before the holder's name under the
# office ("Minister of the Interior / Major General X", "Presidente / Ingeniero X").
_SERVICE_RANKS = frozenset(
    [
        "colonel",
        "lt",
        "lt.",
        "gen",
        "gen.",
        "col",
        "col.",
        "lieutenant",
        "lieutenant-colonel",
        "lt-colonel",
        "lt-general",
        "lieutenant-general",
        "major",
        "major-general",
        # abbreviated ranks ("Maj. Gen.", "Brig. Gen.", "Capt.")
        "maj",
        "maj.",
        "brig",
        "brig.",
        "capt",
        "capt.",
        "general",
        "brigadier",
        "brigadier-general",
        "captain",
        "admiral",
        "marshal",
        "field",
        "général",
        "commandant",
        "capitaine",
        "coronel",
        "teniente",
        "capitán",
        "almirante",
        "oberst",
        "generalmajor",
        "generalleutnant",
        "ingeniero",
        "ingeniera",
        "ing.",
        "licenciado",
        "licenciada",
        "lic.",
        "abogado",
        "abogada",
    ]
)


def _without_rank(text: str, table: Markers) -> str | None:
    """Return the name after the service ranks that open a line ("Major General X Y"), or
    None when the line opens with none or no name follows."""
    tokens = text.split()
    at = 0
    while at < len(tokens) and fold(tokens[at]).strip(",") in _SERVICE_RANKS:
        at += 1
    name = " ".join(tokens[at:])
    return name if at and len(tokens) - at >= 2 and is_name(name, table) else None


# Ranks a person holds by birth or standing, printed before their name after an office
# ("Ambassador Prince X", "Minister Sheikh Y", "Botschafter Prinz Z", "Embajador Jeque W").
_NOBLE_RANKS = frozenset(
    [
        "prince",
        "princess",
        "prinz",
        "prinzessin",
        "princesse",
        "principe",
        "princesa",
        "sheikh",
        "sheikha",
        "shaikh",
        "scheich",
        "cheikh",
        "jeque",
    ]
)


# The last words of a ministry's portfolio ("Minister of Justice", "Ministre de
# l'Intérieur", "Ministra de Asuntos Exteriores"): the holder's name may follow them.
_PORTFOLIOS = frozenset(
    [
        "justice",
        "interior",
        "affairs",
        "defence",
        "defense",
        "security",
        "health",
        "education",
        "finance",
        "labour",
        "intérieur",
        "étrangères",
        "justicia",
        "exteriores",
        "gobernación",
        "seguridad",
        "justiz",
        "inneren",
        # "Minister für öffentliche Sicherheit X", "Ministre de la Sécurité publique X"
        "sicherheit",
        "verteidigung",
        "sécurité",
        "défense",
        "defensa",
        "äußeren",
        "auswärtigen",
    ]
)


_PORTFOLIOS_FOLDED = frozenset(fold(word) for word in _PORTFOLIOS)

# The words for a state an office serves ("Presidente de la República X", "President of the
# Republic X", "Secretary of State X"), folded, in the languages read: a name may follow.
_STATE_WORDS = frozenset(
    ["republic", "republica", "republique", "republik", "kingdom", "reino", "royaume",
     "konigreich", "state", "estado", "etat", "staat", "nation", "nacion", "union", "union"]
)  # fmt: skip

# Words that qualify the office word after them and belong to the title ("Union Home
# Minister", "Prime Minister", "Foreign Minister", "Attorney General"), folded.
_OFFICE_QUALIFIERS = frozenset(
    ["union", "home", "prime", "foreign", "federal", "interior", "chief", "deputy", "vice",
     "acting", "state", "national", "supreme", "first", "attorney", "public", "general",
     "army", "police", "regional", "provincial", "defence", "defense", "justice", "finance"]
)  # fmt: skip


def holder_first(text: str, table: Markers) -> tuple[str, str] | None:
    """Return (title, name) of a line that prints the holder's name before the office, with
    no comma between ("Mr Aran Velu Union Home Minister of Xland", "Rosa Lima Mendes President
    of the Republic of Y"), or None. The name may keep a courtesy title before it; the words
    that qualify the office ("Union Home", "Prime") go with the title."""
    tokens = text.split()
    if len(tokens) < 3 or any(ch.isdigit() for ch in text):
        return None
    folded = [fold(token).strip(".,;:") for token in tokens]
    lead = 1 if folded[0] in COURTESY_TITLES else 0
    offices = _offices(table)
    at = next((i for i in range(lead + 1, len(tokens)) if folded[i] in offices - HONORIFICS), None)
    if at is None or not tokens[at][:1].isupper():
        return None
    rest = tokens[at + 1 :]  # the words after the office's word
    least = lead + (1 if lead else 2)  # "Mr Shah" keeps one word of name, "Aran Velu" two
    while at - 1 >= least and folded[at - 1] in _OFFICE_QUALIFIERS and tokens[at - 1][:1].isupper():
        at -= 1
    name, title = tokens[:at], tokens[at:]
    if not least <= at <= lead + 4 or not is_name(" ".join(tokens[lead:at]), table):
        return None
    # the office runs to the end: its body's or place's words, capitalised or joints
    if rest and (
        fold(rest[0]) not in _OFFICE_JOINS | {"and", "&"}
        or not all(word[:1].isupper() or fold(word) in _JOINTS for word in rest)
    ):
        return None
    return " ".join(title).rstrip(" ,"), " ".join(name)


def _office_of_place(tokens: list[str], last_office: int, table: Markers) -> tuple[str, str] | None:
    """Return (title, name) of an office of a place or body followed by its holder's name
    ("Fiscal General de México Alejandro Gertz Manero", "Director of X Police Force Y Z"):
    the name begins after a country, a place's word or an organisation's word."""
    ends = (
        _organisations(table)
        | {fold(w) for w in table.place_words | TABLES["en"].place_words}
        | _PORTFOLIOS_FOLDED
        | _STATE_WORDS
    )
    for cut in range(last_office + 2, len(tokens) - 1):
        name = " ".join(tokens[cut:])
        if not 2 <= len(tokens) - cut <= 4 or not is_name(name, table):
            continue
        before = [fold(t).strip(".,") for t in tokens[:cut]]
        place = any(
            country_code(" ".join(tokens[cut - count : cut]), table.language) for count in (1, 2, 3)
        )
        if place or before[-1] in ends:
            return " ".join(tokens[:cut]).rstrip(","), name
    return None


# The Chinese titles the Secretariat prints after an official's name, in pinyin ("Guo
# Shengkun Buzhang", "Chen Quanguo Shuji"): in a run-together block they end the name.
_PINYIN_TITLES = frozenset(
    [
        "shuji",
        "buzhang",
        "juzhang",
        "tingzhang",
        "yuanzhang",
        "zongli",
        "zhuxi",
        "zhuren",
        "shizhang",
        "jianchazhang",
        "suozhang",
        "shengzhang",
    ]
)


def _pinyin_holder(line: str, table: Markers) -> tuple[str, str, str] | None:
    """Return (before, name, after) of a run-together line whose holder's name ends in a
    Chinese title ("Minister of Public Security Guo X Buzhang 14 Dongchang'an Jie ..."), or
    None."""
    tokens = line.split()
    for at, token in enumerate(tokens):
        if fold(token).strip(",.") not in _PINYIN_TITLES or at < 2 or len(tokens) < 4:
            continue
        name = " ".join(tokens[at - 2 : at + 1]).rstrip(",")
        if not is_name(" ".join(tokens[at - 2 : at]), table):
            return None
        return " ".join(tokens[: at - 2]), name, " ".join(tokens[at + 1 :]).lstrip(", ")
    return None


def classify(line: str, table: Markers, language: str) -> list[tuple[str, str]]:
    """Return the parts of a block's line, each with its kind (a run-together line has several)."""
    if _CARE_OF_START.match(line):
        return [("address", line)]  # "c/o Embassy of X, Street 15, City": all of it is where
    held = _pinyin_holder(line, table)
    if held:
        before, name, after = held
        return [
            *(classify(before, table, language) if before else []),
            ("name", name),
            *(classify(after, table, language) if after else []),
        ]
    addressed = _ADDRESSED_TO.match(line)
    office = line[addressed.end() :] if addressed else ""
    if office and fold(office.split()[0]).strip(".,") in _offices(table):
        # "Al fiscal federal a cargo de la Fiscalía ...", "An den Präsidenten": the office
        # the letter is addressed to, however long its words run
        return [("title", office)]
    if _kind(line, table, language) == "note":
        lead = _before_prose(line, table, language)
        if lead:
            # "X, Prosecutor General, Due to postal restrictions, please ...": who, run
            # together with a remark on how to reach them
            return [*classify(lead, table, language), ("note", line[len(lead) :].strip(" ,"))]
        return [("note", line)]
    out: list[tuple[str, str]] = []
    if _is_fields(line, table, language):
        parts: list[str] = []
        for part in (p.strip() for p in re.split(r",\s+(?=\S)", line)):
            if (
                parts
                and _kind(part, table, language) == "organisation"
                and _kind(parts[-1], table, language) == "organisation"
            ):
                # "Commander, Northern Command, Armed Forces of X": a body within a body,
                # both the organisation
                parts[-1] = f"{parts[-1]}, {part}"
                continue
            parts.append(part)
        out.append(("todo", "fields"))
    else:
        parts = _leading_parts(line, table, language)
        if len(parts) > 1 and _is_run_together(line, table):
            kinds = {_kind(part, table, language) for part in parts}
            if not kinds & {"address", "country"} and _kind(parts[0], table, language) != "name":
                # "King X Office of ... Royal Court, Riyadh Kingdom of Saudi Arabia": the comma
                # is inside the address, which the run's words give, not the comma
                parts = [line]
    for number, part in enumerate(parts):
        named = _name_before_number(part, table) if number else None
        if named and _kind(part, table, language) == "address":
            # "Director of X, Vo Hung Minh 404D Street": the name runs into the address
            out += [("name", named), ("address", part[len(named) :].strip())]
            continue
        if len(parts) > 1 and _EMAIL.fullmatch(part):
            out.append(("email", part))
            continue
        if len(parts) > 1 and re.fullmatch(r"[+\d][\d ()./-]{6,}", part):
            out.append(("phone", part))
            continue
        kind = _kind(part, table, language)
        if kind in ("address", "title", "organisation") and _is_run_together(part, table):
            out += [("todo", "run"), *_run_together(part, table, language)]
        elif kind == "title" and (who := _office_name_organisation(part, table)):
            out += [("todo", "run"), *who]
        else:
            out.append((kind, part))
    return out


# "To" before an office that opens an address block ("Al fiscal federal", "À la ministre").
_ADDRESSED_TO = re.compile(
    r"^(?:al|a\s+la|a\s+los|au|à\s+la|à\s+l['’]|aux|an\s+den|an\s+die|an\s+das|to\s+the)\s+(?=\w)",
    re.I,
)


def _office_name_organisation(text: str, table: Markers) -> list[tuple[str, str]] | None:
    """Cut "Secretary Menardo I. Guevarra Department of Justice" (an office, a name and an
    organisation run into one line, with no address) into its three parts; None for one
    title ("Minister of Justice") or anything else."""
    tokens = text.split()
    if len(tokens) < 4:
        return None
    parts = _who_parts(tokens, table)
    kinds = [kind for kind, _ in parts]
    if kinds != ["title", "name", "organisation"]:
        return None
    name = parts[1][1]
    if not is_name(name, table) or len(name.split()) > 5:
        return None
    return parts


def _before_prose(line: str, table: Markers, language: str) -> str | None:
    """Return the parts of a line before the comma where a sentence begins, when they name
    someone (a name, an office, an organisation); else None. A paragraph that opens with
    a name ("Maria X, musicienne ..., a rejoint ...") is longer than a remark."""
    if len(line.split()) > 40:
        return None
    opener = _REMARK_OPENER.search(line)
    if opener and opener.start() > 0:
        # "Public Prosecutor X Due to postal restrictions ..., please only send ...": a
        # remark's sentence run into the line that names whom to write to, no comma between
        said = line[: opener.start()].rstrip(" ,")
        found = {_kind(item, table, language) for item in re.split(r",\s+(?=\S)", said)}
        who = {"name", "title", "organisation"}
        if found & who and found <= who | {"address", "country"}:
            return said
    parts = re.split(r",\s+(?=\S)", line)
    for number, part in enumerate(parts):
        words = part.split()
        if len(words) >= 4 and sum(word[:1].islower() for word in words) * 2 > len(words):
            lead = parts[:number]
            kinds = {_kind(item, table, language) for item in lead}
            if lead and kinds <= {"name", "title", "organisation"}:
                return ", ".join(lead)
            break
    return None


# The words a remark on how to reach someone opens with, in the languages read.
_REMARK_OPENER = re.compile(
    r"(?<=\S\s)(?:Due to|Owing to|Because of|Please note|Aufgrund|Wegen der|En raison d|"
    r"Debido a|A causa de)\b"
)


def _name_before_number(part: str, table: Markers) -> str | None:
    """Return the name that opens an address part ("Vo Hung Minh 404D Street"), or None."""
    tokens = part.split()
    first_number = next((i for i, t in enumerate(tokens) if any(ch.isdigit() for ch in t)), 0)
    if not 2 <= first_number <= 4:
        return None
    words = {fold(t).strip(".,") for t in tokens[:first_number]}
    if words & (_STREET_WORDS | _STREET_NAMES | {fold(w) for w in _NUMBER_WORDS}):
        return None
    name = " ".join(tokens[:first_number])
    return name if is_name(name, table) else None


# "ad interim" after an office ("Chargé d'affaires, a.i."; "p.i." in French and Spanish).
_INTERIM = re.compile(r"(?:a\.\s?i\.|ad interim|p\.\s?i\.|e\.\s?r\.)", re.I)


def _leading_parts(line: str, table: Markers, language: str) -> list[str]:
    """Return a line cut at commas after a title or a name ("Head of judiciary, X", "X, Embassy").

    Once an organisation or an address begins, the rest of the line stays one part when it
    holds an address ("The Office of ..., Islamic Republic Street"): it is one address line.
    """
    parts = [p.strip() for p in re.split(r",\s+(?=\S)", line)]
    if len(parts) < 2:
        return [line]
    if _INTERIM.fullmatch(parts[-1]) and len(parts) == 2:
        return [line]  # "Chargé d'affaires, a.i.": the office, acting
    kinds = [_kind(p, table, language) for p in parts]
    if kinds[0] == "name" and _kind(parts[1], table, language) != "name":
        office, _holder = split_title_name(parts[1], table)
        if office and not _holder and fold(parts[1]).split()[0] in _offices(table):
            # "Zhang Rui, Director of Guangzhou Public Security Bureau": the holder first
            return [parts[0], parts[1], *([", ".join(parts[2:])] if parts[2:] else [])]
    if (
        kinds[0] == "name"
        and kinds[1] in ("title", "organisation")
        and len(parts[0].split()) >= 2
        and not any(kind in ("address", "country") for kind in kinds[1:])
    ):
        # "Nguyen X, Prime Minister's Office": the holder, then where they sit
        return parts
    if all(kind in ("address", "country") for kind in kinds) or kinds[0] != "title":
        return [line]
    first = [fold(word).strip(".,") for word in parts[0].split()]
    office_at = next((i for i, word in enumerate(first) if word in _offices(table)), 0)
    if (
        len(parts) == 2
        and kinds[1] == "country"
        and len(first) >= 5
        and (
            set(first) & _organisations(table)
            # "X Y President of the Republic City, Country": the holder first, then the
            # office and the city, the comma inside the address
            or (office_at >= 2 and is_name(" ".join(parts[0].split()[:office_at]), table))
        )
        and _is_run_together(line, table)
    ):
        # "President X President's Office Da Lat, Viet Nam": one run of who and where, its
        # comma inside the address
        return [line]
    if (
        kinds[1] == "address"
        and first[0] in HONORIFICS
        and not set(first) & _offices(table) - HONORIFICS
    ):
        return [line]  # "Dr. Velasco, Número 175": a street named after someone
    out: list[str] = []
    for number, kind in enumerate(kinds):
        if kind in ("title", "name"):
            out.append(parts[number])
            continue
        rest = parts[number:]
        if any(k in ("address", "country") for k in kinds[number:]):
            return [*out, ", ".join(rest)]
        return [*out, *rest]
    return out


def _is_fields(line: str, table: Markers, language: str) -> bool:
    """Say whether a line is comma-separated fields (title+name, organisation, address, ...)."""
    parts = [p.strip() for p in line.split(",")]
    if len(parts) < 3:
        return False
    kinds = {_kind(p, table, language) for p in parts}
    channels = any(_EMAIL.fullmatch(p) or re.fullmatch(r"[+\d][\d ()./-]{6,}", p) for p in parts)
    return len(kinds - {"address"}) >= 2 and ("title" in kinds or channels)


def _is_run_together(text: str, table: Markers) -> bool:
    """Say whether a part holds both who (office, name) and where (an address)."""
    tokens = text.split()
    if len(tokens) < 5:
        return False
    words = {fold(t).strip(".,") for t in tokens}
    who = words & (_offices(table) | _organisations(table) | HONORIFICS)
    return bool(who) and _address_start(tokens, table) is not None


# Words that name a street without any house number printed: where an address begins in a
# run of words ("... Constant Ndima Avenue du Lac, Goma"). Shorter street words ("St",
# "Pl", "Lu") also end names of persons or offices, so they need a number beside them.
_STREET_NAMES = frozenset(
    [
        "street",
        "avenue",
        "road",
        "boulevard",
        "lane",
        "rue",
        "calle",
        "avenida",
        "paseo",
        "strasse",
        "straße",
        "allee",
        "ulitsa",
        "vulitsa",
        "prospekt",
        # Buildings an address may begin with instead of a street ("Palais Al Ittihadia",
        # "Ittihadia Palace", "Palacio de Miraflores", "Edificio Central")
        "palace",
        "palais",
        "palast",
        "palacio",
        "palazzo",
        "building",
        "batiment",
        "batiment",
        "immeuble",
        "edificio",
        "gebaude",
    ]
)
# Of those, the words that come before the street's name ("Avenue du Lac", "Calle Mayor");
# the others follow it ("Islamic Republic Street").
_STREET_FIRST = frozenset(
    [
        "avenue",
        "boulevard",
        "rue",
        "calle",
        "avenida",
        "paseo",
        "palais",
        "palacio",
        "palazzo",
        "batiment",
        "batiment",
        "immeuble",
        "edificio",
    ]
)
# Words for "number" printed before a house number ("No. 15", "Số 2", "Nr. 4", "N° 12").
_NUMBER_WORDS = frozenset(["no.", "no", "nr.", "nr", "số", "n°", "nº", "número", "num.", "núm."])
# Words after which a country's name is part of an office or organisation, not its address
# ("President of the Republic of Kenya").
_OF_WORDS = frozenset(["of", "the", "de", "del", "du", "des", "der", "von", "la", "le", "d'"])


def _address_start(tokens: list[str], table: Markers) -> int | None:
    """Return where the address begins in a run of words: at its first number (and the
    street's words before it), at a street's word, or at the country that ends a run whose
    address a comma shows ("... Royal Court, Riyadh Kingdom of Saudi Arabia")."""
    numbered = [i for i, t in enumerate(tokens) if any(ch.isdigit() for ch in t)]
    if any(i >= 2 for i in numbered):
        return numbered[0]
    folded = [fold(t).strip(".,;") for t in tokens]
    street = next((i for i, w in enumerate(folded) if i >= 2 and w in _STREET_NAMES), None)
    if street is not None:
        if folded[street] in _STREET_FIRST and street + 1 < len(tokens):
            return street
        return _street_name_start(tokens, street, table)
    if not any(t.endswith(",") for t in tokens[:-1]):
        return None  # "Botschaft der Islamischen Republik Iran": the country names an office
    for count in range(min(6, len(tokens) - 3), 0, -1):
        tail = " ".join(tokens[-count:])
        if country_code(tail, table.language) and folded[-count - 1] not in _OF_WORDS:
            start = len(tokens) - count
            comma = next(
                (i for i in range(len(tokens) - 2, start - 2, -1) if tokens[i].endswith(",")),
                None,
            )
            if comma is not None and comma <= start:
                # "... Office Hà Nội, Việt Nam": the city before the comma is the address's
                city = comma
                while (
                    city > comma - 2
                    and city > 2
                    and tokens[city - 1][:1].isupper()
                    and not tokens[city - 1].endswith(",")
                    and folded[city - 1] not in _offices(table) | _organisations(table)
                    # "President of the Republic Lilongwe, Malawi": the office's words
                    and folded[city - 2] not in _OF_WORDS
                ):
                    city -= 1
                start = city
            return start
    return None


def _street_name_start(tokens: list[str], street: int, table: Markers) -> int:
    """Return where the street whose word ("Road", "Street") stands at `street` begins: its
    name's capitalised words before it ("Orchard Road"), up to two, and none that is an
    office's or organisation's word ("... Office of the Prime Minister Orchard Road")."""
    folded = [fold(t).strip(".,;") for t in tokens]
    others = _offices(table) | _organisations(table) | HONORIFICS | _OF_WORDS
    begin = street
    while begin > max(street - 2, 2) and tokens[begin - 1][:1].isupper():
        if folded[begin - 1] in others or tokens[begin - 1].endswith(","):
            break
        begin -= 1
    return begin


def _run_together(text: str, table: Markers, language: str) -> list[tuple[str, str]]:
    """Cut "Name Title Organisation 12 Street City Country" into its parts."""
    tokens = text.split()
    start = _address_start(tokens, table) or 0
    if not any(ch.isdigit() for ch in tokens[start]):
        pass  # the address begins at a street's word or at its country
    elif start and fold(tokens[start - 1]) in {fold(word) for word in _NUMBER_WORDS}:
        start -= 1  # "Số 2 Hùng Vương", "No. 15"
    # A street name may come before the house number ("Tekhnichesky per. 2").
    elif start >= 2 and fold(tokens[start - 1]).strip(",") in _STREET_WORDS:
        start -= 2
    else:
        # The street's word, its name (one or two words), then the number ("Vul. Lenina,
        # 22", "Vul. Karla Marksa 38").
        for back in (2, 3):
            word = fold(tokens[start - back]).strip(",") if start >= back else ""
            if word in _STREET_WORDS:
                start -= back
                if word in _STREET_NAMES and word not in _STREET_FIRST:
                    # "Orchard Road Istana, Singapore 238823": the name before the word
                    start = _street_name_start(tokens, start, table)
                break
    who, where = tokens[:start], " ".join(tokens[start:])
    parts = _who_parts(who, table)
    return [*parts, ("address", where)]


def _comma_before_office(name: list[str]) -> int:
    """Return where the name before an office word ends: at a comma that leaves one or two
    capitalised words before the office ("Lee Hsien Loong, Prime Minister": "Prime" is the
    office's, though no table lists it alone), else after all of its words."""
    for number in range(len(name) - 1, max(len(name) - 3, 1) - 1, -1):
        if name[number - 1].endswith(",") and all(t[:1].isupper() for t in name[number:]):
            return number
    return len(name)


# Articles that open an office's title ("X Y The President of Z", "X Y Le Ministre de Z").
_TITLE_ARTICLES = frozenset(["the", "der", "die", "le", "la", "el"])


def _article_before_office(tokens: list[str], cut: int) -> int:
    """Return where a name ends before its office: an article right before the office opens
    the title ("H.E X Y The President of Z": the name is "X Y"), unless the name would be
    left empty."""
    if cut > 1 and fold(tokens[cut - 1]) in _TITLE_ARTICLES:
        return cut - 1
    return cut


# Words that join two offices into one title ("Secretary General and State President").
_TITLE_JOINS = frozenset(["and", "&", "und", "et", "y"])


def _who_parts(tokens: list[str], table: Markers) -> list[tuple[str, str]]:
    """Cut the tokens before an address into title, name and organisation."""
    offices = _offices(table) | HONORIFICS
    organisations = _organisations(table)
    folded = [fold(t).strip(".,") for t in tokens]
    first_office = next((i for i, w in enumerate(folded) if w in offices), None)
    title_goes_on = (
        first_office is not None
        and first_office + 1 < len(folded)
        and folded[first_office + 1] in ("of", "for", "de", "du", "der", "des")
    )
    org_at = next(
        (
            i
            for i, w in enumerate(folded)
            if w in organisations
            and (
                i == 0 or folded[i - 1] not in ("of", "the", "de", "der") or tokens[i - 1] == "The"
            )
            and not (title_goes_on and first_office is not None and i > first_office)
        ),
        None,
    )
    if org_at is not None and org_at > 0 and re.search(r"['’]s$", tokens[org_at - 1]):
        # "Prime Minister X Prime Minister's Office": the office's possessive, and the words
        # of the title it repeats, open the organisation
        owner = [*tokens[: org_at - 1], re.sub(r"['’]s$", "", tokens[org_at - 1])]
        for size in range(min(3, org_at), 0, -1):
            if owner[-size:] == tokens[:size] and org_at - size > size:
                org_at -= size
                break
        else:
            org_at -= 1
    organisation = None
    if org_at is not None and first_office is None:
        # No office: the words are an organisation's ("Urumqi Public Security Bureau ...").
        return [("organisation", " ".join(tokens))]
    if org_at is not None:
        while org_at > 0 and folded[org_at - 1] in _ORGANISATION_ADJECTIVES:
            org_at -= 1
        if org_at > 0 and tokens[org_at - 1] == "The":
            org_at -= 1  # "... Khamenei The Office of the Supreme Leader"
        organisation = " ".join(tokens[org_at:])
        tokens, folded = tokens[:org_at], folded[:org_at]
    parts: list[tuple[str, str]] = []
    office_positions = [i for i, w in enumerate(folded) if w in offices]
    if office_positions and office_positions[0] == 1:
        # One word before the office belongs to it ("Party Secretary", "Public Prosecutor").
        offices = offices | {folded[0]}
        office_positions = [0, *office_positions]
    if not office_positions:
        if tokens:
            parts.append(("name", " ".join(tokens)))
    elif office_positions[0] > 0:
        # "Alexander Ivanovich Bastrykin Chairman of the Investigative Committee ..."
        cut = _article_before_office(tokens, office_positions[0])
        parts += [("name", " ".join(tokens[:cut])), ("title", " ".join(tokens[cut:]))]
    else:
        # "Ambassador Qin Gang", "Minister Tang Yijun Minister of Justice",
        # "Party Secretary of X Ma Xingrui"
        first_run = 0
        while first_run < len(tokens) and folded[first_run] in offices:
            first_run += 1
        later = [i for i in office_positions if i >= first_run]
        if later and first_run < len(tokens) and folded[first_run] in _TITLE_JOINS:
            # "Secretary General and State President X": one title of two offices
            first_run = later[0] + 1
            while first_run < len(tokens) and folded[first_run] in offices:
                first_run += 1
        rest = tokens[first_run:]
        later = [i - first_run for i in office_positions if i >= first_run]
        if rest and fold(rest[0]) in ("of", "for", "de", "du", "der", "des"):
            # The title goes on ("Party Secretary of Xinjiang"); the name is its last two words.
            parts += [
                ("title", " ".join(tokens[:-2])),
                ("name", " ".join(tokens[-2:])),
                ("todo", "name"),
            ]
        elif later:
            cut = _article_before_office(rest, _comma_before_office(rest[: later[0]]))
            parts += [("name", " ".join(rest[:cut]).rstrip(",")), ("title", " ".join(rest[cut:]))]
        else:
            parts += [("title", " ".join(tokens[:first_run])), ("name", " ".join(rest))]
    if organisation:
        parts, organisation = _caps_name_ends(parts, organisation, table)
        parts.append(("organisation", organisation))
    return [(kind, text) for kind, text in parts if text]


def _caps_name_ends(
    parts: list[tuple[str, str]], organisation: str, table: Markers
) -> tuple[list[tuple[str, str]], str]:
    """Return the parts and the organisation of a run whose name is printed in capitals
    ("MR CALEB EXAMPLE Kenya High Commission"): the name ends with its capitals, and the words
    after it open the organisation — when the title is in capitals too, or those words are a
    country's name or open with an organisation's word. A name printed surname first in
    capitals ("Ambassador NGUYEN VAN Anh Embassy of ...") is not cut; a cut is marked."""
    organisations = _organisations(table)
    title_in_caps = any(
        kind == "title" and text.isupper() and len(text) > 1 for kind, text in parts
    )
    out: list[tuple[str, str]] = []
    for kind, text in parts:
        words = text.split()
        caps = 0
        while caps < len(words) and words[caps].isupper() and len(words[caps]) > 1:
            caps += 1
        if (
            kind == "name"
            and 2 <= caps < len(words)
            and words[caps][:1].isupper()
            and (
                title_in_caps
                or fold(words[caps]).strip(".,") in organisations
                or any(
                    country_code(" ".join(words[caps:end]), table.language) is not None
                    for end in range(caps + 1, min(caps + 3, len(words)) + 1)
                )
            )
        ):
            out += [(kind, " ".join(words[:caps])), ("todo", "organisation")]
            organisation = f"{' '.join(words[caps:])} {organisation}"
            continue
        out.append((kind, text))
    return out, organisation


def parse_block(lines: list[str], table: Markers, language: str, case_country: str | None) -> Block:
    """Return the target (or copy) a block of lines describes."""
    block = Block(lines=list(lines))
    fields = block.fields
    lines = [
        part
        for line in lines
        for piece in _CARE_OF.split(line)
        for part in _unrun_channels(piece, table, block)
    ]
    # "President X | State House, Nairobi | x@y": a bar between the parts of an unlabelled
    # line ends each (a labelled one's bar joins numbers: "Fax: 1 | 2")
    lines = [
        part
        for line in lines
        for part in ([line] if _labelled(line, table) else re.split(r"\s+\|\s+", line))
        # a line of punctuation alone ("." between the name and the office) holds nothing
        if part and re.search(r"\w", part)
    ]
    if (
        lines
        and re.fullmatch(r"[^\d:@]{3,40}:", lines[0].strip())
        and len(lines[0].split()) <= 4
        and not _labelled(lines[0], table)
    ):
        if is_office_word(lines[0].split()[0].strip(":"), table):
            # "Minister for Foreign Affairs:" / "X Y" / ...: the office heads its holder
            lines = [lines[0].rstrip(" :"), *lines[1:]]
        else:
            # "contact information:", "Coordonnées :": the heading of the list, not a field
            lines = lines[1:]
    heads: list[tuple[str, str]] = []
    run_together = False
    last_label = ""
    taken: set[int] = set()
    for number, line in enumerate(lines):
        if number in taken:
            continue
        labelled = _labelled(line, table)
        if labelled:
            name, value = labelled
            last_label = name
            following = lines[number + 1] if number + 1 < len(lines) else ""
            joined = re.search(r"\s(?:or|oder|ou|o|and|und|et|y)$|,$", value, re.I)
            if joined and following and not _labelled(following, table):
                # "E-Mail: a@x.org oder" / "b@x.org": the list goes on on the next line
                value = f"{value} {following}"
                taken.add(number + 1)
            remark = re.fullmatch(r"\([^()]*\)", value)
            if remark and following and not _labelled(following, table) and name != "copy":
                # "Fax: (via Ministry of Interior)" / "+966 11 ...": a remark where the value
                # should be; the value is on the next line, the remark is its note
                value = f"{following} {value}"
                taken.add(number + 1)
            elif not value and name == "address" and following and not _labelled(following, table):
                # "Address:" on a line of its own, the address's lines under it up to the
                # next label: every one of them is the address
                for below in range(number + 1, len(lines)):
                    if _labelled(lines[below], table):
                        break
                    heads.append(("address", lines[below]))
                    taken.add(below)
                continue
            elif not value and following and not _labelled(following, table) and name != "copy":
                # "Email:" on a line of its own, the address on the next: far from its label
                value = following
                taken.add(number + 1)
                block.todos.setdefault(
                    _FIELD_OF_LABEL.get(name, name),
                    f"this value stands on the line after its label '{line.strip()}': check "
                    "that it belongs to it",
                )
            if name in ("name", "title", "organisation", "address"):
                heads.append((name, value))  # "Name: X", "Adresse: Y": who and where
                continue
            _channel(block, name, value, table, language, case_country, line.split(":", 1)[0])
            label = line.split(":", 1)[0].strip(" (")
            if name == "phone" and not (label_of(label, table) or _qualified_label(label, table)):
                block.todos.setdefault(
                    "phones",
                    f"the number under '{label}' was taken as a telephone line: check it is one",
                )
            note = label_note(line, table)
            field = fields.get(_FIELD_OF_LABEL.get(name, name))
            if note and isinstance(field, list) and field and isinstance(field[-1], dict):
                field[-1].setdefault("note", note)
            continue
        if number and another_number(lines[number - 1], line, table):
            # "Fax: +41 ... (Office in Geneva)" / "+1 212 ... (Mission in New York)": a
            # second number of the same channel; the first stays the channel's value
            more = f"{lines[number - 1].split(':', 1)[0].strip()}: {line}"
            fields["note"] = f"{fields['note']}; {more}" if fields.get("note") else more
            continue
        if line.startswith("@") and last_label in _SOCIAL:
            # "Twitter: @a (English) und" / "@b (Persian)": the list goes on on the next line
            _channel(block, last_label, line, table, language, case_country)
            continue

        remark = REMARK.match(line)
        if remark:
            fields.setdefault("note", line[remark.end() :].strip())
            continue
        if _EMAIL.fullmatch(line) and "protected" not in line:
            fields.setdefault("emails", []).append(line)  # an address needs no label
            continue
        hint = re.match(r"^\((?:[^:()]{2,30}):\s*(.+)\)$", line)
        if hint and label_of(line[1:].split(":", 1)[0], table):
            _channel(
                block,
                label_of(line[1:].split(":", 1)[0], table) or "",
                hint.group(1),
                table,
                language,
                case_country,
            )
            continue
        attention = _ATTENTION.match(line)
        addressee = line[attention.end() :] if attention else ""
        if addressee and not heads and (is_name(addressee, table) or _holder(addressee, table)):
            # "À l'attention de Monsieur X", "z. Hd. Herrn X" opening a block: the addressee,
            # not where to reach someone named above ("a la atención de la Embajada")
            line = addressee
        parts = classify(line, table, language)
        run_together = run_together or any(kind == "todo" for kind, _text in parts)
        heads += parts
    address: list[str] = []
    for index, (kind, text) in enumerate(heads):
        named = str(fields.get("name", ""))
        if (
            kind in ("title", "organisation", "name")
            and named
            and not address
            and len(text) > len(named)
            and fold(text).endswith(" " + fold(named))
        ):
            # "Fiscal General Mohamed X" / "Public Prosecutor Mohamed X": the office and name
            # again, in the language of the original text; the first line is the block's
            block.todos.setdefault(
                "title", f"the block prints '{text}' too, in another wording: check the title"
            )
            continue
        if address and _after_postal_line(address[-1], text, language):
            fields.setdefault("note", text)  # "... K1A 0A6 / Aucun timbre requis"
            continue
        if kind in ("email", "phone"):
            _channel(block, kind, text, table, language, case_country)
        elif kind == "todo" and text == "name":
            block.todos["name"] = (
                "check where the title ends and the name begins in this run-together block"
            )
        elif kind == "todo" and text == "organisation":
            # the name in capitals was cut where its organisation seemed to begin
            block.todos["name"] = (
                "check where the name ends and the organisation begins in this run-together block"
            )
        elif kind == "todo":
            pass
        elif kind in ("address", "country"):
            address.append(text)
        elif kind == "note":
            fields.setdefault("note", text)
        elif (
            kind == "title"
            and "title" not in fields
            and "name" not in fields
            and not address
            and split_title_name(text, table) == (text, None)
            and (first := holder_first(text, table))
        ):
            # "Rosa Lima Mendes President of the Republic of X": the holder, then the office
            fields["title"], fields["name"] = first
            block.todos.setdefault(
                "name",
                f"'{text}' prints the name before the office: check where the name ends and "
                "the title begins",
            )
        elif kind == "title" and "title" not in fields and "name" not in fields and not address:
            office, holder = split_title_name(text, table)
            if office:
                fields["title"] = office
            if holder:
                fields["name"] = holder
                if office and any(is_office_word(word, table) for word in holder.split()):
                    block.todos.setdefault(
                        "name",
                        f"'{holder}' holds a word that also names an office: check where the "
                        "title ends and the name begins",
                    )
        elif kind == "title" and "title" not in fields and not address:
            fields["title"] = text
        elif (
            kind in ("title", "name")
            and address
            and "salutation" not in fields
            and text.rstrip().endswith(":")
            and len(text.split()) <= 8
        ):
            # "Sra. Presidenta X:" under the address: the model letter's salutation
            fields["salutation"] = text.rstrip(" :")
            block.todos.setdefault(
                "salutation",
                "the line under the address that ends in ':' was read as the letter's "
                "salutation: check it",
            )
        elif kind == "title" and "title" not in fields:
            address.append(text)  # "Avenida General X", below the address's first line
        elif (
            kind == "title"
            and "name" in fields
            and not address
            and all(fold(word).strip(".") in HONORIFICS for word in fields["title"].split())
        ):
            # "Mr. X / Chargé d'affaires, a.i.": the office is the title, "Mr." stays with X;
            # "His Excellency X / Ambassador of Y": the honorific is no part of the name
            if not set(map(fold, fields["title"].split())) & _WORDY_HONORIFICS:
                fields["name"] = f"{fields['title']} {fields['name']}"
            fields["title"] = text
        elif (
            kind == "title"
            and "name" in fields
            and len(text) > len(fields["title"])
            and not address
            and _words(fields["title"]) <= _words(text)
        ):
            if fold(text).startswith(fold(fields["title"])) or "organisation" in fields:
                fields["title"] = text  # "Minister Tang Yijun Minister of Justice": the office
            else:
                # "Prime Minister / X / Federal Prime Minister": the office again with words
                # before it, under the name: the office's institution, as the block prints it
                fields["organisation"] = text
                block.todos.setdefault(
                    "organisation",
                    f"the block prints the office '{fields['title']}' above the name and "
                    f"'{text}' below it: check which is the title",
                )
        elif kind == "title" and "name" not in fields and not address and _holder(text, table):
            # "Leader of the Islamic Republic / His Excellency Ayatollah X": the name, without
            # the honorific that opens it
            fields["name"] = _holder(text, table)
        elif kind == "title" and "name" not in fields and not address and _honoured(text, table):
            # "King and Prime Minister / His Majesty King Salman bin Abdul Aziz Al Saud": under
            # the office, the holder's name as the page addresses them, honorifics and rank
            fields["name"] = text
            block.todos.setdefault(
                "name",
                "this name opens with honorifics or a rank: check what the address should print",
            )
        elif kind == "title" and "name" not in fields and not address and _crowned(text, table):
            # "KÖNIG UND MINISTERPRÄSIDENT / King Salman bin Abdel aziz Al Saud": under the
            # office, the holder's name after the rank, as the page prints it
            fields["name"] = text
            block.todos.setdefault(
                "name", f"'{text}' opens with a rank: check whether the address should print it"
            )
        elif (
            kind == "title"
            and "title" in fields
            and "name" not in fields
            and "organisation" not in fields
            and not address
            and not _without_rank(text, table)  # "Major General X": a rank, read below
            and (second := split_title_name(text, table))[1]
            and second[0]
            and is_name(str(second[1]), table)
        ):
            # "Presidente de la Magistratura / Head of the Judiciary Aran Velu": under the
            # office, the office again (another language or wording) with its holder's name
            fields["name"] = second[1]
            block.todos.setdefault(
                "title", f"the block prints '{second[0]}' too, in another wording: check the title"
            )
        elif kind == "title" and "organisation" not in fields and not address:
            fields["organisation"] = text  # "Fiscal General / X / Fiscalía General"
        elif (
            kind == "name"
            and not any(fields.get(k) for k in ("name", "title"))
            and not address
            and (foreign := _foreign_office(text, table))
        ):
            # "Ministra Consejera Libna X" on an English page: an office in the language of
            # the country the official serves, before the name
            fields["title"], fields["name"] = foreign
            block.todos.setdefault(
                "title",
                f"'{foreign[0]}' was read as an office in another language than the text's, "
                "before the name: check the title and the name",
            )
        elif (
            kind == "name"
            and "name" not in fields
            and address
            and fields.get("organisation")
            and _address_goes_on(address, heads[index + 1 :], language)
        ):
            # "Board of X / 12 Y Boulevard / Capitol Station / Austin, TX": a line shaped like a
            # name between an organisation's address lines is a line of that address
            address.append(text)
        elif kind == "name" and "name" not in fields:
            fields["name"] = text
        elif (
            kind == "organisation"
            and "title" in fields
            and "name" not in fields
            and "organisation" not in fields
            and not address
            and _long_name(text, table)
        ):
            # "The Head of State of Sabah" / "TYT Tan Sri Haji Mohamad Said bin Kernak": under
            # the office, a name too long for a name's usual shape, its ranks before it
            fields["name"] = text
            block.todos.setdefault(
                "name", "this line under the office was read as the holder's name: check it"
            )
        elif (
            kind == "organisation"
            and not any(fields.get(k) for k in ("title", "name", "organisation"))
            and not address
            and _long_name(text, table)
            and (
                fold(text.split()[0]) in HONORIFICS
                or {fold(t) for t in text.split()} & {"bin", "bint", "ibn", "ben"}
            )
        ):
            # "Shaikh Hamad bin ‘Issa Al Khalifa" / "Office of His Majesty the King": a
            # holder's long name heads the block, before the office that serves them
            fields["name"] = text
            block.todos.setdefault(
                "name", "this long line heading the block was read as a name: check it"
            )
        elif (
            kind == "organisation"
            and not any(fields.get(k) for k in ("title", "name", "organisation"))
            and not address
            and _without_rank(text, table)
        ):
            # "Lt. Gen. X Y Jr." heading the block: the holder's name after service ranks
            fields["name"] = text
        elif kind == "organisation" and "organisation" not in fields and not address:
            fields["organisation"] = text
        elif kind in ("name", "title", "organisation"):
            address.append(text)
    ranked = str(fields.get("name") or fields.get("organisation", ""))
    holder = _without_rank(ranked, table) if "name" in fields else None
    honorific = str(fields.get("title", "")).split()
    if holder and honorific and all(fold(w).strip(".,") in HONORIFICS for w in honorific):
        # "HIS EXCELLENCY COLONEL X Y" on one line: the rank goes with the honorific
        rank = ranked[: len(ranked) - len(holder)].strip()
        fields["title"], fields["name"] = f"{fields['title']} {rank}", holder
    elif "title" in fields and (_without_rank(ranked, table) or _noble(ranked, table)):
        # "Minister of the Interior / Major General X", "Presidente / Ingeniero X", "Minister
        # of Interior / Prince X bin Y": under the office, the holder's name after a rank of
        # service or birth; the records keep it as printed ("Lt. Gen. X", "Prince X")
        if "name" not in fields:
            fields["name"] = fields.pop("organisation")
        block.todos.setdefault(
            "name", f"'{ranked}' opens with a rank: check whether the address should print it"
        )
    for key in ("name", "title", "organisation"):
        if isinstance(fields.get(key), str):
            # "Ambassador X," / "Embassy of Y,": the comma ends the printed line, not the name
            fields[key] = fields[key].rstrip(" ,;")
    if re.search(r"\b(?:here|hier|ici|aquí|aqui|acá)\W*$", str(fields.get("note", "")), re.I):
        # "Send an email here.", "Hier klicken", "Écrivez ici": a link on the page, whose
        # address the text lost
        block.todos.setdefault(
            "note",
            "this line was a link on the page; the text lost where it led: copy the address "
            "from the page",
        )
    courtesy = str(fields.get("name", "")).split(" ", 1)[0]
    if fold(courtesy).strip(".") in COURTESY_TITLES or fold(courtesy).strip(".,") in HONORIFICS:
        # "Ms Luo Hui" above her office: pages and records differ on keeping "Ms"
        block.todos.setdefault(
            "name",
            f"the name begins with '{courtesy}': check whether the address should print it",
        )
    if address:
        fields["address_lines"] = _address_lines(address, language)
        country = _address_country(fields["address_lines"], language)
        if country:
            fields["country"] = country
    if "," in str(fields.get("organisation", "")):
        block.todos.setdefault(
            "organisation",
            "this line holds the organisation and more: check where its address begins",
        )
    if run_together:
        block.todos.setdefault(
            "",
            "this block was printed as one run of words; check how it was cut into title, "
            "name, organisation and address",
        )
    return block


# A remark printed under a recipient's block: "***We strongly advise ...", "Note: ...",
# "Hinweis: ...", "Remarque : ...", "Nota: ..." (a bullet "* Release ..." has a space).
REMARK = re.compile(
    r"^(?:\*{1,3}|(?:note|nb|n\.b\.|please note|hinweis|bitte beachten|wichtig|remarque|"
    r"important|nota|importante)\s?:\s*)(?=\w)",
    re.I,
)


# "care of" begins an address, also in a line that runs the name into it ("Head of
# judiciary, X c/o Embassy of ..."); "z. Hd.", "a/s", "aux bons soins de", "a/c" and "a la
# atención de" are German, French and Spanish ways to say it.
_CARE_OF_START = re.compile(
    r"(?:c/o|\[c/o\]|z\.\s?Hd\.|a/s|a/c|p/a|care of|aux bons soins d(?:e|u|es|e la)|"
    r"à l['’]attention d(?:e|u|es|e la)|a la atención d(?:e|el))\s",
    re.I,
)
# "For the attention of" names the addressee when it opens a block ("À l'attention de
# Monsieur X", "A la atención del Sr. X", "z. Hd. Herrn X", "Attn: Mr X").
_ATTENTION = re.compile(
    r"^(?:à l['’]attention d(?:e|u|es|e la)|a la atención d(?:e|el)|z\.\s?Hd\.(?:\s?v\.)?|"
    r"attn\.?:?|(?:for|to) the attention of)\s+(?=\S)",
    re.I,
)
_CARE_OF = re.compile(rf"(?<=\w)\s+(?={_CARE_OF_START.pattern})", re.I)


# A telephone or fax number alone on its line, with at most a remark in brackets after it.
_NUMBER_LINE = re.compile(r"^\+?\(?\d[\d ()./-]{6,}\d(?:\s*\([^()]*\))?$")


def another_number(previous: str, line: str, table: Markers) -> bool:
    """Say whether `line` is one more number of the phone or fax labelled on `previous`."""
    labelled = _labelled(previous, table)
    return bool(
        labelled
        and labelled[0] in ("fax", "phone")
        and re.search(r"\d{3}", labelled[1])
        and _NUMBER_LINE.match(line.strip())
    )


def cares_of(line: str) -> bool:
    """Say whether a line begins with "c/o" (or "z. Hd.", "a/s"): the address of someone above."""
    return bool(_CARE_OF_START.match(line.strip()))


# A telephone number printed without a label: 8 or more digits in groups.
_BARE_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")


# The words of a post-office box, right before its number ("P.O. Box", "PO Box", "Postfach",
# "B.P.", "Apartado Postal", "Casilla", "PMB", "Private Bag").
_BOX_BEFORE = re.compile(
    r"(?:\bp\.?\s?o\.?\s?box|\bpostfach|\bb\.\s?p\.|\bboîte postale|\bapartado(?: postal)?|"
    r"\bcasilla(?: de correo)?|\bpmb|\bprivate bag|\bbox)\s*$",
    re.I,
)


def _unrun_channels(line: str, table: Markers, block: Block) -> list[str]:
    """Return a line with the email address and the phone number it ends in on lines of their
    own ("... London, W8 4QP 0207 229 6412", "Fax: 0207 727 8625 kanc@example.org")."""
    labelled = _labelled(line, table)
    if labelled and labelled[0] == "email":
        return [line]  # "Email: a@x.org OR b@x.org": the label holds them all
    parts: list[str] = []
    rest = line
    guessed = False
    email = re.search(rf"(,?)\s+({_EMAIL.pattern})$", rest, re.I)
    if email and rest[: email.start()].strip():
        parts.insert(0, email.group(2))
        guessed = not email.group(1)
        rest = rest[: email.start()].strip()
    number = re.search(rf"(?<=[A-Za-z\d])(,?)\s+({_BARE_PHONE.pattern})$", rest)
    if (
        not labelled
        and number
        # "P.O Box 30510- 00100", "Apartado Postal 1234-5678": the box's number and postal
        # code, right after the box's words
        and not _BOX_BEFORE.search(rest[: number.start()])
        # "Washington, DC 20530-0001": a ZIP+4 code, the postal line's end
        and not any(pattern.search(rest.strip()) for pattern, _code in _POSTCODES)
        and sum(ch.isdigit() for ch in number.group(2)) >= 8
        and re.search(r"[A-Za-z]", rest[: number.start()])
    ):
        # The number that ends an address is the block's telephone (UK embassies print
        # "... W8 4QP 0207 229 6412 Fax: ...").
        parts.insert(0, f"Tel: {number.group(2)}")
        guessed = guessed or not number.group(1)
        rest = rest[: number.start()].strip()
    if guessed:
        # No comma separated them: where the address ends is a guess.
        block.todos.setdefault(
            "", "this block ran its address, numbers and email together; check how it was cut"
        )
    return [rest, *parts]


def _address_goes_on(address: list[str], following: list[tuple[str, str]], language: str) -> bool:
    """Say whether an address read so far is still open and goes on after the line at hand:
    no line of it ends an address (a country, "City, Country", a postcode's line), and the
    next part of the block is another address line ("12 Y Boulevard / Capitol Station /
    Austin, TX 78701"). A name under a closed address, or last, is the addressee's."""
    if not following or following[0][0] not in ("address", "country"):
        return False
    return not any(_closes_address(line, language) for line in address)


def _closes_address(line: str, language: str) -> bool:
    """Say whether an address line is one an address ends with: a country, "City, Country",
    or a postcode with its city ("Austin, TX 78701", "London W1B 1JL", "1030 Wien")."""
    if country_code(line, language):
        return True
    if "," in line and country_code(line.rsplit(",", 1)[1].strip(" ."), language):
        return True
    return any(
        pattern.search(line.strip()) for pattern, _code in (*_POSTCODES, *_CAPITAL_POSTCODES)
    )


def _after_postal_line(previous: str, text: str, language: str) -> bool:
    """Say whether a line after an address's postal-code or country line is a remark
    ("Aucun timbre requis", "No stamp needed", "Porto nicht nötig"): a phrase, no number."""
    postal = country_code(previous, language) or any(
        pattern.search(previous) for pattern, _code in _POSTCODES
    )
    words = text.split()
    if not postal or len(words) < 3 or any(ch.isdigit() for ch in text) or ":" in text:
        return False
    if {fold(w).strip(".,") for w in words} & (_STREET_WORDS | _DIVISIONS):
        return False
    return sum(word[:1].islower() for word in words[1:]) * 2 > len(words) - 1


def _address_lines(parts: list[str], language: str) -> list[str]:
    """Return the address as lines: a run-together address cut where a reader would cut it."""
    lines: list[str] = []
    for part in parts:
        if len(parts) == 1 and part.count(",") >= 3:
            lines += [p.strip() for p in part.split(",") if p.strip()]
            continue
        lines.append(part)
    if lines and re.search(r"\w{4,}\.$", lines[-1]) and country_code(lines[-1][:-1], language):
        lines[-1] = lines[-1][:-1]  # "Nairobi, Kenya.": the full stop of a sentence
    return lines


def _address_country(lines: list[str], language: str) -> str | None:
    """Return the country an address is in: its last line or last part, or its postal code."""
    last = lines[-1].rstrip(" ,;")  # "Washington DC 20007," before a run-together label
    if not last.strip():
        return None  # a line of punctuation only (",", ";")
    words = last.split()
    for candidate in (last, last.rsplit(",", 1)[-1], " ".join(words[-2:]), words[-1]):
        code = country_code(candidate, language)
        if code:
            return code
    for pattern, code in (*_POSTCODES, *_CAPITAL_POSTCODES):
        if pattern.search(last) or pattern.search(last.rsplit(",", 1)[-1].strip()):
            return code
    return None


def _labelled(line: str, table: Markers) -> tuple[str, str] | None:
    """Return (field, value) of a labelled line ("Fax: +202 2577 4716"), or None."""
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]  # "(korrekte Anrede: Exzellenz)"

    match = re.match(r"^([^:]{1,40}?)\s?:\s*(.*)$", line)
    if not match:
        return None
    name = label_of(match.group(1), table) or _qualified_label(match.group(1), table)
    value = match.group(2).strip()
    if (
        name is None
        and _BARE_PHONE.fullmatch(value)
        and sum(ch.isdigit() for ch in value) >= 8
        and not _DATE_SHAPE.fullmatch(value)
        and _phone_line_label(match.group(1), table)
    ):
        # "Comments line of the ministry: 202-555-0100": a telephone line by its own name,
        # kept as the number's note (the block reader marks it)
        return "phone", f"{value} ({match.group(1).strip()})"
    if name is None:
        return None
    return name, value


def _phone_line_label(label: str, table: Markers) -> bool:
    """Say whether a label no table knows names a telephone line ("Comments line of the
    ministry", "Hotline"): a short label with a word of a line, none of a number that
    identifies someone or something ("Inmate number", "Case no.", "Tax ID")."""
    words = {fold(w) for w in re.findall(r"[^\W\d_]+", label)}
    lines = {fold(w) for w in table.phone_line_words | TABLES["en"].phone_line_words}
    return len(label.split()) <= 6 and bool(words & lines) and not words & _IDENTIFYING


# Words of a number that identifies someone or something, no telephone's.
_IDENTIFYING = frozenset(
    {
        "number",
        "no",
        "nr",
        "id",
        "case",
        "inmate",
        "prisoner",
        "file",
        "tax",
        "register",
        "nummer",
        "aktenzeichen",
        "häftling",
        "gefangener",
        "numéro",
        "dossier",
        "détenu",
        "número",
        "expediente",
        "preso",
        "recluso",
        "caso",
    }
)


# A date written in figures ("12.03.2020", "2020-03-12"), no telephone number.
_DATE_SHAPE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _qualified_label(text: str, table: Markers) -> str | None:
    """Return the field of a label followed by what qualifies it ("Online form in English",
    "Phone (Chinese only)"), or None."""
    # "Formulaire de contact", "Formulario de contacto", "X (ex-Twitter)": a label, then
    # what qualifies it
    head = re.match(r"^(.{1,30}?)\s+(?:in|auf|en|de|of|für|\()\s*\S", text.strip())
    if not head:
        return None
    return label_of(head.group(1), table)


def label_note(line: str, table: Markers) -> str | None:
    """Return a qualified label as printed ("Online form in English"), the value's note."""
    match = re.match(r"^([^:]{1,40}?)\s?:", line)
    if not match or label_of(match.group(1), table):
        return None
    return match.group(1).strip() if _qualified_label(match.group(1), table) else None


# A field's label at the start of what followed another field on its line ("F: 202 555
# 0199" after "T: 202 555 0100 | ").
_OTHER_LABEL = re.compile(r"^([^\W\d_][^:\d]{0,15}):\s*(\S.*)$")
_SOCIAL = ("twitter", "facebook", "instagram", "bluesky", "telegram", "mastodon", "social")
# The field of the neutral record each label fills.
_FIELD_OF_LABEL = {
    "email": "emails",
    "phone": "phones",
    "web": "web_forms",
    "subject": "email_subject",
    **dict.fromkeys(_SOCIAL, "social"),
}
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|\[email\s*protected\]", re.I)
# An account as a social field prints it: a handle ("@x"; a Mastodon address "@x@server.org"
# is one account), a page's address; with a note in brackets after it ("@x (English)").
_ACCOUNT = re.compile(
    r"(@[\w.]+(?:@[\w-]+(?:\.[\w-]+)+)?|https?://\S+|(?:www\.)?(?:facebook|instagram|twitter|x)"
    r"\.com/\S+)(?:\s*\(([^)]+)\))?"
)


def _channel(
    block: Block,
    name: str,
    value: str,
    table: Markers,
    language: str,
    case_country: str | None,
    label: str = "",
) -> None:
    """Add a labelled field's value to the block."""
    fields = block.fields
    if name in ("fax", "phone", "email") and not value.strip(" -–—:.,;|/"):
        return  # "Fax:" printed with nothing after it: the block gives no number
    seen = block.todos.setdefault("_labels", "")
    if f"|{name}|" in seen and name in ("fax", "email", "salutation"):
        block.todos[""] = (
            f"this block gives '{name}' twice: it may mix two targets (the columns of a PDF "
            "read as one?); check every value"
        )
    block.todos["_labels"] = seen + f"|{name}|"
    if name in ("fax", "phone") and _EMAIL.search(value) and re.match(r"[+(\d]", value):
        # "Fax: 020 7379 1167 a@x.org / b@y.org": the addresses run into the number's field
        fields.setdefault("emails", []).extend(_EMAIL.findall(value))
        value = _EMAIL.sub(" ", value).strip(" /,;|")
        value = re.sub(r"(?:\s*[/,;|])+\s*$", "", value)
    if name == "email":
        copied = re.split(
            r"\s+(?:copies to|copy to|cc|kopien? an|copies? à|copias? a)\s*:\s*",
            value,
            maxsplit=1,
            flags=re.I,
        )
        if len(copied) == 2:
            # "Email: a@x.org Copies to: b@x.org" inside a target's block: every sender
            # copies the email to the second address.
            value = copied[0]
            copy = Block(lines=[copied[1]])
            copy.fields = {"for": "*", "emails": _EMAIL.findall(copied[1])}
            if copy.fields["emails"]:
                block.copies.append(copy)
        emails = _EMAIL.findall(value)
        disguised = [] if emails else disguised_emails(value, spaced=True)
        if emails:
            fields.setdefault("emails", []).extend(emails)
            if any("protected" in e for e in emails):
                block.todos["emails"] = (
                    "the page hid this address ('[email protected]'); copy the real address "
                    "from the UA's PDF or the section's page"
                )
        elif disguised:
            fields.setdefault("emails", []).extend(address for address, _printed in disguised)
            shown = "; ".join(f"'{printed}' as {address}" for address, printed in disguised)
            block.todos["emails"] = f"the page disguised the address; it was read: {shown}: check"
        elif re.search(r"https?://|www\.", value):
            # "Email: http://www.example.gov/contactus/": the page's contact form
            for url in re.findall(r"https?://\S+|www\.\S+", value):
                form = {"url": url.rstrip(".,;)"), "note": "given after 'Email:'"}
                fields.setdefault("web_forms", []).append(form)
            block.todos["web_forms"] = (
                "an address of a web page was printed as the email: a contact form? check it"
            )
        else:
            block.todos["emails"] = f"an email address was printed but not recognised: '{value}'"
    elif name == "fax":
        # "Fax: 202 234 2609 | 202 223 3377", "Fax: a; b": two numbers
        remarks = re.search(r"(?:\s*\([^()]*\))+$", value)
        if remarks and re.search(r"\d{3}", value[: remarks.start()]):
            # "+966 11 403 3125 (please keep trying)": the remark is the target's note
            fields.setdefault("note", f"Fax: {remarks.group().strip()}")
            value = value[: remarks.start()].strip()
        numbers = [n.strip() for n in re.split(r";|\s\|\s", value) if n.strip()]
        fields.setdefault("fax", numbers if len(numbers) > 1 else value)
    elif name == "phone":
        # "202 332 3344 | 4350", "+1 555 0100 or +1 555 0199": alternatives, each a number
        alternatives = re.split(
            # ("202 555 0100 -OR- 202 555 0199": the word set off by dashes)
            r"\s*;\s*|\s\|\s|\s+-?(?:or|ou|oder|o)-?\s+(?=[+(\d])|\s/\s(?=[+(]?\d)"
            # "(613) 555-0100/ (613) 555-0199": a slash run into the first number
            r"|(?<=\d)/\s+(?=[+(]\d)"
            # "(777) 364 55 55 EXT. 1285, 329 15 77 EXT. 1260": a comma between two numbers
            r"|,\s+(?=[+(]?\d[\d ().-]{6,})",
            value,
            flags=re.I,
        )
        for each in [n.strip() for n in alternatives if n.strip()]:
            other = _OTHER_LABEL.match(each)
            channel = label_of(other.group(1), table) if other else None
            if other and channel and channel != "phone":
                # "T: 202 555 0100 | F: 202 555 0199": the next field on the same line
                _channel(block, channel, other.group(2), table, language, case_country)
                continue
            remark = re.search(r"\(([^)]+)\)\s*$", each)
            number = each[: remark.start()].strip() if remark else each
            phone = {"number": number, **({"note": remark.group(1)} if remark else {})}
            fields.setdefault("phones", []).append(phone)
    elif name == "telegram" and value and not _handles(value):
        # "Telegram: Head of State, City, Country": no account of the network but the older
        # notices' telegram, by its address
        _wire(block, "Telegram", value)
    elif name in _SOCIAL:
        accounts = _handles(value)
        if not accounts and value and name == "social":
            accounts = [(value, None)]
        for printed, note in accounts:
            handle = _handle_of_page(printed, name)
            if handle != printed:
                # "Twitter: https://twitter.com/x": the handle, and the page's address as
                # its note
                note = "; ".join(filter(None, [printed, note]))
            if name == "social":
                # "VKontakte: https://vk.com/x": a network the case format names "other"
                note = "; ".join(filter(None, [label.strip(), note]))
            account = {
                "platform": "other" if name == "social" else name,
                "handle": handle,
                **({"note": note} if note else {}),
            }
            fields.setdefault("social", []).append(account)
        if name == "social" and accounts:
            block.todos.setdefault(
                "social",
                f"an account on '{label.strip() or value}', a network the case format has no "
                "name for (platform 'other'): check it",
            )
        if any(re.match(r"https?://|www\.|\w+\.com/", printed) for printed, _n in accounts):
            # "Telegram: https://t.me/x": the account's page, not its handle; readers give
            # the one or the other ("@x", "x")
            block.todos.setdefault(
                "social",
                "the account is given by its page's address: check the handle read from it "
                "(the part after the last '/')",
            )
    elif name in ("telegrams", "telexes"):
        _wire(block, name.capitalize(), value)
    elif name == "web":
        for url in re.findall(r"https?://\S+|www\.\S+", value):
            fields.setdefault("web_forms", []).append({"url": url.rstrip(".,;)")})
    elif name == "salutation":
        fields["salutation"] = _salutations(value, table)
        if isinstance(fields["salutation"], str) and _SALUTATION_SLASH.search(value.strip(" /")):
            # "Dra. Fiscal / Dear Attorney General / Sehr geehrte Frau X": a salutation in
            # several languages whose halves the tables could not each give a language
            block.todos.setdefault(
                "salutation",
                "this salutation seems given in several languages, split by '/': check which "
                "is whose",
            )
        elif value.rstrip(" ,:;").endswith("/"):
            # "Dear Attorney General/" at a line's end: the salutation in another language was
            # on the next line, which the block did not read with it
            block.todos.setdefault(
                "salutation",
                "this salutation ends with '/': another language's may follow on the next line; "
                "check it",
            )
    elif name == "subject":
        fields["email_subject"] = value.strip("() ")
    elif name == "copy":
        copy = parse_block(
            [p.strip() for p in re.split(r"\s+[–-]\s+", value, maxsplit=1)],
            table,
            language,
            case_country,
        )
        copy.fields["for"] = "*"
        block.copies.append(copy)


# An account's page: the network's address and one part after it, the handle
# ("https://t.me/x", "www.facebook.com/x/", "instagram.com/x?hl=en"); a longer path
# ("facebook.com/pages/X/123") names no handle.
_ACCOUNT_PAGE = re.compile(
    r"^(?:https?://)?(?:www\.|m\.)?[\w.-]+\.[a-z]{2,}/@?([\w.]{2,})/?(?:\?\S*)?$"
)


def _handle_of_page(printed: str, platform: str) -> str:
    """Return the handle an account's page address names, or the address as printed."""
    match = _ACCOUNT_PAGE.match(printed)
    if not match or not re.match(r"https?://|www\.|\w+\.\w+/", printed):
        return printed
    return f"@{match.group(1)}" if platform == "twitter" else match.group(1)


# An address written so that robots miss it: "info [at] example [dot] org", "info(at)example.org",
# "info [ät] example.de", "contact (arobase) example.fr", "prensa [arroba] example.es".
_AT = r"\s*[\[({]\s*(?:at|ät|@|arobase|arroba)\s*[\])}]\s*"
_DOT = r"\s*[\[({]\s*(?:dot|punkt|point|punto|\.)\s*[\])}]\s*"
_SPACED_AT = r"\s+(?:at|AT)\s+"
_SPACED_DOT = r"\s+(?:dot|DOT)\s+"


def disguised_emails(text: str, *, spaced: bool = False) -> list[tuple[str, str]]:
    """Return (address, as printed) of each disguised email address in `text`.

    `spaced` also reads "info at example dot org", which only a field labelled as an
    email address may be taken to mean.
    """
    at = f"(?:{_AT}|{_SPACED_AT})" if spaced else _AT
    dot = f"(?:{_DOT}|{_SPACED_DOT}|\\.)" if spaced else f"(?:{_DOT}|\\.)"
    pattern = rf"(?<![\w.+-])([\w.+-]{{1,64}}){at}([\w-]{{1,63}}(?:{dot}[\w-]{{1,63}}){{1,8}})"
    found = []
    for match in re.finditer(pattern, text):
        domain = re.sub(dot, ".", match.group(2))
        address = f"{match.group(1)}@{domain}"
        if "." in domain and re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", address):
            found.append((address, match.group()))
    return found


def _wire(block: Block, label: str, value: str) -> None:
    """Keep a telegram's or telex's address, a channel no letter writer has today, as
    printed in the block's note, marked."""
    fields = block.fields
    wire = f"{label}: {value.rstrip(' ,;')}"
    fields["note"] = f"{fields['note']}; {wire}" if fields.get("note") else wire
    block.todos.setdefault(
        "note",
        f"'{wire}' is a channel of the past, kept in the note: check whether the letter needs it",
    )


def _handles(value: str) -> list[tuple[str, str | None]]:
    """Return the accounts of a social field, each with its note ("@x (Englisch) und @y")."""
    found = []
    for match in _ACCOUNT.finditer(value):
        found.append((match.group(1).rstrip(".,;"), match.group(2)))
    return found


# Salutations' short forms, which the letter tables do not hold ("Sr. Presidente / Dear
# President"): the language of each half of a salutation given in two.
_SALUTATION_SHORT = {
    "es": ("sr. ", "sra. ", "dra. ", "excmo", "excma"),
    "fr": ("m. le ", "mme la ", "mme le "),
}


# The slash between a salutation's two languages, with or without spaces ("Dear Minister/Sr.
# Ministro", "Minister/ Señora Ministra").
_SALUTATION_SLASH = re.compile(r"\s*/\s*")


def _salutations(value: str, table: Markers) -> str | dict[str, str]:
    """Return a salutation, or one per language for "Your Excellency / Exzellenz"."""
    value = value.strip().rstrip(",:;!/").strip()
    parts = [part.strip().rstrip(",:") for part in _SALUTATION_SLASH.split(value)]
    if len(parts) < 2 or not all(parts):
        return value
    by_language: dict[str, str] = {}
    unknown: list[str] = []
    for part in parts:
        for code, other in TABLES.items():
            words = (*other.salutation_words, *_SALUTATION_SHORT.get(code, ()))
            if any(fold(part).startswith(fold(w)) for w in words):
                by_language.setdefault(code, part)
                break
        else:
            unknown.append(part)
    if (
        len(parts) == 2
        and len(unknown) == 1
        and by_language
        and table.language not in by_language
        and not re.search(r"\d", unknown[0])
    ):
        # "Your Majesty / Majestät", "Attorney General/Señor Fiscal General": one half in
        # words of another language's table, the other in none: the text's own language
        by_language[table.language] = unknown[0]
        return {
            next(code for code, said in by_language.items() if said == part): part for part in parts
        }
    return by_language if len(by_language) == len(parts) else value
