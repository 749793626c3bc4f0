"""Updates, the case header and its number, each family with made-up texts (twelfth session):
the earlier documents an update's header lists, with or without a word for the follow-ups and
with or without years; the number Amnesty Belgium's summaries print after the index; the
headline a portal's page title or a section's numbered line carries.

Every name, place, number and fact here is invented.
"""

from __future__ import annotations

import pytest

from .helpers import record

# -- 1. The earlier documents an update's header lists ---------------------------------------


def test_year_less_follow_ups_in_the_header_are_kept_with_their_day_and_month() -> None:
    text = (
        "Further information on UA 412/93 (ASA 77/31/93, 2 October and follow-ups ASA "
        "77/33/93, 5 October, ASA 77/35/93, 9 October and ASA 77/38/93, 14 October) - "
        "Freedonia: fear of torture: Anto Velarin\n\n"
        "Anto Velarin, a farmer, remains held without charge at a barracks near Porto Lusa. "
        "His family has not been allowed to see him.\n"
    )
    updates = record(text, "en").get("updates", [])
    assert [u.get("date_text") for u in updates] == ["5 October", "9 October", "14 October"]
    assert all(u["kind"] == "info" for u in updates)
    assert [u["text"] for u in updates] == [
        "follow-up ASA 77/33/93",
        "follow-up ASA 77/35/93",
        "follow-up ASA 77/38/93",
    ]


def test_a_year_less_list_in_the_background_prose_is_no_follow_up_of_this_record() -> None:
    text = (
        "URGENT ACTION\nFear for safety\n\n"
        "Members of a farmers' union in Valderas have been threatened. Earlier attacks on "
        "them were reported (see UA 21/94, AMR 88/04/94, 3 March 1994; and follow-ups AMR "
        "88/06/94, 12 March and AMR 88/09/94, 30 March; UA 40/95, AMR 88/02/95, 4 May 1995).\n"
    )
    assert not record(text, "en").get("updates")


def test_a_header_listing_every_earlier_document_without_a_word_for_the_follow_ups() -> None:
    text = (
        "ai - URGENT ACTION\n"
        "UA-Nr: UA-031/2014-3, AI-Index: AMR 55/019/2016, Datum: 3. Mai 2016\n\n"
        "Ruritanien\nErneut bedroht\n\n"
        "Weitere Informationen zu UA-031/2014 (AMR 55/002/2014, 4. Februar 2014, AMR "
        "55/007/2014, 19. März 2014 und AMR 55/011/2015, 8. Juni 2015)\n\n"
        "Frau LENA OSTROVA\n\n"
        "Die Anwältin Lena Ostrova wird seit 2014 bedroht. Am 28. April erhielt sie erneut "
        "einen anonymen Anruf.\n"
    )
    found = record(text, "de")
    assert found.get("ua_issued") == "2014-02-04"
    updates = found.get("updates", [])
    assert [(u.get("date"), u["kind"]) for u in updates] == [
        ("2014-03-19", "info"),
        ("2015-06-08", "info"),
    ]
    # each is a follow-up, written as every other follow-up is (its date in `date`)
    assert [u["text"] for u in updates] == [
        "follow-up AMR 55/007/2014",
        "follow-up AMR 55/011/2015",
    ]


# -- 2. The number Amnesty Belgium's summaries print ------------------------------------------


@pytest.mark.parametrize(
    ("text", "ua", "index"),
    [
        (
            "Écrire Nadia Korvel (f), journaliste ...\n\n... Nadia Korvel (f), journaliste "
            "AFR 61/004/2010 - AU 87/10 Depuis son arrestation le 2 mars, la journaliste est "
            "détenue au secret.\n\nAction terminée\n",
            "AU 87/10",
            "AFR 61/004/2010",
        ),
        (
            "Écrire Ruritanie. Deux syndicalistes refusent de manger\n\n"
            "action complémentaire sur AU 301/12, MDE 44/071/2012, 4 octobre 2012 ENVOYEZ VOS "
            "APPELS AVANT LE 15 NOVEMBRE 2012. Les syndicalistes Paul Verano et Ilse Marck "
            "observent une grève de la faim.\n\nAction terminée\n",
            "AU 301/12",
            "MDE 44/071/2012",
        ),
    ],
)
def test_a_belgian_summary_gives_its_number(text: str, ua: str, index: str) -> None:
    found = record(text, "fr")
    assert found.get("ua") == ua
    assert found.get("index") == index


# -- 3. The headline in a portal's title or a section's numbered line --------------------------


def test_a_portal_title_gives_the_headline_after_the_country() -> None:
    text = (
        "AKTION/733: Urgent Action - Paraguay - Journalistin verschwunden\n\n\n"
        "ai - URGENT ACTION\n"
        "UA-Nr: UA-088/2012, AI-Index: EUR 55/004/2012, Datum: 6. März 2012\n\n"
        "PARAGUAY\nJournalistin verschwunden\n\n"
        "Die Journalistin Vera Lenz ist seit dem 1. März verschwunden.\n"
    )
    assert record(text, "de").get("title") == "Journalistin verschwunden"


def test_a_numbered_line_with_a_colon_gives_the_headline() -> None:
    text = (
        "UA-118/2019: HAFT OHNE ANKLAGE\n\nRURITANIEN\n\n"
        " UA-118/2019 AI-Index: EUR 55/1120/2019 Datum: 2. Mai 2019 \n\n"
        "Der Gewerkschafter Paul Verano wurde am 20. April festgenommen.\n"
    )
    assert record(text, "de").get("title") == "HAFT OHNE ANKLAGE"


def test_a_kicker_run_into_the_headline_is_no_part_of_it() -> None:
    text = (
        "Primera AU 09/23: 09/23 | Índice: AMR 88/0123/2023 | Fecha: | Ruritania\n"
        "Acción UrgenteRuritania: Periodista detenida sin cargos\n"
        "El 2 de mayo de 2023, la periodista Vera Lenz fue detenida en Porto Lusa.\n"
    )
    assert record(text, "es").get("title") == "Ruritania: Periodista detenida sin cargos"


# -- 4. A longer clause before the demands ------------------------------------------------------


def test_a_long_clause_before_the_demands_does_not_make_the_line_an_addressee() -> None:
    text = (
        "FREEDONIA: Fears for abducted farmer\n\n\n"
        "Paul Verano, a farmer and organizer, has been missing since he was abducted on 3 May "
        "2022 in Porto Lusa. His wife said the abductors called her.\n\n"
        "Write to the Commander of the Eastern Command urging him, as the law "
        "and his office require, to: \n\n"
        "Release Ana Lisk at once and without conditions unless there is solid and  \n\n"
        "fair proof that she has broken a law; \n\n"
        "  • Use every means you have to find Paul quickly, keep him safe, "
        "and return him to his family \n"
        "  • Investigate how he was taken, and bring those suspected of it "
        "before fair courts \n\n"
        "Write to: \n\nGen. Marco Delvan  \n\nCommander, Eastern Command \n"
    )
    demands = record(text, "en").get("demands") or []
    assert (
        "Use every means you have to find Paul quickly, keep him safe, and return him to his family"
    ) in demands
    assert any(d.startswith("Investigate how he was taken") for d in demands)


def test_a_library_headline_with_further_information_is_an_update() -> None:
    text = (
        "Freedonia: Further information: Appeal rejected, lawyer still held: Ana Lisk\n\n"
        "On 3 March 2021, the High Court of Porto Lusa rejected Ana Lisk's appeal against her "
        "five-year sentence. She has had no access to her family since her arrest.\n"
    )
    assert record(text, "en").get("status") == "update"


def test_a_further_information_header_with_its_index_has_its_headline_below() -> None:
    text = (
        "Documento - Freedonia: Liberados nueve sindicalistas de Porto Lusa.\n"
        "Further information on UA 212/13: Index: AFR 88/004/2014 Freedonia 3 March 2014\n"
        "Nine Porto Lusa unionists released\n"
        "On 1 March 2014 a court in Porto Lusa ordered the release of nine trade unionists "
        "who had been held since a strike in November.\n"
    )
    assert record(text, "en").get("title") == "Nine Porto Lusa unionists released"
