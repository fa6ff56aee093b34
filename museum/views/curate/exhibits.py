"""Entering and editing exhibits: the list, the one form for all kinds, review and publishing."""

from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from markupsafe import Markup
from werkzeug.wrappers import Response

from museum import catalog, db, workspace
from museum.dates import parse_date
from museum.forms import (
    ConfirmForm,
    ExhibitForm,
    ImageRowForm,
    content_languages,
    form_name,
    translated_fields,
)
from museum.kinds import KIND_FIELD_NAMES, KINDS
from museum.models import Exhibit, Role, Status
from museum.render import markdown
from museum.translation import flat
from museum.views.curate import bp
from museum.views.curate.image_rows import (
    describe,
    image_edits,
    refusal_status,
    rows_for_exhibit,
    stage_uploads,
)


@bp.get("/exhibits")
def exhibits() -> str:
    q = request.args.get("q", "").strip()
    filters = workspace.ExhibitFilters(
        q=q,
        kind=_one_of(request.args.get("kind"), list(KINDS)),
        status=_one_of(request.args.get("status"), [s.value for s in Status]),
        gallery=request.args.get("gallery", type=int),
        attention=request.args.get("attention", ""),
        sort=request.args.get("sort") or ("relevance" if q else "updated"),
        trash=request.args.get("trash") == "1",
    )
    page = workspace.exhibit_list(filters, request.args.get("page", 1, type=int), 50)
    if page is None:
        abort(404)
    return render_template(
        "curate/exhibits.html",
        page=page,
        filters=filters,
        galleries=workspace.galleries(),
        attention=workspace.ATTENTION,
        sorts=(["relevance"] if q else []) + list(workspace.SORTS),
        statuses=list(Status),
        confirm=ConfirmForm(),
    )


@bp.get("/review")
def review_queue() -> str:
    mine = not current_user.has_role(Role.CURATOR)
    queue = workspace.review_queue(current_user.id if mine else None)
    return render_template("curate/review.html", queue=queue, mine=mine)


@bp.route("/exhibits/new", methods=["GET", "POST"])
def new_exhibit() -> Response | str | tuple[str, int]:
    form = ExhibitForm()
    if request.method == "GET":
        form.kind.data = request.args.get("kind") if request.args.get("kind") in KINDS else None
        return _render_form(form, None)
    return _save(form, None)


@bp.route("/exhibits/<int:exhibit_id>/edit", methods=["GET", "POST"])
def edit_exhibit(exhibit_id: int) -> Response | str | tuple[str, int]:
    exhibit = _editable(exhibit_id)
    if request.method == "GET":
        form = ExhibitForm(obj=exhibit, photo_process=exhibit.process, **flat(exhibit.translations))
        form.tags.data = ", ".join(tag.name for tag in exhibit.tags)
        while form.images.entries:  # obj= filled them from Image rows, without their refs
            form.images.pop_entry()
        for row in rows_for_exhibit(exhibit):
            form.images.append_entry(row)
        return _render_form(form, exhibit)
    return _save(ExhibitForm(), exhibit)


@bp.post("/exhibits/<int:exhibit_id>/<any(submit, publish, unpublish, delete, restore):action>")
def change_status(exhibit_id: int, action: str) -> Response:
    exhibit = _editable(exhibit_id, allow_deleted=action == "restore")
    if action != "submit" and not current_user.has_role(Role.CURATOR):
        abort(403, description=str(CURATORS_ONLY[action]))
    change = {
        "submit": catalog.submit_exhibit,
        "publish": catalog.publish_exhibit,
        "unpublish": catalog.unpublish_exhibit,
        "delete": catalog.delete_exhibit,
        "restore": catalog.restore_exhibit,
    }[action]
    try:
        change(exhibit.id, by=current_user)
    except catalog.CatalogError as error:
        flash(error.message, "error")
        return redirect(url_for("curate.edit_exhibit", exhibit_id=exhibit.id))
    flash(STATUS_DONE[action] % {"title": exhibit.title})
    if action == "delete":
        return redirect(url_for("curate.exhibits"))
    return redirect(url_for("curate.edit_exhibit", exhibit_id=exhibit.id))


STATUS_DONE = {
    "submit": _l("“%(title)s”: submitted for review."),
    "publish": _l("“%(title)s”: published."),
    "unpublish": _l("“%(title)s”: unpublished, now a draft."),
    "delete": _l("“%(title)s”: moved to the trash."),
    "restore": _l("“%(title)s”: restored from the trash."),
}
CURATORS_ONLY = {
    "publish": _l("Only curators may publish exhibits."),
    "unpublish": _l("Only curators may unpublish exhibits."),
    "delete": _l("Only curators may delete exhibits."),
    "restore": _l("Only curators may restore exhibits."),
}


@bp.post("/uploads")
def upload() -> tuple[Response, int] | Response:
    """Stage one image at once (drag and drop): its thumbnail shows before the form is saved."""
    rows, errors = stage_uploads(request.files.getlist("file"))
    if errors:
        return jsonify({"error": errors[0].message}), refusal_status(errors)
    if not rows:
        return jsonify({"error": _("Choose an image file to upload.")}), 400
    return jsonify({"rows": rows})


@bp.get("/dates")
def read_date() -> Response:
    """How the catalog reads a date as typed, for the hint beside the date field."""
    return jsonify({"reading": date_reading(request.args.get("text", ""))})


def date_reading(text: str) -> str:
    if not text.strip():
        return ""
    parsed = parse_date(text)
    if parsed is None:
        return _("not understood: kept as typed, not sortable by year")
    if parsed.year_from == parsed.year_to:
        return _("read as %(year)s", year=parsed.year_from)
    return _("read as %(start)s–%(end)s", start=parsed.year_from, end=parsed.year_to)


def _save(form: ExhibitForm, exhibit: Exhibit | None) -> Response | str | tuple[str, int]:
    action = request.form.get("action", "save")
    new_rows, upload_errors = stage_uploads(request.files.getlist(form.new_images.name))
    for row in new_rows:
        form.images.append_entry(row)
    valid = form.validate() and not upload_errors
    # after validate(), which resets errors
    form.new_images.errors = [error.message for error in upload_errors]
    if action == "preview" or not valid:
        status = 200 if action == "preview" and not upload_errors else refusal_status(upload_errors)
        return _render_form(form, exhibit, preview=action == "preview"), status
    try:
        saved = _write(form, exhibit)
    except catalog.CatalogError as error:
        _attach_error(form, error)
        return _render_form(form, exhibit), 400
    return _after_save(saved, action)


def _write(form: ExhibitForm, exhibit: Exhibit | None) -> Exhibit:
    fields = {name: form[name].data for name in catalog.COMMON_FIELDS}
    kind_fields = {field.name for field in KINDS[form.kind.data].fields}
    fields |= {name: (form[form_name(name)].data or "") for name in KIND_FIELD_NAMES & kind_fields}
    # Other languages of the texts this kind has (a document's transcription, say).
    texts = [name for name in Exhibit.TRANSLATED if name in fields]
    fields |= translated_fields(form, texts)
    tags = [tag for tag in (form.tags.data or "").split(",") if tag.strip()]
    edits = image_edits(form.images.entries)
    if exhibit is None:
        return catalog.create_exhibit(fields, images=edits, tags=tags, by=current_user)
    return catalog.update_exhibit(exhibit.id, fields, images=edits, tags=tags, by=current_user)


def _after_save(saved: Exhibit, action: str) -> Response:
    message = _("Saved.")
    try:
        if action == "submit":
            catalog.submit_exhibit(saved.id, by=current_user)
            message = _("Saved and submitted for review.")
        elif action == "publish":
            if not current_user.has_role(Role.CURATOR):
                abort(403, description=str(CURATORS_ONLY["publish"]))
            catalog.publish_exhibit(saved.id, by=current_user)
            message = _("Saved and published.")
    except catalog.CatalogError as error:
        flash(_("Saved, but not published: %(reason)s", reason=error.message), "error")
        return redirect(url_for("curate.edit_exhibit", exhibit_id=saved.id))
    flash(message)
    return redirect(url_for("curate.edit_exhibit", exhibit_id=saved.id))


def _attach_error(form: ExhibitForm, error: catalog.CatalogError) -> None:
    field = form._fields.get(form_name(error.field or "")) or (
        form.new_images if error.field else None
    )
    message: str | Markup = error.message
    if isinstance(error, catalog.DuplicateAccessionNumber):
        link = url_for("curate.edit_exhibit", exhibit_id=error.existing_id)
        # The msgid holds the markup; Markup's % escapes every value put into it.
        message = Markup(_('%(message)s <a href="%(link)s">Open “%(title)s”</a>.')) % {  # noqa: S704
            "message": error.message,
            "link": link,
            "title": error.existing_title,
        }
    if field is None:
        form.form_errors.append(message)
    else:
        field.errors = [*field.errors, message]


def _render_form(form: ExhibitForm, exhibit: Exhibit | None, preview: bool = False) -> str:
    return render_template(
        "curate/exhibit_form.html",
        form=form,
        exhibit=exhibit,
        kinds=KINDS,
        form_name=form_name,
        date_reading=date_reading(form.date_text.data or ""),
        preview_html=markdown(form.description.data) if preview else None,
        missing_alt=catalog.images_missing_alt_text(exhibit) if exhibit else [],
        confirm=ConfirmForm(),
        describe=describe,
        blank_image_row=ImageRowForm(prefix="images-__index__-"),
        content_languages=content_languages(),
        translated_names=set(Exhibit.TRANSLATED),
        max_upload_mb=current_app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024),
    )


def _editable(exhibit_id: int, allow_deleted: bool = False) -> Exhibit:
    exhibit = db.session().get(Exhibit, exhibit_id)
    if exhibit is None or (exhibit.deleted_at is not None and not allow_deleted):
        abort(404)
    if exhibit.is_published and not current_user.has_role(Role.CURATOR):
        abort(403, description=_("Published exhibits are edited by curators."))
    return exhibit


def _one_of(value: str | None, allowed: list[str]) -> str:
    return value if value in allowed else ""
