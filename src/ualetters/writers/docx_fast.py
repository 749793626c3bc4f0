"""Fast DOCX: python-docx builds each letter *shape* once; every letter only fills in its text.

A letter's structure (which paragraphs and frames exist and how they are formatted) depends
on its layout, language and the number and kind of its lines, never on the words in them.
So for each new shape, `docx.build_document` builds a prototype letter whose texts are
numbered markers; its serialized parts become templates (static parts are compressed once).
A letter of that shape is then the template with its escaped texts in place of the markers,
zipped by `archive.zip_bytes` like every DOCX: the bytes are identical to building the letter
with python-docx. tests/test_docx_fast.py proves that on letters of many shapes and scripts;
`DocxCache(verify=True)` also checks each new shape at run time against python-docx (and
falls back to python-docx for good if they ever differ).

What `build_document` may look at to decide structure must be part of `shape_of`: lengths,
paragraph kinds, the layout and the non-text fields of the `Letter` are; the words are not.
If `build_document` ever branches on the words (say, on their script), add that to `shape_of`.

A prototype is also kept in the cache on disk (`diskcache`), named by its shape and the
source of the code that built it: one letter of a known shape then never imports
python-docx (~90 ms of start-up). A prototype read back is untrusted data and is checked
before use (`checked_skeleton`: a zip of the parts a letter has, well-formed XML without a
DTD, only markers of the letter's texts); one that fails is built anew.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .. import diskcache
from ..archive import Entry, entry, read_members, zip_bytes
from ..layouts import Layout
from ..letter import Letter, Paragraph
from ..printfit import PrintPlan, measured

# Letter fields whose words are filled in per letter; every other field is part of the shape.
MARKED_FIELDS = frozenset(
    {
        "ua",
        "sender_name",
        "sender_lines",
        "recipient_lines",
        "place_date",
        "subject",
        "salutation",
        "paragraphs",
        "closing",
        "signature",
        "copies",
        "recipient_email",
        "copy_emails",
        "sender_email",
        "email_subject",
        "fax_line",
        "copy_of",
    }
)

_MARK = re.compile("\ue000(\\d+)\ue001")
# Texts python-docx would not copy verbatim into one <w:t> (tabs, breaks, edge spaces,
# characters XML forbids) or that could be taken for a marker: such letters take the slow path.
# Right-to-left text takes it too: `docx._bidi` decides per paragraph from the words' script,
# which a marker cannot carry (the blocks of Hebrew, Arabic, Syriac, Thaana, NKo and their
# presentation forms hold every character of bidi class R or AL).
_NOT_PLAIN = re.compile(
    "[\x00-\x1f\ud800-\udfff\ue000\ue001\ufffe\uffff"
    "\u200f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def _mark(number: int) -> str:
    return f"\ue000{number}\ue001"


def _plain(texts: list[str]) -> bool:
    """Say whether every text can stand in a marker's place as it is (one search for all)."""
    return all(text and text.strip() == text for text in texts) and not _NOT_PLAIN.search(
        "\ue002".join(texts)  # a joint outside _NOT_PLAIN, so it finds only the texts' own
    )


_FIELDS = tuple(f.name for f in dataclasses.fields(Letter))


def texts_and_shape(letter: Letter) -> tuple[list[str], tuple[Any, ...]]:
    """Return the marked texts of a letter in a fixed order, and its shape, in one pass.

    The shape is what decides a letter's structure: everything but the words of its texts.
    """
    texts: list[str] = []
    key: list[Any] = []
    for name in _FIELDS:
        value = getattr(letter, name)
        if name in MARKED_FIELDS:
            if value is None:
                key.append(None)
            elif isinstance(value, tuple):
                kinds: list[Any] = []
                for part in value:
                    if isinstance(part, Paragraph):
                        texts.append(part.text)
                        kinds.append(part.kind)
                    else:
                        texts.append(part)
                        kinds.append(0)
                key.append(tuple(kinds))
            else:
                if isinstance(value, str):
                    texts.append(value)
                key.append(1)
        elif isinstance(value, Letter):
            inner, shape = texts_and_shape(value)
            texts += inner
            key.append(shape)
        else:
            key.append(_frozen(value))
    return texts, tuple(key)


def letter_texts(letter: Letter) -> list[str]:
    """Return the marked texts of a letter (and its translation) in a fixed order."""
    return texts_and_shape(letter)[0]


def with_texts(letter: Letter, texts: Sequence[str]) -> Letter:
    """Return `letter` with its marked texts replaced by `texts` (in `letter_texts` order)."""
    feed = iter(texts)
    return _replace(letter, feed)


def _replace(letter: Letter, feed: Any) -> Letter:
    changes: dict[str, Any] = {}
    for field in dataclasses.fields(letter):
        value = getattr(letter, field.name)
        if field.name in MARKED_FIELDS:
            if isinstance(value, str):
                changes[field.name] = next(feed)
            elif isinstance(value, tuple):
                changes[field.name] = tuple(
                    Paragraph(next(feed), p.kind) if isinstance(p, Paragraph) else next(feed)
                    for p in value
                )
        elif isinstance(value, Letter):
            changes[field.name] = _replace(value, feed)
    return dataclasses.replace(letter, **changes)


def _frozen(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, Letter):
        return shape_of(value)
    return value


def shape_of(letter: Letter) -> tuple[Any, ...]:
    """Return what decides a letter's structure: everything but the words of its texts."""
    return texts_and_shape(letter)[1]


def _escape_text(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:  # most texts have none: three scans, no copy
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _escape_attr(text: str) -> str:
    return _escape_text(text).replace('"', "&quot;")


@dataclass(frozen=True)
class _Dynamic:
    """A part with markers: literal pieces between (text number, in-attribute) pairs."""

    name: str
    pieces: tuple[str, ...]
    slots: tuple[tuple[int, bool], ...]


def _dynamic(name: str, text: str) -> _Dynamic:
    pieces: list[str] = []
    slots: list[tuple[int, bool]] = []
    start = 0
    for match in _MARK.finditer(text):
        before = text[start : match.start()]
        pieces.append(before)
        # Inside a tag (an attribute value) if the last '<' comes after the last '>'.
        so_far = text[: match.start()]
        slots.append((int(match.group(1)), so_far.rfind("<") > so_far.rfind(">")))
        start = match.end()
    pieces.append(text[start:])
    return _Dynamic(name, tuple(pieces), tuple(slots))


class Skeleton:
    """The parts of one letter shape: static parts compressed once, the rest as templates."""

    def __init__(self, members: list[Entry | _Dynamic]) -> None:
        self.members = members

    def fill(self, texts: Sequence[str]) -> bytes:
        """Return the DOCX bytes of a letter of this shape with `texts`."""
        plain = [_escape_text(t) for t in texts]
        members: list[Entry | tuple[str, bytes]] = []
        for member in self.members:
            if isinstance(member, Entry):
                members.append(member)
                continue
            parts: list[str] = []
            for piece, (number, in_attr) in zip(member.pieces, member.slots, strict=False):
                parts.append(piece)
                parts.append(_escape_attr(texts[number]) if in_attr else plain[number])
            parts.append(member.pieces[-1])
            members.append((member.name, "".join(parts).encode("utf-8")))
        return zip_bytes(members)


def build_skeleton(prototype_bytes: bytes) -> Skeleton:
    """Turn the DOCX of a prototype letter (texts are markers) into a skeleton."""
    members: list[Entry | _Dynamic] = []
    for name, raw in read_members(prototype_bytes):
        text = raw.decode("utf-8") if name.endswith((".xml", ".rels")) else ""
        if _MARK.search(text):
            members.append(_dynamic(name, text))
        else:
            members.append(entry(name, raw))
    return Skeleton(members)


_SLOW = object()  # marks a shape whose skeleton did not reproduce python-docx's bytes
Split = tuple[list[str], tuple[Any, ...]]  # a letter's texts and shape
_CACHE_LIMIT = 256


def _plan_texts(plan: PrintPlan) -> list[str]:
    """Return the texts a plan adds to a letter's (the return line, possibly shortened)."""
    return [plan.return_line.text] if plan.return_line.text is not None else []


def _plan_shape(plan: PrintPlan) -> tuple[Any, ...]:
    """Return the plan without its words: the part of it that decides structure."""
    back = plan.return_line
    frame = (back.size, back.left, back.top, back.width, back.height, back.text is None)
    return (plan.recipient, plan.pages, frame)


class DocxCache:
    """Skeletons by letter shape, print plan and layout, built on first use.

    `slow(letter, layout, plan=None)` returns the normalized bytes python-docx writes, the
    reference a skeleton must reproduce; `prototype(letter, layout, plan)` the DOCX of a
    letter as python-docx writes it (zip details aside), by default `slow`. A prototype's texts
    are markers, so its plan is the real letter's, never one measured from the markers.
    """

    def __init__(
        self,
        slow: Callable[..., bytes],
        prototype: Callable[[Letter, Layout, PrintPlan], bytes] | None = None,
        *,
        verify: bool = False,
        disk: bool = False,
    ) -> None:
        self.slow = slow
        self.prototype = prototype or (lambda letter, layout, plan: slow(letter, layout, plan=plan))
        self.verify = verify
        self.disk = disk and not verify  # prototypes kept in the cache on disk
        self.skeletons: dict[tuple[Any, ...], Any] = {}
        self.built = 0

    def skeleton(
        self, letter: Letter, layout: Layout, plan: PrintPlan, split: Split | None = None
    ) -> Skeleton | None:
        """Return the skeleton of the letter's shape, or None if it must take the slow path.

        `split` is the letter's `texts_and_shape`, if known already.
        """
        texts, shape = split or texts_and_shape(letter)
        key = (layout, shape, _plan_shape(plan))
        found = self.skeletons.get(key)
        if found is None:
            if len(self.skeletons) >= _CACHE_LIMIT:
                self.skeletons.clear()
            marks = [_mark(n) for n in range(len(texts) + len(_plan_texts(plan)))]
            prototype, marked_plan = with_texts(letter, marks), plan
            if plan.return_line.text is not None:
                return_line = dataclasses.replace(plan.return_line, text=marks[-1])
                marked_plan = dataclasses.replace(plan, return_line=return_line)
            count = len(marks)
            stored = _shape_name(key) if self.disk else None
            skeleton = _from_disk(stored, count)
            if skeleton is None:
                made = self.prototype(prototype, layout, marked_plan)
                skeleton = build_skeleton(made)
                self.built += 1
                if stored is not None:
                    diskcache.store(SHAPES, stored, made)
            found = skeleton
            reference = texts + _plan_texts(plan)
            if self.verify and skeleton.fill(reference) != self.slow(letter, layout, plan=plan):
                found = _SLOW
            self.skeletons[key] = found
        return found if isinstance(found, Skeleton) else None

    def docx(self, letter: Letter, layout: Layout) -> bytes:
        """Return the letter's DOCX bytes, from its shape's skeleton where possible."""
        letter, plan = measured(letter, layout)
        split = texts_and_shape(letter)
        texts = split[0] + _plan_texts(plan)
        if _plain(texts):
            skeleton = self.skeleton(letter, layout, plan, split)
            if skeleton is not None:
                return skeleton.fill(texts)
        return bytes(self.slow(letter, layout, plan=plan))


# --- prototypes kept on disk -----------------------------------------------------------------

SHAPES = "docx-shapes"
# A prototype is ~10-30 KB; these bounds hold every letter by far and stop a planted bomb.
MAX_SHAPE_BYTES = 1_000_000
MAX_PART_BYTES = 2_000_000
MAX_PARTS = 40
# The parts a letter's DOCX has (docx_base's package, headers, their relationships).
_PART_NAME = re.compile(
    r"\[Content_Types\]\.xml|_rels/\.rels|docProps/(?:core|app)\.xml"
    r"|word/[a-zA-Z]+[0-9]*\.xml|word/theme/theme1\.xml|word/_rels/[a-zA-Z]+[0-9]*\.xml\.rels"
)
# The code that builds a prototype: a change to it is a change of every shape's name.
_BUILDERS = (
    "ualetters.writers.docx",
    "ualetters.writers.docx_base",
    "ualetters.writers.docx_fast",
    "ualetters.printfit",
    "docx",
    "lxml",
)
_code: list[bytes] = []


def _shape_name(key: tuple[Any, ...]) -> str | None:
    """Return the name of a shape's prototype on disk, or None if its key has no fixed text."""
    described = _canonical(key)
    if described is None:
        return None
    if not _code:
        _code.append(diskcache.source_of(*_BUILDERS))
    return diskcache.key("docx-shape", _code[0], described)


def _canonical(value: Any) -> str | None:
    """Return a text that names `value` the same in every process (not `repr` of a set)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return repr(value)
    if isinstance(value, (tuple, list)):
        parts = [_canonical(v) for v in value]
        return None if None in parts else "(" + ",".join(parts) + ")"  # type: ignore[arg-type]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = _canonical([getattr(value, f.name) for f in dataclasses.fields(value)])
        return None if inner is None else type(value).__name__ + inner
    if isinstance(value, dict):
        return _canonical(sorted(value.items()))
    if isinstance(value, dt.date):
        return repr(value)
    return None  # a kind of value not known to print the same everywhere: no disk cache


def _from_disk(name: str | None, count: int) -> Skeleton | None:
    """Return the skeleton of a prototype kept on disk, if there is one that passes the checks."""
    if name is None:
        return None
    data = diskcache.load(SHAPES, name, MAX_SHAPE_BYTES)
    return None if data is None else checked_skeleton(data, count)


def checked_skeleton(data: bytes, count: int) -> Skeleton | None:
    """Return the skeleton of an untrusted prototype with markers 0..count-1, or None.

    The prototype must be a zip of at most MAX_PARTS parts of known names, each well-formed
    XML in UTF-8 without a DTD (so without entities), and hold no marker but the letter's.
    """
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_PART_BYTES:
                return None
            names = [info.filename for info in infos]
            if not {"[Content_Types].xml", "word/document.xml"} <= set(names):
                return None
            if len(set(names)) != len(names) or not all(_PART_NAME.fullmatch(n) for n in names):
                return None
            members = [(info.filename, archive.read(info)) for info in infos]
        for _name, raw in members:
            text = raw.decode("utf-8")
            if not _well_formed(raw):
                return None
            if any(int(number) >= count for number in _MARK.findall(text)):
                return None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return None  # UnicodeDecodeError and a bad number are ValueErrors
    return build_skeleton(data)


def _well_formed(raw: bytes) -> bool:
    """Say whether `raw` is well-formed XML with no document type declaration."""
    from xml.parsers import expat

    def refuse(*_: Any) -> None:
        raise ValueError("a DTD")

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(raw, True)
    except expat.ExpatError:
        return False
    return True


# --- the DOCX writer's entry -------------------------------------------------------------------


def _slow(letter: Letter, layout: Layout, *, plan: PrintPlan | None = None) -> bytes:
    from .docx import to_docx_slow  # python-docx: only for a shape not built yet

    return to_docx_slow(letter, layout, plan=plan)


def _prototype(letter: Letter, layout: Layout, plan: PrintPlan) -> bytes:
    from .docx import prototype_bytes

    return prototype_bytes(letter, layout, plan)


_CACHE = DocxCache(_slow, _prototype, disk=True)


def to_docx(letter: Letter, layout: Layout, *, fold_marks: bool | None = None) -> bytes:
    """Return the letter as DOCX bytes.

    The bytes are those of `docx.to_docx_slow`; they are made from a skeleton of the
    letter's shape, ~100 times faster. Marks belong to the layout, which is part of the
    skeleton's shape.
    """
    if fold_marks is not None and fold_marks != layout.marks:
        layout = dataclasses.replace(layout, marks=fold_marks)
    return _CACHE.docx(letter, layout)


def clear_cache(*, disk: bool = True) -> None:
    """Forget every letter shape built so far (for benchmarks that time building them).

    With `disk` False, shapes are not read from or kept in the cache on disk either.
    """
    global _CACHE
    _CACHE = DocxCache(_slow, _prototype, disk=disk)
