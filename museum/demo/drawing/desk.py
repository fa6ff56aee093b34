"""The ensemble: a customs officer's desk with the equipment pieces standing on it."""

from __future__ import annotations

import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from museum.demo.drawing.documents import stamp
from museum.demo.drawing.equipment import EQUIPMENT
from museum.demo.drawing.kit import Kit, backdrop, mix, seeded_noise, smooth, tint

# What stands on the desk: piece, centre x and baseline y as fractions of the image, scale.
_ITEMS = [
    ("desk_lamp", 0.16, 0.62, 0.4),
    ("telephone", 0.83, 0.6, 0.24),
    ("typewriter", 0.5, 0.8, 0.33),
    ("ledger", 0.16, 0.96, 0.3),
    ("rubber_stamp", 0.73, 0.95, 0.2),
    ("inkwell", 0.9, 0.93, 0.2),
]


def desk(rng: random.Random, size: tuple[int, int], title: str) -> Image.Image:
    """An officer's desk seen from the front and above, with the tools of the job on it."""
    w, h = size
    img = _wall_and_desk_top(rng, size)
    u = min(w / 1.45, h)
    _item_shadows(img, u)
    paper = Kit(img, w * 0.32, h * 0.98, u)
    paper.rect(-0.05, 0.0, 0.18, 0.24, (236, 228, 205))
    stamp(img, rng, *paper.p(0.12, 0.06), u * 0.09)
    for name, fx, fy, fs in _ITEMS:
        EQUIPMENT[name][0](
            Kit(img, w * (fx - 0.5) * (u * 1.45 / w) + w / 2, h * fy, u * fs), rng, title
        )
    return img


def _wall_and_desk_top(rng: random.Random, size: tuple[int, int]) -> Image.Image:
    """A painted wall above a wood-grained desk top in perspective, with a lit front edge."""
    w, h = size
    wall = rng.choice([(150, 160, 130), (175, 165, 140), (120, 140, 140)])
    img = backdrop(rng, size, [(0, (10, 10, 10)), (200, wall), (255, mix(wall, (255,) * 3, 0.3))])
    top = round(h * 0.38)
    grain = seeded_noise(rng, (6, 220)).resize((w, h - top), Image.Resampling.BICUBIC)
    grain = ImageChops.add(grain, smooth(rng, (w, h - top), 3), 2, 0)
    mask = Image.new("L", (w, h - top), 0)
    ImageDraw.Draw(mask).polygon([(w * 0.04, 0), (w * 0.96, 0), (w, h), (0, h)], 255)
    wood = [(0, (45, 22, 10)), (128, (110, 62, 30)), (255, (170, 105, 55))]
    img.paste(tint(grain, wood), (0, top), mask)
    d = ImageDraw.Draw(img)
    d.line((w * 0.04, top, w * 0.96, top), (200, 140, 80), max(1, h // 300))
    return img


def _item_shadows(img: Image.Image, u: float) -> None:
    """Soft dark ellipses on the desk under each piece."""
    w, h = img.size
    shade = Image.new("L", (max(2, w // 8), max(2, h // 8)), 0)
    sd = ImageDraw.Draw(shade)
    for name, fx, fy, fs in _ITEMS:
        fw = EQUIPMENT[name][1] * fs * u / w / 2
        sd.ellipse(
            (
                (fx - fw + 0.015) * shade.width,
                (fy - 0.025) * shade.height,
                (fx + fw + 0.02) * shade.width,
                (fy + 0.02) * shade.height,
            ),
            fill=110,
        )
    shade = shade.filter(ImageFilter.GaussianBlur(max(1, shade.width / 120))).resize((w, h))
    img.paste((20, 10, 5), (0, 0), shade)


def layout(size: tuple[int, int]) -> dict[str, tuple[float, float, float, float]]:
    """Where each piece stands on a desk of this size: left, top, width, height as fractions."""
    w, h = size
    u = min(w / 1.45, h)
    boxes = {}
    for name, fx, fy, fs in _ITEMS:
        _draw, width_units, height_units = EQUIPMENT[name]
        scale = u * fs
        cx, by = w * (fx - 0.5) * (u * 1.45 / w) + w / 2, h * fy
        left = max(0.0, (cx - width_units / 2 * scale) / w)
        top = max(0.0, (by - height_units * scale) / h)
        right = min(1.0, (cx + width_units / 2 * scale) / w)
        bottom = min(1.0, by / h)
        boxes[name] = (left, top, right - left, bottom - top)
    return boxes
