"""CSV import speed: `museum import` (chunked transactions, the index updated once at the end)
against the naive way, one catalog.create_exhibit per row with the index updated after each.

    .venv/bin/python bench/import.py [--rows 10000] [--naive-rows 1000] [--cmoa PATH]

Each measurement starts from a fresh temporary instance and counts from reading the file to the
search index brought up to date: the check of every row (the preview a dry run shows), then
the writes. Rows carry no images (the image pipeline has bench/thumbnails.py).

Options:
  --rows N        generated rows (default 10,000): all five kinds, dates in several forms, one
                  to three tags, a creator, a column no field holds (kept in the notes), and
                  an ensemble every 40 rows with the next three rows as its parts
  --naive-rows M  rows for the naive way (default 1,000): it slows down as the index grows,
                  so it runs on fewer rows and its rows per second are quoted for those
  --cmoa PATH     also the Carnegie Museum of Art's objects.csv (e.g.
                  ../shared/data/cmoa/objects.csv) as a curator would import it: a `type`
                  column is added from `classification` (photographs and negatives become
                  StillImage, prints, drawings and paintings Text, the rest PhysicalObject),
                  and these columns are mapped by hand: classification and department → tags,
                  provenance_text → provenance, creator_names → creator, id and web_url left
                  out; the rest maps by itself or goes into the notes. Dates the catalog
                  cannot read are kept as text (--keep-unread-dates).
"""

import argparse
import csv
import io
import os
import random
import re
import tempfile
import time
from collections import Counter
from contextlib import contextmanager

from museum import catalog, create_app
from museum.instance import init_instance
from museum.transfer.columns import hand_mapping
from museum.transfer.importing import preview_table, run_import
from museum.transfer.reading import read_table
from museum.transfer.rows import Options

KINDS = ["document", "photograph", "equipment", "award"]
WORDS = [
    "customs",
    "post",
    "border",
    "seal",
    "stamp",
    "officer",
    "decree",
    "order",
    "uniform",
    "cup",
    "medal",
    "wagon",
    "train",
    "river",
    "port",
    "northern",
    "southern",
    "office",
    "desk",
    "lamp",
    "press",
    "ledger",
    "permit",
    "passport",
    "ship",
]
TAGS = ["border", "office", "uniform", "sport", "seals", "river", "rail", "archive", "people"]
CMOA_MAP = [
    "classification=tags",
    "department=tags",
    "provenance_text=provenance",
    "creator_names=creator",
    "id=skip",
    "web_url=skip",
]
CMOA_TYPES = (
    (("photograph", "negative", "film"), "StillImage"),
    (("print", "drawing", "painting", "book", "poster"), "Text"),
)


@contextmanager
def fresh_app():
    with tempfile.TemporaryDirectory() as root:
        os.environ["MUSEUM_INSTANCE_PATH"] = os.path.join(root, "instance")
        app = create_app({"SECRET_KEY": "bench", "MEDIA_ROOT": os.path.join(root, "media")})
        with app.app_context():
            init_instance()
            yield app


def generated_csv(count: int, seed: int = 8) -> bytes:
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["objectid", "type", "title", "date", "creator", "subject", "description", "medium",
         "Shelf mark", "parentid"]
    )  # fmt: skip
    ensemble = ""
    for number in range(count):
        accession = f"GEN-{number:06d}"
        if number % 40 == 0:
            kind, ensemble = "ensemble", accession
        else:
            kind = KINDS[number % len(KINDS)]
        parent = ensemble if 0 < number % 40 <= 3 else ""
        writer.writerow(
            [
                accession,
                kind,
                " ".join(rng.choices(WORDS, k=rng.randint(2, 6))).capitalize(),
                rng.choice(["{y}", "ca. {y}", "{d}s", "{y}-{z}"]).format(
                    y=rng.randint(1900, 1999), d=rng.randint(190, 199) * 10, z=2000
                ),
                f"Maker No. {rng.randint(1, 40)}",
                "; ".join(rng.sample(TAGS, rng.randint(1, 3))),
                " ".join(rng.choices(WORDS, k=60)).capitalize() + ".",
                rng.choice(["brass", "paper", "wool", "glass", "steel"]),
                f"S-{rng.randint(1, 500)}",
                parent,
            ]
        )
    return out.getvalue().encode("utf-8")


def cmoa_csv(path: str) -> bytes:
    with open(path, encoding="utf-8", newline="") as file:
        records = list(csv.DictReader(file))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["type", *records[0]])
    writer.writeheader()
    for record in records:
        writer.writerow({"type": cmoa_type(record["classification"]), **record})
    return out.getvalue().encode("utf-8")


def cmoa_type(classification: str) -> str:
    lowered = classification.lower()
    for words, kind in CMOA_TYPES:
        if any(word in lowered for word in words):
            return kind
    return "PhysicalObject"


def museum_import(data: bytes, options: Options, mapping: list[str]) -> dict:
    with fresh_app():
        started = time.perf_counter()
        table = read_table(data)
        plan = preview_table(
            table, "bench.csv", by_hand=hand_mapping(table.headers, mapping), options=options
        )
        checked = time.perf_counter()
        outcome = run_import(plan, None)
        done = time.perf_counter()
    reasons = Counter(
        re.sub(r" \(.*", "", problem) for r in outcome.rejected for problem in r.problems
    )
    return {
        "rows": len(plan.rows),
        "imported": outcome.imported,
        "rejected": len(outcome.rejected),
        "reasons": reasons,
        "check": checked - started,
        "total": done - started,
    }


def naive_import(data: bytes, options: Options, mapping: list[str], limit: int) -> dict:
    """The same rows through catalog.create_exhibit one at a time, the index after each."""
    with fresh_app():
        table = read_table(data)
        plan = preview_table(
            table, "bench.csv", by_hand=hand_mapping(table.headers, mapping), options=options
        )
        rows = plan.valid_rows[:limit]
        started = time.perf_counter()
        for row in rows:
            fields = dict(row.fields)
            if row.notes_lines:
                fields["notes"] = "\n".join(row.notes_lines)
            catalog.create_exhibit(fields, tags=row.tags or ())
        elapsed = time.perf_counter() - started
    return {"rows": len(rows), "total": elapsed}


def report(name: str, fast: dict, naive: dict) -> None:
    rate = fast["imported"] / fast["total"]
    naive_rate = naive["rows"] / naive["total"]
    print(f"{name}: {fast['rows']} rows")
    print(
        f"  museum import   {fast['imported']:>6} imported, {fast['rejected']} rejected: "
        f"{fast['total']:.1f} s in all ({fast['check']:.1f} s checking), {rate:,.0f} rows/s"
    )
    print(
        f"  naive           {naive['rows']:>6} rows: {naive['total']:.1f} s, "
        f"{naive_rate:,.0f} rows/s; at that rate {fast['imported']} rows would take "
        f"{fast['imported'] / naive_rate:.0f} s or more; museum import is "
        f"{rate / naive_rate:.1f}x as fast"
    )
    for reason, count in fast["reasons"].most_common(4):
        print(f"  rejected: {count} × {reason}")


def measure(name: str, data: bytes, options: Options, mapping: list[str], naive_rows: int):
    fast = museum_import(data, options, mapping)
    naive = naive_import(data, options, mapping, naive_rows)
    report(name, fast, naive)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000, help="generated rows (10000)")
    parser.add_argument("--naive-rows", type=int, default=1_000, help="naive rows (1000)")
    parser.add_argument("--cmoa", metavar="PATH", help="CMOA's objects.csv, imported too")
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} cores; every figure from a fresh instance, no images")
    measure("generated", generated_csv(args.rows), Options(), [], args.naive_rows)
    if args.cmoa:
        measure("CMOA objects.csv", cmoa_csv(args.cmoa), Options(keep_unread_dates=True), CMOA_MAP,
            args.naive_rows)  # fmt: skip


if __name__ == "__main__":
    main()
