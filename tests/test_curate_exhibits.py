"""Entering exhibits in the workspace: the form, errors that lose nothing, images, review."""

import io
import re

from sqlalchemy import func, select

from museum import db
from museum.models import Exhibit, Revision
from tests import media_corpus as corpus
from tests.workspace import csrf_token, make_user, sign_in


def form_data(client, url: str, **fields) -> dict:
    data = {
        "csrf_token": csrf_token(client, url),
        "accession_number": "KP-1975/12",
        "title": "Seal press",
        "kind": "equipment",
        "date_text": "ca. 1930",
        "description": "A *heavy* press.",
        "maker": "Factory No. 5",
        "action": "save",
    }
    data.update(fields)
    return data


def test_new_exhibit_form_has_the_labels_curators_expect(curator):
    page = curator.get("/curate/exhibits/new").get_data(as_text=True)
    for label in ("Accession number", "Title", "Kind", "Date", "Description", "Images"):
        assert f">{label}</label>" in page


def test_creating_an_exhibit_with_two_images(app, curator):
    data = form_data(curator, "/curate/exhibits/new")
    data["new_images"] = [
        (corpus_file(corpus.jpeg((900, 600))), "front.jpg"),
        (corpus_file(corpus.encode(corpus.halves((500, 700)), "PNG")), "back.png"),
    ]
    response = curator.post("/curate/exhibits/new", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    with app.app_context():
        exhibit = db.session().scalar(select(Exhibit))
        assert exhibit.title == "Seal press" and exhibit.maker == "Factory No. 5"
        assert [image.original_filename for image in exhibit.images] == ["front.jpg", "back.png"]
        assert (exhibit.year_from, exhibit.status) == (1930, "draft")
        assert exhibit.created_by_id is not None
    page = curator.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved." in page and "read as 1930" in page


def test_bad_input_shows_the_error_and_keeps_everything_typed_and_uploaded(app, curator):
    data = form_data(curator, "/curate/exhibits/new", title="", summary="Typed with care")
    data["new_images"] = [(corpus_file(corpus.jpeg((800, 600))), "kept.jpg")]
    response = curator.post("/curate/exhibits/new", data=data, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "This field is required." in page
    assert "Typed with care" in page and 'value="KP-1975/12"' in page
    ref = re.search(
        r'name="images-0-ref" type="hidden" value="(staged:[0-9a-f]{64}:kept.jpg)"', page
    )
    assert ref, "the uploaded image is kept on the page"
    retry = form_data(curator, "/curate/exhibits/new")
    retry |= {"images-0-ref": ref[1], "images-0-alt_text": "The press", "images-0-position": "0"}
    assert curator.post("/curate/exhibits/new", data=retry).status_code == 302
    with app.app_context():
        exhibit = db.session().scalar(select(Exhibit))
        assert [(i.original_filename, i.alt_text) for i in exhibit.images] == [
            ("kept.jpg", "The press")
        ]


def test_a_refused_upload_is_named_and_the_good_ones_stay(curator):
    data = form_data(curator, "/curate/exhibits/new")
    data["new_images"] = [
        (corpus_file(b"<html>no</html>"), "fake.jpg"),
        (corpus_file(corpus.jpeg((640, 480))), "real.jpg"),
    ]
    response = curator.post("/curate/exhibits/new", data=data, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 415  # Unsupported Media Type: the refusal's own status
    assert "fake.jpg: not a JPEG, PNG, WebP or TIFF image." in page
    assert ":real.jpg" in page


def test_a_duplicate_accession_number_links_to_the_existing_exhibit(curator, make_exhibit):
    existing = make_exhibit(accession_number="KP-1975/12", title="The first press")
    response = curator.post("/curate/exhibits/new", data=form_data(curator, "/curate/exhibits/new"))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "is already used by" in page
    assert f'<a href="/curate/exhibits/{existing.id}/edit">Open “The first press”</a>' in page


def test_publishing_needs_alt_text_or_a_decorative_mark(app, curator):
    data = form_data(curator, "/curate/exhibits/new", action="publish")
    data["new_images"] = [(corpus_file(corpus.jpeg((640, 480))), "no-alt.jpg")]
    response = curator.post("/curate/exhibits/new", data=data, content_type="multipart/form-data")
    page = curator.get(response.headers["Location"]).get_data(as_text=True)
    assert "Saved, but not published" in page and "give image 1 an alt text" in page
    with app.app_context():
        exhibit = db.session().scalar(select(Exhibit))
        assert exhibit.status == "draft"
        image_id = exhibit.images[0].id
    url = f"/curate/exhibits/{exhibit.id}/edit"
    fix = form_data(curator, url, action="publish")
    fix |= {"images-0-ref": f"id:{image_id}", "images-0-decorative": "y", "images-0-position": "0"}
    assert curator.post(url, data=fix).status_code == 302
    assert curator.get(f"/exhibits/{exhibit.slug}").status_code == 200


def test_reordering_and_removing_images(app, curator, make_exhibit):
    exhibit = make_exhibit(images=3)
    ids = [image.id for image in exhibit.images]
    url = f"/curate/exhibits/{exhibit.id}/edit"
    data = form_data(curator, url, accession_number=exhibit.accession_number, kind="document")
    for index, (image_id, position) in enumerate(zip(ids, (1, 0, 2), strict=True)):
        data |= {
            f"images-{index}-ref": f"id:{image_id}",
            f"images-{index}-position": position,
            f"images-{index}-alt_text": f"Alt {image_id}",
        }
    data["images-2-remove"] = "y"
    assert curator.post(url, data=data).status_code == 302
    with app.app_context():
        images = db.session().get(Exhibit, exhibit.id).images
        assert [image.id for image in images] == [ids[1], ids[0]]


def test_every_save_keeps_a_revision(app, curator, make_exhibit):
    exhibit = make_exhibit()
    url = f"/curate/exhibits/{exhibit.id}/edit"
    for title in ("One", "Two", "Three"):
        data = form_data(curator, url, accession_number=exhibit.accession_number, title=title)
        data |= {"images-0-ref": f"id:{exhibit.images[0].id}", "images-0-alt_text": "Alt"}
        assert curator.post(url, data=data).status_code == 302
    with app.app_context():
        count = db.session().scalar(
            select(func.count()).where(
                Revision.entity == "exhibit", Revision.entity_id == exhibit.id
            )
        )
        assert count == 4


def test_a_contributors_submission_reaches_the_review_queue(app, client, make_exhibit):
    make_user(app, "cole", "contributor")
    make_user(app, "cora", "curator")
    sign_in(client, "cole")
    data = form_data(client, "/curate/exhibits/new", action="submit", title="Customs ledger")
    assert client.post("/curate/exhibits/new", data=data).status_code == 302
    mine = client.get("/curate/review").get_data(as_text=True)
    assert "My submissions" in mine and "Customs ledger" in mine
    curator = app.test_client()
    sign_in(curator, "cora")
    queue = curator.get("/curate/review").get_data(as_text=True)
    assert "Review queue" in queue and "Customs ledger" in queue


def test_the_list_filters_and_searches(curator, make_exhibit):
    make_exhibit("award", title="Wrestling cup", accession_number="AW-1998/3")
    make_exhibit("document", title="Decree", publish=False, images=0)
    make_exhibit("photograph", title="Post", date_text="before the flood")

    def listed(query: str) -> str:
        return curator.get(f"/curate/exhibits?{query}").get_data(as_text=True)

    assert "Wrestling cup" in listed("q=aw-1998") and "Decree" not in listed("q=aw-1998")
    assert "Decree" in listed("status=draft") and "Wrestling cup" not in listed("status=draft")
    assert "Decree" in listed("attention=no-image") and "Post" not in listed("attention=no-image")
    assert "Post" in listed("attention=unparsed-date")
    assert "Wrestling cup" in listed("kind=award") and "Post" not in listed("kind=award")


def test_the_list_finds_drafts_by_the_words_of_their_text_best_match_first(curator, make_exhibit):
    make_exhibit(title="Ledger", description="Mentions a seal once.", publish=False)
    make_exhibit(title="Seal press", description="A seal press for seals.", publish=False)
    make_exhibit(title="Tea caddy", description="Nothing of the kind.")
    page = curator.get("/curate/exhibits?q=seals").get_data(as_text=True)
    assert "2 exhibits" in page and "Tea caddy" not in page
    assert page.index("Seal press") < page.index("Ledger")
    assert '<option value="relevance" selected>Best match</option>' in page
    by_title = curator.get("/curate/exhibits?q=seals&sort=title").get_data(as_text=True)
    assert by_title.index("Ledger") < by_title.index("Seal press")


def test_the_date_hint_reads_the_date(curator):
    assert curator.get("/curate/dates?text=1930s").json == {"reading": "read as 1930–1939"}
    assert "not understood" in curator.get("/curate/dates?text=someday").json["reading"]


def test_markdown_preview_shows_without_saving(app, curator):
    data = form_data(curator, "/curate/exhibits/new", action="preview")
    page = curator.post("/curate/exhibits/new", data=data).get_data(as_text=True)
    assert "<em>heavy</em>" in page
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Exhibit)) == 0


def test_trash_and_restore(app, curator, make_exhibit):
    exhibit = make_exhibit(title="Old scales")
    url = f"/curate/exhibits/{exhibit.id}/edit"
    token = csrf_token(curator, url)
    assert (
        curator.post(
            f"/curate/exhibits/{exhibit.id}/delete", data={"csrf_token": token}
        ).status_code
        == 302
    )
    assert curator.get(f"/exhibits/{exhibit.slug}").status_code == 404
    assert "Old scales" in curator.get("/curate/exhibits?trash=1").get_data(as_text=True)
    assert "Old scales" not in curator.get("/curate/exhibits").get_data(as_text=True)
    token = csrf_token(curator, "/curate/exhibits?trash=1")
    assert (
        curator.post(
            f"/curate/exhibits/{exhibit.id}/restore", data={"csrf_token": token}
        ).status_code
        == 302
    )
    assert curator.get(f"/exhibits/{exhibit.slug}").status_code == 200


def corpus_file(data: bytes):
    from io import BytesIO

    return BytesIO(data)


def test_the_edit_form_shows_each_image_once_with_its_thumbnail(curator, make_exhibit):
    exhibit = make_exhibit(images=2)
    page = curator.get(f"/curate/exhibits/{exhibit.id}/edit").get_data(as_text=True)
    refs = re.findall(r'name="images-\d+-ref" type="hidden" value="([^"]*)"', page)
    assert refs == [f"id:{image.id}" for image in exhibit.images]
    for image in exhibit.images:
        assert f"{image.sha256}/small.jpg" in page and image.original_filename in page
    assert 'value="Alt text 0"' in page and 'value="Caption 1"' in page


def test_the_drop_upload_without_a_file_is_refused_with_a_message(curator):
    token = csrf_token(curator, "/curate/exhibits/new")
    for data in ({"csrf_token": token}, {"csrf_token": token, "file": (io.BytesIO(b""), "")}):
        response = curator.post("/curate/uploads", data=data, content_type="multipart/form-data")
        assert response.status_code == 400
        assert response.get_json()["error"] == "Choose an image file to upload."


def test_an_edit_page_with_several_forms_gives_each_element_its_own_id(curator, make_exhibit):
    exhibit = make_exhibit(title="Customs seal press")
    page = curator.get(f"/curate/exhibits/{exhibit.id}/edit").get_data(as_text=True)
    assert page.count('name="csrf_token"') > 1  # the form, and each status button's own form
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
