"""The text of a UA made ready for reading: clean lines, run-together fields apart, languages.

Pages, PDFs and pastes run fields together ("CanadaTel:", "... Twitter: @x Facebook: @y",
"SAMPLE LETTER Dear Minister Tang, I am writing"); the parser reads one field per line, so
they are put on lines of their own here, with the labels of the text's language.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from .dates import fold, month_names
from .markers import TABLES, Markers, every_language, matches, search, words_pattern

# Characters no case file may hold (controls), invisible ones, and white space variants.
# A soft hyphen (U+00AD) is a hyphenation hint a page carries inside a word: never shown.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\ud800-\udfff\u200b-\u200d\u2060\ufeff]")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
BULLETS = "•◼▪●◾■◦‣⁃*-–?·"
_TRAILING_BULLET = re.compile(r"^(?![•◼▪●◾■])(\S.*?)\s+([•◼▪●◾■])$")
# A link's hidden label for screen readers, which a page flattened to text runs into the
# link's words ("general@example.orgopens in a new tab", "Kontaktformular(öffnet in neuem
# Fenster)"): it is the page's, not the UA's.
_LINK_LABEL = re.compile(
    r"\s*\(?(?:link\s+)?(?:opens in (?:a )?new (?:tab|window)|"
    r"öffnet (?:sich )?in (?:einem )?neue[mn] (?:tab|fenster)|"
    r"s['’]ouvre dans (?:un nouvel onglet|une nouvelle fenêtre)|"
    r"(?:se )?abre en (?:una )?nueva (?:pestaña|ventana))\)?(?=\s|$|[.,;])|"
    r"\s*\((?:external link|externer link|lien externe|enlace externo)\)",
    re.I,
)
# Bullets as printed, and as a PDF's symbol fonts leave them in copied text: private-use
# characters ("\uf0b7", "\uf0a7", "\uf076", "\uf0d8", ...) or a replacement character.
# (stars run together, "*** Bitte beachten: ...", "**Note**", mark a footnote or bold: no item)
_BULLET = re.compile(
    r"^\s*(?:[•◼▪●◾■◦‣⁃·\ue000-\uf8ff\ufffd➢➤►▶✓✔]|\*(?!\*)|-(?=\s)|–(?=\s)|\?(?=\s+\S))\s*"
)
# A rule drawn with a symbol repeated ("*****", "-----", "=====").
_RULE_LINE = re.compile(r"([*=_~#+-])\1{2,}")
# A PDF's square bullet drawn in a symbol font, read as the letter "n" at the start of its
# line, spaces after it ("n        Calling on ..."): a bullet.
_SYMBOL_FONT_BULLET = re.compile(r"^[ \t]*n[ \t]{2,}(?=[A-Z])")


def clean(text: str) -> str:
    """Return `text` without controls, invisible characters and odd spaces; NFC; LF lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _BIDI.sub("", _CONTROLS.sub("", text.replace("\t", " ").replace("\x0c", "\n")))
    text = _LINK_LABEL.sub("", text)
    lines = [
        piece
        for line in text.split("\n")
        for lost in _lost_bullets(_SYMBOL_FONT_BULLET.sub("• ", line))
        for bounded in _bounded(_SPACES.sub(" ", lost).strip())
        for piece in _inline_bullets(bounded)
    ]
    # A PDF's text layer may put a bullet drawn in another font at the end of its line.
    return "\n".join(_TRAILING_BULLET.sub(r"\2 \1", line) for line in lines)


# Bullets run into one line, as a page flattened to text leaves them: "...language: • Release
# X; • Drop ...". A bullet glyph inside a line opens a new line; a dash or a star does only
# after ":", ";" or "." and when the line holds two or more of them (a dash alone is prose).
_INLINE_GLYPH = re.compile(r"(?<=\S)\s+(?=[•◼▪●◾■➢➤►]\s+\S)")
_INLINE_DASH = re.compile(r"(?<=[:;.])\s+(?=[-*–]\s+\S)")


# A PDF's bullets drawn in a symbol font that a document host dropped from its text layer,
# leaving the spaces around them: "... or your own language:  Calling on ...;  Urging ...".
# Two spaces or more after a colon or a semicolon, before a capitalised word and a sentence's
# lower-case words, are where a bullet was; after a full stop they are a typist's habit.
_LOST_BULLET = re.compile(r"(?<=[:;])[ \u00a0]{2,}(?=[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:,? [a-zà-ÿ]|$))")


def _lost_bullets(line: str) -> list[str]:
    """Return a line whose bullets were lost as one line per bullet, each with a bullet."""
    first, *rest = _LOST_BULLET.split(line)
    return [first, *("• " + piece for piece in rest)]


def _inline_bullets(line: str) -> list[str]:
    """Return a line with bullets run into it as one line per bullet (see above)."""
    pieces = _INLINE_GLYPH.split(line)
    if len(_INLINE_DASH.findall(line)) >= 2:
        pieces = [part for piece in pieces for part in _INLINE_DASH.split(piece)]
    return pieces


# The longest line the parser reads: a UA's longest paragraph is ~3,000 characters, and a
# regular expression's work grows with a line's length.
MAX_LINE_CHARS = 10_000


def _bounded(line: str) -> list[str]:
    """Return a line cut into pieces of at most MAX_LINE_CHARS, at spaces where it can."""
    pieces = []
    while len(line) > MAX_LINE_CHARS:
        cut = line.rfind(" ", 0, MAX_LINE_CHARS)
        cut = cut if cut > 0 else MAX_LINE_CHARS
        pieces.append(line[:cut])
        line = line[cut:].lstrip()
    return [*pieces, line]


def strip_paste_prefix(lines: list[str]) -> list[str]:
    """Drop a `- ` that a paste put before every line (when most lines have it)."""
    content = [line for line in lines if line]
    prefixed = [line for line in content if line.startswith("- ")]
    if content and len(prefixed) >= 0.8 * len(content) and len(content) >= 5:
        return [line[2:] if line.startswith("- ") else line for line in lines]
    return lines


# An e-mail's quoting: "> " before every line, "> > " when quoted twice, ">" alone on a blank.
_QUOTE = re.compile(r"^(?:[ \t]*>)+ ?")


def strip_quote_prefix(lines: list[str]) -> list[str]:
    """Drop the "> " a forwarded or replied e-mail put before every line of the text it quotes
    (when most lines have it): the prefix hides every marker that opens a line."""
    content = [line for line in lines if line.strip()]
    quoted = [line for line in content if _QUOTE.match(line)]
    if len(content) < 5 or len(quoted) < 0.8 * len(content):
        return lines
    return [_QUOTE.sub("", line).strip() for line in lines]


# A blog's or a forum's chrome around a reposted text, each a whole line: a byline with the
# time of posting, share buttons, labels and tags, a count of comments, a commenter's "said...",
# the pager. A byline read as prose names its author as a person at risk.
_CHROME = re.compile(
    r"^(?:(?:posted|published|eingestellt|veröffentlicht|publié|publicado)\s+(?:by|von|par|por)"
    r"\s+\S.{0,60}?\s+(?:at|um|à|a las|en)\s+\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?\b.{0,40}"
    r"|share\s+(?:this|on|to)\b.{0,80}|email this\s+blogthis!.*|(?:labels|tags|schlagwörter"
    r"|étiquettes|etiquetas)\s*:.{0,200}|\d{1,4}\s+(?:comments?|kommentare?|commentaires?"
    r"|comentarios?)\s*:?|no comments\s*:?|\S.{0,40}\s+said\.\.\.|(?:newer post\s+)?older post"
    r"(?:\s+home)?|newer post(?:\s+home)?|subscribe to\s*:\s*post comments.{0,20}"
    # a PDF's page furniture: "Page 2 of 3", "Seite 2 von 3", "2/3"; a notice's own: "Page 2
    # of EXTRA 19/92", "page 3 of UA 123/95"
    r"|(?:page|seite|página|pagina)\s+\d{1,3}\s+(?:of|von|sur|de)\s+\d{1,3}|\d{1,3}\s*/\s*\d{1,3}"
    r"|(?:page|seite|página|pagina)\s+\d{1,3}\s+(?:of|von|sur|de)\s+(?:(?:further information|"
    r"fi|extra|ua|au)\s+(?:on\s+(?:ua|extra)\s+)?)\d{1,4}/\d{2,4})$",
    re.I,
)


_COMMENTS = re.compile(
    r"^(?:\d{1,4}\s+(?:comments?|kommentare?|commentaires?|comentarios?)\s*:?|no comments\s*:?"
    r"|\S.{0,40}\s+said\.\.\.)$",
    re.I,
)


def drop_chrome(lines: list[str]) -> list[str]:
    """Return the lines without a blog's chrome and a PDF's page numbers (`_CHROME`).

    A page break inside a paragraph or a block leaves the page's footer and the next page's
    running header between its lines: a running header is a short line printed again next to
    another page number; the break and the blank lines around it go when the text on both sides
    runs on (no sentence or heading ends before it), or become one blank line."""
    furniture = {n for n, line in enumerate(lines) if _CHROME.match(line.strip())}
    pages = {n for n in furniture if re.search(r"\d\s*(?:of|von|sur|de|/)\s*\d", lines[n])}
    counts: dict[str, int] = {}
    for line in lines:
        counts[line.strip()] = counts.get(line.strip(), 0) + 1
    for page in pages:
        for n in range(max(0, page - 3), min(len(lines), page + 4)):
            line = lines[n].strip()
            running = counts[line] >= 2 or re.search(r"\bamnesty international\b", line, re.I)
            if line and running and len(line) <= 80 and not line.endswith((":", ".")):
                furniture.add(n)  # the running header, printed again at the page's top
    if not furniture:
        return lines
    page_breaks = pages | (furniture - {n for n in furniture if _CHROME.match(lines[n].strip())})
    page_breaks |= {n for n in range(len(lines)) if not lines[n].strip()}
    out: list[str] = []
    n = 0
    while n < len(lines):
        if n not in furniture:
            out.append(lines[n])
            n += 1
            continue
        end = n
        while end < len(lines) and (end in furniture or not lines[end].strip()):
            end += 1
        if any(_COMMENTS.match(lines[k].strip()) for k in range(n, end)) and 2 * n > len(lines):
            break  # the readers' comments after the post: no part of the text
        before = next((line for line in reversed(out) if line.strip()), "")
        after = lines[end].strip() if end < len(lines) else ""
        while out and not out[-1].strip():
            out.pop()
        # a page break inside a sentence (the next page goes on in lower case or after a
        # comma) or inside an address block (two short lines, no sentence ended)
        runs_on = (
            set(range(n, end)) <= page_breaks
            and bool(before and after)
            and not _ENDS_LINE.search(before)
            and (
                after[:1].islower()
                or before.endswith((",", ";", "-", "("))
                or (len(before) <= 60 and len(after) <= 60)
            )
        )
        if not runs_on:
            out.append("")
        n = end
    return out


# A hard-wrapped text (a mailing list's e-mail, a quoted forward, a PDF's text layer): its
# lines stop short of a fixed width, the longest 50-100 characters, none longer but an address.
_WRAP_WIDTHS = (50, 100)
# The word a wrap hyphenated across the line break ("imprison-" / "ment"): lower-case letters.
_HYPHENATED = re.compile(r"(?<=[a-zà-ÿ]{2})-$")
# A roll's line: a name and its gender marker first ("Gelek Example (m) aged 32 ...",
# "Tenzin Example, (m), aged 26"); two such lines in a row are the roll's own breaks, not a
# wrap's, however long the first one is.
_ROLL_ENTRY = re.compile(
    r"^(?:[-•*◼]\s*)?(?-i:[A-ZÀ-Þ])[^\s(),]*(?:\s+[^\s(),]+){0,5},?\s*\((?:[mfhw]|male|female)\)",
    re.I,
)
# A line that ends a sentence or opens a field or a list: no wrap goes on from it.
_ENDS_LINE = re.compile(r"(?:[!?:]|(?<=[^\W\d_]{4})\.)[\"”’»)]?$")


def wrap_width(lines: list[str]) -> int | None:
    """Return the width a text was hard-wrapped at, or None when its lines were not wrapped:
    eight or more lines within 15 characters of the longest line, which is 50-100 long (a
    longer line, an address or a link the wrap could not cut, may stand out twice)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    long = [n for n in lengths if n > _WRAP_WIDTHS[1]]
    usual = [n for n in lengths if n <= _WRAP_WIDTHS[1]]
    if len(long) > 2 or not usual:
        return None
    width = usual[-1]
    near = sum(1 for n in usual if n >= width - 15)
    if width < _WRAP_WIDTHS[0] or near < 8 or near < 0.25 * len(usual):
        return None
    return width


def unwrap(lines: list[str], table: Markers) -> list[str]:
    """Return a hard-wrapped text's lines with each sentence, label's value and address line
    that the wrap cut joined again, and a word hyphenated across the break made whole.

    A line was cut by the wrap when the next line's first word would not have fitted on it
    (within a few columns: an indented line lost its indentation); a line that ends a
    sentence or a heading (":"), and a next line that is a bullet or a label, stay as they
    are: a short line is the text's own break (an address block's line). A channel's label
    the wrap left at a line's end ("... Instagram:" / "@handle") takes its value back.
    """
    width = wrap_width(lines)
    out: list[str] = []
    last = ""  # the previous line as the wrap left it
    for line in lines:
        previous, cut = last, last
        last = line
        if out and _HYPHENATED.search(cut) and re.match(r"[a-zà-ÿ]{2}", line):
            # "uncondi-" / "tionally": a word a PDF or a wrap hyphenated, whatever the width
            out[-1] = out[-1][:-1] + line
            continue
        if width is None:
            out.append(line)
            continue
        first = line.split(" ", 1)[0] if line else ""
        if not (previous and line and out and len(previous) + 1 + len(first) > width - _SLACK):
            out.append(line)
            continue
        stranded = any(
            label_of(label.group(1), table) in _CHANNELS
            for label in re.finditer(r"(?<!\S)(?=(\S{2,20}(?: \S{2,10})?):$)", previous)
        )
        if (_ENDS_LINE.search(previous) and not stranded) or _BULLET.match(line):
            out.append(line)
            continue
        if _ROLL_ENTRY.match(line) and _ROLL_ENTRY.match(previous):
            out.append(line)
            continue
        if re.match(r"^[^\s:]{2,20}:(?:\s|$)", line) and label_of(line.split(":")[0], table):
            out.append(line)
            continue
        out[-1] = f"{out[-1]} {line}"
    return out


_SLACK = 4
_CHANNELS = frozenset(
    [
        "email",
        "fax",
        "phone",
        "twitter",
        "facebook",
        "instagram",
        "bluesky",
        "telegram",
        "web",
        "copy",
    ]
)


def label_names(table: Markers) -> list[tuple[str, str]]:
    """Return (label as printed, field) pairs of the table and of English, longest first."""
    pairs = {
        (label, name)
        for source in dict.fromkeys((table, TABLES["en"]))
        for name, labels in source.labels.items()
        for label in labels
    }
    return sorted(pairs, key=lambda pair: -len(pair[0]))


@cache
def _label_split(language: str) -> re.Pattern[str]:
    table = TABLES[language]
    # Who and where labels ("Name:", "Address:") open a line: "Email address:" is one label.
    labels = "|".join(
        re.escape(label)
        for label, name in label_names(table)
        if len(label) > 2 and name not in ("name", "title", "organisation", "address")
    )
    # A label that follows other text on its line: "... Twitter: @x", "CanadaTel: 1 ...".
    return re.compile(
        # "CanadaTel:" runs a capitalised label into a word ("IndiaDate:" a header's date);
        # "Telefax:" is one label
        rf"(?<=\S)\s*(?:\bI\b|\||/|;)?\s+(?=\(?(?:{labels})\s?:)"
        r"|(?-i:(?<=[a-z])(?=(?:Tel|Fax|Email|Date):))",
        re.I,
    )


def split_fields(line: str, table: Markers) -> list[str]:
    """Return a line cut before every labelled field it runs together ("Fax: 1 Email: x")."""
    if line.startswith("("):
        return [line]  # "(korrekte Anrede: ...)": a hint in brackets stays whole
    parts = _label_split(table.language).split(line)
    # "Phone: 212 687-2020 I Fax: ...": a lone "I" (Amnesty USA's "|") or "|", "/", ";" ends
    # the part; a word that ends in I ("TÜRKEI", "HAITI") keeps it.
    parts = [
        re.sub(r"(?:\s+I|\s*[|/;])+$", "", part.strip()).strip()
        for part in parts
        if part and part.strip()
    ]
    # "Hanoi, VIETNAM, E-Mail: x@y.vn, Fax: 1": the comma before the next field ends none
    parts = [part.rstrip(" ,") for part in parts[:-1]] + parts[-1:]
    parts = _whole_labels(parts, table)
    # "And copy:", "Und Kopie an:": a heading that begins with a joining word stays whole.
    if len(parts) > 1 and fold(parts[0]) in _JOINING:
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]
    return parts


_JOINING = frozenset(["and", "und", "et", "y", "also", "plus", "sowie"])


def _whole_labels(parts: list[str], table: Markers) -> list[str]:
    """Return the parts with a label's first words, left on the part before it, given back
    to it ("... Madrid, España. Página de" / "Facebook: https://..." is "Página de Facebook:")."""
    out = list(parts)
    for number in range(len(out) - 1):
        label = out[number + 1].split(":", 1)[0]
        name = label_of(label, table)
        words = out[number].split()
        for size in (2, 1):
            if len(words) < size:
                continue
            longer = " ".join([*words[-size:], label])
            if name and label_of(longer, table) == name:
                out[number] = " ".join(words[:-size])
                out[number + 1] = f"{' '.join(words[-size:])} {out[number + 1]}"
                break
    return [part for part in out if part]


def salutation_start(table: Markers) -> re.Pattern[str]:
    """Return the expression of a salutation word that starts a letter inside a line."""
    words = "|".join(
        re.escape(w) for w in (*table.salutation_words, *TABLES["en"].salutation_words)
    )
    return re.compile(rf"(?:^|(?<=\s))(?=(?:{words})\b)", re.I)


def prepare(text: str, table: Markers) -> list[str]:
    """Return the lines of a UA text with run-together fields and letters on lines of their own."""
    lines = _wrapped_addresses(
        _continued_lists(
            unwrap(
                drop_chrome(strip_paste_prefix(strip_quote_prefix(clean(text).split("\n")))),
                table,
            ),
            table,
        )
    )
    out: list[str] = []
    letter_words = [p.lstrip("^") for p in (*table.letter_start, *TABLES["en"].letter_start)]
    letter = re.compile(r"\s*\b(" + "|".join(map(re.escape, letter_words)) + r")\b\s*", re.I)
    # a PDF's text layer may run the header's date into the kicker: "Date: 1 May 2012URGENT
    # ACTION ..."
    urgent = re.compile(
        r"(?<=\S)\s+(?=URGENT ACTION\b)|(?<=[0-9a-z])(?=URGENT ACTION\b)|(?<=\S)\s+(?=TAKE ACTION:)"
    )
    # "1. Please take action", not "Datum: 10. Februar 2031" (a German date)
    months = "|".join(sorted(map(re.escape, month_names(table.language)), key=len, reverse=True))
    numbered = re.compile(rf"(?<=[.:!?])\s+(?=\d{{1,2}}\.\s+(?!(?:{months})\b)[A-Z])", re.I)
    for line in lines:
        if not line:
            out.append("")
            continue
        pieces = [line]
        for splitter in (urgent, numbered):
            pieces = [part for piece in pieces for part in splitter.split(piece)]
        pieces = [part for piece in pieces for part in _addressee_before_letter(piece, table)]
        for piece in pieces:
            found = letter.search(piece)
            # A letter's heading inside a line ("SAMPLE LETTER Dear Minister ...") is one
            # in capitals or after a sentence, not "using the sample letter below".
            heading = found and (
                not piece[: found.start()].strip()
                or found.group(1).isupper()
                or piece[: found.start()].rstrip().endswith((".", ":", "!", "?"))
            )
            if found and heading and _names_letter(piece[: found.start()], piece[found.end() :]):
                heading = False
            if found and heading and len(piece) > found.end() + 3:
                before, heading, after = (
                    piece[: found.start()],
                    found.group(1),
                    piece[found.end() :],
                )
                # the block run into the letter's heading keeps its fields apart ("... Office
                # of the Governor, PO Box 1 Contact Form: https://... Twitter: @x SAMPLE LETTER")
                out += [
                    part
                    for x in _heading_split(before.strip(), table)
                    for part in split_fields(x, table)
                ]
                out.append(heading)
                out += _letter_lines(after, table)
                continue
            for part in (
                cut for x in _heading_split(piece, table) for cut in split_fields(x, table)
            ):
                for cut in _salutation_split(part, table):
                    out += _letter_lines(cut, table) if len(cut) > 80 else [cut]
    return [
        cut
        for line in out
        for request in _request_split(line, table)
        for cut in _deadline_split(request, table)
    ]


# A heading in capitals at a line's start: up to four words, no digit, no colon.
_CAPS_HEAD = re.compile(r"^\s*((?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]+\s+){0,3}[A-ZÀ-Ý][A-ZÀ-Ý'’-]+)\s+(?=\S)")


_WORD = re.compile(r"\S+")


def _heading_split(line: str, table: Markers) -> list[str]:
    """Return the heading of the addressees' list in capitals ("CONTACT INFORMATION",
    "DESTINATARIOS") and the block a page ran into it on lines of their own: the words in
    capitals alone are the heading, the whole line is none."""
    found = _CAPS_HEAD.match(line)
    sources = tuple(dict.fromkeys((table, TABLES["en"])))
    if not found or any(matches(source.targets_start, line, source) for source in sources):
        return [line] if line else []
    words = list(_WORD.finditer(line))
    for size in range(len(found.group(1).split()), 0, -1):
        head = " ".join(word.group().strip() for word in words[:size])
        if any(matches(source.targets_start, head, source) for source in sources):
            return [head, line[words[size].start() :].strip()]
    return [line]


# A web address at a line's end, and the rest of it wrapped onto the next line: one word
# that goes on with a path's or an encoding's characters ("%C3%B1a-6036/?ref=x").
_URL_END = re.compile(r"https?://\S+$")
_URL_REST = re.compile(r"^[\w%.-]*[%/?=&#][^\s@]*$")
# Where a web address can be cut: before or after one of its joints ("...-en-Espa" /
# "%C3%B1a-60/?ref=x", "https://x.org/" / "en/documents"). A line that opens with "#" or "@"
# is a hashtag or a handle under the address ("#FreeX"), never the rest of it.
_URL_JOINT = "/%?=&._-"


def _wrapped_addresses(lines: list[str]) -> list[str]:
    """Return the lines with a web address, or a remark in brackets ("(korrekte Anrede: Dear
    Minister/" / "Señor Ministro)"), that a page wrapped joined again."""
    out: list[str] = []
    width = max((len(line.strip()) for line in lines), default=0)
    for line in lines:
        rest = line.strip()
        above = out[-1].strip() if out else ""
        if (
            above.startswith("(")
            and above.count("(") > above.count(")")
            and rest.endswith(")")
            and "(" not in rest
            and len(above) + len(rest) < 200
        ):
            out[-1] = f"{above} {rest}"
            continue
        if (
            out
            and _URL_END.search(out[-1])
            and _URL_REST.match(rest)
            and re.search(r"[^\W\d_]|%", rest)  # no date ("12/05/2031")
            and not rest.startswith(("http", "www."))
            and _url_goes_on(above, rest, width)
        ):
            out[-1] = f"{out[-1]}{rest}"
            continue
        out.append(line)
    return out


def _url_goes_on(above: str, rest: str, width: int) -> bool:
    """Say whether a line goes on with the web address that ends the line above: it opens
    with one of the address's joints, the address above ends in one, or the line above runs
    to the page's wrap width (the address was cut where the line was full)."""
    if rest.startswith(("#", "@")):
        return False
    return (
        rest.startswith(tuple(_URL_JOINT))
        or above.endswith(tuple(_URL_JOINT))
        or len(above) >= width - 5
    )


def _deadline_split(line: str, table: Markers) -> list[str]:
    """Return a deadline instruction in capitals on a line of its own when a page ran it into
    the header before it and the case text after it ("... 20 mars 2014 ENVOYEZ VOS APPELS
    AVANT LE 1er MAI 2014 Les prisonniers d'opinion X et Y vont être jugés ...")."""
    if len(line) < 60:
        return [line]
    for source in dict.fromkeys((table, TABLES["en"])):
        found = search(source.deadline, line, source)
        if not found:
            continue
        letters = [ch for ch in found.group() if ch.isalpha()]
        if sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
            return [line]  # a deadline said inside a sentence stays in it
        after = line[found.end() :].strip()
        # the case text: a capitalised word, then a sentence's lower-case words
        prose = (
            re.match(r"^[A-ZÀ-Ý][^\s.]*\s+(?:\S+\s+){3,}", after)
            and sum(w[:1].islower() for w in after.split()[:12]) >= 4
        )
        if not prose:
            return [line]
        before = line[: found.start()].strip()
        return [part for part in (before, line[found.start() : found.end()].strip(), after) if part]
    return [line]


def _request_split(line: str, table: Markers) -> list[str]:
    """Return a request to write and the block it runs into on lines of their own ("Schreiben
    Sie in gutem Persisch ... an den: Religionsführer X The Office of ... Street")."""
    for colon in (m.end() for m in re.finditer(r":\s", line)):
        request, block = line[:colon].strip(), line[colon:].strip()
        if len(block.split()) < 4 or re.match(r"^[^:]{1,30}:", block):
            continue  # a label's value, not an addressee's block
        if any(
            matches(source.targets_start, request, source)
            for source in dict.fromkeys((table, TABLES["en"]))
        ):
            return [request, block]
        if not label_of(request[:-1], table) and any(
            matches(source.copies_start, request, source)
            for source in dict.fromkeys((table, TABLES["en"]))
        ):
            # "Kopie an: Botschaft ..., 10969 Berlin": a copy's block after its heading
            # (a bare "Copy:" label inside a target's block stays that block's field)
            return [request, block]
    return [line]


# Words that make a letter's heading a mention of it: "... du MODÈLE DE LETTRE CI-DESSOUS",
# "using the SAMPLE LETTER below", "den MUSTERBRIEF unten", "la CARTA MODELO a continuación".
_BELOW = re.compile(r"^\W*(?:ci-dessous|ci-après|below|unten|abajo|a continuación)\b", re.I)
_MENTION_BEFORE = frozenset(
    [
        "du",
        "de",
        "des",
        "le",
        "la",
        "ce",
        "notre",
        "the",
        "a",
        "an",
        "our",
        "this",
        "dem",
        "den",
        "der",
        "unseren",
        "el",
        "al",
        "del",
        "nuestra",
        "esta",
    ]
)


def _names_letter(before: str, after: str) -> bool:
    """Say whether a letter's heading found inside a line only mentions the letter."""
    words = before.split()
    return bool(_BELOW.match(after)) or bool(words and words[-1].lower() in _MENTION_BEFORE)


def _continued_lists(lines: list[str], table: Markers) -> list[str]:
    """Return the lines with a labelled list that goes on to the next line joined to it
    ("Email: a@example.org ;" then "b@example.org"): the second value is the same field's."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        head = re.match(r"^([^:]{2,30}):\s*\S", previous)
        label = label_of(head.group(1), table) if head else None
        if (
            line
            and label is not None
            and previous.rstrip().endswith((";", ","))
            and re.match(r"^([^:]{2,30}):", line) is None
        ):
            out[-1] = f"{previous.rstrip()} {line.strip()}"
            continue
        if label in ("fax", "phone") and re.fullmatch(r"\+?\(?\d[\d\s().-]{5,}", line.strip()):
            # "Fax: +375 17 226 06 10" then "+375 17 222 38 72": a second number of the field.
            out[-1] = f"{previous.rstrip()} ; {line.strip()}"
            continue
        out += _date_run_on(_number_into_date(_number_label(line, table), table), table)
    return out


# A UA's number whose year runs into the day of the date after it ("AU 121/9210 de abril de
# 1992", "UA 45/0703 May 2007"): the copy lost the space between them.
_NUMBER_RUN_ON = re.compile(
    r"\b((?:UA|AU|EXTRA|FI)\s*:?\s*\d{1,4}[./](\d{2}))((\d{1,2})\.?\s+[^\W\d_])"
)


def _number_into_date(line: str, table: Markers) -> str:
    """Return a UA's number run into the date after it with a space between them, when the
    date that follows is whole and its year is the number's ("AU 121/9210 de abril de 1992"
    -> "AU 121/92 10 de abril de 1992"); "UA 12/2010 April 2010" and "UA 77/2020 June 2020"
    (a year of four digits) stay as printed."""
    from .dates import first_date

    match = _NUMBER_RUN_ON.search(line)
    if not match:
        return line
    date = first_date(line[match.start(3) :], table.language)
    if (
        date is None
        or date.start != 0
        or date.year is None
        or not date.full()
        or date.year % 100 != int(match.group(2))
        # "UA 77/2020 June 2020": the number's year has four digits, and the date opens with
        # its month; its last two digits are no day
        or int(match.group(2) + match.group(4)) == date.year
    ):
        return line
    return f"{line[: match.end(1)]} {line[match.start(3) :]}"


def _date_run_on(line: str, table: Markers) -> list[str]:
    """Return a date run into the first sentence ("20. Februar 2020Viktar ...") as two lines."""
    from .dates import first_date

    match = re.match(r"^(.{6,30}?\d{4})(?=[A-ZÀ-Ý][a-zà-ÿ])", line)
    if not match:
        return [line]
    date = first_date(match.group(1), table.language)
    if date is None or not date.full() or len(date.text) < len(match.group(1).strip()) - 2:
        return [line]
    return [match.group(1).strip(), line[match.end() :]]


def _number_label(line: str, table: Markers) -> str:
    """Return "Fax +202 2391 1441" as "Fax: +202 2391 1441": a number's label without its colon."""
    match = re.match(r"^([A-Za-zÀ-ÿ.-]{2,12})\s+(\+?\(?\d[\d\s().-]{5,})$", line.strip())
    if match and label_of(match.group(1), table) in ("fax", "phone"):
        return f"{match.group(1)}: {match.group(2)}"
    return line


# A salutation's words are read in every table's language: a page may give its model letter
# in another language than its own ("Write in Spanish: Estimado Fiscal, Me dirijo ...").
# The writer's first words after a salutation (the tables' `writer_openings`: "I", "We",
# "Ich", "Je", "Nous", "Me dirijo").
_LETTER_OPENS = re.compile(rf"{words_pattern(every_language('writer_openings'))}\b")
# A salutation of up to twelve words, its punctuation, then the writer's first words.
_SALUTATION_BEFORE_WRITER = re.compile(
    rf"((?:\S+\s+){{0,11}}?\S+?)([,:!])\s+(?={_LETTER_OPENS.pattern})"
)
# Words that may stand in lower case inside a salutation's words (the tables'
# `salutation_particles`: "Dear Minister of the Interior", "Monsieur le Président de la
# République").
SALUTATION_PARTICLES = frozenset(every_language("salutation_particles"))
# A salutation of up to eight words, its punctuation, then a capital.
_SALUTATION_BEFORE_CAPITAL = re.compile(r"((?:\S+\s+){0,7}?\S+?)([,:!])\s+(?=[A-ZÀ-Ý])")


# A letter's salutation inside a line, after the addressee's words ("H.E X The President of Y
# Dear H.E, President X, I am ..."): opening words no office or name holds (the tables'
# `salutation_openings`).
_SALUTATION_INSIDE = re.compile(
    r"(?<=[^\W\d_])\s+"
    rf"(?={words_pattern(every_language('salutation_openings'))}\s)"
)


_SENTENCE_INSIDE = re.compile(r"[.!?]\s")


def _addressee_before_letter(piece: str, table: Markers) -> list[str]:
    """Return the addressee a page ran into its model letter's salutation and the letter on
    lines of their own: the words before the salutation are no sentence (no full stop, at
    most 30 words, a capital first), and the salutation ends where the writer's words begin."""
    # "Son Excellence Monsieur le Président X ... Monsieur le Président, Je ...": an office
    # may open with a salutation's words too; the salutation is the one the writer's words
    # follow, and it holds no second salutation
    for found in _SALUTATION_INSIDE.finditer(piece):
        before, after = piece[: found.start()].strip(), piece[found.end() :]
        if not before[:1].isupper() or _SENTENCE_INSIDE.search(before) or len(before.split()) > 30:
            return [piece]
        if _salutation_before_writer(after):
            return [before, after]
    return [piece]


def _salutation_before_writer(text: str) -> re.Match[str] | None:
    """Return a salutation of up to twelve words that the writer's first words follow, when
    it only addresses: past its first punctuation, a name or an office's capitalised words
    ("Dear H.E, President X, I am ..."), not a clause of the letter ("Dear Minister, As a
    supporter of X, I am ..."), and no second salutation inside it."""
    found = _SALUTATION_BEFORE_WRITER.match(text)
    if not found:
        return None
    said = found.group(1)
    if _SALUTATION_INSIDE.search(said):
        return None
    cut = re.search(r"[,:!]\s", said)
    words = said[cut.end() :].split() if cut else []
    if any(not word[:1].isupper() and fold(word) not in SALUTATION_PARTICLES for word in words):
        return None
    return found


def _letter_lines(text: str, table: Markers) -> list[str]:
    """Return a letter run into one line as its salutation and the rest ("Dear X, I am ...")."""
    if not salutation_start(table).match(text):
        return [text]
    match = _SALUTATION_BEFORE_CAPITAL.match(text)
    # a long salutation, or one with a comma inside ("Dear H.E, President X, I am ..."): it
    # ends where the writer's first words begin
    opening = _salutation_before_writer(text)
    if opening and (not match or not _LETTER_OPENS.match(text[match.end() :])):
        match = opening
    if match:
        return [match.group(1) + match.group(2), text[match.end() :].strip()]
    return [text]


def _salutation_split(line: str, table: Markers) -> list[str]:
    """Return a `Salutation:` line cut before a letter that follows it on the same line."""
    head = re.match(r"^([^:]{3,30}):\s*(.+)$", line)
    if not head or label_of(head.group(1), table) != "salutation":
        return [line]
    value = head.group(2)
    heading = _copies_heading_inside(value, table)
    if heading:
        # "Salutation: Dear Director And copies to: Minister X ...": two columns of a PDF
        # run together; the copies' heading opens a line of its own
        return [f"{head.group(1)}: {value[:heading].strip()}", value[heading:].strip()]
    later = [
        m.start()
        for m in salutation_start(table).finditer(value)
        if m.start() > 0 and re.search(r"[,:!]\s+[A-ZÀ-Ý]", value[m.start() :])
    ]
    if not later:
        return [line]

    first, rest = value[: later[0]].strip(), value[later[0] :]
    return [f"{head.group(1)}: {first}", *_letter_lines(rest, table)]


def _copies_heading_inside(value: str, table: Markers) -> int | None:
    """Return where a heading of copies ("And copies to:", "Sende eine Kopie an:") begins
    inside a salutation's value, or None."""
    for source in dict.fromkeys((table, TABLES["en"])):
        phrases = tuple(
            phrase.removeprefix("^").removesuffix("$")
            for phrase in source.copies_start
            if phrase.rstrip("$").endswith(":")
        )
        found = search(phrases, value, source)
        if found and found.start() > 0:
            return found.start()
    return None


def label_of(text: str, table: Markers) -> str | None:
    """Return the field a label names ("E-Mail" -> "email"), or None."""
    key = fold(text.strip().strip("()[]").strip())
    for label, name in label_names(table):
        if key == fold(label):
            return name
    # "Phone number", "Fax no.", "Telefonnummer", "Numéro de téléphone", "Número de fax": the
    # channel, and the word for its number; "Twitter handle", "Instagram account": the network,
    # and the word for its account
    bare = re.sub(
        r"\s*(?:number|no\.?|nr\.?|nummer|handle|account)$|^(?:numéro|numero|número)\s+de\s+",
        "",
        key,
    )
    if bare != key and bare:
        return label_of(bare, table)
    parts = re.split(r"\s*/\s*|\s+(?:&|and|und|et|y)\s+", key)
    if len(parts) == 2 and all(parts):
        # "Tel/Fax", "Phone & fax", "Téléphone et fax": one number for two channels; a fax
        # reaches the official on paper, so the number is read as the fax
        names = [label_of(part, table) for part in parts]
        if all(names) and "fax" in names:
            return "fax"
    return None


def bullet_text(line: str) -> str | None:
    """Return the text of a bulleted line without its bullet, or None if it has none."""
    match = _BULLET.match(line)
    if not match or match.end() >= len(line):
        return None
    item = line[match.end() :].strip()
    if _RULE_LINE.fullmatch(item):
        return None  # "*****************": a rule that parts a page's chrome, no item
    return item


# A line of a roll of names: short, capitalised, no sentence in it ("Ahmet Example, lawyer").
_ROLL_LINE = re.compile(r"^(?:[-•*◼]\s*)?[A-ZÀ-ÝĀ-Ž][^.!?]{2,58}$")
# A German date's ordinal dot ("am 2. Juni 2020 freigelassen") ends no sentence.
_ORDINAL_DOT = re.compile(
    r"(?<![\d.])(\d{1,2})\.(?=\s*(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August"
    r"|September|Oktober|November|Dezember)\b)"
)


# A table-like line of a roll, "Name – role – what happened": three short fields, longer in
# all than a roll's line of two.
_TABLE_LINE = re.compile(
    r"^(?:[-•*◼]\s*)?[A-ZÀ-ÝĀ-Ž][^–—.!?]{2,50}\s[–—]\s[^–—.!?]{2,50}\s[–—]\s[^–—.!?]{2,50}$"
)


def _roll_line(line: str) -> bool:
    """Say whether a line has a roll's shape, a date's ordinal dot allowed in it."""
    line = _ORDINAL_DOT.sub(r"\1", line)
    return bool(_ROLL_LINE.match(line) or _TABLE_LINE.match(line))


# A roll's line that is a name alone: two to five capitalised words (a particle between).
_NAME_ALONE = re.compile(
    r"^\s*(?:[-•*◼]\s*)?[A-ZÀ-ÝĀ-Ž][\w'’-]+(?:\s+(?:[A-ZÀ-ÝĀ-Ž][\w'’-]+|al-[\w'’-]+|bin|ibn|van"
    r"|von|de|da|dos|del|la)){1,4}\s*$"
)
# A roll's line that gives a role in small letters after the name's comma ("A, student").
_ROLE_AFTER_COMMA = re.compile(r"^[^,]{3,60},\s*[a-zà-ÿ]")
# What parts a roll's line: a comma, or a dash between spaces ("A – lawyer – released").
_ROLL_COMMA = re.compile(r", | [–—] ")


def _roll(lines: list[str]) -> bool:
    """Say whether lines are a roll of names, one per line ("Name, role"), not wrapped prose:
    three or more short capitalised lines with no sentence in them, most with a comma (two
    will do when both are bullets or have their comma)."""
    if len(lines) == 2 and all(_roll_line(line.strip()) for line in lines):
        # two bullets, or two "Name, role" lines: a roll as well
        return all(re.match(r"\s*[-•*◼]\s", line) or _ROLL_COMMA.search(line) for line in lines)
    if len(lines) < 3 or not all(_roll_line(line.strip()) for line in lines):
        return False
    commas = sum(bool(_ROLL_COMMA.search(line)) for line in lines)
    # ... a name alone on its line counts as one with its comma ("Saturday Example / Paul
    # Example / John Example, student") where a line gives a role in small letters, or five
    # names stand alone (fewer are an address's lines: "Sección Española / Secretariado")
    alone = sum(bool(_NAME_ALONE.match(line)) for line in lines)
    if alone < 5 and not any(_ROLE_AFTER_COMMA.search(line) for line in lines):
        alone = 0
    return 2 * (commas + alone) > len(lines)


def _joined(lines: list[str]) -> list[str]:
    """Return a paragraph's lines joined, a roll of names in it kept a line per name."""
    out: list[str] = []
    pending: list[str] = []
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and _roll_line(lines[end].strip()):
            end += 1
        # The roll may follow header lines of the same shape ("Distr: UA/SC", "TURKEY").
        # ... a roll of two only when nothing of the same shape precedes it ("• A / • B, 34
        # / • C" is one list)
        first = next(
            (
                k
                for k in range(start, end - 1)
                if (end - k > 2 or k == start) and _roll(lines[k:end])
            ),
            None,
        )
        if first is None:
            pending.extend(lines[start : max(end, start + 1)])
            start = max(end, start + 1)
            continue
        pending.extend(lines[start:first])
        if pending:
            out.append(" ".join(pending))
            pending = []
        out.extend(lines[first:end])
        start = end
    if pending:
        out.append(" ".join(pending))
    return out


def paragraphs(lines: list[str]) -> list[str]:
    """Return the text's paragraphs: lines between blank lines, joined; the lines of a roll of
    names each a paragraph of their own (joined, "A, lawyer B, journalist" would give each
    name the role of the line before)."""
    out: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            out.extend(_joined(current))
            current = []
    return out


# A sentence ends at . ! ? before a capital; not after a number ("am 3. März", "No. 15"),
# unless the number is a year ("released on 28 January 1995. She ...").
_SENTENCE = re.compile(
    r"(?:(?<=[^\d\s][.!?])|(?<=\D(?:19|20)\d\d[.!?]))[\"”’»)]?\s+(?=[\"“«(]?[A-ZÀ-ÝĀ-Ž0-9‘'])"
)


def sentences(text: str) -> list[str]:
    """Return the sentences of a paragraph (a plain split after . ! ? and a capital)."""
    return [part for part in _SENTENCE.split(text) if part.strip()]


def detect_language(text: str) -> tuple[str, str]:
    """Return the language of a UA text among those with a marker table, and how it was told.

    The second value is the rule (evidence.py): `language.markers` when the UA's own markers
    or a clear majority of common words say it, `language.words` when the words barely do
    (English is the default of a text that says nothing).
    """
    # Invisible characters inside words (soft hyphens, zero-width spaces) would cut the
    # words the tables count.
    text = clean(text)
    kana = sum(1 for char in text if "\u3040" <= char <= "\u30ff")
    if kana > 20:
        return "ja", "language.markers"
    words = re.findall(r"[^\W\d_]+", text.lower())
    counts = {code: 0 for code in TABLES if code != "ja"}
    for word in words:
        for code in counts:
            if word in TABLES[code].common_words:
                counts[code] += 1
    # A UA's own markers weigh more than common words: a Swiss page in German may carry
    # long English notices, but its number, index and status lines are German.
    by_words = max(counts, key=lambda code: counts[code])
    marked: set[str] = set()
    for code in counts:
        table = TABLES[code]
        for kind in ("closed", "deadline", "targets_start", "copies_start", "write_in"):
            if matches(getattr(table, kind), text, table):
                marked.add(code)
                if code != "en":
                    counts[code] += 150

    best = max(counts, key=lambda code: counts[code])
    if not counts[best]:
        return "en", "language.words"
    runner_up = max(count for code, count in counts.items() if code != best)
    clear = counts[best] >= 20 and counts[best] >= 3 * runner_up
    if best != by_words:
        # The markers of one language (page chrome: "Abgeschlossen am ...") outweigh a body
        # in another: which one the letters follow is the reviewer's call.
        return best, "language.mixed"
    return best, "language.markers" if best in marked or clear else "language.words"


def address_language(url: str | None) -> str | None:
    """Return the language a page's address says it shows ("?ua_language=en", "/fr/"), or None."""
    if not url:
        return None
    query = re.search(r"[?&](?:[a-z]+_)?(?:lang|language|hl)=([a-z]{2})\b", url, re.I)
    path = re.search(r"^[a-z]+://[^/]+/([a-z]{2})(?:/|$)", url, re.I)
    found = query or path
    code = found.group(1).lower() if found else None
    return code if code in TABLES else None


@cache
def country_names(language: str) -> dict[str, str]:
    """Return {folded country name: code} in `language`, English and the table's own words."""
    from babel import Locale

    from .. import l10n

    names: dict[str, str] = {}
    for tag in dict.fromkeys((language, "en")):
        for code, name in Locale.parse(tag).territories.items():
            if len(code) == 2 and l10n.is_country(code):
                short = re.sub(r"\s*\(.*\)$", "", name)
                for form in (name, short):
                    # CLDR writes "Bosnia & Herzegovina", "Côte d’Ivoire"; pages write
                    # "and" and a straight apostrophe.
                    names.setdefault(fold(form), code)
                    names.setdefault(fold(form.replace("’", "'")), code)
                    and_word = {"de": "und", "fr": "et", "es": "y"}.get(tag, "and")
                    names.setdefault(fold(form.replace("&", and_word)), code)
    for tag in dict.fromkeys((language, "en")):
        for word, code in TABLES[tag].country_words.items():
            names.setdefault(fold(word), code)
    names.pop("", None)
    return names


def country_code(name: str, language: str) -> str | None:
    """Return the code of a country named in `language` or English ("IRAN", "Kirgisistan"),
    also by its official long form ("Kingdom of Eswatini", "République islamique d'Iran")."""
    key = fold(name.strip(" .,;:()|/")).removeprefix("the ")
    names = country_names(language)
    if key in names:
        return names[key]
    if key.replace(".", "") in _SHORT_FORMS:
        return _SHORT_FORMS[key.replace(".", "")]
    official = _OFFICIAL_FORM.match(key.replace("’", "'"))
    if official and key != "republic of china":  # Taiwan's name, and the tail of China's
        # official one ("Embassy of the People's Republic of China"): no country alone
        rest = key[official.end() :].removeprefix("the ")
        return names.get(rest) or names.get(rest.replace("’", "'"))
    return None


# The words of a country's official long form before its short name, in the languages read:
# "Kingdom of", "Islamic Republic of", "République islamique d'", "Reino de", "Königreich".
_OFFICIAL_FORM = re.compile(
    # folded, as the key: no accents, lower case
    r"^(?:(?:hashemite |united |federal |islamic |arab |people's |democratic |socialist |"
    r"bolivarian |plurinational |co-operative |cooperative )*(?:kingdom|republic|state|"
    r"federation|sultanate|emirate|commonwealth|principality) of |"
    r"(?:royaume|republique|etat|sultanat|emirat|principaute)(?: (?:islamique|arabe|"
    r"populaire|federale|democratique|socialiste|bolivarienne|hachemite|unie))* (?:de la |"
    r"de l'|du |des |de |d')|"
    r"(?:islamische |arabische |sozialistische |demokratische |foderative |bolivarische )*"
    r"(?:konigreich|republik|volksrepublik|staat|sultanat|emirat|foderation|furstentum) |"
    r"(?:reino|republica|estado|sultanato|emirato|federacion|principado)(?: (?:islamica|arabe|"
    r"popular|federal|democratica|socialista|bolivariana|plurinacional|hachemita|unida))* "
    r"(?:de la |del |de ))"
)
# Short forms CLDR does not list, without their dots.
_SHORT_FORMS = {
    "usa": "US",
    "united states of america": "US",
    "great britain": "GB",
    "estados unidos de america": "US",
    "etats-unis d'amerique": "US",
    "vereinigte staaten von amerika": "US",
}


@cache
def _country_pattern(language: str) -> re.Pattern[str]:
    names = sorted(country_names(language), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")


def countries_in(text: str, language: str) -> list[tuple[str, int, int]]:
    """Return (code, start, end) of every country named in `text` (case and accents ignored)."""
    folded = fold(text)
    if len(folded) != len(text):  # a character that folds to several: search what folds alike
        return [
            (country_names(language)[m.group(1)], m.start(), m.end())
            for m in _country_pattern(language).finditer(folded)
        ]
    return [
        (country_names(language)[m.group(1)], m.start(), m.end())
        for m in _country_pattern(language).finditer(folded)
    ]


# Amnesty's document index names the country a document is about by its region and two
# digits ("AFR 16/002/2008" Burundi, "MDE 13/..." Iran): the codes of amnesty.org's document
# pages (amnesty.org/en/documents/ASA21/...). Region codes: AFR Africa, AMR the Americas,
# ASA Asia and the Pacific, EUR Europe and Central Asia, MDE the Middle East and North
# Africa. A code a territory shared over time is uncertain (ASA 21 covered East Timor under
# Indonesia's occupation; EUR 48 Yugoslavia, then Serbia; MDE 15 Israel and the Occupied
# Territories).
AI_INDEX_COUNTRIES: dict[str, str] = {
    # Africa
    "AFR 12": "AO", "AFR 14": "BJ", "AFR 15": "BW", "AFR 16": "BI", "AFR 17": "CM",
    "AFR 19": "CF", "AFR 20": "TD", "AFR 21": "KM", "AFR 22": "CG", "AFR 24": "GQ",
    "AFR 25": "ET", "AFR 26": "GA", "AFR 27": "GM", "AFR 28": "GH", "AFR 29": "GN",
    "AFR 30": "GW", "AFR 31": "CI", "AFR 32": "KE", "AFR 33": "LS", "AFR 34": "LR",
    "AFR 35": "MG", "AFR 36": "MW", "AFR 37": "ML", "AFR 38": "MR", "AFR 41": "MZ",
    "AFR 42": "NA", "AFR 43": "NE", "AFR 44": "NG", "AFR 46": "ZW", "AFR 47": "RW",
    "AFR 49": "SN", "AFR 51": "SL", "AFR 52": "SO", "AFR 53": "ZA", "AFR 54": "SD",
    "AFR 55": "SZ", "AFR 56": "TZ", "AFR 57": "TG", "AFR 59": "UG", "AFR 60": "BF",
    "AFR 62": "CD", "AFR 63": "ZM", "AFR 64": "ER", "AFR 65": "SS",
    # The Americas
    "AMR 13": "AR", "AMR 18": "BO", "AMR 19": "BR", "AMR 20": "CA", "AMR 22": "CL",
    "AMR 23": "CO", "AMR 25": "CU", "AMR 27": "DO", "AMR 28": "EC", "AMR 29": "SV",
    "AMR 34": "GT", "AMR 36": "HT", "AMR 37": "HN", "AMR 38": "JM", "AMR 41": "MX",
    "AMR 43": "NI", "AMR 44": "PA", "AMR 45": "PY", "AMR 46": "PE", "AMR 51": "US",
    "AMR 52": "UY", "AMR 53": "VE",
    # Asia and the Pacific
    "ASA 11": "AF", "ASA 13": "BD", "ASA 16": "MM", "ASA 17": "CN", "ASA 20": "IN",
    "ASA 21": "ID", "ASA 22": "JP", "ASA 23": "KH", "ASA 24": "KP", "ASA 25": "KR",
    "ASA 26": "LA", "ASA 28": "MY", "ASA 29": "MV", "ASA 30": "MN", "ASA 31": "NP",
    "ASA 33": "PK", "ASA 35": "PH", "ASA 36": "SG", "ASA 37": "LK", "ASA 38": "TW",
    "ASA 39": "TH", "ASA 41": "VN", "ASA 57": "TL",
    # Europe and Central Asia
    "EUR 11": "AL", "EUR 21": "FR", "EUR 23": "DE", "EUR 25": "GR", "EUR 30": "IT",
    "EUR 41": "ES", "EUR 44": "TR", "EUR 45": "GB", "EUR 46": "RU", "EUR 48": "RS",
    "EUR 49": "BY", "EUR 50": "UA", "EUR 54": "AM", "EUR 55": "AZ", "EUR 56": "GE",
    "EUR 57": "KZ", "EUR 58": "KG", "EUR 59": "MD", "EUR 60": "TJ", "EUR 61": "TM",
    "EUR 62": "UZ", "EUR 63": "BA", "EUR 64": "HR", "EUR 65": "MK", "EUR 66": "ME",
    # Middle East and North Africa
    "MDE 11": "BH", "MDE 12": "EG", "MDE 13": "IR", "MDE 14": "IQ", "MDE 15": "IL",
    "MDE 16": "JO", "MDE 17": "KW", "MDE 18": "LB", "MDE 19": "LY", "MDE 20": "OM",
    "MDE 21": "PS", "MDE 22": "QA", "MDE 23": "SA", "MDE 24": "SY", "MDE 25": "AE",
    "MDE 28": "DZ", "MDE 29": "MA", "MDE 30": "TN", "MDE 31": "YE",
}  # fmt: skip
# Codes whose country changed over the years or that a record may give as another country.
AI_INDEX_UNCERTAIN = frozenset({"ASA 21", "EUR 48", "MDE 15", "EUR 46", "AFR 54", "AFR 62"})
_AI_INDEX = re.compile(r"^\s*([A-Z]{3})\s?(\d{2})\s*/")


def index_country(index: str) -> tuple[str, bool] | None:
    """Return the country an Amnesty index names ("AFR 16/002/2008": BI) and whether the
    table is sure of it; None for a regional or unknown code."""
    found = _AI_INDEX.match(index)
    if not found:
        return None
    key = f"{found.group(1)} {found.group(2)}"
    code = AI_INDEX_COUNTRIES.get(key)
    if code is None:
        return None
    return code, key not in AI_INDEX_UNCERTAIN


@cache
def language_names(language: str) -> dict[str, str]:
    """Return {folded language name: code} in `language` and English ("persisch": "fa")."""
    from babel import Locale

    names: dict[str, str] = {}
    for tag in dict.fromkeys((language, "en")):
        for code, name in Locale.parse(tag).languages.items():
            if "_" not in code and len(code) in (2, 3):
                names.setdefault(fold(name), code)
    # Spellings the locale data lacks: older or transliterated names of a language.
    names.update(
        {
            "farsi": "fa",
            # Afghanistan's Persian, which ISO 639-1 does not tell apart (639-3 "prs")
            "dari": "fa",
            "mandarin": "zh",
            "chinese": "zh",
            "belarussian": "be",
            "byelorussian": "be",
            "bielorusse": "be",
            "weissrussisch": "be",
            "azeri": "az",
            "bengali": "bn",
            "sinhalese": "si",
            "singhalese": "si",
            "uighur": "ug",
            "kirundi": "rn",
            "kirghiz": "ky",
            "tadjik": "tg",
            "castellano": "es",
            "aseri": "az",
            "bahasa indonesia": "id",
            "bahasa malaysia": "ms",
            "bahasa melayu": "ms",
            # Filipino has no ISO 639-1 code; Tagalog, its basis, has
            "filipino": "tl",
            "pilipino": "tl",
        }
    )
    return names


# A language named by its adjective before the word for language ("in englischer oder
# deutscher Sprache", "en langue anglaise"): the adjective's ending and the noun.
_LANGUAGE_NOUN = re.compile(r"^(?:langue\s+)?(.+?)(?:\s+(?:sprache|language|langue|idioma))?$")
_ADJECTIVE_ENDING = re.compile(r"(?<=sch)(?:er|en|e|es)$")


# Names that stand for different languages by the case's country: "Bahasa" alone ("language")
# is Bahasa Indonesia in a case on Indonesia, Bahasa Malaysia in one on Malaysia. Elsewhere the
# name stays unknown (and the languages marked).
BY_COUNTRY: dict[str, dict[str, str]] = {
    "bahasa": {"ID": "id", "MY": "ms", "BN": "ms"},
}


def _language_code(word: str, names: dict[str, str], country: str | None = None) -> str | None:
    """Return the code of a language named by `word` (folded), or None; a name that stands
    for different languages (`BY_COUNTRY`) only when the case's `country` settles it."""
    code = names.get(word) or BY_COUNTRY.get(word, {}).get(country or "")
    if code:
        return code
    bare = _LANGUAGE_NOUN.sub(r"\1", word)
    return names.get(bare) or names.get(_ADJECTIVE_ENDING.sub("", bare))


def language_codes(
    text: str, table: Markers, country: str | None = None
) -> tuple[list[str], bool, list[str]]:
    """Return the languages of a "write in ..." phrase, whether the writer's own is allowed,
    and the words of the list that name no language known here ("Belarussian"); `country`
    (the case's) settles a name that stands for different languages ("Bahasa")."""
    own = any(
        fold(phrase) in fold(text) for phrase in (*table.own_language, *TABLES["en"].own_language)
    )
    for phrase in (*table.own_language, *TABLES["en"].own_language):
        text = re.sub(re.escape(phrase), "", text, flags=re.I)
    separators = {
        *table.and_words,
        "or",
        "oder",
        "ou",
        "o",
        "and",
        "und",
        "et",
        "y",
        "または",
        "か",
    }
    parts = re.split(
        r"\s*(?:,|/|または|、|\b(?:" + "|".join(map(re.escape, separators)) + r")\b)\s*", text
    )
    codes: list[str] = []
    unknown: list[str] = []
    names = language_names(table.language)
    for part in parts:
        word = fold(part.strip(" .:;()"))
        # (a bare "in"/"en" is a list cut short: "en español o en")
        word = re.sub(r"^(?:in|auf|en|gutem|good|plain)(?:\s+|$)", "", word)
        code = _language_code(word, names, country)
        first = _language_code(word.split()[0], names, country) if len(word.split()) > 1 else None
        if code and code not in codes:
            codes.append(code)
        elif first and codes:
            # "English, Chinese whatever you like": a list of languages goes on in words
            # no table knows.
            codes += [first] if first not in codes else []
            unknown.append(part.strip(" .:;()"))
        elif (
            not code
            and word
            and (
                len(word.split()) == 1 or re.search(r"language|sprache|langue|idioma|lengua", word)
            )
        ):
            # One unknown word, or words about a language no table knows ("whatever
            # language suits you").
            unknown.append(part.strip(" .:;()"))
    return codes, own, unknown
