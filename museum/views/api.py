"""The public, read-only JSON API: exhibits, galleries, tours, search and suggestions.

Visitors' data only (published, outside the trash). Every answer under /api/ is JSON, errors
included ({"status", "error", "message"} with a 4xx); CORS is open for reading, without
credentials. /api/openapi.json describes it all (museum/openapi.py).
"""

import re
from typing import Any, NoReturn

from flask import Blueprint, Response, current_app, jsonify, request
from flask_wtf.csrf import CSRFError
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound
from werkzeug.http import HTTP_STATUS_CODES
from werkzeug.routing import PathConverter

from museum import api_documents as documents
from museum import browse, db, openapi, queries
from museum.models import Exhibit
from museum.page_cache import cached_page
from museum.render import image_url_for_hash
from museum.search import query

bp = Blueprint("api", __name__, url_prefix="/api")


class AnyPath(PathConverter):
    """Werkzeug's path, newlines included: its `.` stops at one, and the address then matched
    no rule of the API at all (an HTML 404 instead of a JSON one)."""

    regex = r"[^/][\s\S]*?"


# Before the rules below are added: they need the converter when they are compiled.
bp.record_once(lambda state: state.app.url_map.converters.setdefault("any_path", AnyPath))

MAX_PER_PAGE = documents.MAX_PER_PAGE
FILTER_ARGS = ("kind", "gallery", "decade", "tag", "images", "sort")
READ_METHODS = "GET, HEAD, OPTIONS"
EVERY_METHOD = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
PREFLIGHT_MAX_AGE = 24 * 3600
_HEADER_NAMES = re.compile(r"[A-Za-z0-9\-, ]{1,500}")


# --- exhibits ---------------------------------------------------------------------------------


@bp.get("/exhibits")
@cached_page
def exhibits() -> Response:
    """Published exhibits a page at a time, with the browse page's filters and sort orders."""
    filters = browse.Filters.from_args(
        MultiDict([(k, v) for k, v in request.args.items(multi=True) if k in FILTER_ARGS])
    )
    number = _whole_number("page", 1, "page number")
    default = min(current_app.config["EXHIBITS_PER_PAGE"], MAX_PER_PAGE)
    per_page = _whole_number("per_page", default, "page size", most=MAX_PER_PAGE)
    browse.check_exists(filters, browse.galleries(filters))
    page = browse.exhibit_page(filters, number, per_page)
    if page is None:
        raise browse.BrowseError(404, f"There is no page {number} of this list.")
    documents.preload(page.items)
    args = {**filters.args(), **({"per_page": per_page} if per_page != default else {})}
    return jsonify(
        {
            **documents.paging(page, per_page, "api.exhibits", args),
            "exhibits": [documents.exhibit_document(exhibit) for exhibit in page.items],
        }
    )


@bp.get("/exhibits/<any_path:accession_number>")
@cached_page
def exhibit(accession_number: str) -> Response:
    """One exhibit by accession number (slashes and Cyrillic welcome; typed loosely, as /e/)."""
    found = queries.exhibit_by_accession(accession_number)
    if found is None:
        raise NotFound(f"No exhibit on display has the accession number “{accession_number}”.")
    documents.preload([found])
    return jsonify(documents.exhibit_document(found))


# --- galleries and tours ----------------------------------------------------------------------


@bp.get("/galleries")
@cached_page
def galleries() -> Response:
    counts = queries.gallery_counts()
    return jsonify(
        {
            "galleries": [
                documents.gallery_summary(gallery, counts.get(gallery.id, 0))
                for gallery in queries.published_galleries()
            ]
        }
    )


@bp.get("/galleries/<slug>")
@cached_page
def gallery(slug: str) -> Response:
    """A gallery and its exhibits in the curator's order, a page at a time."""
    found = queries.gallery_by_slug(slug)
    if found is None:
        raise NotFound(f"There is no gallery “{slug}” on display.")
    number = _whole_number("page", 1, "page number")
    default = min(current_app.config["GALLERY_EXHIBITS_PER_PAGE"], MAX_PER_PAGE)
    per_page = _whole_number("per_page", default, "page size", most=MAX_PER_PAGE)
    page = queries.gallery_exhibit_page(found, number, per_page)
    if page is None:
        raise browse.BrowseError(404, f"There is no page {number} of this gallery.")
    documents.preload(page.items, full=False)
    args = {"slug": slug, **({"per_page": per_page} if per_page != default else {})}
    return jsonify(
        {
            **documents.gallery_summary(found, page.total),
            **documents.paging(page, per_page, "api.gallery", args),
            "exhibits": [documents.exhibit_summary(exhibit) for exhibit in page.items],
        }
    )


@bp.get("/tours")
@cached_page
def tours() -> Response:
    found = queries.published_tours()
    documents.preload_floor_plans(found)
    counts = documents.tour_stop_counts()
    return jsonify(
        {"tours": [documents.tour_summary(tour, counts.get(tour.id, 0)) for tour in found]}
    )


@bp.get("/tours/<slug>")
@cached_page
def tour(slug: str) -> Response:
    """A tour's stops in order, each with its narration, room and exhibit."""
    found = queries.tour_by_slug(slug)
    if found is None:
        raise NotFound(f"There is no tour “{slug}” on display.")
    stops = queries.visible_stops(found)
    documents.preload([stop.exhibit for stop in stops], full=False)
    return jsonify(
        {
            **documents.tour_summary(found, len(stops)),
            "stops": documents.tour_stops(found, stops),
        }
    )


# --- search -----------------------------------------------------------------------------------


@bp.get("/search")
def search() -> Response:
    results = query.search_request(_search_args(request.args))
    return jsonify(
        {
            "query": results.query,
            "total": results.total,
            "page": results.page,
            "pages": results.pages,
            "corrected_query": results.corrected,
            "notice": results.notice,
            "results": _hits(results.hits),
            "facets": {name: dict(pairs) for name, pairs in results.facets.items()},
        }
    )


def _search_args(args: MultiDict) -> MultiDict:
    """The arguments with a page number search can take: past the last page it shows the last,
    but a page number of 20 digits (or "²", a digit to str.isdigit) would make it fail."""
    page = args.get("page", "")
    if page.isascii() and page.isdigit() and len(page) <= 9:
        return args
    cleaned = MultiDict(args)
    if page.isascii() and page.isdigit():
        cleaned["page"] = str(10**9)
    else:
        cleaned.pop("page", None)
    return cleaned


def _hits(hits: list[query.Hit]) -> list[dict[str, Any]]:
    """The hits as exhibit summaries with their excerpt and thumbnail, in the ranked order.

    A hit whose exhibit left the display since the index was read is left out."""
    ids = [hit.id for hit in hits]
    if not ids:
        return []
    loaded = {
        exhibit.id: exhibit
        for exhibit in db.session().scalars(queries.published_exhibits().where(Exhibit.id.in_(ids)))
    }
    documents.preload(list(loaded.values()), full=False)
    return [
        {
            **documents.exhibit_summary(loaded[hit.id]),
            "thumbnail": (
                documents.absolute(image_url_for_hash(hit.image, "small")) if hit.image else None
            ),
            "excerpt": str(hit.excerpt),
        }
        for hit in hits
        if hit.id in loaded
    ]


@bp.get("/suggest")
def suggest() -> Response:
    return jsonify(
        {
            "query": request.args.get("q", ""),
            "suggestions": query.suggest(request.args.get("q", "")),
        }
    )


@bp.get("/openapi.json")
@cached_page
def openapi_document() -> Response:
    return jsonify(openapi.document())


# --- arguments --------------------------------------------------------------------------------


def _whole_number(name: str, default: int, what: str, most: int | None = None) -> int:
    """A positive whole number from the query string; BrowseError(400) for anything else."""
    text = request.args.get(name) or ""
    if not text:
        return default
    if not (text.isascii() and text.isdigit()):
        raise browse.BrowseError(400, f"“{text}” is not a {what}: give a whole number from 1.")
    digits = text.lstrip("0") or "0"
    # Past every end either way; int() refuses thousands of digits.
    value = int(digits) if len(digits) <= 9 else 10**9
    if value < 1:
        raise browse.BrowseError(400, f"“{text}” is not a {what}: give a whole number from 1.")
    if most is not None and value > most:
        raise browse.BrowseError(400, f"The {what} is at most {most}.")
    return value


# --- every answer: CORS, JSON errors ----------------------------------------------------------


@bp.after_request
def _open_for_reading(response: Response) -> Response:
    """Any site may read the API (no cookies, no credentials); preflights get their answer."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    if request.method == "OPTIONS" and response.status_code == 200:
        # Flask's automatic answer would list the catch-all's methods as well.
        response.headers["Allow"] = READ_METHODS
        response.headers["Access-Control-Allow-Methods"] = READ_METHODS
        requested = request.headers.get("Access-Control-Request-Headers", "")
        if _HEADER_NAMES.fullmatch(requested):
            response.headers["Access-Control-Allow-Headers"] = requested
        response.headers["Access-Control-Max-Age"] = str(PREFLIGHT_MAX_AGE)
    return response


@bp.route("/", methods=EVERY_METHOD)
@bp.route("/<any_path:rest>", methods=EVERY_METHOD)
def unknown(rest: str = "") -> NoReturn:
    """Every other address or method below /api/, so that it too answers in JSON."""
    if _readable(request.path):
        raise MethodNotAllowed(
            valid_methods=READ_METHODS.split(", "),
            description="The API is read-only: use GET.",
        )
    raise NotFound("There is no such address in the API; /api/openapi.json lists them all.")


def _readable(path: str) -> bool:
    """True when a GET of this path reaches a real endpoint of the API."""
    try:
        endpoint, _values = current_app.create_url_adapter(request).match(path, method="GET")
    except HTTPException:
        return False
    return endpoint != "api.unknown"


@bp.errorhandler(CSRFError)
def _write_refused(_refusal: CSRFError) -> Response:
    # The CSRF check runs before any view: a POST, PUT, PATCH or DELETE ends here, as on
    # every other address, unless it carries a form's token (then it meets a 405).
    response = _error(
        400,
        "The API is read-only: use GET. (A request that could write needs a form's security "
        "token, and this one has none.)",
    )
    response.headers["Allow"] = READ_METHODS
    return response


@bp.errorhandler(browse.BrowseError)
def _browse_error(error: browse.BrowseError) -> Response:
    return _error(error.code, error.message)


@bp.errorhandler(HTTPException)
def _http_error(error: HTTPException) -> Response:
    code = error.code or 500
    response = _error(code, error.description or "")
    for name, value in error.get_headers():
        if name.lower() != "content-type":
            response.headers[name] = value
    return response


@bp.errorhandler(Exception)
def _unexpected_error(error: Exception) -> Response:
    current_app.logger.exception("Unexpected error", exc_info=error)
    return _error(500, "Something went wrong on our side; please try again.")


def _error(code: int, message: str) -> Response:
    response = jsonify(
        {"status": code, "error": HTTP_STATUS_CODES.get(code, ""), "message": message}
    )
    response.status_code = code
    return response
