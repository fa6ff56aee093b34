"""Writing a CSV import: rows in chunks, one transaction each, and undoing an import whole.

Each row becomes an exhibit (or changes one, by accession number) exactly as a curator's
save would: checked fields, slug, tags, staged images, a revision, an activity line and an
index outbox entry. An ImportBatch with its ImportItems remembers what was created or
updated (with the revision before) so `undo_import` can take it all back.
"""

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from flask_babel import gettext as _
from slugify import slugify
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from museum import db
from museum.catalog.common import SLUG_MAX_LENGTH, CatalogError, ImageEdit, get, user_id
from museum.catalog.exhibits import (
    REQUIRED_FIELDS,
    _check_accession_free,
    _publish,
    _require_alt_texts,
    apply_values,
    clean_fields,
    restore_snapshot,
)
from museum.catalog.history import log, queue_for_index, record_change
from museum.catalog.images import apply_image_edits
from museum.models import (
    Activity,
    Exhibit,
    GalleryItem,
    Hotspot,
    ImportBatch,
    ImportItem,
    Revision,
    Status,
    Tag,
    TourStop,
    User,
    utcnow,
)
from museum.oai.sets import write_tombstone

CREATED, UPDATED = "created", "updated"
SLUG_LIMIT = 200  # the column's length; slugs made from titles stop at SLUG_MAX_LENGTH


@dataclass(frozen=True)
class ImportRow:
    """One valid row of an import, as the catalog should write it.

    `fields` holds only what the file gives (with `update`, the other fields stay as they
    are); `tags` and `images` are None when the file has no such column; `parent` is an
    accession number ("" takes the exhibit out of its ensemble, None leaves it).
    """

    accession_number: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    tags: tuple[str, ...] | None = None
    images: tuple[ImageEdit, ...] | None = None
    parent: str | None = None
    part_position: int | None = None  # 1-based; None appends the part after the others
    slug: str = ""
    status: str | None = None
    notes_lines: tuple[str, ...] = ()  # "Column: value" lines of columns no field holds
    update: bool = False


@dataclass(frozen=True)
class UndoResult:
    deleted: int  # created by the import, deleted for good
    trashed: list[str]  # created by it but changed since: moved to the trash instead
    restored: int  # updated by it, back to the revision before
    gone: int  # deleted meanwhile: nothing to undo


def start_import(filename: str, rows_total: int, *, by: User | None = None) -> int:
    """Open the batch an import's rows are recorded in; return its id."""
    with db.counter_session() as session:  # no catalog change yet: cached pages stay valid
        batch = ImportBatch(
            filename=filename[:300], user_id=user_id(by), rows_total=rows_total, report="{}"
        )
        session.add(batch)
        session.flush()
        return batch.id


def import_rows(batch_id: int, rows: Sequence[ImportRow], *, by: User | None = None) -> list[int]:
    """Write these rows in one transaction (all or none); return the exhibits' ids."""
    with db.write_session() as session:
        writer = _ChunkWriter(session, get(session, ImportBatch, batch_id), by)
        writer.load_accession_numbers(row.accession_number.strip() for row in rows)
        ids = [writer.write(row) for row in rows]
        writer.remember_parents()
    return ids


def finish_import(
    batch_id: int,
    *,
    imported: int,
    rejected: int,
    report: Mapping[str, Any],
    by: User | None = None,
) -> None:
    """Close the batch with its counts and report, and log the import as one activity line."""
    with db.write_session() as session:
        batch = get(session, ImportBatch, batch_id)
        batch.rows_imported, batch.rows_rejected = imported, rejected
        batch.report = json.dumps(_report(batch) | dict(report), ensure_ascii=False)
        label = f"{batch.filename}: {imported} imported, {rejected} rejected"
        _log_import(session, batch, "imported from CSV", label, by)


def undo_import(batch_id: int, *, by: User | None = None) -> UndoResult:
    """Take an import back: exhibits it updated return to their revision before, those it
    created are deleted for good (moved to the trash instead when changed since). Once only."""
    with db.write_session() as session:
        batch = get(session, ImportBatch, batch_id)
        if batch.undone_at is not None:
            when = _day(batch.undone_at)
            raise CatalogError(_("This import was already undone on %(when)s.", when=when))
        finished = _finished_at(session, batch)
        restored, gone = _restore_updated(session, batch, by)
        deleted, trashed, missing = _remove_created(session, batch, finished, by)
        batch.undone_at = utcnow()
        label = f"{batch.filename}: {deleted + len(trashed)} removed, {restored} restored"
        _log_import(session, batch, "import undone", label, by)
    return UndoResult(deleted, trashed, restored, gone + missing)


class _ChunkWriter:
    """Writes the rows of one chunk in one session, with the lookups they share cached."""

    def __init__(self, session: Session, batch: ImportBatch, by: User | None) -> None:
        self.session, self.batch, self.by = session, batch, by
        self.tags = {tag.name: tag for tag in session.scalars(select(Tag))}
        self.slugs = set(session.scalars(select(Exhibit.slug)))
        self.parents_before: dict[str, list] = {}
        self.taken: set[str] = set()

    def load_accession_numbers(self, numbers: Iterable[str]) -> None:
        """Which of the chunk's accession numbers the catalog has: one query, not one a row."""
        wanted = list(numbers)
        for start in range(0, len(wanted), 500):
            query = select(Exhibit.accession_number).where(
                Exhibit.accession_number.in_(wanted[start : start + 500])
            )
            self.taken.update(self.session.scalars(query))

    def write(self, row: ImportRow) -> int:
        if row.update:
            exhibit = self._existing(row.accession_number)
            before = self._last_revision(exhibit.id)
        else:
            number = str(row.fields.get("accession_number", "")).strip()
            if number in self.taken:
                _check_accession_free(self.session, number)  # raises, naming the exhibit
            self.taken.add(number)
            exhibit = Exhibit(created_by_id=user_id(self.by), tags=[], images=[])
            before = None
        self._set_fields(exhibit, row)
        self.session.add(exhibit)
        if row.tags is not None:
            exhibit.tags = self._tags(row.tags)
        if row.images is not None:
            apply_image_edits(self.session, exhibit, list(row.images))
        self._set_status(exhibit, row.status)
        if row.parent is not None:
            self._set_parent(exhibit, row)
        exhibit.updated_by_id = user_id(self.by)
        action = UPDATED if row.update else CREATED
        record_change(self.session, exhibit, f"{action} by import", self.by)
        self.session.add(
            ImportItem(
                batch_id=self.batch.id, exhibit_id=exhibit.id, action=action, revision_before=before
            )
        )
        return exhibit.id

    def remember_parents(self) -> None:
        """Keep the ensembles updated exhibits were parts of, for an undo."""
        if self.parents_before:
            report = _report(self.batch)
            report["parents_before"] = report.get("parents_before", {}) | self.parents_before
            self.batch.report = json.dumps(report, ensure_ascii=False)

    def _existing(self, accession_number: str) -> Exhibit:
        exhibit = self.session.scalar(
            select(Exhibit).where(Exhibit.accession_number == accession_number)
        )
        if exhibit is None:
            message = _("No exhibit %(number)s to update.", number=accession_number)
            raise CatalogError(message, "accession_number")
        if exhibit.deleted_at is not None:
            message = _("%(number)s is in the trash; restore it first.", number=accession_number)
            raise CatalogError(message)
        return exhibit

    def _set_fields(self, exhibit: Exhibit, row: ImportRow) -> None:
        fields = dict(row.fields)
        if row.update:
            fields.pop("accession_number", None)  # it finds the exhibit; it stays as it is
        required = [name for name in REQUIRED_FIELDS if name in fields or not row.update]
        values = clean_fields(fields, required=required)
        apply_values(exhibit, values)
        exhibit.notes = _notes(exhibit.notes or "", values.get("notes"), row.notes_lines)
        if not row.update or ("title" in values and exhibit.published_at is None):
            exhibit.slug = self._slug(exhibit, row.slug)

    def _slug(self, exhibit: Exhibit, wanted: str) -> str:
        self.slugs.discard(exhibit.slug)
        if wanted:
            if slugify(wanted) != wanted or len(wanted) > SLUG_LIMIT or wanted in self.slugs:
                message = _("The web address “%(slug)s” is taken or not valid.", slug=wanted)
                raise CatalogError(message, "slug")
            candidate = wanted
        else:
            base = slugify(exhibit.title, max_length=SLUG_MAX_LENGTH, word_boundary=True)
            candidate, counter = base or "item", 2
            while candidate in self.slugs:
                candidate, counter = f"{base or 'item'}-{counter}", counter + 1
        self.slugs.add(candidate)
        return candidate

    def _tags(self, names: Sequence[str]) -> list[Tag]:
        wanted = list(dict.fromkeys(n.strip().lower() for n in names if n.strip()))
        for name in wanted:
            if name not in self.tags:
                self.tags[name] = Tag(name=name)
        return [self.tags[name] for name in wanted]

    def _set_status(self, exhibit: Exhibit, status: str | None) -> None:
        if status == Status.PUBLISHED or (status is None and exhibit.status == Status.PUBLISHED):
            _require_alt_texts(exhibit)
            _publish(exhibit)
        elif status is not None:
            if status not in set(Status):
                statuses = ", ".join(Status)
                message = _("Status must be one of: %(statuses)s.", statuses=statuses)
                raise CatalogError(message, "status")
            exhibit.status = status

    def _set_parent(self, exhibit: Exhibit, row: ImportRow) -> None:
        if row.update:
            before = [exhibit.parent_id, exhibit.part_position]
            self.parents_before.setdefault(str(exhibit.id), before)
        if not row.parent:
            exhibit.parent_id = None
            return
        self.session.flush()
        parent = self.session.scalar(select(Exhibit).where(Exhibit.accession_number == row.parent))
        if parent is None or parent.deleted_at is not None:
            message = _("Part of %(parent)s: no such exhibit.", parent=row.parent)
            raise CatalogError(message, "parent")
        if parent.kind != "ensemble" or parent.id == exhibit.id:
            message = _("Part of %(parent)s: that is not an ensemble.", parent=row.parent)
            raise CatalogError(message, "parent")
        if row.part_position is not None:
            position = row.part_position - 1
        else:
            last = self.session.scalar(
                select(func.max(Exhibit.part_position)).where(
                    Exhibit.parent_id == parent.id, Exhibit.id != exhibit.id
                )
            )
            position = 0 if last is None else last + 1
        exhibit.parent_id, exhibit.part_position = parent.id, position

    def _last_revision(self, exhibit_id: int) -> int | None:
        return self.session.scalar(
            select(func.max(Revision.number)).where(
                Revision.entity == "exhibit", Revision.entity_id == exhibit_id
            )
        )


def _notes(current: str, given: str | None, lines: Sequence[str]) -> str:
    """The notes column (when the file has one) followed by the lines of unmapped columns;
    without a notes column, lines not there yet are added to what the exhibit had."""
    base = given if given is not None else current
    kept = set(base.splitlines())
    added = [line for line in dict.fromkeys(lines) if line not in kept]
    return "\n".join(part for part in (base, *added) if part)


def _report(batch: ImportBatch) -> dict[str, Any]:
    try:
        return json.loads(batch.report or "{}")
    except ValueError:
        return {}


def _log_import(
    session: Session, batch: ImportBatch, action: str, label: str, by: User | None
) -> None:
    session.add(
        Activity(
            user_id=user_id(by), action=action, entity="import", entity_id=batch.id, label=label
        )
    )


def _finished_at(session: Session, batch: ImportBatch) -> datetime:
    """When the import's activity line was written; now, if the import never finished."""
    moment = session.scalar(
        select(func.min(Activity.created_at)).where(
            Activity.entity == "import", Activity.entity_id == batch.id
        )
    )
    return _aware(moment) if moment is not None else utcnow()


def _restore_updated(session: Session, batch: ImportBatch, by: User | None) -> tuple[int, int]:
    parents = _report(batch).get("parents_before", {})
    restored = gone = 0
    for item in batch.items:
        if item.action != UPDATED:
            continue
        exhibit = session.get(Exhibit, item.exhibit_id)
        if exhibit is None or item.revision_before is None:
            gone += 1
            continue
        _restore_status(session, exhibit, item.revision_before)
        if str(exhibit.id) in parents:
            parent_id, position = parents[str(exhibit.id)]
            if parent_id is not None and session.get(Exhibit, parent_id) is None:
                parent_id = None  # that ensemble was deleted since
            exhibit.parent_id, exhibit.part_position = parent_id, position
        restore_snapshot(session, exhibit, item.revision_before, "restored: import undone", by)
        restored += 1
    return restored, gone


def _restore_status(session: Session, exhibit: Exhibit, number: int) -> None:
    snapshot = session.scalar(
        select(Revision.snapshot).where(
            Revision.entity == "exhibit",
            Revision.entity_id == exhibit.id,
            Revision.number == number,
        )
    )
    status = json.loads(snapshot).get("status") if snapshot else None
    if status == Status.PUBLISHED:
        _publish(exhibit)
    elif status:
        exhibit.status = status


def _remove_created(
    session: Session, batch: ImportBatch, finished: datetime, by: User | None
) -> tuple[int, list[str], int]:
    created = [item.exhibit_id for item in batch.items if item.action == CREATED]
    deleted, trashed, gone = 0, [], 0
    for exhibit_id in created:
        exhibit = session.get(Exhibit, exhibit_id)
        if exhibit is None or _aware(exhibit.created_at) > finished:  # a later one got its id
            gone += 1
        elif _changed_since(session, exhibit, set(created)):
            if exhibit.deleted_at is None:
                exhibit.deleted_at = utcnow()
                record_change(session, exhibit, "moved to the trash: import undone", by)
            trashed.append(exhibit.accession_number)
        else:
            _delete_for_good(session, exhibit, by)
            deleted += 1
    return deleted, trashed, gone


def _changed_since(session: Session, exhibit: Exhibit, created: set[int]) -> bool:
    """Edited after the import, put in a gallery or tour, or given parts of its own since."""
    revisions = session.scalar(
        select(func.count()).where(
            Revision.entity == "exhibit",
            Revision.entity_id == exhibit.id,
            Revision.created_at >= exhibit.created_at,
        )
    )
    in_arrangement = session.scalar(
        select(func.count()).where(GalleryItem.exhibit_id == exhibit.id)
    ) or session.scalar(select(func.count()).where(TourStop.exhibit_id == exhibit.id))
    foreign_parts = [part for part in exhibit.parts if part.id not in created]
    return bool((revisions or 0) > 1 or in_arrangement or foreign_parts or exhibit.deleted_at)


def _delete_for_good(session: Session, exhibit: Exhibit, by: User | None) -> None:
    """As emptying the trash does: the row, its revisions and hotspots; files stay until swept."""
    write_tombstone(session, exhibit)  # OAI-PMH harvesters learn of it, if it was published
    log(session, "deleted for good: import undone", exhibit, by)
    queue_for_index(session, [exhibit.id])
    session.execute(
        delete(Revision).where(Revision.entity == "exhibit", Revision.entity_id == exhibit.id)
    )
    session.execute(delete(Hotspot).where(Hotspot.part_id == exhibit.id))
    session.delete(exhibit)


def _day(moment: datetime) -> str:
    return _aware(moment).strftime("%Y-%m-%d %H:%M UTC")


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
