"""The sizes visitors see, made at once from one decode, each size shrunk from the one above."""

import io
import json
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from PIL import Image, ImageOps

# Long edge in pixels; `square` is a centre crop of this many pixels a side.
SIZES: dict[str, int] = {"kiosk": 2560, "large": 1600, "medium": 800, "small": 400}
SQUARE = ("square", 200)
SIZE_NAMES = (*SIZES, SQUARE[0])
FORMATS = {
    "jpg": {"format": "JPEG", "quality": 85, "progressive": True},
    # method 0, the least effort: on grainy photographs a whole derivative set takes 27 % less
    # CPU than with method 2 (8–13 % less time, bench/thumbnails.py), for files 7 % larger at
    # the kiosk size. CPU is what curators uploading at once wait for.
    "webp": {"format": "WEBP", "quality": 80, "method": 0},
}
META_FILE = "meta.json"
ENCODER_THREADS = 2


@dataclass(frozen=True)
class Meta:
    """What a derivative set knows of its original, kept beside it as meta.json."""

    format: str
    width: int  # upright, as visitors see it
    height: int
    dominant_color: str
    has_tiles: bool


def fitted(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    """The size an image of `size` has when shrunk to `long_edge` (never enlarged)."""
    scale = min(1.0, long_edge / max(size))
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def write_derivatives(image: Image.Image, folder: Path, only: set[str] | None = None) -> None:
    """Write every size (or the `only` ones) of an upright RGB image as JPEG and WebP."""
    # Encoders release the GIL: a second thread encodes while this one shrinks the next size.
    with ThreadPoolExecutor(max_workers=ENCODER_THREADS) as encoders:
        pending = []
        current = image
        for name, long_edge in SIZES.items():
            target = fitted(image.size, long_edge)
            if current.size != target:
                current = _shrink(current, target)
            if only is None or name in only:
                pending += _save_all(encoders, current, folder, name)
        if only is None or SQUARE[0] in only:
            square = ImageOps.fit(current, (SQUARE[1], SQUARE[1]), Image.Resampling.LANCZOS)
            pending += _save_all(encoders, square, folder, SQUARE[0])
        for job in pending:
            job.result()


def dominant_color(image: Image.Image) -> str:
    """The image's average colour as #rrggbb, shown while the picture loads."""
    red, green, blue = image.reduce(max(1, max(image.size) // 64)).resize((1, 1)).getpixel((0, 0))
    return f"#{red:02x}{green:02x}{blue:02x}"


def write_meta(folder: Path, meta: Meta) -> None:
    (folder / META_FILE).write_text(json.dumps(asdict(meta)), encoding="utf-8")


def read_meta(folder: Path) -> Meta | None:
    try:
        return Meta(**json.loads((folder / META_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _shrink(image: Image.Image, target: tuple[int, int]) -> Image.Image:
    # reducing_gap: an integer box reduction first, then Lanczos over the last factor 2-3.
    return image.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)


def _save_all(encoders: Executor, image: Image.Image, folder: Path, name: str) -> list[Future]:
    return [
        encoders.submit(_save, image, folder / f"{name}.{extension}", options)
        for extension, options in FORMATS.items()
    ]


def _save(image: Image.Image, path: Path, options: dict) -> None:
    buffer = io.BytesIO()
    image.save(buffer, **options)
    path.write_bytes(buffer.getvalue())
