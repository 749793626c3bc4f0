"""The sender's region (#13): a state, province or canton where the post uses it.

It comes from sender files, `sender set --area`, generate's `--area` and a supporters
column, and is formatted by the address library; the sender's own block is in capitals only
where the letter is domestic and that post asks for them.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import ualetters
from ualetters.addresses import sender_lines
from ualetters.supporters import read_supporters

from .helpers import DATA, run

METWALY = DATA / "real" / "ua-80-23-ibrahim-metwaly.yaml"
DATE = dt.date(2023, 9, 25)
BOSTON = {
    "name": "Mary O'Neil",
    "street": ["1 Beacon Street"],
    "postal_code": "02108",
    "city": "Boston",
    "area": "MA",
    "country": "US",
    "languages": ["en"],
}


def blocks() -> dict[str, tuple[str, ...]]:
    letters = ualetters.letters_for(METWALY, ualetters.load_sender(BOSTON), date=DATE)
    return {letter.target_id: letter.sender_lines for letter in letters}


def test_a_us_sender_with_a_state_writes_it_as_usps_asks() -> None:
    sent = blocks()
    # To the embassy in Washington, domestic mail: USPS capitals, state after the town.
    assert sent["embassy"] == ("Mary O'Neil", "1 Beacon Street", "BOSTON MA 02108")
    # To Cairo: the sender's lines as written, the country line for the foreign post.
    assert sent["prosecutor"] == (
        "Mary O'Neil",
        "1 Beacon Street",
        "Boston MA 02108",
        "UNITED STATES",
    )


def test_the_senders_own_block_is_in_normal_case_abroad() -> None:
    lines = sender_lines(
        "Max Mustermann", ["Musterstraße 1"], "10115", "Berlin", "DE", destination="KG",
        language="de",
    )  # fmt: skip
    assert lines == ["Max Mustermann", "Musterstraße 1", "10115 Berlin", "DEUTSCHLAND"]
    italian = sender_lines(
        "Giulia Rossi", ["Via Roma 1"], "00184", "Roma", "IT", destination="KG", language="it",
        area="RM",
    )  # fmt: skip
    assert italian[2] == "00184 Roma RM"


def test_sender_set_and_generate_take_the_area(tmp_path: Path) -> None:
    saved = run(
        "sender", "set", "--name", "Mary O'Neil", "--street", "1 Beacon Street",
        "--postal-code", "02108", "--city", "Boston", "--area", "MA", "--country", "US",
        "--lang", "en",
    )  # fmt: skip
    assert saved.code == 0, saved.stderr
    shown = run("sender", "show")
    assert 'area = "MA"\n' in shown.stdout
    made = run("generate", METWALY, "--date", DATE.isoformat(), "--out", "-", "--area", "NY")
    assert made.code == 0, made.stderr
    assert "BOSTON NY 02108\n" in made.stdout  # the option overrides the saved area


def test_a_supporters_column_gives_the_area(tmp_path: Path) -> None:
    members = tmp_path / "members.csv"
    members.write_text(
        "name,street,postal_code,city,area,country,language\n"
        "Mary O'Neil,1 Beacon Street,02108,Boston,MA,US,en\n",
        encoding="utf-8",
    )
    [supporter] = read_supporters(members).supporters
    assert supporter.sender.area == "MA"
