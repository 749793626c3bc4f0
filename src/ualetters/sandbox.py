"""The template sandbox: what a letter template may read, call and build, and how much of it.

Templates travel between groups by email, so they are untrusted code. Jinja's own
`SandboxedEnvironment` blocks the obvious doors but lets a template call any public method of
any object it can reach, and build strings, numbers and loops without end. `LetterSandbox`
closes both:

- **An allow-list, not a block-list.** A template reads only the attributes named in
  `ALLOWED_ATTRIBUTES` (a few string, dict, date and loop attributes), never a name starting
  with `_`, and nothing at all of any other kind of object. It calls only an allowed method,
  one of its own macros or blocks, or a helper the renderer vetted with `vetted`.
- **Limits per letter.** Every loop iteration, every item a filter goes through and every
  character a template builds or outputs is counted against the budget of the letter being
  rendered (`letter_budget`), kept in a context variable: each thread renders with its own,
  so one letter cannot use up another's. Operations that could build a huge value in one step
  (`*`, `+`, `**`, `%`, `~`, `range`, widths of `format`, `center`, `indent` ...) are checked
  before they run. A refusal raises `SecurityError` (`TemplateLimitError` for a limit) in the
  template's own frame, so the caller can name the file and line.

`MAX_*` below are the limits; docs/security.md lists them for users.

An installed wheel carries the bundled templates compiled (`precompiled`, made by the
build, hatch_build.py): compiling one costs ~35 ms of a letter's start-up. They are code of
the package, like its modules, and are used only for a template whose source, Jinja2 and
this module are exactly those they were made from; a source checkout compiles on first use.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import types
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any, NoReturn, TypeVar, cast

import jinja2
from jinja2 import filters as jinja_filters
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.environment import TemplateModule
from jinja2.exceptions import FilterArgumentError, SecurityError
from jinja2.loaders import split_template_path
from jinja2.runtime import BlockReference, LoopContext, Macro, Undefined
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace, pass_context, pass_environment
from jinja2.visitor import NodeTransformer

from .errors import Message, Number, TemplateError

F = TypeVar("F", bound=Callable[..., Any])

# --- limits (a real letter template stays far inside every one of them) -------------------

MAX_BLOCK_CHARS = 256 * 1024
"""Rendered size of one block (subject, salutation, body, closing); a real body is ~3,000."""
MAX_TEXT_CHARS = MAX_BLOCK_CHARS
"""Longest string a template may build in one step (repetition, concatenation, format ...)."""
MAX_LETTER_TEXT_CHARS = 4 * 1024 * 1024
"""All characters one letter's template builds, outputs or filters; the bundled ones ~2,000."""
MAX_ITERATIONS = 10_000
"""Loop iterations plus the items filters go through, per letter; the bundled ones ~5."""
MAX_RANGE = 10_000
"""Length of one `range(...)`."""
MAX_MACRO_CALLS = 1_000
"""Calls of macros, `caller()` and `super()` per letter."""
MAX_MACRO_DEPTH = 20
"""Macros (and blocks) calling each other, nested."""
MAX_TEMPLATE_LOADS = 50
"""`include`, `import` and `extends` per letter."""
MAX_WIDTH = 1_000
"""Width or precision in `%`-formatting and `format`; width of `center`, `indent`, `wordwrap`."""
MAX_INT_BITS = 4_096
"""Size of a number built with `*` or `**` (about 1,200 digits)."""
MAX_TEMPLATE_BYTES = 256 * 1024
"""Size of one template file; the bundled ones are ~3 KB."""
MAX_DATE_PATTERN = 100
"""Length of a CLDR date pattern for `date_format` (Babel keeps 1,024 of them, process-wide)."""

VETTED = "ualetters_vetted"
"""The attribute that marks a function templates may call (see `vetted`)."""


class TemplateLimitError(SecurityError):
    """A template went past one of the limits per letter."""


def _over(msgid: str, /, *, limit: int) -> NoReturn:
    raise TemplateLimitError(Message(msgid, limit=Number(limit)))


def _refuse(msgid: str, /, **params: Any) -> NoReturn:
    raise SecurityError(Message(msgid, **params))


def _name(value: Any) -> str:
    """Return a short, one-line rendering of a name a template used, for a message."""
    text = str(value)
    return repr(text if len(text) <= 40 else text[:40] + "...")


# --- the budget of the letter being rendered ------------------------------------------------


class _Budget:
    __slots__ = ("calls", "depth", "iterations", "loads", "text")

    def __init__(self) -> None:
        self.calls = self.depth = self.iterations = self.loads = self.text = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("ualetters_template_budget", default=None)


@contextlib.contextmanager
def letter_budget() -> Iterator[None]:
    """Give the template rendering inside the block a fresh budget of its own."""
    token = _BUDGET.set(_Budget())
    try:
        yield
    finally:
        _BUDGET.reset(token)


def _budget() -> _Budget:
    # Outside a render (Jinja folds constants while compiling) there is nothing to count:
    # a throwaway budget keeps the per-step checks and forgets the totals.
    return _BUDGET.get() or _Budget()


def spend_text(chars: int) -> None:
    """Count `chars` built characters against the letter's budget; refuse a too long text."""
    if chars > MAX_TEXT_CHARS:
        _too_long()
    budget = _BUDGET.get()  # called for every output: no helper call in between
    if budget is not None:
        budget.text += chars
        if budget.text > MAX_LETTER_TEXT_CHARS:
            _over(
                "more than %(limit)s characters of text built in one letter",
                limit=MAX_LETTER_TEXT_CHARS,
            )


def _too_many_iterations() -> NoReturn:
    _over(
        "more than %(limit)s loop iterations or filtered items in one letter",
        limit=MAX_ITERATIONS,
    )


def _spend_iterations(count: int) -> None:
    budget = _budget()
    budget.iterations += count
    if budget.iterations > MAX_ITERATIONS:
        _too_many_iterations()


def _counted(iterable: Iterable[Any]) -> Iterator[Any]:
    budget = _budget()
    for item in iterable:
        budget.iterations += 1
        if budget.iterations > MAX_ITERATIONS:
            _too_many_iterations()
        yield item


def _weight(value: Any, limit: int = MAX_TEXT_CHARS, *, text: bool = True) -> int:
    """Return the characters and items `value` holds, counting no further than past `limit`.

    With `text` false, the items of its lists, tuples, sets and mappings only: what a
    comparison walks. A list that holds itself twice, forty times over (`[a, a]`), is 40
    list cells built in a blink but 2**40 items to compare: counted as it is walked.
    """
    total = 0
    stack = [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item) if text else 0
        elif isinstance(item, dict):
            total += len(item)
            if text:
                stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            total += len(item)
            stack.extend(item)
        elif isinstance(item, Namespace):
            stack.append(item._Namespace__attrs)
        elif text:
            total += 1
    return total


def _too_long() -> NoReturn:
    _over("a text of more than %(limit)s characters", limit=MAX_TEXT_CHARS)


def _as_text(value: Any) -> str:
    """Return `str(value)`, refusing a container whose printed form would be too long."""
    if isinstance(value, str):
        return value
    if _weight(value) > MAX_TEXT_CHARS:
        _too_long()
    text = str(value)  # repr() may escape a character into 10: at most 2.5 MB, once
    if len(text) > MAX_TEXT_CHARS:
        _too_long()
    return text


# --- what a template may read and call ------------------------------------------------------

# fmt: off
_STR = frozenset({
    "capitalize", "endswith", "lower", "lstrip", "replace", "rstrip", "split", "startswith",
    "strip", "title", "upper",
})
ALLOWED_ATTRIBUTES: dict[type, frozenset[str]] = {
    str: _STR,
    dict: frozenset({"get", "items", "keys", "values"}),
    dt.date: frozenset({"year", "month", "day", "isoformat", "weekday", "isoweekday"}),
    LoopContext: frozenset({
        "index", "index0", "revindex", "revindex0", "first", "last", "length", "depth",
        "depth0", "previtem", "nextitem", "cycle", "changed",
    }),
    # Data with no attribute a template needs: a missing name is undefined, an existing one
    # (list.append, int.to_bytes ...) is refused.
    list: frozenset(),
    tuple: frozenset(),
    int: frozenset(),
    float: frozenset(),
    bool: frozenset(),
    type(None): frozenset(),
}
# fmt: on
"""Attributes a template may read, by the exact type of the object."""

_SUBSCRIPTABLE = (dict, list, tuple, str, range)
_PRINTABLE = (str, int, float, bool, type(None), dt.date, list, tuple, dict)
_LOOP_METHODS = frozenset({"cycle", "changed"})
_MISSING = object()


def may_read(obj: Any, name: Any) -> bool:
    """Say whether a template may read attribute `name` of `obj`."""
    if not isinstance(name, str) or name.startswith("_"):
        return False
    if type(obj) is Namespace:
        return True
    if type(obj) is TemplateModule:
        return name in vars(obj)
    allowed = ALLOWED_ATTRIBUTES.get(type(obj))
    return allowed is not None and name in allowed


def vetted(function: F) -> F:
    """Mark `function` as a helper templates may call (it must take and return plain data)."""
    setattr(function, VETTED, True)
    return function


def _bounded_replace(text: str, old: str, new: str, count: int | None = -1) -> str:
    """Return `text.replace(old, new, count)`, refusing first a result past the limits."""
    if not (isinstance(text, str) and isinstance(old, str) and isinstance(new, str)):
        raise TypeError("replace() takes texts")
    hits = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        hits = min(hits, count)
    spend_text(len(text) + hits * max(len(new) - len(old), 0))
    return text.replace(old, new, -1 if count is None else count)


def _str_method(name: str) -> Callable[..., Any]:
    def method(text: str, *args: Any, **kwargs: Any) -> Any:
        spend_text(len(text))
        result = getattr(text, name)(*args, **kwargs)
        if isinstance(result, str):
            spend_text(len(result))
        return result

    return method


_METHODS: dict[tuple[type, str], Callable[..., Any]] = {
    (str, name): _str_method(name) for name in _STR
}
_METHODS[(str, "replace")] = _bounded_replace


def _allowed_method(obj: Any) -> Callable[..., Any] | None:
    """Return what calling `obj` runs, if it is a method a template may call."""
    if isinstance(obj, types.BuiltinMethodType):
        owner = obj.__self__
        if not may_read(owner, obj.__name__):
            return None
        bounded = _METHODS.get((type(owner), obj.__name__))
        return functools.partial(bounded, owner) if bounded else obj
    if isinstance(obj, types.MethodType) and type(obj.__self__) is LoopContext:
        return obj if obj.__func__.__name__ in _LOOP_METHODS else None
    return None


def _describe(obj: Any) -> str:
    name = getattr(obj, "__name__", None) if not isinstance(obj, Namespace) else None
    if isinstance(name, str):
        return _name(name)
    return Message("a %(type)s object", type=repr(type(obj).__name__))


# --- arithmetic and %-formatting -------------------------------------------------------------


def _multiply(left: Any, right: Any) -> Any:
    if isinstance(left, int) and isinstance(right, int):
        if left.bit_length() + right.bit_length() > MAX_INT_BITS:
            _over("a number of more than %(limit)s bits", limit=MAX_INT_BITS)
        return left * right
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, str | list | tuple) and isinstance(times, int):
            spend_text(_weight(sequence) * max(times, 0))
    return left * right


def _add(left: Any, right: Any) -> Any:
    if isinstance(left, str | list | tuple) and isinstance(right, str | list | tuple):
        spend_text(_weight(left) + _weight(right))
    return left + right


def _power(base: Any, exponent: Any) -> Any:
    if (
        isinstance(base, int)
        and isinstance(exponent, int)
        and exponent > 0
        and abs(base) > 1
        and exponent * base.bit_length() > MAX_INT_BITS
    ):
        _over("a number of more than %(limit)s bits", limit=MAX_INT_BITS)
    return base**exponent


def _format_number(fmt: str, at: int, values: tuple[Any, ...], index: int) -> tuple[int, int, int]:
    """Read a width or precision (`12` or `*`) at `at`: (value, position after, next index)."""
    if at < len(fmt) and fmt[at] == "*":
        star = values[index] if index < len(values) else 0
        return (abs(star) if isinstance(star, int) else 0), at + 1, index + 1
    end = at
    while end < len(fmt) and fmt[end].isdigit():
        end += 1
    if end - at > 6:
        return MAX_WIDTH + 1, end, index
    return (int(fmt[at:end]) if end > at else 0), end, index


def format_percent(fmt: str, values: Any) -> str:
    """Return `fmt % values`, refusing first widths and results past the limits.

    Reads each conversion the way CPython's `%` does (mapping key with nested parentheses,
    flags, width or `*`, precision, length modifier) and adds up the largest text each can
    produce, so a huge width or a text repeated through `%(key)s` is refused unbuilt.
    """
    mapping = values if isinstance(values, dict) else None
    positional = values if isinstance(values, tuple) else (values,)
    index, at, estimate = 0, 0, len(fmt)
    while (at := fmt.find("%", at) + 1) > 0:
        key = None
        if at < len(fmt) and fmt[at] == "(":
            depth, end = 1, at + 1
            while end < len(fmt) and depth:
                depth += {"(": 1, ")": -1}.get(fmt[end], 0)
                end += 1
            key, at = fmt[at + 1 : end - 1], end
        while at < len(fmt) and fmt[at] in "-+ #0":
            at += 1
        width, at, index = _format_number(fmt, at, positional, index)
        precision = 0
        if at < len(fmt) and fmt[at] == ".":
            precision, at, index = _format_number(fmt, at + 1, positional, index)
        while at < len(fmt) and fmt[at] in "hlL":
            at += 1
        conversion = fmt[at : at + 1]
        at += 1
        if conversion == "%":
            continue
        if width > MAX_WIDTH or precision > MAX_WIDTH:
            _over("a format width or precision over %(limit)s", limit=MAX_WIDTH)
        if key is not None:
            value = mapping.get(key) if mapping is not None else None
        else:
            value = positional[index] if index < len(positional) else None
            index += 1
        if conversion in ("s", "r", "a"):
            # repr() and ascii() escape a character into at most 10.
            size = _weight(value) * (1 if conversion == "s" else 10)
        else:
            size = 1_300  # a number: at most MAX_INT_BITS digits, or a float's 309
        estimate += width + precision + size
        if estimate > MAX_TEXT_CHARS:
            _too_long()
    result = fmt % values
    spend_text(len(result))
    return str(result)


# --- filters -----------------------------------------------------------------------------------


def _metered_input(value: Any) -> Any:
    if isinstance(value, Undefined):
        return value
    if isinstance(value, str):
        spend_text(len(value))
        return value
    if isinstance(value, list | tuple | dict | set | frozenset):
        # Every item a filter may walk, nested ones too (`sort` compares them).
        _spend_iterations(_weight(value, MAX_ITERATIONS, text=False))
        return value
    if hasattr(value, "__len__"):
        _spend_iterations(len(value))
        return value
    if hasattr(value, "__iter__") or hasattr(value, "__next__"):
        return _counted(value)
    return value


def _metered(function: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter so the items it goes through and the text it returns are counted."""
    skip = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0

    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment marks
    def metered(*args: Any, **kwargs: Any) -> Any:
        if len(args) > skip:
            args = (*args[:skip], _metered_input(args[skip]), *args[skip + 1 :])
        result = function(*args, **kwargs)
        if isinstance(result, str):
            spend_text(len(result))
        return result

    return metered


def _center(value: Any, width: int = 80) -> str:
    if isinstance(width, int) and width > MAX_WIDTH:
        _over("a width over %(limit)s", limit=MAX_WIDTH)
    return jinja_filters.do_center(value, width)


def _indent(text: Any, width: int | str = 4, first: bool = False, blank: bool = False) -> str:
    pad = len(width) if isinstance(width, str) else width
    if isinstance(pad, int) and pad > MAX_WIDTH:
        _over("a width over %(limit)s", limit=MAX_WIDTH)
    text = str(text)
    spend_text(len(text) + (text.count("\n") + 1) * max(pad, 0))
    return jinja_filters.do_indent(text, width, first, blank)


@pass_environment
def _wordwrap(environment: jinja2.Environment, text: Any, *args: Any, **kwargs: Any) -> str:
    names = ("width", "break_long_words", "wrapstring", "break_on_hyphens")
    options = dict(zip(names, args, strict=False)) | kwargs
    wrapstring = options.get("wrapstring") or environment.newline_sequence
    width = options.get("width", 79)
    if len(str(wrapstring)) > MAX_WIDTH or (isinstance(width, int) and width > MAX_WIDTH):
        _over("a width over %(limit)s", limit=MAX_WIDTH)
    text = str(text)
    # At most one line per character, each ended by `wrapstring`.
    spend_text(len(text) * (1 + len(str(wrapstring))))
    return jinja_filters.do_wordwrap(environment, text, *args, **kwargs)


def _format(value: Any, *args: Any, **kwargs: Any) -> str:
    if args and kwargs:
        raise FilterArgumentError("can't handle positional and keyword arguments at the same time")
    return format_percent(str(value), kwargs or args)


@pass_environment
def _join(environment: jinja2.Environment, value: Any, d: Any = "", attribute: Any = None) -> str:
    if attribute is not None:
        value = map(jinja_filters.make_attrgetter(environment, attribute), value)
    parts = texts_of(value)
    separator = str(d)
    spend_text(max(len(parts) - 1, 0) * len(separator))
    return separator.join(parts)


def _replace(text: Any, old: Any, new: Any, count: int | None = None) -> str:
    return _bounded_replace(str(text), str(old), str(new), count)


def _string(value: Any) -> str:
    return _as_text(value)


def _batch(value: Any, linecount: int, fill_with: Any = None) -> Any:
    if isinstance(linecount, int) and linecount > MAX_RANGE:
        _over("a batch or slice of more than %(limit)s items", limit=MAX_RANGE)
    return jinja_filters.do_batch(value, linecount, fill_with)


def _slice(value: Any, slices: int, fill_with: Any = None) -> Any:
    if isinstance(slices, int) and slices > MAX_RANGE:
        _over("a batch or slice of more than %(limit)s items", limit=MAX_RANGE)
    return jinja_filters.sync_do_slice(value, slices, fill_with)


@pass_environment
def _attr(environment: LetterSandbox, obj: Any, name: Any) -> Any:
    # Like Jinja's: an attribute, never an item (a dict's "copy" is its method here: refused).
    return environment.attribute(obj, str(name))


# Filters for plain-text letters; each goes through `_metered`. Left out: HTML and URL
# filters (escape, safe, striptags, urlize, urlencode, xmlattr, forceescape), `tojson` and
# `pprint` (a letter prints text), `random` (a letter must come out the same every time;
# `vary` chooses per supporter), `filesizeformat`.
_FILTERS: dict[str, Callable[..., Any]] = {
    "abs": abs,
    "attr": _attr,
    "batch": _batch,
    "capitalize": jinja_filters.do_capitalize,
    "center": _center,
    "count": len,
    "d": jinja_filters.do_default,
    "default": jinja_filters.do_default,
    "dictsort": jinja_filters.do_dictsort,
    "first": jinja_filters.sync_do_first,
    "float": jinja_filters.do_float,
    "format": _format,
    "groupby": jinja_filters.sync_do_groupby,
    "indent": _indent,
    "int": jinja_filters.do_int,
    "items": jinja_filters.do_items,
    "join": _join,
    "last": jinja_filters.do_last,
    "length": len,
    "list": jinja_filters.sync_do_list,
    "lower": jinja_filters.do_lower,
    "map": jinja_filters.sync_do_map,
    "max": jinja_filters.do_max,
    "min": jinja_filters.do_min,
    "reject": jinja_filters.sync_do_reject,
    "rejectattr": jinja_filters.sync_do_rejectattr,
    "replace": _replace,
    "reverse": jinja_filters.do_reverse,
    "round": jinja_filters.do_round,
    "select": jinja_filters.sync_do_select,
    "selectattr": jinja_filters.sync_do_selectattr,
    "slice": _slice,
    "sort": jinja_filters.do_sort,
    "string": _string,
    "sum": jinja_filters.sync_do_sum,
    "title": jinja_filters.do_title,
    "trim": jinja_filters.do_trim,
    "truncate": jinja_filters.do_truncate,
    "unique": jinja_filters.sync_do_unique,
    "upper": jinja_filters.do_upper,
    "wordcount": jinja_filters.do_wordcount,
    "wordwrap": _wordwrap,
}


# --- guards compiled into every template ------------------------------------------------------

_LOOP_GUARD = "_ualetters_loop"
_CONCAT_GUARD = "_ualetters_concat"
_HAYSTACK_GUARD = "_ualetters_haystack"
_LITERAL_GUARD = "_ualetters_literal"
_COMPARED_GUARD = "_ualetters_compared"


# pass_context keeps Jinja from running the guards once at compile time (constant folding).
@pass_context
def _loop_guard(context: Any, iterable: Any) -> Iterator[Any]:
    return _counted(iterable)


@pass_context
def _concat_guard(context: Any, operands: list[Any]) -> str:
    # Jinja's `~` joins first; one `~` with thousands of operands would build gigabytes.
    texts = [text if type(text) is str else _as_text(text) for text in operands]
    spend_text(sum(map(len, texts)))
    return "".join(texts)


@pass_context
def _haystack_guard(context: Any, haystack: Any) -> Any:
    # `x in text` scans the text: count it like a filter's input.
    return _metered_input(haystack)


def _test_in(value: Any, seq: Any) -> bool:
    return value in _metered_input(seq)


@pass_context
def _compared_guard(context: Any, value: Any) -> Any:
    # `==`, `<`, `in` walk whole containers in C, where no other guard runs: count first.
    if not isinstance(value, str | int | float | bool | type(None)):
        _spend_iterations(_weight(value, MAX_ITERATIONS, text=False))
    return value


@pass_context
def _literal_guard(context: Any, chars: int) -> str:
    spend_text(chars)
    return ""


@pass_context
def _finalize(context: Any, value: Any) -> Any:
    """Count what a `{{ ... }}` prints; refuse to print what is not data."""
    if type(value) is str:
        spend_text(len(value))
        return value
    if isinstance(value, Undefined):
        return value  # printing it raises the usual "undefined" error
    if not isinstance(value, _PRINTABLE):
        _refuse("printing %(what)s into a letter", what=_describe(value))
    text = _as_text(value)
    spend_text(len(text))
    return text


class _Guards(NodeTransformer):
    """Wrap what a template repeats or builds in the guards that count it."""

    def __init__(self, environment: jinja2.Environment) -> None:
        self.environment = environment
        self.repeated = 0  # inside a loop or a macro: literal text can be output many times

    def _repeatable(self, node: nodes.Node) -> None:
        self.repeated += 1
        try:
            self.generic_visit(node)
        finally:
            self.repeated -= 1

    def _guard(self, name: str, node: Any) -> nodes.Filter:
        guard = nodes.Filter(node, name, [], [], None, None, lineno=node.lineno)
        guard.set_environment(self.environment)
        return guard

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self._repeatable(node)
        node.iter = self._guard(_LOOP_GUARD, node.iter)
        return node

    def visit_Macro(self, node: nodes.Macro) -> nodes.Node:
        self._repeatable(node)
        return node

    def visit_CallBlock(self, node: nodes.CallBlock) -> nodes.Node:
        self._repeatable(node)
        return node

    def visit_Compare(self, node: nodes.Compare) -> nodes.Node:
        self.generic_visit(node)
        node.expr = self._guard(_COMPARED_GUARD, node.expr)
        for operand in node.ops:
            if operand.op in ("in", "notin"):
                operand.expr = self._guard(_HAYSTACK_GUARD, operand.expr)
            operand.expr = self._guard(_COMPARED_GUARD, operand.expr)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return self._guard(_CONCAT_GUARD, nodes.List(node.nodes, lineno=node.lineno))

    def visit_Output(self, node: nodes.Output) -> nodes.Node:
        self.generic_visit(node)
        # Literal text is output without a call. Where it can be repeated (a loop, a macro
        # called many times) count it, with one call per output statement; elsewhere it is
        # output once per render of a file of at most MAX_TEMPLATE_BYTES.
        chars = sum(
            len(child.data) for child in node.nodes if isinstance(child, nodes.TemplateData)
        )
        if chars and self.repeated:
            node.nodes.insert(
                0, self._guard(_LITERAL_GUARD, nodes.Const(chars, lineno=node.lineno))
            )
        return node


class _GuardedCodeGenerator(CodeGenerator):
    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        _Guards(self.environment).visit(node)
        super().visit_Template(node, frame)


# --- vetted globals -----------------------------------------------------------------------------


@vetted
def _range(*args: int) -> range:
    numbers = range(*args)
    try:
        too_long = len(numbers) > MAX_RANGE
    except OverflowError:
        too_long = True
    if too_long:
        _over("a range of more than %(limit)s numbers", limit=MAX_RANGE)
    return numbers


@vetted
def _dict(*args: Any, **kwargs: Any) -> dict[Any, Any]:
    return dict(*args, **kwargs)


@vetted
def _namespace(*args: Any, **kwargs: Any) -> Namespace:
    return Namespace(*args, **kwargs)


# --- the loader and the environment ---------------------------------------------------------------


class FolderLoader(jinja2.BaseLoader):
    """Load templates from folders, first match wins; never from outside them, never huge.

    A template file is a regular file inside its folder after resolving symlinks: a shared
    templates folder cannot `include` ~/.ssh/id_rsa through a link, nor /dev/zero.
    """

    def __init__(self, folders: list[Path]) -> None:
        self.folders = [Path(folder) for folder in folders]

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        """Return the text, file name and freshness check of `template`."""
        pieces = split_template_path(template)
        for folder in self.folders:
            path = folder.joinpath(*pieces)
            if not path.is_file():
                continue
            if not _inside(path, folder):
                raise TemplateError(
                    Message("a link to a file outside the templates folder; not read"),
                    source=path,
                )
            if path.stat().st_size > MAX_TEMPLATE_BYTES:
                raise TemplateError(
                    Message(
                        "larger than %(limit)s bytes; not read", limit=Number(MAX_TEMPLATE_BYTES)
                    ),
                    source=path,
                )
            mtime = path.stat().st_mtime
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = raw.count(b"\n", 0, exc.start) + 1
                raise TemplateError(
                    Message(
                        "not UTF-8 text (byte 0x%(byte)02X on this line); save the template "
                        "as UTF-8",
                        byte=raw[exc.start],
                    ),
                    source=path,
                    line=line,
                ) from None
            return text, os.path.normpath(path), _unchanged_since(path, mtime)
        raise jinja2.TemplateNotFound(template)

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: Any = None,
    ) -> jinja2.Template:
        """Load a template: compiled by the build where it was, else compiled now."""
        source, filename, uptodate = self.get_source(environment, name)
        code = precompiled(source, name, filename) or environment.compile(source, name, filename)
        return environment.template_class.from_code(environment, code, globals or {}, uptodate)


# Where a wheel keeps the bundled templates compiled: `<template name>.py`, first line a
# `header` that says what they were made from.
COMPILED = Path(__file__).resolve().parent / "_data" / "compiled"


@functools.cache
def _made_with() -> str:
    """Return what compiled code depends on besides the template: Jinja2 and this module."""
    this = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    return f"jinja2 {jinja2.__version__} sandbox {this}"


def header(source: str) -> str:
    """Return the first line of the compiled form of a template with `source`."""
    made_from = hashlib.sha256(source.encode("utf-8")).hexdigest()
    return f"# ualetters precompiled {made_from} {_made_with()}\n"


def precompile(environment: jinja2.Environment, source: str, name: str) -> str:
    """Return the Python module of a compiled template, with its `header` (for the build)."""
    return header(source) + str(environment.compile(source, name, raw=True))


def precompiled(source: str, name: str, filename: str) -> types.CodeType | None:
    """Return the code of template `name` compiled by the build, if made from `source`."""
    from importlib.machinery import SourceFileLoader

    pieces = split_template_path(name)
    path = COMPILED.joinpath(*pieces[:-1], pieces[-1] + ".py")
    try:
        with path.open(encoding="utf-8") as module:
            if module.readline() != header(source):
                return None
        # Python's own loader: the byte code is cached beside it as for any module.
        loader = SourceFileLoader(f"ualetters_template_{'_'.join(pieces)}", str(path))
        code = loader.get_code(loader.name)
    except (OSError, SyntaxError, ValueError):
        return None
    return _named(code, filename) if code is not None else None


def _named(code: types.CodeType, filename: str) -> types.CodeType:
    """Return `code` as if compiled from `filename`: errors name the template's own file."""
    consts = tuple(
        _named(value, filename) if isinstance(value, types.CodeType) else value
        for value in code.co_consts
    )
    return code.replace(co_filename=filename, co_consts=consts)


def _inside(path: Path, folder: Path) -> bool:
    real, root = os.path.realpath(path), os.path.realpath(folder)
    try:
        return os.path.commonpath([real, root]) == root
    except ValueError:  # another drive (Windows)
        return False


def _unchanged_since(path: Path, mtime: float) -> Callable[[], bool]:
    def unchanged() -> bool:
        try:
            return path.stat().st_mtime == mtime
        except OSError:
            return False

    return unchanged


class LetterSandbox(SandboxedEnvironment):
    """A sandbox that allows only listed attributes, vetted calls and bounded work."""

    code_generator_class = _GuardedCodeGenerator
    intercepted_binops = frozenset({"+", "*", "**", "%"})

    def __init__(self, folders: list[Path]) -> None:
        super().__init__(
            loader=FolderLoader(folders),
            undefined=jinja2.StrictUndefined,
            extensions=["jinja2.ext.i18n"],
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
            finalize=_finalize,
        )
        self.policies["ext.i18n.trimmed"] = True
        self.newstyle_gettext = True
        # No lipsum (unbounded text), cycler or joiner (objects with methods), no classes:
        # only bounded, vetted functions. The letter's own helpers come with its context.
        self.globals.clear()
        self.globals.update(range=_range, dict=_dict, namespace=_namespace)
        self.filters = {name: _metered(f) for name, f in _FILTERS.items()}
        # Tests read their value too (`is lower` scans a text): metered like filters.
        tests = cast(dict[str, Callable[..., Any]], self.tests)
        self.tests = {name: _metered(test) for name, test in tests.items()}
        self.tests["in"] = _test_in
        self.filters.update(
            {
                _LOOP_GUARD: _loop_guard,
                _CONCAT_GUARD: _concat_guard,
                _HAYSTACK_GUARD: _haystack_guard,
                _LITERAL_GUARD: _literal_guard,
                _COMPARED_GUARD: _compared_guard,
            }
        )

    # -- reading -----------------------------------------------------------------------------

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Say whether a template may read `attr` of `obj` (see `may_read`)."""
        return may_read(obj, attr)

    def unsafe_undefined(self, obj: Any, attribute: str) -> NoReturn:
        """Refuse reading an attribute that is not allowed, at once."""
        _refuse(
            "reading %(name)s of a %(type)s",
            name=_name(attribute),
            type=repr(type(obj).__name__),
        )

    def getattr(self, obj: Any, attribute: str) -> Any:
        """Return `obj.attribute` if a template may read it; data before methods for dicts."""
        if isinstance(obj, Undefined):
            obj._fail_with_undefined_error()  # the usual "'x' is undefined"
        if not isinstance(attribute, str) or attribute.startswith("_"):
            self.unsafe_undefined(obj, str(attribute))
        if type(obj) is dict and attribute not in ALLOWED_ATTRIBUTES[dict]:
            # sender.extra.copy is the "copy" column, not dict.copy.
            value = obj.get(attribute, _MISSING)
            return self.undefined(obj=obj, name=attribute) if value is _MISSING else value
        return self.attribute(obj, attribute)

    def attribute(self, obj: Any, attribute: str) -> Any:
        """Return attribute `attribute` of `obj` if a template may read it; refuse the rest."""
        if isinstance(obj, Undefined):
            obj._fail_with_undefined_error()  # the usual "'x' is undefined"
        if attribute.startswith("_"):
            self.unsafe_undefined(obj, attribute)
        kind = type(obj)
        if kind is Namespace:
            try:
                return getattr(obj, attribute)
            except AttributeError:
                return self.undefined(obj=obj, name=attribute)
        if kind is TemplateModule:  # {% import "x.j2" as m %}: its macros and top-level sets
            exported = vars(obj)
            if attribute in exported:
                return exported[attribute]
            return self.undefined(obj=obj, name=attribute)
        allowed = ALLOWED_ATTRIBUTES.get(kind)
        if allowed is None:
            self.unsafe_undefined(obj, attribute)
        if attribute in allowed:
            return getattr(obj, attribute)
        if hasattr(obj, attribute):
            self.unsafe_undefined(obj, attribute)
        return self.undefined(obj=obj, name=attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        """Return `obj[argument]` for data; anything else as an attribute."""
        if isinstance(obj, _SUBSCRIPTABLE):
            try:
                return obj[argument]
            except (TypeError, LookupError):
                pass
            if isinstance(argument, str):
                return self.getattr(obj, argument)
            return self.undefined(obj=obj, name=argument)
        if isinstance(obj, Undefined):
            return super().getitem(obj, argument)  # raises the usual "undefined" error
        if isinstance(argument, str):
            return self.getattr(obj, argument)
        _refuse("looking up items of a %(type)s", type=repr(type(obj).__name__))

    # -- calling -----------------------------------------------------------------------------

    def call(
        __self,  # Jinja's signature: a call's keyword arguments may be named "self"
        __context: jinja2.runtime.Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """Call a vetted helper, an allowed method or a macro of the template; refuse the rest."""
        if isinstance(__obj, Undefined) or getattr(__obj, VETTED, False) is True:
            return __context.call(__obj, *args, **kwargs)
        if isinstance(__obj, Macro | BlockReference):
            budget = _budget()
            budget.calls += 1
            if budget.calls > MAX_MACRO_CALLS:
                _over("more than %(limit)s macro calls in one letter", limit=MAX_MACRO_CALLS)
            if budget.depth >= MAX_MACRO_DEPTH:
                _over("macros nested more than %(limit)s deep", limit=MAX_MACRO_DEPTH)
            budget.depth += 1
            try:
                return __context.call(__obj, *args, **kwargs)
            finally:
                budget.depth -= 1
        method = _allowed_method(__obj)
        if method is None:
            _refuse("calling %(what)s", what=_describe(__obj))
        return __context.call(method, *args, **kwargs)

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        """Run `+`, `*`, `**` and `%` within the limits."""
        if operator == "*":
            return _multiply(left, right)
        if operator == "+":
            return _add(left, right)
        if operator == "**":
            return _power(left, right)
        if isinstance(left, str):
            return format_percent(left, right)
        return left % right

    # -- loading -----------------------------------------------------------------------------

    def get_template(
        self, name: Any, parent: str | None = None, globals: Any = None
    ) -> jinja2.Template:
        """Load a template; during a letter, count it against the letter's loads."""
        self._count_load()
        return super().get_template(name, parent, globals)

    def select_template(
        self, names: Any, parent: str | None = None, globals: Any = None
    ) -> jinja2.Template:
        """Load the first template found; during a letter, count it against its loads."""
        self._count_load()
        return super().select_template(names, parent, globals)

    def _count_load(self) -> None:
        budget = _BUDGET.get()
        if budget is not None:
            budget.loads += 1
            if budget.loads > MAX_TEMPLATE_LOADS:
                _over(
                    "more than %(limit)s includes, imports or extends in one letter",
                    limit=MAX_TEMPLATE_LOADS,
                )


def texts_of(items: Iterable[Any]) -> list[str]:
    """Return the items as texts, each counted as a filtered item and as built text."""
    texts = [_as_text(item) for item in _counted(items)]
    spend_text(sum(map(len, texts)))
    return texts
