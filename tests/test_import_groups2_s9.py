"""Groups, ninth session (part 2): context figures taken for groups, unnamed people the
action is about, a group's place of origin.

Every name, place and fact here is invented. A group is people the action speaks for beyond
the named persons, not a figure given as context (corpus README, "Group descriptions").
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def parsed(text: str, language: str) -> Any:
    return parse_text(text, name="made-up.txt", language=language)


def groups_of(text: str, language: str) -> list[dict[str, Any]]:
    return list(parsed(text, language).record.get("groups", []))


# -- 1. the supporters an action thanks are no group -------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "EXAMPLESTAN: COMMUNITY LEADERS THREATENED\n\nThis action has ended. We thank the "
            "more than 6,000 people who joined Amnesty International's petition. Community "
            "leaders in Northprovince continue to receive threats.\n",
        ),
        (
            "es",
            "Ejemplia: Amenazas a líderes comunitarios\n\nEsta acción ha finalizado. Damos las "
            "gracias a las más de 5.000 personas que se han sumado a nuestra petición. Los "
            "líderes comunitarios siguen recibiendo amenazas.\n",
        ),
        (
            "fr",
            "Exemplie : menaces contre des syndicalistes\n\nCette action est terminée. Nous "
            "remercions les plus de 7 000 personnes qui ont signé notre pétition. Les "
            "syndicalistes continuent de recevoir des menaces.\n",
        ),
    ],
)
def test_the_supporters_thanked_are_no_group(language: str, text: str) -> None:
    assert groups_of(text, language) == []


def test_a_group_later_in_the_thanking_sentence_is_kept() -> None:
    text = (
        "Examplestan: Thanks for your support\n\nWe thank the more than 6,000 people who "
        "signed our petition calling on the authorities to protect 12 community leaders in "
        "Northprovince.\n"
    )
    assert [g["description"] for g in groups_of(text, "en")] == ["12 community leaders"]


# -- 2. an earlier, lower figure for the same group -------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        (
            "en",
            "URGENT ACTION\n\nTEACHERS CHARGED\n\nIn March 2031 Amnesty International reported "
            "that more than 20 striking teachers had been arrested in Examplestan. Now 34 "
            "striking teachers detained since February have been charged before a military "
            "court.\n",
            "34 striking teachers",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nDOCENTES PROCESADOS\n\nEn marzo de 2031 se informó de que al "
            "menos 15 maestros habían sido detenidos en Ejemplia. Ahora 27 maestros detenidos "
            "desde febrero han sido acusados ante un tribunal militar.\n",
            "27 maestros",
        ),
    ],
)
def test_an_earlier_lower_figure_is_the_same_group(
    language: str, text: str, description: str
) -> None:
    found = groups_of(text, language)
    assert len(found) == 1
    assert found[0]["description"].startswith(description)


# -- 3. nobody named: the people the text points back to ----------------------------------------


def test_unnamed_people_pointed_back_to_are_the_group() -> None:
    text = (
        "Exemplien: Drohende Hinrichtungen\n\nSie können bis 06.03.2031 an dieser Aktion "
        "teilnehmen\n\nExemplien plant in nächster Zeit zwei Exekutionen.\n\nDie beiden Männer "
        "wurden im Mai wegen Raubes zum Tode verurteilt. Das Berufungsgericht bestätigte das "
        "Urteil.\n\nBitte schicken Sie die Briefe ab.\n"
    )
    draft = parsed(text, "de")
    found = list(draft.record.get("groups", []))
    assert found == [{"description": "Die beiden Männer", "count": 2, "gender": "male"}]
    assert draft.todo_for(("groups", 0, "description"))  # marked for review


# -- 4. where the group comes from: "aus"/"from" and a place's name ------------------------------


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        (
            "de",
            "Bitte appelliert an den Präsidenten!\nZur Zeit befinden sich 23 Studierende aus "
            "Nordkordofan in Haft, die dringend Hilfe benötigen. Sie wurden nach Protesten "
            "festgenommen.\n",
            "23 Studierende aus Nordkordofan",
        ),
        (
            "en",
            "URGENT ACTION\n\nSTUDENTS HELD INCOMMUNICADO\n\nThirteen students from Westmarch "
            "were arrested on 3 May 2031 in the capital of Examplestan. They are held without "
            "access to lawyers.\n",
            "Thirteen students from Westmarch",
        ),
    ],
)
def test_a_place_of_origin_stays_in_the_description(
    language: str, text: str, description: str
) -> None:
    assert [g["description"] for g in groups_of(text, language)] == [description]


def test_a_capitalised_common_noun_after_aus_is_no_place() -> None:
    text = (
        "Bitte appelliert an den Präsidenten!\nZur Zeit befinden sich 23 Studierende aus "
        "Sicherheitsgründen in Haft.\n"
    )
    assert [g["description"] for g in groups_of(text, "de")] == ["23 Studierende"]


# -- 5. "all other people": everyone else the action speaks for -----------------------------------


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        (
            "fr",
            "ACTION URGENTE\n\nExemplie : des journalistes libérés\n\nLes autorités ont libéré "
            "Jean Marot et Paul Vidal le 2 mai. De nombreuses autres personnes sont toujours en "
            "prison.\n\nÉcrivez au président en l'appelant à :\n  • libérer toutes les autres "
            "personnes détenues pour avoir exprimé leurs opinions ;\n",
            "toutes les autres personnes",
        ),
        (
            "en",
            "URGENT ACTION\n\nTWO JOURNALISTS RELEASED\n\nThe authorities of Examplestan "
            "released Anna Berg and Tom Lind on 2 May 2031.\n\nPlease write immediately:\n- "
            "Calling on the authorities to release all other journalists detained solely for "
            "their work;\n",
            "all other journalists",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nAmenazas a diputados\n\nEl diputado Juan Pérez fue detenido el 5 "
            "de enero. Existe preocupación por el riesgo de detención que corren todos los demás "
            "diputados de la oposición.\n",
            "todos los demás diputados",
        ),
    ],
)
def test_all_other_people_are_a_group(language: str, text: str, description: str) -> None:
    assert description in [g["description"] for g in groups_of(text, language)]


def test_all_other_things_are_no_group() -> None:
    text = (
        "URGENT ACTION\n\nJOURNALIST AT RISK\n\nThe authorities of Examplestan arrested Anna "
        "Berg on 2 May 2031. She has been denied visits, phone calls and all other contact "
        "with the outside world.\n"
    )
    assert groups_of(text, "en") == []


# -- 6. what happened to a group, said before it -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "description", "status"),
    [
        (
            "en",
            "URGENT ACTION\n\nPROTESTERS HELD\n\nA judge in Northport ordered the provisional "
            "release of 25 more protesters on 3 June. Twelve other protesters remain detained "
            "without charge.\n",
            "25 more protesters",
            {"state": "released", "date_text": "3 June"},
        ),
        (
            "fr",
            "ACTION URGENTE\n\nExemplie : exécutions\n\nEn Exemplie, les autorités ont déjà "
            "exécuté trois manifestants. 19 personnes risquent de subir le même sort.\n",
            "trois manifestants",
            {"state": "executed"},
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nEjemplia: ejecuciones\n\nLas autoridades ya han ejecutado a "
            "cuatro manifestantes. Otras 12 personas corren peligro.\n",
            "cuatro manifestantes",
            {"state": "executed"},
        ),
    ],
)
def test_a_status_said_before_the_group(
    language: str, text: str, description: str, status: dict[str, str]
) -> None:
    found = {g["description"]: g for g in groups_of(text, language)}
    assert found[description].get("status") == status


def test_a_release_called_for_is_no_status() -> None:
    text = (
        "URGENT ACTION\n\nPROTESTERS HELD\n\nAmnesty International is calling for the release "
        "of 25 protesters detained in Northport since 3 June.\n"
    )
    assert [g.get("status") for g in groups_of(text, "en")] == [None]


# -- 7. people a person acted in solidarity with, or joined ------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "URGENT ACTION\n\nHUNGER STRIKER AT RISK\n\nTeacher Omar Example began a hunger "
            "strike on 2 May 2031 in solidarity with hundreds of prisoners in Northgate Prison. "
            "His health is deteriorating.\n",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nHuelga de hambre\n\nEl maestro Omar Ejemplo inició una huelga de "
            "hambre el 2 de mayo en solidaridad con 40 presos de la cárcel de Norte. Su salud "
            "empeora.\n",
        ),
        (
            "en",
            "URGENT ACTION\n\nHUNGER STRIKER AT RISK\n\nTeacher Omar Example began refusing food "
            "on 2 May 2031, joining 60 prisoners in their mass hunger strike. His health is "
            "deteriorating.\n",
        ),
    ],
)
def test_people_acted_with_in_solidarity_are_no_group(language: str, text: str) -> None:
    assert groups_of(text, language) == []
