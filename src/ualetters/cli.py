"""The command line: thin commands over the library; errors become one line and an exit code."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
import typing
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import __version__
from .errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    InputError,
    Message,
    Option,
    SenderError,
    UaLettersError,
    UsageError,
)
from .textsafety import clean_terminal
from .ui import _, ngettext, render

F = TypeVar("F", bound=Callable[..., Any])

app = typer.Typer(
    name="ualetters",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
sender_app = typer.Typer(
    help="Keep your own details for the letters you sign.", no_args_is_help=True
)
app.add_typer(sender_app, name="sender")


def say(message: str) -> None:
    """Print a diagnostic line on stderr."""
    typer.echo(clean_terminal(message), err=True)


# Library parameters whose option is named otherwise, by the commands' own parameter names.
OPTION_ALIASES = {"formats": ("fmt",), "languages": ("sender_lang", "lang")}
_running: list[Callable[..., Any]] = []  # the command being run, for its options' names


def _options(command: Callable[..., Any]) -> dict[str, str]:
    """Return {parameter of `command`: its long option} from the command's annotations."""
    options = {}
    for name, hint in typing.get_type_hints(command, include_extras=True).items():
        for meta in getattr(hint, "__metadata__", ()):
            # In `Annotated`, typer takes an Option's first name for its `default`.
            names = [getattr(meta, "default", None), *(getattr(meta, "param_decls", None) or ())]
            flags = [d for d in names if isinstance(d, str) and d.startswith("--")]
            options[name] = flags[0] if flags else "--" + name.replace("_", "-")
    return options


def option_name(parameter: str) -> str:
    """Return the option of the running command that sets a library parameter (`--lang`)."""
    options = _options(_running[-1]) if _running else {}
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


def fail(message: str, code: int) -> typer.Exit:
    """Print one error line on stderr and return the Exit to raise."""
    color = sys.stderr.isatty() and not os.environ.get("NO_COLOR")
    prefix = typer.style(_("error:"), fg="red", bold=True) if color else _("error:")
    typer.echo(f"{prefix} {clean_terminal(message)}", err=True)
    return typer.Exit(code)


# A case file with many problems lists the first ones; more would scroll the first out of view.
MAX_PROBLEMS = 20


def fail_all(exc: UaLettersError, code: int) -> typer.Exit:
    """Print every problem of an error, one line each (at most MAX_PROBLEMS); return the Exit."""
    problems = exc.problems if isinstance(exc, InputError) else ()
    if len(problems) <= 1:
        return fail(describe(exc), code)
    for problem in problems[:MAX_PROBLEMS]:
        fail(str(replace(problem, reason=show(problem.reason))), code)
    hidden = len(problems) - MAX_PROBLEMS
    if hidden > 0:
        say(ngettext("... and %(num)d more problem", "... and %(num)d more problems", hidden))
    return typer.Exit(code)


def handle_errors(command: F) -> F:
    """Turn library errors into one stderr line and their exit code; never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _running.append(command)
        try:
            return command(*args, **kwargs)
        except UaLettersError as exc:
            raise fail_all(exc, exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail(_("interrupted"), EXIT_INTERRUPTED) from None
        except (typer.Exit, typer.Abort, SystemExit):
            raise
        except Exception as exc:  # a bug: say so in one line, without locals or personal data
            if os.environ.get("UALETTERS_DEBUG"):
                raise
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

    return wrapper  # type: ignore[return-value]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ualetters {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
    ui_lang: Annotated[
        str | None,
        typer.Option("--ui-lang", help="Language of messages (de, fr, it, en). Default: LANG."),
    ] = None,
) -> None:
    """Write ready-to-sign appeal letters for Amnesty International Urgent Actions.

    Examples:

    \b
      ualetters generate examples/askarov.yaml --sender examples/sender.toml --date 2020-07-23
      ualetters check examples/askarov.yaml --date 2020-07-23
      ualetters sender set --name "Anna Beispiel" --street "Beispielweg 12" \\
          --postal-code 3011 --city Bern --country CH --lang de-CH
    """
    from .ui import set_language

    try:
        set_language(ui_lang)
    except UsageError as exc:
        raise fail(describe(exc), exc.exit_code) from None


def parse_date(value: str | None) -> dt.date | None:
    """Return the date of a --date option (ISO 8601), or None for the library's default."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            Message("'%(value)s' is not a date; write it as YYYY-MM-DD", value=value),
            parameter="date",
        ) from None


SenderFile = Annotated[
    Path | None,
    typer.Option(
        "--sender",
        "-s",
        metavar="FILE",
        help="Sender file (TOML or YAML). Default: your saved sender.",
    ),
]
Name = Annotated[str | None, typer.Option(metavar="TEXT", help="Your name as you sign.")]
Street = Annotated[
    list[str] | None,
    typer.Option(metavar="TEXT", help="Street line (repeat for more lines)."),
]
PostalCode = Annotated[
    str | None, typer.Option("--postal-code", metavar="CODE", help="Your postal code.")
]
City = Annotated[
    str | None, typer.Option(metavar="TEXT", help="Your town, also used in the date line.")
]
Country = Annotated[
    str | None, typer.Option(metavar="CODE", help="Your country (ISO code, e.g. CH).")
]
SenderLang = Annotated[
    list[str] | None,
    typer.Option("--sender-lang", metavar="LANG", help="A language you write (repeatable)."),
]
Email = Annotated[str | None, typer.Option(metavar="ADDRESS", help="Your email address.")]
Note = Annotated[
    str | None, typer.Option(metavar="TEXT", help="A personal sentence for your letters.")
]


def sender_overrides(
    name: str | None,
    street: list[str] | None,
    postal_code: str | None,
    city: str | None,
    country: str | None,
    sender_lang: list[str] | None,
    email: str | None,
    note: str | None,
) -> dict[str, Any]:
    """Collect the sender options of a command into a dict of fields."""
    return {
        "name": name,
        "street": street,
        "postal_code": postal_code,
        "city": city,
        "country": country,
        "languages": sender_lang,
        "email": email,
        "note": note,
    }


@app.command()
@handle_errors
def generate(
    case_file: Annotated[
        str, typer.Argument(metavar="CASE", help="Case file (YAML), or - for stdin.")
    ],
    sender: SenderFile = None,
    out: Annotated[
        str,
        typer.Option(
            "--out",
            "-o",
            metavar="DIR|-|FILE.jsonl",
            help="Output folder; - for stdout (txt, or json as JSON Lines); or a FILE.jsonl.",
        ),
    ] = "letters",
    fmt: Annotated[
        list[str] | None,
        typer.Option(
            "--format",
            "-f",
            help="txt, docx, pdf, json or eml (repeatable). Default: txt and docx.",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(metavar="YYYY-MM-DD", help="Letter date. Default: today."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(metavar="LANG", help="Write every letter in this language (e.g. en)."),
    ] = None,
    layout: Annotated[
        str | None,
        typer.Option(
            help="Page layout for DOCX and PDF: din5008-a, din5008-b, ch, ch-left, fr, us. "
            "Default: from your country."
        ),
    ] = None,
    fold_marks: Annotated[
        bool, typer.Option("--fold-marks", help="Print fold and punch marks at the left edge.")
    ] = False,
    soffice: Annotated[
        str | None,
        typer.Option(help="LibreOffice program for --format pdf. Default: soffice on PATH."),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            metavar="DIR", help="Folder of your own templates; they override ours by file name."
        ),
    ] = None,
    allow_closed: Annotated[
        bool, typer.Option("--allow-closed", help="Write letters even for a closed case.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite letters that exist already.")
    ] = False,
    with_translation: Annotated[
        bool,
        typer.Option(
            "--with-translation",
            help="Add a courtesy translation in your language to letters in another.",
        ),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    name: Name = None,
    street: Street = None,
    postal_code: PostalCode = None,
    city: City = None,
    country: Country = None,
    sender_lang: SenderLang = None,
    email: Email = None,
    note: Note = None,
) -> None:
    """Write the letters of one Urgent Action case, one per target.

    Example:
    ualetters generate examples/askarov.yaml --sender examples/sender.toml --date 2020-07-23
    """
    from . import api
    from .sources import MAX_FILE_BYTES, STDIN_NAME, load_case_bytes

    from_stdin = case_file == "-"
    case = (
        load_case_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), STDIN_NAME)
        if from_stdin
        else Path(case_file)
    )
    who = api.resolve_sender(
        sender, sender_overrides(name, street, postal_code, city, country, sender_lang, email, note)
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
        source=STDIN_NAME if from_stdin else None,
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


@app.command()
@handle_errors
def check(
    case_files: Annotated[list[Path], typer.Argument(metavar="CASE", help="Case files (YAML).")],
    date: Annotated[
        str | None,
        typer.Option(metavar="YYYY-MM-DD", help="Check the status on this date. Default: today."),
    ] = None,
    sender: SenderFile = None,
    templates: Annotated[
        Path | None, typer.Option(metavar="DIR", help="Folder of your own templates.")
    ] = None,
) -> None:
    """Validate case files and show targets, languages and status on a date.

    Example: ualetters check examples/askarov.yaml --date 2020-07-23
    """
    from .api import resolve_sender
    from .errors import EXIT_INVALID
    from .report import case_summary, todo_lines
    from .sources import Todo, case_todos, load_case

    when = parse_date(date)
    who = None
    try:
        who = resolve_sender(sender)
    except SenderError:
        if sender is not None:
            raise
    failed = 0
    for path in case_files:
        # Check every file, so one bad file does not hide the state of the others.
        todos: list[Todo] = []
        try:
            todos = case_todos(path)
            case = load_case(path, allow_todos=True)  # a draft's marks are listed, not refused
            lines = case_summary(
                case, when, who, templates=templates, source=str(path), todos=todos
            )
        except InputError as exc:
            fail_all(exc, exc.exit_code)
            failed = exc.exit_code
            lines = todo_lines(todos, str(path))  # a draft that does not load yet: its tasks
            if not lines:
                continue
        failed = failed or (EXIT_INVALID if todos else 0)
        text = "\n".join("  " * depth + show(line) for depth, line in lines)
        typer.echo(clean_terminal(text))
    if failed:
        raise typer.Exit(failed)


@app.command("import")
@handle_errors
def import_(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help="The UA: a text, HTML, PDF or DOCX file, - for stdin, or an http(s) address.",
        ),
    ],
    out: Annotated[
        str | None,
        typer.Option(
            "--out", "-o", metavar="FILE", help="Write the draft case file here. Default: stdout."
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            metavar="LANG", help="Language of the text (en, de, fr, es, ja). Default: detected."
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="CASE",
            help="Add the text (another language, or an update) to this case file of the same UA.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the --out file if it exists.")
    ] = False,
) -> None:
    """Make a draft case file from a published Urgent Action, with TODO marks to check.

    Every value the importer is unsure of carries a '# TODO(ualetters): ...' comment; check
    lists them, and generate refuses the file until none is left.

    Examples:

    \b
      ualetters import ua-61-20.html --out ua-61-20.yaml
      ualetters import https://example.org/ua-61-20-de --into ua-61-20.yaml
    """
    from .errors import FileExistsOutputError
    from .importer import import_source, merge_into
    from .output import cannot_write, write_atomic
    from .sources import find_todos

    imported = import_source(source, language=lang, stdin=sys.stdin.buffer)
    changes: list[str] = []
    if into is not None:
        text, changes = merge_into(into, imported)
        target = out or str(into)
    else:
        text = imported.yaml
        target = out or "-"
    count = len(find_todos(text))
    if target == "-":
        sys.stdout.write(text)
        say(_("%(count)d TODO(ualetters) mark(s) to resolve", count=count))
        return
    path = Path(target)
    if path.exists() and not force and (into is None or out is not None):
        raise FileExistsOutputError(
            Message(
                "%(path)s: exists already; use %(force)s to overwrite it",
                path=path,
                force=Option("force"),
            )
        )
    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise cannot_write(path, exc) from None
    if into is not None:
        what = ", ".join(changes) or _("nothing new")
        say(_("%(file)s: added %(what)s", file=path, what=what))
    say(
        _(
            "%(file)s: %(count)d TODO(ualetters) mark(s) to resolve; "
            "'ualetters check %(file)s' lists them",
            file=path,
            count=count,
        )
    )


@sender_app.command("set")
@handle_errors
def sender_set(
    name: Name = None,
    street: Street = None,
    postal_code: PostalCode = None,
    city: City = None,
    country: Country = None,
    lang: Annotated[
        list[str] | None,
        typer.Option("--lang", metavar="LANG", help="A language you write (repeatable)."),
    ] = None,
    email: Email = None,
    note: Note = None,
) -> None:
    """Save your details; generate uses them when no --sender is given."""
    from .api import resolve_sender, save_sender

    updated = resolve_sender(
        None, sender_overrides(name, street, postal_code, city, country, lang, email, note)
    )
    say(f"saved to {save_sender(updated)}")


@sender_app.command("show")
@handle_errors
def sender_show() -> None:
    """Print your saved details and where they are kept."""
    from .api import default_sender_path
    from .sources import dump_sender_toml, load_sender

    path = default_sender_path()
    if not path.is_file():
        raise SenderError("no saved sender yet; use 'ualetters sender set'", source=path)
    say(f"# {path}")
    typer.echo(dump_sender_toml(load_sender(path)), nl=False)


def report_skipped(skipped: list[str], *, wrote_any: bool) -> None:
    """List the letters that got no email draft on stderr, and fail with the fitting code."""
    from .errors import NoEmailError, PartialFailure

    for message in skipped:
        say(f"skipped: {show(message)}")
    summary = f"{len(skipped)} letter(s) have no email address, so no .eml draft was written"
    if wrote_any:
        raise PartialFailure(f"{summary}; the other files were written")
    raise NoEmailError(summary)


@app.command()
@handle_errors
def schema(
    record: Annotated[
        str, typer.Argument(help="case (the case file, default) or letter (--format json).")
    ] = "case",
) -> None:
    """Print the JSON Schema of a case file (or of a JSON letter record).

    Editors check a case file as you type when its first line names the schema, e.g.
    # yaml-language-server: $schema=../docs/case.schema.json (a path or a URL)

    Example: ualetters schema > case.schema.json
    """
    from . import api
    from .writers.json import schema_text

    schemas = {"case": api.case_schema, "letter": api.letter_schema}
    if record not in schemas:
        raise fail(f"unknown record '{record}' (known: case, letter)", EXIT_USAGE)
    typer.echo(schema_text(schemas[record]()), nl=False)


@app.command()
@handle_errors
def batch(
    case_files: Annotated[list[Path], typer.Argument(metavar="CASE...", help="Case files (YAML).")],
    supporters: Annotated[
        Path,
        typer.Option(
            "--supporters", help="Supporters list: CSV (, ; or tab) or .xlsx, one row each."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("letters"),
    fmt: Annotated[
        list[str] | None,
        typer.Option("--format", "-f", help="docx or txt (repeatable). Default: docx."),
    ] = None,
    date: Annotated[
        str | None, typer.Option(help="Letter date, YYYY-MM-DD. Default: today.")
    ] = None,
    lang: Annotated[str | None, typer.Option(help="Write every letter in this language.")] = None,
    layout: Annotated[
        str | None, typer.Option(help="Page layout (default: per supporter's country).")
    ] = None,
    templates: Annotated[
        Path | None, typer.Option(help="Folder of your own templates; they override ours by name.")
    ] = None,
    combine: Annotated[
        str | None,
        typer.Option(help="Also one DOCX per 'supporter', or for 'all' letters; one page each."),
    ] = None,
    zip_: Annotated[bool, typer.Option("--zip", help="Also pack everything into letters.zip.")] = (
        False
    ),
    strict: Annotated[bool, typer.Option(help="Write nothing if any row has a problem.")] = False,
    mapping: Annotated[
        list[str] | None,
        typer.Option("--map", help="Use column COLUMN as FIELD: --map Wohnort=city (repeatable)."),
    ] = None,
    encoding: Annotated[
        str | None, typer.Option(help="Encoding of a CSV file (default: UTF-8, else cp1252).")
    ] = None,
    allow_closed: Annotated[
        bool, typer.Option(help="Write letters even for closed cases.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes. Default: cores.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
) -> None:
    """Write every supporter's letters for every case and target, resumably.

    Columns of the supporters list: name, street, postal_code, city, country, language,
    email, note (other columns are available to templates as sender.extra). Bad rows are
    listed in errors.csv and on stderr, the others written (exit code 6). Run the same
    command again to finish an interrupted batch.

    Example:
    ualetters batch examples/askarov.yaml --supporters members.csv --out pack --combine supporter
    """
    from .batch import run_batch
    from .errors import EXIT_INVALID, EXIT_PARTIAL
    from .supporters import parse_mapping, read_supporters

    rows = read_supporters(supporters, mapping=parse_mapping(mapping or []), encoding=encoding)
    if rows.encoding == "cp1252" and not encoding and not quiet:
        say(f"note: {supporters} is not UTF-8; read it as Windows-1252 (or give --encoding)")
    bar = _progress_bar(quiet)
    try:
        result = run_batch(
            case_files,
            rows,
            out,
            date=parse_date(date),
            formats=fmt or ["docx"],
            lang=lang,
            layout=layout,
            templates=templates,
            combine=combine,  # type: ignore[arg-type]  # checked by the library
            zip_=zip_,
            strict=strict,
            allow_closed=allow_closed,
            jobs=jobs,
            progress=bar.update if bar else None,
        )
    finally:
        if bar:
            bar.close()
    for warning in result.warnings:
        warn(warning)
    for error in result.errors:
        say(f"{supporters}: {replace(error, reason=show(error.reason))}")
    if not quiet or result.errors:
        say(result.summary())
    if result.skipped:
        report_skipped(result.skipped, wrote_any=bool(result.entries))
    if result.errors:
        raise typer.Exit(EXIT_PARTIAL if result.written_rows else EXIT_INVALID)


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
                TextColumn("letters"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task("letters", total=total, rate="")
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


def main() -> None:
    """Run the CLI (the `ualetters` console script)."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo(f"{_('error:')} {_('interrupted')}", err=True)
        sys.exit(EXIT_INTERRUPTED)


__all__ = ["EXIT_USAGE", "app", "main"]
