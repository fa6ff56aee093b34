"""CSV import: mapping, reading, every row problem with its row number, images, update, undo,
and the curators' pages (upload → preview → import → report)."""

import csv
import io
import re
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from museum import catalog, db
from museum.cli import main
from museum.models import Activity, Exhibit, ImportBatch, Revision
from museum.transfer.columns import KEEP, SKIP, hand_mapping, map_columns
from museum.transfer.errors import TransferError
from museum.transfer.reading import read_table
from tests.conftest import png_bytes
from tests.media_corpus import truncated_jpeg
from tests.workspace import csrf_token, make_user, sign_in

HEADER = "accession_number,kind,title,date_text"


def write(tmp_path: Path, text: str, name: str = "in.csv", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def run(runner, *args: str):
    return runner.invoke(main, ["import", *args])


def exhibits(app) -> dict[str, Exhibit]:
    with app.app_context():
        found = db.factory()().scalars(select(Exhibit)).all()
        return {exhibit.accession_number: exhibit for exhibit in found}


def count(app, model) -> int:
    with app.app_context(), db.factory()() as session:
        return session.scalar(select(func.count()).select_from(model))


def originals(app) -> list[Path]:
    return sorted(Path(app.config["MEDIA_ROOT"], "originals").rglob("*.*"))


def images_dir(tmp_path: Path, **files: bytes) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir(exist_ok=True)
    for name, data in files.items():
        (folder / name.replace("__", ".")).write_bytes(data)
    return folder


# --- columns ----------------------------------------------------------------------------------


def test_columns_map_by_our_names_dublin_core_and_synonyms():
    headers = [
        "ObjectID",
        "dc:title",
        "Date",
        "Creator",
        "Subject",
        "Type",
        "Format",
        "Rights",
        "Coverage",
        "Image_Alt_Text",
        "filename",
        "Caption",
        "parentid",
        "Accession Number",
        "Inventory number",
        "Maker",
        "Notes",
        "Museum code",
    ]
    targets = [column.target for column in map_columns(headers)]
    assert targets[:13] == [
        "accession_number",
        "title",
        "date_text",
        "creator",
        "tags",
        "kind",
        "format",
        "rights",
        "place",
        "alt_text",
        "images",
        "caption",
        "parent",
    ]
    # a second column for the accession number is kept in the notes, and the preview says why
    accession_again = map_columns(headers)[13]
    assert accession_again.target == KEEP and "ObjectID" in accession_again.note
    assert targets[15:] == ["maker", "notes", KEEP]
    for synonym in ("object_id", "objectid", "accession_number", "inventory number", "identifier"):
        assert map_columns([synonym])[0].target == "accession_number", synonym
    for synonym in ("alt", "image_alt_text", "alt text"):
        assert map_columns([synonym])[0].target == "alt_text", synonym
    assert map_columns(["image"])[0].target == "images"
    assert [c.target for c in map_columns(["image_2", "Image 2 alt text"])] == [
        "image_2",
        "image_2_alt_text",
    ]


def test_columns_mapped_by_hand_and_bad_choices_refused():
    headers = ["Inv", "Name", "Web"]
    by_hand = hand_mapping(headers, ["Inv=accession_number", "name=Title", "Web=skip"])
    assert [c.target for c in map_columns(headers, by_hand)] == ["accession_number", "title", SKIP]
    assert all(column.by_hand for column in map_columns(headers, by_hand))
    with pytest.raises(TransferError, match="No column “Nope”"):
        hand_mapping(headers, ["Nope=title"])
    with pytest.raises(TransferError, match="Unknown field “colour”"):
        hand_mapping(headers, ["Inv=colour"])


# --- reading ----------------------------------------------------------------------------------


def test_excel_semicolon_file_with_bom_is_read():
    text = "\ufeffInventory number;Title;Dimensions\r\nKP-1;Seal press;12,5 x 4 cm\r\n\r\n"
    table = read_table(text.encode("utf-8"))
    assert table.delimiter == ";" and table.had_bom
    assert table.headers == ["Inventory number", "Title", "Dimensions"]
    assert [record.cells for record in table.records] == [["KP-1", "Seal press", "12,5 x 4 cm"]]


def test_tab_separated_and_quoted_multiline_cells():
    table = read_table(b'id\ttitle\ndoc-1\t"two\nlines"\n')
    assert table.delimiter == "\t"
    assert table.records[0].cells == ["doc-1", "two\nlines"]


def test_cp1251_file_gets_a_message_on_how_to_save_as_utf8(runner, tmp_path):
    path = write(tmp_path, f"{HEADER}\nКП-1,document,Указ,1936\n", encoding="cp1251")
    result = run(runner, path)
    assert result.exit_code == 1
    assert "not UTF-8" in result.output and "Windows-1251" in result.output
    assert "CSV UTF-8" in result.output


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("a,b\n1,2\n".encode("utf-16"), "UTF-16"),
        (b"PK\x03\x04rest of a workbook", "Excel workbook"),
        (b"", "empty"),
    ],
)
def test_files_that_are_not_utf8_csv_are_refused_with_a_reason(data, words):
    with pytest.raises(TransferError, match=words):
        read_table(data)


# --- rows -------------------------------------------------------------------------------------


def test_every_row_problem_is_reported_with_its_row_number(app, runner, tmp_path, make_exhibit):
    make_exhibit("document", accession_number="OLD-1")
    text = (
        "accession_number,kind,title,date_text,images\n"
        "A-1,document,Fine,1936,\n"  # row 2: valid
        "A-2,document,,1936,\n"  # row 3: no title
        ",document,No number,1936,\n"  # row 4
        "A-4,statue,Unknown kind,1936,\n"  # row 5
        "A-5,document,Bad date,in the reign of nobody,\n"  # row 6
        "A-6,document,No image,1936,missing.jpg\n"  # row 7
        "A-7,document,Twice,1936,\n"  # row 8
        "A-7,document,Twice again,1936,\n"  # row 9
        "OLD-1,document,In the catalog,1936,\n"  # row 10
    )
    result = run(runner, write(tmp_path, text), "--dry-run")
    assert result.exit_code == 0, result.output
    lines = {int(m[1]): m[0] for m in re.finditer(r"^Row (\d+).*$", result.output, re.M)}
    assert set(lines) == {3, 4, 5, 6, 7, 8, 9, 10}
    assert "Title is missing" in lines[3]
    assert "Accession number is missing" in lines[4]
    assert "Unknown kind “statue”" in lines[5]
    assert "Date “in the reign of nobody” is not understood" in lines[6]
    assert "Image file “missing.jpg” is not in" in lines[7]
    assert "rows 8, 9" in lines[8] and "rows 8, 9" in lines[9]
    assert "OLD-1 is already in the catalog" in lines[10] and "--update" in lines[10]
    assert "1 valid, 8 with problems" in result.output


def test_dry_run_writes_nothing(app, runner, tmp_path):
    folder = images_dir(tmp_path, a__png=png_bytes((60, 40)))
    path = write(tmp_path, "identifier,type,title,image,alt\nA-1,Text,Decree,a.png,A decree\n")
    before = (count(app, Exhibit), count(app, Revision), count(app, Activity))
    result = run(runner, path, "--images", str(folder), "--dry-run")
    assert result.exit_code == 0 and "1 valid, 0 with problems" in result.output
    assert "Dry run: nothing was written." in result.output
    assert (count(app, Exhibit), count(app, Revision), count(app, Activity)) == before
    assert count(app, ImportBatch) == 0 and originals(app) == []


def test_dublin_core_columns_become_fields_and_unknown_ones_notes(app, runner, tmp_path):
    text = (
        "dc:identifier,dc:type,dc:title,dc:creator,dc:subject,dc:format,dc:format,"
        "dc:coverage,Shelf mark,Box\n"
        'P-1,StillImage,Post at dawn,A. Photographer,"Border; Dawn",gelatin silver,'
        "18 x 24 cm,Northern post,S-12,\n"
        "E-1,PhysicalObject,Seal press,Factory No. 5,seals,brass,,,,B-3\n"
    )
    result = run(runner, write(tmp_path, text))
    assert result.exit_code == 0, result.output
    found = exhibits(app)
    photo, press = found["P-1"], found["E-1"]
    assert (photo.kind, photo.photographer, photo.place) == (
        "photograph",
        "A. Photographer",
        "Northern post",
    )
    assert (photo.materials, photo.dimensions) == ("gelatin silver", "")
    assert photo.notes == "dc:format (2): 18 x 24 cm\nShelf mark: S-12"
    assert (press.kind, press.maker, press.materials, press.notes) == (
        "equipment",
        "Factory No. 5",
        "brass",
        "Box: B-3",
    )
    with app.app_context():
        assert [t.name for t in db.session().get(Exhibit, photo.id).tags] == ["border", "dawn"]


def test_parts_join_their_ensemble_in_the_file_or_the_catalog(app, runner, tmp_path, make_exhibit):
    desk = make_exhibit("ensemble", publish=False, images=0, accession_number="DESK-1")
    text = (
        "accession_number,kind,title,parentid\n"
        "PART-1,equipment,Stamp,ENS-2\n"  # its ensemble comes later in the file
        "ENS-2,ensemble,Cabinet,\n"
        "PART-2,equipment,Lamp,DESK-1\n"
        "PART-3,equipment,Pen,PART-2\n"  # not an ensemble
        "PART-4,equipment,Ink,NOWHERE\n"
    )
    result = run(runner, write(tmp_path, text))
    assert "Row 5 (PART-3): Part of PART-2: row 4 is not an ensemble." in result.output
    assert "Row 6 (PART-4): Part of NOWHERE: no such exhibit" in result.output
    found = exhibits(app)
    assert found["PART-1"].parent_id == found["ENS-2"].id
    assert found["PART-2"].parent_id == desk.id


def test_images_from_a_folder_with_alt_texts_and_captions(app, runner, tmp_path):
    folder = images_dir(
        tmp_path, front__png=png_bytes((80, 60), "navy"), back__png=png_bytes((60, 80), "teal")
    )
    text = (
        "accession_number,kind,title,images,alt,caption,status\n"
        "A-1,document,Decree,front.png; back.png,Front page; Back page,Recto; Verso,published\n"
        "A-2,document,Letter,BACK.PNG,The back of the letter,,draft\n"
    )
    result = run(runner, write(tmp_path, text), "--images", str(folder))
    assert result.exit_code == 0, result.output
    with app.app_context():
        decree = db.session().scalar(select(Exhibit).where(Exhibit.accession_number == "A-1"))
        assert [(i.original_filename, i.alt_text, i.caption) for i in decree.images] == [
            ("front.png", "Front page", "Recto"),
            ("back.png", "Back page", "Verso"),
        ]
        assert decree.status == "published" and decree.published_at is not None
    assert len(originals(app)) == 2  # the back page is stored once for both exhibits


def test_images_from_a_zip(app, runner, tmp_path):
    archive = tmp_path / "pictures.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("scans/one.png", png_bytes((50, 50), "olive"))
    path = write(tmp_path, "objectid,type,title,filename,alt\nZ-1,Text,Form,one.png,A form\n")
    result = run(runner, path, "--images", str(archive))
    assert result.exit_code == 0, result.output
    with app.app_context():
        (image,) = db.session().scalar(select(Exhibit)).images
        assert (image.original_filename, image.alt_text) == ("one.png", "A form")


def test_a_row_with_a_broken_image_leaves_no_file_and_no_row(app, runner, tmp_path):
    folder = images_dir(
        tmp_path,
        good__png=png_bytes((70, 50), "maroon"),
        fine__png=png_bytes((50, 70), "purple"),
        broken__jpg=truncated_jpeg(),
    )
    text = (
        "accession_number,kind,title,images\n"
        "A-1,document,First,fine.png\n"
        "A-2,document,Half broken,good.png; broken.jpg\n"
        "A-3,document,Third,\n"
    )
    result = run(runner, write(tmp_path, text), "--images", str(folder))
    assert result.exit_code == 0, result.output
    assert "Row 3 (A-2): broken.jpg" in result.output
    assert "Imported 2 exhibits (2 new, 0 updated); 1 row rejected." in result.output
    assert sorted(exhibits(app)) == ["A-1", "A-3"]
    assert len(originals(app)) == 1, "good.png, staged with the broken one, is removed again"
    derivatives = Path(app.config["MEDIA_ROOT"], "derivatives")
    assert len([d for d in derivatives.glob("*/*") if d.is_dir()]) == 1


def test_a_row_the_catalog_refuses_while_writing_takes_no_other_row_with_it(
    app, runner, tmp_path, make_exhibit
):
    make_exhibit("document", title="Taken", publish=False)  # its slug is "taken"
    text = (
        "accession_number,kind,title,slug\n"
        "A-1,document,One,\n"
        "A-2,document,Two,taken\n"  # passes the preview; the catalog refuses it in the chunk
        "A-3,document,Three,\n"
    )
    result = run(runner, write(tmp_path, text))
    assert "Row 3 (A-2): The web address “taken” is taken" in result.output
    assert {"A-1", "A-3"} <= set(exhibits(app)) and "A-2" not in exhibits(app)


def test_nothing_valid_exits_1_and_writes_nothing(app, runner, tmp_path):
    result = run(runner, write(tmp_path, f"{HEADER}\nA-1,statue,X,1936\n"))
    assert result.exit_code == 1 and "Nothing to import" in result.output
    assert count(app, ImportBatch) == 0


def test_unread_dates_are_imported_as_text_when_asked(app, runner, tmp_path):
    path = write(tmp_path, f"{HEADER}\nA-1,document,Decree,before the flood\n")
    assert run(runner, path).exit_code == 1
    result = run(runner, path, "--keep-unread-dates")
    assert result.exit_code == 0, result.output
    decree = exhibits(app)["A-1"]
    assert (decree.date_text, decree.year_from) == ("before the flood", None)


def test_import_is_logged_once_and_each_exhibit_gets_a_revision(app, runner, tmp_path):
    run(runner, write(tmp_path, f"{HEADER}\nA-1,document,One,1936\nA-2,award,Two,1990\n"))
    with app.app_context(), db.factory()() as session:
        lines = session.scalars(select(Activity).where(Activity.entity == "import")).all()
        assert [(line.action, line.label) for line in lines] == [
            ("imported from CSV", "in.csv: 2 imported, 0 rejected")
        ]
        revisions = session.scalars(select(Revision).where(Revision.entity == "exhibit")).all()
        assert len(revisions) == 2


# --- update and undo --------------------------------------------------------------------------


def test_update_changes_only_the_columns_present(app, runner, tmp_path, make_exhibit):
    press = make_exhibit("equipment", accession_number="KP-9", place="Hall 2")
    text = "accession_number,title,materials,subject\nKP-9,Seal press (restored),brass,seals\n"
    assert "KP-9 is already in the catalog" in run(runner, write(tmp_path, text)).output
    result = run(runner, write(tmp_path, text), "--update")
    assert "(0 new, 1 updated)" in result.output, result.output
    with app.app_context():
        changed = db.session().get(Exhibit, press.id)
        assert (changed.title, changed.materials) == ("Seal press (restored)", "brass")
        assert (changed.kind, changed.place, changed.maker) == ("equipment", "Hall 2", press.maker)
        assert changed.summary == press.summary and len(changed.images) == 1
        assert changed.images[0].alt_text == "Alt text 0"
        assert [tag.name for tag in changed.tags] == ["seals"]
        assert changed.status == "published"


def test_undo_deletes_created_restores_updated_and_refuses_twice(
    app, runner, tmp_path, make_exhibit
):
    press = make_exhibit("equipment", accession_number="KP-9")
    text = (
        "accession_number,kind,title,date_text\n"
        "KP-9,equipment,Renamed press,1931\n"
        "NEW-1,document,Brand new,1936\n"
    )
    run(runner, write(tmp_path, text), "--update")
    assert exhibits(app)["KP-9"].title == "Renamed press"
    with app.app_context():
        batch_id = db.session().scalar(select(ImportBatch.id))
        result = catalog.undo_import(batch_id)
    assert (result.deleted, result.restored, result.trashed) == (1, 1, [])
    restored = exhibits(app)["KP-9"]
    assert (restored.title, restored.date_text, restored.year_from) == (press.title, "1936", 1936)
    assert "NEW-1" not in exhibits(app)
    with app.app_context():
        with pytest.raises(catalog.CatalogError, match="already undone"):
            catalog.undo_import(batch_id)
        lines = db.factory()().scalars(select(Activity.action).where(Activity.entity == "import"))
        assert list(lines) == ["imported from CSV", "import undone"]


def test_undo_moves_exhibits_changed_since_to_the_trash(app, runner, tmp_path):
    run(runner, write(tmp_path, f"{HEADER}\nA-1,document,One,1936\nA-2,document,Two,1936\n"))
    with app.app_context():
        edited = db.session().scalar(select(Exhibit).where(Exhibit.accession_number == "A-2"))
        catalog.update_exhibit(edited.id, {"summary": "Worked on after the import"})
        result = catalog.undo_import(db.session().scalar(select(ImportBatch.id)))
    assert (result.deleted, result.trashed) == (1, ["A-2"])
    assert exhibits(app)["A-2"].deleted_at is not None and "A-1" not in exhibits(app)


# --- the curators' pages ----------------------------------------------------------------------


def upload(client, text: str | bytes, images: bytes | None = None, **options):
    data = {"csrf_token": csrf_token(client, "/curate/import"), **options}
    data["csv_file"] = (io.BytesIO(text if isinstance(text, bytes) else text.encode()), "in.csv")
    if images is not None:
        data["images_zip"] = (io.BytesIO(images), "pictures.zip")
    return client.post("/curate/import", data=data, content_type="multipart/form-data")


def wait_for_report(client, progress_url: str) -> str:
    for _ in range(200):
        response = client.get(progress_url)
        if response.status_code == 302 and "/curate/imports/" in response.headers["Location"]:
            return response.headers["Location"]
        assert response.status_code == 200
        time.sleep(0.05)
    raise AssertionError("the import did not finish")


def test_curator_uploads_previews_maps_by_hand_imports_and_undoes(app, curator):
    text = "Inv,type,title,Shelf\nA-1,document,Decree,S-1\nA-2,award,Cup,S-2\nA-3,statue,Bust,S-3\n"
    response = upload(curator, text)
    assert response.status_code == 302
    preview_url = response.headers["Location"]
    page = curator.get(preview_url).get_data(as_text=True)
    assert "3 rows" in page and "<strong>2 can be imported</strong>" in page
    assert "Unknown kind “statue”" in page and "No column is the accession number" not in page
    assert re.search(r'<option selected value="keep">', page), "Shelf goes to the notes"
    form = {
        "csrf_token": csrf_token(curator, preview_url),
        "column_0": "accession_number",
        "column_1": "kind",
        "column_2": "title",
        "column_3": "location_case",  # by hand, instead of the notes
        "action": "import",
    }
    response = curator.post(preview_url, data=form)
    assert response.status_code == 302 and response.headers["Location"].endswith("/progress")
    report_url = wait_for_report(curator, response.headers["Location"])
    progress = curator.get(response.headers["Location"] + ".json").get_json()
    assert progress["state"] == "done" and progress["done"] == progress["total"] == 2
    assert progress["report_url"] == report_url
    report = curator.get(report_url).get_data(as_text=True)
    assert "2 exhibits imported" in report and "Unknown kind “statue”" in report
    assert exhibits(app)["A-1"].location_case == "S-1"
    rejected = curator.get(report_url + "/rejected.csv")
    assert rejected.headers["Content-Disposition"].startswith("attachment")
    rows = list(csv.reader(io.StringIO(rejected.get_data().decode("utf-8-sig"))))
    assert rows[0] == ["import row", "import problems", "Inv", "type", "title", "Shelf"]
    assert rows[1][0] == "4" and rows[1][1].startswith("Unknown kind “statue”")
    assert rows[1][2:] == ["A-3", "statue", "Bust", "S-3"]
    activity = curator.get("/curate/activity").get_data(as_text=True)
    assert "Undo this import" in activity
    token = csrf_token(curator, "/curate/activity")
    undo = curator.post(report_url + "/undo", data={"csrf_token": token}, follow_redirects=True)
    assert "Import undone: 2 exhibits it created deleted for good" in undo.get_data(as_text=True)
    assert exhibits(app) == {}
    again = curator.post(report_url + "/undo", data={"csrf_token": token}, follow_redirects=True)
    assert "already undone" in again.get_data(as_text=True)
    assert "Undo this import" not in curator.get("/curate/activity").get_data(as_text=True)


def test_zip_upload_and_a_corrected_csv_use_the_images_already_uploaded(app, curator):
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("front.png", png_bytes((40, 30), "gray"))
    response = upload(
        curator,
        "objectid,kind,title,image,alt\nA-1,document,Decree,frnt.png,Front\n",
        images=archive.getvalue(),
    )
    preview_url = response.headers["Location"]
    assert "Image file “frnt.png” is not in the ZIP file pictures.zip" in curator.get(
        preview_url
    ).get_data(as_text=True)
    fixed = b"objectid,kind,title,image,alt\nA-1,document,Decree,front.png,Front\n"
    token = csrf_token(curator, preview_url)
    response = curator.post(
        preview_url + "/csv",
        data={"csrf_token": token, "csv_file": (io.BytesIO(fixed), "fixed.csv")},
        content_type="multipart/form-data",
        follow_redirects=True,
    )
    page = response.get_data(as_text=True)
    assert "the images uploaded before are used again" in page and "1 can be imported" in page
    form = {"csrf_token": csrf_token(curator, preview_url), "action": "import"}
    form |= {
        f"column_{i}": t
        for i, t in enumerate(["accession_number", "kind", "title", "images", "alt_text"])
    }
    response = curator.post(preview_url, data=form)
    wait_for_report(curator, response.headers["Location"])
    with app.app_context():
        decree = db.session().scalar(select(Exhibit))
        assert [(i.original_filename, i.alt_text) for i in decree.images] == [
            ("front.png", "Front")
        ]


def test_an_images_file_that_is_not_a_zip_is_refused(app, curator):
    response = upload(curator, "objectid,type,title\nA-1,Text,Decree\n", images=b"not a zip")
    assert response.status_code == 400
    assert "pictures.zip is not a ZIP file that can be read" in response.get_data(as_text=True)
    assert not list(Path(app.instance_path, "imports").iterdir()), "the upload is not kept"


def test_a_cp1251_upload_is_refused_with_the_reason(curator):
    response = upload(curator, "id,title\nКП-1,Указ\n".encode("cp1251"))
    assert response.status_code == 400
    assert "CSV UTF-8" in response.get_data(as_text=True)


def test_forms_without_a_csrf_token_are_refused(app, curator):
    data = {"csv_file": (io.BytesIO(b"id,title\nA,B\n"), "in.csv")}
    response = curator.post("/curate/import", data=data, content_type="multipart/form-data")
    assert response.status_code == 400
    assert count(app, ImportBatch) == 0


def test_contributors_may_not_import_or_undo(app, client, runner, tmp_path):
    run(runner, write(tmp_path, f"{HEADER}\nA-1,document,One,1936\n"))
    make_user(app, "cole", "contributor")
    sign_in(client, "cole")
    assert client.get("/curate/import").status_code == 403
    assert client.get("/curate/imports/1").status_code == 403
    token = csrf_token(client, "/curate/exhibits")
    assert client.post("/curate/imports/1/undo", data={"csrf_token": token}).status_code == 403
    assert "A-1" in exhibits(app)


def test_hostile_text_is_escaped_in_the_preview_and_the_report(app, curator):
    hostile = "<script>alert(1)</script>"
    text = (
        f'id,kind,title,"{hostile}"\n'
        f'"A-1{hostile}",statue,"{hostile}","{hostile}"\n'
        "B-1,document,Fine,x\n"
    )
    response = upload(curator, text)
    preview_url = response.headers["Location"]
    page = curator.get(preview_url).get_data(as_text=True)
    assert hostile not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    form = {"csrf_token": csrf_token(curator, preview_url), "action": "import"}
    form |= {f"column_{i}": t for i, t in enumerate(["accession_number", "kind", "title", KEEP])}
    report_url = wait_for_report(curator, curator.post(preview_url, data=form).headers["Location"])
    report = curator.get(report_url).get_data(as_text=True)
    assert hostile not in report and "&lt;script&gt;" in report
    assert exhibits(app)["B-1"].notes == f"{hostile}: x"


def test_undo_takes_an_updated_exhibit_out_of_the_ensemble_it_was_put_in(
    app, runner, tmp_path, make_exhibit
):
    lamp = make_exhibit("equipment", accession_number="LAMP-1", publish=False)
    text = (
        "accession_number,kind,title,parentid\n"
        "DESK-9,ensemble,Desk,\n"
        "LAMP-1,equipment,Lamp,DESK-9\n"
    )
    result = run(runner, write(tmp_path, text), "--update")
    assert "(1 new, 1 updated)" in result.output, result.output
    assert exhibits(app)["LAMP-1"].parent_id == exhibits(app)["DESK-9"].id
    with app.app_context():
        catalog.undo_import(db.session().scalar(select(ImportBatch.id)))
    assert exhibits(app)["LAMP-1"].parent_id is None and "DESK-9" not in exhibits(app)
    assert exhibits(app)["LAMP-1"].title == lamp.title
