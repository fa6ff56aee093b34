"""Staff accounts: curators, contributors and admins."""

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from museum import db
from museum.models import Role, User

MIN_PASSWORD_LENGTH = 8


class UserError(ValueError):
    pass


def add_user(username: str, password: str, role: str) -> User:
    """Create a staff account with a hashed password."""
    username = username.strip()
    if not username:
        raise UserError("The username is empty.")
    if role not in {r.value for r in Role}:
        raise UserError(f"Role must be one of: {', '.join(r.value for r in Role)}.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")
    with db.write_session() as session:
        if session.scalar(select(User).where(User.username == username)):
            raise UserError(f"A user named {username} already exists.")
        user = User(username=username, password_hash=generate_password_hash(password), role=role)
        session.add(user)
    return user
