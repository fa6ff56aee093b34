"""The OpenAPI 3.1 document of the JSON API, served at /api/openapi.json.

It describes exactly what museum/views/api.py and museum/api_documents.py answer: every object
lists all its properties as required and allows no others, so the schemathesis test in
tests/test_api.py fails as soon as an answer and this document disagree.
"""

from typing import Any

from flask import current_app
from sqlalchemy import Integer

from museum import browse
from museum.api_documents import MAX_PER_PAGE
from museum.kinds import KINDS
from museum.media.derivatives import FORMATS, SIZE_NAMES
from museum.models import Exhibit
from museum.search.query import FACETS
from museum.translation import CONTENT_LANGUAGES, other_languages

OPENAPI_VERSION = "3.1.0"
API_VERSION = "1.0.0"
SEARCH_PER_PAGE = 20

Schema = dict[str, Any]


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema: Schema) -> Schema:
    if "type" in schema:
        return {**schema, "type": [schema["type"], "null"]}
    return {"oneOf": [schema, {"type": "null"}]}


def text(description: str = "", **more: Any) -> Schema:
    return {"type": "string", **({"description": description} if description else {}), **more}


def uri(description: str = "") -> Schema:
    return text(description, format="uri")


def integer(description: str = "", **more: Any) -> Schema:
    return {"type": "integer", **({"description": description} if description else {}), **more}


def array(items: Schema, description: str = "") -> Schema:
    return {
        "type": "array",
        "items": items,
        **({"description": description} if description else {}),
    }


def closed(properties: dict[str, Schema], description: str = "") -> Schema:
    """An object that always has exactly these properties."""
    return {
        "type": "object",
        **({"description": description} if description else {}),
        "required": list(properties),
        "properties": properties,
        "additionalProperties": False,
    }


def translations(fields: list[str], what: str) -> Schema:
    """{"ru": {"title": ...}, "tk": {...}}: the other languages, each with the texts it has."""
    texts = {
        "type": "object",
        "properties": {field: text() for field in fields},
        "additionalProperties": False,
        "minProperties": 1,
    }
    return {
        "type": "object",
        "description": f"{what} in the languages besides `language`, by language code; a "
        "language without any text is left out, and so is a field without text in it.",
        "properties": {language: texts for language in other_languages()},
        "additionalProperties": False,
    }


def language() -> Schema:
    return text(
        "The language of the plain text fields (the museum's default language).",
        enum=list(CONTENT_LANGUAGES),
    )


# --- the answers' shapes ----------------------------------------------------------------------


def _image_schemas() -> dict[str, Schema]:
    size = closed(
        {
            "width": integer(minimum=1),
            "height": integer(minimum=1),
            **{extension: uri(f"The {extension.upper()} file.") for extension in FORMATS},
        },
        "One derivative size (never larger than the original).",
    )
    return {
        "ImageSize": size,
        "Image": closed(
            {
                "alt": text("Alternative text; empty for a decorative image."),
                "caption": text(),
                "decorative": {"type": "boolean"},
                "width": integer("The original's width in pixels, upright.", minimum=1),
                "height": integer("The original's height in pixels, upright.", minimum=1),
                "sizes": closed(
                    {name: ref("ImageSize") for name in SIZE_NAMES},
                    "Every size made of the image: kiosk 2560, large 1600, medium 800 and small "
                    "400 px on the long edge, and a 200x200 square crop.",
                ),
                "iiif_info": nullable(
                    uri("IIIF Image API 3.0 info.json of the deep-zoom tiles, for large images.")
                ),
                "translations": translations(
                    ["alt", "caption"], "The alt text (none when decorative) and caption"
                ),
            }
        ),
    }


def _summary_properties() -> dict[str, Schema]:
    return {
        "accession_number": text("The museum's inventory number; may hold slashes, Cyrillic."),
        "slug": text("The exhibit page's address is /exhibits/<slug>."),
        "title": text(),
        "kind": text(enum=list(KINDS)),
        "date": text("The date as the curator wrote it (e.g. “ca. 1930”); may be empty."),
        "year_from": nullable(integer("First year of the date, when it could be read.")),
        "year_to": nullable(integer("Last year of the date, when it could be read.")),
        "summary": text("One or two plain sentences."),
        "description": text("Markdown."),
        "url": uri("The exhibit's page."),
        "api_url": uri("This exhibit in the API."),
        "images": array(ref("Image"), "In the curator's order; the first is the main one."),
        "tags": array(text(), "Lower case, by name."),
        "language": language(),
        "translations": translations(
            ["title", "summary", "description"], "The title, summary and description"
        ),
    }


def _kind_fields() -> Schema:
    choices = []
    for kind in KINDS.values():
        fields = {field.name: _column_schema(field.name, field.label_en) for field in kind.fields}
        choices.append({"title": kind.label_en, **closed(fields)})
    return {"description": "The fields of the exhibit's kind.", "oneOf": choices}


def _column_schema(name: str, label: str) -> Schema:
    if isinstance(Exhibit.__table__.c[name].type, Integer):
        return nullable(integer(label))
    return text(label)


def _exhibit_schemas() -> dict[str, Schema]:
    summary = _summary_properties()
    full = {
        **summary,
        "kind_fields": _kind_fields(),
        "place": text(),
        "materials": text(),
        "dimensions": text(),
        "provenance": text(),
        "credit_line": text(),
        "rights": text(),
        "location": closed({"hall": text(), "case": text()}, "Where it stands in the museum."),
        "parts": array(text(), "Accession numbers of the ensemble's parts on display, in order."),
        "part_of": nullable(text("Accession number of the ensemble it belongs to.")),
        "short_url": uri("The permanent short link printed on its QR label."),
        "iiif_manifest": uri("Its IIIF Presentation 3 manifest."),
        "updated_at": text("Last change, UTC.", format="date-time"),
        "translations": translations(
            ["title", "summary", "description", "transcription"],
            "The title, summary, description and (documents) transcription",
        ),
    }
    return {
        "ExhibitSummary": closed(summary, "An exhibit as lists show it."),
        "Exhibit": closed(full, "Everything visitors may read of an exhibit."),
        "ExhibitPage": closed(
            {**_paging(), "exhibits": array(ref("Exhibit"))}, "One page of exhibits."
        ),
    }


def _paging() -> dict[str, Schema]:
    return {
        "total": integer("Matching items on every page.", minimum=0),
        "page": integer(minimum=1),
        "pages": integer("At least 1: an empty list has one empty page.", minimum=1),
        "per_page": integer(minimum=1, maximum=MAX_PER_PAGE),
        "next": nullable(uri("The next page, with the same arguments.")),
        "previous": nullable(uri("The previous page, with the same arguments.")),
    }


def _arrangement_schemas() -> dict[str, Schema]:
    gallery = {
        "slug": text(),
        "title": text(),
        "introduction": text("Markdown."),
        "theme": text("Its visual theme on the site."),
        "url": uri(),
        "api_url": uri(),
        "exhibit_count": integer("Its exhibits on display.", minimum=0),
        "cover": nullable(ref("Image")),
        "language": language(),
        "translations": translations(["title", "introduction"], "The title and introduction"),
    }
    tour = {
        "slug": text(),
        "title": text(),
        "introduction": text("Markdown."),
        "url": uri(),
        "api_url": uri(),
        "stop_count": integer("Its stops whose exhibit is on display.", minimum=0),
        "floor_plan": nullable(ref("Image")),
        "language": language(),
        "translations": translations(["title", "introduction"], "The title and introduction"),
    }
    stop = {
        "number": integer("From 1, as the stop pages count.", minimum=1),
        "title": text("The stop's own title, else its exhibit's."),
        "narration": text(),
        "room": text(),
        "showcase": text(),
        "url": uri("The stop's page."),
        "exhibit": ref("ExhibitSummary"),
        "translations": translations(["title", "narration"], "The title and narration"),
    }
    return {
        "GallerySummary": closed(gallery),
        "GalleryList": closed({"galleries": array(ref("GallerySummary"), "In curator's order.")}),
        "Gallery": closed(
            {**gallery, **_paging(), "exhibits": array(ref("ExhibitSummary"))},
            "A gallery with one page of its exhibits in the curator's order.",
        ),
        "TourSummary": closed(tour),
        "TourList": closed({"tours": array(ref("TourSummary"), "By title.")}),
        "TourStop": closed(stop),
        "Tour": closed({**tour, "stops": array(ref("TourStop"))}),
    }


def _search_schemas() -> dict[str, Schema]:
    hit = {
        **_summary_properties(),
        "thumbnail": nullable(uri("The small JPEG of its main image.")),
        "excerpt": text("HTML: the matched words in <mark>, everything else escaped."),
    }
    counts = {"type": "object", "additionalProperties": integer(minimum=0)}
    return {
        "SearchHit": closed(hit),
        "SearchResults": closed(
            {
                "query": text("The search as used (spaces tidied, trimmed when too long)."),
                "total": integer(minimum=0),
                "page": integer(minimum=1),
                "pages": integer(minimum=1),
                "corrected_query": nullable(text("What was searched for instead of a typo.")),
                "notice": nullable(text()),
                "results": array(ref("SearchHit"), f"At most {SEARCH_PER_PAGE}, best first."),
                "facets": {
                    "type": "object",
                    "description": "Counts of the matches per value of each facet.",
                    "properties": {name: counts for name in FACETS},
                    "additionalProperties": False,
                },
            }
        ),
        "Suggestions": closed({"query": text(), "suggestions": array(text())}),
        "Error": closed(
            {
                "status": integer("The HTTP status code.", minimum=400, maximum=599),
                "error": text("The status's name."),
                "message": text("What was wrong, for people."),
            }
        ),
    }


def schemas() -> dict[str, Schema]:
    return {
        **_image_schemas(),
        **_exhibit_schemas(),
        **_arrangement_schemas(),
        **_search_schemas(),
    }


# --- parameters and operations ----------------------------------------------------------------


def query(name: str, schema: Schema, description: str, **more: Any) -> Schema:
    return {"name": name, "in": "query", "description": description, "schema": schema, **more}


def path(name: str, description: str) -> Schema:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": text(minLength=1),
    }


def _paging_parameters(default_per_page: int) -> list[Schema]:
    return [
        query("page", integer(minimum=1, default=1), "Page number; past the last page is 404."),
        query(
            "per_page",
            integer(minimum=1, maximum=MAX_PER_PAGE, default=min(default_per_page, MAX_PER_PAGE)),
            "Items per page.",
        ),
    ]


def _browse_parameters() -> list[Schema]:
    return [
        query("kind", text(enum=list(KINDS)), "Only exhibits of this kind."),
        query("gallery", text(), "Only exhibits in this gallery (its slug); unknown is 404."),
        query(
            "decade",
            text(pattern=r"^[0-9]{1,4}0s?$"),
            "Only exhibits whose years touch this decade: its first year, e.g. 1930 or 1930s.",
        ),
        query(
            "tag",
            {**array(text()), "maxItems": browse.MAX_TAGS},
            "Only exhibits with every one of these tags (repeat the parameter); unknown is 404.",
            style="form",
            explode=True,
        ),
        query("images", integer(enum=[0, 1]), "1: only exhibits with images."),
        query(
            "sort",
            text(enum=list(browse.SORTS), default="date"),
            "date (undated last), title, or accession (natural: CM-2 before CM-10).",
        ),
    ]


def _search_parameters() -> list[Schema]:
    return [
        query(
            "q",
            text(),
            "Words, phrases in quotes, prefixes, field queries (kind:award year:1990..1999).",
        ),
        query("kind", text(), "A kind of exhibit."),
        query("decade", text(), "A decade's first year."),
        query("gallery", text(), "A gallery's id, as the gallery facet names it."),
        query("tags", text(), "A tag."),
        query("sort", text(enum=["relevance", "date", "title"], default="relevance"), "Order."),
        query("page", integer(minimum=1, default=1), "Past the last page: the last page."),
        query("exact", text(enum=["1"]), "1: no typo correction."),
    ]


def _answers(schema: str, *errors: int, description: str = "OK") -> Schema:
    answers: Schema = {
        "200": {
            "description": description,
            "headers": {"Access-Control-Allow-Origin": {"$ref": "#/components/headers/CORS"}},
            "content": {"application/json": {"schema": ref(schema)}},
        }
    }
    for code in errors:
        answers[str(code)] = {"$ref": f"#/components/responses/{ERRORS[code][0]}"}
    return answers


ERRORS = {
    400: ("BadRequest", "A parameter's value is malformed (the message says which)."),
    404: ("NotFound", "Nothing of that name on display, or a page past the last."),
}


def _operation(summary: str, operation_id: str, answers: Schema, parameters=()) -> Schema:
    return {
        "get": {
            "summary": summary,
            "operationId": operation_id,
            "parameters": list(parameters),
            "responses": answers,
        }
    }


def paths() -> dict[str, Schema]:
    config = current_app.config
    exhibit_number = path("accession_number", "Slashes may be sent as they are or as %2F.")
    slug = path("slug", "The slug of its page's address.")
    return {
        "/api/exhibits": _operation(
            "Published exhibits, filtered and sorted like the browse page",
            "listExhibits",
            _answers("ExhibitPage", 400, 404),
            [*_browse_parameters(), *_paging_parameters(config["EXHIBITS_PER_PAGE"])],
        ),
        "/api/exhibits/{accession_number}": _operation(
            "One exhibit by its accession number (found loosely, as /e/ links are)",
            "getExhibit",
            _answers("Exhibit", 404),
            [exhibit_number],
        ),
        "/api/galleries": _operation(
            "The galleries on display", "listGalleries", _answers("GalleryList")
        ),
        "/api/galleries/{slug}": _operation(
            "A gallery with its exhibits in order, a page at a time",
            "getGallery",
            _answers("Gallery", 400, 404),
            [slug, *_paging_parameters(config["GALLERY_EXHIBITS_PER_PAGE"])],
        ),
        "/api/tours": _operation("The tours on display", "listTours", _answers("TourList")),
        "/api/tours/{slug}": _operation(
            "A tour with its stops", "getTour", _answers("Tour", 404), [slug]
        ),
        "/api/search": _operation(
            "Full-text search with facets and typo correction",
            "search",
            _answers("SearchResults"),
            _search_parameters(),
        ),
        "/api/suggest": _operation(
            "Completions of the last word typed",
            "suggest",
            _answers("Suggestions"),
            [query("q", text(), "What was typed so far.")],
        ),
        "/api/openapi.json": _operation(
            "This document",
            "openapi",
            {
                "200": {
                    "description": "OK",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            },
        ),
    }


def components() -> Schema:
    error = {"content": {"application/json": {"schema": ref("Error")}}}
    return {
        "schemas": schemas(),
        "responses": {
            name: {"description": description, **error} for name, description in ERRORS.values()
        },
        "headers": {
            "CORS": {
                "description": "Any site may read the API (without credentials).",
                "required": True,
                "schema": text(const="*"),
            }
        },
    }


def document() -> Schema:
    """The whole OpenAPI document, with the museum's name and public address."""
    config = current_app.config
    return {
        "openapi": OPENAPI_VERSION,
        "info": {
            "title": f"{config['SITE_NAME']}: collection API",
            "version": API_VERSION,
            "description": DESCRIPTION,
        },
        "servers": [{"url": str(config["PUBLIC_BASE_URL"]).rstrip("/")}],
        "paths": paths(),
        "components": components(),
    }


DESCRIPTION = """\
The museum's published exhibits, galleries and tours as JSON, read-only and public.

* Drafts and exhibits in the trash are never shown: asking for one is 404.
* Every address in an answer is absolute, on the museum's public address.
* Descriptions and introductions are Markdown, as the curators wrote them.
* Texts are in several languages. Plain fields (`title`, `summary`, `caption`...) are in the
  museum's default language, which `language` names on every exhibit, gallery and tour;
  `translations` holds the others by language code, each with only the texts it has:
  `{"ru": {"title": "..."}, "tk": {"title": "...", "summary": "..."}}`. A text with no
  translation reads in the default language. The same holds for images (`alt`, `caption`)
  and tour stops (`title`, `narration`).
* Errors are JSON too: `{"status", "error", "message"}` with a 4xx status.
* Any site may read the API from a browser (CORS `Access-Control-Allow-Origin: *`).
* Answers but search's carry an ETag and `Cache-Control: no-cache`: revalidate with
  `If-None-Match`.
"""
