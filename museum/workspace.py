"""What the workspace reads: exhibit lists with filters, the review queue, staged uploads."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import Select, and_, asc, case, desc, exists, func, or_, select
from sqlalchemy.orm import selectinload

from museum import db
from museum.models import Exhibit, Gallery, GalleryItem, Image, Status
from museum.queries import Page
from museum.search import query as search

SORTS = {
    "updated": desc(Exhibit.updated_at),
    "title": asc(Exhibit.title),
    "accession": asc(Exhibit.accession_number),
    "date": asc(Exhibit.year_from),
}
ATTENTION = {
    "no-image": _l("No image"),
    "missing-alt": _l("Image without alt text"),
    "unparsed-date": _l("Date not understood"),
}


@dataclass(frozen=True)
class ExhibitFilters:
    q: str = ""
    kind: str = ""
    status: str = ""
    gallery: int | None = None
    attention: str = ""
    sort: str = "updated"
    trash: bool = False


def exhibit_list(filters: ExhibitFilters, number: int, per_page: int) -> Page | None:
    """One page of exhibits matching the filters, or None past the last page."""
    ranked = search.workspace_ids(filters.q) if filters.q and not filters.trash else []
    listed = _filtered(filters, ranked)
    total = db.session().scalar(select(func.count()).select_from(listed.subquery())) or 0
    pages = max(1, -(-total // per_page))
    if not 1 <= number <= pages:
        return None
    ordered = listed.order_by(_order(filters.sort, ranked), Exhibit.id)
    ordered = ordered.options(selectinload(Exhibit.images)).limit(per_page)
    items = list(db.session().scalars(ordered.offset((number - 1) * per_page)))
    return Page(items, number, pages, total)


def review_queue(user_id: int | None = None) -> list[Exhibit]:
    """Exhibits submitted for review (only this user's when given), oldest first."""
    query = select(Exhibit).where(Exhibit.status == Status.SUBMITTED, Exhibit.deleted_at.is_(None))
    if user_id is not None:
        query = query.where(Exhibit.created_by_id == user_id)
    return list(db.session().scalars(query.order_by(Exhibit.updated_at)))


def galleries() -> list[Gallery]:
    return list(db.session().scalars(select(Gallery).order_by(Gallery.position)))


def _order(sort: str, ranked: list[int]):
    if sort == "relevance" and ranked:
        return case({exhibit_id: rank for rank, exhibit_id in enumerate(ranked)}, value=Exhibit.id)
    return SORTS.get(sort, SORTS["updated"])


def _filtered(filters: ExhibitFilters, ranked: list[int]) -> Select:
    """The exhibits the filters name; `ranked` are full-text matches of the search words."""
    trash = Exhibit.deleted_at.is_not(None) if filters.trash else Exhibit.deleted_at.is_(None)
    query = select(Exhibit).where(trash)
    if filters.q:
        pattern = f"%{filters.q.strip()}%"
        query = query.where(
            or_(
                Exhibit.id.in_(ranked),
                Exhibit.title.ilike(pattern),
                Exhibit.accession_number.ilike(pattern),
            )
        )
    if filters.kind:
        query = query.where(Exhibit.kind == filters.kind)
    if filters.status:
        query = query.where(Exhibit.status == filters.status)
    if filters.gallery:
        in_gallery = exists().where(
            GalleryItem.exhibit_id == Exhibit.id, GalleryItem.gallery_id == filters.gallery
        )
        query = query.where(in_gallery)
    return _attention(query, filters.attention)


def _attention(query: Select, attention: str) -> Select:
    has_image = exists().where(Image.exhibit_id == Exhibit.id)
    if attention == "no-image":
        return query.where(~has_image)
    if attention == "missing-alt":
        missing = exists().where(
            Image.exhibit_id == Exhibit.id, Image.alt_text == "", ~Image.decorative
        )
        return query.where(missing)
    if attention == "unparsed-date":
        return query.where(and_(Exhibit.date_text != "", Exhibit.year_from.is_(None)))
    return query
