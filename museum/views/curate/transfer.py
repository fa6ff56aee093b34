"""Import and export in the workspace (curators): upload, preview, import, report, undo.

The import runs in a background thread and writes its progress to the upload's folder; the
progress page reloads itself without JavaScript and is polled with it.
"""

import csv
import io
import json
import logging
import tempfile
import threading
from datetime import UTC, datetime

from flask import (
    Flask,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response

from museum import catalog, db
from museum.auth import role_required
from museum.forms import ConfirmForm
from museum.i18n import ngettext
from museum.models import ImportBatch, Role, User
from museum.transfer import exporting, uploads
from museum.transfer.columns import auto_target
from museum.transfer.errors import TransferError
from museum.transfer.importing import Preview, preview, run_import
from museum.transfer.reading import read_table
from museum.transfer.rows import Options
from museum.transfer_forms import (
    ImportUploadForm,
    ReplaceCsvForm,
    column_field,
    mapping_form_class,
)
from museum.views.curate import bp
from museum.views.curate.history import when, who

log = logging.getLogger(__name__)
RECENT_IMPORTS = 20
CSV_TYPE = "text/csv; charset=utf-8"


# --- step 1: upload ---------------------------------------------------------------------------


@bp.route("/import", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def import_upload() -> Response | tuple[str, int] | str:
    form = ImportUploadForm()
    if not form.validate_on_submit():
        return _upload_page(form), 400 if form.is_submitted() else 200
    data = form.csv_file.data.read()
    try:
        read_table(data)
    except TransferError as error:
        form.csv_file.errors.append(error.message)
        return _upload_page(form), 400
    upload = uploads.create(
        current_user.id, _name(form.csv_file.data.filename), data, form.images_zip.data or None
    )
    try:
        _close(upload.images())
    except TransferError as error:
        uploads.discard(upload)
        form.images_zip.errors.append(error.message)
        return _upload_page(form), 400
    upload.state.update(update=form.update.data, keep_unread_dates=form.keep_unread_dates.data)
    upload.save()
    return redirect(url_for("curate.import_preview", token=upload.token))


def _upload_page(form: ImportUploadForm) -> str:
    batches = db.session().scalars(
        select(ImportBatch).order_by(ImportBatch.id.desc()).limit(RECENT_IMPORTS)
    )
    return render_template(
        "curate/import.html", form=form, batches=list(batches), when=when, who=who
    )


# --- step 2: preview (a dry run) and the columns' mapping -------------------------------------


@bp.route("/import/<token>", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def import_preview(token: str) -> Response | tuple[str, int] | str:
    upload = _upload(token)
    if upload.progress() is not None:
        return redirect(url_for("curate.import_progress", token=token))
    plan = _preview(upload)
    form = mapping_form_class(plan.columns)()
    if not form.is_submitted():
        _fill(form, upload, plan)
        return _preview_page(upload, plan, form)
    if not form.validate():
        return _preview_page(upload, plan, form), 400
    _remember(form, upload, plan)
    if "import" not in _submitted():
        return redirect(url_for("curate.import_preview", token=token))
    return _start(upload)


@bp.post("/import/<token>/csv")
@role_required(Role.CURATOR)
def import_replace_csv(token: str) -> Response | tuple[str, int]:
    upload = _upload(token)
    if upload.progress() is not None:
        abort(409, description=_("This import has started; upload the file again to import more."))
    form = ReplaceCsvForm()
    if form.validate_on_submit():
        data = form.csv_file.data.read()
        try:
            read_table(data)
        except TransferError as error:
            form.csv_file.errors.append(error.message)
        else:
            upload.replace_csv(_name(form.csv_file.data.filename), data)
            flash(_("The corrected file is read; the images uploaded before are used again."))
            return redirect(url_for("curate.import_preview", token=token))
    plan = _preview(upload)
    mapping = mapping_form_class(plan.columns)()
    _fill(mapping, upload, plan)
    return _preview_page(upload, plan, mapping, replace=form), 400


def _preview(upload: uploads.Upload) -> Preview:
    images = upload.images()
    try:
        return preview(
            upload.csv_bytes(),
            upload.filename,
            by_hand=upload.by_hand,
            images=images,
            options=_options(upload),
        )
    except TransferError as error:
        abort(400, description=error.message)
    finally:
        _close(images)


def _options(upload: uploads.Upload) -> Options:
    return Options(
        update=bool(upload.state.get("update")),
        keep_unread_dates=bool(upload.state.get("keep_unread_dates")),
    )


def _fill(form, upload: uploads.Upload, plan: Preview) -> None:
    form.update.data = plan.options.update
    form.keep_unread_dates.data = plan.options.keep_unread_dates
    for column in plan.columns:
        form[column_field(column.index)].data = column.target


def _remember(form, upload: uploads.Upload, plan: Preview) -> None:
    """Keep the curator's choices: only those that differ from the automatic mapping."""
    chosen = {column.index: form[column_field(column.index)].data for column in plan.columns}
    upload.state["by_hand"] = {
        str(index): target
        for index, target in chosen.items()
        if target != auto_target(plan.table.headers[index])
    }
    upload.state["update"] = form.update.data
    upload.state["keep_unread_dates"] = form.keep_unread_dates.data
    upload.save()


def _preview_page(upload, plan: Preview, form, replace: ReplaceCsvForm | None = None) -> str:
    return render_template(
        "curate/import_preview.html",
        upload=upload,
        plan=plan,
        form=form,
        replace=replace or ReplaceCsvForm(formdata=None),
        column_field=column_field,
        samples=_samples(plan),
    )


def _samples(plan: Preview) -> dict[int, list[str]]:
    """The first few values of each column, to recognise it by."""
    found: dict[int, list[str]] = {column.index: [] for column in plan.columns}
    for record in plan.table.records[:50]:
        for index, values in found.items():
            value = record.cells[index] if index < len(record.cells) else ""
            if value and len(values) < 3 and value not in values:
                values.append(value if len(value) <= 80 else value[:79] + "…")
    return found


# --- step 3: the import itself, in the background ---------------------------------------------


def _start(upload: uploads.Upload) -> Response:
    plan = _preview(upload)
    if not plan.valid_rows:
        flash(
            _("Nothing to import: no row is valid. Correct the file and upload it again."), "error"
        )
        return redirect(url_for("curate.import_preview", token=upload.token))
    if upload.claim(len(plan.valid_rows)):
        app = current_app._get_current_object()
        worker = threading.Thread(
            target=_run, args=(app, upload.token, current_user.id), daemon=True
        )
        worker.start()
    return redirect(url_for("curate.import_progress", token=upload.token))


def _run(app: Flask, token: str, user_id: int) -> None:
    with app.app_context():
        upload = uploads.load(token, user_id)
        if upload is None:
            return
        images = None
        done = 0
        total = 0
        try:
            images = upload.images()
            plan = preview(
                upload.csv_bytes(),
                upload.filename,
                by_hand=upload.by_hand,
                images=images,
                options=_options(upload),
            )
            total = len(plan.valid_rows)

            def step(count: int) -> None:
                nonlocal done
                done += count
                upload.report_progress("running", done, total)

            user = db.session().get(User, user_id)
            outcome = run_import(plan, images, by=user, progress=step)
            upload.report_progress("done", done, total, batch_id=outcome.batch_id)
        except Exception as error:  # the page says so; what was written can still be undone
            log.exception("Import %s failed", token)
            message = getattr(error, "message", None) or str(error) or type(error).__name__
            upload.report_progress("failed", done, total, message=message)
        finally:
            _close(images)
            upload.drop_files()


@bp.get("/import/<token>/progress")
@role_required(Role.CURATOR)
def import_progress(token: str) -> Response | str:
    upload = _upload(token)
    progress = upload.progress()
    if progress is None:
        return redirect(url_for("curate.import_preview", token=token))
    if progress["state"] == "done" and progress.get("batch_id"):
        return redirect(url_for("curate.import_report", batch_id=progress["batch_id"]))
    return render_template("curate/import_progress.html", upload=upload, progress=progress)


@bp.get("/import/<token>/progress.json")
@role_required(Role.CURATOR)
def import_progress_json(token: str) -> Response:
    progress = _upload(token).progress() or {"state": "waiting", "done": 0, "total": 0}
    answer = {key: progress.get(key) for key in ("state", "done", "total", "message")}
    if progress.get("batch_id"):
        answer["report_url"] = url_for("curate.import_report", batch_id=progress["batch_id"])
    return jsonify(answer)


# --- step 4: the report, its rejected rows as CSV, and undo -----------------------------------


@bp.get("/imports/<int:batch_id>")
@role_required(Role.CURATOR)
def import_report(batch_id: int) -> str:
    batch = _batch(batch_id)
    return render_template(
        "curate/import_report.html",
        batch=batch,
        report=_report(batch),
        confirm=ConfirmForm(),
        when=when,
        who=who,
    )


@bp.get("/imports/<int:batch_id>/rejected.csv")
@role_required(Role.CURATOR)
def import_rejected_csv(batch_id: int) -> Response:
    batch = _batch(batch_id)
    report = _report(batch)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["import row", "import problems", *report.get("headers", [])])
    for row in report.get("rejected", []):
        writer.writerow([row["row"], " ".join(row["problems"]), *row.get("cells", [])])
    name = f"rejected-rows-import-{batch.id}.csv"
    return _download(out.getvalue().encode("utf-8-sig"), name, CSV_TYPE)


@bp.post("/imports/<int:batch_id>/undo")
@role_required(Role.CURATOR)
def undo_import(batch_id: int) -> Response:
    _batch(batch_id)
    form = ConfirmForm()
    if not form.validate_on_submit():
        abort(400, description=_("The form has expired; please try again."))
    try:
        result = catalog.undo_import(batch_id, by=current_user)
    except catalog.CatalogError as error:
        flash(error.message, "error")
        return redirect(url_for("curate.import_report", batch_id=batch_id))
    flash(_undo_message(result))
    return redirect(url_for("curate.import_report", batch_id=batch_id))


def _undo_message(result: catalog.UndoResult) -> str:
    """One sentence of clauses joined by semicolons; each clause is translated whole."""
    parts = [
        ngettext(
            "Import undone: %(num)s exhibit it created deleted for good",
            "Import undone: %(num)s exhibits it created deleted for good",
            result.deleted,
        ),
        ngettext(
            "%(num)s it updated restored to the revision before",
            "%(num)s it updated restored to the revision before",
            result.restored,
        ),
    ]
    if result.trashed:
        names = ", ".join(result.trashed[:10]) + ("…" if len(result.trashed) > 10 else "")
        parts.append(
            ngettext(
                "%(num)s changed since moved to the trash instead (%(names)s)",
                "%(num)s changed since moved to the trash instead (%(names)s)",
                len(result.trashed),
                names=names,
            )
        )
    if result.gone:
        parts.append(
            ngettext("%(num)s deleted meanwhile", "%(num)s deleted meanwhile", result.gone)
        )
    return "; ".join(parts) + "."


# --- exports ----------------------------------------------------------------------------------


@bp.get("/export")
@role_required(Role.CURATOR)
def export_page() -> str:
    return render_template(
        "curate/export.html",
        exhibits=exporting.exhibit_count(),
        images=exporting.image_file_count(),
    )


@bp.get("/export/catalog.<any(csv, json, zip):fmt>")
@role_required(Role.CURATOR)
def export_download(fmt: str) -> Response:
    name = f"museum-catalog-{datetime.now(UTC):%Y-%m-%d}.{fmt}"
    if fmt == "zip":
        archive = tempfile.TemporaryFile()  # noqa: SIM115 (send_file closes it; that removes it)
        exporting.write_zip(archive)
        archive.seek(0)
        return send_file(
            archive, mimetype="application/zip", as_attachment=True, download_name=name
        )
    out = io.StringIO()
    if fmt == "csv":
        exporting.export_csv(out)
        return _download(out.getvalue().encode("utf-8-sig"), name, CSV_TYPE)
    exporting.export_json(out)
    return _download(out.getvalue().encode("utf-8"), name, "application/json")


# --- helpers ----------------------------------------------------------------------------------


def _upload(token: str) -> uploads.Upload:
    upload = uploads.load(token, current_user.id)
    if upload is None:
        abort(
            404,
            description=_("No such upload: it may be older than a day. Upload the file again."),
        )
    return upload


def _batch(batch_id: int) -> ImportBatch:
    batch = db.session().get(ImportBatch, batch_id)
    if batch is None:
        abort(404)
    return batch


def _report(batch: ImportBatch) -> dict:
    try:
        return json.loads(batch.report or "{}")
    except ValueError:
        return {}


def _submitted() -> set[str]:
    return {request.form.get("action", "")}


def _download(data: bytes, name: str, mimetype: str) -> Response:
    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name)


def _name(filename: str | None) -> str:
    return (filename or "upload.csv").replace("\\", "/").rsplit("/", 1)[-1][:300]


def _close(images) -> None:
    if images is not None and hasattr(images, "close"):
        images.close()
