"""Signing staff in: password checks, throttled guessing, session epochs, roles."""

import functools
import math
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import wraps

from flask import Flask, abort, current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import LoginManager, current_user
from sqlalchemy import ColumnElement, delete, func, select, text
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

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
KEEP = timedelta(days=1)  # older tries are deleted: they no longer count
ATTEMPTS_LOCK = 0x6D75_7365  # PostgreSQL advisory lock around counting and recording tries


def init_app(app: Flask) -> None:
    # Failed sign-ins allowed within THROTTLE_WINDOW before the next try gets 429: for one
    # account from one address, from one address whatever the accounts (guessing names), and
    # for one account from every address (guessing spread over many machines).
    app.config.setdefault("LOGIN_MAX_FAILURES", 10)
    app.config.setdefault("LOGIN_MAX_FAILURES_PER_ADDRESS", 50)
    app.config.setdefault("LOGIN_MAX_FAILURES_PER_ACCOUNT", 100)
    login_manager.init_app(app)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """The user a session names, if the session was issued at the user's current epoch."""
    user_part, _, epoch = user_id.partition(":")
    if not (user_part.isdigit() and epoch.isdigit()):
        return None  # a cookie from before session epochs: sign in again
    user = db.session().get(User, int(user_part))
    return user if user is not None and user.session_epoch == int(epoch) else None


def end_every_session(user_id: int) -> int:
    """Invalidate every session cookie this user holds; return the new epoch."""
    with db.counter_session() as session:
        user = session.get(User, user_id)
        user.session_epoch += 1
        return user.session_epoch


def check_password(username: str, password: str) -> User | None:
    """The user with this name and password, or None.

    An unknown name costs the same hash check as a wrong password, so timing tells nothing.
    """
    user = db.session().scalar(select(User).where(User.username == username.strip()))
    stored = user.password_hash if user is not None else _dummy_hash()
    if not check_password_hash(stored, password) or user is None:
        return None
    return user


def begin_attempt(username: str, address: str) -> tuple[int | None, int]:
    """Count a sign-in try as failed unless `attempt_succeeded` is called for it later.

    Returns (attempt id, 0), or (None, seconds to wait) when the try is refused. Checking and
    recording in one write transaction keeps the limit exact across worker processes.
    """
    username = username.strip()[:80]
    address = address[:64]
    with db.counter_session() as session:
        if session.get_bind().dialect.name == "postgresql":
            # SQLite's BEGIN IMMEDIATE already lets one such transaction run at a time.
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ATTEMPTS_LOCK})
        session.execute(delete(LoginAttempt).where(LoginAttempt.created_at < utcnow() - KEEP))
        wait = _seconds_to_wait(session, username, address)
        if wait:
            return None, wait
        attempt = LoginAttempt(username=username, address=address, succeeded=False)
        session.add(attempt)
        session.flush()
        return attempt.id, 0


def attempt_succeeded(attempt_id: int) -> None:
    with db.counter_session() as session:
        session.get(LoginAttempt, attempt_id).succeeded = True


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


def _seconds_to_wait(session: Session, username: str, address: str) -> int:
    config = current_app.config
    limits = (
        (config["LOGIN_MAX_FAILURES"], [_by_name(username), _by_address(address)], True),
        (config["LOGIN_MAX_FAILURES_PER_ADDRESS"], [_by_address(address)], False),
        (config["LOGIN_MAX_FAILURES_PER_ACCOUNT"], [_by_name(username)], True),
    )
    return max(_wait_for(session, *limit) for limit in limits)


def _by_name(username: str) -> ColumnElement[bool]:
    return LoginAttempt.username == username


def _by_address(address: str) -> ColumnElement[bool]:
    return LoginAttempt.address == address


def _wait_for(
    session: Session, limit: int, conditions: list[ColumnElement[bool]], success_resets: bool
) -> int:
    """Seconds until fewer than `limit` failures remain in the window (0: under the limit).

    A success on the same key forgives the failures before it; not for an address alone,
    where one valid account would otherwise forgive guesses at all the others.
    """
    since = utcnow() - THROTTLE_WINDOW
    failures = select(LoginAttempt.created_at).where(
        *conditions, ~LoginAttempt.succeeded, LoginAttempt.created_at > since
    )
    if success_resets:
        last_success = session.scalar(
            select(func.max(LoginAttempt.created_at)).where(*conditions, LoginAttempt.succeeded)
        )
        if last_success is not None:
            failures = failures.where(LoginAttempt.created_at > _aware(last_success))
    # The limit-th newest failure: the try is allowed again once it leaves the window.
    oldest_counted = session.scalar(
        failures.order_by(LoginAttempt.created_at.desc()).offset(limit - 1).limit(1)
    )
    if oldest_counted is None:
        return 0
    remaining = (_aware(oldest_counted) + THROTTLE_WINDOW - utcnow()).total_seconds()
    return max(1, math.ceil(remaining))


@functools.cache
def _dummy_hash() -> str:
    # Made with the same method and cost as real password hashes (werkzeug's default).
    return generate_password_hash(secrets.token_hex(16))


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
