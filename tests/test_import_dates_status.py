"""Dates, numbers, status and demands on pages the rules were not written on: each on a made-up UA.

Rounds 3 and 4 showed the header's values trusted where the evidence was weak: a blog's or a
forwarded mail's date taken for the UA's, a date like "12/5/2022" read in one order without a
word, a deadline printed without its day passed on as it stood. These rules read the families
of labels and phrasings across en/de/fr/es and mark what the layout does not carry."""

from __future__ import annotations

from ualetters.importer import draft_yaml, parse_text

BODY = """\
Journalist Ana Example was arrested on 3 May 2031 in Exampleville after she reported on a \
protest. She is held incommunicado and her family fears she is at risk of torture.
"""


def test_a_date_label_of_another_language_dates_a_page_whose_chrome_is_in_it() -> None:
    # A Swiss page: German chrome, French text; the label names its date in German.
    text = (
        "Startseite Urgent Actions 2031 03 Journaliste détenue\n"
        "UA 31/31\nExampleland\n"
        "Aktiv seit 9. März 2031 | Noch 40 Tage Laufzeit\n\n"
        "Une journaliste en détention\n\n"
        "La journaliste Ana Example a été arrêtée le 3 mars 2031 à Exampleville. Elle est "
        "détenue au secret et sa famille craint qu'elle ne soit torturée.\n"
    )
    draft = parse_text(text, language="fr", name="made-up.txt")
    assert draft.record["issued"] == "2031-03-09"
    assert not draft.marked(("issued",))


def test_a_labelled_date_of_issue_wins_over_a_blog_date_above_it() -> None:
    for language, label, date, blog in (
        ("es", "Fecha de emisión:", "25 de marzo de 2031", "martes, 28 de marzo de 2031"),
        ("en", "Date of issue:", "25 March 2031", "Tuesday, 28 March 2031"),
        ("fr", "Date d'émission :", "25 mars 2031", "mardi 28 mars 2031"),
        ("de", "Ausgabedatum:", "25. März 2031", "Dienstag, 28. März 2031"),
    ):
        # A mailing list's own header of many lines stands between the two.
        section = "\n".join(f"Line {n} of the section's own header" for n in range(16))
        text = f"{blog}\n\nA repost\n{section}\nUA 12/31 Index: AMR 00/001/2031 {label} {date}\n"
        draft = parse_text(text + BODY, language=language, name="made-up.txt")
        assert draft.record["issued"] == "2031-03-25", language


def test_a_date_alone_away_from_the_uas_header_is_marked_as_maybe_the_pages() -> None:
    text = "Wednesday, 5 November 2031\n\nEXAMPLELAND: FEAR OF TORTURE\n\n" + BODY
    draft = parse_text(text, language="en", name="made-up.txt")
    assert draft.record["issued"] == "2031-11-05"
    assert "as pages date their posts" in (draft.todo_for(("issued",)) or "")

    beside = "URGENT ACTION\n5 November 2031\nFEAR OF TORTURE\n\n" + BODY
    draft = parse_text(beside, language="en", name="made-up.txt")
    assert draft.record["issued"] == "2031-11-05"
    assert not draft.marked(("issued",))


def test_the_date_of_a_forwarded_mail_is_marked() -> None:
    for language, quote, headers in (
        ("es", "--- El mié, 9/2/31, aauu@example.org escribió:", ("De", "Asunto", "Para")),
        ("en", "On Wed, 9/2/31, ua@example.org wrote:", ("From", "Subject", "To")),
        ("de", "-----Weitergeleitete Nachricht-----", ("Von", "Betreff", "An")),
    ):
        mail = "\n".join(f"{label}: x" for label in headers)
        text = (
            f"9 February 2031\n\nURGENT ACTION\n\n{quote}\n\n{mail}\n\n"
            "URGENT ACTION\nFEAR OF TORTURE\n" + BODY
        )
        draft = parse_text(text, language=language, name="made-up.txt")
        assert draft.record["issued"] == "2031-02-09", language
        assert "forwarded" in (draft.todo_for(("issued",)) or ""), language


def test_a_date_of_two_numbers_that_may_each_be_the_month_is_marked() -> None:
    text = "URGENT ACTION\n12/5/2031\nFEAR OF TORTURE\n\n" + BODY
    draft = parse_text(text, language="fr", name="made-up.txt")
    assert draft.record["issued"] == "2031-05-12"
    assert "day first or month first" in (draft.todo_for(("issued",)) or "")
    # Unambiguous: the 19th is no month; dots are day first everywhere.
    for printed, iso in (("02/19/2031", "2031-02-19"), ("12.5.2031", "2031-05-12")):
        text = f"URGENT ACTION\n{printed}\nFEAR OF TORTURE\n\n" + BODY
        draft = parse_text(text, language="en", name="made-up.txt")
        assert draft.record["issued"] == iso
        assert not draft.marked(("issued",))


def test_a_deadline_without_its_day_is_kept_as_a_month_and_marked() -> None:
    text = (
        "URGENT ACTION\n12 March 2031\nFEAR OF TORTURE\n\n" + BODY + "\n"
        "Please take action as soon as possible. This Urgent Action expires on December 2031.\n"
    )
    draft = parse_text(text, language="en", name="made-up.txt")
    assert draft.record["deadline"] == "2031-12"
    assert "without its day" in (draft.todo_for(("deadline",)) or "")
    # The case file asks for the whole date rather than carrying a month it cannot read.
    assert "deadline: ''" in draft_yaml(draft)
    # Without its year: the text is kept and marked.
    text = text.replace("December 2031", "4 December")
    draft = parse_text(text, language="en", name="made-up.txt")
    assert draft.record["deadline_text"] == "4 December"
    assert draft.marked(("deadline_text",))


def test_deadline_phrasings_worded_around_their_date_in_each_language() -> None:
    for language, sentence, iso in (
        ("en", "Please send appeals as soon as possible, and in any case before 8 May 2031.", ""),
        ("en", "Send your appeals quickly, before 8 May 2031.", ""),
        ("de", "Mitmachen bis 8. Mai 2031", ""),
        ("de", "Schreiben Sie bitte möglichst schnell bis zum 8. Mai 2031.", ""),
        ("fr", "Agir jusqu'au 8 mai 2031", ""),
        ("fr", "Envoyez vos appels le plus vite possible avant le 8 mai 2031.", ""),
        ("es", "Envíen sus llamamientos lo antes posible antes del 8 de mayo de 2031.", ""),
        ("es", "Fecha límite: 8 de mayo de 2031", ""),
    ):
        text = f"URGENT ACTION\n1 April 2031\nFEAR OF TORTURE\n\n{BODY}\n{sentence}\n"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert draft.record.get("deadline") == (iso or "2031-05-08"), sentence
        assert not draft.marked(("deadline",)), sentence


def test_bullets_of_a_later_numbered_step_are_no_demands() -> None:
    text = (
        "URGENT ACTION\n1 April 2031\nFEAR OF TORTURE (UA 12/31)\n\n" + BODY + "\n"
        "1) Please write immediately in English or your own language:\n"
        "  • Calling on the authorities to release Ana Example immediately and unconditionally;\n"
        "  • Urging them to protect her from torture and other ill-treatment.\n"
        "2) For the full Urgent Action, please open the PDF version below.\n"
        "3) Please let us know if you took action:\n"
        "  • EITHER send a short email to ua@example.org with the UA number in the subject,\n"
        "  • OR fill out this short online form to let us know how you took action.\n"
    )
    draft = parse_text(text, language="en", name="made-up.txt")
    assert draft.record["demands"] == [
        "Calling on the authorities to release Ana Example immediately and unconditionally",
        "Urging them to protect her from torture and other ill-treatment.",
    ]


def test_a_bullet_after_other_words_between_the_demands_is_marked() -> None:
    text = (
        "URGENT ACTION\n1 April 2031\nFEAR OF TORTURE (UA 12/31)\n\n" + BODY + "\n"
        "Please write immediately in English or your own language:\n"
        "  • Calling on the authorities to release Ana Example immediately and unconditionally;\n"
        "\nRemember to be polite in every letter you send to the officials.\n"
        "  • Sign your name and give your address at the end of every single letter.\n"
    )
    draft = parse_text(text, language="en", name="made-up.txt")
    assert len(draft.record["demands"]) == 2
    assert not draft.marked(("demands", 0))
    assert draft.marked(("demands", 1))


def test_ua_numbers_in_their_variants() -> None:
    for language, header, ua, update_no in (
        ("fr", "FI 31/31-4\nExampleland", "FI 31/31-4", 4),
        ("de", "UA 031/31-2 I Mitmachen bis 8. Mai 2031", "UA 031/31-2", 2),
        ("es", "Primera AU 031/31: 031/31 | Índice: AMR 00/0001/2031 | Fecha:", "AU 031/31", None),
        ("en", "6th Update UA 3/31", "UA 3/31", 6),
        ("en", "Second update to UA 3/31", "UA 3/31", 2),
    ):
        text = f"{header}\n\nURGENT ACTION\nFEAR OF TORTURE\n\n{BODY}"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert draft.record["ua"] == ua, header
        assert draft.record.get("update_no") == update_no, header
        assert (draft.record["status"] == "update") == bool(update_no), header


def test_the_number_of_a_page_address_is_its_last_one() -> None:
    # The Swiss site files a page under its month ("07-19") before its own number.
    url = "https://ua.example.ch/urgent-actions/2031/07-31/104-31/104-31-4?ua_language=fr"
    draft = parse_text("URGENT ACTION\nFEAR OF TORTURE\n\n" + BODY, url=url, name="made-up.txt")
    assert draft.record["ua"] == "FI 104/31-4"
    assert draft.marked(("ua",))


def test_closing_phrasings_and_a_thank_you_notice_in_each_language() -> None:
    for language, sentence in (
        ("en", "No further appeals are therefore necessary."),
        ("de", "Weitere Appelle sind daher nicht nötig."),
        ("fr", "Il n'est plus nécessaire d'envoyer des appels."),
        ("es", "No es necesario enviar más llamamientos."),
    ):
        text = f"URGENT ACTION\nGOOD NEWS\n\n{BODY}\nAna Example was released. {sentence}\n"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert draft.record["status"] == "closed", sentence
        assert not draft.marked(("status",)), sentence
        assert draft.record["status_text"].endswith(sentence), sentence
    for language, sentence in (
        ("en", "Many thanks to everyone who sent appeals!"),
        ("de", "Vielen Dank an alle, die Appelle geschrieben haben!"),
        ("fr", "Un grand merci à toutes celles et ceux qui ont envoyé des appels !"),
        ("es", "Gracias a todas las personas que enviaron llamamientos."),
    ):
        text = f"URGENT ACTION\nGOOD NEWS\n\n{BODY}\n{sentence}\n"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert draft.record["status"] == "closed", sentence
        assert "check that the action has ended" in (draft.todo_for(("status",)) or "")
    # Thanks while a date to write by still stands: the action goes on.
    text = (
        f"URGENT ACTION\nFEAR OF TORTURE\n\n{BODY}\nMany thanks to everyone who sent "
        "appeals! Please send appeals before 8 May 2031.\n"
    )
    assert parse_text(text, language="en", name="made-up.txt").record["status"] != "closed"


def test_a_further_information_headline_makes_an_update() -> None:
    text = "Exampleland: Further information on fear of torture: Ana Example (f)\n\n" + BODY
    draft = parse_text(text, language="en", name="made-up.txt")
    assert draft.record["status"] == "update"


def _title(text: str, language: str) -> tuple[str | None, bool]:
    draft = parse_text(text, language=language, name="made-up.txt")
    return draft.record.get("title"), draft.marked(("title",))


def test_headline_layouts_around_the_words_urgent_action() -> None:
    # The Swiss site: the country and the kind of action before the headline.
    for language, line in (
        ("de", "URGENT ACTION Exampleland – Briefaktion Journalistin in Haft gefoltert"),
        ("fr", "URGENT ACTION Exampleland – Action lettre → Journaliste torturée en prison"),
    ):
        title, marked = _title(
            f"{line}\n\nUA 031/31-1 I AI-Index: ASA 00/0001/2031\n{BODY}", language
        )
        assert title == line.split("→")[-1].split("Briefaktion")[-1].strip(), line
        # careful readers differed on whether the page's kicker belongs to the title (corpus
        # files 85 and 111 left it out, 202 kept it until the thirteenth session): the
        # reviewer is asked
        assert marked
    # A kind of notice after "Urgent Action", and a dash instead of a colon: the kicker is no
    # part of the headline (corpus README, decided in the thirteenth session; the whole line
    # until then), and what follows it is, country label included.
    for language, line, headline in (
        (
            "en",
            "Urgent Action Outcome: Journalist Freed After Two Years",
            "Journalist Freed After Two Years",
        ),
        (
            "en",
            "Urgent Action good news: journalist freed after two years",
            "journalist freed after two years",
        ),
        (
            "fr",
            "Action urgente - Exampleland. Une journaliste risque d'être torturée.",
            "Exampleland. Une journaliste risque d'être torturée.",
        ),
    ):
        assert _title(f"Press centre\n\n{line}\n\n{BODY}", language) == (headline, False), line


def test_a_headline_below_the_is_header_of_a_repost() -> None:
    text = (
        "martes, 1 de abril de 2031\n\nAccion Urgente sobre la TORTURA en EXAMPLELAND\n"
        "Equipo de Acciones Urgentes\n"
        "AU: 31/31 Índice: AMR 00/001/2031 Fecha de emisión: 28 de marzo de 2031\n"
        "PERIODISTA DETENIDA EN EXAMPLELAND EN RIESGO DE TORTURA\n" + BODY
    )
    assert _title(text, "es") == ("PERIODISTA DETENIDA EN EXAMPLELAND EN RIESGO DE TORTURA", False)


def test_lines_that_are_no_headline_near_the_top_are_passed_over() -> None:
    # A page title with the site's name; the index between "URGENT ACTION" and the heading.
    text = (
        "exampleland - Amnesty International UK\n2nd Update UA 3/31\n1 April 2031\n"
        "URGENT ACTION\nMDE 00/001/2031\nJOURNALIST FACES IMMINENT FLOGGING\n" + BODY
    )
    assert _title(text, "en") == ("JOURNALIST FACES IMMINENT FLOGGING", False)
    # An image's description above the headline.
    text = (
        "Ana Example pictured on a beach wearing a white shirt.\n"
        "Exampleland: Student detained for posting protest videos\n" + BODY
    )
    assert _title(text, "en")[0] == "Exampleland: Student detained for posting protest videos"


def test_the_swiss_sites_headline_below_its_runtime_line_wins_over_its_path() -> None:
    text = (
        "Startseite Urgent Actions 2031 01 Journalist detained in new case\n"
        "FI 104/31-4\nÉgypte\nAktiv seit 8. Januar 2031 | Noch 46 Tage Laufzeit\n\n"
        "Une journaliste en détention dans le cadre d'une nouvelle affaire\n\n" + BODY
    )
    title, marked = _title(text, "fr")
    assert title == "Une journaliste en détention dans le cadre d'une nouvelle affaire"
    assert not marked


def test_country_names_in_the_spellings_of_the_un_and_of_pages() -> None:
    for language, header, code in (
        ("en", "Urgent Action: Journalist at Risk (Viet Nam: UA 161.31)", "VN"),
        ("en", "Urgent Action: Activists Detained (Democratic Republic of Congo: UA 31.31)", "CD"),
        ("en", "Urgent Action: Activist at Risk (Bosnia and Herzegovina: UA 32.31)", "BA"),
        ("fr", "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO\nUA 31/31", "CD"),
        ("fr", "CÔTE D'IVOIRE\nUA 31/31", "CI"),
        ("de", "WEISSRUSSLAND\nUA 31/31", "BY"),
        ("es", "FEDERACIÓN RUSA\nAU 31/31", "RU"),
    ):
        draft = parse_text(f"{header}\n\n{BODY}", language=language, name="made-up.txt")
        assert draft.record.get("country") == code, header


def test_a_date_label_after_a_deadline_on_the_same_header_line() -> None:
    text = (
        "URGENT ACTION Exampleland – Briefaktion Journalistin in Haft gefoltert\n\n"
        "UA 031/31-2 I Mitmachen bis 8. Mai 2031 I (UA Update vom: 09.03.2031) I "
        "AI-Index: ASA 00/0001/2031\n" + BODY
    )
    draft = parse_text(text, language="de", name="made-up.txt")
    assert (draft.record["issued"], draft.record["deadline"]) == ("2031-03-09", "2031-05-08")
    assert not draft.marked(("issued",))


def test_demands_in_the_writers_own_words_are_first_person_whatever_the_verb() -> None:
    text = (
        "URGENT ACTION\n1 April 2031\nFEAR OF TORTURE (UA 12/31)\n\n" + BODY + "\n"
        "Please write immediately in English or your own language:\n"
        "  • I am deeply concerned that Ana Example is held incommunicado;\n"
        "  • We respectfully ask you to release Ana Example immediately.\n"
    )
    draft = parse_text(text, language="en", name="made-up.txt")
    assert draft.record["demand_form"] == "first_person"


def test_a_block_read_above_the_call_to_act_does_not_end_the_demands() -> None:
    # The IS header (heading, index, country) has the shape of an address block.
    text = (
        "exampleland - Amnesty International UK\n\n2nd Update UA 3/31\n8 January 2031\n"
        "URGENT ACTION\nMDE 00/001/2031\nJOURNALIST FACES IMMINENT FLOGGING\nSAUDI ARABIA\n"
        "Ana Example (f)\nAmnesty International has been informed that Ana Example, a "
        "journalist, will be flogged on 9 January.\n"
        "Please write immediately in English, Arabic or your own language:\n"
        "* Calling on the authorities not to carry out any punishment of flogging;\n"
        "* Calling on them to release Ana Example immediately and unconditionally.\n"
    )
    draft = parse_text(text, language="en", name="made-up.txt")
    assert len(draft.record["demands"]) == 2


def test_dated_notices_with_their_text_on_the_same_line() -> None:
    text = (
        "URGENT ACTION\nUA 031/31-2 I AI-Index: ASA 00/0001/2031\n\n"
        "02.10.2031 - Dankesbotschaften der Journalistin für die Unterstützung aller:\n"
        "Nachricht von Ana Example: «Ich bin Ihnen allen dankbar.»\n\n"
        "14.11.2031 / Mise à jour: Ana Example est de nouveau victime d'une disparition forcée.\n"
        + BODY
    )
    draft = parse_text(text, language="de", name="made-up.txt")
    updates = [(u["date"], u["text"][:30]) for u in draft.record["updates"]]
    assert updates == [
        ("2031-10-02", "Dankesbotschaften der Journali"),
        ("2031-11-14", "Ana Example est de nouveau vic"),
    ]
    assert draft.marked(("updates", 0))


def test_a_date_with_its_weekday_is_marked_as_maybe_a_posts_even_beside_urgent_action() -> None:
    for language, line in (
        ("es", "martes, 29 de marzo de 2031"),
        ("en", "Sunday, March 30, 2031"),
        ("de", "Sonntag, 30. März 2031"),
        ("fr", "dimanche 30 mars 2031"),
    ):
        text = f"{line}\n\nAcción urgente sobre TORTURA\nURGENT ACTION\n{BODY}"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert draft.record["issued"].startswith("2031-03"), line
        assert draft.marked(("issued",)), line


def test_thanks_for_appeals_beside_a_deadline_marks_the_open_status() -> None:
    text = (
        f"UA 12/31\nURGENT ACTION\nFEAR OF TORTURE\n\n{BODY}\nMany thanks to all who sent "
        "appeals. Please send appeals before 8 May 2031.\n"
    )
    draft = parse_text(text, language="en", name="made-up.txt")
    assert draft.record["status"] == "open"
    assert "has the action ended" in (draft.todo_for(("status",)) or "")


def test_index_numbers_in_their_variants() -> None:
    for language, line, index in (
        ("en", "This is the first update of AMR 41/8936/2031", "AMR 41/8936/2031"),
        ("es", "Rv: Accion urgente. Indice AI: MDE-13/014/31", "MDE-13/014/31"),
        ("fr", "Index AI: EUR 46/1098/2031", "EUR 46/1098/2031"),
    ):
        draft = parse_text(f"URGENT ACTION\n{line}\n\n{BODY}", language=language, name="m.txt")
        assert draft.record.get("index") == index, line


def test_prose_requests_go_on_in_the_sentences_after_the_first() -> None:
    for language, paragraph, count in (
        (
            "de",
            "Bitte schreiben Sie höflich formulierte Briefe an den Innenminister und bitten Sie "
            "ihn, Ana Example umgehend freizulassen. Fordern Sie ihn außerdem auf, sie bis zu "
            "ihrer Freilassung vor Folter zu schützen. Bis zu ihrer Freilassung ist "
            "sicherzustellen, dass sie Zugang zu ihrer Familie hat.",
            3,
        ),
        (
            "fr",
            "Écrivez au ministre et demandez-lui de libérer Ana Example immédiatement. "
            "Exigez aussi qu'elle soit protégée de la torture jusqu'à sa libération.",
            2,
        ),
        (
            "en",
            "Write to the minister and urge him to release Ana Example immediately. Ask that "
            "she be protected from torture until she is released.",
            2,
        ),
    ):
        text = f"URGENT ACTION\nFEAR OF TORTURE\n\n{BODY}\n{paragraph}\n"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert len(draft.record["demands"]) == count, paragraph
        assert draft.marked(("demands",)), paragraph


def test_date_forms_of_each_language() -> None:
    from ualetters.importer.dates import find_dates

    for language, printed, iso in (
        ("en", "the 5th of March 2031", "2031-03-05"),
        ("es", "el 1 de marzo del 2031", "2031-03-01"),
        ("es", "el 1.º de marzo de 2031", "2031-03-01"),
        ("en", "posted 2031-07-18T16:22:00+0300", "2031-07-18"),
    ):
        assert [found.iso() for found in find_dates(printed, language)] == [iso], printed


def test_closing_and_extension_sentences_of_each_language() -> None:
    for language, sentence in (
        ("en", "This Urgent Action is now closed."),
        ("de", "Die Aktion ist abgeschlossen."),
        ("fr", "Cette action urgente est terminée."),
        ("es", "Esta acción urgente ha finalizado."),
    ):
        text = f"UA 12/31\nURGENT ACTION\nGOOD NEWS\n\n{BODY}\n{sentence}\n"
        assert parse_text(text, language=language, name="m.txt").record["status"] == "closed"
    for language, sentence in (
        ("en", "The deadline has been extended until 8 May 2031."),
        ("de", "Neue Frist: 8. Mai 2031"),
        ("fr", "Nouvelle date limite : 8 mai 2031"),
        ("es", "Se ha ampliado el plazo hasta el 8 de mayo de 2031."),
    ):
        text = f"UA 12/31\nURGENT ACTION\nFEAR OF TORTURE\n\n{BODY}\n{sentence}\n"
        draft = parse_text(text, language=language, name="m.txt")
        assert (draft.record["status"], draft.record["deadline"]) == ("update", "2031-05-08")


def test_the_nationality_the_opening_gives_the_person_names_the_country() -> None:
    for language, opening, code in (
        ("de", "Die vietnamesische Menschenrechtsverteidigerin Ana Example wurde verhaftet.", "VN"),
        ("fr", "Le défenseur égyptien des droits humains Ana Example a été libéré.", "EG"),
        ("es", "La periodista nicaragüense Ana Example fue detenida.", "NI"),
    ):
        # The text names another country once, further down (where she may go into exile).
        text = f"Ana Example\n{opening}\n\n" + "Lorem ipsum.\n" * 8 + "Lorem USA ipsum.\n"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert draft.record.get("country") == code, opening
        assert draft.marked(("country",)), opening


def test_a_labelled_date_of_another_event_is_no_date_of_issue() -> None:
    for language, label in (
        ("en", "Birth date: 2 March 1990"),
        ("es", "Fecha de nacimiento: 2 de marzo de 1990"),
        ("en", "Trial date: 2 March 2031"),
    ):
        text = f"URGENT ACTION\nFEAR OF TORTURE\nAna Example (f)\n{label}\n\n{BODY}"
        draft = parse_text(text, language=language, name="made-up.txt")
        assert "issued" not in draft.record, label
