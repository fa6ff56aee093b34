"""museum: a virtual museum exhibit catalog."""

import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask

from museum import auth, db, i18n, search, security_headers, translation
from museum.config import default_instance_path, load_config
from museum.extensions import csrf

PACKAGE_DIR = Path(__file__).parent


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the museum app: settings, extensions, blueprints, error pages, commands."""
    app = Flask(
        __name__,
        instance_path=default_instance_path(),
        template_folder=str(_templates_dir()),
    )
    load_config(app, config)
    _ensure_secret_key(app)
    configure_extensions(app)
    configure_blueprints(app)
    configure_template_helpers(app)
    return app


def _templates_dir() -> Path:
    packaged = PACKAGE_DIR / "templates"
    return packaged if packaged.is_dir() else PACKAGE_DIR.parent / "templates"


def _ensure_secret_key(app: Flask) -> None:
    # Until `museum init` writes one, a temporary key lets commands run; `serve` warns of it.
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = secrets.token_hex(32)
        app.config["SECRET_KEY_IS_TEMPORARY"] = True


def configure_extensions(app: Flask) -> None:
    db.init_app(app)
    csrf.init_app(app)
    auth.init_app(app)
    search.init_app(app)
    i18n.init_app(app)
    translation.init_app(app)
    security_headers.init_app(app)


def configure_blueprints(app: Flask) -> None:
    from museum.views import api, curate, errors, health, interop, kiosk, oai, public
    from museum.views import auth as auth_views

    app.register_blueprint(public.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(interop.bp)
    app.register_blueprint(oai.bp)
    app.register_blueprint(auth_views.bp)
    app.register_blueprint(curate.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(kiosk.bp)
    app.before_request(kiosk.kiosk_only_guard)
    errors.register(app)


def configure_template_helpers(app: Flask) -> None:
    from museum import render

    render.register(app)
