"""Page geometry per layout: where the window envelope shows the recipient's address.

All figures in millimetres from the top-left corner of the sheet, from KOMA-Script's letter
class option files (the most careful public encoding of the national standards).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Layout:
    """The geometry of one envelope standard."""

    name: str
    description: str
    page_width: float
    page_height: float
    field_top: float
    field_left: float
    field_width: float
    field_height: float
    text_indent: float  # the address text starts this far right of the field's edge
    address_offset: float  # the recipient lines start this far below the field's top
    fold_marks: tuple[float, ...]
    sender_top: float  # the sender block's position and width
    sender_left: float
    sender_width: float
    margin_left: float = 25.0
    margin_right: float = 20.0
    margin_top: float = 20.0
    margin_bottom: float = 20.0
    body_top: float = 98.0  # where the date line starts on page one
    return_line_height: float = 5.0
    marks: bool = False  # print fold marks and the punch mark at the left page edge

    @property
    def window(self) -> tuple[float, float, float, float]:
        """Return the recipient area (left, top, right, bottom) inside the window."""
        return (
            self.field_left,
            self.field_top + self.address_offset,
            self.field_left + self.field_width,
            self.field_top + self.field_height,
        )


A4 = (210.0, 297.0)
LETTER = (215.9, 279.4)

LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout(
            "din5008-a",
            "DIN 5008 form A (Germany, high field)",
            *A4,
            27,
            20,
            85,
            45,
            5,
            17.7,
            (87, 192),
            32,
            125,
            65,  # ends at the right margin (190 mm): right-aligned lines end there
            body_top=80,
        ),
        Layout(
            "din5008-b",
            "DIN 5008 form B (Germany, the usual one)",
            *A4,
            45,
            20,
            85,
            45,
            5,
            17.7,
            (105, 210),
            50,
            125,
            65,  # ends at the right margin (190 mm): right-aligned lines end there
        ),
        Layout(
            "ch",
            "SN 010130 (Switzerland, window right)",
            *A4,
            45,
            112,
            90,
            45,
            0,
            5,
            (105, 210),
            45,
            25,
            80,
        ),
        Layout(
            "ch-left",
            "Switzerland, window left",
            *A4,
            35.5,
            20,
            100,
            45,
            0,
            5,
            (105, 210),
            40,
            130,
            60,  # ends at the right margin (190 mm), not beyond it
        ),
        Layout(
            "fr",
            "NF Z 11-001 (France, window right)",
            *A4,
            35,
            100,
            100,
            45,
            10,
            5,
            (99, 198),
            35,
            25,  # the left margin, like every other layout's left-hand sender block
            70,
            body_top=92,  # the date line ends above the first fold (99 mm), not on it
        ),
        Layout(
            "us",
            "US #10 window envelope on Letter paper",
            *LETTER,
            55.6,
            17.5,
            114.3,
            28.6,
            0,
            5,
            (95.3, 187.3),
            15,
            25.4,  # the left margin: a #10 window shows only the recipient
            90,
            margin_left=25.4,
            margin_right=25.4,
            body_top=88,  # the date line ends above the first fold (95.3 mm), not on it
        ),
    )
}

DEFAULT_BY_COUNTRY = {
    "CH": "ch",
    "LI": "ch",
    "DE": "din5008-b",
    "AT": "din5008-b",
    "FR": "fr",
    "BE": "fr",
    "US": "us",
}


def layout_for(name: str | None, sender_country: str | None) -> Layout:
    """Return the named layout, or the default for the sender's country."""
    if name:
        try:
            return LAYOUTS[name]
        except KeyError:
            known = ", ".join(LAYOUTS)
            from .errors import Message, UsageError

            raise UsageError(
                Message("unknown layout '%(name)s' (known: %(known)s)", name=name, known=known),
                parameter="layout",
            ) from None
    return LAYOUTS[DEFAULT_BY_COUNTRY.get(sender_country or "", "din5008-b")]
