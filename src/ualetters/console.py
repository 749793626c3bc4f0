"""The `ualetters` program's entry point, and what the command line shares without Typer.

Typer (with its Click and the pydantic coercion of every parameter) costs about 0.25 s of
start-up, as long as writing a letter takes. So the common command, `generate`, has a
second, small parser here: its parameters are declared once (`GENERATE`, plain data); the
Typer command in `cli` is built from the same declarations, and both parsers hand the same
values to the same function (`generate`). The quick parser only takes a command line it
reads exactly as Click would (known options, each with its value, one case file); anything
else (help, a typo, completion, another command) goes to Typer, which then says what it
says today. tests/test_cli_quick.py runs both parsers over the same command lines.

Everything here prints through `say`/`fail` and the catalogs (`ui`), never through Typer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, NamedTuple

from . import __version__
from .errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    N_,
    InputError,
    Message,
    UaLettersError,
    UsageError,
)
from .textsafety import clean_terminal
from .ui import _, ngettext, render

Kind = Literal["argument", "flag", "value", "values"]


class Param(NamedTuple):
    """One parameter of a command, as both parsers read it and `--help` shows it.

    `names` are the option's spellings; none: `--` and the parameter's name, as Typer
    derives it. `kind`: a positional `argument`, a `flag` (True when given), an option
    with a `value`, or one given any number of times (`values`, a list; None if never).
    """

    kind: Kind
    help: str
    names: tuple[str, ...] = ()
    metavar: str | None = None
    path: bool = False  # the value is a file or folder (a `Path`)
    default: Any = None
    hidden: bool = False

    def spellings(self, parameter: str) -> tuple[str, ...]:
        """Return the option's spellings on a command line (`--sender`, `-s`)."""
        return self.names or ("--" + parameter.replace("_", "-"),)


SENDER = Param(
    "value",
    N_("Sender file (TOML or YAML). Default: your saved sender."),
    ("--sender", "-s"),
    "FILE",
    path=True,
)
LANG = Param("value", N_("Write every letter in this language (e.g. en)."), metavar="LANG")
LAYOUT = Param(
    "value",
    N_(
        "Page layout for DOCX and PDF: din5008-a, din5008-b, ch, ch-left, fr, us. "
        "Default: from your country."
    ),
    metavar="NAME",
)
DATE = Param("value", N_("Letter date. Default: today."), metavar="YYYY-MM-DD")
TEMPLATES = Param(
    "value",
    N_("Folder of your own templates; they override ours by file name."),
    metavar="DIR",
    path=True,
)
ALLOW_CLOSED = Param(
    "flag", N_("Write letters even for a closed case."), ("--allow-closed",), default=False
)
QUIET = Param("flag", N_("Print nothing but errors."), ("--quiet", "-q"), default=False)
NAME = Param("value", N_("Your name as you sign."), metavar="TEXT")
STREET = Param("values", N_("Street line (repeat for more lines)."), metavar="TEXT")
POSTAL_CODE = Param("value", N_("Your postal code."), ("--postal-code",), "CODE")
CITY = Param("value", N_("Your town, also used in the date line."), metavar="TEXT")
COUNTRY = Param("value", N_("Your country (ISO code, e.g. CH)."), metavar="CODE")
WRITES = Param(
    "values",
    N_("A language you write, best first (repeatable): --writes de-CH --writes en."),
    ("--writes",),
    "LANG",
)
# The option's name before --writes; it stays, hidden, for scripts written with it.
OLD_WRITES = Param("values", "", metavar="LANG", hidden=True)
AREA = Param(
    "value",
    N_("Your state, province or canton, where your post uses it (e.g. MA)."),
    metavar="TEXT",
)
EMAIL = Param("value", N_("Your email address."), metavar="ADDRESS")
COPIES = Param(
    "flag",
    N_(
        "Also write, for every copy you send, the letter addressed to the copy's "
        "recipient, marked as a copy."
    ),
    ("--copies",),
    default=False,
)
NOTE = Param("value", N_("A personal sentence for your letters."), metavar="TEXT")

# `ualetters generate`, in the order --help lists them.
GENERATE: dict[str, Param] = {
    "case_file": Param("argument", N_("Case file (YAML), or - for stdin."), metavar="CASE"),
    "sender": SENDER,
    "out": Param(
        "value",
        N_("Output folder; - for stdout (txt, or json as JSON Lines); or a FILE.jsonl."),
        ("--out", "-o"),
        "DIR|-|FILE.jsonl",
        default="letters",
    ),
    "fmt": Param(
        "values",
        N_("txt, docx, pdf, json or eml (repeatable). Default: txt and docx."),
        ("--format", "-f"),
        "FORMAT",
    ),
    "date": DATE,
    "lang": LANG,
    "layout": LAYOUT,
    "fold_marks": Param(
        "flag", N_("Print fold and punch marks at the left edge."), ("--fold-marks",), default=False
    ),
    "soffice": Param(
        "value",
        N_("LibreOffice program for --format pdf. Default: soffice on PATH."),
        metavar="PROGRAM",
    ),
    "templates": TEMPLATES,
    "allow_closed": ALLOW_CLOSED,
    "force": Param(
        "flag", N_("Overwrite letters that exist already."), ("--force",), default=False
    ),
    "strict": Param(
        "flag",
        N_(
            "Write nothing if a DOCX or PDF letter would print badly (address outside "
            "the window, return line left out, more than one page)."
        ),
        ("--strict",),
        default=False,
    ),
    "with_translation": Param(
        "flag",
        N_("Add a courtesy translation in your language to letters in another."),
        ("--with-translation",),
        default=False,
    ),
    "copies": COPIES,
    "quiet": QUIET,
    "name": NAME,
    "street": STREET,
    "postal_code": POSTAL_CODE,
    "city": CITY,
    "area": AREA,
    "country": COUNTRY,
    "writes_": WRITES,
    "sender_lang": OLD_WRITES,
    "email": EMAIL,
    "note": NOTE,
}


def quick_parse(params: Mapping[str, Param], words: Sequence[str]) -> dict[str, Any] | None:
    """Return the values of a command line as Click would read it, or None to leave it to Click.

    Only known options with their values (`--out DIR`, `--out=DIR`, `-o DIR`), flags and
    the one argument are read; a value or an argument that starts with `-` (but `-`
    itself), an empty one, `--`, joined short options and anything unknown return None.
    """
    by_spelling = {
        spelling: name for name, param in params.items() for spelling in param.spellings(name)
    }
    values: dict[str, Any] = {}
    arguments: list[str] = []
    feed = iter(words)
    for word in feed:
        if word == "-" or not word.startswith("-"):
            arguments.append(word)
            continue
        spelling, equals, joined = word.partition("=")
        name = by_spelling.get(spelling if spelling.startswith("--") else word)
        if name is None:
            return None
        param = params[name]
        if param.kind == "flag":
            if equals:
                return None
            values[name] = True
            continue
        value = joined if equals else next(feed, None)
        if not value or (value.startswith("-") and value != "-"):
            return None
        converted: Any = Path(value) if param.path else value
        if param.kind == "values":
            values.setdefault(name, []).append(converted)
        else:
            values[name] = converted
    positional = [name for name, param in params.items() if param.kind == "argument"]
    if len(arguments) != len(positional) or any(not word for word in arguments):
        return None
    for name, param in params.items():
        values.setdefault(name, param.default)
    values.update(zip(positional, arguments, strict=True))
    return values


# --- printing and errors, shared by every command -------------------------------------------


def say(message: str) -> None:
    """Print a diagnostic line on stderr."""
    _echo(clean_terminal(message))


def _echo(line: str) -> None:
    stream = sys.stderr
    if stream is not None:  # no console (pythonw)
        stream.write(line + "\n")
        stream.flush()


# Library parameters whose option is named otherwise, by the commands' own parameter names.
OPTION_ALIASES = {"formats": ("fmt",), "languages": ("writes_",)}
# The options of the command being run, {parameter: its long option}, for messages.
_running: list[Callable[[], Mapping[str, str]]] = []


def options_of(params: Mapping[str, Param]) -> dict[str, str]:
    """Return {parameter: its long option} of a command's declared parameters."""
    return {
        name: param.spellings(name)[0] for name, param in params.items() if param.kind != "argument"
    }


def option_name(parameter: str) -> str:
    """Return the option of the running command that sets a library parameter (`--lang`)."""
    options = _running[-1]() if _running else {}
    for name in (parameter, *OPTION_ALIASES.get(parameter, ())):
        if name in options:
            return options[name]
    return "--" + parameter.replace("_", "-")


def show(text: Any) -> str:
    """Return a library message in the user's language, naming our options."""
    return render(text, option_name)


def describe(error: UaLettersError) -> str:
    """Return an error's one line in the user's language: where, what, why."""
    if isinstance(error, UsageError):
        return f"{option_name(error.parameter)}: {show(error.reason)}"
    if isinstance(error, InputError):
        return error.located(show(error.reason))
    return show(error.message)


def warn(message: str) -> None:
    """Print a warning of the library on stderr."""
    say(_("warning: %(message)s", message=show(message)))


# What Click's style(fg="red", bold=True) writes around a text.
_RED_BOLD, _RESET = "\x1b[31m\x1b[1m", "\x1b[0m"


def fail(message: str, code: int) -> SystemExit:
    """Print one error line on stderr and return the exit to raise."""
    color = sys.stderr is not None and sys.stderr.isatty() and not os.environ.get("NO_COLOR")
    prefix = f"{_RED_BOLD}{_('error:')}{_RESET}" if color else _("error:")
    _echo(f"{prefix} {clean_terminal(message)}")
    return SystemExit(code)


# A case file with many problems lists the first ones; more would scroll the first out of view.
MAX_PROBLEMS = 20


def fail_all(exc: UaLettersError, code: int) -> SystemExit:
    """Print every problem of an error, one line each (at most MAX_PROBLEMS); return the exit."""
    from dataclasses import replace

    problems = exc.problems if isinstance(exc, InputError) else ()
    if len(problems) <= 1:
        return fail(describe(exc), code)
    for problem in problems[:MAX_PROBLEMS]:
        fail(str(replace(problem, reason=show(problem.reason))), code)
    hidden = len(problems) - MAX_PROBLEMS
    if hidden > 0:
        say(ngettext("... and %(num)d more problem", "... and %(num)d more problems", hidden))
    return SystemExit(code)


@contextmanager
def errors_shown(
    options: Callable[[], Mapping[str, str]], passthrough: tuple[type[BaseException], ...] = ()
) -> Iterator[None]:
    """Turn library errors into one stderr line and their exit code; never a traceback.

    `options` returns the running command's options, for messages that name one;
    `passthrough` are exceptions that end a command on purpose (Click's exit and abort).
    """
    _running.append(options)
    try:
        yield
    except UaLettersError as exc:
        raise fail_all(exc, exc.exit_code) from None
    except KeyboardInterrupt:
        raise fail(_("interrupted"), EXIT_INTERRUPTED) from None
    except SystemExit:
        raise
    except Exception as exc:
        if isinstance(exc, passthrough):
            raise  # a bug: say so in one line, without locals or personal data
        if os.environ.get("UALETTERS_DEBUG"):
            raise
        # A bug: say so in one line, without locals or personal data.
        raise fail(
            _(
                "internal error (%(kind)s); please report it, "
                "run with UALETTERS_DEBUG=1 to see details",
                kind=type(exc).__name__,
            ),
            EXIT_INTERNAL,
        ) from None
    finally:
        _running.pop()


# --- the commands' shared steps ---------------------------------------------------------------


def parse_date(value: str | None) -> Any:
    """Return the date of a --date option (ISO 8601), or None for the library's default."""
    import datetime as dt

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            Message("'%(value)s' is not a date; write it as YYYY-MM-DD", value=value),
            parameter="date",
        ) from None


def writes(given: list[str] | None, old: list[str] | None, old_name: str) -> list[str] | None:
    """Return the languages of --writes, or of its old name with a note to use --writes."""
    if old:
        say(_("note: %(old)s is deprecated; use --writes", old=old_name))
    return (given or []) + (old or []) or None


def sender_overrides(
    name: str | None,
    street: list[str] | None,
    postal_code: str | None,
    city: str | None,
    country: str | None,
    languages: list[str] | None,
    email: str | None,
    note: str | None,
    area: str | None = None,
) -> dict[str, Any]:
    """Collect the sender options of a command into a dict of fields."""
    return {
        "name": name,
        "street": street,
        "postal_code": postal_code,
        "city": city,
        "area": area,
        "country": country,
        "languages": languages,
        "email": email,
        "note": note,
    }


def report_skipped(skipped: list[str], *, wrote_any: bool) -> None:
    """List the letters that got no email draft on stderr, and fail with the fitting code."""
    from .errors import NoEmailError, PartialFailure

    for message in skipped:
        say(_("skipped: %(message)s", message=show(message)))
    summary = Message(
        "%(count)s letter(s) have no email address, so no .eml draft was written",
        count=len(skipped),
    )
    if wrote_any:
        raise PartialFailure(Message("%(summary)s; the other files were written", summary=summary))
    raise NoEmailError(summary)


def generate(
    case_file: str,
    sender: Path | None,
    out: str,
    fmt: list[str] | None,
    date: str | None,
    lang: str | None,
    layout: str | None,
    fold_marks: bool,
    soffice: str | None,
    templates: Path | None,
    allow_closed: bool,
    force: bool,
    strict: bool,
    with_translation: bool,
    copies: bool,
    quiet: bool,
    name: str | None,
    street: list[str] | None,
    postal_code: str | None,
    city: str | None,
    area: str | None,
    country: str | None,
    writes_: list[str] | None,
    sender_lang: list[str] | None,
    email: str | None,
    note: str | None,
) -> None:
    """Write the letters of one Urgent Action case, one per target (`ualetters generate`)."""
    from . import api
    from .sources import MAX_FILE_BYTES, STDIN_NAME, load_case_bytes

    from_stdin = case_file == "-"
    case = (
        load_case_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), STDIN_NAME)
        if from_stdin
        else Path(case_file)
    )
    languages = writes(writes_, sender_lang, "--sender-lang")
    who = api.resolve_sender(
        sender,
        sender_overrides(
            name, street, postal_code, city, country, languages, email, note, area=area
        ),
    )
    result = api.generate(
        case,
        who,
        out=None if out == "-" else out,
        formats=fmt,
        date=parse_date(date),
        lang=lang,
        layout=layout,
        templates=templates,
        allow_closed=allow_closed,
        force=force,
        fold_marks=fold_marks,
        soffice=soffice,
        with_translation=with_translation,
        strict=strict,
        source=STDIN_NAME if from_stdin else None,
        copies=copies,
    )
    for warning in result.warnings:
        warn(warning)
    letter_count = ngettext("%(num)d letter", "%(num)d letters", len(result.letters))
    if out == "-":
        sys.stdout.write(result.stream or "")
    elif result.stream is not None:
        if not quiet:
            say(_("%(letters)s written to %(file)s", letters=letter_count, file=out))
    elif not quiet:
        file_count = ngettext("%(num)d file", "%(num)d files", len(result.files))
        summary = _(
            "%(files)s for %(letters)s written to %(folder)s/",
            files=file_count,
            letters=letter_count,
            folder=out,
        )
        say(summary)
        for path in result.files:
            say(f"  {path}")
    if result.skipped:
        report_skipped(result.skipped, wrote_any=bool(result.files))


# --- the program ------------------------------------------------------------------------------


def main() -> None:
    """Run the command line (the `ualetters` console script)."""
    words = sys.argv[1:]
    if words == ["--version"]:
        print(f"ualetters {__version__}")
        return
    quick = None if _completing() else _quick_generate(words)
    if quick is None:
        from .cli import main as full

        full()
        return
    try:
        quick()
    except KeyboardInterrupt:
        _echo(f"{_('error:')} {_('interrupted')}")
        sys.exit(EXIT_INTERRUPTED)


def _completing() -> bool:
    """Say whether the shell asks for completions (Typer answers those)."""
    return any(name.startswith("_UALETTERS_COMPLETE") for name in os.environ)


def _quick_generate(words: Sequence[str]) -> Callable[[], None] | None:
    """Return `generate` with its values for a plain `generate` command line, else None."""
    from .ui import startup_language, take_ui_option

    try:
        explicit, rest = take_ui_option(words)
    except UsageError:
        return None  # Typer says what is wrong, in the user's language
    if not rest or rest[0] != "generate":
        return None
    values = quick_parse(GENERATE, rest[1:])
    if values is None:
        return None

    def run() -> None:
        try:
            startup_language(explicit)
        except UsageError as exc:
            raise fail(describe(exc), exc.exit_code) from None
        with errors_shown(lambda: options_of(GENERATE)):
            generate(**values)

    return run


if __name__ == "__main__":  # pragma: no cover
    main()
