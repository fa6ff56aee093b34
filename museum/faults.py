"""A test-only fault hook: pause the process at a named step so a test can SIGKILL it there.

The crash-safety proof (tests/test_crash_safety.py, bench/crash.py) starts a server or an
indexer with FAULT_PAUSE_AT naming a step (MUSEUM_FAULT_PAUSE_AT in the environment). When the
code reaches `checkpoint(step)` for that step, it writes the step's name to the FAULT_MARKER
file and sleeps FAULT_PAUSE_SECONDS (600 unless set), so the test knows where the process
stands when it kills it; with 0 it marks the moment and goes on, so a test can kill it a
chosen time later (in the middle of the index commit that follows "index-written"). Unset
(always, outside those tests), a checkpoint is one dictionary lookup.

Steps of an upload, in order: "sniffed", "derivatives-staged" (the hidden folder is written,
not renamed), "derivatives-published", "original-written", "rows-flushed" (inside the write
transaction, before its commit), "committed" (after the commit, before the after-write hooks).
Steps of the indexer's drain: "index-written" (documents handed to the Whoosh writer, before
its commit) and "index-committed" (after the index commit, before the outbox rows are deleted).
"""

import os
import time
from pathlib import Path

from flask import current_app, has_app_context

UPLOAD_STEPS = (
    "sniffed",
    "derivatives-staged",
    "derivatives-published",
    "original-written",
    "rows-flushed",
    "committed",
)
INDEXER_STEPS = ("index-written", "index-committed")
PAUSE_SECONDS = 600  # bounded: a test that forgot its process does not leave it forever


def checkpoint(step: str) -> None:
    """Pause here when the settings ask to (tests only); otherwise do nothing."""
    if not has_app_context() or current_app.config.get("FAULT_PAUSE_AT") != step:
        return
    marker = current_app.config.get("FAULT_MARKER")
    if marker:
        _write_marker(Path(marker), step)
    time.sleep(current_app.config.get("FAULT_PAUSE_SECONDS", PAUSE_SECONDS))


def _write_marker(path: Path, step: str) -> None:
    # Written under another name and renamed, so the test never reads half of it.
    temporary = path.with_name(f"{path.name}.{os.getpid()}")
    with temporary.open("w", encoding="utf-8") as out:
        out.write(step)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
