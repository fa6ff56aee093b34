"""A curator in Chromium translates an exhibit: languages side by side, copy, missing marks."""

from museum import catalog
from museum.users import add_user
from tests.workspace import PASSWORD, sign_in_browser


def test_copy_fills_the_russian_title_and_the_missing_mark_goes(app, live_server, page):
    with app.app_context():
        add_user("cora", PASSWORD, "curator")
        exhibit = catalog.create_exhibit(
            {"accession_number": "A-1", "kind": "equipment", "title": "Seal press"}
        )
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    sign_in_browser(page, live_server, "cora")
    page.goto(f"{live_server}/curate/exhibits/{exhibit.id}/edit")

    russian = page.get_by_role("textbox", name="Title Русский")
    cell = page.locator("[data-translation]", has=page.locator("#title_ru"))
    mark = cell.get_by_text("Missing", exact=True)
    copy = cell.get_by_role("button", name="Copy from English")
    assert mark.is_visible() and copy.is_visible()
    assert russian.get_attribute("lang") == "ru"

    copy.click()
    assert russian.input_value() == "Seal press"
    assert not mark.is_visible() and not copy.is_visible()
    assert page.evaluate("document.activeElement.id") == "title_ru"

    # Typed over as a starting point; emptied again, it is missing again.
    russian.fill("Пресс для пломб")
    assert not mark.is_visible()
    russian.fill("")
    assert mark.is_visible()
    # Nothing to translate while the English title is empty.
    page.get_by_label("Title", exact=True).fill("")
    assert not mark.is_visible() and not copy.is_visible()
    assert errors == []


def test_the_languages_stand_side_by_side_on_a_wide_window_and_stack_on_a_narrow_one(
    app, live_server, page
):
    with app.app_context():
        add_user("cora", PASSWORD, "curator")
    sign_in_browser(page, live_server, "cora")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/curate/exhibits/new")
    boxes = [page.locator(f"#{name}").bounding_box() for name in ("title", "title_ru", "title_tk")]
    assert all(abs(box["y"] - boxes[0]["y"]) < 2 for box in boxes)
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    assert boxes[0]["x"] + boxes[0]["width"] <= boxes[1]["x"]

    page.set_viewport_size({"width": 480, "height": 900})
    boxes = [page.locator(f"#{name}").bounding_box() for name in ("title", "title_ru", "title_tk")]
    assert all(abs(box["x"] - boxes[0]["x"]) < 2 for box in boxes)
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]


def test_axe_finds_no_violations_in_the_language_fields(app, live_server, page):
    from axe_playwright_python.sync_playwright import Axe

    from tests.browser.test_accessibility import AXE_OPTIONS, violations_report

    with app.app_context():
        add_user("cora", PASSWORD, "curator")
        exhibit = catalog.create_exhibit(
            {"accession_number": "A-1", "kind": "document", "title": "Seal", "title_ru": "Печать"}
        )
    sign_in_browser(page, live_server, "cora")
    page.goto(f"{live_server}/curate/exhibits/{exhibit.id}/edit")
    response = Axe().run(page, context={"include": [[".translated"]]}, options=AXE_OPTIONS)
    assert not response.response["violations"], violations_report(response.response)
