"""Targets and copies the importer missed or misread on unseen pages (thirteenth session), each
family with made-up texts.

Every name, address and number here is invented. The families:

1. a closed page whose request to write is followed by the closing notice and the "Additional
   information" heading, no address below it: no target is read from them;
2. an embassy a sentence gives an email for ("Vous pouvez également envoyer un email à
   l'ambassade de X à Bruxelles : x@y"): the section's copy, in the section's country, marked;
   "copiez-collez ... et envoyez-le au Procureur général": the office is the target;
3. a block run together on one line, the holder's name and the office after a comma ("X Y Z,
   Prime Minister of W") and a street whose name comes before its word ("Harbour Road").
"""

from __future__ import annotations

from typing import Any

from ualetters.importer import parse_text
from ualetters.importer.blocks import _run_together
from ualetters.importer.markers import TABLES


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(next(iter(value.values())))
    return str(value)


# -- 1. A closing notice below the request to write ------------------------------------------

ES_CLOSED = (
    "Cierre de AU: 88/31 | Índice: AMR 9988772031 | Fecha: | Valdoria\n\n"
    "Acción Urgente\n\n"
    "VALDORIA: CONDENADO UN PERIODISTA\n\n"
    "Tomás Verdejo Arrúa, periodista, fue condenado el 3 de marzo a nueve años de prisión. "
    "Debe quedar en libertad de manera inmediata e incondicional.\n\n"
    "Actúa: redacta tu propio llamamiento o utiliza esta carta modelo\n\n\n"
    "NO SE REQUIERE NINGUNA OTRA ACCIÓN. GRACIAS A QUIENES ESCRIBIERON.\n\n"
    "Información adicional\n\n\n"
    "Tomás Verdejo Arrúa dirige desde hace años un periódico local en el norte de Valdoria, "
    "donde ha publicado reportajes sobre la corrupción de las autoridades municipales y sobre "
    "los desalojos forzosos de comunidades campesinas de la región.\n\n"
    "El 2 de enero de 20"
)


def test_closing_notice_below_the_request_is_no_target() -> None:
    record = parse_text(ES_CLOSED, language="es").record
    assert not record.get("targets")
    assert record.get("status") == "closed"


# -- 2. An embassy given an email in a sentence; "envoyez-le au ..." --------------------------

FR_EMAIL = (
    "Écrire Un journaliste condamné à dix ans de prison\n\n"
    "Pour AGIR : copiez-collez le modèle de lettre ci-dessous et envoyez-le au Ministre de "
    "la Justice. Vous pouvez également envoyer un email à l’ambassade de la République de "
    "Valdorie à Bruxelles : ambassade@valdorie-embassy.be\n\n"
    "Pour que nous puissions faire un suivi, merci de mettre suivi@example.be en copie "
    "cachée (Cci) de votre mail.\n\n"
    "Jonas Perrault est un journaliste connu. Il a été arrêté en mai 2030 et condamné à dix "
    "ans de prison pour ses articles."
)


def test_embassy_emailed_in_a_sentence_is_the_sections_copy() -> None:
    draft = parse_text(FR_EMAIL, url="https://www.amnesty.be/example", language="fr")
    copies = draft.record.get("copies") or []
    embassy = [c for c in copies if "embassy" in str(c.get("emails"))]
    assert len(embassy) == 1
    copy = embassy[0]
    assert copy["organisation"] == "ambassade de la République de Valdorie à Bruxelles"
    assert copy["for"] == "BE"
    assert copy["country"] == "BE"
    position = copies.index(copy)
    assert draft.marked(("copies", position))
    assert draft.marked(("copies", position, "country"))


def test_sent_to_an_office_after_the_model_letter() -> None:
    targets = parse_text(FR_EMAIL, language="fr").record.get("targets") or []
    assert [_text(t.get("title")) for t in targets] == ["Ministre de la Justice"]


# -- 3. A block run together: "Name, Office" and "Name Road" ------------------------------------


def test_run_together_name_comma_office_and_street_name() -> None:
    parts = _run_together(
        "His Excellency Tomas Verin Avo, Prime Minister of Valdoria Office of the Prime "
        "Minister Harbour Road Keldon, Valdoria 448120",
        TABLES["en"],
        "en",
    )
    assert ("name", "Tomas Verin Avo") in parts
    assert ("title", "Prime Minister of Valdoria") in parts
    assert ("organisation", "Office of the Prime Minister") in parts
    assert ("address", "Harbour Road Keldon, Valdoria 448120") in parts
