"""An app whose Russian catalog is a few messages made by the test, not the shipped one."""

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from flask import Flask

from museum import create_app
from museum.instance import init_instance


def app_speaking_russian(tmp_path, monkeypatch, russian: dict) -> Flask:
    """English and Russian offered; `russian` maps English messages (or plural pairs) to theirs."""
    messages = Catalog(locale="ru")
    for english, translation in russian.items():
        messages.add(english, translation)
    folder = tmp_path / "translations" / "ru" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (folder / "messages.mo").open("wb") as out:
        write_mo(out, messages)
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "t",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "LANGUAGES": ["en", "ru"],
            "DEFAULT_LANGUAGE": "en",
            "BABEL_TRANSLATION_DIRECTORIES": str(tmp_path / "translations"),
        }
    )
    with app.app_context():
        init_instance()
    return app
