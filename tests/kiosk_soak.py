"""A kiosk left running: simulated visitors tap through it, then leave it idle, again and again.

The page's clock is Playwright's fake clock, so a test covers half an hour of kiosk time (idle
timers, countdowns, resets and attract slides all fire as they would) in a minute or two of real
time. Memory is sampled at the same moment of every cycle, on the start screen after the idle
reset and the attract loop, after a garbage collection, so samples are comparable.
"""

import random
import time
from dataclasses import dataclass, field

from playwright.sync_api import Error as PlaywrightError

# kiosk.js has started (its performance mark is invisible under the fake clock, which fakes
# `performance` too).
READY = "!!(document.body && document.body.dataset.kioskState)"


@dataclass
class Soak:
    """What a soak saw: one sample per cycle, and every error the page reported."""

    heap_mb: list[float] = field(default_factory=list)
    documents: list[float] = field(default_factory=list)
    nodes: list[float] = field(default_factory=list)
    listeners: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    touches: int = 0
    resets: int = 0


def soak(context, start_url: str, minutes: float, idle_seconds: int, seed: int = 7) -> Soak:
    """Run the kiosk at `start_url` for `minutes` of simulated time and return what it saw.

    `idle_seconds` is the whole wait from the last touch until the attract loop shows (the
    profile's attract time)."""
    rng = random.Random(seed)
    seen = Soak()
    context.clock.install()
    page = context.new_page()
    page.on("pageerror", lambda error: seen.errors.append(f"page error: {error}"))
    page.on("console", lambda m: m.type == "error" and seen.errors.append(f"console: {m.text}"))
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto(start_url)
    _until(page, READY)
    elapsed = 0.0
    while elapsed < minutes * 60:
        for _ in range(rng.randint(3, 8)):  # a visitor's few touches, seconds apart
            _touch(page, rng)
            seen.touches += 1
            pause = rng.uniform(2, 15)
            page.clock.run_for(int(pause * 1000))
            elapsed += pause
        elapsed += _leave_alone(page, idle_seconds)
        seen.resets += 1
        _sample(page, cdp, seen)
    page.close()
    return seen


def _touch(page, rng: random.Random) -> None:
    """One tap somewhere a visitor would tap, on the page as it is now."""
    tiles = page.locator(".kiosk-tile a")
    zoom = page.locator("button.kiosk-zoom:visible")
    choice = rng.random()
    if tiles.count() and choice < 0.6:
        _navigate(page, tiles.nth(rng.randrange(tiles.count())))
    elif zoom.count() and choice < 0.8:
        zoom.first.tap()
        _until(page, "!!document.querySelector('dialog.kiosk-viewer[open]')")
        page.clock.run_for(1500)
        page.locator("dialog.kiosk-viewer[open] .kiosk-viewer-close").tap()
    elif page.locator(".kiosk-back").count():
        _navigate(page, page.locator(".kiosk-back"))
    else:
        _navigate(page, page.locator(".kiosk-home"))


def _navigate(page, link) -> None:
    page.evaluate("window.soakOldDocument = true")
    link.first.tap()
    _until(page, f"!window.soakOldDocument && {READY}")


def _leave_alone(page, idle_seconds: int) -> float:
    """Nobody touches it: countdown, reset to the start, the attract loop for a minute, then a
    touch to leave it. Returns the simulated seconds that took."""
    page.clock.run_for((idle_seconds + 5) * 1000)
    _until(page, f"{READY} && document.body.classList.contains('kiosk-start')")
    page.clock.run_for(60_000)  # attract slides change every few seconds
    _until(page, "document.body.dataset.kioskState === 'attract'")
    page.mouse.click(5, 540)  # leave the attract loop (a tap outside the Pause button)
    _until(page, "document.body.dataset.kioskState === 'active'")
    return idle_seconds + 65


def _until(page, expression: str, seconds: float = 15) -> None:
    """Wait for a condition in the page. Playwright's own waits poll with the page's timers,
    which the fake clock holds still: poll from here, nudging the clock 50 ms at a time."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if page.evaluate(expression):
                return
        except PlaywrightError:  # the document was replaced while we asked
            pass
        if time.monotonic() > deadline:
            state = page.evaluate("[location.href, document.readyState, typeof performance.mark]")
            raise TimeoutError(f"not true after {seconds} s: {expression} ({state})")
        page.clock.run_for(50)
        time.sleep(0.02)


def _sample(page, cdp, seen: Soak) -> None:
    cdp.send("HeapProfiler.collectGarbage")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    seen.heap_mb.append(metrics["JSHeapUsedSize"] / 1e6)
    seen.documents.append(metrics["Documents"])
    seen.nodes.append(metrics["Nodes"])
    seen.listeners.append(metrics["JSEventListeners"])
