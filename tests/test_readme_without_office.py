"""The README's test command passes on a machine without LibreOffice: office tests skip there.

Run here with a PATH that has no soffice, pdftotext or pdfinfo: an office test is skipped
with the reason, and fails instead where CI asks for the tools (UALETTERS_REQUIRE_OFFICE=1).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

OFFICE_TEST = "tests/test_print_office.py::test_cli_pdf_with_fold_marks"


def _pytest_without_office(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    empty = tmp_path / "bin"
    empty.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "UALETTERS_REQUIRE_OFFICE"}
    # Only the test's own Python: no LibreOffice, no poppler on this PATH.
    env["PATH"] = os.pathsep.join([str(empty), str(Path(sys.executable).parent)])
    env.update(extra)
    return subprocess.run(
        [sys.executable, "-m", "pytest", OFFICE_TEST, "-rs", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_office_tests_skip_with_the_reason_where_libreoffice_is_missing(tmp_path: Path) -> None:
    done = _pytest_without_office(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 skipped" in done.stdout
    assert (
        "needs soffice, pdftotext, pdfinfo (LibreOffice, poppler-utils); "
        "set UALETTERS_REQUIRE_OFFICE=1 to fail instead"
    ) in done.stdout


def test_office_tests_fail_where_ci_requires_the_tools(tmp_path: Path) -> None:
    done = _pytest_without_office(tmp_path, UALETTERS_REQUIRE_OFFICE="1")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "1 failed" in done.stdout
