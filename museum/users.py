"""Staff accounts: curators, contributors and admins."""

from flask_babel import gettext as _
from sqlalchemy import func, select
from werkzeug.security import generate_password_hash

from museum import db
from museum.i18n import ngettext
from museum.models import Role, User

MIN_PASSWORD_LENGTH = 8


class UserError(ValueError):
    pass


def add_user(username: str, password: str, role: str) -> User:
    """Create a staff account with a hashed password."""
    username = username.strip()
    if not username:
        raise UserError(_("The username is empty."))
    _check_role(role)
    _check_password(password)
    with db.write_session() as session:
        if session.scalar(select(User).where(User.username == username)):
            raise UserError(_("A user named %(name)s already exists.", name=username))
        user = User(username=username, password_hash=generate_password_hash(password), role=role)
        session.add(user)
    return user


def username_taken(username: str) -> bool:
    return db.session().scalar(select(User.id).where(User.username == username.strip())) is not None


def find_user(username: str) -> User | None:
    return db.session().scalar(select(User).where(User.username == username.strip()))


def list_users() -> list[User]:
    return list(db.session().scalars(select(User).order_by(User.username)))


def set_role(user_id: int, role: str) -> User:
    """Give a staff account another role; the museum always keeps at least one admin."""
    _check_role(role)
    with db.write_session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError(_("No user with id %(id)s.", id=user_id))
        if user.role == Role.ADMIN and role != Role.ADMIN and _admin_count(session) <= 1:
            raise UserError(
                _("%(name)s is the last admin; make another admin first.", name=user.username)
            )
        user.role = role
    return user


def set_password(user_id: int, password: str) -> User:
    """Give a staff account a new password and end every session it had (see session_epoch)."""
    _check_password(password)
    with db.counter_session() as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError(_("No user with id %(id)s.", id=user_id))
        user.password_hash = generate_password_hash(password)
        user.session_epoch += 1
    return user


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            ngettext(
                "The password must have at least %(num)s character.",
                "The password must have at least %(num)s characters.",
                MIN_PASSWORD_LENGTH,
            )
        )


def _check_role(role: str) -> None:
    if role not in {r.value for r in Role}:
        roles = ", ".join(r.value for r in Role)
        raise UserError(_("Role must be one of: %(roles)s.", roles=roles))


def _admin_count(session) -> int:
    return session.scalar(select(func.count()).where(User.role == Role.ADMIN)) or 0


def any_user() -> bool:
    """True once the museum has at least one staff account."""
    return db.session().scalar(select(User.id).limit(1)) is not None
