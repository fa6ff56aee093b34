"""The language is in the URL: /ru/... and /tk/... pages, a bare URL in the default language."""

import re

import pytest
from flask import Flask

from museum import create_app
from museum.instance import init_instance


@pytest.fixture
def app(tmp_path, monkeypatch) -> Flask:
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {
            "SECRET_KEY": "t",
            "MEDIA_ROOT": str(tmp_path / "media"),
            "LANGUAGES": ["en", "ru", "tk"],
            "DEFAULT_LANGUAGE": "en",
        }
    )
    with app.app_context():
        init_instance()
    return app


def html_lang(page: str) -> str:
    return re.search(r'<html lang="([^"]+)"', page)[1]


def test_the_language_prefix_chooses_the_language_and_keeps_links_in_it(client, make_exhibit):
    exhibit = make_exhibit(featured=True)
    page = client.get("/ru/").get_data(as_text=True)
    assert html_lang(page) == "ru"
    assert f'href="/ru/exhibits/{exhibit.slug}"' in page
    assert html_lang(client.get("/").get_data(as_text=True)) == "en"
    assert html_lang(client.get(f"/tk/exhibits/{exhibit.slug}").get_data(as_text=True)) == "tk"


def test_every_page_offers_itself_in_each_language(client, make_exhibit):
    exhibit = make_exhibit()
    page = client.get(f"/ru/exhibits/{exhibit.slug}?x=1").get_data(as_text=True)
    for code, path in (("en", ""), ("ru", "/ru"), ("tk", "/tk")):
        assert (
            f'hreflang="{code}" href="http://localhost{path}/exhibits/{exhibit.slug}?x=1"' in page
        )
    switcher = re.search(r'<nav class="languages".*?</nav>', page, re.S)[0]
    assert 'lang="tk">Türkmençe</a>' in switcher and 'aria-current="true"' in switcher


def test_cached_pages_are_kept_per_language(client, make_exhibit):
    make_exhibit(featured=True)
    assert html_lang(client.get("/ru/").get_data(as_text=True)) == "ru"
    assert html_lang(client.get("/").get_data(as_text=True)) == "en"
    assert html_lang(client.get("/ru/").get_data(as_text=True)) == "ru"


def test_a_museum_with_one_language_shows_no_switcher(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    app = create_app(
        {"SECRET_KEY": "t", "MEDIA_ROOT": str(tmp_path / "media"), "LANGUAGES": ["en"]}
    )
    with app.app_context():
        init_instance()
    page = app.test_client().get("/").get_data(as_text=True)
    assert 'class="languages"' not in page and "hreflang" not in page
    assert app.test_client().get("/ru/").status_code == 404
