"""Staff accounts, for admins: who may work in the workspace, and with which role."""

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import PasswordField, SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, EqualTo, Length, ValidationError

from museum import auth
from museum.auth import role_name, role_required
from museum.forms import ConfirmForm
from museum.i18n import ngettext
from museum.models import Role
from museum.users import (
    MIN_PASSWORD_LENGTH,
    UserError,
    add_user,
    list_users,
    set_password,
    set_role,
    username_taken,
)
from museum.views.curate import bp
from museum.views.curate.history import when

ROLE_LABELS = {
    Role.ADMIN: _l("Admin"),
    Role.CURATOR: _l("Curator"),
    Role.CONTRIBUTOR: _l("Contributor"),
}
ROLE_CHOICES = [(role.value, ROLE_LABELS[role]) for role in Role]
ROLE_SELECT = [SelectChoice(value, label) for value, label in ROLE_CHOICES]


class NewPasswordForm(FlaskForm):
    password = PasswordField(
        _l("Password"),
        validators=[DataRequired(), Length(max=500)],
    )
    confirm = PasswordField(
        _l("Password again"),
        validators=[
            DataRequired(),
            EqualTo("password", message=_l("The two passwords differ.")),
        ],
    )

    def validate_password(self, field: PasswordField) -> None:
        if field.data and len(field.data) < MIN_PASSWORD_LENGTH:
            raise ValidationError(
                ngettext(
                    "The password must have at least %(num)s character.",
                    "The password must have at least %(num)s characters.",
                    MIN_PASSWORD_LENGTH,
                )
            )


class AddUserForm(NewPasswordForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=80)])
    role = SelectField(_l("Role"), choices=ROLE_SELECT, default=Role.CONTRIBUTOR.value)

    def validate_username(self, field: StringField) -> None:
        if field.data and username_taken(field.data):
            raise ValidationError(
                _("A user named %(name)s already exists.", name=field.data.strip())
            )


@bp.route("/users", methods=["GET", "POST"])
@role_required(Role.ADMIN)
def users() -> Response | str | tuple[str, int]:
    form = AddUserForm()
    if not form.validate_on_submit():
        return _render(form), 400 if form.is_submitted() else 200
    try:
        add_user(form.username.data, form.password.data, form.role.data)
    except UserError as error:
        form.username.errors = [*form.username.errors, str(error)]
        return _render(form), 400
    name, role = form.username.data.strip(), role_name(form.role.data)
    flash(_("%(name)s can now sign in as a %(role)s.", name=name, role=role))
    return redirect(url_for("curate.users"))


@bp.post("/users/<int:user_id>/role")
@role_required(Role.ADMIN)
def set_user_role(user_id: int) -> Response:
    role = request.form.get("role", "")
    if user_id == current_user.id and role != Role.ADMIN:
        flash(_("You cannot take the admin role from yourself; ask another admin."), "error")
        return redirect(url_for("curate.users"))
    try:
        user = set_role(user_id, role)
    except UserError as error:
        flash(str(error), "error")
        return redirect(url_for("curate.users"))
    flash(_("%(name)s is now a %(role)s.", name=user.username, role=role_name(user.role)))
    return redirect(url_for("curate.users"))


class ChangePasswordForm(NewPasswordForm):
    current = PasswordField(_l("Current password"), validators=[DataRequired(), Length(max=500)])
    password = PasswordField(_l("New password"), validators=[DataRequired(), Length(max=500)])
    confirm = PasswordField(
        _l("New password again"),
        validators=[
            DataRequired(),
            EqualTo("password", message=_l("The two passwords differ.")),
        ],
    )


@bp.route("/password", methods=["GET", "POST"])
def change_password() -> Response | str | tuple[str, int]:
    """Any signed-in staff member's own password; every other session of theirs ends."""
    form = ChangePasswordForm()
    if not form.validate_on_submit():
        return _render_password(form), 400 if form.is_submitted() else 200
    # Guesses at the current password count like sign-in failures: a borrowed session must
    # not become a way around the sign-in throttle.
    attempt, wait = auth.begin_attempt(current_user.username, request.remote_addr or "unknown")
    if attempt is None:
        form.current.errors = [_("Too many wrong passwords. Please try again later.")]
        return _render_password(form), 429, {"Retry-After": str(wait)}
    if auth.check_password(current_user.username, form.current.data) is None:
        form.current.errors = [_("That is not your current password.")]
        return _render_password(form), 400
    auth.attempt_succeeded(attempt)
    try:
        user = set_password(current_user.id, form.password.data)
    except UserError as error:
        form.password.errors = [str(error)]
        return _render_password(form), 400
    login_user(user)  # this session carries on, at the new epoch
    flash(_("Your password is changed. You were signed out everywhere else."))
    return redirect(url_for("curate.change_password"))


def _render_password(form: ChangePasswordForm) -> str:
    return render_template("curate/password.html", form=form, min_password=MIN_PASSWORD_LENGTH)


def _render(form: AddUserForm) -> str:
    return render_template(
        "curate/users.html",
        form=form,
        users=list_users(),
        roles=ROLE_CHOICES,
        confirm=ConfirmForm(),
        when=when,
        min_password=MIN_PASSWORD_LENGTH,
    )
