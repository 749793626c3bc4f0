"""Whole pages the importer barely read (ninth session): the gate, a carrier's layout, headers.

Every name, place and fact here is invented. Each test stands for a family of pages found on
unseen texts: a page that names its people at risk only as "two men" and asks its readers to
send letters, or heads itself a further action; a document host that dropped a PDF's bullet
glyphs and left two spaces where each was; the old library's "Document - " before a title and
its "Index number:" label; a relay's "Où écrire :" heading above the addressee.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text
from ualetters.importer.parse import looks_like_ua

# -- 1. the gate: unnamed people, no addressee, but an action's page -------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            # a section's network page: two unnamed brothers, a call to send the letters
            "Kasachstan: Drohende Hinrichtung\n\n"
            "Das Oberste Gericht in Astana hat die Todesurteile gegen die beiden Brüder "
            "bestätigt. Ihre Familie wurde nicht informiert.\n\n"
            "Helfen Sie mit. Bitte schicken Sie die Briefe so bald wie möglich ab.\n",
            "http://netzwerk.amnesty.example/kasachstan/20190412.htm",
        ),
        (
            # the Secretariat's French summary of a further action: title and two sentences
            "Tunisie. Action complémentaire : Des étudiants condamnés pour un poème\n\n"
            "Un étudiant de Sfax a vu sa peine de prison confirmée en appel, tandis que deux "
            "autres attendent leur procès. Ils sont considérés comme des prisonniers "
            "d'opinion.\n",
            "https://www.amnesty.org/fr/documents/mde30/099/2013/fr/",
        ),
        (
            # a Spanish relay: unnamed people, a call to take part
            "Bolivia: Amenazas contra una comunidad\n\n"
            "Varias familias campesinas de Yapacaní recibieron amenazas de muerte tras una "
            "protesta pacífica.\n\n"
            "Amnistía Internacional pide a sus socios: participen en esta acción antes del "
            "final de mes.\n",
            "https://blog.amnistia.example/bolivia-yapacani",
        ),
    ],
)
def test_an_action_page_that_names_no_one_is_drafted(text: str, url: str) -> None:
    draft = parse_text(text, url=url)
    assert looks_like_ua(draft, text, url)
    assert draft.record.get("country")


def test_a_news_page_about_a_country_that_asks_nothing_is_still_refused() -> None:
    text = (
        "Kasachstan: Neue Bergbaugesetze\n\n"
        "Das Parlament in Astana hat am Dienstag neue Regeln für den Bergbau beschlossen. "
        "Die Regierung erwartet mehr Investitionen.\n"
    )
    draft = parse_text(text, url="https://news.example/kasachstan-bergbau")
    assert not looks_like_ua(draft, text, "https://news.example/kasachstan-bergbau")


# -- 2. a PDF's bullets lost by a document host: two spaces where each bullet was ------------


@pytest.mark.parametrize(
    ("text", "demands"),
    [
        (
            "UA: 88/12 Index: AFR 54/011/2012 Sudan Date: 3 May 2012\n\n"
            "URGENT ACTION TEACHER HELD WITHOUT CHARGE Teacher Amina Wadi has been held "
            "without charge since 20 April. She has had no access to a lawyer. Please write "
            "immediately in Arabic, English or your own language:  Calling on the authorities "
            "to release Amina Wadi immediately;  Urging them to let her see a lawyer of her "
            "choice.\n",
            2,
        ),
        (
            "AU: 41/15 Index: AMR 41/020/2015 Mexique Date: 9 mars 2015\n\n"
            "ACTION URGENTE UN JOURNALISTE MENACÉ Le journaliste Tomás Ferro a reçu des "
            "menaces de mort.\n\n"
            "Écrivez immédiatement en espagnol ou dans votre propre langue :  Demandez aux "
            "autorités de protéger Tomás Ferro;  Exhortez-les à mener une enquête sur les "
            "menaces.\n",
            2,
        ),
    ],
)
def test_bullets_lost_as_two_spaces_are_demands(text: str, demands: int) -> None:
    draft = parse_text(text)
    found = draft.record.get("demands") or []
    assert len(found) == demands
    assert all("  " not in demand for demand in found)


def test_two_spaces_after_a_full_stop_are_no_bullet() -> None:
    text = (
        "UA 12/99 Fear of torture\n\nPERU Rosa Quispe (f)\n\n"
        "Rosa Quispe was arrested on 2 March.  She is held at a police station.  Her family "
        "fear she may be tortured.\n"
    )
    draft = parse_text(text)
    assert not draft.record.get("demands")


# -- 3. the old library's document page: "Document - " and "Index number:" -------------------


def test_the_librarys_document_word_is_no_part_of_the_title() -> None:
    text = (
        "Document - Kenya: Fear for safety of land rights activists\n\n"
        ", Index number: AFR 32/014/1999\n\n"
        "Two land rights activists, Joseph Mwangi and Grace Atieno, have received death "
        "threats after a public meeting in Nakuru. Amnesty International fears for their "
        "safety.\n"
    )
    draft = parse_text(text, url="http://www.amnesty.org/en/library/info/AFR32/014/1999/en")
    assert draft.record.get("title") == "Kenya: Fear for safety of land rights activists"
    assert draft.record.get("index") == "AFR 32/014/1999"


# -- 4. a relay's "Où écrire :" heading above the addressee ----------------------------------


def test_where_to_write_heads_the_addressee() -> None:
    text = (
        "Maroc : un syndicaliste en danger\n\n"
        "Le syndicaliste Karim Benali a été arrêté le 4 juin à Agadir. Il risque cinq ans de "
        "prison.\n"
        "Ou écrire :\n"
        "Ministre de la Justice,\n"
        "Monsieur Youssef Alami\n"
        "Place Mamounia, Rabat, Maroc\n"
    )
    draft = parse_text(text)
    targets = draft.record.get("targets") or []
    assert targets
    assert "Alami" in str(targets[0])


# -- 5. a PDF's header run into the kicker: "Date: 2 June 2014URGENT ACTION ..." -------------


def test_a_headers_date_run_into_the_kicker_is_split() -> None:
    text = (
        "Further information on UA: 57/14 Index: ASA 16/004/2014 Myanmar Date: 2 June "
        "2014URGENT ACTION FARMERS' LEADER SENTENCED A farmers' leader, Aung Min Htet, was "
        "sentenced to two years in prison on 28 May for leading a peaceful protest.\n"
    )
    draft = parse_text(text)
    assert draft.record.get("issued") == "2014-06-02"
    assert draft.record.get("title") == "FARMERS' LEADER SENTENCED"
