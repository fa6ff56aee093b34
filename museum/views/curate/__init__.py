"""The curators' workspace under /curate/: signed-in staff only."""

from flask import Blueprint, redirect, url_for
from flask_login import current_user, login_required
from werkzeug.wrappers import Response

from museum.auth import login_manager

bp = Blueprint("curate", __name__, url_prefix="/curate")


@bp.before_request
def require_sign_in() -> Response | None:
    if not current_user.is_authenticated:
        return login_manager.unauthorized()
    return None


@bp.get("/")
@login_required
def home() -> Response:
    return redirect(url_for("curate.exhibits"))


# Each area of the workspace adds its routes to `bp` (imported for that effect).
from museum.views.curate import (  # noqa: E402, F401
    arrangements,
    ensembles,
    exhibits,
    history,
    kiosks,
    labels,
    originals,
    transfer,
    users,
)
