"""Full-text search (Whoosh): an index derived from the database, rebuilt from it at any time.

The catalog queues every change in the outbox within its own transaction; `indexer.drain()`
applies the queue after each commit; `museum reindex` builds a new index and swaps it in.
"""

from pathlib import Path

from flask import Flask

from museum.search import indexer
from museum.search.storage import IndexStore


def init_app(app: Flask) -> None:
    from museum import db

    db.after_write(app, indexer.drain_quietly)


def create_index(directory: str) -> bool:
    """Create an empty index in `directory` unless one exists there; True if created."""
    return IndexStore(directory).ensure()


def index_outdated(directory: str) -> bool:
    """True when the index in use was made with an older schema (`museum init` rebuilds it)."""
    return IndexStore(directory).outdated()


def document_count(directory: str) -> int:
    """Open the index and return how many documents it holds (raises if it cannot be read)."""
    with IndexStore(directory).open().searcher() as searcher:
        return searcher.doc_count()


def index_path(directory: str) -> Path | None:
    return IndexStore(directory).current()
