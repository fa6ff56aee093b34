"""A visitor in Chromium: from the home page to an exhibit."""


def test_visitor_follows_a_highlight_from_home_to_the_exhibit(live_server, page, make_exhibit):
    exhibit = make_exhibit("photograph", title="Customs post at dawn", featured=True)
    page.goto(live_server + "/")
    page.get_by_role("link", name="Customs post at dawn").click()
    page.wait_for_url(f"**/exhibits/{exhibit.slug}")
    assert page.get_by_role("heading", level=1).inner_text() == "Customs post at dawn"
    image = page.get_by_role("img", name="Alt text 0")
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_short_link_lands_on_the_exhibit_page(live_server, page, make_exhibit):
    exhibit = make_exhibit("award", accession_number="AW-1998/3", title="Wrestling cup")
    page.goto(live_server + "/e/AW-1998/3")
    assert page.url.endswith(f"/exhibits/{exhibit.slug}")
    assert "Wrestling cup" in page.title()


def test_a_visitor_searches_with_a_typo_and_opens_the_corrected_hit(
    live_server, page, make_exhibit
):
    exhibit = make_exhibit("equipment", title="Wide-carriage typewriter")
    make_exhibit("equipment", title="Desk lamp")
    page.goto(live_server + "/")
    page.get_by_role("searchbox", name="Search the collection").fill("typewritter")
    page.get_by_role("button", name="Search", exact=True).click()
    assert "Showing results for" in page.locator(".corrected").inner_text()
    page.get_by_role("link", name="Wide-carriage typewriter").click()
    page.wait_for_url(f"**/exhibits/{exhibit.slug}")
