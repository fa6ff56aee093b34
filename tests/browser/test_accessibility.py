"""WCAG 2.2 AA in Chromium: axe-core on the visitors' pages of the demo museum, visible focus
for every keyboard stop, reduced motion honoured, alt text from the catalog."""

import re
from html.parser import HTMLParser

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import select

from museum import db
from museum.models import Exhibit
from tests.visitor_pages import PAGE_NAMES, visitor_pages

AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
PHONE = {"viewport": {"width": 360, "height": 740}, "reduced_motion": "reduce"}
PHONE_PAGES = ["home", "exhibit-ensemble", "gallery-darkroom", "tour-stop", "search", "browse"]
FOCUS_PAGES = ["home", "exhibit-ensemble", "search", "browse"] + [
    name for name in PAGE_NAMES if name.startswith("gallery-")
]
MAX_TABS = 80
# The /ru/ and /tk/ versions checked too: translated text must not break a page.
LANGUAGE_PAGES = ["home", "exhibit-document", "exhibit-ensemble", "gallery-darkroom", "tour-stop"]
LANGUAGE_PAGES += ["search", "browse"]

# For each keyboard stop: the outline's width and style, and its contrast against the first
# opaque background behind it (the parent's: the outline sits outside the element).
FOCUS_PROBE = """() => {
  const rgb = text => (text.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  const element = document.activeElement;
  window.focusSeen = window.focusSeen || new Set();
  if (!element || element === document.body || window.focusSeen.has(element)) return null;
  window.focusSeen.add(element);
  // The ring may be drawn by a pseudo-element (round a whole card: its positioned ancestor)
  // or, in an SVG hotspot, by the shape's stroke.
  const pseudo = ['::after', '::before'].map(p => getComputedStyle(element, p))
    .find(s => s.outlineStyle !== 'none');
  const style = pseudo || getComputedStyle(element);
  const shape = element instanceof SVGElement && element.querySelector('rect, circle, path');
  if (style.outlineStyle === 'none' && shape) {
    const stroke = getComputedStyle(shape);
    return {name: 'svg ' + (element.getAttribute('aria-label') || element.textContent).trim(),
      style: stroke.stroke === 'none' ? 'none' : 'solid', width: parseFloat(stroke.strokeWidth),
      contrast: 3};  // over a photograph: no single background to measure against
  }
  const ringed = pseudo && pseudo.position === 'absolute' && element.offsetParent || element;
  // What lies just outside the ring, beside the middle of its left (or right) edge.
  const box = ringed.getBoundingClientRect();
  const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
  const x = box.left - reach >= 0 ? box.left - reach : box.right + reach;
  const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
  let background = [255, 255, 255];
  for (const behind of document.elementsFromPoint(x, y)) {
    const colour = rgb(getComputedStyle(behind).backgroundColor);
    if (!ringed.contains(behind) && (colour.length === 3 || colour[3] === 1)) {
      background = colour.slice(0, 3);
      break;
    }
  }
  const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
    + ' "' + (element.getAttribute('aria-label') || element.textContent || element.value || '')
      .trim().slice(0, 40) + '"';
  return {
    name, style: style.outlineStyle, width: parseFloat(style.outlineWidth),
    contrast: contrast(rgb(style.outlineColor).slice(0, 3), background),
  };
}"""

MOTION_PROBE = """() => {
  const seconds = text => Math.max(
    ...text.split(',').map(t => parseFloat(t) * (t.includes('ms') ? 0.001 : 1)));
  const moving = [];
  for (const element of document.querySelectorAll('*')) {
    const style = getComputedStyle(element);
    if (seconds(style.transitionDuration) > 0.01
        || (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01)
        || style.scrollBehavior === 'smooth') {
      moving.push(element.tagName.toLowerCase() + '.' + element.className);
    }
  }
  return moving;
}"""


@pytest.fixture(scope="module")
def paths(demo_app) -> dict[str, str]:
    return visitor_pages(demo_app)


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


@pytest.fixture(scope="module")
def desk(browser):
    """One desktop tab for the module's pages (a new context per page costs more than axe)."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


def violations_report(response: dict) -> str:
    lines = []
    for violation in response["violations"]:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:10]:
            lines.append(f"    {' '.join(map(str, node['target']))}")
    return "\n".join(lines)


def assert_no_violations(page, axe: Axe, where: str) -> None:
    response = axe.run(page, options=AXE_OPTIONS).response
    assert not response["violations"], f"axe-core on {where}:\n{violations_report(response)}"


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_axe_finds_no_violations(name, paths, demo_server, desk, axe):
    desk.goto(demo_server + paths[name])
    assert_no_violations(desk, axe, f"{name} ({paths[name]})")


@pytest.mark.parametrize("language", ["ru", "tk"])
@pytest.mark.parametrize("name", LANGUAGE_PAGES)
def test_axe_finds_no_violations_in_russian_and_turkmen(
    name, language, paths, demo_server, desk, axe
):
    path = f"/{language}{paths[name]}"
    desk.goto(demo_server + path)
    assert desk.evaluate("document.documentElement.lang") == language
    assert_no_violations(desk, axe, f"{name} ({path})")


@pytest.mark.parametrize("name", PHONE_PAGES)
def test_axe_finds_no_violations_on_a_phone_with_reduced_motion(
    name, paths, demo_server, phone, axe
):
    phone.goto(demo_server + paths[name])
    assert_no_violations(phone, axe, f"{name} ({paths[name]}) at 360 px")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 360, "scrolls sideways"
    assert phone.evaluate(MOTION_PROBE) == [], "moves despite prefers-reduced-motion"


@pytest.mark.parametrize("name", FOCUS_PAGES)
def test_every_keyboard_stop_shows_a_visible_focus_outline(name, paths, demo_server, desk):
    desk.goto(demo_server + paths[name])
    stops, faint = 0, []
    for _ in range(MAX_TABS):
        desk.keyboard.press("Tab")
        stop = desk.evaluate(FOCUS_PROBE)
        if stop is None:  # back at the start
            break
        stops += 1
        if stop["style"] == "none" or stop["width"] < 2 or stop["contrast"] < 3:
            faint.append(stop)
    assert stops > 3, "the keyboard reaches almost nothing"
    assert not faint, "focus hard to see:\n" + "\n".join(map(str, faint))


def test_the_skip_link_is_the_first_stop_and_leads_to_the_content(demo_server, desk):
    desk.goto(demo_server + "/")
    desk.keyboard.press("Tab")
    skip = desk.get_by_role("link", name="Skip to content")
    assert skip.evaluate("element => element === document.activeElement")
    box = skip.bounding_box()
    assert box and box["x"] >= 0 and box["y"] >= 0 and box["width"] > 24
    desk.keyboard.press("Enter")
    desk.wait_for_url(re.compile(r"#main$"), timeout=5000)  # the jump is a navigation: awaited


class ImageAlts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alts: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "img":
            self.alts.add(dict(attrs).get("alt", ""))


@pytest.mark.parametrize("name", [name for name in PAGE_NAMES if name.startswith("exhibit-")])
def test_exhibit_images_carry_the_catalogs_alt_text(name, paths, demo_app):
    slug = paths[name].rsplit("/", 1)[1]
    with demo_app.app_context():
        exhibit = db.session().scalar(select(Exhibit).where(Exhibit.slug == slug))
        expected = {image.alt_text for image in exhibit.images if not image.decorative}
    parser = ImageAlts()
    parser.feed(demo_app.test_client().get(paths[name]).get_data(as_text=True))
    assert expected, f"{name}: the demo exhibit has no described image"
    assert expected <= parser.alts, f"alt text missing: {expected - parser.alts}"
