"""A curator in Chromium: sign in, enter a document with two images, order them, publish."""

from museum.users import add_user
from tests import media_corpus as corpus
from tests.workspace import PASSWORD, sign_in_browser


def test_curator_enters_orders_and_publishes_a_document(app, live_server, page, tmp_path):
    with app.app_context():
        add_user("cora", PASSWORD, "curator")
    front, back = tmp_path / "front.jpg", tmp_path / "back.png"
    front.write_bytes(corpus.jpeg((900, 600)))
    back.write_bytes(corpus.encode(corpus.halves((500, 700), "green", "yellow"), "PNG"))

    sign_in_browser(page, live_server, "cora")
    page.get_by_role("link", name="New exhibit").click()
    page.get_by_label("Accession number").fill("DOC-1936/04")
    page.get_by_label("Title", exact=True).fill("Decree on the northern post")
    page.get_by_label("Kind").select_option("document")
    assert page.get_by_label("Transcription", exact=True).is_visible()
    assert not page.get_by_label("Photographer").is_visible()
    page.get_by_label("Date", exact=True).fill("1930s")
    page.get_by_text("read as 1930–1939").wait_for()
    page.get_by_label("Images").set_input_files([str(front), str(back)])
    rows = page.locator("[data-image-row]")
    rows.nth(1).wait_for()
    assert rows.nth(0).locator(".filename").inner_text().startswith("front.jpg")
    rows.nth(1).get_by_role("button", name="Move up").click()
    assert rows.nth(0).locator(".filename").inner_text().startswith("back.png")
    rows.nth(0).get_by_label("Alt text", exact=True).fill("The decree's second page")
    rows.nth(1).get_by_label("Alt text", exact=True).fill("The decree's first page")
    page.get_by_role("button", name="Save and publish").click()
    page.get_by_text("Saved and published.").wait_for()

    page.goto(f"{live_server}/exhibits/decree-on-the-northern-post")
    assert page.get_by_role("heading", level=1).inner_text() == "Decree on the northern post"
    alts = page.locator(".exhibit-images img").evaluate_all("imgs => imgs.map(i => i.alt)")
    assert alts == ["The decree's second page", "The decree's first page"]


def test_a_contributors_submission_reaches_the_curators_queue(app, live_server, browser):
    with app.app_context():
        add_user("cole", PASSWORD, "contributor")
        add_user("cora", PASSWORD, "curator")
    contributor = browser.new_context().new_page()
    sign_in_browser(contributor, live_server, "cole")
    contributor.get_by_role("link", name="New exhibit").click()
    contributor.get_by_label("Accession number").fill("PH-0099")
    contributor.get_by_label("Title", exact=True).fill("Post in winter")
    contributor.get_by_label("Kind").select_option("photograph")
    assert contributor.get_by_role("button", name="Save and publish").count() == 0
    contributor.get_by_role("button", name="Save and submit for review").click()
    contributor.get_by_text("Saved and submitted for review.").wait_for()

    curator = browser.new_context().new_page()
    sign_in_browser(curator, live_server, "cora")
    curator.get_by_role("link", name="Review").click()
    curator.get_by_role("link", name="Post in winter").click()
    assert "Submitted for review" in curator.locator(".badge").first.inner_text()
