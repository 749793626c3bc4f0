"""The program's own messages in the user's language: gettext over the bundled catalogs.

Only the CLI uses this module: it sets the language once per run (`startup_language`:
`--ui-lang` anywhere on the command line, else the first language of the saved sender,
else LC_ALL/LC_MESSAGES/LANG, else the system's: Windows' user interface language) and
shows the library's `errors.Message` values with `render`. Click's own messages (help
headings, option errors) are looked up in the same catalogs (`translate_click`).
The library never imports it. Letters never use it: their language is chosen per target
by `planning`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

from .errors import N_, Joined, Message, Option, Plural, UsageError

_state = {"language": "en"}


def set_language(tag: str | None = None) -> str:
    """Use `tag`, else the language of the environment, for messages; return the tag used."""
    from . import l10n  # Babel loads only when a command runs, not for --help

    if tag:
        try:
            l10n.normalize_tag(tag)
        except ValueError as exc:
            raise UsageError(exc.args[0], parameter="ui_lang") from None
    chosen = l10n.ui_language(tag)
    _state["language"] = chosen
    return chosen


def language() -> str:
    """Return the language the program's messages are in."""
    return _state["language"]


def _(message: str, /, **variables: Any) -> str:
    """Return `message` translated, with `%(name)s` placeholders filled from `variables`."""
    from . import l10n

    tag = language()
    # Spelling rules (Swiss "ss") apply to our words, never to a path or name filled in.
    text = l10n.localize_text(l10n.translations(tag).gettext(message), tag)
    return text % variables if variables else text


def ngettext(singular: str, plural: str, n: int, /, **variables: Any) -> str:
    """Return the singular or the right plural form for `n`; `%(num)d` is `n`."""
    from . import l10n

    tag = language()
    variables.setdefault("num", n)
    text = l10n.localize_text(l10n.translations(tag).ngettext(singular, plural, n), tag)
    return text % variables


def render(text: Any, option: Callable[[str], str] | None = None) -> str:
    """Return `text` in the program's language: a Message translated, other text as it is.

    A Message's parameters are shown alike: Messages translated, dates and language names
    in the language, and an `Option` as `option(parameter)` (the CLI's option name).
    """
    if not isinstance(text, Message):
        return str(_shown(text, option))
    params = {name: _shown(v, option) for name, v in text.params.items()}
    if isinstance(text, Plural):
        return ngettext(text.msgid, text.plural, text.n, **params)
    if not params:
        return _(text.msgid)
    return _(text.msgid, **params)


def _shown(value: Any, option: Callable[[str], str] | None) -> Any:
    if isinstance(value, Message):
        return render(value, option)
    if isinstance(value, Option):
        return option(value.parameter) if option else value.parameter
    if isinstance(value, Joined):
        separator = _(value.separator) if value.separator in SEPARATORS else value.separator
        return separator.join(str(_shown(part, option)) for part in value.parts)
    in_language = getattr(value, "in_language", None)
    return in_language(language()) if in_language is not None else value


# The separators of `Joined` parts that a language writes its own way (French " ; ").
SEPARATORS = (
    # Translators: between the parts of a list ("3 letters in out, 1 kept"); Arabic "، ".
    N_(", "),
    # Translators: between the clauses of a summary line; French "\u00a0; ", Arabic "؛ ".
    N_("; "),
)

UI_OPTION = "--ui-lang"


def take_ui_option(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """Return the value of `--ui-lang` anywhere on a command line, and the other arguments.

    The option may stand before or after the command (`generate --ui-lang it`); `--`
    ends the options.
    """
    chosen: str | None = None
    rest: list[str] = []
    words = iter(args)
    for word in words:
        if word == "--":
            rest += [word, *words]
            break
        if word == UI_OPTION:
            value = next(words, None)
            if value is None:
                raise UsageError(Message("needs a language code, e.g. de"), parameter="ui_lang")
            chosen = value
        elif word.startswith(UI_OPTION + "="):
            chosen = word.partition("=")[2]
        else:
            rest.append(word)
    return chosen, rest


def startup_language(explicit: str | None) -> str:
    """Set and return the language of messages for this run.

    `explicit` (`--ui-lang`) first, then the first language of the saved sender, then the
    environment (LC_ALL, LC_MESSAGES, LANG), then the system's language (Windows: the user
    interface language), else English.
    """
    if explicit:
        try:
            return set_language(explicit)
        except UsageError:
            startup_language(None)  # say what is wrong in the language the user would get
            raise
    for tag in (_saved_sender_language(), None):
        try:
            return set_language(tag or _environment_language())
        except UsageError:
            continue
    return set_language("en")


def _saved_sender_language() -> str | None:
    """Return the first language of the saved sender, if there is one (never fails)."""
    import tomllib

    from .resources import sender_path

    try:
        with sender_path().open("rb") as handle:
            data = tomllib.load(handle)
        languages = data.get("sender", data).get("languages") or []
        return str(languages[0]) if languages else None
    except (OSError, ValueError, AttributeError, TypeError, IndexError):
        return None


def _environment_language() -> str | None:
    """Return the language of LC_ALL/LC_MESSAGES/LANG, else of the operating system."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value.split(".")[0].split("@")[0]
        if value:
            return None  # "C" says: no language, English
    return system_language()


def system_language(system: str = os.name) -> str | None:
    """Return the language of the operating system's user interface, if it says one."""
    import locale

    if system == "nt":
        tag = _windows_ui_language()
        if tag:
            return tag
    with_region = locale.getlocale(locale.LC_MESSAGES if hasattr(locale, "LC_MESSAGES") else 0)
    name = with_region[0]
    if name and "_" in name and not name[0].isupper():  # "de_CH", not "German_Switzerland"
        return name
    return None


def _windows_ui_language() -> str | None:
    """Return Windows' user interface language ("de_CH"), from GetUserDefaultUILanguage."""
    import locale

    try:
        import ctypes

        language_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ImportError):
        return None
    return locale.windows_locale.get(int(language_id))


def click_gettext(message: str) -> str:
    """Return one of Click's messages in the program's language (Click formats it later)."""
    from . import l10n

    tag = language()
    return l10n.localize_text(l10n.translations(tag).gettext(message), tag)


def translate_click() -> None:
    """Make Typer's help look its words up in our catalogs (headings, option lines).

    Typer carries its own copy of Click, whose words are fixed English; the headings come
    from `typer.core` (gettext, so ours), "Usage:" and the help option's line from the
    formatter, which gets our words here. Option errors are shown by the CLI itself.
    """
    import typer.core
    from typer._click import formatting

    typer.core._ = click_gettext  # type: ignore[attr-defined]
    # An argument's line would show its Python type ("CASE <list[Path]>"): the name says it.
    typer.core.TyperArgument.display_type_rich = lambda self, ctx: None  # type: ignore[method-assign]
    formatter = formatting.HelpFormatter
    if not getattr(formatter, "_ualetters", False):
        usage, rows = formatter.write_usage, formatter.write_dl

        def write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
            usage(self, prog, args, prefix if prefix is not None else click_gettext("Usage:") + " ")

        def write_dl(self: Any, pairs: Any, *args: Any, **kwargs: Any) -> None:
            rows(self, [(term, click_gettext(text) if text else text) for term, text in pairs],
                 *args, **kwargs)  # fmt: skip

        formatter.write_usage = write_usage  # type: ignore[method-assign]
        formatter.write_dl = write_dl  # type: ignore[method-assign,assignment]
        formatter._ualetters = True  # type: ignore[attr-defined]


# The messages of Click and Typer a user meets, for our catalogs (`translate_click`).
CLICK_MESSAGES = (
    N_("Usage:"),
    N_("Options"),
    N_("Arguments"),
    N_("Commands"),
    N_("Show this message and exit."),
    N_("No such command {name!r}."),
    N_("Missing command."),
    N_("default: {default}"),
    N_("required"),
    N_("Aborted!"),
    N_("Install completion for the current shell."),
    N_("Show completion for the current shell, to copy it or customize the installation."),
)
