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
    Plural,
    UaLettersError,
    UsageError,
)
from .textsafety import clean_terminal
from .ui import _, ngettext, render

Kind = Literal["argument", "arguments", "flag", "value", "values"]


class Param(NamedTuple):
    """One parameter of a command, as both parsers read it and `--help` shows it.

    `names` are the option's spellings; none: `--` and the parameter's name, as Typer
    derives it. `kind`: a positional `argument`, one or more (`arguments`, a list), a `flag`
    (True when given), an option with a `value`, or one given any number of times
    (`values`, a list; None if never).
    """

    kind: Kind
    help: str
    names: tuple[str, ...] = ()
    metavar: str | None = None
    path: bool = False  # the value is a file or folder (a `Path`)
    default: Any = None
    hidden: bool = False
    required: bool = False  # an option that must be given (arguments always must)
    minimum: int | None = None  # the value is a whole number, at least this

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


# `ualetters batch`, in the order --help lists them.
BATCH: dict[str, Param] = {
    "case_files": Param("arguments", N_("Case files (YAML)."), metavar="CASE", path=True),
    "supporters": Param(
        "value",
        N_("Supporters list: CSV, .xlsx, .ods or .xls, one row each."),
        ("--supporters",),
        "FILE",
        path=True,
        required=True,
    ),
    "out": Param(
        "value", N_("Output folder."), ("--out", "-o"), "DIR", path=True, default=Path("letters")
    ),
    "fmt": Param(
        "values",
        N_("docx, txt, pdf, json or eml (repeatable). Default: docx."),
        ("--format", "-f"),
        "FORMAT",
    ),
    "date": DATE,
    "lang": LANG,
    "layout": LAYOUT,
    "templates": TEMPLATES,
    "combine": Param(
        "value",
        N_(
            "Also one DOCX per 'supporter', or of 'all' letters (one per paper size); "
            "each letter starts a new page. With --format pdf, a PDF of each pack too."
        ),
        metavar="supporter|all",
    ),
    "zip_": Param("flag", N_("Also pack everything into letters.zip."), ("--zip",), default=False),
    "strict": Param(
        "flag",
        N_(
            "Write nothing if any row has a problem or a letter would print badly "
            "(address outside the window, return line left out, more than one page)."
        ),
        ("--strict",),
        default=False,
    ),
    "dry_run": Param(
        "flag",
        N_(
            "Read and plan everything, print each supporter's letters, languages and "
            "files, write nothing."
        ),
        ("--dry-run",),
        default=False,
    ),
    "limit": Param(
        "value", N_("The first N supporters only (a test print)."), metavar="N", minimum=1
    ),
    "clean": Param(
        "flag",
        N_(
            "Remove the letters an earlier batch wrote into the folder that this one "
            "does not write (without it, the batch stops and names them)."
        ),
        ("--clean",),
        default=False,
    ),
    "mapping": Param(
        "values",
        N_(
            "Use column COLUMN as FIELD (name, street, postal_code, city, area, country, "
            "language, email, note, first_name, last_name): --map Wohnsitz=city "
            "(repeatable)."
        ),
        ("--map",),
        "COLUMN=FIELD",
    ),
    "extra": Param(
        "values",
        N_("Keep column COLUMN out of the letters; templates see it (repeatable)."),
        ("--extra",),
        "COLUMN",
    ),
    "encoding": Param(
        "value", N_("Encoding of a CSV file (default: UTF-8, else cp1252)."), metavar="NAME"
    ),
    "allow_closed": ALLOW_CLOSED,
    "jobs": Param(
        "value", N_("Worker processes. Default: cores."), ("--jobs", "-j"), "N", minimum=1
    ),
    "copies": COPIES,
    "quiet": QUIET,
}
# The commands the program parses itself; every other goes to Typer.
QUICK: dict[str, dict[str, Param]] = {"generate": GENERATE, "batch": BATCH}


def quick_parse(params: Mapping[str, Param], words: Sequence[str]) -> dict[str, Any] | None:
    """Return the values of a command line as Click would read it, or None to leave it to Click.

    Only known options with their values (`--out DIR`, `--out=DIR`, `-o DIR`), flags, whole
    numbers in range and the arguments are read; a value or an argument that starts with `-`
    (but `-` itself), an empty one, `--`, joined short options, a missing required option or
    argument and anything unknown return None.
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
        if param.minimum is not None:
            if not value.isdigit() or not value.isascii() or int(value) < param.minimum:
                return None  # Click says what is wrong with it
            converted = int(value)
        if param.kind == "values":
            values.setdefault(name, []).append(converted)
        else:
            values[name] = converted
    if any(not word for word in arguments):
        return None
    for name, param in params.items():
        if param.kind == "argument":
            if not arguments:
                return None
            word = arguments.pop(0)
            values[name] = Path(word) if param.path else word
        elif param.kind == "arguments":
            if not arguments:
                return None
            values[name] = [Path(word) if param.path else word for word in arguments]
            arguments = []
        elif name not in values:
            if param.required:
                return None
            values[name] = param.default
    return None if arguments else values


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
    """Return the option of the running command that sets a library parameter (`--lang`);
    an argument named by its metavar (`SOURCE`) as it is."""
    if parameter.isupper():
        return parameter
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


def report_skipped(skipped: list[str], *, letters: int, wrote_any: bool) -> None:
    """List the letters that got no email draft on stderr, and fail with the fitting code.

    `skipped` says why once per case and target; `letters` counts the letters without a
    draft (a batch writes one per supporter to each such target).
    """
    from .errors import NoEmailError, PartialFailure

    for message in skipped:
        say(_("skipped: %(message)s", message=show(message)))
    summary = Plural(
        "%(num)s letter has no email address, so no .eml draft was written for it",
        "%(num)s letters have no email address, so no .eml draft was written for them",
        letters,
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
    from .sources import MAX_FILE_BYTES, STDIN_NAME, decode_text

    from_stdin = case_file == "-"
    # From stdin, the case's text (always with a line end, so it is never taken for a path):
    # loaded as text, its warnings name their lines ("<stdin>:12: ...") as a file's do.
    case: str | Path = (
        decode_text(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), STDIN_NAME) + "\n"
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
        formats=fmt,  # type: ignore[arg-type]  # checked by the library
        date=parse_date(date),
        lang=lang,
        layout=layout,  # type: ignore[arg-type]  # checked by the library
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
        report_skipped(result.skipped, letters=len(result.skipped), wrote_any=bool(result.files))


def batch(
    case_files: list[Path],
    supporters: Path,
    out: Path,
    fmt: list[str] | None,
    date: str | None,
    lang: str | None,
    layout: str | None,
    templates: Path | None,
    combine: str | None,
    zip_: bool,
    strict: bool,
    dry_run: bool,
    limit: int | None,
    clean: bool,
    mapping: list[str] | None,
    extra: list[str] | None,
    encoding: str | None,
    allow_closed: bool,
    jobs: int | None,
    copies: bool,
    quiet: bool,
) -> None:
    """Write every supporter's letters (`ualetters batch`)."""
    from .batch import run_batch
    from .errors import EXIT_INVALID, EXIT_PARTIAL
    from .supporters import parse_mapping, read_supporters

    rows = read_supporters(
        supporters, mapping=parse_mapping(mapping or []), extra=extra or (), encoding=encoding
    )
    if rows.encoding == "cp1252" and not encoding and not quiet:
        say(
            _(
                "note: %(file)s is not UTF-8; read it as Windows-1252 (or give --encoding)",
                file=supporters,
            )
        )
    bar = _progress_bar(quiet or dry_run)
    try:
        result = run_batch(
            case_files,
            rows,
            out,
            date=parse_date(date),
            formats=fmt or ["docx"],  # type: ignore[arg-type]  # checked by the library
            lang=lang,
            layout=layout,  # type: ignore[arg-type]  # checked by the library
            templates=templates,
            combine=combine,  # type: ignore[arg-type]  # checked by the library
            zip_=zip_,
            strict=strict,
            allow_closed=allow_closed,
            jobs=jobs,
            progress=bar.update if bar else None,
            dry_run=dry_run,
            limit=limit,
            clean=clean,
            copies=copies,
            translate=show,
        )
    finally:
        if bar:
            bar.close()
    for warning in result.warnings:
        warn(warning)
    for error in result.errors:
        say(f"{supporters}: {show(error.message())}")
    for note in result.notes:
        say(
            f"{supporters}: "
            + _("row %(row)s: note: %(note)s", row=note.row, note=show(note.reason))
        )
    if dry_run:
        show_plan(result)
    if not quiet:
        # With the summary, so the last lines say what was read as what, and what was done.
        for line in rows.mapping():
            say(f"{supporters}: {show(line)}")
    if not quiet or result.errors:
        say(show(result.summary()))
        outputs = result.outputs()
        if outputs is not None:
            say(show(outputs))
    if result.skipped:
        report_skipped(
            result.skipped,
            letters=result.undrafted() or len(result.skipped),
            wrote_any=bool(result.entries),
        )
    if result.errors and not dry_run:
        raise SystemExit(EXIT_PARTIAL if result.written_rows else EXIT_INVALID)


def show_plan(result: Any) -> None:
    """Print what a dry run would write (stdout) and which earlier letters it would remove."""
    from .l10n import language_name
    from .ui import language

    lines = []
    for row in result.planned:
        lines.append(
            _(
                "row %(row)s: %(name)s -> %(folder)s/",
                row=row.row,
                name=row.supporter,
                folder=result.out / row.folder,
            )
        )
        for letter in row.letters:
            files = ", ".join(name.rpartition("/")[2] for name in letter.files)
            lines.append(
                f"  {letter.ua}, {letter.target}: {letter.language} "
                f"({language_name(letter.language, language())}): {files}"
            )
    if result.removed:
        lines.append(
            _(
                "an earlier batch's letters this one would not write (removed with --clean, "
                "else the batch stops):"
            )
        )
        lines += [f"  {result.out / name}" for name in result.removed]
    if lines:
        sys.stdout.write(clean_terminal("\n".join(lines)) + "\n")
        sys.stdout.flush()


class _Bar:
    """A Rich progress bar on stderr, started on the first update."""

    def __init__(self) -> None:
        self.progress: Any = None
        self.task: Any = None
        self.started = 0.0

    def update(self, done: int, total: int) -> None:
        import time

        if self.progress is None:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeRemainingColumn,
            )

            self.progress = Progress(
                TextColumn(_("letters")),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task(_("letters"), total=total, rate="")
            self.started = time.monotonic()
        elapsed = time.monotonic() - self.started
        rate = f"{done / elapsed:,.0f}/s" if elapsed > 0.5 and done else ""
        self.progress.update(self.task, completed=done, total=total, rate=rate)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


def _progress_bar(quiet: bool) -> _Bar | None:
    """Return a progress bar when stderr is a terminal and the user did not ask for quiet."""
    if quiet or not sys.stderr.isatty():
        return None
    return _Bar()


# --- the program ------------------------------------------------------------------------------


def main() -> None:
    """Run the command line (the `ualetters` console script)."""
    words = sys.argv[1:]
    if words == ["--version"]:
        print(f"ualetters {__version__}")
        return
    quick = None if _completing() else _quick(words)
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


def _quick(words: Sequence[str]) -> Callable[[], None] | None:
    """Return the command of a plain `generate` or `batch` line with its values, else None."""
    from .ui import startup_language, take_ui_option

    try:
        explicit, rest = take_ui_option(words)
    except UsageError:
        return None  # Typer says what is wrong, in the user's language
    params = QUICK.get(rest[0]) if rest else None
    values = None if params is None else quick_parse(params, rest[1:])
    if params is None or values is None:
        return None
    command: Callable[..., None] = generate if rest[0] == "generate" else batch

    def run() -> None:
        try:
            startup_language(explicit)
        except UsageError as exc:
            raise fail(describe(exc), exc.exit_code) from None
        with errors_shown(lambda: options_of(params)):
            command(**values)

    return run


if __name__ == "__main__":  # pragma: no cover
    main()
