"""One exception tree: every error knows its user message and its exit code.

Exit codes (documented in the README):

====  =====================================================================
0     success
1     internal error (a bug: please report it)
2     usage error (unknown option, bad option value)
3     invalid input: case file, sender, supporters file or template
4     output problem: folder not writable, file exists (use --force)
5     nothing to do: the case is closed on the letter date, or nobody it is about is still
      concerned then
6     partly done: some rows or letters failed, the rest was written
7     a required external program is missing (LibreOffice for PDF)
130   interrupted (Ctrl-C)
====  =====================================================================
"""

from __future__ import annotations

import errno
import unicodedata
from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from pathlib import Path
from typing import Any, Protocol, Self

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_INVALID = 3
EXIT_OUTPUT = 4
EXIT_CLOSED = 5
EXIT_PARTIAL = 6
EXIT_MISSING_TOOL = 7
EXIT_INTERRUPTED = 130


class Message(str):
    """Text as data until the edge: English text that keeps its gettext msgid and parameters.

    The library builds every user-facing warning and error reason as a Message; it reads as
    plain English wherever a `str` is expected, and the CLI shows it in the user's language
    by translating `msgid` and filling in `params` (`ui.render`). The library never knows
    the UI language. A parameter may itself be a Message, an `Option`, a `Joined` list, or
    any value with an `in_language(tag)` method (a date, a language name): each is shown
    in the language of the text around it.

    >>> m = Message("%(ua)s: the deadline passed", ua="UA 61/20")
    >>> m, m.msgid, m.params
    ('UA 61/20: the deadline passed', '%(ua)s: the deadline passed', {'ua': 'UA 61/20'})
    """

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, /, **params: Any) -> Message:
        # A text a user gave may hold characters no one sees (U+202E turns 'r\u202eu' into
        # "ru" on screen, a zero-width space hides): every message shows them escaped.
        params = {
            name: escaped(value) if type(value) is str else value for name, value in params.items()
        }
        english = {name: shown_in(value, "en") for name, value in params.items()}
        self = super().__new__(cls, msgid % english if params else msgid)
        self.msgid = msgid
        self.params = params
        return self


class Localizable(Protocol):
    """A message parameter that is shown differently per language (a date, a language name)."""

    def in_language(self, tag: str) -> str:
        """Return the value as written in language `tag`."""
        ...


@dataclass(frozen=True)
class Option:
    """A message parameter naming a parameter of the library, e.g. `allow_closed`.

    The library's English shows the parameter's name; the CLI shows its option
    (`--allow-closed`), so the library never knows the names of command-line options.
    """

    parameter: str

    def in_language(self, tag: str) -> str:
        """Return the parameter's name (the CLI puts its option there instead)."""
        return self.parameter


@dataclass(frozen=True)
class Joined:
    """A message parameter made of several values (Messages, say), shown one after another."""

    parts: tuple[Any, ...]
    separator: str = " / "

    def in_language(self, tag: str) -> str:
        """Return the parts joined, each in its English form (the CLI translates each)."""
        return self.separator.join(str(shown_in(part, tag)) for part in self.parts)


@dataclass(frozen=True)
class Alternatives:
    """A message parameter listing choices joined by the language's "or": 'a', 'b' or 'c'."""

    choices: tuple[str, ...]

    def in_language(self, tag: str) -> str:
        """Return the choices as language `tag` lists alternatives."""
        if len(self.choices) < 2:
            return "".join(self.choices)
        if tag.split("-")[0] == "en":
            return ", ".join(self.choices[:-1]) + " or " + self.choices[-1]
        from babel.lists import format_list

        return format_list(list(self.choices), style="or", locale=tag.replace("-", "_"))


@dataclass(frozen=True)
class AllOf:
    """A message parameter listing items joined by the language's "and": a, b and c."""

    items: tuple[str, ...]

    def in_language(self, tag: str) -> str:
        """Return the items as language `tag` lists them."""
        if len(self.items) < 2:
            return "".join(self.items)
        if tag.split("-")[0] == "en":
            return ", ".join(self.items[:-1]) + " and " + self.items[-1]
        from babel.lists import format_list

        return format_list(list(self.items), locale=tag.replace("-", "_"))


@dataclass(frozen=True)
class Number:
    """A message parameter that is a number, written as language `tag` writes numbers.

    `decimals` fixes the digits after the decimal sign (`2.0 MB`); else as many as needed.

    >>> Number(12500).in_language("de"), Number(2.5, decimals=1).in_language("fr")
    ('12.500', '2,5')
    """

    value: int | float
    decimals: int | None = None

    def in_language(self, tag: str) -> str:
        """Return the number with the language's digit grouping (10,000 / 10 000 / 10.000)."""
        if tag == "en":  # every Message's English form: no Babel for it
            if self.decimals is not None:
                return f"{self.value:,.{self.decimals}f}"
            return f"{self.value:,}" if isinstance(self.value, int) else f"{self.value:,g}"
        from babel.numbers import format_decimal

        pattern = None
        if self.decimals is not None:
            pattern = "#,##0" + ("." + "0" * self.decimals if self.decimals else "")
        return format_decimal(self.value, format=pattern, locale=tag.replace("-", "_"))

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


class Plural(Message):
    """A Message whose words follow a number: the singular or the language's plural form.

    `%(num)s` is the number, written the language's way (`Number`); the CLI picks the form
    with ngettext, so Russian and Arabic get each of theirs.

    >>> Plural("%(num)s row has a problem", "%(num)s rows have problems", 1200)
    '1,200 rows have problems'
    """

    plural: str
    n: int

    def __new__(cls, singular: str, plural: str, n: int, /, **params: Any) -> Plural:
        params.setdefault("num", Number(n))
        english = {name: shown_in(value, "en") for name, value in params.items()}
        self = str.__new__(cls, (singular if n == 1 else plural) % english)
        self.msgid = singular
        self.plural = plural
        self.n = n
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        # Batch workers send their messages back pickled; the default would call
        # __new__ with the English text alone.
        return (_plural, (type(self), self.msgid, self.plural, self.n, self.params))


def _plural(kind: type[Plural], singular: str, plural: str, n: int, params: dict[str, Any]) -> Any:
    return kind(singular, plural, n, **params)


def N_(msgid: str) -> str:
    """Mark a msgid for extraction where it is given now and made a Message later."""
    return msgid


# The operating system's reasons a user meets most, in its own English words (`strerror`),
# as msgids: the CLI shows them translated; any other stays as the system says it.
_OS_REASONS = {
    errno.ENOENT: N_("No such file or directory"),
    errno.EACCES: N_("Permission denied"),
    errno.EPERM: N_("Operation not permitted"),
    errno.ENOSPC: N_("No space left on device"),
    errno.EROFS: N_("Read-only file system"),
    errno.ENOTDIR: N_("Not a directory"),
    errno.EISDIR: N_("Is a directory"),
    errno.EEXIST: N_("File exists"),
    errno.ENAMETOOLONG: N_("File name too long"),
}


def os_reason(exc: OSError) -> str:
    """Return why the operating system refused, as a Message where its words are known."""
    msgid = _OS_REASONS.get(exc.errno or 0)
    return Message(msgid) if msgid else exc.strerror or str(exc)


def escaped(text: str) -> str:
    """Return `text` with the characters a reader cannot see written as escapes (`\\u202e`).

    Controls, format characters (bidi overrides, zero-width spaces) and line separators are
    shown as Python writes them, so "'r\\u202eu' is not a language code" does not read as
    "'ru' ...". Line feeds, tabs and the spaces (the no-break spaces of French and German
    typography) stay as they are.
    """
    if text.isprintable():
        return text
    return "".join(_escape(char) for char in text)


def _escape(char: str) -> str:
    if char in "\n\t" or char.isprintable() or unicodedata.category(char) == "Zs":
        return char
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def shown_in(value: Any, tag: str) -> Any:
    """Return a message parameter as the library shows it: its English form, else itself."""
    shown = getattr(value, "in_language", None)
    return shown(tag) if shown is not None else value


class UaLettersError(Exception):
    """Base of every error ualetters raises on purpose."""

    exit_code = EXIT_INTERNAL

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with an input: why, and where (file, line, field), as a user reads it.

    >>> str(Problem("required field is missing", source="case.yaml", line=58, field="ua"))
    'case.yaml:58: ua: required field is missing'
    """

    reason: str
    _: KW_ONLY
    source: str | None = None
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = self.source + (f":{self.line}" if self.line else "") + ": "
        elif self.line:
            where = f"line {self.line}: "
        what = f"{escaped(self.field)}: " if self.field else ""
        return f"{where}{what}{self.reason}"


class InputError(UaLettersError, ValueError):
    """Something a user gave us is wrong; the message says where and what.

    `problems` lists every problem found, this error's own first; `str()` is the first one.
    """

    exit_code = EXIT_INVALID

    def __init__(
        self,
        reason: str,
        *,
        source: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
        more: Sequence[Problem] = (),
    ) -> None:
        where = str(source) if source is not None else None
        first = Problem(reason, source=where, line=line, field=field)
        self.source = first.source
        self.line = line
        self.field = field
        self.reason = reason
        self.problems: tuple[Problem, ...] = (first, *more)
        super().__init__(str(first))

    @classmethod
    def of(cls, problems: Sequence[Problem]) -> Self:
        """Return the error of several problems (at least one); the first becomes its message."""
        first, *more = problems
        return cls(first.reason, source=first.source, line=first.line, field=first.field, more=more)

    def located(self, reason: str) -> str:
        """Return `reason` (translated, say) after the file, line and field it is about."""
        return str(Problem(reason, source=self.source, line=self.line, field=self.field))


class UsageError(InputError):
    """A parameter's value is wrong (an unknown format, a date that is no date).

    `parameter` is the library's name for it (`lang`, `formats`); the CLI names its option.
    """

    exit_code = EXIT_USAGE

    def __init__(self, reason: str, *, parameter: str) -> None:
        self.parameter = parameter
        super().__init__(reason, field=parameter)


class CaseFileError(InputError):
    """The case record cannot be read or is not valid."""


class SenderError(InputError):
    """The sender's details cannot be read or are not valid."""


class TemplateError(InputError):
    """A letter template is missing, broken or uses something it may not."""


class TemplateNotFound(TemplateError, LookupError):
    """No template exists for a requested language."""


class OutputError(UaLettersError, OSError):
    """Letters cannot be written where the user asked."""

    exit_code = EXIT_OUTPUT


class FileExistsOutputError(OutputError):
    """A letter file exists already and --force was not given."""


class CaseClosedError(UaLettersError):
    """The case was closed on or before the letter date: no letters are written."""

    exit_code = EXIT_CLOSED


class NothingNewError(UaLettersError):
    """`import --into`: the record holds what the text says already; nothing was written."""

    exit_code = EXIT_CLOSED  # 5: nothing to do


class MissingToolError(UaLettersError, LookupError):
    """An external program (LibreOffice) is needed but not installed."""

    exit_code = EXIT_MISSING_TOOL


class PartialFailure(UaLettersError):
    """Some letters were written, others failed; the message says how many."""

    exit_code = EXIT_PARTIAL


class NoEmailError(InputError, LookupError):
    """A letter cannot become an email: its target has no (usable) email address."""


class BatchInterrupted(UaLettersError):
    """The batch was stopped (Ctrl-C); what was written stays and a rerun finishes it."""

    exit_code = EXIT_INTERRUPTED
