"""Migrations: an empty database upgrades to a schema that matches the models exactly."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from museum import create_app, db
from museum.models import Base


def test_upgrade_from_empty_matches_the_models(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path))
    app = create_app({"SECRET_KEY": "t"})
    with app.app_context():
        assert db.schema_revision() is None
        db.upgrade_schema()
        assert db.schema_revision() == db.newest_revision()
        with db.engine().connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []


def test_downgrade_to_base_and_up_again(app):
    with app.app_context():
        command.downgrade(db.alembic_config(), "base")
        with db.engine().connect() as connection:
            assert "exhibit" not in inspect(connection).get_table_names()
        db.upgrade_schema()
        with db.engine().connect() as connection:
            assert "exhibit" in inspect(connection).get_table_names()
