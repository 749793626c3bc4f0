"""Persons found as whole items, by family of layout and phrasing, on pages never seen.

Every text here is made up (names and facts are invented): each row is a variant a section's
page could plausibly print of a family the real corpus shows once or twice — a name in the
headline only, in a list, with a particle, in capitals, with another script in brackets,
after an honorific, only in the model letter, said once before the stored copy stops, run
into the word before it by the page's layout — and the third parties that must not become
persons at risk (lawyers, officials, places, organisations, relatives who are not at risk).
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def found_persons(text: str, language: str) -> list[dict[str, Any]]:
    draft = parse_text(text, language=language)
    found: list[dict[str, Any]] = draft.record.get("persons") or []
    return found


def _names(person: dict[str, Any]) -> set[str]:
    return {n.casefold() for n in [person["name"], *person.get("other_names", [])]}


# (text, language, persons that must be found {name: gender or None}, names that must not be)
FAMILIES: dict[str, tuple[str, str, dict[str, str | None], tuple[str, ...]]] = {
    # -- the headline and the lead ------------------------------------------------------
    "de: the date of the page run into the name": (
        "Tomasz Przyklad droht Todesstrafe\n\n"
        "12. März 2031Tomasz Przyklad droht in Belarus die Hinrichtung. Sein Gnadengesuch "
        "wurde abgelehnt.",
        "de",
        {"Tomasz Przyklad": "male"},
        (),
    ),
    "en: a year run into the name": (
        "Yemen: journalist at risk\n\n"
        "Updated 4 May 2031Karim Tester faces execution after an unfair trial. He was "
        "arrested in 2029.",
        "en",
        {"Karim Tester": "male"},
        (),
    ),
    "en: an imperative headline run into the lead's first name": (
        "Free Lina Perdomo and Tomas Ejemplar Release\n\n"
        "Lina Perdomo and Tomas Ejemplar were detained in March 2031 for organising a "
        "peaceful vigil.",
        "en",
        {"Lina Perdomo": None, "Tomas Ejemplar": None},
        ("Tomas Ejemplar Release",),
    ),
    "fr: a headline whose next capitalised word is the call to act": (
        "Égypte : action lettre pour Samir el Exemple et Nour Essai Libérer les militants !\n\n"
        "En mars 2031, Samir el Exemple et Nour Essai ont été arrêtés au Caire.",
        "fr",
        {"Samir el Exemple": None, "Nour Essai": None},
        ("Nour Essai Libérer",),
    ),
    "es: a name glued to an em dash": (
        "Irán: ejecuciones inminentes\n\n"
        "Corren peligro al menos tres hombres —Fazil Ejemplo, Mahmud Muestra y Kaveh Prueba— "
        "condenados a muerte en 2031.",
        "es",
        {"Fazil Ejemplo": None, "Mahmud Muestra": None, "Kaveh Prueba": None},
        (),
    ),
    "en: a name glued to an opening quote": (
        "Activists detained\n\n"
        "Police arrested three students, “Ayla Probst, Deniz Tester and Emre Example” "
        "on 3 June 2031.",
        "en",
        {"Ayla Probst": None, "Deniz Tester": None, "Emre Example": None},
        (),
    ),
    # -- lists ---------------------------------------------------------------------------
    "en: brothers whose names differ in one word are two persons": (
        "Egypt: men sentenced\n\n"
        "The four men, namely: Omar Abdelhai Hassan al-Tester, Mostafa Abdelhai Hassan "
        "al-Tester, Yasser Probst and Adel Example were sentenced in 2031.",
        "en",
        {
            "Omar Abdelhai Hassan al-Tester": None,
            "Mostafa Abdelhai Hassan al-Tester": None,
            "Yasser Probst": None,
            "Adel Example": None,
        },
        (),
    ),
    "en: the last name of a list cut by the stored copy": (
        "Egypt: men sentenced\n\n"
        "The three men, namely: Yasser Probst, Adel Example and Hamdi Ibrahim T",
        "en",
        {"Yasser Probst": None, "Adel Example": None, "Hamdi Ibrahim T": None},
        (),
    ),
    "de: a list with semicolons and a final und": (
        "Türkei: Verteidiger in Haft\n\n"
        "Festgenommen wurden Deniz Beispiel; Ayla Muster; Emre Probe und Selin Test.",
        "de",
        {"Deniz Beispiel": None, "Ayla Muster": None, "Emre Probe": None, "Selin Test": None},
        (),
    ),
    "fr: a list after a seventh person said once, before the copy stops": (
        "Iran : dirigeants en danger\n\n"
        "Six dirigeants – Farid Exemple, Karim Essai et Vahid Modele – ont été arrêtés en 2031. "
        "Une septième personne, Mahnaz Specimen, secrétaire de ce (…)",
        "fr",
        {"Farid Exemple": None, "Karim Essai": None, "Mahnaz Specimen": None},
        (),
    ),
    "en: one name per bulleted line": (
        "Activists detained\n\n"
        "Police detained the following people on 3 May 2031:\n"
        "• Lina Perdomo\n• Tomas Ejemplar, 34\n• Ayla Probst\n\n"
        "They are held at an unknown place.",
        "en",
        {"Lina Perdomo": None, "Tomas Ejemplar": None, "Ayla Probst": None},
        (),
    ),
    "fr: one name per paragraph after a dash": (
        "Militants détenus\n\n"
        "Sont toujours détenus :\n\n- Farid Exemple\n\n- Karim Essai (étudiant)\n\n"
        "Ils ont été arrêtés le 3 mai 2031.",
        "fr",
        {"Farid Exemple": None, "Karim Essai": None},
        (),
    ),
    "en: two names joined by an ampersand": (
        "Journalists detained\n\nDeniz Tester & Selin Probst were detained on 3 May 2031.",
        "en",
        {"Deniz Tester": None, "Selin Probst": None},
        (),
    ),
    "en: a middle initial": (
        "Blogger detained\n\n"
        "Ahmed K. Tester was detained on 3 May 2031. He is held without charge.",
        "en",
        {"Ahmed K. Tester": "male"},
        (),
    ),
    "de: a labelled name field": (
        "Eilaktion\n\nName: Lina Beispiel\nAlter: 34\n\nSie wurde am 3. Mai 2031 festgenommen.",
        "de",
        {"Lina Beispiel": None},
        (),
    ),
    "es: a freedom headline said again once": (
        "Libertad para Marta Ejemplo\n\n"
        "Las autoridades mantienen a Marta Ejemplo en prisión desde 2031.",
        "es",
        {"Marta Ejemplo": None},
        (),
    ),
    "en: an age in brackets between the name and the verb": (
        "Activist detained\n\nLina Example (34) was arrested on 3 May 2031 in the capital.",
        "en",
        {"Lina Example": None},
        (),
    ),
    "fr: an age in an apposition between the name and the verb": (
        "Militante détenue\n\nMarie Exemple, 34 ans, a été arrêtée le 3 mai 2031.",
        "fr",
        {"Marie Exemple": "female"},
        (),
    ),
    "es: an age and the risk the person runs": (
        "Activista detenida\n\nMarta Ejemplo, de 19 años, corre riesgo de ejecución.",
        "es",
        {"Marta Ejemplo": None},
        (),
    ),
    # -- particles and hyphens -----------------------------------------------------------
    "es: a double particle de la": (
        "Venezuela: defensora detenida\n\n"
        "Ana de la Cruz Ejemplo fue detenida el 3 de mayo de 2031 en Caracas.",
        "es",
        {"Ana de la Cruz Ejemplo": "female"},
        (),
    ),
    "en: a Dutch particle van der": (
        "Activist detained\n\nPieter van der Tester was arrested on 3 May 2031 at the border.",
        "en",
        {"Pieter van der Tester": None},
        (),
    ),
    "en: a patronymic bin inside the name": (
        "Saudi Arabia: cleric detained\n\n"
        "Salem bin Khalid al-Example has been held without charge since 2031. His family "
        "has not seen him.",
        "en",
        {"Salem bin Khalid al-Example": "male"},
        (),
    ),
    "fr: a name with an apostrophe particle": (
        "Algérie : militant arrêté\n\n"
        "Karim Ait-Essai et Lounes d'Exemple ont été arrêtés le 3 mai 2031.",
        "fr",
        {"Karim Ait-Essai": None, "Lounes d'Exemple": None},
        (),
    ),
    # -- capitals ------------------------------------------------------------------------
    "fr: a surname printed in capitals": (
        "Burundi : défenseur détenu\n\n"
        "Jean-Claude NDAYEXEMPLE a été arrêté le 3 mai 2031 à Bujumbura. Il est détenu sans "
        "inculpation.",
        "fr",
        {"Jean-Claude NDAYEXEMPLE": "male"},
        (),
    ),
    "en: a surname in capitals in a list": (
        "Cameroon: activists detained\n\n"
        "Paul MBALLA-TESTER and Rose ESSAI were arrested on 3 May 2031 in Douala.",
        "en",
        {"Paul MBALLA-TESTER": None, "Rose ESSAI": None},
        (),
    ),
    # -- another script in brackets ------------------------------------------------------
    "en: a Cyrillic spelling in brackets": (
        "Belarus: activist jailed\n\n"
        "Maryia Tester (Мария Тестер) was sentenced to 11 years in 2031.",
        "en",
        {"Maryia Tester": None},
        (),
    ),
    "en: an Arabic spelling in brackets": (
        "Bahrain: activist jailed\n\n"
        "Ali Example (علي مثال) remains in prison. He was arrested in 2031.",
        "en",
        {"Ali Example": "male"},
        (),
    ),
    "de: another first name in brackets inside the name": (
        "Iran: Todesurteile\n\n"
        "+++ Update vom 3. Mai 2031: Mojtaba (Reza) Beispiel ist erneut zum Tode verurteilt "
        "worden. +++",
        "de",
        {"Mojtaba Beispiel": None, "Reza Beispiel": None},
        (),
    ),
    # -- honorifics and ranks ------------------------------------------------------------
    "fr: Mme before the name": (
        "Tchad : militante détenue\n\nMme Fatou Exemple, 43 ans, est détenue depuis le 3 mai 2031.",
        "fr",
        {"Fatou Exemple": "female"},
        (),
    ),
    "es: Sra. before the name": (
        "México: defensora amenazada\n\n"
        "La Sra. Lucía Ejemplo recibió amenazas de muerte el 3 de mayo de 2031.",
        "es",
        {"Lucía Ejemplo": "female"},
        (),
    ),
    # a religious title stays in the name, as the corpus prints "Ayatollah ..." (a courtesy
    # title does not: "Herrn X" is "X")
    "en: a religious title before the name": (
        "Bahrain: cleric detained\n\n"
        "Sheikh Hassan Tester has been held incommunicado since 3 May 2031.",
        "en",
        {"Sheikh Hassan Tester": None},
        (),
    ),
    "de: Frau before the name": (
        "Russland: Aktivistin in Haft\n\n"
        "Frau Olga Beispiel sitzt seit dem 3. Mai 2031 in Untersuchungshaft.",
        "de",
        {"Olga Beispiel": "female"},
        (),
    ),
    # -- model letter only ---------------------------------------------------------------
    "en: the name only in the sample letter": (
        "Write a letter\n\n"
        "Dear Minister,\n\nI urge you to release Nadia Example immediately and "
        "unconditionally, as she is held solely for her peaceful activism.\n\nYours "
        "sincerely,",
        "en",
        {"Nadia Example": "female"},
        (),
    ),
    "de: the name only in the model letter's demand": (
        "Schreiben Sie einen Brief\n\n"
        "Sehr geehrter Herr Minister,\n\nich fordere Sie auf, Yusuf Beispiel umgehend und "
        "bedingungslos freizulassen.\n\nHochachtungsvoll",
        "de",
        {"Yusuf Beispiel": None},
        (),
    ),
    "fr: the name only in the model letter": (
        "Écrivez une lettre\n\n"
        "Monsieur le Ministre,\n\nJe vous prie de libérer Amadou Exemple immédiatement et "
        "sans condition.\n\nVeuillez agréer",
        "fr",
        {"Amadou Exemple": None},
        (),
    ),
    "es: the name only in the model letter": (
        "Escriba una carta\n\n"
        "Señor Ministro:\n\nLe pido que ponga en libertad a Rosa Ejemplo de inmediato y sin "
        "condiciones.\n\nAtentamente,",
        "es",
        {"Rosa Ejemplo": None},
        (),
    ),
    # -- said once, before the copy stops -------------------------------------------------
    "es: an apposition after a noun for a person": (
        "Honduras: defensoras amenazadas\n\n"
        "COFADEH es una organización de derechos humanos. El 20 de abril de 2031, una de sus "
        "fundadoras, Nohelia Ejemplo, llegó a las oficinas de la organización.",
        "es",
        {"Nohelia Ejemplo": "female"},
        (),
    ),
    "en: a person introduced by a counted noun": (
        "Iran: leaders detained\n\n"
        "A fourth detainee, Parisa Tester, was moved to an unknown place on 3 May 2031.",
        "en",
        {"Parisa Tester": None},
        (),
    ),
    # -- not third parties ---------------------------------------------------------------
    "en: the lawyer, the minister and the prison are not at risk": (
        "Activist detained\n\n"
        "Omar Tester was arrested on 3 May 2031. His lawyer, Carlos Advocate, said that the "
        "Minister of Justice, Paulo Officio, refused to meet him. He is held in Evin Prison.",
        "en",
        {"Omar Tester": "male"},
        ("Carlos Advocate", "Paulo Officio", "Evin Prison"),
    ),
    "en: an organisation and a city are not persons": (
        "Activists detained\n\n"
        "Lina Perdomo was arrested in Rio de Janeiro on 3 May 2031. Human Rights Watch and "
        "Front Line Defenders called for her release.",
        "en",
        {"Lina Perdomo": None},
        ("Rio de Janeiro", "Human Rights Watch", "Front Line Defenders"),
    ),
    "es: a neighbourhood with a particle is no person": (
        "Brasil: desalojos\n\n"
        "La policía desalojó a familias en Recreio dos Ejemplos, en Rio de Janeiro. Marta "
        "Ejemplo fue detenida el 3 de mayo de 2031.",
        "es",
        {"Marta Ejemplo": "female"},
        ("Recreio dos Ejemplos", "Rio de Janeiro"),
    ),
    "en: a relative who speaks for the person is no person at risk": (
        "Activist detained\n\n"
        "Lina Perdomo was arrested on 3 May 2031. Her mother, Fatima Example, told Amnesty "
        "International that she had not seen her since.",
        "en",
        {"Lina Perdomo": None},
        ("Fatima Example",),
    ),
    "de: a wife who speaks is a source": (
        "Aktivist in Haft\n\n"
        "Omar Tester wurde am 3. Mai 2031 festgenommen. Seine Frau Lina Beispiel sagte, er "
        "sei krank.",
        "de",
        {"Omar Tester": "male"},
        ("Lina Beispiel",),
    ),
    "en: a relative arrested with the person is one of the list": (
        "Activists detained\n\nOmar Tester and his wife Lina Example were arrested on 3 May 2031.",
        "en",
        {"Omar Tester": None, "Lina Example": "female"},
        (),
    ),
    "fr: an investigating judge is no person at risk": (
        "Militant détenu\n\n"
        "Omar Exemple a été arrêté le 3 mai 2031. Le juge d’instruction Paul Magistrat a "
        "refusé sa libération.",
        "fr",
        {"Omar Exemple": "male"},
        ("Paul Magistrat",),
    ),
    "fr: the public prosecutor named is no person at risk": (
        "Maroc : journaliste détenu\n\n"
        "Le procureur du roi, Hassan Magistrat, a requis dix ans contre le journaliste Driss "
        "Exemple, arrêté le 3 mai 2031.",
        "fr",
        {"Driss Exemple": "male"},
        ("Hassan Magistrat",),
    ),
}


@pytest.mark.parametrize("case", list(FAMILIES), ids=list(FAMILIES))
def test_a_person_of_each_family_is_found_and_third_parties_are_not(case: str) -> None:
    text, language, expected, not_persons = FAMILIES[case]
    found = found_persons(text, language)
    for name, gender in expected.items():
        person = next((p for p in found if name.casefold() in _names(p)), None)
        assert person is not None, f"{name!r} not among {[p['name'] for p in found]}"
        if gender:
            assert person["gender"] == gender, (name, person)
    for name in not_persons:
        assert all(name.casefold() not in _names(p) for p in found), (name, found)


def test_a_name_the_stored_copy_cuts_is_kept_and_marked_for_completion() -> None:
    draft = parse_text(
        "Egypt: men sentenced\n\nThe three men, namely: Yasser Probst, Adel Example and "
        "Hamdi Ibrahim T",
        language="en",
    )
    names = [p["name"] for p in draft.record["persons"]]
    assert names[-1] == "Hamdi Ibrahim T"
    assert draft.marked(("persons", len(names) - 1, "name"))


def test_two_transliterations_that_differ_in_their_vowels_are_one_person() -> None:
    found = found_persons(
        "Belarus: leader jailed\n\nMaryia Kalestava was sentenced to 11 years in 2031. "
        "Maria Kolestova remains in prison; Maria Kolestova is a prisoner of conscience.",
        "en",
    )
    assert len(found) == 1, found
    assert _names(found[0]) == {"maria kolestova", "maryia kalestava"}


def test_brothers_listed_side_by_side_stay_two_persons_wherever_named_again() -> None:
    found = found_persons(
        "Egypt: men sentenced\n\nOmar Abdelhai Hassan al-Tester and Mostafa Abdelhai Hassan "
        "al-Tester were sentenced in 2031. Mostafa Abdelhai Hassan al-Tester is ill.",
        "en",
    )
    assert sorted(p["name"] for p in found) == [
        "Mostafa Abdelhai Hassan al-Tester",
        "Omar Abdelhai Hassan al-Tester",
    ]
    assert not any(p.get("other_names") for p in found), found
