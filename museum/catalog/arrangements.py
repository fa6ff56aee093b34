"""Writing galleries and tours: the curator's arrangements of exhibits."""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select

from museum import db
from museum.catalog.common import CatalogError, NewStop, get, unique_slug
from museum.catalog.history import record_change
from museum.models import Exhibit, Gallery, GalleryItem, Tour, TourStop, User, utcnow

GALLERY_FIELDS = ("title", "introduction", "theme", "cover_image_id")
TOUR_FIELDS = ("title", "introduction")


def create_gallery(
    *,
    title: str,
    exhibit_ids: Sequence[int] = (),
    introduction: str = "",
    theme: str = "plain",
    cover_image_id: int | None = None,
    published: bool = False,
    slug: str | None = None,
    by: User | None = None,
) -> Gallery:
    """Create a gallery holding the given exhibits in the curator's order."""
    _require_title(title)
    with db.write_session() as session:
        position = session.scalar(select(func.count()).select_from(Gallery)) or 0
        gallery = Gallery(
            title=title.strip(),
            introduction=introduction.strip(),
            theme=theme,
            cover_image_id=cover_image_id,
            published=published,
            position=position,
            slug=unique_slug(session, Gallery, slug or title),
        )
        gallery.items = _items(session, exhibit_ids)
        session.add(gallery)
        record_change(session, gallery, "created", by)
    return gallery


def update_gallery(
    gallery_id: int,
    fields: Mapping[str, Any],
    *,
    exhibit_ids: Sequence[int] | None = None,
    by: User | None = None,
) -> Gallery:
    """Change a gallery's fields and, when given, its exhibits and their order."""
    if "title" in fields:
        _require_title(fields["title"])
    with db.write_session() as session:
        gallery = get(session, Gallery, gallery_id)
        for name in GALLERY_FIELDS:
            if name in fields:
                value = fields[name]
                setattr(gallery, name, value.strip() if isinstance(value, str) else value)
        if exhibit_ids is not None:
            gallery.items = _items(session, exhibit_ids)
        record_change(session, gallery, "updated", by)
    return gallery


def set_gallery_published(gallery_id: int, published: bool, *, by: User | None = None) -> Gallery:
    with db.write_session() as session:
        gallery = get(session, Gallery, gallery_id)
        gallery.published = published
        record_change(session, gallery, "published" if published else "unpublished", by)
    return gallery


def create_tour(
    *,
    title: str,
    stops: Sequence[NewStop],
    introduction: str = "",
    published: bool = False,
    slug: str | None = None,
    by: User | None = None,
) -> Tour:
    """Create a tour whose stops follow the given order."""
    _require_title(title)
    with db.write_session() as session:
        tour = Tour(
            title=title.strip(),
            introduction=introduction.strip(),
            published=published,
            slug=unique_slug(session, Tour, slug or title),
        )
        tour.stops = _stops(session, stops)
        session.add(tour)
        record_change(session, tour, "created", by)
    return tour


def update_tour(
    tour_id: int,
    fields: Mapping[str, Any],
    *,
    stops: Sequence[NewStop] | None = None,
    by: User | None = None,
) -> Tour:
    """Change a tour's fields and, when given, its stops and their order."""
    if "title" in fields:
        _require_title(fields["title"])
    with db.write_session() as session:
        tour = get(session, Tour, tour_id)
        for name in TOUR_FIELDS:
            if name in fields:
                setattr(tour, name, fields[name].strip())
        if stops is not None:
            tour.stops = _stops(session, stops)
        record_change(session, tour, "updated", by)
    return tour


def set_tour_published(tour_id: int, published: bool, *, by: User | None = None) -> Tour:
    with db.write_session() as session:
        tour = get(session, Tour, tour_id)
        tour.published = published
        record_change(session, tour, "published" if published else "unpublished", by)
    return tour


def trash_arrangement(model: type, record_id: int, *, restore: bool = False, by=None):
    """Move a gallery or tour to the trash, or bring it back."""
    with db.write_session() as session:
        record = get(session, model, record_id)
        record.deleted_at = None if restore else utcnow()
        action = "restored from the trash" if restore else "moved to the trash"
        record_change(session, record, action, by)
    return record


def _require_title(title: str) -> None:
    if not title.strip():
        raise CatalogError("Title is required.", field="title")


def _items(session, exhibit_ids: Sequence[int]) -> list[GalleryItem]:
    return [
        GalleryItem(exhibit=get(session, Exhibit, exhibit_id), position=index)
        for index, exhibit_id in enumerate(dict.fromkeys(exhibit_ids))
    ]


def _stops(session, stops: Sequence[NewStop]) -> list[TourStop]:
    return [
        TourStop(
            exhibit=get(session, Exhibit, stop.exhibit_id),
            position=index,
            title=stop.title.strip(),
            narration=stop.narration.strip(),
            room=stop.room.strip(),
            showcase=stop.showcase.strip(),
        )
        for index, stop in enumerate(stops)
    ]
