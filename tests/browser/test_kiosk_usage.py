"""Kiosk usage counts from a real kiosk page: the view and its time on screen, no cookie."""

import time

from museum import db
from museum.models import KioskExhibitStat
from tests.kiosk_data import FAST_IDLE, kiosk_collection, set_up_kiosk, touch_context

SHOWN_SECONDS = 1.5


def stats(app) -> list[tuple[int, int]]:
    with app.app_context():
        rows = db.session().query(KioskExhibitStat).all()
        return [(row.views, row.dwell_seconds) for row in rows]


def wait_for_stats(app) -> list[tuple[int, int]]:
    deadline = time.monotonic() + 10
    while not stats(app) and time.monotonic() < deadline:
        time.sleep(0.1)
    return stats(app)


def test_leaving_an_exhibit_counts_its_view_and_dwell_time(app, browser, live_server, make_exhibit):
    exhibits = kiosk_collection(make_exhibit)
    context = touch_context(browser)
    page = context.new_page()
    page.goto(live_server + "/kiosk/")
    page.locator(".kiosk-tile a", has_text=exhibits[2].title).tap()
    page.wait_for_url(f"**/exhibits/{exhibits[2].slug}")
    page.wait_for_timeout(SHOWN_SECONDS * 1000)
    page.locator(".kiosk-home").tap()
    page.wait_for_url("**/kiosk/main/")
    [(views, dwell)] = wait_for_stats(app)
    assert views == 1
    assert SHOWN_SECONDS - 1 <= dwell <= SHOWN_SECONDS + 5
    assert context.cookies() == []
    context.close()


def test_time_left_alone_before_the_reset_is_not_dwell(app, browser, live_server, make_exhibit):
    exhibit = kiosk_collection(make_exhibit)[0]
    set_up_kiosk(app, **FAST_IDLE)
    context = touch_context(browser)
    page = context.new_page()
    page.goto(f"{live_server}/kiosk/main/exhibits/{exhibit.slug}")
    page.wait_for_url("**/kiosk/main/", timeout=15_000)  # idle 2 s, countdown 2 s, reset
    [(views, dwell)] = wait_for_stats(app)
    assert views == 1
    assert dwell <= 2  # on screen about 4 s, all of it idle
    context.close()
