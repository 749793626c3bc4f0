"""Metamorphic tests of `ualetters import`: the same UA carried differently, the same record.

    uv run python benchmarks/import_robustness.py                 # every carrier, development set
    uv run python benchmarks/import_robustness.py --only wrap72,crlf --worst 5
    uv run python benchmarks/import_robustness.py --files 09,40-58 --jobs 1

Unseen pages reach the importer through many carriers: mailing-list e-mails hard-wrapped at
~70 columns, forwarded e-mails quoted with "> ", PDF extractions (page furniture repeated
mid-text, words hyphenated across lines, bullets lost to a symbol font), blog reposts (bylines,
share buttons, tags and comments around the text), pages with blank lines between every line or
none at all, CRLF, non-breaking spaces, soft hyphens, zero-width characters, tabs. Each carrier
here is one small deterministic function applied to the text of every **development** file
(the corpus's held-out rounds, `HELD_OUT` in import_score.py, are never read); the transformed
text is imported and scored against the same expected record by the scorer's own matching rules
(`Scorer` of benchmarks/import_score.py). A carrier that loses fields points at a cause in the
text's preparation (src/ualetters/importer/text.py) or reading (reading.py).

The report gives, per carrier, development recall, precision, unmarked wrong values ("silent")
and refused texts next to the untransformed figures, and the files that lose most under it.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_score import (
    HELD_OUT,
    Score,
    _file_numbers,
    corpus_files,
    number_of,
    score_file,
)

# -- the carriers: each a deterministic function of a text --------------------------------------


def identity(text: str) -> str:
    """The text as the corpus holds it."""
    return text


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        out += textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
    return out


def wrap72(text: str) -> str:
    """A mailing list's e-mail: every line longer than 72 columns hard-wrapped at a space."""
    return "\n".join(_wrap(text, 72))


def quoted(text: str) -> str:
    """A forwarded e-mail: a forwarding header, then every line quoted with "> " (wrapped at
    70 columns first, as a mail client quotes)."""
    header = [
        "---------- Forwarded message ---------",
        "From: Network Coordinator <coordinator@example.org>",
        "Date: Mon, 3 Mar 2031 at 09:15",
        "Subject: Fwd: please act",
        "To: <letters@example.net>",
        "",
    ]
    body = [("> " + line) if line else ">" for line in _wrap(text, 70)]
    return "\n".join(header + body)


def quoted_only(text: str) -> str:
    """Every line quoted with "> ", nothing else changed."""
    return "\n".join(("> " + line) if line else ">" for line in text.split("\n"))


def _hyphenated(line_words: list[list[str]]) -> list[str]:
    """Return lines with a long first word of the next line cut at its middle, its first half
    ended with "-" on the line before, as a PDF's justified text leaves it."""
    lines = [list(words) for words in line_words]
    for n in range(len(lines) - 1):
        following = lines[n + 1]
        if lines[n] and following and re.fullmatch(r"[a-zà-ÿ]{9,}", following[0]):
            word = following[0]
            half = len(word) // 2
            lines[n].append(word[:half] + "-")
            following[0] = word[half:]
    return [" ".join(words) for words in lines]


def pdf_hyphens(text: str) -> str:
    """A PDF's text layer: paragraphs wrapped at 80 columns, long lower-case words hyphenated
    across the line break."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= 80:
            out.append(line)
            continue
        wrapped = textwrap.wrap(line, width=80, break_long_words=False, break_on_hyphens=False)
        out += _hyphenated([piece.split(" ") for piece in wrapped])
    return "\n".join(out)


def pdf_furniture(text: str) -> str:
    """A PDF's page furniture repeated mid-text: every 30 lines a footer with the page number
    and the next page's running header."""
    lines = text.split("\n")
    pages = (len(lines) + 29) // 30
    out: list[str] = []
    for n, line in enumerate(lines):
        if n and n % 30 == 0:
            page = n // 30
            out += [
                "",
                f"Page {page} of {pages}",
                "",
                "Amnesty International Urgent Action Network",
                "",
            ]
        out.append(line)
    return "\n".join(out)


_BULLET_AT_START = re.compile(r"^(\s*)(?:[•◼▪●◾■]|\*|-(?=\s))\s*")


def pdf_bullets(text: str) -> str:
    """A PDF's symbol-font bullets: "•", "◼", "*", "- " turn into the private-use "\uf0b7"."""
    return "\n".join(_BULLET_AT_START.sub("\\1\uf0b7 ", line) for line in text.split("\n"))


def pdf_bullets_qmark(text: str) -> str:
    """Bullets lost in a conversion to "?"."""
    return "\n".join(_BULLET_AT_START.sub("\\1? ", line) for line in text.split("\n"))


def blog(text: str) -> str:
    """A blog's repost: a byline and share buttons above, tags and comments below."""
    top = [
        "Saturday, 15 March 2031",
        "Posted by Lena Hartmann at 10:32",
        "Share this: Facebook | Twitter | Email",
        "",
    ]
    bottom = [
        "",
        "Posted by Lena Hartmann at 10:32 No comments:",
        "Email This BlogThis! Share to Twitter Share to Facebook",
        "Labels: human rights, letters",
        "",
        "3 comments:",
        "",
        "Anonymous said...",
        "Letter sent today, thanks for posting.",
        "16 March 2031 at 08:14",
        "",
        "Newer Post Older Post Home",
        "Subscribe to: Post Comments (Atom)",
    ]
    return "\n".join([*top, text, *bottom])


def related(text: str) -> str:
    """A site's page with its list of related actions below the text: other cases' headlines,
    each with its state ("Action closed", "Update") and a date, in English whatever the
    text's language."""
    bottom = [
        "",
        "Related actions",
        "",
        "URGENT ACTION",
        "Poet detained in Southland",
        "Action closed - 12 January 2031",
        "",
        "Further information on UA 17/31 (SOU 41/002/2031, 2 February 2031) and follow-up",
        "(SOU 41/004/2031, 9 February 2031) - Health concern",
        "",
        "Urgent Action Update: Lawyers Still Held Without Charge",
        "No further action is requested. Thank you to all who sent appeals.",
    ]
    return "\n".join([text, *bottom])


def blank_between(text: str) -> str:
    """A page that puts a blank line after every line (each line a paragraph)."""
    lines = [line for line in text.split("\n") if line.strip()]
    return "\n\n".join(lines)


def no_blank(text: str) -> str:
    """A page with no blank line at all between its paragraphs."""
    return "\n".join(line for line in text.split("\n") if line.strip())


def nbsp(text: str) -> str:
    """Every third space a non-breaking space (as a word processor's paste leaves them)."""
    count = 0

    def swap(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\u00a0" if count % 3 == 0 else " "

    return re.sub(" ", swap, text)


def soft_hyphens(text: str) -> str:
    """A soft hyphen inside every word of 10 or more letters (a CMS's hyphenation hints)."""
    return re.sub(
        r"\b([^\W\d_]{5})([^\W\d_]{5,})\b", lambda m: m.group(1) + "\u00ad" + m.group(2), text
    )


def zero_width(text: str) -> str:
    """A zero-width space after every fifth word and a byte-order mark at the start."""
    count = 0

    def add(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group() + ("\u200b" if count % 5 == 0 else "")

    return "\ufeff" + re.sub(r"(?<=\w) ", add, text)


def tabs(text: str) -> str:
    """Lines indented with a tab, and a tab where a page had two or more spaces or a bullet's
    space."""
    out = []
    for line in text.split("\n"):
        line = re.sub(r" {2,}", "\t", line)
        line = _BULLET_AT_START.sub(lambda m: m.group().rstrip() + "\t", line)
        out.append(("\t" + line) if line else line)
    return "\n".join(out)


def crlf(text: str) -> str:
    """Windows line ends."""
    return text.replace("\n", "\r\n")


def indented(text: str) -> str:
    """Every line indented by three spaces (a mail client's or a forum's block)."""
    return "\n".join(("   " + line) if line else line for line in text.split("\n"))


CARRIERS: dict[str, Callable[[str], str]] = {
    "original": identity,
    "wrap72": wrap72,
    "quoted": quoted,
    "quoted-only": quoted_only,
    "pdf-hyphens": pdf_hyphens,
    "pdf-furniture": pdf_furniture,
    "pdf-bullets": pdf_bullets,
    "bullets-?": pdf_bullets_qmark,
    "blog": blog,
    "related": related,
    "blank-between": blank_between,
    "no-blank": no_blank,
    "nbsp": nbsp,
    "soft-hyphens": soft_hyphens,
    "zero-width": zero_width,
    "tabs": tabs,
    "crlf": crlf,
    "indented": indented,
}

# -- scoring ----------------------------------------------------------------------------------


def score_text(path: Path, carrier: str) -> Score:
    """Import a development text carried by `carrier` and score it as import_score does."""
    if number_of(path) in HELD_OUT:
        raise ValueError(f"{number_of(path)} is held out")
    return score_file(path, carry=CARRIERS[carrier])


def _job(args: tuple[Path, str]) -> tuple[str, str, Score]:
    path, carrier = args
    return carrier, path.name, score_text(path, carrier)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="carriers to run, comma-separated (default: all)")
    parser.add_argument("--files", metavar="NN,NN-NN", help="development files (default: all)")
    parser.add_argument("--worst", type=int, default=3, help="files listed per carrier")
    parser.add_argument("--jobs", type=int, default=2, help="processes")
    args = parser.parse_args(argv)
    carriers = ["original", *(c for c in (args.only or "").split(",") if c and c != "original")]
    if not args.only:
        carriers = list(CARRIERS)
    unknown = [c for c in carriers if c not in CARRIERS]
    if unknown:
        parser.error(f"unknown carrier(s): {', '.join(unknown)}; known: {', '.join(CARRIERS)}")
    paths = [p for p in corpus_files() if number_of(p) not in HELD_OUT]
    if args.files:
        wanted = _file_numbers(args.files)
        if wanted & HELD_OUT:
            parser.error("held-out files are never read here")
        paths = [p for p in paths if number_of(p) in wanted]
    jobs = [(path, carrier) for carrier in carriers for path in paths]
    results: dict[str, dict[str, Score]] = {c: {} for c in carriers}
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            for carrier, name, score in pool.map(_job, jobs, chunksize=4):
                results[carrier][name] = score
    else:
        for carrier, name, score in map(_job, jobs):
            results[carrier][name] = score

    base = results["original"]
    print(f"development, {len(paths)} files")
    print(
        f"{'carrier':<15} {'recall':>7} {'precision':>9} {'silent':>6} {'refused':>7}"
        f" {'lost':>5} {'gained':>6}"
    )
    for carrier in carriers:
        total = Score()
        lost = gained = 0
        for name, score in results[carrier].items():
            total.add(score)
            delta = score.recalled - base[name].recalled
            lost += max(0, -delta)
            gained += max(0, delta)
        print(
            f"{carrier:<15} {total.recall:7.1%} {total.precision:9.1%} {total.silent:>6}"
            f" {total.refused:>7} {lost:>5} {gained:>6}"
        )
    if args.worst:
        print()
        for carrier in carriers[1:]:
            losses = sorted(
                (
                    (
                        base[name].recalled - score.recalled,
                        score.silent - base[name].silent,
                        name,
                    )
                    for name, score in results[carrier].items()
                ),
                key=lambda row: (-row[0], -row[1], row[2]),
            )
            worst = [row for row in losses if row[0] > 0 or row[1] > 0][: args.worst]
            if worst:
                shown = ", ".join(
                    f"{name.split('-')[0]} -{lost}" + (f" (+{silent} silent)" if silent > 0 else "")
                    for lost, silent, name in worst
                )
                print(f"{carrier:<15} {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
