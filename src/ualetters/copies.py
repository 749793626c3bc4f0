"""Who a rendered letter reaches and how: its recipient's channels, and copy letters.

`addressed` finishes a letter for its recipient; `render.Renderer.render` calls it on every
letter, so every writer sees the same answer:

- the channels of the recipient (email, fax, phone, web, social) and of each copy, for the
  text and JSON letters and the email draft (To: every address of the recipient, Cc: the
  copies'), and the email subject the target or the case asks for, in the letter's language;
- a recipient without a postal address: no address block in the envelope window
  (`Letter.postal`), and the fax number on top where there is one, so the letter can be
  faxed;
- a copy letter (`PlannedLetter.copy_to`): the same letter, addressed in the window to the
  copy's recipient (organisation, person and title or `addressee`, address) by the same
  address code as a target's (`addresses.address_lines`, then `printfit.fit_address` in the
  print writers), marked "Copy of my letter to ..." in the letter's language.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from . import l10n
from .addresses import address_lines, sender_lines
from .letter import Channels, Letter, amended
from .model import Copy, Target, pick, pick_name
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
        web=tuple(recipient.web),
        social=tuple((account.platform, account.handle) for account in recipient.social),
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


def copy_name_lines(copy: Copy, tag: str) -> list[str]:
    """Return the lines that name a copy's recipient in a letter in `tag`, above the address.

    The copy's `addressee` in that language where given ("S. E. Herrn ..."), else the
    person's name and title; the organisation follows them in the address block.
    """
    addressee = pick(copy.addressee, tag)
    if addressee:
        return [line.strip() for line in addressee.splitlines() if line.strip()]
    return [line for line in (pick_name(copy.person, tag), pick(copy.title, tag)) if line]


def addressed(
    planned: PlannedLetter,
    letter: Letter,
    *,
    return_language: Callable[[str, str, str | None], str] | None = None,
) -> Letter:
    """Return `letter` finished for its recipient: channels, email subject, copy addressing.

    `return_language(tag, destination, sender_country)` says in which language the sender's
    own country line of a copy letter stands (`render.return_line_language`).
    """
    tag = planned.language
    target = planned.target
    subject = pick(target.email_subject, tag) or pick(planned.case.email_subject, tag)
    labels = {**letter.labels, **channel_labels(tag)}
    changes: dict[str, object] = {
        "copy_channels": tuple(channels_of(copy) for copy in planned.copies),
        "email_subject": subject,
        "labels": labels,
    }
    recipient: Target | Copy = target
    if planned.copy_to is not None:
        recipient = planned.copy_to.copy
        changes.update(_to_copy(planned, letter, recipient, return_language))
    channels = channels_of(recipient)
    changes["channels"] = channels
    changes["recipient_email"] = channels.email[0] if channels.email else None
    changes["postal"] = recipient.address is not None
    if recipient.address is None and channels.fax:
        # On top of a letter to be faxed: its recipient has no postal address.
        changes["fax_line"] = labels["channel"] % {"label": labels["fax"], "value": channels.fax[0]}
    return amended(letter, **changes)


def _to_copy(
    planned: PlannedLetter,
    letter: Letter,
    copy: Copy,
    return_language: Callable[[str, str, str | None], str] | None,
) -> dict[str, object]:
    """Return what changes when the letter goes to a copy's recipient instead of the target."""
    tag, sender = planned.language, planned.sender
    names = copy_name_lines(copy, tag)
    organisation = pick(copy.organisation, tag)
    if copy.address is not None:
        recipient = address_lines(
            copy.address,
            name_lines=names,
            organisation=organisation,
            sender_country=sender.country,
            sender_language=sender.language,
        )
        destination = copy.address.country
    else:
        recipient = [*names, *filter(None, [organisation])]
        destination = letter.destination_country or planned.case.country
    catalog = l10n.translations(tag)
    # The marker `render.copy_marker` made (the target with its organisation); this one only
    # for a letter rendered without it.
    marker = l10n.localize_text(catalog.gettext("Copy of my letter to %(recipient)s"), tag)
    return {
        "recipient_lines": tuple(recipient),
        "recipient_name_lines": tuple(names or filter(None, [organisation])),
        "destination_country": destination,
        # The reply address as the copy's post needs it (no country line within a country).
        "sender_lines": tuple(
            sender_lines(
                sender.name,
                list(sender.street),
                sender.postal_code,
                sender.city,
                sender.country,
                destination=destination,
                language=(
                    return_language(tag, destination, sender.country) if return_language else tag
                ),
                area=sender.area,
            )
        ),
        # render.copy_marker: the target with its organisation, in the letter's script.
        "copy_of": letter.labels.get("copy_of")
        or marker % {"recipient": ", ".join(letter.recipient_name_lines)},
    }
