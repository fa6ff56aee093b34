"""Writing galleries and tours: the curator's arrangements of exhibits."""

import json
from collections.abc import Mapping, Sequence
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from museum import db
from museum.catalog.common import (
    CatalogError,
    FloorPlan,
    NewImage,
    NewStop,
    NotFound,
    StagedImage,
    get,
    unique_slug,
)
from museum.catalog.history import record_change
from museum.catalog.images import discard_unreferenced, image_row, stage_images, staged_from_hash
from museum.models import (
    Exhibit,
    Gallery,
    GalleryItem,
    Image,
    Revision,
    Tour,
    TourStop,
    User,
    utcnow,
)
from museum.safe_urls import UnsafeLink, check_texts
from museum.translation import merged, split_fields, unflatten

GALLERY_FIELDS = ("title", "introduction", "theme", "cover_image_id")
TOUR_FIELDS = ("title", "introduction")
FLOOR_PLAN_ALT_REQUIRED = _l(
    "Describe the floor plan in its alt text (e.g. the halls and the way through them)."
)
NO_REVISION = {
    "gallery": _l("No revision %(number)s of this gallery."),
    "tour": _l("No revision %(number)s of this tour."),
}


def create_gallery(
    *,
    title: str,
    exhibit_ids: Sequence[int] = (),
    introduction: str = "",
    theme: str = "plain",
    cover_image_id: int | None = None,
    published: bool = False,
    slug: str | None = None,
    translations: dict | None = None,
    by: User | None = None,
) -> Gallery:
    """Create a gallery holding the given exhibits in the curator's order; `translations`
    ({"ru": {"title": ...}}) holds its texts in other languages."""
    _require_title(title)
    _check_links({"introduction": introduction}, translations)
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
            translations=merged({}, translations or {}),
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
    """Change a gallery's fields (texts in other languages as `title_ru`) and, when given, its
    exhibits and their order."""
    fields, translated = split_fields(fields, Gallery.TRANSLATED)
    if "title" in fields:
        _require_title(fields["title"])
    _check_links(fields, translated)
    with db.write_session() as session:
        gallery = get(session, Gallery, gallery_id)
        for name in GALLERY_FIELDS:
            if name in fields:
                value = fields[name]
                setattr(gallery, name, value.strip() if isinstance(value, str) else value)
        gallery.translations = merged(gallery.translations, translated)
        if exhibit_ids is not None:
            gallery.items = _kept_items(session, gallery, exhibit_ids)
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
    floor_plan: FloorPlan | None = None,
    published: bool = False,
    slug: str | None = None,
    translations: dict | None = None,
    by: User | None = None,
) -> Tour:
    """Create a tour whose stops follow the given order (`translations` as for galleries)."""
    _require_title(title)
    _check_links({"introduction": introduction}, translations, stops)
    staged = _stage_floor_plan(floor_plan)
    try:
        with db.write_session() as session:
            tour = Tour(
                title=title.strip(),
                introduction=introduction.strip(),
                published=published,
                slug=unique_slug(session, Tour, slug or title),
                translations=merged({}, translations or {}),
            )
            tour.stops = _stops(session, stops)
            _apply_floor_plan(session, tour, floor_plan, staged)
            session.add(tour)
            record_change(session, tour, "created", by)
    except BaseException:
        discard_unreferenced(staged)
        raise
    return tour


def update_tour(
    tour_id: int,
    fields: Mapping[str, Any],
    *,
    stops: Sequence[NewStop] | None = None,
    floor_plan: FloorPlan | None = None,
    by: User | None = None,
) -> Tour:
    """Change a tour's fields (texts in other languages as `title_ru`) and, when given, its
    stops (in order) and its floor plan."""
    fields, translated = split_fields(fields, Tour.TRANSLATED)
    if "title" in fields:
        _require_title(fields["title"])
    _check_links(fields, translated, stops or ())
    staged = _stage_floor_plan(floor_plan)
    try:
        with db.write_session() as session:
            tour = get(session, Tour, tour_id)
            for name in TOUR_FIELDS:
                if name in fields:
                    setattr(tour, name, fields[name].strip())
            tour.translations = merged(tour.translations, translated)
            if stops is not None:
                tour.stops = _stops(session, stops)
            _apply_floor_plan(session, tour, floor_plan, staged)
            record_change(session, tour, "updated", by)
    except BaseException:
        discard_unreferenced(staged)
        raise
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
        raise CatalogError(_("Title is required."), field="title")


def _check_links(
    fields: Mapping[str, Any], translations: dict | None, stops: Sequence[NewStop] = ()
) -> None:
    """Refuse a javascript: link (and the like) in an introduction or a stop's narration."""
    try:
        check_texts(fields, translations)
        for number, stop in enumerate(stops, start=1):
            check_texts({"narration": stop.narration}, stop.translations, stop=number)
    except UnsafeLink as error:
        raise CatalogError(error.message, field=error.field) from error


def _stage_floor_plan(plan: FloorPlan | None) -> list[StagedImage]:
    """Check and store a new floor plan file (files only); nothing is stored if it is refused."""
    if plan is None or plan.remove or plan.data is None:
        return []
    if not plan.alt_text.strip():
        raise CatalogError(str(FLOOR_PLAN_ALT_REQUIRED), field="floor_plan_alt_text")
    try:
        return stage_images([NewImage(plan.data, plan.filename or "floor plan")])
    except CatalogError as error:
        raise CatalogError(error.message, field="floor_plan") from error


def _apply_floor_plan(
    session, tour: Tour, plan: FloorPlan | None, staged: Sequence[StagedImage]
) -> None:
    """Give the tour the floor plan asked for; a replaced or removed one's row goes."""
    if plan is None:
        return
    current = tour.floor_plan_image
    if plan.remove or (current is None and not staged):
        _drop_floor_plan(session, tour)
        return
    if not plan.alt_text.strip():
        raise CatalogError(str(FLOOR_PLAN_ALT_REQUIRED), field="floor_plan_alt_text")
    if staged:
        _drop_floor_plan(session, tour)
        tour.floor_plan_image = image_row(staged[0], 0, alt_text=plan.alt_text)
    else:
        current.alt_text = plan.alt_text.strip()


def _drop_floor_plan(session, tour: Tour) -> None:
    """Remove the tour's floor plan row; its files stay, as earlier revisions may want them."""
    current = tour.floor_plan_image
    if current is not None:
        tour.floor_plan_image = None
        session.delete(current)


def _floor_plan_from_snapshot(session, tour: Tour, data: dict | None) -> None:
    current = tour.floor_plan_image
    if data is None:
        _drop_floor_plan(session, tour)
    elif current is not None and current.sha256 == data["sha256"]:
        current.alt_text = data["alt_text"]
    else:
        _drop_floor_plan(session, tour)
        staged = staged_from_hash(data["sha256"], data["original_filename"])
        tour.floor_plan_image = image_row(staged, 0, alt_text=data["alt_text"])
        tour.floor_plan_image.byte_size = data["byte_size"]


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
            translations=merged({}, stop.translations or {}),
        )
        for index, stop in enumerate(stops)
    ]


def restore_gallery_revision(gallery_id: int, number: int, by: User | None = None) -> Gallery:
    """Bring back a gallery's fields and exhibits as an earlier revision had them.

    The slug (a public address) and the published state stay as they are now; exhibits
    deleted for good since then are left out.
    """
    with db.write_session() as session:
        gallery = get(session, Gallery, gallery_id)
        old = _old_snapshot(session, "gallery", gallery_id, number)
        gallery.title = old["title"]
        gallery.introduction = old["introduction"]
        gallery.theme = old["theme"]
        gallery.translations = unflatten(old, Gallery.TRANSLATED)
        cover = old.get("cover_image_id")
        gallery.cover_image_id = cover if cover and session.get(Image, cover) else None
        gallery.items = _kept_items(session, gallery, _existing(session, old["exhibits"]))
        record_change(session, gallery, f"restored revision {number}", by)
    return gallery


def restore_tour_revision(tour_id: int, number: int, by: User | None = None) -> Tour:
    """Bring back a tour's fields and stops as an earlier revision had them.

    The slug and the published state stay as they are now; stops at exhibits deleted for good
    since then are left out; revisions older than floor plans leave the current one as it is.
    """
    with db.write_session() as session:
        tour = get(session, Tour, tour_id)
        old = _old_snapshot(session, "tour", tour_id, number)
        tour.title = old["title"]
        tour.introduction = old["introduction"]
        tour.translations = unflatten(old, Tour.TRANSLATED)
        kept = set(_existing(session, [stop["exhibit_id"] for stop in old["stops"]]))
        tour.stops = _stops(
            session, [NewStop(**stop) for stop in old["stops"] if stop["exhibit_id"] in kept]
        )
        if "floor_plan" in old:
            _floor_plan_from_snapshot(session, tour, old["floor_plan"])
        record_change(session, tour, f"restored revision {number}", by)
    return tour


def _old_snapshot(session, entity: str, entity_id: int, number: int) -> dict[str, Any]:
    revision = session.scalar(
        select(Revision).where(
            Revision.entity == entity,
            Revision.entity_id == entity_id,
            Revision.number == number,
        )
    )
    if revision is None:
        raise NotFound(NO_REVISION[entity] % {"number": number})
    return json.loads(revision.snapshot)


def _kept_items(session, gallery: Gallery, exhibit_ids: Sequence[int]) -> list[GalleryItem]:
    """The gallery's items for these exhibits: rows already there are moved, not made anew
    (a new row beside the old one for the same exhibit would break the unique constraint)."""
    current = {item.exhibit_id: item for item in gallery.items}
    items = []
    for position, exhibit_id in enumerate(dict.fromkeys(exhibit_ids)):
        item = current.get(exhibit_id) or GalleryItem(exhibit=get(session, Exhibit, exhibit_id))
        item.position = position
        items.append(item)
    return items


def _existing(session, exhibit_ids: Sequence[int]) -> list[int]:
    found = set(session.scalars(select(Exhibit.id).where(Exhibit.id.in_(exhibit_ids))))
    return [exhibit_id for exhibit_id in exhibit_ids if exhibit_id in found]
