"""Standards for other software: IIIF Image API 3.0 (level 0) for deep zoom."""

import re

from flask import Blueprint, abort, jsonify, redirect, send_from_directory, url_for
from werkzeug.wrappers import Response

from museum import db, media
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
    folder = media.store().derivative_dir(image.sha256)
    relative = tiles.tile_path(folder, region, size, rotation, quality).relative_to(folder)
    response = send_from_directory(folder, relative.as_posix(), max_age=TILE_MAX_AGE)
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _zoomable(image_id: int) -> Image:
    image = db.session().get(Image, image_id)
    if image is None or not image.has_tiles or not (image.exhibit and image.exhibit.is_published):
        abort(404)
    return image
