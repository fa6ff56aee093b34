"""What visitors may see: published exhibits, galleries and tours, read from the database."""

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from museum import db
from museum.catalog import accession_key
from museum.models import Exhibit, Gallery, GalleryItem, Hotspot, Status, Tour, TourStop

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


def exhibit_page(number: int, per_page: int, kind: str | None = None) -> Page | None:
    """Return one page of published exhibits in date order, or None past the last page."""
    query = published_exhibits()
    if kind:
        query = query.where(Exhibit.kind == kind)
    total = db.session().scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // per_page))
    if number < 1 or number > pages:
        return None
    ordered = (
        query.order_by(Exhibit.year_from.is_(None), Exhibit.year_from, Exhibit.title)
        .limit(per_page)
        .offset((number - 1) * per_page)
    )
    return Page(list(db.session().scalars(ordered)), number, pages, total)


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
        .options(selectinload(Exhibit.parts), selectinload(Exhibit.tags))
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


def galleries_with(exhibit: Exhibit) -> list[Gallery]:
    query = (
        select(Gallery)
        .join(GalleryItem)
        .where(GalleryItem.exhibit_id == exhibit.id, *GALLERY_VISIBLE)
        .order_by(Gallery.position)
    )
    return list(db.session().scalars(query))


def tour_stops_with(exhibit: Exhibit) -> list[tuple[Tour, int, int]]:
    """Return (tour, stop number, number of stops) for each published tour showing the exhibit."""
    found = []
    for tour in db.session().scalars(select(Tour).where(*TOUR_VISIBLE).order_by(Tour.title)):
        stops = visible_stops(tour)
        for number, stop in enumerate(stops, start=1):
            if stop.exhibit_id == exhibit.id:
                found.append((tour, number, len(stops)))
    return found


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


def gallery_exhibits(gallery: Gallery) -> list[Exhibit]:
    """Return a gallery's published exhibits in the curator's order."""
    query = (
        published_exhibits()
        .join(GalleryItem, GalleryItem.exhibit_id == Exhibit.id)
        .where(GalleryItem.gallery_id == gallery.id)
        .order_by(GalleryItem.position)
    )
    return list(db.session().scalars(query))


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
