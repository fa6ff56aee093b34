"""Flask-WTF forms of the gallery and tour editors (every one carries a CSRF token)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    FieldList,
    FormField,
    HiddenField,
    IntegerField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from museum.forms import RowForm, add_translations
from museum.models import Gallery, Tour, TourStop
from museum.themes import THEMES

THEME_CHOICES = [
    SelectChoice(
        theme.name,
        _l("%(theme)s: %(description)s", theme=theme.label, description=theme.description),
    )
    for theme in THEMES.values()
]


class ItemRowForm(RowForm):
    """One exhibit of a gallery, in the curator's order."""

    exhibit_id = HiddenField()
    position = IntegerField(_l("Order"), validators=[Optional()])
    remove = BooleanField(_l("Remove"))


class StopRowForm(RowForm):
    """One stop of a tour: an exhibit and what the guide says there."""

    exhibit_id = HiddenField()
    position = IntegerField(_l("Order"), validators=[Optional()])
    remove = BooleanField(_l("Remove"))
    title = StringField(_l("Stop title"), validators=[Length(max=300)])
    narration = TextAreaField(_l("Narration"), validators=[Length(max=20_000)])
    room = StringField(_l("Room"), validators=[Length(max=100)])
    showcase = StringField(_l("Showcase"), validators=[Length(max=100)])


add_translations(StopRowForm, TourStop.TRANSLATED)


class GalleryForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    introduction = TextAreaField(_l("Introduction"), validators=[Length(max=20_000)])
    theme = SelectField(_l("Theme"), choices=THEME_CHOICES)
    # Choices are the images of the exhibits on the form; the view fills them in.
    cover_image_id = SelectField(_l("Cover image"), choices=[SelectChoice("", _l("None"))])
    items = FieldList(FormField(ItemRowForm), min_entries=0)


add_translations(GalleryForm, Gallery.TRANSLATED)


class TourForm(FlaskForm):
    title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
    introduction = TextAreaField(_l("Introduction"), validators=[Length(max=20_000)])
    # Read and checked by the catalog's media intake (by the bytes, never the name).
    floor_plan = FileField(_l("Floor plan image"))
    floor_plan_alt_text = StringField(
        _l("Alt text of the floor plan"), validators=[Length(max=500)]
    )
    remove_floor_plan = BooleanField(_l("Remove the floor plan"))
    stops = FieldList(FormField(StopRowForm), min_entries=0)


add_translations(TourForm, Tour.TRANSLATED)
