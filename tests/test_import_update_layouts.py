"""Updates, status and closures in the layouts Amnesty has used, from knowledge of the formats.

Further-information notices of the International Secretariat (1990s headers with the original
UA's index and date and its follow-ups, "FI" and "UA n/yy - 2" numbering, "Second Urgent
Action", "Update 3"), Amnesty USA's pages ("Urgent Action Update", "This action ended on",
the "Additional information" section that is background, not news), the sections' closing and
extension notices in English, German, French and Spanish, notices that report a release, an
execution, a death in custody, a commuted sentence or a new trial date, and a closed case
re-opened. Every text is made up (names, numbers, dates and facts invented); each expects what
a careful reader records under the corpus README's conventions.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text

# name: (language, text, expected). Expected keys are record fields compared exactly, and
# "updates": the (kind, date) pairs that must be among the record's updates (date None: undated),
# "persons": {name: (state, date)}, "no": fields that must be absent, "marked": fields that
# must carry a TODO.
CASES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "en IS 2004 further information with follow-up, released on bail, closed": (
        "en",
        """\
EXTERNAL (for general distribution)          AI Index: MDE 13/052/2004
4 June 2004
Further information on UA 123/04 (MDE 13/045/2004, 5 May 2004) and follow-up (MDE 13/049/2004, \
19 May 2004) - Fear of torture
IRAN          Farhad Testzadeh (m), student

Farhad Testzadeh was released on bail on 1 June 2004. He had been held in solitary \
confinement in Evin Prison since his arrest on 28 April 2004.

No further action is requested from the UA network. Many thanks to all who sent appeals.
""",
        {
            "ua": "UA 123/04",
            "index": "MDE 13/052/2004",
            "ua_issued": "2004-05-05",
            "issued": "2004-06-04",
            "status": "closed",
            "updates": [("info", "2004-05-19"), ("closed", "2004-06-04")],
            "persons": {"Farhad Testzadeh": ("released", "2004-06-01")},
        },
    ),
    "en IS 1997 further information (2), execution": (
        "en",
        """\
AI Index: ASA 17/031/97
12 September 1997
Further information on UA 201/97 (ASA 17/024/97, 18 July 1997) and follow-up (ASA 17/027/97, 8 \
August 1997)
CHINA          Li Testming, aged 34

Amnesty International has learned that Li Testming was executed on 5 September 1997 in \
Testan, shortly after the provincial High Court rejected his appeal.

No further action is requested from the Urgent Action network. Many thanks to all who sent \
appeals.
""",
        {
            "ua": "UA 201/97",
            "ua_issued": "1997-07-18",
            "issued": "1997-09-12",
            "status": "closed",
            "updates": [("info", "1997-08-08"), ("closed", "1997-09-12")],
            "persons": {"Li Testming": ("executed", "1997-09-05")},
        },
    ),
    "en UA n/yy - 2 numbering, death in custody": (
        "en",
        """\
UA 17/08 - 2
Index: AFR 54/006/2008
Date: 3 April 2008
SUDAN: Death in custody
Osman Testali (m)

Osman Testali died in custody on 29 March 2008, two weeks after he was arrested in Testfasher. \
His family say his body showed signs of torture.

PLEASE SEND APPEALS BEFORE 15 MAY 2008.
""",
        {
            "ua": "UA 17/08-2",
            "update_no": 2,
            "status": "update",
            "issued": "2008-04-03",
            "deadline": "2008-05-15",
            "persons": {"Osman Testali": ("dead", "2008-03-29")},
        },
    ),
    "en Second Urgent Action": (
        "en",
        """\
Second Urgent Action
UA: 56/19 Index: AMR 41/0812/2019 Mexico Date: 14 June 2019
ACTIVIST'S TRIAL DATE SET
The trial of environmental defender Rosa Testiña has been set for 2 August 2019. She faces \
charges of "attacks on public roads" for taking part in a peaceful protest.
Please write immediately in Spanish or your own language:
Call on the authorities to drop all charges against Rosa Testiña.
PLEASE SEND APPEALS BEFORE 26 JULY 2019 TO:
""",
        {
            "ua": "UA 56/19",
            "update_no": 1,
            "status": "update",
            "issued": "2019-06-14",
            "deadline": "2019-07-26",
        },
    ),
    "en Third Urgent Action": (
        "en",
        """\
Third Urgent Action
UA: 33/16 Index: MDE 23/4410/2016 Saudi Arabia Date: 2 December 2016
DEATH SENTENCE COMMUTED FOR YOUNG MAN
On 28 November 2016 the Supreme Court commuted the death sentence of Hassan Testani to 12 \
years in prison.
No further action is requested from the UA network. Many thanks to all who sent appeals.
""",
        {
            "ua": "UA 33/16",
            "update_no": 2,
            "status": "closed",
            "issued": "2016-12-02",
            "persons": {"Hassan Testani": ("commuted", "2016-11-28")},
        },
    ),
    "en Update 3": (
        "en",
        """\
URGENT ACTION
UA 45/21 Update 3
Index: EUR 49/5120/2021
Date: 9 February 2022
CRIMEAN TATAR ACTIVIST'S SENTENCE UPHELD
Please write immediately in Russian, English or your own language.
PLEASE SEND APPEALS BEFORE 23 MARCH 2022.
""",
        {
            "ua": "UA 45/21",
            "update_no": 3,
            "status": "update",
            "issued": "2022-02-09",
            "deadline": "2022-03-23",
        },
    ),
    "en Amnesty USA Additional information is background": (
        "en",
        """\
UA 71.18 Issue Date: 20 March 2018 Country: Egypt
JOURNALIST HELD WITHOUT CHARGE
Contact these two officials by 1 May 2018:
President Abdel Fattah al-Sisi
Office of the President
Cairo, Egypt
ADDITIONAL INFORMATION
Journalist Karim Testawy was arrested on 3 February 2018. An earlier Urgent Action was issued \
in 2016 when he was first detained; he was released on 10 March 2017.
""",
        {
            "ua": "UA 71.18",
            "status": "open",
            "deadline": "2018-05-01",
            "no": ["update_no"],
        },
    ),
    "en Amnesty USA This action ended on": (
        "en",
        """\
URGENT ACTION
UA 88.19
Student leader released
This action ended on March 3, 2020.
Student leader Nasrin Testpour was released from Qarchak prison on 25 February 2020. Thank \
you to everyone who took action.
""",
        {
            "ua": "UA 88.19",
            "status": "closed",
            "updates": [("closed", "2020-03-03")],
            "persons": {"Nasrin Testpour": ("released", "2020-02-25")},
        },
    ),
    "en Amnesty USA Urgent Action Update": (
        "en",
        """\
URGENT ACTION UPDATE
UA 102.22
Lawyer's detention extended
On October 4, 2022, a court extended the pre-trial detention of lawyer Dmitri Testov by three \
months.
This Urgent Action expires on December 30, 2022.
""",
        {
            "ua": "UA 102.22",
            "status": "update",
            "deadline": "2022-12-30",
        },
    ),
    "en Please stop sending appeals": (
        "en",
        """\
Further information on UA: 210/12 Index: AFR 62/011/2012 Democratic Republic of Congo Date: 30 \
October 2012
HUMAN RIGHTS DEFENDER RELEASED
Human rights defender Jean-Pierre Testumba was released on 26 October 2012 without charge.
Please stop sending appeals. Many thanks to all who sent appeals.
""",
        {
            "ua": "UA 210/12",
            "status": "closed",
            "issued": "2012-10-30",
            "updates": [("closed", "2012-10-30")],
            "persons": {"Jean-Pierre Testumba": ("released", "2012-10-26")},
        },
    ),
    "en Many thanks to all who sent appeals, no date to write by": (
        "en",
        """\
Further information on UA 77/99 (AMR 19/015/99, 12 April 1999)
AI Index: AMR 19/022/99
2 June 1999
BRAZIL          Testemunha da Silva, land activist

Testemunha da Silva was freed on 27 May 1999. Many thanks to all who sent appeals on his behalf.
""",
        {
            "ua": "UA 77/99",
            "ua_issued": "1999-04-12",
            "issued": "1999-06-02",
            "status": "closed",
            "persons": {"Testemunha da Silva": ("released", "1999-05-27")},
        },
    ),
    "en deadline extended": (
        "en",
        """\
Further information on UA: 150/15 Index: ASA 37/2402/2015 Sri Lanka Date: 10 September 2015
RELATIVES STILL FACE THREATS
The deadline has been extended to 22 October 2015.
Please write immediately in Sinhala, Tamil, English or your own language.
""",
        {
            "ua": "UA 150/15",
            "status": "update",
            "deadline": "2015-10-22",
            "updates": [("extended", None)],
        },
    ),
    "en new trial date is no deadline": (
        "en",
        """\
Further information on UA: 68/13 Index: EUR 44/009/2013 Turkey Date: 4 April 2013
TRIAL OF PUBLISHER POSTPONED
The trial of publisher Deniz Testoglu was postponed on 2 April 2013; the next hearing will be on \
18 June 2013.
Please write immediately in Turkish or your own language.
PLEASE SEND APPEALS BEFORE 16 MAY 2013.
""",
        {
            "ua": "UA 68/13",
            "status": "update",
            "issued": "2013-04-04",
            "deadline": "2013-05-16",
        },
    ),
    "en closed case re-opened": (
        "en",
        """\
Further information on UA: 12/17 Index: MDE 15/8011/2018 Israel/OPT Date: 5 March 2018
NEW ARREST OF ACTIVIST
This action was closed in June 2017 after Salma Testawi was released. We are re-opening it \
because she was arrested again on 27 February 2018.
Please write immediately in Hebrew, English or your own language.
PLEASE SEND APPEALS BEFORE 16 APRIL 2018.
""",
        {
            "ua": "UA 12/17",
            "status": "update",
            "issued": "2018-03-05",
            "deadline": "2018-04-16",
        },
    ),
    "en UA n/yy Update 1, an execution stayed is no status": (
        "en",
        """\
UA 88/19 Update 1
Index: AMR 51/0301/2020
Date: 12 March 2020
USA: Execution stayed
On 9 March 2020 the Texas Court of Criminal Appeals stayed the execution of Roberto \
Testguez, which had been set for 11 March.
""",
        {
            "ua": "UA 88/19",
            "update_no": 1,
            "status": "update",
            "issued": "2020-03-12",
            "persons": {"Roberto Testguez": (None, None)},
        },
    ),
    "en the second update of UA n/yy": (
        "en",
        """\
This is the second update of UA 235/17.
Index: ASA 17/7702/2018
CHINA: Lawyer sentenced
""",
        {"ua": "UA 235/17", "update_no": 2, "status": "update"},
    ),
    "en its follow-ups, a list in brackets": (
        "en",
        """\
Further information on UA 280/02 (ASA 17/049/2002, 6 November 2002) and its follow-ups (ASA \
17/052/2002, 14 November 2002; ASA 17/003/2003, 10 January 2003)
AI Index: ASA 17/011/2003
20 February 2003
CHINA     Wang Testhua (m), 52, labour activist
""",
        {
            "ua": "UA 280/02",
            "ua_issued": "2002-11-06",
            "issued": "2003-02-20",
            "status": "update",
            "updates": [("info", "2002-11-14"), ("info", "2003-01-10")],
        },
    ),
    "en closed and re-opened, in a closing phrase's paragraph": (
        "en",
        """\
Further information on UA: 12/17 Index: MDE 15/8011/2018 Israel/OPT Date: 5 March 2018
NEW ARREST OF ACTIVIST
In June 2017 we wrote that this Urgent Action is closed, after Salma Testawi was released. \
We are re-opening it because she was arrested again on 27 February 2018.
PLEASE SEND APPEALS BEFORE 16 APRIL 2018.
""",
        {
            "ua": "UA 12/17",
            "status": "update",
            "deadline": "2018-04-16",
            "marked": ["status"],
            "no": ["status_text"],
        },
    ),
    "en Urgent Action Victory, no closing words": (
        "en",
        """\
Urgent Action Victory!
Wrongfully jailed activist released
On July 14, 2021, activist Chidi Testonwu was released after 400 days in detention.
""",
        {
            "status": "closed",
            "marked": ["status"],
            "persons": {"Chidi Testonwu": ("released", "2021-07-14")},
        },
    ),
    "en Urgent Action Outcome": (
        "en",
        """\
URGENT ACTION OUTCOME
UA 19.20
Journalist freed
Journalist Hamza Testarov was released on 2 June 2020. No further action is required. Thank \
you to everyone who took action.
""",
        {
            "ua": "UA 19.20",
            "status": "closed",
            "persons": {"Hamza Testarov": ("released", "2020-06-02")},
        },
    ),
    "en further information with the original date alone, This action ended on": (
        "en",
        """\
Further information on UA 311/09 (17 November 2009)
CHINA  Testo Lianming (m)
Testo Lianming was sentenced on 10 February 2010 to two years and six months in prison.
This action ended on 30 March 2010.
""",
        {
            "ua": "UA 311/09",
            "ua_issued": "2009-11-17",
            "status": "closed",
            "updates": [("closed", "2010-03-30")],
            "persons": {"Testo Lianming": (None, None)},
        },
    ),
    "en UPDATE {date}: news above the action": (
        "en",
        """\
URGENT ACTION
Release jailed teacher
UPDATE 29 December 2024: Teacher Reza Testani was sentenced to death on 22 December. We \
continue to call for his release.

Teacher Reza Testani was arrested on 3 May 2024.
""",
        {"status": "update", "updates": [("info", "2024-12-29")], "no": ["issued"]},
    ),
    "en {date} update: news, the page's date is not the notice's": (
        "en",
        """\
URGENT ACTION
Release jailed teacher
February 14, 2025 update: Reza Testani has been moved to solitary confinement.
""",
        {"status": "update", "updates": [("info", "2025-02-14")], "no": ["issued"]},
    ),
    "en This petition is closed": (
        "en",
        """\
Free student Amir Testani
This petition is closed. Thank you to everyone who signed.
Student Amir Testani was released on 4 June 2023.
""",
        {"status": "closed", "persons": {"Amir Testani": ("released", "2023-06-04")}},
    ),
    # -- German ------------------------------------------------------------------------
    "de Weitere Informationen zu UA-123/2019-2": (
        "de",
        """\
Weitere Informationen zu UA-123/2019-2
AI-Index: AMR 46/1302/2019
Datum: 19. November 2019
PERU
Umweltschützer wieder frei
Der Umweltschützer Julio Testpuma ist am 12. November 2019 freigelassen worden.
Keine weiteren Appelle nötig. Vielen Dank an alle, die Appelle geschickt haben.
""",
        {
            "update_no": 2,
            "status": "closed",
            "issued": "2019-11-19",
            "updates": [("closed", "2019-11-19")],
            "persons": {"Julio Testpuma": ("released", "2019-11-12")},
        },
    ),
    "de Swiss FI 061/20-1": (
        "de",
        """\
FI 061/20-1
AI-Index: EUR 55/3011/2020
Aktiv seit 14. August 2020
Belarus – Briefaktion
Aktivistin in Haft
Die Aktivistin Olga Testowa ist weiterhin in Haft. Ihr Prozess beginnt am 2. Oktober 2020.
Mitmachen bis 25. September 2020
""",
        {
            "ua": "FI 061/20-1",
            "update_no": 1,
            "status": "update",
            "issued": "2020-08-14",
            "deadline": "2020-09-25",
        },
    ),
    "de Diese Urgent Action ist beendet": (
        "de",
        """\
URGENT ACTION
UA-045/2021-3
Ägypten: Menschenrechtsverteidiger tot
Diese Urgent Action ist beendet.
Der Menschenrechtsverteidiger Hamdi Testawi ist am 4. Mai 2021 in der Haft gestorben.
""",
        {
            "update_no": 3,
            "status": "closed",
            "persons": {"Hamdi Testawi": ("dead", "2021-05-04")},
        },
    ),
    "de Frist verlängert bis": (
        "de",
        """\
UA-077/2022-1
Weitere Informationen zu UA-077/2022
Datum: 3. Juni 2022
Iran: Hinrichtung droht weiterhin
Frist verlängert bis 15. Juli 2022
Schreiben Sie bitte Faxe, E-Mails oder Luftpostbriefe.
""",
        {
            "update_no": 1,
            "status": "update",
            "deadline": "2022-07-15",
            "updates": [("extended", None)],
        },
    ),
    "de Zweite Urgent Action, Todesurteil umgewandelt": (
        "de",
        """\
Zweite Urgent Action
UA-012/2018-1
Datum: 20. März 2018
Weißrussland: Todesurteil umgewandelt
Das Todesurteil gegen Ihar Testowitsch wurde am 14. März 2018 in eine lebenslange Haftstrafe \
umgewandelt.
Keine weiteren Appelle nötig.
""",
        {
            "update_no": 1,
            "status": "closed",
            "issued": "2018-03-20",
            "persons": {"Ihar Testowitsch": ("commuted", "2018-03-14")},
        },
    ),
    "de hingerichtet, weitere Aktionen nicht erforderlich": (
        "de",
        """\
Weitere Informationen zu UA-200/2016-2
Datum: 30. Januar 2017
Saudi-Arabien: Hinrichtung vollstreckt
Abdul Testqadir wurde am 24. Januar 2017 hingerichtet.
Weitere Aktionen sind nicht erforderlich. Vielen Dank an alle, die sich eingesetzt haben.
""",
        {
            "update_no": 2,
            "status": "closed",
            "issued": "2017-01-30",
            "persons": {"Abdul Testqadir": ("executed", "2017-01-24")},
        },
    ),
    "de Aktion wieder aufgenommen": (
        "de",
        """\
Weitere Informationen zu UA-031/2015-4
Datum: 8. Juni 2016
Aserbaidschan: Erneut festgenommen
Die Urgent Action war im Dezember 2015 beendet worden, nachdem Leyla Testova freigelassen \
worden war. Wir nehmen sie wieder auf, da sie am 1. Juni 2016 erneut festgenommen wurde.
Bitte schreiben Sie bis 20. Juli 2016.
""",
        {
            "update_no": 4,
            "status": "update",
            "issued": "2016-06-08",
            "deadline": "2016-07-20",
        },
    ),
    "de 2. Update zur UA, Frist ohne Jahr": (
        "de",
        """\
2. Update zur UA-055/2020
Datum: 3. August 2020
Türkei: Prozess vertagt
Der Prozess gegen die Anwältin Ayşe Testkaya wurde auf den 12. November 2020 vertagt.
Frist verlängert bis 15. September
""",
        {
            "ua": "UA 055/2020",
            "update_no": 2,
            "status": "update",
            "issued": "2020-08-03",
            "deadline_text": "15. September",
            "marked": ["deadline_text"],
            "no": ["deadline"],
        },
    ),
    "de beendet und wieder aufgenommen": (
        "de",
        """\
Weitere Informationen zu UA-031/2015-4
Datum: 8. Juni 2016
Aserbaidschan: Erneut festgenommen
Im Dezember 2015 schrieben wir: Keine weiteren Appelle nötig. Wir nehmen die Aktion wieder \
auf, da Leyla Testova am 1. Juni 2016 erneut festgenommen wurde.
Bitte schreiben Sie bis 20. Juli 2016.
""",
        {
            "update_no": 4,
            "status": "update",
            "deadline": "2016-07-20",
            "marked": ["status"],
        },
    ),
    "de Weitere Informationen zu UA-Nr. und Folgeaktion": (
        "de",
        """\
WEITERE INFORMATIONEN ZU UA-Nr. 123/04 (MDE 13/045/2004, 5. Mai 2004) und Folgeaktion (MDE \
13/049/2004, 19. Mai 2004)
AI-Index: MDE 13/052/2004
4. Juni 2004
IRAN   Farhad Testzadeh (m), Student
Farhad Testzadeh ist am 1. Juni 2004 gegen Kaution freigelassen worden.
Keine weiteren Appelle nötig.
""",
        {
            "ua": "UA 123/04",
            "ua_issued": "2004-05-05",
            "issued": "2004-06-04",
            "status": "closed",
            "updates": [("info", "2004-05-19"), ("closed", "2004-06-04")],
            "persons": {"Farhad Testzadeh": ("released", "2004-06-01")},
        },
    ),
    "de +++ Update vom {date} +++ banner above its news": (
        "de",
        """\
Iran: Lehrer droht Hinrichtung
+++ Update vom 29. Dezember 2024 +++
Der Lehrer Reza Testani ist erneut zum Tode verurteilt worden.
""",
        {"status": "update", "updates": [("info", "2024-12-29")], "no": ["issued"]},
    ),
    "de Update {dd.mm.yyyy}: news": (
        "de",
        """\
Iran: Lehrer droht Hinrichtung
Update 02.11.2022: Der Lehrer Reza Testani ist in den Hungerstreik getreten.
""",
        {"status": "update", "updates": [("info", "2022-11-02")]},
    ),
    "de Dieser Appell ist abgeschlossen": (
        "de",
        """\
Iran: Drei junge Männer vor der Hinrichtung bewahrt
Dieser Appell ist abgeschlossen.
Die Todesurteile gegen die drei Demonstranten wurden ausgesetzt.
""",
        {"status": "closed", "status_text": "Dieser Appell ist abgeschlossen."},
    ),
    # -- French ------------------------------------------------------------------------
    "fr Action complémentaire sur l'AU 45/19, Action terminée": (
        "fr",
        """\
Action complémentaire sur l'AU 45/19 (MDE 28/0102/2019, 2 avril 2019)
Algérie. Un militant libéré
Le militant Karim Testouche a été libéré le 28 mai 2019.
Action terminée
""",
        {
            "ua": "AU 45/19",
            "ua_issued": "2019-04-02",
            "status": "closed",
            "status_text": "Action terminée",
            "updates": [("closed", None)],
            "persons": {"Karim Testouche": ("released", "2019-05-28")},
        },
    ),
    "fr Aucune action complémentaire n'est requise": (
        "fr",
        """\
AU 301/13-2
Index AI : AFR 46/008/2014
Date : 12 mars 2014
Rwanda. Un journaliste condamné à mort a vu sa peine commuée
La peine de mort prononcée contre Théo Testagira a été commuée le 6 mars 2014 en réclusion à \
perpétuité.
Aucune action complémentaire n'est requise de la part du réseau Actions urgentes. Merci à \
toutes les personnes qui ont envoyé des appels.
""",
        {
            "ua": "AU 301/13-2",
            "update_no": 2,
            "status": "closed",
            "issued": "2014-03-12",
            "persons": {"Théo Testagira": ("commuted", "2014-03-06")},
        },
    ),
    "fr Nouvelle date limite": (
        "fr",
        """\
Action complémentaire sur l'AU 88/22
Index AI : ASA 16/6001/2022
Date : 7 novembre 2022
Myanmar. Des étudiants toujours en danger
Nouvelle date limite : 12 janvier 2023
Écrivez en birman, en anglais ou dans votre propre langue.
""",
        {
            "ua": "AU 88/22",
            "status": "update",
            "deadline": "2023-01-12",
            "updates": [("extended", None)],
        },
    ),
    "fr Deuxième mise à jour, nouveau procès": (
        "fr",
        """\
Deuxième mise à jour de l'AU 14/24
Index AI : AFR 62/7711/2024
Date : 2 juillet 2024
RD Congo. Le procès d'un défenseur reporté
Le procès du défenseur des droits humains Prosper Testembo, qui devait s'ouvrir le 20 juin, a \
été reporté au 9 septembre 2024.
ENVOYEZ VOS APPELS AVANT LE 13 AOÛT 2024
""",
        {
            "ua": "AU 14/24",
            "update_no": 2,
            "status": "update",
            "issued": "2024-07-02",
            "deadline": "2024-08-13",
        },
    ),
    "fr mort en détention, action terminée": (
        "fr",
        """\
AU 12/20-3
Égypte. Mort en détention d'un prisonnier d'opinion
Le prisonnier d'opinion Chadi Testhabib est mort en détention le 2 mai 2020.
Action terminée
""",
        {
            "update_no": 3,
            "status": "closed",
            "persons": {"Chadi Testhabib": ("dead", "2020-05-02")},
        },
    ),
    "fr action relancée": (
        "fr",
        """\
Action complémentaire sur l'AU 190/16
Index AI : MDE 24/8450/2018
Date : 21 mai 2018
Syrie. Un avocat de nouveau détenu
L'action avait été close en 2017 après la libération de Khalil Testmaoui. Nous la relançons \
car il a été de nouveau arrêté le 15 mai 2018.
ENVOYEZ VOS APPELS AVANT LE 2 JUILLET 2018
""",
        {
            "ua": "AU 190/16",
            "status": "update",
            "issued": "2018-05-21",
            "deadline": "2018-07-02",
        },
    ),
    "fr Mise à jour 2 - AU, libérée sous caution, délai prolongé sans année": (
        "fr",
        """\
Mise à jour 2 - AU 14/24
Tunisie. Une blogueuse libérée sous caution
La blogueuse Amira Testbey a été libérée sous caution le 3 mars 2024.
La date limite a été prolongée jusqu'au 16 avril
""",
        {
            "ua": "AU 14/24",
            "update_no": 2,
            "status": "update",
            "deadline_text": "16 avril",
            "persons": {"Amira Testbey": ("released", "2024-03-03")},
        },
    ),
    "fr action close puis relancée": (
        "fr",
        """\
Action complémentaire sur l'AU 190/16
Date : 21 mai 2018
Syrie. Un avocat de nouveau détenu
L'action close en 2017 après la libération de Khalil Testmaoui est relancée : il a été de \
nouveau arrêté le 15 mai 2018.
ENVOYEZ VOS APPELS AVANT LE 2 JUILLET 2018
""",
        {"ua": "AU 190/16", "status": "update", "marked": ["status"]},
    ),
    "fr et ses mises à jour": (
        "fr",
        """\
Action complémentaire sur l'AU 123/04 (MDE 13/045/2004, 5 mai 2004) et ses mises à jour (MDE \
13/049/2004, 19 mai 2004)
Index AI : MDE 13/052/2004
4 juin 2004
IRAN   Farhad Testzadeh (h), étudiant
Farhad Testzadeh a été libéré sous caution le 1er juin 2004.
Aucune action complémentaire n'est requise.
""",
        {
            "ua": "AU 123/04",
            "ua_issued": "2004-05-05",
            "status": "closed",
            "updates": [("info", "2004-05-19"), ("closed", "2004-06-04")],
            "persons": {"Farhad Testzadeh": ("released", "2004-06-01")},
        },
    ),
    "fr Swiss AU 061/20-1, Nouvelle date limite sans année": (
        "fr",
        """\
AU 061/20-1
Bélarus. Une militante condamnée
Nouvelle date limite : 12 janvier
""",
        {
            "ua": "AU 061/20-1",
            "update_no": 1,
            "status": "update",
            "deadline_text": "12 janvier",
            "marked": ["deadline_text"],
            "no": ["deadline"],
        },
    ),
    "fr Mise à jour du {date} : news": (
        "fr",
        """\
Iran. Un enseignant risque d'être exécuté
Mise à jour du 14 février 2025 : Reza Testani a été placé à l'isolement.
""",
        {"status": "update", "updates": [("info", "2025-02-14")]},
    ),
    "fr a site's label Action terminée dates no closure": (
        "fr",
        """\
AU 77/12
Index AI : MDE 13/021/2012
Date : 8 mars 2012
Iran. Un journaliste en danger
Le journaliste Karim Testavi est détenu au secret depuis le 1er mars 2012.
Action terminée
""",
        {"status": "closed", "issued": "2012-03-08", "updates": [("closed", None)]},
    ),
    # -- Spanish -----------------------------------------------------------------------
    "es Acción complementaria sobre la AU 12/18": (
        "es",
        """\
Acción complementaria sobre la AU 12/18 (AMR 23/7701/2018, 19 de enero de 2018)
Índice: AMR 23/8002/2018
Fecha: 2 de marzo de 2018
COLOMBIA: Líder comunitario en libertad
El líder comunitario Aurelio Testrepo quedó en libertad el 26 de febrero de 2018.
No se requiere ninguna otra acción. Muchas gracias a todas las personas que enviaron llamamientos.
""",
        {
            "ua": "AU 12/18",
            "ua_issued": "2018-01-19",
            "issued": "2018-03-02",
            "status": "closed",
            "persons": {"Aurelio Testrepo": ("released", "2018-02-26")},
        },
    ),
    "es Información complementaria": (
        "es",
        """\
Información complementaria sobre la AU 93/10 (AMR 41/041/2010, 7 de mayo de 2010)
Índice: AMR 41/052/2010
Fecha: 11 de junio de 2010
MÉXICO: Nueva fecha de juicio para activista
El juicio del activista Saúl Testrada se celebrará el 2 de agosto de 2010.
ENVÍEN LLAMAMIENTOS ANTES DEL 23 DE JULIO DE 2010.
""",
        {
            "ua": "AU 93/10",
            "ua_issued": "2010-05-07",
            "issued": "2010-06-11",
            "status": "update",
            "deadline": "2010-07-23",
        },
    ),
    "es Cuarta AU": (
        "es",
        """\
Cuarta AU: 33/21 | Índice: AMR 53/5105/2024 | Fecha: 14 de febrero de 2024
VENEZUELA: Defensor sigue detenido
El defensor de derechos humanos Rafael Testuñez sigue detenido arbitrariamente.
""",
        {
            "ua": "AU 33/21",
            "update_no": 3,
            "status": "update",
            "issued": "2024-02-14",
        },
    ),
    "es Plazo ampliado": (
        "es",
        """\
Segunda AU: 40/20 | Índice: AMR 43/2200/2020 | Fecha: 20 de abril de 2020
NICARAGUA: Estudiantes siguen presos
Plazo ampliado hasta el 4 de junio de 2020.
""",
        {
            "ua": "AU 40/20",
            "update_no": 1,
            "status": "update",
            "deadline": "2020-06-04",
            "updates": [("extended", None)],
        },
    ),
    "es ejecutado, no se requiere ninguna otra acción": (
        "es",
        """\
Tercera AU: 70/19 | Índice: MDE 13/1500/2020 | Fecha: 5 de enero de 2020
IRÁN: Joven ejecutado
Hamid Testavi fue ejecutado el 30 de diciembre de 2019 en la prisión de Testabad.
No se requiere ninguna otra acción por parte de la Red de Acción Urgente.
""",
        {
            "ua": "AU 70/19",
            "update_no": 2,
            "status": "closed",
            "issued": "2020-01-05",
            "persons": {"Hamid Testavi": ("executed", "2019-12-30")},
        },
    ),
    "es murió bajo custodia": (
        "es",
        """\
Información complementaria sobre la AU 5/09
Índice: AMR 27/002/2009
Fecha: 3 de febrero de 2009
CUBA: Muere preso de conciencia
El preso de conciencia Orlando Testamayo murió bajo custodia el 28 de enero de 2009.
Muchas gracias a todas las personas que enviaron llamamientos.
""",
        {
            "ua": "AU 5/09",
            "status": "closed",
            "issued": "2009-02-03",
            "persons": {"Orlando Testamayo": ("dead", "2009-01-28")},
        },
    ),
    "es acción reactivada": (
        "es",
        """\
Segunda AU: 101/17 | Índice: AMR 36/9001/2019 | Fecha: 3 de octubre de 2019
HONDURAS: Defensora detenida de nuevo
Esta acción se dio por concluida en 2018 tras la liberación de Berta Testálvez. La reactivamos \
porque fue detenida de nuevo el 28 de septiembre de 2019.
ENVÍEN LLAMAMIENTOS ANTES DEL 14 DE NOVIEMBRE DE 2019.
""",
        {
            "ua": "AU 101/17",
            "update_no": 1,
            "status": "update",
            "deadline": "2019-11-14",
        },
    ),
    "es Actualización núm. 2 de la AU": (
        "es",
        """\
Actualización núm. 2 de la AU 12/18
Fecha: 2 de marzo de 2018
GUATEMALA: Periodista en libertad bajo fianza
El periodista Testo Pérez fue puesto en libertad bajo fianza el 26 de febrero de 2018.
Plazo ampliado hasta el 4 de junio
""",
        {
            "ua": "AU 12/18",
            "update_no": 2,
            "status": "update",
            "deadline_text": "4 de junio",
            "persons": {"Testo Pérez": ("released", "2018-02-26")},
        },
    ),
    "es Primera AU is the UA itself": (
        "es",
        """\
Primera AU: 57/24 | Índice: AMR 41/8010/2024 | Fecha: 4 de abril de 2024
MÉXICO: Defensoras amenazadas
""",
        {"ua": "AU 57/24", "status": "open", "no": ["update_no"]},
    ),
    "es acción cerrada que se reactiva": (
        "es",
        """\
Segunda AU: 101/17 | Índice: AMR 36/9001/2019 | Fecha: 3 de octubre de 2019
HONDURAS: Defensora detenida de nuevo
La acción cerrada en 2018 tras la liberación de Berta Testálvez se reactiva porque fue \
detenida de nuevo el 28 de septiembre de 2019.
ENVÍEN LLAMAMIENTOS ANTES DEL 14 DE NOVIEMBRE DE 2019.
""",
        {"ua": "AU 101/17", "update_no": 1, "status": "update", "marked": ["status"]},
    ),
    "es y sus actualizaciones": (
        "es",
        """\
Acción complementaria sobre la AU 123/04 (MDE 13/045/2004, 5 de mayo de 2004) y sus \
actualizaciones (MDE 13/049/2004, 19 de mayo de 2004)
Índice AI: MDE 13/052/2004
4 de junio de 2004
IRÁN   Farhad Testzadeh (h), estudiante
Farhad Testzadeh quedó en libertad bajo fianza el 1 de junio de 2004.
No se requiere ninguna otra acción.
""",
        {
            "ua": "AU 123/04",
            "ua_issued": "2004-05-05",
            "status": "closed",
            "updates": [("info", "2004-05-19"), ("closed", "2004-06-04")],
            "persons": {"Farhad Testzadeh": ("released", "2004-06-01")},
        },
    ),
    "es Actualización {date}: news": (
        "es",
        """\
Irán: Profesor en peligro de ejecución
Actualización 3 de marzo de 2021: Reza Testani fue trasladado a una celda de aislamiento.
""",
        {"status": "update", "updates": [("info", "2021-03-03")]},
    ),
    "es INFORMACIÓN COMPLEMENTARIA heads the background": (
        "es",
        """\
AU 88/23 Índice: AMR 41/7001/2023 México Fecha: 9 de agosto de 2023
DEFENSORAS VIGILADAS CON PROGRAMAS ESPÍA
Tres defensoras de derechos humanos fueron vigiladas con un programa espía.
Escriban inmediatamente en español o en su propio idioma.
INFORMACIÓN COMPLEMENTARIA
En 2021 se supo que el programa espía se había usado contra periodistas.
""",
        {"ua": "AU 88/23", "status": "open", "no": ["update_no"]},
    ),
    "es no se dispone de nueva información: a further information": (
        "es",
        """\
IRÁN: TEMOR DE EJECUCIÓN
La condena de muerte impuesta a Leila Testadi se anuló en octubre.
No se dispone de nueva información sobre las otras dos mujeres mencionadas en esta acción.
INFORMACIÓN COMPLEMENTARIA
Había sido condenada a muerte en 2007.
""",
        {"status": "update", "marked": ["status"]},
    ),
}


def _updates(record: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {
        (str(update.get("kind")), str(update["date"]) if update.get("date") else None)
        for update in record.get("updates") or []
    }


@pytest.mark.parametrize("name", list(CASES))
def test_update_layouts(name: str) -> None:
    language, text, expected = CASES[name]
    draft = parse_text(text, language=language, name="made-up.txt")
    record = draft.record
    wrong: list[str] = []
    for key, value in expected.items():
        if key == "updates":
            missing = set(value) - _updates(record)
            if missing:
                wrong.append(f"updates: missing {sorted(missing, key=str)} in {_updates(record)}")
        elif key == "persons":
            people = {p["name"]: p for p in record.get("persons") or []}
            for person, (state, date) in value.items():
                status = (people.get(person) or {}).get("status") or {}
                got = (status.get("state"), str(status["date"]) if status.get("date") else None)
                if got != (state, date):
                    wrong.append(f"{person}: {got} != {(state, date)} ({list(people)})")
        elif key == "marked":
            wrong += [f"{field} not marked" for field in value if not draft.marked((field,))]
        elif key == "no":
            wrong += [f"{field} = {record[field]!r}" for field in value if field in record]
        elif str(record.get(key)) != str(value):
            wrong.append(f"{key}: {record.get(key)!r} != {value!r}")
    assert not wrong, "\n".join(wrong)


# (language, a sentence that extends the deadline, the new deadline)
EXTENSIONS = [
    ("en", "The deadline has been extended from 10 May 2021 to 30 June 2021.", "2021-06-30"),
    ("en", "This Urgent Action has been extended through June 30, 2021.", "2021-06-30"),
    ("en", "Deadline extended until: 30 June 2021", "2021-06-30"),
    ("en", "The action has been extended until 30 June 2021.", "2021-06-30"),
    ("de", "Fristverlängerung bis 15. August 2021", "2021-08-15"),
    ("de", "Die Frist wurde bis zum 15. August 2021 verlängert.", "2021-08-15"),
    ("fr", "Date limite prolongée au 12 mars 2023", "2023-03-12"),
    ("fr", "Nous avons prolongé l'action jusqu'au 12 mars 2023.", "2023-03-12"),
    ("es", "Fecha límite ampliada hasta el 4 de mayo de 2020.", "2020-05-04"),
    ("es", "Se amplía el plazo para enviar llamamientos hasta el 4 de mayo de 2020.", "2020-05-04"),
    ("es", "La acción se ha prorrogado hasta el 4 de mayo de 2020.", "2020-05-04"),
    ("es", "Nuevo plazo para enviar llamamientos: 4 de mayo de 2020", "2020-05-04"),
    ("es", "Plazo ampliado: 4 de mayo de 2020", "2020-05-04"),
]


@pytest.mark.parametrize(("language", "said", "deadline"), EXTENSIONS)
def test_an_extended_deadline(language: str, said: str, deadline: str) -> None:
    record = parse_text(f"URGENT ACTION\n\n{said}\n", language=language).record
    assert record.get("deadline") == deadline
    assert record.get("status") == "update"
    assert [u["kind"] for u in record.get("updates") or []] == ["extended"]


def test_a_detention_extended_is_no_deadline() -> None:
    said = "URGENT ACTION\n\nHis detention has been extended through 30 June 2021.\n"
    record = parse_text(said, language="en").record
    assert "deadline" not in record
    assert record.get("status") == "open"


# (language, a sentence that ends the action)
CLOSINGS = [
    ("en", "Amnesty International is not calling for further action at this time."),
    ("en", "We are no longer asking for appeals on his behalf."),
    ("en", "UA network members need take no further action."),
    ("en", "No further appeals are requested at this time."),
    ("de", "Wir bitten Sie, keine Appelle mehr zu senden."),
    ("de", "Die Urgent Action ist hiermit beendet."),
    ("de", "Die Aktion ist damit beendet."),
    ("de", "Keine weiteren Appelle nötig."),
    ("fr", "Aucune action n'est requise pour le moment."),
    ("fr", "Merci de cesser l'envoi d'appels."),
    ("fr", "Il n'est pas nécessaire d'envoyer d'autres appels."),
    ("fr", "Plus aucune action n'est requise."),
    ("es", "Por favor, dejen de enviar llamamientos."),
    ("es", "Ya no es necesaria ninguna acción."),
    ("es", "No se requiere ninguna acción más por parte de la Red."),
    ("es", "No se requiere ninguna otra acción."),
]


@pytest.mark.parametrize(("language", "said"), CLOSINGS)
def test_a_closing_sentence(language: str, said: str) -> None:
    text = f"URGENT ACTION\n\nAna Testa was released on 3 May 2020.\n\n{said}\n"
    draft = parse_text(text, language=language)
    assert draft.record.get("status") == "closed"
    assert not draft.marked(("status",))
    assert draft.record.get("status_text") == said


# (language, a sentence of what happened to a person, the state) - each dated 3 March 2015
PERSON_EVENTS = [
    ("en", "Mehdi Testani was released on bail on 3 March 2015.", "released"),
    ("en", "On 3 March 2015 Mehdi Testani was released on bail.", "released"),
    ("en", "Mehdi Testani was hanged in Rajai Shahr prison on 3 March 2015.", "executed"),
    ("en", "Mehdi Testani died in custody on 3 March 2015.", "dead"),
    ("de", "Mehdi Testani wurde am 3. März 2015 gegen Kaution freigelassen.", "released"),
    ("de", "Mehdi Testani ist am 3. März 2015 in der Haft gestorben.", "dead"),
    ("de", "Mehdi Testani wurde am 3. März 2015 hingerichtet.", "executed"),
    ("de", "Das Todesurteil gegen Mehdi Testani wurde am 3. März 2015 umgewandelt.", "commuted"),
    ("fr", "Mehdi Testani a été remis en liberté sous caution le 3 mars 2015.", "released"),
    ("fr", "Mehdi Testani est mort en détention le 3 mars 2015.", "dead"),
    ("fr", "La condamnation à mort de Mehdi Testani a été commuée le 3 mars 2015.", "commuted"),
    ("es", "Mehdi Testani quedó en libertad bajo fianza el 3 de marzo de 2015.", "released"),
    ("es", "Mehdi Testani murió bajo custodia el 3 de marzo de 2015.", "dead"),
    ("es", "La pena de muerte de Mehdi Testani fue conmutada el 3 de marzo de 2015.", "commuted"),
    (
        "en",
        "Mehdi Testani's death sentence was commuted to life imprisonment on 3 March 2015.",
        "commuted",
    ),
    ("de", "Am 3. März 2015 kam Mehdi Testani frei.", "released"),
]


@pytest.mark.parametrize(("language", "said", "state"), PERSON_EVENTS)
def test_what_happened_to_a_person_and_when(language: str, said: str, state: str) -> None:
    record = parse_text(f"URGENT ACTION\n\n{said}\n", language=language).record
    people = {p["name"]: p for p in record.get("persons") or []}
    status = people.get("Mehdi Testani", {}).get("status") or {}
    assert (status.get("state"), status.get("date")) == (state, "2015-03-03")
