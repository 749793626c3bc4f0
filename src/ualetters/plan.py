"""Decide which letters to write: one per target, in which language, with which copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

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


def choose_language(
    case: Case,
    target: Target,
    sender: Sender,
    available: Collection[str],
    forced: str | None = None,
) -> LanguageChoice:
    """Pick a letter's language: --lang, target's, case's, sender's languages, then English.

    Only languages with a template and with the case's text count.
    """
    text_langs = case.text_languages()

    def usable(tag: str) -> bool:
        base = l10n.base_language(tag)
        has_text = text_langs is None or tag in text_langs or base in text_langs
        return _has(tag, available) and has_text

    if forced:
        if not _has(forced, available):
            raise InputError(f"no letter template for language '{forced}'", field="--lang")
        return LanguageChoice(regional_tag(forced, sender), "--lang")
    ranked: list[tuple[Iterable[str], str]] = [
        (target.languages, "target's preferred language"),
        (case.languages, "case's preferred language"),
        (sender.languages, "sender's language"),
        (["en"], "fallback"),
    ]
    for tags, reason in ranked:
        for tag in tags:
            if usable(tag):
                return LanguageChoice(regional_tag(tag, sender), reason)
    have = ", ".join(sorted(text_langs or available))
    raise InputError(
        f"no language has both a template and the case's text (case text in: {have})",
        field=f"targets[{case.targets.index(target)}]",
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
