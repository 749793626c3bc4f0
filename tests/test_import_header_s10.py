"""Case header fields on pages nobody tuned the importer to (tenth session).

Every name, number and fact here is invented. Each test is a family of misses or unmarked
wrong values of rounds 11 and 12: a hard-wrapped closing notice whose sentence goes on on the
next line, the older Secretariat concern line taken as the headline, a country line run into
the letter's date under a target's address.
"""

from __future__ import annotations

from ualetters.importer import parse_text

# -- 1. a closing notice whose sentence the document's hard line breaks cut ---------------------


def test_a_wrapped_closing_sentence_is_read_to_its_end() -> None:
    text = (
        "Zembla: Further information on fear of torture: Tomas Veldor\n\n"
        "Further information on EXTRA 12/98 - Fear of torture\n"
        "ZEMBLA Tomas Veldor, teacher\n"
        "Tomas Veldor was freed without charge on 3 May 1998. He had been held in a police\n"
        "station since his arrest.\n"
        "Many thanks to all who sent appeals which are believed to have helped bring\n"
        "about the release of Tomas Veldor. His brother told AI that the letters were\n"
        "read by the guards.\n"
    )
    draft = parse_text(text, language="en")
    said = draft.record.get("status_text")
    assert said == (
        "Many thanks to all who sent appeals which are believed to have helped bring "
        "about the release of Tomas Veldor."
    )


# -- 2. the older Secretariat concern line as a headline ---------------------------------------


def test_the_concern_line_gives_way_to_the_library_headline() -> None:
    text = (
        "Document - Zembla: Fear for safety/Harassment\n\n"
        "PUBLIC AI Index: AMR 99/012/2009 25 March 2009\n\n"
        "UA 51/09 Fear for safety/Harassment\n\n"
        "ZEMBLA Members of the Orvan farming cooperative\n\n"
        "Soldiers have threatened members of the Orvan farming cooperative.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Zembla: Fear for safety/Harassment"


def test_a_title_from_the_concern_line_is_marked() -> None:
    text = (
        "PUBLIC AI Index: AFR 99/001/2008\n\n"
        "05 February 2008\n\n"
        "UA 12/08 Incommunicado detention/Fear of torture\n\n"
        "ZEMBLA Tomas Veldor (m), leader, Party for Renewal (PR)\n\n"
        "Tomas Veldor was arrested on 3 February in the capital.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Incommunicado detention/Fear of torture"
    assert draft.marked(("title",))


# -- 3. a country line run into the letter's date under a target's address ---------------------


def test_a_country_line_under_an_address_is_not_the_case_country() -> None:
    text = (
        "Briefe gegen das Vergessen\n\n"
        "September 2020\n\n"
        "Brief\n\n"
        "Head of Judiciary Arto Nemin\n"
        "c/o Permanent Mission of Iran to the UN\n"
        "Chemin du Petit-Saconnex 99\n"
        "1209 Geneva\n"
        "SCHWEIZ Im September 2020\n\n"
        "Exzellenz,\n\n"
        "ich sorge mich um den Lehrer Tomas Veldor, der im Iran in Haft ist. "
        "Er wurde zum Tode verurteilt.\n"
    )
    draft = parse_text(text, language="de")
    # "SCHWEIZ" ends the address of a UN mission in Geneva, not the case's header
    assert draft.record.get("country") == "IR"


# -- 4. the older Secretariat header: the document's date beside or below its index ------------


def test_the_date_on_the_index_line_is_the_issue_date() -> None:
    text = (
        "PUBLIC AI Index: ASA 99/14/99 26 February 1999\n\n"
        "UA 41/99 Fear of torture\n\n"
        "ZEMBLA Tomas Veldor, farmer\n\n"
        "Tomas Veldor has been held without charge since 20 February 1999.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("issued") == "1999-02-26"


def test_the_date_below_the_index_line_is_the_issue_date() -> None:
    text = (
        "Zembla: writer sentenced\n\n"
        "Ana Orvan anaorvan at\n"
        "Fri Nov 10 11:21:57 MST 1995\n\n"
        "I forward this statement from Amnesty International, which says it better than I\n"
        "could.\n\n"
        "Ana Orvan, Leeds.\n\n\n"
        "/* Written 8:59 pm Oct 31, 1995 by anaorvan */\n\n"
        "+     Electronic distribution authorised               +\n"
        "+     This bulletin expires: 12 December 1995.         +\n"
        "EXTERNAL                                 AI Index: AFR 99/25/95\n"
        "                                         31 October 1995\n"
        "Further information on UA 123/94 (AFR 99/03/94, 24 May 1994) - Prisoner of conscience\n"
        "ZEMBLA           Tomas Veldor, writer\n"
        "Tomas Veldor was sentenced to death on 30 October 1995.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("issued") == "1995-10-31"
    # the electronic bulletin's expiry, read like "This Urgent Action expires on ..."
    assert draft.record.get("deadline") == "1995-12-12"


# -- 5. the Secretariat library's page: its title above the ", Index label: index" line ---------


def test_the_line_above_the_library_index_label_is_the_title() -> None:
    text = (
        "Zembla: Further information on fear of torture while detained: Tomas Veldor:\n\n"
        ", N° d'index: AFR 99/068/1997\n\n"
        "Tomas Veldor was released without charge on 3 December 1997.\n\n"
        "EXTERNAL AI Index: AFR 99/68/97\n"
        "9 December 1997\n"
        "Further information on EXTRA 123/97 (AFR 99/63/97, 26 November 1997) - Fear\n"
        "of Torture\n"
        "ZEMBLA Tomas Veldor, farmer\n"
        "Tomas Veldor was released without charge on 3 December 1997.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == (
        "Zembla: Further information on fear of torture while detained: Tomas Veldor:"
    )
    # the Secretariat's "EXTRA" series, numbered like UAs
    assert draft.record.get("ua") == "EXTRA 123/97"


# -- 6. demands: a short first bullet of a participle list, lines whose bullets were lost ------


def test_a_short_first_bullet_of_the_list_is_a_demand() -> None:
    text = (
        "Zembla: Further information on fear of torture: Tomas Veldor\n\n"
        "Tomas Veldor was released without charge on 3 December 1997. Many thanks to all who\n"
        "sent appeals. Participants may send a final round of\n"
        "letters and faxes:\n"
        "- welcoming the release of Tomas Veldor;\n"
        "- expressing deep concern that he was held incommunicado without charge far\n"
        "beyond the limit allowed by Zemblan law;\n"
        "- urging that an investigation be carried out into his illegal detention.\n"
    )
    draft = parse_text(text, language="en")
    demands = draft.record.get("demands") or []
    assert demands[:1] == ["welcoming the release of Tomas Veldor"]
    assert len(demands) == 3


def test_unbulleted_participle_lines_after_the_call_are_demands() -> None:
    text = (
        "Amenazas de muerte contra activistas en Zembla\n\n"
        "Tres activistas de Zembla fueron amenazados en un mensaje enviado por paramilitares.\n"
        "Escriban inmediatamente, en español o en su propio idioma:\n"
        "expresando preocupación por la seguridad de las personas amenazadas;\n"
        "instando a las autoridades a brindarles de inmediato protección efectiva;\n"
        "pidiendo que se investiguen las amenazas.\n"
    )
    draft = parse_text(text, language="es")
    demands = draft.record.get("demands") or []
    assert len(demands) == 3
    assert demands[0].startswith("expresando preocupación")
    assert draft.record.get("demand_form") == "imperative"


# -- 7. Amnesty Japan's page address: "2015ua143.html" -------------------------------------------


def test_the_number_in_a_japanese_sections_address() -> None:
    text = (
        "Latest info:\n21 Oct 2015\nDistribution date:\n13 Jul 2016\n\nUA No:\n\n"
        "On 29 June, the activist Tomas Veldor was conditionally released in Zembla.\n"
    )
    draft = parse_text(text, url="https://www.amnesty.or.jp/en/get-involved/ua/ua/2015ua143.html")
    assert draft.record.get("ua") == "UA 143/15"
    # a label alone on its line, its date on the next
    assert draft.record.get("issued") == "2016-07-13"


# -- 8. the headline below the page's chrome: the Swiss site's, a blog's date -----------------


def test_the_swiss_sites_headline_stands_above_its_index() -> None:
    text = (
        "UA 123/20\n"
        "Abgeschlossen am 17. Dezember 2020\n\n"
        "17.12.2020: Great news\n\n"
        "Tomas Veldor and Mara Ostin were released today, under judicial supervision!\n\n"
        "Thank you, as always, for your support and action!\n\n"
        "Activists arbitrarily detained\n\n"
        "AI-Index: AFR 99/3437/2020\n\n"
        "Political activists Tomas Veldor and Mara Ostin were arrested on 27 November.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Activists arbitrarily detained"


def test_a_country_kicker_is_no_headline_on_the_swiss_site() -> None:
    text = (
        "UA 107/13\n"
        "Zembla\n"
        "Abgeschlossen am 5. Juni 2013\n\n"
        "Des militants maintenus derrière les barreaux\n\n"
        "AI-Index: MDE 99/014/2013\n\n"
        "Six prisonniers d'opinion sont maintenus derrière les barreaux au Zembla.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("title") == "Des militants maintenus derrière les barreaux"


def test_a_blogs_date_in_its_own_language_is_no_headline() -> None:
    text = (
        "sabato 4 agosto 2012\n"
        "Zembla – Government critic detained\n"
        "Government critic Tomas Veldor, aged 71, was arrested at his home in the capital on "
        "15 July. He has been charged with offences against the state.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Zembla – Government critic detained"
    assert draft.record.get("issued") == "2012-08-04"
    assert draft.marked(("issued",))


# -- 9. headlines: "Country: Further information on ..." above the notice's header; the kicker
# before a preposition ------------------------------------------------------------------------


def test_a_country_further_information_headline_above_the_header() -> None:
    text = (
        "Kenya: Further Information on Prisoners of Conscience\n\n"
        "Amnesty International\n"
        "April 24, 2009\n"
        "Appeal/Urgent Action\n\n"
        "PUBLIC AI Index: MDE 99/036/2009\n\n"
        "Further Information on UA 86/09 (MDE 99/024/2009, 27 March 2009) - Prisoners of "
        "conscience\n\n"
        "ZEMBLA Mara Ostin (f), member of the Mothers for Peace\n\n"
        "Mara Ostin was released on bail on 20 April 2009.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") == "Kenya: Further Information on Prisoners of Conscience"


def test_the_kicker_before_a_preposition_is_part_of_the_headline() -> None:
    text = (
        "Acción Urgente sobre DETENCION INCOMUNICACION en ZEMBLA\n\n"
        "Público – Índice AI: MDE 99/006/2009 – 20 de marzo de 2009\n\n"
        "Tomás Veldor está detenido en régimen de incomunicación desde el 1 de marzo.\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record.get("title") == "Acción Urgente sobre DETENCION INCOMUNICACION en ZEMBLA"


# -- 10. German requests in prose: after the addresses, with a date's ordinal dot, "Fordere" ----


def test_german_prose_requests_after_the_addresses() -> None:
    text = (
        "Journalisten in Haft\n\n"
        "Zahlreiche Journalisten sind in Zembla seit Monaten in Untersuchungshaft.\n\n"
        "Appelle an\n\n"
        "Justizminister\n"
        "Arto Nemin\n"
        "Justizministerium\n"
        "12345 Zembla-Stadt\n"
        "ZEMBLA\n\n"
        "Sachlage\n\n"
        "Bitte schreiben Sie höflich formulierte Briefe an den Justizminister und dringen Sie "
        "darauf, alle nach dem 15. Juli 2016 in Untersuchungshaft genommenen Journalisten "
        "umgehend freizulassen. Bestehen Sie darauf, dass die Justiz unabhängig bleibt.\n"
    )
    draft = parse_text(text, language="de")
    demands = draft.record.get("demands") or []
    # (thirteenth session: the demand starts at the request, not at the call to write)
    assert demands[:1] == [
        "dringen Sie darauf, alle nach dem 15. Juli 2016 in Untersuchungshaft genommenen "
        "Journalisten umgehend freizulassen."
    ]


def test_a_request_to_one_reader_fordere_jetzt() -> None:
    text = (
        "Menschenrechtsanwältin in Haft\n\n"
        "Die Anwältin Mara Ostin ist in Zembla seit vier Jahren in Haft.\n\n"
        "Fordere jetzt, dass Mara Ostin unverzüglich und bedingungslos freigelassen wird.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("demands") == [
        "Fordere jetzt, dass Mara Ostin unverzüglich und bedingungslos freigelassen wird."
    ]
    assert draft.record.get("demand_form") == "imperative"
