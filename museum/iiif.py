"""IIIF Presentation API 3.0: exhibits as Manifests, galleries and tours as Collections.

IIIF viewers (Mirador, the Universal Viewer, ...) and aggregators read these documents, built
here as plain dicts. Every address is absolute on PUBLIC_BASE_URL, as in linked_data. Images
are painted from the `large` derivative; images with deep-zoom tiles also name the level 0
IIIF Image API service of museum/views/interop.py, and their canvas takes the original's size,
which is the size that service describes.
"""

from collections.abc import Callable, Iterable
from html import escape
from typing import Any
from urllib.parse import urlsplit

from flask import current_app
from flask_babel import force_locale, gettext
from sqlalchemy.orm import selectinload

from museum import db, i18n, queries
from museum.i18n import N_
from museum.kinds import KINDS
from museum.linked_data import exhibit_url, image_public_url, public_url
from museum.models import Exhibit, Gallery, Image, Tour
from museum.render import image_size
from museum.sitemap import in_language
from museum.translation import default_language, languages_of, localized

CONTEXT = "http://iiif.io/api/presentation/3/context.json"
MEDIA_TYPE = f'application/ld+json;profile="{CONTEXT}"'
SOURCE_LANGUAGE = "en"  # of the interface's texts (msgids)
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
        "label": translated(exhibit, "title"),
        "summary": translated(exhibit, "summary", html_safe) or None,
        "metadata": metadata(exhibit),
        "requiredStatement": {
            "label": interface_text(N_("Attribution")),
            "value": text(html_safe(exhibit.credit_line or current_app.config["SITE_NAME"])),
        },
        "rights": rights_uri(exhibit.rights),
        "navDate": nav_date(exhibit.year_from),
        "thumbnail": thumbnail(images[0]) if images else None,
        "homepage": homepages(exhibit_url(exhibit), exhibit),
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
        "label": interface_text(N_("No image yet")),
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
        "label": translated(image, "caption")
        or interface_text(N_("Image %(number)s"), number=number),
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


def homepages(url: str, record: Exhibit | Gallery | Tour) -> list[JSON]:
    """The record's page in each offered language (the default's bare address first), each
    labelled with the title that page shows."""
    found = []
    for language in i18n.offered():
        title = localized(record, "title", language)
        found.append(
            {
                "id": in_language(url, language),
                "type": "Text",
                "label": {title.language: [str(title)]},
                "format": "text/html",
                "language": [language],
            }
        )
    return found


def metadata(exhibit: Exhibit) -> list[JSON]:
    """Label and value pairs of every field a visitor sees on the exhibit page: labels in every
    offered language (the interface's translations), values in every language they have."""
    kind = KINDS[exhibit.kind]
    fields: list[tuple[str, Values]] = [
        (N_("Accession number"), plain(exhibit.accession_number)),
        (N_("Date"), plain(exhibit.date_text)),
        (N_("Kind"), interface_text(kind.label_en)),
        *((field.label_en, _field_values(exhibit, field.name)) for field in kind.fields),
        (N_("Place"), plain(exhibit.place)),
        (N_("Materials"), plain(exhibit.materials)),
        (N_("Dimensions"), plain(exhibit.dimensions)),
        (N_("Provenance"), plain(exhibit.provenance)),
        (
            N_("In the museum"),
            plain(", ".join(filter(None, (exhibit.location_hall, exhibit.location_case)))),
        ),
        (N_("Rights"), plain("" if rights_uri(exhibit.rights) else exhibit.rights)),
        (N_("Part of"), _parent_title(exhibit.parent)),
        (N_("Parts"), _titles(queries.visible_parts(exhibit))),
        (N_("Tags"), plain(*(tag.name for tag in exhibit.tags))),
    ]
    return [{"label": interface_text(label), "value": value} for label, value in fields if value]


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
        gallery,
        public_url("public.gallery", slug=gallery.slug),
        queries.gallery_exhibits(gallery),
        visible_cover,
    )


def tour_collection(tour: Tour) -> JSON:
    return collection(
        tour,
        public_url("public.tour", slug=tour.slug),
        (stop.exhibit for stop in queries.visible_stops(tour)),
    )


def collection(
    record: Gallery | Tour,
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
        "id": public_url("interop.iiif_collection", slug=record.slug),
        "type": "Collection",
        "label": translated(record, "title"),
        "summary": translated(record, "introduction", html_safe) or None,
        "requiredStatement": {
            "label": interface_text(N_("Attribution")),
            "value": text(html_safe(current_app.config["SITE_NAME"])),
        },
        "homepage": homepages(page_url, record),
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
        "label": translated(exhibit, "title"),
        "thumbnail": thumbnail(exhibit.images[0]) if exhibit.images else None,
    }
    return _present(reference)


# --- text ------------------------------------------------------------------------------------


Values = dict[str, list[str]]  # a language map


def text(value: str) -> Values:
    """A language map of one value in the catalog's default language."""
    return {default_language(): [value]}


def plain(*values: Any) -> Values:
    """Values that have no translations (numbers, places, tags), in the default language;
    empty when none has text."""
    shown = [html_safe(str(value)) for value in values if value not in (None, "")]
    return {default_language(): shown} if shown else {}


def translated(record: Any, field: str, clean: Callable[[str], str] = str) -> Values:
    """A field in every language it has text in, the default first ({} when none)."""
    return {language: [clean(value)] for language, value in languages_of(record, field).items()}


def interface_text(message: str, **values: Any) -> Values:
    """An interface text (a label) in every language the museum offers that its catalogs
    translate it into (English is the source text: an untranslated one is left out)."""
    english = message % values if values else message
    found = {}
    for language in i18n.offered():
        with force_locale(language):
            words = gettext(message, **values)
        if language == SOURCE_LANGUAGE or words != english:
            found[language] = [words]
    return found or {SOURCE_LANGUAGE: [english]}


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


def _field_values(exhibit: Exhibit, name: str) -> Values:
    if name in Exhibit.TRANSLATED:
        return translated(exhibit, name, html_safe)
    return plain(getattr(exhibit, name))


def _titles(exhibits: list[Exhibit]) -> Values:
    """Several exhibits' titles: in the default language, and in each other language every
    one of them has a title in (a list half in another language would mislead)."""
    found: Values = {}
    for exhibit in exhibits:
        for language, title in languages_of(exhibit, "title").items():
            found.setdefault(language, []).append(html_safe(title))
    default = default_language()
    return {
        language: titles
        for language, titles in found.items()
        if language == default or len(titles) == len(exhibits)
    }


def _alt_text(image: Image) -> Values | None:
    """IIIF has no alt text: the canvas's summary carries it to viewers."""
    if image.decorative:
        return None
    return translated(image, "alt_text", html_safe) or None


def _parent_title(exhibit: Exhibit | None) -> Values:
    if exhibit is None or not exhibit.is_published:
        return {}
    return _titles([exhibit])


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
