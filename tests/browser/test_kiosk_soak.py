"""Proof 10, short variant: half an hour of a kiosk's life (simulated clock), memory flat, no
error. The full variant is bench/kiosk_soak.py (4 hours)."""

import statistics

from tests.kiosk_data import kiosk_collection, set_up_kiosk, touch_context
from tests.kiosk_soak import soak

MINUTES = 30


def test_a_kiosk_left_running_for_half_an_hour_keeps_its_memory_and_shows_no_error(
    app, browser, live_server, make_exhibit
):
    kiosk_collection(make_exhibit)
    slug = set_up_kiosk(app, idle_seconds=90, warning_seconds=10, attract_seconds=180)
    context = touch_context(browser, service_workers="block")
    try:
        seen = soak(context, f"{live_server}/kiosk/{slug}/", MINUTES, idle_seconds=180)
    finally:
        context.close()
    assert seen.errors == []
    assert seen.resets >= 5 and seen.touches >= 15, "the soak did not run its course"
    first, last = seen.heap_mb[0], statistics.median(seen.heap_mb[-3:])
    assert abs(last - first) <= 0.10 * first, f"JS heap {first:.2f} MB -> {last:.2f} MB"
    assert max(seen.documents[-3:]) <= seen.documents[0] + 1, seen.documents
    assert max(seen.listeners[-3:]) <= seen.listeners[0] * 1.10, seen.listeners
