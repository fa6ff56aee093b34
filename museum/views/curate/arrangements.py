"""Arranging exhibits into galleries and tours: lists, editors, publishing and the trash.

The editors work without JavaScript: "Add" (from the search results) sends the whole form and
shows it again with everything typed, plus the exhibit; "Remove" and the "Order" numbers are
applied on every send. arrange.js does the same in place.
"""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload
from werkzeug.wrappers import Response
from wtforms import FieldList
from wtforms.fields.choices import SelectChoice

from museum import catalog, db
from museum.arrangement_forms import GalleryForm, ItemRowForm, StopRowForm, TourForm
from museum.auth import role_required
from museum.forms import ConfirmForm, content_languages, nested_translations, translated_fields
from museum.models import Exhibit, Gallery, GalleryItem, Role, Tour, TourStop
from museum.themes import LABELS
from museum.translation import flat
from museum.views.curate import bp

SEARCH_LIMIT = 20
LAST = 10**6
STATUS_ACTIONS = "<any(publish, unpublish, trash, restore):action>"
STATUS_DONE = {
    "publish": _l("“%(title)s”: published."),
    "unpublish": _l("“%(title)s”: unpublished, now hidden from visitors."),
    "trash": _l("“%(title)s”: moved to the trash."),
    "restore": _l("“%(title)s”: restored from the trash."),
}


# --- galleries ------------------------------------------------------------------------------


@bp.get("/galleries")
@role_required(Role.CURATOR)
def galleries() -> str:
    trash = request.args.get("trash") == "1"
    counts = _counts(GalleryItem.gallery_id)
    return render_template(
        "curate/galleries.html",
        galleries=_listed(Gallery, trash, Gallery.position),
        counts=counts,
        trash=trash,
        themes=LABELS,
        confirm=ConfirmForm(),
    )


@bp.route("/galleries/new", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def new_gallery() -> str | tuple[str, int] | Response:
    form = GalleryForm()
    if request.method == "GET":
        return _render_gallery(form, None, _arrange(form.items, unique=True))
    return _save_gallery(form, None)


@bp.route("/galleries/<int:gallery_id>/edit", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def edit_gallery(gallery_id: int) -> str | tuple[str, int] | Response:
    gallery = _found(Gallery, gallery_id)
    if request.method == "POST":
        return _save_gallery(GalleryForm(), gallery)
    form = GalleryForm(data=_gallery_data(gallery))
    return _render_gallery(form, gallery, _arrange(form.items, unique=True))


@bp.post(f"/galleries/<int:gallery_id>/{STATUS_ACTIONS}")
@role_required(Role.CURATOR)
def gallery_status(gallery_id: int, action: str) -> Response:
    gallery = _found(Gallery, gallery_id)
    _change_status(Gallery, gallery.id, action)
    flash(STATUS_DONE[action] % {"title": gallery.title})
    if action == "trash":
        return redirect(url_for("curate.galleries"))
    return redirect(url_for("curate.edit_gallery", gallery_id=gallery.id))


def _gallery_data(gallery: Gallery) -> dict:
    return {
        "title": gallery.title,
        "introduction": gallery.introduction,
        "theme": gallery.theme,
        "cover_image_id": str(gallery.cover_image_id or ""),
        "items": [{"exhibit_id": str(item.exhibit_id)} for item in gallery.items],
        **flat(gallery.translations),
    }


def _save_gallery(form: GalleryForm, gallery: Gallery | None) -> str | tuple[str, int] | Response:
    exhibits = _arrange(form.items, unique=True)
    covers = _fill_covers(form, exhibits)
    if _only_arranging():
        if form.cover_image_id.data not in covers:
            form.cover_image_id.data = ""
        return _render_gallery(form, gallery, exhibits)
    if not form.validate():
        return _render_gallery(form, gallery, exhibits), 400
    cover = form.cover_image_id.data
    fields = {
        "title": form.title.data,
        "introduction": form.introduction.data or "",
        "theme": form.theme.data,
        "cover_image_id": int(cover) if cover else None,
    }
    ids = _row_ids(form.items)
    try:
        if gallery is None:
            translations = nested_translations(form, Gallery.TRANSLATED)
            gallery = catalog.create_gallery(
                **fields, exhibit_ids=ids, translations=translations, by=current_user
            )
        else:
            fields |= translated_fields(form, Gallery.TRANSLATED)
            catalog.update_gallery(gallery.id, fields, exhibit_ids=ids, by=current_user)
    except catalog.CatalogError as error:
        _attach_error(form, error)
        return _render_gallery(form, gallery, exhibits), 400
    flash(_("Saved."))
    return redirect(url_for("curate.edit_gallery", gallery_id=gallery.id))


def _fill_covers(form: GalleryForm, exhibits: dict[int, Exhibit]) -> set[str]:
    """Offer the images of the exhibits on the form as covers; return the values offered."""
    choices = [SelectChoice("", _("None"))]
    for exhibit in (exhibits[exhibit_id] for exhibit_id in _row_ids(form.items)):
        owner = {"data-exhibit": exhibit.id}
        choices += [SelectChoice(*option, render_kw=owner) for option in _cover_options(exhibit)]
    form.cover_image_id.choices = choices
    return {choice.value for choice in choices}


def _cover_options(exhibit: Exhibit) -> list[tuple[str, str]]:
    return [
        (str(image.id), _("%(title)s — image %(number)s", title=exhibit.title, number=number))
        for number, image in enumerate(exhibit.images, start=1)
    ]


def _render_gallery(form: GalleryForm, gallery: Gallery | None, exhibits: dict) -> str:
    _fill_covers(form, exhibits)
    query = _query()
    return render_template(
        "curate/gallery_form.html",
        form=form,
        gallery=gallery,
        exhibits=exhibits,
        cover_options=_cover_options,
        blank_row=ItemRowForm(prefix="items-__index__-"),
        query=query,
        found=_search(query),
        taken=set(_row_ids(form.items)),
        confirm=ConfirmForm(),
        content_languages=content_languages(),
    )


# --- tours ----------------------------------------------------------------------------------


@bp.get("/tours")
@role_required(Role.CURATOR)
def tours() -> str:
    trash = request.args.get("trash") == "1"
    return render_template(
        "curate/tours.html",
        tours=_listed(Tour, trash, Tour.title),
        counts=_counts(TourStop.tour_id),
        trash=trash,
        confirm=ConfirmForm(),
    )


@bp.route("/tours/new", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def new_tour() -> str | tuple[str, int] | Response:
    form = TourForm()
    if request.method == "GET":
        return _render_tour(form, None, _arrange(form.stops, unique=False))
    return _save_tour(form, None)


@bp.route("/tours/<int:tour_id>/edit", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def edit_tour(tour_id: int) -> str | tuple[str, int] | Response:
    tour = _found(Tour, tour_id)
    if request.method == "POST":
        return _save_tour(TourForm(), tour)
    form = TourForm(data=_tour_data(tour))
    return _render_tour(form, tour, _arrange(form.stops, unique=False))


@bp.post(f"/tours/<int:tour_id>/{STATUS_ACTIONS}")
@role_required(Role.CURATOR)
def tour_status(tour_id: int, action: str) -> Response:
    tour = _found(Tour, tour_id)
    _change_status(Tour, tour.id, action)
    flash(STATUS_DONE[action] % {"title": tour.title})
    if action == "trash":
        return redirect(url_for("curate.tours"))
    return redirect(url_for("curate.edit_tour", tour_id=tour.id))


def _tour_data(tour: Tour) -> dict:
    plan = tour.floor_plan_image
    return {
        "title": tour.title,
        "introduction": tour.introduction,
        "floor_plan_alt_text": plan.alt_text if plan else "",
        "stops": [
            {
                "exhibit_id": str(stop.exhibit_id),
                "title": stop.title,
                "narration": stop.narration,
                "room": stop.room,
                "showcase": stop.showcase,
                **flat(stop.translations),
            }
            for stop in tour.stops
        ],
        **flat(tour.translations),
    }


def _save_tour(form: TourForm, tour: Tour | None) -> str | tuple[str, int] | Response:
    exhibits = _arrange(form.stops, unique=False)
    if _only_arranging():
        return _render_tour(form, tour, exhibits)
    if not form.validate():
        return _render_tour(form, tour, exhibits), 400
    fields = {"title": form.title.data, "introduction": form.introduction.data or ""}
    stops = [_new_stop(entry.form) for entry in form.stops.entries]
    try:
        plan = _floor_plan(form, tour)
        if tour is None:
            translations = nested_translations(form, Tour.TRANSLATED)
            tour = catalog.create_tour(
                **fields, stops=stops, floor_plan=plan, translations=translations, by=current_user
            )
        else:
            fields |= translated_fields(form, Tour.TRANSLATED)
            catalog.update_tour(tour.id, fields, stops=stops, floor_plan=plan, by=current_user)
    except catalog.CatalogError as error:
        _attach_error(form, error)
        return _render_tour(form, tour, exhibits), 400
    flash(_("Saved."))
    return redirect(url_for("curate.edit_tour", tour_id=tour.id))


def _floor_plan(form: TourForm, tour: Tour | None) -> catalog.FloorPlan | None:
    """What the form asks of the floor plan: a new file, the current one's alt text, removal."""
    upload = form.floor_plan.data
    alt_text = form.floor_plan_alt_text.data or ""
    if upload and upload.filename:
        return catalog.FloorPlan(alt_text, upload.read(), upload.filename)
    if tour is not None and tour.floor_plan_image_id is not None:
        return catalog.FloorPlan(alt_text, remove=bool(form.remove_floor_plan.data))
    if alt_text.strip():
        raise catalog.CatalogError(
            _("Choose the floor plan image this alt text describes, or leave the alt text empty."),
            field="floor_plan",
        )
    return None


def _dropped_file(form: TourForm) -> str:
    """The name of a file sent with a form that is shown again: only a save that succeeds
    stores files, so the curator must choose it again (unless it was refused anyway)."""
    upload = form.floor_plan.data
    return upload.filename if upload and upload.filename and not form.floor_plan.errors else ""


def _new_stop(row: StopRowForm) -> catalog.NewStop:
    return catalog.NewStop(
        exhibit_id=int(row.exhibit_id.data),
        title=row.title.data or "",
        narration=row.narration.data or "",
        room=row.room.data or "",
        showcase=row.showcase.data or "",
        translations=nested_translations(row, TourStop.TRANSLATED),
    )


def _render_tour(form: TourForm, tour: Tour | None, exhibits: dict) -> str:
    query = _query()
    return render_template(
        "curate/tour_form.html",
        form=form,
        tour=tour,
        dropped_file=_dropped_file(form),
        exhibits=exhibits,
        blank_row=StopRowForm(prefix="stops-__index__-"),
        query=query,
        found=_search(query),
        confirm=ConfirmForm(),
        content_languages=content_languages(),
    )


# --- shared by both editors -----------------------------------------------------------------


def _arrange(rows: FieldList, unique: bool) -> dict[int, Exhibit]:
    """Apply removals, the typed order and an added exhibit to the rows; return their exhibits.

    Rows naming no known exhibit are dropped. Returns the exhibits by id.
    """
    added = _int(request.form.get("add"))
    entries = [entry for entry in rows.entries if not entry.form.remove.data]
    exhibits = _exhibits([*(_int(entry.form.exhibit_id.data) for entry in entries), added])
    entries = [entry for entry in entries if _int(entry.form.exhibit_id.data) in exhibits]
    entries.sort(key=lambda entry: _int(entry.form.position.data, LAST))
    rows.entries = entries
    if added in exhibits and not (unique and added in _row_ids(rows)):
        rows.append_entry({"exhibit_id": str(added)})
    for number, entry in enumerate(rows.entries, start=1):
        entry.form.position.data = number
        entry.form.remove.data = False
    return exhibits


def _only_arranging() -> bool:
    """True when the form was sent to add an exhibit, not to be saved."""
    return "add" in request.form


def _row_ids(rows: FieldList) -> list[int]:
    return [int(entry.form.exhibit_id.data) for entry in rows.entries]


def _exhibits(ids) -> dict[int, Exhibit]:
    wanted = {exhibit_id for exhibit_id in ids if exhibit_id is not None}
    if not wanted:
        return {}
    query = select(Exhibit).where(Exhibit.id.in_(wanted)).options(selectinload(Exhibit.images))
    return {exhibit.id: exhibit for exhibit in db.session().scalars(query)}


def _query() -> str:
    return request.values.get("q", "").strip()[:200]


def _search(text: str) -> list[Exhibit]:
    """Exhibits (not in the trash) whose title or accession number contains the text."""
    if not text:
        return []
    pattern = f"%{text}%"
    matches = [Exhibit.title.ilike(pattern), Exhibit.accession_number.ilike(pattern)]
    if key := catalog.accession_key(text):
        matches.append(Exhibit.accession_key.contains(key, autoescape=True))
    query = (
        select(Exhibit)
        .where(Exhibit.deleted_at.is_(None), or_(*matches))
        .order_by(Exhibit.title, Exhibit.id)
        .options(selectinload(Exhibit.images))
        .limit(SEARCH_LIMIT)
    )
    return list(db.session().scalars(query))


def _listed(model: type, trash: bool, order) -> list:
    deleted = model.deleted_at.is_not(None) if trash else model.deleted_at.is_(None)
    return list(db.session().scalars(select(model).where(deleted).order_by(order, model.id)))


def _counts(column) -> dict[int, int]:
    query = select(column, func.count()).group_by(column)
    return dict(db.session().execute(query).tuples().all())


def _found(model: type, record_id: int):
    record = db.session().get(model, record_id)
    if record is None:
        abort(404)
    return record


def _change_status(model: type, record_id: int, action: str) -> None:
    if action in ("trash", "restore"):
        catalog.trash_arrangement(model, record_id, restore=action == "restore", by=current_user)
        return
    publish = catalog.set_gallery_published if model is Gallery else catalog.set_tour_published
    publish(record_id, action == "publish", by=current_user)


def _attach_error(form, error: catalog.CatalogError) -> None:
    field = form._fields.get(error.field or "")
    if field is None:
        form.form_errors.append(error.message)
    else:
        field.errors = [*field.errors, error.message]


def _int(value, default: int | None = None) -> int | None:
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else default
