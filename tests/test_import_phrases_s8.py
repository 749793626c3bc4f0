"""Groups' descriptions with the complement that says who they are, and groups' genders from
a plural's grammar (made-up texts, never copied from the corpus)."""

from __future__ import annotations

from ualetters.importer import parse_text


def _groups(text: str) -> list[dict[str, object]]:
    return list(parse_text(text).record.get("groups") or [])


def test_group_from_a_collective_keeps_the_complement() -> None:
    text = (
        "URGENT ACTION\n"
        "More than 40 people from mostly Christian minority groups have been detained in "
        "northern Eritrea without trial. We call for their release.\n"
    )
    descriptions = [g["description"] for g in _groups(text)]
    assert "More than 40 people from mostly Christian minority groups" in descriptions


def test_counted_members_of_an_organisation_keep_the_complement() -> None:
    text = (
        "Acción urgente\n"
        "Tres integrantes de una conocida organización campesina de Guatemala han recibido "
        "amenazas de muerte. Sus vidas corren peligro.\n"
    )
    descriptions = [g["description"] for g in _groups(text)]
    assert "Tres integrantes de una conocida organización campesina de Guatemala" in descriptions


def test_feminine_plural_gives_a_female_group() -> None:
    text = (
        "Acción urgente\n"
        "Otras cuatro defensoras de la tierra fueron detenidas en Tegucigalpa el 3 de mayo. "
        "Sus vidas corren peligro.\n"
    )
    groups = _groups(text)
    assert groups and groups[0]["gender"] == "female"


def test_masculine_plural_gives_a_male_group_marked() -> None:
    draft = parse_text(
        "Eilaktion\nVier kurdischen Aktivisten droht im Iran unmittelbar die Hinrichtung.\n"
    )
    groups = draft.record.get("groups") or []
    assert groups and groups[0]["gender"] == "male"
    assert ("groups", 0, "gender") in draft.todos


def test_epicene_plural_gives_no_gender() -> None:
    text = (
        "Action urgente\n"
        "Au moins six personnes détenues risquent d'être exécutées au Tchad. "
        "Écrivez aux autorités.\n"
    )
    assert all("gender" not in g for g in _groups(text))


def test_gloss_in_brackets_after_a_complement_name_stays() -> None:
    text = (
        "Action urgente\n"
        "Cinq jeunes militants du collectif Filimbi (Coup de sifflet) ont été arrêtés à "
        "Kinshasa le 4 mars. Écrivez aux autorités.\n"
    )
    descriptions = [g["description"] for g in _groups(text)]
    assert "Cinq jeunes militants du collectif Filimbi (Coup de sifflet)" in descriptions
