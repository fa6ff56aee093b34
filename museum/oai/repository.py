"""The repository's records, read from the database in the order harvesters page through.

An item is an exhibit that was published once (published_at is set): live while it is published
and not in the trash, deleted otherwise; or a tombstone of one deleted for good. Lists run in
(datestamp, source, id) order, so a page ends at a position the next one starts after, however
the catalog changes in between: a record changed meanwhile moves to the end of the list.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Select, case, func, literal, select, tuple_, union_all
from sqlalchemy.orm import Session, joinedload, selectinload

from museum.models import DeletedRecord, Exhibit
from museum.oai import sets
from museum.oai.tokens import Position

PAGE_SIZE = 100
EXHIBIT, TOMBSTONE = 0, 1
# An exhibit's datestamp: its last change (or its publication, were that later).
DATESTAMP = case(
    (Exhibit.published_at > Exhibit.updated_at, Exhibit.published_at), else_=Exhibit.updated_at
)
IN_REPOSITORY = Exhibit.published_at.is_not(None)


@dataclass(frozen=True)
class Selection:
    """A selective harvest: datestamps in [start, end) and membership of a set."""

    start: datetime | None = None
    end: datetime | None = None
    set_spec: str | None = None


@dataclass(frozen=True)
class Item:
    accession_number: str
    datestamp: datetime
    set_specs: list[str]
    exhibit: Exhibit | None  # None for a tombstone

    @property
    def deleted(self) -> bool:
        return self.exhibit is None or not self.exhibit.is_published


@dataclass(frozen=True)
class Page:
    items: list[Item]
    last: Position | None  # where the next page starts after; None on the last page
    total: int  # the whole list's length


def find(session: Session, accession_number: str) -> Item | None:
    """The item with this accession number: an exhibit once published, or a tombstone."""
    exhibit = session.scalar(
        select(Exhibit).where(Exhibit.accession_number == accession_number, IN_REPOSITORY)
    )
    if exhibit is not None:
        return _exhibit_items(session, [exhibit])[exhibit.id]
    tombstone = session.scalar(
        select(DeletedRecord).where(DeletedRecord.accession_number == accession_number)
    )
    return _tombstone_item(tombstone) if tombstone is not None else None


def earliest_datestamp(session: Session) -> datetime | None:
    listed = _listed(Selection()).subquery()
    return session.scalar(select(func.min(listed.c.datestamp)))


def page(session: Session, selection: Selection, after: Position | None) -> Page:
    """Up to PAGE_SIZE items of the selection that come after `after`, in the list's order."""
    listed = _listed(selection).subquery()
    key = (listed.c.datestamp, listed.c.source, listed.c.id)
    query = select(*key).order_by(*key).limit(PAGE_SIZE + 1)
    if after is not None:
        query = query.where(tuple_(*key) > tuple_(after.datestamp, after.source, after.id))
    rows = session.execute(query).all()
    more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    total = session.scalar(select(func.count()).select_from(listed)) or 0
    last = Position(rows[-1].datestamp, rows[-1].source, rows[-1].id) if more else None
    return Page(_load(session, rows), last, total)


def _listed(selection: Selection) -> Select:
    """(datestamp, source, id) of every item in the selection."""
    exhibits = select(
        DATESTAMP.label("datestamp"), literal(EXHIBIT).label("source"), Exhibit.id.label("id")
    ).where(IN_REPOSITORY)
    tombstones = select(DeletedRecord.deleted_at, literal(TOMBSTONE), DeletedRecord.id).where(
        ~_superseded()
    )
    if selection.set_spec is not None:
        exhibits = exhibits.where(sets.exhibits_in(selection.set_spec))
        tombstones = tombstones.where(sets.tombstones_in(selection.set_spec))
    exhibits = exhibits.where(*_between(DATESTAMP, selection))
    tombstones = tombstones.where(*_between(DeletedRecord.deleted_at, selection))
    return union_all(exhibits, tombstones)


def _between(stamp, selection: Selection) -> list[ColumnElement[bool]]:
    bounds = []
    if selection.start is not None:
        bounds.append(stamp >= selection.start)
    if selection.end is not None:
        bounds.append(stamp < selection.end)
    return bounds


def _superseded() -> ColumnElement[bool]:
    """A tombstone whose accession number an exhibit in the repository has taken again."""
    return (
        select(Exhibit.id)
        .where(Exhibit.accession_number == DeletedRecord.accession_number, IN_REPOSITORY)
        .exists()
    )


def _load(session: Session, rows) -> list[Item]:
    exhibit_ids = [row.id for row in rows if row.source == EXHIBIT]
    tombstone_ids = [row.id for row in rows if row.source == TOMBSTONE]
    exhibits = session.scalars(
        select(Exhibit)
        .where(Exhibit.id.in_(exhibit_ids))
        .options(
            selectinload(Exhibit.tags),
            selectinload(Exhibit.parts),
            joinedload(Exhibit.parent),
        )
    ).all()
    by_exhibit = _exhibit_items(session, exhibits)
    by_tombstone = {
        t.id: _tombstone_item(t)
        for t in session.scalars(select(DeletedRecord).where(DeletedRecord.id.in_(tombstone_ids)))
    }
    found = {EXHIBIT: by_exhibit, TOMBSTONE: by_tombstone}
    return [found[row.source][row.id] for row in rows]


def _exhibit_items(session: Session, exhibits) -> dict[int, Item]:
    galleries = sets.gallery_specs(session, [exhibit.id for exhibit in exhibits])
    return {
        exhibit.id: Item(
            exhibit.accession_number,
            _utc(max(exhibit.updated_at, exhibit.published_at or exhibit.updated_at)),
            sets.exhibit_specs(exhibit, galleries),
            exhibit,
        )
        for exhibit in exhibits
    }


def _tombstone_item(tombstone: DeletedRecord) -> Item:
    return Item(
        tombstone.accession_number,
        _utc(tombstone.deleted_at),
        tombstone.set_specs.split(),
        None,
    )


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
