"""Details of the persons the importer finds: roles, notes, status and gender (round 8).

Every name and fact here is invented. Each test is one family of misses or wrong values
that round 8's released texts showed and that recurs in other languages and formats:

1. an apposition's role ends where a participle says what happened to the person
   ("periodista detenida arbitrariamente", "activist detained since ...");
2. a roll of names, one "Name, role" per line: the role ends with the line, and a role
   between two commas belongs to the name before it, not to the next one;
3. "the men named above", "die oben genannten Frauen": every named person's gender;
4. a release on bail keeps its wording as the status's note;
5. a pronoun is the person's only where it can be: not a capital inside a sentence (the
   surname "He" of "He Jun"), not in a sentence asking the reader to act on an official
   ("Fordern Sie ihn auf", "Urge him to"): with no other marker the gender stays unknown;
6. a plural role before a list of names is each one's role ("les militantes A et B", "las
   periodistas A y B", "die Aktivist_innen A und B"); a feminine plural gives each one's
   gender, a masculine or gender-inclusive plural does not (it names mixed groups too).
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def persons(text: str, language: str) -> dict[str, dict[str, Any]]:
    draft = parse_text(text, language=language, name="made-up.txt")
    return {p["name"]: p for p in draft.record.get("persons", [])}


# -- 1. a participle after the role word ends the role -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "Sin embargo, a Lucía Ejemplar, periodista detenida arbitrariamente, no se le "
            "permitió recibir visitas. Lucía Ejemplar fue trasladada.",
            "es",
            "Lucía Ejemplar",
            "periodista",
        ),
        (
            "Tomás Prueba, estudiante encarcelado injustamente, se enfrenta a una condena. "
            "Tomás Prueba fue arrestado de nuevo.",
            "es",
            "Tomás Prueba",
            "estudiante",
        ),
        (
            "Hier, Marc Exemple, syndicaliste emprisonné depuis mars, a été transféré. "
            "Marc Exemple a été battu.",
            "fr",
            "Marc Exemple",
            "syndicaliste",
        ),
        (
            "On Monday, Ivan Testov, activist detained without charge, was moved to a prison. "
            "Ivan Testov was beaten.",
            "en",
            "Ivan Testov",
            "activist",
        ),
    ],
)
def test_a_participle_ends_the_apposition_role(
    text: str, language: str, name: str, role: str
) -> None:
    found = persons(text, language)
    assert found[name].get("role") == role


# -- 2. a roll of names, one "Name, role" per line ----------------------------------------------

ROLL = """UA 31/21 Fear of torture

Further information on UA 31/21 - Fear of torture

KENYA: Joseph Ochieng, engineer, Samuel Kiprono, nurse, Daniel Mutua, engineer

Joseph Ochieng, engineer

Samuel Kiprono, nurse

Daniel Mutua, engineer

Peter Wafula, teacher

The men named above are still held in Kisumu. They were arrested in early May.

Please send appeals in English or your own language:
- calling for their release
"""


def test_each_line_of_a_roll_gives_its_name_a_role() -> None:
    found = persons(ROLL, "en")
    assert found["Samuel Kiprono"]["role"] == "nurse"
    assert found["Daniel Mutua"]["role"] == "engineer"
    assert found["Peter Wafula"].get("role") == "teacher"


def test_a_role_between_commas_is_the_name_before() -> None:
    text = (
        "Die Behörden nahmen Anna Muster, Lehrerin, Karl Beispiel, Ingenieur, und Eva Probe "
        "fest. Anna Muster wurde verhört. Karl Beispiel wurde verhört. Eva Probe wurde verhört."
    )
    found = persons(text, "de")
    assert "Lehrerin" not in (found["Karl Beispiel"].get("role") or "")
    assert "Ingenieur" not in (found["Eva Probe"].get("role") or "")


# -- 3. "the men named above": every named person's gender --------------------------------------


def test_the_men_named_above_gives_every_person_a_gender() -> None:
    found = persons(ROLL, "en")
    assert {p["gender"] for p in found.values()} == {"male"}


@pytest.mark.parametrize(
    ("text", "language", "gender"),
    [
        (
            "Ana Ejemplo, Rosa Prueba y Marta Modelo fueron detenidas. Las mujeres antes "
            "mencionadas siguen presas. Ana Ejemplo fue golpeada. Rosa Prueba fue golpeada. "
            "Marta Modelo fue golpeada.",
            "es",
            "female",
        ),
        (
            "Anna Muster, Lena Beispiel und Eva Probe wurden festgenommen. Die oben genannten "
            "Frauen sind in Haft.",
            "de",
            "female",
        ),
        (
            "Aucun des hommes susmentionnés n'a été revu. Marc Exemple a été arrêté. Paul "
            "Modèle a été arrêté. Luc Essai a été arrêté. Jean Témoin a été arrêté.",
            "fr",
            "male",
        ),
        (
            "None of the above-named men have been seen since. Ivan Testov was arrested. Petr "
            "Probe was arrested. Oleg Pavlov was arrested. Yuri Example was arrested. Ilya "
            "Model was arrested.",
            "en",
            "male",
        ),
    ],
)
def test_the_named_above_phrase_in_every_language(text: str, language: str, gender: str) -> None:
    found = persons(text, language)
    assert len(found) >= 3
    assert {p["gender"] for p in found.values()} == {gender}


# -- 4. a release on bail: the wording is the status's note -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "note"),
    [
        (
            "Ivan Testov was released on bail on 3 March 2021. He must report to the police.",
            "en",
            "released on bail",
        ),
        (
            "Anna Muster wurde am 3. März 2021 gegen Kaution freigelassen. Sie muss sich "
            "täglich melden.",
            "de",
            "gegen Kaution freigelassen",
        ),
        (
            "Marc Exemple a été libéré sous caution le 3 mars 2021. Il doit se présenter à la "
            "police.",
            "fr",
            "libéré sous caution",
        ),
        (
            "Tomás Prueba fue puesto en libertad bajo fianza el 3 de marzo de 2021. Debe "
            "presentarse ante la policía.",
            "es",
            "puesto en libertad bajo fianza",
        ),
    ],
)
def test_a_release_on_bail_keeps_its_wording(text: str, language: str, note: str) -> None:
    found = persons(text, language)
    status = next(iter(found.values()))["status"]
    assert status["state"] == "released"
    assert status.get("note") == note


# -- 5. pronouns that are not the person's ------------------------------------------------------


def test_a_capital_inside_a_sentence_is_no_pronoun() -> None:
    text = (
        "Police detained Zhao Min, Wang Fang and Liu Jun in July. Zhao Min was released on "
        "15 August. Wang Fang was released on 18 August and He Jun on 19 August. Liu Jun was "
        "released the same day."
    )
    assert persons(text, "en")["Wang Fang"]["gender"] == "unknown"


def test_a_request_to_the_reader_speaks_of_the_official() -> None:
    text = (
        "Anna Beispiel wurde am 3. Mai wegen Verleumdung verurteilt. Gegen Anna Beispiel "
        "laufen acht Verfahren.\n\nBitte schreiben Sie einen Brief an den Justizminister und "
        "bitten Sie ihn, alle Anklagen gegen Anna Beispiel fallenzulassen. Fordern Sie ihn auf, "
        "die Pressefreiheit zu achten."
    )
    assert persons(text, "de")["Anna Beispiel"]["gender"] == "unknown"


def test_a_pronoun_that_opens_the_next_sentence_still_counts() -> None:
    text = "Police arrested Ivan Testov. He was beaten. His family fears for him."
    assert persons(text, "en")["Ivan Testov"]["gender"] == "male"


# -- 6. a plural role before a list: each one's role, and a feminine plural's gender ------------


@pytest.mark.parametrize(
    ("text", "language", "role", "gender"),
    [
        (
            "Les militantes Marie Exemple et Claire Modèle ont été arrêtées le 3 mai.",
            "fr",
            "militante",
            "female",
        ),
        (
            "Les militants Marc Exemple et Paul Modèle ont été arrêtés le 3 mai.",
            "fr",
            "militant",
            "unknown",
        ),
        (
            "Las periodistas Lucía Ejemplar y Rosa Prueba fueron detenidas el 3 de mayo.",
            "es",
            "periodista",
            "female",
        ),
        (
            "Die Aktivist_innen Lena Beispiel und Max Muster wurden am 3. Mai festgenommen.",
            "de",
            "Aktivist_innen",
            "unknown",
        ),
        (
            "Die Aktivist*innen Lena Beispiel und Max Muster wurden am 3. Mai festgenommen.",
            "de",
            "Aktivist*innen",
            "unknown",
        ),
        (
            "Die Journalistinnen Lena Beispiel und Anna Muster wurden am 3. Mai festgenommen.",
            "de",
            "Journalistinnen",
            "female",
        ),
    ],
)
def test_a_plural_role_before_a_list(text: str, language: str, role: str, gender: str) -> None:
    found = persons(text, language)
    assert len(found) == 2
    assert {p.get("role") for p in found.values()} == {role}
    assert {p["gender"] for p in found.values()} == {gender}


def test_a_plural_after_a_possessive_is_no_shared_role() -> None:
    text = (
        "La organización fue fundada en 1982. Una de sus fundadoras, Berta Ejemplo, fue "
        "amenazada. Berta Ejemplo fue detenida el 3 de mayo."
    )
    assert persons(text, "es")["Berta Ejemplo"].get("role") != "sus fundadora"


# -- 7. an enumeration of names with their own dates ----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "dates"),
    [
        (
            "Ivan Testov, Petr Probe and Oleg Pavlov were detained in June 2030. All three "
            "were released on bail in July 2030; Ivan Testov on 14 July, Petr Probe on 15 July "
            "and Oleg Pavlov on 16 July.",
            "en",
            {"Ivan Testov": "2030-07-14", "Petr Probe": "2030-07-15", "Oleg Pavlov": "2030-07-16"},
        ),
        (
            "Anna Muster, Lena Beispiel und Eva Probe wurden im Juni festgenommen. Alle drei "
            "wurden im Juli freigelassen: Anna Muster am 14. Juli, Lena Beispiel am 15. Juli "
            "und Eva Probe am 16. Juli.",
            "de",
            {"Anna Muster": "14. Juli", "Lena Beispiel": "15. Juli", "Eva Probe": "16. Juli"},
        ),
    ],
)
def test_each_name_of_an_enumeration_has_its_own_date(
    text: str, language: str, dates: dict[str, str]
) -> None:
    found = persons(text, language)
    for name, date in dates.items():
        status = found[name]["status"]
        assert status["state"] == "released"
        assert status.get("date", status.get("date_text")) == date


# -- 8. an age in a role is a note ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "role", "note"),
    [
        (
            "Tomás Prueba, un estudiante de 19 años, fue detenido el 3 de mayo.",
            "es",
            "Tomás Prueba",
            "estudiante",
            "de 19 años",
        ),
        (
            "Ivan Testov, a 19-year-old student, was arrested on 3 May.",
            "en",
            "Ivan Testov",
            "student",
            "19-year-old",
        ),
        (
            "The 19-year-old student Ivan Testov was arrested on 3 May.",
            "en",
            "Ivan Testov",
            "student",
            "19-year-old",
        ),
        (
            "Marc Exemple, un étudiant âgé de 19 ans, a été arrêté le 3 mai.",
            "fr",
            "Marc Exemple",
            "étudiant",
            "âgé de 19 ans",
        ),
        (
            "Der 19-jährige Student Max Muster wurde am 3. Mai festgenommen.",
            "de",
            "Max Muster",
            "Student",
            "19-jährige",
        ),
    ],
)
def test_an_age_in_a_role_is_a_note(
    text: str, language: str, name: str, role: str, note: str
) -> None:
    found = persons(text, language)[name]
    assert found.get("role") == role
    assert found.get("note") == note


# -- 9. "all members of the X": every listed name's role ---------------------------------------


def test_all_members_of_the_party_is_each_ones_role() -> None:
    text = (
        "Ivan Testov, Petr Probe and Oleg Pavlov, all members of the Socialist Workers Party, "
        "were arrested on 3 May."
    )
    roles = {p.get("role") for p in persons(text, "en").values()}
    assert roles <= {
        "member of the Socialist Workers Party",
        "members of the Socialist Workers Party",
    }
    assert len(roles) >= 1 and None not in roles


def test_the_agents_of_an_arrest_are_no_role() -> None:
    text = (
        "Ivan Testov and Petr Probe were arrested on 3 May. The arrest was carried out by "
        "members of the State Security Service, who came at night."
    )
    assert all("State Security" not in (p.get("role") or "") for p in persons(text, "en").values())


# -- 10. a nationality as a role; the next name is no part of an apposition -------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "Hamid Ejemplo, ciudadano canadiense, fue detenido el 3 de mayo en Riad. Hamid "
            "Ejemplo fue condenado.",
            "es",
            "Hamid Ejemplo",
            "ciudadano canadiense",
        ),
        (
            "Max Muster, kanadischer Staatsbürger, wurde am 3. Mai festgenommen.",
            "de",
            "Max Muster",
            "kanadischer Staatsbürger",
        ),
        (
            "ARABIA SAUDÍ Khalid Rashid al-Tamimi, ciudadano jordano Omar Haddad, de 22 años, "
            "ciudadano sirio. Khalid Rashid al-Tamimi fue condenado a muerte.",
            "es",
            "Khalid Rashid al-Tamimi",
            "ciudadano jordano",
        ),
    ],
)
def test_a_nationality_is_a_role(text: str, language: str, name: str, role: str) -> None:
    assert persons(text, language)[name].get("role") == role


# -- 11. a bracketed nationality is a note, not another spelling ------------------------------


def test_a_bracketed_nationality_is_a_note() -> None:
    text = (
        "MALAYSIA: Ali Testov (Pakistani)\nOmar Probe (Filipino)\nIvan Testov (Ivanovich)\n"
        "The three men named above were sentenced to death."
    )
    found = persons(text, "en")
    assert found["Ali Testov"].get("note") == "Pakistani"
    assert "Ali Pakistani" not in found["Ali Testov"].get("other_names", [])
    assert found["Omar Probe"].get("note") == "Filipino"
    assert found["Ivan Testov"].get("other_names") == ["Ivan Ivanovich"]
