"""The app factory and the order in which settings apply."""

from museum import create_app
from museum.config import ensure_secret_key
from tests.postgres import only_sqlite


@only_sqlite("the PostgreSQL run replaces the default DATABASE_URL")
def test_settings_apply_defaults_then_instance_file_then_environment_then_mapping(
    tmp_path, monkeypatch
):
    instance = tmp_path / "inst"
    instance.mkdir()
    (instance / "config.py").write_text(
        "SITE_NAME = 'From file'\nEXHIBITS_PER_PAGE = 7\nSECRET_KEY = 'file'\n"
    )
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(instance))
    monkeypatch.setenv("MUSEUM_EXHIBITS_PER_PAGE", "9")
    monkeypatch.setenv("MUSEUM_SECRET_KEY", "env")

    app = create_app({"SECRET_KEY": "mapping"})

    assert app.instance_path == str(instance)
    assert app.config["SITE_NAME"] == "From file"
    assert app.config["EXHIBITS_PER_PAGE"] == 9
    assert app.config["SECRET_KEY"] == "mapping"
    assert app.config["DATABASE_URL"] == f"sqlite:///{instance}/museum.db"
    assert app.config["SEARCH_INDEX_DIR"] == str(instance / "index")


def test_instance_and_media_default_to_folders_in_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("MUSEUM_INSTANCE_PATH", raising=False)
    monkeypatch.delenv("MEDIA_ROOT", raising=False)
    app = create_app()
    assert app.instance_path == str(tmp_path / "instance")
    assert app.config["MEDIA_ROOT"] == str(tmp_path / "media")


def test_media_root_follows_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIA_ROOT", str(tmp_path / "pictures"))
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    assert create_app().config["MEDIA_ROOT"] == str(tmp_path / "pictures")


def test_secret_key_is_written_once_and_kept(tmp_path):
    assert ensure_secret_key(str(tmp_path)) is True
    first = (tmp_path / "config.py").read_text()
    assert ensure_secret_key(str(tmp_path)) is False
    assert (tmp_path / "config.py").read_text() == first
    assert (tmp_path / "config.py").stat().st_mode & 0o077 == 0
    namespace: dict = {}
    exec(first, namespace)
    assert len(namespace["SECRET_KEY"]) == 64
