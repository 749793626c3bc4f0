"""Targets and copies the importer missed or misread on unseen pages (twelfth session), each
family with made-up texts.

Every name, address and number here is invented. The families:

1. a line that prints the holder's name before the office, with no comma between ("Mr X Y
   Interior Minister of Z", "X Y Z President of the Republic of W"): the name and the title,
   the cut marked;
2. an office of a state followed by its holder's name ("Presidenta de la República X Y"), and
   a second line under the office that gives the office again, in another language or
   wording, with the holder's name ("Head of the Judiciary X Y"): the name is the holder's;
3. a bare request to copy ("Please copy") above the copies' blocks, and a Canadian address
   whose province is spelt out ("Ottawa, Ontario K1A 0B2"): the copies are found, and are for
   the senders of the country they are addressed in.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text
from ualetters.importer.blocks import holder_first
from ualetters.importer.markers import TABLES


def record(text: str) -> dict[str, Any]:
    return parse_text(text).record


def targets(text: str) -> list[dict[str, Any]]:
    return list(record(text).get("targets") or [])


def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(next(iter(value.values())))
    return str(value)


# -- 1. The holder's name before the office, no comma between ---------------------------------


@pytest.mark.parametrize(
    ("line", "title", "name"),
    [
        ("Mr Rafael Huamán Condori Interior Minister of Peru", "Interior Minister of Peru",
         "Mr Rafael Huamán Condori"),
        ("Lucía Benítez Ocampo President of the Republic of Paraguay",
         "President of the Republic of Paraguay", "Lucía Benítez Ocampo"),
        ("Ms Nadia Karimova Prime Minister", "Prime Minister", "Ms Nadia Karimova"),
    ],
)  # fmt: skip
def test_holder_first_cuts_name_and_title(line: str, title: str, name: str) -> None:
    assert holder_first(line, TABLES["en"]) == (title, name)


@pytest.mark.parametrize(
    "line",
    [
        "Minister of the Interior",  # an office alone
        "Public Prosecutor General",  # an office of three words
        "Head of the Judiciary",
        "Rosa Lima 12 Main Street",  # a name and an address
        "Tomás Reyes Minister of Justice said on Monday that",  # a sentence
    ],
)
def test_holder_first_leaves_other_lines(line: str) -> None:
    assert holder_first(line, TABLES["en"]) is None


US_RUN = (
    "PERU: JOURNALIST DETAINED\n\n"
    "The journalist Tomas Quispe was arrested on 3 May 2021 in Lima.\n\n"
    "TAKE ACTION\n"
    "  1. Write a letter in your own words or use the sample below for one of the "
    "officials named. You may also email or call them.\n"
    "  2. Click here to let us know what you did for Urgent Action 12.21.\n"
    "Mr Rafael Huamán Condori Interior Minister of Peru Due to postal restrictions, please "
    "only send letters by post to the Embassy Email: despacho@mininter.example.pe\n"
    "Ambassador Carla Ruiz Embassy of Peru 1700 Example Ave. NW, Washington DC 20036 "
    "Phone: 202 555 0101 Salutation: Dear Ambassador\n\n"
    "Dear Minister Condori, please free the journalist Tomas Quispe.\n"
)


def test_run_together_block_with_the_name_first() -> None:
    first = targets(US_RUN)[0]
    assert _text(first["title"]) == "Interior Minister of Peru"
    assert first["name"] == "Mr Rafael Huamán Condori"
    parsed = parse_text(US_RUN)
    assert "before the office" in (
        parsed.todos.get(("targets", 0, "name")) or ""
    )  # the cut between name and office is marked


# -- 2. An office of a state, then its holder; the office again with the holder ----------------


ES_LETTER = (
    "Acción Urgente\n"
    "Honduras: Periodista detenida\n\n"
    "La periodista Marta Celaya fue detenida el 4 de junio en Tegucigalpa.\n\n"
    "Actúa: escribe tu llamamiento o usa la carta modelo\n"
    "Presidenta de la República Ana Torres Vidal\n"
    "Casa Presidencial,\n"
    "Boulevard Juan Pablo II, Tegucigalpa,\n"
    "Tegucigalpa, Honduras\n"
    "Señora Ana Torres Vidal:\n"
    "Le escribo para pedirle que ponga en libertad a Marta Celaya.\n"
)


def test_office_of_the_republic_then_the_name() -> None:
    first = targets(ES_LETTER)[0]
    assert _text(first["title"]) == "Presidenta de la República"
    assert first["name"] == "Ana Torres Vidal"


ES_TWO_WORDINGS = (
    "Acción Urgente\n"
    "Irán: Académico condenado a muerte\n\n"
    "El académico Darius Farahani fue condenado a muerte el 2 de mayo en Teherán.\n\n"
    "Actúen: Escriban su llamamiento o usen la carta modelo\n\n"
    "Presidente del Tribunal Supremo\n"
    "Head of the Judiciary Kaveh Rostami\n\n"
    "c/o Permanent Mission of Iran to the UN\n\n"
    "Rue du Lac 12, 1202 Geneva, Suiza\n\n"
    "Señor Rostami:\n\n"
    "Le escribo para pedirle que anule la condena de Darius Farahani.\n"
)


def test_second_office_line_gives_the_holder() -> None:
    first = targets(ES_TWO_WORDINGS)[0]
    assert _text(first["title"]) == "Presidente del Tribunal Supremo"
    assert first["name"] == "Kaveh Rostami"
    assert "organisation" not in first
    parsed = parse_text(ES_TWO_WORDINGS)
    assert "Head of the Judiciary" in (
        parsed.todos.get(("targets", 0, "title")) or ""
    )  # the second wording is named in a mark


# -- 3. "Please copy", and a Canadian province spelt out ----------------------------------------


CA_COPY = (
    "URGENT ACTION\n"
    "Colombia: community leader threatened\n\n"
    "The community leader Julián Arboleda received death threats on 2 March 2022 in Cali.\n\n"
    "    Write to\n\n"
    "    Ramiro Estévez Llano\n"
    "    Presidencia de la República\n"
    "    Carrera 8 No. 7-26, Bogotá, Colombia\n"
    "    Salutation:    Dear President Estévez\n\n"
    "    Please copy\n\n"
    "    His Excellency Mateo Galindo\n"
    "    Ambassador for the Republic of Colombia\n"
    "    360 Example Street\n"
    "    Ottawa, Ontario K1P 5G4\n"
)


def test_please_copy_opens_the_copies() -> None:
    copies = record(CA_COPY).get("copies") or []
    assert [copy["name"] for copy in copies] == ["Mateo Galindo"]
    assert copies[0]["country"] == "CA"
    assert copies[0]["for"] == "CA"  # addressed in Canada: for the senders there


# -- 4. A request to write that introduces the demands, then the "Write to:" block -------------


CA_REQUEST_THEN_BLOCK = (
    "URGENT ACTION\n"
    "Philippines: farmer abducted\n\n"
    "The farmer Dante Villaruz was abducted on 8 May 2023 in Tarlac by armed men.\n\n"
    "Write to the Commander of the Central Plains Command urging him in keeping with his "
    "duties under the law to: \n\n"
    "  • Locate Dante Villaruz and guarantee his safety\n"
    "  • Investigate his abduction\n\n"
    "Write to: \n\n"
    "Maj. Gen. Ramon Dizon Aquino Jr.  \n\n"
    "Commander, Central Plains Command, Armed Forces of the Philippines \n\n"
    "Fort Example,  \n\n"
    "Tarlac City, Tarlac \n\n"
    "Salutation:   Dear Maj. Gen. Aquino \n"
)


def test_request_with_long_clause_is_no_block_and_the_ranked_holder_is_read() -> None:
    found = targets(CA_REQUEST_THEN_BLOCK)
    assert len(found) == 1
    first = found[0]
    assert first["name"] == "Maj. Gen. Ramon Dizon Aquino Jr."
    assert _text(first["title"]) == "Commander"
    assert _text(first["organisation"]) == (
        "Central Plains Command, Armed Forces of the Philippines"
    )
    assert first["address_lines"] == ["Fort Example,", "Tarlac City, Tarlac"]
    assert "Write to:" not in first["address_lines"]


# -- 5. A section's copy to the embassy: no address printed, or named in a sentence -----------


DE_LETTER = (
    "Brief gegen das Vergessen\n"
    "Türkei: Journalistin in Haft\n\n"
    "Die Journalistin Elif Yurt wurde am 3. März 2022 in Ankara festgenommen.\n\n"
    "Schreiben Sie bitte an:\n"
    "Justizminister\n"
    "Kemal Aslan\n"
    "Adalet Bakanlığı\n"
    "06659 Ankara\n"
    "TÜRKEI\n\n"
    "Senden Sie bitte eine Kopie Ihres Briefes an:\n"
    "Botschaft der Türkei\n"
    "S. E. Herrn Orhan Demi"
)


def test_section_embassy_without_address_is_for_the_section() -> None:
    copies = parse_text(DE_LETTER, url="https://www.amnesty.de/example").record.get("copies")
    assert copies and copies[0]["for"] == "DE"


FR_EMAIL = (
    "Action urgente\n"
    "Cuba : un artiste emprisonné\n\n"
    "L'artiste Rubén Arce a été arrêté le 4 mai 2022 à La Havane.\n\n"
    "Pour AGIR : reprenez la lettre type et envoyez-la au Président de la "
    "République de Cuba par email : bureau@presidencia.example.cu, en mettant en copie "
    "l’ambassade de Cuba à Liège : mission@embassy.example.be\n"
)


def test_copy_named_after_the_copy_words_keeps_its_place() -> None:
    parsed = parse_text(FR_EMAIL, url="https://www.amnesty.be/example")
    copies = parsed.record.get("copies") or []
    embassy = [copy for copy in copies if "mission@embassy.example.be" in copy.get("emails", [])]
    assert embassy and embassy[0]["organisation"] == "ambassade de Cuba à Liège"
    assert embassy[0]["for"] == "BE"
