"""A section group's relay of an action: the action's name with its end date, German
gender-inclusive plurals, and the reader asked to act in the informal "ihr" form.

Made-up texts in the shape of local group and coordination group pages.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

RELAY = (
    "Koordinationsgruppe Ägypten\n\n26.05.2015\n\nUrgent Action für angeklagte Zeug_innen\n\n"
    "Am 25. Januar erschoss die Polizei in Alexandria einen Demonstranten. 12 {group} sagten "
    "im Prozess aus. Kurz danach fanden sich alle 12 Personen auf der Anklagebank wieder: "
    "Ihnen wird die Teilnahme an einer unerlaubten Demonstration vorgeworfen.\n\n"
    "Mit einer Urgent Action unterstützt Amnesty die Angeklagten. Macht mit und fordert den "
    "ägyptischen Generalstaatsanwalt auf, alle Anklagen fallen zu lassen. {deadline}\n"
)


@pytest.mark.parametrize(
    "deadline",
    ["Eilaktion bis 8. Juli 2015", "Briefaktion bis zum 8. Juli 2015", "Schreibt bis 8. Juli 2015"],
)
def test_the_actions_name_with_its_end_is_the_deadline(deadline: str) -> None:
    text = RELAY.format(group="Zeug_innen", deadline=deadline)
    assert str(parse_text(text, name="made-up").record["deadline"]) == "2015-07-08"


@pytest.mark.parametrize("group", ["Zeug_innen", "Journalist*innen", "Aktivist:innen", "ZeugInnen"])
def test_a_gender_inclusive_plural_counts_people(group: str) -> None:
    text = RELAY.format(group=group, deadline="Eilaktion bis 8. Juli 2015")
    groups = parse_text(text, name="made-up").record["groups"]
    assert {"description": f"12 {group}", "count": 12} in groups


def test_the_informal_request_to_act_gives_the_demand() -> None:
    text = RELAY.format(group="Zeug_innen", deadline="Eilaktion bis 8. Juli 2015")
    demands = parse_text(text, name="made-up").record["demands"]
    assert demands == [
        "fordert den ägyptischen Generalstaatsanwalt auf, alle Anklagen fallen zu lassen."
    ]


@pytest.mark.parametrize(
    ("language", "text", "demand"),
    [
        (
            "fr",
            "Le militant Karim Exemple est détenu depuis mai à Alger sans inculpation. "
            "Demandez au ministre de la Justice de le libérer immédiatement.",
            "Demandez au ministre de la Justice de le libérer immédiatement.",
        ),
        (
            "es",
            "El periodista Karim Ejemplo está detenido desde mayo en Managua sin cargos. "
            "Pidan al presidente que lo ponga en libertad de inmediato.",
            "Pidan al presidente que lo ponga en libertad de inmediato.",
        ),
    ],
)
def test_a_request_naming_its_addressee_is_a_demand(language: str, text: str, demand: str) -> None:
    record = parse_text(f"Amnesty\n\n{text}\n", name="made-up").record
    assert record["language"] == language
    assert record["demands"] == [demand]


FRENCH_RELAY = (
    "Écrivez aux autorités pour demander la libération de Minh\n\n"
    "Amnesty International appelle à écrire en urgence pour demander la libération de "
    "Nguyen Van Minh, ainsi que Le Thi Hoa et Tran Van Binh.\n\n"
    "Si vous souhaitez participer à cette action, écrivez au Premier ministre ainsi qu'au "
    "ministre de la Justice, avec copie à l'ambassade en France.\n"
)


def test_two_addressees_in_one_request_are_two_targets() -> None:
    targets = parse_text(FRENCH_RELAY, name="made-up").record["targets"]
    assert [t["title"] for t in targets] == ["Premier ministre", "Ministre de la Justice"]


def test_a_short_surname_inside_a_sentence_opens_the_name() -> None:
    persons = parse_text(FRENCH_RELAY, name="made-up").record["persons"]
    assert "Le Thi Hoa" in [p["name"] for p in persons]


@pytest.mark.parametrize(
    ("request_line", "languages"),
    [
        ("Escriban inmediatamente, en español o en su propio idioma:", ["es"]),
        ("Écrivez sans tarder, en arabe, en anglais ou dans votre propre langue :", ["ar", "en"]),
        ("Write immediately, in English, Arabic or your own language:", ["en", "ar"]),
        ("Schreiben Sie sofort, in gutem Englisch oder auf Deutsch:", ["en", "de"]),
    ],
)
def test_a_comma_between_the_request_and_its_languages(
    request_line: str, languages: list[str]
) -> None:
    text = (
        "UA 45/21 Index: AMR 43/1234/2021\n\nKarim Example is detained. Karim Example was "
        f"arrested in May.\n\n{request_line}\n- release Karim Example;\n"
    )
    record = parse_text(text, name="made-up").record
    assert sorted(record["languages"]) == sorted(languages)


LETTER_ACTION = (
    "Ägypten\n\nMitarbeiter*innen von NGOs\n\nFebruar 2017\n\n"
    "Im Juni 2013 wurden 43 ägyptische und ausländische Mitarbeiter_innen von NGOs zu "
    "Haftstrafen verurteilt. Führende Menschenrechtler_innen sind in Gefahr.\n\n"
    "Bitte schreiben Sie höflich formulierte Briefe an den Staatspräsidenten Ägyptens, in "
    "denen Sie ihn bitten, dafür zu sorgen, dass das Verfahren eingestellt wird.\n"
)


def test_a_gender_inclusive_plural_is_no_person_and_and_joins_adjectives() -> None:
    record = parse_text(LETTER_ACTION, name="made-up").record
    assert not record.get("persons")
    assert {
        "description": "43 ägyptische und ausländische Mitarbeiter_innen",
        "count": 43,
    } in record["groups"]


def test_the_monthly_letters_request_is_one_demand() -> None:
    # (thirteenth session: a sentence that opens with the call to write has its demand
    # start at the request itself, the letters' relative clause, as English records never
    # include "Please write ..." in a demand)
    demands = parse_text(LETTER_ACTION, name="made-up").record["demands"]
    assert demands == [
        "in denen Sie ihn bitten, dafür zu sorgen, dass das Verfahren eingestellt wird."
    ]


def test_a_plural_role_before_a_name_is_no_part_of_it_and_setzen_sie_sich_ein_is_a_demand() -> None:
    text = (
        "Freiheit für Aktivist_innen!\n\nAm 14. Juli 2021 wurden der Vorsitzende Karl "
        "Beispiel, dessen Rechtsbeistände Uladzimir Beispielowitsch und Nina Beispielowa "
        "festgenommen. Sie werden nur aufgrund ihrer Menschenrechtsarbeit verfolgt. Bitte "
        "setzen Sie sich mit Amnesty International für die sofortige und bedingungslose "
        "Freilassung der Inhaftierten ein!\n"
    )
    record = parse_text(text, name="made-up").record
    assert "Uladzimir Beispielowitsch" in [p["name"] for p in record["persons"]]
    assert record["demands"] == [
        "Bitte setzen Sie sich mit Amnesty International für die sofortige und bedingungslose "
        "Freilassung der Inhaftierten ein!"
    ]
