"""The kiosk's languages on a touch screen: a tap switches to the same page in another
language, the idle reset goes back to the start in the default language, the keyboard follows
the page and a language the visitor never opened still works offline."""

from collections.abc import Iterator
from contextlib import contextmanager

from flask import Flask
from playwright.sync_api import Browser, Page, expect

from tests.kiosk_data import FAST_IDLE, set_up_kiosk, touch_context

WAIT = 20_000  # ms: generous, the machine is shared
WARM_TIMEOUT = 60_000
READY = "() => document.body.dataset.offlineReady === 'true'"
CALM = {"idle_seconds": 60, "warning_seconds": 10, "attract_seconds": 120}


@contextmanager
def kiosk_page(browser: Browser) -> Iterator[Page]:
    context = touch_context(browser)
    try:
        yield context.new_page()
    finally:
        context.close()


def open_kiosk(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_function("() => performance.getEntriesByName('kiosk-ready').length === 1")


def russian_exhibit(make_exhibit, **fields):
    return make_exhibit(
        title="Seal press", title_ru="Пресс для пломб", featured=True, images=1, **fields
    )


def expect_page(page: Page, url: str, language: str, heading: str) -> None:
    page.wait_for_url(url, timeout=WAIT)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_have_text(heading)


def test_a_tap_on_russian_shows_the_same_exhibit_in_russian_and_back_stays_russian(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    exhibit = russian_exhibit(make_exhibit)
    set_up_kiosk(app, languages="en,ru,tk", **CALM)
    with kiosk_page(browser) as page:
        open_kiosk(page, f"{live_server}/kiosk/main/")
        length = page.evaluate("history.length")
        page.get_by_role("link", name=exhibit.title).tap()
        expect_page(page, f"**/kiosk/main/exhibits/{exhibit.slug}", "en", exhibit.title)

        languages = page.locator("nav.kiosk-languages")  # named "Language" in each language
        expect(languages).to_have_attribute("aria-label", "Language")
        expect(languages.get_by_role("link")).to_have_text(["English", "Русский", "Türkmençe"])
        russian = languages.get_by_role("link", name="Русский")
        size = russian.bounding_box()
        assert size["height"] >= 64 and size["width"] >= 64
        russian.tap()
        exhibit_ru = f"{live_server}/ru/kiosk/main/exhibits/{exhibit.slug}"
        expect_page(page, exhibit_ru, "ru", "Пресс для пломб")
        expect(languages.locator("[aria-current=true]")).to_have_text("Русский")
        assert page.evaluate("history.length") == length

        page.locator(".kiosk-back").tap()  # the visitor came from the start: now in Russian
        page.wait_for_url(f"{live_server}/ru/kiosk/main/", timeout=WAIT)
        expect(page.locator(".kiosk-tile-title")).to_have_text("Пресс для пломб")
        page.get_by_role("link", name="English").tap()
        expect_page(page, f"{live_server}/kiosk/main/", "en", "Main hall")
        assert page.context.cookies() == []


def test_the_idle_reset_goes_back_to_the_start_in_the_default_language(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    exhibit = russian_exhibit(make_exhibit)
    set_up_kiosk(app, languages="en,ru", **FAST_IDLE)
    with kiosk_page(browser) as page:
        open_kiosk(page, f"{live_server}/kiosk/main/exhibits/{exhibit.slug}")
        page.get_by_role("link", name="Русский").tap()
        expect_page(page, f"**/ru/kiosk/main/exhibits/{exhibit.slug}", "ru", "Пресс для пломб")

        expect(page.locator(".kiosk-countdown")).to_be_visible(timeout=WAIT)
        page.wait_for_url(f"{live_server}/kiosk/main/", timeout=WAIT)  # the bare address
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.locator(".kiosk-tile-title")).to_have_text(exhibit.title)
        expect(page.locator(".kiosk-home")).to_have_text("Start")
        # The attract loop that follows is in the default language too.
        caption = page.locator(".kiosk-attract .kiosk-slide.is-current figcaption")
        expect(caption).to_contain_text(exhibit.title, timeout=WAIT)
        assert page.context.cookies() == []


def test_a_fresh_kiosk_on_a_russian_start_page_resets_to_the_default_language(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    russian_exhibit(make_exhibit)
    set_up_kiosk(app, languages="en,ru", **FAST_IDLE)
    with kiosk_page(browser) as page:
        open_kiosk(page, f"{live_server}/ru/kiosk/main/")
        page.wait_for_url(f"{live_server}/kiosk/main/", timeout=WAIT)
        expect(page.locator("html")).to_have_attribute("lang", "en")


def test_links_to_the_kiosk_in_its_languages_stay_links_and_others_become_text(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    russian_exhibit(make_exhibit)
    set_up_kiosk(app, languages="en,ru", **CALM)
    with kiosk_page(browser) as page:
        open_kiosk(page, f"{live_server}/ru/kiosk/main/")
        kept = page.evaluate(
            """async (paths) => {
                for (const path of paths) {
                    const link = document.createElement('a');
                    link.href = path;
                    link.textContent = path;
                    document.querySelector('main').append(link);
                }
                await new Promise((done) => setTimeout(done, 50));
                return [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
            }""",
            ["/kiosk/main/search", "/ru/kiosk/main/search", "/tk/kiosk/main/", "/ru/exhibits/"],
        )
        assert "/kiosk/main/search" in kept and "/ru/kiosk/main/search" in kept
        assert "/tk/kiosk/main/" not in kept  # a language this kiosk does not offer
        assert "/ru/exhibits/" not in kept
        expect(page.locator("main .kiosk-unlinked")).to_have_count(2)


def test_the_keyboard_starts_with_the_pages_language(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    set_up_kiosk(app, languages="en,ru,tk", search_enabled=True, **CALM)
    with kiosk_page(browser) as page:
        for prefix, language in (("", "en"), ("/ru", "ru"), ("/tk", "tk")):
            open_kiosk(page, f"{live_server}{prefix}/kiosk/main/search")
            shown = page.locator(".kiosk-layout:not([hidden])")
            expect(shown).to_have_attribute("data-layout", language)
            choice = page.locator(".kiosk-layout-choice[aria-pressed=true]")
            expect(choice).to_have_attribute("lang", language)
        expect(page.get_by_role("button", name="ş", exact=True)).to_be_visible()


def test_offline_a_language_never_opened_comes_from_the_copy(
    app: Flask, make_exhibit, browser: Browser, live_server: str
) -> None:
    exhibit = russian_exhibit(make_exhibit)
    set_up_kiosk(app, languages="en,ru", **CALM)
    with kiosk_page(browser) as page:
        open_kiosk(page, f"{live_server}/kiosk/")
        page.wait_for_function(READY, timeout=WARM_TIMEOUT)
        page.context.set_offline(True)
        page.get_by_role("link", name="Русский").tap()
        expect_page(page, f"{live_server}/ru/kiosk/", "ru", "Main hall")
        page.get_by_role("link", name="Пресс для пломб").tap()
        expect_page(page, f"**/ru/kiosk/main/exhibits/{exhibit.slug}", "ru", "Пресс для пломб")
        expect(page.locator(".kiosk-offline")).to_be_visible()
        image = page.locator(".kiosk-image img").first  # /ru/media/...: kept once, bare
        expect(image).to_be_visible()
        assert image.evaluate("img => img.decode().then(() => img.naturalWidth > 0, () => false)")
