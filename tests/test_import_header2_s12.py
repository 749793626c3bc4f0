"""Case header, second wave (twelfth session), with made-up texts: the country an Amnesty
index names by its code when the page prints no country ("AFR 16/..." Burundi); ...

Every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text
from ualetters.importer.text import index_country

# -- 1. the country from the Amnesty index's code, when the page names none --


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        ("AFR 16/002/2008", ("BI", True)),
        ("MDE 13/114/2008", ("IR", True)),
        ("AMR 23/031/2019", ("CO", True)),
        ("EUR 44/0150/2021", ("TR", True)),
        ("ASA 17/5555/2017", ("CN", True)),
        ("ASA21/40/95", ("ID", False)),  # East Timor's too, under the occupation
        ("POL 10/001/2005", None),  # no country: a thematic document
        ("ACT 50/001/2009", None),
    ],
)
def test_an_index_code_names_its_country(index: str, expected: tuple[str, bool] | None) -> None:
    assert index_country(index) == expected


PAGE_WITHOUT_COUNTRY = (
    "AU 77/09 Craintes de torture\n\n"
    "Index AI : {index}\n\n"
    "Action terminée\n\n"
    "Deux hommes, Jorel Mavindu et Sasso Kelembe, arrêtés le 3 mars à leur domicile, sont "
    "détenus au secret dans un camp militaire de la capitale. Leurs familles n'ont reçu "
    "aucune nouvelle depuis leur arrestation.\n\n"
    "Merci à toutes les personnes qui ont écrit.\n"
)


def test_a_page_naming_no_country_takes_the_one_its_index_names() -> None:
    found = parse_text(PAGE_WITHOUT_COUNTRY.format(index="AFR 16/031/2009"), language="fr")
    assert found.record.get("index") == "AFR 16/031/2009"
    assert found.record.get("country") == "BI"
    assert not found.marked(("country",))


def test_an_index_code_whose_country_changed_is_marked() -> None:
    found = parse_text(PAGE_WITHOUT_COUNTRY.format(index="ASA 21/031/1997"), language="fr")
    assert found.record.get("country") == "ID"
    assert found.marked(("country",))


def test_a_country_the_page_names_once_gives_way_to_the_index_marked() -> None:
    # (Fourteenth session: a country the text merely names, against the index's, gives way
    # to the index, which Amnesty assigns by the case's country; the choice is marked.)
    text = PAGE_WITHOUT_COUNTRY.format(index="AFR 16/031/2009").replace(
        "de la capitale", "du Rwanda"
    )
    found = parse_text(text, language="fr")
    assert found.record.get("country") == "BI"
    assert found.marked(("country",))


def test_an_index_opening_a_french_page_before_a_dash_is_the_index() -> None:
    text = (
        "Écrire Pavel Drozdin (h)\n\n"
        "EUR 62/044/2006 - Action complémentaire sur l'AU 88/06 (EUR 62/019/2006, 3 mars "
        "2006) Le tribunal a confirmé la peine de Pavel Drozdin, militant d'une association "
        "de fermiers, malgré les plaintes de ses avocats.\n\n"
        "Action terminée\n"
    )
    found = parse_text(text, language="fr")
    assert found.record.get("index") == "EUR 62/044/2006"
    assert found.record.get("country") == "UZ"


# -- 2. titles: the older header on three lines, a headline printed twice, a letterhead --


def test_the_concern_between_a_lone_ua_number_and_the_country_is_the_title() -> None:
    text = (
        "Rights Watchers: Missing in Kelani\n"
        "Several young men have gone missing in the east of the island after soldiers took "
        "them away for questioning.\n"
        "|\n"
        "14 April 2008\n"
        "UA 77/08\n"
        "Fear for safety/ possible incommunicado detention\n"
        "SRI LANKA\n"
        "Ravi Pathmanadan (m), aged 24\n"
        "On 9 April, men in uniform took Ravi Pathmanadan from his uncle's shop in Kelani.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("title") == "Fear for safety/ possible incommunicado detention"


def test_a_headline_printed_again_under_the_header_wins_over_the_label_above_it() -> None:
    text = (
        "Campaign Corner\n\n"
        "Chad: Student leader held without charge\n\n"
        "Act By: 3 March 2016\n\n"
        "UA 41/16\n"
        "AI Index: AFR 20/3300/2016\n"
        "20 January 2016\n\n"
        "Chad: Student leader held without charge\n\n"
        "Moussa Kereb, who leads a students' union in Ndjamena, was arrested on 12 January.\n"
    )
    found = parse_text(text, language="en")
    assert found.record.get("title") == "Chad: Student leader held without charge"


def test_the_organisations_name_as_a_letterhead_is_no_title() -> None:
    text = (
        "AMNISTÍA INTERNACIONAL\n"
        "Perú Fecha: 3 de mayo de 2016\n"
        "ACCIÓN URGENTE\n"
        "Una dirigente campesina de la provincia de Ayabamba recibió amenazas de muerte tras "
        "denunciar la tala ilegal en su comunidad. Teme por su vida y la de su familia.\n"
    )
    found = parse_text(text, language="es")
    assert found.record.get("title") != "AMNISTÍA INTERNACIONAL"


def test_a_headline_the_site_cut_after_a_button_word_is_still_the_title() -> None:
    text = (
        "Écrire Des dizaines de paysans, parmi lesquels se trouvent ...\n\n"
        "... Albin Koudou (h), Serge Dabré (h)\n\n"
        "Action terminée\n"
    )
    found = parse_text(text, language="fr")
    assert found.record.get("title") == "Des dizaines de paysans, parmi lesquels se trouvent ..."


# -- 3. demands above the bullets, a banner's news opening with an exclamation --


def test_an_unbulleted_request_above_the_bullets_is_the_first_demand_marked() -> None:
    text = (
        "MALAWI: Fears for Detained Teacher\n\n"
        "Grace Nyirenda, a teacher and union organiser, was detained on 4 May 2022 in Zomba.\n\n"
        "Write to the Inspector General of Police urging him to:\n\n"
        "Release Grace Nyirenda at once since she is held only for peaceful union  \n\n"
        "work that the law of the country protects and that harms \n\n"
        "no one; \n\n"
        "  • Ensure she has access to her lawyer and her family while she is detained\n"
        "  • Investigate the reports that officers beat her during her arrest in Zomba\n\n"
        "Write to:\n\n"
        "Inspector General Tomas Banda\n"
        "Police Headquarters, Lilongwe, Malawi\n"
    )
    found = parse_text(text, language="en")
    demands = found.record.get("demands") or []
    assert demands[0] == (
        "Release Grace Nyirenda at once since she is held only for peaceful union work that "
        "the law of the country protects and that harms no one"
    )
    assert demands[1].startswith("Ensure she has access")
    assert found.marked(("demands", 0))


def test_a_banners_news_that_opens_with_an_exclamation_is_read_whole() -> None:
    text = (
        "De la radio a la cárcel en Kirguistán\n\n"
        "Ainura Bekova es una periodista que ha sido condenada a cinco años de prisión.\n\n"
        "Actualización: 3 de marzo de 2020\n\n"
        "¡Gran noticia! ¡Ainura Bekova ha salido de la cárcel! Aún debe presentarse ante el "
        "juez cada mes. Sigue firmando.\n\n"
        "Ainura Bekova es una periodista de 41 años que trabaja en una radio local.\n"
    )
    found = parse_text(text, language="es")
    updates = found.record.get("updates") or []
    news = [u for u in updates if u.get("date") == "2020-03-03"]
    assert news, updates
    assert news[0]["text"] == (
        "¡Gran noticia! ¡Ainura Bekova ha salido de la cárcel! Aún debe presentarse ante el "
        "juez cada mes. Sigue firmando."
    )
