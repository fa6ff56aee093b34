"""A visitor in Chromium takes the demo tour with the keyboard and comes back to it later."""

import re

from playwright.sync_api import expect

from museum.demo import content
from museum.users import add_user
from tests.conftest import png_bytes
from tests.workspace import PASSWORD, sign_in_browser

TOUR = content.TOURS[0]["slug"]


def stop_count(page):
    return page.locator(".tour-nav .stop-count")


def test_the_demo_tour_from_first_to_last_stop_with_the_arrow_keys(demo_server, page):
    page.goto(f"{demo_server}/tours/{TOUR}/1")
    total = int(re.search(r"of (\d+)", stop_count(page).inner_text())[1])
    assert total >= 5
    expect(page.locator("[data-tour-keys]")).to_be_visible()  # the tip shows only with JS
    for number in range(1, total + 1):
        expect(stop_count(page)).to_have_text(f"Stop {number} of {total}")
        assert page.url == f"{demo_server}/tours/{TOUR}/{number}"
        if number < total:
            page.keyboard.press("ArrowRight")
            page.wait_for_url(f"**/tours/{TOUR}/{number + 1}")
    page.keyboard.press("ArrowRight")  # past the last stop: nowhere to go
    expect(stop_count(page)).to_have_text(f"Stop {total} of {total}")
    assert page.url.endswith(f"/tours/{TOUR}/{total}")

    page.keyboard.press("ArrowLeft")
    page.wait_for_url(f"**/tours/{TOUR}/{total - 1}")
    expect(stop_count(page)).to_have_text(f"Stop {total - 1} of {total}")

    page.goto(f"{demo_server}/")
    page.goto(f"{demo_server}/tours/{TOUR}")
    plan = page.get_by_role("img", name=re.compile(r"^Plan of 5 halls in a row"))
    expect(plan).to_be_visible()
    assert plan.evaluate("img => img.complete && img.naturalWidth > 0")
    expect(page.locator("ol.route > li")).to_have_count(total)
    resume = page.get_by_role("link", name=f"Continue where you left off: stop {total - 1}")
    expect(resume).to_be_visible()
    assert resume.get_attribute("href") == f"/tours/{TOUR}/{total - 1}"
    expect(page.get_by_role("link", name="Start the tour")).to_be_hidden()
    resume.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/tours/{TOUR}/{total - 1}")


def test_arrow_keys_in_a_form_field_or_with_a_modifier_stay_on_the_stop(demo_server, page):
    page.goto(f"{demo_server}/tours/{TOUR}/2")
    search = page.get_by_role("searchbox", name="Search the collection")
    search.fill("seal")
    search.press("ArrowLeft")
    search.press("ArrowRight")
    page.locator("body").press("Alt+ArrowRight")
    page.keyboard.press("Shift+ArrowLeft")
    page.wait_for_timeout(300)
    assert page.url.endswith(f"/tours/{TOUR}/2")
    expect(search).to_have_value("seal")


def test_the_tours_list_offers_the_place_and_start_over_begins_again(demo_server, page):
    page.goto(f"{demo_server}/tours/{TOUR}/3")
    page.goto(f"{demo_server}/tours/")
    resume = page.get_by_role("link", name="Continue where you left off: stop 3")
    expect(resume).to_be_visible()
    page.get_by_role("link", name="Start over").click()
    page.wait_for_url(f"**/tours/{TOUR}/1")
    page.goto(f"{demo_server}/tours/{TOUR}")
    expect(page.get_by_role("link", name="Continue where you left off: stop 1")).to_be_visible()


def test_without_javascript_the_tour_works_by_links_and_hides_the_extras(browser, demo_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{demo_server}/tours/{TOUR}")
        expect(page.get_by_text("Continue where you left off")).to_be_hidden()
        page.get_by_role("link", name="Start the tour").click()
        page.get_by_role("link", name="Next stop").click()
        expect(stop_count(page)).to_have_text(re.compile(r"^Stop 2 of \d+$"))
        expect(page.locator("[data-tour-keys]")).to_be_hidden()
    finally:
        context.close()


def test_a_curator_gives_a_tour_a_floor_plan_that_visitors_see(
    app, live_server, page, make_exhibit, tmp_path
):
    for name in "AB":
        make_exhibit("document", title=f"Exhibit {name}")
    with app.app_context():
        add_user("cora", PASSWORD, "curator")
    sign_in_browser(page, live_server, "cora")

    page.goto(f"{live_server}/curate/tours/new")
    page.get_by_label("Title", exact=True).fill("Two rooms")
    page.get_by_label("Title or accession number").fill("Exhibit")
    page.get_by_label("Title or accession number").press("Enter")
    for name in "AB":  # added in place by arrange.js, then sent with the file
        page.get_by_role("button", name=f"Add Exhibit {name} as a stop").click()
    plan = tmp_path / "plan.png"
    plan.write_bytes(png_bytes((1000, 500)))
    page.get_by_label("Floor plan image").set_input_files(plan)
    page.get_by_label("Alt text of the floor plan").fill("Two rooms side by side.")
    page.get_by_role("button", name="Save", exact=True).last.click()
    page.wait_for_url(re.compile(r".*/curate/tours/\d+/edit$"))
    expect(page.get_by_text("Current plan: plan.png")).to_be_visible()
    page.get_by_role("button", name="Publish").click()
    page.get_by_role("link", name="View the public page").click()
    image = page.get_by_role("img", name="Two rooms side by side.")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 0")
    expect(page.locator("ol.route > li")).to_have_count(2)
