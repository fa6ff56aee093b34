"""Kiosk images on a touch screen: tap into an exhibit, swipe its images, pinch-zoom viewer."""

from playwright.sync_api import expect

from museum import catalog
from tests import media_corpus as corpus
from tests.kiosk_data import kiosk_collection, touch_context


def open_first_exhibit(browser, live_server: str, make_exhibit):
    """A touch context on the kiosk's start screen, tapped through to the 3-image exhibit."""
    kiosk_collection(make_exhibit)
    context = touch_context(browser)
    page = context.new_page()
    page.goto(f"{live_server}/kiosk/")
    page.get_by_role("link", name="Customs seal press").tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Customs seal press")
    return context, page


def swipe_left(page, selector: str) -> None:
    """A finger dragging from right to left across the element, as raw touch events."""
    box = page.locator(selector).bounding_box()
    x, y = box["x"] + box["width"] * 0.8, box["y"] + box["height"] / 2
    session = page.context.new_cdp_session(page)
    session.send(
        "Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]}
    )
    for step in range(1, 11):
        point = {"x": x - step * box["width"] * 0.06, "y": y}
        session.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
        page.wait_for_timeout(16)
    session.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    session.detach()


def test_swiping_and_tapping_move_through_the_exhibit_images(browser, live_server, make_exhibit):
    context, page = open_first_exhibit(browser, live_server, make_exhibit)
    count = page.locator(".kiosk-image-count")
    expect(count).to_have_text("1 of 3")
    previous = page.get_by_role("button", name="Previous image")
    expect(previous).to_be_disabled()
    swipe_left(page, ".kiosk-image-strip")
    expect(count).to_have_text("2 of 3", timeout=10_000)
    expect(page.get_by_role("img", name="Alt text 1")).to_be_in_viewport()
    next_image = page.get_by_role("button", name="Next image")
    next_image.tap()
    expect(count).to_have_text("3 of 3", timeout=10_000)
    expect(next_image).to_be_disabled()
    box = next_image.bounding_box()
    assert box["width"] >= 48 and box["height"] >= 48
    previous.tap()
    expect(count).to_have_text("2 of 3", timeout=10_000)
    context.close()


def test_an_exhibit_with_one_image_has_no_image_buttons(browser, live_server, make_exhibit):
    kiosk_collection(make_exhibit)
    context = touch_context(browser)
    page = context.new_page()
    page.goto(f"{live_server}/kiosk/")
    page.get_by_role("link", name="Border post ledger").tap()
    expect(page.get_by_role("button", name="Zoom into Alt text 0")).to_be_visible()
    expect(page.get_by_role("button", name="Next image")).to_have_count(0)
    expect(page.locator(".kiosk-image-count")).to_have_count(0)
    context.close()


def open_viewer(page, image_name: str):
    page.get_by_role("button", name=f"Zoom into {image_name}").tap()
    dialog = page.get_by_role("dialog", name="Image viewer")
    expect(dialog).to_be_visible()
    expect(dialog.locator(".kiosk-viewer-area canvas").first).to_be_attached()
    page.wait_for_function("() => window.kioskViewer.world.getItemCount() === 1")
    return dialog


def test_tapping_an_image_opens_one_viewer_that_close_removes(browser, live_server, make_exhibit):
    context, page = open_first_exhibit(browser, live_server, make_exhibit)
    body = page.locator("body")
    expect(body).to_have_attribute("data-viewer", "closed")
    with page.expect_response(lambda response: response.url.endswith("/kiosk.jpg")) as large:
        dialog = open_viewer(page, "Alt text 0")
    assert large.value.status == 200
    expect(body).to_have_attribute("data-viewer", "open")
    area = dialog.locator(".kiosk-viewer-area")
    assert area.evaluate("e => getComputedStyle(e).touchAction") == "none"
    close = dialog.get_by_role("button", name="Close")
    assert close.bounding_box()["height"] >= 48
    close.tap()
    expect(page.locator("dialog")).to_have_count(0)
    expect(body).to_have_attribute("data-viewer", "closed")
    assert page.evaluate("() => window.kioskViewer") is None
    # The page is usable again: the next image opens in a fresh viewer, the only one.
    page.get_by_role("button", name="Next image").tap()
    expect(page.locator(".kiosk-image-count")).to_have_text("2 of 3", timeout=10_000)
    open_viewer(page, "Alt text 1")
    expect(page.locator("dialog")).to_have_count(1)
    context.close()


def test_double_tap_zooms_into_the_deep_zoom_tiles(app, browser, live_server, make_exhibit):
    exhibit = make_exhibit(title="Customs map", images=0)
    with app.app_context():
        big = catalog.NewImage(corpus.jpeg((4000, 3000)), "map.jpg", "", "Map of the post")
        catalog.update_exhibit(exhibit.id, {}, add_images=[big])
    context = touch_context(browser)
    page = context.new_page()
    iiif: list[tuple[int, str]] = []
    page.on(
        "response",
        lambda response: (
            iiif.append((response.status, response.url)) if "/iiif/" in response.url else None
        ),
    )
    page.goto(f"{live_server}/kiosk/main/exhibits/{exhibit.slug}")
    dialog = open_viewer(page, "Map of the post")
    assert any(url.endswith("/info.json") for _status, url in iiif)
    page.wait_for_timeout(1500)  # the opening animation settles
    before = page.evaluate("() => window.kioskViewer.viewport.getZoom(true)")
    box = dialog.locator(".kiosk-viewer-area").bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.touchscreen.tap(*centre)
    page.touchscreen.tap(*centre)
    page.wait_for_function(
        "before => window.kioskViewer.viewport.getZoom(true) > before * 1.5", arg=before
    )
    page.wait_for_timeout(1000)
    assert len(iiif) > 2 and all(status == 200 for status, _url in iiif), iiif
    context.close()
