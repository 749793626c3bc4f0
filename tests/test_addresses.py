"""Postal addresses per destination country: national line order, country line, validation."""

from __future__ import annotations

from typing import Any

import pytest
from typer.testing import CliRunner

import ualetters
from ualetters.addresses import address_lines, address_problems
from ualetters.cli import app
from ualetters.model import Address

from .conftest import CASE_FILE, LETTER_DATE, SENDER_FILE


def lines(address: dict[str, Any], sender_country: str, language: str, **kw: Any) -> list[str]:
    return address_lines(
        Address.from_data(address),
        sender_country=sender_country,
        sender_language=language,
        **kw,
    )


def test_switzerland_domestic_has_no_country_line() -> None:
    address = {
        "street": "avenue Blanc 51",
        "postal_code": "1202",
        "city": "Genève",
        "country": "CH",
    }
    assert lines(address, "CH", "fr-CH", name_lines=["Mission permanente"]) == [
        "Mission permanente",
        "avenue Blanc 51",
        "1202 Genève",
    ]


def test_switzerland_from_germany_without_ch_prefix() -> None:
    address = {"street": "Bundesgasse 3", "postal_code": "3003", "city": "Bern", "country": "CH"}
    assert lines(address, "DE", "de", organisation="Bundeskanzlei") == [
        "Bundeskanzlei",
        "Bundesgasse 3",
        "3003 Bern",
        "SCHWEIZ",
    ]


def test_germany_domestic_and_from_abroad() -> None:
    address = {
        "street": "Otto-Suhr-Allee 146",
        "postal_code": "10585",
        "city": "Berlin",
        "country": "DE",
    }
    domestic = lines(address, "DE", "de", name_lines=["Botschaft der Kirgisischen Republik"])
    assert domestic == [
        "Botschaft der Kirgisischen Republik",
        "Otto-Suhr-Allee 146",
        "10585 Berlin",
    ]
    abroad = lines(address, "CH", "de-CH", name_lines=["Botschaft der Kirgisischen Republik"])
    assert abroad[-2:] == ["10585 BERLIN", "DEUTSCHLAND"]


def test_france_organisation_first_town_in_capitals() -> None:
    address = {
        "street": "13 place Vendôme",
        "postal_code": "75001",
        "city": "Paris",
        "country": "FR",
    }
    assert lines(
        address,
        "CH",
        "fr-CH",
        name_lines=["Monsieur le Garde des Sceaux"],
        organisation="Ministère de la Justice",
    ) == [
        "Ministère de la Justice",
        "Monsieur le Garde des Sceaux",
        "13 place Vendôme",
        "75001 PARIS",
        "FRANCE",
    ]


def test_united_kingdom_town_then_postcode() -> None:
    address = {
        "street": "2 Marsham Street",
        "postal_code": "sw1p 4df",
        "city": "London",
        "country": "GB",
    }
    assert lines(
        address, "DE", "de", name_lines=["Home Secretary"], organisation="Home Office"
    ) == [
        "Home Secretary",
        "Home Office",
        "2 Marsham Street",
        "LONDON",
        "SW1P 4DF",
        "VEREINIGTES KÖNIGREICH",
    ]


def test_united_states_usps_style() -> None:
    address = {
        "street": "2360 Massachusetts Avenue NW",
        "postal_code": "20008",
        "city": "Washington",
        "area": "DC",
        "country": "US",
    }
    assert lines(address, "CH", "en", name_lines=["Ambassador"]) == [
        "Ambassador",
        "2360 Massachusetts Avenue NW",
        "WASHINGTON DC 20008",
        "UNITED STATES",
    ]
    assert lines(address, "US", "en", name_lines=["Ambassador"])[-1] == "WASHINGTON DC 20008"


def test_kyrgyzstan_postal_code_before_town_country_in_sender_language() -> None:
    address = {
        "street": "205 Chuy Prospect",
        "postal_code": "720003",
        "city": "Bishkek",
        "country": "KG",
    }
    assert lines(address, "CH", "de-CH", name_lines=["Sooronbay Jeenbekov"]) == [
        "Sooronbay Jeenbekov",
        "205 Chuy Prospect",
        "720003 BISHKEK",
        "KIRGISISTAN",
    ]
    assert lines(address, "FR", "fr")[-1] == "KIRGHIZSTAN"
    # The Kyrgyz Republic's own usage, not CLDR's dated "Киргизия" (l10n.country_name).
    assert lines(address, "DE", "ru")[-1] == "КЫРГЫЗСТАН"


def test_russia_keeps_cyrillic_and_adds_latin_town_for_the_sending_post() -> None:
    address = {
        "street": "ул. Большая Дмитровка, д. 15а",
        "postal_code": "125993",
        "city": "Москва",
        "area": "Москва",
        "country": "RU",
        "latin": {
            "street": "ul. Bolshaya Dmitrovka 15a",
            "postal_code": "125993",
            "city": "Moscow",
            "area": "Moscow",
            "country": "RU",
        },
    }
    organisation = "Генеральная прокуратура Российской Федерации"
    assert lines(address, "DE", "de", organisation=organisation) == [
        organisation,
        "ул. Большая Дмитровка, д. 15а",
        "МОСКВА",
        "125993",
        "MOSCOW",
        "RUSSLAND",
    ]


def test_russia_domestic_letter_keeps_cyrillic_in_mixed_case_without_latin_lines() -> None:
    # Posted in Moscow to a Moscow authority: as a Russian writer addresses it, nothing added.
    address = {
        "street": "Технический пер., д. 2",
        "postal_code": "105005",
        "city": "Москва",
        "area": "Москва",
        "country": "RU",
        "latin": {
            "street": "Tekhnichesky per. 2",
            "postal_code": "105005",
            "city": "Moscow",
            "area": "Moscow",
            "country": "RU",
        },
    }
    assert lines(address, "RU", "ru", name_lines=["А. И. Бастрыкину"]) == [
        "А. И. Бастрыкину",
        "Технический пер., д. 2",
        "Москва",
        "105005",
    ]


CHINA_LATIN = {
    "street": "97 Huanghua Lu",
    "postal_code": "510050",
    "city": "Guangzhou Shi",
    "area": "Guangdong Sheng",
    "country": "CN",
}


def test_a_latin_address_keeps_its_latin_order_under_name_lines_in_another_script() -> None:
    # Cyrillic name lines once chose China's Chinese-script order: the postal code first and
    # "GUANGDONG SHENGGuangzhou Shi" run together, the addressee below the street.
    assert lines(
        CHINA_LATIN,
        "GB",
        "en",
        name_lines=["Ли Чуньшэн", "Начальник"],
        organisation="Департамент общественной безопасности провинции Гуандун",
    ) == [
        "Ли Чуньшэн",
        "Начальник",
        "Департамент общественной безопасности провинции Гуандун",
        "97 Huanghua Lu",
        "GUANGZHOU SHI",  # the town in capitals from abroad (UPU)
        "GUANGDONG SHENG, 510050",
        "CHINA",
    ]
    xinjiang = {"street": "479 Zhongshanlu", "city": "Urumqi", "area": "Xinjiang", "country": "CN"}
    assert lines(xinjiang, "US", "en", name_lines=["Чэнь Цюаньго"]) == [
        "Чэнь Цюаньго",
        "479 Zhongshanlu",
        "URUMQI",
        "XINJIANG",
        "CHINA",
    ]


@pytest.mark.parametrize("area", ["Beijing Shi", None])
def test_a_chinese_city_that_is_its_own_province_takes_its_line_and_postal_code(
    area: str | None,
) -> None:
    address = {
        "street": ["14 Dongchangan Jie", "Dongchengqu"],
        "postal_code": "100741",
        "city": "Beijing Shi",
        "area": area,
        "country": "CN",
    }
    assert lines(address, "GB", "en", organisation="Ministry of Public Security") == [
        "Ministry of Public Security",
        "14 Dongchangan Jie",
        "Dongchengqu",
        "BEIJING SHI, 100741",
        "CHINA",
    ]


def test_iran_latin_address_runs_from_the_addressee_to_the_town() -> None:
    # As the UA prints it ("... Street / Tehran, IRAN"), not Google's Persian order, which
    # put the town between the addressee and "c/o Public Relations Office".
    address = {
        "street": ["c/o Public Relations Office", "Number 4, 2 Azizi Street intersection"],
        "city": "Tehran",
        "country": "IR",
    }
    assert lines(
        address,
        "DE",
        "en",
        name_lines=["Ayatollah Sadegh Larijani", "Head of the Judiciary"],
        organisation="Judiciary of the Islamic Republic of Iran",
    ) == [
        "Ayatollah Sadegh Larijani",
        "Head of the Judiciary",
        "Judiciary of the Islamic Republic of Iran",
        "c/o Public Relations Office",
        "Number 4, 2 Azizi Street intersection",
        "TEHRAN",
        "IRAN",
    ]


def test_japan_native_order_and_latin_order() -> None:
    native = {
        "street": "霞が関1-1-1",
        "postal_code": "100-8977",
        "city": "千代田区",
        "area": "東京都",
        "country": "JP",
        "latin": {
            "street": "1-1-1 Kasumigaseki",
            "postal_code": "100-8977",
            "city": "Chiyoda-ku",
            "area": "Tokyo",
            "country": "JP",
        },
    }
    assert lines(native, "CH", "en", organisation="法務省", name_lines=["法務大臣"]) == [
        "〒100-8977",
        "東京都",
        "千代田区霞が関1-1-1",
        "法務省",
        "法務大臣",
        "TOKYO",
        "JAPAN",
    ]
    latin = native["latin"]
    assert lines(latin, "CH", "de-CH", organisation="Ministry of Justice") == [
        "Ministry of Justice",
        "1-1-1 Kasumigaseki, Chiyoda-ku, TOKYO",
        "100-8977",
        "JAPAN",
    ]


@pytest.mark.parametrize(
    ("address", "field", "words"),
    [
        ({"street": "Bundesgasse 3", "city": "Bern", "country": "CH"}, "postal_code", "asks for"),
        (
            {"street": "1 Main St", "postal_code": "20008", "city": "Washington", "country": "US"},
            "area",
            "asks for the state",
        ),
        (
            {"street": "Hauptstrasse 1", "postal_code": "123", "city": "Bern", "country": "CH"},
            "postal_code",
            "does not look like a postal code of CH",
        ),
    ],
)
def test_address_rules_name_the_field(address: dict[str, Any], field: str, words: str) -> None:
    # Warnings, not errors (#11): the UA prints the address as the authority gives it.
    [(name, reason)] = address_problems(Address.from_data(address))
    assert name == field
    assert words in reason


def _case_without_postal_code() -> dict[str, Any]:
    import yaml

    data = yaml.safe_load(CASE_FILE.read_text(encoding="utf-8"))
    data["targets"][0]["address"] = {"street": "Bundesgasse 3", "city": "Bern", "country": "CH"}
    return data


def test_planning_warns_about_a_target_without_the_postal_code_its_post_asks_for() -> None:
    case = ualetters.load_case(_case_without_postal_code())
    sender = ualetters.load_sender(SENDER_FILE)
    planned = ualetters.plan(case, sender, date=LETTER_DATE)
    assert len(planned.letters) == 1  # written all the same
    assert (
        "targets[0].address.postal_code: the post of CH asks for a postal code on "
        "every address (target 'president')"
    ) in planned.warnings


def test_check_command_warns_about_missing_postal_code_with_its_line(tmp_path) -> None:
    import yaml

    path = tmp_path / "case.yaml"
    text = yaml.safe_dump(_case_without_postal_code(), allow_unicode=True, sort_keys=False)
    path.write_text(text, "utf-8")
    line = text.splitlines().index("  address:", text.splitlines().index("targets:")) + 1
    result = CliRunner().invoke(app, ["check", str(path), "--sender", str(SENDER_FILE)])
    assert result.exit_code == 0, result.output
    assert (
        f"  warning: {path}:{line}: targets[0].address.postal_code: the post of CH asks for a "
        "postal code on every address (target 'president')\n"
    ) in result.stdout
    assert "Traceback" not in result.output


def test_lower_case_postcode_is_accepted_and_printed_in_capitals() -> None:
    address = Address.from_data(
        {"street": "2 Marsham Street", "postal_code": "sw1p 4df", "city": "London", "country": "GB"}
    )
    assert address_problems(address) == []
    assert "SW1P 4DF" in address_lines(address, sender_country="CH", sender_language="en")


def test_the_country_codes_are_cldr_s_territories_with_names() -> None:
    # `is_country` reads the codes from Babel's global data, not from English's names.
    from babel import Locale

    from ualetters import l10n

    named = {code for code in Locale.parse("en").territories if len(code) == 2}
    assert {code for code in named if l10n.is_country(code)} == named - l10n._NOT_COUNTRIES
    assert all(l10n.is_country(code) for code in l10n._country_codes() - l10n._NOT_COUNTRIES)


SEOUL = {
    "street": "209 Sejong-daero",
    "city": "Jongno-gu",
    "area": "Seoul",
    "postal_code": "03171",
    "country": "KR",
}
ADMIRALTY = {"street": "2 Tim Mei Avenue", "city": "Admiralty", "area": "Hong Kong Island",
             "country": "HK"}  # fmt: skip
URUMQI = {"street": "479 Zhongshanlu", "city": "Urumqi", "area": "Xinjiang", "country": "CN"}
TOKYO = {"street": "1-1 Kasumigaseki", "city": "Chiyoda-ku", "area": "Tokyo",
         "postal_code": "100-8977", "country": "JP"}  # fmt: skip
MOSCOW = {"street": "ul. Ilyinka 23", "city": "Moscow", "postal_code": "103132", "country": "RU"}


@pytest.mark.parametrize(
    ("address", "sender_country", "expected"),
    [
        # Korea's district is no town: the capitals fall on Seoul, not "JONGNO-GU".
        (SEOUL, "CH", ["209 Sejong-daero", "Jongno-gu", "SEOUL", "03171", "SOUTH KOREA"]),
        (SEOUL, "KR", ["209 Sejong-daero", "Jongno-gu", "Seoul", "03171"]),
        # Hong Kong as Google's data has it: the district in mixed case, the area in capitals.
        (
            ADMIRALTY,
            "CH",
            ["2 Tim Mei Avenue", "Admiralty", "HONG KONG ISLAND", "HONG KONG SAR CHINA"],
        ),
        (ADMIRALTY, "HK", ["2 Tim Mei Avenue", "Admiralty", "HONG KONG ISLAND"]),
        (URUMQI, "CH", ["479 Zhongshanlu", "URUMQI", "XINJIANG", "CHINA"]),
        (URUMQI, "CN", ["479 Zhongshanlu", "Urumqi", "XINJIANG"]),
        (TOKYO, "CH", ["1-1 Kasumigaseki, Chiyoda-ku, TOKYO", "100-8977", "JAPAN"]),
        (TOKYO, "JP", ["1-1 Kasumigaseki, Chiyoda-ku, TOKYO", "100-8977"]),
        (MOSCOW, "CH", ["ul. Ilyinka 23", "MOSCOW", "103132", "RUSSIA"]),
        (MOSCOW, "RU", ["ul. Ilyinka 23", "Moscow", "103132"]),
    ],
)
def test_the_place_of_destination_stands_in_capitals_from_abroad(
    address: dict[str, Any], sender_country: str, expected: list[str]
) -> None:
    assert lines(address, sender_country, "en") == expected
