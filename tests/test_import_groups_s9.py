"""Groups, ninth session: families of groups missed or cut wrongly on unseen pages.

Every name, place and fact here is invented. A group is people the action speaks for beyond
the named persons (corpus README, "Group descriptions"); its description is the noun phrase
that names it, as printed, with its quantifier and without the clause around it.
"""

from __future__ import annotations

import pytest

from .helpers import descriptions, groups_of

# -- 1. people named by their trade as a whole: "health professionals" ---------------------------


@pytest.mark.parametrize(
    ("language", "text", "description", "count"),
    [
        (
            "en",
            "URGENT ACTION\n\nMEDICS FACE RETRIAL\n\nThe trial of 14 health professionals "
            "arrested in Examplestan in March 2031 resumed on 2 June. They were held for "
            "treating wounded protesters and are at risk of long prison terms.\n",
            "14 health professionals",
            14,
        ),
        (
            "fr",
            "ACTION URGENTE\n\nDES SOIGNANTS EN PROCÈS\n\nLe procès de 11 professionnels de "
            "santé arrêtés en Exemplie en mars 2031 a repris le 2 juin. Ils risquent de "
            "lourdes peines de prison pour avoir soigné des blessés.\n",
            "11 professionnels",
            11,
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nPERSONAL SANITARIO EN JUICIO\n\nEl juicio contra 16 "
            "profesionales de la salud detenidos en Ejemplia en marzo de 2031 se reanudó el "
            "2 de junio. Corren peligro de recibir largas penas de prisión.\n",
            "16 profesionales",
            16,
        ),
    ],
)
def test_a_trade_named_as_a_whole_counts_people(
    language: str, text: str, description: str, count: int
) -> None:
    found = groups_of(text, language)
    # (the complement "de santé" is not kept yet: it names no collective, see phrases.py)
    assert any(g["description"].startswith(description) and g.get("count") == count for g in found)


# -- 2. "neun weitere", "trois autres", "otras cuatro": the people left unsaid -----------------


@pytest.mark.parametrize(
    ("language", "text", "description", "count"),
    [
        (
            "de",
            "URGENT ACTION\n\nHINRICHTUNGEN STOPPEN\n\nMindestens sechs Personen in Exemplien "
            "wurden im Zusammenhang mit den Protesten zum Tode verurteilt, fünf weitere nach "
            "unfairen Verfahren hingerichtet. Die Behörden haben ihr Recht auf ein faires "
            "Verfahren verletzt.\n",
            "fünf weitere",
            5,
        ),
        (
            "fr",
            "ACTION URGENTE\n\nDES INTERNAUTES EMPRISONNÉS\n\nUne internaute d'Exemplie a vu sa "
            "peine confirmée en appel, tandis que quatre autres purgent des peines de huit mois "
            "pour des messages publiés en ligne. Ce sont des prisonniers d'opinion.\n",
            "quatre autres",
            4,
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nDETENER LAS EJECUCIONES\n\nAl menos siete personas han sido "
            "condenadas a muerte en Ejemplia por las protestas de 2031, y otras cuatro han sido "
            "ejecutadas tras juicios injustos.\n",
            "otras cuatro",
            4,
        ),
    ],
)
def test_others_with_their_noun_unsaid_are_a_group(
    language: str, text: str, description: str, count: int
) -> None:
    found = groups_of(text, language)
    said = [g for g in found if g["description"] == description]
    assert said and said[0].get("count") == count
    assert "gender" not in said[0]  # the grammar is the unsaid noun's, not the people's sex


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        (
            "de",
            "URGENT ACTION\n\nAKTIVIST IN HAFT\n\nDer Aktivist Pavel Testin aus Exemplien muss "
            "zwei weitere Jahre in Haft bleiben. Er wurde am 3. Mai 2031 festgenommen.\n",
            "zwei weitere",
        ),
        (
            "fr",
            "ACTION URGENTE\n\nUN MILITANT DÉTENU\n\nLe militant Pavel Testin restera deux "
            "autres années en prison en Exemplie. Il a été arrêté le 3 mai 2031.\n",
            "deux autres",
        ),
    ],
)
def test_others_before_a_noun_leave_nothing_unsaid(language: str, text: str, wrong: str) -> None:
    assert wrong not in descriptions(text, language)


# -- 3. a list of people after the group's noun: "activists, party members, and students" ------


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        (
            "en",
            "URGENT ACTION\n\nCRACKDOWN ON DISSENT\n\nThe police in Examplestan have arrested "
            "more than 70 activists, trade union members, student leaders, and community "
            "organisers on charges of public disorder since 4 May 2031.\n",
            "more than 70 activists, trade union members, student leaders, and community "
            "organisers",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nAMENAZAS EN EJEMPLIA\n\nMás de 60 defensores de la tierra, "
            "dirigentes campesinos, activistas ambientales y periodistas han recibido amenazas "
            "de muerte en Ejemplia desde mayo de 2031.\n",
            "Más de 60 defensores de la tierra, dirigentes campesinos, activistas ambientales "
            "y periodistas",
        ),
    ],
)
def test_a_list_of_people_belongs_to_the_group(language: str, text: str, description: str) -> None:
    assert description in descriptions(text, language)


def test_examples_after_including_are_not_more_people() -> None:
    text = (
        "URGENT ACTION\n\nTEACHERS DETAINED\n\nThe authorities of Examplestan have detained "
        "over 40 teachers, including school principals and union leaders, since 4 May 2031.\n"
    )
    assert "over 40 teachers" in descriptions(text, "en")


# -- 4. men and women: a noun in both its forms gives no sex ------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        (
            "es",
            "ACCIÓN URGENTE\n\nDEFENSORES AMENAZADOS\n\nDecenas de defensores y defensoras de "
            "los derechos humanos han sido amenazados en Ejemplia desde mayo de 2031.\n",
            "Decenas de defensores y defensoras",
        ),
        (
            "fr",
            "ACTION URGENTE\n\nDES VILLAGEOIS MENACÉS\n\nPlus de 30 hommes et femmes du "
            "village de Testville ont été menacés en Exemplie depuis mai 2031.\n",
            "Plus de 30 hommes et femmes",
        ),
    ],
)
def test_a_noun_in_both_forms_names_men_and_women(language: str, text: str, start: str) -> None:
    found = [g for g in groups_of(text, language) if g["description"].startswith(start)]
    assert found
    assert "gender" not in found[0]


# -- 5. "de los derechos humanos": an article after its preposition is no clitic ---------------


def test_an_article_after_a_complement_preposition_keeps_the_phrase() -> None:
    text = (
        "ACCIÓN URGENTE\n\nAMENAZAS\n\nMás de 50 defensoras de los pueblos indígenas han "
        "recibido amenazas de muerte en Ejemplia desde mayo de 2031.\n"
    )
    assert "Más de 50 defensoras de los pueblos indígenas" in descriptions(text, "es")


# -- 6. members of a body named by its proper name: "10 members of Movimiento Tierra Libre" ------


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        (
            "en",
            "URGENT ACTION\n\nPROTESTERS FACE ARREST\n\nArrest warrants have been issued for "
            "12 members of Frente Campesino 9 de Abril in Examplestan since 4 May 2031.\n",
            "12 members of Frente Campesino 9 de Abril",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nORDEN DE DETENCIÓN\n\nSe han emitido órdenes de detención contra "
            "nueve integrantes de la Unión de Pescadores del Sur en Ejemplia desde mayo de "
            "2031.\n",
            "nueve integrantes de la Unión de Pescadores del Sur",
        ),
    ],
)
def test_members_keep_the_name_of_their_body(language: str, text: str, description: str) -> None:
    assert description in descriptions(text, language)
