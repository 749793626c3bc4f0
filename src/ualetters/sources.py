"""Read case records and sender files into the model, with file:line: field in every error."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml

from . import records
from .errors import CaseFileError, InputError, Message, Problem, SenderError
from .model import Case, Sender
from .records import dotted

R = TypeVar("R", bound=records.Record)
Path_ = tuple[str | int, ...]

STDIN_NAME = "<stdin>"


def _walk(
    node: yaml.Node,
    path: Path_,
    lines: dict[Path_, int],
    source: str,
    error: type[InputError] = CaseFileError,
) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if isinstance(key, str) and key != "<<" and key in seen:
                # YAML keeps the last value silently; the first would be lost without a word.
                raise error(
                    f"the key '{key}' appears twice (first on line {seen[key]})",
                    source=source,
                    line=line,
                    field=dotted((*path, key)),
                )
            seen[key] = line
            lines[(*path, key)] = line
            _walk(value_node, (*path, key), lines, source, error)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines, source, error)


class _Loader(yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so the model checks them with a located error.

    PyYAML's own date constructor raises a bare ValueError for `2020-17-22`, without a line.
    """


def _date_as_text(loader: _Loader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


def parse_yaml(
    text: str, source: str, error: type[InputError] = CaseFileError
) -> tuple[Any, dict[Path_, int]]:
    """Parse YAML text; return the data and the line of every key and item."""
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = f"YAML syntax error: {exc.problem or exc.context}"
        start = exc.context_mark
        if exc.problem and exc.context and start and mark and start.line != mark.line:
            # Where the unfinished thing began is often where the mistake is.
            reason += f" ({exc.context} started on line {start.line + 1})"
        raise error(reason, source=source, line=line) from None
    except yaml.YAMLError as exc:
        raise error(f"YAML error: {exc}", source=source) from None
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    _walk(node, (), lines, source, error)
    return data, lines


def toml_lines(text: str) -> dict[Path_, int]:
    """Return the line of every `key = ...` of a simple TOML file, by its path of keys.

    tomllib keeps no positions; a plain scan is enough for the flat files ualetters reads.
    """
    lines: dict[Path_, int] = {(): 1}
    table: Path_ = ()
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.match(r"^\[\s*([A-Za-z0-9_.\-]+)\s*\]", line)
        if header:
            table = tuple(header.group(1).split("."))
            lines.setdefault(table, number)
            continue
        key = re.match(r'^"?([A-Za-z0-9_\-]+)"?\s*=', line)
        if key:
            lines.setdefault((*table, key.group(1)), number)
    return lines


def _locate(path: Path_, lines: Mapping[Path_, int]) -> tuple[int | None, Path_]:
    """Return the line of the deepest part of `path` the file has, and the path as written.

    An index the file does not have is dropped from the shown path: the user wrote one
    value where a list is allowed (`copies: {CH: {...}}`, `languages: de, en`).
    """
    if not lines:
        return None, path
    resolved: Path_ = ()
    shown: list[str | int] = []
    best = lines.get(())
    for number, part in enumerate(path):
        if (*resolved, part) in lines:
            resolved = (*resolved, part)
            best = lines[resolved]
            shown.append(part)
        elif isinstance(part, int):
            continue
        else:
            shown.extend(path[number:])
            break
    return best, tuple(shown)


def validate(
    model: type[R],
    data: Any,
    *,
    source: str,
    lines: Mapping[Path_, int] | None = None,
    error: type[InputError] = InputError,
) -> R:
    """Validate `data` as `model`; raise `error` listing every problem with its line and field.

    The problems come in the order of their lines; the first is the error's own message.
    """
    if not isinstance(data, Mapping):
        kind = type(data).__name__
        raise error(
            Message("expected a mapping of fields, found %(kind)s", kind=kind), source=source
        )
    found, faults = records.check(model, data)
    if found is not None:
        return found
    problems = []
    for fault in faults:
        line, path = _locate(fault.path, lines or {})
        problems.append(Problem(fault.reason, source=source, line=line, field=dotted(path) or None))
    # Sorted by line (a stable sort: faults without a line keep the order they were found in).
    problems.sort(key=lambda problem: problem.line or 0)
    raise error.of(problems)


def _read_text(path: Path, error: type[InputError]) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error("file not found", source=path) from None
    except IsADirectoryError:
        raise error("is a folder, not a file", source=path) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", source=path) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise error(
            f"not UTF-8 text (byte {raw[exc.start]:#04x}); save the file as UTF-8",
            source=path,
            line=line,
        ) from None


def load_case(source: str | Path | Mapping[str, Any], *, name: str | None = None) -> Case:
    """Load a case record from a YAML file path, a dict, or YAML text (`name` labels errors).

    A `str` that contains a line break is YAML text; any other `str` is a path.
    """
    if isinstance(source, Mapping):
        return validate(Case, source, source=name or "<case>", error=CaseFileError)
    if isinstance(source, str) and "\n" in source:
        return parse_case_text(source, name or "<case>")
    path = Path(source)
    return parse_case_text(_read_text(path, CaseFileError), name or str(path))


def parse_case_text(text: str, name: str) -> Case:
    """Validate YAML text as a case record."""
    data, lines = parse_yaml(text, name)
    return validate(Case, data, source=name, lines=lines, error=CaseFileError)


def load_sender(source: str | Path | Mapping[str, Any]) -> Sender:
    """Load a sender from a TOML or YAML file path, or from a dict."""
    if isinstance(source, Mapping):
        return validate(Sender, source, source="<sender>", error=SenderError)
    path = Path(source)
    text = _read_text(path, SenderError)
    if path.suffix.lower() == ".toml":
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line = getattr(exc, "lineno", None)  # Python 3.14+; older ones say it in the text
            reason = re.sub(r" \(at line \d+, column \d+\)$", "", str(exc))
            if line is None:
                found = re.search(r"at line (\d+)", str(exc))
                line = int(found.group(1)) if found else None
            raise SenderError(f"TOML syntax error: {reason}", source=path, line=line) from None
        lines = toml_lines(text)
        if isinstance(data.get("sender"), dict):
            data = data["sender"]
            lines = {k[1:]: v for k, v in lines.items() if k[:1] == ("sender",)}
        lines = _alias_lines(lines)
        return validate(Sender, data, source=str(path), lines=lines, error=SenderError)
    data, lines = parse_yaml(text, str(path), SenderError)
    if isinstance(data, dict) and "sender" in data:
        data = data["sender"]
        lines = {k[1:]: v for k, v in lines.items() if k[:1] == ("sender",)}
    return validate(Sender, data, source=str(path), lines=_alias_lines(lines), error=SenderError)


def _alias_lines(lines: dict[Path_, int]) -> dict[Path_, int]:
    """Let errors in `languages` find the line of its alias `language`."""
    for key, line in list(lines.items()):
        if key[:1] == ("language",):
            lines.setdefault(("languages", *key[1:]), line)
    return lines


def dump_sender_toml(sender: Sender) -> str:
    """Return the sender as a TOML document (round-trips through `load_sender`)."""
    import json

    out = ["# ualetters sender: your details for the letters you sign", "[sender]"]
    for key, value in sender.to_data().items():
        if value in ({}, []) and key in ("extra", "street"):
            continue
        if isinstance(value, dict):
            continue
        # JSON string and list syntax is valid TOML for the values a sender holds.
        out.append(f"{key} = {json.dumps(value, ensure_ascii=False)}")
    if sender.extra:
        out.append("[sender.extra]")
        out += [
            f"{json.dumps(k)} = {json.dumps(v, ensure_ascii=False)}"
            for k, v in sender.extra.items()
        ]
    return "\n".join(out) + "\n"
