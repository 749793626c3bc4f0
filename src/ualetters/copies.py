"""Who a rendered letter reaches and how: its recipient's channels, and copy letters.

`addressed` finishes a letter for its recipient; `render.Renderer.render` calls it on every
letter, so every writer sees the same answer:

- the channels of the recipient (email, fax, phone, web, social) and of each copy, for the
  text and JSON letters and the email draft (To: every address of the recipient, Cc: the
  copies'), and the email subject the target or the case asks for, in the letter's language;
- a recipient without a postal address: no address block in the envelope window
  (`Letter.postal`), and the fax number on top where there is one, so the letter can be
  faxed;
- a copy letter (`PlannedLetter.copy_to`): the channels of the copy's recipient. The letter
  comes addressed to that recipient from `render.build_letter`, by the rules and the address
  code of a target's (`render.addressee_lines`, `addresses.address_lines`, then
  `printfit.fit_address` in the print writers), and marked "Copy of my letter to ..." in the
  letter's language (`render.copy_marker`).
"""

from __future__ import annotations

import dataclasses
from functools import cache

from . import l10n
from .letter import Channels, Letter, amended
from .model import Copy, Target, pick
from .planning import PlannedLetter

# A target's channels are the same in every supporter's letter to it: made once per record.
# Keyed by the record's identity (records with lists do not hash), the record kept alive in
# the value so its identity is never reused while cached.
_CHANNELS: dict[int, tuple[Target | Copy, Channels]] = {}
_CHANNELS_LIMIT = 1024


def channels_of(recipient: Target | Copy) -> Channels:
    """Return how a target or a copy's recipient can be reached besides the post."""
    found = _CHANNELS.get(id(recipient))
    if found is not None and found[0] is recipient:
        return found[1]
    if len(_CHANNELS) >= _CHANNELS_LIMIT:
        _CHANNELS.clear()
    channels = _channels(recipient)
    _CHANNELS[id(recipient)] = (recipient, channels)
    return channels


def _channels(recipient: Target | Copy) -> Channels:
    return Channels(
        email=tuple(recipient.email),
        fax=tuple(recipient.fax),
        phone=tuple((phone.number, phone.note) for phone in recipient.phone),
        web=tuple((form.url, form.lang) for form in recipient.web),
        social=tuple((account.platform, account.handle) for account in recipient.social),
        web_forms=tuple((form.url, form.lang) for form in recipient.web),
    )


@cache  # one set per language; callers copy it into the letter's own labels
def channel_labels(tag: str) -> dict[str, str]:
    """Return the labels of the channel lines in language `tag` ("Fax", "E-Mail", ...)."""
    catalog = l10n.translations(tag)
    labels = {
        # Translators: labels of the recipient's channels under the address in a text letter.
        "email": catalog.gettext("Email"),
        "fax": catalog.gettext("Fax"),
        "phone": catalog.gettext("Phone"),
        "web": catalog.gettext("Web form"),
        # Translators: one channel line, "Fax: +20 2 2577 4716" (French: a no-break space
        # before the colon).
        "channel": catalog.gettext("%(label)s: %(value)s"),
    }
    return {key: l10n.localize_text(text, tag) for key, text in labels.items()}


def addressed(planned: PlannedLetter, letter: Letter) -> Letter:
    """Return `letter` finished for its recipient: channels, email subject, fax line."""
    tag = planned.language
    target = planned.target
    subject = pick(target.email_subject, tag) or pick(planned.case.email_subject, tag)
    labels = {**letter.labels, **channel_labels(tag)}
    changes: dict[str, object] = {
        "copy_channels": tuple(_in_language(channels_of(copy), tag) for copy in planned.copies),
        "email_subject": subject,
        "labels": labels,
    }
    recipient: Target | Copy = target if planned.copy_to is None else planned.copy_to.copy
    channels = _in_language(channels_of(recipient), tag)
    changes["channels"] = channels
    changes["recipient_email"] = channels.email[0] if channels.email else None
    changes["postal"] = recipient.address is not None
    if recipient.address is None and channels.fax:
        # On top of a letter to be faxed: its recipient has no postal address.
        changes["fax_line"] = labels["channel"] % {"label": labels["fax"], "value": channels.fax[0]}
    return amended(letter, **changes)


def _in_language(channels: Channels, tag: str) -> Channels:
    """Return `channels` as a letter in `tag` prints them: notes and web forms in its language.

    A phone's note is one string, in the UA's English ("Chinese only"): a letter in another
    language leaves it out rather than print English words on the page its recipient reads.
    Web forms come as `_web_forms` picks them for the language.
    """
    phone, web = channels.phone, channels.web
    if l10n.base_language(tag) != "en" and any(note for _number, note in phone):
        phone = tuple((number, None) for number, _ in phone)
    if any(language for _url, language in web):
        web = _web_forms(web, tag)
    if phone is channels.phone and web is channels.web:
        return channels
    return dataclasses.replace(channels, phone=phone, web=web)


def _web_forms(
    forms: tuple[tuple[str, str | None], ...], tag: str
) -> tuple[tuple[str, str | None], ...]:
    """Return the web forms a letter in `tag` gives, each with a note for its reader or None.

    An authority with a form per language (the Russian Investigative Committee's
    sledcom.ru/reception and en.sledcom.ru/reception) is written to through the form closest
    to the letter's language, in this order:

    1. the forms whose tag is the letter's (a de-CH letter: the `de-CH` form);
    2. the forms of its language without a region (`de`);
    3. the forms of its language for another region (`de-DE`), each named by its country
       ("(Deutschland)"): the supporter can write in it, but should know the form is the
       one meant for another country's writers, and which, when there are several;
    4. the forms without a language;
    5. every form, each with its language in the letter's ("… (auf Englisch)",
       "… (на английском языке)"), so the supporter knows what the page will ask in.
    """
    base, region = l10n.base_language(tag), l10n.region_of(tag)
    same = [(url, lang) for url, lang in forms if lang and l10n.base_language(lang) == base]
    exact = tuple((url, None) for url, lang in same if l10n.region_of(lang) == region)
    if exact:
        return exact
    plain = tuple((url, None) for url, lang in same if l10n.region_of(lang) is None)
    if plain:
        return plain
    if same:
        return tuple((url, _region_note(lang, tag)) for url, lang in same)
    neutral = tuple((url, None) for url, lang in forms if not lang)
    if neutral:
        return neutral
    return tuple((url, l10n.in_language(lang, tag) if lang else None) for url, lang in forms)


def _region_note(lang: str, tag: str) -> str | None:
    """Return the country of form language `lang`'s region in language `tag` ("Schweiz")."""
    region = l10n.region_of(lang)
    return l10n.country_name(region, tag) if region else None
