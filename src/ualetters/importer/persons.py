"""The persons a UA is about, found in its prose: names, other spellings, gender, role.

A name is a run of two to five capitalised words. It counts as a person only with evidence
that it is one: it stands in a list of names, a verb follows it ("was arrested", "wurde"),
a role goes before or after it ("activist X", "X, a journalist,"), or another script
follows it in brackets. Officials (targets, "his lawyer X"), places ("Evin prison") and
picture captions are left out. What this finds is always marked for review: prose does not
say for sure who a case is about.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .dates import fold, month_names
from .markers import COURTESY_TITLES, DEMONYMS, TABLES, Markers
from .names import (
    east_asian_surnames,
    is_given_name,
    name_like,
    nationalities,
    surname_first,
)
from .phrases import is_participle
from .text import countries_in, country_names, sentences

# A word: dashes and quotes glued to a name by the page ("hombres —Fazel X", "“Ayla X") part
# it from its neighbour, and so does a date's last digit run into the name the page's layout
# put after it ("20. Februar 2020Viktar X"), and a headline's country in capitals run into the
# name after it ("SUDANHassan X").
_TOKEN = re.compile(
    r"\d+(?=[A-ZÀ-Ý][a-zà-ÿ])|[A-ZÀ-Ý]{3,}(?=[A-ZÀ-Ý][a-zà-ÿ]{2,})"
    r"|(?:[^\s\d,;:()\[\]\"“”„«»‹›!?—–]|\d(?![A-ZÀ-Ý][a-zà-ÿ]))+"
)
# A word that may be a given name run into the family name by a copy that lost its spaces
# ("MarfaRabkova"); not a prefix of a name ("MacArthur", "VanDyke") nor a German inclusive
# plural ("AktivistInnen"). Most such words are names as printed ("SoundCloud", "JavaScript",
# "FitzPatrick"): `_run_together_words` repairs one only on proof.
_RUN_TOGETHER = re.compile(
    r"(?!(?:Mac|Mc|Van|Von|Del|Des|Dos|Das|San|Ben|Abu|Ibn|Fitz)[A-ZÀ-Ý])"
    r"([A-ZÀ-Ý][a-zà-ÿ]{2,})(?!Innen)([A-ZÀ-Ý][a-zà-ÿ]{3,})(?![\w’'-]*[A-ZÀ-Ý])"
)
# A small word run into the capitalised word after it ("of theRepublic"): the copy lost its
# spaces (a word after "#", "@", "/" or "." is a tag or an address's, no such sign).
_LOST_SPACE = re.compile(r"(?<![^\s(\"“„«])[a-zà-ÿ]{3,}[A-ZÀ-Ý][a-zà-ÿ]{2,}")
_RUN_TOGETHER_TASK = "name run together in the copy (given name and surname): check"
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "ad",
        "as",
        "ash",
        "at",
        "az",
        "de",
        "da",
        "del",
        "van",
        "von",
        "bin",
        "ibn",
        "ben",
        "abu",
        "di",
        "dos",
        "das",
        "du",
        "la",
        # the second word of a double particle ("van der", "de la", "de los", "van den")
        "der",
        "den",
        "ter",
        "los",
        "las",
    ]
)
_ELIDED = re.compile(r"^(?:d|l|qu)['’](?=[A-ZÀ-Ý])", re.I)
_HONORIFICS = ("dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "h.e.")
# Academic titles written before a name, in every language: they begin no name ("Professor
# Mesfin Woldemariam", "la profesora Ana Ejemplo", "Prof. Dr. Lina Beispiel").
_TITLES = frozenset(
    {"prof", "prof.", "professor", "professorin", "professeur", "professeure", "pr"}
    | {"profesor", "profesora", "dra", "dra.", "doktor", "doktorin", "docteur", "docteure"}
    # ... and a priest's: "Pater Stan X", "Pfarrer X", "l'abbé X", "Reverend X"
    | {"pater", "pfarrer", "abbe", "reverend", "rev", "rev."}
)
# "X Muawi (Moavi)", also "(or Moavi)", "(ou Moavi)", "(oder Moavi)", "(o Moavi)"
_LATIN_IN_BRACKETS = re.compile(
    r"^\s*\((?:(?:or|ou|oder|o|also)\s+)?([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)*)\)"
)
# Another name the text gives a person: "X (also known as Y)", "X, alias Y", "X (dit Y)".
_KNOWN_AS = re.compile(
    r"^\s*[(,]\s*(?i:also known as|known as|aka|a\.k\.a\.|alias|auch bekannt als|genannt|"
    r"dit|connue? sous le nom de|conocid[oa] como)\s+[«\"“‘']?\s*"
    r"([A-ZÀ-Ý][\w’'‘-]+(?:\s+[A-ZÀ-Ý][\w’'‘-]+){0,4})"
)
# An age in an apposition right after a name, in en/de/fr/es: "X, aged 25,", "X (25)",
# "X, 25 Jahre alt,", "X, âgée de 25 ans,", "X, de 19 años,".
_AGE = re.compile(
    r"^\s*(?:,\s*(?:aged\s+(\d{1,2})|(\d{1,2})\s+Jahre\s+alt|âgée?\s+de\s+(\d{1,2})\s+ans"
    r"|(?:de\s+)?(\d{1,2})\s+(?:años|ans)(?:\s+actualmente)?|(\d{1,2}))\s*(?=[,;)])"
    r"|\((\d{1,2})\)|\((\d{1,2})\s+(?:ans|años|Jahre)\))"
)
_AGE_SAID = {"de": "%s Jahre", "fr": "%s ans", "es": "%s años"}
# A nationality right before a name: "Malaysian national", "Nigerian citizen",
# "ressortissant nigérian", "ciudadana peruana", "nacional peruano", "türkischer
# Staatsbürger" (the word for the people, read by `_demonym`).
_NATIONAL_BEFORE = re.compile(
    r"(?:(?<!\S)(?P<people>[A-ZÀ-Þ][a-zß-ÿ]{3,}|[a-zß-ÿ]{4,})\s+(?:nationals?|citizens?|Staatsbürger(?:in)?"
    r"|Staatsangehörige[rn]?|Staatsbürgers)"
    r"|(?:ressortissante?s?|citoyenne?s?|ciudadan[oa]s?|nacional(?:es)?)\s+(?P<people2>[a-zß-ÿ]{4,}))\s+$"
)
# Place nouns that are adjectives too, after another noun (Spanish "el penal de X", the
# prison; "el procesamiento penal de X", the criminal prosecution).
_ADJECTIVE_PLACES = frozenset({"penal"})
# The saint's words that open places' names and family names alike ("San Miguel").
_SAINTS = frozenset({"san", "santa", "santo", "saint", "sainte", "sankt", "sao", "st"})
# A remark in brackets right after a name, with a number in it ("X (prisoner no. 123)
# faces ...", "X (TDCJ #999137, DOB 11/25/1974) faces"); not a body's acronym ("National
# Guard (GN) has ...").
_REMARK_FIRST = re.compile(r"^\s*\((?=[^()]*\d)[^()]{1,80}\)")
# A body's name in brackets inside an apposition, after its words, with the comma after it
# if any ("... of the Y Union (Sindicato Y, SY) received", "... Union (SY), received").
_BODY_IN_BRACKETS = re.compile(r"(?<=\w)\s*\((?=[A-ZÀ-Þ])[^()]{2,120}?(?<=[\w.])\)\s*,?")
# A character of a lower-case apposition after a name, or an acronym in brackets in it.
_APPOSED_WORDS = r"(?:[^,.;:()!?]|\([A-ZÀ-Þ][\w.-]{1,12}\))"
# An age after one short word of description, in a roll printed as a sentence: "X, Latino,
# aged 33 (26 July), Y, black, aged 36", "X, ingénieur, âgé de 40 ans", "X, periodista, de
# 30 años": the age says X is a person (the word is kept for the reviewer, not as a role).
_AGE_AFTER_WORD = re.compile(
    r"^\s*,\s*[^\W\d_][\w'’-]{2,24}\s*,\s*(?:aged\s+\d{1,2}|âgée?\s+de\s+\d{1,2}\s+ans"
    r"|de\s+\d{1,2}\s+años|\d{1,2}\s+Jahre\s+alt)\b"
)
_ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "el",
        "los",
        "las",
    ]
)


# A mark that parts a name from the words before it.
_PARTING = re.compile(r"[,;:()]")


MAX_PROSE_CHARS = 60_000
# How often a full name with nothing else to show it is a person must be said to be one.
_REPEATED = 3
# The mark of a hint too weak to give a gender unreviewed.
_WEAK_HINT = "weak: "

# How many times more often the text must say one gender of a person than the other.
_OUTVOTED = 3


@dataclass
class Person:
    """A person found in the text, with the evidence for each value."""

    name: str
    spellings: dict[str, int] = field(default_factory=dict)
    other_names: list[str] = field(default_factory=list)
    honorific: str | None = None
    role: str | None = None
    # What the text says of the person itself ("Mrs", "(f)", "Aktivistin", "arrêtée"), and
    # what only points at it (a pronoun after the name, "the three men").
    votes: dict[str, list[str]] = field(default_factory=lambda: {"male": [], "female": []})
    hints: dict[str, list[str]] = field(default_factory=lambda: {"male": [], "female": []})
    first: int = 0
    # The age the text gives right after the name ("X, aged 25,"), as the language says it.
    age: str | None = None
    # The stored copy stops inside the name ("... and Abdelazim Ibrahim A").
    cut: bool = False
    # The role came from a list or a plural phrase shared with others.
    role_shared: bool = False
    # A nationality the text gives in brackets after the name ("X (Filipino)").
    nationality: str | None = None
    # Where the person is, said of a list in a relative clause after it ("A and B, who
    # are currently under sentence of death").
    note: str | None = None
    # The evidence of the mentions that made this a person.
    proofs: set[str] = field(default_factory=set)
    # What the reviewer checks in the name a rule built or kept on weak grounds: a title
    # read as a given name ("King Mwamisyo"), a surname a list gives once ("A, B and C X").
    name_task: str | None = None

    @property
    def name_only(self) -> bool:
        """Say whether only weak evidence makes this a person: its name's words are common
        names and the text lists it, or a headline names it, with nothing else."""
        return "named" in self.proofs and not self.proofs & (_PROOF - {"named"})

    @property
    def gender(self) -> str:
        """Return the gender the evidence agrees on (the person's own words first), else
        `unknown`."""
        for said in (self.votes, self.hints):
            male, female = bool(said["male"]), bool(said["female"])
            if male and not female:
                return "male"
            if female and not male:
                return "female"
            if male and female:
                return self._majority(said) or "unknown"
        return "unknown"

    @property
    def gender_weak(self) -> bool:
        """Say whether only a weak hint gives the gender: a plural subject ("The men …")
        or a role word said again of the only person ("die Journalistin")."""
        said = self.gender
        return (
            said in ("male", "female")
            and not any(self.votes.values())
            and bool(self.hints[said])
            and all(h.startswith(_WEAK_HINT) for h in self.hints[said])
        )

    @property
    def gender_outvoted(self) -> bool:
        """Say whether the gender was given by most of the evidence, some of it against."""
        said = next((s for s in (self.votes, self.hints) if s["male"] or s["female"]), None)
        return bool(said and said["male"] and said["female"] and self._majority(said))

    @staticmethod
    def _majority(said: dict[str, list[str]]) -> str | None:
        # "she ... she ... her ... his ... she": a pronoun of someone else in the span after
        # the name (her husband's "his") is outvoted when the text says the other three times
        # as often, at least three times.
        male, female = len(said["male"]), len(said["female"])
        if male >= _OUTVOTED * female and male >= _OUTVOTED:
            return "male"
        if female >= _OUTVOTED * male and female >= _OUTVOTED:
            return "female"
        return None


@dataclass
class Mention:
    """One place a candidate name stands in the text."""

    name: str
    start: int
    end: int
    evidence: set[str] = field(default_factory=set)
    role: str | None = None
    honorific: str | None = None
    other_name: str | None = None
    age: str | None = None
    gender: str | None = None
    # The gender the role before the name gives one person ("Aktivistin X"); not for a list.
    role_gender: str | None = None
    # The stored copy stops inside the name ("Abdelazim Ibrahim A").
    cut: bool = False
    # Further names the text gives at this place ("Mojahed (Abbas) K.": "Mojahed K.").
    more_names: list[str] = field(default_factory=list)
    # The names listed next to this one ("A, B and C"): other persons, however alike.
    listed_with: set[str] = field(default_factory=set)
    # The role is one a plural phrase or a list gives several names ("activists A, B and
    # C"): a role the person's own apposition gives elsewhere is more precise.
    role_shared: bool = False
    # A nationality in brackets after the name ("X (Filipino)", "X (Pakistani)").
    nationality: str | None = None
    # Where the person is, said of its list after it ("A et B, qui se trouvent ...").
    note: str | None = None
    # The gender a feminine plural role gives every name of its list ("die Journalistinnen
    # A und B", "las periodistas A y B", "les militantes A et B").
    shared_gender: str | None = None
    # What the reviewer checks in a name built or kept on weak grounds (`Person.name_task`).
    name_task: str | None = None


@cache
def _folded(table: Markers, name: str, *, english: bool = False) -> frozenset[str]:
    """Return a word list of the table (and of English), folded for matching."""
    words = set(getattr(table, name)) | (set(getattr(TABLES["en"], name)) if english else set())
    return frozenset(fold(word) for word in words)


def _short_surname(tokens: list[re.Match[str]], index: int, text: str, table: Markers) -> bool:
    """Say whether a short capitalised word that is also a common word ("Le", "Do", "He")
    opens a name: inside a sentence, right before two name words ("..., ainsi que Le Cong
    Dinh et ...", "prisonniers d'opinion Le Cong Dinh")."""
    word = tokens[index].group()
    if not (word[:1].isupper() and word.isalpha() and len(word) <= 3) or index + 2 >= len(tokens):
        return False
    if len(word) >= 2 and word.isupper():
        return False  # "MP Bacede X", "DR X": an abbreviated title or role, no surname
    if fold(word) in _TITLES or fold(word) in _HONORIFICS:
        return False  # "Dr Ahmed Abdullah": a title, not a name
    before = text[: tokens[index].start()].rstrip()
    if not before or before[-1] in '.!?:;\n"“«(':
        return False  # a sentence's or a line's first word is capitalised anyway
    run = tokens[index : index + 3]
    spaced = all(text[run[n].end() : run[n + 1].start()] == " " for n in range(2))
    if spaced and all(_is_name_token(t.group(), table) for t in run[1:]):
        return True
    # "... und He Lin und Wei X": a Chinese family name before a pinyin given name
    following = tokens[index + 1].group()
    return (
        fold(word) in east_asian_surnames()
        and text[tokens[index].end() : tokens[index + 1].start()] == " "
        and _is_name_token(following, table)
        and surname_first([word, following])
    )


def _initial_opens(tokens: list[re.Match[str]], index: int, text: str, table: Markers) -> bool:
    """Say whether an initial opens a name ("A. Rasaratnam and E. Nayavel were ..."): one
    capital and a full stop, one space, then a name word; at a line's start, after a list's
    comma or "and", or after a lower-case word, never after a capitalised one ("Annex A.")."""
    if not re.fullmatch(r"[A-ZÀ-Ý]\.", tokens[index].group()) or index + 1 >= len(tokens):
        return False
    if text[tokens[index].end() : tokens[index + 1].start()] != " ":
        return False
    following = tokens[index + 1].group()
    if not _is_name_token(following, table) or len(following.rstrip(".")) < 3:
        return False  # "M. Gh": a name the text abbreviates, no one's full name
    before = text[: tokens[index].start()].rstrip()
    if not before or before[-1] in ",;:(\n•◼▪●-–—":
        return True
    previous = _TOKEN.findall(before)[-1:]
    return bool(previous) and previous[0][:1].islower() and not previous[0].endswith(".")


# A German gender-inclusive plural ("Menschenrechtler_innen", "Aktivist*innen",
# "Journalist:innen", "AktivistInnen") names a group, never a person.
_INCLUSIVE_PLURAL = re.compile(r"\w(?:[_*:·]innen|Innen)\b")


def _is_name_token(token: str, table: Markers) -> bool:
    word = _ELIDED.sub("", token).lstrip("‘'’")
    if not word or fold(word).strip(".") in _not_names(table):
        return False
    if _INCLUSIVE_PLURAL.search(word):
        return False
    if compound_role(word, table):
        return False
    if re.match(r"^(?:al|el|ad|as|ash|at|az)-\S", word, re.I):
        return True
    if table.language == "de" and fold(word).split("-")[-1] in _not_names(table):
        return False  # "Vize-Vorsitzender", "Ex-Präsident": an office in a compound
    if any(ch.isdigit() for ch in word) or (word.isupper() and len(word) > 1):
        return False
    if _ACRONYM_FIRST.match(word):
        return False  # "Marta X de MOVICE-Valle del Cauca": an organisation's acronym
    return word[0].isupper() and len(word.rstrip(".’'")) >= 2


def compound_role(word: str, table: Markers) -> str | None:
    """Return the role word a German compound ends in ("Arbeitsrechtsaktivist",
    "#MeToo-Aktivistin", "Friedensnobelpreisträgerin"), or None."""
    if table.language != "de":
        return None
    folded = fold(word).strip(".").split("-")[-1].lstrip("#")
    return _role_endings(table).get(folded) or next(
        (
            role
            for ending, role in _role_endings(table).items()
            if folded.endswith(ending) and len(folded) > len(ending) + 2
        ),
        None,
    )


def _is_thing(word: str, table: Markers) -> bool:
    """Say whether a word makes its run of capitals a thing ("Party", "Oppositionspartei")."""
    # ... "Company’": the quotation mark that closes a quoted name is no letter of the word
    folded = fold(word).strip(".‘’")
    things = _folded(table, "thing_words", english=True)
    return (
        _thing_word(folded, table, plural=True)
        # a legal form run into a place ("Tierra Viva AC/Oaxaca")
        or ("/" in folded and folded.split("/")[0].strip(".") in things)
        # "Manifestantes Egipcios", "Egyptian Protesters": a plural for people names a
        # group (or an organisation's words), no one person
        or folded in _folded(table, "people_nouns", english=True)
        or (
            table.language == "de"
            and any(folded.endswith(t) and len(folded) > len(t) + 2 for t in things if len(t) >= 5)
        )
    )


@cache
def _organisations(table: Markers) -> frozenset[str]:
    """Return the words after which a run of capitals names an organisation ("Comisión X")."""
    words = table.organisation_words | table.thing_words | TABLES["en"].thing_words
    return frozenset(fold(w) for w in words)


@cache
def _role_endings(table: Markers) -> dict[str, str]:
    """Return the table's role words by folded form, longest first (the compound's head)."""
    words = sorted((fold(w) for w in table.role_words if len(w) >= 5), key=len, reverse=True)
    return {word: word for word in words}


@cache
def _prepositions(table: Markers) -> frozenset[str]:
    """Return the particles that are mostly prepositions in the text's language ("von")."""
    german = {"von", "van", "de", "da", "la", "le", "der", "den"}
    return frozenset(german if table.language == "de" else set())


@cache
def _leading_words(table: Markers) -> frozenset[str]:
    """Return words that begin a run of capitals but not a name ("Activists X", "Vater X")."""
    words = table.role_words | table.office_words | TABLES["en"].role_words | _TITLES
    # German capitalises the head of a role phrase ("politische Gefangene Ivan X")
    heads = {p.split()[-1] for p in table.role_phrases} if table.language == "de" else set()
    return frozenset(fold(w) for w in words | heads | table.male_words | table.female_words)


@cache
def _not_names(table: Markers) -> frozenset[str]:
    words = table.not_names | TABLES["en"].not_names | table.office_words | table.organisation_words
    # Roles and numbers are capitalised in German ("Oleg Senzow Zwei Aktivisten"), and a
    # genitive adds an s ("des Filmregisseurs Oleg Senzow").
    roles = table.role_words | TABLES["en"].role_words
    words |= roles | {f"{role}s" for role in roles} | set(table.number_words)
    # The words of the UA's own phrases ("Weitere Aktionen sind nicht erforderlich") and the
    # language's commonest words ("Sie") begin no name.
    words |= table.common_words | _marker_words(table) | _OPENING_PREPOSITIONS
    # The demand's verbs, capitalised where a line or a headline opens with them ("...
    # et Mohamed X\nLibérer des victimes", "Liberen a ..."): what is done, no one's name.
    words |= {w for w in table.object_verbs if w.isalpha() and table.language != "en"}
    # Measures ("Sieben Jahren", "Ten Years") are capitalised in German and in headlines.
    words |= {w for w in table.measure_words | TABLES["en"].measure_words if w.isalpha()}
    return frozenset(fold(w) for w in words)


# Prepositions that open a sentence before a name, capitalised there ("Neben Mesfin
# Woldemariam sind ...", "Según Ana Ejemplo, ..."): a closed class, in every language, so that
# a name never begins with one.
_OPENING_PREPOSITIONS = frozenset(
    {"besides", "despite", "according", "against", "after", "before", "since", "unlike"}
    | {"neben", "laut", "gegen", "trotz", "wegen", "seit", "außer", "ausser", "gemäß", "bei"}
    | {"selon", "contre", "après", "avant", "depuis", "outre", "malgré", "envers", "chez"}
    | {"según", "contra", "tras", "desde", "además", "pese", "hacia", "ante", "mediante"}
)


def _marker_words(table: Markers) -> set[str]:
    kinds = ("closed", "update", "deadline", "action", "instructions", "targets_start")
    phrases = [phrase for kind in (*kinds, "copies_start") for phrase in getattr(table, kind)]
    words = {
        word
        for phrase in phrases
        for word in re.findall(r"[^\W\d_]{3,}", re.sub(r"\{\w+\}", " ", phrase))
    }
    return words


# A word in capitals right after a run of capitals, which a legal form may be ("AC", "NGO").
_LEGAL_FORM = re.compile(r" ([A-Z][A-Z.]{1,4}[A-Z.])(?![\w-])")


def mentions(text: str, table: Markers, language: str, document: str = "") -> list[Mention]:
    """Return every run of name-like words in `text`, with the evidence around it (the
    `document` it stands in proves names its copy ran together)."""
    tokens, repaired = _run_together_words(list(_TOKEN.finditer(text)), text, document, table)
    found: list[Mention] = []
    index = 0
    while index < len(tokens):
        if (
            not _is_name_token(tokens[index].group(), table)
            and not _short_surname(tokens, index, text, table)
            and not _initial_opens(tokens, index, text, table)
        ):
            index += 1
            continue
        end = index
        aliases: list[int] = []
        nicknames: list[int] = []
        nickname = None
        nickname_end = None
        cut = False
        while True:
            quoted = _NICKNAME.match(text, tokens[end].end())
            if quoted and nickname is None and _is_name_token(tokens[end].group(), table):
                # 'Jorge "El Flaco" Mamani', 'X «El Chino»': a nickname in quotes is
                # another name, no part of the name
                nickname = quoted.group(1)
                inside = [
                    n for n in range(end + 1, len(tokens)) if tokens[n].start() < quoted.end()
                ]
                after = end + len(inside) + 1
                # ... 'Gene "Bazoo" de Jesus': a particle and the family name after it
                particle = (
                    after + 1 < len(tokens)
                    and tokens[after].group() in _NAME_PARTICLES_AFTER_NICKNAME
                    and not text[tokens[after].end() : tokens[after + 1].start()].strip()
                    and _is_name_token(tokens[after + 1].group(), table)
                )
                if (
                    after < len(tokens)
                    and not text[quoted.end() : tokens[after].start()].strip()
                    and (_is_name_token(tokens[after].group(), table) or particle)
                ):
                    nicknames.extend(inside)
                    end = after
                    continue
                nickname_end = quoted.end()  # the words after it are the name's
                break
            step = _joins(tokens, end, text, table)
            if step:
                end += step
                continue
            alias = _ALIAS.match(text, tokens[end].end()) if end == index else None
            if alias and end + 2 < len(tokens) and _is_name_token(tokens[end + 2].group(), table):
                # "Mojahed (Abbas) Kourkouri": another first name in brackets inside the name
                aliases.append(end + 1)
                end += 2
                continue
            if _cut_initial(tokens, end, text):
                # "... and Abdelazim Ibrahim A": the stored copy stops inside the last name
                cut = True
                end += 1
            break
        run = [
            t
            for n, t in enumerate(tokens[index : end + 1], index)
            if n not in aliases and n not in nicknames
        ]
        split = _run_together(run, text) if not aliases and not nicknames else 0
        if split:
            # "... menacés. A B C\nD E F, deux défenseurs": two names a line's join ran together
            end = index + split - 1
            run = run[:split]
        if len(run) >= 3 and text[run[-1].end() : run[-1].end() + 1] == ":":
            run = run[:-1]  # "Name: X Y Alter: 34": a field's label, run on by the lines' join
        while (
            len(run) >= 3
            and fold(run[-1].group()) in table.before_month
            and fold((text[run[-1].end() :].split(maxsplit=1) or [""])[0]).strip(".,;")
            in month_names(language)
        ):
            run = run[:-1]  # "wurde X Y Ende Oktober entlassen": a time, run on to the name
        alias_word = tokens[aliases[0]].group() if aliases else None
        index = end + 1
        dropped: list[re.Match[str]] = []
        while run and (
            fold(run[0].group()).strip(".") in _leading_words(table)
            or fold(run[0].group()) in _POSSESSIVES  # "Sein Gnadengesuch", "Su Hermano"
        ):
            dropped.append(run[0])
            run = run[1:]
        title_before = (
            re.search(r"(\w+) $", text[max(0, run[0].start() - 12) : run[0].start()])
            if len(run) == 1 and not dropped
            else None
        )
        if title_before and fold(title_before.group(1)) in _TITLE_NAMES:
            # a title is no name token: the run began after it ("King Mwamisyo")
            at = next(n for n, t in enumerate(tokens) if t.start() == run[0].start())
            if at and text[tokens[at - 1].end() : run[0].start()] == " ":
                dropped = [tokens[at - 1]]
        titled = _title_as_given_name(dropped, run, tokens, text, table)
        if titled:
            run = [dropped[0], *run]  # "King Mwamisyo and Elias X", "Sultan Kohail, de 16"
        if (
            len(run) >= 3
            and _is_country(run[0].group(), language)
            # ... not a common given name the country's name is too, as the sentence writes
            # it ("Mauricio X Y": Mauritius in Spanish; "MAURICIO" is a heading's)
            and not (run[0].group()[1:].islower() and is_given_name(run[0].group()))
        ):
            run = run[1:]  # a headline's country before the name ("TURKEY Taner Kılıç")
        elif len(run) >= 3 and _is_country(f"{run[0].group()} {run[1].group()}", language):
            # a country of two words before one word ("Hong Kong Cable TV"), or before a name
            run = run[2:]
        noun = None
        # "den iranischen Kurden X": the adjectives between the determiner and its noun
        german = table.language == "de" and len(run) >= 3
        lead = _german_adjectives(tokens, run[0], text) if german else []
        if german and _after_determiner(tokens, lead[0] if lead else run[0], text, table):
            # German puts no article before a name: "seinen Stellvertreter Mahammad X" is a
            # noun, then the name
            noun, run = " ".join([*(t.group() for t in lead), run[0].group()]), run[1:]
            if fold(noun.split()[-1]).endswith(_DE_AUTHORITIES):
                noun = None  # "nahmen die saudischen Behörden X fest": the subject, no role
        owner = [n for n, t in enumerate(run[:-1]) if re.search(r"\w['’]s$", t.group())]
        if owner:
            run = run[owner[-1] + 1 :]  # "Sudan's Prime Minister": the owner's thing, no name
        if len(run) < 2:
            continue
        # Only the first word loses an elided article ("l'avocat", "qu'Ali"); inside a name
        # it is a particle of the name ("Lounes d'Exemple").
        words = [_ELIDED.sub("", run[0].group()), *(t.group() for t in run[1:])]
        # a genitive's "'s" or plural "s'" goes; a final "’" after another letter is the
        # transliteration's ayn or hamza, part of the name ("Hassan Mshaima’", "Rabi’")
        words[-1] = re.sub(r"(?:['’]s|(?<=s)['’])$", "", words[-1])
        # particles inside the name are not counted; a first word never is one ("Ben X")
        if not 2 <= 1 + len([w for w in words[1:] if fold(w) not in _PARTICLES]) <= 5:
            continue
        start, stop = (
            run[0].start() + (len(run[0].group()) - len(_ELIDED.sub("", run[0].group()))),
            nickname_end or run[-1].end(),
        )
        mention = Mention(" ".join(words).rstrip("."), start, stop)
        mention.cut = cut
        # the word before the name's first word (the run may have lost words at its end:
        # "X Y Ende Oktober", a field's label)
        first = next(n for n in range(end, -1, -1) if tokens[n] is run[0])
        named_by = tokens[first - 1].group() if first >= 1 else ""
        if named_by and re.search(r"[,;:()]", text[tokens[first - 1].end() : start]):
            named_by = ""  # "the Eswatini Parliament, A B": a comma parts the name from it
        # a legal form in capitals after the name ("Tierra Viva AC", "X NGO")
        form = _LEGAL_FORM.match(text, stop)
        # "el movimiento de base X", "le syndicat des enseignants X": the body's noun and
        # its complement in small letters before the name
        kind_of_body = (
            first >= 3
            and named_by.islower()
            and fold(tokens[first - 2].group()) in _OF
            and fold(tokens[first - 3].group()) in _folded(table, "thing_words", english=True)
            and not _PARTING.search(text[tokens[first - 3].start() : start])
        )
        if (
            any(_is_thing(word, table) for word in words)
            or (named_by and fold(named_by) in _organisations(table))
            or kind_of_body
            or _continues_title(tokens, index - len(run) - 1, text, table)
            or (form and _is_thing(form.group(1), table))
            # "Tierra Viva AC/Oaxaca – Amigos del Monte": the body's other name after a dash
            or (
                found
                and "thing" in found[-1].evidence
                and re.fullmatch(r"\s*[–—-]\s*", text[found[-1].end : start]) is not None
            )
        ):
            # A party or a document: no one, but it still ends the pronouns of the name before.
            mention.evidence.add("thing")
            if (form and _is_thing(form.group(1), table)) or "/" in words[-1]:
                # "Tierra Viva AC", "Tierra Viva AC/Oaxaca": a legal form after the name,
                # which the text leaves out elsewhere ("Tierra Viva")
                mention.evidence.add("body")
            found.append(mention)
            continue
        found.append(_evidence(mention, text, tokens, table, language))
        if titled:
            mention.name_task = (
                "its first word is also a title (King, Sultan, Prince): check it is a name"
            )
        elif any(t.start() in repaired for t in run):
            mention.name_task = _RUN_TOGETHER_TASK
        if noun and mention.role is None:
            mention.role = noun
        if alias_word:
            # the name as printed, each first name with the surname as another
            mention.name = f"{words[0]} ({alias_word}) {' '.join(words[1:])}"
            mention.other_name = " ".join([alias_word, *words[1:]])
            mention.more_names = [" ".join(words)]
            mention.evidence.add("script")
        if nickname and mention.other_name is None:
            mention.other_name = nickname
        script = _OTHER_SCRIPT.match(text, mention.end)
        if script:
            # the name in its own script, in brackets: no second person
            while index < len(tokens) and tokens[index].start() < script.end():
                index += 1
    single = _single_names(tokens, text, found, table, language)
    single += _shared_surname(text, found, table)
    if single:
        found = sorted([*found, *single], key=lambda m: m.start)
    return found


def _opens_name(tokens: list[re.Match[str]], n: int, text: str) -> bool:
    """Say whether tokens[n] opens a name: no capitalised word right before it."""
    return n == 0 or not (
        tokens[n - 1].group()[:1].isupper()
        and not text[tokens[n - 1].end() : tokens[n].start()].strip()
    )


def _role_right_before(tokens: list[re.Match[str]], n: int, table: Markers) -> bool:
    """Say whether a role word stands in the small words right before tokens[n] ("la
    defensora de los derechos humanos X", "the journalist X")."""
    roles = _folded(table, "role_words", english=True)
    for token in reversed(tokens[max(0, n - 6) : n]):
        word = token.group()
        if not word.islower():
            return False
        if fold(word) in roles or compound_role(word, table):
            return True
    return False


# (a few documents only: a corpus run reads hundreds)
@lru_cache(maxsize=16)
def _run_together_names(document: str, table: Markers) -> frozenset[str]:
    """Return the words of a document that are a given name and a family name a copy ran
    together ("MarfaRabkova"). A word is one only where it opens a name (no capitalised word
    before it: "John FitzPatrick" is printed so) and proof says so: its first part is a
    common given name or an East Asian family name before a given name, the text prints it
    spaced elsewhere, a role word goes before it ("la defensora AnaEjemplo"), or the copy
    runs other words together (another such name, "of theRepublic"). Else the word stays as
    printed ("SoundCloud", "JavaScript")."""
    tokens = list(_TOKEN.finditer(document))
    candidates = [
        (n, parts)
        for n, token in enumerate(tokens)
        if (parts := _RUN_TOGETHER.match(token.group())) and _opens_name(tokens, n, document)
    ]
    proven = {
        parts.group()
        for n, parts in candidates
        if is_given_name(parts.group(1))
        or surname_first([parts.group(1), parts.group(2)])
        or f"{parts.group(1)} {parts.group(2)}" in document
        or _role_right_before(tokens, n, table)
    }
    if proven or _LOST_SPACE.search(document):
        return frozenset(parts.group() for _, parts in candidates)
    return frozenset()


def _run_together_words(
    tokens: list[re.Match[str]], text: str, document: str, table: Markers
) -> tuple[list[re.Match[str]], set[int]]:
    """Split the words of `text` that `_run_together_names` finds in its document into a
    given name and a family name ("Marfa", "Rabkova"), and return the tokens with where each
    repaired word starts."""
    names = _run_together_names(document or text, table)
    if not names:
        return tokens, set()
    out: list[re.Match[str]] = []
    repaired: set[int] = set()
    for n, token in enumerate(tokens):
        parts = _RUN_TOGETHER.match(token.group()) if _opens_name(tokens, n, text) else None
        if parts and parts.group() in names:
            cut = token.start() + parts.end(1)
            head = _TOKEN.match(text, token.start(), cut)
            tail = _TOKEN.match(text, cut, token.end())
            if head and tail:
                out += [head, tail]
                repaired.add(token.start())
                continue
        out.append(token)
    return out, repaired


# The small words inside a body's title, between its capitalised words ("Association for
# Integral Development", "Asociación para el Desarrollo", "Faculty of Economics and ...").
_TITLE_JOINS = frozenset(
    {"of", "for", "the", "de", "del", "da", "para", "el", "la", "las", "los", "le", "les"}
    | {"pour", "des", "du", "für", "von", "der", "die", "and", "et", "y", "und"}
)
_ANDS = frozenset({"and", "et", "y", "und"})


def _continues_title(tokens: list[re.Match[str]], at: int, text: str, table: Markers) -> bool:
    """Say whether the run of capitals after tokens[at] goes on a body's title begun before
    it, only small joining words and capitals between and no punctuation ("Association for
    Integral Development", "Faculty of Economics and Social Studies", "Asociación Indígena
    para el Desarrollo Integral"): the title's words, no one's name. A list's "and" alone
    joins no title ("the Foundation and Ali X")."""
    joined = False
    for n in range(at, max(-1, at - 8), -1):
        if n < 0:
            break
        gap = text[tokens[n].end() : tokens[n + 1].start()] if n + 1 < len(tokens) else " "
        if gap.strip():
            return False
        word = tokens[n].group()
        folded = fold(word)
        if n == at and folded not in _TITLE_JOINS:
            return False  # the run's own first word follows a capital: no title before
        if folded in _TITLE_JOINS:
            joined = joined or folded not in _ANDS
            continue
        if not word[:1].isupper():
            return False
        if joined and folded.strip(".") in _organisations(table):
            return True
    return False


# Kin in the plural that announce siblings or children listed by their given names ("three
# brothers, A, B and C X", "die Brüder A und B X", "les frères A et B X", "los hermanos A y
# B X").
_KIN_PLURALS = (
    r"brothers|sisters|siblings|sons|daughters|cousins|nephews|nieces|"
    r"brüder|brüdern|schwestern|geschwister|söhne|söhnen|töchter|töchtern|cousins|"
    r"frères|sœurs|soeurs|fils|filles|cousines|"
    r"hermanos|hermanas|hijos|hijas|primos|primas"
)
# Each kin plural's singular (the relation, each one's role) and the gender it gives,
# where the plural says one ("brothers"; not "hermanos", which may hold a sister).
_KIN_SINGULAR = {
    "brothers": ("brother", "male"), "sisters": ("sister", "female"), "sons": ("son", "male"),
    "daughters": ("daughter", "female"), "siblings": ("sibling", None),
    "cousins": ("cousin", None), "nephews": ("nephew", "male"), "nieces": ("niece", "female"),
    "bruder": ("Bruder", "male"), "brudern": ("Bruder", "male"),
    "schwestern": ("Schwester", "female"), "geschwister": ("Geschwister", None),
    "sohne": ("Sohn", "male"), "sohnen": ("Sohn", "male"), "tochter": ("Tochter", "female"),
    "tochtern": ("Tochter", "female"), "freres": ("frère", "male"), "soeurs": ("sœur", "female"),
    "fils": ("fils", "male"), "filles": ("fille", "female"), "cousines": ("cousine", "female"),
    "hermanos": ("hermano", None), "hermanas": ("hermana", "female"), "hijos": ("hijo", None),
    "hijas": ("hija", "female"), "primos": ("primo", None), "primas": ("prima", "female"),
}  # fmt: skip
_SHARED_SURNAME = re.compile(
    rf"\b((?i:{_KIN_PLURALS}))\s*[,:]?\s+"
    r"((?:[A-ZÀ-Ý][a-zà-ÿ’'-]+\s*,\s*){0,6}[A-ZÀ-Ý][a-zà-ÿ’'-]+,?\s+(?:and|und|et|y|e)\s+)$"
)


def _shared_surname(text: str, found: list[Mention], table: Markers) -> list[Mention]:
    """Return the siblings a list names by their given names, the surname printed once after
    the last ("three brothers, Munther, Nedal and Riad X"): each given name with that
    surname, marked for review."""
    built: list[Mention] = []
    for last in found:
        words = last.name.split()
        if len(words) != 2 or last.evidence & {"place", "thing", "third party"}:
            continue
        listed = _SHARED_SURNAME.search(text[max(0, last.start - 160) : last.start])
        if not listed:
            continue
        offset = max(0, last.start - 160) + listed.start(2)
        given_names = list(re.finditer(r"[A-ZÀ-Ý][a-zà-ÿ’'-]+", listed.group(2)))
        kin, gender = _KIN_SINGULAR.get(fold(listed.group(1)).replace("œ", "oe"), (None, None))
        if any(
            fold(g.group()) in _not_names(table) or _is_country(g.group(), table.language)
            for g in given_names
        ):
            continue  # "the brothers, Syria, Iraq and X Y": no given names
        for given in given_names:
            mention = Mention(
                f"{given.group()} {words[-1]}", offset + given.start(), offset + given.end()
            )
            mention.evidence.add("list")
            mention.role = last.role or kin
            mention.shared_gender = mention.gender = gender
            mention.name_task = (
                f"the list prints the surname once, after its last name ('{last.name}'): "
                "check this one's"
            )
            built.append(mention)
        last.evidence.add("list")
        last.role = last.role or kin
        last.shared_gender = last.shared_gender or gender
        last.gender = last.gender or gender
    return built


# Titles that are also given names ("King Mwamisyo", "Sultan Kohail", "Prince Ali X").
_TITLE_NAMES = frozenset({"king", "sultan", "prince", "princess", "queen", "emir", "amir"})


def _title_as_given_name(
    dropped: list[re.Match[str]],
    run: list[re.Match[str]],
    tokens: list[re.Match[str]],
    text: str,
    table: Markers,
) -> bool:
    """Say whether a title before one name word is the person's given name: the title
    capitalised, no article or possessive before it ("the King", "le roi"), and the two words
    an item of a list of names or followed by an age ("King Mwamisyo and Elias X are",
    "..., Sultan Kohail, de 16, ciudadano"): a monarch is named with more ("King Salman bin
    Abdulaziz"), the leading title is then dropped as before."""
    if len(dropped) != 1 or len(run) != 1 or fold(dropped[0].group()) not in _TITLE_NAMES:
        return False
    if not dropped[0].group()[:1].isupper() or dropped[0].group().isupper():
        return False
    at = next(n for n, t in enumerate(tokens) if t.start() == dropped[0].start())
    if at and (
        fold(tokens[at - 1].group()) in _ARTICLES | _POSSESSIVES | {"of", "de", "du", "von"}
        and not re.search(r"[,;:]", text[tokens[at - 1].end() : dropped[0].start()])
    ):
        return False
    after = text[run[-1].end() : run[-1].end() + 40]
    joins = _folded(table, "and_words", english=True)
    listed = re.match(r"^\s*(?:,\s*|\s(\w+)\s+)([A-ZÀ-Ý][a-zà-ÿ'’-]+\s+[A-ZÀ-Ý])", after)
    if listed and (listed.group(1) is None or fold(listed.group(1)) in joins):
        return True  # "King A and Elias B", "Sultan A, Mohamed B"
    return bool(_AGE.match(after) or re.match(r"^\s*,\s*(?:de\s+)?\d{1,2}\s*,", after))


def _run_together(run: list[re.Match[str]], text: str) -> int:
    """Return where a run of capitals holds two names run together (a headline's last name
    and the next line's first, joined into one paragraph), 0 if it does not: the run is too
    long for one name and one part is said on its own elsewhere in the text, or both parts
    are."""
    words = [t.group() for t in run]
    counted = len([w for w in words[1:] if fold(w) not in _PARTICLES]) + 1
    if counted < 4:
        return 0
    outside = text[: run[0].start()] + " \n " + text[run[-1].end() :]

    def said(part: list[str]) -> bool:
        if len([w for w in part if fold(w) not in _PARTICLES]) < 2:
            return False
        # ... as a whole name: no name word right before or after it
        pattern = (
            r"(?<![\w’'-])(?<![A-ZÀ-Ý][a-zà-ÿ]\s)(?<![A-ZÀ-Ý][a-zà-ÿ]{2}\s)"
            + r"\s+".join(map(re.escape, part))
            + r"(?![\w’'-]|\s+[A-ZÀ-Ý][a-zà-ÿ])"
        )
        return re.search(pattern, outside) is not None

    cuts = [
        cut
        for cut in range(2, len(words) - 1)
        if fold(words[cut]) not in _PARTICLES and fold(words[cut - 1]) not in _PARTICLES
    ]
    both = [cut for cut in cuts if said(words[:cut]) and said(words[cut:])]
    one = [cut for cut in cuts if counted > 5 and (said(words[:cut]) or said(words[cut:]))]
    return (both or one or [0])[0]


# An age written as an adjective before a name: "23-year-old X", "der 23-jährige X".
_AGE_BEFORE = re.compile(r"^\d{1,3}-(?:year-old|jährige[nr]?|jähriger)$", re.I)


def _single_names(
    tokens: list[re.Match[str]], text: str, found: list[Mention], table: Markers, language: str
) -> list[Mention]:
    """Return the names of one word the text gives strong evidence for (names of one word
    are common in South Asia and Indonesia): an age or a role right before it and a verb
    right after it, or "and" and a second such name before the verb ("23-year-old X and
    20-year-old Y were arrested", "der Aktivist X wurde festgenommen"); and a name of three
    hyphened parts ("Shifa-Ur-Rehman") listed between names of two words or more."""
    taken = [(m.start, m.end) for m in found]
    # ... the names no place's, body's or official's
    named = [(m.start, m.end) for m in found if not m.evidence & _NO_PERSON]
    verbs = _folded(table, "person_verbs", english=True) | {"was", "were", "are", "is"}
    roles = _folded(table, "role_words")
    ands = _folded(table, "and_words", english=True)

    def candidate(n: int) -> bool:
        if not 0 <= n < len(tokens):
            return False
        token = tokens[n]
        word = token.group()
        if any(a <= token.start() < b for a, b in taken):
            return False
        if not re.fullmatch(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)*", word) or len(word) < 4:
            return False
        folded = fold(word)
        if folded in _leading_words(table) or folded in _folded(table, "place_words", english=True):
            return False
        if folded in month_names(language) or _is_country(word, language):
            return False
        return _is_name_token(word, table) and not compound_role(word, table)

    def introduced(n: int) -> bool:
        if n < 1:
            return False
        said = tokens[n - 1].group()
        gap = text[tokens[n - 1].end() : tokens[n].start()]
        return gap.strip() == "" and (
            _AGE_BEFORE.match(said) is not None or fold(_ELIDED.sub("", said)) in roles
        )

    def runs_alone(n: int) -> bool:
        # no other name word right before or after: a run of one word
        before = (
            n >= 1
            and not text[tokens[n - 1].end() : tokens[n].start()].strip()
            and _is_name_token(tokens[n - 1].group(), table)
        )
        gap = text[tokens[n].end() : tokens[n + 1].start()] if n + 1 < len(tokens) else ","
        after = (
            n + 1 < len(tokens) and not gap.strip() and _is_name_token(tokens[n + 1].group(), table)
        )
        return not before and not after

    single: list[Mention] = []
    for n in range(len(tokens)):
        if not candidate(n) or not runs_alone(n):
            continue
        nxt = fold(tokens[n + 1].group()) if n + 1 < len(tokens) else ""
        gap = text[tokens[n].end() : tokens[n + 1].start()] if n + 1 < len(tokens) else ""
        names = [n]
        if introduced(n) and nxt in ands and not gap.strip():
            m = n + 2 + (1 if n + 2 < len(tokens) and introduced(n + 3) else 0)
            if candidate(m) and introduced(m) and runs_alone(m):
                names.append(m)
                nxt = fold(tokens[m + 1].group()) if m + 1 < len(tokens) else ""
                gap = text[tokens[m].end() : tokens[m + 1].start()] if m + 1 < len(tokens) else ""
        strong = all(introduced(k) for k in names) and nxt in verbs and not gap.strip()
        # a roll's line of its own, "Budiman, student leader" (after "INDONESIA:" on the
        # first line): the name, then an apposition with a role word, and nothing else
        line_role = re.match(
            r"^,\s*(?:(?:a|an|the)\s+)?([^\W\d_][^,;:.()\n]{2,60}?)\s*$", text[tokens[n].end() :]
        )
        if (
            not strong
            and line_role
            and re.fullmatch(
                r"\s*(?:[-•*◼]\s*)?(?:[A-ZÀ-Þ][A-ZÀ-Þ' -]{2,40}:\s*)?", text[: tokens[n].start()]
            )
            and {fold(w) for w in _TOKEN.findall(line_role.group(1))} & roles
        ):
            mention = Mention(tokens[n].group(), tokens[n].start(), tokens[n].end())
            mention.evidence.add("role")
            mention.role = line_role.group(1)
            taken.append((tokens[n].start(), tokens[n].end()))
            single.append(mention)
            continue
        hyphened = tokens[n].group().count("-") >= 2 and _between_names(n, tokens, text, taken)
        if not strong and not hyphened and _relative_in_list(n, tokens, text, taken, table):
            # "A, su hermano Rolando, C y D fueron detenidos": a relative named by a given
            # name only, an item of the list of names; the relation is the role
            mention = Mention(tokens[n].group(), tokens[n].start(), tokens[n].end())
            mention.evidence.add("list")
            mention.role = tokens[n - 1].group()
            taken.append((tokens[n].start(), tokens[n].end()))
            single.append(mention)
            continue
        if not strong and not hyphened and _listed_between_names(n, tokens, text, named):
            # "A B, Sergio, C D, Gregorio and others": a name of one word an item of a
            # list of full names, a comma or "and" on both sides (weak: marked for review)
            mention = Mention(tokens[n].group(), tokens[n].start(), tokens[n].end())
            mention.evidence.add("named")
            taken.append((tokens[n].start(), tokens[n].end()))
            named.append((tokens[n].start(), tokens[n].end()))
            single.append(mention)
            continue
        if not strong and not hyphened:
            continue
        for k in names:
            token = tokens[k]
            mention = Mention(token.group(), token.start(), token.end())
            mention.evidence.add("verb" if strong else "list")
            role_word = tokens[k - 1].group() if k >= 1 else ""
            if _AGE_BEFORE.match(role_word):
                mention.age = role_word  # "23-year-old", as printed
            if fold(_ELIDED.sub("", role_word)) in roles:
                mention.role = _ELIDED.sub("", role_word)
                if table.language != "de":
                    mention.role = mention.role[0].lower() + mention.role[1:]
                mention.role_gender = _role_gender(role_word, None, table)
            taken.append((token.start(), token.end()))
            single.append(mention)
    return single


# What parts a list's items ("A, B and C", "A, B y otros").
_LIST_ITEMS = re.compile(r"\s*,\s*(?:(?:and|und|et|y|e)\s+)?|\s+(?:and|und|et|y|e)\s+")
# The evidence that a mention names no person.
_NO_PERSON = frozenset({"place", "thing", "body", "official", "third party", "named place"})
# A list's separator before and after an item: ", X," / ", X and" / "and X,".
_LIST_LEFT = re.compile(r"(\S)\s*(?:,|\s(?:and|und|et|y|e))\s*$")
_LIST_RIGHT = re.compile(r"^\s*(?:,|\s(?:and|und|et|y|e)\s)\s*")


def _between_names(
    n: int, tokens: list[re.Match[str]], text: str, taken: list[tuple[int, int]]
) -> bool:
    """Say whether a token stands in a list between names: ", X and" / ", X," with a name
    ending right before the comma or beginning right after the "and"."""
    start, end = tokens[n].start(), tokens[n].end()
    left = re.search(r"(\S)\s*,\s*$", text[:start])
    right = re.match(r"^\s*(?:,|and|und|et|y|e)\s+", text[end:])
    named_left = left is not None and any(b == left.end(1) for _, b in taken)
    named_right = right is not None and any(a == end + right.end() for a, _ in taken)
    return named_left or named_right


def _listed_between_names(
    n: int, tokens: list[re.Match[str]], text: str, taken: list[tuple[int, int]]
) -> bool:
    """Say whether a token is an item of a list of names: a comma before it and a comma or
    "and" after it (or "and" before it and a comma after it), a name right before or after
    those, and the clause a list of capitalised items, three of them names of two words or
    more ("A B, Sergio, C D, E F, Ilidio and others")."""
    start, end = tokens[n].start(), tokens[n].end()
    left = _LIST_LEFT.search(text[:start])
    right = _LIST_RIGHT.match(text[end:])
    if not (left and right):
        return False
    following = text[end + right.end() : end + right.end() + 1]
    if "," in right.group() and not following.isupper():
        return False  # "..., Dili, they proceeded": the list ends before it
    ends = {b for _, b in taken}
    starts = {a for a, _ in taken}
    named_left = left.start(1) + 1 in ends
    named_right = end + right.end() in starts
    if not (named_left or named_right):
        return False
    # ... and the list is one of names, each item capitalised but a closing "others", and
    # three of them full names ("Sergio" among "A B, Sergio, C D, E F and others")
    opening = max(text.rfind(stop, 0, start) for stop in ".;:!?\n(") + 1
    closing = min(
        (at for at in (text.find(stop, end) for stop in ".;:!?\n)") if at >= 0), default=len(text)
    )
    items = _LIST_ITEMS.split(text[opening:closing].strip())
    if not all(item[:1].isupper() for item in items[:-1]) or not items[-1][:1].isalpha():
        return False
    spans = {text[a:b] for a, b in taken if " " in text[a:b]}
    return sum(item in spans for item in items) >= 3


def _relative_in_list(
    n: int, tokens: list[re.Match[str]], text: str, taken: list[tuple[int, int]], table: Markers
) -> bool:
    """Say whether a one-word name follows a possessive and a relative ("his brother X", "su
    hermano X", "sa sœur X") and stands between the names of a list: a name ends right
    before the comma or "and" that opens the relation, or begins right after the comma or
    "and" that follows the name."""
    if n < 2 or fold(tokens[n - 2].group()) not in _POSSESSIVES:
        return False
    if fold(tokens[n - 1].group()) not in _relatives(table):
        return False
    if text[tokens[n - 2].end() : tokens[n].start()].strip() != tokens[n - 1].group():
        return False
    joins = "|".join(re.escape(w) for w in sorted(_folded(table, "and_words", english=True)))
    start, end = tokens[n - 2].start(), tokens[n].end()
    left = re.search(rf"(\S)\s*(?:,|\s(?:{joins}))\s*$", text[:start], re.I)
    right = re.match(rf"^\s*(?:,|(?:{joins})\s)\s*", text[end:], re.I)
    named_left = left is not None and any(b == left.end(1) for _, b in taken)
    named_right = right is not None and any(a == end + right.end() for a, _ in taken)
    return named_left and (named_right or right is not None)


# German determiners: a capitalised word after one is a noun, never a first name.
_DE_DETERMINERS = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"}
    | {"sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer"}
    | {"dessen", "deren", "unser", "unsere", "unseren"}
)


def _after_determiner(
    tokens: list[re.Match[str]], first: re.Match[str], text: str, table: Markers
) -> bool:
    """Say whether a run of capitals follows a German determiner, a space between, and no
    place the run completes ("auf der Polizeiwache des Kairoer Stadtbezirks Dokki")."""
    at = next((n for n, t in enumerate(tokens) if t.start() == first.start()), 0)
    if at == 0:
        return False
    before = tokens[at - 1]
    if fold(before.group()) not in _DE_DETERMINERS or text[before.end() : first.start()].strip():
        return False
    owner = fold(tokens[at - 2].group()) if at >= 2 else ""
    places = _folded(table, "place_words", english=True)
    return not any(owner == p or (len(p) >= 5 and owner.endswith(p)) for p in places)


def _german_adjectives(
    tokens: list[re.Match[str]], first: re.Match[str], text: str
) -> list[re.Match[str]]:
    """Return the declined adjectives (one or two, in lower case) right before a run of
    capitals ("den iranischen Kurden X", "der jungen kurdischen Aktivistin Y")."""
    at = next((n for n, t in enumerate(tokens) if t.start() == first.start()), 0)
    lead: list[re.Match[str]] = []
    while at - len(lead) >= 1 and len(lead) < 2:
        word = tokens[at - len(lead) - 1]
        gap = text[word.end() : (lead[0] if lead else first).start()]
        if gap != " " or not _GERMAN_ADJECTIVE.fullmatch(word.group()):
            break
        if fold(word.group()) in _DE_DETERMINERS:
            break
        lead.insert(0, word)
    return lead


# German nouns for the State that acts on a person, folded endings ("die Behörden X",
# "die Justizbehörden", "die Sicherheitskräfte"): the subject before the object's name.
_DE_AUTHORITIES = ("behorden", "regierung", "polizei", "sicherheitskrafte", "gerichte")

_GERMAN_ADJECTIVE = re.compile(r"[a-zäöüß][a-zäöüß-]{2,}(?:e|en|er|em|es)")


# Another first name in brackets after the first: "Mojahed (Abbas) Kourkouri".
_ALIAS = re.compile(r"\s*\(([A-ZÀ-Ý][a-zà-ÿ’'-]+)\)\s+(?=[A-ZÀ-Ý])")
# A name in another script than the Latin, in brackets after the Latin one: "(黄琦)",
# "(Мария Тестер)", "(علي مثال)".
_OTHER_SCRIPT = re.compile(
    r"\s*[(（]((?:[^\x00-\u024f()（）\s]|·)+(?:\s+(?:[^\x00-\u024f()（）\s]|·)+)*)[)）]"
)


# The particles a family name may open with after a nickname ('X "Bazoo" de Jesus').
_NAME_PARTICLES_AFTER_NICKNAME = frozenset({"de", "da", "do", "dos", "del", "di", "van", "von"})
# A nickname in quotes after a first name or a name: 'Jorge "El Flaco" Mamani', "«El Chino»",
# "„Hamma“"; one to three words, each capitalised or an article.
_NICKNAME = re.compile(
    r"\s+[\"“„«‹]\s*((?:[A-ZÀ-Ý][\w’'-]*|el|la|le|der|die)"
    r"(?:\s+(?:[A-ZÀ-Ý][\w’'-]*|el|la|le|de|del|der|die)){0,2})\s*[\"”“»›]"
)


def _joins(tokens: list[re.Match[str]], end: int, text: str, table: Markers) -> int:
    """Return how many tokens after tokens[end] go on its name (0: the name ends there): the
    next name word, or one or two particles and the name word after them ("de la Cruz")."""
    if end + 1 >= len(tokens):
        return 0
    if re.search(r"[,;:()!?]", text[tokens[end].end() : tokens[end + 1].start()]):
        return 0  # "Liberté pour X ! Jusqu'au 12 juin": the exclamation ends the name
    if re.search(r"[–—]|\s-\s", text[tokens[end].end() : tokens[end + 1].start()]):
        return 0  # "acht Personen – Fazel X, ...": a dash parts a noun from the list's name
    if _ends_sentence(tokens[end].group()):
        return 0
    following = tokens[end + 1].group()
    if _is_name_token(following, table):
        return 1
    if (
        re.fullmatch(r"[A-ZÀ-Ý]\.", following)
        and end + 2 < len(tokens)
        and _is_name_token(tokens[end + 2].group(), table)
    ):
        return 1  # a middle initial: "Ahmed K. Tester"
    if (
        following[:1].isupper()
        and not following.isupper()
        and fold(following) in month_names(table.language)
        and end + 2 < len(tokens)
        and _is_name_token(tokens[end].group(), table)
        and _is_name_token(tokens[end + 2].group(), table)
        and not text[tokens[end].end() : tokens[end + 2].start()].replace(following, "").strip()
    ):
        return 2  # "Carlos Julio Ejemplo": a month's word between two name words is a name's
    if (
        _caps_surname(following, table)
        and _is_name_token(tokens[end].group(), table)
        # "the X Detention Centre (XDC)" and later "the Y XDC": an acronym the text spells out
        and f"({following})" not in text
    ):
        return 1  # "Jean-Claude NDAYEXEMPLE": a surname in capitals after the first name
    if (
        _caps_surname(following, table)
        and _caps_surname(tokens[end].group(), table)
        and end > 0
        and _is_name_token(tokens[end - 1].group(), table)
        and not text[tokens[end - 1].end() : tokens[end].start()].strip()
        and f"({following})" not in text
    ):
        return 1  # "Eduardo UMANA MENDOZA": a second family name in capitals
    particles = _PARTICLES - _prepositions(table)
    step = 1
    while end + step < len(tokens) and step <= 2 and fold(tokens[end + step].group()) in particles:
        step += 1
        if end + step < len(tokens) and _is_name_token(tokens[end + step].group(), table):
            gaps = text[tokens[end].end() : tokens[end + step].start()]
            return step if not re.search(r"[,;:()]", gaps) else 0
    return 0


# An organisation's acronym run into the place of its branch ("MOVICE-Valle", "CUT-Sur").
_ACRONYM_FIRST = re.compile(r"^[A-ZÀ-Ý]{2,}-[A-ZÀ-Ý]?[a-zà-ÿ]")


def _caps_surname(word: str, table: Markers) -> bool:
    """Say whether a word in capitals can be a surname ("NDAYEXEMPLE", "MBALLA-TESTER"), not
    an acronym ("HMLC", "AFP") or a word of the UA's own ("URGENT")."""
    letters = word.replace("-", "")
    return (
        len(letters) >= 3
        and letters.isalpha()
        and letters.isupper()
        and bool(re.search(r"[AEIOUYÀ-ÖØ-Ý]", letters))
        and bool(re.search(r"[^AEIOUYÀ-ÖØ-Ý]", letters))
        and fold(word) not in _not_names(table)
        and fold(word) not in _folded(table, "common_words", english=True)
    )


def _cut_initial(tokens: list[re.Match[str]], end: int, text: str) -> bool:
    """Say whether the text stops in a name: one capital letter after it, nothing more."""
    return (
        end + 2 == len(tokens)
        and re.fullmatch(r"[A-ZÀ-Ý]", tokens[end + 1].group()) is not None
        and not text[tokens[end + 1].end() :].strip()
        and not re.search(r"[,;:()]", text[tokens[end].end() : tokens[end + 1].start()])
    )


def _ends_sentence(token: str) -> bool:
    """Say whether a token ends a sentence ("Khizirlou."), not an abbreviation ("Dr.", "A.")."""
    return token.endswith(".") and len(token.rstrip(".")) > 2 and fold(token) not in _HONORIFICS


# Nouns for a people after its name: "the Ahwazi Arab minority", "la communauté Peul".
_COLLECTIVES = frozenset(
    {"minority", "minorities", "community", "communities", "tribe", "population"}
    | {"minorité", "minorite", "communauté", "communaute", "minoría", "minoria", "comunidad"}
    | {"comunidades", "communautés", "communautes", "minorías", "minorités"}
)


# A post's complement before a run of capitals: "of (the)", "de (la)", "del", "du", "der".
_POST_OF = re.compile(
    r"([^\W\d_][\w-]*)\s+(?:of(?:\s+the)?|de(?:\s+(?:la|las|los|les))?|del|du|des|der|"
    r"de\s+l['’]|d['’])\s*$",
    re.I,
)


# People in the plural and "from" before a run of capitals: "activists from X" (the words
# of a name's kin or title in capitals before it, "Mother", "Saint", are the body's).
_PEOPLE_FROM = re.compile(r"([^\W\d_][\w-]*)\s+from(?:\s+the)?(?:\s+[A-ZÀ-Þ][a-zß-ÿ]+)?\s*$")


def _body_after_post(before: str, said: str, table: Markers) -> bool:
    """Say whether a run of capitals follows a post held in a body and "of": "coordinator
    of X", "members of the X", "dirigente del X", "membre de X", "Mitglied der X". Not a
    genitive ("a member of X's family": X is a person)."""
    post = _POST_OF.search(before[-60:])
    return (
        post is not None
        and fold(post.group(1)) in _folded(table, "body_posts", english=True)
        and not re.search(r"['’]s$", said)
    )


# The other items of a list of capitals after a mention, up to the noun in small letters
# after the last ("A, B and C journals"): the noun's word.
_LISTED_BEFORE_NOUN = re.compile(
    r"^(?:(?:,|\s+(?:and|et|und|y|e))\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,4}){0,6}"
    r"\s+([a-zà-ÿ][\w-]+)"
)


# A name's words before it that say it is not a list's first ("…, A" / "… and A").
_LIST_GOES_ON = re.compile(r"[A-Za-zÀ-ÿ'’-]\s*(?:,|\s(?:and|et|und|y|e))\s*$")

# Thing words that are verbs too: in small letters after a name they are what the person
# does ("Ali Example acts for the family"); a law's name carries its word in capitals.
_VERB_LIKE_THINGS = frozenset({"act", "notice", "decree", "code"})


def _thing_noun(word: str, table: Markers, *, several: bool) -> bool:
    """Say whether a noun in small letters after capitals makes them a thing's name
    ("newspapers", "journal", "Zeitung"), no person's: a thing word, not a people's. A
    plural only after a list of several names ("A and B newspapers"): after one name
    ("X unites", "X acts") it is a verb."""
    folded = fold(word).strip(".")
    if folded in _VERB_LIKE_THINGS or folded[:-1] in _VERB_LIKE_THINGS:
        return False
    return _thing_word(folded, table, plural=several)


def _thing_word(folded: str, table: Markers, *, plural: bool) -> bool:
    """Say whether a folded word is a thing word of the table's or English ("party",
    "journal"), or with `plural` a thing word's plural ("newspapers")."""
    things = _folded(table, "thing_words", english=True)
    return folded in things or (plural and folded.endswith("s") and folded[:-1] in things)


@cache
def _authorities_of(table: Markers) -> re.Pattern[str] | None:
    """Return the pattern of the authorities of a place right before a name, for the table's
    language and English ("the prison authorities of", "les autorités carcérales d'", "las
    autoridades de"): the noun (its adjectives after it where the language puts them there),
    then the preposition, nothing between."""
    tables = (table, TABLES["en"])
    nouns = {fold(w) for t in tables for w in t.authorities}
    links = {fold(w) for t in tables for w in t.authorities_of}
    if not nouns or not links:
        return None

    def either(words: set[str]) -> str:
        escaped = (
            re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
        )
        return "|".join(e.replace("'", "['’]") for e in escaped)

    return re.compile(rf"\b(?:{either(nouns)})\s+(?:{either(links)})\s*$", re.I)


# A German adjective by its suffix and ending ("Menschenrechtliche", "Politische").
_GERMAN_DERIVED_ADJECTIVE = re.compile(
    r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:lich|isch|haft|bar|sam)(?:e|en|er|es|em)"
)
# The labels of a UA's header and of a letter's fields, which a colon follows ("Date:",
# "Datum:", "Fecha:", "Index:", "Subject:", "Objet :").
_FIELD_LABELS = frozenset(
    {"date", "datum", "fecha", "index", "indice", "subject", "betreff", "objet", "asunto"}
)
# The capitalised words an ampersand joins to a run of capitals ("X Power & Lighting Company").
_AMPERSAND_AFTER = re.compile(r"\s*&\s*((?:[A-ZÀ-Þ][\w'’-]*\s*){1,4})")
# The capitalised words right after a run of capitals, up to the last ("... Farmers Slum").
_CAPITALS_AFTER = re.compile(
    r"(?:\s[A-ZÀ-Þ][\w'’-]*){0,2}\s([A-ZÀ-Þ][\w'’-]*)(?![\w'’-]|\s[A-ZÀ-Þ])"
)


def _evidence(
    mention: Mention, text: str, tokens: list[re.Match[str]], table: Markers, language: str
) -> Mention:
    """Add the evidence around a mention: what precedes and follows it."""
    before = text[max(0, mention.start - 120) : mention.start]
    if _after_salutation(before, table, at_start=mention.start <= 120):
        # "Sehr geehrter Herr Staatsanwalt, X muss freigelassen werden": the letter's
        # salutation joined to its first sentence; the office is the addressee's, not X's
        before = ""
    after = text[mention.end : mention.end + 160]
    # French elides "de" and "le" before a vowel, glued to the name ("la libération d'Ivan X",
    # "la prison d'Evin"): the words as if written out.
    before_words = [_ELIDED_WORDS.get(fold(w), fold(w)) for w in _TOKEN.findall(before)]
    after_words = [fold(w) for w in _TOKEN.findall(after)]
    place = _folded(table, "place_words", english=True)
    first, last = fold(mention.name.split()[0]), fold(mention.name.split()[-1])
    of_place = len(before_words) >= 2 and before_words[-1] in _OF and before_words[-2] in place
    if of_place and before_words[-2] in _ADJECTIVE_PLACES and len(before_words) >= 3:
        # "el procesamiento penal de X", "el Código Penal de X": the adjective, no prison
        of_place = before_words[-3] in _ARTICLES | _CONTRACTED_ARTICLES | _PREPOSITIONS
    # "al penal Tocuyito Viejo", "to the prison Gohar Dasht", "im Frauengefängnis Qarchak"
    of_place = of_place or bool(
        before_words[-1:] and before_words[-1] in place and not re.search(r"[,;:]\s*$", before)
    )
    if table.language == "de" and any(
        first.removesuffix(ending).endswith(word) and len(first) > len(word) + 2
        for word in place
        if len(word) >= 5
        # ... also declined: "der Verwaltungsbezirken X", "des Stadtteils X"
        for ending in ("", "e", "en", "es", "s")
    ):
        of_place = True
    # "am Internationalen Flughafen Kairo": a place's word inside the run of capitals
    # ... but not a saint's in a family name ("Rocío San Miguel", "Jessy San Miguel"): after
    # a first word that is no place's, it begins a surname as often as a town's name
    inner = any(
        fold(word) in place and fold(word) not in _SAINTS for word in mention.name.split()[1:-1]
    )
    # "X Y Farmers Slum": the run of capitals goes on past a role's word to a place's noun
    capitals_after = _CAPITALS_AFTER.match(after)
    run_to_place = bool(capitals_after and fold(capitals_after.group(1)) in place - _SAINTS)
    # ... a place's noun right after the name, no comma between ("Evin prison"; not "X,
    # prison director", an apposition)
    noun_after = bool(after_words[:1] and after_words[0] in place and not after.startswith(","))
    if noun_after or run_to_place or first in place or last in place or of_place or inner:
        mention.evidence.add("place")
        if of_place:
            # "la ville de X", "the town of X", "im Stadtteil X": the place's noun names X a
            # place wherever the text names it again ("quitter X dans les trois jours")
            mention.evidence.add("named place")
        return mention
    authorities = _authorities_of(table)
    if authorities and authorities.search(fold(before)):
        # "the prison authorities of X", "les autorités carcérales d'X", "las autoridades
        # de X": the place (or body) the authorities are of
        mention.evidence.add("place")
        return mention
    if (
        table.language == "de"
        and len(mention.name.split()) == 2
        and _GERMAN_DERIVED_ADJECTIVE.fullmatch(mention.name.split()[0])
    ):
        # "Menschenrechtliche Standards sind ...": an adjective and its noun, capitalised
        # where they open the sentence, no name
        mention.evidence.add("thing")
        return mention
    if re.match(r"\s?:", after) and fold(mention.name.split()[-1]) in _FIELD_LABELS:
        # "Index: EUR 49/01/2021 Example Date: 3 May": a header's label run into the words
        # before it, no name
        mention.evidence.add("thing")
        return mention
    joined = _AMPERSAND_AFTER.match(after)
    if joined and any(_is_thing(word, table) for word in _TOKEN.findall(joined.group(1))):
        # "Example Power & Lighting Company": a body's name the ampersand joins
        mention.evidence |= {"thing", "body"}
        return mention
    from_body = _PEOPLE_FROM.search(before[-60:])
    if (
        from_body
        and people_word(from_body.group(1), table)
        and fold(from_body.group(1)).endswith("s")
    ):
        # "six youth activists from Mother Nature Cambodia": the body (or place) people come
        # from, no person; wherever the text names it again
        mention.evidence |= {"thing", "body"}
        return mention
    if _body_after_post(before, text[mention.start : mention.end], table):
        # "national coordinator of X", "members of the X", "ex dirigente del X": the body
        # the post is held in, no person; wherever the text names it again
        mention.evidence |= {"thing", "body"}
        return mention
    following = re.match(r"^ ([a-zà-ÿ][\w-]+)", after)
    if following and (
        fold(following.group(1)) in _COLLECTIVES
        or fold(following.group(1)) in _folded(table, "people_nouns", english=True)
    ):
        # "the Ahwazi Arab minority", "Mapuche communities", "Uyghur activists": capitals
        # that qualify a people, no person
        mention.evidence.add("thing")
        return mention
    listed = _LISTED_BEFORE_NOUN.match(after)
    if listed and _thing_noun(
        listed.group(1),
        table,
        several=bool(after[: listed.start(1)].strip() or _LIST_GOES_ON.search(before)),
    ):
        # "the X newspaper", "the offices of A and B newspapers; C, D and E journals": the
        # noun in small letters after a list of capitals says what each of them is
        mention.evidence.add("thing")
        return mention
    offices = _folded(table, "office_words", english=True)
    # "sechs Journalisten ...: den Direktor X, seinen Stellvertreter Y, ...": an office in
    # the roll a colon opens is the post the person at risk holds, no official's
    official = bool(set(before_words[-5:]) & offices) and not _office_of_organisation(before, table)
    holds = _holds_office(before, table)
    in_roll = (official or holds) and _office_opens_roll(before, after, offices)
    kin_of_office = (official or holds) and _relative_of_office(before_words, table)
    if kin_of_office:
        # "El tío del presidente de la Asamblea Nacional, X": the relation is X's role
        clause = re.split(r"[.;:!?]\s", before)[-1]
        kin = [t for t in _TOKEN.finditer(clause) if fold(t.group()) in _relatives(table)][-1]
        mention.role = mention.role or clause[kin.start() :].strip(" ,")
        mention.evidence.add("role")
        word = fold(kin.group())
        if word in _folded(table, "male_words") - _folded(table, "female_words"):
            mention.role_gender = "male"
        elif word in _folded(table, "female_words") - _folded(table, "male_words"):
            mention.role_gender = "female"
    if (official or holds) and (
        kin_of_office
        or _post_in_previous_apposition(before, after, table)
        or _former_post_before(before, table)
        or _office_after_event(before_words, table)
    ):
        # "A, 4th year student, the chairperson, B, 2nd year ...", "A, former minister, B"
        official = holds = False
    if official and not in_roll:
        mention.evidence.add("official")
    if holds and not in_roll:
        mention.evidence.add("third party")  # "the Minister of Justice, X": an official
    if _relative_who_speaks(before, after, table):
        mention.evidence.add("third party")  # "her mother, X, told ...": a source
    if before_words[-1:] and before_words[-1] in _LOCATIVES and not re.search(r"[,;:]\s*$", before):
        mention.evidence.add("place")  # "in Rio de Janeiro", "en Recreio dos Bandeirantes"
        return mention
    if _NAME_LABEL.search(before):
        mention.evidence.add("marker")  # "Name: X", "Nom : X", "Nombre: X"
    courtesy = re.search(r"(?:^|[\s(])([A-ZÀ-Ý][a-zà-ÿ]{0,7})\.?\s+$", before)
    if courtesy and before_words[-2:-1] and before_words[-2] in _GERMAN_POSSESSIVES:
        courtesy = None  # "seine Frau X": his wife, a relative, no courtesy title
    if courtesy and fold(courtesy.group(1)) in _courtesy(table):
        mention.evidence.add("honorific")  # "Mme X", "Sra. X", "Frau X", "Mr X"
    noun = _after_person_noun(before, after, table)
    if noun:
        mention.evidence.add("role")  # "une septième personne, X,", "una de sus fundadoras, X,"
        mention.role_gender = _role_gender(noun, None, table) or _role_gender(
            re.sub(r"e?s$", "", noun), None, table
        )
    # "his lawyer X": X is a third party; "the lawyer of X": X is the client.
    if any(
        fold(before).rstrip(" ,:").endswith(fold(phrase))
        for phrase in (*table.third_party, *TABLES["en"].third_party)
        if fold(phrase).split()[-1] not in _OF | {"for", "für", "pour", "para"}
    ):
        mention.evidence.add("third party")
    # "X, 34, student", "X (34), Journalistin", "X, 23 ans, étudiante": the apposition
    # after the age
    after_age = _AGE.match(after)
    apposed = after[after_age.end() :] if after_age else after
    alias = _KNOWN_AS.match(apposed)
    if alias and apposed.lstrip().startswith(","):
        # "X, dit « Hamma », rappeur,", "X, alias «El Chino», dirigente": the role after it
        apposed = re.sub(r"^\s*[»\"”’')]?", "", apposed[alias.end() :])
    appositive = re.match(
        r"^,\s*(?:(?:a|an|the|der|die|das|un|une|el|la)\s+)?([a-zà-ÿ][^,]{2,120}?),", apposed
    )
    if appositive and re.search(r"[.!?:]\s+[\"“'‘]?[A-ZÀ-Ý]", appositive.group(1)):
        # "X, a prisoner of conscience who ... was released in May. Twenty-nine others ...,":
        # the comma that ends it stands in another sentence; no apposition
        appositive = None
    sentence_end = re.search(r"[.!?](?=\s*[A-ZÀ-Þ])", appositive.group(1)) if appositive else None
    if appositive and sentence_end:
        # "X, defensor de derechos humanos.Más de un centenar …, activistas": the sentence
        # ends the apposition, a run-together one too
        appositive = re.match(
            rf"^,\s*(?:(?:a|an|the|der|die|das|un|une|el|la)\s+)?([a-zà-ÿ][^,]{{2,120}}?)"
            rf"(?=.{{{len(appositive.group(1)) - sentence_end.start()}}},$)",
            apposed[: appositive.end()],
        )
    if appositive is None and not before.strip(" \t•◼▪●*–—-"):
        # a table-like line, "Name – role – what happened": the dashes end the apposition
        appositive = re.match(r"^\s+[–—]\s+([^\W\d_][^–—,;:.()]{2,60}?)\s+[–—]\s", apposed)
    # a roll's first line may follow the country in capitals ("MEXICO: A, teacher")
    line_start = not re.sub(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ' -]{2,40}:\s*$", "", before).strip(" \t•◼▪●*–—-")
    if appositive is None and line_start:
        # a roll of names, one "Name, role" a line ("Moatissim Siam, engineer"): the line
        # ends the apposition
        appositive = re.match(
            r"^,\s*(?:(?:a|an|the|der|die|das|un|une|el|la)\s+)?([^\W\d_][^,;:.()]{2,80}?)\s*$",
            apposed,
        )
    if appositive is None and after_age:
        # "X, 73 ans, dirigeant de la communauté de Y. Son corps ...": after an age, the
        # sentence's end closes the apposition as a comma would
        appositive = _APPOSITION_TO_SENTENCE_END.match(apposed)
    at_end = False
    if appositive is None and (line_start or after_age):
        # "New names: X, 69, former minister (released on bail)": a roll's item whose age
        # and role end at a remark in brackets, the lines' join running on after it
        appositive = _ROLE_AT_END.match(apposed)
        at_end = appositive is not None and after_age is not None
    if appositive is None and table.language == "de":
        # German capitalises its nouns: "X, Liedermacher aus Minsk, wurde ...", no article
        german = re.match(r"^,\s*(?:(?:der|die|ein|eine)\s+)?([A-ZÄÖÜ][^,]{2,120}?),", apposed)
        head = _TOKEN.findall(german.group(1))[:1] if german else []
        if (
            german
            and head
            and (
                fold(head[0]) in _folded(table, "role_words")
                or compound_role(head[0], table)
                or _office_in_organisation(german.group(1), table)
            )
        ):
            appositive = german
    if appositive and fold(appositive.group(1).split()[0]) in _folded(
        table, "and_words", english=True
    ):
        appositive = None  # "A, and B – who are ...": the list goes on, no apposition
    if appositive and _ALONG_WITH.match(appositive.group(1)):
        appositive = None  # "A and B, together with 10 other activists, were": others
    if appositive and any(
        fold(phrase) in fold(appositive.group(0))
        for phrase in ("lawyer of", "anwalt von", "avocat de")
    ):
        mention.evidence.add("third party")
    if (before_words[-1:] and before_words[-1] in ("dr", "dr.")) or re.search(
        r"\bDr\.?\s*$", before
    ):
        mention.honorific = "Dr."
        mention.evidence.add("honorific")
    verbs = _folded(table, "person_verbs", english=True)
    # "X (34) was arrested", "X, 34 ans, a été arrêtée": the verb after the age
    aged = _AGE.match(after)
    past_age = after[aged.end() :].lstrip(" ,") if aged else after
    # "X (TDCJ #999137, DOB 11/25/1974) faces execution": the verb after a bracketed remark
    past_remark = _REMARK_FIRST.sub("", past_age, count=1)
    first_after = [fold(w) for w in _TOKEN.findall(past_remark)[:1]]
    if first_after and first_after[0] in verbs:
        mention.evidence.add("verb")
    # "X, environmental, land and territory defender, was shot", "die Behörden liessen X,
    # einen Jugendlichen mit ..., hinrichten": the verb after an apposition in lower case
    # (an acronym in brackets inside it: "X, secretary of the Y Committee (YC), received")
    # ... or a body's name in its own language that ends it, with or without the comma: "X,
    # the president of the Y Union (Sindicato Y, SY) received": the bracket closes it
    # (read on past the span's end: a body's long name may run beyond it)
    further = text[mention.end + len(after) - len(past_age) : mention.end + 320]
    closed = _BODY_IN_BRACKETS.sub(",", further) if past_age.startswith(",") else past_age
    for commas in range(3):
        apposed_verb = re.match(
            rf"^,\s*[a-zà-ÿ]{_APPOSED_WORDS}{{1,100}}?"
            + rf"(?:,\s*[a-zà-ÿ]{_APPOSED_WORDS}{{0,100}}?)" * commas
            + ",",
            closed,
        )
        if not apposed_verb:
            break
        rest = closed[apposed_verb.end() :]
        said_after = [fold(w) for w in _TOKEN.findall(rest)[:2]]
        if said_after[:1] in (["was"], ["were"]) and is_participle(said_after[-1], table):
            said_after = ["is"]  # "was shot dead", "was arrested": a passive of the person
        rest_clause = {
            fold(w) for w in _TOKEN.findall(re.split(r"[.;:!?,]", rest, maxsplit=1)[0])[:8]
        }
        if (said_after and said_after[0] in verbs) or (
            table.language == "de" and rest_clause & _folded(table, "object_verbs", english=True)
        ):
            mention.evidence.add("verb")
            break
    object_verbs = _folded(table, "object_verbs", english=True)
    if before_words[-1:] and before_words[-1] in object_verbs:
        mention.evidence.add("verb")  # "the authorities executed X", "release X"
    if before_words[-2:-1] and before_words[-1] in ("a", "al") and before_words[-2] in object_verbs:
        mention.evidence.add("verb")  # "liberar a X", "ponga en libertad a X"
    clause = re.split(r"[.;:!?,]", after, maxsplit=1)[0]
    if table.language == "de" and {fold(w) for w in _TOKEN.findall(clause)[:8]} & object_verbs:
        mention.evidence.add("verb")  # "Sie auf, X umgehend freizulassen": the verb goes last
    if (
        len(before_words) >= 2
        and before_words[-1] in _OF
        and before_words[-2] in _folded(table, "event_nouns", english=True)
        # the name ends its phrase: "the release of Crimean Tatar human rights defender X"
        # names a people, not a person
        and (
            re.match(r"^\s*(?:[,.;:)\n–—-]|$)", after) is not None
            or (after_words[:1] and after_words[0] in _folded(table, "and_words", english=True))
            # "commuted the death sentence of X to 12 years", "la peine de mort d'X en ..."
            or (
                after_words[:1]
                and after_words[0] in _folded(table, "event_followers", english=True)
            )
        )
    ):
        mention.evidence.add("verb")  # "the death of X", "la détention de X"
    events = _folded(table, "event_nouns", english=True)
    if (
        table.language == "de"
        and before_words[-1:] == ["gegen"]
        and before_words[-2:-1]
        and before_words[-2] in events
    ):
        mention.evidence.add("verb")  # "das Todesurteil gegen X", "das Verfahren gegen X"
    if (
        re.search(r"['’]s$", text[mention.start : mention.end])
        and after_words[:1]
        and after_words[0] in events - {"pardon"}
        # "the Leader X's pardon", "President X's arrest of critics": X is who acts
        and after_words[1:2] != ["of"]
    ):
        mention.evidence.add("verb")  # "X's death sentence was commuted", "X's execution"
    if (
        before_words[-1:]
        and before_words[-1] in _folded(table, "finite_before_subject")
        and "frei" in {fold(w) for w in _TOKEN.findall(clause)[:8]}
    ):
        mention.evidence.add("verb")  # "Am 3. März kam X frei": the verb before the subject
    if _for_someone(before, table) and not mention.evidence & {"official", "third party"}:
        mention.evidence.add("for")  # "Briefaktion für X", "Action lettre pour X" (weak)
    if re.match(r"^\s*[–—-]\s*who\b|^,\s*(?:who|qui|der|die|quien)\b", after):
        mention.evidence.add("verb")
    elif _RELATIVE_QUE.match(after):
        # "A, que regresó a Colombia en 2014, B y C": the relative's verb is the person's;
        # not "dijo al director X, que él estaba ...", a conjunction before its subject
        mention.evidence.add("verb")
    national = _NATIONAL_BEFORE.search(before)
    if national and _demonym(national.group("people") or national.group("people2")):
        # "Malaysian national X", "ressortissant nigérian X", "ciudadano peruano X",
        # "türkischer Staatsbürger X": a person's nationality before the name
        mention.evidence.add("role")
        mention.role = mention.role or national.group(0).strip()
    cjk = _OTHER_SCRIPT.match(after)
    if cjk:
        mention.other_name = cjk.group(1)
        mention.evidence.add("script")
    age = _AGE.match(after)
    if age:
        years = next(g for g in age.groups() if g)
        mention.age = _AGE_SAID.get(language, "aged %s") % years
        if any(age.group(n) for n in (1, 2, 3)) or re.search(r"\b(?:años|ans)\b", age.group()):
            mention.evidence.add("age")  # "X, aged 25,", "X, de 22 años,": a person
    elif _AGE_AFTER_WORD.match(after):
        mention.evidence.add("age")  # "X, Latino, aged 33 (26 July), Y, ...": a person
    known_as = _KNOWN_AS.match(after)
    if known_as:
        mention.other_name = known_as.group(1)  # "X (also known as Y)", "X, alias Y,"
        mention.evidence.add("script")
    latin = _LATIN_IN_BRACKETS.match(after)
    if latin and any(_is_thing(w, table) for w in _TOKEN.findall(after[latin.end() :])[:1]):
        # "the Unlawful Activities (Prevention) Act": a law's name, its bracket inside it
        mention.evidence.add("thing")
        return mention
    if latin and (fold(latin.group(1)) in nationalities() or _demonym(latin.group(1))):
        # "X (Filipino)": the person's nationality (a note), no other name; a person all the
        # same
        mention.nationality = latin.group(1)
        mention.evidence.add("marker")
        latin = None
    if latin and len(latin.group(1).split()) == 1 and re.match(r"[A-ZÀ-Ý]\. ", mention.name):
        mention.other_name = latin.group(1)  # "E. Nayavel (Amudan)": a name of its own
        mention.evidence.add("script")
    elif latin and len(latin.group(1).split()) == 1:
        mention.other_name = " ".join([*mention.name.split()[:-1], latin.group(1)])
        mention.evidence.add("script")
    roles = _folded(table, "role_words")
    # A role before the name: "former human rights lawyer Ding Jiaxi", "Aktivistin Xu Yan".
    # ... not across a semicolon: "Director A; B" says nothing of B
    raw_before = _TOKEN.findall(before.rsplit(";", 1)[-1])
    if _apposition_of_previous(before):
        raw_before = []  # "A, trade unionist, B": the role is A's apposition, not B's
    phrase_role = _role_phrase_before(raw_before, before, table) or _glued_role(
        raw_before, before, table
    )
    if phrase_role:
        mention.role, article, first_word = phrase_role
        mention.role_gender = _role_gender(first_word, article, table)
        mention.evidence.add("role")
    if not phrase_role:
        phrase_role = _described_by_gender_noun(raw_before, before, table)
        if phrase_role:
            mention.role, _, first_word = phrase_role
            mention.role_gender = _gender_words([fold(first_word)], [], "", table)
            mention.evidence.add("role")
    for back in (1, 2, 3) if not phrase_role else ():
        if len(raw_before) >= back and raw_before[-back].endswith((".", "!", "?")):
            break  # "... their leaders were arrested. X": the role is another sentence's
        if language == "de" and 1 < back <= len(raw_before) and raw_before[1 - back][:1].islower():
            break  # "die Aktivistin zu neun Jahren Haft": German puts no lower-case word
            # between a role and its name
        if len(raw_before) >= back and (
            fold(_ELIDED.sub("", raw_before[-back])).strip(".") in roles
            or compound_role(raw_before[-back], table)
            or _plural_role_compared(raw_before, back, roles, before)
            or (back == 1 and _plural_role_after_article(raw_before, table))
            or (back == 2 and _plural_role_and_adjective(raw_before, table))
        ):
            at = len(raw_before) - back
            mention.evidence.add("role")
            between = raw_before[at + 1 :]
            if _relation_of_another(between):
                break  # "the lawyer of X", "le frère d'X": X is the client, the sibling
            if _role_across_comma(raw_before, at, before, roles):
                break  # "el padre de la periodista, X": X is the father, no journalist
            if _possessed_plural_across_comma(raw_before, at, before, table):
                break  # "According to his current lawyers, X committed ...": theirs
            mention.role, article = _role_before(raw_before, at, table, before)
            if _COMPARED.search(" ".join(fold(w) for w in between)):
                # "journalists such as X", "des militants tels que X": the role stops there
                mention.role = _singular(mention.role, roles)
                break
            mention.role += _role_complement(between, before, table)
            phrase = " ".join([mention.role, *between]).rstrip(",")
            if between and before.rstrip().endswith(",") and _is_role_phrase(phrase, table):
                # "Le prisonnier d'opinion, X": a phrase of the table, its comma before the name
                mention.role = phrase
            if back == 2 and _plural_role(raw_before[at], table) and between[0][:1].islower():
                # "militants écologistes": the plural noun and its adjective, as printed
                mention.role = f"{_ELIDED.sub('', raw_before[at])} {between[0]}"
            mention.role_gender = _role_gender(raw_before[at], article, table)
            if _plural_role(raw_before[at], table) or fold(raw_before[at]) in roles:
                mention.shared_gender = _plural_gender(raw_before[at], article, table)
            break
    if mention.role is None:
        office = _office_of_organisation(before, table)
        if office:
            # "the deputy head of the X School of Journalism, A B": her office there is her
            # role (weak: a role read from the sentence is marked for review)
            mention.role, article, first_word = office
            mention.role_gender = _role_gender(first_word, article, table)
            mention.evidence.add("role")
    if mention.role is None:
        predicated = _predicate_role(after, table)
        if predicated:
            # "X ist eine Kleinbäuerin, die ...", "X es organizador campesino de la zona."
            mention.role, mention.role_gender = predicated
    if mention.role is None:
        indefinite = _indefinite_role_before(before, after, table)
        if indefinite:
            # "un empleado de una agencia de viajes, X,": the role the article opens, its
            # comma before the name
            mention.role, mention.role_gender = indefinite
            mention.evidence.add("role")
    # Or an apposition: "X, a human rights defender,", "X, la militante ...".
    possessive = _possessive_role(before, table)
    if possessive:
        mention.role = possessive  # "Khalil Ma'touq's friend Mohammed Thatha"
        mention.evidence.add("role")
    if appositive and mention.role is None:
        words = [fold(w) for w in _TOKEN.findall(appositive.group(1))]
        words = [compound_role(w, table) or w for w in words]
        # ... or an office the person held, its age before it ("X, 69, former minister")
        held = at_end and bool(set(words) & offices)
        # ... or, in German, an office in an organisation ("X, der Leiter der NGO Y,")
        held = held or (
            table.language == "de" and _office_in_organisation(appositive.group(1), table)
        )
        # ... or an office in a body of civil society ("X, présidente de l'Association Y",
        # "X, president of the Y Committee", "X, presidente del sindicato Y")
        held = held or _office_in_civic_body(appositive.group(1), table)
        if (
            (set(words) & roles or held)
            and not _names_another(appositive.group(1), roles)
            and not _opens_relative(words, table)
        ):
            mention.role = _several_roles(
                _before_participle(_before_name(_apposition_role(appositive.group(1))), table),
                table,
            )
            mention.evidence.add("role")
            opening = re.match(r"^,\s*(\w+)\s", appositive.group(0))
            mention.role_gender = _apposition_gender(
                _TOKEN.findall(appositive.group(1)), opening.group(1) if opening else None, table
            )
    if mention.role is None and not appositive:
        relative = _apposition_before_clause(after, table)
        if relative:
            # "X, a journalist who has written ...": the clause, not a comma, ends the role
            mention.role = relative
            mention.evidence.add("role")
            opening = re.match(r"^,\s*(\w+)\s", after)
            mention.role_gender = _apposition_gender(
                _TOKEN.findall(relative), opening.group(1) if opening else None, table
            )
    if mention.role is None and not appositive and "verb" not in mention.evidence:
        passive = _apposition_before_passive(past_age, table)
        if passive:
            # "X, president of the Y association was also arrested": the verb, no comma,
            # ends the apposition
            mention.role = passive
            mention.evidence.add("role")
            mention.evidence.add("verb")
    if mention.role is None:
        mention.role = _indefinite_apposition(after, table)
        if mention.role and table.language == "de" and _declined_role(mention.role, roles):
            # "X, einen Jugendlichen mit ..., hinrichten": the role word in another case
            mention.evidence.add("role")
        opener = re.match(r"^,\s*(\w+)\s", after)
        if mention.role and opener:
            # "X, uno de los líderes de ..., quedó": the article's or the role's gender
            mention.role_gender = _apposition_gender(
                [opener.group(1), *_TOKEN.findall(mention.role)], opener.group(1), table
            )
    mention.gender = _gender_words(before_words, after_words, after, table, before)
    if not _OF_BEFORE.search(before) and not before.endswith(("d'", "d’")):
        # ... not "Le dossier de X a été traité": the participle agrees with the noun
        # whose complement the name is
        mention.gender = mention.gender or _agreement(past_age, table)
    mention.gender = mention.gender or mention.shared_gender
    mention.gender = mention.gender or _one_of_said(after, table)
    if appositive and not mention.gender:
        # "X, líder del grupo de oposición, fue detenido": the participle after the apposition
        mention.gender = _agreement(after[appositive.end() :], table)
    marker = re.match(r"^\s*\((m|f)\)", after)
    if marker:
        mention.gender = "male" if marker.group(1) == "m" else "female"
        mention.evidence.add("marker")
    if appositive and mention.gender:
        mention.evidence.add("role")  # "X, another young man": a person
    if (
        language == "de"
        and mention.role
        and mention.role.endswith("in")
        and fold(mention.role[:-2]) in roles
    ):
        mention.role_gender = "female"
    if mention.role:
        # "a 19-year-old student", "estudiante de 19 años": the age is a note, not the role
        mention.role, in_role = _age_out_of_role(mention.role)
        if in_role and mention.age is None:
            mention.age = in_role  # as printed: "19-year-old", "de 19 años"
    before_age = _AGE_BEFORE_ROLE.search(before)
    if (
        before_age
        and before_age.group(2)
        and not (mention.role and before_age.group(2).strip().endswith(mention.role.split()[-1]))
    ):
        before_age = None  # "the 19-year-old's lawyer X": the words between are no role
    if before_age and mention.age is None:
        mention.age = before_age.group(1)  # "Der 17-jährige X", as printed
    if in_roll:
        # the roll's item: a person of the case, the office the post held there (a role of
        # its own: "its director, A; his deputy": the pronoun after A is A's)
        mention.evidence.add("role")
        if mention.role is None:
            mention.role = re.findall(r"[\w-]+", before)[-1]
    return mention


@cache
def _for_pattern(table: Markers) -> re.Pattern[str]:
    words = sorted({fold(w) for w in (*table.for_words, *TABLES["en"].for_words)}, key=len)
    return re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(w) for w in reversed(words))})\s+$")


def _for_someone(before: str, table: Markers) -> bool:
    """Say whether a name stands right after a preposition by which an action speaks for
    someone ("Briefaktion für X", "Action lettre pour X", "on behalf of X")."""
    return bool(_for_pattern(table).search(fold(before[-40:])))


# The role a roll's item gives last in its paragraph or before the next item, a remark in
# brackets after it ("X, 69, former minister (released on bail) Y, 58, ...").
_ROLE_AT_END = re.compile(
    r"^,\s*(?:(?:a|an|the|der|die|das|un|une|el|la)\s+)?([^\W\d_][^,;:.()]{2,80}?)"
    r"\s*\([^()]{1,60}\)\s*(?:$|(?=[A-ZÀ-Ý]))"
)


# "X, que regresó ...", "X, qu'il ..." not: "que" as a relative pronoun, a verb (or a
# clitic, an adverb) after it, not a subject pronoun or an article.
_RELATIVE_QUE = re.compile(
    r"^,\s*que\s+(?!(?:él|ella|ellos|ellas|el|la|los|las|il|elle|ils|elles|le|les|un|une|una|"
    r"uno|unos|unas|des|on|nous|vous|yo|tú|usted|ustedes)\b)[a-zà-ÿ]"
)


# An age inside a role phrase: "19-year-old", "19-jährige", "de 19 años", "(âgé) de 19 ans".
_AGE_IN_ROLE = re.compile(
    r"(?:^|\s)(\d{1,2}-(?:year-old|jährige[rn]?|jähriger))(?=\s|$)"
    r"|\s+((?:âgée?\s+)?de\s+\d{1,2}\s+(?:años|ans))\b",
    re.I,
)
# An age before the name and its role: "the 17-year-old student X", "der 17-jährige X".
_AGE_BEFORE_ROLE = re.compile(
    r"(?:^|\s)(\d{1,2}-(?:year-old|jährige[rn]?))\s+((?:[^\W\d][\w-]*\s+){1,2})?$", re.I
)


def _age_out_of_role(role: str) -> tuple[str, str | None]:
    """Return a role without the age it holds, and that age as printed (or the role as it
    was)."""
    match = _AGE_IN_ROLE.search(role)
    if not match:
        return role, None
    rest = (role[: match.start()] + " " + role[match.end() :]).strip()
    rest = re.sub(r"\s+", " ", rest)
    if not rest or rest.isdigit():
        return role, None
    return rest, match.group(1) or match.group(2)


def _plural_role(word: str, table: Markers) -> bool:
    """Say whether a word is the plural of a role word the table lists in the singular
    ("militantes", "periodistas", "Aktivist_innen", "AktivistInnen"): a role that several
    names after it share."""
    bare = _ELIDED.sub("", word).strip(".")
    roles = _folded(table, "role_words")
    if table.language == "de":
        base = re.sub(r"(?:[_*·]innen|Innen)$", "", bare)
        return base != bare and (fold(base) in roles or compound_role(base, table) is not None)
    if table.language in ("fr", "es"):
        folded = fold(bare)
        return folded.endswith("s") and (
            folded[:-1] in roles or (folded.endswith("es") and folded[:-2] in roles)
        )
    return False


def _plural_role_after_article(words: list[str], table: Markers) -> bool:
    """Say whether the word right before the name is a plural role after an article or a
    number ("les militantes X", "las periodistas X", "sechs Aktivist_innen X"), not after a
    possessive ("sus fundadoras") nor in a headline's capitals ("DOS MENORES")."""
    if len(words) < 2 or words[-1].isupper() or not _plural_role(words[-1], table):
        return False
    opener = fold(_ELIDED.sub("", words[-2]))
    numbers = {fold(w) for w in table.number_words}
    return opener in _ARTICLES or opener in numbers or words[-2].isdigit()


def _plural_role_and_adjective(words: list[str], table: Markers) -> bool:
    """Say whether the two words before the name are a plural role after an article and
    its adjective ("los líderes estudiantiles X", "les militants écologistes X"): French
    and Spanish put a role's adjectives after its noun. A participle there says what
    happened to them ("los periodistas detenidos X"), no adjective of the role."""
    return (
        table.language in ("fr", "es")
        and len(words) >= 3
        and words[-1][:1].islower()
        and fold(words[-1]) not in _folded(table, "person_verbs", english=True)
        and not is_participle(words[-1], table)
        and _plural_role_after_article(words[:-1], table)
    )


def _plural_gender(word: str, article: str | None, table: Markers) -> str | None:
    """Return the gender a plural role gives every name it stands before: a feminine plural
    ("Journalistinnen", "les militantes", "las periodistas"); a masculine or inclusive plural
    ("Aktivisten", "Aktivist*innen", "los periodistas") names mixed groups too, so none."""
    bare = _ELIDED.sub("", word).strip(".")
    if table.language == "de":
        return "female" if re.search(r"[a-zäöüß]innen$", bare) else None
    if table.language in ("fr", "es") and fold(bare).endswith("s"):
        if article and fold(article) in ("las", "unas"):
            return "female"
        genders = {fold(k): v for k, v in table.role_genders.items()}
        if genders.get(fold(bare)[:-1]) == "female" and fold(bare)[:-1].endswith(("e", "a")):
            singular_male = genders.get(fold(bare)[:-2]) == "male"  # "militant(e)s"
            return "female" if singular_male or fold(bare)[:-1].endswith("a") else None
    return None


# Words that join other people to a name between commas ("X, together with 10 other
# activists, was arrested", "X, junto con otros dos, fue detenido"): no apposition of X's.
_ALONG_WITH = re.compile(
    r"(?:together with|along with|as well as|alongside|ainsi que|avec|en compagnie de"
    r"|junto (?:con|a)|al igual que|zusammen mit|gemeinsam mit|sowie|mit)\s",
    re.I,
)


def _apposition_of_previous(before: str) -> bool:
    """Say whether the words before the name are another name's apposition, a comma on
    each side ("Ali Example, trade unionist, X", "Anna Muster, Lehrerin, X"): a role there
    is the name's before, not this one's; so is "A, enseignant, et X"."""
    match = re.search(r"([\w'’.-]+)\s*,\s*[^,;:.()\n]{2,80},\s*(?:(?:and|und|et|y)\s+)?$", before)
    return bool(match and re.search(r"[A-ZÀ-Þ]", match.group(1)))


# Words that compare a role with the name after it: "journalists such as X", "des
# militants tels que X", "Aktivisten wie X", "periodistas como X". The role ends there.
_COMPARED = re.compile(
    r"(?:^|\s)(?:such as|like|including|comme|tels? que|telles? que|notamment|wie|como)$"
)


def _plural_role_compared(words: list[str], back: int, roles: frozenset[str], raw: str) -> bool:
    """Say whether a plural role stands right before a comparison before the name ("des
    journalistes comme X"): the singular is a role the table lists. Not after a comma
    ("avocats et journalistes, comme X": an example of any of them)."""
    word = fold(words[-back]).strip(".")
    tail = " ".join(fold(w) for w in words[len(words) - back + 1 :])
    if "," in raw[raw.rfind(words[-back]) :]:
        return False
    return back >= 2 and bool(_COMPARED.search(tail)) and _singular(word, roles) in roles


def _singular(role: str, roles: frozenset[str]) -> str:
    """Return a role's last word in the singular when the table lists that singular."""
    head, _, last = role.rpartition(" ")
    for cut in ("es", "s"):
        if last.endswith(cut) and fold(last[: -len(cut)]) in roles:
            return f"{head} {last[: -len(cut)]}".strip()
    return role


def _relation_of_another(between: list[str]) -> bool:
    """Say whether the words between a role and the name end in "of" ("the lawyer of X",
    "l'avocat de X", "le frère d'Ivan", "la madre del X"): the role is someone's relation to
    X, not what X is."""
    if not between:
        return False
    last = fold(between[-1])
    return (
        last in _OF
        or last in ("d'", "d’")
        or (last in _ARTICLES and len(between) >= 2 and fold(between[-2]) in _OF)
    )


def _role_across_comma(words: list[str], at: int, before: str, roles: frozenset[str]) -> bool:
    """Say whether a role word before the name stands in another's relation, a comma
    between ("el padre del niño, X", "the father of the activist, X"): of, an article at
    most, before the role word."""
    tail = before.rstrip()
    if not tail.endswith(","):
        return False
    back = at - 1
    if back >= 0 and fold(words[back]) in _ARTICLES:
        back -= 1
    return back >= 0 and fold(words[back]) in _OF


def _possessed_plural_across_comma(words: list[str], at: int, before: str, table: Markers) -> bool:
    """Say whether a plural role a possessive opens ends, with a comma, right before the
    name ("According to his current lawyers, X ...", "selon ses avocats, X"): the role is
    other people's, the name the next clause's subject."""
    folded = fold(_ELIDED.sub("", words[at]))
    roles = _folded(table, "role_words")
    plural = _plural_role(words[at], table) or (
        folded.endswith("s") and (folded[:-1] in roles or folded[:-2] in roles)
    )
    if not before.rstrip().endswith(",") or not plural:
        return False
    return any(fold(word) in _POSSESSIVES for word in words[max(0, at - 3) : at])


# An elided article or preposition left before a name by the tokens ("d'Ivan" -> "d'").
_ELIDED_WORDS = {"d'": "de", "d’": "de", "l'": "l", "l’": "l", "qu'": "que", "qu’": "que"}
# A label that gives a person's name in a field of its own.
_NAME_LABEL = re.compile(
    r"(?:^|\n)\s*(?i:full\s+name|names?|nom(?:s|\s+complet)?|nombres?(?:\s+completo)?)\s*:\s*$"
)
# Prepositions of place: a name right after one is a place ("arrested in Rio de Janeiro").
_LOCATIVES = frozenset({"in", "en", "nach", "near", "près", "cerca", "aus"})

# A list item's apposition: the words in small letters up to the next comma.
_APPOSITION_ITEM = re.compile(r"\s*,\s*([^,.;:()A-ZÀ-Ý]{2,50}),")


def _post_in_previous_apposition(before: str, after: str, table: Markers) -> bool:
    """Say whether the post right before a name is the previous name's, the last part of its
    apposition in a list whose names each have their own ("The leaders are A, 4th year
    student, the chairperson, B, 2nd year student, member, and C, ..."): the post comes
    after that name's role in small letters, and a role in small letters follows this name
    too; no official introduced by the post ("the Minister of Justice, X, said ...")."""
    roles = _folded(table, "role_words", english=True) | _folded(
        table, "people_nouns", english=True
    )

    def has_role(words: str) -> bool:
        return any(fold(w) in roles for w in _TOKEN.findall(words))

    parts = before.rstrip().split(",")
    if len(parts) < 4 or parts[-1].strip() not in ("", *_ANDS):
        return False  # no comma (or comma and "and") right before the name
    own = _APPOSITION_ITEM.match(after)
    return bool(
        own
        and has_role(own.group(1))
        and not re.search(r"[A-ZÀ-Ý.;:]", parts[-3])
        and has_role(parts[-3])
        and parts[-4].rstrip()[-1:].isalpha()
        and parts[-4].split()[-1][:1].isupper()
    )


# Nouns that say "a person" in an apposition before the name ("a seventh person, X,").
_PERSON_NOUNS = frozenset({"person", "personne", "persona", "detainee", "prisoner", "victim"})


# A possessive before "Frau" or "Mann" makes it a wife or a husband ("seine Frau X").
_GERMAN_POSSESSIVES = frozenset(
    {"sein", "seine", "seiner", "seinen", "seinem", "ihr", "ihre", "ihrer", "ihren", "ihrem"}
    | {"dessen", "deren", "mein", "meine", "unser", "unsere"}
)


@cache
def _courtesy(table: Markers) -> frozenset[str]:
    """Return the courtesy titles that stand before a name ("Mme", "Sra", "Frau", "Mr"): a
    closed class, the words for a man or a woman of the tables that are one."""
    words = _folded(table, "male_words", english=True) | _folded(
        table, "female_words", english=True
    )
    return frozenset(words & COURTESY_TITLES)


def _after_person_noun(before: str, after: str, table: Markers) -> str | None:
    """Say whether the name stands in an apposition after a noun for a person: "a fourth
    detainee, X,", "une septième personne, X,", "una de sus fundadoras, X, llegó"."""
    noun = re.search(r"(?:^|\s)([a-zà-ÿ][\w-]{2,}),\s*$", before)
    if not noun or not re.match(r"^\s*(?:[,(]|$)", after):
        return None
    word = fold(noun.group(1))
    nouns = set(_PERSON_NOUNS) | set(_folded(table, "role_words", english=True))
    plurals = _folded(table, "people_nouns", english=True)
    nouns |= {p[:-2] if p.endswith("es") else p[:-1] for p in plurals}
    offices = _folded(table, "office_words", english=True)
    if (word in nouns or word.rstrip("s") in nouns) and word not in offices:
        return word
    return None


# Verbs of speech, in en/de/fr/es: a relative named as the one who says something is the
# text's source, not a person at risk ("her mother, X, told Amnesty").
_SPEECH = frozenset(
    {"said", "says", "told", "explained", "stated", "sagte", "sagt", "erklärte", "berichtete"}
    | {"déclaré", "dit", "expliqué", "raconté", "affirmé", "dijo", "declaró", "explicó"}
    | {"afirmó", "contó", "denunció", "relató"}
)


_SPEECH_FOLDED = frozenset(fold(w) for w in _SPEECH)


def _relatives(table: Markers) -> frozenset[str]:
    """Return the words for a man or a woman of the table and of English, folded."""
    return _folded(table, "male_words", english=True) | _folded(table, "female_words", english=True)


def _relative_who_speaks(before: str, after: str, table: Markers) -> bool:
    """Say whether the name is a relative's ("his wife X", "sa mère, X,", "la madre de Ana
    Prueba, X,", "the mother of X, Y,") who then speaks."""
    relation = re.search(r"(\w+)\s+(\w+),?\s*$", before)
    owned = bool(
        relation
        and fold(relation.group(1)) in _POSSESSIVES
        and fold(relation.group(2)) in _relatives(table)
    )
    # "La madre de Ana Prueba, X": the relation of another named person, then a comma
    of_named = re.search(
        r"(\w+)\s+(?:of|de|del|du|von|des|d['’])\s*(?:[A-ZÀ-Ý][\w’'‘-]*\s+){0,4}"
        r"[A-ZÀ-Ý][\w’'‘-]*\s*,\s*$",
        before,
    )
    kin = bool(of_named and fold(of_named.group(1)) in _relatives(table))
    if not owned and not kin:
        return False
    clause = re.split(r"[.;!?]", after, maxsplit=1)[0]
    return bool({fold(w) for w in _TOKEN.findall(clause)[:12]} & _SPEECH_FOLDED)


# The words before an office that say whose post it is or open a list's item: articles,
# possessives ("its director", "seinen Stellvertreter", "son adjoint", "su directora").
_ROLL_OPENERS = frozenset(
    {"its", "his", "her", "their", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre"}
    | {"ihren", "ihrem", "ihrer", "dessen", "deren", "son", "sa", "ses", "leur", "su", "sus"}
    | {"the", "der", "die", "den", "dem", "le", "la", "l", "el", "los", "las"}
)


def _office_opens_roll(before: str, after: str, offices: frozenset[str]) -> bool:
    """Say whether an office before the name is an item of a roll a colon opens ("... six
    journalists of X: its director, A; his deputy, B; and reporter C", "...: den Direktor A,
    seinen Stellvertreter B und ..."): the post the person holds in the roll's body. A colon
    after "to"/"an"/"à" opens the addressees, officials ("write to: the Minister X")."""
    clause = re.split(r"[.!?]\s", before)[-1]
    head, colon, body = clause.rpartition(":")
    if not colon or not head.split():
        return False
    if fold(head.split()[-1]) in {"to", "an", "a", "à", "au", "aux", "at", "for", "dear"}:
        return False
    separators = r"\s*[,;]\s*|\s+(?:and|und|sowie|et|y|e)\s+"
    items = [i for i in re.split(separators, body.strip().rstrip(",").strip())]
    if not items or len(items) > 12 or any(len(i.split()) > 6 or not i for i in items):
        return False  # a clause, no roll
    words = items[-1].split()
    if not 1 <= len(words) <= 3 or not any(fold(w) in offices for i in items for w in i.split()):
        return False  # the roll's posts: "its director, A; his deputy, B"
    if not all(fold(w).strip("'’") in _ROLL_OPENERS for w in words[:-1]):
        return False
    # the roll goes on ("; his deputy, B", ", seinen Stellvertreter B"), or this is its last
    # item ("und der Sprecher C")
    last = len(items) > 1 and re.search(rf"(?:{separators})\S+(?:\s+\S+){{0,2}},?\s*$", body)
    goes_on = re.match(
        r"^\s*(?:[,;]\s*|(?:and|und|sowie|et|y|e)\s+)(?:[\w'’-]+,?\s+){0,3}[A-ZÀ-Ý]", after
    )
    return bool(goes_on or (last and re.search(r"\s(?:and|und|sowie|et|y|e)\s", body)))


def _after_salutation(before: str, table: Markers, *, at_start: bool) -> bool:
    """Say whether the name opens a letter's first sentence, its salutation run into it on
    one line ("Dear Minister, X was arrested", "Monsieur le Procureur, X est détenu",
    "INHALT Sehr geehrter Herr Staatsanwalt, X muss ..."): the salutation capitalised, where
    no sentence's word stands before it."""
    words = "|".join(
        # capitalised as a salutation opens a line ("Dear", not "my dear friend")
        re.escape(w[:1].upper()) + "(?i:" + re.escape(w[1:]) + ")"
        for w in sorted(
            {*table.salutation_words, *TABLES["en"].salutation_words}, key=len, reverse=True
        )
    )
    if not words:
        return False
    return bool(
        re.search(
            rf"(?:{'^|' if at_start else ''}(?<=[.!?\n:])\s*|(?<=[A-ZÀ-Þ0-9])\s+)(?:{words})\b"
            rf"[^.!?:;,\n]{{0,60}}[,:]\s*$",
            before,
        )
    )


def _holds_office(before: str, table: Markers) -> bool:
    """Say whether the name follows an office that is no role of a person at risk, with only
    the office's complement between: "the Minister of Justice, X", "le procureur du roi, X"."""
    if _office_of_organisation(before, table):
        return False  # "the director of the X School of Journalism, A B"
    clause = re.split(r"[.;!?]\s", before)[-1]
    words = _TOKEN.findall(clause)
    offices = _folded(table, "office_words", english=True) - _folded(
        table, "role_words", english=True
    )
    offices -= _courtesy(table)  # "Frau X", "Herrn X": a courtesy, no office
    if _apposed_office(clause, offices):
        return True
    for back in range(1, min(len(words), 5) + 1):
        if fold(words[-back]) in offices:
            between = words[len(words) - back + 1 :]
            return all(
                w[:1].isupper()
                or fold(w) in _OF
                or fold(w) in _ARTICLES
                or _ELIDED.match(w)
                or _office_adjective(w, table)
                for w in between
            ) and bool(re.search(r",\s*$", clause) or not between or _ELIDED.match(between[0]))
    return False


def _apposed_office(clause: str, offices: frozenset[str]) -> bool:
    """Say whether the name stands in apposition to a mandate its clause names first, with
    the office's long complement between ("En 2022, le rapporteur spécial des Nations unies
    sur les substances toxiques, X, a ...", "the Special Rapporteur of the UN on ..., X"):
    the part between commas opens with an article, the office with its adjective (the
    mandate's, not a body's head: "le président de l'association, X" is no official), then
    "of"."""
    if not clause.rstrip().endswith(","):
        return False
    part = _TOKEN.findall(clause.rstrip()[:-1].rsplit(",", 1)[-1])
    if not 5 <= len(part) <= 16 or fold(part[0]) not in _ARTICLES:
        return False
    office, adjective = (part[2], part[1]) if fold(part[2]) in offices else (part[1], part[2])
    return (
        fold(office) in offices
        and fold(adjective) in _OFFICE_ADJECTIVES
        and (fold(part[3]) in _OF or fold(part[3]) in _CONTRACTED_ARTICLES)
    )


# Adjectives after an office, where French and Spanish put them ("le guide suprême d'Iran,
# X", "el fiscal general, X"), with the country's adjectives ("le président égyptien, X").
# Folded ("suprême" is "supreme").
_OFFICE_ADJECTIVES = frozenset(
    {"supreme", "supremo", "suprema", "general", "generale", "adjoint", "adjointe", "adjunto"}
    | {"adjunta"}
    # a mandate's ("le rapporteur spécial des Nations unies, X", "the Special Envoy")
    | {"special", "especial", "speciale"}
)


def _office_adjective(word: str, table: Markers) -> bool:
    """Say whether a word in lower case after an office is its adjective ("suprême",
    "général", "égyptien")."""
    folded = fold(word)
    return word[:1].islower() and (
        folded in _OFFICE_ADJECTIVES
        or word.lower() in DEMONYMS.get(table.language, {})
        or folded in nationalities()
    )


def _of_an_organisation(words: list[str], table: Markers) -> bool:
    """Say whether an office's complement names a body of its own, no state's: a school, a
    broadcaster, a party ("der Direktor der Journalistenschule X", "the head of Radio X"):
    who holds that office is no official the appeal goes to, but may be the one at risk. A
    prison is the state's ("der Direktor des Evin-Gefängnisses")."""
    return any(_is_thing(w, table) and not any(s in w for s in _STATE_THINGS) for w in words)


# The tables' things that are the state's: places of detention, the United Nations.
_STATE_THINGS = ("gefangnis", "haftanstalt", "strafkolonie", "nationen")


def _office_of_organisation(before: str, table: Markers) -> tuple[str, str | None, str] | None:
    """Return the office in a body of its own that stands before the name, between commas
    ("the deputy head of the X School of Journalism, A B", "der Direktor der Journalistenschule
    X, A B"), with its modifiers, the article before it and its word."""
    clause = re.split(r"[.;!?:]\s", before)[-1]
    if not re.search(r",\s*$", clause):
        return None
    words = _TOKEN.findall(clause.rstrip()[:-1].rsplit(",", 1)[-1])
    offices = _folded(table, "office_words", english=True)
    for back in range(min(len(words), 8), 1, -1):
        at = len(words) - back
        if fold(words[at]) not in offices:
            continue
        between = words[at + 1 :]
        if not (
            fold(between[0]) in _OF
            or fold(between[0]) in _ARTICLES  # German's genitive: "der Schule X"
            or fold(between[0]) in _CONTRACTED_ARTICLES
            or _ELIDED.match(between[0])
        ):
            continue
        folded = [fold(w) for w in between]
        if not all(
            w[:1].isupper() or fold(w) in _OF or fold(w) in _ARTICLES or _ELIDED.match(w)
            for w in between[1:]
        ) or not _of_an_organisation(folded, table):
            continue
        head, article = _role_before(words, at, table, clause)
        return f"{head} {' '.join(between)}", article, words[at]
    return None


# Words that put the name after them in another person's relation ("the wife of X").
_OF = frozenset({"of", "de", "von", "du", "del", "des", "d"})
# Words a role's modifiers do not cross ("condamnation à cinq ans de prison de l'avocat").
_PREPOSITIONS = _OF | {"à", "a", "au", "aux", "en", "in", "to", "for", "pour", "par", "para"}
_PREPOSITIONS |= {"por", "con", "with", "from", "by", "on", "at", "zu", "mit", "bei", "aus"}
# ... and those a role never begins with ("worried about human rights lawyer X")
_PREPOSITIONS |= {"about", "against", "over", "into", "sur", "contre", "sobre", "contra"}
_POSSESSIVES = frozenset(
    {"his", "her", "their", "sein", "seine", "ihr", "ihre", "son", "sa", "ses", "su", "sus"}
)


def _gender_words(
    before: list[str], after: list[str], raw_after: str, table: Markers, raw_before: str = ""
) -> str | None:
    """Return the gender a word next to the name gives it: "Mrs X", "his wife X", "X, a woman"."""
    male, female = _folded(table, "male_words"), _folded(table, "female_words")
    couples = _folded(table, "couple_words")
    # The raw words before the name, where they stand (`before` is them folded), to see
    # what lies between a gender word and the name.
    spots = list(_TOKEN.finditer(raw_before))
    if len(spots) != len(before):
        spots = []
    for at in range(len(before) - 1, max(-1, len(before) - 5), -1):
        word = before[at].strip(".")
        if word in _OF:
            break  # "the wife of X": X is not the wife
        if at and f"{before[at - 1]} {word}" in couples:
            break  # "les époux A et B": a couple, neither's gender
        if spots and _another_name_between(raw_before[spots[at].end() :]):
            break  # "Mr A, B and C": the title is A's, not C's
        if spots and _CLAUSE_BETWEEN.search(raw_before[spots[at].end() :]):
            break  # "the man replied: 'tell X ...'": the word is another clause's subject
        if (word in male or word in female) and at and before[at - 1] in _OF:
            break  # "el padre del niño, X": the word is another noun's complement
        if word in male:
            return "male"
        if word in female:
            return "female"
        if spots and _SENTENCE_STOP.search(spots[at].group()):
            break  # "... with Mother Nature Cambodia. X": another sentence's word
    # "X, a 35-year-old woman,", "X, mother of two": not "X, his wife Y".
    if re.match(r"^,\s", raw_after):
        raws = _TOKEN.findall(raw_after)
        ands = {fold(w) for w in table.and_words}
        for at, word in enumerate(after[:4]):
            if word in _POSSESSIVES or word in _OF or word in ands:
                break  # ... not "X, y otro, el hijo de X": the next one's
            if all(raw[:1].isupper() for raw in raws[at : at + 2]) and len(raws) > at + 1:
                break  # "X, Sam Y, ...", "X, Mr Z": the list's next name, or Z's title
            if word in male:
                return "male"
            if word in female:
                return "female"
    return None


# A mark that parts a gender word from the name after it: a colon before a quotation, a
# semicolon, a bracket ("el hombre respondió: “dígale a X”", "the woman (a neighbour) saw X").
_CLAUSE_BETWEEN = re.compile(r"[:;()\[\]]")
# A word that ends a sentence (not an initial's or a short title's point: "A.", "Dr.").
_SENTENCE_STOP = re.compile(r"[^\W\d_]{4,}[.!?]$")
# Another name listed between a word and the name it stands before ("Mr A, B and C").
_NAME_LISTED = re.compile(
    r"^\s*[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)*\s*(?:[,;]|\s(?:and|und|et|y)\s)"
)


def _another_name_between(tail: str) -> bool:
    """Say whether the words after a gender word, up to the name, are another listed name
    ("Mr A, B": the text after "Mr" is "A, "). Lower-case words between ("the woman
    activist X") or a comma alone ("his wife, X") are no name."""
    return bool(_NAME_LISTED.match(tail))


def _agreement(after: str, table: Markers, *, subject: bool = False) -> str | None:
    """Return the gender a participle after the name agrees with ("X a été arrêtée"); with
    `subject`, at the start of a sentence, after a pronoun or none ("Había sido detenida")."""
    if not table.auxiliaries:
        return None
    verbs = "|".join(re.escape(v) for v in table.auxiliaries)
    pronouns = "|".join(re.escape(p) for p in (*table.male_pronouns, *table.female_pronouns))
    opening = rf"(?:(?:{pronouns})\s+)?" if subject and pronouns else ""
    if subject:
        # ... after an adverbial phrase set off by a comma ("Tras quedar en libertad en
        # 2016, fue declarado culpable"): no capital after its first word, so no subject
        opening = rf"(?:[^\W\d_](?-i:[^,.;:!?A-ZÀ-Ý]){{2,80}},\s+)?{opening}"
    said = re.match(rf"^\s*{opening}(?:{verbs})\s+(?:[a-zà-ÿ]+ment\s+)?([a-zà-ÿ]+)\b", after, re.I)
    if not said:
        return None
    word = said.group(1).lower()  # not folded: "-é" and "-e" are different endings
    for ending, gender in table.participle_genders:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return gender or None
    return None


# A role an indefinite article opens, a comma after it, right before the name ("an
# employee of a travel agency, X", "un empleado de una agencia de viajes, X").
# ... the article opening an apposition: at a sentence's start, after a comma or a bracket,
# or after "and"; never the object of a preposition ("tras la visita de un abogado, X").
_INDEFINITE_BEFORE = re.compile(
    r"(?:^|[.!?;:,(–—]\s*|\b(?:and|et|y|e|und|sowie)\s+)"
    r"((?i:a|an|un|une|una|ein|eine|einen))\s+([a-zà-ÿ][^,.;:()]{1,60}?)\s*,\s*$"
)
# ... and the apposition closes after the name ("un empleado, X, fue ...", "..., X.").
_APPOSITION_CLOSES = re.compile(r"\s*(?:[,.;:)!?–—]|$)")


# What the copula says the person is, up to a comma, a stop or a relative pronoun.
_PREDICATE = re.compile(
    r"^\s+(\w+)\s+(?:(a|an|the|ein|eine|un|une|una|el|la|le)\s+)?"
    r"([^\W\d_][^,.;:()!?\n\"“”„«»]{2,100}?)"
    r"(?=\s*[,.;:()!?\n]|\s+(?:who|which|that|die|der|qui|que|quien|dont)\b|$)"
)


def _predicate_role(after: str, table: Markers) -> tuple[str, str | None] | None:
    """Return the role a copula right after the name gives the person, and its gender ("X
    ist eine Kleinbäuerin, die ...", "X is a farmer."): a role word first, a short noun
    phrase."""
    match = _PREDICATE.match(after)
    if not match or match.group(1).lower() not in table.copulas:
        return None
    words = _role_words(match.group(3), table, longest=8)
    if not words or _plural_role(words[0], table):
        return None
    return match.group(3), _apposition_gender(words, match.group(2), table)


def _role_words(phrase: str, table: Markers, *, longest: int) -> list[str] | None:
    """Return the words of a short role phrase ("empleado de una agencia de viajes"): no
    more than `longest`, no clause in it, a role word first; None when it is no such phrase."""
    words = _TOKEN.findall(phrase)
    folded = [fold(w) for w in words]
    if not words or len(words) > longest or any(w in _CLAUSE_OPENERS for w in folded):
        return None
    if not (
        folded[0] in _folded(table, "role_words")
        or compound_role(words[0], table)
        or _role_gender(words[0], None, table)
    ):
        return None
    return words


def _indefinite_role_before(
    before: str, after: str, table: Markers
) -> tuple[str, str | None] | None:
    """Return the role an indefinite article opens before the name, set off by a comma, and
    the gender it gives ("y un empleado de una agencia de viajes, X,"): its first word a role
    word, no clause in it, the apposition closed after the name."""
    match = _INDEFINITE_BEFORE.search(before)
    if not match or not _APPOSITION_CLOSES.match(after):
        return None
    words = _role_words(match.group(2), table, longest=7)
    if not words:
        return None
    return match.group(2), _apposition_gender(words, match.group(1), table)


@cache
def _one_of_copula(table: Markers) -> re.Pattern[str] | None:
    """Return the expression of a copula and "one of" right after a name ("X es uno de
    los cinco defensores", "X est l'une des fondatrices", "X ist einer der Anwälte")."""
    if not table.copulas or not table.one_of_genders:
        return None
    copulas = "|".join(re.escape(c) for c in table.copulas)
    return re.compile(rf"^\s+(?:{copulas})\s+(?:l['’])?([^\W\d_]+\s+[^\W\d_]+)\b([^,;:.()]*)", re.I)


def _one_of_said(after: str, table: Markers) -> str | None:
    """Return the gender "one of" gives the person the copula after its name speaks of
    ("Reynaldo es uno de los cinco defensores": male)."""
    copula = _one_of_copula(table)
    said = copula.match(after) if copula else None
    if not said:
        return None
    return _one_of_gender(said.group(1).split(), said.group(2).split(), table)


def _one_of_gender(one_of: list[str], counted: list[str], table: Markers) -> str | None:
    """Return the gender of the "one" of "one of" ("uno de los líderes": male), unless the
    noun it counts, after its article and number, has a gender of its own whoever it counts
    ("una de las doce personas", "l'une des figures", "eine der Personen"): the pronoun
    agrees with that noun, not with the person."""
    gender = table.one_of_genders.get(" ".join(fold(_ELIDED.sub("", w)) for w in one_of))
    if not gender:
        return None
    numbers = _folded(table, "number_words")
    for word in counted:
        folded = fold(_ELIDED.sub("", word))
        if folded in _ARTICLES or folded in numbers or word.isdigit():
            continue
        return None if folded in _folded(table, "epicene_nouns") else gender
    return gender


def _opens_relative(words: list[str], table: Markers) -> bool:
    """Say whether the words after the name's comma open a relative clause ("X, who was
    elected Member of Parliament for ...", "X, qui est devenu ..."), no apposition: German
    "der"/"die"/"das" are articles there as often ("X, der Leiter der NGO")."""
    if not words or (table.language == "de" and words[0] in {"der", "die", "das"}):
        return False
    return words[0] in {fold(w) for w in table.noun_phrase.relatives}


def _apposition_gender(words: list[str], article: str | None, table: Markers) -> str | None:
    """Return the gender a role after the name gives one person: its article, or the first
    of its words, up to a preposition, that has one ("X, universitaire et ancien prisonnier
    d'opinion", "X, journaliste irano-canadien", "X, empleado de una agencia").  A plural
    word ("anciens parlementaires") gives none."""
    roles = _folded(table, "role_words")
    one_of = " ".join(fold(_ELIDED.sub("", w)) for w in words[:2])
    if one_of in table.one_of_genders:
        # "uno de los líderes", "l'une des fondatrices"; not "una de las personas"
        return _one_of_gender(words[:2], words[2:], table)
    opened = article
    for word in words:
        folded = fold(_ELIDED.sub("", word)).strip(".")
        if folded in _PREPOSITIONS or _plural_role(word, table):
            break
        if folded in roles or compound_role(word, table) or table.role_genders.get(folded):
            said = _role_gender(word, opened, table)
            if said:
                return said
            opened = None  # the article stands before the first role word only
        lowered = word.lower()
        for ending, gender in table.adjective_genders:
            if lowered.endswith(ending) and len(lowered) > len(ending) + 1:
                return gender
    return None


def _role_gender(word: str, article: str | None, table: Markers) -> str | None:
    """Return the gender a role word, or the article before it, gives one person."""
    gender = table.role_genders.get(fold(_ELIDED.sub("", word)).strip("."))
    compound = compound_role(word, table)
    gender = gender or table.role_genders.get(compound or "")
    if gender:
        return gender
    if compound and compound.endswith("in") and not compound.endswith("innen"):
        # German makes a woman's role noun with "-in" ("Ärztin", "Preisträgerin",
        # "Anwältin"): a role word so made is hers, whether or not the table pairs it
        return "female"
    if article and fold(article) in table.male_articles:
        return "male"
    if article and fold(article) in table.female_articles:
        return "female"
    return None


def _possessive_role(before: str, table: Markers) -> str | None:
    """Return "X's friend" for "X's friend Y": the relation the text gives Y, as printed
    (the corpus README's convention for roles)."""
    match = re.search(
        r"((?:[A-ZÀ-Ý][\w’'‘-]+\s){0,3}[A-ZÀ-Ý][\w’'‘-]+)['’]s\s+([a-z][a-z ]{1,30}?)\s*$",
        before,
    )
    if not match:
        return None
    relation = match.group(2).strip()
    words = relation.split()
    relations = _folded(table, "role_words", english=True) | _folded(table, "male_words")
    relations |= _folded(table, "female_words")
    if not words or fold(words[-1]) not in relations or len(words) > 3:
        return None
    return before[match.start() : match.end()].strip()


def _role_before(
    words: list[str], at: int, table: Markers, raw: str = ""
) -> tuple[str, str | None]:
    """Return the role that ends at words[at], with its modifiers ("former human rights lawyer",
    "Crimean Tatar human rights defender"), and the article before it ("la", "el"), if one
    stands there."""
    start = at
    elided = _ELIDED.match(words[at])
    if not elided:
        start = _modifiers_start(words, start, table, raw)
    roles = {fold(w) for w in table.role_words}
    if (
        not elided
        and start >= 2
        and fold(words[start - 1]) in table.and_words
        and fold(words[start - 2]) in roles
    ):
        # "der Menschenrechtsverteidiger und Künstler X", "Adivasi activist and former
        # prisoner of conscience X": both are the role, each with its modifiers
        start = _modifiers_start(words, start - 2, table, raw)
    if elided:  # "l'avocat": the article is part of the word
        return _ELIDED.sub("", words[at]), elided.group()[:-1]
    role = " ".join(words[start : at + 1])
    if table.language != "de" and start == at:
        role = role[0].lower() + role[1:]  # "Activist X" opening a sentence
    singular = (
        role[:-1]
        if role.endswith("s") and fold(role.split()[-1][:-1]) in {fold(w) for w in table.role_words}
        else role
    )
    article = words[start - 1] if start > 0 and fold(words[start - 1]) in _ARTICLES else None
    return singular, article


_CONTRACTED_ARTICLES = frozenset({"al", "del", "au", "aux", "du", "zum", "zur", "vom", "beim"})


def _modifiers_start(words: list[str], start: int, table: Markers, raw: str) -> int:
    """Return where the modifiers of the role word at words[start] begin."""
    while start > 0:
        word = words[start - 1]
        if (
            (not word[:1].islower() and not _capital_modifier(word, words[start], raw, table))
            or re.match(r"^(?:al|el|ad|as|ash|at|az)-\S", word) is not None  # "al-Sibai'i"
            or fold(word) in _ARTICLES
            # an article joined with its preposition ("detuvo al periodista X", "arrêté au
            # ..."): the role's noun phrase begins after it
            or fold(word) in _CONTRACTED_ARTICLES
            or fold(word) in _POSSESSIVES  # "A, a lawyer, and his colleague X": no modifier
            or fold(word) in table.and_words
            or fold(word) in _PREPOSITIONS
            or _ELIDED.match(word)
            or _ends_clause(word, table)
            # "four activists A, B", "drei Aktivisten X": a count of the persons, no
            # modifier of what each of them is
            or fold(word) in _folded(table, "number_words", english=True)
            or word.isdigit()
            # "... is a travesty. Detaining students": another sentence's last word
            or _SENTENCE_STOP.search(word) is not None
            # "after days in detention, youth activists X": a comma, a colon or a bracket
            # between the two words parts the role from the clause before it
            or (raw and not _spaced(word, words[start], raw))
        ):
            break
        start -= 1
    return start


def _spaced(word: str, following: str, raw: str) -> bool:
    """Say whether the text prints `word` right before `following`, only spaces between."""
    at = raw.find(word)
    while at >= 0:
        rest = raw[at + len(word) :]
        if rest[:1].isspace() and rest.lstrip().startswith(following):
            return True
        at = raw.find(word, at + 1)
    return False


def _role_phrase_before(
    words: list[str], before: str, table: Markers
) -> tuple[str, str | None, str] | None:
    """Return the role a phrase of several words ends right before the name ("former
    prisoner of conscience X", "la abogada y defensora de derechos humanos X"), with its
    modifiers and a first role joined by "and", the article before it and its first word."""
    tail = before.rstrip()
    if not words or not tail.endswith(words[-1]):
        return None  # a comma or a bracket between: no phrase before the name
    for phrase in sorted(table.role_phrases, key=lambda p: -len(p.split())):
        size = len(phrase.split())
        if size < 2 or len(words) < size:
            continue
        said = " ".join(words[-size:])
        if fold(said).replace("’", "'") != fold(phrase).replace("’", "'"):
            continue
        at = len(words) - size
        if any(w.endswith((".", "!", "?")) for w in words[at:-1]):
            return None
        head, article = _role_before(words, at, table, before)
        role = f"{head} {' '.join(words[at + 1 :])}"
        return _several_roles(role, table), article, words[at]
    return _specialist_role(words, table)


# Words that open a role's complement of speciality after the role's noun ("l'avocat
# spécialiste des droits humains X", "el abogado especialista en derechos humanos X", "la
# periodista experta en medio ambiente X"): the role goes on to the name.
_SPECIALIST = frozenset(
    {"specialiste", "specialise", "specialisee", "experte", "expert"}
    | {"especialista", "especializado", "especializada", "experto", "experta"}
)


def _specialist_role(words: list[str], table: Markers) -> tuple[str, str | None, str] | None:
    """Return the role of a noun with a complement of speciality right before the name ("la
    journaliste spécialiste de l'environnement X"): an article (or the elided "l'") before
    the role word, then only lower-case words up to the name."""
    if table.language not in ("fr", "es"):
        return None
    roles = _folded(table, "role_words")
    for at in range(len(words) - 3, max(-1, len(words) - 9), -1):
        word = words[at]
        elided = _ELIDED.match(word)
        if fold(_ELIDED.sub("", word)) not in roles or fold(words[at + 1]) not in _SPECIALIST:
            continue
        if not elided and (at == 0 or fold(words[at - 1]) not in _ARTICLES):
            return None
        rest = words[at + 1 :]
        if not all(
            re.fullmatch(r"[^\W\d_][\w'’-]*", w) and (w[:1].islower() or _ELIDED.match(w))
            for w in rest
        ):
            return None
        head, article = _role_before(words, at, table)
        return f"{head} {' '.join(rest)}", article, _ELIDED.sub("", word)
    return None


# Nouns for a man or a woman that a text describes a person by, with modifiers before them
# ("Young Syrian man X", "der junge Mann X", "la jeune femme X", "el joven indígena X").
_GENDER_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "mann", "junge", "madchen", "homme", "femme", "garcon"}
    | {"fille", "hombre", "mujer", "chico", "chica", "nino", "nina"}
)


def _described_by_gender_noun(
    words: list[str], before: str, table: Markers
) -> tuple[str, str | None, str] | None:
    """Return "Young Syrian man" for "Young Syrian man X": a noun for a man or a woman right
    before the name, with one modifier at least; the phrase is what the text calls X."""
    if not words or not re.search(rf"{re.escape(words[-1])} $", before):
        return None  # one space between the noun and the name
    if fold(words[-1]) not in _GENDER_NOUNS:
        return None
    if words[-1][:1].isupper() != (table.language == "de"):
        return None  # "el levantamiento “Mujer Vida Libertad”": a name's word, no noun
    at = len(words) - 1
    start = _modifiers_start(words, at, table, before)
    page = {fold(w) for w in _marker_words(table) | _marker_words(TABLES["en"])}
    while start < at and words[start][:1].isupper() and fold(words[start]) in page:
        start += 1  # "Urgent Action Young Syrian man X": the page's words, no modifier
    if start == at:
        return None  # "woman X": no description, only a gender
    role = " ".join(words[start : at + 1])
    return role, None, words[at]


def _glued_role(
    words: list[str], before: str, table: Markers
) -> tuple[str, str | None, str] | None:
    """Return a role word run into the word after it by a page's layout, right before the
    name ("la antropólogaforense Mercedes X"): the token as printed, a long role word and a
    long word after it. German writes compounds this way, read by `compound_role`."""
    if table.language == "de" or not words or not before.rstrip().endswith(words[-1]):
        return None
    token = words[-1]
    if not token[:1].islower() or not token.isalpha():
        return None
    folded = fold(token)
    for role in _role_endings(table):
        if len(role) >= 6 and folded.startswith(role) and len(folded) - len(role) >= 5:
            article = words[-2] if len(words) >= 2 and fold(words[-2]) in _ARTICLES else None
            return token, article, token[: len(role)]
    return None


def _capital_modifier(word: str, following: str, raw: str, table: Markers) -> bool:
    """Say whether a capitalised word before a role is one of its modifiers ("Crimean Tatar
    human rights defender", "HMLC Executive Director", "Aquatic engineer"): in a language
    that writes adjectives in lower case, a capital there is a people, a place, an
    organisation or the sentence's first word, all part of the noun phrase, unless a
    punctuation mark parts the two words or the word is no modifier (a month, a common word,
    a preposition, a headline in capitals)."""
    if table.language == "de" or not raw or not word[:1].isupper():
        return False
    folded = fold(word).strip(".")
    if (
        folded in _stop_capitals_for(table.language)
        or folded in _folded(table, "common_words")
        or any(ch.isdigit() for ch in word)
        or (word.isupper() and len(word) > 5)
        or word.endswith(".")
        # "Detaining students including X": a sentence's gerund, the role its object
        or (table.language == "en" and folded.endswith("ing") and len(folded) > 5)
    ):
        return False
    return re.search(rf"(?<![\w'’-]){re.escape(word)}[ \t]+{re.escape(following)}", raw) is not None


@cache
def _stop_capitals_for(language: str) -> frozenset[str]:
    """Return the words that are never a role's modifier: function words, months."""
    row = TABLES[language].noun_phrase
    words = row.relatives | row.conjunctions | row.verbs | row.adjuncts | row.articles
    words |= row.complements | row.joins | _OPENING_PREPOSITIONS | _ARTICLES
    words |= set(month_names(language)) | set(month_names("en"))
    return frozenset(fold(w) for w in words)


# Words before a role in an apposition that are no part of it ("X, a Uyghur student",
# "X, otra defensora"): articles and "another".
_ROLE_OPENERS = _ARTICLES | {"una", "another", "otra", "otro", "autre", "weitere", "weiterer"}
# ... and the quantifiers of an apposition after a list of names ("A, B and C, all members of
# X"): the role is each one's, without them.
_ROLE_OPENERS |= {"all", "both", "tous", "toutes", "todos", "todas", "alle", "beide"}
# A second clause of the apposition, joined by "and" and a relative pronoun ("otra defensora
# que trabaja en X y que ha recibido amenazas"), and an English participle after the role
# ("a student studying in Henan"): what the person does or suffered, not the role.
_SECOND_CLAUSE = re.compile(
    r"\s+(?:(?:and|und|et|y|e)\s+(?:who|which|that|der|die|qui|que|quien)\b"
    r"|[a-z]{3,}ing\b(?=\s+(?:in|at|for|on|with|as)\b)).*$"
)


# The indefinite articles that open an apposition saying what a person is ("X, a banker,",
# "X, une enseignante,", "X, un joven periodista,", "X, ein Gewerkschafter,").
_INDEFINITE = frozenset({"a", "an", "un", "une", "una", "uno", "ein", "eine", "einen"})


# An apposition after an age that the sentence's end closes ("X, 73 ans, dirigeant de la
# communauté de Y.", "X, de 45 años, dirigente del sindicato de Y."), lower case.
_APPOSITION_TO_SENTENCE_END = re.compile(
    r"^,\s*(?:(?:a|an|un|une|una|el|la|le)\s+)?([a-zà-ÿ][^,;:()!?\"“”]{2,120}?)"
    r"(?=[.!?](?:\s|$))"
)


def _office_in_organisation(phrase: str, table: Markers) -> bool:
    """Say whether a German apposition is an office the person holds in an organisation ("X,
    der Leiter der NGO Y,", "X, Vorsitzende des Vereins Y,"): an office word and a genitive,
    not the head of a prison or an authority (an official, no role of the person's)."""
    words = _TOKEN.findall(phrase)
    if words and fold(words[0]) in {"der", "die", "ein", "eine"}:
        words = words[1:]
    if len(words) < 3 or fold(words[0]) not in _folded(table, "office_words"):
        return False
    if fold(words[1]) not in {"der", "des"}:
        return False
    said = fold(phrase)
    return not any(thing in said for thing in (*_STATE_THINGS, *_DE_AUTHORITIES))


@cache
def _civic_bodies(table: Markers) -> frozenset[str]:
    """Return the bodies of civil society of the table and of English, folded, an apostrophe
    dropped ("workers' union" as "workers union")."""
    words = (*table.civic_bodies, *TABLES["en"].civic_bodies)
    return frozenset(fold(word).replace("'", "").replace("’", "") for word in words)


def _office_in_civic_body(phrase: str, table: Markers) -> bool:
    """Say whether an apposition is an office in a body of civil society ("présidente de
    l'Association Y", "president of the Y Committee", "presidente del sindicato Y"): an
    office word first, then "of"/"de", and a civic body's word among the next words."""
    raw = _TOKEN.findall(phrase)
    if raw and fold(raw[0]) in _ARTICLES | _INDEFINITE:
        raw = raw[1:]
    words = [fold(_ELIDED.sub("", w)) for w in raw]
    if len(words) < 3 or words[0] not in _folded(table, "office_words", english=True):
        return False
    if fold(raw[1]) not in _OF and not _ELIDED.match(raw[1]):
        return False  # "d'X", "de l'X": the elided "de" or article
    # ... a body the text names ("the Y Union", "l'Association Y"), not "a local union"
    named = any(_ELIDED.sub("", w)[:1].isupper() for w in raw[1:8])
    # ... by a word of civil society ("Committee", "syndicat", "trade union"): no party's
    # and no union of states ("chairman of the Ruling Party", "President of the X Union")
    said = " " + " ".join(w.strip(".") for w in words[1:8]).replace("'", "").replace("’", "") + " "
    return named and any(f" {body} " in said for body in _civic_bodies(table))


# An apposition, its article or none, up to a relative pronoun ("X, a journalist who", "X,
# organizador campesino a quien", "X, militante à qui").
_APPOSITION_TO_RELATIVE = re.compile(
    r"^,\s*(?:(?:a|an|the|un|une|una|el|la|le)\s+|(?!(?:a|an|the|un|une|una|el|la|le)\s))"
    r"([a-zà-ÿ][^,.;:()]{2,60}?)\s+"
    r"(?:(?:a|à|to)\s+)?(?:who|whom|whose|that|qui|dont|que|quien|quienes)\b"
)


def _apposition_before_clause(after: str, table: Markers) -> str | None:
    """Return the role of an apposition opened by an article and ended by a relative
    pronoun, no comma ("X, a journalist who has ...", "X, une journaliste qui ...", "X, un
    periodista que ..."): a role word in the phrase."""
    match = _APPOSITION_TO_RELATIVE.match(after)
    if not match:
        return None
    words = [fold(w) for w in _TOKEN.findall(match.group(1))]
    roles = _folded(table, "role_words")
    # ... or a role of several words ("X, a prisoner of conscience who ...")
    phrases = {fold(p) for p in (*table.role_phrases, *TABLES["en"].role_phrases)}
    said = " ".join(words)
    if not set(words) & roles and not any(f" {p} " in f" {said} " for p in phrases):
        return None
    if len(words) > 6 or any(w in _CLAUSE_OPENERS for w in words):
        return None
    return _several_roles(_apposition_role(match.group(1)), table)


def _apposition_before_passive(after: str, table: Markers) -> str | None:
    """Return the role of an apposition no comma closes, ended by what was done to the
    person ("X, president of the wholesalers' association was also arrested on ...", "X,
    dirigente campesino fue detenido"): a role or office word first, then an auxiliary and
    a participle within three words; the phrase before the auxiliary, as printed."""
    match = _OPEN_APPOSITION.match(after)
    if not match:
        return None
    words = _TOKEN.findall(match.group(1))
    head = fold(words[0])
    if not (
        head in _folded(table, "role_words")
        or head in _folded(table, "office_words", english=True)
        or compound_role(words[0], table)
    ):
        return None
    verbs = _folded(table, "person_verbs", english=True)
    stops = _folded(table, "relative_pronouns", english=True) | {"whose", "that", "whom"}
    for at, word in enumerate(words[1:12], 1):
        folded = fold(word)
        if folded in stops:
            return None  # "member of the group whose leader was arrested": another's
        if folded not in verbs:
            continue
        if not any(is_participle(w, table) for w in words[at + 1 : at + 4]):
            return None
        end = match.start(1) + match.group(1).find(f" {word} ")
        role = after[match.start(1) : end].strip() if end > match.start(1) else ""
        return role if len(role.split()) <= 10 else None
    return None


# An apposition after a name's comma, as far as the clause goes ("X, president of the
# association was arrested on ..."): its words, opening in lower case.
_OPEN_APPOSITION = re.compile(
    r"^,\s*(?:(?:a|an|the|un|une|una|el|la|le)\s+)?([a-zà-ÿ][^,.;:()!?\"“”]{2,140})"
)


def _declined_role(role: str, roles: frozenset[str]) -> bool:
    """Say whether a German role phrase holds a role word in another case than the table's
    ("einen Jugendlichen", "einem Studenten", "eines Aktivisten"): its ending changed."""
    for word in _TOKEN.findall(role):
        folded = fold(word)
        for ending, base in (("en", "e"), ("en", "er"), ("en", ""), ("n", ""), ("s", "")):
            if folded.endswith(ending) and folded[: -len(ending)] + base in roles:
                return True
    return False


def _indefinite_apposition(said: str, table: Markers) -> str | None:
    """Return the role an apposition opened by an indefinite article gives, whatever its
    noun ("X, a Bahraini banker, was ..."): the article says the phrase is what X is, so the
    role needs no word list. Not a clause ("X, a man who ...") or a long phrase."""
    match = re.match(r"^,\s*(\w+)\s+([^,]{2,80}?),", said)
    if not match or fold(match.group(1)) not in _INDEFINITE:
        return None
    phrase = match.group(2).strip()
    words = phrase.split()
    if len(words) > 7 or any(fold(w) in _CLAUSE_OPENERS for w in words):
        return None
    if not words[-1][:1].isalpha() or any(ch in phrase for ch in '()[]"“”«»'):
        return None
    return _several_roles(_apposition_role(phrase), table)


# Words that open a clause inside an apposition: what follows is no longer the role.
_CLAUSE_OPENERS = frozenset(
    {
        "who",
        "which",
        "that",
        "whose",
        "qui",
        "que",
        "dont",
        "quien",
        "cuyo",
        "der",
        "die",
        "das",
        "welche",
        "welcher",
        "was",
        "is",
        "est",
        "es",
        "ist",
        "war",
        "fue",
        "a",
    }
)


def _apposition_role(said: str) -> str:
    """Return the role an apposition gives ("a Uyghur student studying in Henan" -> "Uyghur
    student")."""
    words = said.strip().split()
    while len(words) > 1 and fold(words[0]) in _ROLE_OPENERS:
        words = words[1:]  # "une autre militante": both words go
    return _SECOND_CLAUSE.sub("", " ".join(words)).strip()


# Endings of a word for a country's people ("Pakistani", "Iranian", "Sudanese", "Filipino",
# "iranien", "mexicana", "Syrer").
_DEMONYM_ENDINGS: tuple[str, ...] = (
    *("i", "ian", "an", "ese", "ino", "ina", "ish", "ien", "ienne", "ais", "aise"),
    *("ano", "ana", "eño", "eña", "er", "erin", "isch"),
)


def _demonym(word: str) -> bool:
    """Say whether a word in brackets after a name names the person's nationality: a word
    that begins like a country's name (in English, French, Spanish or German) and ends like
    a word for its people ("Filipino" ~ "Filipinas", "Pakistani" ~ "Pakistan")."""
    folded = fold(word)
    if " " in folded or len(folded) < 5 or not folded.endswith(_DEMONYM_ENDINGS):
        return False
    stems = {name[:5] for language in ("en", "fr", "es", "de") for name in country_names(language)}
    country = folded in country_names("en") and not folded.endswith(("ian", "i", "ese", "ino"))
    return folded[:5] in stems and not country  # "(Pakistan)" is a place


def _before_name(role: str) -> str:
    """Return an apposition without the name a run-together page put at its end ("ciudadano
    saudí Mohamed Kohail" -> "ciudadano saudí"): two or more capitalised words after a word in
    lower case that is no preposition or article (a name of an organisation follows one:
    "member of the Air Force Intelligence")."""
    words = role.split()
    run = 0
    while run < len(words) and words[-1 - run][:1].isupper():
        run += 1
    if run < 2 or run >= len(words):
        return role
    previous = words[-1 - run]
    if not previous[:1].islower() or fold(previous) in _ARTICLES | _PREPOSITIONS | _OF:
        return role
    if re.fullmatch(r"[A-ZÀ-Ý]{2,6}", words[-run]):
        return role  # "der venezolanischen NGO FundaREDES": an acronym opens a body's name
    return " ".join(words[:-run])


def _before_participle(role: str, table: Markers) -> str:
    """Return a role up to a past participle after its role word ("periodista detenida
    arbitrariamente" -> "periodista", "activist detained without charge" -> "activist"):
    the participle says what happened to the person (its status or a note), not who it is.
    A role word shaped like a participle ("abogado", "employé") stays."""
    words = role.split()
    roles = _folded(table, "role_words")
    seen = False
    for at, word in enumerate(words):
        folded = fold(word.strip(",;:"))
        previous = fold(words[at - 1]) if at else ""
        if (
            seen
            and word[:1].islower()
            and "-" not in word  # "Sichuan-based": a compound adjective
            and previous not in _ARTICLES | _PREPOSITIONS | _OF  # "of the disappeared"
            and folded not in roles
            and is_participle(word, table)
        ):
            return " ".join(words[:at])
        seen = seen or folded in roles or compound_role(word, table) is not None
    return role


def _several_roles(role: str, table: Markers) -> str:
    """Return a role that joins two roles with "and" as the two, parted by "; " ("blogger and
    prisoner of conscience" -> "blogger; prisoner of conscience"): each is the person's."""
    roles = _folded(table, "role_words")
    phrases = {fold(p) for p in table.role_phrases}
    parts = re.split(r"\s+(?:and|und|et|y|e)\s+", role)
    if len(parts) == 2 and all(
        {fold(w) for w in _TOKEN.findall(part)} & roles
        or any(fold(part).endswith(phrase) for phrase in phrases)
        for part in parts
    ):
        return "; ".join(parts)
    return role


def _names_another(said: str, roles: frozenset[str]) -> bool:
    """Say whether an apposition names other people by their roles ("X, la periodista Ana
    Ejemplo y la experta Lina Ejemplo"): a list, not what X is."""
    tokens = _TOKEN.findall(said)
    return any(
        fold(word) in roles and all(t[:1].isupper() for t in tokens[n + 1 : n + 3])
        for n, word in enumerate(tokens)
        if n + 2 < len(tokens)
    )


def _is_role_phrase(said: str, table: Markers) -> bool:
    """Say whether words are one of the table's role phrases ("prisonnier d'opinion")."""
    folded = fold(said).replace("’", "'")
    return any(folded == fold(p).replace("’", "'") for p in table.role_phrases)


def _role_complement(between: list[str], before: str, table: Markers) -> str:
    """Return the words between a role and the name that still belong to the role: its
    complement or adjective ("la dirigeante de l'opposition X", "du militant soudanais X"),
    not a preposition the name completes ("the lawyer of X")."""
    if not between:
        return ""
    # ... a comma may close it, right before the name ("le coordinateur du centre, X")
    said = before[before.rfind(between[0]) :].rstrip()
    closed = said.endswith(",") and fold(_ELIDED.sub("", between[0])) in _OF | {""}
    if re.search(r"[,;:()\[\]]", said[:-1] if closed else said):
        return ""
    last = fold(_ELIDED.sub("", between[-1]))
    if last in _PREPOSITIONS or last in _ARTICLES or _ELIDED.fullmatch(between[-1]):
        return ""
    if not all(w[:1].islower() for w in between) or table.language == "de":
        return ""
    return " " + " ".join(between)


def _ends_clause(word: str, table: Markers) -> bool:
    """Say whether a word before a role belongs to the clause, not to the role: a
    conjunction ("news that human rights defender X") or, in English, a verb in the past
    ("authorities abducted opposition leader X")."""
    if fold(word) in {"that", "which", "who", "whom", "whose", "than", "as"}:
        return True
    if fold(word) in _CLAUSE_WORDS:
        return True
    row = table.noun_phrase
    if fold(word) in {fold(w) for w in row.verbs | row.relatives | row.conjunctions}:
        return True  # "among the detained is Director X"
    return table.language == "en" and (
        (len(word) > 4 and word.endswith("ed") and fold(word) not in _ESTEEMED)
        or fold(word) in _IRREGULAR_PAST
    )


# English adjectives in "-ed" that praise the person before a role ("renowned lawyer X"):
# part of the role as printed, no verb.
_ESTEEMED = frozenset(
    {"renowned", "noted", "respected", "celebrated", "acclaimed", "distinguished", "esteemed"}
)


# Words of the clause around a role, never its modifiers: object pronouns ("among them
# Director X"), quantifiers ("both Black activists X and Y"), in the languages read.
_CLAUSE_WORDS = frozenset(
    [
        "them",
        "him",
        "her",
        "us",
        "both",
        "all",
        "ihnen",
        "beide",
        "beiden",
        "alle",
        "eux",
        "tous",
        "toutes",
        "ellos",
        "ellas",
        "ambos",
        "ambas",
        "todos",
        "todas",
        # words that open a list's examples ("detainees, including student leader X",
        # "dont le journaliste X", "darunter der Anwalt X", "incluido el periodista X")
        "including",
        "notably",
        "namely",
        "notamment",
        "dont",
        "darunter",
        "insbesondere",
        "incluido",
        "incluida",
        "incluidos",
        "incluidas",
        "incluyendo",
    ]
)
# English verbs whose past is not in "-ed" and that take a person as object ("officials
# took artist X", "police held activist Y").
_IRREGULAR_PAST = frozenset(
    [
        "took",
        "held",
        "kept",
        "brought",
        "caught",
        "sent",
        "beat",
        "hit",
        "left",
        "met",
        "saw",
        "told",
        "gave",
        "made",
        "found",
        "led",
        "sought",
        "struck",
        "threw",
        "put",
        "shot",
        "drove",
        "got",
        "bound",
        "fought",
        "let",
        "became",
        "began",
    ]
)


# Between two items of a list parted by semicolons: the first item's short remark in lower
# case or digits after its comma ("A, aged 13; B", "C, 34; and D"), folded.
_SEMICOLON_ITEM = re.compile(r",\s*[a-z0-9][^,;.:()!?\"]{0,30};\s*(?:(?:and|et|und|y|e)\s+)?")
# "A de ORG, B del sindicato X, C de ORG y D de ORG", "A of X, B of Y and C of Z": each item
# a name and the organisation or place it is of (folded text between two names).
_AFFILIATION_ITEM = re.compile(
    r"(?:de|del|de la|of|of the|from|von|vom|der|du|de l'|des)\s+[^,;.:()!?\"]{2,40}?"
    r"(?:\s*[,;](?:\s*(?:and|et|und|y|e))?|\s+(?:and|et|und|y|e))"
)


# A past post in a list's apposition between two names: ", former vice-president, ",
# ", ancien adjoint au ministre des Affaires étrangères, et ".
_FORMER_POST_ITEM = re.compile(
    r"^\s*,\s*(?P<post>(?P<former>ex-|[^\W\d_]+\b)\s*[^,;.:()!?]{2,80}?)\s*,\s*"
    r"(?:(?:and|et|y|e|und|sowie|ainsi que|as well as)\s+)?$"
)


@cache
def _former_words(table: Markers) -> frozenset[str]:
    """Return the words that make a post a past one, in the table's language and English."""
    return frozenset(fold(w) for w in table.former_words | TABLES["en"].former_words)


def _office_after_event(before_words: list[str], table: Markers) -> bool:
    """Say whether the post right before a name follows what happened to its holder: "the
    disappearance of representative X", "l'arrestation du député X", "la detención del
    diputado X": the person the case is about, no official (folded words before the name)."""
    events = _folded(table, "event_nouns", english=True)
    words = [w.strip(",") for w in before_words[-4:]]
    if len(words) < 3 or words[-1] not in _folded(table, "office_words", english=True):
        return False
    # ... "of the representative X", "du député X", "of representative X"
    between = words[:-1]
    while between and (between[-1] in _ARTICLES or between[-1] in _OF):
        if between[-1] in _OF:
            return len(between) >= 2 and between[-2] in events
        between.pop()
    return False


def _relative_of_office(before_words: list[str], table: Markers) -> bool:
    """Say whether the office before a name is that of someone the person is kin to: "the
    uncle of the President of the National Assembly, X", "el tío del presidente ..., X", "la
    femme du ministre, X": X is the relative, no official (folded words before the name)."""
    offices = _folded(table, "office_words", english=True)
    words = before_words[-7:]
    at = next((n for n in range(len(words) - 1, -1, -1) if words[n] in offices), None)
    if at is None or at < 2:
        return False
    between = at - 1
    while between > 0 and words[between] in _ARTICLES:
        between -= 1
    # ... the kin word before "of": never the list's last word when "of" opens it
    return between >= 1 and words[between] in _OF and words[between - 1] in _relatives(table)


def _former_post_before(before: str, table: Markers) -> bool:
    """Say whether the post right before a name is the past post of the name before it ("A,
    former vice-president, B", "A, ancien porte-parole du gouvernement, B"): no official."""
    parts = before.rstrip().split(",")
    if len(parts) < 3 or parts[-1].strip() not in ("", *_ANDS, "ainsi que", "sowie"):
        return False
    words = parts[-2].split()
    previous = parts[-3].split()
    return bool(
        words and fold(words[0]) in _former_words(table) and previous and previous[-1][:1].isupper()
    )


def _list_members(found: list[Mention], text: str, table: Markers) -> None:
    """Mark mentions that stand in a list of names ("A, B and C")."""
    joins = {fold(w) for w in (*table.and_words, *TABLES["en"].and_words)}
    # "A, known as B (“the nickname”), C and D": B is A's other name, no item of the list
    for left, right in itertools.pairwise([m for m in found if not _names_previous(m, found)]):
        if text[left.end - 1 : left.end] == "." and not left.name.endswith("."):
            continue  # "... und Aylin Muster. Ivan Testov wurde": two sentences, no list
        between = fold(text[left.end : right.start]).strip()
        between = re.sub(r"^(?:['’]s\s*)", "", between)
        known = _KNOWN_AS.match(text[left.end : right.start])
        if known and between.startswith(","):
            # "A, known as B (“the nickname”), C and D": the other name stays in the list
            rest = text[left.end + known.end() : right.start]
            if re.fullmatch(r"\s*(?:\([^()]{1,60}\))?\s*,\s*(?:\S+\s*)?", rest):
                between = fold(rest).strip()
                between = re.sub(r"^\(.*?\)\s*", "", between)
        # "A, B and C", also with semicolons ("A; B; C; and D"), as lists of long names are
        words = between.replace(",", " , ").replace(";", " ; ").split()
        # "• A • B, 34 • C": a bulleted list whose lines the paragraph joined
        bulleted = re.fullmatch(r"(?:[,(][^.;:•◼▪●]{0,40})?\s*[•◼▪●*–—-]", between)
        # "A and his wife B were arrested": a relative named with the person, in the list
        kin = re.search(rf"(?:^|\s)(?:{'|'.join(sorted(_POSSESSIVES))})\s+(\S+)$", between)
        joined = words[:-2]
        if (
            kin
            and kin.group(1) in _relatives(table)
            and joined
            and all(w in joins or w == "," for w in joined)
        ):
            # named together, both the text's; neither shares the other's role, and a
            # pronoun after them still speaks of the one it follows
            left.evidence.add("kin")
            right.evidence.add("kin")
            left.listed_with.add(fold(right.name))
            right.listed_with.add(fold(left.name))
            continue
        # "A, former vice-president, B, ancien ministre, and C": each name with its own
        # past post, a list all the same (the post is the name's before it, no one else's)
        apposed = _FORMER_POST_ITEM.match(text[left.end : right.start])
        if apposed and fold(apposed.group("former")) in _former_words(table):
            left.evidence.add("list")
            right.evidence.add("list")
            left.listed_with.add(fold(right.name))
            right.listed_with.add(fold(left.name))
            left.role = left.role or apposed.group("post")
            for earlier in found:
                # "A et B, anciens parlementaires, C": the post is A's too
                link = fold(text[earlier.end : left.start]).strip()
                if earlier.end <= left.start and link in joins and earlier.role is None:
                    earlier.role = left.role
            continue
        if (
            between in (",", ";", "")
            or bulleted
            # "A, aged 13; B; and 35 others": semicolons part the items, each with its short
            # remark after a comma
            or _SEMICOLON_ITEM.fullmatch(between)
            # "A de MOVICE, B del sindicato X, y C de CUT": each name with what it is of
            or (_AFFILIATION_ITEM.fullmatch(between) and len(between.split()) <= 6)
            or (
                words
                and all(w in (",", ";") or w in joins or w in ("dr.", "dr") for w in words)
                and len(words) <= 3
            )
        ):
            left.evidence.add("list")
            right.evidence.add("list")
            left.listed_with.add(fold(right.name))
            right.listed_with.add(fold(left.name))
            if (
                right.role is None
                and left.role
                and ";" not in between
                and "kin" not in left.evidence
            ):
                # "lawyers A, B and C" share the role; "Director A; B; C": a semicolon
                # parts items that each say their own
                right.role = left.role
                right.role_shared = left.role_shared = True
                right.shared_gender = left.shared_gender
                right.gender = right.gender or left.shared_gender
            if left.role is None and right.role and "," not in between:
                pass
    _places_listed(found, text, table)
    _gender_of_list_subject(found, text, table)
    _gender_of_list_apposition(found, text, table)
    _gender_of_kin_before_list(found, text)
    _kin_of_the_name_before(found, text, table)
    _role_of_group_before(found, text, table)
    _role_of_list_after(found, text, table)
    _note_of_list_after(found, text, table)
    _role_of_roll_intro(found, text, table)
    _role_of_sentence_opening(found, text, table)
    openers = {fold(w) for w in (*table.list_openers, *TABLES["en"].list_openers)}
    for mention in found:
        before = fold(text[max(0, mention.start - 30) : mention.start]).split()
        if before and before[-1].strip(",:") in openers:
            mention.evidence.add("list")


# What a person's mention may carry that no place's does: a marker, an age, a courtesy
# title, a relation, a name in another script.
_ONLY_PERSONS = frozenset({"marker", "age", "honorific", "kin", "script"})
# A plural place noun that opens a list of names, the list's first words before its first
# run of capitals read ("three villages: A, B and C", "los pueblos de A, B y C", "die Dörfer
# A und B"): the noun, then a colon or "of", then capitalised words and commas only.
_PLACES_OPEN_LIST = re.compile(
    r"([^\W\d_]{4,})\s*(?::|\s(?:of|de|des|del|du|von|der)\b)?\s+"
    r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+|\s*,\s*))*$"
)


# Nouns of settlements that open a list of places only in the plural ("los pueblos de A, B y
# C", "three hamlets: A and B"); alone, "pueblo" is as often a people ("el pueblo mapuche").
_SETTLEMENTS = frozenset(
    {"pueblo", "poblado", "caserio", "hamlet", "settlement", "siedlung", "hameau", "bourg"}
)


def _place_plural(word: str, table: Markers) -> bool:
    """Say whether a word is the plural of a place's noun ("villages", "pueblos", "aldeas",
    "Dörfer", "localités"); a singular one opens no list of places."""
    folded = fold(word)
    places = _folded(table, "place_words", english=True) | _SETTLEMENTS
    if folded in places:
        return False
    # only the plural's own ending comes off: "villagers" is "villager" and a "-s", no
    # "village" (a people's noun, as "Städter" is no plural of "Stadt")
    stems = set()
    if folded.endswith(("s", "x")):
        stems.add(folded[:-1])  # "villages", "pueblos", "hameaux"
    if folded.endswith("es"):
        stems.add(folded[:-2])  # "ciudades", "localités" read as "localite" + "s" above
    if folded.endswith("ies"):
        stems.add(folded[:-3] + "y")  # "cities", "counties"
    if stems & places:
        return True
    # ... or a plural no ending makes, also at a compound's end ("Dörfer", "Nachbardörfer")
    return any(folded.endswith(plural) for plural in _folded(table, "place_plurals"))


def _places_listed(found: list[Mention], text: str, table: Markers) -> None:
    """Mark as places the names of a list that is one of places: one of its names after the
    first ends in a place's noun ("Example Village", "Camp Example") or a place's noun
    introduced it ("la ville de X"), or a plural place noun opens it ("three villages: A, B
    and C"); its other names are places too ("A Market, B and C Village"), unless a person's
    own evidence stands at one (a marker, an age, a title)."""
    places = _folded(table, "place_words", english=True) - _SAINTS
    by_name: dict[str, list[Mention]] = {}
    for mention in found:
        by_name.setdefault(fold(mention.name), []).append(mention)
    seen: set[int] = set()
    for start, mention in enumerate(found):
        if start in seen or not mention.listed_with:
            continue
        chain = list(by_name[fold(mention.name)])
        names = {fold(mention.name)}
        for other in chain:
            for name in other.listed_with - names:
                names.add(name)
                chain.extend(by_name.get(name, []))
        seen |= {n for n, m in enumerate(found) if fold(m.name) in names}
        chain.sort(key=lambda m: m.start)
        clause = re.split(r"[.;!?\n]", text[: chain[0].start])[-1]
        opened = _PLACES_OPEN_LIST.search(clause)
        # ... a place's noun at one of the names after the first: a place's noun at the first
        # alone may be an apposition's head ("leaders from X Village, A B and C D, were ...")
        first = fold(chain[0].name)
        headed = any(
            fold(m.name) != first
            and ("named place" in m.evidence or fold(m.name.split()[-1]) in places)
            for m in chain
        )
        if not (headed or (opened and _place_plural(opened.group(1), table))):
            continue
        if any(m.evidence & _ONLY_PERSONS for m in chain):
            continue
        for listed in chain:
            listed.evidence.add("place")


@cache
def _plural_participle(table: Markers) -> re.Pattern[str] | None:
    """Return the pattern of a plural verb and the participle after it, as a list of names
    goes on ("... ont été transférées", "... fueron detenidas"), for the table's language."""
    if not table.plural_auxiliaries or not table.feminine_plural_endings:
        return None
    verbs = "|".join(re.escape(v) for v in sorted(table.plural_auxiliaries, key=len, reverse=True))
    return re.compile(
        rf"\s*(?:\([^()]{{1,40}}\)\s*)?(?:{verbs})\s+(?:[a-zà-ÿ]+ment[e]?\s+)?([a-zà-ÿ]+)\b",
        re.I,
    )


def _lists_followed_by(
    found: list[Mention], text: str, pattern: re.Pattern[str]
) -> Iterator[tuple[list[Mention], re.Match[str]]]:
    """Yield each list of two names or more that `pattern` matches right after, with the
    match (what the text says of the whole list)."""
    for number, _mention in _list_openers(found):
        chain = _chain(found, number)
        if len(chain) < 2:
            continue
        said = pattern.match(text, chain[-1].end)
        if said:
            yield chain, said


def _gender_of_list_subject(found: list[Mention], text: str, table: Markers) -> None:
    """Give every name of a list the gender a feminine plural participle after it says ("A
    et B ont été transférées", "A y B fueron detenidas"): only women are so spoken of
    together. A masculine plural is said of men and women alike and gives nothing."""
    pattern = _plural_participle(table)
    if pattern is None:
        return
    for chain, said in _lists_followed_by(found, text, pattern):
        word = said.group(1).lower()
        if not any(
            word.endswith(ending) and len(word) > len(ending) + 2
            for ending in table.feminine_plural_endings
        ):
            continue
        for member in chain:
            member.gender = member.gender or "female"


# "A, B and C, all men, ...", "A and B, both women,", "A und B, beide Frauen,": a list's
# apposition that says only whether they are men or women.
_MEN_OR_WOMEN = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:all|both|beide|alle|tous|toutes|todos|todas|ambos|"
    r"ambas)(?:\s+(?:two|three|four|deux|trois|quatre|dos|tres|cuatro|drei|vier|des|de|"
    r"ellos|ellas))?\s+([^\W\d_]+)\s*[,;.–—)]",
    re.I,
)


def _gender_of_list_apposition(found: list[Mention], text: str, table: Markers) -> None:
    """Give every name of a list the gender its apposition says ("A, B and C, all men, have
    been ...", "A and B, both women, were ..."): the plural word for men or women."""
    male = _folded(table, "male_words", english=True)
    female = _folded(table, "female_words", english=True)
    for chain, said in _lists_followed_by(found, text, _MEN_OR_WOMEN):
        word = fold(said.group(1))
        # one word after the quantifier: "A and B, all her sons" (someone else's) is no match
        gender = "male" if word in male else "female" if word in female else None
        if gender is None:
            continue
        for member in chain:
            member.gender = member.gender or gender


# The words of a clause up to a list's first name.
_CLAUSE_BEFORE = re.compile(r"[.;:!?\n()]")


def _gender_of_kin_before_list(found: list[Mention], text: str) -> None:
    """Give every name of a list the gender of the kin plural right before it, with only
    words in small letters between ("les frères jumeaux A et B", "the sisters A and B", "die
    Brüder A und B"): a plural that says one gender ("brothers", not "hermanos")."""
    for number, mention in _list_openers(found):
        chain = _chain(found, number)
        if len(chain) < 2:
            continue
        words = _TOKEN.findall(_CLAUSE_BEFORE.split(text[: mention.start])[-1])[-3:]
        gender = None
        for word in reversed(words):
            said = _KIN_SINGULAR.get(fold(word))
            if said:
                gender = said[1]
                break
            if not word.isalpha() or not word.islower() or word in _PREPOSITIONS:
                break  # "the brothers of A and B", "the sisters Rosa X, A and B": not they
        if gender is None:
            continue
        for member in chain:
            member.gender = member.gender or gender


# "X, his nephews A and B", "X, su hijo A": a possessive and a kin word right after a name
# and its comma, before the names it relates to X.
_KIN_OF_BEFORE = re.compile(
    r"^\s*,\s*(?:his|her|sein|seine|seinen|ihr|ihre|ihren|son|sa|ses|su|sus)\s+(\w+)\s*$", re.I
)
_KIN_OF = {"en": "of", "de": "von", "fr": "de", "es": "de"}


def _kin_of_the_name_before(found: list[Mention], text: str, table: Markers) -> None:
    """Give the names after "X, his nephews" the relation to X as their role ("nephew of
    X", the corpus README's convention for roles): a kin plural's singular, or the kin word
    itself, with X's name; the gender a kin plural says one of."""
    singular_kin = _relatives(table)
    for number, mention in enumerate(found):
        if not number or found[number - 1].evidence & {"place", "thing"}:
            continue
        if number > 1 and fold(mention.name) in found[number - 1].listed_with:
            continue  # not a list's first name
        previous = found[number - 1]
        said = _KIN_OF_BEFORE.match(text[previous.end : mention.start])
        if not said:
            continue
        kin, gender = _KIN_SINGULAR.get(fold(said.group(1)).replace("œ", "oe"), (None, None))
        if kin is None and fold(said.group(1)) in singular_kin:
            kin = said.group(1)
        if kin is None:
            continue
        role = f"{kin} {_KIN_OF.get(table.language, 'of')} {previous.name}"
        chain = _chain(found, number) if "list" in mention.evidence else [mention]
        for member in chain:
            if member.role is None or member.role_shared:
                member.role = role
                member.role_shared = True
            if gender:
                member.gender = member.gender or gender


def listed_with(line: str, names: Iterable[str], table: Markers, language: str) -> list[str]:
    """Return the names a line lists together with one of `names` ("A, B, C (f), D and E":
    B, D and E with C), in their order; the gender markers are taken out first."""
    line = re.sub(r"\s*\((?:[a-z]|[a-z]{2,4}\s*/\s*[a-z]{2,4}|male|female)\)", "", line)
    found = mentions(line, table, language)
    _list_members(found, line, table)
    wanted = {fold(name) for name in names}
    out: list[str] = []
    for number, _ in _list_openers(found):
        chain = _chain(found, number)
        if not any(fold(m.name) in wanted for m in chain):
            continue
        for mention in chain:
            if fold(mention.name) in wanted or mention.evidence & {"place", "third party", "thing"}:
                continue
            if _is_country(mention.name, language) or mention.name in out:
                continue
            # ... an item of its own: the list goes on or the line ends after it ("Rema
            # Church office administrator" is a role's words, no name)
            # ... or a dash before what is said of the whole list ("G - all members of X")
            if not re.match(r"^\s*(?:$|[,;(]|(?:and|et|und|y|e)\s|[-–—]\s)", line[mention.end :]):
                continue
            out.append(mention.name)
    return out


# Plurals that say only "people": no role ("three people, A, B and C").
_ANYONE = frozenset(
    {"people", "persons", "individuals", "personas", "personnes", "menschen", "personen"}
)


def _names_previous(mention: Mention, found: list[Mention]) -> bool:
    """Say whether a mention is the other name the mention before it gives ("A, known as
    B,"): a name of A, no one else."""
    at = found.index(mention)
    other = found[at - 1].other_name if at else None
    return bool(other) and fold(other or "") == fold(mention.name)


def _place_of(mention: Mention, found: list[Mention]) -> int:
    """Return the place of `mention` itself (not of an equal one) in `found`."""
    return next(n for n, other in enumerate(found) if other is mention)


def _chain(found: list[Mention], number: int) -> list[Mention]:
    """Return the list of names that begins at found[number]."""
    chain = [found[number]]
    for other in found[number + 1 :]:
        if _names_previous(other, found):
            continue
        if fold(other.name) not in chain[-1].listed_with:
            break
        chain.append(other)
    return chain


def _list_openers(found: list[Mention]) -> Iterator[tuple[int, Mention]]:
    """Yield the first name of each list of names found, with its place in `found`."""
    for number, mention in enumerate(found):
        if "list" not in mention.evidence:
            continue
        if number and fold(mention.name) in found[number - 1].listed_with:
            continue  # not the list's first name
        yield number, mention


def _role_of_group_before(found: list[Mention], text: str, table: Markers) -> None:
    """Give a list of names the role of the group phrase a comma parts from it ("Two MPs of
    the Eswatini Parliament, A and B", "sechs Mitarbeiter*innen des Senders X, A, B und C",
    "trois militants du mouvement Lucha, A, B et C"): a number, a plural for people and its
    complement, as printed."""
    numbers = {fold(w) for w in (*table.number_words, *TABLES["en"].number_words)}
    people = _folded(table, "people_nouns", english=True) | _folded(table, "role_words")
    verbs = _folded(table, "person_verbs", english=True) | _folded(
        table, "object_verbs", english=True
    )
    for number, mention in _list_openers(found):
        clause = re.split(r"[.;:!?\n()]", text[: mention.start])[-1]
        if not clause.rstrip().endswith((",", "–", "—")):
            continue
        words = _TOKEN.findall(clause)
        at = next(
            (
                n
                for n in range(len(words) - 1, max(-1, len(words) - 10), -1)
                if fold(words[n]) in numbers or words[n].isdigit()
            ),
            None,
        )
        if at is None or at + 1 >= len(words):
            continue
        head = words[at + 1]
        plural = (
            fold(head) in people
            or bool(_INCLUSIVE_PLURAL.search(head))
            or re.fullmatch(r"[A-Z]{2,4}s", head) is not None  # "MPs"
        )
        if not plural:
            continue
        said = fold(head)
        gender = (
            "male"
            if said in _folded(table, "male_words", english=True)
            else "female"
            if said in _folded(table, "female_words", english=True)
            else None
        )
        if gender or said in _ANYONE:
            # "ocho hombres —A, B, C", "three people, A, B and C": who they are, no role
            for member in _chain(found, number):
                member.gender = member.gender or gender
            continue
        phrase = clause[clause.find(head, clause.rfind(words[at])) :].strip().rstrip(",–—").strip()
        kept = phrase.split()
        for n, word in enumerate(kept[1:], 1):
            if _ends_clause(word, table) or fold(word) in verbs:
                kept = kept[:n]  # "five activists arrested in X –": the clause is no role
                break
        phrase = " ".join(kept)
        if len(kept) > 8:
            continue
        for member in _chain(found, number):
            if member.role is None or member.role_shared:
                member.role = phrase
                member.role_shared = True


# A sentence of a paragraph, with its place: up to its full stop.
_SENTENCE = re.compile(r"[^\s.!?][^.!?]*(?:[.!?]+|$)")


@cache
def _counted_lead_words(
    table: Markers,
) -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """Return what `_counted_lead` reads a sentence with, folded: the number words of the
    table and English, the verbs that end the plural's phrase, the words for men or women."""
    numbers = {
        fold(w): v for w, v in (*table.number_words.items(), *TABLES["en"].number_words.items())
    }
    verbs = _folded(table, "person_verbs", english=True) | _folded(
        table, "object_verbs", english=True
    )
    gendered = _folded(table, "male_words", english=True) | _folded(
        table, "female_words", english=True
    )
    return numbers, frozenset(verbs), frozenset(gendered)


def _counted_lead(sentence: str, table: Markers) -> tuple[int, str] | None:
    """Return the count and the plural role of a sentence that counts the people the action
    is about before naming them ("Six members of the student movement X were detained on
    ...", "Deux militants écologistes ont été enlevés", "Tres miembros del colectivo X
    fueron detenidos"): the phrase up to its verb, as printed."""
    words = sentence.split()
    if len(words) < 4:
        return None
    numbers, verbs, gendered = _counted_lead_words(table)
    first = fold(words[0])
    count = int(first) if first.isdigit() else numbers.get(first)
    if count is None or not 2 <= count <= 30:
        return None
    phrase: list[str] = []
    for word in words[1:10]:
        if fold(word) in verbs or _ends_clause(word, table) or not word[:1].isalnum():
            break
        phrase.append(word)
        if word.endswith((",", ";", ":")):
            return None  # "Two activists, A and B, ...": the names follow in the sentence
    else:
        return None  # no verb within its first words: no such sentence
    head = next((n for n, w in enumerate(phrase[:3]) if people_word(w, table)), None)
    if head is None:
        return None
    if fold(phrase[head]) in _ANYONE | gendered | {"others", "autres", "otros", "andere"}:
        return None  # "Six men were ...", "Three people": who they are, no role
    if any(
        w[:1].isupper()
        and not _demonym(w)
        # "Six Sahrawi prisoners": one word like a people's right before the people word
        and not (n == head - 1 and len(w) >= 5 and fold(w).endswith(_DEMONYM_ENDINGS))
        for n, w in enumerate(phrase[: head + 1])
    ):
        return None  # a name or a place before the people word
    return count, " ".join(phrase)


@cache
def _ordinal_forms(language: str) -> dict[str, int]:
    """Return the ordinal words of `language` and English, folded, in each gender and case
    ("sixth", "sexto"/"sexta", "sechste"/"sechster", "sixième")."""
    forms: dict[str, int] = {}
    for word, value in (*TABLES["en"].ordinals.items(), *TABLES[language].ordinals.items()):
        word = fold(word)
        forms[word] = value
        if word.endswith("a"):
            forms[word[:-1] + "o"] = value  # "sexta": "sexto"
        if word.endswith("e") and language == "de":
            for ending in "rnsm":
                forms[word + ending] = value  # "sechste": "sechster"
    return forms


def _ordinal_before(between: str, table: Markers) -> int | None:
    """Return the ordinal that introduces the name after `between`, in its last few words
    ("... later. A sixth detained man, ", "Un troisième homme, "), if any."""
    clause = re.split(r"[.;:!?\n]", between)[-1]
    words = _TOKEN.findall(clause)[-5:]
    forms = _ordinal_forms(table.language)
    return next((forms[fold(w)] for w in words if fold(w) in forms), None)


def _role_of_counted_lead(
    found: list[Mention], paragraph: str, table: Markers, pending: tuple[int, str] | None
) -> tuple[int, str] | None:
    """Give the list of names that first follows a counted lead (`_counted_lead`), in its
    paragraph or a later one, its role when it names as many as the lead counts ("Three
    members of X were detained. ... A, B and C took part in ..."); return the lead still
    waiting for its names."""
    leads = [
        (sentence.start(), sentence.end(), lead)
        for sentence in _SENTENCE.finditer(paragraph)
        if (lead := _counted_lead(sentence.group(), table))
    ]
    skip: set[int] = set()
    for number, mention in enumerate(found):
        for start, end, lead in leads:
            if (
                end <= mention.start
                and not any(start <= m.start < end for m in found)
                and (number == 0 or found[number - 1].end <= start)
            ):
                pending = lead  # a lead between the last name and this one
        if number in skip or pending is None:
            continue
        chain = _chain(found, number) if "list" in mention.evidence else []
        # the mention after the list's last name ("A, B (known as C) and D ... a fourth, E":
        # the list skips the other name, so its names need not stand side by side)
        following = _place_of(chain[-1], found) + 1 if chain else number
        if (
            chain
            and len(chain) == pending[0] - 1
            and following < len(found)
            and _ordinal_before(paragraph[chain[-1].end : found[following].start], table)
            == pending[0]
        ):
            # "Six X ... A, B, C, D and E ... A sixth detained man, F": the lead's last
            # member, named apart with its ordinal
            chain.append(found[following])
        if len(chain) == pending[0]:
            for member in chain:
                if member.role is None or member.role_shared:
                    member.role = pending[1]
                    member.role_shared = True
        skip |= set(range(number, _place_of(chain[-1], found) + 1 if chain else number))
        pending = None
    last = found[-1].end if found else 0
    after = [lead for start, _end, lead in leads if start >= last]
    return after[-1] if after else pending


def people_word(word: str, table: Markers) -> bool:
    """Say whether a word names people by what they do or are, in the plural or not
    ("unionists", "syndicalistes", "Gewerkschafter", "Aktivist*innen", "sindicalistas")."""
    folded = fold(_ELIDED.sub("", word).strip(".,"))
    roles = _folded(table, "role_words", english=True)
    return (
        folded in _folded(table, "people_nouns", english=True)
        or folded in roles
        or (folded.endswith("s") and folded[:-1] in roles)
        or _plural_role(word, table)
        or bool(_INCLUSIVE_PLURAL.search(word))
    )


def role_after_dash(tail: str, table: Markers) -> tuple[str, bool] | None:
    """Return the role a dash gives after a roll's marked name ("A (f) - members of the X
    Campaign", "B (m) – journaliste") and whether it is a plural, which the names above it
    share."""
    match = re.fullmatch(r"[-–—]\s*([a-zà-ÿ][^()\n]{2,120}?)[\s.,;]*", tail)
    if not match:
        return None
    role = match.group(1)
    head = role.split()[0]
    if not people_word(head, table):
        return None
    folded = fold(_ELIDED.sub("", head))
    plural = (
        folded in _folded(table, "people_nouns", english=True)
        or folded.endswith("s")
        or _plural_role(head, table)
    )
    return role, plural


def role_of_roll(intro: str, table: Markers) -> str | None:
    """Return the role the sentence that announces a roll of names gives each of them: the
    plural next to its announcing word ("the following professional health workers, whose
    appeal is due:", "die folgenden Gewerkschafter:", "les militants écologistes suivants :",
    "los siguientes periodistas:"), as printed without its article. None where the plural
    only says "people" or "men" ("the following people:")."""
    announcers = _folded(table, "roll_announcers", english=True)
    words = re.findall(r"[^\s,;:.()]+", intro)
    at = next((n for n, w in enumerate(words) if fold(w) in announcers), None)
    if at is None:
        return None
    after = words[at + 1 : at + 7]
    head = next((n for n, w in enumerate(after[:4]) if people_word(w, table)), None)
    if head is not None:
        ands = _folded(table, "and_words", english=True)
        while head + 1 < len(after):
            if people_word(after[head + 1], table):
                head += 1  # "trade unionists": the compound's last word is its head
            elif (
                fold(after[head + 1]) in ands
                and head + 2 < len(after)
                and people_word(after[head + 2], table)
            ):
                head += 2  # "nurses and trade unionists": two roles, each one's
            else:
                break
        phrase = after[: head + 1]
    else:
        # "les militants écologistes suivants": the noun phrase before, from its article
        start = next(
            (n + 1 for n in range(at - 1, max(-1, at - 6), -1) if fold(words[n]) in _ARTICLES),
            None,
        )
        phrase = words[start:at] if start is not None else []
        if not phrase or not people_word(phrase[0], table):
            return None
        head = 0
    gendered = _folded(table, "male_words", english=True) | _folded(
        table, "female_words", english=True
    )
    if fold(phrase[head]) in _ANYONE | gendered:
        return None
    verbs = _folded(table, "person_verbs", english=True)
    if any(fold(w) in verbs or _ends_clause(w, table) for w in phrase):
        return None
    return " ".join(phrase)


def _role_of_roll_intro(found: list[Mention], text: str, table: Markers) -> None:
    """Give a list of names right after a colon the role its announcing clause gives them
    ("The following trade unionists were detained: A, B and C")."""
    for number, mention in enumerate(found):
        if number and fold(mention.name) in found[number - 1].listed_with:
            continue  # not the list's first name
        before = text[: mention.start]
        if not before.rstrip().endswith(":"):
            continue
        intro = re.split(r"(?<=[.!?])\s", before.rstrip()[:-1])[-1]
        role = role_of_roll(intro, table)
        chain = _chain(found, number)
        if role is None:
            counted = _counted_intro(intro, table)
            # "... de 13 militants de l'organisation X (IRA) en Mauritanie: A, B, ...": the
            # counted plural, when it counts the names (one more: a name the copy lost)
            if counted and 0 <= counted[0] - len(chain) <= 1 and len(chain) >= 2:
                role = counted[1]
        if role is None:
            continue
        for member in chain:
            if member.role is None or member.role_shared:
                member.role = role
                member.role_shared = True


# The end of a counted plural's phrase: its acronym in brackets (kept), or a place after
# a locative preposition ("... (IRA) en Mauritanie", "in Nordland").
_COUNTED_PHRASE_END = re.compile(
    r"^(.*?\([A-ZÀ-Ý][\w.-]{1,15}\))|^(.*?)\s+(?:en|in|au|aux|à|im|nach)\s+[A-ZÀ-Ý]"
)


def _counted_intro(intro: str, table: Markers) -> tuple[int, str] | None:
    """Return the count and the plural role of the clause that announces a list after its
    colon by counting it ("the detention of 13 activists of the X organisation (XO) in
    Y:"): the people word after the count and its complement, up to its acronym or its
    place. None where the plural says only "people" or "men"."""
    numbers, verbs, gendered = _counted_lead_words(table)
    words = intro.split()
    at = next(
        (
            n
            for n, w in enumerate(words)
            if (fold(w).isdigit() or fold(w) in numbers) and n + 1 < len(words)
        ),
        None,
    )
    if at is None:
        return None
    said = fold(words[at])
    count = int(said) if said.isdigit() else numbers[said]
    head = next(
        (n for n in range(at + 1, min(at + 3, len(words))) if people_word(words[n], table)), None
    )
    if head is None or fold(words[head].strip(",;.")) in _ANYONE | gendered:
        return None
    kept: list[str] = []
    for word in words[head:]:
        if kept and (fold(word) in verbs or _ends_clause(word, table)):
            break  # "the other four students arrested are": up to its verb
        kept.append(word)
        if word.endswith(","):
            break  # "the 12 men, namely": up to its comma
    phrase = " ".join(kept).rstrip(",")
    end = _COUNTED_PHRASE_END.match(phrase)
    if end:
        phrase = end.group(1) or end.group(2)
    if len(phrase.split()) > 16 or not 2 <= count <= 60:
        return None
    return count, phrase


# A sentence's opening in small letters after its definite article, right before a list.
_LOWER_OPENING = re.compile(
    r"\s*((?:The|Los|Las|Les|El|La|Le)\s+[a-zà-ÿ][^A-ZÀ-Ý\d,.;:()!?\"“”«»]{3,100}?)\s*"
)


def _role_of_sentence_opening(found: list[Mention], text: str, table: Markers) -> None:
    """Give a list of names the plural phrase that opens its sentence right before it, with
    its complement up to an acronym in brackets ("Activists with the youth movement Free
    Voices (FV) A, B and C were arrested", "Membres du parti X (PX) A, B et C"): each
    name's role, as printed without its article."""
    verbs = _folded(table, "person_verbs", english=True) | _folded(
        table, "object_verbs", english=True
    )
    for number, mention in _list_openers(found):
        opening = re.split(r"(?<=[.!?:;])\s+|\n", text[: mention.start])[-1]
        match = re.fullmatch(r"\s*(\S.{3,120}?\([A-ZÀ-Ý][\w-]{1,12}\))\s*", opening)
        # ... or a phrase in small letters its article opens ("Los defensores de los
        # derechos de los pueblos indígenas A y B están ...")
        lower = _LOWER_OPENING.fullmatch(opening)
        if not match and lower and len(lower.group(1).split()) >= 4:
            match = lower  # "Les militantes A et B": a bare plural is another rule's
        if not match:
            continue
        words = match.group(1).split()
        if fold(words[0]) in _ARTICLES:
            words = words[1:]
        if not words or not people_word(words[0], table) or fold(words[0]) in _ANYONE:
            continue
        clause = [w for w in words if fold(w) not in _ARTICLES]  # German "der" is no relative
        if any(fold(w) in verbs or _ends_clause(w, table) for w in clause) or len(words) > 12:
            continue
        phrase = " ".join(words)
        for member in _chain(found, number):
            # ... over the part of it read as the role before the name ("Mouvement citoyen")
            if member.role is None or member.role_shared or fold(member.role) in fold(phrase):
                member.role = phrase
                member.role_shared = True


# A plural apposition after a list's last name, ended by a comma, a dash or a relative
# pronoun ("A y B, defensores de los derechos humanos que forman parte de ...").
_LIST_APPOSITION = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?[,–—]\s*([^,;:.()\n–—]{3,90}?)"
    r"\s*(?:[,–—]|\s(?:who|that|qui|que|quienes)\s)"
)


def _role_of_list_after(found: list[Mention], text: str, table: Markers) -> None:
    """Give each name of a list the plural apposition after its last name, between commas
    or dashes ("A, B and C, trade unionists from X, were arrested", "A, B et C, des
    syndicalistes de X, ont été", "A, B y C, sindicalistas de X, fueron", "A, B und C,
    Gewerkschafter aus X, wurden"): the role of each, as printed, without its article.
    Inside a longer list, a plural apposition after a pair joined by "and" is the pair's
    ("A, ancien ministre, B et C, anciens parlementaires, D, ...")."""
    for number, _mention in _list_openers(found):
        chain = _chain(found, number)
        if len(chain) < 2:
            continue
        last = chain[-1]
        phrase = _plural_apposition(text[last.end :], table)
        if phrase is None:
            for left, right in itertools.pairwise(chain[:-1]):
                pair = _AND_BETWEEN.fullmatch(text[left.end : right.start])
                if pair and fold(pair.group(1)) in _ANDS:
                    said = _plural_apposition(text[right.end :], table)
                    if said and _plural_role(said.split()[0], table):
                        for member in (left, right):
                            if member.role is None:
                                member.role = said
                                member.role_shared = True
            continue
        for member in chain:
            if member.role is None or member.role_shared or member is last:
                member.role = phrase
                member.role_shared = True


# The word that joins the last two names of a pair ("A et B", "A and B").
_AND_BETWEEN = re.compile(r"\s+(\w+)\s+")


def _plural_apposition(after: str, table: Markers) -> str | None:
    """Return the plural apposition right after a list's last name (`_LIST_APPOSITION`), as
    printed without its article, or None where it is no role: no people word among its
    first words, "all members of X" (`_members_of`'s), "both men", a clause ("arrested in
    May"), or capitals before the people word (a place, another name)."""
    match = _LIST_APPOSITION.match(after)
    if not match:
        return None
    articles = _ARTICLES | {"des", "unos", "unas", "einige"}
    verbs = _folded(table, "person_verbs", english=True) | _folded(
        table, "object_verbs", english=True
    )
    words = match.group(1).split()
    if words and fold(words[0]) in articles:
        words = words[1:]
    # the people word within its first words ("young Kurdish activists from X")
    head = next((n for n, w in enumerate(words[:4]) if people_word(w, table)), None)
    if head is None or fold(words[0]) in _CLAUSE_WORDS or fold(words[head]) in _ANYONE:
        return None
    if fold(words[0]) in _folded(table, "and_words", english=True):
        return None  # "A and B, and blogger C, are": the list goes on with C's own role
    if fold(words[head]) in _folded(table, "male_words", english=True) | _folded(
        table, "female_words", english=True
    ):
        return None
    if any(fold(w) in verbs or _ends_clause(w, table) for w in words):
        return None  # "A and B, arrested in May,": what happened to them, no role
    if any(w[:1].isupper() for w in words[: head + 1]) and table.language != "de":
        return None  # capitals before the people word: a place or another name
    return " ".join(words)


# "A, B and C, who are currently ...", "..., qui se trouvent actuellement ...", "..., quienes
# se encuentran ...": a relative clause saying where (in what situation) a list's names are.
_WHERE_THEY_ARE = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:who\s+are|qui\s+(?:se\s+trouvent|sont)"
    r"|(?:quienes|que)\s+(?:se\s+encuentran|están))"
    r"(?:\s+(?:currently|now|still|actuellement|toujours|encore|actualmente|todavía|aún))?"
    r"\s+([a-zà-ÿ][^,;:.()\n]{5,150})",
)
# Where the clause goes on with what else they are or face: "... et risquent d'être
# exécutés", "... and face", "... y corren".
_CLAUSE_GOES_ON = re.compile(r"\s+(?:and|et|y|e)\s+(?=[a-zà-ÿ])")


# Quantifiers of a list's names in a clause about them ("qui sont tous amis").
_QUANTIFIERS = frozenset(
    {"all", "both", "tous", "toutes", "todos", "todas", "ambos", "ambas", "alle", "beide"}
)


def _note_of_list_after(found: list[Mention], text: str, table: Markers) -> None:
    """Give each name of a list the situation a relative clause after its last name says
    ("A, B et C, qui se trouvent actuellement sous le coup d'une condamnation à mort et
    risquent ...": "sous le coup d'une condamnation à mort"), as a note of each."""
    for number, _mention in _list_openers(found):
        chain = _chain(found, number)
        if len(chain) < 2:
            continue
        match = _WHERE_THEY_ARE.match(text, chain[-1].end)
        if not match:
            continue
        said = _CLAUSE_GOES_ON.split(match.group(1), maxsplit=1)[0].strip()
        words = [w for w in said.split() if fold(w) not in _QUANTIFIERS]
        if len(words) < 2 or people_word(words[0], table):
            # "who are prisoners of conscience", "qui sont tous amis": what they are (to
            # each other), a role's or nothing
            continue
        for member in chain:
            member.note = member.note or said


def find_persons(
    blocks: Iterable[str], table: Markers, language: str, exclude: Iterable[str]
) -> list[Person]:
    """Return the persons the text's paragraphs speak of, in the order they first appear."""
    excluded = {fold(name) for name in exclude if name}
    people: list[Person] = []
    # A UA's prose has some 2,000-20,000 characters; a document far longer is no UA, and
    # reading its names would only cost time.
    everything = "\n".join(blocks)[:MAX_PROSE_CHARS]
    all_mentions: list[Mention] = []
    unproven: list[Mention] = []
    weak: list[Mention] = []
    # A name said once to be a third party ("his lawyer X") is one wherever it stands.
    rolls = {p: flattened_roll(p, table, language) for p in everything.split("\n")}
    rolled = {fold(m.name) for roll in rolls.values() for m in roll}
    third = {
        mention.name
        for paragraph in everything.split("\n")
        for mention in mentions(paragraph, table, language, everything)
        if "third party" in mention.evidence and fold(mention.name) not in rolled
    }
    paragraphs = [(p, mentions(p, table, language, everything)) for p in everything.split("\n")]
    # A name the text once gives as a body ("coordinator of X", "X AC/Oaxaca") is one
    # wherever it stands, and so is its short form before a legal form ("Tierra Viva").
    bodies = {
        fold(name)
        for _, found in paragraphs
        for mention in found
        if "body" in mention.evidence
        for name in (mention.name, mention.name.rsplit(" ", 1)[0])
        if name == mention.name or not name_like(name.split())
    }
    # A name a place's noun once introduces ("la ville de X") is a place wherever it stands.
    places = {
        fold(mention.name)
        for _, found in paragraphs
        for mention in found
        if "named place" in mention.evidence
    }
    # the words the text writes all in lower case ("unfair", "trial"; not "al-Zubeir")
    lower = {
        fold(w)
        for w in re.findall(r"(?<![\w’'-])[a-zß-ÿſ]+(?:[-’'][a-zß-ÿſ]+)*(?![\w’'-])", everything)
    }
    _without_run_on_words(paragraphs, everything, table.language)
    _roll_of_lines(paragraphs, table)
    headline = _headline(paragraphs)
    in_headline: set[str] = set()
    _name_lines(paragraphs)
    counted: tuple[int, str] | None = None
    for paragraph, found in paragraphs:
        _list_members(found, paragraph, table)
        counted = _role_of_counted_lead(found, paragraph, table, counted)
        _named(found, paragraph, table, language)
        roll = rolls.get(paragraph)
        if roll:
            # "COUNTRY A, former minister B, member of parliament C": the roll's names and
            # roles, in place of the runs of capitals read across its roles and bodies
            begin, end = roll[0].start, roll[-1].end
            found[:] = [
                *(m for m in found if m.end <= begin or m.start >= end),
                *roll,
            ]
            found.sort(key=lambda m: m.start)
        all_mentions.extend(found)
        for mention in found:
            if mention.evidence & {"place", "third party", "thing"}:
                continue
            if fold(mention.name) in excluded or _is_country(mention.name, language):
                continue
            if fold(mention.name) in bodies or fold(mention.name) in places:
                continue
            if any(_same(mention.name, name) for name in third):
                continue

            if _headline_words(mention, paragraph, lower, table):
                continue  # "Writer Imprisoned After Unfair Trial": a headline's capitals
            if mention.evidence & _PROOF and mention.evidence & _PROOF <= _WEAK:
                weak.append(mention)  # a person only if no proven name is theirs
                continue
            if not mention.evidence & _PROOF:
                unproven.append(mention)
                if paragraph is headline and not any(
                    _is_country(word, language) for word in mention.name.split()
                ):  # "UA 298/12 Syria Date: ...": a header's words, no name
                    in_headline.add(fold(mention.name))
                continue
            _add(people, mention, len(people))
    proven = list(people)
    for mention in weak:
        # "X, de 22 años, ciudadano ...", "Russland: Aleksandra X": the age or the common name
        # says X is a person; where X is one already, this adds nothing
        if not any(
            _same(mention.name, s) or _short_form(mention.name, s)
            for p in proven
            for s in p.spellings
        ):
            _add(people, mention, len(people))
    for someone in people:
        if "for" in someone.proofs and not someone.proofs & (_PROOF - _WEAK):
            # TODO(ualetters): only "für X", "pour X", "on behalf of X" says it is a person
            someone.name_task = someone.name_task or (
                "found only after 'for'/'für'/'pour' (the action is for them): check"
            )
    # A full name the text repeats is whom it speaks of, even where no verb or role stands
    # next to it ("la condena impuesta a X ... ha indultado a X ... el juicio de X"); a name
    # of the headline said again below it, twice is enough ("X droht Todesstrafe").
    said = Counter(fold(m.name) for m in unproven)
    for mention in unproven:
        enough = 2 if fold(mention.name) in in_headline else _REPEATED
        if said[fold(mention.name)] >= enough and not any(
            _same(mention.name, s) for p in people for s in p.spellings
        ):
            _add(people, mention, len(people))
        elif person := next(
            (p for p in people if fold(mention.name) in {fold(s) for s in p.spellings}), None
        ):
            # a person's name said where nothing else proves it a person ("X, a banker,
            # was ...", proven by a later "X was"): the role it gives is still theirs
            person.role = person.role or mention.role
            person.nationality = person.nationality or mention.nationality
            if mention.gender:
                # "un anciano, X,": the gender word next to the name is still theirs
                person.votes[mention.gender].append(mention.name)
    _join_aliases(people, everything, table)
    _other_spellings(people, all_mentions, excluded, third)
    for person in people:
        if person.role is None:
            person.role = _role_phrase(person, everything, table, predicate=False)
        if person.role is None:
            person.role = _role_of_list(person, everything, table)
    if len(people) >= 2:
        shared = _members_of(everything, table)
        # "A and B, both members of X": the names its sentence gives before it, when it
        # gives any (tenth session); "They are all members of X": everyone
        before = everything[: shared[1]] if shared else ""
        before = before[max(before.rfind(stop) for stop in (".", "!", "?", "\n")) + 1 :]
        members = [p for p in people if any(name in before for name in p.spellings)]
        if shared and _members_head(everything, shared[1]):
            # "Members of X (XY), including: A, B, C": the names its line lists after it
            line = everything[shared[1] :].split("\n", 1)[0]
            listed = line.partition(shared[0].split()[-1])[2]  # after the body's acronym
            members = [p for p in people if any(name in listed for name in p.spellings)]
            if not members:
                shared = None
        for person in members or people:
            if shared and person.role is None:
                person.role = shared[0]
    if len(people) == 1 and people[0].role is None:
        people[0].role = _role_phrase(people[0], everything, table, predicate=True)
        if people[0].role is None:
            again = _role_said_again(everything, table)
            people[0].role = again
            gendered = _role_gender(again.split()[-1], None, table) if again else None
            if again and gendered and table.language != "en":
                # "die Oppositionspolitikerin", "la militante": a case about one person
                # names it again by a role word of its gender (weak: a hint)
                people[0].hints[gendered].append(_WEAK_HINT + again)
    _gender_from_pronouns(people, everything, table, language)
    _gender_from_groups(people, everything, table)
    _gender_from_courtesy(people, everything, table)
    if table.language != "en" or "doctor" in everything.lower():
        for person in people:
            if person.role is None and person.honorific == "Dr." and "doctor" in everything.lower():
                person.role = "doctor"
    return people


# The evidence that makes a mention a person; "named" is the weakest (see `_named`).
_PROOF = frozenset(
    {"list", "kin", "verb", "role", "script", "honorific", "marker", "age", "named", "for"}
    | {"roll"}
)


# The words that give a person's other name before it ("X (aka Y)", "X (alias Y)").
_ALIAS_BEFORE = re.compile(
    r"(?:\baka|a\.k\.a\.|\balias|known as|bekannt als|genannt|\bdit|conocid[oa] como)\s*$", re.I
)

# Evidence too weak to add anything to a person the text proves otherwise.
_WEAK = frozenset({"age", "named", "for"})


_LAST_WORD = re.compile(r"(\S+)\s+$")


def _named(found: list[Mention], paragraph: str, table: Markers, language: str) -> None:
    """Mark as weakly proven the names whose words are common names (`names.py`) where the
    text's shape points at a name: a headline "Country: X" ("Russland: Aleksandra X"), or a
    list of such names, each with a short remark ("Li A on 15 August; Qin B on 16 August",
    "C am 17. August und D am 18. August")."""
    joins = _folded(table, "and_words", english=True)
    months = set(month_names(language))
    for mention in found:
        before = paragraph[: mention.start]
        verb = _LAST_WORD.search(before)
        if verb and fold(verb.group(1)) in _demand_verbs(language):
            before = before[: verb.start()]  # "Guatemala: Protect X", the title's demand
        head = re.search(r"(?:^|[.!?]\s+)([^:.!?\n]{3,40}?)\s*:\s*$", before)
        if (
            head
            and _is_country(head.group(1), language)
            and re.match(r"^\s*(?:[,(–—-].*)?$", paragraph[mention.end :])
            and name_like(mention.name.split())
        ):
            mention.evidence.add("named")
    # "Wang A (aka Xi B) on 18 May": the other name of the one before, no list item
    listed = [m for m in found if not _ALIAS_BEFORE.search(paragraph[: m.start])]
    for left, right in itertools.pairwise(listed):
        if not (name_like(left.name.split()) and name_like(right.name.split())):
            continue
        between = re.sub(r"\([^()]*\)", " ", paragraph[left.end : right.start])
        words = _TOKEN.findall(between)
        if len(words) > 6 or re.search(r"(?<!\d)[.!?:]\s|[\"“”„«»]", between):
            continue
        if not (re.search(r"[,;]", between) or {fold(w) for w in words} & joins):
            continue
        # the remark is numbers, a date and a preposition: no other capitals, no clause
        if any(w[:1].isupper() and fold(w).strip(".") not in months for w in words):
            continue
        remark = [
            w
            for w in words
            if w[:1].islower() and fold(w) not in joins and fold(w).strip(".") not in months
        ]
        if len(remark) > 2 or any(len(w) > 3 for w in remark):
            continue  # "A nicht hinzurichten und B": a clause, no remark
        left.evidence.add("named")
        right.evidence.add("named")


def _headline_words(mention: Mention, paragraph: str, lower: set[str], table: Markers) -> bool:
    """Say whether a run of capitals is a headline's words, no name: nothing but a role or a
    verb points at it, none of its words is a common name (`names.py`), and its words are
    ones the text writes in lower case, all of them, or some where the role before it is
    capitalised too ("Tibetan Writer Imprisoned After Unfair Trial", "Musicians Face Jail")."""
    # ("for": "Campaign for Free Speech" is a headline's capitals too)
    if mention.evidence & (_PROOF - {"role", "verb", "list", "for"}) or name_like(
        mention.name.split()
    ):
        return False
    words = [w for w in mention.name.split() if fold(w) not in _PARTICLES]
    # words the text writes in lower case, and the language's common words and verbs
    # ("Face", "Imprisoned"), which a headline capitalises
    common = table.common_words | table.group_ends | table.object_verbs
    said_lower = [w for w in words if fold(w) in lower or fold(w) in common]
    before = _TOKEN.findall(paragraph[: mention.start])[-1:]
    capital_role = (
        table.language != "de"
        and "role" in mention.evidence
        and bool(before)
        and before[0][:1].isupper()
    )
    # half its words at least: "Legal Aid Group", "Free Europe", "Like We"
    return bool(said_lower) and (capital_role or 2 * len(said_lower) >= len(words))


def _role_phrase(person: Person, text: str, table: Markers, *, predicate: bool) -> str | None:
    """Return a role of several words the text gives the person: before one of its names
    ("prisoner of conscience X"), or, with `predicate` (for the only person of a case), in
    a sentence that begins "He is a". The first phrase of the table's order that is said."""
    if not table.role_phrases:
        return None
    phrases = _role_phrases_said(table)
    said: set[int] = set()
    for name in person.spellings or {person.name: 0}:
        pattern = re.compile(rf"\b{phrases}\s+{re.escape(name)}", re.I)
        said |= {match.lastindex or 0 for match in pattern.finditer(text)}
    if predicate and table.role_predicates:
        said |= {match.lastindex or 0 for match in _role_predicated(table).finditer(text)}
    first = min((n for n in said if n), default=0)
    return table.role_phrases[first - 1] if first else None


@cache
def _role_phrases_said(table: Markers) -> str:
    """Return one expression of the table's role phrases, each its own group, in order."""
    return (
        "(?:"
        + "|".join(
            "(" + re.escape(phrase).replace(r"\ ", r"\s+").replace("'", "['’]") + ")"
            for phrase in table.role_phrases
        )
        + ")"
    )


@cache
def _role_predicated(table: Markers) -> re.Pattern[str]:
    """Return the expression of a role phrase said in a sentence of its own ("He is a
    prisoner of conscience."), a group per phrase as `_role_phrases_said` numbers them."""
    predicates = "|".join(re.escape(p) for p in table.role_predicates)
    return re.compile(
        rf"(?:^|[.!?]\s+)(?:{predicates})\s+{_role_phrases_said(table)}\b", re.I | re.M
    )


def _role_of_list(person: Person, text: str, table: Markers) -> str | None:
    """Return the role a plural phrase gives a list of names it stands before ("the
    prisoners of conscience A, B and C"): the singular, for each of them."""
    ands = "|".join(re.escape(w) for w in (*table.and_words, *TABLES["en"].and_words))
    list_of_names = re.compile(rf"(?:\s*(?:[A-ZÀ-Ý][\w'’.-]*|,|{ands}))*\s*")
    for phrase in table.role_phrases:
        first, _, rest = phrase.partition(" ")
        said = re.escape(first) + r"(?:s|es|n)?" + (r"\s+" + re.escape(rest) if rest else "")
        for match in re.finditer(said.replace("'", "['’]"), text, re.I):
            # ... not across a line: a headline's last words are not the next line's role
            following = re.split(r"[.;:!?\n]", text[match.end() : match.end() + 200])[0]
            for name in person.spellings:
                at = following.find(name)
                if at >= 0 and list_of_names.fullmatch(following[:at]):
                    return phrase
    return None


def members_of(text: str, table: Markers) -> tuple[str, int] | None:
    """Return "member of X" where the text says its persons are "members of X" together,
    and where it says it (see `_members_of`)."""
    return _members_of(text, table)


def _members_of(text: str, table: Markers) -> tuple[str, int] | None:
    """Return "member of X" where the text says its persons are "members of X" together:
    X a name in capitals, up to its acronym in brackets or the end of its clause; and where
    the text says it."""
    for plural, singular in table.members.items():
        for match in _members_said(plural, table).finditer(text):
            rest = match.group("body")
            acronym = re.search(r"\s*\([A-ZÀ-Ý][\w-]{1,12}\)", rest)
            if match.group("head") is not None:
                # "Members of X (XY), including: A, B": a headline or a line that opens with
                # the body and lists its members after it
                after = rest[acronym.end() :] if acronym else ""
                opener = re.match(r"\s*,?\s*([^\W\d_]+)", after)
                if not (opener and fold(opener.group(1)) in _members_list_openers(table)):
                    continue
            if match.group("described") is not None:
                # "members of a pro-independence organisation, the X Committee (XC)": the
                # body described, then named after a comma, up to its acronym
                if acronym is None:
                    continue
                named = rest[: acronym.start()]
                if not re.search(r",\s+(?:\w+\s+)?[A-ZÀ-Ý]", named) or len(named.split()) > 16:
                    continue
                return f"{singular} {rest[: acronym.end()].strip()}", match.start()
            clause = re.split(r",|\s[-–—]\s|\s+(?:ont|sont|have|has|are|were|haben|sind)\b", rest)[
                0
            ]
            if acronym and acronym.start() <= len(clause):
                return f"{singular} {rest[: acronym.end()].strip()}", match.start()
            if len(clause.split()) <= 6 and match.group("head") is None:
                return f"{singular} {clause.strip()}", match.start()
            break  # the first time the text says it, as before: no later one
    return None


def _members_head(text: str, at: int) -> bool:
    """Say whether "members of X" found at `at` opens its line or follows a headline's
    colon (see `_members_said`), rather than following a list of names."""
    return at == 0 or text[at - 1] == "\n" or text[at] == ":"


@cache
def _members_list_openers(table: Markers) -> frozenset[str]:
    """Return the words that open a list of names in a language and in English, folded."""
    return frozenset(fold(w) for source in (table, TABLES["en"]) for w in source.list_openers)


@cache
def _members_said(plural: str, table: Markers) -> re.Pattern[str]:
    """Return the expression of "members of X" said of the persons together (see
    `_members_of`), made once per table and phrase."""
    said = re.escape(plural).replace(r"\ ", r"\s+").replace("'", "['’]")
    indefinite = "|".join(sorted(table.indefinite_articles, key=len, reverse=True))
    described = (
        rf"(?P<described>(?i:{indefinite})\s+[a-zà-ÿ])" if indefinite else "(?P<described>(?!))"
    )
    # "members of the Socialist Party (SP)": the article before the name is kept
    # ... not the agents of an arrest ("conducted by members of the Air Force
    # Intelligence", "par des membres de", "von Mitgliedern der")
    # ... nor a group the text speaks of ("Free the members of X!", "two other
    # members of X, A and B"): the list's own words say it ("A and B, all members
    # of", "both members of", "tous membres de", ", members of", "are members of"), or a
    # line that opens with them and lists the names ("Members of X (XY), including:")
    return re.compile(
        rf"(?:,\s*|(?i:\b(?:all|both|tous|toutes|alle|beide|todos|todas|ambos|are|were|"
        rf"sind|waren|sont|étaient|son|eran|and|und|et|y)\s+)|(?P<head>(?m:^)|:[ \t]+))"
        rf"(?i:\b{said})\s+(?P<body>(?:(?:the|der|die|des|la|el|le)\s+)?[A-ZÀ-Ý][^.;!?\n]{{2,120}}"
        rf"|{described}[^.;!?\n]{{2,200}})"
    )


def _role_said_again(text: str, table: Markers) -> str | None:
    """Return the role a case about one person names it by ("the human rights defender is")."""
    roles = {fold(w) for w in table.role_words}
    if table.language == "en":
        singular = {role for role in roles if not (role.endswith("s") and role[:-1] in roles)}
    else:
        singular = {fold(w) for w in table.role_genders}  # the singular forms, by gender
    if not singular or not table.definite_articles:
        return None
    articles = "|".join(re.escape(a) for a in table.definite_articles)
    words = "|".join(re.escape(r) for r in sorted(singular, key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\w'’·*_])(?:{articles})(?:(?<=['’])|\b)\s*((?:[\w-]+\s+){{0,3}}?)({words})\b"
        # ... an article a whole word ("les manifestants": no "le" and a role "s
        # manifestant"), nor a piece of an inclusive spelling ("avocat·e·s", "les manifestant·e·s")
        rf"(?![·*_])(?!\s+(?:of|de|von)\b)",
        re.I,
    )
    for match in pattern.finditer(text):
        role = f"{match.group(1)}{match.group(2)}".strip()
        modifiers = [fold(w) for w in match.group(1).split()]
        if any(w in _PREPOSITIONS or w in _ARTICLES or w in table.and_words for w in modifiers):
            continue
        following = text[match.end() : match.end() + 40]
        if re.match(r"^\s+[A-ZÀ-Ý][\w-]+\s+[A-ZÀ-Ý]", following):
            continue  # "the lawyer Ali Example": a role before another name
        if table.language == "de" and not match.group(2)[:1].isupper():
            continue  # "die minderjährige Tochter": German writes its nouns with a capital
        if table.language != "de" and _noun_after(following, table):
            continue  # "the refugee camp", "the student dormitory": the role word modifies
        said_of_another = rf"\b(?:{'|'.join(sorted(_POSSESSIVES))})\s+{re.escape(match.group(2))}"
        if re.search(said_of_another, text, re.I):
            continue  # "his lawyer ... the lawyer": someone else
        return role
    return None


def _noun_after(following: str, table: Markers) -> bool:
    """Say whether a lower-case word after a role word is a noun it modifies ("refugee
    camp"), not a verb or a function word ("the journalist was", "le militant a")."""
    word = re.match(r"^[ \t]+([a-zà-ÿ][a-zà-ÿ-]+)\b", following)
    if not word:
        return False
    folded = fold(word.group(1))
    row = table.noun_phrase
    function = {fold(w) for w in row.verbs | row.relatives | row.conjunctions | row.adjuncts}
    function |= {fold(w) for w in row.complements | row.articles | row.joins}
    function |= _folded(table, "person_verbs", english=True) | _folded(table, "common_words")
    function |= {fold(w) for w in table.auxiliaries} | _PREPOSITIONS | _ARTICLES
    function |= _CLAUSE_OPENERS | _folded(table, "object_verbs", english=True)
    if folded in function:
        return False
    # "the journalist remains", "was later released": an English verb or adverb
    return not (table.language == "en" and folded.endswith(("ed", "s", "ly", "ing")))


# A German noun of an abstract ending, never a name's last word ("Haftverlängerung").
_GERMAN_ABSTRACT = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{4,}(?:ung|heit|keit|schaft)")


@cache
def _demand_verbs(language: str) -> frozenset[str]:
    """Return the verbs a demand puts before the name it governs ("release", "protect",
    "libérez", "liberen"), folded, in the language and in English."""
    table = TABLES.get(language, TABLES["en"])
    return _folded(table, "object_verbs", english=True) & _DEMAND_VERBS


# The object verbs that are a demand's imperative or infinitive: the first word of a title.
_DEMAND_VERBS = frozenset(
    fold(w)
    for w in {"release", "free", "protect", "pardon", "acquit", "freilassen", "libérez"}
    | {"libérer", "protégez", "protéger", "graciez", "liberen", "libere", "liberar"}
    | {"protejan", "proteja", "proteger", "excarcelen", "indulten"}
)


def _without_run_on_words(
    paragraphs: list[tuple[str, list[Mention]]], text: str, language: str = ""
) -> None:
    """Drop a word a page's layout ran into a name ("Free X", "X Release", "X Libérer des
    victimes" in a headline): the name is said without it elsewhere, at least as often, and
    the word is the headline's or one the text also writes in lower case ("her release")."""
    said = Counter(fold(m.name) for _, found in paragraphs for m in found)
    headline = _headline(paragraphs)
    lower = {w for w in re.findall(r"\b[a-zà-ÿ][\w’'-]*", text)}
    for paragraph, found in paragraphs:
        for mention in found:
            words = mention.name.split()
            if len([w for w in words if fold(w) not in _PARTICLES]) < 3:
                continue
            for dropped, shorter in ((words[-1], words[:-1]), (words[0], words[1:])):
                kept = " ".join(shorter)
                if fold(dropped) in _PARTICLES or said[fold(kept)] < said[fold(mention.name)]:
                    continue
                if (
                    dropped.lower() in lower
                    or (paragraph is headline and _at_line_edge(paragraph, mention, dropped))
                    # "Country: Protect X Y (UA 1/15)", "Libérez X Y": a title's demand, its
                    # verb run into the name it governs
                    or (dropped == words[0] and fold(dropped) in _demand_verbs(language))
                    # "für X Y Haftverlängerung für ...": a headline's next line, a German
                    # noun the join ran into the name
                    or (
                        language == "de"
                        and dropped == words[-1]
                        and _GERMAN_ABSTRACT.fullmatch(dropped) is not None
                    )
                    # "X Y MUSTERBRIEF": a heading in capitals a line's join ran into a name
                    # the text says more often without it
                    or (
                        dropped.isupper()
                        and len(dropped) > 3
                        and not any(w.isupper() for w in shorter)
                        and said[fold(kept)] > said[fold(mention.name)]
                    )
                ):
                    at = paragraph.find(kept, mention.start, mention.end)
                    if at < 0:
                        continue
                    mention.name, mention.start, mention.end = kept, at, at + len(kept)
                    break


def _name_lines(paragraphs: list[tuple[str, list[Mention]]]) -> None:
    """Mark as a list the names a page prints one per line, two lines at least ("• A",
    "• B, 34", "- C (student)"): each line is a name and at most a short remark."""
    shaped = [
        bool(found)
        # nothing before the name but a headline's country in capitals ("SUDANHassan X")
        and re.fullmatch(r"\W*(?:[A-ZÀ-Ý]{3,}\s*:?\s*)?", paragraph[: found[0].start]) is not None
        and re.match(r"^\s*(?:[,(–—-][^.!?]{0,40})?$", paragraph[found[0].end :]) is not None
        for paragraph, found in paragraphs
    ]
    for number, (_, found) in enumerate(paragraphs):
        beside = [n for n in (number - 1, number + 1) if 0 <= n < len(shaped)]
        if shaped[number] and any(shaped[n] for n in beside):
            found[0].evidence.add("list")


def _at_line_edge(line: str, mention: Mention, dropped: str) -> bool:
    """Say whether a headline's word run into a name stands at the line's edge: first, or
    last before lower-case words ("Free X", "X Release", "X Libérer des victimes")."""
    if mention.name.startswith(dropped):
        return not re.search(r"\w", line[: mention.start])
    following = _TOKEN.findall(line[mention.end :])[:1]
    return not following or fold(following[0]) in _ARTICLES | _PREPOSITIONS


def _headline(paragraphs: list[tuple[str, list[Mention]]]) -> str | None:
    """Return the text's first paragraph if it is a headline (one short sentence at most)."""
    first = next((p for p, _ in paragraphs if p.strip()), None)
    if first is None or len(first.split()) > 30 or len(sentences(first)) > 1:
        return None
    return first


# The words that give a person's other name further on in its sentence: "X, a blogger who
# wrote under the name Y", "X, âgé de 24 ans, plus connu sous le nom de Y", "X, conocido
# como Y", "X, der unter dem Namen Y schreibt"; the clause before them no longer than a
# short apposition.
_ALIAS_SAID = re.compile(
    r"\b(?:(?:(?:better|also|more widely|best)\s+)?known\s+as|under\s+the\s+(?:name|pseudonym)"
    r"|(?:(?:plus|mieux|aussi|également)\s+)?connue?\s+(?:sous\s+le\s+nom\s+de|comme)"
    r"|sous\s+le\s+(?:nom|pseudonyme)\s+de|(?:más\s+)?conocid[oa]\s+como"
    r"|bajo\s+el\s+(?:nombre|seudónimo)\s+de|unter\s+dem\s+(?:Namen|Pseudonym)"
    r"|(?:auch\s+)?bekannt\s+als)\s+[«\"“„]?\s*",
    re.I,
)
# The span before those words that may hold the person's name: no sentence's end.
_ALIAS_SPAN = 120


# A line of a roll: a bullet or a number, the name, then nothing or what a comma adds.
_ROLL_ITEM_LEAD = re.compile(r"^\s*(?:[-•*◼]\s*|\d{1,2}[.)]\s+)?$")
_ROLL_ITEM_TAIL = re.compile(r"^\s*(?:,[^.;:!?]{0,80})?$")


def _roll_of_lines(paragraphs: list[tuple[str, list[Mention]]], table: Markers) -> None:
    """Mark the names of a roll printed a line each ("Saturday Example / Paul Example /
    John Example, student"), three lines or more, as persons when one of them is proven
    (a role, a verb): the roll's other lines, names alone, are its persons too."""
    items: list[Mention | None] = []
    for paragraph, found in paragraphs:
        first = found[0] if len(found) == 1 else None
        items.append(
            first
            if first
            and _ROLL_ITEM_LEAD.match(paragraph[: first.start])
            and _ROLL_ITEM_TAIL.match(paragraph[first.end :])
            and not first.evidence & {"place", "thing", "body", "official", "third party"}
            else None
        )
    run: list[Mention] = []
    for item in [*items, None]:
        if item is not None:
            run.append(item)
            continue
        if len(run) >= 3 and any(m.evidence & (_PROOF - _WEAK) for m in run):
            for mention in run:
                mention.evidence.add("roll")
        run = []


def _join_aliases(people: list[Person], text: str, table: Markers) -> None:
    """Join two persons the text says are one: the name after "known as", "under the name",
    "sous le nom de", "conocido como", "unter dem Namen" is another name of the person its
    sentence named just before, in that name's own apposition (the one named first keeps its
    name; the join is marked for review)."""
    for said in _ALIAS_SAID.finditer(text):
        after = text[said.end() : said.end() + 80]
        before = text[max(0, said.start() - _ALIAS_SPAN) : said.start()]
        before = re.split(r"[.;!?\n](?:\s|$)", before)[-1]
        alias = next((p for p in people for s in p.spellings if after.startswith(s)), None)
        named = [(before.rfind(s) + len(s), p) for p in people for s in p.spellings if s in before]
        if alias is None or not named:
            continue
        end, person = max(named, key=lambda pair: pair[0])
        if person is alias:
            continue  # "A, known as A2": the name before is the alias's own already
        if not _own_apposition(before[end:], table):
            continue  # "A and her husband, known as B": B is another person
        first, other = sorted((person, alias), key=people.index)
        for spelling in other.spellings:
            if spelling not in first.other_names:
                first.other_names.append(spelling)
        first.proofs |= other.proofs
        first.role = first.role or other.role
        first.age = first.age or other.age
        first.name_task = first.name_task or (
            "joined with the name given after 'known as': check it is one person"
        )
        for gender in ("male", "female"):
            first.votes[gender].extend(other.votes[gender])
            first.hints[gender].extend(other.hints[gender])
        people.remove(other)


# Where an apposition opens right after a name ("A, known as B", "A (known as B").
_APPOSITION_OPENS = re.compile(r"\s*[,(]|\s*$")


def _own_apposition(between: str, table: Markers) -> bool:
    """Say whether the words between a name and "known as" are that name's own apposition:
    nothing, or a comma and words that join no other person ("and", "et"), nor name
    someone's kin ("her husband", "son frère")."""
    if not _APPOSITION_OPENS.match(between):
        return False
    words = {fold(w) for w in _TOKEN.findall(between)}
    return not words & (_ANDS | _POSSESSIVES | _relatives(table))


def _other_spellings(
    people: list[Person], found: list[Mention], excluded: set[str], third: set[str]
) -> None:
    """Add the spellings of a person that stand where nothing says who it is ("X died")."""
    for mention in found:
        if mention.evidence & {"place", "third party", "thing"} or fold(mention.name) in excluded:
            continue
        if any(_same(mention.name, name) for name in third):
            continue
        if any(fold(mention.name) in {fold(s) for s in p.spellings} for p in people):
            continue  # a person's own spelling, never another's variant
        for person in people:
            if mention.listed_with & {fold(s) for s in person.spellings}:
                continue
            if mention.name not in person.spellings and any(
                _same(mention.name, spelling) for spelling in person.spellings
            ):
                person.spellings[mention.name] = 1
                break


def _is_country(name: str, language: str) -> bool:
    if any((start, end) == (0, len(name)) for _, start, end in countries_in(name, language)):
        return True  # "Papua New Guinea", "Viet Nam"
    return (
        bool(countries_in(name, language))
        and len(countries_in(name, language)) == len(name.split()) // 2 + 1
    )


def _same(a: str, b: str) -> bool:
    """Say whether two spellings name the same person ("Fattah"/"Fatah", "Senzow"/"Sentsov")."""
    if fold(a) == fold(b):
        return True
    first_a, first_b = fold(a).split()[0], fold(b).split()[0]
    ratio = difflib.SequenceMatcher(None, fold(a), fold(b)).ratio()
    # The same first name and much alike ("Alaa Abd El-Fattah", "Alaa Abdel Fatah"), unless the
    # family names differ: "Muhammad 'Ali Muhammad al-Sfawani" is not "Muhammad 'Arif Muhammad
    # al-Dahim", listed under him.
    words_a, words_b = fold(a).split(), fold(b).split()
    # ... nor is "Jesus Arias" "Jesus Arevalo", listed beside him: two names of two words
    # whose family names are far apart
    family_ratio = difflib.SequenceMatcher(None, words_a[-1], words_b[-1]).ratio()
    # (a family name the page cut short, "Magodonga Mah", is still the one it begins)
    cut = words_a[-1].startswith(words_b[-1]) or words_b[-1].startswith(words_a[-1])
    other_family = (
        len(words_a) == len(words_b)
        and not cut
        and (
            (len(words_a) >= 3 and family_ratio < 0.6)
            or (len(words_a) == 2 and family_ratio < 0.55)
        )
    )
    # A family name put first ("Liu Xiaobo", "Liu Guangxiao") is shared by other persons.
    family_first = surname_first(a.split()) and surname_first(b.split())
    if first_a == first_b and ratio >= 0.75 and not other_family and not family_first:
        return True
    if ratio >= 0.88 or fold(a).rstrip("s") == fold(b) or fold(b).rstrip("s") == fold(a):
        return True
    # A summary's short form without the middle name ("Juan López" of "Juan Antonio López"):
    # the same first and last words, the short one of two words
    short, long = sorted((words_a, words_b), key=len)
    if len(short) == 2 and len(long) > 2 and short == [long[0], long[-1]] and not family_first:
        return True
    # The family name put first, the given name after it ("Djossou Gerard" of "Gérard Yaovi
    # Djossou", as a tweet or a roll prints it): the same person.
    if len(short) == 2 and len(long) >= 2 and short == [long[-1], long[0]]:
        return True
    # Two transliterations differ in their vowels ("Maryia Kalesnikava", "Maria Kolesnikova"):
    # the same consonants word by word, two at least in each word, are the same name.
    skeletons = [[re.sub(r"[aeiouy\W]", "", w) for w in fold(n).split()] for n in (a, b)]
    return skeletons[0] == skeletons[1] and all(len(w) >= 2 for w in skeletons[0])


def same_person(a: str, b: str) -> bool:
    """Say whether two names are one person's: alike, or one the other's last words."""
    return fold(a) == fold(b) or _same(a, b) or _short_form(a, b)


def _short_form(a: str, b: str) -> bool:
    """Say whether one name is the other's last words, two at least ("Doan Trang" of "Pham
    Thi Doan Trang", "Ahmed Mansoor" of "Mohamed Ahmed Mansoor"): the same person."""
    short, long = sorted((fold(a).split(), fold(b).split()), key=len)
    return 2 <= len(short) < len(long) and long[-len(short) :] == short


def _first_words(a: str, b: str) -> bool:
    """Say whether one name is the first two words or more of a chain of four or more
    ("Husham Ali" of "Husham Ali Mohammad Ali"): the short form of a long Arabic name."""
    short, long = sorted((fold(a).split(), fold(b).split()), key=len)
    return len(short) >= 2 and len(long) >= 4 and long[: len(short)] == short


def _add(people: list[Person], mention: Mention, order: int) -> None:
    # A name said before exactly is that person's, before any like it ("Mostafa al-X" is
    # not "Omar al-X", his brother's name listed first).
    same = [p for p in people if fold(mention.name) in {fold(s) for s in p.spellings}]
    for person in same or people:
        if mention.listed_with & {fold(s) for s in person.spellings} and not any(
            fold(mention.name) == fold(s) for s in person.spellings
        ):
            continue  # "A al-X and B al-X": brothers listed side by side are two persons
        if any(
            _same(mention.name, spelling)
            or _short_form(mention.name, spelling)
            or _first_words(mention.name, spelling)
            for spelling in person.spellings
        ):
            person.spellings[mention.name] = person.spellings.get(mention.name, 0) + 1
            _merge(person, mention)
            return
    person = Person(name=mention.name, spellings={mention.name: 1}, first=order)
    _merge(person, mention)
    people.append(person)


def _merge(person: Person, mention: Mention) -> None:
    person.proofs |= mention.evidence & _PROOF
    person.name_task = person.name_task or mention.name_task
    person.cut = person.cut or mention.cut
    if mention.age and person.age is None:
        person.age = mention.age
    if mention.nationality and person.nationality is None:
        person.nationality = mention.nationality
    if mention.note and person.note is None:
        person.note = mention.note
    for other in (*mention.more_names, mention.other_name):
        if other and other not in person.other_names:
            person.other_names.append(other)
    if mention.role and (person.role is None or (person.role_shared and not mention.role_shared)):
        # a person's own apposition ("C, experta forense") wins over a list's role
        person.role = mention.role
        person.role_shared = mention.role_shared
    if mention.honorific:
        person.honorific = mention.honorific
    if mention.gender:
        person.votes[mention.gender].append(mention.name)
    elif mention.role_gender and "list" not in mention.evidence:
        person.votes[mention.role_gender].append(mention.role or mention.name)


def finish(person: Person) -> tuple[str, list[str]]:
    """Return the person's name (the spelling used most, the first on a tie) and other names."""
    ranked = sorted(person.spellings, key=lambda s: -person.spellings[s])
    name = ranked[0]
    # A spelling a page cut ("... Anthony Najali, Edjing Abd" at a title's end) gives way to
    # the full one it begins.
    name = next(
        (
            s
            for s in ranked
            if len(s) > len(name) + 2  # not a genitive's or a plural's "s"
            and fold(s).startswith(fold(name))
            and person.spellings[s] >= person.spellings[name]
        ),
        name,
    )
    others = [s for s in person.spellings if s != name and not fold(s).endswith(fold(name) + "s")]
    others = [
        s for s in others if fold(s) != fold(name) + "s" and fold(s).rstrip("s") != fold(name)
    ]
    # "A, known as B B2, and C": B B2 is both a spelling the text gives A and A's other name;
    # it stands once
    seen = {fold(name)}
    kept = []
    for other in (*others, *person.other_names):
        if fold(other) not in seen:
            seen.add(fold(other))
            kept.append(other)
    return name, kept


def _gender_from_pronouns(people: list[Person], text: str, table: Markers, language: str) -> None:
    """Vote for each person's gender with the pronouns between its mention and the next name."""
    # Lower case, not folded: "él" is a pronoun, "el" an article.
    male = {w.lower() for w in table.male_pronouns}
    female = {w.lower() for w in table.female_pronouns}
    if not male and not female:
        return
    spots: list[tuple[int, int, Person | None]] = []
    plurals = _folded(table, "people_nouns", english=True)
    for paragraph_start, paragraph in _paragraph_spans(text):
        found = mentions(paragraph, table, language, text)
        _list_members(found, paragraph, table)
        for mention in found:
            owner = next(
                (p for p in people if any(_same(mention.name, s) for s in p.spellings)), None
            )
            if owner is None and (not mention.evidence or "place" in mention.evidence):
                continue  # a run of capitals that names no one ("Tora Maximum Security")
            if owner is None and fold(mention.name.split()[-1]) in plurals:
                continue  # "A, an organizer of Indigenous Peoples, ... He": no "he" of theirs
            if "list" in mention.evidence:
                owner = None  # "A and B were ...": a pronoun after them is about neither alone
            spots.append((paragraph_start + mention.start, paragraph_start + mention.end, owner))
    spots.sort(key=lambda spot: spot[0])
    if not spots:
        return
    for (_start, end, owner), following in zip(
        spots, [*spots[1:], (len(text), len(text), None)], strict=True
    ):
        if owner is None:
            continue
        span = text[end : following[0]]
        for number, sentence in enumerate(sentences(span)[:2]):
            if _asks_the_reader(sentence, table):
                continue  # "Urge him to ...", "Fordern Sie ihn auf": the addressee's pronoun
            impersonal = _IMPERSONAL.get(table.language)
            if impersonal:
                sentence = impersonal.sub(" ", sentence)  # "Il y a", "il faut": no one's
            # a capital inside a sentence is a name ("... and He Lin on 19 August"), or the
            # formal "Sie", never a pronoun of the person; one after a full stop opens one
            words = {
                word.group().lower()
                for word in re.finditer(r"[^\W\d_]+", sentence)
                if word.group()[:1].islower()
                or re.search(r"[.!?:;]\W*$", sentence[: word.start()])
                or (number > 0 and not sentence[: word.start()].strip())
            }
            if words & male:
                owner.hints["male"].append("pronoun")
            if words & female:
                owner.hints["female"].append("pronoun")
            # A sentence with no subject of its own, or a pronoun for one, whose participle
            # agrees with the person ("Había sido condenada", "Elle a été arrêtée").
            agreed = _agreement(sentence, table, subject=True) if number else None
            if agreed:
                owner.hints[agreed].append("participle")


# A language's impersonal pronoun that is also a person's ("Il y a des craintes", "il faut",
# "il est à craindre que"): no pronoun of the person before it.
_IMPERSONAL: dict[str, re.Pattern[str]] = {
    "fr": re.compile(
        r"\bil\s+(?:y\s+a|y\s+avait|faut|fallait|s['’]agit|semble|semblait|existe|reste"
        r"|convient|para[iî]t|appara[iî]t|se\s+peut|arrive"
        r"|est\s+(?:possible|probable|important|nécessaire|urgent|temps|clair|prévu"
        r"|question|à\s+craindre|peu\s+probable|essentiel|impératif))\b",
        re.I,
    ),
}


@cache
def _courtesy_before(table: Markers) -> re.Pattern[str]:
    """Return the pattern of a courtesy title before a name, with a doctor's or professor's
    title between ("Herr DR. X", "Mme Pr X"), whatever the case the text prints it in."""
    titles = "|".join(re.escape(t) for t in sorted(_courtesy(table), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])({titles})\.?\s+(?:(?:dr|prof|pr)\.?\s+)*$", re.I)


def _gender_from_courtesy(people: list[Person], text: str, table: Markers) -> None:
    """Give a person the gender of a courtesy title before any of its spellings, in whatever
    case ("Herr DR. KAREL NOVAK" in a roll of capitals above the text's "Karel Novak")."""
    if not _courtesy(table):
        return
    male = _folded(table, "male_words", english=True)
    before = _courtesy_before(table)
    for person in people:
        if person.gender != "unknown" or any(person.votes.values()):
            continue
        for spelling in person.spellings:
            for said in re.finditer(rf"(?<!\w){re.escape(spelling)}(?!\w)", text, re.I):
                title = before.search(text[max(0, said.start() - 20) : said.start()])
                if title:
                    gender = "male" if fold(title.group(1)) in male else "female"
                    person.votes[gender].append(f"{title.group(1)} {said.group()}")
                    break


def _asks_the_reader(sentence: str, table: Markers) -> bool:
    """Say whether a sentence asks the reader to act on an official ("Urge him to ...",
    "bitten Sie ihn, ...", "Demandez-lui de ..."): its pronouns are the official's."""
    lowered = fold(sentence)
    return any(
        fold(phrase) in lowered
        for source in dict.fromkeys((table, TABLES["en"]))
        for phrase in source.prose_requests
        if "..." not in phrase
    )


def _paragraph_spans(text: str) -> list[tuple[int, str]]:
    spans = []
    position = 0
    for paragraph in text.split("\n"):
        spans.append((position, paragraph))
        position += len(paragraph) + 1
    return spans


def _gender_from_groups(people: list[Person], text: str, table: Markers) -> None:
    """Give every person the gender of "the three men" / "die beiden jungen Männer"."""
    if not people:
        return
    count = len(people)
    numbers = {fold(word): value for word, value in table.number_words.items()}
    for word, gender in ((w, "male") for w in table.male_words):
        _plural_hint(people, text, count, numbers, word, gender)
    for word, gender in ((w, "female") for w in table.female_words):
        _plural_hint(people, text, count, numbers, word, gender)
    if count < 2:
        return
    # "The men will remain in prison", "Die Frauen wurden …", "Les hommes ont été …": a
    # plural noun for men or women opening a sentence, the subject the text speaks of all
    # its named persons by (weak: a hint)
    for gender, (article, demonstratives, plural) in _SUBJECT_PLURALS.get(
        table.language, {}
    ).items():
        opening = rf"(?:{article}|{demonstratives}) {plural}"
        match = re.search(rf"(?:^|[.!?]\s+)({opening})\s+[a-zß-ÿ]", text, re.M)
        # ... or after a preposition inside a sentence ("According to the women, ...", "Die
        # gegen die Männer erhobenen Vorwürfe"), the article in lower case (tenth session)
        after = _AFTER_PREPOSITION.get(table.language)
        match = match or (
            re.search(rf"\b(?:{after})\s+((?-i:{article.lower()}) {plural})\b", text, re.I)
            if after
            else None
        )
        if match:
            for person in people:
                if person.gender == "unknown" and not any(person.votes.values()):
                    person.hints[gender].append(_WEAK_HINT + match.group(1))
    for phrase, gender in table.named_above.items():
        # "the 15 men named above", "None of the above-named men": all the names before,
        # however many the finder took for persons
        said = re.escape(phrase).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
        match = re.search(rf"(?<!\w){said}(?!\w)", text, re.I)
        if match:
            for person in people:
                if person.gender == "unknown" and not any(person.votes.values()):
                    person.hints[gender].append(match.group())


# Plural subjects for men or women, with their definite article, per language.
# Plural subjects for men or women: the definite article and the demonstratives ("These
# men", "Estos hombres", "Ces femmes"), the counts between, the noun; per language.
_SUBJECT_PLURALS: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "male": ("The", "These", r"(?:two |three |four |five )?men"),
        "female": ("The", "These", r"(?:two |three |four |five )?women"),
    },
    "de": {
        "male": ("Die", "Diese", r"(?:beiden |drei |vier |fünf )?Männer"),
        "female": ("Die", "Diese", r"(?:beiden |drei |vier |fünf )?Frauen"),
    },
    "fr": {
        "male": ("Les", "Ces", r"(?:deux |trois |quatre |cinq )?hommes"),
        "female": ("Les", "Ces", r"(?:deux |trois |quatre |cinq )?femmes"),
    },
    "es": {
        "male": ("Los", "Estos|Esos", r"(?:dos |tres |cuatro |cinco )?hombres"),
        "female": ("Las", "Estas|Esas", r"(?:dos |tres |cuatro |cinco )?mujeres"),
    },
}


# Prepositions before a plural for men or women inside a sentence, per language.
_AFTER_PREPOSITION: dict[str, str] = {
    "en": r"according to|against|for|on behalf of",
    "de": r"gegen|für|laut",
    "fr": r"contre|pour|selon",
    "es": r"contra|para|según",
}


def _plural_hint(
    people: list[Person], text: str, count: int, numbers: dict[str, int], word: str, gender: str
) -> None:
    for match in re.finditer(rf"(?=\b(\w+)\s+(?:(\w+)\s+)?{re.escape(word)}\b)", text, re.I):
        values = [
            int(said) if said.isdigit() else numbers.get(said)
            for said in (fold(g) for g in match.groups() if g)
        ]
        # "the three men"; "11 women activists" for ten named and "another woman"
        if count >= 2 and any(v is not None and count <= v <= count + 2 for v in values):
            if _complement_of(text[: match.start()], match.groups(), numbers):
                continue  # "the rape of two women", "le viol de deux femmes": others
            for person in people:
                if person.gender == "unknown" and not any(person.votes.values()):
                    person.hints[gender].append(match.group())


def _counted(word: str, numbers: dict[str, int]) -> bool:
    return word.isdigit() or fold(word) in numbers


# A bare "of" right before a word: not "des", "der", "del", which carry the article that
# makes "la libération des deux hommes", "die Freilassung der drei Männer" the named ones.
_OF_BEFORE = re.compile(r"(?<![\w'’])(?:of|de|von)\s+$", re.I)
_BARE_OF = frozenset({"of", "de", "von"})


def _complement_of(before: str, said: tuple[str | None, ...], numbers: dict[str, int]) -> bool:
    """Say whether a counted plural ("two women") is the complement of an "of" right before
    its number ("the rape of two women", "la violación de dos mujeres"): people other than
    the named ones (not "the release of the two men", who are the named)."""
    first, second = said
    if first and second and _counted(second, numbers) and not _counted(first, numbers):
        return fold(first) in _BARE_OF
    return _OF_BEFORE.search(before) is not None


# A roll of unmarked names a copy ran into one line ("COUNTRY A, former minister B, member
# of parliament C, ..."): the country in capitals that opens it (glued to the first name on
# some copies, "NIGERIAMohammed"), a further information's "new names:" heading inside it,
# and the sentence after it.
_ROLL_COUNTRY = re.compile(r"(?:^|\s)([A-ZÀ-Þ]{3,}(?:\s[A-ZÀ-Þ]{3,})?)\s?(?=[A-ZÀ-Þ][a-zà-ÿ])")
_ROLL_HEADING = re.compile(
    r"\b(?:new\s+names?|nuevos?\s+nombres?|nouveaux?\s+noms?|neue[rn]?\s+namen?)\s*:\s*", re.I
)
# The end of a roll's sentence; not the point of a title or an initial ("Dr. A B", "A. B").
_ROLL_SENTENCE_END = re.compile(
    r"(?<!\bDr)(?<!\bProf)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\b[A-Z])[.!?](?:\s|$)"
)
_ROLL_PARTICLE = re.compile(r"^(?:(?:al|el|ad|as|ash|at|az)-\S*|bin|ibn|van|von|de|del|da|dos)$")
# Titles before a roll's name, no part of it ("Sheik A B").
_ROLL_TITLES = frozenset({"sheik", "sheikh", "imam", "dr", "dr.", "prof", "prof.", "father"})
_ROLL_LINKS = frozenset({"of", "for", "to", "in", "at", "de", "du", "des", "del", "von", "der"})
_ROLL_ARTICLES = frozenset({"a", "an", "the", "un", "une", "el", "la", "ein", "eine"})


def _roll_word(word: str) -> bool:
    return word[:1].isupper() or bool(_ROLL_PARTICLE.match(word))


def _roll_name(words: list[str], table: Markers) -> bool:
    """Say whether a roll's words are a name: two to five name words, no body's or place's."""
    core = [w for w in words if not _ROLL_PARTICLE.match(w)]
    if not 2 <= len(words) <= 5 or not core:
        return False
    if not (words[0][:1].isupper() or re.match(r"^(?:al|el)-\w", words[0])):
        return False
    place = _folded(table, "place_words", english=True)
    return all(
        _is_name_token(w, table) and not _is_thing(w, table) and fold(w) not in place for w in core
    )


def _roll_ender(word: str, table: Markers) -> bool:
    """Say whether a capitalised word ends a body's or an office's name in a role ("... of
    State Supreme Council", "Tell Magazine", "former Prime Minister")."""
    folded = fold(word).strip(".,")
    return (
        _is_thing(word, table)
        or folded in _organisations(table)
        or folded in _folded(table, "office_words", english=True)
        or folded in _folded(table, "place_words", english=True)
    )


def _split_roll_piece(
    words: list[str], earlier: str, table: Markers, *, pending: bool
) -> tuple[list[str], list[str]]:
    """Return a roll piece's role words and the next name's words (empty: no name): the
    name is the run of capitals at the piece's end, less the words that end a body's name
    before it, the place a preposition names, or a body the roll named before."""
    start = len(words)
    while start > 0 and _roll_word(words[start - 1]):
        start -= 1
    while start < len(words) and _ROLL_PARTICLE.match(words[start]) and words[start].endswith("-"):
        start += 1  # "of the al- mosque A B": the particle of a lost word
    run = words[start:]
    ends = [n for n, word in enumerate(run) if _roll_ender(word, table)]
    if ends:
        cut = ends[-1] + 1
    elif start and fold(words[start - 1]) in _ROLL_LINKS:
        cut = 1  # "former Governor of Region A B C": the place is the role's
    elif not start and len(run) >= 4:
        # "editor, Example Weekly A B": the body a roll named before, else the last two words
        known = [n for n in range(1, len(run) - 1) if " ".join(run[:n]) in earlier]
        cut = known[-1] if known else (len(run) - 2 if pending else 0)
    else:
        cut = 0
    name = run[cut:]
    while name and fold(name[0]) in _ROLL_TITLES:
        name = name[1:]
    if not _roll_name(name, table):
        return words, []
    return words[: start + cut], name


def _word_spans(text: str, words: list[str], start: int) -> list[tuple[int, int]]:
    """Return where each of `words` stands in `text`, each after the one before, from
    `start` on."""
    spans = []
    for word in words:
        at = text.find(word, start)
        if at < 0:
            at = start
        start = at + len(word)
        spans.append((at, start))
    return spans


def flattened_roll(paragraph: str, table: Markers, language: str) -> list[Mention]:
    """Return the persons of a roll of unmarked names a copy ran into one paragraph ("SUDAN
    A, former cabinet minister B, former member of parliament C, ..."), each with the role
    that follows its name up to the next name; none unless three names or more are read."""
    # (a word in capitals that opens the paragraph is its country, whatever the spelling)
    country = next(
        (
            m
            for m in _ROLL_COUNTRY.finditer(paragraph[:2000])
            if _is_country(m.group(1), language) or not m.start()
        ),
        None,
    )
    begin = country.end() if country else 0
    stop = _ROLL_SENTENCE_END.search(paragraph, begin)
    body = paragraph[begin : stop.start() if stop else len(paragraph)]
    found: list[Mention] = []
    offset = begin
    for part in _ROLL_HEADING.split(body):
        at = paragraph.index(part, offset) if part else offset
        offset = at + len(part)
        pieces = re.split(r",\s+", part.strip())
        first = pieces[0].split()
        while first and fold(first[0]) in _ROLL_TITLES:
            first = first[1:]
        if len(pieces) < 3 or not _roll_name(first, table):
            continue
        # the name's own place, less its title ("Dr. A B")
        spans = _word_spans(paragraph, pieces[0].split(), at)
        begin_name = spans[len(spans) - len(first)][0]
        current = Mention(" ".join(first), begin_name, spans[-1][1], evidence={"roll"})
        cursor = spans[-1][1]
        role: list[str] = []
        for number, piece in enumerate(pieces[1:], 1):
            words = piece.split()
            spans = _word_spans(paragraph, words, cursor)
            cursor = spans[-1][1] if spans else cursor
            if number == len(pieces) - 1:
                role_words, name = _split_roll_piece(words, part, table, pending=not role)
                if not name:
                    # the last role, up to the sentence the copy ran on ("writer Further ...")
                    cut = next(
                        (
                            n
                            for n in range(1, len(words))
                            if words[n][:1].isupper()
                            and not words[n - 1][:1].isupper()
                            and n + 1 < len(words)
                            and words[n + 1][:1].islower()
                            and fold(words[n - 1]) not in _ROLL_LINKS | _ROLL_ARTICLES
                        ),
                        len(words),
                    )
                    role_words = words[:cut]
            else:
                role_words, name = _split_roll_piece(words, part, table, pending=not role)
            if role_words:
                role.append(" ".join(role_words))
            if not name:
                continue
            said = ", ".join(role)
            said = re.sub(r"^(?:a|an|the|un|une|el|la|ein|eine)\s+", "", said, flags=re.I)
            current.role = said or None
            found.append(current)
            # the name's place in its own piece, not the first of its words in the section
            where = spans[len(words) - len(name)][0]
            current = Mention(" ".join(name), where, spans[-1][1], evidence={"roll"})
            titles = words[len(role_words) : len(words) - len(name)]
            if titles:
                current.other_name = " ".join([*titles, *name])  # "Sheik A B", as printed
            role = []
        said = ", ".join(role)
        current.role = re.sub(r"^(?:a|an|the)\s+", "", said, flags=re.I) or None
        found.append(current)
    # a roll gives every name but the last its role, in small letters at least in part; a
    # list of names that a sentence goes on from ("A, B, C and D were arrested") is none
    if len(found) < 3 or any(
        not m.role or len(m.role.split()) > 14 or not re.search(r"(?:^|\s)[a-zà-ÿ]", m.role)
        for m in found[:-1]
    ):
        return []
    return found
