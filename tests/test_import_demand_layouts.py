# ruff: noqa: E501  (the made-up texts keep their lines as a page prints them)
"""Demands and the languages to write in, in the layouts Amnesty has used, from knowledge of
the formats.

The International Secretariat's "Please write immediately in …" bullets (with `-`, `*`, `•`,
`◼`, a `?` left by a broken encoding, numbered `1.`), its older gerund bullets ("calling on the
authorities to …", "urging them to …", "expressing concern that …"), Amnesty USA's "Ask them
to:" / "Tell them to:", first-person lists ("I call on you to …"), demands only inside a model
letter in the four languages, the sections' prose requests ("Schreiben Sie … und fordern Sie",
"Bitte fordern Sie", "Écrivez … pour demander", "Demandez", "Escriban … pidiendo", "Pidan"),
bullets wrapped over lines, a list ended by "PLEASE SEND APPEALS BEFORE" or a target heading,
and "Preferred language to address target" and its translations. Every text is made up
(names, numbers and facts invented); each expects what a careful reader records under the
corpus README's conventions (one demand per bullet or request sentence, as printed).
"""

from __future__ import annotations

import difflib
from typing import Any

import pytest

from ualetters.importer import parse_text

# name: (language, text, expected). Expected keys: "demands" (matched as a set, difflib ratio
# >= 0.9 as the scorer does), "languages" (a set), "own_language_allowed", "demand_form", and
# "no": fields that must be absent.
CASES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "en IS-2011 dash bullets, English Arabic or own language": (
        "en",
        """\
UA: 41/13 Index: MDE 15/007/2013 Egypt Date: 2 March 2013

URGENT ACTION
ACTIVIST HELD WITHOUT CHARGE
Karim Testawi, a human rights defender, has been held without charge since 20 February 2013.

Please write immediately in English, Arabic or your own language:
- Calling on the authorities to release Karim Testawi immediately and unconditionally;
- Urging them to ensure he is not tortured or otherwise ill-treated;
- Calling on them to allow him access to his family and a lawyer of his choice.

PLEASE SEND APPEALS BEFORE 13 APRIL 2013 TO:
Minister of Interior
Testname Testson
Cairo, Egypt
Salutation: Dear Minister
""",
        {
            "languages": {"en", "ar"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Calling on the authorities to release Karim Testawi immediately and unconditionally;",
                "Urging them to ensure he is not tortured or otherwise ill-treated;",
                "Calling on them to allow him access to his family and a lawyer of his choice.",
            ],
        },
    ),
    "en IS-2011 star bullets wrapped over lines": (
        "en",
        """\
UA: 88/12 Index: ASA 33/004/2012 Pakistan Date: 14 May 2012

URGENT ACTION
JOURNALIST MISSING AFTER ARREST
Journalist Imran Testkhan has not been seen since men in plain clothes took him on 9 May 2012.

Please write immediately in English, Urdu or your own language:
* Urging the authorities to disclose the whereabouts of Imran Testkhan and to
release him unless he is charged with a recognizably criminal offence;
* Calling on them to ensure that he is protected from torture and other
ill-treatment while in detention.

PLEASE SEND APPEALS BEFORE 25 JUNE 2012 TO:
Prime Minister
Testname Testgilani
Islamabad, Pakistan
Salutation: Dear Prime Minister
""",
        {
            "languages": {"en", "ur"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Urging the authorities to disclose the whereabouts of Imran Testkhan and to release him unless he is charged with a recognizably criminal offence;",
                "Calling on them to ensure that he is protected from torture and other ill-treatment while in detention.",
            ],
        },
    ),
    "en IS-2015 round bullets, four languages": (
        "en",
        """\
URGENT ACTION
STUDENTS FACE TRIAL FOR PROTEST
Three students, Amir Testani, Reza Testpour and Sara Testzadeh, face trial on 3 June 2015.

Please write immediately in English, Persian, French or your own language:
• Calling on the Iranian authorities to drop all charges against the three students;
• Urging them to protect the students from torture and other ill-treatment.

PLEASE SEND APPEALS BEFORE 15 JULY 2015 TO:
Head of the Judiciary
Testname Larijani
Tehran, Iran
Salutation: Your Excellency
""",
        {
            "languages": {"en", "fa", "fr"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Calling on the Iranian authorities to drop all charges against the three students;",
                "Urging them to protect the students from torture and other ill-treatment.",
            ],
        },
    ),
    "en UK-site square bullets": (
        "en",
        """\
URGENT ACTION
WOMAN SENTENCED TO FLOGGING
Mariam Testova was sentenced to 50 lashes on 2 October 2018.

Please write immediately in English, Russian or your own language:
◼ Urging the authorities to quash the flogging sentence against Mariam Testova;
◼ Calling on them to release her immediately and unconditionally.

PLEASE SEND APPEALS BEFORE 14 NOVEMBER 2018 TO:
Prosecutor General
Testname Testov
Moscow, Russian Federation
Salutation: Dear Prosecutor General
""",
        {
            "languages": {"en", "ru"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Urging the authorities to quash the flogging sentence against Mariam Testova;",
                "Calling on them to release her immediately and unconditionally.",
            ],
        },
    ),
    "en broken encoding question-mark bullets": (
        "en",
        """\
URGENT ACTION
LAWYER DETAINED INCOMMUNICADO
Lawyer Chen Testwei was taken from his home on 5 January 2016.

Please write immediately in Chinese, English or your own language:
? Calling on the authorities to release Chen Testwei immediately and unconditionally;
? Urging them to ensure he has access to a lawyer of his choosing and to his family.

PLEASE SEND APPEALS BEFORE 16 FEBRUARY 2016 TO:
Minister of Public Security
Testname Guo
Beijing, China
Salutation: Dear Minister
""",
        {
            "languages": {"zh", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Calling on the authorities to release Chen Testwei immediately and unconditionally;",
                "Urging them to ensure he has access to a lawyer of his choosing and to his family.",
            ],
        },
    ),
    "en numbered demands": (
        "en",
        """\
URGENT ACTION
FARMERS EVICTED FROM THEIR LAND
More than 200 families were forcibly evicted on 12 March 2014.

Please write immediately in English, Spanish or your own language:
1. Calling on the authorities to halt the evictions until the families are consulted;
2. Urging them to provide adequate alternative housing to those already evicted;
3. Calling on them to investigate the use of force by the police.

PLEASE SEND APPEALS BEFORE 24 APRIL 2014 TO:
President
Testname Testomez
Tegucigalpa, Honduras
Salutation: Dear President
""",
        {
            "languages": {"en", "es"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Calling on the authorities to halt the evictions until the families are consulted;",
                "Urging them to provide adequate alternative housing to those already evicted;",
                "Calling on them to investigate the use of force by the police.",
            ],
        },
    ),
    "en IS-2007 gerund bullets, expressing concern": (
        "en",
        """\
PUBLIC          AI Index: AFR 54/031/2007
UA 201/07       Fear of torture      12 June 2007
SUDAN           Testahmed Osman (m), teacher

Testahmed Osman was arrested on 9 June 2007 in Khartoum by National Security officers.

RECOMMENDED ACTION: Please send appeals to arrive as quickly as possible, in Arabic, English or your own language:
- expressing concern that Testahmed Osman is held incommunicado and may be at risk of torture;
- calling on the authorities to release him unless he is charged with a recognizable criminal offence;
- urging them to allow him immediate access to his family and a lawyer.

APPEALS TO:
Minister of Justice
Testname Testmahmoud
Khartoum, Sudan
Salutation: Dear Minister
""",
        {
            "languages": {"ar", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "expressing concern that Testahmed Osman is held incommunicado and may be at risk of torture;",
                "calling on the authorities to release him unless he is charged with a recognizable criminal offence;",
                "urging them to allow him immediate access to his family and a lawyer.",
            ],
        },
    ),
    "en US Ask them to": (
        "en",
        """\
URGENT ACTION
UA 55.19
Blogger held for criticising the government
Testa Ruiz, a blogger, was arrested on 2 April 2019.

Ask them to:
- Release Testa Ruiz immediately and unconditionally;
- Ensure that she is not tortured or ill-treated.

Contact these two officials by 20 May 2019:
Attorney General Testname Testos
Mexico City, Mexico
Salutation: Dear Attorney General
""",
        {
            "demand_form": "imperative",
            "demands": [
                "Release Testa Ruiz immediately and unconditionally;",
                "Ensure that she is not tortured or ill-treated.",
            ],
            "no": ["languages"],
        },
    ),
    "en US Tell them to, wrapped": (
        "en",
        """\
URGENT ACTION
UA 12.17
Human rights defender faces prison
Testor Bakiev was convicted on 30 January 2017.

Tell them to:
- Quash the conviction of Testor Bakiev and release him immediately
and unconditionally;
- Protect human rights defenders from harassment.

Contact these two officials by 13 March 2017:
President Testname Testbayev
Bishkek, Kyrgyzstan
Salutation: Dear President
""",
        {
            "demand_form": "imperative",
            "demands": [
                "Quash the conviction of Testor Bakiev and release him immediately and unconditionally;",
                "Protect human rights defenders from harassment.",
            ],
        },
    ),
    "en first-person list": (
        "en",
        """\
URGENT ACTION
PEACEFUL PROTESTER AT RISK OF EXECUTION
Testid Karimi was sentenced to death on 4 August 2020.

Write a letter in your own words or using the sample below as a guide:
- I call on you to quash the death sentence against Testid Karimi;
- I call on you to grant him a fair retrial without recourse to the death penalty.

Head of the Judiciary
Testname Raisi
Tehran, Iran
""",
        {
            "demand_form": "first_person",
            "demands": [
                "I call on you to quash the death sentence against Testid Karimi;",
                "I call on you to grant him a fair retrial without recourse to the death penalty.",
            ],
        },
    ),
    "en demands only in the model letter": (
        "en",
        """\
URGENT ACTION
UA 77.21
Student activist detained
Testina Dube was arrested on 3 March 2021.

Write a letter in your own words or using the sample below as a guide to one or both government officials listed.

Minister of Justice
Testname Testwane
Harare, Zimbabwe

Dear Minister,
I am writing to express my concern about student activist Testina Dube. I urge you to release Testina Dube immediately and unconditionally. I also urge you to drop all charges against her.
Yours sincerely,
""",
        {
            "demand_form": "model_letter_only",
            "demands": [
                "I urge you to release Testina Dube immediately and unconditionally.",
                "I also urge you to drop all charges against her.",
            ],
        },
    ),
    "en preferred language to address target": (
        "en",
        """\
URGENT ACTION
UA 101/19
Journalist sentenced

Journalist Testan Ozdemir was sentenced to six years on 2 May 2019.

Preferred language to address target: Turkish, English.
You can also write in your own language.

Please write immediately:
- Calling on the authorities to release Testan Ozdemir immediately and unconditionally;
- Urging them to quash his conviction.

PLEASE SEND APPEALS BEFORE 20 JUNE 2019 TO:
Minister of Justice
Testname Gul
Ankara, Turkey
Salutation: Dear Minister
""",
        {
            "languages": {"tr", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Calling on the authorities to release Testan Ozdemir immediately and unconditionally;",
                "Urging them to quash his conviction.",
            ],
        },
    ),
    "de Schreiben Sie und fordern Sie": (
        "de",
        """\
URGENT ACTION
JOURNALIST INHAFTIERT
Der Journalist Testam Yusupov wurde am 4. März 2021 festgenommen.

Schreiben Sie bis zum 15. April 2021 an den Generalstaatsanwalt und fordern Sie ihn auf, Testam Yusupov umgehend und bedingungslos freizulassen.

Bevorzugte Sprache: Russisch, Englisch. Sie können auch auf Deutsch schreiben.

APPELL AN
Generalstaatsanwalt
Testname Testov
Taschkent, Usbekistan
""",
        {
            "languages": {"ru", "en"},
            "demand_form": "imperative",
            "demands": [
                "fordern Sie ihn auf, Testam Yusupov umgehend und bedingungslos freizulassen.",
            ],
        },
    ),
    "de Bitte fordern Sie, Spiegelstriche": (
        "de",
        """\
URGENT ACTION
FOLTER DROHT
Die Aktivistin Testa Alami wurde am 2. Mai 2019 in Rabat festgenommen.

Bitte fordern Sie die Behörden auf:
- Testa Alami umgehend freizulassen;
- sicherzustellen, dass sie nicht gefoltert wird.

Schreiben Sie in gutem Arabisch, Französisch oder auf Deutsch.

APPELL AN
Justizminister
Testname Testaoui
Rabat, Marokko
""",
        {
            "languages": {"ar", "fr", "de"},  # "oder auf Deutsch": the section's language
            "demand_form": "imperative",
            "demands": [
                "Testa Alami umgehend freizulassen;",
                "sicherzustellen, dass sie nicht gefoltert wird.",
            ],
        },
    ),
    "de Musterbrief Ich fordere Sie auf": (
        "de",
        """\
BRIEF GEGEN DAS VERGESSEN
Der Menschenrechtsanwalt Testing Wang ist seit dem 9. Juli 2015 inhaftiert.

Schreiben Sie bitte bis zum 31. März 2024 einen Brief in eigenen Worten oder verwenden Sie den Musterbrief.

Musterbrief:
Sehr geehrter Herr Minister,
der Menschenrechtsanwalt Testing Wang ist seit 2015 inhaftiert. Ich fordere Sie auf, Testing Wang umgehend und bedingungslos freizulassen. Bitte sorgen Sie dafür, dass er Zugang zu seiner Familie erhält.
Hochachtungsvoll
""",
        {
            "demand_form": "model_letter_only",
            "demands": [
                "Ich fordere Sie auf, Testing Wang umgehend und bedingungslos freizulassen.",
                "Bitte sorgen Sie dafür, dass er Zugang zu seiner Familie erhält.",
            ],
        },
    ),
    "de Ich-Liste, Bevorzugte Sprache": (
        "de",
        """\
URGENT ACTION
TODESSTRAFE DROHT
Testir Hamid wurde am 3. Juni 2018 zum Tode verurteilt.

Bevorzugte Sprache für Ihre Appelle: Arabisch, Englisch.

Bitte schreiben Sie:
- Ich bitte Sie eindringlich, das Todesurteil gegen Testir Hamid aufzuheben.
- Ich fordere Sie auf, ihm ein faires Verfahren ohne Rückgriff auf die Todesstrafe zu gewähren.

APPELL AN
König
Testname Al Test
Riad, Saudi-Arabien
""",
        {
            "languages": {"ar", "en"},
            "demand_form": "first_person",
            "demands": [
                "Ich bitte Sie eindringlich, das Todesurteil gegen Testir Hamid aufzuheben.",
                "Ich fordere Sie auf, ihm ein faires Verfahren ohne Rückgriff auf die Todesstrafe zu gewähren.",
            ],
        },
    ),
    "fr Écrivez pour demander": (
        "fr",
        """\
ACTION URGENTE
UN MILITANT DÉTENU
Le militant Testou Diallo a été arrêté le 4 mars 2020.

Écrivez au ministre de la Justice pour demander la libération immédiate et sans condition de Testou Diallo.

Langue à privilégier pour la rédaction de vos appels : français, anglais.

ENVOYEZ VOS APPELS AVANT LE 15 AVRIL 2020 À :
Ministre de la Justice
Testname Testouré
Conakry, Guinée
""",
        {
            "languages": {"fr", "en"},
            "demand_form": "imperative",
            "demands": [
                "Écrivez au ministre de la Justice pour demander la libération immédiate et sans condition de Testou Diallo.",
            ],
        },
    ),
    "fr Demandez, puces": (
        "fr",
        """\
ACTION URGENTE
DES ÉTUDIANTS MENACÉS
Trois étudiants ont été arrêtés le 12 janvier 2021 à Alger.

Demandez aux autorités :
• de libérer immédiatement les trois étudiants ;
• de veiller à ce qu'ils ne soient pas torturés.

Écrivez en arabe, en français ou dans votre propre langue.

ENVOYEZ VOS APPELS AVANT LE 23 FÉVRIER 2021 À :
Ministre de la Justice
Testname Testani
Alger, Algérie
""",
        {
            "languages": {"ar", "fr"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "de libérer immédiatement les trois étudiants ;",
                "de veiller à ce qu'ils ne soient pas torturés.",
            ],
        },
    ),
    "fr lettre type Je vous demande": (
        "fr",
        """\
ACTION URGENTE
UNE DÉFENSEURE EN DANGER
La défenseure Testine Mbala a été arrêtée le 8 mai 2022.

Écrivez une lettre en utilisant le modèle ci-dessous.

Modèle de lettre :
Monsieur le Ministre,
La défenseure Testine Mbala a été arrêtée le 8 mai 2022. Je vous demande de la libérer immédiatement et sans condition. Je vous prie également de veiller à ce qu'elle puisse voir sa famille.
Veuillez agréer, Monsieur le Ministre, l'expression de ma haute considération.
""",
        {
            "demand_form": "model_letter_only",
            "demands": [
                "Je vous demande de la libérer immédiatement et sans condition.",
                "Je vous prie également de veiller à ce qu'elle puisse voir sa famille.",
            ],
        },
    ),
    "fr IS liste Veuillez écrire, Langue à privilégier": (
        "fr",
        """\
ACTION URGENTE
UN JOURNALISTE DISPARU
Le journaliste Testin Karangwa a disparu le 2 juin 2019.

Langue à privilégier pour la rédaction de vos appels : français, anglais. Vous pouvez également écrire dans votre propre langue.

- Demandez aux autorités de révéler où se trouve Testin Karangwa ;
- Demandez-leur de le libérer s'il n'est pas inculpé d'une infraction reconnue.

ENVOYEZ VOS APPELS AVANT LE 14 JUILLET 2019 À :
Président
Testname Testagame
Kigali, Rwanda
""",
        {
            "languages": {"fr", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Demandez aux autorités de révéler où se trouve Testin Karangwa ;",
                "Demandez-leur de le libérer s'il n'est pas inculpé d'une infraction reconnue.",
            ],
        },
    ),
    "es Escriban pidiendo": (
        "es",
        """\
ACCIÓN URGENTE
DEFENSOR DETENIDO
El defensor Testo Ramírez fue detenido el 3 de marzo de 2020.

Escriban al fiscal general pidiendo la liberación inmediata e incondicional de Testo Ramírez.

Idioma preferido para redactar los llamamientos: español, inglés.

ENVÍEN LLAMAMIENTOS ANTES DEL 14 DE ABRIL DE 2020 A:
Fiscal General
Testname Testarro
Caracas, Venezuela
""",
        {
            "languages": {"es", "en"},
            "demand_form": "imperative",
            "demands": [
                "Escriban al fiscal general pidiendo la liberación inmediata e incondicional de Testo Ramírez.",
            ],
        },
    ),
    "es Pidan, viñetas": (
        "es",
        """\
ACCIÓN URGENTE
PERIODISTAS AMENAZADOS
Dos periodistas recibieron amenazas de muerte el 5 de mayo de 2021.

Pidan a las autoridades:
- que protejan a los dos periodistas de forma inmediata;
- que investiguen las amenazas de muerte.

Escriban en español o en su propio idioma.

ENVÍEN LLAMAMIENTOS ANTES DEL 16 DE JUNIO DE 2021 A:
Presidente
Testname Testuque
Bogotá, Colombia
""",
        {
            "languages": {"es"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "que protejan a los dos periodistas de forma inmediata;",
                "que investiguen las amenazas de muerte.",
            ],
        },
    ),
    "es carta modelo Le pido que": (
        "es",
        """\
ACCIÓN URGENTE
ACTIVISTA ENCARCELADA
La activista Testa Morales fue detenida el 9 de julio de 2022.

Escriban una carta con sus propias palabras o utilicen la carta modelo.

Carta modelo:
Señor Presidente:
La activista Testa Morales fue detenida el 9 de julio de 2022. Le pido que ponga en libertad a Testa Morales de forma inmediata e incondicional. Le insto también a que garantice su integridad física.
Atentamente,
""",
        {
            "demand_form": "model_letter_only",
            "demands": [
                "Le pido que ponga en libertad a Testa Morales de forma inmediata e incondicional.",
                "Le insto también a que garantice su integridad física.",
            ],
        },
    ),
    "es IS Escriban inmediatamente en, lista": (
        "es",
        """\
ACCIÓN URGENTE
AU: 33/18 Índice: AMR 23/008/2018 Colombia Fecha: 2 de marzo de 2018
LÍDER INDÍGENA AMENAZADO
El líder indígena Testo Quintero recibió amenazas el 25 de febrero de 2018.

Escriban inmediatamente en español o en su propio idioma:
- Pidiendo a las autoridades que brinden protección efectiva a Testo Quintero;
- Instándolas a investigar las amenazas de forma exhaustiva e imparcial.

ENVÍEN LLAMAMIENTOS ANTES DEL 13 DE ABRIL DE 2018 A:
Fiscal General
Testname Testínez
Bogotá, Colombia
""",
        {
            "languages": {"es"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Pidiendo a las autoridades que brinden protección efectiva a Testo Quintero;",
                "Instándolas a investigar las amenazas de forma exhaustiva e imparcial.",
            ],
        },
    ),
    "en list ended by a target heading, one preferred language": (
        "en",
        """\
URGENT ACTION
UA 64/22
PROTESTERS HELD IN SECRET
Dozens of protesters were arrested in Testville on 1 May 2022.

Preferred language to address target: English

- Release all protesters detained solely for peacefully exercising their rights;
- Disclose the whereabouts of all those detained
and give them access to lawyers and their families.
Send appeals to:
Minister of Interior
Testname Testoyev
Dushanbe, Tajikistan
""",
        {
            "languages": {"en"},
            "demand_form": "imperative",
            "demands": [
                "Release all protesters detained solely for peacefully exercising their rights;",
                "Disclose the whereabouts of all those detained and give them access to lawyers and their families.",
            ],
        },
    ),
    "es IS Escriban en, viñetas redondas envueltas": (
        "es",
        """\
ACCIÓN URGENTE
AU: 71/16 Índice: AMR 41/004/2016 México Fecha: 4 de abril de 2016
ESTUDIANTE DESAPARECIDO
El estudiante Testán Cruz fue visto por última vez el 28 de marzo de 2016.

Escriban inmediatamente en español, inglés o en su propio idioma:
• Instando a las autoridades a buscar de inmediato a Testán Cruz y a revelar
su paradero;
• Pidiéndoles que lleven ante la justicia a los responsables de su desaparición.

ENVÍEN LLAMAMIENTOS ANTES DEL 16 DE MAYO DE 2016 A:
Fiscal General
Testname Testera
Ciudad de México, México
""",
        {
            "languages": {"es", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Instando a las autoridades a buscar de inmediato a Testán Cruz y a revelar su paradero;",
                "Pidiéndoles que lleven ante la justicia a los responsables de su desaparición.",
            ],
        },
    ),
    "en IS-2011 bullets run into the deadline line, capital wrap": (
        "en",
        """\
URGENT ACTION
WOMEN'S RIGHTS ACTIVIST DETAINED
Activist Layla Testari was detained on 15 May 2018.

Please write immediately in Arabic, English or your own language:
- Calling on the authorities to release
Layla Testari immediately and unconditionally, as she is a prisoner of conscience;
- Urging them to protect her from torture.
PLEASE SEND APPEALS BEFORE 26 JUNE 2018 TO:
King and Prime Minister
Testname Al Test
Riyadh, Saudi Arabia
""",
        {
            "languages": {"ar", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Calling on the authorities to release Layla Testari immediately and unconditionally, as she is a prisoner of conscience;",
                "Urging them to protect her from torture.",
            ],
        },
    ),
    "en first person bullets under the call to act": (
        "en",
        """\
URGENT ACTION
UA 19/20
DEFENDER AT RISK

Please write immediately in English or your own language:
• I call on you to release Testo Mwangi immediately and unconditionally.
• I urge you to ensure that he is protected from harassment.

PLEASE SEND APPEALS BEFORE 3 MARCH 2020 TO:
Inspector General of Police
Testname Mutyambai
Nairobi, Kenya
""",
        {
            "languages": {"en"},
            "own_language_allowed": True,
            "demand_form": "first_person",
            "demands": [
                "I call on you to release Testo Mwangi immediately and unconditionally.",
                "I urge you to ensure that he is protected from harassment.",
            ],
        },
    ),
    "en preferred language and own language in two sentences": (
        "en",
        """\
URGENT ACTION
UA 33/21
BLOGGER SENTENCED TO DEATH

Preferred language to address target: Arabic, English. You can also write in your own language.

- Quash the death sentence against Testem Ali;
- Release him immediately.

Send appeals to:
Minister of Justice
Testname Testawi
Manama, Bahrain
""",
        {
            "languages": {"ar", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "Quash the death sentence against Testem Ali;",
                "Release him immediately.",
            ],
        },
    ),
    "de IS-Übersetzung Schreiben Sie sofort, Spiegelstriche": (
        "de",
        """\
URGENT ACTION
GEWERKSCHAFTER IN HAFT
Der Gewerkschafter Testaf Rezaei wurde am 1. Mai 2019 festgenommen.

Schreiben Sie bitte sofort in gutem Persisch, Englisch oder auf Deutsch:
- Fordern Sie die Behörden auf, Testaf Rezaei umgehend und bedingungslos freizulassen.
- Fordern Sie sie auf, ihn vor Folter zu schützen.

APPELLE AN
Oberste Justizautorität
Testname Raisi
Teheran, Iran
""",
        {
            "languages": {"fa", "en", "de"},
            "demand_form": "imperative",
            "demands": [
                "Fordern Sie die Behörden auf, Testaf Rezaei umgehend und bedingungslos freizulassen.",
                "Fordern Sie sie auf, ihn vor Folter zu schützen.",
            ],
        },
    ),
    "fr IS écrivez immédiatement, puces appelez": (
        "fr",
        """\
ACTION URGENTE
AU 52/17, MDE 12/6001/2017, 3 mars 2017
UN AVOCAT DÉTENU
L'avocat Testir Samy a été arrêté le 25 février 2017.

Écrivez immédiatement en arabe, en anglais ou dans votre propre langue :
• appelez les autorités à libérer immédiatement et sans condition Testir Samy ;
• exhortez-les à veiller à ce qu'il soit protégé contre la torture.

ENVOYEZ VOS APPELS AVANT LE 14 AVRIL 2017 À :
Président
Testname Testissi
Le Caire, Égypte
""",
        {
            "languages": {"ar", "en"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "appelez les autorités à libérer immédiatement et sans condition Testir Samy ;",
                "exhortez-les à veiller à ce qu'il soit protégé contre la torture.",
            ],
        },
    ),
    "es IS Escriban inmediatamente, ? de codificación rota": (
        "es",
        """\
ACCIÓN URGENTE
PRESO DE CONCIENCIA EN HUELGA DE HAMBRE
El preso Testal Reyes inició una huelga de hambre el 4 de enero de 2017.

Escriban inmediatamente en inglés, árabe o en su propio idioma:
? pidiendo a las autoridades que dejen en libertad a Testal Reyes de inmediato;
? instándolas a garantizar que recibe atención médica.

ENVÍEN LLAMAMIENTOS ANTES DEL 15 DE FEBRERO DE 2017 A:
Ministro de Justicia
Testname Testaoui
Rabat, Marruecos
""",
        {
            "languages": {"en", "ar"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": [
                "pidiendo a las autoridades que dejen en libertad a Testal Reyes de inmediato;",
                "instándolas a garantizar que recibe atención médica.",
            ],
        },
    ),
    "en US-2010 appeals to arrive as quickly as possible": (
        "en",
        """\
URGENT ACTION
UA 229/10 Fear of torture 15 October 2010
EGYPT Testam Farouk (m)

Testam Farouk was arrested on 10 October 2010 in Alexandria.

PLEASE SEND APPEALS TO ARRIVE AS QUICKLY AS POSSIBLE:
- Calling on the authorities to reveal where Testam Farouk is held;
- Calling for him to be protected from torture.

PLEASE SEND APPEALS BEFORE 26 NOVEMBER 2010 TO:
Minister of the Interior
Testname Testadly
Cairo, Egypt
""",
        {
            "demand_form": "imperative",
            "demands": [
                "Calling on the authorities to reveal where Testam Farouk is held;",
                "Calling for him to be protected from torture.",
            ],
        },
    ),
    "en write to the President urging him to": (
        "en",
        """\
URGENT ACTION
UA 5/09
JOURNALIST BEATEN IN CUSTODY

Write to the President urging him to:
- Order an investigation into the beating of Testo Banda;
- Release him.

President
Testname Testwa
Lilongwe, Malawi
""",
        {
            "demand_form": "imperative",
            "demands": [
                "Order an investigation into the beating of Testo Banda;",
                "Release him.",
            ],
        },
    ),
    "de Bitte fordern Sie als Satz, Bevorzugte Sprache": (
        "de",
        """\
URGENT ACTION
BLOGGER INHAFTIERT
Der Blogger Testan Nguyen wurde am 2. Februar 2023 festgenommen.

Bitte fordern Sie die Behörden auf, Testan Nguyen umgehend und bedingungslos freizulassen.

Bevorzugte Sprache: Vietnamesisch, Englisch

APPELL AN
Minister für öffentliche Sicherheit
Testname To
Hanoi, Vietnam
""",
        {
            "languages": {"vi", "en"},
            "demand_form": "imperative",
            "demands": [
                "fordern Sie die Behörden auf, Testan Nguyen umgehend und bedingungslos freizulassen.",
            ],
        },
    ),
    "fr Demandez-leur en phrase, une langue": (
        "fr",
        """\
ACTION URGENTE
UNE MANIFESTANTE CONDAMNÉE
La manifestante Testa Kaboré a été condamnée le 6 juin 2023.

Écrivez aux autorités. Demandez-leur de libérer Testa Kaboré immédiatement.

Langue à privilégier : français

ENVOYEZ VOS APPELS AVANT LE 18 JUILLET 2023 À :
Ministre de la Justice
Testname Testaogo
Ouagadougou, Burkina Faso
""",
        {
            "languages": {"fr"},
            "demand_form": "imperative",
            "demands": ["Demandez-leur de libérer Testa Kaboré immédiatement."],
        },
    ),
    "es Pide que en frase, idioma preferido y propio idioma": (
        "es",
        """\
ACCIÓN URGENTE
DEFENSORA AMENAZADA
La defensora Testa Chávez recibió amenazas el 2 de agosto de 2023.

Pide a las autoridades que protejan a Testa Chávez y a su familia.

Idioma preferido: español. También pueden escribir en su propio idioma.

ENVÍEN LLAMAMIENTOS ANTES DEL 13 DE SEPTIEMBRE DE 2023 A:
Fiscal General
Testname Testoya
Tegucigalpa, Honduras
""",
        {
            "languages": {"es"},
            "own_language_allowed": True,
            "demand_form": "imperative",
            "demands": ["Pide a las autoridades que protejan a Testa Chávez y a su familia."],
        },
    ),
}


def _paired(expected: list[str], produced: list[str]) -> tuple[list[str], list[str]]:
    """The expected demands no produced one matches (ratio >= 0.9), and the unmatched produced."""
    left = list(produced)
    missing: list[str] = []
    for demand in expected:
        ratio = {p: difflib.SequenceMatcher(None, demand, p).ratio() for p in left}
        best = max(left, key=ratio.__getitem__, default=None)
        if best is not None and ratio[best] >= 0.9:
            left.remove(best)
        else:
            missing.append(demand)
    return missing, left


@pytest.mark.parametrize("name", list(CASES))
def test_demand_layouts(name: str) -> None:
    language, text, expected = CASES[name]
    record = parse_text(text, language=language, name="made-up.txt").record
    wrong: list[str] = []
    for key, value in expected.items():
        if key == "demands":
            missing, extra = _paired(value, [str(d) for d in record.get("demands") or []])
            if missing or extra:
                wrong.append(f"demands: missing {missing}, extra {extra}")
        elif key == "languages":
            if set(record.get("languages") or []) != value:
                wrong.append(f"languages: {record.get('languages')!r} != {sorted(value)}")
        elif key == "no":
            wrong += [f"{field} = {record[field]!r}" for field in value if field in record]
        elif record.get(key) != value:
            wrong.append(f"{key}: {record.get(key)!r} != {value!r}")
    assert not wrong, "\n".join(wrong)
