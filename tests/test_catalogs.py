"""Catalogs and templates stay complete: every message translated, every template alike."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po
from jinja2 import nodes

from ualetters import l10n
from ualetters.render import REQUIRED_BLOCKS, Renderer, bundled_templates

from .conftest import ROOT

LOCALES = ROOT / "locales"
POT = LOCALES / "ualetters.pot"
# Every catalog in locales/, not only ours: a language added later is held to the same rule.
LANGUAGES = sorted(p.parent.parent.name for p in LOCALES.glob("*/LC_MESSAGES/ualetters.po"))


def _catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _key(message_id: str | tuple[str, ...]) -> str:
    return message_id[0] if isinstance(message_id, tuple) else message_id


def catalog_problems(po: Catalog, pot: Catalog) -> list[str]:
    """Return what a translator still has to do in `po`, one line per message."""
    problems = []
    translated = {_key(m.id): m for m in po if m.id}
    for message in pot:
        if message.id and _key(message.id) not in translated:
            problems.append(f"missing: {_key(message.id)!r}")
    for key, message in translated.items():
        if message.fuzzy:
            problems.append(f"fuzzy: {key!r}")
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            problems.append(f"untranslated: {key!r}")
    for message, errors in po.check():
        problems += [f"{_key(message.id)!r}: {error}" for error in errors]
    return problems


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_is_complete(lang: str) -> None:
    po = _catalog(LOCALES / lang / "LC_MESSAGES" / "ualetters.po", lang)
    assert catalog_problems(po, _catalog(POT)) == []
    assert po.num_plurals == get_plural(lang).num_plurals  # CLDR's count (Russian: 3)


def test_the_five_catalogs_exist() -> None:
    assert {"de", "fr", "it", "es", "ru"} <= set(LANGUAGES)


def test_completeness_check_catches_fuzzy_untranslated_and_missing() -> None:
    pot = _catalog(POT)
    po = _catalog(LOCALES / "de" / "LC_MESSAGES" / "ualetters.po", "de")
    po["error:"].flags.add("fuzzy")
    po["interrupted"].string = ""
    po.delete("your language")
    problems = catalog_problems(po, pot)
    assert "fuzzy: 'error:'" in problems
    assert "untranslated: 'interrupted'" in problems
    assert "missing: 'your language'" in problems


def test_template_pot_is_up_to_date_with_the_code() -> None:
    with (ROOT / "babel.cfg").open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = {
        _key(message[2])
        for message in extract_from_dir(str(ROOT), method_map, options_map)
        if not message[0].startswith(("tests", ".venv"))
    }
    in_pot = {_key(m.id) for m in _catalog(POT) if m.id}
    assert found - in_pot == set(), "run pybabel extract (docs/translating.md)"
    assert in_pot - found == set(), "run pybabel extract (docs/translating.md)"


def test_russian_plural_has_three_forms() -> None:
    from ualetters import ui

    previous = ui.language()
    try:
        ui.set_language("ru")
        forms = [ui.ngettext("%(num)d file", "%(num)d files", n) for n in (1, 3, 5, 21, 11)]
    finally:
        ui.set_language(previous)
    assert forms == ["1 файл", "3 файла", "5 файлов", "21 файл", "11 файлов"]


def _blocks(source: str) -> set[str]:
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"])
    return {block.name for block in env.parse(source).find_all(nodes.Block)}


def test_every_template_has_the_same_blocks() -> None:
    templates = sorted(bundled_templates().glob("*.j2"))
    assert {p.stem for p in templates} >= {"de", "en", "fr", "it", "es", "ru"}
    blocks = {p.stem: _blocks(p.read_text(encoding="utf-8")) for p in templates}
    assert {lang: found for lang, found in blocks.items() if found != set(REQUIRED_BLOCKS)} == {}


def test_block_check_catches_an_extra_block() -> None:
    source = (bundled_templates() / "fr.j2").read_text(encoding="utf-8")
    assert _blocks(source + "{% block postscript %}P.-S.{% endblock %}") != set(REQUIRED_BLOCKS)


def test_every_template_language_has_a_catalog_or_is_english() -> None:
    for tag in Renderer().languages():
        if tag == "en":
            continue
        assert (LOCALES / tag / "LC_MESSAGES" / "ualetters.po").is_file(), tag
        assert l10n.translations(tag).gettext("Dear Sir or Madam") != "Dear Sir or Madam", tag
