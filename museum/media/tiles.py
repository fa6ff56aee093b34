"""Deep zoom: static tiles in the IIIF Image API 3.0 level 0 layout.

A viewer asks for `{id}/{region}/{size}/0/default.jpg`; the files sit at exactly those paths
under the image's derivative folder, so any web server can serve them. Region and size strings
follow the API's canonical forms, which is what OpenSeadragon and other clients request.
"""

import io
import math
from collections.abc import Iterator
from pathlib import Path

from PIL import Image

TILE_SIZE = 512
TILE_QUALITY = 80
FOLDER = "iiif"


def scale_factors(width: int, height: int, tile: int = TILE_SIZE) -> list[int]:
    """1, 2, 4, ... up to the first factor at which the whole image fits in one tile."""
    factors = [1]
    while math.ceil(max(width, height) / factors[-1]) > tile:
        factors.append(factors[-1] * 2)
    return factors


def tile_requests(width: int, height: int, factor: int, tile: int = TILE_SIZE):
    """Yield (region, size, box in the level's pixels) for every tile of one scale factor."""
    level_w, level_h = math.ceil(width / factor), math.ceil(height / factor)
    if level_w < tile and level_h < tile:
        full = level_w == width and level_h == height
        yield "full", "max" if full else f"{level_w},{level_h}", (0, 0, level_w, level_h)
        return
    span = tile * factor  # a tile's extent in full-resolution pixels
    for row in range(math.ceil(level_h / tile)):
        for column in range(math.ceil(level_w / tile)):
            x, y = column * span, row * span
            w, h = min(span, width - x), min(span, height - y)
            region = "full" if (x, y, w, h) == (0, 0, width, height) else f"{x},{y},{w},{h}"
            size_w = min(tile, level_w - column * tile)
            size_h = min(tile, level_h - row * tile)
            size = "max" if (size_w, size_h) == (width, height) else f"{size_w},{size_h}"
            box = (column * tile, row * tile, column * tile + size_w, row * tile + size_h)
            yield region, size, box


def write_tiles(image: Image.Image, folder: Path) -> int:
    """Write the tile pyramid of an upright RGB image below `folder`/iiif; return the count."""
    count = 0
    for factor, level in _levels(image):
        for region, size, box in tile_requests(image.width, image.height, factor):
            target = folder / FOLDER / region / size / "0" / "default.jpg"
            target.parent.mkdir(parents=True, exist_ok=True)
            buffer = io.BytesIO()
            level.crop(box).save(buffer, "JPEG", quality=TILE_QUALITY)
            target.write_bytes(buffer.getvalue())
            count += 1
    return count


def info(service_id: str, width: int, height: int) -> dict:
    """The info.json of a level 0 image service with these tiles."""
    return {
        "@context": "http://iiif.io/api/image/3/context.json",
        "id": service_id,
        "type": "ImageService3",
        "protocol": "http://iiif.io/api/image",
        "profile": "level0",
        "width": width,
        "height": height,
        "tiles": [
            {
                "width": TILE_SIZE,
                "height": TILE_SIZE,
                "scaleFactors": scale_factors(width, height),
            }
        ],
    }


def tile_path(folder: Path, region: str, size: str, rotation: str, quality: str) -> Path:
    return folder / FOLDER / region / size / rotation / quality


def _levels(image: Image.Image) -> Iterator[tuple[int, Image.Image]]:
    """Each scale factor with the image at that scale, each halved from the one before."""
    level = image
    for factor in scale_factors(image.width, image.height):
        target = (math.ceil(image.width / factor), math.ceil(image.height / factor))
        if level.size != target:
            level = level.resize(target, Image.Resampling.LANCZOS, reducing_gap=2.0)
        yield factor, level
