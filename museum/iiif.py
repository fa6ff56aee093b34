"""IIIF Presentation API 3.0: exhibits as Manifests, galleries and tours as Collections.

IIIF viewers (Mirador, the Universal Viewer, ...) and aggregators read these documents, built
here as plain dicts. Every address is absolute on PUBLIC_BASE_URL, as in linked_data. Images
are painted from the `large` derivative; images with deep-zoom tiles also name the level 0
IIIF Image API service of museum/views/interop.py, and their canvas takes the original's size,
which is the size that service describes.
"""

from collections.abc import Iterable
from html import escape
from typing import Any
from urllib.parse import urlsplit

from flask import current_app
from sqlalchemy.orm import selectinload

from museum import db, queries
from museum.kinds import KINDS
from museum.linked_data import exhibit_url, image_public_url, public_url
from museum.models import Exhibit, Gallery, Image, Tour
from museum.render import image_size

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
MEDIA_TYPE = f'application/ld+json;profile="{CONTEXT}"'
# The language of the catalog's texts; issue 9 adds Russian and Turkmen.
LANGUAGE = "en"
CANVAS_SIZE = "large"
EMPTY_CANVAS = (1600, 1200)  # the shape of a "large" landscape picture
THUMBNAIL_SIZE = "small"
# rightsstatements.org's statements; the specification accepts only their /vocab/ URIs.
RIGHTS_STATEMENTS = frozenset(
    (
        *("InC", "InC-OW-EU", "InC-EDU", "InC-NC", "InC-RUU"),
        *("NoC-CR", "NoC-NC", "NoC-OKLR", "NoC-US"),
        *("CNE", "UND", "NKC"),
    )
)

JSON = dict[str, Any]


# --- lookups ---------------------------------------------------------------------------------


def published_exhibit(accession_number: str) -> Exhibit | None:
    """The published exhibit with exactly this accession number (a manifest has one address)."""
    query = (
        queries.published_exhibits()
        .where(Exhibit.accession_number == accession_number)
        .options(selectinload(Exhibit.tags), selectinload(Exhibit.parts))
    )
    return db.session().scalar(query)


def has_manifest(exhibit: Exhibit) -> bool:
    return exhibit.is_published


def collection_for(slug: str) -> JSON | None:
    """The Collection of the published gallery, or else tour, with this slug."""
    gallery = queries.gallery_by_slug(slug)
    if gallery is not None:
        return gallery_collection(gallery)
    tour = queries.tour_by_slug(slug)
    if tour is not None:
        return tour_collection(tour)
    return None


# --- manifests -------------------------------------------------------------------------------


def manifest_url(exhibit: Exhibit) -> str:
    return public_url("interop.iiif_manifest", accession_number=exhibit.accession_number)


def manifest(exhibit: Exhibit) -> JSON:
    """The exhibit as a IIIF Manifest: one canvas per image, in the curator's order."""
    manifest_id = manifest_url(exhibit)
    base = manifest_id.removesuffix("/manifest.json")
    images = exhibit.images
    data: JSON = {
        "@context": CONTEXT,
        "id": manifest_id,
        "type": "Manifest",
        "label": text(exhibit.title),
        "summary": text(html_safe(exhibit.summary)) if exhibit.summary else None,
        "metadata": metadata(exhibit),
        "requiredStatement": {
            "label": text("Attribution"),
            "value": text(html_safe(exhibit.credit_line or current_app.config["SITE_NAME"])),
        },
        "rights": rights_uri(exhibit.rights),
        "navDate": nav_date(exhibit.year_from),
        "thumbnail": thumbnail(images[0]) if images else None,
        "homepage": [homepage(exhibit_url(exhibit), exhibit.title)],
        "items": [canvas(base, image, number) for number, image in enumerate(images, 1)]
        or [empty_canvas(base)],
    }
    return _present(data)


def empty_canvas(base: str) -> JSON:
    """A manifest must hold a canvas: an exhibit with no image yet gets one with nothing on
    it, so that its metadata still reaches IIIF software."""
    width, height = EMPTY_CANVAS
    return {
        "id": f"{base}/canvas/none",
        "type": "Canvas",
        "label": text("No image yet"),
        "width": width,
        "height": height,
        "items": [],
    }


def canvas(base: str, image: Image, number: int) -> JSON:
    canvas_id = f"{base}/canvas/{image.id}"
    width, height = canvas_size(image)
    data: JSON = {
        "id": canvas_id,
        "type": "Canvas",
        "label": text(image.caption or f"Image {number}"),
        "summary": _alt_text(image),
        "width": width,
        "height": height,
        "thumbnail": thumbnail(image),
        "items": [
            {
                "id": f"{canvas_id}/page",
                "type": "AnnotationPage",
                "items": [painting(canvas_id, image)],
            }
        ],
    }
    return _present(data)


def canvas_size(image: Image) -> tuple[int, int]:
    """The original's size when tiles exist (their service describes it), else the large one."""
    if image.has_tiles:
        return image.width, image.height
    return image_size(image, CANVAS_SIZE)


def painting(canvas_id: str, image: Image) -> JSON:
    """The annotation that paints the image onto the whole of its canvas."""
    width, height = image_size(image, CANVAS_SIZE)
    body: JSON = {
        "id": image_public_url(image, CANVAS_SIZE),
        "type": "Image",
        "format": "image/jpeg",
        "width": width,
        "height": height,
    }
    if image.has_tiles:
        service_id = public_url("interop.iiif_service", image_id=image.id)
        body["service"] = [{"id": service_id, "type": "ImageService3", "profile": "level0"}]
    return {
        "id": f"{canvas_id}/painting",
        "type": "Annotation",
        "motivation": "painting",
        "body": body,
        "target": canvas_id,
    }


def thumbnail(image: Image) -> list[JSON]:
    width, height = image_size(image, THUMBNAIL_SIZE)
    return [
        {
            "id": image_public_url(image, THUMBNAIL_SIZE),
            "type": "Image",
            "format": "image/jpeg",
            "width": width,
            "height": height,
        }
    ]


def homepage(url: str, title: str) -> JSON:
    return {
        "id": url,
        "type": "Text",
        "label": text(title),
        "format": "text/html",
        "language": [LANGUAGE],
    }


def metadata(exhibit: Exhibit) -> list[JSON]:
    """Label and value pairs of every field a visitor sees on the exhibit page."""
    kind = KINDS[exhibit.kind]
    fields = [
        ("Accession number", exhibit.accession_number),
        ("Date", exhibit.date_text),
        ("Kind", kind.label_en),
        *((field.label_en, getattr(exhibit, field.name)) for field in kind.fields),
        ("Place", exhibit.place),
        ("Materials", exhibit.materials),
        ("Dimensions", exhibit.dimensions),
        ("Provenance", exhibit.provenance),
        ("In the museum", ", ".join(filter(None, (exhibit.location_hall, exhibit.location_case)))),
        ("Rights", "" if rights_uri(exhibit.rights) else exhibit.rights),
        ("Part of", _published_title(exhibit.parent)),
    ]
    pairs = [(label, [value]) for label, value in fields]
    pairs.append(("Parts", [part.title for part in queries.visible_parts(exhibit)]))
    pairs.append(("Tags", [tag.name for tag in exhibit.tags]))
    return [pair for label, values in pairs if (pair := _pair(label, values))]


def rights_uri(value: str) -> str | None:
    """A Creative Commons or rightsstatements.org URI in the http:// form the specification
    requires (https://creativecommons.org/licenses/by/4.0/deed.en →
    http://creativecommons.org/licenses/by/4.0/), or None for anything else."""
    value = value.strip()
    if not value or any(character.isspace() for character in value):
        return None
    parts = urlsplit(value)
    host = parts.netloc.lower().removeprefix("www.")
    segments = [segment for segment in parts.path.split("/") if segment]
    if parts.scheme.lower() not in ("http", "https"):
        return None
    if host == "creativecommons.org":
        return _creative_commons(segments)
    if host == "rightsstatements.org":
        return _rights_statement(segments)
    return None


def nav_date(year: int | None) -> str | None:
    """The start of the exhibit's first year, which viewers use to order things in time."""
    if year is None or not 1 <= year <= 9999:
        return None
    return f"{year:04d}-01-01T00:00:00Z"


# --- collections -----------------------------------------------------------------------------


def gallery_collection(gallery: Gallery) -> JSON:
    cover = gallery.cover_image
    visible_cover = cover if cover and cover.exhibit and cover.exhibit.is_published else None
    return collection(
        gallery.slug,
        gallery.title,
        gallery.introduction,
        public_url("public.gallery", slug=gallery.slug),
        queries.gallery_exhibits(gallery),
        visible_cover,
    )


def tour_collection(tour: Tour) -> JSON:
    return collection(
        tour.slug,
        tour.title,
        tour.introduction,
        public_url("public.tour", slug=tour.slug),
        (stop.exhibit for stop in queries.visible_stops(tour)),
    )


def collection(
    slug: str,
    title: str,
    introduction: str,
    page_url: str,
    exhibits: Iterable[Exhibit],
    cover: Image | None = None,
) -> JSON:
    """A Collection of the manifests of these exhibits, in this order (each once)."""
    items: dict[int, JSON] = {}
    for exhibit in exhibits:
        if exhibit.id not in items and has_manifest(exhibit):
            items[exhibit.id] = manifest_reference(exhibit)
    data: JSON = {
        "@context": CONTEXT,
        "id": public_url("interop.iiif_collection", slug=slug),
        "type": "Collection",
        "label": text(title),
        "summary": text(html_safe(introduction)) if introduction else None,
        "requiredStatement": {
            "label": text("Attribution"),
            "value": text(html_safe(current_app.config["SITE_NAME"])),
        },
        "homepage": [homepage(page_url, title)],
        "thumbnail": thumbnail(cover) if cover else None,
        "items": list(items.values()),
    }
    if data["thumbnail"] is None:
        shown = (item["thumbnail"] for item in items.values() if "thumbnail" in item)
        data["thumbnail"] = next(shown, None)
    return _present(data)


def manifest_reference(exhibit: Exhibit) -> JSON:
    reference = {
        "id": manifest_url(exhibit),
        "type": "Manifest",
        "label": text(exhibit.title),
        "thumbnail": thumbnail(exhibit.images[0]) if exhibit.images else None,
    }
    return _present(reference)


# --- text ------------------------------------------------------------------------------------


def text(value: str) -> dict[str, list[str]]:
    """A language map of one value in the catalog's language."""
    return {LANGUAGE: [value]}


def html_safe(value: str) -> str:
    """Show a value as typed, even one that looks like HTML.

    Clients read a summary or metadata value that starts with "<" and ends with ">" as HTML
    (labels never are): such text goes into an element, escaped, so that it shows as typed."""
    stripped = value.strip()
    if stripped.startswith("<") and stripped.endswith(">"):
        return f"<span>{escape(value, quote=False)}</span>"
    return value


def _present(data: JSON) -> JSON:
    """The properties that have a value (IIIF has no nulls)."""
    return {key: value for key, value in data.items() if value is not None}


def _pair(label: str, values: list[Any]) -> JSON | None:
    shown = [html_safe(str(value)) for value in values if value not in (None, "")]
    return {"label": text(label), "value": {LANGUAGE: shown}} if shown else None


def _alt_text(image: Image) -> dict[str, list[str]] | None:
    """IIIF has no alt text: the canvas's summary carries it to viewers."""
    if image.decorative or not image.alt_text:
        return None
    return text(html_safe(image.alt_text))


def _published_title(exhibit: Exhibit | None) -> str:
    return exhibit.title if exhibit is not None and exhibit.is_published else ""


def _creative_commons(segments: list[str]) -> str | None:
    """licenses/by/4.0/, licenses/by-sa/3.0/us/, publicdomain/zero/1.0/ (deeds dropped)."""
    kept = [s for s in segments if not s.lower().startswith(("deed", "legalcode"))]
    if len(kept) < 3 or kept[0] not in ("licenses", "publicdomain"):
        return None
    if not kept[2].replace(".", "").isdigit():
        return None
    return "http://creativecommons.org/" + "/".join(kept) + "/"


def _rights_statement(segments: list[str]) -> str | None:
    """vocab/InC/1.0/, also from the human-readable page/InC/1.0/."""
    if len(segments) != 3 or segments[0] not in ("vocab", "page"):
        return None
    if segments[1] not in RIGHTS_STATEMENTS or segments[2] != "1.0":
        return None
    return f"http://rightsstatements.org/vocab/{segments[1]}/1.0/"
