"""Proof 4 (CSRF): every rule of `app.url_map` that accepts POST, PUT, PATCH or DELETE refuses a
request without its session's token, and one carrying another session's token, changing
nothing; crawling every GET rule changes nothing either.

The requests come from a signed-in admin (so it is the token, not the role, that refuses them),
with form data taken from the real form that posts to the address (or, for the few addresses
no page has a form for, data shaped as their script or protocol sends it), and arguments from
real rows of a small demo-like catalog. The same request with the session's own token is then
not refused for its token: so the refusals are the token's doing.
"""

import hashlib
import io
import time
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import MetaData, Table, select

from museum import catalog, db, kiosks
from museum.transfer import uploads
from museum.transfer.importing import preview, run_import
from museum.users import add_user
from tests.conftest import KIND_FIELDS, png_bytes, test_app
from tests.html_forms import Form, FormReader
from tests.url_walk import WRITE_METHODS, Records, rules, urls
from tests.workspace import PASSWORD, TOKEN, sign_in

CSRF_MESSAGE = "security token"
# Routes that take anonymous writes by their protocol, with the reason. Everything else that
# accepts a write method must refuse it without the session's token.
EXEMPT = {
    "oai.endpoint": "OAI-PMH lets harvesters send any verb by POST (form-encoded, no session); "
    "every verb only reads the catalog",
    "kiosk.usage": "the kiosk's anonymous usage beacon (kiosk-usage.js, JSON; the kiosk has no "
    "cookie, hence no token): it adds to the view counters only, never to the catalog, and a "
    "forged beacon needs no victim's session, so a token would protect nothing",
}
# What an exempt route may change, by table.
EXEMPT_WRITES = {"oai.endpoint": set(), "kiosk.usage": {"kiosk_exhibit_stat"}}
# GET requests documented to write: a kiosk counts searches that found nothing (README, "Usage
# counts"), by words and day only. With the table it may change.
GET_WRITES = {"kiosk.search": ("?q=zzqx-nothing-matches", {"kiosk_search_miss"})}
TRASH_PAGES = ["/curate/exhibits?trash=1", "/curate/galleries?trash=1", "/curate/tours?trash=1"]
CSV = (
    b"accession_number,title,kind,date\r\n"
    b"IMP-1,Imported seal,equipment,1950\r\n"
    b"IMP-2,Imported letter,document,1961\r\n"
)


@pytest.fixture
def app(tmp_path, monkeypatch) -> Flask:
    """The usual test app, with deep zoom from 600 px so that one image has IIIF tiles."""
    return test_app(tmp_path, monkeypatch, DEEP_ZOOM_MIN_EDGE=600)


# --- the catalog ------------------------------------------------------------------------------


def build_catalog(app: Flask) -> list[str]:
    """A small museum with a row of every kind the routes take; return the import tokens."""
    with app.app_context():
        ada = add_user("ada", PASSWORD, "admin")
        add_user("bob", PASSWORD, "admin")
        add_user("cy", PASSWORD, "contributor")
        exhibits = {kind: _exhibit(kind, n, ada) for n, kind in enumerate(KIND_FIELDS, start=1)}
        parts = [exhibits["document"].id, exhibits["photograph"].id]
        ensemble = exhibits["ensemble"].id
        catalog.set_parts(ensemble, parts, by=ada)
        catalog.set_hotspots(ensemble, [catalog.NewHotspot(parts[0], 0.1, 0.1, 0.2, 0.2)], by=ada)
        catalog.update_exhibit(exhibits["document"].id, {"summary": "Edited once."}, by=ada)
        draft = _exhibit("award", 90, ada, publish=False)
        catalog.delete_exhibit(_exhibit("photograph", 91, ada).id, by=ada)
        catalog.submit_exhibit(draft.id, by=ada)
        ids = [exhibit.id for exhibit in exhibits.values()]
        cover = exhibits["photograph"].images[0].id
        gallery = catalog.create_gallery(
            title="Seals", exhibit_ids=ids, theme="archive", published=True, by=ada
        )
        catalog.update_gallery(gallery.id, {"cover_image_id": cover, "introduction": "Hi"}, by=ada)
        trashed = catalog.create_gallery(title="Old", exhibit_ids=ids[:1], by=ada)
        catalog.trash_arrangement(type(trashed), trashed.id, by=ada)
        plan = catalog.FloorPlan(alt_text="The hall", data=png_bytes((300, 200)), filename="p.png")
        stops = [catalog.NewStop(exhibit_id, title=f"Stop {exhibit_id}") for exhibit_id in ids[:3]]
        tour = catalog.create_tour(
            title="Walk", stops=stops, floor_plan=plan, published=True, by=ada
        )
        catalog.update_tour(tour.id, {"introduction": "Come along."}, by=ada)
        old = catalog.create_tour(title="Old walk", stops=stops[:1], by=ada)
        catalog.trash_arrangement(type(old), old.id, by=ada)
        kiosks.save_profile(None, {"name": "Main hall", "languages": "en,ru"}, by=ada)
        kiosks.save_profile(
            None, {"name": "Tour kiosk", "start": "tour", "start_tour_id": tour.id}, by=ada
        )
        run_import(preview(CSV, "seals.csv"), None, by=ada)
        upload = uploads.create(ada.id, "more.csv", CSV.replace(b"IMP-", b"NEW-"), None)
        return [upload.token]


def _exhibit(kind: str, number: int, by, publish: bool = True):
    size = (900, 700) if kind == "ensemble" else (320, 240)  # the ensemble's scene is tiled
    values = {
        "accession_number": f"CW-{number:03d}",
        "kind": kind,
        "title": f"A {kind} {number}",
        "summary": "For the walk.",
        "date_text": "1950s",
        **KIND_FIELDS[kind],
    }
    image = catalog.NewImage(png_bytes(size, "teal"), f"{kind}.png", "Caption", "Alt text")
    return catalog.create_exhibit(values, images=[image], tags=["seal"], publish=publish, by=by)


@dataclass
class Site:
    app: Flask
    records: Records
    admin: FlaskClient  # ada, signed in
    other: FlaskClient  # bob, another admin, signed in in another browser
    same_user_elsewhere: FlaskClient  # ada again, in a third browser
    anonymous: FlaskClient


@pytest.fixture
def site(app: Flask) -> Site:
    tokens = build_catalog(app)
    clients = {name: app.test_client() for name in ("ada", "bob", "ada elsewhere")}
    for name, client in clients.items():
        assert sign_in(client, name.split()[0]).status_code == 302
    return Site(app, Records.load(app, tokens), *clients.values(), app.test_client())


# --- what "nothing changed" means -------------------------------------------------------------


def snapshot(app: Flask) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of its rows (the catalog version is a row too),
    and the files of the media folder and the import uploads."""
    state = {}
    with app.app_context(), db.engine().connect() as connection:
        for name, table in _tables(app).items():
            rows = sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            state[name] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        state["catalog version"] = (db.catalog_version(), "")
    for label, root in (
        ("media files", Path(app.config["MEDIA_ROOT"])),
        ("import uploads", Path(app.instance_path) / "imports"),
    ):
        files = sorted(f"{p.relative_to(root)}:{p.stat().st_size}" for p in root.rglob("*"))
        state[label] = (len(files), hashlib.sha256("\n".join(files).encode()).hexdigest())
    return state


def _tables(app: Flask) -> dict[str, Table]:
    """Every table the database has (read once per app: the walk adds none)."""
    if "csrf-walk tables" not in app.extensions:
        metadata = MetaData()
        with db.engine().connect() as connection:
            metadata.reflect(bind=connection)
        app.extensions["csrf-walk tables"] = dict(sorted(metadata.tables.items()))
    return app.extensions["csrf-walk tables"]


def changed(before: dict, after: dict) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


# --- plausible requests -----------------------------------------------------------------------


def harvest_forms(site: Site) -> dict[str, Form]:
    """The first form posting to each address and to each endpoint, from the pages a signed-in
    admin sees (every record's, and the trash)."""
    pages = [
        url
        for rule in rules(site.app, frozenset({"GET"}))
        for url in urls(site.app, rule, site.records, every=True)
    ]
    adapter = site.app.url_map.bind("localhost")
    found: dict[str, Form] = {}
    for page in [*pages, *TRASH_PAGES]:
        response = site.admin.get(page)
        if response.mimetype != "text/html":
            continue
        reader = FormReader(page)
        reader.feed(response.get_data(as_text=True))
        for form in reader.forms:
            endpoint, _values = adapter.match(form.action, method="POST")
            found.setdefault(form.action, form)
            found.setdefault(endpoint, form)
    return found


# Addresses no page has a form for: what their script (or protocol) sends.
def _no_form(endpoint: str) -> Form | None:
    forms = {
        "curate.upload": Form("", files=[("file", "image/*")]),  # curate.js, drag and drop
        "api.unknown": Form("", fields=[("title", "changed")]),  # nothing may write there
        "auth.login": Form("", fields=[("username", "ada"), ("password", PASSWORD)]),
    }
    return forms.get(endpoint)


def file_for(accept: str, name: str) -> tuple[io.BytesIO, str]:
    if "csv" in accept or "csv" in name:
        return io.BytesIO(CSV), "walk.csv"
    if "zip" in accept or "zip" in name:
        return io.BytesIO(b""), ""  # optional: left empty, as a browser sends it
    return io.BytesIO(png_bytes((64, 48))), "walk.png"


def request_data(form: Form, token: str | None) -> dict:
    data: dict = {}
    for name, value in form.fields:
        if name != "csrf_token":
            data.setdefault(name, []).append(value)
    if form.button and form.button[0]:
        data.setdefault(form.button[0], []).append(form.button[1])
    for name, accept in form.files:
        stream, filename = file_for(accept, name)
        data[name] = (stream, filename) if filename else (stream, "")
    if token is not None:
        data["csrf_token"] = token
    return data


def session_token(client: FlaskClient) -> str:
    """The CSRF token of this client's session, from a page with a form."""
    match = TOKEN.search(client.get("/curate/exhibits/new").get_data(as_text=True))
    assert match, "the exhibit form has no CSRF token"
    return match[1]


def is_csrf_refusal(response) -> bool:
    return response.status_code == 400 and CSRF_MESSAGE in response.get_data(as_text=True)


# --- the walks --------------------------------------------------------------------------------


class WriteRequest(NamedTuple):
    endpoint: str
    method: str
    url: str
    form: Form


def write_requests(site: Site) -> list[WriteRequest]:
    """Every write method of every rule but the exempt, with plausible data."""
    forms = harvest_forms(site)
    found, missing = [], []
    for rule in rules(site.app, WRITE_METHODS):
        if rule.endpoint in EXEMPT:
            continue
        for url in urls(site.app, rule, site.records):
            form = forms.get(url) or forms.get(rule.endpoint) or _no_form(rule.endpoint)
            if form is None:
                missing.append(url)
                continue
            methods = sorted(rule.methods & WRITE_METHODS)
            found += [WriteRequest(rule.endpoint, method, url, form) for method in methods]
    assert not missing, f"no form posts to these addresses; give them data in _no_form: {missing}"
    return found


def test_every_write_route_refuses_a_missing_or_foreign_token_and_changes_nothing(site):
    requests = write_requests(site)
    assert len({request.endpoint for request in requests}) >= 25, requests  # the walk found them
    tokens = {
        "no token": None,
        "another user's token": session_token(site.other),
        "the same user's token from another browser": session_token(site.same_user_elsewhere),
    }
    problems = []
    for request in requests:
        for case, token in tokens.items():
            before = snapshot(site.app)
            response = site.admin.open(
                request.url, method=request.method, data=request_data(request.form, token)
            )
            where = f"{request.method} {request.url} with {case}"
            if not is_csrf_refusal(response):
                problems.append(f"{where}: {response.status_code}, not refused")
            if moved := changed(before, snapshot(site.app)):
                problems.append(f"{where} changed {sorted(moved)}")
    assert not problems, "\n".join(problems)
    # The same requests with the session's own token pass the check (whatever the view then
    # makes of them): the refusals above were the token's. Signing out comes last.
    own = session_token(site.admin)
    for request in sorted(requests, key=lambda request: request.endpoint == "auth.logout"):
        response = site.admin.open(
            request.url, method=request.method, data=request_data(request.form, own)
        )
        where = f"{request.method} {request.url}"
        assert not is_csrf_refusal(response), f"{where} refused with its own token"
        assert response.status_code < 500, f"{where}: {response.status_code}"
    wait_for_imports(site)


def wait_for_imports(site: Site) -> None:
    """An import the control requests started runs in a thread: let it end inside the test."""
    for token in site.records.import_tokens:
        for _ in range(100):
            progress = site.admin.get(f"/curate/import/{token}/progress.json").get_json() or {}
            if progress.get("state") in (None, "waiting", "done", "failed"):
                break
            time.sleep(0.1)


def test_the_exempt_routes_take_anonymous_posts_and_change_no_catalog_row(site):
    """OAI-PMH and the kiosk beacon take anonymous POSTs without any token, by design."""
    write_endpoints = {rule.endpoint for rule in rules(site.app, WRITE_METHODS)}
    assert set(EXEMPT) <= write_endpoints, "an exempt route is gone: take it off the list"
    exhibit, profile = site.records.exhibits[0].slug, site.records.profiles[0].slug
    sent = {
        "oai.endpoint": ("/oai", {"data": {"verb": "ListRecords", "metadataPrefix": "oai_dc"}}),
        "kiosk.usage": (f"/kiosk/{profile}/usage", {"json": {"exhibit": exhibit, "seconds": 9}}),
    }
    assert set(sent) == set(EXEMPT)
    for endpoint, (url, body) in sent.items():
        before = snapshot(site.app)
        response = site.anonymous.post(url, **body)
        assert response.status_code in (200, 204), (url, response.status_code)
        assert changed(before, snapshot(site.app)) == EXEMPT_WRITES[endpoint], url
        if endpoint == "oai.endpoint":
            assert "<ListRecords>" in response.text


@pytest.mark.parametrize("who", ["anonymous", "admin"])
def test_crawling_every_get_route_changes_nothing(site, who):
    client: FlaskClient = getattr(site, who)
    problems, statuses = [], []
    for rule in rules(site.app, frozenset({"GET"})):
        query, may_change = GET_WRITES.get(rule.endpoint, ("", set()))
        for url in urls(site.app, rule, site.records):
            for prefix in ("", "/ru"):
                before = snapshot(site.app)
                response = client.get(prefix + url + query)
                statuses.append(response.status_code)
                if response.status_code >= 500:
                    problems.append(f"GET {prefix}{url}{query}: {response.status_code}")
                if moved := changed(before, snapshot(site.app)) - may_change:
                    problems.append(f"GET {prefix}{url}{query} changed {sorted(moved)}")
    assert not problems, "\n".join(problems)
    assert statuses.count(200) >= 60, statuses  # the crawl reached real pages, not 404s
