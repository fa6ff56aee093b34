"""Pictures for the demo collection, drawn with Pillow at load time (no binary assets).

``render(motif, title=..., seed=..., size=...)`` draws one of the motifs in ``MOTIFS`` at the
requested size. Every variation comes from ``random.Random`` seeded by the motif and the seed,
so the same arguments always give the same pixels.

The drawing itself lives in one module per kind of motif: ``documents``, ``photographs``,
``equipment``, ``awards`` and ``desk``, all using the shared tools in ``kit``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import partial

from PIL import Image

from museum.demo.drawing.awards import AWARDS, award
from museum.demo.drawing.desk import desk
from museum.demo.drawing.documents import DOCUMENTS, document
from museum.demo.drawing.equipment import EQUIPMENT, equipment
from museum.demo.drawing.photographs import SCENES, photo

__all__ = ["MOTIFS", "render"]

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

_RENDERERS: dict[str, Callable[[random.Random, tuple[int, int], str], Image.Image]] = {
    **{name: partial(document, name) for name in DOCUMENTS},
    **{name: partial(photo, name) for name in SCENES},
    **{name: partial(equipment, name) for name in EQUIPMENT},
    **{name: partial(award, name) for name in AWARDS},
    "desk": desk,
}


def render(motif: str, *, title: str, seed: int, size: tuple[int, int]) -> Image.Image:
    """Draw the motif as an RGB image of exactly `size`; the same arguments give the same pixels."""
    renderer = _RENDERERS.get(motif)
    if renderer is None:
        raise ValueError(f"unknown motif {motif!r}; known: {', '.join(sorted(MOTIFS))}")
    w, h = int(size[0]), int(size[1])
    if w < 32 or h < 32:
        raise ValueError(f"size {w}x{h} is too small (at least 32x32)")
    # S311: the same picture on every run is the point; nothing secret is drawn from it.
    img = renderer(random.Random(f"{motif}:{seed}"), (w, h), title)  # noqa: S311
    return img if img.mode == "RGB" else img.convert("RGB")
