"""/healthz: a JSON status for monitoring, 200 when the database and index answer."""

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text

from museum import db, search

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    checks = {"database": _check_database(), "index": _check_index()}
    healthy = all(value == "ok" for value in checks.values())
    body = {"status": "ok" if healthy else "error", **checks}
    return jsonify(body), 200 if healthy else 503


def _check_database() -> str:
    try:
        db.session().execute(text("SELECT 1"))
        revision, newest = db.schema_revision(), db.newest_revision()
    except Exception as exc:  # any failure to reach the database is a health failure
        return f"error: {type(exc).__name__}"
    return "ok" if revision == newest else f"error: schema {revision}, code expects {newest}"


def _check_index() -> str:
    try:
        search.document_count(current_app.config["SEARCH_INDEX_DIR"])
    except Exception as exc:
        return f"error: {type(exc).__name__}"
    return "ok"
