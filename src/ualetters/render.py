"""The only Jinja2 user: a sandboxed environment that turns a planned letter into a `Letter`.

A letter template is one file per language (`templates/letter/de.j2`) with the named blocks
`subject`, `salutation`, `body` and `closing`. Blocks are rendered separately so every
writer lays out the same parts; the body is split into paragraphs at blank lines, and a
line starting with "- " is an item of a list.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import threading
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from . import l10n
from .addresses import address_lines, sender_lines
from .errors import TemplateError, TemplateNotFound
from .letter import Letter, Paragraph
from .model import pick
from .planning import PlannedLetter
from .resources import data_dir

REQUIRED_BLOCKS = ("subject", "salutation", "body", "closing")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ASCII_SPACES = re.compile(r"[ \t\r\n]+")
KIND = "letter"


def bundled_templates() -> Path:
    """Return the folder of the bundled letter templates."""
    return data_dir("templates") / KIND


class Renderer:
    """Render letters from the bundled templates, overridden by a user's folder by file name."""

    def __init__(self, templates: str | Path | None = None) -> None:
        folders = [bundled_templates()]
        if templates is not None:
            user = Path(templates)
            if not user.is_dir():
                raise TemplateError("templates folder not found", source=user)
            folders.insert(0, user / KIND if (user / KIND).is_dir() else user)
        self.folders = folders
        self.env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader([str(f) for f in folders]),
            undefined=jinja2.StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self.env.policies["ext.i18n.trimmed"] = True
        self.env.newstyle_gettext = True  # type: ignore[attr-defined]
        self._lock = threading.Lock()
        # Language tag -> its template, after the fallback (`de-CH` -> de.j2). Jinja caches
        # the templates it found, but not the misses: without this, every Swiss letter would
        # look for `de-CH.j2` on disk again. Filled under the lock, read without it.
        self._by_tag: dict[str, jinja2.Template] = {}

    def languages(self) -> set[str]:
        """Return the language tags that have a letter template."""
        tags = set()
        for folder in self.folders:
            for path in folder.glob("*.j2"):
                if not path.name.startswith("_"):
                    tags.add(path.stem)
        return tags

    def template_for(self, tag: str) -> jinja2.Template:
        """Return the template of language `tag`, falling back from region to language."""
        template = self._by_tag.get(tag)
        if template is None:
            with self._lock:  # Jinja's template cache is not safe to fill from threads.
                template = self._by_tag.get(tag)
                if template is None:
                    template = self._by_tag[tag] = self._find_template(tag)
        return template

    def _find_template(self, tag: str) -> jinja2.Template:
        """Load the template of `tag` or of its language (called under the lock)."""
        for candidate in l10n.fallback_chain(tag):
            name = f"{candidate}.j2"
            try:
                return self.env.get_template(name)
            except jinja2.TemplateNotFound as exc:
                if exc.name != name:
                    raise TemplateError(
                        f"includes a missing template '{exc.name}'", source=name
                    ) from None
                continue
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(
                    f"template syntax error: {exc.message}",
                    source=exc.filename or exc.name or name,
                    line=exc.lineno,
                ) from None
        raise TemplateNotFound(f"no letter template for language '{tag}'")

    def render(self, planned: PlannedLetter) -> Letter:
        """Render one planned letter into a `Letter`."""
        template = self.template_for(planned.language)
        context = letter_context(planned)
        parts = _render_blocks(template, context)
        letter = build_letter(planned, parts, context)
        if planned.translation:
            letter = self._with_translation(letter, planned)
        return letter

    def _with_translation(self, letter: Letter, planned: PlannedLetter) -> Letter:
        """Attach the courtesy translation, marked in both languages, to `letter`."""
        tag = planned.translation or planned.language
        inner = self.render(dataclasses.replace(planned, language=tag, translation=None))
        marks = [letter.labels.get("translation", ""), inner.labels.get("translation", "")]
        marker = " / ".join(dict.fromkeys(m for m in marks if m))
        return dataclasses.replace(
            letter, translation=inner, labels={**letter.labels, "translation": marker}
        )


@cache  # one set per language: they hold nothing but the language's catalog
def _gettext_callables(tag: str) -> dict[str, Callable[..., str]]:
    catalog = l10n.translations(tag)

    def gettext(message: str, **variables: Any) -> str:
        text = catalog.gettext(message)
        return text % variables if variables else text

    def ngettext(singular: str, plural: str, n: int, **variables: Any) -> str:
        variables.setdefault("num", n)
        return catalog.ngettext(singular, plural, n) % variables

    return {"gettext": gettext, "_": gettext, "ngettext": ngettext}


def variation_seed(planned: PlannedLetter) -> str:
    """Return what makes one supporter's letter differ from another's, and stay the same."""
    sender = planned.sender
    return "|".join(
        [sender.name, sender.city, sender.country, planned.case.slug, planned.target.id]
    )


def make_vary(seed: str) -> Callable[..., Any]:
    """Return `vary(key, *options)`: a deterministic choice per supporter, case and target."""

    def vary(key: str, *options: Any) -> Any:
        if not options:
            raise ValueError(f"vary('{key}') needs at least one option")
        digest = hashlib.sha256(f"{seed}|{key}".encode()).digest()
        return options[int.from_bytes(digest[:8], "big") % len(options)]

    return vary


def letter_context(planned: PlannedLetter) -> dict[str, Any]:
    """Return the variables a letter template sees."""
    tag = planned.language
    case, target, sender = planned.case, planned.target, planned.sender
    i18n = _gettext_callables(tag)
    _ = i18n["gettext"]

    def t(value: Any) -> str:
        text = pick(value, tag)
        if text is None:
            raise TemplateError(f"the case has no text in '{tag}' for a field the template uses")
        return text

    salutation = None
    for candidate in l10n.fallback_chain(tag):
        salutation = salutation or target.salutation.get(candidate)
    persons = [
        {
            "name": t(p.name),
            "pronouns": p.pronouns,
            "gender": p.gender,
            "role": pick(p.role, tag),
        }
        for p in case.persons
    ]
    deadline = case.deadline_on(planned.date)
    return {
        **i18n,
        "lang": tag,
        "language": l10n.base_language(tag),
        "region": l10n.region_of(tag) or "",
        "t": t,
        "case": case,
        "ua": case.ua,
        "title": t(case.title),
        "facts": t(case.facts),
        "demands": [t(d) for d in case.demands],
        "persons": persons,
        "person": persons[0],
        "target": {
            "id": target.id,
            "name": target.name,
            "title": t(target.title),
            "organisation": pick(target.organisation, tag),
        },
        "sender": sender,
        "note": sender.note,
        # Translators: the formal salutation when a target has none for this language,
        # without final punctuation (the template adds "," or ":" or "!").
        "salutation": salutation or _("Dear Sir or Madam"),
        "has_salutation": salutation is not None,
        "date": planned.date,
        "deadline": deadline,
        "copies": [t(c.name) for c in planned.copies],
        "date_format": lambda d, fmt="long": l10n.format_date(d, tag, fmt),
        "join": lambda items: l10n.format_list(list(items), tag),
        "sender_country_name": l10n.country_name(sender.country, tag),
        "vary": make_vary(variation_seed(planned)),
        "upperfirst": lambda text: text[:1].upper() + text[1:],
        "case_country_name": l10n.country_name(case.country, tag),
    }


def _skip_block(context: Any) -> Iterator[str]:
    """Stand in for a block in the pass over the whole template: render nothing."""
    return iter(())


def _render_blocks(template: jinja2.Template, context: dict[str, Any]) -> dict[str, str]:
    """Render each named block; top-level macros and `set`s of the template are visible."""
    try:
        ctx = template.new_context(context)
        # Running the whole template first executes `extends`, macros and top-level sets,
        # so each block below sees them, and inherited blocks resolve like in a full render.
        # The required blocks are rendered on their own below, so in this pass they yield
        # nothing (a block cannot set variables outside itself): each is rendered once.
        skipped = [name for name in REQUIRED_BLOCKS if name in ctx.blocks]
        for name in skipped:
            ctx.blocks[name].insert(0, _skip_block)
        for _chunk in template.root_render_func(ctx):
            pass
        for name in skipped:
            ctx.blocks[name].remove(_skip_block)
        missing = [b for b in REQUIRED_BLOCKS if b not in ctx.blocks]
        if missing:
            raise TemplateError(
                f"template lacks the block(s) {', '.join(missing)}",
                source=template.filename or template.name,
            )
        return {name: "".join(ctx.blocks[name][0](ctx)) for name in REQUIRED_BLOCKS}
    except jinja2.UndefinedError as exc:
        raise _located(exc, template, f"undefined variable: {exc.message}") from None
    except SecurityError as exc:
        raise _located(exc, template, f"not allowed in a template: {exc}") from None
    except TemplateError:
        raise
    except jinja2.TemplateError as exc:
        raise _located(exc, template, f"template error: {exc}") from None
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise _located(exc, template, f"template error: {exc}") from None


def _located(exc: BaseException, template: jinja2.Template, reason: str) -> TemplateError:
    """Name the template file and line where `exc` happened.

    The blocks run as compiled Python; each frame's globals carry its template, which maps
    the Python line back to the template line (as Jinja's own traceback rewriting does).
    """
    source, line = template.filename or template.name, None
    tb = exc.__traceback__
    while tb is not None:
        owner = tb.tb_frame.f_globals.get("__jinja_template__")
        if owner is not None:
            source = owner.filename or owner.name or source
            line = owner.get_corresponding_lineno(tb.tb_lineno)
        tb = tb.tb_next
    return TemplateError(reason, source=source, line=line)


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split a rendered body into paragraphs at blank lines; "- " lines are list items."""
    paragraphs: list[Paragraph] = []
    for chunk in _BLANK_LINE.split(text.strip()):
        running: list[str] = []
        for raw in chunk.splitlines():
            line = raw.strip()
            if line.startswith("- "):
                if running:
                    paragraphs.append(Paragraph(" ".join(running)))
                    running = []
                paragraphs.append(Paragraph(line[2:].strip(), "item"))
            elif line:
                if paragraphs and paragraphs[-1].kind == "item" and not running and raw[:1] == " ":
                    last = paragraphs.pop()
                    paragraphs.append(Paragraph(f"{last.text} {line}", "item"))
                else:
                    running.append(line)
        if running:
            paragraphs.append(Paragraph(" ".join(running)))
    return tuple(paragraphs)


def _one_line(text: str) -> str:
    # Only ASCII whitespace: a no-break space (French "Objet :") must stay unbreakable.
    return _ASCII_SPACES.sub(" ", text).strip(" \t\r\n")


def build_letter(planned: PlannedLetter, parts: dict[str, str], context: dict[str, Any]) -> Letter:
    """Assemble a `Letter` from rendered blocks and the planned letter's data."""
    tag = planned.language
    case, target, sender = planned.case, planned.target, planned.sender
    _ = context["gettext"]
    fix = _unchanged
    if l10n.rewrites_text(tag):
        fix = lambda text: l10n.localize_text(text, tag)  # noqa: E731
    name_lines = [line for line in (target.name, context["target"]["title"]) if line]
    recipient = address_lines(
        target.address,
        name_lines=name_lines,
        organisation=context["target"]["organisation"],
        sender_country=sender.country,
        sender_language=sender.language,
    )
    own = sender_lines(
        sender.name,
        list(sender.street),
        sender.postal_code,
        sender.city,
        sender.country,
        destination=target.address.country,
        language=tag,
    )
    date_text = l10n.format_letter_date(planned.date, tag)
    copies = tuple(
        _("Copy to: %(recipient)s", recipient=_copy_label(copy, tag)) for copy in planned.copies
    )
    labels = {
        "page": _("Page %(page)s of %(pages)s", page="{page}", pages="{pages}"),
        "copy_to": _("Copy to: %(recipient)s", recipient="").rstrip(),
        "translation": _("Courtesy translation"),
    }
    return Letter(
        case_id=case.slug,
        ua=case.ua,
        target_id=target.id,
        language=tag,
        date=planned.date,
        sender_name=sender.name,
        sender_lines=tuple(fix(x) for x in own),
        recipient_lines=tuple(fix(x) for x in recipient),
        place_date=fix(_("%(place)s, %(date)s", place=sender.city, date=date_text)),
        subject=fix(_one_line(parts["subject"])),
        salutation=fix(_one_line(parts["salutation"])),
        paragraphs=tuple(Paragraph(fix(p.text), p.kind) for p in split_paragraphs(parts["body"])),
        closing=fix(_one_line(parts["closing"])),
        signature=sender.name,
        copies=tuple(fix(c) for c in copies),
        recipient_email=target.email,
        copy_emails=tuple(c.email for c in planned.copies if c.email),
        sender_email=sender.email,
        sender_country=sender.country,
        destination_country=target.address.country,
        labels={k: fix(v) for k, v in labels.items()},
        recipient_name_lines=tuple(fix(x) for x in name_lines),
    )


def _unchanged(text: str) -> str:
    return text


def _copy_label(copy: Any, tag: str) -> str:
    name = pick(copy.name, tag) or ""
    place = pick(copy.place, tag) or (copy.address.city if copy.address else None)
    return f"{name}, {place}" if place else name
