"""Groups, tenth session: families of wrong and missed groups, each on made-up UAs.

Every name, place and fact here is invented. A group is people the action speaks for beyond
the named persons (corpus README, "Group descriptions"); a casualty figure, the size of a
gathering or some of a group counted before are context, not groups.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

from .helpers import descriptions, groups_of

# -- 1. a casualty figure, a gathering's size, some of a group counted before ----------------


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "en",
            "URGENT ACTION\n\nPROTEST LEADERS DETAINED\n\nOn 4 May 2031 security forces broke "
            "up a march in Example City. At least five individuals died when police fired "
            "on the crowd. Tomas Varenko, a student leader, was arrested the next day.\n",
            "five individuals",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nLÍDER ESTUDIANTIL DETENIDO\n\nEl 4 de mayo de 2031 la policía "
            "reprimió una marcha en Ciudad Ejemplo. Al menos 14 personas han muerto desde "
            "el inicio de las protestas. Tomás Varenko, líder estudiantil, fue detenido.\n",
            "14 personas",
        ),
        (
            "en",
            "URGENT ACTION\n\nPARTY LEADER DETAINED\n\nIn March 2031 the government banned "
            "all meetings likely to attract more than 500 people. Tomas Varenko, leader of "
            "the Green Road party, was arrested on 3 May 2031 for holding a meeting.\n",
            "500 people",
        ),
        (
            "fr",
            "ACTION URGENTE\n\nUN DIRIGEANT DÉTENU\n\nLa loi exige qu'un parti puisse réunir "
            "au moins 2 000 personnes à son congrès. Tomas Varenko, dirigeant du parti Route "
            "Verte, a été arrêté le 3 mai 2031.\n",
            "2 000 personnes",
        ),
    ],
)
def test_a_casualty_figure_or_a_gathering_is_no_group(
    language: str, text: str, figure: str
) -> None:
    assert not any(figure in d for d in descriptions(text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "URGENT ACTION\n\nPROTESTERS KILLED AND DETAINED\n\nAt least 12 people have "
            "reportedly been killed since the protests began on 4 May 2031.\n\nTAKE ACTION\n"
            "Write a letter:\n- Calling for an independent investigation into all the deaths "
            "of protesters;\n- Calling for the release of all those detained.\n",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nManifestantes muertos en Ejemplia\n\nHasta la fecha, doce "
            "personas han muerto por arma de fuego durante las protestas del 4 de mayo de "
            "2031.\n",
        ),
    ],
)
def test_the_dead_the_action_speaks_for_are_a_group_marked_dead(language: str, text: str) -> None:
    draft = parse_text(text, name="made-up.txt", language=language)
    groups = draft.record.get("groups", [])
    dead = [n for n, g in enumerate(groups) if g.get("count") == 12]
    assert dead, groups
    assert groups[dead[0]]["status"] == {"state": "dead"}
    assert draft.marked(("groups", dead[0], "status"))


def test_the_dead_at_risk_of_being_killed_are_no_casualty_figure() -> None:
    text = (
        "URGENT ACTION\n\nVILLAGERS AT RISK\n\nAt least 40 villagers at risk of being killed "
        "have fled their homes in Example Valley since 4 May 2031.\n"
    )
    groups = groups_of(text, "en")
    assert any(g.get("count") == 40 and "status" not in g for g in groups), groups


@pytest.mark.parametrize(
    ("language", "text", "some"),
    [
        (
            "es",
            "ACCIÓN URGENTE\n\nManifestantes detenidos\n\nEl 4 de mayo de 2031 la policía "
            "detuvo a 30 personas, entre ellas tres adolescentes, en Ciudad Ejemplo.\n",
            "tres adolescentes",
        ),
        (
            "en",
            "URGENT ACTION\n\nPROTESTERS DETAINED\n\nOn 4 May 2031 police detained 30 "
            "people in Example City, including four children.\n",
            "four children",
        ),
    ],
)
def test_some_of_a_group_counted_before_is_no_group(language: str, text: str, some: str) -> None:
    found = descriptions(text, language)
    assert found and not any(some in d for d in found), found


# -- 2. a person's family: named with the person in the headline or a demand, or threatened ---


@pytest.mark.parametrize(
    ("language", "text", "family"),
    [
        (
            "en",
            "URGENT ACTION\n\nEXAMPLESTAN Tomas Varenko (m) and his family\n\nTomas Varenko, a "
            "land rights activist, was arrested on 3 May 2031 in Example City.\n",
            "his family",
        ),
        (
            "en",
            "URGENT ACTION\n\nACTIVIST'S HOUSE BURNED\n\nUnknown men set fire to the house of "
            "Ana Varenko, a land rights activist, on 3 May 2031.\n\nTAKE ACTION\nWrite a "
            "letter:\n- Urging them to protect Ana Varenko and her family's physical "
            "integrity;\n- Calling for an investigation into the fire.\n",
            "her family",
        ),
        (
            "en",
            "URGENT ACTION\n\nFEAR FOR SAFETY\n\nTomas Varenko, a journalist in Example City, "
            "was beaten on 3 May 2031. His life and that of his family may be in danger.\n",
            "his family",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nAmenazas contra líderes sociales\n\nDiez líderes sociales de "
            "Ciudad Ejemplo recibieron amenazas de muerte el 3 de mayo de 2031. Las familias "
            "de estas personas también fueron amenazadas.\n",
            "Las familias de estas personas",
        ),
        (
            "fr",
            "ACTION URGENTE\n\nUN JOURNALISTE MENACÉ\n\nTomas Varenko, journaliste à Ville "
            "Exemple, a été agressé le 3 mai 2031. Sa famille a été menacée par des "
            "inconnus.\n",
            "Sa famille",
        ),
    ],
)
def test_a_family_the_action_speaks_for_is_a_group(language: str, text: str, family: str) -> None:
    draft = parse_text(text, name="made-up.txt", language=language)
    groups = draft.record.get("groups", [])
    at = next((n for n, g in enumerate(groups) if g["description"] == family), None)
    assert at is not None, groups
    assert draft.marked(("groups", at))


@pytest.mark.parametrize(
    "text",
    [
        # a family given as context: visits, a move
        "URGENT ACTION\n\nACTIVIST DETAINED\n\nTomas Varenko was arrested on 3 May 2031. His "
        "family has not been allowed to visit him. Ana Varenko and her family left the city.\n",
        # families of people no one names, in a demand
        "URGENT ACTION\n\nBLOGGERS SENTENCED\n\nTomas Varenko and Ilya Prudnik were sentenced "
        "on 3 May 2031.\n\nTAKE ACTION\nWrite a letter:\n- Calling for an end to the "
        "harassment of bloggers and their families.\n",
    ],
)
def test_a_family_given_as_context_is_no_group(text: str) -> None:
    assert not any("famil" in d for d in descriptions(text, "en"))


# -- 3. the members of a body named by its name, in the headline or a demand, or threatened ---


@pytest.mark.parametrize(
    ("language", "text", "members"),
    [
        (
            "en",
            "URGENT ACTION\n\nEXAMPLESTAN Members of the Green Valley Farmers Union in Example "
            "Province\n\nArmed men threatened farmers in Example Province on 3 May 2031.\n",
            "Members of the Green Valley Farmers Union",
        ),
        (
            "en",
            "URGENT ACTION\n\nCRITIC DETAINED\n\nTomas Varenko, a radio host, was arrested on "
            "3 May 2031.\n\nTAKE ACTION\nWrite a letter:\n- Release Tomas Varenko "
            "immediately;\n- Stop harassing members of the Union of Free Farmers and others "
            "who support him.\n",
            "members of the Union of Free Farmers",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nAmenazas en Ciudad Ejemplo\n\nEl 3 de mayo de 2031 hombres "
            "armados llegaron a la sede. Los miembros del Colectivo Tierra Libre están "
            "amenazados desde entonces.\n",
            "Los miembros del Colectivo Tierra Libre",
        ),
    ],
)
def test_members_of_a_named_body_the_action_speaks_for_are_a_group(
    language: str, text: str, members: str
) -> None:
    draft = parse_text(text, name="made-up.txt", language=language)
    groups = draft.record.get("groups", [])
    at = next((n for n, g in enumerate(groups) if g["description"] == members), None)
    assert at is not None, groups
    assert draft.marked(("groups", at))


@pytest.mark.parametrize(
    "text",
    [
        # what the persons named are
        "URGENT ACTION\n\nACTIVISTS DETAINED\n\nTomas Varenko and Ilya Prudnik, members of "
        "the Green Road Movement, were arrested on 3 May 2031.\n\nTAKE ACTION\nWrite a "
        "letter:\n- Release Tomas Varenko and Ilya Prudnik, members of the Green Road "
        "Movement.\n",
        # a headline over the persons it names
        "URGENT ACTION\n\nINFORM MEMBERS OF GREENWAY OF THE CHARGES\n\nTomas Varenko, Ilya "
        "Prudnik and Ana Sorel, staff of the training centre Greenway, were arrested on 3 May "
        "2031.\n",
        # members given as context
        "URGENT ACTION\n\nACTIVIST DETAINED\n\nTomas Varenko was arrested on 3 May 2031. "
        "Members of the Green Road Movement marched in Example City the next day.\n",
    ],
)
def test_members_given_as_the_persons_or_as_context_are_no_group(text: str) -> None:
    assert not any("embers" in d or "EMBERS" in d for d in descriptions(text, "en"))


# -- 4. a count that is the object of an arrest or a killing: a crackdown's figure ------------


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        (
            "en",
            "URGENT ACTION\n\nTWO STUDENTS DETAINED\n\nTomas Varenko and Ilya Prudnik were "
            "arrested on 3 May 2031 after protesting the arrest of seven people for "
            "belonging to a banned party.\n",
            "seven people",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nPeriodistas vigiladas\n\nAna Sorel y Marta Varenko investigaron "
            "la masacre de 72 personas migrantes en Ciudad Ejemplo en 2030.\n",
            "72 personas",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nManifestantes detenidos\n\nEl colectivo denunció la detención de "
            "al menos 150 personas en todo el país el 3 de mayo de 2031.\n",
            "150 personas",
        ),
    ],
)
def test_a_count_arrested_or_killed_as_a_crackdown_figure_is_no_group(
    language: str, text: str, figure: str
) -> None:
    assert not any(figure in d for d in descriptions(text, language))


def test_a_crackdown_figure_the_demands_speak_for_is_a_group() -> None:
    text = (
        "URGENT ACTION\n\nPROTESTERS DETAINED\n\nThe authorities confirmed the arrest of 40 "
        "protesters in Example City on 3 May 2031.\n\nTAKE ACTION\nWrite a letter:\n- "
        "Calling for the release of the 40 protesters.\n"
    )
    assert any(g.get("count") == 40 for g in groups_of(text, "en"))


# -- 5. one more person left unnamed after named ones: a group of one -------------------------


@pytest.mark.parametrize(
    ("language", "text", "one", "gender"),
    [
        (
            "fr",
            "ACTION URGENTE\n\nTROIS HOMMES EXÉCUTÉS\n\nLe 3 mai 2031, Tomas Varenko, Ilya "
            "Prudnik et un troisième homme ont été exécutés à la prison de Ville Exemple.\n",
            "un troisième homme",
            "male",
        ),
        (
            "en",
            "URGENT ACTION\n\nTORTURE FEARED\n\nTomas Varenko and Ilya Prudnik were arrested "
            "on 3 May 2031. Ana Sorel and one other person whose name is unknown were also "
            "reportedly arrested.\n",
            "one other person",
            None,
        ),
    ],
)
def test_one_more_unnamed_person_after_names_is_a_group_of_one(
    language: str, text: str, one: str, gender: str | None
) -> None:
    group = next((g for g in groups_of(text, language) if g["description"] == one), None)
    assert group is not None
    assert group.get("count") == 1
    assert group.get("gender") == gender


def test_one_more_person_after_a_noun_is_no_group() -> None:
    text = (
        "ACTION URGENTE\n\nCINQ HOMMES EN DANGER\n\nCinq hommes (trois frères, leur cousin "
        "et un autre homme) risquent d'être exécutés à Ville Exemple.\n"
    )
    assert not any(g["description"] == "un autre homme" for g in groups_of(text, "fr"))
