"""Declarative records: frozen dataclasses whose fields say how user data is read and checked.

A record class is a frozen, slotted, keyword-only dataclass made by `@record`; each field
names a `Spec` through `field(...)`:

    @record
    class Address(Record):
        street: list[str] = field(LINES, description="street and house number, one per line")
        city: str = field(TEXT)
        postal_code: str | None = field(POSTAL_CODE, default=None)

A field without a default is required. `check(Address, data)` walks the data once and returns
the record (or None) and every `Fault` found, each a path into the data and a reason
(`errors.Message`), so a user sees all problems of a file at once; `Address.from_data(data)`
raises them as one `InputError`. `to_data(record)` gives plain data back (JSON types, None
left out) that reads in again, and `json_schema(Case, title=...)` the JSON Schema the specs
describe. Calling `Address(...)` directly builds a record without any check.

Specs compose: `Either` picks a branch by the shape of the value (a text, or texts per
language), `ListOf` takes one item or a split text for a list, `MapOf` reads keyed mappings
(with a wildcard key such as `"*"` where the key spec allows it), `Nested` a record in a record.
`Rule`s check a record as a whole (`requires_any`: "a postal address unless another channel
exists"); `field(..., checks=...)` adds per-field checks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, NamedTuple, Self, TypeVar, dataclass_transform

from . import l10n
from .errors import N_, Alternatives, InputError, Message, Plural, Problem

PathPart = str | int
Path = tuple[PathPart, ...]


class Fault(NamedTuple):
    """One problem in the data: where (a path of keys and indexes) and why."""

    path: Path
    reason: Message


class _Bad:
    """The result of reading a value that has a fault (the fault itself is in the list)."""

    def __repr__(self) -> str:
        return "BAD"


BAD: Any = _Bad()
Faults = list[Fault]
# A per-field check: the value read, and the reason it is wrong or None.
Check = Callable[[Any], Message | None]


def shown(value: Any) -> str:
    """Return a short picture of a wrong value (a long text or mapping is cut)."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _part(key: Any) -> PathPart:
    return key if isinstance(key, str | int) and not isinstance(key, bool) else str(key)


# --- specs: how one value is read --------------------------------------------------------


class Spec:
    """How a value is read, checked and described in the JSON Schema."""

    # Set to give the schema of this spec a name in `$defs` (shared, not repeated).
    schema_name: str | None = None

    def accepts(self, value: Any) -> bool:
        """Say whether `value` has the shape this spec reads (for `Either`)."""
        return True

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        """Return the value read, or BAD after adding what is wrong to `faults`."""
        raise NotImplementedError

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        """Return the JSON Schema of the values this spec reads."""
        raise NotImplementedError


class Text(Spec):
    """A text, trimmed; not blank unless `blank`; optionally matching `pattern`."""

    def __init__(
        self,
        *,
        blank: bool = False,
        pattern: str | None = None,
        mismatch: str | None = None,
        clean: Callable[[str], str] | None = None,
    ) -> None:
        self.blank = blank
        self.pattern = re.compile(pattern) if pattern else None
        self.mismatch = mismatch
        self.clean = clean

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if not isinstance(value, str):
            faults.append(Fault(path, Message("expected a text (got %(got)s)", got=shown(value))))
            return BAD
        text = value.strip()
        if not text and not self.blank:
            faults.append(Fault(path, Message("must not be empty")))
            return BAD
        if self.pattern is not None and not self.pattern.fullmatch(text):
            reason = self.mismatch or N_("does not match %(pattern)s")
            faults.append(Fault(path, Message(reason, pattern=self.pattern.pattern)))
            return BAD
        return self.clean(text) if self.clean else text

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        if self.pattern is not None:
            return {"type": "string", "pattern": f"^{self.pattern.pattern}$"}
        return {"type": "string"} if self.blank else {"type": "string", "pattern": r"\S"}


class Choice(Spec):
    """One of a few fixed words; `aliases` maps other accepted words to one of them."""

    def __init__(self, *choices: str, aliases: Mapping[str, str] | None = None) -> None:
        self.choices = choices
        self.aliases = dict(aliases or {})

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        word = value.strip() if isinstance(value, str) else value
        if isinstance(word, str):
            word = self.aliases.get(word, word)
        if word in self.choices:
            return word
        listed = Alternatives(tuple(f"'{choice}'" for choice in self.choices))
        faults.append(
            Fault(
                path,
                Message("expected %(choices)s (got %(got)s)", choices=listed, got=shown(value)),
            )
        )
        return BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"enum": [*self.choices, *self.aliases]}


class Integer(Spec):
    """A whole number from `low` to `high`; `beyond` is the reason for one above `high`."""

    def __init__(self, *, low: int = 0, high: int = 1_000_000, beyond: str | None = None) -> None:
        self.low = low
        self.high = high
        self.beyond = beyond

    def accepts(self, value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if not self.accepts(value):
            faults.append(Fault(path, Message("expected a number (got %(got)s)", got=shown(value))))
            return BAD
        if value > self.high and self.beyond:
            faults.append(Fault(path, Message(self.beyond, value=value)))
            return BAD
        if not self.low <= value <= self.high:
            reason = Message(
                "expected a number from %(low)d to %(high)d (got %(got)s)",
                low=self.low,
                high=self.high,
                got=shown(value),
            )
            faults.append(Fault(path, reason))
            return BAD
        return value

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "integer", "minimum": self.low, "maximum": self.high}


class Converted(Spec):
    """A value read by `spec`, then turned into another form by `convert` (a text -> a record)."""

    def __init__(self, spec: Spec, convert: Callable[[Any], Any]) -> None:
        self.spec = spec
        self.convert = convert

    def accepts(self, value: Any) -> bool:
        return self.spec.accepts(value)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        result = self.spec.read(value, path, faults)
        return BAD if result is BAD else self.convert(result)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return schema_of(self.spec, defs)


class CountryCode(Spec):
    """An ISO 3166-1 alpha-2 country code, read in capitals; `wildcard` stands for any."""

    def __init__(self, *, wildcard: str | None = None) -> None:
        self.wildcard = wildcard

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        code = value.strip() if isinstance(value, str) else None
        if code is not None and self.wildcard is not None and code == self.wildcard:
            return code
        if code is None or not l10n.is_country(code):
            faults.append(
                Fault(
                    path,
                    Message(
                        "%(code)r is not a country code (ISO 3166, e.g. CH, DE, KG)", code=value
                    ),
                )
            )
            return BAD
        return code.upper()

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        if self.wildcard is not None:
            return {"type": "string", "pattern": f"^([A-Za-z]{{2}}|{re.escape(self.wildcard)})$"}
        return {"type": "string", "pattern": "^[A-Za-z]{2}$"}


_TAGS: dict[str, str | None] = {}  # Babel parses a tag in ~50 µs; a case repeats a few tags


def _normalized_tag(text: str) -> str | None:
    try:
        return _TAGS[text]
    except KeyError:
        pass
    try:
        tag: str | None = l10n.normalize_tag(text)
    except ValueError:
        tag = None
    if len(_TAGS) < 4096:
        _TAGS[text] = tag
    return tag


class LanguageTag(Spec):
    """A BCP 47 language tag, read in its normal form (`de_ch` -> `de-CH`)."""

    def accepts(self, value: Any) -> bool:
        return isinstance(value, str)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if not isinstance(value, str):
            reason = Message("%(code)r is not a language code (e.g. de, de-CH, en)", code=value)
        elif not value.strip():
            reason = Message("a language code cannot be empty")
        else:
            tag = _normalized_tag(value)
            if tag is not None:
                return tag
            reason = Message("'%(code)s' is not a language code", code=value)
        faults.append(Fault(path, reason))
        return BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "pattern": "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"}


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class Date(Spec):
    """A calendar date written YYYY-MM-DD (or a date object, as TOML reads it)."""

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if isinstance(value, dt.datetime):
            if value.time() == dt.time() and value.tzinfo is None:
                return value.date()
        elif isinstance(value, dt.date):
            return value
        elif isinstance(value, str) and _DATE.fullmatch(value.strip()):
            try:
                return dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        faults.append(
            Fault(
                path, Message("expected a date written YYYY-MM-DD (got %(got)s)", got=shown(value))
            )
        )
        return BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string", "format": "date"}


class PartialDate(NamedTuple):
    """A date known to the year, the month or the day (`2021`, `2021-04`, `2021-04-03`)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class PartialDateSpec(Spec):
    """A fact's date, as precise as it is known: YYYY, YYYY-MM or YYYY-MM-DD."""

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
            return PartialDate(value)  # YAML reads `2021` as a number
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return PartialDate(value.year, value.month, value.day)
        found = _PARTIAL.fullmatch(value.strip()) if isinstance(value, str) else None
        if found:
            year, month, day = (int(part) if part else None for part in found.groups())
            assert year is not None
            try:
                dt.date(year, month or 1, day or 1)
            except ValueError:
                pass
            else:
                return PartialDate(year, month, day)
        faults.append(
            Fault(
                path,
                Message(
                    "expected a date written YYYY, YYYY-MM or YYYY-MM-DD (got %(got)s)",
                    got=shown(value),
                ),
            )
        )
        return BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                {"type": "integer", "minimum": 1, "maximum": 9999},
            ]
        }


class PostalCode(Text):
    """A postal code, which must be written as text: a number would lose its leading zeros."""

    def __init__(self) -> None:
        super().__init__(blank=True)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            # YAML and TOML read 3011 as a number, and 01234 loses its zero: insist on quotes.
            reason = Message(
                'write the postal code in quotes ("%(code)s"), so no digit is lost', code=value
            )
            faults.append(Fault(path, reason))
            return BAD
        return super().read(value, path, faults)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"type": "string"}


class Checked(Spec):
    """A spec with further checks of the value it read (each gives a reason or None)."""

    def __init__(self, spec: Spec, *checks: Check) -> None:
        self.spec = spec
        self.checks = checks

    def accepts(self, value: Any) -> bool:
        return self.spec.accepts(value)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        result = self.spec.read(value, path, faults)
        if result is BAD:
            return BAD
        for check in self.checks:
            reason = check(result)
            if reason is not None:
                faults.append(Fault(path, reason))
                return BAD
        return result

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return schema_of(self.spec, defs)


class Either(Spec):
    """The first of several specs that accepts the value's shape (a text, or a mapping...)."""

    def __init__(self, *branches: Spec, expected: str, name: str | None = None) -> None:
        self.branches = branches
        self.expected = expected  # a msgid with %(got)s
        self.schema_name = name

    def accepts(self, value: Any) -> bool:
        return any(branch.accepts(value) for branch in self.branches)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        for branch in self.branches:
            if branch.accepts(value):
                return branch.read(value, path, faults)
        faults.append(Fault(path, Message(self.expected, got=shown(value))))
        return BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        return {"anyOf": [schema_of(branch, defs) for branch in self.branches]}


def _too_few(count: int) -> Message:
    if count == 1:
        return Message("needs at least one entry")
    return Plural("needs at least %(num)s entry", "needs at least %(num)s entries", count)


def split_words(text: str) -> list[str]:
    """Split `de, en` or `de en` into its words."""
    return [part for part in re.split(r"[,\s]+", text) if part]


def split_lines(text: str) -> list[str]:
    """Split a text into its non-blank lines."""
    return [line for line in text.splitlines() if line.strip()]


class ListOf(Spec):
    """A list of items; `single` also takes one item alone, `split` a text to split into items."""

    def __init__(
        self,
        item: Spec,
        *,
        min_items: int = 0,
        single: bool = False,
        split: Callable[[str], list[str]] | None = None,
        split_description: str | None = None,
        empty: str | None = None,
    ) -> None:
        self.item = item
        self.min_items = min_items
        self.empty = empty  # the reason for a list with too few items, if not the count
        self.single = single
        self.split = split
        self.split_description = split_description

    def accepts(self, value: Any) -> bool:
        return isinstance(value, list | tuple) or (
            self.split is not None and isinstance(value, str)
        )

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if self.split is not None and isinstance(value, str):
            # "secretary, director" is two items, as `languages: de, en` is; one word is one
            # item written without a list.
            words = self.split(value)
            if not (self.single and len(words) == 1):
                value = words
        if self.single and not isinstance(value, list | tuple) and self.item.accepts(value):
            # One item written without a list: its faults carry the path as the user wrote it.
            item = self.item.read(value, path, faults)
            return BAD if item is BAD else [item]
        if not isinstance(value, list | tuple):
            faults.append(Fault(path, Message("expected a list (got %(got)s)", got=shown(value))))
            return BAD
        if len(value) < self.min_items:
            faults.append(
                Fault(path, Message(self.empty) if self.empty else _too_few(self.min_items))
            )
            return BAD
        items = [self.item.read(entry, (*path, index), faults) for index, entry in enumerate(value)]
        return BAD if any(item is BAD for item in items) else items

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        listed: dict[str, Any] = {"type": "array", "items": schema_of(self.item, defs)}
        if self.min_items:
            listed["minItems"] = self.min_items
        if self.split is not None:
            text: dict[str, Any] = {"type": "string"}
            if self.split_description:
                text["description"] = self.split_description
            return {"anyOf": [text, listed]}
        if self.single:
            return {"anyOf": [schema_of(self.item, defs), listed]}
        return listed


class MapOf(Spec):
    """A mapping of keys read by `key` to values read by `value`."""

    def __init__(
        self,
        key: Spec,
        value: Spec,
        *,
        min_items: int = 0,
        empty: str = "needs at least one entry",
    ) -> None:
        self.key = key
        self.value = value
        self.min_items = min_items
        self.empty = empty

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Mapping)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if not isinstance(value, Mapping):
            faults.append(
                Fault(path, Message("expected a mapping (got %(got)s)", got=shown(value)))
            )
            return BAD
        if len(value) < self.min_items:
            faults.append(Fault(path, Message(self.empty)))
            return BAD
        result: dict[Any, Any] = {}
        written: dict[Any, Any] = {}
        ok = True
        for raw_key, raw_value in value.items():
            where = (*path, _part(raw_key))
            key = self.key.read(raw_key, where, faults)
            item = self.value.read(raw_value, where, faults)
            if key is BAD or item is BAD:
                ok = False
                continue
            if key in written:
                reason = Message(
                    "%(first)r and %(second)r are the same key, %(key)r: give it once",
                    first=written[key],
                    second=raw_key,
                    key=key,
                )
                faults.append(Fault(where, reason))
                ok = False
                continue
            written[key] = raw_key
            result[key] = item
        return result if ok else BAD

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "object",
            "propertyNames": schema_of(self.key, defs),
            "additionalProperties": schema_of(self.value, defs),
        }
        if self.min_items:
            schema["minProperties"] = self.min_items
        return schema


class Nested(Spec):
    """A record inside a record; `record` may be a function returning the class (for itself)."""

    def __init__(self, record: type[Record] | Callable[[], type[Record]]) -> None:
        self._record = record

    @property
    def record(self) -> type[Record]:
        """Return the record class."""
        if isinstance(self._record, type):
            return self._record
        return self._record()

    def accepts(self, value: Any) -> bool:
        return isinstance(value, Mapping)

    def read(self, value: Any, path: Path, faults: Faults) -> Any:
        if not isinstance(value, Mapping):
            reason = Message("expected a mapping of fields (got %(got)s)", got=shown(value))
            faults.append(Fault(path, reason))
            return BAD
        return _read_record(self.record, value, path, faults)

    def schema(self, defs: dict[str, Any]) -> dict[str, Any]:
        record_class = self.record
        name = record_class.__name__
        if name not in defs:
            defs[name] = {}  # a record may contain itself (Address.latin)
            defs[name] = record_schema(record_class, defs)
        return {"$ref": f"#/$defs/{name}"}


def schema_of(spec: Spec, defs: dict[str, Any]) -> dict[str, Any]:
    """Return the schema of `spec`, as a reference into `defs` where the spec has a name."""
    name = spec.schema_name
    if name is None:
        return spec.schema(defs)
    if name not in defs:
        defs[name] = spec.schema(defs)
    return {"$ref": f"#/$defs/{name}"}


# --- records -----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Rule:
    """A check of a whole record: `check` gets the fields read (defaults filled in) and yields
    faults with paths inside the record; it runs only when the fields in `needs` were read
    without fault. `schema` is the rule as JSON Schema, where it can be said there."""

    check: Callable[[Mapping[str, Any]], Iterable[Fault]]
    needs: tuple[str, ...] = ()
    schema: Mapping[str, Any] | None = None


def requires_any(*names: str, reason: str, aliases: Sequence[str] = ()) -> Rule:
    """Return a rule: at least one of the fields `names` is given (e.g. some contact channel).

    `aliases` are other spellings of those fields, which the JSON Schema must accept too.
    """

    def check(values: Mapping[str, Any]) -> Iterable[Fault]:
        if all(values.get(name) in (None, [], {}) for name in names):
            yield Fault((), Message(reason, fields=", ".join(names)))

    # A channel given but wrong has its own fault; "none given" would be wrong then.
    written = [*names, *aliases]
    return Rule(check, needs=names, schema={"anyOf": [{"required": [name]} for name in written]})


class FieldSpec(NamedTuple):
    """How one field of a record is read."""

    name: str
    spec: Spec
    required: bool
    default: Callable[[], Any]
    description: str | None
    aliases: tuple[str, ...]


def field(
    spec: Spec,
    *,
    default: Any = dataclasses.MISSING,
    default_factory: Callable[[], Any] | Any = dataclasses.MISSING,
    description: str | None = None,
    aliases: tuple[str, ...] = (),
    checks: Sequence[Check] = (),
) -> Any:
    """Declare a record field read by `spec`; without a default it is required."""
    metadata = {
        "spec": Checked(spec, *checks) if checks else spec,
        "description": description,
        "aliases": aliases,
    }
    if default_factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=default_factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


class Record:
    """Base of every record: built from data with `from_data`, back to data with `to_data`."""

    __slots__ = ()
    __rules__: ClassVar[tuple[Rule, ...]] = ()

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, source: str | None = None) -> Self:
        """Return the record read from `data`; raise InputError listing every problem."""
        found, faults = check(cls, data)
        if found is None:
            raise InputError.of(
                [Problem(f.reason, source=source, field=dotted(f.path) or None) for f in faults]
            )
        return found

    def to_data(self) -> dict[str, Any]:
        """Return the record as plain data (JSON types, None left out) that reads in again."""
        data: dict[str, Any] = to_data(self)
        return data


R = TypeVar("R", bound=Record)


@dataclass_transform(kw_only_default=True, frozen_default=True, field_specifiers=(field,))
def record(cls: type[R]) -> type[R]:
    """Make `cls` a frozen, slotted, keyword-only dataclass whose fields are read by specs."""
    return dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(cls)


class _Plan(NamedTuple):
    fields: tuple[FieldSpec, ...]
    known: frozenset[str]
    names: tuple[str, ...]


_PLANS: dict[type[Record], _Plan] = {}


def _no_default() -> Any:
    raise AssertionError("a required field has no default")


def fields_of(record_class: type[Record]) -> tuple[FieldSpec, ...]:
    """Return how each field of a record class is read, in declaration order."""
    return _plan(record_class).fields


def _plan(record_class: type[Record]) -> _Plan:
    plan = _PLANS.get(record_class)
    if plan is not None:
        return plan
    specs = []
    for declared in dataclasses.fields(record_class):  # type: ignore[arg-type]
        meta = declared.metadata
        if "spec" not in meta:
            raise TypeError(f"{record_class.__name__}.{declared.name} has no spec: use field()")
        if declared.default is not dataclasses.MISSING:
            default: Callable[[], Any] = (lambda value: lambda: value)(declared.default)
            required = False
        elif declared.default_factory is not dataclasses.MISSING:
            default, required = declared.default_factory, False
        else:
            default, required = _no_default, True
        specs.append(
            FieldSpec(
                declared.name, meta["spec"], required, default, meta["description"], meta["aliases"]
            )
        )
    names = tuple(spec.name for spec in specs)
    known = frozenset(names) | {alias for spec in specs for alias in spec.aliases}
    plan = _Plan(tuple(specs), known, names)
    _PLANS[record_class] = plan
    return plan


# Platform names a coordinator may write as a field of their own (`twitter: "@x"`).
_SOCIAL_NAMES = frozenset({"twitter", "x", "facebook", "instagram", "bluesky", "mastodon",
                           "telegram"})  # fmt: skip


def _read_record(
    record_class: type[Record], data: Mapping[str, Any], path: Path, faults: Faults
) -> Any:
    plan = _plan(record_class)
    before = len(faults)
    for key in data:
        if key not in plan.known:
            close = difflib.get_close_matches(str(key), plan.names, n=1)
            if "social" in plan.known and str(key).lower() in _SOCIAL_NAMES:
                # `twitter: "@x"` on a target: the account belongs under `social`.
                reason = Message(
                    "unknown field (accounts go under 'social': social: {%(platform)s: ...})",
                    platform=str(key).lower(),
                )
            elif close:
                reason = Message("unknown field (did you mean '%(name)s'?)", name=close[0])
            else:
                reason = Message("unknown field")
            faults.append(Fault((*path, _part(key)), reason))
    values: dict[str, Any] = {}
    failed: set[str] = set()
    for spec in plan.fields:
        name = spec.name
        where = (*path, name)
        if name in data:
            raw = data[name]
            doubled = [alias for alias in spec.aliases if alias in data]
            if doubled:
                reason = Message(
                    "give either '%(name)s' or '%(alias)s', not both", name=name, alias=doubled[0]
                )
                faults.append(Fault((*path, doubled[0]), reason))
                failed.add(name)
                continue
        else:
            alias = next((alias for alias in spec.aliases if alias in data), None)
            raw = data[alias] if alias is not None else None
            if alias is not None:
                where = (*path, alias)  # a problem is shown where the user wrote it
        if raw is None:
            if spec.required:
                missing = name not in data and not any(a in data for a in spec.aliases)
                reason = (
                    Message("required field is missing")
                    if missing
                    else Message("required field is empty")
                )
                faults.append(Fault(where, reason))
                failed.add(name)
            continue
        value = spec.spec.read(raw, where, faults)
        if value is BAD:
            failed.add(name)
        else:
            values[name] = value
    rules = record_class.__rules__
    if rules:
        complete = {
            spec.name: values[spec.name] if spec.name in values else spec.default()
            for spec in plan.fields
            if spec.name in values or not spec.required
        }
        for rule in rules:
            if failed & set(rule.needs) or not set(rule.needs) <= complete.keys():
                continue
            faults.extend(Fault((*path, *f.path), f.reason) for f in rule.check(complete))
    if len(faults) > before:
        return BAD
    return record_class(**values)


def check(record_class: type[R], data: Any) -> tuple[R | None, list[Fault]]:
    """Read `data` as a `record_class`; return the record (None if any fault) and all faults."""
    faults: Faults = []
    if not isinstance(data, Mapping):
        reason = Message("expected a mapping of fields (got %(got)s)", got=shown(data))
        return None, [Fault((), reason)]
    found = _read_record(record_class, data, (), faults)
    return (None, faults) if found is BAD else (found, faults)


def dotted(path: Path) -> str:
    """Return a field path as users write it: `targets[0].address.country`."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# --- back to data ------------------------------------------------------------------------


def _needs_items(spec: Spec) -> bool:
    while isinstance(spec, Checked):
        spec = spec.spec
    return isinstance(spec, ListOf) and spec.min_items > 0


def to_data(value: Any) -> Any:
    """Return a record (or list, mapping, date of one) as plain data, leaving out None fields."""
    if isinstance(value, Record):
        result = {}
        for spec in _plan(type(value)).fields:
            item = getattr(value, spec.name)
            if item is not None and not (item == [] and _needs_items(spec.spec)):
                # An empty list its spec refuses is the default left out (copy `targets`).
                result[spec.name] = to_data(item)
        return result
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, list | tuple):
        return [to_data(item) for item in value]
    if isinstance(value, Mapping):
        return {key: to_data(item) for key, item in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def to_json(record_value: Record) -> str:
    """Return a record as compact JSON text (fields in declaration order)."""
    return json.dumps(to_data(record_value), ensure_ascii=False, separators=(",", ":"))


def field_values(record_value: Record) -> tuple[Any, ...]:
    """Return the values of a record's fields, in declaration order."""
    return tuple(getattr(record_value, name) for name in _plan(type(record_value)).names)


# --- JSON Schema -------------------------------------------------------------------------


def record_schema(record_class: type[Record], defs: dict[str, Any]) -> dict[str, Any]:
    """Return the JSON Schema object of one record class (nested records go into `defs`)."""
    properties: dict[str, Any] = {}
    required = []
    for spec in _plan(record_class).fields:
        prop = dict(schema_of(spec.spec, defs))
        if spec.description:
            prop["description"] = spec.description
        properties[spec.name] = prop
        for alias in spec.aliases:
            properties[alias] = {**prop, "description": f"the same as '{spec.name}'"}
        if spec.required:
            required.append(spec.name)
    schema: dict[str, Any] = {"type": "object", "title": record_class.__name__}
    doc = (record_class.__doc__ or "").strip().splitlines()
    if doc:
        schema["description"] = doc[0]
    schema["properties"] = properties
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    rules = [dict(rule.schema) for rule in record_class.__rules__ if rule.schema is not None]
    if rules:
        schema["allOf"] = rules
    return schema


def json_schema(record_class: type[Record], *, title: str) -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of documents holding one `record_class`."""
    defs: dict[str, Any] = {}
    body = record_schema(record_class, defs)
    body["title"] = title
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **body,
        "$defs": dict(sorted(defs.items())),
    }
