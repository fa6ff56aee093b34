"""The kiosk on a touch screen: navigation that never grows the history or leaves the kiosk,
the idle countdown and reset, and the attract loop."""

import time
from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from playwright.sync_api import Browser, Locator, Page, Route, expect

from museum import catalog, kiosks
from tests.kiosk_data import FAST_IDLE, TITLES, kiosk_collection, set_up_kiosk, touch_context

# A longer warning than FAST_IDLE's, so that a loaded machine still sees the seconds go down.
SLOW_WARNING = {"idle_seconds": 2, "warning_seconds": 4, "attract_seconds": 60}
WAIT = 20_000  # ms: generous, the machine is shared


@contextmanager
def kiosk_page(browser: Browser, **options) -> Iterator[Page]:
    context = touch_context(browser, **options)
    try:
        yield context.new_page()
    finally:
        context.close()


def open_kiosk(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_function("() => performance.getEntriesByName('kiosk-ready').length === 1")


def start_url(page: Page, server: str) -> str:
    return server + page.locator("body").get_attribute("data-start-url")


def state(page: Page) -> str:
    return page.evaluate("document.body.dataset.kioskState")


def trail(page: Page) -> str | None:
    return page.evaluate("sessionStorage.getItem('kiosk.trail')")


def history_length(page: Page) -> int:
    return page.evaluate("history.length")


def in_tile_order(exhibits: list) -> list:
    return sorted(exhibits, key=lambda exhibit: exhibit.title)


def test_tiles_and_back_move_through_the_kiosk_without_growing_the_history(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    exhibits = in_tile_order(kiosk_collection(make_exhibit))
    set_up_kiosk(app)
    with kiosk_page(browser) as page:
        open_kiosk(page, f"{live_server}/kiosk/")
        length = history_length(page)

        page.locator(".kiosk-tile a").first.tap()
        page.wait_for_url(f"**/exhibits/{exhibits[0].slug}")
        expect(page.locator("h1")).to_have_text(exhibits[0].title)
        assert history_length(page) == length

        page.locator(".kiosk-back").tap()
        page.wait_for_url(f"{live_server}/kiosk/")  # where the visitor came from
        assert history_length(page) == length
        assert trail(page) is None

        page.locator(".kiosk-tile a").nth(1).focus()
        page.keyboard.press("Enter")
        page.wait_for_url(f"**/exhibits/{exhibits[1].slug}")
        assert history_length(page) == length


def test_after_the_countdown_the_kiosk_returns_to_a_clean_start(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, **SLOW_WARNING)
    with kiosk_page(browser, viewport={"width": 900, "height": 500}) as page:
        open_kiosk(page, f"{live_server}/kiosk/")
        start = start_url(page, live_server)
        page.locator(".kiosk-tile a").nth(2).tap()
        page.wait_for_url("**/exhibits/**")
        page.evaluate("window.scrollTo(0, 300)")
        assert trail(page) is not None

        overlay = page.get_by_role("alertdialog", name="Still there?")
        expect(overlay).to_be_visible(timeout=WAIT)
        assert state(page) == "countdown"
        shown = int(overlay.locator(".kiosk-countdown-seconds").inner_text())
        assert 2 <= shown <= 4
        expect(overlay.locator(".kiosk-countdown-seconds")).to_have_text(str(shown - 1))

        page.wait_for_url(start, timeout=WAIT)
        page.wait_for_function("() => document.body.dataset.kioskState === 'active'")
        expect(page.locator(".kiosk-countdown")).to_be_hidden()
        assert trail(page) is None
        assert page.evaluate("window.scrollY") == 0


def test_on_the_start_screen_the_reset_scrolls_up_and_closes_the_viewer_without_reloading(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, **SLOW_WARNING)
    with kiosk_page(browser, viewport={"width": 900, "height": 500}) as page:
        open_kiosk(page, f"{live_server}/kiosk/")
        page.evaluate("window.notReloaded = true")
        page.mouse.wheel(0, 400)
        page.wait_for_function("() => window.scrollY > 0")
        page.evaluate(
            """() => {
                const viewer = document.createElement('dialog');
                viewer.textContent = 'A zoomed image';
                document.body.append(viewer);
                viewer.showModal();
            }"""
        )
        # Above the open viewer: a modal dialog would otherwise cover the countdown.
        overlay = page.get_by_role("alertdialog", name="Still there?")
        expect(overlay).to_be_visible(timeout=WAIT)
        stay = page.get_by_role("button", name="I'm still here")
        box = stay.bounding_box()
        assert page.evaluate(
            "([x, y]) => document.elementFromPoint(x, y).closest('.kiosk-stay') !== null",
            [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
        )

        expect(overlay).to_be_hidden(timeout=WAIT)
        assert page.evaluate("window.notReloaded") is True
        assert page.evaluate("window.scrollY") == 0
        assert page.evaluate("document.querySelectorAll('dialog[open]').length") == 0
        assert state(page) == "active"


def test_a_touch_during_the_countdown_cancels_it_and_opens_nothing(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    exhibits = kiosk_collection(make_exhibit)
    set_up_kiosk(app, **SLOW_WARNING)
    exhibit_url = f"{live_server}/kiosk/main/exhibits/{exhibits[0].slug}"
    with kiosk_page(browser) as page:
        open_kiosk(page, exhibit_url)
        overlay = page.get_by_role("alertdialog", name="Still there?")
        expect(overlay).to_be_visible(timeout=WAIT)
        back = page.locator(".kiosk-back").bounding_box()
        page.touchscreen.tap(back["x"] + back["width"] / 2, back["y"] + back["height"] / 2)
        expect(overlay).to_be_hidden()
        assert state(page) == "active"
        page.wait_for_timeout(1000)
        assert page.url == exhibit_url  # the tap on the hidden Back button did not go back

        expect(overlay).to_be_visible(timeout=WAIT)  # the idle clock started again
        page.get_by_role("button", name="I'm still here").tap()
        expect(overlay).to_be_hidden()
        assert page.url == exhibit_url


def test_the_attract_loop_follows_the_reset_and_one_tap_leaves_it(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    exhibits = in_tile_order(kiosk_collection(make_exhibit))
    set_up_kiosk(app, **FAST_IDLE)
    with kiosk_page(browser) as page:
        began = time.monotonic()
        open_kiosk(page, f"{live_server}/kiosk/main/exhibits/{exhibits[1].slug}")
        page.wait_for_url(f"{live_server}/kiosk/main/", timeout=WAIT)  # the idle reset
        tile = page.locator(".kiosk-tile a").first.bounding_box()
        attract = page.locator(".kiosk-attract")
        expect(attract).to_be_visible(timeout=WAIT)
        assert time.monotonic() - began >= FAST_IDLE["attract_seconds"] - 0.5
        assert state(page) == "attract"

        slide = attract.locator("figure.kiosk-slide.is-current")
        expect(slide).to_have_count(1)
        expect(slide.locator("figcaption")).to_have_text(exhibits[0].title + " 1936")
        image = slide.locator("img")
        expect(image).to_have_attribute("alt", "Alt text 0")
        page.wait_for_function(
            "() => document.querySelector('.kiosk-slide.is-current img').complete"
        )
        assert image.evaluate("img => img.naturalWidth") > 0
        assert image.evaluate("img => getComputedStyle(img).animationName") != "none"
        assert attract.locator("img").count() < len(TITLES)  # the others load on their turn
        expect(attract.locator(".kiosk-attract-pause")).to_be_visible()

        page.touchscreen.tap(tile["x"] + tile["width"] / 2, tile["y"] + tile["height"] / 2)
        expect(attract).to_be_hidden()
        assert state(page) == "active"
        page.wait_for_timeout(1000)
        assert page.url == f"{live_server}/kiosk/main/"  # the tile under the tap did not open
        expect(page.locator(".kiosk-countdown")).to_be_visible(timeout=WAIT)


def test_with_reduced_motion_the_loop_only_fades_and_can_be_paused(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, **FAST_IDLE)
    with kiosk_page(browser, reduced_motion="reduce") as page:
        open_kiosk(page, f"{live_server}/kiosk/")
        attract = page.locator(".kiosk-attract")
        expect(attract).to_be_visible(timeout=WAIT)
        image = attract.locator(".kiosk-slide.is-current img")
        assert image.evaluate("img => getComputedStyle(img).animationName") == "none"
        assert "opacity" in attract.locator(".kiosk-slide.is-current").evaluate(
            "slide => getComputedStyle(slide).transitionProperty"
        )

        pause = page.get_by_role("button", name="Pause")
        expect(pause).to_be_visible()
        expect(pause).to_have_attribute("aria-pressed", "false")
        pause.tap()
        expect(pause).to_have_attribute("aria-pressed", "true")
        expect(attract).to_be_visible()
        assert state(page) == "attract"
        pause.tap()
        expect(pause).to_have_attribute("aria-pressed", "false")
        expect(attract).to_be_visible()


OUTSIDE = (
    '<p class="outside"><a href="https://example.org/">Example site</a> '
    '<a href="/exhibits/">Public catalogue</a> <a href="mailto:x@example.org">Write</a></p>'
)


def add_outside_links(route: Route) -> None:
    """Serve the page with links that leave the kiosk, as a template mistake would."""
    response = route.fetch()
    main = '<main id="main" class="kiosk-main">'
    html = response.text().replace(main, main + OUTSIDE, 1)
    route.fulfill(response=response, body=html)


def kiosk_links_only(page: Page, server: str) -> None:
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(link => link.href)")
    assert hrefs, "a kiosk page has links"
    for href in hrefs:
        assert href.startswith(f"{server}/kiosk/"), href


def prevented(target: Locator, kind: str, name: str) -> bool:
    """Whether the page cancels an event, e.g. the context menu a long press would open."""
    return target.evaluate(
        "(el, [kind, name]) => !el.dispatchEvent("
        "new window[kind](name, {bubbles: true, cancelable: true}))",
        [kind, name],
    )


def test_no_element_links_outside_the_kiosk(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    exhibits = kiosk_collection(make_exhibit)
    linked = make_exhibit(
        featured=True, description="See [the archive](https://example.org/archive) for more."
    )
    with app.app_context():
        stops = [catalog.NewStop(exhibit.id) for exhibit in (exhibits[0], linked)]
        tour = catalog.create_tour(title="Along the border", stops=stops, published=True)
        kiosks.save_profile(None, {"name": "Tour hall", "start": "tour", "start_tour_id": tour.id})
    pages = [
        "/kiosk/",
        f"/kiosk/main/exhibits/{linked.slug}",
        "/kiosk/tour-hall/",
        "/kiosk/tour-hall/tour/1",
        "/kiosk/tour-hall/tour/2",
    ]
    with kiosk_page(browser) as page:
        for path in pages:
            open_kiosk(page, live_server + path)
            kiosk_links_only(page, live_server)
        expect(page.locator(".kiosk-description")).to_contain_text("See the archive for more.")
        expect(page.locator("a", has_text="the archive")).to_have_count(0)
        assert prevented(page.locator(".kiosk-button").first, "MouseEvent", "contextmenu")


def test_links_off_the_kiosk_become_text_and_do_nothing(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    kiosk_collection(make_exhibit)
    with kiosk_page(browser) as page:
        page.route(f"{live_server}/kiosk/", add_outside_links)
        open_kiosk(page, f"{live_server}/kiosk/")
        outside = page.locator(".outside")
        expect(outside).to_have_text("Example site Public catalogue Write")
        expect(outside.locator("a")).to_have_count(0)
        kiosk_links_only(page, live_server)
        page.get_by_text("Example site").tap()
        page.wait_for_timeout(500)
        assert page.url == f"{live_server}/kiosk/"

        page.evaluate(
            """() => {
                const late = document.createElement('a');
                late.href = 'https://example.org/late';
                late.textContent = 'Added later';
                document.querySelector('main').append(late);
            }"""
        )
        expect(page.get_by_text("Added later")).to_be_visible()
        page.wait_for_function("() => !document.querySelector('a[href*=\"example.org\"]')")
        assert prevented(page.locator("img").first, "DragEvent", "dragstart")
