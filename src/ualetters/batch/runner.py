"""Run a batch: plan every supporter's letters, write them with worker processes, sum up.

Planning is `planning`'s, the same as for one letter; the batch adds its rows (a bad row
is reported, the others written), its workers and its bookkeeping (`manifest`, `folders`).
Output is deterministic (same inputs, same bytes, whatever the number of workers), so a
finished folder is the same as that of an uninterrupted run.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..api import CaseSource, LayoutName, load_case_source, planner, renderer
from ..errors import (
    BatchInterrupted,
    InputError,
    Message,
    UaLettersError,
    UsageError,
)
from ..letter import Letter
from ..model import Sender
from ..output import cannot_write
from ..planning import Planner, page_layout, settings
from ..supporters import RowError, SupporterList, bad_rows, read_supporters
from ..writers import FORMATS, FormatName
from .folders import PACK_SUFFIX, OutputFolder, unique_folders, zip_files
from .manifest import (
    ERRORS_CSV,
    JOURNAL,
    MANIFEST_CSV,
    MANIFEST_JSON,
    Entry,
    Keys,
    errors_csv,
    journal_line,
    manifest_csv,
    manifest_json,
    read_known,
    sha256,
)

CombineMode = Literal["supporter", "all"]
"""One DOCX of all letters per supporter, or one for the whole batch."""
COMBINE_MODES: tuple[CombineMode, ...] = ("supporter", "all")
COMBINED_ALL = "all-letters.docx"
ZIP_NAME = "letters.zip"

Progress = Callable[[int, int], None]


@dataclass
class BatchResult:
    """What a batch did; `rows == written_rows + bad_rows(errors)` always holds.

    `warnings` and `skipped` are said once per case (a closed case, a target without an
    email address), never once per row.
    """

    out: Path
    rows: int
    entries: list[Entry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    blank: int = 0
    kept: int = 0  # letters already there from an earlier run
    combined: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def written_rows(self) -> int:
        """Return the number of supporters whose letters are all in place."""
        return self.rows - bad_rows(self.errors)

    def summary(self) -> str:
        """Return the one-line summary: letters, and written + reported = rows."""
        letters = len(self.entries)
        kept = f", {self.kept} kept from an earlier run" if self.kept else ""
        blank = f"; {self.blank} blank line(s) skipped" if self.blank else ""
        reported = f" (see {ERRORS_CSV})" if self.errors else ""
        return (
            f"{letters} letter(s) in {self.out}{kept}; {self.rows} row(s) = "
            f"{self.written_rows} written + {bad_rows(self.errors)} reported{reported}{blank}"
        )


@dataclass(frozen=True)
class Task:
    """One supporter's letters: which supporter, their row and folder, how many files."""

    index: int
    row: int
    folder: str
    files: int


@dataclass
class _WorkerState:
    planner: Planner
    senders: Sequence[Sender]
    combine: str | None
    out: Path
    keys: Keys
    known: dict[str, tuple[str, str]]  # file -> (key, sha256) from earlier runs
    folder: OutputFolder | None = None


_state: _WorkerState | None = None


def _init_worker(state: _WorkerState, in_pool: bool) -> None:
    global _state
    _state = state
    state.folder = OutputFolder(state.out, create=False)
    if in_pool:
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


Rendered = tuple[str, str, str, Letter, bytes | None]  # file, key, format, letter, bytes


def _render(task: Task, state: _WorkerState, *, dry: bool = False) -> list[Rendered]:
    """Render a supporter's letters; bytes None for a letter kept from an earlier run.

    A letter whose file is there with the key of its inputs and the recorded hash is kept;
    `dry` renders without producing bytes (for `strict`).
    """
    run = state.planner.settings
    engine = renderer(run.templates)
    sender = state.senders[task.index]
    sender_key = state.keys.sender(sender)
    page = page_layout(run.layout, sender.country, run.fold_marks)
    out: list[Rendered] = []
    for planned in state.planner.letters(sender).letters:
        letter = engine.render(planned)
        if dry:
            continue
        for fmt in planned.formats:
            file = f"{task.folder}/{planned.file_name(fmt)}"
            key = state.keys.letter(sender_key, planned, fmt)
            known = state.known.get(file)
            if known and known[0] == key and _hash_of(state, file) == known[1]:
                out.append((file, key, fmt, letter, None))
            else:
                out.append((file, key, fmt, letter, FORMATS[fmt].write(letter, page)))
    return out


def _hash_of(state: _WorkerState, file: str) -> str | None:
    assert state.folder is not None
    data = state.folder.read(file)
    return sha256(data) if data is not None else None


TaskResult = tuple[int, list[Entry], int, RowError | None, dict[str, str] | None]


def _row_reason(error: InputError) -> str:
    """Return why a row gave no letters; a template's error keeps its file and line."""
    return error.reason if error.source is None else str(error)


def _run_task(task: Task) -> TaskResult:
    """Write one supporter's letters; return (index, entries, letters kept, error, pack)."""
    state = _state
    assert state is not None and state.folder is not None
    sender = state.senders[task.index]
    try:
        letters = _render(task, state)
    except InputError as exc:
        return task.index, [], 0, RowError(task.row, exc.field, _row_reason(exc)), None
    entries = []
    kept = 0
    pack: list[bytes] = []
    new: list[tuple[str, bytes]] = []
    for file, key, fmt, letter, data in letters:
        if data is None:
            digest = state.known[file][1]
            kept += 1
            if state.combine == "supporter" and fmt == "docx":
                pack.append(state.folder.read(file) or b"")
        else:
            new.append((file.rpartition("/")[2], data))
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
    if state.combine == "supporter" and pack:
        from ..writers.combine import combine_docx

        name = f"{task.folder}{PACK_SUFFIX}"
        data = combine_docx(pack)
        new.append((name, data))
        record = {
            "file": f"{task.folder}/{name}",
            "letters": str(len(pack)),
            "sha256": sha256(data),
        }
    state.folder.write_all(task.folder, new)
    return task.index, entries, kept, None, record


def _tasks_in_pool(tasks: Sequence[Task], state: _WorkerState, jobs: int) -> Iterator[TaskResult]:
    if jobs <= 1 or len(tasks) < 2:
        _init_worker(state, False)
        try:
            for task in tasks:
                yield _run_task(task)
        finally:
            if state.folder is not None:
                state.folder.close()
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


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _check_combine(combine: str | None, formats: Sequence[str]) -> None:
    if combine is not None and combine not in COMBINE_MODES:
        raise UsageError(
            Message(
                "unknown mode '%(mode)s' (known: %(known)s)",
                mode=combine,
                known=", ".join(COMBINE_MODES),
            ),
            parameter="combine",
        )
    if combine and "docx" not in formats:
        raise UsageError(Message("combining needs the docx format"), parameter="combine")


def plan_rows(cases: Planner, supporters: SupporterList) -> tuple[list[Task], list[RowError]]:
    """Plan every supporter's letters; return a task per good row and the rows in error."""
    folders = unique_folders([s.sender.name for s in supporters.supporters])
    tasks: list[Task] = []
    errors: list[RowError] = list(supporters.errors)
    for index, (supporter, folder) in enumerate(zip(supporters.supporters, folders, strict=True)):
        try:
            letters = cases.letters(supporter.sender).letters
        except InputError as exc:
            # A case-level problem stopped the run already: this one is the supporter's.
            errors.append(RowError(supporter.row, "language", exc.reason))
            continue
        tasks.append(Task(index, supporter.row, folder, sum(len(p.formats) for p in letters)))
    errors.sort(key=lambda e: e.row)
    return tasks, errors


def run_batch(
    cases: Sequence[CaseSource],
    supporters: SupporterList | str | Path,
    out: str | Path,
    *,
    date: dt.date | None = None,
    formats: Sequence[FormatName | str] = ("docx",),
    lang: str | None = None,
    layout: LayoutName | str | None = None,
    templates: str | Path | None = None,
    combine: CombineMode | None = None,
    zip_: bool = False,
    strict: bool = False,
    allow_closed: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
) -> BatchResult:
    """Write every supporter's letters for every case and target into folder `out`.

    Bad rows are returned in `BatchResult.errors` (and `errors.csv`), the others written.
    Nothing is printed. A case-level problem (an address, a closed case, `lang`) raises
    before anything is written, as it does for one letter.

    :param cases: the cases (records, file paths, YAML texts or dicts).
    :param supporters: the supporters (`read_supporters`), or a CSV or .xlsx file's path.
    :param out: the output folder; a rerun into it keeps finished letters.
    :param date: the letter date; today if None.
    :param formats: "docx", "txt", "pdf", "json" or "eml" (repeatable).
    :param lang: write every letter in this language.
    :param layout: the page layout; each supporter's country's if None.
    :param templates: a folder of templates that override the bundled ones by file name.
    :param combine: also one DOCX per "supporter", or of "all" letters.
    :param zip_: also pack everything into `letters.zip`.
    :param strict: any bad row raises InputError before anything is written.
    :param allow_closed: write letters even for cases closed on `date`.
    :param jobs: worker processes; the machine's cores if None.
    :param progress: called with (letters done, letters total).
    """
    run = settings(
        date=date,
        lang=lang,
        layout=layout,
        formats=formats,
        templates=templates,
        allow_closed=allow_closed,
    )
    _check_combine(combine, run.formats)
    loaded = [load_case_source(case) for case in cases]
    if not isinstance(supporters, SupporterList):
        supporters = read_supporters(supporters)
    countries = {s.sender.country for s in supporters.supporters}
    plan = planner(
        [case for case, _ in loaded], run, countries=countries, sources=[s for _, s in loaded]
    )
    tasks, errors = plan_rows(plan, supporters)
    senders = [s.sender for s in supporters.supporters]
    keys = Keys(run, [case for case, _ in loaded])
    if strict:
        if not errors:
            errors = _dry_render(tasks, plan, senders, keys, Path(out))
        if errors:
            raise InputError(
                f"{bad_rows(errors)} of {supporters.rows} row(s) have problems; "
                "nothing was written "
                f"(first: {errors[0]})",
                source=supporters.source,
            )
    result = BatchResult(
        Path(out),
        supporters.rows,
        warnings=list(plan.warnings),
        blank=supporters.blank,
        skipped=list(plan.skipped),
    )
    state = _WorkerState(plan, senders, combine, Path(out), keys, {})
    with OutputFolder(Path(out)) as folder:
        folder.lock()
        combined = _write(folder, tasks, errors, state, result, jobs or _cores(), progress)
        _finish(folder, result, combined, combine, zip_)
    return result


def _write(
    folder: OutputFolder,
    tasks: Sequence[Task],
    errors: list[RowError],
    state: _WorkerState,
    result: BatchResult,
    jobs: int,
    progress: Progress | None,
) -> list[dict[str, str]]:
    """Write every task's letters, recording each in the journal as it is in place.

    Return the manifest records of the supporters' combined packs.
    """
    folder.clean_parts()
    state.known = read_known(folder)
    total = sum(task.files for task in tasks)
    by_index: dict[int, list[Entry]] = {}
    packs: dict[int, dict[str, str]] = {}
    sizes = {task.index: task.files for task in tasks}
    done = 0
    try:
        with folder.append(JOURNAL) as journal:
            if progress:
                progress(0, total)
            for index, entries, kept, error, pack in _tasks_in_pool(tasks, state, jobs):
                if error is not None:
                    errors.append(error)
                else:
                    by_index[index] = entries
                    if pack:
                        packs[index] = pack
                    result.kept += kept
                    journal.writelines(journal_line(entry) for entry in entries)
                    journal.flush()
                done += sizes[index]
                if progress:
                    progress(done, total)
    except KeyboardInterrupt:
        folder.clean_parts()  # workers stopped mid-write leave their temporary files
        letters = sum(len(e) for e in by_index.values())
        raise BatchInterrupted(
            Message(
                "interrupted: %(done)s of %(total)s letter(s) in %(out)s; run the same command "
                "again to finish",
                done=letters,
                total=total,
                out=folder.path,
            )
        ) from None
    except UaLettersError:
        raise
    except OSError as exc:
        raise cannot_write(folder.path, exc) from None
    result.entries = [e for index in sorted(by_index) for e in by_index[index]]
    result.errors = sorted(errors, key=lambda e: e.row)
    return [packs[index] for index in sorted(packs)]


def _finish(
    folder: OutputFolder,
    result: BatchResult,
    combined: list[dict[str, str]],
    combine: str | None,
    zip_: bool,
) -> None:
    """Write the combined pack, manifests, errors and zip; remove the journal."""
    if combine == "all":
        combined = _combine_all(folder, result.entries)
    result.combined = [c["file"] for c in combined]
    _put(folder, MANIFEST_JSON, manifest_json(result.entries, combined))
    _put(folder, MANIFEST_CSV, manifest_csv(result.entries))
    if result.errors:
        _put(folder, ERRORS_CSV, errors_csv(result.errors))
    else:
        folder.remove(ERRORS_CSV)
    if zip_:
        listed = [e.file for e in result.entries] + result.combined
        listed += [MANIFEST_CSV, MANIFEST_JSON] + ([ERRORS_CSV] if result.errors else [])
        _put(folder, ZIP_NAME, zip_files(folder, listed))
    folder.remove(JOURNAL)


def _put(folder: OutputFolder, name: str, data: bytes) -> None:
    """Write a summary file atomically and durably, unless it holds these bytes already."""
    try:
        if folder.read(name) != data:
            folder.write(name, data, durable=True)
    except UaLettersError:
        raise
    except OSError as exc:
        raise cannot_write(folder.path / name, exc) from None


def _dry_render(
    tasks: Sequence[Task], cases: Planner, senders: Sequence[Sender], keys: Keys, out: Path
) -> list[RowError]:
    """Render every letter without writing, to find rows that fail (for `strict`)."""
    state = _WorkerState(cases, senders, None, out, keys, {})
    errors = []
    for task in tasks:
        try:
            _render(task, state, dry=True)
        except InputError as exc:
            errors.append(RowError(task.row, exc.field, _row_reason(exc)))
    return errors


def _combine_all(folder: OutputFolder, entries: Sequence[Entry]) -> list[dict[str, str]]:
    """Write one document holding every DOCX letter; return its manifest record."""
    from ..writers.combine import combine_docx

    docx = [e for e in entries if e.file.endswith(".docx")]
    if not docx:
        return []
    data = combine_docx(folder.read(e.file) or b"" for e in docx)
    _put(folder, COMBINED_ALL, data)
    return [{"file": COMBINED_ALL, "letters": str(len(docx)), "sha256": sha256(data)}]
