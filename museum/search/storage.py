"""The index on disk: generations side by side, and a CURRENT file naming the one in use.

`museum reindex` builds a new generation and swaps CURRENT in one rename, so searches never
see half an index; the old generation is removed afterwards.
"""

import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from whoosh import index
from whoosh.fields import Schema
from whoosh.index import Index, LockError
from whoosh.searching import Searcher

from museum.search.schema import SCHEMA, SCHEMA_VERSION

POINTER = "CURRENT"
VERSION_FILE = "museum-schema"  # in each generation: the SCHEMA_VERSION it was made with
OPEN_TRIES = 8  # about 1.4 s of pauses in all
RETRYABLE = (OSError, EOFError, index.EmptyIndexError)
WRITER_TIMEOUT_SECONDS = 30


class NoIndexError(FileNotFoundError):
    """CURRENT names no generation: the instance was never initialised (no use retrying)."""


class IndexStore:
    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)

    def current(self) -> Path | None:
        """The generation in use, or None before the first one exists."""
        try:
            name = (self.root / POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.root / name
        return path if name and path.is_dir() else None

    def ensure(self) -> bool:
        """Create an empty generation and point CURRENT at it, unless one exists; True if made."""
        if self.current() is not None:
            return False
        self.swap(self.new_generation())
        return True

    def new_generation(self, schema: Schema | None = None) -> Path:
        """An empty generation with the museum's schema (or another one, marked as version 0,
        which `outdated` reports: the benchmark's)."""
        path = self.root / f"ix-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
        path.mkdir(parents=True)
        index.create_in(path, schema or SCHEMA)
        version = SCHEMA_VERSION if schema is None else 0
        (path / VERSION_FILE).write_text(f"{version}\n", encoding="utf-8")
        return path

    def version(self, generation: Path) -> int:
        """The schema version a generation was made with (1: before versions were written)."""
        try:
            return int((generation / VERSION_FILE).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return 1
        except ValueError:
            return 0

    def outdated(self) -> bool:
        """True when the generation in use was made with another schema: rebuild it."""
        current = self.current()
        return current is not None and self.version(current) != SCHEMA_VERSION

    def swap(self, generation: Path) -> Path | None:
        """Point CURRENT at `generation` in one rename; return the one it replaced."""
        old = self.current()
        temporary = self.root / f"{POINTER}.{uuid.uuid4().hex[:6]}"
        temporary.write_text(generation.name, encoding="utf-8")
        os.replace(temporary, self.root / POINTER)
        return old

    def remove(self, generation: Path) -> None:
        shutil.rmtree(generation, ignore_errors=True)

    def remove_all_but(self, *keep: Path | None) -> None:
        """Delete every generation except the ones named."""
        kept = {path.name for path in keep if path is not None}
        for path in self.root.glob("ix-*"):
            if path.is_dir() and path.name not in kept:
                self.remove(path)

    def open(self, generation: Path | None = None) -> Index:
        """Open the index, retrying briefly: a reader can catch another process's commit or
        swap half-way (CURRENT is read again each time unless `generation` is given)."""
        return _retrying(lambda: index.open_dir(self._located(generation)))

    def searcher(self, generation: Path | None = None, refresh: Searcher | None = None):
        """A searcher of the index's newest state (`refresh`'s, brought up to date, when
        given), retrying like `open`: a merge in another process may remove a segment file
        between reading the table of contents and opening the segment."""
        if refresh is not None:
            try:
                return refresh.refresh()
            except RETRYABLE:
                pass  # open it afresh below
        return _retrying(lambda: index.open_dir(self._located(generation)).searcher())

    def _located(self, generation: Path | None) -> Path:
        path = generation or self.current()
        if path is None:
            raise NoIndexError(f"No search index in {self.root}: run 'museum init'.")
        return path

    def writer(self, ix: Index):
        """A writer that waits for the lock instead of failing with LockError at once."""
        try:
            return ix.writer(timeout=WRITER_TIMEOUT_SECONDS, delay=0.05)
        except LockError as error:
            raise LockError(
                f"The search index stayed locked for {WRITER_TIMEOUT_SECONDS} s."
            ) from error


T = TypeVar("T")


def _retrying(attempt: Callable[[], T]) -> T:
    for tries in range(1, OPEN_TRIES + 1):
        try:
            return attempt()
        except NoIndexError:
            raise
        except RETRYABLE:
            if tries == OPEN_TRIES:
                raise
            time.sleep(0.05 * tries)
    raise AssertionError("unreachable")
