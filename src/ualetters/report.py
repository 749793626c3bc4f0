"""Human-readable summaries of a case (for `ualetters check`), in the UI language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import l10n, ui
from .api import template_languages
from .errors import InputError, TemplateError
from .model import Case, Sender, pick
from .planning import (
    check_addresses,
    choose_language,
    closed_message,
    describe_reason,
    translation_language,
)
from .ui import _


def case_summary(
    case: Case,
    date: dt.date,
    sender: Sender | None,
    *,
    templates: str | Path | None = None,
    source: str = "",
) -> str:
    """Return a few lines: title, status on `date`, and each target's language and why."""
    check_addresses(case, source=source or None)
    available = template_languages(templates)
    text_langs = case.text_languages()
    usable = sorted(
        tag
        for tag in available
        if text_langs is None or tag in text_langs or l10n.base_language(tag) in text_langs
    )
    shown = ui.language()
    title = (
        pick(case.title, shown)
        or pick(case.title, "en")
        or pick(case.title, usable[0] if usable else "en")
    )
    lines = [f"{source}: {case.ua} – {title}"]
    closed = closed_message(case, date)
    deadline = case.deadline_on(date)
    day = date.isoformat()
    if closed:
        lines.append("  " + _("status on %(date)s: closed – %(reason)s", date=day, reason=closed))
    elif deadline and date > deadline:
        lines.append(
            "  "
            + _(
                "status on %(date)s: open, deadline passed on %(deadline)s",
                date=day,
                deadline=deadline.isoformat(),
            )
        )
    elif deadline:
        lines.append(
            "  " + _("status on %(date)s: open, deadline %(deadline)s", date=day, deadline=deadline)
        )
    else:
        lines.append("  " + _("status on %(date)s: open", date=day))
    lines.append("  " + _("letters possible in: %(languages)s", languages=", ".join(usable) or "-"))
    for target in case.targets:
        who = ", ".join(
            x for x in (target.name, pick(target.title, shown) or pick(target.title, "en")) if x
        )
        lines.append(
            "  "
            + _(
                "target %(id)s: %(who)s (%(country)s)",
                id=target.id,
                who=who,
                country=target.address.country,
            )
        )
        if sender is None:
            continue
        try:
            choice = choose_language(case, target, sender, available)
        except InputError as exc:
            lines.append("    " + _("language: none (%(reason)s)", reason=exc.reason))
            continue
        lines.append(
            "    "
            + _(
                "language: %(tag)s (%(reason)s)",
                tag=choice.tag,
                reason=describe_reason(choice.reason),
            )
        )
        own = {l10n.base_language(t) for t in sender.languages}
        if l10n.base_language(choice.tag) not in own:
            extra = translation_language(choice.tag, case, target, sender, available)
            lines.append(
                "    "
                + _(
                    "note: %(tag)s is not one of your languages (%(own)s); you would sign a "
                    "letter you may be unable to read",
                    tag=choice.tag,
                    own=", ".join(sender.languages),
                )
                + (
                    "; " + _("--with-translation adds a courtesy translation in %(tag)s", tag=extra)
                    if extra
                    else ""
                )
            )
        if not any(t in target.salutation for t in l10n.fallback_chain(choice.tag)):
            fallback = l10n.translations(choice.tag).gettext("Dear Sir or Madam")
            lines.append(
                "    "
                + _(
                    "salutation: none given for %(tag)s; the formal fallback “%(fallback)s” is "
                    "used",
                    tag=choice.tag,
                    fallback=l10n.localize_text(fallback, choice.tag),
                )
            )
    if sender is not None:
        lines += long_letter_warnings(case, date, sender, templates=templates)
    copies = ", ".join(sorted(case.copies)) or "-"
    lines.append("  " + _("copies for senders in: %(countries)s", countries=copies))
    return "\n".join(lines)


def long_letter_warnings(
    case: Case, date: dt.date, sender: Sender, *, templates: str | Path | None = None
) -> list[str]:
    """Return a warning line for each letter likely to run past one page in its layout."""
    from .api import letters_for
    from .layouts import estimate_pages, layout_for

    try:
        letters = letters_for(case, sender, date=date, allow_closed=True, templates=templates)
    except TemplateError as exc:
        if exc.source is not None:
            raise  # a broken template: say where
        return []
    except InputError:
        return []  # the language lines above say why no letter can be written
    warnings = []
    for letter in letters:
        layout = layout_for(None, letter.sender_country)
        pages = estimate_pages(letter, layout)
        if pages > 1:
            warnings.append(
                f"    warning: the letter to {letter.target_id} ({letter.language}) runs long: "
                f"about {pages} pages in layout {layout.name}; shorten the facts or demands"
            )
    return warnings
