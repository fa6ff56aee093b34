"""Pictures for the demo collection, drawn with Pillow at load time (no binary assets).

``render(motif, title=..., seed=..., size=...)`` draws one of the motifs in ``MOTIFS`` at the
requested size. Every variation comes from ``random.Random`` seeded by the motif and the seed,
so the same arguments always give the same pixels.
"""

from __future__ import annotations

import itertools
import math
import random
import threading
from collections.abc import Callable
from functools import partial

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

Color = tuple[int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

MOTIFS: dict[str, str] = {
    "decree": "Typed decree on aged paper with a heading, signature and round customs stamp",
    "declaration": "Customs declaration form with ruled boxes, handwritten fields and a stamp",
    "service_book": "Open service booklet: photo, personal details and a service record",
    "letter": "Official letter on letterhead, handwritten, signed and stamped",
    "certificate": "Certificate or diploma with an ornamental border, emblem and stamp",
    "map": "Hand-drawn border map: river, dashed border line, roads and customs posts",
    "customs_post": "Old photograph of a customs post building with a flag and a barrier",
    "staff_group": "Old group photograph of uniformed staff in caps, in two rows",
    "portrait": "Old head-and-shoulders photograph of an officer in a uniform cap",
    "border_barrier": "Old photograph of a striped boom barrier, road and guard box",
    "vehicle_inspection": "Old photograph of officers inspecting a truck",
    "cargo_port": "Old photograph of a cargo port: cranes, containers, crates and a ship",
    "seal_press": "Cast-iron seal press photographed on a studio background",
    "inspection_mirror": "Inspection mirror on a telescopic pole",
    "scales": "Brass balance scales with pans and weights",
    "rubber_stamp": "Wooden rubber stamp with an ink pad tin",
    "radio_set": "Field radio set with dials, speaker grille and antenna",
    "typewriter": "Office typewriter with a sheet of paper",
    "telephone": "Rotary-dial desk telephone",
    "desk_lamp": "Banker's desk lamp with a green glass shade",
    "binoculars": "Service binoculars with a strap",
    "inkwell": "Glass inkwell with a dip pen on a marble tray",
    "ledger": "Closed thick ledger with a cover label",
    "uniform_cap": "Peaked uniform cap with a badge and chin cord",
    "medal": "Metal medal with an engraved ring of text on a striped ribbon",
    "cup": "Trophy cup on a plinth with an engraved plate",
    "pennant": "Felt pennant with fringe, emblem and text",
    "plaque": "Wooden plaque with an engraved metal plate",
    "desk": "Recreated desk of a customs officer with typewriter, stamp, ledger and phone",
}

_WORDS = (
    "the of and to in on for by with from at customs duty goods cargo border post officer "
    "inspection declared order service station transit tariff seal record article shall be "
    "hereby all any within according regulations control clearance vehicle passenger baggage "
    "permit report staff state district office chief department procedure journal register "
    "accepted approved issued valid shift duty crossing examined consignment"
)
_NAMES = "Petrov Novak Berg Orlov Lind Sokolov Kovalenko Marek Volkov Hansen Ilves Tamm"
WORDS, NAMES = _WORDS.split(), _NAMES.split()
INKS: list[Color] = [(96, 46, 140), (44, 62, 150), (70, 50, 150), (120, 50, 120)]

_local = threading.local()


def _font(px: float) -> Font:
    """The default Pillow font at `px` pixels (bitmap fallback without FreeType)."""
    cache = _local.__dict__.setdefault("fonts", {})
    key = max(6, round(px))
    if key not in cache:
        try:
            cache[key] = ImageFont.load_default(size=key)
        except (ImportError, OSError, AttributeError, TypeError):
            cache[key] = ImageFont.load_default()
    return cache[key]


def _text(d: ImageDraw.ImageDraw, xy, text: str, font: Font, fill, align: str = "l") -> None:
    """Draw `text` with its ink box top at xy[1]; x is the left, centre or right edge."""
    left, top, right, _ = d.textbbox((0, 0), text, font=font)
    x = xy[0] - (right - left) / 2 if align == "c" else xy[0] - (right - left) * (align == "r")
    d.text((x - left, xy[1] - top), text, font=font, fill=fill)


def _wrap(font: Font, text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and font.getlength(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _block(d, text: str, box, max_px: float, fill, max_lines: int = 3, align: str = "c") -> None:
    """Write `text` wrapped and shrunk to fit in box (x0, y0, x1, y1), centred vertically."""
    x0, y0, x1, y1 = box
    px = max_px
    while True:
        font = _font(px)
        lines = _wrap(font, text, x1 - x0)
        lh = (font.getbbox("Ag")[3] - font.getbbox("A")[1]) * 1.25
        fits = all(font.getlength(line) <= x1 - x0 for line in lines)
        if (fits and len(lines) <= max_lines and len(lines) * lh <= y1 - y0) or px < 9:
            break
        px *= 0.88
    lines = lines[:max_lines]
    y = (y0 + y1) / 2 - len(lines) * lh / 2
    for line in lines:
        x = {"c": (x0 + x1) / 2, "l": x0, "r": x1}[align]
        _text(d, (x, y), line, font, fill, align)
        y += lh


def _noise(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Uniform seeded noise (Image.effect_noise is not seedable)."""
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def _smooth(rng: random.Random, size: tuple[int, int], cells: int) -> Image.Image:
    w, h = size
    grid = (max(2, cells), max(2, round(cells * h / w)))
    return _noise(rng, grid).resize(size, Image.Resampling.BICUBIC)


def _grain(tone: Image.Image, rng: random.Random, amp: int) -> Image.Image:
    """Add +-amp/2 of fine noise to an L image."""
    noise = _noise(rng, tone.size).point(lambda v: v * amp // 255)
    return ImageChops.add(tone, noise, 1, -(amp // 2))


def _lut(stops: list[tuple[int, object]]) -> list[list[int]]:
    """Per-band lookup tables interpolating (position, colour) stops over 0..255."""
    bands = 1 if isinstance(stops[0][1], int) else 3
    cols = [(p, (c,) if bands == 1 else c) for p, c in stops]
    tables: list[list[int]] = [[] for _ in range(bands)]
    for v in range(256):
        for (p0, c0), (p1, c1) in itertools.pairwise(cols):
            if v <= p1 or p1 == cols[-1][0]:
                t = 0.0 if p1 == p0 else min(1.0, max(0.0, (v - p0) / (p1 - p0)))
                for b in range(bands):
                    tables[b].append(round(c0[b] + (c1[b] - c0[b]) * t))
                break
    return tables


def _tint(gray: Image.Image, stops: list[tuple[int, object]]) -> Image.Image:
    tables = _lut(stops)
    if len(tables) == 1:
        return gray.point(tables[0])
    return Image.merge("RGB", [gray.point(t) for t in tables])


def _mix(c1, c2, t: float):
    if isinstance(c1, int):
        return round(c1 + (c2 - c1) * t)
    return tuple(round(a + (b - a) * t) for a, b in zip(c1, c2, strict=True))


def _star_pts(cx: float, cy: float, r: float, n: int = 5, inner: float = 0.42, rot: float = -90):
    return [
        (
            cx + (r if i % 2 == 0 else r * inner) * math.cos(math.radians(rot + i * 180 / n)),
            cy + (r if i % 2 == 0 else r * inner) * math.sin(math.radians(rot + i * 180 / n)),
        )
        for i in range(2 * n)
    ]


def _ring_text(img: Image.Image, text: str, cx, cy, radius, px, fill) -> None:
    """Letters spread evenly around a circle, tops facing outwards."""
    font = _font(px)
    cell = round(px * 2)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        ang = -90 + i * 360 / len(text)
        glyph = Image.new("L", (cell, cell), 0)
        _text(ImageDraw.Draw(glyph), (cell / 2, cell / 2 - px * 0.36), ch, font, 255, "c")
        glyph = glyph.rotate(-(ang + 90), Image.Resampling.BICUBIC)
        x = cx + radius * math.cos(math.radians(ang)) - cell / 2
        y = cy + radius * math.sin(math.radians(ang)) - cell / 2
        img.paste(fill, (round(x), round(y)), glyph)


class _Kit:
    """Draws in object units: x to the right of cx, y up from by, one unit = s pixels."""

    def __init__(self, img: Image.Image, cx: float, by: float, s: float):
        self.img, self.cx, self.by, self.s = img, cx, by, s
        self.d = ImageDraw.Draw(img)

    def p(self, x: float, y: float) -> tuple[float, float]:
        return (self.cx + x * self.s, self.by - y * self.s)

    def box(self, x0, y0, x1, y1) -> tuple[float, float, float, float]:
        (a, b), (c, e) = self.p(x0, y0), self.p(x1, y1)
        return (min(a, c), min(b, e), max(a, c), max(b, e))

    def w(self, units: float) -> int:
        return max(1, round(units * self.s))

    def rect(self, x0, y0, x1, y1, fill=None, outline=None, width=0.0, r=0.0) -> None:
        wd = self.w(width) if outline is not None else 0
        self.d.rounded_rectangle(self.box(x0, y0, x1, y1), r * self.s, fill, outline, wd)

    def oval(self, x0, y0, x1, y1, fill=None, outline=None, width=0.0) -> None:
        wd = self.w(width) if outline is not None else 0
        self.d.ellipse(self.box(x0, y0, x1, y1), fill, outline, wd)

    def circle(self, x, y, r, fill=None, outline=None, width=0.0) -> None:
        self.oval(x - r, y - r, x + r, y + r, fill, outline, width)

    def poly(self, pts, fill=None, outline=None, width=0.0) -> None:
        wd = self.w(width) if outline is not None else 0
        self.d.polygon([self.p(x, y) for x, y in pts], fill, outline, wd)

    def line(self, pts, fill, width=0.01) -> None:
        self.d.line([self.p(x, y) for x, y in pts], fill, self.w(width), "curve")

    def arc(self, x0, y0, x1, y1, start, end, fill, width=0.01) -> None:
        self.d.arc(self.box(x0, y0, x1, y1), start, end, fill, self.w(width))

    def text(self, x, y, text: str, size: float, fill, max_w: float | None = None) -> None:
        """Text centred on (x, y), shrunk to max_w units when given."""
        if max_w is not None:
            hw, hh = max_w / 2, size * 0.8
            x0, y0, x1, y1 = self.box(x - hw, y - hh, x + hw, y + hh)
            _block(self.d, text, (x0, y0, x1, y1), size * self.s, fill, max_lines=2)
            return
        font = _font(size * self.s)
        _text(
            self.d, (self.p(x, y)[0], self.p(x, y)[1] - size * self.s * 0.4), text, font, fill, "c"
        )

    def grad(self, shape, coords, c1, c2, axis="v", metal=False, r=0.0, angles=(0, 180)) -> None:
        """Fill a rect/oval/poly/chord with a gradient (top-to-bottom, left-to-right or radial)."""
        if shape == "poly":
            pts = [self.p(x, y) for x, y in coords]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            bbox = (min(xs), min(ys), max(xs), max(ys))
        else:
            bbox = self.box(*coords)
        x0, y0 = math.floor(bbox[0]), math.floor(bbox[1])
        bw, bh = math.ceil(bbox[2]) - x0 + 1, math.ceil(bbox[3]) - y0 + 1
        mask = Image.new("L", (bw, bh), 0)
        md = ImageDraw.Draw(mask)
        local = (bbox[0] - x0, bbox[1] - y0, bbox[2] - x0, bbox[3] - y0)
        if shape == "poly":
            md.polygon([(x - x0, y - y0) for x, y in pts], 255)
        elif shape == "oval":
            md.ellipse(local, 255)
        elif shape == "chord":
            md.chord(local, angles[0], angles[1], 255)
        else:
            md.rounded_rectangle(local, r * self.s, 255)
        g = Image.radial_gradient("L") if axis == "r" else Image.linear_gradient("L")
        if axis == "h":
            g = g.transpose(Image.Transpose.ROTATE_90)
        g = g.resize((bw, bh), Image.Resampling.BILINEAR)
        if metal:
            stops = [(0, _mix(c1, c2, 0.4)), (80, c2), (120, _mix(c1, c2, 0.75))]
            stops += [(205, c1), (255, _mix(c1, c2, 0.35))]
        else:
            stops = [(0, c1), (255, c2)]
        self.img.paste(_tint(g, stops), (x0, y0), mask)


def _figure(k: _Kit, x: float, y: float, hgt: float, tone: int, face: int) -> None:
    """A standing uniformed figure in a peaked cap, feet at (x, y)."""
    u, dark = hgt, max(0, tone - 35)
    for sgn in (-1, 1):
        k.rect(x + sgn * 0.012 * u, y, x + sgn * 0.072 * u, y + 0.48 * u, tone - 12)
        k.rect(x + sgn * 0.006 * u, y, x + sgn * 0.08 * u, y + 0.06 * u, dark)
        arm = [(sgn * 0.13, 0.8), (sgn * 0.17, 0.47), (sgn * 0.125, 0.46), (sgn * 0.1, 0.72)]
        k.poly([(x + ax * u, y + ay * u) for ax, ay in arm], tone - 6)
        k.circle(x + sgn * 0.15 * u, y + 0.455 * u, 0.026 * u, face)
    torso = [(-0.13, 0.8), (0.13, 0.8), (0.11, 0.44), (-0.11, 0.44)]
    k.poly([(x + tx * u, y + ty * u) for tx, ty in torso], tone)
    k.rect(x - 0.112 * u, y + 0.5 * u, x + 0.112 * u, y + 0.535 * u, dark)
    for i in range(3):
        k.circle(x, y + (0.58 + 0.07 * i) * u, 0.01 * u, min(255, tone + 90))
    k.rect(x - 0.032 * u, y + 0.78 * u, x + 0.032 * u, y + 0.845 * u, face)
    k.oval(x - 0.058 * u, y + 0.825 * u, x + 0.058 * u, y + 0.955 * u, face)
    k.oval(x - 0.085 * u, y + 0.935 * u, x + 0.085 * u, y + 0.995 * u, tone - 20)
    k.rect(x - 0.062 * u, y + 0.91 * u, x + 0.062 * u, y + 0.955 * u, dark)
    k.oval(x - 0.066 * u, y + 0.897 * u, x + 0.066 * u, y + 0.925 * u, max(0, tone - 50))


# --------------------------------------------------------------------------- documents


def _paper(rng: random.Random, size: tuple[int, int], crease: bool = False) -> Image.Image:
    """Yellowed paper: mottling, stains, darker edges and corners, fine grain."""
    w, h = size
    sw = max(24, min(320, w // 6))
    sh = max(24, round(sw * h / w))
    tone = _smooth(rng, (sw, sh), 6).point(lambda v: 20 + v * 28 // 255)
    edge = Image.radial_gradient("L").resize((sw, sh)).point(lambda v: max(0, v - 140) // 2)
    ed = ImageDraw.Draw(edge)
    band = max(3, sw // 22)
    for i in range(band):
        ed.rectangle((i, i, sw - 1 - i, sh - 1 - i), outline=int(110 * (1 - i / band) ** 2))
    for _ in range(rng.randint(0, 3)):
        r = rng.uniform(0.05, 0.16) * sw
        x, y = rng.uniform(0, sw), rng.uniform(0, sh)
        ed.ellipse((x - r, y - r * 0.9, x + r, y + r * 0.9), fill=10, outline=34, width=1)
    if crease:
        ed.line((0, sh / 2, sw, sh / 2 + rng.uniform(-2, 2)), fill=30, width=1)
    tone = ImageChops.add(tone, edge).filter(ImageFilter.GaussianBlur(max(0.8, sw / 260)))
    tone = _grain(tone.resize(size, Image.Resampling.BICUBIC), rng, 16)
    warm = rng.uniform(-8, 8)
    light = (240, int(229 + warm / 2), int(196 + warm))
    return _tint(
        tone, [(0, light), (100, (212, 186, 132)), (190, (150, 108, 60)), (255, (90, 60, 30))]
    )


def _line_words(rng: random.Random, font: Font, width: float) -> str:
    words = [rng.choice(WORDS).capitalize()]
    while True:
        word = rng.choice(WORDS)
        if font.getlength(" ".join([*words, word])) > width:
            return " ".join(words)
        words.append(word)


def _typed(d, rng, box, px: float, ink, numbered: bool = False) -> None:
    """Paragraphs of typed lines filling box."""
    x0, y0, x1, y1 = box
    font, lh, y, number = _font(px), px * 1.55, y0, 1
    while y + lh <= y1:
        count = rng.randint(2, 5)
        for i in range(count):
            if y + lh > y1:
                break
            x = x0 + (px * 2 if i == 0 else 0)
            if numbered and i == 0:
                _text(d, (x0, y), f"{number}.", font, ink)
                number += 1
            width = (x1 - x) * (rng.uniform(0.3, 0.8) if i == count - 1 else 1.0)
            jitter = rng.uniform(-0.06, 0.06) * px
            _text(d, (x + jitter, y + jitter), _line_words(rng, font, width), font, ink)
            y += lh
        y += lh * 0.4


def _scribble(d, rng, x0: float, y: float, x1: float, xh: float, ink, width: int) -> None:
    """Handwriting-like cursive loops from x0 to x1 with baseline y and letter height xh."""
    x = x0
    while x < x1 - xh:
        end = min(x1, x + xh * rng.uniform(1.5, 6))
        steps = max(4, int((end - x) / (xh * 0.09)))
        pts, amp = [], 1.0
        for i in range(steps):
            if i % 7 == 0:
                amp = rng.choice((0.8, 1.0, 1.0, 1.1, 1.9, -1.6))
            a = i * 0.9
            px = x + i * xh * 0.09 + 0.35 * xh * math.cos(a)
            py = y - xh * 0.5 - 0.5 * xh * math.sin(a) * (amp if math.sin(a) * amp > 0 else 1)
            pts.append((px, py))
        d.line(pts, fill=ink, width=width, joint="curve")
        x = end + xh * rng.uniform(0.8, 1.5)


def _stamp(img: Image.Image, rng: random.Random, cx: float, cy: float, dia: float) -> None:
    """Round customs stamp: two rings, text around, star in the middle; rotated and faded."""
    n = max(40, round(dia))
    layer = Image.new("L", (n, n), 0)
    d = ImageDraw.Draw(layer)
    lw = max(2, n // 55)
    d.ellipse((lw, lw, n - lw, n - lw), outline=255, width=lw * 2)
    r_in = n * 0.31
    d.ellipse((n / 2 - r_in, n / 2 - r_in, n / 2 + r_in, n / 2 + r_in), outline=255, width=lw)
    ring = f"STATE CUSTOMS SERVICE * CUSTOMS HOUSE No {rng.randint(1, 40)} * "
    _ring_text(layer, ring, n / 2, n / 2, n * 0.4, n * 0.09, 255)
    d.polygon(_star_pts(n / 2, n * 0.46, n * 0.15), 255)
    _text(d, (n / 2, n * 0.62), f"No {rng.randint(1, 99)}", _font(n * 0.07), 255, "c")
    layer = layer.rotate(rng.uniform(-25, 25), Image.Resampling.BICUBIC)
    fade = _smooth(rng, (n, n), 5).point(lambda v: 90 + v * 150 // 255)
    speck = _noise(rng, (max(2, n // 3),) * 2).resize((n, n)).point(lambda v: 0 if v < 40 else 255)
    layer = ImageChops.multiply(ImageChops.multiply(layer, fade), speck)
    img.paste(rng.choice(INKS), (round(cx - n / 2), round(cy - n / 2)), layer)


def _sign(d, rng, x: float, y: float, xh: float, ink, width: int) -> None:
    pts = [
        (
            x + i * xh * 0.12 + xh * 0.5 * math.cos(i * 1.1),
            y - xh * math.sin(i * 0.9) * rng.uniform(0.4, 1.2),
        )
        for i in range(36)
    ]
    pts.append((pts[-1][0] + xh * 2, pts[-1][1] - xh * 0.6))
    d.line(pts, fill=ink, width=width, joint="curve")


def _document(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    w, h = size
    img = _paper(rng, size, crease=kind in ("letter", "declaration") and rng.random() < 0.6)
    d = ImageDraw.Draw(img)
    u = min(w, h * 1.3) / 100
    px, m = max(7, u * 1.75), w * 0.09
    ink = _mix((40, 34, 30), (70, 60, 55), rng.random())
    pen = rng.choice([(30, 40, 95), (50, 40, 35), (25, 45, 80)])
    lw = max(1, round(u * 0.18))
    name = f"{rng.choice('ABDEIKMNOPSV')}. {rng.choice(NAMES)}"
    stamp_at = (w * 0.3, h * 0.86)
    if kind == "decree":
        y = h * 0.06
        d.ellipse((w / 2 - u * 3, y, w / 2 + u * 3, y + u * 6), outline=ink, width=lw * 2)
        d.polygon(_star_pts(w / 2, y + u * 3.2, u * 2), ink)
        y += u * 8
        _text(d, (w / 2, y), "STATE CUSTOMS SERVICE", _font(px * 1.1), ink, "c")
        y += px * 2.2
        number = rng.randint(2, 480)
        for off in (0, max(1, u * 0.08)):
            _text(d, (w / 2 + off, y), f"DECREE No {number}", _font(px * 1.9), ink, "c")
        y += px * 2.8
        _block(d, title, (m, y, w - m, y + px * 3.2), px * 1.3, ink, 2)
        y += px * 4
        _text(d, (m, y), "Customs House", _font(px), ink)
        _text(
            d,
            (w - m, y),
            f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.19{rng.randint(21, 79)}",
            _font(px),
            ink,
            "r",
        )
        _typed(d, rng, (m, y + px * 2.5, w - m, h * 0.78), px, ink, numbered=True)
        _text(d, (m, h * 0.83), "Head of the Service", _font(px), ink)
        _sign(d, rng, w * 0.55, h * 0.85, u * 2, pen, lw * 2)
        _text(d, (w - m, h * 0.83), name, _font(px), ink, "r")
    elif kind == "declaration":
        _text(d, (w / 2, h * 0.05), "CUSTOMS DECLARATION", _font(px * 1.8), ink, "c")
        _block(d, title, (m, h * 0.05 + px * 2.4, w - m, h * 0.05 + px * 4.4), px, ink, 1)
        labels = [
            "Sender",
            "Consignee",
            "Country of origin",
            "Transport",
            "Invoice",
            "Weight, kg",
            "Description of goods",
            "Value",
            "Duty",
            "Packages",
            "For customs use",
        ]
        rows = [(0.12, [0.5, 0.5]), (0.1, [0.4, 0.3, 0.3]), (0.07, [0.08, 0.5, 0.14, 0.14, 0.14])]
        rows += [(0.06, [0.08, 0.5, 0.14, 0.14, 0.14])] * rng.randint(4, 6) + [(0.14, [0.55, 0.45])]
        top, bottom = h * 0.05 + px * 5, h * 0.94
        scale = (bottom - top) / sum(r[0] for r in rows)
        y, n = top, 0
        for i, (fh, cols) in enumerate(rows):
            x, rh = m, fh * scale
            for fw in cols:
                cw = fw * (w - 2 * m)
                d.rectangle((x, y, x + cw, y + rh), outline=ink, width=lw)
                if i < 3 or i == len(rows) - 1:
                    label = (
                        labels[n % len(labels)]
                        if i != 2
                        else ["No", "Goods", "Weight", "Value", "Duty"][n % 5]
                    )
                    label = "For customs use" if i == len(rows) - 1 and x > m else label
                    n += 1
                    _text(d, (x + px * 0.4, y + px * 0.3), label, _font(px * 0.7), ink)
                    if i < 2:
                        _scribble(d, rng, x + px, y + rh * 0.8, x + cw * 0.9, px * 0.8, pen, lw)
                elif fw > 0.1 or rng.random() < 0.8:
                    _scribble(d, rng, x + px * 0.4, y + rh * 0.75, x + cw * 0.85, px * 0.7, pen, lw)
                x += cw
            y += rh
        stamp_at = (w - m - (w - 2 * m) * 0.2, bottom - rows[-1][0] * scale * 0.45)
    elif kind == "service_book":
        img.paste(
            _tint(
                _grain(_smooth(rng, size, 4).point(lambda v: 60 + v // 5), rng, 10),
                [(0, (20, 30, 25)), (255, (90, 110, 95))],
            )
        )
        ph = min(h * 0.86, w * 0.9 / 1.44)
        pw, cx, top = ph * 0.72, w / 2, (h - ph) / 2
        d.rounded_rectangle(
            (cx - pw - u * 1.5, top - u * 1.5, cx + pw + u * 1.5, top + ph + u * 1.5),
            u,
            fill=(90, 30, 30),
        )
        pages = _paper(rng, (round(2 * pw), round(ph)))
        img.paste(pages, (round(cx - pw), round(top)))
        spine = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90)
        spine = spine.resize((max(2, round(pw * 0.12)), round(ph))).point(lambda v: v * 110 // 255)
        img.paste(
            (60, 45, 30), (round(cx), round(top)), spine.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        )
        img.paste((60, 45, 30), (round(cx - spine.width), round(top)), spine)
        ppx, lx = ph / 40, cx - pw + pw * 0.1
        _text(d, (cx - pw / 2, top + ph * 0.06), "SERVICE BOOK", _font(ppx * 1.5), ink, "c")
        _block(d, title, (lx, top + ph * 0.1, cx - pw * 0.1, top + ph * 0.17), ppx, ink, 2)
        fx0, fy0 = lx, top + ph * 0.2
        d.rectangle((fx0, fy0, fx0 + pw * 0.32, fy0 + pw * 0.42), fill=(150, 140, 125))
        pk = _Kit(img, fx0 + pw * 0.16, fy0 + pw * 0.42, pw * 0.32)
        pk.poly([(-0.5, 0), (0.5, 0), (0.4, 0.3), (-0.4, 0.3)], (50, 45, 40))
        pk.oval(-0.2, 0.25, 0.2, 0.75, (200, 190, 170))
        pk.rect(-0.28, 0.7, 0.28, 0.85, (40, 38, 35), r=0.05)
        for i, label in enumerate(["Surname", "Name", "Born", "Rank", "Post"]):
            fy = fy0 + pw * 0.55 + i * ph * 0.085
            _text(d, (lx, fy), label, _font(ppx), ink)
            d.line((lx + pw * 0.25, fy + ppx * 1.2, cx - pw * 0.1, fy + ppx * 1.2), ink, lw)
            _scribble(d, rng, lx + pw * 0.27, fy + ppx, cx - pw * 0.2, ppx * 0.9, pen, lw)
        rx = cx + pw * 0.08
        _text(d, (cx + pw / 2, top + ph * 0.06), "RECORD OF SERVICE", _font(ppx * 1.2), ink, "c")
        for i in range(int(ph * 0.8 / (ppx * 2.2))):
            ry = top + ph * 0.12 + i * ppx * 2.2
            d.line((rx, ry + ppx * 2, cx + pw * 0.92, ry + ppx * 2), ink, max(1, lw // 2))
            if i < 9 + rng.randint(0, 5):
                _text(d, (rx, ry + ppx * 0.5), f"19{rng.randint(30, 79)}", _font(ppx), ink)
                _scribble(d, rng, rx + pw * 0.2, ry + ppx * 1.7, cx + pw * 0.9, ppx * 0.8, pen, lw)
        stamp_at, u = (fx0 + pw * 0.32, fy0 + pw * 0.38), ph / 150
    elif kind == "letter":
        _text(d, (w / 2, h * 0.06), "STATE CUSTOMS SERVICE", _font(px * 1.6), ink, "c")
        _text(
            d, (w / 2, h * 0.06 + px * 2.4), "Department of Border Posts", _font(px * 0.9), ink, "c"
        )
        y = h * 0.06 + px * 4
        d.line((m, y, w - m, y), ink, lw * 2)
        d.line((m, y + lw * 4, w - m, y + lw * 4), ink, lw)
        y += px * 1.5
        _text(
            d, (w - m, y), f"{rng.randint(1, 28)} May 19{rng.randint(21, 79)}", _font(px), ink, "r"
        )
        _block(d, f"Re: {title}", (m, y + px * 1.5, w * 0.7, y + px * 4.5), px, ink, 2, "l")
        y += px * 6
        _scribble(d, rng, m, y, m + px * 8, px, pen, lw)
        while y < h * 0.74:
            y += px * 2.1
            _scribble(d, rng, m + px * rng.choice((0, 0, 3)), y, w - m, px, pen, lw)
        _sign(d, rng, w * 0.62, h * 0.86, u * 2, pen, lw * 2)
    elif kind == "certificate":
        deco = rng.choice([(40, 90, 60), (120, 40, 40), (40, 60, 120), (150, 110, 40)])
        b = u * 3
        for inset, wd in ((b, lw * 4), (b + u * 1.6, lw)):
            d.rectangle((inset, inset, w - inset, h - inset), outline=deco, width=wd)
        step = u * 2.4
        for x0, y0, x1, y1 in (
            (b, b + u * 0.8, w - b, b + u * 0.8),
            (b, h - b - u * 0.8, w - b, h - b - u * 0.8),
            (b + u * 0.8, b, b + u * 0.8, h - b),
            (w - b - u * 0.8, b, w - b - u * 0.8, h - b),
        ):
            count = int(math.hypot(x1 - x0, y1 - y0) / step)
            for i in range(1, count):
                x, y, r = x0 + (x1 - x0) * i / count, y0 + (y1 - y0) * i / count, u * 0.45
                d.polygon([(x - r, y), (x, y - r), (x + r, y), (x, y + r)], deco)
        for x, y in ((b, b), (w - b, b), (b, h - b), (w - b, h - b)):
            d.ellipse((x - u * 2.5, y - u * 2.5, x + u * 2.5, y + u * 2.5), fill=deco)
            d.polygon(_star_pts(x, y, u * 2, 8, 0.5), (236, 220, 180))
        y = h * 0.12
        for i in range(7):
            for sgn in (-1, 1):
                a = math.radians(258 - i * 19)
                ex, ey = w / 2 + sgn * u * 5.5 * math.cos(a), y + u * 5 - u * 5.5 * math.sin(a)
                d.ellipse((ex - u * 0.9, ey - u * 0.45, ex + u * 0.9, ey + u * 0.45), fill=deco)
        d.polygon(_star_pts(w / 2, y + u * 4.6, u * 3), deco)
        sporty = any(
            s in title.lower() for s in ("sport", "champion", "competition", "cup", "race")
        )
        _text(
            d, (w / 2, y + u * 12), "DIPLOMA" if sporty else "CERTIFICATE", _font(px * 3), deco, "c"
        )
        _text(d, (w / 2, y + u * 12 + px * 4.5), "is awarded for", _font(px), ink, "c")
        _block(
            d,
            title,
            (m * 1.3, y + u * 12 + px * 6.5, w - m * 1.3, y + u * 12 + px * 11),
            px * 1.8,
            ink,
            2,
        )
        _typed(d, rng, (m * 1.6, y + u * 12 + px * 12, w - m * 1.6, h * 0.72), px * 0.9, ink)
        for sx in (0.22, 0.62):
            d.line((w * sx, h * 0.84, w * (sx + 0.18), h * 0.84), ink, lw)
            _sign(d, rng, w * (sx + 0.03), h * 0.83, u * 1.6, pen, lw * 2)
        stamp_at = (w * 0.42, h * 0.8)
    else:
        _map(d, rng, w, h, u, ink, lw, title)
        stamp_at = (w * 0.78, h * 0.84)
    _stamp(img, rng, stamp_at[0], stamp_at[1], u * rng.uniform(17, 21))
    return img


def _map(d, rng, w, h, u, ink, lw, title) -> None:
    """Hand-drawn border map: hills, forest, river, roads, border line and posts."""
    brown, green, blue, red = (150, 105, 65), (80, 115, 65), (70, 110, 170), (170, 40, 40)
    for _ in range(rng.randint(2, 4)):
        hx, hy, r0 = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h, u * rng.uniform(4, 9)
        bumps = [rng.uniform(0.8, 1.2) for _ in range(12)]
        for k in range(1, 5):
            pts = [
                (
                    hx + r0 * k / 4 * bumps[i] * math.cos(i * math.pi / 6),
                    hy + r0 * k / 4 * bumps[i] * 0.7 * math.sin(i * math.pi / 6),
                )
                for i in range(12)
            ]
            d.line([*pts, pts[0]], brown, lw, "curve")
    for _ in range(rng.randint(2, 4)):
        fx, fy = rng.uniform(0.05, 0.9) * w, rng.uniform(0.1, 0.85) * h
        for _ in range(14):
            tx, ty = fx + rng.uniform(0, 12) * u, fy + rng.uniform(0, 8) * u
            d.ellipse(
                (tx - u * 0.7, ty - u * 0.7, tx + u * 0.7, ty + u * 0.7), outline=green, width=lw
            )
            d.line((tx, ty + u * 0.7, tx, ty + u * 1.3), green, lw)
    xr = rng.uniform(0.35, 0.55) * w
    river = []
    for i in range(22):
        river.append((xr, h * i / 20 - h * 0.02))
        xr += rng.uniform(-0.035, 0.035) * w
    d.line(river, blue, max(2, round(u * 1.1)), "curve")
    d.line(river, (130, 165, 205), max(1, round(u * 0.35)), "curve")
    border = [(x + w * 0.07 + math.sin(i) * u * 1.5, y) for i, (x, y) in enumerate(river)]
    dash, pos = u * 2.2, 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(border):
        seg = math.hypot(x1 - x0, y1 - y0)
        t = 0.0
        while t < seg:
            on = (pos // dash) % 3
            t2 = min(seg, t + dash * (0.3 if on == 2 else 1.0))
            if on != 1:
                d.line(
                    (
                        x0 + (x1 - x0) * t / seg,
                        y0 + (y1 - y0) * t / seg,
                        x0 + (x1 - x0) * t2 / seg,
                        y0 + (y1 - y0) * t2 / seg,
                    ),
                    red,
                    max(2, round(u * 0.5)),
                )
            pos += dash if t2 - t >= dash * 0.99 else dash * 0.3 + 0.01
            pos = (pos // dash) * dash
            t = t2
    font = _font(u * 1.6)
    for n, fy in enumerate(sorted(rng.sample(range(15, 80, 8), 3)), start=1):
        ry = fy / 100 * h
        road = [
            (x, ry + math.sin(x / w * 7 + n) * u * 2.5) for x in range(0, w + 1, max(1, w // 30))
        ]
        for i in range(0, len(road) - 1, 2):
            d.line((road[i], road[i + 1]), ink, lw)
        bx = border[min(len(border) - 1, round((ry + h * 0.02) / h * 20))][0]
        by = ry + math.sin(bx / w * 7 + n) * u * 2.5
        d.rectangle((bx - u, by - u, bx + u, by + u), fill=ink)
        d.line((bx, by - u, bx, by - u * 4.5), ink, lw)
        d.polygon([(bx, by - u * 4.5), (bx + u * 2.5, by - u * 3.8), (bx, by - u * 3.1)], red)
        _text(d, (bx + u * 1.8, by + u * 1.2), f"Post {n}", font, ink)
        vx = rng.uniform(0.08, 0.3) * w if n % 2 else rng.uniform(0.72, 0.88) * w
        for _ in range(5):
            qx, qy = vx + rng.uniform(-2, 2) * u, ry + rng.uniform(-3, -1) * u
            d.rectangle((qx, qy, qx + u * 0.8, qy + u * 0.8), fill=ink)
        syl = ["Nov", "Ber", "Lin", "Dal", "Kor", "Ost", "Vel", "Mar"]
        _text(
            d, (vx, ry - u * 6), rng.choice(syl) + rng.choice(["ovo", "ina", "sk", "ka"]), font, ink
        )
    cx, cy = w - u * 8, u * 9
    d.polygon([(cx, cy - u * 5), (cx + u * 1.5, cy), (cx, cy - u), (cx - u * 1.5, cy)], ink)
    _text(d, (cx, cy + u), "N", _font(u * 2.5), ink, "c")
    bx0, by0, bx1, by1 = u * 4, h - u * 16, u * 4 + min(w * 0.45, u * 48), h - u * 4
    d.rectangle((bx0, by0, bx1, by1), fill=(236, 222, 186), outline=ink, width=lw * 3)
    d.rectangle((bx0 + u, by0 + u, bx1 - u, by1 - u), outline=ink, width=lw)
    _block(d, title, (bx0 + u * 2, by0 + u * 1.5, bx1 - u * 2, by1 - u * 4), u * 2.6, ink, 2)
    _text(d, ((bx0 + bx1) / 2, by1 - u * 3.5), "Scale 1 : 50 000", _font(u * 1.5), ink, "c")


# --------------------------------------------------------------------------- photographs


def _ground(k: _Kit, rng: random.Random, horizon: float, sky=(205, 238), ground=140) -> None:
    w, h = k.img.size
    hy = round(k.p(0, horizon)[1])
    if hy > 0:
        sky_img = (
            Image.linear_gradient("L")
            .resize((w, hy))
            .point(lambda v: sky[0] + (sky[1] - sky[0]) * v // 255)
        )
        k.img.paste(sky_img, (0, 0))
    k.d.rectangle((0, hy, w, h), fill=ground)
    pts = [(-3.0, horizon)] + [
        (x / 20, horizon + rng.uniform(0.02, 0.06)) for x in range(-60, 61, 2)
    ]
    k.poly([*pts, (3.0, horizon)], ground - 45)


def _scene_customs_post(k: _Kit, rng: random.Random) -> None:
    _ground(k, rng, 0.4)
    k.poly([(-0.5, -1), (0.5, -1), (0.04, 0.4), (-0.04, 0.4)], 172)
    k.rect(-0.66, 0.38, -0.12, 0.72, 188)
    k.poly([(-0.7, 0.72), (-0.08, 0.72), (-0.2, 0.9), (-0.58, 0.9)], 85)
    for i in range(4):
        x = -0.6 + i * 0.12 + (0.06 if i > 1 else 0)
        k.rect(x, 0.48, x + 0.07, 0.62, 230)
        k.rect(x + 0.008, 0.488, x + 0.062, 0.612, 55)
        k.line([(x + 0.035, 0.488), (x + 0.035, 0.612)], 230, 0.006)
    k.rect(-0.39, 0.38, -0.33, 0.58, 60)
    k.rect(-0.46, 0.63, -0.26, 0.69, 235, outline=50, width=0.004)
    k.text(-0.36, 0.66, "CUSTOMS", 0.04, 40)
    k.line([(0.02, 0.38), (0.02, 1.02)], 60, 0.008)
    wave = [(0.02 + i * 0.025, 0.99 + 0.015 * math.sin(i * 0.9)) for i in range(11)]
    k.poly(wave + [(x, y - 0.06) for x, y in wave[::-1]], 215)
    k.poly([(x, y - 0.06) for x, y in wave] + [(x, y - 0.12) for x, y in wave[::-1]], 70)
    _barrier(k, 0.36, 0.16, -0.3)
    _figure(k, 0.5, 0.08, 0.34, 70, 170)


def _barrier(k: _Kit, x_post: float, y: float, x_end: float) -> None:
    k.rect(x_post - 0.02, y - 0.1, x_post + 0.02, y + 0.1, 60)
    k.rect(x_post + 0.01, y + 0.06, x_post + 0.1, y + 0.12, 45)
    segs = 9
    for i in range(segs):
        xa = x_post + (x_end - x_post) * i / segs
        xb = x_post + (x_end - x_post) * (i + 1) / segs
        k.rect(min(xa, xb), y + 0.07, max(xa, xb), y + 0.1, 35 if i % 2 else 240)
    k.rect(x_end - 0.01, y - 0.1, x_end + 0.01, y + 0.07, 70)


def _scene_border_barrier(k: _Kit, rng: random.Random) -> None:
    _ground(k, rng, 0.45, ground=150)
    k.poly([(-0.6, -1), (0.6, -1), (0.05, 0.45), (-0.05, 0.45)], 178)
    for i in range(-14, 15):
        x = i * 0.05
        k.line([(x, 0.46), (x, 0.52)], 70, 0.006)
    k.line([(-3, 0.5), (3, 0.5)], 80, 0.003)
    k.line([(-3, 0.48), (3, 0.48)], 80, 0.003)
    k.rect(-0.62, 0.22, -0.38, 0.68, 200)
    for i in range(6):
        k.rect(-0.62 + i * 0.04, 0.22, -0.6 + i * 0.04, 0.68, 60)
    k.rect(-0.57, 0.48, -0.43, 0.6, 40)
    k.poly([(-0.66, 0.68), (-0.34, 0.68), (-0.5, 0.78)], 70)
    _barrier(k, -0.3, 0.2, 0.58)
    k.line([(0.66, 0.1), (0.66, 0.5)], 60, 0.012)
    k.rect(0.58, 0.46, 0.74, 0.56, 235, outline=40, width=0.006)
    k.text(0.66, 0.51, "STOP", 0.06, 30)
    _figure(k, -0.25, 0.06, 0.4, 65, 175)


def _scene_staff_group(k: _Kit, rng: random.Random) -> None:
    w, h = k.img.size
    k.d.rectangle((0, 0, w, h), fill=205)
    k.rect(-3, -1, 3, 0.3, 150)
    for i in range(-6, 7):
        k.rect(i * 0.24 - 0.07, 0.55, i * 0.24 + 0.07, 0.85, 170, outline=120, width=0.008)
    n = rng.randint(5, 7)
    for row, (y, hg) in enumerate(((0.22, 0.62), (0.02, 0.66))):
        count = n - row
        for i in range(count):
            x = (i - (count - 1) / 2) * 1.2 / n
            _figure(
                k,
                x + rng.uniform(-0.01, 0.01),
                y,
                hg * rng.uniform(0.95, 1.04),
                rng.randint(55, 80),
                rng.randint(165, 195),
            )


def _scene_portrait(k: _Kit, rng: random.Random) -> None:
    w, h = k.img.size
    bg = Image.radial_gradient("L").resize((w, h)).point(lambda v: 200 - v * 100 // 255)
    k.img.paste(bg, (0, 0))
    tone, face = rng.randint(50, 70), rng.randint(170, 190)
    k.poly(
        [(-0.8, -0.2), (0.8, -0.2), (0.7, 0.25), (0.32, 0.36), (-0.32, 0.36), (-0.7, 0.25)], tone
    )
    for sgn in (-1, 1):
        k.poly([(sgn * 0.62, 0.28), (sgn * 0.36, 0.36), (sgn * 0.36, 0.3), (sgn * 0.6, 0.22)], 150)
        k.poly([(0, 0.1), (sgn * 0.14, 0.38), (sgn * 0.25, 0.34)], tone - 18)
    k.poly([(0, 0.12), (-0.11, 0.38), (0.11, 0.38)], 225)
    k.poly([(0, 0.14), (-0.03, 0.34), (0.03, 0.34)], 40)
    for y in (0.0, 0.12):
        k.circle(0.0, y, 0.018, 190)
    k.rect(-0.1, 0.32, 0.1, 0.48, face - 15)
    for sgn in (-1, 1):
        k.oval(sgn * 0.23 - 0.04, 0.58, sgn * 0.23 + 0.04, 0.72, face - 12)
    k.oval(-0.21, 0.42, 0.21, 0.9, face)
    k.oval(-0.08, 0.42, 0.21, 0.9, face + 12)
    for sgn in (-1, 1):
        k.line([(sgn * 0.13, 0.735), (sgn * 0.04, 0.745)], 70, 0.018)
        k.oval(sgn * 0.085 - 0.03, 0.685, sgn * 0.085 + 0.03, 0.71, 45)
    k.line([(0.0, 0.72), (0.015, 0.6), (-0.015, 0.585)], face - 45, 0.01)
    k.line([(-0.06, 0.52), (0.06, 0.52)], face - 70, 0.012)
    k.poly([(-0.33, 0.98), (0.33, 0.98), (0.22, 0.85), (-0.22, 0.85)], tone + 10)
    k.oval(-0.34, 0.93, 0.34, 1.06, tone + 15)
    k.rect(-0.225, 0.8, 0.225, 0.9, tone - 25)
    k.oval(-0.24, 0.76, 0.24, 0.85, 22)
    k.line([(-0.2, 0.82), (0.2, 0.82)], 200, 0.01)
    k.d.polygon(_star_pts(*k.p(0, 0.88), 0.05 * k.s), 220)


def _scene_vehicle_inspection(k: _Kit, rng: random.Random) -> None:
    _ground(k, rng, 0.42, ground=150)
    k.rect(0.3, 0.4, 1.5, 0.75, 175)
    k.rect(0.34, 0.4, 0.5, 0.62, 80)
    k.poly([(-0.64, 0.12), (-0.42, 0.12), (-0.42, 0.52), (-0.55, 0.52), (-0.64, 0.35)], 90)
    k.poly([(-0.6, 0.36), (-0.54, 0.48), (-0.47, 0.48), (-0.47, 0.36)], 210)
    k.rect(-0.44, 0.14, 0.38, 0.62, 150)
    for i in range(1, 8):
        k.line([(-0.44 + i * 0.1, 0.14), (-0.44 + i * 0.1, 0.62)], 120, 0.008)
    k.rect(-0.66, 0.08, 0.4, 0.15, 40)
    for x in (-0.52, 0.05, 0.27):
        k.circle(x, 0.09, 0.09, 30)
        k.circle(x, 0.09, 0.035, 130)
    for x, hg in ((0.5, 0.5), (0.63, 0.48), (-0.7, 0.5)):
        _figure(k, x, 0.0, hg * rng.uniform(0.95, 1.05), rng.randint(55, 75), 180)
    k.rect(0.46, 0.22, 0.52, 0.3, 230)


def _scene_cargo_port(k: _Kit, rng: random.Random) -> None:
    _ground(k, rng, 0.45, ground=120)
    k.rect(-3, -1, 3, 0.24, 150)
    for i in range(8):
        y = 0.27 + i * 0.022
        k.line([(rng.uniform(-0.7, 0.3), y), (rng.uniform(0.3, 0.8), y)], 150, 0.003)
    k.poly([(-0.05, 0.3), (0.72, 0.3), (0.78, 0.46), (-0.14, 0.46)], 55)
    k.rect(0.48, 0.46, 0.68, 0.6, 205)
    k.rect(0.53, 0.6, 0.6, 0.7, 40)
    for x in (0.1, 0.3):
        k.line([(x, 0.46), (x, 0.68)], 70, 0.006)
    for cx in (-0.32, 0.2):
        top = 0.95
        for sgn in (-1, 1):
            k.line([(cx + sgn * 0.06, 0.24), (cx + sgn * 0.03, top)], 45, 0.008)
        for j in range(8):
            y0 = 0.24 + (top - 0.24) * j / 8
            y1 = 0.24 + (top - 0.24) * (j + 1) / 8
            k.line([(cx - 0.055, y0), (cx + 0.055, y1)], 45, 0.004)
        k.line([(cx - 0.15, top), (cx + 0.42, top)], 45, 0.012)
        k.line([(cx - 0.15, top - 0.03), (cx + 0.42, top)], 45, 0.005)
        k.line([(cx + 0.3, top), (cx + 0.3, 0.55)], 40, 0.003)
    for col in range(5):
        for lvl in range(rng.randint(1, 3)):
            x, y = -0.7 + col * 0.16, 0.02 + lvl * 0.1
            tone = rng.choice((70, 100, 130, 170))
            k.rect(x, y, x + 0.15, y + 0.095, tone, outline=tone - 30, width=0.004)
            for r in range(1, 6):
                k.line([(x + r * 0.025, y + 0.01), (x + r * 0.025, y + 0.085)], tone - 20, 0.003)
    for i in range(3):
        x = 0.15 + i * 0.12
        k.rect(x, 0.02, x + 0.1, 0.12, 175, outline=90, width=0.005)
        k.line([(x, 0.02), (x + 0.1, 0.12)], 90, 0.005)
    _figure(k, 0.55, 0.02, 0.28, 60, 175)


_SCENES: dict[str, tuple[Callable[[_Kit, random.Random], None], float]] = {
    "customs_post": (_scene_customs_post, 1.4),
    "staff_group": (_scene_staff_group, 1.4),
    "portrait": (_scene_portrait, 1.0),
    "border_barrier": (_scene_border_barrier, 1.4),
    "vehicle_inspection": (_scene_vehicle_inspection, 1.5),
    "cargo_port": (_scene_cargo_port, 1.5),
}


def _photo(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    """An old print: grey scene, grain, vignette, sepia or B/W tone, white border and caption."""
    w, h = size
    b = max(2, round(min(w, h) * 0.045))
    pw, ph = w - 2 * b, h - 3 * b - b // 2
    scene, aspect = _SCENES[kind]
    s = min(ph / (1.12 if kind == "portrait" else 1.0), pw / aspect)
    tone = Image.new("L", (pw, ph), 128)
    by = ph if kind == "portrait" else (ph + s) / 2
    scene(_Kit(tone, pw / 2, by, s), rng)
    mottle = _smooth(rng, (pw, ph), 5).point(lambda v: v * 24 // 255)
    vignette = Image.radial_gradient("L").resize((pw, ph)).point(lambda v: v * v * 110 // 65025)
    tone = ImageChops.subtract(ImageChops.add(tone, mottle, 1, -12), vignette)
    tone = _grain(tone.point(lambda v: 18 + v * 215 // 255), rng, 34)
    if rng.random() < 0.6:
        stops = [(0, (30, 25, 20)), (128, (146, 128, 106)), (255, (242, 234, 216))]
    else:
        stops = [(0, (24, 24, 26)), (128, (140, 140, 138)), (255, (238, 238, 234))]
    img = Image.new("RGB", size, (238, 234, 224))
    img.paste(_tint(tone, stops), (b, b))
    d = ImageDraw.Draw(img)
    _block(d, title, (b, h - 2.5 * b, w - b, h - b * 0.3), b * 1.1, (70, 64, 60), 1)
    return img


# --------------------------------------------------------------------------- equipment

BRASS, BRASS_HI = (120, 85, 30), (240, 205, 120)
STEEL, STEEL_HI = (80, 84, 90), (225, 228, 232)
BLACK, BLACK_HI = (14, 14, 16), (85, 85, 92)


def _eq_typewriter(k: _Kit, rng: random.Random, title: str) -> None:
    k.rect(-0.42, 0.5, 0.42, 1.0, (242, 238, 226))
    for i in range(5):
        k.line(
            [(-0.34, 0.9 - i * 0.06), (rng.uniform(-0.1, 0.34), 0.9 - i * 0.06)],
            (90, 90, 95),
            0.008,
        )
    body = rng.choice(
        [(BLACK, BLACK_HI), ((40, 60, 50), (110, 140, 120)), ((60, 60, 64), (150, 150, 155))]
    )
    k.grad("rect", (-0.8, 0.48, 0.8, 0.62), *body, metal=True, r=0.05)
    for sgn in (-1, 1):
        k.grad("oval", (sgn * 0.8 - 0.06, 0.47, sgn * 0.8 + 0.06, 0.63), *body, axis="h")
    k.line([(-0.82, 0.6), (-0.98, 0.72)], STEEL_HI, 0.02)
    k.grad("poly", [(-0.8, 0), (0.8, 0), (0.7, 0.48), (-0.7, 0.48)], *body, axis="v")
    k.grad("chord", (-0.32, 0.3, 0.32, 0.62), (40, 40, 44), (120, 120, 125), angles=(180, 360))
    for i in range(13):
        a = math.radians(180 + i * 15)
        k.line([(0, 0.46), (0.3 * math.cos(a), 0.46 - 0.15 * math.sin(a))], STEEL_HI, 0.004)
    for row in range(4):
        n, y = 11 - (row == 3), 0.08 + row * 0.075
        for i in range(n):
            x = (i - (n - 1) / 2) * (0.12 - row * 0.006)
            k.circle(x, y, 0.034, (228, 224, 210), outline=STEEL, width=0.008)
    k.rect(-0.3, 0.015, 0.3, 0.045, (228, 224, 210), r=0.012)
    k.rect(-0.15, 0.37, 0.15, 0.41, BRASS_HI)


def _eq_telephone(k: _Kit, rng: random.Random, title: str) -> None:
    body = rng.choice(
        [(BLACK, BLACK_HI), ((150, 135, 105), (235, 225, 200)), ((70, 15, 15), (160, 60, 55))]
    )
    cord = [(0.45 + i * 0.008, 0.12 - i * 0.003 + 0.03 * math.sin(i * 1.4)) for i in range(30)]
    k.line(cord, body[0], 0.012)
    k.grad("poly", [(-0.55, 0), (0.55, 0), (0.44, 0.5), (-0.44, 0.5)], *body, axis="v")
    k.grad("oval", (-0.24, 0.04, 0.24, 0.44), STEEL, STEEL_HI, axis="r")
    for i in range(10):
        a = math.radians(-60 - i * 28)
        k.circle(0.15 * math.cos(a), 0.24 + 0.15 * math.sin(a), 0.033, body[0])
    k.circle(0, 0.24, 0.075, (240, 236, 220), outline=STEEL, width=0.006)
    k.line([(0.2, 0.1), (0.24, 0.06)], STEEL_HI, 0.012)
    for sgn in (-1, 1):
        k.rect(sgn * 0.3 - 0.04, 0.48, sgn * 0.3 + 0.04, 0.62, body[0])
    k.grad("rect", (-0.5, 0.62, 0.5, 0.7), *body, metal=True, r=0.04)
    for sgn in (-1, 1):
        k.grad("oval", (sgn * 0.5 - 0.13, 0.58, sgn * 0.5 + 0.13, 0.8), *body, axis="v")


def _eq_desk_lamp(k: _Kit, rng: random.Random, title: str) -> None:
    k.grad("oval", (-0.34, 0.0, 0.34, 0.12), BRASS, BRASS_HI, metal=True, axis="h")
    k.grad("rect", (-0.03, 0.06, 0.03, 0.62), BRASS, BRASS_HI, metal=True, axis="h")
    k.poly([(-0.4, 0.62), (0.4, 0.62), (0.3, 0.59), (-0.3, 0.59)], (255, 236, 170))
    shade = rng.choice([((10, 60, 30), (90, 190, 120)), ((80, 20, 15), (200, 80, 60))])
    k.grad("chord", (-0.46, 0.32, 0.46, 0.92), *shade, metal=True, axis="h", angles=(180, 360))
    k.grad("rect", (-0.47, 0.6, 0.47, 0.64), BRASS, BRASS_HI, metal=True, axis="h")
    k.line([(0.18, 0.6), (0.18, 0.42)], BRASS, 0.006)
    k.circle(0.18, 0.41, 0.018, BRASS_HI)


def _eq_inkwell(k: _Kit, rng: random.Random, title: str) -> None:
    k.grad("rect", (-0.6, 0, 0.6, 0.07), (170, 165, 160), (235, 232, 228), axis="v", r=0.02)
    k.grad(
        "rect",
        (-0.28, 0.07, 0.28, 0.42),
        (110, 150, 160),
        (215, 235, 240),
        metal=True,
        axis="h",
        r=0.04,
    )
    k.rect(-0.24, 0.1, 0.24, 0.28, (20, 22, 60), r=0.02)
    k.line([(-0.18, 0.12), (-0.18, 0.38)], (245, 250, 250), 0.015)
    k.grad("rect", (-0.13, 0.42, 0.13, 0.5), BRASS, BRASS_HI, metal=True, axis="h")
    k.grad("oval", (-0.15, 0.48, 0.15, 0.56), BRASS, BRASS_HI, axis="v")
    k.line([(0.05, 0.5), (0.55, 1.05)], (40, 20, 15), 0.035)
    k.poly([(0.03, 0.45), (0.07, 0.47), (0.07, 0.53), (0.03, 0.51)], STEEL_HI)
    k.line([(0.48, 0.97), (0.56, 1.06)], BRASS_HI, 0.045)


def _eq_ledger(k: _Kit, rng: random.Random, title: str) -> None:
    cover = rng.choice(
        [
            ((60, 15, 15), (140, 45, 40)),
            ((20, 40, 30), (70, 110, 80)),
            ((45, 30, 20), (120, 85, 55)),
        ]
    )
    k.rect(-0.56, 0.0, 0.56, 0.05, cover[0], r=0.01)
    k.rect(-0.53, 0.04, 0.55, 0.2, (236, 226, 200))
    for i in range(1, 9):
        k.line([(-0.53, 0.04 + i * 0.018), (0.55, 0.04 + i * 0.018)], (200, 188, 160), 0.003)
    k.grad("rect", (-0.56, 0.19, 0.56, 1.0), *cover, axis="r", r=0.02)
    k.grad("rect", (-0.56, 0.19, -0.44, 1.0), cover[0], cover[1], metal=True, axis="h")
    for y in (0.3, 0.5, 0.7, 0.9):
        k.line([(-0.56, y), (-0.44, y)], BRASS_HI, 0.012)
    for y0, y1 in ((0.19, 0.34), (1.0, 0.85)):
        k.poly([(0.56, y0), (0.41, y0), (0.56, y1)], (30, 18, 12))
    k.rect(-0.26, 0.52, 0.36, 0.8, (236, 226, 200), outline=(90, 70, 40), width=0.008)
    k.text(0.05, 0.705, "LEDGER", 0.07, (50, 40, 30))
    k.text(0.05, 0.6, title, 0.05, (50, 40, 30), max_w=0.56)


def _eq_rubber_stamp(k: _Kit, rng: random.Random, title: str) -> None:
    k.grad("rect", (0.12, 0.0, 0.72, 0.12), (30, 50, 90), (110, 140, 190), metal=True, r=0.02)
    k.rect(0.14, 0.09, 0.7, 0.12, (60, 30, 80), r=0.01)
    k.rect(-0.64, 0.0, -0.06, 0.04, (30, 25, 25))
    k.grad("rect", (-0.66, 0.04, -0.04, 0.16), STEEL, STEEL_HI, metal=True, axis="h", r=0.01)
    wood = ((90, 50, 25), (200, 140, 80))
    k.grad(
        "poly",
        [(-0.43, 0.16), (-0.27, 0.16), (-0.29, 0.55), (-0.41, 0.55)],
        *wood,
        metal=True,
        axis="h",
    )
    k.grad("oval", (-0.55, 0.5, -0.15, 0.84), *wood, metal=True, axis="h")


def _eq_seal_press(k: _Kit, rng: random.Random, title: str) -> None:
    iron = rng.choice(
        [((20, 35, 28), (80, 120, 95)), (BLACK, BLACK_HI), ((40, 20, 15), (120, 70, 50))]
    )
    k.grad("rect", (-0.55, 0.0, 0.55, 0.08), *iron, metal=True, r=0.02)
    k.grad(
        "poly",
        [(-0.45, 0.08), (-0.25, 0.08), (-0.2, 0.6), (0.2, 0.62), (0.2, 0.78), (-0.42, 0.78)],
        *iron,
        metal=True,
        axis="h",
    )
    k.line([(-0.33, 0.12), (-0.3, 0.7), (0.15, 0.7)], BRASS_HI, 0.008)
    k.grad("rect", (0.02, 0.08, 0.22, 0.16), STEEL, STEEL_HI, metal=True, axis="h")
    k.grad("rect", (0.08, 0.16, 0.16, 0.62), STEEL, STEEL_HI, metal=True, axis="h")
    k.grad("rect", (0.04, 0.16, 0.2, 0.24), STEEL, STEEL_HI, metal=True, axis="h")
    k.grad("rect", (0.1, 0.78, 0.14, 0.92), STEEL, STEEL_HI, metal=True, axis="h")
    k.line([(-0.45, 0.98), (0.65, 0.88)], STEEL, 0.03)
    for x, y in ((-0.45, 0.98), (0.65, 0.88)):
        k.grad("oval", (x - 0.07, y - 0.07, x + 0.07, y + 0.07), *iron, axis="r")
    k.grad("oval", (0.05, 0.86, 0.19, 1.0), BRASS, BRASS_HI, axis="r")


def _eq_inspection_mirror(k: _Kit, rng: random.Random, title: str) -> None:
    k.line([(-0.75, 0.05), (-0.42, 0.28)], BLACK, 0.07)
    k.line([(-0.42, 0.28), (0.0, 0.56)], STEEL, 0.04)
    k.line([(-0.4, 0.28), (0.0, 0.56)], STEEL_HI, 0.01)
    k.line([(0.0, 0.56), (0.36, 0.8)], (150, 155, 160), 0.028)
    for x, y in ((-0.42, 0.28), (0.0, 0.56)):
        k.circle(x, y, 0.035, STEEL)
    k.circle(0.55, 0.9, 0.26, BLACK)
    k.grad("oval", (0.31, 0.66, 0.79, 1.14), (120, 140, 160), (240, 245, 250), axis="h", metal=True)
    k.arc(0.36, 0.71, 0.74, 1.09, 200, 250, (255, 255, 255), 0.02)


def _eq_scales(k: _Kit, rng: random.Random, title: str) -> None:
    k.grad(
        "poly", [(-0.5, 0.0), (0.5, 0.0), (0.42, 0.1), (-0.42, 0.1)], (60, 35, 20), (150, 95, 55)
    )
    k.grad("rect", (-0.035, 0.1, 0.035, 0.86), BRASS, BRASS_HI, metal=True, axis="h")
    tilt = rng.uniform(-0.05, 0.05)
    k.line([(-0.6, 0.84 + tilt), (0.6, 0.84 - tilt)], BRASS, 0.025)
    k.circle(0, 0.86, 0.045, BRASS_HI)
    k.line([(0, 0.84), (0, 0.66)], BLACK, 0.008)
    for sgn in (-1, 1):
        x, y = sgn * 0.58, 0.84 - sgn * tilt
        for dx in (-0.16, 0.16):
            k.line([(x, y), (x + dx, 0.4 - sgn * tilt)], (90, 80, 60), 0.004)
        k.grad(
            "chord",
            (x - 0.22, 0.32 - sgn * tilt, x + 0.22, 0.48 - sgn * tilt),
            BRASS,
            BRASS_HI,
            metal=True,
            axis="h",
            angles=(0, 180),
        )
    for i, r in enumerate((0.07, 0.055, 0.04)):
        y = 0.4 + tilt + i * 0.05
        k.grad(
            "rect",
            (0.58 - r - 0.58 * 2, y, 0.58 + r - 0.58 * 2, y + 0.05),
            BRASS,
            BRASS_HI,
            metal=True,
            axis="h",
        )


def _eq_radio_set(k: _Kit, rng: random.Random, title: str) -> None:
    case = rng.choice([((40, 55, 30), (110, 130, 80)), ((50, 55, 60), (130, 140, 150))])
    k.line([(0.6, 0.7), (0.95, 1.6)], STEEL, 0.012)
    k.circle(0.95, 1.6, 0.02, STEEL_HI)
    k.arc(-0.3, 0.66, 0.3, 0.9, 180, 360, BLACK, 0.04)
    k.grad("rect", (-0.75, 0.0, 0.75, 0.76), *case, axis="r", r=0.05)
    k.rect(-0.68, 0.06, 0.68, 0.7, None, outline=case[0], width=0.012, r=0.03)
    k.rect(-0.62, 0.12, -0.1, 0.64, (30, 32, 30), r=0.02)
    for i in range(12):
        k.line([(-0.58, 0.16 + i * 0.04), (-0.14, 0.16 + i * 0.04)], (90, 95, 90), 0.014)
    k.rect(0.0, 0.46, 0.6, 0.64, (235, 215, 150), outline=BLACK, width=0.01)
    for i in range(21):
        k.line(
            [(0.04 + i * 0.026, 0.6), (0.04 + i * 0.026, 0.56 - 0.03 * (i % 5 == 0))], BLACK, 0.004
        )
    k.line([(rng.uniform(0.08, 0.55), 0.48), (rng.uniform(0.08, 0.55), 0.62)], (200, 30, 20), 0.008)
    for x in (0.12, 0.45):
        k.grad("oval", (x - 0.1, 0.12, x + 0.1, 0.34), BLACK, BLACK_HI, axis="r")
        k.line([(x, 0.23), (x + 0.07, 0.3)], (230, 230, 230), 0.01)
    k.rect(0.02, 0.37, 0.58, 0.42, (220, 215, 200))
    k.text(0.3, 0.395, f"R-{rng.randint(100, 399)}", 0.04, BLACK)


def _eq_binoculars(k: _Kit, rng: random.Random, title: str) -> None:
    k.arc(-0.7, 0.2, 0.7, 1.3, 20, 160, (70, 45, 30), 0.02)
    for sgn in (-1, 1):
        k.grad(
            "rect",
            (sgn * 0.1, 0.0, sgn * 0.42, 0.58),
            BLACK,
            BLACK_HI,
            metal=True,
            axis="h",
            r=0.05,
        )
        k.grad(
            "rect",
            (sgn * 0.08, 0.5, sgn * 0.5, 0.82),
            BLACK,
            BLACK_HI,
            metal=True,
            axis="h",
            r=0.06,
        )
        k.grad("rect", (sgn * 0.14, 0.82, sgn * 0.28, 1.0), STEEL, STEEL_HI, metal=True, axis="h")
        k.rect(sgn * 0.12, 0.0, sgn * 0.4, 0.04, STEEL)
        k.oval(sgn * 0.14, -0.03, sgn * 0.38, 0.06, (50, 60, 110))
    k.grad("rect", (-0.08, 0.48, 0.08, 0.9), STEEL, STEEL_HI, metal=True, axis="h")
    for i in range(8):
        k.line([(-0.07, 0.62 + i * 0.02), (0.07, 0.62 + i * 0.02)], BLACK, 0.006)


def _eq_uniform_cap(k: _Kit, rng: random.Random, title: str) -> None:
    cloth = rng.choice(
        [
            ((25, 45, 30), (85, 120, 90)),
            ((20, 25, 50), (70, 80, 130)),
            ((60, 60, 62), (150, 150, 150)),
        ]
    )
    band = rng.choice([(20, 90, 50), (30, 30, 35), (120, 25, 30)])
    k.grad("poly", [(-0.78, 0.75), (0.78, 0.75), (0.5, 0.35), (-0.5, 0.35)], *cloth, axis="v")
    k.grad("oval", (-0.8, 0.55, 0.8, 1.0), cloth[1], cloth[0], axis="r")
    k.rect(-0.5, 0.18, 0.5, 0.38, band)
    k.line([(-0.5, 0.38), (0.5, 0.38)], _mix(band, (255, 255, 255), 0.5), 0.01)
    k.grad("chord", (-0.58, 0.0, 0.58, 0.36), BLACK, BLACK_HI, axis="v", angles=(0, 180))
    k.arc(-0.5, 0.04, 0.5, 0.3, 40, 140, (120, 120, 128), 0.012)
    k.line([(-0.5, 0.2), (0.5, 0.2)], BRASS_HI, 0.02)
    for sgn in (-1, 1):
        k.circle(sgn * 0.48, 0.2, 0.03, BRASS_HI)
        k.poly([(0, 0.58), (sgn * 0.3, 0.66), (sgn * 0.26, 0.56), (sgn * 0.05, 0.52)], BRASS_HI)
    k.grad("oval", (-0.09, 0.2, 0.09, 0.38), BRASS, BRASS_HI, axis="r")
    k.d.polygon(_star_pts(*k.p(0, 0.29), 0.07 * k.s), (170, 30, 30))
    k.d.polygon(_star_pts(*k.p(0, 0.58), 0.09 * k.s), BRASS_HI)


_EQUIPMENT: dict[str, tuple[Callable[[_Kit, random.Random, str], None], float, float]] = {
    "seal_press": (_eq_seal_press, 1.2, 1.05),
    "inspection_mirror": (_eq_inspection_mirror, 1.7, 1.2),
    "scales": (_eq_scales, 1.4, 1.0),
    "rubber_stamp": (_eq_rubber_stamp, 1.5, 0.9),
    "radio_set": (_eq_radio_set, 1.6, 1.65),
    "typewriter": (_eq_typewriter, 2.0, 1.05),
    "telephone": (_eq_telephone, 1.3, 0.85),
    "desk_lamp": (_eq_desk_lamp, 1.0, 0.95),
    "binoculars": (_eq_binoculars, 1.2, 1.1),
    "inkwell": (_eq_inkwell, 1.3, 1.1),
    "ledger": (_eq_ledger, 1.2, 1.0),
    "uniform_cap": (_eq_uniform_cap, 1.7, 1.0),
}


def _backdrop(rng, size, stops, shadows=(), folds: int = 0, vignette: int = 70) -> Image.Image:
    """Smooth background tone with soft shadows, optional velvet folds, grain; then tinted."""
    w, h = size
    sw = 200
    sh = max(2, round(sw * h / w))
    tone = Image.linear_gradient("L").resize((sw, sh)).point(lambda v: 200 - v * 50 // 255)
    rad = Image.radial_gradient("L").resize((sw, sh)).point(lambda v: v * v * vignette // 65025)
    tone = ImageChops.subtract(tone, rad)
    if folds:
        f = _noise(rng, (folds, 3)).resize((sw, sh), Image.Resampling.BICUBIC)
        tone = ImageChops.add(tone, f.point(lambda v: v * 50 // 255), 1, -25)
    shade = Image.new("L", (sw, sh), 0)
    for cx, cy, rx, ry, val in shadows:
        ImageDraw.Draw(shade).ellipse(
            ((cx - rx) * sw, (cy - ry) * sh, (cx + rx) * sw, (cy + ry) * sh), fill=val
        )
    shade = shade.filter(ImageFilter.GaussianBlur(sw / 70))
    tone = ImageChops.subtract(tone, shade).resize(size, Image.Resampling.BICUBIC)
    return _tint(_grain(tone, rng, 8), stops)


def _equipment(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    w, h = size
    fn, width, height = _EQUIPMENT[kind]
    s = min(w * 0.8 / width, h * 0.75 / height)
    by = h / 2 + height * s / 2
    base = rng.choice([(205, 200, 190), (190, 195, 200), (210, 200, 180)])
    stops = [(0, _mix(base, (0, 0, 0), 0.7)), (200, base), (255, _mix(base, (255, 255, 255), 0.5))]
    shadow = (0.5 + 0.04, by / h - 0.005, width * s * 0.5 / w, 0.025 + 0.06 * s / h, 70)
    img = _backdrop(rng, size, stops, [shadow])
    fn(_Kit(img, w / 2, by, s), rng, title)
    return img


# --------------------------------------------------------------------------- awards

METALS = {
    "gold": ((110, 75, 15), (255, 220, 120)),
    "silver": ((95, 98, 105), (240, 242, 245)),
    "bronze": ((90, 45, 20), (225, 150, 95)),
}


def _aw_medal(k: _Kit, rng: random.Random, title: str, metal) -> None:
    colors = rng.sample(
        [
            (170, 30, 35),
            (30, 70, 150),
            (240, 240, 235),
            (40, 120, 60),
            (230, 180, 40),
            (20, 20, 20),
        ],
        3,
    )
    stripes = [colors[0], colors[1], colors[2], colors[1], colors[0]]
    ribbon = [(-0.3, 1.6), (0.3, 1.6), (0.3, 1.1), (0.0, 0.95), (-0.3, 1.1)]
    x0, y0, x1, y1 = k.box(-0.3, 0.95, 0.3, 1.6)
    band = Image.new("RGB", (max(1, round(x1 - x0)), max(1, round(y1 - y0))), colors[0])
    bd = ImageDraw.Draw(band)
    for i, frac in enumerate((0.0, 0.15, 0.35, 0.65, 0.85)):
        bd.rectangle((frac * band.width, 0, band.width, band.height), fill=stripes[i])
    mask = Image.new("L", band.size, 0)
    ImageDraw.Draw(mask).polygon(
        [(px - x0, py - y0) for px, py in map(lambda q: k.p(*q), ribbon)], 255
    )
    shade = Image.linear_gradient("L").resize(band.size).point(lambda v: 255 - v // 3)
    k.img.paste(
        ImageChops.multiply(band, Image.merge("RGB", [shade] * 3)), (round(x0), round(y0)), mask
    )
    k.grad("oval", (-0.05, 0.88, 0.05, 1.0), *metal, axis="r")
    k.grad("oval", (-0.48, 0.0, 0.48, 0.96), *metal, metal=True, axis="v")
    k.grad("oval", (-0.4, 0.08, 0.4, 0.88), metal[1], metal[0], axis="v")
    layer = Image.new("L", k.img.size, 0)
    cx, cy = k.p(0, 0.48)
    text = f" {title.upper()[:34]} * FOR SERVICE * "
    _ring_text(layer, text, cx, cy, 0.33 * k.s, min(0.07, 1.9 / len(text)) * k.s, 255)
    k.img.paste(_mix(metal[0], (0, 0, 0), 0.3), (0, 0), layer)
    k.circle(0, 0.48, 0.25, None, outline=metal[0], width=0.01)
    k.d.polygon(_star_pts(cx, cy, 0.2 * k.s), metal[1])
    k.d.polygon(_star_pts(cx, cy, 0.2 * k.s), None, _mix(metal[0], metal[1], 0.3), k.w(0.01))


def _aw_cup(k: _Kit, rng: random.Random, title: str, metal) -> None:
    wood = rng.choice([((20, 12, 8), (90, 55, 35)), ((10, 10, 12), (70, 70, 75))])
    k.grad("rect", (-0.5, 0.0, 0.5, 0.3), *wood, metal=True, axis="h")
    k.grad("rect", (-0.42, 0.3, 0.42, 0.4), *wood, metal=True, axis="h")
    k.grad("rect", (-0.32, 0.06, 0.32, 0.24), *METALS["gold"], metal=True, axis="v", r=0.01)
    k.text(0, 0.15, title, 0.06, (60, 40, 10), max_w=0.58)
    k.grad(
        "poly",
        [(-0.24, 0.4), (0.24, 0.4), (0.14, 0.47), (-0.14, 0.47)],
        *metal,
        metal=True,
        axis="h",
    )
    k.grad("rect", (-0.04, 0.47, 0.04, 0.72), *metal, metal=True, axis="h")
    k.grad("oval", (-0.09, 0.6, 0.09, 0.66), *metal, metal=True, axis="h")
    for sgn in (-1, 1):
        k.arc(sgn * 0.34 - 0.16, 0.95, sgn * 0.34 + 0.16, 1.35, 0, 360, metal[0], 0.045)
        k.arc(sgn * 0.34 - 0.16, 0.95, sgn * 0.34 + 0.16, 1.35, 0, 360, metal[1], 0.02)
    bowl = [
        (0.42 * math.sin(a / 20 * math.pi / 2) ** 0.6, 1.45 - 0.73 * math.cos(a / 20 * math.pi / 2))
        for a in range(21)
    ]
    bowl = [(-x, y) for x, y in bowl[::-1]] + bowl[1:]
    k.grad("poly", bowl, *metal, metal=True, axis="h")
    k.grad("oval", (-0.42, 1.41, 0.42, 1.49), metal[0], metal[1], axis="v")
    k.d.polygon(_star_pts(*k.p(0, 1.1), 0.12 * k.s), _mix(metal[0], metal[1], 0.3))


def _aw_pennant(k: _Kit, rng: random.Random, title: str, metal) -> None:
    bg = k.img.getpixel((k.img.width // 2, k.img.height // 2))
    felts = [((110, 10, 15), (200, 40, 40)), ((10, 70, 40), (40, 140, 80))]
    felts.append(((15, 35, 100), (50, 90, 190)))
    felt = rng.choice(
        [f for f in felts if max(range(3), key=f[1].__getitem__) != bg.index(max(bg))]
    )
    k.line([(-0.3, 1.62), (0, 1.78), (0.3, 1.62)], (200, 170, 90), 0.008)
    k.grad("rect", (-0.48, 1.58, 0.48, 1.64), *METALS["gold"], metal=True, r=0.03)
    shape = [(-0.42, 1.58), (0.42, 1.58), (0.42, 0.55), (0.0, 0.0), (-0.42, 0.55)]
    for sgn in (-1, 1):
        for i in range(28):
            t = i / 27
            x, y = sgn * 0.42 * (1 - max(0, t - 0.6) / 0.4), 1.55 - 1.5 * t
            x = sgn * 0.42 if t < 0.6 else sgn * 0.42 * (1 - (t - 0.6) / 0.4)
            y = 1.55 - t / 0.6 * 1.0 if t < 0.6 else 0.55 - (t - 0.6) / 0.4 * 0.55
            k.line([(x, y), (x + sgn * 0.07, y - 0.02)], metal[1], 0.008)
    k.grad("poly", shape, felt[1], felt[0], axis="h", metal=True)
    k.line([(-0.36, 1.5), (0.36, 1.5)], metal[1], 0.012)
    k.d.polygon(_star_pts(*k.p(0, 1.28), 0.14 * k.s), metal[1])
    k.text(0, 0.92, title, 0.11, metal[1], max_w=0.7)
    k.line([(0, 0.0), (0, -0.1)], metal[1], 0.02)
    k.poly([(-0.04, -0.1), (0.04, -0.1), (0.06, -0.25), (-0.06, -0.25)], metal[1])


def _aw_plaque(k: _Kit, rng: random.Random, title: str, metal) -> None:
    wood = rng.choice([((60, 30, 15), (160, 95, 50)), ((35, 20, 12), (110, 65, 35))])
    k.grad("rect", (-0.7, 0.0, 0.7, 1.3), wood[0], wood[1], axis="h", metal=True, r=0.08)
    k.grad("rect", (-0.62, 0.08, 0.62, 1.22), wood[1], wood[0], axis="v", r=0.06)
    for i in range(14):
        y = 0.1 + i * 0.08 + rng.uniform(-0.02, 0.02)
        k.line([(-0.6, y), (-0.2, y + rng.uniform(-0.03, 0.03)), (0.6, y)], _mix(*wood, 0.3), 0.003)
    k.grad("oval", (-0.2, 0.78, 0.2, 1.18), *metal, metal=True)
    k.d.polygon(_star_pts(*k.p(0, 0.98), 0.14 * k.s), _mix(metal[0], metal[1], 0.4))
    k.grad("rect", (-0.5, 0.18, 0.5, 0.68), *metal, metal=True, r=0.02)
    k.rect(-0.46, 0.22, 0.46, 0.64, None, outline=metal[0], width=0.006)
    k.text(0, 0.43, title, 0.09, _mix(metal[0], (0, 0, 0), 0.5), max_w=0.8)
    for x, y in ((-0.44, 0.24), (0.44, 0.24), (-0.44, 0.62), (0.44, 0.62)):
        k.circle(x, y, 0.018, metal[0])


_AWARDS: dict[str, tuple[Callable, float, float]] = {
    "medal": (_aw_medal, 1.0, 1.6),
    "cup": (_aw_cup, 1.1, 1.5),
    "pennant": (_aw_pennant, 1.1, 2.05),
    "plaque": (_aw_plaque, 1.4, 1.3),
}


def _award(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    w, h = size
    fn, width, height = _AWARDS[kind]
    s = min(w * 0.82 / width, h * 0.84 / height)
    by = h / 2 + height * s / 2 - (0.25 * s if kind == "pennant" else 0)
    velvet = rng.choice([(110, 15, 30), (20, 35, 100), (15, 80, 40), (75, 20, 90)])
    stops = [(0, (5, 3, 4)), (135, velvet), (255, _mix(velvet, (255, 255, 255), 0.3))]
    shadow = (0.5 + 0.02, 0.5 + 0.02, width * s * 0.5 / w, height * s * 0.45 / h, 60)
    img = _backdrop(rng, size, stops, [shadow], folds=rng.randint(5, 12), vignette=95)
    metal = METALS[rng.choice(list(METALS))] if kind != "plaque" else METALS["gold"]
    fn(_Kit(img, w / 2, by, s), rng, title, metal)
    return img


# --------------------------------------------------------------------------- ensemble


def _desk(rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    """An officer's desk seen from the front and above, with the tools of the job on it."""
    w, h = size
    wall = rng.choice([(150, 160, 130), (175, 165, 140), (120, 140, 140)])
    img = _backdrop(rng, size, [(0, (10, 10, 10)), (200, wall), (255, _mix(wall, (255,) * 3, 0.3))])
    top = round(h * 0.38)
    grain = _noise(rng, (6, 220)).resize((w, h - top), Image.Resampling.BICUBIC)
    grain = ImageChops.add(grain, _smooth(rng, (w, h - top), 3), 2, 0)
    mask = Image.new("L", (w, h - top), 0)
    ImageDraw.Draw(mask).polygon([(w * 0.04, 0), (w * 0.96, 0), (w, h), (0, h)], 255)
    wood = [(0, (45, 22, 10)), (128, (110, 62, 30)), (255, (170, 105, 55))]
    img.paste(_tint(grain, wood), (0, top), mask)
    d = ImageDraw.Draw(img)
    d.line((w * 0.04, top, w * 0.96, top), (200, 140, 80), max(1, h // 300))
    u = min(w / 1.45, h)
    shade = Image.new("L", (max(2, w // 8), max(2, h // 8)), 0)
    sd = ImageDraw.Draw(shade)
    items = [
        ("desk_lamp", 0.16, 0.62, 0.4),
        ("telephone", 0.83, 0.6, 0.24),
        ("typewriter", 0.5, 0.8, 0.33),
        ("ledger", 0.16, 0.96, 0.3),
        ("rubber_stamp", 0.73, 0.95, 0.2),
        ("inkwell", 0.9, 0.93, 0.2),
    ]
    for name, fx, fy, fs in items:
        fw = _EQUIPMENT[name][1] * fs * u / w / 2
        sd.ellipse(
            (
                (fx - fw + 0.015) * shade.width,
                (fy - 0.025) * shade.height,
                (fx + fw + 0.02) * shade.width,
                (fy + 0.02) * shade.height,
            ),
            fill=110,
        )
    shade = shade.filter(ImageFilter.GaussianBlur(max(1, shade.width / 120))).resize(size)
    img.paste((20, 10, 5), (0, 0), shade)
    paper = _Kit(img, w * 0.32, h * 0.98, u)
    paper.rect(-0.05, 0.0, 0.18, 0.24, (236, 228, 205))
    _stamp(img, rng, *paper.p(0.12, 0.06), u * 0.09)
    for name, fx, fy, fs in items:
        _EQUIPMENT[name][0](
            _Kit(img, w * (fx - 0.5) * (u * 1.45 / w) + w / 2, h * fy, u * fs), rng, title
        )
    return img


# --------------------------------------------------------------------------- API

_RENDERERS: dict[str, Callable[[random.Random, tuple[int, int], str], Image.Image]] = {
    **{
        name: partial(_document, name)
        for name in ("decree", "declaration", "service_book", "letter", "certificate", "map")
    },
    **{name: partial(_photo, name) for name in _SCENES},
    **{name: partial(_equipment, name) for name in _EQUIPMENT},
    **{name: partial(_award, name) for name in _AWARDS},
    "desk": _desk,
}


def render(motif: str, *, title: str, seed: int, size: tuple[int, int]) -> Image.Image:
    """Draw the motif as an RGB image of exactly `size`; the same arguments give the same pixels."""
    renderer = _RENDERERS.get(motif)
    if renderer is None:
        raise ValueError(f"unknown motif {motif!r}; known: {', '.join(sorted(MOTIFS))}")
    w, h = int(size[0]), int(size[1])
    if w < 32 or h < 32:
        raise ValueError(f"size {w}x{h} is too small (at least 32x32)")
    img = renderer(random.Random(f"{motif}:{seed}"), (w, h), title)
    return img if img.mode == "RGB" else img.convert("RGB")
