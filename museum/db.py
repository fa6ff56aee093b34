"""Database engine, sessions and schema migrations.

Readers get a request-scoped session from `session()`. Writers use `write_session()`, whose
transaction starts with BEGIN IMMEDIATE on SQLite so that concurrent writers queue on the
busy timeout instead of failing halfway with "database is locked". On PostgreSQL it starts by
taking one transaction-level advisory lock, so writers queue the same way there: the catalog's
checks before a write (a free accession number, a tag to create, the next position) hold
until its commit, as they do on SQLite, instead of racing under READ COMMITTED.
"""

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import Flask, current_app, g
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from museum import faults

EXTENSION_KEY = "museum.db"
AFTER_WRITE_KEY = "museum.after_write"
BUSY_TIMEOUT_SECONDS = 30
WRITE_LOCK_KEY = 0x6D757365756D  # "museum": PostgreSQL's advisory lock of write transactions
# Every write transaction bumps the catalog's version, so caches can tell they are stale.
BUMP_VERSION = text("UPDATE catalog_state SET version = version + 1 WHERE id = 1")
READ_VERSION = text("SELECT version FROM catalog_state WHERE id = 1")


def init_app(app: Flask) -> None:
    """Create the engine for the app's DATABASE_URL and close sessions after each request."""
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions[EXTENSION_KEY] = sessionmaker(engine, expire_on_commit=False)
    app.teardown_appcontext(_close_session)


def make_engine(url: str) -> Engine:
    """Return an engine; SQLite gets WAL, foreign keys, a busy timeout and explicit BEGINs,
    PostgreSQL the writers' lock."""
    if url.startswith("postgresql"):
        engine = create_engine(url, pool_pre_ping=True)
        event.listen(engine, "begin", _begin_postgresql_transaction)
        event.listen(engine, "before_cursor_execute", _without_nul, retval=True)
        return engine
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_SECONDS})
    event.listen(engine, "connect", _configure_sqlite_connection)
    event.listen(engine, "begin", _begin_sqlite_transaction)
    return engine


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN itself instead of pysqlite's implicit one.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_sqlite_transaction(connection) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def _begin_postgresql_transaction(connection) -> None:
    # A write transaction is one whose bind asks SQLite for BEGIN IMMEDIATE (see below).
    if connection.get_execution_options().get("sqlite_begin") != "IMMEDIATE":
        return
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{BUSY_TIMEOUT_SECONDS}s'")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")


def _without_nul(_connection, _cursor, statement, parameters, _context, _executemany):
    # PostgreSQL's text cannot hold U+0000 and refuses the whole statement (a 500): drop it
    # from every string sent, a search, a filter or a name typed with one (SQLite keeps it).
    return statement, _drop_nul(parameters)


def _drop_nul(value):
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {key: _drop_nul(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_drop_nul(item) for item in value)
    return value


def factory() -> sessionmaker[Session]:
    """Return the current app's session factory."""
    return current_app.extensions[EXTENSION_KEY]


def engine() -> Engine:
    """Return the current app's engine."""
    return factory().kw["bind"]


def session() -> Session:
    """Return the session for reading within this app context."""
    if "db_session" not in g:
        g.db_session = factory()()
    return g.db_session


@contextmanager
def write_session(run_hooks: bool = True) -> Iterator[Session]:
    """Yield a session in one write transaction; commit on success, roll back on error.

    After a commit, the app's after-write hooks run (the search indexer applies its outbox);
    the hooks' own writes pass `run_hooks=False`.
    """
    bind = engine().execution_options(sqlite_begin="IMMEDIATE")
    with factory()(bind=bind) as writer, writer.begin():
        yield writer
        writer.execute(BUMP_VERSION)
    if run_hooks:
        faults.checkpoint("committed")
        for hook in current_app.extensions.get(AFTER_WRITE_KEY, ()):
            hook()


@contextmanager
def counter_session() -> Iterator[Session]:
    """Yield a session in one write transaction that leaves the catalog as it is: no version
    bump (cached pages stay valid) and no after-write hooks. For counters such as kiosk usage."""
    bind = engine().execution_options(sqlite_begin="IMMEDIATE")
    with factory()(bind=bind) as writer, writer.begin():
        yield writer


def catalog_version() -> int:
    """The number of write transactions committed so far (0 before the first)."""
    return session().execute(READ_VERSION).scalar() or 0


def after_write(app: Flask, hook) -> None:
    """Run `hook()` after every committed write transaction of this app."""
    app.extensions.setdefault(AFTER_WRITE_KEY, []).append(hook)


def _close_session(_exc: BaseException | None) -> None:
    db_session = g.pop("db_session", None)
    if db_session is not None:
        db_session.close()


# --- migrations ---------------------------------------------------------------------------


def migrations_dir() -> Path:
    """Return the Alembic scripts folder: packaged in the wheel, or at the checkout's top."""
    packaged = Path(__file__).parent / "migrations"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "migrations"


def alembic_config() -> AlembicConfig:
    """Return an Alembic config bound to the current app's engine."""
    config = AlembicConfig()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["engine"] = engine()
    return config


def upgrade_schema() -> None:
    """Bring the schema to the newest migration; a no-op when it is already there."""
    command.upgrade(alembic_config(), "head")


def schema_revision() -> str | None:
    """Return the database's current migration revision, or None for an empty database."""
    with engine().connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def newest_revision() -> str | None:
    """Return the newest migration revision the code knows."""
    return _head_of(str(migrations_dir()))


@functools.cache
def _head_of(script_location: str) -> str | None:
    # Reading the scripts takes milliseconds; they do not change while the code runs.
    config = AlembicConfig()
    config.set_main_option("script_location", script_location)
    return ScriptDirectory.from_config(config).get_current_head()
