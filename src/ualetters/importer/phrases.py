"""Noun phrases naming people: where a group's description or a person's role ends.

The words come from each language's `NounPhrase` row in `markers.py`; this module only
walks the words after a phrase's head and stops at the first one that opens a clause.
"""

from __future__ import annotations

import re
from functools import cache

from .dates import fold
from .markers import TABLES, Markers

# How many words a noun phrase may run to after its head ("members of the Comisión
# Intereclesial de Justicia y Paz").
_LONGEST = 12
_PUNCTUATION = ",.;:!?"
_ELISION = re.compile(r"^(?:d|l|qu|s|n)['’]", re.I)


def _bare(word: str) -> str:
    return word.strip(_PUNCTUATION + '"“”«»()[]')


def _folded(word: str) -> str:
    """Return a word folded for the tables, an elided article or pronoun cut off ("d'Iran")."""
    return fold(_ELISION.sub("", _bare(word)) if _ELISION.match(_bare(word)) else _bare(word))


@cache
def _people(table: Markers) -> tuple[frozenset[str], tuple[str, ...]]:
    tables = (table, TABLES["en"])
    nouns = frozenset(fold(w) for source in tables for w in source.people_nouns)
    return nouns, tuple(e for source in tables for e in source.people_endings)


_INCLUSIVE_POINTS = re.compile(r"[·.](?:l?le|e|ne)[·.]s$")


def without_inclusive_points(word: str) -> str:
    """Return a French inclusive plural as its masculine plural ("professionnel·le·s":
    "professionnels", "militant.e.s": "militants"); other words as they are."""
    return _INCLUSIVE_POINTS.sub("s", word)


def is_people_noun(word: str, table: Markers) -> bool:
    """Say whether a word is a plural noun for people, listed or shaped like one."""
    nouns, endings = _people(table)
    folded = _folded(word).rstrip("*")
    shaped = len(folded) >= 5 and (table.language != "de" or _bare(word)[:1].isupper())
    return folded in nouns or (shaped and folded.endswith(endings))


def _lower(word: str) -> str:
    """Return a word in lower case with its accents (participle endings differ by them)."""
    bare = _bare(word)
    return (_ELISION.sub("", bare) if _ELISION.match(bare) else bare).lower()


def is_participle(word: str, table: Markers) -> bool:
    """Say whether a word is shaped like a past participle in the table's language."""
    lower = _lower(word)
    if lower in {w.lower() for w in table.noun_phrase.participles}:
        return True
    return any(
        lower.endswith(ending) and len(lower) > len(ending) + 2
        for ending in table.noun_phrase.participle_endings
    )


@cache
def _words(table: Markers, kind: str) -> frozenset[str]:
    """Return one word list of the table's noun-phrase row, folded like the text's words."""
    return frozenset(fold(w) for w in getattr(table.noun_phrase, kind))


def complement_words(table: Markers) -> frozenset[str]:
    """Return the prepositions that open a complement in the table's language, folded."""
    return _words(table, "complements")


def _opens_clause(folded: str, table: Markers) -> bool:
    return any(
        folded in _words(table, k) for k in ("relatives", "conjunctions", "verbs", "clitics")
    ) or (
        # "defensores de derechos humanos recibieron ...": a finite verb by its ending
        len(folded) > 6 and folded.endswith(table.noun_phrase.verb_endings)
    )


def phrase_length(words: list[str], table: Markers, *, noun_seen: bool = False) -> int:
    """Return how many of `words` (the text after a phrase's head, split at spaces) still
    belong to the noun phrase; `noun_seen` says the head holds its noun already."""
    row = table.noun_phrase
    kept = 0
    in_complement = False  # after "of", "de", "der": a complement's article and name
    for at, word in enumerate(words[:_LONGEST]):
        bare = _bare(word)
        folded = _folded(word)
        previous = _bare(words[at - 1]) if at else ""
        if word[:1] == "(" and in_complement and previous[:1].isupper():
            # "du mouvement Lucha (Lutte pour le changement)": the name's gloss or acronym
            closing = next(
                (n for n, w in enumerate(words[at : at + 6]) if w.rstrip(_PUNCTUATION)[-1:] == ")"),
                None,
            )
            if closing is not None:
                kept += closing + 1
            break
        if not bare or word[:1] in "([":
            break
        following = words[at + 1] if at + 1 < len(words) else ""
        last = word.endswith(tuple(_PUNCTUATION)) or not following
        if (
            in_complement
            and previous[:1].isupper()
            and _bare(following)[:1].isupper()
            and bare[:1].islower()
            and len(bare) <= 4
        ):
            kept += 1  # "Centre for Economic Rights", "Comisión de Justicia": inside a name
            continue
        if (
            in_complement
            and previous[:1].isupper()
            and folded in _words(table, "complements")
            and _folded(following) in _words(table, "articles")
            and at + 2 < len(words)
            and _bare(words[at + 2])[:1].isupper()
        ):
            kept += 2  # "Movimiento Nacional por los Derechos Humanos": a preposition and
            continue  # its article inside the name, a word of it right after
        if noun_seen and folded in _words(table, "complements") and not last:
            kept += 1
            in_complement = True
            continue
        if (
            in_complement
            and not last
            and folded in _words(table, "articles")
            and _folded(words[at - 1]) in _words(table, "complements")
        ):
            kept += 1  # "de los derechos humanos": right after its preposition "los" is the
            continue  # complement's article, not the clitic pronoun of a clause
        if _opens_clause(folded, table) or folded in _words(table, "adjuncts"):
            if noun_seen and not in_complement and who_complement(words[at:], table):
                kept += who_complement(words[at:], table)  # "people from ethnic groups"
            break
        if folded in _words(table, "articles"):
            if not (in_complement or (kept == 0 and not noun_seen)) or last:
                break  # "22 other lawyers the city": another phrase begins
            kept += 1
            continue
        if folded in _words(table, "joins"):
            ahead = words[at + 1 : at + 3]
            if (
                last
                or not any(is_people_noun(w, table) for w in ahead)
                or any(is_participle(w, table) or _opens_clause(_folded(w), table) for w in ahead)
            ):
                break  # "two men and sentenced three": a clause, not a second noun
            kept += 1
            continue
        if noun_seen and is_participle(word, table) and not in_complement:
            if last:
                kept += 1  # "personas detenidas.": a participle alone names the group
            break  # "personas detenidas desde ...": the participle opens its own clause
        if (
            noun_seen
            and not in_complement
            and not last
            and _folded(following) in _words(table, "articles")
        ):
            break  # "personas corran el riesgo": a word between the noun and an article is
            # a verb (an adjective would not be followed by another phrase's article)
        if row.lower_case_ends and noun_seen and bare[:1].islower() and not in_complement:
            break  # German: "drei Männer hingerichtet", "Personen in Haft"
        kept += 1
        if is_people_noun(word, table):
            noun_seen = True
        if last:
            break
    return kept


def clause_participle(words: list[str], phrases: tuple[str, ...], table: Markers) -> bool:
    """Say whether the clause right after a noun phrase says one of `phrases` of it: the
    phrase's participle among its first words, before any relative pronoun, conjunction or
    punctuation ("drei Männer hingerichtet", "13 personas fueron puestas en libertad")."""
    participles = {_participle_of(p, table) for p in phrases if p.split()}
    endings = table.noun_phrase.participle_endings
    for word in words[:5]:
        folded, lower = _folded(word), _lower(word)
        if any(folded in _words(table, k) for k in ("relatives", "conjunctions", "joins")):
            return False
        if any(_same_participle(lower, said, endings) for said in participles):
            return True
        if word.endswith(tuple(_PUNCTUATION)) and not _ORDINAL.fullmatch(word):
            return False  # the clause ends; "am 3. Juni": a German date's dot ends nothing
    return False


_ORDINAL = re.compile(r"\d{1,2}\.")


def _participle_of(phrase: str, table: Markers) -> str:
    """Return a state phrase's participle: its last word, or the last before the auxiliary
    a German clause puts at its end ("freigelassen wurden", "freigekommen sind")."""
    words = phrase.lower().split()
    while len(words) > 1 and _folded(words[-1]) in _auxiliaries(table):
        words.pop()
    return words[-1]


@cache
def _auxiliaries(table: Markers) -> frozenset[str]:
    """Return a table's auxiliaries and copulas, folded (made once per table)."""
    said = table.bail_auxiliaries | table.perfect_auxiliaries | table.plural_copulas
    return frozenset(_folded(w) for w in said)


def _same_participle(word: str, said: str, endings: tuple[str, ...]) -> bool:
    """Say whether `word` is the participle `said` in another agreement ("ejecutadas",
    "ejecutados"): the same stem and a participle ending."""
    if word == said:
        return True
    stem = next((said[: -len(e)] for e in endings if said.endswith(e)), "")
    return bool(stem) and word.startswith(stem) and word[len(stem) :] in endings


# Nouns of a collective that says who people are when it closes a complement ("people from
# predominantly Muslim ethnic groups", "integrantes de una organización de derechos humanos",
# "membres d'un mouvement citoyen", "Mitglieder einer Gewerkschaft"), folded, by language.
_COLLECTIVES: dict[str, frozenset[str]] = {
    "en": frozenset(
        {"group", "groups", "organisation", "organization", "organisations", "organizations"}
        | {"movement", "movements", "community", "communities", "minority", "minorities"}
        | {"party", "parties", "union", "unions", "association", "network", "coalition"}
        | {"ngo", "ngos", "tribe", "tribes", "collective", "centre", "center", "committee"}
    ),
    "de": frozenset(
        {"gruppe", "gruppen", "organisation", "organisationen", "bewegung", "gemeinschaft"}
        | {"minderheit", "minderheiten", "partei", "gewerkschaft", "verein", "netzwerk"}
        | {"zentrum", "zentrums", "komitee", "kollektiv", "vereinigung", "volksgruppe"}
    ),
    "fr": frozenset(
        {"groupe", "groupes", "organisation", "organisations", "mouvement", "communaute"}
        | {"communautes", "minorite", "minorites", "parti", "syndicat", "association"}
        | {"reseau", "collectif", "ong", "comite", "centre", "coalition", "ethnie"}
    ),
    "es": frozenset(
        {"grupo", "grupos", "organizacion", "organizaciones", "movimiento", "comunidad"}
        | {"comunidades", "minoria", "minorias", "partido", "sindicato", "asociacion", "red"}
        | {"colectivo", "ong", "comite", "centro", "comision", "coordinadora", "etnia"}
    ),
}
# Nouns that close a complement saying what kind of people they are, right after its
# preposition or after a name or an adjective or two ("prisoners of conscience", "students
# of Darfur origin", "presos de conciencia", "prisonniers d'opinion"), folded, by language.
_KINDS: dict[str, frozenset[str]] = {
    "en": frozenset({"conscience", "origin", "descent"}),
    "de": frozenset(),
    "fr": frozenset({"conscience", "opinion", "origine"}),
    "es": frozenset({"conciencia", "origen", "opinion"}),
}
# A condition that says who people are, its preposition and noun, folded ("people with
# disabilities", "Menschen mit Behinderungen").
_CONDITIONS: dict[str, frozenset[tuple[str, str]]] = {
    "en": frozenset({("with", "disabilities"), ("with", "disability")}),
    "de": frozenset({("mit", "behinderungen"), ("mit", "behinderung")}),
    "fr": frozenset(),
    "es": frozenset({("con", "discapacidad"), ("con", "discapacidades")}),
}
# Prepositions of origin that open a complement saying who people are when a collective
# closes it ("from", "aus"); elsewhere they open an adjunct of place ("people from Xinjiang").
_ORIGINS = {"en": ("from",), "de": ("aus",), "fr": (), "es": ()}


# Nouns for the members of a body, folded: a complement that names the body ("10 members of
# Movimiento Tierra Libre", "Mitglieder der Grünen Allianz") says who they are.
_MEMBERS = frozenset(
    {"members", "mitglieder", "membres", "miembros", "integrantes", "militants", "militantes"}
)


def named_body(noun: str, words: list[str], table: Markers) -> int:
    """Return how many of `words` (the text right after a plural noun for members) are a
    complement naming the body they belong to: a complement's preposition, maybe an article,
    then a proper name's words (capitalised, numbers, short joining words between them) up to
    the end of the name ("of Movimiento 6 de Marzo", "de la Unión Campesina del Sur"); 0 when
    the noun is no member's or no name follows."""
    if fold(noun) not in _MEMBERS or len(words) < 2:
        return 0
    if _folded(words[0]) not in _words(table, "complements"):
        return 0
    at = 1
    if _folded(words[at]) in _words(table, "articles") and len(words) > 2:
        at += 1
    kept = 0
    ands = {fold(w) for w in table.and_words}
    skip = 0
    for n in range(at, min(len(words), at + _LONGEST)):
        if skip:
            skip -= 1
            continue
        bare = _bare(words[n])
        if not bare:
            break
        name_word = bare[:1].isupper() or bare.isdigit()
        # Short lower-case words between two of the name's words belong to it: "de", "for",
        # "y", "por los", "para el" ("Movimiento Nacional por los Derechos Humanos",
        # "Comisión Intereclesial de Justicia y Paz"), in the text's language or another.
        joins = 0
        for size in (1, 2):
            inner = words[n : n + size]
            after = _bare(words[n + size]) if n + size < len(words) else ""
            if not (after[:1].isupper() or after.isdigit()) or len(inner) < size:
                continue
            if all(
                _bare(w)[:1].islower()
                and len(_bare(w)) <= 4
                and w == _bare(w)
                and _folded(w) not in _words(table, "adjuncts")  # "in Examplestan"
                and (not _opens_clause(_folded(w), table) or _folded(w) in ands)
                for w in inner
            ):
                joins = size
                break
        joining = bool(kept and joins)
        if joining:
            skip = joins - 1
        if not (name_word or joining):
            break
        kept = n + 1 if name_word else kept
        if words[n].endswith(tuple(_PUNCTUATION)) or words[n].endswith(")"):
            break
    return kept


def who_complement(words: list[str], table: Markers) -> int:
    """Return how many of `words` (the text right after a group's noun) are a complement
    that says who the people are: a complement's or origin's preposition and a phrase a
    collective noun closes ("from predominantly Muslim ethnic groups", "de una destacada
    organización de derechos humanos de Honduras"); 0 when they are none."""
    if not words:
        return 0
    first = _folded(words[0])
    if kind := _kind_complement(words, table):
        return kind  # "of conscience", "of Darfur origin"
    if len(words) >= 2 and (first, _folded(words[1])) in _CONDITIONS.get(table.language, ()):
        return 2  # "16 people with disabilities", "personas con discapacidad"
    origin = first in _ORIGINS.get(table.language, ())
    if not (origin or first in _words(table, "complements")):
        return 0
    if origin and (place := _place_name(words[1:])):
        return 1 + place  # "42 students from Darfur", "zwölf Studierende aus Nordexemplien"
    collectives = _COLLECTIVES.get(table.language, frozenset())
    kept = 0
    seen = False
    for at, word in enumerate(words[:_LONGEST]):
        folded = _folded(word)
        if at and _opens_clause(folded, table):
            break
        if at and folded in _words(table, "adjuncts"):
            if not seen:
                return 0  # "people from villages in the north": a place, not who they are
            break
        if not _bare(word) or word[:1] in "([":
            break
        kept = at + 1
        if folded in collectives:
            seen = True
        if word.endswith(tuple(_PUNCTUATION)):
            break
    if not seen:
        return 0
    # the phrase ends on its collective or on a complement of it ("de Honduras")
    return kept


def _kind_complement(words: list[str], table: Markers) -> int:
    """Return how many of `words` are a complement that closes on a noun saying what kind
    of people they are ("of conscience", "of Darfur origin", "d'opinion"); 0 otherwise."""
    kinds = _KINDS.get(table.language, frozenset())
    bare = _bare(words[0])
    if _ELISION.match(bare) and _folded(words[0]) in kinds:
        return 1  # "prisonniers d'opinion": the preposition elided onto the noun
    if _folded(words[0]) not in _words(table, "complements"):
        return 0
    for at, word in enumerate(words[1:4], start=1):
        if _folded(word) in kinds:
            return at + 1
        if word.endswith(tuple(_PUNCTUATION)) or not _bare(word)[:1].isupper():
            return 0  # only a name may stand between ("of Darfur origin")
    return 0


# German common nouns are capitalised too: endings that make a word a thing, not a place
# ("aus Sicherheitsgründen", "aus der Haft").
_NOT_PLACES = ("ung", "heit", "keit", "schaft", "gründen", "grund", "sicht", "haft", "tion")


def _place_name(words: list[str]) -> int:
    """Return how many of `words` (after an origin's preposition) are a place's proper name
    that ends the phrase: one or two capitalised words ("Darfur", "Nueva Esperanza"), then
    punctuation, the line's end or a lowercase word; 0 otherwise."""
    kept = 0
    for word in words[:3]:
        bare = _bare(word)
        if not bare[:1].isupper() or not bare.isalpha() or (bare.isupper() and len(bare) > 3):
            break
        if bare.lower().endswith(_NOT_PLACES) or kept == 2:
            return 0
        kept += 1
        if word != bare:
            break  # "from Darfur," / "aus Darfur.": the phrase ends here
    return kept
