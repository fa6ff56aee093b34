"""The officer's desk in Chromium: its hotspots are reached with Tab, show focus, and lead on."""

DESK = "/exhibits/the-desk-of-a-customs-officer"
FOCUS_LOOK = """a => {
  const rect = getComputedStyle(a.querySelector('rect'));
  const link = getComputedStyle(a);
  return [rect.stroke, rect.strokeWidth, rect.strokeDasharray,
          link.outlineStyle, link.outlineWidth];
}"""


def tab_to_first_hotspot(page) -> str:
    """Press Tab from the top of the page until a hotspot has focus; return its name."""
    for _ in range(20):
        page.keyboard.press("Tab")
        name = page.evaluate(
            "() => document.activeElement.closest('svg.hotspots')"
            " ? document.activeElement.getAttribute('aria-label') : null"
        )
        if name:
            return name
    raise AssertionError("no hotspot took the keyboard focus")


def test_a_keyboard_visitor_tabs_to_a_hotspot_sees_it_and_opens_the_part(demo_server, page):
    page.goto(demo_server + DESK)
    scene = page.get_by_role("group", name="Objects in the scene")
    first = scene.get_by_role("link").first
    resting = first.evaluate(FOCUS_LOOK)

    name = tab_to_first_hotspot(page)

    assert name == first.get_attribute("aria-label")
    focused = first.evaluate(FOCUS_LOOK)
    assert focused != resting  # the focus shows: a solid, wider stroke and an outline
    assert focused[3] == "solid" and focused[4] != "0px"
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_role("heading", level=1).inner_text() == name
    assert page.get_by_role("link", name="The desk of a customs officer", exact=True).is_visible()


def test_every_hotspot_has_a_name_and_a_click_opens_its_part(demo_server, page):
    page.goto(demo_server + DESK)
    spots = page.get_by_role("group", name="Objects in the scene").get_by_role("link")
    names = [spots.nth(i).get_attribute("aria-label") for i in range(spots.count())]
    assert len(names) >= 5 and all(names)
    parts = page.get_by_role("region", name="Parts of this ensemble").get_by_role("link")
    part_names = {parts.nth(i).locator(".card-title").inner_text() for i in range(parts.count())}
    assert set(names) <= part_names

    page.get_by_role("link", name=names[-1], exact=True).first.click()

    page.wait_for_url("**/exhibits/*")
    assert page.get_by_role("heading", level=1).inner_text() == names[-1]
