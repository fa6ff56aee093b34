"""The catalog's writer: constraints, slugs, dates, images and what a failure leaves behind."""

import pytest
from sqlalchemy import func, inspect, select

from museum import catalog, db
from museum.models import Exhibit
from tests.conftest import png_bytes
from tests.postgres import only_sqlite


def count_files(root) -> int:
    return sum(1 for path in root.rglob("*") if path.is_file())


def test_duplicate_accession_number_is_a_clear_error_naming_the_exhibit(app, make_exhibit):
    first = make_exhibit(accession_number="KP-1975/12", title="Seal press")
    with pytest.raises(catalog.DuplicateAccessionNumber) as error:
        make_exhibit(accession_number="KP-1975/12")
    assert "KP-1975/12" in error.value.message and "Seal press" in error.value.message
    assert error.value.existing_id == first.id
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Exhibit)) == 1


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"accession_number": " ", "kind": "document", "title": "T"}, "accession_number"),
        ({"accession_number": "A-1", "kind": "document", "title": ""}, "title"),
        ({"accession_number": "A-1", "kind": "spaceship", "title": "T"}, "kind"),
        ({"accession_number": "A-1", "kind": "document", "title": "T", "pages": "x"}, "pages"),
    ],
)
def test_invalid_fields_are_refused_with_the_field_named(app, fields, field):
    with app.app_context(), pytest.raises(catalog.CatalogError) as error:
        catalog.create_exhibit(fields)
    assert error.value.field == field


def test_slug_comes_from_the_title_is_unique_and_transliterated(make_exhibit):
    assert make_exhibit(title="Seal press").slug == "seal-press"
    assert make_exhibit(title="Seal press").slug == "seal-press-2"
    assert make_exhibit(title="Гербовая печать").slug == "gerbovaia-pechat"


def test_slug_is_stable_once_published_but_follows_a_draft_title(app, make_exhibit):
    draft, published = make_exhibit(publish=False), make_exhibit()
    with app.app_context():
        assert catalog.update_exhibit(draft.id, {"title": "New name"}).slug == "new-name"
        assert catalog.update_exhibit(published.id, {"title": "Other"}).slug == published.slug
        catalog.unpublish_exhibit(published.id)
        assert catalog.update_exhibit(published.id, {"title": "Again"}).slug == published.slug


def test_an_update_cannot_empty_a_required_field(app, make_exhibit):
    exhibit = make_exhibit()
    with app.app_context(), pytest.raises(catalog.CatalogError) as error:
        catalog.update_exhibit(exhibit.id, {"title": "  "})
    assert error.value.field == "title"
    with app.app_context():
        assert db.session().get(Exhibit, exhibit.id).title == exhibit.title


def test_dates_are_parsed_and_unreadable_dates_are_kept_as_typed(make_exhibit):
    dated = make_exhibit(date_text="1939/1945")
    assert (dated.year_from, dated.year_to) == (1939, 1945)
    vague = make_exhibit(date_text="before the flood")
    assert vague.date_text == "before the flood" and vague.year_from is None
    assert vague.date_unparsed and not dated.date_unparsed


def test_images_are_stored_once_per_content_and_ordered(app, make_exhibit):
    exhibit = make_exhibit(images=3)
    assert [image.position for image in exhibit.images] == [0, 1, 2]
    assert exhibit.primary_image.caption == "Caption 0"
    assert exhibit.images[0].width == 640 and exhibit.images[0].format == "PNG"
    media = app.config["MEDIA_ROOT"]
    with app.app_context():
        catalog.update_exhibit(
            exhibit.id,
            {},
            add_images=[catalog.NewImage(png_bytes(), "again.png", alt_text="Again")],
        )
        catalog.update_exhibit(
            exhibit.id,
            {},
            add_images=[catalog.NewImage(png_bytes(), "again2.png", alt_text="Again")],
        )
    from pathlib import Path

    originals = list((Path(media) / "originals").rglob("*.png"))
    assert len(originals) == 4


def test_a_refused_image_stores_nothing(app, make_exhibit, tmp_path):
    from pathlib import Path

    existing = make_exhibit()
    media = Path(app.config["MEDIA_ROOT"])
    before = count_files(media)
    with app.app_context(), pytest.raises(catalog.CatalogError):
        catalog.create_exhibit(
            {"accession_number": "X-1", "kind": "document", "title": "Broken"},
            images=[
                catalog.NewImage(png_bytes((300, 200), "navy"), "good.png"),
                catalog.NewImage(b"<html>not an image</html>", "evil.jpg"),
            ],
        )
    assert count_files(media) == before
    with app.app_context():
        assert db.session().get(Exhibit, existing.id) is not None


def test_a_failed_transaction_removes_the_files_it_wrote(app, make_exhibit):
    from pathlib import Path

    make_exhibit(accession_number="DUP-1")
    media = Path(app.config["MEDIA_ROOT"])
    before = count_files(media)
    with app.app_context(), pytest.raises(catalog.DuplicateAccessionNumber):
        catalog.create_exhibit(
            {"accession_number": "DUP-1", "kind": "document", "title": "Again"},
            images=[catalog.NewImage(png_bytes((500, 300), "olive"), "new.png")],
        )
    assert count_files(media) == before


def test_not_an_image_is_refused_with_the_file_named(app):
    with app.app_context(), pytest.raises(catalog.CatalogError) as error:
        catalog.create_exhibit(
            {"accession_number": "X-2", "kind": "photograph", "title": "T"},
            images=[catalog.NewImage(b"", "empty.jpg")],
        )
    assert "empty.jpg" in str(error.value)


def test_tags_are_shared_between_exhibits(app, make_exhibit):
    with app.app_context():
        one = catalog.create_exhibit(
            {"accession_number": "T-1", "kind": "award", "title": "Cup"}, tags=["Sport", "cup"]
        )
        two = catalog.create_exhibit(
            {"accession_number": "T-2", "kind": "award", "title": "Medal"}, tags=["sport"]
        )
        loaded = db.session().get(Exhibit, one.id)
        assert [tag.name for tag in loaded.tags] == ["cup", "sport"]
        assert db.session().get(Exhibit, two.id).tags[0].id == loaded.tags[1].id


@only_sqlite("its PRAGMAs")
def test_sqlite_runs_in_wal_mode_with_foreign_keys(app):
    with app.app_context(), db.engine().connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert "exhibit" in inspect(connection).get_table_names()


def test_concurrent_writers_queue_instead_of_failing(app):
    """Four threads saving at once: with BEGIN IMMEDIATE none hits "database is locked"."""
    from concurrent.futures import ThreadPoolExecutor

    def save_many(worker: int) -> int:
        with app.app_context():
            for number in range(15):
                catalog.create_exhibit(
                    {
                        "accession_number": f"C-{worker}-{number}",
                        "kind": "equipment",
                        "title": f"Scales {worker}",
                    },
                    tags=["scales", f"batch {worker}"],
                )
        return worker

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert sorted(pool.map(save_many, range(4))) == [0, 1, 2, 3]
    with app.app_context():
        assert db.session().scalar(select(func.count()).select_from(Exhibit)) == 60
        slugs = db.session().scalars(select(Exhibit.slug)).all()
        assert len(set(slugs)) == 60


def test_text_longer_than_its_column_is_refused_by_name_on_every_database(app, make_exhibit):
    exhibit = make_exhibit("award")
    with app.app_context(), pytest.raises(catalog.CatalogError) as refused:
        catalog.update_exhibit(exhibit.id, {"sport": "wrestling " * 20})
    assert refused.value.field == "sport"
    assert "at most 100 characters" in refused.value.message
