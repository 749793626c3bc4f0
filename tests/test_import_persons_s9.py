"""Persons the importer never found on unseen pages (ninth session), each family with a
made-up text: every name, place and fact here is invented.

1. An apposition whose comma stands in the next sentence ("X, a prisoner of conscience who
   ... was released. Others ..., A, B"): the role before the relative pronoun is X's.
2. Two names a line's join ran together (a headline ending in names, the next line opening
   with them): the run is cut where each part is said on its own.
3. A roll that marks one name of its list with (m)/(f): the others of that list are persons
   too, of unknown gender, marked for review.
4. Another name in brackets between a name and its marker ("X (also known as Y) (m)").
5. A dash between a noun and a list of names ("acht Personen – A, B und C").
6. A relative named by a given name inside a list ("A, su hermano Rolando, C y D").
7. An apposition of several commas, then the verb ("X, environmental, land and water
   defender, was shot dead").
8. A transliteration's final ayn ("Hassan Mshaima’") is part of the name.
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text


def persons(text: str, language: str | None = None) -> list[dict[str, Any]]:
    return list(parse_text(text, language=language).record.get("persons") or [])


def names(text: str, language: str | None = None) -> list[str]:
    return [p["name"] for p in persons(text, language)]


def test_an_apposition_does_not_run_into_the_next_sentence() -> None:
    text = (
        "Karim Dabbagh, a prisoner of conscience who suffers from a heart condition was freed "
        "in June 2001. Forty other detainees were also freed, but it is not known whether the "
        "following were among them: Yusuf Haddadin, Samir Kuttab and Ilyas Mardini."
    )
    found = {p["name"]: p for p in persons(text, "en")}
    assert "Karim Dabbagh" in found
    assert found["Karim Dabbagh"].get("role") == "prisoner of conscience"
    assert {"Yusuf Haddadin", "Samir Kuttab", "Ilyas Mardini"} <= set(found)


def test_two_names_run_together_by_a_line_join_are_two_persons() -> None:
    text = (
        "Pérou. Des paysans de nouveau menacés. Quispe Huamán Tito et Rosaura Mamani Ccori\n"
        "Quispe Huamán Tito et Rosaura Mamani Ccori, deux dirigeants paysans péruviens, ont "
        "reçu de nouvelles menaces de mort. Leur vie est en danger."
    )
    assert set(names(text, "fr")) == {"Quispe Huamán Tito", "Rosaura Mamani Ccori"}


def test_the_unmarked_names_of_a_list_with_a_marked_one_are_persons() -> None:
    text = (
        "Kazakhstan: Further information on prisoners of conscience: Erlan Bekov, Dana "
        "Saparova (f), Timur Zhanov and Aidar Nurlanov\n\n"
        "Further information on UA 101/96 (EUR 57/01/96, 3 March 1996) - Prisoners of "
        "conscience\n\n"
        "At a hearing on 2 May 1996, the four were released. Please send no more appeals."
    )
    found = {p["name"]: p for p in persons(text, "en")}
    assert {"Erlan Bekov", "Dana Saparova", "Timur Zhanov", "Aidar Nurlanov"} <= set(found)
    assert found["Dana Saparova"]["gender"] == "female"
    assert found["Timur Zhanov"]["gender"] == "unknown"
    draft = parse_text(text, language="en")
    number = [p["name"] for p in draft.record["persons"]].index("Timur Zhanov")
    assert draft.marked(("persons", number, "name"))  # weak: marked for review (the entry)


def test_a_marker_after_another_name_in_brackets() -> None:
    text = (
        "Further Information on UA 12/04 (ASA 01/002/2004, 5 January 2004) Fear for safety\n\n"
        "BANGLADESH Rafiq Mondol (m), aged 40, farmer\n\n"
        "Tapan Sarkar (also known as Bablu Das) (m), aged 31, teacher\n\n"
        "Tapan Sarkar was released on 9 January."
    )
    found = {p["name"]: p for p in persons(text, "en")}
    assert "Tapan Sarkar" in found
    assert found["Tapan Sarkar"]["gender"] == "male"
    assert found["Tapan Sarkar"].get("other_names") == ["Bablu Das"]


def test_a_dash_parts_a_noun_from_the_names_after_it() -> None:
    text = (
        "Mindestens zehn Menschen droht die Todesstrafe. Unter ihnen befinden sich drei "
        "Personen – Arash Kamali, Behnam Sadri und Omid Farahani –, die zum Tode verurteilt "
        "sind."
    )
    assert {"Arash Kamali", "Behnam Sadri", "Omid Farahani"} <= set(names(text, "de"))


def test_a_relative_named_by_a_given_name_inside_a_list() -> None:
    text = (
        "Marcos Vidal Herrera, su hermano Aurelio, Tomás Ruiz Cabrera y Lidia Pons Mateo "
        "fueron detenidos en la casa de Marcos Vidal, donde se habían reunido."
    )
    found = {p["name"]: p for p in persons(text, "es")}
    assert {"Marcos Vidal Herrera", "Aurelio", "Tomás Ruiz Cabrera", "Lidia Pons Mateo"} <= set(
        found
    )
    assert found["Aurelio"].get("role") == "hermano"
    assert found["Tomás Ruiz Cabrera"].get("role") != "hermano"


def test_a_verb_after_an_apposition_of_several_commas() -> None:
    text = (
        "Tomasa Quiroga Lindo, environmental, land and water rights defender, was shot dead "
        "on 3 March, after receiving several death threats for her work."
    )
    assert "Tomasa Quiroga Lindo" in names(text, "en")


def test_a_final_ayn_is_part_of_the_name() -> None:
    text = (
        "The court will review the sentences of three opposition activists: Salman Rabi’, "
        "Yaqub al-Dirazi and Fadhil Shafi’. Salman Rabi’ was arrested in 2011."
    )
    found = names(text, "en")
    assert "Salman Rabi’" in found
    assert "Fadhil Shafi’" in found


def test_a_short_form_proven_by_its_own_verb_stays_the_same_person() -> None:
    text = (
        "La famille du militant tchadien Idriss Abakar Mahamat Abakar a reçu des nouvelles "
        "inquiétantes. Les services de sécurité ont arrêté Idriss Abakar Mahamat Abakar le 3 "
        "juin.\n\n"
        "Idriss Abakar, de nationalité tchadienne, est comptable à Douala depuis 2012."
    )
    found = persons(text, "fr")
    assert [p["name"] for p in found] == ["Idriss Abakar Mahamat Abakar"]
    assert "Idriss Abakar" in found[0].get("other_names", [])


def test_the_unmarked_names_keep_their_task_when_a_marked_name_is_printed_twice() -> None:
    # A heading printing the marked names above the roll that prints them again: the
    # duplicates are merged, and the task goes to the unmarked names, not to whoever stands
    # at their former places.
    text = (
        "UA 12/09 Fear for safety\n\nEXAMPLESTAN Ana Prueba (f), Jorge Muestra (m)\n\n"
        "Ana Prueba (f), Pablo Ejemplo, Maria Exempla and Jorge Muestra (m) were arrested on "
        "3 May in Exampleville. They are held incommunicado.\n"
    )
    draft = parse_text(text, language="en")
    tasks = {
        person["name"]: draft.todo_for(("persons", n, "name")) or ""
        for n, person in enumerate(draft.record["persons"])
    }
    assert set(tasks) == {"Ana Prueba", "Jorge Muestra", "Pablo Ejemplo", "Maria Exempla"}
    for name in ("Pablo Ejemplo", "Maria Exempla"):
        assert "without a marker of its own" in tasks[name]
    assert "without a marker" not in tasks["Ana Prueba"] + tasks["Jorge Muestra"]
