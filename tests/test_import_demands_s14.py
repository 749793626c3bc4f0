"""Demands, languages, status and updates in layouts the importer missed on the development
set (fourteenth session), each family with made-up texts.

Every name, number and fact here is invented. Each case is a family, not a page: the German
"in gutem …" that names languages wherever the sentence puts it, the English "template letter
included in …", the Spanish "Escribe inmediatamente, en …" cut after its first language,
language names the locale data spells otherwise ("Azeri", "Bahasa", "Filipino", "Bengali"),
and a page in two languages that allows the writer's own language in its other block only.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

_STORY = {
    "en": (
        "URGENT ACTION\nTEACHER DETAINED\n\nThe teacher Rolan Vestry was detained in "
        "Exampleland on 4 May and is held without charge.\n\n"
    ),
    "de": (
        "URGENT ACTION\nLEHRER INHAFTIERT\n\nDer Lehrer Rolan Vestry wurde am 4. Mai in "
        "Beispielland festgenommen und wird ohne Anklage festgehalten.\n\n"
    ),
    "es": (
        "ACCIÓN URGENTE\nMAESTRO DETENIDO\n\nEl maestro Rolan Vestry fue detenido en "
        "Ejemplandia el 4 de mayo y permanece recluido sin cargos.\n\n"
    ),
}


@pytest.mark.parametrize(
    ("language", "call", "codes"),
    [
        (
            "de",
            "Bitte schreiben Sie einen höflich formulierten Brief in gutem Filipino, Englisch "
            "oder auf Deutsch an den Präsidenten von Beispielland:",
            ["tl", "en", "de"],
        ),
        (
            "de",
            "Bitte richten Sie Ihre Briefe in gutem Bengali oder Englisch an den Minister.",
            ["bn", "en"],
        ),
        (
            "en",
            "Please write urgently in your own words or using the template letter included in "
            "English to:",
            ["en"],
        ),
        ("en", "Please write immediately in Azeri, English or Russian:", ["az", "en", "ru"]),
        # ("Bahasa" alone is read from the case's country: tests/test_import_review3_s14.py)
        ("en", "Please write immediately in Bahasa Indonesia or English:", ["id", "en"]),
        ("es", "ESCRIBE INMEDIATAMENTE, en español o en", ["es"]),
    ],
)
def test_languages_to_write_in(language: str, call: str, codes: list[str]) -> None:
    draft = parse_text(_STORY[language] + call + "\n", language=language)
    assert draft.record.get("languages") == codes
    assert not draft.marked(("languages",))


def test_the_own_language_allowed_in_the_other_block() -> None:
    text = (
        _STORY["de"] + "Schreiben Sie in gutem Tamil, Englisch oder auf Deutsch.\n\n"
        "PLEASE SEND APPEALS TO ARRIVE AS QUICKLY AS POSSIBLE, IN ENGLISH, TAMIL OR YOUR OWN "
        "LANGUAGE:\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("languages") == ["ta", "en", "de"]
    assert draft.record.get("own_language_allowed") is True


def test_your_own_words_allow_no_own_language() -> None:
    text = (
        _STORY["en"]
        + "Please write in your own words or using the template letter included in English:\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("languages") == ["en"]
    assert draft.record.get("own_language_allowed") is None


# -- a model letter run into the line after its salutation -----------------------------------


@pytest.mark.parametrize(
    ("language", "text", "demand"),
    [
        (
            "en",
            "URGENT ACTION BLOGGER DETAINED The blogger Ilse Marnov was detained in Exampleland "
            "on 2 June. Email: office@example.org Salutation: Dear Minister Dear Minister, I am "
            "writing to demand the immediate release of Ilse Marnov, detained for her posts. "
            "Sincerely, [your name]",
            "I am writing to demand the immediate release of Ilse Marnov, detained for her posts.",
        ),
        (
            "fr",
            "ACTION URGENTE Le blogueur Ilo Marnov est détenu en Exempleland depuis le 2 juin. "
            "Copiez le modèle de lettre ci-dessous et envoyez-le au ministre : Monsieur le "
            "Ministre, Je vous écris pour demander la libération immédiate d’Ilo Marnov. "
            "Veuillez agréer, Monsieur le Ministre, l’expression de ma haute considération.",
            "Je vous écris pour demander la libération immédiate d’Ilo Marnov.",
        ),
    ],
)
def test_a_letter_run_into_the_salutation_line(language: str, text: str, demand: str) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("demands") == [demand]
    assert draft.record.get("demand_form") == "model_letter_only"
    assert draft.marked(("demands",))


def test_a_letter_that_writes_to_express_concern_asks_nothing_yet() -> None:
    text = (
        "ACCIÓN URGENTE\nPERIODISTA DETENIDO\n\nEl periodista Tomás Irvela fue detenido en "
        "Ejemplandia el 3 de mayo.\n\nRedacta tu propio llamamiento o utiliza esta carta "
        "modelo:\n\nSeñor Ministro:\n\nLe escribo para expresar mi preocupación por el caso "
        "de Tomás Irvela, qu"
    )
    draft = parse_text(text, language="es")
    assert not draft.record.get("demands")


def test_stars_run_together_mark_a_footnote_not_a_demand() -> None:
    text = (
        "URGENT ACTION\nSieben Todesurteile in Beispielland\n\n"
        "*** Bitte beachten: Die Zahl der Urteile ändert sich derzeit ständig, die Liste "
        "wird laufend angepasst.\n"
        "Sachlage\nSieben Männern droht in Beispielland die Hinrichtung.\n"
    )
    draft = parse_text(text, language="de")
    assert not any("beachten" in demand for demand in draft.record.get("demands") or [])


# -- a request in the sentence of the call to write starts at the request ----------------------


@pytest.mark.parametrize(
    ("language", "call", "demand"),
    [
        (
            "de",
            "Schreiben Sie an den Innenminister von Beispielland und fordern Sie die sofortige "
            "Freilassung des Lehrers Rolan Vestry.",
            "fordern Sie die sofortige Freilassung des Lehrers Rolan Vestry.",
        ),
        (
            "de",
            "Schreiben Sie an den Innenminister und bitten Sie ihn, Rolan Vestry umgehend "
            "freizulassen.",
            "bitten Sie ihn, Rolan Vestry umgehend freizulassen.",
        ),
        (
            "en",
            "Please write immediately urging the Minister to release Rolan Vestry at once.",
            "urging the Minister to release Rolan Vestry at once.",
        ),
    ],
)
def test_the_request_after_the_call_to_write(language: str, call: str, demand: str) -> None:
    draft = parse_text(_STORY[language] + call + "\n", language=language)
    assert draft.record.get("demands") == [demand]


def test_calling_for_in_the_story_is_no_request() -> None:
    text = (
        _STORY["en"] + "Hundreds of teachers marched in the capital calling for higher pay on "
        "6 May.\n\nPlease write immediately:\n- Release Rolan Vestry.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("demands") == ["Release Rolan Vestry."]


# -- an imperative spelled like a third person asks where it opens its sentence ---------------


@pytest.mark.parametrize(
    ("language", "call", "demand"),
    [
        (
            "de",
            "Bitte fordern Sie die sofortige Freilassung von Rolan Vestry.",
            "fordern Sie die sofortige Freilassung von Rolan Vestry.",
        ),
        (
            "de",
            "Fordern Sie eine unabhängige Untersuchung seiner Festnahme.",
            "Fordern Sie eine unabhängige Untersuchung seiner Festnahme.",
        ),
        (
            "es",
            "Exige la liberación inmediata de Rolan Vestry.",
            "Exige la liberación inmediata de Rolan Vestry.",
        ),
        (
            "en",
            "Calling on the authorities to release Rolan Vestry immediately.",
            "Calling on the authorities to release Rolan Vestry immediately.",
        ),
        (
            "en",
            "Please write to the Minister of Justice asking him to release Rolan Vestry.",
            "asking him to release Rolan Vestry.",
        ),
    ],
)
def test_a_request_that_opens_its_sentence(language: str, call: str, demand: str) -> None:
    draft = parse_text(_STORY[language] + call + "\n", language=language)
    assert draft.record.get("demands") == [demand]
    assert draft.record.get("demand_form") == "imperative"


@pytest.mark.parametrize(
    ("language", "story"),
    [
        ("de", "Seit Jahren fordern sie die Freilassung aller politischen Gefangenen."),
        ("es", "La ley exige la presencia de un abogado en cada interrogatorio."),
        ("en", "Students marched through the capital calling for the minister to resign."),
    ],
)
def test_the_same_words_inside_a_sentence_tell_the_story(language: str, story: str) -> None:
    draft = parse_text(_STORY[language] + story + "\n", language=language)
    assert not draft.record.get("demands")


# -- a model letter's sentence that opens with a polite imperative ----------------------------


@pytest.mark.parametrize(
    ("language", "letter", "second"),
    [
        (
            "de",
            "Musterbrief\n\nSehr geehrter Herr Minister,\n\nich fordere Sie auf, Rolan Vestry "
            "umgehend freizulassen. Gewährleisten Sie bis dahin, dass er Zugang zu einem "
            "Rechtsbeistand hat.\n\nMit freundlichen Grüßen\n",
            "Gewährleisten Sie bis dahin, dass er Zugang zu einem Rechtsbeistand hat.",
        ),
        (
            "fr",
            "Modèle de lettre\n\nMonsieur le Ministre,\n\nJe vous demande de libérer Rolan "
            "Vestry. Veillez à ce qu’il puisse voir un avocat sans délai.\n\nVeuillez agréer, "
            "Monsieur le Ministre, l’expression de ma haute considération.\n",
            "Veillez à ce qu’il puisse voir un avocat sans délai.",
        ),
        (
            "es",
            "Carta modelo\n\nSeñor Ministro:\n\nLe pido que ponga en libertad a Rolan Vestry. "
            "Garantice que pueda ver a un abogado sin demora.\n\nAtentamente,\n",
            "Garantice que pueda ver a un abogado sin demora.",
        ),
    ],
)
def test_a_letter_sentence_with_a_polite_imperative(
    language: str, letter: str, second: str
) -> None:
    story = {
        "de": _STORY["de"],
        "es": _STORY["es"],
        "fr": "ACTION URGENTE\nENSEIGNANT DÉTENU\n\nL’enseignant Rolan Vestry a été arrêté "
        "le 4 mai en Exempleland.\n\n",
    }[language]
    draft = parse_text(story + letter, language=language)
    demands = draft.record.get("demands") or []
    assert second in demands, demands
    assert draft.record.get("demand_form") == "model_letter_only"


# -- more ways a page names the languages to write in ------------------------------------------


@pytest.mark.parametrize(
    ("language", "line", "codes"),
    [
        ("de", "Bitte schreiben Sie in englischer oder deutscher Sprache.", ["en", "de"]),
        ("de", "Bevorzugte Sprachen: Englisch, Spanisch", ["en", "es"]),
        ("en", "Preferred language for your appeals: Arabic, English", ["ar", "en"]),
        ("en", "PREFERRED LANGUAGES: Arabic, French", ["ar", "fr"]),
        ("fr", "Langue privilégiée : arabe, anglais", ["ar", "en"]),
        ("es", "Idiomas preferidos: árabe, inglés", ["ar", "en"]),
    ],
)
def test_preferred_languages_and_adjectives(language: str, line: str, codes: list[str]) -> None:
    story = _STORY.get(language) or (
        "ACTION URGENTE\nENSEIGNANT DÉTENU\n\nL’enseignant Rolan Vestry a été arrêté le 4 mai "
        "en Exempleland.\n\n"
    )
    draft = parse_text(story + line + "\n", language=language)
    assert draft.record.get("languages") == codes
    assert not draft.marked(("languages",))


# -- a dated news heading above a paragraph -------------------------------------------------------


@pytest.mark.parametrize(
    "heading", ["11.03.2031 Latest news", "11.03.2031 Gute Nachrichten", "11.03.2031 Good news"]
)
def test_a_dated_news_heading_is_an_update(heading: str) -> None:
    text = (
        "UA 041/31\nExampleland\n\n" + heading + "\n\nToday the authorities released the "
        "teacher Rolan Vestry after ten weeks in detention. We thank everyone who wrote.\n\n"
        "TEACHER DETAINED\nThe teacher Rolan Vestry was detained in Exampleland on 4 January "
        "2031 and is held without charge.\n"
    )
    draft = parse_text(text, language="en")
    updates = draft.record.get("updates") or []
    assert {"date": "2031-03-11", "kind": "info"}.items() <= updates[0].items(), updates
    assert updates[0]["text"].startswith("Today the authorities released the teacher")


# -- the Amnesty index over the country the text names most -----------------------------------


def test_the_index_files_the_case_where_the_text_names_another_country_more() -> None:
    text = (
        "URGENT ACTION\nUA: 12/31 Index: EUR 55/001/2031 Date: 3 March 2031\n"
        "ACTIVISTS DETAINED AFTER A VISIT\n"
        "Three activists were detained on their return from Russia, where they had met Russian "
        "journalists. Russian media reported the arrests; Russia's embassy made no comment.\n\n"
        "Please write immediately:\n- Release the three activists.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("country") == "AZ"
    assert draft.marked(("country",))


def test_a_version_labelled_updated_makes_an_update() -> None:
    text = (
        "Urgent Action\nLatest info:\n2 May 2031 (Updated)\n14 March 2031\n"
        "Rolan Vestry (m)\nTEACHER STILL DETAINED\nThe teacher Rolan Vestry is still held "
        "without charge in Exampleland.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("status") == "update"
