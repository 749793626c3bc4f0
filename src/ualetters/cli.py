"""The command line: thin commands over the library; errors become one line and an exit code.

Every text a user reads goes through the catalogs: our messages (`ui._`), the library's
(`show`), Click's (`ui.translate_click`) and the help texts, which are marked with `N_`
and translated when the command line is run (`UiGroup.main`), once the language is known.
"""

from __future__ import annotations

import contextlib
import functools
import inspect
import sys
import typing
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer._click import exceptions as click_exceptions
from typer.core import TyperGroup

from . import __version__, console
from .console import (
    ALLOW_CLOSED,
    AREA,
    BATCH,
    CITY,
    COPIES,
    COUNTRY,
    DATE,
    EMAIL,
    GENERATE,
    LAYOUT,
    MAX_PROBLEMS,
    NAME,
    NOTE,
    OLD_WRITES,
    POSTAL_CODE,
    QUIET,
    SENDER,
    STREET,
    TEMPLATES,
    WRITES,
    Param,
    describe,
    errors_shown,
    fail,
    fail_all,
    option_name,
    parse_date,
    say,
    sender_overrides,
    show,
    writes,
)
from .errors import (
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    N_,
    InputError,
    Message,
    Option,
    Plural,
    SenderError,
    UsageError,
)
from .textsafety import clean_terminal
from .ui import _, ngettext

F = TypeVar("F", bound=Callable[..., Any])


def _no_pydantic_for_nothing() -> None:
    """Let Typer coerce an option nobody gave without building a pydantic adapter for it.

    Typer 0.29 builds a pydantic TypeAdapter for every parameter it processes, also for
    one left unset (None), whose coercion is None (or an empty tuple) whatever its type:
    importing pydantic and building the adapters cost ~0.25 s of `generate --help` (the
    root's `--ui-lang`) and of every command run through Typer. For None, a pass-through
    coercion gives the same result without them; a value still goes through pydantic.
    A Typer without these internals runs as it is.
    """
    try:
        from typer._coercion import PassThroughRuntimeParam
        from typer.core import _TyperParameter
    except ImportError:  # pragma: no cover (another Typer)
        return
    original = _TyperParameter.process_value
    if getattr(original, "_ualetters", False):
        return

    def process_value(self: Any, ctx: Any, value: Any) -> Any:
        if value is not None or getattr(self, "_runtime_param", True) is not None:
            return original(self, ctx, value)
        described = self.type_descriptor
        self._runtime_param = PassThroughRuntimeParam(
            parameter_info=described.parameter_info, annotation=described.annotation
        )
        try:
            return original(self, ctx, value)
        finally:
            self._runtime_param = None

    process_value._ualetters = True  # type: ignore[attr-defined]
    _TyperParameter.process_value = process_value  # type: ignore[method-assign]


_no_pydantic_for_nothing()


class UiGroup(TyperGroup):
    """The root command: picks the UI language first, then shows help and errors in it."""

    def main(self, args: Sequence[str] | None = None, *pos: Any, **kwargs: Any) -> Any:
        """Run the command line with `--ui-lang` taken from anywhere on it."""
        from .ui import startup_language, take_ui_option, translate_click

        words = list(sys.argv[1:] if args is None else args)
        try:
            explicit, words = take_ui_option(words)
            startup_language(explicit)
        except UsageError as exc:
            raise fail(describe(exc), exc.exit_code) from None
        translate_click()
        translate_help(self)
        standalone = kwargs.pop("standalone_mode", True)
        kwargs["standalone_mode"] = False
        try:
            done = super().main(words, *pos, **kwargs)
        except click_exceptions.ClickException as exc:
            if not standalone:
                raise
            show_click_error(exc)
            raise SystemExit(exc.exit_code) from None
        except typer.Abort:
            if not standalone:
                raise
            raise fail(_("Aborted!"), 1) from None
        if standalone:
            raise SystemExit(done if isinstance(done, int) else 0)
        return done


def show_click_error(exc: click_exceptions.ClickException) -> None:
    """Print an option error of Typer's Click in the user's language: usage, hint, error."""
    if isinstance(exc, click_exceptions.NoArgsIsHelpError):
        exc.show()
        return
    context = getattr(exc, "ctx", None)
    if context is not None:
        say(context.get_usage())
        say(_("Try '%(command)s --help' for help.", command=context.command_path))
    fail(click_message(exc), exc.exit_code)


def click_message(exc: click_exceptions.ClickException) -> str:
    """Return the reason of an option error in the user's language, where we know its kind."""
    param = getattr(exc, "param", None)
    hint = param.get_error_hint() if param is not None else None
    if isinstance(exc, click_exceptions.NoSuchOption):
        text = _("no such option: %(option)s", option=exc.option_name)
        if exc.possibilities:
            text += " " + _(
                "(did you mean %(options)s?)", options=", ".join(sorted(exc.possibilities))
            )
        return text
    if isinstance(exc, click_exceptions.MissingParameter) and hint:
        if getattr(param, "param_type_name", "") == "argument":
            return _("missing argument %(name)s", name=hint)
        return _("missing option %(name)s", name=hint)
    if isinstance(exc, click_exceptions.BadParameter) and hint:
        return _("invalid value for %(name)s: %(reason)s", name=hint, reason=value_reason(exc))
    if isinstance(exc, click_exceptions.BadOptionUsage) and "requires an argument" in exc.message:
        return _("%(option)s needs a value", option=exc.option_name)
    if isinstance(exc, click_exceptions.BadOptionUsage) and "does not take a value" in exc.message:
        return _("%(option)s takes no value", option=exc.option_name)
    if exc.message.startswith("Got unexpected extra argument"):
        extra = exc.message.split(" (", 1)[-1].removesuffix(")")
        return ngettext(
            "unexpected extra argument: %(arguments)s",
            "unexpected extra arguments: %(arguments)s",
            len(extra.split()),
            arguments=extra,
        )
    return exc.format_message()


def value_reason(exc: click_exceptions.BadParameter) -> str:
    """Return why an option's value is refused, in the user's language where we know why.

    Typer checks a value with pydantic, whose messages are English; the kinds our options
    can meet (a whole number, a minimum) are said in our words.
    """
    pydantic_errors = getattr(exc.__cause__, "errors", None)
    found = pydantic_errors() if callable(pydantic_errors) else []
    if found:
        kind, context = found[0].get("type"), found[0].get("ctx") or {}
        if kind == "int_parsing":
            return _("not a whole number")
        if kind == "greater_than_equal":
            return _("must be at least %(minimum)s", minimum=context.get("ge"))
    return exc.message


def translate_help(command: Any) -> None:
    """Put the help texts of a command and its subcommands into the user's language."""
    for attribute in ("help", "short_help", "epilog"):
        text = getattr(command, attribute, None)
        if text:
            setattr(command, attribute, _(text))
    for param in command.params:
        text = getattr(param, "help", None)
        if text:
            param.help = _(text)
    for sub in getattr(command, "commands", {}).values():
        translate_help(sub)


# The bundled example as `ualetters init --example` writes it: --help's examples use these
# names, so they work in any folder after `uv tool install ualetters`.
EXAMPLE_CASE = "askarov.yaml"
EXAMPLE_SENDER = "sender.toml"
EXAMPLE_MEMBERS = "members.csv"

app = typer.Typer(
    name="ualetters",
    cls=UiGroup,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"max_content_width": 100},
)
sender_app = typer.Typer(
    help=N_("Keep your own details for the letters you sign."),
    short_help=N_("Keep your own details for the letters you sign."),
    no_args_is_help=True,
)
app.add_typer(sender_app, name="sender")


def handle_errors(command: F) -> F:
    """Turn library errors into one stderr line and their exit code; never a traceback."""
    options = functools.cache(lambda: _annotated_options(command))

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with errors_shown(options, (typer.Exit, typer.Abort)):
            return command(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def _annotated_options(command: Callable[..., Any]) -> dict[str, str]:
    """Return {parameter of `command`: its long option} from the command's annotations."""
    options = {}
    for name, hint in typing.get_type_hints(command, include_extras=True).items():
        for meta in getattr(hint, "__metadata__", ()):
            # In `Annotated`, typer takes an Option's first name for its `default`.
            names = [getattr(meta, "default", None), *(getattr(meta, "param_decls", None) or ())]
            flags = [d for d in names if isinstance(d, str) and d.startswith("--")]
            options[name] = flags[0] if flags else "--" + name.replace("_", "-")
    return options


def hint(param: Param) -> Any:
    """Return the Typer annotation of a declared parameter (`console.Param`)."""
    if param.kind == "flag":
        return Annotated[bool, info(param)]
    kind: Any = int if param.minimum is not None else Path if param.path else str
    if param.kind == "argument":
        return Annotated[kind, info(param)]
    if param.kind == "arguments":
        return Annotated[list[kind], info(param)]
    if param.kind == "values":
        return Annotated[list[kind] | None, info(param)]
    return Annotated[
        kind if param.default is not None or param.required else kind | None, info(param)
    ]


def info(param: Param) -> Any:
    """Return Typer's description of a declared parameter."""
    if param.kind in ("argument", "arguments"):
        return typer.Argument(metavar=param.metavar, help=param.help)
    return typer.Option(
        *param.names, metavar=param.metavar, help=param.help, hidden=param.hidden, min=param.minimum
    )


def typed(command: F) -> F:
    """Give Typer the options a command declares as `Annotated[type, console.Param]`."""
    for name, annotation in typing.get_type_hints(command, include_extras=True).items():
        meta = getattr(annotation, "__metadata__", ())
        if meta and isinstance(meta[0], Param):
            command.__annotations__[name] = Annotated[annotation.__origin__, info(meta[0])]
    return command


def declared(params: Mapping[str, Param]) -> Callable[[F], F]:
    """Give a command taking `**values` the signature of its declared parameters, for Typer."""

    def apply(command: F) -> F:
        hints = {name: hint(param) for name, param in params.items()}
        command.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [
                inspect.Parameter(
                    name,
                    inspect.Parameter.POSITIONAL_OR_KEYWORD,
                    default=p.default
                    if p.kind not in ("argument", "arguments") and not p.required
                    else inspect.Parameter.empty,
                    annotation=hints[name],
                )
                for name, p in params.items()
            ]
        )
        command.__annotations__ = {**hints, "return": None}
        return command

    return apply


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ualetters {__version__}")
        raise typer.Exit()


MAIN_HELP = N_(
    "Write ready-to-sign appeal letters for Amnesty International Urgent Actions.\n\n"
    "Start with the bundled example in an empty folder:\n\n"
    "\b\n"
    "  ualetters init --example\n"
    "  ualetters check askarov.yaml --sender sender.toml --date 2020-07-23\n"
    "  ualetters generate askarov.yaml --sender sender.toml --date 2020-07-23\n"
    "  ualetters batch askarov.yaml --supporters members.csv --date 2020-07-23 --dry-run\n\n"
    "Or with your own: 'ualetters init' writes a starter case, sender and member list; "
    "'ualetters sender set' saves your details once."
)


@app.callback(help=MAIN_HELP)
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=N_("Show the version.")),
    ] = False,
    ui_lang: Annotated[
        str | None,
        typer.Option(
            "--ui-lang",
            metavar="LANG",
            help=N_(
                "Language of messages and help (de, fr, it, en, es, ru, ar), anywhere on the "
                "line. Default: your saved sender's first language, else the system's."
            ),
        ),
    ] = None,
) -> None:
    """Take the options every command shares (the UI language is set in `UiGroup.main`)."""


# Options several commands share, declared in `console`; `typed` makes them Typer's.
SenderFile = Annotated[Path | None, SENDER]
PageLayout = Annotated[str | None, LAYOUT]
LetterDate = Annotated[str | None, DATE]
Templates = Annotated[Path | None, TEMPLATES]
AllowClosed = Annotated[bool, ALLOW_CLOSED]
Quiet = Annotated[bool, QUIET]
Name = Annotated[str | None, NAME]
Street = Annotated[list[str] | None, STREET]
PostalCode = Annotated[str | None, POSTAL_CODE]
City = Annotated[str | None, CITY]
Country = Annotated[str | None, COUNTRY]
Writes = Annotated[list[str] | None, WRITES]
OldWrites = Annotated[list[str] | None, OLD_WRITES]
Area = Annotated[str | None, AREA]
Email = Annotated[str | None, EMAIL]
Copies = Annotated[bool, COPIES]
Note = Annotated[str | None, NOTE]


GENERATE_HELP = N_(
    "Write the letters of one Urgent Action case, one per target.\n\n"
    "Example (in the folder 'ualetters init --example' wrote):\n\n"
    "\b\n"
    "  ualetters generate askarov.yaml --sender sender.toml --date 2020-07-23"
)


@app.command(help=GENERATE_HELP, short_help=N_("Write the letters of one case, one per target."))
@handle_errors
@declared(GENERATE)
def generate(**values: Any) -> None:
    """Write the letters of one Urgent Action case, one per target."""
    console.generate(**values)


CHECK_HELP = N_(
    "Validate case files; show targets, languages, status on a date, and how letters "
    "print.\n\n"
    "How your letters print (address in the window, one page) is shown when a sender is "
    "known: --sender, or your saved details.\n\n"
    "Example (in the folder 'ualetters init --example' wrote):\n\n"
    "\b\n"
    "  ualetters check askarov.yaml --sender sender.toml --date 2020-07-23 --layout us"
)


@app.command(
    help=CHECK_HELP,
    short_help=N_("Validate case files; show status, languages and how letters print."),
)
@handle_errors
@typed
def check(
    case_files: Annotated[
        list[Path], typer.Argument(metavar="CASE", help=N_("Case files (YAML)."))
    ],
    date: Annotated[
        str | None,
        typer.Option(
            metavar="YYYY-MM-DD", help=N_("Check the status on this date. Default: today.")
        ),
    ] = None,
    sender: SenderFile = None,
    templates: Templates = None,
    lang: Annotated[
        str | None,
        typer.Option(
            metavar="LANG",
            help=N_("Check the letters as generate --lang would write them (e.g. en)."),
        ),
    ] = None,
    layout: PageLayout = None,
) -> None:
    """Validate case files and show what would be written."""
    from .api import resolve_sender
    from .errors import EXIT_INVALID
    from .planning import settings
    from .report import case_summary, todo_lines
    from .sources import Todo, case_todos, load_case_located

    when = parse_date(date)
    settings(lang=lang, layout=layout)  # a bad --lang or --layout: one line, not one per file
    who = None
    try:
        who = resolve_sender(sender, allow_todos=True)
    except SenderError:
        if sender is not None:
            raise
    failed = 0
    for path in case_files:
        # Check every file, so one bad file does not hide the state of the others.
        todos: list[Todo] = []
        try:
            todos = case_todos(path)
            # A draft's marks are listed, not refused.
            case, origin = load_case_located(path, allow_todos=True)
            lines = case_summary(
                case,
                when,
                who,
                templates=templates,
                source=origin,
                lang=lang,
                layout=layout,
                todos=todos,
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


IMPORT_HELP = N_(
    "Make a draft case file from a published Urgent Action, with TODO marks to check.\n\n"
    "Every value the importer is unsure of carries a '# TODO(ualetters): ...' comment; check "
    "lists them, and generate refuses the file until none is left. --into adds the same "
    "UA in another language, or a later update of it, to a case file.\n\n"
    "Example (in the folder 'ualetters init --example' wrote):\n\n"
    "\b\n"
    "  ualetters import ua-235-17.txt --out ua-235-17.yaml"
)


@app.command(
    "import",
    help=IMPORT_HELP,
    short_help=N_("Make a draft case file from a published Urgent Action."),
)
@handle_errors
def import_(
    source: Annotated[
        str,
        typer.Argument(
            metavar="SOURCE",
            help=N_(
                "The UA: a text, HTML, PDF or DOCX file, - for stdin, or an http:// or "
                "https:// address."
            ),
        ),
    ],
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            "-o",
            metavar="FILE",
            help=N_("Write the draft case file here. Default: stdout."),
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            metavar="LANG",
            help=N_("Language of the text (en, de, fr, es, ja). Default: detected."),
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="CASE",
            help=N_(
                "Add the text (another language, or an update) to this case file of the same UA."
            ),
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=N_("Overwrite the --out file if it exists."))
    ] = False,
    anyway: Annotated[
        bool,
        typer.Option(
            "--anyway",
            help=N_("Draft the text even if it does not look like an Urgent Action."),
        ),
    ] = False,
) -> None:
    """Make a draft case file from a published Urgent Action."""
    from .errors import UsageError
    from .importer import import_source, merge_into
    from .output import check_chosen, record_lock, write_chosen
    from .sources import find_todos

    for value, parameter in ((source, "SOURCE"), (out, "out"), (into, "into")):
        if value is not None and not str(value).strip():
            raise UsageError(
                Message("an empty name: give a file, - or an address"), parameter=parameter
            )
    if out is not None and out != "-":
        check_chosen(out, force=force)  # before a fetch of 20 seconds, not after it
    if source == "-" and sys.stdin.isatty():
        say(_("reading the UA from standard input; end it with Ctrl-D (Ctrl-Z, Enter on Windows)"))
    imported = import_source(source, language=lang, stdin=sys.stdin.buffer, anyway=anyway)
    changes: list[str] = []
    # Another `--into` of the same record waits until this one has written it.
    with record_lock(into) if into is not None and out is None else contextlib.nullcontext():
        if into is not None:
            text, changes = merge_into(into, imported)
            target = out or str(into)
        else:
            text = imported.yaml
            target = out or "-"
        count = len(find_todos(text))
        if target == "-":
            write_stdout(text)
            marks = Plural(
                "%(num)s TODO(ualetters) mark to resolve",
                "%(num)s TODO(ualetters) marks to resolve",
                count,
            )
            say(show(marks))
            return
        path = Path(target)
        write_chosen(path, text.encode("utf-8"), force=force, own=into is not None and out is None)
    if into is not None:
        what = ", ".join(show(change) for change in changes) or _("nothing new")
        say(_("%(file)s: added %(what)s", file=path, what=what))
    to_resolve = Plural(
        "%(file)s: %(num)s TODO(ualetters) mark to resolve; 'ualetters check %(file)s' shows it",
        "%(file)s: %(num)s TODO(ualetters) marks to resolve; 'ualetters check %(file)s' lists them",
        count,
        file=path,
    )
    say(show(to_resolve))


def write_stdout(text: str) -> None:
    """Write `text` to stdout; a stdout that takes nothing (a full disk, a closed pipe) is an
    output problem (exit 4), not a crash."""
    import os

    from .output import cannot_write

    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        # What could not be written must not fail again when Python flushes stdout on exit.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise cannot_write("<stdout>", exc) from None


SENDER_SET_HELP = N_(
    "Save your details; generate and batch use them when no --sender is given.\n\n"
    "A first save needs --name, --city and --country; later ones change only what they "
    "are given. Without --writes, the main language of your country is saved (on a "
    "terminal you are asked).\n\n"
    "\b\n"
    '  ualetters sender set --name "Anna Beispiel" --street "Beispielweg 12" \\\n'
    "      --postal-code 3011 --city Bern --country CH --writes de-CH --writes en"
)


@sender_app.command(
    "set", help=SENDER_SET_HELP, short_help=N_("Save your details for the letters you sign.")
)
@handle_errors
@typed
def sender_set(
    name: Name = None,
    street: Street = None,
    postal_code: PostalCode = None,
    city: City = None,
    area: Area = None,
    country: Country = None,
    writes_: Writes = None,
    lang: OldWrites = None,
    email: Email = None,
    note: Note = None,
) -> None:
    """Save the user's details."""
    from .api import default_sender_path, resolve_sender, save_sender

    languages = writes(writes_, lang, "--lang")
    overrides = sender_overrides(
        name, street, postal_code, city, country, languages, email, note, area=area
    )
    first = not default_sender_path().is_file()
    if first:
        missing = [f for f in ("name", "city", "country") if not overrides[f]]
        if missing:
            raise SenderError(
                Message(
                    "nothing is saved yet: a first save needs %(needed)s (missing: %(missing)s)",
                    needed=Message(
                        "%(name)s, %(city)s and %(country)s",
                        name=Option("name"),
                        city=Option("city"),
                        country=Option("country"),
                    ),
                    missing=", ".join(option_name(field) for field in missing),
                )
            )
        if not languages:
            overrides["languages"] = [first_language(str(country))]
    updated = resolve_sender(None, overrides)
    say(_("saved to %(path)s", path=save_sender(updated)))


def interactive() -> bool:
    """Say whether a person answers questions here: stdin is a terminal (never in a pipe)."""
    return sys.stdin.isatty()


def first_language(country: str) -> str:
    """Return the language to save for a first sender who named none (asked on a terminal)."""
    from .starter import main_language
    from .ui import language as ui_language

    tag, note = main_language(country.upper(), ui_language())
    if interactive():
        return str(typer.prompt(_("Which language do you write your letters in?"), default=tag))
    say(_("note: %(note)s", note=show(note)))
    return tag


@sender_app.command(
    "show",
    help=N_("Print your saved details and where they are kept."),
    short_help=N_("Print your saved details."),
)
@handle_errors
def sender_show() -> None:
    """Print the saved details."""
    from .api import default_sender_path
    from .sources import dump_sender_toml, load_sender

    path = default_sender_path()
    if not path.is_file():
        raise SenderError(
            Message("no saved sender yet; use %(command)s", command="ualetters sender set"),
            source=path,
        )
    say(f"# {path}")
    typer.echo(dump_sender_toml(load_sender(path)), nl=False)


SCHEMA_HELP = N_(
    "Print the JSON Schema of a case file (or of a JSON letter record).\n\n"
    "Editors check a case file as you type when its first line names the schema, e.g. "
    "# yaml-language-server: $schema=case.schema.json (a path or a URL); "
    "'ualetters init' writes it beside a starter case.\n\n"
    "\b\n"
    "  ualetters schema > case.schema.json"
)


@app.command(help=SCHEMA_HELP, short_help=N_("Print the JSON Schema of a case file."))
@handle_errors
def schema(
    record: Annotated[
        str,
        typer.Argument(
            metavar="RECORD", help=N_("case (the case file, default) or letter (--format json).")
        ),
    ] = "case",
) -> None:
    """Print a JSON Schema."""
    from . import api
    from .writers.json import schema_text

    schemas = {"case": api.case_schema, "letter": api.letter_schema}
    if record not in schemas:
        known = _("unknown record '%(record)s' (known: case, letter)", record=record)
        raise fail(known, EXIT_USAGE)
    typer.echo(schema_text(schemas[record]()), nl=False)


INIT_HELP = N_(
    "Write a starter kit into DIR (default: this folder): a commented case file, "
    "sender.toml, a member list (members.csv and members.xlsx, headers in your language) "
    "and the case file's JSON Schema, which editors validate with.\n\n"
    "With --example, the bundled example instead (UA 61/20: askarov.yaml, sender.toml, "
    "members.csv), which every example of --help uses.\n\n"
    "\b\n"
    "  ualetters init --example\n"
    "  ualetters init my-group"
)


@app.command(help=INIT_HELP, short_help=N_("Write a starter kit: case, sender, member list."))
@handle_errors
def init(
    folder: Annotated[
        Path, typer.Argument(metavar="DIR", help=N_("Folder to write into (made if needed)."))
    ] = Path("."),
    example: Annotated[
        bool, typer.Option("--example", help=N_("Write the bundled example instead."))
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help=N_("Overwrite files that exist already."))
    ] = False,
) -> None:
    """Write a starter kit."""
    from .starter import write_kit
    from .ui import language

    written = write_kit(folder, language=language(), example=example, force=force)
    say(_("written:"))
    for path in written:
        say(f"  {path}")


NEW_HELP = N_(
    "Write a commented starter case to FILE (default: case.yaml), the same as 'ualetters "
    "init' writes. On a terminal it asks for the essentials first (UA number, country, "
    "person, target, deadline); --no-input asks nothing.\n\n"
    "\b\n"
    "  ualetters new ua-12-34.yaml"
)


@app.command(help=NEW_HELP, short_help=N_("Write a commented starter case."))
@handle_errors
def new(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help=N_("The case file to write."))
    ] = Path("case.yaml"),
    no_input: Annotated[
        bool, typer.Option("--no-input", help=N_("Ask nothing, even on a terminal."))
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help=N_("Overwrite the file if it exists."))
    ] = False,
) -> None:
    """Write a starter case."""
    import os

    from .errors import FileExistsOutputError

    if os.path.lexists(file) and not force:  # before asking anything; a dangling link too
        raise FileExistsOutputError(
            Message(
                "%(path)s: exists already; use %(force)s to overwrite it",
                path=file,
                force=Option("force"),
            )
        )
    from .starter import QUESTIONS, write_case

    answers: dict[str, str] = {}
    if interactive() and not no_input:
        for key, question, _placeholder in QUESTIONS:
            answers[key] = ask(key, question)
    say(_("written: %(path)s", path=write_case(file, answers, force=force)))


def ask(key: str, question: str) -> str:
    """Ask one question of `new` until the answer is one `check` takes (or empty), saying why
    an answer is not; Ctrl-C or Ctrl-D stops with exit 130 and nothing written."""
    from .errors import EXIT_INTERRUPTED
    from .starter import check_answer

    while True:
        try:
            answer = str(typer.prompt(_(question), default="", show_default=False))
        except typer.Abort as exc:
            if isinstance(exc.__context__, EOFError):  # Ctrl-D
                say(_("no answer; nothing was written"))
                raise SystemExit(EXIT_INTERRUPTED) from None
            raise fail(_("interrupted"), EXIT_INTERRUPTED) from None
        try:
            return check_answer(key, answer)
        except ValueError as exc:
            say(f"{clean_terminal(answer.strip())}: {show(exc.args[0])}")


BATCH_HELP = N_(
    "Write every supporter's letters for every case and target, resumably.\n\n"
    "The supporters list is CSV (, ; or tab), .xlsx, .ods or .xls. Its columns are "
    "recognised by their headers in English, German, French and Italian (Name or Vorname + "
    "Nachname, Strasse, PLZ, Ort, Kanton, Land, Sprache, E-Mail; values such as Schweiz or "
    "Deutsch); the mapping used is printed. Bad rows are listed in errors.csv and on "
    "stderr, the others written (exit code 6). Run the same command again to finish an "
    "interrupted batch.\n\n"
    "Example (in the folder 'ualetters init --example' wrote):\n\n"
    "\b\n"
    "  ualetters batch askarov.yaml --supporters members.csv --date 2020-07-23 --dry-run\n"
    "  ualetters batch askarov.yaml --supporters members.csv --date 2020-07-23 \\\n"
    "      --out pack --combine supporter"
)


MIGRATE_HELP = N_(
    "Rewrite a case file in the current spelling (case format 2), keeping comments and "
    "layout: a copy's 'name' becomes 'organisation', a person's 'gender: other' becomes "
    "'unknown', and 'format: 2' is added. Running it again changes nothing.\n\n"
    "\b\n"
    "  ualetters migrate askarov.yaml --out askarov-format2.yaml"
)


@app.command(help=MIGRATE_HELP, short_help=N_("Rewrite a case file in case format 2."))
@handle_errors
def migrate(
    case_file: Annotated[Path, typer.Argument(metavar="CASE", help=N_("Case file (YAML)."))],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out", "-o", metavar="FILE", help=N_("Write the result here. Default: CASE itself.")
        ),
    ] = None,
) -> None:
    """Rewrite a case file in case format 2."""
    from .migrate import migrate_file

    migration = migrate_file(case_file, out)
    shown = out or case_file
    for change in migration.changes:
        say(f"{case_file}: {show(change)}")
    if migration.changes:
        say(_("%(file)s: rewritten in case format 2", file=shown))
    else:
        say(_("%(file)s: already in the current spelling", file=case_file))


@app.command(
    help=BATCH_HELP, short_help=N_("Write every supporter's letters for every case and target.")
)
@handle_errors
@declared(BATCH)
def batch(**values: Any) -> None:
    """Write every supporter's letters."""
    console.batch(**values)


def main() -> None:
    """Run the CLI (the `ualetters` console script)."""
    try:
        app()
    except KeyboardInterrupt:
        # An object half-built when Ctrl-C landed (a ZipFile inside python-docx) may print
        # "Exception ignored in …" with a traceback when it is collected on the way out.
        sys.unraisablehook = lambda unraisable: None
        typer.echo(f"{_('error:')} {_('interrupted')}", err=True)
        sys.exit(EXIT_INTERRUPTED)


__all__ = ["EXIT_USAGE", "MAX_PROBLEMS", "app", "main"]
