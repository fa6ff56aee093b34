"""`museum media check` and `museum media rebuild`: media files and rows kept in step."""

import json

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from museum import catalog, db, media
from museum.media import maintenance
from museum.media.derivatives import SIZE_NAMES
from museum.models import Exhibit, Image, Revision, Tour


@click.group("media")
def media_group() -> None:
    """Check and rebuild image files (originals, derivatives, deep-zoom tiles)."""


@media_group.command("check")
@with_appcontext
def check_command() -> None:
    """List rows without files, files without rows, and leftovers; exit 1 if any."""
    rows = _image_rows()
    with click.progressbar(length=len(rows), label="Checking images") as bar:
        report = maintenance.check(
            media.store(), rows, progress=bar.update, kept=_hashes_in_revisions()
        )
    for title, found in vars(report).items():
        for item in found:
            click.echo(f"{title.replace('_', ' ')}: {item}")
    if report.problems:
        raise click.ClickException(f"{report.problems} problem(s) found.")
    click.echo(f"All {len(rows)} images have their files; no stray files.")


@media_group.command("rebuild")
@click.option(
    "--only",
    type=click.Choice(SIZE_NAMES),
    multiple=True,
    help="Make only this size again (repeat for several); default: every size and the tiles.",
)
@with_appcontext
def rebuild_command(only: tuple[str, ...]) -> None:
    """Make derivatives again from the originals, e.g. after a size changed."""
    originals = sorted({(sha256, fmt) for _label, sha256, fmt in _image_rows()})
    failures = []
    with click.progressbar(length=len(originals), label="Rebuilding") as bar:
        measured = {}
        for original in originals:
            try:
                measured |= maintenance.rebuild(
                    media.store(),
                    [original],
                    max_pixels=media.max_pixels(),
                    zoom_min_edge=media.deep_zoom_min_edge(),
                    only=set(only) or None,
                )
            except (OSError, media.MediaError) as exc:
                failures.append(f"{original[0]}: {exc}")
            bar.update(1)
    rows = catalog.record_media(measured)
    click.echo(f"Rebuilt {len(measured)} originals ({rows} image rows).")
    for failure in failures:
        click.echo(f"failed: {failure}", err=True)
    if failures:
        raise click.ClickException(f"{len(failures)} original(s) could not be rebuilt.")


@media_group.command("sweep")
@click.option(
    "--older-than",
    type=click.FloatRange(min=0),
    default=24.0,
    show_default=True,
    help="Hours a file must be left untouched before it is removed.",
)
@with_appcontext
def sweep_command(older_than: float) -> None:
    """Remove temporary files an interrupted upload or rebuild left behind, originals (with
    their derivatives) that no image row and no revision names any more, and derivative
    folders left without an original."""
    removed = maintenance.sweep_leftovers(media.store(), older_than * 3600)
    referenced = {sha256 for _label, sha256, _fmt in _image_rows()} | _hashes_in_revisions()
    unreferenced = maintenance.sweep_unreferenced(media.store(), referenced, older_than * 3600)
    orphans = maintenance.sweep_orphan_derivatives(media.store(), referenced, older_than * 3600)
    for path in removed + unreferenced + orphans:
        click.echo(f"removed {path}")
    click.echo(
        f"Removed {len(removed)} leftover(s) and {len(unreferenced)} unreferenced original(s);"
        f" {len(orphans)} derivative folder(s) without an original."
    )


def _hashes_in_revisions() -> set[str]:
    """Images that earlier revisions hold (exhibits' images, tours' floor plans): their files
    stay for a restore."""
    query = select(Revision.snapshot).where(Revision.entity.in_(("exhibit", "tour")))
    hashes = set()
    for text in db.session().scalars(query):
        old = json.loads(text)
        hashes |= {image["sha256"] for image in old.get("images", [])}
        if old.get("floor_plan"):
            hashes.add(old["floor_plan"]["sha256"])
    return hashes


def _image_rows() -> list[tuple[str, str, str]]:
    query = (
        select(Exhibit.accession_number, Tour.slug, Image.id, Image.sha256, Image.format)
        .select_from(Image)
        .outerjoin(Exhibit, Image.exhibit_id == Exhibit.id)
        .outerjoin(Tour, Tour.floor_plan_image_id == Image.id)
    )
    return [
        (f"{accession or f'tour {slug} floor plan'} image {image_id}", sha256, fmt)
        for accession, slug, image_id, sha256, fmt in db.session().execute(query)
    ]
