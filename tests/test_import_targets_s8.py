"""Addressees the importer never found as items, each family on made-up pages (eighth session).

Every name, office holder and fact here is invented. Each family is a layout of the target
list or copies seen on development pages and read in general, in all four languages: the
office named inside the request itself, with no list of targets ("fordert den X auf",
"pétition au ministre de la Justice", "pidiendo al presidente de X que"), ...
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text

# A case's story, shared with the target families' tests.
from .test_import_target_families import STORY


def targets(text: str) -> list[dict[str, Any]]:
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    return list(draft.record.get("targets") or [])


def marked(text: str) -> bool:
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    return any(path[:1] == ("targets",) for path in draft.todos)


# -- 1. The office named inside the request, no list of targets ----------------------------


@pytest.mark.parametrize(
    ("language", "asked", "expected"),
    [
        (
            "de",
            "Beteiligt euch und fordert den kenianischen Generalstaatsanwalt und den "
            "kenianischen Innenminister auf, alle Anklagen fallen zu lassen.",
            [{"title": "Generalstaatsanwalt"}, {"title": "Innenminister"}],
        ),
        (
            "de",
            "Bitte schreiben Sie einen höflichen Brief auf Englisch, Suaheli oder Deutsch an den\n"
            "Justizminister und bitten Sie ihn, Amina Example freizulassen.",
            [{"title": "Justizminister"}],
        ),
        (
            "fr",
            "Signez notre pétition à la ministre de l'Intérieur du Kenya",
            [{"title": "ministre de l'Intérieur du Kenya", "country": "KE"}],
        ),
        (
            "fr",
            "Merci de bien vouloir écrire une lettre polie en anglais ou en français au "
            "président Daniel Exemplaire :",
            [{"title": "président", "name": "Daniel Exemplaire"}],
        ),
        (
            "fr",
            "Pétition à l'attention du Roi et Premier ministre du Maroc, Hassan bin Abdel "
            "Al Exemple",
            [{"title": "Roi et Premier ministre du Maroc", "name": "Hassan bin Abdel Al Exemple"}],
        ),
        (
            "es",
            "Escriban inmediatamente:\n- pidiendo al fiscal general de Guatemala que libere a "
            "Amina Example;",
            [{"title": "fiscal general de Guatemala", "country": "GT"}],
        ),
        (
            "en",
            "Please join us in calling on the Minister of Interior of Kenya to release her.",
            [{"title": "Minister of Interior of Kenya", "country": "KE"}],
        ),
    ],
)
def test_an_office_named_inside_the_request_is_the_target(
    language: str, asked: str, expected: list[dict[str, str]]
) -> None:
    text = STORY[language] + asked + "\n"
    found = targets(text)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        for key, value in want.items():
            assert str(got.get(key, "")).lower() == value.lower(), (key, got)
    assert marked(text)


def test_the_holder_named_elsewhere_in_the_text_is_taken_marked() -> None:
    text = (
        STORY["es"] + "La presidenta Rosa Ejemplo anunció una reforma.\n\n"
        "Firmen la petición a la presidenta de Honduras para que libere a Amina Example.\n"
    )
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    found = draft.record.get("targets") or []
    assert found and found[0].get("name") == "Rosa Ejemplo"
    assert ("targets", 0, "name") in draft.todos


@pytest.mark.parametrize(
    "text",
    [
        # a background sentence: an open letter someone else wrote
        STORY["en"] + "In an open letter to the President, her husband asked for news.\n",
        # an article before no office ("à la première audience")
        STORY["fr"] + "Écrivez-nous : elle a été présentée à la première audience.\n",
    ],
)
def test_no_office_no_request_no_target(text: str) -> None:
    assert targets(text) == []


# -- 2. A target's phone line giving alternatives ------------------------------------------


@pytest.mark.parametrize(
    ("language", "block", "numbers"),
    [
        (
            "en",
            "Write to:\nMinister of the Interior\nJohn Example\n12 State Road, Nairobi, Kenya\n"
            "Phone: +254 20 555 0100 | 0199\nEmail: minister@example.go.ke\n",
            ["+254 20 555 0100", "0199"],
        ),
        (
            "fr",
            "Écrivez à :\nMinistre de l'Intérieur\nJean Exemple\nBP 12, Dakar, Sénégal\n"
            "Téléphone : +221 33 555 01 00 ou +221 33 555 01 99\n",
            ["+221 33 555 01 00", "+221 33 555 01 99"],
        ),
        (
            "es",
            "Escriban a:\nFiscal General\nJuan Ejemplo\nAv. Central 12, Ciudad de Guatemala, "
            "Guatemala\nTeléfono: +502 2555 0100 / +502 2555 0199\n",
            ["+502 2555 0100", "+502 2555 0199"],
        ),
    ],
)
def test_alternative_phone_numbers_are_each_a_phone(
    language: str, block: str, numbers: list[str]
) -> None:
    found = targets(STORY[language] + block)
    assert found
    assert [phone["number"] for phone in found[0].get("phones", [])] == numbers


# -- 3. An institution's long name is its organisation, not a note -------------------------


@pytest.mark.parametrize(
    ("language", "block", "organisation"),
    [
        (
            "en",
            "Write to:\nAmbassador Tun Example\nEmbassy of the Republic of the Union of Example\n"
            "2300 Q St. NW, Washington DC 20008\nFax: 202 555 0101\n",
            "Embassy of the Republic of the Union of Example",
        ),
        (
            "fr",
            "Écrivez à :\nMinistre de la Justice\nJean Exemple\nMinistère de la Justice et "
            "des Droits de l'Homme de la République\nBP 12, Dakar, Sénégal\n"
            "Fax : +221 33 555 01 00\n",
            "Ministère de la Justice et des Droits de l'Homme de la République",
        ),
    ],
)
def test_a_long_institution_name_is_the_organisation(
    language: str, block: str, organisation: str
) -> None:
    found = targets(STORY[language] + block)
    assert found
    assert found[0].get("organisation") == organisation
    assert found[0].get("note") != organisation


# -- 4. A roll of the officials' social-media accounts below the blocks --------------------


SOCIAL_ROLL = {
    "en": (
        "Write to:\nPresident of Kenya\nJohn Sample Example\nState House, Nairobi, Kenya\n"
        "Email: president@example.go.ke\n"
        "The authorities can also be reached on social media.\n"
        "President – John Example\n- Twitter @ExamplePresident\n- Facebook – Kenya Presidency\n"
        "Minister of Interior- Mrs Grace Sample\n- Twitter @GraceSampleKE\n"
        "Background of the case\n"
    ),
    "fr": (
        "Écrivez à :\nPrésident du Kenya\nJean Exemple\nState House, Nairobi, Kenya\n"
        "Courriel : president@example.go.ke\n"
        "Vous pouvez aussi les interpeller sur les réseaux sociaux :\n"
        "Jean Exemple – Président\n• Twitter : @PresidentExemple\n"
        "Ministre de l'Intérieur – Mme Grâce Modèle\n• Twitter : @GraceModele\n"
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_social_media_roll_gives_accounts_and_officials(language: str) -> None:
    text = STORY[language] + SOCIAL_ROLL[language]
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    found = draft.record.get("targets") or []
    assert len(found) == 2, found
    first, second = found
    handles = [account["handle"] for account in first.get("social", [])]
    assert handles[0] in ("@ExamplePresident", "@PresidentExemple")
    assert second["name"] in ("Grace Sample", "Grâce Modèle")
    assert second["social"][0]["handle"] in ("@GraceSampleKE", "@GraceModele")
    assert ("targets", 1) in draft.todos
    assert not draft.record.get("copies")


# -- 5. A sentence inside a block does not cut off the block's salutation ------------------


def test_a_copy_sentence_inside_a_block_keeps_its_salutation_and_reads_the_copy() -> None:
    text = STORY["en"] + (
        "Write to:\nHis Excellency Prime Minister\nJohn Example\nP.O. Box 12, Nairobi, Kenya\n"
        "Email: pm@example.go.ke\n"
        "Please remember to send copies to the Prime Minister's chief of staff: "
        "staff@example.go.ke\nSalutation: Your Excellency,\n"
    )
    draft = parse_text(text, url="https://www.amnesty.ca/ua", name="made-up")
    found = draft.record.get("targets") or []
    assert len(found) == 1 and found[0].get("salutation") == "Your Excellency"
    copies = draft.record.get("copies") or []
    assert [(c.get("for"), c.get("emails")) for c in copies] == [("*", ["staff@example.go.ke"])]
    assert "send" not in str(copies[0].get("organisation", ""))


# -- 6. The case country's embassy a section lists, seated in another country --------------


def test_an_embassy_a_section_lists_abroad_is_for_its_senders() -> None:
    text = (
        STORY["en"]
        + KENYA_BLOCK
        + (
            "And copy:\nEmbassy of the Republic of Kenya\n2249 R Street NW\nWashington, DC 20008\n"
            "United States of America\nEmail: info@example-embassy.org\n"
        )
    )
    draft = parse_text(text, url="https://www.amnesty.ca/urgent-actions/x", name="made-up")
    copies = draft.record.get("copies") or []
    assert [c.get("for") for c in copies] == ["CA"]
    assert ("copies", 0, "for") in draft.todos


KENYA_BLOCK = (
    "Write to:\nPresident of Kenya\nJohn Example\nState House, Nairobi, Kenya\n"
    "Email: president@example.go.ke\n\n"
)


# -- 7. A block's stray lines: a web page under the email label, a lone ".", a heading -----


def test_a_web_address_under_the_email_label_is_a_contact_form() -> None:
    text = STORY["en"] + (
        "SEND APPEALS BEFORE 3 JUNE 2031 TO:\n\nState Attorney General\nMary Q. Example Jr\n.\n"
        "Office of the State Attorney General\n1 Capitol Square\nSpringfield, IL 62701, USA\n"
        "Fax: 1 217 555 0100\nEmail: https://www.example-ag.gov/contact-us/\n"
        "Salutation: Dear Attorney General\n"
    )
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    found = draft.record.get("targets") or []
    assert found
    assert [form["url"].rstrip("/") for form in found[0].get("web_forms", [])] == [
        "https://www.example-ag.gov/contact-us"
    ]
    assert found[0].get("organisation") != "."
    assert ("targets", 0, "web_forms") in draft.todos


@pytest.mark.parametrize(
    ("language", "page"),
    [
        (
            "en",
            "take action:\n\nWrite a letter to the official listed.\n\ncontact information:\n\n"
            "John Example\n\nPresident of Kenya\n\nState House Road 1, Nairobi, Kenya\n\n"
            "Email: president@example.go.ke\n\nsample letter:\n\nDear President,\n\n"
            "I am writing to ask you to release Amina Example.\n",
        ),
        (
            "fr",
            "Agissez :\n\nÉcrivez au responsable indiqué.\n\ncoordonnées :\n\nJean Exemple\n\n"
            "Président du Kenya\n\nState House Road 1, Nairobi, Kenya\n\n"
            "Courriel : president@example.go.ke\n\nmodèle de lettre :\n\nMonsieur le Président,"
            "\n\nJe vous écris pour vous demander de libérer Amina Example.\n",
        ),
    ],
)
def test_lower_case_headings_are_no_fields(language: str, page: str) -> None:
    found = targets(STORY[language] + page)
    assert found
    first = found[0]
    assert "information" not in str(first.get("organisation", ""))
    assert "coordonnées" not in str(first.get("organisation", ""))
    assert "letter" not in str(first.get("salutation", ""))
    assert "lettre" not in str(first.get("salutation", ""))


# -- 8. A holder's long name heading the block, before the office that serves them ---------


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "Write to:"),
        ("fr", "Écrivez à :"),
    ],
)
def test_a_long_name_heading_the_block_is_the_name(language: str, heading: str) -> None:
    text = STORY[language] + (
        f"{heading}\nSheikh Khalid bin ‘Omar Al Example\nOffice of His Highness the Emir\n"
        "P.O. Box 12\nExample Palace\nFax: 00 974 555 0100\n"
    )
    found = targets(text)
    assert found
    assert found[0].get("name") == "Sheikh Khalid bin ‘Omar Al Example"
    assert found[0].get("organisation") == "Office of His Highness the Emir"
