"""Writing exhibits: create, edit, review, publish, trash, restore, parts and hotspots."""

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from museum import db, faults
from museum.catalog.common import (
    CatalogError,
    ImageEdit,
    NewImage,
    NotFound,
    accession_key,
    get,
    unique_slug,
    user_id,
)
from museum.catalog.history import log, queue_for_index, record_change
from museum.catalog.images import (
    apply_image_edits,
    discard_unreferenced,
    image_row,
    stage_images,
    staged_from_hash,
)
from museum.dates import parse_date
from museum.i18n import ngettext
from museum.kinds import KIND_FIELD_NAMES, KINDS
from museum.models import Exhibit, Hotspot, Image, Revision, Status, Tag, User, utcnow
from museum.oai.sets import write_tombstone
from museum.safe_urls import UnsafeLink, check_texts
from museum.translation import merged, split_fields, unflatten

COMMON_FIELDS = frozenset(
    {
        "accession_number",
        "kind",
        "title",
        "summary",
        "description",
        "date_text",
        "place",
        "materials",
        "dimensions",
        "provenance",
        "credit_line",
        "rights",
        "location_hall",
        "location_case",
        "featured",
        "notes",  # curators only: never shown to visitors
    }
)
EXHIBIT_FIELDS = COMMON_FIELDS | KIND_FIELD_NAMES
REQUIRED_FIELDS = ("accession_number", "kind", "title")
NON_TEXT_FIELDS = frozenset({"pages", "featured"})
REQUIRED_MESSAGES = {
    "accession_number": _l("Accession number is required."),
    "kind": _l("Kind is required."),
    "title": _l("Title is required."),
}


class DuplicateAccessionNumber(CatalogError):
    def __init__(self, existing: Exhibit) -> None:
        message = _(
            "Accession number %(number)s is already used by “%(title)s”.",
            number=existing.accession_number,
            title=existing.title,
        )
        super().__init__(message, field="accession_number")
        # Plain values: the row itself is expired when the failed transaction rolls back.
        self.existing_id = existing.id
        self.existing_slug = existing.slug
        self.existing_title = existing.title


@dataclass(frozen=True)
class NewHotspot:
    part_id: int
    left: float
    top: float
    width: float
    height: float


def create_exhibit(
    fields: Mapping[str, Any],
    *,
    images: Sequence[NewImage | ImageEdit] = (),
    tags: Iterable[str] = (),
    publish: bool = False,
    by: User | None = None,
) -> Exhibit:
    """Create an exhibit with its images and tags; return it."""
    values = clean_fields(fields, required=REQUIRED_FIELDS)
    edits, fresh = _image_edits(images)
    try:
        with db.write_session() as session:
            _check_accession_free(session, values["accession_number"])
            exhibit = Exhibit(created_by_id=user_id(by), updated_by_id=user_id(by))
            apply_values(exhibit, values)
            exhibit.slug = unique_slug(session, Exhibit, exhibit.title)
            exhibit.tags = _tags(session, tags)
            exhibit.images = []
            apply_image_edits(session, exhibit, edits)
            if publish:
                _require_alt_texts(exhibit)
                _publish(exhibit)
            session.add(exhibit)
            record_change(session, exhibit, "published" if publish else "created", by)
            session.flush()
            faults.checkpoint("rows-flushed")
    except BaseException:
        discard_unreferenced(fresh)
        raise
    return exhibit


def update_exhibit(
    exhibit_id: int,
    fields: Mapping[str, Any],
    *,
    tags: Iterable[str] | None = None,
    add_images: Sequence[NewImage] = (),
    images: Sequence[ImageEdit] | None = None,
    by: User | None = None,
) -> Exhibit:
    """Change the given fields; `images` (when given) is the whole new list, in order."""
    values = clean_fields(fields, required=[name for name in REQUIRED_FIELDS if name in fields])
    added, fresh = _image_edits(add_images)
    try:
        with db.write_session() as session:
            exhibit = get(session, Exhibit, exhibit_id)
            if values.get("accession_number", exhibit.accession_number) != exhibit.accession_number:
                _check_accession_free(session, values["accession_number"])
            apply_values(exhibit, values)
            if "title" in values and exhibit.published_at is None:
                exhibit.slug = unique_slug(session, Exhibit, exhibit.title, exclude=exhibit.id)
            if tags is not None:
                exhibit.tags = _tags(session, tags)
            current = images if images is not None else _unchanged(exhibit.images)
            apply_image_edits(session, exhibit, [*current, *added])
            if exhibit.status == Status.PUBLISHED:
                _require_alt_texts(exhibit)
            exhibit.updated_by_id = user_id(by)
            record_change(session, exhibit, "updated", by)
    except BaseException:
        discard_unreferenced(fresh)
        raise
    return exhibit


def submit_exhibit(exhibit_id: int, *, by: User | None = None) -> Exhibit:
    """Ask a curator to review a draft and publish it."""
    return _set_status(exhibit_id, Status.SUBMITTED, "submitted for review", by)


def publish_exhibit(exhibit_id: int, *, by: User | None = None) -> Exhibit:
    """Make an exhibit visible to visitors; its slug is fixed from now on, for good."""
    return _set_status(exhibit_id, Status.PUBLISHED, "published", by)


def unpublish_exhibit(exhibit_id: int, *, by: User | None = None) -> Exhibit:
    """Hide an exhibit from visitors again (its slug stays what it was)."""
    return _set_status(exhibit_id, Status.DRAFT, "unpublished", by)


def delete_exhibit(exhibit_id: int, *, by: User | None = None) -> Exhibit:
    """Move an exhibit to the trash: hidden everywhere, restorable by a curator."""
    with db.write_session() as session:
        exhibit = get(session, Exhibit, exhibit_id)
        exhibit.deleted_at = utcnow()
        record_change(session, exhibit, "moved to the trash", by)
    return exhibit


def restore_exhibit(exhibit_id: int, *, by: User | None = None) -> Exhibit:
    """Bring an exhibit back from the trash, as it was."""
    with db.write_session() as session:
        exhibit = get(session, Exhibit, exhibit_id)
        exhibit.deleted_at = None
        record_change(session, exhibit, "restored from the trash", by)
    return exhibit


def empty_trash(*, by: User | None = None) -> int:
    """Delete for good every exhibit in the trash; return how many. Files stay until swept."""
    with db.write_session() as session:
        doomed = list(session.scalars(select(Exhibit).where(Exhibit.deleted_at.is_not(None))))
        for exhibit in doomed:
            write_tombstone(session, exhibit)  # OAI-PMH harvesters learn of the deletion
            log(session, "deleted for good", exhibit, by)
            queue_for_index(session, [exhibit.id])
            # Its revisions go too: SQLite may give the id to a new exhibit later.
            session.execute(
                delete(Revision).where(
                    Revision.entity == "exhibit", Revision.entity_id == exhibit.id
                )
            )
            session.execute(delete(Hotspot).where(Hotspot.part_id == exhibit.id))
            session.delete(exhibit)
    return len(doomed)


def restore_revision(exhibit_id: int, number: int, *, by: User | None = None) -> Exhibit:
    """Bring back the fields, tags and images of an earlier revision, as a new revision."""
    with db.write_session() as session:
        exhibit = get(session, Exhibit, exhibit_id)
        restore_snapshot(session, exhibit, number, f"restored revision {number}", by)
    return exhibit


def restore_snapshot(
    session: Session, exhibit: Exhibit, number: int, action: str, by: User | None
) -> None:
    """Within a write transaction: bring back revision `number` of the exhibit, logged as
    `action`."""
    revision = session.scalar(
        select(Revision).where(
            Revision.entity == "exhibit",
            Revision.entity_id == exhibit.id,
            Revision.number == number,
        )
    )
    if revision is None:
        raise NotFound(_("No revision %(number)s of this exhibit.", number=number))
    old = json.loads(revision.snapshot)
    if old["accession_number"] != exhibit.accession_number:
        _check_accession_free(session, old["accession_number"])
    for name in EXHIBIT_FIELDS:
        if name in old:  # revisions older than a field (notes) leave it as it is
            setattr(exhibit, name, old[name])
    exhibit.translations = unflatten(old, Exhibit.TRANSLATED)
    exhibit.accession_key = accession_key(exhibit.accession_number)
    exhibit.year_from, exhibit.year_to = _years(exhibit.date_text)
    exhibit.tags = _tags(session, old["tags"])
    exhibit.images = [
        _image_from_snapshot(data, position) for position, data in enumerate(old["images"])
    ]
    record_change(session, exhibit, action, by)


def set_parts(ensemble_id: int, part_ids: Sequence[int], *, by: User | None = None) -> None:
    """Make the given exhibits, in this order, the parts of an ensemble."""
    with db.write_session() as session:
        ensemble = get(session, Exhibit, ensemble_id)
        if ensemble.kind != "ensemble":
            message = _("“%(title)s” is not an ensemble.", title=ensemble.title)
            raise CatalogError(message, field="parts")
        if ensemble_id in part_ids:
            raise CatalogError(_("An ensemble cannot be a part of itself."), field="parts")
        for part in ensemble.parts:
            part.parent_id = None
        for position, part_id in enumerate(part_ids):
            part = get(session, Exhibit, part_id)
            part.parent_id, part.part_position = ensemble.id, position
        record_change(session, ensemble, "parts changed", by)


def set_hotspots(
    ensemble_id: int, hotspots: Sequence[NewHotspot], *, by: User | None = None
) -> None:
    """Replace the hotspots on an ensemble's scene image; each leads to one of its parts."""
    with db.write_session() as session:
        ensemble = get(session, Exhibit, ensemble_id)
        parts = {part.id for part in ensemble.parts}
        session.execute(delete(Hotspot).where(Hotspot.ensemble_id == ensemble_id))
        for spot in hotspots:
            if spot.part_id not in parts:
                message = _("A hotspot must lead to a part of this ensemble.")
                raise CatalogError(message, "hotspots")
            box = (spot.left, spot.top, spot.width, spot.height)
            if not all(0 <= value <= 1 for value in box) or spot.width <= 0 or spot.height <= 0:
                raise CatalogError(_("A hotspot must lie on the image."), "hotspots")
            if spot.left + spot.width > 1.0001 or spot.top + spot.height > 1.0001:
                raise CatalogError(_("A hotspot must lie on the image."), "hotspots")
            session.add(
                Hotspot(
                    ensemble_id=ensemble_id,
                    part_id=spot.part_id,
                    left=spot.left,
                    top=spot.top,
                    width=spot.width,
                    height=spot.height,
                )
            )
        record_change(session, ensemble, "hotspots changed", by)


def clean_fields(fields: Mapping[str, Any], required: Sequence[str]) -> dict[str, Any]:
    """Check and tidy exhibit fields; raise CatalogError naming the first bad one.

    Texts in other languages (`title_ru`) come back as one "translations" change."""
    fields, translated = split_fields(fields, Exhibit.TRANSLATED)
    unknown = set(fields) - EXHIBIT_FIELDS
    if unknown:
        names = ", ".join(sorted(unknown))
        raise CatalogError(_("Unknown exhibit fields: %(names)s.", names=names))
    values = {name: _tidy(name, value) for name, value in fields.items()}
    _check_lengths(values)
    _check_links(values, translated)
    for name in required:
        if not values.get(name):
            raise CatalogError(_required(name), field=name)
    if "kind" in values and values["kind"] not in KINDS:
        kinds = ", ".join(KINDS)
        raise CatalogError(_("Kind must be one of: %(kinds)s.", kinds=kinds), field="kind")
    if "accession_number" in values:
        values["accession_key"] = accession_key(values["accession_number"])
    if "pages" in values:
        values["pages"] = _optional_count(values["pages"])
    if "date_text" in values:
        values["year_from"], values["year_to"] = _years(values["date_text"])
    if "featured" in values:
        values["featured"] = bool(values["featured"])
    if translated:
        values["translations"] = translated
    return values


def _check_lengths(values: Mapping[str, Any]) -> None:
    """Refuse text longer than its column holds (PostgreSQL would refuse it with an error)."""
    for name, value in values.items():
        column = Exhibit.__table__.columns.get(name)
        limit = getattr(column.type, "length", None) if column is not None else None
        if limit and isinstance(value, str) and len(value) > limit:
            message = _(
                "“%(field)s” is too long: at most %(limit)s characters.",
                field=name.replace("_", " ").capitalize(),
                limit=limit,
            )
            raise CatalogError(message, field=name)


def apply_values(exhibit: Exhibit, values: Mapping[str, Any]) -> None:
    """Set checked fields (from clean_fields) on an exhibit, merging its translations."""
    for name, value in values.items():
        if name == "translations":
            exhibit.translations = merged(exhibit.translations, value)
        else:
            setattr(exhibit, name, value)


def _check_links(values: Mapping[str, Any], translated: Mapping[str, Mapping[str, Any]]) -> None:
    try:
        check_texts(values, translated)
    except UnsafeLink as error:
        raise CatalogError(error.message, field=error.field) from error


def _required(name: str) -> str:
    if name in REQUIRED_MESSAGES:
        return str(REQUIRED_MESSAGES[name])
    return f"{name.replace('_', ' ').capitalize()} is required."


def _tidy(name: str, value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if value is None and name not in NON_TEXT_FIELDS:
        return ""  # an empty form field: the columns hold text, never NULL
    return value


def images_missing_alt_text(exhibit: Exhibit) -> list[int]:
    """1-based positions of images with neither alt text nor a decorative mark."""
    return [
        number
        for number, image in enumerate(exhibit.images, start=1)
        if not image.alt_text.strip() and not image.decorative
    ]


def _set_status(exhibit_id: int, status: Status, action: str, by: User | None) -> Exhibit:
    with db.write_session() as session:
        exhibit = get(session, Exhibit, exhibit_id)
        if status == Status.PUBLISHED:
            _require_alt_texts(exhibit)
            _publish(exhibit)
        else:
            exhibit.status = status
        exhibit.updated_by_id = user_id(by)
        record_change(session, exhibit, action, by)
    return exhibit


def _require_alt_texts(exhibit: Exhibit) -> None:
    missing = images_missing_alt_text(exhibit)
    if missing:
        numbers = ", ".join(str(number) for number in missing)
        # One sentence in English for one image or several; other languages may differ.
        message = ngettext(
            "Before publishing, give image %(numbers)s an alt text or mark it decorative.",
            "Before publishing, give image %(numbers)s an alt text or mark it decorative.",
            len(missing),
            numbers=numbers,
        )
        raise CatalogError(message, field="images")


def _publish(exhibit: Exhibit) -> None:
    exhibit.status = Status.PUBLISHED
    exhibit.published_at = exhibit.published_at or utcnow()


def _image_edits(images: Sequence[NewImage | ImageEdit]):
    """Turn uploads into staged images (storing their files) and keep edits as they are."""
    fresh = stage_images([image for image in images if isinstance(image, NewImage)])
    staged = iter(fresh)
    edits = [
        ImageEdit(
            None, next(staged), image.caption, image.alt_text, image.decorative, image.translations
        )
        if isinstance(image, NewImage)
        else image
        for image in images
    ]
    return edits, fresh


def _unchanged(images: Sequence[Image]) -> list[ImageEdit]:
    return [ImageEdit(i.id, None, i.caption, i.alt_text, i.decorative) for i in images]


def _image_from_snapshot(data: dict, position: int) -> Image:
    staged = staged_from_hash(data["sha256"], data["original_filename"])
    row = image_row(staged, position, data["caption"], data["alt_text"], data["decorative"])
    row.byte_size = data["byte_size"]
    row.translations = unflatten(data, Image.TRANSLATED)
    return row


def _years(date_text: str | None) -> tuple[int | None, int | None]:
    parsed = parse_date(date_text or "")
    return (parsed.year_from, parsed.year_to) if parsed else (None, None)


def _optional_count(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise CatalogError(_("Pages must be a whole number."), field="pages")
    return number


def _check_accession_free(session: Session, accession_number: str) -> None:
    existing = session.scalar(select(Exhibit).where(Exhibit.accession_number == accession_number))
    if existing is not None:
        raise DuplicateAccessionNumber(existing)


def _tags(session: Session, names: Iterable[str]) -> list[Tag]:
    wanted = list(dict.fromkeys(n.strip().lower() for n in names if n.strip()))
    limit = Tag.__table__.columns["name"].type.length
    for name in wanted:
        if len(name) > limit:
            message = _("A tag is too long: at most %(limit)s characters.", limit=limit)
            raise CatalogError(message, field="tags")
    found = {t.name: t for t in session.scalars(select(Tag).where(Tag.name.in_(wanted)))}
    return [found.get(name) or Tag(name=name) for name in wanted]
