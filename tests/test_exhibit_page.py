"""The exhibit page's additions: related exhibits, the short link's QR code, JSON-LD, Open Graph,
and the museum's /sitemap.xml and /robots.txt."""

import html as html_lib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from museum import catalog, linked_data
from tests.sitemap_schema import sitemap_schema

BASE = "https://museum.example.org"
SITEMAP_XSD = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sitemap.xsd"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(autouse=True)
def public_base_url(app):
    app.config["PUBLIC_BASE_URL"] = BASE + "/"  # a trailing slash must not double up


def tag(app, exhibit, *names: str) -> None:
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {}, tags=names)


def page_of(client, exhibit) -> str:
    response = client.get(f"/exhibits/{exhibit.slug}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def related_titles(page: str) -> list[str]:
    """The titles in the "Related exhibits" section, in order; [] when there is none."""
    section = re.search(r'<section class="related".*?</section>', page, re.S)
    if section is None:
        return []
    titles = re.findall(r'<span class="card-title">(.*?)</span>', section.group(0))
    return [html_lib.unescape(title) for title in titles]


class Head(HTMLParser):
    """The <meta> tags and JSON-LD scripts of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "meta" and ("property" in values or "name" in values):
            self.meta[values.get("property") or values["name"]] = values["content"]
        self._in_json_ld = tag == "script" and values.get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(data)

    def handle_endtag(self, tag):
        self._in_json_ld = False


def head_of(page: str) -> Head:
    head = Head()
    head.feed(page)
    return head


def json_ld(page: str) -> dict:
    [text] = head_of(page).json_ld
    return json.loads(text)


# Related exhibits


def test_related_exhibits_rank_shared_tags_then_the_decade_and_leave_drafts_out(
    app, client, make_exhibit
):
    exhibit = make_exhibit("document", title="Seal order", date_text="1936")
    tag(app, exhibit, "seals", "rail", "north")
    one_tag = make_exhibit("photograph", title="One tag", date_text="1990")
    tag(app, one_tag, "north")
    two_tags = make_exhibit("equipment", title="Two tags", date_text="1990")
    tag(app, two_tags, "seals", "rail")
    same_decade = make_exhibit("award", title="Same decade", date_text="ca. 1931")
    unrelated = make_exhibit("award", title="Unrelated", date_text="1990")
    tag(app, unrelated, "sports")
    draft = make_exhibit("document", title="Draft twin", date_text="1936", publish=False)
    tag(app, draft, "seals", "rail", "north")

    titles = related_titles(page_of(client, exhibit))

    assert titles == [two_tags.title, one_tag.title, same_decade.title]
    assert unrelated.title not in titles and draft.title not in titles


def test_related_exhibits_are_at_most_six_and_never_the_ensemble_or_its_parts(
    app, client, make_exhibit
):
    desk = make_exhibit("ensemble", title="Officer's desk", date_text="1965")
    lamp = make_exhibit("equipment", title="Desk lamp", date_text="1965")
    with app.app_context():
        catalog.set_parts(desk.id, [lamp.id])
    tag(app, desk, "desk")
    tag(app, lamp, "desk")
    others = [make_exhibit("document", date_text="1968") for _ in range(7)]
    for other in others:
        tag(app, other, "desk")

    on_desk = related_titles(page_of(client, desk))
    on_lamp = related_titles(page_of(client, lamp))

    assert len(on_desk) == 6 and lamp.title not in on_desk
    assert len(on_lamp) == 6 and desk.title not in on_lamp
    assert set(on_desk) <= {other.title for other in others}


def test_an_exhibit_with_nothing_in_common_shows_no_related_section(client, make_exhibit):
    alone = make_exhibit("document", date_text="")
    make_exhibit("photograph", date_text="1950")
    assert related_titles(page_of(client, alone)) == []
    assert "Related exhibits" not in page_of(client, alone)


# The permanent link and its QR code


def rasterize_qr(svg: str, scale: int = 8) -> Image.Image:
    """Draw segno's inline SVG (one path of 1-unit horizontal strokes) as a picture."""
    side = int(re.search(r'viewBox="0 0 (\d+) \d+"', svg).group(1))
    path = re.search(r' d="([^"]+)"', svg).group(1)
    picture = Image.new("L", (side * scale, side * scale), 255)
    draw = ImageDraw.Draw(picture)
    x = y = 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d.\s]+)", path):
        values = [float(n) for n in numbers.split()]
        if command in "Mm":
            dx, dy = values
            x, y = (dx, dy) if command == "M" else (x + dx, y + dy)
            continue
        end = values[0] if command == "H" else x + values[0]
        row = y - 0.5  # the stroke is one unit wide, centred on y
        box = (min(x, end) * scale, row * scale, max(x, end) * scale - 1, (row + 1) * scale - 1)
        draw.rectangle(box, fill=0)
        x = end
    return picture


def test_the_page_shows_the_short_link_with_a_qr_code_that_leads_to_it(client, make_exhibit):
    exhibit = make_exhibit("equipment", accession_number="KP-1975/12", title="Seal press")
    page = page_of(client, exhibit)
    short = BASE + "/e/KP-1975/12"

    qr = re.search(
        r'<div class="short-link-qr" role="img" aria-label="([^"]+)">(<svg.*?</svg>)', page
    )
    assert qr is not None
    assert qr.group(1) == f"QR code for {short}"
    assert [found.text for found in zxingcpp.read_barcodes(rasterize_qr(qr.group(2)))] == [short]
    assert f'Permanent link: <a href="{short}">{short}</a>' in page
    assert "Cite this: Museum of the State Customs Service, “Seal press”, 1936, " in page
    assert client.get("/e/KP-1975/12").headers["Location"].endswith(f"/exhibits/{exhibit.slug}")


# JSON-LD


@pytest.mark.parametrize(
    ("kind", "schema_type", "extra"),
    [
        ("photograph", "VisualArtwork", {"creator": "A. Photographer"}),
        ("document", ["CreativeWork", "ArchiveComponent"], {"creator": "Customs Board"}),
        ("equipment", "Thing", {"additionalType": "Equipment", "creator": "Factory No. 5"}),
        ("award", "Thing", {"additionalType": "Award"}),
        ("ensemble", "Thing", {"additionalType": "Ensemble"}),
    ],
)
def test_json_ld_describes_each_kind(app, client, make_exhibit, kind, schema_type, extra):
    exhibit = make_exhibit(kind, title="Exhibit & co", date_text="1930s")
    tag(app, exhibit, "border", "seals")
    data = json_ld(page_of(client, exhibit))
    image = exhibit.images[0]

    assert data["@context"] == "https://schema.org"
    assert data["@type"] == schema_type
    assert data["name"] == "Exhibit & co"
    assert data["url"] == f"{BASE}/exhibits/{exhibit.slug}"
    assert data["identifier"] == exhibit.accession_number
    assert data["description"] == exhibit.summary
    assert data["dateCreated"] == "1930/1939"
    assert data["keywords"] == ["border", "seals"]
    assert data["image"] == [f"{BASE}/media/{image.sha256[:2]}/{image.sha256}/large.jpg"]
    for key, value in extra.items():
        assert data[key] == value
    if kind != "award":
        assert "awarded_by" not in json.dumps(data)
    museum_key = "holdingArchive" if kind == "document" else "provider"
    assert data[museum_key]["name"] == "Museum of the State Customs Service"
    assert data[museum_key]["url"] == BASE + "/"


def test_json_ld_links_an_ensemble_and_its_published_parts(app, client, make_exhibit):
    desk = make_exhibit("ensemble", title="Officer's desk")
    lamp = make_exhibit("equipment", title="Desk lamp")
    hidden = make_exhibit("document", title="Hidden note", publish=False)
    with app.app_context():
        catalog.set_parts(desk.id, [lamp.id, hidden.id])

    on_desk = json_ld(page_of(client, desk))
    on_lamp = json_ld(page_of(client, lamp))

    assert on_desk["hasPart"] == [
        {
            "@type": "Thing",
            "additionalType": "Equipment",
            "name": "Desk lamp",
            "url": f"{BASE}/exhibits/{lamp.slug}",
        }
    ]
    assert on_lamp["isPartOf"]["name"] == "Officer's desk"
    assert on_lamp["isPartOf"]["url"] == f"{BASE}/exhibits/{desk.slug}"


def test_a_title_cannot_break_out_of_the_json_ld_script(client, make_exhibit):
    title = "</script><script>alert(1)</script><!-- & -->"
    exhibit = make_exhibit("photograph", title=title, summary="Ends </SCRIPT> here")
    page = page_of(client, exhibit)

    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in script and ">" not in script and "&" not in script
    assert "<script>alert(1)" not in page
    data = json.loads(script)
    assert data["name"] == title and data["description"] == "Ends </SCRIPT> here"


def test_json_script_escapes_what_html_would_read(app):
    text = linked_data.json_script({"a": "<b> & \u2028 é"})
    assert str(text) == '{"a":"\\u003cb\\u003e \\u0026 \\u2028 é"}'
    assert json.loads(str(text)) == {"a": "<b> & \u2028 é"}


def test_unparsed_and_single_year_dates(client, make_exhibit):
    single = make_exhibit("document", date_text="1936")
    vague = make_exhibit("document", date_text="in the reign of the old director")
    assert json_ld(page_of(client, single))["dateCreated"] == "1936"
    assert json_ld(page_of(client, vague))["dateCreated"] == "in the reign of the old director"


def test_unknown_makers_are_no_creator(client, make_exhibit):
    exhibit = make_exhibit("equipment", maker="Unknown saddler")
    assert "creator" not in json_ld(page_of(client, exhibit))


# Open Graph


def test_open_graph_and_twitter_card(client, make_exhibit):
    exhibit = make_exhibit("photograph", title="Post at dawn", summary="Officers <at> the post.")
    page = page_of(client, exhibit)
    meta = head_of(page).meta
    image = exhibit.images[0]
    canonical = f"{BASE}/exhibits/{exhibit.slug}"

    assert f'<link rel="canonical" href="{canonical}">' in page
    assert meta["og:type"] == "article"
    assert meta["og:title"] == "Post at dawn"
    assert meta["og:description"] == "Officers <at> the post."
    assert meta["og:url"] == canonical
    assert meta["og:site_name"] == "Museum of the State Customs Service"
    assert meta["og:image"] == f"{BASE}/media/{image.sha256[:2]}/{image.sha256}/large.jpg"
    assert (meta["og:image:width"], meta["og:image:height"]) == ("640", "480")
    assert meta["og:image:alt"] == "Alt text 0"
    assert meta["twitter:card"] == "summary_large_image"
    assert "Officers &lt;at&gt; the post." in page


def test_an_exhibit_without_images_has_a_plain_card(client, make_exhibit):
    meta = head_of(page_of(client, make_exhibit("award", images=0))).meta
    assert "og:image" not in meta and meta["twitter:card"] == "summary"


# Sitemap and robots


def sitemap_locations(client) -> list[str]:
    from lxml import etree

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    root = etree.fromstring(response.data)
    return [loc.text for loc in root.iter(f"{SITEMAP_NS}loc")]


def test_sitemap_lists_published_exhibits_galleries_and_tours_only(app, client, make_exhibit):
    shown, draft = make_exhibit(), make_exhibit(publish=False)
    trashed = make_exhibit()
    with app.app_context():
        catalog.delete_exhibit(trashed.id)
        gallery = catalog.create_gallery(title="Paper trail", published=True)
        hidden_gallery = catalog.create_gallery(title="Not yet")
        tour = catalog.create_tour(
            title="A walk", published=True, stops=[catalog.NewStop(shown.id)]
        )

    locations = sitemap_locations(client)

    assert locations[:4] == [
        f"{BASE}/",
        f"{BASE}/exhibits/",
        f"{BASE}/galleries/",
        f"{BASE}/tours/",
    ]
    assert f"{BASE}/exhibits/{shown.slug}" in locations
    assert f"{BASE}/galleries/{gallery.slug}" in locations
    assert f"{BASE}/tours/{tour.slug}" in locations
    for hidden in (f"/exhibits/{draft.slug}", f"/exhibits/{trashed.slug}", hidden_gallery.slug):
        assert not any(location.endswith(hidden) for location in locations)
    assert len(locations) == 7 * 3  # each page in English, Russian and Turkmen
    assert locations[7:9] == [f"{BASE}/ru/", f"{BASE}/ru/exhibits/"]


@pytest.mark.skipif(not SITEMAP_XSD.exists(), reason=f"no sitemaps.org schema at {SITEMAP_XSD}")
def test_sitemap_is_valid_against_the_sitemaps_org_schema(app, client, make_exhibit, tmp_path):
    from lxml import etree

    exhibit = make_exhibit(title="Ampersand & <angle>")
    with app.app_context():
        catalog.create_gallery(title="Paper trail", published=True, exhibit_ids=[exhibit.id])
    schema = sitemap_schema(tmp_path)  # with the xhtml:link hreflang alternates
    document = etree.fromstring(client.get("/sitemap.xml").data)
    assert schema.validate(document), schema.error_log
    lastmods = [node.text for node in document.iter(f"{SITEMAP_NS}lastmod")]
    assert len(lastmods) == 2 * 3  # each record in three languages
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", text) for text in lastmods)


def test_robots_keeps_the_workspace_out_and_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    lines = response.get_data(as_text=True).splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /curate/" in lines
    assert "Disallow: /ru/curate/" in lines and "Disallow: /tk/login" in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    assert "Disallow: /" not in lines  # the visitors' museum stays open
