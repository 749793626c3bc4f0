"""What `ualetters check` shows of a case: status, languages, each target's letter, its print.

The lines are messages (`errors.Message`), so the CLI shows them in the user's language;
the case is planned, and its letters judged for print, by the same rules as the letters
`generate` writes (`planning`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import l10n
from .api import planner, renderer
from .errors import InputError, Joined, Message, Option, TemplateError
from .model import Case, Copy, Sender, Target
from .planning import (
    CaseName,
    CasePlan,
    CaseText,
    LanguageName,
    Planner,
    describe_reason,
    settings,
    translation_language,
)
from .render import salutation_of
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
    lang: str | None = None,
    layout: str | None = None,
    todos: Sequence[Todo] = (),
) -> list[Line]:
    """Return a case's title, status, each target's language, and how its letters print.

    The status is the case's on `date` (today if None); the letters are the sender's, in
    `lang` if given, printed in `layout` (else the sender's country's). `todos` are the
    `TODO(ualetters)` marks left in the file, listed last.

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
    lines: list[Line] = [(0, Joined((f"{source}: {case.label}", title), " – "))]
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
    lines += [(1, Message("warning: %(message)s", message=w)) for w in plan.addresses]
    languages = ", ".join(usable) or "-"
    lines.append((1, Message("letters possible in: %(languages)s", languages=languages)))
    lines += _demand_lines(case, usable)
    for index, target in enumerate(case.targets):
        office = CaseText(target.title)
        who = Joined((CaseName(target.name), office), ", ")
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
        if target.only_for:
            countries = ", ".join(target.only_for)
            lines.append((2, Message("only for senders in %(countries)s", countries=countries)))
        lines += _channel_lines(target)
        if sender is not None and target.writes_to(sender.country):
            lines += _language_lines(cases, plan, index, sender)
    if sender is not None:
        # Copy letters too (what `--copies` writes): an embassy's address must fit the
        # window as the target's does.
        with_copies = planner(
            [case], dataclasses.replace(run, copies=True), sources=[source or None]
        )
        lines += _print_lines(with_copies, sender)
    copies = ", ".join(sorted(case.copies)) or "-"
    lines.append((1, Message("copies for senders in: %(countries)s", countries=copies)))
    for key, listed in sorted(case.copies.items()):
        if sender is not None and key not in (sender.country, "*"):
            continue
        for copy in listed:
            name = CaseText(copy.organisation) if copy.organisation else CaseName(copy.person)
            place: CaseText | str | None = CaseText(copy.place) if copy.place else None
            place = place or (copy.address.city if copy.address else None)
            whom = Joined((name, place), ", ") if place else name
            lines.append((1, Message("copy (%(key)s): %(whom)s", key=key, whom=whom)))
            if copy.targets:
                ids = ", ".join(copy.targets)
                lines.append((2, Message("only with the letters to %(ids)s", ids=ids)))
            lines += _unsent_copy_lines(case, key, copy)
            lines += _channel_lines(copy)
    return lines + todo_lines(todos, source)


def _unsent_copy_lines(case: Case, key: str, copy: Copy) -> list[Line]:
    """Return a warning for a copy that no sender in its country writes a letter for."""
    if key == "*":
        return []
    targets = [t for t in case.targets if copy.goes_with(t.id)]
    if not targets or any(target.writes_to(key) for target in targets):
        return []
    countries = ", ".join(sorted({country for t in targets for country in t.only_for}))
    reason = Message(
        "no sender in %(key)s sends this copy: the letters it goes with (%(ids)s) are only "
        "for senders in %(countries)s",
        key=key,
        ids=", ".join(target.id for target in targets),
        countries=countries,
    )
    return [(2, Message("warning: %(message)s", message=reason))]


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


def _channel_lines(recipient: Target | Copy) -> list[Line]:
    """Return a line for each way to reach a target or a copy's recipient."""
    lines: list[Line] = []
    if recipient.address is None:
        lines.append(
            (
                2,
                Message("post: no postal address; the printed letter has no address in the window"),
            )
        )
    subject = getattr(recipient, "email_subject", None)
    for email in recipient.email:
        if subject:
            line = Message(
                "email: %(email)s (subject: %(subject)s)", email=email, subject=CaseText(subject)
            )
        else:
            line = Message("email: %(email)s", email=email)
        lines.append((2, line))
    lines += [(2, Message("fax: %(number)s", number=number)) for number in recipient.fax]
    for phone in recipient.phone:
        if phone.note:
            line = Message("phone: %(number)s (%(note)s)", number=phone.number, note=phone.note)
        else:
            line = Message("phone: %(number)s", number=phone.number)
        lines.append((2, line))
    for form in recipient.web:
        if form.lang:
            line = Message("web form: %(url)s (%(language)s)", url=form.url, language=form.lang)
        else:
            line = Message("web form: %(url)s", url=form.url)
        lines.append((2, line))
    lines += [
        (2, Message("%(platform)s: %(handle)s", platform=account.platform, handle=account.handle))
        for account in recipient.social
    ]
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
    if choice.accepted:
        whose = (
            Message("the target's languages")
            if plan.case.targets[index].languages
            else Message("the case's languages")
        )
        lines.append(
            (
                2,
                Message(
                    "accepted: %(languages)s (%(whose)s)",
                    languages=", ".join(choice.accepted),
                    whose=whose,
                ),
            )
        )
    for tag, why in choice.passed:
        lines.append((2, Message("note: %(reason)s", reason=_passed_reason(tag, why, choice.tag))))
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
    if target.rank == "ambassador" and _first_person(plan.case, choice.tag):
        # "I urge you to release …" asks the ambassador to do what only the government can;
        # the letter adds a sentence asking to pass it on, but requests read better.
        lines.append(
            (
                2,
                Message(
                    "note: the demands in %(tag)s are first-person sentences (\u201cI urge you "
                    "to \u2026\u201d), which ask the ambassador to act; written as requests "
                    "(\u201cRelease \u2026\u201d) they are passed on to the government",
                    tag=choice.tag,
                ),
            )
        )
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


def _first_person(case: Case, tag: str) -> bool:
    """Say whether a demand of `case` in language `tag` is a first-person sentence."""
    from .demands import FIRST_PERSON, demand_forms
    from .model import pick

    texts = [pick(d, tag) or "" for d in case.demands_in(tag)]
    return FIRST_PERSON in demand_forms(texts, tag, case.demand_form)


def _passed_reason(tag: str, why: str, used: str) -> Message:
    """Return why a language the target accepts is not the letter's, and what is used."""
    if why == "template":
        return Message(
            "there is no letter template in %(language)s; the letter is in %(used)s instead",
            language=LanguageName(tag),
            used=LanguageName(l10n.base_language(used)),
        )
    return Message(
        "the case has no text in %(language)s; the letter is in %(used)s instead",
        language=LanguageName(tag),
        used=LanguageName(l10n.base_language(used)),
    )


def _demand_lines(case: Case, usable: Sequence[str]) -> list[Line]:
    """Say, per letter language, the demands' form, and which demands its letters leave out."""
    from .demands import common_form, demand_forms
    from .model import pick

    lines: list[Line] = []
    forms: dict[str, list[str]] = {}
    for tag in usable:
        texts = [pick(d, tag) or "" for d in case.demands_in(tag)]
        form = common_form(demand_forms(texts, tag, case.demand_form)) if texts else "-"
        forms.setdefault(form, []).append(tag)
        for n, demand in enumerate(case.demands):
            if pick(demand, tag) is None:
                lines.append(
                    (
                        1,
                        Message(
                            "demands[%(n)d] has no text in %(language)s: letters in it leave "
                            "it out",
                            n=n,
                            language=tag,
                        ),
                    )
                )
    if forms:  # no letter language at all: "letters possible in: -" said it
        shown = "; ".join(f"{form} ({', '.join(tags)})" for form, tags in forms.items())
        lines.insert(0, (1, Message("demands as written: %(forms)s", forms=shown)))
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
