"""Good and bad image files, made by the tests themselves."""

import io
import struct
import zlib

from PIL import ExifTags, Image, ImageDraw


def encode(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def halves(size=(400, 200), left="red", right="blue") -> Image.Image:
    """An image whose left half and right half differ, to see where rotation put them."""
    image = Image.new("RGB", size, right)
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2, size[1]), fill=left)
    return image


def jpeg(size=(3000, 2000), **options) -> bytes:
    return encode(halves(size), "JPEG", quality=90, **options)


def bomb_png(width: int = 50_000, height: int = 50_000) -> bytes:
    """A tiny PNG whose header declares a huge image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def truncated_jpeg() -> bytes:
    data = jpeg((1200, 900))
    return data[: len(data) // 2]


def gps_jpeg() -> bytes:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SpyCam"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (55.0, 45.0, 21.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (37.0, 37.0, 4.0)
    return encode(halves((800, 600)), "JPEG", exif=exif, comment=b"<script>alert(1)</script>")


def rotated_jpeg() -> bytes:
    """Stored 400x200 with the left half red; EXIF orientation 6 shows it turned a quarter
    clockwise: 200x400 with red on top."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    return encode(halves((400, 200)), "JPEG", exif=exif)


def sixteen_bit_png() -> bytes:
    gradient = Image.linear_gradient("L").resize((256, 256)).convert("I")
    wide = gradient.point(lambda value: value * 257)  # 0..65535
    return encode(wide.convert("I;16"), "PNG")


def cmyk_jpeg() -> bytes:
    return encode(Image.new("CMYK", (300, 200), (0, 255, 255, 0)), "JPEG")


def transparent_palette_png() -> bytes:
    image = Image.new("P", (100, 100), 0)
    image.putpalette([0, 0, 0, 0, 128, 0] + [0] * 762)
    ImageDraw.Draw(image).rectangle((50, 0, 99, 99), fill=1)
    return encode(image, "PNG", transparency=0)


NOT_IMAGES = {
    "empty.jpg": (b"", "the file is empty"),
    "page.jpg": (b"<!doctype html><html><body>hello</body></html>", "not a JPEG"),
    "drawing.svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>',
        "not a JPEG",
    ),
    "scan.pdf": (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "not a JPEG"),
    "setup.exe": (b"MZ\x90\x00" + b"\x00" * 60, "not a JPEG"),
}
