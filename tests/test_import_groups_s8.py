"""Groups, eighth session: families of wrong and missed groups, each on made-up UAs.

Every name, place and fact here is invented. A group is people the action speaks for beyond
the named persons (corpus README, "Group descriptions"); a count of people that only says
what the named persons are, or counts a crowd or a year's tally, is context, not a group;
a count said as an approximation keeps its quantifier in the description ("some 30 people").
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

from .helpers import groups_of

# -- 1. a count that says what people named before are: predicate or apposition --------------


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        (
            "en",
            "URGENT ACTION\n\nRELEASE THE ACTIVISTS\n\nTomas Varenko and his brother are two "
            "activists with the youth movement Green Road in Examplestan. They were arrested "
            "on 3 May 2031 and remain in detention.\n",
            2,
        ),
        (
            "en",
            "URGENT ACTION\n\nACTIVISTS FREED\n\n"
            "In March 2031, Tomas Varenko and Ilya Prudnik - three young environmental "
            "activists and members of Green Road - were arrested in Example City.\n",
            3,
        ),
        (
            "de",
            "URGENT ACTION\n\nAKTIVISTEN FREILASSEN\n\nTomas Varenko und sein Bruder sind "
            "zwei Aktivisten der Jugendbewegung Grüner Weg. Sie wurden am 3. Mai 2031 "
            "festgenommen.\n",
            2,
        ),
        (
            "fr",
            "ACTION URGENTE\n\nLIBÉREZ LES MILITANTS\n\nTomas Varenko et son frère sont "
            "deux militants du mouvement Route Verte. Ils ont été arrêtés le 3 mai 2031.\n",
            2,
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nLIBEREN A LOS ACTIVISTAS\n\nTomás Varenko y su hermano son "
            "dos activistas del movimiento Camino Verde. Fueron detenidos el 3 de mayo de "
            "2031.\n",
            2,
        ),
    ],
)
def test_a_count_that_says_what_named_people_are_is_no_group(
    language: str, text: str, count: int
) -> None:
    assert not any(g.get("count") == count for g in groups_of(text, language))


# -- 2. a crowd: people who gathered, marched or attended --------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "URGENT ACTION\n\nJOURNALIST THREATENED\n\n"
            "On 7 May 2031, a group of over 30 people gathered outside the home of Mara "
            "Lindqvist, a journalist, and chanted slogans against her.\n",
        ),
        (
            "de",
            "URGENT ACTION\n\nJOURNALISTIN BEDROHT\n\n"
            "Mehr als 30 Menschen versammelten sich am 7. Mai 2031 vor dem Haus der "
            "Journalistin Mara Lindqvist und riefen Parolen gegen sie.\n",
        ),
        (
            "fr",
            "ACTION URGENTE\n\nUNE JOURNALISTE MENACÉE\n\n"
            "Le 7 mai 2031, plus de 30 personnes se sont rassemblées devant le domicile de "
            "la journaliste Mara Lindqvist et ont scandé des slogans hostiles.\n",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nPERIODISTA AMENAZADA\n\n"
            "El 7 de mayo de 2031, más de 30 personas marcharon hasta la casa de la "
            "periodista Mara Lindqvist y gritaron consignas contra ella.\n",
        ),
    ],
)
def test_a_counted_crowd_is_no_group(language: str, text: str) -> None:
    assert not any(g.get("count") == 30 for g in groups_of(text, language))


# -- 3. a year's tally ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        (
            "en",
            "URGENT ACTION\n\nMAN AT RISK OF EXECUTION\n\nPavel Drozd is at risk of "
            "imminent execution in Examplestan. In 2030 Examplestan executed at least four "
            "men and sentenced two others to death.\n",
            4,
        ),
        (
            "de",
            "URGENT ACTION\n\nPavel Drozd droht die Hinrichtung\n\nPavel Drozd droht in "
            "Beispielland die Hinrichtung. Im Jahr 2030 hat Beispielland mindestens vier "
            "Männer hingerichtet.\n",
            4,
        ),
        (
            "fr",
            "ACTION URGENTE\n\nUN HOMME RISQUE D'ÊTRE EXÉCUTÉ\n\nPavel Drozd risque d'être "
            "exécuté. En 2030, les autorités ont exécuté au moins quatre hommes.\n",
            4,
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nHOMBRE EN RIESGO DE EJECUCIÓN\n\nPavel Drozd corre riesgo de "
            "ejecución. En 2030, las autoridades ejecutaron al menos a cuatro hombres y "
            "más de 20 personas fueron condenadas.\n",
            20,
        ),
    ],
)
def test_a_years_tally_is_no_group(language: str, text: str, count: int) -> None:
    assert not any(g.get("count") == count for g in groups_of(text, language))


def test_a_year_inside_a_date_is_no_tally() -> None:
    text = (
        "URGENT ACTION\n\nACTIVISTS DETAINED\n\nIn May 2031, police arrested Lena Roth "
        "and at least 12 other activists in Example City.\n"
    )
    assert any(g.get("count") == 12 for g in groups_of(text, "en"))


# -- 4. names that follow a few words later, after a dash or a colon ----------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "URGENT ACTION\n\nDOCTORS DETAINED\n\nDr Omar Haddad was detained on 3 May "
            "2031. The whereabouts of three other nurses from the same clinic – Samir "
            "Nasser, Leila Aziz and Karim Fouad – are unknown.\n",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nMÉDICOS DETENIDOS\n\nOmar Haddad fue detenido el 3 de mayo "
            "de 2031. Se desconoce el paradero de otros tres enfermeros de la misma clínica "
            "– Samir Nasser, Leila Aziz y Karim Fouad.\n",
        ),
    ],
)
def test_a_count_of_the_persons_named_after_it_is_no_group(language: str, text: str) -> None:
    draft = parse_text(text, name="made-up.txt", language=language)
    names = {p["name"] for p in draft.record.get("persons", [])}
    assert {"Samir Nasser", "Leila Aziz", "Karim Fouad"} <= names
    assert not any(g.get("count") == 3 for g in draft.record.get("groups", []))


# -- 5. an approximate count keeps its quantifier ----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "description"),
    [
        (
            "en",
            "URGENT ACTION\n\nACTIVISTS DETAINED\n\nAmnesty International has learned that "
            "some 40 people were arrested at the offices of the Example Rights Centre in "
            "Example City on 3 May 2031.\n",
            "some 40 people",
        ),
        (
            "de",
            "URGENT ACTION\n\nAKTIVISTEN FESTGENOMMEN\n\nAm 3. Mai 2031 wurden etwa 40 "
            "Menschen in den Büros des Beispielzentrums festgenommen.\n",
            "etwa 40 Menschen",
        ),
        (
            "fr",
            "ACTION URGENTE\n\nDES MILITANTS ARRÊTÉS\n\nLe 3 mai 2031, environ 40 personnes "
            "ont été arrêtées dans les bureaux du Centre Exemple.\n",
            "environ 40 personnes",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nACTIVISTAS DETENIDOS\n\nEl 3 de mayo de 2031 fueron detenidas "
            "unas 40 personas en las oficinas del Centro Ejemplo.\n",
            "unas 40 personas",
        ),
    ],
)
def test_an_approximate_count_keeps_its_quantifier(
    language: str, text: str, description: str
) -> None:
    found = [g for g in groups_of(text, language) if g.get("count") == 40]
    assert found
    assert found[0]["description"].lower() == description.lower()


# -- 6. a later sentence points back to the group with its noun and says what happened ---------


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        (
            "en",
            "URGENT ACTION UPDATE\n\nTRIAL POSTPONED\n\nThe trial of nine activists, "
            "charged with sabotage for a protest in Example City, has not begun. The "
            "activists have appeared in court twice. The activists were released on bail "
            "on 4 June 2031.\n",
            "released",
        ),
        (
            "de",
            "URGENT ACTION\n\nUPDATE\n\nDer Prozess gegen neun Umweltschützer in Beispielstadt "
            "hat noch nicht begonnen. Die Umweltschützer sind zweimal vor Gericht erschienen. "
            "Die Umweltschützer wurden inzwischen freigelassen.\n",
            "released",
        ),
        (
            "fr",
            "ACTION URGENTE\n\nMISE À JOUR\n\nLe procès de neuf écologistes, inculpés de "
            "sabotage à Exempleville, n'a pas commencé. Les écologistes ont comparu deux fois. "
            "Les écologistes ont été libérés le 4 juin 2031.\n",
            "released",
        ),
        (
            "es",
            "ACCIÓN URGENTE\n\nACTUALIZACIÓN\n\nEl juicio contra nueve activistas, acusados "
            "de sabotaje en Ciudad Ejemplo, no ha comenzado. Los activistas han comparecido "
            "dos veces. Los activistas fueron liberados el 4 de junio de 2031.\n",
            "released",
        ),
    ],
)
def test_a_group_pointed_back_to_by_its_noun_takes_the_status(
    language: str, text: str, state: str
) -> None:
    found = [g for g in groups_of(text, language) if g.get("count") == 9]
    assert found
    assert found[0].get("status", {}).get("state") == state


def test_a_headline_after_a_dash_is_still_a_group() -> None:
    text = (
        "URGENT ACTION\n\nExamplestan – 24 activists detained\n\nPolice in Example City "
        "detained people on 3 May 2031 after a protest. They are held incommunicado.\n"
    )
    assert any(g.get("count") == 24 for g in groups_of(text, "en"))
