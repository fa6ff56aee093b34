"""The kiosk's offline manifest: what the service worker keeps so the kiosk works offline."""

import re

from flask import Flask
from flask.testing import FlaskClient

from museum import catalog, kiosks
from tests.kiosk_data import kiosk_collection, set_up_kiosk

URL_ATTRIBUTE = re.compile(r'\s(?:href|src|srcset|data-src|data-zoom-info)="([^"]*)"')


def page_urls(client: FlaskClient, path: str) -> set[str]:
    """Every address a kiosk page names: links, scripts, styles, pictures and slides."""
    page = client.get(path)
    assert page.status_code == 200
    urls = set()
    for value in URL_ATTRIBUTE.findall(page.get_data(as_text=True)):
        urls.update(entry.strip().split(" ")[0] for entry in value.split(","))
    return urls


def manifest(client: FlaskClient, path: str = "/kiosk/main/offline.json") -> dict:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    return response.get_json()


def everything(listed: dict) -> list[str]:
    return listed["pages"] + listed["assets"] + listed["images"]


def test_the_manifest_holds_the_start_screen_what_it_leads_to_and_what_they_show(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    exhibits = kiosk_collection(make_exhibit)
    hidden = make_exhibit(title="Not on display", featured=True, publish=False)
    desk = make_exhibit("ensemble", title="The officer's desk", featured=True)
    part = make_exhibit("equipment", title="Typewriter")
    draft_part = make_exhibit("equipment", title="Draft stamp", publish=False)
    with app.app_context():
        catalog.set_parts(desk.id, [part.id, draft_part.id])
    listed = manifest(client)

    start = page_urls(client, "/kiosk/main/")
    tiles = {url for url in start if "/exhibits/" in url}
    assert tiles == {f"/kiosk/main/exhibits/{e.slug}" for e in [*exhibits, desk]}
    needed = {"/kiosk/main/", "/kiosk/", "/kiosk/main/offline", *tiles}
    needed.add(f"/kiosk/main/exhibits/{part.slug}")  # reached from the desk's page
    assert needed <= set(listed["pages"])
    # The pictures and assets the start page, an exhibit and the offline page load.
    for path in ("/kiosk/main/", f"/kiosk/main/exhibits/{exhibits[0].slug}", "/kiosk/main/offline"):
        shown = {url for url in page_urls(client, path) if not url.startswith("/kiosk/")}
        assert shown <= set(listed["assets"] + listed["images"]), path
    assert len([url for url in listed["images"] if url.endswith(".webp")]) >= 3 + 3 + 2

    unlisted = {hidden.slug, draft_part.slug}
    assert not [url for url in listed["pages"] if url.rsplit("/", 1)[-1] in unlisted]
    assert not [url for url in listed["images"] if "/kiosk." in url]  # no zoom-size pictures


def test_every_listed_address_is_on_the_site_and_answers(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    kiosk_collection(make_exhibit)
    listed = everything(manifest(client))
    assert all(url.startswith("/") and not url.startswith("//") for url in listed)
    assert len(listed) == len(set(listed))
    for url in listed:
        assert client.get(url).status_code == 200, url


def test_a_tour_kiosk_keeps_its_stops_and_a_named_kiosk_not_the_default_address(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    first, second, *_ = kiosk_collection(make_exhibit)
    with app.app_context():
        stops = [catalog.NewStop(first.id), catalog.NewStop(second.id)]
        tour = catalog.create_tour(title="Walk", stops=stops, published=True)
        fields = {"name": "Hall two", "start": "tour", "start_tour_id": tour.id}
        slug = kiosks.save_profile(None, fields).slug
    listed = manifest(client, f"/kiosk/{slug}/offline.json")

    assert {f"/kiosk/{slug}/tour/1", f"/kiosk/{slug}/tour/2"} <= set(listed["pages"])
    assert "/kiosk/" not in listed["pages"]
    assert "/kiosk/main/offline" not in listed["pages"]
    stop_page = page_urls(client, f"/kiosk/{slug}/tour/2")
    assert {url for url in stop_page if "/media/" in url} <= set(listed["images"])
    assert listed["offline"] == f"/kiosk/{slug}/offline"


def test_a_profile_that_does_not_exist_has_no_manifest(app: Flask, client: FlaskClient) -> None:
    set_up_kiosk(app)
    assert client.get("/kiosk/nowhere/offline.json").status_code == 404
