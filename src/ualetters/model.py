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
    BAD,
    Checked,
    Choice,
    Converted,
    CountryCode,
    Date,
    Either,
    Fault,
    Faults,
    Integer,
    LanguageTag,
    ListOf,
    MapOf,
    Nested,
    PartialDate,
    PartialDateSpec,
    Path,
    PostalCode,
    Record,
    Rule,
    Spec,
    Text,
    field,
    record,
    requires_any,
    split_lines,
    split_words,
)
from .textsafety import describe, format_character

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


DEMAND_FORMS = ("imperative", "first_person", "infinitive")
# The case format this program reads: format 2 is a superset of format 1 (docs/case-format.md).
FORMAT = 2
OWN_LANGUAGE = "own"  # in a list of languages: "or the sender's own language", as UAs say


class _LanguageOrOwn(LanguageTag):
    """A language tag, or the word `own`: "or your own language"."""

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if isinstance(value, str) and value.strip().lower() == OWN_LANGUAGE:
            return OWN_LANGUAGE
        return super().read(value, path, faults)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [super().schema(defs), {"const": OWN_LANGUAGE}]}


PREFERRED_LANGUAGES = ListOf(
    _LanguageOrOwn(),
    split=split_words,
    split_description="comma-separated language codes; 'own' for the sender's own language",
)


class _NameKey(Spec):
    """A key of a name given per language or per script: `de`, `ru`, `Latn`, `Cyrl`."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if isinstance(value, str) and l10n.is_script(value.strip()):
            return value.strip()
        return LanguageTag().read(value, path, faults)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "type": "string",
            "pattern": "^([A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*|[A-Z][a-z]{3})$",
        }


NAMES = Either(
    TEXT,
    MapOf(
        _NameKey(),
        TEXT,
        min_items=1,
        empty=N_("give the name, or names per script or language such as {Latn: ..., Cyrl: ...}"),
    ),
    expected=N_(
        "expected a name, or names per script or language such as {Latn: ..., Cyrl: ...} "
        "(got %(got)s)"
    ),
    name="Names",
)


def _email(value: str) -> Message | None:
    char = format_character(value)
    if char is not None:
        return Message(
            "an email address cannot hold the invisible character %(char)s", char=describe(char)
        )
    if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s.]+", value):
        return None
    return Message("'%(email)s' is not an email address", email=value)


def _bare_salutation(text: str) -> str:
    # Templates add the punctuation each language wants ("Dear President,", Swiss without):
    # a comma written in the case would be doubled.
    return text.rstrip(" ,;:!") or text


SALUTATIONS = MapOf(LanguageTag(), Text(clean=_bare_salutation))
# Checked per item, so a bad address is reported at its own item and line (`email[1]`).
EMAILS = ListOf(Checked(TEXT, _email), single=True)


def _web_address(url: str) -> Message | None:
    char = format_character(url)
    if char is not None:
        # Checked first: the address would print in the letter in another order than it is.
        return Message(
            "a web address cannot hold the invisible character %(char)s", char=describe(char)
        )
    if not re.match(r"https?://\S+$", url):
        return Message("'%(url)s' is not a web address (http:// or https://)", url=url)
    return None


def pick_name(value: str | dict[str, str] | None, tag: str) -> str | None:
    """Return a name for a letter in language `tag`: its language, its script, else Latin.

    A name never makes a language impossible: a Russian letter uses the Latin form when the
    case gives only that.
    """
    if value is None or isinstance(value, str):
        return value
    found = pick(value, tag)
    if found is not None:
        return found
    for script in (l10n.script_of(tag), "Latn"):
        if script in value:
            return value[script]
    return next(iter(value.values()), None)


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

    street: list[str] = field(
        LINES,
        default_factory=list,
        description="street and house number, one item per line; absent where the UA prints "
        "an office and its town only",
    )
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
class Phone(Record):
    """A telephone number, with a note such as "Chinese only"."""

    number: str = field(TEXT, description="as printed, e.g. '+86 10 6513 9828'")
    note: str | None = field(ANY_TEXT, default=None, description="e.g. 'Chinese only'")


PLATFORMS = ("twitter", "facebook", "instagram", "bluesky", "mastodon", "telegram", "other")


@record
class Social(Record):
    """An account on a social network."""

    platform: str = field(
        Choice(*PLATFORMS, aliases={"x": "twitter"}), description="twitter (or x), facebook, ..."
    )
    handle: str = field(TEXT, description="e.g. '@KremlinRussia_E' or the page's address")


class _SocialAccounts(Spec):
    """Social accounts: a list of {platform, handle}, or a mapping {twitter: "@x", ...}."""

    _listed = ListOf(Nested(Social), single=True)

    def accepts(self, value: Any) -> bool:
        return isinstance(value, list | tuple | Mapping)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if isinstance(value, Mapping) and not {"platform", "handle"} <= set(value):
            value = [{"platform": key, "handle": handle} for key, handle in value.items()]
            accounts = [
                Nested(Social).read(item, (*path, str(item["platform"])), faults) for item in value
            ]
            return BAD if any(a is BAD for a in accounts) else accounts
        return self._listed.read(value, path, faults)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        mapping = {
            "type": "object",
            "propertyNames": {"enum": [*PLATFORMS, "x"]},
            "additionalProperties": {"type": "string"},
        }
        return {"anyOf": [self._listed.schema(defs), mapping]}


@record
class WebForm(Record):
    """A web form, in one language where the authority has one per language."""

    url: str = field(
        TEXT, checks=(_web_address,), description="e.g. 'https://en.sledcom.ru/reception'"
    )
    lang: str | None = field(
        LanguageTag(),
        default=None,
        description="the form's language; a letter in another language names it",
    )


# A form with a language goes to letters in that language; one without, to letters in a
# language that has none of its own; a letter in a language with neither gives every form,
# each with its language named (`copies._web_forms`).
WEB_FORMS = ListOf(
    Either(
        Converted(Checked(TEXT, _web_address), lambda url: WebForm(url=url)),
        Nested(WebForm),
        expected=N_("expected a web address, or {url: ..., lang: ...} (got %(got)s)"),
    ),
    single=True,
)
PHONES = ListOf(
    Either(
        Converted(TEXT, lambda number: Phone(number=number)),
        Nested(Phone),
        expected=N_("expected a number, or {number: ..., note: ...} (got %(got)s)"),
    ),
    single=True,
)
RANKS = (
    "head_of_state",
    "head_of_government",
    "minister",
    "prosecutor",
    "judge",
    "ambassador",
    "official",
    "organisation",
)
CHANNELS = ("address", "email", "fax", "phone", "web", "social")
_CHANNEL_REASON = N_(
    "give at least one way to reach it: a postal address, an email, a fax, a phone, "
    "a web form or a social account (%(fields)s)"
)


@record
class Target(Record):
    """An authority the case asks supporters to write to."""

    __rules__: ClassVar[tuple[Rule, ...]] = (requires_any(*CHANNELS, reason=_CHANNEL_REASON),)

    id: str = field(SLUG, description="short name used in file names, e.g. 'president'")
    title: Localized = field(
        LOCALIZED, description="office, e.g. 'President of the Kyrgyz Republic'"
    )
    name: Localized | None = field(
        NAMES, default=None, description="the office holder's name, or names per script"
    )
    organisation: Localized | None = field(
        LOCALIZED, default=None, description="the office's organisation"
    )
    addressee: Localized | None = field(
        LOCALIZED,
        default=None,
        description="the recipient lines as a letter in that language writes them "
        "(e.g. Russian in the dative); replaces name and title in the address block",
    )
    rank: str | None = field(
        Choice(*RANKS), default=None, description="picks the closing: head_of_state, minister, ..."
    )
    address: Address | None = field(Nested(Address), default=None, description="postal address")
    email: list[str] = field(EMAILS, default_factory=list, description="email address(es)")
    email_subject: Localized | None = field(
        LOCALIZED, default=None, description="the subject line the UA asks for in emails"
    )
    fax: list[str] = field(ListOf(TEXT, single=True), default_factory=list, description="fax")
    phone: list[Phone] = field(PHONES, default_factory=list, description="phone number(s)")
    web: list[WebForm] = field(
        WEB_FORMS,
        default_factory=list,
        description="web forms: addresses, or {url, lang} per language",
    )
    social: list[Social] = field(
        _SocialAccounts(), default_factory=list, description="social network accounts"
    )
    salutation: dict[str, str] = field(
        SALUTATIONS,
        default_factory=dict,
        description="salutation per language, without punctuation",
    )
    languages: list[str] = field(
        PREFERRED_LANGUAGES,
        default_factory=list,
        description="languages this target prefers, best first ('own': the sender's)",
    )
    only_for: list[str] = field(
        ListOf(COUNTRY, single=True, split=split_words),
        default_factory=list,
        description="written to only by senders of these countries (e.g. [US])",
    )

    def writes_to(self, sender_country: str) -> bool:
        """Say whether a sender in `sender_country` writes to this target."""
        return not self.only_for or sender_country in self.only_for


@record
class Copy(Record):
    """Someone who receives a copy of the letter: an embassy, a minister, an official."""

    __rules__: ClassVar[tuple[Rule, ...]] = (
        requires_any(
            "organisation",
            "person",
            reason=N_("name the recipient of the copy: an organisation or a person (%(fields)s)"),
            aliases=("name",),
        ),
    )

    organisation: Localized | None = field(
        LOCALIZED,
        default=None,
        aliases=("name",),
        description="e.g. 'Embassy of the Kyrgyz Republic'",
    )
    person: Localized | None = field(
        NAMES, default=None, description="the person's name, e.g. the ambassador's"
    )
    title: Localized | None = field(LOCALIZED, default=None, description="e.g. 'Ambassador'")
    addressee: Localized | None = field(
        LOCALIZED,
        default=None,
        description="the recipient lines as a letter in that language writes them",
    )
    place: Localized | None = field(
        LOCALIZED, default=None, description="city as named in the copy line"
    )
    address: Address | None = field(Nested(Address), default=None, description="postal address")
    email: list[str] = field(EMAILS, default_factory=list, description="email address(es)")
    fax: list[str] = field(ListOf(TEXT, single=True), default_factory=list, description="fax")
    phone: list[Phone] = field(PHONES, default_factory=list, description="phone number(s)")
    web: list[WebForm] = field(
        WEB_FORMS,
        default_factory=list,
        description="web forms: addresses, or {url, lang} per language",
    )
    social: list[Social] = field(
        _SocialAccounts(), default_factory=list, description="social network accounts"
    )
    salutation: dict[str, str] = field(
        SALUTATIONS,
        default_factory=dict,
        description="salutation per language, without punctuation",
    )
    targets: list[str] = field(
        ListOf(
            SLUG,
            single=True,
            split=split_words,
            split_description="target ids separated by commas or spaces",
            min_items=1,
            # An empty list would read as "no target's letters" and mean every target's.
            empty=N_("name at least one target, or leave out 'targets' for every target's"),
        ),
        default_factory=list,
        description="the ids of the targets whose letters it is a copy of (default: every "
        "target's), e.g. [secretary] for a 'Copy:' printed in one target's block",
    )

    def goes_with(self, target_id: str) -> bool:
        """Say whether a letter to target `target_id` is copied to this recipient."""
        return not self.targets or target_id in self.targets


# A person's situation: the UA's first report (at risk) unless `Person.status` or an update
# says otherwise. `commuted`: a death sentence quashed or commuted, so no longer at risk of
# the execution the UA is about; like `released` and `dead`, the letters no longer speak of
# them. A person freed on bail, or detained, still is.
STATUSES = ("released", "bail", "dead", "detained", "commuted")
NO_LONGER_CONCERNED = frozenset({"released", "dead", "commuted"})
_STATUS_HELP = (
    "released, bail (freed on bail), dead, detained or commuted (death sentence quashed or "
    "commuted)"
)


@record
class Person(Record):
    """A person the case is about."""

    name: Localized = field(
        NAMES, description="the full name as the letter spells it, or names per script"
    )
    pronouns: str | None = field(ANY_TEXT, default=None, description="e.g. she/her")
    gender: Literal["female", "male", "unknown"] | None = field(
        Choice("female", "male", "unknown", aliases={"other": "unknown"}),
        default=None,
        description="grammatical gender for languages that need it: female, male or unknown",
    )
    role: Localized | None = field(
        LOCALIZED, default=None, description="e.g. 'a human rights defender'"
    )
    born: PartialDate | None = field(
        PartialDateSpec(), default=None, description="date of birth: YYYY, YYYY-MM or YYYY-MM-DD"
    )
    status: str | None = field(
        Choice(*STATUSES),
        default=None,
        description="the person's situation as the UA itself reports it, where the UA names "
        "them but they are no longer at risk: " + _STATUS_HELP,
    )

    @property
    def grammatical_gender(self) -> Literal["female", "male", "unknown"]:
        """Return the gender the letter's grammar follows: `gender`, else from `pronouns`."""
        if self.gender is not None:
            return self.gender
        first = re.split(r"[/,\s]+", (self.pronouns or "").strip().lower())[0]
        if first in ("she", "sie", "elle", "lei", "ella", "она"):
            return "female"
        if first in ("he", "er", "il", "lui", "él", "он"):
            return "male"
        return "unknown"

    def known_as(self, reference: str) -> bool:
        """Say whether `reference` is one of this person's names (any script or language)."""
        names = [self.name] if isinstance(self.name, str) else list(self.name.values())
        wanted = " ".join(reference.split()).casefold()
        return any(" ".join(name.split()).casefold() == wanted for name in names)


@record
class Group(Record):
    """A group of people the case is about, such as "at least 10 other peaceful protesters"."""

    description: Localized = field(
        LOCALIZED,
        description="a noun phrase that stands in a list of names: "
        "'at least 10 other peaceful protesters'",
    )
    count: int | None = field(
        Integer(low=2), default=None, description="how many people, where the UA says"
    )


def _closing_has_reason(update: Mapping[str, Any]) -> Iterable[Fault]:
    if update["kind"] == "closed" and update["text"] is None:
        yield Fault((), Message("a closing update needs a 'text' saying why the case was closed"))


def _only_extension_moves_deadline(update: Mapping[str, Any]) -> Iterable[Fault]:
    if update["deadline"] is not None and update["kind"] != "extended":
        # Only an extension moves the deadline; anywhere else it would be ignored.
        yield Fault((), Message("only an update of kind 'extended' can set a new 'deadline'"))


@record
class StatusChange(Record):
    """A person's new situation, as an update reports it."""

    person: str | int = field(
        Either(
            TEXT,
            Integer(low=0, high=10_000),
            expected=N_("expected a person's name or their number in 'persons' (got %(got)s)"),
        ),
        description="the person's name (any form given) or index in 'persons'",
    )
    status: str = field(Choice(*STATUSES), description=_STATUS_HELP)


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
    persons: list[StatusChange] = field(
        ListOf(Nested(StatusChange), single=True),
        default_factory=list,
        description="persons whose situation changed: released, freed on bail, dead, ...",
    )


def _known_persons(case: Mapping[str, Any]) -> Iterable[Fault]:
    persons = case["persons"]
    for number, update in enumerate(case["updates"]):
        for index, change in enumerate(update.persons):
            if _person_index(persons, change.person) is None:
                yield Fault(
                    ("updates", number, "persons", index, "person"),
                    Message(
                        "%(person)r is not one of the case's persons (a name as written in "
                        "'persons', or a number from 0 to %(last)d)",
                        person=change.person,
                        last=len(persons) - 1,
                    ),
                )


def _person_index(persons: list[Person], reference: str | int) -> int | None:
    if isinstance(reference, int):
        return reference if reference < len(persons) else None
    return next((n for n, person in enumerate(persons) if person.known_as(reference)), None)


def _unique_targets(case: Mapping[str, Any]) -> Iterable[Fault]:
    seen: set[str] = set()
    for index, target in enumerate(case["targets"]):
        if target.id in seen:
            yield Fault(
                ("targets", index, "id"), Message("two targets have the id '%(id)s'", id=target.id)
            )
        seen.add(target.id)


def _copied_targets(case: Mapping[str, Any]) -> Iterable[Fault]:
    ids = [target.id for target in case["targets"]]
    for key, copies in case["copies"].items():
        for index, copy in enumerate(copies):
            for number, target_id in enumerate(copy.targets):
                if target_id in copy.targets[:number]:
                    yield Fault(
                        ("copies", key, index, "targets", number),
                        Message("'%(id)s' is listed twice: give it once", id=target_id),
                    )
                elif target_id not in ids:
                    yield Fault(
                        ("copies", key, index, "targets", number),
                        Message(
                            "'%(id)s' is not one of the case's targets (%(ids)s)",
                            id=target_id,
                            ids=", ".join(ids),
                        ),
                    )


@record
class Case(Record):
    """One Urgent Action: who is at risk, whom to write to, what to ask."""

    __rules__: ClassVar[tuple[Rule, ...]] = (
        Rule(_unique_targets, needs=("targets",)),
        Rule(_copied_targets, needs=("targets", "copies")),
        Rule(_known_persons, needs=("persons", "updates")),
        requires_any(
            "ua",
            "id",
            reason=N_("give the UA number ('ua') or a file-name stem ('id') (%(fields)s)"),
        ),
        requires_any(
            "persons",
            "groups",
            reason=N_("name at least one person or group the case is about (%(fields)s)"),
        ),
    )

    format: int | None = field(
        Integer(
            low=1,
            high=FORMAT,
            beyond=N_(
                "this case file is written in format %(value)d, for a newer ualetters; "
                "this one reads formats 1 and 2 (update ualetters)"
            ),
        ),
        default=None,
        description="the case format the file is written in: 2 (1 is read the same way)",
    )
    ua: str | None = field(TEXT, default=None, description="the UA number, e.g. 'UA 61/20'")
    id: str | None = field(
        SLUG, default=None, description="file-name stem; derived from 'ua' when absent"
    )
    ai_index: str | None = field(
        ANY_TEXT, default=None, description="Amnesty's index number, e.g. 'EUR 58/2195/2020'"
    )
    country: str = field(COUNTRY, description="country code of the country the case is about")
    issued: PartialDate | None = field(
        PartialDateSpec(),
        default=None,
        description="date the UA was issued: YYYY, YYYY-MM or YYYY-MM-DD",
    )
    title: Localized = field(LOCALIZED, description="one line saying what is at stake")
    persons: list[Person] = field(
        ListOf(Nested(Person)), default_factory=list, description="the persons concerned"
    )
    groups: list[Group] = field(
        ListOf(Nested(Group), single=True),
        default_factory=list,
        description="groups concerned, e.g. 'at least 10 other peaceful protesters'",
    )
    facts: Localized = field(LOCALIZED, description="a short statement of facts with dates")
    demands: list[Localized] = field(
        ListOf(LOCALIZED, min_items=1),
        description="what the letter asks, as the UA writes it: 'Release ...' or "
        "'I urge you to release ...'",
    )
    demand_form: dict[str, str] = field(
        MapOf(LanguageTag(), Choice(*DEMAND_FORMS)),
        default_factory=dict,
        description="the demands' grammatical form per language, where the detected one is "
        "wrong: imperative, first_person or infinitive",
    )
    targets: list[Target] = field(
        ListOf(Nested(Target), min_items=1), description="the authorities to write to"
    )
    languages: list[str] = field(
        PREFERRED_LANGUAGES,
        default_factory=list,
        description="preferred languages to address targets, best first ('own': the sender's)",
    )
    copies: dict[str, list[Copy]] = field(
        MapOf(CountryCode(wildcard="*"), ListOf(Nested(Copy), single=True)),
        default_factory=dict,
        description="copies, by the sender's country code, or '*' for every sender",
    )
    email_subject: Localized | None = field(
        LOCALIZED, default=None, description="the subject line the UA asks for in emails"
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
        return re.sub(r"[^a-z0-9]+", "-", (self.ua or "").lower()).strip("-") or "case"

    @property
    def label(self) -> str:
        """Return how messages name the case: its UA number, else its id."""
        return self.ua or self.slug

    def copies_for(self, sender_country: str) -> tuple[Copy, ...]:
        """Return the copies a sender in `sender_country` sends: their country's, then all's."""
        return (*self.copies.get(sender_country, ()), *self.copies.get("*", ()))

    def status_on(self, date: dt.date) -> list[str | None]:
        """Return each person's latest status on `date` (None: at risk, as the UA reported)."""
        statuses: list[str | None] = [person.status for person in self.persons]
        for update in sorted(self.updates, key=lambda u: u.date):
            if update.date > date:
                break
            for change in update.persons:
                index = _person_index(self.persons, change.person)
                if index is not None:
                    statuses[index] = change.status
        return statuses

    def concerned_on(self, date: dt.date) -> list[Person]:
        """Return the persons still concerned on `date`: not released, dead or commuted."""
        return [
            person
            for person, status in zip(self.persons, self.status_on(date), strict=True)
            if status not in NO_LONGER_CONCERNED
        ]

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
        """Return the languages the case's own text is complete in; None means any.

        Names don't count: a name given only in Latin script serves every letter.
        """
        fields: list[Any] = [self.title, self.facts]
        fields += [p.role for p in self.persons] + [g.description for g in self.groups]
        result: set[str] | None = None
        langs_of_demands = self.demand_languages()
        for langs in [languages_of(value) for value in fields] + [langs_of_demands]:
            if langs is None:
                continue
            bases = {l10n.base_language(t) for t in langs} | langs
            result = bases if result is None else result & bases
        return result

    def demand_languages(self) -> set[str] | None:
        """Return the languages at least one demand is written in; None means any.

        A section may add a demand in its own language that the others lack ("Some
        sections add a sentence in one language"): a letter in another language leaves
        that demand out, and `check` says so; a language with no demand at all has no letter.
        """
        found: set[str] = set()
        for demand in self.demands:
            langs = languages_of(demand)
            if langs is None:
                return None
            found |= langs
        return found if self.demands else None

    def demands_in(self, tag: str) -> list[Any]:
        """Return the demands a letter in language `tag` makes: those written in it."""
        return [d for d in self.demands if pick(d, tag) is not None]


@record
class Sender(Record):
    """The supporter who signs the letter."""

    name: str = field(TEXT, description="your name as you sign")
    street: list[str] = field(LINES, default_factory=list, description="street lines")
    postal_code: str | None = field(PostalCode(), default=None, description="in quotes")
    city: str = field(TEXT, description="your town, as the post writes it")
    area: str | None = field(
        ANY_TEXT,
        default=None,
        description="your state, province or canton, where the post uses it (MA, ON, TI)",
    )
    country: str = field(COUNTRY, description="your country code")
    place: Localized | None = field(
        LOCALIZED,
        default=None,
        description="your town as letters name it, per language ({de: Genf, fr: Genève}); "
        "default: the usual name of 'city' in the letter's language",
    )
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
    note_language: str | None = field(
        LanguageTag(),
        default=None,
        description="the language the note is written in; default: your first language",
    )
    extra: dict[str, str] = field(
        MapOf(TEXT, ANY_TEXT), default_factory=dict, description="more fields for templates"
    )

    @property
    def language(self) -> str:
        """Return the sender's first language."""
        return self.languages[0] if self.languages else "en"

    @property
    def note_tag(self) -> str:
        """Return the language of the personal note."""
        return self.note_language or self.language
