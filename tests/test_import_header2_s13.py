"""Case header fields (thirteenth session, second header family), with made-up texts: the
date of a credit line under a repost's headline; a date beside the UA's number below a long
preamble.

Every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

# -- 1. issue dates: a credit line's date; a date beside the number below a preamble --


@pytest.mark.parametrize(
    "credit",
    ["Amnesty International - 4 March, 1996", "amnesty.org,4 March 1996"],
)
def test_the_date_of_a_credit_line_under_the_headline(credit: str) -> None:
    text = (
        "Fear of torture for detained farmers\n"
        f"{credit}\n"
        "Three farmers were arrested in Norbridge, Lorvania, on 2 March 1996 and are held "
        "without charge at a police station.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("issued") == "1996-03-04"
    assert found.marked(("issued",))


def test_a_credit_line_without_a_whole_date_gives_none() -> None:
    text = (
        "Fear of torture for detained farmers\n"
        "Amnesty International - March\n"
        "Three farmers were arrested in Norbridge, Lorvania, and are held without charge.\n"
    )
    assert "issued" not in parse_text(text, language="en").record


def test_a_date_beside_the_number_below_a_long_preamble() -> None:
    preamble = "".join(f"Line {n} of the list's own notice to its readers.\n\n" for n in range(9))
    text = (
        preamble + "URGENT ACTION APPEAL\n\n"
        "4 March 1996\n\n"
        "UA 41/96 Fear of torture\n\n"
        "LORVANIA Tomas Avrilo\n\n"
        "Tomas Avrilo, a farmer, was arrested in Norbridge on 2 March 1996.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("issued") == "1996-03-04"
    assert found.rule_of(("issued",)) == "issued.line"


def test_a_date_alone_far_below_the_top_and_away_from_the_number_is_not_the_issue_date() -> None:
    preamble = "".join(f"Line {n} of the list's own notice to its readers.\n\n" for n in range(14))
    text = (
        preamble + "4 March 1996\n\n"
        "Tomas Avrilo, a farmer, was arrested in Norbridge on 2 March 1996.\n\n"
        "Fear of torture.\n"
    )
    assert "issued" not in parse_text(text, language="en").record


# -- 2. deadlines: a relay's "Act By:" field; "bis ... an dieser Aktion teilnehmen"; a date
# "before" which to act, in French and Spanish ("prochain", "próximo") --


@pytest.mark.parametrize(
    ("language", "sentence", "deadline", "deadline_text"),
    [
        ("en", "Action Requested: write letters\nAct By: 27 May 2031", "2031-05-27", None),
        ("de", "Ihr könnt bis 06.03.2031 an dieser Aktion teilnehmen.", "2031-03-06", None),
        ("de", "Sie können bis zum 6. März 2031 an unserer Aktion teilnehmen.", "2031-03-06", None),
        ("fr", "Merci de nous répondre avant le 6 mars prochain.", None, "6 mars"),
        ("fr", "NOUS COMPTONS SUR VOUS – AVANT LE 6 MARS 2031 – MERCI.", "2031-03-06", None),
        ("es", "Pedimos enviar cartas antes del próximo 6 de marzo.", None, "6 de marzo"),
    ],
)
def test_a_deadline_in_a_relays_words(
    language: str, sentence: str, deadline: str | None, deadline_text: str | None
) -> None:
    lead = {
        "en": "Three farmers were arrested in Norbridge, Lorvania, and are held without charge.",
        "de": "Drei Bauern wurden in Norbridge in Lorvanien festgenommen.",
        "fr": "Trois paysans ont été arrêtés à Norbridge, en Lorvanie.",
        "es": "Tres campesinos fueron detenidos en Norbridge, Lorvania.",
    }[language]
    found = parse_text(f"{lead}\n\n{sentence}\n", language=language)
    assert found.record.get("deadline") == deadline
    assert found.record.get("deadline_text") == deadline_text


# -- 3. a headline's kicker that names the ended action --


def test_a_kicker_naming_a_closed_letter_action_closes_it() -> None:
    text = (
        "Lorvanien: Abgeschlossene Briefaktion für Maren Sopol\n\n"
        "Haft für Gewerkschafterin verlängert\n\n"
        "Am 3. Mai verlängerte ein Gericht in Norbridge die Haft von Maren Sopol um 30 Tage. "
        "Sie ist seit einem Jahr in Haft.\n"
    )
    found = parse_text(text, language="de")
    assert found.record.get("status") == "closed"
    assert found.record.get("status_text") == "Abgeschlossene Briefaktion"
    updates = found.record.get("updates") or []
    assert updates and updates[0]["kind"] == "closed"
    assert updates[0]["text"] == "Abgeschlossene Briefaktion"


def test_closing_words_inside_a_sentence_keep_their_sentence() -> None:
    text = (
        "Drei Bauern aus Norbridge wurden freigelassen.\n\n"
        "Lorvanien: die Aktion ist beendet, weil alle drei Bauern frei sind.\n"
    )
    found = parse_text(text, language="de")
    assert found.record.get("status") == "closed"
    assert found.record.get("status_text") != "die Aktion ist beendet"


# -- 4. the index: a label in the page chrome's language; beside the number on its line --


def test_an_index_under_a_label_in_another_language_than_the_text() -> None:
    text = (
        ", Índice: ASA 99/012/1996\n\n"
        "Further information on fear for safety\n\n"
        "Tomas Avrilo, a farmer held in Norbridge, Lorvania, was released on 3 May 1996.\n"
    )
    assert parse_text(text, language="en").record.get("index") == "ASA 99/012/1996"


def test_an_index_beside_the_number_that_opens_the_header_line() -> None:
    text = (
        "AU: 41/96 ndice: AMR 99/012/1996 Lorvania\n\n"
        "Tomas Avrilo, campesino, fue detenido en Norbridge el 2 de marzo de 1996.\n"
    )
    assert parse_text(text, language="es").record.get("index") == "AMR 99/012/1996"


def test_an_index_beside_a_number_cited_in_prose_is_not_the_documents() -> None:
    text = (
        "Tomas Avrilo, a farmer, was arrested in Norbridge, Lorvania (for example, see\n"
        "UA 41/95, AMR 99/12/95, 5 July 1995), and is held without charge.\n"
    )
    assert "index" not in parse_text(text, language="en").record


# -- 5. issue dates under labels: run into the country, the Swiss "UA vom:", a dash --


def test_a_date_label_run_into_the_country_before_it() -> None:
    text = (
        "UA: 41/31 Index: ASA 99/2031/2031 LorvaniaDate: 4 March 2031\n\n"
        "URGENT ACTION\nFARMERS HELD WITHOUT CHARGE\n\n"
        "Three farmers were arrested in Norbridge on 2 March 2031.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("issued") == "2031-03-04"
    assert found.rule_of(("issued",)) == "issued.label"


def test_the_swiss_headers_date_of_the_ua() -> None:
    text = (
        "UA 041/31 I Mitmachen bis 30. April 2031 I (UA vom: 04.03.2031) I "
        "AI-Index: EUR 99/1234/2031\n\n"
        "Drei Bauern wurden am 2. März 2031 in Norbridge festgenommen.\n"
    )
    assert parse_text(text, language="de").record.get("issued") == "2031-03-04"


def test_a_label_and_its_date_between_an_en_dash() -> None:
    text = (
        "Público – Índice AI: AMR 99/006/2031 – 20 de marzo de 2031\n\n"
        "AU 41/31 Temor por la seguridad\n\n"
        "Tres campesinos fueron detenidos en Norbridge el 2 de marzo de 2031.\n"
    )
    assert parse_text(text, language="es").record.get("issued") == "2031-03-20"


# -- 6. titles: a blog post's byline above the heading; capitals run into the text --


def test_a_blog_posts_date_and_author_line_is_no_headline() -> None:
    text = (
        "04.02.2031 14:02 by Maren Sopol (comments: 2)\n"
        "WRITE asking the authorities to free the Norbridge farmers\n"
        "Three farmers were arrested in Norbridge, Lorvania, on 2 February 2031 and are held "
        "without charge.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("title") == (
        "WRITE asking the authorities to free the Norbridge farmers"
    )


def test_a_headline_in_capitals_with_the_texts_first_word_run_into_it() -> None:
    text = (
        "UA: 41/31 Index: AMR 99/1234/2031 Lorvania Date: 4 March 2031"
        "URGENT ACTIONFARMERS HELD WITHOUT CHARGELorvanian police arrested three farmers in "
        "Norbridge on 2 March 2031.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("title") == "FARMERS HELD WITHOUT CHARGE"


# -- 7. the older header's concern below its distribution, under a library title in another
# language and an instruction to the sections --


def test_the_concern_below_the_number_lines_distribution_and_an_instruction() -> None:
    text = (
        'Document - UA 41/91 - Lorvania: possible "disappearance": Tomas Avrilo\n\n'
        "EXTERNO (Para distribución general) Indice AI: AMR 99/12/91/s\n\n"
        "AU 41/91 4 de marzo de 1991 Distr: AU/SC\n\n"
        "LES ROGAMOS ENVIAR COMO MÁXIMO 10 LLAMAMIENTOS POR SECCIÓN\n\n"
        'Posible "desaparición"\n\n'
        "PARAGUAY:Tomas AVRILO, de 31 años de edad\n\n"
        "Tomas Avrilo, campesino, no ha sido visto desde el 2 de marzo de 1991.\n"
    )
    found = parse_text(text, language="es")
    assert found.record.get("title") == 'Posible "desaparición"'


def test_a_date_alone_under_paragraphs_parted_by_blank_lines_is_still_near_the_top() -> None:
    chrome = "".join(f"Ein Satz {n} über den SMS-Dienst der Sektion.\n\n\n" for n in range(5))
    text = (
        chrome + "AKTUELLER FALL\n\n"
        "Lorvanien\n\n"
        "4. März 2031\n\n"
        "Der 22-jährige Tomas Avrilo wurde am 2. März 2031 in Norbridge festgenommen.\n"
    )
    found = parse_text(text, language="de")
    assert found.record.get("issued") == "2031-03-04"
    assert found.marked(("issued",))
