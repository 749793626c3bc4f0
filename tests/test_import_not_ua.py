"""Real pages that are not Urgent Actions but look like them are refused (exit 3, one line).

tests/data/not-ua/ holds 30 stored public pages (Amnesty news releases and campaign pages,
other NGOs' alerts, newspapers, guides, donation and volunteering pages, an annual report's
chapter, a biography; en, de, fr, es), each with its `# source:` address, given to the
importer as the page's address the way benchmarks/import_score.py reads corpus texts.
borderline/ holds pages that quote an action or ask readers to write: what each should give
is in its header; they are not tested here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ualetters.importer import parse_text
from ualetters.importer.parse import looks_like_ua

from .helpers import run

PAGES = Path(__file__).parent / "data" / "not-ua"
FILES = sorted(PAGES.glob("*.txt"))


def read_page(path: Path) -> tuple[str, str]:
    """Return a page's text (after its `#` header) and its source address."""
    lines = path.read_text(encoding="utf-8").split("\n")
    source = next(line.split(":", 1)[1].strip() for line in lines if line.startswith("# source:"))
    start = next(n for n, line in enumerate(lines) if not line.startswith("#"))
    return "\n".join(lines[start:]), source


def test_the_collection_holds_thirty_pages() -> None:
    assert len(FILES) == 30
    for path in FILES:
        header = path.read_text(encoding="utf-8").split("\n")[:3]
        assert header[0].startswith("# source: http"), path.name
        assert any(line.startswith("# kind: ") for line in header), path.name


@pytest.mark.parametrize("path", FILES, ids=[path.stem for path in FILES])
def test_a_page_that_is_no_urgent_action_is_refused(path: Path) -> None:
    text, source = read_page(path)
    draft = parse_text(text, url=source, name=path.name)
    assert not looks_like_ua(draft, text, source)


CLI_PAGES = [
    "01-amnesty-ca-defenders-news",
    "10-amnesty-uk-write-for-rights-press",
    "19-amnesty-de-briefmarathon-bericht",
    "24-amnesty-fr-communique-militants",
    "28-comerciorepublica-presos-conciencia",
]


@pytest.mark.parametrize("stem", CLI_PAGES)
def test_the_command_refuses_it_in_one_line_and_writes_nothing(tmp_path: Path, stem: str) -> None:
    # Without its address: the command reads the file alone, as a user's saved copy.
    text, _source = read_page(PAGES / f"{stem}.txt")
    source = tmp_path / f"{stem}.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "case.yaml"
    result = run("import", source, "--out", out, "--force")
    assert result.code == 3
    assert len(result.stderr.strip().splitlines()) == 1
    assert "does not look like an Urgent Action" in result.stderr
    assert not out.exists()
