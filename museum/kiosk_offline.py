"""What a kiosk keeps for offline use, and the version that tells it when to refresh that.

kiosk-sw.js fetches the manifest of its profile and caches every URL in it under the version
tag; /kiosk/version changes with every catalog write and with every release of the assets.

The manifest is the same in every language: it lists the pages in each language the kiosk
offers (a visitor may switch while the network is down), and the assets and pictures once, at
their bare addresses (/static/..., not /ru/static/...): the worker of a /ru/kiosk/ page looks
them up there, so that no picture is kept three times.
"""

import hashlib
from functools import cache
from pathlib import Path

from flask import current_app, url_for

from museum import db, kiosks, render
from museum.models import Exhibit, KioskProfile

STATIC_DIR = Path(__file__).parent / "static"


def manifest(chosen: KioskProfile) -> dict:
    """The pages reachable from the profile's start screen, the assets they load and the
    pictures they show (up to the large size: the zoom sizes are fetched when zoomed)."""
    exhibits = kiosks.reachable_exhibits(chosen)
    running = kiosks.tour_of(chosen)
    stops = running[1] if running else []
    shown = exhibits + [stop.exhibit for stop in stops]
    pages = _pages(chosen, exhibits, len(stops))
    languages = kiosks.languages_of(chosen) or [kiosks.home_language(chosen)]
    return {
        "version": version_tag(),
        "offline": kiosks.in_language(url_for("kiosk.offline"), kiosks.home_language(chosen)),
        "pages": [kiosks.in_language(page, code) for code in languages for page in pages],
        "assets": _bare(_assets()),
        "images": _bare(_images(shown, kiosks.attract_exhibits(chosen))),
    }


def _bare(urls: list[str]) -> list[str]:
    default = current_app.config["DEFAULT_LANGUAGE"]
    return [kiosks.in_language(url, default) for url in urls]


def _pages(chosen: KioskProfile, exhibits: list[Exhibit], stop_count: int) -> list[str]:
    pages = [url_for("kiosk.start"), url_for("kiosk.offline")]
    if chosen.is_default:
        pages.append(url_for("kiosk.start", profile=None))
    if chosen.search_enabled:
        pages.append(url_for("kiosk.search"))
    pages += [url_for("kiosk.tour_stop", number=number) for number in range(1, stop_count + 1)]
    return pages + [url_for("kiosk.exhibit", slug=exhibit.slug) for exhibit in exhibits]


def _assets() -> list[str]:
    scripts = [f"js/{path.name}" for path in sorted(STATIC_DIR.glob("js/kiosk*.js"))]
    viewer = STATIC_DIR / "vendor" / "openseadragon"
    buttons = [path.relative_to(STATIC_DIR).as_posix() for path in viewer.glob("images/*.png")]
    files = ["favicon.svg", "css/kiosk.css", "vendor/openseadragon/openseadragon.min.js"]
    names = files + [name for name in scripts if name != "js/kiosk-sw.js"] + sorted(buttons)
    return [url_for("static", filename=name) for name in names]


def _images(shown: list[Exhibit], attract: list[Exhibit]) -> list[str]:
    """Every picture of the pages at the sizes their srcsets offer up to large, in both
    formats (the browser picks by screen width and pixel density), and the attract slides."""
    urls = [render.image_url(exhibit.primary_image, "large") for exhibit in attract]
    for image in (image for exhibit in shown for image in exhibit.images):
        urls += [render.image_url(image, "medium"), render.image_url(image, "large")]
        for extension in ("webp", "jpg"):
            entries = render.srcset(image, extension, largest="large").split(", ")
            urls += [entry.split(" ")[0] for entry in entries]
        if image.has_tiles:
            urls.append(url_for("interop.iiif_info", image_id=image.id))
    return list(dict.fromkeys(urls))


def version_tag() -> str:
    """The catalog's version and the assets' fingerprint: a new release refreshes kiosks too."""
    return f"{db.catalog_version()}-{assets_fingerprint()}"


@cache
def assets_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(STATIC_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(STATIC_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
