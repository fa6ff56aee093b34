"""The demo museum's galleries in Chromium: one per theme, in the curator's order, on a phone."""

import itertools

from museum.demo.content import EXHIBITS, GALLERIES
from museum.themes import THEMES

TITLES = {exhibit["accession_number"]: exhibit["title"] for exhibit in EXHIBITS}
PHONE = {"width": 360, "height": 740}


def test_each_themed_gallery_shows_its_exhibits_in_order_in_its_own_colours(demo_server, page):
    backgrounds = {}
    for gallery in GALLERIES:
        page.goto(f"{demo_server}/galleries/{gallery['slug']}")
        theme = THEMES[gallery["theme"]]
        assert page.locator("body").get_attribute("class") == f"theme-{theme.name} gallery-page"
        pieces = page.locator(f"ol.pieces.layout-{theme.layout.name} .piece-title a")
        assert pieces.all_inner_texts() == [TITLES[number] for number in gallery["exhibits"]]
        backgrounds[theme.name] = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert len(set(backgrounds.values())) == len(GALLERIES), backgrounds


def test_pieces_read_row_by_row_in_the_curators_order(demo_server, page):
    """On screen as in the page: each piece stands right of the one before it in the same row,
    or starts lower down."""
    for gallery in GALLERIES:
        page.goto(f"{demo_server}/galleries/{gallery['slug']}")
        boxes = page.locator("ol.pieces > li").evaluate_all(
            "items => items.map(item => item.getBoundingClientRect().toJSON())"
        )
        assert len(boxes) == len(gallery["exhibits"])
        for before, after in itertools.pairwise(boxes):
            same_row_right = (
                after["left"] >= before["right"] - 1 and after["top"] < before["bottom"]
            )
            assert same_row_right or after["top"] > before["top"], (gallery["theme"], boxes)


def test_no_gallery_scrolls_sideways_on_a_360px_phone(demo_server, browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        for path in ["/galleries/"] + [f"/galleries/{g['slug']}" for g in GALLERIES]:
            page.goto(demo_server + path)
            widths = page.evaluate("[document.scrollingElement.scrollWidth, innerWidth]")
            assert widths[0] <= widths[1], (path, widths)
    finally:
        context.close()


def seconds(duration: str) -> float:
    """The longest of a computed transition-duration ("0.15s, 0.15s")."""
    return max(float(part.strip().removesuffix("s")) for part in duration.split(","))


def hovered_piece_motion(browser, url: str, reduced_motion: str) -> list[str]:
    context = browser.new_context(reduced_motion=reduced_motion)
    try:
        page = context.new_page()
        page.goto(url)
        piece = page.locator("ol.pieces > li").first
        piece.hover()
        return piece.evaluate(
            "el => [getComputedStyle(el).transitionDuration, getComputedStyle(el).transform]"
        )
    finally:
        context.close()


def test_hover_motion_stops_when_the_visitor_asks_for_less_motion(demo_server, browser):
    url = f"{demo_server}/galleries/{GALLERIES[0]['slug']}"
    duration, transform = hovered_piece_motion(browser, url, "no-preference")
    assert seconds(duration) >= 0.1 and transform != "none"
    duration, transform = hovered_piece_motion(browser, url, "reduce")
    assert seconds(duration) < 0.001 and transform == "none"
