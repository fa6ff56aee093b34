"""Turning exhibit rows into the documents the index keeps for them."""

from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from museum.catalog.common import accession_key
from museum.kinds import KINDS
from museum.models import Exhibit, Gallery, GalleryItem, Status, Tour, TourStop


def is_indexed(exhibit: Exhibit | None) -> bool:
    """Every exhibit outside the trash: visitors find the published ones, curators all."""
    return exhibit is not None and exhibit.deleted_at is None


def documents(session: Session, exhibits: Iterable[Exhibit]) -> Iterator[dict]:
    """The index documents of some exhibits, with their galleries and tours read at once."""
    exhibits = list(exhibits)
    ids = [exhibit.id for exhibit in exhibits]
    galleries, tours = _galleries_by_exhibit(session, ids), _tours_by_exhibit(session, ids)
    for exhibit in exhibits:
        yield document(exhibit, galleries.get(exhibit.id, []), tours.get(exhibit.id, []))


def document(exhibit: Exhibit, galleries: list[tuple[int, str]], tours: list[str]) -> dict:
    """One exhibit's document, with what it takes to show a hit without the database."""
    year = exhibit.year_from
    body = "\n".join(_body_parts(exhibit, [title for _id, title in galleries], tours))
    tags = ",".join(tag.name for tag in exhibit.tags)
    published = exhibit.status == Status.PUBLISHED
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
        "words": _distinct_words(exhibit.title, exhibit.summary, tags, body) if published else "",
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


def _distinct_words(*texts: str) -> str:
    # Only the vocabulary and document frequencies matter here: each word once is enough.
    words = " ".join(texts).replace(",", " ").lower().split()
    return " ".join(dict.fromkeys(words))


def _body_parts(exhibit: Exhibit, galleries: list[str], tours: list[str]) -> Iterator[str]:
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


def _galleries_by_exhibit(session: Session, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    query = (
        select(GalleryItem.exhibit_id, Gallery.id, Gallery.title)
        .join(Gallery)
        .where(GalleryItem.exhibit_id.in_(ids), Gallery.published, Gallery.deleted_at.is_(None))
    )
    found = defaultdict(list)
    for exhibit_id, gallery_id, title in session.execute(query):
        found[exhibit_id].append((gallery_id, title))
    return found


def _tours_by_exhibit(session: Session, ids: list[int]) -> dict[int, list[str]]:
    query = (
        select(TourStop.exhibit_id, Tour.title, TourStop.title)
        .join(Tour)
        .where(TourStop.exhibit_id.in_(ids), Tour.published, Tour.deleted_at.is_(None))
    )
    found = defaultdict(list)
    for exhibit_id, *titles in session.execute(query):
        found[exhibit_id].extend(title for title in titles if title)
    return found
