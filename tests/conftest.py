"""Fixtures: an app over a fresh temporary instance, its clients, and exhibit factories."""

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from PIL import Image, ImageDraw

from museum import catalog, config, create_app
from museum.instance import init_instance
from museum.models import Exhibit
from tests import postgres

KIND_FIELDS = {
    "document": {
        "document_type": "Decree",
        "language": "Russian",
        "issuer": "Customs Board",
        "pages": 2,
        "transcription": "By order of the board the post opens at dawn.",
    },
    "photograph": {
        "photographer": "A. Photographer",
        "process": "gelatin silver print",
        "depicted": "Officers at the northern post",
    },
    "equipment": {
        "maker": "Factory No. 5",
        "model_name": "SP-2",
        "serial_number": "00417",
        "purpose": "Pressing lead seals on wagons",
    },
    "award": {
        "recipient": "Sgt. B. Wrestler",
        "event": "Service Games",
        "sport": "Wrestling",
        "rank": "1st place",
        "awarded_by": "Sports Committee",
    },
    "ensemble": {},
}


@pytest.fixture(scope="session", autouse=True)
def postgres_databases() -> Iterator[postgres.Databases | None]:
    """With MUSEUM_TEST_DATABASE_URL set, every instance's database is a fresh one on that
    PostgreSQL server instead of a SQLite file (see tests/postgres.py)."""
    if not postgres.on_postgres():
        yield None
        return
    databases = postgres.Databases(postgres.SERVER_URL)
    sqlite_defaults = config.defaults

    def defaults(instance_path: str) -> dict:
        return sqlite_defaults(instance_path) | {"DATABASE_URL": databases.url_for(instance_path)}

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(config, "defaults", defaults)
        yield databases
    databases.drop_all_but([])
    databases.admin.dispose()


@pytest.fixture(autouse=True)
def _drop_the_tests_databases(postgres_databases: postgres.Databases | None) -> Iterator[None]:
    kept = list(postgres_databases.created) if postgres_databases else []
    yield
    if postgres_databases:
        postgres_databases.drop_all_but(kept)


def test_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **settings) -> Flask:
    """A new app on a new instance in tmp_path, with these settings over the test defaults."""
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    defaults = {"TESTING": True, "SECRET_KEY": "test", "MEDIA_ROOT": str(tmp_path / "media")}
    app = create_app(defaults | settings)
    with app.app_context():
        init_instance()
    return app


test_app.__test__ = False  # a helper, not a test, despite its name


@pytest.fixture
def app(tmp_path, monkeypatch) -> Iterator[Flask]:
    yield test_app(tmp_path, monkeypatch)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def curator(app: Flask, client: FlaskClient) -> FlaskClient:
    """The client, signed in as the curator "cora"."""
    from tests.workspace import make_user, sign_in

    make_user(app, "cora", "curator")
    sign_in(client, "cora")
    return client


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    return app.test_cli_runner()


def png_bytes(size: tuple[int, int] = (640, 480), color: str = "sienna") -> bytes:
    """A small real image with some drawing on it."""
    image = Image.new("RGB", size, color)
    ImageDraw.Draw(image).ellipse((10, 10, size[0] - 10, size[1] - 10), outline="white", width=5)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def make_exhibit(app: Flask) -> Callable[..., Exhibit]:
    """Return a function that creates an exhibit of a kind, published unless told otherwise."""
    counter = iter(range(1, 10_000))

    def make(kind: str = "document", publish: bool = True, images: int = 1, **fields) -> Exhibit:
        number = next(counter)
        values = {
            "accession_number": f"TEST-{number:04d}",
            "kind": kind,
            "title": f"Test {kind} {number}",
            "summary": f"A {kind} made for a test.",
            "description": "It has **bold** words.",
            "date_text": "1936",
            **KIND_FIELDS[kind],
            **fields,
        }
        new_images = [
            catalog.NewImage(
                png_bytes(color=f"#{number * 40 % 256:02x}40{i * 60:02x}"),
                f"scan-{i}.png",
                f"Caption {i}",
                f"Alt text {i}",
            )
            for i in range(images)
        ]
        with app.app_context():
            return catalog.create_exhibit(values, images=new_images, publish=publish)

    return make


@pytest.fixture(scope="session")
def demo_load(tmp_path_factory) -> tuple[Flask, str]:
    """The demo museum loaded once through `museum demo`, and what the command printed.

    Tests that use it only read: they share one instance."""
    from museum.cli import main

    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MUSEUM_INSTANCE_PATH", str(root / "instance"))
        app = create_app({"SECRET_KEY": "t", "MEDIA_ROOT": str(root / "media")})
    with app.app_context():
        init_instance()
    result = app.test_cli_runner().invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    return app, result.output


@pytest.fixture(scope="session")
def demo_app(demo_load) -> Flask:
    return demo_load[0]
