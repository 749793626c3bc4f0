"""Updates on pages the rules had not seen (tenth session).

Every name, number and fact here is invented. Each test is a family of misses on unseen
pages: a site's closing label with a short remark after it ("Esta acción ha finalizado.
Hemos sido 2.315 firmantes") is the closure even when the page tells a release elsewhere, and
a notice set apart between banner marks ("+++ Update …: … +++", "*** … ***") is kept whole.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text


def _updates(text: str, language: str) -> list[dict]:
    return list(parse_text(text, language=language).record.get("updates") or [])


# -- 1. a site's closing label with a short remark after it -------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "notice"),
    [
        (
            "Zembla: libertad para los sindicalistas\n\n¡Gracias!\n\n"
            "Esta acción ha finalizado. Hemos sido 12.408 firmantes\n\n"
            "Tres de los sindicalistas detenidos en Zembla fueron puestos en libertad bajo "
            "fianza. El juicio contra los demás continúa.\n",
            "es",
            "Esta acción ha finalizado. Hemos sido 12.408 firmantes",
        ),
        (
            "Zembla: Freiheit für Gewerkschafter\n\n"
            "Diese Aktion ist beendet. Danke für 3.120 Unterschriften!\n\n"
            "Der Gewerkschafter Arno Velt wurde am 3. Mai 2021 freigelassen.\n",
            "de",
            "Diese Aktion ist beendet. Danke für 3.120 Unterschriften!",
        ),
    ],
)
def test_closing_label_with_a_short_remark_is_the_closure(
    text: str, language: str, notice: str
) -> None:
    updates = _updates(text, language)
    closed = [u for u in updates if u["kind"] == "closed"]
    assert closed and closed[0]["text"] == notice


def test_closing_notice_that_thanks_the_senders_keeps_the_news() -> None:
    """The Secretariat's formula with its thanks is the notice's prose: the news says what
    ended the action."""
    text = (
        "Further information on UA 41/05 - Zembla: journalist released\n\n"
        "Mara Ostin was released on 2 June 2005 after three weeks in custody.\n\n"
        "No further action is requested. Many thanks to all who sent appeals.\n"
    )
    updates = _updates(text, "en")
    closed = [u for u in updates if u["kind"] == "closed"]
    assert closed and closed[0]["text"].startswith("Mara Ostin was released")


# -- 2. a notice between banner marks is kept whole ----------------------------------------------


def test_dated_banner_between_marks_keeps_all_its_sentences() -> None:
    text = (
        "Zembla: Drohende Hinrichtung\n\n"
        "+++ Update 4. März 2024: Wir haben erfahren, dass Jon Verel verlegt wurde. Seine "
        "Familie weiß nicht, wo er ist. Bitte schreibt weiter! +++\n\n"
        "Jon Verel droht in Zembla die Hinrichtung. Er wurde im Jahr 2022 festgenommen.\n"
    )
    updates = _updates(text, "de")
    notice = next(u for u in updates if u.get("date") == "2024-03-04")
    assert notice["text"] == (
        "Wir haben erfahren, dass Jon Verel verlegt wurde. Seine Familie weiß nicht, wo er "
        "ist. Bitte schreibt weiter!"
    )


def test_closing_notice_between_marks_is_the_closure_whole() -> None:
    text = (
        "Zembla: Bloggerin in Haft\n\n"
        "*** Gute Neuigkeiten: Lia Brask wurde am 2. Mai 2021 freigelassen und darf das Land "
        "verlassen. Weitere Appelle sind daher nicht nötig. ***\n\n"
        "Die Bloggerin Lia Brask wurde im Jahr 2019 festgenommen.\n"
    )
    draft = parse_text(text, language="de")
    assert draft.record.get("status") == "closed"
    closed = [u for u in draft.record.get("updates") or [] if u["kind"] == "closed"]
    assert closed and closed[0]["text"] == (
        "Gute Neuigkeiten: Lia Brask wurde am 2. Mai 2021 freigelassen und darf das Land "
        "verlassen. Weitere Appelle sind daher nicht nötig."
    )
