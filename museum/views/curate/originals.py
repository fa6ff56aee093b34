"""The uploaded original of an image: for curators, as a download that no browser renders.

Originals are kept byte for byte, so whatever an upload carried (a comment, appended bytes) is
still in them: they are never public, and this download is an attachment sandboxed by its
Content-Security-Policy, so even a browser that sniffs it would run nothing from it.
"""

from flask import abort, send_file
from werkzeug.wrappers import Response

from museum import db, media
from museum.auth import role_required
from museum.models import Image, Role
from museum.views.curate import bp


@bp.get("/images/<int:image_id>/original")
@role_required(Role.CURATOR)
def image_original(image_id: int) -> Response:
    image = db.session().get(Image, image_id)
    if image is None:
        abort(404)
    path = media.store().original_path(image.sha256, image.format)
    if not path.is_file():
        abort(404)
    response = send_file(
        path,
        mimetype="application/octet-stream",
        as_attachment=True,
        download_name=_download_name(image.original_filename) or path.name,
        max_age=0,
    )
    response.headers["Content-Security-Policy"] = "sandbox"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    return response


def _download_name(name: str) -> str:
    """The name as uploaded, less what a header cannot carry or should not show: line breaks
    and other control characters (a 500 otherwise), and direction overrides ("exe.txt")."""
    return "".join(char for char in name if char.isprintable())
