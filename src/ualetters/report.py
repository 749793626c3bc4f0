"""What `ualetters check` shows of a case: status, languages, and each target's letter.

The lines are messages (`errors.Message`), so the CLI shows them in the user's language;
the case is planned by the same rules as its letters (`planning`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import l10n
from .api import letters_for, planner
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
from .sources import Todo

Line = tuple[int, Any]
"""A line of a summary: how deep it is indented, and its text (a Message, or `Joined` ones)."""


def case_summary(
    case: Case,
    date: dt.date | None,
    sender: Sender | None,
    *,
    templates: str | Path | None = None,
    source: str = "",
    todos: Sequence[Todo] = (),
) -> list[Line]:
    """Return a case's title, status on `date` (today if None), and each target's language.

    `todos` are the `TODO(ualetters)` marks left in the file, listed last.
    Raise InputError if an address of the case misses what its post requires.
    """
    run = settings(date=date, templates=templates, allow_closed=True)
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
        lines += long_letter_warnings(case, date, sender, templates=templates)
    copies = ", ".join(sorted(case.copies)) or "-"
    lines.append((1, Message("copies for senders in: %(countries)s", countries=copies)))
    return lines + todo_lines(todos, source)


def todo_lines(todos: Sequence[Todo], source: str) -> list[Line]:
    """Return the lines that point at each `TODO(ualetters)` mark left in a case file."""
    if not todos:
        return []
    lines: list[Line] = [
        (
            1,
            Message(
                "TODO(ualetters) marks left: %(count)d; do what each says, then delete it "
                "(generate refuses the file until none is left)",
                count=len(todos),
            ),
        )
    ]
    for todo in todos:
        lines.append(
            (2, Message("%(place)s: %(task)s", place=f"{source}:{todo.line}", task=todo.task))
        )
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
    if not any(t in target.salutation for t in l10n.fallback_chain(choice.tag)):
        fallback = l10n.translations(choice.tag).gettext("Dear Sir or Madam")
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


def long_letter_warnings(
    case: Case, date: dt.date, sender: Sender, *, templates: str | Path | None = None
) -> list[Line]:
    """Return a warning line for each letter likely to run past one page in its layout."""
    from .layouts import estimate_pages, layout_for

    try:
        letters = letters_for(case, sender, date=date, allow_closed=True, templates=templates)
    except TemplateError as exc:
        if exc.source is not None:
            raise  # a broken template: say where
        return []
    except InputError:
        return []  # the language lines above say why no letter can be written
    warnings: list[Line] = []
    for letter in letters:
        layout = layout_for(None, letter.sender_country)
        pages = estimate_pages(letter, layout)
        if pages > 1:
            warnings.append(
                (
                    2,
                    Message(
                        "warning: the letter to %(target)s (%(tag)s) runs long: about %(pages)s "
                        "pages in layout %(layout)s; shorten the facts or demands",
                        target=letter.target_id,
                        tag=letter.language,
                        pages=pages,
                        layout=layout.name,
                    ),
                )
            )
    return warnings
