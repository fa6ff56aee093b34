"""Every language for other software: the JSON API's `translations`, IIIF language maps, oai_dc
elements with xml:lang, and the sitemap's hreflang alternates."""

import os
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema_rs
import pytest
import schemathesis
from babel.support import Translations
from flask import Flask
from iiif_prezi3 import Collection, Manifest
from lxml import etree
from schemathesis.checks import not_a_server_error, response_schema_conformance

from museum import catalog, openapi
from museum.i18n import TRANSLATIONS_DIR
from tests.conftest import KIND_FIELDS, png_bytes
from tests.sitemap_schema import SITEMAP_XSD, sitemap_schema

BASE = "https://museum.example"
SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas"
OAI = {
    "o": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}

TITLES = {"en": "Customs decree", "ru": "Таможенный указ", "tk": "Gümrük karary"}
SUMMARIES = {"en": "A decree on seals.", "ru": "Указ о пломбах."}  # none in Turkmen
CAPTIONS = {"en": "Front page", "ru": "Первая страница", "tk": "Birinji sahypa"}
ALT_TEXTS = {"en": "The decree's first page", "ru": "Первая страница указа"}
NARRATION_RU = "Посмотрите на пломбу."


@pytest.fixture
def app(app: Flask) -> Flask:
    app.config["PUBLIC_BASE_URL"] = BASE
    return app


@pytest.fixture
def decree(app: Flask):
    """A published document in three languages, with a translated image, in a gallery and a
    tour that are translated too."""
    image = catalog.NewImage(
        png_bytes(),
        "front.png",
        CAPTIONS["en"],
        ALT_TEXTS["en"],
        translations={
            "ru": {"caption": CAPTIONS["ru"], "alt_text": ALT_TEXTS["ru"]},
            "tk": {"caption": CAPTIONS["tk"]},
        },
    )
    fields = {
        **KIND_FIELDS["document"],
        "accession_number": "KP-9",
        "kind": "document",
        "title": TITLES["en"],
        "title_ru": TITLES["ru"],
        "title_tk": TITLES["tk"],
        "summary": SUMMARIES["en"],
        "summary_ru": SUMMARIES["ru"],
        "description": "It says *seal*.",
        "description_tk": "Möhür *hakda*.",
        "transcription_ru": "По приказу совета пост открывается на рассвете.",
        "date_text": "1936",
    }
    with app.app_context():
        exhibit = catalog.create_exhibit(fields, images=[image], publish=True)
        catalog.create_gallery(
            title="Seals",
            slug="seals",
            introduction="How goods were sealed.",
            exhibit_ids=[exhibit.id],
            published=True,
            translations={"ru": {"title": "Пломбы", "introduction": "Как опечатывали грузы."}},
        )
        catalog.create_tour(
            title="A walk",
            slug="a-walk",
            published=True,
            translations={"tk": {"title": "Gezelenç"}},
            stops=[
                catalog.NewStop(
                    exhibit.id,
                    narration="Look at the seal.",
                    translations={"ru": {"narration": NARRATION_RU}},
                )
            ],
        )
    return exhibit


def shipped(language: str, message: str) -> str:
    """A message in the museum's own catalog of that language."""
    translated = Translations.load(str(TRANSLATIONS_DIR), [language]).gettext(message)
    assert translated != message, f"{message!r} is not translated into {language}"
    return translated


def local(url: str) -> str:
    assert url.startswith(BASE + "/"), url
    return urlsplit(url).path


# --- the JSON API -----------------------------------------------------------------------------


def test_an_exhibit_keeps_its_fields_and_adds_its_translations(client, decree):
    doc = client.get("/api/exhibits/KP-9").json
    assert doc["language"] == "en"
    assert (doc["title"], doc["summary"]) == (TITLES["en"], SUMMARIES["en"])
    assert doc["kind_fields"]["transcription"] == KIND_FIELDS["document"]["transcription"]
    assert doc["translations"] == {
        "ru": {
            "title": TITLES["ru"],
            "summary": SUMMARIES["ru"],
            "transcription": "По приказу совета пост открывается на рассвете.",
        },
        "tk": {"title": TITLES["tk"], "description": "Möhür *hakda*."},
    }
    [image] = doc["images"]
    assert (image["caption"], image["alt"]) == (CAPTIONS["en"], ALT_TEXTS["en"])
    assert image["translations"] == {
        "ru": {"alt": ALT_TEXTS["ru"], "caption": CAPTIONS["ru"]},
        "tk": {"caption": CAPTIONS["tk"]},
    }
    [listed] = client.get("/api/exhibits").json["exhibits"]  # full documents, a page of them
    assert listed["translations"] == doc["translations"]
    [hit] = client.get("/api/search?q=decree").json["results"]  # summaries: no transcription
    assert hit["translations"]["ru"] == {"title": TITLES["ru"], "summary": SUMMARIES["ru"]}
    # The address's language changes nothing: plain fields stay in the default language.
    assert client.get("/ru/api/exhibits/KP-9").json["title"] == TITLES["en"]


def test_galleries_tours_and_stops_carry_their_translations(client, decree):
    [gallery] = client.get("/api/galleries").json["galleries"]
    assert gallery["language"] == "en" and gallery["title"] == "Seals"
    assert gallery["translations"] == {
        "ru": {"title": "Пломбы", "introduction": "Как опечатывали грузы."}
    }
    shown = client.get("/api/galleries/seals").json
    assert shown["translations"] == gallery["translations"]
    assert shown["exhibits"][0]["translations"]["tk"]["title"] == TITLES["tk"]
    tour = client.get("/api/tours/a-walk").json
    assert tour["language"] == "en" and tour["translations"] == {"tk": {"title": "Gezelenç"}}
    [stop] = tour["stops"]
    assert stop["title"] == TITLES["en"]  # no title of its own: its exhibit's, in each language
    assert stop["translations"] == {
        "ru": {"narration": NARRATION_RU, "title": TITLES["ru"]},
        "tk": {"title": TITLES["tk"]},
    }


def test_answers_with_translations_keep_to_the_openapi_document(app, decree):
    document = schemathesis.openapi.from_wsgi("/api/openapi.json", app)
    description = document.raw_schema["info"]["description"]
    assert "`translations`" in description and "`language`" in description

    def check(operation_id: str, **parts) -> dict:
        case = document.find_operation_by_id(operation_id).Case(**parts)
        checks = [not_a_server_error, response_schema_conformance]
        return case.call_and_validate(checks=checks).json()

    assert check("getExhibit", path_parameters={"accession_number": "KP-9"})["translations"]
    check("listExhibits")
    check("listGalleries")
    check("getGallery", path_parameters={"slug": "seals"})
    check("listTours")
    assert check("getTour", path_parameters={"slug": "a-walk"})["stops"][0]["translations"]
    check("search", query={"q": "decree"})


def test_the_document_refuses_a_translation_in_an_unknown_shape(app):
    """The schema is strict, so the conformance test above can fail."""
    with app.app_context():
        schema = openapi.schemas()["Tour"]["properties"]["translations"]
    validator = jsonschema_rs.Draft202012Validator(schema)
    assert validator.is_valid({"ru": {"title": "Прогулка"}})
    assert not validator.is_valid({"en": {"title": "The default is not a translation"}})
    assert not validator.is_valid({"ru": {"narration": "not a tour's text"}})
    assert not validator.is_valid({"ru": {}})


# --- IIIF Presentation 3 ----------------------------------------------------------------------


def strictly_valid(model: type, data: dict) -> None:
    """As tests/test_iiif_presentation.py: valid, and nothing the model would drop."""
    given = model.model_validate(data).model_dump(by_alias=True, exclude_none=True, mode="json")
    given.pop("@context", None)
    assert given == {key: value for key, value in data.items() if key != "@context"}


def pair(manifest: dict, english_label: str) -> dict:
    [found] = [p for p in manifest["metadata"] if p["label"]["en"] == [english_label]]
    return found


def test_a_manifest_speaks_every_language_its_texts_have(client, decree):
    manifest = client.get("/iiif/KP-9/manifest.json").json
    strictly_valid(Manifest, manifest)
    assert manifest["label"] == {language: [title] for language, title in TITLES.items()}
    assert manifest["summary"] == {language: [text] for language, text in SUMMARIES.items()}
    date = pair(manifest, "Date")
    assert date["label"] == {
        "en": ["Date"],
        "ru": [shipped("ru", "Date")],
        "tk": [shipped("tk", "Date")],
    }
    assert date["value"] == {"en": ["1936"]}  # no translations: the default language only
    kind = pair(manifest, "Kind")
    assert kind["value"]["ru"] == [shipped("ru", "Document")]
    transcription = pair(manifest, "Transcription")["value"]
    assert set(transcription) == {"en", "ru"}
    [canvas] = manifest["items"]
    assert canvas["label"] == {language: [text] for language, text in CAPTIONS.items()}
    assert canvas["summary"] == {language: [text] for language, text in ALT_TEXTS.items()}


def test_a_manifest_links_the_exhibit_page_in_each_language(client, decree):
    manifest = client.get("/iiif/KP-9/manifest.json").json
    pages = manifest["homepage"]
    assert [(page["language"], local(page["id"])) for page in pages] == [
        (["en"], f"/exhibits/{decree.slug}"),
        (["ru"], f"/ru/exhibits/{decree.slug}"),
        (["tk"], f"/tk/exhibits/{decree.slug}"),
    ]
    assert [page["label"] for page in pages] == [
        {"en": [TITLES["en"]]},
        {"ru": [TITLES["ru"]]},
        {"tk": [TITLES["tk"]]},
    ]
    for page in pages:
        assert client.get(local(page["id"])).status_code == 200


def test_collections_and_their_items_are_labelled_in_every_language(client, decree):
    gallery = client.get("/iiif/collection/seals.json").json
    strictly_valid(Collection, gallery)
    assert gallery["label"] == {"en": ["Seals"], "ru": ["Пломбы"]}
    assert gallery["summary"] == {
        "en": ["How goods were sealed."],
        "ru": ["Как опечатывали грузы."],
    }
    [item] = gallery["items"]
    assert item["label"] == {language: [title] for language, title in TITLES.items()}
    tour = client.get("/iiif/collection/a-walk.json").json
    strictly_valid(Collection, tour)
    assert tour["label"] == {"en": ["A walk"], "tk": ["Gezelenç"]}
    # Pages with no text in a language still show the default's, marked as such in its label.
    assert tour["homepage"][1]["label"] == {"en": ["A walk"]}


def test_a_list_of_parts_is_in_a_language_only_when_every_part_is(app, client, make_exhibit):
    with app.app_context():
        desk = catalog.create_exhibit(
            {"accession_number": "DESK", "kind": "ensemble", "title": "Desk"}, publish=True
        )
        lamp = make_exhibit("equipment", images=0, title="Lamp", title_ru="Лампа", title_tk="Çyra")
        stamp = make_exhibit("equipment", images=0, title="Stamp", title_ru="Печать")
        catalog.set_parts(desk.id, [lamp.id, stamp.id])
    parts = pair(client.get("/iiif/DESK/manifest.json").json, "Parts")["value"]
    assert parts == {"en": ["Lamp", "Stamp"], "ru": ["Лампа", "Печать"]}
    part_of = pair(client.get(f"/iiif/{lamp.accession_number}/manifest.json").json, "Part of")
    assert part_of["value"] == {"en": ["Desk"]}


# --- OAI-PMH ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def oai_schema() -> etree.XMLSchema | None:
    """OAI-PMH.xsd and oai_dc.xsd (whose dc elements take xml:lang) from ../shared."""
    wrapper = SCHEMAS / "wrapper.xsd"
    if not wrapper.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the OAI-PMH schemas are not at {SCHEMAS}")
        return None
    return etree.XMLSchema(etree.parse(str(wrapper)))


def harvest(client, schema: etree.XMLSchema | None, **arguments: str) -> etree._Element:
    response = client.get("/oai", query_string=arguments)
    assert response.status_code == 200
    root = etree.fromstring(response.data)
    if schema is not None:
        schema.assertValid(root)
    return root


def in_languages(root: etree._Element, name: str) -> list[tuple[str | None, str]]:
    return [(node.get(XML_LANG), node.text) for node in root.iterfind(f".//dc:{name}", OAI)]


def test_a_record_has_a_title_and_descriptions_in_each_language(client, decree, oai_schema):
    root = harvest(
        client,
        oai_schema,
        verb="GetRecord",
        identifier="oai:museum.example:KP-9",
        metadataPrefix="oai_dc",
    )
    assert in_languages(root, "title") == list(TITLES.items())
    assert in_languages(root, "description") == [
        ("en", SUMMARIES["en"]),
        ("ru", SUMMARIES["ru"]),
        ("en", "It says seal."),  # the Markdown as plain text
        ("tk", "Möhür hakda."),
    ]
    # Texts nobody translates carry no language.
    assert in_languages(root, "publisher")[0][0] is None


def test_a_gallery_set_is_described_in_each_language(client, decree, oai_schema):
    root = harvest(client, oai_schema, verb="ListSets")
    [described] = root.xpath("//o:set[o:setSpec='gallery:seals']/o:setDescription", namespaces=OAI)
    assert in_languages(described, "description") == [
        ("en", "How goods were sealed."),
        ("ru", "Как опечатывали грузы."),
    ]


# --- the sitemap ------------------------------------------------------------------------------


def entries(client, path: str = "/sitemap.xml") -> list[tuple[str, dict[str, str]]]:
    """(loc, {hreflang: href}) of every <url>."""
    root = etree.fromstring(client.get(path).data)
    found = []
    for url in root.iterfind("s:url", SITEMAP):
        links = url.findall("x:link", SITEMAP)
        assert all(link.get("rel") == "alternate" for link in links)
        found.append(
            (
                url.findtext("s:loc", namespaces=SITEMAP),
                {link.get("hreflang"): link.get("href") for link in links},
            )
        )
    return found


def test_every_page_is_listed_in_each_language_with_all_its_alternates(client, decree):
    listed = entries(client)
    exhibit = f"{BASE}/exhibits/{decree.slug}"
    alternates = {
        "en": exhibit,
        "ru": f"{BASE}/ru/exhibits/{decree.slug}",
        "tk": f"{BASE}/tk/exhibits/{decree.slug}",
        "x-default": exhibit,
    }
    assert [links for loc, links in listed if loc == exhibit] == [alternates]
    groups: dict[tuple, list[str]] = defaultdict(list)
    for loc, links in listed:
        assert set(links) == {"en", "ru", "tk", "x-default"}, loc
        assert links["x-default"] == links["en"] and loc in links.values()
        assert links["ru"] == links["en"].replace(BASE, BASE + "/ru", 1)
        groups[tuple(sorted(links.items()))].append(loc)
    # Reciprocal: each language version of a page has its own entry naming the same versions.
    for links, locs in groups.items():
        versions = dict(links)
        assert sorted(locs) == sorted(versions[code] for code in ("en", "ru", "tk"))
    assert len(groups) == 4 + 3  # home, three lists; the exhibit, the gallery, the tour
    assert client.get(local(alternates["tk"])).status_code == 200


def test_the_sitemap_is_the_same_from_any_language_address(client, decree):
    assert client.get("/ru/sitemap.xml").data == client.get("/sitemap.xml").data


@pytest.mark.skipif(not SITEMAP_XSD.exists(), reason=f"no sitemaps.org schema at {SITEMAP_XSD}")
def test_the_alternates_keep_to_the_sitemap_schema(client, decree, tmp_path):
    schema = sitemap_schema(tmp_path)
    document = etree.fromstring(client.get("/sitemap.xml").data)
    assert schema.validate(document), schema.error_log
    # The schema for xhtml:link is strict too: a link without hreflang is refused.
    link = document.find("s:url/x:link", SITEMAP)
    del link.attrib["hreflang"]
    assert not schema.validate(document)


def test_a_museum_in_one_language_lists_no_alternates(app, client, decree):
    app.config["LANGUAGES"] = ["en"]
    body = client.get("/sitemap.xml").get_data(as_text=True)
    assert "xhtml" not in body and "/ru/" not in body
    assert len(entries(client)) == 7
