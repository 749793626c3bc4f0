"""Rules for the field kinds that fail on texts the rules were not written on: each on a made-up UA.

Rounds 1 and 2, re-imported by the importer as it was before each was read
(docs/import-accuracy.md, "History"), lost most fields in whole items never found, above all
target blocks whose page asks to write in words no table knows; their unmarked wrong values
came from structure read wrong. These rules read such values from their shape and mark them,
and mark what depends on a phrase no table knows."""

from __future__ import annotations

from typing import Any

from ualetters.importer import draft_yaml, parse_text

NO_KNOWN_PHRASE = """\
URGENT ACTION
JOURNALIST DETAINED IN BELARUS

Journalist Ana Example was arrested on 3 May 2031 in Minsk after she reported on a protest. \
She is held incommunicado and her family fears she is at risk of torture.

Your appeals can reach these officials
President of Belarus
Alyaksandr Example
Vul. Example 38
220016 Minsk, Belarus
Email: contact@president.example.by
Fax: +375 17 000 06 10
Salutation: Dear President

Prosecutor General
Andrey Example
Vul. Internatsianalnaya 22
220030 Minsk, Belarus
Email: info@prokuratura.example.by

Dear President,
I am writing to you about the journalist Ana Example.
"""


def test_an_address_is_read_as_a_target_by_its_shape_when_no_phrase_asks_to_write() -> None:
    draft = parse_text(NO_KNOWN_PHRASE, name="made-up.txt")
    targets: list[dict[str, Any]] = draft.record["targets"]
    assert [(t["title"], t["name"]) for t in targets] == [
        ("President of Belarus", "Alyaksandr Example"),
        ("Prosecutor General", "Andrey Example"),
    ]
    assert targets[0]["address_lines"] == ["Vul. Example 38", "220016 Minsk, Belarus"]
    assert targets[0]["fax"] == "+375 17 000 06 10"
    assert targets[1]["emails"] == ["info@prokuratura.example.by"]
    # Read by shape alone: every block is marked for review.
    assert draft.marked(("targets", 0, "name")) and draft.marked(("targets", 1, "emails"))
    # Its lines are no persons ("Alyaksandr Example Vul" was one before).
    assert [p["name"] for p in draft.record["persons"]] == ["Ana Example"]


def test_a_header_of_dated_fields_or_the_sections_address_is_no_target() -> None:
    text = """\
URGENT ACTION
Date:
3 May 2031
Country:
Belarus
Journalist Ana Example was arrested on 3 May 2031 in Minsk after she reported on a protest.

Amnesty International Example Section
Example Street 1
1000 Brussels, Belgium
"""
    draft = parse_text(text, name="made-up.txt")
    assert "targets" not in draft.record


def test_a_block_run_together_or_spread_over_paragraphs_is_found_by_its_shape() -> None:
    run_together = """\
Urgent Action: Free the student (Example: UA 1.31)
Student leader Ivan Example was arrested on 3 May 2031 in Example City for a peaceful protest.

Send your appeal to the officials listed
Pavel Example Chairman of the Example Committee Example Lane 2 105005 Moscow Russian Federation
Twitter: @example_committee
Salutation: Dear Chairman
"""
    draft = parse_text(run_together, name="made-up.txt")
    target = draft.record["targets"][0]
    assert target["name"] == "Pavel Example"
    assert target["social"] == [{"platform": "twitter", "handle": "@example_committee"}]
    assert draft.marked(("targets", 0, "social"))
    paragraphs = "\n\n".join(
        [
            "Miércoles, 13 de noviembre, 2031",
            "Juan Ejemplo, líder estudiantil, fue detenido el 3 de noviembre en La Habana.",
            "Puede dirigir sus llamamientos a estas autoridades",
            "Miguel Ejemplo",
            "Presidente de la República de Cuba",
            "Calle Ejemplo 6, Plaza de La Revolución,",
            "CP 10400, La Habana,",
            "Cuba",
            "Correo-e: despacho@presidencia.example.cu",
            "Señor Presidente Ejemplo:",
            "Me dirijo a usted para condenar la detención de Juan Ejemplo.",
        ]
    )
    draft = parse_text(paragraphs, name="made-up.txt")
    target = draft.record["targets"][0]
    assert (target["name"], target["emails"]) == (
        "Miguel Ejemplo",
        ["despacho@presidencia.example.cu"],
    )
    assert draft.marked(("targets", 0, "name"))


def test_a_headline_or_name_cut_at_a_line_break_is_marked() -> None:
    text = """\
URGENT ACTION
YOUTH ARRESTED AT
17 AT RISK OF EXECUTION
Ali Example, arrested when he was 17, is at risk of execution. Ali Example is held in Example.
Write to:
Head of the Judiciary of
Example Street 1
1000 Exampletown, Iran
Email: info@judiciary.example.ir
"""
    draft = parse_text(text, name="made-up.txt")
    assert draft.record["title"] == "YOUTH ARRESTED AT"
    assert draft.marked(("title",))
    assert draft.record["targets"][0]["title"] == "Head of the Judiciary of"
    assert draft.marked(("targets", 0, "title"))
    # A headline that ends as headlines do carries no such mark.
    whole = parse_text(text.replace("ARRESTED AT\n17", "ARRESTED AT 17"), name="made-up.txt")
    assert whole.record["title"] == "YOUTH ARRESTED AT 17 AT RISK OF EXECUTION"
    assert not whole.marked(("title",))


def test_recipients_after_a_phrase_no_table_knows_are_marked() -> None:
    text = """\
URGENT ACTION
JOURNALIST DETAINED
Journalist Ana Example was arrested on 3 May 2031 in Minsk after she reported on a protest.
Write to:
Prosecutor General
Andrey Example
Vul. Internatsianalnaya 22
220030 Minsk, Belarus
Email: info@prokuratura.example.by
Salutation: Dear Prosecutor General
Please also inform these people
Minister of Internal Affairs
Ivan Example
Vul. Gorodskoy Val 4
220030 Minsk, Belarus
Email: info@mvd.example.by
"""
    draft = parse_text(text, name="made-up.txt")
    targets = draft.record["targets"]
    # A phrase it does not know that asks to inform someone introduces copies.
    assert [t["name"] for t in targets] == ["Andrey Example"]
    assert [c["name"] for c in draft.record["copies"]] == ["Ivan Example"]
    # Where the text asks to write, no mark; after a phrase it does not know, a mark.
    assert not draft.marked(("targets", 0, "emails"))
    assert draft.marked(("copies", 0))
    assert "Please also inform these people" in draft_yaml(draft)
    # Any other phrase it does not know: still targets, marked.
    other = parse_text(
        text.replace("Please also inform these people", "Other officials you may reach"),
        name="made-up.txt",
    )
    assert [t["name"] for t in other.record["targets"]] == ["Andrey Example", "Ivan Example"]
    assert other.marked(("targets", 1, "emails"))


def test_an_open_status_is_marked_when_the_text_asks_nobody_to_act() -> None:
    # A closing notice in words no table knows: no target, no deadline, a release.
    closed = """\
Urgent Action Update: Student released (Example: UA 12.31)
July 21, 2031
Student Ivan Example was released on 25 June 2031. He is now at home with his family.
We thank everyone who took part.
"""
    draft = parse_text(closed, name="made-up.txt")
    assert draft.record["status"] == "update"
    assert draft.marked(("status",))
    # Still to act on: targets and a deadline, and nothing reported after it.
    action = closed.replace(
        "We thank everyone who took part.",
        "PLEASE SEND APPEALS BEFORE 9 SEPTEMBER 2031 TO:\n"
        + NO_KNOWN_PHRASE.split("officials\n")[1],
    )
    draft = parse_text(action, name="made-up.txt")
    assert draft.record["deadline"] == "2031-09-09"
    assert draft.record.get("targets")
    assert not draft.marked(("status",))


def test_the_form_of_doubtful_demands_is_marked_with_them() -> None:
    text = """\
Urgent Action: Free the student (Example: UA 12.31)
Student Ivan Example was arrested on 3 May 2031 for a peaceful protest. Ivan Example is held.
Do this now:
- Go to the page below and share it with @friends
- Click here to tell us what you did
"""
    draft = parse_text(text, name="made-up.txt")
    assert draft.record["demand_form"] == "imperative"
    assert draft.marked(("demands", 0))
    assert draft.marked(("demand_form",))


def test_a_language_list_that_goes_on_in_unknown_words_is_marked() -> None:
    text = """\
Urgent Action: Free the student (Example: UA 12.31)
Student Ivan Example was arrested on 3 May 2031 for a peaceful protest. Ivan Example is held.
Please write immediately in English, Chinese or whatever language suits you best:
- Release Ivan Example immediately and unconditionally.
"""
    draft = parse_text(text, name="made-up.txt")
    assert draft.record["languages"] == ["en", "zh"]
    assert draft.marked(("languages",))
