"""Ensembles in the workspace: choosing the parts and placing hotspots on the scene image."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import or_, select
from werkzeug.wrappers import Response

from museum import catalog, db
from museum.forms import ConfirmForm
from museum.i18n import ngettext
from museum.models import Exhibit, Hotspot
from museum.views.curate import bp
from museum.views.curate.exhibits import _editable

SEARCH_LIMIT = 20


@bp.get("/exhibits/<int:exhibit_id>/parts")
def ensemble_parts(exhibit_id: int) -> str:
    ensemble = _ensemble(exhibit_id)
    query = request.args.get("q", "").strip()
    return render_template(
        "curate/ensemble.html",
        ensemble=ensemble,
        query=query,
        found=_search(query, ensemble) if query else [],
        hotspots=_hotspots(ensemble),
        confirm=ConfirmForm(),
    )


@bp.post("/exhibits/<int:exhibit_id>/parts")
def change_parts(exhibit_id: int) -> Response:
    ensemble = _ensemble(exhibit_id)
    parts = [part.id for part in ensemble.parts]
    part_id = request.form.get("part_id", type=int)
    action = request.form.get("action", "")
    if action == "add" and part_id and part_id not in parts:
        parts.append(part_id)
    elif action == "remove" and part_id in parts:
        parts.remove(part_id)
    elif action in ("up", "down") and part_id in parts:
        index = parts.index(part_id)
        other = index - 1 if action == "up" else index + 1
        if 0 <= other < len(parts):
            parts[index], parts[other] = parts[other], parts[index]
    else:
        abort(400, description=_("Unknown change to the parts."))
    try:
        catalog.set_parts(ensemble.id, parts, by=current_user)
    except catalog.CatalogError as error:
        flash(error.message, "error")
    return redirect(url_for("curate.ensemble_parts", exhibit_id=ensemble.id) + "#parts")


@bp.post("/exhibits/<int:exhibit_id>/hotspots")
def save_hotspots(exhibit_id: int) -> Response | tuple[str, int]:
    ensemble = _ensemble(exhibit_id)
    try:
        spots = _read_hotspots(request.form)
        catalog.set_hotspots(ensemble.id, spots, by=current_user)
    except (ValueError, catalog.CatalogError) as error:
        flash(getattr(error, "message", str(error)), "error")
        return redirect(url_for("curate.ensemble_parts", exhibit_id=ensemble.id) + "#hotspots")
    flash(ngettext("Saved %(num)s hotspot.", "Saved %(num)s hotspots.", len(spots)))
    return redirect(url_for("curate.ensemble_parts", exhibit_id=ensemble.id) + "#hotspots")


def _read_hotspots(form) -> list[catalog.NewHotspot]:
    """Rows of the hotspot table: part and box in per cent of the image; blank rows skipped."""
    spots = []
    for index in range(int(form.get("rows", "0") or 0)):
        part = form.get(f"spot-{index}-part", "")
        if not part or form.get(f"spot-{index}-remove"):
            continue
        try:
            box = [float(form.get(f"spot-{index}-{name}", "")) / 100 for name in BOX]
        except ValueError as error:
            message = _("Hotspot %(number)s: give its place as numbers.", number=index + 1)
            raise ValueError(message) from error
        spots.append(catalog.NewHotspot(int(part), *box))
    return spots


BOX = ("left", "top", "width", "height")


def _ensemble(exhibit_id: int) -> Exhibit:
    exhibit = _editable(exhibit_id)
    if exhibit.kind != "ensemble":
        abort(404)
    return exhibit


def _search(query: str, ensemble: Exhibit) -> list[Exhibit]:
    pattern = f"%{query}%"
    found = select(Exhibit).where(
        or_(Exhibit.title.ilike(pattern), Exhibit.accession_number.ilike(pattern)),
        Exhibit.id != ensemble.id,
        Exhibit.deleted_at.is_(None),
        Exhibit.kind != "ensemble",
    )
    taken = {part.id for part in ensemble.parts}
    results = db.session().scalars(found.order_by(Exhibit.title).limit(SEARCH_LIMIT))
    return [exhibit for exhibit in results if exhibit.id not in taken]


def _hotspots(ensemble: Exhibit) -> list[Hotspot]:
    query = select(Hotspot).where(Hotspot.ensemble_id == ensemble.id).order_by(Hotspot.id)
    return list(db.session().scalars(query))
