"""Groups and persons' status and roles (twelfth session), each family with made-up texts:
"A, B and C are members of a farmers' union, the Valley Growers League (VGL)"; a headline
"Members of X (XY), including: A, B"; ...

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import persons_by_name as persons
from .helpers import record, role

# -- 1. "members of" a body described before it is named, or a line that lists its members --


@pytest.mark.parametrize(
    ("text", "language", "names", "expected"),
    [
        (
            "URGENT ACTION\nHeld in Norbridge\n\nThree people have been held without "
            "charge in Norbridge since 2 March.\n\nTomas Avrilo, Kemal Dursana and Piet "
            "Oranjevelt are members of a rural cooperative movement, the Valley Growers "
            "League (VGL), and were among some 40 people arrested at a market on 2 March. "
            "They have not seen a lawyer.\n\nPlease write immediately:\n- Release them now.",
            "en",
            ["Tomas Avrilo", "Kemal Dursana", "Piet Oranjevelt"],
            "member of a rural cooperative movement, the Valley Growers League (VGL)",
        ),
        (
            "UA 77/31 - Lorvania: death threats: Members of La Union Campesina del Sur "
            "(UCAS), including: Rosa Velmar Quist, Anton Belidor, Maren Sopol\n\n"
            "Amnesty International fears for the three people named "
            "above after a letter threatening them arrived at the union's office on 5 May.\n\n"
            "RECOMMENDED ACTION: Please send telegrams/faxes/airmail letters:\n"
            "- urging that the threats be investigated.",
            "en",
            ["Rosa Velmar Quist", "Anton Belidor", "Maren Sopol"],
            "member of La Union Campesina del Sur (UCAS)",
        ),
        (
            "ACCIÓN URGENTE\nDetenidos en Valdora\n\nSiguen "
            "detenidos en Valdora desde el 2 de marzo. Tomás Avrilo, Ramón Dursán y Pedro "
            "Oranjel son miembros de una cooperativa rural, la Liga de Cultivadores del "
            "Valle (LCV), y fueron detenidos en un mercado. No han visto a un abogado.\n\n"
            "Escriban inmediatamente:\n- Pidiendo su liberación inmediata.",
            "es",
            ["Tomás Avrilo", "Ramón Dursán", "Pedro Oranjel"],
            "miembro de una cooperativa rural, la Liga de Cultivadores del Valle (LCV)",
        ),
    ],
)
def test_members_of_a_body_described_or_listed(
    text: str, language: str, names: list[str], expected: str
) -> None:
    found = persons(text, language)
    for name in names:
        assert role(found, name) == expected


def test_members_of_an_undescribed_body_give_no_role() -> None:
    # "members of a large crowd" names no body: no membership is anyone's role
    text = (
        "URGENT ACTION\nFarmers held in Norbridge\n\nTomas Avrilo and Kemal Dursana were "
        "members of a large crowd at the market on 2 March, and were arrested there. They "
        "have not seen a lawyer.\n\nPlease write immediately:\n- Release them now."
    )
    found = persons(text, "en")
    for name in ("Tomas Avrilo", "Kemal Dursana"):
        assert "crowd" not in (role(found, name) or "")


def test_a_line_of_members_without_a_list_gives_no_role() -> None:
    # "Members of X (XY)" as a headline with no list after it: the text speaks of them
    text = (
        "UA 77/31 - Lorvania: death threats: Members of La Union Campesina del Sur (UCAS)\n\n"
        "Rosa Velmar Quist, a lawyer who defends the union, received a threat on 5 May.\n\n"
        "RECOMMENDED ACTION: Please send telegrams/faxes/airmail letters:\n"
        "- urging that the threats be investigated."
    )
    found = persons(text, "en")
    assert "UCAS" not in (role(found, "Rosa Velmar Quist") or "")


# -- 2. A group's status where the text points back to it by its count alone -----------------


def groups(text: str, language: str) -> list[dict[str, Any]]:
    return list(record(text, language).get("groups") or [])


@pytest.mark.parametrize(
    ("text", "language", "state", "when"),
    [
        (
            "ACCIÓN URGENTE\nSeis hombres en peligro de ejecución en Lorvania\n\nSeis hombres "
            "condenados a muerte en Lorvania corren el riesgo de ser ejecutados muy pronto.\n\n"
            "Esta acción ha finalizado. Las ejecuciones fueron aplazadas la semana pasada, "
            "pero los seis fueron ejecutados el 4 de abril al amanecer.",
            "es",
            "executed",
            "4 de abril",
        ),
        (
            "URGENT ACTION\nNine farm workers held in Norbridge\n\nNine farm workers were "
            "arrested in Norbridge on 3 May after a strike and are held without charge.\n\n"
            "UPDATE: After weeks of appeals, the nine were released on 20 June without "
            "charge.",
            "en",
            "released",
            "20 June",
        ),
        (
            "ACTION URGENTE\nNeuf ouvriers détenus à Norville\n\nNeuf ouvriers agricoles ont "
            "été arrêtés à Norville le 3 mai après une grève.\n\nMise à jour : les neuf ont "
            "été libérés le 20 juin sans inculpation.",
            "fr",
            "released",
            "20 juin",
        ),
    ],
)
def test_status_said_by_count_alone(text: str, language: str, state: str, when: str) -> None:
    found = groups(text, language)
    assert found, "no group"
    assert found[0].get("status", {}).get("state") == state
    assert found[0]["status"].get("date_text") == when


def test_a_count_alone_with_a_noun_after_is_no_back_reference() -> None:
    # "the nine months were hard": a count of months, not of the people
    text = (
        "URGENT ACTION\nNine farm workers held in Norbridge\n\nNine farm workers were "
        "arrested in Norbridge on 3 May after a strike and are held without charge. Their "
        "families say the nine months of the harvest were lost."
    )
    found = groups(text, "en")
    assert found, "no group"
    assert "status" not in found[0]


# -- 3. "they" said released right after the sentence that names them all ---------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "URGENT ACTION\nThree activists charged\n\nThe activists Tomas Avrilo, Kemal "
            "Dursana and Piet Oranjevelt were arrested in Norbridge in May. Although they "
            "were released on bail in June, the charges against them remain.\n\n"
            "Please write immediately:\n- Drop the charges.",
            "en",
        ),
        (
            "URGENT ACTION\nDrei Aktivisten angeklagt\n\nDie Aktivisten Tomas Avrilo, Kemal "
            "Dursana und Piet Oranjevelt wurden im Mai in Norstadt festgenommen. Obwohl sie "
            "inzwischen gegen Kaution freigekommen sind, bleiben die Anklagen bestehen.\n\n"
            "Bitte schreiben Sie:\n- Lassen Sie die Anklagen fallen.",
            "de",
        ),
        (
            "ACTION URGENTE\nTrois militants inculpés\n\nLes militants Tomas Avrilo, Kemal "
            "Dursana et Piet Oranjevelt ont été arrêtés à Norville en mai. Ils ont été "
            "libérés sous caution depuis, mais les charges sont maintenues.\n\n"
            "Écrivez immédiatement :\n- Abandonnez les charges.",
            "fr",
        ),
    ],
)
def test_they_released_right_after_the_names(text: str, language: str) -> None:
    found = persons(text, language)
    assert len(found) == 3, sorted(found)
    for person in found.values():
        assert person.get("status", {}).get("state") == "released"


def test_a_singular_sie_is_not_them_all() -> None:
    # "sie wurde freigelassen": one woman, not the three
    text = (
        "URGENT ACTION\nDrei Aktivisten angeklagt\n\nDie Aktivisten Tomas Avrilo, Kemal "
        "Dursana und Piet Oranjevelt wurden im Mai in Norstadt festgenommen. Ihre Anwältin "
        "sagt, sie wurde selbst kurz festgehalten und dann freigelassen.\n\n"
        "Bitte schreiben Sie:\n- Lassen Sie die Anklagen fallen."
    )
    for person in persons(text, "de").values():
        assert "status" not in person


# -- 4. A finite verb known by its ending ends a group's phrase --------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "ACCIÓN URGENTE\nAmenazas en Valdora\n\nMás de un centenar de maestros y "
            "maestras de las escuelas rurales recibieron el 2 de mayo una amenaza de muerte "
            "firmada por un grupo armado en Valdora.\n\nEscriban inmediatamente:\n"
            "- Pidiendo protección para los defensores amenazados.",
            "es",
            "Más de un centenar de maestros y maestras de las escuelas rurales",
        ),
    ],
)
def test_a_verb_by_its_ending_ends_the_group(text: str, language: str, expected: str) -> None:
    found = groups(text, language)
    assert [g["description"] for g in found] == [expected]
