"""Many letters at once: every supporter x case x target, resumable, crash-safe, silent.

Layout of the output folder::

    out/
      <supporter>/<case>_<target>_<lang>.docx   one folder per supporter (safe, unique name)
      <supporter>/<supporter>_letters.docx      with combine="supporter"
      all-letters.docx                          with combine="all"
      manifest.csv, manifest.json               every letter: who, what, where, sha256
      errors.csv                                rows that gave no letters: row, column, reason
      letters.zip                               with zip_=True: all of the above

Every file appears atomically (a temporary `.<name>.<random>.part` renamed into place). A
journal (`.ualetters-journal.jsonl`) records each letter once it is in place, so a run that
is killed can be finished by running it again: letters whose journal or manifest entry
matches their inputs and whose file still has the recorded hash are kept, the rest redone.
Output is deterministic (same inputs, same bytes, whatever the number of workers), so the
finished folder is the same as that of an uninterrupted run.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import signal
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__
from .errors import (
    EXIT_INTERRUPTED,
    CaseClosedError,
    InputError,
    OutputError,
    UaLettersError,
)
from .layouts import layout_for
from .model import Case, Sender
from .output import prepare_folder, write_atomic
from .planning import PlannedLetter, choose_language, closed_message, copies_for
from .supporters import RowError, SupporterList

JOURNAL = ".ualetters-journal.jsonl"
MANIFEST_CSV = "manifest.csv"
MANIFEST_JSON = "manifest.json"
ERRORS_CSV = "errors.csv"
COMBINED_ALL = "all-letters.docx"
ZIP_NAME = "letters.zip"
COMBINE_MODES = ("supporter", "all")
_PART = re.compile(r"^\..+\.[a-z0-9_]{8}\.part$")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{p}{n}" for p in ("com", "lpt") for n in "123456789"
}

Progress = Callable[[int, int], None]


class BatchInterrupted(UaLettersError):
    """The batch was stopped (Ctrl-C); what was written stays and a rerun finishes it."""

    exit_code = EXIT_INTERRUPTED


@dataclass(frozen=True, slots=True)
class Entry:
    """One written letter file, as listed in the manifest."""

    row: int
    supporter: str
    case: str
    target: str
    language: str
    destination: str
    file: str
    sha256: str
    key: str

    def public(self) -> dict[str, Any]:
        """Return the manifest fields a user reads (without the resume key)."""
        return {
            "row": self.row,
            "supporter": self.supporter,
            "case": self.case,
            "target": self.target,
            "language": self.language,
            "destination_country": self.destination,
            "file": self.file,
            "sha256": self.sha256,
        }


@dataclass
class BatchResult:
    """What a batch did; `rows == written_rows + len(errors)` always holds."""

    out: Path
    rows: int
    entries: list[Entry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blank: int = 0
    kept: int = 0  # letters already there from an earlier run
    combined: list[str] = field(default_factory=list)

    @property
    def written_rows(self) -> int:
        """Return the number of supporters whose letters are all in place."""
        return self.rows - len(self.errors)

    def summary(self) -> str:
        """Return the one-line summary: letters, and written + reported = rows."""
        letters = len(self.entries)
        kept = f", {self.kept} kept from an earlier run" if self.kept else ""
        blank = f"; {self.blank} blank line(s) skipped" if self.blank else ""
        reported = f" (see {ERRORS_CSV})" if self.errors else ""
        return (
            f"{letters} letter(s) in {self.out}{kept}; {self.rows} row(s) = "
            f"{self.written_rows} written + {len(self.errors)} reported{reported}{blank}"
        )


@dataclass(frozen=True)
class Settings:
    """What every letter of a batch shares."""

    date: dt.date
    formats: tuple[str, ...]
    lang: str | None
    layout: str | None
    templates: str | None
    allow_closed: bool
    combine: str | None = None


# ---------------------------------------------------------------------------------------------
# Names and small file helpers


def folder_name(name: str) -> str:
    """Return a safe folder name for a supporter: letters, digits and '-' only, never empty."""
    text = unicodedata.normalize("NFC", name)
    safe = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).replace("_", "-")
    safe = re.sub(r"-{2,}", "-", safe).strip("-.")[:60].strip("-") or "supporter"
    if safe.casefold() in _WINDOWS_RESERVED:
        safe += "-"
    return safe


def unique_folders(names: Sequence[str]) -> list[str]:
    """Return a folder name per supporter, unique even on case-insensitive file systems."""
    taken: set[str] = set()
    result = []
    for name in names:
        base = folder_name(name)
        candidate, number = base, 1
        while candidate.casefold() in taken:
            number += 1
            candidate = f"{base}-{number}"
        taken.add(candidate.casefold())
        result.append(candidate)
    return result


# A new file only, never through a symbolic link; mkstemp's flags and its mode 0600.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_CREATE |= getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def write_letter(path: Path, data: bytes) -> None:
    """Write a letter atomically, without fsync.

    A crash can at worst leave a renamed file whose blocks never reached the disk; the
    next run re-hashes every file against the manifest and redoes such a letter. Syncing
    each letter would cost more than building it. The temporary file is made as mkstemp
    does, with plain system calls: mkstemp's own bookkeeping cost as much as the writing.
    """
    for _attempt in range(100):
        temp = os.path.join(path.parent, f".{path.name}.{os.urandom(4).hex()}.part")
        try:
            handle = os.open(temp, _CREATE, 0o600)
            break
        except FileExistsError:
            continue  # a name taken by chance: draw another
    else:
        raise FileExistsError(f"{path}: no free temporary name")
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
        finally:
            os.close(handle)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def clean_parts(out: Path) -> int:
    """Remove temporary files our atomic writes left behind (a killed run); return how many."""
    removed = 0
    if not out.is_dir():
        return 0
    for root, _dirs, files in os.walk(out):
        for name in files:
            if _PART.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(root, name))
                    removed += 1
    return removed


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def _file_hash(path: Path) -> str | None:
    try:
        return sha256(path.read_bytes())
    except OSError:
        return None


# ---------------------------------------------------------------------------------------------
# Planning (main process): which letters, or which row error


@dataclass(frozen=True)
class Task:
    """The letters of one supporter: (case index, target index, language, format, path)."""

    index: int
    row: int
    folder: str
    letters: tuple[tuple[int, int, str, str, str, str], ...]  # case, target, lang, fmt, file, key


def _has_template(tag: str, available: set[str]) -> bool:
    from . import l10n

    return any(candidate in available for candidate in l10n.fallback_chain(tag))


def _fingerprint(settings: Settings) -> str:
    """Return a hash of everything besides the rows and cases that shapes a letter's bytes."""
    from .api import renderer
    from .resources import data_dir

    digest = hashlib.sha256()
    digest.update(f"{__version__}|{settings.date}|{settings.lang}|{settings.layout}".encode())
    folders = [*renderer(settings.templates).folders, data_dir("locales")]
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.suffix in (".j2", ".po", ".mo"):
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def plan_batch(
    cases: Sequence[Case],
    supporters: SupporterList,
    settings: Settings,
) -> tuple[list[Task], list[RowError], list[str], list[int]]:
    """Plan every letter; return tasks, row errors, warnings and the open cases' indexes."""
    from .api import template_languages
    from .writers import FORMATS

    available = template_languages(settings.templates)
    slugs = [case.slug for case in cases]
    twice = sorted({slug for slug in slugs if slugs.count(slug) > 1})
    if twice:
        raise InputError(
            f"two cases would write the same files ({', '.join(twice)}); give each an 'id'"
        )
    warnings: list[str] = []
    open_cases: list[int] = []
    for number, case in enumerate(cases):
        closed = closed_message(case, settings.date)
        if closed and not settings.allow_closed:
            warnings.append(f"{closed}; no letters for it (use --allow-closed to write anyway)")
        else:
            if closed:
                warnings.append(closed)
            open_cases.append(number)
            deadline = case.deadline_on(settings.date)
            if deadline and settings.date > deadline:
                warnings.append(f"{case.ua}: the deadline passed on {deadline.isoformat()}")
    if not open_cases:
        raise CaseClosedError(
            "every case is closed on the letter date: no letters to write; " + " / ".join(warnings)
        )
    forced = None
    if settings.lang:
        from . import l10n

        try:
            forced = l10n.normalize_tag(settings.lang)
        except ValueError as exc:
            raise InputError(str(exc), field="--lang") from None
        if not _has_template(forced, available):
            raise InputError(f"no letter template for language '{forced}'", field="--lang")
    base = _fingerprint(settings)
    case_hash = [sha256(c.model_dump_json().encode()) for c in cases]
    folders = unique_folders([s.sender.name for s in supporters.supporters])
    tasks: list[Task] = []
    errors: list[RowError] = list(supporters.errors)
    # The choice depends only on the case, target and the sender's languages and country.
    chosen: dict[tuple[int, int, tuple[str, ...], str], str] = {}
    for index, (supporter, folder) in enumerate(zip(supporters.supporters, folders, strict=True)):
        sender = supporter.sender
        who = sha256(sender.model_dump_json().encode())
        letters = []
        try:
            if not any(_has_template(tag, available) for tag in sender.languages):
                have = ", ".join(sorted(available))
                raise InputError(
                    f"no letter template for {', '.join(sender.languages)} (templates: {have}); "
                    "add a language the supporter reads that has one",
                    field="language",
                )
            for number in open_cases:
                case = cases[number]
                for target_index, target in enumerate(case.targets):
                    asked = (number, target_index, tuple(sender.languages), sender.country)
                    tag = chosen.get(asked)
                    if tag is None:
                        tag = choose_language(case, target, sender, available, forced).tag
                        chosen[asked] = tag
                    stem = f"{case.slug}_{target.id}_{tag.split('-')[0]}"
                    for fmt in settings.formats:
                        file = f"{folder}/{stem}{FORMATS[fmt].extension}"
                        key = sha256(f"{base}|{who}|{case_hash[number]}|{target.id}|{fmt}".encode())
                        letters.append((number, target_index, tag, fmt, file, key))
        except InputError as exc:
            # Planning fails only on the letter's language.
            errors.append(RowError(supporter.row, "language", exc.reason))
            continue
        tasks.append(Task(index, supporter.row, folder, tuple(letters)))
    errors.sort(key=lambda e: e.row)
    return tasks, errors, warnings, open_cases


# ---------------------------------------------------------------------------------------------
# Writing (in worker processes, or in-process with one job)


@dataclass
class _WorkerState:
    cases: Sequence[Case]
    senders: Sequence[Sender]
    settings: Settings
    out: Path
    known: dict[str, tuple[str, str]]  # file -> (key, sha256) from earlier runs


_state: _WorkerState | None = None


def _init_worker(state: _WorkerState, ignore_interrupt: bool) -> None:
    global _state
    _state = state
    if ignore_interrupt:
        # The main process handles Ctrl-C and stops the workers itself.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        _die_with_parent()


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the main process dies (say, by kill -9).

    Otherwise orphaned workers would go on writing while the user already reruns the batch.
    """
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG


def _render(
    task: Task, state: _WorkerState, *, dry: bool = False
) -> list[tuple[str, str, str, Any, bytes | None]]:
    """Render a supporter's letters; return (file, key, fmt, letter, bytes or None if kept).

    A letter whose file is there from an earlier run with the same inputs and the recorded
    hash is kept (bytes None); `dry` renders without producing bytes (for --strict).
    """
    from .api import letter_bytes, renderer

    engine = renderer(state.settings.templates)
    sender = state.senders[task.index]
    rendered: dict[tuple[int, int, str], Any] = {}
    out: list[tuple[str, str, str, Any, bytes | None]] = []
    for case_index, target_index, tag, fmt, file, key in task.letters:
        case = state.cases[case_index]
        target = case.targets[target_index]
        letter = rendered.get((case_index, target_index, tag))
        if letter is None:
            planned = PlannedLetter(
                case, target, sender, tag, state.settings.date, copies_for(case, sender)
            )
            letter = engine.render(planned)
            rendered[(case_index, target_index, tag)] = letter
        known = state.known.get(file)
        if dry:
            continue
        if known and known[0] == key and _file_hash(state.out / file) == known[1]:
            out.append((file, key, fmt, letter, None))
            continue
        layout = layout_for(state.settings.layout, sender.country)
        out.append((file, key, fmt, letter, letter_bytes(letter, fmt, layout)))
    return out


TaskResult = tuple[int, list[Entry], int, RowError | None, dict[str, str] | None]


def _run_task(task: Task) -> TaskResult:
    """Write one supporter's letters; return (index, entries, letters kept, error, pack)."""
    state = _state
    assert state is not None
    sender = state.senders[task.index]
    try:
        letters = _render(task, state)
    except InputError as exc:
        # A template's error keeps its file and line (exc.source): the row is not to blame.
        reason = exc.reason if exc.source is None else str(exc)
        return task.index, [], 0, RowError(task.row, exc.field, reason), None
    entries = []
    kept = 0
    folder = state.out / task.folder
    folder.mkdir(exist_ok=True)
    pack: list[bytes] = []
    for file, key, fmt, letter, data in letters:
        if data is None:
            digest = state.known[file][1]
            kept += 1
            if state.settings.combine == "supporter" and fmt == "docx":
                pack.append((state.out / file).read_bytes())
        else:
            write_letter(state.out / file, data)
            digest = sha256(data)
            if fmt == "docx":
                pack.append(data)
        entries.append(
            Entry(
                task.row,
                sender.name,
                letter.ua,
                letter.target_id,
                letter.language,
                letter.destination_country or "",
                file,
                digest,
                key,
            )
        )
    record = None
    if state.settings.combine == "supporter" and pack:
        from .writers.combine import combine_docx

        name = f"{task.folder}/{task.folder}_letters.docx"
        data = combine_docx(pack)
        write_letter(state.out / name, data)
        record = {"file": name, "letters": str(len(pack)), "sha256": sha256(data)}
    return task.index, entries, kept, None, record


# ---------------------------------------------------------------------------------------------
# Manifest, journal, errors


def _read_known(out: Path) -> dict[str, tuple[str, str]]:
    """Return file -> (key, sha256) from the manifest and journal of earlier runs."""
    known: dict[str, tuple[str, str]] = {}
    manifest = out / MANIFEST_JSON
    with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        for item in data.get("letters", []):
            if "key" in item:
                known[item["file"]] = (item["key"], item["sha256"])
    journal = out / JOURNAL
    with contextlib.suppress(OSError):
        for line in journal.read_text(encoding="utf-8").splitlines():
            try:
                item = json.loads(line)
                known[item["file"]] = (item["key"], item["sha256"])
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a kill
    return known


def _journal_line(entry: Entry) -> str:
    return json.dumps({"file": entry.file, "key": entry.key, "sha256": entry.sha256}) + "\n"


def manifest_csv(entries: Sequence[Entry]) -> bytes:
    """Return the manifest as CSV (UTF-8 with BOM, so Excel shows names right)."""
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    columns = [
        "row",
        "supporter",
        "case",
        "target",
        "language",
        "destination_country",
        "file",
        "sha256",
    ]
    writer.writerow(columns)
    for entry in entries:
        public = entry.public()
        writer.writerow([public[c] for c in columns])
    return ("\ufeff" + stream.getvalue()).encode("utf-8")


def manifest_json(entries: Sequence[Entry], combined: Sequence[dict[str, str]]) -> bytes:
    """Return the manifest as JSON (with the keys a rerun uses to skip finished letters)."""
    data = {
        "ualetters": __version__,
        "letters": [{**e.public(), "key": e.key} for e in entries],
        "combined": list(combined),
    }
    return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def errors_csv(errors: Sequence[RowError]) -> bytes:
    """Return the row errors as CSV: row, column, reason."""
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(["row", "column", "reason"])
    for error in errors:
        writer.writerow([error.row, error.column or "", error.reason])
    return ("\ufeff" + stream.getvalue()).encode("utf-8")


def _put(path: Path, data: bytes) -> None:
    """Write a summary file atomically and durably, unless it holds these bytes already."""
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror})") from None


# ---------------------------------------------------------------------------------------------
# The batch


def _tasks_in_pool(tasks: Sequence[Task], state: _WorkerState, jobs: int) -> Iterator[TaskResult]:
    if jobs <= 1 or len(tasks) < 2:
        _init_worker(state, False)
        for task in tasks:
            yield _run_task(task)
        return
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    pool = context.Pool(jobs, initializer=_init_worker, initargs=(state, True))
    try:
        chunk = max(1, min(32, len(tasks) // (jobs * 8)))
        yield from pool.imap(_run_task, tasks, chunksize=chunk)
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()


def run_batch(
    cases: Sequence[Case],
    supporters: SupporterList,
    out: str | Path,
    *,
    date: dt.date | None = None,
    formats: Sequence[str] = ("docx",),
    lang: str | None = None,
    layout: str | None = None,
    templates: str | Path | None = None,
    combine: str | None = None,
    zip_: bool = False,
    strict: bool = False,
    allow_closed: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Write every supporter's letters for every case and target into folder `out`.

    Bad rows are returned in `BatchResult.errors` (and `errors.csv`), the others written;
    with `strict`, any bad row raises InputError before anything is written. `progress` is
    called with (letters done, letters total). Nothing is printed.
    """
    from .writers import FORMATS

    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(
                f"unknown format '{fmt}' (known: {', '.join(FORMATS)})", field="--format"
            )
    if combine is not None and combine not in COMBINE_MODES:
        raise InputError(
            f"unknown mode '{combine}' (known: {', '.join(COMBINE_MODES)})", field="--combine"
        )
    if combine and "docx" not in formats:
        raise InputError("combining needs the docx format", field="--combine")
    if layout:
        layout_for(layout, None)
    settings = Settings(
        date or dt.date.today(),
        tuple(dict.fromkeys(formats)),
        lang,
        layout,
        str(templates) if templates is not None else None,
        allow_closed,
        combine,
    )
    out = Path(out)
    tasks, errors, warnings, _open = plan_batch(cases, supporters, settings)
    senders = [s.sender for s in supporters.supporters]
    if strict:
        if not errors:
            errors = _dry_render(tasks, cases, senders, settings)
        if errors:
            raise InputError(
                f"{len(errors)} of {supporters.rows} row(s) have problems; nothing was written "
                f"(first: {errors[0]})",
                source=supporters.source,
            )
    prepare_folder(out)
    clean_parts(out)
    known = _read_known(out)
    state = _WorkerState(cases, senders, settings, out, known)
    total = sum(len(t.letters) for t in tasks)
    result = BatchResult(out, supporters.rows, warnings=warnings, blank=supporters.blank)
    by_index: dict[int, list[Entry]] = {}
    packs: dict[int, dict[str, str]] = {}
    sizes = {task.index: len(task.letters) for task in tasks}
    done = 0
    journal_path = out / JOURNAL
    try:
        with open(journal_path, "a", encoding="utf-8") as journal:
            if progress:
                progress(0, total)
            for index, entries, kept, error, pack in _tasks_in_pool(tasks, state, jobs or _cores()):
                if error is not None:
                    errors.append(error)
                else:
                    by_index[index] = entries
                    if pack:
                        packs[index] = pack
                    result.kept += kept
                    journal.writelines(_journal_line(entry) for entry in entries)
                    journal.flush()
                done += sizes[index]
                if progress:
                    progress(done, total)
    except KeyboardInterrupt:
        clean_parts(out)  # workers stopped mid-write leave their temporary files
        letters = sum(len(e) for e in by_index.values())
        raise BatchInterrupted(
            f"interrupted: {letters} of {total} letter(s) in {out}; "
            "run the same command again to finish"
        ) from None
    except OSError as exc:
        raise OutputError(f"{out}: cannot write letters ({exc.strerror})") from None
    result.entries = [e for index in sorted(by_index) for e in by_index[index]]
    result.errors = sorted(errors, key=lambda e: e.row)
    combined = [packs[index] for index in sorted(packs)]
    if combine == "all":
        combined = _combine_all(result.entries, out)
    result.combined = [c["file"] for c in combined]
    _put(out / MANIFEST_JSON, manifest_json(result.entries, combined))
    _put(out / MANIFEST_CSV, manifest_csv(result.entries))
    if result.errors:
        _put(out / ERRORS_CSV, errors_csv(result.errors))
    else:
        with contextlib.suppress(FileNotFoundError):
            (out / ERRORS_CSV).unlink()
    if zip_:
        listed = [e.file for e in result.entries] + result.combined
        listed += [MANIFEST_CSV, MANIFEST_JSON] + ([ERRORS_CSV] if result.errors else [])
        _put(out / ZIP_NAME, _zip_files(out, listed))
    with contextlib.suppress(FileNotFoundError):
        journal_path.unlink()
    return result


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _dry_render(
    tasks: Sequence[Task], cases: Sequence[Case], senders: Sequence[Sender], settings: Settings
) -> list[RowError]:
    """Render every letter without writing, to find rows that fail (for --strict)."""
    state = _WorkerState(cases, senders, settings, Path("."), {})
    errors = []
    for task in tasks:
        try:
            _render(task, state, dry=True)
        except InputError as exc:
            reason = exc.reason if exc.source is None else str(exc)  # as in _run_task
            errors.append(RowError(task.row, exc.field, reason))
    return errors


def _combine_all(entries: Sequence[Entry], out: Path) -> list[dict[str, str]]:
    """Write one document holding every DOCX letter; return its manifest record."""
    from .writers.combine import combine_docx

    docx = [e for e in entries if e.file.endswith(".docx")]
    if not docx:
        return []
    data = combine_docx((out / e.file).read_bytes() for e in docx)
    _put(out / COMBINED_ALL, data)
    return [{"file": COMBINED_ALL, "letters": str(len(docx)), "sha256": sha256(data)}]


def _zip_files(out: Path, names: Sequence[str]) -> bytes:
    """Return a zip of the named files of the output folder (fixed dates, sorted names)."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(set(names)):
            info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, (out / name).read_bytes())
    return buffer.getvalue()
