"""The kiosk offline: after a first visit it keeps working from the service worker's copy, and
it picks up a changed catalog by itself."""

import re

from playwright.sync_api import Page, expect

from museum import kiosks
from tests.kiosk_data import FAST_IDLE, kiosk_collection, set_up_kiosk, touch_context

READY = "() => document.body.dataset.offlineReady === 'true'"
WARM_TIMEOUT = 60_000  # a loaded machine fills the copy slowly; a kiosk has all the time
# Run inside the service worker: does its own fetch reach the server?
PROBE = "fetch('/kiosk/version').then(r => 'answered ' + r.status, () => 'failed')"


def open_kiosk(browser, url: str, poll_seconds: float | None = None):
    context = touch_context(browser)
    if poll_seconds:
        context.add_init_script(f"window.kioskPollSeconds = {poll_seconds}")
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(READY, timeout=WARM_TIMEOUT)
    return context, page


def expect_kiosk_page(page: Page, heading: str) -> None:
    """The kiosk's own page, not the browser's error page."""
    expect(page.locator("h1")).to_have_text(heading)
    expect(page).to_have_title(re.compile(rf"^{re.escape(heading)} · "))
    expect(page.locator("body.kiosk")).to_have_count(1)


def picture_shown(page: Page, selector: str) -> bool:
    image = page.locator(selector).first
    expect(image).to_be_visible()
    return image.evaluate("img => img.decode().then(() => img.naturalWidth > 0, () => false)")


def test_offline_the_kiosk_shows_visited_and_unvisited_pages_from_its_copy(
    app, live_server, browser, make_exhibit
) -> None:
    exhibits = kiosk_collection(make_exhibit)
    with app.app_context():
        name = kiosks.default_profile().name
    context, page = open_kiosk(browser, f"{live_server}/kiosk/")
    notice = page.locator(".kiosk-offline")
    expect(notice).to_be_hidden()
    page.get_by_role("link", name=exhibits[0].title).tap()
    expect_kiosk_page(page, exhibits[0].title)
    page.wait_for_function(READY, timeout=WARM_TIMEOUT)

    context.set_offline(True)
    # set_offline cuts the worker's network too, not only the page's.
    worker = context.service_workers[0]
    assert worker.evaluate(PROBE) == "failed"
    page.goto(f"{live_server}/kiosk/")
    expect_kiosk_page(page, name)
    expect(page.locator(".kiosk-tile")).to_have_count(len(exhibits))
    expect(notice).to_be_visible()

    page.get_by_role("link", name=exhibits[0].title).tap()
    expect_kiosk_page(page, exhibits[0].title)
    expect(notice).to_be_visible()
    assert picture_shown(page, ".kiosk-image img")

    never_visited = exhibits[2]
    page.goto(f"{live_server}/kiosk/main/exhibits/{never_visited.slug}")
    expect_kiosk_page(page, never_visited.title)
    expect(notice).to_be_visible()
    assert picture_shown(page, ".kiosk-image img")

    page.goto(f"{live_server}/kiosk/main/exhibits/not-kept-offline")
    expect_kiosk_page(page, "Not available right now")
    expect(notice).to_be_visible()
    page.get_by_role("link", name="Back to the start").tap()
    expect_kiosk_page(page, name)

    context.set_offline(False)
    expect(notice).to_be_hidden()
    assert worker.evaluate(PROBE) == "answered 200"
    context.close()


def test_the_idle_start_screen_reloads_to_a_changed_catalog(
    app, live_server, browser, make_exhibit
) -> None:
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, **FAST_IDLE)
    context, page = open_kiosk(browser, f"{live_server}/kiosk/", poll_seconds=1)
    old = page.evaluate("document.body.dataset.version")

    added = make_exhibit(title="Newly on display", featured=True)
    expect(page.get_by_role("link", name=added.title)).to_be_visible(timeout=WARM_TIMEOUT)
    new = page.evaluate("document.body.dataset.version")
    assert new != old
    assert page.evaluate("fetch('/kiosk/version').then(r => r.json())")["version"] == new
    names = page.evaluate("caches.keys()")
    assert names == [f"kiosk-{new}"]  # the old copy is gone once the new one is complete

    context.set_offline(True)
    page.goto(f"{live_server}/kiosk/main/exhibits/{added.slug}")
    expect_kiosk_page(page, added.title)
    context.close()


def test_a_visitor_reading_an_exhibit_is_not_interrupted_by_a_catalog_change(
    app, live_server, browser, make_exhibit
) -> None:
    exhibits = kiosk_collection(make_exhibit)
    set_up_kiosk(app, idle_seconds=60, warning_seconds=10, attract_seconds=120)
    context, page = open_kiosk(browser, f"{live_server}/kiosk/", poll_seconds=1)
    page.get_by_role("link", name=exhibits[1].title).tap()
    expect_kiosk_page(page, exhibits[1].title)
    page.wait_for_function(READY, timeout=WARM_TIMEOUT)
    old = page.evaluate("window.kioskReadingSince = Date.now(); document.body.dataset.version")

    added = make_exhibit(title="Newly on display", featured=True)
    page.wait_for_function(
        f"() => document.body.dataset.offlineVersion !== {old!r}", timeout=WARM_TIMEOUT
    )
    page.wait_for_timeout(2500)  # a few more polls: still no reload
    assert page.evaluate("typeof window.kioskReadingSince") == "number"
    assert page.evaluate("document.body.dataset.version") == old

    page.locator(".kiosk-home").tap()
    expect(page.get_by_role("link", name=added.title)).to_be_visible()
    context.close()
