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
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

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


def _plain(text: str) -> bool:
    return bool(text) and text.strip() == text and not _NOT_PLAIN.search(text)


_FIELDS = tuple(f.name for f in dataclasses.fields(Letter))


def letter_texts(letter: Letter) -> list[str]:
    """Return the marked texts of a letter (and its translation) in a fixed order."""
    texts: list[str] = []
    for name in _FIELDS:
        value = getattr(letter, name)
        if name in MARKED_FIELDS:
            if isinstance(value, str):
                texts.append(value)
            elif isinstance(value, tuple):
                texts += [p.text if isinstance(p, Paragraph) else p for p in value]
        elif isinstance(value, Letter):
            texts += letter_texts(value)
    return texts


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
    key: list[Any] = []
    for name in _FIELDS:
        value = getattr(letter, name)
        if name in MARKED_FIELDS:
            if value is None:
                key.append(None)
            elif isinstance(value, tuple):
                key.append(tuple(p.kind if isinstance(p, Paragraph) else 0 for p in value))
            else:
                key.append(1)
        else:
            key.append(_frozen(value))
    return tuple(key)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
    ) -> None:
        self.slow = slow
        self.prototype = prototype or (lambda letter, layout, plan: slow(letter, layout, plan=plan))
        self.verify = verify
        self.skeletons: dict[tuple[Any, ...], Any] = {}
        self.built = 0

    def skeleton(self, letter: Letter, layout: Layout, plan: PrintPlan) -> Skeleton | None:
        """Return the skeleton of the letter's shape, or None if it must take the slow path."""
        key = (layout, shape_of(letter), _plan_shape(plan))
        found = self.skeletons.get(key)
        if found is None:
            if len(self.skeletons) >= _CACHE_LIMIT:
                self.skeletons.clear()
            texts = letter_texts(letter)
            marks = [_mark(n) for n in range(len(texts) + len(_plan_texts(plan)))]
            prototype, marked_plan = with_texts(letter, marks), plan
            if plan.return_line.text is not None:
                return_line = dataclasses.replace(plan.return_line, text=marks[-1])
                marked_plan = dataclasses.replace(plan, return_line=return_line)
            skeleton = build_skeleton(self.prototype(prototype, layout, marked_plan))
            self.built += 1
            found = skeleton
            reference = texts + _plan_texts(plan)
            if self.verify and skeleton.fill(reference) != self.slow(letter, layout, plan=plan):
                found = _SLOW
            self.skeletons[key] = found
        return found if isinstance(found, Skeleton) else None

    def docx(self, letter: Letter, layout: Layout) -> bytes:
        """Return the letter's DOCX bytes, from its shape's skeleton where possible."""
        letter, plan = measured(letter, layout)
        texts = letter_texts(letter) + _plan_texts(plan)
        if all(_plain(t) for t in texts):
            skeleton = self.skeleton(letter, layout, plan)
            if skeleton is not None:
                return skeleton.fill(texts)
        return bytes(self.slow(letter, layout, plan=plan))
