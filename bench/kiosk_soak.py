"""Kiosk soak, full variant of proof 10: hours of a kiosk's life on the demo museum.

    .venv/bin/python bench/kiosk_soak.py [--hours 4] [--seed 7]

Serves the demo museum with waitress, opens the demo's kiosk in Debian Chromium (1920×1080,
touch) with the service worker on, and drives it with tests/kiosk_soak.py: a few taps (tiles,
zoom viewer, Back, Start) seconds apart, then the kiosk left alone until its countdown, reset
and attract loop, and a tap to leave the loop; over and over, on Playwright's fake clock, so
hours of kiosk time pass in minutes. After each idle cycle, on the start screen and after a
garbage collection, it samples Chromium's JS heap, documents, DOM nodes and event listeners.
Prints the first, last, largest and the change from first to last, and every page error.
The peer is the same session without the service worker (a plain web page's memory).
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk import ARGS, CHROMIUM, SCREEN, serve  # bench/kiosk.py, beside this file

from tests.kiosk_soak import soak

WARM_UP_MINUTES = 60  # as tests/browser/test_kiosk_soak.py: the kiosk's caches fill


def report(label: str, hours: float, seen, seconds: float) -> None:
    print(f"\n{label}: {hours:g} h of kiosk time in {seconds:.0f} s real time")
    print(f"  {seen.touches} touches, {seen.resets} idle resets and attract loops")
    for name in ("heap_mb", "documents", "nodes", "listeners"):
        values = getattr(seen, name)
        change = (values[-1] - values[0]) / values[0] * 100 if values[0] else 0.0
        print(
            f"  {name:10} first {values[0]:9.2f}  last {values[-1]:9.2f}  "
            f"max {max(values):9.2f}  change {change:+6.1f} %"
        )
    start = seen.first_after(WARM_UP_MINUTES)
    first, last = seen.heap_mb[start], seen.heap_mb[-1]
    print(
        f"  heap after the {WARM_UP_MINUTES}-minute warm-up {first:.2f} MB, last {last:.2f} MB, "
        f"change {(last - first) / first * 100:+.1f} %"
    )
    print("  heap after each idle cycle (MB): " + " ".join(f"{v:.2f}" for v in seen.heap_mb))
    print(f"  errors: {len(seen.errors)}")
    for error in seen.errors[:10]:
        print(f"    {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=4.0, help="simulated kiosk time")
    parser.add_argument("--seed", type=int, default=7, help="the visitors' random choices")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        base = serve(Path(folder))
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for label, extra in (("service worker", {}), ("no worker", {"service_workers": "block"})):
            context = browser.new_context(**SCREEN, **extra)
            started = time.perf_counter()
            seen = soak(context, base + "/kiosk/main/", options.hours * 60, 180, options.seed)
            report(label, options.hours, seen, time.perf_counter() - started)
            context.close()
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
