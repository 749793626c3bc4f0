"""The built wheel, installed into a fresh virtual environment, finds its templates and catalogs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import CASE_FILE, ROOT, SENDER_FILE

GOLDEN = ROOT / "tests" / "golden"


def _uv(*args: str, cwd: Path, env: dict[str, str]) -> str:
    uv = shutil.which("uv")
    assert uv, "uv is needed to build and install the wheel"
    done = subprocess.run(
        [uv, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"uv {' '.join(args)} failed:\n{done.stderr}"
    return done.stdout


def installed_wheel(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Build the wheel, install it with the locked dependencies into a fresh venv in
    `tmp_path`; return its `ualetters` script and the environment to run it in."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    dist, venv = tmp_path / "dist", tmp_path / "venv"
    _uv("build", "--wheel", "--out-dir", str(dist), cwd=ROOT, env=env)
    (wheel,) = dist.glob("ualetters-*.whl")
    # The locked versions of the dependencies: the ones the test suite itself runs on.
    requirements = tmp_path / "requirements.txt"
    _uv(
        "export", "--frozen", "--no-dev", "--no-hashes", "--no-emit-project",
        "--output-file", str(requirements), cwd=ROOT, env=env,
    )  # fmt: skip
    _uv("venv", "--quiet", "--python", sys.executable, str(venv), cwd=tmp_path, env=env)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    _uv(
        "pip", "install", "--quiet", "--python", str(python), "-r", str(requirements), str(wheel),
        cwd=tmp_path, env=env,
    )  # fmt: skip
    env["UALETTERS_CONFIG_DIR"] = str(tmp_path / "config")
    return venv / ("Scripts/ualetters.exe" if os.name == "nt" else "bin/ualetters"), env


@pytest.mark.slow
def test_installed_wheel_writes_letters_from_anywhere(tmp_path: Path) -> None:
    script, env = installed_wheel(tmp_path)
    venv, python = script.parent.parent, script.with_name(Path(sys.executable).name)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    # Copies of the inputs, so nothing points back into the checkout.
    case = shutil.copy(CASE_FILE, elsewhere / "case.yaml")
    sender = shutil.copy(SENDER_FILE, elsewhere / "sender.toml")
    done = subprocess.run(
        [
            str(script), "generate", str(case), "--sender", str(sender),
            "--date", "2020-07-23", "--out", "letters",
        ],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    letters = elsewhere / "letters"
    assert sorted(p.name for p in letters.iterdir()) == [
        "ua-61-20_president_de.docx",
        "ua-61-20_president_de.txt",
    ]
    # Same letter as from the checkout, "Kopie an" from the German catalog included.
    assert (letters / "ua-61-20_president_de.txt").read_bytes() == (
        GOLDEN / "askarov_president_de-CH.txt"
    ).read_bytes()

    where = subprocess.run(
        [
            str(python), "-c",
            "import ualetters, ualetters.resources as r; print(ualetters.__file__);"
            "print(r.data_dir('templates')); print(r.data_dir('locales'))",
        ],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    ).stdout.splitlines()  # fmt: skip
    for path in where:
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
    version = subprocess.run(
        [str(python), "-m", "ualetters", "--version"],
        cwd=elsewhere, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert version.stdout.startswith("ualetters ")
