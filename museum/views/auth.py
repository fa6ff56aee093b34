"""Signing in and out of the curators' workspace."""

import math
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
    attempt, wait = auth.begin_attempt(form.username.data, address)
    if attempt is None:
        form.form_errors.append(_too_many_tries(wait))
        page = render_template("auth/login.html", form=form)
        return page, 429, {"Retry-After": str(wait)}
    user = auth.check_password(form.username.data, form.password.data)
    if user is None:
        form.form_errors.append(_("That username and password do not match."))
        return render_template("auth/login.html", form=form), 401
    auth.attempt_succeeded(attempt)
    login_user(user)
    return redirect(_safe_next(request.args.get("next")))


@bp.post("/logout")
def logout() -> Response:
    form = ConfirmForm()
    if form.validate_on_submit():
        if current_user.is_authenticated:
            auth.end_every_session(current_user.id)
        logout_user()
        flash(_("You are signed out."))
    return redirect(url_for("public.home"))


def _too_many_tries(wait: int) -> str:
    if wait < 120:
        return ngettext(
            "Too many failed sign-ins for this account or from this address. "
            "Please wait %(num)s second and try again.",
            "Too many failed sign-ins for this account or from this address. "
            "Please wait %(num)s seconds and try again.",
            wait,
        )
    return ngettext(
        "Too many failed sign-ins for this account or from this address. "
        "Please wait %(num)s minute and try again.",
        "Too many failed sign-ins for this account or from this address. "
        "Please wait %(num)s minutes and try again.",
        math.ceil(wait / 60),
    )


def _safe_next(target: str | None) -> str:
    """Follow ?next= only within this site."""
    local = target and target.startswith("/") and not target.startswith("//")
    if local and not urlsplit(target).netloc and "\\" not in target:
        return target
    return url_for("curate.home")


@bp.app_context_processor
def inject_forms() -> dict:
    return {"logout_form": ConfirmForm() if current_user.is_authenticated else None}
