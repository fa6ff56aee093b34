"""The test suite against a PostgreSQL server: set MUSEUM_TEST_DATABASE_URL (`.ci/with-postgres`
does) to a database on it that the tests may use to create others.

Every instance folder a test makes gets a database of its own, named after the folder and
created empty the first time an app of that instance is made, so two instances in one test are
two databases and a restarted app finds its data, as with SQLite files. A test's databases are
dropped after it; those of module and session fixtures at the end of the run.
"""

import hashlib
import os

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

SERVER_URL = os.environ.get("MUSEUM_TEST_DATABASE_URL", "")
PREFIX = "museum_test_"


def only_sqlite(reason: str) -> pytest.MarkDecorator:
    """Skip on the PostgreSQL run: the test is about SQLite itself (its file, PRAGMAs, its
    online backup), which the reason names."""
    return pytest.mark.skipif(bool(SERVER_URL), reason=f"SQLite only: {reason}")


def on_postgres() -> bool:
    return bool(SERVER_URL)


class Databases:
    """The databases made for instance folders on the server at SERVER_URL."""

    def __init__(self, url: str) -> None:
        self.url = make_url(url)
        self.admin: Engine = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.created: list[str] = []

    def url_for(self, instance_path: str) -> str:
        """The URL of the instance's database, created empty on first use."""
        name = PREFIX + hashlib.sha256(instance_path.encode()).hexdigest()[:24]
        if name not in self.created:
            with self.admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            self.created.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all_but(self, kept: list[str]) -> None:
        with self.admin.connect() as connection:
            for name in [name for name in self.created if name not in kept]:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                self.created.remove(name)
