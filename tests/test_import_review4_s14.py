"""Review 14 B, findings 3 and 4 (fourteenth session), each shape with made-up texts: persons
lost as places by a list that a place's noun only heads, by a people's noun read as a plural
place noun ("villagers", "Städter"), and by "die Behörden von X" where "von" is the verb's;
the office in a body of civil society (no party's, no state's union).

Every name, place and fact here is invented.
"""

from __future__ import annotations

from ualetters.importer.markers import TABLES
from ualetters.importer.persons import _place_plural

from .helpers import persons_by_name as persons
from .helpers import role

# -- 3. persons in a list beside a place --


def test_names_after_a_place_in_an_apposition_are_persons() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Three farm workers from Oskel Village, Dara Finnveden and Luis Ormaza, were detained "
        "on 2 June 2023 after a march against a quarry. They have not been charged.\n"
    )
    found = persons(text, "en")
    assert {"Dara Finnveden", "Luis Ormaza"} <= set(found), sorted(found)


def test_a_list_of_places_with_a_place_noun_after_the_first_stays_places() -> None:
    text = (
        "URGENT ACTION\n\n"
        "About 900 families of Brantle Heights, Moro Market, Kessa Tande and Ulvo Camp were "
        "evicted on 2 June. Priya Okonde, a tenants' leader, was arrested and Priya Okonde "
        "is held at a police station.\n"
    )
    found = persons(text, "en")
    assert "Priya Okonde" in found
    assert not {"Brantle Heights", "Moro Market", "Kessa Tande", "Ulvo Camp"} & set(found)


def test_villagers_opening_a_list_are_people_not_villages() -> None:
    text = (
        "URGENT ACTION\n\n"
        "The villagers Edda Rosqvist, Malik Tenbrook and Ilario Castel were detained on 2 June "
        "2023 after a march against a quarry. They have not seen a lawyer.\n"
    )
    found = persons(text, "en")
    assert {"Edda Rosqvist", "Malik Tenbrook", "Ilario Castel"} <= set(found), sorted(found)
    assert role(found, "Malik Tenbrook") == "villager"


def test_a_place_plural_is_only_its_own_ending_off() -> None:
    en, de, es, fr = (TABLES[code] for code in ("en", "de", "es", "fr"))
    assert _place_plural("villages", en) and _place_plural("cities", en)
    assert _place_plural("pueblos", es) and _place_plural("ciudades", es)
    assert _place_plural("hameaux", fr)
    assert _place_plural("Dörfer", de) and _place_plural("Nachbardörfer", de)
    # people's nouns made from a place's noun
    assert not _place_plural("villagers", en)
    assert not _place_plural("Städter", de)
    assert not _place_plural("islanders", en)


# -- 4. "die Behörden von X": "von" may be the verb's --


def test_the_authorities_demanding_of_a_person_leave_her_a_person() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Seit dem 2. Juni 2023 verlangen die Behörden von Jördis Hallmann, dass sie ihre "
        "Informanten nennt. Die Reporterin ist seitdem in Haft.\n"
    )
    found = persons(text, "de")
    assert "Jördis Hallmann" in found, sorted(found)


def test_a_verb_between_the_authorities_and_von_names_no_place() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Am 2. Juni 2023 wurde eine Bloggerin festgenommen. Die Behörden fordern von Jördis "
        "Hallmann die Passwörter ihrer Konten. Sie ist ohne Kontakt zu ihrer Familie.\n"
    )
    found = persons(text, "de")
    assert "Jördis Hallmann" in found, sorted(found)


def test_the_authorities_of_a_place_still_name_no_person() -> None:
    text = (
        "ACCIÓN URGENTE\n\n"
        "La periodista Nerea Calvet está detenida desde junio. Las autoridades penitenciarias "
        "de Villa Ortal no permiten a Nerea Calvet ver a su abogado.\n"
    )
    found = persons(text, "es")
    assert "Nerea Calvet" in found
    assert "Villa Ortal" not in found, sorted(found)


# -- quality: an office in a body of civil society, no party's or union of states' --


def test_a_ruling_party_officer_gets_no_civic_role() -> None:
    text = (
        "URGENT ACTION\n\n"
        "The lawyer Ines Halvorsen was arrested on 2 June 2023. On 5 June Oren Baptiste, "
        "chairman of the Governing Party, praised the arrest.\n"
    )
    found = persons(text, "en")
    assert "Ines Halvorsen" in found
    assert "Governing Party" not in str(found.get("Oren Baptiste", {}).get("role")), found


def test_an_officer_of_a_named_trade_union_keeps_the_office_as_role() -> None:
    text = (
        "URGENT ACTION\n\n"
        "Ines Halvorsen, president of the Varrow Dockers Trade Union, was arrested on 2 June "
        "2023 after a strike. Ines Halvorsen is held without charge.\n"
    )
    found = persons(text, "en")
    assert "Trade Union" in str(role(found, "Ines Halvorsen")), found
