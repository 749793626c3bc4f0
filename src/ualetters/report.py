"""What `ualetters check` shows of a case: status, languages, each target's letter, its print.

The lines are messages (`errors.Message`), so the CLI shows them in the user's language;
the case is planned, and its letters judged for print, by the same rules as the letters
`generate` writes (`planning`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import l10n
from .api import planner, renderer
from .errors import InputError, Joined, Message, Option, TemplateError
from .model import Case, Sender
from .planning import (
    CasePlan,
    CaseText,
    Planner,
    describe_reason,
    settings,
    translation_language,
)
from .render import salutation_of

Line = tuple[int, Any]
"""A line of a summary: how deep it is indented, and its text (a Message, or `Joined` ones)."""


def case_summary(
    case: Case,
    date: dt.date | None,
    sender: Sender | None,
    *,
    templates: str | Path | None = None,
    source: str = "",
    lang: str | None = None,
    layout: str | None = None,
) -> list[Line]:
    """Return a case's title, status, each target's language, and how its letters print.

    The status is the case's on `date` (today if None); the letters are the sender's, in
    `lang` if given, printed in `layout` (else the sender's country's).

    Raise InputError if an address of the case misses what its post requires; UsageError if
    `lang` cannot write the case or `layout` is unknown.
    """
    run = settings(date=date, lang=lang, layout=layout, templates=templates, allow_closed=True)
    cases = planner([case], run, sources=[source or None])
    date = run.date
    plan = cases.cases[0]
    text_langs = case.text_languages()
    usable = sorted(
        tag
        for tag in cases.available
        if text_langs is None or tag in text_langs or l10n.base_language(tag) in text_langs
    )
    title = CaseText(case.title, usable[0] if usable else "en")
    lines: list[Line] = [(0, Joined((f"{source}: {case.ua}", title), " – "))]
    day = date.isoformat()
    deadline = plan.deadline
    if plan.closed:
        status = Message("status on %(date)s: closed – %(reason)s", date=day, reason=plan.closed)
    elif deadline and date > deadline:
        status = Message(
            "status on %(date)s: open, deadline passed on %(deadline)s",
            date=day,
            deadline=deadline.isoformat(),
        )
    elif deadline:
        status = Message(
            "status on %(date)s: open, deadline %(deadline)s", date=day, deadline=deadline
        )
    else:
        status = Message("status on %(date)s: open", date=day)
    lines.append((1, status))
    languages = ", ".join(usable) or "-"
    lines.append((1, Message("letters possible in: %(languages)s", languages=languages)))
    for index, target in enumerate(case.targets):
        office = CaseText(target.title)
        who = Joined((target.name, office), ", ")
        lines.append(
            (
                1,
                Message(
                    "target %(id)s: %(who)s (%(country)s)",
                    id=target.id,
                    who=who if target.name else office,
                    country=target.address.country if target.address else case.country,
                ),
            )
        )
        if sender is not None:
            lines += _language_lines(cases, plan, index, sender)
    if sender is not None:
        lines += _print_lines(cases, sender)
    copies = ", ".join(sorted(case.copies)) or "-"
    lines.append((1, Message("copies for senders in: %(countries)s", countries=copies)))
    return lines


def _language_lines(cases: Planner, plan: CasePlan, index: int, sender: Sender) -> list[Line]:
    """Return the lines about one target's letter: its language, and what to mind."""
    try:
        choice = cases.choose(plan, index, sender)
    except InputError as exc:
        return [(2, Message("language: none (%(reason)s)", reason=exc.reason))]
    lines: list[Line] = [
        (
            2,
            Message(
                "language: %(tag)s (%(reason)s)",
                tag=choice.tag,
                reason=describe_reason(choice.reason),
            ),
        )
    ]
    own = {l10n.base_language(t) for t in sender.languages}
    if l10n.base_language(choice.tag) not in own:
        extra = translation_language(choice.tag, plan.case, index, sender, cases.available)
        note: Message | Joined = Message(
            "note: %(tag)s is not one of your languages (%(own)s); you would sign a letter you "
            "may be unable to read",
            tag=choice.tag,
            own=", ".join(sender.languages),
        )
        if extra:
            hint = Message(
                "%(option)s adds a courtesy translation in %(tag)s",
                option=Option("with_translation"),
                tag=extra,
            )
            note = Joined((note, hint), "; ")
        lines.append((2, note))
    target = plan.case.targets[index]
    fallback, source = salutation_of(target, choice.tag)
    if source != "case":
        lines.append(
            (
                2,
                Message(
                    "salutation: none given for %(tag)s; the formal fallback “%(fallback)s” is "
                    "used",
                    tag=choice.tag,
                    fallback=l10n.localize_text(fallback, choice.tag),
                ),
            )
        )
    return lines


def _print_lines(cases: Planner, sender: Sender) -> list[Line]:
    """Return a warning line for each thing that would print badly: address, return line, pages."""
    try:
        letters = cases.letters(sender).letters
    except InputError:
        return []  # the language lines above say why no letter can be written
    engine = renderer(cases.settings.templates)
    lines: list[Line] = []
    for planned in letters:
        try:
            letter = engine.render(planned)
        except TemplateError as exc:
            if exc.source is not None:
                raise  # a broken template: say where
            continue
        except InputError:
            continue  # the language lines above say why
        for warning in cases.print_report(letter).messages():
            lines.append((2, Message("warning: %(message)s", message=warning)))
    return lines
