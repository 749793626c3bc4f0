"""Whole items and structure on round 8's pages: families of misses and wrong values.

Every name, address and fact here is invented. Each test is one family that round 8's unseen
pages showed and that will recur on other pages and in other languages: a model letter whose
heading stands above the addressee's block, an index printed in two forms, a further-information
header whole on a page's title line, a block that repeats its office and name in the original
language.
"""

from __future__ import annotations

from ualetters.importer import parse_text

# -- 1. a model letter's heading above the addressee: the block ends at the salutation ------


LETTER_ABOVE_BLOCK = {
    "de": (
        "Briefaktion Herbst 2031\n"
        "Hier findest du den Musterbrief zum Fall zum Unterschreiben und Abschicken.\n"
        "Belarus: Olga Beispiel\n"
        "MUSTERBRIEF\n"
        "APPELLE AN\n"
        "Petrov Ivan Sergeevich\n"
        "Staatsanwalt von St. Lorenz\n"
        "c/o Botschaft der Republik Belarus\n"
        "Hüttelbergstraße 6\n"
        "1140 Wien\n"
        "INHALT\n"
        "Sehr geehrter Herr Staatsanwalt,\n"
        "Olga Beispiel muss sofort und bedingungslos freigelassen werden.\n"
        "Sie wurde lediglich festgenommen, weil sie auf einer Kundgebung ein Schild mit einer\n"
        "Friedenstaube gezeigt hat. Alle Anklagen gegen sie müssen umgehend fallen\n"
        "gelassen werden.\n"
        "Ich fordere Sie außerdem auf, dafür zu sorgen, dass Olga Beispiel bis zu ihrer\n"
        "Freilassung regelmäßigen Kontakt zu ihrer Familie und ihren Anwält*innen erhält.\n"
        "Mit freundlichen Grüßen\n"
    ),
    "en": (
        "Letter marathon 2031\n"
        "Below you will find the model letter for the case, ready to sign and send.\n"
        "Kazakhstan: Dana Example\n"
        "MODEL LETTER\n"
        "Please write to:\n"
        "Akhmetov Nurlan\n"
        "Prosecutor of St. Anna Region\n"
        "c/o Embassy of the Republic of Kazakhstan\n"
        "Felix-Mottl-Strasse 23\n"
        "1190 Wien\n"
        "CONTENT\n"
        "Dear Prosecutor,\n"
        "Dana Example must be released immediately and unconditionally, because she is held\n"
        "only for holding up a placard at a peaceful protest in the capital last spring.\n"
        "All charges against her must be dropped.\n"
        "Yours sincerely,\n"
    ),
}


def test_a_letter_heading_above_the_block_ends_the_block_at_the_salutation_de() -> None:
    draft = parse_text(LETTER_ABOVE_BLOCK["de"], url="https://www.amnesty.at/briefe/2031")
    targets = draft.record["targets"]
    assert len(targets) == 1
    target = targets[0]
    assert target["name"] == "Petrov Ivan Sergeevich"
    assert target["title"] == "Staatsanwalt von St. Lorenz"
    assert target["address_lines"] == [
        "c/o Botschaft der Republik Belarus",
        "Hüttelbergstraße 6",
        "1140 Wien",
    ]
    assert target["country"] == "AT"
    assert "only_for" not in target  # the action's only addressee, reached via the embassy
    assert target["salutation"] == "Sehr geehrter Herr Staatsanwalt"
    assert "note" not in target
    demands = draft.record["demands"]
    assert demands[0] == "Olga Beispiel muss sofort und bedingungslos freigelassen werden."
    assert "Alle Anklagen gegen sie müssen umgehend fallen gelassen werden." in demands
    assert any(d.startswith("Ich fordere Sie außerdem auf, dafür zu sorgen") for d in demands)
    assert draft.record["demand_form"] == "model_letter_only"


def test_a_letter_heading_above_the_block_ends_the_block_at_the_salutation_en() -> None:
    draft = parse_text(LETTER_ABOVE_BLOCK["en"])
    target = draft.record["targets"][0]
    assert target["name"] == "Akhmetov Nurlan"
    assert target["title"] == "Prosecutor of St. Anna Region"
    assert target["address_lines"][-1] == "1190 Wien"
    assert target["country"] == "AT"
    assert "CONTENT" not in target["address_lines"]
    assert target["salutation"] == "Dear Prosecutor"
    demands = draft.record["demands"]
    assert demands[0].startswith("Dana Example must be released immediately")
    assert demands[0].endswith("in the capital last spring.")
    assert "All charges against her must be dropped." in demands


# -- 2. an index printed in two forms: the value is marked for review ------------------------


def test_an_index_printed_twice_in_two_forms_is_marked() -> None:
    text = (
        "Further information on UA 301/93 (AFR 99/07/93, 2 June 1993) - Oldland: fear of "
        "torture: Kofi Example\n\n"
        ", No de index: AFR 99/011/1993\n\n"
        "EXTERNAL (for general distribution) AI Index: AFR 99/11/93\n"
        "14 August 1993\n"
        "OLDLAND: Kofi Example\n"
        "Kofi Example is still held without charge at a police station in the capital.\n"
        "FURTHER RECOMMENDED ACTION: Please send telegrams and airmail letters in English:\n"
        "- urging that Kofi Example be released immediately and unconditionally.\n"
    )
    draft = parse_text(text)
    assert draft.record["index"] in ("AFR 99/011/1993", "AFR 99/11/93")
    assert ("index",) in draft.todos


def test_an_index_of_the_1990s_with_a_two_digit_number_is_read() -> None:
    text = (
        "EXTERNAL (for general distribution) AI Index: EUR 77/04/95\n"
        "UA 12/95 Fear of torture 3 February 1995\n"
        "OLDLAND: Maria Example\n"
        "Maria Example was arrested on 1 February 1995 and is held incommunicado.\n"
        "RECOMMENDED ACTION: Please send telegrams and airmail letters:\n"
        "- urging that Maria Example be released.\n"
    )
    draft = parse_text(text)
    assert draft.record["index"] == "EUR 77/04/95"


# -- 3. a further-information header whole on the page's title line ---------------------------


def test_a_whole_further_information_line_is_not_cut_to_a_wrapped_copy_below() -> None:
    text = (
        "Further information on UA 88/94 (MDE 98/02/94, 5 May 1994) - Farland: death "
        "penalty: Sami Example, Nour Example\n\n"
        "EXTERNAL (for general distribution) AI Index: MDE 98/09/94\n"
        "Further information on UA 88/94 (MDE 98/02/94, 5 May 1994) and follow-up\n"
        "(MDE 98/05/94, 1 July 1994) - Death Penalty\n"
        "FARLAND: Sami Example, Nour Example\n"
        "The death sentences passed on Sami Example and Nour Example have been upheld.\n"
        "FURTHER RECOMMENDED ACTION: Please send telegrams and airmail letters:\n"
        "- urging that the death sentences be commuted.\n"
    )
    draft = parse_text(text)
    title = draft.record["title"]
    assert title != "Death Penalty"
    assert ("title",) in draft.todos or title.startswith("Further information on UA 88/94")


# -- 4. a block that repeats its office and name in the original language ---------------------


def test_a_repeated_office_and_name_in_another_language_is_not_the_organisation() -> None:
    text = (
        "Acción Urgente\n\n"
        "Tierra: ESTUDIANTE DETENIDO POR UNA PINTADA\n\n"
        "Karim Ejemplo, estudiante, fue detenido el 2 de marzo de 2031 por una pintada en la "
        "universidad y está recluido sin cargos desde entonces.\n\n"
        "Actúa: redacta tu propio llamamiento o utiliza esta carta modelo\n\n"
        "Ministro del Interior Omar Ejemplo\n"
        "Minister of Interior Omar Ejemplo\n"
        "Ministry of Interior\n"
        "Government Square 4, Ciudad Capital, Tierra\n"
        "Correo-e: minister@example.gov\n"
    )
    draft = parse_text(text, language="es")
    target = draft.record["targets"][0]
    assert target["name"] == "Omar Ejemplo"
    assert target["title"] == "Ministro del Interior"
    assert target["organisation"] == "Ministry of Interior"
    assert "Ministry of Interior" not in target.get("address_lines", [])


# -- 5. a page that is the letter alone: its salutation is no headline --------------------------


def test_a_page_that_opens_with_the_salutation_is_a_model_letter() -> None:
    text = (
        "Madame la Ministre,\n\n"
        "Je vous écris pour vous faire part de ma vive inquiétude au sujet des 9 étudiants "
        "arrêtés le 3 mars 2031 lors d'une manifestation pacifique à Villebourg.\n\n"
        "Ils sont détenus au secret depuis leur arrestation et leurs familles ignorent où ils "
        "se trouvent.\n\n"
        "Je vous demande donc de :\n\n"
        "- libérer immédiatement et sans condition les 9 étudiants ;\n"
        "- révéler sans délai le lieu où ils sont détenus ;\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("title") != "Madame la Ministre,"
    assert "title" not in draft.record or not draft.record["title"].startswith("Madame")
    assert draft.record["demand_form"] == "model_letter_only"
    assert draft.record["demands"][0].startswith("libérer immédiatement")


# -- 6. a numbered further-information notice: number, update and original date -------------


def test_a_numbered_further_information_notice_en() -> None:
    text = (
        "EXTERNAL (for general distribution) AI Index: AFR 77/31/96\n\n"
        "12 August 1996\n\n"
        "Further information (2) on UA 140/96 (AFR 77/20/96, 4 June 1996) - Fear of torture\n\n"
        "OLDLAND Peter Example, teacher\n\n"
        "Peter Example is still held without charge at a military camp.\n"
    )
    draft = parse_text(text)
    assert draft.record["ua"] == "UA 140/96"
    assert draft.record["update_no"] == 2
    assert draft.record["status"] == "update"
    assert draft.record["ua_issued"] == "1996-06-04"


def test_a_numbered_further_information_notice_es() -> None:
    text = (
        "Acción Urgente Público - Índice AI: AMR 99/041/2009 - 9 de octubre de 2009 "
        "Más información (actualización núm. 2) sobre AU 210/09 (AMR 99/030/2009, de 1 de "
        "septiembre de 2009) - Temor por la seguridad TIERRA Rosa Ejemplo, periodista. "
        "Rosa Ejemplo ha recibido nuevas amenazas de muerte.\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record["ua"] == "AU 210/09"
    assert draft.record["update_no"] == 2
    assert draft.record["status"] == "update"
    assert draft.record["ua_issued"] == "2009-09-01"


# -- 7. follow-ups listed inside the header's brackets, each index with its date -------------


def test_follow_ups_listed_in_the_headers_brackets() -> None:
    text = (
        "EXTERNAL (for general distribution) AI Index: AFR 88/14/93\n"
        "2 December 1993\n"
        "Further information on UA 77/93 (AFR 88/03/93, 5 March 1993 and follow-ups\n"
        "AFR 88/07/93, 20 May 1993 and AFR 88/10/93, 1 August 1993) - Death penalty\n"
        "OLDLAND: Joseph Example\n"
        "The death sentence passed on Joseph Example has been upheld on appeal.\n"
    )
    draft = parse_text(text)
    assert draft.record["ua_issued"] == "1993-03-05"
    updates = draft.record["updates"]
    assert {"date": "1993-05-20", "kind": "info", "text": "follow-up AFR 88/07/93"} in updates
    assert {"date": "1993-08-01", "kind": "info", "text": "follow-up AFR 88/10/93"} in updates


# -- 8. the older header "UA n/yy <title> <date>": the date is the issue date ------------------


def test_the_older_ua_line_ends_in_its_issue_date() -> None:
    text = (
        "UA 310/97 Fear for safety 4 November 1997\n\n"
        "Ahmed Example, Samir Example\n\n"
        "The two men, both journalists, have not been seen since they were detained by "
        "soldiers in the capital of Oldland on 1 November 1997.\n"
    )
    draft = parse_text(text)
    assert draft.record["title"] == "Fear for safety"
    assert draft.record["issued"] == "1997-11-04"


# -- 9. Amnesty Austria's follow-up number and its validity line -------------------------------


def test_a_follow_up_number_after_the_year_and_a_validity_line() -> None:
    text = (
        "Kasachstan: Gewerkschafter wieder frei\n\n"
        "UA-044/2031-2\n"
        "EUR 57/004/2031\n"
        "3. Mai 2031\n\n"
        "Gültigkeit: Sie können an dieser Aktion bis 14. Juni 2031 teilnehmen.\n\n"
        "Der Gewerkschafter Arman Beispiel ist seit dem 28. April wieder frei. Die Behörden "
        "hatten ihn seit März festgehalten.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record["ua"] in ("UA 044/2031-2", "UA-044/2031-2")
    assert draft.record["update_no"] == 2
    assert draft.record["status"] == "update"
    assert draft.record["deadline"] == "2031-06-14"


# -- 10. a block run together: the office's possessive opens the organisation ----------------


def test_a_run_together_block_with_the_offices_possessive_and_a_city() -> None:
    text = (
        "Urgent Action: Lawyer Detained\n\n"
        "Lawyer Mai Example was detained on 2 March 2031.\n\n"
        "Write a letter in your own words or using the sample below to:\n\n"
        "President Tran Van Example President's Office Da Lat, Viet Nam Email: "
        "office@example.gov Salutation: Dear President\n"
    )
    draft = parse_text(text)
    target = draft.record["targets"][0]
    assert target["title"] == "President"
    assert target["name"] == "Tran Van Example"
    assert target["organisation"] == "President's Office"
    assert target["address_lines"] == ["Da Lat, Viet Nam"]


# -- 11. a petition names its addressees above the letter, without addresses ------------------


def test_a_petitions_addressees_named_above_its_letter() -> None:
    text = (
        "La desaparición forzada sigue siendo una práctica habitual de las fuerzas de "
        "seguridad en Tierra, y las familias de las víctimas no reciben respuesta alguna.\n\n"
        "¡Firma y exige a las autoridades que busquen a las personas desaparecidas!\n\n"
        "Lic. Juan Ejemplo Pérez,\n"
        "Presidente de la República\n\n"
        "Dra. Marta Ejemplo Ruiz,\n"
        "Fiscal General de la República\n\n"
        "Les escribo para expresarles mi profunda preocupación por las desapariciones "
        "forzadas en Tierra y por la falta de investigaciones efectivas.\n"
    )
    draft = parse_text(text, language="es")
    targets = draft.record["targets"]
    assert [t["name"] for t in targets] == ["Juan Ejemplo Pérez", "Marta Ejemplo Ruiz"]
    assert targets[1]["title"] == "Fiscal General de la República"
    assert ("targets", 0) in draft.todos  # no address, no phrase asking to write: marked
    assert draft.record["demands"] == [
        "¡Firma y exige a las autoridades que busquen a las personas desaparecidas!"
    ]


# -- 12. a headline in capitals wrapped after a word no headline ends in ----------------------


def test_a_wrapped_headline_in_capitals_is_joined() -> None:
    text = (
        "GEFÄNGNIS FÜR ANWÄLTINNEN UND\n"
        "ANWÄLTE\n"
        "TÜRKEI\n"
        "Selin Beispiel und Murat Beispiel\n\n"
        "Am 2. März 2031 wurden die Anwältin Selin Beispiel und der Anwalt Murat Beispiel "
        "wegen ihrer Arbeit zu Haftstrafen verurteilt.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record["title"] == "GEFÄNGNIS FÜR ANWÄLTINNEN UND ANWÄLTE"


# -- 13. the sections' letter actions by their names, with their month or year ---------------


def test_letter_actions_by_their_names() -> None:
    fr = (
        "Tunisie: Action lettre pour Amira Exemple, blogueuse condamnée\n\n"
        "Lettres contre l'oubli de juin 2031\n"
        "Le 3 avril 2031, la blogueuse Amira Exemple a été condamnée à deux ans de prison.\n"
    )
    draft = parse_text(fr, language="fr")
    assert draft.record["kind"] == "letter_action"
    assert draft.record["issued"] == "2031-06"
    de = (
        "Appellbriefe Briefmarathon 2031\n"
        "Hier findest du die Musterbriefe zum Unterschreiben und Abschicken.\n"
        "Kuba: Luis Beispiel\n"
        "Luis Beispiel wurde am 3. Mai 2031 festgenommen, weil er friedlich protestiert hat.\n"
    )
    draft = parse_text(de, language="de")
    assert draft.record["kind"] == "letter_action"
    assert draft.record["issued"] == "2031"
    assert draft.record["title"] == "Appellbriefe Briefmarathon 2031"


# -- 14. the older notices' numbered addressees, reached by telegram and telex ----------------


def test_an_older_numbered_addressee_with_telegrams_and_telexes() -> None:
    text = (
        "UA 140/93 Fear of torture 2 June 1993\n\n"
        "OLDLAND: Ahmad Example, teacher\n\n"
        "Ahmad Example was arrested on 30 May 1993 and is held without charge.\n\n"
        "RECOMMENDED ACTION: Please send telegrams/telexes/faxes and airmail letters:\n"
        "- urging that Ahmad Example be released immediately.\n\n"
        "1) The Governor of Westshire\n"
        "Datuk Seri Haji Yusof bin Contoh\n"
        "Kota Contoh\n"
        "Telegrams: Governor, Kota Contoh, Westshire, Malaysia\n"
        "Telexes: 80123 GOV MA\n"
        "Salutation: Your Excellency\n"
    )
    draft = parse_text(text)
    target = draft.record["targets"][0]
    assert target["title"] == "The Governor of Westshire"
    assert target["name"] == "Datuk Seri Haji Yusof bin Contoh"
    assert target["address_lines"] == ["Kota Contoh"]
    assert target["note"] == (
        "Telegrams: Governor, Kota Contoh, Westshire, Malaysia; Telexes: 80123 GOV MA"
    )


# -- 15. a repost's kicker "URGENT ACTION - Amnesty International <date>" --------------------


def test_a_reposts_kicker_with_the_sites_name_and_date() -> None:
    text = (
        "Montag, 3. Juni 2030\n"
        "URGENT ACTION - Amnesty International\n"
        "URGENT ACTION - Amnesty International  28 May 2030\n"
        "JOURNALIST HELD INCOMMUNICADO IN OLDLAND\n"
        "On 20 May, journalist Sara Example was arrested at her home in the capital.\n"
        "Please write immediately in English or your own language:\n"
        "- Calling on the authorities to release Sara Example immediately;\n"
    )
    draft = parse_text(text)
    assert draft.record["title"] == "JOURNALIST HELD INCOMMUNICADO IN OLDLAND"
    assert draft.record["issued"] == "2030-05-28"


def test_a_spanish_header_dates_the_document_after_its_index() -> None:
    text = (
        "Acción Urgente Público - Índice AI: AMR 99/041/2009 - 9 de octubre de 2009 "
        "Más información (actualización núm. 2) sobre AU 210/09 (AMR 99/030/2009, de 1 de "
        "septiembre de 2009) - Temor por la seguridad TIERRA Rosa Ejemplo, periodista.\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record["issued"] == "2009-10-09"
