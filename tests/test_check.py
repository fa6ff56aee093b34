"""`museum check`: clean on a whole instance, and each kind of problem found with exit 1."""

import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from flask import Flask

from museum import catalog, db, media
from museum.backup import sqlite_path
from museum.cli import main
from museum.models import Exhibit, IndexOutbox, utcnow
from museum.search import indexer
from museum.search.documents import documents, load_exhibits
from tests.postgres import only_sqlite


@pytest.fixture
def museum(app, make_exhibit) -> Exhibit:
    """A small catalog: a published exhibit (returned), a draft and one in the trash."""
    exhibit = make_exhibit(images=2)
    make_exhibit(publish=False)
    trashed = make_exhibit()
    with app.app_context():
        catalog.delete_exhibit(trashed.id)
    return exhibit


def check(runner):
    return runner.invoke(main, ["check"])


def test_a_whole_instance_is_clean(museum, runner):
    result = check(runner)
    assert result.exit_code == 0, result.output
    assert "All clean" in result.output


def delete_original(app: Flask, exhibit: Exhibit) -> None:
    image = exhibit.images[0]
    media.store().original_path(image.sha256, image.format).unlink()


def delete_a_derivative(app: Flask, exhibit: Exhibit) -> None:
    (media.store().derivative_dir(exhibit.images[1].sha256) / "small.webp").unlink()


def add_stray_original(app: Flask, exhibit: Exhibit) -> None:
    stray = media.store().original_path("ab" * 32, "JPEG")
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"not from any row")


def leave_a_temporary_file(app: Flask, exhibit: Exhibit) -> None:
    (media.store().derivatives / ".tmp-upload-crashed").write_bytes(b"half")


def index_writer():
    store = indexer.store()
    return store.writer(store.open())


def delete_the_document(app: Flask, exhibit: Exhibit) -> None:
    writer = index_writer()
    writer.delete_by_term("id", str(exhibit.id))
    writer.commit()


def tamper_with_the_document(app: Flask, exhibit: Exhibit) -> None:
    with db.factory()() as session:
        document = next(documents(session, load_exhibits(session, [exhibit.id]).values()))
    writer = index_writer()
    writer.update_document(**{**document, "title_en": "Not what the catalog says"})
    writer.commit()


def index_a_trashed_exhibit(app: Flask, exhibit: Exhibit) -> None:
    with db.factory()() as session:
        document = next(documents(session, load_exhibits(session, [exhibit.id]).values()))
    catalog.delete_exhibit(exhibit.id)
    writer = index_writer()
    writer.update_document(**document)
    writer.commit()


def queue_a_change_long_ago(app: Flask, exhibit: Exhibit) -> None:
    """What a server that crashed between its commit and the index update leaves."""
    with db.write_session(run_hooks=False) as session:
        session.add(IndexOutbox(exhibit_id=exhibit.id, created_at=utcnow() - timedelta(hours=1)))


def break_a_foreign_key(app: Flask, exhibit: Exhibit) -> None:
    with closing(sqlite3.connect(sqlite_path())) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("INSERT INTO exhibit_tag (exhibit_id, tag_id) VALUES (?, 424242)", [1])
        connection.commit()


def damage_an_index_of_the_database(app: Flask, exhibit: Exhibit) -> None:
    """Make a b-tree index disagree with its table, as a torn write can."""
    db.engine().dispose()
    with closing(sqlite3.connect(sqlite_path())) as connection:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, '(accession_key)', '(title)')"
            " WHERE name = 'ix_exhibit_accession_key'"
        )
        connection.commit()
    db.engine().dispose()


def go_back_one_migration(app: Flask, exhibit: Exhibit) -> None:
    command.downgrade(db.alembic_config(), "-1")


PROBLEMS = {
    "original deleted": (delete_original, "media, rows without files: TEST-0001 image"),
    "derivative deleted": (delete_a_derivative, "missing small.webp"),
    "stray original": (add_stray_original, "media, originals without rows: "),
    "temporary leftover": (leave_a_temporary_file, "media, temporary leftovers: "),
    "document deleted": (delete_the_document, "exhibit TEST-0001 has no document"),
    "document stale": (tamper_with_the_document, "TEST-0001: document out of date (title_en)"),
    "document of a trashed exhibit": (index_a_trashed_exhibit, "which is trashed or gone"),
    "outbox stuck": (queue_a_change_long_ago, "search index behind: 1 queued change(s)"),
    "foreign key": (break_a_foreign_key, "exhibit_tag row 1 points at a missing tag row"),
    "integrity": (damage_an_index_of_the_database, "ix_exhibit_accession_key"),
    "old schema": (go_back_one_migration, "run 'museum init'"),
}


SQLITE_FILE = "it damages the SQLite file, whose checks PostgreSQL has not"


@pytest.mark.parametrize(
    "problem",
    [
        pytest.param(name, marks=only_sqlite(SQLITE_FILE))
        if name in ("foreign key", "integrity")
        else name
        for name in PROBLEMS
    ],
    ids=str,
)
def test_each_kind_of_problem_is_reported_with_exit_1(app, museum, runner, problem):
    cause, report = PROBLEMS[problem]
    with app.app_context():
        cause(app, museum)

    result = check(runner)

    assert result.exit_code == 1, result.output
    assert report in result.output
    assert "problem(s) found" in result.output


def test_a_change_being_applied_right_now_is_noted_not_failed(app, museum, runner):
    with app.app_context(), db.write_session(run_hooks=False) as session:
        session.add(IndexOutbox(exhibit_id=museum.id))

    result = check(runner)

    assert result.exit_code == 0, result.output
    assert "1 change(s) are being applied to the search index now" in result.output


@only_sqlite(SQLITE_FILE)
def test_a_database_sqlite_cannot_read_is_reported_in_one_line(app, museum, runner):
    with app.app_context():
        db.engine().dispose()
        with closing(sqlite3.connect(sqlite_path())) as connection:
            connection.execute("PRAGMA writable_schema = ON")
            connection.execute("UPDATE sqlite_master SET sql = 'CREATE nonsense' WHERE rowid = 2")
            connection.commit()
        db.engine().dispose()

    result = check(runner)

    assert result.exit_code == 1
    assert "database: cannot be read: malformed database schema" in result.output
    assert "nothing else checked" in result.output


def test_an_index_that_cannot_be_read_is_a_problem(app, museum, runner):
    (Path(app.config["SEARCH_INDEX_DIR"]) / "CURRENT").unlink()
    result = check(runner)
    assert result.exit_code == 1
    assert "search index: cannot be read" in result.output
