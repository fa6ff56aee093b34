"""Alembic environment: runs migrations on the engine the museum app hands over."""

from contextlib import contextmanager

from alembic import context

from museum.models import Base

engine = context.config.attributes["engine"]


@contextmanager
def foreign_keys_off(connection):
    """On SQLite, a batch migration copies a table, drops the old one and renames the copy; with
    foreign keys on, that drop would cascade (tour stops deleted, gallery covers emptied)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    # Outside any transaction (the pragma is a no-op inside one): on the driver's connection.
    driver = connection.connection.driver_connection
    driver.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if connection.in_transaction():
            connection.rollback()
        driver.execute("PRAGMA foreign_keys=ON")


def check_foreign_keys(connection) -> None:
    """With the checks off, make sure the migrations left no row pointing nowhere."""
    if connection.dialect.name == "sqlite":
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"Migration left rows pointing nowhere: {broken[:5]}")


with engine.connect() as connection, foreign_keys_off(connection):
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
        check_foreign_keys(connection)
    connection.commit()
