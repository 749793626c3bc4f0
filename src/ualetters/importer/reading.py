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
import contextlib
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
# Tags of an HTML page, counted before it is parsed (a saved UA page has a few thousand).
MAX_HTML_TAGS = 200_000
# How deep lxml's HTML parser nests elements; it drops what lies deeper without a word.
HTML_MAX_DEPTH = 255
# A DOCX is a zip archive: members, their unpacked size, and how much each may grow.
MAX_DOCX_MEMBERS = 1_000
MAX_DOCX_UNPACKED = 100_000_000
MAX_DOCX_RATIO = 200
# Fetching an address: the whole fetch (connection, headers, body) ends within the timeout.
FETCH_TIMEOUT = 20.0
MAX_REDIRECTS = 5
# The start of formats that are neither text nor a document the importer reads.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x00\x00\x01\x00",  # icon
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00asm",
    b"\xd0\xcf\x11\xe0",  # Word 97-2003 and other OLE files
)
STDIN_NAME = "<stdin>"
_NO_SPACE = str.maketrans("", "", " \t\n\r\f\v\xa0")
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


def _check_length(length: int, name: str) -> None:
    """Refuse a document whose text is longer than any UA's."""
    if length > MAX_TEXT_CHARS:
        raise SourceError(
            Message(
                "its text is longer than %(limit)s characters; a UA is a few pages",
                limit=Number(MAX_TEXT_CHARS),
            ),
            source=name,
        )


def _limit_text(text: str, name: str) -> str:
    _check_length(len(text), name)
    if not text.strip():
        raise SourceError(Message("holds no text"), source=name)
    return text


def plain_text(data: bytes, name: str) -> str:
    """Return the text of a plain-text document (UTF-8, or UTF-16 with a byte-order mark)."""
    from ..sources import decode_utf16, looks_like_utf16

    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _limit_text(decode_utf16(data, name, SourceError), name)
    if data.startswith(_BINARY_MAGIC):
        raise _binary(name)
    if b"\x00" in data[:65536]:
        if looks_like_utf16(data):
            raise SourceError(
                Message("UTF-16 text without a byte-order mark; save the file as UTF-8"),
                source=name,
            )
        raise _binary(name)
    try:
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > len(text) // 100:
            raise SourceError(
                Message("not text in UTF-8 or Windows-1252 (binary content?); save it as UTF-8"),
                source=name,
            ) from None
    _check_controls(text, name)
    return _limit_text(text, name)


def _binary(name: str) -> SourceError:
    return SourceError(
        Message("binary content, not a text, HTML, PDF or DOCX document"), source=name
    )


def _check_controls(text: str, name: str) -> None:
    """Refuse a text with many control characters: bytes of a binary file read as text."""
    controls = sum(1 for char in text[:65536] if ord(char) < 32 and char not in "\n\r\t\f")
    if controls > 20:
        raise _binary(name)


def _html_encoding(data: bytes, content_type: str) -> str:
    """Return the encoding a page declares (its HTTP header first, then its `<meta>`), else UTF-8.

    A name that is no text encoding (`base64`, `rot13`, `zlib`: codecs of bytes to bytes) is
    ignored, and so is a `<meta>` that declares UTF-16 or UTF-32 in bytes that have no
    byte-order mark: the markup could not have been read to find it (browsers read UTF-8).
    """
    declared = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)""", data[:4096], re.I)
    header = re.search(r"charset=([\w-]+)", content_type, re.I)
    meta = declared.group(1).decode("ascii") if declared else None
    if meta and re.match(r"(?i)utf-?(16|32)", meta):
        meta = None
    for candidate in (header.group(1) if header else None, meta):
        if candidate and _text_encoding(candidate):
            return candidate
    return "utf-8"


def _text_encoding(name: str) -> bool:
    """Say whether `name` is a codec that decodes bytes to text."""
    try:
        b"<p>".decode(name)
    except (LookupError, UnicodeError, ValueError, TypeError):
        return False
    return True


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
        if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:65536]:
            raise _binary(name)
        raw = data.removeprefix(codecs.BOM_UTF8)
        try:
            markup = raw.decode(_html_encoding(data, content_type), errors="replace")
        except (LookupError, UnicodeError, ValueError, TypeError):
            markup = raw.decode("utf-8", errors="replace")
    _check_controls(markup, name)
    # Cheap limits before the expensive steps: lxml builds every element, and inscriptis
    # takes minutes on a million of them.
    tags = markup.count("<")
    if tags > MAX_HTML_TAGS:
        raise SourceError(
            Message(
                "the page has %(count)s tags, more than the %(limit)s of a web page with a UA",
                count=Number(tags),
                limit=Number(MAX_HTML_TAGS),
            ),
            source=name,
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
    _check_length(sum(len(part.translate(_NO_SPACE)) for part in tree.itertext()), name)
    if tree.xpath(f"boolean(//*[count(ancestor::*) >= {HTML_MAX_DEPTH}])"):
        raise SourceError(
            Message(
                "its HTML is nested more than %(limit)s levels deep, and what lies deeper "
                "cannot be read; save the page again, or copy its text into a text file",
                limit=HTML_MAX_DEPTH,
            ),
            source=name,
        )
    text = get_text(lxml_html.tostring(tree, encoding="unicode"), ParserConfig(display_links=False))
    return _limit_text(text, name), canonical


def pdf_text(data: bytes, name: str) -> str:
    """Return the text of a PDF's pages (pypdf; no scripts run, streams' sizes capped by pypdf)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    _quiet_pypdf()
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
    except DependencyError:
        # pypdf decrypts RC4 itself, AES only with the `cryptography` package, which is no
        # dependency for the few "copy-protected" UA PDFs (README, "Dependencies").
        raise SourceError(
            Message(
                "the PDF is encrypted with AES, which ualetters reads only when the "
                "'cryptography' package is installed beside it; copy the text from "
                "the UA's web page, or print the PDF to a new PDF"
            ),
            source=name,
        ) from None
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
    if not text.strip() and not _has_images(reader):
        raise SourceError(
            Message(
                "the PDF has no text and no images: it is blank or damaged; copy the text "
                "from the UA's web page"
            ),
            source=name,
        )
    if not text.strip():
        raise SourceError(
            Message(
                "the PDF has no text, only images (a scan?); run text recognition (OCR) on it "
                "first, or copy the text from the UA's web page"
            ),
            source=name,
        )
    return _limit_text(text, name)


def _has_images(reader: Any) -> bool:
    """Say whether a page of the PDF draws an image (a scan does; a damaged PDF may not)."""
    try:
        for page in reader.pages:
            xobjects = (page.get("/Resources") or {}).get("/XObject") or {}
            for reference in xobjects.values():
                if reference.get_object().get("/Subtype") == "/Image":
                    return True
    except Exception:  # a damaged PDF raises many kinds; it then shows no image
        return False
    return False


def _quiet_pypdf() -> None:
    """Keep pypdf's warnings about damaged PDFs (one per object) off stderr, logging unchanged.

    A `NullHandler` on the `pypdf` logger is what a library adds so that Python's last-resort
    handler prints nothing when an application configured no logging; the level and the
    handlers an application configured are left as they are, and its handlers still receive
    pypdf's records.
    """
    import logging

    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())


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
    if body is None:
        raise SourceError(Message("not a readable DOCX (it has no body)"), source=name)
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

    The whole fetch ends within FETCH_TIMEOUT (a watchdog closes the connection of a server
    that keeps it open with a byte now and then); the body is capped at MAX_SOURCE_BYTES,
    unpacked as well when the server compressed it (gzip, deflate); a body shorter than its
    announced length is refused, not read as a shorter UA; no redirect to another scheme
    (file:, ftp:) or beyond MAX_REDIRECTS.
    """
    import http.client
    import threading
    import urllib.error
    import urllib.request

    if not re.match(r"^https?://", url, re.I):
        raise SourceError(
            Message("only http:// and https:// addresses can be imported"), source=url
        )
    watchdog = _Watchdog()
    opener = urllib.request.build_opener(
        _redirects(url),
        _tracking(urllib.request.HTTPHandler, watchdog)(),
        _tracking(urllib.request.HTTPSHandler, watchdog)(),
    )
    request = urllib.request.Request(
        url, headers={"User-Agent": "ualetters-import", "Accept": "text/html,application/pdf,*/*"}
    )
    timer = threading.Timer(FETCH_TIMEOUT, watchdog.expire)
    timer.daemon = True
    timer.start()
    try:
        with opener.open(request, timeout=FETCH_TIMEOUT) as response:
            declared = response.headers.get("Content-Length", "").strip()
            length = int(declared) if declared.isdigit() else None
            if length is not None and length > MAX_SOURCE_BYTES:
                _check_size(length, url)
            encoding = response.headers.get("Content-Encoding", "").strip().lower()
            data = response.read(MAX_SOURCE_BYTES + 1)
            final = response.geturl()
            content_type = response.headers.get("Content-Type", "")
    except SourceError:
        raise
    except urllib.error.HTTPError as exc:
        reason = " ".join(str(exc.reason).split())
        raise SourceError(
            Message("the server answered %(code)d %(reason)s", code=exc.code, reason=reason),
            source=url,
        ) from None
    except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
        if watchdog.expired:
            raise _too_slow(url) from None
        if isinstance(exc, http.client.IncompleteRead):
            raise _cut_short(url, len(exc.partial), None) from None
        if isinstance(exc, TimeoutError) or (
            isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, TimeoutError)
        ):
            raise _too_slow(url) from None
        why = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        raise SourceError(
            Message("cannot fetch: %(why)s", why=" ".join(str(why).split()) or type(why).__name__),
            source=url,
        ) from None
    finally:
        timer.cancel()
    if watchdog.expired:
        raise _too_slow(url)
    if length is not None and len(data) < length:
        raise _cut_short(url, len(data), length)
    _check_size(len(data), url)
    data = _unpack(data, encoding, url)
    _check_size(len(data), url)
    return data, final, content_type


class _Watchdog:
    """The sockets of one fetch, shut down when its time is up (a blocked read then returns)."""

    def __init__(self) -> None:
        import threading

        self.sockets: list[Any] = []
        self.expired = False
        self.lock = threading.Lock()

    def add(self, sock: Any) -> None:
        with self.lock:
            self.sockets.append(sock)
            if self.expired:
                _shut(sock)

    def expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                _shut(sock)


def _shut(sock: Any) -> None:
    import socket

    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


def _tracking(handler: type[Any], watchdog: _Watchdog) -> type[Any]:
    """Return a urllib handler whose connections tell `watchdog` their socket once connected."""

    class Tracking(handler):  # type: ignore[misc]
        def do_open(self, http_class: Any, req: Any, **kwargs: Any) -> Any:
            class Connection(http_class):  # type: ignore[misc]
                def connect(self) -> None:
                    super().connect()
                    watchdog.add(self.sock)

            return super().do_open(Connection, req, **kwargs)

    return Tracking


def _redirects(url: str) -> Any:
    """Return the redirect handler: http(s) targets only, no loop, at most MAX_REDIRECTS."""
    import urllib.parse
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def http_error_302(self, req: Any, fp: Any, code: int, msg: str, headers: Any) -> Any:
            target = headers.get("Location") or headers.get("URI") or ""
            absolute = urllib.parse.urljoin(req.full_url, target)
            if target and not re.match(r"^https?://", absolute, re.I):
                raise SourceError(
                    Message(
                        "the server redirects to %(target)s, which is not an http:// or "
                        "https:// address",
                        target=absolute,
                    ),
                    source=url,
                )
            visited = getattr(req, "redirect_dict", {})
            if target and (absolute in visited or absolute == req.full_url):
                raise SourceError(
                    Message(
                        "the server redirects in a loop (to %(target)s again)", target=absolute
                    ),
                    source=url,
                )
            if target and len(visited) >= MAX_REDIRECTS:
                raise SourceError(
                    Message("the server redirects more than %(limit)s times", limit=MAX_REDIRECTS),
                    source=url,
                )
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    return Redirects()


def _too_slow(url: str) -> SourceError:
    return SourceError(
        Message("no complete answer within %(seconds)d seconds", seconds=int(FETCH_TIMEOUT)),
        source=url,
    )


def _cut_short(url: str, got: int, length: int | None) -> SourceError:
    if length is None:
        return SourceError(
            Message(
                "the server's answer broke off after %(got)s bytes; nothing was imported, "
                "try again",
                got=Number(got),
            ),
            source=url,
        )
    return SourceError(
        Message(
            "the server sent %(got)s of %(length)s bytes (the answer was cut short); "
            "nothing was imported, try again",
            got=Number(got),
            length=Number(length),
        ),
        source=url,
    )


def _unpack(data: bytes, encoding: str, url: str) -> bytes:
    """Return a body the server compressed (Content-Encoding) unpacked, within the size cap."""
    import zlib

    if encoding in ("", "identity"):
        return data
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise SourceError(
            Message(
                "the server sent its answer compressed as '%(encoding)s', which ualetters "
                "cannot unpack",
                encoding=encoding[:40],
            ),
            source=url,
        )
    # gzip and zlib headers are told apart by zlib (47); a raw deflate stream has none (-15).
    for wbits in (47, -15) if encoding == "deflate" else (31,):
        unpacker = zlib.decompressobj(wbits)
        try:
            unpacked = unpacker.decompress(data, MAX_SOURCE_BYTES + 1)
        except zlib.error:
            continue
        if len(unpacked) > MAX_SOURCE_BYTES:
            _check_size(len(unpacked), url)
        if not unpacker.eof:
            break
        return unpacked
    raise SourceError(
        Message("the server's %(encoding)s-compressed answer is broken", encoding=encoding),
        source=url,
    )
