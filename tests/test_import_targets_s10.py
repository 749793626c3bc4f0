"""Targets and copies the importer missed or misread on unseen pages (tenth session), each
family with made-up texts.

Every name, address and number here is invented. The families: a salutation given in two
languages with a slash, where one half is in words no table holds ("Your Majesty /
Majestät", "Attorney General/Señor Fiscal General"), and a model letter's salutation to a
prince or king ("Monseigneur"); and the shapes of a block read unsurely, marked whatever
layout gave them (an address line that is a web address or the section's own, a field with two
numbers, a name made of a page's headings, a salutation with a label or number run into it, a
note that is a paragraph's tail or another channel, a second recipient's honorific inside an
address line), while a clean block keeps no mark.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text
from ualetters.importer.checks import self_check
from ualetters.importer.draft import Draft
from ualetters.importer.markers import TABLES


def targets(text: str) -> list[dict[str, Any]]:
    return list(parse_text(text).record.get("targets") or [])


# -- 1. A salutation in two languages, one half in no table's words ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi-Arabien: Blogger ausgepeitscht\n\n"
            "Der Blogger Karim Haddad wurde am 3. Mai zu 200 Stockschlägen verurteilt.\n\n"
            "Schreiben Sie bitte an:\n"
            "KÖNIG\n"
            "King Faisal bin Omar Al Hamad\n"
            "Royal Court, Riyadh, SAUDI-ARABIEN\n"
            "(Anrede: Your Majesty / Majestät)\n"
            "Fax: (00 966) 11 400 1234\n",
            {"en": "Your Majesty", "de": "Majestät"},
        ),
        (
            "Ecuador: Aktivist bedroht\n\n"
            "The activist Tomás Arregui was threatened on 4 June in Quito.\n\n"
            "Please write to:\n"
            "Attorney General\n"
            "Miguel Ortega Paz\n"
            "Avenida Patria 120, Quito, Ecuador\n"
            "Email: fiscal@fiscalia.example.ec\n"
            "Salutation: Attorney General/Señor Fiscal General\n",
            {"en": "Attorney General", "es": "Señor Fiscal General"},
        ),
        (
            "Honduras: protesters detained\n\n"
            "The protesters Ana Lagos and Rui Mejía were arrested on 4 June in Tegucigalpa.\n\n"
            "Please write to:\n"
            "Minister of Security\n"
            "Ramón Castillo Vega\n"
            "Colonia Palmira 44, Tegucigalpa, Honduras\n"
            "Email: ministro@seguridad.example.hn\n"
            "Salutation: Dear Minister/Sr. Ministro\n",
            {"en": "Dear Minister", "es": "Sr. Ministro"},
        ),
    ],
)
def test_a_salutation_in_two_languages_is_split_by_language(
    text: str, expected: dict[str, str]
) -> None:
    found = targets(text)
    assert found and found[0].get("salutation") == expected


@pytest.mark.parametrize(
    ("salutation", "expected"),
    [
        ("Dear Sir/Madam", "Dear Sir/Madam"),  # one language, two forms
        ("Señor/Señora Ministro", "Señor/Señora Ministro"),
    ],
)
def test_a_salutation_with_a_slash_in_one_language_stays_whole(
    salutation: str, expected: str
) -> None:
    text = (
        "Colombia: activist threatened\n\n"
        "The activist Tomás Arregui was threatened on 4 June in Bogotá.\n\n"
        "Please write to:\n"
        "Attorney General\n"
        "Miguel Ortega Paz\n"
        "Carrera 7 No. 12-45, Bogotá, Colombia\n"
        "Email: fiscal@fiscalia.example.co\n"
        f"Salutation: {salutation}\n"
    )
    found = targets(text)
    assert found and found[0].get("salutation") == expected


def test_a_model_letter_to_a_prince_gives_its_salutation() -> None:
    text = (
        "Arabie saoudite : un avocat condamné\n\n"
        "Le 3 mai 2021, l'avocat Karim Haddad a été condamné à 12 ans de prison.\n\n"
        "Veuillez écrire une lettre courtoise en arabe ou en français au roi Faisal bin Omar "
        "Al Hamad :\n\n"
        "PROPOSITION DE LETTRE\n\n"
        "Monseigneur\n\n"
        "Le 3 mai 2021, l'avocat Karim Haddad a été condamné à 12 ans de prison.\n"
    )
    found = targets(text)
    assert found and found[0].get("salutation") == "Monseigneur"


# -- 2. The shapes of a block read unsurely carry a mark; a clean block none ------------------

_CLEAN = {
    "title": "Minister of the Interior",
    "name": "Carlos Medina Ruiz",
    "address_lines": ["Plaza 30 de Agosto 150, San Isidro", "Lima 27, Peru"],
    "country": "PE",
    "emails": ["ministro@mininter.example.pe"],
    "fax": "+51 1 426 7012",
    "salutation": "Dear Minister",
    "note": "Due to postal restrictions, please only send email to the Ministry",
}


def _checked(language: str, block: dict[str, Any]) -> Draft:
    draft = Draft(language=language, source="made-up.txt")
    for key, value in block.items():
        draft.put(("targets", 0, key), value, rule="targets.block")
    self_check(draft, "", TABLES[language], None)
    return draft


def test_a_clean_block_keeps_no_mark() -> None:
    draft = _checked("en", _CLEAN)
    assert not [path for path in draft.todos if path[:1] == ("targets",)]


@pytest.mark.parametrize(
    ("changed", "marked"),
    [
        # the page's own lines run on below the address
        (
            {
                "address_lines": [
                    "P.O. Box 12428",
                    "Austin, TX 78711",
                    "From Amnesty International USA",
                ]
            },
            "address_lines",
        ),
        (
            {"address_lines": ["P.O. Box 12428", "Austin, TX 78711", "http://www.example.org/act"]},
            "address_lines",
        ),
        # two numbers under one label ("Tel/Fax: 1 / 2"), or one run on into the next
        ({"fax": "+375 17 226 0610 / +375 17 222 3872"}, "fax"),
        ({"fax": "+52 5 515 1794 or 542 1648"}, "fax"),
        ({"phones": [{"number": "+375 17 226 0610 +375 17 222 3872"}]}, "phones.0"),
        # a heading read as the name
        ({"name": "URGENT ACTION APPEAL"}, "name"),
        ({"name": "Musterbrief"}, "name"),
        # a salutation with the next label or a number run into it
        ({"salutation": "Dear Minister Fax: +51 1 426 7012"}, "salutation"),
        ({"salutation": "Dear Minister Twitter: @MinInterPeru"}, "salutation"),
        # a note that is the tail of a paragraph, a paragraph, or another channel
        ({"note": "trying to persuade and the people we are trying to help."}, "note"),
        (
            {
                "note": "Please write on behalf of these persons even though you may not have "
                "received the original appeal when it was issued on 28 April, and thank you "
                "for all you do."
            },
            "note",
        ),
        ({"note": "Fax: +51 1 427 0010"}, "note"),
        ({"note": "Fax: +51 1 427 0010"}, "fax"),
        # a second recipient's honorific inside an address line: the channels below it may
        # be the second one's, so the whole block is marked
        (
            {
                "address_lines": [
                    "c/o Embassy of Iran to the European Union",
                    "Avenue Franklin Roosevelt No. 15, 1050 Brussels,",
                    "Belgium H.E. Ali Reza Hosseini Permanent Mission of Iran to the UN",
                    "622 Third Avenue, New York, NY 10017",
                ]
            },
            "fax",
        ),
    ],
)
def test_a_value_read_unsurely_is_marked(changed: dict[str, Any], marked: str) -> None:
    draft = _checked("en", {**_CLEAN, **changed})
    path = tuple(int(part) if part.isdigit() else part for part in marked.split("."))
    assert draft.marked(("targets", 0, *path))


@pytest.mark.parametrize(
    "changed",
    [
        # a street named after a doctor, with its house number, is no second recipient
        {"address_lines": ["Dr. Velasco, Número 175", "06720, Ciudad de México", "México"]},
        # a fax with its trunk prefix in brackets, a phone with an extension
        {"fax": "(00 966) 11 403 3125"},
        {"phones": [{"number": "+32 2 762 3745 ext 2", "note": "office hours only"}]},
        # a city and its country as the only address line
        {"address_lines": ["Phnom Penh, Cambodia"]},
        # a bilingual salutation, a short remark on the fax
        {"salutation": {"en": "Your Majesty", "de": "Majestät"}},
        {"note": "Fax: (via Ministry of Interior)"},
    ],
)
def test_a_clean_value_of_an_unusual_shape_is_not_marked(changed: dict[str, Any]) -> None:
    draft = _checked("en", {**_CLEAN, **changed})
    assert not [path for path in draft.todos if path[:1] == ("targets",)]


def test_two_numbers_under_one_label_are_marked_in_a_page() -> None:
    text = (
        "Belarus: activist faces execution\n\n"
        "Activist Ivan Petrov was sentenced to death on 3 May in Minsk.\n\n"
        "Please write immediately calling for his death sentence to be commuted.\n\n"
        "Write to:\n"
        "President of Belarus\n"
        "Alyaksandr Kovalenko\n"
        "Vul. Karla Marksa, 38\n"
        "220016 Minsk, Belarus\n"
        "Tel/Fax: +375 17 226 0610 / +375 17 222 3872\n"
        "Email: contact@president.example.by\n"
        "Salutation: Dear President\n"
    )
    draft = parse_text(text)
    assert draft.record["targets"][0]["fax"].startswith("+375 17 226 0610")
    assert draft.marked(("targets", 0, "fax"))


# -- 3. Addressees after a model letter that ends in its signature's placeholder; a salutation
# printed above each addressee ----------------------------------------------------------------

_ABOVE = (
    "Cambodia: journalist detained\n\n"
    "Journalist Sok Vanna, aged 64, was arrested at his home in Phnom Penh on 3 July.\n\n"
    "Object: journalist detained\n\n"
    "Your Excellency,\n\n"
    "I am writing to you as a supporter of Amnesty International.\n"
    "I urge you to release Sok Vanna immediately and unconditionally.\n"
    "Thank you for your attention.\n"
    "{signature}\n\n\n\n"
    "Salutation: Your Excellency\n"
    "Prime Minister\n"
    "Chea Sambath\n"
    "Office of the Prime Minister\n"
    "Phnom Penh, Cambodia\n"
    "Fax: + 855 23 360 111\n\n"
    "Salutation: Dear Minister\n"
    "Minister of Justice\n"
    "Keo Ratha\n"
    "Ministry of Justice\n"
    "Phnom Penh, Cambodia\n"
    "Fax: + 855 23 364 222\n\n"
    "And copies to:\n\n"
    "Salutation: Your Excellency\n"
    "Foreign Minister\n"
    "Lim Sothea\n"
    "Ministry of Foreign Affairs\n"
    "Phnom Penh, Cambodia\n"
    "Fax: + 855 23 216 333\n"
)


@pytest.mark.parametrize("signature", ["(your name)", "[Your name]"])
def test_addressees_after_a_letter_signed_with_a_placeholder_are_found(signature: str) -> None:
    record = parse_text(_ABOVE.format(signature=signature)).record
    found = record.get("targets") or []
    assert [t.get("name") for t in found] == ["Chea Sambath", "Keo Ratha"]
    assert [c.get("name") for c in record.get("copies") or []] == ["Lim Sothea"]


def test_a_salutation_printed_above_each_addressee_is_that_addressees() -> None:
    record = parse_text(_ABOVE.format(signature="(your name)")).record
    found = record.get("targets") or []
    assert [t.get("salutation") for t in found] == ["Your Excellency", "Dear Minister"]
    assert [c.get("salutation") for c in record.get("copies") or []] == ["Your Excellency"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Kambodscha: Journalist in Haft\n\n"
            "Der Journalist Sok Vanna wurde am 3. Juli in Phnom Penh festgenommen.\n\n"
            "Exzellenz,\n\n"
            "ich fordere Sie auf, Sok Vanna umgehend freizulassen.\n"
            "Vielen Dank für Ihre Aufmerksamkeit.\n"
            "(Ihr Name)\n\n\n"
            "Premierminister\n"
            "Chea Sambath\n"
            "Office of the Prime Minister\n"
            "Phnom Penh, KAMBODSCHA\n"
            "Fax: + 855 23 360 111\n",
        ),
        (
            "es",
            "Camboya: periodista detenido\n\n"
            "El periodista Sok Vanna fue detenido el 3 de julio en Phnom Penh.\n\n"
            "Excelentísimo Señor:\n\n"
            "Le pido que ponga en libertad a Sok Vanna de inmediato.\n"
            "Gracias por su atención.\n"
            "(su nombre)\n\n\n"
            "Primer Ministro\n"
            "Chea Sambath\n"
            "Oficina del Primer Ministro\n"
            "Phnom Penh, Camboya\n"
            "Fax: + 855 23 360 111\n",
        ),
    ],
)
def test_a_signature_placeholder_ends_the_letter_in_other_languages(
    language: str, text: str
) -> None:
    found = parse_text(text).record.get("targets") or []
    assert [t.get("name") for t in found] == ["Chea Sambath"]


# -- 4. An office of two words whose first is no office alone, named in the request -----------


@pytest.mark.parametrize(
    ("language", "text", "title", "name"),
    [
        (
            "en",
            "Iran: lawyer sentenced to flogging\n\n"
            "Lawyer Mina Rostami was sentenced on 3 May to ten years in prison.\n\n"
            "Sign our petition calling on the Supreme Leader of Iran, Ali Khamenei, to release "
            "Mina Rostami immediately.\n",
            "Supreme Leader of Iran",
            "Ali Khamenei",
        ),
        (
            "fr",
            "Iran : une avocate condamnée\n\n"
            "L'avocate Mina Rostami a été condamnée le 3 mai à dix ans de prison pour avoir "
            "défendu les droits des femmes.\n\n"
            "Signez notre pétition pour appeler le guide suprême d'Iran, Ali Khamenei, à "
            "libérer immédiatement Mina Rostami.\n",
            "guide suprême d'Iran",
            "Ali Khamenei",
        ),
        (
            "es",
            "Irán: abogada condenada a prisión\n\n"
            "La abogada Mina Rostami fue condenada el 3 de mayo a diez años de prisión por "
            "defender a las mujeres.\n\n"
            "Firma nuestra petición para pedir al Líder Supremo de Irán, Ali Jamenei, que "
            "libere a Mina Rostami.\n",
            "Líder Supremo de Irán",
            "Ali Jamenei",
        ),
    ],
)
def test_a_two_word_office_named_in_the_request_is_the_target(
    language: str, text: str, title: str, name: str
) -> None:
    draft = parse_text(text, language=language)
    found = draft.record.get("targets") or []
    assert found and found[0].get("title") == title and found[0].get("name") == name
    assert draft.marked(("targets", 0))


# -- 5. The account a suggested tweet asks to act, where nothing else names whom to write to --


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Togo: opposition members detained\n\n"
            "Opposition members Kossi Agbeko and Ama Dzifa were arrested on 27 November in "
            "Lomé.\n\n"
            "Suggested tweet:\n"
            "Kossi Agbeko and Ama Dzifa are unjustly detained in Togo. Call on @PresidentTG "
            "to release them now. #Togo\n",
        ),
        (
            "fr",
            "Togo : des opposants détenus\n\n"
            "Les opposants Kossi Agbeko et Ama Dzifa ont été arrêtés le 27 novembre à Lomé.\n\n"
            "Tweet suggéré :\n"
            "Kossi Agbeko et Ama Dzifa sont détenus injustement au Togo. Demandez à "
            "@PresidentTG de les libérer. #Togo\n",
        ),
    ],
)
def test_the_account_a_suggested_tweet_calls_on_is_a_marked_target(
    language: str, text: str
) -> None:
    draft = parse_text(text, language=language)
    found = draft.record.get("targets") or []
    assert [t.get("social") for t in found] == [[{"platform": "twitter", "handle": "@PresidentTG"}]]
    assert "country" not in found[0]
    assert draft.marked(("targets", 0))


def test_a_tweet_beside_a_list_of_targets_adds_no_target() -> None:
    text = (
        "Togo: opposition members detained\n\n"
        "Opposition members Kossi Agbeko and Ama Dzifa were arrested on 27 November.\n\n"
        "Please write to:\n"
        "President of the Republic\n"
        "Faure Mensah\n"
        "Palais de la Présidence, Avenue de la Marina, Lomé, Togo\n"
        "Email: contact@presidence.example.tg\n"
        "Salutation: Your Excellency\n\n"
        "Suggested tweet: Call on @PresidentTG to release them now.\n"
    )
    found = parse_text(text).record.get("targets") or []
    assert [t.get("name") for t in found] == ["Faure Mensah"]


# -- 6. Under the office, the holder's long name after a monarch's or a prince's rank --------


@pytest.mark.parametrize(
    ("language", "text", "names"),
    [
        (
            "de",
            "Saudi-Arabien: Blogger ausgepeitscht\n\n"
            "Der Blogger Karim Haddad wurde am 3. Mai zu 200 Stockschlägen verurteilt.\n\n"
            "Schreiben Sie bitte an:\n"
            "KÖNIG UND MINISTERPRÄSIDENT\n"
            "King Faisal bin Omar bin Abdel aziz Al Hamad\n"
            "Office of His Majesty the King\n"
            "Royal Court, Riyadh, SAUDI-ARABIEN\n"
            "Fax: (00 966) 11 400 1234\n\n"
            "INNENMINISTER\n"
            "His Royal Highness\n"
            "Prince Nawaf bin Saad bin Abdul Aziz Al Hamad\n"
            "Ministry of the Interior, P.O. Box 2000,\n"
            "Airport Road, Riyadh 11134, SAUDI-ARABIEN\n"
            "Fax: (00 966) 11 400 5678\n",
            [
                "King Faisal bin Omar bin Abdel aziz Al Hamad",
                "Prince Nawaf bin Saad bin Abdul Aziz Al Hamad",
            ],
        ),
        (
            "en",
            "Oman: writer detained\n\n"
            "The writer Salim al-Harthi was arrested on 3 May in Muscat.\n\n"
            "Please write to:\n"
            "Head of State\n"
            "Sultan Tariq bin Khalid Al Busaidi\n"
            "Diwan of the Royal Court, PO Box 632, Muscat 113, Oman\n"
            "Fax: +968 2473 0000\n"
            "Salutation: Your Majesty\n",
            ["Sultan Tariq bin Khalid Al Busaidi"],
        ),
    ],
)
def test_a_rank_before_a_long_name_under_the_office_is_the_holders_name(
    language: str, text: str, names: list[str]
) -> None:
    draft = parse_text(text, language=language)
    found = draft.record.get("targets") or []
    assert [t.get("name") for t in found] == names
    assert all(draft.marked(("targets", n, "name")) for n in range(len(names)))
