"""Wrong values no rule marked (ninth session): each family with made-up texts.

Every name, number and fact here is invented. Each case is a cause of an unmarked wrong
value on pages the rules had not seen, stated so that it recurs on other pages and in other
languages:

1. a roll's names printed twice with their markers (a heading lists them above the roll):
   one person, not two;
2. a list of follow-ups that prints the year once (the other dates without it), or a
   semicolon where the comma between an index and its date belongs: every follow-up kept,
   the yearless dates as printed;
3. a stored copy that stops inside a value of a target or a person: the value is marked;
4. a block whose title holds a name (the name and the office run together, or the name cut
   between the title and the name): the title and what beside it is no surer are marked;
5. a link's hidden label run into an email address ("...orgopens in a new tab"): dropped,
   and an address that ends in a word run into it is marked;
6. an issue's ordinal ("Second Urgent Action", "Tercera AU") read as the update's number
   one less: marked, readers differ on it;
7. a closing notice printed twice (a banner and the dated notice): the dated one is kept,
   or the status text is marked.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft

# -- 1. a roll's names printed twice -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Kazakhstan: Further information on prisoners of conscience: Arman Bekov, "
            "Saule Nurova (f), Daniyar Ospan\n\n"
            "Further information on UA 212/97 (EUR 57/03/97, 3 March 1997)\n\n"
            "KAZAKHSTAN: Arman Bekov, lawyer\n\n"
            "Saule Nurova (f), journalist\n\n"
            "Daniyar Ospan, teacher\n\n"
            "Saule Nurova was released on 2 April 1997.",
            "en",
            "Saule Nurova",
        ),
        (
            "Chile: Weitere Informationen zu Gewerkschafter*innen: Rosa Tapia (w), Luis Pardo\n\n"
            "Rosa Tapia (w), Gewerkschafterin\n\n"
            "Luis Pardo, Lehrer\n\n"
            "Rosa Tapia wurde am 3. Mai 2001 freigelassen.",
            "de",
            "Rosa Tapia",
        ),
    ],
)
def test_a_marked_name_printed_twice_is_one_person(text: str, language: str, name: str) -> None:
    draft = parse_text(text, language=language)
    names = [p["name"] for p in draft.record.get("persons") or []]
    assert names.count(name) == 1, names


# -- 2. follow-ups that print the year once ------------------------------------------------------


def test_follow_ups_without_their_year_are_kept_as_printed() -> None:
    text = (
        "Further information on UA 88/02 (AFR 12/003/2002, 4 February 2002) and follow-ups "
        "(AFR 12/005/2002, 19 February 2002; AFR 12/007/2002, 2 March; AFR 12/009/2002; "
        "15 March; AFR 12/011/2002, 3 April 2002) - Fear of torture\n\n"
        "ANGOLA: Mateus Kiala (m), journalist\n\n"
        "Mateus Kiala was released on 10 April 2002."
    )
    draft = parse_text(text, language="en")
    updates = draft.record.get("updates") or []
    follow = [u for u in updates if str(u.get("text", "")).startswith("follow-up")]
    assert [u.get("date") or u.get("date_text") for u in follow] == [
        "2002-02-19",
        "2 March",
        "15 March",
        "2002-04-03",
    ]
    assert follow[2]["text"] == "follow-up AFR 12/009/2002"


def test_a_follow_up_the_list_could_not_date_marks_the_list() -> None:
    text = (
        "Further information on UA 88/02 (AFR 12/003/2002, 4 February 2002) and follow-ups "
        "(AFR 12/005/2002, 19 February 2002; AFR 12/007/2002, early 2002) - Fear of torture\n\n"
        "ANGOLA: Mateus Kiala (m), journalist"
    )
    draft = parse_text(text, language="en")
    assert draft.marked(("updates", 0, "date"))


# -- 3. a copy that stops inside a value ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "key"),
    [
        (
            "RECOMMENDED ACTION: Please send faxes and airmail letters:\n"
            "- calling for the release of the detained farmers;\nAPPEALS TO:\n"
            "1) President of the Republic\nDr. Ana Lucía Ferreyra\nPalacio de Gobierno\n"
            "Asunción, PARAGUAY\nFaxes: + 595 21 414 0000\nSalutation: Dear President\n"
            "2) Minister of the Interior\nLic. Tomás Benítez Ortega\nMinisterio del Interior\n"
            "Avenida Mariscal López 1234\nAsunción, PARAGUAY\nTelegrams: Ministro del Inter",
            "en",
            "note",
        ),
        (
            "Schreiben Sie bitte bis zum 4. Juni 2030 an:\n\nInnenminister\nJonas Petraitis\n"
            "Šventaragio g. 2\n01510 Vilnius\nLITAUEN\nFax: 00370 5 271 8",
            "de",
            "fax",
        ),
    ],
)
def test_a_value_where_the_copy_stops_is_marked(text: str, language: str, key: str) -> None:
    draft = parse_text(text, language=language)
    targets = draft.record.get("targets") or []
    cut = [n for n, block in enumerate(targets) if block.get(key)]
    assert cut, targets
    task = draft.todo_for(("targets", cut[-1], key)) or ""
    # a telegram line is marked as a channel of the past, which says to check it all the same
    assert "stops here" in task or "channel of the past" in task, task


def test_a_value_before_a_whole_last_line_is_not_marked() -> None:
    text = (
        "Schreiben Sie bitte bis zum 4. Juni 2030 an:\n\nInnenminister\nJonas Petraitis\n"
        "Šventaragio g. 2\n01510 Vilnius\nLITAUEN\nFax: 00370 5 271 8888\n\n"
        "Bitte schreiben Sie höflich."
    )
    draft = parse_text(text, language="de")
    assert not draft.marked(("targets", 0, "fax"))


# -- 4. a title that holds a name ----------------------------------------------------------------


def _block_with(draft: Draft, word: str) -> int:
    targets = draft.record.get("targets") or []
    return next(n for n, b in enumerate(targets) if word in str(b.get("title", "")))


@pytest.mark.parametrize(
    ("text", "language", "word"),
    [
        (
            "1. Write a letter in your own words or using the sample below as a guide to one "
            "or both government officials listed.\n"
            "Mahamadou Kountche Issoufou President of the Republic Niamey, Niger Tel: +227 20 72 "
            "00 00 Email: presidence@example.ne Twitter: @PresidenceNE\n",
            "en",
            "President",
        ),
        *(
            (
                "ACTÚEN: REDACTEN SU PROPIO LLAMAMIENTO O UTILICEN LA SIGUIENTE CARTA MODELO\n"
                f"{who}\nMinisterio del Interior (MININTER).\n"
                "Dirección postal: Avenida Abancay 491,\nLima 1, Perú\n"
                "Correo-e: despacho@example.pe\n",
                "es",
                "Ministra",
            )
            # a surname that is also an office's word: the block is cut at it
            for who in ("Ministra Carmen Rosa Alcalde Ortiz", "Ministra Inés Gobernador Paz")
        ),
    ],
)
def test_a_title_that_holds_a_name_is_marked(text: str, language: str, word: str) -> None:
    draft = parse_text(text, language=language)
    number = _block_with(draft, word)
    block = draft.record["targets"][number]
    # Either the block is cut right (the whole name apart from the title) or the title that
    # holds a name is marked: never a title with a name in it that nobody is asked to check.
    name_words = str(block.get("name", "")).split()
    title_words = str(block.get("title", "")).split()
    cut_right = len(name_words) > 1 and not set(name_words) & set(title_words)
    marked = "reads like a name" in (draft.todo_for(("targets", number, "title")) or "")
    assert cut_right or marked, block


def test_an_office_with_capitalised_fields_is_not_marked() -> None:
    text = (
        "Please write immediately in English or your own language:\n\n"
        "Minister of Justice and Human Rights\nJoaquim Tavares Mendes\nRua 17 de Setembro\n"
        "Luanda, Angola\nEmail: gabinete@example.ao\nSalutation: Dear Minister\n"
    )
    draft = parse_text(text, language="en")
    number = _block_with(draft, "Minister")
    assert "reads like a name" not in (draft.todo_for(("targets", number, "title")) or "")


# -- 5. a link's hidden label run into an address --------------------------------------------------


@pytest.mark.parametrize(
    ("line", "language"),
    [
        ("Email: consulado@embajada-example.orgopens in a new tab", "en"),
        ("E-Mail: botschaft@example.orgöffnet in neuem Fenster", "de"),
        ("Correo-e: embajada@example.orgse abre en una nueva pestaña", "es"),
    ],
)
def test_a_links_hidden_label_is_not_part_of_an_email(line: str, language: str) -> None:
    heading = {
        "en": "Please write to:\n\nAmbassador Tendai Moyo\nEmbassy of Example\n"
        "1200 Example Ave NW\nWashington DC 20008\n",
        "de": "Schreiben Sie bitte an:\n\nBotschafter Tendai Moyo\nBotschaft von Simbabwe\n"
        "Kommandantenstraße 80\n10117 Berlin\n",
        "es": "Escriban a:\n\nEmbajador Tendai Moyo\nEmbajada de Zimbabue\n"
        "Calle Ejemplo 12\n28001 Madrid\n",
    }[language]
    draft = parse_text(heading + line, language=language)
    emails = [e for b in draft.record.get("targets") or [] for e in b.get("emails") or []]
    assert emails and all(e.endswith(".org") for e in emails), emails


def test_an_email_with_a_word_run_into_it_is_marked() -> None:
    text = (
        "Please write to:\n\nMinister of Foreign Affairs\nNadia Haddad\nMinistry of Foreign "
        "Affairs\n12 Example Street\nBeirut, Lebanon\nEmail: minister@example.gov.lbPhone\n"
    )
    draft = parse_text(text, language="en")
    targets = draft.record.get("targets") or []
    number = next(n for n, b in enumerate(targets) if b.get("emails"))
    assert draft.marked(("targets", number, "emails"))


# -- 6. an issue's ordinal -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Click here to let us know the actions you took on Second Urgent Action 41.27. "
            "Ali Demir is at risk.",
            "en",
        ),
        ("Tercera AU: 58/26 | Índice: AMR 01/1234/2026 | Fecha: 2 de marzo de 2026", "es"),
    ],
)
def test_an_issues_ordinal_is_marked(text: str, language: str) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("update_no")
    assert draft.marked(("update_no",))


# -- 7. a closing notice printed twice -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "notice"),
    [
        (
            "Perú: Amenazas contra defensoras del agua\n"
            "Esta acción ha finalizado. Gracias a las 2.318 personas firmantes\n"
            "Petición antes del cierre\n"
            "Las defensoras de la laguna reciben amenazas.\n"
            "Esta acción ha finalizado (3 de junio de 2029)\n"
            "Agradecemos a todas las personas que se sumaron a la petición.",
            "es",
            "Esta acción ha finalizado (3 de junio de 2029)",
        ),
        (
            "Nigeria: Journalist detained\n"
            "This action has ended. 1,204 people took part\n"
            "Nkem Obi was arrested.\n"
            "This action has ended (12 May 2028)\n"
            "Thank you to everyone who wrote.",
            "en",
            "This action has ended (12 May 2028)",
        ),
    ],
)
def test_a_closing_notice_printed_twice_keeps_the_dated_one(
    text: str, language: str, notice: str
) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("status") == "closed"
    assert draft.record.get("status_text") == notice or draft.marked(("status_text",))
