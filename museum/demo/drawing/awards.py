"""Awards on a velvet background: medal, cup, pennant and plaque, in gold, silver or bronze."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PIL import Image, ImageChops, ImageDraw

from museum.demo.drawing.kit import Color, Kit, backdrop, mix, ring_text, star_pts

Metal = tuple[Color, Color]  # dark and light tone of a metal

METALS: dict[str, Metal] = {
    "gold": ((110, 75, 15), (255, 220, 120)),
    "silver": ((95, 98, 105), (240, 242, 245)),
    "bronze": ((90, 45, 20), (225, 150, 95)),
}


def _aw_medal(k: Kit, rng: random.Random, title: str, metal) -> None:
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
    ring_text(layer, text, cx, cy, 0.33 * k.s, min(0.07, 1.9 / len(text)) * k.s, 255)
    k.img.paste(mix(metal[0], (0, 0, 0), 0.3), (0, 0), layer)
    k.circle(0, 0.48, 0.25, None, outline=metal[0], width=0.01)
    k.d.polygon(star_pts(cx, cy, 0.2 * k.s), metal[1])
    k.d.polygon(star_pts(cx, cy, 0.2 * k.s), None, mix(metal[0], metal[1], 0.3), k.w(0.01))


def _aw_cup(k: Kit, rng: random.Random, title: str, metal) -> None:
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
    k.d.polygon(star_pts(*k.p(0, 1.1), 0.12 * k.s), mix(metal[0], metal[1], 0.3))


def _aw_pennant(k: Kit, rng: random.Random, title: str, metal) -> None:
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
    k.d.polygon(star_pts(*k.p(0, 1.28), 0.14 * k.s), metal[1])
    k.text(0, 0.92, title, 0.11, metal[1], max_w=0.7)
    k.line([(0, 0.0), (0, -0.1)], metal[1], 0.02)
    k.poly([(-0.04, -0.1), (0.04, -0.1), (0.06, -0.25), (-0.06, -0.25)], metal[1])


def _aw_plaque(k: Kit, rng: random.Random, title: str, metal) -> None:
    wood = rng.choice([((60, 30, 15), (160, 95, 50)), ((35, 20, 12), (110, 65, 35))])
    k.grad("rect", (-0.7, 0.0, 0.7, 1.3), wood[0], wood[1], axis="h", metal=True, r=0.08)
    k.grad("rect", (-0.62, 0.08, 0.62, 1.22), wood[1], wood[0], axis="v", r=0.06)
    for i in range(14):
        y = 0.1 + i * 0.08 + rng.uniform(-0.02, 0.02)
        k.line([(-0.6, y), (-0.2, y + rng.uniform(-0.03, 0.03)), (0.6, y)], mix(*wood, 0.3), 0.003)
    k.grad("oval", (-0.2, 0.78, 0.2, 1.18), *metal, metal=True)
    k.d.polygon(star_pts(*k.p(0, 0.98), 0.14 * k.s), mix(metal[0], metal[1], 0.4))
    k.grad("rect", (-0.5, 0.18, 0.5, 0.68), *metal, metal=True, r=0.02)
    k.rect(-0.46, 0.22, 0.46, 0.64, None, outline=metal[0], width=0.006)
    k.text(0, 0.43, title, 0.09, mix(metal[0], (0, 0, 0), 0.5), max_w=0.8)
    for x, y in ((-0.44, 0.24), (0.44, 0.24), (-0.44, 0.62), (0.44, 0.62)):
        k.circle(x, y, 0.018, metal[0])


# Each award with its width and height in units.
AWARDS: dict[str, tuple[Callable[[Kit, random.Random, str, Metal], None], float, float]] = {
    "medal": (_aw_medal, 1.0, 1.6),
    "cup": (_aw_cup, 1.1, 1.5),
    "pennant": (_aw_pennant, 1.1, 2.05),
    "plaque": (_aw_plaque, 1.4, 1.3),
}


def award(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    """The award `kind` (a key of AWARDS) on velvet; plaques are always gold."""
    w, h = size
    fn, width, height = AWARDS[kind]
    s = min(w * 0.82 / width, h * 0.84 / height)
    by = h / 2 + height * s / 2 - (0.25 * s if kind == "pennant" else 0)
    velvet = rng.choice([(110, 15, 30), (20, 35, 100), (15, 80, 40), (75, 20, 90)])
    stops = [(0, (5, 3, 4)), (135, velvet), (255, mix(velvet, (255, 255, 255), 0.3))]
    shadow = (0.5 + 0.02, 0.5 + 0.02, width * s * 0.5 / w, height * s * 0.45 / h, 60)
    img = backdrop(rng, size, stops, [shadow], folds=rng.randint(5, 12), vignette=95)
    metal = METALS[rng.choice(list(METALS))] if kind != "plaque" else METALS["gold"]
    fn(Kit(img, w / 2, by, s), rng, title, metal)
    return img
