"""Word lists about who the letters go to, end to end, in English, German, French and Spanish.

The rows of `markers.py` grew from what each language says in its own Urgent Actions, not
from pages read: the lines that introduce the addressees and the copies, the copies to "the
embassy of ... in your country", salutations ("Your Royal Highness", "Eure Königliche
Hoheit"), requests to write to someone named in a sentence ("send an email to the Attorney
General, X"), the titles of officials (so that a name after "Consul" is no person at risk)
and the words of an authority's name. Every text here is made up (names, offices and
addresses invented); in each, the part is found only by a new entry, and ordinary prose with
the same words does not fire.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def record_of(text: str, language: str) -> dict[str, Any]:
    header = {
        "en": "URGENT ACTION",
        "de": "URGENT ACTION",
        "fr": "ACTION URGENTE",
        "es": "ACCIÓN URGENTE",
    }[language]
    draft = parse_text(f"{header}\n\n{text}\n", language=language)
    return draft.record


def _persons(record: dict[str, Any]) -> set[str]:
    return {p["name"] for p in record.get("persons") or []}


def _targets(record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record.get("targets") or [])


def _copies(record: dict[str, Any]) -> list[dict[str, Any]]:
    return list(record.get("copies") or [])


# A background sentence before each action part.
_BACKGROUND = {
    "en": "Kwame Testfield, a teacher, was arrested on 2 May 2031 in Testville.",
    "de": "Der Lehrer Kwame Testfield wurde am 2. Mai 2031 in Testville festgenommen.",
    "fr": "Le professeur Kwame Testfield a été arrêté le 2 mai 2031 à Testville.",
    "es": "El profesor Kwame Testfield fue detenido el 2 de mayo de 2031 en Testville.",
}

# One addressee's block after a heading every row already knew.
_BLOCK = {
    "en": "Write to:\n\nMinister of Justice\nKofi Officer\n1 Justice Road\nTestville, Testland\n",
    "de": "Schreiben Sie an:\n\nJustizminister\nKofi Officer\nJustizstraße 1\n"
    "Testville, Testland\n",
    "fr": "Écrivez à :\n\nMinistre de la Justice\nKofi Officer\n1 rue de la Justice\n"
    "Testville, Testland\n",
    "es": "Escriban a:\n\nMinistro de Justicia\nKofi Officer\nCalle de la Justicia 1\n"
    "Testville, Testland\n",
}
_SALUTATION_LABEL = {
    "en": "Salutation",
    "de": "Anrede",
    "fr": "Formule d'appel",
    "es": "Tratamiento",
}


# (language, a request to write inside a sentence, with prose around it that names an
# office but asks nobody to write; the title and name of the one target)
SENTENCES: dict[str, tuple[str, str, str, str]] = {
    "en send an email to": (
        "en",
        "He had written to the Minister of Education in 2030. Please send an email to the "
        "Attorney General, Kofi Officer, at ag@justice.example.org, urging him to release "
        "Kwame Testfield.",
        "Attorney General",
        "Kofi Officer",
    ),
    "de schreiben sie ... an": (
        "de",
        "Er hatte zuvor einen Brief an den Präsidenten geschrieben. Schreiben Sie bitte bis "
        "zum 3. Juni 2031 an den Generalstaatsanwalt Kofi Officer und fordern Sie die "
        "Freilassung von Kwame Testfield.",
        "Generalstaatsanwalt",
        "Kofi Officer",
    ),
    "fr interpellez": (
        "fr",
        "Il avait écrit une lettre au ministre en 2030. Interpellez le procureur général, "
        "Kofi Officer, pour demander la libération de Kwame Testfield.",
        "Procureur général",
        "Kofi Officer",
    ),
    "es envía un correo electrónico al": (
        "es",
        "Había escrito una carta al ministro en 2030. Envía un correo electrónico al fiscal "
        "general, Kofi Officer, para pedir la liberación de Kwame Testfield.",
        "Fiscal general",
        "Kofi Officer",
    ),
}


@pytest.mark.parametrize("case", SENTENCES)
def test_a_request_to_write_in_a_sentence_names_the_target(case: str) -> None:
    language, text, title, name = SENTENCES[case]
    targets = _targets(record_of(f"{_BACKGROUND[language]}\n\n{text}", language))
    assert [(t.get("title"), t.get("name")) for t in targets] == [(title, name)]


# (language, a salutation printed in two languages, the salutation by language)
SALUTATIONS: dict[str, tuple[str, str, dict[str, str]]] = {
    "en/de": (
        "en",
        "Your Royal Highness / Eure Königliche Hoheit",
        {"en": "Your Royal Highness", "de": "Eure Königliche Hoheit"},
    ),
    "de/en": ("de", "Eure Majestät / Your Majesty", {"de": "Eure Majestät", "en": "Your Majesty"}),
    "fr/en": (
        "fr",
        "Votre Excellence / Your Excellency",
        {"fr": "Votre Excellence", "en": "Your Excellency"},
    ),
    "es/en": (
        "es",
        "Su Excelencia / Your Excellency",
        {"es": "Su Excelencia", "en": "Your Excellency"},
    ),
}


@pytest.mark.parametrize("case", SALUTATIONS)
def test_a_salutation_in_two_languages_is_told_apart(case: str) -> None:
    language, salutation, expected = SALUTATIONS[case]
    label = _SALUTATION_LABEL[language]
    text = f"{_BACKGROUND[language]}\n\n{_BLOCK[language]}{label}: {salutation}\n"
    targets = _targets(record_of(text, language))
    assert len(targets) == 1
    assert targets[0]["salutation"] == expected


# (language, a line asking for a copy to the embassy in the reader's own country)
OWN_EMBASSY: dict[str, tuple[str, str]] = {
    "en": ("en", "Also send a copy to the ambassador of Testland to your country."),
    "de": ("de", "Bitte auch an die diplomatische Vertretung von Testland in Ihrem Land."),
    "es": ("es", "Envíen también copia a los representantes diplomáticos de Testland en su país."),
}


@pytest.mark.parametrize("case", OWN_EMBASSY)
def test_a_copy_to_the_embassy_in_your_country_is_the_own_embassy(case: str) -> None:
    language, line = OWN_EMBASSY[case]
    text = f"{_BACKGROUND[language]}\n\n{_BLOCK[language]}\n{line}\n"
    record = record_of(text, language)
    assert [c.get("for") for c in _copies(record)] == ["own country's embassy"]
    assert [t.get("name") for t in _targets(record)] == ["Kofi Officer"]


def test_a_polite_request_to_write_introduces_the_addressees_in_french() -> None:
    text = (
        f"{_BACKGROUND['fr']}\n\nVeuillez écrire à :\n\nMinistre de l'Intérieur\nKofi Officer\n"
        "Ministère de l'Intérieur\n12 avenue de l'Essai\nTestville, Testland\n"
        "Courriel : ministre@interieur.example.org\n"
    )
    targets = _targets(record_of(text, "fr"))
    assert len(targets) == 1
    assert targets[0]["title"] == "Ministre de l'Intérieur"
    assert targets[0]["name"] == "Kofi Officer"
    assert targets[0]["organisation"] == "Ministère de l'Intérieur"


# (language, an addressee's block whose first line is a new office, its title)
OFFICE_BLOCKS: dict[str, tuple[str, str, str]] = {
    "en": (
        "en",
        "Write to:\n\nConsul-General of Testland\nTomas Probek\n9 Consulate Road\n"
        "Testville, Testland\nSalutation: Dear Consul-General\n",
        "Consul-General of Testland",
    ),
    "de": (
        "de",
        "Schreiben Sie an:\n\nGeneralkonsul von Testland\nTomas Probek\nKonsulatsweg 9\n"
        "Testville, Testland\nAnrede: Sehr geehrter Herr Generalkonsul\n",
        "Generalkonsul von Testland",
    ),
    "fr": (
        "fr",
        "Écrivez à :\n\nVice-ministre de la Justice\nTomas Probek\n9 rue du Consulat\n"
        "Testville, Testland\nFormule d'appel : Monsieur le Vice-ministre,\n",
        "Vice-ministre de la Justice",
    ),
    "es": (
        "es",
        "Escriban a:\n\nViceministro de Justicia\nTomas Probek\nCalle del Consulado 9\n"
        "Testville, Testland\nTratamiento: Señor Viceministro\n",
        "Viceministro de Justicia",
    ),
}


@pytest.mark.parametrize("case", OFFICE_BLOCKS)
def test_a_new_office_heads_the_block_as_its_title(case: str) -> None:
    language, block, title = OFFICE_BLOCKS[case]
    targets = _targets(record_of(f"{_BACKGROUND[language]}\n\n{block}", language))
    assert [(t.get("title"), t.get("name")) for t in targets] == [(title, "Tomas Probek")]


# (language, a text naming an official next to a person at risk, the persons at risk)
OFFICIALS: dict[str, tuple[str, str, set[str]]] = {
    "en": (
        "en",
        "Kwame Testfield, a teacher, was arrested on 2 May 2031. Consul Tomas Probek was told "
        "of the arrest on 3 May.",
        {"Kwame Testfield"},
    ),
    "de": (
        "de",
        "Der Lehrer Kwame Testfield wurde am 2. Mai 2031 festgenommen. Regierungssprecher "
        "Tomas Probek wurde am 3. Mai informiert.",
        {"Kwame Testfield"},
    ),
    "fr": (
        "fr",
        "Le professeur Kwame Testfield a été arrêté le 2 mai 2031. Le consul Tomas Probek a "
        "été informé le 3 mai.",
        {"Kwame Testfield"},
    ),
    # a role of a person at risk beside it ("la defensora") still names a person
    "es": (
        "es",
        "El profesor Kwame Testfield fue detenido el 2 de mayo de 2031. El viceministro Tomas "
        "Probek fue informado el 3 de mayo. Su colega, la defensora Ana Pruebas, también fue "
        "detenida.",
        {"Kwame Testfield", "Ana Pruebas"},
    ),
}


@pytest.mark.parametrize("case", OFFICIALS)
def test_a_name_after_a_new_office_is_an_official_not_a_person_at_risk(case: str) -> None:
    language, text, persons = OFFICIALS[case]
    assert _persons(record_of(text, language)) == persons
