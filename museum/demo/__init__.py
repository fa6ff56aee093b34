"""The demo museum: a customs service's collection, its images drawn with Pillow at load time.

All of it is sample content. It is written through the catalog like any curator's work. Its
texts are English (content.py) with translations in content_<language>.py modules of the same
keys; an exhibit a module gives no description keeps the English one, shown as untranslated.
"""

import functools
import importlib
import io
import multiprocessing
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import AbstractContextManager, nullcontext
from types import ModuleType
from typing import Any

from flask import Flask, current_app
from sqlalchemy import func, select

from museum import catalog, db, kiosks, queries
from museum.demo import content, drawing
from museum.demo.drawing.desk import layout as desk_layout
from museum.demo.drawing.plan import floor_plan
from museum.models import Exhibit, Gallery, Image, Tour, TourStop
from museum.search import indexer
from museum.translation import flat_name

SAMPLE_NOTES = {
    "en": "\n\n*Sample content: made up for the demo collection of the museum software.*",
    "ru": "\n\n*Образец: выдуман для демонстрационной коллекции музейной программы.*",
    "tk": "\n\n*Nusga: muzeý programmasynyň görkezme ýygyndysy üçin oýlanyp tapyldy.*",
}
SAMPLE_NOTE = SAMPLE_NOTES["en"]
# The translations of content.py, (language, module name): keyed as content_ru.py describes.
TRANSLATION_MODULES = (("ru", "museum.demo.content_ru"), ("tk", "museum.demo.content_tk"))
FIELD_NAMES = {"date": "date_text"}
NOT_FIELDS = {"fields", "images", "parts", "tags"}


def catalog_is_empty() -> bool:
    """True when the catalog holds no exhibit at all."""
    with db.factory()() as session:
        return not session.scalar(select(func.count()).select_from(Exhibit))


def step_count() -> int:
    """How many steps load() reports through its progress callback."""
    return len(content.EXHIBITS) + len(content.GALLERIES) + len(content.TOURS)


def load(progress: Callable[[int], object] = lambda _n: None, workers: int = 2) -> str:
    """Load the whole demo collection through the catalog; return a one-line summary."""
    ids: dict[str, int] = {}
    covers: dict[str, int] = {}
    unread_dates: list[str] = []
    image_count = 0
    # Drawing is mostly Python, so worker processes draw; storing is mostly Pillow's C code,
    # which releases the GIL, so threads store (the catalog's writers queue on the database).
    app = current_app._get_current_object()
    with (
        indexer.deferred(),
        _drawing_pool(workers) as drawers,
        ThreadPoolExecutor(max(1, workers)) as savers,
    ):
        drawn = drawers.map(_draw_images, content.EXHIBITS)
        saving = [
            savers.submit(_save_exhibit, app, record, images)
            for record, images in zip(content.EXHIBITS, drawn, strict=True)
        ]
        for record, future in zip(content.EXHIBITS, saving, strict=True):
            exhibit = future.result()
            ids[record["accession_number"]] = exhibit.id
            if exhibit.images:
                covers[record["accession_number"]] = exhibit.images[0].id
            image_count += len(exhibit.images)
            if exhibit.date_unparsed:
                unread_dates.append(f"{exhibit.accession_number} ({exhibit.date_text!r})")
            progress(1)
    _link_parts(ids)
    for gallery in content.GALLERIES:
        _load_gallery(gallery, ids, covers)
        progress(1)
    tours = []
    for tour in content.TOURS:
        tours.append(_load_tour(tour, ids))
        progress(1)
    _set_up_kiosks(tours[0])
    return (
        f"Loaded {_count(len(ids), 'exhibit')} with {_count(image_count, 'image')}, "
        f"{_count(len(content.GALLERIES), 'gallery', 'galleries')} "
        f"and {_count(len(content.TOURS), 'tour')}." + _unread_dates_note(unread_dates)
    )


def _save_exhibit(app: Flask, record: dict, images: list[catalog.NewImage]) -> Exhibit:
    with app.app_context():
        return catalog.create_exhibit(
            _exhibit_fields(record), images=images, tags=record.get("tags", ()), publish=True
        )


def _unread_dates_note(unread: list[str]) -> str:
    if not unread:
        return ""
    return f"\nDates kept as text, not sortable by year: {', '.join(unread)}."


def _count(number: int, singular: str, plural: str | None = None) -> str:
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


def _drawing_pool(workers: int) -> AbstractContextManager:
    if workers <= 1:
        return nullcontext(_Serial())
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))


class _Serial:
    map = staticmethod(map)


def _exhibit_fields(record: dict) -> dict:
    fields = {FIELD_NAMES.get(k, k): v for k, v in record.items() if k not in NOT_FIELDS}
    fields.update(record.get("fields", {}))
    fields["description"] = fields.get("description", "") + SAMPLE_NOTE
    for language, texts in _texts("EXHIBITS", record["accession_number"]).items():
        for field, text in _noted(texts, Exhibit.TRANSLATED, language, "description").items():
            fields[flat_name(field, language)] = text
    return fields


@functools.cache
def translation_modules() -> tuple[tuple[str, ModuleType], ...]:
    """(language, module) for each translation of content.py there is."""
    found = []
    for language, name in TRANSLATION_MODULES:
        try:
            found.append((language, importlib.import_module(name)))
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
    return tuple(found)


def _texts(kind: str, key: str) -> dict[str, dict]:
    """{language: texts} of one exhibit, gallery or tour (`kind` "EXHIBITS", "GALLERIES" or
    "TOURS", `key` its accession number or slug) in every translation."""
    return {
        language: getattr(module, kind).get(key, {}) for language, module in translation_modules()
    }


def _noted(
    texts: Mapping[str, Any], fields: Iterable[str], language: str, noted: str = ""
) -> dict[str, str]:
    """The given fields that have a text, with the sample note after the `noted` one."""
    found = {field: texts[field] for field in fields if texts.get(field)}
    if noted in found:
        found[noted] += SAMPLE_NOTES[language]
    return found


def _item_translations(
    kind: str, key: str, items: str, fields: Iterable[str], count: int
) -> list[dict[str, dict[str, str]]]:
    """The translations of each image (or tour stop) of one record, in the English order."""
    found: list[dict[str, dict[str, str]]] = [{} for _ in range(count)]
    for language, texts in _texts(kind, key).items():
        for index, item in enumerate(texts.get(items, [])):
            found[index][language] = _noted(item, fields, language)
    return found


def _translations(kind: str, key: str, fields: Iterable[str]) -> dict[str, dict[str, str]]:
    """A gallery's or tour's translations, with the sample note after each introduction."""
    return {
        language: _noted(texts, fields, language, "introduction")
        for language, texts in _texts(kind, key).items()
    }


def _draw_images(record: dict) -> list[catalog.NewImage]:
    images = []
    specs = record.get("images", [])
    translations = _item_translations(
        "EXHIBITS", record["accession_number"], "images", Image.TRANSLATED, len(specs)
    )
    for number, spec in enumerate(specs, start=1):
        seed = hash_seed(record["accession_number"], number)
        picture = drawing.render(
            spec["motif"], title=record["title"], seed=seed, size=tuple(spec["size"])
        )
        buffer = io.BytesIO()
        picture.save(buffer, "JPEG", quality=88)
        filename = f"{spec['motif']}-{number}.jpg"
        images.append(
            catalog.NewImage(
                buffer.getvalue(),
                filename,
                spec.get("caption", ""),
                spec.get("alt_text", ""),
                translations=translations[number - 1],
            )
        )
    return images


def hash_seed(accession_number: str, number: int) -> int:
    """A seed that is the same on every run (Python's hash() of a str is not)."""
    return sum(ord(char) * 31**i for i, char in enumerate(accession_number)) % 2**31 + number


def _link_parts(ids: dict[str, int]) -> None:
    for record in content.EXHIBITS:
        if record.get("parts"):
            parts = [ids[number] for number in record["parts"]]
            catalog.set_parts(ids[record["accession_number"]], parts)
            _place_hotspots(record, ids)


def _place_hotspots(ensemble: dict, ids: dict[str, int]) -> None:
    """Hotspots over the pieces drawn on the desk scene, each leading to its part."""
    scene = ensemble["images"][0]
    if scene["motif"] != "desk":
        return
    boxes = desk_layout(tuple(scene["size"]))
    motifs = {
        r["accession_number"]: r["images"][0]["motif"] for r in content.EXHIBITS if r.get("images")
    }
    spots = [
        catalog.NewHotspot(ids[number], *boxes[motifs[number]])
        for number in ensemble["parts"]
        if motifs.get(number) in boxes
    ]
    catalog.set_hotspots(ids[ensemble["accession_number"]], spots)


def _load_gallery(gallery: dict, ids: dict[str, int], covers: dict[str, int]) -> None:
    catalog.create_gallery(
        title=gallery["title"],
        slug=gallery["slug"],
        introduction=gallery["introduction"] + SAMPLE_NOTE,
        theme=gallery["theme"],
        exhibit_ids=[ids[number] for number in gallery["exhibits"]],
        cover_image_id=covers.get(gallery["cover"]),
        published=True,
        translations=_translations("GALLERIES", gallery["slug"], Gallery.TRANSLATED),
    )


def _load_tour(tour: dict, ids: dict[str, int]) -> Tour:
    translated = _item_translations(
        "TOURS", tour["slug"], "stops", TourStop.TRANSLATED, len(tour["stops"])
    )
    stops = [
        catalog.NewStop(
            exhibit_id=ids[stop["exhibit"]],
            title=stop.get("title", ""),
            narration=stop.get("narration", ""),
            room=stop.get("room", ""),
            showcase=stop.get("showcase", ""),
            translations=translations,
        )
        for stop, translations in zip(tour["stops"], translated, strict=True)
    ]
    return catalog.create_tour(
        title=tour["title"],
        slug=tour["slug"],
        introduction=tour["introduction"] + SAMPLE_NOTE,
        stops=stops,
        floor_plan=_floor_plan([stop.room for stop in stops]),
        published=True,
        translations=_translations("TOURS", tour["slug"], Tour.TRANSLATED),
    )


def _set_up_kiosks(tour: Tour) -> None:
    """A second kiosk beside the default one: it runs the demo tour stop by stop. Both offer
    every language the demo has texts in."""
    languages = ",".join(["en", *(language for language, _module in translation_modules())])
    photographs = queries.gallery_by_slug("faces-and-frontiers")
    fields = {
        "name": "Tour kiosk",
        "start": "tour",
        "start_tour_id": tour.id,
        "attract": "gallery" if photographs else "featured",
        "attract_gallery_id": photographs.id if photographs else None,
        "languages": languages,
    }
    kiosks.save_profile(None, fields, slug="tour")
    main = kiosks.default_profile()
    if main is not None and main.slug != "tour":
        current = {name: getattr(main, name) for name in kiosks.PROFILE_FIELDS}
        kiosks.save_profile(main.id, {**current, "languages": languages})


def _floor_plan(rooms: list[str]) -> catalog.FloorPlan | None:
    """A drawn plan of the halls with the route, when every stop names its room."""
    if not rooms or not all(rooms):
        return None
    runs: list[list] = []  # [room, first stop, last stop] for each stretch in one room
    for number, room in enumerate(rooms, start=1):
        if runs and runs[-1][0] == room:
            runs[-1][2] = number
        else:
            runs.append([room, number, number])
    walk = "; ".join(
        f"stop {first} in {room}" if first == last else f"stops {first} to {last} in {room}"
        for room, first, last in runs
    )
    halls = list(dict.fromkeys(rooms))
    alt_text = (
        f"Plan of {len(halls)} halls in a row, from {halls[0]} to {halls[-1]}, "
        f"entered through {halls[0]}; the route: {walk}."
    )
    return catalog.FloorPlan(alt_text, floor_plan(rooms), "floor-plan.png")
