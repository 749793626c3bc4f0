"""Demands and headlines in layouts the importer did not know (ninth session, from the misses
of rounds 9 and 10 on pages nobody had read), each with made-up texts.

Every name, number and fact here is invented. Each case is a family, not a page: a list of
demands a PDF's text layer ran into the line of the call to write, the section's own request
in the first person plural in the case's summary, a call that names only whom to write to, a
page's byline or local group's name above the headline, the old "UA 12/09 - headline" line,
and the Secretariat's header run into the kicker and the headline in capitals.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

# -- 1. demands run together on the line of the call to write (bullets lost) --------------


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        (
            "UA: 41/12 Index: AFR 99/001/2012 Examplestan Date: 3 March 2012\n\n"
            "URGENT ACTION\nJOURNALIST HELD WITHOUT CHARGE\n\n"
            "Journalist Ivan Testov was arrested on 1 March in Exampleville.\n\n"
            "Please write immediately in English, French or your own language:  Expressing "
            "concern that Ivan Testov is held solely for his reporting;  Urging the "
            "authorities to release him immediately and unconditionally.\n\n"
            "PLEASE SEND APPEALS BEFORE 14 APRIL 2012 TO:\nMinister of Justice\n",
            "en",
            [
                "Expressing concern that Ivan Testov is held solely for his reporting",
                "Urging the authorities to release him immediately and unconditionally.",
            ],
        ),
        (
            "Further information on UA: 7/13 Index: EUR 99/002/2013 Date: 9 May 2013 URGENT "
            "ACTION TWO STUDENTS SENTENCED Two students, Ana Prueba and Maria Exempla, were "
            "sentenced to two years. Please write immediately in Russian, English or your "
            "own language: Calling on the authorities to quash the sentences of Ana Prueba "
            "and Maria Exempla; Urging them to ensure that the stud",
            "en",
            [
                "Calling on the authorities to quash the sentences of Ana Prueba and Maria Exempla",
                "Urging them to ensure that the stud",
            ],
        ),
    ],
)
def test_demands_run_into_the_call_to_write(text: str, language: str, wanted: list[str]) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("demands") == wanted
    assert draft.record.get("demand_form") == "imperative"
    if "  " not in text:
        # "; " alone: where each ends is a guess, marked for review (two spaces after the
        # colon or semicolon are the bullets a document host dropped: the bullets' own rule)
        assert draft.marked(("demands",))


# -- 2. the section's own request in the first person plural, in the case's summary -------


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        (
            "Activista detenido en Ejemplandia\n\n"
            "El activista Pablo Ejemplo fue detenido el 3 de mayo en Villaprueba. Su familia "
            "no sabe dónde está. Exigimos a las autoridades que revelen de inmediato su "
            "paradero y lo pongan en libertad.\n\n"
            "Actúen: redacten su propio llamamiento o utilicen esta carta modelo\n",
            "es",
            "Exigimos a las autoridades que revelen de inmediato su paradero y lo pongan en "
            "libertad.",
        ),
        (
            "Journaliste en danger\n\n"
            "La journaliste Ana Prueba a été arrêtée le 2 juin à Exempleville. Nous demandons "
            "aux autorités de la libérer immédiatement et sans condition.\n\nElle est "
            "détenue au secret.\n",
            "fr",
            "Nous demandons aux autorités de la libérer immédiatement et sans condition.",
        ),
        (
            "Gewerkschafter in Haft\n\n"
            "Der Gewerkschafter Ivan Testov wurde am 4. April in Beispielstadt festgenommen. "
            "Wir fordern, dass Ivan Testov umgehend freigelassen wird und dass die Vorwürfe "
            "unabhängig untersucht werden.\n",
            "de",
            "Wir fordern, dass Ivan Testov umgehend freigelassen wird und dass die Vorwürfe "
            "unabhängig untersucht werden.",
        ),
    ],
)
def test_first_person_plural_request_in_the_summary(text: str, language: str, wanted: str) -> None:
    draft = parse_text(text, language=language)
    assert wanted in (draft.record.get("demands") or [])
    assert draft.record.get("demand_form") == "first_person"
    assert draft.marked(("demands",))


# -- 3. a call that names only whom to write to is no demand --------------------------------


def test_call_naming_only_the_addressee_is_no_demand() -> None:
    text = (
        "12. März 2020\n\n"
        "Bitte appelliert an den Innenminister!\n"
        "Derzeit sind 12 Studierende aus Beispielland in Haft. Wir fordern, dass die "
        "Studierenden umgehend freigelassen werden!\n"
    )
    draft = parse_text(text, language="de")
    demands = draft.record.get("demands") or []
    assert not any(demand.startswith("appelliert an") for demand in demands)
    assert demands == ["Wir fordern, dass die Studierenden umgehend freigelassen werden!"]


# -- 4. a byline or a local group's name above the headline is no headline ----------------


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        (
            "Amnesty International Gruppe Beispielstadt (1234)\n\nGruppe Beispielstadt (1234)\n\n"
            "Aktion des Monats Mai 2024\n\nBeispielland: Ana Prueba\n\n"
            "Die Journalistin Ana Prueba ist seit 2021 in Haft.\n",
            "de",
            "Beispielland: Ana Prueba",
        ),
        (
            "Urgent Action 4-5-10\n\nURGENT ACTION APPEAL\n- From Amnesty International USA\n\n"
            "5 April 2010\n\nUA 88/10 - Fear for safety\n\n"
            "EXAMPLESTAN Ivan Testov (m), lawyer\n\nLawyer Ivan Testov has been threatened.\n",
            "en",
            "Fear for safety",
        ),
    ],
)
def test_byline_is_no_headline(text: str, language: str, wanted: str) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("title") == wanted


def test_byline_alone_gives_no_headline() -> None:
    text = (
        "By Amnesty International\n"
        "A court in Exampleville ordered the release of 12 protesters on 3 May. Five others "
        "remain detained without charge.\n"
        "TAKE ACTION:\nWrite a letter in your own words to the official listed.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("title") != "By Amnesty International"


# -- 5. the Secretariat's header run into the kicker and the headline (a PDF's text) -------


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        (
            "Documento - Ejemplandia: Condenas confirmadas.\n\n"
            "Further information on UA: 55/14 Index: AMR 99/003/2014 Examplestan Date: 2 June "
            "2014URGENT ACTION TEACHERS’ SENTENCES UPHELD On 1 June, the Supreme Court upheld "
            "the sentences of five teachers.\n",
            "en",
            "TEACHERS’ SENTENCES UPHELD",
        ),
        (
            "AU: 31/16 Índice: AMR 99/004/2016 Ejemplandia Fecha: 4 de abril de 2016 ACCIÓN "
            "URGENTE PERIODISTA DE 31 AÑOS EN PELIGRO Pablo Ejemplo, periodista de 31 años, "
            "fue detenido el 2 de abril.",
            "es",
            "PERIODISTA DE 31 AÑOS EN PELIGRO",
        ),
    ],
)
def test_header_run_into_the_headline(text: str, language: str, wanted: str) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("title") == wanted


# -- 6. a line naming whom the action writes to, above the headline, is no headline ---------


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        (
            "Para Ministro del Interior de Ejemplandia\n"
            "Ejemplandia: periodistas detenidos por informar\n"
            "Ejemplandia: periodistas detenidos por informar Desde el 3 de marzo, seis "
            "periodistas están detenidos en Villaprueba.\n",
            "es",
            "Ejemplandia: periodistas detenidos por informar",
        ),
        (
            "To the authorities of Examplestan\n"
            "Examplestan: release the detained teachers\n"
            "Since 3 March, six teachers have been detained in Exampleville.\n",
            "en",
            "Examplestan: release the detained teachers",
        ),
    ],
)
def test_addressee_line_is_no_headline(text: str, language: str, wanted: str) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("title") == wanted


# -- 7. the writers' own sentence joining two requests with "and" is one demand -------------


def test_first_person_sentence_with_two_requests_is_one_demand() -> None:
    text = (
        "Ejemplandia: detenciones masivas\n\n"
        "Desde el 2 de mayo, más de cien personas han sido detenidas en Villaprueba. "
        "Exigimos que las autoridades liberen a todas las personas detenidas y pedimos al "
        "fiscal general investigar los malos tratos denunciados.\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record.get("demands") == [
        "Exigimos que las autoridades liberen a todas las personas detenidas y pedimos al "
        "fiscal general investigar los malos tratos denunciados."
    ]
    assert draft.record.get("demand_form") == "first_person"


# -- 8. the document library's page title "Document - ...": the words after the label -----


@pytest.mark.parametrize(
    ("text", "language", "wanted"),
    [
        (
            "2001-05-02 - document - AI२०५८-०१-१९ - दस्तवेज\n\n"
            "Document - Examplestan: Further information on fear for safety: Ivan Testov\n\n"
            "PUBLIC AI Index: ASA 99/012/2001\n\n2 May 2001\n\n"
            "Further Information on UA 12/01 (ASA 99/003/2001, 9 January 2001) Fear for "
            "safety\n\nEXAMPLESTAN Ivan Testov (m), aged 40, teacher\n",
            "en",
            "Examplestan: Further information on fear for safety: Ivan Testov",
        ),
        (
            "Documento - Ejemplandia: Further information on prisoners of conscience: Pablo "
            "Ejemplo, lawyer, Ana Prueba, journalist, Maria Exempla, teacher, Ivan Testov, "
            "student, Jorge Muestra, trade unionist\n\n"
            "EXTERNAL (for general distribution) AI Index: AMR 99/05/96\n\n1 May 1996\n",
            "en",
            "Ejemplandia: Further information on prisoners of conscience: Pablo Ejemplo, lawyer, "
            "Ana Prueba, journalist, Maria Exempla, teacher, Ivan Testov, student, Jorge "
            "Muestra, trade unionist",
        ),
    ],
)
def test_document_library_title(text: str, language: str, wanted: str) -> None:
    draft = parse_text(text, language=language)
    assert draft.record.get("title") == wanted
    assert draft.marked(("title",))
