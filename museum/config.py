"""Configuration: defaults, then <instance>/config.py, then MUSEUM_* environment, then overrides."""

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

INSTANCE_CONFIG = "config.py"


def default_instance_path() -> str:
    """Return the instance folder: $MUSEUM_INSTANCE_PATH or ./instance."""
    return os.path.abspath(os.environ.get("MUSEUM_INSTANCE_PATH", "instance"))


def defaults(instance_path: str) -> dict[str, Any]:
    """Return the built-in settings, with paths inside the instance folder."""
    return {
        "SITE_NAME": "Museum of the State Customs Service",
        # The name in the museum's other languages (SITE_NAME where one is missing).
        "SITE_NAMES": {
            "ru": "Музей Государственной таможенной службы",
            "tk": "Döwlet gümrük gullugynyň muzeýi",
        },
        "DATABASE_URL": "sqlite:///" + os.path.join(instance_path, "museum.db"),
        "SEARCH_INDEX_DIR": os.path.join(instance_path, "index"),
        "MEDIA_ROOT": os.path.abspath(os.environ.get("MEDIA_ROOT", "media")),
        "EXHIBITS_PER_PAGE": 24,
        # Rendered visitors' pages kept per server process until the catalog changes; 0: none.
        "PAGE_CACHE_SIZE": 1000,
        # Who applies the catalog's changes to the search index: "inline" (each process after
        # its own commits), "thread" (what `museum serve` uses) or "external" (gunicorn's
        # workers only queue them; `museum indexer` runs beside them). See search/indexer.py.
        "INDEXER": "inline",
        "GALLERY_EXHIBITS_PER_PAGE": 48,
        "MAX_CONTENT_LENGTH": 200 * 1024 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        # The public address QR labels point at, e.g. "https://museum.example.org".
        "PUBLIC_BASE_URL": "http://127.0.0.1:5000",
        "LABEL_WIDTH_MM": 90,  # the size of one printed QR label, in millimetres
        "LABEL_HEIGHT_MM": 55,
        # The interface's languages (en, ru, tk) and the one a bare URL is in.
        "LANGUAGES": ["en", "ru", "tk"],
        "DEFAULT_LANGUAGE": "en",
        # A kiosk PC's own copy of the museum: every page but the kiosk's answers 404.
        "KIOSK_ONLY": False,
        # Where OAI-PMH harvesters write about problems (/oai?verb=Identify); a list for several.
        "OAI_ADMIN_EMAIL": "admin@example.org",
        # A form's CSRF token lasts as long as the session: a long edit is never lost to it.
        "WTF_CSRF_TIME_LIMIT": None,
    }


def load_config(app: Flask, overrides: Mapping[str, Any] | None) -> None:
    """Apply every configuration layer in order of precedence, lowest first."""
    app.config.from_mapping(defaults(app.instance_path))
    app.config.from_pyfile(os.path.join(app.instance_path, INSTANCE_CONFIG), silent=True)
    app.config.from_prefixed_env("MUSEUM")
    if overrides:
        app.config.from_mapping(overrides)
    for key in ("MEDIA_ROOT", "SEARCH_INDEX_DIR"):
        app.config[key] = os.path.abspath(app.config[key])
    if str(app.config["PUBLIC_BASE_URL"]).startswith("https://"):
        app.config["SESSION_COOKIE_SECURE"] = True
        app.config["REMEMBER_COOKIE_SECURE"] = True
        # Browsers accept a __Host- cookie only Secure, for path / and without a Domain, so a
        # neighbouring subdomain or plain-http page cannot plant or overwrite it.
        if app.config.get("SESSION_COOKIE_NAME", "session") == "session":
            app.config["SESSION_COOKIE_NAME"] = "__Host-session"
        app.config["REMEMBER_COOKIE_NAME"] = "__Host-remember_token"
        app.config["SESSION_COOKIE_PATH"] = app.config["REMEMBER_COOKIE_PATH"] = "/"
        app.config["SESSION_COOKIE_DOMAIN"] = app.config["REMEMBER_COOKIE_DOMAIN"] = None


def ensure_secret_key(instance_path: str) -> bool:
    """Add a random SECRET_KEY to <instance>/config.py unless it has one; True if added."""
    path = Path(instance_path) / INSTANCE_CONFIG
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if "SECRET_KEY" in existing:
        return False
    header = "" if existing else "# Settings of this museum instance. Keep this file private.\n"
    with path.open("a", encoding="utf-8") as out:
        out.write(f"{header}SECRET_KEY = {secrets.token_hex(32)!r}\n")
    path.chmod(0o600)
    return True
