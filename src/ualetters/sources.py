"""Read case records and sender files into the model, with file:line: field in every error."""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from .errors import CaseFileError, InputError, SenderError
from .model import Case, Sender

M = TypeVar("M", bound=BaseModel)
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


def dotted(path: Path_) -> str:
    """Return a field path as users write it: `targets[0].address.country`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


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


def _is_branch(part: str | int) -> bool:
    """Say whether a location part names a union branch (`str`, `dict[...]`), not a user's key."""
    if not isinstance(part, str):
        return False
    return part in ("str", "dict") or ("[" in part and not part.startswith("["))


def _is_noise(part: str | int) -> bool:
    """Say whether a location part is pydantic's, not a user's key (a branch, `[key]`)."""
    return _is_branch(part) or (isinstance(part, str) and part.startswith("["))


def _value_at(data: Any, path: Path_) -> Any:
    for part in path:
        if isinstance(part, int) and not isinstance(data, list):
            continue  # one item written without a list, wrapped by the model
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _pick_errors(errors: list[Any], data: Any) -> list[Any]:
    """Keep, for each field that is a union (text or texts per language), the branch the user
    meant: the mapping branch if they wrote a mapping, else the plain one; drop duplicates."""
    chosen: list[Any] = []
    seen: set[tuple[Any, ...]] = set()
    for error in errors:
        loc = tuple(error["loc"])
        branch = next((i for i, part in enumerate(loc) if _is_branch(part)), None)
        if branch is not None:
            value = _value_at(data, tuple(p for p in loc[:branch] if not _is_branch(p)))
            wrote_mapping = isinstance(value, Mapping)
            is_mapping_branch = str(loc[branch]).startswith("dict")
            if isinstance(value, Mapping | str) and wrote_mapping != is_mapping_branch:
                continue
            if not isinstance(value, Mapping | str):
                # Neither branch fits: one message for the field, not one per branch.
                error = {
                    **error,
                    "loc": loc[:branch],
                    "type": "localized_type",
                    "msg": "expected a text, or texts per language such as {en: ..., de: ...}",
                }
        key = (tuple(p for p in error["loc"] if not _is_noise(p)), error["type"])
        if key not in seen:
            seen.add(key)
            chosen.append(error)
    return chosen or errors


def _reason(error: Mapping[str, Any], model: type[BaseModel]) -> tuple[Path_, str]:
    loc: Path_ = tuple(error["loc"])
    kind = error["type"]
    # Pydantic names the branch of a union ("str", "dict[...]"): drop it, users never wrote it.
    loc = tuple(p for p in loc if not _is_noise(p))
    message = str(error.get("msg", "invalid value"))
    value = error.get("input")
    if kind == "missing":
        return loc, "required field is missing"
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else "?"
        known = _known_fields(model, loc[:-1])
        close = difflib.get_close_matches(name, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return loc, f"unknown field{hint}"
    if kind == "language_key":
        return (*loc, error["ctx"]["key"]), message
    if kind == "value_error":
        message = message.removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "id":
        message = "use lower-case letters, digits and '-' only"
    if kind.startswith(("date_", "datetime_")):
        message = "expected a date written YYYY-MM-DD"
    if kind == "string_type":
        message = "expected a text"
    elif kind.endswith("_type") or kind == "literal_error":
        message = message.replace("Input should be", "expected")
    if kind.endswith(("_type", "_parsing")) or kind.startswith(("date_", "datetime_")):
        message = f"{message.rstrip('.')} (got {_shown(value)})"
    elif kind == "literal_error":
        message = f"{message} (got {_shown(value)})"
    return loc, message[0].lower() + message[1:] if message else message


def _shown(value: Any) -> str:
    """Return a short picture of a wrong value (a long text or mapping is cut)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _known_fields(model: type[BaseModel], path: Path_) -> list[str]:
    current: Any = model
    for part in path:
        if isinstance(part, int) or current is None:
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_in(field.annotation)
    return list(getattr(current, "model_fields", {}))


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def validate(
    model: type[M],
    data: Any,
    *,
    source: str,
    lines: Mapping[Path_, int] | None = None,
    error: type[InputError] = InputError,
) -> M:
    """Validate `data` as `model`; raise `error` naming the first problem's line and field."""
    if not isinstance(data, Mapping):
        raise error(f"expected a mapping of fields, found {type(data).__name__}", source=source)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = _pick_errors(exc.errors(), data)
        path, reason = _reason(errors[0], model)
        line, path = _locate(path, lines or {})
        more = len(errors) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise error(reason + suffix, source=source, line=line, field=dotted(path) or None) from None


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
    for key, value in sender.model_dump(exclude_none=True, exclude_defaults=False).items():
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
