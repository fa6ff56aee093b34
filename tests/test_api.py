"""The public JSON API: exhibits, galleries, tours and search as JSON, checked field by field,
against the browse page, and by schemathesis against its own OpenAPI document."""

import json
import re
from collections.abc import Iterator
from urllib.parse import quote, urlsplit

import pytest
import schemathesis
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import event

from museum import catalog, create_app, db
from museum.instance import init_instance
from museum.models import Image
from museum.render import image_size
from tests.conftest import KIND_FIELDS, png_bytes

BASE = "http://museum.example"
HOSTILE = "</script><b>bold & “quoted”\u2028</b>"
NOTE = "Curators only: bought from a dealer, price 300."
PER_PAGE = 4


# --- a small catalog, made once for the module ------------------------------------------------


@pytest.fixture(scope="module")
def museum(tmp_path_factory) -> Iterator[Flask]:
    """An app over a catalog of 15 published exhibits (3 more hidden), galleries and tours;
    tests only read it."""
    root = tmp_path_factory.mktemp("api")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MUSEUM_INSTANCE_PATH", str(root / "instance"))
        app = create_app(
            {
                "TESTING": True,
                "SECRET_KEY": "t",
                "MEDIA_ROOT": str(root / "media"),
                "PUBLIC_BASE_URL": BASE,
                "EXHIBITS_PER_PAGE": PER_PAGE,
                "DEEP_ZOOM_MIN_EDGE": 500,  # so that a small image has IIIF tiles too
            }
        )
    with app.app_context():
        init_instance()
        _fill(app)
    yield app


def _exhibit(number: str, kind: str, title: str, *, images: int = 0, publish=True, **fields):
    new_images = [
        catalog.NewImage(
            png_bytes(color=f"#{i * 70:02x}6040"), f"{i}.png", f"Caption {i}", f"Alt {i}"
        )
        for i in range(images)
    ]
    tags = fields.pop("tags", ())
    values = {"accession_number": number, "kind": kind, "title": title, **KIND_FIELDS[kind]}
    return catalog.create_exhibit(
        {**values, **fields}, images=new_images, tags=tags, publish=publish
    )


def _fill(app: Flask) -> None:
    main = _exhibit(
        "KP-1975/12",
        "document",
        f"Customs decree {HOSTILE}",
        images=2,
        date_text="1930-1935",
        summary="A decree on seals.",
        description=f"It says *{HOSTILE}*.",
        place="Northern post",
        materials="paper, ink",
        dimensions="30 x 21 cm",
        provenance="Transferred from the archive",
        credit_line="Gift of the Customs Board",
        rights="CC BY 4.0",
        location_hall="Hall 1",
        location_case="Case 3",
        notes=NOTE,
        tags=["Seals", "port"],
    )
    cyrillic = _exhibit("ГТС-0012", "photograph", "Пост на границе", images=1, date_text="1962")
    ensemble = _exhibit("ENS-1", "ensemble", "The officer's desk", date_text="1950s")
    part = _exhibit("ENS-1/1", "equipment", "Seal press", date_text="1955", tags=["seals"])
    hidden_part = _exhibit("ENS-1/2", "award", "Unfinished cup", publish=False)
    catalog.set_parts(ensemble.id, [part.id, hidden_part.id])
    others = [
        _exhibit(f"CM-{n}", kind, f"Item {n:02d}", date_text=date, tags=tags)
        for n, kind, date, tags in [
            (2, "award", "1936", ["sport"]),
            (10, "award", "1981", ["sport"]),
            (3, "document", "", ["port"]),
            (4, "equipment", "1925", []),
            (5, "photograph", "1939", ["port"]),
            (6, "document", "ca. 1931", ["port", "seals"]),
            (7, "award", "1990s", ["sport"]),
            (8, "equipment", "1970", []),
            (9, "document", "1928", []),
            (11, "photograph", "", []),
            (12, "document", "1947", []),
        ]
    ]
    _exhibit("DRAFT-1", "document", "A draft", publish=False)
    trashed = _exhibit("TRASH-1", "document", "In the trash")
    catalog.delete_exhibit(trashed.id)
    shown = [others[3], main, hidden_part, cyrillic, others[0]]
    catalog.create_gallery(title="Harbour", exhibit_ids=[e.id for e in shown], published=True)
    catalog.create_gallery(title="Not yet", exhibit_ids=[main.id], published=False)
    stops = [
        catalog.NewStop(main.id, narration=f"Look at the seal. {HOSTILE}", room="Hall 1"),
        catalog.NewStop(hidden_part.id, narration="Hidden"),
        catalog.NewStop(part.id, title="The press", room="Hall 2", showcase="Case 9"),
    ]
    plan = catalog.FloorPlan(alt_text="Two halls", data=png_bytes(), filename="plan.png")
    catalog.create_tour(title="First walk", stops=stops, floor_plan=plan, published=True)
    catalog.create_tour(title="Hidden walk", stops=stops[:1], published=False)


@pytest.fixture(scope="module")
def api(museum) -> FlaskClient:
    return museum.test_client()


def get(api: FlaskClient, url: str, status: int = 200, **kwargs) -> dict:
    response = api.get(url, **kwargs)
    assert response.status_code == status, (url, response.status_code, response.data[:300])
    assert response.mimetype == "application/json"
    return response.json


def path_of(url: str) -> str:
    assert url.startswith(BASE + "/"), url
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def all_exhibits(api: FlaskClient, url: str = "/api/exhibits?per_page=3") -> list[dict]:
    found = []
    while url:
        page = get(api, url)
        found += page["exhibits"]
        url = page["next"] and path_of(page["next"])
    return found


# --- one exhibit ------------------------------------------------------------------------------


def test_an_exhibit_has_every_public_field_and_never_the_notes(api):
    response = api.get("/api/exhibits/KP-1975/12")
    doc = response.json
    assert NOTE not in response.get_data(as_text=True)
    assert "notes" not in doc
    assert doc["accession_number"] == "KP-1975/12"
    assert doc["title"] == f"Customs decree {HOSTILE}"
    assert (doc["kind"], doc["date"], doc["year_from"], doc["year_to"]) == (
        "document",
        "1930-1935",
        1930,
        1935,
    )
    assert doc["url"] == f"{BASE}/exhibits/{doc['slug']}"
    assert doc["api_url"] == f"{BASE}/api/exhibits/KP-1975/12"
    assert doc["short_url"] == f"{BASE}/e/KP-1975/12"
    assert doc["iiif_manifest"] == f"{BASE}/iiif/KP-1975/12/manifest.json"
    assert doc["tags"] == ["port", "seals"]
    assert doc["kind_fields"] == KIND_FIELDS["document"]
    assert doc["location"] == {"hall": "Hall 1", "case": "Case 3"}
    assert (doc["credit_line"], doc["rights"], doc["place"]) == (
        "Gift of the Customs Board",
        "CC BY 4.0",
        "Northern post",
    )
    assert (doc["parts"], doc["part_of"]) == ([], None)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["updated_at"])


def test_every_image_size_is_listed_with_its_size_and_answers(museum, api):
    doc = get(api, "/api/exhibits/KP-1975/12")
    assert [image["caption"] for image in doc["images"]] == ["Caption 0", "Caption 1"]
    with museum.app_context():
        rows = db.session().query(Image).filter(Image.caption == "Caption 0").all()
        expected = {name: image_size(rows[0], name) for name in doc["images"][0]["sizes"]}
    image = doc["images"][0]
    assert (image["alt"], image["width"], image["height"]) == ("Alt 0", 640, 480)
    assert set(image["sizes"]) == {"kiosk", "large", "medium", "small", "square"}
    for name, size in image["sizes"].items():
        assert (size["width"], size["height"]) == expected[name]
        for extension in ("jpg", "webp"):
            answer = api.get(path_of(size[extension]))
            assert answer.status_code == 200, size[extension]
            assert answer.mimetype == f"image/{'jpeg' if extension == 'jpg' else 'webp'}"
    assert image["sizes"]["square"]["width"] == 200
    info = api.get(path_of(image["iiif_info"])).json
    assert (info["width"], info["height"]) == (640, 480)


@pytest.mark.parametrize(
    "address",
    [
        "/api/exhibits/ГТС-0012",
        "/api/exhibits/" + quote("ГТС-0012"),
        "/api/exhibits/гтс 0012",  # typed loosely, as /e/ links are
    ],
)
def test_cyrillic_accession_numbers(api, address):
    doc = get(api, address)
    assert doc["accession_number"] == "ГТС-0012"
    assert doc["api_url"] == f"{BASE}/api/exhibits/%D0%93%D0%A2%D0%A1-0012"
    assert get(api, path_of(doc["api_url"]))["title"] == "Пост на границе"


@pytest.mark.parametrize("address", ["/api/exhibits/KP-1975/12", "/api/exhibits/KP-1975%2F12"])
def test_slashes_in_accession_numbers_as_they_are_or_encoded(api, address):
    assert get(api, address)["accession_number"] == "KP-1975/12"


def test_an_ensemble_lists_its_published_parts_and_a_part_its_ensemble(api):
    assert get(api, "/api/exhibits/ENS-1")["parts"] == ["ENS-1/1"]
    part = get(api, "/api/exhibits/ENS-1/1")
    assert part["part_of"] == "ENS-1"
    assert part["kind_fields"] == KIND_FIELDS["equipment"]
    assert get(api, "/api/exhibits/ENS-1")["kind_fields"] == {}


def test_text_comes_back_exactly_as_the_curator_typed_it(api):
    response = api.get("/api/exhibits/KP-1975/12")
    parsed = json.loads(response.get_data(as_text=True))
    assert parsed["title"].endswith(HOSTILE)
    assert parsed["description"] == f"It says *{HOSTILE}*."
    stop = get(api, "/api/tours/first-walk")["stops"][0]
    assert stop["narration"] == f"Look at the seal. {HOSTILE}"


# --- what is hidden ---------------------------------------------------------------------------


@pytest.mark.parametrize("number", ["DRAFT-1", "TRASH-1", "ENS-1/2", "NO-SUCH-1"])
def test_drafts_trash_and_unknown_numbers_are_404(api, number):
    error = get(api, f"/api/exhibits/{number}", 404)
    assert error["status"] == 404 and number in error["message"]


def test_hidden_exhibits_appear_in_no_list(api):
    hidden = {"DRAFT-1", "TRASH-1", "ENS-1/2"}
    listed = {doc["accession_number"] for doc in all_exhibits(api)}
    assert len(listed) == 15 and not listed & hidden
    gallery = get(api, "/api/galleries/harbour")
    assert not {doc["accession_number"] for doc in gallery["exhibits"]} & hidden
    tour = get(api, "/api/tours/first-walk")
    assert not {stop["exhibit"]["accession_number"] for stop in tour["stops"]} & hidden
    found = get(api, "/api/search?q=draft trash unfinished")["results"]
    assert not {hit["accession_number"] for hit in found} & hidden


@pytest.mark.parametrize("address", ["/api/galleries/not-yet", "/api/tours/hidden-walk"])
def test_unpublished_galleries_and_tours_are_404(api, address):
    get(api, address, 404)
    listed = [g["slug"] for g in get(api, "/api/galleries")["galleries"]]
    listed += [t["slug"] for t in get(api, "/api/tours")["tours"]]
    assert address.rsplit("/", 1)[1] not in listed


# --- lists, filters and paging ----------------------------------------------------------------


def browse_slugs(api: FlaskClient, query: str) -> list[str]:
    response = api.get(f"/exhibits/?{query}")
    assert response.status_code == 200, query
    html = response.get_data(as_text=True)
    return re.findall(r'<li class="card">\s*<a href="/exhibits/([^"]+)"', html)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "page=2",
        "page=4",
        "kind=document",
        "kind=award&sort=title",
        "decade=1930",
        "tag=port",
        "tag=port&tag=seals",
        "images=1",
        "gallery=harbour",
        "sort=accession&page=2",
        "sort=title&page=3",
    ],
)
def test_pages_and_filters_agree_with_the_browse_page(api, query):
    page = get(api, f"/api/exhibits?{query}")
    assert [doc["slug"] for doc in page["exhibits"]] == browse_slugs(api, query)
    assert page["per_page"] == PER_PAGE


def test_next_links_walk_every_exhibit_once_in_order(api):
    walked = all_exhibits(api, "/api/exhibits?sort=accession&per_page=3&kind=award")
    numbers = [doc["accession_number"] for doc in walked]
    assert numbers == ["CM-2", "CM-7", "CM-10"]
    first = get(api, "/api/exhibits?per_page=6")
    assert (first["total"], first["pages"], first["previous"]) == (15, 3, None)
    assert first["next"] == f"{BASE}/api/exhibits?per_page=6&page=2"
    last = get(api, path_of(first["next"]).replace("page=2", "page=3"))
    assert last["next"] is None and len(last["exhibits"]) == 3


def test_a_gallery_lists_its_exhibits_in_the_curators_order(api):
    galleries = get(api, "/api/galleries")["galleries"]
    assert [(g["slug"], g["exhibit_count"]) for g in galleries] == [("harbour", 4)]
    gallery = get(api, "/api/galleries/harbour")
    numbers = [doc["accession_number"] for doc in gallery["exhibits"]]
    assert numbers == ["CM-4", "KP-1975/12", "ГТС-0012", "CM-2"]
    assert gallery["url"] == f"{BASE}/galleries/harbour"
    second = get(api, "/api/galleries/harbour?per_page=3&page=2")
    assert [doc["accession_number"] for doc in second["exhibits"]] == ["CM-2"]
    assert second["previous"] == f"{BASE}/api/galleries/harbour?per_page=3&page=1"
    get(api, "/api/galleries/harbour?per_page=3&page=3", 404)


def test_a_tour_lists_its_stops_with_narration_room_and_exhibit(api):
    tours = get(api, "/api/tours")["tours"]
    assert [(t["slug"], t["stop_count"]) for t in tours] == [("first-walk", 2)]
    tour = get(api, "/api/tours/first-walk")
    plan = tour["floor_plan"]
    assert plan["alt"] == "Two halls" and plan["iiif_info"] is None
    assert api.get(path_of(plan["sizes"]["large"]["jpg"])).status_code == 200
    first, second = tour["stops"]
    assert (first["number"], first["room"], first["exhibit"]["accession_number"]) == (
        1,
        "Hall 1",
        "KP-1975/12",
    )
    assert first["title"] == f"Customs decree {HOSTILE}"  # no title of its own
    assert (second["number"], second["title"], second["room"], second["showcase"]) == (
        2,
        "The press",
        "Hall 2",
        "Case 9",
    )
    assert second["url"] == f"{BASE}/tours/first-walk/2"
    assert second["exhibit"]["tags"] == ["seals"]


def test_search_hits_carry_the_exhibit_summary_and_keep_their_keys(api):
    results = get(api, "/api/search?q=decree")
    hit = results["results"][0]
    assert hit["accession_number"] == "KP-1975/12"
    for key in ("title", "kind", "date", "url", "thumbnail", "excerpt"):
        assert key in hit
    assert hit["slug"] and hit["tags"] == ["port", "seals"] and len(hit["images"]) == 2
    assert hit["url"] == f"{BASE}/exhibits/{hit['slug']}"
    assert api.get(path_of(hit["thumbnail"])).status_code == 200
    assert {"total", "page", "pages", "facets", "corrected_query"} <= set(results)


# --- errors, CORS, caching --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("page=0", 400),
        ("page=two", 400),
        ("page=-1", 400),
        ("per_page=0", 400),
        ("per_page=101", 400),
        ("decade=1935", 400),
        ("sort=price", 400),
        ("images=yes", 400),
        ("&".join(f"tag=t{n}" for n in range(11)), 400),
        ("kind=painting", 404),
        ("gallery=nowhere", 404),
        ("gallery=not-yet", 404),
        ("tag=nothing", 404),
        ("page=5", 404),
        ("page=" + "9" * 5000, 404),
    ],
)
def test_bad_parameters_get_a_json_error(api, query, status):
    error = get(api, f"/api/exhibits?{query}", status)
    assert error["status"] == status and error["message"] and error["error"]


@pytest.mark.parametrize(
    ("method", "address", "status"),
    [
        ("GET", "/api/", 404),
        ("GET", "/api/exhibits/KP%0A1975", 404),  # a newline, which werkzeug's paths refuse
        ("GET", "/api/new%0Aline", 404),
        ("GET", "/api/nothing/here", 404),
        ("GET", "/api/galleries/nowhere", 404),
        ("GET", "/api/tours/nowhere", 404),
        ("GET", "/api/galleries/harbour?page=x", 400),
        ("POST", "/api/exhibits", 400),  # refused by the CSRF check, as everywhere
        ("DELETE", "/api/exhibits/KP-1975/12", 400),
        ("PUT", "/api/tours/first-walk", 400),
    ],
)
def test_unknown_addresses_and_methods_answer_json(api, method, address, status):
    response = api.open(address, method=method)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert response.json["status"] == status
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    if method != "GET":
        assert "read-only" in response.json["message"]
        assert response.headers["Allow"] == "GET, HEAD, OPTIONS"


def test_a_write_with_a_valid_token_is_still_not_allowed(museum):
    museum.config["WTF_CSRF_CHECK_DEFAULT"] = False  # as if the token were right
    try:
        response = museum.test_client().post("/api/exhibits/KP-1975/12")
        unknown = museum.test_client().post("/api/nothing")
    finally:
        museum.config["WTF_CSRF_CHECK_DEFAULT"] = True
    assert response.status_code == 405
    assert response.json["status"] == 405
    assert response.headers["Allow"] == "GET, HEAD, OPTIONS"
    assert unknown.status_code == 404 and unknown.json["status"] == 404


def test_any_site_may_read_without_credentials(api):
    response = api.get("/api/exhibits", headers={"Origin": "https://elsewhere.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response.headers
    preflight = api.options(
        "/api/exhibits/KP-1975/12",
        headers={
            "Origin": "https://elsewhere.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "if-none-match",
        },
    )
    assert preflight.status_code == 200
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert preflight.headers["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"
    assert preflight.headers["Access-Control-Allow-Headers"] == "if-none-match"
    assert int(preflight.headers["Access-Control-Max-Age"]) > 0


def test_answers_revalidate_with_their_etag(api):
    first = api.get("/api/galleries/harbour")
    assert first.headers["ETag"]
    again = api.get("/api/galleries/harbour", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.headers["Access-Control-Allow-Origin"] == "*"


def test_a_page_of_exhibits_costs_the_same_statements_however_long(museum, api):
    statements: list[str] = []
    with museum.app_context():
        engine = db.engine()
    cache_size = museum.config["PAGE_CACHE_SIZE"]
    museum.config["PAGE_CACHE_SIZE"] = 0  # count what answering costs, not a cached copy

    def count(url: str) -> int:
        api.get(url)
        statements.clear()
        assert api.get(url).status_code == 200
        return len(statements)

    def record(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        # Both pages hold an ensemble and a part: 9 exhibits, and all 15.
        assert count("/api/exhibits?per_page=9") == count("/api/exhibits?per_page=15")
        assert count("/api/galleries/harbour?per_page=1") == count("/api/galleries/harbour")
        assert count("/api/search?q=item&page=1") == count("/api/search?q=customs")
    finally:
        event.remove(engine, "before_cursor_execute", record)
        museum.config["PAGE_CACHE_SIZE"] = cache_size


# --- the OpenAPI document ---------------------------------------------------------------------


def test_the_document_describes_every_api_address(museum, api):
    document = get(api, "/api/openapi.json")
    assert document["openapi"].startswith("3.1")
    assert document["servers"] == [{"url": BASE}]
    routes = {
        re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for rule in museum.url_map.iter_rules()
        if rule.rule.startswith("/api/") and rule.endpoint != "api.unknown"
    }
    assert routes == set(document["paths"])


# Every operation of the document, each fuzzed with valid and with invalid arguments.
OPERATIONS = [
    "listExhibits",
    "getExhibit",
    "listGalleries",
    "getGallery",
    "listTours",
    "getTour",
    "search",
    "suggest",
    "openapi",
]
NEGATIVE = ["listExhibits", "getGallery", "search"]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


def test_every_operation_is_fuzzed(api):
    document = get(api, "/api/openapi.json")
    ids = [op["operationId"] for item in document["paths"].values() for op in item.values()]
    assert sorted(ids) == sorted(OPERATIONS)


@pytest.fixture(scope="module")
def api_schema(museum):
    return schemathesis.openapi.from_wsgi("/api/openapi.json", museum)


# Hypothesis drives each operation's strategy directly: schemathesis' own pytest integration
# (from_fixture + parametrize) fails on pytest 9.2, which renamed the node id it rewrites.
# Invalid arguments only where a parameter constrains them (any text is a valid slug); and
# the detail operations again on records that exist, since random names are all 404.
def fuzz(operation: str, mode: GenerationMode, path: dict | None = None):
    named = f"-{next(iter(path.values()))}" if path else ""
    return pytest.param(operation, mode, path, id=f"{operation}-{mode.value}{named}")


@pytest.mark.parametrize(
    ("operation_id", "mode", "path"),
    [fuzz(operation, GenerationMode.POSITIVE) for operation in OPERATIONS]
    + [fuzz(operation, GenerationMode.NEGATIVE) for operation in NEGATIVE]
    + [
        fuzz("getExhibit", GenerationMode.POSITIVE, {"accession_number": number})
        for number in ("KP-1975/12", "ГТС-0012", "ENS-1", "ENS-1/1", "CM-8")
    ]
    + [
        fuzz("getGallery", GenerationMode.POSITIVE, {"slug": "harbour"}),
        fuzz("getGallery", GenerationMode.NEGATIVE, {"slug": "harbour"}),
        fuzz("getTour", GenerationMode.POSITIVE, {"slug": "first-walk"}),
    ],
)
def test_the_api_keeps_to_its_openapi_document(api_schema, operation_id, mode, path):
    operation = api_schema.find_operation_by_id(operation_id)

    @given(case=operation.as_strategy(generation_mode=mode, path_parameters=path))
    @settings(
        max_examples=50,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def call(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    call()


def test_the_whole_demo_museum_keeps_to_the_document(demo_app):
    """Every exhibit, gallery and tour of the demo: Markdown, an ensemble, deep-zoom images."""
    document = schemathesis.openapi.from_wsgi("/api/openapi.json", demo_app)

    def check(operation_id: str, **parts) -> dict:
        case = document.find_operation_by_id(operation_id).Case(**parts)
        return case.call_and_validate(checks=CHECKS).json()

    page = check("listExhibits", query={"per_page": 100})
    assert len(page["exhibits"]) == page["total"] > 40
    for exhibit in page["exhibits"]:
        number = exhibit["accession_number"]
        assert check("getExhibit", path_parameters={"accession_number": number}) == exhibit
    assert any(exhibit["parts"] for exhibit in page["exhibits"])
    for gallery in check("listGalleries")["galleries"]:
        check("getGallery", path_parameters={"slug": gallery["slug"]}, query={"per_page": 100})
    for tour in check("listTours")["tours"]:
        assert check("getTour", path_parameters={"slug": tour["slug"]})["stops"]
