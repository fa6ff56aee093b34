"""Messages made in Python (catalog refusals, import problems, sign-in errors) are in the page's
language, and in English where no page asks for another: the command line, code without an app.

The Russian here is a small catalog made for the test, so that it does not wait for translators.
"""

import io

import pytest
from flask import Flask
from flask_babel import gettext

from museum import catalog
from museum.cli import main
from tests.russian import app_speaking_russian
from tests.workspace import csrf_token

RUSSIAN = {
    "Title is required.": "Нужно название.",
    "Accession number %(number)s is already used by “%(title)s”.": (
        "Инвентарный номер %(number)s уже у «%(title)s»."
    ),
    '%(message)s <a href="%(link)s">Open “%(title)s”</a>.': (
        '%(message)s <a href="%(link)s">Открыть «%(title)s»</a>.'
    ),
    "Accession number is missing.": "Нет инвентарного номера.",
    "That username and password do not match.": "Имя пользователя и пароль не совпадают.",
    "Please sign in to use the curators' workspace.": "Войдите, чтобы работать с фондами.",
}


@pytest.fixture
def app(tmp_path, monkeypatch) -> Flask:
    return app_speaking_russian(tmp_path, monkeypatch, RUSSIAN)


def refusal() -> str:
    """The catalog's message for an exhibit without a title."""
    with pytest.raises(catalog.CatalogError) as raised:
        catalog.clean_fields({"title": " "}, required=["title"])
    return raised.value.message


def test_catalog_messages_are_english_without_a_page(app):
    assert refusal() == "Title is required."  # no app at all
    with app.app_context():
        assert refusal() == "Title is required."  # a command: the museum's default language


def test_a_catalog_refusal_reaches_the_curator_in_the_page_language(app, curator, make_exhibit):
    make_exhibit(accession_number="KP-1", title="Seal <press>")
    url = "/ru/curate/exhibits/new"
    data = {
        "csrf_token": csrf_token(curator, url),
        "accession_number": "KP-1",
        "title": "Another",
        "kind": "document",
        "action": "save",
    }
    page = curator.post(url, data=data).get_data(as_text=True)
    assert "Инвентарный номер KP-1 уже у «Seal &lt;press&gt;»." in page
    assert "Открыть «Seal &lt;press&gt;»</a>." in page
    assert "Seal <press>" not in page
    english = curator.post("/curate/exhibits/new", data=data).get_data(as_text=True)
    assert "Accession number KP-1 is already used by “Seal &lt;press&gt;”." in english


def test_import_problems_follow_the_page_and_the_command_line_stays_english(app, curator, tmp_path):
    text = "objectid,kind,title\n,document,Decree\n"
    data = {
        "csrf_token": csrf_token(curator, "/ru/curate/import"),
        "csv_file": (io.BytesIO(text.encode()), "in.csv"),
    }
    response = curator.post("/ru/curate/import", data=data, content_type="multipart/form-data")
    preview = curator.get(response.headers["Location"]).get_data(as_text=True)
    assert "Нет инвентарного номера." in preview
    path = tmp_path / "in.csv"
    path.write_text(text, encoding="utf-8")
    result = app.test_cli_runner().invoke(main, ["import", str(path), "--dry-run"])
    assert "Accession number is missing." in result.output
    assert "Нет" not in result.output


def test_a_page_asked_for_inside_a_command_context_keeps_its_own_language(app, client):
    with app.app_context():
        assert refusal() == "Title is required."  # Flask-Babel remembers "en" for this context
        token = csrf_token(client, "/ru/login")
        form = {"csrf_token": token, "username": "nobody", "password": "wrong"}
        page = client.post("/ru/login", data=form).get_data(as_text=True)
        assert "Имя пользователя и пароль не совпадают." in page
        assert gettext("That username and password do not match.").startswith("That")


def test_the_sign_in_request_is_flashed_in_the_page_language(client):
    page = client.get("/ru/curate/exhibits", follow_redirects=True).get_data(as_text=True)
    assert "Войдите, чтобы работать с фондами." in page
    page = client.get("/curate/exhibits", follow_redirects=True).get_data(as_text=True)
    assert "Please sign in to use the curators" in page
