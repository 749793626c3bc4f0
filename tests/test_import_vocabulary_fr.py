"""French vocabulary of persons at risk, end to end through the importer.

Every text here is made up (names and facts are invented). Each family shows one kind of
word the French row of `markers.py` lists: a verb done to a person before the name, a verb
or participle after it, a noun of what befell a person before "de X", a role before or after
the name (with its gender), a role of several words — and, in the same text, an official
that must stay out and a place that must not become a person.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def found_persons(text: str) -> list[dict[str, Any]]:
    draft = parse_text(text, language="fr")
    found: list[dict[str, Any]] = draft.record.get("persons") or []
    return found


def by_name(text: str) -> dict[str, dict[str, Any]]:
    return {person["name"]: person for person in found_persons(text)}


# -- verbs done to a person, written before the name (`object_verbs`) ----------------------

OBJECT_VERBS = {
    "ont enlevé": (
        "Égypte : un militant enlevé\n\n"
        "Le 3 mai 2031, des hommes en civil ont enlevé Karim Exempla devant son domicile. "
        "Le procureur général, Omar Officielo, n'a donné aucune information.",
        "Karim Exempla",
    ),
    "ont condamné": (
        "Cameroun : un journaliste condamné\n\n"
        "Le 12 février 2031, les juges ont condamné Paul Essaio pour diffamation.",
        "Paul Essaio",
    ),
    "ont kidnappé": (
        "Mexique : une journaliste disparue\n\n"
        "Des inconnus armés ont kidnappé Lucía Pruebita le 9 juin 2031 à la sortie de sa "
        "rédaction.",
        "Lucía Pruebita",
    ),
    "ont torturé": (
        "Iran : des aveux forcés\n\n"
        "Selon sa famille, des agents ont torturé Reza Namouna pendant son interrogatoire "
        "en avril 2031.",
        "Reza Namouna",
    ),
    "protéger": (
        "Colombie : un dirigeant menacé\n\n"
        "Nous demandons aux autorités de protéger Andrés Ejemplar, menacé de mort depuis "
        "janvier 2031.",
        "Andrés Ejemplar",
    ),
    "remettre en liberté": (
        "Bélarus : une prisonnière malade\n\n"
        "Les autorités doivent remettre en liberté Alena Probnaïa sans délai.",
        "Alena Probnaïa",
    ),
}


@pytest.mark.parametrize(("text", "name"), OBJECT_VERBS.values(), ids=OBJECT_VERBS)
def test_a_verb_done_to_a_person_before_the_name_finds_the_person(text: str, name: str) -> None:
    names = by_name(text)
    assert name in names
    assert not any("Officielo" in found for found in names)  # the prosecutor stays out


# -- verbs after the name (`person_verbs`): auxiliaries, participles of an apposition ------

PERSON_VERBS = {
    "a participle after a comma": (
        "Tunisie : une blogueuse poursuivie\n\n"
        "Amira Ben Essaia, interpellée le 4 mars 2031 à son domicile, attend son procès.",
        "Amira Ben Essaia",
    ),
    "a reflexive verb": (
        "Algérie : un syndicaliste privé de passeport\n\n"
        "Lounes Exemplar s’est vu refuser la sortie du territoire le 2 mai 2031.",
        "Lounes Exemplar",
    ),
    "a verb of a sentence served": (
        "Viêt-Nam : un blogueur en prison\n\n"
        "Tran Van Mau purge une peine de huit ans pour des billets publiés en ligne.",
        "Tran Van Mau",
    ),
    "a future of a trial": (
        "Maroc : un procès le 3 juillet\n\n"
        "Hamid Exempli comparaîtra devant le tribunal de première instance le 3 juillet 2031.",
        "Hamid Exempli",
    ),
}


@pytest.mark.parametrize(("text", "name"), PERSON_VERBS.values(), ids=PERSON_VERBS)
def test_a_verb_after_the_name_finds_the_person(text: str, name: str) -> None:
    assert name in by_name(text)


# -- nouns of what befell a person, before "de X" (`event_nouns`) ---------------------------

EVENT_NOUNS = {
    "la remise en liberté de": (
        "Égypte : action urgente\n\nNous demandons la remise en liberté de Samir Exemplo.",
        "Samir Exemplo",
    ),
    "le sort de": (
        "Syrie : action urgente\n\nLa famille est sans nouvelles et craint pour le sort de "
        "Maher Testouni.",
        "Maher Testouni",
    ),
    "l'incarcération de": (
        "Russie : action urgente\n\nNous protestons contre l'incarcération de Piotr Primerov.",
        "Piotr Primerov",
    ),
    "la disparition forcée de": (
        "Burundi : action urgente\n\nAmnesty International dénonce la disparition forcée de "
        "Jean-Bosco Ndayessai.",
        "Jean-Bosco Ndayessai",
    ),
}


@pytest.mark.parametrize(("text", "name"), EVENT_NOUNS.values(), ids=EVENT_NOUNS)
def test_a_noun_of_what_befell_a_person_finds_the_person(text: str, name: str) -> None:
    assert name in by_name(text)


# -- roles before and after the name (`role_words`, `role_genders`, `role_phrases`) -----------

ROLES = {
    "le banquier X": (
        "Soudan : action urgente\n\nLe banquier Hassan Exemplu est détenu au secret depuis "
        "le 5 mars 2031.",
        "Hassan Exemplu",
        "banquier",
        "male",
    ),
    "la rappeuse X (a woman by the role)": (
        "Sénégal : action urgente\n\nLa rappeuse Awa Ndiayessai est détenue depuis le "
        "1er avril 2031 pour une chanson.",
        "Awa Ndiayessai",
        "rappeuse",
        "female",
    ),
    "le caricaturiste X": (
        "Malaisie : action urgente\n\nLe caricaturiste Zul Contohan risque quarante ans de "
        "prison pour ses dessins.",
        "Zul Contohan",
        "caricaturiste",
        "male",
    ),
    "X, infirmière ...": (
        "Iran : action urgente\n\nMaryam Nemouneh, infirmière dans un hôpital de Tabriz, "
        "est détenue depuis le 8 mai 2031.",
        "Maryam Nemouneh",
        "infirmière dans un hôpital de Tabriz",
        "female",
    ),
    "X, pasteur ...": (
        "Chine : action urgente\n\nWang Lishi, pasteur d'une église protestante, est détenu "
        "depuis juin 2031.",
        "Wang Lishi",
        "pasteur d'une église protestante",
        "male",
    ),
    "la lanceuse d'alerte X": (
        "Hongrie : action urgente\n\nLa lanceuse d’alerte Eszter Példa est poursuivie pour "
        "avoir révélé un détournement de fonds.",
        "Eszter Példa",
        "lanceuse d’alerte",
        "female",
    ),
}


@pytest.mark.parametrize(("text", "name", "role", "gender"), ROLES.values(), ids=ROLES)
def test_a_role_before_or_after_the_name(text: str, name: str, role: str, gender: str) -> None:
    person = by_name(text)[name]
    assert person.get("role") == role
    assert person.get("gender") == gender


def test_an_object_of_conscience_is_a_role_of_several_words() -> None:
    text = (
        "Corée du Sud : action urgente\n\n"
        "L'objecteur de conscience Min-ho Yesi purge une peine de dix-huit mois. "
        "Il est un objecteur de conscience."
    )
    person = by_name(text)["Min-ho Yesi"]
    assert person.get("role") == "objecteur de conscience"


# -- officials and places stay out ------------------------------------------------------


def test_an_official_beside_a_new_role_is_not_a_person_at_risk() -> None:
    text = (
        "Guinée : action urgente\n\n"
        "Le chanteur Mamadou Exemplé a été arrêté le 2 mars 2031 après un concert. "
        "Le ministre de la Justice, Alpha Officiel, a refusé de commenter."
    )
    names = by_name(text)
    assert names["Mamadou Exemplé"].get("role") == "chanteur"
    assert "Alpha Officiel" not in names


def test_a_village_is_a_place_not_a_person() -> None:
    text = (
        "Nigéria : action urgente\n\n"
        "Le village de Kossi Ndam a été incendié le 4 avril 2031. L'agriculteur Musa "
        "Exemplu a été arrêté le même jour."
    )
    names = by_name(text)
    assert "Musa Exemplu" in names
    assert names["Musa Exemplu"].get("role") == "agriculteur"
    assert "Kossi Ndam" not in names


def test_a_district_is_a_place_not_a_person() -> None:
    text = (
        "Haïti : action urgente\n\n"
        "Le quartier de Bel Essai est encerclé depuis le 2 juin 2031. Le journaliste "
        "Wilner Pwoba y a été enlevé par un gang."
    )
    names = by_name(text)
    assert "Wilner Pwoba" in names
    assert "Bel Essai" not in names
