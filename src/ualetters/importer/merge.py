"""`import --into`: add a UA's text in another language, or an update of it, to a case record.

The record must be the same UA (its number is compared). A text in a language the record
does not have yet makes every per-language mapping grow (title, facts, demands, roles,
targets' titles and salutations, copies); an update (further information, extension,
closing) becomes a dated `updates` entry. The file is rewritten from its data, with the
comments it had put back where their lines were (before a key, or after its value), as
written, its TODO marks kept as tasks, its order of fields, and every value that did not
change written as it was (quotes, folded lines).
"""

from __future__ import annotations

import re
from copy import deepcopy
from typing import Any

import yaml

from ..errors import Message
from ..sources import parse_yaml
from .dates import fold
from .draft import Draft
from .emit import CASE_ORDER, Kept, Notes, case_data, dump
from .reading import SourceError

Path = tuple[str | int, ...]


def ua_key(value: Any) -> tuple[int, int] | None:
    """Return (number, year) of a UA number ("UA 061/20", "FI 83/21-2", "AU 72.24")."""
    match = re.search(r"(\d{1,4})\s*[./]\s*(\d{2,4})", str(value or ""))
    if not match:
        return None
    year = int(match.group(2))
    return int(match.group(1)), year % 100 if year >= 1900 else year


def merge(text: str, name: str, draft: Draft) -> tuple[str, list[str]]:
    """Return the case file `text` with what `draft` adds, and a line per change made."""
    data, lines = parse_yaml(text, name)
    if not isinstance(data, dict):
        raise SourceError(Message("is not a case record (a mapping of fields)"), source=name)
    _same_case(data, draft, name)
    had = list(data)
    sources, keys = _sources(text, deepcopy(data))  # the values as they were, before the merge
    notes = existing_notes(text, lines)
    new, new_notes = case_data(draft)
    changes: list[str] = []
    if _is_update(draft):
        _add_update(data, new, new_notes, notes, changes, name, draft.language)
    else:
        _add_language(data, new, new_notes, notes, changes, draft.language, name)
    ordered = _ordered(data, had)
    notes.sources, notes.keys = sources, keys
    result = dump(ordered, notes)
    if not _reads_back(result, ordered, name):
        notes.sources, notes.keys = (
            {},
            {},
        )  # a value as written does not fit where it is now: write it anew
        result = dump(ordered, notes)
    _same_data(result, ordered, name)
    return result, changes


def _same_case(data: dict[str, Any], draft: Draft, name: str) -> None:
    """Refuse a draft that is not about the record's UA."""
    recorded = data.get("ua")
    found = draft.record.get("ua")
    if not recorded:
        raise SourceError(
            Message("the record has no 'ua' number to compare the imported text with"),
            source=name,
        )
    if not found:
        raise SourceError(
            Message(
                "the imported text names no UA number, so it cannot be checked to be %(ua)s; "
                "nothing was added",
                ua=recorded,
            ),
            source=name,
        )
    if ua_key(recorded) != ua_key(found):
        raise SourceError(
            Message(
                "the imported text is %(found)s, the record is %(ua)s; nothing was added",
                found=found,
                ua=recorded,
            ),
            source=name,
        )


def _is_update(draft: Draft) -> bool:
    record = draft.record
    return record.get("status") in ("update", "closed") or bool(record.get("updates"))


def _add_update(
    data: dict[str, Any],
    new: dict[str, Any],
    new_notes: Notes,
    notes: Notes,
    changes: list[str],
    name: str,
    lang: str,
) -> None:
    """Append the draft's updates (dated, with persons' new status) to the record's.

    An update the record has already (the same reference, or the same date and kind, or the
    same text), or one that only repeats the record's own facts, is not added; when nothing
    is left to add, NothingNewError says so.
    """
    from ..errors import NothingNewError

    had = list(data.get("updates") or [])
    updates = data.setdefault("updates", [])
    persons = data.get("persons") or []
    known: list[str] = []  # updates the record has already, as shown to the user
    repeats_facts = False  # an update that only repeats the record's own facts
    for number, update in enumerate(new.get("updates") or []):
        repeated = next((old for old in had if _same_update(old, update)), None)
        if repeated is not None:
            known.append(show_update(repeated))
            continue
        if _repeats_facts(data, update, lang):
            repeats_facts = True
            continue
        position = len(updates)
        for change in update.get("persons") or []:
            if not any(_known(person, change["person"]) for person in persons):
                notes.todo(
                    ("updates", position, "persons"),
                    f"{change['person']} is not one of the record's persons: use a name as "
                    "written in 'persons', or remove the entry",
                )
        updates.append(update)
        _carry(new_notes, ("updates", number), notes, ("updates", position))
        if update.get("date"):
            change = Message(
                "update of %(date)s (%(kind)s)", date=update["date"], kind=update["kind"]
            )
        else:
            change = Message("update with no date yet (%(kind)s)", kind=update["kind"])
        changes.append(change)
    if new.get("deadline") and not data.get("deadline"):
        data["deadline"] = new["deadline"]
        changes.append("deadline")
    if not updates:
        del data["updates"]
    if (known or repeats_facts) and not changes:
        raise NothingNewError(
            Message(
                "%(file)s: has what the text says already (%(what)s); nothing was added",
                file=name,
                what=", ".join(known),
            )
            if known
            else Message(
                "%(file)s: the text says what the record's facts say; nothing was added",
                file=name,
            )
        )


def show_update(update: dict[str, Any]) -> str:
    """Return how a message names an update: its reference, else its date, else its kind."""
    return str(update.get("reference") or update.get("date") or update.get("kind") or "")


def _words(value: Any) -> list[str]:
    """Return the folded words of a text or of each language of a {lang: text} mapping."""
    texts = value.values() if isinstance(value, dict) else [value]
    return [fold(" ".join(str(text).split())) for text in texts if text]


def _same_update(old: Any, new: dict[str, Any]) -> bool:
    """Say whether `old`, an update of the record, is the update `new` (imported again)."""
    if not isinstance(old, dict):
        return False
    if (
        old.get("reference")
        and new.get("reference")
        and fold(str(old["reference"])) == fold(str(new["reference"]))
    ):
        return True
    if set(_words(old.get("text"))) & set(_words(new.get("text"))):
        return True
    return bool(
        new.get("date")
        and str(old.get("date")) == str(new["date"])
        and old.get("kind") == new.get("kind")
    )


def _repeats_facts(data: dict[str, Any], update: dict[str, Any], lang: str) -> bool:
    """Say whether an undated update's text is the record's own facts (its own page again)."""
    if update.get("date") or update.get("persons"):
        return False
    texts = _words(
        (update.get("text") or {}).get(lang)
        if isinstance(update.get("text"), dict)
        else update.get("text")
    )
    facts = data.get("facts")
    own = _words(facts.get(lang) if isinstance(facts, dict) else facts)
    return bool(texts) and any(text in fact or fact in text for text in texts for fact in own)


def _known(person: Any, reference: str) -> bool:
    names = person.get("name") if isinstance(person, dict) else None
    forms = [names] if isinstance(names, str) else list((names or {}).values())
    return any(
        fold(" ".join(str(form).split())) == fold(" ".join(reference.split())) for form in forms
    )


def _add_language(
    data: dict[str, Any],
    new: dict[str, Any],
    new_notes: Notes,
    notes: Notes,
    changes: list[str],
    lang: str,
    name: str,
) -> None:
    """Add the draft's texts in its language to every per-language mapping of the record."""
    if isinstance(data.get("title"), dict) and lang in data["title"]:
        raise SourceError(
            Message(
                "the record has its texts in '%(lang)s' already; import a text in another "
                "language, or an update",
                lang=lang,
            ),
            source=name,
        )
    base = _record_language(data)
    for key in ("title", "facts", "email_subject"):
        if _grow(data, key, new.get(key), lang, base):
            _carry(new_notes, (key,), notes, (key,))
            changes.append(key)
    _grow_list(data, "demands", new.get("demands") or [], lang, base, notes, changes)
    for number, person in enumerate(data.get("persons") or []):
        match = next((p for p in new.get("persons") or [] if _known(person, _first_name(p))), None)
        if (
            match
            and isinstance(match.get("role"), dict)
            and _grow(person, "role", match["role"].get(lang), lang, base)
        ):
            notes.todo(
                ("persons", number, "role"), f"the {lang} role was read from the text; check it"
            )
            changes.append(f"persons[{number}].role")
    for number, group in enumerate(data.get("groups") or []):
        groups = new.get("groups") or []
        if number < len(groups) and _grow(
            group, "description", groups[number]["description"].get(lang), lang, base
        ):
            notes.todo(
                ("groups", number, "description"),
                "paired with the new text's group by its place in the list; check",
            )
            changes.append(f"groups[{number}].description")
    _grow_targets(data, new, lang, base, notes, changes)
    for key in ("languages", "deadline"):
        if new.get(key) and not data.get(key):
            data[key] = new[key]
            changes.append(key)


def _first_name(person: dict[str, Any]) -> str:
    name = person.get("name")
    return name if isinstance(name, str) else next(iter((name or {}).values()), "")


def _grow(holder: dict[str, Any], key: str, value: Any, lang: str, base: str) -> bool:
    """Add `value` (a text, or a {lang: text} mapping) in `lang` to holder[key]; say if it did."""
    if isinstance(value, dict):
        value = value.get(lang)
    if not value:
        return False
    current = holder.get(key)
    if current is None or current == "":
        holder[key] = {lang: value}
    elif isinstance(current, str):
        if current == value:
            return False
        holder[key] = {base: current, lang: value}
    elif lang not in current:
        current[lang] = value
    else:
        return False
    return True


def _grow_list(
    data: dict[str, Any],
    key: str,
    values: list[Any],
    lang: str,
    base: str,
    notes: Notes,
    changes: list[str],
) -> None:
    """Add the new language's items to a list of texts, item by item when the counts agree."""
    current = data.get(key) or []
    texts = [v.get(lang) if isinstance(v, dict) else v for v in values]
    if not texts:
        return
    if len(current) == len(texts):
        for number, text in enumerate(texts):
            if isinstance(current[number], str):
                current[number] = {base: current[number]}
            current[number][lang] = text
        notes.todo((key,), f"the {lang} {key} were paired with the others by their order; check")
        changes.append(key)
        return
    notes.todo(
        (key,),
        f"the {lang} text has {len(texts)} {key}, the record {len(current)}: pair them by hand: "
        + " | ".join(str(t) for t in texts),
    )


def _grow_targets(
    data: dict[str, Any],
    new: dict[str, Any],
    lang: str,
    base: str,
    notes: Notes,
    changes: list[str],
) -> None:
    """Add the new language's titles, organisations and salutations to the matching targets."""
    targets = data.get("targets") or []
    incoming = new.get("targets") or []
    for number, target in enumerate(targets):
        match = _matching(target, incoming, number, len(targets))
        if match is None:
            continue
        for key in ("title", "organisation", "salutation", "email_subject"):
            if _grow(target, key, match.get(key), lang, base):
                changes.append(f"targets[{number}].{key}")
        notes.todo(
            ("targets", number),
            f"the {lang} text's target was paired with this one; check its {lang} title and "
            "salutation",
        )
    for key, copies in (new.get("copies") or {}).items():
        existing = (data.get("copies") or {}).get(key)
        if existing is None:
            data.setdefault("copies", {})[key] = copies
            notes.todo(("copies", key), f"copies found in the {lang} text only; check them")
            changes.append(f"copies[{key}]")
            continue
        existing = existing if isinstance(existing, list) else [existing]
        data["copies"][key] = existing
        for number, copy in enumerate(existing):
            if number < len(copies):
                for field in ("organisation", "title", "salutation", "place"):
                    if _grow(copy, field, copies[number].get(field), lang, base):
                        changes.append(f"copies[{key}][{number}].{field}")


def _matching(
    target: dict[str, Any], incoming: list[dict[str, Any]], number: int, count: int
) -> dict[str, Any] | None:
    """Return the new text's target that is `target`: the same name, else the same place."""
    names = target.get("name")
    forms = [names] if isinstance(names, str) else list((names or {}).values())
    for candidate in incoming:
        if candidate.get("name") and any(
            fold(str(candidate["name"])) == fold(str(f)) for f in forms
        ):
            return candidate
    if len(incoming) == count:
        return incoming[number]
    return None


def _record_language(data: dict[str, Any]) -> str:
    """Return the language the record's plain texts are in: the one its mappings share, else en."""
    for key in ("title", "facts"):
        value = data.get(key)
        if isinstance(value, dict) and value:
            return str(next(iter(value)))
    return "en"


def _carry(source: Notes, old: Path, target: Notes, new: Path) -> None:
    """Copy the tasks and comments of `old` (and inside it) to `new` in another Notes."""
    for table_name in ("before", "todos"):
        table = getattr(source, table_name)
        for key, value in table.items():
            if key[: len(old)] == old:
                where = (*new, *key[len(old) :])
                if table_name == "todos":
                    target.todo(where, value)
                else:
                    for text in value:
                        target.comment(where, text)


def _ordered(data: dict[str, Any], had: list[str]) -> dict[str, Any]:
    """Return the record in its own order of fields (`had`), each new top-level field after
    the last field that comes before it in the case format."""
    order = [key for key in had if key in data]
    for key in data:
        if key in order:
            continue
        rank = CASE_ORDER.index(key) if key in CASE_ORDER else len(CASE_ORDER)
        earlier = [
            at
            for at, other in enumerate(order)
            if other in CASE_ORDER and CASE_ORDER.index(other) < rank
        ]
        order.insert(earlier[-1] + 1 if earlier else len(order), key)
    return {key: data[key] for key in order}


def existing_notes(text: str, lines: dict[Path, int]) -> Notes:
    """Return the comments of a YAML file, attached to the keys on or after their lines.

    A comment line is kept as it was written (`Kept`); a comment after a value stays after
    it, and a TODO mark there stays a task of that value, so a merge neither drops a mark
    nor writes the same one twice on a line. A `-` line that holds only a comment (a list
    item whose first key is on the next line) gives its comment to that item.
    """
    notes = Notes()
    by_line: dict[int, Path] = {}
    for path, line in sorted(lines.items(), key=lambda item: len(item[0])):
        if path:
            by_line.setdefault(line, path)
    deepest: dict[int, Path] = {}
    for path, line in lines.items():
        if path and len(path) >= len(deepest.get(line, ())):
            deepest[line] = path
    inside = _scalar_lines(text)
    pending: list[str] = []
    seen_key = False
    rows = text.splitlines()
    waiting: str | None = None  # the comment of a `-` line, for the item that follows
    for number, row in enumerate(rows, start=1):
        stripped = row.strip()
        if number in inside:
            continue
        if stripped.startswith("#"):
            pending.append(_kept(stripped))
            continue
        if number in by_line:
            seen_key = True
            for comment in pending:
                notes.before.setdefault(by_line[number], []).append(comment)
            pending = []
            if waiting is not None:
                _keep_after(notes, by_line[number], waiting)
                waiting = None
            trailing = _trailing_comment(row)
            if trailing:
                _keep_after(notes, deepest[number], trailing)
        elif stripped.startswith("-") and stripped[1:].strip().startswith("#"):
            waiting = stripped[1:].strip()[1:].strip()
        elif not seen_key and pending and not stripped:
            notes.header += pending
            pending = []
    if not seen_key:
        notes.header += pending
    else:
        notes.footer += pending
    return notes


def _kept(stripped: str) -> Kept:
    """Return a comment line's text (after `#` and one space) as the user wrote it."""
    text = stripped[1:]
    return Kept(text[1:] if text.startswith(" ") else text)


def _keep_after(notes: Notes, path: Path, comment: str) -> None:
    """Keep a comment written after a value; its TODO mark, as the value's task."""
    from ..sources import TODO_MARK

    head, mark, task = comment.partition(TODO_MARK)
    head = head.rstrip()
    task = task.lstrip(" :").strip()
    if not mark or not task or (head and not head.endswith("#")):
        notes.after[path] = comment  # no mark, a bare one, or one inside the comment's words
        return
    head = head.removesuffix("#").rstrip()
    if head:
        notes.after[path] = head
    notes.todo(path, task)


def _trailing_comment(row: str) -> str | None:
    """Return the comment at the end of a YAML line (a `#` after white space, outside quotes)."""
    quote = None
    for index, char in enumerate(row):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "#" and index > 0 and row[index - 1] in " \t":
            return row[index + 1 :].strip()
    return None


def _scalar_lines(text: str) -> set[int]:
    """Return the lines that belong to multi-line scalars (a `#` there is text, not a comment)."""
    inside: set[int] = set()
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken) and token.end_mark.line > token.start_mark.line:
                first = token.start_mark.line + 1  # lines counted from 1
                last = token.end_mark.line + (1 if token.end_mark.column > 0 else 0)
                inside.update(range(first + 1, last + 1))
    except yaml.YAMLError:
        pass
    return inside


def _sources(
    text: str, data: dict[str, Any]
) -> tuple[dict[Path, tuple[Any, str]], dict[Path, str]]:
    """Return {path: (value, YAML source)} of the file's scalars and one-line flow values, and
    {path: its key as written} of quoted keys, to write them as they were."""
    values: dict[Path, Any] = {}
    keys: dict[Path, str] = {}

    def collect(value: Any, path: Path) -> None:
        values[path] = value
        if isinstance(value, dict):
            for key, item in value.items():
                collect(item, (*path, key))
        elif isinstance(value, list):
            for number, item in enumerate(value):
                collect(item, (*path, number))

    collect(data, ())
    found: dict[Path, tuple[Any, str]] = {}

    def visit(node: yaml.Node, path: Path) -> None:
        if (
            isinstance(node, yaml.CollectionNode)
            and node.flow_style
            and path in values
            and node.start_mark.line == node.end_mark.line
        ):  # a one-line {..} or [..]: kept as written while it is unchanged
            found[path] = (values[path], text[node.start_mark.index : node.end_mark.index])
        if isinstance(node, yaml.MappingNode):
            for key, item in node.value:
                if key.style in ("'", '"') and key.start_mark.line == key.end_mark.line:
                    keys[(*path, key.value)] = text[key.start_mark.index : key.end_mark.index]
                visit(item, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for number, item in enumerate(node.value):
                visit(item, (*path, number))
        elif isinstance(node, yaml.ScalarNode) and path in values:
            source = text[node.start_mark.index : node.end_mark.index].rstrip()
            first, newline, rest = source.partition("\n")
            if node.style in (">", "|"):
                first = first.split("#")[0].rstrip()  # the indicator, without its comment
            elif newline:
                return  # a quoted or plain text over several lines: written anew
            found[path] = (values[path], first + newline + rest)

    try:
        root = yaml.compose(text.removeprefix("\ufeff"), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}, {}
    if root is not None:
        visit(root, ())
    return found, keys


def _reads_back(result: str, data: dict[str, Any], name: str) -> bool:
    try:
        reread, _lines = parse_yaml(result, name)
    except Exception:  # a value written as it was does not parse where it is now
        return False
    return bool(reread == data)


def _same_data(result: str, data: dict[str, Any], name: str) -> None:
    """Make sure the file to be written reads back as the merged data (never lose a value)."""
    from ..errors import UaLettersError

    reread, _lines = parse_yaml(result, name)
    if reread != data:
        raise UaLettersError(  # a bug of the writer: exit 1, "please report it"
            Message(
                "%(file)s: the merged record would not read back the same; nothing was written",
                file=name,
            )
        )
