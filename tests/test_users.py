"""Staff accounts in the workspace: admins add users and change roles, nobody else may."""

import re

import pytest
from sqlalchemy import select

from museum import db
from museum.models import User
from museum.users import UserError, set_role
from tests.workspace import csrf_token, make_user, sign_in


@pytest.fixture
def admin(app, client):
    make_user(app, "ada", "admin")
    sign_in(client, "ada")
    return client


def role_of(app, name: str) -> str | None:
    with app.app_context():
        return db.session().scalar(select(User.role).where(User.username == name))


def new_user(client, **fields) -> dict:
    data = {
        "csrf_token": csrf_token(client, "/curate/users"),
        "username": "newbie",
        "password": "a fine password",
        "confirm": "a fine password",
        "role": "contributor",
    }
    return data | fields


def field_error(page: str, field: str, message: str) -> bool:
    """True when the message is shown inside the field's own row, after its label."""
    row = re.search(rf'<div class="field has-error">\s*<label for="{field}">.*?</div>', page, re.S)
    return bool(row) and message in row[0]


def test_the_list_shows_each_user_with_role_and_creation_date(app, admin):
    make_user(app, "cora", "curator")
    page = admin.get("/curate/users").get_data(as_text=True)
    # The date as the curator's language writes it: "Nov 27, 2026, 3:03:00 PM" in English.
    when = r"[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d:\d\d\s[AP]M"
    assert re.search(rf"<td>cora</td>\s*<td>curator</td>\s*<td>{when}</td>", page)
    assert "ada <span" in page and "(you)" in page


def test_an_admin_adds_a_user_who_can_then_sign_in(app, admin):
    response = admin.post("/curate/users", data=new_user(admin, role="curator"))
    assert response.status_code == 302
    assert "newbie can now sign in as a curator." in admin.get("/curate/users").get_data(
        as_text=True
    )
    assert role_of(app, "newbie") == "curator"
    other = app.test_client()
    signed = sign_in(other, "newbie", "a fine password")
    assert signed.status_code == 302 and other.get("/curate/exhibits").status_code == 200


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"password": "short", "confirm": "short"}, "password", "at least 8 characters"),
        ({"confirm": "another password"}, "confirm", "The two passwords differ."),
        ({"username": "ada"}, "username", "A user named ada already exists."),
        ({"username": ""}, "username", "This field is required."),
    ],
)
def test_bad_input_shows_errors_beside_the_fields_and_keeps_the_name(
    app, admin, fields, field, message
):
    response = admin.post("/curate/users", data=new_user(admin, role="curator", **fields))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert field_error(page, field, message), page
    if fields.get("username", "newbie"):
        assert f'value="{fields.get("username", "newbie")}"' in page
    assert '<option selected value="curator">' in page, "the chosen role is kept"
    assert "a fine password" not in page and "another password" not in page
    assert role_of(app, "newbie") is None


def test_a_curator_gets_a_403_that_says_why(app, client):
    make_user(app, "cora", "curator")
    sign_in(client, "cora")
    response = client.get("/curate/users")
    assert response.status_code == 403
    assert "This needs the admin role; you are a curator." in response.get_data(as_text=True)
    token = csrf_token(client, "/curate/exhibits")
    refused = client.post("/curate/users", data={"csrf_token": token, "username": "x"})
    assert refused.status_code == 403


def test_an_admin_changes_another_users_role(app, admin):
    make_user(app, "cole", "contributor")
    with app.app_context():
        cole_id = db.session().scalar(select(User.id).where(User.username == "cole"))
    token = csrf_token(admin, "/curate/users")
    response = admin.post(
        f"/curate/users/{cole_id}/role", data={"csrf_token": token, "role": "curator"}
    )
    assert response.status_code == 302
    assert role_of(app, "cole") == "curator"
    assert "cole is now a curator." in admin.get("/curate/users").get_data(as_text=True)


def test_an_admin_cannot_demote_themselves(app, admin):
    make_user(app, "adam", "admin")  # even with another admin there
    with app.app_context():
        ada_id = db.session().scalar(select(User.id).where(User.username == "ada"))
    page = admin.get("/curate/users").get_data(as_text=True)
    assert f"/curate/users/{ada_id}/role" not in page, "no role form on one's own row"
    token = csrf_token(admin, "/curate/users")
    response = admin.post(
        f"/curate/users/{ada_id}/role", data={"csrf_token": token, "role": "contributor"}
    )
    assert response.status_code == 302
    assert role_of(app, "ada") == "admin"
    assert "You cannot take the admin role from yourself" in admin.get("/curate/users").get_data(
        as_text=True
    )


def test_the_last_admin_keeps_the_role_even_from_the_command_line(app):
    make_user(app, "ada", "admin")
    with app.app_context():
        ada_id = db.session().scalar(select(User.id).where(User.username == "ada"))
        with pytest.raises(UserError, match="last admin"):
            set_role(ada_id, "curator")
        with pytest.raises(UserError, match="Role must be one of"):
            set_role(ada_id, "owner")
    assert role_of(app, "ada") == "admin"


def test_an_unknown_role_is_refused(app, admin):
    make_user(app, "cole", "contributor")
    with app.app_context():
        cole_id = db.session().scalar(select(User.id).where(User.username == "cole"))
    token = csrf_token(admin, "/curate/users")
    admin.post(f"/curate/users/{cole_id}/role", data={"csrf_token": token, "role": "owner"})
    assert role_of(app, "cole") == "contributor"
    assert "Role must be one of: admin, curator, contributor." in admin.get(
        "/curate/users"
    ).get_data(as_text=True)
