"""Read case records and sender files into the model, with file:line: field in every error."""

from __future__ import annotations

import bisect
import codecs
import datetime as dt
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import yaml

from . import records
from .errors import (
    CaseFileError,
    InputError,
    Message,
    Number,
    Plural,
    Problem,
    SenderError,
    os_reason,
)
from .model import Case, Sender
from .records import dotted
from .textsafety import describe, is_single_line, key_problem, text_problem

R = TypeVar("R", bound=records.Record)
Path_ = tuple[str | int, ...]

STDIN_NAME = "<stdin>"


# Limits for case and sender files (docs/security.md). A real case file is a few dozen KB.
MAX_FILE_BYTES = 2_000_000
# Levels of lists and mappings, counted through aliases; a case needs about eight.
MAX_DEPTH = 40
# Values (scalars, lists, mappings) and characters of text once every alias is expanded: what
# validation and the letters will see. Without aliases a file under the size cap stays under.
MAX_VALUES = 1_000_000
MAX_TEXT_CHARS = 2_000_000
# A number longer than this is a text written without quotes (Python refuses to read
# integers of more than 4,300 digits, and no field wants one).
MAX_NUMBER_CHARS = 100

# Plain YAML: text, numbers, booleans, null, lists and mappings; dates are read as text.
_YAML_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp")
)
_KEY_TAGS = _YAML_TAGS | {"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"}
_STR = "tag:yaml.org,2002:str"
_NUMBER_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null"))
_MERGE = "<<"


class _Refused(Exception):
    """Input the loader refuses: a reason and where; the caller turns it into its error type."""

    def __init__(self, reason: str, line: int | None = None, path: Path_ = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.path = path


def _shown_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


class _NodeChecker:
    """One pass over the YAML node graph, before any value is built.

    Every node is visited once (an alias is the same node object again), so a few hundred
    bytes of nested aliases cost a few hundred steps: the pass adds up what each node
    expands to (values, characters, depth) and refuses the file where a limit is passed.
    On the way it records the line of every key and item for error messages, refuses tags
    other than plain YAML's, duplicate keys, over-long numbers, and control characters in
    text, naming the file, line and field.
    """

    def __init__(
        self, text: str, controls: list[int], alias_lines: Mapping[tuple[int, int | None], int]
    ) -> None:
        self.text = text  # as written: `controls` are where it has raw control characters
        self.controls = controls
        self.alias_lines = alias_lines
        self.lines: dict[Path_, int] = {}
        self.sizes: dict[int, tuple[int, int, int]] = {}  # id(node) -> values, chars, depth
        self.open: set[int] = set()

    def visit(
        self, node: yaml.Node, path: Path_, depth: int, line: int | None = None
    ) -> tuple[int, int, int]:
        """Return what `node` expands to: (values, characters of text, depth of nesting).

        `line` is where the node is used, if an alias uses it there.
        """
        line = self.lines.setdefault(path, line or node.start_mark.line + 1)
        if isinstance(node, yaml.ScalarNode):
            self._text(node, path)
            return 1, len(node.value), 1
        size = self.sizes.get(id(node))
        if size is None:
            if id(node) in self.open:
                raise _Refused(
                    Message("a YAML alias refers to the list or mapping it is part of"),
                    line,
                    path,
                )
            self.open.add(id(node))
            size = self._measure(node, path, depth)
            self.open.discard(id(node))
            self.sizes[id(node)] = size
        if depth + size[2] - 1 > MAX_DEPTH:
            raise _Refused(
                Message(
                    "lists and mappings nested more than %(limit)d levels deep "
                    "(counting what aliases repeat)",
                    limit=MAX_DEPTH,
                ),
                line,
                path,
            )
        return size

    def _text(self, node: yaml.ScalarNode, path: Path_, *, key: bool = False) -> None:
        if node.tag != _STR or self.controls or not node.value.isprintable():
            self._scalar(node, path, key=key)  # the common one-line text needs no closer look

    def _too_much(self, values: int, chars: int, path: Path_) -> None:
        # Checked after every item, so repeating one long text stops at the item that passes.
        if values > MAX_VALUES or chars > MAX_TEXT_CHARS:
            raise _Refused(
                Message(
                    "the data grows to more than %(values)s values or %(chars)s characters "
                    "of text (counting every use of an alias)",
                    values=Number(MAX_VALUES),
                    chars=Number(MAX_TEXT_CHARS),
                ),
                self.lines.get(path),
                path,
            )

    def _measure(self, node: yaml.Node, path: Path_, depth: int) -> tuple[int, int, int]:
        """Return what a list or mapping expands to, visiting its items."""
        if node.tag not in _YAML_TAGS:
            raise _Refused(self._tag_reason(node.tag), node.start_mark.line + 1, path)
        values, chars, height = 1, 0, 1
        if isinstance(node, yaml.SequenceNode):
            aliases = self.alias_lines
            for index, item in enumerate(node.value):
                used = aliases.get((id(node), index)) if aliases else None
                more, text, deep = self.visit(item, (*path, index), depth + 1, used)
                values, chars, height = values + more, chars + text, max(height, deep + 1)
                self._too_much(values, chars, (*path, index))
            return values, chars, height
        assert isinstance(node, yaml.MappingNode)
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Refused(Message("a key must be a text, not a list or mapping"), key_line)
            key = key_node.value
            place = (*path, key)
            self._text(key_node, place, key=True)
            if key in seen and key != _MERGE:
                # YAML keeps the last value silently; the first would be lost without a word.
                raise _Refused(
                    Message(
                        "the key '%(key)s' appears twice (first on line %(line)d)",
                        key=key,
                        line=seen[key],
                    ),
                    key_line,
                    place,
                )
            seen[key] = key_line
            self.lines[place] = key_line
            more, text, deep = self.visit(value_node, place, depth + 1)
            values, chars, height = values + more, chars + text + len(key), max(height, deep + 1)
            self._too_much(values, chars, place)
        return values, chars, height

    def _tag_reason(self, tag: str) -> Message:
        return Message(
            "the YAML tag '%(tag)s' is not allowed: a case or sender file holds text, "
            "numbers, lists and mappings only",
            tag=_shown_tag(tag),
        )

    def _scalar(self, node: yaml.ScalarNode, path: Path_, *, key: bool = False) -> None:
        """Refuse a scalar with a tag, number or character that a file may not hold."""
        tags = _KEY_TAGS if key else _YAML_TAGS
        line = node.start_mark.line + 1
        if node.tag not in tags:
            raise _Refused(self._tag_reason(node.tag), line, path)
        value: str = node.value
        if node.tag in _NUMBER_TAGS:
            if len(value) > MAX_NUMBER_CHARS:
                raise _Refused(
                    Message(
                        "a number of %(count)s characters; write a text in quotes",
                        count=Number(len(value)),
                    ),
                    line,
                    path,
                )
            if node.tag != _plain_tag(value):
                # `!!int abc`, `!!bool maybe`: PyYAML would fail without a line.
                raise _Refused(
                    Message("'%(value)s' is not a %(tag)s", value=value, tag=_shown_tag(node.tag)),
                    line,
                    path,
                )
        start, end = node.start_mark.index, node.end_mark.index
        raw = bisect.bisect_left(self.controls, start)
        if raw < len(self.controls) and self.controls[raw] < end:
            position = self.controls[raw]
            # A key with the character cannot be shown as a field name: its mapping's is.
            raise _Refused(
                raw_control_reason(self.text[position]),
                _line_at(self.text, position),
                path[:-1] if key else path,
            )
        if key:
            problem = key_problem(value)
            if problem:
                # The key itself cannot be shown as a field name: name it in the reason.
                raise _Refused(_bad_key(value, problem), line, path[:-1])
        problem = text_problem(value, single_line=key or is_single_line(path))
        if problem:
            raise _Refused(problem, line, path)


def _bad_key(key: str, problem: str) -> Message:
    return Message("the key %(key)s: %(problem)s", key=records.shown(key), problem=problem)


_RESOLVER = yaml.resolver.Resolver()


def _plain_tag(value: str) -> str:
    """Return the tag YAML gives `value` written plain, without a tag (`12` -> `!!int`)."""
    return str(_RESOLVER.resolve(yaml.ScalarNode, value, (True, False)))  # type: ignore[no-untyped-call]


def _place(parent: Any, index: Any) -> tuple[int, int | None]:
    """Return a key for a place in the node graph: the container and the item's index or key."""
    return id(parent), index if isinstance(index, int) else id(index)


class _DepthLimit:
    """Composer mix-in: refuse nesting deeper than MAX_DEPTH while the nodes are made.

    PyYAML composes recursively; a file of a million `[` would end in RecursionError. It
    also notes the line of every alias (`alias_lines`), for messages about what it repeats.
    """

    alias_lines: dict[tuple[int, int | None], int]

    def get_single_node(self) -> Any:
        self.alias_lines = {}
        return super().get_single_node()  # type: ignore[misc]

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            # An alias gives back the anchored node, which knows only the anchor's line.
            mark = self.peek_event().start_mark  # type: ignore[attr-defined]
            self.alias_lines[_place(parent, index)] = mark.line + 1
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[attr-defined]
                raise _Refused(
                    Message(
                        "lists and mappings nested more than %(limit)d levels deep",
                        limit=MAX_DEPTH,
                    ),
                    mark.line + 1,
                )
            return super().compose_node(parent, index)  # type: ignore[misc]
        finally:
            self._depth -= 1


class _Loader(_DepthLimit, yaml.SafeLoader):
    """SafeLoader that leaves dates as text, so the model checks them with a located error.

    PyYAML's own date constructor raises a bare ValueError for `2020-17-22`, without a line.
    """


def _date_as_text(loader: Any, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)

_FastLoader: Any = None
if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _FastLoader(  # type: ignore[no-redef]
        _DepthLimit,
        yaml.composer.Composer,
        yaml.constructor.SafeConstructor,
        yaml.resolver.Resolver,
        CParser,
    ):
        """libyaml's scanner and parser with PyYAML's composer: ten times faster on big files.

        Only the events come from C; nodes, limits and values are made as by `_Loader`. On
        any YAML error the file is parsed again with `_Loader`, so messages stay PyYAML's.
        """

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)

    _FastLoader.add_constructor("tag:yaml.org,2002:timestamp", _date_as_text)


def _line_at(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


# What a file's raw text may not hold anywhere, comments included: the controls a text
# field may not hold, except line ends (CR), and lone surrogates (only API text has them).
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SEPARATOR = re.compile("[\u2028\u2029]")


def raw_control_reason(char: str) -> Message:
    """Return why a file may not hold `char` (NUL: binary content; else a control)."""
    if char == "\x00":
        return Message("a NUL byte: this is binary content, not a text file")
    return Message("control character %(char)s is not allowed", char=describe(char))


def check_size(
    size: int, source: str | Path, error: type[InputError], *, limit: int = MAX_FILE_BYTES
) -> None:
    """Refuse a file larger than `limit` bytes (a case or sender file: 2 MB), saying its size.

    A size of exactly `limit` + 1 is a read that stopped there (stdin): "larger than".
    """
    if size > limit:
        shown = {"size": megabytes(size), "limit": megabytes(limit)}
        raise error(
            Message("the file is larger than the %(limit)s allowed for it", **shown)
            if size == limit + 1
            else Message("the file is %(size)s, more than the %(limit)s allowed for it", **shown),
            source=source,
        )


def megabytes(size: int) -> Message:
    """Return a size in bytes as users read it: `2.5 MB`."""
    return Message("%(size)s MB", size=Number(size / 1e6, decimals=1))


def _checked_text(text: str, source: str, error: type[InputError]) -> tuple[str, list[int]]:
    """Return the text to parse, raw controls replaced, and where those controls were."""
    if len(text) > MAX_FILE_BYTES // 4:  # only then can the UTF-8 size pass the cap
        check_size(len(text.encode("utf-8", "surrogatepass")), source, error)
    text = text.removeprefix("\ufeff")
    controls = [match.start() for match in _RAW_CONTROL.finditer(text)]
    if controls and text[controls[0]] == "\x00":
        # PyYAML reads NUL as the end of the file: what follows would be dropped unseen.
        raise error(raw_control_reason("\x00"), source=source, line=_line_at(text, controls[0]))
    if controls:
        # Replaced so both parsers read on (libyaml stops at the first), and a field with
        # one is named in the message; the file is refused either way.
        text = _RAW_CONTROL.sub("\ufffd", text)
    return text, controls


def _compose(loader_type: Any, text: str) -> tuple[Any, yaml.Node | None]:
    loader = loader_type(text)
    try:
        return loader, loader.get_single_node()
    except BaseException:
        loader.dispose()
        raise


def parse_yaml(
    text: str, source: str, error: type[InputError] = CaseFileError
) -> tuple[Any, dict[Path_, int]]:
    """Parse YAML text; return the data and the line of every key and item.

    Refuse (as `error`, naming the line and field) what the limits above forbid, tags other
    than plain YAML's, and control characters.
    """
    original = text.removeprefix("\ufeff")
    text, controls = _checked_text(text, source, error)
    try:
        try:
            if _FastLoader is None:
                raise yaml.YAMLError("no libyaml")
            loader, node = _compose(_FastLoader, text)
        except yaml.YAMLError:
            loader, node = _compose(_Loader, text)
        try:
            if node is None:
                data, lines = None, {}
            else:
                checker = _NodeChecker(original, controls, loader.alias_lines)
                checker.visit(node, (), 1)
                data, lines = loader.construct_document(node), checker.lines
        finally:
            loader.dispose()
    except _Refused as exc:
        raise error(
            exc.reason, source=source, line=exc.line, field=dotted(exc.path) or None
        ) from None
    except yaml.MarkedYAMLError as exc:
        if controls:
            raise _raw_control_error(original, controls[0], source, error) from None
        separator = _SEPARATOR.search(text)
        if separator:
            # YAML reads U+2028 and U+2029 as line breaks: the layout after one is broken.
            raise error(
                Message(
                    "%(char)s: YAML reads it as a line break, which breaks the layout of the "
                    "file here; use an ordinary line break",
                    char=describe(separator.group()),
                ),
                source=source,
                line=_line_at(text, separator.start()),
            ) from None
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        # PyYAML's own words (English) say what it found; ours around them are translated.
        reason = Message("YAML syntax error: %(problem)s", problem=exc.problem or exc.context)
        start = exc.context_mark
        if exc.problem and exc.context and start and mark and start.line != mark.line:
            # Where the unfinished thing began is often where the mistake is.
            reason = Message(
                "YAML syntax error: %(problem)s (%(context)s started on line %(line)s)",
                problem=exc.problem,
                context=exc.context,
                line=start.line + 1,
            )
        raise error(reason, source=source, line=line) from None
    except yaml.reader.ReaderError as exc:
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise error(
            Message("character %(char)s is not allowed in YAML", char=describe(char)),
            source=source,
            line=_line_at(text, exc.position),
        ) from None
    except yaml.YAMLError as exc:
        raise error(Message("YAML error: %(problem)s", problem=str(exc)), source=source) from None
    except (ValueError, TypeError, KeyError, OverflowError) as exc:  # a constructor's own
        raise error(
            Message("cannot read a value: %(problem)s", problem=str(exc)), source=source
        ) from None
    if controls:
        raise _raw_control_error(original, controls[0], source, error)
    return data, lines


def _raw_control_error(
    text: str, position: int, source: str, error: type[InputError]
) -> InputError:
    return error(raw_control_reason(text[position]), source=source, line=_line_at(text, position))


_TOO_LONG_NUMBER = 10**MAX_NUMBER_CHARS
_PLAIN_SCALARS = (str, int, float, bool, type(None), dt.date, dt.time)  # datetime is a date


def check_data(
    data: Any,
    *,
    source: str,
    lines: Mapping[Path_, int] | None = None,
    error: type[InputError] = InputError,
) -> None:
    """Refuse data a case or sender file could not hold, as `error` naming line and field.

    For mappings given to the API and TOML files: the limits of YAML files (depth, values,
    characters, long numbers), plain types only (text, numbers, booleans, dates, lists,
    mappings with text keys), and no control characters in text.
    """
    budget = [MAX_VALUES, MAX_TEXT_CHARS]
    too_much = Message(
        "the data holds more than %(values)s values or %(chars)s characters of text",
        values=Number(MAX_VALUES),
        chars=Number(MAX_TEXT_CHARS),
    )

    def refuse(reason: str, path: Path_) -> NoReturn:
        line, shown = _locate(path, lines or {})
        raise error(reason, source=source, line=line, field=dotted(shown) or None)

    def text(value: str, path: Path_, single_line: bool) -> None:
        budget[1] -= len(value)
        if budget[1] < 0:
            refuse(too_much, path)
        problem = text_problem(value, single_line=single_line)
        if problem:
            refuse(problem, path)

    def walk(value: Any, path: Path_, depth: int) -> None:
        budget[0] -= 1
        if depth > MAX_DEPTH:
            refuse(Message("nested more than %(limit)d levels deep", limit=MAX_DEPTH), path)
        if budget[0] < 0:
            refuse(too_much, path)
        if isinstance(value, str):
            text(value, path, is_single_line(path))
        elif isinstance(value, int) and not isinstance(value, bool):
            if abs(value) >= _TOO_LONG_NUMBER:
                refuse(
                    Message("a number of more than %(count)d digits", count=MAX_NUMBER_CHARS), path
                )
        elif isinstance(value, Mapping):
            for key, item in value.items():
                if not isinstance(key, str):
                    reason = Message("a key must be a text (got %(key)s)", key=records.shown(key))
                    refuse(reason, path)
                budget[1] -= len(key)
                problem = key_problem(key)
                if problem:
                    refuse(_bad_key(key, problem), path)
                walk(item, (*path, key), depth + 1)
        elif isinstance(value, list | tuple):
            for index, item in enumerate(value):
                walk(item, (*path, index), depth + 1)
        elif not isinstance(value, _PLAIN_SCALARS):
            refuse(
                Message(
                    "a value of type %(type)s: give text, numbers, booleans, dates, lists "
                    "and mappings only",
                    type=type(value).__name__,
                ),
                path,
            )

    walk(data, (), 1)


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


class Origin(str):
    """A case's name in messages (its file), which also knows the line of each of its fields.

    It is a `str`, so it goes wherever a case's name goes; `planning` uses `locate` to put
    file:line: field before a warning about the case's data (an address's postal code).
    """

    lines: Mapping[Path_, int]

    def __new__(cls, name: str, lines: Mapping[Path_, int] | None = None) -> Origin:
        self = super().__new__(cls, name)
        self.lines = lines or {}
        return self

    def locate(self, path: Path_) -> tuple[int | None, str]:
        """Return the line of the field at `path` (or of its nearest written part) and its name."""
        line, shown = _locate(path, self.lines)
        return line, dotted(shown)


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
        raise error(
            Message("expected a mapping of fields (got %(got)s)", got=records.shown(data)),
            source=source,
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


def _read_bytes(path: Path, error: type[InputError]) -> bytes:
    if "\x00" in str(path):  # open() would raise "embedded null byte": no file has that name
        raise error(Message("file not found"), source=repr(str(path)))
    try:
        with path.open("rb") as file:
            # One byte past the cap is enough to refuse it; a huge file (or a device that
            # never ends) is not read whole.
            raw = file.read(MAX_FILE_BYTES + 1)
            check_size(max(len(raw), os.fstat(file.fileno()).st_size), path, error)
            return raw
    except FileNotFoundError:
        raise error(Message("file not found"), source=path) from None
    except IsADirectoryError:
        raise error(Message("is a folder, not a file"), source=path) from None
    except OSError as exc:
        raise error(
            Message("cannot read: %(reason)s", reason=os_reason(exc)), source=path
        ) from None


def decode_text(raw: bytes, source: str | Path, error: type[InputError] = CaseFileError) -> str:
    """Return the text of a case or sender file: UTF-8 (with or without BOM), or UTF-16 with BOM.

    Refuse, naming the line, a file over the size cap, binary content, UTF-16 without a BOM
    or cut off, and bytes that are not UTF-8.
    """
    check_size(len(raw), source, error)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_utf16(raw, source, error)
    if b"\x00" in raw:
        first = raw.index(b"\x00")
        if looks_like_utf16(raw):
            reason = Message("UTF-16 text without a byte-order mark; save the file as UTF-8")
        else:
            reason = raw_control_reason("\x00")
        raise error(reason, source=source, line=raw.count(b"\n", 0, first) + 1)
    bom = len(codecs.BOM_UTF8) if raw.startswith(codecs.BOM_UTF8) else 0
    try:
        return raw[bom:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = bom + exc.start
        line = raw.count(b"\n", 0, at) + 1
        byte = f"{raw[at]:#04x}"
        if bom:
            reason = Message(
                "the file starts as UTF-8 (with a byte-order mark), but byte %(byte)s is not "
                "UTF-8; save the whole file as UTF-8",
                byte=byte,
            )
        else:
            reason = Message("not UTF-8 text (byte %(byte)s); save the file as UTF-8", byte=byte)
        raise error(reason, source=source, line=line) from None


def looks_like_utf16(raw: bytes) -> bool:
    """Say whether bytes read as UTF-16 text of mostly Latin letters (every other byte NUL)."""
    sample = raw[:200]
    return len(sample) >= 4 and (
        sample[1::2].count(0) >= len(sample) // 4 or sample[0::2].count(0) >= len(sample) // 4
    )


def decode_utf16(raw: bytes, source: str | Path, error: type[InputError] = InputError) -> str:
    """Return the text of UTF-16 bytes that start with a BOM; refuse broken or cut-off ones."""
    usable = len(raw) - len(raw) % 2
    try:
        text = raw[:usable].decode("utf-16")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start - exc.start % 2].decode("utf-16", "replace").count("\n") + 1
        raise error(
            Message("broken UTF-16 text (bytes %(at)d-%(end)d)", at=exc.start, end=exc.end),
            source=source,
            line=line,
        ) from None
    if usable != len(raw):
        raise error(
            Message("UTF-16 text with an odd number of bytes: the file is cut off"),
            source=source,
            line=text.count("\n") + 1,
        )
    return text


def _read_text(path: Path, error: type[InputError]) -> str:
    return decode_text(_read_bytes(path, error), path, error)


def read_case_text(path: str | Path) -> str:
    """Return the text of a case file, read with the checks of `load_case` (size, encoding)."""
    return _read_text(Path(path), CaseFileError)


TODO_MARK = "TODO(ualetters)"
"""The mark `ualetters import` leaves on what a reviewer must check (a YAML comment)."""
_TODO = re.compile(r"#\s*" + re.escape(TODO_MARK) + r"\s*:?\s*(.*?)\s*$")
# Where a mark starts: a `#` that opens a comment (at a line's start, or after white space).
_TODO_AT = re.compile(r"(?:^|(?<=\s))#\s*" + re.escape(TODO_MARK))


@dataclass(frozen=True)
class Todo:
    """A task left in a case file: a `# TODO(ualetters): ...` comment and its line."""

    line: int
    task: str


def find_todos(text: str) -> list[Todo]:
    """Return every `# TODO(ualetters)` mark left in a case file's text, in order of lines.

    Only a comment is a mark: `TODO(ualetters)` inside a quoted or block text is the text's.
    A file that is not valid YAML is read as far as it goes; past its error, every `#` mark
    on a line counts (a draft being edited still shows its marks).
    """
    if TODO_MARK not in text:
        return []
    texts = _text_spans(text)
    starts = [span[0] for span in texts]
    found = []
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        for start in _TODO_AT.finditer(line):
            at = offset + start.start()
            where = bisect.bisect_right(starts, at) - 1
            if where >= 0 and texts[where][0] <= at < texts[where][1]:
                continue  # inside a text value
            match = _TODO.match(line, start.start())
            found.append(Todo(number, (match.group(1) if match else "") or TODO_MARK))
            break
        offset += len(line)
    return found


def _text_spans(text: str) -> list[tuple[int, int]]:
    """Return where the text values of a YAML text are (start, end offsets), in order."""
    spans: list[tuple[int, int]] = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                spans.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        pass  # what was read before the error counts
    return spans


def case_todos(path: str | Path) -> list[Todo]:
    """Return the `TODO(ualetters)` marks left in a case file."""
    return find_todos(_read_text(Path(path), CaseFileError))


def load_case(
    source: str | Path | Mapping[str, Any], *, name: str | None = None, allow_todos: bool = False
) -> Case:
    """Load a case record from a YAML file path, a dict, or YAML text (`name` labels errors).

    A `str` that contains a line break is YAML text; any other `str` is a path. Every way
    in has the same limits and checks (docs/security.md). A draft with `TODO(ualetters)`
    marks left is refused unless `allow_todos` (`check` lists them).
    """
    return load_case_located(source, name=name, allow_todos=allow_todos)[0]


def load_case_located(
    source: str | Path | Mapping[str, Any], *, name: str | None = None, allow_todos: bool = False
) -> tuple[Case, Origin]:
    """Load a case record as `load_case` does; also return its `Origin` (name and lines)."""
    if isinstance(source, Mapping):
        label = name or "<case>"
        check_data(source, source=label, error=CaseFileError)
        return validate(Case, source, source=label, error=CaseFileError), Origin(label)
    if isinstance(source, str) and "\n" in source:
        return parse_case_located(source, name or "<case>", allow_todos=allow_todos)
    path = Path(source)
    text = _read_text(path, CaseFileError)
    return parse_case_located(text, name or str(path), allow_todos=allow_todos)


def load_case_bytes(data: bytes, name: str) -> Case:
    """Load a case record from the bytes of a YAML file (stdin, an upload); `name` labels errors."""
    return parse_case_text(decode_text(data, name, CaseFileError), name)


def parse_case_text(text: str, name: str, *, allow_todos: bool = False) -> Case:
    """Validate YAML text as a case record; refuse one with TODO marks left unless allowed."""
    return parse_case_located(text, name, allow_todos=allow_todos)[0]


def parse_case_located(text: str, name: str, *, allow_todos: bool = False) -> tuple[Case, Origin]:
    """Validate YAML text as a case record; also return its `Origin` (name and lines)."""
    if not allow_todos:
        todos = find_todos(text)
        if todos:
            raise CaseFileError(
                Plural(
                    "%(num)s TODO(ualetters) mark left: %(task)s; resolve it before writing "
                    "letters",
                    "%(num)s TODO(ualetters) marks left, the first: %(task)s; resolve them "
                    "before writing letters ('ualetters check' lists them all)",
                    len(todos),
                    task=todos[0].task,
                ),
                source=name,
                line=todos[0].line,
            )
    data, lines = parse_yaml(text, name)
    case = validate(Case, data, source=name, lines=lines, error=CaseFileError)
    return case, Origin(name, lines)


def load_sender(source: str | Path | Mapping[str, Any], *, allow_todos: bool = False) -> Sender:
    """Load a sender from a TOML or YAML file path, or from a dict.

    A file with `TODO(ualetters)` marks left (the starter's sender.toml) is refused unless
    `allow_todos`: letters would be signed "Your Name".
    """
    if isinstance(source, Mapping):
        check_data(source, source="<sender>", error=SenderError)
        return validate(Sender, source, source="<sender>", error=SenderError)
    path = Path(source)
    text = _read_text(path, SenderError)
    todos = [] if allow_todos else find_todos(text)
    if todos:
        # The starter sender.toml: letters signed "Your Name" from "Your town" otherwise.
        raise SenderError(
            Plural(
                "%(num)s TODO(ualetters) mark left: fill in your details before writing letters",
                "%(num)s TODO(ualetters) marks left: fill in your details before writing letters",
                len(todos),
            ),
            source=str(path),
            line=todos[0].line,
        )
    if path.suffix.lower() == ".toml":
        data, lines = parse_toml(text, str(path), SenderError)
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


def parse_toml(
    text: str, source: str, error: type[InputError] = SenderError
) -> tuple[dict[str, Any], dict[Path_, int]]:
    """Parse TOML text; return the data and the line of every key, with the checks of YAML."""
    lines = toml_lines(text)
    text = text.removeprefix("\ufeff")
    raw = _RAW_CONTROL.search(text)
    if raw:
        # tomllib would say "Illegal character" without the field; the line map has it.
        at = _line_at(text, raw.start())
        field = next((dotted(k) for k, v in lines.items() if v == at and k), None)
        raise error(raw_control_reason(raw.group()), source=source, line=at, field=field)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)  # Python 3.14+; older ones say it in the text
        reason = re.sub(r" \(at line \d+, column \d+\)$", "", str(exc))
        if line is None:
            found = re.search(r"at line (\d+)", str(exc))
            line = int(found.group(1)) if found else None
        raise error(
            Message("TOML syntax error: %(problem)s", problem=reason), source=source, line=line
        ) from None
    except RecursionError:  # tomllib reads nested arrays and tables recursively
        raise error(
            Message("arrays or tables nested more than %(limit)d levels deep", limit=MAX_DEPTH),
            source=source,
        ) from None
    check_data(data, source=source, lines=lines, error=error)
    return data, lines


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
