"""The program's own messages in the user's language: gettext over the bundled catalogs.

The CLI sets the language once per run (`--ui-lang`, else LC_ALL/LC_MESSAGES/LANG); the
library speaks English until someone does. Letters never use this module: their language
is chosen per target by `plan`.
"""

from __future__ import annotations

from typing import Any

from .errors import InputError

_state = {"language": "en"}


def set_language(tag: str | None = None) -> str:
    """Use `tag`, else the language of the environment, for messages; return the tag used."""
    from . import l10n  # Babel loads only when a command runs, not for --help

    if tag:
        try:
            l10n.normalize_tag(tag)
        except ValueError as exc:
            raise InputError(str(exc), field="--ui-lang") from None
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
