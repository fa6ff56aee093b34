"""The demo museum in Russian and Turkmen: each translation module is keyed like content.py,
and the loaded demo reads in every language, with a notice where a description is English."""

import importlib
from types import ModuleType

import lxml.html
import pytest
from flask import Flask
from sqlalchemy import select

from museum import db
from museum.demo import SAMPLE_NOTES, TRANSLATION_MODULES, content
from museum.models import Exhibit, Gallery, Tour
from museum.translation import text_in

LANGUAGES = [language for language, _name in TRANSLATION_MODULES]
ENGLISH = {record["accession_number"]: record for record in content.EXHIBITS}
TOURS = {tour["slug"]: tour for tour in content.TOURS}
# Visitors meet these first: they are described in full in every language.
SHOWN_FIRST = {number for number, record in ENGLISH.items() if record.get("featured")} | {
    stop["exhibit"] for tour in content.TOURS for stop in tour["stops"]
}


def module_of(language: str) -> ModuleType:
    """The translation module of a language; one that is missing fails the test."""
    return importlib.import_module(dict(TRANSLATION_MODULES)[language])


def note_text(language: str) -> str:
    return SAMPLE_NOTES[language].strip().strip("*")


def page_of(app: Flask, path: str) -> lxml.html.HtmlElement:
    response = app.test_client().get(path)
    assert response.status_code == 200, path
    return lxml.html.fromstring(response.get_data(as_text=True))


def slug_of(app: Flask, accession_number: str) -> str:
    with app.app_context():
        query = select(Exhibit.slug).where(Exhibit.accession_number == accession_number)
        return db.session().scalar(query)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_names_every_exhibit_and_image_of_content_py(language):
    exhibits = module_of(language).EXHIBITS
    assert set(exhibits) == set(ENGLISH)
    for number, texts in exhibits.items():
        english = ENGLISH[number]
        assert set(texts) <= {"title", "summary", "description", "transcription", "images"}
        assert texts["title"].strip() and texts["summary"].strip(), number
        if "transcription" in texts:
            assert english["fields"].get("transcription"), f"{number} has no transcription"
        assert len(texts["images"]) == len(english.get("images", [])), number
        for image in texts["images"]:
            assert set(image) == {"caption", "alt_text"}, number
            assert image["caption"].strip() and image["alt_text"].strip(), number


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_names_every_gallery_tour_and_stop_of_content_py(language):
    module = module_of(language)
    assert set(module.GALLERIES) == {gallery["slug"] for gallery in content.GALLERIES}
    for slug, texts in module.GALLERIES.items():
        assert set(texts) == {"title", "introduction"}, slug
        assert texts["title"].strip() and texts["introduction"].strip(), slug
    assert set(module.TOURS) == set(TOURS)
    for slug, texts in module.TOURS.items():
        assert set(texts) == {"title", "introduction", "stops"}, slug
        assert len(texts["stops"]) == len(TOURS[slug]["stops"]), slug
        for stop in texts["stops"]:
            assert set(stop) == {"title", "narration"}, slug
            assert stop["title"].strip() and stop["narration"].strip(), slug


@pytest.mark.parametrize("language", LANGUAGES)
def test_featured_exhibits_and_tour_stops_are_described_in_full(language):
    exhibits = module_of(language).EXHIBITS
    for number in sorted(SHOWN_FIRST):
        assert exhibits[number].get("description", "").strip(), number
        if ENGLISH[number].get("fields", {}).get("transcription"):
            assert exhibits[number].get("transcription", "").strip(), number


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_loaded_exhibit_and_image_has_its_texts_in_the_language(demo_app, language):
    with demo_app.app_context():
        exhibits = list(db.session().scalars(select(Exhibit)).unique())
        assert len(exhibits) == len(ENGLISH)
        for exhibit in exhibits:
            number = exhibit.accession_number
            assert text_in(exhibit, "title", language), number
            assert text_in(exhibit, "summary", language), number
            described = text_in(exhibit, "description", language)
            # The sample note follows a translated description, never stands in for one.
            assert not described or described.endswith(SAMPLE_NOTES[language].strip()), number
            assert described.strip() != SAMPLE_NOTES[language].strip(), number
            for image in exhibit.images:
                assert text_in(image, "caption", language), number
                assert text_in(image, "alt_text", language), number


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_loaded_gallery_tour_and_stop_has_its_texts_in_the_language(demo_app, language):
    with demo_app.app_context():
        galleries = list(db.session().scalars(select(Gallery)))
        tours = list(db.session().scalars(select(Tour)))
        assert galleries and tours
        for record in [*galleries, *tours]:
            assert text_in(record, "title", language), record.slug
            introduction = text_in(record, "introduction", language)
            assert introduction.endswith(SAMPLE_NOTES[language].strip()), record.slug
        for stop in (stop for tour in tours for stop in tour.stops):
            assert text_in(stop, "title", language), stop.position
            assert text_in(stop, "narration", language), stop.position


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitor_reads_the_first_tour_stop_in_the_language(demo_app, language):
    module, tour = module_of(language), content.TOURS[0]
    first = tour["stops"][0]["exhibit"]
    page = page_of(demo_app, f"/{language}/exhibits/{slug_of(demo_app, first)}")
    assert page.findtext(".//h1") == module.EXHIBITS[first]["title"]
    assert note_text(language) in page.text_content()
    assert not page.find_class("fallback-notice")
    stop = page_of(demo_app, f"/{language}/tours/{tour['slug']}/1").text_content()
    expected = module.TOURS[tour["slug"]]["stops"][0]
    assert expected["title"] in stop and expected["narration"] in stop
    gallery = page_of(demo_app, f"/{language}/galleries/{content.GALLERIES[0]['slug']}")
    assert gallery.findtext(".//h1") == module.GALLERIES[content.GALLERIES[0]["slug"]]["title"]


def test_an_untranslated_description_is_shown_in_english_with_a_notice(demo_app):
    russian = module_of("ru").EXHIBITS
    number = next(n for n, texts in russian.items() if "description" not in texts)
    page = page_of(demo_app, f"/ru/exhibits/{slug_of(demo_app, number)}")
    assert page.findtext(".//h1") == russian[number]["title"]
    assert page.find_class("fallback-notice")
    text = page.text_content()
    assert ENGLISH[number]["description"].split(".")[0].replace("**", "") in text
    assert note_text("en") in text and note_text("ru") not in text


def test_both_demo_kiosks_offer_every_language(demo_app):
    for path in ("/kiosk/", "/kiosk/tour/"):
        buttons = page_of(demo_app, path).find_class("kiosk-language")
        assert [button.get("hreflang") for button in buttons] == ["en", *LANGUAGES], path
