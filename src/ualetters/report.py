"""Human-readable summaries of a case (for `ualetters check`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import l10n
from .api import template_languages
from .errors import InputError
from .model import Case, Sender, pick
from .plan import choose_language, closed_message


def case_summary(
    case: Case,
    date: dt.date,
    sender: Sender | None,
    *,
    templates: str | Path | None = None,
    source: str = "",
) -> str:
    """Return a few lines: title, status on `date`, and each target's languages."""
    available = template_languages(templates)
    text_langs = case.text_languages()
    usable = sorted(
        tag
        for tag in available
        if text_langs is None or tag in text_langs or l10n.base_language(tag) in text_langs
    )
    title = pick(case.title, "en") or pick(case.title, usable[0] if usable else "en")
    lines = [f"{source}: {case.ua} – {title}"]
    closed = closed_message(case, date)
    deadline = case.deadline_on(date)
    if closed:
        lines.append(f"  status on {date.isoformat()}: closed – {closed}")
    elif deadline and date > deadline:
        lines.append(
            f"  status on {date.isoformat()}: open, deadline passed on {deadline.isoformat()}"
        )
    else:
        until = f", deadline {deadline.isoformat()}" if deadline else ""
        lines.append(f"  status on {date.isoformat()}: open{until}")
    lines.append(f"  letters possible in: {', '.join(usable) or 'none'}")
    for target in case.targets:
        who = ", ".join(x for x in (target.name, pick(target.title, "en")) if x)
        lines.append(f"  target {target.id}: {who} ({target.address.country})")
        if sender is not None:
            try:
                choice = choose_language(case, target, sender, available)
                lines.append(f"    language: {choice.tag} ({choice.reason})")
                has = any(t in target.salutation for t in l10n.fallback_chain(choice.tag))
                if not has:
                    lines.append(
                        "    salutation: none given for this language; the formal fallback is used"
                    )
            except InputError as exc:
                lines.append(f"    language: none ({exc.reason})")
    if sender is not None:
        lines += long_letter_warnings(case, date, sender, templates=templates)
    copies = ", ".join(sorted(case.copies)) or "none"
    lines.append(f"  copies for senders in: {copies}")
    return "\n".join(lines)


def long_letter_warnings(
    case: Case, date: dt.date, sender: Sender, *, templates: str | Path | None = None
) -> list[str]:
    """Return a warning line for each letter likely to run past one page in its layout."""
    from .api import letters_for
    from .layouts import estimate_pages, layout_for

    try:
        letters = letters_for(case, sender, date=date, allow_closed=True, templates=templates)
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
