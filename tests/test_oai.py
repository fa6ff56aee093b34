"""OAI-PMH 2.0 at /oai: every verb and error, valid against the schemas, and a real harvester."""

import os
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from flask import Flask
from lxml import etree
from sqlalchemy import select, update
from werkzeug.serving import make_server

from museum import catalog, create_app, db
from museum.models import DeletedRecord, Exhibit, Gallery
from museum.oai.identifiers import oai_identifier
from museum.search import indexer

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas"
NS = {
    "o": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
BASE_URL = "https://museum.example.org"
PREFIX = "oai:museum.example.org:"


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema | None:
    """OAI-PMH.xsd and oai_dc.xsd at once (wrapper.xsd imports both), from ../shared.

    Without ../shared the protocol is still tested, only not against the schemas; CI has
    them, and there a missing schema fails the run."""
    wrapper = SCHEMAS / "wrapper.xsd"
    if not wrapper.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the OAI-PMH schemas are not at {SCHEMAS}")
        return None
    return etree.XMLSchema(etree.parse(str(wrapper)))


def check_valid(schema: etree.XMLSchema | None, root: etree._Element) -> None:
    if schema is not None:
        schema.assertValid(root)


@pytest.fixture
def app(app: Flask) -> Flask:
    app.config["PUBLIC_BASE_URL"] = BASE_URL
    return app


@pytest.fixture
def harvest(client, schema):
    """Ask /oai (GET, or POST as a form) and return the response's root, checked against the
    schemas."""

    def ask(method: str = "get", **arguments: str | list[str]) -> etree._Element:
        if method == "get":
            response = client.get("/oai", query_string=arguments)
        else:
            response = client.post("/oai", data=arguments)
        assert response.status_code == 200
        assert response.headers["Content-Type"] == "text/xml; charset=utf-8"
        root = etree.fromstring(response.data)
        check_valid(schema, root)
        return root

    return ask


def error_codes(root: etree._Element) -> list[str]:
    return root.xpath("o:error/@code", namespaces=NS)


def identifiers(root: etree._Element) -> list[str]:
    return root.xpath("//o:header/o:identifier/text()", namespaces=NS)


def record_header(root: etree._Element, accession_number: str) -> etree._Element:
    found = root.xpath(f"//o:header[o:identifier='{PREFIX}{accession_number}']", namespaces=NS)
    assert len(found) == 1, identifiers(root)
    return found[0]


def dc_values(record: etree._Element, name: str) -> list[str]:
    return record.xpath(f".//oai_dc:dc/dc:{name}/text()", namespaces=NS)


def publish_many(app: Flask, count: int, kind: str = "document", start: int = 0) -> list[int]:
    """Publish `count` exhibits quickly (no images, the index brought up to date once)."""
    with app.app_context(), indexer.deferred():
        return [
            catalog.create_exhibit(
                {"accession_number": f"BULK-{n:05d}", "kind": kind, "title": f"Bulk {kind} {n}"},
                publish=True,
            ).id
            for n in range(start, start + count)
        ]


def set_datestamp(app: Flask, exhibit_id: int, moment: datetime) -> None:
    """Move an exhibit's last change back in time (the catalog always stamps the present)."""
    with app.app_context(), db.write_session() as session:
        session.execute(
            update(Exhibit)
            .where(Exhibit.id == exhibit_id)
            .values(updated_at=moment, published_at=moment)
        )


# --- Identify, ListMetadataFormats, ListSets, GetRecord ---------------------------------------


def test_identify_describes_the_repository(app, harvest, make_exhibit):
    app.config["OAI_ADMIN_EMAIL"] = "keeper@museum.example.org"
    exhibit = make_exhibit(images=0)
    set_datestamp(app, exhibit.id, datetime(2021, 3, 4, 5, 6, 7, tzinfo=UTC))
    make_exhibit(images=0)
    root = harvest(verb="Identify")
    identify = root.find("o:Identify", NS)
    assert identify.findtext("o:baseURL", namespaces=NS) == f"{BASE_URL}/oai"
    assert root.findtext("o:request", namespaces=NS) == f"{BASE_URL}/oai"
    assert root.find("o:request", NS).attrib == {"verb": "Identify"}
    assert identify.findtext("o:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("o:adminEmail", namespaces=NS) == "keeper@museum.example.org"
    assert identify.findtext("o:earliestDatestamp", namespaces=NS) == "2021-03-04T05:06:07Z"
    assert identify.findtext("o:deletedRecord", namespaces=NS) == "persistent"
    assert identify.findtext("o:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", root.findtext("o:responseDate", namespaces=NS)
    )


def test_identify_of_an_empty_repository_is_valid(harvest):
    root = harvest(verb="Identify")
    assert root.find("o:Identify/o:earliestDatestamp", NS) is not None


def test_list_metadata_formats_offers_oai_dc(harvest, make_exhibit):
    make_exhibit(images=0)
    for arguments in ({}, {"identifier": f"{PREFIX}TEST-0001"}):
        root = harvest(verb="ListMetadataFormats", **arguments)
        formats = root.xpath("o:ListMetadataFormats/o:metadataFormat", namespaces=NS)
        assert [f.findtext("o:metadataPrefix", namespaces=NS) for f in formats] == ["oai_dc"]
        assert formats[0].findtext("o:metadataNamespace", namespaces=NS) == NS["oai_dc"]


def test_list_sets_has_the_kinds_and_the_published_galleries(app, harvest, make_exhibit):
    exhibit = make_exhibit(images=0)
    with app.app_context():
        catalog.create_gallery(
            title="Seals & stamps",
            exhibit_ids=[exhibit.id],
            published=True,
            introduction="Lead *seals* <of> the posts",
        )
        catalog.create_gallery(title="Not ready", exhibit_ids=[exhibit.id])
    root = harvest(verb="ListSets")
    specs = root.xpath("o:ListSets/o:set/o:setSpec/text()", namespaces=NS)
    assert specs == [
        "kind",
        "kind:document",
        "kind:photograph",
        "kind:equipment",
        "kind:award",
        "kind:ensemble",
        "gallery",
        "gallery:seals-stamps",
    ]
    gallery = root.xpath("//o:set[o:setSpec='gallery:seals-stamps']", namespaces=NS)[0]
    assert gallery.findtext("o:setName", namespaces=NS) == "Seals & stamps"
    assert dc_values(gallery, "description") == ["Lead seals <of> the posts"]


def test_get_record_maps_an_exhibit_to_dublin_core(app, harvest, make_exhibit):
    ensemble = make_exhibit("ensemble", images=0, title="The officer's desk")
    photo = make_exhibit(
        "photograph",
        images=0,
        title="Officers at the post",
        summary="Five officers.",
        description="Taken **at dawn**.\n\nA [second](https://example.org) paragraph.",
        date_text="ca. 1930",
        place="Northern post",
        materials="paper",
        dimensions="18 × 24 cm",
        rights="Public domain",
    )
    with app.app_context():
        catalog.update_exhibit(photo.id, {}, tags=["Officers", "dawn"])
        catalog.set_parts(ensemble.id, [photo.id])
    record = harvest(verb="GetRecord", identifier=f"{PREFIX}TEST-0002", metadataPrefix="oai_dc")
    assert record.find("o:request", NS).attrib == {
        "verb": "GetRecord",
        "identifier": f"{PREFIX}TEST-0002",
        "metadataPrefix": "oai_dc",
    }
    header = record_header(record, "TEST-0002")
    assert header.get("status") is None
    assert header.xpath("o:setSpec/text()", namespaces=NS) == ["kind:photograph"]
    assert dc_values(record, "title") == ["Officers at the post"]
    assert dc_values(record, "identifier") == [
        f"{BASE_URL}/exhibits/officers-at-the-post",
        "TEST-0002",
    ]
    assert dc_values(record, "description") == [
        "Five officers.",
        "Taken at dawn.\nA second paragraph.",
    ]
    assert dc_values(record, "date") == ["ca. 1930"]
    assert dc_values(record, "type") == ["Photograph", "StillImage"]
    assert dc_values(record, "subject") == ["dawn", "officers"]
    assert dc_values(record, "creator") == ["A. Photographer"]
    assert dc_values(record, "format") == ["gelatin silver print", "paper", "18 × 24 cm"]
    assert dc_values(record, "rights") == ["Public domain"]
    assert dc_values(record, "coverage") == ["Northern post"]
    assert dc_values(record, "relation") == [f"{BASE_URL}/exhibits/the-officer-s-desk"]
    whole = harvest(verb="GetRecord", identifier=f"{PREFIX}TEST-0001", metadataPrefix="oai_dc")
    assert dc_values(whole, "relation") == [f"{BASE_URL}/exhibits/officers-at-the-post"]
    assert dc_values(whole, "type") == ["Ensemble", "PhysicalObject"]


@pytest.mark.parametrize(
    ("kind", "creator", "dcmi_type"),
    [
        ("document", ["Customs Board"], "Text"),
        ("equipment", ["Factory No. 5"], "PhysicalObject"),
        ("award", [], "PhysicalObject"),
    ],
)
def test_every_kind_has_its_creator_and_dcmi_type(harvest, make_exhibit, kind, creator, dcmi_type):
    make_exhibit(kind, images=0)
    record = harvest(verb="GetRecord", identifier=f"{PREFIX}TEST-0001", metadataPrefix="oai_dc")
    assert dc_values(record, "creator") == creator
    assert dc_values(record, "type")[-1] == dcmi_type


def test_identifiers_escape_what_a_uri_cannot_hold(harvest, make_exhibit):
    make_exhibit(images=0, accession_number="KP 1975/12 № 3%")
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    identifier = f"{PREFIX}KP%201975/12%20%E2%84%96%203%25"
    assert identifiers(root) == [identifier]
    record = harvest(verb="GetRecord", identifier=identifier, metadataPrefix="oai_dc")
    assert dc_values(record, "identifier")[-1] == "KP 1975/12 № 3%"


def test_titles_with_markup_and_control_characters_come_out_escaped(harvest, make_exhibit):
    make_exhibit(images=0, title="<b>Seal</b> & stamp\x01\x0b ]]> \ufffe end", summary="a\x1fb")
    root = harvest(verb="ListRecords", metadataPrefix="oai_dc")
    assert dc_values(root, "title") == ["<b>Seal</b> & stamp ]]>  end"]
    assert dc_values(root, "description")[0] == "ab"


# --- errors -------------------------------------------------------------------------------------

BARE_ERRORS = [
    ("badVerb", {}),
    ("badVerb", {"verb": "ListEverything"}),
    ("badVerb", {"verb": ["Identify", "Identify"]}),
    ("badVerb", {"verb": ""}),
    ("badArgument", {"verb": "Identify", "set": "kind"}),
    ("badArgument", {"verb": "ListRecords"}),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "colour": "red"}),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": ""}),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": "oai dc"}),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "kind:"}),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "yesterday"}),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-02-30"}),
    (
        "badArgument",
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "2024-01-01T10:00:00"},
    ),
    (
        "badArgument",
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2024-01-01+01:00"},
    ),
    (
        "badArgument",
        {
            "verb": "ListRecords",
            "metadataPrefix": "oai_dc",
            "from": "2024-01-01",
            "until": "2024-01-02T00:00:00Z",
        },
    ),
    (
        "badArgument",
        {
            "verb": "ListIdentifiers",
            "metadataPrefix": "oai_dc",
            "from": "2024-01-02",
            "until": "2024-01-01",
        },
    ),
    ("badArgument", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "x"}),
    ("badArgument", {"verb": "ListSets", "resumptionToken": "x", "set": "kind"}),
    ("badArgument", {"verb": "GetRecord", "metadataPrefix": "oai_dc"}),
    ("badArgument", {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": "no uri here"}),
    ("badArgument", {"verb": "ListMetadataFormats", "identifier": "oai:x:<1>"}),
]


@pytest.mark.parametrize(("code", "arguments"), BARE_ERRORS)
def test_bad_verbs_and_arguments_have_a_bare_request_element(harvest, code, arguments):
    for method in ("get", "post"):
        root = harvest(method, **arguments)
        assert error_codes(root) == [code]
        request = root.find("o:request", NS)
        assert request.attrib == {} and request.text == f"{BASE_URL}/oai"
        assert root.findtext("o:error", namespaces=NS)  # a message says what is wrong


OTHER_ERRORS = [
    ("badResumptionToken", {"verb": "ListRecords", "resumptionToken": "garbled\x07"}),
    ("badResumptionToken", {"verb": "ListSets", "resumptionToken": "anything"}),
    ("cannotDisseminateFormat", {"verb": "ListRecords", "metadataPrefix": "marc21"}),
    ("cannotDisseminateFormat", {"verb": "ListIdentifiers", "metadataPrefix": "mods"}),
    (
        "cannotDisseminateFormat",
        {"verb": "GetRecord", "identifier": f"{PREFIX}TEST-0001", "metadataPrefix": "mods"},
    ),
    (
        "idDoesNotExist",
        {"verb": "GetRecord", "identifier": f"{PREFIX}NOPE", "metadataPrefix": "oai_dc"},
    ),
    (
        "idDoesNotExist",
        {
            "verb": "GetRecord",
            "identifier": "oai:elsewhere.org:TEST-0001",
            "metadataPrefix": "oai_dc",
        },
    ),
    (
        "idDoesNotExist",
        {"verb": "GetRecord", "identifier": f"{PREFIX}TEST-0002", "metadataPrefix": "oai_dc"},
    ),
    ("idDoesNotExist", {"verb": "ListMetadataFormats", "identifier": f"{PREFIX}NOPE"}),
    ("idDoesNotExist", {"verb": "ListMetadataFormats", "identifier": f"{PREFIX}КП-1975/12"}),
    ("noRecordsMatch", {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "gallery:none"}),
    (
        "noRecordsMatch",
        {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "kind:award"},
    ),
    (
        "noRecordsMatch",
        {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": "2999-01-01"},
    ),
    (
        "noRecordsMatch",
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "until": "2000-01-01T00:00:00Z"},
    ),
]


@pytest.mark.parametrize(("code", "arguments"), OTHER_ERRORS)
def test_other_errors_echo_the_request(harvest, make_exhibit, code, arguments):
    make_exhibit(images=0)
    make_exhibit(images=0, publish=False)  # TEST-0002: a draft is no item of the repository
    for method in ("get", "post"):
        root = harvest(method, **arguments)
        assert error_codes(root) == [code]
        echoed = {key: value.replace("\x07", "") for key, value in arguments.items()}
        assert root.find("o:request", NS).attrib == echoed


def test_get_record_reports_both_an_unknown_format_and_an_unknown_item(harvest):
    root = harvest(verb="GetRecord", identifier=f"{PREFIX}NOPE", metadataPrefix="mods")
    assert sorted(error_codes(root)) == ["cannotDisseminateFormat", "idDoesNotExist"]


# --- GET and POST -------------------------------------------------------------------------------


def test_post_answers_as_get_does_and_needs_no_csrf_token(client, make_exhibit):
    make_exhibit(images=0)
    make_exhibit("photograph", images=0)
    requests = [
        {"verb": "Identify"},
        {"verb": "ListSets"},
        {"verb": "ListMetadataFormats"},
        {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "kind:photograph"},
        {"verb": "GetRecord", "metadataPrefix": "oai_dc", "identifier": f"{PREFIX}TEST-0001"},
        {"verb": "Nothing"},
    ]
    for arguments in requests:
        got = client.get("/oai", query_string=arguments)
        posted = client.post(
            "/oai",
            data=arguments,
            content_type="application/x-www-form-urlencoded",
        )
        assert posted.status_code == 200
        assert _without_response_date(posted.data) == _without_response_date(got.data)


def _without_response_date(body: bytes) -> bytes:
    return re.sub(rb"<responseDate>[^<]*</responseDate>", b"", body)


# --- selective harvesting -----------------------------------------------------------------------


def test_from_and_until_select_by_datestamp_inclusively(app, harvest, make_exhibit):
    days = {
        "TEST-0001": datetime(2024, 1, 1, 23, 59, 59, tzinfo=UTC),
        "TEST-0002": datetime(2024, 1, 2, 0, 0, 0, tzinfo=UTC),
        "TEST-0003": datetime(2024, 1, 2, 12, 30, 0, 400000, tzinfo=UTC),
        "TEST-0004": datetime(2024, 1, 3, 8, 0, 0, tzinfo=UTC),
    }
    for moment in days.values():
        exhibit = make_exhibit(images=0)
        set_datestamp(app, exhibit.id, moment)

    def listed(**dates: str) -> list[str]:
        root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", **dates)
        if error_codes(root) == ["noRecordsMatch"]:
            return []
        assert not error_codes(root)
        return [i.removeprefix(PREFIX) for i in identifiers(root)]

    assert listed(**{"from": "2024-01-02"}) == ["TEST-0002", "TEST-0003", "TEST-0004"]
    assert listed(until="2024-01-02") == ["TEST-0001", "TEST-0002", "TEST-0003"]
    assert listed(**{"from": "2024-01-02", "until": "2024-01-02"}) == ["TEST-0002", "TEST-0003"]
    seconds = {"from": "2024-01-01T23:59:59Z", "until": "2024-01-02T12:30:00Z"}
    assert listed(**seconds) == ["TEST-0001", "TEST-0002", "TEST-0003"]
    assert listed(**{"from": "2024-01-02T12:30:01Z"}) == ["TEST-0004"]
    assert listed(until="2024-01-01T23:59:58Z") == []
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": "2024-01-03"})
    assert root.xpath("//o:datestamp/text()", namespaces=NS) == ["2024-01-03T08:00:00Z"]


def test_sets_select_kinds_and_galleries(app, harvest, make_exhibit):
    document = make_exhibit(images=0)
    photo = make_exhibit("photograph", images=0)
    make_exhibit("award", images=0)
    with app.app_context():
        catalog.create_gallery(title="Paper", exhibit_ids=[document.id, photo.id], published=True)
        catalog.create_gallery(title="Hidden", exhibit_ids=[photo.id])

    def listed(spec: str) -> list[str]:
        root = harvest(verb="ListRecords", metadataPrefix="oai_dc", set=spec)
        return sorted(i.removeprefix(PREFIX) for i in identifiers(root))  # in datestamp order

    assert listed("kind:photograph") == ["TEST-0002"]
    assert listed("kind") == ["TEST-0001", "TEST-0002", "TEST-0003"]
    assert listed("gallery:paper") == ["TEST-0001", "TEST-0002"]
    assert listed("gallery") == ["TEST-0001", "TEST-0002"]
    assert listed("gallery:hidden") == []
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    header = record_header(root, "TEST-0002")
    assert header.xpath("o:setSpec/text()", namespaces=NS) == ["kind:photograph", "gallery:paper"]


# --- deleted records ----------------------------------------------------------------------------


def test_trashed_unpublished_and_emptied_exhibits_are_deleted_records(app, harvest, make_exhibit):
    trashed = make_exhibit(images=0)
    unpublished = make_exhibit("photograph", images=0)
    make_exhibit(images=0, publish=False)  # TEST-0003: never published, never harvested
    draft_in_trash = make_exhibit(images=0, publish=False)  # TEST-0004
    kept = make_exhibit(images=0)
    with app.app_context():
        catalog.create_gallery(title="Front", exhibit_ids=[trashed.id, kept.id], published=True)
        catalog.delete_exhibit(trashed.id)
        catalog.unpublish_exhibit(unpublished.id)
        catalog.delete_exhibit(draft_in_trash.id)

    root = harvest(verb="ListRecords", metadataPrefix="oai_dc")
    assert identifiers(root) == [f"{PREFIX}TEST-0005", f"{PREFIX}TEST-0001", f"{PREFIX}TEST-0002"]
    for number in ("TEST-0001", "TEST-0002"):
        header = record_header(root, number)
        assert header.get("status") == "deleted"
        assert header.getparent().find("o:metadata", NS) is None
    assert record_header(root, "TEST-0005").get("status") is None

    with app.app_context():
        assert catalog.empty_trash() == 2
        tombstones = db.session().scalars(select(DeletedRecord)).all()
        assert [(t.accession_number, t.kind, t.set_specs) for t in tombstones] == [
            ("TEST-0001", "document", "kind:document gallery:front")
        ]
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert identifiers(root)[-1] == f"{PREFIX}TEST-0001"  # the deletion is its latest change
    header = record_header(root, "TEST-0001")
    assert header.get("status") == "deleted"
    assert header.xpath("o:setSpec/text()", namespaces=NS) == ["kind:document", "gallery:front"]
    for spec in ("gallery:front", "gallery", "kind:document", "kind"):
        selected = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", set=spec)
        assert f"{PREFIX}TEST-0001" in identifiers(selected), spec
    selected = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", set="kind:photograph")
    assert identifiers(selected) == [f"{PREFIX}TEST-0002"]
    record = harvest(verb="GetRecord", identifier=f"{PREFIX}TEST-0001", metadataPrefix="oai_dc")
    assert record_header(record, "TEST-0001").get("status") == "deleted"
    assert record.find("o:GetRecord/o:record/o:metadata", NS) is None
    formats = harvest(verb="ListMetadataFormats", identifier=f"{PREFIX}TEST-0001")
    assert not error_codes(formats)


def test_a_new_exhibit_under_a_deleted_number_replaces_the_tombstone(app, harvest, make_exhibit):
    old = make_exhibit(images=0, accession_number="AB-1")
    with app.app_context():
        catalog.delete_exhibit(old.id)
        catalog.empty_trash()
    draft = make_exhibit("photograph", images=0, accession_number="AB-1", publish=False)
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert record_header(root, "AB-1").get("status") == "deleted"  # the draft is not harvested
    with app.app_context():
        catalog.publish_exhibit(draft.id)
    root = harvest(verb="ListRecords", metadataPrefix="oai_dc")
    header = record_header(root, "AB-1")  # once: the exhibit, not the tombstone too
    assert header.get("status") is None
    assert header.xpath("o:setSpec/text()", namespaces=NS) == ["kind:photograph"]


# --- resumption tokens --------------------------------------------------------------------------


def test_resumption_tokens_page_by_100_and_survive_a_restart(app, harvest, schema):
    publish_many(app, 230)
    first = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", set="kind:document")
    assert len(identifiers(first)) == 100
    token = first.find("o:ListIdentifiers/o:resumptionToken", NS)
    assert token.attrib == {"completeListSize": "230", "cursor": "0"}
    assert re.fullmatch(r"[A-Za-z0-9_\-.]+", token.text)  # safe in a URL as it is

    restarted = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": app.config["SECRET_KEY"],
            "DATABASE_URL": app.config["DATABASE_URL"],
            "MEDIA_ROOT": app.config["MEDIA_ROOT"],
            "PUBLIC_BASE_URL": BASE_URL,
        }
    )
    client = restarted.test_client()
    seen = identifiers(first)
    cursors = []
    while token is not None and token.text:
        response = client.post(
            "/oai", data={"verb": "ListIdentifiers", "resumptionToken": token.text}
        )
        root = etree.fromstring(response.data)
        check_valid(schema, root)
        assert root.find("o:request", NS).attrib == {
            "verb": "ListIdentifiers",
            "resumptionToken": token.text,
        }
        seen += identifiers(root)
        token = root.find("o:ListIdentifiers/o:resumptionToken", NS)
        cursors.append(token.get("cursor"))
    assert cursors == ["100", "200"]
    assert token.text is None and token.get("completeListSize") == "230"  # the last page's
    assert sorted(seen) == [f"{PREFIX}BULK-{n:05d}" for n in range(230)]


def test_a_tampered_or_foreign_token_is_a_bad_resumption_token(app, harvest):
    publish_many(app, 101)
    first = harvest(verb="ListRecords", metadataPrefix="oai_dc")
    token = first.findtext("o:ListRecords/o:resumptionToken", namespaces=NS)
    assert len(first.xpath("//o:record", namespaces=NS)) == 100
    last = harvest(verb="ListRecords", resumptionToken=token)
    assert len(last.xpath("//o:record", namespaces=NS)) == 1
    tampered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    assert error_codes(harvest(verb="ListRecords", resumptionToken=tampered)) == [
        "badResumptionToken"
    ]
    assert error_codes(harvest(verb="ListIdentifiers", resumptionToken=token)) == [
        "badResumptionToken"  # a token of another verb
    ]
    app.config["SECRET_KEY"] = "another museum's key"
    assert error_codes(harvest(verb="ListRecords", resumptionToken=token)) == ["badResumptionToken"]


# --- a real harvester ---------------------------------------------------------------------------


@pytest.fixture
def served(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/oai"
    server.shutdown()
    thread.join(5)


def test_sickle_harvests_every_record_once(app, served):
    from sickle import Sickle

    ids = publish_many(app, 200) + publish_many(app, 60, kind="photograph", start=200)
    start = datetime(2020, 5, 1, tzinfo=UTC)
    for number, exhibit_id in enumerate(ids):
        set_datestamp(app, exhibit_id, start + timedelta(hours=7 * number))
    with app.app_context():
        catalog.delete_exhibit(ids[3])
        catalog.delete_exhibit(ids[4])
        catalog.empty_trash()
        catalog.unpublish_exhibit(ids[5])
        expected = _expected_headers(app)
    assert len(expected) == 260

    for method in ("GET", "POST"):
        records = list(
            Sickle(served, http_method=method).ListRecords(
                metadataPrefix="oai_dc", ignore_deleted=False
            )
        )
        harvested = [r.header.identifier for r in records]
        assert len(harvested) == len(set(harvested)) == 260
        assert set(harvested) == set(expected)
        deleted = {r.header.identifier for r in records if r.header.deleted}
        assert deleted == {i for i, (_, _, gone) in expected.items() if gone}
        titles = {r.header.identifier: r.metadata["title"] for r in records if not r.deleted}
        assert titles[f"{PREFIX}BULK-00000"] == ["Bulk document 0"]

    sickle = Sickle(served)
    photos = {
        h.identifier for h in sickle.ListIdentifiers(metadataPrefix="oai_dc", set="kind:photograph")
    }
    assert photos == {i for i, (kind, _, _) in expected.items() if kind == "photograph"}
    window = {"from": "2020-06-01", "until": "2020-06-20"}
    dated = {h.identifier for h in sickle.ListIdentifiers(metadataPrefix="oai_dc", **window)}
    low, high = datetime(2020, 6, 1), datetime(2020, 6, 21)
    assert dated == {i for i, (_, stamp, _) in expected.items() if low <= stamp < high}
    assert 50 < len(dated) < 70


def _expected_headers(app: Flask) -> dict[str, tuple[str, datetime, bool]]:
    """identifier → (kind, datestamp, deleted), read from the database directly."""
    session = db.session()
    rows = session.scalars(select(Exhibit).where(Exhibit.published_at.is_not(None))).all()
    found = {
        f"{PREFIX}{e.accession_number}": (
            e.kind,
            max(e.updated_at, e.published_at).replace(tzinfo=None),
            not e.is_published,
        )
        for e in rows
    }
    for tombstone in session.scalars(select(DeletedRecord)):
        found[f"{PREFIX}{tombstone.accession_number}"] = (
            tombstone.kind,
            tombstone.deleted_at.replace(tzinfo=None),
            True,
        )
    return found


def test_unpublished_galleries_are_no_sets(app, harvest, make_exhibit):
    exhibit = make_exhibit(images=0)
    with app.app_context():
        gallery = catalog.create_gallery(title="Later", exhibit_ids=[exhibit.id], published=True)
        catalog.set_gallery_published(gallery.id, False)
        assert db.session().get(Gallery, gallery.id).published is False
    root = harvest(verb="GetRecord", identifier=f"{PREFIX}TEST-0001", metadataPrefix="oai_dc")
    assert record_header(root, "TEST-0001").xpath("o:setSpec/text()", namespaces=NS) == [
        "kind:document"
    ]


def test_the_demo_museum_harvests_valid_and_whole(demo_app, schema):
    """Real content (Markdown, ensembles, galleries) through every page of ListRecords."""
    client = demo_app.test_client()
    arguments = {"verb": "ListRecords", "metadataPrefix": "oai_dc"}
    harvested = []
    while True:
        root = etree.fromstring(client.get("/oai", query_string=arguments).data)
        check_valid(schema, root)
        harvested += identifiers(root)
        token = root.findtext("o:ListRecords/o:resumptionToken", namespaces=NS)
        if not token:
            break
        arguments = {"verb": "ListRecords", "resumptionToken": token}
    with demo_app.app_context():
        published = db.session().scalars(
            select(Exhibit.accession_number).where(Exhibit.published_at.is_not(None))
        )
        assert sorted(harvested) == sorted(oai_identifier(number) for number in published)
    assert len(harvested) >= 40
    sets = etree.fromstring(client.get("/oai?verb=ListSets").data)
    check_valid(schema, sets)
    assert len(sets.xpath("//o:setSpec[starts-with(., 'gallery:')]", namespaces=NS)) == 5


def test_a_change_of_tags_or_galleries_moves_the_datestamp(app, harvest, make_exhibit):
    tagged, shown = make_exhibit(images=0), make_exhibit(images=0)
    old = datetime(2024, 1, 1, tzinfo=UTC)
    for exhibit in (tagged, shown):
        set_datestamp(app, exhibit.id, old)
    with app.app_context():
        catalog.update_exhibit(tagged.id, {}, tags=["seals"])
        catalog.create_gallery(title="Seals", exhibit_ids=[shown.id], published=True)
    root = harvest(verb="ListIdentifiers", metadataPrefix="oai_dc", **{"from": "2025-01-01"})
    assert sorted(i.removeprefix(PREFIX) for i in identifiers(root)) == sorted(
        [tagged.accession_number, shown.accession_number]
    )
