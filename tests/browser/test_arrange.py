"""A curator in Chromium: build a gallery by search and add, order it by keyboard, publish it."""

from museum.users import add_user
from tests.workspace import PASSWORD, sign_in_browser


def test_curator_orders_a_gallery_with_the_keyboard_and_publishes_it(
    app, live_server, page, make_exhibit
):
    for name in "ABC":
        make_exhibit("document", title=f"Exhibit {name}")
    with app.app_context():
        add_user("cora", PASSWORD, "curator")
    sign_in_browser(page, live_server, "cora")

    page.goto(f"{live_server}/curate/galleries/new")
    page.get_by_label("Title", exact=True).fill("Paper trail")
    page.get_by_label("Introduction", exact=True).fill("Typed before searching")
    page.get_by_label("Title or accession number").fill("Exhibit")
    page.get_by_label("Title or accession number").press("Enter")
    for name in "ABC":  # found and added in place: nothing typed is lost
        page.get_by_role("button", name=f"Add Exhibit {name}").click()
    assert page.url.endswith("/curate/galleries/new")
    assert page.get_by_label("Introduction", exact=True).input_value() == "Typed before searching"
    assert row_titles(page) == ["Exhibit A", "Exhibit B", "Exhibit C"]

    page.get_by_role("button", name="Move Exhibit C up").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # the button keeps the focus as its row moves
    page.get_by_role("button", name="Move Exhibit A down").focus()
    page.keyboard.press("Space")
    assert row_titles(page) == ["Exhibit C", "Exhibit B", "Exhibit A"]
    assert not page.get_by_label("Order").first.is_visible()  # the no-JS fallback is hidden

    page.get_by_role("button", name="Save", exact=True).click()
    page.get_by_text("Saved.").wait_for()
    assert row_titles(page) == ["Exhibit C", "Exhibit B", "Exhibit A"]
    assert page.locator("[data-row-draft]:visible").count() == 0  # all three are published
    page.get_by_role("button", name="Publish").click()
    page.get_by_text("“Paper trail”: published.").wait_for()
    page.get_by_role("link", name="View the public page").click()
    page.get_by_role("heading", name="Paper trail").wait_for()
    cards = page.locator(".piece-title").all_inner_texts()
    assert cards == ["Exhibit C", "Exhibit B", "Exhibit A"]


def row_titles(page) -> list[str]:
    return page.locator("[data-arrange-row] [data-row-title]").all_inner_texts()
