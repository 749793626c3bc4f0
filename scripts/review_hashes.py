"""List every golden letter's SHA-256 in its language's review file (docs/reviews/<lang>.md).

Usage: uv run python scripts/review_hashes.py [--write | --check] [--copy-to DIR]
       uv run python scripts/review_hashes.py --reviewed LANG FILE...

A golden letter is what an official reads (tests/golden/); a native-level reviewer reads
each one before it is merged. The review file of each language ends with a "## Goldens"
table: one row per golden letter in the language, its SHA-256 and the result of the last
review. --write rewrites that table: a golden whose hash is already listed keeps its status
("reviewed", or a finding), a new or changed one is "pending review". --check exits 1 when
the table is not what --write would make. --copy-to DIR copies the goldens whose status is
"pending review" into DIR/<lang>/, for the reviewers. --reviewed LANG FILE... records that a
native reviewer of LANG read FILEs (the copies they were given) and would send them unchanged:
every golden of LANG whose bytes are those of a FILE becomes "reviewed" (by hash, so a golden
that changed since is not). Without an option it prints the tables.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
REVIEWS = ROOT / "docs" / "reviews"
LANGUAGES = ("de", "en", "fr", "it", "es", "ru", "ar")
HEADING = "## Goldens"
PENDING = "pending review"
_ROW = re.compile(r"^\| `([0-9a-f]{64})` \| `([^`]+)` \| (.+?) \|$")


def golden_languages(path: Path) -> list[str]:
    """Return the languages of golden `path`: its letter's, and its translation's.

    A golden's name holds its language tag as one of its `_`-separated parts:
    `askarov_president_de-CH`, `de-CH_CH-Geneva`, `ua-80-23_embassy_fr_copy-all-1`,
    `askarov_ru+de-CH` (a letter with its courtesy translation).
    """
    for part in path.stem.split("_"):
        bases = [tag.split("-")[0] for tag in part.split("+")]
        if all(base in LANGUAGES for base in bases):
            return bases
    raise SystemExit(f"{path}: no language tag in the file name")


def goldens() -> dict[str, list[tuple[str, str]]]:
    """Return, per language, its goldens as (sha256, path relative to the repository)."""
    found: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGUAGES}
    for path in sorted(GOLDEN.rglob("*.txt")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        for lang in golden_languages(path):
            found[lang].append((digest, path.relative_to(ROOT).as_posix()))
    return found


def statuses(text: str) -> dict[str, str]:
    """Return the status of each hash the review file lists."""
    return {m[1]: m[3] for line in text.splitlines() if (m := _ROW.match(line))}


def table(rows: list[tuple[str, str]], known: dict[str, str]) -> str:
    """Return the "## Goldens" section for `rows`, keeping the status of known hashes."""
    lines = [HEADING, "", "| SHA-256 | golden | status |", "| --- | --- | --- |"]
    lines += [f"| `{digest}` | `{path}` | {known.get(digest, PENDING)} |" for digest, path in rows]
    return "\n".join(lines) + "\n"


def updated(text: str, rows: list[tuple[str, str]]) -> str:
    """Return the review file `text` with its goldens table made current."""
    head = text.split(HEADING, 1)[0].rstrip("\n")
    return f"{head}\n\n{table(rows, statuses(text))}"


def mark_reviewed(lang: str, files: list[Path]) -> int:
    """Mark reviewed, in LANG's table, every golden whose bytes one of `files` holds."""
    if lang not in LANGUAGES:
        raise SystemExit(f"--reviewed: unknown language {lang!r}")
    digests = {hashlib.sha256(path.read_bytes()).hexdigest() for path in files}
    path = REVIEWS / f"{lang}.md"
    text = path.read_text(encoding="utf-8")
    rows = goldens()[lang]
    known = statuses(text)
    marked = [golden for digest, golden in rows if digest in digests]
    known.update({digest: "reviewed" for digest, _golden in rows if digest in digests})
    head = text.split(HEADING, 1)[0].rstrip("\n")
    path.write_text(f"{head}\n\n{table(rows, known)}", encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(marked)} golden(s) marked reviewed")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite the tables")
    parser.add_argument("--check", action="store_true", help="exit 1 if a table is stale")
    parser.add_argument("--copy-to", type=Path, help="copy pending goldens to DIR/<lang>/")
    parser.add_argument(
        "--reviewed", nargs="+", metavar="LANG FILE", help="mark the goldens FILEs hold reviewed"
    )
    args = parser.parse_args()
    if args.reviewed:
        return mark_reviewed(args.reviewed[0], [Path(name) for name in args.reviewed[1:]])
    stale = []
    for lang, rows in goldens().items():
        path = REVIEWS / f"{lang}.md"
        text = path.read_text(encoding="utf-8")
        new = updated(text, rows)
        if args.write and new != text:
            path.write_text(new, encoding="utf-8")
        elif args.check and new != text:
            stale.append(path.relative_to(ROOT).as_posix())
        elif not (args.write or args.check or args.copy_to):
            print(f"{path.relative_to(ROOT)}:\n{table(rows, statuses(text))}")
        if args.copy_to:
            known = statuses(new)
            for digest, golden in rows:
                if known.get(digest, PENDING) == PENDING:
                    target = args.copy_to / lang / golden.replace("tests/golden/", "")
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(ROOT / golden, target)
    if stale:
        print(f"stale goldens tables: {', '.join(stale)}; run {sys.argv[0]} --write")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
