"""Addressees the importer never found as items, each family on made-up pages (eighth session).

Every name, office holder and fact here is invented. Each family is a layout of the target
list or copies seen on development pages and read in general, in all four languages: the
office named inside the request itself, with no list of targets ("fordert den X auf",
"pétition au ministre de la Justice", "pidiendo al presidente de X que"), ...
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text

STORY = {
    "en": (
        "URGENT ACTION\nTEACHER DETAINED FOR PEACEFUL PROTEST\n\n"
        "Teacher Amina Example was arrested on 3 May 2031 after she spoke at a peaceful "
        "protest. She is held incommunicado and her family fears for her safety.\n\n"
    ),
    "de": (
        "URGENT ACTION\nLEHRERIN INHAFTIERT\n\n"
        "Die Lehrerin Amina Example wurde am 3. Mai 2031 nach einer friedlichen Kundgebung "
        "festgenommen. Sie wird ohne Kontakt zur Außenwelt festgehalten.\n\n"
    ),
    "fr": (
        "ACTION URGENTE\nUNE ENSEIGNANTE DÉTENUE\n\n"
        "L'enseignante Amina Example a été arrêtée le 3 mai 2031 après une manifestation "
        "pacifique. Elle est détenue au secret et sa famille craint pour sa sécurité.\n\n"
    ),
    "es": (
        "ACCIÓN URGENTE\nDOCENTE DETENIDA\n\n"
        "La docente Amina Example fue detenida el 3 de mayo de 2031 tras una protesta "
        "pacífica. Está recluida en régimen de incomunicación y su familia teme por ella.\n\n"
    ),
}


def targets(text: str) -> list[dict[str, Any]]:
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    return list(draft.record.get("targets") or [])


def marked(text: str) -> bool:
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    return any(path[:1] == ("targets",) for path in draft.todos)


# -- 1. The office named inside the request, no list of targets ----------------------------


@pytest.mark.parametrize(
    ("language", "asked", "expected"),
    [
        (
            "de",
            "Beteiligt euch und fordert den kenianischen Generalstaatsanwalt und den "
            "kenianischen Innenminister auf, alle Anklagen fallen zu lassen.",
            [{"title": "Generalstaatsanwalt"}, {"title": "Innenminister"}],
        ),
        (
            "de",
            "Bitte schreiben Sie einen höflichen Brief auf Englisch, Suaheli oder Deutsch an den\n"
            "Justizminister und bitten Sie ihn, Amina Example freizulassen.",
            [{"title": "Justizminister"}],
        ),
        (
            "fr",
            "Signez notre pétition à la ministre de l'Intérieur du Kenya",
            [{"title": "ministre de l'Intérieur du Kenya", "country": "KE"}],
        ),
        (
            "fr",
            "Merci de bien vouloir écrire une lettre polie en anglais ou en français au "
            "président Daniel Exemplaire :",
            [{"title": "président", "name": "Daniel Exemplaire"}],
        ),
        (
            "fr",
            "Pétition à l'attention du Roi et Premier ministre du Maroc, Hassan bin Abdel "
            "Al Exemple",
            [{"title": "Roi et Premier ministre du Maroc", "name": "Hassan bin Abdel Al Exemple"}],
        ),
        (
            "es",
            "Escriban inmediatamente:\n- pidiendo al fiscal general de Guatemala que libere a "
            "Amina Example;",
            [{"title": "fiscal general de Guatemala", "country": "GT"}],
        ),
        (
            "en",
            "Please join us in calling on the Minister of Interior of Kenya to release her.",
            [{"title": "Minister of Interior of Kenya", "country": "KE"}],
        ),
    ],
)
def test_an_office_named_inside_the_request_is_the_target(
    language: str, asked: str, expected: list[dict[str, str]]
) -> None:
    text = STORY[language] + asked + "\n"
    found = targets(text)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        for key, value in want.items():
            assert str(got.get(key, "")).lower() == value.lower(), (key, got)
    assert marked(text)


def test_the_holder_named_elsewhere_in_the_text_is_taken_marked() -> None:
    text = (
        STORY["es"] + "La presidenta Rosa Ejemplo anunció una reforma.\n\n"
        "Firmen la petición a la presidenta de Honduras para que libere a Amina Example.\n"
    )
    draft = parse_text(text, url="https://example.org/ua", name="made-up")
    found = draft.record.get("targets") or []
    assert found and found[0].get("name") == "Rosa Ejemplo"
    assert ("targets", 0, "name") in draft.todos


@pytest.mark.parametrize(
    "text",
    [
        # a background sentence: an open letter someone else wrote
        STORY["en"] + "In an open letter to the President, her husband asked for news.\n",
        # an article before no office ("à la première audience")
        STORY["fr"] + "Écrivez-nous : elle a été présentée à la première audience.\n",
    ],
)
def test_no_office_no_request_no_target(text: str) -> None:
    assert targets(text) == []
