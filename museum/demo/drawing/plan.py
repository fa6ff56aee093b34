"""A tour's floor plan for the demo: the halls in a row, the stops numbered along the route."""

from __future__ import annotations

import io
from collections.abc import Sequence

from PIL import Image, ImageDraw

from museum.demo.drawing.kit import draw_text, get_font

SIZE = (1600, 660)
MARGIN = 70
TOP, BOTTOM = MARGIN + 40, SIZE[1] - MARGIN
DOOR_Y = (TOP + BOTTOM) / 2
PAPER, WALL, ROUTE, LABEL = (250, 247, 241), (60, 55, 48), (29, 79, 110), (31, 29, 26)


def floor_plan(rooms: Sequence[str]) -> bytes:
    """Draw one hall per distinct room, in the order first visited; `rooms[i]` is stop i+1's."""
    halls = list(dict.fromkeys(rooms))
    width = (SIZE[0] - 2 * MARGIN) / len(halls)
    image = Image.new("RGB", SIZE, PAPER)
    d = ImageDraw.Draw(image)
    for index, hall in enumerate(halls):
        left = MARGIN + index * width
        d.rectangle((left, TOP, left + width, BOTTOM), outline=WALL, width=6)
        draw_text(d, (left + width / 2, MARGIN - 20), hall, get_font(34), LABEL, align="c")
        d.line((left, DOOR_Y - 50, left, DOOR_Y + 50), fill=PAPER, width=10)  # a doorway
    draw_text(d, (MARGIN - 30, DOOR_Y + 40), "In", get_font(26), ROUTE, align="c")
    d.polygon(
        [(MARGIN - 50, DOOR_Y - 22), (MARGIN - 50, DOOR_Y + 22), (MARGIN - 12, DOOR_Y)], ROUTE
    )
    stops = _stop_points(rooms, halls, width)
    d.line(_route(rooms, halls, width, stops), fill=ROUTE, width=5, joint="curve")
    for number, (x, y) in enumerate(stops, start=1):
        d.ellipse((x - 26, y - 26, x + 26, y + 26), fill=ROUTE)
        draw_text(d, (x, y - 12), str(number), get_font(26), (255, 255, 255), align="c")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _stop_points(rooms, halls, width) -> list[tuple[float, float]]:
    """Each stop's place, in the tour's order: a hall's stops go up its middle, zigzagging."""
    points: dict[int, tuple[float, float]] = {}
    for index, hall in enumerate(halls):
        numbers = [n for n, room in enumerate(rooms) if room == hall]
        step = (BOTTOM - TOP) / (len(numbers) + 1)
        for order, number in enumerate(numbers, start=1):
            x = MARGIN + index * width + width * (0.35 if order % 2 else 0.65)
            points[number] = (x, BOTTOM - order * step)
    return [points[number] for number in sorted(points)]


def _route(rooms, halls, width, stops) -> list[tuple[float, float]]:
    """From the entrance through each stop, passing the doorways between the halls."""
    route, hall = [(MARGIN, DOOR_Y)], 0
    for room, point in zip(rooms, stops, strict=True):
        target = halls.index(room)
        while hall != target:
            step = 1 if target > hall else -1
            route.append((MARGIN + (hall + (step > 0)) * width, DOOR_Y))
            hall += step
        route.append(point)
    return route
