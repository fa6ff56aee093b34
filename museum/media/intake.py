"""Reading an upload: what it is (by its bytes alone), whether it is safe, and its pixels.

Every refusal is a MediaError whose message names the file and the reason.
"""

import io
import warnings
from dataclasses import dataclass

from PIL import ExifTags, Image, ImageCms, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF")
SIXTEEN_BIT_MODES = {"I;16", "I;16B", "I;16L", "I;16N", "I"}
WHITE = (255, 255, 255)
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))


class MediaError(ValueError):
    """An upload that cannot be accepted; the message names the file and the reason."""


@dataclass(frozen=True)
class Upload:
    """A checked upload: its format and its size as stored (before EXIF rotation)."""

    format: str
    width: int
    height: int


def sniff(data: bytes, filename: str, max_pixels: int) -> Upload:
    """Identify the image from its header, refusing other files and bombs before decoding."""
    if not data:
        raise MediaError(f"{filename}: the file is empty.")
    with _opened(data, filename, max_pixels) as image:
        return Upload(image.format, image.width, image.height)


def decode(data: bytes, filename: str, max_pixels: int, fit_within: int | None = None):
    """Decode the whole image, upright, as sRGB RGB with no metadata left.

    With `fit_within`, a JPEG may be decoded at 1/2, 1/4 or 1/8 scale (never smaller than that
    long edge): the decoder skips most of the work and memory.
    """
    with _opened(data, filename, max_pixels) as image:
        if fit_within and image.format == "JPEG":
            image.draft("RGB", _box_for(image.size, fit_within))
        try:
            image.load()
        except Exception as exc:  # Pillow's decoders raise many types on broken input.
            raise MediaError(f"{filename}: the image is damaged or incomplete.") from exc
        return _display_rgb(image)


def _opened(data: bytes, filename: str, max_pixels: int) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise MediaError(
            f"{filename}: the image has more than {max_pixels:,} pixels, the most accepted."
        ) from exc
    except UnidentifiedImageError as exc:
        raise MediaError(f"{filename}: not a JPEG, PNG, WebP or TIFF image.") from exc
    except Exception as exc:
        raise MediaError(f"{filename}: the image is damaged or incomplete.") from exc
    return image


def _box_for(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    scale = long_edge / max(size)
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _display_rgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    # exif_transpose() and convert() copy even when there is nothing to do: on a 24 MP scan
    # each copy costs ~100 MB and tens of milliseconds, so call them only when needed.
    upright = ImageOps.exif_transpose(image) if _orientation(image) != 1 else image
    if upright.mode in SIXTEEN_BIT_MODES:
        # Pillow's plain convert() clips 16-bit values to white: scale them down first.
        upright = upright.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if upright.mode in ("RGBA", "LA", "PA", "P") or "transparency" in upright.info:
        rgba = upright.convert("RGBA")
        upright = Image.new("RGB", rgba.size, WHITE)
        upright.paste(rgba, mask=rgba.getchannel("A"))
    if icc:
        rgb = _to_srgb(upright, icc)
    else:
        rgb = upright if upright.mode == "RGB" else upright.convert("RGB")
    rgb.info = {}  # EXIF, GPS, XMP, comments: nothing of the upload's metadata goes public
    return rgb


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(ExifTags.Base.Orientation, 1))
    except Exception:  # a damaged EXIF block must not refuse an otherwise good picture
        return 1


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image.convert("RGB")
