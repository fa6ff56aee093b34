"""Flask-WTF forms of the workspace (every one carries a CSRF token)."""

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    MultipleFileField,
    PasswordField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from museum.kinds import KINDS


class LoginForm(FlaskForm):
    username = StringField("Username", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=500)])


class ConfirmForm(FlaskForm):
    """A button that changes something: the form is only its CSRF token."""


class ImageRowForm(Form):
    """One image on the exhibit form: an existing image (id:N) or an upload (staged:HASH:NAME)."""

    ref = HiddenField()
    position = IntegerField("Order", validators=[Optional()])
    caption = StringField("Caption", validators=[Length(max=500)])
    alt_text = StringField("Alt text", validators=[Length(max=500)])
    decorative = BooleanField("Decorative (no alt text needed)")
    remove = BooleanField("Remove")


def _exhibit_form_class() -> type[FlaskForm]:
    """The exhibit form: common fields, then every kind's fields (the page shows one kind's)."""

    class ExhibitForm(FlaskForm):
        accession_number = StringField(
            "Accession number", validators=[DataRequired(), Length(max=100)]
        )
        title = StringField("Title", validators=[DataRequired(), Length(max=300)])
        kind = SelectField("Kind", choices=[SelectChoice(k.name, k.label) for k in KINDS.values()])
        date_text = StringField("Date", validators=[Length(max=100)])
        summary = TextAreaField("Summary", validators=[Length(max=2000)])
        description = TextAreaField("Description", validators=[Length(max=100_000)])
        place = StringField("Place", validators=[Length(max=300)])
        materials = StringField("Materials", validators=[Length(max=300)])
        dimensions = StringField("Dimensions", validators=[Length(max=200)])
        provenance = TextAreaField("Provenance", validators=[Length(max=10_000)])
        credit_line = StringField("Credit line", validators=[Length(max=500)])
        rights = StringField("Rights", validators=[Length(max=500)])
        location_hall = StringField("Hall", validators=[Length(max=100)])
        location_case = StringField("Case", validators=[Length(max=100)])
        tags = StringField("Tags (separated by commas)", validators=[Length(max=1000)])
        featured = BooleanField("Featured on the home page")
        notes = TextAreaField("Notes (curators only)", validators=[Length(max=100_000)])
        images = FieldList(FormField(ImageRowForm), min_entries=0)
        new_images = MultipleFileField("Images")

    for kind in KINDS.values():
        for field in kind.fields:
            widget = TextAreaField if field.long else StringField
            field_class = widget(field.label, validators=[Length(max=100_000)])
            setattr(ExhibitForm, form_name(field.name), field_class)
    return ExhibitForm


def form_name(field: str) -> str:
    """The form's name for an exhibit field: `process` would hide WTForms' Form.process()."""
    return RENAMED.get(field, field)


RENAMED = {"process": "photo_process"}


ExhibitForm = _exhibit_form_class()
