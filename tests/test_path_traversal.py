"""Proof 6: no media, IIIF tile or static URL reaches a file outside the public folders.

Every trick below answers 404 or 400, never 500 and never the content of a file outside: `../`,
percent-encoded and double-encoded dots and slashes, backslashes, absolute paths, NUL bytes,
overlong UTF-8, and symlinks placed inside the media folder that point outside it.
"""

from pathlib import Path

import pytest

from museum import catalog
from tests import media_corpus as corpus

SECRET = b"OUTSIDE-SECRET-5b1e"
TRICKS = [
    "../{secret}",
    "../../{secret}",
    "../../../../../../../../{abs}",
    "%2e%2e/%2e%2e/{secret}",
    "%2e%2e%2f%2e%2e%2f{secret}",
    "..%2f..%2f{secret}",
    "%252e%252e%252f%252e%252e%252f{secret}",
    "..%252f..%252f{secret}",
    "..\\..\\{secret}",
    "..%5c..%5c{secret}",
    "%5c..%5c..%5c{secret}",
    "/{abs}",
    "%2f{abs_encoded}",
    "//{abs}",
    "{abs}",
    "ab/../../../{secret}",
    "....//....//{secret}",
    "..%00/..%00/{secret}",
    "../../{secret}%00.jpg",
    "ab/cd/small.jpg%00",
    "%00",
    "%c0%ae%c0%ae/%c0%ae%c0%ae/{secret}",
    "%e0%80%ae%e0%80%ae/{secret}",
    "..;/..;/{secret}",
    "~/{secret}",
    ".%2e/.%2e/{secret}",
]


@pytest.fixture
def outside(app) -> Path:
    """A file beside the media root, that must never be served, with a .jpg name."""
    media_root = Path(app.config["MEDIA_ROOT"])
    media_root.mkdir(parents=True, exist_ok=True)
    secret = media_root.parent / "secret.jpg"
    secret.write_bytes(SECRET)
    return secret


def urls(prefix: str, secret: Path) -> list[str]:
    absolute = str(secret).lstrip("/")
    return [
        prefix
        + trick.format(secret=secret.name, abs=absolute, abs_encoded=absolute.replace("/", "%2f"))
        for trick in TRICKS
    ]


def assert_refused(client, url: str) -> None:
    response = client.get(url, follow_redirects=True)  # Werkzeug redirects "//" to "/"
    assert response.status_code in (400, 404), (url, response.status_code)
    assert all(step.request.path.startswith(url[:6]) for step in response.history), url
    assert SECRET not in response.get_data(), url


@pytest.mark.parametrize("prefix", ["/media/", "/media/ab/", "/static/", "/static/js/"])
def test_traversal_tricks_on_media_and_static_urls_are_refused(client, outside, prefix):
    for url in urls(prefix, outside):
        assert_refused(client, url)


def test_traversal_tricks_on_iiif_tile_urls_are_refused(app, client, outside):
    image = zoomable_image(app)
    base = f"/iiif/image/{image.id}/"
    for trick in urls("", outside):
        for url in (
            f"{base}{trick}/max/0/default.jpg",
            f"{base}full/{trick}/0/default.jpg",
            f"{base}full/max/{trick}/default.jpg",
            f"{base}full/max/0/{trick}",
            f"{base}full%0a/max/0/default.jpg",
        ):
            assert_refused(client, url)


def test_a_symlinked_derivative_pointing_outside_is_not_served(app, client, make_exhibit, outside):
    image = make_exhibit().images[0]
    folder = derivative_dir(app, image.sha256)
    assert client.get(f"/media/{image.sha256[:2]}/{image.sha256}/small.jpg").status_code == 200
    (folder / "small.jpg").unlink()
    (folder / "small.jpg").symlink_to(outside)
    (folder / "extra.jpg").symlink_to(outside)
    for name in ("small.jpg", "extra.jpg"):
        assert_refused(client, f"/media/{image.sha256[:2]}/{image.sha256}/{name}")


def test_a_symlinked_folder_in_the_media_root_pointing_outside_is_not_served(app, client, outside):
    derivatives = Path(app.config["MEDIA_ROOT"]) / "derivatives"
    derivatives.mkdir(parents=True, exist_ok=True)
    (derivatives / "zz").symlink_to(outside.parent, target_is_directory=True)
    assert_refused(client, f"/media/zz/{outside.name}")
    (derivatives.parent / "wide-open").symlink_to("/", target_is_directory=True)
    assert_refused(client, "/media/../wide-open/etc/passwd.jpg")


def test_a_symlinked_tile_pointing_outside_is_not_served(app, client, outside):
    image = zoomable_image(app)
    tile = derivative_dir(app, image.sha256) / "iiif" / "0,0,512,512" / "512,512" / "0"
    url = f"/iiif/image/{image.id}/0,0,512,512/512,512/0/default.jpg"
    assert client.get(url).status_code == 200
    (tile / "default.jpg").unlink()
    (tile / "default.jpg").symlink_to(outside)
    assert_refused(client, url)


def zoomable_image(app):
    with app.app_context():
        exhibit = catalog.create_exhibit(
            {"accession_number": "Z-1", "kind": "photograph", "title": "Wide scan"},
            images=[catalog.NewImage(corpus.jpeg((3000, 2000)), "scan.jpg", alt_text="Scan")],
            publish=True,
        )
        return exhibit.images[0]


def derivative_dir(app, sha256: str) -> Path:
    return Path(app.config["MEDIA_ROOT"]) / "derivatives" / sha256[:2] / sha256
