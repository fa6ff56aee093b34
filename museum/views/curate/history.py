"""Revisions (history, compare, restore), the activity log and emptying the trash."""

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import format_datetime
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select
from werkzeug.routing import BuildError
from werkzeug.wrappers import Response

from museum import catalog, db
from museum.auth import role_required
from museum.forms import ConfirmForm
from museum.i18n import LANGUAGE_NAMES, ngettext
from museum.kinds import KINDS
from museum.models import (
    Activity,
    Exhibit,
    Gallery,
    Image,
    ImportBatch,
    Revision,
    Role,
    Status,
    Tour,
)
from museum.queries import Page
from museum.translation import CONTENT_LANGUAGES, flat_name
from museum.users import list_users
from museum.views.curate import bp

MODELS = {"exhibit": Exhibit, "gallery": Gallery, "tour": Tour}
KEYS = {"exhibit": "exhibit_id", "gallery": "gallery_id", "tour": "tour_id"}
EDIT_ENDPOINTS = {
    "exhibit": "curate.edit_exhibit",
    "gallery": "curate.edit_gallery",
    "tour": "curate.edit_tour",
}
RESTORE = {
    "exhibit": catalog.restore_revision,
    "gallery": catalog.restore_gallery_revision,
    "tour": catalog.restore_tour_revision,
}
ACTIVITY_PER_PAGE = 50
PAIRING_SECONDS = 5  # a revision and its activity line are written in the same transaction

LABELS = {
    "accession_number": _l("Accession number"),
    "kind": _l("Kind"),
    "title": _l("Title"),
    "summary": _l("Summary"),
    "description": _l("Description"),
    "date_text": _l("Date"),
    "place": _l("Place"),
    "materials": _l("Materials"),
    "dimensions": _l("Dimensions"),
    "provenance": _l("Provenance"),
    "credit_line": _l("Credit line"),
    "rights": _l("Rights"),
    "location_hall": _l("Hall"),
    "location_case": _l("Case"),
    "featured": _l("Featured on the home page"),
    "notes": _l("Notes (curators only)"),
    "status": _l("Status"),
    "slug": _l("Web address"),
    "tags": _l("Tags"),
    "images": _l("Images"),
    "parts": _l("Parts"),
    "introduction": _l("Introduction"),
    "theme": _l("Theme"),
    "published": _l("Published"),
    "cover_image_id": _l("Cover image"),
    "exhibits": _l("Exhibits"),
    "stops": _l("Stops"),
    "floor_plan": _l("Floor plan"),
} | {field.name: field.label for kind in KINDS.values() for field in kind.fields}


STATUS_NAMES = {
    Status.DRAFT: _l("draft"),
    Status.SUBMITTED: _l("submitted"),
    Status.PUBLISHED: _l("published"),
}
# The activity log stores what was done in English; it is shown in the page's language.
ACTIONS = {
    "created": _l("created"),
    "updated": _l("updated"),
    "published": _l("published"),
    "unpublished": _l("unpublished"),
    "submitted for review": _l("submitted for review"),
    "moved to the trash": _l("moved to the trash"),
    "restored from the trash": _l("restored from the trash"),
    "deleted for good": _l("deleted for good"),
    "parts changed": _l("parts changed"),
    "hotspots changed": _l("hotspots changed"),
    "created by import": _l("created by import"),
    "updated by import": _l("updated by import"),
    "imported from CSV": _l("imported from CSV"),
    "import undone": _l("import undone"),
    "moved to the trash: import undone": _l("moved to the trash: import undone"),
    "deleted for good: import undone": _l("deleted for good: import undone"),
    "made default": _l("made default"),
    "deleted": _l("deleted"),
}
RESTORED_REVISION = re.compile(r"restored revision (\d+)")


def action_label(action: str) -> str:
    """An activity line's action in the page's language (unknown ones as they were stored)."""
    if action in ACTIONS:
        return str(ACTIONS[action])
    restored = RESTORED_REVISION.fullmatch(action)
    if restored:
        return _("restored revision %(number)s", number=restored[1])
    return action


@dataclass(frozen=True)
class ShownChange:
    label: str
    before: str | list[str]
    after: str | list[str]
    language: str | None = None  # the language of a translated text (`title_ru`)


# --- revisions ----------------------------------------------------------------------------


@bp.get("/exhibits/<int:exhibit_id>/history")
def exhibit_history(exhibit_id: int) -> str:
    return _history("exhibit", exhibit_id)


@bp.get("/galleries/<int:gallery_id>/history")
def gallery_history(gallery_id: int) -> str:
    return _history("gallery", gallery_id)


@bp.get("/tours/<int:tour_id>/history")
def tour_history(tour_id: int) -> str:
    return _history("tour", tour_id)


@bp.get("/exhibits/<int:exhibit_id>/history/compare")
def compare_exhibit_revisions(exhibit_id: int) -> Response | str:
    return _compare("exhibit", exhibit_id)


@bp.get("/galleries/<int:gallery_id>/history/compare")
def compare_gallery_revisions(gallery_id: int) -> Response | str:
    return _compare("gallery", gallery_id)


@bp.get("/tours/<int:tour_id>/history/compare")
def compare_tour_revisions(tour_id: int) -> Response | str:
    return _compare("tour", tour_id)


@bp.post("/exhibits/<int:exhibit_id>/history/<int:number>/restore")
def restore_exhibit_revision(exhibit_id: int, number: int) -> Response:
    return _restore("exhibit", exhibit_id, number)


@bp.post("/galleries/<int:gallery_id>/history/<int:number>/restore")
def restore_gallery_revision(gallery_id: int, number: int) -> Response:
    return _restore("gallery", gallery_id, number)


@bp.post("/tours/<int:tour_id>/history/<int:number>/restore")
def restore_tour_revision(tour_id: int, number: int) -> Response:
    return _restore("tour", tour_id, number)


def _history(entity: str, record_id: int) -> str:
    record = _record(entity, record_id)
    revisions = _revisions(entity, record)
    actions = _actions(entity, record, revisions)
    return render_template(
        "curate/history.html",
        **_page_context(entity, record),
        revisions=revisions,
        actions=actions,
        latest=revisions[0].number if revisions else None,
        default_a=revisions[1].number if len(revisions) > 1 else None,
    )


def _compare(entity: str, record_id: int) -> Response | str:
    record = _record(entity, record_id)
    numbers = {request.args.get("a", type=int), request.args.get("b", type=int)}
    if None in numbers or len(numbers) != 2:
        flash(_("Pick two different revisions to compare."), "error")
        return redirect(_url(entity, "history", record_id))
    old, new = (_revision(entity, record, number) for number in sorted(numbers))
    changes = catalog.diff(json.loads(old.snapshot), json.loads(new.snapshot))
    return render_template(
        "curate/compare.html",
        **_page_context(entity, record),
        old=old,
        new=new,
        changes=[_shown(change) for change in changes],
        latest=_revisions(entity, record)[0].number,
    )


def _restore(entity: str, record_id: int, number: int) -> Response:
    record = _record(entity, record_id)
    _check_may_restore(entity, record)
    try:
        RESTORE[entity](record_id, number, by=current_user)
    except catalog.NotFound:
        abort(404)
    except catalog.CatalogError as error:
        flash(error.message, "error")
        return redirect(_url(entity, "history", record_id))
    latest = _latest(entity, record_id)
    flash(
        _(
            "Revision %(number)s restored; it is saved as revision %(latest)s.",
            number=number,
            latest=latest,
        )
    )
    editable = record.deleted_at is None and edit_url(entity, record_id)
    return redirect(editable or _url(entity, "history", record_id))


def _check_may_restore(entity: str, record: Exhibit | Gallery | Tour) -> None:
    if current_user.has_role(Role.CURATOR) or _own_unpublished(entity, record):
        return
    abort(403, description=str(RESTORE_REFUSED[entity]))


RESTORE_REFUSED = {
    "exhibit": _l("Only curators may restore revisions of published exhibits."),
    "gallery": _l("Only curators may restore revisions of a gallery."),
    "tour": _l("Only curators may restore revisions of a tour."),
}


def _own_unpublished(entity: str, record: Exhibit | Gallery | Tour) -> bool:
    """Contributors may restore earlier revisions of their own exhibits that are not published."""
    return (
        entity == "exhibit"
        and record.status != Status.PUBLISHED
        and record.created_by_id == current_user.id
    )


def _may_restore(entity: str, record: Exhibit | Gallery | Tour) -> bool:
    return current_user.has_role(Role.CURATOR) or _own_unpublished(entity, record)


def _page_context(entity: str, record: Exhibit | Gallery | Tour) -> dict[str, Any]:
    return {
        "entity": entity,
        "record": record,
        "key": {KEYS[entity]: record.id},
        "history_endpoint": f"curate.{entity}_history",
        "compare_endpoint": f"curate.compare_{entity}_revisions",
        "restore_endpoint": f"curate.restore_{entity}_revision",
        "edit_url": edit_url(entity, record.id),
        "may_restore": _may_restore(entity, record),
        "confirm": ConfirmForm(),
        "when": when,
        "who": who,
    }


def _record(entity: str, record_id: int) -> Exhibit | Gallery | Tour:
    record = db.session().get(MODELS[entity], record_id)
    if record is None:
        abort(404)
    return record


def _revisions(entity: str, record: Exhibit | Gallery | Tour) -> list[Revision]:
    """The record's revisions, newest first.

    Only those made since the record was created: SQLite may give a new record the id of one
    deleted for good, whose revisions are still kept.
    """
    query = (
        select(Revision)
        .where(Revision.entity == entity, Revision.entity_id == record.id)
        .where(Revision.created_at >= record.created_at)
        .order_by(Revision.number.desc())
    )
    return list(db.session().scalars(query))


def _latest(entity: str, record_id: int) -> int | None:
    # A fresh session: the request's reading transaction began before the restore committed.
    with db.factory()() as fresh:
        return fresh.scalar(
            select(func.max(Revision.number)).where(
                Revision.entity == entity, Revision.entity_id == record_id
            )
        )


def _revision(entity: str, record: Exhibit | Gallery | Tour, number: int) -> Revision:
    found = [revision for revision in _revisions(entity, record) if revision.number == number]
    if not found:
        abort(404)
    return found[0]


def _actions(entity: str, record, revisions: list[Revision]) -> dict[int, str]:
    """Pair each revision with the activity line written with it: same user, same moment."""
    lines = list(
        db.session().scalars(
            select(Activity)
            .where(Activity.entity == entity, Activity.entity_id == record.id)
            .order_by(Activity.id)
        )
    )
    actions = {}
    for revision in sorted(revisions, key=lambda r: r.number):
        for line in lines:
            if line.user_id == revision.user_id and _close(line.created_at, revision.created_at):
                actions[revision.number] = action_label(line.action)
                lines.remove(line)
                break
    return actions


def _close(one: datetime, other: datetime) -> bool:
    return abs((_aware(one) - _aware(other)).total_seconds()) < PAIRING_SECONDS


def _url(entity: str, page: str, record_id: int) -> str:
    return url_for(f"curate.{entity}_{page}", **{KEYS[entity]: record_id})


def edit_url(entity: str, record_id: int) -> str | None:
    """The workspace page that edits this record, when the workspace has one."""
    try:
        return url_for(EDIT_ENDPOINTS[entity], **{KEYS[entity]: record_id})
    except BuildError:
        return None


# --- showing a diff in plain words --------------------------------------------------------


def _shown(change: catalog.Change) -> ShownChange:
    field, language = _field_and_language(change.field)
    label = LABELS.get(field) or field.replace("_", " ").capitalize()
    if language is not None:
        label = _("%(field)s (%(language)s)", field=label, language=LANGUAGE_NAMES[language])
    return ShownChange(
        label,
        _value(field, change.before),
        _value(field, change.after),
        language,
    )


def _field_and_language(name: str) -> tuple[str, str | None]:
    """`title_ru` is the title in Russian; other names are fields of their own."""
    for language in CONTENT_LANGUAGES:
        field = name.removesuffix(f"_{language}")
        if field != name and field in LABELS:
            return field, language
    return name, None


def _in_languages(texts_by_language: dict[str, dict[str, str]], fields: tuple[str, ...]) -> str:
    """A record's texts in other languages, one "Language: text / text" per language."""
    return "; ".join(
        _("%(language)s: %(text)s", language=LANGUAGE_NAMES.get(language, language), text=text)
        for language, texts in sorted(texts_by_language.items())
        if (text := " / ".join(texts[field] for field in fields if texts.get(field)))
    )


def _flat_translations(data: dict, fields: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """{"ru": {"caption": ...}} from a snapshot's flat names (`caption_ru`)."""
    return {
        language: {field: data.get(flat_name(field, language)) or "" for field in fields}
        for language in CONTENT_LANGUAGES
    }


def _value(field: str, value: Any) -> str | list[str]:
    if field in LIST_FORMATS:
        return LIST_FORMATS[field](value or [])
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if field == "kind":
        return KINDS[value].label if value in KINDS else str(value)
    if field == "status" and value in STATUS_NAMES:
        return str(STATUS_NAMES[value])
    if field == "cover_image_id":
        return _image_name(value)
    return str(value)


def _images(images: list[dict]) -> list[str]:
    return [_image(image) for image in images]


def _image(image: dict) -> str:
    line = _image_line(image.get("original_filename"), image.get("caption")) + f" / {_alt(image)}"
    translated = _in_languages(_flat_translations(image, IMAGE_TEXTS), IMAGE_TEXTS)
    return f"{line}; {translated}" if translated else line


IMAGE_TEXTS = ("caption", "alt_text")
STOP_TEXTS = ("title", "narration")


def _image_line(filename: str | None, caption: str | None) -> str:
    # Not inside an f-string, where message extraction would miss them.
    name = filename or _("image")
    text = caption or _("(no caption)")
    return f"{name} — {text}"


def _alt(image: dict) -> str:
    if image.get("alt_text"):
        return image["alt_text"]
    return _("decorative") if image.get("decorative") else _("(no alt text)")


def _exhibit_list(exhibit_ids: list[int]) -> list[str]:
    names = _exhibit_names(exhibit_ids)
    return [names.get(exhibit_id) or _deleted_exhibit(exhibit_id) for exhibit_id in exhibit_ids]


def _deleted_exhibit(exhibit_id: int) -> str:
    return _("exhibit %(id)s (deleted)", id=exhibit_id)


def _stops(stops: list[dict]) -> list[str]:
    names = _exhibit_names([stop["exhibit_id"] for stop in stops])
    return [_stop(stop, names) for stop in stops]


def _stop(stop: dict, names: dict[int, str]) -> str:
    where = ", ".join(
        place
        for place in (
            stop.get("room") and _("room %(room)s", room=stop["room"]),
            stop.get("showcase") and _("showcase %(showcase)s", showcase=stop["showcase"]),
        )
        if place
    )
    parts = [
        names.get(stop["exhibit_id"]) or _deleted_exhibit(stop["exhibit_id"]),
        stop.get("title") or "",
        where,
        stop.get("narration") or "",
        _in_languages(stop.get("translations") or {}, STOP_TEXTS),
    ]
    return " — ".join(part for part in parts if part)


def _exhibit_names(exhibit_ids: list[int]) -> dict[int, str]:
    rows = db.session().execute(
        select(Exhibit.id, Exhibit.accession_number, Exhibit.title).where(
            Exhibit.id.in_(exhibit_ids)
        )
    )
    return {row.id: f"{row.accession_number} {row.title}" for row in rows}


def _image_name(image_id: int | None) -> str:
    if image_id is None:
        return ""
    image = db.session().get(Image, image_id)
    if image is None:
        return _("image %(id)s (deleted)", id=image_id)
    return _image_line(image.original_filename, image.caption)


LIST_FORMATS = {
    "tags": lambda tags: ", ".join(tags),
    "images": _images,
    "parts": _exhibit_list,
    "exhibits": _exhibit_list,
    "stops": _stops,
    "floor_plan": lambda plan: _images([plan] if plan else []),
}


# --- the activity log ---------------------------------------------------------------------


@bp.get("/activity")
def activity() -> str:
    user_id = request.args.get("user", type=int)
    target = _target()
    page = _activity_page(user_id, target, request.args.get("page", 1, type=int))
    if page is None:
        abort(404)
    return render_template(
        "curate/activity.html",
        page=page,
        users=list_users(),
        user_id=user_id,
        target=target,
        target_label=_target_label(target),
        links=_links(page.items),
        imports=_imports(page.items),
        confirm=ConfirmForm(),
        when=when,
        who=who,
        action_label=action_label,
    )


def _imports(lines: list[Activity]) -> dict[int, ImportBatch]:
    """The imports logged on this page, for their report link and "Undo this import"."""
    ids = {line.entity_id for line in lines if line.entity == "import"}
    if not ids:
        return {}
    found = db.session().scalars(select(ImportBatch).where(ImportBatch.id.in_(ids)))
    return {batch.id: batch for batch in found}


def _target() -> tuple[str, int] | None:
    """The one exhibit, gallery or tour the log is narrowed to (?exhibit=ID and so on)."""
    for entity in MODELS:
        record_id = request.args.get(entity, type=int)
        if record_id is not None:
            return entity, record_id
    return None


def _activity_page(user_id: int | None, target, number: int) -> Page | None:
    query = select(Activity)
    if user_id is not None:
        query = query.where(Activity.user_id == user_id)
    if target is not None:
        query = query.where(Activity.entity == target[0], Activity.entity_id == target[1])
    total = db.session().scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, -(-total // ACTIVITY_PER_PAGE))
    if not 1 <= number <= pages:
        return None
    query = query.order_by(Activity.created_at.desc(), Activity.id.desc())
    query = query.limit(ACTIVITY_PER_PAGE).offset((number - 1) * ACTIVITY_PER_PAGE)
    return Page(list(db.session().scalars(query)), number, pages, total)


def _target_label(target: tuple[str, int] | None) -> str:
    if target is None:
        return ""
    entity, record_id = target
    named, deleted, numbered = TARGET_LABELS[entity]
    record = db.session().get(MODELS[entity], record_id)
    if record is not None:
        return named % {"title": record.title}
    last = db.session().scalar(
        select(Activity.label)
        .where(Activity.entity == entity, Activity.entity_id == record_id)
        .order_by(Activity.id.desc())
    )
    return deleted % {"title": last} if last else numbered % {"id": record_id}


# What the activity log is narrowed to: a record by its title, deleted, or by its id only.
TARGET_LABELS = {
    "exhibit": (
        _l("exhibit “%(title)s”"),
        _l("exhibit “%(title)s” (deleted)"),
        _l("exhibit %(id)s"),
    ),
    "gallery": (
        _l("gallery “%(title)s”"),
        _l("gallery “%(title)s” (deleted)"),
        _l("gallery %(id)s"),
    ),
    "tour": (_l("tour “%(title)s”"), _l("tour “%(title)s” (deleted)"), _l("tour %(id)s")),
}


def _links(lines: list[Activity]) -> dict[tuple[str, int], str]:
    """Edit pages of the records on this page that still exist and are not in the trash."""
    links = {}
    for entity, model in MODELS.items():
        ids = {line.entity_id for line in lines if line.entity == entity}
        if not ids:
            continue
        alive = select(model.id).where(model.id.in_(ids), model.deleted_at.is_(None))
        for record_id in db.session().scalars(alive):
            url = edit_url(entity, record_id)
            if url:
                links[entity, record_id] = url
    return links


# --- the trash ----------------------------------------------------------------------------


@bp.post("/trash/empty")
@role_required(Role.ADMIN)
def empty_trash() -> Response:
    count = catalog.empty_trash(by=current_user)
    flash(
        ngettext("%(num)s exhibit deleted for good.", "%(num)s exhibits deleted for good.", count)
    )
    return redirect(url_for("curate.exhibits", trash=1))


# --- shown in templates -------------------------------------------------------------------


def when(moment: datetime | None) -> str:
    """A moment as the curator's language writes it, in the museum's time zone."""
    return format_datetime(_aware(moment), "medium") if moment else ""


def who(user) -> str:
    return user.username if user is not None else "—"


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes for timezone-aware columns; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
