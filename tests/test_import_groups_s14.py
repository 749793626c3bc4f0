"""Groups (fourteenth session), each family with made-up texts: the groups listed in the
order the text names them; a group's phrase cut where its own line ends; a bare count of
the named persons ("dos personas" where two are named) no group of its own.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from .helpers import groups_of

# -- 1. the groups in the order the text first names them ------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "order"),
    [
        (
            "URGENT ACTION\nJournalists held in Norbridge\n\nAt least nine journalists have "
            "been detained in Norbridge since March. Among them, Tomas Avrilo was arrested "
            "on 2 March together with at least 5 other journalists from the weekly Valley "
            "Voice.\n\nPlease write immediately:\n- Release all the journalists held.",
            "en",
            ["At least nine journalists", "at least 5 other journalists"],
        ),
        (
            "ACCIÓN URGENTE\nDetenciones en Valdora\n\nMás de 300 personas fueron detenidas "
            "en Valdora tras las protestas de marzo. Ramón Dursán fue detenido junto con "
            "otras 12 personas el 2 de marzo y sigue en prisión.\n\nEscriban "
            "inmediatamente:\n- Pidiendo la liberación de todos los detenidos.",
            "es",
            ["Más de 300 personas", "otras 12 personas"],
        ),
    ],
)
def test_groups_in_the_order_the_text_names_them(
    text: str, language: str, order: list[str]
) -> None:
    found = [str(g["description"]) for g in groups_of(text, language)]
    assert [d for d in found if d in order] == order


# -- 2. a group's phrase ends where its own line ends ----------------------------------------


def test_a_group_line_is_not_run_into_the_next_one() -> None:
    text = (
        "UA 12/31 Fear of torture\n\nNORBRIDGE Tomas Avrilo (m)\nKemal Dursana (m)\n"
        "And 25 other members of the Valley Growers League\n"
        "Those named above were arrested in Norbridge on 2 March and are held "
        "incommunicado at a police station.\n\nRECOMMENDED ACTION: Please send "
        "appeals:\n- urging the authorities to release them."
    )
    found = groups_of(text, "en")
    said = [g for g in found if g.get("count") == 25]
    assert said and said[0]["description"] == "25 other members of the Valley Growers League"


# -- 3. a bare count of all the named persons is no group of its own ------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ACCIÓN URGENTE\nDesaparecidos en Valdora\n\nTomás Avrilo y Ramón Dursán, dos "
            "activistas ambientales, desaparecieron el 2 de marzo. Unos testigos vieron "
            "cómo unos hombres armados se llevaban a dos personas cuya descripción "
            "coincidía con la de los activistas.\n\nEscriban inmediatamente:\n- Pidiendo "
            "que se revele su paradero.",
            "es",
        ),
        (
            "URGENT ACTION\nActivists missing in Norbridge\n\nTomas Avrilo and Kemal "
            "Dursana, two environmental activists, went missing on 2 March. Witnesses saw "
            "armed men take away two people who matched the activists' description.\n\n"
            "Please write immediately:\n- Disclose their whereabouts.",
            "en",
        ),
    ],
)
def test_a_bare_count_of_the_named_persons_is_no_group(text: str, language: str) -> None:
    found: list[dict[str, Any]] = groups_of(text, language)
    assert not [g for g in found if g.get("count") == 2]


def test_a_count_that_says_who_they_are_stays_a_group() -> None:
    text = (
        "URGENT ACTION\nActivists missing in Norbridge\n\nTomas Avrilo and Kemal Dursana "
        "went missing on 2 March. Witnesses saw armed men take away two people. Police "
        "also detained at least two people at the market the same day.\n\nPlease write "
        "immediately:\n- Disclose their whereabouts."
    )
    found = groups_of(text, "en")
    assert [g["description"] for g in found] == ["at least two people"]


# -- 4. a roll of names that ends with uncounted others -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "UA 44/31 Death threats\n\nLORVANIA Rosa Velmar Quist (f) and other members of "
            "several farmers' unions (m+f)\n\nA threatening letter was left at the union's "
            "office in Lorvania City on 5 May.\n\nRECOMMENDED ACTION: Please send appeals:\n"
            "- calling for the threats to be investigated.",
            "en",
            "other members of several farmers' unions",
        ),
        (
            "UA 45/31 Death threats\n\nAnton Belidor (m)\nOther members of the human rights "
            "group Colectivo Valle Libre, Free Valley Collective\n\nA threatening letter was "
            "left at the group's office on 5 May.\n\nRECOMMENDED ACTION: Please send appeals:\n"
            "- calling for the threats to be investigated.",
            "en",
            "Other members of the human rights group Colectivo Valle Libre",
        ),
    ],
)
def test_the_others_a_roll_ends_with_are_a_group(text: str, language: str, expected: str) -> None:
    assert expected in [g["description"] for g in groups_of(text, language)]


def test_a_roll_line_of_other_things_is_no_group() -> None:
    text = (
        "UA 46/31 Fear of torture\n\nAnton Belidor (m)\nOther forms of ill-treatment are "
        "feared\n\nAnton Belidor was arrested on 5 May.\n\nRECOMMENDED ACTION: Please send "
        "appeals:\n- calling for his release."
    )
    assert not groups_of(text, "en")


# -- 5. a group named by two nouns joined by "and" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "ACTION URGENTE\nProcès à Norville\n\nAmnesty International demande la libération "
            "de 12 militants et journalistes norvillois inculpés d'« émeute » après une "
            "manifestation le 3 mai.\n\nÉcrivez immédiatement :\n- Libérez-les.",
            "fr",
            "12 militants et journalistes norvillois",
        ),
        (
            "ACCIÓN URGENTE\nJuicio en Valdora\n\nAmnistía Internacional pide la liberación "
            "de 12 activistas y periodistas valdoreños acusados de «disturbios» tras una "
            "manifestación el 3 de mayo.\n\nEscriban inmediatamente:\n- Liberadlos.",
            "es",
            "12 activistas y periodistas valdoreños",
        ),
    ],
)
def test_two_people_nouns_joined_by_and_name_one_group(
    text: str, language: str, expected: str
) -> None:
    found = groups_of(text, language)
    assert [g["description"] for g in found if g.get("count") == 12] == [expected]


# -- 6. a count said to exist is a statistic of the context ----------------------------------


@pytest.mark.parametrize(
    ("text", "language", "figure"),
    [
        (
            "URGENT ACTION\nExecution feared in Lorvania\n\nAnton Belidor is due to be "
            "executed on 3 June. There are currently more than 4,000 people on death row in "
            "Lorvania.\n\nPlease write immediately:\n- Halt the execution of Anton Belidor.",
            "en",
            4000,
        ),
        (
            "ACTION URGENTE\nExécution imminente\n\nAnton Belidor doit être exécuté le 3 "
            "juin. Il y a actuellement plus de 400 personnes dans le couloir de la mort.\n\n"
            "Écrivez immédiatement :\n- Renoncez à exécuter Anton Belidor.",
            "fr",
            400,
        ),
    ],
)
def test_a_count_said_to_exist_is_no_group(text: str, language: str, figure: int) -> None:
    assert not [g for g in groups_of(text, language) if g.get("count") == figure]


def test_a_count_among_the_people_stays_a_group() -> None:
    text = (
        "ACCIÓN URGENTE\nDetenciones masivas en Valdora\n\nMás de 900 personas fueron "
        "detenidas tras las protestas de marzo. Entre estas personas, hay al menos 40 "
        "adolescentes.\n\nEscriban inmediatamente:\n- Pidiendo la liberación de todas las "
        "personas detenidas."
    )
    assert 40 in [g.get("count") for g in groups_of(text, "es")]


# -- 7. households counted: a group, with no head count -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "URGENT ACTION\nForced evictions in Norbridge\n\nSome 400 Valley families were "
            "forcibly evicted from their homes in Norbridge on 4 May and now live in "
            "the open.\n\nPlease write immediately:\n- Provide them with adequate housing.",
            "en",
            "Some 400 Valley families",
        ),
        (
            "EILAKTION\nZwangsräumung in Norbrück\n\n35 Roma-Familien wurden am 4. Mai aus "
            "ihren Häusern in Norbrück vertrieben.\n\nBitte schreiben Sie:\n- Sorgen Sie "
            "für angemessenen Wohnraum.",
            "de",
            "35 Roma-Familien",
        ),
    ],
)
def test_counted_households_are_a_group_without_a_head_count(
    text: str, language: str, expected: str
) -> None:
    found = groups_of(text, language)
    assert [g["description"] for g in found] == [expected]
    assert "count" not in found[0]


# -- 8. a participle after a thing counted names no people -----------------------------------


def test_a_participle_after_a_thing_counted_is_no_group() -> None:
    text = (
        "ACCIÓN URGENTE\nDefensores en prisión\n\nTomás Avrilo sigue en prisión preventiva "
        "en Valdora. Con más de 2.000 casos registrados en las cárceles, su salud corre "
        "peligro.\n\nEscriban inmediatamente:\n- Pidiendo su liberación."
    )
    assert not [g for g in groups_of(text, "es") if g.get("count") == 2000]


def test_a_counted_participle_alone_still_names_people() -> None:
    text = (
        "ACCIÓN URGENTE\nDetenciones en Valdora\n\nMás de 30 detenidos siguen sin acceso a "
        "un abogado en Valdora desde el 2 de marzo.\n\nEscriban inmediatamente:\n- Pidiendo "
        "la liberación de todos los detenidos."
    )
    assert 30 in [g.get("count") for g in groups_of(text, "es")]


# -- 9. a roll's last person whose name is unknown -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Further information on UA 12/91 - Lorvania: torture: Anton Belidor, Piet "
            "Oranjevelt and one other, name unknown\n\nThe three men were arrested on 2 May "
            "and are held at a military barracks.\n\nRECOMMENDED ACTION: Please send "
            "appeals:\n- urging that they be protected from torture.",
            "en",
            "one other, name unknown",
        ),
        (
            "ACTION URGENTE\nTorture à Norville\n\nAnton Belidor et une autre personne "
            "(nom inconnu) ont été arrêtés le 2 mai.\n\nÉcrivez immédiatement :\n"
            "- Protégez-les de la torture.",
            "fr",
            "une autre personne (nom inconnu)",
        ),
    ],
)
def test_one_more_person_whose_name_is_unknown(text: str, language: str, expected: str) -> None:
    found = groups_of(text, language)
    assert [(g["description"], g.get("count")) for g in found] == [(expected, 1)]


# -- 10. people counted as the attackers ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "ACTION URGENTE\nMenaces à Norville\n\nLe 4 mai, le frère d'Anton Belidor a été "
            "forcé de monter dans une voiture où l'attendaient deux hommes masqués, qui l'ont "
            "menacé de mort avant de le relâcher.\n\nÉcrivez immédiatement :\n- Protégez "
            "Anton Belidor et sa famille.",
            "fr",
        ),
        (
            "URGENT ACTION\nThreats in Norbridge\n\nOn 4 May, Anton Belidor's brother was "
            "stopped in the street, where two armed men threatened to kill him before they "
            "drove away.\n\nPlease write immediately:\n- Protect Anton Belidor and his family.",
            "en",
        ),
    ],
)
def test_armed_or_masked_men_are_no_group(text: str, language: str) -> None:
    assert not [g for g in groups_of(text, language) if g.get("count") == 2]
