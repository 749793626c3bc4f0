"""UAs as each section lays them out: every value read without a mark is right.

The texts (tests/data/import/sections) are made up in the layouts of Amnesty Canada,
Belgium, Spain, USA, Germany and Switzerland, and of the International Secretariat's
plain-text UAs of 2007; each test gives what a careful reader finds
in one, and checks that the importer finds it, and that whatever else it gives is marked.
"""

from __future__ import annotations

from typing import Any

import pytest

from ualetters.importer import parse_text
from ualetters.importer.draft import Draft

from .helpers import DATA

SECTIONS = DATA / "import" / "sections"


def read(name: str, url: str) -> Draft:
    return parse_text((SECTIONS / f"{name}.txt").read_text(encoding="utf-8"), url=url)


def leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in leaves(item, (*path, key))]
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return [leaf for n, item in enumerate(value) for leaf in leaves(item, (*path, n))]
    return [(path, value)]


def unmarked(draft: Draft) -> dict[tuple[Any, ...], Any]:
    """Return the values the draft gives without a mark: the ones a reviewer may skip."""
    return {path: value for path, value in leaves(draft.record) if not draft.marked(path)}


CASES = {
    "ca": (
        "https://www.amnesty.ca/urgent-actions/x/",
        {
            ("language",): "en",
            ("country",): "KG",
            ("title",): "Kyrgyzstan: Journalists detained for their reporting",
            ("targets", 0, "title"): "President",
            ("targets", 0, "name"): "Ilham Sample",
            ("targets", 0, "organisation"): "Office of the President",
            ("targets", 0, "address_lines"): [
                "19 Example Street",
                "Exampleville AZ1066",
                "Kyrgyzstan",
            ],
            ("targets", 0, "country"): "KG",
            ("targets", 0, "emails"): ["office@example.gov"],
            ("targets", 0, "salutation"): "Your Excellency",
        },
        {
            ("copies", 0, "title"): "Chargé d'affaires",
            ("copies", 0, "name"): "Rashad Example",
            ("copies", 0, "for"): "CA",
            ("persons", 0, "gender"): "female",
            ("groups", 0, "count"): 12,
        },
    ),
    "be": (
        "https://www.amnesty.be/infos/actions-urgentes/x",
        {
            ("language",): "fr",
            ("ua",): "AU 45/33",
            ("index",): "MDE 00/000/2033",
            ("issued",): "2033-03-08",
            ("title",): "Cinq hommes risquent d'être exécutés",
            ("country",): "EG",
            ("deadline",): "2033-04-19",
            ("languages",): ["ar", "en", "fr"],
            ("own_language_allowed",): True,
            ("targets", 0, "title"): "Guide suprême",
            ("targets", 0, "name"): "Ahmed Exemple",
            ("targets", 0, "organisation"): "Bureau du Guide suprême",
            ("targets", 0, "salutation"): "Monsieur le Guide suprême",
            ("targets", 0, "emails"): ["info@exemple.org"],
            ("targets", 0, "address_lines"): ["12 rue de l'Exemple", "Le Caire, Égypte"],
            ("targets", 0, "country"): "EG",
            ("status",): "open",
            ("copies", 1, "for"): "own country's embassy",
            ("demands",): [
                "exhortez les autorités à ne pas exécuter ces cinq hommes",
                "demandez-leur de veiller à ce qu'ils bénéficient d'un procès équitable.",
            ],
            ("demand_form",): "imperative",
        },
        {
            ("copies", 0, "title"): "Ministre de la Justice",
            ("persons", 0, "name"): "Karim Exemple",
            ("persons", 0, "gender"): "male",
        },
    ),
    "es": (
        "https://www.es.amnesty.org/actua/acciones/x/",
        {
            ("language",): "es",
            ("ua",): "AU 88/33",
            ("index",): "AMR 00/0000/2033",
            ("deadline",): "2033-04-14",
            ("issued",): "2033-03-03",
            ("title",): "DEFENSORA DE DERECHOS HUMANOS DETENIDA",
            ("status",): "open",
            ("languages",): ["es"],
            ("own_language_allowed",): True,
            ("demands",): [
                "pidiendo a las autoridades que liberen a Ana Ejemplo de inmediato",
                "instándolas a garantizar su integridad física.",
            ],
            ("demand_form",): "imperative",
            ("targets", 0, "address_lines"): ["Avenida Ejemplo 123", "Managua"],
            ("targets", 0, "title"): "Fiscal General",
            ("targets", 0, "name"): "Pedro Muestra",
            ("targets", 0, "organisation"): "Fiscalía General",
            ("targets", 0, "emails"): ["fiscal@ejemplo.org"],
            ("targets", 0, "salutation"): "Señor Fiscal General",
        },
        {
            ("copies", 0, "for"): "ES",
            ("persons", 0, "gender"): "female",
        },
    ),
    "us": (
        "https://www.amnestyusa.org/urgent-actions/urgent-action-x/",
        {
            ("language",): "en",
            ("ua",): "UA 55.33",
            ("title",): "Release Activist Now (Belarus: UA 55.33)",  # kicker dropped (S13)
            ("country",): "BY",
            ("deadline",): "2033-04-14",
            ("status",): "open",
            ("targets", 0, "title"): "Prosecutor General",
            ("targets", 0, "name"): "Ali Sample",
            ("targets", 0, "organisation"): "Office of the Prosecutor General",
            ("targets", 0, "address_lines"): ["1 Example Avenue", "Minsk 1000, Belarus"],
            ("targets", 0, "country"): "BY",
            ("targets", 0, "fax"): "+999 12 345 6789",
            ("targets", 0, "salutation"): "Dear Prosecutor General",
            ("targets", 1, "title"): "Ambassador",
            ("targets", 1, "name"): "Sara Test",
            ("targets", 1, "organisation"): "Embassy of Belarus",
            ("targets", 1, "address_lines"): ["2000 Massachusetts Ave NW", "Washington DC 20036"],
            ("targets", 1, "country"): "US",
            ("targets", 1, "phones"): [{"number": "202 555 0100"}],
            ("targets", 1, "fax"): "202 555 0101",
            ("targets", 1, "social"): [{"platform": "twitter", "handle": "@ExampleEmbassy"}],
            ("targets", 1, "salutation"): "Dear Ambassador",
            ("targets", 1, "only_for"): ["US"],
        },
        {
            ("persons", 0, "role"): "activist",
        },
    ),
    "de": (
        "https://www.amnesty.de/mitmachen/urgent-action/x",
        {
            ("language",): "de",
            ("title",): "Belarus: Gewerkschafter in Haft gestorben",
            ("status",): "closed",
            ("status_text",): "Diese Urgent Action ist beendet. Weitere Aktionen sind nicht "
            "erforderlich. Vielen Dank an alle, die sich beteiligt haben.",
            ("country",): "BY",
            ("targets", 0, "emails"): ["info@example.by"],
            ("targets", 0, "address_lines"): [
                "Ul. Internationalnaja 22",
                "220030 Minsk",
                "BELARUS",
            ],
            ("targets", 0, "country"): "BY",
            ("targets", 0, "title"): "GENERALSTAATSANWALT",
            ("targets", 0, "name"): "Andrej Muster",
            ("targets", 0, "salutation"): {
                "en": "Dear Prosecutor General",
                "de": "Sehr geehrter Herr Generalstaatsanwalt",
            },
        },
        {
            ("copies", 0, "emails"): ["germany@example.by"],
            ("copies", 0, "for"): "DE",
            ("persons", 0, "name"): "Ivan Beispiel",
            ("persons", 0, "status", "state"): "dead",
            ("persons", 0, "status", "date"): "2033-03-12",
        },
    ),
    "ch": (
        "https://ua.amnesty.ch/urgent-actions/2033/01/012-33",
        {
            ("language",): "de",
            ("ua",): "UA 012/33",
            ("index",): "EUR 57/0000/2033",
            ("country",): "KZ",
            # the headline just above the "AI-Index:" line
            ("title",): "Aktivistin in Haft",
            ("status",): "closed",
            ("status_text",): "Abgeschlossen am 3. Juli 2033",
        },
        {
            ("persons", 0, "name"): "Dana Beispiel",
            ("persons", 0, "gender"): "female",
            ("persons", 0, "status", "state"): "released",
            ("persons", 0, "status", "date"): "2033-07-01",
        },
    ),
    "is2007": (
        "",
        {
            ("language",): "en",
            ("ua",): "UA 99/33",
            ("index",): "MDE 13/000/2033",
            ("title",): "Fear of imminent execution",
            ("country",): "IR",
            ("languages",): ["en", "fa"],
            ("own_language_allowed",): True,
            ("deadline",): "2033-04-30",
            ("status",): "open",
            ("targets", 0, "title"): "Leader of the Islamic Republic",
            ("targets", 0, "name"): "Ayatollah Ahmad Example",
            ("targets", 0, "organisation"): "The Office of the Supreme Leader",
            ("targets", 0, "address_lines"): [
                "Shahid Keshvar Doust Street",
                "Tehran, Islamic Republic of Iran",
            ],
            ("targets", 0, "country"): "IR",
            ("targets", 0, "emails"): ["info@example.ir"],
            ("targets", 0, "salutation"): "Your Excellency",
            ("targets", 1, "title"): "Head of the Judiciary",
            ("targets", 1, "name"): "Ayatollah Mahmoud Other",
            ("targets", 1, "address_lines"): ["Tehran, Islamic Republic of Iran"],
            ("targets", 1, "country"): "IR",
            ("targets", 1, "fax"): "+98 21 0000 0000",
            ("targets", 1, "salutation"): "Your Excellency",
            ("copies", 1, "for"): "own country's embassy",
            ("demands",): [
                "calling on the authorities to halt the executions of Ali Example and Reza Navidi",
                "urging them to ensure that both men receive a fair retrial.",
            ],
            ("demand_form",): "imperative",
            ("persons", 0, "name"): "Ali Example",
            ("persons", 0, "gender"): "male",
            ("persons", 1, "name"): "Reza Navidi",
            ("persons", 1, "gender"): "male",
        },
        {
            ("targets", 1, "organisation"): "Ministry of Justice, Park-e Shahr",
            ("copies", 0, "name"): "Hassan Example",
            ("copies", 0, "organisation"): "Ministry of Foreign Affairs",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_sections_layout_is_read(name: str) -> None:
    url, certain, marked = CASES[name]
    draft = read(name, url)
    for path, value in certain.items():
        assert draft.get(path) == value, path
    for path, value in marked.items():
        assert draft.get(path) == value, path
        assert draft.marked(path), path
    # What a reviewer may skip is only what the test knows to be right.
    known = {leaf for path, value in certain.items() for leaf, _value in leaves(value, path)}
    assert set(unmarked(draft)) <= known, sorted(set(unmarked(draft)) - known)


def test_a_disguised_email_address_is_read_and_marked() -> None:
    draft = read("de", "https://www.amnesty.de/mitmachen/urgent-action/x")
    assert draft.get(("copies", 0, "emails")) == ["germany@example.by"]
    assert "'germany(at)example.by' as germany@example.by" in (
        draft.todo_for(("copies", 0, "emails")) or ""
    )
