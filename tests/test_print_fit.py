"""Measured print decisions without an office suite: widths, window fit, return line, pages,
typography, and that the fast DOCX path writes them exactly as python-docx does."""

from __future__ import annotations

import dataclasses
import io
import math

import docx
import pytest
from docx.oxml.ns import qn

import ualetters
from ualetters import api
from ualetters.errors import Message
from ualetters.layouts import LAYOUTS
from ualetters.letter import Letter
from ualetters.metrics import PT, line_height, measure
from ualetters.printfit import (
    MARGIN,
    block_height,
    fit_address,
    fit_report,
    fit_return_line,
    line_count,
    measured,
    predict_pages,
)
from ualetters.typography import NBSP, NNBSP, typeset, typeset_letter
from ualetters.writers.docx import to_docx_slow
from ualetters.writers.docx_fast import to_docx

from .conftest import CASE_FILE, LETTER_DATE, SENDER_FILE
from .test_docx_letter import RECIPIENT as SIX
from .test_print_window import LONG_SENDER, NINE_LINES, SEVEN_CYRILLIC, US_SENDER, samples


def example() -> Letter:
    case = ualetters.load_case(CASE_FILE)
    (letter,) = api.letters_for(case, ualetters.load_sender(SENDER_FILE), date=LETTER_DATE)
    return letter


def test_widths_are_arials() -> None:
    # Arial's (and Liberation Sans's) advance widths, in 1/2048 em: M 1706, i 455, space 569.
    assert measure("M", 10) == pytest.approx(1706 / 2048 * 10 * PT)
    assert measure("Mi i", 12) == pytest.approx((1706 + 455 * 2 + 569) / 2048 * 12 * PT)
    assert measure("M", 10, bold=True) == pytest.approx(1706 / 2048 * 10 * PT)
    assert measure("r", 10, bold=True) > measure("r", 10)
    for text in ("Москва", "Ελλάδα", "القاهرة", "Ærø ŁÓDŹ"):  # every script the letters use
        assert measure(text, 10) > 0.3 * len(text) * 10 * PT
    assert line_height(10) == pytest.approx(1.15 * 10 * PT, abs=0.01)


def test_lines_wrap_at_spaces_and_no_break_spaces_hold() -> None:
    width = measure("aa bb", 10) + 0.01
    assert line_count("aa bb cc dd", width, 10) == 2
    assert line_count(f"aa bb{NBSP}cc dd", width, 10) == 3  # "bb cc" moves down together
    # a word wider than the line is broken where it must, taking the lines its width needs
    word, narrow = "Generalstaatsanwaltschaft", measure("Generals", 10)
    assert line_count(word, narrow, 10) == math.ceil(measure(word, 10) / narrow) == 3


@pytest.mark.parametrize("name", list(LAYOUTS))
def test_a_six_line_address_fits_every_window_with_margin(name: str) -> None:
    layout = LAYOUTS[name]
    fit = fit_address(SIX, layout)
    assert fit.fits and fit.lines == 6 and fit.size >= 8
    assert fit.left >= layout.field_left + MARGIN
    assert fit.left + fit.width <= layout.field_left + layout.field_width - MARGIN
    assert fit.top >= layout.field_top + layout.return_line_height
    bottom = fit.top + block_height(fit.lines, fit.size)
    assert bottom <= layout.field_top + layout.field_height - MARGIN
    assert fit.size == (8.5 if name == "us" else 10)


def test_long_addresses_move_up_before_they_shrink() -> None:
    din = LAYOUTS["din5008-b"]
    nine = fit_address(NINE_LINES, din)
    assert nine.fits and nine.size == 10
    assert nine.top < din.field_top + din.address_offset  # into the empty note zone
    assert not fit_address(NINE_LINES, LAYOUTS["us"]).fits
    assert fit_address(SEVEN_CYRILLIC, LAYOUTS["ch"]).fits
    # A line too long for the window wraps and counts twice.
    long_line = ("Генеральная прокуратура Российской Федерации, приёмная граждан",)
    assert fit_address(long_line, din).lines == 2


def _with_sender(letter: Letter, lines: tuple[str, ...], name: str) -> Letter:
    return dataclasses.replace(letter, sender_lines=lines, sender_name=name)


def test_return_line_shrinks_then_shortens_then_goes() -> None:
    letter = example()
    din = LAYOUTS["din5008-b"]
    plain = fit_return_line(letter, din)
    assert (plain.text, plain.size, plain.shortened) == (letter.return_line, 6.5, False)
    assert plain.top == din.field_top + MARGIN
    issue = (
        "Dr. Johanna Schmidt-Müller",
        "Friedrich-Ebert-Straße 123",
        "60311 Frankfurt am Main",
    )  # the issue's example, a letter inside Germany
    domestic = dataclasses.replace(
        _with_sender(letter, issue, issue[0]), sender_country="DE", destination_country="DE"
    )
    fit = fit_return_line(domestic, din)
    assert fit.text is not None and measure(fit.text, fit.size) <= fit.width
    assert (
        fit.text
        == "Dr. Johanna Schmidt-Müller, Friedrich-Ebert-Straße 123, 60311 Frankfurt am Main"
    )
    assert fit.size == 6
    (long_letter,) = api.letters_for(ualetters.load_case(CASE_FILE), LONG_SENDER, date=LETTER_DATE)
    shortened = fit_return_line(long_letter, LAYOUTS["ch-left"])
    assert shortened.shortened and shortened.text is not None
    assert shortened.text.startswith("Dr. J. Schmidt-Müller, Friedrich-Ebert-Str. 123, ")
    gone = fit_return_line(long_letter, din)
    assert gone.text is None
    (message,) = fit_report(long_letter, din)
    assert isinstance(message, Message)
    assert message.params == {"target": "president", "layout": "din5008-b"}


def test_pages_are_predicted_and_spacing_tightens_before_a_second_page() -> None:
    letter = example()
    assert measured(letter, LAYOUTS["din5008-b"])[1].pages.letter_pages == 1
    assert predict_pages(letter, LAYOUTS["din5008-b"]).spacing.paragraph == 8
    (us_german,) = api.letters_for(
        ualetters.load_case(CASE_FILE), US_SENDER, date=LETTER_DATE, lang="de"
    )
    assert predict_pages(typeset_letter(us_german), LAYOUTS["us"]).pages == 1
    # Two more openings (the letter lost its role sentence: the facts open with the role).
    longer = dataclasses.replace(letter, paragraphs=letter.paragraphs + letter.paragraphs[:1] * 2)
    tight = predict_pages(longer, LAYOUTS["din5008-b"])
    assert tight.pages == 1 and tight.spacing.paragraph < 8
    double = dataclasses.replace(letter, paragraphs=letter.paragraphs * 2)
    fit = predict_pages(double, LAYOUTS["din5008-b"])
    assert fit.pages == 2 and fit.spacing.paragraph == 8  # no squeezing when it spills anyway
    (warning,) = fit_report(double, LAYOUTS["din5008-b"])
    assert warning.msgid.startswith("the letter to %(target)s (%(language)s) runs long")
    assert warning.n == 2  # the number the words follow (Plural)


def test_typography_keeps_dates_units_and_french_punctuation_together() -> None:
    assert typeset("Bern, 22. Juli 2020", "de") == f"Bern, 22.{NBSP}Juli{NBSP}2020"
    assert typeset("Paris, le 22 juillet 2020", "fr") == f"Paris, le 22{NBSP}juillet{NBSP}2020"
    assert typeset("Washington, July 22, 2020", "en") == f"Washington, July{NBSP}22,{NBSP}2020"
    assert typeset("Москва, 22 июля 2020 г.", "ru") == f"Москва, 22{NBSP}июля{NBSP}2020{NBSP}г."
    assert typeset("UA 61/20, 5 km, 10 %", "de") == f"UA{NBSP}61/20, 5{NBSP}km, 10{NBSP}%"
    assert typeset("Libérez-le ! Pourquoi ? « Non » : oui", "fr") == (
        f"Libérez-le{NNBSP}! Pourquoi{NNBSP}? «{NBSP}Non{NBSP}»{NBSP}: oui"
    )
    assert typeset("Free him ! Why ?", "en") == "Free him ! Why ?"  # French rules only in French
    assert typeset("I was 22 years old in 2020", "en") == "I was 22 years old in 2020"


def test_the_docx_carries_the_typography_and_the_letter_does_not() -> None:
    letter = example()
    assert NBSP not in letter.place_date  # the Letter (text letters, goldens) keeps its text
    document = docx.Document(io.BytesIO(to_docx(letter, LAYOUTS["din5008-b"])))
    texts = [p.text for p in document.paragraphs]
    assert f"Bern, 23.{NBSP}Juli{NBSP}2020" in texts


def test_the_last_demand_is_followed_by_the_same_space_as_any_paragraph() -> None:
    letter = example()
    document = docx.Document(io.BytesIO(to_docx(letter, LAYOUTS["din5008-b"])))
    flowing = [
        p for p in document.paragraphs if p._p.pPr is None or p._p.pPr.find(qn("w:framePr")) is None
    ]
    items = [i for i, p in enumerate(flowing) if p.text.startswith("–\t")]
    after = [flowing[i].paragraph_format.space_after.pt for i in items]
    text_after = flowing[items[0] - 1].paragraph_format.space_after.pt
    assert after[:-1] == [4] * (len(items) - 1)
    assert after[-1] == text_after == 8
    assert all(p.paragraph_format.space_before in (None, 0) for p in flowing)


def test_fast_path_writes_python_docx_bytes_for_every_print_plan() -> None:
    letters = list(samples().values())
    letters.append(dataclasses.replace(example(), paragraphs=example().paragraphs * 2))
    for letter in letters:
        for layout in LAYOUTS.values():
            assert to_docx(letter, layout) == to_docx_slow(letter, layout), (
                letter.sender_name,
                layout.name,
            )


def test_street_words_are_abbreviated_as_each_language_writes_them() -> None:
    from ualetters.printfit import _shortened

    lines = ("Jeanne Exemple", "avenue de la Gare 12", "boulevard du Pont 3", "1003 Lausanne")
    (first, *_rest) = _shortened(lines, "Jeanne Exemple", abroad=False)
    assert first == "Jeanne Exemple, av. de la Gare 12, bd du Pont 3, 1003 Lausanne"
    (german, *_rest) = _shortened(
        ("Max Muster", "Hauptstrasse 1", "3011 Bern"), "Max Muster", False
    )
    assert german == "Max Muster, Hauptstr. 1, 3011 Bern"
