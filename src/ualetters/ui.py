"""The program's own messages in the user's language: gettext over the bundled catalogs.

Only the CLI uses this module: it sets the language once per run (`--ui-lang`, else
LC_ALL/LC_MESSAGES/LANG) and shows the library's `errors.Message` values with `render`.
The library never imports it. Letters never use it: their language is chosen per target
by `planning`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import Joined, Message, Option, UsageError

_state = {"language": "en"}


def set_language(tag: str | None = None) -> str:
    """Use `tag`, else the language of the environment, for messages; return the tag used."""
    from . import l10n  # Babel loads only when a command runs, not for --help

    if tag:
        try:
            l10n.normalize_tag(tag)
        except ValueError as exc:
            raise UsageError(str(exc), parameter="ui_lang") from None
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
    if not text.params:
        return _(text.msgid)
    return _(text.msgid, **{name: _shown(v, option) for name, v in text.params.items()})


def _shown(value: Any, option: Callable[[str], str] | None) -> Any:
    if isinstance(value, Message):
        return render(value, option)
    if isinstance(value, Option):
        return option(value.parameter) if option else value.parameter
    if isinstance(value, Joined):
        return value.separator.join(str(_shown(part, option)) for part in value.parts)
    in_language = getattr(value, "in_language", None)
    return in_language(language()) if in_language is not None else value
