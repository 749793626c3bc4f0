"""`ualetters import SOURCE --into CASE`: another language of the same UA, or an update of it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from ualetters.sources import find_todos, parse_yaml

from .conftest import ROOT
from .helpers import DATA, run
from .test_import_sources import _address, _Server, as_html, corpus_text, server  # noqa: F401

IMPORT = DATA / "import"
CORPUS = DATA / "ua-texts"


@pytest.fixture
def record(tmp_path: Path) -> Path:
    """The English draft of UA 12/34, with a comment of the reviewer's own added."""
    path = tmp_path / "ua-12-34.yaml"
    assert run("import", IMPORT / "merge-en.txt", "--out", path).code == 0
    text = path.read_text(encoding="utf-8")
    text = text.replace("country: KG\n", "country: KG  # checked with the section, 2034-03-04\n")
    path.write_text("# Our group's case, adopted in March.\n" + text, encoding="utf-8")
    return path


def test_a_text_in_another_language_makes_every_mapping_grow(record: Path) -> None:
    before, _lines = parse_yaml(record.read_text(encoding="utf-8"), str(record))
    result = run("import", IMPORT / "merge-de.txt", "--into", record)
    assert result.code == 0, result.stderr
    assert f"{record}: added title, facts, demands" in result.stderr
    text = record.read_text(encoding="utf-8")
    after, _lines = parse_yaml(text, str(record))
    assert after["title"] == {
        "en": "HUMAN RIGHTS DEFENDER DETAINED",
        "de": "MENSCHENRECHTSVERTEIDIGER IN HAFT",
    }
    assert set(after["facts"]) == {"en", "de"}
    assert [demand["de"] for demand in after["demands"]] == [
        "Lassen Sie Aibek Example umgehend und bedingungslos frei.",
        "Stellen Sie sicher, dass er Zugang zu einem Anwalt seiner Wahl hat.",
    ]
    assert [demand["en"] for demand in after["demands"]] == [
        demand["en"] for demand in before["demands"]
    ]
    target = after["targets"][0]
    assert target["title"] == {"en": "Prosecutor General", "de": "Generalstaatsanwalt"}
    assert target["salutation"] == {
        "en": "Dear Prosecutor General",
        "de": "Sehr geehrter Herr Generalstaatsanwalt",
    }
    assert after["persons"][0]["role"]["de"] == "Menschenrechtsverteidiger"
    # Nothing the file had is lost: its other values, and its comments.
    for key in ("ua", "ai_index", "country", "deadline", "languages"):
        assert after[key] == before[key]
    assert text.startswith("# Our group's case, adopted in March.\n")
    assert "country: KG  # checked with the section, 2034-03-04\n" in text
    assert "paired with the others by their order" in text
    assert len(find_todos(text)) > 0


def test_an_update_becomes_a_dated_entry(tmp_path: Path, server: _Server) -> None:  # noqa: F811
    record = tmp_path / "ua-83-21.yaml"
    assert run("import", CORPUS / "18-us-iran-abdolali-83-21-fi.txt", "--out", record).code == 0
    before, _lines = parse_yaml(record.read_text(encoding="utf-8"), str(record))
    # The Swiss notice prints no number: its address says FI 083/21-2.
    notice = corpus_text(CORPUS / "34-ch-iran-083-21-fi2-fr.txt")
    server.routes["/urgent-actions/2021/07/083-21/083-21-2"] = (
        200,
        {"Content-Type": "text/html; charset=utf-8"},
        as_html(notice),
    )
    address = _address(server, "/urgent-actions/2021/07/083-21/083-21-2")
    result = run("import", address, "--into", record)
    assert result.code == 0, result.stderr
    after, _lines = parse_yaml(record.read_text(encoding="utf-8"), str(record))
    added = after["updates"][len(before.get("updates", [])) :]
    assert [update["kind"] for update in added] == ["extended"]
    assert added[0]["reference"] == "FI 083/21-2"
    assert "prolongé le délai jusqu'au 16 décembre" in added[0]["text"]["fr"]
    text = record.read_text(encoding="utf-8")
    assert "the new deadline is printed without its year ('16 décembre')" in text
    for key, value in before.items():
        if key != "updates":
            assert after[key] == value, key


def test_a_text_of_another_ua_is_refused_and_the_record_kept(record: Path) -> None:
    kept = record.read_bytes()
    result = run("import", CORPUS / "09-uk-china-zhen-jianghua-fi3.txt", "--into", record)
    assert result.code == 3
    assert result.stderr == (
        f"error: {record}: the imported text is UA 235/17, the record is UA 12/34; "
        "nothing was added\n"
    )
    assert record.read_bytes() == kept


def test_a_text_in_a_language_the_record_has_is_refused(record: Path) -> None:
    kept = record.read_bytes()
    result = run("import", IMPORT / "merge-en.txt", "--into", record)
    assert result.code == 3
    assert "has its texts in 'en' already" in result.stderr
    assert record.read_bytes() == kept


def test_a_text_without_a_number_cannot_be_added(record: Path) -> None:
    kept = record.read_bytes()
    notice = CORPUS / "34-ch-iran-083-21-fi2-fr.txt"
    text = corpus_text(notice)
    result = run("import", "-", "--into", record, stdin=text.encode("utf-8"))
    assert result.code == 3
    assert "names no UA number" in result.stderr
    assert record.read_bytes() == kept


def test_into_with_out_writes_elsewhere_and_keeps_the_record(record: Path, tmp_path: Path) -> None:
    kept = record.read_bytes()
    merged = tmp_path / "merged.yaml"
    result = run("import", IMPORT / "merge-de.txt", "--into", record, "--out", merged)
    assert result.code == 0, result.stderr
    assert record.read_bytes() == kept
    assert yaml.safe_load(merged.read_text(encoding="utf-8"))["title"]["de"]


def _edited(record: Path) -> str:
    """The record as a reviewer leaves it: own comments, quotes, line breaks and a marked item."""
    text = record.read_text(encoding="utf-8")
    for old, new in (
        (
            "    salutation: {en: Dear Prosecutor General}\n",
            '    salutation: {en: Dear Prosecutor General}  # printed "Dear Sir"\n',
        ),
        ("languages: [ru, en, own]\n", 'languages: [ru, en, own]  # "Please write in Russian"\n'),
        (
            "  - id: prosecutor-general\n",
            "  -  # TODO(ualetters): who is this target? ask the section\n"
            "    id: prosecutor-general\n",
        ),
        ("      postal_code: '720000'\n", '      postal_code: "720000"\n'),
        (
            "facts:  #",
            "# A long note of ours, one line that is longer than the importer's own lines are, "
            "kept as we wrote it.\nfacts:  #",
        ),
        (
            "    Aibek Example, a human rights defender, was arrested in Bishkek on 3 March 2034 "
            "after a\n    peaceful protest.",
            "    Aibek Example, a human rights defender,\n"
            "    was arrested in Bishkek on 3 March 2034 after a\n    peaceful protest.",
        ),
    ):
        assert old in text, old
        text = text.replace(old, new)
    record.write_text(text, encoding="utf-8")
    return text


def test_a_merge_keeps_every_comment_mark_and_value_as_written(record: Path) -> None:
    """B1, B2, N13: the user's comments (after flow values too), marks on `-` lines, quotes
    and line breaks survive a merge; no mark is written twice on a line."""
    before = _edited(record)
    result = run("import", IMPORT / "merge-de.txt", "--into", record)
    assert result.code == 0, result.stderr
    text = record.read_text(encoding="utf-8")
    comments = [line.strip() for line in before.splitlines() if line.strip().startswith("#")]
    assert [c for c in comments if c not in text] == []
    assert '  # printed "Dear Sir"' in text
    assert 'languages: [ru, en, own]  # "Please write in Russian"\n' in text
    assert "TODO(ualetters): who is this target? ask the section" in text
    assert '      postal_code: "720000"\n' in text
    assert "    Aibek Example, a human rights defender,\n    was arrested in" in text
    tasks = [todo.task for todo in find_todos(text)]
    assert [t.task for t in find_todos(before) if not any(t.task in task for task in tasks)] == []
    assert all(line.count("TODO(ualetters)") < 2 for line in text.splitlines())
    # The order of the record's fields is its own.
    assert text.index("languages:") < text.index("deadline:")


UPDATE = """\
FURTHER INFORMATION ON UA 12/34 Index: EUR 00/0001/2034 Kyrgyzstan Date: 10 April 2034

HUMAN RIGHTS DEFENDER RELEASED

Aibek Example, a human rights defender, was released without charge on 8 April 2034.

No further action is requested. Many thanks to all who sent appeals.
"""


def test_into_a_link_writes_the_record_it_points_to_and_keeps_its_mode(
    record: Path, tmp_path: Path
) -> None:
    """S3, S4: the link stays a link, its record gets the update, with its permissions."""
    update = tmp_path / "update.txt"
    update.write_text(UPDATE, encoding="utf-8")
    record.chmod(0o600)
    link = tmp_path / "linked.yaml"
    link.symlink_to(record.name)
    result = run("import", update, "--into", link)
    assert result.code == 0, result.stderr
    assert link.is_symlink() and link.readlink() == Path(record.name)
    assert "date: 2034-04-10" in record.read_text(encoding="utf-8")
    assert record.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_the_same_update_twice_and_the_records_own_text_add_nothing(
    record: Path, tmp_path: Path
) -> None:
    """S6: a second import of an update, or of the page the record was made from, says so in
    one line (exit 5: nothing to do) and leaves the record as it was."""
    update = tmp_path / "update.txt"
    update.write_text(UPDATE, encoding="utf-8")
    assert run("import", update, "--into", record).code == 0
    kept = record.read_bytes()
    again = run("import", update, "--into", record)
    assert again.code == 5
    assert again.stderr == (
        f"error: {record}: has what the text says already (2034-04-10, 2034-04-08); "
        "nothing was added\n"
    )
    assert record.read_bytes() == kept
    finished = tmp_path / "ua-235-17.yaml"
    finished.write_bytes((DATA / "real" / "ua-235-17-zhen-jianghua.yaml").read_bytes())
    own = run("import", ROOT / "examples" / "ua-235-17.txt", "--into", finished)
    assert own.code == 5
    assert own.stderr == (
        f"error: {finished}: the text says what the record's facts say; nothing was added\n"
    )
    assert finished.read_bytes() == (DATA / "real" / "ua-235-17-zhen-jianghua.yaml").read_bytes()


@pytest.mark.skipif(sys.platform == "win32", reason="the record lock is POSIX's flock")
def test_an_import_waits_for_another_into_the_same_record_and_keeps_its_update(
    tmp_path: Path,
) -> None:
    """S7: while another run holds the record, an import waits; then it adds to what the
    other one wrote (which replaced the file), so neither update is lost."""
    import fcntl
    import time

    record = tmp_path / "ua-12-34.yaml"
    assert run("import", IMPORT / "merge-en.txt", "--out", record).code == 0
    update = tmp_path / "update.txt"
    update.write_text(UPDATE, encoding="utf-8")
    holder = os.open(record, os.O_RDONLY)
    fcntl.flock(holder, fcntl.LOCK_EX)  # as a first `import --into` holds it
    command = [sys.executable, "-m", "ualetters", "import", str(update), "--into", str(record)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE)
    time.sleep(3)
    assert process.poll() is None  # waiting
    # The first run writes its update (a new file under the name) and lets go.
    other = record.read_text(encoding="utf-8") + (
        "updates:\n  - date: 2034-03-20\n    kind: info\n    text: {en: Moved to Bishkek.}\n"
    )
    (tmp_path / "first.part").write_text(other, encoding="utf-8")
    (tmp_path / "first.part").replace(record)
    os.close(holder)
    assert process.wait(timeout=120) == 0, process.stderr.read() if process.stderr else ""
    text = record.read_text(encoding="utf-8")
    assert "date: 2034-03-20" in text and "date: 2034-04-10" in text
