"""Search in three languages against English only: reindex time and query p50/p95 on the demo.

    .venv/bin/python bench/search_languages.py [--copies 45] [--repeat 5]

Loads the demo museum into a temporary instance. Exhibits without Russian or Turkmen texts get
them generated (title, summary and description as long as the English ones, from a vocabulary
of each language's museum words in several cases and with endings), so that every exhibit is in
three languages. The catalog is then copied N times (bulk rows, no images) to make the times
measurable. In the same run it builds, each as `museum reindex` does, the museum's index (three
languages, each with its analyser) and the peer: the same schema restricted to English, the
fields the index had before content languages. Then the same query code, with the results
cache emptied before each run, answers English, Russian and Turkmen searches (words, other
grammatical cases, words typed without Turkmen letters, typos, prefixes) as a visitor of that
language, against each index. It prints the reindex seconds and index size of each, p50/p95
per kind of query and the hits found (the English-only index finds no Russian or Turkmen).
"""

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert, select

from museum import create_app, db, demo
from museum.catalog.common import accession_key
from museum.i18n import ENVIRON_KEY
from museum.instance import init_instance
from museum.models import Exhibit
from museum.search import indexer, query
from museum.search.schema import build_schema

RUSSIAN = str.split(
    "таможня таможни таможенный таможенная таможенного таможенной печать печати печатью "
    "гербовая гербовой гербовую пост поста посту граница границы пограничный досмотр досмотра "
    "груз груза грузов декларация декларации вагон вагона поезд поезда станция станции медаль "
    "медали медалью кубок кубка соревнования офицер офицера служба службы документ документа "
    "приказ приказом фотография снимок пишущая машинка лампа стол архив архива железная дорога "
    "река порт склад склада на в и с по для из у от"
)
TURKMEN = str.split(
    "gümrük gümrügi gümrükçi gümrükçiler möhür möhüri möhürler serhet serhedi serhetçi barlag "
    "barlagy ýük ýüki ýükler deklarasiýa wagon wagony otly menzil medal medaly kubok kubogy "
    "ýaryş ýaryşy işgär işgäri gulluk gullugy resminama buýruk buýrugy surat ýazuw maşyny lampa "
    "stol arhiw demir ýol derýa port ammar ammary we bilen üçin hem bu"
)
QUERIES = {
    "en": {
        "words": ["seal press", "typewriter", "medal", "customs officer"],
        "typo": ["typewritter", "binocluars"],
        "prefix": ["typ*", "insp*"],
    },
    "ru": {
        "words": ["печать", "гербовой печати", "таможенный досмотр", "медали"],
        "typo": ["пичать", "декларацыя"],
        "prefix": ["тамож*", "печ*"],
    },
    "tk": {
        "words": ["möhür", "mohur", "gümrük barlagy", "serhet"],
        "typo": ["gümrüük", "deklarasyýa"],
        "prefix": ["gümr*", "ýük*"],
    },
}


def sentence(rng: random.Random, words: list[str], length: int) -> str:
    return " ".join(rng.choice(words) for _ in range(max(1, length))).capitalize() + "."


def translate_missing(rng: random.Random) -> int:
    """Russian and Turkmen texts, as long as the English ones, where an exhibit has none."""
    filled = 0
    with db.write_session(run_hooks=False) as session:
        for exhibit in session.scalars(select(Exhibit)):
            translations = {
                language: dict(texts) for language, texts in exhibit.translations.items()
            }
            for language, words in (("ru", RUSSIAN), ("tk", TURKMEN)):
                texts = translations.setdefault(language, {})
                for field in ("title", "summary", "description"):
                    english = getattr(exhibit, field) or ""
                    if english and not texts.get(field):
                        texts[field] = sentence(rng, words, len(english.split()))
                        filled += 1
            exhibit.translations = translations
    return filled


def copy_catalog(copies: int) -> int:
    """The exhibits copied `copies` times as new rows (no images, tags or galleries)."""
    columns = Exhibit.__table__.columns
    with db.write_session(run_hooks=False) as session:
        rows = [dict(row._mapping) for row in session.execute(select(*columns))]
        next_id = max(row["id"] for row in rows) + 1
        made = []
        for copy in range(1, copies + 1):
            for row in rows:
                number = f"{row['accession_number']}~{copy}"
                made.append(
                    {
                        **row,
                        "id": next_id,
                        "accession_number": number,
                        "accession_key": accession_key(number),
                        "slug": f"{row['slug']}-copy-{copy}",
                        "parent_id": None,
                        "part_position": None,
                    }
                )
                next_id += 1
        if made:
            session.execute(insert(Exhibit), made)
        return len(rows) + len(made)


def folder_megabytes(path: Path) -> float:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file()) / 1e6


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def run_queries(app, repeat: int) -> dict[tuple[str, str], tuple[list[float], int]]:
    """Per (language, kind of query): the times in ms and the hits, as that language's visitor."""
    figures = {}
    for language, kinds in QUERIES.items():
        with app.test_request_context("/", environ_base={ENVIRON_KEY: language}):
            query.search("")  # the facet sets and vocabularies are read once per index
            for kind, texts in kinds.items():
                times, hits = [], 0
                for text in texts:
                    for _ in range(repeat):
                        query.forget_answers()
                        started = time.perf_counter()
                        found = query.search(text)
                        times.append((time.perf_counter() - started) * 1000)
                    hits += found.total
                figures[(language, kind)] = (times, hits)
    return figures


def measure(app, name: str, schema, repeat: int) -> dict:
    with app.app_context():
        started = time.perf_counter()
        count = indexer.rebuild(schema=schema)
        seconds = time.perf_counter() - started
        size = folder_megabytes(indexer.store().current())
    print(f"  {name}: {count} exhibits indexed in {seconds:.2f} s, index {size:.1f} MB")
    return {"seconds": seconds, "size": size, "queries": run_queries(app, repeat)}


def cells(times: list[float], hits: int) -> str:
    return f"{statistics.median(times):>8.1f}{percentile(times, 0.95):>8.1f}{hits:>6}"


def english_times(figures: dict) -> list[float]:
    return [
        t
        for (language, _kind), (times, _hits) in figures["queries"].items()
        if language == "en"
        for t in times
    ]


def report(ours: dict, peer: dict) -> None:
    print()
    print(f"{'':<20}{'three languages':>22}{'English only':>22}")
    print(f"{'reindex s':<20}{ours['seconds']:>22.2f}{peer['seconds']:>22.2f}")
    print(f"{'index MB':<20}{ours['size']:>22.1f}{peer['size']:>22.1f}")
    print(f"{'query (visitor)':<20}" + f"{'p50':>8}{'p95 ms':>8}{'hits':>6}" * 2)
    english, peer_english = english_times(ours), english_times(peer)
    for key, (times, hits) in ours["queries"].items():
        peer_times, peer_hits = peer["queries"][key]
        label = f"{key[1]} ({key[0]})"
        print(f"{label:<20}{cells(times, hits)}{cells(peer_times, peer_hits)}")
    print(
        f"three languages against English only: reindex {ours['seconds'] / peer['seconds']:.2f}x,"
        f" index {ours['size'] / peer['size']:.2f}x; the English queries (which both answer):"
        f" p50 {statistics.median(english) / statistics.median(peer_english):.2f}x,"
        f" p95 {percentile(english, 0.95) / percentile(peer_english, 0.95):.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--copies", type=int, default=45, help="copies of the demo catalog (default 45)"
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        os.environ["MUSEUM_INSTANCE_PATH"] = os.path.join(root, "instance")
        app = create_app({"SECRET_KEY": "bench", "MEDIA_ROOT": os.path.join(root, "media")})
        with app.app_context():
            init_instance()
            demo.load()
            filled = translate_missing(random.Random(9))
            total = copy_catalog(args.copies)
        print(
            f"demo catalog ({filled} Russian and Turkmen texts generated where missing), copied"
            f" {args.copies} times: {total} exhibits; {os.cpu_count()} cores"
        )
        peer = measure(app, "English only", build_schema(("en",)), args.repeat)
        ours = measure(app, "three languages", None, args.repeat)
        report(ours, peer)


if __name__ == "__main__":
    main()
