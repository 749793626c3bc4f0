"""Two conventions of the thirteenth session (corpus README): a kicker before the headline
on its line ("Urgent Action update: ", "URGENT ACTION: ", "Urgent Action Victory! ", "Action
urgente - ") is no part of the title; a blind copy to the section is no copy. Made-up texts;
every name, place and fact here is invented.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text

BODY = (
    "\nThe writer Tomas Avrilo was arrested in Norbridge on 3 May 2024 and is held without "
    "charge.\n"
    "Please write immediately in English or your own language:\n"
    "- Release Tomas Avrilo immediately and unconditionally.\n"
)


@pytest.mark.parametrize(
    ("headline", "language", "title"),
    [
        ("Urgent Action update: Writer held without charge", "en", "Writer held without charge"),
        ("URGENT ACTION: WRITER HELD WITHOUT CHARGE", "en", "WRITER HELD WITHOUT CHARGE"),
        ("Urgent Action Victory! Writer freed after a year", "en", "Writer freed after a year"),
        ("Urgent Action Outcome: Writer freed after a year", "en", "Writer freed after a year"),
        (
            "Action urgente - Lorvanie. Un écrivain détenu sans inculpation",
            "fr",
            "Lorvanie. Un écrivain détenu sans inculpation",
        ),
    ],
)
def test_the_kicker_before_a_headline_is_dropped(headline: str, language: str, title: str) -> None:
    found = parse_text(headline + "\n" + BODY, language=language)
    assert found.record.get("title") == title


def test_a_headline_that_is_only_the_kicker_and_one_word_is_kept_whole() -> None:
    found = parse_text("Urgent Action: Lorvania\n" + BODY, language="en")
    assert found.record.get("title", "Urgent Action: Lorvania") == "Urgent Action: Lorvania"


def test_a_ua_number_before_the_headline_is_no_kicker() -> None:
    found = parse_text("UA 41/24: Writer held without charge\n" + BODY, language="en")
    assert "41/24" not in (found.record.get("title") or "")
    assert found.record.get("ua")


def test_a_blind_copy_to_the_section_is_no_copy() -> None:
    # Amnesty Belgium's e-mail actions ask for a blind copy to the section, which counts the
    # appeals: a letter prints its copies, a blind copy it must not (corpus README, S13).
    text = (
        "Écrire Lorvanie. Un écrivain détenu sans inculpation\n\n"
        "L'écrivain Tomas Avrilo est détenu à Norbridge depuis le 3 mai 2024.\n"
        "Envoyez un e-mail à l'ambassadeur de Lorvanie à Bruxelles : ambassade@lorvanie.example\n"
        "Merci de mettre actions@section.example en copie cachée (Cci).\n"
    )
    found = parse_text(text, language="fr")
    emails = [e for c in found.record.get("copies") or [] for e in c.get("emails") or []]
    emails += [e for t in found.record.get("targets") or [] for e in t.get("emails") or []]
    assert "actions@section.example" not in emails
