"""Arranging galleries and tours in the workspace: order, search-and-add, errors, publishing."""

import re

import pytest
from sqlalchemy import select

from museum import catalog, db
from museum.models import Gallery, Tour
from tests.workspace import csrf_token, make_user, sign_in


@pytest.fixture
def trio(make_exhibit):
    """Three published exhibits: A, B and C."""
    return [make_exhibit("document", title=f"Exhibit {name}") for name in "ABC"]


def gallery_form(client, url: str, rows=(), **fields) -> dict:
    """The gallery form as a browser sends it; rows are (exhibit id, order number)."""
    data = {
        "csrf_token": csrf_token(client, url),
        "title": "Customs at work",
        "introduction": "How the *post* worked.",
        "theme": "archive",
        "cover_image_id": "",
        "action": "save",
    }
    for index, (exhibit_id, position) in enumerate(rows):
        data[f"items-{index}-exhibit_id"] = str(exhibit_id)
        data[f"items-{index}-position"] = str(position)
    return data | fields


def stop_fields(index: int, exhibit_id: int, position: int, **fields) -> dict:
    values = {"exhibit_id": exhibit_id, "position": position, "title": "", "narration": ""}
    values |= {"room": "", "showcase": ""} | fields
    return {f"stops-{index}-{name}": str(value) for name, value in values.items()}


def titles_in_order(page: str, titles: list[str]) -> list[str]:
    return sorted(titles, key=page.index)


def edit_id(response) -> int:
    match = re.search(r"/(\d+)/edit$", response.headers["Location"])
    assert match, response.headers.get("Location")
    return int(match[1])


def stored_gallery(app, gallery_id: int) -> tuple[str, list[str]]:
    with app.app_context():
        gallery = db.session().get(Gallery, gallery_id)
        return gallery.slug, [item.exhibit.title for item in gallery.items]


def publish(client, kind: str, record_id: int, action: str = "publish"):
    url = f"/curate/{kind}/{record_id}/edit"
    return client.post(
        f"/curate/{kind}/{record_id}/{action}", data={"csrf_token": csrf_token(client, url)}
    )


def test_a_curator_creates_a_gallery_in_a_chosen_order_and_publishes_it(app, client, curator, trio):
    a, b, c = trio
    data = gallery_form(curator, "/curate/galleries/new", [(a.id, 2), (b.id, 3), (c.id, 1)])
    response = curator.post("/curate/galleries/new", data=data)
    assert response.status_code == 302
    gallery_id = edit_id(response)
    slug, stored = stored_gallery(app, gallery_id)
    assert stored == ["Exhibit C", "Exhibit A", "Exhibit B"]
    assert client.get(f"/galleries/{slug}").status_code == 404  # a draft until published
    assert publish(curator, "galleries", gallery_id).status_code == 302
    page = client.get(f"/galleries/{slug}").get_data(as_text=True)
    assert "Customs at work" in page and "<em>post</em>" in page
    titles = ["Exhibit A", "Exhibit B", "Exhibit C"]
    assert titles_in_order(page, titles) == ["Exhibit C", "Exhibit A", "Exhibit B"]
    listing = curator.get("/curate/galleries").get_data(as_text=True)
    assert f'href="/galleries/{slug}"' in listing and "Archive" in listing


def test_search_lists_matching_exhibits_with_an_add_button(curator, make_exhibit):
    press = make_exhibit("equipment", title="Seal press", accession_number="KP-1975/12")
    make_exhibit("document", title="Decree on posts")
    page = curator.get("/curate/galleries/new?q=kp 1975 12").get_data(as_text=True)
    assert "Seal press" in page and "Decree on posts" not in page
    assert f'name="add" value="{press.id}"' in page
    by_title = curator.get("/curate/galleries/new?q=seal").get_data(as_text=True)
    assert f'name="add" value="{press.id}"' in by_title


def test_adding_an_exhibit_shows_the_form_again_with_everything_typed(curator, trio):
    a, b, _c = trio
    data = gallery_form(curator, "/curate/galleries/new", [(a.id, 1)], title="Half done")
    data |= {"introduction": "Typed before adding", "add": str(b.id), "q": "Exhibit"}
    response = curator.post("/curate/galleries/new", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'value="Half done"' in page and "Typed before adding" in page
    assert "This field is required" not in page
    rows = re.findall(r'name="items-\d+-exhibit_id" type="hidden" value="(\d+)"', page)
    assert rows == [str(a.id), str(b.id)]
    assert f'name="add" value="{b.id}"' in page and "Added</button>" in page  # results kept


def test_reordering_and_removing_through_the_edit_form(app, curator, trio):
    a, b, c = trio
    with app.app_context():
        gallery = catalog.create_gallery(title="Posts", exhibit_ids=[a.id, b.id, c.id])
    url = f"/curate/galleries/{gallery.id}/edit"
    page = curator.get(url).get_data(as_text=True)
    assert titles_in_order(page, ["Exhibit A", "Exhibit B", "Exhibit C"]) == [
        "Exhibit A",
        "Exhibit B",
        "Exhibit C",
    ]
    data = gallery_form(curator, url, [(a.id, 3), (b.id, 2), (c.id, 1)], title="Posts")
    assert curator.post(url, data=data).status_code == 302
    assert stored_gallery(app, gallery.id)[1] == ["Exhibit C", "Exhibit B", "Exhibit A"]
    data = gallery_form(curator, url, [(c.id, 1), (b.id, 2), (a.id, 3)], title="Posts")
    data["items-1-remove"] = "y"
    assert curator.post(url, data=data).status_code == 302
    assert stored_gallery(app, gallery.id)[1] == ["Exhibit C", "Exhibit A"]


def test_an_empty_title_shows_the_error_by_the_field_and_keeps_what_was_typed(curator, trio):
    a, b, _c = trio
    data = gallery_form(curator, "/curate/galleries/new", [(b.id, 1), (a.id, 2)], title="  ")
    data["introduction"] = "An introduction typed with care"
    response = curator.post("/curate/galleries/new", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    title_field = re.search(
        r'<div class="field has-error">\s*<label for="title">.*?</div>', page, re.S
    )
    assert title_field and "This field is required." in title_field[0]
    assert "An introduction typed with care" in page
    rows = re.findall(r'name="items-\d+-exhibit_id" type="hidden" value="(\d+)"', page)
    assert rows == [str(b.id), str(a.id)]
    assert '<option selected value="archive">' in page


def test_the_cover_must_be_an_image_of_the_gallerys_exhibits(app, curator, trio, make_exhibit):
    a, b, _c = trio
    stranger = make_exhibit("photograph", title="Not in the gallery")
    with app.app_context():
        cover_id, stranger_image = a.images[0].id, stranger.images[0].id
    data = gallery_form(curator, "/curate/galleries/new", [(a.id, 1), (b.id, 2)])
    response = curator.post("/curate/galleries/new", data=data | {"cover_image_id": stranger_image})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    cover_field = re.search(
        r'<div class="field has-error">\s*<label for="cover_image_id">.*?</div>', page, re.S
    )
    assert cover_field and "Not a valid choice" in cover_field[0]
    assert "Exhibit A — image 1" in page
    data = gallery_form(curator, "/curate/galleries/new", [(a.id, 1), (b.id, 2)])
    response = curator.post("/curate/galleries/new", data=data | {"cover_image_id": cover_id})
    with app.app_context():
        assert db.session().get(Gallery, edit_id(response)).cover_image_id == cover_id


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/curate/galleries"),
        ("get", "/curate/galleries/new"),
        ("post", "/curate/galleries/new"),
        ("get", "/curate/galleries/{gallery}/edit"),
        ("post", "/curate/galleries/{gallery}/edit"),
        ("post", "/curate/galleries/{gallery}/publish"),
        ("post", "/curate/galleries/{gallery}/trash"),
        ("get", "/curate/tours"),
        ("get", "/curate/tours/new"),
        ("post", "/curate/tours/new"),
        ("get", "/curate/tours/{tour}/edit"),
        ("post", "/curate/tours/{tour}/edit"),
        ("post", "/curate/tours/{tour}/unpublish"),
        ("post", "/curate/tours/{tour}/restore"),
    ],
)
def test_a_contributor_is_refused_with_the_reason(app, client, make_exhibit, method, url):
    exhibit = make_exhibit()
    with app.app_context():
        gallery = catalog.create_gallery(title="Posts", exhibit_ids=[exhibit.id])
        tour = catalog.create_tour(title="Walk", stops=[catalog.NewStop(exhibit.id)])
    make_user(app, "conny", "contributor")
    sign_in(client, "conny")
    token = csrf_token(client, "/curate/exhibits/new")
    address = url.format(gallery=gallery.id, tour=tour.id)
    data = {"csrf_token": token, "title": "Taken over"} if method == "post" else None
    response = getattr(client, method)(address, data=data)
    assert response.status_code == 403
    assert "This needs the curator role; you are a contributor." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session().get(Gallery, gallery.id).title == "Posts"
        assert not db.session().get(Gallery, gallery.id).published


def test_posts_without_the_csrf_token_are_refused(app, curator, trio):
    data = gallery_form(curator, "/curate/galleries/new", [(trio[0].id, 1)])
    del data["csrf_token"]
    assert curator.post("/curate/galleries/new", data=data).status_code == 400
    with app.app_context():
        gallery = catalog.create_gallery(title="Posts", exhibit_ids=[trio[0].id])
    assert curator.post(f"/curate/galleries/{gallery.id}/publish").status_code == 400
    with app.app_context():
        assert [g.title for g in db.session().scalars(select(Gallery))] == ["Posts"]
        assert not db.session().get(Gallery, gallery.id).published


def test_a_tour_with_stops_shows_them_in_order_after_publishing(app, client, curator, trio):
    a, b, c = trio
    data = {"csrf_token": csrf_token(curator, "/curate/tours/new"), "title": "Border walk"}
    data |= {"introduction": "A walk along the border.", "action": "save"}
    data |= stop_fields(0, a.id, 3, title="The decree", narration="Read *slowly*.", room="Hall 1")
    data |= stop_fields(1, b.id, 1, title="The start", narration="Welcome.", room="Hall 2")
    data |= stop_fields(2, c.id, 2, title="The middle", room="Hall 3", showcase="Case 7")
    response = curator.post("/curate/tours/new", data=data)
    assert response.status_code == 302
    tour_id = edit_id(response)
    with app.app_context():
        slug = db.session().get(Tour, tour_id).slug
    assert client.get(f"/tours/{slug}/1").status_code == 404
    assert publish(curator, "tours", tour_id).status_code == 302
    first = client.get(f"/tours/{slug}/1").get_data(as_text=True)
    assert "The start" in first and "Welcome." in first and "Hall 2" in first
    second = client.get(f"/tours/{slug}/2").get_data(as_text=True)
    assert "The middle" in second and "Hall 3, Case 7" in second
    third = client.get(f"/tours/{slug}/3").get_data(as_text=True)
    assert "The decree" in third and "<em>slowly</em>" in third and "Hall 1" in third
    route = client.get(f"/tours/{slug}").get_data(as_text=True)
    assert titles_in_order(route, ["The decree", "The start", "The middle"]) == [
        "The start",
        "The middle",
        "The decree",
    ]


def test_editing_a_tour_reorders_removes_and_keeps_typed_stops_on_error(app, curator, trio):
    a, b, c = trio
    with app.app_context():
        tour = catalog.create_tour(
            title="Walk",
            stops=[catalog.NewStop(a.id, "First"), catalog.NewStop(b.id, "Second")],
        )
    url = f"/curate/tours/{tour.id}/edit"
    page = curator.get(url).get_data(as_text=True)
    assert 'value="First"' in page and 'value="Second"' in page
    data = {"csrf_token": csrf_token(curator, url), "title": "", "action": "save"}
    data |= stop_fields(0, a.id, 2, title="First") | stop_fields(1, b.id, 1, title="Second")
    data |= stop_fields(2, c.id, 3, title="Third", narration="Typed narration")
    response = curator.post(url, data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and "This field is required." in page
    assert "Typed narration" in page
    assert titles_in_order(page, ['value="First"', 'value="Second"', 'value="Third"']) == [
        'value="Second"',
        'value="First"',
        'value="Third"',
    ]
    data["title"] = "Walk again"
    data["stops-0-remove"] = "y"
    assert curator.post(url, data=data).status_code == 302
    with app.app_context():
        stops = db.session().get(Tour, tour.id).stops
        assert [(s.title, s.narration) for s in stops] == [
            ("Second", ""),
            ("Third", "Typed narration"),
        ]


def test_trash_hides_a_gallery_and_restore_brings_it_back(app, client, curator, trio):
    with app.app_context():
        gallery = catalog.create_gallery(title="Posts", exhibit_ids=[trio[0].id], published=True)
    assert client.get(f"/galleries/{gallery.slug}").status_code == 200
    assert publish(curator, "galleries", gallery.id, "trash").status_code == 302
    assert client.get(f"/galleries/{gallery.slug}").status_code == 404
    assert "Posts" not in client.get("/galleries/").get_data(as_text=True)
    edit_link = f'href="/curate/galleries/{gallery.id}/edit"'
    assert edit_link not in curator.get("/curate/galleries").get_data(as_text=True)
    assert edit_link in curator.get("/curate/galleries?trash=1").get_data(as_text=True)
    assert publish(curator, "galleries", gallery.id, "restore").status_code == 302
    assert client.get(f"/galleries/{gallery.slug}").status_code == 200
    assert "Posts" in client.get("/galleries/").get_data(as_text=True)


def test_unpublishing_a_tour_hides_it(app, client, curator, trio):
    with app.app_context():
        tour = catalog.create_tour(
            title="Walk", stops=[catalog.NewStop(trio[0].id)], published=True
        )
    assert client.get(f"/tours/{tour.slug}").status_code == 200
    assert publish(curator, "tours", tour.id, "unpublish").status_code == 302
    assert client.get(f"/tours/{tour.slug}").status_code == 404


@pytest.mark.parametrize(
    "method, url",
    [
        ("get", "/curate/galleries/999/edit"),
        ("post", "/curate/galleries/999/edit"),
        ("post", "/curate/galleries/999/publish"),
        ("post", "/curate/galleries/999/restore"),
        ("get", "/curate/tours/999/edit"),
        ("post", "/curate/tours/999/edit"),
        ("post", "/curate/tours/999/trash"),
    ],
)
def test_unknown_ids_are_not_found(curator, method, url):
    data = {"csrf_token": csrf_token(curator, "/curate/galleries/new"), "title": "X"}
    response = getattr(curator, method)(url, data=data if method == "post" else None)
    assert response.status_code == 404


def test_user_text_is_escaped(app, curator, make_exhibit):
    exhibit = make_exhibit(title="<b>Bold</b> press")
    with app.app_context():
        gallery = catalog.create_gallery(
            title='<script>alert("g")</script>', exhibit_ids=[exhibit.id]
        )
        tour = catalog.create_tour(
            title="<i>Walk</i>", stops=[catalog.NewStop(exhibit.id, title='"><img src=x>')]
        )
    pages = [
        curator.get("/curate/galleries").get_data(as_text=True),
        curator.get(f"/curate/galleries/{gallery.id}/edit").get_data(as_text=True),
        curator.get("/curate/galleries/new?q=press").get_data(as_text=True),
        curator.get("/curate/tours").get_data(as_text=True),
        curator.get(f"/curate/tours/{tour.id}/edit?q=bold").get_data(as_text=True),
    ]
    joined = "\n".join(pages)
    assert "<script>alert" not in joined and "&lt;script&gt;" in pages[0]
    assert "<b>Bold</b>" not in joined and "&lt;b&gt;Bold&lt;/b&gt; press" in pages[2]
    assert "<i>Walk</i>" not in joined and "<img src=x>" not in joined
