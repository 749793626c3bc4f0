"""Validated, immutable records: a case, its targets and copies, a sender.

Text that differs per language is a `Localized` value: either one string (used for
every language) or a mapping from language tag to string. The records are declared with
`records`: `Case.from_data(data)` reads and checks data, `case.to_data()` gives it back.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, Literal

from . import l10n
from .errors import N_, Message
from .records import (
    Choice,
    CountryCode,
    Date,
    Either,
    Fault,
    LanguageTag,
    ListOf,
    MapOf,
    Nested,
    PostalCode,
    Record,
    Rule,
    Text,
    field,
    record,
    split_lines,
    split_words,
)

Localized = str | dict[str, str]

TEXT = Text()
ANY_TEXT = Text(blank=True)  # optional details, trimmed, may be empty
SLUG = Text(
    pattern=r"[a-z0-9][a-z0-9-]*", mismatch=N_("use lower-case letters, digits and '-' only")
)
COUNTRY = CountryCode()
LANGUAGES = ListOf(
    LanguageTag(), split=split_words, split_description="comma-separated language codes"
)
LINES = ListOf(
    TEXT, split=split_lines, split_description="one line, or lines separated by line breaks"
)
LOCALIZED = Either(
    TEXT,
    MapOf(
        LanguageTag(),
        TEXT,
        min_items=1,
        empty=N_("give the text, or texts per language such as {en: ..., de: ...}"),
    ),
    expected=N_("expected a text, or texts per language such as {en: ..., de: ...} (got %(got)s)"),
    name="Localized",
)


def _email(value: str) -> Message | None:
    if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s.]+", value):
        return None
    return Message("'%(email)s' is not an email address", email=value)


def _bare_salutation(text: str) -> str:
    # Templates add the punctuation each language wants ("Dear President,", Swiss without):
    # a comma written in the case would be doubled.
    return text.rstrip(" ,;:!") or text


SALUTATIONS = MapOf(LanguageTag(), Text(clean=_bare_salutation))


def pick(value: str | dict[str, str] | None, tag: str) -> str | None:
    """Return the text of a `Localized` value for language `tag`, or None if it has none."""
    if value is None or isinstance(value, str):
        return value
    for candidate in l10n.fallback_chain(tag):
        if candidate in value:
            return value[candidate]
    base = l10n.base_language(tag)
    for key, text in value.items():
        if l10n.base_language(key) == base:
            return text
    return None


def languages_of(value: str | dict[str, str] | None) -> set[str] | None:
    """Return the languages a `Localized` value is written in; None means any language."""
    if value is None or isinstance(value, str):
        return None
    return set(value)


@record
class Address(Record):
    """A postal address; lines are formatted per destination country by `addresses`."""

    street: list[str] = field(LINES, description="street and house number, one item per line")
    postal_code: str | None = field(
        PostalCode(), default=None, description='in quotes, so no leading zero is lost: "01234"'
    )
    city: str = field(TEXT, description="town or city")
    area: str | None = field(
        ANY_TEXT, default=None, description="state, province or canton, where the post uses it"
    )
    country: str = field(COUNTRY, description="country code (ISO 3166), e.g. KG")
    latin: Address | None = field(
        Nested(lambda: Address),
        default=None,
        description="the same address in Latin script, for the sending post office",
    )


@record
class Target(Record):
    """An authority the case asks supporters to write to."""

    id: str = field(SLUG, description="short name used in file names, e.g. 'president'")
    title: Localized = field(
        LOCALIZED, description="office, e.g. 'President of the Kyrgyz Republic'"
    )
    name: str | None = field(ANY_TEXT, default=None, description="the person's name")
    organisation: Localized | None = field(
        LOCALIZED, default=None, description="the office's organisation"
    )
    address: Address = field(Nested(Address), description="the postal address")
    email: str | None = field(TEXT, default=None, checks=(_email,), description="email address")
    salutation: dict[str, str] = field(
        SALUTATIONS,
        default_factory=dict,
        description="salutation per language, without punctuation",
    )
    languages: list[str] = field(
        LANGUAGES, default_factory=list, description="languages this target prefers, best first"
    )


@record
class Copy(Record):
    """A diplomatic representation that receives a copy of the letter."""

    name: Localized = field(LOCALIZED, description="e.g. 'Embassy of the Kyrgyz Republic'")
    place: Localized | None = field(
        LOCALIZED, default=None, description="city as named in the copy line"
    )
    address: Address | None = field(Nested(Address), default=None, description="postal address")
    email: str | None = field(TEXT, default=None, checks=(_email,), description="email address")
    salutation: dict[str, str] = field(
        SALUTATIONS,
        default_factory=dict,
        description="salutation per language, without punctuation",
    )


@record
class Person(Record):
    """A person the case is about."""

    name: Localized = field(LOCALIZED, description="the full name, as the letter spells it")
    pronouns: str | None = field(ANY_TEXT, default=None, description="e.g. she/her")
    gender: Literal["female", "male", "other"] | None = field(
        Choice("female", "male", "other"),
        default=None,
        description="grammatical gender for languages that need it",
    )
    role: Localized | None = field(
        LOCALIZED, default=None, description="e.g. 'a human rights defender'"
    )


def _closing_has_reason(update: Mapping[str, Any]) -> Iterable[Fault]:
    if update["kind"] == "closed" and update["text"] is None:
        yield Fault((), Message("a closing update needs a 'text' saying why the case was closed"))


def _only_extension_moves_deadline(update: Mapping[str, Any]) -> Iterable[Fault]:
    if update["deadline"] is not None and update["kind"] != "extended":
        # Only an extension moves the deadline; anywhere else it would be ignored.
        yield Fault((), Message("only an update of kind 'extended' can set a new 'deadline'"))


@record
class Update(Record):
    """A dated development of the case."""

    __rules__: ClassVar[tuple[Rule, ...]] = (
        Rule(
            _closing_has_reason,
            needs=("kind", "text"),
            schema={
                "if": {"properties": {"kind": {"const": "closed"}}, "required": ["kind"]},
                "then": {"required": ["text"]},
            },
        ),
        Rule(
            _only_extension_moves_deadline,
            needs=("kind", "deadline"),
            schema={
                "if": {"required": ["deadline"]},
                "then": {"properties": {"kind": {"const": "extended"}}},
            },
        ),
    )

    date: dt.date = field(Date(), description="the date of the development")
    kind: Literal["info", "extended", "closed"] = field(
        Choice("info", "extended", "closed"),
        description="info (news), extended (a new deadline) or closed (no more appeals)",
    )
    deadline: dt.date | None = field(
        Date(), default=None, description="the new deadline (kind: extended)"
    )
    reference: str | None = field(ANY_TEXT, default=None, description="e.g. 'FI 061/20-1'")
    text: Localized | None = field(
        LOCALIZED, default=None, description="what happened; for closed, why"
    )


def _unique_targets(case: Mapping[str, Any]) -> Iterable[Fault]:
    seen: set[str] = set()
    for index, target in enumerate(case["targets"]):
        if target.id in seen:
            yield Fault(
                ("targets", index, "id"), Message("two targets have the id '%(id)s'", id=target.id)
            )
        seen.add(target.id)


@record
class Case(Record):
    """One Urgent Action: who is at risk, whom to write to, what to ask."""

    __rules__: ClassVar[tuple[Rule, ...]] = (Rule(_unique_targets, needs=("targets",)),)

    ua: str = field(TEXT, description="the UA number, e.g. 'UA 61/20'")
    id: str | None = field(
        SLUG, default=None, description="file-name stem; derived from 'ua' when absent"
    )
    ai_index: str | None = field(
        ANY_TEXT, default=None, description="Amnesty's index number, e.g. 'EUR 58/2195/2020'"
    )
    country: str = field(COUNTRY, description="country code of the country the case is about")
    issued: dt.date | None = field(Date(), default=None, description="date the UA was issued")
    title: Localized = field(LOCALIZED, description="one line saying what is at stake")
    persons: list[Person] = field(
        ListOf(Nested(Person), min_items=1), description="the persons concerned"
    )
    facts: Localized = field(LOCALIZED, description="a short statement of facts with dates")
    demands: list[Localized] = field(
        ListOf(LOCALIZED, min_items=1), description="what the letter asks, one sentence each"
    )
    targets: list[Target] = field(
        ListOf(Nested(Target), min_items=1), description="the authorities to write to"
    )
    languages: list[str] = field(
        LANGUAGES,
        default_factory=list,
        description="preferred languages to address targets, best first",
    )
    copies: dict[str, list[Copy]] = field(
        MapOf(COUNTRY, ListOf(Nested(Copy), single=True)),
        default_factory=dict,
        description="copies to diplomatic representatives, by sender country",
    )
    deadline: dt.date | None = field(
        Date(), default=None, description="date after which appeals should stop"
    )
    updates: list[Update] = field(
        ListOf(Nested(Update)), default_factory=list, description="dated developments"
    )

    @property
    def slug(self) -> str:
        """Return the file-name stem of the case (`UA 61/20` -> `ua-61-20`)."""
        if self.id:
            return self.id
        return re.sub(r"[^a-z0-9]+", "-", self.ua.lower()).strip("-") or "case"

    def closed_on(self, date: dt.date) -> Update | None:
        """Return the update that closed the case on or before `date`, if any."""
        closing = [u for u in self.updates if u.kind == "closed" and u.date <= date]
        return min(closing, key=lambda u: u.date) if closing else None

    def deadline_on(self, date: dt.date) -> dt.date | None:
        """Return the deadline in force on `date`, after any extension made by then."""
        deadline = self.deadline
        for update in sorted(self.updates, key=lambda u: u.date):
            if update.kind == "extended" and update.date <= date and update.deadline:
                deadline = update.deadline
        return deadline

    def text_languages(self) -> set[str] | None:
        """Return the languages the case's own text is complete in; None means any."""
        fields: list[Any] = [self.title, self.facts, *self.demands]
        fields += [p.name for p in self.persons] + [p.role for p in self.persons]
        result: set[str] | None = None
        for value in fields:
            langs = languages_of(value)
            if langs is None:
                continue
            bases = {l10n.base_language(t) for t in langs} | langs
            result = bases if result is None else result & bases
        return result


@record
class Sender(Record):
    """The supporter who signs the letter."""

    name: str = field(TEXT, description="your name as you sign")
    street: list[str] = field(LINES, default_factory=list, description="street lines")
    postal_code: str | None = field(PostalCode(), default=None, description="in quotes")
    city: str = field(TEXT, description="your town; also the place in the date line")
    country: str = field(COUNTRY, description="your country code")
    languages: list[str] = field(
        LANGUAGES,
        default_factory=lambda: ["en"],
        aliases=("language",),
        description="languages the sender writes, best first",
    )
    email: str | None = field(TEXT, default=None, checks=(_email,), description="email address")
    note: str | None = field(
        ANY_TEXT, default=None, description="a personal sentence for the letter"
    )
    extra: dict[str, str] = field(
        MapOf(TEXT, ANY_TEXT), default_factory=dict, description="more fields for templates"
    )

    @property
    def language(self) -> str:
        """Return the sender's first language."""
        return self.languages[0] if self.languages else "en"
