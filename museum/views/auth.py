"""Signing in and out of the curators' workspace."""

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_user, logout_user
from werkzeug.wrappers import Response

from museum import auth
from museum.forms import ConfirmForm, LoginForm
from museum.i18n import ngettext

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | str | tuple[str, int]:
    form = LoginForm()
    if not form.validate_on_submit():
        status = 400 if form.is_submitted() else 200
        return render_template("auth/login.html", form=form), status
    address = request.remote_addr or "unknown"
    wait = auth.seconds_to_wait(form.username.data, address)
    if wait:
        form.form_errors.append(
            ngettext(
                "Too many failed sign-ins for this account or from this address. "
                "Please wait %(num)s second and try again.",
                "Too many failed sign-ins for this account or from this address. "
                "Please wait %(num)s seconds and try again.",
                wait,
            )
        )
        return render_template("auth/login.html", form=form), 429
    user = auth.check_password(form.username.data, form.password.data)
    auth.record_attempt(form.username.data, address, succeeded=user is not None)
    if user is None:
        form.form_errors.append(_("That username and password do not match."))
        return render_template("auth/login.html", form=form), 401
    login_user(user)
    return redirect(_safe_next(request.args.get("next")))


@bp.post("/logout")
def logout() -> Response:
    form = ConfirmForm()
    if form.validate_on_submit():
        logout_user()
        flash(_("You are signed out."))
    return redirect(url_for("public.home"))


def _safe_next(target: str | None) -> str:
    """Follow ?next= only within this site."""
    local = target and target.startswith("/") and not target.startswith("//")
    if local and not urlsplit(target).netloc and "\\" not in target:
        return target
    return url_for("curate.home")


@bp.app_context_processor
def inject_forms() -> dict:
    return {"logout_form": ConfirmForm() if current_user.is_authenticated else None}
