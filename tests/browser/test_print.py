"""An exhibit page on paper: no navigation, black on white, the short link and its QR kept."""


def test_printing_an_exhibit_keeps_the_exhibit_and_its_link_and_drops_the_rest(
    live_server, page, make_exhibit
):
    exhibit = make_exhibit("photograph", title="Post at dawn", accession_number="PH-1936/2")
    page.goto(f"{live_server}/exhibits/{exhibit.slug}")
    page.emulate_media(media="print")

    for hidden in ("nav[aria-label=Main]", ".site-search", ".site-footer"):
        assert not page.locator(hidden).is_visible(), hidden
    assert page.get_by_role("heading", level=1).is_visible()
    assert page.get_by_role(
        "img", name="QR code for http://127.0.0.1:5000/e/PH-1936/2"
    ).is_visible()
    assert page.get_by_text("Permanent link: http://127.0.0.1:5000/e/PH-1936/2").is_visible()
    looks = page.evaluate(
        """() => [getComputedStyle(document.body).backgroundColor,
                  getComputedStyle(document.querySelector('h1')).color,
                  getComputedStyle(document.querySelector('.exhibit-images figure')).breakInside]"""
    )
    assert looks == ["rgb(255, 255, 255)", "rgb(0, 0, 0)", "avoid"]

    page.emulate_media(media="screen")
    assert page.locator("nav[aria-label=Main]").is_visible()
