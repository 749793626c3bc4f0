"""Persons read from a UA's prose: names, other spellings, gender and role, in four languages.

Every text here is made up for the rule it tests (names and facts are invented).
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def persons(text: str, language: str = "en") -> list[dict[str, Any]]:
    draft = parse_text(text, language=language)
    found = draft.record.get("persons") or []
    assert all(draft.marked(("persons", n)) for n in range(len(found))), "prose is marked"
    return found


def by_name(text: str, language: str = "en") -> dict[str, dict[str, Any]]:
    return {person["name"]: person for person in persons(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "name", "gender"),
    [
        (
            "Mrs Amina Example was arrested on 3 May 2034 in the capital.",
            "en",
            "Amina Example",
            "female",
        ),
        (
            "Police held Ali Example (m) and Sara Navidi (f) at a border. Ali Example was hurt.",
            "en",
            "Sara Navidi",
            "female",
        ),
        (
            "Seine Frau, die Aktivistin Lin Beispiel, wurde festgenommen. Er sagte, sie sei krank.",
            "de",
            "Lin Beispiel",
            "female",
        ),
        ("Der Anwalt Yu Beispiel wurde am 3. Mai 2034 festgenommen.", "de", "Yu Beispiel", "male"),
        ("Marie Exemple a été arrêtée le 3 mai 2034 à Bujumbura.", "fr", "Marie Exemple", "female"),
        (
            "Il y a un an, la cour confirmait la condamnation de l’avocat burundais Jean Exemple.",
            "fr",
            "Jean Exemple",
            "male",
        ),
        ("La activista Ana Ejemplo fue citada por la fiscalía.", "es", "Ana Ejemplo", "female"),
        (
            "Pedro Ejemplo fue detenido el 3 de mayo de 2034 en Caracas.",
            "es",
            "Pedro Ejemplo",
            "male",
        ),
    ],
)
def test_gender_from_what_the_text_says_of_the_person(
    text: str, language: str, name: str, gender: str
) -> None:
    assert by_name(text, language)[name]["gender"] == gender


def test_a_relation_of_another_gives_no_gender() -> None:
    text = "The police arrested the wife of Omar Example. Omar Example was beaten in custody."
    assert by_name(text)["Omar Example"]["gender"] == "unknown"


def test_a_pronoun_after_two_names_is_about_neither() -> None:
    text = "Ali Example and Reza Navidi were arrested on 3 May 2034. He was beaten in custody."
    found = by_name(text)
    assert found["Ali Example"]["gender"] == "unknown"
    assert found["Reza Navidi"]["gender"] == "unknown"


def test_the_persons_own_words_outweigh_a_stray_pronoun() -> None:
    text = (
        "Der Menschenrechtsanwalt Yu Beispiel und seine Frau, die Aktivistin Xu Muster, "
        "wurden verurteilt. Xu Muster ist krank, und ihr Sohn lebt allein; er leidet."
    )
    assert by_name(text, "de")["Xu Muster"]["gender"] == "female"


def test_the_role_a_case_about_one_person_names_it_by() -> None:
    text = (
        "Zhen Example reportedly stood trial on 10 August. With no access to lawyers of "
        "his choice, the human rights defender is at risk of torture."
    )
    assert by_name(text)["Zhen Example"]["role"] == "human rights defender"


def test_a_relation_to_another_person_is_a_role() -> None:
    text = (
        "Khalil Example was seen in detention. There is no news of Khalil Example’s friend "
        "Mohammed Farouki, who is also believed to have been arrested."
    )
    assert by_name(text)["Mohammed Farouki"]["role"] == "Khalil Example’s friend"


def test_the_client_of_a_lawyer_is_not_a_third_party() -> None:
    text = (
        "On 22 July, Valery Example, the lawyer of Azim Rahmonov, was able to visit him. "
        "At the insistence of his lawyer, Valery Example, Azim Rahmonov was moved."
    )
    names = by_name(text)
    assert "Azim Rahmonov" in names
    assert "Valery Example" not in names


def test_capitalised_german_roles_and_numbers_end_a_name() -> None:
    text = (
        "Briefaktion für Alexandr Beispiel und Oleg Muster Zwei Aktivisten seit 2015 inhaftiert\n\n"
        "Das Schicksal des Filmregisseurs Oleg Muster und des Aktivisten Alexandr Beispiel "
        "bereitet mir Sorgen. Oleg Muster wurde verurteilt."
    )
    assert set(by_name(text, "de")) == {"Alexandr Beispiel", "Oleg Muster"}


def test_a_spelling_said_where_nothing_marks_a_person_is_another_name() -> None:
    text = (
        "Azim Rahmonow died today in prison.\n\n"
        "Azim Rahmonov was arrested in 2010. Azim Rahmonov is a human rights defender."
    )
    person = by_name(text)["Azim Rahmonov"]
    assert person["other_names"] == ["Azim Rahmonow"]


def test_a_place_in_brackets_is_no_person() -> None:
    text = (
        "More than 60 people have been detained in the Xinjiang Uyghur Autonomous Region "
        "(Xinjiang). Ali Example was arrested in 2017."
    )
    assert set(by_name(text)) == {"Ali Example"}


def test_a_group_is_people_and_ends_where_its_clause_goes_on() -> None:
    text = (
        "Ali Example was arrested more than four years ago and has served at least 10 years. "
        "At least five protesters remain in detention. Vier sunnitischen Kurden droht die "
        "Hinrichtung."
    )
    groups = parse_text(text).record.get("groups") or []
    assert [group["description"] for group in groups] == ["At least five protesters"]
    german = parse_text("Vier Kurden droht die Hinrichtung. Mehr als 20 Jahre Haft.", language="de")
    assert [g["description"] for g in german.record.get("groups") or []] == []


def test_a_japanese_role_stands_before_the_name() -> None:
    text = "\n".join(
        [
            "中国:活動家、拘禁される",
            "対象者:",
            "李例(女性)",
            "",
            "人権活動家の李例(Li Li)さんは、3月に拘束された。李例さんの所在は不明だ。",
        ]
    )
    draft = parse_text(text, language="ja")
    person = draft.record["persons"][0]
    assert (person["name"], person["gender"], person["role"]) == ("李例", "female", "人権活動家")
    assert person["other_names"] == ["Li Li"]
    assert draft.marked(("persons", 0, "role"))
    assert not draft.marked(("persons", 0, "gender"))


def test_a_name_the_text_gives_as_also_known_is_another_name() -> None:
    text = "Ali Example (also known as Abu Sami) was arrested on 3 May 2034. Ali Example is ill."
    assert by_name(text)["Ali Example"]["other_names"] == ["Abu Sami"]
    assert (
        "other_names"
        not in by_name("Ali Example, known as the founder of it, was held.")["Ali Example"]
    )
