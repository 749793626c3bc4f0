"""Read case records and sender files into the model, with file:line: field in every error."""

from __future__ import annotations

import difflib
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


def _walk(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(value_node, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines)


def parse_yaml(text: str, source: str) -> tuple[Any, dict[Path_, int]]:
    """Parse YAML text; return the data and the line of every key and item."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, {}
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        reason = f"YAML syntax error: {exc.problem or exc.context}"
        raise CaseFileError(reason, source=source, line=line) from None
    except yaml.YAMLError as exc:
        raise CaseFileError(f"YAML error: {exc}", source=source) from None
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    _walk(node, (), lines)
    return data, lines


def dotted(path: Path_) -> str:
    """Return a field path as users write it: `targets[0].address.country`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _line_of(path: Path_, lines: Mapping[Path_, int]) -> int | None:
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None


def _reason(error: Mapping[str, Any], model: type[BaseModel]) -> tuple[Path_, str]:
    loc: Path_ = tuple(error["loc"])
    kind = error["type"]
    # Pydantic names the branch of a union ("str", "dict[...]"): drop it, users never wrote it.
    loc = tuple(p for p in loc if not (isinstance(p, str) and ("[" in p or p in ("str",))))
    message = str(error.get("msg", "invalid value"))
    if kind == "missing":
        return loc, "required field is missing"
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else "?"
        known = _known_fields(model, loc[:-1])
        close = difflib.get_close_matches(name, known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        return loc, f"unknown field{hint}"
    if kind == "value_error":
        message = message.removeprefix("Value error, ")
    if kind == "string_pattern_mismatch" and loc and loc[-1] == "id":
        message = "use lower-case letters, digits and '-' only"
    value = error.get("input")
    if kind.endswith("_type") or kind.endswith("_parsing"):
        message = f"{message.rstrip('.')} (got {value!r})"
    return loc, message[0].lower() + message[1:] if message else message


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
        first = exc.errors()[0]
        path, reason = _reason(first, model)
        line = _line_of(path, lines or {})
        more = exc.error_count() - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise error(reason + suffix, source=source, line=line, field=dotted(path) or None) from None


def _read_text(path: Path, error: type[InputError]) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error("file not found", source=path) from None
    except IsADirectoryError:
        raise error("is a folder, not a file", source=path) from None
    except UnicodeDecodeError as exc:
        raise error(f"not UTF-8 text (byte {exc.start})", source=path) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror}", source=path) from None


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
            raise SenderError(f"TOML syntax error: {exc}", source=path) from None
        data = data.get("sender", data)
        return validate(Sender, data, source=str(path), error=SenderError)
    data, lines = parse_yaml(text, str(path))
    if isinstance(data, dict) and "sender" in data:
        data = data["sender"]
        lines = {k[1:]: v for k, v in lines.items() if k[:1] == ("sender",)}
    return validate(Sender, data, source=str(path), lines=lines, error=SenderError)


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
