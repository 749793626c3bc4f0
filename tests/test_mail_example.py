"""examples/mail_letters.py against a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import io
import socket
import subprocess
import sys
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
import pytest
from aiosmtpd.controller import Controller

from tests.conftest import CASE_FILE, EXAMPLES, ROOT

SCRIPT = EXAMPLES / "mail_letters.py"
MAILING_LIST = EXAMPLES / "mailing_list.csv"


class Inbox:
    """An aiosmtpd handler that keeps every message it receives."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], EmailMessage]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        message = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), str(CASE_FILE), *args, "--date", "2020-07-23"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def test_send_delivers_one_message_per_supporter_with_docx_letters(smtp) -> None:
    inbox, port = smtp
    done = run(str(MAILING_LIST), "--send", "--smtp-host", "127.0.0.1", "--smtp-port", str(port))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("sent 3 message(s)")
    assert [rcpt for rcpt, _message in inbox.received] == [
        ["anna.beispiel@example.org"],
        ["zoe@example.org"],
        ["olga@example.org"],
    ]
    names = ["Anna Beispiel", "Zoë Ağaoğlu", "Ольга Петрова"]
    salutations = [
        "Sehr geehrter Herr Präsident",
        "Sehr geehrter Herr Präsident,",
        "Dear President,",
    ]
    for (_rcpt, message), name, salutation in zip(inbox.received, names, salutations, strict=True):
        assert message["To"].addresses[0].display_name == name
        assert message["Subject"] == "UA 61/20: your letters to sign"
        assert f"Hello {name}," in message.get_body(("plain",)).get_content()
        attachments = list(message.iter_attachments())
        assert [part.get_filename() for part in attachments] == [
            f"ua-61-20_president_{'en' if name.startswith('Ольга') else 'de'}.docx"
        ]
        letter = docx.Document(io.BytesIO(attachments[0].get_content()))
        text = "\n".join(paragraph.text for paragraph in letter.paragraphs)
        assert salutation in text
        assert name in text  # signed by the supporter


def test_dry_run_sends_nothing(smtp) -> None:
    inbox, port = smtp
    done = run(str(MAILING_LIST), "--smtp-host", "127.0.0.1", "--smtp-port", str(port))
    assert done.returncode == 0, done.stderr
    assert "would send to Zoë Ağaoğlu <zoe@example.org>: 1 letter(s)" in done.stdout
    assert "dry run: 3 message(s) not sent" in done.stdout
    assert inbox.received == []


def test_a_bad_row_is_named_and_nothing_is_sent(smtp, tmp_path: Path) -> None:
    inbox, port = smtp
    members = tmp_path / "members.csv"
    members.write_text(
        "name,email,street,postal_code,city,country,languages\n"
        "Anna Beispiel,anna@example.org,Beispielweg 12,3011,Bern,CH,de-CH\n"
        "Bernd Fehler,bernd@example.org,,,Bern,XX,de\n",
        encoding="utf-8",
    )
    done = run(str(members), "--send", "--smtp-host", "127.0.0.1", "--smtp-port", str(port))
    assert done.returncode == 3
    assert done.stderr.startswith(f"error: {members}:3: country: 'XX' is not a country code")
    assert inbox.received == []
