"""Persons not found and names misread (fourteenth session), each shape with made-up texts:
gender markers printed in square brackets ("Name [m], ..."); a roll whose every line gives a
name and what the person is, one line marked "(f)", without a country's heading; ...

Every name, place and fact here is invented.
"""

from __future__ import annotations

from ualetters.importer import parse_text

from .helpers import persons_by_name as persons

# -- 1. markers in square brackets are markers --

_SQUARE_MARKERS = (
    "URGENT ACTION\n\n"
    "Norbria: Fear of torture / incommunicado detention\n\n"
    "UA 51/03 Fear of torture 4 May 2003\n\n"
    "NORBRIA Pello Ardent [m], Deputy Leader, Example Unity Party (EUP)\n"
    "Sira Valmont [f], EUP youth organiser\n"
    "Tarik Osmund [m], newspaper columnist\n\n"
    "The police arrested three members of the opposition party before a rally in memory of "
    "the party's founder Gerard Olmsted, who has been in prison since 1999.\n"
)


def test_square_bracket_markers_mark_the_roll() -> None:
    found = persons(_SQUARE_MARKERS, "en")
    assert {"Pello Ardent", "Sira Valmont", "Tarik Osmund"} <= set(found), sorted(found)
    assert found["Sira Valmont"]["gender"] == "female"
    assert found["Pello Ardent"]["gender"] == "male"
    # the marked roll is the case's persons; the founder named as context is not one
    assert "Gerard Olmsted" not in found


def test_square_brackets_of_a_footnote_are_no_marker() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Lena Duvic, a teacher, was arrested on 3 May [1] and is held in Norbria's central "
        "prison. Lena Duvic has not been charged.\n"
    )
    found = persons(text, "en")
    assert "Lena Duvic" in found
    assert found["Lena Duvic"].get("gender") in (None, "unknown", "female")


# -- 2. a roll of described names without a heading, one line marked --

_DESCRIBED_ROLL = (
    "Norbria bulletin\n\n"
    "Example Urgent Action Bulletin, AI Index: AFR 99/01/97, 3 March 1997\n\n"
    "Tomas Keldar, folk-singer\n"
    "Ivo Prannet, student\n"
    "Mesk Orrin, employee of Vantro, a farmers' association\n"
    "Dulo Haskett, Example Bus Company manager\n"
    "Rina Solvet (f), trader\n"
    "Abel Morrow, journalist on the official weekly Norbrian-language newspaper\n"
    "Otto Brell, photographer\n"
    "and many others\n\n"
    "The people named above are among dozens arrested in the capital in early March.\n"
)


def test_a_described_roll_without_heading_keeps_every_line() -> None:
    found = persons(_DESCRIBED_ROLL, "en")
    for name in (
        "Tomas Keldar",
        "Ivo Prannet",
        "Mesk Orrin",
        "Dulo Haskett",
        "Rina Solvet",
        "Abel Morrow",
        "Otto Brell",
    ):
        assert name in found, sorted(found)
    assert found["Tomas Keldar"].get("role") == "folk-singer"
    assert found["Dulo Haskett"].get("role") == "Example Bus Company manager"
    assert found["Otto Brell"].get("role") == "photographer"
    assert found["Rina Solvet"]["gender"] == "female"
    assert not any("others" in name or "Bulletin" in name for name in found), sorted(found)


def test_a_described_roll_s_unmarked_lines_are_marked_for_review() -> None:
    draft = parse_text(_DESCRIBED_ROLL, language="en")
    names = [p["name"] for p in draft.record["persons"]]
    assert draft.marked(("persons", names.index("Ivo Prannet")))
    assert draft.marked(("persons", names.index("Otto Brell")))


def test_lines_without_what_the_person_is_make_no_headless_roll() -> None:
    text = (
        "Further information on UA 12/93 - Fear of torture\n\n"
        "Report from the meeting\n"
        "Kerem Lavost\n"
        "Duru Pellam\n"
        "Anil Vostrem\n"
        "plus, new name: Selin ... (f)\n"
        "Selin was arrested on 3 May at Grevik.\n"
    )
    names = [str(p["name"]) for p in parse_text(text, language="en").record.get("persons", [])]
    assert "Kerem Lavost" not in names


def test_an_address_block_before_a_marked_name_is_no_roll() -> None:
    text = (
        "UA 77/02 Fear of torture\n\n"
        "Minister Karel Odrin, Ministry of Justice\n"
        "Palace Street 4, Norbria City\n"
        "Hedda Smolt, Office of the President\n"
        "Jana Ferrow (f), aged 23, was arrested on 3 May and is held at Norbria prison.\n"
    )
    names = [str(p["name"]) for p in parse_text(text, language="en").record.get("persons", [])]
    assert "Jana Ferrow" in names
    assert "Karel Odrin" not in names and "Hedda Smolt" not in names


# -- 3. lists of places, bodies joined by "&", places named by their state's word --


def test_a_list_with_a_village_is_a_list_of_places() -> None:
    text = (
        "URGENT ACTION\n\n"
        "More than 2,000 families from Tamber Orchard, Velko Hill and Drummet Village were "
        "forcibly evicted on 3 May. Pavel Ostrin, a community leader, was arrested the same "
        "day and Pavel Ostrin is held at the central police station.\n"
    )
    found = persons(text, "en")
    assert "Pavel Ostrin" in found
    assert not {"Tamber Orchard", "Velko Hill", "Drummet Village"} & set(found), sorted(found)


def test_a_plural_place_noun_opens_a_list_of_places() -> None:
    text = (
        "ACCIÓN URGENTE\n\n"
        "Los paramilitares amenazaron a los habitantes de otros dos pueblos: Loma Verdal y "
        "Campo Trasto. La defensora Elvira Manrique fue detenida el 3 de mayo y Elvira "
        "Manrique sigue detenida.\n"
    )
    found = persons(text, "es")
    assert "Elvira Manrique" in found
    assert not {"Loma Verdal", "Campo Trasto"} & set(found), sorted(found)


def test_a_list_of_persons_stays_one_beside_a_place() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Ana Rolt (f), Ben Tarrow (m) and Cal Vinter (m) were arrested in Drummet Village "
        "on 3 May.\n"
    )
    found = persons(text, "en")
    assert {"Ana Rolt", "Ben Tarrow", "Cal Vinter"} <= set(found), sorted(found)


def test_the_run_of_capitals_up_to_a_place_noun_is_a_place() -> None:
    text = (
        "URGENT ACTION\n\n"
        "The residents of Okubo Riverside Farmers Slum were evicted on 4 May. The activist "
        "Mara Kellet was arrested when she filmed the demolitions; Mara Kellet is held "
        "without charge.\n"
    )
    found = persons(text, "en")
    assert "Mara Kellet" in found
    assert not any("Okubo" in name for name in found), sorted(found)


def test_bodies_in_quotation_marks_joined_by_an_ampersand_are_no_persons() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Hundreds of homes were demolished by two state agencies, ‘Norbria Rail Corporation’ "
        "and ‘Norbria Water & Sewerage Company’, on 1 October. The housing activist Jon "
        "Peller was beaten by the police and Jon Peller is now in hospital.\n"
    )
    found = persons(text, "en")
    assert "Jon Peller" in found
    assert not any("Norbria" in name or "Company" in name for name in found), sorted(found)


def test_a_republic_and_a_declined_district_are_places() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Der Journalist Arno Vestrik ist in der Republik Korvalien inhaftiert. Paramilitärs "
        "bedrohten Aktivisten der Verwaltungsbezirken Salmon und Valle del Salmon. Arno "
        "Vestrik wurde zu fünf Jahren Haft verurteilt.\n"
    )
    found = persons(text, "de")
    assert "Arno Vestrik" in found
    assert not any("Republik" in n or "Verwaltungs" in n for n in found), sorted(found)


# -- 4. a title's demand verb and a header's label run into a name --


def test_a_title_s_demand_verb_is_no_part_of_the_name() -> None:
    text = (
        "May 3, 2016\n\n"
        "Guatemala: Protect Daniel Marwen (UA 101/16)\n\n"
        "Daniel Marwen of the Norbrian Centre for Land Rights received death threats this "
        "week. His organisation has reported the threats to the police.\n"
    )
    found = persons(text, "en")
    assert "Daniel Marwen" in found
    assert not any(name.startswith("Protect") for name in found), sorted(found)
    assert "Protect Daniel Marwen" not in str(found["Daniel Marwen"].get("other_names", ""))


def test_a_header_s_date_label_is_no_name() -> None:
    text = (
        "First UA: 12/21 Index: EUR 99/1234/2021 Moldova Date: May 2, 2021 URGENT ACTION "
        "BLOGGER DETAINED The blogger Petr Almond was arrested on May 30, 2021. Petr Almond "
        "is held incommunicado.\n"
    )
    found = persons(text, "en")
    assert "Petr Almond" in found
    assert not any("Date" in name for name in found), sorted(found)


# -- 5. an apposition closed by a body's name in brackets --


def test_a_body_s_name_in_brackets_closes_the_apposition() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Five trade unionists received death threats on 4 May.\n\n"
        "On 4 May, Tobin Arkwell Sarno, the president of the Vell branch of the National "
        "Union of Dock Workers (Sindicato Nacional de Trabajadores Portuarios, SINTRAPORT) "
        "received a death threat by text message.\n"
    )
    found = persons(text, "en")
    assert "Tobin Arkwell Sarno" in found, sorted(found)


# -- 6. a given name that is also a country's name, as a sentence writes it --


def test_a_given_name_that_names_a_country_stays_the_name_s() -> None:
    text = (
        "ACCIÓN URGENTE\n\n"
        "El 4 de mayo, Mauricio Ferral Antúnez, dirigente sindical, recibió una amenaza de "
        "muerte. Mauricio Ferral Antúnez denunció la amenaza ante la fiscalía.\n"
    )
    found = persons(text, "es")
    assert "Mauricio Ferral Antúnez" in found, sorted(found)
    assert "Ferral Antúnez" not in found


# -- 7. names of one word in a list of full names --


def test_one_word_names_in_a_list_of_full_names_are_persons_to_review() -> None:
    text = (
        "UA 401/92 - Norbria: Fear of torture: Tavio Renck, Ulmo, Pero Vashti, Dario Keln, "
        "Ostrag, Belvin and others\n\n"
        "Dozens of students were detained by police during a peaceful demonstration on 12 "
        "May. The police have refused them access to lawyers. The students then marched to "
        "the Grand Cemetery, Ostmark, they said.\n"
    )
    draft = parse_text(text, language="en")
    names = [str(p["name"]) for p in draft.record.get("persons", [])]
    for name in ("Tavio Renck", "Ulmo", "Pero Vashti", "Dario Keln", "Ostrag", "Belvin"):
        assert name in names, names
    assert "Ostmark" not in names
    assert draft.marked(("persons", names.index("Ulmo"), "name"))


def test_a_one_word_name_beside_one_full_name_is_no_list_item() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Tavio Renck, Ulmo and the others were seen in the market. Tavio Renck was arrested "
        "on 3 May.\n"
    )
    names = [str(p["name"]) for p in parse_text(text, language="en").record.get("persons", [])]
    assert "Tavio Renck" in names
    assert "Ulmo" not in names


def test_given_names_sharing_a_surname_are_no_one_word_list_items() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Other men were detained in the same case, including three brothers, Selim, Tarek "
        "and Omar Haddani, who are all held in the same prison. Omar Haddani was beaten.\n"
    )
    names = [str(p["name"]) for p in parse_text(text, language="en").record.get("persons", [])]
    assert "Tarek" not in names and "Selim" not in names, names


# -- 8. a post in a place after a comma --


def test_a_post_in_a_place_after_a_comma_is_a_role() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Tomas Vellner, prison director, was arrested on 3 May after he let lawyers visit "
        "the prisoners.\n"
    )
    found = persons(text, "en")
    assert "Tomas Vellner" in found, sorted(found)


# -- 9. the authorities of a place; a German adjective opening a sentence --


def test_the_authorities_of_a_place_name_no_person() -> None:
    text = (
        "ACTION URGENTE\n\n"
        "La journaliste Amira Soltane est détenue depuis mars. Les autorités carcérales "
        "d’El Varid n’ont pas permis à Amira Soltane d’écrire à sa famille.\n"
    )
    found = persons(text, "fr")
    assert "Amira Soltane" in found
    assert "El Varid" not in found, sorted(found)


def test_a_german_adjective_and_its_noun_opening_a_sentence_are_no_name() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Die Studentin Lea Marnitz wurde am 3. Mai festgenommen. Rechtsstaatliche Garantien "
        "sind nun stark gefährdet. Lea Marnitz ist ohne Kontakt zur Außenwelt inhaftiert.\n"
    )
    found = persons(text, "de")
    assert "Lea Marnitz" in found
    assert "Rechtsstaatliche Garantien" not in found, sorted(found)


# -- 10. an office in a body of civil society, in an apposition --


def test_an_office_in_an_association_makes_a_person() -> None:
    text = (
        "ACTION URGENTE\n\n"
        "Des défenseurs des droits humains ont reçu des menaces de mort. Le 9 janvier, "
        "Odile Brancart, présidente de l’Association régionale des victimes du Val Norbe "
        "(ARVVN), également basée à (…)\n"
    )
    found = persons(text, "fr")
    assert "Odile Brancart" in found, sorted(found)


def test_an_office_in_a_court_makes_no_person_by_itself() -> None:
    text = (
        "URGENT ACTION\n\n"
        "The case was heard on 3 May. Ana Vellner, president of the Supreme Court, "
        "adjourned it.\n"
    )
    found = persons(text, "en")
    assert "Ana Vellner" not in found, sorted(found)


def test_an_office_in_an_unnamed_union_leaves_the_role_to_the_text() -> None:
    text = (
        "Norbria: Free the jailed trade unionist\n\n"
        "Tavo Example was sentenced to six years in prison.\n"
        "He is a prisoner of conscience.\n\n"
        "Tavo Example, the chairman of a local union, was detained in May.\n"
    )
    found = persons(text, "en")
    assert found["Tavo Example"].get("role") != "chairman of a local union"
