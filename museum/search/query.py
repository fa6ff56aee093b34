"""Answering searches: ranked hits with highlighted excerpts, facet counts, typo tolerance."""

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from flask import current_app
from flask_babel import gettext as _
from markupsafe import Markup
from whoosh import collectors, highlight, qparser
from whoosh.analysis import STOP_WORDS
from whoosh.query import Or, Query, Term

from museum.catalog.common import accession_key
from museum.search import expansion, facets
from museum.search.results_cache import ResultsCache
from museum.search.schema import SEARCH_FIELD, TEXT_FIELDS, english_analyzer
from museum.search.storage import IndexStore

MAX_QUERY_CHARS = 200
MAX_TERMS = 20
FACETS = ("kind", "decade", "gallery", "tags")
ORDERS = {"date": "year", "title": "title_sort"}  # sorts other than by relevance
# What experts type (`title:cup`) for the language-suffixed fields the index holds.
FIELD_ALIASES = {
    "title_en": ["title"],
    "tags": ["tag"],
    "accession_number": ["accession", "id"],
}
_RANGE = re.compile(r"\b(\w+):(-?\d+)\.\.(-?\d+)\b")
_ANALYZER = english_analyzer()
_cache_lock = threading.Lock()
_searchers: dict[str, tuple] = {}
_results_cache = ResultsCache(size=256)


@dataclass(frozen=True)
class Hit:
    id: int
    accession_number: str
    title: str
    kind: str
    slug: str
    date_text: str
    image: str
    excerpt: Markup


@dataclass
class Results:
    query: str
    total: int
    page: int
    pages: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    corrected: str | None = None
    trimmed: bool = False  # the query was too long: `query` is its start

    @property
    def notice(self) -> str | None:
        """What the visitor should know about their query, in the language of the page."""
        if not self.trimmed:
            return None
        return _("Your search was long, so only its start was used: “%(query)s”.", query=self.query)


class MarkFormatter(highlight.HtmlFormatter):
    """Matched words in <mark>; every other character of the exhibit's text escaped."""

    def format_token(self, text, token, replace=False):
        return f"<mark>{highlight.htmlescape(highlight.get_text(text, token, replace))}</mark>"


def search(
    text: str,
    filters: dict[str, str] | None = None,
    sort: str = "relevance",
    page: int = 1,
    per_page: int = 20,
    exact: bool = False,
) -> Results:
    """Search published exhibits; an empty text lists them all (browse by facets)."""
    text, trimmed = _trimmed(text)
    filters = {name: (filters or {}).get(name, "").strip() for name in FACETS}
    filters["tags"] = filters["tags"].lower()
    key = (text, tuple(filters.values()), sort, page, per_page, exact)
    with _cache_lock:
        searcher = _searcher()
        cached = _results_cache.get(searcher, key)
        if cached is None:
            cached = _answer(searcher, text, filters, sort, page, per_page, exact)
            _results_cache.put(searcher, key, cached)
    # A long query and its start share the cached answer; only the long one is told.
    return replace(cached, trimmed=trimmed) if trimmed else cached


def forget_answers() -> None:
    """Empty the results cache (the benchmark times searches, not the cache)."""
    with _cache_lock:
        _results_cache.clear()


def workspace_ids(text: str, limit: int = 1000) -> list[int]:
    """Ids of exhibits outside the trash matching `text`, drafts included, best first."""
    text, _trimmed_away = _trimmed(text)
    if not text:
        return []
    with _cache_lock:
        searcher = _searcher()
        found = searcher.search(_parse(searcher, text), limit=limit)
        return [int(hit["id"]) for hit in found]


def _answer(searcher, text, filters, sort, page, per_page, exact) -> Results:
    allowed = facets.allowed(searcher, filters)
    results = _run(searcher, _parse(searcher, text), allowed, sort, page, per_page)
    results.query = text
    if results.total or not text or exact:
        return results
    corrected = _corrected(searcher, text)
    if corrected and corrected != text:
        results = _run(searcher, _parse(searcher, corrected), allowed, sort, page, per_page)
        results.query, results.corrected = text, corrected
    return results


def search_request(args: Mapping[str, str]) -> Results:
    """Search as a /search or /api/search request's arguments ask."""
    page = args.get("page", "1")
    return search(
        args.get("q", ""),
        {name: args.get(name, "") for name in FACETS},
        sort=args.get("sort", "relevance"),
        page=max(1, int(page)) if page.isascii() and page.isdigit() and len(page) < 7 else 1,
        exact=args.get("exact") == "1",
    )


def suggest(prefix: str, limit: int = 8) -> list[str]:
    """Completions of the last word typed, most frequent first."""
    words = prefix.lower().split()
    if not words or len(words[-1]) < 2:
        return []
    start, last = " ".join(words[:-1]), words[-1]
    with _cache_lock:
        reader = _searcher().reader()
        found = []
        for number, term in enumerate(reader.expand_prefix("words", last)):
            if number >= 200:  # a bounded expansion: short prefixes match thousands of words
                break
            word = term.decode("utf-8") if isinstance(term, bytes) else term
            found.append((reader.doc_frequency("words", word), word))
    found.sort(key=lambda item: (-item[0], item[1]))
    return [f"{start} {word}".strip() for _count, word in found[:limit]]


def _searcher():
    store = IndexStore(current_app.config["SEARCH_INDEX_DIR"])
    current = store.current()
    key = str(store.root)
    cached = _searchers.get(key)
    if cached is None or cached[0] != current:
        searcher = store.open(current).searcher()
        _searchers[key] = (current, searcher)
        return searcher
    searcher = cached[1]
    if searcher.reader().doc_count_all() == 0:
        searcher = store.open(current).searcher()  # Whoosh cannot refresh an empty index's reader
    else:
        searcher = searcher.refresh()
    _searchers[key] = (current, searcher)
    return searcher


def _trimmed(text: str) -> tuple[str, bool]:
    """The query within MAX_QUERY_CHARS and MAX_TERMS, and whether it had to be cut."""
    text = " ".join(text.split())
    terms = text.split(" ")
    if len(text) <= MAX_QUERY_CHARS and len(terms) <= MAX_TERMS:
        return text, False
    return " ".join(terms[:MAX_TERMS])[:MAX_QUERY_CHARS], True


def _parse(searcher, text: str) -> Query | None:
    if not text:
        return None
    parser = qparser.QueryParser(SEARCH_FIELD, searcher.schema, group=qparser.AndGroup)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    try:
        parsed = parser.parse(_RANGE.sub(r"\1:[\2 TO \3]", text))
    except Exception:  # malformed syntax: search for the plain words instead
        plain = qparser.QueryParser(SEARCH_FIELD, searcher.schema, group=qparser.AndGroup)
        parsed = plain.parse(re.sub(r"\W+", " ", text))
    parsed = expansion.bounded(parsed, searcher.reader())
    return Or([parsed, Term("accession_key", accession_key(text), boost=10.0)])


def _run(searcher, query, allowed: set[int], sort, page, per_page) -> Results:
    start = (page - 1) * per_page
    if query is None or sort in ORDERS or not allowed:
        matching = allowed & set(searcher.docs_for_query(query)) if query else allowed
        docnums = facets.in_order(searcher, ORDERS.get(sort), matching, start, per_page)
        shown = [searcher.stored_fields(docnum) for docnum in docnums]
    else:
        # One pass ranks and gathers the full match set (for the total and the facets): a
        # second pass over the matches cost as much again, and Whoosh's search_page a third.
        collector = _RankAndGather(limit=start + per_page)
        searcher.search_with_collector(query, collectors.FilterCollector(collector, allowed))
        matching = collector.gathered
        shown = [hit.fields() for hit in collector.results()[start:]]
    pages = max(1, -(-len(matching) // per_page))
    if page > pages:  # past the end: show the last page instead
        return _run(searcher, query, allowed, sort, pages, per_page)
    words = _matched_words(query)
    hits = [_hit(fields, words) for fields in shown]
    counts = facets.counts(searcher, matching, FACETS)
    return Results("", len(matching), page, pages, hits, counts)


class _RankAndGather(collectors.TopCollector):
    """The best N by score, and every match on the way (so no skipping of weak blocks)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False)
        self.gathered: set[int] = set()

    def _collect(self, global_docnum, score):
        self.gathered.add(global_docnum)
        return super()._collect(global_docnum, score)


def _hit(hit: dict, words: frozenset[str]) -> Hit:
    excerpt = _highlighted(hit.get("body_en", ""), words, top=2)
    excerpt = excerpt or _highlighted(hit.get("summary_en", ""), words, top=1)
    if not excerpt:
        excerpt = str(Markup.escape(hit.get("summary_en", "")[:220]))
    return Hit(
        id=int(hit["id"]),
        accession_number=hit["accession_number"],
        title=hit["title_en"],
        kind=hit["kind"],
        slug=hit["slug"],
        date_text=hit.get("date_text", ""),
        image=hit.get("image", ""),
        excerpt=Markup(excerpt),
    )


def _matched_words(query: Query) -> frozenset[str]:
    """The analysed words the query looks for in text, to mark them in excerpts."""
    if query is None:
        return frozenset()
    return frozenset(
        text.decode("utf-8") if isinstance(text, bytes) else text
        for field_name, text in query.iter_all_terms()
        if field_name in TEXT_FIELDS
    )


def _highlighted(text: str, words: frozenset[str], top: int) -> str:
    if not text or not words:
        return ""
    return highlight.highlight(
        text,
        words,
        _ANALYZER,
        highlight.ContextFragmenter(maxchars=220, surround=60),
        MarkFormatter(tagname="mark"),
        top=top,
    )


def _corrected(searcher, text: str) -> str | None:
    """The words typed, each unknown one replaced by the nearest word the index knows."""
    reader = searcher.reader()
    changed, words = False, []
    for word in text.lower().split():
        known = word in STOP_WORDS or reader.doc_frequency("words", word)
        if len(word) < 4 or not word.isalpha() or known:
            words.append(word)
            continue
        nearest = expansion.near(reader, "words", word, 1 if len(word) <= 7 else 2, limit=1)
        words.append(nearest[0] if nearest else word)
        changed = changed or bool(nearest)
    return " ".join(words) if changed else None
