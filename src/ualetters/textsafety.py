"""Control characters in text that came from a file: refuse them in fields, strip them on screen.

Case files, sender files and supporters lists travel by email; a field may carry bytes that
a DOCX writer cannot store (NUL, vertical tab), that start a new header in an email (CR, LF,
U+2028), or that drive the reader's terminal (ESC sequences set the window title or clear the
screen). Loaders call `text_problem` on every text they read; the command line passes every
line it prints through `clean_terminal`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .errors import Message

# C0 controls except tab and line feed, DEL, and the C1 controls (U+0085 NEL among them).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Lone surrogates come only from escapes (`"\ud800"` in YAML); no encoder can write them.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Where one line is expected, a line feed and the Unicode line and paragraph separators
# would break the line in an email header, a copy line or an address block (a person's
# name "A\nB" split the copy line and the name lines in two).
_SEPARATOR = re.compile("[\n\u2028\u2029]")

# Fields whose text may run over several lines; every other text is one line.
MULTILINE_FIELDS = frozenset({"facts", "demands", "text", "street", "note", "addressee"})

# Abbreviations stay as they are; the words are translated where the message is shown.
_NAMES = {
    "\x00": "NUL",
    "\x07": "BEL",
    "\x08": "BS",
    "\x0b": Message("vertical tab"),
    "\x0c": Message("form feed"),
    "\r": Message("carriage return"),
    "\x1b": "ESC",
    "\x7f": "DEL",
    "\x85": Message("next line, NEL"),
    "\n": Message("line feed"),
    "\u2028": Message("line separator"),
    "\u2029": Message("paragraph separator"),
}


def describe(char: str) -> str:
    """Return a character as a user can look it up: `U+001B (ESC)`."""
    code = f"U+{ord(char):04X}"
    name = _NAMES.get(char) or unicodedata.name(char, "")
    if not name and _SURROGATE.match(char):
        name = Message("lone surrogate")
    return Message("%(code)s (%(name)s)", code=code, name=name) if name else code


def format_character(text: str) -> str | None:
    """Return the first invisible format character of `text` (U+202E, U+200B...), or None.

    Bidirectional overrides and zero-width characters (Unicode category Cf) show an address
    in another order than it is, or hide a part of it ("https://example.cn/\u202egnp.exe"
    shows as ".../exe.png"); RFC 3987 keeps them out of web addresses.
    """
    if text.isascii():
        return None
    return next((char for char in text if unicodedata.category(char) == "Cf"), None)


def is_single_line(path: Sequence[str | int]) -> bool:
    """Say whether the field at `path` (keys and list indexes) holds one line of text."""
    return not any(isinstance(part, str) and part in MULTILINE_FIELDS for part in path)


_BAD = re.compile(f"{_CONTROL.pattern}|{_SURROGATE.pattern}")
_BAD_IN_LINE = re.compile(f"{_BAD.pattern}|{_SEPARATOR.pattern}")


def find_bad_character(text: str, *, single_line: bool = False) -> int | None:
    """Return the index of the first character a text field may not hold, or None."""
    if text.isprintable():  # the common case, in C: no controls, separators or surrogates
        return None
    match = (_BAD_IN_LINE if single_line else _BAD).search(text)
    return match.start() if match else None


def text_problem(text: str, *, single_line: bool = False) -> Message | None:
    """Return why `text` cannot be a field's text (a control character), or None if it can."""
    index = find_bad_character(text, single_line=single_line)
    if index is None:
        return None
    char = text[index]
    if single_line and _SEPARATOR.match(char):
        return Message(
            "%(char)s is not allowed here: this text must be one line", char=describe(char)
        )
    if _SURROGATE.match(char):
        return Message(
            "%(char)s is half of a UTF-16 pair, not a character (at character %(position)d)",
            char=describe(char),
            position=index + 1,
        )
    return Message(
        "control character %(char)s is not allowed in a text (at character %(position)d)",
        char=describe(char),
        position=index + 1,
    )


def one_line(text: str) -> str:
    """Return `text` as one line (for an email header): breaks as spaces, no controls.

    Every Unicode line break (CR, LF, U+0085, U+2028, U+2029, vertical tab, form feed) and
    run of white space becomes one space; other control characters and lone surrogates go.
    """
    return " ".join(_SURROGATE.sub("", _CONTROL.sub(" ", text)).split())


def key_problem(key: str) -> Message | None:
    """Return why `key` cannot name a field (a control character, a line break), or None."""
    if "\n" in key:
        return Message("a line break is not allowed in a key")
    return text_problem(key, single_line=True)


def normalize_line_breaks(text: str) -> str:
    """Return `text` with Windows (CR LF) and old Mac (CR) line ends as line feeds."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


# ESC sequences as terminals read them (ECMA-48): OSC and the other string commands run to
# BEL or ST (or the line's end, so an unended one cannot swallow the lines after it); CSI to
# its final byte; the rest are ESC and one character. The C1 forms (U+009B CSI ...) too.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[ -/]*[0-~]?"
)
# Controls left after the sequences, and the bidirectional overrides and isolates that make
# a terminal show text in another order than it is (the "Trojan source" trick).
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_terminal(text: str) -> str:
    """Return `text` safe to print: escape sequences, controls and bidi overrides removed.

    Line feeds and tabs stay. Apply it to every text that may hold a file's content.

    >>> clean_terminal("UA 1/20 \\x1b]0;pwned\\x07– title\\x1b[2J")
    'UA 1/20 – title'
    """
    if text.isprintable() or not _TERMINAL_UNSAFE.search(text):
        return text
    return _TERMINAL_UNSAFE.sub("", _ESCAPE_SEQUENCE.sub("", text))
