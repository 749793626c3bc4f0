"""Rewrite a case file in the current spelling of the case format, keeping what a person wrote.

Format 2 reads every format 1 file as it is (docs/case-format.md); `migrate` only brings a
file's spelling up to date, so it reads as the documentation writes it:

- `format: 2` at the top (or in place of `format: 1`);
- a copy's `name` becomes `organisation`;
- a person's `gender: other` becomes `gender: unknown`.

The edits are made on the text, at the places the YAML parser reports, so comments, blank
lines, quoting and the order of fields stay as they are; a file already in the current
spelling is left untouched. The result is checked to mean the same case before it is
written, atomically.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import CaseFileError, Message
from .model import FORMAT
from .output import cannot_write, write_atomic
from .sources import parse_case_text, read_case_text


@dataclass(frozen=True)
class Edit:
    """One change to the text: characters `start` to `end` become `text`."""

    start: int
    end: int
    text: str
    what: Message


@dataclass(frozen=True)
class Migration:
    """What migrating a file changes: the new text and a message per change (none: current)."""

    text: str
    changes: tuple[Message, ...]


def migrate_text(text: str, source: str) -> Migration:
    """Return `text` (a case file's YAML) in the current spelling, and what changed.

    Raise CaseFileError, naming the line and field, if the file is not a valid case.
    """
    parse_case_text(text, source)  # every check of a case file, located
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text.removeprefix(bom)
    root = yaml.compose(body, Loader=yaml.SafeLoader)
    assert isinstance(root, yaml.MappingNode)  # a valid case is a mapping
    edits = sorted(_edits(body, root), key=lambda edit: edit.start, reverse=True)
    for edit in edits:
        body = body[: edit.start] + edit.text + body[edit.end :]
    migrated = bom + body
    if edits and _data(migrated, source) != _data(text, source):
        # A guard on this module: the new spelling must mean the same case.
        raise CaseFileError(Message("migrating would change what the case means"), source=source)
    return Migration(migrated, tuple(edit.what for edit in reversed(edits)))


def _data(text: str, source: str) -> dict[str, object]:
    data = parse_case_text(text, source).to_data()
    data.pop("format", None)
    return data


def _value(mapping: yaml.MappingNode, key: str) -> tuple[yaml.Node, yaml.Node] | None:
    for key_node, value_node in mapping.value:
        if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def _edits(text: str, root: yaml.MappingNode) -> Iterator[Edit]:
    yield from _format_edit(text, root)
    copies = _value(root, "copies")
    if copies is not None and isinstance(copies[1], yaml.MappingNode):
        for _key, listed in copies[1].value:
            items = listed.value if isinstance(listed, yaml.SequenceNode) else [listed]
            for copy in items:
                if isinstance(copy, yaml.MappingNode):
                    yield from _rename(copy, "name", "organisation")
    persons = _value(root, "persons")
    if persons is not None and isinstance(persons[1], yaml.SequenceNode):
        for person in persons[1].value:
            gender = _value(person, "gender") if isinstance(person, yaml.MappingNode) else None
            if gender is not None and isinstance(gender[1], yaml.ScalarNode):
                node = gender[1]
                if node.value.strip().lower() == "other":
                    yield Edit(
                        node.start_mark.index,
                        node.end_mark.index,
                        "unknown",
                        Message(
                            "line %(line)d: gender 'other' is now 'unknown'",
                            line=node.start_mark.line + 1,
                        ),
                    )


def _format_edit(text: str, root: yaml.MappingNode) -> Iterator[Edit]:
    found = _value(root, "format")
    if found is not None:
        node = found[1]
        if str(node.value).strip() != str(FORMAT):
            yield Edit(
                node.start_mark.index,
                node.end_mark.index,
                str(FORMAT),
                Message(
                    "line %(line)d: format %(format)d", line=node.start_mark.line + 1, format=FORMAT
                ),
            )
        return
    first = root.value[0][0]
    newline = "\r\n" if "\r\n" in text else "\n"
    if root.flow_style:  # `{ua: ..., ...}`: the field goes inside the braces
        at = root.start_mark.index + 1
        line = f"format: {FORMAT}, "
    else:  # before the first field, after the comments that head the file
        at = first.start_mark.index - first.start_mark.column
        line = " " * first.start_mark.column + f"format: {FORMAT}{newline}"
    yield Edit(
        at,
        at,
        line,
        Message(
            "line %(line)d: format %(format)d added", line=first.start_mark.line + 1, format=FORMAT
        ),
    )


def _rename(mapping: yaml.MappingNode, old: str, new: str) -> Iterator[Edit]:
    found = _value(mapping, old)
    if found is None:
        return
    key = found[0]
    yield Edit(
        key.start_mark.index,
        key.end_mark.index,
        new,
        Message(
            "line %(line)d: a copy's '%(old)s' is now '%(new)s'",
            line=key.start_mark.line + 1,
            old=old,
            new=new,
        ),
    )


def migrate_file(path: str | Path, out: str | Path | None = None) -> Migration:
    """Rewrite case file `path` in the current spelling, in place or into `out`.

    The file is written atomically, and only if something changes (or `out` is another
    file). Raise CaseFileError if the file is not a valid case, OutputError if it cannot be
    written.
    """
    source = Path(path)
    text = read_case_text(source)
    migration = migrate_text(text, str(source))
    target = Path(out) if out is not None else source
    if migration.changes or target != source:
        try:
            write_atomic(target, migration.text.encode("utf-8"))
        except OSError as exc:
            raise cannot_write(target, exc) from None
    return migration


__all__ = ["Migration", "migrate_file", "migrate_text"]
