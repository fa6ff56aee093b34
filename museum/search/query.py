"""Answering searches: ranked hits with highlighted excerpts, facet counts, typo tolerance.

A query searches every language the index has, each language's field with its own analyser;
the visitor's language weighs more, so its matches come first. Excerpts are taken from the
visitor's language where the words matched there, else from a language where they did;
corrections and completions come from each language's own vocabulary.
"""

import copy
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from flask import current_app
from flask_babel import gettext as _
from markupsafe import Markup
from whoosh import collectors, highlight, qparser
from whoosh.qparser import syntax
from whoosh.query import Or, Query, Term

from museum.catalog.common import accession_key
from museum.i18n import current_language
from museum.search import expansion, facets
from museum.search.analysis import (
    ALL_STOP_WORDS,
    fold,
    same_script,
    split_alternatives,
    with_turkmen_endings,
)
from museum.search.results_cache import ResultsCache
from museum.search.schema import languages_of
from museum.search.storage import IndexStore
from museum.translation import LocalText

MAX_QUERY_CHARS = 200
MAX_TERMS = 20
FACETS = ("kind", "decade", "gallery", "tags")
ORDERS = {"date": "year", "title": "title_sort"}  # sorts other than by relevance
VISITOR_BOOST = 2.0  # the visitor's language's fields against the others'
TITLE_ALIAS = "title_en"  # `title:` reaches it, then every language's title (see _EveryTitle)
# What experts type (`title:cup`) for the language-suffixed fields the index holds.
FIELD_ALIASES = {
    TITLE_ALIAS: ["title"],
    "tags": ["tag"],
    "accession_number": ["accession", "id"],
}
_RANGE = re.compile(r"\b(\w+):(-?\d+)\.\.(-?\d+)\b")
_cache_lock = threading.Lock()
_searchers: dict[str, tuple] = {}
_results_cache = ResultsCache(size=256)


@dataclass(frozen=True)
class Hit:
    id: int
    accession_number: str
    title: str  # a LocalText: in the visitor's language, else another one (see .language)
    kind: str
    slug: str
    date_text: str
    image: str
    excerpt: Markup
    excerpt_language: str = ""


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


@dataclass(frozen=True)
class _Languages:
    """The index's languages in the order a search prefers them: the visitor's first."""

    order: tuple[str, ...]
    visitor: str
    default: str


class MarkFormatter(highlight.HtmlFormatter):
    """Matched words in <mark>; every other character of the exhibit's text escaped."""

    def format_token(self, text, token, replace=False):
        return f"<mark>{highlight.htmlescape(highlight.get_text(text, token, replace))}</mark>"


class _EveryTitle(qparser.Plugin):
    """`title:cup` (aliased to TITLE_ALIAS) searches the titles of every language."""

    def __init__(self, languages: _Languages) -> None:
        self.fields = [f"title_{language}" for language in languages.order]
        self.visitor = f"title_{languages.visitor}"

    def filters(self, parser):
        return [(self.expand, 105)]  # after fields are applied (100), before multifield (110)

    def expand(self, parser, group):
        for number, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[number] = self.expand(parser, node)
            elif node.has_fieldname and node.fieldname == TITLE_ALIAS:
                copies = []
                for name in self.fields:
                    made = copy.copy(node)
                    made.set_fieldname(name, override=True)
                    made.set_boost(node.boost * (VISITOR_BOOST if name == self.visitor else 1))
                    copies.append(made)
                group[number] = syntax.OrGroup(copies)
        return group


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
    key = (current_language(), text, tuple(filters.values()), sort, page, per_page, exact)
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
        found = searcher.search(_parse(searcher, text, _languages(searcher)), limit=limit)
        return [int(hit["id"]) for hit in found]


def _answer(searcher, text, filters, sort, page, per_page, exact) -> Results:
    languages = _languages(searcher)
    allowed = facets.allowed(searcher, filters)
    query = _parse(searcher, text, languages)
    results = _run(searcher, query, languages, allowed, sort, page, per_page)
    results.query = text
    if results.total or not text or exact:
        return results
    corrected = _corrected(searcher, text, languages)
    if corrected and corrected != text:
        query = _parse(searcher, corrected, languages)
        results = _run(searcher, query, languages, allowed, sort, page, per_page)
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
    """Completions of the last word typed, the visitor's language first, then most frequent;
    a Turkmen word typed without its letters completes too ("moh" → "möhür")."""
    words = prefix.lower().split()
    if not words or len(words[-1]) < 2:
        return []
    start, last = " ".join(words[:-1]), words[-1]
    found = []
    with _cache_lock:
        searcher = _searcher()
        reader = searcher.reader()
        for rank, language in enumerate(_languages(searcher).order):
            name = f"words_{language}"
            if name in searcher.schema:
                completions = expansion.completions(reader, name, fold(language, last), language)
                found += [(rank, -count, word) for count, word in completions]
    found.sort()
    completed = dict.fromkeys(word for _rank, _count, word in found)
    return [f"{start} {word}".strip() for word in list(completed)[:limit]]


def _searcher():
    store = IndexStore(current_app.config["SEARCH_INDEX_DIR"])
    current = store.current()
    key = str(store.root)
    cached = _searchers.get(key)
    if cached is None or cached[0] != current:
        searcher = store.searcher(current)
        _searchers[key] = (current, searcher)
        return searcher
    searcher = cached[1]
    if searcher.reader().doc_count_all() == 0:
        searcher = store.searcher(current)  # Whoosh cannot refresh an empty index's reader
    else:
        searcher = store.searcher(current, refresh=searcher)
    _searchers[key] = (current, searcher)
    return searcher


def _languages(searcher) -> _Languages:
    visitor, default = current_language(), current_app.config["DEFAULT_LANGUAGE"]
    present = languages_of(searcher.schema)
    order = sorted(present, key=lambda language: (language != visitor, language != default))
    return _Languages(tuple(order), visitor, default)


def _trimmed(text: str) -> tuple[str, bool]:
    """The query within MAX_QUERY_CHARS and MAX_TERMS, and whether it had to be cut."""
    text = " ".join(text.split())
    terms = text.split(" ")
    if len(text) <= MAX_QUERY_CHARS and len(terms) <= MAX_TERMS:
        return text, False
    return " ".join(terms[:MAX_TERMS])[:MAX_QUERY_CHARS], True


def _parser(schema, languages: _Languages, plain: bool = False) -> qparser.QueryParser:
    """Unfielded words searched in every language's all_<language>, the visitor's weighted."""
    fields = [f"all_{language}" for language in languages.order]
    boosts = {f"all_{languages.visitor}": VISITOR_BOOST}
    parser = qparser.MultifieldParser(fields, schema, fieldboosts=boosts, group=qparser.AndGroup)
    if not plain:
        parser.add_plugin(qparser.FuzzyTermPlugin())
        parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
        parser.add_plugin(_EveryTitle(languages))
    return parser


def _parse(searcher, text: str, languages: _Languages) -> Query | None:
    if not text:
        return None
    try:
        parsed = _parser(searcher.schema, languages).parse(_RANGE.sub(r"\1:[\2 TO \3]", text))
    except Exception:  # malformed syntax: search for the plain words instead
        parsed = _parser(searcher.schema, languages, plain=True).parse(re.sub(r"\W+", " ", text))
    parsed = with_turkmen_endings(split_alternatives(parsed))
    parsed = expansion.bounded(parsed, searcher.reader())
    return Or([parsed, Term("accession_key", accession_key(text), boost=10.0)])


def _sort_column(searcher, sort: str, languages: _Languages) -> str | None:
    """The sortable column of an order; titles in the visitor's language."""
    if sort != "title":
        return ORDERS.get(sort)
    for name in (f"title_sort_{languages.visitor}", f"title_sort_{languages.default}"):
        if name in searcher.schema:
            return name
    return ORDERS["title"]  # an index made before titles were sorted per language


def _run(searcher, query, languages: _Languages, allowed: set[int], sort, page, per_page):
    start = (page - 1) * per_page
    if query is None or sort in ORDERS or not allowed:
        matching = allowed & set(searcher.docs_for_query(query)) if query else allowed
        column = _sort_column(searcher, sort, languages)
        docnums = facets.in_order(searcher, column, matching, start, per_page)
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
        return _run(searcher, query, languages, allowed, sort, pages, per_page)
    words = _matched_words(query)
    analyzers = {language: searcher.schema[f"all_{language}"].analyzer for language in words}
    hits = [_hit(fields, words, analyzers, languages) for fields in shown]
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


def _hit(hit: dict, words: dict[str, frozenset[str]], analyzers, languages: _Languages) -> Hit:
    excerpt, excerpt_language = _excerpt(hit, words, analyzers, languages)
    return Hit(
        id=int(hit["id"]),
        accession_number=hit["accession_number"],
        title=_in_language(hit, "title", languages),
        kind=hit["kind"],
        slug=hit["slug"],
        date_text=hit.get("date_text", ""),
        image=hit.get("image", ""),
        excerpt=Markup(excerpt),  # noqa: S704 - built from escaped text and our <mark> tags
        excerpt_language=excerpt_language,
    )


def _excerpt(hit: dict, words, analyzers, languages: _Languages) -> tuple[str, str]:
    """The matched words marked in the text of the first language (the visitor's first) where
    they matched; else the summary as it is."""
    for language in languages.order:
        if language not in words:
            continue
        marked = _highlighted(hit.get(f"body_{language}", ""), words, analyzers, language, 2)
        marked = marked or _highlighted(
            hit.get(f"summary_{language}", ""), words, analyzers, language, 1
        )
        if marked:
            return marked, language
    summary = _in_language(hit, "summary", languages)
    return str(Markup.escape(summary[:220])), summary.language


def _in_language(hit: dict, name: str, languages: _Languages) -> LocalText:
    """A stored text in the visitor's language, else the default one's, else any."""
    for language in dict.fromkeys((languages.visitor, languages.default, *languages.order)):
        text = hit.get(f"{name}_{language}")
        if text:
            return LocalText(text, language, language != languages.visitor)
    return LocalText("", languages.visitor, False)


def _matched_words(query: Query | None) -> dict[str, frozenset[str]]:
    """Per language, the analysed words the query looks for in text, to mark them in excerpts."""
    if query is None:
        return {}
    found: dict[str, set[str]] = {}
    for field_name, text in query.iter_all_terms():
        kind, _sep, language = field_name.rpartition("_")
        if kind in ("all", "title"):
            word = text.decode("utf-8") if isinstance(text, bytes) else text
            found.setdefault(language, set()).add(word)
    return {language: frozenset(texts) for language, texts in found.items()}


def _highlighted(text: str, words, analyzers, language: str, top: int) -> str:
    if not text:
        return ""
    return highlight.highlight(
        text,
        words[language],
        analyzers[language],
        highlight.ContextFragmenter(maxchars=220, surround=60),
        MarkFormatter(tagname="mark"),
        top=top,
        mode="index",  # every stem a Russian word is indexed under
    )


def _corrected(searcher, text: str, languages: _Languages) -> str | None:
    """The words typed, each unknown one replaced by the nearest word some language's
    vocabulary knows (the closest; at equal distance, the visitor's language's)."""
    reader = searcher.reader()
    fields = [
        (language, f"words_{language}")
        for language in languages.order
        if f"words_{language}" in searcher.schema
    ]
    changed, words = False, []
    for word in text.lower().split():
        if len(word) < 4 or not word.isalpha() or word in ALL_STOP_WORDS:
            words.append(word)
            continue
        nearest = _nearest_word(reader, word, fields)
        words.append(nearest or word)
        changed = changed or bool(nearest)
    return " ".join(words) if changed else None


def _nearest_word(reader, word: str, fields: list[tuple[str, str]]) -> str | None:
    """The nearest word of the vocabularies in the word's script; None when it is known or
    nothing is near."""
    candidates = [(language, name) for language, name in fields if same_script(language, word)]
    folded = {language: fold(language, word) for language, _name in candidates}
    if any(expansion.knows(reader, name, folded[lang], lang) for lang, name in candidates):
        return None
    maxdist = 1 if len(word) <= 7 else 2
    found = [
        (distance, rank, nearest)
        for rank, (language, name) in enumerate(candidates)
        for nearest, distance in expansion.nearest(
            reader, name, folded[language], language, maxdist
        )[:1]
    ]
    return min(found)[2] if found else None
