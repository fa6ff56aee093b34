"""CSV import and export in several languages: a column per language (title_en, title_ru,
title_tk, image_1_caption_ru...), mapped by themselves, read back to the same translations."""

import csv
import io
import json
import re
import time
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from museum import catalog, create_app, db
from museum.cli import main
from museum.instance import init_instance
from museum.models import Exhibit
from museum.transfer.columns import KEEP, hand_mapping, map_columns
from tests.conftest import KIND_FIELDS, png_bytes
from tests.workspace import csrf_token, make_user, sign_in

RU = {"title": "Таможенный указ", "summary": "Указ о пломбах.", "transcription": "По приказу."}
TK = {"title": "Gümrük karary", "description": "Möhür *hakda*."}
IMAGE_RU = {"caption": "Первая страница", "alt_text": "Первая страница указа"}
IMAGE_TK = {"caption": "Birinji sahypa", "alt_text": "Kararyň birinji sahypasy"}


def write(tmp_path: Path, text: str, name: str = "in.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def make_decree(app: Flask, number: str = "KP-9") -> Exhibit:
    fields = {
        **KIND_FIELDS["document"],
        "accession_number": number,
        "kind": "document",
        "title": "Customs decree",
        "summary": "A decree on seals.",
        "description": "It says *seal*.",
        **{f"{name}_ru": text for name, text in RU.items()},
        **{f"{name}_tk": text for name, text in TK.items()},
    }
    image = catalog.NewImage(
        png_bytes((64, 48)),
        "front.png",
        "Front page",
        "The decree's first page",
        translations={"ru": IMAGE_RU, "tk": IMAGE_TK},
    )
    with app.app_context():
        return catalog.create_exhibit(fields, images=[image], publish=True)


def texts(app: Flask) -> dict[str, dict]:
    """Each exhibit's texts in every language, and its images', by accession number."""
    with app.app_context(), db.factory()() as session:
        return {
            exhibit.accession_number: {
                "title": exhibit.title,
                "summary": exhibit.summary,
                "transcription": exhibit.transcription,
                "translations": exhibit.translations,
                "images": [
                    (image.caption, image.alt_text, image.translations) for image in exhibit.images
                ],
            }
            for exhibit in session.scalars(select(Exhibit))
        }


def exported(runner) -> tuple[list[str], list[dict[str, str]]]:
    result = runner.invoke(main, ["export"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    return rows[0], [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def fresh_app(tmp_path: Path, monkeypatch, **config) -> Flask:
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "instance"))
    other = create_app(
        {"TESTING": True, "SECRET_KEY": "t2", "MEDIA_ROOT": str(tmp_path / "media"), **config}
    )
    with other.app_context():
        init_instance()
    return other


# --- columns ----------------------------------------------------------------------------------


def test_a_column_per_language_maps_by_itself_with_a_readable_label(app):
    headers = [
        "accession_number",
        "title_en",
        "title_ru",
        "Title (Türkmençe)",
        "Summary Russian",
        "description_tk",
        "transcription_ru",
        "image_1",
        "image_1_caption_en",
        "image_1_caption_ru",
        "Image 1 alt text tk",
        "caption_ru",
        "title",
    ]
    with app.app_context():
        columns = map_columns(headers)
        assert [column.target for column in columns] == [
            "accession_number",
            "title",  # English is the default language: its text is the field itself
            "title_ru",
            "title_tk",
            "summary_ru",
            "description_tk",
            "transcription_ru",
            "image_1",
            "image_1_caption",
            "image_1_caption_ru",
            "image_1_alt_text_tk",
            "caption_ru",
            KEEP,  # a second default-language title: kept in the notes, and the preview says why
        ]
        labels = {column.header: column.label for column in columns}
        assert labels["title_ru"] == "Title (Русский)"
        assert labels["Title (Türkmençe)"] == "Title (Türkmençe)"
        assert labels["transcription_ru"] == "Transcription (Русский)"
        assert labels["image_1_caption_ru"] == "Image 1: caption (Русский)"
        assert columns[-1].note == "Title already comes from “title_en”."
        by_hand = hand_mapping(["Name RU", "Name"], ["Name RU=Title (Русский)", "Name=title_en"])
        assert by_hand == {0: "title_ru", 1: "title"}


def test_a_museum_in_turkmen_reads_title_tk_as_its_title(tmp_path, monkeypatch):
    turkmen = fresh_app(tmp_path, monkeypatch, DEFAULT_LANGUAGE="tk")
    with turkmen.app_context():
        targets = [column.target for column in map_columns(["title_en", "title_tk", "title"])]
    assert targets == ["title_en", "title", KEEP]


# --- export -----------------------------------------------------------------------------------


def test_export_writes_each_text_in_a_column_per_language(app, runner):
    make_decree(app)
    header, [row] = exported(runner)
    assert header[:6] == ["accession_number", "kind", "title_en", "title_ru", "title_tk", "status"]
    assert "title" not in header and "summary" not in header and "transcription" not in header
    for name in ("summary", "description", "transcription"):
        assert [f"{name}_en", f"{name}_ru", f"{name}_tk"] == [
            column for column in header if column.startswith(f"{name}_")
        ]
    assert [column for column in header if column.startswith("image_1")] == [
        "image_1",
        "image_1_alt_text_en",
        "image_1_alt_text_ru",
        "image_1_alt_text_tk",
        "image_1_caption_en",
        "image_1_caption_ru",
        "image_1_caption_tk",
        "image_1_decorative",
    ]
    assert (row["title_en"], row["title_ru"], row["title_tk"]) == (
        "Customs decree",
        RU["title"],
        TK["title"],
    )
    assert (row["summary_ru"], row["summary_tk"], row["description_tk"]) == (
        RU["summary"],
        "",
        TK["description"],
    )
    assert row["transcription_en"] == KIND_FIELDS["document"]["transcription"]
    assert (row["image_1_caption_tk"], row["image_1_alt_text_ru"]) == (
        IMAGE_TK["caption"],
        IMAGE_RU["alt_text"],
    )


def test_json_export_holds_the_translations(app, runner):
    make_decree(app)
    with app.app_context():
        catalog.create_gallery(title="Seals", translations={"ru": {"title": "Пломбы"}})
    data = json.loads(runner.invoke(main, ["export", "--format", "json"]).stdout)
    assert data["language"] == "en"
    [exhibit] = data["exhibits"]
    assert exhibit["title"] == "Customs decree" and exhibit["translations"] == {"ru": RU, "tk": TK}
    assert exhibit["images"][0]["translations"] == {"ru": IMAGE_RU, "tk": IMAGE_TK}
    assert data["galleries"][0]["translations"] == {"ru": {"title": "Пломбы"}}


# --- import -----------------------------------------------------------------------------------


def test_export_then_import_gives_the_same_texts_in_every_language(
    app, runner, tmp_path, monkeypatch
):
    make_decree(app)
    out, pictures = tmp_path / "export" / "catalog.csv", tmp_path / "export" / "images"
    out.parent.mkdir()
    result = runner.invoke(main, ["export", "-o", str(out), "--images", str(pictures)])
    assert result.exit_code == 0, result.output
    other = fresh_app(tmp_path / "second", monkeypatch)
    imported = other.test_cli_runner().invoke(main, ["import", str(out), "--images", str(pictures)])
    assert "Imported 1 exhibit" in imported.output, imported.output
    assert texts(other) == texts(app)
    assert texts(other)["KP-9"]["translations"] == {"ru": RU, "tk": TK}


def test_an_export_reads_into_a_museum_whose_default_is_another_language(
    app, runner, tmp_path, monkeypatch
):
    make_decree(app)
    out = tmp_path / "catalog.csv"
    runner.invoke(main, ["export", "-o", str(out), "--images", str(tmp_path / "images")])
    turkmen = fresh_app(tmp_path / "turkmen", monkeypatch, DEFAULT_LANGUAGE="tk")
    result = turkmen.test_cli_runner().invoke(
        main, ["import", str(out), "--images", str(tmp_path / "images")]
    )
    assert result.exit_code == 0, result.output
    decree = texts(turkmen)["KP-9"]
    assert decree["title"] == TK["title"]  # Turkmen is that museum's own column
    assert decree["translations"]["en"]["title"] == "Customs decree"
    assert decree["translations"]["ru"] == RU
    assert decree["images"][0][0] == IMAGE_TK["caption"]
    assert decree["images"][0][2]["en"] == {
        "caption": "Front page",
        "alt_text": "The decree's first page",
    }


def test_an_older_file_with_title_imports_and_title_ru_adds_a_translation(app, runner, tmp_path):
    text = "accession_number,kind,title,title_ru,summary_tk\nA-1,document,Decree,Указ,Karar.\n"
    result = runner.invoke(main, ["import", write(tmp_path, text)])
    assert result.exit_code == 0, result.output
    assert "title_ru → Title (Русский)" in result.output
    decree = texts(app)["A-1"]
    assert decree["title"] == "Decree"
    assert decree["translations"] == {"ru": {"title": "Указ"}, "tk": {"summary": "Karar."}}


def test_update_changes_only_the_languages_the_file_has(app, runner, tmp_path):
    make_decree(app)
    text = "accession_number,title_ru,summary_ru,image_1_caption_ru\nKP-9,Новый указ,,Обложка\n"
    result = runner.invoke(main, ["import", "--update", write(tmp_path, text)])
    assert "(0 new, 1 updated); 0 rows rejected" in result.output, result.output
    decree = texts(app)["KP-9"]
    assert decree["title"] == "Customs decree"
    assert decree["translations"]["ru"] == {"title": "Новый указ", "transcription": "По приказу."}
    assert decree["translations"]["tk"] == TK  # no Turkmen column: left alone
    [(caption, _alt, image_texts)] = decree["images"]
    assert caption == "Front page"
    assert image_texts == {"ru": {**IMAGE_RU, "caption": "Обложка"}, "tk": IMAGE_TK}


def test_a_translation_is_checked_like_its_field(app, runner, tmp_path):
    long_title = "Я" * 301
    text = (
        "accession_number,kind,title,title_ru,transcription_ru\n"
        f"A-1,document,Decree,{long_title},\n"
        "A-2,photograph,Photo,Фото,Не для фотографий\n"
    )
    result = runner.invoke(main, ["import", write(tmp_path, text)])
    assert "Title (Русский) is longer than 300 characters (301)." in result.output
    photo = texts(app)["A-2"]
    assert photo["translations"] == {"ru": {"title": "Фото"}}  # a document's field: notes
    with app.app_context(), db.factory()() as session:
        notes = session.scalar(select(Exhibit.notes).where(Exhibit.accession_number == "A-2"))
    assert notes == "transcription_ru: Не для фотографий"


# --- the preview page ------------------------------------------------------------------------


def test_the_preview_offers_every_language_with_its_name(app, client):
    make_user(app, "cora", "curator")
    sign_in(client, "cora")
    text = "accession_number,kind,title,Name in Russian,summary_tk\nA-1,award,Cup,Кубок,Kubok.\n"
    data = {
        "csrf_token": csrf_token(client, "/curate/import"),
        "csv_file": (io.BytesIO(text.encode()), "in.csv"),
    }
    response = client.post("/curate/import", data=data, content_type="multipart/form-data")
    preview_url = response.headers["Location"]
    page = client.get(preview_url).get_data(as_text=True)
    assert '<optgroup label="Other languages">' in page
    assert re.search(r'<option selected value="summary_tk">Summary \(Türkmençe\)</option>', page)
    assert '<option value="title_ru">Title (Русский)</option>' in page
    assert '<option value="image_1_caption_ru">' not in page  # only where a column is numbered
    form = {
        "csrf_token": csrf_token(client, preview_url),
        "column_0": "accession_number",
        "column_1": "kind",
        "column_2": "title",
        "column_3": "title_ru",  # by hand: the name says Russian, but not in a way we read
        "column_4": "summary_tk",
        "action": "import",
    }
    progress_url = client.post(preview_url, data=form).headers["Location"]
    for _ in range(200):
        response = client.get(progress_url)
        if response.status_code == 302:  # to the report
            break
        time.sleep(0.05)
    else:
        pytest.fail("the import did not finish")
    cup = texts(app)["A-1"]
    assert cup["translations"] == {"ru": {"title": "Кубок"}, "tk": {"summary": "Kubok."}}
