"""Flask-WTF forms of the gallery and tour editors (every one carries a CSRF token)."""

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    FieldList,
    Form,
    FormField,
    HiddenField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from museum.themes import THEMES

THEME_CHOICES = [
    SelectChoice(theme.name, f"{theme.label}: {theme.description}") for theme in THEMES.values()
]


class ItemRowForm(Form):
    """One exhibit of a gallery, in the curator's order."""

    exhibit_id = HiddenField()
    position = IntegerField("Order", validators=[Optional()])
    remove = BooleanField("Remove")


class StopRowForm(Form):
    """One stop of a tour: an exhibit and what the guide says there."""

    exhibit_id = HiddenField()
    position = IntegerField("Order", validators=[Optional()])
    remove = BooleanField("Remove")
    title = StringField("Stop title", validators=[Length(max=300)])
    narration = TextAreaField("Narration", validators=[Length(max=20_000)])
    room = StringField("Room", validators=[Length(max=100)])
    showcase = StringField("Showcase", validators=[Length(max=100)])


class GalleryForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=300)])
    introduction = TextAreaField("Introduction", validators=[Length(max=20_000)])
    theme = SelectField("Theme", choices=THEME_CHOICES)
    # Choices are the images of the exhibits on the form; the view fills them in.
    cover_image_id = SelectField("Cover image", choices=[SelectChoice("", "None")])
    items = FieldList(FormField(ItemRowForm), min_entries=0)


class TourForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=300)])
    introduction = TextAreaField("Introduction", validators=[Length(max=20_000)])
    # Read and checked by the catalog's media intake (by the bytes, never the name).
    floor_plan = FileField("Floor plan image")
    floor_plan_alt_text = StringField("Alt text of the floor plan", validators=[Length(max=500)])
    remove_floor_plan = BooleanField("Remove the floor plan")
    stops = FieldList(FormField(StopRowForm), min_entries=0)
