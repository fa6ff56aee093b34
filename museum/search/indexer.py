"""Applying the catalog's changes to the index.

The catalog writes an outbox row in the same transaction as each change to an exhibit; after
the commit the indexer applies the outbox and deletes what it applied. A crash in between only
means the rows are applied again (it is idempotent); `museum reindex` rebuilds it all.
"""

import logging
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from flask import current_app
from sqlalchemy import delete, func, select
from whoosh.fields import Schema

from museum import db
from museum.models import Activity, Exhibit, GalleryItem, IndexOutbox, TourStop, utcnow
from museum.search import bulk
from museum.search.documents import documents, fitted, is_indexed, load_exhibits
from museum.search.schema import languages_of
from museum.search.storage import IndexStore
from museum.translation import default_language

BATCH = 500
REINDEX_PROCESSES = min(2, os.cpu_count() or 1)
PARALLEL_FROM = 2_000  # below this, starting worker processes costs more than it saves
_drain_lock = threading.Lock()
_defer_lock = threading.Lock()
_deferring = 0  # one drain at a time per process; processes share Whoosh's lock
log = logging.getLogger(__name__)


def store() -> IndexStore:
    return IndexStore(current_app.config["SEARCH_INDEX_DIR"])


def drain() -> int:
    """Apply every pending change to the index; return how many exhibits were updated."""
    applied = 0
    with _drain_lock:
        while True:
            with db.factory()() as session:
                pending = session.execute(
                    select(IndexOutbox.id, IndexOutbox.exhibit_id)
                    .order_by(IndexOutbox.id)
                    .limit(BATCH)
                ).all()
                if not pending:
                    return applied
                exhibit_ids = sorted({exhibit_id for _id, exhibit_id in pending})
                _apply(session, exhibit_ids)
            with db.write_session(run_hooks=False) as session:
                session.execute(delete(IndexOutbox).where(IndexOutbox.id <= pending[-1][0]))
            applied += len(exhibit_ids)


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
    drain()


def drain_quietly() -> None:
    """Drain after a commit; a failure is logged, and the outbox keeps the work for later."""
    if _deferring:
        return
    try:
        drain()
    except Exception:  # the database change stands; the index catches up on the next drain
        log.exception("Applying changes to the search index failed; they stay queued.")


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
    old = index_store.swap(generation)
    # The generation just replaced stays until the next rebuild: a search under way in another
    # process may still be reading it.
    index_store.remove_all_but(generation, old)
    _requeue_changed_since(started)
    drain()
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


def _apply(session, exhibit_ids: list[int]) -> None:
    index_store = store()
    ix = index_store.open()
    exhibits = load_exhibits(session, exhibit_ids)
    kept = [exhibit for exhibit in exhibits.values() if is_indexed(exhibit)]
    writer = index_store.writer(ix)
    try:
        for exhibit_id in set(exhibit_ids) - {exhibit.id for exhibit in kept}:
            writer.delete_by_term("id", str(exhibit_id))
        for doc in documents(session, kept, languages=languages_of(ix.schema)):
            writer.update_document(**fitted(doc, ix.schema))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
