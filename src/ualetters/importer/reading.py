"""The text of a UA from what a user gives: a text, HTML, PDF or DOCX file, stdin or an address.

Every document is untrusted (docs/security.md, "Imported documents"): its size is capped
before it is read whole, its kind is told by its bytes (not its name), and each reader has
limits of its own (pages and characters of a PDF, members and unpacked size of a DOCX, no
external entities, no scripts). A refused document raises `SourceError`: one line naming
the document, exit code 3, and nothing is written.

The readers (inscriptis, pypdf, python-docx) are imported only when a document needs them.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import InputError, Message, Number, os_reason

# A saved UA page is 0.1-1 MB, a UA PDF 0.1-3 MB; ten times that is no UA.
MAX_SOURCE_BYTES = 20_000_000
# The text a document may give (a UA is 5,000-30,000 characters; 16 PDF pages some 60,000).
MAX_TEXT_CHARS = 300_000
MAX_PDF_PAGES = 60
# A DOCX is a zip archive: members, their unpacked size, and how much each may grow.
MAX_DOCX_MEMBERS = 1_000
MAX_DOCX_UNPACKED = 100_000_000
MAX_DOCX_RATIO = 200
# Fetching an address.
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5
STDIN_NAME = "<stdin>"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class SourceError(InputError):
    """A document cannot be imported: unreadable, too large, or not a UA."""


@dataclass(frozen=True)
class Document:
    """The text of a document, where it came from, and what kind it was."""

    text: str
    name: str
    kind: str  # text, html, pdf, docx
    url: str | None = None


def read_source(source: str, *, stdin: BinaryIO | None = None) -> Document:
    """Return the text of a file path, `-` (stdin) or an http(s) address."""
    if source == "-":
        if stdin is None:
            raise SourceError(Message("no standard input to read"), source=STDIN_NAME)
        data = stdin.read(MAX_SOURCE_BYTES + 1)
        _check_size(len(data), STDIN_NAME)
        return document(data, STDIN_NAME)
    if re.match(r"^[a-z][a-z0-9+.-]*://", source, re.I):
        data, url, content_type = fetch(source)
        return document(data, source, url=url, content_type=content_type)
    path = Path(source)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_SOURCE_BYTES + 1)
    except FileNotFoundError:
        raise SourceError(Message("file not found"), source=source) from None
    except IsADirectoryError:
        raise SourceError(Message("is a folder, not a file"), source=source) from None
    except OSError as exc:
        raise SourceError(
            Message("cannot read: %(reason)s", reason=os_reason(exc)), source=source
        ) from None
    _check_size(len(data), source)
    return document(data, source)


def _check_size(size: int, name: str) -> None:
    if size > MAX_SOURCE_BYTES:
        raise SourceError(
            Message(
                "larger than %(limit)s MB; a UA is a few pages (save the UA's own page or PDF)",
                limit=MAX_SOURCE_BYTES // 1_000_000,
            ),
            source=name,
        )
    if size == 0:
        raise SourceError(Message("is empty"), source=name)


def document(data: bytes, name: str, *, url: str | None = None, content_type: str = "") -> Document:
    """Return the text of a document's bytes, read by the reader its kind needs."""
    if data.startswith(b"%PDF-"):
        return Document(pdf_text(data, name), name, "pdf", url)
    if data.startswith(b"PK\x03\x04"):
        return Document(docx_text(data, name), name, "docx", url)
    head = data[:4096].lower()
    if "html" in content_type or re.search(
        rb"<!doctype html|<html|<head[ >]|<body[ >]|<p>|<div[ >]", head
    ):
        text, canonical = html_text(data, name, content_type)
        return Document(text, name, "html", url or canonical)
    return Document(plain_text(data, name), name, "text", url)


def _limit_text(text: str, name: str) -> str:
    if len(text) > MAX_TEXT_CHARS:
        raise SourceError(
            Message(
                "its text is longer than %(limit)s characters; a UA is a few pages",
                limit=Number(MAX_TEXT_CHARS),
            ),
            source=name,
        )
    if not text.strip():
        raise SourceError(Message("holds no text"), source=name)
    return text


def plain_text(data: bytes, name: str) -> str:
    """Return the text of a plain-text document (UTF-8, or UTF-16 with a byte-order mark)."""
    from ..sources import decode_utf16, looks_like_utf16

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _limit_text(decode_utf16(data, name, SourceError), name)
    if b"\x00" in data[:65536]:
        reason = (
            Message("UTF-16 text without a byte-order mark; save the file as UTF-8")
            if looks_like_utf16(data)
            else Message("binary content, not a text, HTML, PDF or DOCX document")
        )
        raise SourceError(reason, source=name)
    try:
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > len(text) // 100:
            raise SourceError(
                Message("not text in UTF-8 or Windows-1252 (binary content?); save it as UTF-8"),
                source=name,
            ) from None
    controls = sum(1 for char in text[:65536] if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > 20:
        raise SourceError(
            Message("binary content, not a text, HTML, PDF or DOCX document"), source=name
        )
    return _limit_text(text, name)


def _html_encoding(data: bytes, content_type: str) -> str:
    declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    header = re.search(r"charset=([\w-]+)", content_type, re.I)
    for candidate in (
        header.group(1) if header else None,
        declared.group(1).decode() if declared else None,
    ):
        if candidate:
            try:
                codecs.lookup(candidate)
                return candidate
            except LookupError:
                continue
    return "utf-8"


def html_text(data: bytes, name: str, content_type: str = "") -> tuple[str, str | None]:
    """Return the text of an HTML page (blocks on lines of their own), and its canonical address.

    inscriptis renders the page as text the way a browser lays out its blocks (paragraphs,
    list items, table cells, line breaks), and never runs a script or loads anything.
    """
    from inscriptis import get_text
    from inscriptis.model.config import ParserConfig
    from lxml import html as lxml_html

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        markup = data.decode("utf-16", errors="replace")
    else:
        markup = data.removeprefix(codecs.BOM_UTF8).decode(
            _html_encoding(data, content_type), errors="replace"
        )
    markup = re.sub(r"<\?xml[^>]*>", "", markup[:200]) + markup[200:]
    try:
        # lxml's HTML parser loads no DTD and no external entity; huge_tree stays off.
        tree = lxml_html.document_fromstring(markup, parser=lxml_html.HTMLParser(no_network=True))
    except Exception:  # lxml raises several kinds on empty or broken markup
        raise SourceError(Message("not a readable HTML page"), source=name) from None
    canonical = None
    for query in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        found = tree.xpath(query)
        if found:
            canonical = str(found[0])
            break
    for element in tree.xpath("//script|//style|//noscript|//template|//nav|//footer|//iframe"):
        element.drop_tree()
    text = get_text(lxml_html.tostring(tree, encoding="unicode"), ParserConfig(display_links=False))
    return _limit_text(text, name), canonical


def pdf_text(data: bytes, name: str) -> str:
    """Return the text of a PDF's pages (pypdf; no scripts run, streams' sizes capped by pypdf)."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # malformed PDFs log warnings per object
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceError(Message("the PDF is protected by a password"), source=name)
        pages = len(reader.pages)
        if pages > MAX_PDF_PAGES:
            raise SourceError(
                Message(
                    "the PDF has %(pages)s pages, more than the %(limit)s a UA can have",
                    pages=Number(pages),
                    limit=Number(MAX_PDF_PAGES),
                ),
                source=name,
            )
        texts: list[str] = []
        size = 0
        for page in reader.pages:
            text = page_text(page)
            size += len(text)
            if size > MAX_TEXT_CHARS:
                _limit_text("x" * size, name)
            texts.append(text)
    except SourceError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        OSError,
        RecursionError,
        NotImplementedError,
    ):
        raise SourceError(Message("not a readable PDF"), source=name) from None
    text = "\n\n".join(texts)
    if not text.strip():
        raise SourceError(
            Message(
                "the PDF has no text, only images (a scan?); run text recognition (OCR) on it "
                "first, or copy the text from the UA's web page"
            ),
            source=name,
        )
    return _limit_text(text, name)


def page_text(page: Any) -> str:
    """Return a PDF page's text with each column of a two-column part read whole.

    pypdf's plain extraction reads a page line by line across the whole width, so two
    target blocks printed side by side come out interleaved ("President ... Ambassador ...
    Xi Jinping Embassy of ..."). Its layout mode keeps each line's characters where they
    stand; `columns` finds the gutter in it and reads the left column, then the right one.
    Layout mode is kept only if it loses no text that plain mode reads; it adds no blank
    lines for vertical space (a bullet drawn in a taller font would break its item), so
    a page of one column reads as in plain mode.
    """
    plain = page.extract_text() or ""
    try:
        laid_out = (
            page.extract_text(extraction_mode="layout", layout_mode_space_vertically=False) or ""
        )
    except Exception:  # layout mode is younger than plain mode; a page it fails is read plain
        return plain

    def letters(text: str) -> int:
        return sum(1 for char in text if char.isalnum())

    if letters(laid_out) < 0.97 * letters(plain):
        return plain
    return "\n".join(columns(laid_out.split("\n")))


# A gutter between two columns: at least this many spaces, and text on both sides of it in
# at least this many lines of a run of lines that nothing crosses.
_GUTTER = 3
_COLUMN_LINES = 3
_MIN_COLUMN = 15


def columns(lines: list[str]) -> list[str]:
    """Return a page's laid-out lines with each two-column part as its left, then right column."""
    lines = [line.rstrip() for line in lines]
    out: list[str] = []
    number = 0
    while number < len(lines):
        region = _column_region(lines, number)
        if region is None:
            out.append(lines[number].strip())
            number += 1
            continue
        end, gutter = region
        left = [lines[n][:gutter].strip() for n in range(number, end)]
        right = [lines[n][gutter:].strip() for n in range(number, end)]
        out += [*left, "", *right, ""]
        number = end
    # A column's end is a blank line; a page's empty lines say no more than one.
    squeezed: list[str] = []
    for line in out:
        if line or (squeezed and squeezed[-1]):
            squeezed.append(line.strip())
    return squeezed


def _right_starts(line: str) -> list[int]:
    """Return where text starts after a gap of `_GUTTER` spaces with text before it."""
    return [
        match.end()
        for match in re.finditer(rf" {{{_GUTTER},}}(?=\S)", line)
        if line[: match.start()].strip() and match.end() >= _MIN_COLUMN
    ]


def _clear(line: str, gutter: int) -> bool:
    """Say whether nothing runs across the gutter: the line ends before it, or spaces precede it."""
    return len(line) < gutter - 1 or line[gutter - 2 : gutter] == "  "


def _column_region(lines: list[str], number: int) -> tuple[int, int] | None:
    """Return (end, gutter) of a two-column part that begins at line `number`.

    Labels aligned with their values ("Fax:      +86 ...") are one column, not two.
    """
    for gutter in _right_starts(lines[number]):
        end = number
        while end < len(lines) and _clear(lines[end], gutter):
            end += 1
        region = [line for line in lines[number:end] if gutter in _right_starts(line)]
        labels = sum(1 for line in region if line[:gutter].rstrip().endswith(":"))
        if len(region) >= _COLUMN_LINES and labels * 2 < len(region):
            return end, gutter
    return None


def docx_text(data: bytes, name: str) -> str:
    """Return the text of a Word document: its paragraphs and table cells, bullets kept."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SourceError(
            Message("not a readable DOCX (a broken zip archive)"), source=name
        ) from None
    _check_archive(members, name)
    if "word/document.xml" not in {member.filename for member in members}:
        raise SourceError(Message("a zip archive, but not a Word document (DOCX)"), source=name)
    from docx import Document as open_docx

    try:
        word = open_docx(io.BytesIO(data))
    except Exception:  # python-docx and lxml raise many kinds on a broken package
        raise SourceError(Message("not a readable DOCX"), source=name) from None
    lines: list[str] = []
    body = word.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph(child))
        elif tag == "tbl":
            for cell_paragraph in child.iter("{*}p"):
                lines.append(_paragraph(cell_paragraph))
            lines.append("")
    return _limit_text("\n".join(lines), name)


def _paragraph(element: Any) -> str:
    """Return a paragraph's text, with a bullet when Word numbers it as a list item."""
    parts = []
    for node in element.iter("{*}t", "{*}tab", "{*}br"):
        tag = node.tag.rsplit("}", 1)[-1]
        parts.append(node.text or "" if tag == "t" else ("\t" if tag == "tab" else "\n"))
    text = "".join(parts)
    style = element.find("{*}pPr/{*}pStyle")
    style_name = (style.get(f"{{{_W}}}val") or "") if style is not None else ""
    numbered = element.find("{*}pPr/{*}numPr") is not None or "list" in style_name.lower()

    return f"• {text}" if numbered and text.strip() else text


def _check_archive(members: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse a zip archive that would unpack to far more than a UA (a zip bomb)."""
    if len(members) > MAX_DOCX_MEMBERS:
        raise SourceError(
            Message("the DOCX holds %(count)d parts, more than a document has", count=len(members)),
            source=name,
        )
    unpacked = sum(member.file_size for member in members)
    growth = max(
        (
            member.file_size / max(member.compress_size, 1)
            for member in members
            if member.file_size > 1_000_000
        ),
        default=1,
    )
    if unpacked > MAX_DOCX_UNPACKED or growth > MAX_DOCX_RATIO:
        raise SourceError(
            Message("the DOCX would unpack to far more than a document (a zip bomb?)"),
            source=name,
        )


def fetch(url: str) -> tuple[bytes, str, str]:
    """Return the bytes, final address and content type of an http(s) address.

    With a timeout, a size cap, and no redirect to another scheme (file:, ftp:) or beyond
    MAX_REDIRECTS.
    """
    import urllib.error
    import urllib.parse
    import urllib.request

    if not re.match(r"^https?://", url, re.I):
        raise SourceError(
            Message("only http:// and https:// addresses can be imported"), source=url
        )

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
            target = headers.get("Location") or headers.get("URI") or ""
            absolute = urllib.parse.urljoin(req.full_url, target)
            if not re.match(r"^https?://", absolute, re.I):
                raise SourceError(
                    Message(
                        "the server redirects to %(target)s, which is not an http:// or "
                        "https:// address",
                        target=absolute,
                    ),
                    source=url,
                )
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    opener = urllib.request.build_opener(Redirects())
    request = urllib.request.Request(
        url, headers={"User-Agent": "ualetters-import", "Accept": "text/html,application/pdf,*/*"}
    )
    try:
        with opener.open(request, timeout=FETCH_TIMEOUT) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > MAX_SOURCE_BYTES:
                _check_size(int(declared), url)
            data = response.read(MAX_SOURCE_BYTES + 1)
            final = response.geturl()
            content_type = response.headers.get("Content-Type", "")
    except SourceError:
        raise
    except urllib.error.HTTPError as exc:
        raise SourceError(
            Message("the server answered %(code)d %(reason)s", code=exc.code, reason=exc.reason),
            source=url,
        ) from None
    except urllib.error.URLError as exc:
        raise SourceError(
            Message("cannot fetch: %(why)s", why=str(exc.reason)), source=url
        ) from None
    except TimeoutError:
        raise SourceError(
            Message("no answer within %(seconds)d seconds", seconds=int(FETCH_TIMEOUT)), source=url
        ) from None
    except (OSError, ValueError) as exc:
        raise SourceError(Message("cannot fetch: %(why)s", why=str(exc)), source=url) from None
    _check_size(len(data), url)
    return data, final, content_type
