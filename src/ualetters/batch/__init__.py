"""Many letters at once: every supporter x case x target, resumable, crash-safe, silent.

Layout of the output folder::

    out/
      <supporter>/<case>_<target>_<lang>.docx   one folder per supporter (safe, unique name)
      <supporter>/<supporter>_letters.docx      with combine="supporter" (and .pdf for "pdf")
      all-letters.docx                          with combine="all" (and .pdf for "pdf"); when
                                                papers differ, one per size instead:
                                                all-letters-A4.docx, all-letters-Letter.docx
      manifest.csv, manifest.json               every letter: who, what, where, sha256
      errors.csv                                rows that gave no letters: row, column, reason
      letters.zip                               with zip_=True: all of the above (streamed)

`runner` plans the rows and drives the workers, `manifest` keeps the record of what was
written (and the journal a rerun resumes from), `folders` guards the output folder.
"""

from __future__ import annotations

from .folders import folder_name, unique_folders
from .manifest import Entry
from .runner import COMBINE_MODES, BatchResult, CombineMode, RowNote, run_batch

__all__ = [
    "COMBINE_MODES",
    "BatchResult",
    "CombineMode",
    "Entry",
    "RowNote",
    "folder_name",
    "run_batch",
    "unique_folders",
]
