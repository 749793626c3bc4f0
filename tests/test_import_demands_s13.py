"""Demands in layouts the importer missed on the development set (thirteenth session), each
with made-up texts.

Every name, number and fact here is invented. Each case is a family, not a page: a rule of
stars that frames a section's notice, demands a host ran together with no space after the
semicolons and a heading glued to the call, the first bullet run into the call's line, a
German call to write whose relative clause is the request, a model letter's opening that
says what it asks, and a model letter the zones did not find below the line that points to
it.
"""

from __future__ import annotations

from ualetters.importer import parse_text


def test_a_rule_of_stars_is_no_bullet() -> None:
    text = (
        "Acción Urgente sobre DETENCIÓN en EJEMPLANDIA\n\n"
        "*****************************************************\n"
        "Equipo de Acciones Urgentes de la Sección de Ejemplo\n"
        "*****************************************************\n"
        "Si recibe contestación de una autoridad, envíenosla lo antes posible.\n"
        "*****************************************************\n\n"
        "AU: 12/09 Índice: AMR 99/001/2009 Fecha de emisión: 3 de marzo de 2009\n"
        "DETENIDO UN PERIODISTA\n"
        "El periodista Pedro Ejemplo fue detenido el 1 de marzo en Villaejemplo y sigue "
        "sin cargos. Su familia no sabe dónde "
    )
    draft = parse_text(text, language="es")
    assert not any("****" in demand for demand in draft.record.get("demands", []))
    assert draft.record.get("demand_form") is None


def test_demands_run_together_without_spaces_after_a_glued_heading() -> None:
    text = (
        "URGENT ACTIONTEACHERS BEATEN AT A PROTESTExampleland's police beat striking "
        "teachers in Testville on 2 May and detained twelve of them. 1) TAKE ACTIONWrite a "
        "letter, send an email, call, fax or tweet:Calling on the Minister of the Interior "
        "to release the detained teachers;Urging the authorities to investigate the beatings "
        "and bring those responsible to justice; Calling on them to respect the right to "
        "strike and to peaceful assem"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("demands") == [
        "Calling on the Minister of the Interior to release the detained teachers",
        "Urging the authorities to investigate the beatings and bring those responsible to justice",
        "Calling on them to respect the right to strike and to peaceful assem",
    ]
    assert draft.record.get("demand_form") == "imperative"
    assert draft.marked(("demands",))


def test_the_first_bullet_run_into_the_call_line() -> None:
    text = (
        "Dozens of farmers were detained in Exampleland after protests over land on 3 June. "
        "1) TAKE ACTION Write a letter, send an email, call, fax or tweet:- Calling on the "
        "authorities to release the farmers held only for protesting peacefully;\n"
        "- Urging them to open an independent investigation into the use of force against "
        "the protesters;\n"
        "- Demanding that the farmers' lawyers have access to them at once.\n"
        "Contact these two officials by 14 July, 2018:\n"
        "Minister of Security Juan Ejemplo Ministry of Security Exampleville, Exampleland "
        "Salutation: Dear Minister\n"
    )
    draft = parse_text(text, language="en")
    demands = draft.record.get("demands")
    assert demands[0] == (
        "Calling on the authorities to release the farmers held only for protesting peacefully"
    )
    assert len(demands) == 3
    assert draft.marked(("demands", 0))


def test_the_relative_clause_of_a_german_call_to_write_is_the_request() -> None:
    text = (
        "BRIEFE GEGEN DAS VERGESSEN - AKTION DES MONATS MAI 2010\n\n"
        "Der Lehrer Karl Beispiel wurde im Jahr 2009 in Beispielland festgenommen.\n\n"
        "Schreiben Sie bitte höflich formulierte Briefe an den Präsidenten von "
        "Beispielland, in denen Sie die sofortige Freilassung von Karl Beispiel fordern, "
        "sowie die Freilassung aller weiteren Gefangenen aus Gewissensgründen.\n\n"
        "Schreiben Sie in gutem Englisch oder auf Deutsch an:\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("demands") == [
        "in denen Sie die sofortige Freilassung von Karl Beispiel fordern, sowie die "
        "Freilassung aller weiteren Gefangenen aus Gewissensgründen."
    ]
    assert draft.record.get("demand_form") == "imperative"


def test_a_relative_clause_of_the_facts_is_no_request() -> None:
    text = (
        "Beispielland: Festnahmen von Ärzten\n\n"
        "Die Behörden halten fünf Ärzte fest. Es gab Berichte, in denen sie die Polizei "
        "kritisiert hatten, und seither sind sie verschwunden.\n"
    )
    draft = parse_text(text, language="de")
    assert not any(d.startswith("in denen") for d in draft.record.get("demands", []))


def test_dringen_sie_darauf_starts_the_demand_after_the_call() -> None:
    text = (
        "BRIEFE GEGEN DAS VERGESSEN\n\n"
        "Die Journalistin Anna Beispiel ist seit 2019 in Haft.\n\n"
        "Bitte schreiben Sie höflich formulierte Briefe an den Justizminister und dringen "
        "Sie darauf, Anna Beispiel umgehend freizulassen.\n\n"
        "Schreiben Sie in gutem Englisch oder auf Deutsch an:\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("demands") == [
        "dringen Sie darauf, Anna Beispiel umgehend freizulassen."
    ]


def _letter_text(body: str) -> str:
    return (
        "UA 12.22\n\nActivist Jane Example was detained on 4 May in Exampleville.\n\n"
        "TAKE ACTION\n"
        "Write a letter in your own words or using the sample below as a guide to one or both "
        "government officials listed.\n\n"
        "Contact Information\nPresident John Sample\nPresidential Palace\nExampleville\n"
        "Salutation: Dear President\n\n"
        f"Sample Letter\n\nDear President,\n\n{body}\n"
    )


def test_a_letter_opening_that_says_what_it_asks() -> None:
    for body, wanted in [
        (
            "I write to call for the immediate release of Jane Example, a teacher held for "
            "her peaceful activism.",
            "I write to call for the immediate release of Jane Example, a teacher held for "
            "her peaceful activism.",
        ),
        (
            "I am writing to raise concerns about the detention of Jane Example since May "
            "without charge, and to call for her immediate release.",
            "I am writing to raise concerns about the detention of Jane Example since May "
            "without charge, and to call for her immediate release.",
        ),
        (
            "Jane Example is held for her peaceful activism. She should be released "
            "immediately and unconditionally.",
            "She should be released immediately and unconditionally.",
        ),
        (
            "Amid fears for her health, the authorities must immediately release Jane Example.",
            "Amid fears for her health, the authorities must immediately release Jane Example.",
        ),
    ]:
        draft = parse_text(_letter_text(body), language="en")
        assert draft.record.get("demands") == [wanted], body
        assert draft.record.get("demand_form") == "model_letter_only"


def test_a_spanish_letter_that_writes_to_ask() -> None:
    text = (
        "Ejemplandia: activista detenida\n\n"
        "La activista Ana Ejemplo fue detenida el 4 de mayo.\n\n"
        "ACTÚEN: REDACTEN SU PROPIO LLAMAMIENTO O UTILICEN LA SIGUIENTE CARTA MODELO\n"
        "Señor Presidente:\n"
        "Me dirijo a usted para pedirle que ponga en libertad a Ana Ejemplo de inmediato.\n"
    )
    draft = parse_text(text, language="es")
    assert draft.record.get("demands") == [
        "Me dirijo a usted para pedirle que ponga en libertad a Ana Ejemplo de inmediato."
    ]
    assert draft.record.get("demand_form") == "model_letter_only"
    assert draft.marked(("demands",))


def test_a_letter_below_the_line_that_points_to_it() -> None:
    text = (
        "mardi 4 mai 2010\n\n"
        "Écrivez aux autorités d'Exemplie pour demander la libération de Paul Exemple\n\n"
        "Le journaliste Paul Exemple est détenu depuis mars à Villexemple.\n\n"
        "Si vous le souhaitez, vous pouvez vous inspirer du modèle de lettre suivant :\n\n"
        "Monsieur le Premier Ministre / Monsieur le Ministre de la Justice\n\n"
        "Je suis préoccupé par le sort du journaliste Paul Exemple.\n\n"
        "Je vous exhorte à le libérer sans condition. Je vous demande également de veiller "
        "à ce qu'il puisse voir ses avocats.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("demands") == [
        "Je vous exhorte à le libérer sans condition.",
        "Je vous demande également de veiller à ce qu'il puisse voir ses avocats.",
    ]
    assert draft.record.get("demand_form") == "model_letter_only"
    assert draft.marked(("demands",))


def test_two_letter_sentences_run_together() -> None:
    text = (
        "mardi 4 mai 2010\n\nExemplie : un poète condamné\n\n"
        "Le poète Paul Exemple a été condamné à mort en mars.\n\n"
        "Modèle de lettre :\n\nMonsieur le Roi,\n\n"
        "Je vous exhorte à libérer immédiatement Paul Exemple, détenu pour son expression."
        "Je vous prie également de veiller à ce que sa condamnation soit annulée.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("demands") == [
        "Je vous exhorte à libérer immédiatement Paul Exemple, détenu pour son expression.",
        "Je vous prie également de veiller à ce que sa condamnation soit annulée.",
    ]


def test_the_advice_under_the_call_is_no_demand() -> None:
    text = (
        "By Amnesty International\n"
        "Ten protesters remain detained without charge in Exampleville since 2 March.\n"
        "TAKE ACTION:\n"
        "Write a letter in your own words or using the sample below as a guide to one or both "
        "government officials listed. You can also email, fax, call or Tweet them.\n"
        "Click here to let us know the actions you took on Urgent Action 12.22. It's "
        "important to report because we share the total with the officials.\n"
        "John Sample\nMinister of Justice\nExampleville\nSalutation: Dear Minister\n"
        "Dear Minister Sample,\n"
        "I write to you about the ten protesters held in Exampleville. They are "
    )
    draft = parse_text(text, language="en")
    assert not draft.record.get("demands")
    assert draft.record.get("demand_form") == "model_letter_only"


def test_bullets_inside_the_model_letter_are_its_requests() -> None:
    text = (
        "Irjen John Sample\n\nRegional Police Headquarters\n\nJl. Example No. 12, "
        "Exampleville\n\nNorth Province\n\nIndonesia\n\n"
        "Dear Inspector General,\n\n"
        "I am writing to you about four activists held in Exampleville since May.\n\n"
        "I urge you to take the following immediate steps:\n\n"
        "  • I call upon you to release the four activists immediately and unconditionally;\n"
        "  • I also ask that you ensure that they are not tortured or otherwise ill-treated.\n"
    )
    draft = parse_text(text, language="en")
    assert draft.record.get("demands") == [
        "I call upon you to release the four activists immediately and unconditionally",
        "I also ask that you ensure that they are not tortured or otherwise ill-treated.",
    ]
    assert draft.record.get("demand_form") == "model_letter_only"


def test_french_demands_after_the_call_with_lost_bullets() -> None:
    text = (
        "Écrire Exemplie. Des menaces contre un journaliste (Paul Exemple)\n\n"
        "AU 99/13, AMR 99/001/2013, 2 août 2013 Le journaliste Paul Exemple a été menacé "
        "par des policiers le 1er août à Villexemple. DANS LES APPELS QUE VOUS FEREZ "
        "PARVENIR LE PLUS VITE POSSIBLE AUX DESTINATAIRES MENTIONNÉS CI-APRÈS, en espagnol "
        "ou dans votre propre langue : ? exhortez les autorités à protéger Paul Exemple ; "
        "? demandez l'ouverture d'une enquête sur les menaces.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("demands") == [
        "exhortez les autorités à protéger Paul Exemple",
        "demandez l'ouverture d'une enquête sur les menaces.",
    ]
    assert draft.record.get("demand_form") == "imperative"
    assert draft.marked(("demands",))


def test_a_petition_call_that_asks() -> None:
    text = (
        "Exemplie : une avocate condamnée\n\n"
        "L'avocate Marie Exemple a été condamnée à dix ans de prison pour son travail.\n\n"
        "Signez notre pétition pour appeler le président d'Exemplie à libérer Marie Exemple "
        "sans condition.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("demands") == [
        "Signez notre pétition pour appeler le président d'Exemplie à libérer Marie Exemple "
        "sans condition."
    ]


def test_an_infinitive_of_the_facts_is_no_request() -> None:
    text = (
        "UA: 10/16 Index: ASA 99/001/2016 Exampleland Date: 3 March 2016\n\n"
        "URGENT ACTION\nLAWYERS FORCED FROM THEIR HOMES\n\n"
        "Two lawyers, Ana Example and Maria Test, work for a legal aid group in Exampleville. "
        "On 2 March police visited their landlord, who told them the next day that he had no "
        "choice but to ask them to leave their home and office. Both women left the town "
        "that night.\n"
    )
    draft = parse_text(text, language="en")
    assert not draft.record.get("demands")


def test_what_the_authorities_must_do_in_a_french_letter() -> None:
    text = (
        "Exemplie : des militants détenus\n\n"
        "Des militants sont détenus au secret depuis mars à Villexemple.\n\n"
        "Modèle de lettre :\n\nMonsieur le Président,\n\n"
        "Je vous demande de libérer les militants. En attendant, les autorités doivent "
        "révéler les lieux de leur détention.\n"
    )
    draft = parse_text(text, language="fr")
    assert draft.record.get("demands") == [
        "Je vous demande de libérer les militants.",
        "En attendant, les autorités doivent révéler les lieux de leur détention.",
    ]
