"""Deep zoom in Chromium: the vendored viewer reads IIIF tiles; every tile it asks for exists."""

from museum import catalog
from tests import media_corpus as corpus


def test_clicking_an_exhibit_image_opens_deep_zoom_on_iiif_tiles(
    app, live_server, page, make_exhibit
):
    exhibit = make_exhibit("document", title="Customs decree", images=0)
    with app.app_context():
        catalog.update_exhibit(
            exhibit.id,
            {},
            add_images=[catalog.NewImage(corpus.jpeg((4000, 3000)), "decree.jpg", "", "Decree")],
        )
    tiles: list[tuple[int, str]] = []
    page.on(
        "response",
        lambda response: (
            tiles.append((response.status, response.url))
            if "/iiif/image/" in response.url
            else None
        ),
    )
    page.goto(f"{live_server}/exhibits/{exhibit.slug}")
    picture = page.get_by_role("img", name="Decree")
    assert picture.get_attribute("loading") is None  # the first image is above the fold
    assert "webp" in page.locator("picture source").first.get_attribute("type")
    page.get_by_role("link", name="Zoom into Decree").click()
    dialog = page.get_by_role("dialog", name="Image viewer")
    dialog.locator("canvas").first.wait_for()
    page.wait_for_function(
        "() => document.querySelectorAll('.zoom-viewer canvas').length > 0", timeout=5000
    )
    page.wait_for_timeout(800)
    viewer = dialog.locator(".zoom-viewer")
    box = viewer.bounding_box()
    for _ in range(4):  # zoom in towards the centre: the viewer fetches finer tiles
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.wheel(0, -600)
        page.wait_for_timeout(400)
    page.wait_for_timeout(800)
    fetched = [url for status, url in tiles if url.endswith("default.jpg")]
    assert any(url.endswith("info.json") for _status, url in tiles)
    assert len(fetched) >= 4, tiles
    assert all(status == 200 for status, _url in tiles), tiles
    assert any("/512,512/" in url for url in fetched)  # full-resolution tiles were reached
    dialog.get_by_role("button", name="Close").click()
    assert not dialog.is_visible()


def test_without_javascript_the_image_link_opens_the_large_picture(
    browser, live_server, make_exhibit
):
    exhibit = make_exhibit("photograph", title="Post")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/exhibits/{exhibit.slug}")
    page.get_by_role("link", name="Zoom into Alt text 0").click()
    assert page.url.endswith("/kiosk.jpg")
    context.close()
