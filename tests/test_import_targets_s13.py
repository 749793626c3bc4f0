"""Targets and copies the importer missed or misread on unseen pages (thirteenth session), each
family with made-up texts.

Every name, address and number here is invented. The families:

1. a closed page whose request to write is followed by the closing notice and the "Additional
   information" heading, no address below it: no target is read from them;
2. an embassy a sentence gives an email for ("Vous pouvez également envoyer un email à
   l'ambassade de X à Bruxelles : x@y"): the section's copy, in the section's country, marked;
   "copiez-collez ... et envoyez-le au Procureur général": the office is the target;
3. a block run together on one line, the holder's name and the office after a comma ("X Y Z,
   Prime Minister of W") and a street whose name comes before its word ("Harbour Road").
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text
from ualetters.importer.blocks import _run_together
from ualetters.importer.markers import TABLES


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(next(iter(value.values())))
    return str(value)


# -- 1. A closing notice below the request to write ------------------------------------------

ES_CLOSED = (
    "Cierre de AU: 88/31 | Índice: AMR 9988772031 | Fecha: | Valdoria\n\n"
    "Acción Urgente\n\n"
    "VALDORIA: CONDENADO UN PERIODISTA\n\n"
    "Tomás Verdejo Arrúa, periodista, fue condenado el 3 de marzo a nueve años de prisión. "
    "Debe quedar en libertad de manera inmediata e incondicional.\n\n"
    "Actúa: redacta tu propio llamamiento o utiliza esta carta modelo\n\n\n"
    "NO SE REQUIERE NINGUNA OTRA ACCIÓN. GRACIAS A QUIENES ESCRIBIERON.\n\n"
    "Información adicional\n\n\n"
    "Tomás Verdejo Arrúa dirige desde hace años un periódico local en el norte de Valdoria, "
    "donde ha publicado reportajes sobre la corrupción de las autoridades municipales y sobre "
    "los desalojos forzosos de comunidades campesinas de la región.\n\n"
    "El 2 de enero de 20"
)


def test_closing_notice_below_the_request_is_no_target() -> None:
    record = parse_text(ES_CLOSED, language="es").record
    assert not record.get("targets")
    assert record.get("status") == "closed"


# -- 2. An embassy given an email in a sentence; "envoyez-le au ..." --------------------------

FR_EMAIL = (
    "Écrire Un journaliste condamné à dix ans de prison\n\n"
    "Pour AGIR : copiez-collez le modèle de lettre ci-dessous et envoyez-le au Ministre de "
    "la Justice. Vous pouvez également envoyer un email à l’ambassade de la République de "
    "Valdorie à Bruxelles : ambassade@valdorie-embassy.be\n\n"
    "Pour que nous puissions faire un suivi, merci de mettre suivi@example.be en copie "
    "cachée (Cci) de votre mail.\n\n"
    "Jonas Perrault est un journaliste connu. Il a été arrêté en mai 2030 et condamné à dix "
    "ans de prison pour ses articles."
)


def test_embassy_emailed_in_a_sentence_is_the_sections_copy() -> None:
    draft = parse_text(FR_EMAIL, url="https://www.amnesty.be/example", language="fr")
    copies = draft.record.get("copies") or []
    embassy = [c for c in copies if "embassy" in str(c.get("emails"))]
    assert len(embassy) == 1
    copy = embassy[0]
    assert copy["organisation"] == "ambassade de la République de Valdorie à Bruxelles"
    assert copy["for"] == "BE"
    assert copy["country"] == "BE"
    position = copies.index(copy)
    assert draft.marked(("copies", position))
    assert draft.marked(("copies", position, "country"))


def test_sent_to_an_office_after_the_model_letter() -> None:
    targets = parse_text(FR_EMAIL, language="fr").record.get("targets") or []
    assert [_text(t.get("title")) for t in targets] == ["Ministre de la Justice"]


# -- 3. A block run together: "Name, Office" and "Name Road" ------------------------------------


def test_run_together_name_comma_office_and_street_name() -> None:
    parts = _run_together(
        "His Excellency Tomas Verin Avo, Prime Minister of Valdoria Office of the Prime "
        "Minister Harbour Road Keldon, Valdoria 448120",
        TABLES["en"],
        "en",
    )
    assert ("name", "Tomas Verin Avo") in parts
    assert ("title", "Prime Minister of Valdoria") in parts
    assert ("organisation", "Office of the Prime Minister") in parts
    assert ("address", "Harbour Road Keldon, Valdoria 448120") in parts


# -- 4. The request to write printed twice; blocks one field a line; a salutation to both ---

ES_TWICE = (
    "Lunes, 3 de marzo, 2031\n\n"
    "Actúen: redacten su propio llamamiento o utilicen la siguiente carta modelo\n\n\n"
    "Las defensoras ambientales Marta Ilvanes y Rosa Quintel, de la región de Altavera, "
    "están en paradero desconocido desde el 2 de febrero de 2031, y sus familias temen "
    "que hayan sido detenidas por fuerzas de seguridad del Estado sin orden judicial.\n\n"
    "Actúen: redacten su propio llamamiento o utilicen la siguiente carta modelo\n\n"
    "Subsecretario Primero Andrés Colmenar Jr.\n\n"
    "First Undersecretary Andrés Colmenar Jr.\n\n"
    "Ministerio de Defensa Nacional\n\n"
    "despacho@defensa.example.org\n\n"
    "Secretario Luis Ortábal Veira\n\n"
    "Secretary Luis Ortábal Veira\n\n"
    "Ministerio del Interior\n\n"
    "secretario@interior.example.org\n\n"
    "Señores Secretarios Colmenar y Ortábal:\n\n"
    "Me dirijo a ustedes para expresarles mi preocupación por Marta Ilvanes y Rosa Quintel."
)


def test_request_twice_blocks_one_field_a_line() -> None:
    targets = parse_text(ES_TWICE, language="es").record.get("targets") or []
    assert len(targets) == 2
    first, second = targets
    assert _text(first.get("title")) == "Subsecretario Primero"
    assert first.get("name") == "Andrés Colmenar Jr."
    assert first.get("emails") == ["despacho@defensa.example.org"]
    assert _text(second.get("title")) == "Secretario"
    assert second.get("name") == "Luis Ortábal Veira"
    assert second.get("emails") == ["secretario@interior.example.org"]
    for target in targets:
        assert _text(target.get("salutation")) == "Señores Secretarios Colmenar y Ortábal"


# -- 5. "Copies to: X" naming its copy inline, the section's embassy below it -------------------

US_COPY_INLINE = (
    "Urgent Action: Release the Harbour Five (Malawi: UA 61.31)\n\n"
    "TAKE ACTION:\n\n"
    "  • Write a letter in your own words or using the sample below as a guide to the "
    "officials listed.\n\n"
    "CONTACT INFORMATION:\n\n"
    "President Tomas Verin Avo\n\n"
    "Republic Avenue\n\n"
    "Keldon, Malawi\n\n"
    "Email: president@malawi.example.org\n\n"
    "Copies to: Parliament of Malawi\n\n"
    "Email: assembly@malawi.example.org\n\n"
    "Malawi Ambassador to the United States\n\n"
    "His Excellency Marek Oddan\n\n"
    "1200 Example Street NW, Washington DC 20008\n\n"
    "Phone: (202) 555-0143\n\n"
    "Email: embassy@malawi.example.org\n\n"
    "SAMPLE LETTER:\n\n"
    "Dear President,\n\nI am writing to you about the Harbour Five."
)


def test_copy_named_inline_and_embassy_below_it() -> None:
    record = parse_text(US_COPY_INLINE, url="https://www.amnestyusa.org/example").record
    copies = record.get("copies") or []
    assert [c.get("organisation") for c in copies] == ["Parliament of Malawi"]
    assert copies[0].get("emails") == ["assembly@malawi.example.org"]
    targets = record.get("targets") or []
    assert [t.get("name") for t in targets] == ["Tomas Verin Avo", "Marek Oddan"]
    assert targets[1].get("only_for") == ["US"]


# -- 6. Two phone numbers, a slash run into the first ------------------------------------------


def test_phone_numbers_split_at_a_slash_run_into_the_first() -> None:
    from ualetters.importer.blocks import parse_block

    block = parse_block(
        [
            "Embassy of the Republic of Malawi",
            "7 Example Road",
            "Ottawa, ON K1N 0A1",
            "Tel: (613) 555-0100/ (613) 555-0199 (24h)",
            "Fax: (613) 555-0142",
        ],
        TABLES["en"],
        "en",
        None,
    )
    assert block.fields["phones"] == [
        {"number": "(613) 555-0100"},
        {"number": "(613) 555-0199", "note": "24h"},
    ]


# -- 7. A model letter's address block forwarded "c/o" a section ------------------------------

LETTER_CARE_OF = (
    "Jonas Merrow\n"
    "Governor of Nevada\n"
    "c/o Amnesty International Example Office\n"
    "12 Example Plaza, 3rd Floor\n"
    "Springfield, IL 62701\n\n"
    "Tomas Ivander\n\n"
    "Dear Governor Merrow,\n\n"
    "Tomas Ivander faces execution on 4 May for a crime committed when he was 19 years old. "
    "I urge you to grant him clemency.\n"
)


def test_model_letter_address_block_care_of_a_section() -> None:
    targets = parse_text(LETTER_CARE_OF, language="en").record.get("targets") or []
    assert len(targets) == 1
    assert targets[0].get("name") == "Jonas Merrow"
    assert _text(targets[0].get("title")) == "Governor of Nevada"
    assert targets[0].get("address_lines") == [
        "c/o Amnesty International Example Office",
        "12 Example Plaza, 3rd Floor",
        "Springfield, IL 62701",
    ]


# -- 8. "Our Appeal" above the addressee's block; "Twitter handle:" ---------------------------

EN_OUR_APPEAL = (
    "Students held for their posts\n\n"
    "Four students have been held since 2 May for posts on social media.\n\n"
    "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER\n\n"
    "Our Appeal\n\n"
    "Prime Minister Tomas Verin Avo\n\n"
    "Office of the Prime Minister\n\n"
    "Harbour Road\n\n"
    "Lilongwe 3, Malawi\n\n"
    "Fax: 265 1 555 014\n\n"
    "Twitter handle: @verinavo\n\n"
    "Dear Prime Minister,\n\n"
    "I write to express my concern about the four students."
)


def test_our_appeal_heading_and_twitter_handle_label() -> None:
    targets = parse_text(EN_OUR_APPEAL, language="en").record.get("targets") or []
    assert len(targets) == 1
    assert targets[0].get("name") == "Tomas Verin Avo"
    assert targets[0].get("social") == [{"platform": "twitter", "handle": "@verinavo"}]


# -- 9. "Telegram:" with an address, not an account -------------------------------------------


def test_telegram_with_an_address_is_the_old_channel() -> None:
    from ualetters.importer.blocks import parse_block

    block = parse_block(
        [
            "President of the Republic",
            "Sr. Tomas Verin Avo",
            "Palacio Central",
            "Lima, Peru",
            "Telegram: Presidente de la Republica, Lima, Peru",
        ],
        TABLES["en"],
        "en",
        None,
    )
    assert block.fields["note"] == "Telegram: Presidente de la Republica, Lima, Peru"
    assert "social" not in block.fields
    assert "note" in block.todos
    account = parse_block(
        ["Minister of Justice", "Telegram: @justice_channel"], TABLES["en"], "en", None
    )
    assert account.fields["social"] == [{"platform": "telegram", "handle": "@justice_channel"}]


# -- 10. A model letter to two offices, one salutation a line ---------------------------------

FR_TWO_SALUTATIONS = (
    "Monsieur le Président,\n"
    "Monsieur le Ministre,\n\n"
    "Je suis très préoccupé(e) par la détention de six militants d’une association "
    "paysanne de Maroua, arrêtés le 4 mars lors d’une réunion publique.\n\n"
    "Je vous prie de les libérer immédiatement et sans condition.\n"
)


def test_model_letter_saluting_two_offices() -> None:
    targets = parse_text(FR_TWO_SALUTATIONS, language="fr").record.get("targets") or []
    assert [_text(t.get("title")) for t in targets] == ["Président", "Ministre"]
    assert [_text(t.get("salutation")) for t in targets] == [
        "Monsieur le Président",
        "Monsieur le Ministre",
    ]


# -- 11. The request that says how to reach the office; an embassy "à l'adresse" ---------------

FR_RELAY = (
    "Écrivez au Procureur général.\n\n"
    "Quatre femmes ont disparu à Tlaxcala depuis janvier, et leurs familles attendent "
    "toujours une enquête sérieuse.\n\n"
    "Copiez-collez l’email-type ci-dessous et envoyez votre message au Procureur général de "
    "l’État de Tlaxcala, M. Rodrigo Anselmo Veyra à l’adresse fiscal@tlaxcala.example.mx et "
    "à l’ambassade des États-Unis du Mexique en Belgique à l’adresse "
    "embajada@mexico.example.be\n"
)


def test_request_with_the_email_wins_and_embassy_at_the_address() -> None:
    record = parse_text(FR_RELAY, language="fr").record
    targets = record.get("targets") or []
    assert len(targets) == 1
    assert _text(targets[0].get("title")) == "Procureur général de l’État de Tlaxcala"
    assert targets[0].get("name") == "Rodrigo Anselmo Veyra"
    assert targets[0].get("emails") == ["fiscal@tlaxcala.example.mx"]
    copies = record.get("copies") or []
    assert [c.get("organisation") for c in copies] == [
        "ambassade des États-Unis du Mexique en Belgique"
    ]
    assert copies[0].get("for") == "BE"
    assert copies[0].get("country") == "BE"
    assert copies[0].get("emails") == ["embajada@mexico.example.be"]


# -- 12. The Secretariat's numbered addressees, their heading lost; "H E" ---------------------

EN_NUMBERED = (
    "FURTHER INFORMATION ON UA 55/31 (ABC 12/03/31, 2 March 1931) - Malawi: detention\n\n"
    "Tomas Verin Avo, a teacher, remains in detention at an unknown place in Zomba.\n"
    "FURTHER RECOMMENDED ACTION: Please send telegrams/faxes/airmail letters\n"
    "- expressing concern at his continuing detention;\n"
    "- calling for his release unless he is to be charged.\n"
    "1) H E The Life-President Dr J. Ombwa Kelani\n"
    "Office of the President and Cabinet\n"
    "Private Bag 12\n"
    "Zomba 4\n"
    "Telegrams: Life-President Kelani, Zomba,\n"
)


def test_numbered_addressees_without_their_heading() -> None:
    draft = parse_text(EN_NUMBERED, language="en")
    targets = draft.record.get("targets") or []
    assert len(targets) == 1
    target = targets[0]
    assert _text(target.get("title")) == "H E The Life-President Dr"
    assert target.get("name") == "J. Ombwa Kelani"
    assert _text(target.get("organisation")) == "Office of the President and Cabinet"
    assert target.get("address_lines") == ["Private Bag 12", "Zomba 4"]
    assert target.get("note") == "Telegrams: Life-President Kelani, Zomba"
    assert draft.marked(("targets", 0))


# -- 13. The letter offered in a second language: the salutation in both ----------------------

DE_TWO_LETTERS = (
    "Gewerkschafter in Gefahr\n\n"
    "Am 3. Mai drangen Unbekannte in das Büro von Tomas Verin Avo in Cali, Kolumbien, ein.\n\n"
    "Dein Appell\n\n"
    "In welcher Sprache möchtest du den Brief verschicken? Bitte auswählen\n\n"
    "Sehr geehrter Herr Generalstaatsanwalt,\n\n"
    "mit Sorge habe ich von dem Einbruch in das Büro von Tomas Verin Avo erfahren.\n\n"
    "Dear Mr. Attorney General,\n\n"
    "I write to you concerned for the safety of Tomas Verin Avo.\n"
)


def test_salutation_of_the_letter_in_two_languages() -> None:
    draft = parse_text(DE_TWO_LETTERS, language="de")
    targets = draft.record.get("targets") or []
    assert len(targets) == 1
    assert targets[0].get("salutation") == {
        "de": "Sehr geehrter Herr Generalstaatsanwalt",
        "en": "Dear Mr. Attorney General",
    }
    assert draft.marked(("targets", 0, "salutation"))


# -- 14. "fordern den X dringend auf"; the holder's name printed elsewhere ---------------------

DE_EMAIL_ACTION = (
    "Hinrichtungen stoppen!\n\n"
    "In Kansas sollen im Mai drei Männer hingerichtet werden.\n\n"
    "Wir fordern den Gouverneur dringend auf, die Hinrichtungen zu stoppen.\n\n"
    "Unterstütze unsere Aktion und schicke eine E-Mail an Gouverneur Tomas Verin und "
    "fordere ihn auf, die Hinrichtungen zu stoppen.\n"
)


def test_request_adverb_and_holder_named_elsewhere() -> None:
    draft = parse_text(DE_EMAIL_ACTION, language="de")
    targets = draft.record.get("targets") or []
    assert len(targets) == 1
    assert _text(targets[0].get("title")) == "Gouverneur"
    assert targets[0].get("name") == "Tomas Verin"
    assert draft.marked(("targets", 0, "name"))


# -- 15. A petition's addressee whose address ends in a capital's postcode ---------------------

EN_PETITION = (
    "URGENT: two protesters face execution after unfair trials.\n\n"
    "Sign the Petition\n\n"
    "  Our Petition\n\n"
    "Head of judiciary\n"
    "Tomas Verin Avo\n"
    "c/o Embassy of Iran to the European Union\n"
    "Avenue Example No. 9\n"
    "1050 Bruxelles\n\n\n"
    "I am gravely concerned that the authorities are seeking the death penalty against two "
    "protesters.\n"
)


def test_petition_block_ending_in_a_capitals_postcode() -> None:
    targets = parse_text(EN_PETITION, language="en").record.get("targets") or []
    assert len(targets) == 1
    assert targets[0].get("name") == "Tomas Verin Avo"
    assert _text(targets[0].get("title")) == "Head of judiciary"
    assert targets[0].get("address_lines") == [
        "c/o Embassy of Iran to the European Union",
        "Avenue Example No. 9",
        "1050 Bruxelles",
    ]
    assert targets[0].get("country") == "BE"


# -- 16. A US ZIP+4 code is no phone; a telephone line by its own name -------------------------


def test_zip_plus_four_and_a_named_telephone_line() -> None:
    from ualetters.importer.blocks import parse_block

    block = parse_block(
        [
            "Fiscal general / Attorney General",
            "Jonas Merrow",
            "Department of Justice",
            "950 Example Avenue, NW",
            "Washington, DC 20530-0001",
            "Línea para comentarios: 202-555-0143",
        ],
        TABLES["es"],
        "es",
        "US",
    )
    assert block.fields["address_lines"][-1] == "Washington, DC 20530-0001"
    assert block.fields["phones"] == [{"number": "202-555-0143", "note": "Línea para comentarios"}]


ES_SECTION_ADDRESS = (
    "AU 31/31 Índice: AMR 34/001/2031 Fecha: 2 de marzo de 2031\n\n"
    "ACCIÓN URGENTE\n\nAmenazas contra una defensora en Valdora\n\n"
    "La defensora Marta Ilvanes ha recibido amenazas de muerte.\n\n"
    "Si recibe contestación de una autoridad, envíenos el original o una copia:\n\n"
    "Amnistía\n"
    "Internacional\n"
    "Sección Española\n"
    "Calle Ejemplo 8\n"
    "28004 Madrid\n"
)


def test_the_sections_own_address_is_no_target() -> None:
    targets = parse_text(ES_SECTION_ADDRESS, language="es").record.get("targets") or []
    assert not any("Internacional" in str(t) or "Madrid" in str(t) for t in targets)


# -- 17. An office heading its holder with a colon; a foreign body's name ---------------------


def test_office_with_a_colon_and_a_body_named_in_spanish() -> None:
    from ualetters.importer.blocks import parse_block

    block = parse_block(
        [
            "Minister for Foreign Affairs:",
            "Tomas Rolando Verin Avo",
            "Ministerio de Relaciones Exteriores",
            "Del Antiguo Cine 2c. al sur",
        ],
        TABLES["en"],
        "en",
        "NI",
    )
    assert block.fields["title"] == "Minister for Foreign Affairs"
    assert block.fields["name"] == "Tomas Rolando Verin Avo"
    assert block.fields["organisation"] == "Ministerio de Relaciones Exteriores"
    assert block.fields["address_lines"] == ["Del Antiguo Cine 2c. al sur"]
