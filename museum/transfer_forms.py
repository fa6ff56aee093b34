"""Forms of the workspace's import (every one carries a CSRF token)."""

from collections.abc import Sequence

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, SelectField
from wtforms.fields.choices import SelectChoice

from museum.transfer.columns import Column, choices_for

UPDATE_LABEL = _l(
    "Update existing exhibits: a row whose accession number is in the catalog "
    "changes that exhibit (only the columns in the file)"
)
KEEP_DATES_LABEL = _l(
    "Import dates that are not understood, kept as text (they do not sort by year)"
)


class ImportUploadForm(FlaskForm):
    csv_file = FileField(
        _l("CSV file"), validators=[FileRequired(_l("Choose the CSV file to import."))]
    )
    images_zip = FileField(_l("Images: a ZIP file of the image files the rows name (optional)"))
    update = BooleanField(UPDATE_LABEL)
    keep_unread_dates = BooleanField(KEEP_DATES_LABEL)


class ReplaceCsvForm(FlaskForm):
    csv_file = FileField(
        _l("A corrected CSV file"), validators=[FileRequired(_l("Choose the corrected CSV file."))]
    )


def mapping_form_class(columns: Sequence[Column]) -> type[FlaskForm]:
    """The preview's form: one select per column (what it becomes), and the options."""

    class MappingForm(FlaskForm):
        update = BooleanField(UPDATE_LABEL)
        keep_unread_dates = BooleanField(KEEP_DATES_LABEL)

    for column in columns:
        choices = [
            SelectChoice(value, label, optgroup=group)
            for group, options in choices_for(column)
            for value, label in options
        ]
        field = SelectField(_("What “%(header)s” becomes", header=column.header), choices=choices)
        setattr(MappingForm, column_field(column.index), field)
    return MappingForm


def column_field(index: int) -> str:
    return f"column_{index}"
