"""Pages that are not Urgent Actions but look like them must still be refused.

Every name and fact here is invented. The gate (`looks_like_ua`) lets a page through when it
names people at risk and says "Amnesty", so that a section's case text cut before its action
part still gives a draft. Real pages of other kinds look the same (tests/data/not-ua/): a
news release that reports what an organisation said, a newspaper's report of its call, a
press, donation or volunteering page, an annual report's country chapter, a campaign's
overview that carries a letter action's name ("Write for Rights", "Briefmarathon"). Each
family is refused unless the page names the action itself ("Urgent Action", "Eilaktion") or,
for a news report, calls on its readers to act.
"""

from __future__ import annotations

import pytest

from ualetters.importer import parse_text
from ualetters.importer.parse import looks_like_ua


def gate(text: str, url: str | None = None) -> bool:
    return looks_like_ua(parse_text(text, url=url), text, url)


# -- 1. a news release or newspaper report of an organisation's call -----------------------------

REPORTED = {
    "release-en": (
        "Laos: Blogger held without charge\n\n"
        "The Lao authorities must immediately release Somsak Phommachanh, a blogger detained "
        "on 3 May after posting about a dam collapse, said Amnesty International today.\n\n"
        "Somsak Phommachanh, 31, has been held incommunicado in Vientiane since his arrest. "
        "His family has not been allowed to visit him.\n",
        "https://www.amnesty.example/en/news/2031/05/laos-blogger-held/",
    ),
    "newspaper-es": (
        "Amnistía Internacional pide liberar a dirigente campesina\n\n"
        "Tegucigalpa, 4 mar (EFE).- La organización Amnistía Internacional (AI) pidió este "
        "lunes al presidente hondureño que libere a la dirigente campesina Marta Lucía "
        "Cárcamo, detenida desde enero tras una protesta pacífica.\n\n"
        "«Exigimos su liberación inmediata e incondicional», indicó AI en un comunicado.\n",
        "https://noticias.example.com/2031/03/amnistia-pide-liberar-a-dirigente",
    ),
    "communique-fr": (
        "Tunisie. Le syndicaliste Hédi Ben Salah doit être libéré\n\n"
        "À l'approche de son procès, le 12 juin, Claire Martin, directrice régionale à Amnesty "
        "International, a déclaré :\n\n"
        "« Hédi Ben Salah, syndicaliste de Sfax, est détenu depuis avril pour avoir organisé "
        "une grève pacifique. »\n",
        "https://www.amnesty.example/fr/presse/tunisie-syndicaliste",
    ),
}


@pytest.mark.parametrize("name", sorted(REPORTED))
def test_a_report_of_an_organisations_call_is_refused(name: str) -> None:
    text, url = REPORTED[name]
    assert not gate(text, url)


def test_a_report_that_calls_on_its_readers_to_act_gives_a_draft() -> None:
    # The same news release with the section's own call to act: a case text to write for.
    text, url = REPORTED["release-en"]
    assert gate(text + "\nPlease write to the Lao authorities and call for his release.\n", url)


def test_a_report_that_names_the_urgent_action_gives_a_draft() -> None:
    text, url = REPORTED["newspaper-es"]
    text = text.replace("pidió este lunes", "emitió una acción urgente y pidió este lunes")
    assert gate(text, url)


# -- 2. a press, donation or volunteering page that names someone at risk ------------------------

OTHER_PAGES = {
    "donation-de": (
        "Jetzt spenden\n\nIhre Spende rettet Leben. Mit Ihrer Hilfe konnte Amnesty International "
        "der Journalistin Lina Haddad aus Jordanien einen sicheren Aufenthalt ermöglichen.\n",
        "https://spenden.example.org/amnesty-international",
    ),
    "volunteering-en": (
        "Volunteer with us\n\nStudent volunteers organise letter-writing evenings at their "
        "schools. Last year they wrote for Tenzin Dorje, a teacher who was arrested in Lhasa "
        "on 2 March and sentenced to four years in prison. Amnesty groups exist at many "
        "schools.\n",
        None,
    ),
    "press-page-es": (
        "Nota de prensa\n\nGuatemala: periodista encarcelado\n\nEl periodista Jorge Ibarra "
        "Solís fue detenido el 3 de mayo en Ciudad de Guatemala y acusado de difamación. "
        "Amnistía Internacional lo considera preso de conciencia.\n",
        "https://www.amnistia.example/prensa/jorge-ibarra",
    ),
}


@pytest.mark.parametrize("name", sorted(OTHER_PAGES))
def test_a_page_of_another_kind_naming_someone_is_refused(name: str) -> None:
    text, url = OTHER_PAGES[name]
    assert not gate(text, url)


def test_a_case_page_with_a_donation_banner_that_names_the_action_gives_a_draft() -> None:
    text = (
        "Eilaktion: Ägypten\n\nJetzt spenden\n\nDer Anwalt Karim Fathy wurde am 2. Mai "
        "festgenommen und sitzt seitdem ohne Anklage in Haft.\n"
    )
    assert gate(text)


def test_a_case_page_with_a_donation_banner_and_an_addressee_gives_a_draft() -> None:
    # A section's case page copied as text (no address to read): its banners ("Deine Spende
    # kann Leben retten!") do not make it a donation page while it prints whom to write to.
    text = (
        "Ägypten: Anwalt ohne Anklage in Haft\n\nDEINE SPENDE KANN LEBEN RETTEN!\n\n"
        "Der Anwalt Karim Fathy wurde am 2. Mai in Kairo festgenommen und sitzt seitdem ohne "
        "Anklage in Haft.\n\nAppell an\nGENERALSTAATSANWALT\nMohamed Shawky Ayad\n"
        "Office of the Public Prosecutor\nMadinat al-Rehab\nKairo, ÄGYPTEN\n\n"
        "Sende eine Kopie an\nBOTSCHAFT DER ARABISCHEN REPUBLIK ÄGYPTEN\nStauffenbergstraße 6-7\n"
        "10785 Berlin\n"
    )
    assert gate(text)


# -- 3. a campaign's overview carrying a letter action's name ------------------------------------

CAMPAIGNS = {
    "overview-en": (
        "Write for Rights 2031\n\nEvery year around Human Rights Day, hundreds of thousands of "
        "people write letters for people at risk. This year's cases include Nadia Okafor, a "
        "student leader in Nigeria. Take action today.\n",
        None,
    ),
    "overview-de": (
        "Briefmarathon an Schulen\n\nJedes Jahr im Dezember schreiben Schülerinnen und Schüler "
        "Briefe für Menschen in Gefahr, etwa für den Umweltschützer Rodrigo Paz aus Peru. "
        "Mitmachen!\n",
        None,
    ),
    "overview-fr": (
        "Écrire pour les droits\n\nChaque année, des millions de lettres sont envoyées. Le "
        "marathon des lettres a lieu en décembre en Belgique. Participez à l'action.\n",
        None,
    ),
}


@pytest.mark.parametrize("name", sorted(CAMPAIGNS))
def test_a_campaigns_overview_is_refused(name: str) -> None:
    text, url = CAMPAIGNS[name]
    assert not gate(text, url)


def test_a_letter_action_naming_its_case_still_gives_a_draft() -> None:
    text = (
        "Briefe gegen das Vergessen\n\nDer Blogger Ahmed Salim aus Bahrain ist seit 2030 "
        "inhaftiert, weil er friedlich protestiert hat.\n"
    )
    assert gate(text)


# -- 4. an annual report's country chapter ----------------------------------------------------


def test_an_annual_reports_chapter_is_refused() -> None:
    text = (
        "Amnesty International Report 2031\nIndex: POL 10/001/2031\n"
        "This report covers the period January to December 2030.\n\n"
        "CHAD\nHead of state and government: Example President\n\n"
        "Human rights defenders were arrested and journalists harassed. Mahamat Youssouf, a "
        "trade unionist, was detained for three months without charge.\n"
    )
    assert not gate(text)
