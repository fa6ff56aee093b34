"""Visitor page speed on the demo museum, and the exhibit list against naive lazy loading.

    .venv/bin/python bench/pages.py [--requests 200]

Loads the demo into a temporary instance, then renders each kind of page in-process and prints
p50/p95 milliseconds and SQL statements per page. The "naive" row renders the exhibit list
with images lazy-loaded one exhibit at a time (the N+1 pattern) instead of in one query.
"""

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable

from sqlalchemy import event, select

from museum import create_app, db, demo, queries
from museum.instance import init_instance
from museum.models import Exhibit, Gallery, Status, Tour


def measure(client, url: str, requests: int, statements: list[int]) -> tuple[float, float, int]:
    timings = []
    for _ in range(requests):
        statements.clear()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 302), url
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    return statistics.median(timings), p95, len(statements)


def naive_published_exhibits():
    return select(Exhibit).where(Exhibit.status == Status.PUBLISHED)


def pages(app) -> dict[str, str]:
    with app.app_context():
        session = db.session()
        exhibit = session.scalars(select(Exhibit).where(Exhibit.kind == "document")).first()
        gallery = session.scalars(select(Gallery)).first()
        tour = session.scalars(select(Tour)).first()
        return {
            "home": "/",
            "exhibit list": "/exhibits/",
            "exhibit page": f"/exhibits/{exhibit.slug}",
            "short link": f"/e/{exhibit.accession_number}",
            "gallery": f"/galleries/{gallery.slug}",
            "tour stop": f"/tours/{tour.slug}/3",
            "healthz": "/healthz",
        }


def run(requests: int, report: Callable[[str], None]) -> None:
    with tempfile.TemporaryDirectory() as root:
        os.environ["MUSEUM_INSTANCE_PATH"] = os.path.join(root, "instance")
        app = create_app({"SECRET_KEY": "bench", "MEDIA_ROOT": os.path.join(root, "media")})
        with app.app_context():
            init_instance()
            demo.load()
            engine = db.engine()
        statements: list[int] = []
        event.listen(engine, "before_cursor_execute", lambda *args: statements.append(1))
        client = app.test_client()
        report(f"{'page':<22}{'p50 ms':>9}{'p95 ms':>9}{'SQL':>6}   ({requests} requests each)")
        for name, url in pages(app).items():
            p50, p95, sql = measure(client, url, requests, statements)
            report(f"{name:<22}{p50:>9.2f}{p95:>9.2f}{sql:>6}")
        eager = queries.published_exhibits
        queries.published_exhibits = naive_published_exhibits
        try:
            p50, p95, sql = measure(client, "/exhibits/", requests, statements)
        finally:
            queries.published_exhibits = eager
        report(f"{'exhibit list (naive)':<22}{p50:>9.2f}{p95:>9.2f}{sql:>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per page")
    args = parser.parse_args()
    run(args.requests, print)


if __name__ == "__main__":
    main()
