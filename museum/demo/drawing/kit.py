"""Shared drawing tools: fonts, text, seeded noise, tinting, stars, the object-unit `Kit`.

Everything here is deterministic: randomness comes only from the `random.Random` passed in.
"""

from __future__ import annotations

import itertools
import math
import random
import threading

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

Color = tuple[int, int, int]
Font = ImageFont.FreeTypeFont | ImageFont.ImageFont

_local = threading.local()


def get_font(px: float) -> Font:
    """The default Pillow font at `px` pixels (bitmap fallback without FreeType)."""
    cache = _local.__dict__.setdefault("fonts", {})
    key = max(6, round(px))
    if key not in cache:
        try:
            cache[key] = ImageFont.load_default(size=key)
        except (ImportError, OSError, AttributeError, TypeError):
            cache[key] = ImageFont.load_default()
    return cache[key]


def draw_text(d: ImageDraw.ImageDraw, xy, text: str, font: Font, fill, align: str = "l") -> None:
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


def block(d, text: str, box, max_px: float, fill, max_lines: int = 3, align: str = "c") -> None:
    """Write `text` wrapped and shrunk to fit in box (x0, y0, x1, y1), centred vertically."""
    x0, y0, x1, y1 = box
    px = max_px
    while True:
        font = get_font(px)
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
        draw_text(d, (x, y), line, font, fill, align)
        y += lh


def seeded_noise(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """Uniform seeded noise (Image.effect_noise is not seedable)."""
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def smooth(rng: random.Random, size: tuple[int, int], cells: int) -> Image.Image:
    """Soft noise: about `cells` random values across, blown up bicubically to `size`."""
    w, h = size
    grid = (max(2, cells), max(2, round(cells * h / w)))
    return seeded_noise(rng, grid).resize(size, Image.Resampling.BICUBIC)


def add_grain(tone: Image.Image, rng: random.Random, amp: int) -> Image.Image:
    """Add +-amp/2 of fine noise to an L image."""
    noise = seeded_noise(rng, tone.size).point(lambda v: v * amp // 255)
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


def tint(gray: Image.Image, stops: list[tuple[int, object]]) -> Image.Image:
    """Map an L image through (position, grey or colour) stops; colour stops give RGB."""
    tables = _lut(stops)
    if len(tables) == 1:
        return gray.point(tables[0])
    return Image.merge("RGB", [gray.point(t) for t in tables])


def mix(c1, c2, t: float):
    """The grey or colour `t` of the way from c1 to c2."""
    if isinstance(c1, int):
        return round(c1 + (c2 - c1) * t)
    return tuple(round(a + (b - a) * t) for a, b in zip(c1, c2, strict=True))


def star_pts(cx: float, cy: float, r: float, n: int = 5, inner: float = 0.42, rot: float = -90):
    """Corner points of an n-pointed star of outer radius r centred on (cx, cy)."""
    return [
        (
            cx + (r if i % 2 == 0 else r * inner) * math.cos(math.radians(rot + i * 180 / n)),
            cy + (r if i % 2 == 0 else r * inner) * math.sin(math.radians(rot + i * 180 / n)),
        )
        for i in range(2 * n)
    ]


def ring_text(img: Image.Image, text: str, cx, cy, radius, px, fill) -> None:
    """Letters spread evenly around a circle, tops facing outwards."""
    font = get_font(px)
    cell = round(px * 2)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        ang = -90 + i * 360 / len(text)
        glyph = Image.new("L", (cell, cell), 0)
        draw_text(ImageDraw.Draw(glyph), (cell / 2, cell / 2 - px * 0.36), ch, font, 255, "c")
        glyph = glyph.rotate(-(ang + 90), Image.Resampling.BICUBIC)
        x = cx + radius * math.cos(math.radians(ang)) - cell / 2
        y = cy + radius * math.sin(math.radians(ang)) - cell / 2
        img.paste(fill, (round(x), round(y)), glyph)


def backdrop(rng, size, stops, shadows=(), folds: int = 0, vignette: int = 70) -> Image.Image:
    """Smooth background tone with soft shadows, optional velvet folds, grain; then tinted."""
    w, h = size
    sw = 200
    sh = max(2, round(sw * h / w))
    tone = Image.linear_gradient("L").resize((sw, sh)).point(lambda v: 200 - v * 50 // 255)
    rad = Image.radial_gradient("L").resize((sw, sh)).point(lambda v: v * v * vignette // 65025)
    tone = ImageChops.subtract(tone, rad)
    if folds:
        f = seeded_noise(rng, (folds, 3)).resize((sw, sh), Image.Resampling.BICUBIC)
        tone = ImageChops.add(tone, f.point(lambda v: v * 50 // 255), 1, -25)
    shade = Image.new("L", (sw, sh), 0)
    for cx, cy, rx, ry, val in shadows:
        ImageDraw.Draw(shade).ellipse(
            ((cx - rx) * sw, (cy - ry) * sh, (cx + rx) * sw, (cy + ry) * sh), fill=val
        )
    shade = shade.filter(ImageFilter.GaussianBlur(sw / 70))
    tone = ImageChops.subtract(tone, shade).resize(size, Image.Resampling.BICUBIC)
    return tint(add_grain(tone, rng, 8), stops)


class Kit:
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
            block(self.d, text, (x0, y0, x1, y1), size * self.s, fill, max_lines=2)
            return
        font = get_font(size * self.s)
        draw_text(
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
            stops = [(0, mix(c1, c2, 0.4)), (80, c2), (120, mix(c1, c2, 0.75))]
            stops += [(205, c1), (255, mix(c1, c2, 0.35))]
        else:
            stops = [(0, c1), (255, c2)]
        self.img.paste(tint(g, stops), (x0, y0), mask)
