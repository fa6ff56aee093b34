"""What the museum asks of its database, on SQLite and on PostgreSQL alike (the suite's second
run, tests/postgres.py): writers queue, and a NUL typed anywhere is no server error."""

from sqlalchemy import select

from museum import catalog, db
from museum.models import Exhibit
from tests.workspace import PASSWORD, csrf_token


def test_a_nul_in_a_filter_a_search_or_a_sign_in_is_no_server_error(client, make_exhibit):
    make_exhibit(title="Seal press")
    for url in (
        "/api/exhibits?tag=se%00als",
        "/exhibits?tag=%00",
        "/search?q=seal%00press",
        "/api/search?q=%00",
    ):
        assert client.get(url).status_code < 500, url
    form = {"csrf_token": csrf_token(client, "/login"), "username": "an\x00na"}
    assert client.post("/login", data=form | {"password": PASSWORD}).status_code < 500


def test_a_nul_in_a_saved_text_is_no_server_error(app, client, make_exhibit):
    exhibit = make_exhibit(title="Seal\x00 press", summary="A\x00 summary")
    with app.app_context():
        stored = db.session().scalar(select(Exhibit.title).where(Exhibit.id == exhibit.id))
        catalog.update_exhibit(exhibit.id, {"title": "Seal\x00 press, restored"})
    assert stored.replace("\x00", "") == "Seal press"
    page = client.get(f"/exhibits/{exhibit.slug}")
    assert page.status_code == 200 and "Seal" in page.get_data(as_text=True)
