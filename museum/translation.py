"""Content in several languages.

A translatable field keeps its text in the museum's default language in its own column (so
sorting, slugs and every older reader keep working) and its other languages in the record's
`translations` JSON: {"ru": {"title": "..."}, "tk": {...}}. Writers take flat names,
`title_ru`, as forms and CSV columns do. Visitors read `record.t.title`: the text in their
language, else in the default language, marked as a fallback so the page can say so.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from flask import Flask, current_app, has_app_context
from markupsafe import Markup, escape

from museum.i18n import LANGUAGE_NAMES, current_language

CONTENT_LANGUAGES = tuple(LANGUAGE_NAMES)
Translations = dict[str, dict[str, str]]


def default_language() -> str:
    return current_app.config["DEFAULT_LANGUAGE"] if has_app_context() else "en"


def other_languages() -> list[str]:
    """The content languages besides the default, in a stable order."""
    default = default_language()
    return [code for code in CONTENT_LANGUAGES if code != default]


def flat_name(field: str, language: str) -> str:
    return f"{field}_{language}"


def split_fields(
    fields: Mapping[str, Any], translatable: Iterable[str]
) -> tuple[dict[str, Any], Translations]:
    """Separate per-language names (`title_ru`) from plain fields. `title_<default>` is the
    column `title` itself."""
    plain: dict[str, Any] = {}
    translated: Translations = {}
    by_name = {
        flat_name(field, language): (field, language)
        for field in translatable
        for language in CONTENT_LANGUAGES
    }
    default = default_language()
    for name, value in fields.items():
        if name not in by_name:
            plain[name] = value
            continue
        field, language = by_name[name]
        if language == default:
            plain[field] = value
        else:
            translated.setdefault(language, {})[field] = value
    return plain, translated


def merged(current: Mapping[str, Mapping[str, str]] | None, changes: Translations) -> Translations:
    """The translations after `changes` (an empty text removes that translation)."""
    result = {language: dict(texts) for language, texts in (current or {}).items()}
    for language, texts in changes.items():
        for field, text in texts.items():
            text = (text or "").strip()
            if text:
                result.setdefault(language, {})[field] = text
            else:
                result.get(language, {}).pop(field, None)
    return {language: texts for language, texts in sorted(result.items()) if texts}


def flat(translations: Mapping[str, Mapping[str, str]] | None) -> dict[str, str]:
    """{"title_ru": ...}: translations as flat names, for snapshots, forms and exports."""
    return {
        flat_name(field, language): text
        for language, texts in sorted((translations or {}).items())
        for field, text in sorted(texts.items())
    }


def unflatten(data: Mapping[str, Any], fields: Iterable[str]) -> Translations:
    """Translations from flat names in `data` (a snapshot), ignoring everything else."""
    _plain, translated = split_fields(
        {name: value for name, value in data.items() if _is_other_language(name, fields)}, fields
    )
    return merged({}, translated)


def _is_other_language(name: str, fields: Iterable[str]) -> bool:
    return any(
        name == flat_name(field, language) for field in fields for language in other_languages()
    )


def text_in(record: Any, field: str, language: str) -> str:
    """The field's text in exactly this language ("" when there is none)."""
    if language == default_language():
        return getattr(record, field) or ""
    return ((record.translations or {}).get(language) or {}).get(field, "")


def languages_of(record: Any, field: str) -> dict[str, str]:
    """{language: text} for every language the field has text in, the default first."""
    found = {language: text_in(record, field, language) for language in _fallbacks(None)}
    return {language: text for language, text in found.items() if text}


class LocalText(str):
    """A text and the language it is really in; `fallback` when that is not the one asked."""

    language: str
    fallback: bool

    def __new__(cls, text: str, language: str, fallback: bool) -> "LocalText":
        made = super().__new__(cls, text)
        made.language, made.fallback = language, fallback
        return made


def localized(record: Any, field: str, language: str | None = None) -> LocalText:
    """The field in `language` (the request's by default), else in the first language that
    has it: the default, then the others."""
    wanted = language or current_language()
    for candidate in _fallbacks(wanted):
        text = text_in(record, field, candidate)
        if text:
            return LocalText(text, candidate, candidate != wanted)
    return LocalText("", wanted, False)


class Localizer:
    """`record.t.title`: a record's texts in one language, with fallbacks."""

    def __init__(self, record: Any, language: str | None = None) -> None:
        self._record = record
        self._language = language or current_language()

    def __getattr__(self, field: str) -> LocalText:
        if field not in type(self._record).TRANSLATED:
            raise AttributeError(field)
        return localized(self._record, field, self._language)

    def __getitem__(self, field: str) -> Any:
        """`exhibit.t[name]` for any field: translated ones localized, others as they are."""
        if field in type(self._record).TRANSLATED:
            return localized(self._record, field, self._language)
        return getattr(self._record, field)

    def missing(self) -> list[str]:
        """Fields that have text but not in this language."""
        return [
            field
            for field in type(self._record).TRANSLATED
            if localized(self._record, field, self._language).fallback
        ]


def _fallbacks(wanted: str | None) -> list[str]:
    default = default_language()
    order = [wanted, default, *CONTENT_LANGUAGES] if wanted else [default, *CONTENT_LANGUAGES]
    return list(dict.fromkeys(code for code in order if code))


def lang_attr(text: Any) -> Markup:
    """` lang="ru"` for a text shown in another language than the page's, else nothing."""
    language = getattr(text, "language", None)
    if text and language and language != current_language():
        return Markup(' lang="%s"') % escape(language)
    return Markup("")


def fallback_language(*records: Any) -> str | None:
    """The language shown instead of the page's for some text of these records, if any
    (records may be None; an exhibit's images count too)."""
    for record in _with_images(records):
        for field in record.t.missing():
            return localized(record, field).language
    return None


def _with_images(records: Iterable[Any]) -> Iterable[Any]:
    for record in records:
        if record is None:
            continue
        yield record
        yield from getattr(record, "images", [])


def init_app(app: Flask) -> None:
    app.add_template_filter(lang_attr)
    app.add_template_global(fallback_language)
