"""Exports: the CSV reads back into an empty instance as the same catalog; JSON holds it all."""

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select

from museum import catalog, create_app, db
from museum.catalog import EXHIBIT_FIELDS
from museum.cli import main
from museum.instance import init_instance
from museum.models import Exhibit
from tests.conftest import png_bytes
from tests.workspace import make_user, sign_in

HOSTILE = '<script>alert("x")</script>, "quoted"; semi'


def image(name: str, color: str, caption: str = "", alt: str = "", decorative: bool = False):
    return catalog.NewImage(png_bytes((64, 48), color), name, caption, alt, decorative)


def build_catalog(app: Flask) -> None:
    """Every kind, all sorts of fields, images, tags, an ensemble with ordered parts."""
    with app.app_context():
        desk = catalog.create_exhibit(
            {
                "accession_number": "DESK/1",
                "kind": "ensemble",
                "title": "Officer's desk",
                "date_text": "1930s",
                "featured": True,
                "notes": "Kept in store 3\nShelf mark: S-12",
                "location_hall": "Hall 2",
            },
            images=[image("scene.png", "sienna", "The desk", "A desk with a lamp and a stamp")],
            tags=["office", "desk"],
            publish=True,
        )
        parts = [
            catalog.create_exhibit(
                {
                    "accession_number": f"DESK/1-{n}",
                    "kind": "equipment",
                    "title": title,
                    "maker": "Factory No. 5",
                    "date_text": "ca. 1935",
                },
                tags=["office"],
            )
            for n, title in ((1, "Lamp"), (2, "Stamp"), (3, "Inkwell"))
        ]
        catalog.set_parts(desk.id, [parts[2].id, parts[0].id, parts[1].id])
        catalog.create_exhibit(
            {
                "accession_number": "DOC-7",
                "kind": "document",
                "title": HOSTILE,
                "date_text": "12 March 1936",
                "pages": 3,
                "language": "Russian",
                "issuer": "Customs Board",
                "transcription": 'Line one, with "quotes";\nline two\n\nline four',
                "description": "A **decree**.",
                "rights": "http://rightsstatements.org/vocab/InC/1.0/",
            },
            images=[
                image("recto.png", "navy", "Recto", HOSTILE),
                image("border.png", "gray", "", "", decorative=True),
            ],
            tags=["decree", "1930s"],
        )
        submitted = catalog.create_exhibit(
            {
                "accession_number": "PH-1",
                "kind": "photograph",
                "title": "Post before the flood",
                "date_text": "before the flood of the river port",  # not read as years
                "photographer": "A. Photographer",
                "process": "gelatin silver print",
            }
        )
        catalog.submit_exhibit(submitted.id)
        catalog.create_exhibit(
            {
                "accession_number": "AW-3",
                "kind": "award",
                "title": "Wrestling cup",
                "date_text": "1990",
                "recipient": "Sgt. B. Wrestler",
                "rank": "1st place",
            },
            publish=True,
        )
        trashed = catalog.create_exhibit(
            {"accession_number": "GONE-1", "kind": "document", "title": "In the trash"}
        )
        catalog.delete_exhibit(trashed.id)


def state(app: Flask) -> dict[str, dict]:
    """Everything a curator sees of each exhibit outside the trash, by accession number."""
    with app.app_context(), db.factory()() as session:
        found = {}
        for exhibit in session.scalars(select(Exhibit).where(Exhibit.deleted_at.is_(None))):
            found[exhibit.accession_number] = {
                **{name: getattr(exhibit, name) for name in sorted(EXHIBIT_FIELDS)},
                "status": exhibit.status,
                "published": exhibit.published_at is not None,
                "slug": exhibit.slug,
                "years": (exhibit.year_from, exhibit.year_to),
                "tags": [tag.name for tag in exhibit.tags],
                "parent": exhibit.parent.accession_number if exhibit.parent else None,
                "parts": [part.accession_number for part in exhibit.parts],
                "images": [
                    (i.sha256, i.alt_text, i.caption, i.decorative, i.width, i.height)
                    for i in exhibit.images
                ],
            }
        return found


@pytest.fixture
def empty_app(tmp_path, monkeypatch) -> Flask:
    """A second, empty instance to import into."""
    monkeypatch.setenv("MUSEUM_INSTANCE_PATH", str(tmp_path / "second" / "instance"))
    other = create_app(
        {"TESTING": True, "SECRET_KEY": "t2", "MEDIA_ROOT": str(tmp_path / "second" / "media")}
    )
    with other.app_context():
        init_instance()
    return other


def test_csv_export_imports_into_an_empty_instance_as_the_same_catalog(
    app, runner, empty_app, tmp_path
):
    build_catalog(app)
    out, pictures = tmp_path / "export" / "catalog.csv", tmp_path / "export" / "images"
    out.parent.mkdir()
    result = runner.invoke(main, ["export", "-o", str(out), "--images", str(pictures)])
    assert result.exit_code == 0, result.output
    assert len(list(pictures.iterdir())) == 3
    imported = empty_app.test_cli_runner().invoke(
        main, ["import", str(out), "--images", str(pictures), "--keep-unread-dates"]
    )
    assert imported.exit_code == 0, imported.output
    assert "Imported 7 exhibits (7 new, 0 updated); 0 rows rejected." in imported.output
    before, after = state(app), state(empty_app)
    assert "GONE-1" not in before
    assert after == before
    assert after["DESK/1"]["parts"] == ["DESK/1-3", "DESK/1-1", "DESK/1-2"]
    assert after["DOC-7"]["images"][1][3] is True  # decorative
    assert after["DOC-7"]["notes"] == "" and after["DESK/1"]["featured"] is True


def test_zip_download_imports_back_with_its_images(app, client, empty_app, tmp_path):
    build_catalog(app)
    make_user(app, "cora", "curator")
    sign_in(client, "cora")
    response = client.get("/curate/export/catalog.zip")
    assert response.status_code == 200 and response.mimetype == "application/zip"
    archive = tmp_path / "download.zip"
    archive.write_bytes(response.get_data())
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
        (tmp_path / "catalog.csv").write_bytes(zipped.read("catalog.csv"))
    assert "catalog.csv" in names and sum(n.startswith("images/") for n in names) == 3
    result = empty_app.test_cli_runner().invoke(
        main,
        ["import", str(tmp_path / "catalog.csv"), "--images", str(archive), "--keep-unread-dates"],
    )
    assert result.exit_code == 0, result.output
    assert state(empty_app) == state(app)


def test_edited_export_updates_the_catalog_without_the_image_files(app, runner, tmp_path):
    build_catalog(app)
    before = state(app)
    exported = runner.invoke(main, ["export"]).stdout
    rows = list(csv.DictReader(io.StringIO(exported)))
    for row in rows:
        if row["accession_number"] == "DOC-7":
            row["title_en"] = "Decree on the northern post"
            row["image_1_alt_text_en"] = "The first page of the decree"
    edited = tmp_path / "edited.csv"
    with edited.open("w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = runner.invoke(main, ["import", str(edited), "--update", "--keep-unread-dates"])
    assert "(0 new, 7 updated); 0 rows rejected" in result.output, result.output
    after = state(app)
    assert after["DOC-7"]["title"] == "Decree on the northern post"
    assert [i[1] for i in after["DOC-7"]["images"]] == ["The first page of the decree", ""]
    assert [i[0] for i in after["DOC-7"]["images"]] == [i[0] for i in before["DOC-7"]["images"]]
    for number in before:
        if number != "DOC-7":
            assert after[number] == before[number], number


def test_json_export_holds_exhibits_galleries_and_tours(app, runner):
    build_catalog(app)
    with app.app_context(), db.factory()() as session:
        ids = dict(session.execute(select(Exhibit.accession_number, Exhibit.id)).all())
        scene = session.scalar(select(Exhibit).where(Exhibit.accession_number == "DESK/1"))
        cover = scene.images[0].id
    with app.app_context():
        catalog.create_gallery(
            title="At the desk",
            slug="at-the-desk",
            introduction=HOSTILE,
            theme="office",
            exhibit_ids=[ids["DOC-7"], ids["DESK/1"], ids["AW-3"]],
            cover_image_id=cover,
            published=True,
        )
        catalog.create_tour(
            title="A walk",
            slug="a-walk",
            introduction="Two stops.",
            stops=[
                catalog.NewStop(ids["AW-3"], "The cup", "Won in 1990.", "Hall 1", "Case 4"),
                catalog.NewStop(ids["DESK/1"], "", "Sit down.", "Hall 2"),
            ],
        )
    result = runner.invoke(main, ["export", "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["format"] == "museum-catalog" and data["version"] == 1
    exhibits = {exhibit["accession_number"]: exhibit for exhibit in data["exhibits"]}
    assert exhibits["GONE-1"]["in_trash"] is True and exhibits["AW-3"]["in_trash"] is False
    doc = exhibits["DOC-7"]
    assert doc["title"] == HOSTILE and doc["pages"] == 3 and doc["tags"] == ["1930s", "decree"]
    assert [(i["alt_text"], i["decorative"]) for i in doc["images"]] == [
        (HOSTILE, False),
        ("", True),
    ]
    assert exhibits["DESK/1"]["parts"] == ["DESK/1-3", "DESK/1-1", "DESK/1-2"]
    assert exhibits["DESK/1"]["notes"] == "Kept in store 3\nShelf mark: S-12"
    assert exhibits["DESK/1-1"]["parent"] == "DESK/1" and exhibits["DESK/1-1"]["part_position"] == 2
    (gallery,) = data["galleries"]
    assert gallery["items"] == ["DOC-7", "DESK/1", "AW-3"] and gallery["introduction"] == HOSTILE
    assert gallery["cover"] == {"exhibit": "DESK/1", "image": 1} and gallery["theme"] == "office"
    (tour,) = data["tours"]
    assert [(s["exhibit"], s["narration"], s["room"]) for s in tour["stops"]] == [
        ("AW-3", "Won in 1990.", "Hall 1"),
        ("DESK/1", "Sit down.", "Hall 2"),
    ]
    assert tour["stops"][0]["showcase"] == "Case 4" and tour["published"] is False


def test_downloads_are_for_curators(app, client):
    build_catalog(app)
    make_user(app, "cole", "contributor")
    sign_in(client, "cole")
    for url in ("/curate/export", "/curate/export/catalog.csv", "/curate/export/catalog.json"):
        assert client.get(url).status_code == 403, url
    client.post("/logout", data={})
    make_user(app, "cora", "curator")
    sign_in(client, "cora")
    page = client.get("/curate/export").get_data(as_text=True)
    assert "(7, the trash left out)" in page
    response = client.get("/curate/export/catalog.csv")
    assert response.headers["Content-Disposition"].startswith("attachment; filename=museum-catalog")
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads the UTF-8"
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert len(rows) == 7 and {row["accession_number"] for row in rows} >= {"DOC-7", "PH-1"}
    doc = next(row for row in rows if row["accession_number"] == "DOC-7")
    assert doc["title_en"] == HOSTILE and doc["tags"] == "1930s; decree"
    assert doc["image_1"].startswith("doc-7-1-") and doc["image_2_decorative"] == "yes"
    json_response = client.get("/curate/export/catalog.json")
    assert json_response.mimetype == "application/json"
    assert len(json.loads(json_response.get_data())["exhibits"]) == 8


def test_export_to_a_file_in_a_missing_folder_fails_with_a_reason(app, runner, tmp_path):
    result = runner.invoke(main, ["export", "-o", str(Path(tmp_path, "nowhere", "out.csv"))])
    assert result.exit_code == 1 and "Error:" in result.output
