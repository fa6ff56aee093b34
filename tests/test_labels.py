"""QR labels for the showcases: the sheet, the downloads, and what the codes say."""

import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote

import pytest
import zxingcpp
from PIL import Image

from museum import catalog, labels
from tests.workspace import make_user, sign_in

BASE = "https://museum.example.org"
LONG_SUMMARY = (
    "A brass seal press used at the northern border post to close the wagons of every train "
    "that crossed at night, kept in working order by three generations of officers until 1961."
)


@pytest.fixture
def staff(app, client):
    app.config["PUBLIC_BASE_URL"] = BASE + "/"  # a trailing slash must not double up
    make_user(app, "cora", "contributor")
    sign_in(client, "cora")
    return client


def decode(png: bytes) -> list[str]:
    return [found.text for found in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def sheet(client, **args) -> str:
    response = client.get("/curate/labels", query_string=args)
    assert response.status_code == 200
    return response.get_data(as_text=True)


def labels_on(page: str) -> list[str]:
    """The label titles on a sheet, in order."""
    return re.findall(r'<h3 class="label-title">(.*?)</h3>', page)


def test_anonymous_visitors_are_sent_to_sign_in(client, make_exhibit):
    exhibit = make_exhibit()
    for url in (
        "/curate/labels",
        f"/curate/exhibits/{exhibit.id}/qr.svg",
        f"/curate/exhibits/{exhibit.id}/qr.png",
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/login")


def test_a_contributor_opens_the_labels_page(staff, make_exhibit):
    make_exhibit(title="Seal press")
    page = sheet(staff)
    assert "<h1>Labels</h1>" in page
    assert 'name="q"' in page and 'name="gallery"' in page
    assert 'type="checkbox" name="id"' in page and "Seal press" in page
    assert 'class="label"' not in page, "no sheet until exhibits are chosen"
    assert "css/labels.css" in page


def test_two_chosen_exhibits_get_full_labels(staff, make_exhibit):
    first = make_exhibit(
        title="Seal press",
        accession_number="KP-1975/12",
        date_text="ca. 1930",
        summary=LONG_SUMMARY,
    )
    second = make_exhibit(title="Border post log", accession_number="ГТС-0012", date_text="1951")
    make_exhibit(title="Not chosen")
    page = sheet(staff, id=[first.id, second.id])
    assert labels_on(page) == ["Seal press", "Border post log"]
    for text in ("KP-1975/12", "ca. 1930", "ГТС-0012", "1951", "A document made for a test."):
        assert text in page
    short = labels.shorten(LONG_SUMMARY)
    assert 140 <= len(short) <= 160 and short.endswith("…")
    assert LONG_SUMMARY.startswith(short[:-1] + " "), "cut at a word boundary"
    assert f'<p class="label-summary">{short}</p>' in page
    assert LONG_SUMMARY not in page
    # the code on the sheet is inline SVG, hidden from screen readers, its URL printed under it
    assert page.count('<svg aria-hidden="true"') == 2
    assert f'<p class="label-url">{BASE}/e/KP-1975/12</p>' in page
    assert f"{BASE}/e/%D0%93%D0%A2%D0%A1-0012" in page
    assert f"/curate/exhibits/{first.id}/qr.png" in page
    assert f"/curate/exhibits/{second.id}/qr.svg" in page
    assert "Not chosen" in page, "still offered in the picker"
    assert "Not chosen" not in labels_on(page)


def test_a_gallery_gives_its_exhibits_in_the_gallerys_order(app, staff, make_exhibit):
    a, b, c = (make_exhibit(title=f"Piece {n}") for n in "ABC")
    draft = make_exhibit(title="Piece D, a draft", publish=False)
    with app.app_context():
        gallery = catalog.create_gallery(title="North", exhibit_ids=[c.id, draft.id, a.id, b.id])
    page = sheet(staff, gallery=gallery.id)
    assert labels_on(page) == ["Piece C", "Piece D, a draft", "Piece A", "Piece B"]
    assert "The link opens once the exhibit is published." in page
    # an exhibit chosen on top of the gallery comes after it, and one already in it only once
    extra = make_exhibit(title="Piece E")
    page = sheet(staff, gallery=gallery.id, id=[a.id, extra.id])
    assert labels_on(page) == ["Piece C", "Piece D, a draft", "Piece A", "Piece B", "Piece E"]


def test_png_decodes_to_the_short_link_which_leads_to_the_exhibit(staff, make_exhibit):
    exhibit = make_exhibit(title="Seal press", accession_number="KP-1975/12")
    response = staff.get(f"/curate/exhibits/{exhibit.id}/qr.png")
    assert response.status_code == 200
    assert response.mimetype == "image/png"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment") and "qr-KP-1975-12.png" in disposition
    assert decode(response.data) == [BASE + "/e/KP-1975/12"]
    followed = staff.get("/e/KP-1975/12")
    assert followed.status_code == 302
    assert followed.headers["Location"] == f"/exhibits/{exhibit.slug}"


def test_a_cyrillic_accession_number_is_percent_encoded_in_the_code(staff, make_exhibit):
    exhibit = make_exhibit(title="Border post log", accession_number="ГТС-0012")
    response = staff.get(f"/curate/exhibits/{exhibit.id}/qr.png")
    [text] = decode(response.data)
    assert text == BASE + "/e/%D0%93%D0%A2%D0%A1-0012"
    assert text.isascii()
    path = text.removeprefix(BASE)
    followed = staff.get(path)
    assert followed.status_code == 302
    assert followed.headers["Location"] == f"/exhibits/{exhibit.slug}"
    assert unquote(path) == "/e/ГТС-0012"
    assert "qr-%D0%93%D0%A2%D0%A1-0012.png" in response.headers["Content-Disposition"]


def test_svg_download_is_an_svg_attachment(staff, make_exhibit):
    exhibit = make_exhibit(accession_number="KP-1975/12")
    response = staff.get(f"/curate/exhibits/{exhibit.id}/qr.svg")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment") and "qr-KP-1975-12.svg" in disposition
    root = ET.fromstring(response.data)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    assert root.find("{http://www.w3.org/2000/svg}path") is not None


def test_drafts_get_labels_and_codes(staff, make_exhibit):
    draft = make_exhibit(title="Not yet on show", publish=False)
    assert labels_on(sheet(staff, id=draft.id)) == ["Not yet on show"]
    assert staff.get(f"/curate/exhibits/{draft.id}/qr.png").status_code == 200


def test_titles_are_escaped_on_the_sheet(staff, make_exhibit):
    exhibit = make_exhibit(title="<script>x</script>", summary="<b>bold</b> & more")
    page = sheet(staff, id=exhibit.id)
    assert "<script>x</script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in labels_on(page)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; more" in page


def test_deleted_exhibits_are_not_labelled(app, staff, make_exhibit):
    kept = make_exhibit(title="Kept")
    gone = make_exhibit(title="Thrown away")
    with app.app_context():
        gallery = catalog.create_gallery(title="North", exhibit_ids=[gone.id, kept.id])
        catalog.delete_exhibit(gone.id)
    assert labels_on(sheet(staff, id=[gone.id, kept.id])) == ["Kept"]
    assert labels_on(sheet(staff, gallery=gallery.id)) == ["Kept"]
    assert "Thrown away" not in sheet(staff, q="Thrown")
    assert staff.get(f"/curate/exhibits/{gone.id}/qr.svg").status_code == 404
    assert staff.get(f"/curate/exhibits/{gone.id}/qr.png").status_code == 404


def test_unknown_ids_are_not_found(staff, make_exhibit):
    make_exhibit()
    assert staff.get("/curate/exhibits/9999/qr.svg").status_code == 404
    assert staff.get("/curate/exhibits/9999/qr.png").status_code == 404
    page = sheet(staff, id=["9999", "not-a-number"], gallery="9999")
    assert labels_on(page) == []
    assert "That gallery no longer exists" in page


def test_search_finds_by_title_and_accession_number_and_keeps_the_choice(staff, make_exhibit):
    press = make_exhibit(title="Seal press", accession_number="KP-1975/12")
    make_exhibit(title="Border post log", accession_number="ГТС-0012")
    page = sheet(staff, q="гтс")
    assert "Border post log" in page and "Seal press" not in page
    page = sheet(staff, q="1975/12")
    assert "Seal press" in page and "Border post log" not in page
    # a chosen exhibit the search does not show stays chosen
    page = sheet(staff, q="Border", id=press.id)
    assert re.search(rf'value="{press.id}" checked', page)
    assert labels_on(page) == ["Seal press"]


def test_the_label_size_comes_from_the_settings(app, staff, make_exhibit):
    exhibit = make_exhibit()
    assert 'data-label-width="90mm" data-label-height="55mm"' in sheet(staff, id=exhibit.id)
    app.config.update(LABEL_WIDTH_MM=70, LABEL_HEIGHT_MM=42.5)
    assert 'data-label-width="70mm" data-label-height="42.5mm"' in sheet(staff, id=exhibit.id)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short and sweet.", "Short and sweet."),
        ("  spread\n over  it ", "spread over it"),
        ("one two three four", "one two three…"),
        ("one two three, four", "one two three…"),
        ("one two threeee four", "one two threeee…"),
        ("x" * 30, "x" * 15 + "…"),
        ("", ""),
    ],
)
def test_shorten_cuts_at_a_word_boundary(text, expected):
    assert labels.shorten(text, limit=16) == expected


def test_qr_filenames_are_safe():
    assert labels.qr_filename("KP-1975/12", "png") == "qr-KP-1975-12.png"
    assert labels.qr_filename("../../etc/passwd", "svg") == "qr-etc-passwd.svg"
    assert labels.qr_filename("ГТС 0012", "png") == "qr-ГТС-0012.png"
    assert labels.qr_filename("///", "png") == "qr-exhibit.png"
