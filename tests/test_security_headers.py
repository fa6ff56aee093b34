"""Security headers on every response, and pages that need no inline code to work under them.

The demo museum is copied once for this module, so that an admin can sign in and every page of
the workspace is reached as well as the visitors' and the kiosk's."""

import re
import shutil
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, urljoin, urlsplit

import pytest
from flask import Flask, Response
from flask.testing import FlaskClient
from sqlalchemy import make_url, select
from werkzeug.exceptions import NotFound

from museum import create_app, db, security_headers
from museum.cli import main
from museum.instance import init_instance
from museum.models import Exhibit
from museum.page_cache import EXTENSION_KEY
from tests.workspace import make_user, sign_in

CSP = (
    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; "
    "form-action 'self'"
)
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}
HSTS = "max-age=31536000"
JSON_SCRIPTS = {"application/json", "application/ld+json"}


@pytest.fixture(scope="module")
def museum(request: pytest.FixtureRequest, tmp_path_factory) -> Flask:
    """A private copy of the demo museum (database, index, media), with an admin account."""
    root = tmp_path_factory.mktemp("demo-copy")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MUSEUM_INSTANCE_PATH", str(root / "instance"))
        app = create_app({"SECRET_KEY": "t", "MEDIA_ROOT": str(root / "media")})
    if make_url(app.config["DATABASE_URL"]).get_backend_name() == "sqlite":
        demo_app = request.getfixturevalue("demo_app")  # its files, copied before first use
        shutil.copytree(demo_app.instance_path, root / "instance")
        shutil.copytree(demo_app.config["MEDIA_ROOT"], root / "media")
    else:  # a database server's database is no file to copy: load the demo into a new one
        with app.app_context():
            init_instance()
        result = app.test_cli_runner().invoke(main, ["demo"])
        assert result.exit_code == 0, result.output
    make_user(app, "ada", "admin")
    return app


@pytest.fixture(scope="module")
def admin(museum: Flask) -> FlaskClient:
    client = museum.test_client()
    assert sign_in(client, "ada").status_code == 302
    return client


def assert_secured(response: Response, what: str) -> None:
    csp = response.headers.get("Content-Security-Policy", "")
    assert csp.startswith(CSP), f"{what}: Content-Security-Policy is {csp!r}"
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, what
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, (
            f"{what}: {name} is {response.headers.get(name)!r}"
        )


def first(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    assert match, f"{pattern} not found"
    return match[1]


def test_every_kind_of_response_has_the_headers(museum, admin):
    visitor = museum.test_client()
    home = visitor.get("/").get_data(as_text=True)
    exhibits = re.findall(r'href="(/exhibits/[^"?]+)"', home)
    zoomable = next(
        page
        for page in (visitor.get(path).get_data(as_text=True) for path in exhibits)
        if "data-zoom-info" in page
    )
    accession = first(r'"identifier":\s*"([^"]+)"', zoomable)
    responses = {
        "visitor page": (visitor.get("/"), 200),
        "Russian page": (visitor.get("/ru/galleries/"), 200),
        "cached page again": (visitor.get("/"), 200),
        "not modified": (
            visitor.get("/", headers={"If-None-Match": visitor.get("/").headers["ETag"]}),
            304,
        ),
        "404 page": (visitor.get("/exhibits/no-such-exhibit"), 404),
        "400 page": (visitor.post("/login", data={"username": "x"}), 400),
        "405 page": (visitor.delete("/"), 405),
        "media file": (visitor.get(first(r'src="(/media/[^"]+)"', home)), 200),
        "static file": (visitor.get("/static/css/museum.css"), 200),
        "API": (visitor.get("/api/exhibits"), 200),
        "API error": (visitor.get("/api/exhibits?page=x"), 400),
        "IIIF info.json": (visitor.get(first(r'data-zoom-info="([^"]+)"', zoomable)), 200),
        "IIIF manifest": (visitor.get(f"/iiif/{accession}/manifest.json"), 200),
        "kiosk": (visitor.get("/kiosk/"), 200),
        "kiosk error": (visitor.get("/kiosk/main/exhibits/no-such-exhibit"), 404),
        "kiosk service worker": (visitor.get("/kiosk/sw.js"), 200),
        "healthz": (visitor.get("/healthz"), 200),
        "redirect": (visitor.get(f"/e/{accession}"), 302),
        "sitemap": (visitor.get("/sitemap.xml"), 200),
        "OAI-PMH": (visitor.get("/oai?verb=Identify"), 200),
        "sign-in redirect": (visitor.get("/curate/exhibits"), 302),
        "workspace page": (admin.get("/curate/exhibits"), 200),
    }
    for what, (response, status) in responses.items():
        assert response.status_code == status, f"{what}: {response.status_code}"
        assert_secured(response, what)
        assert "Strict-Transport-Security" not in response.headers, what


def test_a_page_served_from_the_cache_has_the_headers(app, client, make_exhibit):
    exhibit = make_exhibit()
    rendered = client.get(f"/exhibits/{exhibit.slug}")
    cache = app.extensions[EXTENSION_KEY]
    assert len(cache._pages) == 1  # the page is kept: the next answer comes from the cache
    cached = client.get(f"/exhibits/{exhibit.slug}")
    assert cached.data == rendered.data
    assert_secured(cached, "cached page")


def test_an_unexpected_error_page_has_the_headers(app, client):
    def broken():
        raise RuntimeError("a bug")

    app.add_url_rule("/broken", "broken", broken)
    app.config.update(TESTING=False, PROPAGATE_EXCEPTIONS=False)
    response = client.get("/broken")
    assert response.status_code == 500
    assert_secured(response, "500 page")


def test_a_policy_a_view_sets_itself_is_kept(app, client):
    def original():
        return Response(b"bytes", headers={"Content-Security-Policy": "sandbox"})

    app.add_url_rule("/sandboxed", "sandboxed", original)
    response = client.get("/sandboxed")
    assert response.headers["Content-Security-Policy"] == "sandbox"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_hsts_only_over_tls(app, client):
    assert "Strict-Transport-Security" not in client.get("/").headers
    assert "Strict-Transport-Security" not in client.get("/healthz").headers
    secure = app.test_client()
    for path in ("/", "/healthz", "/exhibits/no-such-exhibit", "/static/css/museum.css"):
        response = secure.get(path, base_url="https://localhost")
        assert response.headers.get("Strict-Transport-Security") == HSTS, path


def test_hsts_behind_a_proxy_that_ends_tls(app, client):
    # The proxy speaks plain HTTP to the museum; the public address says visitors use TLS.
    app.config["PUBLIC_BASE_URL"] = "https://museum.example.org"
    assert client.get("/").headers.get("Strict-Transport-Security") == HSTS


class InlineCode(HTMLParser):
    """Collects what a Content-Security-Policy without 'unsafe-inline' would refuse."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self.links: list[str] = []
        self._script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "style":
            self.found.append("<style> element")
        if tag == "script" and "src" not in values:
            self._script = (values.get("type") or "").lower()
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])

    def handle_data(self, data: str) -> None:
        if self._script is not None and self._script not in JSON_SCRIPTS and data.strip():
            self.found.append(f"inline <script type={self._script!r}>: {data.strip()[:60]}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None


# Downloads and machine-readable answers: no HTML to check, some slow to make.
NOT_PAGES = ("static", "public.media_file", "curate.export_download", "curate.image_original")
NOT_PAGE_PREFIXES = ("api.", "interop.", "oai.", "curate.exhibit_qr", "curate.import_rejected")
PER_KIND = 2  # addresses crawled per endpoint and set of query arguments
MOST = 400
START = [
    "/",
    "/ru/",
    "/tk/kiosk/",
    "/kiosk/tour/",
    "/search?q=customs",
    "/no/such/page",
    "/kiosk/main/exhibits/no-such-exhibit",
    "/exhibits/?view=timeline",
    "/kiosk/main/search?q=customs",
    "/kiosk/main/offline",
    "/curate/",
    "/curate/exhibits?trash=1",
    "/curate/labels?gallery=1",
    "/curate/import",
    "/curate/exhibits/new",
    "/curate/galleries/new",
    "/curate/tours/new",
    "/curate/kiosks/new",
    "/curate/password",
]


def crawl(
    museum: Flask, client: FlaskClient, start: list[str]
) -> Iterator[tuple[str, str, Response]]:
    """Every page reachable by links from start, a few addresses per endpoint and arguments."""
    adapter = museum.url_map.bind("localhost")
    seen: Counter = Counter()
    queue = list(start)
    visited: set[str] = set()
    while queue and len(visited) < MOST:
        address = queue.pop(0)
        parts = urlsplit(address)
        path = re.sub(r"^/(ru|tk)(?=/)", "", parts.path)
        try:
            endpoint, _args = adapter.match(path)
        except NotFound:
            endpoint = "not found"
        except Exception:  # a redirect or a method-only route: not a page to crawl
            continue
        kind = (endpoint, frozenset(key for key, _ in parse_qsl(parts.query)))
        if address in visited or seen[kind] >= PER_KIND or endpoint in NOT_PAGES:
            continue
        if endpoint.startswith(NOT_PAGE_PREFIXES):
            continue
        seen[kind] += 1
        visited.add(address)
        response = client.get(address)
        if response.mimetype != "text/html":
            continue
        yield address, endpoint, response
        parser = InlineCode()
        parser.feed(response.get_data(as_text=True))
        for link in parser.links:
            target = urlsplit(urljoin(f"http://localhost{parts.path}", link))
            if target.netloc == "localhost":
                queue.append(target.path + (f"?{target.query}" if target.query else ""))


def test_no_page_needs_inline_code(museum, admin):
    problems: list[str] = []
    endpoints: set[str] = set()
    with museum.app_context():
        ensemble = db.session().scalar(select(Exhibit.id).where(Exhibit.kind == "ensemble"))
    start = [*START, f"/curate/exhibits/{ensemble}/parts"]
    pages = [*crawl(museum, admin, start), *crawl(museum, museum.test_client(), ["/login"])]
    for address, endpoint, response in pages:
        endpoints.add(endpoint)
        assert_secured(response, address)
        parser = InlineCode()
        parser.feed(response.get_data(as_text=True))
        problems += [f"{address}: {found}" for found in parser.found]
    assert not problems, "\n".join(problems)
    # the crawl reached every kind of page, so the check above is not vacuous
    expected = {
        "public.home",
        "public.exhibit",
        "public.exhibits",
        "public.gallery",
        "public.tour",
        "public.tour_stop",
        "public.search_page",
        "not found",
        "kiosk.start",
        "kiosk.exhibit",
        "kiosk.tour_stop",
        "kiosk.search",
        "kiosk.offline",
        "curate.exhibits",
        "curate.edit_exhibit",
        "curate.ensemble_parts",
        "curate.edit_gallery",
        "curate.edit_tour",
        "curate.labels",
        "curate.import_upload",
        "curate.exhibit_history",
        "curate.activity",
        "curate.users",
        "curate.edit_kiosk",
        "curate.kiosk_usage_report",
        "curate.new_exhibit",
        "auth.login",
    }
    assert expected <= endpoints, expected - endpoints


def test_the_checker_finds_inline_code():
    parser = InlineCode()
    parser.feed(
        '<script type="application/ld+json">{"a": "onclick=1"}</script><p style="color:red">'
        '<button onclick="go()"></button><script>alert(1)</script><a href=" JavaScript:x">'
        "<style>p{}</style>"
    )
    assert len(parser.found) == 5, parser.found


def test_the_one_allowed_stylesheet_is_the_one_openseadragon_adds(client):
    vendored = Path(security_headers.__file__).parent / "static/vendor/openseadragon"
    script = (vendored / "openseadragon.min.js").read_text(encoding="utf-8")
    assert f'textContent="{security_headers.OPENSEADRAGON_STYLE}"' in script
    policy = client.get("/").headers["Content-Security-Policy"]
    hashes = re.findall(r"'sha256-[^']+'", policy)
    assert hashes == [security_headers.style_hash(security_headers.OPENSEADRAGON_STYLE)]
