"""One path from case to letter: every check `generate` makes about a case, `batch` makes too.

Each case-level problem (the case loader's and the planner's) is given to both commands,
signed by the same person (the example sender, and a supporters list of that one person):
both must stop with the same exit code and the same error line, and write nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import ualetters
from ualetters.cli import app

from .conftest import CASE_FILE, LETTER_DATE, ROOT, SENDER_FILE
from .helpers import run

EXAMPLE = CASE_FILE.read_text(encoding="utf-8")
# The example sender (Anna Beispiel, Bern, de-CH) as a one-row supporters list.
SUPPORTER = (
    "name,street,postal_code,city,country,language,email\n"
    'Anna Beispiel,Beispielweg 12,3011,Bern,CH,"de-CH, en",anna.beispiel@example.org\n'
)


def _replace(old: str, new: str, count: int = 1) -> str:
    assert old in EXAMPLE, old
    return EXAMPLE.replace(old, new, count)


# (case file text, or None for a missing file; extra options; expected exit code)
CASES = {
    # The case loader
    "missing file": (None, [], 3),
    "yaml syntax": (_replace("ua: UA 61/20\n", "ua: [UA 61/20\n"), [], 3),
    "not a mapping": ("- UA 61/20\n", [], 3),
    "required field": (_replace("ua: UA 61/20\n", ""), [], 3),
    "unknown country": (_replace("\ncountry: KG\n", "\ncountry: XX\n"), [], 3),
    "duplicate key": (_replace("ua: UA 61/20\n", "ua: UA 61/20\nua: UA 1/21\n"), [], 3),
    "two targets, one id": (
        _replace(
            "copies:\n",
            EXAMPLE[EXAMPLE.index("  - id: president") : EXAMPLE.index("copies:\n")] + "copies:\n",
        ),
        [],
        3,
    ),
    # The planner: the case on the letter date
    "closed case": (EXAMPLE, ["--date", "2020-07-26"], 5),
    # The planner: the language asked for
    "lang without template": (EXAMPLE, ["--lang", "sw"], 2),
    "lang that is no language": (EXAMPLE, ["--lang", "klingon"], 2),
    "lang the case has no text in": (
        _replace("      ru: Посольство Кыргызской Республики\n", "", 1),
        ["--lang", "ru"],
        2,
    ),
    # The planner: file names
    "file names too long": (
        _replace("ua: UA 61/20\n", "ua: UA 61/20\nid: " + "u" * 240 + "\n"),
        [],
        3,
    ),
    # The run's settings
    "unknown layout": (EXAMPLE, ["--layout", "a5"], 2),
    "unknown format": (EXAMPLE, ["--format", "odt"], 2),
    "not a date": (EXAMPLE, ["--date", "23.7.2020"], 2),
    # The planner: a format the case cannot have (the President has no email address)
    "email draft without email": (EXAMPLE, ["--format", "eml"], 3),
}


def _said(stderr: str) -> list[str]:
    """Return the lines about problems: errors and what was skipped."""
    return [line for line in stderr.splitlines() if line.startswith(("error:", "skipped:"))]


def _run(command: list[str]) -> tuple[int, list[str]]:
    ran = run(*command)
    return ran.code, _said(ran.stderr)


@pytest.mark.parametrize("name", list(CASES))
def test_batch_makes_every_check_generate_makes(tmp_path: Path, name: str) -> None:
    text, options, code = CASES[name]
    case = tmp_path / "case.yaml"
    if text is not None:
        case.write_text(text, encoding="utf-8")
    options = ["--date", "2020-07-23", *options]  # a later --date wins
    members = tmp_path / "members.csv"
    members.write_text(SUPPORTER, encoding="utf-8")

    one = _run(
        [
            "generate",
            str(case),
            "--sender",
            str(SENDER_FILE),
            "--out",
            str(tmp_path / "g"),
            *options,
        ]
    )
    many = _run(
        ["batch", str(case), "--supporters", str(members), "--out", str(tmp_path / "b"), *options]
    )
    assert one[0] == code, one
    assert many == one
    assert one[1] and one[1][-1].startswith("error:")
    assert not (tmp_path / "g").exists()
    assert not list((tmp_path / "b").glob("*/*"))  # no supporter got a letter


def test_a_case_problem_is_said_once_not_once_per_row(tmp_path: Path) -> None:
    members = tmp_path / "members.csv"
    rows = "".join(f"Supporter {n},Weg {n},3011,Bern,CH,de-CH\n" for n in range(5))
    members.write_text("name,street,postal_code,city,country,language\n" + rows, encoding="utf-8")
    result = CliRunner().invoke(
        app,
        ["batch", str(CASE_FILE), "--supporters", str(members), "--out", str(tmp_path / "b"),
         "--date", "2020-07-23", "--format", "txt", "--format", "eml"],
    )  # fmt: skip
    assert result.exit_code == 6  # the text letters are written, the drafts are not
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert skipped == [
        "skipped: UA 61/20: the target 'president' has no email address, so no email draft "
        "can be made"
    ]
    assert len(list((tmp_path / "b").glob("*/*.txt"))) == 5
    assert not list((tmp_path / "b").glob("*/*.eml"))
    # The reason once, the count per letter: five supporters wrote to the president.
    assert (
        "error: 5 letters have no email address, so no .eml draft was written for them; "
        "the other files were written"
    ) in result.stderr
    # A copy letter goes with its letter to the president: still five letters.
    dry = run("batch", CASE_FILE, "--supporters", members, "--out", tmp_path / "d",
              "--date", "2020-07-23", "--format", "txt", "--format", "eml", "--dry-run",
              "--copies")  # fmt: skip
    assert "error: 5 letters have no email address" in dry.stderr, dry.stderr


def test_a_supporter_with_no_file_gets_no_empty_folder(tmp_path: Path) -> None:
    """Email drafts only, to a target without an email address: no letter, no folder."""
    members = tmp_path / "members.csv"
    members.write_text(SUPPORTER, encoding="utf-8")
    out = tmp_path / "b"
    ran = run("batch", CASE_FILE, "--supporters", members, "--out", out,
              "--date", "2020-07-23", "--format", "eml")  # fmt: skip
    assert ran.code == 3, ran
    assert "error: 1 letter has no email address, so no .eml draft was written for it" in ran.stderr
    assert sorted(p.name for p in out.iterdir()) == ["manifest.csv", "manifest.json"]


# Address rules of the destination's post are warnings (#11), located in the case file:
# (case file text, the warning's line in it, its field and reason).
ADDRESS_WARNINGS = {
    "target with a wrong postal code": (
        _replace('"720003"', '"72"'),
        "targets[0].address.postal_code",
        "'72' does not look like a postal code of KG (e.g. 720001) (target 'president')",
    ),
    "copy without postal code": (
        _replace('      postal_code: "1202"\n', ""),
        "copies.CH.address.postal_code",
        "the post of CH asks for a postal code on every address (copy for senders in CH)",
    ),
    "copy with a wrong postal code": (
        _replace('postal_code: "1202"', 'postal_code: "12"'),
        "copies.CH.address.postal_code",
        "'12' does not look like a postal code of CH (e.g. 2544, 1211) (copy for senders in CH)",
    ),
}


@pytest.mark.parametrize("name", list(ADDRESS_WARNINGS))
def test_address_rules_warn_alike_in_generate_batch_and_check(tmp_path: Path, name: str) -> None:
    text, field, reason = ADDRESS_WARNINGS[name]
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    key = "address:" if name == "copy without postal code" else "postal_code:"
    start = lines.index("copies:") if field.startswith("copies") else lines.index("targets:")
    line = next(n for n, raw in enumerate(lines, 1) if n > start and raw.strip().startswith(key))
    expected = f"warning: {case}:{line}: {field}: {reason}"
    members = tmp_path / "members.csv"
    members.write_text(SUPPORTER, encoding="utf-8")
    date = ["--date", "2020-07-23"]
    one = run("generate", case, "--sender", SENDER_FILE, "--out", tmp_path / "g", *date)
    many = run("batch", case, "--supporters", members, "--out", tmp_path / "b", *date)
    checked = run("check", case, "--sender", SENDER_FILE, *date)
    assert one.code == many.code == checked.code == 0, (one, many, checked)
    assert expected in one.stderr.splitlines()
    assert expected in many.stderr.splitlines()
    assert f"  {expected}" in checked.stdout.splitlines()
    assert len(list((tmp_path / "b").glob("*/*.docx"))) == 1
    # From stdin, the same warning names its line too (before: "<stdin>: targets[0]...").
    piped = run("generate", "-", "--sender", SENDER_FILE, "--out", "-", *date, stdin=text)
    assert piped.code == 0, piped
    assert expected.replace(str(case), "<stdin>") in piped.stderr.splitlines()


# What the planner says about one supporter's letters, in generate and in batch alike:
# (case file text, extra options, the warning).
SUPPORTER_WARNINGS = {
    "a target for other countries' senders": (
        _replace("    rank: head_of_state\n", "    rank: head_of_state\n    only_for: [US]\n"),
        [],
        "warning: UA 61/20: no target for senders in CH (its targets are for senders in US only)",
    ),
    "a copy without a postal address": (
        _replace(
            '    address:\n      street: avenue Blanc 51\n      postal_code: "1202"\n'
            "      city: Genève\n      country: CH\n",
            "    email: kg@example.ch\n",
        ),
        ["--copies"],
        "warning: UA 61/20: the copy to Embassy of the Kyrgyz Republic has no postal "
        "address or fax, so no copy letter is written for it",
    ),
}


@pytest.mark.parametrize("name", list(SUPPORTER_WARNINGS))
def test_batch_says_what_generate_says_about_a_supporters_letters(
    tmp_path: Path, name: str
) -> None:
    """Before, a batch dropped these in silence: a row "written" with no letter in it."""
    text, options, warning = SUPPORTER_WARNINGS[name]
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    members = tmp_path / "members.csv"
    members.write_text(SUPPORTER + SUPPORTER.splitlines()[1] + "\n", encoding="utf-8")
    date = ["--date", "2020-07-23", *options]
    one = run("generate", case, "--sender", SENDER_FILE, "--out", tmp_path / "g", *date)
    many = run("batch", case, "--supporters", members, "--out", tmp_path / "b", *date)
    assert one.code == many.code, (one, many)
    assert warning in one.stderr.splitlines(), one.stderr
    # Two supporters, one line: said once however many rows it touches.
    assert many.stderr.splitlines().count(warning) == 1, many.stderr


def test_batch_warnings_are_translated_like_generates(tmp_path: Path) -> None:
    members = tmp_path / "members.csv"
    members.write_text(SUPPORTER, encoding="utf-8")
    env = {"LANG": "de_CH.UTF-8"}
    common = ["--date", "2020-07-26", "--allow-closed"]
    one = CliRunner().invoke(
        app, ["generate", str(CASE_FILE), "-s", str(SENDER_FILE), "-o", "-", *common], env=env
    )
    out = tmp_path / "b"
    many = CliRunner().invoke(
        app,
        ["batch", str(CASE_FILE), "--supporters", str(members), "-o", str(out), *common],
        env=env,
    )
    assert one.exit_code == many.exit_code == 0
    warning = "Warnung: UA 61/20 wurde am 25. Juli 2020 abgeschlossen: Azimjan Askarov"
    assert one.stderr.splitlines()[0].startswith(warning)
    assert many.stderr.splitlines()[0] == one.stderr.splitlines()[0]


def test_planning_is_linear_in_targets(case, sender) -> None:
    # 3,000 targets: a quadratic planner (list.index, model comparisons) makes 9 million
    # comparisons here; this one asks each question once per target.
    from ualetters.api import record_data

    data = record_data(case)
    template = data["targets"][0]
    for key in ("title", "organisation", "salutation"):  # two languages keep 3,000 targets
        template[key] = {tag: template[key][tag] for tag in ("de", "en")}  # under the size cap
    data["targets"] = [{**template, "id": f"t{n}"} for n in range(3000)]
    big = ualetters.load_case(data)
    calls = 0
    real = type(big.targets[0]).__eq__

    def counting(self: object, other: object) -> bool:
        nonlocal calls
        calls += 1
        return real(self, other)

    type(big.targets[0]).__eq__ = counting  # type: ignore[method-assign]
    try:
        planned = ualetters.plan(big, sender, date=LETTER_DATE)
    finally:
        type(big.targets[0]).__eq__ = real  # type: ignore[method-assign]
    assert len(planned.letters) == 3000
    assert calls == 0  # no target is ever compared with another


def test_the_cases_own_text_is_checked_once_per_language_not_per_target(
    case, sender, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3,000 targets x 60,000 persons took a minute: every target re-read every person."""
    from ualetters import planning
    from ualetters.api import record_data

    data = record_data(case)
    template = data["targets"][0]
    data["targets"] = [{**template, "id": f"t{n}"} for n in range(300)]
    data["persons"] = data["persons"] * 200
    big = ualetters.load_case(data)
    calls = 0
    real = planning._case_fields

    def counting(case: object):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(case)  # type: ignore[arg-type]

    monkeypatch.setattr(planning, "_case_fields", counting)
    copies = 0
    real_copies = planning._copy_fields

    def counting_copies(*args: object):  # type: ignore[no-untyped-def]
        nonlocal copies
        copies += 1
        return real_copies(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(planning, "_copy_fields", counting_copies)
    planned = ualetters.plan(big, sender, date=LETTER_DATE)
    assert len(planned.letters) == 300
    assert calls <= 10, calls  # once per language asked, whatever the number of targets
    assert copies <= 10, copies  # the sender's country's copies too


def test_a_closed_case_is_judged_by_its_status_alone(tmp_path: Path) -> None:
    # Closed on the letter date, it gives no letters: its broken copy address does not
    # matter, to generate (exit 5, why it is closed) nor to a batch with an open case.
    closed = tmp_path / "closed.yaml"
    closed.write_text(_replace('      postal_code: "1202"\n', ""), encoding="utf-8")
    members = tmp_path / "members.csv"
    members.write_text(SUPPORTER, encoding="utf-8")
    day = ["--date", "2020-07-26"]
    one = _run(["generate", str(closed), "-s", str(SENDER_FILE), "-o", str(tmp_path / "g"), *day])
    assert one[0] == 5 and "was closed on 25 July 2020" in one[1][0]
    three = ROOT / "benchmarks" / "three_targets.yaml"
    result = CliRunner().invoke(
        app,
        ["batch", str(closed), str(three), "--supporters", str(members),
         "-o", str(tmp_path / "b"), *day],
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "no letters for it" in result.stderr
    assert len(list((tmp_path / "b").glob("*/*.docx"))) == 3
