"""The zones of a page (thirteenth session), with made-up texts: a call to act that points to a
model letter elsewhere, followed by the case's paragraphs (their sentences end in accented
letters or a year); a closing notice and a background heading under a call to act; a name that
an apposition calls a place; a body's name after its noun and a complement.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def _names(record: dict[str, Any]) -> list[str]:
    return [str(person.get("name")) for person in record.get("persons") or []]


# -- 1. a call to act whose zone holds no address: the paragraphs under it are the case --

CALL_THEN_STORY = (
    "IL FAUT LIBÉRER LES MUSICIENS DE VALMORÉ\n\n"
    "CONTEXTE\n\n"
    "Les autorités de Valmoré ont arrêté trois musiciens après un concert à Ostrelà.\n\n"
    "AGIR : ENVOYEZ UN APPEL EN UTILISANT VOS PROPRES MOTS OU LE MODÈLE CI-CONTRE\n\n"
    "Le concert a eu lieu le 3 mai sur la grande place de la ville de Ostrelà. Les "
    "musiciens Joral Tessimé, Brauna Quellet et Dario Fenwald ont été arrêtés à la fin du "
    "concert par des policiers en civil, le 4 mai 2031. Ils sont accusés de trouble à "
    "l’ordre public et risquent cinq ans de prison, selon le code pénal de Valmoré.\n"
)


def test_the_case_under_a_call_to_act_that_holds_no_address_is_read() -> None:
    found = parse_text(CALL_THEN_STORY, language="fr")
    names = _names(found.record)
    assert {"Joral Tessimé", "Brauna Quellet", "Dario Fenwald"} <= set(names)
    assert not found.record.get("targets")


# -- 2. a closing notice and the background under a call to act: no addressee --

CLOSED_UNDER_CALL = (
    "Cierre de AU: 77/31 | Índice: AMR 99/1234/2031 | Mardovia\n\n"
    "Acción Urgente\n\n"
    "MARDOVIA: LIBERADA UNA PERIODISTA\n\n"
    "Lisenka Varo, periodista mardovia, fue detenida el 2 de marzo por la policía de la "
    "capital. Debe quedar en libertad de inmediato.\n\n"
    "Actúa:\n"
    "redacta tu propio llamamiento o utiliza esta carta modelo\n\n\n"
    "NO SE REQUIERE NINGUNA OTRA ACCIÓN. MUCHAS GRACIAS A TODAS LAS PERSONAS QUE ENVIARON "
    "LLAMAMIENTOS.\n\n"
    "Información adicional\n\n\n"
    "Lisenka Varo trabaja para un diario local de la ciudad de Pontevar desde 2024. "
    "Escribió sobre la corrupción en la administración de la región. Su familia no ha podido "
    "visitarla en la prisión donde está recluida desde marzo.\n\n"
    "El 4 de abril de 20\n"
)


def test_a_closing_notice_and_the_background_are_no_addressee() -> None:
    found = parse_text(CLOSED_UNDER_CALL, language="es")
    for target in found.record.get("targets") or []:
        assert "NINGUNA OTRA" not in str(target)
        assert "Información adicional" not in str(target)
        assert "Pontevar" not in str(target)


def test_a_closing_notice_in_the_letters_place_asks_for_no_letter() -> None:
    found = parse_text(CLOSED_UNDER_CALL, language="es")
    assert "demand_form" not in found.record
    assert not found.record.get("demands")


# -- 3. an apposition that calls a name a place --


@pytest.mark.xfail(
    strict=True,
    reason="the rule that read 'X, un district ...' as a place was taken out: one development "
    "value gained, persons lost on other shapes ('X, a village activist'), and a held-out text "
    "refused after it (lead, thirteenth session)",
)
def test_a_name_an_apposition_calls_a_district_is_no_person() -> None:
    text = (
        "IL FAUT LIBÉRER UN AGRICULTEUR\n\n"
        "Les autorités ont arrêté Ivo Tarrand le 4 avril à Morro Vessé. Ivo Tarrand est un "
        "agriculteur de 50 ans. Morro Vessé, un district situé au nord du pays, est une zone "
        "de mines. Nous demandons au parquet de libérer Ivo Tarrand.\n"
    )
    names = _names(parse_text(text, language="fr").record)
    assert "Ivo Tarrand" in names
    assert "Morro Vessé" not in names


# -- 4. a body named after its noun and a complement in small letters --


def test_a_body_named_after_its_noun_and_complement_is_no_person() -> None:
    text = (
        "MARDOVIA: DETENIDO UN DEFENSOR\n\n"
        "Tomasz Belvar, defensor de los derechos humanos, fue detenido el 5 de mayo. Debe "
        "quedar en libertad de inmediato.\n\n"
        "Información adicional\n\n"
        "Tomasz Belvar, perteneciente a la comunidad de Pontevar, es defensor de los derechos "
        "humanos y coordinador del movimiento de base Aurora Lenta, creado con el fin de "
        "ayudar a las víctimas de persecución política y religiosa, tras la guerra de 2024.\n"
    )
    names = _names(parse_text(text, language="es").record)
    assert "Tomasz Belvar" in names
    assert "Aurora Lenta" not in names


# -- 5. a UA's header whose index prints its number with two digits is no address --


def test_a_header_with_a_short_index_number_is_no_addressee() -> None:
    text = (
        "UA 301/31\n"
        "14 March 2031\n"
        "URGENT ACTION\n"
        "AFR 32/45/2031\n"
        "KENYAN POET DETAINED\n"
        "KENYA\n"
        "Ilan Vostrik (m)\n"
        "Kenyan poet Ilan Vostrik was arrested on 10 March at his home in the capital\n"
        "after he read a poem at a festival. He is a prisoner of conscience.\n"
        "Please write immediately in English or your own language:\n"
        "* Calling for the immediate release of Ilan Vostrik\n"
    )
    found = parse_text(text, language="en")
    for target in found.record.get("targets") or []:
        assert "POET" not in str(target)
        assert "arrested" not in str(target)


# -- 6. a model letter that opens with a courtesy's abbreviation and a colon --


def test_a_letter_opening_with_an_abbreviated_courtesy_ends_the_targets() -> None:
    text = (
        "Mardovia: periodistas detenidos\n"
        "Tras la crisis política, la policía de Mardovia detuvo a tres periodistas el 2 de mayo.\n"
        "ACTÚEN:\n"
        "REDACTEN SU PROPIO LLAMAMIENTO O UTILICEN LA SIGUIENTE CARTA MODELO\n"
        "Anselma Torrevieja Quint\n"
        "Av. Central 12, Pontevar 10001, Mardovia atq@presidencia.gob.md\n"
        "Sra. Presidenta Anselma Torrevieja:\n"
        "Me dirijo a usted para expresarle mi preocupación por la detención de tres "
        "periodistas en Mardovia, que solo ejercían su derecho a informar sobre la crisis.\n"
        "Le insto a liberarlos de inmediato.\n"
    )
    found = parse_text(text, language="es")
    targets = found.record.get("targets") or []
    assert targets
    assert "Me dirijo" not in str(targets[0].get("note") or "")
    assert targets[0].get("salutation") == "Sra. Presidenta Anselma Torrevieja"


# -- 7. the page's own heading under the call to act names no addressee --


def test_the_pages_own_heading_above_the_addresses_is_no_target() -> None:
    text = (
        "KENYA: POET DETAINED FOR A POEM\n\n"
        "Ilan Vostrik, a poet, was arrested on 10 March 2031 after reading a poem.\n\n"
        "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER\n\n"
        "Our Appeal\n\n"
        "Minister of Interior Joram Example\n\n"
        "Ministry of Interior\n\n"
        "Harambee Avenue\n\n"
        "Nairobi 00100, Kenya\n\n"
        "Fax: 254 20 555 0101\n\n"
        "Dear Minister,\n\n"
        "I am writing to ask you to release Ilan Vostrik immediately and unconditionally.\n"
    )
    targets = parse_text(text, language="en").record.get("targets") or []
    assert targets
    assert all("Our Appeal" not in str(target) for target in targets)


# -- 8. a rule of asterisks that parts a page's chrome is no bullet --


def test_a_rule_of_asterisks_is_no_bullet_and_its_chrome_no_demand() -> None:
    from ualetters.importer.text import bullet_text

    assert bullet_text("**************************") is None
    assert bullet_text("* Calling for the release of Ilan Vostrik") is not None
    text = (
        "lunes, 3 de marzo de 2031\n\n"
        "Acción Urgente sobre AMENAZAS en MARDOVIA\n\n"
        "*************************************\n"
        "Equipo de Acciones Urgentes de la Sección\n"
        "*************************************\n"
        "Si recibe respuesta de una autoridad, envíenos una copia lo antes posible.\n"
        "Gracias por su colaboración.\n"
        "*************************************\n"
        "AU: 12/31 Índice: AMR 99/001/2031 Fecha de emisión: 1 de marzo de 2031\n"
        "AMENAZAS CONTRA UNA PERIODISTA EN MARDOVIA\n"
        "La periodista Lisenka Varo recibió amenazas de muerte el 27 de febrero en su casa.\n"
    )
    demands = parse_text(text, language="es").record.get("demands") or []
    assert not any("***" in demand or "Equipo" in demand for demand in demands)


# -- 9. a request told in the story's infinitive is no demand --


def test_a_request_in_the_storys_infinitive_is_no_demand() -> None:
    text = (
        "UA: 77/31 Index: ASA 99/7777/2031 Date: 3 March 2031\n\n"
        "URGENT ACTION LAWYERS FORCED FROM THEIR OFFICE IN MARDOVIA\n\n"
        "Two lawyers, Ilan Vostrik and Brauna Quellet, have been threatened in Pontevar. On "
        "the night of 1 March, police visited their landlord. The next day he said he had no "
        "choice but to ask them to leave their office. The lawyers left Pontevar two days "
        "later.\n"
    )
    demands = parse_text(text, language="en").record.get("demands") or []
    assert not any("leave their office" in demand for demand in demands)


def test_a_request_after_a_call_to_write_in_its_sentence_is_kept() -> None:
    text = (
        "URGENT ACTION LAWYERS THREATENED IN MARDOVIA\n\n"
        "Two lawyers, Ilan Vostrik and Brauna Quellet, have been threatened in Pontevar.\n\n"
        "Please write to the Minister of Justice to urge him to protect Ilan Vostrik and "
        "Brauna Quellet.\n"
    )
    demands = parse_text(text, language="en").record.get("demands") or []
    assert any("protect Ilan Vostrik" in demand for demand in demands)


# -- 10. a mandate's holder named in apposition after its long complement --


def test_a_special_rapporteur_in_apposition_is_no_person() -> None:
    text = (
        "IL FAUT LIBÉRER UN PAYSAN\n\n"
        "Les autorités ont arrêté Ivo Tarrand le 4 avril à Morro. Ivo Tarrand est un paysan "
        "de 50 ans. En 2030, le rapporteur spécial des Nations unies sur le droit à "
        "l’alimentation, Paolo Verdanti, a visité la région de Morro et a confirmé la "
        "pollution des terres.\n"
    )
    names = _names(parse_text(text, language="fr").record)
    assert "Ivo Tarrand" in names
    assert "Paolo Verdanti" not in names


def test_the_special_rapporteur_of_the_un_in_apposition_is_no_person() -> None:
    text = (
        "FREE THE FARMER\n\n"
        "The authorities arrested Ivo Tarrand on 4 April in Morro. Ivo Tarrand is a farmer. "
        "In 2030, the Special Rapporteur of the United Nations on the right to food, Paolo "
        "Verdanti, visited the region of Morro.\n"
    )
    names = _names(parse_text(text, language="en").record)
    assert "Ivo Tarrand" in names
    assert "Paolo Verdanti" not in names


def test_the_head_of_a_body_in_apposition_is_still_a_person() -> None:
    text = (
        "IL FAUT LIBÉRER UN PAYSAN\n\n"
        "Les autorités ont arrêté Ivo Tarrand le 4 avril à Morro. Le président de "
        "l’association des paysans de Morro, Ivo Tarrand, a été arrêté chez lui. Nous "
        "demandons sa libération.\n"
    )
    assert "Ivo Tarrand" in _names(parse_text(text, language="fr").record)


# -- 11. a page's list of downloads is no prose --


def test_a_list_of_downloads_names_no_person() -> None:
    text = (
        "MARDOVIA: FÜNF MÄNNER FREIGELASSEN\n\n"
        "Ilan Vostrik und vier weitere Männer wurden am 3. März 2031 freigelassen.\n\n"
        "Weitere Aktionen sind zurzeit nicht erforderlich. Vielen Dank allen, die Appelle "
        "geschrieben haben.\n\n"
        "Downloads\n"
        "FI UA 77 - english\n"
        "Microsoft Word Document, 48.0 kB\n"
        "FI UA 77 - deutsch\n"
        "Microsoft Word Document, 51.5 kB\n"
        "FI UA 77 - français\n"
        "Microsoft Word Document, 50.5 kB\n"
        "FI UA 77 - español\n"
        "Microsoft Word Document, 52.0 kB\n"
    )
    names = _names(parse_text(text, language="de").record)
    assert not any("Document" in name for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "Marc Dupont, a village activist, was arrested. Marc Dupont was beaten in custody.",
        "Amina Bello, the town councillor, was arrested. Amina Bello is held incommunicado.",
    ],
)
def test_a_place_word_that_qualifies_a_role_names_no_place(text: str) -> None:
    # "X, a village activist": the apposition's noun is "activist"; X stays a person (the
    # lead's review of the place apposition rule: a held-out text lost its person to it)
    found = parse_text(text, language="en")
    assert [p.get("name") for p in found.record.get("persons") or []] == [text.split(",")[0]]
