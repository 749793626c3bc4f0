"""Persons of rolls and lists (thirteenth session), each shape with made-up texts: a roll
that marks some names "(f)" and prints the others alone on their lines, with blank lines
between them; a numbered roll with surnames in capitals under a country heading; a roll
printed as a sentence ("A, Latino, aged 33 (26 July), B, ..."); ...

Every name, place and fact here is invented; a roll's heading names a real country, as the
rule reads only a country's name as a heading.
"""

from __future__ import annotations

from ualetters.importer import parse_text

from .helpers import persons_by_name as persons
from .helpers import record

# -- 1. a roll that marks only some names: the lines with a name alone are persons too --

_DOUBLED_ROLL = (
    "Further information on UA 41/97 - Torture\n\n"
    "CHAD\n\n"
    "Tobias Kelmar Ondo\n\n"
    "Reuben Asaka Lemm\n\n"
    "Mirela Ondo (f)\n\n"
    "Jonas Veritt (please note new spelling of surname)\n\n"
    "Hanna Pell Osaro (f)\n\n"
    "Dario Feld Amon\n\n"
    "Kasimir Tull, aged 61\n\n"
    "Lenard Osk\n\n"
    "and 22 others\n\n"
    "Amnesty International has learned that the prisoners named above are held without "
    "medical care in the central prison of Norbria.\n"
)


def test_a_roll_with_blank_lines_keeps_its_unmarked_names() -> None:
    found = persons(_DOUBLED_ROLL, "en")
    for name in (
        "Tobias Kelmar Ondo",
        "Reuben Asaka Lemm",
        "Jonas Veritt",
        "Dario Feld Amon",
        "Kasimir Tull",
        "Lenard Osk",
    ):
        assert name in found, sorted(found)
    assert found["Mirela Ondo"]["gender"] == "female"
    assert found["Lenard Osk"].get("gender") in (None, "unknown")


def test_a_roll_s_bare_names_are_marked_for_review() -> None:
    draft = parse_text(_DOUBLED_ROLL, language="en")
    names = [p["name"] for p in draft.record["persons"]]
    assert draft.marked(("persons", names.index("Lenard Osk")))
    assert draft.marked(("persons", names.index("Tobias Kelmar Ondo")))


def test_a_roll_s_other_lines_are_no_names() -> None:
    found = persons(_DOUBLED_ROLL, "en")
    assert not any("others" in name or "Amnesty" in name for name in found), sorted(found)


def test_the_country_run_into_the_first_name_heads_the_roll() -> None:
    text = _DOUBLED_ROLL.replace(
        "CHAD\n\nTobias Kelmar Ondo", "CHADTobias Kelmar Ondo, aged 30, teacher"
    )
    found = persons(text, "en")
    assert "Tobias Kelmar Ondo" in found, sorted(found)
    assert found["Tobias Kelmar Ondo"].get("note") == "aged 30"


def test_one_name_with_its_bracketed_remark_in_a_roll() -> None:
    text = (
        "EXTRA 12/93 Fear of torture 3 May 1993\n"
        "CHAD: Vesna Harrow (female), teacher\n"
        "Kemal Ostrin\n"
        "Ilse Harrow (female), daughter of Vesna Harrow\n"
        "Dorota (surname unknown)\n"
        "On 2 May 1993 the people named above were detained in the village of Alvenmoor.\n"
    )
    found = persons(text, "en")
    assert {"Vesna Harrow", "Kemal Ostrin", "Ilse Harrow", "Dorota"} <= set(found), sorted(found)
    assert "Alvenmoor" not in found


def test_a_heading_after_a_roll_is_no_name() -> None:
    text = (
        "UA 88/95 Fear of torture 3 May 1995\n"
        "CHAD: Vesna Harrow (f)\n"
        "Kemal Ostrin (m)\n\n"
        "Recommended Action\n\n"
        "Background Information\n\n"
        "The two were detained in Alvenmoor.\n"
    )
    found = persons(text, "en")
    assert set(found) == {"Vesna Harrow", "Kemal Ostrin"}, sorted(found)


# -- 2. a numbered roll, surnames in capitals, under a heading of two (real) countries --


def test_a_numbered_roll_with_surnames_in_capitals() -> None:
    text = (
        "UA 301/93 25 June 1993\n"
        "Fear of arbitrary detention\n"
        "PERU/BOLIVIA:\n"
        "1. Tomas Rel HARROW, 23 years\n"
        "2. Beno KASTEL, 27 years\n"
        "3. Ivo Marden da SILVANO, 20 years\n"
        "4. Clara Ines de MONTEIRA, 23 years (female)\n"
        "5. Paulo Anselm FERRETTO, 22 years\n"
        "6. Jose Anton de OLIVEIRO SOUSTA\n"
        "There are serious fears for the safety of six asylum-seekers who entered an "
        "embassy on 23 June 1993.\n"
    )
    found = persons(text, "en")
    expected = {
        "Tomas Rel HARROW",
        "Beno KASTEL",
        "Ivo Marden da SILVANO",
        "Clara Ines de MONTEIRA",
        "Paulo Anselm FERRETTO",
        "Jose Anton de OLIVEIRO SOUSTA",
    }
    assert set(found) == expected, sorted(found)
    assert found["Clara Ines de MONTEIRA"]["gender"] == "female"
    assert found["Clara Ines de MONTEIRA"].get("note") == "23 years"
    assert found["Beno KASTEL"].get("note") == "27 years"


# -- 3. a roll printed as a sentence: "A, Latino, aged 33 (26 July), B, black, ..." --


def test_names_each_with_a_word_and_an_age_are_persons() -> None:
    text = (
        "USA: Further information on Death penalty\n\n"
        "Five prisoners remain scheduled for execution in Norbria County before the end of "
        "October. Their names and the dates are: Aldo Fenner, Latino, aged 31 (2 October), "
        "Corbin Hale, white, aged 44 (9 October), and Ruben Stroud, black, aged 29 (30 "
        "October). Wesley Amberg, black, aged 50 has a stay of execution.\n"
    )
    found = persons(text, "en")
    assert {"Aldo Fenner", "Corbin Hale", "Ruben Stroud", "Wesley Amberg"} <= set(found), sorted(
        found
    )
    assert "Norbria County" not in found


def test_a_word_and_an_age_after_a_place_make_no_person() -> None:
    text = (
        "URGENT ACTION\n\nThe prisoners of Norbria are at risk. The prison of Alvenmoor, "
        "Westland, aged 100 years, is overcrowded.\n"
    )
    assert "Alvenmoor" not in persons(text, "en")
    assert record(text, "en").get("persons") in (None, [])


def test_a_roll_line_that_runs_on_is_no_name_and_the_roll_goes_on() -> None:
    text = (
        "EXTRA 40/95 Fear of Torture 8 November 1995\n"
        "CHAD Amira Dosso (f), aged 24, journalist with weekly\n"
        "Kemal Yenidor\n"
        "Baran Ostal, aged 26, journalist with daily Sahel Post\n"
        "Lina Ferrat (f), aged 25, journalist\n"
        "On 3 November 1995, the three journalists named above were stopped at a roadblock.\n"
    )
    found = persons(text, "en")
    assert {"Amira Dosso", "Baran Ostal", "Lina Ferrat"} <= set(found), sorted(found)
    assert "Kemal Yenidor" not in found


def test_a_dotless_i_spells_the_same_name() -> None:
    text = (
        "Turkey: Further information on prisoners of conscience: Selim Arda, Firat Tanli\n\n"
        "Further information on UA 12/95\n\n"
        "TURKEY:Selim Arda (m), lawyer, member of the bar\n\n"
        "Fırat Tanlı, lawyer, member of the bar\n\n"
        "At a hearing on 1 May 1995, Selim Arda and Fırat Tanlı were released.\n"
    )
    found = persons(text, "en")
    assert len([name for name in found if "anl" in name.lower()]) == 1, sorted(found)


# -- 4. one person under two names: a nickname before a particle, "known as", a short form --


def test_a_nickname_in_quotes_before_a_particle_stays_inside_the_name() -> None:
    text = (
        "ACCIÓN URGENTE\n\nLos activistas Tomás Berval y Aldo Ruiz “Pico” de Maren "
        "fueron detenidos el 2 de mayo en Valdora. Su paradero sigue siendo desconocido.\n"
    )
    found = persons(text, "es")
    assert "Aldo Ruiz de Maren" in found, sorted(found)
    assert not any(name.startswith("Pico") for name in found), sorted(found)


def test_a_name_after_known_as_is_the_person_s_other_name() -> None:
    text = (
        "URGENT ACTION\n\nBLOGGER HELD INCOMMUNICADO\n\nTran Van Loc, a prisoner of "
        "conscience who blogged under the name Song Xanh, has been moved to a remote "
        "prison. Tran Van Loc has not seen his family since March. Song Xanh's blog was "
        "closed in 2009 and Song Xanh was arrested a week later.\n"
    )
    found = persons(text, "en")
    assert set(found) == {"Tran Van Loc"}, sorted(found)
    assert "Song Xanh" in found["Tran Van Loc"].get("other_names", [])


def test_a_name_after_connu_sous_le_nom_de_is_the_person_s_other_name() -> None:
    text = (
        "ACTION URGENTE\n\nMarek Ostov risque d'être extradé\n\nAli Reza Hamdani, âgé de "
        "31 ans, plus connu sous le nom de Marek Ostov, a été arrêté le 6 février. Marek "
        "Ostov est un militant. Marek Ostov risque d'être extradé.\n"
    )
    found = persons(text, "fr")
    assert len(found) == 1, sorted(found)
    (person,) = found.values()
    assert {person["name"], *person.get("other_names", [])} == {
        "Marek Ostov",
        "Ali Reza Hamdani",
    }


def test_a_short_form_without_the_middle_name_is_the_same_person() -> None:
    text = (
        "ACCIÓN URGENTE\n\nEl 3 de mayo, un tribunal anuló el sobreseimiento a favor de "
        "Pablo Ruiz y Ana Velmar, defensores del río.\n\nEl 3 de mayo de 2021 un "
        "tribunal anuló el sobreseimiento a favor de Pablo Esteban Ruiz y Ana Velmar. "
        "Pablo Esteban Ruiz fue detenido.\n"
    )
    found = persons(text, "es")
    assert len([n for n in found if "Ruiz" in n]) == 1, sorted(found)


# -- 5. a list whose names each have a past post; an office after what happened to X --


def test_a_list_of_names_with_their_former_posts() -> None:
    text = (
        "ACTION URGENTE\n\nUN PROCÈS COLLECTIF\n\nUn procès collectif s'est ouvert le 1er "
        "août à Valdora. Parmi les prévenus figurent Omar Delcassé, ancien vice-président, "
        "Hugo Brenner, ancien adjoint au ministre de l'Intérieur, Pavel Ostrin et Noé "
        "Marcel, anciens parlementaires, Yann Ferral, ancien porte-parole du gouvernement, "
        "ainsi que Lior Benami, journaliste.\n"
    )
    found = persons(text, "fr")
    for name in ("Omar Delcassé", "Hugo Brenner", "Pavel Ostrin", "Noé Marcel", "Yann Ferral"):
        assert name in found, sorted(found)
    assert found["Omar Delcassé"].get("role") == "ancien vice-président"
    assert found["Pavel Ostrin"].get("role") == "anciens parlementaires"


def test_a_former_post_in_english_and_a_current_official_after_a_colon() -> None:
    text = (
        "URGENT ACTION\n\nAmong those on trial are Ali Rostami, former deputy minister, "
        "Dara Venn, former vice-president, and Omid Kerr, a student. They face the death "
        "penalty.\n\nPlease write to: the Minister of Justice, Farid Kamaran.\n"
    )
    found = persons(text, "en")
    assert {"Ali Rostami", "Dara Venn"} <= set(found), sorted(found)
    assert "Farid Kamaran" not in found


def test_an_office_after_what_happened_to_its_holder_names_the_person() -> None:
    text = (
        "URGENT ACTION\n\nOPPOSITION MEMBERS AT RISK\n\nWe have learned of the enforced "
        "disappearance of representative Elena Marov and Tomas Quill, both arrested by "
        "state agents on 2 May.\n"
    )
    found = persons(text, "en")
    assert {"Elena Marov", "Tomas Quill"} <= set(found), sorted(found)


def test_a_verb_after_an_apposition_with_an_acronym_in_brackets() -> None:
    text = (
        "ACTION URGENTE\n\nDes défenseurs menacés\n\nLe 2 mars, Rafael Ostend, secrétaire "
        "exécutif du Comité pour la défense des paysans (CDP), a reçu un appel anonyme.\n"
    )
    assert "Rafael Ostend" in persons(text, "fr")


def test_a_nationality_before_the_name() -> None:
    text = (
        "URGENT ACTION\n\nEXECUTIONS SCHEDULED\n\nThe executions of Malaysian national "
        "Aran Velu and another man are scheduled for 7 July.\n"
    )
    found = persons(text, "en")
    assert "Aran Velu" in found, sorted(found)
    assert found["Aran Velu"].get("role") == "Malaysian national"


def test_the_relative_of_an_official_is_a_person_not_the_official() -> None:
    text = (
        "ACCIÓN URGENTE\n\nOpositores detenidos\n\nEl tío del presidente de la Asamblea "
        "Regional, Mateo Ferrán Quiroga, fue detenido arbitrariamente el 11 de febrero.\n"
    )
    found = persons(text, "es")
    assert "Mateo Ferrán Quiroga" in found, sorted(found)
    assert found["Mateo Ferrán Quiroga"].get("role") == (
        "tío del presidente de la Asamblea Regional"
    )
    assert found["Mateo Ferrán Quiroga"].get("gender") == "male"


# -- 6. words that are no person's name --


def test_the_body_activists_come_from_is_no_person() -> None:
    text = (
        "URGENT ACTION\n\nACTIVISTS CONVICTED\n\nSix youth activists from Mother Earth "
        "Cambodia, a well-known environmental group that campaigns against pollution, "
        "continue to face persecution. Dana Sorel and Vito Amsel were sentenced to two years "
        "in prison.\n"
    )
    found = persons(text, "en")
    assert not any("Earth" in name for name in found), sorted(found)
    assert {"Dana Sorel", "Vito Amsel"} <= set(found)


def test_both_opens_no_name() -> None:
    text = (
        "URGENT ACTION\n\nHUNGER STRIKE\n\nThe detainees began a hunger strike on 2 May. Both "
        "Ray Ostrander and Mila Venn became seriously ill and were taken to hospital.\n"
    )
    found = persons(text, "en")
    assert "Ray Ostrander" in found, sorted(found)
    assert not any(name.startswith("Both") for name in found)


def test_two_family_names_in_capitals() -> None:
    text = (
        "URGENT ACTION\n\nLAWYER THREATENED\n\nThe human rights lawyer Eduardo ORSANA "
        "MENDIZ was threatened on 3 May. Eduardo ORSANA MENDIZ has received death threats "
        "before.\n"
    )
    assert set(persons(text, "en")) == {"Eduardo ORSANA MENDIZ"}


def test_a_priest_s_title_begins_no_name() -> None:
    text = (
        "BRIEFE GEGEN DAS VERGESSEN\n\nPater Tomas Velde, einer der 16 Aktivist*innen, starb "
        "am 5. Juli 2021 in der Haft. Die Behörden hatten Tomas Velde medizinische "
        "Versorgung verweigert.\n"
    )
    found = persons(text, "de")
    assert "Tomas Velde" in found, sorted(found)
    assert "Pater Tomas Velde" not in found.get("Tomas Velde", {}).get("other_names", [])


def test_a_slogan_in_a_caption_is_no_name() -> None:
    text = (
        "BRIEFE GEGEN DAS VERGESSEN\n\nDer Aktivist Tomas Velde wurde am 3. Mai festgenommen. "
        "Tomas Velde ist in Haft.\n\nDas Foto zeigt Tomas Velde und Lina Ostrova bei einer "
        'Demonstration mit einem Schild: "Stop Velor Lawa". © privat\n'
    )
    found = persons(text, "de")
    assert "Stop Velor Lawa" not in found and "Velor Lawa" not in found, sorted(found)


def test_the_verb_after_a_bracketed_remark() -> None:
    text = (
        "Greg Ostrander\nGovernor of Lorvania\n\nDanny Ray Kessel\n\nDear Governor "
        "Ostrander,\n\nDanny Kessel (TDCJ #999001, DOB 01/02/1980) faces execution on 8 "
        "July for a murder committed when he was 18 years old.\n"
    )
    found = persons(text, "en")
    assert any(name.startswith("Danny") for name in found), sorted(found)


def test_a_body_s_acronym_in_brackets_before_a_verb_makes_no_person() -> None:
    text = (
        "URGENT ACTION\n\nMASS DEPORTATIONS\n\nThe National Border Guard (NBG) has deported "
        "hundreds of people since May. Lena Ostrova, a lawyer, was arrested on 2 June.\n"
    )
    assert "National Border Guard" not in persons(text, "en")


def test_a_family_name_opening_with_a_saint_s_word() -> None:
    text = (
        "ACCIÓN URGENTE\n\nDefensora detenida\n\nEl 9 de febrero, la defensora Marisol San "
        "Adrián fue detenida en el aeropuerto. Marisol San Adrián sigue detenida en un lugar "
        "desconocido. Vivía en Puerto San Telmo.\n"
    )
    found = persons(text, "es")
    assert "Marisol San Adrián" in found, sorted(found)
    assert "Puerto San Telmo" not in found


# -- 7. a roll a line per name without markers, names alone among "Name, role" lines --


def test_a_roll_of_names_alone_and_names_with_roles() -> None:
    text = (
        "Further information on UA 20/94 - Prisoners of conscience / Death penalty\n\n"
        "LORVANIA      Tobias Amberg, writer and environmentalist\n"
        "and new names:\n"
        "              Paulo Keverin\n"
        "              Nordo Eswayo\n"
        "              Felix Nuvarte\n"
        "              Joan Kepwinen, student\n"
        "              Barbo Berand, farmer\n"
        "On 30 October 1995 the six people named above were convicted of murder and "
        "sentenced to death.\n"
    )
    from ualetters.importer.text import paragraphs

    said = [p.strip() for p in paragraphs(text.split("\n"))]
    assert "Paulo Keverin" in said, said
    found = persons(text, "en")
    assert {"Paulo Keverin", "Nordo Eswayo", "Joan Kepwinen", "Barbo Berand"} <= set(found), sorted(
        found
    )


def test_an_address_s_lines_are_no_roll() -> None:
    text = (
        "ACCIÓN URGENTE\n\nLa defensora Norma Velasco fue amenazada el 2 de mayo.\n\n"
        "Amnistía Internacional\nSección Lorvana\nSecretariado Central\n"
        "Calle Mayor 8. 28004 Valdora\n"
    )
    found = persons(text, "es")
    assert not any(name.startswith(("Sección", "Secretariado")) for name in found), sorted(found)


# -- 8. a name run together; "penal" as an adjective --


def test_a_given_name_run_into_the_family_name() -> None:
    # the copy lost its spaces elsewhere too ("delTribunal"): proof that the word is a name
    # run together (review s13 #1: without such proof it stays as printed)
    text = (
        "ACCIÓN URGENTE\n\nDefensora procesada\n\nTras su detención el 17 de septiembre, la "
        "defensora de los derechos humanos LidiaKorvanova fue acusada el 25 de septiembre "
        "ante la sala delTribunal Regional. "
        "LidiaKorvanova fue trasladada a un centro de detención.\n"
    )
    found = persons(text, "es")
    assert any(name.replace(" ", "") == "LidiaKorvanova" for name in found), sorted(found)


def test_a_criminal_prosecution_of_a_person_is_no_prison() -> None:
    text = (
        "ACCIÓN URGENTE\n\nDefensora procesada\n\nMe preocupa profundamente el procesamiento "
        "penal de Lidia Korvanova, defensora de los derechos humanos. Lidia Korvanova fue "
        "detenida el 17 de septiembre.\n"
    )
    assert "Lidia Korvanova" in persons(text, "es")


def test_known_as_after_a_list_s_name_joins_no_other_person() -> None:
    text = (
        "URGENT ACTION\n\nThree students detained\n\nTomas Fenrick, Ivo Marlow, known as "
        "Ivo Marlowe, and Paul Hevin were arrested at a rally on 3 May.\n"
    )
    found = persons(text, "en")
    assert {"Tomas Fenrick", "Ivo Marlow", "Paul Hevin"} <= set(found), sorted(found)
