"""The rendered, format-free letter that every writer turns into bytes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of the body: running text, or one item of a list of demands."""

    text: str
    kind: Literal["text", "item"] = "text"


@dataclass(frozen=True)
class Channels:
    """How a recipient can be reached besides the post: as the case gives them, in order."""

    email: tuple[str, ...] = ()
    fax: tuple[str, ...] = ()
    phone: tuple[tuple[str, str | None], ...] = ()  # (number, note such as "Chinese only")
    web: tuple[tuple[str, str | None], ...] = ()  # (address, "in <its language>" or None)
    social: tuple[tuple[str, str], ...] = ()  # (platform, handle)
    # Every web form as the case gives it, (address, language tag or None): `web` holds the
    # ones a letter gives, with a note for the reader; this keeps each form's language.
    web_forms: tuple[tuple[str, str | None], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.email or self.fax or self.phone or self.web or self.social)


@dataclass(frozen=True)
class Letter:
    """One finished letter: every part a writer lays out, plus what identifies it."""

    case_id: str
    ua: str
    target_id: str
    language: str
    date: dt.date
    sender_name: str
    sender_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    place_date: str
    subject: str
    salutation: str
    paragraphs: tuple[Paragraph, ...]
    closing: str
    signature: str
    copies: tuple[str, ...] = ()
    recipient_email: str | None = None
    copy_emails: tuple[str, ...] = ()
    sender_email: str | None = None
    sender_country: str | None = None
    destination_country: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    translation: Letter | None = None
    recipient_name_lines: tuple[str, ...] = ()  # who the letter is to (name, title), for email
    channels: Channels = Channels()  # the recipient's: the target's, or the copy's
    copy_channels: tuple[Channels, ...] = ()  # each copy's, in the order of `copies`
    email_subject: str | None = None  # the subject line the UA asks for in emails
    postal: bool = True  # False: no postal address, so no address block in the window
    fax_line: str | None = None  # "Fax: ..." on top of a letter without postal address
    copy_of: str | None = None  # a copy letter's marker: "Copy of my letter to ..."

    @property
    def return_line(self) -> str:
        """Return the one-line sender address for the top of a window envelope's field."""
        return ", ".join(self.sender_lines)

    @property
    def stem(self) -> str:
        """Return the file-name stem: case, target and language (`ua-61-20_president_de`)."""
        return file_stem(self.case_id, self.target_id, self.language)


def amended(letter: Letter, **changes: Any) -> Letter:
    """Return `letter` with some fields changed, as `dataclasses.replace` does, only faster.

    A letter has some thirty fields and no `__post_init__`; `replace` runs `__init__` over
    all of them (13 µs, a tenth of rendering a letter), a copy of its fields with the changed
    ones set costs 1 µs. The copy is as frozen as the original.
    """
    unknown = changes.keys() - Letter.__dataclass_fields__.keys()
    if unknown:
        raise TypeError(f"Letter has no field {sorted(unknown)[0]!r}")
    new = object.__new__(Letter)
    new.__dict__.update(letter.__dict__, **changes)
    return new


PLATFORM_NAMES = {
    "twitter": "X (Twitter)",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "telegram": "Telegram",
}


def channel_lines(letter: Letter) -> list[str]:
    """Return the recipient's channels as lines under the address: "Fax: ...", "E-Mail: ..."."""
    channels, labels = letter.channels, letter.labels
    pattern = labels.get("channel", "%(label)s: %(value)s")

    def line(key: str, default: str, value: str) -> str:
        return pattern % {"label": labels.get(key, default), "value": value}

    emails = ", ".join(channels.email)
    if channels.email and letter.email_subject and not letter.copy_of:
        # The subject line the UA asks for, where a supporter who emails sees it.
        subject = labels.get("email_subject", "%(address)s (subject: %(subject)s)")
        emails = subject % {"address": emails, "subject": letter.email_subject}
    lines = [line("email", "Email", emails)] if channels.email else []
    lines += [line("fax", "Fax", number) for number in channels.fax]
    lines += [
        line("phone", "Phone", f"{number} ({note})" if note else number)
        for number, note in channels.phone
    ]
    lines += [
        line("web", "Web form", f"{url} ({language})" if language else url)
        for url, language in channels.web
    ]
    lines += [
        pattern % {"label": PLATFORM_NAMES.get(platform, platform.title()), "value": handle}
        for platform, handle in channels.social
    ]
    return lines


def file_stem(case_id: str, target_id: str, language: str) -> str:
    """Return a letter's file-name stem: case, target and language (`ua-61-20_president_de`)."""
    return f"{case_id}_{target_id}_{language.split('-')[0]}"
