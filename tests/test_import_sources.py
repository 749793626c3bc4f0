"""`ualetters import SOURCE`: text, HTML, DOCX, PDF, stdin and http(s); bad sources refused.

Inputs are made from corpus texts (tests/data/ua-texts): as HTML and DOCX here, as PDF and
DOCX by LibreOffice in the `office` tests. A refused source gets one line on stderr naming
it, exit code 3, and nothing is written.
"""

from __future__ import annotations

import html
import http.server
import io
import shutil
import subprocess
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
    routes: dict[str, tuple[int, dict[str, str], bytes]]


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # the standard library's name
        status, headers, body = self.server.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[_Server]:
    """A web server on 127.0.0.1 serving `server.routes`, for the test's lifetime."""
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.routes = {}
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
