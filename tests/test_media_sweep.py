"""`museum media sweep` after a crash between an upload's steps: derivative folders left
without an original (the set is renamed into place before the original is written)."""

import hashlib
import os
import time
from pathlib import Path

from museum import media
from museum.cli import main
from museum.media.intake import sniff
from tests import media_corpus as corpus

DAY_AGO = 25 * 3600


def derivatives_only(app, data: bytes) -> Path:
    """What a kill right after the derivative set was published leaves: no original, no row."""
    with app.app_context():
        upload = sniff(data, "crash.jpg", media.max_pixels())
        media.build_derivative_set(data, "crash.jpg", upload, media.store(), [])
        folder = media.store().derivative_dir(hashlib.sha256(data).hexdigest())
    assert folder.is_dir()
    return folder


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_sweep_removes_old_derivative_folders_without_an_original(app, runner, make_exhibit):
    kept = make_exhibit().images[0]
    old = derivatives_only(app, corpus.jpeg((640, 480)))
    fresh = derivatives_only(app, corpus.jpeg((600, 400)))
    age(old, DAY_AGO)
    kept_folder = Path(app.config["MEDIA_ROOT"]) / "derivatives" / kept.sha256[:2] / kept.sha256
    age(kept_folder, DAY_AGO)

    check = runner.invoke(main, ["media", "check"])
    assert check.exit_code == 1 and "derivatives without originals" in check.output
    assert old.name in check.output and fresh.name in check.output

    result = runner.invoke(main, ["media", "sweep"])
    assert result.exit_code == 0, result.output
    assert "1 derivative folder(s) without an original" in result.output
    assert not old.exists()
    assert fresh.is_dir()  # too young to judge: its upload may still be under way
    assert (kept_folder / "medium.jpg").is_file()

    runner.invoke(main, ["media", "sweep", "--older-than", "0"])
    assert not fresh.exists()
    assert runner.invoke(main, ["media", "check"]).exit_code == 0


def test_sweep_keeps_derivatives_a_row_names_even_without_their_original(app, runner, make_exhibit):
    image = make_exhibit().images[0]
    with app.app_context():
        media.store().original_path(image.sha256, image.format).unlink()
        folder = media.store().derivative_dir(image.sha256)
    age(folder, DAY_AGO)
    result = runner.invoke(main, ["media", "sweep", "--older-than", "0"])
    assert result.exit_code == 0 and "0 derivative folder(s)" in result.output
    assert (folder / "medium.jpg").is_file()  # the page still shows it; check names the loss
    assert "the original" in runner.invoke(main, ["media", "check"]).output
