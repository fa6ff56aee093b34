"""The `museum` command: Flask's command group plus the museum's own commands."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from flask import Flask, current_app
from flask.cli import FlaskGroup, with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from museum import create_app, instance, users
from museum.catalog import CatalogError
from museum.media.commands import media_group
from museum.models import Role
from museum.transfer.commands import export_command, import_command

if TYPE_CHECKING:
    from museum.search.background import Indexer


class MuseumGroup(FlaskGroup):
    """Flask's group, with failures of the disk, database or catalog told in one line."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (OSError, SQLAlchemyError, CatalogError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise click.ClickException(reason) from exc


@click.group(cls=MuseumGroup, create_app=create_app, add_version_option=False)
def main() -> None:
    """Manage a museum catalog: set up the instance, load the demo, add staff, serve."""


@main.command("init")
@with_appcontext
def init_command() -> None:
    """Create or upgrade the instance: folders, secret key, database schema, search index.

    Safe to run again: it never deletes or overwrites data.
    """
    done = instance.init_instance()
    for line in done:
        click.echo(f"  {line}")
    click.echo(f"Instance ready in {current_app.instance_path}" + ("" if done else " (no changes)"))


@main.command("demo")
@click.option(
    "--if-empty", is_flag=True, help="Do nothing (and succeed) when the catalog has data."
)
@with_appcontext
def demo_command(if_empty: bool) -> None:
    """Load the demo collection of a customs service's museum into an empty catalog."""
    from museum import demo

    _require_current_schema()
    if not demo.catalog_is_empty():
        if if_empty:
            click.echo("The catalog already has exhibits; the demo was not loaded.")
            return
        raise click.ClickException(
            "The catalog is not empty; the demo loads only into an empty one."
        )
    with click.progressbar(length=demo.step_count(), label="Loading the demo") as bar:
        summary = demo.load(progress=bar.update)
    click.echo(summary)


@main.group("user")
def user_group() -> None:
    """Manage staff accounts."""


@user_group.command("add")
@click.argument("name")
@click.option(
    "--role",
    type=click.Choice([role.value for role in Role]),
    default=Role.CONTRIBUTOR.value,
    show_default=True,
    help="admin manages users; curator publishes; contributor edits drafts.",
)
@with_appcontext
def user_add_command(name: str, role: str) -> None:
    """Add a staff account NAME; the password is asked for, or read from standard input."""
    from museum.users import UserError, add_user

    _require_current_schema()
    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        add_user(name, password, role)
    except UserError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Added {role} {name}.")


@user_group.command("password")
@click.argument("name")
@with_appcontext
def user_password_command(name: str) -> None:
    """Give the staff account NAME a new password (asked for, or read from standard input) and
    end every session it had, e.g. when a password was lost or leaked."""
    from museum.users import UserError, find_user, set_password

    _require_current_schema()
    user = find_user(name)
    if user is None:
        raise click.ClickException(f"No staff account {name}.")
    if sys.stdin.isatty():
        password = click.prompt("New password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    try:
        set_password(user.id, password)
    except UserError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"New password set for {name}; every session it had is ended.")


@main.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 64))
@with_appcontext
def serve_command(host: str, port: int, threads: int) -> None:
    """Serve the museum with waitress (for one museum PC or a small server).

    A thread of the server applies the catalog's changes to the search index, unless the
    settings say INDEXER = "external" (then 'museum indexer' must run beside it).
    """
    import waitress

    _require_current_schema()
    app = current_app._get_current_object()
    if current_app.config.get("SECRET_KEY_IS_TEMPORARY"):
        click.echo("Warning: no SECRET_KEY configured; sessions end when the server stops.")
    if not users.any_user():
        click.echo("No staff accounts yet: add one with 'museum user add NAME --role admin'.")
    worker = _start_indexer_thread(app)
    click.echo(f"Serving {current_app.config['SITE_NAME']} on http://{host}:{port}/")
    try:
        waitress.serve(app, host=host, port=port, threads=threads)
    finally:
        if worker is not None:
            worker.stop()


def _start_indexer_thread(app: Flask) -> "Indexer | None":
    from museum.search import background

    if _indexer_mode() == "external":
        click.echo("Search index: applied by 'museum indexer' (INDEXER = \"external\").")
        return None
    app.config["INDEXER"] = "thread"
    worker = background.Indexer(app)
    worker.start()
    return worker


def _indexer_mode() -> str:
    from museum.search import indexer

    try:
        return indexer.mode()
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("indexer")
@click.option(
    "--interval",
    default=1.0,
    show_default=True,
    type=click.FloatRange(0.05, 60),
    help="Seconds between looks at the outbox.",
)
@click.option("--once", is_flag=True, help="Apply what is queued now, then exit.")
@with_appcontext
def indexer_command(interval: float, once: bool) -> None:
    """Apply the catalog's changes to the search index as they are committed, until stopped.

    Run exactly one beside a multi-process server such as gunicorn, whose workers then only
    queue changes: set INDEXER = "external" in the instance's config.py (or
    MUSEUM_INDEXER=external). Prints each batch it applies; a failure is logged and tried
    again. Stop it with Ctrl-C or SIGTERM: it finishes the batch it is applying first.
    """
    import signal
    from datetime import datetime

    from museum.search import background, indexer

    _require_current_schema()
    if indexer.store().current() is None:
        raise click.ClickException("There is no search index: run 'museum init'.")
    if _indexer_mode() != "external":
        click.echo(
            f"note: INDEXER is {current_app.config.get('INDEXER', 'inline')!r} here, so the "
            'web processes apply their own changes too; set it to "external" for gunicorn.'
        )

    def report(batch: indexer.Applied) -> None:
        click.echo(f"{datetime.now():%H:%M:%S} applied: {batch}")

    if once:
        count = indexer.drain(report)
        click.echo(f"Applied the changes of {count} exhibit(s); the outbox is empty.")
        return
    worker = background.Indexer(current_app._get_current_object(), interval, report)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda _signum, _frame: worker.stop())
    click.echo(f"Applying the search outbox every {interval:g} s; stop with Ctrl-C.")
    worker.run()
    click.echo("Stopped.")


main.add_command(media_group)
main.add_command(import_command)
main.add_command(export_command)


def _require_current_schema() -> None:
    if not instance.is_current():
        raise click.ClickException("The database is missing or out of date: run 'museum init'.")


@main.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the search index from the database and swap it in; searches go on meanwhile."""
    from sqlalchemy import func, select

    from museum import db
    from museum.models import Exhibit, Status
    from museum.search import indexer

    _require_current_schema()
    outside_trash = select(func.count()).where(Exhibit.deleted_at.is_(None))
    total = db.session().scalar(outside_trash) or 0
    published = db.session().scalar(outside_trash.where(Exhibit.status == Status.PUBLISHED)) or 0
    with click.progressbar(length=total, label="Indexing exhibits") as bar:
        count = indexer.rebuild(progress=bar.update)
    unpublished = count - published
    click.echo(
        f"Indexed {count} exhibits: {published} published, {unpublished} unpublished"
        " (found in the workspace only)."
    )


def _note(text: str) -> None:
    click.echo(text, err=True)


@main.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(file: Path) -> None:
    """Write a backup of this instance to FILE, a ZIP archive (FILE.zip).

    It holds a consistent snapshot of the database (SQLite's online backup: the server may go
    on writing), the image originals the snapshot refers to, config.py and a manifest with the
    SHA-256 of each; derivatives and the search index are made again by 'museum restore'. An
    existing FILE is replaced only once the new archive is complete.

    The archive is as secret as the instance: it holds the SECRET_KEY and the staff's password
    hashes. Keep it where only IT can read it. SQLite databases only, so far.
    """
    from museum import backup

    if file.suffix.lower() != ".zip":
        raise click.ClickException("FILE must end in .zip: the backup is a ZIP archive.")
    try:
        manifest = backup.backup(file, bar=backup.stderr_bar, note=_note)
    except backup.BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    counts = manifest["counts"]
    size = file.stat().st_size / 1e6
    click.echo(
        f"Backup written to {file} ({size:.1f} MB): {counts['exhibit']} exhibits, "
        f"{counts['image']} images, {counts['originals']} originals."
    )


@main.command("restore")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@with_appcontext
def restore_command(file: Path) -> None:
    """Restore a backup FILE made by 'museum backup' into this new, empty instance.

    The archive is checked first (its manifest and the SHA-256 of every file); then the
    database, the originals and the SECRET_KEY are put in place, the schema is upgraded if the
    backup is older, and the derivatives and the search index are made again. An instance with
    any exhibit, user or other record, or any file in MEDIA_ROOT's originals or derivatives, is
    refused: nothing is ever overwritten. This instance's other settings stay in its
    config.py; the archive's whole config.py is put beside it as config.py.restored, to compare.
    Stop the server first.
    """
    from museum import backup

    try:
        manifest = backup.restore(file, bar=backup.stderr_bar, note=_note)
    except backup.BackupError as exc:
        raise click.ClickException(str(exc)) from exc
    upgraded = backup.upgrade_if_older(manifest)
    if upgraded:
        click.echo(upgraded)
    failures = backup.rebuild_media(
        [entry["path"] for entry in manifest["originals"]], bar=backup.stderr_bar
    )
    for failure in failures:
        click.echo(f"failed: {failure}", err=True)
    click.get_current_context().invoke(reindex_command)
    counts = manifest["counts"]
    click.echo(
        f"Restored the backup of {manifest['created_at']}: {counts['exhibit']} exhibits, "
        f"{counts['image']} images, {counts['user']} staff accounts."
    )
    if failures:
        raise click.ClickException(
            f"{len(failures)} original(s) could not be made into derivatives: see above."
        )


@main.command("check")
@with_appcontext
def check_command() -> None:
    """Check the whole instance and exit 1 on any problem, 0 when all is well.

    SQLite's integrity and foreign key checks; the schema at the newest migration; the media
    (what 'museum media check' finds); the search index against the database: every exhibit
    outside the trash has its document, up to date, and no other document is there. Changes
    the server is applying to the index at this moment are only noted; changes queued for more
    than a minute are a problem ("index behind"). Changes nothing.
    """
    from museum import backup, check

    findings = check.check_instance(bar=backup.stderr_bar)
    for note in findings.notes:
        click.echo(f"note: {note}")
    for problem in findings.problems:
        click.echo(problem)
    if findings.count:
        raise click.ClickException(f"{findings.count} problem(s) found.")
    click.echo("All clean: the database, its schema, the media and the search index agree.")
