"""Groups in the layouts Amnesty has used: made-up UAs, read as a careful reader would.

Written from knowledge of the formats, not from any corpus page. A group is people the action
speaks for beyond the named persons (README "Group descriptions"): the noun phrase with its
quantifier ("at least 10 others", "Hunderte Demonstrierende", "des dizaines de manifestants",
"más de un centenar de campesinos"), its count when one is printed (digits or a number word:
"eleven", "zwölf", "onze", "doce"), and its status when the text says what happened to it
("were released on bail", "wurden freigelassen", "ont été libérés", "fueron excarcelados").
A group only in the headline ("24 ACTIVISTS DETAINED") is still a group; a count that is the
named persons, or a figure given as context ("thousands attended the funeral", "police
officers"), is none. Every name is made up.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

import pytest

from ualetters.importer import parse_text

# Expected groups: (description, with "; " between alternatives; count or None; state or None).
G = list[tuple[str, int | None, str | None]]

CASES: list[tuple[str, str, str, G]] = [
    # ---------------------------------------------------------------- English
    (
        "en-usa-and-at-least-others",
        "en",
        """\
Urgent Action: Release Detained Labour Organizer (Examplestan: UA 31.22)

Ahmad Karimov, a labour organizer, was arrested on 4 March 2022 in Example City together \
with at least 10 others after a peaceful strike at the Example textile factory. They are \
held without charge at a police station.
""",
        [("at least 10 others", 10, None)],
    ),
    (
        "en-is-along-with-others",
        "en",
        """\
UA: 88/19 Index: MDE 99/1234/2019 Examplestan Date: 2 May 2019

URGENT ACTION
PROTEST LEADER FACES UNFAIR TRIAL
Samir Haddad (m), a teacher, is on trial along with 46 other protesters, all charged with \
"taking part in an illegal gathering" for a peaceful march on 1 April 2019.
""",
        [("46 other protesters", 46, None)],
    ),
    (
        "en-uk-dozens-of-students",
        "en",
        """\
URGENT ACTION
STUDENTS HELD AFTER CAMPUS PROTEST

Dozens of students were detained on 12 October when security forces broke up a sit-in at \
Example University. Their families have not been told where they are held. Amnesty \
International fears they are at risk of torture.

PLEASE SEND APPEALS BEFORE 30 NOVEMBER 2019 TO:
Minister of Interior
""",
        [("Dozens of students", None, None)],
    ),
    (
        "en-is-more-than-arrested",
        "en",
        """\
UA: 140/18 Index: AFR 99/2001/2018 Examplestan Date: 9 July 2018

URGENT ACTION
HUNDREDS ARRESTED AFTER ELECTION PROTESTS
More than 200 people were arrested in the capital on 5 July 2018 after protests against the \
election results. At least 30 of them remain in incommunicado detention and are at risk of \
torture.
""",
        [("More than 200 people", 200, None)],
    ),
    (
        "en-headline-only-count",
        "en",
        """\
UA: 51/15 Index: ASA 99/0101/2015 Examplestan Date: 20 March 2015

URGENT ACTION
24 ACTIVISTS DETAINED FOR PEACEFUL PROTEST
They were arrested on 17 March during a peaceful demonstration against a dam project and \
are held at the central prison. None of them has had access to a lawyer.
""",
        [("24 ACTIVISTS", 24, None)],
    ),
    (
        "en-fi-released-on-bail",
        "en",
        """\
Further information on UA: 61/16 Index: AMR 99/4411/2016 Examplestan Date: 30 June 2016

URGENT ACTION
RIGHTS DEFENDER STILL HELD
Human rights defender Lucía Ramos remains in detention. Eleven community members who were \
arrested with her were released on bail on 24 June.
""",
        [("Eleven community members", 11, "released")],
    ),
    (
        "en-named-persons-no-group",
        "en",
        """\
UA: 203/17 Index: EUR 99/7001/2017 Examplestan Date: 14 August 2017

URGENT ACTION
TWO JOURNALISTS DETAINED
Two journalists, Elif Demirtas and Mert Aksoy, were detained on 10 August 2017 in Example \
City. They are held at the anti-terror police headquarters.
""",
        [],
    ),
    (
        "en-context-figures-no-group",
        "en",
        """\
UA: 77/20 Index: AFR 99/3003/2020 Examplestan Date: 3 April 2020

URGENT ACTION
ACTIVIST DETAINED AFTER FUNERAL
Opposition activist Jean Mukendi was arrested on 30 March, after thousands attended the \
funeral of a popular singer in Example City. Police officers took him from his home at night.
""",
        [],
    ),
    (
        "en-usa-individuals-at-risk-and-others",
        "en",
        """\
Urgent Action: Free Peaceful Protesters (Examplestan: UA 19.23)

Individuals at risk: Omar Farouk, Leila Nasser and 20 others

Omar Farouk and Leila Nasser were arrested on 2 February 2023 at a peaceful protest.
""",
        [("20 others", 20, None)],
    ),
    (
        "en-one-of-hundreds-context",
        "en",
        """\
UA: 95/16 Index: MDE 99/5501/2016 Examplestan Date: 10 May 2016

URGENT ACTION
LAWYER HELD AFTER PROTESTS
Human rights lawyer Tarek Mansour has been held since 5 May 2016. He is one of hundreds of \
people arrested around the protests of 25 April.
""",
        [],
    ),
    (
        "en-headline-no-named-person",
        "en",
        """\
UA: 12/17 Index: MDE 99/0012/2017 Examplestan Date: 20 January 2017

URGENT ACTION
EIGHT MEN FACE IMMINENT EXECUTION
Eight men convicted of drug offences are at imminent risk of execution in Example Prison. \
Their trials were grossly unfair.
""",
        [("EIGHT MEN; Eight men", 8, None)],
    ),
    (
        "en-is-2007-other-men-unnamed",
        "en",
        """\
UA 23/08 Fear of torture 2 February 2008

EXAMPLESTAN Rashid Bakr (m), trade unionist
Four other men, unnamed

Rashid Bakr and four other men were arrested on 30 January.
""",
        [("Four other men", 4, None)],
    ),
    (
        "en-crowd-as-context",
        "en",
        """\
URGENT ACTION
JOURNALIST DETAINED
Journalist Sara Lee was arrested on 3 April. Dozens of police officers raided her home. \
Hundreds of people attended a vigil for her the next day.
""",
        [],
    ),
    (
        "en-usa-individuals-at-risk-compound-noun",
        "en",
        """\
Urgent Action: Free Women Rights Defenders (Examplestan: UA 5.24)

Individuals at risk: 20 women human rights defenders

The 20 women were arrested on 8 March 2024 at a peaceful rally in Example City.
""",
        [("20 women human rights defenders", 20, None)],
    ),
    # ----------------------------------------------------------------- German
    (
        "de-hunderte-demonstrierende",
        "de",
        """\
URGENT ACTION
DEMONSTRIERENDE IN HAFT

Hunderte Demonstrierende wurden am 8. Mai 2022 in Beispielstadt festgenommen, nachdem \
Sicherheitskräfte eine friedliche Kundgebung aufgelöst hatten. Sie sind in Gefahr, \
gefoltert zu werden.

Appell an
Innenminister
""",
        [("Hunderte Demonstrierende", None, None)],
    ),
    (
        "de-mindestens-weitere-personen",
        "de",
        """\
UA-Nr: UA-045/2021 AI-Index: MDE 99/2222/2021 Datum: 2. April 2021

URGENT ACTION
GEWERKSCHAFTER IN HAFT
Der Gewerkschafter Reza Tavakoli wurde am 28. März 2021 zusammen mit mindestens 15 weiteren \
Personen festgenommen. Er ist ohne Kontakt zur Außenwelt inhaftiert.
""",
        [("mindestens 15 weiteren Personen", 15, None)],
    ),
    (
        "de-zwoelf-freigelassen",
        "de",
        """\
URGENT ACTION
STUDENT WEITER IN HAFT
Der Student Karim Benali ist weiterhin in Haft. Zwölf Studierende, die mit ihm festgenommen \
worden waren, wurden am 3. Juni freigelassen.

Appell an
Generalstaatsanwalt
""",
        [("Zwölf Studierende", 12, "released")],
    ),
    (
        "de-die-zwei-genannten-keine-gruppe",
        "de",
        """\
URGENT ACTION
ZWEI JOURNALISTEN FESTGENOMMEN
Die zwei Journalisten Ali Hassan und Omar Said wurden am 5. Juli 2023 in Beispielstadt \
festgenommen. Sie sind in Gefahr, gefoltert zu werden.
""",
        [],
    ),
    (
        "de-tausende-polizisten-kontext",
        "de",
        """\
URGENT ACTION
AKTIVISTIN FESTGENOMMEN
Die Aktivistin Nadia Rahimi wurde am 2. März festgenommen, nachdem Tausende an einer \
Trauerfeier teilgenommen hatten. Polizisten brachten sie an einen unbekannten Ort.
""",
        [],
    ),
    (
        "de-weitere-zurueckverwiesen-frei",
        "de",
        """\
URGENT ACTION
AKTIVIST IN HAFT
Der Aktivist Yusuf Demir wurde am 3. März zusammen mit elf weiteren Aktivisten \
festgenommen. Die elf Aktivisten sind inzwischen wieder frei.
""",
        [("elf weiteren Aktivisten", 11, "released")],
    ),
    # ----------------------------------------------------------------- French
    (
        "fr-des-dizaines-de-manifestants",
        "fr",
        """\
ACTION URGENTE
DES MANIFESTANTS DÉTENUS AU SECRET

Des dizaines de manifestants ont été arrêtés le 14 juin 2021 à Exempleville lors d'une \
marche pacifique. Ils sont détenus au secret et risquent d'être torturés.

ENVOYEZ VOS APPELS AVANT LE 30 JUILLET 2021
""",
        [("dizaines de manifestants", None, None)],
    ),
    (
        "fr-plus-de-personnes",
        "fr",
        """\
AU 102/19, AFR 99/1010/2019, 3 mai 2019

ACTION URGENTE
UN DÉFENSEUR DES DROITS HUMAINS ARRÊTÉ
Le défenseur des droits humains Moussa Diallo a été arrêté le 30 avril 2019 avec plus de \
100 personnes lors d'une manifestation pacifique à Exempleville.
""",
        [("plus de 100 personnes", 100, None)],
    ),
    (
        "fr-onze-liberes",
        "fr",
        """\
ACTION URGENTE
UN SYNDICALISTE TOUJOURS DÉTENU
Le syndicaliste Pierre Nkurunziza est toujours détenu. Onze militants arrêtés avec lui ont \
été libérés le 2 septembre.

ENVOYEZ VOS APPELS AVANT LE 15 OCTOBRE 2020
""",
        [("Onze militants", 11, "released")],
    ),
    (
        "fr-les-deux-nommes-pas-de-groupe",
        "fr",
        """\
ACTION URGENTE
DEUX JOURNALISTES DÉTENUS
Les deux journalistes Amina Touré et Issa Koné ont été arrêtés le 4 mars 2022 à \
Exempleville. Ils sont détenus sans inculpation.
""",
        [],
    ),
    (
        "fr-milliers-policiers-contexte",
        "fr",
        """\
ACTION URGENTE
UNE MILITANTE ARRÊTÉE
La militante Fatou Ndiaye a été arrêtée le 8 mars, après que des milliers de personnes ont \
assisté aux funérailles d'un chanteur. Des policiers l'ont emmenée dans un lieu inconnu.
""",
        [],
    ),
    (
        "fr-une-quarantaine",
        "fr",
        """\
ACTION URGENTE
Une quarantaine de personnes ont été arrêtées le 3 mai à Exempleville. Le journaliste Paul \
Mbeki est parmi elles ; il est détenu au secret.
""",
        [("Une quarantaine de personnes", None, None)],
    ),
    (
        "fr-ces-personnes-liberees-sous-caution",
        "fr",
        """\
ACTION URGENTE
Le militant Ali Traoré a été arrêté le 2 juin avec au moins 12 autres personnes. Ces 12 \
personnes ont été remises en liberté sous caution le 10 juin.
""",
        [("au moins 12 autres personnes", 12, "released")],
    ),
    # ---------------------------------------------------------------- Spanish
    (
        "es-decenas-de-estudiantes",
        "es",
        """\
ACCIÓN URGENTE
ESTUDIANTES DETENIDOS TRAS UNA PROTESTA

Decenas de estudiantes fueron detenidos el 10 de mayo de 2022 en Ciudad Ejemplo cuando \
la policía disolvió una protesta pacífica. Corren peligro de sufrir tortura.
""",
        [("Decenas de estudiantes", None, None)],
    ),
    (
        "es-decenas-coordinated-nouns",
        "es",
        """\
ACCIÓN URGENTE
PERÚ: VIOLENCIA CONTRA MANIFESTANTES
Desde el 7 de diciembre, decenas de manifestantes y periodistas han resultado heridos por \
el uso excesivo de la fuerza en Ciudad Ejemplo. Pedimos a la presidenta que ponga fin a la \
represión.
""",
        [("decenas de manifestantes y periodistas", None, None)],
    ),
    (
        "es-mas-de-un-centenar",
        "es",
        """\
AU: 71/18 Índice: AMR 99/5050/2018 Fecha: 12 de abril de 2018

ACCIÓN URGENTE
LÍDER CAMPESINO DETENIDO
El líder campesino Juan Quispe fue detenido el 9 de abril de 2018 junto con más de un \
centenar de campesinos durante el desalojo de sus tierras.
""",
        [("más de un centenar de campesinos", None, None)],
    ),
    (
        "es-doce-excarcelados",
        "es",
        """\
ACCIÓN URGENTE
DEFENSORA SIGUE DETENIDA
La defensora María Flores sigue detenida. Doce activistas detenidos con ella fueron \
excarcelados el 5 de junio.
""",
        [("Doce activistas", 12, "released")],
    ),
    (
        "es-los-dos-nombrados-sin-grupo",
        "es",
        """\
ACCIÓN URGENTE
DOS PERIODISTAS DETENIDOS
Los dos periodistas Carlos Mejía y Ana Torres fueron detenidos el 3 de marzo de 2023 en \
Ciudad Ejemplo. Están recluidos sin cargos.
""",
        [],
    ),
    (
        "es-miles-policias-contexto",
        "es",
        """\
ACCIÓN URGENTE
ACTIVISTA DETENIDA
La activista Rosa Gómez fue detenida el 2 de marzo, después de que miles de personas \
asistieran al funeral de un cantante. Agentes de policía la llevaron a un lugar desconocido.
""",
        [],
    ),
    (
        "es-los-trabajadores-bajo-fianza",
        "es",
        """\
ACCIÓN URGENTE
El sindicalista Pedro Ruiz fue detenido el 4 de mayo junto con otros 12 trabajadores. Los 12 \
trabajadores fueron puestos en libertad bajo fianza el 10 de mayo.
""",
        [("otros 12 trabajadores", 12, "released")],
    ),
    (
        "es-titular-sin-nombres",
        "es",
        """\
ACCIÓN URGENTE
13 ACTIVISTAS DETENIDOS
Trece activistas fueron detenidos el 2 de mayo de 2023 durante una protesta pacífica en \
Ciudad Ejemplo.
""",
        [("13 ACTIVISTAS; Trece activistas", 13, None)],
    ),
    (
        "es-otras-cinco-ejecutadas",
        "es",
        """\
ACCIÓN URGENTE
CONDENADO A MUERTE
Javier Ruiz corre peligro de ser ejecutado. Otras cinco personas condenadas con él fueron \
ejecutadas el 2 de mayo.
""",
        [("Otras cinco personas", 5, "executed")],
    ),
]


def _read(text: str, language: str) -> dict[str, Any]:
    return dict(parse_text(text, language=language, name="made-up.txt").record)


def _close(a: str, b: str) -> bool:
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.8


def _matches(got: dict[str, Any], description: str, count: int | None) -> bool:
    said = str(got.get("description") or "")
    if any(_close(said, one) for one in description.split("; ")):
        return True
    return count is not None and got.get("count") == count


@pytest.mark.parametrize(
    ("language", "text", "groups"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_groups_of_a_layout(language: str, text: str, groups: G) -> None:
    record = _read(text, language)
    found = list(record.get("groups", []))
    assert len(found) == len(groups), found
    for description, count, state in groups:
        got = next((g for g in found if _matches(g, description, count)), None)
        assert got is not None, (description, found)
        assert got.get("count") == count, (description, got)
        assert (got.get("status") or {}).get("state") == state, (description, got)


def test_at_least_four_layouts_per_language() -> None:
    for language in ("en", "de", "fr", "es"):
        assert sum(case[1] == language for case in CASES) >= 4
