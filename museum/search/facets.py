"""Facet counts and filters without Whoosh's per-document Python collector.

For each facet value the documents holding it are read once per index state (a set of document
numbers, and the same as an integer used as a bit set); a query's counts are popcounts of its
matches ANDed with each value, and a filter is the intersection of the sets it names. A profile
at 20,000 exhibits put 180 of 217 ms of a broad query in `groupedby` collection.
"""

import threading
from collections.abc import Iterable
from itertools import islice

from whoosh.searching import Searcher

_lock = threading.Lock()
_cache: dict[int, dict[str, dict[str, frozenset[int]]]] = {}
_orders: dict[str, list[int]] = {}
_bitsets: dict[str, dict[str, int]] = {}


def counts(searcher: Searcher, matching: Iterable[int], fields: Iterable[str]):
    """Per field, (value, count) pairs for the matching documents, most frequent first."""
    matched = _bits(matching, searcher.doc_count_all())
    masks = _masks(searcher)
    result = {}
    for name in fields:
        # An AND of two integers used as bit sets and a popcount: C speed, where intersecting
        # Python sets of 10,000 numbers took 10 ms a query for the 60 values of the demo facets.
        pairs = [(value, (mask & matched).bit_count()) for value, mask in masks[name].items()]
        result[name] = sorted(
            ((value, count) for value, count in pairs if count), key=lambda p: (-p[1], p[0])
        )
    return result


def allowed(searcher: Searcher, filters: dict[str, str]) -> set[int]:
    """The documents a visitor's search may return: published ones with every filter value."""
    postings = _postings(searcher)
    docs = set(postings["status"].get("published", ()))
    for name, value in filters.items():
        if value:
            docs &= postings.get(name, {}).get(value, frozenset())
    return docs


def in_order(
    searcher: Searcher, column: str | None, docs: set[int], start: int, count: int
) -> list[int]:
    """Documents of `docs` number `start` to `start + count` in the order of a sortable column
    (document order when None): a walk down one order kept per generation, not a sort."""
    sortable = column and searcher.doc_count_all()  # an empty index has no columns
    order = _order(searcher, column) if sortable else range(searcher.doc_count_all())
    page = islice((docnum for docnum in order if docnum in docs), start, start + count)
    return list(page)


def _order(searcher: Searcher, column: str) -> list[int]:
    _postings(searcher)  # empties the orders too when the index has changed
    with _lock:
        if column not in _orders:
            reader = searcher.reader()
            values = reader.column_reader(column)
            # Unknown years are stored as -1: they go last, not first.
            _orders[column] = sorted(
                reader.all_doc_ids(), key=lambda docnum: (values[docnum] == -1, values[docnum])
            )
        return _orders[column]


def _bits(docs: Iterable[int], size: int) -> int:
    """The documents as one integer whose bit n is set for document n."""
    buffer = bytearray(size // 8 + 1)
    for docnum in docs:
        buffer[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(buffer, "little")


def _masks(searcher: Searcher) -> dict[str, dict[str, int]]:
    postings = _postings(searcher)  # empties the masks too when the index has changed
    size = searcher.doc_count_all()
    with _lock:
        if not _bitsets:
            for name, values in postings.items():
                _bitsets[name] = {value: _bits(docs, size) for value, docs in values.items()}
        return _bitsets


def _postings(searcher: Searcher) -> dict[str, dict[str, frozenset[int]]]:
    reader = searcher.reader()
    key = id(reader)
    with _lock:
        cached = _cache.get(key)
        if cached is None:
            _cache.clear()  # one generation at a time: the searcher was refreshed
            _orders.clear()
            _bitsets.clear()
            cached = _cache[key] = _read_postings(reader)
        return cached


def _read_postings(reader) -> dict[str, dict[str, frozenset[int]]]:
    if reader.doc_count_all() == 0:  # an empty index's reader has no columns at all
        return {name: {} for name in ("status", "kind", "gallery", "tags", "decade")}
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
