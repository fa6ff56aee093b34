"""javascript: and other unsafe links are refused on save, by every way into the catalog."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from museum import catalog, db
from museum.cli import main
from museum.models import Exhibit, Gallery, Tour
from museum.safe_urls import is_safe_link
from tests.workspace import csrf_token

UNSAFE = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\x01javascript:alert(1)",
    "java\u200bscript:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "jav&#9;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "javascript&colon;alert(1)",
    "jav&amp;#x09;ascript:alert(1)",
    "javascript%3Aalert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "blob:https://example.org/1",
    "ftp://example.org/file",
    "C:\\Windows\\notepad.exe",
]
SAFE = [
    "https://example.org/a?b=c#d",
    "http://example.org",
    "HTTPS://EXAMPLE.ORG",
    "mailto:curator@example.org",
    "/galleries/awards",
    "../exhibits/kp-1975-12",
    "exhibits/kp-1975-12",
    "#provenance",
    "//example.org/protocol-relative",
    "/search?q=javascript%3Aalert",
]
# Markdown that a browser would turn into the unsafe link, in every form Markdown has.
UNSAFE_MARKDOWN = [
    "See [the decree](javascript:alert(1)).",
    "See [the decree](jav&#x09;ascript:alert(1)).",
    "See [the decree](<java script:alert(1)>).",
    "![a seal](data:image/svg+xml;base64,PHN2Zz4=)",
    "Mail <javascript:alert(1)>",
    "See [the decree][d].\n\n[d]: JAVASCRIPT:alert(1)",
    "Unused definition.\n\n[d]: vbscript:msgbox(1)",
    'Raw <a href="javascript:alert(1)">HTML</a>',
    "Raw <img src=jav&#x61;script:alert(1)>",
]


@pytest.mark.parametrize("url", UNSAFE)
def test_unsafe_addresses_are_recognised_however_written(url):
    assert not is_safe_link(url)


@pytest.mark.parametrize("url", SAFE)
def test_web_mail_relative_and_anchor_links_are_safe(url):
    assert is_safe_link(url)


def exhibit_form(client, url: str, **fields) -> dict:
    data = {
        "csrf_token": csrf_token(client, url),
        "accession_number": "KP-1975/12",
        "title": "Seal press",
        "kind": "equipment",
        "description": "A *heavy* press.",
        "action": "save",
    }
    return data | fields


def exhibit_count(app) -> int:
    with app.app_context():
        return db.session().scalar(select(func.count()).select_from(Exhibit))


@pytest.mark.parametrize("text", UNSAFE_MARKDOWN)
def test_a_new_exhibit_with_an_unsafe_link_is_refused_with_the_field_named(app, curator, text):
    data = exhibit_form(curator, "/curate/exhibits/new", description=text)
    response = curator.post("/curate/exhibits/new", data=data)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Description: the link “" in page and "is not allowed." in page
    assert "http://, https:// or mailto: addresses" in page
    assert exhibit_count(app) == 0


def test_editing_a_translation_into_an_unsafe_link_changes_nothing(app, curator, make_exhibit):
    exhibit = make_exhibit("document", title="Decree", description="The *first* decree.")
    url = f"/curate/exhibits/{exhibit.id}/edit"
    data = exhibit_form(
        curator,
        url,
        accession_number=exhibit.accession_number,
        title="Decree, renamed",
        kind="document",
        description="The *first* decree.",
        description_ru="[Указ](javascript:alert(1))",
    )
    response = curator.post(url, data=data)
    assert response.status_code == 400
    assert "Description (Русский): the link “javascript:alert(1)”" in response.get_data(
        as_text=True
    )
    with app.app_context():
        stored = db.session().get(Exhibit, exhibit.id)
        assert stored.title == "Decree" and stored.translations.get("ru") is None


def test_a_rights_address_with_javascript_is_refused_but_words_with_a_colon_are_not(app, curator):
    data = exhibit_form(curator, "/curate/exhibits/new", rights="javascript:alert(1)")
    response = curator.post("/curate/exhibits/new", data=data)
    assert response.status_code == 400
    assert "Rights: the link “javascript:alert(1)” is not allowed." in response.get_data(
        as_text=True
    )
    fine = "Copyright: the museum; CC BY 4.0 https://creativecommons.org/licenses/by/4.0/"
    data = exhibit_form(curator, "/curate/exhibits/new", rights=fine)
    assert curator.post("/curate/exhibits/new", data=data).status_code == 302


def test_safe_links_are_kept_and_shown_as_links(app, client, curator, make_exhibit):
    text = (
        "See [the decree](https://example.org/decree), [write to us](mailto:info@example.org), "
        "[the awards](/galleries/awards) and [its provenance](#provenance)."
    )
    data = exhibit_form(curator, "/curate/exhibits/new", description=text)
    response = curator.post("/curate/exhibits/new", data=data)
    assert response.status_code == 302
    with app.app_context():
        exhibit = db.session().scalar(select(Exhibit))
        assert exhibit.description == text
        catalog.publish_exhibit(exhibit.id)
        slug = exhibit.slug
    page = client.get(f"/exhibits/{slug}").get_data(as_text=True)
    for href in ("https://example.org/decree", "mailto:info@example.org", "/galleries/awards"):
        assert f'<a href="{href}">' in page
    assert '<a href="#provenance">' in page


def test_a_gallery_introduction_with_an_unsafe_link_is_refused(app, curator):
    data = {
        "csrf_token": csrf_token(curator, "/curate/galleries/new"),
        "title": "Customs at work",
        "introduction": "Read [this](javascript:alert(1)).",
        "theme": "archive",
        "cover_image_id": "",
        "action": "save",
    }
    response = curator.post("/curate/galleries/new", data=data)
    assert response.status_code == 400
    assert "Introduction: the link “javascript:alert(1)”" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Gallery)) == 0


def test_a_tour_stops_narration_with_an_unsafe_link_is_refused(app, curator, make_exhibit):
    exhibit = make_exhibit("document", title="Decree")
    data = {
        "csrf_token": csrf_token(curator, "/curate/tours/new"),
        "title": "Border walk",
        "introduction": "A walk.",
        "action": "save",
        "stops-0-exhibit_id": str(exhibit.id),
        "stops-0-position": "1",
        "stops-0-title": "The decree",
        "stops-0-narration": "[Listen](vbscript:msgbox(1))",
        "stops-0-room": "",
        "stops-0-showcase": "",
    }
    response = curator.post("/curate/tours/new", data=data)
    assert response.status_code == 400
    assert "Stop 1: Narration: the link “vbscript:msgbox(1)”" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Tour)) == 0


def test_the_catalog_refuses_them_for_every_caller(app, make_exhibit):
    with app.app_context():
        gallery = catalog.create_gallery(title="Awards", introduction="Fine.")
        with pytest.raises(catalog.CatalogError) as refused:
            catalog.update_gallery(gallery.id, {"introduction_tk": "[x](data:text/html,hi)"})
        assert refused.value.field == "introduction_tk"
        assert db.session().get(Gallery, gallery.id).translations == {}


def test_a_csv_row_with_an_unsafe_link_is_rejected_with_the_reason(app, runner, tmp_path):
    path = Path(tmp_path, "in.csv")
    path.write_text(
        "accession_number,kind,title,description\n"
        "A-1,document,Fine,See [the decree](https://example.org).\n"
        'A-2,document,Sly,"See [the decree](JaVa&#x09;ScRiPt:alert(1))."\n'
        "A-3,document,Also fine,Plain text.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["import", str(path)])
    assert result.exit_code == 0, result.output
    assert "Row 3 (A-2): Description: the link “" in result.output
    assert "Imported 2 exhibits (2 new, 0 updated); 1 row rejected." in result.output
    with app.app_context():
        numbers = db.session().scalars(select(Exhibit.accession_number)).all()
    assert sorted(numbers) == ["A-1", "A-3"]
