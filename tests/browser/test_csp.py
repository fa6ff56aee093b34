"""The pages work under the Content-Security-Policy: Chromium reports no violation and no
console error while visitors, the kiosk and curators use them."""

import re

import pytest
from playwright.sync_api import expect

from museum.users import add_user
from tests import media_corpus as corpus
from tests.kiosk_data import touch_context
from tests.workspace import PASSWORD, sign_in_browser

# Each violation is handed to Python at once, so none is lost when the page navigates away.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const found = {directive: event.violatedDirective, blocked: event.blockedURI,
                 source: event.sourceFile, line: event.lineNumber, sample: event.sample};
  window.__cspViolations.push(found);
  window.reportViolation(JSON.stringify(found));
});
"""


class Watcher:
    """Collects the CSP violations and console errors of every page a context opens."""

    def __init__(self, context) -> None:
        self.problems: list[str] = []
        context.expose_function("reportViolation", lambda found: self.problems.append(found))
        context.add_init_script(LISTEN)
        context.on("page", self.watch)

    def watch(self, page) -> None:
        page.on("pageerror", lambda error: self.problems.append(f"{page.url}: {error}"))
        page.on("console", lambda message: self.console(page, message))

    def console(self, page, message) -> None:
        # A 404 page is fetched with its status: only an asset's failure counts.
        own_status = message.location.get("url") == page.url and "status of 404" in message.text
        if message.type == "error" and not own_status:
            self.problems.append(f"{page.url}: {message.text}")

    def assert_none(self, page) -> None:
        page.wait_for_timeout(300)  # late reports of the last page arrive
        assert page.evaluate("window.__cspViolations") == []
        assert not self.problems, "\n".join(self.problems)


@pytest.fixture
def watched(browser):
    def make(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        watcher = Watcher(context)
        return watcher, context.new_page()

    contexts: list = []
    yield make
    for context in contexts:
        context.close()


def zoomable_exhibit(page, server: str) -> str:
    """The address of a demo exhibit whose first image has deep-zoom tiles."""
    page.goto(f"{server}/exhibits/?images=1")
    for href in page.locator(".card a").evaluate_all("links => links.map(a => a.href)"):
        page.goto(href)
        if page.locator("a[data-zoom-info]").count():
            return href
    raise AssertionError("no demo exhibit has tiles")


def test_visitors_pages_and_the_zoom_viewer(demo_server, watched):
    watcher, page = watched()
    for path in ("/", "/exhibits/", "/exhibits/?view=timeline", "/galleries/", "/tours/",
                 "/search?q=customs", "/no/such/page"):  # fmt: skip
        page.goto(demo_server + path)
    page.goto(f"{demo_server}/galleries/")
    page.locator("main a[href*='/galleries/']").first.click()
    page.wait_for_load_state()
    # the placeholder colour comes from data-color, applied by a script
    picture = page.locator("img[data-color]").first
    colour = picture.get_attribute("data-color")
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    expect(picture).to_have_css("background-color", f"rgb({red}, {green}, {blue})")
    page.goto(f"{demo_server}/tours/")
    page.goto(page.locator("main a[href*='/tours/']").first.evaluate("a => a.href") + "/1")
    page.keyboard.press("ArrowRight")  # tour.js walks the stops
    page.wait_for_url(re.compile(r"/2$"))

    page.goto(zoomable_exhibit(page, demo_server))
    page.locator("a[data-zoom-info]").first.click()
    dialog = page.get_by_role("dialog", name="Image viewer")
    dialog.locator("canvas").first.wait_for()
    viewer = dialog.locator(".zoom-viewer").bounding_box()
    page.mouse.move(viewer["x"] + viewer["width"] / 2, viewer["y"] + viewer["height"] / 2)
    for _ in range(3):
        page.mouse.wheel(0, -600)  # finer tiles load
        page.wait_for_timeout(300)
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    watcher.assert_none(page)


def test_the_language_offer_under_the_policy(demo_server, watched):
    watcher, page = watched(locale="ru-RU")
    page.goto(demo_server + "/")
    expect(page.locator(".language-hint")).to_be_visible()
    page.get_by_role("button", name="No, thanks").click()
    expect(page.locator(".language-hint")).to_be_hidden()
    watcher.assert_none(page)


def test_the_kiosk_and_its_viewer(demo_server, browser):
    context = touch_context(browser)
    watcher = Watcher(context)
    page = context.new_page()
    try:
        page.goto(f"{demo_server}/kiosk/")
        expect(page.locator("img[data-color]").first).not_to_have_css(
            "background-color", "rgba(0, 0, 0, 0)"
        )
        page.locator(".kiosk-tile a").first.tap()
        page.wait_for_url("**/exhibits/**")
        page.wait_for_load_state()
        page.locator("[data-zoom-info], [data-zoom-image]").first.tap()
        dialog = page.get_by_role("dialog", name="Image viewer")
        expect(dialog.locator(".kiosk-viewer-area canvas").first).to_be_attached()
        page.wait_for_function("() => window.kioskViewer.world.getItemCount() === 1")
        page.wait_for_timeout(800)
        dialog.get_by_role("button", name="Close").tap()
        expect(page.locator("dialog")).to_have_count(0)
        page.goto(f"{demo_server}/kiosk/main/search")
        page.locator("button.kiosk-key", has_text=re.compile("^c$", re.I)).first.tap()
        expect(page.locator("input[type=search]")).to_have_value(re.compile("c", re.I))
        page.goto(f"{demo_server}/kiosk/tour/tour/1")
        watcher.assert_none(page)
    finally:
        context.close()


def test_the_workspace_under_the_policy(app, live_server, watched, make_exhibit, tmp_path):
    app.config.update(LABEL_WIDTH_MM=70, LABEL_HEIGHT_MM=40)
    for name in "ABC":
        make_exhibit("document", title=f"Exhibit {name}")
    with app.app_context():
        add_user("ada", PASSWORD, "admin")
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(corpus.jpeg((900, 600)))
    watcher, page = watched()
    sign_in_browser(page, live_server, "ada")

    page.get_by_role("link", name="New exhibit").click()
    page.get_by_label("Kind").select_option("photograph")
    page.get_by_label("Date", exact=True).fill("1930s")
    page.get_by_text("read as 1930–1939").wait_for()
    page.get_by_label("Images").set_input_files([str(scan)])
    page.locator("[data-image-row] img[src]").first.wait_for()

    page.goto(f"{live_server}/curate/galleries/new")
    page.get_by_label("Title or accession number").fill("Exhibit")
    page.get_by_label("Title or accession number").press("Enter")
    for name in "ABC":
        page.get_by_role("button", name=f"Add Exhibit {name}").click()
    titles = page.locator("[data-arrange-row] [data-row-title]")
    expect(titles).to_have_text(["Exhibit A", "Exhibit B", "Exhibit C"])
    handle = page.locator("[data-arrange-row]").nth(2).locator(".drag-handle")
    handle.drag_to(page.locator("[data-arrange-row]").nth(0), target_position={"x": 5, "y": 2})
    expect(titles).to_have_text(["Exhibit C", "Exhibit A", "Exhibit B"])

    page.goto(f"{live_server}/curate/labels")
    page.locator(".pick input").first.check()
    page.get_by_role("button", name="Make labels").click()
    label = page.locator(".label").first
    width, height = label.evaluate("e => [e.offsetWidth, e.offsetHeight]")
    assert abs(width - 70 / 25.4 * 96) < 1.5 and abs(height - 40 / 25.4 * 96) < 1.5

    page.goto(f"{live_server}/curate/import")
    page.goto(f"{live_server}/curate/exhibits?trash=1")
    dismissed: list[str] = []
    page.once("dialog", lambda dialog: (dismissed.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Empty the trash").click()
    assert dismissed and "cannot be undone" in dismissed[0]
    assert page.url.endswith("/curate/exhibits?trash=1")  # dismissed: nothing was sent
    watcher.assert_none(page)


def test_the_policy_refuses_inline_code_and_the_watcher_sees_it(demo_server, watched):
    watcher, page = watched()
    page.goto(demo_server + "/")
    page.evaluate(
        """() => {
        const script = document.createElement("script");
        script.textContent = "window.ranInline = true";
        document.body.append(script);
        document.body.insertAdjacentHTML("beforeend", '<p id="styled" style="color: red">x</p>');
    }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.ranInline") is None
    assert page.locator("#styled").evaluate("e => getComputedStyle(e).color") != "rgb(255, 0, 0)"
    directives = {found["directive"] for found in page.evaluate("window.__cspViolations")}
    assert directives == {"script-src-elem", "style-src-attr"}, directives
    assert len(watcher.problems) >= 2
