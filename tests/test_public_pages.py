"""Visitors' pages: every kind's exhibit page, lists, galleries, tours, short links, 404s."""

import pytest

from museum import catalog, db
from museum.kinds import KINDS
from museum.models import Exhibit


@pytest.mark.parametrize("kind", list(KINDS))
def test_exhibit_page_shows_the_fields_of_its_kind(client, make_exhibit, kind):
    exhibit = make_exhibit(kind)
    page = client.get(f"/exhibits/{exhibit.slug}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert exhibit.title in html
    assert exhibit.accession_number in html
    assert "<strong>bold</strong>" in html
    for field in KINDS[kind].fields:
        assert field.label_en in html
        assert str(getattr(exhibit, field.name)) in html
    image = exhibit.images[0]
    assert f'alt="{image.alt_text}"' in html
    assert client.get(f"/media/{image.sha256[:2]}/{image.sha256}/medium.jpg").status_code == 200


def test_exhibit_list_pages_through_published_exhibits(app, client, make_exhibit):
    app.config["EXHIBITS_PER_PAGE"] = 2
    titles = [make_exhibit(images=0).title for _ in range(3)]
    first = client.get("/exhibits/").get_data(as_text=True)
    second = client.get("/exhibits/?page=2").get_data(as_text=True)
    assert "Page 1 of 2" in first
    assert sum(title in first for title in titles) == 2
    assert sum(title in second for title in titles) == 1
    assert client.get("/exhibits/?page=3").status_code == 404


def test_exhibit_list_filters_by_kind(client, make_exhibit):
    photo, award = make_exhibit("photograph"), make_exhibit("award")
    html = client.get("/exhibits/?kind=award").get_data(as_text=True)
    assert award.title in html and photo.title not in html
    assert client.get("/exhibits/?kind=spaceship").status_code == 404


def test_drafts_are_never_shown_to_visitors(client, make_exhibit):
    draft = make_exhibit(publish=False, featured=True)
    assert client.get(f"/exhibits/{draft.slug}").status_code == 404
    assert client.get(f"/e/{draft.accession_number}").status_code == 404
    for url in ("/", "/exhibits/"):
        assert draft.title not in client.get(url).get_data(as_text=True)


def test_short_link_redirects_to_the_exhibit_even_with_slashes_and_cyrillic(client, make_exhibit):
    for number in ("KP-1975/12", "ГТС-0012"):
        exhibit = make_exhibit(accession_number=number)
        response = client.get(f"/e/{number}")
        assert response.status_code == 302
        assert response.headers["Location"].endswith(f"/exhibits/{exhibit.slug}")
    assert client.get("/e/kp%201975%2012").headers["Location"].endswith("/exhibits/test-document-1")


def test_unknown_addresses_get_a_friendly_404(client):
    for url in (
        "/exhibits/no-such-thing",
        "/e/NOPE-1",
        "/galleries/nope",
        "/tours/nope",
        "/tours/nope/1",
        "/nowhere",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Back to the museum" in response.get_data(as_text=True)


def test_gallery_keeps_the_curators_order_and_hides_drafts(app, client, make_exhibit):
    first, second, draft = make_exhibit(), make_exhibit(), make_exhibit(publish=False)
    with app.app_context():
        gallery = catalog.create_gallery(
            title="Paper trail",
            theme="archive",
            published=True,
            exhibit_ids=[second.id, draft.id, first.id],
        )
    assert gallery.title in client.get("/galleries/").get_data(as_text=True)
    html = client.get(f"/galleries/{gallery.slug}").get_data(as_text=True)
    assert "theme-archive" in html
    assert html.index(second.title) < html.index(first.title)
    assert draft.title not in html


def test_tour_route_and_stops(app, client, make_exhibit):
    stops = [make_exhibit(kind) for kind in ("document", "photograph", "award")]
    with app.app_context():
        tour = catalog.create_tour(
            title="A short walk",
            published=True,
            introduction="Three stops.",
            stops=[
                catalog.NewStop(e.id, f"Stop about {e.kind}", f"Look at the {e.kind}.", "Hall 1")
                for e in stops
            ],
        )
    route = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    assert all(f"Stop about {e.kind}" in route for e in stops)
    second = client.get(f"/tours/{tour.slug}/2").get_data(as_text=True)
    assert "Stop 2 of 3" in second and "Look at the photograph." in second
    assert f'href="/tours/{tour.slug}/1"' in second and f'href="/tours/{tour.slug}/3"' in second
    assert client.get(f"/tours/{tour.slug}/4").status_code == 404
    assert client.get(f"/tours/{tour.slug}/0").status_code == 404
    exhibit_page = client.get(f"/exhibits/{stops[1].slug}").get_data(as_text=True)
    assert "stop 2 of 3" in exhibit_page


def test_ensemble_shows_its_parts_and_parts_link_back(app, client, make_exhibit):
    desk, lamp = make_exhibit("ensemble", title="The officer's desk"), make_exhibit("equipment")
    with app.app_context():
        catalog.set_parts(desk.id, [lamp.id])
    assert lamp.title in client.get(f"/exhibits/{desk.slug}").get_data(as_text=True)
    assert "Part of" in client.get(f"/exhibits/{lamp.slug}").get_data(as_text=True)


def test_user_text_is_escaped(client, make_exhibit):
    exhibit = make_exhibit(
        title="<script>alert(1)</script>", description="<img src=x onerror=alert(2)>"
    )
    html = client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html


def test_home_shows_featured_exhibits(client, make_exhibit):
    featured, plain = make_exhibit(featured=True), make_exhibit()
    html = client.get("/").get_data(as_text=True)
    assert featured.title in html and plain.title not in html


def test_healthz_reports_database_and_index(app, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "database": "ok", "index": "ok"}
    app.config["SEARCH_INDEX_DIR"] = "/nonexistent/index"
    broken = client.get("/healthz")
    assert broken.status_code == 503 and broken.json["index"].startswith("error")


def test_markdown_is_rendered_without_raw_html_or_script_links(app, client, make_exhibit):
    exhibit = make_exhibit()
    # Stored before the writer refused such links (it does now): the page must still be safe.
    legacy = (
        "A [museum link](https://example.org) and [bad](javascript:alert(1)).\n\n"
        "<iframe src=//evil></iframe>"
    )
    with app.app_context(), db.write_session() as session:
        session.get(Exhibit, exhibit.id).description = legacy
    html = client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert '<a href="https://example.org">museum link</a>' in html
    assert 'href="javascript:' not in html
    assert "<iframe" not in html and "&lt;iframe" in html


def test_permanent_link_is_shown_readably_and_links_encoded(app, client, make_exhibit):
    # On the museum's public address, as the printed QR labels carry it, whatever the host.
    app.config["PUBLIC_BASE_URL"] = "https://museum.example.org"
    exhibit = make_exhibit(accession_number="ГТС-0012")
    html = client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert 'href="https://museum.example.org/e/%D0%93%D0%A2%D0%A1-0012"' in html
    assert ">https://museum.example.org/e/ГТС-0012</a>" in html


def test_unpublished_galleries_and_tours_are_hidden(app, client, make_exhibit):
    exhibit = make_exhibit()
    with app.app_context():
        gallery = catalog.create_gallery(title="Back room", exhibit_ids=[exhibit.id])
        tour = catalog.create_tour(title="Secret walk", stops=[catalog.NewStop(exhibit.id)])
    assert client.get(f"/galleries/{gallery.slug}").status_code == 404
    assert client.get(f"/tours/{tour.slug}").status_code == 404
    assert client.get(f"/tours/{tour.slug}/1").status_code == 404
    assert "Back room" not in client.get("/galleries/").get_data(as_text=True)
    assert "Secret walk" not in client.get("/tours/").get_data(as_text=True)
    assert "Secret walk" not in client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
