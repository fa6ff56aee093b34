"""The demo museum, loaded once through `museum demo`, browsed page by page."""

import pytest
from PIL import Image
from sqlalchemy import select

from museum import db, media
from museum.cli import main
from museum.kinds import KINDS
from museum.models import Exhibit, Gallery, Tour


def test_museum_demo_reports_what_it_loaded(demo_load):
    _app, output = demo_load
    assert "Loaded 4" in output
    assert "Dates kept as text, not sortable by year" in output


@pytest.fixture(scope="module")
def exhibits(demo_app) -> list[Exhibit]:
    with demo_app.app_context():
        return list(db.session().scalars(select(Exhibit)).unique())


def test_demo_has_forty_exhibits_of_every_kind_all_published(exhibits):
    assert len(exhibits) >= 40
    assert {exhibit.kind for exhibit in exhibits} == set(KINDS)
    assert all(exhibit.is_published for exhibit in exhibits)
    assert all("Sample content" in exhibit.description for exhibit in exhibits)


def test_demo_images_are_drawn_and_a_few_are_large(demo_app, exhibits):
    with demo_app.app_context():
        loaded = [db.session().get(Exhibit, e.id) for e in exhibits]
        assert all(e.images for e in loaded)
        images = [image for e in loaded for image in e.images]
        assert sum(max(i.width, i.height) > 4000 for i in images) >= 3
        large = next(i for i in images if max(i.width, i.height) > 4000)
        with Image.open(media.store().original_path(large.sha256, large.format)) as original:
            assert max(original.size) > 4000
        assert all(i.has_tiles == (max(i.width, i.height) > 2560) for i in images)


def test_demo_galleries_have_five_themes_with_covers(demo_app):
    with demo_app.app_context():
        galleries = list(db.session().scalars(select(Gallery)))
        assert len(galleries) == 5
        assert {g.theme for g in galleries} == {
            "archive",
            "darkroom",
            "workshop",
            "trophy",
            "office",
        }
        assert all(g.cover_image is not None and g.items for g in galleries)


def test_demo_tour_has_at_least_eight_stops_ending_at_the_desk(demo_app):
    with demo_app.app_context():
        tour = db.session().scalars(select(Tour)).one()
        assert len(tour.stops) >= 8
        assert tour.stops[-1].exhibit.kind == "ensemble"
        assert len(tour.stops[-1].exhibit.parts) >= 5


def test_every_demo_page_answers(demo_app, exhibits):
    client = demo_app.test_client()
    for exhibit in exhibits:
        page = client.get(f"/exhibits/{exhibit.slug}")
        assert page.status_code == 200, exhibit.slug
        short = client.get(f"/e/{exhibit.accession_number}")
        assert short.headers["Location"].endswith(f"/exhibits/{exhibit.slug}")
    with demo_app.app_context():
        galleries = [g.slug for g in db.session().scalars(select(Gallery))]
        tour = db.session().scalars(select(Tour)).one()
        stop_count = len(tour.stops)
    for url in ["/", "/exhibits/", "/exhibits/?page=2", "/galleries/", "/tours/"]:
        assert client.get(url).status_code == 200, url
    for slug in galleries:
        assert client.get(f"/galleries/{slug}").status_code == 200
    for number in range(1, stop_count + 1):
        assert client.get(f"/tours/{tour.slug}/{number}").status_code == 200
    desk = next(e for e in exhibits if e.kind == "ensemble")
    scene = client.get(f"/exhibits/{desk.slug}").get_data(as_text=True)
    assert scene.count("<rect ") >= 4 and "Explore the scene" in scene
    home = client.get("/").get_data(as_text=True)
    assert home.count('class="gallery-tile') == 5 and "/media/" in home


def test_demo_refuses_to_load_twice(demo_app):
    result = demo_app.test_cli_runner().invoke(main, ["demo"])
    assert result.exit_code == 1 and "not empty" in result.output
