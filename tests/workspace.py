"""Helpers for workspace tests: staff accounts, signing in, CSRF tokens from real pages."""

import re

from flask import Flask
from flask.testing import FlaskClient

from museum.users import add_user

PASSWORD = "long enough secret"
TOKEN = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def make_user(app: Flask, name: str, role: str) -> None:
    with app.app_context():
        add_user(name, PASSWORD, role)


def csrf_token(client: FlaskClient, url: str) -> str:
    page = client.get(url)
    match = TOKEN.search(page.get_data(as_text=True))
    assert match, f"no CSRF token on {url} ({page.status_code})"
    return match[1]


def sign_in(client: FlaskClient, name: str, password: str = PASSWORD):
    token = csrf_token(client, "/login")
    return client.post("/login", data={"csrf_token": token, "username": name, "password": password})


def sign_in_browser(page, live_server: str, name: str) -> None:
    """Sign in through the real login page in Chromium."""
    page.goto(f"{live_server}/login")
    page.get_by_label("Username").fill(name)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/curate/exhibits")
