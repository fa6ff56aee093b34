"""Texts in several languages: stored by the one writer, read with fallbacks, kept in history."""

from flask import Flask

from museum import catalog, db
from museum.catalog.common import NewStop
from museum.models import Exhibit, Gallery, Tour
from museum.translation import localized


def reload(app: Flask, model: type, record_id: int):
    with app.app_context(), db.factory()() as session:
        record = session.get(model, record_id)
        for image in getattr(record, "images", []):
            image.translations  # noqa: B018 - loaded before the session closes
        for stop in getattr(record, "stops", []):
            stop.translations  # noqa: B018
        return record


def test_exhibit_keeps_a_title_per_language_and_falls_back_to_the_default(app, make_exhibit):
    exhibit = make_exhibit(
        title="State seal", title_ru="Гербовая печать", summary="", summary_tk="Möhür"
    )
    stored = reload(app, Exhibit, exhibit.id)
    assert stored.title == "State seal"
    assert stored.translations == {"ru": {"title": "Гербовая печать"}, "tk": {"summary": "Möhür"}}
    with app.test_request_context("/"):
        russian = localized(stored, "title", "ru")
        assert (russian, russian.language, russian.fallback) == ("Гербовая печать", "ru", False)
        turkmen = localized(stored, "title", "tk")
        assert (turkmen, turkmen.language, turkmen.fallback) == ("State seal", "en", True)
        # Text only in Turkmen is still shown to English readers, marked as Turkmen.
        summary = localized(stored, "summary", "en")
        assert (summary, summary.language, summary.fallback) == ("Möhür", "tk", True)
    with app.test_request_context("/", environ_base={"museum.language": "ru"}):
        assert stored.t.title == "Гербовая печать"
        assert stored.t.missing() == ["summary", "description", "transcription"]


def test_an_edit_changes_only_the_languages_it_names(app, make_exhibit):
    exhibit = make_exhibit(title_ru="Печать", title_tk="Möhür")
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"title_ru": "Гербовая печать", "title_tk": ""})
    stored = reload(app, Exhibit, exhibit.id)
    assert stored.translations == {"ru": {"title": "Гербовая печать"}}


def test_the_default_languages_name_is_the_column_itself(app, make_exhibit):
    exhibit = make_exhibit()
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"title_en": "Customs seal"})
    assert reload(app, Exhibit, exhibit.id).title == "Customs seal"


def test_restoring_a_revision_brings_back_its_translations(app, make_exhibit):
    exhibit = make_exhibit(title_ru="Печать")
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {"title_ru": "Другое"})
        catalog.restore_revision(exhibit.id, 1)
    assert reload(app, Exhibit, exhibit.id).translations == {"ru": {"title": "Печать"}}


def test_image_captions_and_alt_texts_per_language(app, make_exhibit):
    exhibit = make_exhibit(images=1)
    image = exhibit.images[0]
    edit = catalog.ImageEdit(
        image_id=image.id,
        caption="Front",
        alt_text="A round seal",
        translations={"ru": {"caption": "Лицевая сторона", "alt_text": ""}},
    )
    with app.app_context():
        catalog.update_exhibit(exhibit.id, {}, images=[edit])
    stored = reload(app, Exhibit, exhibit.id)
    assert stored.images[0].translations == {"ru": {"caption": "Лицевая сторона"}}


def test_gallery_and_tour_texts_per_language(app, make_exhibit):
    exhibit = make_exhibit()
    with app.app_context():
        gallery = catalog.create_gallery(
            title="Seals", translations={"tk": {"title": "Möhürler"}}, exhibit_ids=[exhibit.id]
        )
        catalog.update_gallery(gallery.id, {"introduction_ru": "Печати таможни"})
        stop = NewStop(exhibit.id, narration="Look", translations={"ru": {"narration": "Смотрите"}})
        tour = catalog.create_tour(title="Walk", stops=[stop])
        catalog.update_tour(tour.id, {"title_ru": "Прогулка"})
    assert reload(app, Gallery, gallery.id).translations == {
        "ru": {"introduction": "Печати таможни"},
        "tk": {"title": "Möhürler"},
    }
    stored = reload(app, Tour, tour.id)
    assert stored.translations == {"ru": {"title": "Прогулка"}}
    assert stored.stops[0].translations == {"ru": {"narration": "Смотрите"}}
