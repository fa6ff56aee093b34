"""Kiosk profiles in the workspace: what each touch screen shows, and what visitors did there."""

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from werkzeug.wrappers import Response
from wtforms.fields.choices import SelectChoice

from museum import kiosk_usage, kiosks, queries
from museum.auth import role_required
from museum.catalog.common import CatalogError
from museum.forms import ConfirmForm
from museum.kiosk_forms import NO_CHOICE, KioskProfileForm
from museum.models import KioskProfile, Role
from museum.views.curate import bp

ID_FIELDS = ("start_gallery_id", "start_tour_id", "attract_gallery_id")


@bp.get("/kiosks")
@role_required(Role.CURATOR)
def kiosks_list() -> str:
    return render_template(
        "curate/kiosks.html", profiles=kiosks.all_profiles(), confirm=ConfirmForm()
    )


@bp.route("/kiosks/new", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def new_kiosk() -> str | tuple[str, int] | Response:
    form = _with_choices(KioskProfileForm())
    if request.method == "GET":
        return render_template("curate/kiosk_form.html", form=form, profile=None)
    return _save(form, None)


@bp.route("/kiosks/<int:profile_id>/edit", methods=["GET", "POST"])
@role_required(Role.CURATOR)
def edit_kiosk(profile_id: int) -> str | tuple[str, int] | Response:
    profile = _found(profile_id)
    if request.method == "POST":
        return _save(_with_choices(KioskProfileForm()), profile)
    form = _with_choices(KioskProfileForm(data=_form_data(profile)))
    return render_template("curate/kiosk_form.html", form=form, profile=profile)


@bp.post("/kiosks/<int:profile_id>/default")
@role_required(Role.CURATOR)
def default_kiosk(profile_id: int) -> Response:
    if not ConfirmForm().validate_on_submit():
        return redirect(url_for("curate.kiosks_list"))
    profile = kiosks.make_default(_found(profile_id).id, by=current_user)
    flash(_("“%(name)s” is now the kiosk at /kiosk/.", name=profile.name))
    return redirect(url_for("curate.kiosks_list"))


@bp.post("/kiosks/<int:profile_id>/delete")
@role_required(Role.CURATOR)
def delete_kiosk(profile_id: int) -> Response | tuple[str, int]:
    profile = _found(profile_id)
    try:
        kiosks.delete_profile(profile.id, by=current_user)
    except CatalogError as error:
        flash(error.message, "error")
        return redirect(url_for("curate.kiosks_list"))
    flash(_("The kiosk profile “%(name)s” and its usage counts were deleted.", name=profile.name))
    return redirect(url_for("curate.kiosks_list"))


@bp.get("/kiosks/usage")
@role_required(Role.CURATOR)
def kiosk_usage_report() -> str:
    days = kiosk_usage.parse_days(request.args.get("days"))
    return render_template(
        "curate/kiosk_usage.html",
        days=days,
        periods=kiosk_usage.PERIODS,
        report=kiosk_usage.report(days),
    )


def _save(form: KioskProfileForm, profile: KioskProfile | None) -> str | tuple[str, int] | Response:
    if form.validate_on_submit():
        try:
            saved = kiosks.save_profile(
                profile.id if profile else None,
                _fields(form),
                slug=form.slug.data or "",
                by=current_user,
            )
        except CatalogError as error:
            target = getattr(form, error.field or "", None)
            (target.errors if target is not None else form.form_errors).append(error.message)
        else:
            flash(
                _(
                    "Kiosk “%(name)s” saved. It runs at /kiosk/%(slug)s/.",
                    name=saved.name,
                    slug=saved.slug,
                )
            )
            return redirect(url_for("curate.kiosks_list"))
    return render_template("curate/kiosk_form.html", form=form, profile=profile), 400


def _fields(form: KioskProfileForm) -> dict:
    fields = {name: form[name].data for name in kiosks.PROFILE_FIELDS if name in form}
    for name in ID_FIELDS:
        fields[name] = int(fields[name]) if fields[name] else None
    fields["languages"] = ",".join(form.languages.data or [])
    return fields


def _form_data(profile: KioskProfile) -> dict:
    data = {name: getattr(profile, name) for name in kiosks.PROFILE_FIELDS}
    for name in ID_FIELDS:
        data[name] = str(data[name] or "")
    data["languages"] = profile.language_codes
    data["slug"] = profile.slug
    return data


def _with_choices(form: KioskProfileForm) -> KioskProfileForm:
    galleries = [NO_CHOICE] + [
        SelectChoice(str(g.id), g.title) for g in queries.published_galleries()
    ]
    form.start_gallery_id.choices = galleries
    form.attract_gallery_id.choices = galleries
    form.start_tour_id.choices = [NO_CHOICE] + [
        SelectChoice(str(t.id), t.title) for t in queries.published_tours()
    ]
    return form


def _found(profile_id: int) -> KioskProfile:
    try:
        return kiosks.get_profile(profile_id)
    except CatalogError:
        abort(404)
