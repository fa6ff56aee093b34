"""`museum backup` and `museum restore`: the same catalog and pages in a new instance, never
over data already there, never from a damaged archive, consistent while the server writes."""

import hashlib
import json
import re
import sqlite3
import stat
import threading
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from flask import Flask

from museum import catalog, create_app, db
from museum.backup import secret_key_of
from museum.cli import main
from museum.instance import init_instance
from tests.conftest import png_bytes
from tests.postgres import only_sqlite
from tests.visitor_pages import visitor_pages
from tests.workspace import make_user, sign_in

# Tables whose rows a restore itself changes: the catalog version goes up with the rebuild's
# writes, and the index outbox is applied.
CHANGED_BY_RESTORE = {"catalog_state", "index_outbox"}


def fresh_app(root: Path, monkeypatch) -> Flask:
    """A new instance made by `museum init`, then started as a server would be (reading the
    secret key `museum init` wrote)."""
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(root / "instance"))
    settings = {"TESTING": True, "MEDIA_ROOT": str(root / "media")}
    with create_app(settings).app_context():
        init_instance()
    return create_app(settings)


def run(app: Flask, *args: str):
    return app.test_cli_runner().invoke(main, [str(arg) for arg in args])


def table_rows(app: Flask) -> dict[str, list[tuple]]:
    with app.app_context(), db.engine().connect() as connection:
        names = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).scalars()
        return {
            name: connection.exec_driver_sql(f'SELECT * FROM "{name}" ORDER BY rowid').all()
            for name in sorted(names)
        }


def files_below(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.startswith("museum.db")
    }


def instance_state(app: Flask) -> tuple:
    """Everything a refused restore must leave as it was."""
    return (
        table_rows(app),
        files_below(Path(app.instance_path)),
        files_below(Path(app.config["MEDIA_ROOT"])),
    )


def hits(response) -> set[str]:
    return set(re.findall(r'href="(/exhibits/[^"?]+)"', response.get_data(as_text=True)))


def backup_of(app: Flask, path: Path) -> Path:
    result = run(app, "backup", path)
    assert result.exit_code == 0, result.output
    return path


@pytest.mark.parametrize("command", ["backup", "restore", "check"])
def test_every_new_command_has_help(runner, command):
    result = runner.invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    if command == "backup":
        assert "as secret as the instance" in result.output


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_the_demo_comes_back_with_the_same_catalog_and_pages(demo_app, tmp_path, monkeypatch):
    archive = backup_of(demo_app, tmp_path / "museum.zip")
    restored = fresh_app(tmp_path / "restored", monkeypatch)

    result = run(restored, "restore", archive)

    assert result.exit_code == 0, result.output
    assert "Restored the backup" in result.output
    before, after = table_rows(demo_app), table_rows(restored)
    for table in ("exhibit", "image", "tag", "gallery", "gallery_item", "tour", "tour_stop"):
        assert before[table], f"the demo has no {table} rows to compare"
    for table in sorted(set(before) - CHANGED_BY_RESTORE):
        assert after[table] == before[table], table
    original, copy = demo_app.test_client(), restored.test_client()
    pages = visitor_pages(demo_app)
    search = pages.pop("search")
    for name, path in pages.items():
        expected = original.get(path)
        assert expected.status_code == 200, path
        assert copy.get(path).get_data(as_text=True) == expected.get_data(as_text=True), name
    # Ranking ties fall by the index's history (segments, deletions): the same hits suffice.
    assert hits(copy.get(search)) == hits(original.get(search)) != set()
    check = run(restored, "check")
    assert check.exit_code == 0, check.output
    assert "All clean" in check.output


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_staff_stay_signed_in_and_the_new_instance_keeps_its_settings(tmp_path, monkeypatch):
    source = fresh_app(tmp_path / "old-server", monkeypatch)
    make_user(source, "anna", "admin")
    signed_in = source.test_client()
    assert sign_in(signed_in, "anna").status_code == 302
    archive = backup_of(source, tmp_path / "museum.zip")
    source_config = (Path(source.instance_path) / "config.py").read_text()
    target = fresh_app(tmp_path / "new-server", monkeypatch)
    config = Path(target.instance_path) / "config.py"
    config.write_text(config.read_text() + "SITE_NAME = 'Customs Museum (new server)'\n")

    assert run(target, "restore", archive).exit_code == 0

    restarted = create_app({"TESTING": True, "MEDIA_ROOT": target.config["MEDIA_ROOT"]})
    assert restarted.config["SECRET_KEY"] == secret_key_of(source_config)
    assert restarted.config["SITE_NAME"] == "Customs Museum (new server)"
    assert table_rows(restarted)["user"] == table_rows(source)["user"]
    same_browser = restarted.test_client()
    same_browser.set_cookie("session", signed_in.get_cookie("session").value)
    assert same_browser.get("/curate/exhibits").status_code == 200
    assert sign_in(restarted.test_client(), "anna").status_code == 302
    beside = config.with_name("config.py.restored")
    assert beside.read_text() == source_config
    for path in (config, beside):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_an_image_only_an_old_revision_holds_comes_back_too(
    app, make_exhibit, tmp_path, monkeypatch
):
    exhibit = make_exhibit(images=2)
    with app.app_context():
        first = exhibit.images[0]
        kept = catalog.ImageEdit(first.id, caption=first.caption, alt_text=first.alt_text)
        catalog.update_exhibit(exhibit.id, {}, images=[kept])
        catalog.delete_exhibit(make_exhibit(publish=False).id)
    archive = backup_of(app, tmp_path / "museum.zip")
    restored = fresh_app(tmp_path / "restored", monkeypatch)

    assert run(restored, "restore", archive).exit_code == 0

    check = run(restored, "check")
    assert check.exit_code == 0, check.output
    with restored.app_context():
        back = catalog.restore_revision(exhibit.id, 1)
        assert len(back.images) == 2
    page = restored.test_client().get(f"/exhibits/{exhibit.slug}").get_data(as_text=True)
    assert "Alt text 1" in page


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_restore_refuses_an_instance_with_exhibits_and_changes_nothing(app, make_exhibit, tmp_path):
    make_exhibit()
    archive = backup_of(app, tmp_path / "museum.zip")
    make_exhibit(title="Made after the backup")
    before = instance_state(app)

    result = run(app, "restore", archive)

    assert result.exit_code == 1
    assert "This instance is not empty" in result.output
    assert "exhibit (2 rows)" in result.output
    assert "Nothing was changed" in result.output
    assert instance_state(app) == before


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_restore_refuses_any_row_or_media_file_already_there(
    app, make_exhibit, tmp_path, monkeypatch
):
    make_exhibit()
    archive = backup_of(app, tmp_path / "museum.zip")
    with_staff = fresh_app(tmp_path / "staff", monkeypatch)
    make_user(with_staff, "anna", "admin")
    with_file = fresh_app(tmp_path / "files", monkeypatch)
    stray = Path(with_file.config["MEDIA_ROOT"]) / "originals" / "ab" / "photo.jpg"
    stray.parent.mkdir(parents=True)
    stray.write_bytes(b"someone's file")

    staff = run(with_staff, "restore", archive)
    files = run(with_file, "restore", archive)

    assert staff.exit_code == 1 and "not empty: user (1 row)" in staff.output
    assert files.exit_code == 1 and "already holds files" in files.output
    assert stray.read_bytes() == b"someone's file"
    assert not table_rows(with_file)["exhibit"]


def rewritten(archive: Path, target: Path, change) -> Path:
    """A copy of the archive with each member passed through change(name, data) -> data|None."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = change(info.filename, source.read(info))
            if data is not None:
                out.writestr(info.filename, data)
    return target


def flip_last_byte(data: bytes) -> bytes:
    return data[:-1] + bytes([data[-1] ^ 1])


def newer_format(data: bytes) -> bytes:
    return json.dumps({**json.loads(data), "format_version": 99}).encode()


DAMAGES = {
    "an original changed": (
        lambda name, data: flip_last_byte(data) if name.startswith("originals/") else data,
        "does not match the manifest",
    ),
    "the database changed": (
        lambda name, data: flip_last_byte(data) if name == "museum.db" else data,
        "museum.db in the archive is damaged",
    ),
    "an original missing": (
        lambda name, data: None if name.startswith("originals/") else data,
        "The archive lacks originals/",
    ),
    "a newer format": (
        lambda name, data: newer_format(data) if name == "manifest.json" else data,
        "format version 99",
    ),
}


@only_sqlite("museum backup and restore take SQLite's online backup")
@pytest.mark.parametrize("damage", DAMAGES, ids=str)
def test_restore_refuses_a_damaged_archive_and_changes_nothing(
    app, make_exhibit, tmp_path, monkeypatch, damage
):
    make_exhibit()
    good = backup_of(app, tmp_path / "museum.zip")
    change, reason = DAMAGES[damage]
    damaged = rewritten(good, tmp_path / "damaged.zip", change)
    target = fresh_app(tmp_path / "target", monkeypatch)
    before = instance_state(target)

    result = run(target, "restore", damaged)

    assert result.exit_code == 1
    assert reason in result.output
    assert instance_state(target) == before
    assert run(target, "check").exit_code == 0


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_restore_refuses_a_file_that_is_no_archive(app, tmp_path):
    not_zip = tmp_path / "museum.zip"
    not_zip.write_bytes(b"PK but not really")
    result = run(app, "restore", not_zip)
    assert result.exit_code == 1
    assert "not a museum backup" in result.output


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_backup_while_another_thread_writes_is_consistent(app, make_exhibit, tmp_path, monkeypatch):
    make_exhibit()
    writer = Writer(app)
    writer.start()
    try:
        writer.wait_for(writes=3)
        archive = backup_of(app, tmp_path / "museum.zip")
        writer.wait_for(writes=writer.count + 3)
    finally:
        writer.stop()
    assert writer.errors == []

    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        database = tmp_path / "snapshot.db"
        database.write_bytes(opened.read("museum.db"))
        originals = {
            name: hashlib.sha256(opened.read(name)).hexdigest()
            for name in names
            if name.startswith("originals/")
        }
    with closing(sqlite3.connect(database)) as snapshot:
        assert snapshot.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        rows = snapshot.execute("SELECT sha256, format FROM image").fetchall()
        exhibits = snapshot.execute("SELECT count(*) FROM exhibit").fetchone()[0]
    assert 1 < exhibits < 1 + writer.count
    extension = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "TIFF": "tif"}
    for sha256, fmt in rows:
        assert originals.get(f"originals/{sha256[:2]}/{sha256}.{extension[fmt]}") == sha256

    restored = fresh_app(tmp_path / "restored", monkeypatch)
    assert run(restored, "restore", archive).exit_code == 0
    check = run(restored, "check")
    assert check.exit_code == 0, check.output


class Writer(threading.Thread):
    """Creates and edits exhibits through the catalog, as the server would, until stopped."""

    LIMIT = 200

    def __init__(self, app: Flask) -> None:
        super().__init__(daemon=True)
        self.app, self.count, self.errors = app, 0, []
        self.progress, self.stopping = threading.Condition(), threading.Event()

    def run(self) -> None:
        try:
            with self.app.app_context():
                while not self.stopping.is_set() and self.count < self.LIMIT:
                    self._write_one()
        except Exception as exc:  # reported to the test in the main thread
            self.errors.append(repr(exc))
        finally:
            with self.progress:
                self.stopping.set()
                self.progress.notify_all()

    def _write_one(self) -> None:
        number = self.count + 1
        image = catalog.NewImage(
            png_bytes((320, 240), f"#{number % 256:02x}{number // 256:02x}80"),
            f"live-{number}.png",
            alt_text=f"Live image {number}",
        )
        fields = {"accession_number": f"LIVE-{number}", "kind": "document", "title": "Live"}
        exhibit = catalog.create_exhibit(fields, images=[image], publish=True)
        catalog.update_exhibit(exhibit.id, {"title": f"Live exhibit {number}"})
        with self.progress:
            self.count = number
            self.progress.notify_all()

    def wait_for(self, writes: int) -> None:
        with self.progress:
            self.progress.wait_for(lambda: self.count >= writes or self.stopping.is_set(), 60)
        assert self.count >= writes, f"the writer stopped early: {self.errors}"

    def stop(self) -> None:
        self.stopping.set()
        self.join(60)


def test_backup_of_a_database_that_is_not_sqlite_says_so(app, tmp_path):
    app.config["DATABASE_URL"] = "postgresql://museum:secret@db.example/museum"
    result = run(app, "backup", tmp_path / "museum.zip")
    assert result.exit_code == 1
    assert "SQLite databases only" in result.output
    assert "secret" not in result.output
    assert not list(tmp_path.glob("*.zip"))


@only_sqlite("museum backup and restore take SQLite's online backup")
def test_a_failed_backup_leaves_no_half_file(app, tmp_path, make_exhibit):
    make_exhibit(images=2)
    wrong = run(app, "backup", tmp_path / "museum.tar.gz")
    assert wrong.exit_code == 1 and "must end in .zip" in wrong.output
    rotten = sorted((Path(app.config["MEDIA_ROOT"]) / "originals").glob("*/*"))[-1]
    rotten.write_bytes(b"bits rotted on the disk")

    failed = run(app, "backup", tmp_path / "museum.zip")

    assert failed.exit_code == 1
    assert f"The original {rotten} is damaged" in failed.output
    assert sorted(path.name for path in tmp_path.iterdir()) == ["instance", "media"]
