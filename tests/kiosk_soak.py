"""A kiosk left running: simulated visitors tap through it, then leave it idle, again and again.

The page's clock is Playwright's fake clock, so a test covers half an hour of kiosk time (idle
timers, countdowns, resets and attract slides all fire as they would) in a minute or two of real
time. Memory is sampled at the same moment of every cycle, on the start screen after the idle
reset and the attract loop, after a garbage collection, so samples are comparable.

"Where it started" is the first sample after the kiosk's first hour. The soak begins with a
tour of every screen, yet the JS heap still grows in two or three steps of 60–90 kB (each about
6 %) at moments that differ from run to run, within the first hour, then stays flat for hours
(bench/kiosk_soak.py: 4 h). The steps are not caches a memory-pressure signal would drop; they
are bounded, and a leak shows as growth after the first hour.
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

    minutes: list[float] = field(default_factory=list)  # simulated time of each sample
    heap_mb: list[float] = field(default_factory=list)
    documents: list[float] = field(default_factory=list)
    nodes: list[float] = field(default_factory=list)
    listeners: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    touches: int = 0
    resets: int = 0

    def first_after(self, warm_up_minutes: float) -> int:
        """The index of the first sample taken after the warm-up."""
        return next(i for i, minute in enumerate(self.minutes) if minute >= warm_up_minutes)


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
    elapsed = _warm_up(page, idle_seconds)
    seen.minutes.append(elapsed / 60)
    _sample(page, cdp, seen)
    while elapsed < minutes * 60:
        for _ in range(rng.randint(3, 8)):  # a visitor's few touches, seconds apart
            _touch(page, rng)
            seen.touches += 1
            pause = rng.uniform(2, 15)
            page.clock.run_for(int(pause * 1000))
            elapsed += pause
        elapsed += _leave_alone(page, idle_seconds)
        seen.resets += 1
        seen.minutes.append(elapsed / 60)
        _sample(page, cdp, seen)
    page.close()
    return seen


def _warm_up(page, idle_seconds: int) -> float:
    """Every screen once: each exhibit of the start screen with its zoom viewer, then Start,
    the idle reset and the attract loop."""
    for number in range(_count(page, TILES)):
        _navigate(page, TILES, number)
        if _count(page, ZOOM):
            _zoom_in_and_out(page)
        _navigate(page, HOME)
    return _leave_alone(page, idle_seconds)


def _touch(page, rng: random.Random) -> None:
    """One tap somewhere a visitor would tap, on the page as it is now."""
    tiles = _count(page, TILES)
    choice = rng.random()
    if tiles and choice < 0.6:
        _navigate(page, TILES, rng.randrange(tiles))
    elif _count(page, ZOOM) and choice < 0.8:
        _zoom_in_and_out(page)
    elif _count(page, BACK):
        _navigate(page, BACK)
    else:
        _navigate(page, HOME)


# Taps go to the screen's coordinates, like a finger's: Playwright's locators would run its
# own script in the page, whose memory the soak would then measure as the kiosk's.
TILES, ZOOM, BACK, HOME = ".kiosk-tile a", "button.kiosk-zoom", ".kiosk-back", ".kiosk-home"
VIEWER_OPEN, VIEWER_CLOSE = (
    "dialog.kiosk-viewer[open]",
    "dialog.kiosk-viewer[open] .kiosk-viewer-close",
)
_VISIBLE = "(s) => [...document.querySelectorAll(s)].filter((e) => e.checkVisibility())"


def _count(page, selector: str) -> int:
    return page.evaluate(f"({_VISIBLE})({selector!r}).length")


def _tap(page, selector: str, number: int = 0) -> None:
    """Tap the middle of the element once it holds still (images above it may still load)."""
    where = f"""() => {{
        const target = ({_VISIBLE})({selector!r})[{number}];
        target.scrollIntoView({{block: "center"}});
        const box = target.getBoundingClientRect();
        return [box.x + box.width / 2, box.y + box.height / 2];
    }}"""
    before = None
    for _ in range(100):
        now = page.evaluate(where)
        if now == before:
            break
        before = now
        page.clock.run_for(100)
        time.sleep(0.02)
    page.touchscreen.tap(*now)


def _zoom_in_and_out(page) -> None:
    _tap(page, ZOOM)
    _until(page, f"!!document.querySelector({VIEWER_OPEN!r})")
    page.clock.run_for(1500)
    _tap(page, VIEWER_CLOSE)


def _navigate(page, selector: str, number: int = 0) -> None:
    page.evaluate("window.soakOldDocument = true")
    _tap(page, selector, number)
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
