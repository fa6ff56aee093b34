"""A visitor in Chromium narrows the browse page with its links and its form, by keyboard too."""

import re

import pytest

TITLES = {
    ("document", "1934"): "Decree of the thirties",
    ("document", "1952"): "Letter of the fifties",
    ("photograph", "1936"): "Photograph of the thirties",
}


@pytest.fixture
def browse_url(live_server, make_exhibit):
    for (kind, year), title in TITLES.items():
        make_exhibit(kind, title=title, date_text=year, images=0)
    return live_server + "/exhibits/"


def card_titles(page) -> list[str]:
    return page.locator(".card-title").all_inner_texts()


def test_filter_by_kind_with_a_link_then_by_decade_with_the_form(page, browse_url):
    page.goto(browse_url)
    assert len(card_titles(page)) == 3
    kinds = page.get_by_role("navigation", name="Kinds")
    kinds.get_by_role("link", name=re.compile(r"^Documents")).click()
    page.wait_for_url("**/exhibits/?kind=document")
    assert sorted(card_titles(page)) == ["Decree of the thirties", "Letter of the fifties"]

    page.get_by_label("Decade").select_option("1930")
    page.get_by_role("button", name="Show exhibits").click()
    page.wait_for_url(re.compile(r"/exhibits/\?kind=document&decade=1930$"))
    assert card_titles(page) == ["Decree of the thirties"]
    assert page.get_by_label("Kind", exact=True).input_value() == "document"

    page.get_by_role("link", name="remove filter Kind: Documents").click()
    page.wait_for_url(re.compile(r"/exhibits/\?decade=1930$"))
    assert sorted(card_titles(page)) == ["Decree of the thirties", "Photograph of the thirties"]


def test_timeline_shows_decade_headings(page, browse_url):
    page.goto(browse_url)
    page.get_by_role("navigation", name="Views").get_by_role(
        "link", name="Timeline by decade"
    ).click()
    headings = page.locator(".timeline h2").all_inner_texts()
    assert headings == ["1930s", "1950s"]


def test_tab_reaches_the_filter_controls_with_a_visible_focus(page, browse_url):
    page.goto(browse_url)
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
                const el = document.activeElement;
                const style = getComputedStyle(el);
                return {id: el.id, tag: el.tagName, text: el.textContent.trim(),
                        outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
            }"""
        )
        reached.append(focused)
        if focused["text"] == "Show exhibits":
            break
    ids = [item["id"] for item in reached]
    for control in ("browse-kind", "browse-decade", "browse-sort", "browse-images"):
        assert control in ids, ids
    for item in reached:
        if item["id"].startswith("browse-") or item["tag"] == "BUTTON":
            assert item["outline"] != "none" and item["width"] >= 2, item
    assert reached[-1]["tag"] == "BUTTON"
