"""A review that stays: every golden letter is listed, by its hash, in its language's review.

docs/reviews/<lang>.md records the language's conventions, the reviewer's checklist and the
result of the last review; its "Goldens" table lists each golden letter's SHA-256 with its
status. A changed golden has a new hash, so it fails here until the table lists it
(`uv run python scripts/review_hashes.py --write`) and a native-level reviewer reads it.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .helpers import GOLDEN, ROOT

REVIEWS = ROOT / "docs" / "reviews"
# Every golden must be "reviewed": one that changes fails here until a native reviewer has
# read it and `scripts/review_hashes.py --reviewed` has recorded the verdict.
GOLDENS = sorted(GOLDEN.rglob("*.txt"))


def _review_hashes():  # scripts/ is no package: load the script that keeps the tables
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "review_hashes", ROOT / "scripts" / "review_hashes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The languages of a golden, read from its name as the script that lists them reads them.
languages_of = _review_hashes().golden_languages


@pytest.mark.parametrize("golden", GOLDENS, ids=[g.relative_to(GOLDEN).as_posix() for g in GOLDENS])
def test_every_golden_is_listed_as_reviewed_in_its_language(golden: Path) -> None:
    digest = hashlib.sha256(golden.read_bytes()).hexdigest()
    path = golden.relative_to(ROOT).as_posix()
    for lang in languages_of(golden):
        review = (REVIEWS / f"{lang}.md").read_text(encoding="utf-8")
        row = re.search(rf"^\| `{digest}` \| `{re.escape(path)}` \| (.+?) \|$", review, re.M)
        assert row is not None, f"{path} ({digest[:12]}) is not listed in docs/reviews/{lang}.md"
        assert row[1] == "reviewed", f"{path}: {row[1]} in docs/reviews/{lang}.md"


def test_review_files_list_no_golden_that_is_gone() -> None:
    ran = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "review_hashes.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr


@pytest.mark.parametrize("lang", ["de", "en", "fr", "it", "es", "ru", "ar"])
def test_each_language_has_conventions_checklist_and_last_review(lang: str) -> None:
    review = (REVIEWS / f"{lang}.md").read_text(encoding="utf-8")
    for heading in ("## Conventions", "## Checklist", "## Last review", "## Goldens"):
        assert f"\n{heading}" in review, (lang, heading)
