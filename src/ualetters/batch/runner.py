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
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from ..api import CaseSource, LayoutName, load_case_source, planner, renderer
from ..errors import (
    N_,
    BatchInterrupted,
    InputError,
    Joined,
    Message,
    Number,
    Option,
    OutputError,
    Plural,
    UaLettersError,
    UsageError,
)
from ..layouts import Layout
from ..letter import Letter
from ..model import Sender
from ..output import cannot_write
from ..planning import PlannedLetter, Planner, not_printable, page_layout, settings
from ..printfit import PrintReport
from ..supporters import RowError, SupporterList, bad_rows, read_supporters
from ..writers import FORMATS, FormatName
from .folders import PACK_SUFFIX, OutputFolder, unique_folders
from .manifest import (
    ERRORS_CSV,
    JOURNAL,
    MANIFEST_CSV,
    MANIFEST_JSON,
    Entry,
    Keys,
    ManifestWriter,
    Previous,
    errors_csv,
    journal_line,
    read_known,
    read_previous,
    sha256,
)

CombineMode = Literal["supporter", "all"]
"""One DOCX of all letters per supporter, or one for the whole batch (one per paper size)."""
COMBINE_MODES: tuple[CombineMode, ...] = ("supporter", "all")
COMBINED_ALL = "all-letters"  # .docx; `all-letters-A4.docx` and so on when papers differ
ZIP_NAME = "letters.zip"

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class RowNote:
    """Something to know about a row whose letters were written (its return line left out)."""

    row: int
    reason: str

    def __str__(self) -> str:
        return str(Message("row %(row)s: %(reason)s", row=self.row, reason=self.reason))


@dataclass(frozen=True)
class PlannedFile:
    """A letter a dry run would write: its case, target, language and files."""

    ua: str
    target: str
    language: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class PlannedRow:
    """A supporter's letters, as a dry run plans them."""

    row: int
    supporter: str
    folder: str
    letters: tuple[PlannedFile, ...]


@dataclass
class BatchResult:
    """What a batch did; `rows == written_rows + bad_rows(errors)` always holds.

    `warnings` and `skipped` are said once per case (a closed case, a target without an
    email address) or once per address and layout (an address too long for the window),
    never once per row; `notes` are about a written row's own text (its return line).
    `combined` lists the combined packs (DOCX, then PDF), `archive` the zip, both relative
    to `out`.
    """

    out: Path
    rows: int
    entries: list[Entry] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[RowNote] = field(default_factory=list)
    blank: int = 0
    kept: int = 0  # letters already there from an earlier run
    combined: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    no_email: frozenset[tuple[str, str]] = frozenset()  # (UA, target id) without an email
    combine: CombineMode | None = None
    archive: str | None = None
    removed: list[str] = field(default_factory=list)  # an earlier batch's, no longer written
    planned: list[PlannedRow] = field(default_factory=list)  # what a dry run would write
    dry_run: bool = False

    def undrafted(self) -> int:
        """Return how many letters (one per supporter and target) got no email draft."""
        if self.dry_run:
            planned = {
                (row.row, letter.ua, letter.target)
                for row in self.planned
                for letter in row.letters
                if (letter.ua, letter.target) in self.no_email
            }
            return len(planned)
        # A target's copy letters share its row, case and target: one letter, one count.
        return len(
            {(e.row, e.case, e.target) for e in self.entries if (e.case, e.target) in self.no_email}
        )

    @property
    def written_rows(self) -> int:
        """Return the number of supporters whose letters are all in place."""
        return self.rows - bad_rows(self.errors)

    def summary(self) -> Message:
        """Return the one-line summary: letters, and written + reported = rows."""
        if self.dry_run:
            files = sum(len(letter.files) for row in self.planned for letter in row.letters)
            # The verb follows the files; "for N supporters" is one piece, so a language
            # puts the number in the case its preposition asks for (Russian "для 3 человек").
            return Plural(
                "dry run: %(num)s file %(supporters)s would be written to %(out)s; "
                "%(reported)s; nothing was written",
                "dry run: %(num)s files %(supporters)s would be written to %(out)s; "
                "%(reported)s; nothing was written",
                files,
                supporters=Plural(
                    "for %(num)s supporter", "for %(num)s supporters", len(self.planned)
                ),
                out=self.out,
                reported=Plural(
                    "%(num)s row reported", "%(num)s rows reported", bad_rows(self.errors)
                ),
            )
        parts: list[Message] = [
            Plural(
                "%(num)s letter in %(out)s",
                "%(num)s letters in %(out)s",
                len(self.entries),
                out=self.out,
            )
        ]
        if self.kept:
            parts.append(
                Plural(
                    "%(num)s kept from an earlier run",
                    "%(num)s kept from an earlier run",
                    self.kept,
                )
            )
        if self.removed:
            parts.append(
                Plural(
                    "%(num)s file of an earlier batch removed",
                    "%(num)s files of an earlier batch removed",
                    len(self.removed),
                )
            )
        counts: Message = Plural(
            "%(num)s row = %(written)s written + %(reported)s reported",
            "%(num)s rows = %(written)s written + %(reported)s reported",
            self.rows,
            written=Number(self.written_rows),
            reported=Number(bad_rows(self.errors)),
        )
        if self.errors:
            counts = Message("%(counts)s (see %(file)s)", counts=counts, file=ERRORS_CSV)
        tail = [counts]
        if self.blank:
            tail.append(
                Plural("%(num)s blank line skipped", "%(num)s blank lines skipped", self.blank)
            )
        return Message(
            "%(done)s; %(rows)s",
            done=Joined(tuple(parts), ", "),
            rows=Joined(tuple(tail), "; "),
        )

    def outputs(self) -> Joined | None:
        """Return where the packs and the zip went (relative to the current folder), if any."""
        parts: list[Message] = []
        for extension, (one, each, per_paper) in _PACK_LINES.items():
            files = [_shown(self.out / name) for name in self.combined if name.endswith(extension)]
            if len(files) == 1:
                parts.append(Message(one, files=files[0]))
            elif files and self.combine == "supporter":
                parts.append(Message(each, files=files[0]))
            elif files:
                parts.append(Message(per_paper, files=", ".join(files)))
        if self.archive:
            parts.append(Message("zip: %(file)s", file=_shown(self.out / self.archive)))
        return Joined(tuple(parts), "; ") if parts else None


# How the summary names the packs: one; one per supporter (an example); one per paper size.
_PACK_LINES = {
    ".docx": (
        N_("pack: %(files)s"),
        N_("packs: one in each supporter's folder, as %(files)s"),
        N_("packs, one per paper size: %(files)s"),
    ),
    ".pdf": (
        N_("PDF pack: %(files)s"),
        N_("PDF packs: one in each supporter's folder, as %(files)s"),
        N_("PDF packs, one per paper size: %(files)s"),
    ),
}


def _shown(path: Path) -> str:
    """Return a path as the user reaches it from the current folder: relative inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)
    return str(path) if relative.startswith(os.pardir) else relative


@dataclass(frozen=True)
class Task:
    """One supporter's letters: which supporter, their row and folder, how many files."""

    index: int
    row: int
    folder: str
    files: int
    names: tuple[str, ...] = ()  # the letter files, relative to the output folder


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


File = tuple[int, str, str, str, bytes | None]  # letter (its place), file, key, format, bytes


@dataclass
class _Rendered:
    """A supporter's letters: files, letters with how each prints, and their page layout.

    A file's bytes are None where it is kept from an earlier run.
    """

    files: list[File]
    letters: list[tuple[PlannedLetter, Letter, PrintReport]]
    page: Layout


def _render(task: Task, state: _WorkerState, *, dry: bool = False) -> _Rendered:
    """Render a supporter's letters and judge how they print.

    A letter whose file is there with the key of its inputs and the recorded hash is kept;
    `dry` renders without producing bytes (for `strict`).
    """
    cases = state.planner
    run = cases.settings
    engine = renderer(run.templates)
    sender = state.senders[task.index]
    sender_key = state.keys.sender(sender)
    page = page_layout(run.layout, sender.country, run.fold_marks)
    rendered = _Rendered([], [], page)
    for number, planned in enumerate(cases.letters(sender).letters):
        letter = engine.render(planned)
        for fmt in () if dry else planned.formats:
            file = f"{task.folder}/{planned.file_name(fmt)}"
            key = state.keys.letter(sender_key, planned, fmt)
            known = state.known.get(file)
            if known and known[0] == key and _hash_of(state, file) == known[1]:
                rendered.files.append((number, file, key, fmt, None))
            else:
                data = FORMATS[fmt].write(letter, page)
                rendered.files.append((number, file, key, fmt, data))
        # After the writer, which measured this letter already (`printfit.measured`).
        rendered.letters.append((planned, letter, cases.print_report(letter)))
    return rendered


def _hash_of(state: _WorkerState, file: str) -> str | None:
    assert state.folder is not None
    data = state.folder.read(file)
    return sha256(data) if data is not None else None


@dataclass
class _Done:
    """What a worker did for one supporter (sent back to the main process)."""

    index: int
    entries: list[Entry] = field(default_factory=list)
    kept: int = 0
    error: RowError | None = None
    pack: dict[str, str] | None = None  # the manifest record of the supporter's pack
    printing: list[Message] = field(default_factory=list)  # about the cases' text
    note: Message | None = None  # about the supporter's own text


def _row_reason(error: InputError) -> str:
    """Return why a row gave no letters; a template's error keeps its file and line."""
    if error.source is None:
        return error.reason
    where = error.located("").removesuffix(": ")  # "file:line: field", no words of ours
    return Message("%(where)s: %(reason)s", where=where, reason=error.reason)


def _case_printing(planned: PlannedLetter, report: PrintReport) -> list[Message]:
    """Return the print warnings a letter's case causes, naming the case."""
    return [
        Message("%(ua)s: %(warning)s", ua=planned.case.label, warning=warning)
        for warning in (report.address, report.pages)
        if warning is not None
    ]


def _run_task(task: Task) -> _Done:
    """Write one supporter's letters (and their pack); say what was done."""
    state = _state
    assert state is not None and state.folder is not None
    sender = state.senders[task.index]
    try:
        rendered = _render(task, state)
    except InputError as exc:
        return _Done(task.index, error=RowError(task.row, exc.field, _row_reason(exc)))
    done = _Done(task.index)
    new: list[tuple[str, bytes]] = []
    for number, file, key, _fmt, data in rendered.files:
        if data is None:
            digest = state.known[file][1]
            done.kept += 1
        else:
            new.append((file.rpartition("/")[2], data))
            digest = sha256(data)
        letter = rendered.letters[number][1]
        done.entries.append(
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
    for planned, _letter, report in rendered.letters:
        done.printing += _case_printing(planned, report)
        if done.note is None and report.return_line is not None:
            done.note = report.return_line
    if state.combine == "supporter" and rendered.letters:
        from ..writers.combine import combine_docx

        name = f"{task.folder}{PACK_SUFFIX}"
        data = combine_docx(_documents(rendered, state.folder))
        new.append((name, data))
        done.pack = {
            "file": f"{task.folder}/{name}",
            "letters": str(len(rendered.letters)),
            "sha256": sha256(data),
        }
    if new or done.kept:  # no empty folder for a supporter who gets no file
        state.folder.write_all(task.folder, new)
    return done


def _documents(rendered: _Rendered, folder: OutputFolder) -> Iterator[bytes]:
    """Yield the DOCX of each of a supporter's letters: as written, else made for the pack."""
    written = {
        number: (file, data) for number, file, _key, fmt, data in rendered.files if fmt == "docx"
    }
    for number, (_planned, letter, _report) in enumerate(rendered.letters):
        if number not in written:  # PDF letters only: their pack is made from DOCX all the same
            yield FORMATS["docx"].write(letter, rendered.page)
        else:
            file, data = written[number]
            yield data or folder.read(file) or b""


def _tasks_in_pool(tasks: Sequence[Task], state: _WorkerState, jobs: int) -> Iterator[_Done]:
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


@contextlib.contextmanager
def _ctrl_c_between_letters() -> Iterator[threading.Event]:
    """Turn the first Ctrl-C into a request to stop after the letter being written.

    A KeyboardInterrupt raised at any bytecode could land inside python-docx's ZipFile
    and leave a half-built object whose clean-up prints a traceback on the way out (seen
    in CI). The first Ctrl-C sets the returned event, which the loop checks after each
    task; a second one interrupts at once, as Python would. Outside the main thread, or
    when Ctrl-C is not Python's default (ignored, or the caller's own handler), nothing
    changes.
    """
    stop = threading.Event()
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield stop
        return

    def first_ctrl_c(signum: int, frame: object) -> None:
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    signal.signal(signal.SIGINT, first_ctrl_c)
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


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
    if combine and "docx" not in formats and "pdf" not in formats:
        raise UsageError(Message("combining needs the docx or pdf format"), parameter="combine")


def plan_rows(
    cases: Planner, supporters: SupporterList
) -> tuple[list[Task], list[RowError], list[str]]:
    """Plan every supporter's letters; return a task per good row, the rows in error, and
    what the planner said about the supporters' letters (each message once).

    The planner's word about one supporter's letters is what `generate` prints for them: a
    target for other countries' senders only, a personal note in another language, a copy
    without a postal address. A batch says each once, however many rows it touches.
    """
    folders = unique_folders([s.sender.name for s in supporters.supporters])
    tasks: list[Task] = []
    errors: list[RowError] = list(supporters.errors)
    said: dict[str, None] = {}
    for index, (supporter, folder) in enumerate(zip(supporters.supporters, folders, strict=True)):
        try:
            planned = cases.letters(supporter.sender)
        except InputError as exc:
            # A case-level problem stopped the run already: this one is the supporter's.
            errors.append(RowError(supporter.row, "language", exc.reason))
            continue
        said.update(dict.fromkeys(planned.warnings))
        letters = planned.letters
        names = tuple(f"{folder}/{p.file_name(fmt)}" for p in letters for fmt in p.formats)
        tasks.append(Task(index, supporter.row, folder, len(names), names))
    errors.sort(key=lambda e: e.row)
    return tasks, errors, list(said)


def run_batch(
    cases: Sequence[CaseSource],
    supporters: SupporterList | str | Path,
    out: str | Path,
    *,
    date: dt.date | None = None,
    formats: Sequence[FormatName] = ("docx",),
    lang: str | None = None,
    layout: LayoutName | None = None,
    templates: str | Path | None = None,
    combine: CombineMode | None = None,
    zip_: bool = False,
    strict: bool = False,
    allow_closed: bool = False,
    jobs: int | None = None,
    progress: Progress | None = None,
    dry_run: bool = False,
    limit: int | None = None,
    clean: bool = False,
    copies: bool = False,
    translate: Callable[[str], str] = str,
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
    :param combine: also one DOCX per "supporter", or of "all" letters (one per paper
        size: `all-letters.docx`, or `all-letters-A4.docx` and `all-letters-Letter.docx`);
        with the "pdf" format, a PDF of each pack as well.
    :param zip_: also pack everything into `letters.zip`.
    :param strict: any bad row, and any letter that would print badly (address outside
        the window, return line left out, more than one page), raises InputError before
        anything is written.
    :param allow_closed: write letters even for cases closed on `date`.
    :param jobs: worker processes; the machine's cores if None.
    :param progress: called with (letters done, letters total).
    :param dry_run: read and plan everything, write nothing (not even the folder); the
        result's `planned` lists every supporter's letters and files, `removed` the letters
        of an earlier batch a real run would remove.
    :param limit: the first `limit` supporters only (a test print).
    :param clean: remove the letters an earlier batch wrote into `out` that this one does
        not write; without it, such letters make the batch raise OutputError, naming them,
        before anything is written. Packs, reports and the zip of an earlier batch are
        always replaced or removed: they are made from letters.
    :param copies: also write, for every copy a supporter sends, the letter addressed to the
        copy's recipient (listed in the manifest like every letter).
    :param translate: how `errors.csv` writes a row's reason (an `errors.Message`): in
        English by default; a program passes its own translation, so the file speaks the
        user's language (its column names stay).
    """
    run = settings(
        date=date,
        lang=lang,
        layout=layout,
        formats=formats,
        templates=templates,
        allow_closed=allow_closed,
        copies=copies,
    )
    _check_combine(combine, run.formats)
    if "pdf" in run.formats:
        from ..writers.pdf import find_soffice

        find_soffice()  # no LibreOffice: fail before any work, write nothing
    loaded = [load_case_source(case) for case in cases]
    if not isinstance(supporters, SupporterList):
        supporters = read_supporters(supporters)
    if limit is not None:
        supporters = first_supporters(supporters, limit)
    countries = {s.sender.country for s in supporters.supporters}
    plan = planner(
        [case for case, _ in loaded], run, countries=countries, sources=[s for _, s in loaded]
    )
    tasks, errors, row_warnings = plan_rows(plan, supporters)
    warnings = list(dict.fromkeys([*plan.warnings, *row_warnings]))
    senders = [s.sender for s in supporters.supporters]
    keys = Keys(run, [case for case, _ in loaded])
    state = _WorkerState(plan, senders, combine, Path(out), keys, {})
    if dry_run:
        return _dry_run(plan, supporters, tasks, errors, Path(out), combine, warnings)
    if strict:
        problem = None
        if not errors:
            errors, problem = _dry_render(tasks, state, supporters.source)
        if errors:
            raise InputError(
                Plural(
                    "%(bad)s of %(num)s row has problems; nothing was written (first: %(first)s)",
                    "%(bad)s of %(num)s rows have problems; nothing was written (first: %(first)s)",
                    supporters.rows,
                    bad=Number(bad_rows(errors)),
                    first=errors[0].message(),
                ),
                source=supporters.source,
            )
        if problem is not None:
            raise problem
    result = BatchResult(
        Path(out),
        supporters.rows,
        warnings=warnings,
        blank=supporters.blank,
        skipped=list(plan.skipped),
        no_email=plan.no_email,
        combine=combine,
    )
    with OutputFolder(Path(out)) as folder:
        folder.lock()
        previous = read_previous(folder)
        stale = sorted(previous.letters - {name for task in tasks for name in task.names})
        if stale and not clean:
            raise stale_letters(Path(out), stale)
        folder.clean_parts()  # a killed run's temporary files
        with ManifestWriter(folder) as manifest:
            combined = _write(
                folder, tasks, errors, state, result, jobs or _cores(), progress, manifest
            )
            combined = _packs(folder, result, combined, state, tasks)
            manifest.close(combined, _written(result, zip_))
        _finish(folder, result, zip_, translate)
        _remove_stale(folder, result, previous, stale)
    return result


def first_supporters(supporters: SupporterList, limit: int) -> SupporterList:
    """Return the first `limit` supporters of a list, with the bad rows among them."""
    if limit < 1:
        raise UsageError(Message("must be at least %(minimum)s", minimum=1), parameter="limit")
    kept = supporters.supporters[:limit]
    last = kept[-1].row if len(supporters.supporters) > limit else None
    errors = [e for e in supporters.errors if last is None or e.row < last]
    return replace(supporters, supporters=kept, errors=errors)


def stale_letters(out: Path, stale: Sequence[str]) -> OutputError:
    """Return the error for letters of an earlier batch that this one would not write."""
    shown = ", ".join(stale[:MAX_NAMED])
    more = len(stale) - MAX_NAMED
    return OutputError(
        Plural(
            "%(out)s holds %(num)s letter file of an earlier batch that this one does not "
            "write (%(files)s%(more)s); give %(clean)s to remove it, or choose another "
            "%(option)s",
            "%(out)s holds %(num)s letter files of an earlier batch that this one does not "
            "write (%(files)s%(more)s); give %(clean)s to remove them, or choose another "
            "%(option)s",
            len(stale),
            out=out,
            files=shown,
            more=Message(", and %(more)s more", more=Number(more)) if more > 0 else "",
            clean=Option("clean"),
            option=Option("out"),
        )
    )


MAX_NAMED = 5  # stale letters named in the error; a dry run lists them all


def _remove_stale(
    folder: OutputFolder, result: BatchResult, previous: Previous, stale: Sequence[str]
) -> None:
    """Remove an earlier batch's letters and packs this one does not write, then their folders."""
    gone = [*stale, *sorted(previous.packs - set(result.combined))]
    if previous.batch and not result.archive:
        gone.append(ZIP_NAME)
    removed = [name for name in gone if folder.remove(name)]
    for head in sorted({name.rpartition("/")[0] for name in removed} - {""}):
        folder.remove_folder(head)
    result.removed = removed


def _dry_run(
    plan: Planner,
    supporters: SupporterList,
    tasks: Sequence[Task],
    errors: list[RowError],
    out: Path,
    combine: CombineMode | None,
    warnings: list[str],
) -> BatchResult:
    """Return what a batch would write, and which earlier letters it would remove."""
    result = BatchResult(
        out,
        supporters.rows,
        errors=errors,
        warnings=warnings,
        blank=supporters.blank,
        skipped=list(plan.skipped),
        no_email=plan.no_email,
        combine=combine,
        dry_run=True,
    )
    for task in tasks:
        sender = supporters.supporters[task.index].sender
        letters = tuple(
            PlannedFile(
                planned.case.ua or planned.case.slug,
                planned.target.id,
                planned.language,
                tuple(f"{task.folder}/{planned.file_name(fmt)}" for fmt in planned.formats),
            )
            for planned in plan.letters(sender).letters
        )
        result.planned.append(PlannedRow(task.row, sender.name, task.folder, letters))
    if out.is_dir():
        with OutputFolder(out, create=False) as folder:
            previous = read_previous(folder)
        result.removed = sorted(previous.letters - {n for task in tasks for n in task.names})
    return result


def _write(
    folder: OutputFolder,
    tasks: Sequence[Task],
    errors: list[RowError],
    state: _WorkerState,
    result: BatchResult,
    jobs: int,
    progress: Progress | None,
    manifest: ManifestWriter,
) -> list[dict[str, str]]:
    """Write every task's letters, recording each in the journal as it is in place.

    Letters come back in the tasks' order (the pool's `imap` keeps it), so each goes into
    the manifest at once and nothing of a row is kept but its entries.
    Return the manifest records of the supporters' combined packs.
    """
    state.known = read_known(folder)
    total = sum(task.files for task in tasks)
    packs: dict[int, dict[str, str]] = {}
    notes: dict[int, RowNote] = {}
    said = set(result.warnings)
    sizes = {task.index: task for task in tasks}
    done = 0
    try:
        with folder.append(JOURNAL) as journal, _ctrl_c_between_letters() as stop:
            if progress:
                progress(0, total)
            for task_done in _tasks_in_pool(tasks, state, jobs):
                index = task_done.index
                if task_done.error is not None:
                    errors.append(task_done.error)
                else:
                    result.entries += task_done.entries
                    manifest.add(task_done.entries)
                    if task_done.pack:
                        packs[index] = task_done.pack
                    result.kept += task_done.kept
                    journal.writelines(journal_line(entry) for entry in task_done.entries)
                    journal.flush()
                    # The case's address or length: said once, however many rows it touches.
                    for warning in task_done.printing:
                        if warning not in said:
                            said.add(warning)
                            result.warnings.append(warning)
                    if task_done.note is not None:
                        notes[index] = RowNote(sizes[index].row, task_done.note)
                done += sizes[index].files
                if progress:
                    progress(done, total)
                if stop.is_set():
                    raise KeyboardInterrupt
    except KeyboardInterrupt:
        folder.clean_parts()  # workers stopped mid-write leave their temporary files
        letters = len(result.entries)
        raise BatchInterrupted(
            Plural(
                "interrupted: %(done)s of %(num)s letter in %(out)s; run the same command "
                "again to finish",
                "interrupted: %(done)s of %(num)s letters in %(out)s; run the same command "
                "again to finish",
                total,
                done=Number(letters),
                out=folder.path,
            )
        ) from None
    except UaLettersError:
        raise
    except OSError as exc:
        raise cannot_write(folder.path, exc) from None
    result.errors = sorted(errors, key=lambda e: e.row)
    result.notes = [notes[index] for index in sorted(notes)]
    return [packs[index] for index in sorted(packs)]


def _packs(
    folder: OutputFolder,
    result: BatchResult,
    combined: list[dict[str, str]],
    state: _WorkerState,
    tasks: Sequence[Task],
) -> list[dict[str, str]]:
    """Write the pack of all letters and the PDF packs; return every pack's manifest record."""
    if state.combine == "all":
        combined = _combine_all(folder, _all_documents(folder, result, state, tasks))
    if combined and "pdf" in state.planner.settings.formats:
        combined += _pdf_packs(folder, combined)
    result.combined = [c["file"] for c in combined]
    return combined


def _written(result: BatchResult, zip_: bool) -> list[str]:
    """Return every file the batch writes: letters, packs, reports, the zip."""
    written = [e.file for e in result.entries] + result.combined + [MANIFEST_CSV]
    written += [ERRORS_CSV] if result.errors else []
    written += [ZIP_NAME] if zip_ else []
    return written


def _finish(
    folder: OutputFolder, result: BatchResult, zip_: bool, translate: Callable[[str], str]
) -> None:
    """Write the errors and the zip; remove the journal (the manifests are in place)."""
    if result.errors:
        _put(folder, ERRORS_CSV, errors_csv(result.errors, translate))
    else:
        folder.remove(ERRORS_CSV)
    if zip_:
        listed = [e.file for e in result.entries] + result.combined
        listed += [MANIFEST_CSV, MANIFEST_JSON] + ([ERRORS_CSV] if result.errors else [])
        try:
            folder.write_zip(ZIP_NAME, listed)
        except UaLettersError:
            raise
        except OSError as exc:
            raise cannot_write(folder.path / ZIP_NAME, exc) from None
        result.archive = ZIP_NAME
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
    tasks: Sequence[Task], state: _WorkerState, supporters: str
) -> tuple[list[RowError], InputError | None]:
    """Render every letter without writing, for `strict`; return the rows that fail.

    Also return the error to stop with for the first letter that would print badly.
    """
    sources = {plan.case.slug: plan.source for plan in state.planner.cases}
    errors = []
    problem = None
    for task in tasks:
        try:
            rendered = _render(task, state, dry=True)
        except InputError as exc:
            errors.append(RowError(task.row, exc.field, _row_reason(exc)))
            continue
        if problem is None:
            problem = _print_problem(rendered, task.row, sources, supporters)
    return errors, problem


def _print_problem(
    rendered: _Rendered, row: int, sources: dict[str, str | None], supporters: str
) -> InputError | None:
    """Return the `strict` error for the first of a row's letters that would print badly."""
    for planned, _letter, report in rendered.letters:
        of_case = report.address or report.pages
        if of_case is not None:
            return not_printable(of_case, source=sources[planned.case.slug])
        if report.return_line is not None:
            return not_printable(report.return_line, source=supporters, row=row)
    return None


def _all_documents(
    folder: OutputFolder, result: BatchResult, state: _WorkerState, tasks: Sequence[Task]
) -> list[bytes]:
    """Return the DOCX of every letter written, in the manifest's order.

    Where the batch wrote no DOCX (PDF letters only), each letter's DOCX is made anew: the
    same bytes the PDF was converted from.
    """
    docx = [e.file for e in result.entries if e.file.endswith(".docx")]
    if docx or "docx" in state.planner.settings.formats:
        return [folder.read(file) or b"" for file in docx]
    written = {entry.row for entry in result.entries}
    documents = []
    for task in tasks:
        if task.row in written:
            rendered = _render(task, state, dry=True)
            documents += [
                FORMATS["docx"].write(letter, rendered.page) for _, letter, _ in rendered.letters
            ]
    return documents


def _pack_name(paper: str | None, extension: str = ".docx") -> str:
    """Return the file name of the pack of all letters, of those on `paper` if papers differ."""
    if paper is None:
        return COMBINED_ALL + extension
    return f"{COMBINED_ALL}-{paper.replace(' x ', 'x').replace(' ', '')}{extension}"


def _combine_all(folder: OutputFolder, documents: Sequence[bytes]) -> list[dict[str, str]]:
    """Write one pack of every letter per paper size; return their manifest records.

    One paper (the usual case) gives `all-letters.docx`; letters on A4 and on Letter give
    `all-letters-A4.docx` and `all-letters-Letter.docx`. Packs of an earlier run under the
    other names are removed, so no stale pack is left to print.
    """
    from ..writers.combine import combine_docx, packs_by_paper

    packs = packs_by_paper(documents) if documents else []
    records = []
    for pack in packs:
        name = _pack_name(pack.paper if len(packs) > 1 else None)
        data = combine_docx(documents[number] for number in pack.letters)
        _put(folder, name, data)
        records.append(
            {
                "file": name,
                "paper": pack.paper,
                "letters": str(len(pack.letters)),
                "sha256": sha256(data),
            }
        )
    current = {record["file"] for record in records}
    for paper in (None, "A4", "Letter"):
        for extension in (".docx", ".pdf"):
            if _pack_name(paper) not in current:
                folder.remove(_pack_name(paper, extension))
    return records


def _pdf_packs(folder: OutputFolder, packs: Sequence[dict[str, str]]) -> list[dict[str, str]]:
    """Write a PDF beside each DOCX pack, one LibreOffice start per `pdf.CHUNK` packs.

    Return their manifest records.
    """
    from ..writers.pdf import CHUNK, pack_pdfs

    records = []
    for start in range(0, len(packs), CHUNK):
        chunk = packs[start : start + CHUNK]
        letters = sum(int(pack["letters"]) for pack in chunk)
        pdfs = pack_pdfs([folder.read(pack["file"]) or b"" for pack in chunk], letters=letters)
        for pack, pdf in zip(chunk, pdfs, strict=True):
            name = pack["file"].removesuffix(".docx") + ".pdf"
            _put(folder, name, pdf)
            records.append({**pack, "file": name, "sha256": sha256(pdf)})
    return records
