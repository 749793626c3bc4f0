"""Plain-text letters: UTF-8, wrapped for email, sender and recipient blocks on top."""

from __future__ import annotations

import textwrap

from ..letter import Letter

WIDTH = 72


def _wrap(text: str, indent: str = "", first: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=first or indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def body_lines(letter: Letter) -> list[str]:
    """Return the letter from the salutation to the copies, wrapped, without address blocks."""
    lines = [letter.salutation, ""]
    for index, paragraph in enumerate(letter.paragraphs):
        if paragraph.kind == "item":
            lines += _wrap(paragraph.text, indent="  ", first="- ")
            following = letter.paragraphs[index + 1] if index + 1 < len(letter.paragraphs) else None
            if following is None or following.kind != "item":
                lines.append("")
        else:
            lines += [*_wrap(paragraph.text), ""]
    lines += [*_wrap(letter.closing), "", letter.signature]  # French closings are sentences
    if letter.copies:
        lines += ["", *letter.copies]
    return lines


def to_text(letter: Letter, *, with_translation: bool = True) -> str:
    """Return the letter as plain text (one trailing newline)."""
    lines = [
        *letter.sender_lines,
        "",
        *letter.recipient_lines,
        "",
        letter.place_date,
        "",
        letter.subject,
        "",
        *body_lines(letter),
    ]
    text = "\n".join(lines).rstrip() + "\n"
    if with_translation and letter.translation is not None:
        marker = letter.labels.get("translation", "Courtesy translation")
        inner = letter.translation
        text += (
            "\n"
            + "-" * WIDTH
            + f"\n{marker}\n\n"
            + "\n".join([inner.subject, "", *body_lines(inner)]).rstrip()
            + "\n"
        )
    return text
