"""Proof 10, short variant: half an hour of a kiosk's life (simulated clock) after its first
hour, memory flat, no error. The full variant is bench/kiosk_soak.py (4 hours)."""

import statistics

from tests.kiosk_data import kiosk_collection, set_up_kiosk, touch_context
from tests.kiosk_soak import soak

WARM_UP_MINUTES = 60  # why: tests/kiosk_soak.py
MINUTES = 30


def test_a_kiosk_left_running_for_half_an_hour_keeps_its_memory_and_shows_no_error(
    app, browser, live_server, make_exhibit
):
    kiosk_collection(make_exhibit)
    slug = set_up_kiosk(app, idle_seconds=90, warning_seconds=10, attract_seconds=180)
    context = touch_context(browser, service_workers="block")
    try:
        seen = soak(context, f"{live_server}/kiosk/{slug}/", WARM_UP_MINUTES + MINUTES, 180)
    finally:
        context.close()
    assert seen.errors == []
    assert seen.resets >= 5 and seen.touches >= 15, "the soak did not run its course"
    start = seen.first_after(WARM_UP_MINUTES)
    first, last = seen.heap_mb[start], statistics.median(seen.heap_mb[-3:])
    assert abs(last - first) <= 0.10 * first, f"JS heap {first:.2f} MB -> {last:.2f} MB"
    assert seen.heap_mb[start] <= 1.25 * seen.heap_mb[0], f"warm-up grew: {seen.heap_mb}"
    assert max(seen.documents[-3:]) <= seen.documents[start] + 1, seen.documents
    assert max(seen.listeners[-3:]) <= seen.listeners[start] * 1.10, seen.listeners
