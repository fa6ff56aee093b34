"""The catalog's one writer: every change to exhibits, galleries and tours goes through here.

Views, CLI commands and the demo loader call these functions and never write rows themselves.
Media files are stored before the transaction and removed again if it fails, so no row ever
points at a missing file.
"""

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from slugify import slugify
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from museum import db, media
from museum.dates import parse_date
from museum.kinds import KIND_FIELD_NAMES, KINDS
from museum.models import (
    Exhibit,
    Gallery,
    GalleryItem,
    Image,
    Status,
    Tag,
    Tour,
    TourStop,
    User,
    utcnow,
)

COMMON_FIELDS = frozenset(
    {
        "accession_number",
        "kind",
        "title",
        "summary",
        "description",
        "date_text",
        "place",
        "materials",
        "dimensions",
        "provenance",
        "credit_line",
        "rights",
        "location_hall",
        "location_case",
        "featured",
    }
)
EXHIBIT_FIELDS = COMMON_FIELDS | KIND_FIELD_NAMES
REQUIRED_FIELDS = ("accession_number", "kind", "title")
SLUG_MAX_LENGTH = 80


class CatalogError(ValueError):
    """A change the catalog refuses; `field` names the input at fault, when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class DuplicateAccessionNumber(CatalogError):
    def __init__(self, existing: Exhibit) -> None:
        super().__init__(
            f"Accession number {existing.accession_number} is already used by “{existing.title}”.",
            field="accession_number",
        )
        # Plain values: the row itself is expired when the failed transaction rolls back.
        self.existing_id = existing.id
        self.existing_slug = existing.slug


class NotFound(CatalogError):
    pass


@dataclass(frozen=True)
class NewImage:
    """An image to add to an exhibit: the uploaded bytes and what the curator says of it."""

    data: bytes
    filename: str
    caption: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class NewStop:
    exhibit_id: int
    title: str = ""
    narration: str = ""
    room: str = ""
    showcase: str = ""


def accession_key(accession_number: str) -> str:
    """Fold case, spaces, dashes, dots and slashes: `kp 1975 12` matches `KP-1975/12`."""
    return re.sub(r"[\s\-/._]+", "", accession_number).casefold()


# --- exhibits -------------------------------------------------------------------------------


def create_exhibit(
    fields: Mapping[str, Any],
    *,
    images: Sequence[NewImage] = (),
    tags: Iterable[str] = (),
    publish: bool = False,
    by: User | None = None,
) -> Exhibit:
    """Create an exhibit with its images and tags; return it."""
    values = _clean_fields(fields, required=REQUIRED_FIELDS)
    stored = _store_images(images)
    try:
        with db.write_session() as session:
            _check_accession_free(session, values["accession_number"])
            exhibit = Exhibit(**values, created_by_id=_user_id(by), updated_by_id=_user_id(by))
            exhibit.slug = _unique_slug(session, Exhibit, exhibit.title or exhibit.accession_number)
            exhibit.tags = _tags(session, tags)
            exhibit.images = [
                _image_row(new, kept, position)
                for position, (new, kept) in enumerate(zip(images, stored, strict=True))
            ]
            if publish:
                _publish(exhibit)
            session.add(exhibit)
    except BaseException:
        _discard_unreferenced(stored)
        raise
    return exhibit


def update_exhibit(
    exhibit_id: int,
    fields: Mapping[str, Any],
    *,
    tags: Iterable[str] | None = None,
    add_images: Sequence[NewImage] = (),
    by: User | None = None,
) -> Exhibit:
    """Change the given fields (and tags, when given) of an exhibit and append images."""
    values = _clean_fields(fields, required=[name for name in REQUIRED_FIELDS if name in fields])
    stored = _store_images(add_images)
    try:
        with db.write_session() as session:
            exhibit = _get(session, Exhibit, exhibit_id)
            if values.get("accession_number", exhibit.accession_number) != exhibit.accession_number:
                _check_accession_free(session, values["accession_number"])
            for name, value in values.items():
                setattr(exhibit, name, value)
            if "title" in values and exhibit.published_at is None:
                exhibit.slug = _unique_slug(session, Exhibit, exhibit.title, exclude=exhibit.id)
            if tags is not None:
                exhibit.tags = _tags(session, tags)
            start = len(exhibit.images)
            for offset, (new, kept) in enumerate(zip(add_images, stored, strict=True)):
                exhibit.images.append(_image_row(new, kept, position=start + offset))
            exhibit.updated_by_id = _user_id(by)
    except BaseException:
        _discard_unreferenced(stored)
        raise
    return exhibit


def publish_exhibit(exhibit_id: int, *, by: User | None = None) -> Exhibit:
    """Make an exhibit visible to visitors; its slug is fixed from now on, for good."""
    with db.write_session() as session:
        exhibit = _get(session, Exhibit, exhibit_id)
        _publish(exhibit)
        exhibit.updated_by_id = _user_id(by)
    return exhibit


def unpublish_exhibit(exhibit_id: int, *, by: User | None = None) -> Exhibit:
    """Hide an exhibit from visitors again (its slug stays what it was)."""
    with db.write_session() as session:
        exhibit = _get(session, Exhibit, exhibit_id)
        exhibit.status = Status.DRAFT
        exhibit.updated_by_id = _user_id(by)
    return exhibit


def set_parts(ensemble_id: int, part_ids: Sequence[int]) -> None:
    """Make the given exhibits, in this order, the parts of an ensemble."""
    with db.write_session() as session:
        ensemble = _get(session, Exhibit, ensemble_id)
        if ensemble.kind != "ensemble":
            raise CatalogError(f"“{ensemble.title}” is not an ensemble.", field="parts")
        if ensemble_id in part_ids:
            raise CatalogError("An ensemble cannot be a part of itself.", field="parts")
        for part in ensemble.parts:
            part.parent_id = None
        for position, part_id in enumerate(part_ids):
            part = _get(session, Exhibit, part_id)
            part.parent_id, part.part_position = ensemble.id, position


def _publish(exhibit: Exhibit) -> None:
    exhibit.status = Status.PUBLISHED
    exhibit.published_at = exhibit.published_at or utcnow()


def _clean_fields(fields: Mapping[str, Any], required: Sequence[str]) -> dict[str, Any]:
    unknown = set(fields) - EXHIBIT_FIELDS
    if unknown:
        raise CatalogError(f"Unknown exhibit fields: {', '.join(sorted(unknown))}.")
    values = {name: _strip(value) for name, value in fields.items()}
    for name in required:
        if not values.get(name):
            raise CatalogError(f"{name.replace('_', ' ').capitalize()} is required.", field=name)
    if "kind" in values and values["kind"] not in KINDS:
        raise CatalogError(
            f"Kind must be one of: {', '.join(KINDS)}.",
            field="kind",
        )
    if "accession_number" in values:
        values["accession_key"] = accession_key(values["accession_number"])
    if "pages" in values:
        values["pages"] = _optional_count(values["pages"], "pages")
    if "date_text" in values:
        parsed = parse_date(values["date_text"])
        values["year_from"] = parsed.year_from if parsed else None
        values["year_to"] = parsed.year_to if parsed else None
    if "featured" in values:
        values["featured"] = bool(values["featured"])
    return values


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def _optional_count(value: Any, field: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise CatalogError("Pages must be a whole number.", field=field)
    return number


def _check_accession_free(session: Session, accession_number: str) -> None:
    existing = session.scalar(select(Exhibit).where(Exhibit.accession_number == accession_number))
    if existing is not None:
        raise DuplicateAccessionNumber(existing)


def _tags(session: Session, names: Iterable[str]) -> list[Tag]:
    wanted = list(dict.fromkeys(n.strip().lower() for n in names if n.strip()))
    found = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    return [found.get(name) or Tag(name=name) for name in wanted]


# --- images ---------------------------------------------------------------------------------


def _store_images(images: Sequence[NewImage]) -> list[media.StoredImage]:
    stored: list[media.StoredImage] = []
    try:
        for new in images:
            stored.append(media.store_image(new.data, new.filename))
    except media.MediaError as exc:
        _discard_unreferenced(stored)
        raise CatalogError(str(exc), field="images") from exc
    except BaseException:
        _discard_unreferenced(stored)
        raise
    return stored


def _image_row(new: NewImage, kept: media.StoredImage, position: int = 0) -> Image:
    return Image(
        position=position,
        caption=new.caption.strip(),
        alt_text=new.alt_text.strip(),
        original_filename=new.filename,
        sha256=kept.sha256,
        format=kept.format,
        width=kept.width,
        height=kept.height,
        byte_size=kept.byte_size,
        dominant_color=kept.dominant_color,
        has_tiles=kept.has_tiles,
    )


def record_media(measured: Mapping[str, "media.derivatives.Meta"]) -> int:
    """Store what a media rebuild measured on every image row of each original; return rows."""
    changed = 0
    with db.write_session() as session:
        for sha256, meta in measured.items():
            for image in session.scalars(select(Image).where(Image.sha256 == sha256)):
                image.width, image.height = meta.width, meta.height
                image.dominant_color, image.has_tiles = meta.dominant_color, meta.has_tiles
                changed += 1
    return changed


def _discard_unreferenced(stored: Sequence[media.StoredImage]) -> None:
    """Remove files an intake wrote for a change that did not commit, unless a row uses them."""
    if not stored:
        return
    with db.factory()() as session:
        for item in stored:
            in_use = session.scalar(select(func.count()).where(Image.sha256 == item.sha256))
            if not in_use:
                media.remove_paths(item.written)


# --- galleries and tours --------------------------------------------------------------------


def create_gallery(
    *,
    title: str,
    exhibit_ids: Sequence[int] = (),
    introduction: str = "",
    theme: str = "plain",
    cover_image_id: int | None = None,
    published: bool = False,
    slug: str | None = None,
) -> Gallery:
    """Create a gallery holding the given exhibits in the curator's order."""
    if not title.strip():
        raise CatalogError("Title is required.", field="title")
    with db.write_session() as session:
        position = session.scalar(select(func.count()).select_from(Gallery)) or 0
        gallery = Gallery(
            title=title.strip(),
            introduction=introduction.strip(),
            theme=theme,
            cover_image_id=cover_image_id,
            published=published,
            position=position,
            slug=_unique_slug(session, Gallery, slug or title),
        )
        gallery.items = [
            GalleryItem(exhibit=_get(session, Exhibit, exhibit_id), position=index)
            for index, exhibit_id in enumerate(dict.fromkeys(exhibit_ids))
        ]
        session.add(gallery)
    return gallery


def create_tour(
    *,
    title: str,
    stops: Sequence[NewStop],
    introduction: str = "",
    published: bool = False,
    slug: str | None = None,
) -> Tour:
    """Create a tour whose stops follow the given order."""
    if not title.strip():
        raise CatalogError("Title is required.", field="title")
    with db.write_session() as session:
        tour = Tour(
            title=title.strip(),
            introduction=introduction.strip(),
            published=published,
            slug=_unique_slug(session, Tour, slug or title),
        )
        tour.stops = [
            TourStop(
                exhibit=_get(session, Exhibit, stop.exhibit_id),
                position=index,
                title=stop.title.strip(),
                narration=stop.narration.strip(),
                room=stop.room.strip(),
                showcase=stop.showcase.strip(),
            )
            for index, stop in enumerate(stops)
        ]
        session.add(tour)
    return tour


# --- shared helpers -------------------------------------------------------------------------


def _get(session: Session, model: type, object_id: int):
    found = session.get(model, object_id)
    if found is None:
        raise NotFound(f"No {model.__name__.lower()} with id {object_id}.")
    return found


def _unique_slug(session: Session, model: type, text: str, exclude: int | None = None) -> str:
    base = slugify(text, max_length=SLUG_MAX_LENGTH, word_boundary=True) or "item"
    taken = set(
        session.scalars(
            select(model.slug).where(model.slug.like(f"{base}%"), model.id != (exclude or -1))
        )
    )
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def _user_id(user: User | None) -> int | None:
    return user.id if user is not None else None
