"""Flask-WTF forms of the workspace (every one carries a CSRF token)."""

from collections.abc import Iterable
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.i18n import translations
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
from museum.models import Exhibit, Image
from museum.translation import (
    CONTENT_LANGUAGES,
    Translations,
    default_language,
    flat_name,
    other_languages,
)


def add_translations(form_class: type[Form], fields: Iterable[str]) -> None:
    """Give each field a twin per content language (`title_ru`): the same kind of input with
    the same length limit, never required. Every language gets one, so that DEFAULT_LANGUAGE
    decides at request time which language the field itself (`title`) holds."""
    for name in fields:
        unbound = getattr(form_class, name)
        validators = unbound.kwargs.get("validators") or []
        lengths = [validator for validator in validators if isinstance(validator, Length)]
        for language in CONTENT_LANGUAGES:
            twin = unbound.field_class(*unbound.args, validators=lengths)
            setattr(form_class, flat_name(name, language), twin)


@dataclass(frozen=True)
class ContentLanguages:
    """The languages a form shows: the default one (the field itself) and the others."""

    default: str
    others: list[str]


def content_languages() -> ContentLanguages:
    return ContentLanguages(default_language(), other_languages())


def translated_fields(form: Form, fields: Iterable[str]) -> dict[str, str]:
    """The texts typed in the other languages, by flat name (`title_ru`), as the catalog
    takes them; an empty one removes that translation."""
    return {
        name: form[name].data or ""
        for field in fields
        for language in other_languages()
        if (name := flat_name(field, language)) in form
    }


def nested_translations(form: Form, fields: Iterable[str]) -> Translations:
    """The same as {"ru": {"caption": ...}}, for the writers that take nested translations."""
    nested: Translations = {}
    for language in other_languages():
        for field in fields:
            name = flat_name(field, language)
            if name in form:
                nested.setdefault(language, {})[field] = form[name].data or ""
    return nested


class LoginForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=80)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(max=500)])


class ConfirmForm(FlaskForm):
    """A button that changes something: the form is only its CSRF token."""


class RowForm(Form):
    """A row of a FieldList: its validators' own messages in the page's language too."""

    class Meta:
        def get_translations(self, form: Form):
            return translations


class ImageRowForm(RowForm):
    """One image on the exhibit form: an existing image (id:N) or an upload (staged:HASH:NAME)."""

    ref = HiddenField()
    position = IntegerField(_l("Order"), validators=[Optional()])
    caption = StringField(_l("Caption"), validators=[Length(max=500)])
    alt_text = StringField(_l("Alt text"), validators=[Length(max=500)])
    decorative = BooleanField(_l("Decorative (no alt text needed)"))
    remove = BooleanField(_l("Remove"))


add_translations(ImageRowForm, Image.TRANSLATED)


def _exhibit_form_class() -> type[FlaskForm]:
    """The exhibit form: common fields, then every kind's fields (the page shows one kind's)."""

    class ExhibitForm(FlaskForm):
        accession_number = StringField(
            _l("Accession number"), validators=[DataRequired(), Length(max=100)]
        )
        title = StringField(_l("Title"), validators=[DataRequired(), Length(max=300)])
        kind = SelectField(
            _l("Kind"), choices=[SelectChoice(k.name, k.label) for k in KINDS.values()]
        )
        date_text = StringField(_l("Date"), validators=[Length(max=100)])
        summary = TextAreaField(_l("Summary"), validators=[Length(max=2000)])
        description = TextAreaField(_l("Description"), validators=[Length(max=100_000)])
        place = StringField(_l("Place"), validators=[Length(max=300)])
        materials = StringField(_l("Materials"), validators=[Length(max=300)])
        dimensions = StringField(_l("Dimensions"), validators=[Length(max=200)])
        provenance = TextAreaField(_l("Provenance"), validators=[Length(max=10_000)])
        credit_line = StringField(_l("Credit line"), validators=[Length(max=500)])
        rights = StringField(_l("Rights"), validators=[Length(max=500)])
        location_hall = StringField(_l("Hall"), validators=[Length(max=100)])
        location_case = StringField(_l("Case"), validators=[Length(max=100)])
        tags = StringField(_l("Tags (separated by commas)"), validators=[Length(max=1000)])
        featured = BooleanField(_l("Featured on the home page"))
        notes = TextAreaField(_l("Notes (curators only)"), validators=[Length(max=100_000)])
        images = FieldList(FormField(ImageRowForm), min_entries=0)
        new_images = MultipleFileField(_l("Images"))

    for kind in KINDS.values():
        for field in kind.fields:
            widget = TextAreaField if field.long else StringField
            field_class = widget(field.label, validators=[Length(max=_column_length(field.name))])
            setattr(ExhibitForm, form_name(field.name), field_class)
    add_translations(ExhibitForm, Exhibit.TRANSLATED)
    return ExhibitForm


def _column_length(name: str) -> int:
    """The most characters an exhibit column holds (text columns: a generous 100,000)."""
    return getattr(Exhibit.__table__.columns[name].type, "length", None) or 100_000


def form_name(field: str) -> str:
    """The form's name for an exhibit field: `process` would hide WTForms' Form.process()."""
    return RENAMED.get(field, field)


RENAMED = {"process": "photo_process"}


ExhibitForm = _exhibit_form_class()
