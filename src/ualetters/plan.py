"""Decide which letters to write: one per target, in which language, with which copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from babel import Locale, UnknownLocaleError

from . import l10n
from .errors import CaseClosedError, InputError
from .model import Case, Copy, Sender, Target, pick


@dataclass(frozen=True)
class LanguageChoice:
    """The language of one letter and why it was chosen."""

    tag: str
    reason: str


@dataclass(frozen=True)
class PlannedLetter:
    """One letter to write: a case, a target, a sender, a language and a date."""

    case: Case
    target: Target
    sender: Sender
    language: str
    date: dt.date
    copies: tuple[Copy, ...]
    reason: str = ""

    @property
    def sender_asked(self) -> bool:
        """Say whether the sender writes this letter's language themselves."""
        own = {l10n.base_language(t) for t in self.sender.languages}
        return l10n.base_language(self.language) in own


@dataclass(frozen=True)
class Plan:
    """The letters to write and what the user should know about them."""

    letters: tuple[PlannedLetter, ...]
    warnings: tuple[str, ...] = field(default=())


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


def missing_text(
    case: Case, target: Target, copies: Iterable[Copy], tag: str, copies_field: str = "copies"
) -> str | None:
    """Return the first field a letter in `tag` needs that has no text in `tag`, or None."""
    fields: list[tuple[str, Any]] = [("title", case.title), ("facts", case.facts)]
    fields += [(f"demands[{n}]", demand) for n, demand in enumerate(case.demands)]
    for n, person in enumerate(case.persons):
        fields += [(f"persons[{n}].name", person.name), (f"persons[{n}].role", person.role)]
    where = f"targets[{case.targets.index(target)}]" if target in case.targets else "target"
    fields += [(f"{where}.title", target.title), (f"{where}.organisation", target.organisation)]
    fields += [(f"{copies_field}[{n}].name", copy.name) for n, copy in enumerate(copies)]
    for field_path, value in fields:
        if value is not None and pick(value, tag) is None:
            return field_path
    return None


def choose_language(
    case: Case,
    target: Target,
    sender: Sender,
    available: Collection[str],
    forced: str | None = None,
) -> LanguageChoice:
    """Pick a letter's language: --lang, target's, case's, sender's languages, then English.

    Only languages with a template and with all the text the letter needs count: the case's,
    the target's and that of the copies for the sender's country.
    """
    copies = copies_for(case, sender)
    copies_field = f"copies.{sender.country}"

    if forced:
        if not _has(forced, available):
            raise InputError(f"no letter template for language '{forced}'", field="--lang")
        lacking = missing_text(case, target, copies, forced, copies_field)
        if lacking:
            raise InputError(
                f"the case cannot be written in '{forced}': {lacking} has no text in it",
                field="--lang",
            )
        return LanguageChoice(regional_tag(forced, sender), "--lang")
    ranked: list[tuple[Iterable[str], str]] = [
        (target.languages, "target's preferred language"),
        (case.languages, "case's preferred language"),
        (sender.languages, "sender's language"),
        (["en"], "fallback"),
    ]
    first_lacking: tuple[str, str] | None = None
    for tags, reason in ranked:
        for tag in tags:
            if not _has(tag, available):
                continue
            lacking = missing_text(case, target, copies, tag, copies_field)
            if lacking is None:
                return LanguageChoice(regional_tag(tag, sender), reason)
            first_lacking = first_lacking or (lacking, tag)
    if first_lacking:
        lacking, tag = first_lacking
        raise InputError(
            f"has no text in '{tag}', and no other language with a letter template has all "
            "the text a letter needs",
            field=lacking,
        )
    raise InputError(
        "no language has a letter template", field=f"targets[{case.targets.index(target)}]"
    )


def copies_for(case: Case, sender: Sender) -> tuple[Copy, ...]:
    """Return the copies the case asks for in the sender's country."""
    return tuple(case.copies.get(sender.country, ()))


def closed_message(case: Case, date: dt.date, tag: str = "en") -> str | None:
    """Return why no letters may be written on `date`, or None if the case is open."""
    closing = case.closed_on(date)
    if closing is None:
        return None
    when = l10n.format_letter_date(closing.date, "en-GB" if tag == "en" else tag)
    why = pick(closing.text, tag) or pick(closing.text, "en") or ""
    return f"{case.ua} was closed on {when}: {why}".rstrip(": ")


def plan_letters(
    case: Case,
    sender: Sender,
    *,
    date: dt.date,
    available: Collection[str],
    lang: str | None = None,
    allow_closed: bool = False,
) -> Plan:
    """Plan one letter per target of `case`, signed by `sender` on `date`."""
    warnings: list[str] = []
    closed = closed_message(case, date)
    if closed:
        if not allow_closed:
            raise CaseClosedError(f"{closed}; use --allow-closed to write anyway")
        warnings.append(closed)
    deadline = case.deadline_on(date)
    if deadline and date > deadline:
        warnings.append(
            f"{case.ua}: the deadline passed on {l10n.format_letter_date(deadline, 'en-GB')}; "
            "appeals may no longer help"
        )
    copies = copies_for(case, sender)
    letters = []
    for target in case.targets:
        choice = choose_language(case, target, sender, available, lang)
        letters.append(PlannedLetter(case, target, sender, choice.tag, date, copies, choice.reason))
    return Plan(tuple(letters), tuple(warnings))
