"""Persons in lists and rolls of several names, as families, with made-up texts.

Every name, place and fact here is invented. A role given once before or after a list of
names belongs to each name, in every language the importer reads:

1. a plural apposition after a list's last name, between commas ("A, B and C, trade
   unionists from X, were arrested"): each name's role, not only the last one's;
2. a roll announced by a sentence ending in a colon, its plural next to the announcing word
   ("the following health workers:", "die folgenden Gewerkschafter:", "les militants
   suivants :", "los siguientes periodistas:"), in running text or one marked name after
   another; "the following people:" gives no role;
3. a plural role whose adjective follows it, before a list, in French and Spanish ("les
   militants écologistes A et B", "los líderes estudiantiles A y B"); a participle there is
   what happened to them ("los periodistas detenidos A y B"), no role; and a role's
   modifiers stop at an article joined with a preposition ("detuvo al periodista
   independiente X": not "detuvo al");
4. a printed roll's brace ("A (m) ]" / "B (m) ] aged between 15 and 17" / "C (m) ]", the
   Secretariat's older layout): what stands beside it is a note or role of each name;
5. a plural phrase that opens the sentence, with its complement up to an acronym in
   brackets, right before the list ("Members of the X Alliance (XA) A, B and C were ..."):
   each name's role;
6. another name inside the list ("A, known as B (“the nickname”), C, and D", "A, dit B,",
   "A, conocido como B,") keeps the list and its role whole.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text


def persons(text: str, language: str) -> list[dict[str, Any]]:
    return parse_text(text, language=language).record.get("persons") or []


def roles(text: str, language: str) -> dict[str, str | None]:
    return {p["name"]: p.get("role") for p in persons(text, language)}


NAMES = ["Tomas Ferreira", "Jomo Kariuki", "Nadia Haddad"]


# -- 1. a plural apposition after a list of names -----------------------------------------------

_AFTER_LIST = [
    (
        "URGENT ACTION\nCuba: unionists detained\n\n"
        "Tomas Ferreira, Jomo Kariuki and Nadia Haddad, trade unionists from Havana, were "
        "arrested on 3 March.\n\nWrite to the President calling for their release.\n",
        "en",
        "trade unionists from Havana",
    ),
    (
        "ACTION URGENTE\nCuba : des syndicalistes détenus\n\n"
        "Tomas Ferreira, Jomo Kariuki et Nadia Haddad, des syndicalistes de La Havane, ont été "
        "arrêtés le 3 mars.\n\nÉcrivez au président pour demander leur libération.\n",
        "fr",
        "syndicalistes de La Havane",
    ),
    (
        "ACCIÓN URGENTE\nCuba: sindicalistas detenidos\n\n"
        "Tomas Ferreira, Jomo Kariuki y Nadia Haddad, sindicalistas de La Habana, fueron "
        "detenidos el 3 de marzo.\n\nEscriban al presidente pidiendo su liberación.\n",
        "es",
        "sindicalistas de La Habana",
    ),
    (
        "EILAKTION\nKuba: Gewerkschafter in Haft\n\n"
        "Tomas Ferreira, Jomo Kariuki und Nadia Haddad, Gewerkschafter aus Havanna, wurden am "
        "3. März festgenommen.\n\nBitte schreiben Sie an den Präsidenten.\n",
        "de",
        "Gewerkschafter aus Havanna",
    ),
]


@pytest.mark.parametrize(("text", "language", "role"), _AFTER_LIST)
def test_an_apposition_after_a_list_is_each_names_role(text: str, language: str, role: str) -> None:
    found = roles(text, language)
    assert set(NAMES) <= set(found)
    for name in NAMES:
        assert found[name] == role, name

    # what happened to them, between commas after the list, is no role
    found = roles(
        "URGENT ACTION\nCuba: detained\n\n"
        "Tomas Ferreira, Jomo Kariuki and Nadia Haddad, arrested in Havana on 3 March, are "
        "held without charge.\n\nWrite to the President calling for their release.\n",
        "en",
    )
    assert all(found.get(name) is None for name in NAMES)


# -- 2. a roll announced by a sentence ending in a colon -----------------------------------------

_ANNOUNCED = [
    (
        "URGENT ACTION\nCuba: unionists detained\n\n"
        "The following trade unionists were detained on 3 March: Tomas Ferreira, Jomo "
        "Kariuki and Nadia Haddad.\n\nWrite to the President calling for their release.\n",
        "en",
        "trade unionists",
    ),
    (
        "EILAKTION\nKuba: Gewerkschafter in Haft\n\n"
        "Am 3. März wurden die folgenden Gewerkschafter festgenommen: Tomas Ferreira, Jomo "
        "Kariuki und Nadia Haddad.\n\nBitte schreiben Sie an den Präsidenten.\n",
        "de",
        "Gewerkschafter",
    ),
    (
        "ACTION URGENTE\nCuba : militants détenus\n\n"
        "Les militants écologistes suivants ont été arrêtés le 3 mars : Tomas Ferreira, Jomo "
        "Kariuki et Nadia Haddad.\n\nÉcrivez au président pour demander leur libération.\n",
        "fr",
        "militants écologistes",
    ),
    (
        "ACCIÓN URGENTE\nCuba: periodistas detenidos\n\n"
        "Los siguientes periodistas fueron detenidos el 3 de marzo: Tomas Ferreira, Jomo "
        "Kariuki y Nadia Haddad.\n\nEscriban al presidente pidiendo su liberación.\n",
        "es",
        "periodistas",
    ),
]


@pytest.mark.parametrize(("text", "language", "role"), _ANNOUNCED)
def test_an_announced_list_shares_the_announcing_plural(
    text: str, language: str, role: str
) -> None:
    found = roles(text, language)
    assert set(NAMES) <= set(found)
    for name in NAMES:
        assert found[name] == role, name


_ANNOUNCED_ROLLS = [
    (
        "Dear Minister,\n\nI am writing about the following nurses and trade unionists, "
        "whose trial opens on 9 May:\n\n"
        "Tomas Ferreira (m) Nadia Haddad (f)\nBilal Nasser (m) Pavel Orlov (m)\n\n"
        "I urge you to release them.\n",
        "en",
        "nurses and trade unionists",
    ),
    (
        "Señor Ministro:\n\nMe preocupa la situación de los siguientes sindicalistas, cuyo "
        "juicio empieza el 9 de mayo:\n\n"
        "Tomas Ferreira (h) Nadia Haddad (m)\nBilal Nasser (h) Pavel Orlov (h)\n\n"
        "Le pido que los ponga en libertad.\n",
        "es",
        "sindicalistas",
    ),
]


@pytest.mark.parametrize(("text", "language", "role"), _ANNOUNCED_ROLLS)
def test_a_marked_roll_shares_the_announcing_plural(text: str, language: str, role: str) -> None:
    found = persons(text, language)
    assert [p["name"] for p in found] == [
        "Tomas Ferreira",
        "Nadia Haddad",
        "Bilal Nasser",
        "Pavel Orlov",
    ]
    assert {p.get("role") for p in found} == {role}
    assert [p["gender"] for p in found] == ["male", "female", "male", "male"]

    # "the following people:" says only who they are
    found = roles(
        "URGENT ACTION\nCuba: detained\n\n"
        "The following people were detained on 3 March: Tomas Ferreira, Jomo Kariuki and "
        "Nadia Haddad.\n\nWrite to the President calling for their release.\n",
        "en",
    )
    assert set(NAMES) <= set(found)
    assert all(found[name] is None for name in NAMES)


# -- 3. a plural role with its adjective after it, before a list (French, Spanish) --------------

_ADJECTIVE_AFTER = [
    (
        "ACTION URGENTE\nCuba : militants détenus\n\n"
        "La police a arrêté les militants écologistes Tomas Ferreira et Jomo Kariuki le 3 mars "
        "à La Havane.\n\nÉcrivez au président pour demander leur libération.\n",
        "fr",
        "militants écologistes",
    ),
    (
        "ACCIÓN URGENTE\nCuba: estudiantes detenidos\n\n"
        "La policía detuvo a los líderes estudiantiles Tomas Ferreira y Jomo Kariuki el 3 de "
        "marzo en La Habana.\n\nEscriban al presidente pidiendo su liberación.\n",
        "es",
        "líderes estudiantiles",
    ),
]


@pytest.mark.parametrize(("text", "language", "role"), _ADJECTIVE_AFTER)
def test_a_plural_role_and_its_adjective_before_a_list(text: str, language: str, role: str) -> None:
    found = roles(text, language)
    for name in NAMES[:2]:
        assert found.get(name) == role, name

    # a participle after the plural says what happened to them, no role
    found = roles(
        "ACCIÓN URGENTE\nCuba: detenidos\n\n"
        "Se desconoce el paradero de los periodistas detenidos Tomas Ferreira y Jomo Kariuki "
        "desde el 3 de marzo.\n\nEscriban al presidente pidiendo su liberación.\n",
        "es",
    )
    assert "periodistas detenidos" not in {found.get(name) for name in NAMES[:2]}


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        (
            "ACCIÓN URGENTE\nCuba: periodista detenido\n\n"
            "La policía detuvo al periodista independiente Tomas Ferreira el 3 de marzo.\n\n"
            "Escriban al presidente pidiendo su liberación.\n",
            "es",
            "periodista independiente",
        ),
        (
            "ACCIÓN URGENTE\nCuba: periodista acusado\n\n"
            "La fiscalía acusó del delito al periodista independiente Tomas Ferreira el 3 de "
            "marzo.\n\nEscriban al presidente pidiendo su liberación.\n",
            "es",
            "periodista independiente",
        ),
    ],
)
def test_a_roles_modifiers_stop_at_a_contracted_article(
    text: str, language: str, role: str
) -> None:
    (person,) = persons(text, language)
    assert person["name"] == "Tomas Ferreira"
    assert person.get("role") == role
    assert person["gender"] != "female"  # "La policía" is not the person


# -- 4. a printed roll's brace: what stands beside it is said of every name it joins -----------

_BRACED = [
    (
        "UA 41/09 Incommunicado detention / Fear of torture\n\n"
        "KAZAKHSTAN Tomas Ferreira (m) ]\n\nBilal Nasser (m) ] aged between 15 and 17\n\n"
        "Pavel Orlov (m) ]\n\nThe three boys were arrested on 2 May 2009.\n\n"
        "RECOMMENDED ACTION: Please send appeals to arrive as quickly as possible.\n",
        "en",
        "aged between 15 and 17",
        None,
    ),
    (
        "AU 41/09 Detención en régimen de incomunicación\n\n"
        "KAZAJISTÁN Tomas Ferreira (h) ]\n\nBilal Nasser (h) ] de entre 15 y 17\n\n"
        "Pavel Orlov (h) ]\n\nLos tres menores fueron detenidos el 2 de mayo de 2009.\n\n"
        "ACCIÓN RECOMENDADA: Envíen llamamientos lo antes posible.\n",
        "es",
        "de entre 15 y 17",
        None,
    ),
    (
        "AU 41/09 Détention au secret\n\n"
        "KAZAKHSTAN Tomas Ferreira (h) ]\n\nBilal Nasser (h) ] syndicalistes\n\n"
        "Pavel Orlov (h) ]\n\nLes trois hommes ont été arrêtés le 2 mai 2009.\n\n"
        "ACTION RECOMMANDÉE : Veuillez envoyer des appels.\n",
        "fr",
        None,
        "syndicalistes",
    ),
]


@pytest.mark.parametrize(("text", "language", "note", "role"), _BRACED)
def test_a_brace_in_a_roll_speaks_of_each_name(
    text: str, language: str, note: str | None, role: str | None
) -> None:
    found = persons(text, language)
    assert [p["name"] for p in found] == ["Tomas Ferreira", "Bilal Nasser", "Pavel Orlov"]
    assert [p["gender"] for p in found] == ["male"] * 3
    assert [p.get("note") for p in found] == [note] * 3
    assert [p.get("role") for p in found] == [role] * 3


# -- 5. a plural phrase opening the sentence, up to an acronym, right before the list ----------

_OPENING = [
    (
        "URGENT ACTION\nCuba: farmers detained\n\n"
        "Members of the Farmers' Alliance (FA) Tomas Ferreira, Jomo Kariuki and Nadia Haddad "
        "were arrested on 3 March in Havana.\n\nWrite to the President calling for their "
        "release.\n",
        "en",
        "Members of the Farmers' Alliance (FA)",
    ),
    (
        "ACTION URGENTE\nCuba : militants détenus\n\n"
        "Militants du Mouvement citoyen (MC) Tomas Ferreira, Jomo Kariuki et Nadia Haddad ont "
        "été arrêtés le 3 mars à La Havane.\n\nÉcrivez au président.\n",
        "fr",
        "Militants du Mouvement citoyen (MC)",
    ),
    (
        "ACCIÓN URGENTE\nCuba: activistas detenidos\n\n"
        "Activistas del Frente Campesino (FC) Tomas Ferreira, Jomo Kariuki y Nadia Haddad "
        "fueron detenidos el 3 de marzo en La Habana.\n\nEscriban al presidente.\n",
        "es",
        "Activistas del Frente Campesino (FC)",
    ),
    (
        "EILAKTION\nKuba: Aktivist*innen in Haft\n\n"
        "Aktivist*innen der Bewegung Freie Stimmen (FS) Tomas Ferreira, Jomo Kariuki und Nadia "
        "Haddad wurden am 3. März in Havanna festgenommen.\n\nBitte schreiben Sie an den "
        "Präsidenten.\n",
        "de",
        "Aktivist*innen der Bewegung Freie Stimmen (FS)",
    ),
]


@pytest.mark.parametrize(("text", "language", "role"), _OPENING)
def test_a_plural_phrase_opening_the_sentence_is_each_names_role(
    text: str, language: str, role: str
) -> None:
    found = roles(text, language)
    assert set(NAMES) <= set(found)
    for name in NAMES:
        assert found[name] == role, name


# -- 6. another name inside a list does not break it ---------------------------------------------

_ALIAS_IN_LIST = [
    (
        "URGENT ACTION\nCuba: bloggers sentenced\n\n"
        "On 4 May, a court in Havana sentenced bloggers Tomas Ferreira, known as Papa Bolo (“the "
        "ball”), Nadia Haddad, and Pavel Orlov to prison for “propaganda”.\n\n"
        "Write to the President calling for their release.\n",
        "en",
        "blogger",
    ),
    (
        "ACTION URGENTE\nCuba : blogueurs condamnés\n\n"
        "Le 4 mai, un tribunal de La Havane a condamné les blogueurs Tomas Ferreira, dit Bolo, "
        "Nadia Haddad et Pavel Orlov à des peines de prison.\n\nÉcrivez au président.\n",
        "fr",
        "blogueur",
    ),
    (
        "ACCIÓN URGENTE\nCuba: blogueros condenados\n\n"
        "El 4 de mayo, un tribunal de La Habana condenó a los blogueros Tomas Ferreira, "
        "conocido como Bolo, Nadia Haddad y Pavel Orlov a penas de prisión.\n\n"
        "Escriban al presidente.\n",
        "es",
        "bloguero",
    ),
]


@pytest.mark.parametrize(("text", "language", "role"), _ALIAS_IN_LIST)
def test_another_name_inside_a_list_keeps_the_list(text: str, language: str, role: str) -> None:
    found = roles(text, language)
    assert {"Tomas Ferreira", "Nadia Haddad", "Pavel Orlov"} <= set(found)
    for name in ("Tomas Ferreira", "Nadia Haddad", "Pavel Orlov"):
        assert found[name] == role, name
