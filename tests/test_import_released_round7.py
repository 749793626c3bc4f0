"""Families found when round 7's held-out texts were released (sixth session): each made up,
none copied from the corpus."""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text
from ualetters.importer.blocks import classify
from ualetters.importer.markers import TABLES

BODY = (
    "Ana Example was arrested on 3 May 2031 in Exampletown. Ana Example is held without "
    "charge.\n\nPlease write immediately in English or your own language:\n"
    "- Release Ana Example immediately.\n"
)


@pytest.mark.parametrize(
    ("heading", "language", "number"),
    [
        ("2nd UA 13/31", "en", 1),  # the second issue of the UA: its first update
        ("Cuarta AU: 13/31", "es", 3),
        ("Third update of UA 13/31", "en", 3),  # an update counted as such
    ],
)
def test_an_ordinal_before_the_ua_counts_its_issues(
    heading: str, language: str, number: int
) -> None:
    draft = parse_text(f"{heading}\n\n{BODY}", language=language, name="made-up.txt")
    assert draft.record.get("update_no") == number


def test_a_first_issue_is_no_update() -> None:
    draft = parse_text(f"Primera AU: 13/31\n\n{BODY}", language="es", name="made-up.txt")
    assert "update_no" not in draft.record


def test_an_embassy_filled_in_below_the_generic_sentence_after_an_empty_line() -> None:
    text = (
        f"UA 13/31\n\n{BODY}\nPLEASE SEND APPEALS BEFORE 8 MAY 2031 TO:\n\n"
        "President\nJohn Example\nPresidential Palace\nExampletown, Exampleland\n"
        "Salutation: Dear President\n\n"
        "Also send copies to diplomatic representatives accredited to your country.\n\n"
        "HIS EXCELLENCY MR JAN EXAMPLE Embassy of Exampleland 12 Example Street W1A 1AA "
        "Fax: 020 7000 0000 embassy@example.org\n\n"
        "Please check with your section before sending appeals after the above date.\n"
    )
    draft = parse_text(text, url="https://www.amnesty.org.uk/x", name="made-up.txt")
    copies = draft.record.get("copies", [])
    fors = [copy.get("for") for copy in copies]
    # the generic request still holds for senders elsewhere; the UK section's embassy too
    assert "own country's embassy" in fors
    filled = next(copy for copy in copies if copy.get("for") not in ("own country's embassy",))
    assert filled.get("organisation") == "Embassy of Exampleland"
    assert "embassy@example.org" in filled.get("emails", [])


def test_an_office_a_name_and_an_organisation_run_into_one_line() -> None:
    parts = classify("Secretary Jane Q. Example Department of Justice", TABLES["en"], "en")
    assert ("title", "Secretary") in parts
    assert ("name", "Jane Q. Example") in parts
    assert ("organisation", "Department of Justice") in parts
    assert ("todo", "run") in parts  # a cut the reviewer checks
    # one title stays one
    assert classify("Minister of Justice", TABLES["en"], "en") == [("title", "Minister of Justice")]


@pytest.mark.parametrize(
    ("line", "language", "office"),
    [
        (
            "Al fiscal federal a cargo de la Fiscalía Nacional en lo Criminal Nº 9",
            "es",
            "fiscal federal a cargo de la Fiscalía Nacional en lo Criminal Nº 9",
        ),
        ("To the Minister of the Interior", "en", "Minister of the Interior"),
    ],
)
def test_an_office_the_letter_is_addressed_to(line: str, language: str, office: str) -> None:
    assert classify(line, TABLES[language], language) == [("title", office)]
    # "Al parecer": no office follows, the line is not taken for one
    assert classify("Al parecer no hay noticias de ella", TABLES["es"], "es")[0][0] != "title"


def test_a_role_said_where_the_name_is_not_yet_proven_is_the_persons() -> None:
    text = (
        "UA 13/31\n\nAli Example, a Exampleland banker, was taken from his office on 3 May "
        "2031. Ali Example was held incommunicado.\n\nPlease write immediately:\n"
        "- Release Ali Example.\n"
    )
    persons = parse_text(text, language="en", name="made-up.txt").record["persons"]
    assert persons[0]["name"] == "Ali Example"
    assert persons[0].get("role") == "Exampleland banker"


def test_a_deadline_in_capitals_run_between_the_header_and_the_case_text() -> None:
    # a page that ran the further-information header, the deadline and the case text into one
    # line: the persons of the case text are still read, and the deadline too
    text = (
        "Exampleland. Des manifestants vont être jugés.\n\n"
        "Informations complémentaires sur l’AU 13/31, MDE 00/001/2031, 20 mars 2031 ENVOYEZ "
        "VOS APPELS AVANT LE 1er MAI 2031 Les prisonniers d’opinion Ali Exemple et Omar "
        "Exemple vont être jugés le 23 mars 2031 pour avoir manifesté. Ils encourent cinq ans "
        "de prison.\n"
    )
    draft = parse_text(text, language="fr", name="made-up.txt")
    names = {person["name"] for person in draft.record.get("persons", [])}
    assert names == {"Ali Exemple", "Omar Exemple"}
    assert str(draft.record.get("deadline")) == "2031-05-01"
    # a deadline said inside a sentence is left in it
    sentence = (
        "Ali Exemple was arrested on 3 May 2031. Please send appeals before 1 June 2031 to the "
        "President, and copy your letters to the embassy of Exampleland in your country.\n"
    )
    assert parse_text(sentence, language="en", name="made-up.txt").record["persons"]


@pytest.mark.parametrize(
    ("sentence", "language", "title"),
    [
        (
            "Envoyez-le par email au Président Jean Exemple : president@example.org.",
            "fr",
            "Président",
        ),
        ("Send it by email to the Minister of Justice: minister@example.org.", "en", None),
        ("Schicken Sie die E-Mail an Präsident Hans Beispiel: praesident@example.org.", "de", None),
    ],
)
def test_an_addressee_named_in_a_sentence_with_its_email(
    sentence: str, language: str, title: str | None
) -> None:
    text = f"{BODY}\n{sentence}\n"
    draft = parse_text(text, language=language, name="made-up.txt")
    targets = draft.record.get("targets", [])
    email = sentence.rsplit(" ", 1)[-1].rstrip(".")
    target = next(t for t in targets if email in t.get("emails", []))
    if title:
        assert target.get("title") == title
    assert draft.marked(("targets", targets.index(target)))


def test_a_copy_named_in_a_sentence_with_its_email() -> None:
    text = (
        f"{BODY}\nEnvoyez-le par email au Président Jean Exemple : president@example.org.\n\n"
        "Vous pouvez aussi envoyer votre message en copie à l’ambassade d’Exempleland à "
        "Bruxelles : ambassade@example.org\n"
    )
    draft = parse_text(text, language="fr", name="made-up.txt")
    copies = draft.record.get("copies", [])
    copy = next(c for c in copies if "ambassade@example.org" in c.get("emails", []))
    assert copy["organisation"] == "ambassade d’Exempleland à Bruxelles"
    assert all("ambassade@example.org" not in t.get("emails", []) for t in draft.record["targets"])


@pytest.mark.parametrize(
    ("said", "language", "codes", "own"),
    [
        (
            "FAITES-LES PARVENIR AUX DESTINATAIRES, en arabe, en anglais ou dans votre propre "
            "langue : appelez les autorités à libérer Ali Exemple.",
            "fr",
            ["ar", "en"],
            True,
        ),
        (
            "Please write imm ediately in English , Arabic or your own language: Release Ali "
            "Example.",
            "en",
            ["en", "ar"],
            True,
        ),
        (
            "Lettres en arabe, anglais ou français, adressées au roi.",
            "fr",
            ["ar", "en", "fr"],
            None,
        ),
    ],
)
def test_a_list_of_languages_with_no_known_phrase_before_it(
    said: str, language: str, codes: list[str], own: bool | None
) -> None:
    draft = parse_text(f"UA 13/31\n\n{said}\n", language=language, name="made-up.txt")
    assert draft.record.get("languages") == codes
    assert draft.record.get("own_language_allowed") == own
    assert draft.marked(("languages",))
    # languages a person speaks are no list to write in
    spoken = parse_text("UA 13/31\n\nHe speaks English and Arabic.\n", language="en", name="x")
    assert "languages" not in spoken.record


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Kingdom of Eswatini", "SZ"),
        ("United States of America", "US"),
        ("République islamique d’Iran", "IR"),
        ("República Bolivariana de Venezuela", "VE"),
        ("Königreich Saudi-Arabien", "SA"),
        # the tail of China's official name is no country of its own
        ("Republic of China", None),
        ("Republic Street", None),
    ],
)
def test_a_country_by_its_official_long_form(name: str, code: str | None) -> None:
    from ualetters.importer.text import country_code

    assert (
        next((c for lang in ("en", "fr", "de", "es") if (c := country_code(name, lang))), None)
        == code
    )
