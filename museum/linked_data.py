"""What an exhibit page tells search engines and other sites: schema.org JSON-LD, Open Graph.

Every address here is absolute on PUBLIC_BASE_URL, the museum's public address (the one printed
QR labels carry), never the host a request happened to arrive on.
"""

import json
from typing import Any

from flask import current_app, url_for
from markupsafe import Markup

from museum.kinds import KINDS
from museum.models import Exhibit, Image
from museum.render import image_size, image_url, museum_name

# The largest derivative under 2000 px: sharp in link previews (which ask for at least 1200 px)
# without sending the kiosk size.
SHARE_SIZE = "large"
# A kind field that names who made the exhibit, per kind.
CREATOR_FIELDS = {"photograph": "photographer", "document": "issuer", "equipment": "maker"}
# Inside <script>, "</script>" or "<!--" in a title would end or confuse the element: JSON allows
# these characters as \u escapes, which read back as the same text.
_SCRIPT_SAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def public_url(endpoint: str, **values: Any) -> str:
    """The absolute public address of a page or file: PUBLIC_BASE_URL + its path."""
    base = str(current_app.config["PUBLIC_BASE_URL"]).rstrip("/")
    return base + url_for(endpoint, **values)


def exhibit_url(exhibit: Exhibit) -> str:
    return public_url("public.exhibit", slug=exhibit.slug)


def image_public_url(image: Image, size: str = SHARE_SIZE) -> str:
    base = str(current_app.config["PUBLIC_BASE_URL"]).rstrip("/")
    return base + image_url(image, size)


def schema_type(kind: str) -> dict[str, Any]:
    """The schema.org type of a kind of exhibit.

    Kinds schema.org has no type for are a Thing whose additionalType is the kind's name as
    the page shows it ("Equipment", "Award", "Ensemble"): plain text, which schema.org allows.
    """
    if kind == "photograph":
        return {"@type": "VisualArtwork"}
    if kind == "document":
        return {"@type": ["CreativeWork", "ArchiveComponent"]}
    return {"@type": "Thing", "additionalType": KINDS[kind].label_en}


def exhibit_json_ld(exhibit: Exhibit, parts: list[Exhibit]) -> dict[str, Any]:
    """The exhibit as a schema.org JSON-LD object, with its ensemble and its published parts."""
    museum = {
        "@type": "ArchiveOrganization" if exhibit.kind == "document" else "Organization",
        "name": museum_name(),
        "url": public_url("public.home"),
    }
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        **_reference(exhibit),
        "identifier": exhibit.accession_number,
        "description": exhibit.t.summary,
        "dateCreated": _date(exhibit),
        "image": [image_public_url(image) for image in exhibit.images],
        "keywords": [tag.name for tag in exhibit.tags],
        "creator": _creator(exhibit),
        "holdingArchive" if exhibit.kind == "document" else "provider": museum,
    }
    parent = exhibit.parent
    if parent is not None and parent.is_published:
        data["isPartOf"] = _reference(parent)
    if parts:
        data["hasPart"] = [_reference(part) for part in parts]
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def json_script(data: dict[str, Any]) -> Markup:
    """JSON for a <script type="application/ld+json"> element that no text can break out of."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.translate(_SCRIPT_SAFE))  # noqa: S704 - JSON with <, >, & escaped


def open_graph(exhibit: Exhibit) -> list[tuple[str, str]]:
    """Open Graph properties of an exhibit page (and the Twitter card that reads them)."""
    tags = [
        ("og:type", "article"),
        ("og:site_name", museum_name()),
        ("og:title", exhibit.t.title),
        ("og:url", exhibit_url(exhibit)),
    ]
    if exhibit.t.summary:
        tags.append(("og:description", exhibit.t.summary))
    image = exhibit.primary_image
    if image is not None:
        width, height = image_size(image, SHARE_SIZE)
        tags += [
            ("og:image", image_public_url(image)),
            ("og:image:type", "image/jpeg"),
            ("og:image:width", str(width)),
            ("og:image:height", str(height)),
            ("og:image:alt", image.t.alt_text or exhibit.t.title),
        ]
    tags.append(("twitter:card", "summary_large_image" if image else "summary"))
    return tags


def _reference(exhibit: Exhibit) -> dict[str, Any]:
    return {**schema_type(exhibit.kind), "name": exhibit.t.title, "url": exhibit_url(exhibit)}


def _date(exhibit: Exhibit) -> str:
    """A year, or an ISO 8601 interval of years, when the curator's date could be read."""
    if exhibit.year_from is None:
        return exhibit.date_text
    if exhibit.year_to in (None, exhibit.year_from):
        return f"{exhibit.year_from:04d}"
    return f"{exhibit.year_from:04d}/{exhibit.year_to:04d}"


def _creator(exhibit: Exhibit) -> str:
    field = CREATOR_FIELDS.get(exhibit.kind)
    name = getattr(exhibit, field) if field else ""
    # "Unknown", "Unknown saddler": the catalog says nobody knows, which names no creator.
    return "" if name.strip().lower().startswith("unknown") else name
