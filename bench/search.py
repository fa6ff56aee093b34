"""Search speed at scale: museum's index and queries against a bare Whoosh index (and tantivy).

    .venv/bin/python bench/search.py [--n 100000] [--repeat 3] [--cmoa PATH] [--no-peers]

Makes N published synthetic exhibits of all five kinds (text drawn from a 20,000-word Zipf
vocabulary with the museum's words among the frequent ones) in a temporary instance, each with one
to three tags (rows inserted in bulk: this is test data, not a catalog operation), times the
museum's full reindex, then runs a fixed mix of queries (single words, two words, phrases,
prefixes, fuzzy, field queries; page 1 of 20 results with facets and highlights) and prints
p50/p95 per kind of query, with the total of the museum's hits per kind so one sees the queries
find something. In the same run a bare Whoosh index with default settings (title and the rest
of the text, no facets or highlights) answers the same words, as the naive peer; tantivy too
when it is installed (pip install tantivy, or the `bench` extra), with `word*` and the typos as
its fuzzy queries and "n/a" for the kinds it cannot answer (fields it lacks, `year:a..b`).

Options:
  --n N         how many exhibits (default 100,000); with --cmoa, the first N records
  --repeat R    runs of each query (default 3)
  --cmoa PATH   real records instead of synthetic text: the Carnegie Museum of Art's CC0
                objects.csv (e.g. ../shared/data/cmoa/objects.csv), with its own query mix
  --no-peers    only the museum's figures: no bare Whoosh or tantivy index is built
  --keep DIR    build the catalog in DIR and keep it; a later run with the same DIR reuses it

Searches are timed with the results cache emptied before each run; a line after the table
shows a repeated search answered from it, and the last line one exhibit's change going
through the catalog's writer into the index and the next search.
"""

import argparse
import csv
import importlib.util
import os
import random
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass

from sqlalchemy import insert, select

from museum import catalog, create_app, db
from museum.catalog.common import accession_key
from museum.instance import init_instance
from museum.models import Exhibit, Status, Tag, exhibit_tag
from museum.search import indexer, query

WORDS = (
    "customs",
    "seal",
    "press",
    "barrier",
    "border",
    "post",
    "officer",
    "declaration",
    "cargo",
    "decree",
    "railway",
    "river",
    "port",
    "warehouse",
    "medal",
    "cup",
    "pennant",
    "wrestling",
    "shooting",
    "athletics",
    "chess",
    "volleyball",
    "boxing",
    "typewriter",
    "telephone",
    "ledger",
    "stamp",
    "lamp",
    "inkwell",
    "scales",
    "mirror",
    "radio",
    "binoculars",
    "uniform",
    "cap",
    "inspection",
    "lorry",
    "train",
    "barge",
    "timber",
    "salt",
    "tea",
    "tobacco",
    "silk",
    "leather",
    "brass",
    "iron",
    "oak",
    "paper",
    "winter",
    "summer",
    "night",
    "shift",
    "team",
    "champion",
    "relay",
    "record",
    "archive",
    "letter",
    "order",
    "circular",
    "map",
)
TAGS = (
    *("customs", "border", "railway", "river", "port", "warehouse", "cargo", "decree"),
    *("wrestling", "shooting", "athletics", "chess", "volleyball", "boxing", "medal", "cup"),
    *("typewriter", "telephone", "radio", "ledger", "stamp", "uniform", "inspection", "train"),
    *("timber", "tobacco", "silk", "winter", "summer", "night shift", "champion", "archive"),
    *("sport", "border post", "uniforms", "transport", "office", "trade", "awards", "letters"),
)
KINDS = ("document", "photograph", "equipment", "award", "ensemble")
QUERIES = {
    "single word": ["customs", "medal", "typewriter", "winter", "railway"],
    "two words": ["seal press", "river port", "wrestling cup", "night shift", "brass stamp"],
    "phrase": ['"seal press"', '"river port"', '"team champion"', '"cargo declaration"'],
    "prefix": ["typ*", "rail*", "insp*", "dec*"],
    "fuzzy typo": ["typewritter", "declaraton", "warehouse~", "binocular"],
    "field query": ["kind:award title:cup", "kind:document year:1920..1939", "tag:winter"],
}
SUGGESTIONS = ("ty", "rail", "ins", "cu")
# Words that occur in the CMOA records (titles, media, provenance, classes, departments).
CMOA_QUERIES = {
    "single word": ["pittsburgh", "portrait", "etching", "porcelain", "woodblock"],
    "two words": ["gelatin silver", "woodblock print", "church interior", "oil canvas"],
    "phrase": ['"new york"', '"safety film"', '"carnegie institute"', '"gelatin silver print"'],
    "prefix": ["photo*", "lith*", "porc*", "archit*"],
    "fuzzy typo": ["pittsburg", "porcelian", "lithograf", "watercolr~"],
    "field query": ["kind:photograph year:1940..1949", "kind:document title:portrait", "tag:glass"],
}
CMOA_SUGGESTIONS = ("pi", "phot", "por", "et")
# The kind of a CMOA record by words of its classification; anything else is equipment.
CMOA_KINDS = (
    ("photograph", ("photograph", "negative")),
    ("document", ("print", "drawing", "book", "document", "paper")),
    ("equipment", ("tool", "equipment", "metal", "arms", "instrument")),
    ("award", ("medal", "coin", "troph")),
)


@dataclass
class Peer:
    """Another index of the same rows: its build time and a search of (query kind, text)."""

    name: str
    build: float
    search: Callable[[str, str], object]
    about: str

    @property
    def width(self) -> int:
        return len(self.name) + 6


def exhibit_row(number: int, accession: str, slug: str, **fields) -> dict:
    return {
        "id": number + 1,
        "accession_number": accession,
        "accession_key": accession_key(accession),
        "slug": slug,
        "status": Status.PUBLISHED,
        "published_at": None,
        **fields,
    }


PHRASES = ("seal press", "river port", "team champion", "cargo declaration", "night shift")
STOP_WORDS = ("the", "of", "and", "a", "in", "to", "was", "for", "with", "by", "on", "from")
VOCABULARY_SIZE = 20_000


def vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words and cumulative Zipf weights: function words first, the museum's words at ranks
    13 to about 2,000, made-up words for the long tail; realistic text, not 60 words in every
    exhibit (which made every query match nearly all of them)."""
    syllables = [c + v for c in "bdfghklmnprstvz" for v in "aeiou"]
    made_up = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        for _ in range(VOCABULARY_SIZE)
    }
    made_up -= set(WORDS) | set(STOP_WORDS)
    words = list(STOP_WORDS) + sorted(made_up)[: VOCABULARY_SIZE - len(STOP_WORDS) - len(WORDS)]
    for number, word in enumerate(WORDS):
        words.insert(len(STOP_WORDS) + number * 33, word)
    weights, total = [], 0.0
    for rank in range(1, len(words) + 1):
        total += 1 / rank
        weights.append(total)
    return words, weights


def sentence(rng: random.Random, words: tuple[list[str], list[float]], length: int) -> str:
    return " ".join(rng.choices(words[0], cum_weights=words[1], k=length)).capitalize() + "."


def phrase(rng: random.Random) -> str:
    """Now and then a set phrase, as catalogues repeat them."""
    return f" {rng.choice(PHRASES).capitalize()}." if rng.random() < 0.1 else ""


def make_rows(n: int, seed: int = 7) -> tuple[list[dict], list[list[str]]]:
    """N synthetic exhibits and the tags of each (their own generator: the texts stay put)."""
    rng, tag_rng = random.Random(seed), random.Random(seed + 1)
    words = vocabulary(rng)
    rows, tags = [], []
    for number in range(n):
        title = f"{rng.choice(WORDS)} {sentence(rng, words, 2).lower().rstrip('.')}"
        year = rng.randint(1900, 2020)
        row = exhibit_row(
            number,
            f"BX-{year}/{number}",
            f"bench-{number}",
            kind=KINDS[number % 5],
            title=title.capitalize(),
            summary=sentence(rng, words, 12),
            description=" ".join(sentence(rng, words, 14) for _ in range(4)) + phrase(rng),
            date_text=str(year),
            year_from=year,
            year_to=year,
            transcription=sentence(rng, words, 40) if number % 5 == 0 else "",
        )
        rows.append(row)
        tags.append(tag_rng.sample(TAGS, tag_rng.randint(1, 3)))
    return rows, tags


def cmoa_rows(path: str, n: int) -> tuple[list[dict], list[list[str]]]:
    """The first N CMOA records with an accession number, as exhibits and their tags."""
    rows, tags, seen = [], [], set()
    with open(path, encoding="utf-8", newline="") as file:
        for record in csv.DictReader(file):
            accession = record["accession_number"].strip()
            if not accession:
                continue
            if len(rows) == n:
                break
            if accession in seen:  # none in the file as shipped, but nothing makes them unique
                accession = f"{accession}/{len(rows)}"
            seen.add(accession)
            rows.append(cmoa_row(len(rows), accession, record))
            names = (record["classification"], record["department"])
            tags.append(list(dict.fromkeys(name.strip().lower() for name in names if name.strip())))
    return rows, tags


def cmoa_row(number: int, accession: str, record: dict) -> dict:
    medium = record["medium"].strip()
    creators = ", ".join(filter(None, record["creator_names"].split("|")))
    nationalities = ", ".join(
        dict.fromkeys(filter(None, record["creator_nationalities"].split("|")))
    )
    earliest = _year(record["creation_date_earliest"])
    latest = _year(record["creation_date_latest"])
    credit = record["credit_line"].strip()
    description = (record["provenance_text"].strip(), credit, record["department"], nationalities)
    return exhibit_row(
        number,
        accession,
        f"cmoa-{number}",
        kind=cmoa_kind(record["classification"]),
        title=record["title"].strip() or "Untitled",
        summary=" by ".join(filter(None, (medium, creators)))[:200],
        description="\n\n".join(filter(None, description)),
        date_text=record["creation_date"].strip(),
        year_from=earliest if earliest is not None else latest,
        year_to=latest if latest is not None else earliest,
        materials=medium,
        credit_line=credit,
    )


def cmoa_kind(classification: str) -> str:
    lowered = classification.lower()
    for kind, words in CMOA_KINDS:
        if any(word in lowered for word in words):
            return kind
    return "equipment"


def _year(date: str) -> int | None:
    """The year of an ISO date as CMOA writes it (`1939-01-01`, `-0200-01-01`), or None."""
    found = re.match(r"(-?\d+)-", date.strip())
    return int(found.group(1)) if found else None


def insert_catalog(rows: list[dict], tags: list[list[str]]) -> None:
    """The exhibits, their tags and the links between them, in one bulk write."""
    tag_ids = {
        name: number
        for number, name in enumerate(dict.fromkeys(t for names in tags for t in names), 1)
    }
    links = [
        {"exhibit_id": row["id"], "tag_id": tag_ids[name]}
        for row, names in zip(rows, tags, strict=True)
        for name in names
    ]
    with db.write_session(run_hooks=False) as session:
        session.execute(insert(Exhibit), rows)
        if tag_ids:
            session.execute(insert(Tag), [{"id": i, "name": name} for name, i in tag_ids.items()])
            session.execute(insert(exhibit_tag), links)


def timed(function, *args, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        query.forget_answers()  # time the work, not the results cache
        started = time.perf_counter()
        function(*args)
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def peer_body(row: dict) -> str:
    """The rest of the row's text, as the museum's index also holds it (CMOA's media are here)."""
    parts = ("summary", "description", "transcription", "materials", "credit_line")
    return "\n".join(row[part] for part in parts if row.get(part))


def bare_whoosh(folder: str, rows: list[dict]) -> Peer:
    from whoosh import index
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import MultifieldParser

    schema = Schema(id=ID(stored=True), title=TEXT(stored=True), body=TEXT)
    os.makedirs(folder, exist_ok=True)
    ix = index.create_in(folder, schema)
    started = time.perf_counter()
    writer = ix.writer()
    for number, row in enumerate(rows):
        writer.add_document(id=str(number), title=row["title"], body=peer_body(row))
    writer.commit()
    build = time.perf_counter() - started
    searcher = ix.searcher()
    parser = MultifieldParser(["title", "body"], schema)  # what tantivy searches too
    return Peer(
        "bare",
        build,
        lambda _kind, text: list(searcher.search(parser.parse(text), limit=20)),
        "bare Whoosh build (title and text, one process)",
    )


def tantivy_peer(folder: str, rows: list[dict]) -> Peer:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("title", stored=True)
    builder.add_text_field("body")
    os.makedirs(folder, exist_ok=True)
    index = tantivy.Index(builder.build(), path=folder)
    started = time.perf_counter()
    writer = index.writer()
    for row in rows:
        writer.add_document(tantivy.Document(title=row["title"], body=peer_body(row)))
    writer.commit()
    index.reload()
    build = time.perf_counter() - started
    searcher = index.searcher()

    def search(kind: str, text: str):
        return searcher.search(tantivy_query(index, kind, text), 20).hits

    return Peer("tantivy", build, search, "tantivy build (title and text, its default writer)")


def tantivy_query(index, kind: str, text: str):
    """`text` in tantivy's syntax: `word*` and the typos become fuzzy term queries.

    Raises ValueError for what it cannot parse (fields its index lacks, `year:1920..1939`).
    """
    fields = ["title", "body"]
    if text.endswith("*"):
        text, fuzzy = text[:-1], (True, 0, True)  # (prefix, distance, transposition costs 1)
    elif kind == "fuzzy typo":
        text = text.rstrip("~")
        fuzzy = (False, 1 if len(text) <= 7 else 2, True)  # the museum's corrector's distances
    else:
        return index.parse_query(text, fields, conjunction_by_default=True)
    fuzzy_fields = dict.fromkeys(fields, fuzzy)
    return index.parse_query(text, fields, fuzzy_fields=fuzzy_fields, conjunction_by_default=True)


def build_peers(root: str, rows: list[dict]) -> list[Peer]:
    peers = [bare_whoosh(os.path.join(root, "bare"), rows)]
    if importlib.util.find_spec("tantivy"):
        peers.append(tantivy_peer(os.path.join(root, "tantivy"), rows))
    else:
        print("tantivy is not installed (pip install tantivy): no tantivy columns")
    return peers


def peer_times(peer: Peer, kind: str, texts: list[str], repeat: int) -> list[float] | None:
    """The peer's times for a kind of query, or None when it cannot run one of them."""
    try:
        return [t for text in texts for t in timed(peer.search, kind, text, repeat=repeat)]
    except ValueError:
        return None


def cells(times: list[float] | None, width: int) -> str:
    if times is None:
        return f"{'n/a':>{width}}{'n/a':>9}"
    return f"{statistics.median(times):>{width}.1f}{percentile(times, 0.95):>9.1f}"


def run_queries(queries: dict[str, list[str]], peers: list[Peer], repeat: int) -> None:
    """The table: p50/p95 per kind of query for the museum and each peer, museum's hits."""
    header = f"{'query kind':<14}{'museum p50':>12}{'p95 ms':>9}{'hits':>8}"
    print(header + "".join(f"{p.name + ' p50':>{p.width}}{'p95 ms':>9}" for p in peers))
    empty = []
    for kind, texts in queries.items():
        ours = [t for text in texts for t in timed(query.search, text, repeat=repeat)]
        totals = {text: query.search(text).total for text in texts}
        empty += [text for text, total in totals.items() if not total]
        line = f"{kind:<14}{cells(ours, 12)}{sum(totals.values()):>8}"
        for peer in peers:
            line += cells(peer_times(peer, kind, texts, repeat), peer.width)
        print(line)
    print(f"queries without a museum hit: {', '.join(empty)}" if empty else "every query hits")


def warm_up() -> None:
    """The first search of a process reads the facet sets and the vocabulary once."""
    started = time.perf_counter()
    query.search("")
    elapsed = (time.perf_counter() - started) * 1000
    print(f"first search of the process: {elapsed:.0f} ms (not in the figures below)")


def run_change() -> None:
    """One exhibit retitled through the catalog's writer, then found by its new word."""
    exhibit_id = db.session().scalar(select(Exhibit.id).order_by(Exhibit.id.desc()))
    started = time.perf_counter()
    catalog.update_exhibit(exhibit_id, {"title": "Zanzibar lantern"})
    saved = time.perf_counter()
    found = query.search("zanzibar").total
    searched = time.perf_counter()
    print(
        f"one change: saved and indexed in {(saved - started) * 1000:.0f} ms, found by the next"
        f" search {(searched - saved) * 1000:.0f} ms later ({found} hit)"
    )


def run_cached(queries: dict[str, list[str]]) -> None:
    """A repeated search (paging back, the kiosk's favourite words) answered from the cache."""
    texts = [text for texts in queries.values() for text in texts]
    for text in texts:
        query.search(text)
    times = [elapsed_ms(query.search, text) for text in texts]
    print(
        f"repeated      p50 {statistics.median(times):.2f} ms, p95 {percentile(times, 0.95):.2f} ms"
        " (answers from the results cache)"
    )


def elapsed_ms(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return (time.perf_counter() - started) * 1000


def run_suggestions(prefixes: tuple[str, ...], repeat: int) -> None:
    suggestions = [t for text in prefixes for t in timed(query.suggest, text, repeat=repeat)]
    p50, p95 = statistics.median(suggestions), percentile(suggestions, 0.95)
    print(f"suggest       p50 {p50:.1f} ms, p95 {p95:.1f} ms")


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, default=100_000, help="exhibits (default 100000; with --cmoa, the first N)"
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (default 3)")
    parser.add_argument(
        "--cmoa", metavar="PATH", help="the CMOA objects.csv to use instead of synthetic exhibits"
    )
    parser.add_argument(
        "--no-peers", action="store_true", help="skip the bare Whoosh and tantivy indexes"
    )
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="build the catalog in DIR and keep it; a later run with the same DIR reuses it",
    )
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if args.cmoa:
        rows, tags = cmoa_rows(args.cmoa, args.n)
        queries, prefixes, label = CMOA_QUERIES, CMOA_SUGGESTIONS, "CMOA exhibits"
        if len(rows) < args.n:
            print(f"{args.cmoa} holds {len(rows)} records with an accession number: all used")
    else:
        rows, tags = make_rows(args.n)
        queries, prefixes, label = QUERIES, SUGGESTIONS, "synthetic exhibits"
    folder = nullcontext(args.keep) if args.keep else tempfile.TemporaryDirectory()
    with folder as root:
        os.environ["MUSEUM_INSTANCE_PATH"] = os.path.join(root, "instance")
        reuse = os.path.isdir(os.environ["MUSEUM_INSTANCE_PATH"])
        app = create_app({"SECRET_KEY": "bench", "MEDIA_ROOT": os.path.join(root, "media")})
        with app.app_context():
            if reuse:
                print(f"reusing the catalog and index in {root}")
            else:
                init_instance()
                insert_catalog(rows, tags)
                started = time.perf_counter()
                indexer.rebuild()
                print(f"{len(rows)} {label}: museum reindex {time.perf_counter() - started:.1f} s")
            peers = [] if args.no_peers else build_peers(root, rows)
            warm_up()
            run_queries(queries, peers, args.repeat)
            run_cached(queries)
            run_suggestions(prefixes, args.repeat)
            run_change()
            for peer in peers:
                print(f"{peer.about}: {peer.build:.2f} s")


if __name__ == "__main__":
    main()
