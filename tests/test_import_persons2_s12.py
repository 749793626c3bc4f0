"""Persons the importer finds, second wave (twelfth session): an old roll printed one name a
line without markers under the country's heading, before the one name the notice marks
("COUNTRY: A, farmer / B / C, brother of B / new name: D (f)"); a given name two persons
share is no release of both; a name a place's noun introduces ("la ville de X", "im
Stadtteil X") is a place wherever the text names it.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text

OLD_ROLL = (
    "Further information on UA 12/93 (ABC 11/22/93, 2 May 1993) - Fear of torture\n"
    "PERU: Tomas Ferrund, shepherd, union member\n"
    "Kerem Lavost\n"
    "Anil Lavost, brother of Kerem, aged 17\n"
    "Tomas Obrell [please check spelling]\n"
    "Duru Pellam\n"
    "plus, new name: Selin ... (f)\n"
    "On 9 May, Duru Pellam and Tomas Obrell were released. The others are still held at "
    "Grevik police station and there is fear that they are being tortured.\n"
)


def record(text: str, language: str = "en") -> dict[str, Any]:
    return parse_text(text, language=language).record


def test_old_roll_without_markers_above_a_marked_name() -> None:
    draft = parse_text(OLD_ROLL, language="en")
    found = {str(p["name"]): p for p in draft.record.get("persons", [])}
    for name in ("Tomas Ferrund", "Kerem Lavost", "Anil Lavost", "Tomas Obrell", "Duru Pellam"):
        assert name in found, sorted(found)
    assert "Selin" in found
    assert found["Tomas Ferrund"].get("role") == "shepherd; union member"
    assert found["Anil Lavost"].get("role") == "brother of Kerem"
    assert found["Anil Lavost"].get("gender") == "male"
    assert "aged 17" in str(found["Anil Lavost"].get("note"))
    assert "please check spelling" in str(found["Tomas Obrell"].get("note"))
    # the unmarked roll's persons carry a task
    number = list(found).index("Kerem Lavost")
    assert draft.marked(("persons", number, "name"))


def test_old_roll_status_only_for_the_named() -> None:
    found = {str(p["name"]): p for p in record(OLD_ROLL).get("persons", [])}
    assert found["Duru Pellam"].get("status", {}).get("state") == "released"
    assert found["Tomas Obrell"].get("status", {}).get("state") == "released"
    # "Tomas Ferrund" shares only the given name with a released person
    assert "status" not in found["Tomas Ferrund"]
    assert "status" not in found["Selin"]
    assert "status" not in found["Kerem Lavost"]


def test_no_roll_without_the_country_heading() -> None:
    # names one a line with no country's heading above them: not read as a roll
    text = (
        "Further information on UA 12/93 - Fear of torture\n"
        "Report from the meeting\n"
        "Kerem Lavost\n"
        "Duru Pellam\n"
        "plus, new name: Selin ... (f)\n"
        "Selin was arrested on 3 May at Grevik.\n"
    )
    names = [str(p["name"]) for p in record(text).get("persons", [])]
    assert "Kerem Lavost" not in names


def test_a_place_its_noun_introduces_is_no_person_elsewhere() -> None:
    text = (
        "COLOMBIE\nACTION URGENTE\n"
        "Le 3 mars, deux jeunes hommes, Hugo Mantecal et Rui Ostende, ont été abattus près de "
        "la ville de Puerto Caldo, dans le département du Meta. Les personnes citées doivent "
        "quitter Puerto Caldo dans les trois jours. Puerto Caldo a reçu des menaces.\n"
    )
    names = [str(p["name"]) for p in record(text, "fr").get("persons", [])]
    assert "Hugo Mantecal" in names
    assert "Puerto Caldo" not in names


def test_a_city_district_is_no_person() -> None:
    text = (
        "ÄGYPTEN\nURGENT ACTION\n"
        "Die Journalistin Mona Beispiel und der Arzt Omar Beispiel wurden am 3. März im "
        "Stadtteil Kafr Tamra im Zentrum von Kairo festgenommen. Sie wird ohne Kontakt zur "
        "Außenwelt festgehalten.\n"
    )
    names = [str(p["name"]) for p in record(text, "de").get("persons", [])]
    assert "Mona Beispiel" in names
    assert not any("Kafr Tamra" in name for name in names)


def test_a_month_word_inside_a_name() -> None:
    # "Julio", "Abril": given names that are also months, between two words of a name
    text = (
        "VENEZUELA\nACCIÓN URGENTE\n"
        "Otras personas defensoras siguen detenidas, entre ellas Marcos Ternal, Kennedy Olmo, "
        "Eduardo Tornés y Carlos Julio Rosales, quien lleva detenido desde el 30 de julio. "
        "Carlos Julio Rosales fue trasladado a una prisión de máxima seguridad.\n"
    )
    names = [str(p["name"]) for p in record(text, "es").get("persons", [])]
    assert "Carlos Julio Rosales" in names
    assert not any(name.startswith("Julio") for name in names)
