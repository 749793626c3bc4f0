"""Decide which letters to write: one per target, in which language, with which copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from babel import Locale, UnknownLocaleError

from . import l10n, ui
from .addresses import check_address
from .errors import CaseClosedError, InputError
from .model import Case, Copy, Sender, Target, pick
from .ui import _


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
    translation: str | None = None
    """The language of a courtesy translation for the sender, or None for none."""

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


def describe_reason(key: str) -> str:
    """Return why a language was chosen, in the UI language (`LanguageChoice.reason` keys)."""
    reasons = {
        "--lang": _("chosen with --lang"),
        "target's preferred language": _("the target's preferred language"),
        "case's preferred language": _("the case's preferred language"),
        "sender's language": _("your language"),
        "fallback": _("English, as no other language fits"),
    }
    return reasons.get(key, key)


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


def translation_language(
    planned_language: str,
    case: Case,
    target: Target,
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
    copies = copies_for(case, sender)
    for tag in sender.languages:
        lacking = missing_text(case, target, copies, tag, f"copies.{sender.country}")
        if _has(tag, available) and lacking is None:
            return regional_tag(tag, sender)
    return None


def check_addresses(case: Case, sender: Sender | None = None, *, source: str | None = None) -> None:
    """Raise InputError naming the field if an address misses what its post requires."""
    for index, target in enumerate(case.targets):
        try:
            check_address(target.address, field=f"targets[{index}].address", source=source)
        except InputError as exc:
            raise InputError(
                f"{exc.reason} (target '{target.id}')", source=source, field=exc.field
            ) from None
    for country, copies in case.copies.items():
        if sender is not None and country != sender.country:
            continue
        for index, copy in enumerate(copies):
            if copy.address is not None:
                check_address(
                    copy.address, field=f"copies.{country}[{index}].address", source=source
                )


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


def _message_date(date: dt.date, tag: str) -> str:
    return l10n.format_letter_date(date, "en-GB" if tag == "en" else tag)


def closed_message(case: Case, date: dt.date, tag: str | None = None) -> str | None:
    """Return why no letters may be written on `date` (in the UI language), or None if open."""
    closing = case.closed_on(date)
    if closing is None:
        return None
    tag = tag or ui.language()
    when = _message_date(closing.date, tag)
    why = pick(closing.text, tag) or pick(closing.text, "en") or ""
    return _("%(ua)s was closed on %(date)s: %(reason)s", ua=case.ua, date=when, reason=why).rstrip(
        ": "
    )


def plan_letters(
    case: Case,
    sender: Sender,
    *,
    date: dt.date,
    available: Collection[str],
    lang: str | None = None,
    allow_closed: bool = False,
    with_translation: bool = False,
) -> Plan:
    """Plan one letter per target of `case`, signed by `sender` on `date`.

    With `with_translation`, a letter in a language the sender does not write carries a
    courtesy translation into the sender's first language that has a template.
    """
    warnings: list[str] = []
    closed = closed_message(case, date)
    if closed:
        if not allow_closed:
            raise CaseClosedError(
                _("%(message)s; use --allow-closed to write anyway", message=closed)
            )
        warnings.append(closed)
    deadline = case.deadline_on(date)
    if deadline and date > deadline:
        warnings.append(
            _(
                "%(ua)s: the deadline passed on %(date)s; appeals may no longer help",
                ua=case.ua,
                date=_message_date(deadline, ui.language()),
            )
        )
    check_addresses(case, sender)
    copies = copies_for(case, sender)
    letters = []
    for target in case.targets:
        choice = choose_language(case, target, sender, available, lang)
        extra = (
            translation_language(choice.tag, case, target, sender, available)
            if with_translation
            else None
        )
        planned = PlannedLetter(
            case, target, sender, choice.tag, date, copies, choice.reason, extra
        )
        if not lang and not planned.sender_asked and not with_translation:
            warnings.append(
                _(
                    "target %(id)s: the letter is in %(language)s (%(why)s), not one of your "
                    "languages; --with-translation adds a courtesy translation",
                    id=target.id,
                    language=l10n.language_name(choice.tag, ui.language()),
                    why=describe_reason(choice.reason),
                )
            )
        letters.append(planned)
    return Plan(tuple(letters), tuple(warnings))
