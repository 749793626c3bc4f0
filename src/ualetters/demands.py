"""The grammatical form of a demand, per language: what a template's lead-in must fit.

Sections publish demands as requests ("Release Azimjan Askarov …", "Lassen Sie … frei",
"Libérez …"), as first-person sentences ("I urge you to release …", "Ich bitte Sie …",
"Je vous demande de …", "Я прошу Вас …") or, in Russian and the Romance languages, as
infinitives ("освободить …", "Libérer …"). The program never rewrites the case's text, so a
template picks its lead-in from the form: a request list after "Ich bitte Sie daher
eindringlich:", infinitives after "Прошу Вас:", first-person sentences standing on their own.

The tables below say, per language, how each form begins. They are read top to bottom and
are meant to be read by people who write the languages: a demand the tables get wrong is
fixed in the case (`demand_form: {ru: infinitive}`), never by guessing harder here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from . import l10n

__all__ = [
    "FORMS",
    "Demands",
    "arrange",
    "continued",
    "courteous",
    "demand_form",
    "demand_forms",
    "lower_first",
    "opening",
]

IMPERATIVE = "imperative"
FIRST_PERSON = "first_person"
INFINITIVE = "infinitive"
FORMS = (IMPERATIVE, FIRST_PERSON, INFINITIVE)


@dataclass(frozen=True)
class Forms:
    """How one language's demands begin.

    `first_person`: openings of a sentence the writer speaks ("I urge", "Je vous demande").
    `infinitive` / `imperative`: endings of the demand's verb; the verb is looked for among
    the first words (`verb_window`) and after a leading phrase set off by a comma ("Until his
    release, ensure …"). `default`: the form of a demand no table matches.
    """

    first_person: tuple[str, ...] = ()
    infinitive: tuple[str, ...] = ()
    imperative: tuple[str, ...] = ()
    not_verbs: frozenset[str] = frozenset()
    verb_window: int = 1
    default: str = IMPERATIVE


# fmt: off
TABLES: dict[str, Forms] = {
    "en": Forms(
        # "Release …", "Ensure …", "Please release …": imperatives, the default.
        first_person=("I ", "I'm ", "We ", "Let me ", "May I "),
    ),
    "de": Forms(
        # "Lassen Sie … frei", "Sorgen Sie dafür …", "Bitte lassen Sie …": imperatives.
        first_person=("Ich ", "Wir ", "Hiermit ", "Daher bitte ich", "Deshalb bitte ich",
                      "Außerdem bitte ich", "Ausserdem bitte ich", "Zudem bitte ich"),
    ),
    "fr": Forms(
        # "Libérez …", "Veillez à …" (-ez) are imperatives; "Libérer …", "Veiller à …",
        # "Mettre fin …", "Garantir …" infinitives.
        first_person=("Je ", "J'", "J’", "Nous ", "Par conséquent, je ", "C'est pourquoi je ",
                      "C’est pourquoi je "),
        imperative=("ez",),
        infinitive=("er", "ir", "re"),
        not_verbs=frozenset({"notre", "votre", "contre", "entre", "leur", "pour", "par", "sur",
                             "chaque", "toute", "tout", "tous", "toutes", "autre", "autres",
                             "outre", "premier", "dernier", "hier"}),
    ),
    "it": Forms(
        # "Disponga …", "Garantisca …", "Rilasci …" (the courtesy form) are imperatives;
        # "Rilasciare …", "Garantire …", "Porre fine …" infinitives.
        first_person=("Le chiedo", "Le domando", "Le rivolgo", "La prego", "La esorto",
                      "La invito", "La sollecito", "Le sollecito", "Mi appello", "Mi rivolgo",
                      "Chiedo ", "Sollecito ", "Esorto ", "Io ", "Noi ", "Vi chiedo",
                      "Vi esorto", "Pertanto Le chiedo", "Le scrivo"),
        infinitive=("are", "ere", "ire", "rre"),
    ),
    "es": Forms(
        # "Ponga en libertad …", "Garantice …" (usted) are imperatives; "Poner en
        # libertad …", "Garantizar …" infinitives.
        first_person=("Le pido", "Le insto", "Le solicito", "Le ruego", "Le exhorto",
                      "Le escribo", "Les pido", "Les insto", "Pido ", "Solicito ", "Insto ",
                      "Exhorto ", "Yo ", "Nosotros ", "Por ello, le ", "Por todo ello, le "),
        infinitive=("ar", "er", "ir", "ír"),
        not_verbs=frozenset({"por", "mar", "lugar", "hogar", "cualquier", "mejor", "peor",
                             "mayor", "menor", "anterior", "posterior", "interior",
                             "exterior", "superior", "inferior"}),
    ),
    "ru": Forms(
        # "Освободите …", "Обеспечьте …" are imperatives; "Освободить …", "Обеспечить …"
        # infinitives (after "Прошу Вас:"); the verb may follow adverbs ("Немедленно и
        # безоговорочно освободите …", "До его освобождения обеспечьте …").
        first_person=("Я ", "Мы ", "Прошу ", "Призываю ", "Настоятельно прошу",
                      "Убедительно прошу", "Настоятельно призываю", "Обращаюсь ",
                      "Требую ", "Поэтому прошу", "В связи с этим прошу"),
        imperative=("ите", "йте", "ьте"),
        infinitive=("ть", "ти", "чь", "ться", "тись", "чься"),
        not_verbs=frozenset({"путь", "часть", "власть", "честь", "суть", "сеть", "треть",
                             "смерть", "жизнь", "помощь", "ночь", "дочь", "мать", "пути",
                             "свободы", "до", "его", "её", "их", "и", "в", "на", "по",
                             "немедленно", "безоговорочно", "незамедлительно", "срочно",
                             "также", "всем", "всех"}),
        verb_window=6,
    ),
    "ar": Forms(
        # "أفرجوا عن …", "اكفلوا …" are imperatives (-وا); "الإفراج عن …", "ضمان …" verbal
        # nouns, the Arabic counterpart of an infinitive list ("أدعوكم إلى: الإفراج …").
        # A second appeal usually opens "كما أدعوكم …"; "أهيب بكم" is a standard appeal.
        first_person=(
            *(prefix + verb
              for verb in ("أناشد", "أطالب", "أدعو", "أحث", "أرجو", "أطلب", "ألتمس", "نطالب",
                           "نناشد", "ندعو", "نرجو", "أهيب", "نهيب", "نحث", "نطلب", "نلتمس",
                           "آمل", "نأمل")
              for prefix in ("", "و", "كما ", "كذلك ", "وكذلك ")),
            "إنني", "وإنني", "إننا", "أود أن", "وأود أن", "أتوجه إليكم", "كما أتوجه",
            "يرجى", "ويرجى",
        ),
        imperative=("وا",),
        default=INFINITIVE,
    ),
}
# Arabic short vowels, shadda, sukun, dagger alif and tatweel: marks a word may carry
# ("كفّوا", "أفرِجوا") that do not change which form it is.
ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
# fmt: on

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _table(tag: str) -> Forms | None:
    return TABLES.get(l10n.base_language(tag))


@lru_cache(maxsize=4096)  # a batch renders the same demands for every supporter
def demand_form(text: str, lang: str) -> str:
    """Return the form of demand `text` in language `lang`: imperative, first_person, infinitive."""
    table = _table(lang)
    stripped = ARABIC_MARKS.sub("", text.strip().lstrip("-–—•*· \t"))
    if table is None:
        return IMPERATIVE
    if stripped.startswith(table.first_person):
        return FIRST_PERSON
    if _after_connector(stripped, table).startswith(table.first_person):
        return FIRST_PERSON  # "En outre, je vous demande …", "In addition, I urge you …"
    for clause in _clauses(stripped):
        words = [w.lower() for w in _WORD.findall(clause)][: table.verb_window]
        for word in words:
            if word in table.not_verbs:
                continue
            if table.imperative and word.endswith(table.imperative):
                return IMPERATIVE
            if table.infinitive and word.endswith(table.infinitive):
                return INFINITIVE
    return table.default


def _after_connector(text: str, table: Forms) -> str:
    """Return `text` after a leading phrase set off by a comma that holds no verb, else `text`.

    "En outre, je vous demande …", "Par ailleurs, je …", "Dans l'attente de sa libération,
    je …": the words after the phrase say whose sentence it is. "Libérez-le, je vous en
    prie" keeps its request: a verb stands before the comma.
    """
    head, comma, rest = text.replace("،", ",").partition(",")
    if not comma or len(head.split()) > 6:
        return text
    for word in [w.lower() for w in _WORD.findall(head.replace("-", " "))][: table.verb_window]:
        if word in table.not_verbs:
            continue
        if (table.imperative and word.endswith(table.imperative)) or (
            table.infinitive and word.endswith(table.infinitive)
        ):
            return text
    rest = rest.strip()
    return rest[:1].upper() + rest[1:]  # "… outre, je vous demande": as a sentence opens


def opening(text: str, lang: str) -> str:
    """Return how first-person sentence `text` opens, as a lead-in could echo it.

    Lower case, without marks (Arabic harakat) and without a leading connector ("En outre,
    je vous prie …" opens "je vous prie …"), so a template compares the verbs alone.
    """
    stripped = ARABIC_MARKS.sub("", text.strip().lstrip("-–—•*· \t"))
    table = _table(lang)
    if table is not None and not stripped.startswith(table.first_person):
        stripped = _after_connector(stripped, table)
    return stripped.lower()


def _clauses(text: str) -> list[str]:
    """Return where a demand's verb may stand: its start, and after a leading phrase."""
    head, comma, rest = text.replace("،", ",").partition(",")  # the Arabic comma too
    clauses = [text]
    if comma and len(head.split()) <= 6:
        clauses.append(rest)
    return clauses


def demand_forms(
    demands: Sequence[str], lang: str, overrides: Mapping[str, str] | None = None
) -> list[str]:
    """Return each demand's form in `lang`; an override for the language (`de-CH`, `de`) wins."""
    found = [demand_form(text, lang) for text in demands]
    override = _override(lang, overrides) if overrides else None
    if override is None:
        return found
    # The override names the requests' form ("sicherzustellen, …" reads as no form a table
    # knows); a sentence the writer speaks ("Ich fordere Sie auf, …") stays one, as it does
    # among requests of mixed forms, unless the override says every demand is one.
    return [form if form == FIRST_PERSON else override for form in found]


def _override(lang: str, overrides: Mapping[str, str]) -> str | None:
    """Return the form a case's `demand_form` gives language `lang` (`de-CH`, `de`), or None."""
    for candidate in l10n.fallback_chain(lang):
        if candidate in overrides:
            return overrides[candidate]
    base = l10n.base_language(lang)
    return next((form for key, form in overrides.items() if l10n.base_language(key) == base), None)


def common_form(forms: Sequence[str]) -> str:
    """Return the form all `forms` share, or "mixed"."""
    found = set(forms)
    return found.pop() if len(found) == 1 else "mixed"


# The word that already makes a request polite, per language. A lead-in before demands that
# carry it leaves its own out: "Ich appelliere daher an Sie: – Bitte lassen Sie … frei", not
# "Deshalb bitte ich Sie: – Bitte lassen Sie …" (Amnesty Germany publishes the "Bitte" form).
COURTESY = {
    "de": re.compile(r"\bbitte\b", re.IGNORECASE),
    "en": re.compile(r"\bplease\b", re.IGNORECASE),
}

# Languages whose list of infinitives continues the lead-in's sentence ("Je vous prie de bien
# vouloir : – libérer … ; – veiller … ."): the mark between the items, "." after the last,
# and whether each item starts in lower case (Imprimerie nationale; Italian and Russian
# usage alike; German zu-infinitives are joined by commas and keep their nouns' capitals:
# "Ich bitte Sie daher eindringlich, – Aibek Example umgehend freizulassen, – …").
# French sets a narrow no-break space before ";", as before ":" (a no-break space).
# Requests in the imperative stay full sentences.
CONTINUED_LISTS: dict[str, tuple[str, bool]] = {
    "fr": ("\u202f;", True),
    "it": (";", True),
    "ru": (";", True),
    "de": (",", False),
}


def courteous(texts: Sequence[str], lang: str) -> bool:
    """Say whether every one of `texts` already carries the language's word of courtesy.

    Called with the listed requests only: a "bitte" in a first-person sentence after the
    list ("Ich bitte Sie außerdem, …") leaves the bare imperatives of the list to a lead-in
    that asks ("Daher bitte ich Sie dringend: – Lassen Sie … frei.").
    """
    pattern = COURTESY.get(l10n.base_language(lang))
    return pattern is not None and bool(texts) and all(pattern.search(text) for text in texts)


@dataclass(frozen=True)
class Demands:
    """The demands as a letter sets them: a list after a lead-in, then sentences of their own.

    `listed`: the requests (imperatives, infinitives) in the case's order; `items`: the same
    as the list prints them; `form`: the lead-in they need ("imperative" also for a list that
    mixes imperatives and infinitives: "the following requests:" fits both), None without a
    list; `sentences`: first-person demands ("I urge you to …"), which carry their own lead-in
    and stand as a paragraph after the list.
    """

    listed: tuple[str, ...]
    items: tuple[str, ...]
    form: str | None
    sentences: tuple[str, ...]
    openings: tuple[str, ...] = ()


def arrange(demands: Sequence[str], forms: Sequence[str], lang: str) -> Demands:
    """Return how a letter in `lang` sets `demands` of `forms`: list, lead-in form, sentences."""
    listed = tuple(d for d, f in zip(demands, forms, strict=True) if f != FIRST_PERSON)
    sentences = tuple(d for d, f in zip(demands, forms, strict=True) if f == FIRST_PERSON)
    listed_forms = {f for f in forms if f != FIRST_PERSON}
    form = None if not listed else listed_forms.pop() if len(listed_forms) == 1 else IMPERATIVE
    items = listed
    if form == INFINITIVE and l10n.base_language(lang) in CONTINUED_LISTS:
        items = _continued(listed, lang)
    return Demands(listed, items, form, sentences, tuple(opening(s, lang) for s in sentences))


def continued(text: str, lang: str) -> str:
    """Return demand `text` as it continues a lead-in: lower-case start, a full stop."""
    return _continued([text], lang)[0]


def lower_first(text: str) -> str:
    """Return `text` with its first word in lower case, as a word inside a sentence is.

    A word in capitals throughout (an acronym) or with a capital inside keeps its case.
    """
    first = text.split(" ", 1)[0]
    if first[:1].isupper() and first[1:] == first[1:].lower():
        return text[:1].lower() + text[1:]
    return text


def _continued(listed: Sequence[str], lang: str) -> tuple[str, ...]:
    """Return list items that continue a sentence: lower-case start, ";" between, "." last."""
    between, lower = CONTINUED_LISTS.get(l10n.base_language(lang), (";", True))
    items = []
    for index, text in enumerate(listed):
        text = lower_first(text.strip()) if lower else text.strip()
        end = "." if index == len(listed) - 1 else between
        if text.endswith((".", ";", ",")):
            text = text[:-1].rstrip()
        if not text.endswith(("!", "?", "…")):
            text += end
        items.append(text)
    return tuple(items)
