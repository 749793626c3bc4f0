"""Turn a planned letter into a `Letter` with a template run in the sandbox (`sandbox.py`).

A letter template is one file per language (`templates/letter/de.j2`) with the named blocks
`subject`, `salutation`, `body` and `closing`. Blocks are rendered separately so every
writer lays out the same parts; the body is split into paragraphs at blank lines, and a
line starting with "- " is an item of a list.

Templates see data, never objects: `letter_context` builds the variables from plain values
(text, numbers, dates, lists and dicts of them) and the helper functions vetted here. A
model's methods would be a door out of any sandbox.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError

from . import l10n
from .addresses import address_lines, sender_lines
from .copies import addressed
from .errors import Message, TemplateError, TemplateNotFound
from .letter import Letter, Paragraph
from .model import Copy, pick, pick_name
from .planning import PlannedLetter
from .resources import data_dir
from .sandbox import (
    MAX_BLOCK_CHARS,
    MAX_DATE_PATTERN,
    LetterSandbox,
    TemplateLimitError,
    format_percent,
    letter_budget,
    spend_text,
    texts_of,
    vetted,
)

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
        self.env = LetterSandbox(folders)
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
                    f"template syntax error: {_short(exc.message or '')}",
                    source=exc.filename or exc.name or name,
                    line=exc.lineno,
                ) from None
            except RecursionError:
                raise TemplateError(
                    Message("nested too deeply to read"), source=self._path_of(name)
                ) from None
        raise TemplateNotFound(f"no letter template for language '{tag}'")

    def _path_of(self, name: str) -> str:
        """Return the file that template `name` comes from, for a message."""
        for folder in self.folders:
            if (folder / name).is_file():
                return str(folder / name)
        return name

    def render(self, planned: PlannedLetter) -> Letter:
        """Render one planned letter into a `Letter`."""
        template = self.template_for(planned.language)
        context = letter_context(planned)
        parts = _render_blocks(template, context)
        letter = addressed(planned, build_letter(planned, parts, context))
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


@cache  # one set per language: they hold nothing but the language and its catalog
def _helpers(tag: str) -> dict[str, Callable[..., Any]]:
    """Return the vetted functions a template in language `tag` may call."""
    catalog = l10n.translations(tag)

    @vetted
    def gettext(message: str, **variables: Any) -> str:
        text = catalog.gettext(message)
        return format_percent(text, variables) if variables else text

    @vetted
    def ngettext(singular: str, plural: str, n: int, **variables: Any) -> str:
        variables.setdefault("num", n)
        return format_percent(catalog.ngettext(singular, plural, n), variables)

    @vetted
    def t(value: Any) -> str:
        text = pick(value, tag)
        if text is None:
            raise TemplateError(f"the case has no text in '{tag}' for a field the template uses")
        return text

    @vetted
    def date_format(date: dt.date, fmt: str = "long") -> str:
        if len(str(fmt)) > MAX_DATE_PATTERN:
            raise TemplateLimitError(
                Message("a date pattern of more than %(limit)s characters", limit=MAX_DATE_PATTERN)
            )
        text = l10n.format_date(date, tag, fmt)
        spend_text(len(text))
        return text

    @vetted
    def join(items: Iterable[Any]) -> str:
        text = l10n.format_list(texts_of(items), tag)
        spend_text(len(text))
        return text

    @vetted
    def upperfirst(text: str) -> str:
        spend_text(len(text))
        return text[:1].upper() + text[1:]

    return {
        "gettext": gettext,
        "_": gettext,
        "ngettext": ngettext,
        "t": t,
        "date_format": date_format,
        "join": join,
        "upperfirst": upperfirst,
    }


def variation_seed(planned: PlannedLetter) -> str:
    """Return what makes one supporter's letter differ from another's, and stay the same."""
    sender = planned.sender
    return "|".join(
        [sender.name, sender.city, sender.country, planned.case.slug, planned.target.id]
    )


def make_vary(seed: str) -> Callable[..., Any]:
    """Return `vary(key, *options)`: a deterministic choice per supporter, case and target."""

    @vetted
    def vary(key: str, *options: Any) -> Any:
        if not options:
            raise ValueError(f"vary('{key}') needs at least one option")
        spend_text(len(key))
        digest = hashlib.sha256(f"{seed}|{key}".encode()).digest()
        return options[int.from_bytes(digest[:8], "big") % len(options)]

    return vary


def letter_context(planned: PlannedLetter) -> dict[str, Any]:
    """Return the variables a letter template sees: plain values and vetted helpers only."""
    tag = planned.language
    case, target, sender = planned.case, planned.target, planned.sender
    helpers = _helpers(tag)
    t = helpers["t"]
    _ = l10n.translations(tag).gettext
    salutation = None
    for candidate in l10n.fallback_chain(tag):
        salutation = salutation or target.salutation.get(candidate)
    persons = [
        {
            "name": pick_name(p.name, tag),
            "pronouns": p.pronouns,
            "gender": p.gender,
            "role": pick(p.role, tag),
        }
        for p in case.persons
    ]
    title, facts, demands = t(case.title), t(case.facts), [t(d) for d in case.demands]
    deadline = case.deadline_on(planned.date)
    case_country_name = l10n.country_name(case.country, tag)
    return {
        **helpers,
        "lang": tag,
        "language": l10n.base_language(tag),
        "region": l10n.region_of(tag) or "",
        "case": {
            "ua": case.ua,
            "id": case.slug,
            "ai_index": case.ai_index,
            "country": case.country,
            "country_name": case_country_name,
            "issued": case.issued,
            "title": title,
            "facts": facts,
            "demands": demands,
            "persons": persons,
            "deadline": deadline,
            "languages": list(case.languages),
            "updates": [
                {
                    "date": u.date,
                    "kind": u.kind,
                    "deadline": u.deadline,
                    "reference": u.reference,
                    "text": pick(u.text, tag),
                }
                for u in case.updates
            ],
        },
        "ua": case.ua,
        "title": title,
        "facts": facts,
        "demands": demands,
        "persons": persons,
        "person": persons[0],
        "target": {
            "id": target.id,
            "name": pick_name(target.name, tag),
            "title": t(target.title),
            "organisation": pick(target.organisation, tag),
            "email": target.email,
        },
        "sender": {
            "name": sender.name,
            "street": list(sender.street),
            "postal_code": sender.postal_code,
            "city": sender.city,
            "country": sender.country,
            "languages": list(sender.languages),
            "language": sender.language,
            "email": sender.email,
            "note": sender.note,
            "extra": dict(sender.extra),
        },
        "note": sender.note,
        # Translators: the formal salutation when a target has none for this language,
        # without final punctuation (the template adds "," or ":" or "!").
        "salutation": salutation or _("Dear Sir or Madam"),
        "has_salutation": salutation is not None,
        "date": planned.date,
        "deadline": deadline,
        "copies": [_copy_label(c, tag, place=False) for c in planned.copies],
        "sender_country_name": l10n.country_name(sender.country, tag),
        "vary": make_vary(variation_seed(planned)),
        "case_country_name": case_country_name,
    }


def _skip_block(context: Any) -> Iterator[str]:
    """Stand in for a block in the pass over the whole template: render nothing."""
    return iter(())


def _render_blocks(template: jinja2.Template, context: dict[str, Any]) -> dict[str, str]:
    """Render each named block; top-level macros and `set`s of the template are visible."""
    with letter_budget():
        return _render_budgeted(template, context)


def _render_budgeted(template: jinja2.Template, context: dict[str, Any]) -> dict[str, str]:
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
        return {name: _block_text(template, name, ctx) for name in REQUIRED_BLOCKS}
    except jinja2.UndefinedError as exc:
        raise _located(exc, template, f"undefined variable: {_short(exc.message or '')}") from None
    except TemplateLimitError as exc:
        what = exc.args[0] if exc.args else str(exc)  # the limit's own Message
        reason = Message("over a template limit: %(what)s", what=what)
        raise _located(exc, template, reason) from None
    except SecurityError as exc:
        raise _located(exc, template, f"not allowed in a template: {_short(str(exc))}") from None
    except TemplateError as exc:
        if exc.source is None:  # raised by a helper: name the line that called it
            raise _located(exc, template, exc.reason) from None
        raise
    except jinja2.TemplateError as exc:
        raise _located(exc, template, f"template error: {_short(str(exc))}") from None
    except (TypeError, ValueError, LookupError, AttributeError, ArithmeticError) as exc:
        raise _located(exc, template, f"template error: {_short(str(exc))}") from None
    except RecursionError:  # the limits keep templates far from it; an input error all the same
        raise TemplateError(
            Message("nested too deeply"), source=template.filename or template.name
        ) from None


def _block_text(template: jinja2.Template, name: str, ctx: Any) -> str:
    """Render block `name`; refuse it, naming the block's line, if it is too long.

    Every character a block outputs was counted against the letter's text budget, so the
    text joined here is bounded even before this check.
    """
    render = ctx.blocks[name][0]
    text = "".join(render(ctx))
    if len(text) > MAX_BLOCK_CHARS:
        owner = render.__globals__.get("__jinja_template__", template)
        raise TemplateError(
            Message(
                "over a template limit: the block %(block)s is longer than %(limit)s characters",
                block=name,
                limit=MAX_BLOCK_CHARS,
            ),
            source=owner.filename or owner.name,
            line=owner.get_corresponding_lineno(render.__code__.co_firstlineno),
        )
    return text


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


def _short(text: str, limit: int = 200) -> str:
    """Return the first line of `text`, cut to `limit` characters: a message stays one line."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= limit else first[: limit - 3] + "..."


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
    catalog = l10n.translations(tag)
    fix = orthography(planned)
    name_lines = [
        line for line in (pick_name(target.name, tag), context["target"]["title"]) if line
    ]
    # A target reached only by email, fax or web has no postal block: its name lines stand.
    destination = target.address.country if target.address else case.country
    recipient = (
        address_lines(
            target.address,
            name_lines=name_lines,
            organisation=context["target"]["organisation"],
            sender_country=sender.country,
            sender_language=sender.language,
        )
        if target.address is not None
        else [*name_lines, *filter(None, [context["target"]["organisation"]])]
    )
    own = sender_lines(
        sender.name,
        list(sender.street),
        sender.postal_code,
        sender.city,
        sender.country,
        destination=destination,
        language=tag,
        area=sender.area,
    )
    date_text = l10n.format_letter_date(planned.date, tag)
    copy_to = catalog.gettext("Copy to: %(recipient)s")
    copies = tuple(copy_to % {"recipient": _copy_label(copy, tag)} for copy in planned.copies)
    labels = {
        "page": catalog.gettext("Page %(page)s of %(pages)s")
        % {"page": "{page}", "pages": "{pages}"},
        "copy_to": (copy_to % {"recipient": ""}).rstrip(),
        "translation": catalog.gettext("Courtesy translation"),
    }
    place_date = catalog.gettext("%(place)s, %(date)s") % {"place": sender.city, "date": date_text}
    # The orthography pass (Swiss German "ss" for "ß") is for the template's and the
    # catalog's text and the case's prose; names and addresses keep their spelling, so the
    # sender and recipient blocks, the name lines and the signature never go through it.
    return Letter(
        case_id=case.slug,
        ua=case.label,
        target_id=target.id,
        language=tag,
        date=planned.date,
        sender_name=sender.name,
        sender_lines=tuple(own),
        recipient_lines=tuple(recipient),
        place_date=fix(place_date),
        subject=fix(_one_line(parts["subject"])),
        salutation=fix(_one_line(parts["salutation"])),
        paragraphs=tuple(Paragraph(fix(p.text), p.kind) for p in split_paragraphs(parts["body"])),
        closing=fix(_one_line(parts["closing"])),
        signature=sender.name,
        copies=tuple(fix(c) for c in copies),
        recipient_email=target.email[0] if target.email else None,
        copy_emails=tuple(email for c in planned.copies for email in c.email),
        sender_email=sender.email,
        sender_country=sender.country,
        destination_country=destination,
        labels={k: fix(v) for k, v in labels.items()},
        recipient_name_lines=tuple(name_lines),
    )


_SHARP_S_WORD = re.compile(r"\w*[ßẞ]\w*")


def orthography(planned: PlannedLetter) -> Callable[[str], str]:
    """Return the orthography pass of `planned`'s language, which keeps proper names as written.

    Swiss German writes "ss" for "ß" (l10n.localize_text). Only words with "ß" change, so the
    pass goes word by word and leaves every word that is part of a name the letter knows:
    persons, the target, the sender, addresses, organisations and copies.
    """
    tag = planned.language
    if not l10n.rewrites_text(tag):
        return _unchanged
    kept = frozenset(
        word
        for text in _proper_names(planned)
        if "ß" in text or "ẞ" in text
        for word in _SHARP_S_WORD.findall(text)
    )

    def rewrite(word: re.Match[str]) -> str:
        return word[0] if word[0] in kept else l10n.localize_text(word[0], tag)

    def fix(text: str) -> str:
        if not kept:
            return l10n.localize_text(text, tag)
        return _SHARP_S_WORD.sub(rewrite, text)

    return fix


def _proper_names(planned: PlannedLetter) -> Iterator[str]:
    """Yield every text of `planned` that is a name: persons, target, sender, addresses, copies."""
    target, sender = planned.target, planned.sender
    for person in planned.case.persons:
        yield from _texts(person.name)
    yield from _texts(target.name)
    yield from _texts(target.organisation)
    yield from _address_texts(target.address)
    yield sender.name
    yield from sender.street
    yield sender.city
    yield from sender.extra.values()
    for copy in planned.copies:
        yield from _texts(copy.organisation)
        yield from _texts(copy.person)
        yield from _texts(copy.place)
        yield from _address_texts(copy.address)


def _texts(value: str | dict[str, str] | None) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif value:
        yield from value.values()


def _address_texts(address: Any) -> Iterator[str]:
    while address is not None:
        yield from address.street
        yield address.city
        yield from _texts(address.area)
        address = address.latin


def _unchanged(text: str) -> str:
    return text


def _copy_label(copy: Copy, tag: str, *, place: bool = True) -> str:
    """Return how a copy line names the copy's recipient: organisation (else person), place."""
    name = pick(copy.organisation, tag) or pick_name(copy.person, tag) or ""
    where = pick(copy.place, tag) or (copy.address.city if copy.address else None)
    return f"{name}, {where}" if where and place else name
