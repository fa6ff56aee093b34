"""A corpus of hostile uploads, built in memory each run (the repository holds no binary file).

`corpus()` returns about forty files: decompression bombs, truncated and damaged images, files
that are not images at all (some dressed up as one), images of formats the museum does not
accept, hostile file names, and valid images that carry a payload (HTML appended, a script in
a comment or in metadata, extra pages). `over_limit_body()` and `many_parts()` build the two
hostile requests that are not files. `python tests/hostile_uploads.py DIR` writes the files out
to look at them.
"""

import io
import struct
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw

EMPTY, TOO_LARGE, UNSUPPORTED, DAMAGED = 400, 413, 415, 422
SCRIPT = b"<script>alert(document.cookie)</script>"
HTML = b"<html><body onload=alert(1)><h1>pwned</h1></body></html>"
PHP = b'<?php system($_GET["cmd"]); ?>'
MARKER = b"HOSTILE-PAYLOAD-7f3a"  # text in metadata fields, to look for in public files
PAYLOADS = (SCRIPT, HTML, PHP, MARKER, b"<script", b"<html", b"<?php")


@dataclass(frozen=True)
class Hostile:
    """One upload: the name it is sent under, its bytes, and what must happen to it.

    `refused` lists the statuses that fit; empty means a valid image that may be accepted, in
    which case none of `payloads` may reach a public file. `reason` is part of the message.
    """

    key: str
    filename: str
    data: bytes
    refused: tuple[int, ...] = ()
    reason: str = ""
    payloads: tuple[bytes, ...] = field(default=PAYLOADS)


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def picture(size: tuple[int, int] = (320, 240), colour: str = "teal") -> Image.Image:
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    inset = min(size) // 8
    draw.ellipse((inset, inset, size[0] - inset, size[1] - inset), outline="white", width=2)
    draw.rectangle((0, 0, size[0] // 3, size[1] // 3), fill="orange")
    return image


# --- bombs: tiny files whose headers declare billions of pixels ------------------------------


def png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png_bomb(width: int = 15_000, height: int = 15_000) -> bytes:
    """A real 1-bit PNG of a blank page: 225 million pixels in a few dozen kilobytes."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width + 7) // 8)
    packer = zlib.compressobj(9)
    pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", pixels)
        + png_chunk(b"IEND", b"")
    )


def png_header_bomb() -> bytes:
    """A PNG whose header declares 4 billion pixels over 64 bytes of data."""
    header = struct.pack(">IIBBBBB", 65_535, 65_535, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def tiff_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A little-endian TIFF: one PackBits strip that claims to hold 10 billion grey pixels."""
    strip = b"\x81\x00" * 64  # PackBits: runs of 128 zero bytes
    entries = [
        (256, 4, 1, width),  # ImageWidth, LONG
        (257, 4, 1, height),  # ImageLength
        (258, 3, 1, 8),  # BitsPerSample
        (259, 3, 1, 32773),  # Compression: PackBits
        (262, 3, 1, 1),  # Photometric: black is zero
        (273, 4, 1, 8),  # StripOffsets: right after the header
        (277, 3, 1, 1),  # SamplesPerPixel
        (278, 4, 1, height),  # RowsPerStrip
        (279, 4, 1, len(strip)),  # StripByteCounts
    ]
    ifd_offset = 8 + len(strip)
    ifd = struct.pack("<H", len(entries))
    for tag, kind, count, value in entries:
        packed = struct.pack("<I", value) if kind == 4 else struct.pack("<HH", value, 0)
        ifd += struct.pack("<HHI", tag, kind, count) + packed
    return b"II*\x00" + struct.pack("<I", ifd_offset) + strip + ifd + struct.pack("<I", 0)


def riff_webp(chunks: bytes) -> bytes:
    body = b"WEBP" + chunks
    return b"RIFF" + struct.pack("<I", len(body)) + body


def webp_chunk(tag: bytes, data: bytes) -> bytes:
    return tag + struct.pack("<I", len(data)) + data + (b"\x00" if len(data) % 2 else b"")


def webp_bomb() -> bytes:
    """A lossless WebP of the largest size the format allows, 16383 x 16383 (268 MP)."""
    bits = (16_383 - 1) | ((16_383 - 1) << 14)
    return riff_webp(webp_chunk(b"VP8L", b"\x2f" + struct.pack("<I", bits) + b"\x00" * 24))


def webp_canvas_bomb() -> bytes:
    """An extended WebP whose canvas is 100,000 pixels a side around an 8 x 8 picture."""
    small = encode(picture((8, 8)), "WEBP", lossless=True)
    side = (100_000 - 1).to_bytes(3, "little")
    return riff_webp(webp_chunk(b"VP8X", b"\x00\x00\x00\x00" + side + side) + small[12:])


def jpeg_bomb() -> bytes:
    """A JPEG whose frame header (SOF0) says 65,000 x 65,000."""
    data = bytearray(encode(picture((64, 64)), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", 65_000, 65_000)
    return bytes(data)


# --- damaged images -------------------------------------------------------------------------


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    return data[: int(len(data) * keep)]


def png_bad_crc() -> bytes:
    data = bytearray(encode(picture(), "PNG"))
    idat = data.index(b"IDAT")
    data[idat + 40] ^= 0xFF  # a flipped byte inside the compressed pixels
    return bytes(data)


# --- not images, or not images the museum accepts ------------------------------------------


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<script type="text/javascript">alert(document.domain)</script>'
    b'<rect width="100" height="100" fill="red" onload="alert(1)"/></svg>'
)
EPS = (
    b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n"
    b"(/etc/passwd) (r) file 100 string readstring pop print\nshowpage\n%%EOF\n"
)


def psd() -> bytes:
    """A Photoshop file: header, no colour data, no resources, one 1x1 RGB raw image."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 1, 1, 8, 3)
    return header + struct.pack(">III", 0, 0, 0) + struct.pack(">H", 0) + b"\x80" * 3


def animated_gif() -> bytes:
    frames = [picture((64, 64), colour) for colour in ("red", "green", "blue")]
    return encode(frames[0], "GIF", save_all=True, append_images=frames[1:], duration=100)


def pdf() -> bytes:
    return encode(picture(), "PDF") + b"\n%" + SCRIPT


def avif_header() -> bytes:
    """The start of an AVIF (HEIF) file: an ftyp box and an empty meta box."""
    ftyp = struct.pack(">I", 28) + b"ftypavif" + b"\x00\x00\x00\x00" + b"avifmif1miaf"
    return ftyp + struct.pack(">I", 12) + b"meta" + b"\x00" * 4


# --- valid images that carry something -----------------------------------------------------


def jpeg_with_comment() -> bytes:
    return encode(picture(), "JPEG", comment=SCRIPT + MARKER)


def large_jpeg_with_everything() -> bytes:
    """Wide enough for deep-zoom tiles; a comment, EXIF, XMP and HTML after the end."""
    exif = Image.Exif()
    exif[0x010E] = (SCRIPT + MARKER).decode()
    image = picture((2700, 400))
    data = encode(image, "JPEG", comment=SCRIPT + MARKER, exif=exif, xmp=HTML + MARKER)
    return data + HTML + PHP


def jpeg_with_metadata() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = (SCRIPT + MARKER).decode()  # ImageDescription
    exif[0x013B] = HTML.decode()  # Artist
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">' + SCRIPT + MARKER + b"</x:xmpmeta>"
    return encode(picture(), "JPEG", exif=exif, xmp=xmp)


def jpeg_with_bad_icc() -> bytes:
    return encode(picture(), "JPEG", icc_profile=b"\x00\x00\x01\x00acsp" + SCRIPT + MARKER)


def png_with_text() -> bytes:
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", (SCRIPT + MARKER).decode())
    info.add_text("Description", HTML.decode(), zip=True)
    info.add_itxt("XML:com.adobe.xmp", PHP.decode(), zip=False)
    return encode(picture(), "PNG", pnginfo=info)


def multipage_tiff() -> bytes:
    """Page 1 a picture; page 2 raw grey pixels that spell out the payloads."""
    text = (SCRIPT + HTML + PHP + MARKER) * 4
    page = Image.frombytes("L", (len(text), 1), text)
    return encode(picture(), "TIFF", save_all=True, append_images=[page])


def tiff_with_description() -> bytes:
    return encode(picture(), "TIFF", description=(SCRIPT + MARKER).decode())


def tiff_premultiplied_grey() -> bytes:
    """Grey with premultiplied alpha (ExtraSamples = 1), which Pillow reads as mode "La"."""
    data = bytearray(encode(Image.new("LA", (64, 48), (90, 200)), "TIFF", description=MARKER))
    ifd = struct.unpack_from("<I", data, 4)[0]
    for number in range(struct.unpack_from("<H", data, ifd)[0]):
        entry = ifd + 2 + 12 * number
        if struct.unpack_from("<H", data, entry)[0] == 338:  # ExtraSamples
            struct.pack_into("<H", data, entry + 8, 1)
    return bytes(data)


def webp_with_metadata() -> bytes:
    exif = Image.Exif()
    exif[0x010E] = (SCRIPT + MARKER).decode()
    return encode(picture(), "WEBP", exif=exif, xmp=HTML + MARKER)


def mpo() -> bytes:
    """A multi-picture JPEG, as stereo cameras write: the second picture is another image."""
    second = picture((320, 240), "purple")
    return encode(picture(), "MPO", save_all=True, append_images=[second])


def apng() -> bytes:
    frames = [picture((96, 96), colour) for colour in ("navy", "maroon")]
    return encode(frames[0], "PNG", save_all=True, append_images=frames[1:], duration=200)


# --- the corpus --------------------------------------------------------------------------


def _refused(key: str, name: str, make: Callable[[], bytes], status: int, reason: str) -> Hostile:
    return Hostile(key, name, make(), (status,), reason)


def corpus() -> list[Hostile]:
    """Every hostile file, freshly built."""
    jpeg = encode(picture(), "JPEG", quality=90)
    png = encode(picture(), "PNG")
    webp = encode(picture(), "WEBP")
    tiff = encode(picture(), "TIFF", compression="tiff_lzw")
    refused = [
        ("png-bomb", "blank-page.png", png_bomb, TOO_LARGE, "pixels, the most accepted"),
        ("png-header-bomb", "tiny.png", png_header_bomb, TOO_LARGE, "pixels, the most"),
        ("tiff-bomb", "scan.tif", tiff_bomb, TOO_LARGE, "pixels, the most accepted"),
        ("webp-bomb", "photo.webp", webp_bomb, TOO_LARGE, "pixels, the most accepted"),
        ("webp-canvas-bomb", "canvas.webp", webp_canvas_bomb, TOO_LARGE, "pixels, the most"),
        ("jpeg-bomb", "huge.jpg", jpeg_bomb, TOO_LARGE, "pixels, the most accepted"),
        ("empty", "empty.jpg", lambda: b"", EMPTY, "the file is empty"),
        ("truncated-jpeg", "half.jpg", lambda: truncated(jpeg), DAMAGED, "damaged or incomplete"),
        ("truncated-png", "half.png", lambda: truncated(png), DAMAGED, "damaged or incomplete"),
        ("truncated-webp", "half.webp", lambda: truncated(webp), DAMAGED, "damaged or"),
        ("truncated-tiff", "half.tif", lambda: truncated(tiff, 0.3), DAMAGED, "damaged or"),
        ("png-signature-only", "sig.png", lambda: png[:12], DAMAGED, "damaged or incomplete"),
        ("jpeg-marker-only", "soi.jpg", lambda: jpeg[:3], DAMAGED, "damaged or incomplete"),
        ("png-bad-crc", "crc.png", png_bad_crc, DAMAGED, "damaged or incomplete"),
        ("html-as-jpeg", "page.jpg", lambda: HTML, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("svg-script", "drawing.svg", lambda: SVG, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("svg-as-png", "drawing.png", lambda: SVG, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("php-as-jpeg", "shell.php.jpg", lambda: PHP, UNSUPPORTED, "not a JPEG, PNG, WebP"),
        ("gif", "logo.gif", lambda: encode(picture(), "GIF"), UNSUPPORTED, "not a JPEG, PNG"),
        ("animated-gif", "anim.gif", animated_gif, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("pdf", "scan.pdf", pdf, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("psd", "layers.psd", psd, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("eps", "figure.eps", lambda: EPS, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("ico", "favicon.ico", lambda: encode(picture((32, 32)), "ICO"), UNSUPPORTED, "not a"),
        ("bmp", "paint.bmp", lambda: encode(picture(), "BMP"), UNSUPPORTED, "not a JPEG, PNG"),
        ("ppm", "raw.ppm", lambda: encode(picture(), "PPM"), UNSUPPORTED, "not a JPEG, PNG"),
        ("avif", "phone.avif", avif_header, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("exe", "setup.jpg", lambda: b"MZ\x90\x00" + b"\x00" * 60, UNSUPPORTED, "not a JPEG"),
        ("nul-name", "shell\x00.jpg", lambda: PHP, UNSUPPORTED, "not a JPEG, PNG, WebP or TIFF"),
        ("rtl-name", "photo\u202egpj.exe", lambda: HTML, UNSUPPORTED, "not a JPEG, PNG, WebP"),
        ("unicode-name", "Ашгабат — музей ✓.jpg", lambda: truncated(jpeg, 0.3), DAMAGED, "damaged"),
        ("traversal-name", "../../../../tmp/x.jpg", lambda: SVG, UNSUPPORTED, "not a JPEG, PNG"),
    ]
    files = [_refused(*entry) for entry in refused]
    carriers = [
        ("jpeg-html-appended", "appended.jpg", jpeg + HTML + PHP),
        ("jpeg-script-comment", "comment.jpg", jpeg_with_comment()),
        ("jpeg-exif-xmp", "metadata.jpg", jpeg_with_metadata()),
        ("jpeg-bad-icc", "icc.jpg", jpeg_with_bad_icc()),
        ("jpeg-large-tiled", "wide.jpg", large_jpeg_with_everything()),
        ("png-text-chunks", "text.png", png_with_text()),
        ("png-after-iend", "tail.png", png + PHP + SCRIPT),
        ("multipage-tiff", "pages.tif", multipage_tiff()),
        ("tiff-description", "described.tif", tiff_with_description()),
        ("tiff-premultiplied-grey", "grey-alpha.tif", tiff_premultiplied_grey()),
        ("webp-exif-xmp", "metadata.webp", webp_with_metadata()),
        ("mpo", "stereo.jpg", mpo()),
        ("apng", "moving.png", apng()),
        ("valid-nul-name", "evil\x00.jpg", jpeg + SCRIPT),
    ]
    files += [Hostile(key, name, data) for key, name, data in carriers]
    return files


def over_limit_body(size: int) -> bytes:
    """`size` bytes of a would-be JPEG: the test sizes it so the request is one byte over."""
    return b"\xff\xd8\xff" + b"\x00" * (size - 3)


def many_parts(count: int = 1001) -> dict[str, str]:
    """Form fields enough to exceed Werkzeug's MAX_FORM_PARTS (1000) by one and more."""
    return {f"field-{number}": "x" for number in range(count)}


def main(folder: str) -> None:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for item in corpus():
        (out / f"{item.key}.bin").write_bytes(item.data)
        print(f"{item.key:24} {len(item.data):>9,} bytes  {item.refused or 'may be accepted'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
