"""Exports: a CSV that `museum import` reads back to the same catalog, and JSON with everything.

CSV: one row per exhibit outside the trash, columns named after our fields, tags joined by
"; ", the ensemble by accession number, and for each image `image_N` (the file name),
`image_N_alt_text`, `image_N_caption` and `image_N_decorative`. Texts in several languages
have one column per language, the default first: `title_en`, `title_ru`, `title_tk` (no plain
`title`: each column says its language, so the file reads the same into a museum whose default
language is another), `image_N_caption_en`... Image files are named
`<accession number as a slug>-<N>-<first 12 hex digits of the SHA-256>.<ext>`: unique, stable,
and recognised again by an update that is not given the files.
"""

import csv
import io
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from slugify import slugify
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from museum import db, media
from museum.catalog import EXHIBIT_FIELDS
from museum.kinds import KINDS
from museum.media.storage import EXTENSIONS
from museum.models import Exhibit, Gallery, GalleryItem, Hotspot, Image, Tour, TourStop
from museum.translation import default_language, flat_name, other_languages, text_in

FIRST_COLUMNS = [
    "accession_number",
    "kind",
    "title",
    "status",
    "featured",
    "slug",
    "date_text",
    "summary",
    "description",
    "place",
    "materials",
    "dimensions",
    "provenance",
    "credit_line",
    "rights",
    "location_hall",
    "location_case",
]
KIND_COLUMNS = [field.name for kind in KINDS.values() for field in kind.fields]
LAST_COLUMNS = ["notes", "tags", "parent", "part_position"]
IMAGE_TEXTS = ("alt_text", "caption")
JSON_FORMAT = "museum-catalog"
Progress = Callable[[int], object]


def image_file_name(accession_number: str, position: int, sha256: str, fmt: str) -> str:
    """The name an exported image file gets (position is 0-based, the name 1-based)."""
    stem = slugify(accession_number) or "exhibit"
    return f"{stem}-{position + 1}-{sha256[:12]}.{EXTENSIONS.get(fmt, 'bin')}"


def exhibit_count(include_trash: bool = False) -> int:
    query = select(func.count()).select_from(Exhibit)
    if not include_trash:
        query = query.where(Exhibit.deleted_at.is_(None))
    with db.factory()() as session:
        return session.scalar(query) or 0


def export_csv(out: IO[str], *, progress: Progress = lambda _n: None) -> int:
    """Write the catalog (the trash left out) as CSV; return how many exhibits."""
    with db.factory()() as session:
        exhibits = session.scalars(_exhibits_query(False)).all()
        most_images = max((len(exhibit.images) for exhibit in exhibits), default=0)
        fields = _by_language(FIRST_COLUMNS + KIND_COLUMNS, Exhibit.TRANSLATED)
        header = [name for name, _field, _language in fields]
        header += LAST_COLUMNS + _image_columns(most_images)
        writer = csv.writer(out)
        writer.writerow(header)
        for exhibit in exhibits:
            writer.writerow(_csv_row(exhibit, fields, most_images))
            progress(1)
    return len(exhibits)


def languages() -> list[str]:
    """Every content language, the museum's default first."""
    return [default_language(), *other_languages()]


Column = tuple[str, str, str | None]  # (header, field, language or None)


def _by_language(names: list[str], translated: tuple[str, ...]) -> list[Column]:
    """The columns: a translated field once per language (`title_en`, `title_ru`...)."""
    columns: list[Column] = []
    for name in names:
        if name in translated:
            columns += [(flat_name(name, code), name, code) for code in languages()]
        else:
            columns.append((name, name, None))
    return columns


def copy_images(folder: Path, *, progress: Progress = lambda _n: None) -> list[str]:
    """Copy the originals of the exported exhibits' images into `folder`, named as in the CSV;
    return the images whose original is missing."""
    folder.mkdir(parents=True, exist_ok=True)
    missing = []
    for name, path in _image_files():
        if path.is_file():
            shutil.copyfile(path, folder / name)
        else:
            missing.append(name)
        progress(1)
    return missing


def image_file_count() -> int:
    return sum(1 for _ in _image_files())


def write_zip(out: IO[bytes], *, bom: bool = True) -> list[str]:
    """A ZIP with catalog.csv and images/ holding the originals; return missing originals."""
    missing = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("catalog.csv", "w") as raw, _text(raw, bom) as text:
            export_csv(text)
        for name, path in _image_files():
            if path.is_file():  # images are compressed already: stored as they are
                archive.write(path, f"images/{name}", compress_type=zipfile.ZIP_STORED)
            else:
                missing.append(name)
    return missing


def export_json(out: IO[str], *, progress: Progress = lambda _n: None) -> int:
    """Write everything as JSON: exhibits (the trash too, marked), galleries, tours; texts in
    the default language (`language`) as fields, the others under `translations`."""
    with db.factory()() as session:
        exhibits = session.scalars(_exhibits_query(True)).all()
        data = {
            "format": JSON_FORMAT,
            "version": 1,
            "exported_at": _iso(datetime.now(UTC)),
            "language": default_language(),
            "exhibits": [],
            "galleries": [_gallery(gallery) for gallery in _galleries(session)],
            "tours": [_tour(tour) for tour in _tours(session)],
        }
        spots = _hotspots(session)
        for exhibit in exhibits:
            data["exhibits"].append(_exhibit(exhibit, spots.get(exhibit.id, [])))
            progress(1)
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(exhibits)


# --- CSV ---------------------------------------------------------------------------------------


def _image_columns(count: int) -> list[str]:
    parts = ["", *(f"_{name}_{code}" for name in IMAGE_TEXTS for code in languages())]
    parts.append("_decorative")
    return [f"image_{number}{part}" for number in range(1, count + 1) for part in parts]


def _csv_row(exhibit: Exhibit, fields: list[Column], most_images: int) -> list[str]:
    values = [
        text_in(exhibit, field, language) if language else _text_value(getattr(exhibit, field))
        for _name, field, language in fields
    ]
    parent = exhibit.parent if exhibit.parent and exhibit.parent.deleted_at is None else None
    values += [
        exhibit.notes or "",
        "; ".join(tag.name for tag in exhibit.tags),
        parent.accession_number if parent else "",
        str(exhibit.part_position + 1) if parent else "",
    ]
    for position in range(most_images):
        values += _image_cells(exhibit, position)
    return values


def _image_cells(exhibit: Exhibit, position: int) -> list[str]:
    texts = [(name, code) for name in IMAGE_TEXTS for code in languages()]
    if position >= len(exhibit.images):
        return [""] * (len(texts) + 2)
    image = exhibit.images[position]
    name = image_file_name(exhibit.accession_number, position, image.sha256, image.format)
    in_languages = [text_in(image, field, code) for field, code in texts]
    return [name, *in_languages, "yes" if image.decorative else "no"]


def _text_value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _image_files() -> Iterator[tuple[str, Path]]:
    store = media.store()
    with db.factory()() as session:
        rows = session.execute(
            select(Exhibit.accession_number, Image.position, Image.sha256, Image.format)
            .join(Image, Image.exhibit_id == Exhibit.id)
            .where(Exhibit.deleted_at.is_(None))
            .order_by(Exhibit.id, Image.position)
        ).all()
    counters: dict[str, int] = {}
    for accession_number, _position, sha256, fmt in rows:
        position = counters.get(accession_number, 0)
        counters[accession_number] = position + 1
        name = image_file_name(accession_number, position, sha256, fmt)
        yield name, store.original_path(sha256, fmt)


class _text:
    """A text stream over a binary one (a ZIP member), optionally with a UTF-8 BOM for Excel."""

    def __init__(self, raw: IO[bytes], bom: bool) -> None:
        self.stream = io.TextIOWrapper(raw, encoding="utf-8-sig" if bom else "utf-8", newline="")

    def __enter__(self) -> IO[str]:
        return self.stream

    def __exit__(self, *_exc) -> None:
        self.stream.flush()
        self.stream.detach()


# --- JSON --------------------------------------------------------------------------------------


def _exhibit(exhibit: Exhibit, spots: list[Hotspot]) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(exhibit, name) for name in sorted(EXHIBIT_FIELDS)}
    parent = exhibit.parent
    data |= {
        "slug": exhibit.slug,
        "status": exhibit.status,
        "year_from": exhibit.year_from,
        "year_to": exhibit.year_to,
        "published_at": _iso(exhibit.published_at),
        "created_at": _iso(exhibit.created_at),
        "updated_at": _iso(exhibit.updated_at),
        "in_trash": exhibit.deleted_at is not None,
        "translations": exhibit.translations or {},
        "tags": [tag.name for tag in exhibit.tags],
        "parent": parent.accession_number if parent else None,
        "part_position": exhibit.part_position + 1 if parent else None,
        "parts": [part.accession_number for part in exhibit.parts],
        "images": [
            _image(exhibit, position, image) for position, image in enumerate(exhibit.images)
        ],
        "hotspots": [
            {
                "part": spot.part.accession_number,
                "left": spot.left,
                "top": spot.top,
                "width": spot.width,
                "height": spot.height,
            }
            for spot in spots
        ],
    }
    return data


def _image(exhibit: Exhibit, position: int, image: Image) -> dict[str, Any]:
    return {
        "file": image_file_name(exhibit.accession_number, position, image.sha256, image.format),
        "original_filename": image.original_filename,
        "sha256": image.sha256,
        "format": image.format,
        "width": image.width,
        "height": image.height,
        "byte_size": image.byte_size,
        "caption": image.caption,
        "alt_text": image.alt_text,
        "decorative": image.decorative,
        "translations": image.translations or {},
    }


def _gallery(gallery: Gallery) -> dict[str, Any]:
    cover = gallery.cover_image
    return {
        "slug": gallery.slug,
        "title": gallery.title,
        "introduction": gallery.introduction,
        "translations": gallery.translations or {},
        "theme": gallery.theme,
        "published": gallery.published,
        "in_trash": gallery.deleted_at is not None,
        "position": gallery.position,
        "cover": _cover(cover),
        "items": [item.exhibit.accession_number for item in gallery.items],
    }


def _cover(image: Image | None) -> dict[str, Any] | None:
    if image is None or image.exhibit is None:
        return None
    return {"exhibit": image.exhibit.accession_number, "image": image.position + 1}


def _tour(tour: Tour) -> dict[str, Any]:
    plan = tour.floor_plan_image
    return {
        "slug": tour.slug,
        "title": tour.title,
        "introduction": tour.introduction,
        "translations": tour.translations or {},
        "published": tour.published,
        "in_trash": tour.deleted_at is not None,
        "floor_plan": {
            "original_filename": plan.original_filename,
            "sha256": plan.sha256,
            "format": plan.format,
            "width": plan.width,
            "height": plan.height,
            "alt_text": plan.alt_text,
            "translations": plan.translations or {},
        }
        if plan is not None
        else None,
        "stops": [
            {
                "number": number,
                "exhibit": stop.exhibit.accession_number,
                "title": stop.title,
                "narration": stop.narration,
                "translations": stop.translations or {},
                "room": stop.room,
                "showcase": stop.showcase,
            }
            for number, stop in enumerate(tour.stops, start=1)
        ],
    }


def _exhibits_query(include_trash: bool):
    query = (
        select(Exhibit)
        .options(
            selectinload(Exhibit.images),
            selectinload(Exhibit.tags),
            selectinload(Exhibit.parent),
            selectinload(Exhibit.parts),
        )
        .order_by(Exhibit.id)
    )
    return query if include_trash else query.where(Exhibit.deleted_at.is_(None))


def _galleries(session) -> list[Gallery]:
    query = select(Gallery).options(
        selectinload(Gallery.items).selectinload(GalleryItem.exhibit),
        selectinload(Gallery.cover_image).selectinload(Image.exhibit),
    )
    return list(session.scalars(query.order_by(Gallery.position, Gallery.id)))


def _tours(session) -> list[Tour]:
    query = select(Tour).options(
        selectinload(Tour.stops).selectinload(TourStop.exhibit),
        selectinload(Tour.floor_plan_image),
    )
    return list(session.scalars(query.order_by(Tour.id)))


def _hotspots(session) -> dict[int, list[Hotspot]]:
    found: dict[int, list[Hotspot]] = {}
    query = select(Hotspot).options(selectinload(Hotspot.part)).order_by(Hotspot.id)
    for spot in session.scalars(query):
        found.setdefault(spot.ensemble_id, []).append(spot)
    return found


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.isoformat().replace("+00:00", "Z")
