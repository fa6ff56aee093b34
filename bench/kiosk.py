"""Kiosk speed and memory in Debian's Chromium, measured with the browser's performance API.

    .venv/bin/python bench/kiosk.py [--navigations 200] [--samples 30]

Loads the demo museum into a temporary instance, serves it with `museum serve`'s waitress on
127.0.0.1 and drives headless Chromium (/usr/bin/chromium) through the kiosk at 1920x1080 with
touch on:

1. Start screen, warm: after a first visit (the service worker has the kiosk's pages), the
   start screen is opened again and again; time from navigation to `kiosk-ready` (kiosk.js has
   set up idle, attract and links) and to domInteractive, p50/p95 ms.
2. Exhibit view: a tile is tapped and the exhibit page's own navigation timing read (fetch to
   kiosk-ready), p50/p95 ms.
   Both are measured in the same run with the kiosk's service worker (as it runs on the
   floor), with service workers blocked (network and the page cache only), and offline (the
   worker's copy alone); the peer is the public exhibit page (same exhibits, visitors' site).
3. Memory: one kiosk session of N navigations (tap a tile, open and close the deep-zoom viewer
   on every fourth exhibit, tap Start) sampling the JS heap (performance.memory, precise) and
   Chromium's counts of documents, DOM nodes and event listeners (CDP Performance.getMetrics)
   after each; prints the first, last and largest values and the growth per 100 navigations.
"""

import argparse
import logging
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from waitress.server import create_server

from museum import create_app, demo
from museum.instance import init_instance

CHROMIUM = os.environ.get("MUSEUM_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-precise-memory-info",
]
SCREEN = {"viewport": {"width": 1920, "height": 1080}, "has_touch": True}
READY = """() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const mark = performance.getEntriesByName('kiosk-ready')[0];
  return {ready: mark ? mark.startTime : null, interactive: nav.domInteractive,
          fetch: nav.fetchStart, controlled: !!navigator.serviceWorker?.controller};
}"""
HEAP = "() => performance.memory.usedJSHeapSize"


def serve(root: Path) -> str:
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)  # "task queue depth" notes
    os.environ["MUSEUM_INSTANCE_PATH"] = str(root / "instance")
    app = create_app({"MEDIA_ROOT": str(root / "media")})
    with app.app_context():
        init_instance()
        print(demo.load(), flush=True)
    server = create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    return f"http://127.0.0.1:{server.effective_port}"


def wait_ready(page) -> dict:
    page.wait_for_function("() => performance.getEntriesByName('kiosk-ready').length > 0")
    return page.evaluate(READY)


def start_screen_times(page, base: str, samples: int) -> list[float]:
    times = []
    for _ in range(samples):
        page.goto(base + "/kiosk/main/")
        times.append(wait_ready(page)["ready"])
    return times


def exhibit_view_times(page, base: str, samples: int) -> list[float]:
    times = []
    for number in range(samples):
        page.goto(base + "/kiosk/main/")
        wait_ready(page)
        tiles = page.locator(".kiosk-tile a")
        tiles.nth(number % tiles.count()).tap()
        page.wait_for_url("**/exhibits/**")
        times.append(wait_ready(page)["ready"])
    return times


def public_exhibit_times(page, base: str, samples: int, slugs: list[str]) -> list[float]:
    times = []
    for number in range(samples):
        page.goto(f"{base}/exhibits/{slugs[number % len(slugs)]}")
        times.append(page.evaluate(READY)["interactive"])
    return times


def warm_kiosk(context, base: str) -> list[str]:
    """Visit the start screen, let the service worker fill its cache; return the tiles' slugs."""
    page = context.new_page()
    page.goto(base + "/kiosk/main/")
    wait_ready(page)
    page.wait_for_timeout(3000)  # the worker caches the kiosk's pages in the background
    hrefs = page.eval_on_selector_all(".kiosk-tile a", "links => links.map(a => a.pathname)")
    page.close()
    return [href.rsplit("/", 1)[1] for href in hrefs]


def memory_session(context, base: str, navigations: int) -> dict[str, list[float]]:
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    series: dict[str, list[float]] = {"heap": [], "Documents": [], "Nodes": [], "Listeners": []}
    page.goto(base + "/kiosk/main/")
    wait_ready(page)
    for number in range(navigations):
        if page.locator("body.kiosk-start").count():
            tiles = page.locator(".kiosk-tile a")
            tiles.nth(number % tiles.count()).tap()
            page.wait_for_url("**/exhibits/**")
            wait_ready(page)
            zoom = page.locator("button.kiosk-zoom")
            if number % 4 == 1 and zoom.count():
                zoom.first.tap()
                page.wait_for_selector("dialog[open] .openseadragon-canvas", timeout=5000)
                page.locator("dialog[open] button").first.tap()
        else:
            page.locator(".kiosk-home").tap()
            page.wait_for_url("**/kiosk/main/")
            wait_ready(page)
        cdp.send("HeapProfiler.collectGarbage")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        series["heap"].append(page.evaluate(HEAP) / 1e6)
        series["Documents"].append(metrics["Documents"])
        series["Nodes"].append(metrics["Nodes"])
        series["Listeners"].append(metrics["JSEventListeners"])
    page.close()
    return series


def kiosk_rows(context, label: str, base: str, samples: int) -> list[tuple[str, list[float]]]:
    page = context.new_page()
    rows = [
        (f"kiosk {name}, {label}", timed(measure, page, base, samples))
        for name, measure in (
            ("start screen", start_screen_times),
            ("exhibit view", exhibit_view_times),
        )
    ]
    page.close()
    return rows


def timed(measure, page, base: str, samples: int, *args) -> list[float]:
    measure(page, base, 3, *args)  # warm-up: caches, compiled templates, the worker's copy
    return measure(page, base, samples, *args)


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):6.1f} ms   p95 {p95:6.1f} ms   (n={len(values)})"


def growth(values: list[float]) -> float:
    """Least-squares slope per 100 navigations over the second half (after warm-up)."""
    half = values[len(values) // 2 :]
    xs = range(len(half))
    mean_x, mean_y = statistics.mean(xs), statistics.mean(half)
    numerator = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, half, strict=True))
    denominator = sum((x - mean_x) ** 2 for x in xs) or 1
    return numerator / denominator * 100


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--navigations", type=int, default=200, help="memory session length")
    parser.add_argument("--samples", type=int, default=30, help="page loads per timing")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        base = serve(Path(folder))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        with_worker = browser.new_context(**SCREEN)
        slugs = warm_kiosk(with_worker, base)
        without_worker = browser.new_context(**SCREEN, service_workers="block")
        warm_kiosk(without_worker, base)
        rows = []
        for label, context in (("service worker", with_worker), ("no worker", without_worker)):
            rows += kiosk_rows(context, label, base, options.samples)
        with_worker.set_offline(True)
        rows += kiosk_rows(with_worker, "offline, from the worker", base, options.samples)
        with_worker.set_offline(False)
        peer = without_worker.new_page()
        public = timed(public_exhibit_times, peer, base, options.samples, slugs)
        rows.append(("public exhibit page (peer)", public))
        print(f"\nNavigation to ready, warm, Chromium {browser.version}:")
        for label, values in rows:
            print(f"  {label:46} {percentiles(values)}")
        started = time.perf_counter()
        series = memory_session(with_worker, base, options.navigations)
        seconds = time.perf_counter() - started
        print(f"\nMemory over {options.navigations} kiosk navigations ({seconds:.0f} s):")
        for name, values in series.items():
            unit = " MB" if name == "heap" else ""
            print(
                f"  {name:10} first {values[0]:8.2f}{unit}  last {values[-1]:8.2f}{unit}  "
                f"max {max(values):8.2f}{unit}  growth/100 nav {growth(values):+8.3f}{unit}"
            )
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
