"""Decide which letters to write: every rule about a run, a case and a sender, in one place.

`generate`, `batch`, `check` and the library all plan through `settings()` and `Planner`:

- once per run (`settings`): the letter date, the `lang` tag, the layout and formats;
- once per case (`Planner`): its status on the date, its addresses, whether `lang` can
  write it, which targets can get an email, clashing file names; each problem once;
- once per sender (`Planner.letters`): each letter's language, copies, courtesy
  translation, file stem and formats, with choices cached by what they depend on, so a
  batch of many supporters asks each question once per kind of supporter;
- once per rendered letter (`Planner.print_report`): how it prints in its layout (address
  in the window, return line, pages), asked only when the run prints (DOCX, PDF).

Warnings and reasons are `errors.Message` values: English text the CLI translates.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import TYPE_CHECKING, Any

from babel import Locale, UnknownLocaleError

from . import l10n
from .addresses import address_problems
from .errors import N_, CaseClosedError, InputError, Joined, Message, Option, UsageError
from .layouts import Layout, layout_for
from .letter import Letter, file_stem
from .model import OWN_LANGUAGE, Address, Case, Copy, Group, Person, Sender, Target, pick, pick_name
from .output import MAX_NAME_BYTES
from .records import dotted
from .writers import DEFAULT_FORMATS, FORMATS, check_formats

if TYPE_CHECKING:
    from .printfit import PrintReport

PRINT_FORMATS = frozenset({"docx", "pdf"})
"""The formats that put a letter on paper in a window envelope."""

# ---------------------------------------------------------------------------------------------
# Values a message shows in the language of the text around it


@dataclass(frozen=True)
class ShownDate:
    """A date in a message: "25 July 2020" in English, "25. Juli 2020" in German."""

    date: dt.date

    def in_language(self, tag: str) -> str:
        """Return the date as a letter in `tag` writes it (plain English: day month year)."""
        return l10n.format_letter_date(self.date, "en-GB" if tag == "en" else tag)


@dataclass(frozen=True)
class LanguageName:
    """A language in a message, named in the message's language ("Kirghiz", "Kirgisisch")."""

    tag: str

    def in_language(self, tag: str) -> str:
        """Return the language's name in `tag`."""
        return l10n.language_name(self.tag, tag)


@dataclass(frozen=True)
class CaseText:
    """Text of the case (a title, a closing reason) in the message's language where it has it."""

    value: str | dict[str, str] | None
    fallback: str = "en"

    def in_language(self, tag: str) -> str:
        """Return the text in `tag`, else in English, else in the fallback language."""
        return (
            pick(self.value, tag) or pick(self.value, "en") or pick(self.value, self.fallback) or ""
        )


@dataclass(frozen=True)
class CaseName:
    """A name of the case (a person's, a target's) in the form a text in that language uses."""

    value: str | dict[str, str] | None

    def in_language(self, tag: str) -> str:
        """Return the name for `tag`: its language's or script's form, else the Latin one."""
        return pick_name(self.value, tag) or ""


# ---------------------------------------------------------------------------------------------
# Once per run


@dataclass(frozen=True)
class Settings:
    """What every letter of a run shares, checked: see `settings()`."""

    date: dt.date
    lang: str | None = None
    layout: str | None = None
    formats: tuple[str, ...] = DEFAULT_FORMATS
    templates: str | None = None
    allow_closed: bool = False
    with_translation: bool = False
    fold_marks: bool = False
    copies: bool = False
    """Also write, for every copy, the letter addressed to the copy's recipient."""


def settings(
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    layout: str | None = None,
    formats: Iterable[str] = DEFAULT_FORMATS,
    templates: str | Any | None = None,
    allow_closed: bool = False,
    with_translation: bool = False,
    fold_marks: bool = False,
    copies: bool = False,
) -> Settings:
    """Return a run's settings, checked; raise UsageError naming the parameter that is wrong.

    `date` defaults to today; `lang` is normalised (`de_ch` -> `de-CH`); `layout` must be a
    known layout; `formats` known formats (repeats dropped).
    """
    forced = None
    if lang:
        try:
            forced = l10n.normalize_tag(lang)
        except ValueError as exc:
            raise UsageError(exc.args[0], parameter="lang") from None
    if layout:
        layout_for(layout, None)  # an unknown layout fails before any work
    return Settings(
        date=date or dt.date.today(),
        lang=forced,
        layout=layout,
        formats=check_formats(formats),
        templates=str(templates) if templates is not None else None,
        allow_closed=allow_closed,
        with_translation=with_translation,
        fold_marks=fold_marks,
        copies=copies,
    )


def page_layout(
    layout: str | Layout | None, sender_country: str | None, fold_marks: bool
) -> Layout:
    """Return the page layout of a letter: the named one, else the sender's country's."""
    page = layout if isinstance(layout, Layout) else layout_for(layout, sender_country)
    return replace(page, marks=True) if fold_marks and not page.marks else page


# The longest file name a letter may get: its stem plus the longest extension.
_LONGEST_EXTENSION = max(len(f.extension) for f in FORMATS.values())


# ---------------------------------------------------------------------------------------------
# Planned letters


@dataclass(frozen=True)
class LanguageChoice:
    """The language of one letter and why it was chosen (a key of `REASONS`).

    `accepted` lists the languages the target accepts (its own, else the case's; `own`
    spelled out as the sender's), `passed` those of them before the chosen one that could
    not be used, each with why: "template" (no letter template) or "text" (the case has no
    text in it).
    """

    tag: str
    reason: str
    accepted: tuple[str, ...] = ()
    passed: tuple[tuple[str, str], ...] = ()


REASONS = {
    "lang": Message("chosen with %(option)s", option=Option("lang")),
    "target's language you write": Message("a language the target accepts that you write"),
    "case's language you write": Message("a language the case asks for that you write"),
    "own language": Message("your own language, which the case accepts"),
    "target's preferred language": Message("the target's preferred language"),
    "case's preferred language": Message("the case's preferred language"),
    "sender's language": Message("your language"),
    "fallback": Message("English, as no other language fits"),
}


def describe_reason(key: str) -> Message:
    """Return why a language was chosen (`LanguageChoice.reason`), as a message."""
    return REASONS.get(key, Message(key))


@dataclass(frozen=True)
class CopyRecipient:
    """The copy a copy letter is addressed to: which one of the copies a sender sends."""

    copy: Copy
    key: str  # the sender's country code it is listed under, or "*" for every sender
    number: int  # its place among the copies under `key`, from 1

    @property
    def file_part(self) -> str:
        """Return what a copy letter's file name adds: `copy-ch-1`, `copy-all-2`."""
        where = "all" if self.key == "*" else self.key.lower()
        return f"copy-{where}-{self.number}"


@dataclass(frozen=True)
class PlannedLetter:
    """One letter to write: a case, a target, a sender, a language and a date.

    A copy letter (`copy_to` set) is the same letter addressed to a copy's recipient.
    """

    case: Case
    target: Target
    sender: Sender
    language: str
    date: dt.date
    copies: tuple[Copy, ...]
    reason: str = ""
    translation: str | None = None
    """The language of a courtesy translation for the sender, or None for none."""
    formats: tuple[str, ...] = ()
    """The formats this letter is written in (no email draft to a target without email)."""
    copy_to: CopyRecipient | None = None
    """For a copy letter, the copy whose recipient it is addressed to; None: to the target."""

    @property
    def sender_asked(self) -> bool:
        """Say whether the sender writes this letter's language themselves."""
        own = {l10n.base_language(t) for t in self.sender.languages}
        return l10n.base_language(self.language) in own

    @property
    def persons(self) -> tuple[Person, ...]:
        """Return the persons the letter speaks of: those still concerned on its date.

        When nobody is (a letter written anyway, `allow_closed`), all of the case's persons.
        """
        return concerned_persons(self.case, self.date)

    @property
    def groups(self) -> tuple[Group, ...]:
        """Return the groups the letter speaks of (a group has no status of its own)."""
        return tuple(self.case.groups)

    @property
    def note(self) -> str | None:
        """Return the sender's personal note if it is in the letter's language, else None."""
        return self.sender.note if note_fits(self.sender, self.language) else None

    @property
    def stem(self) -> str:
        """Return the letter's file-name stem (`ua-61-20_president_de`, `..._copy-ch-1`)."""
        stem = file_stem(self.case.slug, self.target.id, self.language)
        return stem if self.copy_to is None else f"{stem}_{self.copy_to.file_part}"

    def file_name(self, fmt: str) -> str:
        """Return the letter's file name in format `fmt`."""
        return self.stem + FORMATS[fmt].extension


@dataclass(frozen=True)
class Plan:
    """The letters to write and what the user should know about them.

    `skipped` says, once per case and target, which letters a format cannot make (an email
    draft to a target without an email address).
    """

    letters: tuple[PlannedLetter, ...]
    warnings: tuple[str, ...] = field(default=())
    skipped: tuple[str, ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# The rules: who is concerned, which language, which copies, which addresses


def concerned_persons(case: Case, date: dt.date) -> tuple[Person, ...]:
    """Return the persons a letter of `date` speaks of: those still concerned.

    When neither a person nor a group is left, all of the case's persons: planning refuses
    such a case as it does a closed one (`closed_message`), so that happens only for
    letters written anyway.
    """
    concerned = case.concerned_on(date)
    return tuple(concerned if concerned or case.groups else case.persons)


def note_fits(sender: Sender, language: str) -> bool:
    """Say whether the sender's personal note is in `language` (it goes only into those)."""
    return l10n.base_language(sender.note_tag) == l10n.base_language(language)


def _has(tag: str, available: Collection[str]) -> bool:
    return any(candidate in available for candidate in l10n.fallback_chain(tag))


def regional_tag(tag: str, sender: Sender) -> str:
    """Return `tag` with the sender's region where CLDR knows it (`de` + CH -> `de-CH`)."""
    if l10n.region_of(tag):
        return tag
    for own in sender.languages:
        if l10n.base_language(own) == tag and l10n.region_of(own):
            return own
    try:
        Locale.parse(f"{tag}_{sender.country}")
    except (UnknownLocaleError, ValueError):
        return tag
    return f"{tag}-{sender.country}"


def copies_for(case: Case, country: str) -> tuple[Copy, ...]:
    """Return the copies the case asks for from senders in `country`: theirs, then everyone's."""
    return case.copies_for(country)


def copy_recipients(case: Case, country: str) -> tuple[CopyRecipient, ...]:
    """Return the copies a sender in `country` sends, each with where the case lists it."""
    return tuple(
        CopyRecipient(copy, key, number)
        for key in (country, "*")
        for number, copy in enumerate(case.copies.get(key, ()), start=1)
    )


def _lacking(fields: Iterable[tuple[str, Any]], tag: str) -> str | None:
    """Return the first field that has text but none in `tag`, or None."""
    for field_path, value in fields:
        if value is not None and pick(value, tag) is None:
            return field_path
    return None


def _case_fields(case: Case) -> Iterator[tuple[str, Any]]:
    # Names are not here: a name given only in Latin script serves every letter.
    yield "title", case.title
    yield "facts", case.facts
    # One demand in the language is enough: the others are left out of its letters
    # (`Case.demands_in`). So the demands lack a language only if every one lacks it.
    if case.demands:
        every: Any = {}
        for demand in case.demands:
            if not isinstance(demand, dict):
                every = demand  # in no language in particular: any letter has it
                break
            every = {**demand, **every}
        yield "demands", every
    for n, person in enumerate(case.persons):  # a name never restricts the language
        yield f"persons[{n}].role", person.role
    for n, group in enumerate(case.groups):
        yield f"groups[{n}].description", group.description


def _target_fields(case: Case, index: int) -> Iterator[tuple[str, Any]]:
    target = case.targets[index]
    yield f"targets[{index}].title", target.title
    yield f"targets[{index}].organisation", target.organisation


def _copy_fields(copies: Iterable[Copy], copies_field: str) -> Iterator[tuple[str, Any]]:
    for n, copy in enumerate(copies):
        yield f"{copies_field}[{n}].organisation", copy.organisation


def missing_text(
    case: Case,
    target_index: int,
    copies: Iterable[Copy],
    tag: str,
    copies_field: str = "copies",
) -> str | None:
    """Return the first field a letter in `tag` to target `target_index` lacks text for, or None."""
    lacking = _case_lacking(case, tag) or _lacking(_target_fields(case, target_index), tag)
    if lacking is not None:
        return lacking
    return _copies_lacking(case, tuple(copies), copies_field, tag)


# The case's own fields lack a language or not whatever the target: asked once per case and
# language, not once per target (3,000 targets x 60,000 persons took a minute). Keyed by
# identity; the value keeps the case, so an identity is not reused while it is here.
_CASE_LACKING: dict[tuple[int, str], tuple[Case, str | None]] = {}


_COPIES_LACKING: dict[tuple[int, str, str], tuple[Case, tuple[Copy, ...], str | None]] = {}


def _copies_lacking(case: Case, copies: tuple[Copy, ...], field: str, tag: str) -> str | None:
    """The copies' text for a sender's country, checked once per case, country and language."""
    found = _COPIES_LACKING.get((id(case), field, tag))
    if found is not None and found[0] is case and found[1] == copies:
        return found[2]
    lacking = _lacking(_copy_fields(copies, field), tag)
    if len(_COPIES_LACKING) >= 256:
        _COPIES_LACKING.clear()
    _COPIES_LACKING[(id(case), field, tag)] = (case, copies, lacking)
    return lacking


def _case_lacking(case: Case, tag: str) -> str | None:
    found = _CASE_LACKING.get((id(case), tag))
    if found is not None and found[0] is case:
        return found[1]
    lacking = _lacking(_case_fields(case), tag)
    if len(_CASE_LACKING) >= 256:
        _CASE_LACKING.clear()
    _CASE_LACKING[(id(case), tag)] = (case, lacking)
    return lacking


def no_template(tag: str) -> UsageError:
    """Return the error for a `lang` that no letter template is written in."""
    return UsageError(
        Message("no letter template for language '%(tag)s'", tag=tag), parameter="lang"
    )


def cannot_write(tag: str, lacking: str) -> UsageError:
    """Return the error for a `lang` the case (field `lacking`) has no text in."""
    return UsageError(
        Message(
            "the case cannot be written in '%(tag)s': %(field)s has no text in it",
            tag=tag,
            field=lacking,
        ),
        parameter="lang",
    )


def accepted_languages(case: Case, target_index: int, sender: Sender) -> list[tuple[str, str]]:
    """Return the languages a target accepts, best first, each with whose list names it.

    They are the target's `languages`, else the case's; `own` ("or your own language") is
    the sender's languages at that place. Whose: "target", "case" or "own".
    """
    target = case.targets[target_index]
    listed, whose = (target.languages, "target") if target.languages else (case.languages, "case")
    accepted: dict[str, str] = {}
    for tag in listed:
        if tag == OWN_LANGUAGE:
            for own in sender.languages:
                accepted.setdefault(own, "own")
        else:
            accepted.setdefault(tag, whose)
    return list(accepted.items())


def choose_language(
    case: Case,
    target_index: int,
    sender: Sender,
    available: Collection[str],
    forced: str | None = None,
) -> LanguageChoice:
    """Pick a letter's language: `forced`, else one the target accepts, else the sender's.

    Among the languages the target accepts (`accepted_languages`), one the sender writes
    comes first, then the target's order. Without any, the sender's languages, then English.
    Only languages with a template and with all the text the letter needs count: the case's,
    the target's and that of the copies for the sender's country.
    """
    copies = copies_for(case, sender.country)
    copies_field = f"copies.{sender.country}"
    if forced:
        if not _has(forced, available):
            raise no_template(forced)
        lacking = missing_text(case, target_index, copies, forced, copies_field)
        if lacking:
            raise cannot_write(forced, lacking)
        return LanguageChoice(regional_tag(forced, sender), "lang")

    def unusable(tag: str) -> str | None:
        if not _has(tag, available):
            return "template"
        if missing_text(case, target_index, copies, tag, copies_field) is not None:
            return "text"
        return None

    accepted = accepted_languages(case, target_index, sender)
    shown = tuple(tag for tag, _whose in accepted)
    usable = [(tag, whose) for tag, whose in accepted if unusable(tag) is None]
    own = {l10n.base_language(t) for t in sender.languages}
    mine = [(tag, whose) for tag, whose in usable if l10n.base_language(tag) in own]
    chosen: tuple[str, str] | None = None
    if mine:
        tag, whose = mine[0]
        reason = {
            "target": "target's language you write",
            "case": "case's language you write",
        }.get(whose, "own language")
        chosen = (tag, reason)
    elif usable:
        tag, whose = usable[0]
        chosen = (tag, f"{whose}'s preferred language")
    else:
        for tag, reason in [
            *((t, "sender's language") for t in sender.languages),
            ("en", "fallback"),
        ]:
            if unusable(tag) is None:
                chosen = (tag, reason)
                break
    if chosen is None:
        first_lacking = next(
            (
                (missing_text(case, target_index, copies, tag, copies_field), tag)
                for tag in [*shown, *sender.languages, "en"]
                if _has(tag, available)
            ),
            None,
        )
        if first_lacking and first_lacking[0]:
            lacking, tag = first_lacking
            raise InputError(
                Message(
                    "has no text in '%(tag)s', and no other language with a letter template "
                    "has all the text a letter needs",
                    tag=tag,
                ),
                field=lacking,
            )
        raise InputError(
            Message("no language has a letter template"), field=f"targets[{target_index}]"
        )
    tag, reason = chosen
    before = shown[: shown.index(tag)] if tag in shown else shown
    passed = tuple((t, why) for t in before if (why := unusable(t)) is not None)
    return LanguageChoice(regional_tag(tag, sender), reason, shown, passed)


def translation_language(
    planned_language: str,
    case: Case,
    target_index: int,
    sender: Sender,
    available: Collection[str],
) -> str | None:
    """Return the sender's language for a courtesy translation, or None if none is needed.

    A language qualifies as it does for the letter itself: a template and all the text the
    letter needs (case, target and copies) in that language.
    """
    own = [l10n.base_language(t) for t in sender.languages]
    if l10n.base_language(planned_language) in own:
        return None
    copies = copies_for(case, sender.country)
    for tag in sender.languages:
        lacking = missing_text(case, target_index, copies, tag, f"copies.{sender.country}")
        if _has(tag, available) and lacking is None:
            return regional_tag(tag, sender)
    return None


def no_translation(sender: Sender, available: Collection[str]) -> Message:
    """Return why no courtesy translation into the sender's languages can be written."""
    if not any(_has(tag, available) for tag in sender.languages):
        return Message(
            "none of your languages (%(languages)s) has a letter template",
            languages=", ".join(sender.languages),
        )
    return Message(
        "the case has no text in any of your languages (%(languages)s)",
        languages=", ".join(sender.languages),
    )


def located(origin: str | None, path: tuple[str | int, ...], reason: Message) -> Message:
    """Return a warning about the case's data that starts with its file:line: field.

    `origin` is the case's name in messages; a `sources.Origin` knows each field's line.
    """
    locate = getattr(origin, "locate", None)
    line, name = locate(path) if locate is not None else (None, dotted(path))
    where = f"{origin}:{line}" if origin and line else origin or ""
    place = f"{where}: {name}" if where else name
    return Message("%(place)s: %(problem)s", place=place, problem=reason)


def address_warnings(
    case: Case,
    countries: Collection[str] | None = None,
    *,
    source: str | None = None,
) -> list[Message]:
    """Return the warnings about addresses that miss what their post asks for, located.

    The addresses are those of the targets that senders in `countries` write to and of the
    copies they send (None: every target and copy).
    """
    found: list[Message] = []

    def check(address: Address | None, path: tuple[str | int, ...], whose: Message) -> None:
        if address is None:
            return  # reached by email, fax or web only
        for name, reason in address_problems(address):
            problem = Message("%(problem)s (%(whose)s)", problem=reason, whose=whose)
            found.append(located(source, (*path, "address", name), problem))

    for index, target in enumerate(case.targets):
        if countries is None or any(target.writes_to(country) for country in countries):
            check(target.address, ("targets", index), Message("target '%(id)s'", id=target.id))
    for key, copies in case.copies.items():
        if countries is not None and key != "*" and key not in countries:
            continue
        whose = (
            Message("copy for every sender")
            if key == "*"
            else Message("copy for senders in %(key)s", key=key)
        )
        for index, copy in enumerate(copies):
            # The index is dropped from the shown field where the file gives one copy.
            check(copy.address, ("copies", key, index), whose)
    return found


# ---------------------------------------------------------------------------------------------
# Once per case


_GONE = {
    "released": N_("%(person)s was released"),
    "dead": N_("%(person)s died"),
    "commuted": N_("the death sentence of %(person)s was quashed or commuted"),
}


def closed_message(case: Case, date: dt.date) -> Message | None:
    """Return why no letters may be written on `date`, or None if the case is open then.

    A case is closed by a `closed` update, and also when nobody it is about is still
    concerned: every person released, dead or no longer facing execution, and no group.
    """
    closing = case.closed_on(date)
    if closing is not None:
        return Message(
            "%(ua)s was closed on %(date)s: %(reason)s",
            ua=case.label,
            date=ShownDate(closing.date),
            reason=CaseText(closing.text),
        )
    if case.groups or not case.persons or case.concerned_on(date):
        return None
    gone = tuple(
        Message(_GONE[status or ""], person=pick_name(person.name, "en") or "")
        for person, status in zip(case.persons, case.status_on(date), strict=True)
    )
    return Message(
        "%(ua)s: nobody the case is about is still concerned on %(date)s (%(gone)s)",
        ua=case.label,
        date=ShownDate(date),
        gone=Joined(gone, "; "),
    )


@dataclass(frozen=True)
class CasePlan:
    """One case of a run: where it came from, and its status on the letter date."""

    case: Case
    number: int  # its place among the run's cases
    source: str | None
    closed: Message | None  # why it is closed on the date, or None
    deadline: dt.date | None  # the deadline in force on the date
    no_email: frozenset[int]  # targets (by index) that get no email draft
    addresses: tuple[Message, ...] = ()  # addresses that miss what their post asks for


class Planner:
    """Every decision of a run about its cases, made once; and every sender's letters.

    Raise, while planning the cases: CaseClosedError if no case is open on the date (and
    closed cases are not allowed): closed by an update, or nobody it is about still
    concerned; InputError if two cases would write the same files; UsageError if `lang`
    cannot write a case. An address that misses what its post asks for is a warning, located
    in the case's file where its source is a `sources.Origin` (targets, and copies for
    senders in `countries`; None: every country).
    """

    def __init__(
        self,
        cases: Sequence[Case],
        settings: Settings,
        *,
        available: Collection[str],
        countries: Collection[str] | None = None,
        sources: Sequence[str | None] = (),
    ) -> None:
        self.settings = settings
        self.available = frozenset(available)
        if settings.lang and not _has(settings.lang, self.available):
            raise no_template(settings.lang)
        names = list(sources) + [None] * (len(cases) - len(sources))
        self.cases = tuple(
            self._plan_case(number, case, names[number], countries)
            for number, case in enumerate(cases)
        )
        self._refuse_shared_names()
        warnings: list[Message] = []
        closed: list[Message] = []
        for plan in self.cases:
            if plan.closed is not None:
                closed.append(plan.closed)
                if not settings.allow_closed:
                    warnings.append(
                        Message(
                            "%(message)s; no letters for it (use %(option)s to write anyway)",
                            message=plan.closed,
                            option=Option("allow_closed"),
                        )
                    )
                    continue
                warnings.append(plan.closed)
            warnings += plan.addresses
            if plan.deadline and settings.date > plan.deadline:
                warnings.append(
                    Message(
                        "%(ua)s: the deadline passed on %(date)s; appeals may no longer help",
                        ua=plan.case.label,
                        date=ShownDate(plan.deadline),
                    )
                )
        self.open = tuple(p for p in self.cases if p.closed is None or settings.allow_closed)
        if cases and not self.open:
            raise CaseClosedError(
                Message(
                    "%(closed)s; give an earlier %(date)s, or use %(allow_closed)s to write anyway",
                    closed=closed[0] if len(closed) == 1 else Joined(tuple(closed)),
                    date=Option("date"),
                    allow_closed=Option("allow_closed"),
                )
            )
        self.warnings: tuple[Message, ...] = tuple(warnings)
        # (UA, target id) of the letters that get no email draft, to count them per sender.
        self.no_email: frozenset[tuple[str, str]] = frozenset(
            (plan.case.label, plan.case.targets[index].id)
            for plan in self.open
            for index in plan.no_email
        )
        self.skipped: tuple[Message, ...] = tuple(
            Message(
                "%(ua)s: the target '%(target)s' has no email address, so no email draft can "
                "be made",
                ua=plan.case.label,
                target=plan.case.targets[index].id,
            )
            for plan in self.open
            for index in sorted(plan.no_email)
        )
        # A letter's language depends on its case and target and on the sender's languages
        # and country only: many supporters share one answer.
        self._chosen: dict[tuple[int, int, tuple[str, ...], str], LanguageChoice] = {}
        self._translated: dict[tuple[int, int, str, tuple[str, ...], str], str | None] = {}

    def _plan_case(
        self, number: int, case: Case, source: str | None, countries: Collection[str] | None
    ) -> CasePlan:
        settings = self.settings
        plan = CasePlan(
            case=case,
            number=number,
            source=source,
            closed=closed_message(case, settings.date),
            deadline=case.deadline_on(settings.date),
            no_email=frozenset(),
        )
        if plan.closed is not None and not settings.allow_closed:
            return plan  # it gives no letters: what they would need does not matter
        plan = replace(plan, addresses=tuple(address_warnings(case, countries, source=source)))
        if settings.lang:
            self._check_forced(case, countries)
        copy_part = 0
        if settings.copies and case.copies:
            # A copy letter's stem adds `_copy-all-N` at most (`CopyRecipient.file_part`).
            copy_part = len(f"_copy-all-{max(len(c) for c in case.copies.values())}")
        for target in case.targets:
            stem = file_stem(case.slug, target.id, "xxx")
            longest = len(stem.encode()) + copy_part + _LONGEST_EXTENSION
            if longest > MAX_NAME_BYTES:
                raise InputError(
                    Message(
                        "the file names of target '%(target)s' would be %(size)s bytes long "
                        "(at most %(limit)s); give the case a shorter 'id'",
                        target=target.id,
                        size=longest,
                        limit=MAX_NAME_BYTES,
                    ),
                    source=source,
                    field="id",
                )
        if "eml" not in settings.formats:
            return plan
        no_email = frozenset(
            index
            for index, target in enumerate(case.targets)
            if not target.email
            and (countries is None or any(target.writes_to(c) for c in countries))
        )
        return replace(plan, no_email=no_email)

    def _check_forced(self, case: Case, countries: Collection[str] | None) -> None:
        """Raise UsageError if the case (or a copy for `countries`) has no text in `lang`."""
        forced = self.settings.lang
        assert forced is not None
        groups = (
            case.copies.items()
            if countries is None
            else ((country, case.copies.get(country, [])) for country in (*sorted(countries), "*"))
        )
        fields = chain(
            _case_fields(case),
            *(_target_fields(case, index) for index in range(len(case.targets))),
            *(_copy_fields(copies, f"copies.{country}") for country, copies in groups),
        )
        lacking = _lacking(fields, forced)
        if lacking:
            raise cannot_write(forced, lacking)

    def _refuse_shared_names(self) -> None:
        counts = Counter(plan.case.slug for plan in self.cases)
        twice = sorted(slug for slug, count in counts.items() if count > 1)
        if twice:
            raise InputError(
                Message(
                    "two cases would write the same files (%(ids)s); give each an 'id'",
                    ids=", ".join(twice),
                )
            )

    def choose(self, plan: CasePlan, target_index: int, sender: Sender) -> LanguageChoice:
        """Return the language of the letter to a target of a case, signed by `sender`."""
        key = (plan.number, target_index, tuple(sender.languages), sender.country)
        choice = self._chosen.get(key)
        if choice is None:
            choice = choose_language(
                plan.case, target_index, sender, self.available, self.settings.lang
            )
            self._chosen[key] = choice
        return choice

    def _translation(
        self, plan: CasePlan, target_index: int, language: str, sender: Sender
    ) -> str | None:
        if not self.settings.with_translation:
            return None
        key = (plan.number, target_index, language, tuple(sender.languages), sender.country)
        if key not in self._translated:
            self._translated[key] = translation_language(
                language, plan.case, target_index, sender, self.available
            )
        return self._translated[key]

    @property
    def prints(self) -> bool:
        """Say whether the run writes letters for print (DOCX or PDF)."""
        return not PRINT_FORMATS.isdisjoint(self.settings.formats)

    def print_report(self, letter: Letter) -> PrintReport:
        """Return how a rendered letter prints in the run's layout (none if nothing prints).

        The layout is the run's, else the sender's country's (`page_layout`).
        """
        from .printfit import PrintReport, print_report

        if not self.prints:
            return PrintReport()
        run = self.settings
        return print_report(letter, page_layout(run.layout, letter.sender_country, run.fold_marks))

    def letters(self, sender: Sender) -> Plan:
        """Plan every letter `sender` signs: one per target of every open case.

        Raise InputError if none of the sender's languages has a template (they could read
        no letter), or if a letter has no language it can be written in.
        """
        if not any(_has(tag, self.available) for tag in sender.languages):
            raise InputError(
                Message(
                    "no letter template for %(languages)s (templates: %(have)s); add a "
                    "language the sender reads that has one",
                    languages=", ".join(sender.languages),
                    have=", ".join(sorted(self.available)),
                ),
                field="languages",
            )
        run = self.settings
        letters: list[PlannedLetter] = []
        warnings: list[Message] = []
        passed: dict[tuple[int, str, str, str], list[str]] = {}
        for plan in self.open:
            case = plan.case
            copies = copies_for(case, sender.country)
            recipients = copy_recipients(case, sender.country) if run.copies else ()
            written = [i for i, t in enumerate(case.targets) if t.writes_to(sender.country)]
            if not written:
                warnings.append(
                    Message(
                        "%(ua)s: no target for senders in %(country)s (its targets are for "
                        "senders in %(others)s only)",
                        ua=case.label,
                        country=sender.country,
                        others=", ".join(sorted({c for t in case.targets for c in t.only_for})),
                    )
                )
            for index in written:
                target = case.targets[index]
                target_copies = tuple(copy for copy in copies if copy.goes_with(target.id))
                target_recipients = [r for r in recipients if r.copy.goes_with(target.id)]
                choice = self.choose(plan, index, sender)
                for tag, why in choice.passed:
                    if would_be_chosen(tag, choice, sender):
                        key = (plan.number, tag, why, l10n.base_language(choice.tag))
                        passed.setdefault(key, []).append(target.id)
                formats = run.formats
                if index in plan.no_email:
                    formats = tuple(f for f in formats if f != "eml")
                planned = PlannedLetter(
                    case,
                    target,
                    sender,
                    choice.tag,
                    run.date,
                    target_copies,
                    choice.reason,
                    self._translation(plan, index, choice.tag, sender),
                    formats,
                )
                asked = run.lang or run.with_translation
                if not asked and not planned.sender_asked:
                    warnings.append(not_your_language(planned))
                if run.with_translation and not planned.sender_asked and not planned.translation:
                    warnings.append(
                        Message(
                            "target %(id)s: no courtesy translation: %(why)s",
                            id=target.id,
                            why=no_translation(sender, self.available),
                        )
                    )
                if sender.note and planned.note is None:
                    warnings.append(note_left_out(planned))
                letters.append(planned)
                # The same letter to each copy's recipient: on paper, so no email draft (the
                # draft to the target has the copies in Cc).
                paper = tuple(f for f in formats if f != "eml")
                letters += [
                    replace(planned, copy_to=recipient, formats=paper, translation=None)
                    for recipient in target_recipients
                    if _reachable(recipient.copy) and paper
                ]
            if written:
                for recipient in recipients:
                    goes = any(recipient.copy.goes_with(case.targets[i].id) for i in written)
                    if goes and not _reachable(recipient.copy):
                        warnings.append(
                            Message(
                                "%(ua)s: the copy to %(copy)s has no postal address or fax, so "
                                "no copy letter is written for it",
                                ua=case.label,
                                copy=CaseText(recipient.copy.organisation)
                                if recipient.copy.organisation
                                else CaseName(recipient.copy.person),
                            )
                        )
        for (number, tag, why, used), targets in passed.items():
            warnings.append(language_passed(self.cases[number].case, tag, why, used, targets))
        if run.with_translation and letters and all(p.sender_asked for p in letters):
            warnings.append(
                Message(
                    "no courtesy translation: every letter is in a language you write (%(own)s)",
                    own=", ".join(sender.languages),
                )
            )
        return Plan(tuple(letters), tuple(warnings))


_YOURS = frozenset({"target's language you write", "case's language you write", "own language"})


def would_be_chosen(tag: str, choice: LanguageChoice, sender: Sender) -> bool:
    """Say whether a language passed over (`LanguageChoice.passed`) would have been the letter's.

    Only then does the sender need to hear of it: when the letter is in a language the
    sender writes, a language they do not write would not have been chosen anyway.
    """
    if choice.reason not in _YOURS:
        return True
    return l10n.base_language(tag) in {l10n.base_language(t) for t in sender.languages}


def _reachable(copy: Copy) -> bool:
    """Say whether a copy letter can be sent to the copy's recipient: by post or by fax."""
    return copy.address is not None or bool(copy.fax)


def language_passed(case: Case, tag: str, why: str, used: str, targets: Sequence[str]) -> Message:
    """Return the warning for a language the case asks for that no letter could be written in.

    `why` is "template" (no letter template) or "text" (the case has no text in it).
    """
    reason = (
        Message("there is no letter template in %(language)s", language=LanguageName(tag))
        if why == "template"
        else Message("the case has no text in %(language)s", language=LanguageName(tag))
    )
    return Message(
        "%(ua)s: %(reason)s, which the UA asks for; the letter to %(targets)s is in "
        "%(used)s instead",
        ua=case.label,
        reason=reason,
        targets=", ".join(targets),
        used=LanguageName(used),
    )


def note_left_out(planned: PlannedLetter) -> Message:
    """Return the warning for a letter that gets no personal note: it is in another language."""
    return Message(
        "%(sender)s: the personal note is in %(note)s, so the letter to %(target)s in "
        "%(language)s has none",
        sender=planned.sender.name,
        note=LanguageName(l10n.base_language(planned.sender.note_tag)),
        target=planned.target.id,
        language=LanguageName(l10n.base_language(planned.language)),
    )


def not_printable(
    problem: Message, *, source: str | None = None, row: int | None = None
) -> InputError:
    """Return the error `strict` makes of a print warning (`Planner.print_report`).

    `row` names the supporters list's row whose own text (the return line) causes it.
    """
    return InputError(
        Message(
            "%(problem)s; nothing was written, as %(strict)s asks",
            problem=problem,
            strict=Option("strict"),
        ),
        source=source,
        field=None if row is None else f"row {row}",
    )


def not_your_language(planned: PlannedLetter) -> Message:
    """Return the warning for a letter in a language its sender did not list."""
    return Message(
        "target %(id)s: the letter is in %(language)s (%(why)s), not one of your languages; "
        "%(option)s adds a courtesy translation",
        id=planned.target.id,
        language=LanguageName(planned.language),
        why=describe_reason(planned.reason),
        option=Option("with_translation"),
    )
