"""The one indexer of a deployment: a loop that applies the outbox as it fills.

`museum serve` runs it in a thread, woken after each commit; `museum indexer` runs it as a
process of its own beside gunicorn's workers. It also looks at the outbox every `interval`
seconds, for changes other processes committed (commands, a restarted server's backlog). A
failure (the index locked for too long, the database away) is logged and tried again after a
growing pause: the outbox keeps the work meanwhile.
"""

import logging
import threading
from collections.abc import Callable

from flask import Flask

from museum.search import indexer

MAX_PAUSE_SECONDS = 30.0
log = logging.getLogger(__name__)


class Indexer:
    """Applies the outbox when woken and at least every `interval` seconds, until stopped."""

    def __init__(
        self,
        app: Flask,
        interval: float = 1.0,
        report: Callable[[indexer.Applied], object] = lambda _batch: None,
    ) -> None:
        self.app = app
        self.interval = interval
        self.report = report
        self.failures = 0
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def wake(self) -> None:
        self._wake.set()

    def stop(self, wait: float = 10.0) -> None:
        """Ask the loop to end after the batch it is applying (and wait for its thread)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(wait)

    def start(self) -> threading.Thread:
        """Run the loop in a daemon thread and let the app's commits wake it."""
        self.app.extensions[indexer.WORKER_KEY] = self
        self._thread = threading.Thread(target=self.run, name="museum-indexer", daemon=True)
        self._thread.start()
        return self._thread

    def run(self) -> None:
        """The loop, in the calling thread."""
        pause = self.interval
        while not self._stop.is_set():
            self._wake.clear()
            if self.apply_once():
                pause = self.interval
            else:
                pause = min(max(pause, self.interval) * 2, MAX_PAUSE_SECONDS)
            self._wake.wait(pause)

    def apply_once(self) -> bool:
        """Apply what is queued now; False when it failed (logged)."""
        try:
            with self.app.app_context():
                if not indexer.deferring():
                    indexer.drain(self.report)
        except Exception:
            self.failures += 1
            log.exception("Applying the outbox to the search index failed; trying again.")
            return False
        return True
