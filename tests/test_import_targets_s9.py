"""Targets the importer missed or misread on unseen pages, each family with made-up texts.

Every name, address and number here is invented. The families: an addressee named only in
the request's sentence, after a nationality or as the verb's object ("This appeal was made to
the Kenyan President X and the Prosecutor General Y", "appelez le président tunisien X à :",
"Bitte appelliert an den sudanesischen Präsidenten!"); a web page's screen-reader label run
into an email ("x@y.orgopens in a new tab"); a surname that is also an office word
("Ministra Carmen Julia Alcalde Ríos"); a run-together block that gives the holder's name
before the office and the city ("X Y President of the Republic City, Country Tel: ...").
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def targets(text: str) -> list[dict[str, Any]]:
    return list(parse_text(text).record.get("targets") or [])


# -- 1. The addressee named only in the request's sentence ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan: student activists detained\n\n"
            "Three student activists, Ivo Marten, Pel Arro and Dano Vesk, were arrested on "
            "3 May in Almaty.\n\n"
            "This appeal was made to the Kazakh President Boris Kamenov and the Prosecutor "
            "General Ivo Dralov.\n",
            [
                {"title": "President", "name": "Boris Kamenov", "country": "KZ"},
                {"title": "Prosecutor General", "name": "Ivo Dralov"},
            ],
        ),
        (
            "Malawi: journalists held\n\n"
            "The journalists Chisomo Phiri and Tawonga Banda were arrested on 4 June.\n\n"
            "Please write to the Malawian President Peter Kalua to ask for their release.\n",
            [{"title": "President", "name": "Peter Kalua"}],
        ),
        (
            "Tunisie : des militants détenus\n\n"
            "Ivo Marten et Pel Arro ont été arrêtés le 3 mai à Sfax.\n\n"
            "Joignez-vous à nous et appelez le président tunisien Karim Benslim à :\n"
            "- libérer immédiatement Ivo Marten et Pel Arro ;\n",
            [{"title": "président tunisien", "name": "Karim Benslim", "country": "TN"}],
        ),
        (
            "Sudan: Studierende in Haft\n\n"
            "Bitte appelliert an den sudanesischen Präsidenten!\n\n"
            "Die Studenten Ivo Marten und Pel Arro wurden am 3. Mai in Khartum festgenommen.\n",
            [{"country": "SD"}],
        ),
    ],
)
def test_the_addressee_of_the_request_sentence(text: str, expected: list[dict[str, str]]) -> None:
    found = targets(text)
    assert len(found) >= len(expected)
    for want, got in zip(expected, found, strict=False):
        for key, value in want.items():
            assert got.get(key) == value, (key, got)


# -- 2. A screen-reader label run into an email ------------------------------------------------


def test_a_link_label_is_no_part_of_an_email() -> None:
    text = (
        "UA 12/24 Kenya: activist detained\n\n"
        "Activist Amani Wekesa was arrested on 2 May in Nairobi.\n\n"
        "Write to:\n"
        "Ambassador Hugo Taremi\n"
        "Embassy of Kenya\n"
        "1100 Example Avenue, Washington DC 20008\n"
        "Email: info@kenyaembassy.example.orgopens in a new tab\n"
        "Salutation: Dear Ambassador\n"
    )
    found = targets(text)
    assert found and found[0]["emails"] == ["info@kenyaembassy.example.org"]


# -- 3. A surname that is also an office word -------------------------------------------------


def test_an_office_word_between_names_is_a_name() -> None:
    text = (
        "La defensora peruana Rosa Quispe ha sido amenazada de muerte.\n\n"
        "ACTÚEN: REDACTEN SU PROPIO LLAMAMIENTO O UTILICEN LA SIGUIENTE CARTA MODELO\n"
        "Ministra Carmen Julia Alcalde Ríos\n"
        "Ministerio del Interior\n"
        "Dirección postal: Av. Central 120, Lima, Perú\n"
        "Correo-e: ministra@interior.example.pe\n"
    )
    draft = parse_text(text)
    found = draft.record["targets"]
    assert found[0]["title"] == "Ministra"
    assert found[0]["name"] == "Carmen Julia Alcalde Ríos"
    assert draft.marked(("targets", 0, "name"))  # weak: marked for review


# -- 4. A run-together block: holder, office, city, country ------------------------------------


def test_a_run_together_block_with_the_holder_first() -> None:
    text = (
        "Urgent Action 45.22 Malawi: journalist detained\n\n"
        "Journalist Chikondi Banda was arrested on 3 May 2022.\n\n"
        "TAKE ACTION\n"
        "Write a letter in your own words or using the sample below as a guide to one or both "
        "government officials listed. You can also email, fax, call or Tweet them.\n"
        "Lazarus Mphande President of the Republic Lilongwe, Malawi Tel: +265 1 789 311 "
        "Twitter: @MalawiStateHouse\n"
        "Ambassador Esther Kanyenda Embassy of the Republic of Malawi 2408 Massachusetts Ave. "
        "NW Washington DC 20008 Phone: 202 721 0270 Salutation: Dear Ambassador\n\n"
        "SAMPLE LETTER Dear Mr. President, I am writing about Chikondi Banda.\n"
    )
    found = targets(text)
    assert found[0]["name"] == "Lazarus Mphande"
    assert found[0]["title"] == "President of the Republic"
    assert " ".join(found[0]["address_lines"]) == "Lilongwe, Malawi"


# -- 5. A remark run into the line that names the addressee -----------------------------------


def test_a_remark_run_into_the_addressee_line() -> None:
    text = (
        "Urgent Action 22.21 Jordan: teacher detained\n\n"
        "Teacher Omar Farid was arrested on 3 May 2021.\n\n"
        "TAKE ACTION\n"
        "  1. Write a letter in your own words or using the sample below as a guide to one or "
        "both government officials listed. You can also email, fax, call or Tweet them.\n"
        "  2. Click here to let us know the actions you took on Urgent Action 22.21.\n"
        "Minister of Justice Nadim Sayegh Owing to postal delays, please only send physical "
        "mail to the Embassy Fax: +962 6 400 1234 Email: [email protected] "
        "Twitter: @JordanJustice\n"
        "Ambassador Lina Haddad Embassy of Jordan 3504 International Dr NW, Washington DC "
        "20008 Phone: 202 966 2664 Salutation: Dear Ambassador\n\n"
        "Dear Minister, I am writing about Omar Farid.\n"
    )
    found = targets(text)
    assert found[0]["title"] == "Minister of Justice"
    assert found[0]["name"] == "Nadim Sayegh"
    assert found[0]["note"].startswith("Owing to postal delays")


# -- 6. "Or write:" after another way to act; an embassy's postcode run into its street -------


def test_or_write_opens_the_list_of_targets() -> None:
    text = (
        "Iran : deux syndicalistes condamnés à mort\n\n"
        "Les syndicalistes Reza Karimi et Ali Nouri ont été condamnés à mort le 3 janvier.\n\n"
        "Modèle d’intervention pour Twitter :\n"
        "@judiciary_example ces condamnations doivent être annulées !\n"
        "Ou écrire :\n"
        "Responsable du pouvoir judiciaire,\n"
        "Gholam Rezaei c/o Ambassade d’Iran auprès de l’Union européenne,\n"
        "Avenue Franklin Roosevelt No. 15, 1050 Bruxelles. Belgique.\n"
        "Copie à : Ambassade de la Rép. Islamique d’Iran, 12 rue de l’Exemple -75016 Paris\n"
    )
    record = parse_text(text).record
    assert record["targets"][0]["name"] == "Gholam Rezaei"
    assert record["targets"][0]["country"] == "BE"
    assert record["copies"][0]["country"] == "FR"


# -- 7. A block's channels set apart from it by empty lines -----------------------------------


def test_channels_after_empty_lines_stay_with_their_block() -> None:
    text = (
        "Mexico: Indigenous defender killed\n\n"
        "Indigenous defender Rosa Tlaloc was shot dead on 20 February in Oaxaca.\n\n"
        "PLEASE SEND APPEALS BEFORE 3 APRIL 2019 TO:\n\n"
        "Governor of Oaxaca\n"
        "Alejandro Mura Ruiz\n"
        "Palacio de Gobierno, Plaza de la Constitución 1\n"
        "Centro, CP: 68000, Mexico\n\n"
        "951 501 5000 Ext. 401\n\n"
        "gobernador@oaxaca.example.mx\n\n"
        "Salutation: Dear Governor\n\n"
        "And copies to:\n"
        "Attorney General of the State of Oaxaca\n"
        "Av. Independencia No. 12, Col. Centro, Oaxaca\n"
        "Salutation: Dear Attorney General\n"
    )
    draft = parse_text(text)
    target = draft.record["targets"][0]
    assert target["emails"] == ["gobernador@oaxaca.example.mx"]
    assert target["salutation"] == "Dear Governor"
    assert target["phones"] == [{"number": "951 501 5000 Ext. 401"}]
    assert draft.marked(("targets", 0, "phones"))


# -- 8. "Phone number:" and two numbers after one label ---------------------------------------


@pytest.mark.parametrize(
    ("label", "language"),
    [("Phone number", "en"), ("Telefonnummer", "de"), ("Numéro de téléphone", "fr")],
)
def test_a_label_with_its_word_for_number(label: str, language: str) -> None:
    from ualetters.importer.blocks import parse_block
    from ualetters.importer.markers import TABLES

    block = parse_block(
        ["Attorney General", "Av. Zapata No. 8", f"{label}: (777) 310 55 55 Ext. 12, 329 11 77"],
        TABLES[language],
        language,
        "MX",
    )
    assert block.fields["phones"] == [
        {"number": "(777) 310 55 55 Ext. 12"},
        {"number": "329 11 77"},
    ]
    assert block.fields["address_lines"] == ["Av. Zapata No. 8"]


# -- 9. A salutation in two languages, one half in its short form; a past channel marked -----


def test_a_two_language_salutation_with_a_short_form() -> None:
    from ualetters.importer.blocks import parse_block
    from ualetters.importer.markers import TABLES

    block = parse_block(
        [
            "Lic. Pedro Ruiz Mora",
            "Presidente de la República",
            "Palacio Nacional, 06067 México D.F., MEXICO",
            "Telegrams: Presidente Ruiz, México D.F., México",
            "Salutation: Sr. Presidente / Dear President",
        ],
        TABLES["en"],
        "en",
        "MX",
    )
    assert block.fields["salutation"] == {"es": "Sr. Presidente", "en": "Dear President"}
    assert "note" in block.todos
