"""Image intake and derivatives.

Files are written to a temporary name, fsynced and renamed into place before the catalog
commits the rows that point at them, so a crash leaves at most a stray file, never a row
pointing at nothing. Originals are named by their content hash and never served publicly;
visitors get re-encoded derivatives without metadata.
"""

import hashlib
import io
import os
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from flask import current_app
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "TIFF": "tif"}
DERIVATIVE_SIZES = {"small": 400, "medium": 800, "large": 1600}
DEFAULT_MAX_PIXELS = 180_000_000


class MediaError(ValueError):
    """An upload that cannot be accepted; the message names the file and the reason."""


@dataclass(frozen=True)
class StoredImage:
    sha256: str
    format: str
    width: int
    height: int
    byte_size: int
    written: tuple[Path, ...]  # files this intake created (to remove if the commit fails)


def media_root() -> Path:
    return Path(current_app.config["MEDIA_ROOT"])


def original_path(sha256: str, fmt: str) -> Path:
    return media_root() / "originals" / sha256[:2] / f"{sha256}.{ACCEPTED_FORMATS[fmt]}"


def derivative_relpath(sha256: str, size: str) -> str:
    """Return a derivative's path below media/derivatives/, as used in public URLs."""
    return f"{sha256[:2]}/{sha256}/{size}.jpg"


def derivatives_dir() -> Path:
    return media_root() / "derivatives"


def store_image(data: bytes, filename: str) -> StoredImage:
    """Check an uploaded image, store the original and its derivatives; return what was stored."""
    image = _decode(data, filename)
    sha256 = hashlib.sha256(data).hexdigest()
    written: list[Path] = []
    try:
        target = original_path(sha256, image.format)
        if _write_atomically(target, data):
            written.append(target)
        written.extend(_write_derivatives(image, sha256))
    except BaseException:
        remove_files(written)
        raise
    return StoredImage(sha256, image.format, image.width, image.height, len(data), tuple(written))


def _decode(data: bytes, filename: str) -> Image.Image:
    if not data:
        raise MediaError(f"{filename}: the file is empty.")
    Image.MAX_IMAGE_PIXELS = current_app.config.get("MAX_IMAGE_PIXELS", DEFAULT_MAX_PIXELS)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.format not in ACCEPTED_FORMATS:
                raise MediaError(f"{filename}: {image.format} files are not accepted.")
            image.load()
    except MediaError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(f"{filename}: the image has too many pixels.") from exc
    except UnidentifiedImageError as exc:
        raise MediaError(f"{filename}: not a JPEG, PNG, WebP or TIFF image.") from exc
    except Exception as exc:  # Pillow's decoders raise many types on broken input.
        raise MediaError(f"{filename}: the image is damaged or incomplete.") from exc
    return image


def _write_derivatives(image: Image.Image, sha256: str) -> Iterator[Path]:
    """Write each missing derivative, largest first (each shrinks the last); yield new files."""
    upright = ImageOps.exif_transpose(image).convert("RGB")
    folder = derivatives_dir() / sha256[:2] / sha256
    for name, long_edge in sorted(DERIVATIVE_SIZES.items(), key=lambda item: -item[1]):
        upright.thumbnail((long_edge, long_edge), Image.Resampling.LANCZOS, reducing_gap=3.0)
        path = folder / f"{name}.jpg"
        if path.exists():
            continue
        buffer = io.BytesIO()
        upright.save(buffer, "JPEG", quality=85, progressive=True, optimize=True)
        if _write_atomically(path, buffer.getvalue()):
            yield path


def _write_atomically(target: Path, data: bytes) -> bool:
    """Write `data` to `target` via a fsynced temporary file; False if it already existed."""
    if target.exists():
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return True


def remove_files(paths: "list[Path] | tuple[Path, ...]") -> None:
    """Delete files an intake wrote, and their emptied folders, ignoring ones already gone."""
    for path in paths:
        path.unlink(missing_ok=True)
        for folder in (path.parent, path.parent.parent):
            try:
                folder.rmdir()
            except OSError:
                break
