"""Unmarked wrong values of rounds 13-14, and targets and copies (eleventh session).

Every name, number, address and account here is invented. Each family is a shape of text that
led a rule to a wrong value without a mark, stated so that it recurs on other pages and in
other languages; the rule is made right where it can be, and marks its value where the shape
leaves it unsure:

1. a social account given by its page's address ("Telegram: https://t.me/x"): readers record
   the address or the handle, so it is marked; a network the case format has no name for
   ("VKontakte: ...") stays in the block, as platform "other", marked;
2. a salutation in several languages split by "/" whose parts the tables cannot each give a
   language: marked; "Dra." opens a Spanish salutation and is an honorific before a name;
3. a line below the address's first line that holds an office word ("Avenida General X"):
   part of the address, never the block's title; one that ends in ":" is the letter's
   salutation;
4. a name line that opens with an office in another language than the text's ("Ministra
   Consejera X" on an English page): the office is the title, marked;
5. a name listed with (m)/(f)-marked names without a marker of its own: the whole entry is
   marked (the name may be a place, and its gender is no one's);
6. a Spanish "(m)" with no "(h)" or "(f)" beside it: "mujer" or the English "male", marked;
7. demands of which some are the writer's first-person sentences and others not: the form
   is marked.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft

STORY = {
    "en": (
        "URGENT ACTION\nFARMER DETAINED AFTER PROTEST\n\n"
        "Farmer Tomas Example was arrested on 4 June 2031 after he spoke at a peaceful "
        "protest. He is held incommunicado and his family fears for his safety.\n\n"
    ),
    "de": (
        "URGENT ACTION\nBAUER INHAFTIERT\n\n"
        "Der Bauer Tomas Example wurde am 4. Juni 2031 nach einer friedlichen Kundgebung "
        "festgenommen. Er wird ohne Kontakt zur Außenwelt festgehalten.\n\n"
    ),
    "es": (
        "ACCIÓN URGENTE\nCAMPESINO DETENIDO\n\n"
        "El campesino Tomas Example fue detenido el 4 de junio de 2031 tras una protesta "
        "pacífica. Está recluido en régimen de incomunicación y su familia teme por él.\n\n"
    ),
}


def _silent(draft: Draft, path: tuple[str | int, ...]) -> bool:
    return draft.get(path) is not None and not draft.marked(path)


def _targets(draft: Draft) -> list[dict[str, Any]]:
    return list(draft.record.get("targets") or [])


# -- 1. social accounts given by their page's address ------------------------------------------


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        (
            "es",
            "ESCRIBAN A:\nFiscal General\nPedro Example\nCalle Falsa 12\n10001 Ciudad Ejemplo, "
            "Moldavia\nTelegram: https://t.me/fiscaliaejemplo\n"
            "VKontakte: https://vk.com/fiscaliaejemplo\n"
            "Facebook: https://www.facebook.com/fiscaliaejemplo\n",
        ),
        (
            "en",
            "Please write to:\nProsecutor General\nPeter Example\n12 Example Street\n"
            "Chisinau 2001, Moldova\nTwitter: https://twitter.com/prosecutorexample\n"
            "VK: https://vk.com/prosecutorexample\n",
        ),
    ],
)
def test_an_account_given_by_its_address_is_marked_and_stays_in_its_block(
    language: str, lines: str
) -> None:
    draft = parse_text(STORY[language] + lines, language=language)
    targets = _targets(draft)
    assert len(targets) == 1, targets
    social = targets[0].get("social") or []
    assert len(social) >= 2, social
    assert "other" in {account["platform"] for account in social}
    for number in range(len(social)):
        assert draft.marked(("targets", 0, "social", number, "handle"))


def test_a_handle_is_not_marked() -> None:
    text = STORY["en"] + (
        "Please write to:\nProsecutor General\nPeter Example\n12 Example Street\n"
        "Chisinau 2001, Moldova\nTwitter: @prosecutorexample\nSalutation: Dear Prosecutor\n"
    )
    draft = parse_text(text, language="en")
    social = _targets(draft)[0]["social"]
    assert social == [{"platform": "twitter", "handle": "@prosecutorexample"}]
    assert not draft.marked(("targets", 0, "social"))


# -- 2. salutations in several languages, "Dra." -------------------------------------------


def test_a_salutation_in_three_languages_with_dra_is_split() -> None:
    text = STORY["de"] + (
        "Appell an\n\nJUSTIZMINISTERIN\nDra. Marta Example Ruiz\nAvenida Central 45\n"
        "Ciudad Ejemplo, PARAGUAY\n(Anrede: Dra. Ministra / Dear Minister of Justice / Sehr "
        "geehrte Frau Justizministerin)\nFax: (00 595) 21 000 000\n"
    )
    draft = parse_text(text, language="de")
    target = _targets(draft)[0]
    assert target["salutation"] == {
        "es": "Dra. Ministra",
        "en": "Dear Minister of Justice",
        "de": "Sehr geehrte Frau Justizministerin",
    }
    # "Dra." before the name is an honorific, as "Dr." is: not part of the name
    assert target["name"] == "Marta Example Ruiz"


def test_a_salutation_whose_parts_have_no_language_is_marked() -> None:
    text = STORY["de"] + (
        "Appell an\n\nGENERALSTAATSANWÄLTIN\nMarta Example Ruiz\nAvenida Central 45\n"
        "Ciudad Ejemplo, PARAGUAY\n(Anrede: Ilma. Procuradora / Prezada Procuradora / Sehr "
        "geehrte Frau Generalstaatsanwältin)\n"
    )
    draft = parse_text(text, language="de")
    target = _targets(draft)[0]
    assert isinstance(target["salutation"], str)
    assert draft.marked(("targets", 0, "salutation"))


# -- 3. an office word in a line of the address ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "lines", "title", "street"),
    [
        (
            "en",
            "PLEASE SEND APPEALS TO:\nNational Assembly President\nDiputada Ana Example Soto\n"
            "Legislative Complex Juan Example,\nAvenida Peatonal General Rosa Example,\n"
            "Tegucigalpa, Honduras\nSalutation: Dear Madam Deputy\n",
            "National Assembly President",
            "Avenida Peatonal General Rosa Example,",
        ),
        (
            "es",
            "ESCRIBAN A:\nPresidente del Congreso\nLuis Example Vega\nEdificio del Congreso,\n"
            "Calzada Coronel Example 44,\nCiudad de Guatemala, Guatemala\n",
            "Presidente del Congreso",
            "Calzada Coronel Example 44,",
        ),
    ],
)
def test_an_office_word_below_the_address_is_part_of_the_address(
    language: str, lines: str, title: str | None, street: str
) -> None:
    draft = parse_text(STORY[language] + lines, language=language)
    target = _targets(draft)[0]
    assert target.get("title") == title or draft.marked(("targets", 0, "title"))
    assert street in target["address_lines"]


def test_a_line_ending_in_a_colon_below_the_address_is_the_salutation() -> None:
    text = STORY["es"] + (
        "ACTÚEN: ESCRIBAN SU PROPIO LLAMAMIENTO O UTILICEN LA CARTA MODELO\n"
        "Marta Example Ruiz\nJr. Example 123, Lima 15001, Perú marta@example.gob.pe\n"
        "Sra. Presidenta Marta Example:\n"
        "Le escribo porque me inquieta mucho que Tomas Example siga detenido.\n"
    )
    draft = parse_text(text, language="es")
    target = _targets(draft)[0]
    assert "Sra. Presidenta Marta Example:" not in (target.get("address_lines") or [])
    assert target.get("salutation") == "Sra. Presidenta Marta Example"


# -- 4. an office in another language before the name ------------------------------------------


def test_an_office_in_another_language_before_the_name_is_the_title() -> None:
    text = STORY["en"] + (
        "Contact these two officials by 18 July, 2031:\n"
        "Attorney General\nLaura Example\nFiscal General\n15 Avenida 10-20 Zona 1\n"
        "Ciudad de Guatemala, 01001\nSalutation: Dear Attorney General\n"
        "Ministro Consejero Rafael Example\nEmbassy of Guatemala\n"
        "2220 Example St. NW, Washington DC 20008\nSalutation: Dear Minister Counselor\n"
    )
    draft = parse_text(text, language="en")
    targets = _targets(draft)
    second = next(t for t in targets if "Embassy of Guatemala" in str(t.get("organisation")))
    number = targets.index(second)
    assert second["name"] == "Rafael Example"
    assert second["title"] == "Ministro Consejero"
    assert draft.marked(("targets", number, "title"))


# -- 5. a name listed with marked names, without a marker --------------------------------------


def test_a_listed_name_without_a_marker_is_marked_whole() -> None:
    text = (
        "Moldova: Further information on prisoners of conscience: Ion Example, Ana "
        "Sampleanu (f), Sample Monastery and Vasile Example\n\n"
        "Further information on UA 77/31 (EUR 59/001/2031, 3 March 2031) - Prisoners of "
        "conscience\n\n"
        "At a hearing on 2 May 2031, the three were released. Please send no more appeals.\n"
    )
    draft = parse_text(text, language="en")
    persons = draft.record.get("persons") or []
    unmarked = [n for n, person in enumerate(persons) if person.get("gender") == "unknown"]
    assert unmarked, persons
    for number in unmarked:
        # the gender of a name no marker follows is no one's the text gives, as the name
        # itself may be a place's
        assert draft.marked(("persons", number, "gender")), persons[number]


# -- 6. a Spanish "(m)" alone ------------------------------------------------------------------


def test_a_spanish_m_marker_alone_is_marked() -> None:
    text = (
        "ARABIA SAUDÍ. Temor de ejecución inminente\n\n"
        "Nuevo nombre:\nKarim al-Example (m)\n\n"
        "Según informes, el saudí Karim al-Example, condenado a muerte, corre riesgo de ser "
        "ejecutado en cualquier momento.\n"
    )
    draft = parse_text(text, language="es")
    persons = draft.record.get("persons") or []
    assert persons and persons[0]["name"] == "Karim al-Example"
    assert draft.marked(("persons", 0, "gender"))


def test_a_spanish_m_beside_an_h_is_a_woman_and_not_marked() -> None:
    text = (
        "ACCIÓN URGENTE\nDEFENSORES DETENIDOS\n\n"
        "Lucía Example (m), abogada\nJorge Example (h), periodista\n\n"
        "Lucía Example y Jorge Example fueron detenidos el 3 de mayo de 2031 en Ciudad "
        "Ejemplo. Están recluidos sin cargos.\n"
    )
    draft = parse_text(text, language="es")
    persons = {p["name"]: (n, p) for n, p in enumerate(draft.record.get("persons") or [])}
    number, lucia = persons["Lucía Example"]
    assert lucia["gender"] == "female"
    assert not draft.marked(("persons", number, "gender"))


# -- 7. demands of two forms -------------------------------------------------------------------


def test_demands_of_two_forms_mark_the_form() -> None:
    text = STORY["de"] + (
        "SCHREIBEN SIE BITTE BRIEFE ODER E-MAILS MIT DEN UNTEN STEHENDEN BITTEN\n\n"
        "  • Ich fordere Sie hiermit auf, Tomas Example umgehend und bedingungslos "
        "freizulassen.\n\n"
        "  • Bitte sorgen Sie dafür, dass er Zugang zu seiner Familie und einem Rechtsbeistand "
        "seiner Wahl erhält.\n\n"
        "Appell an\n\nMINISTERPRÄSIDENT\nKarl Example\nExample Street 1\n10001 Example City, "
        "MOLDAU\n"
    )
    draft = parse_text(text, language="de")
    assert len(draft.record.get("demands") or []) == 2
    assert draft.record["demand_form"] == "first_person"
    assert draft.marked(("demand_form",))


def test_demands_of_one_form_leave_the_form_unmarked() -> None:
    text = STORY["en"] + (
        "Write a letter, send an email or fax:\n"
        "  • Calling on the authorities to release Tomas Example immediately and "
        "unconditionally;\n"
        "  • Urging them to ensure that he has access to his family and a lawyer of his "
        "choice.\n"
        "Contact this official by 18 July, 2031:\nPresident\nKarl Example\n1 Example Street\n"
        "Example City 10001, Moldova\nSalutation: Dear President\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record["demand_form"] == "imperative"
    assert not draft.marked(("demand_form",))


# -- targets and copies: families of rounds 13-14 ----------------------------------------------


def test_an_account_page_gives_its_handle_and_keeps_the_address_as_note() -> None:
    text = STORY["es"] + (
        "ESCRIBAN A:\nFiscal General\nPedro Example\nCalle Falsa 12\n10001 Ciudad Ejemplo, "
        "Moldavia\nTwitter: https://twitter.com/fiscaliaejemplo\n"
        "Telegram: https://t.me/fiscaliaejemplo\n"
        "Facebook: https://www.facebook.com/pages/Fiscalia-Ejemplo/123456789\n"
    )
    draft = parse_text(text, language="es")
    social = _targets(draft)[0]["social"]
    assert social[0] == {
        "platform": "twitter",
        "handle": "@fiscaliaejemplo",
        "note": "https://twitter.com/fiscaliaejemplo",
    }
    assert social[1]["handle"] == "fiscaliaejemplo"
    # a longer path names no handle: the address stays
    assert social[2]["handle"] == "https://www.facebook.com/pages/Fiscalia-Ejemplo/123456789"
    assert draft.marked(("targets", 0, "social"))


def test_channels_by_their_initials_and_numbers_joined_by_a_dashed_or() -> None:
    text = STORY["en"] + (
        "Contact these two officials by 18 July, 2031:\n"
        "Minister of Justice\nLaura Example\n1 Example Street\nExample City 10001, Moldova\n"
        "Salutation: Dear Minister\n"
        "Ambassador Rafael Example\nEmbassy of Moldova\n"
        "2101 Example St. NW, Washington DC 20008\nT: 202.555.0100 -OR- 202.555.0199\n"
        "F: 202.555.0111\nSalutation: Dear Ambassador\n"
    )
    draft = parse_text(text, language="en")
    targets = _targets(draft)
    embassy = next(t for t in targets if t.get("name") == "Rafael Example")
    assert [p["number"] for p in embassy["phones"]] == ["202.555.0100", "202.555.0199"]
    assert embassy["fax"] == "202.555.0111"
    assert embassy["salutation"] == "Dear Ambassador"


def test_a_body_before_the_office_is_the_title_and_a_box_number_no_phone() -> None:
    text = STORY["en"] + (
        "PLEASE SEND APPEALS TO:\nCabinet Secretary\nHon Mary Example\n"
        "Ministry of rivers & coordination of regional example\nP.O Box 30001- 00100\n"
        "Nairobi, Kenya\nEmail: ps@example.go.ke\nSalutation: Dear Cabinet Secretary\n"
    )
    draft = parse_text(text, language="en")
    target = _targets(draft)[0]
    assert target["title"] == "Cabinet Secretary"
    assert target["organisation"] == "Ministry of rivers & coordination of regional example"
    assert "phones" not in target
    assert target["address_lines"][0] == "P.O Box 30001- 00100"


def test_a_name_in_capitals_run_into_the_organisation_ends_with_its_capitals() -> None:
    text = STORY["en"] + (
        "PLEASE SEND APPEALS TO:\nPresident of Kenya\nJohn Example\nState House, Nairobi, "
        "Kenya\nSalutation: Dear President\n\nAnd copies to:\n"
        "HIS EXCELLENCY MR PETER SAMPLE EXAMPLE Kenya High Commission, 45 Example Place, "
        "W1B 1AS\nTel: 0207 000 0000\n"
    )
    draft = parse_text(text, language="en")
    copies = draft.record.get("copies") or []
    names = [c.get("name") for c in copies]
    assert "PETER SAMPLE EXAMPLE" in names, copies
