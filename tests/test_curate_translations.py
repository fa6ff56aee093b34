"""Curators enter every text in every language: side by side, missing ones marked, kept on error."""

import io
import json
import re

from sqlalchemy import select

from museum import catalog, create_app, db
from museum.instance import init_instance
from museum.models import Exhibit, Gallery, Tour
from tests import media_corpus as corpus
from tests.russian import app_speaking_russian
from tests.workspace import csrf_token, make_user, sign_in


def exhibit_form(client, url: str, **fields) -> dict:
    data = {
        "csrf_token": csrf_token(client, url),
        "accession_number": "KP-1975/12",
        "title": "Seal press",
        "kind": "equipment",
        "summary": "A press for lead seals.",
        "action": "save",
    }
    return data | fields


def label_of(page: str, field_id: str) -> str:
    match = re.search(rf'<label for="{field_id}"[^>]*>(.*?)</label>', page, re.S)
    assert match, f"no label for {field_id}"
    return match[1]


def shows_missing(page: str, field_id: str) -> bool:
    """True when the field's label shows the "Missing" mark (a hidden mark does not count)."""
    return (
        re.search(r"<span [^>]*data-missing>Missing</span>", label_of(page, field_id)) is not None
    )


def edited(response) -> int:
    match = re.search(r"/(\d+)/edit$", response.headers["Location"])
    assert match, response.headers.get("Location")
    return int(match[1])


def test_a_curator_saves_russian_and_turkmen_titles_and_summaries(app, curator):
    data = exhibit_form(
        curator,
        "/curate/exhibits/new",
        title_ru="Пресс для пломб",
        title_tk="Plomba basyjy",
        summary_ru="Пресс для свинцовых пломб.",
        summary_tk="Gurşun plombalar üçin basyjy.",
    )
    response = curator.post("/curate/exhibits/new", data=data)
    assert response.status_code == 302
    with app.app_context():
        exhibit = db.session().scalar(select(Exhibit))
        assert exhibit.title == "Seal press"
        assert exhibit.translations == {
            "ru": {"title": "Пресс для пломб", "summary": "Пресс для свинцовых пломб."},
            "tk": {"title": "Plomba basyjy", "summary": "Gurşun plombalar üçin basyjy."},
        }
    page = curator.get(response.headers["Location"]).get_data(as_text=True)
    assert re.search(r'<input[^>]*id="title_ru" lang="ru"[^>]*value="Пресс для пломб"', page)
    assert re.search(r'<input[^>]*id="title" lang="en"[^>]*value="Seal press"', page)
    assert "Русский" in label_of(page, "title_ru") and "Türkmençe" in label_of(page, "title_tk")


def test_the_edit_page_marks_an_empty_translation_missing_and_not_a_filled_one(app, curator):
    with app.app_context():
        exhibit = catalog.create_exhibit(
            {
                "accession_number": "A-1",
                "kind": "equipment",
                "title": "Seal press",
                "title_ru": "Пресс",
            }
        )
    page = curator.get(f"/curate/exhibits/{exhibit.id}/edit").get_data(as_text=True)
    assert shows_missing(page, "title_tk")
    assert not shows_missing(page, "title_ru")
    # No English summary: nothing to translate yet, so nothing is missing.
    assert not shows_missing(page, "summary_ru")
    copy = re.search(r'<button type="button" class="copy-button"[^>]*>([^<]*)</button>', page)
    assert copy and copy[1] == "Copy from English"


def test_a_refused_save_shows_everything_typed_in_every_language_again(app, curator):
    data = exhibit_form(
        curator,
        "/curate/exhibits/new",
        title="",
        title_ru="Печать таможни",
        summary_tk="Gümrük möhüri",
        description_ru="Описание <b>печати</b>",
    )
    response = curator.post("/curate/exhibits/new", data=data)
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'value="Печать таможни"' in page
    assert "Gümrük möhüri</textarea>" in page
    assert "Описание &lt;b&gt;печати&lt;/b&gt;</textarea>" in page
    with app.app_context():
        assert db.session().scalar(select(Exhibit)) is None


def test_an_image_caption_and_alt_text_in_russian_are_saved(app, curator):
    data = exhibit_form(curator, "/curate/exhibits/new")
    data |= {
        "new_images": [(io.BytesIO(corpus.jpeg((800, 600))), "press.jpg")],
    }
    response = curator.post("/curate/exhibits/new", data=data, content_type="multipart/form-data")
    exhibit_id = edited(response)
    url = f"/curate/exhibits/{exhibit_id}/edit"
    with app.app_context():
        image_id = db.session().get(Exhibit, exhibit_id).images[0].id
    rows = {
        "images-0-ref": f"id:{image_id}",
        "images-0-position": "0",
        "images-0-caption": "The press, front",
        "images-0-caption_ru": "Пресс спереди",
        "images-0-alt_text": "A cast-iron press",
        "images-0-alt_text_ru": "Чугунный пресс",
        "images-0-alt_text_tk": "",
    }
    response = curator.post(url, data=exhibit_form(curator, url, action="publish") | rows)
    assert response.status_code == 302
    with app.app_context():
        exhibit = db.session().get(Exhibit, exhibit_id)
        # Published: the alt text is required in the default language only.
        assert exhibit.status == "published"
        image = exhibit.images[0]
        assert image.translations == {
            "ru": {"caption": "Пресс спереди", "alt_text": "Чугунный пресс"}
        }
    page = curator.get(url).get_data(as_text=True)
    assert 'value="Пресс спереди"' in page
    assert shows_missing(page, "images-0-caption_tk")
    assert not shows_missing(page, "images-0-alt_text_ru")


def test_gallery_texts_are_saved_per_language(app, curator, make_exhibit):
    exhibit = make_exhibit("document")
    url = "/curate/galleries/new"
    data = {
        "csrf_token": csrf_token(curator, url),
        "title": "Customs at work",
        "title_ru": "Таможня за работой",
        "introduction": "How the post worked.",
        "introduction_tk": "Postuň nähili işländigi.",
        "theme": "archive",
        "cover_image_id": "",
        "items-0-exhibit_id": str(exhibit.id),
        "items-0-position": "1",
        "action": "save",
    }
    response = curator.post(url, data=data)
    gallery_id = edited(response)
    with app.app_context():
        gallery = db.session().get(Gallery, gallery_id)
        assert gallery.translations == {
            "ru": {"title": "Таможня за работой"},
            "tk": {"introduction": "Postuň nähili işländigi."},
        }
    edit = f"/curate/galleries/{gallery_id}/edit"
    changed = data | {"csrf_token": csrf_token(curator, edit), "title_ru": "", "title_tk": "Iş"}
    assert curator.post(edit, data=changed).status_code == 302
    with app.app_context():
        gallery = db.session().get(Gallery, gallery_id)
        assert gallery.translations == {
            "tk": {"introduction": "Postuň nähili işländigi.", "title": "Iş"}
        }
    page = curator.get(edit).get_data(as_text=True)
    assert shows_missing(page, "title_ru") and not shows_missing(page, "title_tk")


def test_tour_texts_and_each_stops_texts_are_saved_per_language(app, curator, make_exhibit):
    exhibit = make_exhibit("document")
    url = "/curate/tours/new"
    data = {
        "csrf_token": csrf_token(curator, url),
        "title": "Along the border",
        "title_tk": "Serhet boýunça",
        "introduction": "A walk.",
        "introduction_ru": "Прогулка.",
        "floor_plan_alt_text": "",
        "stops-0-exhibit_id": str(exhibit.id),
        "stops-0-position": "1",
        "stops-0-title": "The decree",
        "stops-0-title_ru": "Указ",
        "stops-0-narration": "Read it closely.",
        "stops-0-narration_ru": "Прочтите внимательно.",
        "stops-0-narration_tk": "Üns bilen okaň.",
        "stops-0-room": "1",
        "stops-0-showcase": "",
        "action": "save",
    }
    response = curator.post(url, data=data)
    tour_id = edited(response)
    with app.app_context():
        tour = db.session().get(Tour, tour_id)
        assert tour.translations == {
            "ru": {"introduction": "Прогулка."},
            "tk": {"title": "Serhet boýunça"},
        }
        assert tour.stops[0].translations == {
            "ru": {"title": "Указ", "narration": "Прочтите внимательно."},
            "tk": {"narration": "Üns bilen okaň."},
        }
    page = curator.get(f"/curate/tours/{tour_id}/edit").get_data(as_text=True)
    assert 'value="Указ"' in page and "Üns bilen okaň.</textarea>" in page
    assert shows_missing(page, "stops-0-title_tk") and not shows_missing(page, "stops-0-title_ru")


def test_the_history_shows_a_translated_field_change_by_its_language(app, curator):
    with app.app_context():
        exhibit = catalog.create_exhibit(
            {"accession_number": "A-1", "kind": "equipment", "title": "Seal", "title_ru": "Пломба"}
        )
    url = f"/curate/exhibits/{exhibit.id}/edit"
    data = exhibit_form(curator, url, accession_number="A-1", title="Seal", summary="")
    response = curator.post(url, data=data | {"title_ru": "Печать", "summary_tk": "Möhür"})
    assert response.status_code == 302
    page = curator.get(f"/curate/exhibits/{exhibit.id}/history/compare?a=1&b=2")
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    row = re.search(r'<th scope="row">Title \(Русский\)</th>(.*?)</tr>', text, re.S)
    assert row, "the Russian title is named by its language"
    assert re.search(r'class="before">\s*<div class="text" lang="ru">Пломба<', row[1])
    assert re.search(r'class="after">\s*<div class="text" lang="ru">Печать<', row[1])
    assert "Summary (Türkmençe)" in text


def test_the_history_of_a_tour_shows_its_stops_translations(app, curator, make_exhibit):
    exhibit = make_exhibit("document")
    with app.app_context():
        stop = catalog.NewStop(
            exhibit.id, narration="Look", translations={"ru": {"narration": "Смотрите"}}
        )
        tour = catalog.create_tour(title="Walk", stops=[stop])
        catalog.update_tour(tour.id, {"title_ru": "Прогулка"}, stops=[stop])
    text = curator.get(f"/curate/tours/{tour.id}/history/compare?a=1&b=2").get_data(as_text=True)
    assert "Title (Русский)" in text and "Прогулка" in text
    with app.app_context():
        changed = catalog.NewStop(
            exhibit.id, narration="Look", translations={"ru": {"narration": "Глядите"}}
        )
        catalog.update_tour(tour.id, {}, stops=[changed])
    text = curator.get(f"/curate/tours/{tour.id}/history/compare?a=2&b=3").get_data(as_text=True)
    assert "Русский: Смотрите" in text and "Русский: Глядите" in text


def test_the_museums_default_language_is_the_field_itself(tmp_path, monkeypatch):
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    config = {"TESTING": True, "SECRET_KEY": "test", "MEDIA_ROOT": str(tmp_path / "media")}
    app = create_app(config | {"DEFAULT_LANGUAGE": "ru"})
    with app.app_context():
        init_instance()
    make_user(app, "cora", "curator")
    client = app.test_client()
    sign_in(client, "cora")
    url = "/en/curate/exhibits/new"
    data = exhibit_form(client, url, title="Пресс", title_en="Seal press", title_ru="ignored")
    response = client.post(url, data=data)
    assert response.status_code == 302
    with app.app_context():
        exhibit = db.session().scalar(select(Exhibit))
        assert exhibit.title == "Пресс"
        assert exhibit.translations == {"en": {"title": "Seal press"}}
    page = client.get(f"/en/curate/exhibits/{exhibit.id}/edit").get_data(as_text=True)
    assert re.search(r'<input[^>]*id="title" lang="ru"', page)
    assert 'id="title_en"' in page and 'id="title_ru"' not in page


def script_words(page: str, element_id: str) -> dict:
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page)
    assert match, f"no #{element_id} on the page"
    return json.loads(match[1])


def test_the_marks_and_the_scripts_words_are_in_the_pages_language(tmp_path, monkeypatch):
    russian = {
        "Missing": "Нет перевода",
        "Copy from %(language)s": "Копировать: %(language)s",
        "Move up": "Переместить вверх",
        "Move %(title)s up": "Переместить «%(title)s» вверх",
    }
    app = app_speaking_russian(tmp_path, monkeypatch, russian)
    make_user(app, "cora", "curator")
    client = app.test_client()
    sign_in(client, "cora")
    with app.app_context():
        exhibit = catalog.create_exhibit(
            {"accession_number": "A-1", "kind": "award", "title": "Cup"}
        )
    page = client.get(f"/ru/curate/exhibits/{exhibit.id}/edit").get_data(as_text=True)
    assert ">Нет перевода</span>" in label_of(page, "title_ru")
    assert ">Копировать: English</button>" in page
    assert script_words(page, "curate-words")["moveUp"] == "Переместить вверх"
    page = client.get("/ru/curate/galleries/new").get_data(as_text=True)
    assert script_words(page, "arrange-words")["moveUp"] == "Переместить «{title}» вверх"


def test_a_russian_title_entered_by_a_curator_is_found_in_another_case(app, curator):
    data = exhibit_form(
        curator,
        "/curate/exhibits/new",
        title="State seal",
        title_ru="Гербовая печать",
        action="publish",
    )
    assert curator.post("/curate/exhibits/new", data=data).status_code == 302
    visitor = app.test_client()
    page = visitor.get("/ru/search?q=гербовой+печати").get_data(as_text=True)
    assert "Гербовая печать" in page
    assert "Гербовая печать" not in visitor.get("/ru/search?q=медаль").get_data(as_text=True)
