"""Visitors' pages are served from a per-process cache until the catalog changes."""

import pytest
from sqlalchemy import event

from museum import catalog, db


@pytest.fixture
def statements(app):
    counted: list[str] = []
    with app.app_context():
        engine = db.engine()

    def listener(_conn, _cursor, statement, *_args) -> None:
        if not statement.startswith("BEGIN"):
            counted.append(statement)

    event.listen(engine, "before_cursor_execute", listener)
    yield counted
    event.remove(engine, "before_cursor_execute", listener)


def test_a_repeated_page_costs_one_version_read(client, make_exhibit, statements):
    exhibit = make_exhibit(title="The customs seal")
    first = client.get(f"/exhibits/{exhibit.slug}")
    statements.clear()
    again = client.get(f"/exhibits/{exhibit.slug}")
    assert again.status_code == 200
    assert again.data == first.data
    assert len(statements) == 1 and "catalog_state" in statements[0]


def test_a_change_through_the_catalog_shows_at_once(app, client, make_exhibit):
    exhibit = make_exhibit(title="The customs seal")
    assert b"The customs seal" in client.get(f"/exhibits/{exhibit.slug}").data
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"title": "The brass customs seal"})
    page = client.get(f"/exhibits/{exhibit.slug}")
    assert b"The brass customs seal" in page.data
    with app.app_context():
        catalog.unpublish_exhibit(exhibit.id)
    assert client.get(f"/exhibits/{exhibit.slug}").status_code == 404


def test_browsers_revalidate_with_the_etag(app, client, make_exhibit):
    exhibit = make_exhibit()
    page = client.get(f"/exhibits/{exhibit.slug}")
    assert page.headers["Cache-Control"] == "no-cache"
    etag = page.headers["ETag"]
    assert (
        client.get(f"/exhibits/{exhibit.slug}", headers={"If-None-Match": etag}).status_code == 304
    )
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"title": "Renamed"})
    fresh = client.get(f"/exhibits/{exhibit.slug}", headers={"If-None-Match": etag})
    assert fresh.status_code == 200 and b"Renamed" in fresh.data


def test_requests_with_a_session_cookie_are_rendered_afresh(client, make_exhibit, statements):
    exhibit = make_exhibit()
    client.get(f"/exhibits/{exhibit.slug}")
    client.set_cookie("session", "a-curator")
    statements.clear()
    assert client.get(f"/exhibits/{exhibit.slug}").status_code == 200
    assert len(statements) > 1


def test_the_cache_is_bounded(app, client, make_exhibit, statements):
    app.config["PAGE_CACHE_SIZE"] = 2
    oldest, *others = [make_exhibit() for _ in range(3)]
    for exhibit in (oldest, *others):
        client.get(f"/exhibits/{exhibit.slug}")
    statements.clear()
    client.get(f"/exhibits/{others[-1].slug}")
    assert len(statements) == 1
    statements.clear()
    client.get(f"/exhibits/{oldest.slug}")
    assert len(statements) > 1
