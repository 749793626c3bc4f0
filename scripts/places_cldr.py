"""Regenerate src/ualetters/placedata/cldr.tsv: CLDR's exemplar city of every time zone.

Usage: uv run python scripts/places_cldr.py [--check]

CLDR (through Babel) names one city per time zone in every locale ("Europe/Zurich" is Zürich,
Zurich, Цюрих, زيورخ ...). A locale that does not list a city inherits root's name or, failing
that, the zone ID's last part with underscores as spaces: that is CLDR's own rule for "the name
is the same in this language". The curated file (curated.tsv) overrides any of these names.

Zones without a country (Etc/...), Antarctic stations and the NOT_TOWNS below are left out:
nobody writes a letter from them. --check exits 1 if the file on disk differs from what this
Babel would write.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import babel
from babel import Locale
from babel.core import get_cldr_version, get_global

LANGUAGES = ("de", "en", "fr", "it", "es", "ru", "ar")
SKIPPED_TERRITORIES = frozenset({"ZZ", "AQ", "001"})
# Zones whose exemplar is no town a letter is written from: an island, archipelago, region or
# country ("Bermuda", "Canary", "Kamchatka"), a capital CLDR names after its country ("Kuwait",
# "Panama": curated.tsv has the city), a hamlet CLDR qualifies with its state ("Knox, Indiana"),
# or a settlement of a few thousand people.
NOT_TOWNS = frozenset(
    {
        "America/Adak",
        "America/Anguilla",
        "America/Antigua",
        "America/Aruba",
        "America/Atikokan",
        "America/Bahia",
        "America/Barbados",
        "America/Belize",
        "America/Blanc-Sablon",
        "America/Cambridge_Bay",
        "America/Cayman",
        "America/Costa_Rica",
        "America/Creston",
        "America/Curacao",
        "America/Danmarkshavn",
        "America/Dawson",
        "America/Dominica",
        "America/Eirunepe",
        "America/El_Salvador",
        "America/Fort_Nelson",
        "America/Glace_Bay",
        "America/Goose_Bay",
        "America/Grand_Turk",
        "America/Grenada",
        "America/Guadeloupe",
        "America/Guatemala",
        "America/Guyana",
        "America/Indiana/Knox",
        "America/Indiana/Marengo",
        "America/Indiana/Petersburg",
        "America/Indiana/Tell_City",
        "America/Indiana/Vevay",
        "America/Indiana/Vincennes",
        "America/Indiana/Winamac",
        "America/Inuvik",
        "America/Jamaica",
        "America/Kentucky/Monticello",
        "America/Kralendijk",
        "America/Lower_Princes",
        "America/Marigot",
        "America/Martinique",
        "America/Menominee",
        "America/Metlakatla",
        "America/Miquelon",
        "America/Montserrat",
        "America/Nome",
        "America/Noronha",
        "America/North_Dakota/Beulah",
        "America/North_Dakota/Center",
        "America/North_Dakota/New_Salem",
        "America/Ojinaga",
        "America/Panama",
        "America/Puerto_Rico",
        "America/Rankin_Inlet",
        "America/Resolute",
        "America/Scoresbysund",
        "America/Sitka",
        "America/St_Barthelemy",
        "America/St_Kitts",
        "America/St_Lucia",
        "America/St_Thomas",
        "America/St_Vincent",
        "America/Thule",
        "America/Tortola",
        "America/Yakutat",
        "Antarctica/Macquarie",
        "Arctic/Longyearbyen",
        "Asia/Bahrain",
        "Asia/Brunei",
        "Asia/Kamchatka",
        "Asia/Khandyga",
        "Asia/Kuwait",
        "Asia/Qatar",
        "Asia/Sakhalin",
        "Asia/Srednekolymsk",
        "Asia/Ust-Nera",
        "Atlantic/Azores",
        "Atlantic/Bermuda",
        "Atlantic/Canary",
        "Atlantic/Cape_Verde",
        "Atlantic/Faroe",
        "Atlantic/Madeira",
        "Atlantic/South_Georgia",
        "Atlantic/St_Helena",
        "Australia/Broken_Hill",
        "Australia/Eucla",
        "Australia/Lindeman",
        "Australia/Lord_Howe",
        "Europe/Andorra",
        "Europe/Guernsey",
        "Europe/Isle_of_Man",
        "Europe/Jersey",
        "Europe/Malta",
        "Europe/Vatican",
        "Indian/Chagos",
        "Indian/Christmas",
        "Indian/Cocos",
        "Indian/Comoro",
        "Indian/Kerguelen",
        "Indian/Mahe",
        "Indian/Maldives",
        "Indian/Mauritius",
        "Indian/Mayotte",
        "Indian/Reunion",
        "Pacific/Bougainville",
        "Pacific/Chatham",
        "Pacific/Chuuk",
        "Pacific/Easter",
        "Pacific/Efate",
        "Pacific/Fakaofo",
        "Pacific/Fiji",
        "Pacific/Galapagos",
        "Pacific/Gambier",
        "Pacific/Guadalcanal",
        "Pacific/Guam",
        "Pacific/Kanton",
        "Pacific/Kiritimati",
        "Pacific/Kosrae",
        "Pacific/Kwajalein",
        "Pacific/Majuro",
        "Pacific/Marquesas",
        "Pacific/Midway",
        "Pacific/Nauru",
        "Pacific/Niue",
        "Pacific/Norfolk",
        "Pacific/Palau",
        "Pacific/Pitcairn",
        "Pacific/Pohnpei",
        "Pacific/Rarotonga",
        "Pacific/Saipan",
        "Pacific/Tahiti",
        "Pacific/Tarawa",
        "Pacific/Tongatapu",
        "Pacific/Wake",
        "Pacific/Wallis",
    }
)
SOFT_HYPHEN = "\u00ad"  # de has "Reyk\u00adja\u00advík": a hyphenation hint, not a letter
TARGET = Path(__file__).resolve().parent.parent / "src" / "ualetters" / "placedata" / "cldr.tsv"


def city(zone: str, locale: Locale, aliases: dict[str, list[str]]) -> str:
    """Return the exemplar city of `zone` in `locale`, by CLDR's fallback rule."""
    # Babel lists zones by their current IANA ID, locales by CLDR's older one
    # ("America/Buenos_Aires", "Asia/Calcutta"): try each.
    for key in (zone, *aliases.get(zone, ())):
        name = locale.time_zones.get(key, {}).get("city")
        if name:
            return str(name).replace(SOFT_HYPHEN, "")
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def build() -> str:
    """Return the text of cldr.tsv for the installed Babel."""
    locales = [Locale.parse(language) for language in LANGUAGES]
    aliases: dict[str, list[str]] = {}
    for alias, zone in get_global("zone_aliases").items():
        aliases.setdefault(zone, []).append(alias)
    rows = []
    for zone, territory in get_global("zone_territories").items():
        if territory in SKIPPED_TERRITORIES or zone.startswith("Etc/") or zone in NOT_TOWNS:
            continue
        names = [city(zone, locale, aliases) for locale in locales]
        rows.append("\t".join([territory, zone, *names]))
    header = [
        "# Generated by scripts/places_cldr.py: do not edit; override names in curated.tsv.",
        f"# Source: Unicode CLDR {get_cldr_version()} exemplar cities"
        f" (via Babel {babel.__version__}), Unicode License v3.",
        "# country\tzone\t" + "\t".join(LANGUAGES),
    ]
    return "\n".join(header + sorted(rows)) + "\n"


def main() -> int:
    """Write the file, or with --check compare it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = build()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run scripts/places_cldr.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({text.count(chr(10)) - 3} zones)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
