"""Standards for other software: IIIF Image API 3.0 (level 0) for deep zoom, IIIF
Presentation API 3.0 manifests of exhibits and collections of galleries and tours."""

import json
import re
from typing import Any

from flask import Blueprint, abort, jsonify, redirect, request, send_from_directory, url_for
from werkzeug.wrappers import Response

from museum import db, iiif, media
from museum.media import tiles
from museum.models import Image

bp = Blueprint("interop", __name__)

IIIF_PART = re.compile(r"^(full|max|\d+,\d+(,\d+,\d+)?)$")
TILE_MAX_AGE = 365 * 24 * 3600


@bp.get("/iiif/image/<int:image_id>/info.json")
def iiif_info(image_id: int) -> Response:
    image = _zoomable(image_id)
    service_id = url_for("interop.iiif_service", image_id=image.id, _external=True)
    response = jsonify(tiles.info(service_id, image.width, image.height))
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.mimetype = "application/ld+json"
    return response


@bp.get("/iiif/image/<int:image_id>")
def iiif_service(image_id: int) -> Response:
    """The service's base URI redirects to its description, as the API asks."""
    return redirect(url_for("interop.iiif_info", image_id=_zoomable(image_id).id), 303)


@bp.get("/iiif/image/<int:image_id>/<region>/<size>/<rotation>/<quality>")
def iiif_tile(image_id: int, region: str, size: str, rotation: str, quality: str) -> Response:
    image = _zoomable(image_id)
    if not (IIIF_PART.match(region) and IIIF_PART.match(size)):
        abort(404)
    if rotation != "0" or quality != "default.jpg":
        abort(404)
    store = media.store()
    folder = store.derivative_dir(image.sha256)
    tile = tiles.tile_path(folder, region, size, rotation, quality)
    if store.public_file(tile.relative_to(store.derivatives)) is None:  # e.g. a symlink out
        abort(404)
    relative = tile.relative_to(folder)
    response = send_from_directory(folder, relative.as_posix(), max_age=TILE_MAX_AGE)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.get("/iiif/<path:accession_number>/manifest.json")
def iiif_manifest(accession_number: str) -> Response:
    """An exhibit's manifest; accession numbers may hold slashes, hence `manifest.json` last."""
    exhibit = iiif.published_exhibit(accession_number)
    if exhibit is None or not iiif.has_manifest(exhibit):
        return _json_error(f"No published exhibit with images has the number {accession_number}.")
    return _presentation(iiif.manifest(exhibit))


@bp.get("/iiif/collection/<slug>.json")
def iiif_collection(slug: str) -> Response:
    """A published gallery or tour (a gallery when both have the slug) as a Collection."""
    collection = iiif.collection_for(slug)
    if collection is None:
        if slug == "manifest":  # the manifest of an exhibit numbered "collection" lives here
            return iiif_manifest("collection")
        return _json_error(f"No published gallery or tour has the address {slug}.")
    return _presentation(collection)


def _presentation(data: dict[str, Any]) -> Response:
    """A IIIF Presentation document that viewers on other sites may load (CORS open)."""
    body = json.dumps(data, ensure_ascii=False)
    response = Response(body, content_type=iiif.MEDIA_TYPE)
    response.headers["Access-Control-Allow-Origin"] = "*"
    response.add_etag()
    return response.make_conditional(request)


def _json_error(message: str, status: int = 404) -> Response:
    response = jsonify({"error": message})
    response.status_code = status
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _zoomable(image_id: int) -> Image:
    image = db.session().get(Image, image_id)
    if image is None or not image.has_tiles or not (image.exhibit and image.exhibit.is_published):
        abort(404)
    return image
