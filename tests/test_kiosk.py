"""The kiosk's pages, KIOSK_ONLY, usage counts and the curators' kiosk profiles."""

import re

import pytest
from flask import Flask
from flask.testing import FlaskClient

from museum import catalog, create_app, db, kiosks
from museum.instance import init_instance
from museum.models import KioskExhibitStat, KioskSearchMiss
from tests.kiosk_data import kiosk_collection, set_up_kiosk
from tests.workspace import csrf_token, make_user, sign_in

HREF = re.compile(r'href="([^"]*)"')


def links(page: str) -> list[str]:
    return HREF.findall(page)


def test_default_kiosk_shows_featured_tiles_and_sets_no_cookie(client, make_exhibit):
    exhibits = kiosk_collection(make_exhibit)
    for url in ("/kiosk/", "/kiosk/main/"):
        response = client.get(url)
        page = response.get_data(as_text=True)
        assert response.status_code == 200
        assert "Set-Cookie" not in response.headers
        for exhibit in exhibits:
            assert f'href="/kiosk/main/exhibits/{exhibit.slug}"' in page


def test_kiosk_pages_link_only_within_the_kiosk(client, make_exhibit):
    exhibit = make_exhibit(
        featured=True, description="See [the old site](https://example.org/seal) for more."
    )
    page = client.get(f"/kiosk/main/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert "See the old site for more." in page
    assert "example.org" not in page
    for href in links(page) + links(client.get("/kiosk/main/").get_data(as_text=True)):
        assert href.startswith(("/kiosk/", "/static/")), href


def test_exhibit_view_offers_the_short_link_as_qr_but_not_as_a_link(client, make_exhibit):
    exhibit = make_exhibit(featured=True)
    page = client.get(f"/kiosk/main/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert "Take this home" in page and "<svg" in page
    assert f"/e/{exhibit.accession_number}" in page
    assert f'href="http://127.0.0.1:5000/e/{exhibit.accession_number}"' not in page


def test_a_profile_can_hide_qr_codes_and_search(app, client, make_exhibit):
    exhibit = make_exhibit(featured=True)
    set_up_kiosk(app, show_qr=False, search_enabled=False)
    page = client.get(f"/kiosk/main/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert "Take this home" not in page
    assert "/kiosk/main/search" not in page
    assert client.get("/kiosk/main/search?q=seal").status_code == 404


def test_unknown_profile_and_exhibit_get_the_kiosk_error_page(client, make_exhibit):
    draft = make_exhibit(publish=False)
    for url in ("/kiosk/nowhere/", f"/kiosk/main/exhibits/{draft.slug}", "/kiosk/main/tour/1"):
        response = client.get(url)
        page = response.get_data(as_text=True)
        assert response.status_code == 404, url
        assert "Back to the start" in page
        assert all(href.startswith(("/kiosk/", "/static/")) for href in links(page))


def test_a_tour_profile_runs_stop_by_stop(app, client, make_exhibit):
    first, second = make_exhibit(), make_exhibit()
    with app.app_context():
        stops = [catalog.NewStop(first.id, narration="Start here."), catalog.NewStop(second.id)]
        tour = catalog.create_tour(title="Seals", stops=stops, published=True)
    set_up_kiosk(app, start="tour", start_tour_id=tour.id)
    start = client.get("/kiosk/main/").get_data(as_text=True)
    assert "Begin the tour" in start and 'href="/kiosk/main/tour/2"' in start
    stop = client.get("/kiosk/main/tour/1").get_data(as_text=True)
    assert "stop 1 of 2" in stop and "Start here." in stop and first.title in stop
    assert 'rel="next" href="/kiosk/main/tour/2"' in stop
    assert client.get("/kiosk/main/tour/3").status_code == 404


def test_search_finds_tiles_and_counts_what_found_nothing(app, client, make_exhibit):
    exhibits = kiosk_collection(make_exhibit)
    found = client.get("/kiosk/main/search?q=ledger").get_data(as_text=True)
    assert f"/kiosk/main/exhibits/{exhibits[1].slug}" in found
    for _ in range(2):
        missed = client.get("/kiosk/main/search?q=Zeppelin  Parts")
        assert "Nothing found" in missed.get_data(as_text=True)
    with app.app_context():
        rows = db.session().query(KioskSearchMiss).all()
    assert [(row.term, row.count) for row in rows] == [("zeppelin parts", 2)]


def test_usage_beacon_counts_views_and_dwell_without_a_catalog_change(app, client, make_exhibit):
    exhibit = make_exhibit(featured=True)
    with app.app_context():
        version = db.catalog_version()
    for seconds in (12.4, 30):
        response = client.post(
            "/kiosk/main/usage",
            data=f'{{"exhibit": "{exhibit.slug}", "seconds": {seconds}}}',
            content_type="application/json",
        )
        assert response.status_code == 204
        assert "Set-Cookie" not in response.headers
    with app.app_context():
        stat = db.session().query(KioskExhibitStat).one()
        assert (stat.views, stat.dwell_seconds) == (2, 42)
        assert db.catalog_version() == version


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("not json", 400),
        ('{"seconds": 3}', 400),
        ('{"exhibit": "x", "seconds": "long"}', 400),
        ('{"exhibit": "x", "seconds": NaN}', 400),
        ('{"exhibit": "no-such-exhibit", "seconds": 3}', 404),
        ('{"exhibit": "' + "x" * 2000 + '"}', 413),
    ],
)
def test_bad_usage_reports_are_refused_with_a_message(client, body, status):
    response = client.post("/kiosk/main/usage", data=body, content_type="application/json")
    assert response.status_code == status
    assert response.get_data(as_text=True)


def test_a_usage_report_another_site_could_forge_is_refused(client, make_exhibit):
    # text/plain and form posts need no CORS preflight: another site could send them through
    # visitors' browsers. Only application/json is counted.
    exhibit = make_exhibit(featured=True)
    body = f'{{"exhibit": "{exhibit.slug}", "seconds": 3}}'
    for content_type in ("text/plain", "application/x-www-form-urlencoded"):
        response = client.post("/kiosk/main/usage", data=body, content_type=content_type)
        assert response.status_code == 415


def test_kiosk_only_hides_everything_but_the_kiosk(tmp_path, monkeypatch, make_exhibit, app):
    exhibit = make_exhibit(featured=True)
    kiosk_app = kiosk_only_copy(app, tmp_path, monkeypatch)
    client = kiosk_app.test_client()
    for url in ("/", "/exhibits/", f"/exhibits/{exhibit.slug}", "/search?q=a", "/galleries/",
                "/curate/", "/login", "/api/search?q=a", "/sitemap.xml",
                f"/e/{exhibit.accession_number}"):  # fmt: skip
        assert client.get(url).status_code == 404, url
    page = client.get("/kiosk/").get_data(as_text=True)
    assert exhibit.title in page
    picture = re.search(r'src="(/media/[^"]+)"', page)[1]
    assert client.get(picture).status_code == 200
    assert client.get("/static/css/kiosk.css").status_code == 200
    error = client.get("/").get_data(as_text=True)
    assert "Back to the start" in error and "Staff sign-in" not in error


def kiosk_only_copy(app: Flask, tmp_path, monkeypatch) -> Flask:
    """A second app over the same instance and media, as a kiosk PC would run it."""
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", app.instance_path)
    return create_app(
        {
            "SECRET_KEY": "t",
            "MEDIA_ROOT": app.config["MEDIA_ROOT"],
            "DATABASE_URL": app.config["DATABASE_URL"],
            "SEARCH_INDEX_DIR": app.config["SEARCH_INDEX_DIR"],
            "KIOSK_ONLY": True,
        }
    )


# --- the curators' side -------------------------------------------------------------------


@pytest.fixture
def curator(app: Flask, client: FlaskClient) -> FlaskClient:
    make_user(app, "cura", "curator")
    sign_in(client, "cura")
    return client


def profile_form(**fields) -> dict:
    form = {
        "name": "Sports hall",
        "slug": "",
        "start": "featured",
        "start_gallery_id": "",
        "start_tour_id": "",
        "attract": "featured",
        "attract_gallery_id": "",
        "idle_seconds": "60",
        "warning_seconds": "10",
        "attract_seconds": "300",
        "search_enabled": "y",
        "languages": ["en", "ru"],
        "show_qr": "y",
    }
    return {**form, **fields}


def test_curator_creates_a_kiosk_that_runs_at_its_address(app, curator, make_exhibit):
    exhibit = make_exhibit(featured=True)
    token = csrf_token(curator, "/curate/kiosks/new")
    response = curator.post("/curate/kiosks/new", data=profile_form(csrf_token=token))
    assert response.status_code == 302
    listing = curator.get("/curate/kiosks").get_data(as_text=True)
    assert "Sports hall" in listing and "/kiosk/sports-hall/" in listing
    page = curator.get("/kiosk/sports-hall/").get_data(as_text=True)
    assert 'data-idle-seconds="60"' in page and exhibit.title in page
    with app.app_context():
        assert kiosks.profile_by_slug("sports-hall").language_codes == ["en", "ru"]
    activity = curator.get("/curate/activity").get_data(as_text=True)
    assert "Kiosk:" in activity and "Sports hall" in activity


def test_kiosk_form_errors_keep_what_was_typed(app, curator):
    token = csrf_token(curator, "/curate/kiosks/new")
    cases = [
        ({"start": "gallery"}, "Choose the gallery"),
        ({"idle_seconds": "2"}, "Number must be between 10 and 3600"),
        ({"attract_seconds": "60"}, "must wait longer"),
        ({"languages": []}, "at least one"),
        ({"slug": "Not A Slug!"}, "lowercase letters"),
    ]
    for change, message in cases:
        data = profile_form(csrf_token=token, name="Typed <name>", **change)
        response = curator.post("/curate/kiosks/new", data=data)
        page = response.get_data(as_text=True)
        assert response.status_code == 400, change
        assert message in page, change
        assert 'value="Typed &lt;name&gt;"' in page
    with app.app_context():
        assert [profile.slug for profile in kiosks.all_profiles()] == ["main"]


def test_kiosk_form_needs_its_csrf_token(curator):
    response = curator.post("/curate/kiosks/new", data=profile_form())
    assert response.status_code == 400


def test_editing_keeps_the_address_and_default_cannot_be_deleted(app, curator):
    with app.app_context():
        main = kiosks.default_profile()
        other = kiosks.save_profile(None, {**profile_form(), "languages": "en"})
    token = csrf_token(curator, f"/curate/kiosks/{main.id}/edit")
    data = profile_form(csrf_token=token, name="Entrance hall", slug="elsewhere")
    assert curator.post(f"/curate/kiosks/{main.id}/edit", data=data).status_code == 302
    assert "Entrance hall" in curator.get("/kiosk/main/").get_data(as_text=True)
    refused = curator.post(f"/curate/kiosks/{main.id}/delete", data={"csrf_token": token})
    assert refused.status_code == 302
    assert "Make another profile the default first" in curator.get("/curate/kiosks").text
    curator.post(f"/curate/kiosks/{other.id}/default", data={"csrf_token": token})
    assert "Sports hall" in curator.get("/kiosk/").get_data(as_text=True)
    curator.post(f"/curate/kiosks/{main.id}/delete", data={"csrf_token": token})
    assert curator.get("/kiosk/main/").status_code == 404


def test_contributors_cannot_manage_kiosks(app, client):
    make_user(app, "helper", "contributor")
    sign_in(client, "helper")
    assert client.get("/curate/kiosks").status_code == 403
    assert client.get("/curate/kiosks/usage").status_code == 403


def test_usage_table_shows_views_and_escaped_missed_searches(app, curator, make_exhibit):
    exhibit = make_exhibit(featured=True, title="Seal press")
    with app.app_context():
        profile = kiosks.default_profile()
        from museum import kiosk_usage

        kiosk_usage.record_view(profile, exhibit.slug, 40)
        kiosk_usage.record_view(profile, exhibit.slug, 20)
        kiosk_usage.record_search_miss(profile, "<script>alert(1)</script>")
    page = curator.get("/curate/kiosks/usage?days=7").get_data(as_text=True)
    row = re.search(r"<tr><td>Seal press</td>.*?</tr>", page)[0]
    assert "<td>2</td>" in row and "<td>30 s</td>" in row
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page


def test_fresh_instance_has_a_default_kiosk(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app({"SECRET_KEY": "t", "MEDIA_ROOT": str(tmp_path / "media")})
    with app.app_context():
        init_instance()
        assert kiosks.default_profile().slug == "main"
    assert app.test_client().get("/kiosk/").status_code == 200
