"""How each value of a draft was found, and how far that way can be trusted.

Every value the parser puts into a draft names the rule that found it (`Draft.put(...,
rule=...)`). A rule is *strong* when the text says the value in so many words, under a
label or in a fixed place of a UA's layout ("UA 17/08" in the header, "Fax: ..." in a
target's block), and *weak* when the value is read from prose, guessed from a layout, or
taken from somewhere else than where a UA gives it (the page's address, the model letter,
the English table for a text in another language). A weak rule's value always carries the
rule's task for the reviewer: a wrong value silently accepted is worse than a gap.

Strong rules can still be wrong on a layout never seen; `checks.py` looks at the values
together afterwards (a deadline before the UA's year, a target nobody can reach) and marks
what the evidence does not carry.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A way of finding a value, whether it can be trusted, and what to check when not."""

    name: str
    strong: bool
    task: str = ""


def _strong(name: str) -> Rule:
    return Rule(name, True)


def _weak(name: str, task: str) -> Rule:
    return Rule(name, False, task)


RULES: dict[str, Rule] = {
    rule.name: rule
    for rule in (
        # What the importer was told or found in every text.
        _strong("language.given"),
        _strong("language.markers"),
        _strong("language.address"),
        _weak(
            "language.mixed",
            "the text mixes languages: the UA's markers are in this one, most of its words in "
            "another; check it, and re-import with --lang if it is wrong",
        ),
        _weak(
            "language.words",
            "the text's language was told from its common words only (no marker of a UA in "
            "that language was found): check it, and re-import with --lang if it is wrong",
        ),
        # The header: number, index, dates.
        _strong("ua.printed"),
        _weak(
            "ua.address",
            "the UA number is printed nowhere in the text; it was read from the page's "
            "address: check it",
        ),
        _strong("ua.field"),
        _strong("index.printed"),
        _strong("update_no.ordinal"),
        _strong("issued.label"),
        _strong("issued.line"),
        _weak(
            "issued.line_alone",
            "this date stands alone near the top, with its weekday or away from the UA's "
            "number and heading, as pages date their posts (a blog's, a repost's): check it "
            "is the UA's",
        ),
        _weak(
            "issued.line_start",
            "the date that begins a line near the top was taken as the date of issue: check it",
        ),
        _weak(
            "issued.credit",
            "the date was read from a line that credits the text to Amnesty ('Amnesty "
            "International - 3 May 1996'), as a repost dates what it copied: check it is the UA's",
        ),
        _strong("issued.field"),
        _strong("issued.ua_line"),  # "UA 243/98 Fear of torture 11 September 1998"
        _weak(
            "issued.ua_line_inside",
            "the date was read from a line where the UA's number does not come first (after "
            "an index or a label, as the older header and some pages print it): check it is "
            "this UA's date of issue, not another UA's",
        ),
        _weak(
            "issued.month",
            "only a month is printed near the top; it was taken as the date of issue: check it",
        ),
        _strong("ua_issued.header"),
        _weak(
            "ua_issued.sentence",
            "the original UA's date was read from a sentence ('issued on ...'): check it",
        ),
        _strong("updates.follow_ups"),
        # Title and country.
        _strong("title.heading"),
        _weak(
            "title.line_rest",
            "the headline was taken from the words after 'Urgent Action' on the same line: "
            "check it",
        ),
        _weak(
            "title.repeated",
            "the headline was taken from a line near the top that the text prints again "
            "further down: check it",
        ),
        _weak(
            "title.first_line", "the headline was taken from the first line of the text; check it"
        ),
        _strong("country.header"),
        _strong("country.field"),
        _strong("country.address_and_text"),
        _strong("country.index"),
        _weak(
            "country.index_unsure",
            "the page names no country; this one is the Amnesty index's code for a territory "
            "whose country changed over the years: check it",
        ),
        _weak(
            "country.index_over_text",
            "no header names the country; this is the Amnesty index's, though the text "
            "names another country more: check it",
        ),
        _weak(
            "country.most_named",
            "no header names the country; this is the country the text names most: check it",
        ),
        # Languages to write in.
        _strong("languages.phrase"),
        _weak(
            "languages.other_language",
            "the languages were read from an English sentence of a text in another language: "
            "check them",
        ),
        # Deadline and status.
        _strong("deadline.marker"),
        _weak(
            "deadline.loose",
            "the deadline was read from a phrase that can also be about something else "
            "('until ...'): check it is the date to write by",
        ),
        _weak(
            "deadline.other_language",
            "the deadline was read from an English sentence of a text in another language "
            "(the table of the text's language has no phrase for it): check it is this "
            "action's",
        ),
        _strong("deadline.extended"),
        _strong("deadline.field"),
        _strong("status.marker"),
        _weak(
            "status.text",
            "a word of updates ('follow-up', 'update') stands in the text, not in its "
            "header: check that this is a further-information update",
        ),
        _weak(
            "status.address",
            "only the page's address says this is a further-information update: check it",
        ),
        _weak(
            "status.default",
            "no marker says whether this is a new action, an update or a closed one: check "
            "the status (an update or a closing needs an entry under 'updates')",
        ),
        _weak(
            "status.thanks",
            "the text thanks those who sent appeals and sets no date to write by: check that "
            "the action has ended",
        ),
        _weak(
            "status.victory",
            "the page is headed as an outcome ('Urgent Action Victory!') and says no more: "
            "check that the action has ended",
        ),
        _strong("status_text.line"),
        _strong("updates.extended"),
        _weak(
            "updates.notice",
            "read from a dated notice of the page ('12.11.2019: ...'): check its kind (a "
            "release, a death, a new deadline?) and its text",
        ),
        _weak(
            "title.breadcrumb",
            "the headline was read from the page's navigation path (often in another language "
            "than the text): check it",
        ),
        _weak(
            "updates.closed",
            "the action is closed; check the date and write why in 'text' (the letters quote it)",
        ),
        _strong("kind.marker"),
        # Targets and copies.
        _strong("targets.block"),
        _weak(
            "targets.sentence",
            "this target was read from a sentence; check title, name and channels",
        ),
        _weak(
            "targets.letter",
            "no list of targets was found; this office is the one the model letter addresses: "
            "check it and add how to reach it",
        ),
        _weak(
            "copies.block",
            "a copy of the letters: check who receives it, and for which senders ('*': all)",
        ),
        _weak("copies.sentence", "this copy was read from a sentence; check it"),
        _strong("copies.own_embassy"),
        # Demands.
        _strong("demands.bullets"),
        _weak(
            "demands.bullets_no_action",
            "no call to act ('Please write ...') was found before these bullets: check that "
            "they are the demands",
        ),
        _weak(
            "demands.bullets_after_targets",
            "these bullets stand after the targets, not in the call to act: check that they "
            "are the demands",
        ),
        _weak("demands.prose", "read from the sentences of the text; check each demand"),
        _weak(
            "demands.lines",
            "these lines follow the call to act without bullets: check that each is a demand, "
            "whole",
        ),
        _weak(
            "demands.run_in",
            "the demands ran together on the line of the call to write (their bullets lost): "
            "check where each one ends",
        ),
        _weak(
            "demands.letter",
            "taken from the model letter: check that these are the requests, whole",
        ),
        _strong("demand_form.bullets"),
        _weak(
            "demand_form.lines",
            "the demands were read from lines without bullets and taken to be instructions: check",
        ),
        _weak(
            "demand_form.inferred",
            "no list of demands was found, so the requests were taken to be only in the model "
            "letter (or in prose): check",
        ),
        # Persons and groups.
        _strong("persons.marker"),
        _strong("persons.field"),
        _weak(
            "persons.note",
            "the words after the person's (m)/(f) marker were taken as a note on the person: "
            "check it",
        ),
        _weak(
            "persons.prose",
            "found in the text by their names: check who the case is about, the spelling, "
            "the gender and the role",
        ),
        _weak(
            "persons.role",
            "the role was read from the sentence that names the person: check it",
        ),
        _weak(
            "persons.status",
            "read from a sentence of the text: check the person's new situation and its date",
        ),
        _weak("groups.prose", "read from the text: check who each group is and how many"),
    )
}


def rule(name: str) -> Rule:
    """Return the rule called `name`; a name no rule has is a programming error."""
    try:
        return RULES[name]
    except KeyError:
        raise KeyError(f"no importer rule is called {name!r}") from None
