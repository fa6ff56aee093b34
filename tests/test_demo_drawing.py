"""The demo drawings: every motif, exact sizes, reproducible pixels, not blank, right palette."""

import pytest
from PIL import Image, ImageChops, ImageStat

from museum.demo import drawing

DOCUMENTS = ["decree", "declaration", "service_book", "letter", "certificate", "map"]
PHOTOGRAPHS = [
    "customs_post",
    "staff_group",
    "portrait",
    "border_barrier",
    "vehicle_inspection",
    "cargo_port",
]
EQUIPMENT = [
    "seal_press",
    "inspection_mirror",
    "scales",
    "rubber_stamp",
    "radio_set",
    "typewriter",
    "telephone",
    "desk_lamp",
    "binoculars",
    "inkwell",
    "ledger",
    "uniform_cap",
]
AWARDS = ["medal", "cup", "pennant", "plaque"]
ALL = DOCUMENTS + PHOTOGRAPHS + EQUIPMENT + AWARDS + ["desk"]
TITLE = "Cup of the customs football tournament, 1967"


def _render(motif: str, seed: int = 3, size: tuple[int, int] = (320, 240)) -> Image.Image:
    return drawing.render(motif, title=TITLE, seed=seed, size=size)


def _strong_colour_share(img: Image.Image) -> float:
    """Share of pixels whose channels differ by more than 45 (clearly coloured, not sepia)."""
    r, g, b = img.split()
    high = ImageChops.lighter(ImageChops.lighter(r, g), b)
    low = ImageChops.darker(ImageChops.darker(r, g), b)
    coloured = ImageChops.subtract(high, low).point(lambda v: 255 if v > 45 else 0)
    return ImageStat.Stat(coloured).mean[0] / 255


def test_motifs_are_exactly_the_catalogue():
    assert sorted(drawing.MOTIFS) == sorted(ALL)
    assert all(isinstance(text, str) and text for text in drawing.MOTIFS.values())


@pytest.mark.parametrize("motif", ALL)
@pytest.mark.parametrize("size", [(320, 240), (240, 360), (1600, 1200)])
def test_renders_rgb_at_exact_size_and_not_blank(motif, size):
    img = _render(motif, size=size)
    assert img.mode == "RGB"
    assert img.size == size
    assert ImageStat.Stat(img.convert("L")).stddev[0] > 12


@pytest.mark.parametrize("motif", ["decree", "customs_post", "medal", "desk"])
def test_large_render_keeps_exact_size(motif):
    img = _render(motif, size=(5000, 3500))
    assert img.size == (5000, 3500)
    assert img.mode == "RGB"


@pytest.mark.parametrize("motif", ALL)
def test_same_arguments_give_same_pixels_and_seed_changes_them(motif):
    first = _render(motif, seed=11)
    assert first.tobytes() == _render(motif, seed=11).tobytes()
    assert first.tobytes() != _render(motif, seed=12).tobytes()


def test_unknown_motif_raises_value_error_naming_it():
    with pytest.raises(ValueError, match="zeppelin"):
        drawing.render("zeppelin", title="x", seed=1, size=(100, 100))


@pytest.mark.parametrize("motif", PHOTOGRAPHS)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_photographs_are_greyscale_or_sepia(motif, seed):
    assert _strong_colour_share(_render(motif, seed=seed)) < 0.01


@pytest.mark.parametrize("motif", AWARDS)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_awards_have_colour(motif, seed):
    assert _strong_colour_share(_render(motif, seed=seed)) > 0.25
