"""Targets and copies the importer missed or misread on unseen pages (fourteenth session), each
family with made-up texts.

Every name, address and number here is invented. The families:

1. a block run together on one line whose office opens with an article ("H.E X Y The President
   of Z"): the article is the title's, not the name's;
2. the heading of the addressees in capitals run into the block, and the block run into the
   sample letter's heading ("CONTACT INFORMATION Governor X ... Twitter: @x SAMPLE LETTER Dear
   ..."): the heading goes, the block's channels are cut apart;
3. a Spanish request to send with its deadline ("Envía los llamamientos antes del ... a:"), a
   bulleted list of blocks with a blank line between them, a name line opening with "Señor",
   "Página de Facebook:" and a web address wrapped onto the next line, "Más información sobre
   el caso:" under the list (a heading, not the letter's salutation);
4. a model letter run into one line whose salutation is long or holds a comma ("Dear H.E,
   President X, I am ..."): the salutation ends where the writer's first words begin;
5. a remark in brackets wrapped onto a second line ("(korrekte Anrede: Dear Minister/" /
   "Señor Ministro)"): one remark, the salutation in both languages;
6. the Secretariat's numbered addressees of the 1990s, the salutation printed in a column beside
   the block's first line ("1) Board of X   Dear Board Members"), an address line shaped like a
   name ("Capitol Station"), and the notice's page line ("Page 2 of EXTRA 12/31") between two
   blocks.
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text
from ualetters.importer.blocks import _who_parts
from ualetters.importer.markers import TABLES


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(next(iter(value.values())))
    return str(value)


# -- 1. An article before the office -----------------------------------------------------------


def test_article_before_the_office_opens_the_title() -> None:
    tokens = [
        "H.E",
        "Amara",
        "Okonkwo-Bello",
        "The",
        "President",
        "of",
        "the",
        "Republic",
        "of",
        "Valdoria",
    ]
    parts = dict(_who_parts(tokens, TABLES["en"]))
    assert parts["name"] == "Amara Okonkwo-Bello"
    assert parts["title"] == "The President of the Republic of Valdoria"


# -- 2. "CONTACT INFORMATION" run into the block, the block into "SAMPLE LETTER" -----------------

US_RUN = (
    "OREGON EXECUTION SET FOR NEXT MONTH\n\n"
    "UA: USA 88.31\n\n"
    "Martin Oakhurst is scheduled to be executed in Oregon on March 3, 2031. He was sentenced to "
    "death in 2012.\n\n"
    "TAKE ACTION:\n"
    "  1. Write a letter in your own words or using the sample below as a guide to the "
    "government official listed below. You can also email, fax, call or Tweet them.\n"
    "  2. Click here to let us know the actions you took on Urgent Action 88.31.\n"
    "CONTACT INFORMATION Oregon Governor Dana Whitfield Office of the Governor, 900 Court "
    "Street, Salem OR 97301, USA Contact Form: https://governor.example.gov/contact "
    "Twitter: @GovWhitfield SAMPLE LETTER Dear Governor Whitfield, I am writing to ask you "
    "to grant clemency to Martin Oakhurst, who is scheduled to be executed on March 3, 2031."
)


def test_heading_run_into_the_block_and_block_into_the_letter() -> None:
    record = parse_text(US_RUN, language="en").record
    targets = record["targets"]
    assert len(targets) == 1
    target = targets[0]
    assert target["name"] == "Dana Whitfield"
    assert "CONTACT" not in _text(target.get("title", ""))
    assert [form["url"] for form in target["web_forms"]] == ["https://governor.example.gov/contact"]
    assert [item["handle"] for item in target["social"]] == ["@GovWhitfield"]
    assert "Twitter" not in str(target.get("address_lines"))


# -- 3. A Spanish list of addressees ------------------------------------------------------------

ES_LIST = (
    "¡ACTÚA! Detenidos tres periodistas en Valdoria\n\n"
    "Según los informes, tres periodistas fueron detenidos el 4 de mayo en la capital de "
    "Valdoria tras cubrir una protesta pacífica.\n\n"
    "Usa esta carta. Recuerda, puedes modificarla.\n\n"
    "Envía los llamamientos antes del 20 de junio de 2031 a:\n\n \n\n"
    "  • Ministro del Interior  \n"
    "    Señor Rodrigo Almazán Torres   \n"
    "    Ministerio del Interior\n"
    "    Avenida de los Próceres 120, Edificio Central, Ciudad Real, Valdoria\n"
    "    Correo-e: despacho@interior.example.vd\n\n"
    "  • Embajadora en España\n"
    "    Lucía Ferrandis Ocampo\n"
    "    Embajada de Valdoria en España\n"
    "    Calle de Serrano 45, 28001 Madrid, España.\n"
    "    Página de Facebook: https://www.facebook.com/Embajada-de-Valdoria-en-Espa\n"
    "    %C3%B1a-1234567/?ref=page\n"
    "    Correo-e:  info@embavaldoria.example.es\n\n\n"
    "Más información sobre el caso:\n\n\n"
    "Los tres periodistas trabajan para un diario independiente que ha informado durante años "
    "sobre la corrupción de las autoridades locales y sobre los abusos de la policía.\n"
)


def test_spanish_request_with_deadline_opens_a_bulleted_list_of_blocks() -> None:
    draft = parse_text(ES_LIST, language="es")
    targets = draft.record["targets"]
    assert len(targets) == 2
    first, second = targets
    assert _text(first["title"]) == "Ministro del Interior"
    assert "Rodrigo Almazán Torres" in first["name"]
    assert first["emails"] == ["despacho@interior.example.vd"]
    assert second["name"] == "Lucía Ferrandis Ocampo"
    assert second["emails"] == ["info@embavaldoria.example.es"]
    facebook = second["social"][0]
    assert facebook["platform"] == "facebook"
    assert facebook["handle"].endswith("%C3%B1a-1234567/?ref=page")
    assert "organisation" not in second or "Página" not in _text(second["organisation"])
    assert "salutation" not in first


# -- 4. A long salutation run into the letter ---------------------------------------------------

US_LETTER = (
    "Urgent Action: Activist Held Without Trial (Valdoria: UA 77.31)\n\n"
    "Tran Minh Chau, a peaceful activist, has been detained without trial since May 2030.\n\n"
    "1. Write a letter in your own words or using the sample below as a guide to one or both "
    "government officials listed.\n"
    "2. Click here to let us know the actions you took on Urgent Action 77.31.\n"
    "General Secretary and State President Le Van Hoang So 12 Hoa Binh Street, Ba Dinh, "
    "Hanoi, Vietnam\n\n"
    "Dear General Secretary and State President Le Van Hoang, I am writing to ask you to "
    "release Tran Minh Chau immediately and unconditionally. She has been held for a year "
    "without trial.\n"
)


def test_long_salutation_run_into_the_letter_is_the_targets() -> None:
    record = parse_text(US_LETTER, language="en").record
    target = record["targets"][0]
    assert _text(target["salutation"]) == (
        "Dear General Secretary and State President Le Van Hoang"
    )


def test_salutation_with_a_comma_ends_before_the_writers_words() -> None:
    from ualetters.importer.text import _letter_lines

    lines = _letter_lines(
        "Dear H.E, President Amara Okonkwo-Bello, I am writing about the evictions.",
        TABLES["en"],
    )
    assert lines == [
        "Dear H.E, President Amara Okonkwo-Bello,",
        "I am writing about the evictions.",
    ]


# -- 5. A remark in brackets wrapped onto two lines ---------------------------------------------

DE_WRAPPED = (
    "Ein Journalist aus dem Bundesstaat Sierra Alta in Valdorien ist seit dem 2. März 2031 "
    "verschwunden. Amnesty International ist in großer Sorge um seine Sicherheit.\n\n"
    "Appell an\n\n"
    "INNENMINISTER\n"
    "Lic. Ernesto Valbuena Ríos\n"
    "Secretario de Gobernación\n"
    "Avenida Central 45\n"
    "Ciudad Alta 06600\n"
    "VALDORIEN\n"
    "(korrekte Anrede: Dear Minister/\n"
    " Señor Secretario)\n"
    "Fax: (00 99) 55 1234 5678\n"
    "E-Mail: secretario@gobernacion.example.vd\n\n"
    "Sende eine Kopie an\n\n"
    "BOTSCHAFT DER REPUBLIK VALDORIEN\n"
    "S. E. Herrn Tomás Arriaga\n"
    "Beispielstraße 4, 10117 Berlin\n"
    "Fax: 030-1234 5678\n\n"
    "Bitte schreiben Sie Ihre Appelle möglichst sofort. Schreiben Sie in gutem Spanisch, "
    "Englisch oder auf Deutsch.\n"
)


def test_remark_in_brackets_wrapped_onto_two_lines_is_one_salutation() -> None:
    record = parse_text(DE_WRAPPED, language="de").record
    targets = record["targets"]
    assert len(targets) == 1
    salutation = targets[0]["salutation"]
    assert isinstance(salutation, dict)
    assert set(salutation.values()) == {"Dear Minister", "Señor Secretario"}
    assert targets[0]["fax"] == "(00 99) 55 1234 5678"


# -- 6. The 1990s numbered addressees, salutation in a column ----------------------------------

IS_COLUMNS = (
    "EXTRA 12/31 Death Penalty 2 March 2031\n"
    "USA: (Oregon) Peter M WALDEN\n"
    "Peter Walden, now aged 41, is scheduled to be executed by the state of Oregon, USA, on\n"
    "20 March 2031. He was sentenced to death in 2019.\n"
    "RECOMMENDED ACTION: Please send telegrams/faxes/telephone calls:\n"
    "- urging the Oregon Board of Clemency to recommend that the Governor grant clemency;\n"
    "- stating your opposition to the death penalty.\n"
    "1) Oregon Board of Clemency Dear Board Members\n"
    "1200 Riverside Boulevard, PO Box 4410\n"
    "Capitol Station\n"
    "Salem, OR 97301-4410\n"
    "Telegrams: Oregon Board Clemency, Salem OR 97301, USA\n"
    "Faxes: + 1 503 555 0190\n"
    "2) Ms Helen R Castle Dear Ms Castle\n"
    "Oregon Board of Clemency\n"
    "45 Lake Road, Ste 2\n"
    "Eugene, OR 97401-2200\n"
    "Faxes: + 1 541 555 0123\n"
    "Page 2 of EXTRA 12/31\n"
    "The Honourable Robert Lyle\n"
    "Governor of Oregon\n"
    "Office of the Governor\n"
    "PO Box 9001, Capitol Station\n"
    "Salem, OR 97301\n"
)


def test_salutation_in_a_column_beside_the_first_line() -> None:
    record = parse_text(IS_COLUMNS, language="en").record
    targets = record["targets"]
    board, member = targets[0], targets[1]
    assert _text(board["organisation"]) == "Oregon Board of Clemency"
    assert _text(board["salutation"]) == "Dear Board Members"
    assert "name" not in board
    assert "Capitol Station" in str(board["address_lines"])
    assert member["name"] == "Helen R Castle"
    assert _text(member["salutation"]) == "Dear Ms Castle"


def test_page_line_of_the_notice_is_no_address() -> None:
    record = parse_text(IS_COLUMNS, language="en").record
    governor = [t for t in record["targets"] if t.get("name") == "Robert Lyle"]
    assert len(governor) == 1
    assert "Page 2" not in str(governor[0])


# -- 7. A model letter that salutes each target in turn ---------------------------------------

FR_TURNS = (
    "Écrivez aux autorités valdoriennes pour demander la libération de Minh\n\n"
    "Le procès de Minh est imminent. Il est accusé de « propagande » pour ses articles.\n\n"
    "Si vous souhaitez participer à cette action, écrivez au Premier Ministre valdorien ainsi "
    "qu'au Ministre des Affaires étrangères pour demander sa libération.\n\n"
    "Vous pouvez vous inspirer du modèle de lettre suivant :\n\n\n"
    "Monsieur le Premier Ministre / Monsieur le Ministre des Affaires étrangères\n\n"
    "Je suis fortement préoccupé(e) par le sort du prisonnier d'opinion Minh, arrêté pour ses "
    "articles.\n\n"
    "Je vous exhorte à le libérer au plus tôt et sans condition.\n"
)


def test_letter_that_salutes_each_target_in_turn() -> None:
    draft = parse_text(FR_TURNS, language="fr")
    targets = draft.record["targets"]
    assert len(targets) == 2
    assert [_text(t["salutation"]) for t in targets] == [
        "Monsieur le Premier Ministre",
        "Monsieur le Ministre des Affaires étrangères",
    ]
    assert draft.marked(("targets", 1, "salutation"))


# -- 8. The addressee run into the model letter's salutation ----------------------------------

IE_LETTER = (
    "H.E Amara Okonkwo-Bello The President of the Republic of Valdoria Dear H.E, President "
    "Amara Okonkwo-Bello, I am very concerned that more than 2,000 families in the Riverside "
    "settlement have been left homeless after a forced eviction on 4 May. I urge you to:\n"
    "• Announce a moratorium on evictions\n"
    "• Ensure that the victims receive adequate alternative housing\n"
    "Yours sincerely,\n"
)


def test_addressee_run_into_the_letters_salutation() -> None:
    draft = parse_text(IE_LETTER, language="en")
    target = draft.record["targets"][0]
    assert target["name"] == "Amara Okonkwo-Bello"
    assert _text(target["title"]).startswith("The President of the Republic of Valdoria")
    assert _text(target["salutation"]) == "Dear H.E, President Amara Okonkwo-Bello"
    assert draft.marked(("targets", 0))


def test_courtesy_inside_a_block_line_is_no_column_salutation() -> None:
    from ualetters.importer.parse import _column_salutations

    lines, columns = _column_salutations(
        ["Son Excellence Monsieur le Président Paul Exemple", "2) Ms Ada Lorne Dear Ms Lorne"],
        TABLES["fr"],
    )
    assert lines == ["Son Excellence Monsieur le Président Paul Exemple", "2) Ms Ada Lorne"]
    assert columns == {"Ms Ada Lorne": "Dear Ms Lorne"}
