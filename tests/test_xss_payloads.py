"""Proof 5 (XSS): hostile text in every text field and file name, then every page checked.

Each payload goes, through the workspace's forms (the catalog's writer for galleries and tours),
into every text field of one exhibit (the kinds in turn; translations, tags, the image's
caption, alt text and file name), one gallery, one tour (its stop, the floor plan's alt text
and file name), one kiosk profile, one user name and one row and header of a CSV import. Then
every GET rule of `app.url_map` is rendered for every record (public pages in each language,
the workspace, the kiosk, the API, IIIF, OAI-PMH, the sitemap), as are the pages after saves
(flash messages), error pages and searches that echo a payload. Each answer is checked:

- HTML: no element, attribute, script or comment a payload made (no `on*` attribute, no inline
  script, no `javascript:` address, no element carrying a payload's marker as its id), none of
  a payload's markup in the source outside JSON script blocks, and those blocks parse as JSON;
- JSON and JSON-LD parse and give the payload back as it was saved; XML (OAI-PMH, the sitemap,
  the QR code's SVG) parses and carries no script; CSV and originals download as attachments.

A save refused with a 4xx (an unsafe link, museum/safe_urls.py) counts as safe: that field is
then saved with plain text instead, and the refusal page is checked too.
"""

import csv
import io
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any
from urllib.parse import quote, urlencode

import pytest
from flask import Flask
from flask.testing import FlaskClient
from lxml import etree
from sqlalchemy import select
from werkzeug.test import TestResponse
from wtforms import StringField, TextAreaField
from wtforms.fields.core import UnboundField
from wtforms.validators import Length

from museum import catalog, db
from museum.forms import ExhibitForm
from museum.kinds import KINDS
from museum.models import Exhibit, User
from museum.oai.xml import xml_text
from museum.search import indexer
from tests.conftest import png_bytes, test_app
from tests.html_forms import FormReader
from tests.postgres import on_postgres
from tests.url_walk import Records, rules, urls_with_values
from tests.workspace import PASSWORD, TOKEN, make_user, sign_in

# Every payload carries a marker, XSSnn: an element or attribute a payload made has it as a
# whole attribute value, and a template that evaluated one would show "49XSS06".
PAYLOADS = [
    "Plain text XSS00, the clean baseline",
    '<script>alert("XSS01")</script>',
    '"><img src=x id=XSS02 onerror=alert(2)>',
    "'><svg id=XSS03 onload=alert(3)>",
    '[click me](javascript:alert("XSS04")) <javascript:alert(4)>',
    "</script><script id=XSS05>alert(5)</script>",
    "{{ 7*7 }}XSS06 {% if 1 %}yes{% endif %} ${7*7}",
    '<svg/onload=alert("XSS07")>',
    '" onmouseover="alert(8)" data-x="XSS08',
    "' onfocus='alert(9)' autofocus data-x='XSS09",
    "`-alert(10)-` XSS10 ` onclick=alert(10) `",
    '\\u003cscript\\u003ealert("XSS11")\\u003c/script\\u003e \\x3cb\\x3e',
    "</title><script id=XSS12>alert(12)</script>",
    "<!-- XSS13 <b id=XSS13>",
    ']]><script id=XSS14>alert(14)</script><![CDATA[ & <x y="z">',
    "&lt;b id=XSS15&gt;double&lt;/b&gt; &amp;amp; &#60;i&#62;",
    '"}]}</script><script id=XSS16>alert(16)</script>{"a":"',
    "\u202eXSS17 txt.exe \u202d <b id=XSS17>rtl</b>",
    "XSS18\x00<script id=XSS18>alert(18)</script>\x00\x0b\x1b",
    "<script id=XSS19>alert(19)</script> XSS19 " + "long " * 1200,
    '<a href="javascript:alert(20)" id=XSS20>link</a>',
    '<iframe src="javascript:alert(21)" id=XSS21></iframe>',
    "<style id=XSS22>body{display:none}</style>",
    "<math><mtext><table><mglyph><style><img src=x id=XSS23 onerror=alert(23)>",
    "<details open ontoggle=alert(24) id=XSS24>",
    '<base href="//evil.example/" id=XSS25>',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(26)" id=XSS26>',
    "'-alert(27)-' XSS27 \\'; alert(27);// </textarea><b id=XSS27>",
    "XSS28 line one\r\nSet-Cookie: hacked=1\r\n\r\n<b id=XSS28>",
]
MARKERS = {re.search(r"XSS\d\d", payload)[0] for payload in PAYLOADS}
SEARCH_WORDS = ["alert", "script", "onerror", "mglyph", "long"]  # highlighted in excerpts
REFUSED_TEXT = "Refused on save."
LINK_FIELDS = ("description", "introduction", "narration", "rights", "provenance")
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "data", "xlink:href", "srcset"}
NEVER_USED_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet", "math"}
BAD_SCHEME = re.compile(r"^\W*(javascript|vbscript|data\s*:\s*text/html)", re.IGNORECASE)
# No text of a record in these answers: requested once, for no 500.
BINARY = {
    "static",
    "public.media_file",
    "interop.iiif_tile",
    "interop.iiif_info",
    "interop.iiif_service",
    "curate.exhibit_qr_png",
    "kiosk.service_worker",
}
QUERIES = {  # what a rule needs beyond its path to show records' texts
    "curate.compare_exhibit_revisions": "?a=1&b=3",
    "curate.compare_gallery_revisions": "?a=1&b=2",
    "curate.compare_tour_revisions": "?a=1&b=2",
    "curate.kiosk_usage_report": "?days=0",
    "curate.exhibits": "?sort=title",
}
# Pages whose record's title must come back in the page (so the payload was shown there).
SHOWS_TITLE = {
    "public.exhibit",
    "public.gallery",
    "public.tour",
    "curate.edit_exhibit",
    "curate.edit_gallery",
    "curate.edit_tour",
    "kiosk.exhibit",
    "api.exhibit",
    "api.gallery",
    "api.tour",
    "interop.iiif_manifest",
}
ANSWERS_TEXT = {"text/plain", "text/css", "text/javascript", "application/javascript"}


@pytest.fixture
def app(tmp_path, monkeypatch) -> Flask:
    """The usual test app, with deep zoom from 600 px so that the images have IIIF tiles."""
    return test_app(tmp_path, monkeypatch, DEEP_ZOOM_MIN_EDGE=600)


# --- what an answer may not hold --------------------------------------------------------------


class PageReader(HTMLParser):
    """Elements with their attributes, script blocks, comments and text, as a browser parses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, list[tuple[str, str]]]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.comments: list[str] = []
        self.text: list[str] = []
        self._script: tuple[dict, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attrs = [(name, value or "") for name, value in attrs]
        self.elements.append((tag, attrs))
        self.text += [value for _name, value in attrs]
        if tag == "script":
            self._script = (dict(attrs), [])

    def handle_data(self, data: str) -> None:
        (self._script[1] if self._script else self.text).append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def element_problems(elements: list[tuple[str, list[tuple[str, str]]]]) -> Iterator[str]:
    """Elements and attributes no template writes: a payload's doing."""
    for tag, attrs in elements:
        if tag in NEVER_USED_TAGS:
            yield f"a <{tag}> element"
        for name, value in attrs:
            if name.startswith("on"):
                yield f"<{tag} {name}={value!r}>"
            if value.strip() in MARKERS or "xss" in name:
                yield f"<{tag} {name}={value!r}>, made by a payload"
            if name in URL_ATTRIBUTES and BAD_SCHEME.match(value):
                yield f"<{tag} {name}={value!r}>"
        refresh = dict(attrs).get("http-equiv", "").lower() == "refresh"
        if refresh and "javascript" in dict(attrs).get("content", "").lower():
            yield f"<{tag} {attrs}>"


JSON_BLOCK = re.compile(r'(<script[^>]*type="application/(?:ld\+)?json"[^>]*>).*?(</script>)', re.S)


def raw_fragments() -> list[str]:
    """The payloads' markup as it would stand in a page that did not escape it: from each `<`
    to the first `>` after which it holds something of its own (a marker, `alert`).

    (`&lt;b&gt;` typed in a Markdown field rightly shows as `<b>`, CommonMark reading entities;
    in a plain-text field the title's round trip shows it is escaped once more.)"""
    fragments = set()
    for payload in PAYLOADS:
        for match in re.finditer(r"<[a-zA-Z/!\]]", payload):
            ends = [m.end() for m in re.finditer(">", payload[match.start() :])]
            own = (e for e in ends if OWN.search(payload[match.start() : match.start() + e]))
            fragments.add(payload[match.start() : match.start() + next(own, len(payload))])
    generic = re.compile(r"</?\w+>")  # a bare tag: the templates write those
    return sorted({f[:60] for f in fragments if OWN.search(f) or not generic.fullmatch(f)})


OWN_SCRIPT = re.compile(r"^(/[a-z]{2})?/static/")  # the museum's own files, in any language
OWN = re.compile(r"XSS\d\d|alert|javascript")
RAW_FRAGMENTS = raw_fragments()


def html_problems(page: str) -> tuple[list[str], PageReader]:
    reader = PageReader()
    try:
        reader.feed(page)
        reader.close()
    except AssertionError as error:  # html.parser's way of giving up on broken markup
        return [f"HTML that does not parse: {error}"], reader
    problems = list(element_problems(reader.elements))
    for attrs, text in reader.scripts:
        if "src" in attrs:
            if not OWN_SCRIPT.match(attrs["src"]):
                problems.append(f"a script from {attrs['src']!r}")
        elif attrs.get("type") not in DATA_SCRIPT_TYPES:
            problems.append(f"an inline script: {text[:80]!r}")
        elif not parses_as_json(text):
            problems.append(f"a {attrs['type']} block that is not JSON: {text[:120]!r}")
    problems += [f"a comment a payload made: {c[:60]!r}" for c in reader.comments if "XSS" in c]
    if "49XSS06" in "".join(reader.text) or "yes ${" in "".join(reader.text):
        problems.append("a template evaluated a payload")
    source = JSON_BLOCK.sub(r"\1\2", page)
    problems += [f"unescaped markup: {f!r}" for f in RAW_FRAGMENTS if f in source]
    return problems, reader


def parses_as_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def json_strings(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from json_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from json_strings(value)


def xml_problems(body: bytes) -> tuple[list[str], list[str]]:
    """Problems, and the texts of every element (for round trips)."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as error:
        return [f"XML that does not parse: {error}"], []
    elements = [
        (etree.QName(e).localname, [(etree.QName(k).localname, v) for k, v in e.items()])
        for e in root.iter()
        if isinstance(e.tag, str)
    ]
    problems = list(element_problems(elements))
    problems += ["a <script> in XML" for tag, _attrs in elements if tag == "script"]
    return problems, [e.text or "" for e in root.iter() if isinstance(e.tag, str)]


# --- the catalog, full of payloads ------------------------------------------------------------


def saved(payload: str, limit: int = 10**6) -> str:
    """The payload as a field of `limit` characters keeps it (the writer strips whitespace;
    PostgreSQL stores no NUL, so the engine drops them there)."""
    kept = payload[:limit].strip()
    return kept.replace("\x00", "") if on_postgres() else kept


@dataclass
class Site:
    app: Flask
    admin: FlaskClient
    visitor: FlaskClient
    token: str = ""
    pages: list[tuple[str, TestResponse]] = field(default_factory=list)  # after saves
    refused: list[str] = field(default_factory=list)  # saves refused with a 4xx: safe
    titles: dict[tuple[str, Any], str] = field(default_factory=dict)  # (argument, value)
    import_tokens: list[str] = field(default_factory=list)

    def post(self, url: str, data: dict, **kwargs) -> TestResponse:
        return self.admin.post(url, data={"csrf_token": self.token, **data}, **kwargs)


def with_refusals(site: Site, label: str, write: Callable[[bool], Any]) -> Any:
    """Write with the payload in every field; when the writer refuses a link (4xx, or
    CatalogError), write again with plain text in the fields that take links."""
    try:
        return write(True)
    except catalog.CatalogError:
        site.refused.append(label)
        return write(False)


def linked(name: str, payload: str, keep: bool) -> str:
    """The payload, or plain text in a field that may hold links when those were refused."""
    return payload if keep or name.split("_")[0] not in LINK_FIELDS else REFUSED_TEXT


class Refused(catalog.CatalogError):
    """A form answered 4xx."""


def add_users(site: Site) -> dict[int, User]:
    for number, payload in enumerate(PAYLOADS):
        form = {"username": user_name(number, payload), "role": "curator"}
        form |= {"password": PASSWORD, "confirm": PASSWORD}
        response = site.post("/curate/users", form, follow_redirects=True)
        assert response.status_code == 200, (number, response.status_code)
        site.pages.append((f"the users after adding {number}", response))
    with site.app.app_context():
        users = db.session().scalars(select(User).where(User.username != "ada"))
        return {int(user.username[:2]): user for user in users}


def user_name(number: int, payload: str) -> str:
    return f"{number:02d}{payload}"[:80].strip()


def exhibit_form(number: int, payload: str, keep_links: bool) -> dict:
    """Every text field of the exhibit form (every kind's, every language's), as long as it
    may be; the kinds take turns."""
    data = {
        name: linked(name, payload, keep_links)[:limit] for name, limit in text_fields().items()
    }
    data["tags"] = payload[:100]  # one tag, as long as a tag may be
    kind = list(KINDS)[number % len(KINDS)]
    accession = f"XSS-{number:02d} {payload}"[:100]
    return data | {"accession_number": accession, "kind": kind, "pages": "2", "featured": "y"}


def text_fields() -> dict[str, int]:
    """The exhibit form's text inputs and text areas, with their longest length."""
    fields = {}
    for name in dir(ExhibitForm):
        unbound = getattr(ExhibitForm, name)
        if isinstance(unbound, UnboundField) and unbound.field_class in (
            StringField,
            TextAreaField,
        ):
            limits = [v.max for v in unbound.kwargs.get("validators", []) if isinstance(v, Length)]
            fields[name] = min([limit for limit in limits if limit > 0], default=10**6)
    return fields


def browser_file_name(name: str, extension: str) -> str:
    """A file name as browsers put it in a form's multipart body (HTML: quotes and line breaks
    percent-encoded)."""
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A") + extension


def image_row(site: Site, payload: str) -> dict:
    """Stage the picture under the payload as its file name, as the form's script does."""
    picture = (io.BytesIO(png_bytes((700, 500), "olive")), browser_file_name(payload[:200], ".png"))
    staged = site.post("/curate/uploads", {"file": picture})
    assert staged.status_code == 200, staged.get_data(as_text=True)
    row = {"images-0-ref": staged.get_json()["rows"][0]["ref"], "images-0-position": "0"}
    for name in ("caption", "alt_text"):
        for suffix in ("", "_ru", "_tk"):
            row[f"images-0-{name}{suffix}"] = payload[:500]
    return row


def add_exhibit(site: Site, number: int, payload: str) -> int:
    picture = image_row(site, payload)

    def write(keep_links: bool) -> tuple[TestResponse, dict]:
        data = exhibit_form(number, payload, keep_links) | picture | {"action": "save"}
        response = site.post("/curate/exhibits/new", data)
        if 400 <= response.status_code < 500 and keep_links:
            site.pages.append((f"exhibit {number} refused", response))
            raise Refused("refused")
        return response, data

    response, data = with_refusals(site, f"exhibit {number}", write)
    assert response.status_code == 302, (number, response.status_code)
    exhibit_id = int(response.headers["Location"].rstrip("/").split("/")[-2])
    flashed = site.post(f"/curate/exhibits/{exhibit_id}/publish", {}, follow_redirects=True)
    assert "published" in flashed.get_data(as_text=True), number  # the title, in a flash
    site.pages.append((f"exhibit {number} published", flashed))
    duplicate = site.post("/curate/exhibits/new", data)  # a taken number: the error links it
    assert duplicate.status_code == 400, number
    site.pages.append((f"exhibit {number} saved again", duplicate))
    with site.app.app_context():
        # A later revision changes texts, for the comparison of revisions to show them.
        catalog.update_exhibit(exhibit_id, {"summary_ru": saved(payload, 1990) + " (2)"})
        exhibit = db.session().get(Exhibit, exhibit_id)
        title = exhibit.title
        site.titles |= {
            ("exhibit_id", exhibit_id): title,
            ("slug", exhibit.slug): title,
            ("accession_number", exhibit.accession_number): title,
        }
    assert title == saved(payload, 300), number
    return exhibit_id


def arrange(site: Site, number: int, payload: str, exhibits: list[int], by: User) -> None:
    """A gallery and a tour of this payload (a stop, a floor plan), by the catalog's writer."""
    mine, other = exhibits[number], exhibits[number - 1]
    title = saved(payload, 300)

    def texts(keep: bool, *names: str) -> dict:
        return {name: linked(name, payload, keep) for name in names}

    def gallery(keep: bool):
        translated = {
            lang: {"title": title, **texts(keep, "introduction")} for lang in ("ru", "tk")
        }
        cover = db.session().get(Exhibit, mine).images[0].id
        return catalog.create_gallery(
            title=title,
            **texts(keep, "introduction"),
            exhibit_ids=[mine, other],
            cover_image_id=cover,
            published=True,
            translations=translated,
            by=by,
        )

    def tour(keep: bool):
        said = {"title": title, **texts(keep, "narration")}
        stop = catalog.NewStop(
            mine, room=payload[:100], showcase=payload[:100], translations={"ru": said}, **said
        )
        plan = catalog.FloorPlan(
            alt_text=payload[:500], data=png_bytes((300, 200), "navy"), filename=payload[:200]
        )
        return catalog.create_tour(
            title=title,
            **texts(keep, "introduction"),
            stops=[stop],
            floor_plan=plan,
            published=True,
            translations={"tk": {"title": title, **texts(keep, "introduction")}},
            by=by,
        )

    with site.app.app_context():
        made_gallery = with_refusals(site, f"gallery {number}", gallery)
        catalog.update_gallery(made_gallery.id, {"introduction_ru": "Second revision"}, by=by)
        made_tour = with_refusals(site, f"tour {number}", tour)
        catalog.update_tour(made_tour.id, {"introduction_ru": "Second revision"}, by=by)
        site.titles |= {
            ("gallery_id", made_gallery.id): title,
            ("slug", made_gallery.slug): title,
            ("tour_id", made_tour.id): title,
            ("slug", made_tour.slug): title,
        }


def add_kiosk(site: Site, number: int, payload: str) -> None:
    start = ["featured", "gallery", "tour"][number % 3]
    form = {
        "name": payload[:200],
        "start": start,
        "start_gallery_id": str(number + 1) if start == "gallery" else "",
        "start_tour_id": str(number + 1) if start == "tour" else "",
        "attract": "gallery",
        "attract_gallery_id": str(number + 1),
        "idle_seconds": "90",
        "warning_seconds": "10",
        "attract_seconds": "180",
        "search_enabled": "y",
        "languages": ["en", "ru", "tk"],
        "show_qr": "y",
    }
    response = site.post("/curate/kiosks/new", form, follow_redirects=True)
    assert response.status_code == 200, (number, response.status_code)
    site.pages.append((f"kiosk {number} saved", response))


def import_csv(site: Site) -> None:
    """Every payload in a row of a CSV file (and one as a column's header), imported."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    headers = ["accession_number", "title", "kind", "description", "tags", "date"]
    writer.writerow([*headers, PAYLOADS[2]])  # an unknown column: kept in the notes
    for number, payload in enumerate(PAYLOADS):
        title = payload[:300]
        writer.writerow([f"IMP-{number}", title, "document", payload, payload, payload, payload])
    writer.writerow(["IMP-refused", "", "document", "No title: a rejected row", "", "", ""])
    upload = (io.BytesIO(buffer.getvalue().encode()), browser_file_name(PAYLOADS[3], ".csv"))
    response = site.post("/curate/import", {"csv_file": upload, "keep_unread_dates": "y"})
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    preview_url = response.headers["Location"]
    site.import_tokens.append(preview_url.rstrip("/").split("/")[-1])
    preview = site.admin.get(preview_url)
    site.pages.append(("import preview", preview))
    reader = FormReader(preview_url)
    reader.feed(preview.get_data(as_text=True))
    mapping = next(form for form in reader.forms if "column_0" in dict(form.fields))
    choices = dict(mapping.fields) | {"action": "import"}
    started = site.post(preview_url, choices)
    assert started.status_code == 302, started.get_data(as_text=True)[:3000]
    for _ in range(200):  # the import runs in a thread
        state = site.admin.get(f"{preview_url}/progress.json").get_json()["state"]
        if state in ("done", "failed"):
            break
        time.sleep(0.05)
    assert state == "done", state
    with site.app.app_context():  # in the review queue with their payloads
        imported = select(Exhibit.id).where(Exhibit.accession_number.startswith("IMP-"))
        for exhibit_id in db.session().scalars(imported).all():
            catalog.submit_exhibit(exhibit_id)


def build(app: Flask) -> Site:
    make_user(app, "ada", "admin")
    site = Site(app, app.test_client(), app.test_client())
    assert sign_in(site.admin, "ada").status_code == 302
    site.token = TOKEN.search(site.admin.get("/curate/exhibits/new").text)[1]
    users = add_users(site)
    exhibits = [add_exhibit(site, number, payload) for number, payload in enumerate(PAYLOADS)]
    with app.app_context():
        for number, ensemble in enumerate(exhibits):
            if number % len(KINDS) == list(KINDS).index("ensemble"):
                parts = [exhibits[number - 1], exhibits[number - 2]]
                catalog.set_parts(ensemble, parts)
                catalog.set_hotspots(ensemble, [catalog.NewHotspot(parts[0], 0.1, 0.1, 0.3, 0.3)])
    for number, payload in enumerate(PAYLOADS):
        arrange(site, number, payload, exhibits, users[number])
        add_kiosk(site, number, payload)
    made_default = site.post("/curate/kiosks/2/default", {}, follow_redirects=True)
    site.pages.append(("kiosk made the default", made_default))
    import_csv(site)
    return site


def build_then_index(app: Flask) -> Site:
    """Build with the search index held back, then give it the whole catalog at once (as an
    import does): one index commit instead of one per save."""
    held = indexer.deferred()
    held.__enter__()
    try:
        return build(app)
    finally:
        with app.app_context():
            held.__exit__(None, None, None)


# --- rendering and checking -------------------------------------------------------------------


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    answers: int = 0
    shown: set[str] = field(default_factory=set)  # markers whose payload came back somewhere

    def check(self, label: str, response: TestResponse, title: str | None = None) -> None:
        """Judge one answer by its type; `title` must come back in it when given (and exactly,
        in each JSON-LD block of the page)."""
        self.answers += 1
        where = f"{label} ({response.status_code}, {response.mimetype})"
        if response.status_code >= 500:
            self.problems.append(f"{where}: server error")
            return
        problems, texts, linked_data = judge(response)
        self.problems += [f"{where}: {problem}" for problem in problems]
        self.shown |= {marker for marker in MARKERS if any(marker in text for text in texts)}
        if title is None or response.status_code != 200:
            return
        if not any(title in text for text in texts):
            self.problems.append(f"{where}: the title {title[:60]!r} is not shown")
        for block in linked_data:
            if title not in json_strings(block):
                self.problems.append(f"{where}: JSON-LD without the title {title[:60]!r}")


def judge(response: TestResponse) -> tuple[list[str], list[str], list[Any]]:
    """Problems of an answer, the texts it shows, and its JSON-LD blocks."""
    kind = response.mimetype
    if kind == "text/html":
        problems, reader = html_problems(response.get_data(as_text=True))
        blocks = [
            (attrs["type"], json.loads(text))
            for attrs, text in reader.scripts
            if attrs.get("type") in DATA_SCRIPT_TYPES and parses_as_json(text)
        ]
        texts = reader.text + [s for _type, block in blocks for s in json_strings(block)]
        return problems, texts, [block for t, block in blocks if t == "application/ld+json"]
    if kind in ("application/json", "application/ld+json"):
        text = response.get_data(as_text=True)
        if not parses_as_json(text):
            return [f"JSON that does not parse: {text[:120]!r}"], [], []
        return [], list(json_strings(json.loads(text))), []
    if kind in ("text/xml", "application/xml", "image/svg+xml"):
        problems, texts = xml_problems(response.get_data())
        return problems, texts, []
    if kind in ("text/csv", "application/zip", "application/octet-stream"):
        attached = response.headers.get("Content-Disposition", "").startswith("attachment")
        return ([] if attached else ["a download shown inline"]), [], []
    if kind in ANSWERS_TEXT or kind.startswith("image/"):
        return [], [], []
    return [f"an unexpected type {kind}"], [], []


def languages(endpoint: str) -> list[str]:
    if endpoint.startswith("public."):
        return ["", "/ru", "/tk"]
    if endpoint.startswith("kiosk."):
        return ["", "/ru"]
    return [""]


def walk_every_rule(site: Site, records: Records, findings: Findings) -> set[str]:
    walked = set()
    for rule in rules(site.app, frozenset({"GET"})):
        client = site.admin if rule.endpoint.startswith(("curate.", "auth.")) else site.visitor
        every = rule.endpoint not in BINARY
        for url, values in urls_with_values(site.app, rule, records, every=every):
            title = next((site.titles[k] for k in values.items() if k in site.titles), None)
            for prefix in languages(rule.endpoint) if every else [""]:
                address = prefix + url + QUERIES.get(rule.endpoint, "")
                check_title = title if rule.endpoint in SHOWS_TITLE else None
                findings.check(f"GET {address}", client.get(address), check_title)
        walked.add(rule.endpoint)
    return walked


def echoes(site: Site, records: Records) -> Iterator[tuple[FlaskClient, str]]:
    """Addresses that echo what was typed: searches, unknown slugs, filters, OAI arguments."""
    profile = records.profiles[0].slug
    for number, payload in enumerate(PAYLOADS):
        text = payload[:300]
        path = quote(text.replace("/", " "), safe="")
        query = urlencode({"q": text})
        yield site.visitor, f"/search?{query}"
        yield site.visitor, f"/kiosk/{profile}/search?{query}"  # counted: the usage report
        yield site.visitor, f"/api/search?{query}"
        yield site.admin, f"/curate/exhibits?{query}"
        if number % 3 == 0:
            yield site.visitor, f"/ru/search?{query}"
            yield site.visitor, f"/api/suggest?{query}"
            yield site.admin, f"/curate/labels?{query}"
            yield site.admin, f"/curate/exhibits/{records.ensembles[0].id}/parts?{query}"
        if number % 3 == 1:
            yield site.visitor, f"/exhibits/{path}"
            yield site.visitor, f"/e/{path}"
            yield site.visitor, f"/galleries/{path}"
            yield site.visitor, f"/kiosk/{path}/"
        if number % 3 == 2:
            yield site.visitor, f"/exhibits/?{urlencode({'tag': text, 'kind': text})}"
            yield site.visitor, f"/api/exhibits/{path}"
            yield site.visitor, f"/oai?{urlencode({'verb': text})}"
            yield site.visitor, f"/oai?{urlencode({'verb': 'GetRecord', 'identifier': text})}"
            yield site.admin, f"/curate/dates?{urlencode({'text': text})}"
    for word in SEARCH_WORDS:  # hits, with the word highlighted in their excerpts
        yield site.visitor, f"/search?q={word}"
        yield site.visitor, f"/tk/search?q={word}"
        yield site.visitor, f"/kiosk/{profile}/search?q={word}"
        yield site.visitor, f"/api/search?q={word}"
        yield site.admin, f"/curate/exhibits?q={word}"
    ids = "&".join(f"id={exhibit.id}" for exhibit in records.exhibits)
    yield site.admin, f"/curate/labels?{ids}"
    yield site.admin, "/curate/labels?gallery=2"
    yield site.admin, "/curate/exhibits?page=2&sort=title"
    for user in records.users[:6]:
        yield site.admin, f"/curate/activity?user={user.id}"
    yield site.visitor, "/oai?verb=ListRecords&metadataPrefix=oai_dc"
    yield site.visitor, "/oai?verb=ListSets"


def count_kiosk_views(site: Site, records: Records) -> None:
    """Views counted on a kiosk, so that its usage report names exhibits."""
    for profile, exhibit in zip(records.profiles[:4], records.exhibits[:20], strict=False):
        report = {"exhibit": exhibit.slug, "seconds": 5}
        assert site.visitor.post(f"/kiosk/{profile.slug}/usage", json=report).status_code == 204


def test_no_payload_is_unescaped_anywhere(app):
    site = build_then_index(app)
    records = Records.load(app, site.import_tokens)
    records.exhibits = [e for e in records.exhibits if e.accession_number.startswith("XSS-")]
    findings = Findings()
    for label, response in site.pages:
        findings.check(label, response)
    count_kiosk_views(site, records)
    for client, address in echoes(site, records):
        findings.check(f"GET {address}", client.get(address))
    walked = walk_every_rule(site, records, findings)
    oai = site.visitor.get("/oai?verb=ListRecords&metadataPrefix=oai_dc").get_data()
    harvested = xml_problems(oai)[1]
    assert not findings.problems, "\n".join(findings.problems[:60])
    assert walked == {rule.endpoint for rule in rules(app, frozenset({"GET"}))}
    assert findings.shown == MARKERS, MARKERS - findings.shown  # every payload was shown
    for payload in PAYLOADS:  # OAI-PMH gives every title back, less what XML cannot hold
        assert xml_text(saved(payload, 300)) in harvested, payload[:40]
    assert len(PAYLOADS) >= 25 and findings.answers > 500, findings.answers
