"""Persons' names the importer missed or took wrong (eleventh session, second wave), each
family with a made-up text: every name, place and fact here is invented.

1. A roll's lines without a marker under a marked line: a line whose rest is an age alone
   ("B EXAMPLE, aged 14") is a person of the roll, the age a note; a family name printed in
   capitals is a name. A roll line whose description is a role word of one gender
   ("ciudadana chilena", under "Nuevo nombre:") gives that gender.
2. A time placed in a month ("Ende Oktober", "Anfang März") is no part of the name before it.
3. Capitals listed before a noun for papers or bodies ("A and B newspapers; C, D and E
   journals", "the X Protection Unit") are things, no persons.
4. A word in capitals the text spells out as an acronym ("... Centre (IHC)") is no surname in
   capitals; a place's word inside a run of capitals ("am Internationalen Flughafen X")
   makes it a place.
5. A roll of unmarked names a copy ran into one line ("COUNTRY A, former minister B, member
   of parliament C, ..."): each name is the run of capitals at the end of the piece after a
   comma, less the body or office a role ends with, the place a preposition names, or a
   body the roll named before; titles before a name are kept as its other name; a list of
   names a sentence goes on from is no roll; "Country's Prime Minister" is no name.
"""

from __future__ import annotations

from .helpers import persons


def names(text: str, language: str | None = None) -> list[str]:
    return [p["name"] for p in persons(text, language)]


def test_unmarked_roll_lines_with_an_age_alone_are_persons() -> None:
    text = (
        "EXTRA 12/95 Fear of torture 3 March 1995\n\n"
        "NORLANDIA Aylin KARADAG (f), aged 17\n"
        "Mehmet KARADAG, aged 14\n"
        "Yusuf KARADAG, aged 9\n\n"
        "The three were detained by police in the town of Ostvik on 1 March 1995 and taken "
        "to the police headquarters, where they are held without access to a lawyer."
    )
    people = persons(text, "en")
    assert [p["name"] for p in people] == ["Aylin KARADAG", "Mehmet KARADAG", "Yusuf KARADAG"]
    assert people[1].get("note") == "aged 14"
    assert people[2].get("note") == "aged 9"
    assert people[1]["gender"] == "unknown"


def test_a_new_name_line_with_a_gendered_role_gives_the_gender() -> None:
    text = (
        "NORLANDIA. Temor de ejecución inminente\n\n"
        "Más información sobre AU 123/06 (MDE 23/003/2006, de 9 de noviembre de 2006)\n"
        "NORLANDIA\n"
        "Nuevo nombre:\n"
        "Tomasz Ejemplowski, ciudadano polaco de unos 30 años\n"
        "Rosa Amalia Prueba Duarte, ciudadana chilena\n"
        "Karim al-Muestra (h)\n"
        "Al menos 5 presos han sido ejecutados desde el 12 de noviembre."
    )
    people = persons(text, "es")
    assert [p["gender"] for p in people] == ["male", "female", "male"]


def test_a_time_in_a_month_is_no_part_of_the_name_before_it() -> None:
    text = (
        "China: Menschenrechtsanwalt freigelassen\n\n"
        "Aktualisierung: Berichten zufolge wurde Zhao Minglu Ende Oktober 2023 aus der Haft "
        "entlassen. Der Anwalt Zhao Minglu soll weiterhin überwacht werden."
    )
    assert names(text, "de") == ["Zhao Minglu"]


def test_titles_listed_before_a_noun_for_papers_are_no_persons() -> None:
    text = (
        "UA 77/01 Fear of torture 5 May 2001\n\n"
        "NORLANDIA Deniz Ornekci (m), journalist\n\n"
        "Police raided the offices of: Yeni Sabah and Kara Deniz newspapers; Mavi Ufuk, "
        "Gunes Dogdu and Ozgur Ses journals; the Culture Centre. Deniz Ornekci was "
        "detained during the raid."
    )
    assert names(text, "en") == ["Deniz Ornekci"]
    prose = (
        "UA 77/01 Fear of torture 5 May 2001\n\n"
        "Deniz Ornekci, a journalist, was detained on 3 May 2001 when police raided the offices "
        "of: Yeni Sabah and Kara Deniz newspapers; Mavi Ufuk, Gunes Dogdu and Ozgur Ses "
        "journals. Deniz Ornekci is held at the police headquarters."
    )
    assert names(prose, "en") == ["Deniz Ornekci"]


def test_a_body_s_unit_is_no_person() -> None:
    text = (
        "Further information on UA 12/06 Fear for safety 3 March 2006\n\n"
        "Ana Ejemplar, a human rights defender, was threatened again on 1 March. The "
        "threats were reported by the Human Rights Defenders Protection Unit."
    )
    assert names(text, "en") == ["Ana Ejemplar"]


def test_an_acronym_the_text_spells_out_is_no_surname_in_capitals() -> None:
    text = (
        "Further information on UA 99/06 Fear of forcible return 4 May 2006\n\n"
        "Some 50 refugees held at the Immigration Holding Centre (IHC) began a hunger strike "
        "on 2 May. Lamar Tester, a spokesman, said they feared return.\n"
        "Conditions at the Ban Sakon IHC have deteriorated."
    )
    assert names(text, "en") == ["Lamar Tester"]


def test_a_place_word_inside_a_run_of_capitals_makes_it_a_place() -> None:
    text = (
        "Ägypten: Anwalt in Haft\n\n"
        "Der Anwalt Karim Beispiel ist seit dem 3. Mai 2021 willkürlich inhaftiert. Er wurde "
        "am Internationalen Flughafen Beispielstadt festgenommen."
    )
    assert names(text, "de") == ["Karim Beispiel"]


def test_a_roll_run_into_one_line_gives_each_name_its_role() -> None:
    text = (
        "UA 99/95 Risk of torture / Possible prisoners of conscience 9 July 1995\n\n"
        "NORLANDIA Karim Osman Tester, former cabinet minister al-Hadi Yusuf Samplo, former "
        "member of parliament Omar Bakri Example, former Governor of Westmark Salih Idris "
        "Probe, former member of State Advisory Council Musa Ali Demo, secretary to former "
        "Prime Minister\n\n"
        "Hamid Adam Muster, former secretary of the National Party headquarters Sheik Abbas "
        "Modelo, imam of the old mosque Taha Beispiel\n\n"
        "All seven are said to be held in the capital. "
        "Norlandia's Prime Minister was overthrown in 1989."
    )
    people = persons(text, "en")
    got = [(p["name"], p.get("role")) for p in people]
    assert got == [
        ("Karim Osman Tester", "former cabinet minister"),
        ("al-Hadi Yusuf Samplo", "former member of parliament"),
        ("Omar Bakri Example", "former Governor of Westmark"),
        ("Salih Idris Probe", "former member of State Advisory Council"),
        ("Musa Ali Demo", "secretary to former Prime Minister"),
        ("Hamid Adam Muster", "former secretary of the National Party headquarters"),
        ("Abbas Modelo", "imam of the old mosque"),
        ("Taha Beispiel", None),
    ]
    assert people[6].get("other_names") == ["Sheik Abbas Modelo"]


def test_a_roll_whose_roles_name_bodies_after_a_comma_splits_at_the_body() -> None:
    text = (
        "EXTERNAL AI Index: AFR 99/31/97 14 October 1997 Further information on UA 999/97 - "
        "Fear of ill-treatment GHANAKofi Tester, bureau chief in Eastville for Morning "
        "Star news magazine Ade Samplo, editor, Morning Star Tunde Example, defence "
        "correspondent, Daily Post newspaper Chidi Probe, managing editor, Echo Magazine Femi "
        "Demo, writer and journalist Further arrests of journalists have been reported. On 3 "
        "November 1997 Femi Demo was arrested at the border."
    )
    got = [(p["name"], p.get("role")) for p in persons(text, "en")]
    assert got == [
        ("Kofi Tester", "bureau chief in Eastville for Morning Star news magazine"),
        ("Ade Samplo", "editor, Morning Star"),
        ("Tunde Example", "defence correspondent, Daily Post newspaper"),
        ("Chidi Probe", "managing editor, Echo Magazine"),
        ("Femi Demo", "writer and journalist"),
    ]


def test_a_list_of_names_a_sentence_goes_on_from_is_no_roll() -> None:
    from ualetters.importer.markers import TABLES
    from ualetters.importer.persons import flattened_roll

    sentence = (
        "Karim Tester, Omar Sample, Salih Probe and Musa Demo were arrested on 3 May 2020 by "
        "police officers, who beat them."
    )
    assert flattened_roll(sentence, TABLES["en"], "en") == []
