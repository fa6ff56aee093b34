"""The kiosk's pages in a touch screen's Chromium: axe-core finds nothing, every target is big
enough for a finger and every text big enough to read from a few steps away."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_accessibility import AXE_OPTIONS, violations_report
from tests.kiosk_data import kiosk_collection, set_up_kiosk, touch_context
from tests.visitor_pages import KIOSK_PAGE_NAMES, kiosk_pages

MIN_TARGET_PX = 48
MIN_TEXT_PX = 18  # the smallest print on the kiosk; headings and tiles are far larger

# Interactive elements smaller than a fingertip, and text smaller than the kiosk's minimum.
SIZE_PROBE = """([minTarget, minText]) => {
  const shown = el => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
  const small = [...document.querySelectorAll('a[href], button, input, [role=button]')]
    .filter(el => shown(el) && !el.closest('svg'))
    .map(el => [el, el.getBoundingClientRect()])
    .filter(([el, r]) => r.width < minTarget || r.height < minTarget)
    .map(([el, r]) => `${el.outerHTML.slice(0, 80)}: ${r.width}x${r.height}`);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const tiny = [];
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!node.textContent.trim() || !shown(el) || el.closest('.visually-hidden, svg')) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minText) tiny.push(`${node.textContent.trim().slice(0, 40)}: ${size}px`);
  }
  return {small, tiny};
}"""


@pytest.fixture(scope="module")
def paths(demo_app) -> dict[str, str]:
    return kiosk_pages(demo_app)


@pytest.fixture(scope="module")
def screen(browser):
    context = touch_context(browser)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


@pytest.mark.parametrize("name", KIOSK_PAGE_NAMES)
def test_kiosk_pages_have_no_axe_violations(name, paths, demo_server, screen, axe):
    screen.goto(demo_server + paths[name])
    response = axe.run(screen, options=AXE_OPTIONS).response
    assert not response["violations"], f"axe-core on {name}:\n{violations_report(response)}"


@pytest.mark.parametrize("name", KIOSK_PAGE_NAMES)
def test_kiosk_targets_and_text_are_large(name, paths, demo_server, screen):
    screen.goto(demo_server + paths[name])
    found = screen.evaluate(SIZE_PROBE, [MIN_TARGET_PX, MIN_TEXT_PX])
    assert not found["small"], "targets under 48 px:\n" + "\n".join(found["small"])
    assert not found["tiny"], "text under 18 px:\n" + "\n".join(found["tiny"])


def test_kiosk_pages_in_other_languages_pass_too(app, make_exhibit, browser, live_server, axe):
    """/ru/ and /tk/ pages with the language buttons, a text not yet translated (marked with
    its language, and the notice) and the keyboard in the page's language."""
    exhibit = make_exhibit(title="Seal press", title_ru="Пресс для пломб", featured=True)
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, languages="en,ru,tk")
    context = touch_context(browser)
    page = context.new_page()
    paths = ["/ru/kiosk/main/", f"/ru/kiosk/main/exhibits/{exhibit.slug}"]
    for path in [*paths, "/tk/kiosk/main/search", "/tk/kiosk/main/search?q=seal"]:
        page.goto(live_server + path)
        assert page.locator(".kiosk-language").count() == 3, path
        response = axe.run(page, options=AXE_OPTIONS).response
        assert not response["violations"], f"axe-core on {path}:\n{violations_report(response)}"
        found = page.evaluate(SIZE_PROBE, [MIN_TARGET_PX, MIN_TEXT_PX])
        assert not found["small"] and not found["tiny"], f"{path}: {found}"
    assert page.locator(".kiosk-untranslated").count() == 0  # the search page has none
    page.goto(live_server + paths[1])
    assert page.locator(".kiosk-untranslated").count() == 1
    context.close()
