"""The visitors' museum: home, exhibits, galleries, tours, short links and media."""

from flask import (
    Blueprint,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_from_directory,
    url_for,
)
from werkzeug.wrappers import Response

from museum import media, queries
from museum.kinds import KINDS
from museum.search import query

bp = Blueprint("public", __name__)

MEDIA_MAX_AGE = 365 * 24 * 3600  # derivative URLs contain the content hash: they never change
PUBLIC_MEDIA_SUFFIXES = (".jpg", ".webp")


@bp.get("/")
def home() -> str:
    return render_template(
        "public/home.html",
        featured=queries.featured_exhibits(),
        galleries=queries.published_galleries(),
        tours=queries.published_tours(),
        kind_counts=queries.kind_counts(),
    )


@bp.get("/exhibits/")
def exhibits() -> str:
    kind = request.args.get("kind") or None
    if kind is not None and kind not in KINDS:
        abort(404)
    number = request.args.get("page", 1, type=int)
    page = queries.exhibit_page(number, current_app.config["EXHIBITS_PER_PAGE"], kind)
    if page is None:
        abort(404)
    return render_template("public/exhibits.html", page=page, kind=kind)


@bp.get("/exhibits/<slug>")
def exhibit(slug: str) -> str:
    found = queries.exhibit_by_slug(slug)
    if found is None:
        abort(404)
    return render_template(
        "public/exhibit.html",
        exhibit=found,
        kind=KINDS[found.kind],
        parts=queries.visible_parts(found),
        galleries=queries.galleries_with(found),
        tour_stops=queries.tour_stops_with(found),
        hotspots=queries.hotspots(found) if found.kind == "ensemble" else [],
    )


@bp.get("/e/<path:accession_number>")
def short_link(accession_number: str) -> Response:
    """The permanent short link printed on QR labels: it must keep working for years."""
    found = queries.exhibit_by_accession(accession_number)
    if found is None:
        abort(404)
    return redirect(url_for("public.exhibit", slug=found.slug))


@bp.get("/galleries/")
def galleries() -> str:
    return render_template("public/galleries.html", galleries=queries.published_galleries())


@bp.get("/galleries/<slug>")
def gallery(slug: str) -> str:
    found = queries.gallery_by_slug(slug)
    if found is None:
        abort(404)
    return render_template(
        "public/gallery.html", gallery=found, exhibits=queries.gallery_exhibits(found)
    )


@bp.get("/tours/")
def tours() -> str:
    return render_template("public/tours.html", tours=queries.published_tours())


@bp.get("/tours/<slug>")
def tour(slug: str) -> str:
    found = queries.tour_by_slug(slug)
    if found is None:
        abort(404)
    return render_template("public/tour.html", tour=found, stops=queries.visible_stops(found))


@bp.get("/tours/<slug>/<int:number>")
def tour_stop(slug: str, number: int) -> str:
    found = queries.tour_by_slug(slug)
    stops = queries.visible_stops(found) if found else []
    if not 1 <= number <= len(stops):
        abort(404)
    return render_template(
        "public/tour_stop.html",
        tour=found,
        stop=stops[number - 1],
        number=number,
        count=len(stops),
        kind=KINDS[stops[number - 1].exhibit.kind],
    )


@bp.get("/search")
def search_page() -> str:
    """Full-text search with facets; a GET form, so it needs no CSRF token and can be shared."""
    results = query.search_request(request.args)
    filters = {name: request.args.get(name, "") for name in query.FACETS}
    return render_template(
        "public/search.html",
        results=results,
        filters=filters,
        sort=request.args.get("sort", "relevance"),
        gallery_titles=queries.gallery_titles(),
    )


@bp.get("/media/<path:path>")
def media_file(path: str) -> Response:
    """Derivatives only: originals and anything outside the media root are never served."""
    if not path.endswith(PUBLIC_MEDIA_SUFFIXES):
        abort(404)
    return send_from_directory(media.store().derivatives, path, max_age=MEDIA_MAX_AGE)
