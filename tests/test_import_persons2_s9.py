"""Persons the importer never found (ninth session, second engineer), each family with a
made-up text: every name, place and fact here is invented.

1. A model letter's salutation run into its first sentence on one line ("Sehr geehrter Herr
   Staatsanwalt, X muss freigelassen werden", "Dear Minister, X was arrested"): the office
   is the addressee's, and X no official the text names.
2. An office in a roll a colon opens ("... six journalists: its director, A; his deputy,
   B", "...: den Direktor A, seinen Stellvertreter B und die Chefredakteurin C"): the post
   the person at risk holds, no official.
3. A heading in capitals run into a name by a line's join ("X Y" / "MUSTERBRIEF"): the name
   the text says more often without it.
4. A title that is the person's given name ("King Mwamisyo and Elias X", "Sultan Kohail, de
   16,"): kept with the name where the two words are a list's item or an age follows, and
   marked for review; a monarch with an article or a long name stays no person.
5. Siblings listed by their given names, the surname printed once after the last ("three
   brothers, A, B and C X", "les frères A, B et C X", "die Schwestern A und B X"): each given
   name with that surname, marked for review; the kin word is each one's role.
6. A German apposition with an indefinite article whose role word is declined ("X, einen
   Jugendlichen mit ..., hinrichten", "X, einem Studenten aus ..."): a person.
7. Names only an image caption lists beside persons the prose names ("v.l.n.r.: A, B, C ©
   Privat"): persons too, marked for review; a caption naming none of them gives none.
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text


def persons(text: str, language: str | None = None) -> list[dict[str, Any]]:
    return list(parse_text(text, language=language).record.get("persons") or [])


def names(text: str, language: str | None = None) -> list[str]:
    return [p["name"] for p in persons(text, language)]


def test_a_salutation_run_into_the_letter_does_not_make_the_name_an_official() -> None:
    text = (
        "Musterbrief\n"
        "Sehr geehrter Herr Generalstaatsanwalt,\n"
        "Tamara Weselowa muss sofort und bedingungslos freigelassen werden. Sie ist nur in "
        "Haft, weil sie Kritik an der Regierung geübt hat.\n"
        "Ich fordere Sie auf, dafür zu sorgen, dass Tamara Weselowa einen Arzt sehen darf "
        "und gut behandelt wird.\n"
        "Mit freundlichen Grüßen"
    )
    assert "Tamara Weselowa" in names(text, "de")


def test_a_salutation_run_into_the_letter_in_english_and_spanish() -> None:
    english = (
        "Sample letter\n"
        "Dear Attorney General,\n"
        "Oskar Brennvik was arrested on 3 May for a peaceful protest. I urge you to release "
        "Oskar Brennvik immediately.\n"
        "Yours sincerely,"
    )
    assert "Oskar Brennvik" in names(english, "en")
    spanish = (
        "Carta modelo\n"
        "Estimado Señor Fiscal General:\n"
        "Rosalba Quintero Ayala fue detenida el 4 de marzo. Le pido que ponga en libertad a "
        "Rosalba Quintero Ayala de inmediato.\n"
        "Atentamente,"
    )
    assert "Rosalba Quintero Ayala" in names(spanish, "es")


def test_the_posts_of_a_roll_after_a_colon_are_the_persons_roles() -> None:
    text = (
        "Im Mai verurteilte ein Gericht in Tiflis vier Mitarbeitende des Senders Radio "
        "Kazbek zu Haftstrafen: den Direktor Temur Abashidze, seinen Stellvertreter Levan "
        "Gelashvili und die Chefredakteurin Nino Kvaratskhelia. Sie wurden wegen ihrer "
        "Berichte verurteilt."
    )
    found = {p["name"]: p for p in persons(text, "de")}
    assert {"Temur Abashidze", "Levan Gelashvili", "Nino Kvaratskhelia"} <= set(found)
    assert found["Temur Abashidze"].get("role") == "Direktor"


def test_the_posts_of_a_roll_in_english() -> None:
    text = (
        "Five staff members of the weekly Zarya Times were sentenced on 2 June: its director, "
        "Bakhyt Omarov; his deputy, Serik Dauletov; and its editor, Aigerim Tulegenova. They "
        "are prisoners of conscience."
    )
    assert {"Bakhyt Omarov", "Serik Dauletov", "Aigerim Tulegenova"} <= set(names(text, "en"))


def test_an_official_after_write_to_stays_an_official() -> None:
    text = (
        "Nurlan Beisenov was arrested on 4 April after a peaceful protest. He has not been "
        "charged. Please write to: the Prosecutor General, Marat Zhaksybekov, and urge him "
        "to release Nurlan Beisenov."
    )
    assert names(text, "en") == ["Nurlan Beisenov"]


def test_a_heading_in_capitals_run_into_a_name_is_not_part_of_it() -> None:
    text = (
        "Briefe gegen das Vergessen 2023\n"
        "Hier findest du die Musterbriefe zu den Fällen zum Unterschreiben.\n"
        "Belarus: Palina Sharenda\n"
        "MUSTERBRIEF\n"
        "APPELLE AN\n"
        "Andrej Shved\n"
        "Generalstaatsanwalt von Belarus\n"
        "c/o Botschaft der Republik Belarus\n"
        "Hüttelbergstraße 6\n"
        "1140 Wien\n"
        "INHALT\n"
        "Sehr geehrter Herr Generalstaatsanwalt,\n"
        "Palina Sharenda muss sofort freigelassen werden. Sie ist in Haft, weil sie friedlich "
        "protestiert hat. Alle Anklagen gegen Palina Sharenda müssen fallen.\n"
        "Ich fordere Sie auf, dafür zu sorgen, dass Palina Sharenda bis zu ihrer Freilassung "
        "gut behandelt wird.\n"
        "Mit freundlichen Grüßen"
    )
    found = persons(text, "de")
    assert [p["name"] for p in found] == ["Palina Sharenda"]
    assert not found[0].get("other_names")


def test_a_title_that_is_a_given_name_is_kept_and_marked() -> None:
    text = (
        "Prince Obiora and Chidi Nwankwo are two student activists in Enugu. They were "
        "arrested on 2 March 2024 for organising a peaceful protest and remain in detention."
    )
    draft = parse_text(text, language="en")
    found = [p["name"] for p in draft.record.get("persons") or []]
    assert found == ["Prince Obiora", "Chidi Nwankwo"]
    assert "title" in (draft.todo_for(("persons", 0, "name")) or "")


def test_a_title_that_is_a_given_name_in_a_spanish_roll() -> None:
    text = (
        "ARABIA SAUDÍ Faisal Nasser al-Harbi, ciudadano saudí, de 24 años; Sultan Mahrous, de "
        "17 años, ciudadano jordano. Ambos fueron condenados a muerte por delitos cometidos "
        "cuando eran menores de edad."
    )
    assert "Sultan Mahrous" in names(text, "es")


def test_a_monarch_is_no_person_at_risk() -> None:
    text = (
        "Hamad Ali Yusuf was arrested on 3 May 2024 after criticising the government. King "
        "Tariq pardoned two other prisoners on 5 May, but Hamad Ali Yusuf remains in detention."
    )
    assert names(text, "en") == ["Hamad Ali Yusuf"]


def test_siblings_listed_by_given_names_share_the_last_ones_surname() -> None:
    text = (
        "Dozens of people were detained in Hasakah in May, including three brothers, Karim, "
        "Samir and Nabil Haddad, who are held incommunicado. Their family fears they may be "
        "tortured."
    )
    draft = parse_text(text, language="en")
    found = [p["name"] for p in draft.record.get("persons") or []]
    assert {"Karim Haddad", "Samir Haddad", "Nabil Haddad"} <= set(found)
    number = found.index("Karim Haddad")
    assert "surname" in (draft.todo_for(("persons", number, "name")) or "")


def test_siblings_listed_by_given_names_in_french_and_german() -> None:
    french = (
        "Les forces de sécurité ont arrêté les frères Karim, Samir et Nabil Haddad le 3 mai. "
        "Ils sont détenus au secret."
    )
    assert {"Karim Haddad", "Samir Haddad", "Nabil Haddad"} <= set(names(french, "fr"))
    german = (
        "Am 3. Mai nahmen Sicherheitskräfte die Schwestern Leyla und Dilan Aydın fest. Sie "
        "werden ohne Kontakt zur Außenwelt festgehalten."
    )
    assert {"Leyla Aydın", "Dilan Aydın"} <= set(names(german, "de"))


def test_a_declined_role_in_a_german_apposition_proves_a_person() -> None:
    text = (
        "Am 4. März 2025 liessen die Behörden Arash Vafadar, einen Jugendlichen aus Tabriz, "
        "ohne Vorwarnung hinrichten. Seine Familie wurde nicht informiert."
    )
    assert "Arash Vafadar" in names(text, "de")


def test_names_only_in_a_caption_beside_the_cases_persons_are_marked_persons() -> None:
    text = (
        "Iran: Todesurteile gegen Demonstrierende\n"
        "v.l.n.r.: Arman Kaveh, Siavash Tehrani, Omid Farahani © Privat\n"
        "Die Behörden haben Arman Kaveh und Omid Farahani im Januar 2025 nach unfairen "
        "Prozessen zum Tode verurteilt. Arman Kaveh wurde gefoltert."
    )
    draft = parse_text(text, language="de")
    found = [p["name"] for p in draft.record.get("persons") or []]
    assert "Siavash Tehrani" in found
    number = found.index("Siavash Tehrani")
    assert "caption" in (draft.todo_for(("persons", number, "name")) or "")


def test_a_caption_naming_none_of_the_persons_gives_none() -> None:
    text = (
        "Cuba: activist detained\n"
        "Photo: Ernesto Valdés Ruiz / Havana Times ©\n"
        "Yoandri Pérez Montes was arrested on 5 May 2025 after a peaceful protest. Yoandri "
        "Pérez Montes is held incommunicado."
    )
    assert names(text, "en") == ["Yoandri Pérez Montes"]
