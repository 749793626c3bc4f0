"""Attributes of the persons the importer finds (tenth session): a killing or an execution
said in words the tables did not hold ("fue asesinado", "ont été passés par les armes", "les
autorités ont exécuté un jeune manifestant, X"), and the gender a text gives by grammar or
by a plural noun for the named persons.

Every name, place and fact here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def parsed(text: str, language: str) -> tuple[dict[str, dict[str, Any]], Any]:
    """Return the persons by name and the draft."""
    draft = parse_text(text, language=language)
    persons = draft.record.get("persons", [])
    return {str(p["name"]): p for p in persons}, draft


def index(draft: Any, name: str) -> int:
    return [str(p["name"]) for p in draft.record["persons"]].index(name)


# -- 1. a killing: the person is dead -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "ACCIÓN URGENTE\nHonduras: asesinato de un defensor\nTeodoro Villalba, hermano "
            "del líder comunitario Ramiro Villalba, fue asesinado en la aldea de Río Frío el 3 "
            "de mayo de 2031. Pedimos a las autoridades que investiguen.\n",
            "es",
            "Teodoro Villalba",
        ),
        (
            "ACTION URGENTE\nLe militant Gaspard Moulinet a été assassiné le 4 mars 2031 "
            "devant son domicile. Nous demandons une enquête.\n",
            "fr",
            "Gaspard Moulinet",
        ),
        (
            "URGENT ACTION\nThe land rights activist Obadiah Mwenge was murdered on 9 June "
            "2031 near his farm. Call for an investigation.\n",
            "en",
            "Obadiah Mwenge",
        ),
        (
            "URGENT ACTION\nDer Umweltaktivist Jaroslav Petrenko wurde am 2. Mai 2031 in "
            "seinem Dorf ermordet. Fordern Sie eine Untersuchung.\n",
            "de",
            "Jaroslav Petrenko",
        ),
    ],
)
def test_a_killing_makes_the_person_dead(text: str, language: str, name: str) -> None:
    found, _draft = parsed(text, language)
    assert found[name]["status"]["state"] == "dead"


def test_a_killing_said_of_another_is_no_status() -> None:
    found, _draft = parsed(
        "ACCIÓN URGENTE\nLa defensora Lucía Bermejo recibe amenazas desde que denunció el "
        "asesinato de su colega en 2030. Pedimos protección para Lucía Bermejo.\n",
        "es",
    )
    assert "status" not in found["Lucía Bermejo"]


# -- 2. an execution in French: passive idioms and the authorities' active verb --------------


def test_passes_par_les_armes_is_an_execution() -> None:
    found, _draft = parsed(
        "ACTION URGENTE\nDeux hommes fusillés\nLe 12 juin 2031, Karim Belhadj et Samir "
        "Ouazzani ont été passés par les armes à la prison centrale.\n",
        "fr",
    )
    assert found["Karim Belhadj"]["status"]["state"] == "executed"
    assert found["Samir Ouazzani"]["status"]["state"] == "executed"


def test_the_authorities_executed_a_young_protester_named_after() -> None:
    found, draft = parsed(
        "ACTION URGENTE\nLe 3 octobre, les autorités iraniennes ont exécuté un jeune manifestant, "
        "Dariush Kamali, après un procès inéquitable.\n",
        "fr",
    )
    assert found["Dariush Kamali"]["status"]["state"] == "executed"
    assert draft.todo_for(("persons", index(draft, "Dariush Kamali"), "status"))


def test_a_killing_of_a_relative_is_not_the_persons() -> None:
    found, _draft = parsed(
        "ACCIÓN URGENTE\nEl esposo de Marisol Quintero, Anselmo Ruiz, fue hallado muerto en "
        "su casa en 2030. Marisol Quintero fue detenida y condenada a muerte.\n",
        "es",
    )
    assert "status" not in found["Marisol Quintero"]
    assert found["Anselmo Ruiz"]["status"]["state"] == "dead"


# -- 3. a count's state said of others in the same sentence ---------------------------------


def test_a_release_of_others_counted_apart_is_not_the_named() -> None:
    found, _draft = parsed(
        "ACTION URGENTE\nTrois militants, tenants d'une réforme, sont maintenus en détention, "
        "tandis que 8 autres ont été relâchés sous condition. Les trois hommes sont Faisal "
        "Harbi, Nabil Zaidan et Tariq Mansour.\n",
        "fr",
    )
    for name in ("Faisal Harbi", "Nabil Zaidan", "Tariq Mansour"):
        assert "status" not in found[name]


# -- 4. gender from a participle: a sentence opened by an adverbial phrase, a copula -----------


@pytest.mark.parametrize(
    ("text", "language", "name", "gender"),
    [
        (
            "ACCIÓN URGENTE\nEl 2 de marzo, volvió a ser arrestado Ilyas Haddad, manifestante "
            "que ya había pasado un año en espera de juicio. Tras quedar en libertad en 2030, "
            "fue declarado culpable de cargos falsos.\n",
            "es",
            "Ilyas Haddad",
            "male",
        ),
        (
            "ACCIÓN URGENTE\nPreocupa la salud de Noor Siddiqui, estudiante de derecho. Se "
            "halla recluida en la prisión de Qanater sin atención médica.\n",
            "es",
            "Noor Siddiqui",
            "female",
        ),
    ],
)
def test_a_participle_after_an_opening_phrase_gives_the_gender(
    text: str, language: str, name: str, gender: str
) -> None:
    found, _draft = parsed(text, language)
    assert found[name]["gender"] == gender


# -- 5. a marker after another name in brackets: every name of the line keeps its gender ------


def test_markers_after_nicknames_in_brackets() -> None:
    found, _draft = parsed(
        "URGENT ACTION\nYOUTH ACTIVISTS CONDITIONALLY RELEASED\nJoaquim Example Neto (m), "
        "Pedro Mbala (Zito Kanda) (m), Rui Sampaio (Kota Lemba) (m), Celso Ferraz (m)\n"
        "The activists were released on 29 June pending appeal.\n",
        "en",
    )
    assert found["Pedro Mbala"]["gender"] == "male"
    assert found["Rui Sampaio"]["gender"] == "male"
    assert found["Rui Sampaio"]["other_names"] == ["Kota Lemba"]


# -- 6. "A and B, both members of X": the role is theirs, not the other names' ----------------


def test_both_members_of_is_said_of_the_names_before_it() -> None:
    found, _draft = parsed(
        "URGENT ACTION\nFEAR OF TORTURE\nThree young men were arrested in Baucau on 3 May "
        "2031. Those arrested are Tomas Belo and Ilidio Soares, both members of the Popular "
        "Student Front (PSF). Agostinho Mendes was arrested the next day in Viqueque.\n",
        "en",
    )
    assert found["Tomas Belo"]["role"] == "member of the Popular Student Front (PSF)"
    assert found["Ilidio Soares"]["role"] == "member of the Popular Student Front (PSF)"
    assert "role" not in found["Agostinho Mendes"]


def test_together_with_others_is_no_role() -> None:
    found, _draft = parsed(
        "URGENT ACTION\nFEAR OF TORTURE\nMarta Okello and Grace Achieng, together "
        "with 12 other activists, were arrested on 4 May 2031 after police broke up a march.\n",
        "en",
    )
    assert "role" not in found["Grace Achieng"]


# -- 7. a state in brackets after a name in a roll: "(released on bail)" ----------------------


def test_a_state_in_brackets_after_a_name() -> None:
    found, _draft = parsed(
        "Further information on UA 12/31 - Fear of torture\n"
        "FREEDONIA: Jonas Mbeki, 71, former Prime Minister (released on bail)\n"
        "Peter Ndlovu, lawyer and editor of a law journal\n"
        "Following the arrest of Jonas Mbeki and others on 4 May, at least three other "
        "activists were arrested as they tried to attend a rally.\n",
        "en",
    )
    assert found["Jonas Mbeki"]["status"] == {"state": "released", "note": "released on bail"}
    assert "status" not in found["Peter Ndlovu"]


# -- 8. a plural for men or women after a preposition inside a sentence -----------------------


@pytest.mark.parametrize(
    ("text", "language", "gender"),
    [
        (
            "URGENT ACTION\nHUNGER STRIKE IN PRISON\nActivists Mina Karimi and Parvin Azadi "
            "were moved to Qarchak prison on 3 May 2031. According to the women, guards "
            "insulted them.\n",
            "en",
            "female",
        ),
        (
            "URGENT ACTION\nAktivisten in Haft\nOrkhan Aliyev und Ramil Mammadov wurden im Mai "
            "2031 festgenommen. Die gegen die Männer erhobenen Vorwürfe lauten auf Rowdytum.\n",
            "de",
            "male",
        ),
    ],
)
def test_a_plural_after_a_preposition_gives_the_gender(
    text: str, language: str, gender: str
) -> None:
    found, draft = parsed(text, language)
    assert len(found) == 2
    for name, person in found.items():
        assert person["gender"] == gender
        assert draft.todo_for(("persons", index(draft, name), "gender"))  # weak: marked


# -- 9. a state set against the person by a contrast --------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "URGENT ACTION\nFEAR OF ILL-TREATMENT\nTwelve activists were arrested on 3 May "
            "2031. Eight of the activists were released without charge, while Ruth Moyo was "
            "denied bail and remanded in custody.\n",
            "en",
            "Ruth Moyo",
        ),
        (
            "ACTION URGENTE\nCRAINTE DE TORTURE\nLa syndicaliste Amina Diallo a été maintenue en "
            "détention, tandis que ses collègues ont été libérés le 4 mai 2031.\n",
            "fr",
            "Amina Diallo",
        ),
    ],
)
def test_a_state_set_against_the_person_is_not_theirs(text: str, language: str, name: str) -> None:
    found, _draft = parsed(text, language)
    assert "status" not in found[name]
