"""`ualetters import SOURCE`: text, HTML, DOCX, PDF, stdin and http(s); bad sources refused.

Inputs are made from corpus texts (tests/data/ua-texts): as HTML and DOCX here, as PDF and
DOCX by LibreOffice in the `office` tests. A refused source gets one line on stderr naming
it, exit code 3, and nothing is written.
"""

from __future__ import annotations

import contextlib
import gzip
import html
import http.server
import importlib.util
import io
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pytest
import yaml

from ualetters.importer import reading

from .helpers import DATA, run

CORPUS = DATA / "ua-texts"
UK = CORPUS / "09-uk-china-zhen-jianghua-fi3.txt"
US = CORPUS / "12-us-china-abudourexiti-222-17.txt"


def corpus_text(path: Path) -> str:
    """Return a corpus file's UA text (the lines after its `#` header)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(n for n, line in enumerate(lines) if not line.startswith("#"))
    return "\n".join(lines[start:])


def essentials(document: str) -> dict[str, Any]:
    """Return what a draft says that any reader of the same UA must find alike."""
    data = yaml.safe_load(document)
    return {
        "ua": data.get("ua"),
        "deadline": str(data.get("deadline")),
        "demands": [d["en"] for d in data["demands"]],
        "targets": [(t.get("name"), t["title"]) for t in data["targets"]],
        "persons": [p["name"] for p in data["persons"]],
    }


def as_html(text: str) -> bytes:
    """Return a UA text as a saved page: paragraphs, a list, a script, a canonical link."""
    body = []
    bullets: list[str] = []
    for line in text.split("\n"):
        if line.startswith("◼ "):
            bullets.append(f"<li>{html.escape(line[2:])}</li>")
            continue
        if bullets:
            body.append("<ul>" + "".join(bullets) + "</ul>")
            bullets = []
        if line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>UA</title>"
        "<link rel='canonical' href='https://www.amnesty.org.uk/resources/ua-235-17'>"
        "<script>document.write('Salutation: Dear Hacker')</script>"
        "<style>p { color: red }</style></head><body><nav>Home | Donate</nav>"
        + "".join(body)
        + "</body></html>"
    )
    return page.encode("utf-8")


def test_a_text_file_gives_a_draft_on_stdout() -> None:
    result = run("import", UK)
    assert result.code == 0, result.stderr
    assert result.stdout.startswith("# A draft case record made by 'ualetters import'")
    data = yaml.safe_load(result.stdout)
    assert data["format"] == 2 and data["ua"] == "UA 235/17"
    assert data["deadline"] == "2018-10-18" or str(data["deadline"]) == "2018-10-18"
    assert result.stderr.strip().endswith("TODO(ualetters) marks to resolve")


def test_out_writes_the_draft_and_never_overwrites_without_force(tmp_path: Path) -> None:
    out = tmp_path / "case.yaml"
    first = run("import", US, "--out", out)
    assert first.code == 0, first.stderr
    assert f"{out}: " in first.stderr and "'ualetters check" in first.stderr
    written = out.read_bytes()
    assert yaml.safe_load(written)["ua"] == "UA 222.17"
    again = run("import", UK, "--out", out)
    assert again.code == 4
    assert again.stderr.startswith(f"error: {out}: exists already")
    assert out.read_bytes() == written
    assert run("import", UK, "--out", out, "--force").code == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["ua"] == "UA 235/17"


def test_stdin_is_read_with_a_dash() -> None:
    result = run("import", "-", stdin=corpus_text(US).encode("utf-8"))
    assert result.code == 0, result.stderr
    assert yaml.safe_load(result.stdout)["ua"] == "UA 222.17"


def test_html_reads_like_the_text_and_runs_no_script(tmp_path: Path) -> None:
    page = tmp_path / "ua.html"
    page.write_bytes(as_html(corpus_text(UK)))
    from_html = run("import", page)
    from_text = run("import", "-", stdin=corpus_text(UK).encode("utf-8"))
    assert from_html.code == 0, from_html.stderr
    assert essentials(from_html.stdout) == essentials(from_text.stdout)
    assert "Hacker" not in from_html.stdout and "Donate" not in from_html.stdout
    # The page's canonical address tells the section: the UK embassy is for UK senders.
    assert "GB:" in from_html.stdout


def test_docx_reads_like_the_text(tmp_path: Path) -> None:
    from docx import Document

    word = Document()
    for line in corpus_text(US).split("\n"):
        if line.strip().startswith("•"):
            word.add_paragraph(line.strip().lstrip("• "), style="List Bullet")
        else:
            word.add_paragraph(line)
    path = tmp_path / "ua.docx"
    word.save(str(path))
    from_docx = run("import", path)
    from_text = run("import", "-", stdin=corpus_text(US).encode("utf-8"))
    assert from_docx.code == 0, from_docx.stderr
    assert essentials(from_docx.stdout) == essentials(from_text.stdout)


def _office(source: Path, fmt: str, folder: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    assert soffice, "LibreOffice (soffice) is needed for office tests"
    profile = folder / "profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / f"{source.stem}.{fmt}"


@pytest.mark.office
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_pdf_and_docx_made_by_libreoffice_read_like_the_text(tmp_path: Path, fmt: str) -> None:
    source = tmp_path / "ua.txt"
    source.write_text(corpus_text(UK), encoding="utf-8")
    converted = _office(source, fmt, tmp_path)
    from_file = run("import", converted)
    from_text = run("import", source)
    assert from_file.code == 0, from_file.stderr
    assert essentials(from_file.stdout) == essentials(from_text.stdout)


class _Server(http.server.ThreadingHTTPServer):
    # A body is bytes, or a function that writes the body itself (slowly, or cut short).
    routes: dict[str, tuple[int, dict[str, str], bytes | Callable[[BinaryIO], None]]]
    asked: list[str]


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # the standard library's name
        self.server.asked.append(self.path)
        status, headers, body = self.server.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if isinstance(body, bytes):
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.end_headers()
            with contextlib.suppress(OSError):
                body(self.wfile)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    """A web server on 127.0.0.1 serving `server.routes`, for the test's lifetime."""
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.routes = {}
    httpd.asked = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()


def _address(server: _Server, path: str) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}{path}"


def test_an_address_is_fetched(server: _Server, tmp_path: Path) -> None:
    server.routes["/ua"] = (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        as_html(corpus_text(UK)),
    )
    server.routes["/moved"] = (302, {"Location": "/ua"}, b"")
    out = tmp_path / "case.yaml"
    result = run("import", _address(server, "/moved"), "--out", out)
    assert result.code == 0, result.stderr
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["ua"] == "UA 235/17"


def _refused(result: Any, name: str, reason: str) -> None:
    assert result.code == 3, (result.stdout, result.stderr)
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {name}: "), lines[0]
    assert reason in lines[0], lines[0]
    assert "Traceback" not in result.stderr


def test_an_address_that_redirects_to_a_file_is_refused(server: _Server, tmp_path: Path) -> None:
    server.routes["/trap"] = (302, {"Location": "file:///etc/passwd"}, b"")
    out = tmp_path / "case.yaml"
    address = _address(server, "/trap")
    _refused(run("import", address, "--out", out), address, "not an http:// or https:// address")
    assert not out.exists()


def test_an_address_that_is_missing_is_refused(server: _Server, tmp_path: Path) -> None:
    address = _address(server, "/nothing")
    _refused(run("import", address), address, "the server answered 404")


def test_an_oversized_page_is_refused(
    server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_SOURCE_BYTES", 50_000)
    server.routes["/big"] = (200, {"Content-Type": "text/html"}, b"<p>UA 1/20</p>" * 10_000)
    out = tmp_path / "case.yaml"
    address = _address(server, "/big")
    _refused(run("import", address, "--out", out), address, "larger than")
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>UA 1/20</p>" * 10_000)
    _refused(run("import", big, "--out", out), str(big), "larger than")
    assert not out.exists()


def _blank_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * 3_000_000)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "is empty"),
        ("picture.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4, "binary content"),
        (
            "news.html",
            b"<html><body><h1>Weather</h1><p>Sunny today, rain tomorrow in Bern.</p></body></html>",
            "does not look like an Urgent Action",
        ),
        ("scan.pdf", None, "the PDF has no text"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", "not a readable PDF"),
        ("bomb.docx", None, "zip bomb"),
        ("archive.docx", None, "not a Word document"),
        ("long.txt", b"UA 1/20 is long. " * 10_000, "longer than 100,000 characters"),
    ],
)
def test_bad_sources_are_refused_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes | None, reason: str
) -> None:
    monkeypatch.setattr(reading, "MAX_DOCX_UNPACKED", 1_000_000)
    monkeypatch.setattr(reading, "MAX_TEXT_CHARS", 100_000)
    if content is None:
        if name == "scan.pdf":
            content = _blank_pdf()
        elif name == "bomb.docx":
            content = _zip_bomb()
        else:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                archive.writestr("notes.txt", "UA 1/20")
            content = buffer.getvalue()
    source = tmp_path / name
    source.write_bytes(content)
    out = tmp_path / "case.yaml"
    _refused(run("import", source, "--out", out), str(source), reason)
    assert not out.exists()


def test_a_missing_file_and_an_unknown_language_are_refused(tmp_path: Path) -> None:
    _refused(run("import", tmp_path / "none.txt"), str(tmp_path / "none.txt"), "file not found")
    unknown = run("import", UK, "--lang", "xx")
    assert unknown.code == 2
    assert unknown.stderr.startswith("error: --lang: no marker table for 'xx'")


# The audit of 1 December 2026 (B3-B8, S1, S8, S10, N5-N8, N12): hostile pages and servers.


def _page() -> bytes:
    return as_html(corpus_text(UK))


def _reads_like_the_text(result: Any) -> None:
    assert result.code == 0, result.stderr
    from_text = run("import", "-", stdin=corpus_text(UK).encode("utf-8"))
    assert essentials(result.stdout) == essentials(from_text.stdout)


@pytest.mark.parametrize("charset", ["base64", "rot13", "zlib", "hex", "uu", "undefined"])
def test_a_charset_that_is_no_text_encoding_is_ignored(
    server: _Server, tmp_path: Path, charset: str
) -> None:
    """B3: `codecs.lookup` knows these, but they turn bytes into bytes (or always fail)."""
    page = tmp_path / "ua.html"
    page.write_bytes(_page().replace(b"charset='utf-8'", f"charset='{charset}'".encode()))
    _reads_like_the_text(run("import", page))
    server.routes["/ua"] = (200, {"Content-Type": f"text/html; charset={charset}"}, _page())
    _reads_like_the_text(run("import", _address(server, "/ua")))


def test_a_meta_utf16_on_a_page_without_byte_order_mark_is_read_as_utf8(tmp_path: Path) -> None:
    """N6: a page that declares UTF-16 in bytes that are not could not have been read so."""
    page = tmp_path / "ua.html"
    page.write_bytes(_page().replace(b"charset='utf-8'", b"charset='utf-16'"))
    _reads_like_the_text(run("import", page))


def test_an_aes_encrypted_pdf_is_refused_in_one_line(tmp_path: Path) -> None:
    """B4: pypdf needs `cryptography` for AES; without it the PDF is refused, not a crash."""
    pytest.importorskip("pypdf")
    if importlib.util.find_spec("cryptography") is not None:
        pytest.skip("cryptography is installed: pypdf reads AES")
    source = DATA / "import" / "aes128-owner-password.pdf"
    out = tmp_path / "case.yaml"
    _refused(run("import", source, "--out", out), str(source), "the PDF is encrypted with AES")
    assert not out.exists()


def test_a_docx_without_body_is_refused(tmp_path: Path) -> None:
    """B5: python-docx opens it, and its body is None."""
    from docx import Document

    word = Document()
    word.add_paragraph("UA 1/20")
    buffer = io.BytesIO()
    word.save(buffer)
    source = tmp_path / "nobody.docx"
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as original,
        zipfile.ZipFile(source, "w") as emptied,
    ):
        for member in original.infolist():
            data = original.read(member)
            if member.filename == "word/document.xml":
                data = re.sub(rb"<w:body>.*</w:body>", b"", data, flags=re.S)
            emptied.writestr(member, data)
    out = tmp_path / "case.yaml"
    _refused(run("import", source, "--out", out), str(source), "not a readable DOCX")
    assert not out.exists()


def test_a_server_that_trickles_is_stopped_after_the_timeout(
    server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """B6: a byte every half second never lets one read time out; the whole fetch does."""
    monkeypatch.setattr(reading, "FETCH_TIMEOUT", 1.0)

    def trickle(out: BinaryIO) -> None:
        out.write(_page()[:200])
        for _ in range(20):
            time.sleep(0.4)
            out.write(b" ")
            out.flush()

    server.routes["/slow"] = (200, {"Content-Type": "text/html"}, trickle)
    out = tmp_path / "case.yaml"
    address = _address(server, "/slow")
    start = time.monotonic()
    _refused(run("import", address, "--out", out), address, "no complete answer within 1 seconds")
    assert time.monotonic() - start < 4
    assert not out.exists()


def test_a_download_cut_short_is_refused(server: _Server, tmp_path: Path) -> None:
    """B7: the server announces the page's length and closes after half of it."""
    page = _page()
    half = page[: len(page) // 2]
    server.routes["/cut"] = (
        200,
        {"Content-Type": "text/html", "Content-Length": str(len(page))},
        half,
    )
    out = tmp_path / "case.yaml"
    address = _address(server, "/cut")
    reason = f"the server sent {len(half):,} of {len(page):,} bytes"
    _refused(run("import", address, "--out", out), address, reason)
    assert not out.exists()


def test_a_compressed_answer_is_unpacked(server: _Server) -> None:
    """B8: gzip and deflate are unpacked (servers send them unasked), not read as a page."""
    page = _page()
    raw = zlib.compressobj(wbits=-15)
    deflated = raw.compress(page) + raw.flush()
    for path, encoding, body in [
        ("/gz", "gzip", gzip.compress(page)),
        ("/zlib", "deflate", zlib.compress(page)),
        ("/raw", "deflate", deflated),
    ]:
        server.routes[path] = (
            200,
            {"Content-Type": "text/html", "Content-Encoding": encoding},
            body,
        )
        _reads_like_the_text(run("import", _address(server, path)))


def test_a_compressed_answer_is_capped_and_unknown_ones_are_refused(
    server: _Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_SOURCE_BYTES", 100_000)
    bomb = gzip.compress(b"<html><body>" + b" " * 1_000_000 + b"</body></html>")
    server.routes["/bomb"] = (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb)
    server.routes["/br"] = (200, {"Content-Type": "text/html", "Content-Encoding": "br"}, b"\x1b")
    broken = gzip.compress(_page())[:-100]
    server.routes["/broken"] = (
        200,
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        broken,
    )
    out = tmp_path / "case.yaml"
    for path, reason in [
        ("/bomb", "larger than"),
        ("/br", "compressed as 'br'"),
        ("/broken", "gzip-compressed answer is broken"),
    ]:
        _refused(
            run("import", _address(server, path), "--out", out), _address(server, path), reason
        )
    assert not out.exists()


def test_binary_content_after_a_html_start_is_refused(server: _Server, tmp_path: Path) -> None:
    """B8, N7: bytes that are no text are refused on the HTML path too, and an image as such."""
    source = tmp_path / "odd.html"
    source.write_bytes(b"<html><body>" + gzip.compress(_page()))
    _refused(run("import", source), str(source), "binary content")
    server.routes["/image"] = (
        200,
        {"Content-Type": "image/png"},
        b"\x89PNG\r\n\x1a\n" + bytes(1000),
    )
    _refused(
        run("import", _address(server, "/image")), _address(server, "/image"), "binary content"
    )


@pytest.mark.parametrize(
    ("markup", "reason"),
    [
        (
            b"<html><body>" + b"<p>a</p>" * 150_000 + b"</body></html>",
            "tags, more than the 200,000",
        ),
        (
            b"<html><body>" + b"<td></td>" * 150_000 + b"</body></html>",
            "tags, more than the 200,000",
        ),
        (b"<html><body><p>" + b"UA 1/20 is long. " * 25_000 + b"</p></body></html>", "longer than"),
    ],
)
def test_a_huge_page_is_refused_before_it_is_laid_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, markup: bytes, reason: str
) -> None:
    """S1: 18 MB of tags took minutes and gigabytes in inscriptis before the text was capped."""
    import inscriptis

    def never(*args: Any, **kwargs: Any) -> str:
        raise AssertionError("laid out")

    monkeypatch.setattr(inscriptis, "get_text", never)
    source = tmp_path / "big.html"
    source.write_bytes(markup)
    _refused(run("import", source), str(source), reason)


def test_a_page_nested_deeper_than_the_parser_reads_is_refused(tmp_path: Path) -> None:
    """N5: lxml drops what lies deeper than 255 elements without a word ('holds no text')."""
    page = tmp_path / "deep.html"
    page.write_bytes(
        b"<html><body>" + b"<div>" * 300 + b"UA 1/20" + b"</div>" * 300 + b"</body></html>"
    )
    _refused(run("import", page), str(page), "nested more than 255 levels deep")
    shallow = tmp_path / "shallow.html"
    shallow.write_bytes(_page().replace(b"<body>", b"<body>" + b"<div>" * 200))
    _reads_like_the_text(run("import", shallow))


@pytest.mark.parametrize(
    ("path", "reason"), [("/loop", "redirects in a loop"), ("/r0", "more than 5")]
)
def test_a_redirect_loop_or_chain_is_one_line(server: _Server, path: str, reason: str) -> None:
    """S8: urllib's own message has three lines and calls a long chain a loop."""
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    for n in range(10):
        server.routes[f"/r{n}"] = (302, {"Location": f"/r{n + 1}"}, b"")
    _refused(run("import", _address(server, path)), _address(server, path), reason)


def test_a_chain_of_five_redirects_is_followed(server: _Server) -> None:
    server.routes["/ua"] = (200, {"Content-Type": "text/html"}, _page())
    for n in range(5):
        server.routes[f"/r{n}"] = (302, {"Location": f"/r{n + 1}" if n < 4 else "/ua"}, b"")
    _reads_like_the_text(run("import", _address(server, "/r0")))


def test_out_is_checked_before_the_address_is_fetched(server: _Server, tmp_path: Path) -> None:
    """N12: 'exists already' came after a fetch of up to 20 seconds."""
    out = tmp_path / "case.yaml"
    out.write_text("mine", encoding="utf-8")
    result = run("import", _address(server, "/ua"), "--out", out)
    assert result.code == 4, result.stderr
    assert "exists already" in result.stderr
    assert server.asked == []
    assert out.read_text(encoding="utf-8") == "mine"


def test_the_library_raises_only_its_own_errors_and_leaves_logging_alone(tmp_path: Path) -> None:
    """S10: `import_source` is public; B3-B5 escaped as LookupError, DependencyError,
    AttributeError, and reading a PDF set the `pypdf` logger's level for the whole process."""
    import ualetters
    from ualetters.importer import import_source

    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    nobody = tmp_path / "nobody.docx"
    with zipfile.ZipFile(nobody, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF")
    for source in [nobody, broken, DATA / "import" / "aes128-owner-password.pdf"]:
        with pytest.raises(ualetters.UaLettersError) as raised:
            import_source(str(source))
        assert raised.value.exit_code == 3
    assert (logger.level, logger.propagate) == (level, propagate)
    page = tmp_path / "ua.html"
    page.write_bytes(_page().replace(b"charset='utf-8'", b"charset='base64'"))
    assert import_source(str(page)).draft.record["ua"] == "UA 235/17"


def _pdf_with_an_image() -> bytes:
    """A page that draws a picture and has no text: what a scanner makes."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=595, height=842)
    image = DecodedStreamObject()
    image.set_data(bytes(3))
    image.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(1),
            NameObject("/Height"): NumberObject(1),
            NameObject("/ColorSpace"): NameObject("/DeviceRGB"),
            NameObject("/BitsPerComponent"): NumberObject(8),
        }
    )
    xobjects = DictionaryObject({NameObject("/Im0"): writer._add_object(image)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_a_pdf_without_text_is_called_a_scan_only_when_it_has_images(tmp_path: Path) -> None:
    """N7: damaged PDFs whose pages give nothing were called scans ('only images')."""
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(_pdf_with_an_image())
    _refused(run("import", scan), str(scan), "the PDF has no text, only images (a scan?)")
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(_blank_pdf())
    _refused(run("import", blank), str(blank), "the PDF has no text and no images")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_stdin_from_a_terminal_gets_a_hint(tmp_path: Path) -> None:
    """N8: `import -` typed at a terminal waited without a word."""
    main, terminal = os.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "ualetters", "--ui-lang", "en", "import", "-"],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=tmp_path,
        )
        assert process.stderr is not None
        hint = process.stderr.readline().decode("utf-8")
        assert hint.startswith("reading the UA from standard input; end it with Ctrl-D"), hint
        os.write(main, b"\x04")
        _, err = process.communicate(timeout=60)
    finally:
        os.close(main)
        os.close(terminal)
    assert process.returncode == 3, err
    assert err.decode("utf-8").strip() == "error: <stdin>: is empty"
