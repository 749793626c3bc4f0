"""Hostile templates: refused with one line naming file and line, exit 3, nothing written or run.

Templates are shared between groups by email; each payload here is a template an attacker
could send. Every one runs through the CLI (`generate --templates`, `check --templates`,
and one through `batch`). A marker file stands for "the template ran a command": it must
never appear. Nothing may reach the output folder.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import jinja2
import pytest
from typer.testing import CliRunner

import ualetters
from ualetters.cli import app
from ualetters.errors import EXIT_INVALID, TemplateError
from ualetters.render import REQUIRED_BLOCKS, Renderer, _render_blocks, letter_context
from ualetters.sandbox import MAX_BLOCK_CHARS, may_read, vetted

from .conftest import CASE_FILE, SENDER_FILE

HERE = "{#here#}"  # marks the line a payload's refusal must name


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def letter_template(body: str, top: str = "") -> str:
    """Return a German letter template whose body is `body` (and `top` before the blocks)."""
    return (
        f"{top}\n"
        "{% block subject %}Appell für {{ person.name }}{% endblock %}\n"
        "{% block salutation %}{{ salutation }}{% endblock %}\n"
        "{% block body %}\n"
        "Bitte lassen Sie {{ person.name }} frei.\n"
        f"{body}\n"
        "{% endblock %}\n"
        "{% block closing %}Freundliche Grüsse{% endblock %}\n"
    )


def write_templates(folder: Path, source: str) -> tuple[Path, int]:
    """Write `source` as de.j2 in `folder`; return its path and the line marked HERE."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "de.j2"
    path.write_text(source.replace(HERE, ""), encoding="utf-8")
    line = next(n for n, text in enumerate(source.splitlines(), 1) if HERE in text)
    return path, line


# A list that holds itself twice, forty times over: 40 cells to build, 2**40 to compare.
DOUBLED = (
    "{% set ns = namespace(a=[1]) %}{% for i in range(40) %}{% set ns.a = [ns.a, ns.a] %}"
    "{% endfor %}"
)
ITERATIONS = (
    "over a template limit: more than 10,000 loop iterations or filtered items in one letter"
)

# Each payload: (id, body, top, start of the reason). The marker path is filled in per test.
PAYLOADS = [
    ("compare-a-doubled-list", DOUBLED + "{{ ns.a == ns.a }}" + HERE, "", ITERATIONS),
    ("look-in-a-doubled-list", DOUBLED + "{{ 1 in ns.a }}" + HERE, "", ITERATIONS),
    ("sort-a-doubled-list", DOUBLED + "{{ [ns.a, ns.a]|sort|length }}" + HERE, "", ITERATIONS),
    (
        "compare-a-doubled-dict",
        DOUBLED + '{% set d = {"a": ns.a, "b": ns.a} %}{{ d == d }}' + HERE,
        "",
        ITERATIONS,
    ),
    (
        "pickle-through-a-model-method",
        "{{ case.parse_raw(\"cos\\nsystem\\n(S'touch MARKER'\\ntR.\", "
        'content_type="pickle", allow_pickle=True) }}' + HERE,
        "",
        "undefined variable: 'dict object' has no attribute 'parse_raw'",
    ),
    (
        "pickle-through-the-sender",
        "{{ sender.parse_raw(\"cos\\nsystem\\n(S'touch MARKER'\\ntR.\", "
        'content_type="pickle", allow_pickle=True) }}' + HERE,
        "",
        "undefined variable: 'dict object' has no attribute 'parse_raw'",
    ),
    (
        "mro-walk",
        "{{ title.__class__.__mro__[1].__subclasses__() }}" + HERE,
        "",
        "not allowed in a template: reading '__class__' of a 'str'",
    ),
    (
        "attr-filter-walk",
        '{{ (title|attr("__class__"))|attr("__mro__") }}' + HERE,
        "",
        "not allowed in a template: reading '__class__' of a 'str'",
    ),
    (
        "map-attribute-walk",
        '{{ demands|map(attribute="__class__")|list }}' + HERE,
        "",
        "not allowed in a template: reading '__class__' of a 'str'",
    ),
    (
        "subscript-walk",
        '{{ title["__class__"]["__base__"] }}' + HERE,
        "",
        "not allowed in a template: reading '__class__' of a 'str'",
    ),
    (
        "self-globals",
        "{{ self.__init__.__globals__ }}" + HERE,
        "",
        "not allowed in a template: reading '__init__' of a 'TemplateReference'",
    ),
    (
        "self-block-recursion",
        "{{ self.body() }}" + HERE,
        "",
        "not allowed in a template: reading 'body' of a 'TemplateReference'",
    ),
    (
        "cycler-globals",
        "{{ cycler.__init__.__globals__.os.system('touch MARKER') }}" + HERE,
        "",
        "undefined variable: 'cycler' is undefined",
    ),
    (
        "joiner-globals",
        "{{ joiner.__init__.__globals__ }}" + HERE,
        "",
        "undefined variable: 'joiner' is undefined",
    ),
    (
        "namespace-globals",
        "{{ namespace.__globals__ }}" + HERE,
        "",
        "not allowed in a template: reading '__globals__' of a 'function'",
    ),
    (
        "namespace-object-class",
        "{% set ns = namespace(x=1) %}\n{{ ns.__class__.__init__ }}" + HERE,
        "",
        "not allowed in a template: reading '__class__' of a 'Namespace'",
    ),
    (
        "helper-function-globals",
        "{{ vary.__globals__['os'].system('touch MARKER') }}" + HERE,
        "",
        "not allowed in a template: reading '__globals__' of a 'function'",
    ),
    (
        "loop-internals",
        "{% for demand in demands %}{{ loop.__class__.__init__.__globals__ }}"
        + HERE
        + "{% endfor %}",
        "",
        "not allowed in a template: reading '__class__' of a 'LoopContext'",
    ),
    (
        "recursive-loop-call",
        "{% for demand in demands recursive %}{{ loop(demands) }}" + HERE + "{% endfor %}",
        "",
        "not allowed in a template: calling a 'LoopContext' object",
    ),
    (
        "str-format",
        '{{ "{0.__class__.__mro__}".format(title) }}' + HERE,
        "",
        "not allowed in a template: reading 'format' of a 'str'",
    ),
    (
        "str-format-map",
        '{{ "{x.__class__}".format_map({"x": title}) }}' + HERE,
        "",
        "not allowed in a template: reading 'format_map' of a 'str'",
    ),
    (
        "str-translate",
        "{{ title.translate({}) }}" + HERE,
        "",
        "not allowed in a template: reading 'translate' of a 'str'",
    ),
    (
        "list-append",
        '{{ demands.append("Freiheit") }}' + HERE,
        "",
        "not allowed in a template: reading 'append' of a 'list'",
    ),
    (
        "date-today",
        "{{ date.today() }}" + HERE,
        "",
        "not allowed in a template: reading 'today' of a 'date'",
    ),
    (
        "repeat-300-million",
        '{{ "A" * 300000000 }}' + HERE,
        "",
        "over a template limit: a text of more than 262,144 characters",
    ),
    (
        "nested-range-100000",
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}" + HERE,
        "",
        "over a template limit: a range of more than 10,000 numbers",
    ),
    (
        "lipsum-10-8",
        "{{ lipsum(n=10**8) }}" + HERE,
        "",
        "undefined variable: 'lipsum' is undefined",
    ),
    (
        "power-2-10-8",
        "{{ 2 ** (10 ** 8) }}" + HERE,  # Jinja's ** groups to the left: 2 ** 10 ** 8 is small
        "",
        "over a template limit: a number of more than 4,096 bits",
    ),
    (
        "square-a-number-forever",
        "{% macro square(n, k) %}{{ square(n * n, k - 1) if k else n }}{% endmacro %}"
        + HERE
        + "\n{{ square(3, 40) }}",
        "",
        "over a template limit: a number of more than 4,096 bits",
    ),
    (
        "format-width",
        '{{ "%099999999d"|format(1) }}' + HERE,
        "",
        "over a template limit: a format width or precision over 1,000",
    ),
    (
        "percent-width",
        '{{ "%.99999999f" % 1.5 }}' + HERE,
        "",
        "over a template limit: a format width or precision over 1,000",
    ),
    (
        "percent-key-repeated",
        '{{ "%(a)s%(a)s%(a)s%(a)s%(a)s%(a)s%(a)s%(a)s" % {"a": facts * 100} }}' + HERE,
        "",
        "over a template limit: a text of more than 262,144 characters",
    ),
    (
        "gettext-variables-repeated",
        '{{ _("%(a)s%(a)s%(a)s%(a)s%(a)s%(a)s%(a)s%(a)s", a=facts * 100) }}' + HERE,
        "",
        "over a template limit: a text of more than 262,144 characters",
    ),
    (
        "recursive-macro",
        "{% macro deeper(n) %}{{ deeper(n + 1) }}{% endmacro %}" + HERE + "\n{{ deeper(0) }}",
        "",
        "over a template limit: macros nested more than 20 deep",
    ),
    (
        "macro-tree",
        "{% macro tree(n) %}{% if n %}{{ tree(n - 1) }}{{ tree(n - 1) }}{% endif %}"
        "{% endmacro %}" + HERE + "\n{{ tree(19) }}",
        "",
        "over a template limit: more than 1,000 macro calls in one letter",
    ),
    (
        "loop-of-loops",
        "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
        "{% endfor %}{% endfor %}{% endfor %}" + HERE,
        "",
        "over a template limit: more than 10,000 loop iterations or filtered items in one letter",
    ),
    (
        "block-of-10-mb",  # the letter's text budget stops it on the way
        '{% for i in range(10000) %}{{ "x" * 1000 }}' + HERE + "{% endfor %}",
        "",
        "over a template limit: more than 4,194,304 characters of text built in one letter",
    ),
    (
        "literal-in-a-macro-loop",
        "{% macro m() %}{% for i in range(10000) %}"
        + "lorem ipsum dolor " * 300
        + HERE
        + "{% endfor %}{% endmacro %}\n{{ m() }}",
        "",
        "over a template limit: more than 4,194,304 characters of text built in one letter",
    ),
    (
        "doubling-concatenation",
        "{% macro twice(s, n) %}{{ twice(s ~ s, n - 1) if n else s|length }}"
        + HERE
        + "{% endmacro %}\n{{ twice(facts, 30) }}",
        "",
        "over a template limit: a text of more than 262,144 characters",
    ),
    (
        "replace-bomb",
        '{{ (facts * 100).replace("e", facts) }}' + HERE,
        "",
        "over a template limit: a text of more than 262,144 characters",
    ),
    (
        "replace-filter-empty-old",
        '{{ facts|replace("", facts) }}' + HERE,
        "",
        "over a template limit: a text of more than 262,144 characters",
    ),
    (
        "default-map-amplifier",
        '{{ ([none] * 10000)|map("default", facts * 200, true)|join }}' + HERE,
        "",
        "over a template limit: more than 10,000 loop iterations or filtered items in one letter",
    ),
    (
        "date-pattern-cache",  # Babel keeps parsed patterns process-wide
        '{{ date_format(date, "y" * 100000) }}' + HERE,
        "",
        "over a template limit: a date pattern of more than 100 characters",
    ),
    (
        "scan-a-long-text-in-a-loop",  # `in` runs outside every sandbox hook: guarded
        '{% set big = "x" * 250000 %}{% for i in range(9000) %}{% if "zz" in big %}'
        + HERE
        + "{% endif %}{% endfor %}",
        "",
        "over a template limit: more than 4,194,304 characters of text built in one letter",
    ),
    (
        "scan-with-the-in-test",
        '{% set big = "x" * 250000 %}{% for i in range(9000) %}{% if "zz" is in big %}'
        + HERE
        + "{% endif %}{% endfor %}",
        "",
        "over a template limit: more than 4,194,304 characters of text built in one letter",
    ),
    (
        "center-width",
        "{{ title|center(10**9) }}" + HERE,
        "",
        "over a template limit: a width over 1,000",
    ),
    (
        "indent-by-a-long-text",
        '{{ facts|indent("    " * 999) }}' + HERE,
        "",
        "over a template limit: a width over 1,000",
    ),
    (
        "batch-fill",
        '{{ demands|batch(10**9, "x")|list }}' + HERE,
        "",
        "over a template limit: a batch or slice of more than 10,000 items",
    ),
    (
        "range-10-100",
        "{{ range(10**100)|length }}" + HERE,
        "",
        "over a template limit: a range of more than 10,000 numbers",
    ),
    (
        "print-a-function",
        "{{ vary }}" + HERE,
        "",
        "not allowed in a template: printing 'vary' into a letter",
    ),
    (
        "include-itself",
        '{% include "de.j2" %}' + HERE,
        "",
        "over a template limit: more than 50 includes, imports or extends in one letter",
    ),
]


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    return tmp_path / "marker"


def hostile_folder(tmp_path: Path, body: str, top: str, marker: Path) -> tuple[Path, int]:
    folder = tmp_path / "templates"
    path, line = write_templates(folder, letter_template(body.replace("MARKER", str(marker)), top))
    return path, line


def assert_refused(code: int, stdout: str, stderr: str, path: Path, line: int, reason: str):
    """One line on stderr naming the template file and line, exit 3, no traceback."""
    assert code == EXIT_INVALID, stderr
    assert stderr.count("\n") == 1, stderr
    assert stderr.startswith(f"error: {path}:{line}: {reason}"), stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    assert stdout == ""


def generate_de(templates: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    """Run `generate` of the bundled case in German with the templates in `templates`."""
    return run(
        "generate", CASE_FILE, "--sender", SENDER_FILE, "--date", "2020-07-23",
        "--lang", "de", "--out", out, "--templates", templates, *extra,
    )  # fmt: skip


@pytest.mark.parametrize("command", ["generate", "check"])
@pytest.mark.parametrize(
    ("body", "top", "reason"), [p[1:] for p in PAYLOADS], ids=[p[0] for p in PAYLOADS]
)
def test_hostile_template_is_refused(
    tmp_path: Path, marker: Path, command: str, body: str, top: str, reason: str
) -> None:
    path, line = hostile_folder(tmp_path, body, top, marker)
    out = tmp_path / "out"
    if command == "generate":
        code, stdout, stderr = generate_de(path.parent, out)
    else:  # `check` renders the letters (to estimate their length) when it knows the sender
        code, stdout, stderr = run(
            "check", CASE_FILE, "--sender", SENDER_FILE, "--date", "2020-07-23",
            "--templates", path.parent,
        )  # fmt: skip
    assert_refused(code, stdout, stderr, path, line, reason)
    assert not out.exists() or not any(out.iterdir())
    assert not marker.exists()


def test_batch_refuses_hostile_template_for_every_row(tmp_path: Path, marker: Path) -> None:
    (pickle,) = [p for p in PAYLOADS if p[0] == "pickle-through-a-model-method"]
    body, top, reason = pickle[1:]
    path, line = hostile_folder(tmp_path, body, top, marker)
    members = tmp_path / "members.csv"
    members.write_text(
        "name;street;city;country;language\nAnna;Weg 1;Bern;CH;de\nBeat;Gasse 2;Basel;CH;de\n",
        encoding="utf-8",
    )
    out = tmp_path / "pack"
    code, _stdout, stderr = run(
        "batch", CASE_FILE, "--supporters", members, "--out", out, "--date", "2020-07-23",
        "--templates", path.parent, "--format", "txt", "--jobs", "1",
    )  # fmt: skip
    assert code == EXIT_INVALID, stderr
    lines = stderr.splitlines()
    assert lines[:2] == [f"{members}: row {row}: {path}:{line}: {reason}" for row in (2, 3)]
    assert "Traceback" not in stderr
    letters = [p for p in out.rglob("*") if p.suffix in (".txt", ".docx")] if out.exists() else []
    assert letters == []
    assert not marker.exists()


class _ModelWithAnUnpicklingMethod:
    """Stands in for the pydantic models the context once held (issue #9): one of their
    deprecated methods unpickled a string the template supplied."""

    def parse_raw(self, data: str, **_options: object) -> object:
        import pickle

        return pickle.loads(data.encode("latin-1"))


def test_the_pickle_payload_runs_in_jinjas_sandbox_but_not_in_ours(
    tmp_path: Path, marker: Path
) -> None:
    """The first payload really runs a command when a template can call an object's method.

    Jinja2's own SandboxedEnvironment lets the call through (that was the hole); ours refuses
    it even if an object ever slipped into the context again.
    """
    from jinja2.sandbox import SandboxedEnvironment

    from ualetters.sandbox import LetterSandbox

    (pickle,) = [p for p in PAYLOADS if p[0] == "pickle-through-a-model-method"]
    body = pickle[1].replace("MARKER", str(marker)).replace(HERE, "")
    shown = SandboxedEnvironment().from_string(body).render(case=_ModelWithAnUnpicklingMethod())
    assert shown == "0" and marker.exists()  # os.system ran the command and returned 0
    marker.unlink()
    with pytest.raises(jinja2.exceptions.SecurityError):
        LetterSandbox([tmp_path]).from_string(body).render(case=_ModelWithAnUnpicklingMethod())
    assert not marker.exists()


# --- the render context and the allow-list ----------------------------------------------------


def planned_letter(lang: str = "de") -> ualetters.PlannedLetter:
    case = ualetters.load_case(CASE_FILE)
    sender = ualetters.load_sender(SENDER_FILE)
    plan = ualetters.plan(case, sender, date=dt.date(2020, 7, 23), lang=lang)
    return plan.letters[0]


def walk(value: object):
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from walk(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from walk(item)


def test_context_holds_plain_values_and_vetted_helpers_only() -> None:
    context = letter_context(planned_letter())
    kinds = {type(value) for value in walk(context)}
    function = type(walk)
    assert kinds <= {str, int, float, bool, type(None), dt.date, list, tuple, dict, function}
    for value in walk(context):
        if isinstance(value, function):
            assert getattr(value, "ualetters_vetted", False) is True, value


# A value of every kind a template can reach, from the context or made by the template:
# kind -> (expression, template that binds `v` to it and then runs ROUTE).
SET = "{% set v = EXPR %}{{ ROUTE }}"
KINDS = {
    "str": ("title", SET),
    "list": ("demands", SET),
    "dict": ("sender", SET),
    "nested dict": ("sender.extra", SET),
    "date": ("date", SET),
    "bool": ("has_salutation", SET),
    "none": ("person.pronouns", SET),
    "int": ("demands|length", SET),
    "float": ("1.5", SET),
    "tuple": ('("a", "b")', SET),
    "helper function": ("vary", SET),
    "gettext": ("_", SET),
    "range": ("range(3)", SET),
    "namespace": ("namespace(a=1)", SET),
    "dict items": ("sender.items()", SET),
    "generator": ("demands|map('upper')", SET),
    "loop": ("loop", "{% for d in demands[:1] %}{% set v = EXPR %}{{ ROUTE }}{% endfor %}"),
    "macro": ("m", "{% macro m() %}{% endmacro %}{% set v = EXPR %}{{ ROUTE }}"),
    "imported module": ("m", '{% import "de.j2" as m with context %}{% set v = EXPR %}{{ ROUTE }}'),
}


@pytest.fixture(scope="module")
def context() -> dict[str, object]:
    return letter_context(planned_letter())


def render_body(body: str, context: dict[str, object] | None = None) -> dict[str, str]:
    blocks = "".join(
        f"{{% block {name} %}}{body if name == 'body' else name}{{% endblock %}}"
        for name in REQUIRED_BLOCKS
    )
    template = ENGINE.env.from_string(blocks)
    return _render_blocks(template, dict(context or letter_context(planned_letter())))


ENGINE = Renderer()


def value_of(kind: str, context: dict[str, object]) -> object:
    """Return the value the kind's template binds to `v`."""
    expression, wrapper = KINDS[kind]
    seen = []

    @vetted
    def capture(value: object) -> str:
        seen.append(value)
        return ""

    render_body(
        wrapper.replace("EXPR", expression).replace("ROUTE", "capture(v)"),
        {**context, "capture": capture},
    )
    return seen[0]


def test_every_kind_of_context_value_is_checked(context: dict[str, object]) -> None:
    kinds = {type(value) for value in walk(context)}
    checked = {type(value_of(kind, context)) for kind in KINDS}
    assert kinds <= checked, kinds - checked


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_sandbox_refuses_every_attribute_outside_the_allow_list(
    kind: str, context: dict[str, object]
) -> None:
    value = value_of(kind, context)
    # The allow-list (a namespace's and an imported template's own names are its data).
    names = [name for name in dir(value) if not may_read(value, name)]
    assert names, kind
    expression, wrapper = KINDS[kind]
    for name in names:
        for route in (f"v.{name}", f"v|attr({name!r})", f"v[{name!r}]"):
            if route.startswith("v[") and isinstance(value, dict):
                continue  # a dict's items are its data: v["copy"] is the key "copy"
            body = wrapper.replace("EXPR", expression).replace("ROUTE", route)
            with pytest.raises(TemplateError) as refused:
                render_body(body, context)
            reason = refused.value.reason
            if isinstance(value, dict) and route.startswith("v.") and not name.startswith("_"):
                # A dict's keys come first (sender.extra.copy is a column), so a method name
                # that is no key is undefined: the method is never handed out.
                assert reason.startswith("undefined variable:"), (kind, route, reason)
            else:
                assert reason.startswith("not allowed in a template:"), (kind, route, reason)


def test_allowed_attributes_and_helpers_work() -> None:
    blocks = render_body(
        "{{ title.upper() }}|{{ sender.extra.get('x', 'none') }}|{{ date.year }}|"
        "{% for d in demands %}{{ loop.index }}{{ loop.cycle('a', 'b') }}{% endfor %}|"
        "{% set ns = namespace(n=0) %}{% for d in demands %}{% set ns.n = ns.n + 1 %}"
        "{% endfor %}{{ ns.n }}|{{ join(['A', 'B', 'C']) }}|{{ date_format(date) }}|"
        "{{ persons|map(attribute='name')|join(', ') }}|{{ '%s/%d'|format('x', 3) }}|"
        "{{ dict(a=1).a }}|{{ sender.items()|list|length > 3 }}"
    )
    assert blocks["body"] == (
        "GESUNDHEIT EINES GEWALTLOSEN POLITISCHEN GEFANGENEN IN GEFAHR|none|2020|"
        "1a2b3a|3|A, B und C|23. Juli 2020|Azimjan Askarov|x/3|1|True"
    )


def test_templates_still_compose(tmp_path: Path) -> None:
    """extends, super(), import, from-import, include and call blocks work in the sandbox."""
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "base.j2").write_text(
        "{% block subject %}Appell{% endblock %}\n"
        "{% block salutation %}{{ salutation }}{% endblock %}\n"
        "{% block body %}Base.{% endblock %}\n"
        "{% block closing %}Grüsse{% endblock %}\n",
        encoding="utf-8",
    )
    (folder / "macros.j2").write_text(
        "{% macro greet(name) %}Für {{ name }}{% endmacro %}\n"
        "{% macro wrap() %}[{{ caller() }}]{% endmacro %}\n"
        "{% set signature = 'UA-Gruppe' %}\n",
        encoding="utf-8",
    )
    (folder / "ps.j2").write_text("PS: {{ title }}", encoding="utf-8")
    (folder / "de.j2").write_text(
        '{% extends "base.j2" %}\n{% import "macros.j2" as m %}\n'
        '{% from "macros.j2" import greet %}\n'
        "{% block subject %}{{ super() }}: {{ m.greet(person.name) }}{% endblock %}\n"
        "{% block body %}{{ super() }} {{ greet(person.name) }}, {{ m.signature }}.\n\n"
        '{% call m.wrap() %}{{ demands|length }}{% endcall %} {% include "ps.j2" %}'
        "{% endblock %}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code, _stdout, stderr = generate_de(folder, out, "--format", "txt")
    assert code == 0, stderr
    text = (out / "ua-61-20_president_de.txt").read_text(encoding="utf-8")
    assert "Appell: Für Azimjan Askarov" in text
    assert "Base. Für Azimjan Askarov, UA-Gruppe." in text
    assert "[3] PS: Gesundheit eines gewaltlosen politischen Gefangenen in Gefahr" in text


def test_sender_extra_columns_read_like_attributes(tmp_path: Path) -> None:
    sender_file = tmp_path / "sender.toml"
    sender_file.write_text(
        SENDER_FILE.read_text(encoding="utf-8")
        + '\n[sender.extra]\nlocal_group = "Bern-Mitte"\ncopy = "2"\n',
        encoding="utf-8",
    )
    sender = ualetters.load_sender(sender_file)
    planned = dataclasses.replace(planned_letter(), sender=sender)
    body = "{{ sender.extra.local_group }}/{{ sender.extra.copy }}"
    assert render_body(body, letter_context(planned))["body"] == "Bern-Mitte/2"


@pytest.mark.parametrize(
    "body",
    [
        "{% for i in range(5000) %}{{ facts[:100] }}{% endfor %}",  # many small outputs
        "{% for i in range(500) %}" + "Bitte. " * 100 + "{% endfor %}",  # literal text
    ],
    ids=["small-outputs", "literal-text"],
)
def test_block_over_the_size_limit_names_the_block(tmp_path: Path, body: str) -> None:
    path, _line = write_templates(tmp_path / "t", letter_template(body + HERE))
    block_line = 4  # {% block body %}
    out = tmp_path / "out"
    code, stdout, stderr = generate_de(path.parent, out)
    assert_refused(
        code, stdout, stderr, path, block_line,
        f"over a template limit: the block body is longer than {MAX_BLOCK_CHARS:,} characters",
    )  # fmt: skip
    assert not out.exists()


def test_one_concatenation_of_many_long_texts_is_refused_unbuilt(tmp_path: Path) -> None:
    # 2,000 operands of 200,000 characters would be 400 MB if joined before the check.
    body = '{% set x = "y" * 200000 %}{{ x' + " ~ x" * 2000 + " }}" + HERE
    path, line = write_templates(tmp_path / "t", letter_template(body))
    code, stdout, stderr = generate_de(path.parent, tmp_path / "out")
    assert_refused(
        code, stdout, stderr, path, line,
        "over a template limit: a text of more than 262,144 characters",
    )  # fmt: skip


def test_template_linked_from_outside_its_folder_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the supporter's private key", encoding="utf-8")
    path, _line = write_templates(
        tmp_path / "t", letter_template('{% include "notes.txt" %}' + HERE)
    )
    (path.parent / "notes.txt").symlink_to(secret)
    out = tmp_path / "out"
    code, _stdout, stderr = generate_de(path.parent, out, "--format", "txt")
    assert code == EXIT_INVALID
    assert stderr == (
        f"error: {path.parent / 'notes.txt'}: a link to a file outside the templates folder; "
        "not read\n"
    )
    assert not out.exists()


def test_template_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path, _line = write_templates(tmp_path / "t", letter_template("x" * 300_000 + HERE))
    code, _stdout, stderr = generate_de(path.parent, tmp_path / "out")
    assert code == EXIT_INVALID
    assert stderr == f"error: {path}: larger than 262,144 bytes; not read\n"


def test_deeply_nested_template_is_an_input_error(tmp_path: Path) -> None:
    path, _line = write_templates(
        tmp_path / "t", letter_template("{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}" + HERE)
    )
    code, _stdout, stderr = generate_de(path.parent, tmp_path / "out")
    assert code == EXIT_INVALID, stderr
    assert stderr.startswith(f"error: {path}") and stderr.count("\n") == 1, stderr


def test_budgets_are_per_letter_and_per_thread() -> None:
    """Letters rendered one after another, or side by side in threads, never share a budget."""
    from concurrent.futures import ThreadPoolExecutor

    # Each letter goes through 6,000 iterations: within the limit alone, over it if shared.
    body = "{% for i in range(6000) %}{% endfor %}ok"
    assert render_body(body)["body"] == "ok"
    assert render_body(body)["body"] == "ok"
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _: render_body(body)["body"], range(8)))
    assert results == ["ok"] * 8


# --- orthography: Swiss German "ss" never changes a name -----------------------------------


# Without a rank the Swiss closing is "Freundliche Grüsse", a catalog-free word with "ss".
SHARP_CASE = (
    CASE_FILE.read_text(encoding="utf-8")
    .replace("      de: Azimjan Askarov\n", "      de: Jan Weißmann\n", 1)
    .replace("    rank: head_of_state\n", "", 1)
)


def generate_sharp(tmp_path: Path, sender: Path, *extra: str) -> Path:
    """Generate the letter of the case about "Jan Weißmann"; return the output folder."""
    case = tmp_path / "case.yaml"
    case.write_text(SHARP_CASE, encoding="utf-8")
    out = tmp_path / "out"
    code, _stdout, stderr = run(
        "generate", case, "--sender", sender, "--date", "2020-07-23", "--out", out, *extra
    )
    assert code == 0, stderr
    return out


def test_swiss_letters_keep_sharp_s_in_names(tmp_path: Path) -> None:
    sender = tmp_path / "sender.toml"
    sender.write_text(
        SENDER_FILE.read_text(encoding="utf-8")
        .replace('name = "Anna Beispiel"', 'name = "Erika Müller-Weiß"')
        .replace('street = ["Beispielweg 12"]', 'street = ["Weißenbühlweg 12"]'),
        encoding="utf-8",
    )
    out = generate_sharp(tmp_path, sender, "--format", "txt", "--format", "docx")
    text = (out / "ua-61-20_president_de.txt").read_text(encoding="utf-8")
    docx_text = docx_words(out / "ua-61-20_president_de.docx")
    # Sender block and signature; the DOCX repeats the sender in the window's return line.
    for letter, times in ((text, 2), (docx_text, 3)):
        assert letter.count("Erika Müller-Weiß") == times
        assert "Weißenbühlweg 12" in letter
        assert "Jan Weißmann:" in letter  # the subject
        assert "Weiss" not in letter
        # The template's, the catalog's and the case's own words are Swiss.
        assert "verbüsst" in letter and "Freundliche Grüsse" in letter
        others = letter.replace("Müller-Weiß", "").replace("Weißmann", "").replace("Weißenbühl", "")
        assert "ß" not in others


def docx_words(path: Path) -> str:
    """Return every run of text in the document (frames and text boxes too), line by line."""
    from docx import Document
    from docx.oxml.ns import qn

    body = Document(str(path)).element.body
    lines = []
    for paragraph in body.iter(qn("w:p")):
        lines.append("".join(t.text or "" for t in paragraph.iter(qn("w:t"))))
    return "\n".join(lines)


def test_german_letters_are_not_rewritten(tmp_path: Path) -> None:
    out = generate_sharp(tmp_path, SENDER_FILE, "--format", "txt", "--lang", "de-DE")
    text = (out / "ua-61-20_president_de.txt").read_text(encoding="utf-8")
    assert "Jan Weißmann" in text and "verbüßt" in text


def test_nothing_is_left_of_a_refused_generate(tmp_path: Path) -> None:
    """A refusal in the second target's letter leaves no letter of the first one."""
    path, _line = write_templates(
        tmp_path / "t",
        letter_template("{% if target.id != 'president' %}{{ title.__class__ }}{% endif %}" + HERE),
    )
    case = Path(__file__).parent / "data" / "three_targets.yaml"
    out = tmp_path / "out"
    code, _stdout, stderr = run(
        "generate", case, "--sender", SENDER_FILE, "--date", "2020-07-23", "--lang", "de",
        "--out", out, "--templates", path.parent,
    )  # fmt: skip
    assert code == EXIT_INVALID, stderr
    assert not out.exists() or not any(out.iterdir())


def test_allow_list_is_short() -> None:
    """The documented allow-list, and nothing that formats, translates or walks classes."""
    readable = {
        kind: {name for name in dir(value) if may_read(value, name)}
        for kind, value in {"str": "x", "dict": {}, "date": dt.date(2020, 7, 23), "int": 1}.items()
    }
    assert readable == {
        "str": {
            "capitalize", "endswith", "lower", "lstrip", "replace", "rstrip", "split",
            "startswith", "strip", "title", "upper",
        },
        "dict": {"get", "items", "keys", "values"},
        "date": {"year", "month", "day", "isoformat", "weekday", "isoweekday"},
        "int": set(),
    }  # fmt: skip


def test_a_template_that_is_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path, _line = write_templates(tmp_path / "t", letter_template("{#here#}"))
    source = path.read_bytes()
    path.write_bytes(source.replace("Grüsse".encode(), "Grüsse".encode("cp1252")))
    line = source[: source.index("Grüsse".encode())].count(b"\n") + 1
    code, stdout, stderr = generate_de(path.parent, tmp_path / "out")
    assert_refused(code, stdout, stderr, path, line, "not UTF-8 text (byte 0xFC on this line)")


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ('"\\x1b[2J"', "control character U+001B (ESC) is not allowed in a text"),
        ('"a\\x00b"', "control character U+0000 (NUL) is not allowed in a text"),
        ('"\\ud800"', "U+D800 (lone surrogate) is half of a UTF-16 pair, not a character"),
        ('date_format("x")', "date_format needs a date, not str"),
    ],
    ids=["esc", "nul", "surrogate", "date-format"],
)
def test_what_a_template_outputs_is_held_to_the_rules_of_case_text(
    tmp_path: Path, expression: str, reason: str
) -> None:
    """Before: raw ESC on `--out -`, 'internal error' from the DOCX writer or the encoder."""
    source = letter_template("{{ " + expression + " }}" + HERE)
    path, _line = write_templates(tmp_path / "t", source)
    block = next(n for n, text in enumerate(source.splitlines(), 1) if "block body" in text)
    for out in ("-", str(tmp_path / "out")):
        code, stdout, stderr = generate_de(path.parent, Path(out))
        line = _line if reason.startswith("date_format") else block
        assert_refused(code, stdout, stderr, path, line, reason)
    # In a batch, one supporter's letter: that row is reported, the others are written.
    members = tmp_path / "members.csv"
    members.write_text("name,city,country,language\nA,Bern,CH,de\nB,Bern,CH,de\n", "utf-8")
    guarded = letter_template('{% if sender.name == "B" %}{{ ' + expression + " }}{% endif %}")
    write_templates(tmp_path / "t2", guarded + HERE)
    code, _stdout, stderr = run(
        "batch", CASE_FILE, "--supporters", members, "--out", tmp_path / "b",
        "--date", "2020-07-23", "--templates", tmp_path / "t2", "--format", "txt",
    )  # fmt: skip
    assert code == 6, stderr
    assert (tmp_path / "b" / "errors.csv").is_file()
    assert len(list((tmp_path / "b").glob("*/*.txt"))) == 1
