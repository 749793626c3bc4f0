"""Contact channels (#11): email, fax, phone, web forms and social accounts reach the user.

`check` lists them, the text and JSON letters carry them, the email draft is addressed by
them, and a target without a postal address still gets a printable letter, for fax.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import textwrap
from email import policy
from email.parser import BytesParser
from pathlib import Path

import docx
import pytest

import ualetters
from ualetters.printfit import fit_report
from ualetters.writers.docx import to_docx_slow
from ualetters.writers.docx_fast import to_docx

from .helpers import DATA, run

REAL = DATA / "real"
DANESHPOUR = REAL / "ua-102-2010-daneshpour-moghadam.yaml"
METWALY = REAL / "ua-80-23-ibrahim-metwaly.yaml"
NKINA = REAL / "tony-germain-nkina.yaml"
BERLIN = {
    "name": "Max Mustermann",
    "street": ["Musterstraße 1"],
    "postal_code": "10115",
    "city": "Berlin",
    "country": "DE",
    "languages": ["de"],
    "email": "max@example.org",
}


def draft(path: Path, target: str, sender: dict[str, object], date: str) -> tuple[Path, object]:
    """Return the email draft `generate` writes to `target`, parsed back by email.parser."""
    out = path.parent / "out"
    ran = run(
        "generate", path, "--sender", write_sender(path.parent, sender), "--date", date,
        "--format", "eml", "--out", out,
    )  # fmt: skip
    assert ran.code == 0, ran.stderr
    (eml,) = out.glob(f"*_{target}_*.eml")
    return eml, BytesParser(policy=policy.default).parsebytes(eml.read_bytes())


def write_sender(folder: Path, sender: dict[str, object]) -> Path:
    path = folder / "sender.yaml"  # JSON is YAML
    path.write_text(json.dumps(sender, ensure_ascii=False), encoding="utf-8")
    return path


def test_email_draft_to_the_target_copies_in_cc_and_the_uas_subject(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(DANESHPOUR.read_text(encoding="utf-8"), encoding="utf-8")
    _eml, message = draft(case, "judiciary", BERLIN, "2013-12-02")
    assert message["To"].addresses[0].addr_spec == "info@dadiran.ir"
    assert message["To"].addresses[0].display_name == "Ayatollah Sadegh Larijani"
    # Every sender's copy (the President), then the German senders' (the embassy's two).
    assert [a.addr_spec for a in message["Cc"].addresses] == [
        "iran.botschaft@t-online.de",
        "info@iranbotschaft.de",
        "media@rouhani.ir",
    ]
    assert message["Subject"] == "FAO Ayatollah Sadegh Larijani"
    assert message["From"].addresses[0].addr_spec == "max@example.org"
    body = message.get_body(("plain",)).get_content()
    assert "Exzellenz" in body


def test_every_email_of_one_office_is_in_to(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    case.write_text(
        textwrap.dedent(
            """\
            format: 2
            id: example
            country: BY
            title: {en: Students prosecuted for peaceful protest}
            persons: [{name: Daniil Konon}]
            facts: {en: They were arrested in 2020.}
            demands: [{en: Release them.}]
            email_subject: {en: Daniil Konon, de: Daniil Konon (Betreff)}
            targets:
              - id: prosecutor
                title: {en: Prosecutor General}
                email: [prosecutor@example.by, info@example.by]
            """
        ),
        encoding="utf-8",
    )
    sender = {**BERLIN, "languages": ["en"]}
    _eml, message = draft(case, "prosecutor", sender, "2021-01-10")
    assert [a.addr_spec for a in message["To"].addresses] == [
        "prosecutor@example.by",
        "info@example.by",
    ]
    assert message["Cc"] is None
    assert message["Subject"] == "Daniil Konon"  # the case's subject, in the letter's language


def test_check_lists_each_targets_and_copys_channels() -> None:
    ran = run("check", DANESHPOUR, "--date", "2013-12-02")
    assert ran.code == 0, ran.stderr
    lines = ran.stdout.splitlines()
    judiciary = lines.index(
        "  target judiciary: Ayatollah Sadegh Larijani, Head of the Judiciary (IR)"
    )
    assert lines[judiciary + 1] == (
        "    email: info@dadiran.ir (subject: FAO Ayatollah Sadegh Larijani)"
    )
    embassy = lines.index("  copy (DE): Embassy of the Islamic Republic of Iran, Berlin")
    assert lines[embassy + 1 : embassy + 4] == [
        "    email: iran.botschaft@t-online.de",
        "    email: info@iranbotschaft.de",
        "    fax: 030-8435 3535",
    ]
    metwaly = run("check", METWALY, "--date", "2023-09-25").stdout.splitlines()
    prosecutor = metwaly.index("  target prosecutor: Hamada al-Sawi, Public Prosecutor (EG)")
    assert metwaly[prosecutor + 1 : prosecutor + 3] == [
        "    fax: +202 2577 4716",
        "    twitter: @EgyptianPPO",
    ]
    nkina = run("check", NKINA, "--date", "2022-10-03").stdout
    assert "    post: no postal address; the printed letter has no address in the window\n" in (
        nkina
    )


BOSTON = {
    **BERLIN,
    "street": ["1 Beacon Street"],
    "postal_code": "02108",
    "city": "Boston",
    "area": "MA",
    "country": "US",
    "languages": ["en"],
}


def us_letters(case: Path) -> list[ualetters.Letter]:
    sender = ualetters.load_sender(BOSTON)
    return ualetters.letters_for(ualetters.load_case(case), sender, date=dt.date(2023, 9, 25))


def test_text_and_json_letters_carry_the_channels() -> None:
    embassy = next(letter for letter in us_letters(METWALY) if letter.target_id == "embassy")
    text = ualetters.to_text(embassy)
    assert (
        "WASHINGTON DC 20008\n"
        "\n"  # the postal block ends with the address: the channels stand apart
        "Fax: 202 244 5131\n"
        "Phone: 202 895 5400\n"
        "X (Twitter): @EgyptEmbassyUSA\n"
        "X (Twitter): @MotazZahran\n"
        "Facebook: @EgyptEmbassyUSA\n\n"
    ) in text
    record = json.loads(ualetters.to_json(embassy))
    assert record["recipient"]["channels"] == {
        "email": [],
        "fax": ["202 244 5131"],
        "phone": [{"number": "202 895 5400", "note": None}],
        "web": [],
        "web_forms": [],
        "social": [
            {"platform": "twitter", "handle": "@EgyptEmbassyUSA"},
            {"platform": "twitter", "handle": "@MotazZahran"},
            {"platform": "facebook", "handle": "@EgyptEmbassyUSA"},
        ],
    }
    assert record["recipient"]["postal"] is True


@pytest.fixture
def fax_only(tmp_path: Path) -> Path:
    """Return the Metwaly case with the Public Prosecutor reached by fax and Twitter only."""
    text = METWALY.read_text(encoding="utf-8")
    text = text.replace("    address: {city: Cairo, country: EG}\n", "")
    path = tmp_path / "fax-only.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_target_without_postal_address_gets_a_letter_to_fax(fax_only: Path) -> None:
    ran = run(
        "generate", fax_only, "--sender", write_sender(fax_only.parent, BERLIN),
        "--date", "2023-09-25", "--out", fax_only.parent / "out", "--lang", "en",
    )  # fmt: skip
    assert ran.code == 0, ran.stderr
    (path,) = (fax_only.parent / "out").glob("*_prosecutor_en.docx")
    document = docx.Document(io.BytesIO(path.read_bytes()))
    texts = [p.text for p in document.paragraphs]
    # On top, where the address would be: the fax number (bold), then whom it is for.
    fax_at = texts.index("Fax: +202 2577 4716")
    assert texts[fax_at + 1 : fax_at + 4] == [
        "Hamada al-Sawi",
        "Public Prosecutor",
        "Office of the Public Prosecutor",
    ]
    fax = next(p for p in document.paragraphs if p.text == "Fax: +202 2577 4716")
    assert fax.runs[0].bold
    # No postal block, so no return line: the sender's one-line address is not printed.
    assert "Max Mustermann, Musterstraße 1, 10115 Berlin, DEUTSCHLAND" not in texts
    assert not any("EGYPT" in text or "ÄGYPTEN" in text for text in texts)


# A sender whose return line does not fit DIN 5008 B's window even shortened.
LONG_SENDER = {
    **BERLIN,
    "name": "Dr. Johanna Schmidt-Müller",
    "street": [
        "c/o Familie Oberhauser-Lindenberg",
        "Friedrich-Ebert-Straße 123",
        "Hinterhaus, 3. Obergeschoss links",
    ],
    "postal_code": "60311",
    "city": "Frankfurt am Main",
}


def test_the_fax_letter_has_no_return_line_warning(fax_only: Path) -> None:
    sender = ualetters.load_sender(LONG_SENDER)
    letters = ualetters.letters_for(fax_only, sender, date=dt.date(2023, 9, 25), lang="de")
    [letter] = [one for one in letters if one.target_id == "prosecutor"]
    # The same sender's letter by post would lose its return line, and say so.
    postal = ualetters.letters_for(METWALY, sender, date=dt.date(2023, 9, 25), lang="de")
    assert any("return line" in w for w in fit_report(postal[0], ualetters.LAYOUTS["din5008-b"]))
    assert not letter.postal and letter.fax_line == "Fax: +202 2577 4716"  # "Fax" untranslated yet
    layout = ualetters.LAYOUTS["din5008-b"]
    assert to_docx(letter, layout) == to_docx_slow(letter, layout)  # the fast path's bytes
    assert not any("return line" in warning for warning in fit_report(letter, layout))


def test_the_printed_email_line_shows_the_subject_the_ua_asks_for() -> None:
    """A supporter who emails from the printed letter sees the subject line too."""
    case = ualetters.load_case(DANESHPOUR)
    for lang, line in (
        ("en", "Email: info@dadiran.ir (subject: FAO Ayatollah Sadegh Larijani)"),
        ("de", "E-Mail: info@dadiran.ir (Betreff: FAO Ayatollah Sadegh Larijani)"),
        ("fr", "Courriel\u00a0: info@dadiran.ir (objet\u00a0: FAO Ayatollah Sadegh Larijani)"),
    ):
        sender = ualetters.load_sender({**BERLIN, "languages": [lang]})
        letters = ualetters.letters_for(case, sender, date=dt.date(2013, 12, 2), lang=lang)
        judiciary = next(letter for letter in letters if letter.target_id == "judiciary")
        text = ualetters.to_text(judiciary)
        # The postal block ends with its country line; the channels follow a blank line.
        assert f"IRAN\n\n{line}\n" in text, text
    # A target whose UA asks for no subject: the address alone.
    leader = next(letter for letter in letters if letter.target_id == "leader")
    assert "(objet" not in ualetters.to_text(leader)


PROTESTERS = DATA / "letters" / "russia-protesters.yaml"
MOSCOW_PROTESTERS = REAL / "ua-112-19-moscow-protesters.yaml"


def web_lines(case: Path, language: str) -> list[str]:
    """Return the web-form lines of the Committee's letter in `language`, and its JSON forms."""
    sender = ualetters.load_sender({**BERLIN, "languages": [language]})
    letters = ualetters.letters_for(case, sender, date=dt.date(2019, 9, 1), lang=language)
    (letter,) = (
        letter for letter in letters if letter.target_id in {"chairman", "investigative-committee"}
    )
    record = json.loads(ualetters.to_json(letter))
    lines = [line for line in ualetters.to_text(letter).splitlines() if "sledcom.ru/rec" in line]
    return [*lines, *record["recipient"]["channels"]["web"]]


def test_a_letter_gives_the_web_form_in_its_own_language() -> None:
    # The case: {url: https://sledcom.ru/reception, lang: ru} and the English form without
    # a language. A Russian letter sends its reader to the Russian form only; every other
    # letter to the form without a language, unlabelled.
    assert web_lines(PROTESTERS, "ru") == [
        "Веб-форма: https://sledcom.ru/reception",
        "https://sledcom.ru/reception",
    ]
    assert web_lines(PROTESTERS, "de") == [
        "Webformular: https://en.sledcom.ru/reception",
        "https://en.sledcom.ru/reception",
    ]


def test_a_form_only_in_another_language_is_named_by_its_language() -> None:
    # UA 112/19 gives the English form only, recorded with `lang: en`: the Russian and the
    # German letters give it with the language its page is in; the English letter plainly.
    assert web_lines(MOSCOW_PROTESTERS, "ru")[0] == (
        "Веб-форма: https://en.sledcom.ru/reception (на английском языке)"
    )
    assert web_lines(MOSCOW_PROTESTERS, "de")[0] == (
        "Webformular: https://en.sledcom.ru/reception (auf Englisch)"
    )
    assert web_lines(MOSCOW_PROTESTERS, "en")[0] == "Web form: https://en.sledcom.ru/reception"


def test_check_names_each_web_forms_language() -> None:
    ran = run("check", PROTESTERS, "--date", "2019-09-01")
    assert ran.code == 0, ran.stderr
    assert "    web form: https://sledcom.ru/reception (ru)\n" in ran.stdout
    assert "    web form: https://en.sledcom.ru/reception\n" in ran.stdout


def test_a_web_form_that_is_no_address_is_refused_with_its_line(tmp_path: Path) -> None:
    text = PROTESTERS.read_text(encoding="utf-8").replace(
        "{url: https://sledcom.ru/reception, lang: ru}", "{url: sledcom.ru/reception, lang: ru}"
    )
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    ran = run("check", path, "--date", "2019-09-01")
    assert ran.code == 3
    assert "'sledcom.ru/reception' is not a web address" in ran.stderr
    assert f"{path}:" in ran.stderr and "web" in ran.stderr
    assert "Traceback" not in ran.stderr


@pytest.mark.parametrize(
    ("language", "in_tag", "expected"),
    [
        ("en", "ru", "на английском языке"),
        ("zh", "ru", "на китайском языке"),
        ("he", "ru", "язык: иврит"),  # no "-ий" adjective: no declension guessed
        ("en", "de-CH", "auf Englisch"),
        ("en", "fr", "en anglais"),
        ("ru", "it", "in russo"),
        ("en", "es", "en inglés"),
        ("en", "ar", "باللغة الإنجليزية"),
        ("ru", "en", "in Russian"),
        ("pt-BR", "fr", "en portugais"),  # no "(en portugais (Brésil))"
    ],
)
def test_a_forms_language_is_said_as_the_letters_language_says_it(
    language: str, in_tag: str, expected: str
) -> None:
    from ualetters.l10n import in_language

    assert in_language(language, in_tag) == expected


def forms_case(tmp_path: Path, forms: str) -> Path:
    """Return the Committee's case with `forms` (YAML flow items) as its web forms."""
    text = PROTESTERS.read_text(encoding="utf-8").replace(
        "      - {url: https://sledcom.ru/reception, lang: ru}\n"
        "      - https://en.sledcom.ru/reception\n",
        "".join(f"      - {form}\n" for form in forms.split(";")),
    )
    path = tmp_path / "case.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("forms", "language", "expected"),
    [
        # The exact tag first: the Swiss letter gets the Swiss form, the German one the other.
        (
            "{url: https://sledcom.ru/reception/de, lang: de};"
            "{url: https://sledcom.ru/reception/ch, lang: de-CH}",
            "de-CH",
            ["Webformular: https://sledcom.ru/reception/ch"],
        ),
        (
            "{url: https://sledcom.ru/reception/de, lang: de};"
            "{url: https://sledcom.ru/reception/ch, lang: de-CH}",
            "de",
            ["Webformular: https://sledcom.ru/reception/de"],
        ),
        # Then the language without a region, then a form without a language.
        (
            "{url: https://sledcom.ru/reception/de-de, lang: de-DE};"
            "{url: https://sledcom.ru/reception/de, lang: de}",
            "de-CH",
            ["Webformular: https://sledcom.ru/reception/de"],
        ),
        (
            "{url: https://sledcom.ru/reception/de-de, lang: de-DE};"
            "https://sledcom.ru/reception/any",
            "de-CH",
            ["Webformular: https://sledcom.ru/reception/de-de (Deutschland)"],
        ),
        # Another region's form of the letter's language is named by its country.
        (
            "{url: https://sledcom.ru/reception/ch, lang: de-CH}",
            "de",
            ["Webformular: https://sledcom.ru/reception/ch (Schweiz)"],
        ),
        (
            "{url: https://sledcom.ru/reception/ch, lang: de-CH};"
            "{url: https://sledcom.ru/reception/at, lang: de-AT}",
            "de",
            [
                "Webformular: https://sledcom.ru/reception/ch (Schweiz)",
                "Webformular: https://sledcom.ru/reception/at (Österreich)",
            ],
        ),
    ],
)
def test_the_form_closest_to_the_letters_language_wins(
    tmp_path: Path, forms: str, language: str, expected: list[str]
) -> None:
    case = forms_case(tmp_path, forms)
    sender = ualetters.load_sender({**BERLIN, "languages": [language]})
    letters = ualetters.letters_for(case, sender, date=dt.date(2019, 9, 1), lang=language)
    (letter,) = (letter for letter in letters if letter.target_id == "investigative-committee")
    lines = [line for line in ualetters.to_text(letter).splitlines() if "sledcom.ru/rec" in line]
    assert lines == expected


def test_json_keeps_each_web_forms_language(tmp_path: Path) -> None:
    # `web` stays the list of addresses the letter gives; `web_forms` has every form of the
    # case with its language, so a program can tell the Swiss form from the German one.
    case = forms_case(
        tmp_path,
        "{url: https://sledcom.ru/reception/ch, lang: de-CH};https://en.sledcom.ru/reception",
    )
    ran = run(
        "generate",
        case,
        "--sender",
        "examples/sender.toml",
        "--lang",
        "de-CH",
        "--format",
        "json",
        "-o",
        "-",
        "--date",
        "2019-09-01",
    )
    assert ran.code == 0, ran.stderr
    records = [json.loads(line) for line in ran.stdout.splitlines() if line.strip()]
    (record,) = (r for r in records if r["target_id"] == "investigative-committee")
    channels = record["recipient"]["channels"]
    assert channels["web"] == ["https://sledcom.ru/reception/ch"]
    assert channels["web_forms"] == [
        {"url": "https://sledcom.ru/reception/ch", "language": "de-CH"},
        {"url": "https://en.sledcom.ru/reception", "language": None},
    ]


def line_of(path: Path, text: str) -> int:
    """Return the number of the first line of `path` that holds `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.mark.parametrize(
    ("form", "field", "reason"),
    [
        # The item and its own line, not the `web:` line (a form in a long list is found).
        ('"https://exa mple.cn/form"', "web[1]", "'https://exa mple.cn/form' is not a web address"),
        ("{url: 'ftp://exa.cn', lang: de}", "web[1].url", "'ftp://exa.cn' is not a web address"),
        # A bidi override would show the address in another order: ".../exe.png".
        (
            '"https://exa.cn/\\u202egnp.exe"',
            "web[1]",
            "a web address cannot hold the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)",
        ),
        (
            "{url: 'https://exa.cn/\u200bform'}",
            "web[1].url",
            "a web address cannot hold the invisible character U+200B (ZERO WIDTH SPACE)",
        ),
    ],
)
def test_a_bad_web_form_is_refused_with_its_item_and_line(
    tmp_path: Path, form: str, field: str, reason: str
) -> None:
    case = forms_case(tmp_path, f"https://en.sledcom.ru/reception;{form}")
    ran = run("check", case, "--date", "2019-09-01")
    assert ran.code == 3, ran.stdout
    line = line_of(case, f"- {form}")
    assert f"{case}:{line}: targets[0].{field}: {reason}" in ran.stderr
    assert "Traceback" not in ran.stderr


@pytest.mark.parametrize(
    ("lang", "shown"),
    [('"r\\u202eu"', "'r\\u202eu'"), ('"ru\\u200b"', "'ru\\u200b'")],
)
def test_invisible_characters_are_escaped_in_error_messages(
    tmp_path: Path, lang: str, shown: str
) -> None:
    # Raw, U+202E makes "'r\u202eu' is not a language code" read "'ru' is ..." on screen.
    form = f"{{url: 'https://exa.cn/form', lang: {lang}}}"
    case = forms_case(tmp_path, form)
    ran = run("check", case, "--date", "2019-09-01")
    assert ran.code == 3
    line = line_of(case, f"- {form}")
    assert f"{case}:{line}: targets[0].web[0].lang: {shown} is not a language code" in ran.stderr
    assert "\u202e" not in ran.stderr and "\u200b" not in ran.stderr


@pytest.mark.parametrize(
    ("email", "reason"),
    [
        ("kanc@rusemb", "'kanc@rusemb' is not an email address"),
        (
            '"kanc@rus\\u202eemb.org.uk"',
            "an email address cannot hold the invisible character U+202E (RIGHT-TO-LEFT OVERRIDE)",
        ),
    ],
)
def test_a_bad_email_in_a_list_is_refused_at_its_item(
    tmp_path: Path, email: str, reason: str
) -> None:
    text = PROTESTERS.read_text(encoding="utf-8").replace(
        "    email: kanc@rusemb.org.uk\n",
        f"    email:\n      - kanc@rusemb.org.uk\n      - {email}\n",
    )
    case = tmp_path / "case.yaml"
    case.write_text(text, encoding="utf-8")
    ran = run("check", case, "--date", "2019-09-01")
    assert ran.code == 3
    line = line_of(case, "- kanc@rusemb.org.uk") + 1  # the second item's own line
    assert f"{case}:{line}: copies.GB.email[1]: {reason}\n" in ran.stderr
