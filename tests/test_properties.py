"""Property tests: whatever bytes, text or YAML arrive, the loaders answer with an input error.

Random bytes, random Unicode, random YAML documents (with anchors and aliases, tags, deep
nesting, control characters) and random CSV go through `load_case`, `load_sender`,
`read_supporters` and the command line (`check`, `generate -`). Every outcome must be a
loaded record or an `InputError` (exit 3 on the command line): never another exception,
never exit 1 ("internal error"), never a traceback. The limits of docs/security.md make
every input finite, so there is no timed assertion; example counts keep the file fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import ualetters
from ualetters.cli import app
from ualetters.errors import EXIT_INTERNAL, InputError
from ualetters.sources import load_case_bytes
from ualetters.textsafety import clean_terminal

from .conftest import CASE_FILE, SENDER_FILE

CASE_BYTES = CASE_FILE.read_bytes()
FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# Text that reaches for the edges: controls, separators, surrogates, BOMs, YAML syntax.
EDGY = (
    "\x00\x07\x0b\x0c\r\n\t\x1b\x7f\x85\x9b\u2028\u2029\u202e\ufeff\ufffe\ud800:-[]{}&*!|>'\"#%@`,?"
)
texts = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(EDGY)), max_size=60)
keys = st.one_of(
    st.sampled_from(["ua", "title", "persons", "name", "targets", "facts", "demands", "<<"]),
    texts,
)
scalars = st.one_of(
    texts,
    st.integers(min_value=-(10**120), max_value=10**120),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(),
)
trees = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.dictionaries(keys, children, max_size=5)
    ),
    max_leaves=40,
)


def loads_or_refuses(load: Any, *args: Any, **kwargs: Any) -> None:
    """Run a loader: a record or an InputError are both fine; any other exception fails."""
    try:
        load(*args, **kwargs)
    except InputError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message, repr(message)


@st.composite
def yaml_documents(draw: st.DrawFn) -> str:
    """Return a YAML document: a random tree, dumped with anchors where parts are shared."""
    tree = draw(trees)
    if draw(st.booleans()) and isinstance(tree, list | dict):
        # The same object twice makes PyYAML write an anchor and an alias.
        shared = draw(trees)
        tree = {"a": shared, "b": [shared, shared], "c": tree}
    text = yaml.safe_dump(tree, allow_unicode=draw(st.booleans()), sort_keys=False)
    edit = draw(st.sampled_from(["none", "tag", "nest", "splice", "bomb"]))
    if edit == "tag":
        tag = draw(st.sampled_from(["!!binary", "!!set", "!!python/object:os.system", "!x"]))
        text = f"k: {tag} {text!r}\n"
    elif edit == "nest":
        depth = draw(st.integers(min_value=30, max_value=3000))
        text = "k: " + "[" * depth + "]" * depth + "\n" + text
    elif edit == "splice":
        # Random characters dropped into the dump: broken syntax, raw controls.
        at = draw(st.integers(min_value=0, max_value=len(text)))
        text = text[:at] + draw(texts) + text[at:]
    elif edit == "bomb":
        levels = draw(st.integers(min_value=1, max_value=12))
        lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
        lines += [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 10) + "]" for n in range(1, levels)]
        text = "\n".join(lines) + "\n" + text
    return text


# --- the library ----------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_as_a_case(raw: bytes) -> None:
    loads_or_refuses(load_case_bytes, raw, "random.yaml")


@FAST
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=len(CASE_BYTES)))
def test_random_bytes_spliced_into_the_example(raw: bytes, at: int) -> None:
    loads_or_refuses(load_case_bytes, CASE_BYTES[:at] + raw + CASE_BYTES[at:], "spliced.yaml")


@FAST
@given(texts)
def test_random_unicode_as_case_text(text: str) -> None:
    loads_or_refuses(ualetters.load_case, text + "\n")


@settings(FAST, max_examples=120)
@given(yaml_documents())
def test_random_yaml_as_a_case(text: str) -> None:
    loads_or_refuses(ualetters.load_case, text + "\n", name="random.yaml")


@FAST
@given(trees)
def test_random_mappings_given_to_the_api(tree: Any) -> None:
    loads_or_refuses(ualetters.load_case, {"ua": "UA 1/20", "persons": tree, "title": tree})
    loads_or_refuses(ualetters.load_sender, {"name": tree, "city": "Bern", "country": "CH"})


@FAST
@given(yaml_documents(), st.sampled_from([".yaml", ".toml"]), st.binary(max_size=60))
def test_random_sender_files(tmp_path_factory: Any, text: str, suffix: str, raw: bytes) -> None:
    folder = tmp_path_factory.mktemp("sender")
    document = folder / f"sender{suffix}"
    document.write_text(text, encoding="utf-8", errors="surrogatepass")
    loads_or_refuses(ualetters.load_sender, document)
    document.write_bytes(SENDER_FILE.read_bytes()[:40] + raw)
    loads_or_refuses(ualetters.load_sender, document)


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """Return CSV bytes: a usable header, then random rows, in a random encoding."""
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    header = delimiter.join(["name", "street", "city", "country", "language", "note"])
    cells = st.one_of(texts, st.sampled_from(["CH", "de", "Bern", '=HYPERLINK("x")', ""]))
    rows = draw(st.lists(st.lists(cells, max_size=8), max_size=8))
    body = "\n".join(delimiter.join(row) for row in rows)
    text = header + "\n" + body
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "raw"]))
    if encoding == "raw":
        return text.encode("utf-8", "surrogatepass") + draw(st.binary(max_size=40))
    return text.encode(encoding, "replace" if encoding == "cp1252" else "surrogatepass")


@FAST
@given(st.one_of(csv_files(), st.binary(max_size=300)))
def test_random_supporters_csv(tmp_path_factory: Any, raw: bytes) -> None:
    members = tmp_path_factory.mktemp("members") / "members.csv"
    members.write_bytes(raw)
    loads_or_refuses(ualetters.read_supporters, members)


@settings(FAST, max_examples=25)
@given(st.binary(min_size=1, max_size=300))
def test_random_bytes_as_an_xlsx(tmp_path_factory: Any, raw: bytes) -> None:
    members = tmp_path_factory.mktemp("members") / "members.xlsx"
    members.write_bytes(b"PK\x03\x04" + raw)
    loads_or_refuses(ualetters.read_supporters, members)


# --- the command line -----------------------------------------------------------------------


def no_internal_error(result: Any) -> None:
    assert result.exit_code != EXIT_INTERNAL, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def utf8(text: str) -> bytes:
    """Return `text` as UTF-8; a lone surrogate (which `st.characters()` may draw) as the
    three bytes a careless encoder writes for it, which a reader must refuse."""
    return text.encode("utf-8", "surrogatepass")


@settings(FAST, max_examples=40)
@given(st.one_of(st.binary(max_size=300), yaml_documents().map(utf8)))
def test_generate_from_stdin(payload: bytes) -> None:
    args = ["generate", "-", "--sender", str(SENDER_FILE), "--date", "2020-07-23", "--out", "-"]
    no_internal_error(CliRunner().invoke(app, args, input=payload))


@settings(FAST, max_examples=40)
@given(st.one_of(st.binary(max_size=300), yaml_documents().map(utf8)))
def test_check_of_random_files(tmp_path_factory: Any, payload: bytes) -> None:
    case = Path(tmp_path_factory.mktemp("case")) / "case.yaml"
    case.write_bytes(payload)
    result = CliRunner().invoke(app, ["check", str(case), "--date", "2020-07-23"])
    no_internal_error(result)
    # Nothing a terminal would obey: no controls but line feed and tab, no bidi overrides.
    assert clean_terminal(result.stderr) == result.stderr
    assert clean_terminal(result.stdout) == result.stdout
