"""Combine many DOCX letters into one document: each letter its own section, on a new page.

Works on finished DOCX bytes (from `docx_fast.to_docx`), so a combined pack holds exactly the
letters that were written one by one. The first letter's package (styles, settings) is the
base; every letter keeps its own page setup (its `w:sectPr`), and headers or footers a letter
refers to are copied in under new names, so letters of other languages keep theirs.

Each letter counts its own pages: its section restarts page numbering (`w:pgNumType`, set by
the writer) and its "Page x of y" header counts with SECTIONPAGES instead of NUMPAGES, whose
stored result the writer set to the letter's predicted page count (Word computes the field;
LibreOffice 7.4 prints the stored value). A pack holds one paper size: a printer fed A4 would
otherwise print the Letter-sized pages wrong; `packs_by_paper` splits a mixed set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..archive import read_members, zip_bytes
from ..errors import AllOf, Message, OutputError

_BODY = re.compile(r"<w:body>(.*)</w:body>", re.S)
_LAST_SECT = re.compile(r"<w:sectPr\b(?:(?!<w:sectPr\b).)*</w:sectPr>\s*$", re.S)
_ROOT = re.compile(r"<w:document\b[^>]*>")
_XMLNS = re.compile(r'\sxmlns:(\w+)="[^"]*"')
_REL = re.compile(r"<Relationship\b[^>]*/>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_RID = re.compile(r'r:id="([^"]+)"')
_HEADER_FOOTER = ("/header", "/footer")
_CT_OF = {
    "/header": "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
    "/footer": "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
}


def _split_body(document: str) -> tuple[str, str]:
    """Return (content, final sectPr) of a document.xml body."""
    body = _BODY.search(document)
    if body is None:
        raise ValueError("not a WordprocessingML document: no w:body")
    inner = body.group(1)
    sect = _LAST_SECT.search(inner)
    if sect is None:
        return inner, ""
    return inner[: sect.start()], sect.group(0).strip()


_P_TAG = re.compile(r"<w:p(?=[\s>/])[^>]*?(/?)>|</w:p>")


def _last_paragraph(content: str) -> int:
    """Return where the last top-level paragraph starts (not one nested in a text box)."""
    depth, start = 0, 0
    for tag in _P_TAG.finditer(content):
        if tag.group(0) == "</w:p>":
            depth -= 1
        elif tag.group(1):  # <w:p/>
            if depth == 0:
                start = tag.start()
        else:
            if depth == 0:
                start = tag.start()
            depth += 1
    return start


def _end_section(content: str, sect: str) -> str:
    """Attach `sect` to the last paragraph of `content`, making it a section break there."""
    stripped = content.rstrip()
    if not sect:
        sect = "<w:sectPr/>"
    if stripped.endswith("</w:p>"):
        start = _last_paragraph(stripped)
        paragraph = stripped[start:]
        open_end = paragraph.index(">") + 1
        head, rest = paragraph[:open_end], paragraph[open_end:]
        # The paragraph's own properties come first; later ones may belong to a text box.
        if rest.startswith("<w:pPr>"):
            at = rest.index("</w:pPr>")
            rest = rest[:at] + sect + rest[at:]
        elif rest.startswith("<w:pPr/>"):
            rest = f"<w:pPr>{sect}</w:pPr>" + rest[len("<w:pPr/>") :]
        else:
            rest = f"<w:pPr>{sect}</w:pPr>" + rest
        return stripped[:start] + head + rest
    # A letter ending in a table or nothing: an empty paragraph carries the break.
    return stripped + f"<w:p><w:pPr>{sect}</w:pPr></w:p>"


class _Lazy:
    """The members of a zip archive, read (and decompressed) only when asked for."""

    def __init__(self, data: bytes) -> None:
        import io
        import zipfile

        self.archive = zipfile.ZipFile(io.BytesIO(data))

    def __getitem__(self, name: str) -> bytes:
        return self.archive.read(name)

    def get(self, name: str, default: bytes) -> bytes:
        try:
            return self.archive.read(name)
        except KeyError:
            return default


_NORMAL_LANG = re.compile(r'w:styleId="Normal".*?<w:lang\b([^>]*)/>.*?</w:style>', re.S)
# A run without properties; a run with empty ones (<w:rPr/>) has properties already.
_RUN_OPEN = re.compile(r"<w:r>(?!<w:rPr\b)")
_RUN_PROPS = re.compile(r"(<w:r><w:rPr>)((?:(?!</w:rPr>).)*)(</w:rPr>)", re.S)
_RUN_EMPTY_PROPS = "<w:r><w:rPr/>"


def _language(members: dict[str, bytes] | _Lazy) -> str | None:
    """Return the attributes of the Normal style's w:lang (the letter's language), if any."""
    found = _NORMAL_LANG.search(members.get("word/styles.xml", b"").decode("utf-8"))
    return found.group(1).strip() if found else None


def _tag_language(content: str, language: str | None, base: str | None) -> str:
    """Mark every run of a letter with its language where it differs from the base's.

    The styles (and so the Normal style's language) are the first letter's; a letter in
    another language says so on its runs, for spelling, hyphenation and screen readers.
    """
    if not language or language == base:
        return content
    tag = f"<w:lang {language}/>"

    def add(match: re.Match[str]) -> str:
        if "<w:lang " in match.group(2):
            return match.group(0)
        return match.group(1) + match.group(2) + tag + match.group(3)

    content = _RUN_PROPS.sub(add, content)
    content = content.replace(_RUN_EMPTY_PROPS, f"<w:r><w:rPr>{tag}</w:rPr>")
    return _RUN_OPEN.sub(f"<w:r><w:rPr>{tag}</w:rPr>", content)


def _relationships(rels: str) -> dict[str, dict[str, str]]:
    return {
        attrs["Id"]: attrs
        for attrs in (dict(_ATTR.findall(tag)) for tag in _REL.findall(rels))
        if "Id" in attrs
    }


_PAGE_SIZE = re.compile(r'<w:pgSz\b[^>]*?w:w="(\d+)"[^>]*?w:h="(\d+)"')
_PAPERS = {(11906, 16838): "A4", (12240, 15840): "Letter"}  # twips, as Word writes them
_SECTION_TOTAL = re.compile(r'w:instr=" NUMPAGES "')
_HEADER_PART = re.compile(r"word/(?:l\d+-)?(?:header|footer)\d*\.xml")


def paper_of(document: bytes) -> str:
    """Return the paper size of a DOCX letter's page setup: "A4", "Letter" or "W x H mm"."""
    text = _Lazy(document)["word/document.xml"].decode("utf-8")
    found = _PAGE_SIZE.findall(_split_body(text)[1])
    if not found:
        return "A4"  # Word's default where a section names none
    width, height = (int(x) for x in found[-1])
    for (w, h), name in _PAPERS.items():
        if abs(width - w) <= 2 and abs(height - h) <= 2:
            return name
    return f"{width * 25.4 / 1440:.0f} x {height * 25.4 / 1440:.0f} mm"


@dataclass(frozen=True)
class PaperPack:
    """The letters (positions in the given order) that share one paper size."""

    paper: str
    letters: tuple[int, ...]


def packs_by_paper(documents: Sequence[bytes]) -> list[PaperPack]:
    """Return the letters grouped by paper size, in the order each size first appears."""
    groups: dict[str, list[int]] = {}
    for number, document in enumerate(documents):
        groups.setdefault(paper_of(document), []).append(number)
    return [PaperPack(paper, tuple(letters)) for paper, letters in groups.items()]


def combine_docx(documents: Iterable[bytes]) -> bytes:
    """Return one DOCX holding every given DOCX, each in its own section on a new page.

    The letters must share a paper size (`packs_by_paper` groups them); else OutputError.
    """
    letters = list(documents)
    if not letters:
        raise ValueError("nothing to combine")
    papers = packs_by_paper(letters)
    if len(papers) > 1:
        raise OutputError(
            Message(
                "letters on %(papers)s paper cannot share one pack: a printer would print "
                "some of them at the wrong size; combine them per paper size",
                papers=AllOf(tuple(pack.paper for pack in papers)),
            )
        )
    first = read_members(letters[0])
    base = dict(first)
    order = [name for name, _ in first]
    base_doc = base["word/document.xml"].decode("utf-8")
    root = _ROOT.search(base_doc)
    assert root is not None
    namespaces = dict(re.findall(r'\sxmlns:(\w+)="([^"]*)"', root.group(0)))
    base_rels_name = "word/_rels/document.xml.rels"
    base_rels = base.get(base_rels_name, b"").decode("utf-8")
    base_language = _language(base)
    new_rels: list[str] = []
    new_types: list[str] = []
    bodies: list[str] = []
    for number, data in enumerate(letters):
        members = base if number == 0 else _Lazy(data)
        document = members["word/document.xml"].decode("utf-8")
        their_root = _ROOT.search(document)
        if their_root is not None:
            for prefix, uri in re.findall(r'\sxmlns:(\w+)="([^"]*)"', their_root.group(0)):
                namespaces.setdefault(prefix, uri)
        content, sect = _split_body(document)
        if number > 0:
            content = _tag_language(content, _language(members), base_language)
        if number > 0 and sect and _RID.search(sect):
            sect = _copy_parts(number, members, sect, base, order, new_rels, new_types)
        bodies.append(content if number == len(letters) - 1 else _end_section(content, sect))
        if number == len(letters) - 1:
            bodies.append(sect)
    head = base_doc[: root.start()]
    declared = "".join(f' xmlns:{p}="{u}"' for p, u in namespaces.items())
    root_tag = _XMLNS.sub("", root.group(0))[:-1].rstrip("/") + declared + ">"
    tail = base_doc[base_doc.index("</w:body>") :]
    base["word/document.xml"] = (
        head
        + root_tag
        + base_doc[root.end() : base_doc.index("<w:body>")]
        + "<w:body>"
        + "".join(bodies)
        + tail
    ).encode("utf-8")
    if new_rels:
        base[base_rels_name] = base_rels.replace(
            "</Relationships>", "".join(new_rels) + "</Relationships>"
        ).encode("utf-8")
        types = base["[Content_Types].xml"].decode("utf-8")
        base["[Content_Types].xml"] = types.replace(
            "</Types>", "".join(new_types) + "</Types>"
        ).encode("utf-8")
    for name in order:
        if _HEADER_PART.fullmatch(name):
            text = base[name].decode("utf-8")
            base[name] = _SECTION_TOTAL.sub('w:instr=" SECTIONPAGES "', text).encode("utf-8")
    return zip_bytes([(name, base[name]) for name in order])


def _copy_parts(
    number: int,
    members: dict[str, bytes] | _Lazy,
    sect: str,
    base: dict[str, bytes],
    order: list[str],
    new_rels: list[str],
    new_types: list[str],
) -> str:
    """Copy the headers and footers `sect` refers to into the base; return the renamed sect."""
    rels = _relationships(members.get("word/_rels/document.xml.rels", b"").decode("utf-8"))

    def rename(match: re.Match[str]) -> str:
        rel = rels.get(match.group(1))
        if rel is None or not rel.get("Type", "").endswith(_HEADER_FOOTER):
            return match.group(0)
        kind = "/header" if rel["Type"].endswith("/header") else "/footer"
        target = rel["Target"]
        new_target = f"l{number}-{target.rsplit('/', 1)[-1]}"
        new_id = f"rIdL{number}x{match.group(1)}"
        if f"word/{new_target}" not in base:
            base[f"word/{new_target}"] = members[f"word/{target}"]
            order.append(f"word/{new_target}")
            new_types.append(
                f'<Override PartName="/word/{new_target}" ContentType="{_CT_OF[kind]}"/>'
            )
            new_rels.append(
                f'<Relationship Id="{new_id}" Type="{rel["Type"]}" Target="{new_target}"/>'
            )
        return f'r:id="{new_id}"'

    return _RID.sub(rename, sect)
