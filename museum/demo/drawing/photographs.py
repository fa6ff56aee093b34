"""Old photographs: a grey scene drawn in object units, printed sepia or black and white."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

from PIL import Image, ImageChops, ImageDraw

from museum.demo.drawing.kit import Kit, add_grain, block, smooth, star_pts, tint


def _figure(k: Kit, x: float, y: float, hgt: float, tone: int, face: int) -> None:
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


def _ground(k: Kit, rng: random.Random, horizon: float, sky=(205, 238), ground=140) -> None:
    """Sky graded down to the horizon, flat ground below, a ragged dark strip along it."""
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


def _barrier(k: Kit, x_post: float, y: float, x_end: float) -> None:
    """A striped boom lying from its post at x_post to its rest at x_end."""
    k.rect(x_post - 0.02, y - 0.1, x_post + 0.02, y + 0.1, 60)
    k.rect(x_post + 0.01, y + 0.06, x_post + 0.1, y + 0.12, 45)
    segs = 9
    for i in range(segs):
        xa = x_post + (x_end - x_post) * i / segs
        xb = x_post + (x_end - x_post) * (i + 1) / segs
        k.rect(min(xa, xb), y + 0.07, max(xa, xb), y + 0.1, 35 if i % 2 else 240)
    k.rect(x_end - 0.01, y - 0.1, x_end + 0.01, y + 0.07, 70)


def _scene_customs_post(k: Kit, rng: random.Random) -> None:
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


def _scene_border_barrier(k: Kit, rng: random.Random) -> None:
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


def _scene_staff_group(k: Kit, rng: random.Random) -> None:
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


def _scene_portrait(k: Kit, rng: random.Random) -> None:
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
    k.d.polygon(star_pts(*k.p(0, 0.88), 0.05 * k.s), 220)


def _scene_vehicle_inspection(k: Kit, rng: random.Random) -> None:
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


def _scene_cargo_port(k: Kit, rng: random.Random) -> None:
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
        _crane(k, cx)
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


def _crane(k: Kit, cx: float) -> None:
    """A lattice tower crane standing on the quay at cx, its jib reaching right."""
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


# Each scene with its width in units (the height is one unit).
SCENES: dict[str, tuple[Callable[[Kit, random.Random], None], float]] = {
    "customs_post": (_scene_customs_post, 1.4),
    "staff_group": (_scene_staff_group, 1.4),
    "portrait": (_scene_portrait, 1.0),
    "border_barrier": (_scene_border_barrier, 1.4),
    "vehicle_inspection": (_scene_vehicle_inspection, 1.5),
    "cargo_port": (_scene_cargo_port, 1.5),
}


def photo(kind: str, rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    """An old print: grey scene, grain, vignette, sepia or B/W tone, white border and caption."""
    w, h = size
    b = max(2, round(min(w, h) * 0.045))
    pw, ph = w - 2 * b, h - 3 * b - b // 2
    scene, aspect = SCENES[kind]
    s = min(ph / (1.12 if kind == "portrait" else 1.0), pw / aspect)
    tone = Image.new("L", (pw, ph), 128)
    by = ph if kind == "portrait" else (ph + s) / 2
    scene(Kit(tone, pw / 2, by, s), rng)
    mottle = smooth(rng, (pw, ph), 5).point(lambda v: v * 24 // 255)
    vignette = Image.radial_gradient("L").resize((pw, ph)).point(lambda v: v * v * 110 // 65025)
    tone = ImageChops.subtract(ImageChops.add(tone, mottle, 1, -12), vignette)
    tone = add_grain(tone.point(lambda v: 18 + v * 215 // 255), rng, 34)
    if rng.random() < 0.6:
        stops = [(0, (30, 25, 20)), (128, (146, 128, 106)), (255, (242, 234, 216))]
    else:
        stops = [(0, (24, 24, 26)), (128, (140, 140, 138)), (255, (238, 238, 234))]
    img = Image.new("RGB", size, (238, 234, 224))
    img.paste(tint(tone, stops), (b, b))
    d = ImageDraw.Draw(img)
    block(d, title, (b, h - 2.5 * b, w - b, h - b * 0.3), b * 1.1, (70, 64, 60), 1)
    return img
