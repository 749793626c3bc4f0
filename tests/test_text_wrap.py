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
