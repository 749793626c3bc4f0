"""Attributes of the persons the importer finds, part 2 (ninth session): a release given by
its noun ("despite her release", "malgré sa libération", "ont bénéficié d'une libération"),
and the date of a release a count sentence gives in the sentence after it.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def parsed(text: str, language: str) -> tuple[dict[str, dict[str, Any]], list[str | None]]:
    """Return the persons by name and, by name, the review task on each one's status."""
    draft = parse_text(text, language=language)
    persons = draft.record.get("persons", [])
    found = {str(p["name"]): p for p in persons}
    tasks = [draft.todo_for(("persons", n, "status")) for n in range(len(persons))]
    return found, tasks


# -- 1. a release given by its noun: the person is released (marked for review) ---------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "URGENT ACTION\nLawyer Miriam Castellanos is on trial for her work. Despite her "
            "release on 2 March 2031, Miriam Castellanos still faces charges of sedition.\n",
            "en",
            "Miriam Castellanos",
        ),
        (
            "ACTION URGENTE\nNous sommes préoccupés par les poursuites contre le syndicaliste "
            "Rodrigo Pellegrini. Malgré sa libération, il reste inculpé pour avoir manifesté.\n",
            "fr",
            "Rodrigo Pellegrini",
        ),
        (
            "ACTION URGENTE\nGrâce à votre soutien, Nadia Ferhat et Omar Belkadi ont bénéficié "
            "d'une libération conditionnelle. Ils restent poursuivis.\n",
            "fr",
            "Omar Belkadi",
        ),
        (
            "URGENT ACTION\nDer Journalist Tomasz Wielicki wird weiter verfolgt. Trotz seiner "
            "Freilassung muss Tomasz Wielicki sich täglich bei der Polizei melden.\n",
            "de",
            "Tomasz Wielicki",
        ),
        (
            "ACCIÓN URGENTE\nEl defensor Julián Arboleda sigue procesado. A pesar de su "
            "liberación, Julián Arboleda debe presentarse cada semana ante un juez.\n",
            "es",
            "Julián Arboleda",
        ),
    ],
)
def test_a_release_given_by_its_noun(text: str, language: str, name: str) -> None:
    found, tasks = parsed(text, language)
    assert found[name]["status"]["state"] == "released"
    assert tasks[list(found).index(name)]  # weak: marked for review


def test_a_release_noun_elsewhere_is_no_status() -> None:
    # a demand for the release, and a noun after a sentence that names two persons
    found, _ = parsed(
        "URGENT ACTION\nPlease call for the release of Lena Vogt. Lena Vogt and Ahmed Sari "
        "were arrested. Since her release, she has been harassed.\n",
        "en",
    )
    assert all("status" not in person for person in found.values())


# -- 2. the date of a release a count sentence gives in the sentence after it ----------------


@pytest.mark.parametrize(
    ("text", "language", "date_text"),
    [
        (
            "ACCIÓN URGENTE\nTres estudiantes, todos ellos miembros de un colectivo de Bolivia, "
            "han sido liberados. Tras permanecer detenidos desde el 3 de mayo, los tres "
            "estudiantes fueron liberados el 21 de mayo en La Paz.\nNombres: Rosa Quispe, "
            "Mateo Condori, Lucía Mamani.\n",
            "es",
            "21 de mayo",
        ),
        (
            "URGENT ACTION\nThree students, all members of a youth movement in Kenya, have "
            "been released. After weeks in detention, the three students were released on "
            "21 May.\nNames: Grace Wanjiru, Peter Otieno, Mercy Achieng.\n",
            "en",
            "21 May",
        ),
    ],
)
def test_a_count_sentence_dated_in_the_next(text: str, language: str, date_text: str) -> None:
    found, _ = parsed(text, language)
    assert len(found) == 3
    for person in found.values():
        assert person["status"]["state"] == "released"
        assert person["status"].get("date_text") == date_text


# -- 3. a role with a complement of speciality before the name (French, Spanish) -------------


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "ACTION URGENTE\nNous craignons pour l’avocate spécialiste du droit du travail "
            "Inès Marchetti, arrêtée à Tunis.\n",
            "fr",
            "Inès Marchetti",
            "avocate spécialiste du droit du travail",
        ),
        (
            "ACTION URGENTE\nLes poursuites contre le journaliste spécialisé dans les questions "
            "foncières Koffi Mensah doivent cesser.\n",
            "fr",
            "Koffi Mensah",
            "journaliste spécialisé dans les questions foncières",
        ),
        (
            "ACCIÓN URGENTE\nLa periodista experta en medio ambiente Valeria Ríos fue detenida "
            "en Quito.\n",
            "es",
            "Valeria Ríos",
            "periodista experta en medio ambiente",
        ),
    ],
)
def test_a_role_with_its_speciality_before_the_name(
    text: str, language: str, name: str, role: str
) -> None:
    found, _ = parsed(text, language)
    assert found[name]["role"] == role


# -- 4. a preposition is no part of a role before the name -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name", "role"),
    [
        (
            "URGENT ACTION\nWe are deeply concerned about trade unionist Piotr Zielinski, "
            "who was detained in Minsk.\n",
            "en",
            "Piotr Zielinski",
            "trade unionist",
        ),
        (
            "URGENT ACTION\nThe charges against environmental activist Amara Diallo must be "
            "dropped.\n",
            "en",
            "Amara Diallo",
            "environmental activist",
        ),
    ],
)
def test_a_preposition_opens_no_role(text: str, language: str, name: str, role: str) -> None:
    found, _ = parsed(text, language)
    assert found[name].get("role") == role


# -- 5. a release dated by its month and year: the partial date, as the corpus writes it -------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "URGENT ACTION\nTrade unionist Omar Haddad was released in May 2031 after two "
            "years in prison.\n",
            "en",
        ),
        ("URGENT ACTION\nDer Gewerkschafter Omar Haddad wurde im Mai 2031 freigelassen.\n", "de"),
        ("ACTION URGENTE\nLe syndicaliste Omar Haddad a été libéré en mai 2031.\n", "fr"),
    ],
)
def test_a_release_in_a_month_of_a_year(text: str, language: str) -> None:
    found, _ = parsed(text, language)
    assert found["Omar Haddad"]["status"] == {"state": "released", "date": "2031-05"}
