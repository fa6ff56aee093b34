"""The Flask-WTF form of a kiosk profile (it carries a CSRF token like every form)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SelectField, SelectMultipleField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from museum.kiosks import LANGUAGES

START_CHOICES = [
    SelectChoice("featured", _l("The featured exhibits")),
    SelectChoice("gallery", _l("A gallery")),
    SelectChoice("tour", _l("A tour, stop by stop")),
]
ATTRACT_CHOICES = [
    SelectChoice("featured", _l("The featured exhibits")),
    SelectChoice("gallery", _l("A gallery")),
    SelectChoice("tour", _l("The start content")),
]
NO_CHOICE = SelectChoice("", _l("Choose…"))


class CheckboxesField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class KioskProfileForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(max=200)])
    slug = StringField(
        _l("Address"),
        validators=[
            Optional(),
            Length(max=60),
            Regexp(r"^[a-z0-9-]+$", message=_l("Use lowercase letters, digits and hyphens.")),
        ],
    )
    start = SelectField(_l("Start screen"), choices=START_CHOICES)
    # The view fills in the published galleries and tours.
    start_gallery_id = SelectField(_l("Gallery to start with"), choices=[NO_CHOICE])
    start_tour_id = SelectField(_l("Tour to run"), choices=[NO_CHOICE])
    attract = SelectField(_l("Attract loop shows"), choices=ATTRACT_CHOICES)
    attract_gallery_id = SelectField(_l("Gallery of the attract loop"), choices=[NO_CHOICE])
    idle_seconds = IntegerField(
        _l("Idle time before the countdown (seconds)"),
        default=90,
        validators=[NumberRange(min=10, max=3600)],
    )
    warning_seconds = IntegerField(
        _l("Countdown “Still there?” (seconds)"),
        default=10,
        validators=[NumberRange(min=3, max=120)],
    )
    attract_seconds = IntegerField(
        _l("Idle time before the attract loop (seconds)"),
        default=180,
        validators=[NumberRange(min=20, max=86_400)],
    )
    search_enabled = BooleanField(_l("Offer search"), default=True)
    languages = CheckboxesField(
        _l("Languages offered"),
        choices=[SelectChoice(code, name) for code, name in LANGUAGES.items()],
        default=["en"],
    )
    show_qr = BooleanField(_l("Show “take this home” QR codes"), default=True)
