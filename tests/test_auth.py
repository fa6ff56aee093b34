"""Signing in and out, throttled guessing, and who may do what."""

import pytest

from tests.workspace import PASSWORD, csrf_token, make_user, sign_in


@pytest.fixture
def staff(app):
    make_user(app, "ada", "admin")
    make_user(app, "cora", "curator")
    make_user(app, "cole", "contributor")


def test_login_page_has_labelled_fields_and_signs_in(client, staff):
    page = client.get("/login").get_data(as_text=True)
    assert '<label for="username">Username</label>' in page
    assert '<label for="password">Password</label>' in page
    response = sign_in(client, "cora")
    assert response.status_code == 302 and response.headers["Location"] == "/curate/"
    assert client.get("/curate/exhibits").status_code == 200


def test_session_cookie_is_httponly_and_samesite_lax(client, staff):
    response = sign_in(client, "cora")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_secure_cookies_when_the_public_address_is_https(tmp_path, monkeypatch):
    from museum import create_app

    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path))
    app = create_app({"PUBLIC_BASE_URL": "https://museum.example.org"})
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client, staff):
    response = sign_in(client, "cora", "wrong password")
    assert response.status_code == 401
    assert "That username and password do not match." in response.get_data(as_text=True)
    assert client.get("/curate/exhibits").status_code == 302


def test_logout_is_a_post_with_a_token(client, staff):
    sign_in(client, "cora")
    assert client.get("/logout").status_code == 405
    token = csrf_token(client, "/curate/exhibits")
    assert client.post("/logout", data={"csrf_token": token}).status_code == 302
    assert client.get("/curate/exhibits").status_code == 302


def test_forms_without_a_csrf_token_are_refused(client, staff):
    response = client.post("/login", data={"username": "cora", "password": PASSWORD})
    assert response.status_code == 400
    assert "security token" in response.get_data(as_text=True)
    sign_in(client, "cora")
    refused = client.post("/curate/exhibits/new", data={"title": "x"})
    assert refused.status_code == 400


def test_anonymous_visitors_are_sent_to_login(client):
    for url in ("/curate/", "/curate/exhibits", "/curate/exhibits/new", "/curate/review"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/login?next=")


def test_next_only_leads_within_the_site(client, staff):
    token = csrf_token(client, "/login")
    data = {"csrf_token": token, "username": "cora", "password": PASSWORD}
    response = client.post("/login?next=//evil.example/x", data=data)
    assert response.headers["Location"] == "/curate/"


def test_a_contributor_cannot_publish(client, staff, make_exhibit):
    exhibit = make_exhibit(publish=False)
    sign_in(client, "cole")
    token = csrf_token(client, f"/curate/exhibits/{exhibit.id}/edit")
    response = client.post(f"/curate/exhibits/{exhibit.id}/publish", data={"csrf_token": token})
    assert response.status_code == 403
    assert "Only curators may publish exhibits." in response.get_data(as_text=True)
    assert client.get(f"/exhibits/{exhibit.slug}").status_code == 404
