"""Wrong values that carried no review mark (fourteenth session), each shape with made-up
texts: a UA number whose year runs into the date after it; a section's banner over an action
past its end date; a French "mise à jour" of prose; a letter campaign's petition page; an
addressee's block whose salutation ends at a slash, whose name opens with a style, whose
address opens with a person's name, or whose organisation reads like an office.

Every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

# -- 1. a UA number run into the date after it ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "ua", "issued"),
    [
        (
            "Amnistía Internacional\nÍndice AI: AMR 99/12/93/s\nAU 45/937 de mayo de 1993\n\n"
            "Temor por la seguridad\n\nLa periodista Rosa Ejemplo fue detenida el 2 de mayo.",
            "es",
            "AU 45/93",
            "1993-05-07",
        ),
        (
            "Amnesty International\nAI Index: AFR 99/03/95\nUA 212/9514 March 1995\n\n"
            "Fear of torture\n\nThe farmer Tomas Example was arrested on 10 March.",
            "en",
            "UA 212/95",
            "1995-03-14",
        ),
    ],
)
def test_a_number_run_into_the_date_is_read_apart(
    text: str, language: str, ua: str, issued: str
) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("ua") == ua
    assert str(draft.record.get("issued")) == issued


def test_a_year_of_four_digits_before_a_month_stays_the_number() -> None:
    # "UA 12/2010 April ...": the date's year is no year of the number run into a day
    draft = parse_text(
        "URGENT ACTION\nUA 12/2010 April 2012\n\nFear of torture\n\nThe farmer Tomas Example "
        "was arrested on 10 April.",
        language="en",
    )
    assert draft.record.get("ua") != "UA 12/20"


# -- 2. a banner over an action past its end date -------------------------------------------


def test_end_date_passed_banner_closes_the_action() -> None:
    draft = parse_text(
        "PRISONER ON HUNGER STRIKE\n\nUA: 77.23\nThe end date for this action has passed.\n\n"
        "Lina Example has refused food since 2 May 2023.\n\nTAKE ACTION:\n  1. This Urgent "
        "Action expires on June 30, 2023.\n  2. Write to the Governor.\n",
        language="en",
    )
    assert draft.record.get("status") == "closed"
    assert "end date for this action has passed" in str(draft.record.get("status_text"))


# -- 3. "mise à jour" as a noun of prose is no update --------------------------------------


def test_french_mise_a_jour_of_prose_is_no_update() -> None:
    draft = parse_text(
        "ACTION URGENTE\nUA 012/25 I Agir jusqu'au 3 juin 2025\n\nLe gouvernement a annoncé "
        "la mise à jour du registre des personnes détenues, qui efface des centaines de noms. "
        "Nous demandons la transparence.\n\nÉcrivez aux autorités.",
        language="fr",
    )
    assert draft.record.get("status") != "update"


@pytest.mark.parametrize(
    "line",
    [
        "Mise à jour : Paul Exemple a été libéré le 3 juin.",
        "Ceci est la seconde mise à jour de l'AU 99/25.",
    ],
)
def test_french_update_headings_still_read_as_update(line: str) -> None:
    draft = parse_text(
        f"ACTION URGENTE\nUA 099/25\n\n{line}\n\nPaul Exemple, un avocat, avait été arrêté le "
        "2 mai.\n\nÉcrivez aux autorités.",
        language="fr",
    )
    assert draft.record.get("status") == "update"


# -- 4. a letter campaign's petition page --------------------------------------------------


def test_letter_campaign_on_a_petition_page_marks_the_kind() -> None:
    text = (
        "Marathon des lettres : Libérez Paul Exemple\n\nPaul Exemple\n\nPaul Exemple défend "
        "les droits humains au Norlande. Il purge une peine de 12 ans de prison. Passez à "
        "l'action maintenant"
    )
    petition = parse_text(text, language="fr", url="https://example.org/agir/petitions/paul")
    assert petition.record.get("kind") == "letter_action"
    assert petition.marked(("kind",))
    letters = parse_text(text, language="fr", url="https://example.org/agir/lettres/paul")
    assert not letters.marked(("kind",))
    # a word that only holds the letters ("competition") names no petition
    contest = parse_text(text, language="fr", url="https://example.org/competition/paul")
    assert not contest.marked(("kind",))


# -- 5. an addressee's block -----------------------------------------------------------------

_BLOCK_HEAD = (
    "URGENT ACTION\nUA 55/11\n\nJournalist threatened\n\nThe journalist Karla Example was "
    "threatened on 2 May 2011.\n\nAppell an\n\n"
)


def test_a_salutation_wrapped_after_its_slash_is_read_in_both_languages() -> None:
    # (The unmarked branch marked the half before the slash; with the targets branch's
    # joining of a bracketed remark wrapped onto the next line, both halves are read whole.)
    draft = parse_text(
        "URGENT ACTION\nUA 55/11\n\nJournalist bedroht\n\nDie Journalistin Karla Beispiel "
        "wurde am 2. Mai 2011 bedroht.\n\nAppell an\n\nGENERALSTAATSANWALT\n"
        "Lic. Tomas Beispiel\nAv. Central 10\nCiudad Ejemplo\nNORLANDIA\n"
        "(korrekte Anrede: Dear Attorney General/\nSeñor Fiscal General)\nFax: (00 99) 55 1234 "
        "5678\n",
        language="de",
    )
    targets = draft.record.get("targets") or []
    assert targets, draft.record
    found = [n for n, t in enumerate(targets) if "Tomas Beispiel" in str(t.get("name"))]
    assert found, targets
    salutation = targets[found[0]].get("salutation")
    assert salutation == {"en": "Dear Attorney General", "es": "Señor Fiscal General"}


def test_a_name_opening_with_a_style_is_marked() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 55/11\n\nJournalist bedroht\n\nDie Journalistin Karla Beispiel "
        "wurde am 2. Mai 2011 bedroht.\n\nAppell an\n\nOBERSTER RICHTER\n"
        "Hon. Amal K. Beispiel\nChief Justice\nSupreme Court of Norlandia\nNorstadt 4\n"
        "NORLANDIA\n(korrekte Anrede: Dear Chief Justice)\nFax: (00 99) 11 234 5678\n",
        language="de",
    )
    targets = draft.record.get("targets") or []
    found = [n for n, t in enumerate(targets) if "Beispiel" in str(t.get("name"))]
    assert found, targets
    assert draft.marked(("targets", found[0], "name"))


def test_an_office_read_as_organisation_above_an_authority_is_marked() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 55/11\n\nJournalist bedroht\n\nDie Journalistin Karla Beispiel "
        "wurde am 2. Mai 2011 bedroht.\n\nAppell an\n\nPOLIZEICHEF\n"
        "Rono Beispielmann\nInspector General of Police\nNorlandia Police\nHeadquarters\n"
        "12 Harbour Road\nNorstadt 2\nNORLANDIA\n(korrekte Anrede: Dear Inspector General)\n"
        "Fax: (00 99) 11 234 5679\n",
        language="de",
    )
    targets = draft.record.get("targets") or []
    found = [n for n, t in enumerate(targets) if t.get("name") == "Rono Beispielmann"]
    assert found, targets
    block = targets[found[0]]
    if block.get("organisation") == "Inspector General of Police":
        assert draft.marked(("targets", found[0], "organisation"))
        assert draft.marked(("targets", found[0], "address_lines"))


def test_a_name_beside_an_address_opening_with_a_name_is_marked() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 55/11\n\nJournalist bedroht\n\nDie Journalistin Karla Beispiel "
        "wurde am 2. Mai 2011 bedroht.\n\nAppell an\n\nGENERALSTAATSANWÄLTIN "
        "NORLANDS\nMarita Beispiel Ramos\nProcuradora General de la República\n"
        "Av. Central 211\nCiudad Ejemplo\nNORLANDIA\n(korrekte Anrede: Dear Attorney General)\n"
        "Fax: (00 99) 55 1234 0908\n",
        language="de",
    )
    targets = draft.record.get("targets") or []
    assert targets, draft.record
    for number, block in enumerate(targets):
        lines = block.get("address_lines") or []
        if block.get("name") and lines and lines[0] == "Marita Beispiel Ramos":
            assert draft.marked(("targets", number, "name"))


def test_a_number_whose_year_is_no_year_is_marked() -> None:
    # the date's year is not the number's: nothing is split, and the number is unsure
    draft = parse_text(
        "URGENT ACTION\nUA 45/9310 May 1995\n\nFear of torture\n\nThe farmer Tomas Example was "
        "arrested on 10 May.",
        language="en",
    )
    assert draft.record.get("ua") == "UA 45/9310"
    assert draft.marked(("ua",))


@pytest.mark.parametrize(
    "heading",
    ["Ejemplo News | Six farmers detained in Norlandia", ": Norlandia Six farmers detained"],
)
def test_a_headline_with_a_bar_or_opening_punctuation_is_marked(heading: str) -> None:
    from ualetters.importer.checks import _title
    from ualetters.importer.draft import Draft

    draft = Draft(language="en", source="")
    draft.put(("title",), heading, rule="title.heading")
    assert not draft.marked(("title",))
    _title(draft)
    assert draft.marked(("title",))


def test_other_languages_to_write_in_mark_the_languages() -> None:
    draft = parse_text(
        "URGENT ACTION\nUA 12/24\n\nFarmers detained\n\nSix farmers were detained on 3 May 2024."
        "\n\nPlease write in English or Spanish.\n\nFor the second appeal, "
        "please write in Portuguese.\n",
        language="en",
    )
    assert draft.record.get("languages") == ["en", "es"]
    assert draft.marked(("languages",))
    single = parse_text(
        "URGENT ACTION\nUA 12/24\n\nFarmers detained\n\nSix farmers were detained on 3 May 2024."
        "\n\nPlease write in English or Spanish.\n",
        language="en",
    )
    assert not single.marked(("languages",))
