"""What visitors may see: published exhibits, galleries and tours, read from the database."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import selectinload

from museum import db
from museum.catalog import accession_key
from museum.models import (
    Exhibit,
    Gallery,
    GalleryItem,
    Hotspot,
    Status,
    Tour,
    TourStop,
    exhibit_tag,
)

GALLERY_VISIBLE = (Gallery.published, Gallery.deleted_at.is_(None))
TOUR_VISIBLE = (Tour.published, Tour.deleted_at.is_(None))


@dataclass(frozen=True)
class Page:
    items: list
    number: int
    pages: int
    total: int

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def published_exhibits() -> Select:
    """Return a query of the exhibits visitors may see, images loaded."""
    return (
        select(Exhibit)
        .where(Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None))
        .options(selectinload(Exhibit.images))
    )


def featured_exhibits(limit: int = 8) -> list[Exhibit]:
    query = published_exhibits().where(Exhibit.featured).order_by(Exhibit.title).limit(limit)
    return list(db.session().scalars(query))


def kind_counts() -> dict[str, int]:
    query = (
        select(Exhibit.kind, func.count())
        .where(Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None))
        .group_by(Exhibit.kind)
    )
    return dict(db.session().execute(query).tuples().all())


def exhibit_by_slug(slug: str) -> Exhibit | None:
    query = (
        published_exhibits()
        .where(Exhibit.slug == slug)
        .options(
            selectinload(Exhibit.parts).selectinload(Exhibit.images),
            selectinload(Exhibit.tags),
        )
    )
    return db.session().scalar(query)


def exhibit_by_accession(number: str) -> Exhibit | None:
    """Find a published exhibit by its accession number, exactly or as typed loosely."""
    exact = db.session().scalar(published_exhibits().where(Exhibit.accession_number == number))
    if exact is not None:
        return exact
    loose = (
        db.session()
        .scalars(
            published_exhibits().where(Exhibit.accession_key == accession_key(number)).limit(2)
        )
        .all()
    )
    return loose[0] if len(loose) == 1 else None


def visible_parts(exhibit: Exhibit) -> list[Exhibit]:
    return [part for part in exhibit.parts if part.is_published]


def hotspots(ensemble: Exhibit) -> list[Hotspot]:
    """The hotspots of an ensemble's scene image that lead to published parts."""
    query = (
        select(Hotspot)
        .join(Exhibit, Hotspot.part_id == Exhibit.id)
        .where(
            Hotspot.ensemble_id == ensemble.id,
            Exhibit.status == Status.PUBLISHED,
            Exhibit.deleted_at.is_(None),
        )
        .options(selectinload(Hotspot.part))
        .order_by(Hotspot.id)
    )
    return list(db.session().scalars(query))


def related_exhibits(exhibit: Exhibit, limit: int = 6) -> list[Exhibit]:
    """Published exhibits sharing tags with this one (most shared tags first), then others of its
    decade (nearest years first); never itself, its parts or its ensemble, shown already.

    Ids are ranked on narrow rows, then only the chosen exhibits are loaded: at most four
    statements, however large the catalog."""
    others = [
        Exhibit.status == Status.PUBLISHED,
        Exhibit.deleted_at.is_(None),
        Exhibit.id != exhibit.id,
        or_(Exhibit.parent_id.is_(None), Exhibit.parent_id != exhibit.id),
    ]
    if exhibit.parent_id is not None:
        others.append(Exhibit.id != exhibit.parent_id)
    ids = _ids_sharing_tags(exhibit, others, limit)
    if exhibit.year_from is not None:
        ids += [found for found in _ids_of_decade(exhibit, others, limit * 2) if found not in ids]
    ids = ids[:limit]
    if not ids:
        return []
    loaded = {
        found.id: found
        for found in db.session().scalars(published_exhibits().where(Exhibit.id.in_(ids)))
    }
    return [loaded[found] for found in ids]


def _ids_sharing_tags(exhibit: Exhibit, others: list, limit: int) -> list[int]:
    tag_ids = [tag.id for tag in exhibit.tags]
    if not tag_ids:
        return []
    shared = (
        select(exhibit_tag.c.exhibit_id, func.count().label("count"))
        .where(exhibit_tag.c.tag_id.in_(tag_ids))
        .group_by(exhibit_tag.c.exhibit_id)
        .subquery()
    )
    query = (
        select(Exhibit.id)
        .join(shared, shared.c.exhibit_id == Exhibit.id)
        .where(*others)
        .order_by(shared.c.count.desc(), *_nearest_first(exhibit), Exhibit.title, Exhibit.id)
        .limit(limit)
    )
    return list(db.session().scalars(query))


def _ids_of_decade(exhibit: Exhibit, others: list, limit: int) -> list[int]:
    decade = exhibit.year_from // 10 * 10
    query = (
        select(Exhibit.id)
        .where(*others, Exhibit.year_from.between(decade, decade + 9))
        .order_by(*_nearest_first(exhibit), Exhibit.title, Exhibit.id)
        .limit(limit)
    )
    return list(db.session().scalars(query))


def _nearest_first(exhibit: Exhibit) -> list:
    """Order by years apart from the exhibit, undated ones last (nothing for an undated one)."""
    if exhibit.year_from is None:
        return []
    apart = func.abs(Exhibit.year_from - exhibit.year_from)
    return [case((Exhibit.year_from.is_(None), 10_000), else_=apart)]


def galleries_with(exhibit: Exhibit) -> list[Gallery]:
    query = (
        select(Gallery)
        .join(GalleryItem)
        .where(GalleryItem.exhibit_id == exhibit.id, *GALLERY_VISIBLE)
        .order_by(Gallery.position)
    )
    return list(db.session().scalars(query))


def tour_stops_with(exhibit: Exhibit) -> list[tuple[Tour, int, int]]:
    """Return (tour, stop number, number of stops) for each published tour showing the exhibit.

    One query however many tours: the visible stops of the tours that have the exhibit."""
    tours_with = select(TourStop.tour_id).where(TourStop.exhibit_id == exhibit.id)
    query = (
        select(Tour, TourStop.exhibit_id)
        .join(TourStop, TourStop.tour_id == Tour.id)
        .join(Exhibit, TourStop.exhibit_id == Exhibit.id)
        .where(
            Tour.id.in_(tours_with),
            *TOUR_VISIBLE,
            Exhibit.status == Status.PUBLISHED,
            Exhibit.deleted_at.is_(None),
        )
        .order_by(Tour.title, Tour.id, TourStop.position)
    )
    stops: dict[Tour, list[int]] = {}
    for tour, exhibit_id in db.session().execute(query).tuples():
        stops.setdefault(tour, []).append(exhibit_id)
    return [
        (tour, number, len(ids))
        for tour, ids in stops.items()
        for number, exhibit_id in enumerate(ids, start=1)
        if exhibit_id == exhibit.id
    ]


def published_galleries() -> list[Gallery]:
    query = (
        select(Gallery)
        .where(*GALLERY_VISIBLE)
        .order_by(Gallery.position)
        .options(selectinload(Gallery.cover_image))
    )
    return list(db.session().scalars(query))


def gallery_by_slug(slug: str) -> Gallery | None:
    return db.session().scalar(select(Gallery).where(Gallery.slug == slug, *GALLERY_VISIBLE))


def _in_gallery(gallery: Gallery) -> Select:
    """A gallery's published exhibits in the curator's order (item id breaks ties, so that
    pages never overlap)."""
    return (
        published_exhibits()
        .join(GalleryItem, GalleryItem.exhibit_id == Exhibit.id)
        .where(GalleryItem.gallery_id == gallery.id)
        .order_by(GalleryItem.position, GalleryItem.id)
    )


def gallery_exhibits(gallery: Gallery) -> list[Exhibit]:
    """Return a gallery's published exhibits in the curator's order."""
    return list(db.session().scalars(_in_gallery(gallery)))


def gallery_exhibit_page(gallery: Gallery, number: int, per_page: int) -> Page | None:
    """Return one page of a gallery's published exhibits in the curator's order, or None
    past the last page (an empty gallery has one empty page)."""
    query = _in_gallery(gallery)
    total = db.session().scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // per_page))
    if number < 1 or number > pages:
        return None
    items = db.session().scalars(query.limit(per_page).offset((number - 1) * per_page))
    return Page(list(items), number, pages, total)


def gallery_counts() -> dict[int, int]:
    """The number of published exhibits in each gallery, by gallery id."""
    query = (
        select(GalleryItem.gallery_id, func.count())
        .join(Exhibit, GalleryItem.exhibit_id == Exhibit.id)
        .where(Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None))
        .group_by(GalleryItem.gallery_id)
    )
    return dict(db.session().execute(query).tuples().all())


def published_tours() -> list[Tour]:
    return list(db.session().scalars(select(Tour).where(*TOUR_VISIBLE).order_by(Tour.title)))


def tour_by_slug(slug: str) -> Tour | None:
    return db.session().scalar(select(Tour).where(Tour.slug == slug, *TOUR_VISIBLE))


def visible_stops(tour: Tour) -> list[TourStop]:
    """Return the tour's stops whose exhibit is published, in the tour's order."""
    query = (
        select(TourStop)
        .join(Exhibit)
        .where(
            TourStop.tour_id == tour.id,
            Exhibit.status == Status.PUBLISHED,
            Exhibit.deleted_at.is_(None),
        )
        .order_by(TourStop.position)
        .options(selectinload(TourStop.exhibit).selectinload(Exhibit.images))
    )
    return list(db.session().scalars(query))


def gallery_titles() -> dict[str, str]:
    """Published galleries' titles by id (as text, the way the search facets name them)."""
    rows = db.session().execute(select(Gallery.id, Gallery.title).where(*GALLERY_VISIBLE))
    return {str(gallery_id): title for gallery_id, title in rows}


def sitemap_rows() -> Iterator[tuple[str, str, datetime | None]]:
    """(endpoint, slug, last change) of every published exhibit, gallery and tour.

    Two columns per row and no objects, so that 10,000 exhibits cost one light query."""
    visible = (
        (
            "public.exhibit",
            Exhibit,
            (Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None)),
        ),
        ("public.gallery", Gallery, GALLERY_VISIBLE),
        ("public.tour", Tour, TOUR_VISIBLE),
    )
    for endpoint, model, conditions in visible:
        query = select(model.slug, model.updated_at).where(*conditions).order_by(model.id)
        for slug, updated_at in db.session().execute(query).tuples():
            yield endpoint, slug, updated_at
