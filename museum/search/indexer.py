"""Applying the catalog's changes to the index.

The catalog writes an outbox row in the same transaction as each change to an exhibit; after
the commit the indexer applies the outbox and deletes what it applied. A crash in between only
means the rows are applied again (it is idempotent); `museum reindex` rebuilds it all.

Who applies it is the INDEXER setting: "inline" (the default: each process applies the outbox
after its own commits; tests, `flask run`, commands), "thread" (`museum serve`: one thread of
the server, woken after each commit; museum/search/background.py) or "external" (gunicorn: the
web workers only queue, `museum indexer` applies). Whichever it is, one drain runs at a time
across processes (a lock file beside the index), from reading the outbox to deleting what it
applied, so two drains never write an older state of an exhibit over a newer one.
"""

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app
from sqlalchemy import delete, func, select
from whoosh.fields import Schema
from whoosh.util.filelock import FileLock, try_for

from museum import db, faults
from museum.models import Activity, Exhibit, GalleryItem, IndexOutbox, TourStop, utcnow
from museum.search import bulk
from museum.search.documents import documents, fitted, is_indexed, load_exhibits
from museum.search.schema import languages_of
from museum.search.storage import IndexStore
from museum.translation import default_language

BATCH = 500
REINDEX_PROCESSES = min(2, os.cpu_count() or 1)
PARALLEL_FROM = 2_000  # below this, starting worker processes costs more than it saves
MODES = ("inline", "thread", "external")
WORKER_KEY = "museum.indexer"  # app.extensions: the thread that applies the outbox, if any
DRAIN_LOCK = "drain.lock"  # in SEARCH_INDEX_DIR
DRAIN_LOCK_SECONDS = 60
_drain_lock = threading.Lock()
_defer_lock = threading.Lock()
_deferring = 0  # one drain at a time per process; processes share the lock file
log = logging.getLogger(__name__)


@dataclass
class Applied:
    """What one batch of the outbox did to the index."""

    updated: list[str] = field(default_factory=list)  # accession numbers
    removed: list[int] = field(default_factory=list)  # ids of exhibits trashed or gone

    def __str__(self) -> str:
        parts = []
        if self.updated:
            parts.append(f"updated {len(self.updated)}: {', '.join(self.updated)}")
        if self.removed:
            parts.append(f"removed {len(self.removed)}: ids {', '.join(map(str, self.removed))}")
        return "; ".join(parts)


def store() -> IndexStore:
    return IndexStore(current_app.config["SEARCH_INDEX_DIR"])


def mode() -> str:
    """The app's INDEXER setting, checked."""
    value = current_app.config.get("INDEXER", "inline")
    if value not in MODES:
        raise ValueError(f"INDEXER must be one of {', '.join(MODES)}, not {value!r}.")
    return value


def drain(report: Callable[[Applied], object] = lambda _batch: None) -> int:
    """Apply every pending change to the index; return how many exhibits were updated.

    Waits (up to DRAIN_LOCK_SECONDS) while another process drains."""
    with _drain_lock, _locked_across_processes():
        return _drain_locked(report)


def _drain_locked(report: Callable[[Applied], object] = lambda _batch: None) -> int:
    applied = 0
    while True:
        with db.factory()() as session:
            exhibit_ids, row_ids = _next_batch(session)
            if not exhibit_ids:
                return applied
            batch = _apply(session, exhibit_ids)
        faults.checkpoint("index-committed")
        with db.write_session(run_hooks=False) as session:
            # Exactly the rows read: on PostgreSQL a row with a lower id can commit later.
            for start in range(0, len(row_ids), BATCH):
                chunk = row_ids[start : start + BATCH]
                session.execute(delete(IndexOutbox).where(IndexOutbox.id.in_(chunk)))
        applied += len(exhibit_ids)
        report(batch)


def _next_batch(session) -> tuple[list[int], list[int]]:
    """The exhibits of the oldest BATCH outbox rows, and every row queued for them so far: a
    backlog that names an exhibit many times (an indexer stopped while curators kept saving)
    applies it once, not once per batch. The rows are read before the exhibits, so what is
    written to the index is at least as new as every row deleted after."""
    oldest = select(IndexOutbox.exhibit_id).order_by(IndexOutbox.id).limit(BATCH)
    exhibit_ids = sorted(set(session.scalars(oldest)))
    if not exhibit_ids:
        return [], []
    rows = select(IndexOutbox.id).where(IndexOutbox.exhibit_id.in_(exhibit_ids))
    return exhibit_ids, list(session.scalars(rows))


@contextmanager
def _locked_across_processes() -> Iterator[None]:
    root = Path(current_app.config["SEARCH_INDEX_DIR"])
    if not root.is_dir():  # no index yet: nothing to apply to, nothing to guard
        yield
        return
    lock = FileLock(str(root / DRAIN_LOCK))
    if not try_for(lambda: lock.acquire(blocking=False), DRAIN_LOCK_SECONDS, 0.05):
        raise TimeoutError(f"Another indexer kept the search index for {DRAIN_LOCK_SECONDS} s.")
    try:
        yield
    finally:
        lock.release()


@contextmanager
def deferred() -> Iterator[None]:
    """Leave the outbox alone during a bulk load (in every thread), then apply it at once."""
    global _deferring
    with _defer_lock:
        _deferring += 1
    try:
        yield
    finally:
        with _defer_lock:
            _deferring -= 1
    _after_commit()


def deferring() -> bool:
    """True while a bulk load in this process holds the outbox back."""
    return _deferring > 0


def drain_quietly() -> None:
    """After a commit: apply the outbox here ("inline"), wake this process's indexer thread,
    or leave it to `museum indexer` ("external"). A failure is logged; the outbox keeps the
    work for the next drain."""
    if _deferring:
        return
    try:
        _after_commit()
    except Exception:  # the database change stands; the index catches up on the next drain
        log.exception("Applying changes to the search index failed; they stay queued.")


def _after_commit() -> None:
    if mode() == "external":
        return
    worker = current_app.extensions.get(WORKER_KEY)
    if worker is not None:
        worker.wake()
    else:
        drain()


def rebuild(
    progress: Callable[[int], object] = lambda _n: None, schema: Schema | None = None
) -> int:
    """Build a fresh index from the database and swap it in; return how many it holds.
    (`schema` is for the benchmark, which compares the museum's with an English-only one.)"""
    index_store = store()
    started = utcnow()
    with db.factory()() as session:
        ids = list(
            session.scalars(
                select(Exhibit.id).where(Exhibit.deleted_at.is_(None)).order_by(Exhibit.id)
            )
        )
    generation = index_store.new_generation(schema)
    processes = REINDEX_PROCESSES if len(ids) >= PARALLEL_FROM else 1
    url = db.engine().url.render_as_string(False)
    try:
        bulk.build(generation, url, ids, processes, progress, default=default_language())
    except BaseException:
        index_store.remove(generation)
        raise
    with _drain_lock, _locked_across_processes():  # no drain writes to the old one after this
        old = index_store.swap(generation)
        # The generation just replaced stays until the next rebuild: a search under way in
        # another process may still be reading it.
        index_store.remove_all_but(generation, old)
        _requeue_changed_since(started)
        _drain_locked()
    return len(ids)


def _requeue_changed_since(started) -> None:
    """Changes drained into the old index while the new one was built: apply them again."""
    with db.write_session(run_hooks=False) as session:
        changed = session.execute(
            select(Activity.entity, Activity.entity_id).where(Activity.created_at >= started)
        ).all()
        ids = {entity_id for entity, entity_id in changed if entity == "exhibit"}
        galleries = [entity_id for entity, entity_id in changed if entity == "gallery"]
        tours = [entity_id for entity, entity_id in changed if entity == "tour"]
        ids |= set(
            session.scalars(
                select(GalleryItem.exhibit_id).where(GalleryItem.gallery_id.in_(galleries))
            )
        )
        ids |= set(session.scalars(select(TourStop.exhibit_id).where(TourStop.tour_id.in_(tours))))
        session.add_all(IndexOutbox(exhibit_id=exhibit_id) for exhibit_id in ids)


def pending_count() -> int:
    with db.factory()() as session:
        return session.scalar(select(func.count()).select_from(IndexOutbox)) or 0


def _apply(session, exhibit_ids: list[int]) -> Applied:
    index_store = store()
    ix = index_store.open()
    exhibits = load_exhibits(session, exhibit_ids)
    kept = [exhibit for exhibit in exhibits.values() if is_indexed(exhibit)]
    removed = sorted(set(exhibit_ids) - {exhibit.id for exhibit in kept})
    writer = index_store.writer(ix)
    try:
        for exhibit_id in removed:
            writer.delete_by_term("id", str(exhibit_id))
        for doc in documents(session, kept, languages=languages_of(ix.schema)):
            writer.update_document(**fitted(doc, ix.schema))
        faults.checkpoint("index-written")
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return Applied([exhibit.accession_number for exhibit in kept], removed)
