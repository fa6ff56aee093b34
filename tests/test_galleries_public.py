"""Galleries as visitors see them: themes and layouts, the curator's order, paging, counts."""

import re

import pytest

from museum import catalog
from museum.themes import THEMES

TITLE = re.compile(r'<h2 class="piece-title"><a href="[^"]+">([^<]+)</a>')
IMG = re.compile(r"<img [^>]*>")


def make_gallery(app, exhibits, **fields):
    with app.app_context():
        return catalog.create_gallery(
            title=fields.pop("title", "Paper trail"),
            published=True,
            exhibit_ids=[exhibit.id for exhibit in exhibits],
            **fields,
        )


def shown_titles(html: str) -> list[str]:
    return TITLE.findall(html)


@pytest.fixture
def seven(make_exhibit):
    """Seven published exhibits without images, and one draft."""
    exhibits = [make_exhibit(images=0, title=f"Exhibit {letter}") for letter in "ABCDEFG"]
    return exhibits, make_exhibit(images=0, publish=False, title="Unfinished draft")


def test_the_curators_order_is_kept_across_pages(app, client, seven):
    exhibits, draft = seven
    order = [exhibits[i] for i in (4, 0, 6, 2, 5, 1, 3)]
    gallery = make_gallery(app, [*order[:3], draft, *order[3:]])
    app.config["GALLERY_EXHIBITS_PER_PAGE"] = 3
    url = f"/galleries/{gallery.slug}"

    pages = [client.get(url).get_data(as_text=True)]
    pages += [client.get(f"{url}?page={n}").get_data(as_text=True) for n in (2, 3)]

    assert [title for html in pages for title in shown_titles(html)] == [e.title for e in order]
    assert [len(shown_titles(html)) for html in pages] == [3, 3, 1]
    assert all(draft.title not in html for html in pages)
    assert "7 exhibits · page 1 of 3" in pages[0]
    assert '<ol class="pieces layout-grid" start="4">' in pages[1]
    assert f'rel="next" href="{url}?page=2"' in pages[0]
    assert 'rel="next"' not in pages[2] and f'rel="prev" href="{url}?page=2"' in pages[2]


def test_the_introduction_opens_the_first_page_only(app, client, seven):
    exhibits, _ = seven
    gallery = make_gallery(app, exhibits, introduction="Every barrel left a **trace**.")
    app.config["GALLERY_EXHIBITS_PER_PAGE"] = 4
    first = client.get(f"/galleries/{gallery.slug}").get_data(as_text=True)
    second = client.get(f"/galleries/{gallery.slug}?page=2").get_data(as_text=True)
    assert "Every barrel left a <strong>trace</strong>." in first
    assert "trace" not in second and "Back to the start of the gallery" in second


@pytest.mark.parametrize("page", ["3", "0", "99999999999999999999"])
def test_a_page_past_the_end_is_404(app, client, seven, page):
    gallery = make_gallery(app, seven[0])
    app.config["GALLERY_EXHIBITS_PER_PAGE"] = 4
    response = client.get(f"/galleries/{gallery.slug}?page={page}")
    assert response.status_code == 404
    assert f"There is no page {int(page)} of this gallery." in response.get_data(as_text=True)


def test_a_page_that_is_not_a_number_is_a_clear_400(app, client, seven):
    gallery = make_gallery(app, seven[0])
    response = client.get(f"/galleries/{gallery.slug}?page=two")
    assert response.status_code == 400
    assert "is not a page number" in response.get_data(as_text=True)


def test_an_empty_gallery_has_one_page_saying_so(app, client, seven):
    _, draft = seven
    gallery = make_gallery(app, [draft])
    html = client.get(f"/galleries/{gallery.slug}").get_data(as_text=True)
    assert "0 exhibits" in html and "No exhibits are on show in this gallery yet." in html
    assert client.get(f"/galleries/{gallery.slug}?page=2").status_code == 404


@pytest.mark.parametrize("name", list(THEMES))
def test_every_theme_dresses_the_whole_page_in_its_layout(app, client, seven, name):
    gallery = make_gallery(app, seven[0][:2], theme=name)
    html = client.get(f"/galleries/{gallery.slug}").get_data(as_text=True)
    assert f'<body class="theme-{name} gallery-page">' in html
    assert f'<ol class="pieces layout-{THEMES[name].layout.name}" start="1">' in html


def test_the_layouts_differ_by_theme():
    layouts = {theme.layout.name for theme in THEMES.values()}
    assert layouts == {"grid", "masonry", "single", "frames", "shelves"}


def test_an_unknown_stored_theme_falls_back_to_plain(app, client, seven):
    gallery = make_gallery(app, seven[0][:1], theme="velvet")
    html = client.get(f"/galleries/{gallery.slug}").get_data(as_text=True)
    assert '<body class="theme-plain gallery-page">' in html
    assert "layout-grid" in html


@pytest.mark.parametrize(("theme", "eager"), [("plain", 4), ("archive", 1)])
def test_pictures_after_the_first_row_load_lazily(app, client, make_exhibit, theme, eager):
    exhibits = [make_exhibit("photograph") for _ in range(eager + 2)]
    gallery = make_gallery(app, exhibits, theme=theme)
    images = IMG.findall(client.get(f"/galleries/{gallery.slug}").get_data(as_text=True))
    pieces = [tag for tag in images if 'alt="Alt text 0"' in tag]  # the catalog's alt text
    assert len(pieces) == eager + 2
    assert ['loading="lazy"' in tag for tag in pieces] == [False] * eager + [True] * 2


def test_the_list_shows_each_gallery_in_its_theme_with_its_count(app, client, seven):
    exhibits, draft = seven
    make_gallery(app, [*exhibits[:2], draft], title="Darkroom prints", theme="darkroom")
    make_gallery(app, exhibits[2:3], title="One tool", theme="workshop")
    html = client.get("/galleries/").get_data(as_text=True)
    tiles = re.findall(r'<li class="gallery-tile (theme-\w+)">(.*?)</li>', html, re.S)
    assert [theme for theme, _ in tiles] == ["theme-darkroom", "theme-workshop"]
    assert "Darkroom prints" in tiles[0][1] and "2 exhibits<" in tiles[0][1]
    assert "One tool" in tiles[1][1] and "1 exhibit<" in tiles[1][1]


def test_the_curator_sees_each_theme_described(app, client):
    from museum.arrangement_forms import GalleryForm

    with app.test_request_context():
        choices = {value: label for value, label, *_ in GalleryForm().theme.iter_choices()}
    assert set(choices) == set(THEMES)
    assert choices["archive"].startswith("Archive: ") and "documents" in choices["archive"]
