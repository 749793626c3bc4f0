"""Plain-text letters: UTF-8, wrapped for email, sender and recipient blocks on top."""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache

from .. import l10n
from ..letter import Letter, channel_lines
from ..typography import bind_words, plain_text_spaces

WIDTH = 72

# What textwrap turns into a space before it wraps (it breaks only at these, never at a
# no-break space); text without them needs no such preparation.
_TEXTWRAP_SPACES = re.compile("[\t\n\x0b\x0c\r]")


# FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE around a Latin name in right-to-left text
# (render.isolate_latin). Each line of a text letter is its own bidi paragraph: a line break
# inside an isolate leaves a Latin word at the start of a line, outside any isolate, and a
# bidi-aware reader lays the whole line out left to right. A space inside an isolate is held
# as a private-use character while the line is filled, so the isolate moves to the next line
# whole; it has the width of a space. So is the space after a word the language keeps with
# the next one (Russian "в Рабате", `typography.bind_words`): the letter shows a plain space.
FSI, PDI = "\u2068", "\u2069"
_HELD_SPACE = "\ue000"
_ISOLATE = re.compile(f"{FSI}[^{FSI}{PDI}]*{PDI}")


def _prepared(text: str, language: str) -> str:
    """Return `text` with the no-break spaces of `language`, and its bound words' spaces held."""
    return bind_words(plain_text_spaces(text, language), language, _HELD_SPACE)


def _released(lines: list[str]) -> list[str]:
    """Return `lines` with every held space a plain space again."""
    return [line.replace(_HELD_SPACE, " ") for line in lines]


def _wrap(text: str, indent: str = "", first: str | None = None) -> list[str]:
    """Return `text` wrapped: its first line after `first` (default `indent`), then `indent`."""
    opening = indent if first is None else first
    if FSI in text:
        text = _ISOLATE.sub(lambda m: m.group().replace(" ", _HELD_SPACE), text)
    lines = list(_wrapped(text, indent, opening))
    return _released(lines) if _HELD_SPACE in text else lines


# A right-to-left mark before a line of Latin letters only (the signature): the line is then
# a right-to-left paragraph and stands at the right edge, under the closing.
RLM = "\u200f"
_RIGHT_TO_LEFT = frozenset({"Arab", "Hebr"})


def _signature(letter: Letter) -> str:
    if l10n.script_of(letter.language) in _RIGHT_TO_LEFT:
        return RLM + letter.signature
    return letter.signature


# Letters of a batch share most paragraphs (the facts, the demands, a template's phrasings):
# each distinct paragraph is wrapped once. lru_cache is thread-safe and bounded.
@lru_cache(maxsize=4096)
def _wrapped(text: str, indent: str, first: str) -> tuple[str, ...]:
    """Return `text` wrapped as textwrap.wrap(text, WIDTH, no long-word or hyphen breaks) does."""
    words = text.split(" ")
    if _TEXTWRAP_SPACES.search(text) or not all(word and not word.isspace() for word in words):
        # Runs of spaces, tabs, line breaks, words of Unicode spaces: textwrap's own rules.
        lines = textwrap.wrap(
            text,
            width=WIDTH,
            initial_indent=first,
            subsequent_indent=indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
        return tuple(lines) or (first.rstrip(),)
    # Words parted by single spaces: textwrap's greedy fill, without its per-chunk cost. A
    # word longer than a line stands alone on its line, unbroken.
    lines = []
    prefix, room = first, WIDTH - len(first)
    line = [words[0]]
    used = len(words[0])
    for word in words[1:]:
        if used + 1 + len(word) <= room:
            line.append(word)
            used += 1 + len(word)
        else:
            lines.append(prefix + " ".join(line))
            prefix, room = indent, WIDTH - len(indent)
            line = [word]
            used = len(word)
    lines.append(prefix + " ".join(line))
    return tuple(lines)


def body_lines(letter: Letter) -> list[str]:
    """Return the letter from the salutation to the copies, wrapped, without address blocks."""
    language = letter.language
    lines = [letter.salutation, ""]
    for index, paragraph in enumerate(letter.paragraphs):
        text = _prepared(paragraph.text, language)
        if paragraph.kind == "item":
            lines += _wrap(text, indent="  ", first="- ")
            following = letter.paragraphs[index + 1] if index + 1 < len(letter.paragraphs) else None
            if following is None or following.kind != "item":
                lines.append("")
        else:
            lines += [*_wrap(text), ""]
    closing = _prepared(letter.closing, language)
    lines += [*_wrap(closing), "", _signature(letter)]  # French closings are sentences
    if letter.copies:
        lines += ["", *copy_lines(letter)]
    return lines


# Words a phrase's line should not end on (an article or a preposition parted from its noun).
_LEANING = frozenset(
    [
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "les",
        "l'",
        "à",
        "au",
        "aux",
        "et",
        "en",
        "of",
        "the",
        "to",
        "and",
        "in",
        "for",
        "a",
        "an",
        "der",
        "die",
        "das",
        "dem",
        "den",
        "für",
        "von",
        "zu",
        "und",
        "an",
        "im",
        "di",
        "del",
        "della",
        "dei",
        "il",
        "lo",
        "e",
        "al",
        "per",
        "el",
        "los",
        "las",
        "y",
        "в",
        "на",
        "и",
        "к",
        "с",
        "о",
        "по",
        "у",
    ]
)


def _wrap_phrase(text: str, indent: str, first: str) -> list[str]:
    """Return a name-and-office phrase wrapped after a comma where it can be, as a reader parts it.

    "Copy of my letter to Li Chunsheng, Director," / "Guangdong Provincial Department of
    Public Security" rather than a break inside the department's name; where a part is
    longer than a line, words wrap, and no line ends on an article or a preposition.
    """
    if len(first) + len(text) <= WIDTH:
        return _released([first + text])
    if FSI not in text and ", " in text:
        parts = text.split(", ")
        pieces = [part + "," for part in parts[:-1]] + [parts[-1]]
        lines: list[str] = []
        prefix, current = first, ""
        for piece in pieces:
            joined = f"{current} {piece}" if current else piece
            if len(prefix) + len(joined) <= WIDTH or not current:
                current = joined
            else:
                lines.append(prefix + current)
                prefix, current = indent, piece
        lines.append(prefix + current)
        if all(len(line) <= WIDTH for line in lines):
            return _released(lines)
    lines = _wrap(text, indent, first)
    for index in range(len(lines) - 1):
        head, _, last = lines[index].rpartition(" ")
        following = f"{indent}{last} {lines[index + 1][len(indent) :]}"
        if head.strip() and last.casefold() in _LEANING and len(following) <= WIDTH:
            lines[index], lines[index + 1] = head, following
    return lines


def copy_lines(letter: Letter) -> list[str]:
    """Return the copy lines: the label once, each further recipient aligned under the first.

    A recipient longer than a line wraps with two more spaces than the recipients' column,
    so its second line is not read as another recipient (native review, round 14).
    """
    label = letter.labels.get("copy_to", "")
    language = letter.language
    first, *others = (_prepared(line, language) for line in letter.copies)
    indent = " " * (len(label) + 1) if label else ""
    lines = _wrap_phrase(first, indent + "  ", "")
    for line in others:
        lines += _wrap_phrase(line, indent + "  ", indent)
    return lines


def to_text(letter: Letter, *, with_translation: bool = True) -> str:
    """Return the letter as plain text (one trailing newline)."""
    channels = channel_lines(letter)
    language = letter.language
    lines = [
        *letter.sender_lines,
        "",
        *letter.recipient_lines,
        # The postal block ends with its country line: the channels stand apart, so no one
        # copies them onto an envelope.
        *(["", *channels] if channels else []),
        "",
        letter.place_date,
        "",
        *(
            [*_wrap_phrase(_prepared(letter.copy_of, language), "", ""), ""]
            if letter.copy_of
            else []
        ),
        plain_text_spaces(letter.subject, language),
        "",
        *body_lines(letter),
    ]
    text = "\n".join(lines).rstrip() + "\n"
    if with_translation and letter.translation is not None:
        marker = letter.labels.get("translation", "Courtesy translation")
        inner = letter.translation
        text += (
            "\n"
            + "-" * WIDTH
            + f"\n{marker}\n\n"
            + "\n".join(
                [plain_text_spaces(inner.subject, inner.language), "", *body_lines(inner)]
            ).rstrip()
            + "\n"
        )
    return text
