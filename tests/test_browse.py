"""The browse page /exhibits/: filters, sorting, the timeline by decade and bad input."""

import io
import re
from itertools import count

import pytest
from PIL import Image
from sqlalchemy import event

from museum import catalog, db
from museum.browse import natural_key

_numbers = count(1)


def card_titles(html: str) -> list[str]:
    return re.findall(r'<span class="card-title">([^<]*)</span>', html)


def get_html(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.get_data(as_text=True)


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def add(app):
    """Create a published exhibit: add(title, date, kind=..., tags=..., images=..., number=...)."""

    def add(title, date="", kind="document", tags=(), images=0, number=None, publish=True):
        fields = {
            "accession_number": number or f"B-{next(_numbers)}",
            "kind": kind,
            "title": title,
            "date_text": date,
        }
        new_images = [catalog.NewImage(png(), "a.png", "", f"Alt {title}") for _ in range(images)]
        with app.app_context():
            return catalog.create_exhibit(fields, images=new_images, tags=tags, publish=publish)

    return add


@pytest.fixture
def gallery(app):
    def make(title, exhibits, published=True):
        with app.app_context():
            return catalog.create_gallery(
                title=title, exhibit_ids=[e.id for e in exhibits], published=published
            )

    return make


# --- each filter -----------------------------------------------------------------------------


def test_kind_filter_keeps_the_old_urls_working(app, client, add):
    app.config["EXHIBITS_PER_PAGE"] = 2
    for n in range(3):
        add(f"Paper {n}", "1930")
    add("A cup", "1930", kind="award")
    first = card_titles(get_html(client, "/exhibits/?kind=document"))
    second = card_titles(get_html(client, "/exhibits/?kind=document&page=2"))
    assert sorted(first + second) == ["Paper 0", "Paper 1", "Paper 2"]
    assert "A cup" in card_titles(get_html(client, "/exhibits/?kind=award"))


def test_gallery_filter_shows_only_that_gallerys_exhibits(client, add, gallery):
    inside, outside = add("Inside", "1950"), add("Outside", "1950")
    shown = gallery("Paper trail", [inside])
    hidden = gallery("Secret room", [outside], published=False)
    html = get_html(client, f"/exhibits/?gallery={shown.slug}")
    assert card_titles(html) == ["Inside"]
    assert "Secret room" not in get_html(client, "/exhibits/")
    response = client.get(f"/exhibits/?gallery={hidden.slug}")
    assert response.status_code == 404
    assert "no gallery" in response.get_data(as_text=True)


def test_decade_filter_counts_every_decade_an_exhibit_spans(client, add):
    add("Span", "1920-1935")
    add("Thirties", "1936")
    add("Forties", "1941")
    add("Undated", "")
    assert card_titles(get_html(client, "/exhibits/?decade=1920")) == ["Span"]
    assert card_titles(get_html(client, "/exhibits/?decade=1930")) == ["Span", "Thirties"]
    assert card_titles(get_html(client, "/exhibits/?decade=1960")) == []
    html = get_html(client, "/exhibits/")
    assert ">1920s (1)</option>" in html and ">1930s (2)</option>" in html
    assert ">1940s (1)</option>" in html


def test_tag_filter_requires_every_chosen_tag(client, add):
    add("Seal and winter", "1930", tags=["seal", "winter"])
    add("Only seal", "1931", tags=["seal"])
    add("Only winter", "1932", tags=["winter"])
    assert card_titles(get_html(client, "/exhibits/?tag=seal")) == ["Seal and winter", "Only seal"]
    both = get_html(client, "/exhibits/?tag=seal&tag=winter")
    assert card_titles(both) == ["Seal and winter"]
    assert "Tag: seal" in both and "Tag: winter" in both


def test_has_images_filter(client, add):
    add("Pictured", "1930", images=1)
    add("Blank", "1930")
    html = get_html(client, "/exhibits/?images=1")
    assert card_titles(html) == ["Pictured"]
    assert "Only exhibits with images" in html


def test_filters_combine(client, add, gallery):
    wanted = add("Wanted", "1935", kind="photograph", tags=["river port"], images=1)
    add("Wrong kind", "1935", kind="document", tags=["river port"], images=1)
    add("Wrong decade", "1955", kind="photograph", tags=["river port"], images=1)
    add("Wrong tag", "1935", kind="photograph", tags=["railway"], images=1)
    no_image = add("No image", "1935", kind="photograph", tags=["river port"])
    room = gallery("Darkroom", [wanted, no_image])
    url = f"/exhibits/?kind=photograph&decade=1930&tag=river+port&images=1&gallery={room.slug}"
    html = get_html(client, url)
    assert card_titles(html) == ["Wanted"]
    # Each option counts what it would show with the other filters kept.
    assert ">Photographs (1)</option>" in html and ">Documents (0)</option>" in html
    assert ">1930s (1)</option>" in html and ">1950s" not in html


def test_active_filters_have_remove_links_and_clear_all(client, add):
    add("Paper", "1930", tags=["seal"])
    html = get_html(client, "/exhibits/?kind=document&decade=1930&tag=seal&sort=title")
    assert 'href="/exhibits/?decade=1930&amp;tag=seal&amp;sort=title">remove' in html
    assert 'href="/exhibits/?kind=document&amp;tag=seal&amp;sort=title">remove' in html
    assert 'href="/exhibits/?kind=document&amp;decade=1930&amp;sort=title">remove' in html
    assert 'class="clear-all" href="/exhibits/?sort=title"' in html
    assert "Filters in use" not in get_html(client, "/exhibits/")


def test_the_form_lands_on_a_clean_shareable_url(client, add):
    add("Paper", "1930", tags=["seal"])
    response = client.get(
        "/exhibits/?kind=&gallery=&decade=1930s&sort=date&view=grid&tag=Seal&page=1"
    )
    assert response.status_code == 302
    assert response.headers["Location"] == "/exhibits/?decade=1930&tag=seal"
    assert card_titles(get_html(client, response.headers["Location"])) == ["Paper"]


# --- sorting ---------------------------------------------------------------------------------


def test_date_order_is_the_default_and_undated_come_last(client, add):
    add("Undated", "")
    add("Later", "1960")
    add("Unreadable", "before the flood")
    add("Earlier", "ca. 1920")
    titles = card_titles(get_html(client, "/exhibits/"))
    assert titles[:2] == ["Earlier", "Later"]
    assert set(titles[2:]) == {"Undated", "Unreadable"}


def test_title_order(client, add):
    for title in ("beta", "Alpha", "Gamma"):
        add(title, "1930")
    assert card_titles(get_html(client, "/exhibits/?sort=title")) == ["Alpha", "beta", "Gamma"]


def test_accession_order_is_natural(app, client, add):
    app.config["EXHIBITS_PER_PAGE"] = 3
    for number in ("CM-10", "CM-2", "CM-100", "CM-1", "KP-1975/12", "KP-1975/9"):
        add(f"Item {number}", "1930", number=number)
    first = card_titles(get_html(client, "/exhibits/?sort=accession"))
    second = card_titles(get_html(client, "/exhibits/?sort=accession&page=2"))
    assert first + second == [
        "Item CM-1",
        "Item CM-2",
        "Item CM-10",
        "Item CM-100",
        "Item KP-1975/9",
        "Item KP-1975/12",
    ]
    assert client.get("/exhibits/?sort=accession&page=3").status_code == 404


def test_natural_key_ignores_case_and_separators():
    assert natural_key("cm 2") == natural_key("CM-2") < natural_key("CM-10")
    assert sorted(["A-9", "a-10", "A-1b", "A-1"], key=natural_key) == ["A-1", "A-1b", "A-9", "a-10"]


# --- the timeline ----------------------------------------------------------------------------


def timeline_groups(html: str) -> list[tuple[str, str, list[str]]]:
    """(heading, count text, card titles) of each decade section, in page order."""
    sections = html.split('<section class="timeline-decade"')[1:]
    found = []
    for section in sections:
        heading = re.sub(r"<[^>]+>", "", re.search(r"<h2.*?</h2>", section).group(0))
        total = re.search(r'<p class="count">(\d+ exhibits?)', section).group(1)
        found.append((heading, total, card_titles(section)))
    return found


def test_timeline_groups_by_decade_with_multi_decade_and_undated(client, add):
    add("Span", "1920-1935")
    add("Thirties", "1936")
    add("Undated", "")
    html = get_html(client, "/exhibits/?view=timeline")
    assert timeline_groups(html) == [
        ("1920s", "1 exhibit", ["Span"]),
        ("1930s", "2 exhibits", ["Span", "Thirties"]),
        ("Undated", "1 exhibit", ["Undated"]),
    ]
    assert "3 exhibits" in html  # exhibits, not entries
    decade = get_html(client, "/exhibits/?view=timeline&decade=1930")
    assert timeline_groups(decade) == [("1930s", "2 exhibits", ["Span", "Thirties"])]


def test_timeline_pages_are_bounded_and_say_when_a_decade_continues(app, client, add):
    app.config["EXHIBITS_PER_PAGE"] = 2
    for year in (1931, 1932, 1933):
        add(f"Year {year}", str(year))
    add("Fifties", "1955")
    first = timeline_groups(get_html(client, "/exhibits/?view=timeline"))
    second = timeline_groups(get_html(client, "/exhibits/?view=timeline&page=2"))
    assert first == [("1930s", "3 exhibits", ["Year 1931", "Year 1932"])]
    assert second == [
        ("1930s (continued)", "3 exhibits", ["Year 1933"]),
        ("1950s", "1 exhibit", ["Fifties"]),
    ]
    assert client.get("/exhibits/?view=timeline&page=3").status_code == 404


# --- bad input, escaping, statements ---------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "code", "message"),
    [
        ("kind=spaceship", 404, "no kind of exhibit"),
        ("gallery=nowhere", 404, "no gallery"),
        ("tag=no-such-tag", 404, "No exhibit is tagged"),
        ("decade=1925", 400, "is not a decade"),
        ("decade=nineteen", 400, "is not a decade"),
        ("decade=%D9%A3%D9%A0", 400, "is not a decade"),
        ("page=99", 404, "no page 99"),
        ("page=-1", 400, "not a page number"),
        ("page=abc", 400, "not a page number"),
        ("sort=price", 400, "not a sort order"),
        ("view=map", 400, "not a view"),
        ("images=maybe", 400, "images=1"),
        ("&".join(f"tag=t{n}" for n in range(11)), 400, "at most 10 tags"),
    ],
)
def test_bad_input_gets_a_clear_4xx_page(client, add, query, code, message):
    add("Paper", "1930")
    response = client.get(f"/exhibits/?{query}")
    assert response.status_code == code
    html = response.get_data(as_text=True)
    assert message in html and "Back to the museum" in html


def test_tag_names_and_bad_values_are_escaped(client, add):
    tag = '<b>x</b> & "q"'
    add("Paper", "1930", tags=[tag])
    html = get_html(client, "/exhibits/?tag=%3Cb%3Ex%3C/b%3E+%26+%22q%22")
    assert "<b>x</b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt; &amp; &#34;q&#34;" in html
    assert 'value="&lt;b&gt;x&lt;/b&gt; &amp; &#34;q&#34;" checked' in html
    assert "tag=%3Cb%3Ex%3C/b%3E+%26+%22q%22" in html  # remove links and pager keep it encoded
    bad = client.get("/exhibits/?sort=<script>").get_data(as_text=True)
    assert "<script>" not in bad and "&lt;script&gt;" in bad


def test_drafts_and_draft_tags_stay_hidden(client, add):
    add("Draft", "1930", tags=["secret"], publish=False)
    add("Shown", "1930")
    html = get_html(client, "/exhibits/")
    assert card_titles(html) == ["Shown"] and "secret" not in html
    assert card_titles(get_html(client, "/exhibits/?tag=secret")) == []


def count_statements(app, client, url: str) -> int:
    statements = []
    with app.app_context():
        engine = db.engine()
    listener = lambda *args: statements.append(1)  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        get_html(client, url)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return len(statements)


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?sort=accession",
        "?view=timeline",
        "?kind=document&decade=1930&tag=seal&images=1&sort=title",
    ],
)
def test_statement_count_does_not_grow_with_the_catalog(app, client, add, gallery, query):
    made = [add(f"Paper {n}", f"19{30 + n}", tags=["seal"], images=1) for n in range(2)]
    gallery("Room", made)
    few = count_statements(app, client, f"/exhibits/{query}")
    made += [add(f"More {n}", f"19{30 + n}", tags=["seal"], images=1) for n in range(6)]
    assert count_statements(app, client, f"/exhibits/{query}") == few <= 12
