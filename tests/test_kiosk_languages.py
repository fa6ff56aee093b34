"""The kiosk in the languages its profile offers: big buttons named in their own language, the
content in the page's language (with a notice where it is not translated yet), no cookie, and
the offline copy of every language."""

import lxml.html
import pytest
from flask import Flask
from flask.testing import FlaskClient

from museum import catalog
from tests.kiosk_data import kiosk_collection, set_up_kiosk
from tests.russian import app_speaking_russian

RUSSIAN = {
    "Start": "Начало",
    "Back": "Назад",
    "Language": "Язык",
    "Not yet translated into %(language)s: shown in %(shown)s.": (
        "Перевода на язык «%(language)s» ещё нет: текст показан на языке «%(shown)s»."
    ),
}
NOTICE = "Перевода на язык «Русский» ещё нет"


def page_of(client: FlaskClient, path: str) -> lxml.html.HtmlElement:
    response = client.get(path)
    assert response.status_code == 200, path
    assert "Set-Cookie" not in response.headers, path
    return lxml.html.fromstring(response.get_data(as_text=True))


def by_class(element: lxml.html.HtmlElement, name: str, tag: str = "*") -> list:
    """The elements below `element` with the class `name` (lxml has no CSS selectors here)."""
    return element.xpath(f'.//{tag}[contains(concat(" ", @class, " "), " {name} ")]')


def language_buttons(page: lxml.html.HtmlElement) -> list[tuple[str, str, str, str | None]]:
    """(text, lang, href, aria-current) of each language button."""
    return [
        (link.text_content(), link.get("lang"), link.get("href"), link.get("aria-current"))
        for nav in by_class(page, "kiosk-languages", "nav")
        for link in by_class(nav, "kiosk-language", "a")
    ]


def test_every_kiosk_page_offers_the_profiles_languages_named_in_themselves(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    exhibit = kiosk_collection(make_exhibit)[0]
    set_up_kiosk(app, languages="en,ru,tk")
    exhibit_path = f"kiosk/main/exhibits/{exhibit.slug}"
    assert language_buttons(page_of(client, f"/ru/{exhibit_path}")) == [
        ("English", "en", f"/{exhibit_path}", None),
        ("Русский", "ru", f"/ru/{exhibit_path}", "true"),
        ("Türkmençe", "tk", f"/tk/{exhibit_path}", None),
    ]
    for path in ("/kiosk/", "/kiosk/main/", "/tk/kiosk/main/search?q=seal", "/kiosk/main/offline"):
        buttons = language_buttons(page_of(client, path))
        assert [text for text, *_rest in buttons] == ["English", "Русский", "Türkmençe"], path
        current = [lang for _text, lang, _href, marked in buttons if marked]
        assert current == [path.split("/")[1] if path.startswith("/tk/") else "en"], path
    search = language_buttons(page_of(client, "/kiosk/main/search?q=seal"))
    assert search[1][2] == "/ru/kiosk/main/search?q=seal"


def test_a_kiosk_with_one_language_shows_no_language_buttons(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, languages="en,ru")
    assert len(language_buttons(page_of(client, "/kiosk/main/"))) == 2
    set_up_kiosk(app, languages="en")
    assert language_buttons(page_of(client, "/kiosk/main/")) == []


def test_a_language_page_resets_to_the_default_language_and_stays_in_the_kiosk(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    exhibit = kiosk_collection(make_exhibit)[0]
    set_up_kiosk(app, languages="en,ru")
    page = page_of(client, f"/ru/kiosk/main/exhibits/{exhibit.slug}")
    body = page.find("body")
    assert body.get("data-start-url") == "/kiosk/main/"
    assert body.get("data-kiosk-roots").split() == ["/kiosk/", "/ru/kiosk/"]
    assert by_class(page, "kiosk-home")[0].get("href") == "/ru/kiosk/main/"
    # Each language's pages have a worker of their own, all registered from any page.
    assert body.get("data-sw-url") == "/ru/kiosk/sw.js?language=ru"
    assert body.get("data-sw-others") == "/kiosk/sw.js"
    assert client.get("/ru/kiosk/sw.js?language=ru").mimetype == "text/javascript"
    for href in page.xpath("//@href"):
        assert href.startswith(("/kiosk/", "/ru/kiosk/", "/ru/static/")), href


def test_a_kiosk_without_the_default_language_starts_in_its_first(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    kiosk_collection(make_exhibit)
    set_up_kiosk(app, languages="tk,ru")
    body = page_of(client, "/kiosk/main/").find("body")
    assert body.get("data-start-url") == "/ru/kiosk/main/"  # the museum's order: en, ru, tk
    assert body.get("data-kiosk-roots").split() == ["/ru/kiosk/", "/tk/kiosk/", "/kiosk/"]


def test_the_offline_manifest_lists_every_languages_pages_and_each_file_once(
    app: Flask, client: FlaskClient, make_exhibit
) -> None:
    exhibits = kiosk_collection(make_exhibit)
    set_up_kiosk(app, languages="en,ru")
    listed = client.get("/ru/kiosk/main/offline.json").get_json()
    assert listed == client.get("/kiosk/main/offline.json").get_json()
    for exhibit in exhibits:
        for prefix in ("", "/ru"):
            assert f"{prefix}/kiosk/main/exhibits/{exhibit.slug}" in listed["pages"]
    assert {"/kiosk/main/offline", "/ru/kiosk/main/offline", "/ru/kiosk/"} <= set(listed["pages"])
    files = listed["assets"] + listed["images"]
    assert "/static/css/kiosk.css" in files
    assert all(url.startswith(("/static/", "/media/")) for url in files)


class TestInRussian:
    """Pages under /ru/kiosk/ with a Russian catalog made here (not the shipped one)."""

    @pytest.fixture
    def app(self, tmp_path, monkeypatch) -> Flask:
        app = app_speaking_russian(tmp_path, monkeypatch, RUSSIAN)
        set_up_kiosk(app, languages="en,ru,tk")  # tk is not offered by this museum
        return app

    def test_the_start_page_speaks_russian_with_russian_titles(
        self, client: FlaskClient, make_exhibit
    ) -> None:
        seal = make_exhibit(title="Seal press", title_ru="Пресс для пломб", featured=True)
        cup = make_exhibit(title="Wrestling cup", featured=True)
        page = page_of(client, "/ru/kiosk/main/")
        assert page.get("lang") == "ru"
        assert by_class(page, "kiosk-home")[0].text_content() == "Начало"
        titles = {
            link.get("href").rsplit("/", 1)[-1]: by_class(link, "kiosk-tile-title")[0]
            for tile in by_class(page, "kiosk-tile")
            for link in tile.xpath(".//a")
        }
        assert titles[seal.slug].text_content() == "Пресс для пломб"
        assert titles[seal.slug].get("lang") is None
        assert (titles[cup.slug].text_content(), titles[cup.slug].get("lang")) == (cup.title, "en")
        # Türkmençe is in the profile but not offered by the museum: no button for it.
        assert [text for text, *_rest in language_buttons(page)] == ["English", "Русский"]
        english = page_of(client, "/kiosk/main/")
        assert by_class(english, "kiosk-home")[0].text_content() == "Start"
        assert "Пресс для пломб" not in english.text_content()

    def test_an_untranslated_text_is_marked_and_the_page_says_so_once(
        self, client: FlaskClient, make_exhibit
    ) -> None:
        exhibit = make_exhibit(
            title="Seal press", title_ru="Пресс для пломб", summary="Pressed lead seals."
        )
        page = page_of(client, f"/ru/kiosk/main/exhibits/{exhibit.slug}")
        assert page.xpath("//h1")[0].text_content() == "Пресс для пломб"
        assert page.xpath("//h1")[0].get("lang") is None
        lead = by_class(page, "kiosk-lead")[0]
        assert (lead.text_content(), lead.get("lang")) == ("Pressed lead seals.", "en")
        assert page.xpath("//figcaption")[0].get("lang") == "en"  # the image's caption
        notices = by_class(page, "kiosk-untranslated")
        assert len(notices) == 1
        assert notices[0].text_content().startswith(NOTICE)
        assert notices[0].xpath("span[@lang='en']")[0].text_content() == "English"
        english = page_of(client, f"/kiosk/main/exhibits/{exhibit.slug}")
        assert not by_class(english, "kiosk-untranslated")

    def test_a_translated_exhibit_has_no_notice(self, client: FlaskClient, make_exhibit) -> None:
        exhibit = make_exhibit(
            images=0,
            title_ru="Пресс для пломб",
            summary_ru="Им опечатывали вагоны.",
            description_ru="Сталь и **латунь**.",
        )
        page = page_of(client, f"/ru/kiosk/main/exhibits/{exhibit.slug}")
        assert not by_class(page, "kiosk-untranslated")
        assert not page.xpath("//body//*[@lang='en' and not(@hreflang)]")
        assert by_class(page, "kiosk-description")[0].xpath("./p/strong/text()") == ["латунь"]

    def test_a_tour_stop_shows_the_tour_in_russian(
        self, app: Flask, client: FlaskClient, make_exhibit
    ) -> None:
        first = make_exhibit(images=0, title_ru="Печать", summary="", description="")
        second = make_exhibit(images=0, title_ru="Кубок", summary="", description="")
        with app.app_context():
            russian = {"ru": {"narration": "Начните здесь."}}
            stops = [
                catalog.NewStop(first.id, narration="Begin here.", translations=russian),
                catalog.NewStop(second.id, narration="Then this."),
            ]
            tour = catalog.create_tour(
                title="Seals", stops=stops, published=True, translations={"ru": {"title": "Печати"}}
            )
        set_up_kiosk(app, start="tour", start_tour_id=tour.id, languages="en,ru")
        assert page_of(client, "/ru/kiosk/main/").xpath("//h1")[0].text_content() == "Печати"
        stop = page_of(client, "/ru/kiosk/main/tour/1")
        assert "Печати" in by_class(stop, "kiosk-stop-count")[0].text_content()
        assert "Начните здесь." in by_class(stop, "kiosk-narration")[0].text_content()
        assert not by_class(stop, "kiosk-untranslated")
        untranslated = page_of(client, "/ru/kiosk/main/tour/2")
        narration = by_class(untranslated, "kiosk-narration")[0].xpath("div")[0]
        assert (narration.text_content().strip(), narration.get("lang")) == ("Then this.", "en")
        assert len(by_class(untranslated, "kiosk-untranslated")) == 1
