"""An import from start to end: the preview (a dry run), then the valid rows into the catalog.

Images are staged through the media pipeline row by row first (a row whose image is refused
is rejected and leaves no file); then the rows are written in chunks, one transaction each.
When a chunk fails, its rows are written one by one, so one bad row takes no other with it.
The search index is brought up to date once, at the end.
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from flask_babel import gettext as _
from sqlalchemy.exc import SQLAlchemyError

from museum import catalog
from museum.models import User
from museum.search import indexer
from museum.transfer.columns import Column, map_columns
from museum.transfer.errors import TransferError
from museum.transfer.images import ImageSource
from museum.transfer.reading import Table, read_table
from museum.transfer.rows import Options, RowPlan, plan_rows

CHUNK_ROWS = 250
CHUNK_ROWS_WITH_IMAGES = 10  # staging images takes long: report progress more often


@dataclass
class Preview:
    """What an import would do: the columns' targets and every row checked (nothing written)."""

    filename: str
    table: Table
    columns: list[Column]
    rows: list[RowPlan]
    options: Options

    @property
    def valid_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if row.valid]

    @property
    def rejected_rows(self) -> list[RowPlan]:
        return [row for row in self.rows if not row.valid]

    @property
    def warnings(self) -> list[str]:
        targets = {column.target for column in self.columns}
        found = [column.note for column in self.columns if column.note]
        if "accession_number" not in targets:
            found.insert(0, _("No column is the accession number: every row needs one."))
        return found


@dataclass
class Rejected:
    number: int
    accession_number: str
    problems: list[str]
    cells: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "row": self.number,
            "accession_number": self.accession_number,
            "problems": self.problems,
            "cells": self.cells,
        }


@dataclass
class Outcome:
    batch_id: int | None
    created: int = 0
    updated: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return self.created + self.updated


def preview(
    data: bytes,
    filename: str,
    *,
    by_hand: Mapping[int, str] | None = None,
    images: ImageSource | None = None,
    options: Options | None = None,
) -> Preview:
    """Read and check the file without writing anything."""
    return preview_table(
        read_table(data), filename, by_hand=by_hand, images=images, options=options
    )


def preview_table(
    table: Table,
    filename: str,
    *,
    by_hand: Mapping[int, str] | None = None,
    images: ImageSource | None = None,
    options: Options | None = None,
) -> Preview:
    """Check a file already read without writing anything."""
    options = options or Options()
    columns = map_columns(table.headers, by_hand)
    rows = plan_rows(table.records, columns, images, options)
    return Preview(filename, table, columns, rows, options)


def run_import(
    plan: Preview,
    images: ImageSource | None,
    *,
    by: User | None = None,
    progress: Callable[[int], object] = lambda _n: None,
) -> Outcome:
    """Import the valid rows of a preview just made; return what happened to each row."""
    outcome = Outcome(None, rejected=[_rejected(row) for row in plan.rejected_rows])
    valid = parents_first(plan.valid_rows)
    if not valid:
        return outcome
    outcome.batch_id = catalog.start_import(plan.filename, len(plan.rows), by=by)
    size = CHUNK_ROWS_WITH_IMAGES if any(row.images for row in valid) else CHUNK_ROWS
    stopped = ""
    try:
        with indexer.deferred():
            for start in range(0, len(valid), size):
                chunk = valid[start : start + size]
                _write_chunk(outcome, chunk, images, by)
                progress(len(chunk))
    except BaseException as exc:
        stopped = str(exc) or type(exc).__name__
        raise
    finally:
        _finish(outcome, plan, by, stopped)
    return outcome


def parents_first(rows: Sequence[RowPlan]) -> list[RowPlan]:
    """The rows in file order, except that an ensemble comes before its parts."""
    by_number = {row.accession_number: row for row in rows}

    def depth(row: RowPlan) -> int:
        seen, level = {row.accession_number}, 0
        while row.parent and row.parent in by_number and row.parent not in seen:
            row, level = by_number[row.parent], level + 1
            seen.add(row.accession_number)
        return level

    return sorted(rows, key=depth)


def _write_chunk(
    outcome: Outcome, chunk: Sequence[RowPlan], images: ImageSource | None, by: User | None
) -> None:
    ready: list[tuple[RowPlan, catalog.ImportRow, list]] = []
    for plan in chunk:
        try:
            row, staged = _catalog_row(plan, images)
        except (catalog.CatalogError, TransferError, OSError) as error:
            outcome.rejected.append(_rejected(plan, [_message(error)]))
            continue
        ready.append((plan, row, staged))
    if not ready:
        return
    try:
        catalog.import_rows(outcome.batch_id, [row for _plan, row, _staged in ready], by=by)
    except (catalog.CatalogError, SQLAlchemyError):
        for plan, row, staged in ready:  # one by one: only the bad rows stay out
            _write_one(outcome, plan, row, staged, by)
        return
    for plan, _row, _staged in ready:
        _count(outcome, plan)


def _write_one(outcome: Outcome, plan: RowPlan, row, staged: list, by: User | None) -> None:
    try:
        catalog.import_rows(outcome.batch_id, [row], by=by)
    except (catalog.CatalogError, SQLAlchemyError) as error:
        catalog.discard_staged(staged)
        outcome.rejected.append(_rejected(plan, [_message(error)]))
        return
    _count(outcome, plan)


def _count(outcome: Outcome, plan: RowPlan) -> None:
    if plan.existing is None:
        outcome.created += 1
    else:
        outcome.updated += 1


def _catalog_row(plan: RowPlan, images: ImageSource | None) -> tuple[catalog.ImportRow, list]:
    edits, staged = _image_edits(plan, images) if plan.images is not None else (None, [])
    row = catalog.ImportRow(
        accession_number=plan.accession_number,
        fields=dict(plan.fields),
        tags=tuple(plan.tags) if plan.tags is not None else None,
        images=tuple(edits) if edits is not None else None,
        parent=plan.parent,
        part_position=plan.part_position,
        slug=plan.slug,
        status=plan.status,
        notes_lines=tuple(plan.notes_lines),
        update=plan.existing is not None,
    )
    return row, staged


def _image_edits(plan: RowPlan, images: ImageSource | None) -> tuple[list, list]:
    """The row's images as the catalog takes them; new files staged (all of them or none)."""
    uploads = []
    for spec in plan.images or []:
        if spec.existing_id is None:
            if images is None or spec.found is None:
                raise TransferError(_("Image file “%(name)s” is missing.", name=spec.name))
            data = images.read(spec.found)
            name = PurePosixPath(spec.found).name
            uploads.append(catalog.NewImage(data, name))
    fresh = catalog.stage_images(uploads)
    staged = iter(fresh)
    edits = [
        catalog.ImageEdit(
            spec.existing_id,
            next(staged) if spec.existing_id is None else None,
            spec.caption or "",
            spec.alt_text or "",
            bool(spec.decorative),
            spec.translations,
        )
        for spec in plan.images or []
    ]
    return edits, fresh


def _finish(outcome: Outcome, plan: Preview, by: User | None, stopped: str) -> None:
    if outcome.batch_id is None:
        return
    outcome.rejected.sort(key=lambda rejected: rejected.number)
    report = {
        "headers": plan.table.headers,
        "columns": [[column.header, column.target] for column in plan.columns],
        "created": outcome.created,
        "updated": outcome.updated,
        "rejected": [rejected.as_dict() for rejected in outcome.rejected],
        "options": {
            "update": plan.options.update,
            "keep_unread_dates": plan.options.keep_unread_dates,
        },
    }
    if stopped:
        report["stopped"] = stopped
    catalog.finish_import(
        outcome.batch_id,
        imported=outcome.imported,
        rejected=len(outcome.rejected),
        report=report,
        by=by,
    )


def _rejected(plan: RowPlan, problems: Iterable[str] | None = None) -> Rejected:
    return Rejected(
        plan.number,
        plan.accession_number,
        list(problems if problems is not None else plan.problems),
        plan.cells,
    )


def _message(error: Exception) -> str:
    if isinstance(error, (catalog.CatalogError, TransferError)):
        return error.message
    if isinstance(error, OSError):
        return _("A file could not be read: %(reason)s.", reason=error.strerror or error)
    reason = getattr(error, "orig", None) or error
    return _("The database refused the row: %(reason)s", reason=str(reason).splitlines()[0])
