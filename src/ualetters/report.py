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
    copies = ", ".join(sorted(case.copies)) or "none"
    lines.append(f"  copies for senders in: {copies}")
    return "\n".join(lines)
