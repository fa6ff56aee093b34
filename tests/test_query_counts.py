"""No N+1: a visitor page runs as many SQL statements with ten of everything as with one."""

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import event

from museum import catalog, db
from museum.models import Exhibit
from tests.conftest import png_bytes


@pytest.fixture
def count_statements(app, client) -> Iterator[Callable[[str], int]]:
    """Return a function that fetches a URL and gives the number of SQL statements it ran."""
    app.config["PAGE_CACHE_SIZE"] = 0  # count what rendering costs, not a cached copy
    statements: list[str] = []
    with app.app_context():
        engine = db.engine()

    def record(_connection, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)

    def count(url: str) -> int:
        client.get(url)  # warm-up: caches and lazy setup are not what is counted
        statements.clear()
        response = client.get(url)
        assert response.status_code == 200, url
        return len(statements)

    yield count
    event.remove(engine, "before_cursor_execute", record)


def exhibit_with(app, make_exhibit, n: int) -> tuple[Exhibit, Exhibit]:
    """An ensemble with n of everything (images, tags, parts, galleries, tours, related
    exhibits), and its first part."""
    ensemble = make_exhibit("ensemble", title=f"Ensemble with {n}", images=0, date_text="1936")
    images = [
        catalog.NewImage(
            png_bytes((64, 48), f"#{n:02x}{i * 20:02x}80"), f"{i}.png", "", f"View {i}"
        )
        for i in range(n)
    ]
    parts = [make_exhibit("equipment", date_text="1936") for _ in range(n)]
    related = [make_exhibit("document", date_text="1990") for _ in range(n)]
    tags = [f"tag {n}-{i}" for i in range(n)]
    with app.app_context():
        catalog.update_exhibit(ensemble.id, {}, tags=tags, add_images=images)
        for other in related:
            catalog.update_exhibit(other.id, {}, tags=tags[:1])
        catalog.set_parts(ensemble.id, [part.id for part in parts])
        catalog.set_hotspots(
            ensemble.id, [catalog.NewHotspot(part.id, 0.1, 0.1, 0.2, 0.2) for part in parts]
        )
        for i in range(n):
            catalog.create_gallery(
                title=f"Gallery {n}-{i}", published=True, exhibit_ids=[ensemble.id]
            )
            stops = [catalog.NewStop(ensemble.id), catalog.NewStop(parts[0].id)]
            catalog.create_tour(title=f"Tour {n}-{i}", published=True, stops=stops)
    return ensemble, parts[0]


def test_exhibit_page_does_not_grow_with_images_tags_parts_galleries_tours(
    app, make_exhibit, count_statements
):
    one, part_of_one = exhibit_with(app, make_exhibit, 1)
    ten, part_of_ten = exhibit_with(app, make_exhibit, 10)

    on_one = count_statements(f"/exhibits/{one.slug}")
    on_ten = count_statements(f"/exhibits/{ten.slug}")

    assert on_ten == on_one
    assert on_one <= 15
    # A part's page loads its ensemble once, however many siblings and tours it has.
    assert count_statements(f"/exhibits/{part_of_ten.slug}") == count_statements(
        f"/exhibits/{part_of_one.slug}"
    )


def test_home_page_does_not_grow_with_featured_exhibits_and_galleries(
    app, make_exhibit, count_statements
):
    first = make_exhibit(featured=True)
    with app.app_context():
        catalog.create_gallery(title="Gallery 0", published=True, exhibit_ids=[first.id])
    on_one = count_statements("/")
    for i in range(1, 10):
        exhibit = make_exhibit(featured=True, images=2)
        with app.app_context():
            catalog.create_gallery(title=f"Gallery {i}", published=True, exhibit_ids=[exhibit.id])
            catalog.create_tour(
                title=f"Tour {i}", published=True, stops=[catalog.NewStop(exhibit.id)]
            )
    assert count_statements("/") == on_one


def test_gallery_and_browse_pages_do_not_grow_with_their_exhibits(
    app, make_exhibit, count_statements
):
    exhibits = [make_exhibit("photograph", images=2) for _ in range(10)]
    make_exhibit("award")
    with app.app_context():
        small = catalog.create_gallery(title="Small", published=True, exhibit_ids=[exhibits[0].id])
        large = catalog.create_gallery(
            title="Large", published=True, exhibit_ids=[exhibit.id for exhibit in exhibits]
        )
    assert count_statements(f"/galleries/{large.slug}") == count_statements(
        f"/galleries/{small.slug}"
    )
    assert count_statements("/exhibits/?kind=photograph") == count_statements(
        "/exhibits/?kind=award"
    )
