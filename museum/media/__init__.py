"""The one media pipeline: every upload (curator form, CSV import, demo) comes through here.

Called only by the catalog's writer. An upload is identified by its bytes alone, refused
with a reason when it is not a safe, whole image, stored untouched under its content hash,
and turned at once into every derivative visitors see (JPEG and WebP, upright, sRGB, no
metadata) plus, for large images, IIIF tiles for deep zoom. Everything is built in a hidden
folder and renamed into place before the catalog commits the rows that point at it.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

from museum import faults
from museum.media import derivatives, tiles
from museum.media.intake import MediaError, Upload, decode, sniff
from museum.media.storage import MediaStore, remove_paths

__all__ = [
    "MediaError",
    "StoredImage",
    "derivative_relpath",
    "remove_paths",
    "store",
    "store_image",
]

DEFAULT_MAX_PIXELS = 180_000_000
DEFAULT_DEEP_ZOOM_MIN_EDGE = 2560


@dataclass(frozen=True)
class StoredImage:
    sha256: str
    format: str
    width: int  # upright, as visitors see it
    height: int
    byte_size: int
    dominant_color: str
    has_tiles: bool
    written: tuple[Path, ...]  # what this intake created, to remove if the commit fails


def store() -> MediaStore:
    """The current app's media root."""
    return MediaStore(current_app.config["MEDIA_ROOT"])


def max_pixels() -> int:
    return current_app.config.get("MAX_IMAGE_PIXELS", DEFAULT_MAX_PIXELS)


def deep_zoom_min_edge() -> int:
    return current_app.config.get("DEEP_ZOOM_MIN_EDGE", DEFAULT_DEEP_ZOOM_MIN_EDGE)


def derivative_relpath(sha256: str, size: str, extension: str = "jpg") -> str:
    """A derivative's path below the public /media/ URL."""
    return f"{sha256[:2]}/{sha256}/{size}.{extension}"


def store_image(data: bytes, filename: str) -> StoredImage:
    """Check an upload, store the original and all its derivatives; return what was stored."""
    upload = sniff(data, filename, max_pixels())
    faults.checkpoint("sniffed")
    sha256 = hashlib.sha256(data).hexdigest()
    media = store()
    known = derivatives.read_meta(media.derivative_dir(sha256))
    if known is not None and media.original_path(sha256, upload.format).exists():
        return _stored(sha256, len(data), known, written=())
    written: list[Path] = []
    try:
        meta = build_derivative_set(data, filename, upload, media, written)
        original = media.write_original(sha256, upload.format, data)
        written.extend([original] if original else [])
        faults.checkpoint("original-written")
    except BaseException:
        remove_paths(written)
        raise
    return _stored(sha256, len(data), meta, tuple(written))


def build_derivative_set(
    data: bytes, filename: str, upload: Upload, media: MediaStore, written: list[Path]
) -> derivatives.Meta:
    """Decode once, write every size (and tiles) in a hidden folder, then rename it into place."""
    sha256 = hashlib.sha256(data).hexdigest()
    zoom = max(upload.width, upload.height) > deep_zoom_min_edge()
    image = decode(data, filename, max_pixels(), fit_within=None if zoom else _largest())
    meta = derivatives.Meta(
        format=upload.format,
        width=image.width,
        height=image.height,
        dominant_color=derivatives.dominant_color(image),
        has_tiles=zoom,
    )
    staging = media.staging_dir(sha256)
    written.append(staging)
    derivatives.write_derivatives(image, staging)
    if zoom:
        tiles.write_tiles(image, staging)
    derivatives.write_meta(staging, meta)
    faults.checkpoint("derivatives-staged")
    if media.publish_dir(staging, sha256):
        written.append(media.derivative_dir(sha256))
    faults.checkpoint("derivatives-published")
    return meta


def _largest() -> int:
    return max(derivatives.SIZES.values())


def _stored(sha256: str, byte_size: int, meta: derivatives.Meta, written) -> StoredImage:
    return StoredImage(
        sha256=sha256,
        format=meta.format,
        width=meta.width,
        height=meta.height,
        byte_size=byte_size,
        dominant_color=meta.dominant_color,
        has_tiles=meta.has_tiles,
        written=written,
    )


def known_image(sha256: str) -> derivatives.Meta | None:
    """What is known of an already stored upload, or None when its files are not all there."""
    if not all(char in "0123456789abcdef" for char in sha256) or len(sha256) != 64:
        return None
    media = store()
    meta = derivatives.read_meta(media.derivative_dir(sha256))
    if meta is None or not media.original_path(sha256, meta.format).exists():
        return None
    return meta
