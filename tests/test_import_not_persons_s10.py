"""Things listed as persons that are not persons at risk (tenth session), each family with a
made-up text: every name, place and fact here is invented.

1. An organisation whose name holds a word for a body, in the text's language or in the
   organisation's own ("Red Valley Monthly Journal", "Espace Libre Citoyen", "Dynamique
   Lac Bleu", "Tierra Viva AC/Oaxaca"): no one.
2. The body after a post held in it ("national coordinator of X", "members of the X",
   "ex dirigente del X", "membre de X"): an organisation, no person; and a name the text
   once gives as a body is one wherever it stands, its short form before a legal suffix
   too ("Tierra Viva AC/Oaxaca" and then "Tierra Viva"); its other name after a dash is no
   item of a list of people ("X AC/Oaxaca – Amigos del Monte Verde").
3. A conjunction opening a sentence before a name ("Because X received ..."): no part of it.
4. Places named by a unit of the map or a first word of places ("Bazar Sub-district", "St.
   Petrograd", "Rio ..."): no one.
5. A people's noun before the name ("den iranischen Kurden X"): the role's, not the name's.
6. A roll of names marked (m)/(f) that a bracket opens ("The 12 people [A (f), ...") or
   whose first name the stored copy lost after the country in capitals ("MALI (m), leader"):
   the bracket's noun and the country are no one's name.
7. German nouns a sentence runs into a name or into each other: an office in a hyphened
   compound ("Vize-Vorsitzender X"), "Männern Geld", "Diabetes Typ 2".
8. An official named after an office and its adjectives, where French and Spanish put them
   ("le guide suprême d'Iran, X,", "le président égyptien, X,", "el fiscal general, X,"):
   the official, no person at risk.
9. A demand's verb, capitalised where a line or headline opens with it and run into the
   name before ("... et Karim Mansour Libérer des victimes"): no part of the name (not in
   English, where "Free X" slogans name others).
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text


def persons(text: str, language: str | None = None) -> list[dict[str, Any]]:
    return list(parse_text(text, language=language).record.get("persons") or [])


def names(text: str, language: str | None = None) -> list[str]:
    return [p["name"] for p in persons(text, language)]


def test_an_organisation_word_makes_a_run_of_capitals_no_person() -> None:
    english = (
        "Lawyer Detained\n"
        "Tomas Okelo Wanyama, lawyer and editor of the Red Valley Monthly Journal, was "
        "arrested on 3 May. Tomas Okelo Wanyama is held without charge. Espace Libre "
        "Citoyen said it feared for his safety. Espace Libre Citoyen has called for his "
        "release. Espace Libre Citoyen was raided.\n"
        "Please write immediately calling on the authorities to release Tomas Okelo Wanyama."
    )
    found = names(english, "en")
    assert "Tomas Okelo Wanyama" in found
    assert not any("Journal" in n or "Espace" in n for n in found), found


def test_an_organisations_legal_form_and_its_short_name_are_no_person() -> None:
    spanish = (
        "Defensor en peligro\n"
        "El defensor Julián Ortega Prieto fue detenido el 2 de mayo. La ONG mexicana "
        "Tierra Viva AC/Oaxaca – Amigos del Monte Verde denunció la detención. Según "
        "Tierra Viva, Julián Ortega Prieto fue golpeado. Tierra Viva ha declarado que teme "
        "por su vida. Tierra Viva ha pedido su libertad.\n"
        "Escriban inmediatamente pidiendo que liberen a Julián Ortega Prieto."
    )
    found = names(spanish, "es")
    assert "Julián Ortega Prieto" in found
    assert not any("Tierra" in n or "Monte" in n for n in found), found


def test_the_body_after_a_post_held_in_it_is_no_person() -> None:
    english = (
        "Activists Arrested\n"
        "Issa Moumouni Garba, national coordinator of Kanem Debout (KD), and Amadou "
        "Sani Bako, secretary-general of Kanem Debout, were arrested on 15 March. Both "
        "are members of the Rassemblement Kpeto Ndara, a coalition of parties. Kanem "
        "Debout said the arrests were unlawful. Kanem Debout has called for protests.\n"
        "Please write immediately calling for the release of Issa Moumouni Garba and Amadou "
        "Sani Bako."
    )
    found = names(english, "en")
    assert {"Issa Moumouni Garba", "Amadou Sani Bako"} <= set(found), found
    assert not any("Kanem" in n or "Kpeto" in n for n in found), found


def test_the_body_after_a_post_in_spanish_is_no_person() -> None:
    spanish = (
        "Amenazas contra una lideresa\n"
        "El 4 de junio, Marta Quilindo Yule, ex dirigente del Concejo Territorial Nasa del "
        "Norte, recibió una amenaza de muerte. Marta Quilindo Yule ha denunciado la amenaza.\n"
        "Escriban inmediatamente pidiendo protección para Marta Quilindo Yule."
    )
    found = names(spanish, "es")
    assert "Marta Quilindo Yule" in found
    assert not any("Concejo" in n or "Territorial" in n for n in found), found


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_name() -> None:
    english = (
        "Journalist Detained\n"
        "Journalist Rustam Nazarov, who writes for the weekly Sadoi Kuhi, was arrested on 3 "
        "May. On 9 May the editor of Sadoi Kuhi received a letter from the prosecutor. "
        "Because Sadoi Kuhi received the letter, his colleagues fear more arrests.\n"
        "Please write immediately calling for the release of Rustam Nazarov."
    )
    found = names(english, "en")
    assert "Rustam Nazarov" in found
    assert not any("Because" in n or "Sadoi" in n for n in found), found


def test_a_place_with_a_word_for_a_unit_of_the_map_is_no_person() -> None:
    english = (
        "Fear for Safety\n"
        "Armando da Costa Belo and Julio Soares Guterres were part of a group of 12 men "
        "arrested in the village of Lakuma, Bazar Sub-district, Ermera District, on 2 May. "
        "Both were taken to Bazar Sub-district. Bazar Sub-district was sealed off. Armando "
        "da Costa Belo was beaten.\n"
        "Please write immediately calling for the release of Armando da Costa Belo and "
        "Julio Soares Guterres."
    )
    found = names(english, "en")
    assert "Armando da Costa Belo" in found
    assert not any("Bazar" in n for n in found), found


def test_a_saints_town_or_a_river_town_is_no_person() -> None:
    german = (
        "Briefe gegen das Vergessen\n"
        "Russland: Olga Smirnowa\n"
        "MUSTERBRIEF\n"
        "APPELLE AN\n"
        "Orlow Pjotr Sergejewitsch\n"
        "Staatsanwalt von St. Petrograd\n"
        "c/o Botschaft der Russischen Föderation\n"
        "Musterstraße 4\n"
        "1030 Wien\n"
        "INHALT\n"
        "Sehr geehrter Herr Staatsanwalt,\n"
        "Olga Smirnowa muss sofort freigelassen werden.\n"
        "Mit freundlichen Grüßen\n"
        "MUSTERBRIEF\n"
        "APPELLE AN\n"
        "Orlow Pjotr Sergejewitsch\n"
        "Staatsanwalt von St. Petrograd\n"
        "c/o Botschaft der Russischen Föderation\n"
    )
    found = names(german, "de")
    assert "Olga Smirnowa" in found
    assert not any("Petrograd" in n for n in found), found


def test_a_peoples_noun_before_the_name_is_no_part_of_it() -> None:
    german = (
        "Hinrichtung droht\n"
        "Ich sorge mich um den iranischen Kurden Dara Rostami, der jederzeit hingerichtet "
        "werden könnte. Er wurde 2019 schuldig gesprochen.\n"
        "Bitte setzen Sie sich dafür ein, dass Dara Rostami nicht hingerichtet wird."
    )
    found = names(german, "de")
    assert "Dara Rostami" in found, found
    assert not any("Kurden" in n for n in found), found


def test_a_bracket_opening_a_marked_roll_is_no_part_of_the_first_name() -> None:
    english = (
        "FURTHER INFORMATION ON UA 12/07 Fear of torture\n"
        "UGANDA The 12 people [Ana Lukwago (f), teacher; Peter Okot (m); Samuel Opio (m); "
        "and nine others] who were detained on 3 May have been released on bail.\n"
        "Please write immediately."
    )
    found = names(english, "en")
    assert "Ana Lukwago" in found, found
    assert not any("people" in n for n in found), found


def test_a_country_in_capitals_before_a_marker_is_no_persons_name() -> None:
    english = (
        "UA 45/08 Fear for safety\n"
        "MALI (m), leader, Parti du Progrès (PP) Amadou Keita Traoré (m), leader, Union "
        "pour le Renouveau (UR) Oumar Diallo Sissoko (m), leader, Front Populaire (FP)\n"
        "The three opposition party leaders named above were arrested on 3 February.\n"
        "Please write immediately."
    )
    found = names(english, "en")
    assert "Amadou Keita Traoré" in found, found
    assert "MALI" not in found, found


def test_a_german_office_in_a_hyphened_compound_and_nouns_run_together() -> None:
    german = (
        "Menschenrechtler in Haft\n"
        "Am 4. Mai wurden der Vorsitzende des Zentrums Lumina Pavel Sidorenko sowie "
        "Luminas Vize-Vorsitzender Ihar Kavalenka festgenommen. Pavel Sidorenko leidet an "
        "Diabetes Typ 2. Er wird beschuldigt, Männern Geld überwiesen zu haben.\n"
        "Bitte fordern Sie die Freilassung von Pavel Sidorenko und Ihar Kavalenka."
    )
    found = names(german, "de")
    assert "Ihar Kavalenka" in found, found
    assert not any("Vorsitzender" in n or "Typ" in n or "Männern" in n for n in found), found


def test_an_office_with_its_adjectives_after_it_names_an_official() -> None:
    french = (
        "Avocate emprisonnée\n"
        "L'avocate Leila Farahani a été condamnée à 12 ans de prison.\n"
        "Signez notre pétition pour appeler le guide suprême d’Iran, Hossein Karimi, à "
        "libérer immédiatement Leila Farahani.\n"
        "Le président égyptien, Ahmed Mostafa Salem, a été interpellé par des ONG."
    )
    found = names(french, "fr")
    assert "Leila Farahani" in found, found
    assert not any("Karimi" in n or "Salem" in n for n in found), found


def test_a_demands_verb_run_into_a_name_is_no_part_of_it() -> None:
    french = (
        "Égypte : Action lettre pour Nadia Fawzy, Samir Adel et Karim Mansour Libérer des "
        "victimes de la vague de répression !\n\n"
        "Lettres contre l'oubli de mars 2020\n"
        "En mai 2019, Nadia Fawzy, Samir Adel ont été arrêtés. Ils sont détenus uniquement "
        "en raison de leur travail.\n"
        "Écrivez aux autorités.\n"
    )
    found = names(french, "fr")
    assert "Karim Mansour" in found, found
    assert not any("Libérer" in n for n in found), found
