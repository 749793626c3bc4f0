"""Persons the importer missed or named wrong (eleventh session), each family with a made-up
text: every name, place and fact here is invented.

1. A roll of marked names, one a line, in a hard-wrapped text whose lines are longer than
   the wrap ("A (m), aged 26, X Monastery, Y Province" / "B (m) aged 32 ..."): each line is
   the roll's own, never joined with the next; a comma may stand between a name and its
   marker ("C, (m), aged 22").
2. A roll of marked names a page ran into one line ("A (m), member of parliament, former
   judge Dr B (m), economist C (m), ..."): the role of the name before stands in front of
   the next name; the name is the run of capitals before the marker, titles dropped; a
   marker whose words hold no name ("civil engineer Professor (m)") gives no person.
3. A copy that doubled every line break (a blank line after each line): the roll of marked
   names is read in the first 40 lines that hold words, not the first 40 lines.
4. A list whose items each say what the person is of ("dirigida a A de ORG, B del sindicato
   X, C de ORG, y D de ORG", "A of X, B of Y and C of Z"): every name a person; an
   organisation's acronym run into its branch's place ("MOVICE-Valle") is no name word.
5. A roll listing unmarked names with marked ones ("A (f), B, C, ..., G - all members of
   X"): the last before the dash is listed too; two names of two words with the same given
   name and family names far apart ("Jesus Arias", "Jesus Arevalo") are two persons, while a
   family name the page cut short ("Magodonga Mah") is still the one it begins.
6. A further information's "New name:" heading over unmarked roll lines ("A, ciudadano
   nigeriano de unos 28 años") in a text whose other names carry markers: each line a
   person, marked for review, the age after the description a note.
"""

from __future__ import annotations

from ualetters.importer import parse_text

from .helpers import persons


def names(text: str, language: str | None = None) -> list[str]:
    return [p["name"] for p in persons(text, language)]


_WRAPPED_PROSE = (
    "According to reports from a monitoring group based abroad, the\n"
    "monks were detained on 4 April after a peaceful march through the\n"
    "town centre. There is no news of where they are held or of any\n"
    "charge brought against them, and their families were not told.\n"
    "They are at grave risk of torture and other ill-treatment in the\n"
    "custody of the security forces, who have beaten detainees before.\n"
    "Local people said that soldiers surrounded the monastery for two\n"
    "days afterwards and searched the rooms of the monks who remained.\n"
)


def test_a_roll_of_long_marked_lines_in_a_wrapped_text_keeps_one_person_a_line() -> None:
    text = (
        "UA 99/09 Fear of torture\n\n"
        "Dorje Example (m), aged 18, Tashiling Monastery, Amdo Province\n"
        "Karma Tenzin Samplepa, (m), aged 26, Tashiling Monastery, Amdo Province\n"
        "Jigme Norbu (m) aged 33 Tashiling Monastery, Amdo Province\n"
        "Pasang (m) aged 15, Rongpo Monastery, Kham Province\n"
        "Lhakpa Dondrub (m), aged 19 Rongpo Monastery, Kham Province\n"
        "Sonam Tsering (m), aged 21 Rongpo Monastery, Kham Province\n"
        "Nyima (m), aged 25 Rongpo Monastery, Kham Province\n\n" + _WRAPPED_PROSE
    )
    assert names(text, "en") == [
        "Dorje Example",
        "Karma Tenzin Samplepa",
        "Jigme Norbu",
        "Pasang",
        "Lhakpa Dondrub",
        "Sonam Tsering",
        "Nyima",
    ]


def test_a_comma_before_the_marker_still_marks_the_name() -> None:
    text = (
        "UA 12/10 Fear for safety\n\n"
        "Tashi Wangmo, (f), aged 40, teacher\n"
        "Rinzin Example (m), aged 44, farmer\n\n"
        "Both were detained on 2 March in the village of Lowertown."
    )
    people = persons(text, "en")
    assert [p["name"] for p in people] == ["Tashi Wangmo", "Rinzin Example"]
    assert people[0]["gender"] == "female"


def test_a_roll_run_into_one_line_puts_each_role_before_the_next_name() -> None:
    text = (
        "Further Information on UA 101/06 - Prisoners of conscience\n\n"
        "NORLAND Arvo Pelkonen (m), member of parliament, chair of the Freedom Party, civil "
        "engineer Professor (m), aged 70, founder and former Chair of the Norland Human "
        "Rights Council (f), party vice president, lawyer, former judge Dr Tuuli Saarimaa "
        "(m), member of parliament, economist Kalle Vierikko (m), party member, former army "
        "officer Eero Lahdenpera (m), party secretary\n\n"
        "All those named above were charged on 2 May with offences that carry the death "
        "penalty."
    )
    assert names(text, "en") == [
        "Arvo Pelkonen",
        "Tuuli Saarimaa",
        "Kalle Vierikko",
        "Eero Lahdenpera",
    ]


def test_a_role_before_a_marked_name_in_a_sentence_stays_the_role() -> None:
    text = (
        "UA 55/11 Fear of torture\n\n"
        "Student activist Omar Samplewi (m) was arrested on 3 June in the capital."
    )
    people = persons(text, "en")
    assert [p["name"] for p in people] == ["Omar Samplewi"]


def test_a_roll_in_a_copy_with_doubled_line_breaks_is_read_to_its_end() -> None:
    lines = [
        "Go to the newsletter page to read this month's actions",
        "Note: Please write on behalf of these people",
        "even though you may not have",
        "received the original UA when issued.",
        "3 March 2004",
        "Further Information on UA 77/03 issued 5",
        "May 2003 and re-issued 2 July 2003 - Fear for safety",
        "Tomas Ejemplar (m), leader of the Farmers' Association",
        "of the Upper Valley, department of Norte",
        "Lucia Fernandez Muestra (f)",
        "Ramon Prueba Soto (m)",
        "-human rights defenders",
        "Ines Modelo (f) and her family",
        "Other members of the human rights organization EJEMPLO",
        "Julio Cenzano (m), human rights activist",
        "New name:",
        "Marco Testa (m), member of the association",
        "Tomas Ejemplar and Marco Testa were threatened on 1 March.",
    ]
    text = "\n\n\n".join(lines)
    assert names(text, "en") == [
        "Tomas Ejemplar",
        "Lucia Fernandez Muestra",
        "Ramon Prueba Soto",
        "Ines Modelo",
        "Julio Cenzano",
        "Marco Testa",
    ]


def test_a_list_of_names_each_with_its_organisation_gives_every_person() -> None:
    text = (
        "AU: 12/16 Índice: AMR 23/1234/2016 Colombia Fecha: 3 de abril de 2016\n"
        "ACCIÓN URGENTE\n"
        "AMENAZAS DE MUERTE CONTRA DEFENSORES\n"
        "La amenaza de muerte iba dirigida a Marta Ejemplo de MOVIPAZ-Norte del Río, José "
        "Prueba Sánchez del sindicato SINTRAEJEMPLO, Walter Muestra de CDPX, y Wilson "
        "Modelo de CUTX, y nombraba también a otros 12 miembros de CDPX y CUTX."
    )
    assert names(text, "es") == [
        "Marta Ejemplo",
        "José Prueba Sánchez",
        "Walter Muestra",
        "Wilson Modelo",
    ]


def test_names_listed_with_marked_ones_up_to_a_dash_are_each_a_person() -> None:
    text = (
        "UA 230/98 Fear for safety 27 August 1998\n\n"
        "NORLAND Julia Ejemplo Vidal (f), Rafael Muestra, Jesus Prueba, Ana Modelo (f), "
        "Jesus Arevalino, Emilio Tramonte - all members of the National Executive of the "
        "Bank Workers' Union\n\n"
        "There is serious concern for the safety of the above-named union leaders."
    )
    assert names(text, "en") == [
        "Julia Ejemplo Vidal",
        "Ana Modelo",
        "Rafael Muestra",
        "Jesus Prueba",
        "Jesus Arevalino",
        "Emilio Tramonte",
    ]


def test_a_name_cut_short_by_the_page_is_the_person_it_begins() -> None:
    from ualetters.importer.persons import same_person

    assert same_person("Magdalena Tshabalala", "Magdalena Tsh")
    assert not same_person("Jesus Prueba", "Jesus Arevalino")


def test_names_under_a_new_names_heading_join_the_marked_roll() -> None:
    text = (
        "NORLANDIA. Temor de ejecución inminente\n\n"
        "Más información sobre AU 123/06 (MDE 23/003/2006, de 9 de noviembre de 2006)\n"
        "NORLANDIA\n"
        "Nuevo nombre:\n"
        "Tomasz Ejemplowski, ciudadano polaco de unos 30 años\n"
        "Rosa Amalia Prueba Duarte, ciudadana chilena\n"
        "Varias personas más cuya pena de muerte se desconoce\n"
        "Karim al-Muestra (h)\n"
        "Al menos 5 presos han sido ejecutados desde el 12 de noviembre."
    )
    draft = parse_text(text, language="es")
    people = draft.record["persons"]
    assert [p["name"] for p in people] == [
        "Tomasz Ejemplowski",
        "Rosa Amalia Prueba Duarte",
        "Karim al-Muestra",
    ]
    assert people[0].get("note") == "de unos 30 años"
    assert "New names" in (draft.todo_for(("persons", 0, "name")) or "")
