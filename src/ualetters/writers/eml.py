"""Letters as email drafts: one RFC 5322 message per letter, to the target's email address.

The message is a draft (`X-Unsent: 1`: Outlook and Thunderbird open it for editing and
sending). It is deterministic: the Date header is noon UTC of the letter date and the
Message-ID is a hash of the message, so the same letter gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from ..errors import Message, NoEmailError
from ..letter import Letter
from ..textsafety import one_line
from .text import to_text

# No white space, controls or the characters that separate addresses inside the address.
_PART = r"[^@\s<>,;\"\x00-\x1f\x7f-\x9f\ud800-\udfff]+"
_EMAIL = re.compile(rf"^{_PART}@{_PART}\.{_PART}$")


def _address(name: str, email: str, what: str) -> Address:
    email = email.strip()
    if not _EMAIL.match(email):
        raise NoEmailError(_not_an_address(email), field=what)
    try:
        # A line break in a name must not start a new header (Bcc: ...): every header text
        # is made one line, its line breaks spaces (the email package would refuse them).
        return Address(display_name=one_line(name), addr_spec=email)
    except (ValueError, IndexError):  # the email package's parser rejects it
        raise NoEmailError(_not_an_address(email), field=what) from None


def _not_an_address(email: str) -> Message:
    return Message("'%(email)s' is not an email address", email=one_line(email))


def to_eml(letter: Letter) -> bytes:
    """Return the letter as an email draft (RFC 5322 bytes, CRLF line ends).

    To: every email address of the recipient (the UA lists them for one office, and either
    mailbox reaches it); Cc: the copies' addresses; Subject: the line the UA asks for
    (`email_subject`), else the letter's subject. Raise NoEmailError if the letter's
    recipient has no email address.
    """
    # A Letter made without `copies.addressed` (by hand, say) has only `recipient_email`.
    emails = letter.channels.email or ((letter.recipient_email,) if letter.recipient_email else ())
    if not emails:
        raise NoEmailError(
            Message(
                "%(file)s: the target '%(target)s' has no email address, so no email draft "
                "can be made",
                file=letter.stem,
                target=letter.target_id,
            )
        )
    message = EmailMessage(policy=SMTP)
    display = letter.recipient_name_lines[0] if letter.recipient_name_lines else ""
    what = f"{letter.target_id}.email"
    message["To"] = [_address(display, email, what) for email in dict.fromkeys(emails)]
    copies = [email for email in dict.fromkeys(letter.copy_emails) if email not in emails]
    if copies:
        message["Cc"] = [_address("", email, "copies.email") for email in copies]
    if letter.sender_email:
        message["From"] = _address(letter.sender_name, letter.sender_email, "sender.email")
    message["Subject"] = one_line(letter.email_subject or letter.subject)
    noon = dt.datetime.combine(letter.date, dt.time(12, 0), tzinfo=dt.UTC)
    message["Date"] = format_datetime(noon)
    message["X-Unsent"] = "1"
    message.set_content(to_text(letter), charset="utf-8", cte="quoted-printable")
    message["Content-Language"] = letter.language  # after set_content, which resets Content-*
    digest = hashlib.sha256(message.as_bytes()).hexdigest()[:32]
    message["Message-ID"] = f"<{digest}@ualetters.invalid>"  # short: one unfolded line
    return message.as_bytes()
