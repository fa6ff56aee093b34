"""The kiosk on the museum floor: /kiosk/ and /kiosk/<profile>/, touch-first and read-only.

Its pages set no cookie and link only to other kiosk pages; static/js/kiosk.js adds idle
reset, the attract loop and the offline copy kept by static/js/kiosk-sw.js.
"""

from math import isnan

from flask import (
    Blueprint,
    abort,
    current_app,
    g,
    jsonify,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import lazy_gettext as _l
from werkzeug.wrappers import Response

from museum import i18n, kiosk_offline, kiosk_usage, kiosks, labels, queries
from museum.extensions import csrf
from museum.kinds import KINDS
from museum.models import Exhibit, Image, KioskProfile, Tour, TourStop
from museum.page_cache import cached_page
from museum.search import query

bp = Blueprint("kiosk", __name__, url_prefix="/kiosk")


SEARCH_PER_PAGE = 24
NO_STORE = {"Cache-Control": "no-store"}
MAX_USAGE_BYTES = 1024
PLAIN_TEXT = {"Content-Type": "text/plain; charset=utf-8"}
# What the kiosk's scripts show, handed to them in the page (templates/kiosk/base.html).
SCRIPT_WORDS = {
    "keyboardLanguage": _l("Keyboard language"),
    "clear": _l("Clear"),
    "clearAll": _l("Clear all"),
    "space": _l("Space"),
    "backspace": _l("Backspace"),
    "enter": _l("Enter"),
    "showKeyboard": _l("Show the keyboard"),
    "previousImage": _l("Previous image"),
    "nextImage": _l("Next image"),
    "imageViewer": _l("Image viewer"),
    "viewerHint": _l("Pinch or double-tap to zoom, drag to move."),
    "zoomIn": _l("Zoom in"),
    "zoomOut": _l("Zoom out"),
    "close": _l("Close"),
}


@bp.url_value_preprocessor
def _load_profile(_endpoint: str | None, values: dict | None) -> None:
    slug = (values or {}).pop("profile", None)
    g.kiosk_profile_slug = slug


def profile() -> KioskProfile:
    """The profile this request is for: the one named in the URL, or the default."""
    if "kiosk_profile" not in g:
        slug = g.get("kiosk_profile_slug")
        found = kiosks.profile_by_slug(slug) if slug else kiosks.default_profile()
        if found is None:
            abort(404)
        g.kiosk_profile = found
    return g.kiosk_profile


@bp.before_request
def _require_profile() -> None:
    if request.endpoint in PROFILE_ENDPOINTS:
        profile()


@bp.url_defaults
def _add_profile(endpoint: str, values: dict) -> None:
    if "profile" not in values and "kiosk_profile" in g and endpoint in PROFILE_ENDPOINTS:
        values["profile"] = g.kiosk_profile.slug


@bp.context_processor
def _kiosk_context() -> dict:
    if g.get("kiosk_profile") is None:
        return {}
    return {
        "profile": g.kiosk_profile,
        "catalog_version": kiosk_offline.version_tag(),
        "kiosk_words": script_words(),
        "language_buttons": language_buttons(g.kiosk_profile),
        **addresses(g.kiosk_profile),
    }


def language_buttons(chosen: KioskProfile) -> list[tuple[str, str, bool]]:
    """(code, this page in that language, is it this page's) for each language the kiosk
    offers; none when it offers only one."""
    offered = kiosks.languages_of(chosen)
    if len(offered) < 2:
        return []
    current = i18n.current_language()
    links = dict(i18n.language_links())
    return [(code, links[code], code == current) for code in offered]


def addresses(chosen: KioskProfile) -> dict[str, object]:
    """What kiosk.js and kiosk-offline.js need to know: where a reset goes (the start in the
    kiosk's home language), the kiosk's roots in every language it offers (links elsewhere
    become text), and the service worker of each language (each is scoped to its /ru/kiosk/)."""
    home = kiosks.home_language(chosen)
    default = current_app.config["DEFAULT_LANGUAGE"]
    offered = kiosks.languages_of(chosen)
    # An /en/kiosk/ page is in the default language too, but outside /kiosk/'s scope.
    own_worker = url_for("kiosk.service_worker", language=request.environ.get(i18n.ENVIRON_KEY))
    workers = [
        kiosks.in_language(url_for("kiosk.service_worker", language=_unless(code, default)), code)
        for code in offered
    ]
    roots = [kiosks.in_language(url_for("kiosk.start", profile=None), code) for code in offered]
    return {
        "start_url": kiosks.in_language(url_for("kiosk.start"), home),
        "kiosk_roots": list(dict.fromkeys([*roots, url_for("kiosk.start", profile=None)])),
        "worker_url": own_worker,
        "other_workers": [worker for worker in workers if worker != own_worker],
        # One manifest, whatever the page's language: it lists every language's pages.
        "manifest_url": kiosks.in_language(url_for("kiosk.offline_manifest"), default),
    }


def _unless(code: str, default: str) -> str | None:
    return None if code == default else code


def script_words() -> dict:
    """The words the kiosk's scripts show, in this request's language, and the names of the
    languages (each in itself) for the keyboard's layouts."""
    words: dict = {key: str(text) for key, text in SCRIPT_WORDS.items()}
    words["languages"] = kiosks.LANGUAGES
    return words


@bp.get("/", defaults={"profile": None})
@bp.get("/<profile>/")
@cached_page
def start() -> str:
    screen = kiosks.start_screen(profile())
    return render_template(
        "kiosk/start.html", screen=screen, attract=kiosks.attract_exhibits(profile())
    )


@bp.get("/<profile>/exhibits/<slug>")
@cached_page
def exhibit(slug: str) -> str:
    found = queries.exhibit_by_slug(slug)
    if found is None:
        abort(404)
    return render_template(
        "kiosk/exhibit.html",
        exhibit=found,
        **_exhibit_context(found),
        untranslated=shown_instead(found, *found.images),
        back=url_for(".start"),
    )


@bp.get("/<profile>/tour/<int:number>")
@cached_page
def tour_stop(number: int) -> str:
    running = kiosks.tour_of(profile())
    stops = running[1] if running else []
    if not 1 <= number <= len(stops):
        abort(404)
    stop = stops[number - 1]
    return render_template(
        "kiosk/tour_stop.html",
        tour=running[0],
        stop=stop,
        number=number,
        count=len(stops),
        exhibit=stop.exhibit,
        **_exhibit_context(stop.exhibit),
        untranslated=shown_instead(running[0], stop, stop.exhibit, *stop.exhibit.images),
    )


# The texts of each record that a kiosk page shows (an exhibit's transcription is not).
SHOWN_TEXTS = {
    Exhibit: ("title", "summary", "description"),
    Image: ("caption", "alt_text"),
    Tour: ("title",),
    TourStop: ("title", "narration"),
}


def shown_instead(*records: Exhibit | Image | Tour | TourStop) -> str | None:
    """The language some shown text of these records falls back to, when it is not in the
    page's (for the page's one "not yet translated" notice)."""
    for record in records:
        for field in SHOWN_TEXTS[type(record)]:
            text = getattr(record.t, field)
            if text.fallback:
                return text.language
    return None


def _exhibit_context(exhibit) -> dict:
    show_qr = profile().show_qr
    short = labels.short_link(exhibit.accession_number) if show_qr else None
    return {
        "kind": KINDS[exhibit.kind],
        "parts": queries.visible_parts(exhibit),
        "hotspots": queries.hotspots(exhibit) if exhibit.kind == "ensemble" else [],
        "short_link": short,
        "short_link_qr": labels.page_qr_svg(short) if short else None,
    }


@bp.get("/<profile>/search")
def search() -> str:
    if not profile().search_enabled:
        abort(404)
    text = request.args.get("q", "").strip()
    results = query.search(text, per_page=SEARCH_PER_PAGE) if text else None
    if results is not None and results.total == 0:
        kiosk_usage.record_search_miss(profile(), text)
    return render_template("kiosk/search.html", text=text, results=results)


@bp.post("/<profile>/usage")
@csrf.exempt  # no cookie, no session, no account: there is nothing to forge a request for
def usage() -> tuple[str, int, dict]:
    """An exhibit view and its dwell time, sent by kiosk-usage.js as a beacon."""
    if (request.content_length or 0) > MAX_USAGE_BYTES:
        return "Usage reports are a few bytes long.", 413, PLAIN_TEXT
    if not request.is_json:
        # A cross-site form or text/plain post (no CORS preflight) cannot send this type.
        return "Usage reports are sent as application/json.", 415, PLAIN_TEXT
    report = request.get_json(silent=True)
    if not isinstance(report, dict) or not isinstance(report.get("exhibit"), str):
        return 'Send JSON like {"exhibit": "<slug>", "seconds": 12.5}.', 400, PLAIN_TEXT
    seconds = report.get("seconds", 0)
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or isnan(seconds):
        return "“seconds” must be a number.", 400, PLAIN_TEXT
    try:
        kiosk_usage.record_view(profile(), report["exhibit"], float(seconds))
    except kiosk_usage.UsageError as error:
        return str(error), 404, PLAIN_TEXT
    return "", 204, PLAIN_TEXT


@bp.get("/<profile>/offline")
@cached_page
def offline() -> str:
    """Shown by the service worker for a page it has no copy of while the network is down."""
    return render_template("kiosk/offline.html")


@bp.get("/<profile>/offline.json")
def offline_manifest() -> tuple[Response, int, dict]:
    """What kiosk-sw.js keeps for offline use (see museum/kiosk_offline.py)."""
    return jsonify(kiosk_offline.manifest(profile())), 200, NO_STORE


@bp.get("/version")
def version() -> Response:
    """What kiosks poll each minute: when this changes, they refresh their offline copy."""
    return jsonify({"version": kiosk_offline.version_tag()}), 200, NO_STORE


@bp.get("/sw.js")
def service_worker() -> Response:
    """The service worker, served from /kiosk/ so that it may control every kiosk page."""
    response = send_file(
        kiosk_offline.STATIC_DIR / "js" / "kiosk-sw.js", mimetype="text/javascript"
    )
    response.headers["Cache-Control"] = "no-cache"
    return response


def kiosk_only_guard() -> None:
    """With KIOSK_ONLY, every page but the kiosk's (and what it loads) answers 404."""
    if not current_app.config.get("KIOSK_ONLY"):
        return
    if request.blueprint == "kiosk" or request.endpoint in KIOSK_ONLY_ALLOWED:
        return
    abort(404)


PROFILE_ENDPOINTS = {
    f"kiosk.{name}"
    for name in ("start", "exhibit", "tour_stop", "search", "offline", "usage", "offline_manifest")
}
KIOSK_ONLY_ALLOWED = {
    "static",
    "public.media_file",
    "interop.iiif_info",
    "interop.iiif_service",
    "interop.iiif_tile",
    "health.healthz",
}
