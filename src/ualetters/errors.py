"""One exception tree: every error knows its user message and its exit code.

Exit codes (documented in the README):

====  =====================================================================
0     success
1     internal error (a bug: please report it)
2     usage error (unknown option, bad option value)
3     invalid input: case file, sender, supporters file or template
4     output problem: folder not writable, file exists (use --force)
5     nothing to do: the case is closed on the letter date
6     partly done: some rows or letters failed, the rest was written
7     a required external program is missing (LibreOffice for PDF)
130   interrupted (Ctrl-C)
====  =====================================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import KW_ONLY, dataclass
from pathlib import Path
from typing import Any, Self

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
    the UI language.

    >>> m = Message("%(ua)s: the deadline passed", ua="UA 61/20")
    >>> m, m.msgid, m.params
    ('UA 61/20: the deadline passed', '%(ua)s: the deadline passed', {'ua': 'UA 61/20'})
    """

    msgid: str
    params: dict[str, Any]

    def __new__(cls, msgid: str, /, **params: Any) -> Message:
        self = super().__new__(cls, msgid % params if params else msgid)
        self.msgid = msgid
        self.params = params
        return self


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
        what = f"{self.field}: " if self.field else ""
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
        return cls(
            first.reason, source=first.source, line=first.line, field=first.field, more=more
        )


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


class MissingToolError(UaLettersError, LookupError):
    """An external program (LibreOffice) is needed but not installed."""

    exit_code = EXIT_MISSING_TOOL


class PartialFailure(UaLettersError):
    """Some letters were written, others failed; the message says how many."""

    exit_code = EXIT_PARTIAL


class NoEmailError(InputError, LookupError):
    """A letter cannot become an email: its target has no (usable) email address."""
