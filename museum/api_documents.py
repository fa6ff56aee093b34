"""What the JSON API says about exhibits, galleries and tours: plain dicts, ready for jsonify.

Only what visitors may see: published exhibits outside the trash, and never the curators'
`notes`. Every address is absolute on PUBLIC_BASE_URL, like the exhibit pages' canonical links.
Descriptions and introductions are the curators' Markdown as written. Texts are in the
museum's default language (`language`), the others under `translations`. museum/openapi.py
describes these shapes; the two change together.
"""

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from flask import current_app
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from museum import db, labels
from museum.kinds import KINDS
from museum.linked_data import exhibit_url, public_url
from museum.media.derivatives import FORMATS, SIZE_NAMES
from museum.models import Exhibit, Gallery, Image, Status, Tour, TourStop
from museum.queries import Page
from museum.render import image_size, image_url
from museum.translation import default_language, other_languages, text_in

MAX_PER_PAGE = 100  # the most items a page of the API holds
IMAGE_NAMES = {"alt_text": "alt"}  # the image document's names of the texts
SUMMARY_TEXTS = ("title", "summary", "description")


def translations(
    record: Any, fields: Iterable[str], names: dict[str, str] | None = None
) -> dict[str, dict[str, str]]:
    """{"ru": {"title": ...}, "tk": {...}}: the texts in every language but the default, each
    language with only the fields it has text for (languages without any are left out).
    `names` renames fields as the document calls them."""
    found = {}
    for language in other_languages():
        texts = {
            (names or {}).get(field, field): text
            for field in fields
            if (text := text_in(record, field, language))
        }
        if texts:
            found[language] = texts
    return found


def absolute(path: str) -> str:
    """An address on the museum's public host: PUBLIC_BASE_URL + path."""
    return str(current_app.config["PUBLIC_BASE_URL"]).rstrip("/") + path


def image_document(image: Image, *, zoomable: bool = True) -> dict[str, Any]:
    """An image: its texts, its upright size and every derivative size with its URLs.

    `zoomable`: the image belongs to a published exhibit, so its IIIF tiles (if any) are served;
    covers and floor plans say no rather than look their exhibit up."""
    return {
        "alt": "" if image.decorative else image.alt_text,
        "caption": image.caption,
        "decorative": image.decorative,
        "width": image.width,
        "height": image.height,
        "sizes": {name: _size(image, name) for name in SIZE_NAMES},
        "iiif_info": (
            public_url("interop.iiif_info", image_id=image.id)
            if zoomable and image.has_tiles
            else None
        ),
        "translations": translations(
            image, ("caption",) if image.decorative else ("alt_text", "caption"), IMAGE_NAMES
        ),
    }


def _size(image: Image, name: str) -> dict[str, Any]:
    width, height = image_size(image, name)
    urls = {extension: absolute(image_url(image, name, extension)) for extension in FORMATS}
    return {"width": width, "height": height, **urls}


def exhibit_summary(exhibit: Exhibit) -> dict[str, Any]:
    """What every list says of an exhibit (its tags and images must be loaded, see preload)."""
    return {
        "accession_number": exhibit.accession_number,
        "slug": exhibit.slug,
        "title": exhibit.title,
        "kind": exhibit.kind,
        "date": exhibit.date_text,
        "year_from": exhibit.year_from,
        "year_to": exhibit.year_to,
        "summary": exhibit.summary,
        "description": exhibit.description,
        "url": exhibit_url(exhibit),
        "api_url": public_url("api.exhibit", accession_number=exhibit.accession_number),
        "images": [image_document(image) for image in exhibit.images],
        "tags": [tag.name for tag in exhibit.tags],
        "language": default_language(),
        "translations": translations(exhibit, SUMMARY_TEXTS),
    }


def exhibit_document(exhibit: Exhibit) -> dict[str, Any]:
    """Everything visitors may read of an exhibit (parts and ensemble loaded, see preload)."""
    parent = exhibit.parent
    kind = KINDS[exhibit.kind]
    own = {field.name for field in kind.fields}
    texts = [*SUMMARY_TEXTS, *(name for name in Exhibit.TRANSLATED if name in own)]
    return {
        **exhibit_summary(exhibit),
        "translations": translations(exhibit, texts),
        "kind_fields": {field.name: getattr(exhibit, field.name) for field in kind.fields},
        "place": exhibit.place,
        "materials": exhibit.materials,
        "dimensions": exhibit.dimensions,
        "provenance": exhibit.provenance,
        "credit_line": exhibit.credit_line,
        "rights": exhibit.rights,
        "location": {"hall": exhibit.location_hall, "case": exhibit.location_case},
        "parts": [part.accession_number for part in exhibit.parts if part.is_published],
        "part_of": parent.accession_number if parent is not None and parent.is_published else None,
        "short_url": labels.short_link(exhibit.accession_number),
        "iiif_manifest": public_url(
            "interop.iiif_manifest", accession_number=exhibit.accession_number
        ),
        "updated_at": _timestamp(exhibit.updated_at),
    }


def _timestamp(moment: datetime) -> str:
    # SQLite hands back naive datetimes; the catalog writes UTC.
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def preload(exhibits: Sequence[Exhibit], *, full: bool = True) -> None:
    """Load tags (and, when `full`, parts and ensembles) of many exhibits in a few statements,
    so that documents of a whole page cost no statement per exhibit. Their images come with
    them from queries.published_exhibits()."""
    ids = [exhibit.id for exhibit in exhibits]
    if not ids:
        return
    options = [selectinload(Exhibit.tags)]
    if full:
        options += [selectinload(Exhibit.parts), selectinload(Exhibit.parent)]
    db.session().scalars(select(Exhibit).where(Exhibit.id.in_(ids)).options(*options)).all()


def preload_floor_plans(tours: Sequence[Tour]) -> None:
    ids = [tour.id for tour in tours]
    if ids:
        query = select(Tour).where(Tour.id.in_(ids)).options(selectinload(Tour.floor_plan_image))
        db.session().scalars(query).all()


def paging(page: Page, per_page: int, endpoint: str, args: dict[str, Any]) -> dict[str, Any]:
    """Where a page stands among all pages, with the addresses of its neighbours (the same
    `args` and the page number)."""

    def link(number: int) -> str:
        return public_url(endpoint, **args, page=number)

    return {
        "total": page.total,
        "page": page.number,
        "pages": page.pages,
        "per_page": per_page,
        "next": link(page.number + 1) if page.has_next else None,
        "previous": link(page.number - 1) if page.has_previous else None,
    }


def gallery_summary(gallery: Gallery, exhibit_count: int) -> dict[str, Any]:
    cover = gallery.cover_image
    return {
        "slug": gallery.slug,
        "title": gallery.title,
        "introduction": gallery.introduction,
        "theme": gallery.theme,
        "url": public_url("public.gallery", slug=gallery.slug),
        "api_url": public_url("api.gallery", slug=gallery.slug),
        "exhibit_count": exhibit_count,
        "cover": image_document(cover, zoomable=False) if cover is not None else None,
        "language": default_language(),
        "translations": translations(gallery, Gallery.TRANSLATED),
    }


def tour_summary(tour: Tour, stop_count: int) -> dict[str, Any]:
    plan = tour.floor_plan_image
    return {
        "slug": tour.slug,
        "title": tour.title,
        "introduction": tour.introduction,
        "url": public_url("public.tour", slug=tour.slug),
        "api_url": public_url("api.tour", slug=tour.slug),
        "stop_count": stop_count,
        "floor_plan": image_document(plan, zoomable=False) if plan is not None else None,
        "language": default_language(),
        "translations": translations(tour, Tour.TRANSLATED),
    }


def tour_stops(tour: Tour, stops: Iterable[TourStop]) -> list[dict[str, Any]]:
    """The visible stops in order, numbered from 1 as the stop pages are."""
    return [
        {
            "number": number,
            "title": stop.title or stop.exhibit.title,
            "narration": stop.narration,
            "room": stop.room,
            "showcase": stop.showcase,
            "url": public_url("public.tour_stop", slug=tour.slug, number=number),
            "exhibit": exhibit_summary(stop.exhibit),
            "translations": _stop_translations(stop),
        }
        for number, stop in enumerate(stops, start=1)
    ]


def _stop_translations(stop: TourStop) -> dict[str, dict[str, str]]:
    """As the stop's `title`: its own titles when it has one, else its exhibit's."""
    found = translations(stop, ("narration",))
    titled = stop if stop.title else stop.exhibit
    for language, texts in translations(titled, ("title",)).items():
        found.setdefault(language, {}).update(texts)
    return {language: found[language] for language in other_languages() if language in found}


def tour_stop_counts() -> dict[int, int]:
    """The number of stops with a published exhibit in each tour, by tour id."""
    query = (
        select(TourStop.tour_id, func.count())
        .join(Exhibit, TourStop.exhibit_id == Exhibit.id)
        .where(Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None))
        .group_by(TourStop.tour_id)
    )
    return dict(db.session().execute(query).tuples().all())
