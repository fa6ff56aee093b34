"""IIIF Presentation 3: exhibits as manifests, galleries and tours as collections.

Every document is validated with iiif-prezi3's models (strictly: no defaults filled in, nothing
dropped) and its structure checked by hand."""

from io import BytesIO
from urllib.parse import quote, urlsplit

import pytest
from iiif_prezi3 import Collection, Manifest
from PIL import Image
from pydantic import ValidationError
from sqlalchemy import select

from museum import catalog, db
from museum.iiif import rights_uri
from museum.models import Exhibit, Gallery, Status, Tour
from tests import media_corpus as corpus

BASE = "https://museum.example"
CONTEXT = "http://iiif.io/api/presentation/3/context.json"
MEDIA_TYPE = f'application/ld+json;profile="{CONTEXT}"'


@pytest.fixture
def app(app):
    """Addresses must come from PUBLIC_BASE_URL, not from the host a request arrived on."""
    app.config["PUBLIC_BASE_URL"] = BASE
    return app


def strictly_valid(model: type, data: dict) -> None:
    """Validate without iiif-prezi3's helpers (its constructor fills in ids and wraps plain
    strings as language maps), then require the model to give back exactly what was sent:
    properties the model does not know would be dropped silently otherwise. (Its Collection
    model has no @context: the tests check that by hand.)"""
    parsed = model.model_validate(data)
    given = parsed.model_dump(by_alias=True, exclude_none=True, mode="json")
    given.pop("@context", None)
    assert given == {key: value for key, value in data.items() if key != "@context"}


def manifest_path(number: str) -> str:
    return f"/iiif/{quote(number)}/manifest.json"


def fetch(client, url: str) -> dict:
    """A IIIF document that answers 200 with the IIIF media type and open CORS."""
    response = client.get(url)
    assert response.status_code == 200, response.data
    assert response.headers["Content-Type"] == MEDIA_TYPE
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    return response.json


def local(url: str) -> str:
    """The path of an absolute public address, for the test client."""
    assert url.startswith(BASE + "/"), url
    return urlsplit(url).path


def pixel_size(client, url: str) -> tuple[int, int]:
    response = client.get(local(url))
    assert response.status_code == 200, url
    return Image.open(BytesIO(response.data)).size


def values(manifest: dict) -> dict[str, list[str]]:
    return {pair["label"]["en"][0]: pair["value"]["en"] for pair in manifest["metadata"]}


def tiled_exhibit(app, make_exhibit, **fields) -> Exhibit:
    """A published exhibit whose only image is larger than the deep-zoom threshold."""
    exhibit = make_exhibit(images=0, **fields)
    big = catalog.NewImage(corpus.jpeg((3000, 2000)), "scan.jpg", "Whole sheet", "A scan")
    with app.app_context():
        exhibit = catalog.update_exhibit(exhibit.id, {}, add_images=[big])
    assert exhibit.images[0].has_tiles
    return exhibit


def test_the_validator_refuses_what_the_specification_does():
    good = {"id": BASE + "/m", "type": "Manifest", "label": {"en": ["x"]}, "items": []}
    strictly_valid(Manifest, good)
    for wrong in ({"label": {"en": "x"}}, {"rights": "CC BY"}, {"id": "no address"}):
        with pytest.raises(ValidationError):
            strictly_valid(Manifest, {**good, **wrong})
    # What iiif-prezi3 would quietly fill in, wrap or drop fails the round trip.
    missing_id = {key: value for key, value in good.items() if key != "id"}
    for wrong in ({**good, "label": "x"}, {**good, "lable": {"en": ["x"]}}, missing_id):
        with pytest.raises(AssertionError):
            strictly_valid(Manifest, wrong)


def test_an_exhibit_manifest_describes_it_with_one_canvas_per_image(app, client, make_exhibit):
    exhibit = make_exhibit(
        "document",
        images=2,
        title="Order on the northern post",
        place="Ashgabat",
        materials="paper, ink",
        dimensions="30 x 21 cm",
        location_hall="Hall 1",
        notes="Curators only: check the stamp",
    )
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {}, tags=["orders", "posts"])
    manifest = fetch(client, manifest_path(exhibit.accession_number))
    strictly_valid(Manifest, manifest)

    assert manifest["@context"] == CONTEXT and manifest["type"] == "Manifest"
    assert manifest["id"] == f"{BASE}/iiif/{exhibit.accession_number}/manifest.json"
    assert manifest["label"] == {"en": ["Order on the northern post"]}
    assert manifest["summary"] == {"en": ["A document made for a test."]}
    assert manifest["navDate"] == "1936-01-01T00:00:00Z"
    shown = values(manifest)
    assert shown["Accession number"] == [exhibit.accession_number]
    assert shown["Date"] == ["1936"] and shown["Kind"] == ["Document"]
    assert shown["Issuer or author"] == ["Customs Board"] and shown["Pages"] == ["2"]
    assert shown["Place"] == ["Ashgabat"] and shown["Dimensions"] == ["30 x 21 cm"]
    assert shown["In the museum"] == ["Hall 1"] and shown["Tags"] == ["orders", "posts"]
    assert "Curators only" not in str(manifest)
    assert manifest["requiredStatement"]["label"]["en"] == ["Attribution"]  # and translated
    # no credit line: the museum's name
    assert manifest["requiredStatement"]["value"] == {"en": [app.config["SITE_NAME"]]}
    assert manifest["homepage"][0]["id"] == f"{BASE}/exhibits/{exhibit.slug}"
    assert client.get(local(manifest["homepage"][0]["id"])).status_code == 200

    thumbnail = manifest["thumbnail"][0]
    assert thumbnail["format"] == "image/jpeg" and thumbnail["id"].endswith("/small.jpg")
    assert pixel_size(client, thumbnail["id"]) == (thumbnail["width"], thumbnail["height"])

    canvases = manifest["items"]
    assert [canvas["label"]["en"] for canvas in canvases] == [["Caption 0"], ["Caption 1"]]
    assert len({canvas["id"] for canvas in canvases}) == 2
    for canvas in canvases:
        (page,) = canvas["items"]
        (annotation,) = page["items"]
        body = annotation["body"]
        assert annotation["motivation"] == "painting"
        assert annotation["target"] == canvas["id"]
        assert body["type"] == "Image" and body["format"] == "image/jpeg"
        assert body["id"].endswith("/large.jpg") and "service" not in body
        assert (canvas["width"], canvas["height"]) == (body["width"], body["height"]) == (640, 480)
        assert pixel_size(client, body["id"]) == (640, 480)


def test_a_large_image_has_the_size_of_its_tiles_and_their_image_service(app, client, make_exhibit):
    exhibit = tiled_exhibit(app, make_exhibit)
    manifest = fetch(client, manifest_path(exhibit.accession_number))
    strictly_valid(Manifest, manifest)
    (canvas,) = manifest["items"]
    annotation = canvas["items"][0]["items"][0]
    body = annotation["body"]
    assert (canvas["width"], canvas["height"]) == (3000, 2000)
    assert annotation["target"] == canvas["id"]
    assert (body["width"], body["height"]) == (1600, 1067)
    assert pixel_size(client, body["id"]) == (1600, 1067)
    image_id = exhibit.images[0].id
    assert body["service"] == [
        {"id": f"{BASE}/iiif/image/{image_id}", "type": "ImageService3", "profile": "level0"}
    ]
    info = client.get(local(body["service"][0]["id"]) + "/info.json").json
    assert (info["width"], info["height"]) == (canvas["width"], canvas["height"])
    assert info["type"] == "ImageService3" and info["profile"] == "level0"


@pytest.mark.parametrize(
    ("typed", "uri"),
    [
        ("https://creativecommons.org/licenses/by/4.0/", "http://creativecommons.org/licenses/by/4.0/"),
        ("https://creativecommons.org/licenses/by-sa/4.0/deed.ru", "http://creativecommons.org/licenses/by-sa/4.0/"),
        ("http://www.creativecommons.org/publicdomain/zero/1.0", "http://creativecommons.org/publicdomain/zero/1.0/"),
        ("https://creativecommons.org/licenses/by-nc/3.0/us/legalcode", "http://creativecommons.org/licenses/by-nc/3.0/us/"),
        ("https://rightsstatements.org/page/InC/1.0/?language=en", "http://rightsstatements.org/vocab/InC/1.0/"),
        (" http://rightsstatements.org/vocab/NoC-US/1.0/ ", "http://rightsstatements.org/vocab/NoC-US/1.0/"),
        ("CC BY 4.0", None),
        ("All rights reserved", None),
        ("https://creativecommons.org/about/", None),
        ("https://creativecommons.org/licenses/by/", None),
        ("https://rightsstatements.org/vocab/Mine/1.0/", None),
        ("https://example.org/licenses/by/4.0/", None),
        ("ftp://creativecommons.org/licenses/by/4.0/", None),
        ("", None),
    ],
)  # fmt: skip
def test_rights_are_creative_commons_or_rightsstatements_uris_in_http_form(typed, uri):
    assert rights_uri(typed) == uri


def test_rights_a_uri_goes_to_rights_and_other_text_to_metadata(app, client, make_exhibit):
    licensed = make_exhibit(
        rights="https://creativecommons.org/licenses/by/4.0/", credit_line="Gift of A. Donor"
    )
    manifest = fetch(client, manifest_path(licensed.accession_number))
    strictly_valid(Manifest, manifest)
    assert manifest["rights"] == "http://creativecommons.org/licenses/by/4.0/"
    assert "Rights" not in values(manifest)
    assert manifest["requiredStatement"]["value"] == {"en": ["Gift of A. Donor"]}

    reserved = make_exhibit(rights="© State Customs Service, all rights reserved")
    manifest = fetch(client, manifest_path(reserved.accession_number))
    strictly_valid(Manifest, manifest)
    assert "rights" not in manifest
    assert values(manifest)["Rights"] == ["© State Customs Service, all rights reserved"]


def test_only_published_exhibits_have_manifests(app, client, make_exhibit):
    draft = make_exhibit(publish=False)
    trashed = make_exhibit()
    imageless = make_exhibit(images=0)
    with app.app_context():
        catalog.delete_exhibit(trashed.id)
    for number in (draft.accession_number, trashed.accession_number, "NO-SUCH-1"):
        response = client.get(manifest_path(number))
        assert response.status_code == 404, number
        assert response.is_json and "error" in response.json
    manifest = fetch(client, manifest_path(imageless.accession_number))
    strictly_valid(Manifest, manifest)
    [canvas] = manifest["items"]  # the one a manifest must have, with nothing on it
    assert canvas["label"]["en"] == ["No image yet"] and canvas["items"] == []
    assert "thumbnail" not in manifest
    page = client.get(f"/exhibits/{imageless.slug}").get_data(as_text=True)
    assert manifest_path(imageless.accession_number) in page


def test_accession_numbers_with_slashes_and_cyrillic_have_their_manifest(app, client, make_exhibit):
    exhibit = make_exhibit(accession_number="КП-1975/12", title="Печать таможни")
    path = manifest_path("КП-1975/12")
    assert path == "/iiif/%D0%9A%D0%9F-1975/12/manifest.json"
    manifest = fetch(client, path)
    strictly_valid(Manifest, manifest)
    assert manifest["id"] == BASE + path
    assert manifest["label"] == {"en": ["Печать таможни"]}
    assert values(manifest)["Accession number"] == ["КП-1975/12"]
    assert manifest["items"][0]["id"].startswith(BASE + "/iiif/%D0%9A%D0%9F-1975/12/canvas/")
    assert exhibit.slug in manifest["homepage"][0]["id"]

    # These numbers would look like other IIIF addresses: they still reach their manifests.
    for number in ("collection", "image/7", "image"):
        make_exhibit(accession_number=number, title=f"Numbered {number}")
        assert fetch(client, manifest_path(number))["label"] == {"en": [f"Numbered {number}"]}


def test_an_ensemble_and_its_parts_name_each_other(app, client, make_exhibit):
    desk = make_exhibit("ensemble", title="The officer's desk")
    stamp = make_exhibit("equipment", title="Stamp")
    lamp = make_exhibit("equipment", title="Lamp", publish=False)
    with app.app_context():
        catalog.set_parts(desk.id, [stamp.id, lamp.id])
    ensemble = fetch(client, manifest_path(desk.accession_number))
    strictly_valid(Manifest, ensemble)
    assert values(ensemble)["Parts"] == ["Stamp"]  # the draft lamp is not shown
    assert values(ensemble)["Kind"] == ["Ensemble"]
    part = fetch(client, manifest_path(stamp.accession_number))
    assert values(part)["Part of"] == ["The officer's desk"]
    assert values(part)["Maker"] == ["Factory No. 5"]


def test_text_that_looks_like_markup_survives_as_data(app, client, make_exhibit):
    title = "</script><script>alert(1)</script> & <b>"
    exhibit = make_exhibit(title=title, summary="<b>Bold</b>", place="<i>Merv</i> & Mary")
    manifest = fetch(client, manifest_path(exhibit.accession_number))
    strictly_valid(Manifest, manifest)
    assert manifest["label"] == {"en": [title]}  # labels are never HTML
    # Clients read a summary or value from "<" to ">" as HTML: it comes escaped inside an element.
    assert manifest["summary"] == {"en": ["<span>&lt;b&gt;Bold&lt;/b&gt;</span>"]}
    assert values(manifest)["Place"] == ["<i>Merv</i> & Mary"]  # ends in text: plain text


def test_the_exhibit_page_links_its_manifest(client, make_exhibit):
    exhibit = make_exhibit(accession_number="КП-2/3")
    page = client.get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    link = f'<a href="{manifest_path("КП-2/3")}" type="application/ld+json">IIIF manifest</a>'
    assert link in page
    assert client.get(manifest_path("КП-2/3")).status_code == 200


def test_manifests_answer_conditional_requests(client, make_exhibit):
    path = manifest_path(make_exhibit().accession_number)
    etag = client.get(path).headers["ETag"]
    assert client.get(path, headers={"If-None-Match": etag}).status_code == 304


def test_a_gallery_is_a_collection_of_its_published_exhibits_in_the_curators_order(
    app, client, make_exhibit
):
    first, second, third = (make_exhibit(title=f"Piece {n}") for n in (1, 2, 3))
    draft = make_exhibit(publish=False)
    trashed = make_exhibit()
    imageless = make_exhibit(images=0)
    order = [third, draft, first, trashed, imageless, second]
    with app.app_context():
        catalog.delete_exhibit(trashed.id)
        gallery = catalog.create_gallery(
            title="Seals and stamps",
            introduction="How goods were sealed.",
            exhibit_ids=[exhibit.id for exhibit in order],
            published=True,
        )
    collection = fetch(client, f"/iiif/collection/{gallery.slug}.json")
    strictly_valid(Collection, collection)
    assert collection["@context"] == CONTEXT and collection["type"] == "Collection"
    assert collection["id"] == f"{BASE}/iiif/collection/{gallery.slug}.json"
    assert collection["label"] == {"en": ["Seals and stamps"]}
    assert collection["summary"] == {"en": ["How goods were sealed."]}
    assert collection["homepage"][0]["id"] == f"{BASE}/galleries/{gallery.slug}"
    items = collection["items"]
    expected = [third, first, imageless, second]
    assert [item["id"] for item in items] == [
        BASE + manifest_path(exhibit.accession_number) for exhibit in expected
    ]
    for item, exhibit in zip(items, expected, strict=True):
        assert item["type"] == "Manifest" and item["label"] == {"en": [exhibit.title]}
        if exhibit is imageless:
            assert "thumbnail" not in item
        else:
            assert item["thumbnail"][0]["id"].endswith("/small.jpg")
        assert fetch(client, local(item["id"]))["label"] == item["label"]


def test_a_tour_is_a_collection_of_its_stops_and_hidden_ones_are_not_found(
    app, client, make_exhibit
):
    stops = [make_exhibit(title=f"Stop {n}") for n in (1, 2, 3)]
    draft = make_exhibit(publish=False)
    with app.app_context():
        tour = catalog.create_tour(
            title="Around the post",
            stops=[catalog.NewStop(e.id) for e in (stops[2], draft, stops[0], stops[1])],
            published=True,
        )
        hidden = catalog.create_gallery(title="Not yet", exhibit_ids=[stops[0].id])
        catalog.create_tour(title="Old tour", stops=[catalog.NewStop(stops[0].id)])
    collection = fetch(client, f"/iiif/collection/{tour.slug}.json")
    strictly_valid(Collection, collection)
    assert [item["label"]["en"][0] for item in collection["items"]] == [
        "Stop 3",
        "Stop 1",
        "Stop 2",
    ]
    assert collection["homepage"][0]["id"] == f"{BASE}/tours/{tour.slug}"
    for slug in (hidden.slug, "old-tour", "no-such-thing"):
        response = client.get(f"/iiif/collection/{slug}.json")
        assert response.status_code == 404 and "error" in response.json


def test_every_published_demo_exhibit_gallery_and_tour_is_valid_iiif(demo_app):
    client = demo_app.test_client()
    with demo_app.app_context():
        session = db.session()
        exhibits = session.scalars(
            select(Exhibit).where(Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None))
        ).all()
        numbers = [exhibit.accession_number for exhibit in exhibits if exhibit.images]
        slugs = [
            *session.scalars(select(Gallery.slug).where(Gallery.published)),
            *session.scalars(select(Tour.slug).where(Tour.published)),
        ]
    assert len(numbers) >= 40 and len(slugs) >= 6
    for number in numbers:
        manifest = fetch(client, manifest_path(number))
        strictly_valid(Manifest, manifest)
        for canvas in manifest["items"]:
            annotation = canvas["items"][0]["items"][0]
            assert annotation["target"] == canvas["id"]
            assert canvas["width"] > 0 and canvas["height"] > 0
    listed = set()
    for slug in slugs:
        collection = fetch(client, f"/iiif/collection/{slug}.json")
        strictly_valid(Collection, collection)
        assert collection["items"], slug
        listed |= {item["id"] for item in collection["items"]}
    # The demo's manifests have the demo's PUBLIC_BASE_URL; every listed one is served.
    assert all(urlsplit(url).path in {manifest_path(n) for n in numbers} for url in listed)
