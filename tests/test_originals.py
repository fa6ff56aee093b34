"""Uploaded originals: a sandboxed download for curators, never a public file."""

import pytest

from museum import media
from tests.workspace import make_user, sign_in


@pytest.fixture
def image(app, make_exhibit):
    return make_exhibit(images=1).images[0]


def test_a_curator_downloads_the_original_byte_for_byte_as_a_sandboxed_attachment(
    app, client, image
):
    make_user(app, "cora", "curator")
    sign_in(client, "cora")
    response = client.get(f"/curate/images/{image.id}/original")
    assert response.status_code == 200
    assert response.headers["Content-Security-Policy"] == "sandbox"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.mimetype == "application/octet-stream"
    with app.app_context():
        stored = media.store().original_path(image.sha256, image.format).read_bytes()
    assert response.data == stored


@pytest.mark.parametrize("who", [None, "conny"])
def test_visitors_and_contributors_get_no_original(app, client, image, who):
    if who:
        make_user(app, who, "contributor")
        sign_in(client, who)
    response = client.get(f"/curate/images/{image.id}/original")
    assert response.status_code in (302, 403)
    assert image.sha256.encode() not in response.data


def test_an_unknown_image_is_404(app, client):
    make_user(app, "cora", "curator")
    sign_in(client, "cora")
    assert client.get("/curate/images/999/original").status_code == 404
