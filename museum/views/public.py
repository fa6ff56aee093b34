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
from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict
from werkzeug.wrappers import Response

from museum import browse, labels, linked_data, media, queries, themes
from museum.kinds import KINDS
from museum.page_cache import cached_page
from museum.search import query
from museum.sitemap import robots_txt, sitemap_xml

bp = Blueprint("public", __name__)

MEDIA_MAX_AGE = 365 * 24 * 3600  # derivative URLs contain the content hash: they never change
PUBLIC_MEDIA_SUFFIXES = (".jpg", ".webp")


@bp.get("/")
@cached_page
def home() -> str:
    return render_template(
        "public/home.html",
        featured=queries.featured_exhibits(),
        galleries=queries.published_galleries(),
        gallery_counts=queries.gallery_counts(),
        tours=queries.published_tours(),
        kind_counts=queries.kind_counts(),
    )


@bp.get("/exhibits/")
@cached_page
def exhibits() -> str | Response | tuple[str, int]:
    """Browse with filters; a GET form, so every choice is a URL that can be shared."""
    try:
        filters = browse.Filters.from_args(request.args)
        number = browse.parse_page(request.args)
        gallery_options = browse.galleries(filters)
        browse.check_exists(filters, gallery_options)
    except browse.BrowseError as error:
        return _browse_error(error)
    canonical = {**filters.args(), **({"page": number} if number > 1 else {})}
    if _browse_args(request.args) != _browse_args(MultiDict(canonical)):
        return redirect(url_for("public.exhibits", **canonical))
    listing = browse.timeline_page if filters.view == "timeline" else browse.exhibit_page
    page = listing(filters, number, current_app.config["EXHIBITS_PER_PAGE"])
    if page is None:
        message = _("There is no page %(number)s of this list.", number=number)
        return _browse_error(browse.BrowseError(404, message))
    return render_template(
        "public/exhibits.html",
        page=page,
        filters=filters,
        facets=browse.facets(filters, gallery_options),
        sorts=browse.SORTS,
        views=browse.VIEWS,
    )


def _browse_args(args: MultiDict) -> list[tuple[str, str]]:
    """The browse arguments as sorted pairs; an empty form field counts as absent."""
    items = args.items(multi=True)
    return sorted((k, str(v)) for k, v in items if k in browse.ARG_NAMES and str(v) != "")


def _browse_error(error: browse.BrowseError) -> tuple[str, int]:
    title = _("Not found") if error.code == 404 else _("Bad request")
    page = render_template("errors/error.html", code=error.code, title=title, message=error.message)
    return page, error.code


@bp.get("/exhibits/<slug>")
@cached_page
def exhibit(slug: str) -> str:
    found = queries.exhibit_by_slug(slug)
    if found is None:
        abort(404)
    parts = queries.visible_parts(found)
    short = labels.short_link(found.accession_number)
    return render_template(
        "public/exhibit.html",
        exhibit=found,
        kind=KINDS[found.kind],
        parts=parts,
        galleries=queries.galleries_with(found),
        tour_stops=queries.tour_stops_with(found),
        hotspots=queries.hotspots(found) if found.kind == "ensemble" else [],
        related=queries.related_exhibits(found),
        short_link=short,
        short_link_qr=labels.page_qr_svg(short),
        canonical=linked_data.exhibit_url(found),
        json_ld=linked_data.json_script(linked_data.exhibit_json_ld(found, parts)),
        open_graph=linked_data.open_graph(found),
    )


@bp.get("/e/<path:accession_number>")
def short_link(accession_number: str) -> Response:
    """The permanent short link printed on QR labels: it must keep working for years."""
    found = queries.exhibit_by_accession(accession_number)
    if found is None:
        abort(404)
    return redirect(url_for("public.exhibit", slug=found.slug))


@bp.get("/galleries/")
@cached_page
def galleries() -> str:
    return render_template(
        "public/galleries.html",
        galleries=queries.published_galleries(),
        counts=queries.gallery_counts(),
    )


@bp.get("/galleries/<slug>")
@cached_page
def gallery(slug: str) -> str | tuple[str, int]:
    found = queries.gallery_by_slug(slug)
    if found is None:
        abort(404)
    try:
        number = browse.parse_page(request.args)
    except browse.BrowseError as error:
        return _browse_error(error)
    per_page = current_app.config["GALLERY_EXHIBITS_PER_PAGE"]
    page = queries.gallery_exhibit_page(found, number, per_page)
    if page is None:
        message = _("There is no page %(number)s of this gallery.", number=number)
        return _browse_error(browse.BrowseError(404, message))
    return render_template(
        "public/gallery.html",
        gallery=found,
        page=page,
        per_page=per_page,
        theme=themes.theme_for(found.theme),
    )


@bp.get("/tours/")
@cached_page
def tours() -> str:
    return render_template("public/tours.html", tours=queries.published_tours())


@bp.get("/tours/<slug>")
@cached_page
def tour(slug: str) -> str:
    found = queries.tour_by_slug(slug)
    if found is None:
        abort(404)
    return render_template("public/tour.html", tour=found, stops=queries.visible_stops(found))


@bp.get("/tours/<slug>/<int:number>")
@cached_page
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


@bp.get("/sitemap.xml")
@cached_page
def sitemap() -> Response:
    return Response(sitemap_xml(), mimetype="application/xml")


@bp.get("/robots.txt")
def robots() -> Response:
    return Response(robots_txt(), mimetype="text/plain")


@bp.get("/media/<path:path>")
def media_file(path: str) -> Response:
    """Derivatives only: originals and anything outside the media root are never served."""
    store = media.store()
    if not path.endswith(PUBLIC_MEDIA_SUFFIXES) or store.public_file(path) is None:
        abort(404)
    return send_from_directory(store.derivatives, path, max_age=MEDIA_MAX_AGE)
