"""Turning an exhibit row into the document the index keeps for it."""

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from museum.catalog.common import accession_key
from museum.kinds import KINDS
from museum.models import Exhibit, Gallery, GalleryItem, Status, Tour, TourStop


def is_searchable(exhibit: Exhibit | None) -> bool:
    """Published and not in the trash: what visitors may find."""
    return exhibit is not None and exhibit.status == Status.PUBLISHED and exhibit.deleted_at is None


def document(session: Session, exhibit: Exhibit) -> dict:
    """The index document of one exhibit, with what it takes to show a hit without the database."""
    galleries = _gallery_rows(session, exhibit.id)
    tours = _tour_titles(session, exhibit.id)
    year = exhibit.year_from
    body = "\n".join(_body_parts(exhibit, [title for _id, title in galleries], tours))
    tags = ",".join(tag.name for tag in exhibit.tags)
    return {
        "id": str(exhibit.id),
        "accession_number": exhibit.accession_number,
        "accession_key": accession_key(exhibit.accession_number),
        "slug": exhibit.slug,
        "kind": exhibit.kind,
        "status": exhibit.status,
        "title_en": exhibit.title,
        "title_sort": exhibit.title.casefold()[:100],
        "summary_en": exhibit.summary,
        "body_en": body,
        "tags": tags,
        "words": " ".join((exhibit.title, exhibit.summary, tags.replace(",", " "), body)),
        # The title twice: its words weigh more than the same words further down.
        "all_en": "\n".join((exhibit.title, exhibit.title, exhibit.summary, tags, body)),
        "gallery": ",".join(str(gallery_id) for gallery_id, _title in galleries),
        "year": year if year is not None else -1,
        "decade": year // 10 * 10 if year is not None else -1,
        "date_text": exhibit.date_text,
        "image": exhibit.images[0].sha256 if exhibit.images else "",
    }


def load_exhibits(session: Session, ids: list[int]) -> dict[int, Exhibit]:
    query = (
        select(Exhibit)
        .where(Exhibit.id.in_(ids))
        .options(selectinload(Exhibit.images), selectinload(Exhibit.tags))
    )
    return {exhibit.id: exhibit for exhibit in session.scalars(query)}


def _body_parts(exhibit: Exhibit, galleries: list[str], tours: list[str]):
    yield exhibit.description
    for field in KINDS[exhibit.kind].fields:
        value = getattr(exhibit, field.name)
        if value not in (None, ""):
            yield str(value)
    yield from (exhibit.place, exhibit.materials, exhibit.provenance, exhibit.credit_line)
    for image in exhibit.images:
        yield image.caption
        yield image.alt_text
    yield from galleries
    yield from tours


def _gallery_rows(session: Session, exhibit_id: int) -> list[tuple[int, str]]:
    query = (
        select(Gallery.id, Gallery.title)
        .join(GalleryItem)
        .where(
            GalleryItem.exhibit_id == exhibit_id, Gallery.published, Gallery.deleted_at.is_(None)
        )
    )
    return list(session.execute(query).tuples())


def _tour_titles(session: Session, exhibit_id: int) -> list[str]:
    query = (
        select(Tour.title, TourStop.title)
        .join(TourStop)
        .where(TourStop.exhibit_id == exhibit_id, Tour.published, Tour.deleted_at.is_(None))
    )
    return [part for row in session.execute(query) for part in row if part]
