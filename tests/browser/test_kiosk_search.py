"""Kiosk search with a finger: the on-screen keyboard types, the engine forgives a typo."""

from playwright.sync_api import expect

from tests.kiosk_data import kiosk_collection, set_up_kiosk, touch_context


def search_page(app, browser, live_server: str, make_exhibit, **profile):
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, search_enabled=True, **profile)
    context = touch_context(browser)
    page = context.new_page()
    page.goto(f"{live_server}/kiosk/")
    page.get_by_role("link", name="Search").tap()
    expect(page.get_by_role("searchbox")).to_have_attribute("inputmode", "none")
    return context, page


def tap_keys(page, text: str) -> None:
    keyboard = page.locator(".kiosk-keyboard")
    for letter in text:
        keyboard.get_by_role("button", name=letter, exact=True).tap()


def test_tapping_a_misspelled_word_finds_the_exhibit(app, browser, live_server, make_exhibit):
    context, page = search_page(app, browser, live_server, make_exhibit)
    box = page.get_by_role("searchbox")
    tap_keys(page, "preess")
    expect(box).to_have_value("preess")
    expect(box).to_be_focused()  # the keys did not take the focus from the box
    page.get_by_role("button", name="Backspace").tap()
    tap_keys(page, "s")
    expect(box).to_have_value("preess")
    assert box.evaluate("e => e.selectionStart === e.value.length")
    key = page.locator(".kiosk-keyboard").get_by_role("button", name="q", exact=True)
    size = key.bounding_box()
    assert size["width"] >= 64 and size["height"] >= 64
    page.get_by_role("button", name="Search", exact=True).tap()
    expect(page.locator(".kiosk-corrected")).to_have_text("Showing results for press")
    tiles = page.locator(".kiosk-results .kiosk-tile")
    expect(tiles).to_have_count(1)
    tiles.first.tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Customs seal press")
    context.close()


def test_the_keyboard_switches_to_russian_and_turkmen_layouts(
    app, browser, live_server, make_exhibit
):
    context, page = search_page(app, browser, live_server, make_exhibit, languages="en,ru,tk")
    keyboard = page.locator(".kiosk-keyboard")
    languages = keyboard.get_by_role("group", name="Keyboard language")
    expect(languages.get_by_role("button")).to_have_text(["English", "Русский", "Türkmençe"])
    expect(keyboard.get_by_role("button", name="й", exact=True)).to_be_hidden()
    languages.get_by_role("button", name="Русский").tap()
    expect(languages.get_by_role("button", name="Русский")).to_have_attribute(
        "aria-pressed", "true"
    )
    for letter in "йцукенж":
        expect(keyboard.get_by_role("button", name=letter, exact=True)).to_be_visible()
    expect(keyboard.get_by_role("button", name="q", exact=True)).to_be_hidden()
    tap_keys(page, "пресс")
    expect(page.get_by_role("searchbox")).to_have_value("пресс")
    languages.get_by_role("button", name="Türkmençe").tap()
    for letter in "çäžňöşüý":
        expect(keyboard.get_by_role("button", name=letter, exact=True)).to_be_visible()
    context.close()


def test_one_language_has_no_layout_switch(app, browser, live_server, make_exhibit):
    context, page = search_page(app, browser, live_server, make_exhibit, languages="en")
    expect(page.get_by_role("group", name="Keyboard language")).to_have_count(0)
    expect(page.get_by_role("button", name="Enter")).to_be_visible()
    context.close()


def test_a_search_that_finds_nothing_says_so(app, browser, live_server, make_exhibit):
    context, page = search_page(app, browser, live_server, make_exhibit)
    tap_keys(page, "zzqx")
    page.get_by_role("button", name="Clear all").tap()
    expect(page.get_by_role("searchbox")).to_have_value("")
    tap_keys(page, "zzqq")
    page.get_by_role("button", name="Enter").tap()  # the keyboard's own Enter submits too
    expect(page.get_by_role("heading", name="Nothing found for “zzqq”")).to_be_visible()
    expect(page.get_by_text("Try another word")).to_be_visible()
    expect(page.locator(".kiosk-results .kiosk-tile")).to_have_count(0)
    # The keyboard folds away for the results and comes back for the next search.
    show = page.get_by_role("button", name="Show the keyboard")
    expect(
        page.locator(".kiosk-keyboard").get_by_role("button", name="a", exact=True)
    ).to_be_hidden()
    show.tap()
    page.get_by_role("button", name="Backspace").tap()
    expect(page.get_by_role("searchbox")).to_have_value("zzq")
    context.close()
