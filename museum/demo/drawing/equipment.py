"""Equipment photographed on a studio background, drawn in object units by a `Kit`.

Each piece stands on the baseline (y = 0) centred on x = 0; `EQUIPMENT` gives its width and
height in those units, so the desk can place the same pieces at its own scale.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PIL import Image

from museum.demo.drawing.kit import Kit, backdrop, mix, star_pts

BRASS, BRASS_HI = (120, 85, 30), (240, 205, 120)
STEEL, STEEL_HI = (80, 84, 90), (225, 228, 232)
BLACK, BLACK_HI = (14, 14, 16), (85, 85, 92)


def _eq_typewriter(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_telephone(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_desk_lamp(k: Kit, rng: random.Random, title: str) -> None:
    k.grad("oval", (-0.34, 0.0, 0.34, 0.12), BRASS, BRASS_HI, metal=True, axis="h")
    k.grad("rect", (-0.03, 0.06, 0.03, 0.62), BRASS, BRASS_HI, metal=True, axis="h")
    k.poly([(-0.4, 0.62), (0.4, 0.62), (0.3, 0.59), (-0.3, 0.59)], (255, 236, 170))
    shade = rng.choice([((10, 60, 30), (90, 190, 120)), ((80, 20, 15), (200, 80, 60))])
    k.grad("chord", (-0.46, 0.32, 0.46, 0.92), *shade, metal=True, axis="h", angles=(180, 360))
    k.grad("rect", (-0.47, 0.6, 0.47, 0.64), BRASS, BRASS_HI, metal=True, axis="h")
    k.line([(0.18, 0.6), (0.18, 0.42)], BRASS, 0.006)
    k.circle(0.18, 0.41, 0.018, BRASS_HI)


def _eq_inkwell(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_ledger(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_rubber_stamp(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_seal_press(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_inspection_mirror(k: Kit, rng: random.Random, title: str) -> None:
    k.line([(-0.75, 0.05), (-0.42, 0.28)], BLACK, 0.07)
    k.line([(-0.42, 0.28), (0.0, 0.56)], STEEL, 0.04)
    k.line([(-0.4, 0.28), (0.0, 0.56)], STEEL_HI, 0.01)
    k.line([(0.0, 0.56), (0.36, 0.8)], (150, 155, 160), 0.028)
    for x, y in ((-0.42, 0.28), (0.0, 0.56)):
        k.circle(x, y, 0.035, STEEL)
    k.circle(0.55, 0.9, 0.26, BLACK)
    k.grad("oval", (0.31, 0.66, 0.79, 1.14), (120, 140, 160), (240, 245, 250), axis="h", metal=True)
    k.arc(0.36, 0.71, 0.74, 1.09, 200, 250, (255, 255, 255), 0.02)


def _eq_scales(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_radio_set(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_binoculars(k: Kit, rng: random.Random, title: str) -> None:
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


def _eq_uniform_cap(k: Kit, rng: random.Random, title: str) -> None:
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
    k.line([(-0.5, 0.38), (0.5, 0.38)], mix(band, (255, 255, 255), 0.5), 0.01)
    k.grad("chord", (-0.58, 0.0, 0.58, 0.36), BLACK, BLACK_HI, axis="v", angles=(0, 180))
    k.arc(-0.5, 0.04, 0.5, 0.3, 40, 140, (120, 120, 128), 0.012)
    k.line([(-0.5, 0.2), (0.5, 0.2)], BRASS_HI, 0.02)
    for sgn in (-1, 1):
        k.circle(sgn * 0.48, 0.2, 0.03, BRASS_HI)
        k.poly([(0, 0.58), (sgn * 0.3, 0.66), (sgn * 0.26, 0.56), (sgn * 0.05, 0.52)], BRASS_HI)
    k.grad("oval", (-0.09, 0.2, 0.09, 0.38), BRASS, BRASS_HI, axis="r")
    k.d.polygon(star_pts(*k.p(0, 0.29), 0.07 * k.s), (170, 30, 30))
    k.d.polygon(star_pts(*k.p(0, 0.58), 0.09 * k.s), BRASS_HI)


# Each piece with its width and height in units.
EQUIPMENT: dict[str, tuple[Callable[[Kit, random.Random, str], None], float, float]] = {
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


def equipment(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    """The piece of equipment `kind` (a key of EQUIPMENT) on a studio background."""
    w, h = size
    fn, width, height = EQUIPMENT[kind]
    s = min(w * 0.8 / width, h * 0.75 / height)
    by = h / 2 + height * s / 2
    base = rng.choice([(205, 200, 190), (190, 195, 200), (210, 200, 180)])
    stops = [(0, mix(base, (0, 0, 0), 0.7)), (200, base), (255, mix(base, (255, 255, 255), 0.5))]
    shadow = (0.5 + 0.04, by / h - 0.005, width * s * 0.5 / w, 0.025 + 0.06 * s / h, 70)
    img = backdrop(rng, size, stops, [shadow])
    fn(Kit(img, w / 2, by, s), rng, title)
    return img
