"""The same UA carried differently gives the same record (benchmarks/import_robustness.py).

Made-up texts: every name, number and address is invented. Each case is a carrier that lost
fields on the development texts when the text was carried so: soft hyphens inside words, an
e-mail forwarded with every line quoted "> ", a mailing list's hard wrap at ~70 columns (a
sentence, a channel's label and a hyphenated word cut at a line's end), a blog's byline and
readers' comments around a repost, a PDF's page footer and running header inside a block.
"""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from ualetters.importer import parse_text

UA = """UA 77/31 Index: AMR 99/1234/2031 Freedonia Date: 4 May 2031

URGENT ACTION

TRADE UNIONIST HELD INCOMMUNICADO

Trade unionist Teodora Valcárcel (f) was arrested at her home in Puerto Lindo on 28 April \
2031 by plain-clothes police officers who did not show a warrant. Her family has not been told \
where she is held and she has had no access to a lawyer since her arrest.

Please write immediately in English, Spanish or your own language:
- Calling on the authorities to release Teodora Valcárcel immediately and unconditionally;
- Urging them to allow her access to her family and a lawyer of her choice.

PLEASE SEND APPEALS BEFORE 15 JUNE 2031 TO:

Minister of the Interior
Rodrigo Almazán Ferreira
Ministry of the Interior
Avenida Central 1200
Puerto Lindo, Freedonia
Fax: +99 21 555 0101
Email: ministro@interior.example.fd
Twitter: @MinInteriorFD
Salutation: Dear Minister
"""


def essentials(text: str) -> dict[str, Any]:
    """Return the fields every carrier of the UA above must keep."""
    record = parse_text(text).record
    target = (record.get("targets") or [{}])[0]
    return {
        "ua": record.get("ua"),
        "deadline": record.get("deadline"),
        "languages": record.get("languages"),
        "persons": [person["name"] for person in record.get("persons", [])],
        "demands": record.get("demands"),
        "target": {
            key: target.get(key)
            for key in ("name", "title", "organisation", "address_lines", "fax", "emails")
        },
        "social": target.get("social"),
        "salutation": target.get("salutation"),
    }


def test_the_plain_text_gives_the_record() -> None:
    got = essentials(UA)
    assert got["persons"] == ["Teodora Valcárcel"]
    assert got["languages"] == ["en", "es"]
    assert got["target"]["address_lines"] == ["Avenida Central 1200", "Puerto Lindo, Freedonia"]


def test_soft_hyphens_inside_words_are_no_part_of_them() -> None:
    # A CMS's hyphenation hints (U+00AD) in names, languages and an organisation.
    carried = (
        UA.replace("Valcárcel", "Val\u00adcár\u00adcel")
        .replace("Spanish", "Span\u00adish")
        .replace("Ministry", "Minis\u00adtry")
        .replace("Almazán", "Alma\u00adzán")
    )
    assert essentials(carried) == essentials(UA)


def test_an_email_forward_quoted_with_angle_brackets() -> None:
    # Every line quoted "> " (">" alone on a blank line), under a forwarding header.
    quoted = "\n".join(f"> {line}" if line else ">" for line in UA.split("\n"))
    carried = (
        "---------- Forwarded message ---------\n"
        "From: Letter Group <group@example.net>\n"
        "Subject: Fwd: trade unionist\n\n" + quoted
    )
    assert essentials(carried) == essentials(UA)


US = """\
Urgent Action: Release Student Journalist Imre Kovácsfalvi (Freedonia: UA 88.31)

March 3, 2031

Student journalist Imre Kovácsfalvi was arrested on 20 February after he reported on a \
strike at the port of Lindenau. He has been charged with "spreading false information" \
and faces up to ten years in prison. He is a prisoner of conscience and must be released \
immediately and unconditionally.

1. Write a letter in your own words or using the sample below as a guide to the \
government official listed. You can also email, call or Tweet them.
2. Click here to let us know the actions you took on Urgent Action 88.31.
Prosecutor General Ilse Marwitz Office of the Prosecutor General Kaiserweg 14 10115 \
Lindenau, Freedonia Email: prosecutor@justice.example.fd Twitter: @ProsecutorFD \
Instagram: @ProsecutorFD Salutation: Dear Prosecutor General

SAMPLE LETTER Dear Prosecutor General, I am writing to express my concern about the \
detention of student journalist Imre Kovácsfalvi. I urge you to release Imre Kovácsfalvi \
immediately and unconditionally and to drop all charges against him.
"""


def hard_wrapped(text: str, width: int) -> str:
    return "\n".join(
        piece
        for line in text.split("\n")
        for piece in (textwrap.wrap(line, width, break_on_hyphens=False) if line else [""])
    )


@pytest.mark.parametrize("width", [66, 72])
def test_a_mailing_list_hard_wrap_inside_sentences_and_a_block(width: int) -> None:
    # A list server wrapped every line: the numbered steps are cut inside their sentences
    # (the UA's number left alone on a line above the block), the block that runs its fields
    # together on one line is cut into pieces.
    assert essentials(hard_wrapped(US, width)) == essentials(US)


def test_a_channel_label_the_wrap_left_at_a_line_end() -> None:
    carried = US.replace("Twitter: @ProsecutorFD Instagram:", "Twitter: @ProsecutorFD\nInstagram:")
    carried = hard_wrapped(carried, 72).replace(
        "Instagram: @ProsecutorFD", "Instagram:\n@ProsecutorFD"
    )
    assert "Instagram:\n@ProsecutorFD" in carried
    assert essentials(carried) == essentials(US)


def test_a_pdf_hyphenates_words_across_lines() -> None:
    carried = UA.replace(
        "Calling on the authorities to release Teodora Valcárcel immediately and unconditionally;",
        "Calling on the authorities to release Teodora Valcárcel immediately and uncondi-\n"
        "tionally;",
    ).replace(
        "by plain-clothes police officers who did not show a warrant.",
        "by plain-clothes police officers who did not show a war-\nrant.",
    )
    carried = "\n".join(
        piece
        for line in carried.split("\n")
        for piece in (textwrap.wrap(line, 78, break_on_hyphens=False) if line else [""])
    )
    assert essentials(carried)["demands"] == essentials(UA)["demands"]


def test_a_blog_byline_and_readers_comments_are_no_part_of_the_ua() -> None:
    # The byline's author and the pager's "Post Comments" were read as persons at risk.
    carried = (
        "Saturday, 15 March 2031\n"
        "Posted by Marisol Ibarguren at 10:32\n"
        "Share this: Facebook | Twitter | Email\n\n"
        + US
        + "\nPosted by Marisol Ibarguren at 10:32 No comments:\n"
        "Email This BlogThis! Share to Twitter Share to Facebook\n"
        "Labels: freedonia, press freedom\n\n"
        "3 comments:\n\n"
        "Anonymous said...\n"
        "Letter sent today, thanks for posting.\n"
        "16 March 2031 at 08:14\n\n"
        "Newer Post Older Post Home\n"
        "Subscribe to: Post Comments (Atom)\n"
    )
    assert essentials(carried) == essentials(US)


def test_a_pdf_page_break_inside_an_address_block() -> None:
    # The first page ends inside the target's block: its footer and the second page's
    # running header come between two lines of the address.
    carried = UA.replace(
        "Avenida Central 1200\n",
        "Avenida Central 1200\n\nPage 1 of 2\n\nAmnesty International - Urgent Action\n\n",
    )
    assert essentials(carried) == essentials(UA)


OLD_UA = """\
UA 301/94 Death penalty 12 October 1994

FREEDONIA Tomás Quaresma Lobo
Ilídio Sacramento Neves

The two men were sentenced to death by a military court on 2 October 1994 after a trial
that fell far short of international standards. They were convicted of taking part in an
attack on an army post in the north of the country in March 1993, which they have always
denied. Both men say that they were beaten in custody and forced to sign statements that
they were not allowed to read. Their lawyers were not given the case file until the day
before the trial opened, and the court refused to hear witnesses for the defence. Their
appeal to the Supreme Court was rejected on 9 October 1994, and they may now be executed
at any time. Amnesty International opposes the death penalty in all cases as a violation
of the right to life and the ultimate cruel, inhuman and degrading punishment.

RECOMMENDED ACTION: Please send telegrams/faxes/airmail letters in English or in your own
language:
- expressing concern that the death sentences have been upheld by the Supreme Court;
- urging that the death sentences on Tomás Quaresma Lobo and Ilídio Sacramento Neves be
commuted.
1) The Minister of Justice
Dr Aurelio Fonseca Branco
Ministry of Justice
Rua Nova 5
São Tomé, Freedonia
Faxes: +99 12 3456
Salutation: Dear Minister
"""


def test_the_last_bullet_of_a_wrapped_list_right_above_a_block_stays_a_demand() -> None:
    # An older notice hard-wrapped by its mailing list: its last demand goes on on the next
    # line, and the recipients' numbered blocks follow with no blank line. Once the wrap is
    # undone the demand is the line right above the block found by its shape, no heading.
    demands = parse_text(OLD_UA).record.get("demands")
    assert demands == [
        "expressing concern that the death sentences have been upheld by the Supreme Court",
        "urging that the death sentences on Tomás Quaresma Lobo and Ilídio Sacramento Neves be "
        "commuted.",
    ]


def test_readers_comments_after_a_cut_block_make_no_recipient() -> None:
    # The stored post stops inside the recipient's block; the readers' comments follow it
    # (a comment and its time were read as a second recipient's office and address).
    cut = UA[: UA.index("Puerto Lindo, Freedonia")] + "Puerto Lin"
    carried = (
        cut + "\nPosted by Marisol Ibarguren at 10:32 No comments:\n"
        "Email This BlogThis! Share to Twitter Share to Facebook\n"
        "Labels: freedonia, unions\n\n"
        "3 comments:\n\n"
        "Anonymous said...\n"
        "Letter sent today, thanks for posting.\n"
        "16 March 2031 at 08:14\n\n"
        "Newer Post Older Post Home\n"
    )
    assert parse_text(carried).record["targets"] == parse_text(cut).record["targets"]


SWISS = """UA 044/31
Freedonia: Gewerkschafter in Haft gestorben
Abgeschlossen am 12. August 2031

Der Gewerkschafter Jaromir Vlasenko ist am 10. August 2031 in der Haft gestorben.

Update: On 10 August, the family of Jaromir Vlasenko was told that he had died in the prison \
hospital. He had been held there since his arrest in March and his lawyer had repeatedly asked \
for him to be given the medical care that he needed, but the authorities refused. The family \
has not been allowed to see his body and they have called for an independent investigation \
into his death.
"""


def test_invisible_characters_do_not_hide_the_language_s_markers() -> None:
    # A German page with a long English notice: its German status line decides the language;
    # a zero-width space or a soft hyphen inside that line hid it.
    assert parse_text(SWISS).record["language"] == "de"
    zero_width = SWISS.replace("Abgeschlossen am", "Abgeschlossen \u200bam")
    assert parse_text(zero_width).record["language"] == "de"
    soft = SWISS.replace("Abgeschlossen", "Abge\u00adschlossen")
    assert parse_text(soft).record["language"] == "de"
