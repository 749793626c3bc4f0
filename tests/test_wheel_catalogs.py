"""The wheel build compiles the catalogs: hatch_build.py turns every .po into a .mo."""

from __future__ import annotations

import gettext
import importlib.util
import shutil
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT


def _hook(root: Path, directory: Path, target: str = "wheel") -> Any:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CatalogBuildHook(str(root), {}, None, None, str(directory), target)


def test_build_hook_compiles_every_catalog_into_the_wheel(tmp_path: Path) -> None:
    hook = _hook(ROOT, tmp_path)
    build_data: dict[str, Any] = {"force_include": {}}
    hook.initialize("standard", build_data)
    try:
        included = {target: Path(source) for source, target in build_data["force_include"].items()}
        expected = {
            f"ualetters/_data/locales/{lang}/LC_MESSAGES/ualetters.mo"
            for lang in ("de", "es", "fr", "it", "ru")
        }
        assert expected <= set(included)
        prefix = "ualetters/_data/locales/"
        de = prefix + "de/LC_MESSAGES/ualetters.mo"
        with included[de].open("rb") as handle:
            german = gettext.GNUTranslations(handle)
        assert german.gettext("error:") == "Fehler:"
        ru = prefix + "ru/LC_MESSAGES/ualetters.mo"
        with included[ru].open("rb") as handle:
            russian = gettext.GNUTranslations(handle)
        assert russian.ngettext("%(num)d file", "%(num)d files", 5) == "%(num)d файлов"
    finally:
        hook.finalize("standard", build_data, str(tmp_path / "x.whl"))
    assert not any(source.exists() for source in included.values())


def test_build_hook_refuses_a_broken_catalog(tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo"))
    po = root / "locales" / "de" / "LC_MESSAGES" / "ualetters.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('"Kopie an: %(recipient)s"', '"Kopie an: %(empfaenger)s"'), "utf-8")
    with pytest.raises(ValueError, match="broken catalog"):
        _hook(root, tmp_path).initialize("standard", {"force_include": {}})


def test_build_hook_skips_editable_installs(tmp_path: Path) -> None:
    build_data: dict[str, Any] = {"force_include": {}}
    _hook(ROOT, tmp_path).initialize("editable", build_data)
    assert build_data["force_include"] == {}
