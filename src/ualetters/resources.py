"""Find the bundled templates and catalogs, in a source checkout or an installed wheel."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """Return the folder of bundled data `name` ("templates" or "locales")."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"ualetters is installed without its {name} folder")


def sender_path() -> Path:
    """Return where `ualetters sender set` keeps the user's details (UALETTERS_CONFIG_DIR)."""
    override = os.environ.get("UALETTERS_CONFIG_DIR")
    if override:
        return Path(override) / "sender.toml"
    from platformdirs import user_config_path

    return user_config_path("ualetters") / "sender.toml"
