"""Facet counts and filters without Whoosh's per-document Python collector.

For each facet value the documents holding it are read once per index generation (a set of
document numbers); a query's counts are then the sizes of the intersections with its matches,
and a filter is the intersection of the sets it names. A profile at 20,000 exhibits put 180 of
217 ms of a broad query in `groupedby` collection.
"""

import threading
from collections.abc import Iterable

from whoosh.searching import Searcher

_lock = threading.Lock()
_cache: dict[int, dict[str, dict[str, frozenset[int]]]] = {}


def counts(searcher: Searcher, matching: Iterable[int], fields: Iterable[str]):
    """Per field, (value, count) pairs for the matching documents, most frequent first."""
    matched = set(matching)
    postings = _postings(searcher)
    result = {}
    for name in fields:
        pairs = [
            (value, len(docs & matched) if len(docs) > len(matched) else len(matched & docs))
            for value, docs in postings.get(name, {}).items()
        ]
        result[name] = sorted(
            ((value, count) for value, count in pairs if count), key=lambda p: (-p[1], p[0])
        )
    return result


def allowed(searcher: Searcher, filters: dict[str, str], published_only: bool) -> set[int]:
    """The documents a search may return: published ones (for visitors) with every filter value."""
    postings = _postings(searcher)
    if published_only:
        docs = set(postings["status"].get("published", ()))
    else:
        docs = set(searcher.reader().all_doc_ids())
    for name, value in filters.items():
        if value:
            docs &= postings.get(name, {}).get(value, frozenset())
    return docs


def _postings(searcher: Searcher) -> dict[str, dict[str, frozenset[int]]]:
    reader = searcher.reader()
    key = id(reader)
    with _lock:
        cached = _cache.get(key)
        if cached is None:
            _cache.clear()  # one generation at a time: the searcher was refreshed
            cached = _cache[key] = _read_postings(reader)
        return cached


def _read_postings(reader) -> dict[str, dict[str, frozenset[int]]]:
    by_field: dict[str, dict[str, frozenset[int]]] = {}
    for name in ("status", "kind", "gallery", "tags"):
        values = {}
        for term in reader.lexicon(name):
            text = term.decode("utf-8") if isinstance(term, bytes) else term
            values[text] = frozenset(reader.postings(name, text).all_ids())
        by_field[name] = values
    decades: dict[str, set[int]] = {}
    column = reader.column_reader("decade")
    for docnum in reader.all_doc_ids():
        decade = column[docnum]
        if decade is not None and decade >= 0:
            decades.setdefault(str(decade), set()).add(docnum)
    by_field["decade"] = {value: frozenset(docs) for value, docs in decades.items()}
    return by_field
