"""Turn a planned letter into a `Letter` with a template run in the sandbox (`sandbox.py`).

A letter template is one file per language (`templates/letter/de.j2`) with the named blocks
`subject`, `salutation`, `body` and `closing`. Blocks are rendered separately so every
writer lays out the same parts; the body is split into paragraphs at blank lines, and a
line starting with "- " is an item of a list.

Templates see data, never objects: `letter_context` builds the variables from plain values
(text, numbers, dates, lists and dicts of them) and the helper functions vetted here. A
model's methods would be a door out of any sandbox.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError

from . import l10n, places
from .addresses import address_lines, sender_lines
from .copies import addressed
from .demands import (
    ARABIC_MARKS,
    arrange,
    common_form,
    continued,
    courteous,
    demand_forms,
    lower_first,
)
from .errors import Message, Number, Plural, TemplateError, TemplateNotFound
from .letter import Letter, Paragraph, amended
from .model import Case, Copy, Group, Person, Sender, Target, pick, pick_name
from .planning import PlannedLetter, note_fits
from .resources import data_dir
from .sandbox import (
    MAX_BLOCK_CHARS,
    MAX_DATE_PATTERN,
    LetterSandbox,
    TemplateLimitError,
    format_percent,
    letter_budget,
    spend_text,
    texts_of,
    vetted,
)
from .textsafety import text_problem

REQUIRED_BLOCKS = ("subject", "salutation", "body", "closing")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ASCII_SPACES = re.compile(r"[ \t\r\n]+")
KIND = "letter"


def bundled_templates() -> Path:
    """Return the folder of the bundled letter templates."""
    return data_dir("templates") / KIND


class Renderer:
    """Render letters from the bundled templates, overridden by a user's folder by file name."""

    def __init__(self, templates: str | Path | None = None) -> None:
        folders = [bundled_templates()]
        if templates is not None:
            user = Path(templates)
            if not user.is_dir():
                raise TemplateError(Message("templates folder not found"), source=user)
            folders.insert(0, user / KIND if (user / KIND).is_dir() else user)
        self.folders = folders
        self.env = LetterSandbox(folders)
        self._lock = threading.Lock()
        # Language tag -> its template, after the fallback (`de-CH` -> de.j2). Jinja caches
        # the templates it found, but not the misses: without this, every Swiss letter would
        # look for `de-CH.j2` on disk again. Filled under the lock, read without it.
        self._by_tag: dict[str, jinja2.Template] = {}

    def languages(self) -> set[str]:
        """Return the language tags that have a letter template."""
        tags = set()
        for folder in self.folders:
            for path in folder.glob("*.j2"):
                if not path.name.startswith("_"):
                    tags.add(path.stem)
        return tags

    def template_for(self, tag: str) -> jinja2.Template:
        """Return the template of language `tag`, falling back from region to language."""
        template = self._by_tag.get(tag)
        if template is None:
            with self._lock:  # Jinja's template cache is not safe to fill from threads.
                template = self._by_tag.get(tag)
                if template is None:
                    template = self._by_tag[tag] = self._find_template(tag)
        return template

    def _find_template(self, tag: str) -> jinja2.Template:
        """Load the template of `tag` or of its language (called under the lock)."""
        for candidate in l10n.fallback_chain(tag):
            name = f"{candidate}.j2"
            try:
                return self.env.get_template(name)
            except jinja2.TemplateNotFound as exc:
                if exc.name != name:
                    raise TemplateError(
                        Message("includes a missing template '%(name)s'", name=exc.name),
                        source=name,
                    ) from None
                continue
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(
                    # Jinja's own words (English) say what it found.
                    Message(
                        "template syntax error: %(problem)s", problem=_short(exc.message or "")
                    ),
                    source=exc.filename or exc.name or name,
                    line=exc.lineno,
                ) from None
            except RecursionError:
                raise TemplateError(
                    Message("nested too deeply"), source=self._path_of(name)
                ) from None
        raise TemplateNotFound(Message("no letter template for language '%(tag)s'", tag=tag))

    def _path_of(self, name: str) -> str:
        """Return the file that template `name` comes from, for a message."""
        for folder in self.folders:
            if (folder / name).is_file():
                return str(folder / name)
        return name

    def render(self, planned: PlannedLetter) -> Letter:
        """Render one planned letter into a `Letter`."""
        template = self.template_for(planned.language)
        context = letter_context(planned)
        parts = _render_blocks(template, context)
        letter = addressed(planned, build_letter(planned, parts, context))
        letter = with_apostrophes(
            letter, apostrophe_of([context["title"], context["facts"], *context["demands"]])
        )
        if planned.translation:
            letter = self._with_translation(letter, planned)
        return letter

    def _with_translation(self, letter: Letter, planned: PlannedLetter) -> Letter:
        """Attach the courtesy translation, marked in both languages, to `letter`."""
        tag = planned.translation or planned.language
        # The translation says what the letter says: a note the letter leaves out (it is in
        # another language than the letter's) is not added to the translation either.
        sender = planned.sender
        if sender.note and not note_fits(sender, planned.language):
            sender = dataclasses.replace(sender, note=None)
        inner = self.render(
            dataclasses.replace(planned, language=tag, translation=None, sender=sender)
        )
        marks = [letter.labels.get("translation", ""), inner.labels.get("translation", "")]
        marker = " / ".join(dict.fromkeys(m for m in marks if m))
        return dataclasses.replace(
            letter, translation=inner, labels={**letter.labels, "translation": marker}
        )


# An apostrophe: between two letters ("People's", "l'attention"), never a quotation mark.
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")
STRAIGHT, TYPOGRAPHIC = "'", "’"


def apostrophe_of(texts: Iterable[str]) -> str:
    """Return the apostrophe a letter writes: the case's prose's, else the templates' (').

    The prose is typographic where its apostrophes and quotation marks mostly are ("’",
    "“…”"), straight where they mostly are ("'", '"'); a letter follows it throughout.
    """
    return _apostrophe_of(tuple(texts))


@lru_cache(maxsize=256)  # the same case texts in every letter of a batch (their hashes are kept)
def _apostrophe_of(texts: tuple[str, ...]) -> str:
    typographic = straight = 0
    for text in texts:
        for match in _APOSTROPHE.finditer(text):
            if match.group() == TYPOGRAPHIC:
                typographic += 1
            else:
                straight += 1
        typographic += text.count("“") + text.count("”")
        straight += text.count('"')
    return TYPOGRAPHIC if typographic > straight else STRAIGHT


def with_apostrophes(letter: Letter, apostrophe: str) -> Letter:
    """Return `letter` with one kind of apostrophe in its text (the address blocks as given)."""

    other = STRAIGHT if apostrophe == TYPOGRAPHIC else TYPOGRAPHIC

    def one(text: str) -> str:
        return _APOSTROPHE.sub(apostrophe, text) if other in text else text

    def each(texts: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(one(text) for text in texts)

    texts = [letter.place_date, letter.subject, letter.salutation, letter.closing]
    texts += [*letter.recipient_lines, *letter.copies, letter.copy_of or ""]
    texts += [p.text for p in letter.paragraphs]
    if not any(other in text for text in texts):
        return letter  # most letters: nothing to change, no copy of the letter
    return amended(
        letter,
        place_date=one(letter.place_date),
        recipient_lines=each(letter.recipient_lines),
        subject=one(letter.subject),
        salutation=one(letter.salutation),
        paragraphs=tuple(Paragraph(one(p.text), p.kind) for p in letter.paragraphs),
        closing=one(letter.closing),
        copies=each(letter.copies),
        copy_of=one(letter.copy_of) if letter.copy_of else letter.copy_of,
    )


@cache  # one set per language: they hold nothing but the language and its catalog
def _helpers(tag: str) -> dict[str, Callable[..., Any]]:
    """Return the vetted functions a template in language `tag` may call."""
    catalog = l10n.translations(tag)

    @vetted
    def gettext(message: str, **variables: Any) -> str:
        text = catalog.gettext(message)
        return format_percent(text, variables) if variables else text

    @vetted
    def ngettext(singular: str, plural: str, n: int, **variables: Any) -> str:
        variables.setdefault("num", n)
        return format_percent(catalog.ngettext(singular, plural, n), variables)

    @vetted
    def t(value: Any) -> str:
        text = pick(value, tag)
        if text is None:
            raise TemplateError(
                Message("the case has no text in '%(tag)s' for a field the template uses", tag=tag)
            )
        return text

    @vetted
    def date_format(date: dt.date, fmt: str = "long") -> str:
        if not isinstance(date, dt.date):
            raise TemplateError(
                Message("date_format needs a date, not %(what)s", what=type(date).__name__)
            )
        if len(str(fmt)) > MAX_DATE_PATTERN:
            raise TemplateLimitError(
                Message("a date pattern of more than %(limit)s characters", limit=MAX_DATE_PATTERN)
            )
        text = l10n.format_date(date, tag, fmt)
        spend_text(len(text))
        return text

    @vetted
    def join(items: Iterable[Any]) -> str:
        text = join_list(texts_of(items), tag)
        spend_text(len(text))
        return text

    @vetted
    def contract(preposition: str, phrase: str) -> str:
        text = with_preposition(str(preposition), str(phrase), tag)
        spend_text(len(text))
        return text

    @vetted
    def upperfirst(text: str) -> str:
        spend_text(len(text))
        return text[:1].upper() + text[1:]

    return {
        "gettext": gettext,
        "_": gettext,
        "ngettext": ngettext,
        "t": t,
        "date_format": date_format,
        "join": join,
        "contract": contract,
        "upperfirst": upperfirst,
    }


def variation_seed(planned: PlannedLetter) -> str:
    """Return what makes one supporter's letter differ from another's, and stay the same."""
    sender = planned.sender
    return "|".join(
        [sender.name, sender.city, sender.country, planned.case.slug, planned.target.id]
    )


def make_vary(seed: str) -> Callable[..., Any]:
    """Return `vary(key, *options)`: a deterministic choice per supporter, case and target."""

    @vetted
    def vary(key: str, *options: Any) -> Any:
        if not options:
            raise ValueError(Message("vary('%(key)s') needs at least one option", key=key))
        spend_text(len(key))
        digest = hashlib.sha256(f"{seed}|{key}".encode()).digest()
        return options[int.from_bytes(digest[:8], "big") % len(options)]

    return vary


def letter_context(planned: PlannedLetter) -> dict[str, Any]:
    """Return the variables a letter template sees: plain values and vetted helpers only."""
    tag = planned.language
    sender = planned.sender
    place = sender_place(sender, tag)
    note = planned.note
    return {
        **_shared_context(planned),
        "sender": {
            "name": sender.name,
            "street": list(sender.street),
            "postal_code": sender.postal_code,
            "city": sender.city,
            "area": sender.area,
            "country": sender.country,
            **place,
            "languages": list(sender.languages),
            "language": sender.language,
            "email": sender.email,
            "note": note,
            "extra": dict(sender.extra),
        },
        "note": note,
        "copies": [_copy_label(c, tag, place=False) for c in planned.copies],
        "sender_country_name": country_in_text(sender.country, tag),
        "vary": make_vary(variation_seed(planned)),
    }


# The part of a context that is the same for every sender's letter to a target in a language
# on a date: made once, not once per supporter (~40 % of a context's cost). Sharing is safe:
# a template cannot change a list or a mapping (sandbox), and no helper changes its input.
# Keyed by identity (a case's hash would cost more than the context); the value keeps the
# case and the target, so an identity is never reused for another while it is in here.
_SHARED_LIMIT = 256
_shared: dict[tuple[int, int, str, dt.date], tuple[Case, Target, dict[str, Any]]] = {}


def _shared_context(planned: PlannedLetter) -> dict[str, Any]:
    """Return the context of a case's letter to a target in a language on a date."""
    case, target = planned.case, planned.target
    key = (id(case), id(target), planned.language, planned.date)
    found = _shared.get(key)
    if found is not None and found[0] is case and found[1] is target:
        return found[2]
    context = _case_context(planned)
    if len(_shared) >= _SHARED_LIMIT:
        _shared.clear()
    _shared[key] = (case, target, context)
    return context


def _case_context(planned: PlannedLetter) -> dict[str, Any]:
    """Return the variables of a letter that do not depend on its sender."""
    tag = planned.language
    case, target = planned.case, planned.target
    helpers = _helpers(tag)
    t = helpers["t"]
    title, facts, demands = t(case.title), t(case.facts), [t(d) for d in case.demands_in(tag)]
    salutation, salutation_source = salutation_of(target, tag)
    if salutation_source == "generic" and l10n.base_language(tag) == "ru":
        # "Уважаемые дамы и господа!" speaks to several: "вас", not the courtesy "Вас" of
        # a demand written for one reader ("Настоятельно прошу Вас …").
        demands = [plural_you(d) for d in demands]
    forms = demand_forms(demands, tag, case.demand_form)
    arranged = arrange(demands, forms, tag)
    concerned = concerned_people(planned.persons, planned.groups, tag, facts)
    persons = concerned["persons"]
    deadline = case.deadline_on(planned.date)
    case_country_name = country_in_text(case.country, tag)
    return {
        **helpers,
        "lang": tag,
        "language": l10n.base_language(tag),
        "region": l10n.region_of(tag) or "",
        "case": {
            "ua": case.ua,
            "id": case.slug,
            "ai_index": case.ai_index,
            "country": case.country,
            "country_name": case_country_name,
            "issued": str(case.issued) if case.issued else None,
            "title": title,
            "facts": facts,
            "demands": demands,
            "persons": persons,
            "groups": concerned["groups"],
            "deadline": deadline,
            "languages": list(case.languages),
            "updates": [
                {
                    "date": u.date,
                    "kind": u.kind,
                    "deadline": u.deadline,
                    "reference": u.reference,
                    "text": pick(u.text, tag),
                }
                for u in case.updates
            ],
        },
        "ua": case.ua,
        "title": title,
        "facts": facts,
        "demands": demands,
        # Per demand: imperative ("Release ..."), first_person ("I urge you to ...") or
        # infinitive ("освободить ..."); `demand_form` is the one they share, or "mixed".
        "demand_forms": forms,
        "demand_form": common_form(forms),
        # How the letter sets them: the requests as a list after a lead-in that fits
        # `list_form` ("imperative", also for imperatives and infinitives together, or
        # "infinitive"; None without a list), `list_items` as the list prints them (French,
        # Italian and Russian infinitives continue the lead-in: "- libérer …;"), then the
        # first-person sentences, which carry their own lead-in, as a paragraph.
        "listed": list(arranged.listed),
        "list_items": list(arranged.items),
        "list_form": arranged.form,
        "sentences": list(arranged.sentences),
        # How each sentence opens, compared with a lead-in so that none repeats its verb:
        # lower case, no Arabic marks, no connector ("En outre, je vous prie …": "je vous prie …").
        "sentence_openings": list(arranged.openings),
        # One request stands in no list: the lead-in and the request, or the request running
        # on from the lead-in where it is an infinitive (`run_in`: "… de bien vouloir
        # libérer …", in lower case); a one-item list reads like a form being filled in.
        "single": len(arranged.listed) == 1,
        "run_in": (
            continued(arranged.listed[0], tag)
            if len(arranged.listed) == 1 and arranged.form == "infinitive"
            else None
        ),
        # Every listed request already says the language's word of courtesy ("Bitte lassen
        # Sie …"): the lead-in says no second "bitte". The first-person sentences after the
        # list do not count: their "Ich bitte Sie …" leaves the list's imperatives bare.
        "courteous": courteous(arranged.listed, tag),
        "concerned": concerned,
        "persons": persons,
        "groups": concerned["groups"],
        "person": persons[0] if persons else _as_person(concerned["groups"][0]),
        "target": {
            "id": target.id,
            "name": pick_name(target.name, tag),
            "title": t(target.title),
            "organisation": pick(target.organisation, tag),
            "addressee": pick(target.addressee, tag),
            "rank": target.rank or "official",
            "email": target.email,
        },
        "salutation": salutation,
        # "case": the case's own; "rank": the address of the target's rank ("Dear Ambassador",
        # "Excelencia"); "generic": the formal fallback ("Dear Sir or Madam"). Only the
        # generic one may address several people (Russian "Уважаемые дамы и господа").
        "salutation_source": salutation_source,
        "has_salutation": salutation_source != "generic",
        # The reader is addressed as an Excellency: a French closing says "haute considération".
        "excellency": is_excellency(salutation, tag),
        "date": planned.date,
        "deadline": deadline,
        "case_country_name": case_country_name,
    }


# The Russian courtesy pronoun inside a sentence (not at its start, where a capital stays).
_COURTESY_YOU = re.compile(
    r"(?<=[^.!?\s] )В(?=(?:ы|ас|ам|ами|аш|аша|аше|аши|ашего|ашему|ашим|ашем|ашей|ашу|аших|ашими)\b)"
)


def plural_you(text: str) -> str:
    """Return Russian `text` with "Вы", "Вас", "Ваш" … inside a sentence in lower case."""
    return _COURTESY_YOU.sub("в", text)


# --- who the letter is about -------------------------------------------------------------

# Spanish writes "e" for "y" before the sound /i/: "Alex Moreno e Ilse Ramírez", but "y
# hielo", "y Iowa" (a diphthong) (RAE, Ortografía 2010, 4.2.4.4).
_SPANISH_I = re.compile(r"[Hh]?(?:[ÍíÏï]|[Ii](?![aeouáéóúAEOUÁÉÓÚ]))")


def join_list(items: list[str], tag: str) -> str:
    """Join names as a letter in `tag` does ("A, B und C", "A, B e Irina C").

    CLDR's patterns, with two corrections: every English letter joins without a serial comma
    (British usage, and Amnesty USA's own letters: the case's facts read "A, B and C"), and
    Spanish joins with "e" before /i/.
    """
    base = l10n.base_language(tag)
    if base == "en":
        return l10n.format_list(items, "en-GB")
    if base == "es" and len(items) > 1 and _SPANISH_I.match(items[-1]):
        return f"{', '.join(items[:-1])} e {items[-1]}"
    return l10n.format_list(items, tag)


# A preposition and the definite article that follows it make one word: French "à les" is
# "aux", Italian "di gli" is "degli", Spanish "de el" is "del". Articles in lower case only
# (a group's description, "gli studenti …"); a name's own article stays ("a La Paz").
_FRENCH_ARTICLES = {
    ("à", "le"): "au",
    ("à", "les"): "aux",
    ("de", "le"): "du",
    ("de", "les"): "des",
}
_SPANISH_ARTICLES = {("a", "el"): "al", ("de", "el"): "del"}
_ITALIAN_STEMS = {"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"}
_ITALIAN_ARTICLE_ENDINGS = {
    "il": "l", "lo": "llo", "la": "lla", "l'": "ll'", "l’": "ll'", "i": "i", "gli": "gli",
    "le": "lle",
}  # fmt: skip
_ARTICLE = re.compile(r"(?P<article>[A-Za-z]+(?:['’]|(?= )))\s*(?P<rest>.*)", re.DOTALL)
_FRENCH_VOWEL = re.compile(r"[aàâäeéèêëiîïoôöuùûüyœæAÀÂÄEÉÈÊËIÎÏOÔÖUÙÛÜYŒÆ]")


def with_preposition(preposition: str, phrase: str, tag: str, *, names: bool = False) -> str:
    """Return `preposition` before `phrase` as language `tag` writes it ("aux membres …").

    `names`: the phrase is a name whose article joins the preposition too, as an Italian
    town's does ("La Maddalena": "dalla Maddalena").
    """
    base = l10n.base_language(tag)
    match = _ARTICLE.match(phrase)
    article = match["article"] if match else ""
    if names:
        article = article.lower() if article[:1].isupper() else ""
    rest = match["rest"] if match else phrase
    if base == "fr":
        contracted = _FRENCH_ARTICLES.get((preposition, article))
        if contracted:
            return f"{contracted} {rest}"
        if preposition == "de" and _FRENCH_VOWEL.match(phrase):
            return f"d'{phrase}"  # "d'Azimjan Askarov", "d'au moins dix personnes"
    elif base == "es":
        contracted = _SPANISH_ARTICLES.get((preposition, article))
        if contracted:
            return f"{contracted} {rest}"
    elif base == "it" and preposition in _ITALIAN_STEMS:
        ending = _ITALIAN_ARTICLE_ENDINGS.get(article)
        if ending:  # "de" + "gli" = "degli", "ne" + "l" = "nel", "da" + "ll'" = "dall'"
            joined = _ITALIAN_STEMS[preposition] + ending
            return f"{joined}{rest}" if joined.endswith("'") else f"{joined} {rest}"
    return f"{preposition} {phrase}"


# The subject names everyone up to this many entries (persons and groups); a longer list
# keeps the first two persons and says how many others ("A, B and three others").
SUBJECT_NAMES = 3


def concerned_people(
    persons: Iterable[Person], group_records: Iterable[Group], tag: str, facts: str
) -> dict[str, Any]:
    """Return who the letter speaks about (planning's choice), as a template names them in `tag`.

    `persons` and `groups` are those still concerned (a person released or dead is not);
    `names` lists every person's name and every group's description, in that order, and
    `list` joins them the way the language does ("A, B und mindestens zehn weitere ...").
    `plural` and `gender` are what the grammar of a sentence about all of them follows:
    a group, or more than one person, is plural; the gender is female or male only where
    every person's is known (female: all of them) and no group is among them.
    `short` is what a subject line names: `names`, and `others` (how many it leaves out;
    None when a group makes the number unknown), `shortened` when it leaves anyone out.
    """
    people = [_person(p, tag, facts) for p in persons]
    groups = [_group(g, tag) for g in group_records]
    names = [p["name"] for p in people] + [g["description"] for g in groups]
    plural = len(names) > 1 or bool(groups)
    genders = {p["gender"] for p in people}
    if not plural:
        gender = people[0]["gender"] if people else "unknown"
    elif groups or "unknown" in genders:
        gender = "unknown"
    else:
        gender = "female" if genders == {"female"} else "male"
    shown, others = names, _subject_others(people, groups)
    if len(names) > SUBJECT_NAMES or (len(names) == SUBJECT_NAMES and groups):
        # The first two persons (or the first group, where no one is named) stand for all.
        shown = [p["name"] for p in people[:2]] or names[:1]
    else:
        others = 0
    return {
        "persons": people,
        "groups": groups,
        "names": names,
        "list": join_list(names, tag),
        "count": len(names),
        "plural": plural,
        "gender": gender,
        "short": {"names": shown, "others": others, "shortened": shown != names},
        # The facts name every person: an opening before them names the short form
        # ("A, B and others"), so the full list is not read twice in a few lines.
        "named_in_facts": bool(people) and all(p["name"] in facts for p in people),
        "roles": _roles(people),
    }


def _roles(people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the role sentences a letter still needs: the persons who share a role, together."""
    roles: dict[str, list[str]] = {}
    for person in people:
        if person["role"] and not person["role_in_facts"]:
            roles.setdefault(person["role"], []).append(person["name"])
    return [{"role": role, "names": names} for role, names in roles.items()]


def _subject_others(people: list[dict[str, Any]], groups: list[dict[str, Any]]) -> int | None:
    """Return how many people a shortened subject leaves out; None if a group's number is vague."""
    left_out = groups if people else groups[1:]
    if any(g["count"] is None or _inexact(g["description"]) for g in left_out):
        return None
    counted: int = sum(g["count"] for g in left_out)
    return max(len(people) - 2, 0) + counted


def _inexact(description: str) -> bool:
    """Say whether a group's description gives no exact number ("at least 10 ...")."""
    return bool(_AT_LEAST.search(description))


_AT_LEAST = re.compile(
    r"\b(at least|more than|over|about|some|mindestens|über|mehr als|etwa|rund|au moins|"
    r"plus de|environ|almeno|oltre|più di|circa|al menos|más de|unos|unas|не менее|"
    r"более|по меньшей мере|около|свыше)\b|أكثر من|ما لا يقل|نحو",
    re.IGNORECASE,
)


def _person(person: Person, tag: str, facts: str) -> dict[str, Any]:
    role = pick(person.role, tag)
    return {
        "name": pick_name(person.name, tag),
        "gender": person.grammatical_gender,
        "pronouns": person.pronouns,
        "role": role,
        # The facts already say it ("Azimjan Askarov, an ethnic Uzbek human rights
        # defender ..."): a role sentence before them would say it twice.
        "role_in_facts": role is not None and role_opens(role, facts),
        "born": str(person.born) if person.born else None,
    }


def _group(group: Group, tag: str) -> dict[str, Any]:
    description = pick(group.description, tag)
    if description is None:
        raise TemplateError(
            Message("the case has no text in '%(tag)s' for a group's description", tag=tag)
        )
    return {"description": description, "count": group.count}


def _as_person(group: dict[str, Any]) -> dict[str, Any]:
    """Return a group as `person` shows it to templates written for one person."""
    return {
        "name": group["description"],
        "gender": "unknown",
        "pronouns": None,
        "role": None,
        "role_in_facts": False,
        "born": None,
    }


# A sentence ends at ".", "!" or "?" before a capital (or any Arabic letter), but not after a
# day of the month: "am 17. Mai 1951" goes on, "seit 2010. Am 22. Juli" ends at "2010.";
# before a number only after a word, not an abbreviation ("в Кыргызстане. 22 июля", "Nr. 19").
_FIRST_SENTENCE = re.compile(
    r"(?<!\b\d)(?<!\b\d\d)[.!?؟。]\s+(?=[^\W\d_a-zà-ÿа-яё])|(?<=[^\W\d_]{3})[.!?]\s+(?=\d)"
)
_ROLE_JOINS = re.compile(r"\s(?:and|und|et|e|ed|y|и)\s|\sو|,", re.IGNORECASE)
_ARTICLES = re.compile(
    r"^(?:a|an|the|ein|eine|einer|der|die|das|un|une|uno|una|un'|el|la|le|lo|il|l')\s*",
    re.IGNORECASE,
)


# How many of the facts' first sentences a role may stand in to need no sentence of its own:
# "Zhen Jianghua reportedly stood trial … With no access …, the human rights defender …".
ROLE_SENTENCES = 2
_CYRILLIC_WORD = re.compile(r"[а-яё]+")


@lru_cache(maxsize=1024)  # the same role and facts in every letter of a batch
def role_opens(role: str, facts: str) -> bool:
    """Say whether the facts' first sentences already call the person what `role` says.

    Russian declines the role there ("удерживают … Ибрахима Метвалли — адвоката-
    правозащитника" for "адвокат-правозащитник"): each of its words is looked for without
    its ending, the words in the role's order.
    """
    sentences = _FIRST_SENTENCE.split(facts.strip(), maxsplit=ROLE_SENTENCES)
    opening = " ".join(sentences[:ROLE_SENTENCES]).casefold()
    head = _ROLE_JOINS.split(role.strip(), maxsplit=1)[0]
    head = _ARTICLES.sub("", head.strip()).strip().casefold()
    if len(head) < 4:
        return False
    if head in opening:
        return True
    words = _CYRILLIC_WORD.findall(head)
    if not words or len("".join(words)) < len(head.replace(" ", "").replace("-", "")):
        return False  # not a Russian role: the exact words, as above
    stems = [word[:-2] if len(word) > 5 else word for word in words]
    declined = r"[а-яё]*[\s\-]+".join(re.escape(stem) for stem in stems)
    return re.search(rf"(?<![а-яё]){declined}", opening) is not None


# --- where the sender writes from ----------------------------------------------------------

# How a language says "from <town>" for a town the tables do not know (a bare name needs
# no article in these); Russian declines and French elides, so they get no guess.
_FROM = {"de": "aus %s", "en": "from %s", "es": "desde %s", "it": "da %s", "ar": "من %s"}
# Where a town's Italian article is part of its name and joins "da" ("dalla Maddalena"); a
# foreign article stays apart ("da La Chaux-de-Fonds", "da La Paz").
_ITALIAN_ARTICLES = frozenset({"IT", "SM", "VA"})


def sender_place(sender: Sender, tag: str) -> dict[str, Any]:
    """Return the sender's town as a letter in `tag` names it, and "from <town>".

    The town is the sender's own name for it in the language (`place`), else the name the
    place tables give (Genève is Genf in German, Женева in Russian), else the town as typed
    where the letter is written in Latin script, else None: a Russian or Arabic sentence
    never holds a Latin name, and a template then writes a sentence that needs none.
    `place_forms` are the Russian genitive and prepositional, where known.
    """
    name, phrase, forms = _place_in(sender.city, sender.country, pick(sender.place, tag), tag)
    return {"place": name, "from_place": phrase, "place_forms": dict(forms)}


@lru_cache(maxsize=1024)  # supporters of a batch share their towns
def _place_in(
    city: str, country: str, given: str | None, tag: str
) -> tuple[str | None, str | None, tuple[tuple[str, str | None], ...]]:
    """Return the town, "from <town>" and its Russian forms (as items: cached, never changed)."""
    base = l10n.base_language(tag)
    if given is not None and not fits_script(given, tag):
        given = None
    source = given or city
    known = places.place_name(source, country, base)
    name = given or known
    if name is None and fits_script(city, tag):
        name = city
    phrase = None
    if name is not None:
        if known == name:
            phrase = places.place_phrase(source, country, base, "from")
        if phrase is None and base == "it" and country in _ITALIAN_ARTICLES:
            phrase = with_preposition("da", name, base, names=True)  # "dalla Maddalena"
        if phrase is None and base in _FROM:
            phrase = _FROM[base] % name
    if name is not None and l10n.script_of(tag) == "Latn":
        # The letters write the straight apostrophe ("l'attenzione"); the tables' "L’Aia"
        # would stand next to it in the date line.
        name, phrase = name.replace("’", "'"), phrase and phrase.replace("’", "'")
    forms: tuple[tuple[str, str | None], ...] = ()
    if base == "ru" and name is not None:
        forms = tuple(
            (case, places.place_form(source, country, base, case) if known == name else None)
            for case in ("genitive", "prepositional")
        )
    return name, phrase, forms


# The Unicode name every letter of a script starts with ("LATIN SMALL LETTER A").
_SCRIPT_NAMES = {"Latn": "LATIN", "Cyrl": "CYRILLIC", "Arab": "ARABIC", "Grek": "GREEK"}


@lru_cache(maxsize=1024)
def fits_script(text: str, tag: str) -> bool:
    """Say whether `text` may stand in a sentence of language `tag`: every letter in its script.

    No Latin town in a Russian sentence, no Greek or Japanese one in a German sentence.
    """
    prefix = _SCRIPT_NAMES.get(l10n.script_of(tag))
    if prefix is None:  # a script the letters do not know: only Latin is surely foreign
        prefix = "LATIN"
        return not any(unicodedata.name(ch, "").startswith(prefix) for ch in text)
    return all(unicodedata.name(ch, "").startswith(prefix) for ch in text if ch.isalpha())


def country_in_text(code: str, tag: str) -> str:
    """Return how a letter's sentence in `tag` names country `code` ("Кыргызстан")."""
    return l10n.country_name(code, tag)


# --- the country lines of the two address blocks ------------------------------------------

# Every post reads the UPU's languages; a country line in them is never refused.
_UPU_LANGUAGES = ("en", "fr")


@lru_cache(maxsize=256)
def country_line_language(
    tag: str, sender_languages: tuple[str, ...], posted_in: str, destination: str
) -> str:
    """Return the language of the recipient's country line: one the posting country reads.

    The UPU asks for the destination country in a language of the country the letter is
    posted in, or in French or English. So: the letter's language where it is an official
    language there (or French or English), else the first of the sender's languages that
    is, else the posting country's main language, else English. A language in another script
    than Latin only where the destination writes it too ("КЫРГЫЗСТАН" from Moscow, not
    "روسيا" from Cairo), so that every post on the way reads the line.
    """
    official = _official_languages(posted_in)
    destination_official = _official_languages(destination)
    candidates = [tag, *sender_languages, *official, "en"]
    for candidate in candidates:
        base = l10n.base_language(candidate)
        if base not in official and base not in _UPU_LANGUAGES:
            continue
        if l10n.script_of(base) == "Latn" or base in destination_official:
            return candidate
    return "en"


def return_line_language(tag: str, destination: str, sender_country: str | None = None) -> str:
    """Return the language of the sender's own country line: one the destination reads.

    The destination's post returns the letter and its reader replies to it (UPU): the
    letter's language where it is an official language there; else, in Latin script, the
    language of the sender's own country ("DEUTSCHLAND" from Berlin) or French or English;
    else English ("UNITED STATES", not "VEREINIGTE STAATEN", on a German letter from Boston
    to Moscow; "EGYPT" on an Arabic letter to Moscow).
    """
    base = l10n.base_language(tag)
    if base in _official_languages(destination):
        return tag
    own = _official_languages(sender_country) if sender_country else ()
    if l10n.script_of(base) == "Latn" and (base in own or base in _UPU_LANGUAGES):
        return tag
    return "en"


def reads_script(tag: str, destination: str) -> bool:
    """Say whether the post of `destination` reads the script of language `tag`.

    Every post reads Latin script (UPU); another script only where it writes it itself:
    Cyrillic in Russia or Kyrgyzstan, Arabic in Egypt, not Cyrillic in China or Egypt.
    """
    script = l10n.script_of(tag)
    return script == "Latn" or any(
        l10n.script_of(language) == script for language in _official_languages(destination)
    )


@cache
def _official_languages(country: str) -> tuple[str, ...]:
    from babel.languages import get_official_languages

    return tuple(get_official_languages(country.upper(), de_facto=True))


# --- how the letter addresses its reader ------------------------------------------------------


@cache  # one table per language and gender of the title
def _rank_salutations(tag: str, feminine: bool = False) -> dict[str, str]:
    """Return the address of each rank in `tag`, where the case gives no salutation for it.

    An ambassador is "Dear Ambassador", not "Dear Sir or Madam". A translation may name the
    target's title with %(title)s (Arabic: "معالي %(title)s المحترم"). "excellency" is the
    address of a target the case calls "Your Excellency" in another language. `feminine`:
    the forms for a title that names a woman ("معالي %(title)s المحترمة"), where the
    language's titles show it (`_feminine_title`).
    """
    catalog = l10n.translations(tag)
    official = (
        # Translators: how a letter addresses a prosecutor, judge or other official whose
        # title it knows (%(title)s) when the case gives no salutation. Where the language
        # addresses such an official in a gender-neutral way only as "Dear Sir or Madam",
        # write exactly the translation of "Dear Sir or Madam". No final punctuation.
        str(catalog.pgettext("official", "Dear Sir or Madam"))
    )
    ranks = {
        # Translators: how a letter addresses a head of state when the case gives no
        # salutation; gender-neutral where the language allows; no final punctuation.
        "head_of_state": catalog.gettext("Your Excellency"),
        # Translators: how a letter addresses a head of government (a prime minister) when
        # the case gives no salutation; gender-neutral where the language allows.
        "head_of_government": str(catalog.pgettext("head of government", "Your Excellency")),
        # Translators: how a letter addresses an ambassador when the case gives no salutation;
        # gender-neutral where the language allows; no final punctuation.
        "ambassador": catalog.gettext("Dear Ambassador"),
        # Translators: how a letter addresses a minister when the case gives no salutation;
        # gender-neutral where the language allows; no final punctuation.
        "minister": catalog.gettext("Dear Minister"),
        "prosecutor": official,
        "judge": official,
        "official": official,
        # Translators: how a letter addresses an official (not a head of state) whom the case
        # addresses as "Your Excellency" in another language, such as a head of the judiciary.
        "excellency": str(catalog.pgettext("excellency", "Your Excellency")),
    }
    if not feminine:
        return ranks
    # The same salutations to a woman, used only where the target's title in the language
    # shows that she is one (Arabic: a title whose first word ends in ة, "وزيرة العدل").
    woman = {
        # Translators: "Your Excellency" to a woman head of state, where the title shows her
        # gender ("فخامة %(title)s المحترمة"); where the masculine form is neutral, the same.
        "head_of_state": catalog.pgettext("woman", "Your Excellency"),
        # Translators: the same to a woman head of government ("دولة %(title)s المحترمة").
        "head_of_government": catalog.pgettext("woman, head of government", "Your Excellency"),
        # Translators: "Dear Ambassador" to a woman ambassador ("سعادة السفيرة المحترمة").
        "ambassador": catalog.pgettext("woman", "Dear Ambassador"),
        # Translators: "Dear Minister" to a woman minister ("معالي %(title)s المحترمة").
        "minister": catalog.pgettext("woman", "Dear Minister"),
        # Translators: the address of a woman prosecutor, judge or official by her title
        # ("السيدة %(title)s المحترمة"); where the language says "Dear Sir or Madam", the same.
        "official": catalog.pgettext("woman, official", "Dear Sir or Madam"),
        # Translators: "Your Excellency" to a woman official the case addresses so in another
        # language ("معالي %(title)s المحترمة").
        "excellency": catalog.pgettext("woman, excellency", "Your Excellency"),
    }
    for rank, english in (
        ("head_of_state", "Your Excellency"),
        ("head_of_government", "Your Excellency"),
        ("ambassador", "Dear Ambassador"),
        ("minister", "Dear Minister"),
        ("official", "Dear Sir or Madam"),
        ("excellency", "Your Excellency"),
    ):
        # An entry a catalog has not translated yet keeps the form above, not English.
        if woman[rank] != english or l10n.base_language(tag) == "en":
            ranks[rank] = str(woman[rank])
    ranks["prosecutor"] = ranks["judge"] = ranks["official"]
    return ranks


# Titles that name a woman, where a language's titles show it: an Arabic title whose first
# word ends in the feminine ة ("وزيرة العدل", "النائبة العامة", "سفيرة الاتحاد الروسي").
_FEMININE_TITLES = {"ar": re.compile(r"^\S*ة(?:\s|$)")}


def _feminine_title(title: str | None, tag: str) -> bool:
    """Say whether `title`, in language `tag`, names a woman (Arabic "وزيرة العدل")."""
    pattern = _FEMININE_TITLES.get(l10n.base_language(tag))
    return bool(title and pattern and pattern.match(title.strip()))


_HEADS = ("head_of_state", "head_of_government")
# Arabic addresses a monarch by the dignity, not as a president ("فخامة" is for presidents
# only, and calling a king or an emir so is a slight): "صاحب الجلالة" for a king or sultan,
# "صاحب السمو" for an emir, a sheikh or a crown prince ("الملكي" in a kingdom).
_ARABIC_MAJESTY = frozenset({"ملك", "الملك", "سلطان", "السلطان", "خادم", "عاهل", "العاهل"})
_ARABIC_QUEEN = frozenset({"ملكة", "الملكة", "سلطانة", "السلطانة"})
_ARABIC_HIGHNESS = frozenset({"أمير", "الأمير", "شيخ", "الشيخ", "ولي"})


# Italian protocol likewise: a king, a queen or a sultan is "Sua Maestà" ("S.M.", "Maestà,"),
# an emir, a sheikh or a prince "Sua Altezza" ("S.A.", "Altezza,"); never "Eccellenza".
_ITALIAN_MAJESTY = frozenset({"re", "regina", "sultano", "sultana", "sovrano", "sovrana"})
_ITALIAN_HIGHNESS = frozenset({"emiro", "sceicco", "principe", "principessa"})


# German protocol: a king, a queen or a sultan is "Eure Majestät" in the salutation and
# "S. M." ("I. M." for a woman) before the name; an emir, a sheikh or a prince "Eure Hoheit"
# and "S. H." ("I. H."), a prince of a kingdom "Eure Königliche Hoheit" and "S. K. H.";
# never "Exzellenz", which is for presidents, ministers and ambassadors.
_GERMAN_MAJESTY = {"könig": "König", "königin": "Königin", "sultan": "Sultan",
                   "sultanin": "Sultanin"}  # fmt: skip
_GERMAN_HIGHNESS = frozenset({"emir", "emira", "scheich", "scheicha", "prinz", "prinzessin",
                              "kronprinz", "kronprinzessin"})  # fmt: skip
_GERMAN_WOMEN = frozenset({"königin", "sultanin", "emira", "scheicha", "prinzessin",
                           "kronprinzessin", "ihre"})  # fmt: skip
_GERMAN_DIGNITIES = {"Eure Majestät": "M.", "Eure Hoheit": "H.", "Eure Königliche Hoheit": "K. H."}

# Per language: the words naming a sovereign and a prince; the words by which a title says
# the dignity itself ("Seine Majestät der König", "Sua Maestà il Re", "جلالة الملك"); and
# the words a title may open with before the word naming the office (articles, those
# dignities): "Der König von Marokko" is a king as "König von Marokko" is.
_ROYAL_WORDS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                              frozenset[str]]] = {
    "de": (frozenset(_GERMAN_MAJESTY), _GERMAN_HIGHNESS, frozenset({"majestät"}),
           frozenset({"hoheit"}),
           frozenset({"der", "die", "das", "seine", "ihre", "königliche", "kaiserliche"})),
    "it": (_ITALIAN_MAJESTY, _ITALIAN_HIGHNESS, frozenset({"maestà"}), frozenset({"altezza"}),
           frozenset({"il", "lo", "la", "l", "sua", "reale", "serenissima"})),
    "ar": (_ARABIC_MAJESTY | _ARABIC_QUEEN, _ARABIC_HIGHNESS, frozenset({"جلالة", "الجلالة"}),
           frozenset({"سمو", "السمو"}), frozenset({"صاحب", "صاحبة", "الملكي"})),
    # The salutation only (round 14): "Your Majesty", "Sire", "Majestad", "Ваше Величество".
    "en": (frozenset({"king", "queen", "sultan", "emperor", "empress"}),
           frozenset({"emir", "amir", "prince", "princess", "sheikh", "crown"}),
           frozenset({"majesty"}), frozenset({"highness"}),
           frozenset({"the", "his", "her", "royal", "imperial"})),
    "fr": (frozenset({"roi", "reine", "sultan", "empereur", "impératrice"}),
           frozenset({"émir", "prince", "princesse", "cheikh"}),
           frozenset({"majesté"}), frozenset({"altesse"}),
           frozenset({"le", "la", "l", "sa", "son", "royale", "impériale"})),
    "es": (frozenset({"rey", "reina", "sultán", "emperador", "emperatriz"}),
           frozenset({"emir", "príncipe", "princesa", "jeque"}),
           frozenset({"majestad"}), frozenset({"alteza"}),
           frozenset({"el", "la", "su", "real", "imperial"})),
    "ru": (frozenset({"король", "королева", "султан", "император", "императрица"}),
           frozenset({"эмир", "принц", "принцесса", "шейх", "наследный"}),
           frozenset({"величество"}), frozenset({"высочество"}),
           frozenset({"его", "её", "ее"})),
}  # fmt: skip
# A monarch's salutation where the letter's template puts its own punctuation after it: a
# sovereign, a queen, a prince or emir.
_ROYAL_SALUTATIONS = {
    "en": ("Your Majesty", "Your Majesty", "Your Highness"),
    "fr": ("Sire", "Madame", "Altesse"),
    "es": ("Majestad", "Majestad", "Alteza"),
    "ru": ("Ваше Величество", "Ваше Величество", "Ваше Высочество"),
}
_QUEENS = frozenset({"queen", "reine", "reina", "королева", "empress", "impératrice"})


@dataclasses.dataclass(frozen=True)
class _Royal:
    """A monarch or a prince as a title names him or her."""

    majesty: bool  # a sovereign ("Majestät"), else a prince or an emir ("Hoheit")
    office: str  # the word naming the office, casefolded ("könig", "re", "الملك"), or ""
    carried: bool  # the title says the dignity itself ("Seine Majestät der König …")
    words: tuple[str, ...]  # the title's words, casefolded


def _royal_of(title: str | None, tag: str) -> _Royal | None:
    """Return the monarch or prince `title` (in `tag`) names, or None for anyone else.

    The office is the first word after articles and dignities; a dignity anywhere in the
    title ("Seine Majestät", "جلالة") decides as well.
    """
    words_of = _ROYAL_WORDS.get(l10n.base_language(tag))
    if words_of is None or not title:
        return None
    sovereigns, princes, majesties, highnesses, openers = words_of
    words = tuple(re.findall(r"\w+", ARABIC_MARKS.sub("", title).casefold()))
    skip = openers | majesties | highnesses
    office = next((word for word in words if word not in skip), "")
    if office not in sovereigns | princes:
        office = ""
    carried = [word in majesties for word in words if word in majesties | highnesses]
    if not office and not carried:
        return None
    majesty = carried[0] if carried else office in sovereigns
    return _Royal(majesty, office, bool(carried), words)


_LEADING_WORD = re.compile(r"(\w+)(?:['’]|\s+)")


def _split_dignity(title: str, tag: str) -> tuple[str, str]:
    """Split a monarch's `title` into its leading articles and dignities and the office.

    "Seine Majestät der König von Marokko" -> ("Seine Majestät der", "König von Marokko"),
    "L'Emiro del Qatar" -> ("L'", "Emiro del Qatar"), "صاحب الجلالة الملك" -> ("صاحب الجلالة",
    "الملك").
    """
    _, _, majesties, highnesses, openers = _ROYAL_WORDS[l10n.base_language(tag)]
    skip = openers | majesties | highnesses
    end = 0
    while (word := _LEADING_WORD.match(title, end)) and ARABIC_MARKS.sub(
        "", word[1]
    ).casefold() in skip:
        end = word.end()
    office = title[end:]
    return title[:end].strip(), office[:1].upper() + office[1:]


def _royal_salutation(title: str | None, tag: str) -> str | None:
    """Return the address of a monarch or prince by `title` in `tag`, or None for others."""
    royal = _royal_of(title, tag)
    if royal is None and l10n.base_language(tag) in _ROYAL_SALUTATIONS:
        royal = _royal_of(title, "en")  # a case without the title in the language: its English
    if royal is None:
        return None
    base = l10n.base_language(tag)
    words = set(royal.words)
    if base == "de":
        if royal.majesty:
            return "Eure Majestät"
        kingdom = "königliche" in words or any(
            word.startswith(("königreich", "saudi")) for word in words
        )
        return "Eure Königliche Hoheit" if kingdom else "Eure Hoheit"
    if base == "it":
        if royal.majesty:
            return "Maestà"
        # A prince of a kingdom is a royal highness ("S.A.R." before the name, "Altezza
        # Reale,"), as the German "Eure Königliche Hoheit" is.
        kingdom = "reale" in words or any(word.startswith(("regno", "saudit")) for word in words)
        return "Altezza Reale" if kingdom else "Altezza"
    if base in _ROYAL_SALUTATIONS:
        to_king, to_queen, to_prince = _ROYAL_SALUTATIONS[base]
        if not royal.majesty:
            return to_prince
        woman = royal.office in _QUEENS or bool({"her", "sa"} & words)
        return to_queen if woman else to_king
    if royal.majesty:
        queen = royal.office in _ARABIC_QUEEN or "صاحبة" in words
        return "صاحبة الجلالة" if queen else "صاحب الجلالة"
    kingdom = bool({"المملكة", "مملكة", "الملكي"} & words) or any("السعودي" in w for w in words)
    return "صاحب السمو الملكي" if kingdom else "صاحب السمو"


def salutation_of(target: Target, tag: str) -> tuple[str, str]:
    """Return how a letter in `tag` addresses `target`, and whence: "case", "rank", "generic".

    Without a salutation in the language: the address of the target's rank (agreeing with a
    title that names a woman), else "Your Excellency" in the language where the case
    addresses the target so in another one (the UA's "korrekte Anrede: Your Excellency /
    Exzellenz"), else the generic one.
    """
    for candidate in l10n.fallback_chain(tag):
        if candidate in target.salutation:
            return target.salutation[candidate], "case"
    # Translators: the formal salutation when a target has none for this language,
    # without final punctuation (the template adds "," or ":" or "!"); it may address
    # one person or several.
    generic = l10n.translations(tag).gettext("Dear Sir or Madam")
    title = pick(target.title, tag)
    heads = target.rank in _HEADS
    royal = _royal_salutation(title or pick(target.title, "en"), tag) if heads else None
    if royal is not None:
        return royal, "rank"
    ranks = _rank_salutations(tag, _feminine_title(title, tag))
    message = ranks.get(target.rank or "")
    if message in (None, generic) and any(
        is_excellency(text, lang) for lang, text in target.salutation.items()
    ):
        message = ranks["excellency"]
    if message is None or message == generic:
        return generic, "generic"
    # An empty title leaves no double space behind.
    text = " ".join((message % {"title": title or ""}).split())
    return text, "rank"


def is_excellency(salutation: str, tag: str) -> bool:
    """Say whether `salutation` is "Your Excellency" as a letter in `tag` writes it."""
    forms = {"your excellency"}
    for feminine in (False, True):
        wanted = _rank_salutations(tag, feminine)["head_of_state"]
        forms.add(" ".join((wanted % {"title": ""}).split()).casefold())
    return " ".join(salutation.split()).casefold() in forms


def _skip_block(context: Any) -> Iterator[str]:
    """Stand in for a block in the pass over the whole template: render nothing."""
    return iter(())


def _render_blocks(template: jinja2.Template, context: dict[str, Any]) -> dict[str, str]:
    """Render each named block; top-level macros and `set`s of the template are visible."""
    with letter_budget():
        return _render_budgeted(template, context)


def _render_budgeted(template: jinja2.Template, context: dict[str, Any]) -> dict[str, str]:
    try:
        ctx = template.new_context(context)
        # Running the whole template first executes `extends`, macros and top-level sets,
        # so each block below sees them, and inherited blocks resolve like in a full render.
        # The required blocks are rendered on their own below, so in this pass they yield
        # nothing (a block cannot set variables outside itself): each is rendered once.
        skipped = [name for name in REQUIRED_BLOCKS if name in ctx.blocks]
        for name in skipped:
            ctx.blocks[name].insert(0, _skip_block)
        for _chunk in template.root_render_func(ctx):
            pass
        for name in skipped:
            ctx.blocks[name].remove(_skip_block)
        missing = [b for b in REQUIRED_BLOCKS if b not in ctx.blocks]
        if missing:
            raise TemplateError(
                Plural(
                    "template lacks the block %(blocks)s",
                    "template lacks the blocks %(blocks)s",
                    len(missing),
                    blocks=", ".join(missing),
                ),
                source=template.filename or template.name,
            )
        return {name: _block_text(template, name, ctx) for name in REQUIRED_BLOCKS}
    except jinja2.UndefinedError as exc:
        undefined = Message("undefined variable: %(problem)s", problem=_short(exc.message or ""))
        raise _located(exc, template, undefined) from None
    except TemplateLimitError as exc:
        reason = Message("over a template limit: %(what)s", what=_problem(exc))
        raise _located(exc, template, reason) from None
    except SecurityError as exc:
        refused = Message("not allowed in a template: %(problem)s", problem=_problem(exc))
        raise _located(exc, template, refused) from None
    except TemplateError as exc:
        if exc.source is None:  # raised by a helper: name the line that called it
            raise _located(exc, template, exc.reason) from None
        raise
    except (
        jinja2.TemplateError,
        TypeError,
        ValueError,
        LookupError,
        AttributeError,
        ArithmeticError,
    ) as exc:
        reason = Message("template error: %(problem)s", problem=_problem(exc))
        raise _located(exc, template, reason) from None
    except RecursionError:  # the limits keep templates far from it; an input error all the same
        raise TemplateError(
            Message("nested too deeply"), source=template.filename or template.name
        ) from None


def _block_text(template: jinja2.Template, name: str, ctx: Any) -> str:
    """Render block `name`; refuse it, naming the block's line, if it is too long.

    Every character a block outputs was counted against the letter's text budget, so the
    text joined here is bounded even before this check.
    """
    render = ctx.blocks[name][0]
    text = "".join(render(ctx))
    reason: Message | None = None
    if len(text) > MAX_BLOCK_CHARS:
        reason = Message(
            "over a template limit: the block %(block)s is longer than %(limit)s characters",
            block=name,
            limit=Number(MAX_BLOCK_CHARS),
        )
    else:
        # A template's own text may hold what the case files may not: a NUL the DOCX writer
        # cannot store, an ESC that drives a terminal on `--out -`, a lone surrogate.
        reason = text_problem(text)
    if reason is not None:
        owner = render.__globals__.get("__jinja_template__", template)
        raise TemplateError(
            reason,
            source=owner.filename or owner.name,
            line=owner.get_corresponding_lineno(render.__code__.co_firstlineno),
        )
    return text


def _located(exc: BaseException, template: jinja2.Template, reason: str) -> TemplateError:
    """Name the template file and line where `exc` happened.

    The blocks run as compiled Python; each frame's globals carry its template, which maps
    the Python line back to the template line (as Jinja's own traceback rewriting does).
    """
    source, line = template.filename or template.name, None
    tb = exc.__traceback__
    while tb is not None:
        owner = tb.tb_frame.f_globals.get("__jinja_template__")
        if owner is not None:
            source = owner.filename or owner.name or source
            line = owner.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return TemplateError(reason, source=source, line=line)


def _problem(exc: BaseException) -> str:
    """Return what went wrong: our sandbox's own Message, else Jinja's or Python's words."""
    reason = exc.args[0] if exc.args else None
    return reason if isinstance(reason, Message) else _short(str(exc))


def _short(text: str, limit: int = 200) -> str:
    """Return the first line of `text`, cut to `limit` characters: a message stays one line."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 3] + "..."


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split a rendered body into paragraphs at blank lines; "- " lines are list items."""
    paragraphs: list[Paragraph] = []
    for chunk in _BLANK_LINE.split(text.strip()):
        running: list[str] = []
        for raw in chunk.splitlines():
            line = raw.strip()
            if line.startswith("- "):
                if running:
                    paragraphs.append(Paragraph(" ".join(running)))
                    running = []
                paragraphs.append(Paragraph(line[2:].strip(), "item"))
            elif line:
                if paragraphs and paragraphs[-1].kind == "item" and not running and raw[:1] == " ":
                    last = paragraphs.pop()
                    paragraphs.append(Paragraph(f"{last.text} {line}", "item"))
                else:
                    running.append(line)
        if running:
            paragraphs.append(Paragraph(" ".join(running)))
    return tuple(paragraphs)


def _one_line(text: str) -> str:
    # Only ASCII whitespace: a no-break space (French "Objet :") must stay unbreakable.
    return _ASCII_SPACES.sub(" ", text).strip(" \t\r\n")


def build_letter(planned: PlannedLetter, parts: dict[str, str], context: dict[str, Any]) -> Letter:
    """Assemble a `Letter` from rendered blocks and the planned letter's data."""
    tag = planned.language
    case, target, sender = planned.case, planned.target, planned.sender
    catalog = l10n.translations(tag)
    fix = orthography(planned)
    # A copy letter is the same letter in the window of the copy's recipient: the same rules
    # name it and lay out its address as the target's.
    recipient: Target | Copy = target
    title: str | None = context["target"]["title"]
    if planned.copy_to is not None:
        recipient = planned.copy_to.copy
        title = pick(recipient.title, tag)
    name_lines, organisation = addressee_lines(planned, recipient, title)
    # An organisation's name is text of the letter like the prose (a Swiss letter writes
    # "Gefängnis «Nr. 19» an der Weissen Strasse"); names and postal lines stay as written.
    organisation = fix(organisation) if organisation else organisation
    destination = recipient.address.country if recipient.address else _destination(planned)
    recipient_lines = (
        address_lines(
            recipient.address,
            name_lines=name_lines,
            organisation=organisation,
            sender_country=sender.country,
            sender_language=country_line_language(
                tag, tuple(sender.languages), sender.country, recipient.address.country
            ),
        )
        if recipient.address is not None
        # Reached only by email, fax or web: no postal block, its name lines stand.
        else [*name_lines, *filter(None, [organisation])]
    )
    own = sender_lines(
        sender.name,
        list(sender.street),
        sender.postal_code,
        sender.city,
        sender.country,
        destination=destination,
        language=return_line_language(tag, destination, sender.country),
        area=sender.area,
    )
    date_text = l10n.format_letter_date(planned.date, tag)
    copy_to = catalog.gettext("Copy to: %(recipient)s")
    # The label once, the recipients listed after it: the first on the label's line, each
    # other on a line of its own (the writers align them under the first).
    # A copy the case lists for the sender's country and gives no address is there (the
    # embassy in the sender's country): a Russian line names it by that country.
    ours = planned.case.copies.get(sender.country, ())
    labels_of = [
        _copy_label(copy, tag, host=sender.country if copy in ours else None)
        for copy in planned.copies
    ]
    copies = tuple(
        copy_to % {"recipient": label} if index == 0 else label
        for index, label in enumerate(labels_of)
    )
    labels = {
        "page": catalog.gettext("Page %(page)s of %(pages)s")
        % {"page": "{page}", "pages": "{pages}"},
        "copy_to": (copy_to % {"recipient": ""}).rstrip(),
        "translation": catalog.gettext("Courtesy translation"),
        # Translators: the email channel line of a text letter when the UA asks for a
        # subject line in emails: "Email: info@dadiran.ir (subject: FAO Ayatollah …)".
        "email_subject": catalog.gettext("%(address)s (subject: %(subject)s)"),
    }
    if planned.copy_to is not None:
        labels["copy_of"] = copy_marker(planned, context["target"]["title"])
    place = context["sender"]["place"]
    place_date = (
        catalog.gettext("%(place)s, %(date)s") % {"place": place, "date": date_text}
        if place
        else date_text
    )
    mark = isolate_latin if l10n.script_of(tag) == "Arab" else _unchanged
    labels = {k: mark(fix(v)) if k == "copy_of" else fix(v) for k, v in labels.items()}
    # The orthography pass (Swiss German "ss" for "ß") is for the template's and the
    # catalog's text and the case's prose; names and addresses keep their spelling, so the
    # sender and recipient blocks, the name lines and the signature never go through it.
    return Letter(
        case_id=case.slug,
        ua=case.label,
        target_id=target.id,
        language=tag,
        date=planned.date,
        sender_name=sender.name,
        sender_lines=tuple(own),
        recipient_lines=tuple(recipient_lines),
        place_date=mark(fix(place_date)),
        subject=mark(fix(_one_line(parts["subject"]))),
        salutation=mark(fix(_one_line(parts["salutation"]))),
        paragraphs=_passed(split_paragraphs(parts["body"]), mark, fix),
        closing=mark(fix(_one_line(parts["closing"]))),
        signature=sender.name,
        copies=tuple(mark(fix(c)) for c in copies),
        recipient_email=target.email[0] if target.email else None,
        copy_emails=tuple(email for c in planned.copies for email in c.email),
        sender_email=sender.email,
        sender_country=sender.country,
        destination_country=destination,
        labels=labels,
        recipient_name_lines=tuple(name_lines or filter(None, [organisation])),
        copy_of=labels.get("copy_of"),
    )


def recipient_name_lines(planned: PlannedLetter, title: str) -> list[str]:
    """Return who the letter's target is, above its address (`addressee_lines`)."""
    return addressee_lines(planned, planned.target, title)[0]


def addressee_lines(
    planned: PlannedLetter, recipient: Target | Copy, title: str | None
) -> tuple[list[str], str | None]:
    """Return the lines that name a target or a copy's recipient, and its organisation line.

    In the letter's language where its readers read the letter's script: the case's
    `addressee` lines for the language, else name and title (`title`, in the language;
    "Президенту Кыргызской Республики / С. Ш. Жээнбекову"), and the organisation in the
    language. That is where the post of the destination reads the script, where no post
    carries the letter (reached by email or fax only), and where the recipient is the case
    country's embassy, whose staff read the language that is official at home (the Russian
    ambassador in Washington): there only the delivery lines follow the destination's post.
    Elsewhere, lines every post reads: the case's own lines where they are in Latin script,
    else its English ones, else the name in Latin script and the title in English (or
    another language in Latin script); so a Russian letter to Cairo, or its copy to Beijing,
    is not addressed in Cyrillic only.
    """
    tag = planned.language
    address = recipient.address
    addressee = pick(recipient.addressee, tag)
    own = _lines_of(addressee) or _name_and_title(_courtesy_name(recipient, tag), title, tag)
    if (
        address is None
        or reads_script(tag, address.country)
        or _represents_the_case_country(planned, recipient)
    ):
        if l10n.base_language(tag) == "ru":
            # A word in lower case inside a sentence ("аятолла Сейед Али Хаменеи") starts an
            # address line with a capital.
            own = [line[:1].upper() + line[1:] for line in own]
        return own, _unless_named(pick(recipient.organisation, tag), own)
    if addressee and fits_script(addressee, "en"):
        latin = _lines_of(addressee)
    else:
        # A monarch keeps the dignity an English block gives him ("His Majesty Mohammed VI"
        # over "King of Morocco"), in a Russian letter to Rabat as in an English one.
        latin_title = latin_text(recipient.title)
        english = recipient.title is not None and latin_title == pick(recipient.title, "en")
        name = _courtesy_name(recipient, "en") if english else pick_name(_name_of(recipient), "en")
        latin = _lines_of(pick(recipient.addressee, "en")) or [
            line for line in (name, latin_title) if line
        ]
    return latin, _unless_named(latin_text(recipient.organisation), latin)


# A regnal number at the end of a name: German writes it as an ordinal, with a full stop
# ("Mohammed VI.", read "der Sechste").
_REGNAL_NUMBER = re.compile(r"(?<=\s)[IVXLC]+$")
_GERMAN_ROYAL_NAMES = ("S. M. ", "I. M. ", "S. H. ", "I. H. ", "S. K. H. ", "I. K. H. ")


def _german_royal_name(name: str, title: str, royal: str) -> str:
    """Return a monarch's or prince's German name line: "S. M. König Mohammed VI."."""
    if name.startswith(_GERMAN_ROYAL_NAMES):
        return name
    name = _REGNAL_NUMBER.sub(lambda number: number[0] + ".", name)
    crowned = _royal_of(title, "de")
    office = crowned.office if crowned is not None else ""
    sovereign = _GERMAN_MAJESTY.get(office)
    if sovereign and not name.startswith(sovereign + " "):
        name = f"{sovereign} {name}"
    woman = crowned is not None and bool(_GERMAN_WOMEN & {office, *crowned.words[:1]})
    return f"{'I.' if woman else 'S.'} {_GERMAN_DIGNITIES[royal]} {name}"


# A French block names a sovereign or a prince by dignity and office before the name ("Sa
# Majesté le Roi Mohammed VI", "Son Altesse l'Émir Tamim …"); the title line under it would
# say the office again, so it goes (round 15).
_FRENCH_OFFICES = {
    "roi": "le Roi", "reine": "la Reine", "sultan": "le Sultan", "empereur": "l'Empereur",
    "impératrice": "l'Impératrice", "émir": "l'Émir", "prince": "le Prince",
    "princesse": "la Princesse", "cheikh": "le Cheikh",
}  # fmt: skip
_FRENCH_DIGNITIES = ("Sa Majesté ", "Son Altesse ")
# A name may carry the person's rank itself ("Cheikh Tamim …", "Jeque Tamim …"): the block
# gives it its article after the dignity ("Son Altesse le Cheikh Tamim …", "Su Alteza el
# Jeque Tamim …"), and the title line names the office under it ("Émir de l'État du Qatar"),
# as French and Spanish protocol write an emir who is a sheikh (round 18).
_SPANISH_RANKS = {
    "rey": "el ", "reina": "la ", "sultán": "el ", "emir": "el ", "príncipe": "el ",
    "princesa": "la ", "jeque": "el ", "jequesa": "la ",
}  # fmt: skip
# The article before each French rank ("le ", "l'"), from the offices above.
_FRENCH_RANKS = {word: office[: -len(word)] for word, office in _FRENCH_OFFICES.items()}


def _ranked_name(name: str, articles: Mapping[str, str]) -> str | None:
    """Return `name` with the article of the rank it opens with ("le Cheikh Tamim …"), else None."""
    rank, space, _ = name.partition(" ")
    article = articles.get(rank.casefold())
    return f"{article}{name}" if space and article is not None else None


def _french_royal_name(name: str, title: str) -> str:
    crowned = _royal_of(title, "fr")
    if crowned is None or name.startswith(_FRENCH_DIGNITIES):
        return name
    dignity = "Sa Majesté" if crowned.majesty else "Son Altesse"
    ranked = _ranked_name(name, _FRENCH_RANKS)
    if ranked is not None:
        return f"{dignity} {ranked}"
    office = _FRENCH_OFFICES.get(crowned.office, "")
    return " ".join(part for part in (dignity, office, name) if part)


def _name_and_title(name: str | None, title: str | None, tag: str) -> list[str]:
    """Return the name and title lines of a recipient, the title only where it adds to the name.

    A monarch's name line says the dignity already ("S. M. König Mohammed VI.", "S.M.
    Mohammed VI", "صاحب الجلالة الملك محمد السادس"): the title under it drops its article and
    dignity ("Re del Marocco" for "Sua Maestà il Re del Marocco"), and a German title
    "(Seine Majestät der) König von Marokko" would say "König" twice, so it goes; so does a
    title the name line holds whole.
    """
    crowned = _royal_of(title, tag) if name and title else None
    if name and title and crowned is not None:
        if title.casefold() in name.casefold():
            return [name]
        dignity, office = _split_dignity(title, tag)
        if name.startswith((*_GERMAN_ROYAL_NAMES, "S.M. ", "S.A. ", "S.A.R. ")) or (
            dignity and name.startswith(dignity + " ")
        ):
            title = office
        sovereign = _GERMAN_MAJESTY.get(crowned.office) if l10n.base_language(tag) == "de" else None
        if sovereign and f" {sovereign} " in f" {name} ":
            title = None
        if name.startswith(_FRENCH_DIGNITIES) and crowned.office:
            # "Sa Majesté le Roi Mohammed VI" says the office; "Son Altesse le Cheikh Tamim …"
            # does not: "Émir de l'État du Qatar" stays under it.
            office = _FRENCH_OFFICES.get(crowned.office, "").casefold()
            if not office or f" {office} " in f" {name.casefold()} ":
                title = None
    return [line for line in (name, title) if line]


def _unless_named(organisation: str | None, lines: list[str]) -> str | None:
    """Return the organisation line, or None where the name lines already hold it.

    "Monsieur le Directeur de l'antenne de Shayibake / du Bureau … d'Urumqi" names the
    organisation in its own words: a line "Antenne de Shayibake du Bureau …" under it would
    name it twice.
    """
    if organisation and organisation.casefold() in " ".join(lines).casefold():
        return None
    return organisation


# Ranks an Italian address block names with "S.E." (Sua Eccellenza) before the name.
_ITALIAN_EXCELLENCIES = frozenset({"ambassador", "head_of_state", "head_of_government", "minister"})
# Titles of courtesy a name may carry already ("Dr. Abdel Fattah al-Sisi", "Sig.ra Maria
# Example"): a second one is not put before them.
_COURTESY_TITLES = (
    "S.E.", "S.M.", "S.A.", "S.A.R.", "Sig.", "Sig.ra", "Sig.na", "Dott.", "Dott.ssa", "Dr.",
    "Dr", "Prof.", "Prof.ssa", "Avv.", "Ing.", "On.", "H.E.", "HE", "Mr", "Mr.", "Mrs",
    "Mrs.", "Ms", "Ms.",
)  # fmt: skip
# How an Arabic address block names a recipient of each rank before the name, as its
# salutation addresses it ("معالي السيد …" under "معالي وزير العدل المحترم"): the dignity,
# and the word for the person (masculine, feminine) where the name does not carry one.
_ARABIC_DIGNITIES = {
    "head_of_state": ("فخامة", "السيد", "السيدة"),
    "head_of_government": ("دولة", "السيد", "السيدة"),
    "minister": ("معالي", "السيد", "السيدة"),
    "excellency": ("معالي", "السيد", "السيدة"),
    "ambassador": ("سعادة", "السفير", "السفيرة"),
    "official": ("", "السيد", "السيدة"),
}
# Words that open an Arabic name that carries its honorific already, and words of a
# person's standing that follow the dignity in place of "السيد" ("معالي الدكتور …",
# "صاحب السمو الشيخ …").
_ARABIC_HONORIFICS = ("صاحب ", "صاحبة ", "فخامة ", "دولة ", "معالي ", "سعادة ", "السيد ",
                      "السيدة ", "حضرة ", "سمو ", "جلالة ", "السفير ", "السفيرة ")  # fmt: skip
_ARABIC_STANDING = ("الدكتور ", "الدكتورة ", "د. ", "الشيخ ", "الشيخة ", "الأمير ", "الأميرة ",
                    "الملك ", "الملكة ", "السلطان ", "الرئيس ", "الرئيسة ")  # fmt: skip
_PRESIDENT = ("رئيس", "الرئيس", "رئيسة", "الرئيسة")
# The word a monarch's name takes after the dignity, from the word of the title naming the office
# ("صاحب الجلالة الملك …"); a prince's or a sheikh's the case's name carries itself.
_ARABIC_SOVEREIGN = {
    **dict.fromkeys(("ملك", "الملك", "عاهل", "العاهل", "خادم"), "الملك"),
    **dict.fromkeys(("سلطان", "السلطان"), "السلطان"),
    **dict.fromkeys(("ملكة", "الملكة"), "الملكة"),
}
# A copy's recipient is an ambassador where its title says so, or, without a title, where
# the copy names a person at an embassy (its head of mission).
_AMBASSADOR_WORDS = frozenset(
    {"ambassador", "ambassadeur", "ambassadrice", "botschafter", "botschafterin",
     "ambasciatore", "ambasciatrice", "embajador", "embajadora", "посол", "سفير", "سفيرة",
     "السفير", "السفيرة"}
)  # fmt: skip
_EMBASSY_WORDS = frozenset(
    {"embassy", "ambassade", "botschaft", "ambasciata", "embajada", "посольство",
     "посольства", "سفارة"}
)  # fmt: skip


def _courtesy_name(recipient: Target | Copy, tag: str) -> str | None:
    """Return the name line of a recipient the case gives no address lines for in `tag`.

    Italian puts "S.E." before the name of an ambassador, a head of state or government and
    a minister, "S.M." before a monarch's and "S.A." before a prince's or an emir's; a bare
    name reads as a form letter. German names a monarch "S. M. König Mohammed VI." and a
    prince or an emir "S. H. …" (`_german_royal_name`). An Arabic block names a recipient
    with the dignity its salutation gives ("صاحب الجلالة الملك …", "معالي السيد …", "سعادة
    السفير …"). A name that carries a title of courtesy already gets no second one. Other
    languages name the person bare.
    """
    name = pick_name(_name_of(recipient), tag)
    base = l10n.base_language(tag)
    if not name or base not in ("it", "ar", "de", "fr", "en", "es"):
        return name
    title = pick(recipient.title, tag) if recipient.title is not None else None
    rank = recipient.rank if isinstance(recipient, Target) else _copy_rank(recipient)
    royal = _royal_salutation(title, tag) if rank in _HEADS else None
    if base == "fr":
        return _french_royal_name(name, title or "") if royal is not None else name
    if base == "en":
        # "His Majesty Mohammed VI" over "King of Morocco" (round 15); a prince or an emir
        # "His Highness …"; a name that says it already is left alone.
        if royal is None or name.startswith(("His ", "Her ")):
            return name
        crowned = _royal_of(title, tag) or _royal_of(title or "", "en")
        queen = crowned is not None and crowned.office in _QUEENS
        style = "Majesty" if royal == "Your Majesty" else "Highness"
        return f"{'Her' if queen else 'His'} {style} {name}"
    if base == "es":
        # "Su Majestad Mohamed VI" over "Rey de Marruecos", "Su Alteza …" for an emir or a
        # prince, as the salutation "Majestad:" / "Alteza:" addresses them.
        if royal is None or name.startswith(("Su ", "S. M. ", "S. A. ")):
            return name
        name = _ranked_name(name, _SPANISH_RANKS) or name
        return f"{'Su Majestad' if royal == 'Majestad' else 'Su Alteza'} {name}"
    if base == "de":
        return _german_royal_name(name, title or "", royal) if royal is not None else name
    # The dignity stands before the name, as the block of a monarch opens ("S.M. Mohammed VI",
    # "صاحب الجلالة الملك محمد السادس"), also where the case's title says it itself ("Sua
    # Maestà il Re …", "جلالة الملك"); the title line under it then leaves it out.
    crowned = _royal_of(title, tag) if royal is not None else None
    if base == "it":
        if name.startswith(tuple(t + " " for t in _COURTESY_TITLES)):
            return name
        if crowned is not None:
            highness = "S.A.R. " if royal == "Altezza Reale" else "S.A. "
            return ("S.M. " if crowned.majesty else highness) + name
        return "S.E. " + name if rank in _ITALIAN_EXCELLENCIES else name
    if name.startswith(_ARABIC_HONORIFICS):
        return name
    if crowned is not None and crowned.carried and title:
        # "صاحب الجلالة الملك" before the name, in the case's words; a title that goes on
        # past the office ("صاحب السمو أمير دولة قطر") keeps its office for the title line.
        dignity, office = _split_dignity(title, tag)
        said = _ARABIC_SOVEREIGN.get(ARABIC_MARKS.sub("", office))
        if not fits_script(name, tag):
            name = isolate_latin(name)  # its place at the line's end, whatever follows it
        if said is not None:
            return f"{title} {name}"
        return f"{dignity} {name}" if dignity else name
    if not fits_script(name, tag):
        return name  # a Latin name stands as the case gives it, in its isolate
    if crowned is not None:
        sovereign = _ARABIC_SOVEREIGN.get(crowned.office)
        if sovereign and not name.startswith(sovereign + " "):
            name = f"{sovereign} {name}"
        return f"{royal} {name}"
    if rank not in _ARABIC_DIGNITIES and isinstance(recipient, Target):
        excellency = any(is_excellency(text, lang) for lang, text in recipient.salutation.items())
        rank = "excellency" if excellency else "official"
    dignity, man, woman = _ARABIC_DIGNITIES[rank if rank in _ARABIC_DIGNITIES else "official"]
    if rank == "head_of_state" and ARABIC_MARKS.sub("", title or "").startswith(_PRESIDENT):
        man, woman = "الرئيس", "الرئيسة"  # "فخامة الرئيس …", as a president is named
    person = (
        "" if name.startswith(_ARABIC_STANDING) else woman if _feminine_title(title, tag) else man
    )
    return " ".join(word for word in (dignity, person, name) if word)


def _copy_rank(copy: Copy) -> str | None:
    """Return "ambassador" where a copy names an ambassador (title) or a person at an embassy."""
    if copy.person is None:
        return None
    if copy.title is not None:
        titles = copy.title.values() if isinstance(copy.title, dict) else [copy.title]
        words = {word.casefold() for text in titles for word in text.split()[:1]}
        return "ambassador" if words & _AMBASSADOR_WORDS else None
    organisations = (
        copy.organisation.values() if isinstance(copy.organisation, dict) else [copy.organisation]
    )
    words = {word.casefold() for text in organisations if text for word in text.split()[:1]}
    return "ambassador" if words & _EMBASSY_WORDS else None


def _name_of(recipient: Target | Copy) -> str | dict[str, str] | None:
    return recipient.name if isinstance(recipient, Target) else recipient.person


def _lines_of(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _represents_the_case_country(planned: PlannedLetter, recipient: Target | Copy) -> bool:
    """Say whether `recipient` is the case country's embassy abroad, read in the letter's language.

    An ambassador target, or a copy addressed outside the case country (the embassies a UA
    asks each section to send copies to), where the letter's language is official in the
    case country: the Russian embassy in London reads a Russian letter.
    """
    address, case_country = recipient.address, planned.case.country
    if address is None or address.country == case_country:
        return False
    if isinstance(recipient, Target) and recipient.rank != "ambassador":
        return False
    return l10n.base_language(planned.language) in _official_languages(case_country)


def _destination(planned: PlannedLetter) -> str:
    target = planned.target
    return target.address.country if target.address else planned.case.country


def latin_text(value: str | dict[str, str] | None) -> str | None:
    """Return the text of a `Localized` value that every post reads: English, French, Latin."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if fits_script(value, "en") else None
    for language in _UPU_LANGUAGES:
        found = pick(value, language)
        if found is not None:
            return found
    return next((text for text in value.values() if fits_script(text, "en")), None)


# Languages that write an office in lower case inside a line of text, after the name ("Хуан
# Вэйюй, прокурор"); the same title keeps its capital where it opens an address line.
_TITLES_IN_LOWER_CASE = frozenset({"ru"})


def copy_marker(planned: PlannedLetter, title: str) -> str:
    """Return the line above a copy letter: "Copy of my letter to <target>, <organisation>".

    The target in the letter's language, with its organisation where the case gives that in
    the language, so the copy's reader knows which Director it went to. The case's own
    `addressee` lines stand as they are (Russian: in the dative, "Копия моего письма
    Президенту Кыргызской Республики С. Ш. Жээнбекову").
    """
    target, tag = planned.target, planned.language
    catalog = l10n.translations(tag)
    addressee = pick(target.addressee, tag)
    if addressee:
        lines = [line.strip() for line in addressee.splitlines() if line.strip()]
        # Translators: above a copy letter, which is addressed to the copy's recipient.
        # %(recipient)s is the case's own address lines for the target in this language
        # (Russian: in the dative, "Президенту Кыргызской Республики С. Ш. Жээнбекову";
        # German: "S. E. Herrn …"): no colon before it.
        marker = str(catalog.pgettext("addressee", "Copy of my letter to %(recipient)s"))
        if l10n.base_language(tag) == "ru":
            # One phrase in the dative; inside it an office or a religious rank is written
            # in lower case ("главе судебной власти … аятолле Садегу Лариджани"), where the
            # same words open the address block's lines with a capital.
            lines = [_lower_russian_office(line) for line in lines]
            return marker % {"recipient": " ".join(lines)}
    else:
        organisation = pick(target.organisation, tag)
        name = _courtesy_name(target, tag)  # as the target's block names it: "a S.E. …"
        if name and title and l10n.base_language(tag) in _TITLES_IN_LOWER_CASE:
            title = lower_first(title)  # "Хуан Вэйюй, прокурор, …"
        lines = _name_and_title(name, title, tag)
        if organisation and isinstance(target.organisation, dict):
            if not name and title and lines == [title]:
                lines = [_office_of(title, organisation, tag)]  # "au Directeur du Bureau …"
            else:
                lines.append(organisation)
        # Translators: above a copy letter, which is addressed to the copy's recipient.
        # %(recipient)s is the target's name, office and organisation, in the nominative
        # ("Li Chunsheng, Director, Guangdong Provincial Department of Public Security"):
        # phrase it so that it needs no declension; no colon after a preposition.
        marker = catalog.gettext("Copy of my letter to %(recipient)s")
    recipient = _in_a_line(lines, tag)
    dative = None
    if not addressee and not name and title and l10n.base_language(tag) == "ru":
        dative = _russian_dative(
            title, organisation if isinstance(target.organisation, dict) else None
        )
    if dative is not None:
        # One phrase in the dative, as the copy line names the office: "Копия моего письма
        # начальнику Управления …", "… секретарю партийного комитета".
        marker = str(catalog.pgettext("addressee", "Copy of my letter to %(recipient)s"))
        recipient = _lower_russian_office(dative)
    elif not addressee and not name and title:
        marker, recipient = _to_the_office(marker, recipient, tag)
    elif l10n.base_language(tag) == "it":
        marker = marker.replace(" a %(recipient)s", f" {_italian_to(recipient)}%(recipient)s")
    return marker % {"recipient": recipient}


# The gender of an organisation's first word where French, Italian and Spanish join an
# office to it with "de" and the article ("Directeur du Bureau …", "Direttore dell'Ufficio
# …", "Director de la Oficina …"); an organisation whose word is not listed keeps the comma
# of an address line ("Directeur, Shayibake").
_ORGANISATION_GENDERS = {
    "fr": {
        "m": ("bureau", "ministère", "département", "service", "office", "tribunal", "parquet",
              "parti", "comité", "conseil", "cabinet", "centre", "commissariat", "gouvernement"),
        "f": ("antenne", "ambassade", "direction", "commission", "cour", "police", "prison",
              "préfecture", "délégation", "mission", "présidence", "section", "branche"),
    },
    "it": {
        "m": ("ufficio", "ministero", "dipartimento", "servizio", "tribunale", "partito",
              "comitato", "consiglio", "gabinetto", "centro", "commissariato", "governo"),
        "f": ("ambasciata", "direzione", "commissione", "corte", "polizia", "procura",
              "questura", "prigione", "delegazione", "missione", "presidenza", "sezione",
              "sede", "filiale"),
    },
    "es": {
        "m": ("ministerio", "departamento", "servicio", "tribunal", "partido", "comité",
              "consejo", "gabinete", "centro", "gobierno", "juzgado"),
        "f": ("oficina", "embajada", "dirección", "comisión", "corte", "policía", "fiscalía",
              "prisión", "cárcel", "delegación", "misión", "presidencia", "sección", "sucursal",
              "sede", "secretaría"),
    },
}  # fmt: skip


_FRENCH_SUBDIVISIONS = frozenset({"antenne", "section", "branche", "délégation", "service"})


def _office_of(title: str, organisation: str, tag: str) -> str:
    """Return an office and its organisation as one phrase: "Directeur du Bureau de …".

    French, Italian and Spanish join them with "de" and the article where the organisation's
    first word is known; elsewhere, and for other languages, as address lines join.
    """
    base = l10n.base_language(tag)
    genders = _ORGANISATION_GENDERS.get(base)
    word = organisation.split(" ", 1)[0].casefold()
    gender = next((g for g, words in (genders or {}).items() if word in words), None)
    if gender is None or not title:
        return _in_a_line([line for line in (title, organisation) if line], tag)
    vowel = word[:1] in "aeiouàâéèêîôûh"
    if base == "fr":
        article = "de l'" if vowel else "du " if gender == "m" else "de la "
        # A subdivision is a common noun in the phrase ("de l'antenne de Shayibake"); the
        # body itself keeps its name's capital ("du Bureau de la sécurité publique").
        if word in _FRENCH_SUBDIVISIONS:
            organisation = organisation[:1].lower() + organisation[1:]
        return f"{title} {article}{organisation}"
    if base == "it":
        if vowel:
            article = "dell'"
        elif gender == "f":
            article = "della "
        else:
            article = "dello " if re.match(r"(?:s[^aeiou]|z|gn|ps|x)", word) else "del "
        return f"{title} {article}{organisation}"
    return f"{title} {'del ' if gender == 'm' else 'de la '}{organisation}"


# Endings of an office's first word that make it feminine, per language ("Directrice",
# "Segretaria", "Directora", "Direktorin"); other offices are masculine, as the cases'
# offices without a name are ("Director", "Parteisekretär").
_FEMININE_OFFICES = {
    "fr": ("rice", "euse", "esse", "ière", "ienne", "eure"),
    "it": ("trice", "essa", "ra", "ta", "na", "la", "da"),
    "es": ("ora", "ra", "ta", "na", "sa", "ja", "da"),
    "de": ("in",),
}
# German nouns that take -en after "den" ("an den Präsidenten", "an den Kommandanten").
_GERMAN_WEAK_ENDINGS = ("ent", "ant", "ist", "at", "loge", "prinz", "fürst")


def _to_the_office(marker: str, recipient: str, tag: str) -> tuple[str, str]:
    """Return the copy marker and its recipient for an office without a name: "to the Director".

    The catalogs' marker says "to %(recipient)s" for a name ("à Li Chunsheng"); before an
    office the languages put the article: "to the Party Secretary", "au Secrétaire du
    Parti", "al Segretario", "allo Sceicco", "all'Ambasciatore", "al Secretario", "an den
    Parteisekretär", "an den Präsidenten".
    """
    base = l10n.base_language(tag)
    head = recipient.split(" ", 1)[0].rstrip(",")
    feminine = head.casefold().endswith(_FEMININE_OFFICES.get(base, ())) and len(head) > 4
    vowel = head[:1].casefold() in "aeiouàâéèêîôûh"
    if base == "en":
        return marker.replace(" to %(recipient)s", " to the %(recipient)s"), recipient
    if base == "fr":
        article = "à l'" if vowel else "à la " if feminine else "au "
        return marker.replace(" à %(recipient)s", f" {article}%(recipient)s"), recipient
    if base == "it":
        return marker.replace(
            " a %(recipient)s", f" {_italian_to(recipient, office=True)}%(recipient)s"
        ), recipient
    if base == "es":
        article = "a la " if feminine else "al "
        return marker.replace(" a %(recipient)s", f" {article}%(recipient)s"), recipient
    if base == "de":
        if feminine:
            return marker.replace("an: %(recipient)s", "an die %(recipient)s"), recipient
        first, space, rest = recipient.partition(" ")
        if rest[:1].isupper() and first.endswith("er"):
            first = first[:-2] + "en"  # "Erster Sekretär": "an den Ersten Sekretär"
        elif first.rstrip(",").endswith(_GERMAN_WEAK_ENDINGS):
            comma = first.endswith(",")
            first = first.rstrip(",") + ("n" if first.rstrip(",").endswith("e") else "en")
            first += "," if comma else ""
        return marker.replace("an: %(recipient)s", "an den %(recipient)s"), first + space + rest
    return marker, recipient


# Words (dative) for offices and ranks Russian writes in lower case inside a sentence. The
# highest offices keep their capital ("Президенту", "Председателю Следственного комитета",
# "Верховному руководителю"), as do names.
_RUSSIAN_LOWER_OFFICES = frozenset(
    {
        "Аятолле",
        "Главе",
        "Начальнику",
        "Директору",
        "Заместителю",
        "Министру",
        "Послу",
        "Прокурору",
        "Генеральному",
        "Губернатору",
        "Мэру",
        "Судье",
        "Руководителю",
        "Секретарю",
    }
)


def _lower_russian_office(line: str) -> str:
    """Return an address line as it stands inside a Russian sentence: an office in lower case."""
    first, space, rest = line.partition(" ")
    if first in _RUSSIAN_LOWER_OFFICES:
        return first.lower() + space + rest
    return line


def _in_a_line(lines: list[str], tag: str) -> str:
    """Return address lines (name, office, organisation) as one line of text in `tag`."""
    # Translators: a name and the office after it in a line of text (the line above a
    # copy letter, a copy line): "Li Chunsheng, Director"; Arabic takes its own comma.
    joiner = l10n.translations(tag).gettext("%(name)s, %(title)s")
    text = lines[0] if lines else ""
    for line in lines[1:]:
        text = joiner % {"name": text, "title": line}
    return text


# Italian "a" before a title of courtesy joins the article the title takes in running text
# ("al Sig. Rossi", "alla Sig.ra Rossi", "all'On. Rossi"); "S.E." takes none ("a S.E.").
_ITALIAN_TITLES = (
    ("Sig.ra", "alla "),
    ("Sig.na", "alla "),
    ("Sig.", "al "),
    ("Dott.ssa", "alla "),
    ("Dott.", "al "),
    ("Dr.", "al "),
    ("Prof.ssa", "alla "),
    ("Prof.", "al "),
    ("Avv.", "all'"),
    ("Ing.", "all'"),
    ("On.", "all'"),
)


def _italian_to(phrase: str, *, office: bool = False) -> str:
    """Return Italian "to" before `phrase`: "al Sig.", "alla Sig.ra", "ad Aleksandr", "a S.E.".

    Before an `office` without a name, with its article: "al Segretario", "alla
    Direttrice", "allo Sceicco", "all'Ambasciatore".
    """
    if office:
        head = phrase.split(" ", 1)[0].rstrip(",").casefold()
        if head[:1] in "aeiouàèéìòù":
            return "all'"
        if head.endswith(_FEMININE_OFFICES["it"]) and len(head) > 4:
            return "alla "
        impure = re.match(r"s[^aeiou]|z|gn|ps|pn|x|y", head) is not None
        return "allo " if impure else "al "
    for title, joined in _ITALIAN_TITLES:
        if phrase.startswith(title + " "):
            return joined
    return "ad " if phrase[:1] in "AaÀà" else "a "


# FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (Unicode bidi algorithm, UAX #9).
FSI, PDI = "\u2068", "\u2069"
# A run of Latin script: words parted by single spaces ("Azimjan Askarov", "COVID-19",
# "Amnesty International", "Colony No 19"); a word starts and ends with a letter or digit and
# may hold ' ’ . - inside. It starts with a letter, and a full stop and space end it: each
# name of "Egor Zhukov. Daniil Konon" is an isolate of its own, the stop outside both.
_L = "A-Za-z\u00c0-\u024f\u1e00-\u1eff"
_LATIN_WORD = rf"[{_L}0-9](?:[{_L}0-9'’.\-]*[{_L}0-9])?"
_LATIN_RUN = re.compile(rf"[{_L}](?:[{_L}0-9'’.\-]*[{_L}0-9])?(?: {_LATIN_WORD})*")


def isolate_latin(text: str) -> str:
    """Wrap each Latin run of right-to-left text in FSI ... PDI, so it keeps its place.

    Without the isolates, a Latin name and the digits and punctuation next to it are laid
    out as one left-to-right run, and the words around them change order on the line.
    """
    if FSI in text:
        return text
    return _LATIN_RUN.sub(lambda m: f"{FSI}{m.group()}{PDI}", text)


_SHARP_S_WORD = re.compile(r"\w*[ßẞ]\w*")


def orthography(planned: PlannedLetter) -> Callable[[str], str]:
    """Return the orthography pass of `planned`'s language, which keeps proper names as written.

    Swiss German writes "ss" for "ß" and «…» for „…“ (l10n.localize_text). A person's name
    keeps its "ß" wherever its words stand ("Strauß" in the facts too), so those words are
    kept one by one. An address or a place keeps its spelling and its quotation marks where
    the letter prints it whole (the post knows it as written). An organisation's name is
    a rendering in the letter's language, text like the prose: it follows the orthography
    in the block, the copy lines and the marker ("Büro «Süd»"; round 13).
    """
    tag = planned.language
    if not l10n.rewrites_text(tag):
        return _unchanged
    names, spellings = _proper_names(planned)
    kept = frozenset(
        word for text in names if "ß" in text or "ẞ" in text for word in _SHARP_S_WORD.findall(text)
    )
    whole = sorted({text for text in spellings if _SWISS_CHANGES.search(text)}, key=len)
    as_written = re.compile("|".join(map(re.escape, reversed(whole)))) if whole else None

    def rewrite(word: re.Match[str]) -> str:
        return word[0] if word[0] in kept else l10n.localize_text(word[0], tag)

    def prose(text: str) -> str:
        if not kept:
            return l10n.localize_text(text, tag)
        return l10n.swiss_quotes(_SHARP_S_WORD.sub(rewrite, text))

    def fix(text: str) -> str:
        if as_written is None:
            return prose(text)
        parts, end = [], 0
        for name in as_written.finditer(text):
            parts += [prose(text[end : name.start()]), name[0]]
            end = name.end()
        return "".join([*parts, prose(text[end:])])

    return fix


# What the Swiss orthography changes: "ß" and German quotation marks.
_SWISS_CHANGES = re.compile("[ßẞ„‚]")


def _proper_names(planned: PlannedLetter) -> tuple[list[str], list[str]]:
    """Return the names of people in `planned` and the names it prints whole.

    People: the persons, the target, the sender, a copy's person. Printed whole:
    addresses, places, the sender's address.
    """
    target, sender = planned.target, planned.sender
    people = [sender.name, *_texts(target.name)]
    for person in planned.case.persons:
        people += _texts(person.name)
    whole = list(_address_texts(target.address))
    whole += [*sender.street, sender.city, *sender.extra.values()]
    for copy in planned.copies:
        people += _texts(copy.person)
        whole += _texts(copy.place)
        whole += _address_texts(copy.address)
    return people, whole


def _texts(value: str | dict[str, str] | None) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif value:
        yield from value.values()


def _address_texts(address: Any) -> Iterator[str]:
    while address is not None:
        yield from address.street
        yield address.city
        yield from _texts(address.area)
        address = address.latin


def _unchanged(text: str) -> str:
    return text


def _passed(
    paragraphs: tuple[Paragraph, ...], mark: Callable[[str], str], fix: Callable[[str], str]
) -> tuple[Paragraph, ...]:
    """Return the paragraphs through `fix`, then `mark` (as they are if both change nothing)."""
    if mark is _unchanged and fix is _unchanged:
        return paragraphs
    return tuple(Paragraph(mark(fix(p.text)), p.kind) for p in paragraphs)


def _copy_label(copy: Copy, tag: str, *, place: bool = True, host: str | None = None) -> str:
    """Return how a copy line names the copy's recipient, and its town, in language `tag`.

    The organisation where the case gives it in the language; a named office-holder as
    title and name ("President Hassan Rouhani") where the organisation is only as printed
    ("The Presidency") or in another script. The town is the copy's `place`, else the
    town of its address as the language names it ("Tehran" is Teheran, Téhéran, Тегеран),
    and left out where the language has no name for it in its own script.
    """
    name = _copy_name(copy, tag)
    if not place:
        return name
    where = pick(copy.place, tag)
    if where is not None and not fits_script(where, tag):
        where = None
    if where is None and copy.address is not None:
        where = town_in(copy.address.city, copy.address.country, tag)
    if l10n.base_language(tag) == "ru":
        country = copy.address.country if copy.address else host
        dative = _russian_copy(name, where, country)
        if dative is not None:
            return dative
        addressee = pick(copy.addressee, tag)
        if addressee and fits_script(addressee, tag):  # the case's own dative lines
            return " ".join(line.strip() for line in addressee.splitlines() if line.strip())
        dative = _russian_office(copy, where, country)
        if dative is not None:
            return dative
    # The name may hold the town in another spelling than the letter's ("… Urumqi" where
    # the letter names the town Ürümqi): the address's own and the case's places count.
    spellings = [where, *(_place_spellings(copy))]
    if not where or any(_folded(town) in _folded(name) for town in spellings if town):
        return name  # no town, or the name holds it ("Urumqi Public Security Bureau …")
    # Translators: the recipient of a copy and its town, as the copy line names them
    # ("Embassy of the Kyrgyz Republic, Geneva"); Arabic takes its own comma.
    return l10n.translations(tag).gettext("%(recipient)s, %(place)s") % {
        "recipient": name,
        "place": where,
    }


def _place_spellings(copy: Copy) -> list[str]:
    """Return the copy's town in every spelling the case gives: its address, its `place`."""
    towns = [_CHINESE_UNITS.sub("", copy.address.city)] if copy.address is not None else []
    if isinstance(copy.place, dict):
        towns += copy.place.values()
    elif copy.place:
        towns.append(copy.place)
    return towns


def _folded(text: str) -> str:
    """Return `text` casefolded and without diacritics, to compare spellings ("Ürümqi")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# Russian offices in the dative ("Директору"), and the organisation words that follow them
# in the genitive ("Управления"), for a copy to an office without its holder's name: the
# copy line lists its recipients in the dative ("Копия: Посольству …"). Indeclinable
# words ("Бюро") stand as they are; a subunit named by its parent is written in lower
# case inside the phrase ("Начальнику отделения района Сайбаг Управления …").
_RUSSIAN_OFFICE_DATIVES = {
    "Директор": "Директору", "Начальник": "Начальнику", "Секретарь": "Секретарю",
    "Прокурор": "Прокурору", "Министр": "Министру", "Глава": "Главе", "Мэр": "Мэру",
    "Руководитель": "Руководителю", "Заместитель": "Заместителю", "Судья": "Судье",
    "Губернатор": "Губернатору", "Председатель": "Председателю", "Посол": "Послу",
}  # fmt: skip
_RUSSIAN_GENITIVES = {
    "Отделение": "отделения", "Управление": "Управления", "Министерство": "Министерства",
    "Департамент": "Департамента", "Комитет": "Комитета", "Суд": "Суда", "Отдел": "отдела",
    "Прокуратура": "Прокуратуры", "Служба": "Службы", "Администрация": "Администрации",
    "Бюро": "Бюро", "Центр": "Центра", "Тюрьма": "Тюрьмы", "Полиция": "Полиции",
}  # fmt: skip


def _russian_office(copy: Copy, where: str | None, country: str | None) -> str | None:
    """Return "Начальнику отделения района Сайбаг … в Урумчи" for an office copy, or None.

    None where the copy names a person, or where the office or the organisation opens
    with a word not known here (the line then keeps the case's nominative).
    """
    title = pick(copy.title, "ru") if isinstance(copy.title, dict) else None
    organisation = pick(copy.organisation, "ru")
    if copy.person is not None or not title or not organisation:
        return None
    office = _russian_dative(title, organisation)
    if office is None:
        return None
    place = places.place_phrase(where, country, "ru", "in") if where else None
    if place and where and _folded(where) in _folded(organisation):
        place = None
    return " ".join(word for word in (office, place) if word)


def _russian_dative(title: str, organisation: str | None) -> str | None:
    """Return an office and its organisation in the dative: "Начальнику отделения …", or None.

    None where the office or the organisation opens with a word not known here.
    """
    office, _, complement = title.partition(" ")
    first, _, rest = (organisation or "").partition(" ")
    if office not in _RUSSIAN_OFFICE_DATIVES or (organisation and first not in _RUSSIAN_GENITIVES):
        return None
    words = [_RUSSIAN_OFFICE_DATIVES[office], complement, _RUSSIAN_GENITIVES.get(first), rest]
    return " ".join(word for word in words if word)


def _copy_name(copy: Copy, tag: str) -> str:
    """Return the copy's recipient as a line of text names it: organisation, or office-holder.

    An office-holder by the case's `addressee` lines in the language, joined as a line of
    text joins a name and its office ("Monsieur Hassan Rouhani, Président de la République
    islamique d'Iran"), else as title and name ("President Hassan Rouhani"). Russian makes
    its own dative line (`_copy_label`).
    """
    organisation = pick(copy.organisation, tag)
    title = pick(copy.title, tag) if isinstance(copy.title, dict) else None
    person = pick_name(copy.person, tag)
    office = f"{title} {person}" if title and person and fits_script(person, tag) else None
    own = organisation is not None and fits_script(organisation, tag)
    addressee = pick(copy.addressee, tag)
    if own and title and copy.person is None:
        # An office without its holder's name ("Copy: Director - Urumqi Public Security
        # Bureau ..."): the copy goes to the office-holder, not to the organisation. The
        # case's lines where the language has them ("Monsieur le Directeur de l'antenne
        # ..."), else office and organisation ("Director, Urumqi Public Security ...").
        if addressee and fits_script(addressee, tag) and l10n.base_language(tag) != "ru":
            # One phrase over two lines ("… de l'antenne de Shayibake" / "du Bureau …"):
            # the lines run on, with no comma where the second opens in lower case.
            lines = _lines_of(addressee)
            if all(line[:1].islower() for line in lines[1:]):
                return " ".join(lines)
            return _in_a_line(lines, tag)
        return _office_of(title, organisation or "", tag)
    if organisation is not None and own and (isinstance(copy.organisation, dict) or not office):
        return organisation
    if office and addressee and fits_script(addressee, tag) and l10n.base_language(tag) != "ru":
        office = _in_a_line(_lines_of(addressee), tag)
    return office or organisation or person or ""


# Chinese postal towns carry the administrative word ("Beijing Shi", "Zhuhai Shi"): the town
# in a sentence is the name without it.
_CHINESE_UNITS = re.compile(r"\s+(?:Shi|Shì|Sheng|Shěng|Qu|Qū|Xian|Xiàn)$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def town_in(city: str, country: str, tag: str) -> str | None:
    """Return the town of an address as a sentence in `tag` names it, or None."""
    base = l10n.base_language(tag)
    bare = _CHINESE_UNITS.sub("", city.strip()) if country == "CN" else city.strip()
    for spelling in dict.fromkeys((city, bare)):
        known = places.place_name(spelling, country, base)
        if known is not None:
            return known.replace("’", "'") if l10n.script_of(tag) == "Latn" else known
    return bare if fits_script(bare, tag) else None


# A Russian copy line names its recipient in the dative and the town in the prepositional
# ("Копия: Посольству Кыргызской Республики в Женеве"). The institutions a UA sends copies
# to, their first words in the nominative and the dative; another name keeps the label form.
_RUSSIAN_DATIVES = (
    ("Генеральное консульство", "Генеральному консульству"),
    ("Постоянное представительство", "Постоянному представительству"),
    ("Постоянная миссия", "Постоянной миссии"),
    ("Посольство", "Посольству"),
    ("Консульство", "Консульству"),
    ("Представительство", "Представительству"),
    ("Министерство", "Министерству"),
    ("Миссия", "Миссии"),
)


# An embassy is named by the country it is accredited to ("Посольству … в Великобритании",
# as the cases' own Russian lines say; "в Лондоне" is newspaper usage); a consulate or a
# mission keeps its town ("Генеральному консульству … в Гамбурге"). The host countries of
# the sections that send copies; elsewhere the town.
_RUSSIAN_HOSTS = {
    "AT": "в Австрии",
    "BE": "в Бельгии",
    "CA": "в Канаде",
    "CH": "в Швейцарии",
    "DE": "в Германии",
    "ES": "в Испании",
    "FR": "во Франции",
    "GB": "в Великобритании",
    "IT": "в Италии",
    "NL": "в Нидерландах",
    "US": "в США",
}
# A ministry belongs to a state, not a town: "Министерству … Китайской Народной Республики"
# (the official names, genitive); a state not listed here leaves the ministry bare.
_RUSSIAN_STATES = {
    "BI": "Республики Бурунди",
    "BY": "Республики Беларусь",
    "CN": "Китайской Народной Республики",
    "EG": "Арабской Республики Египет",
    "IR": "Исламской Республики Иран",
    "KG": "Кыргызской Республики",
    "KZ": "Республики Казахстан",
    "RU": "Российской Федерации",
}


def _russian_copy(name: str, where: str | None, country: str | None) -> str | None:
    """Return "Посольству … в Великобритании", "Консульству … в Женеве", or None.

    None where the name is not one of the institutions the dative is known for.
    """
    for nominative, dative in _RUSSIAN_DATIVES:
        if name.startswith(nominative + " "):
            rest = name[len(nominative) :]
            if " в " in rest or " во " in rest:  # the case names the place ("… в Бельгии")
                return dative + rest
            if nominative == "Посольство" and country in _RUSSIAN_HOSTS:
                place: str | None = _RUSSIAN_HOSTS[country]
            elif nominative == "Министерство":
                state = _RUSSIAN_STATES.get(country or "")
                place = state if state and state not in name else None
            else:
                place = places.place_phrase(where, country, "ru", "in") if where else None
            return " ".join(filter(None, [dative + name[len(nominative) :], place]))
    return None
