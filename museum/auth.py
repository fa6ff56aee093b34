"""Signing staff in: password checks, throttled guessing, roles."""

from collections.abc import Callable
from datetime import timedelta
from functools import wraps

from flask import Flask, abort, current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, current_user
from sqlalchemy import func, select
from werkzeug.security import check_password_hash

from museum import db
from museum.models import LoginAttempt, Role, User, utcnow

login_manager = LoginManager()
login_manager.login_view = "auth.login"
login_manager.login_message = _l("Please sign in to use the curators' workspace.")
login_manager.localize_callback = str  # flashed in the page's language, as plain text
login_manager.session_protection = "strong"

ROLE_NAMES = {
    Role.ADMIN: _l("admin"),
    Role.CURATOR: _l("curator"),
    Role.CONTRIBUTOR: _l("contributor"),
}
THROTTLE_WINDOW = timedelta(minutes=15)
MAX_DELAY_SECONDS = 15 * 60


def init_app(app: Flask) -> None:
    app.config.setdefault("LOGIN_FREE_TRIES", 5)
    app.config.setdefault("LOGIN_DELAY_SECONDS", 30)
    login_manager.init_app(app)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    return db.session().get(User, int(user_id)) if user_id.isdigit() else None


def check_password(username: str, password: str) -> User | None:
    """The user with this name and password, or None."""
    user = db.session().scalar(select(User).where(User.username == username.strip()))
    if user is None or not check_password_hash(user.password_hash, password):
        return None
    return user


def seconds_to_wait(username: str, address: str) -> int:
    """How long this account or address must wait before the next try (0: it may try now)."""
    return max(
        _wait_for(LoginAttempt.username == username.strip()),
        _wait_for(LoginAttempt.address == address),
    )


def record_attempt(username: str, address: str, succeeded: bool) -> None:
    with db.write_session() as session:
        session.add(
            LoginAttempt(username=username.strip()[:80], address=address[:64], succeeded=succeeded)
        )


def role_name(role: str) -> str:
    """A role's name in the page's language, as it reads inside a sentence."""
    return str(ROLE_NAMES.get(role, role))


def role_required(role: Role) -> Callable:
    """Let only signed-in users with this role (or a higher one) through; others get 403."""

    def decorate(view: Callable) -> Callable:
        @wraps(view)
        def guarded(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not current_user.has_role(role):
                needed, held = role_name(role), role_name(current_user.role)
                abort(
                    403,
                    description=_(
                        "This needs the %(role)s role; you are a %(held)s.", role=needed, held=held
                    ),
                )
            return view(*args, **kwargs)

        return guarded

    return decorate


def _wait_for(condition) -> int:
    """Seconds left of the delay earned by failures since the last success in the window."""
    session = db.session()
    since = utcnow() - THROTTLE_WINDOW
    last_success = session.scalar(
        select(func.max(LoginAttempt.created_at)).where(condition, LoginAttempt.succeeded)
    )
    failures = select(LoginAttempt.created_at).where(
        condition, ~LoginAttempt.succeeded, LoginAttempt.created_at > since
    )
    if last_success is not None:
        failures = failures.where(LoginAttempt.created_at > _aware(last_success))
    times = [_aware(t) for t in session.scalars(failures.order_by(LoginAttempt.created_at))]
    free = current_app.config["LOGIN_FREE_TRIES"]
    if len(times) < free:
        return 0
    delay = min(
        current_app.config["LOGIN_DELAY_SECONDS"] * 2 ** (len(times) - free), MAX_DELAY_SECONDS
    )
    remaining = (times[-1] + timedelta(seconds=delay) - utcnow()).total_seconds()
    return max(0, int(remaining + 0.999))


def _aware(moment):
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
