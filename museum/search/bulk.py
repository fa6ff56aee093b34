"""Building a whole index generation on every core.

Each worker process reads its share of the exhibits from the database, builds their documents
and writes one Whoosh segment; the parent then lists the segments in the index's table of
contents. This is the path Whoosh's own `MpWriter(multisegment=True)` takes, except that the
documents are built in the workers too: with MpWriter the parent builds and pickles them all,
and at 100,000 exhibits that serial share left the second core idle a third of the time.
"""

import multiprocessing
import queue
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session
from whoosh import index
from whoosh.writing import SegmentWriter

from museum.db import make_engine
from museum.search.documents import documents, fitted, load_exhibits
from museum.search.schema import languages_of

BATCH = 500
WRITER_MEMORY_MB = 512  # postings sorted in memory: fewer runs to merge at the end


class BuildError(RuntimeError):
    """A worker failed; the half-built generation is to be thrown away."""


def build(
    generation: Path,
    database_url: str,
    ids: list[int],
    processes: int,
    progress: Callable[[int], object],
    default: str = "en",
) -> None:
    """Index the exhibits `ids` into the empty index at `generation`; `default` is the museum's
    default language, whose texts are the columns (workers have no app to ask)."""
    if processes <= 1:
        segment = _index_share(database_url, generation, ids, progress, default)
        _commit(generation, [segment] if segment else [])
        return
    context = multiprocessing.get_context("spawn")  # no fork of a threaded server process
    messages = context.Queue()
    workers = [
        context.Process(
            target=_worker,
            args=(database_url, generation, ids[n::processes], messages, default),
        )
        for n in range(processes)
    ]
    for worker in workers:
        worker.start()
    try:
        segments = _collect(workers, messages, progress)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()
    _commit(generation, [segment for segment in segments if segment is not None])


def _collect(workers, messages, progress) -> list:
    segments, finished = [], 0
    while finished < len(workers):
        try:
            kind, value = messages.get(timeout=1)
        except queue.Empty:
            if any(worker.exitcode not in (None, 0) for worker in workers):
                raise BuildError("An indexing worker stopped without a word.") from None
            continue
        if kind == "progress":
            progress(value)
        elif kind == "error":
            raise BuildError(value)
        else:
            segments.append(value)
            finished += 1
    return segments


def _worker(database_url: str, generation: Path, ids: list[int], messages, default: str) -> None:
    try:
        segment = _index_share(
            database_url, generation, ids, lambda n: messages.put(("progress", n)), default
        )
        messages.put(("segment", segment))
    except BaseException as error:  # reported to the parent, which stops the build
        messages.put(("error", f"{type(error).__name__}: {error}"))


def _index_share(database_url: str, generation: Path, ids: list[int], progress, default: str):
    """Write the documents of `ids` as one new segment; return it (None when there were none)."""
    ix = index.open_dir(generation)
    languages = languages_of(ix.schema)
    # The parent holds no lock on a generation nobody else knows of yet.
    writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_MEMORY_MB)
    engine = make_engine(database_url)
    try:
        with Session(engine) as session:
            for start in range(0, len(ids), BATCH):
                exhibits = load_exhibits(session, ids[start : start + BATCH])
                for document in documents(session, exhibits.values(), default, languages):
                    writer.add_document(**fitted(document, ix.schema))
                session.expunge_all()
                progress(len(ids[start : start + BATCH]))
        if not writer.docnum:
            writer.cancel()
            return None
        return writer._finalize_segment()
    except BaseException:
        writer.cancel()
        raise
    finally:
        engine.dispose()


def _commit(generation: Path, segments: list) -> None:
    ix = index.open_dir(generation)
    writer = ix.writer()
    writer._close_segment()  # its own segment stays empty: only the workers' are listed
    writer._commit_toc(segments)
    writer._finish()
