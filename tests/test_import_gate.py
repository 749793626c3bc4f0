"""Which texts `ualetters import` refuses as no Urgent Action (exit 3), and which it drafts.

Refusing a real UA costs the user everything; a section's case text cut before its action
part, an update notice, or a page whose only addressee the importer is unsure of still gives
a draft (with its TODO marks). Pages that name nobody at risk and ask nothing are refused.
The texts are made up; each stands for a family of pages the corpus holds.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from .helpers import run

DRAFTED = {
    # A section's case page cut before its action part: a person at risk and the section's name.
    "case-text-en.txt": (
        "Amnesty International\n\nKazakhstan: Journalist held for a speech\n\n"
        "Aigerim Sultanova is a journalist from Almaty. On 4 March she was detained by police "
        "after a peaceful protest and charged with organising mass unrest. She faces up to "
        "ten years in prison.\n"
    ),
    # A German teaser that asks its readers to act, with no number and no addresses.
    "teaser-de.txt": (
        "Mitmachen: Ägypten\n\nDer Menschenrechtsanwalt Karim Hassan wurde am 3. Mai "
        "festgenommen. Er sitzt seitdem ohne Anklage in Haft. Schreiben Sie an die Behörden "
        "und fordern Sie seine Freilassung.\n"
    ),
    # A Spanish relay of an action: a group at risk and the action's own word.
    "relay-es.txt": (
        "Ciberacción\n\nMás de 40 estudiantes fueron detenidos el 12 de junio en "
        "Managua por participar en una protesta pacífica. Las familias no saben dónde se "
        "encuentran los estudiantes.\n"
    ),
}

REFUSED = {
    # A news item about a person that asks nothing: no action, no addressee.
    "news-en.txt": (
        "Local news\n\nMaria Jones opened a bakery on Main Street on Saturday. She said the "
        "town had waited a long time for fresh bread.\n"
    ),
    # A shop's contact page: an address, nobody at risk, nothing asked.
    "shop-fr.txt": (
        "Contact\n\nBoulangerie Dupont\n12 rue des Lilas\n75011 Paris\nFrance\n\n"
        "Ouvert du mardi au dimanche.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(DRAFTED))
def test_a_case_text_without_its_action_part_gives_a_draft(tmp_path: Path, name: str) -> None:
    source = tmp_path / name
    source.write_text(DRAFTED[name], encoding="utf-8")
    out = tmp_path / "case.yaml"
    result = run("import", source, "--out", out)
    assert result.code == 0, result.stderr
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert draft["format"] == 2
    assert draft.get("persons") or draft.get("groups")


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_a_page_that_names_nobody_at_risk_and_asks_nothing_is_refused(
    tmp_path: Path, name: str
) -> None:
    source = tmp_path / name
    source.write_text(REFUSED[name], encoding="utf-8")
    out = tmp_path / "case.yaml"
    result = run("import", source, "--out", out)
    assert result.code == 3
    assert result.stderr.strip() == (
        f"error: {source}: does not look like an Urgent Action: no UA number, deadline, "
        "target or demand was found in it (--anyway drafts it all the same)"
    )
    assert not out.exists()


def test_anyway_drafts_a_text_the_gate_refuses(tmp_path: Path) -> None:
    # A real UA the gate misjudges must not leave its user with nothing.
    source = tmp_path / "news-en.txt"
    source.write_text(REFUSED["news-en.txt"], encoding="utf-8")
    out = tmp_path / "case.yaml"
    result = run("import", source, "--out", out, "--anyway")
    assert result.code == 0, result.stderr
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert draft["format"] == 2
    assert "TODO(ualetters)" in out.read_text(encoding="utf-8")


def test_the_refusal_names_the_option_in_the_users_language(tmp_path: Path) -> None:
    source = tmp_path / "shop-fr.txt"
    source.write_text(REFUSED["shop-fr.txt"], encoding="utf-8")
    result = run("import", source, env={"LANG": "de_DE.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""})
    assert result.code == 3
    assert result.stderr.strip().endswith("(mit --anyway trotzdem einen Entwurf erstellen)")


# A stored copy of a section's case page cut before its action part: no action word is left
# in the text, but the page's own address (its canonical link) says what it is.
CUT_CASE_PAGE = (
    "<html><head><title>Pavel Arkhipov droht Todesstrafe</title>"
    '<link rel="canonical" href="{url}"></head><body>'
    "<h1>Pavel Arkhipov droht Todesstrafe</h1>"
    "<p>Pavel Arkhipov droht die Hinrichtung, nachdem sein Todesurteil am 12. März vom "
    "Obersten Gericht bestätigt wurde. Er kann nun ein Gnadengesuch einreichen.</p>"
    "</body></html>"
)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.amnesty.at/news-events/pavel-arkhipov-droht-todesstrafe/",
        "http://blog.example.org/2010/08/urgent-action-pavel-arkhipov-droht-todesstrafe.html",
    ],
)
def test_a_cut_case_page_whose_address_names_the_action_gives_a_draft(
    tmp_path: Path, url: str
) -> None:
    source = tmp_path / "page.html"
    source.write_text(CUT_CASE_PAGE.format(url=url), encoding="utf-8")
    out = tmp_path / "case.yaml"
    result = run("import", source, "--out", out)
    assert result.code == 0, result.stderr
    draft = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert [person["name"] for person in draft["persons"]] == ["Pavel Arkhipov"]


def test_the_same_page_on_a_news_site_is_still_refused(tmp_path: Path) -> None:
    source = tmp_path / "page.html"
    url = "https://news.example.com/welt/pavel-arkhipov-droht-todesstrafe"
    source.write_text(CUT_CASE_PAGE.format(url=url), encoding="utf-8")
    out = tmp_path / "case.yaml"
    result = run("import", source, "--out", out)
    assert result.code == 3, result.stderr
    assert not out.exists()
