"""The text writer's own line wrapper gives textwrap's lines, byte for byte."""

from __future__ import annotations

import random
import textwrap

from ualetters.writers.text import WIDTH, _wrap


def _textwrap(text: str, indent: str = "", first: str = "") -> list[str]:
    lines = textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=first or indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return lines or [first.rstrip()]


PIECES = [
    "a",
    "the",
    "Präsident",
    "Objet\u00a0:",  # a no-break space never breaks
    "\u00a0",
    "\u2009",
    " ",
    " ",
    "  ",
    "\t",
    "\n",
    "-",
    "self-evident",
    "x" * 71,
    "y" * 72,
    "z" * 73,
    "«\u00a0guillemets\u00a0»",
    "Кыргызстан",
]


def test_wrapper_matches_textwrap_on_words_and_odd_spaces() -> None:
    rng = random.Random(4)
    for _ in range(5000):
        sep = rng.choice([" ", ""])
        text = sep.join(rng.choice(PIECES) for _ in range(rng.randint(0, 40)))
        for indent, first in (("", ""), ("  ", "- "), ("", "  ")):
            assert _wrap(text, indent, first) == _textwrap(text, indent, first), repr(text)


FSI, PDI = "\u2068", "\u2069"


def test_a_line_never_breaks_inside_a_bidi_isolate() -> None:
    """An isolated Latin name in Arabic text moves to the next line whole (issue #13, ar)."""
    name = f"{FSI}Valery Kostenok{PDI}"
    for pad in range(1, 80):  # the name at every place around the end of the first line
        words = " ".join(["ويواجه", *["ب" * (1 + pad % 5)] * (pad // 5)])
        text = f"{words} {name} و{FSI}Egor Zhukov{PDI} وما لا يقل عن عشرة أشخاص " * 2
        text = text.strip()
        lines = _wrap(text)
        assert " ".join(lines) == text
        for line in lines:
            assert line.count(FSI) == line.count(PDI), lines  # every isolate whole on a line
            assert len(line) <= WIDTH
    # Text without isolates wraps exactly as before.
    assert _wrap("a " * 50) == _textwrap("a " * 50)


def test_a_right_to_left_letter_signs_at_the_right_edge() -> None:
    import ualetters
    from ualetters.writers.text import RLM

    from .test_letter_wording import arabic_letter

    text = ualetters.to_text(arabic_letter())
    assert f"\n{RLM}Anna Beispiel\n" in text  # a right-to-left line, under the closing
