"""Groups, updates and case header fields on pages nobody tuned the importer to (eleventh
session, rounds 13 and 14).

Every name, number and fact here is invented. Each test is a family of misses: an update's
header wrapped over several lines below a forwarded e-mail's preamble (its headline, the
original UA's date, the dates it was re-issued, the notice's own date), a follow-up list
separated by commas alone, a headline a page ran on into the country and the text, the country
line below a header that ends in dates.
"""

from __future__ import annotations

from ualetters.importer import parse_text

# -- 1. an update's header wrapped over lines, below a forwarded e-mail's preamble ----------

_PREAMBLE = (
    "Dear friends of the valley network,\n\n"
    "Please find below an appeal we received this week.\n\n"
    "With best regards,\n\n"
    "the coordinators\n\n"
    "Go to\n\n"
    "http://www.example.org/urgent/newsletter.html to read this month's\n\n\n\n"
    "Note: Do send letters for these people\n\n"
    "even if the first appeal\n\n"
    "never reached you when it came out on\n\n"
    "March 3, 2004. Thanks!\n\n"
)


def test_a_wrapped_update_header_far_down_gives_the_headline_and_its_dates() -> None:
    text = _PREAMBLE + (
        "14 June 2005\n\n"
        "Further Information on UA 77/04 issued 3\n\n"
        "March 2004 and re-issued 9 May\n\n"
        "2004, 12 January 2005 and 2 April\n\n"
        "2005) - Fear for safety\n\n"
        "Lina Ortavo (f), leader of the Ostra Valley farmers' union\n\n"
        "Lina Ortavo has received new death threats by telephone at her home.\n"
    )
    draft = parse_text(text, language="en")
    record = draft.record
    assert record.get("title") == "Fear for safety"
    assert record.get("ua_issued") == "2004-03-03"
    assert record.get("issued") == "2005-06-14"
    assert record.get("updates") == [
        {"date": "2004-05-09", "kind": "info", "text": "re-issued 9 May 2004"},
        {"date": "2005-01-12", "kind": "info", "text": "re-issued 12 January 2005"},
        {"date": "2005-04-02", "kind": "info", "text": "re-issued 2 April 2005"},
    ]


def test_a_header_whole_on_its_line_is_not_read_as_wrapped() -> None:
    text = (
        "14 June 2005\n"
        "Further Information on UA 77/04 (3 March 2004) - Fear for safety\n"
        "Lina Ortavo (f), leader of the Ostra Valley farmers' union\n"
        "Lina Ortavo was re-issued a passport on 9 May 2004.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Fear for safety"
    assert not draft.record.get("updates")


# -- 2. a follow-up list separated by commas alone ---------------------------------------------


def test_each_index_of_a_follow_up_list_separated_by_commas_is_an_update() -> None:
    text = (
        "EXTERNAL AI Index: AFR 99/31/98 12 May 1998\n"
        "Further information on UA 101/98 (AFR 99/20/98, 2 April 1998) and follow-ups "
        "(AFR 99/24/98, 15 April, AFR 99/27/98, 28 April) - Fear of torture\n"
        "Tomas Veldor, teacher\n"
        "Tomas Veldor is still held at the central police station.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("updates") == [
        {"date_text": "15 April", "kind": "info", "text": "follow-up AFR 99/24/98"},
        {"date_text": "28 April", "kind": "info", "text": "follow-up AFR 99/27/98"},
    ]


# -- 3. a headline run on into the country in capitals and the text ---------------------------


def test_an_update_headline_ends_before_a_run_in_country_in_capitals() -> None:
    text = (
        "EXTERNAL AI Index: AFR 99/31/98 12 May 1998 Further information on UA 101/98 "
        "(AFR 99/20/98, 2 April 1998) - Fear of torture / Legal concern KENYATomas Veldor, "
        "teacher, Ostra Secondary School Ana Lirel, editor, The Ostra Herald Tomas Veldor "
        "is still held at the central police station.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Fear of torture / Legal concern"


# -- 4. the country line below a header that ends in dates --------------------------------------


def test_a_country_line_below_the_header_dates_is_the_case_country() -> None:
    text = (
        "Dear list members,\n"
        "Here is an appeal from the Ostra branch USA that may interest you.\n"
        "17 August 2007\n"
        "Further Information on UA 71/06 (14 October 2006) and\n"
        "follow-up (2 November 2006; 6 February 2007) – Fear of forcible return\n"
        "THAILAND\n"
        "Forty refugees from the hills, including 12 children\n"
        "The refugees are held at a detention centre near the border. Friends in the USA and\n"
        "in the USA again wrote to them, as the USA groups always do.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("country") == "TH"


def test_the_older_spelling_of_kazakhstan_names_the_country() -> None:
    text = (
        "URGENT ACTION APPEAL\n"
        "25 April 2006\n"
        "UA 55/06       Forcible return/torture\n"
        "KAZAKSTAN/CHINA:        Tomas Veldor (m), aged 35\n"
        "Tomas Veldor has been detained since March 2006. China has asked for him to be "
        "returned to China, where China's courts could sentence him to death.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("country") == "KZ"


# -- 5. a group's complement that says what kind of people they are ----------------------------


def test_a_complement_of_origin_belongs_to_the_group() -> None:
    text = (
        "URGENT ACTION\n"
        "STUDENTS HELD INCOMMUNICADO\n"
        "Forty-three students of Ostran origin are still held without contact with the "
        "outside world, five weeks after police took them from their lodgings on 3 May "
        "2019. Officials say the students were planning a march.\n"
        "Write to the Minister of the Interior and ask him to release the students.\n"
    )
    draft = parse_text(text, language="en")
    groups = draft.record.get("groups") or []
    assert [g["description"] for g in groups] == ["Forty-three students of Ostran origin"]


def test_prisoners_of_conscience_are_one_noun_phrase() -> None:
    text = (
        "ACCIÓN URGENTE\n"
        "Con la atención puesta en las elecciones, 52 presos de conciencia siguen "
        "encarcelados en Zembla por ejercer pacíficamente sus libertades.\n"
        "Pide al presidente que los libere.\n"
    )
    draft = parse_text(text, language="es")
    groups = draft.record.get("groups") or []
    assert [g["description"] for g in groups] == ["52 presos de conciencia"]


# -- 6. the members of a body whose name has short joining words and wraps -----------------


def test_a_body_name_goes_on_over_its_joining_words_and_a_wrapped_line() -> None:
    text = (
        "Further information on UA 55/06 (AMR 99/001/2006, 2 March 2006) - Fear for safety\n\n"
        "ZEMBLA Members of Centro de Apoyo a Familias y\n\n"
        "Defensores de Derechos Humanos(CAFDH), Support Centre.\n\n"
        "New names: Members of Red Nacional por los Derechos de la Mujer(RENADEM).\n\n"
        "Members of the two organizations have received death threats by telephone.\n"
    )
    draft = parse_text(text, language="en")
    described = [g["description"] for g in draft.record.get("groups") or []]
    assert described == [
        "Members of Centro de Apoyo a Familias y Defensores de Derechos Humanos(CAFDH)",
        "Members of Red Nacional por los Derechos de la Mujer(RENADEM)",
    ]


# -- 7. a site's dated closing line above news of another day ----------------------------------

_SWISS_CLOSED = (
    "Amnesty Urgent Actions\n"
    "UA 041/21\n"
    "Zembla\n"
    "Abgeschlossen am 4. März 2021\n\n"
    "{day}.03.2021 Latest news\n\n"
    "As many of you know, Tomas Veldor and Ana Lirel were released today. We thank all who "
    "wrote.\n\n"
    "Journalists detained\n"
    "AI-Index: AMR 99/0123/2021\n"
    "Tomas Veldor and Ana Lirel, two journalists, were arrested on 2 February 2021.\n"
)


def test_a_dated_closing_line_is_the_closure_when_the_news_is_of_another_day() -> None:
    draft = parse_text(_SWISS_CLOSED.format(day="01"), language="en")
    assert draft.record.get("status") == "closed"
    closures = [u for u in draft.record.get("updates") or [] if u["kind"] == "closed"]
    assert closures == [
        {"kind": "closed", "text": "Abgeschlossen am 4. März 2021", "date": "2021-03-04"}
    ]


def test_news_of_the_closing_day_says_what_ended_the_action() -> None:
    draft = parse_text(_SWISS_CLOSED.format(day="04"), language="en")
    closures = [u for u in draft.record.get("updates") or [] if u["kind"] == "closed"]
    assert [u.get("date") for u in closures] == ["2021-03-04"]
    assert closures[0]["text"].startswith("As many of you know, Tomas Veldor and Ana Lirel")


# -- 8. German closing words of a relay and a letter action's kicker ---------------------------


def test_no_further_action_recommended_closes_the_action() -> None:
    text = (
        "Der Journalist Tomas Veldor wird in der Provinz Ostra in Haft gehalten.\n"
        "Aktualisierung: Berichten zufolge wurde Tomas Veldor im März 2024 freigelassen.\n"
        "Mehr dazu steht in der ersten Eilaktion, jedoch empfiehlt Amnesty derzeit "
        "keine weiteren Aktionen.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("status") == "closed"


def test_a_letter_action_kicker_with_its_state_is_no_headline() -> None:
    text = (
        "Zembla – Briefaktion / Frist abgelaufen\n"
        "Journalist willkürlich inhaftiert\n"
        "Der Journalist Tomas Veldor ist seit dem 3. Mai 2022 willkürlich inhaftiert.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("title") == "Journalist willkürlich inhaftiert"
    assert draft.record.get("status") == "closed"


def test_the_closing_clause_after_a_turn_is_the_notice_and_is_marked() -> None:
    text = (
        "Der Journalist Tomas Veldor wird in der Provinz Ostra in Haft gehalten.\n"
        "Mehr dazu steht in der ersten Eilaktion, jedoch empfiehlt Amnesty derzeit "
        "keine weiteren Aktionen.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("status_text") == (
        "jedoch empfiehlt Amnesty derzeit keine weiteren Aktionen."
    )
    assert draft.marked(("status_text",))


# -- 9. ordinals of later updates in words ------------------------------------------------------


def test_the_second_update_in_french_words_numbers_the_update() -> None:
    text = (
        "Ceci est la seconde mise à jour de l'AU 55/14. Pour plus d'informations : "
        "http://www.example.org/fr/library/.\n"
        "Tomas Veldor a été libéré sans condition le 9 avril.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("update_no") == 2


def test_a_ninth_issue_in_spanish_words_numbers_the_update() -> None:
    text = (
        "Boletín de la red\n\n"
        "Novena AU: 044/18 | Índice: ASA 99/1234/2024 | Fecha: | Zembla\n\n"
        "Acción Urgente\n\n"
        "Zembla: periodistas cerca de pasar dos años en prisión\n"
    )
    draft = parse_text(text, language="es")
    # the ninth issue is the eighth update (the first issue is the UA itself), marked
    assert draft.record.get("update_no") == 8
    assert draft.marked(("update_no",))


# -- 10. header dates and the concern line in older and section formats ------------------------


def test_an_extra_bulletin_line_gives_the_concern_and_the_date() -> None:
    text = (
        "AI: Zembla bulletin\n"
        "list at example.org\n"
        "+ AMNESTY INTERNATIONAL URGENT ACTION BULLETIN +\n"
        "EXTERNAL AI Index: EUR 99/130/95\n"
        "EXTRA 77/95 Fear of torture 10 November 1995\n"
        "ZEMBLA Ana Lirel (f), aged 17\n"
        "Ana Lirel was detained on 6 November 1995 in the capital.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Fear of torture"
    assert draft.record.get("issued") == "1995-11-10"


def test_a_spanish_action_page_prints_its_start_and_its_end() -> None:
    text = (
        "Zembla: activistas detenidos por llevar camisetas\n"
        "Inició el 12/08/2021, Finaliza el 22/09/2021\n"
        "Tomas Veldor y Ana Lirel fueron detenidos el 5 de agosto por llevar camisetas.\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record.get("issued") == "2021-08-12"
    assert draft.record.get("deadline") == "2021-09-22"


def test_a_french_document_header_dates_the_ua_after_the_country() -> None:
    text = (
        "Zembla. Des militants pacifistes enlevés\n\n"
        "AU 351/11, AMR 99/084/2011 – Zembla 9 décembre 2011\n\n"
        "Tomas Veldor et Ana Lirel ont été enlevés le 6 décembre.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("issued") == "2011-12-09"


# -- 11. people counted after a passive verb's agent are who did it -----------------------------


def test_people_counted_after_by_are_the_perpetrators_not_a_group() -> None:
    text = (
        "UA 12/14 Index: MDE 99/012/2014 Zembla Date: 3 March 2014\n"
        "URGENT ACTION\n"
        "ACTIVIST HELD INCOMMUNICADO\n"
        "Tomas Veldor was forced into an unmarked car by three hooded men on 19 February; "
        "his family has had no word of him since.\n"
    )
    draft = parse_text(text, language="en")
    assert not draft.record.get("groups")


def test_a_missing_caption_and_a_kicker_alone_are_no_headline() -> None:
    text = (
        "£ Caption missing\n"
        "Zembla – Briefaktion\n\n"
        "Aktivist*innen festgenommen\n\n"
        "Die Behörden in Zembla haben am 3. Mai 2025 mehrere Aktivist*innen festgenommen.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("title") == "Aktivist*innen festgenommen"


def test_a_pdf_header_run_together_gives_the_date_and_the_index() -> None:
    text = (
        "UA 53/13 27 February 2013 URGENT ACTION ASA 99/009/2013\n\n"
        "ZEMBLA\n\n"
        "HUMAN RIGHTS LAWYER UNDER SURVEILLANCE\n\n"
        "Men on motorcycles have been watching the lawyer Tomas Veldor's home since 22 "
        "February.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("issued") == "2013-02-27"
    assert draft.record.get("index") == "ASA 99/009/2013"
