"""A small cache of answered searches, valid for one state of the index.

Visitors page back and forth, the kiosk's keyboard repeats the same few words, and a search
answered once costs tens of milliseconds at 100,000 exhibits: keep the last answers until the
index changes (a refreshed searcher has a new reader, which empties the cache).
"""

from collections import OrderedDict
from collections.abc import Hashable


class ResultsCache:
    def __init__(self, size: int) -> None:
        self.size = size
        self._reader = None
        self._entries: OrderedDict[Hashable, object] = OrderedDict()

    def get(self, searcher, key: Hashable):
        """The answer kept for `key`, or None; callers hold the search lock."""
        self._follow(searcher)
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
        return found

    def put(self, searcher, key: Hashable, value: object) -> None:
        self._follow(searcher)
        self._entries[key] = value
        while len(self._entries) > self.size:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()

    def _follow(self, searcher) -> None:
        """Forget every answer once the searcher reads a newer state of the index."""
        if searcher.reader() is not self._reader:
            self._reader = searcher.reader()
            self._entries.clear()
