"""Creating and upgrading a museum instance: folders, secret key, schema and search index."""

from pathlib import Path

from flask import current_app

from museum import db, search
from museum.config import ensure_secret_key


def init_instance() -> list[str]:
    """Create or upgrade everything the instance needs; return what was done. Never deletes."""
    config = current_app.config
    done: list[str] = []
    for folder in (
        Path(current_app.instance_path),
        Path(config["MEDIA_ROOT"]) / "originals",
        Path(config["MEDIA_ROOT"]) / "derivatives",
    ):
        if not folder.is_dir():
            folder.mkdir(parents=True)
            done.append(f"created {folder}")
    if ensure_secret_key(current_app.instance_path):
        done.append("generated a secret key")
    before = db.schema_revision()
    db.upgrade_schema()
    after = db.schema_revision()
    if before != after:
        done.append(f"upgraded the database schema from {before or 'empty'} to {after}")
    if search.create_index(config["SEARCH_INDEX_DIR"]):
        done.append("created the search index")
        if search.indexer.rebuild():
            done.append("indexed the catalog's exhibits")
    elif search.index_outdated(config["SEARCH_INDEX_DIR"]):
        search.indexer.rebuild()
        done.append("rebuilt the search index made by an older version (new search fields)")
    return done


def is_current() -> bool:
    """True when the database exists and its schema is the newest the code knows."""
    return db.schema_revision() == db.newest_revision()
