"""`museum backup` and `museum restore`: one archive holding what cannot be made again.

The archive is a ZIP: a snapshot of the database taken with SQLite's online backup API, the
image originals the snapshot refers to, the instance's config.py and a manifest (format,
schema revision, counts, the SHA-256 of every member). Derivatives and the search index are
left out: restore makes them again from the originals and the database.

ZIP rather than tar.gz: its central directory lets restore read the manifest and check every
member before it writes anything, each member has its own compression (originals are JPEG, PNG
or WebP already and are stored as they are; the database deflates well), and it opens with the
tools every operating system has.

Consistency while the server writes: the database is copied first, in one step of the backup
API (one read transaction); only then are the originals it names copied. Originals are stored
under their content hash, written before the commit that refers to them and never changed or
deleted afterwards, so every one the snapshot names is on disk and stays as it was.
"""

import ast
import hashlib
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, closing, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from alembic.config import Config as AlembicConfig
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from flask import current_app
from sqlalchemy.engine import make_url

from museum import catalog, db, media
from museum.config import INSTANCE_CONFIG
from museum.media import maintenance
from museum.media.storage import EXTENSIONS, TEMP_PREFIX, MediaStore, write_file_atomically

FORMAT = "museum-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "museum.db"
CONFIG = "config.py"
RESTORED_CONFIG = "config.py.restored"
CHUNK = 1024 * 1024
COUNTED = ("exhibit", "image", "tag", "gallery", "tour", "user")
# Rows `museum init` writes itself: an instance holding only these is empty.
SEEDED_TABLES = {"alembic_version", "catalog_state", "kiosk_profile"}
ORIGINAL_NAME = re.compile(
    r"originals/(?P<aa>[0-9a-f]{2})/(?P<sha>[0-9a-f]{64})\.(?P<ext>"
    + "|".join(EXTENSIONS.values())
    + r")"
)
SECRET_LINE = re.compile(r"^\s*SECRET_KEY\s*=")
CONFIG_HEADER = "# Settings of this museum instance. Keep this file private.\n"
COMPRESSED_FORMATS = {"jpg", "png", "webp"}  # already compressed: stored as they are


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


Bar = Callable[[str, int], AbstractContextManager[Any]]


def _quiet(_text: str) -> None:
    pass


class _Silent:
    def update(self, _steps: int) -> None:
        pass


def silent_bar(_label: str, _length: int) -> AbstractContextManager[Any]:
    return nullcontext(_Silent())


def stderr_bar(label: str, length: int) -> AbstractContextManager[Any]:
    """A progress bar on standard error: standard output keeps the command's result."""
    return click.progressbar(length=length, label=label, file=sys.stderr)


@dataclass
class Snapshot:
    """A copy of the database and what it refers to."""

    path: Path
    revision: str
    counts: dict[str, int]
    needed: set[tuple[str, str]] = field(default_factory=set)  # (sha256, format) of image rows
    kept: set[str] = field(default_factory=set)  # sha256 of images only revisions name


# --- backup -------------------------------------------------------------------------------


def backup(
    target: Path, bar: Bar = silent_bar, note: Callable[[str], object] = _quiet
) -> dict[str, Any]:
    """Write the archive to `target` (via a temporary name); return its manifest."""
    source = sqlite_path()
    target = Path(target).absolute()
    if not target.parent.is_dir():
        raise BackupError(f"The folder {target.parent} does not exist.")
    if target.is_dir():
        raise BackupError(f"{target} is a folder; give the name of the archive to write.")
    if not source.is_file():
        raise BackupError(f"There is no database at {source}: run 'museum init' first.")
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".museum-backup-") as work:
        snapshot = take_snapshot(source, Path(work) / DATABASE)
        counts = ", ".join(f"{table}: {n}" for table, n in snapshot.counts.items())
        note(f"Database snapshot taken ({counts}).")
        originals = _originals_to_copy(media.store(), snapshot)
        partial = Path(work) / f"{target.name}.part"
        partial.touch(mode=0o600)  # as secret as the instance: it holds the SECRET_KEY
        manifest = _write_archive(partial, snapshot, originals, _config_file(), bar)
        _fsync(partial)
        os.replace(partial, target)
    _fsync(target.parent)  # the rename itself survives a power cut
    return manifest


def sqlite_path() -> Path:
    """The file of the app's SQLite database; other databases are not supported yet."""
    url = make_url(current_app.config["DATABASE_URL"])
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        raise BackupError("An in-memory database has nothing on disk to back up or restore.")
    if url.get_backend_name() != "sqlite":
        raise BackupError(
            "Backup and restore support SQLite databases only so far; DATABASE_URL is "
            f"{url.render_as_string(hide_password=True)}. Back it up with the database's own "
            "tools (e.g. pg_dump) together with MEDIA_ROOT/originals and config.py."
        )
    return Path(url.database).absolute()


def take_snapshot(source: Path, copy: Path) -> Snapshot:
    """Copy the database with the online backup API (one step: one consistent read)."""
    live = closing(sqlite3.connect(source, timeout=db.BUSY_TIMEOUT_SECONDS))
    with live as connection, closing(sqlite3.connect(copy)) as out:
        connection.backup(out, pages=-1)
        out.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    with closing(sqlite3.connect(copy)) as snap:
        problems = integrity_problems(snap)
        if problems:
            raise BackupError(
                "The database fails SQLite's integrity check, so no backup was written: "
                f"{problems[0]} ('museum check' tells more)."
            )
        revision = revision_of(snap)
        if revision is None:
            raise BackupError("The database has no schema yet: run 'museum init' first.")
        counts = {table: _count(snap, table) for table in COUNTED}
        needed = set(snap.execute("SELECT DISTINCT sha256, format FROM image"))
        kept = _revision_images(snap) - {sha256 for sha256, _fmt in needed}
    return Snapshot(copy, revision, counts, needed, kept)


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """What `PRAGMA integrity_check` finds; empty when the file is sound."""
    found = [row[0] for row in connection.execute("PRAGMA integrity_check")]
    return [] if found == ["ok"] else found


def revision_of(connection: sqlite3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:  # no such table: never migrated
        return None
    return row[0] if row else None


def _count(connection: sqlite3.Connection, table: str) -> int:
    # S608: `table` comes from sqlite_master of our own snapshot, never from a request.
    return connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608


def _revision_images(connection: sqlite3.Connection) -> set[str]:
    """Images earlier revisions hold: a restore of that revision needs their originals."""
    found = set()
    query = "SELECT snapshot FROM revision WHERE entity IN ('exhibit', 'tour')"
    for (text,) in connection.execute(query):
        old = json.loads(text)
        images = [*old.get("images", []), *([old["floor_plan"]] if old.get("floor_plan") else [])]
        found |= {image["sha256"] for image in images}
    return found


def _originals_to_copy(store: MediaStore, snapshot: Snapshot) -> list[tuple[str, Path]]:
    """(sha256, path) of every original to archive; every image row's must be on disk."""
    missing = [
        sha256
        for sha256, fmt in sorted(snapshot.needed)
        if not store.original_path(sha256, fmt).is_file()
    ]
    if missing:
        raise BackupError(
            f"{len(missing)} image row(s) have no original on disk (e.g. {missing[0]}), so no "
            "backup was written: run 'museum check'."
        )
    found = [(sha256, store.original_path(sha256, fmt)) for sha256, fmt in sorted(snapshot.needed)]
    for sha256 in sorted(snapshot.kept):
        # An original only an old revision names may be gone; the catalog does not need it.
        found.extend((sha256, path) for path in store.originals.glob(f"{sha256[:2]}/{sha256}.*"))
    return found


def _config_file() -> Path | None:
    path = Path(current_app.instance_path) / INSTANCE_CONFIG
    return path if path.is_file() else None


def _write_archive(
    partial: Path,
    snapshot: Snapshot,
    originals: list[tuple[str, Path]],
    config: Path | None,
    bar: Bar,
) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "schema_revision": snapshot.revision,
        "counts": {**snapshot.counts, "originals": len(originals)},
        "database": None,
        "config": None,
        "originals": [],
    }
    with zipfile.ZipFile(partial, "w", allowZip64=True) as archive:
        manifest["database"] = _add(archive, snapshot.path, DATABASE, zipfile.ZIP_DEFLATED)
        if config is not None:
            manifest["config"] = _add(archive, config, CONFIG, zipfile.ZIP_DEFLATED)
        with bar("Copying originals", len(originals)) as progress:
            for sha256, path in originals:
                name = path.relative_to(path.parents[2]).as_posix()
                entry = _add(archive, path, name, _compression(path))
                if entry["sha256"] != sha256:
                    raise BackupError(
                        f"The original {path} is damaged: its content no longer matches its "
                        "hash. Put back a good copy (an older backup) and back up again."
                    )
                manifest["originals"].append(entry)
                progress.update(1)
        archive.writestr(MANIFEST, json.dumps(manifest, indent=1), zipfile.ZIP_DEFLATED)
    return manifest


def _compression(path: Path) -> int:
    return zipfile.ZIP_STORED if path.suffix[1:] in COMPRESSED_FORMATS else zipfile.ZIP_DEFLATED


def _add(archive: zipfile.ZipFile, path: Path, name: str, compression: int) -> dict[str, Any]:
    """Copy a file into the archive in chunks; return its manifest entry."""
    digest, size = hashlib.sha256(), 0
    info = zipfile.ZipInfo.from_file(path, name)
    info.compress_type = compression
    with path.open("rb") as source, archive.open(info, "w", force_zip64=True) as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
            size += len(chunk)
    return {"path": name, "sha256": digest.hexdigest(), "size": size}


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


# --- restore ------------------------------------------------------------------------------


@dataclass
class Unpacked:
    """What restore took out of the archive and checked, before it changes anything."""

    manifest: dict[str, Any]
    database: Path
    originals: list[tuple[Path, str]]  # (staged file, path below MEDIA_ROOT)
    config: str | None


def restore(
    archive_path: Path, bar: Bar = silent_bar, note: Callable[[str], object] = _quiet
) -> dict[str, Any]:
    """Put the archive's database, originals and secret key into this empty instance.

    Everything is checked before anything is put in place; a failure while putting it in place
    takes back what was done. Derivatives and the index are left to `rebuild_media()` and
    `museum reindex`. Returns the manifest.
    """
    target = sqlite_path()
    store = media.store()
    refuse_unless_empty(target, store)
    store.root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=store.root, prefix=f"{TEMP_PREFIX}restore-"))
    try:
        with _open_archive(archive_path) as archive:
            unpacked = _unpack(archive, staging, bar)
        note("The archive is whole: every checksum matches its manifest.")
        _put_in_place(unpacked, target, store)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return unpacked.manifest


def refuse_unless_empty(database: Path, store: MediaStore) -> None:
    """Raise BackupError when the instance holds anything a restore would overwrite."""
    filled = _tables_with_rows(database)
    if filled:
        listed = ", ".join(f"{table} ({n} row{'s' * (n != 1)})" for table, n in filled.items())
        raise BackupError(
            f"This instance is not empty: {listed}. Restore goes only into a new, empty "
            "instance (set MUSEUM_INSTANCE_PATH and MEDIA_ROOT to new folders). Nothing was "
            "changed."
        )
    for folder in (store.originals, store.derivatives):
        if folder.is_dir() and any(path.is_file() for path in folder.rglob("*")):
            raise BackupError(
                f"{folder} already holds files. Restore goes only into an empty media folder. "
                "Nothing was changed."
            )


def _tables_with_rows(database: Path) -> dict[str, int]:
    if not database.is_file():
        return {}
    with closing(sqlite3.connect(database, timeout=db.BUSY_TIMEOUT_SECONDS)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name not in SEEDED_TABLES
        ]
        counts = {table: _count(connection, table) for table in sorted(tables)}
    return {table: n for table, n in counts.items() if n}


def _open_archive(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BackupError(f"There is no file {path}.") from None
    except zipfile.BadZipFile:
        raise BackupError(f"{path} is not a museum backup (not a ZIP archive).") from None


def _unpack(archive: zipfile.ZipFile, staging: Path, bar: Bar) -> Unpacked:
    manifest = read_manifest(archive)
    database = staging / DATABASE
    _extract(archive, manifest["database"], database)
    _check_database(database, manifest)
    config = None
    if manifest.get("config"):
        _extract(archive, manifest["config"], staging / CONFIG)
        config = (staging / CONFIG).read_text(encoding="utf-8")
    originals = []
    with bar("Checking originals", len(manifest["originals"])) as progress:
        for entry in manifest["originals"]:
            staged = staging / entry["path"]
            _extract(archive, entry, staged)
            originals.append((staged, entry["path"]))
            progress.update(1)
    return Unpacked(manifest, database, originals, config)


def read_manifest(archive: zipfile.ZipFile) -> dict[str, Any]:
    """The archive's manifest, checked for what this version can restore."""
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError):
        raise BackupError("This is not a museum backup: it has no readable manifest.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("This is not a museum backup: its manifest is of another format.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"This backup has format version {manifest.get('format_version')}; this version "
            f"of museum reads version {FORMAT_VERSION}. Restore it with the museum that wrote it."
        )
    if not _known_revision(str(manifest.get("schema_revision"))):
        raise BackupError(
            f"The backup's database schema ({manifest.get('schema_revision')}) is newer than this "
            "version of museum knows: upgrade museum first."
        )
    for entry in manifest.get("originals", []):
        found = ORIGINAL_NAME.fullmatch(str(entry.get("path")))
        if not found or found["sha"] != entry.get("sha256") or found["aa"] != found["sha"][:2]:
            raise BackupError(f"The manifest names an unexpected file: {entry.get('path')!r}.")
    if not isinstance(manifest.get("database"), dict):
        raise BackupError("This is not a museum backup: its manifest names no database.")
    return manifest


def _known_revision(revision: str) -> bool:
    if not revision:
        return False
    config = AlembicConfig()
    config.set_main_option("script_location", str(db.migrations_dir()))
    try:
        return ScriptDirectory.from_config(config).get_revision(revision) is not None
    except CommandError:
        return False


def _extract(archive: zipfile.ZipFile, entry: dict[str, Any], target: Path) -> None:
    """Copy one member out, fsynced, and check it against its manifest entry."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    try:
        with archive.open(entry["path"]) as source, target.open("wb") as out:
            while chunk := source.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    except KeyError:
        raise BackupError(f"The archive lacks {entry['path']}. Nothing was changed.") from None
    except zipfile.BadZipFile as exc:
        raise BackupError(f"{entry['path']} in the archive is damaged ({exc}).") from None
    if digest.hexdigest() != entry.get("sha256"):
        raise BackupError(
            f"{entry['path']} in the archive is damaged: its SHA-256 does not match the "
            "manifest. Nothing was changed."
        )


def _check_database(path: Path, manifest: dict[str, Any]) -> None:
    in_archive = {entry["sha256"] for entry in manifest["originals"]}
    try:
        with closing(sqlite3.connect(path)) as connection:
            problems = integrity_problems(connection)
            revision = revision_of(connection)
            hashes = {row[0] for row in connection.execute("SELECT DISTINCT sha256 FROM image")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"The archive's database cannot be read: {exc}.") from None
    if problems:
        raise BackupError(f"The archive's database fails SQLite's integrity check: {problems[0]}")
    if revision != manifest["schema_revision"]:
        raise BackupError("The archive's database is not at the schema its manifest names.")
    if hashes - in_archive:
        raise BackupError(
            f"The archive lacks the originals of {len(hashes - in_archive)} image(s). "
            "Nothing was changed."
        )


def _put_in_place(unpacked: Unpacked, target: Path, store: MediaStore) -> None:
    """Originals, then config.py, then the database in one transaction; undone on failure."""
    placed: list[Path] = []
    config_path = Path(current_app.instance_path) / INSTANCE_CONFIG
    config_before = config_path.read_text(encoding="utf-8") if config_path.is_file() else None
    try:
        for staged, relative in unpacked.originals:
            final = store.root / relative
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged, final)
            placed.append(final)
        if unpacked.config is not None:
            _restore_config(config_path, config_before, unpacked.config)
        _copy_database(unpacked.database, target)
    except BaseException:
        media.remove_paths(placed)
        _undo_config(config_path, config_before)
        raise


def _restore_config(path: Path, current: str | None, archived: str) -> None:
    """Keep this instance's settings, take the archive's SECRET_KEY, and set the archive's
    whole config.py beside it as config.py.restored for the administrator to compare."""
    path.parent.mkdir(parents=True, exist_ok=True)
    restored = path.with_name(RESTORED_CONFIG)
    write_file_atomically(restored, archived.encode("utf-8"), overwrite=True)
    restored.chmod(0o600)
    merged = merged_config(current, archived)
    if merged is not None:
        write_file_atomically(path, merged.encode("utf-8"), overwrite=True)
        path.chmod(0o600)


def merged_config(current: str | None, archived: str) -> str | None:
    """This instance's config.py with the archive's SECRET_KEY instead of its own; None when
    the archived file sets no SECRET_KEY as a plain value."""
    key = secret_key_of(archived)
    if key is None:
        return None
    kept = [
        line
        for line in (current or CONFIG_HEADER).splitlines(keepends=True)
        if not SECRET_LINE.match(line)
    ]
    text = "".join(kept)
    if text and not text.endswith("\n"):
        text += "\n"
    return f"{text}SECRET_KEY = {key!r}\n"


def secret_key_of(config_text: str) -> str | bytes | None:
    """The SECRET_KEY a config.py sets to a literal, read without running the file."""
    try:
        tree = ast.parse(config_text)
    except SyntaxError:
        return None
    key = None
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "SECRET_KEY"
        ):
            try:
                value = ast.literal_eval(node.value)
            except ValueError:
                continue
            key = value if isinstance(value, str | bytes) else key
    return key


def _undo_config(path: Path, before: str | None) -> None:
    path.with_name(RESTORED_CONFIG).unlink(missing_ok=True)
    if before is None:
        path.unlink(missing_ok=True)
    elif path.is_file() and path.read_text(encoding="utf-8") != before:
        write_file_atomically(path, before.encode("utf-8"), overwrite=True)


def _copy_database(snapshot: Path, target: Path) -> None:
    """Write the snapshot into the instance's database with the backup API: one transaction
    that SQLite's own locking guards, WAL files included."""
    db.engine().dispose()
    target.parent.mkdir(parents=True, exist_ok=True)
    instance_db = closing(sqlite3.connect(target, timeout=db.BUSY_TIMEOUT_SECONDS))
    with closing(sqlite3.connect(snapshot)) as source, instance_db as out:
        source.backup(out, pages=-1)
    db.engine().dispose()


def upgrade_if_older(manifest: dict[str, Any]) -> str | None:
    """Bring a restored database to the newest schema; return a line saying so, if it did."""
    newest = db.newest_revision()
    if manifest["schema_revision"] == newest:
        return None
    db.upgrade_schema()
    return f"Upgraded the database schema from {manifest['schema_revision']} to {newest}."


def rebuild_media(originals: Iterable[str], bar: Bar = silent_bar) -> list[str]:
    """Make the derivatives of the restored originals (paths below MEDIA_ROOT) and record what
    was measured on their image rows, as `museum media rebuild` does; return failures."""
    wanted = []
    for relative in originals:
        found = ORIGINAL_NAME.fullmatch(relative)
        if found:
            fmt = next(name for name, ext in EXTENSIONS.items() if ext == found["ext"])
            wanted.append((found["sha"], fmt))
    measured, failures = {}, []
    with bar("Making derivatives", len(wanted)) as progress:
        for original in wanted:
            try:
                measured |= maintenance.rebuild(
                    media.store(),
                    [original],
                    max_pixels=media.max_pixels(),
                    zoom_min_edge=media.deep_zoom_min_edge(),
                )
            except (OSError, media.MediaError) as exc:
                failures.append(f"{original[0]}: {exc}")
            progress.update(1)
    catalog.record_media(measured)
    return failures
