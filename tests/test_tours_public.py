"""Tours: the floor plan a curator uploads, the route and the stop pages visitors walk through."""

import io
import re
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from museum import catalog, db
from museum.cli import main
from museum.models import Gallery, Image, Tour, TourStop
from tests.conftest import png_bytes
from tests.workspace import csrf_token

PLAN_ALT = "Five halls in a row; the tour walks from Hall 1 to Hall 5."


@pytest.fixture
def trio(make_exhibit):
    """Three published exhibits, one of each of three kinds."""
    return [
        make_exhibit(kind, title=f"Exhibit {name}", date_text=f"19{n}0s")
        for n, (kind, name) in enumerate(
            [("document", "A"), ("photograph", "B"), ("award", "C")], start=3
        )
    ]


def make_tour(app, exhibits, published=True, **kwargs) -> Tour:
    stops = [
        catalog.NewStop(e.id, f"Stop {n}", f"Say *{n}* about it.", f"Hall {n}", f"Case {n}")
        for n, e in enumerate(exhibits, start=1)
    ]
    with app.app_context():
        return catalog.create_tour(title="A short walk", stops=stops, published=published, **kwargs)


def tour_form(client, url: str, exhibits, plan: bytes | None = None, **fields) -> dict:
    """The tour form as a browser sends it, with a floor plan file when given."""
    data = {
        "csrf_token": csrf_token(client, url),
        "title": "A short walk",
        "introduction": "Three stops.",
        "floor_plan_alt_text": "",
        "action": "save",
    }
    for index, exhibit in enumerate(exhibits):
        row = {"exhibit_id": exhibit.id, "position": index + 1, "title": "", "narration": ""}
        row |= {"room": f"Hall {index + 1}", "showcase": ""}
        data |= {f"stops-{index}-{name}": str(value) for name, value in row.items()}
    if plan is not None:
        data["floor_plan"] = (io.BytesIO(plan), "plan.png")
    return data | fields


def post(client, url: str, data: dict):
    return client.post(url, data=data, content_type="multipart/form-data")


def stored_plan(app, tour_id: int) -> tuple[str, str] | None:
    with app.app_context():
        plan = db.session().get(Tour, tour_id).floor_plan_image
        return (plan.sha256, plan.alt_text) if plan else None


def originals(app) -> list[Path]:
    return sorted(
        p for p in (Path(app.config["MEDIA_ROOT"]) / "originals").rglob("*") if p.is_file()
    )


def plan_rows(app) -> int:
    with app.app_context():
        return len(db.session().scalars(select(Image).where(Image.exhibit_id.is_(None))).all())


# --- the floor plan in the curators' tour form ----------------------------------------------


def test_a_curator_uploads_a_floor_plan_and_visitors_see_it_above_the_numbered_route(
    app, client, curator, trio
):
    data = tour_form(curator, "/curate/tours/new", trio, png_bytes((1200, 800)))
    data["floor_plan_alt_text"] = PLAN_ALT
    response = post(curator, "/curate/tours/new", data)
    assert response.status_code == 302, response.get_data(as_text=True)
    tour_id = int(re.search(r"/tours/(\d+)/edit", response.headers["Location"])[1])
    assert stored_plan(app, tour_id)[1] == PLAN_ALT
    edit = curator.get(f"/curate/tours/{tour_id}/edit").get_data(as_text=True)
    assert "Current plan: plan.png" in edit and "Remove the floor plan" in edit
    assert f'value="{PLAN_ALT}"' in edit

    with app.app_context():
        catalog.set_tour_published(tour_id, True)
        slug = db.session().get(Tour, tour_id).slug
    page = client.get(f"/tours/{slug}").get_data(as_text=True)
    plan = re.search(r'<figure class="floor-plan">.*?</figure>', page, re.S)
    assert plan, "no floor plan on the tour page"
    assert f'alt="{PLAN_ALT}"' in plan[0] and 'type="image/webp"' in plan[0]
    assert "srcset=" in plan[0] and 'width="1200" height="800"' in plan[0]
    # The numbered list is always there too: it is the route for everyone.
    route = re.search(r'<ol class="route">(.*?)</ol>', page, re.S)[1]
    items = re.findall(r"<li>(.*?)</li>", route, re.S)
    assert [re.search(r"Exhibit [ABC]", item)[0] for item in items] == [e.title for e in trio]
    assert "Hall 1" in items[0] and "Hall 3" in items[2]
    assert page.index('class="floor-plan"') < page.index('class="route"')


def test_a_floor_plan_without_alt_text_is_refused_and_nothing_is_stored(app, curator, trio):
    before = originals(app)
    response = post(
        curator, "/curate/tours/new", tour_form(curator, "/curate/tours/new", trio, png_bytes())
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Describe the floor plan in its alt text" in page
    assert "plan.png was not kept: choose the file again before you save" in page
    assert 'value="A short walk"' in page  # everything typed stays
    assert originals(app) == before and plan_rows(app) == 0
    with app.app_context():
        assert db.session().scalars(select(Tour)).all() == []


def test_adding_a_stop_without_javascript_says_the_chosen_file_must_be_chosen_again(
    app, curator, trio
):
    before = originals(app)
    data = tour_form(curator, "/curate/tours/new", trio[:1], png_bytes(), add=str(trio[1].id))
    data["floor_plan_alt_text"] = PLAN_ALT
    response = post(curator, "/curate/tours/new", data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Please correct" not in page
    assert "plan.png was not kept: choose the file again before you save" in page
    assert f'value="{PLAN_ALT}"' in page and originals(app) == before


def test_a_file_that_is_not_an_image_is_refused_with_its_name(app, curator, trio):
    before = originals(app)
    data = tour_form(curator, "/curate/tours/new", trio, b"%PDF-1.4 not a picture")
    data["floor_plan_alt_text"] = PLAN_ALT
    response = post(curator, "/curate/tours/new", data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "plan.png" in page and "was not kept" not in page
    assert originals(app) == before and plan_rows(app) == 0


def test_alt_text_without_a_file_asks_for_the_file(app, curator, trio):
    data = tour_form(curator, "/curate/tours/new", trio, floor_plan_alt_text=PLAN_ALT)
    response = post(curator, "/curate/tours/new", data)
    assert response.status_code == 400
    assert "Choose the floor plan image this alt text describes" in response.get_data(as_text=True)


def test_the_floor_plan_alt_text_is_edited_required_and_the_plan_removed(
    app, client, curator, trio
):
    tour = make_tour(app, trio, floor_plan=catalog.FloorPlan(PLAN_ALT, png_bytes(), "plan.png"))
    url = f"/curate/tours/{tour.id}/edit"
    sha256 = stored_plan(app, tour.id)[0]

    emptied = post(curator, url, tour_form(curator, url, trio, floor_plan_alt_text="  "))
    assert emptied.status_code == 400
    assert "Describe the floor plan in its alt text" in emptied.get_data(as_text=True)
    assert stored_plan(app, tour.id) == (sha256, PLAN_ALT)

    changed = post(curator, url, tour_form(curator, url, trio, floor_plan_alt_text="Two halls."))
    assert changed.status_code == 302
    assert stored_plan(app, tour.id) == (sha256, "Two halls.")

    removed = post(curator, url, tour_form(curator, url, trio, remove_floor_plan="y"))
    assert removed.status_code == 302
    assert stored_plan(app, tour.id) is None and plan_rows(app) == 0
    page = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    assert 'class="floor-plan"' not in page and 'class="route"' in page
    compare = curator.get(f"/curate/tours/{tour.id}/history/compare?a=1&b=3")
    text = compare.get_data(as_text=True)
    assert "Floor plan" in text and f"plan.png — (no caption) / {PLAN_ALT}" in text


def test_a_new_file_replaces_the_plan_and_a_revision_brings_the_old_one_back(app, curator, trio):
    tour = make_tour(app, trio, floor_plan=catalog.FloorPlan(PLAN_ALT, png_bytes(), "old.png"))
    old = stored_plan(app, tour.id)
    url = f"/curate/tours/{tour.id}/edit"
    data = tour_form(curator, url, trio, png_bytes(color="navy"), floor_plan_alt_text="New plan.")
    assert post(curator, url, data).status_code == 302
    new = stored_plan(app, tour.id)
    assert new[0] != old[0] and new[1] == "New plan." and plan_rows(app) == 1
    with app.app_context():
        catalog.restore_tour_revision(tour.id, 1)
    assert stored_plan(app, tour.id) == old and plan_rows(app) == 1


def test_a_save_that_fails_after_storing_the_file_removes_it_again(app, trio):
    tour = make_tour(app, trio)
    before = originals(app)
    plan = catalog.FloorPlan(PLAN_ALT, png_bytes(color="teal"), "plan.png")
    with app.app_context(), pytest.raises(catalog.NotFound):
        catalog.update_tour(tour.id, {}, stops=[catalog.NewStop(999_999)], floor_plan=plan)
    assert originals(app) == before and plan_rows(app) == 0


def test_media_check_counts_floor_plans_and_keeps_old_ones_for_a_restore(app, runner, trio):
    tour = make_tour(app, trio, floor_plan=catalog.FloorPlan(PLAN_ALT, png_bytes(), "plan.png"))
    with app.app_context():
        catalog.update_tour(tour.id, {}, floor_plan=catalog.FloorPlan(remove=True))
    result = runner.invoke(main, ["media", "check"])
    assert result.exit_code == 0, result.output


def test_the_migration_keeps_tour_stops_and_gallery_covers(app, trio):
    """Batch migrations copy and drop tables: no cascade may reach the rows pointing at them."""
    make_tour(app, trio, floor_plan=catalog.FloorPlan(PLAN_ALT, png_bytes(), "plan.png"))
    with app.app_context():
        cover = db.session().scalar(select(Image.id).where(Image.exhibit_id == trio[0].id))
        db.session().close()  # on PostgreSQL its open transaction would hold the migration back
        catalog.create_gallery(title="Covers", exhibit_ids=[trio[0].id], cover_image_id=cover)
        command.downgrade(db.alembic_config(), "0005")
        db.upgrade_schema()
    with app.app_context():
        session = db.session()
        assert len(session.scalars(select(TourStop)).all()) == 3
        assert session.scalars(select(Gallery.cover_image_id)).one() == cover
        assert session.scalars(select(Tour.floor_plan_image_id)).one() is None


# --- the route and the stops, as visitors see them ------------------------------------------


def test_without_a_floor_plan_the_route_is_the_numbered_list_of_stops_with_rooms(app, client, trio):
    tour = make_tour(app, trio)
    page = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    assert 'class="floor-plan"' not in page
    assert "Tour · 3 stops" in page
    route = re.search(r'<ol class="route">(.*?)</ol>', page, re.S)[1]
    links = re.findall(r'href="(/tours/[^"]+)"', route)
    assert links == [f"/tours/{tour.slug}/{n}" for n in (1, 2, 3)]
    assert "Hall 2, Case 2" in route
    assert f'href="/tours/{tour.slug}/1">Start the tour' in page


def test_a_stop_shows_the_exhibit_the_narration_and_where_it_is_in_the_tour(app, client, trio):
    tour = make_tour(app, trio)
    page = client.get(f"/tours/{tour.slug}/2").get_data(as_text=True)
    exhibit = trio[1]
    assert "Stop 2 of 3" in page
    assert "<h1>Stop 2</h1>" in page and "Hall 2, Case 2" in page
    assert "Say <em>2</em> about it." in page
    assert f'<a href="/exhibits/{exhibit.slug}">Exhibit B</a>' in page
    assert "· Photograph, 1940s" in page
    assert 'alt="Alt text 0"' in page  # the catalog's alt text
    pager = re.search(r'<nav class="stop-pager".*?</nav>', page, re.S)[0]
    assert f'rel="prev" href="/tours/{tour.slug}/1"' in pager
    assert f'rel="next" href="/tours/{tour.slug}/3"' in pager
    assert f'<link rel="prev" href="/tours/{tour.slug}/1">' in page
    assert f'<link rel="next" href="/tours/{tour.slug}/3">' in page
    assert f'<a href="/tours/{tour.slug}">' in page  # back to the route
    assert re.search(r'<script src="/static/js/tour\.js[^"]*" defer>', page)
    assert f'data-tour-stop="2" data-tour="{tour.slug}"' in page


def test_the_first_and_last_stops_lead_back_to_the_route(app, client, trio):
    tour = make_tour(app, trio)
    first = client.get(f"/tours/{tour.slug}/1").get_data(as_text=True)
    assert 'rel="prev"' not in first and f'rel="next" href="/tours/{tour.slug}/2"' in first
    last = client.get(f"/tours/{tour.slug}/3").get_data(as_text=True)
    assert "Stop 3 of 3" in last and 'rel="next"' not in last
    assert f'<a href="/tours/{tour.slug}">End of the tour: back to the route</a>' in last


@pytest.mark.parametrize("number", ["0", "4", "99"])
def test_stops_outside_the_tour_are_not_found(app, client, trio, number):
    tour = make_tour(app, trio)
    assert client.get(f"/tours/{tour.slug}/{number}").status_code == 404


def test_stops_at_unpublished_exhibits_are_skipped_in_the_count(app, client, trio, make_exhibit):
    draft = make_exhibit("equipment", publish=False, title="Secret press")
    tour = make_tour(app, [trio[0], draft, trio[1]])
    route = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    assert "Secret press" not in route and "Tour · 2 stops" in route
    second = client.get(f"/tours/{tour.slug}/2").get_data(as_text=True)
    assert "Stop 2 of 2" in second and "Exhibit B" in second
    assert client.get(f"/tours/{tour.slug}/3").status_code == 404


def test_draft_and_trashed_tours_are_hidden_from_visitors(app, client, trio):
    draft = make_tour(app, trio, published=False)
    trashed = make_tour(app, trio, slug="trashed-walk")
    with app.app_context():
        catalog.trash_arrangement(Tour, trashed.id)
    for tour in (draft, trashed):
        assert client.get(f"/tours/{tour.slug}").status_code == 404
        assert client.get(f"/tours/{tour.slug}/1").status_code == 404
        assert f"/tours/{tour.slug}" not in client.get("/tours/").get_data(as_text=True)


def test_the_tours_list_and_route_offer_a_place_to_continue_once_javascript_fills_it(
    app, client, trio
):
    tour = make_tour(app, trio)
    listing = client.get("/tours/").get_data(as_text=True)
    assert f'href="/tours/{tour.slug}">A short walk</a>' in listing
    resume = f'data-tour-resume="{tour.slug}" data-tour-url="/tours/{tour.slug}"'
    assert resume in listing and "tour.js" in listing
    route = client.get(f"/tours/{tour.slug}").get_data(as_text=True)
    block = re.search(r'<p class="tour-resume".*?</p>', route, re.S)[0]
    assert resume in block and 'data-stop-count="3"' in block and " hidden>" in block
    assert "Continue where you left off" in block and f'href="/tours/{tour.slug}/1"' in block
