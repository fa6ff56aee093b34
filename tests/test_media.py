"""The media pipeline: what it refuses, what it stores, and the derivatives visitors get."""

from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from museum import catalog, media
from museum.cli import main
from museum.media import derivatives
from tests import media_corpus as corpus


def store(app, data: bytes, name: str = "upload.jpg") -> media.StoredImage:
    with app.app_context():
        return media.store_image(data, name)


def files_under(root: Path) -> list[Path]:
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def open_derivative(app, stored, size: str, extension: str = "jpg") -> Image.Image:
    folder = Path(app.config["MEDIA_ROOT"]) / "derivatives" / stored.sha256[:2] / stored.sha256
    return Image.open(folder / f"{size}.{extension}")


@pytest.mark.parametrize("name", list(corpus.NOT_IMAGES))
def test_files_that_are_not_images_are_refused_and_nothing_is_stored(app, name):
    data, reason = corpus.NOT_IMAGES[name]
    with pytest.raises(media.MediaError) as error:
        store(app, data, name)
    assert str(error.value).startswith(f"{name}: ") and reason in str(error.value)
    assert files_under(Path(app.config["MEDIA_ROOT"])) == []


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (corpus.bomb_png, "has more than 180,000,000 pixels"),
        (corpus.truncated_jpeg, "damaged or incomplete"),
    ],
)
def test_bombs_and_broken_files_are_refused(app, make, reason):
    with pytest.raises(media.MediaError, match=reason):
        store(app, make(), "scan.png")
    assert files_under(Path(app.config["MEDIA_ROOT"])) == []


def test_pixel_limit_comes_from_config(app):
    app.config["MAX_IMAGE_PIXELS"] = 1000
    with pytest.raises(media.MediaError, match="more than 1,000 pixels"):
        store(app, corpus.jpeg((100, 100)))


def test_every_size_is_made_in_jpeg_and_webp_never_upscaled(app):
    stored = store(app, corpus.jpeg((3000, 2000)))
    assert (stored.width, stored.height, stored.format) == (3000, 2000, "JPEG")
    expected = {
        "kiosk": (2560, 1707),
        "large": (1600, 1067),
        "medium": (800, 533),
        "small": (400, 267),
        "square": (200, 200),
    }
    for size, dimensions in expected.items():
        for extension, fmt in (("jpg", "JPEG"), ("webp", "WEBP")):
            with open_derivative(app, stored, size, extension) as image:
                assert (image.size, image.format) == (dimensions, fmt)
    with open_derivative(app, stored, "large") as image:
        assert image.info.get("progressive") == 1
    small = store(app, corpus.jpeg((300, 180)), "tiny.jpg")
    with open_derivative(app, small, "kiosk") as image:
        assert image.size == (300, 180)


def test_the_original_is_stored_untouched_once_under_its_hash(app):
    data = corpus.gps_jpeg()
    first, second = store(app, data, "a.jpg"), store(app, data, "b.jpg")
    assert first.sha256 == second.sha256 and second.written == ()
    originals = files_under(Path(app.config["MEDIA_ROOT"]) / "originals")
    assert [path.read_bytes() for path in originals] == [data]
    assert originals[0].name == f"{first.sha256}.jpg"


def test_gps_and_comments_never_reach_a_public_file(app):
    stored = store(app, corpus.gps_jpeg())
    folder = Path(app.config["MEDIA_ROOT"]) / "derivatives"
    for path in folder.rglob("*.*"):
        if path.suffix in (".jpg", ".webp"):
            data = path.read_bytes()
            assert b"Exif" not in data and b"<script" not in data and b"SpyCam" not in data
            with Image.open(path) as image:
                assert not image.getexif()
    with open_derivative(app, stored, "medium") as image:
        assert image.getpixel((10, 10))[0] > 200  # the red half is still on the left


def test_exif_rotation_is_applied(app):
    stored = store(app, corpus.rotated_jpeg())
    assert (stored.width, stored.height) == (200, 400)
    with open_derivative(app, stored, "medium") as image:
        assert image.size == (200, 400)
        top, bottom = image.getpixel((100, 20)), image.getpixel((100, 380))
    assert top[0] > 200 > top[2] and bottom[2] > 200 > bottom[0]


def test_sixteen_bit_cmyk_and_transparent_images_become_proper_rgb(app):
    grey = store(app, corpus.sixteen_bit_png(), "scan16.png")
    with open_derivative(app, grey, "medium") as image:
        assert image.mode == "RGB" and 90 < image.getpixel((128, 128))[0] < 170
    red = store(app, corpus.cmyk_jpeg(), "print.jpg")
    with open_derivative(app, red, "medium") as image:
        r, g, b = image.getpixel((150, 100))
        assert r > 200 and g < 80 and b < 80
    palette = store(app, corpus.transparent_palette_png(), "logo.png")
    with open_derivative(app, palette, "medium") as image:
        assert image.getpixel((10, 50)) == (255, 255, 255)  # transparent: on white
        assert image.getpixel((90, 50))[1] > 100  # the green half


def test_webp_and_tiff_uploads_are_accepted(app):
    for fmt in ("WEBP", "TIFF"):
        stored = store(app, corpus.encode(corpus.halves((500, 300)), fmt), "file.bin")
        assert stored.format == fmt


def test_placeholder_colour_is_the_average(app):
    stored = store(app, corpus.encode(Image.new("RGB", (300, 300), (200, 100, 50)), "PNG"))
    assert stored.dominant_color == "#c86432"


def test_large_images_get_iiif_tiles_that_match_info_json(app, client, make_exhibit):
    exhibit = make_exhibit(images=0)
    with app.app_context():
        exhibit = catalog.update_exhibit(
            exhibit.id,
            {},
            add_images=[catalog.NewImage(corpus.jpeg((3000, 2000)), "scan.jpg", alt_text="Scan")],
        )
    image = exhibit.images[0]
    assert image.has_tiles
    info = client.get(f"/iiif/image/{image.id}/info.json")
    assert info.status_code == 200 and info.headers["Access-Control-Allow-Origin"] == "*"
    body = info.json
    assert body["id"].endswith(f"/iiif/image/{image.id}") and body["profile"] == "level0"
    assert (body["width"], body["height"]) == (3000, 2000)
    assert body["tiles"] == [{"width": 512, "height": 512, "scaleFactors": [1, 2, 4, 8]}]
    base = f"/iiif/image/{image.id}"
    for url, size in [
        ("/0,0,512,512/512,512/0/default.jpg", (512, 512)),
        ("/2560,1536,440,464/440,464/0/default.jpg", (440, 464)),
        ("/full/375,250/0/default.jpg", (375, 250)),
        ("/0,0,4096,2000/375,250/0/default.jpg", None),
        ("/0,0,2048,2000/512,500/0/default.jpg", (512, 500)),
    ]:
        response = client.get(base + url)
        if size is None:
            assert response.status_code == 404, url  # OpenSeadragon never asks for this one
            continue
        assert response.status_code == 200, url
        assert Image.open(BytesIO(response.data)).size == size
    assert client.get(base + "/0,0,512,512/512,512/90/default.jpg").status_code == 404
    assert client.get(base + "/../../../x/512,512/0/default.jpg").status_code == 404
    small = make_exhibit()
    assert client.get(f"/iiif/image/{small.images[0].id}/info.json").status_code == 404


def test_media_urls_cache_for_a_year_and_answer_conditional_requests(client, make_exhibit):
    image = make_exhibit().images[0]
    url = f"/media/{image.sha256[:2]}/{image.sha256}/medium.webp"
    first = client.get(url)
    assert first.status_code == 200 and first.mimetype == "image/webp"
    assert "max-age=31536000" in first.headers["Cache-Control"]
    again = client.get(url, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize(
    "path",
    [
        "../instance/config.py",
        "%2e%2e/%2e%2e/instance/museum.db",
        "..%2f..%2foriginals",
        "/etc/passwd",
        "ab/cd/meta.json",
    ],
)
def test_paths_outside_the_derivatives_are_404(client, make_exhibit, path):
    make_exhibit()
    assert client.get(f"/media/{path}", follow_redirects=True).status_code == 404


def test_originals_are_never_served(app, client, make_exhibit):
    image = make_exhibit().images[0]
    for path in (
        f"../originals/{image.sha256[:2]}/{image.sha256}.png",
        f"{image.sha256[:2]}/{image.sha256}.png",
    ):
        assert client.get(f"/media/{path}", follow_redirects=True).status_code == 404


def test_a_crash_before_the_commit_leaves_an_orphan_that_check_reports(app, runner, make_exhibit):
    make_exhibit()
    assert runner.invoke(main, ["media", "check"]).exit_code == 0
    orphan = store(app, corpus.jpeg((640, 480)), "never-committed.jpg")  # then the "crash"
    result = runner.invoke(main, ["media", "check"])
    assert result.exit_code == 1
    assert "originals without rows: " in result.output and orphan.sha256 in result.output


def test_check_finds_missing_files_and_rebuild_repairs_them(app, runner, make_exhibit):
    exhibit = make_exhibit()
    image = exhibit.images[0]
    folder = Path(app.config["MEDIA_ROOT"]) / "derivatives" / image.sha256[:2] / image.sha256
    (folder / "small.webp").unlink()
    medium_before = (folder / "medium.jpg").stat().st_mtime_ns
    result = runner.invoke(main, ["media", "check"])
    assert result.exit_code == 1 and "small.webp" in result.output
    rebuilt = runner.invoke(main, ["media", "rebuild", "--only", "small"])
    assert rebuilt.exit_code == 0, rebuilt.output
    assert (folder / "small.webp").is_file()
    assert (folder / "medium.jpg").stat().st_mtime_ns == medium_before
    assert runner.invoke(main, ["media", "check"]).exit_code == 0
    everything = runner.invoke(main, ["media", "rebuild"])
    assert everything.exit_code == 0 and "Rebuilt 1 originals" in everything.output
    assert (folder / "medium.jpg").stat().st_mtime_ns != medium_before


def test_rebuild_reports_a_missing_original_and_exits_non_zero(app, runner, make_exhibit):
    image = make_exhibit().images[0]
    with app.app_context():
        media.store().original_path(image.sha256, image.format).unlink()
    result = runner.invoke(main, ["media", "rebuild"])
    assert result.exit_code == 1 and "could not be rebuilt" in result.output


def test_derivative_sizes_helper_matches_what_is_written(app):
    stored = store(app, corpus.jpeg((1234, 987)))
    for size, long_edge in derivatives.SIZES.items():
        with open_derivative(app, stored, size) as image:
            assert image.size == derivatives.fitted((1234, 987), long_edge)


def test_sweep_removes_only_old_leftovers(app, runner, make_exhibit):
    import os
    import time

    image = make_exhibit().images[0]
    folder = Path(app.config["MEDIA_ROOT"]) / "derivatives" / image.sha256[:2]
    old, fresh = folder / ".tmp-old-upload", folder / ".tmp-fresh-upload"
    old.mkdir()
    fresh.write_bytes(b"half an image")
    day_ago = time.time() - 25 * 3600
    os.utime(old, (day_ago, day_ago))
    assert "temporary leftovers" in runner.invoke(main, ["media", "check"]).output
    result = runner.invoke(main, ["media", "sweep"])
    assert result.exit_code == 0 and "Removed 1 leftover(s) and 0" in result.output
    assert not old.exists() and fresh.exists()
    assert (folder / image.sha256 / "medium.jpg").exists()


def test_sweep_removes_old_originals_nobody_names_any_more(app, runner, make_exhibit):
    import os
    import time

    from museum import catalog

    kept, gone, fresh = make_exhibit(), make_exhibit(), make_exhibit()
    with app.app_context():
        for exhibit in (gone, fresh):
            catalog.delete_exhibit(exhibit.id)
        catalog.empty_trash()
    media_root = Path(app.config["MEDIA_ROOT"])
    day_ago = time.time() - 25 * 3600
    for exhibit in (kept, gone):
        original = next(media_root.glob(f"originals/*/{exhibit.images[0].sha256}.*"))
        os.utime(original, (day_ago, day_ago))
    result = runner.invoke(main, ["media", "sweep"])
    assert result.exit_code == 0 and "and 1 unreferenced original(s)" in result.output
    assert not list(media_root.glob(f"originals/*/{gone.images[0].sha256}.*"))
    assert not list(media_root.glob(f"derivatives/*/{gone.images[0].sha256}"))
    for exhibit in (kept, fresh):  # still named by a row, or too young to judge
        assert list(media_root.glob(f"originals/*/{exhibit.images[0].sha256}.*"))


def test_a_body_over_the_limit_gets_a_readable_413_page(app, client):
    assert app.config["MAX_CONTENT_LENGTH"] == 200 * 1024 * 1024
    app.config["MAX_CONTENT_LENGTH"] = 1024

    @app.post("/upload-probe")
    def upload_probe():  # stands in for the curator's upload form, which reads the body
        from flask import request

        return str(len(request.files))

    response = client.post("/upload-probe", data={"image": (BytesIO(b"x" * 4096), "big.jpg")})
    assert response.status_code == 413
    assert "The upload is too large." in response.get_data(as_text=True)


def test_files_of_a_removed_image_are_kept_for_history_not_reported(app, runner, make_exhibit):
    exhibit = make_exhibit(images=2)
    kept = exhibit.images[0]
    with app.app_context():
        catalog.update_exhibit(
            exhibit.id, {}, images=[catalog.ImageEdit(kept.id, None, "c", "a", False)]
        )
    result = runner.invoke(main, ["media", "check"])
    assert result.exit_code == 0, result.output
    removed = exhibit.images[1]
    with app.app_context():
        assert media.store().original_path(removed.sha256, removed.format).exists()
