"""Persons in the layouts Amnesty has used 1990-2025: made-up UAs, read as a careful reader would.

Written from knowledge of the formats, not from any corpus page: the 1990s roll under the country
("COUNTRY: Name, role" one per line, "New names:", "and 14 others"), the 2000s roll with
(m)/(f) markers, ages and roles on one line (German (m)/(w), French (h)/(f), Spanish (h)/(m)),
the 2011-2018 headline in capitals, Amnesty USA's "NAME AND GENDER PRONOUN" field and
"Individuals at risk:", sections' bullets with ages in brackets, aliases, particles,
patronymics, surname-first and one-word names, long lists over line breaks, a "Name - role -
status" table, statuses in later sentences, names only in a caption or the model letter.
Every name is made up; the expected persons are what a reader would extract.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

import pytest

from ualetters.importer import parse_text

P = dict[str, dict[str, str]]

CASES: list[tuple[str, str, str, P, list[int]]] = [
    # ---------------------------------------------------------------- English
    (
        "en-1993-country-roll-and-others",
        "en",
        """\
EXTERNAL (for general distribution)  AI Index: AMR 41/07/93
UA 112/93  Fear of torture / Legal concern  12 April 1993

MEXICO: Tomás Ixcoy Pérez, community leader
Juana Cutzal Mendoza, teacher
and 14 other peasants

The above were detained on 9 April 1993 by soldiers in the municipality of San Example, \
Chiapas. Amnesty International fears that they may be tortured.
""",
        {
            "Tomás Ixcoy Pérez": {"role": "community leader"},
            "Juana Cutzal Mendoza": {"role": "teacher"},
        },
        [14],
    ),
    (
        "en-1996-new-names-one-word",
        "en",
        """\
EXTERNAL  AI Index: ASA 21/55/96
Further information on UA 301/96 (ASA 21/50/96, 2 September 1996) - Fear of torture
INDONESIA: Budiman, student leader
Sugiarto, trade unionist
New names: Garda Sembiring, Petrus Haryanto

Budiman and Sugiarto are still held at military headquarters in Jakarta. Garda Sembiring \
and Petrus Haryanto were arrested on 10 September 1996.
""",
        {
            "Budiman": {"role": "student leader"},
            "Sugiarto": {"role": "trade unionist"},
            "Garda Sembiring": {},
            "Petrus Haryanto": {},
        },
        [],
    ),
    (
        "en-2005-markers-ages-roles",
        "en",
        """\
PUBLIC  AI Index: EUR 62/011/2005
UA 145/05  Fear of torture or ill-treatment  20 May 2005

UZBEKISTAN  Dilnoza Rakhimova (f), aged 32, journalist
Bakhtiyor Nazarov (m), 45, human rights defender
Rustam Yuldashev, 28, her brother

Dilnoza Rakhimova and Bakhtiyor Nazarov were detained on 18 May in Example City.
""",
        {
            "Dilnoza Rakhimova": {"gender": "female", "role": "journalist"},
            "Bakhtiyor Nazarov": {"gender": "male", "role": "human rights defender"},
            "Rustam Yuldashev": {"role": "her brother"},
        },
        [],
    ),
    (
        "en-2014-caps-headline",
        "en",
        """\
UA: 214/14 Index: MDE 12/021/2014 Egypt Date: 3 August 2014

URGENT ACTION
EGYPT: MAHMOUD ABDELAZIZ AND KHALED SAMIR HELD
Mahmoud Abdelaziz and Khaled Samir, two students at Example University, have been held \
without charge since 12 July. They are prisoners of conscience.
""",
        {"Mahmoud Abdelaziz": {}, "Khaled Samir": {}},
        [],
    ),
    (
        "en-usa-gender-pronoun-field",
        "en",
        """\
Urgent Action: Free Imprisoned Land Rights Defender (Viet Nam: UA 44.23)

NAME AND GENDER PRONOUN: Trinh Thi Hoa (she/her)

Trinh Thi Hoa, a land rights defender, was sentenced to six years in prison on 3 March 2023.
""",
        {"Trinh Thi Hoa": {"gender": "female", "role": "land rights defender"}},
        [],
    ),
    (
        "en-usa-individuals-at-risk",
        "en",
        """\
Urgent Action: Student Protesters Face Trial (South Korea: UA 12.24)

Individuals at risk: Kim Min-jun (he/him), Park Seo-yeon (she/her)

Kim Min-jun and Park Seo-yeon face up to five years in prison for a peaceful sit-in.
""",
        {"Kim Min-jun": {"gender": "male"}, "Park Seo-yeon": {"gender": "female"}},
        [],
    ),
    (
        "en-section-bullets-ages-nickname",
        "en",
        """\
Bolivia: Release the bus drivers

Police arrested four union members on 2 June:
• Ana Lucía Quispe, 34, student
• Jorge "El Flaco" Mamani (27), bus driver
• Wilfredo Choque Condori (51), union leader

Please write to the Minister of Government.
""",
        {
            "Ana Lucía Quispe": {"role": "student"},
            "Jorge Mamani": {"role": "bus driver"},
            "Wilfredo Choque Condori": {"role": "union leader"},
        },
        [],
    ),
    (
        "en-long-list-over-line-breaks",
        "en",
        """\
The eleven men on trial are Ahmed bin Salem al-Harthi, Yousef Abdullah al-Marri, Khalid \
al-Nuaimi,
Salem bin Rashid al-Shamsi, Hamad Obaid, Ali Saeed al-Kaabi, Mansour Hassan al-Zaabi,
Saif Juma al-Dhaheri, Rashid bin Khalifa, Omar Zayed al-Mansoori and
Nasser Mubarak al-Ketbi. They were arrested in March 2013.
""",
        {
            name: {}
            for name in (
                "Ahmed bin Salem al-Harthi",
                "Yousef Abdullah al-Marri",
                "Khalid al-Nuaimi",
                "Salem bin Rashid al-Shamsi",
                "Hamad Obaid",
                "Ali Saeed al-Kaabi",
                "Mansour Hassan al-Zaabi",
                "Saif Juma al-Dhaheri",
                "Rashid bin Khalifa",
                "Omar Zayed al-Mansoori",
                "Nasser Mubarak al-Ketbi",
            )
        },
        [],
    ),
    (
        "en-table-name-role-status",
        "en",
        """\
Viet Nam: bloggers sentenced

Hoang Van Minh – blogger – sentenced to eight years
Le Thi Thu – land rights activist – released on 3 May 2019
Dang Quoc Viet – lawyer – held incommunicado
""",
        {
            "Hoang Van Minh": {"role": "blogger"},
            "Le Thi Thu": {"role": "land rights activist", "state": "released"},
            "Dang Quoc Viet": {"role": "lawyer"},
        },
        [],
    ),
    (
        "en-status-in-later-sentences",
        "en",
        """\
Further information on UA 88/16 Index: MDE 13/4122/2016 Iran Date: 20 May 2016

Sayed Hashem Mousavi and Ali Reza Kazemi, two members of the Ahwazi Arab minority, and \
Fatemeh Karimi, a teacher, were arrested in 2015.

Sayed Hashem Mousavi and Ali Reza Kazemi were executed on 12 May 2016. Fatemeh Karimi was \
released on bail on 15 May 2016.
""",
        {
            "Sayed Hashem Mousavi": {"state": "executed"},
            "Ali Reza Kazemi": {"state": "executed"},
            "Fatemeh Karimi": {"role": "teacher", "state": "released"},
        },
        [],
    ),
    (
        "en-caption-and-model-letter",
        "en",
        """\
Myanmar: Poets held for a poem

Two poets were arrested in Mandalay on 4 April after a reading.

Photo: Aung Ko Ko (left) and Thida Win at the reading, April 2021

Dear Minister,
I urge you to release Aung Ko Ko and Thida Win immediately and unconditionally.
Yours sincerely,
""",
        {"Aung Ko Ko": {}, "Thida Win": {}},
        [],
    ),
    (
        "en-particles-patronymic-surname-first",
        "en",
        """\
Russian Federation: lawyers detained

Igor Petrovich Sidorenko, a lawyer, and his colleague Jan van der Berg, a Dutch observer, \
were detained in Example City on 2 May. Wang Jianmin, a Chinese journalist, was held with them.
""",
        {
            "Igor Petrovich Sidorenko": {"role": "lawyer"},
            "Jan van der Berg": {"role": "colleague; Dutch observer"},
            "Wang Jianmin": {"role": "Chinese journalist"},
        },
        [],
    ),
    (
        "en-2008-marked-no-role-from-a-source",
        "en",
        """\
UA 77/08  Fear of torture  3 April 2008

IRAN  Leila Farzanegan (f)

According to her lawyer, Leila Farzanegan was held in solitary confinement for two months.
""",
        # "her lawyer" is a source, not her role: an empty role says none is read
        {"Leila Farzanegan": {"gender": "female", "role": ""}},
        [],
    ),
    # ---------------------------------------------------------------- German
    (
        "de-2004-roll-markers",
        "de",
        """\
UA-Nr: UA-093/2004  AI-Index: AMR 34/017/2004  Datum: 5. Mai 2004

GUATEMALA  Rosa María Xoy (w), Gewerkschafterin
Pedro Caal Choc (m), 41, Bauernführer
sowie zwölf weitere Mitglieder der Gemeinde

Die Genannten wurden am 3. Mai 2004 festgenommen.
""",
        {
            "Rosa María Xoy": {"gender": "female", "role": "Gewerkschafterin"},
            "Pedro Caal Choc": {"gender": "male", "role": "Bauernführer"},
        },
        [12],
    ),
    (
        "de-caps-headline",
        "de",
        """\
URGENT ACTION
ÄGYPTEN: SALMA HASSAN UND NOUR EL-DIN FAROUK IN HAFT

Die Studentin Salma Hassan und der Journalist Nour el-Din Farouk sind seit dem 2. März in \
Untersuchungshaft.
""",
        {
            "Salma Hassan": {"gender": "female", "role": "Studentin"},
            "Nour el-Din Farouk": {"gender": "male", "role": "Journalist"},
        },
        [],
    ),
    (
        "de-bullets-ages-in-brackets",
        "de",
        """\
Aserbaidschan: Journalistinnen und Journalisten in Haft

• Leyla Mammadova (34), Journalistin
• Rauf Aliyev (51), Rechtsanwalt
• Elnur Hasanov (29), Blogger
""",
        {
            "Leyla Mammadova": {"role": "Journalistin"},
            "Rauf Aliyev": {"role": "Rechtsanwalt"},
            "Elnur Hasanov": {"role": "Blogger"},
        },
        [],
    ),
    (
        "de-status-in-later-sentences",
        "de",
        """\
Iran: Hinrichtung vollstreckt

Farid Rahimi und Nasrin Ahmadi waren 2017 festgenommen worden. Farid Rahimi wurde am \
3. März 2019 hingerichtet. Nasrin Ahmadi kam am 12. April 2019 frei.
""",
        {"Farid Rahimi": {"state": "executed"}, "Nasrin Ahmadi": {"state": "released"}},
        [],
    ),
    (
        "de-long-list-und",
        "de",
        """\
Die zehn Angeklagten sind Mehmet Yıldız, Ayşe Demir, Hasan Kaya, Zeynep Çelik,
Mustafa Şahin, Elif Aydın, Ahmet Öztürk, Fatma Arslan, Emre Doğan und
Selin Kılıç. Ihnen drohen bis zu 15 Jahre Haft.
""",
        {
            name: {}
            for name in (
                "Mehmet Yıldız",
                "Ayşe Demir",
                "Hasan Kaya",
                "Zeynep Çelik",
                "Mustafa Şahin",
                "Elif Aydın",
                "Ahmet Öztürk",
                "Fatma Arslan",
                "Emre Doğan",
                "Selin Kılıç",
            )
        },
        [],
    ),
    (
        "de-model-letter-only",
        "de",
        """\
Myanmar: Dichter in Haft

Sehr geehrter Herr Minister,
ich bitte Sie, Thant Zin Oo und Hla Hla Win umgehend und bedingungslos freizulassen.
Hochachtungsvoll
""",
        {"Thant Zin Oo": {}, "Hla Hla Win": {}},
        [],
    ),
    (
        "de-table-name-role-status",
        "de",
        """\
China: Anwältinnen und Anwälte verurteilt

Zhou Weiming – Rechtsanwalt – zu sieben Jahren verurteilt
Li Xiaomei – Aktivistin – am 2. Juni 2020 freigelassen
""",
        {
            "Zhou Weiming": {"role": "Rechtsanwalt"},
            "Li Xiaomei": {"role": "Aktivistin", "state": "released"},
        },
        [],
    ),
    # ---------------------------------------------------------------- French
    (
        "fr-2009-roll-markers",
        "fr",
        """\
AU 150/09  Craintes de torture  12 juin 2009

RÉPUBLIQUE DÉMOCRATIQUE DU CONGO  Jean-Baptiste Mukendi (h), journaliste
Gisèle Kabongo (f), 29 ans, avocate
et sept autres personnes

Ils ont été arrêtés le 10 juin 2009 à Kinshasa.
""",
        {
            "Jean-Baptiste Mukendi": {"gender": "male", "role": "journaliste"},
            "Gisèle Kabongo": {"gender": "female", "role": "avocate"},
        },
        [7],
    ),
    (
        "fr-caps-headline",
        "fr",
        """\
ACTION URGENTE
CAMEROUN : PAUL NGONO ET AMINATOU BELLO DÉTENUS

Paul Ngono, enseignant, et Aminatou Bello, militante, sont détenus depuis le 4 mars à Yaoundé.
""",
        {"Paul Ngono": {"role": "enseignant"}, "Aminatou Bello": {"role": "militante"}},
        [],
    ),
    (
        "fr-bullets-ages",
        "fr",
        """\
Sénégal : libérez les étudiants

• Fatou Diallo, 23 ans, étudiante
• Mamadou Ndiaye, 25 ans, étudiant
• Awa Sow (22 ans), militante
""",
        {
            "Fatou Diallo": {"role": "étudiante"},
            "Mamadou Ndiaye": {"role": "étudiant"},
            "Awa Sow": {"role": "militante"},
        },
        [],
    ),
    (
        "fr-long-list-et",
        "fr",
        """\
Les dix militants condamnés sont Moussa Traoré, Idrissa Koné, Aminata Coulibaly, Ousmane \
Diarra,
Boubacar Keïta, Mariam Sangaré, Seydou Dembélé, Fanta Camara, Adama Sissoko et
Kadiatou Touré. Ils ont été arrêtés en 2020.
""",
        {
            name: {}
            for name in (
                "Moussa Traoré",
                "Idrissa Koné",
                "Aminata Coulibaly",
                "Ousmane Diarra",
                "Boubacar Keïta",
                "Mariam Sangaré",
                "Seydou Dembélé",
                "Fanta Camara",
                "Adama Sissoko",
                "Kadiatou Touré",
            )
        },
        [],
    ),
    (
        "fr-status-in-later-sentences",
        "fr",
        """\
Mali : deux syndicalistes

Bakary Diakité et Sékou Fofana avaient été arrêtés en 2019. Bakary Diakité a été libéré le \
4 juin 2021. Sékou Fofana est mort en détention le 9 juillet 2021.
""",
        {"Bakary Diakité": {"state": "released"}, "Sékou Fofana": {"state": "dead"}},
        [],
    ),
    (
        "fr-alias-and-model-letter",
        "fr",
        """\
Tunisie : un rappeur emprisonné

Ahmed Ben Salah, dit « Hamma », rappeur, a été condamné à deux ans de prison.

Monsieur le Ministre,
Je vous demande de libérer Ahmed Ben Salah et son ami Nguyen Van Binh.
Veuillez agréer, Monsieur le Ministre, l'expression de ma haute considération.
""",
        {"Ahmed Ben Salah": {"role": "rappeur"}, "Nguyen Van Binh": {}},
        [],
    ),
    (
        "fr-table-name-role-status",
        "fr",
        """\
Burundi : défenseurs condamnés

Pierre-Claver Ndayizeye – avocat – condamné à dix ans
Espérance Niyonzima – journaliste – libérée le 3 mai 2022
""",
        {
            "Pierre-Claver Ndayizeye": {"role": "avocat"},
            "Espérance Niyonzima": {"role": "journaliste", "state": "released"},
        },
        [],
    ),
    # ---------------------------------------------------------------- Spanish
    (
        "es-2003-roll-markers",
        "es",
        """\
AU 88/03  Temor por la seguridad  14 de abril de 2003

COLOMBIA  Luz Marina Arango (m), dirigente campesina
José Eduardo Cárdenas (h), 52, sindicalista
y otras nueve personas

Los hombres armados llegaron a la vereda el 12 de abril de 2003.
""",
        {
            "Luz Marina Arango": {"gender": "female", "role": "dirigente campesina"},
            "José Eduardo Cárdenas": {"gender": "male", "role": "sindicalista"},
        },
        [9],
    ),
    (
        "es-caps-headline",
        "es",
        """\
ACCIÓN URGENTE
VENEZUELA: JAVIER ROJAS Y ANDREÍNA LÓPEZ DETENIDOS

El periodista Javier Rojas y la activista Andreína López fueron detenidos el 3 de enero.
""",
        {
            "Javier Rojas": {"gender": "male", "role": "periodista"},
            "Andreína López": {"gender": "female", "role": "activista"},
        },
        [],
    ),
    (
        "es-bullets-ages-in-brackets",
        "es",
        """\
Perú: dirigentes indígenas criminalizados

• Carlos Quispe Huamán (45), dirigente indígena
• Rosa Mamani Ccori (38), defensora ambiental
""",
        {
            "Carlos Quispe Huamán": {"role": "dirigente indígena"},
            "Rosa Mamani Ccori": {"role": "defensora ambiental"},
        },
        [],
    ),
    (
        "es-long-list-y",
        "es",
        """\
Los diez estudiantes detenidos son Luis Fernando Pérez, María José Gutiérrez, Diego Armando \
Rojas,
Valentina Morales, Andrés Felipe Castro, Camila Herrera, Santiago Vargas, Daniela Ortiz, \
Mateo Jiménez y
Sofía Ramírez. Fueron detenidos el 5 de mayo.
""",
        {
            name: {}
            for name in (
                "Luis Fernando Pérez",
                "María José Gutiérrez",
                "Diego Armando Rojas",
                "Valentina Morales",
                "Andrés Felipe Castro",
                "Camila Herrera",
                "Santiago Vargas",
                "Daniela Ortiz",
                "Mateo Jiménez",
                "Sofía Ramírez",
            )
        },
        [],
    ),
    (
        "es-status-in-later-sentences",
        "es",
        """\
Nicaragua: presos políticos

Ernesto Villalba y Marta Ibáñez fueron detenidos en 2018. Ernesto Villalba fue liberado el \
2 de mayo de 2020. Marta Ibáñez murió bajo custodia el 8 de junio de 2020.
""",
        {"Ernesto Villalba": {"state": "released"}, "Marta Ibáñez": {"state": "dead"}},
        [],
    ),
    (
        "es-alias-particle-model-letter",
        "es",
        """\
Honduras: defensores del río

Juan de la Cruz Martínez, alias «El Chino», dirigente comunitario, fue detenido el 2 de marzo.

Señor Fiscal General:
Le pido que libere de inmediato a Juan de la Cruz Martínez y a Berta Isabel Zúniga.
Atentamente,
""",
        {
            "Juan de la Cruz Martínez": {"role": "dirigente comunitario"},
            "Berta Isabel Zúniga": {},
        },
        [],
    ),
    (
        "es-table-name-role-status",
        "es",
        """\
Cuba: artistas encarcelados

Yoandri Pérez Sosa – músico – condenado a cinco años
Maykel Castillo – rapero – excarcelado el 3 de mayo de 2023
""",
        {
            "Yoandri Pérez Sosa": {"role": "músico"},
            "Maykel Castillo": {"role": "rapero", "state": "released"},
        },
        [],
    ),
]


def _read(text: str, language: str) -> dict[str, Any]:
    return dict(parse_text(text, language=language, name="made-up.txt").record)


def _close(a: str, b: str) -> bool:
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.8


@pytest.mark.parametrize(
    ("language", "text", "persons", "groups"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_persons_of_a_layout(language: str, text: str, persons: P, groups: list[int]) -> None:
    record = _read(text, language)
    found = {p["name"]: p for p in record.get("persons", [])}
    assert set(found) == set(persons)
    for name, want in persons.items():
        got = found[name]
        if "gender" in want:
            assert got.get("gender") == want["gender"], name
        if "role" in want:
            # several roles, "; " between them: one matching is right (as the scorer counts)
            said = got.get("role") or ""
            assert any(_close(said, one) for one in want["role"].split("; ")), (name, said)
        if "state" in want:
            assert (got.get("status") or {}).get("state") == want["state"], name
    counts = [g.get("count") for g in record.get("groups", [])]
    for count in groups:
        assert count in counts, record.get("groups")


def test_at_least_six_layouts_per_language() -> None:
    for language in ("en", "de", "fr", "es"):
        assert sum(case[1] == language for case in CASES) >= 6
