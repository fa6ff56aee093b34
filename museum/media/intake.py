"""Reading an upload: what it is (by its bytes alone), whether it is safe, and its pixels.

Only Pillow's JPEG, PNG, WebP and TIFF plugins ever see an upload's bytes. Every refusal is a
MediaError whose message names the file and the reason, with the HTTP status that fits it:
400 an empty file, 413 too many pixels, 415 not an accepted kind of image, 422 a damaged one.
What decode() returns is a fresh image holding pixels only: no EXIF, XMP, ICC profile, comment
or trailing bytes of the upload can reach a derivative made from it.
"""

import io
import warnings
from dataclasses import dataclass

from flask import has_app_context
from flask_babel import format_number
from flask_babel import gettext as _
from PIL import ExifTags, Image, ImageCms, UnidentifiedImageError

ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF")
# Pillow reports a JPEG with a multi-picture (MPF) index, as some cameras write, as MPO.
SAME_AS = {"MPO": "JPEG"}
SIXTEEN_BIT_MODES = {"I;16", "I;16B", "I;16L", "I;16N", "I"}
WHITE = (255, 255, 255)
_SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")
EMPTY, TOO_LARGE, UNSUPPORTED, DAMAGED = 400, 413, 415, 422

# We refuse an image over the pixel cap ourselves, right after reading its header; Pillow's
# warning for it would only be noise (and warnings.catch_warnings is not thread-safe).
warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)


class MediaError(ValueError):
    """An upload that cannot be accepted; the message names the file and the reason."""

    def __init__(self, message: str, status: int = DAMAGED) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Upload:
    """A checked upload: its format and its size as stored (before EXIF rotation)."""

    format: str
    width: int
    height: int


def sniff(data: bytes, filename: str, max_pixels: int) -> Upload:
    """Identify the image from its header, refusing other files and bombs before decoding."""
    with _opened(data, filename, max_pixels) as image:
        return Upload(_format_of(image), image.width, image.height)


def decode(
    data: bytes, filename: str, max_pixels: int, fit_within: int | None = None
) -> Image.Image:
    """Decode the whole image, upright, as sRGB RGB with no metadata left.

    With `fit_within`, a JPEG may be decoded at 1/2, 1/4 or 1/8 scale (never smaller than that
    long edge): the decoder skips most of the work and memory.
    """
    with _opened(data, filename, max_pixels) as image:
        try:
            if fit_within and image.format in ("JPEG", "MPO"):
                image.draft("RGB", _box_for(image.size, fit_within))
            image.load()
        except MemoryError as exc:
            raise MediaError(_too_large(filename, max_pixels), TOO_LARGE) from exc
        except Exception as exc:  # Pillow's decoders raise many types on broken input.
            raise _damaged(filename) from exc
        # Past the decoder, on pixels in memory: an exception here is our bug, for the fuzzer
        # (bench/fuzz_intake.py) to find, not a damaged file.
        return _fresh(_display_rgb(image))


def _opened(data: bytes, filename: str, max_pixels: int) -> Image.Image:
    if not data:
        raise MediaError(_("%(file)s: the file is empty.", file=filename), EMPTY)
    Image.MAX_IMAGE_PIXELS = max_pixels  # Pillow itself refuses twice this while parsing
    try:
        image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
    except Image.DecompressionBombError as exc:
        raise MediaError(_too_large(filename, max_pixels), TOO_LARGE) from exc
    except UnidentifiedImageError as exc:
        # A file that starts like an accepted image but cannot be parsed is a damaged one.
        raise (_damaged if _looks_accepted(data) else _unsupported)(filename) from exc
    except Exception as exc:
        raise _damaged(filename) from exc
    if _format_of(image) not in ACCEPTED_FORMATS:
        image.close()
        raise _unsupported(filename)
    if image.width * image.height > max_pixels:
        image.close()
        raise MediaError(_too_large(filename, max_pixels), TOO_LARGE)
    return image


def _format_of(image: Image.Image) -> str:
    return SAME_AS.get(image.format or "", image.format or "")


def _looks_accepted(data: bytes) -> bool:
    return data.startswith(MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def _unsupported(filename: str) -> MediaError:
    return MediaError(
        _("%(file)s: not a JPEG, PNG, WebP or TIFF image.", file=filename), UNSUPPORTED
    )


def _damaged(filename: str) -> MediaError:
    return MediaError(_("%(file)s: the image is damaged or incomplete.", file=filename), DAMAGED)


def _too_large(filename: str, max_pixels: int) -> str:
    limit = format_number(max_pixels) if has_app_context() else f"{max_pixels:,}"
    return _(
        "%(file)s: the image has more than %(limit)s pixels, the most accepted.",
        file=filename,
        limit=limit,
    )


def _box_for(size: tuple[int, int], long_edge: int) -> tuple[int, int]:
    scale = long_edge / max(size)
    return max(1, round(size[0] * scale)), max(1, round(size[1] * scale))


def _display_rgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    method = TRANSPOSE.get(_orientation(image))
    # transpose() and convert() copy even when there is nothing to do: on a 24 MP scan each
    # copy costs ~100 MB and tens of milliseconds, so call them only when needed.
    upright = image.transpose(method) if method is not None else image
    if upright.mode == "La":  # TIFF's grey with premultiplied alpha: Pillow converts only to LA
        upright = upright.convert("LA")
    if upright.mode in SIXTEEN_BIT_MODES:
        # Pillow's plain convert() clips 16-bit values to white: scale them down first.
        upright = upright.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    if upright.mode in ("RGBA", "RGBa", "LA", "PA", "P") or "transparency" in upright.info:
        rgba = upright.convert("RGBA")
        upright = Image.new("RGB", rgba.size, WHITE)
        upright.paste(rgba, mask=rgba.getchannel("A"))
    if icc:
        return _to_srgb(upright, icc)
    return upright if upright.mode == "RGB" else upright.convert("RGB")


def _fresh(image: Image.Image) -> Image.Image:
    """The pixels alone in a new plain Image: nothing else the upload held comes along.

    Converted images are new already; the decoded file itself (an RGB upload that needed no
    conversion) is copied, so no ImageFile attribute or info entry can reach an encoder.
    """
    fresh = image if type(image) is Image.Image else image.copy()
    fresh.info = {}
    return fresh


def _orientation(image: Image.Image) -> int:
    try:
        return int(image.getexif().get(ExifTags.Base.Orientation, 1))
    except Exception:  # a damaged EXIF block must not refuse an otherwise good picture
        return 1


def _to_srgb(image: Image.Image, icc: bytes) -> Image.Image:
    # Derivatives carry no ICC profile: their pixels are converted to sRGB, which is what
    # browsers assume for an untagged image, so the colours stay right without one.
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.profileToProfile(image, source, _SRGB, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image if image.mode == "RGB" else image.convert("RGB")
