"""Languages of the interface: chosen by the URL (/tk/..., /ru/..., /en/...), Flask-Babel.

`LanguagePrefix` moves a leading language segment from the path to the script root, so every
view and every `url_for` works unchanged and the links of a /ru/ page stay in /ru/. A bare URL
is in the museum's DEFAULT_LANGUAGE.
"""

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from flask import Flask, current_app, request
from flask_babel import Babel, force_locale, format_number, get_translations, gettext, refresh
from jinja2 import pass_context
from markupsafe import Markup

LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}  # each in itself
ENVIRON_KEY = "museum.language"
TRANSLATIONS_DIR = Path(__file__).parent / "translations"


def N_(text: str) -> str:
    """Mark English text for the catalogs (pybabel knows N_) and keep it untranslated: for text
    machines read in English and visitors read through gettext(text) or lazy_gettext(text)."""
    return text


class LanguagePrefix:
    """WSGI middleware: /ru/exhibits/x is /exhibits/x in Russian."""

    def __init__(self, app: Callable, languages: Iterable[str]) -> None:
        self.app = app
        self.languages = set(languages)

    def __call__(self, environ: dict, start_response: Callable) -> Any:
        path = environ.get("PATH_INFO", "")
        first, _slash, rest = path.lstrip("/").partition("/")
        if first in self.languages and path.startswith(f"/{first}"):
            environ[ENVIRON_KEY] = first
            environ["SCRIPT_NAME"] = environ.get("SCRIPT_NAME", "").rstrip("/") + f"/{first}"
            environ["PATH_INFO"] = "/" + rest
        return self.app(environ, start_response)


def init_app(app: Flask) -> None:
    # One Babel per app: its translations cache lives on it, and tests run several apps.
    Babel(
        app,
        locale_selector=current_language,
        default_translation_directories=str(TRANSLATIONS_DIR),
    )
    app.jinja_env.globals["ngettext"] = _template_ngettext
    app.wsgi_app = LanguagePrefix(app.wsgi_app, offered(app))
    # Flask-Babel caches the locale on `g`; a request inside an app context already in use (a
    # test, a CLI command) must not keep the language that context had, nor leave its own.
    app.before_request(refresh)
    app.teardown_request(lambda _error: refresh())
    app.add_template_global(current_language)
    app.add_template_global(language_links)
    app.add_template_global(language_hints)
    app.add_template_global(LANGUAGE_NAMES, "LANGUAGE_NAMES")


def ngettext(singular: str, plural: str, num: int, **variables: Any) -> str:
    """Flask-Babel's ngettext, with `%(num)s` written as the language writes numbers (12 115)."""
    variables.setdefault("num", format_number(num))
    return get_translations().ungettext(singular, plural, num) % variables


@pass_context
def _template_ngettext(context: Any, singular: str, plural: str, num: int, **variables: Any) -> str:
    # Jinja's own newstyle ngettext, but with the number formatted for the page's language.
    variables.setdefault("num", format_number(num))
    text = get_translations().ungettext(singular, plural, num)
    if context.eval_ctx.autoescape:
        text = Markup(text)  # noqa: S704 - our catalog's message; % escapes the values
    return text % variables


def offered(app: Flask | None = None) -> list[str]:
    """The languages this museum offers, its default first."""
    config = (app or current_app).config
    languages = [code for code in config["LANGUAGES"] if code in LANGUAGE_NAMES]
    default = config["DEFAULT_LANGUAGE"]
    return [default] + [code for code in languages if code != default]


def current_language() -> str:
    """The language of this request: its URL's, else the museum's default."""
    if request:
        return request.environ.get(ENVIRON_KEY) or current_app.config["DEFAULT_LANGUAGE"]
    return current_app.config["DEFAULT_LANGUAGE"]


def without_language(path: str) -> str:
    """A path built in this request, less its language prefix (/ru/e/X -> /e/X)."""
    language = request.environ.get(ENVIRON_KEY) if request else None
    return path.removeprefix(f"/{language}") if language else path


def language_links() -> list[tuple[str, str]]:
    """This very page in each offered language: (code, absolute path), for the switcher and
    hreflang. The default language's link is the bare URL."""
    base = request.script_root.removesuffix("/" + (request.environ.get(ENVIRON_KEY) or ""))
    path = request.full_path.removesuffix("?")
    default = current_app.config["DEFAULT_LANGUAGE"]
    return [(code, base + ("" if code == default else f"/{code}") + path) for code in offered()]


def language_hints() -> list[tuple[str, str, str]]:
    """On a bare (default-language) URL: (code, path, invitation in that language) for each
    other offered language. The page shows the one the browser prefers (language-hint.js):
    a hint, never a redirect, so a shared bare link opens the same page for everyone."""
    if request.environ.get(ENVIRON_KEY):
        return []
    default = current_app.config["DEFAULT_LANGUAGE"]
    hints = []
    for code, path in language_links():
        if code != default:
            with force_locale(code):
                # Translators: offered to visitors whose browser prefers your language; name it.
                hints.append((code, path, gettext("Read this page in English")))
    return hints
