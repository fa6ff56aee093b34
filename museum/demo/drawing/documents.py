"""Paper documents: decree, declaration, service book, letter, certificate and border map.

Each kind draws on aged paper and says where its round customs stamp goes; `document` then
presses the stamp.
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from museum.demo.drawing.kit import (
    Color,
    Font,
    Kit,
    add_grain,
    block,
    draw_text,
    get_font,
    mix,
    ring_text,
    seeded_noise,
    smooth,
    star_pts,
    tint,
)

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

# --------------------------------------------------------------------------- paper and writing


def _paper(rng: random.Random, size: tuple[int, int], crease: bool = False) -> Image.Image:
    """Yellowed paper: mottling, stains, darker edges and corners, fine grain."""
    w, h = size
    sw = max(24, min(320, w // 6))
    sh = max(24, round(sw * h / w))
    tone = smooth(rng, (sw, sh), 6).point(lambda v: 20 + v * 28 // 255)
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
    tone = add_grain(tone.resize(size, Image.Resampling.BICUBIC), rng, 16)
    warm = rng.uniform(-8, 8)
    light = (240, int(229 + warm / 2), int(196 + warm))
    return tint(
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
    font, lh, y, number = get_font(px), px * 1.55, y0, 1
    while y + lh <= y1:
        count = rng.randint(2, 5)
        for i in range(count):
            if y + lh > y1:
                break
            x = x0 + (px * 2 if i == 0 else 0)
            if numbered and i == 0:
                draw_text(d, (x0, y), f"{number}.", font, ink)
                number += 1
            width = (x1 - x) * (rng.uniform(0.3, 0.8) if i == count - 1 else 1.0)
            jitter = rng.uniform(-0.06, 0.06) * px
            draw_text(d, (x + jitter, y + jitter), _line_words(rng, font, width), font, ink)
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


def stamp(img: Image.Image, rng: random.Random, cx: float, cy: float, dia: float) -> None:
    """Round customs stamp: two rings, text around, star in the middle; rotated and faded."""
    n = max(40, round(dia))
    layer = Image.new("L", (n, n), 0)
    d = ImageDraw.Draw(layer)
    lw = max(2, n // 55)
    d.ellipse((lw, lw, n - lw, n - lw), outline=255, width=lw * 2)
    r_in = n * 0.31
    d.ellipse((n / 2 - r_in, n / 2 - r_in, n / 2 + r_in, n / 2 + r_in), outline=255, width=lw)
    ring = f"STATE CUSTOMS SERVICE * CUSTOMS HOUSE No {rng.randint(1, 40)} * "
    ring_text(layer, ring, n / 2, n / 2, n * 0.4, n * 0.09, 255)
    d.polygon(star_pts(n / 2, n * 0.46, n * 0.15), 255)
    draw_text(d, (n / 2, n * 0.62), f"No {rng.randint(1, 99)}", get_font(n * 0.07), 255, "c")
    layer = layer.rotate(rng.uniform(-25, 25), Image.Resampling.BICUBIC)
    fade = smooth(rng, (n, n), 5).point(lambda v: 90 + v * 150 // 255)
    speck = seeded_noise(rng, (max(2, n // 3),) * 2).resize((n, n))
    speck = speck.point(lambda v: 0 if v < 40 else 255)
    layer = ImageChops.multiply(ImageChops.multiply(layer, fade), speck)
    img.paste(rng.choice(INKS), (round(cx - n / 2), round(cy - n / 2)), layer)


def _sign(d, rng, x: float, y: float, xh: float, ink, width: int) -> None:
    """A looping signature starting at (x, y) with letter height xh."""
    pts = [
        (
            x + i * xh * 0.12 + xh * 0.5 * math.cos(i * 1.1),
            y - xh * math.sin(i * 0.9) * rng.uniform(0.4, 1.2),
        )
        for i in range(36)
    ]
    pts.append((pts[-1][0] + xh * 2, pts[-1][1] - xh * 0.6))
    d.line(pts, fill=ink, width=width, joint="curve")


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True)
class _Sheet:
    """One document being drawn: its paper, pen, ink and measures."""

    img: Image.Image
    d: ImageDraw.ImageDraw
    rng: random.Random
    title: str
    u: float  # the measuring unit: about a hundredth of the sheet
    px: float  # body text size in pixels
    m: float  # side margin in pixels
    ink: Color  # printed and typed text
    pen: Color  # handwriting and signatures
    lw: int  # thin line width in pixels
    name: str  # the signatory

    @property
    def w(self) -> int:
        return self.img.width

    @property
    def h(self) -> int:
        return self.img.height


# Where the stamp goes: its centre and the unit its diameter is measured in.
_StampAt = tuple[float, float, float]


def _decree(s: _Sheet) -> _StampAt:
    """Emblem, service heading, decree number, title, numbered paragraphs, signature."""
    d, rng, w, h, u, px, m, ink = s.d, s.rng, s.w, s.h, s.u, s.px, s.m, s.ink
    y = h * 0.06
    d.ellipse((w / 2 - u * 3, y, w / 2 + u * 3, y + u * 6), outline=ink, width=s.lw * 2)
    d.polygon(star_pts(w / 2, y + u * 3.2, u * 2), ink)
    y += u * 8
    draw_text(d, (w / 2, y), "STATE CUSTOMS SERVICE", get_font(px * 1.1), ink, "c")
    y += px * 2.2
    number = rng.randint(2, 480)
    for off in (0, max(1, u * 0.08)):
        draw_text(d, (w / 2 + off, y), f"DECREE No {number}", get_font(px * 1.9), ink, "c")
    y += px * 2.8
    block(d, s.title, (m, y, w - m, y + px * 3.2), px * 1.3, ink, 2)
    y += px * 4
    draw_text(d, (m, y), "Customs House", get_font(px), ink)
    date = f"{rng.randint(1, 28)}.{rng.randint(1, 12):02d}.19{rng.randint(21, 79)}"
    draw_text(d, (w - m, y), date, get_font(px), ink, "r")
    _typed(d, rng, (m, y + px * 2.5, w - m, h * 0.78), px, ink, numbered=True)
    draw_text(d, (m, h * 0.83), "Head of the Service", get_font(px), ink)
    _sign(d, rng, w * 0.55, h * 0.85, u * 2, s.pen, s.lw * 2)
    draw_text(d, (w - m, h * 0.83), s.name, get_font(px), ink, "r")
    return (w * 0.3, h * 0.86, u)


_DECLARATION_LABELS = [
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
_GOODS_COLUMNS = ["No", "Goods", "Weight", "Value", "Duty"]


def _declaration(s: _Sheet) -> _StampAt:
    """A form of ruled boxes: labelled heads filled in by hand, goods lines, customs box."""
    d, rng, w, h, px, m, ink, pen, lw = s.d, s.rng, s.w, s.h, s.px, s.m, s.ink, s.pen, s.lw
    draw_text(d, (w / 2, h * 0.05), "CUSTOMS DECLARATION", get_font(px * 1.8), ink, "c")
    block(d, s.title, (m, h * 0.05 + px * 2.4, w - m, h * 0.05 + px * 4.4), px, ink, 1)
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
                label = _DECLARATION_LABELS[n % len(_DECLARATION_LABELS)]
                label = _GOODS_COLUMNS[n % 5] if i == 2 else label
                label = "For customs use" if i == len(rows) - 1 and x > m else label
                n += 1
                draw_text(d, (x + px * 0.4, y + px * 0.3), label, get_font(px * 0.7), ink)
                if i < 2:
                    _scribble(d, rng, x + px, y + rh * 0.8, x + cw * 0.9, px * 0.8, pen, lw)
            elif fw > 0.1 or rng.random() < 0.8:
                _scribble(d, rng, x + px * 0.4, y + rh * 0.75, x + cw * 0.85, px * 0.7, pen, lw)
            x += cw
        y += rh
    return (w - m - (w - 2 * m) * 0.2, bottom - rows[-1][0] * scale * 0.45, s.u)


def _service_book(s: _Sheet) -> _StampAt:
    """An open booklet on a dark cloth: personal page on the left, service record right."""
    img, rng, w, h, u = s.img, s.rng, s.w, s.h, s.u
    cloth = add_grain(smooth(rng, (w, h), 4).point(lambda v: 60 + v // 5), rng, 10)
    img.paste(tint(cloth, [(0, (20, 30, 25)), (255, (90, 110, 95))]))
    ph = min(h * 0.86, w * 0.9 / 1.44)
    pw, cx, top = ph * 0.72, w / 2, (h - ph) / 2
    s.d.rounded_rectangle(
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
    stamp_at = _service_book_personal_page(s, cx, top, pw, ph)
    _service_book_record_page(s, cx, top, pw, ph)
    return (*stamp_at, ph / 150)


def _service_book_personal_page(s: _Sheet, cx, top, pw, ph) -> tuple[float, float]:
    """Heading, title, photo and the personal fields; the stamp goes on the photo's corner."""
    d, rng, ink, pen, lw = s.d, s.rng, s.ink, s.pen, s.lw
    ppx, lx = ph / 40, cx - pw + pw * 0.1
    draw_text(d, (cx - pw / 2, top + ph * 0.06), "SERVICE BOOK", get_font(ppx * 1.5), ink, "c")
    block(d, s.title, (lx, top + ph * 0.1, cx - pw * 0.1, top + ph * 0.17), ppx, ink, 2)
    fx0, fy0 = lx, top + ph * 0.2
    d.rectangle((fx0, fy0, fx0 + pw * 0.32, fy0 + pw * 0.42), fill=(150, 140, 125))
    pk = Kit(s.img, fx0 + pw * 0.16, fy0 + pw * 0.42, pw * 0.32)
    pk.poly([(-0.5, 0), (0.5, 0), (0.4, 0.3), (-0.4, 0.3)], (50, 45, 40))
    pk.oval(-0.2, 0.25, 0.2, 0.75, (200, 190, 170))
    pk.rect(-0.28, 0.7, 0.28, 0.85, (40, 38, 35), r=0.05)
    for i, label in enumerate(["Surname", "Name", "Born", "Rank", "Post"]):
        fy = fy0 + pw * 0.55 + i * ph * 0.085
        draw_text(d, (lx, fy), label, get_font(ppx), ink)
        d.line((lx + pw * 0.25, fy + ppx * 1.2, cx - pw * 0.1, fy + ppx * 1.2), ink, lw)
        _scribble(d, rng, lx + pw * 0.27, fy + ppx, cx - pw * 0.2, ppx * 0.9, pen, lw)
    return (fx0 + pw * 0.32, fy0 + pw * 0.38)


def _service_book_record_page(s: _Sheet, cx, top, pw, ph) -> None:
    """Ruled lines, the first ones filled with a year and a handwritten entry."""
    d, rng, ink, pen, lw = s.d, s.rng, s.ink, s.pen, s.lw
    ppx, rx = ph / 40, cx + pw * 0.08
    draw_text(d, (cx + pw / 2, top + ph * 0.06), "RECORD OF SERVICE", get_font(ppx * 1.2), ink, "c")
    for i in range(int(ph * 0.8 / (ppx * 2.2))):
        ry = top + ph * 0.12 + i * ppx * 2.2
        d.line((rx, ry + ppx * 2, cx + pw * 0.92, ry + ppx * 2), ink, max(1, lw // 2))
        if i < 9 + rng.randint(0, 5):
            draw_text(d, (rx, ry + ppx * 0.5), f"19{rng.randint(30, 79)}", get_font(ppx), ink)
            _scribble(d, rng, rx + pw * 0.2, ry + ppx * 1.7, cx + pw * 0.9, ppx * 0.8, pen, lw)


def _letter(s: _Sheet) -> _StampAt:
    """Letterhead with a double rule, date, subject line, handwritten body and signature."""
    d, rng, w, h, u, px, m, ink, pen, lw = s.d, s.rng, s.w, s.h, s.u, s.px, s.m, s.ink, s.pen, s.lw
    draw_text(d, (w / 2, h * 0.06), "STATE CUSTOMS SERVICE", get_font(px * 1.6), ink, "c")
    department = "Department of Border Posts"
    draw_text(d, (w / 2, h * 0.06 + px * 2.4), department, get_font(px * 0.9), ink, "c")
    y = h * 0.06 + px * 4
    d.line((m, y, w - m, y), ink, lw * 2)
    d.line((m, y + lw * 4, w - m, y + lw * 4), ink, lw)
    y += px * 1.5
    date = f"{rng.randint(1, 28)} May 19{rng.randint(21, 79)}"
    draw_text(d, (w - m, y), date, get_font(px), ink, "r")
    block(d, f"Re: {s.title}", (m, y + px * 1.5, w * 0.7, y + px * 4.5), px, ink, 2, "l")
    y += px * 6
    _scribble(d, rng, m, y, m + px * 8, px, pen, lw)
    while y < h * 0.74:
        y += px * 2.1
        _scribble(d, rng, m + px * rng.choice((0, 0, 3)), y, w - m, px, pen, lw)
    _sign(d, rng, w * 0.62, h * 0.86, u * 2, pen, lw * 2)
    return (w * 0.3, h * 0.86, u)


_SPORT_WORDS = ("sport", "champion", "competition", "cup", "race")


def _certificate(s: _Sheet) -> _StampAt:
    """Ornamental border, laurel emblem, heading, citation, text and two signatures."""
    d, rng, w, h, u, px, m, ink, lw = s.d, s.rng, s.w, s.h, s.u, s.px, s.m, s.ink, s.lw
    deco = rng.choice([(40, 90, 60), (120, 40, 40), (40, 60, 120), (150, 110, 40)])
    _certificate_border(s, deco)
    y = h * 0.12
    for i in range(7):
        for sgn in (-1, 1):
            a = math.radians(258 - i * 19)
            ex, ey = w / 2 + sgn * u * 5.5 * math.cos(a), y + u * 5 - u * 5.5 * math.sin(a)
            d.ellipse((ex - u * 0.9, ey - u * 0.45, ex + u * 0.9, ey + u * 0.45), fill=deco)
    d.polygon(star_pts(w / 2, y + u * 4.6, u * 3), deco)
    sporty = any(word in s.title.lower() for word in _SPORT_WORDS)
    heading = "DIPLOMA" if sporty else "CERTIFICATE"
    y += u * 12
    draw_text(d, (w / 2, y), heading, get_font(px * 3), deco, "c")
    draw_text(d, (w / 2, y + px * 4.5), "is awarded for", get_font(px), ink, "c")
    block(d, s.title, (m * 1.3, y + px * 6.5, w - m * 1.3, y + px * 11), px * 1.8, ink, 2)
    _typed(d, rng, (m * 1.6, y + px * 12, w - m * 1.6, h * 0.72), px * 0.9, ink)
    for sx in (0.22, 0.62):
        d.line((w * sx, h * 0.84, w * (sx + 0.18), h * 0.84), ink, lw)
        _sign(d, rng, w * (sx + 0.03), h * 0.83, u * 1.6, s.pen, lw * 2)
    return (w * 0.42, h * 0.8, u)


def _certificate_border(s: _Sheet, deco: Color) -> None:
    """Thick and thin frame, a chain of lozenges between them, rosettes in the corners."""
    d, w, h, u, lw = s.d, s.w, s.h, s.u, s.lw
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
        d.polygon(star_pts(x, y, u * 2, 8, 0.5), (236, 220, 180))


# --------------------------------------------------------------------------- the map

_BROWN, _GREEN, _BLUE, _RED = (150, 105, 65), (80, 115, 65), (70, 110, 170), (170, 40, 40)
_VILLAGE_START = ["Nov", "Ber", "Lin", "Dal", "Kor", "Ost", "Vel", "Mar"]
_VILLAGE_END = ["ovo", "ina", "sk", "ka"]


def _map(s: _Sheet) -> _StampAt:
    """Hand-drawn border map: hills, forest, river, roads, border line and posts."""
    _map_hills(s)
    _map_forests(s)
    river = _map_river(s)
    border = [(x + s.w * 0.07 + math.sin(i) * s.u * 1.5, y) for i, (x, y) in enumerate(river)]
    _map_dashed_border(s, border)
    _map_roads_and_posts(s, border)
    _map_compass_and_cartouche(s)
    return (s.w * 0.78, s.h * 0.84, s.u)


def _map_hills(s: _Sheet) -> None:
    """Two to four hills, each four bumpy contour rings."""
    rng, u = s.rng, s.u
    for _ in range(rng.randint(2, 4)):
        hx, hy, r0 = rng.uniform(0.1, 0.9) * s.w, rng.uniform(0.1, 0.9) * s.h, u * rng.uniform(4, 9)
        bumps = [rng.uniform(0.8, 1.2) for _ in range(12)]
        for k in range(1, 5):
            pts = [
                (
                    hx + r0 * k / 4 * bumps[i] * math.cos(i * math.pi / 6),
                    hy + r0 * k / 4 * bumps[i] * 0.7 * math.sin(i * math.pi / 6),
                )
                for i in range(12)
            ]
            s.d.line([*pts, pts[0]], _BROWN, s.lw, "curve")


def _map_forests(s: _Sheet) -> None:
    """Two to four woods of fourteen lollipop trees."""
    rng, u, lw = s.rng, s.u, s.lw
    for _ in range(rng.randint(2, 4)):
        fx, fy = rng.uniform(0.05, 0.9) * s.w, rng.uniform(0.1, 0.85) * s.h
        for _ in range(14):
            tx, ty = fx + rng.uniform(0, 12) * u, fy + rng.uniform(0, 8) * u
            s.d.ellipse(
                (tx - u * 0.7, ty - u * 0.7, tx + u * 0.7, ty + u * 0.7), outline=_GREEN, width=lw
            )
            s.d.line((tx, ty + u * 0.7, tx, ty + u * 1.3), _GREEN, lw)


def _map_river(s: _Sheet) -> list[tuple[float, float]]:
    """A river meandering from top to bottom; returns its course."""
    w, h = s.w, s.h
    xr = s.rng.uniform(0.35, 0.55) * w
    river = []
    for i in range(22):
        river.append((xr, h * i / 20 - h * 0.02))
        xr += s.rng.uniform(-0.035, 0.035) * w
    s.d.line(river, _BLUE, max(2, round(s.u * 1.1)), "curve")
    s.d.line(river, (130, 165, 205), max(1, round(s.u * 0.35)), "curve")
    return river


def _map_dashed_border(s: _Sheet, border: list[tuple[float, float]]) -> None:
    """The border as a dash-dot line along `border`."""
    dash, pos = s.u * 2.2, 0.0
    for (x0, y0), (x1, y1) in itertools.pairwise(border):
        seg = math.hypot(x1 - x0, y1 - y0)
        t = 0.0
        while t < seg:
            on = (pos // dash) % 3
            t2 = min(seg, t + dash * (0.3 if on == 2 else 1.0))
            if on != 1:
                s.d.line(
                    (
                        x0 + (x1 - x0) * t / seg,
                        y0 + (y1 - y0) * t / seg,
                        x0 + (x1 - x0) * t2 / seg,
                        y0 + (y1 - y0) * t2 / seg,
                    ),
                    _RED,
                    max(2, round(s.u * 0.5)),
                )
            pos += dash if t2 - t >= dash * 0.99 else dash * 0.3 + 0.01
            pos = (pos // dash) * dash
            t = t2


def _map_roads_and_posts(s: _Sheet, border: list[tuple[float, float]]) -> None:
    """Three dashed roads, each with a flagged customs post at the border and a village."""
    d, rng, w, h, u, ink, lw = s.d, s.rng, s.w, s.h, s.u, s.ink, s.lw
    font = get_font(u * 1.6)
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
        d.polygon([(bx, by - u * 4.5), (bx + u * 2.5, by - u * 3.8), (bx, by - u * 3.1)], _RED)
        draw_text(d, (bx + u * 1.8, by + u * 1.2), f"Post {n}", font, ink)
        vx = rng.uniform(0.08, 0.3) * w if n % 2 else rng.uniform(0.72, 0.88) * w
        for _ in range(5):
            qx, qy = vx + rng.uniform(-2, 2) * u, ry + rng.uniform(-3, -1) * u
            d.rectangle((qx, qy, qx + u * 0.8, qy + u * 0.8), fill=ink)
        village = rng.choice(_VILLAGE_START) + rng.choice(_VILLAGE_END)
        draw_text(d, (vx, ry - u * 6), village, font, ink)


def _map_compass_and_cartouche(s: _Sheet) -> None:
    """North arrow top right; framed title and scale bottom left."""
    d, w, h, u, ink, lw = s.d, s.w, s.h, s.u, s.ink, s.lw
    cx, cy = w - u * 8, u * 9
    d.polygon([(cx, cy - u * 5), (cx + u * 1.5, cy), (cx, cy - u), (cx - u * 1.5, cy)], ink)
    draw_text(d, (cx, cy + u), "N", get_font(u * 2.5), ink, "c")
    bx0, by0, bx1, by1 = u * 4, h - u * 16, u * 4 + min(w * 0.45, u * 48), h - u * 4
    d.rectangle((bx0, by0, bx1, by1), fill=(236, 222, 186), outline=ink, width=lw * 3)
    d.rectangle((bx0 + u, by0 + u, bx1 - u, by1 - u), outline=ink, width=lw)
    block(d, s.title, (bx0 + u * 2, by0 + u * 1.5, bx1 - u * 2, by1 - u * 4), u * 2.6, ink, 2)
    draw_text(d, ((bx0 + bx1) / 2, by1 - u * 3.5), "Scale 1 : 50 000", get_font(u * 1.5), ink, "c")


# --------------------------------------------------------------------------- dispatch

DOCUMENTS: dict[str, Callable[[_Sheet], _StampAt]] = {
    "decree": _decree,
    "declaration": _declaration,
    "service_book": _service_book,
    "letter": _letter,
    "certificate": _certificate,
    "map": _map,
}


def document(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    """The document `kind` (a key of DOCUMENTS) on aged paper, with a customs stamp."""
    w, h = size
    img = _paper(rng, size, crease=kind in ("letter", "declaration") and rng.random() < 0.6)
    u = min(w, h * 1.3) / 100
    ink = mix((40, 34, 30), (70, 60, 55), rng.random())
    pen = rng.choice([(30, 40, 95), (50, 40, 35), (25, 45, 80)])
    sheet = _Sheet(
        img=img,
        d=ImageDraw.Draw(img),
        rng=rng,
        title=title,
        u=u,
        px=max(7, u * 1.75),
        m=w * 0.09,
        ink=ink,
        pen=pen,
        lw=max(1, round(u * 0.18)),
        name=f"{rng.choice('ABDEIKMNOPSV')}. {rng.choice(NAMES)}",
    )
    cx, cy, unit = DOCUMENTS[kind](sheet)
    stamp(img, rng, cx, cy, unit * rng.uniform(17, 21))
    return img
