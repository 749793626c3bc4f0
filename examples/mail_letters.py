"""Mail every supporter of a CSV file their letters for one Urgent Action, as DOCX attachments.

Dry run by default: it builds every message and says what it would send. With --send it
sends them through an SMTP server (STARTTLS and login with --starttls and the environment
variables SMTP_USER / SMTP_PASSWORD).

    python examples/mail_letters.py examples/askarov.yaml examples/mailing_list.csv \\
        --date 2020-07-23 --from "Amnesty Gruppe Bern <gruppe@example.org>"

The CSV has a header row with: name, email, street, postal_code, city, country, languages
(languages separated by spaces, best first; street, postal_code and languages may be empty).
Nothing is sent unless every row is valid.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import smtplib
import sys
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import make_msgid

import ualetters

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def read_supporters(path: str) -> list[tuple[ualetters.Sender, str]]:
    """Return (sender, email) for every row; raise InputError naming the row of a bad one."""
    supporters = []
    with open(path, encoding="utf-8-sig", newline="") as stream:
        for row_number, row in enumerate(csv.DictReader(stream), start=2):
            row = {(key or "").strip(): (value or "").strip() for key, value in row.items()}
            if not row.get("email"):
                raise ualetters.InputError("no email address", source=path, line=row_number)
            fields = {
                "name": row.get("name", ""),
                "street": [row["street"]] if row.get("street") else [],
                "postal_code": row.get("postal_code") or None,
                "city": row.get("city", ""),
                "country": row.get("country", ""),
                "languages": row.get("languages") or "en",
                "email": row["email"],
            }
            try:
                sender = ualetters.load_sender(fields)
            except ualetters.InputError as exc:
                raise ualetters.InputError(
                    exc.reason, source=path, line=row_number, field=exc.field
                ) from None
            supporters.append((sender, row["email"]))
    return supporters


def message_for(
    case: ualetters.Case,
    sender: ualetters.Sender,
    email: str,
    letters: list[ualetters.Letter],
    from_address: str,
) -> EmailMessage:
    """Return the email to one supporter with their letters attached as DOCX."""
    message = EmailMessage()
    message["From"] = from_address
    message["To"] = Address(display_name=sender.name, addr_spec=email)
    message["Subject"] = f"{case.ua}: your letters to sign"
    message["Message-ID"] = make_msgid(domain="ualetters.invalid")
    listing = "\n".join(f"- {letter.stem}.docx: {letter.subject}" for letter in letters)
    message.set_content(
        f"Hello {sender.name},\n\n"
        f"attached are your letters for {case.ua}. Please print, sign and post them:\n\n"
        f"{listing}\n\nThank you for taking action.\n"
    )
    for letter in letters:
        maintype, subtype = DOCX_TYPE
        message.add_attachment(
            ualetters.to_docx(letter),
            maintype=maintype,
            subtype=subtype,
            filename=f"{letter.stem}.docx",
        )
    return message


def main(argv: list[str] | None = None) -> int:
    """Build (and with --send, send) one email per supporter; return the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("case", help="case file (YAML)")
    parser.add_argument("supporters", help="CSV file of supporters")
    parser.add_argument("--date", help="letter date, YYYY-MM-DD (default: today)")
    parser.add_argument("--from", dest="from_address", default="Urgent Actions <ua@example.org>")
    parser.add_argument("--send", action="store_true", help="really send (default: dry run)")
    parser.add_argument("--smtp-host", default="localhost")
    parser.add_argument("--smtp-port", type=int, default=25)
    parser.add_argument("--starttls", action="store_true", help="use STARTTLS (and login)")
    args = parser.parse_args(argv)

    try:
        date = dt.date.fromisoformat(args.date) if args.date else dt.date.today()
    except ValueError:
        print(f"error: --date: '{args.date}' is not a date (YYYY-MM-DD)", file=sys.stderr)
        return 2
    try:
        case = ualetters.load_case(args.case)
        messages = []
        for sender, email in read_supporters(args.supporters):
            letters = ualetters.letters_for(case, sender, date=date)
            messages.append(message_for(case, sender, email, letters, args.from_address))
    except ualetters.UaLettersError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code

    if not args.send:
        for message in messages:
            count = len(list(message.iter_attachments()))
            print(f"would send to {message['To']}: {count} letter(s)")
        print(f"dry run: {len(messages)} message(s) not sent; add --send to send them")
        return 0
    sent = 0
    try:
        with smtplib.SMTP(args.smtp_host, args.smtp_port, timeout=30) as smtp:
            if args.starttls:
                smtp.starttls()
                if os.environ.get("SMTP_USER"):
                    smtp.login(os.environ["SMTP_USER"], os.environ.get("SMTP_PASSWORD", ""))
            for message in messages:
                smtp.send_message(message)
                sent += 1
    except (OSError, smtplib.SMTPException) as exc:
        print(f"error: sending failed after {sent} message(s): {exc}", file=sys.stderr)
        return 6 if sent else 4  # partly done / output problem, as ualetters' own exit codes
    print(f"sent {len(messages)} message(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
