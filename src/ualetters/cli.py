"""The command line: thin commands over the library; errors become one line and an exit code."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from . import __version__
from .errors import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    InputError,
    SenderError,
    UaLettersError,
)
from .textsafety import clean_terminal
from .ui import _, ngettext

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


def fail(message: str, code: int) -> typer.Exit:
    """Print one error line on stderr and return the Exit to raise."""
    color = sys.stderr.isatty() and not os.environ.get("NO_COLOR")
    prefix = typer.style(_("error:"), fg="red", bold=True) if color else _("error:")
    typer.echo(f"{prefix} {clean_terminal(message)}", err=True)
    return typer.Exit(code)


def handle_errors(command: F) -> F:
    """Turn library errors into one stderr line and their exit code; never a traceback."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except UaLettersError as exc:
            code = exc.exit_code
            if isinstance(exc, InputError) and not exc.source and exc.field:
                # A bad option value (--date, --lang, --country ...) is a usage error.
                code = EXIT_USAGE if exc.field.startswith("--") else code
            raise fail(exc.message, code) from None
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
    except InputError as exc:
        raise fail(exc.message, EXIT_USAGE) from None


def parse_date(value: str | None) -> dt.date:
    """Return the date of a --date option (ISO 8601), or today."""
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"'{value}' is not a date; write it as YYYY-MM-DD", field="--date"
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


SENDER_OPTIONS = {
    "name": "--name",
    "street": "--street",
    "postal_code": "--postal-code",
    "city": "--city",
    "country": "--country",
    "languages": "--sender-lang",
    "email": "--email",
    "note": "--note",
}


def resolve_sender(
    path: Path | None,
    overrides: dict[str, Any],
    option_names: dict[str, str] = SENDER_OPTIONS,
) -> Any:
    """Return the sender from a file or the saved default, with command-line overrides."""
    from .api import default_sender_path
    from .model import Sender
    from .sources import load_sender, validate

    given = {key: value for key, value in overrides.items() if value not in (None, [], ())}
    base: dict[str, Any] = {}
    source = "command line"
    if path is not None:
        base = load_sender(path).model_dump(exclude_none=True)
        source = str(path)
    elif default_sender_path().is_file():
        base = load_sender(default_sender_path()).model_dump(exclude_none=True)
        source = str(default_sender_path())
    elif not {"name", "city", "country"} <= set(given):
        raise SenderError(
            "no sender: give --sender FILE, or --name, --city and --country, "
            "or save your details once with 'ualetters sender set'"
        )
    try:
        return validate(Sender, {**base, **given}, source=source, error=SenderError)
    except SenderError as exc:
        root = (exc.field or "").split(".")[0].split("[")[0]
        if root in given:
            # The bad value came from an option, not from the file: name the option.
            raise SenderError(exc.reason, field=option_names.get(root, root)) from None
        raise


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
    from .sources import MAX_FILE_BYTES, STDIN_NAME, load_case, load_case_bytes

    formats = list(dict.fromkeys(fmt or ["txt", "docx"]))  # -f txt -f txt: one file
    from .writers import FORMATS

    for one in formats:
        if one not in FORMATS:
            raise InputError(
                f"unknown format '{one}' (known: {', '.join(FORMATS)})", field="--format"
            )
    case = (
        load_case_bytes(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), STDIN_NAME)
        if case_file == "-"
        else load_case(case_file)
    )
    who = resolve_sender(
        sender, sender_overrides(name, street, postal_code, city, country, sender_lang, email, note)
    )
    when = parse_date(date)
    if out == "-" or out.endswith(".jsonl"):
        as_json = stream_format(fmt, out) == "json"
        planned = api.plan(
            case,
            who,
            date=when,
            lang=lang,
            allow_closed=allow_closed,
            templates=templates,
            with_translation=with_translation,
        )
        for warning in planned.warnings:
            say(_("warning: %(message)s", message=warning))
        letters = api.render_letters(planned, templates=templates)
        if as_json:
            data = api.json_lines(letters)
        else:
            data = ("\n" + "=" * 72 + "\n\n").join(api.to_text(letter) for letter in letters)
        if out == "-":
            sys.stdout.write(data)
        else:
            from .output import write_files

            write_files([(Path(out), data.encode("utf-8"))], force=force)
            if not quiet:
                say(f"{len(letters)} letter(s) written to {out}")
        return
    result = api.generate(
        case,
        who,
        out=out,
        formats=formats,
        date=when,
        lang=lang,
        layout=layout,
        templates=templates,
        allow_closed=allow_closed,
        force=force,
        fold_marks=fold_marks,
        soffice=soffice,
        with_translation=with_translation,
    )
    for warning in result.warnings:
        say(_("warning: %(message)s", message=warning))
    if not quiet:
        file_count = ngettext("%(num)d file", "%(num)d files", len(result.files))
        letter_count = ngettext("%(num)d letter", "%(num)d letters", len(result.letters))
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
    from .report import case_summary
    from .sources import load_case

    when = parse_date(date)
    who = None
    try:
        who = resolve_sender(sender, {})
    except SenderError:
        if sender is not None:
            raise
    failed = 0
    for path in case_files:
        # Check every file, so one bad file does not hide the state of the others.
        try:
            case = load_case(path)
        except InputError as exc:
            fail(exc.message, exc.exit_code)
            failed = exc.exit_code
            continue
        typer.echo(
            clean_terminal(case_summary(case, when, who, templates=templates, source=str(path)))
        )
    if failed:
        raise typer.Exit(failed)


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
    from .api import default_sender_path
    from .output import prepare_folder, write_atomic
    from .sources import dump_sender_toml

    path = default_sender_path()
    updated = resolve_sender(
        None,
        sender_overrides(name, street, postal_code, city, country, lang, email, note),
        {**SENDER_OPTIONS, "languages": "--lang"},
    )
    prepare_folder(path.parent)
    write_atomic(path, dump_sender_toml(updated).encode("utf-8"), private=True)
    say(f"saved to {path}")


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


def stream_format(fmt: list[str] | None, out: str) -> str:
    """Return the one format a stream output (`-o -`, `-o FILE.jsonl`) can carry: txt or json."""
    allowed = ["json"] if out.endswith(".jsonl") else ["txt", "json"]
    chosen = fmt or allowed[:1]
    if len(chosen) != 1 or chosen[0] not in allowed:
        raise fail(
            f"--out {out} takes one format ({' or '.join(allowed)}); "
            "give a folder for several formats, docx or eml",
            EXIT_USAGE,
        )
    return chosen[0]


def report_skipped(skipped: list[str], *, wrote_any: bool) -> None:
    """List the letters that got no email draft on stderr, and fail with the fitting code."""
    from .errors import NoEmailError, PartialFailure

    for message in skipped:
        say(f"skipped: {message}")
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
    from .sources import load_case
    from .supporters import parse_mapping, read_supporters

    cases = [load_case(path) for path in case_files]
    rows = read_supporters(supporters, mapping=parse_mapping(mapping or []), encoding=encoding)
    if rows.encoding == "cp1252" and not encoding and not quiet:
        say(f"note: {supporters} is not UTF-8; read it as Windows-1252 (or give --encoding)")
    bar = _progress_bar(quiet)
    try:
        result = run_batch(
            cases,
            rows,
            out,
            date=parse_date(date),
            formats=fmt or ["docx"],
            lang=lang,
            layout=layout,
            templates=templates,
            combine=combine,
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
        say(f"warning: {warning}")
    for error in result.errors:
        say(f"{supporters}: {error}")
    if not quiet or result.errors:
        say(result.summary())
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
