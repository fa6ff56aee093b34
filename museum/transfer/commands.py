"""`museum import` and `museum export`."""

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import click
from flask import current_app
from flask.cli import with_appcontext

from museum import instance
from museum.transfer import exporting
from museum.transfer.columns import hand_mapping
from museum.transfer.errors import TransferError
from museum.transfer.images import ImageSource, open_images
from museum.transfer.importing import Outcome, Preview, Rejected, preview_table, run_import
from museum.transfer.reading import read_table
from museum.transfer.rows import Options


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--images",
    "images_path",
    type=click.Path(exists=True, path_type=Path),
    help="Folder (or ZIP file) holding the image files the rows name.",
)
@click.option(
    "--map",
    "mapping",
    multiple=True,
    metavar="COLUMN=FIELD",
    help="Map a column by hand (repeat for several). FIELD: a field name such as title, "
    "title_ru (the title in Russian) or date_text, tags, images, parent, 'notes', 'keep' (a "
    "'Column: value' line in the notes, the default for unknown columns) or 'skip'.",
)
@click.option("--dry-run", is_flag=True, help="Check every row and report; write nothing.")
@click.option(
    "--update",
    is_flag=True,
    help="Rows whose accession number the catalog has update that exhibit (only the columns "
    "in the file); without it they are refused.",
)
@click.option(
    "--keep-unread-dates",
    is_flag=True,
    help="Import rows whose date cannot be read as years, keeping the date as text; without "
    "it they are refused.",
)
@with_appcontext
def import_command(
    file: Path,
    images_path: Path | None,
    mapping: Sequence[str],
    dry_run: bool,
    update: bool,
    keep_unread_dates: bool,
) -> None:
    """Import exhibits from a CSV FILE (UTF-8; separated by commas, semicolons or tabs).

    Columns named after our fields, Dublin Core terms (identifier, title, date, creator,
    subject, type, format, rights, coverage...) or common synonyms (objectid, filename,
    alt, parentid...) are mapped by themselves; other columns go into the notes. Only valid
    rows are imported, each with its images or not at all; every rejected row is listed
    with its row number and why. Exits 1 when nothing could be imported.
    """
    _require_current_schema()
    images = _images(images_path)
    try:
        table = read_table(file.read_bytes())
        plan = preview_table(
            table,
            file.name,
            by_hand=hand_mapping(table.headers, mapping),
            images=images,
            options=Options(update=update, keep_unread_dates=keep_unread_dates),
        )
    except TransferError as error:
        raise click.ClickException(error.message) from error
    _echo_preview(plan)
    if dry_run:
        _echo_rejected([_preview_rejected(row) for row in plan.rejected_rows])
        click.echo("Dry run: nothing was written.")
        return
    if not plan.valid_rows:
        _echo_rejected([_preview_rejected(row) for row in plan.rejected_rows])
        raise click.ClickException("Nothing to import: no row is valid.")
    with click.progressbar(length=len(plan.valid_rows), label="Importing", file=sys.stderr) as bar:
        outcome = run_import(plan, images, progress=bar.update)
    _echo_outcome(outcome)
    if not outcome.imported:
        raise click.ClickException("Nothing was imported.")


@click.command("export")
@click.option(
    "--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The file to write; standard output when left out.",
)
@click.option(
    "--images",
    "images_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Also copy the images' originals into this folder, named as in the CSV "
    "(then `museum import FILE --images DIR` brings them back).",
)
@with_appcontext
def export_command(fmt: str, output: Path | None, images_dir: Path | None) -> None:
    """Export the catalog: CSV (one row per exhibit, the trash left out, readable by
    `museum import`) or JSON (everything: exhibits, galleries with their items, tours with
    their stops)."""
    _require_current_schema()
    total = exporting.exhibit_count(include_trash=fmt == "json")
    with (
        _output(output) as out,
        click.progressbar(length=total, label="Exporting", file=sys.stderr) as bar,
    ):
        write = exporting.export_csv if fmt == "csv" else exporting.export_json
        count = write(out, progress=bar.update)
    missing = _copy_images(images_dir) if images_dir else []
    where = f" to {output}" if output else ""
    click.echo(f"Exported {count} exhibit{'s' * (count != 1)}{where}.", err=True)
    if missing:
        raise click.ClickException(f"{len(missing)} image original(s) are missing: {missing[0]}…")


def _images(path: Path | None) -> ImageSource | None:
    if path is None:
        return None
    try:
        return open_images(path, current_app.config["MAX_CONTENT_LENGTH"])
    except TransferError as error:
        raise click.ClickException(error.message) from error


def _echo_preview(plan: Preview) -> None:
    click.echo(f"{plan.filename}: {len(plan.rows)} rows, separated by {plan.table.delimiter_name}.")
    for column in plan.columns:
        note = f" ({column.note})" if column.note else ""
        click.echo(f"  {column.header} → {column.label}{note}")
    for warning in plan.warnings:
        click.echo(f"Warning: {warning}")
    click.echo(f"{len(plan.valid_rows)} valid, {len(plan.rejected_rows)} with problems.")


def _echo_rejected(rejected: list[Rejected]) -> None:
    for row in rejected:
        who = f" ({row.accession_number})" if row.accession_number else ""
        click.echo(f"Row {row.number}{who}: {' '.join(row.problems)}")


def _echo_outcome(outcome: Outcome) -> None:
    _echo_rejected(outcome.rejected)
    click.echo(
        f"Imported {outcome.imported} exhibit{'s' * (outcome.imported != 1)} "
        f"({outcome.created} new, {outcome.updated} updated); "
        f"{len(outcome.rejected)} row{'s' * (len(outcome.rejected) != 1)} rejected."
    )
    if outcome.batch_id is not None:
        click.echo(
            f"To undo it: the workspace's activity log, or /curate/imports/{outcome.batch_id}."
        )


def _preview_rejected(row) -> Rejected:
    return Rejected(row.number, row.accession_number, row.problems)


@contextmanager
def _output(path: Path | None) -> Iterator[IO[str]]:
    """Standard output, or a file written whole or not at all."""
    if path is None:
        yield sys.stdout
        return
    folder = path.resolve().parent
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _copy_images(folder: Path) -> list[str]:
    with click.progressbar(
        length=exporting.image_file_count(), label="Copying images", file=sys.stderr
    ) as bar:
        return exporting.copy_images(folder, progress=bar.update)


def _require_current_schema() -> None:
    if not instance.is_current():
        raise click.ClickException("The database is missing or out of date: run 'museum init'.")
