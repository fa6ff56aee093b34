"""Visitor page speed with 10,000 exhibits: render times in-process, then requests per second.

    .venv/bin/python bench/pages.py [--exhibits 10000] [--requests 200] [--seconds 5]

Loads the demo museum into a temporary instance and adds N synthetic published exhibits (text
from bench/search.py's generator, each with one of the demo's images and one to three tags, a
gallery of 200 of them), inserted in bulk: this is test data, not a catalog operation.

1. In-process: renders each kind of visitor page with Flask's test client and prints p50/p95
   milliseconds and SQL statements per page. The "naive" row renders the exhibit list with
   images lazy-loaded one exhibit at a time (the N+1 pattern) instead of in one query.
2. Served (skipped with --no-serve, or when `wrk` is missing: `apt-get install wrk`): starts
   `museum serve` (waitress, 4 threads) and `gunicorn -w 2` on the same instance, and as the
   peer a bare Flask page with 24 thumbnails under gunicorn -w 2, then loads the home, gallery
   and exhibit pages with wrk from a second process on 127.0.0.1 (2 threads, 8 connections,
   --seconds each) and prints requests per second and latency.
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from search import make_rows  # bench/search.py: the same synthetic text
from sqlalchemy import event, func, insert, select

from museum import create_app, db, demo, queries
from museum.instance import init_instance
from museum.models import Exhibit, Gallery, GalleryItem, Image, Status, Tag, Tour, exhibit_tag

BENCH_DIR = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
GALLERY_SIZE = 200
CACHE_SIZE = 1000


def add_synthetic_exhibits(count: int) -> None:
    """N published exhibits after the demo's, each with a demo image and tags, and a gallery."""
    session = db.session()
    first_id = (session.scalar(select(func.max(Exhibit.id))) or 0) + 1
    demo_images = list(session.scalars(select(Image).order_by(Image.id)))
    rows, tags = make_rows(count)
    for row in rows:
        row["id"] += first_id - 1
    images = [
        _image_copy(demo_images[n % len(demo_images)], row["id"]) for n, row in enumerate(rows)
    ]
    names = list(dict.fromkeys(name for row_tags in tags for name in row_tags))
    known = dict(session.execute(select(Tag.name, Tag.id)).tuples().all())
    with db.write_session(run_hooks=False) as writer:
        writer.execute(insert(Exhibit), rows)
        writer.execute(insert(Image), images)
        new = [{"name": name} for name in names if name not in known]
        if new:
            writer.execute(insert(Tag), new)
        tag_ids = dict(writer.execute(select(Tag.name, Tag.id)).tuples().all())
        links = [
            {"exhibit_id": row["id"], "tag_id": tag_ids[name]}
            for row, row_tags in zip(rows, tags, strict=True)
            for name in row_tags
        ]
        writer.execute(insert(exhibit_tag), links)
        gallery = Gallery(slug="bench-gallery", title="Bench gallery", published=True)
        writer.add(gallery)
        writer.flush()
        items = [
            {"gallery_id": gallery.id, "exhibit_id": row["id"], "position": n}
            for n, row in enumerate(rows[:GALLERY_SIZE])
        ]
        writer.execute(insert(GalleryItem), items)
    session.rollback()  # end the read transaction begun above: later reads see the new rows


def _image_copy(image: Image, exhibit_id: int) -> dict:
    columns = ("sha256", "format", "width", "height", "byte_size", "dominant_color", "has_tiles")
    copy = {name: getattr(image, name) for name in columns}
    return {**copy, "exhibit_id": exhibit_id, "position": 0, "alt_text": "A synthetic exhibit"}


def page_urls() -> dict[str, str]:
    session = db.session()
    document = session.scalars(select(Exhibit).where(Exhibit.kind == "document")).first()
    synthetic = session.scalars(select(Exhibit).order_by(Exhibit.id.desc())).first()
    gallery = session.scalars(select(Gallery).where(Gallery.slug != "bench-gallery")).first()
    tour = session.scalars(select(Tour)).first()
    return {
        "home": "/",
        "exhibit list": "/exhibits/",
        "exhibit page": f"/exhibits/{document.slug}",
        "exhibit (synthetic)": f"/exhibits/{synthetic.slug}",
        "short link": f"/e/{document.accession_number}",
        "gallery": f"/galleries/{gallery.slug}",
        "gallery (200 items)": "/galleries/bench-gallery",
        "tour stop": f"/tours/{tour.slug}/3",
        "search": "/search?q=customs",
        # The same pages in Russian: sorting by title there sorts the Russian titles (in Python).
        "list by title": "/exhibits/?sort=title",
        "list by title (ru)": "/ru/exhibits/?sort=title",
        "exhibit page (ru)": f"/ru/exhibits/{document.slug}",
        "search (ru)": "/ru/search?q=%D0%BF%D0%B5%D1%87%D0%B0%D1%82%D1%8C",
        "healthz": "/healthz",
    }


def measure(client, url: str, requests: int, statements: list[int]) -> tuple[float, float, int]:
    timings = []
    for _ in range(requests):
        statements.clear()
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code in (200, 302), (url, response.status_code)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    return statistics.median(timings), p95, len(statements)


def naive_published_exhibits():
    return select(Exhibit).where(Exhibit.status == Status.PUBLISHED)


def run_in_process(app, urls: dict[str, str], requests: int) -> None:
    """Render times without the page cache (and with it), SQL statements per render."""
    statements: list[int] = []
    with app.app_context():
        engine = db.engine()
    event.listen(engine, "before_cursor_execute", lambda *args: statements.append(1))
    client = app.test_client()
    for url in urls.values():  # warm compiled templates and search caches before timing
        client.get(url)
    print(f"{'page':<22}{'p50 ms':>9}{'p95 ms':>9}{'SQL':>6}{'cached p50':>12}")
    for name, url in urls.items():
        cached, _, _ = measure(client, url, requests, statements)
        app.config["PAGE_CACHE_SIZE"] = 0
        p50, p95, sql = measure(client, url, requests, statements)
        app.config["PAGE_CACHE_SIZE"] = CACHE_SIZE
        print(f"{name:<22}{p50:>9.2f}{p95:>9.2f}{sql:>6}{cached:>12.2f}")
    eager = queries.published_exhibits
    queries.published_exhibits = naive_published_exhibits
    app.config["PAGE_CACHE_SIZE"] = 0
    try:
        p50, p95, sql = measure(client, "/exhibits/", requests, statements)
    finally:
        queries.published_exhibits = eager
        app.config["PAGE_CACHE_SIZE"] = CACHE_SIZE
    print(f"{'exhibit list (naive)':<22}{p50:>9.2f}{p95:>9.2f}{sql:>6}")
    print(f"({requests} requests each; SQL counts one render; 'cached' is a repeat visit)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(command: list[str], port: int, env: dict[str, str]) -> subprocess.Popen:
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=BENCH_DIR
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit(f"server did not start: {' '.join(command)}")


def wrk(url: str, seconds: int) -> tuple[float, str]:
    """Requests per second and mean latency under 8 connections from 2 threads."""
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = re.search(r"Latency\s+(\S+)", out).group(1)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} error responses under load")
    return rate, latency


def servers(port: int) -> dict[str, tuple[list[str], dict[str, str]]]:
    address = f"127.0.0.1:{port}"
    gunicorn = [str(BIN / "gunicorn"), "-w", "2", "-b", address, "--log-level", "warning"]
    waitress = [str(BIN / "museum"), "serve", "--port", str(port), "--threads", "4"]
    uncached = {"MUSEUM_PAGE_CACHE_SIZE": "0"}
    return {
        "museum serve (waitress, 4 threads)": (waitress, {}),
        "museum serve, no page cache": (waitress, uncached),
        "gunicorn -w 2": ([*gunicorn, "museum:create_app()"], {}),
        "gunicorn -w 2, no page cache": ([*gunicorn, "museum:create_app()"], uncached),
        "peer: bare Flask, 24 thumbnails, gunicorn -w 2": ([*gunicorn, "bare_flask:app"], {}),
    }


def run_served(root: str, urls: dict[str, str], seconds: int) -> None:
    env = {**os.environ, "MUSEUM_MEDIA_ROOT": os.path.join(root, "media")}
    loaded = {name: urls[name] for name in ("home", "gallery", "exhibit page")}
    print(f"\nrequests per second, wrk -t2 -c8 -d{seconds}s from a second process on 127.0.0.1")
    for name, (command, settings) in servers(port := free_port()).items():
        server = start(command, port, {**env, **settings})
        try:
            targets = {"bare page": "/"} if name.startswith("peer") else loaded
            for page, path in targets.items():
                rate, latency = wrk(f"http://127.0.0.1:{port}{path}", seconds)
                print(f"  {name:<48}{page:<14}{rate:>8.0f} req/s   mean latency {latency}")
        finally:
            server.terminate()
            server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exhibits", type=int, default=10_000, help="synthetic exhibits to add")
    parser.add_argument("--requests", type=int, default=200, help="requests per page in-process")
    parser.add_argument("--seconds", type=int, default=5, help="seconds of load per served page")
    parser.add_argument("--no-serve", action="store_true", help="in-process figures only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as root:
        os.environ["MUSEUM_INSTANCE_PATH"] = os.path.join(root, "instance")
        app = create_app({"SECRET_KEY": "bench", "MEDIA_ROOT": os.path.join(root, "media")})
        with app.app_context():
            init_instance()
            demo.load()
            add_synthetic_exhibits(args.exhibits)
            total = db.session().scalar(select(func.count(Exhibit.id)))
            urls = page_urls()
        print(f"{total} exhibits (the demo and {args.exhibits} synthetic)")
        run_in_process(app, urls, args.requests)
        if args.no_serve:
            return
        if shutil.which("wrk") is None:
            print("\nwrk is not installed (apt-get install wrk): no served figures")
            return
        run_served(root, urls, args.seconds)


if __name__ == "__main__":
    main()
