"""Links curators write: only web and mail addresses, links within the museum and #anchors.

The catalog's writer calls `check_texts` before anything is stored, so every way in (forms,
CSV import, scripts) refuses a `javascript:` link, with its obfuscations, with the field named.
The renderer drops such links too (museum.render); refusing them on save also keeps them out
of the JSON API, OAI-PMH and exports, whose readers render the Markdown themselves.
"""

import html
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import unquote

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from markdown_it import MarkdownIt
from markdown_it.token import Token

from museum.i18n import LANGUAGE_NAMES

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
# Refused even in plain-text fields that may hold an address (rights), where other words
# before a colon ("Copyright: …") are ordinary text.
DANGEROUS_SCHEMES = frozenset(
    {"javascript", "vbscript", "livescript", "data", "file", "blob", "filesystem", "jar"}
)
MARKDOWN_FIELDS = {
    "description": _l("Description"),
    "introduction": _l("Introduction"),
    "narration": _l("Narration"),
}
ADDRESS_FIELDS = {"rights": _l("Rights")}
SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):")
# Attributes of raw HTML in Markdown that browsers follow (museum.render shows such HTML as
# text, but others who read the text may not).
HTML_URL_ATTRIBUTE = re.compile(
    r"<[a-z][^>]*?\s(?:href|src|action|formaction|xlink:href|poster|background|data)"
    r"\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)",
    re.IGNORECASE,
)
SHOWN_LENGTH = 80

# The same Markdown as museum.render, but keeping every destination as written, so that this
# check sees what markdown-it's own validation would silently drop.
_parser = MarkdownIt("commonmark", {"html": False, "linkify": False})
_parser.validateLink = lambda url: True
_parser.normalizeLink = lambda url: url


class UnsafeLink(ValueError):
    """A text holds a link that may not be saved; `field` is its flat name (`description_ru`)."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def is_safe_link(url: str) -> bool:
    """True for http(s) and mailto addresses, relative links and #anchors."""
    plain = _normalized(url)
    scheme = SCHEME.match(plain)
    if scheme and scheme[1] not in SAFE_SCHEMES:
        return False
    return not _dangerous(_normalized(unquote(unquote(plain))))


def links_in_markdown(text: str) -> Iterator[str]:
    """Every destination in Markdown: links, images, autolinks, references, raw HTML."""
    env: dict = {}
    yield from _destinations(_parser.parse(text, env))
    yield from (reference["href"] for reference in env.get("references", {}).values())
    for match in HTML_URL_ATTRIBUTE.finditer(text):
        yield match[1].strip("\"'")


def unsafe_link(name: str, text: Any) -> str | None:
    """The first link in field `name` that may not be saved, or None."""
    if not isinstance(text, str) or not text:
        return None
    if name in MARKDOWN_FIELDS:
        return next((url for url in links_in_markdown(text) if not is_safe_link(url)), None)
    if name in ADDRESS_FIELDS and _dangerous(_normalized(text)):
        return text
    return None


def check_texts(
    fields: Mapping[str, Any],
    translations: Mapping[str, Mapping[str, Any]] | None = None,
    stop: int | None = None,
) -> None:
    """Raise UnsafeLink naming the first field (default language first) with a bad link.

    `stop` (1-based) names a tour stop's texts in the message."""
    texts = [(name, None, value) for name, value in fields.items()]
    for language, values in sorted((translations or {}).items()):
        texts += [(name, language, value) for name, value in values.items()]
    for name, language, value in texts:
        url = unsafe_link(name, value)
        if url is not None:
            flat = f"{name}_{language}" if language else name
            raise UnsafeLink(_refusal(name, language, url, stop), flat)


def _destinations(tokens: list[Token]) -> Iterator[str]:
    for token in tokens:
        if token.type == "link_open":
            yield str(token.attrGet("href") or "")
        elif token.type == "image":
            yield str(token.attrGet("src") or "")
        if token.children:
            yield from _destinations(token.children)


def _normalized(url: str) -> str:
    """The address as a browser reads its scheme: entities decoded, and without the spaces,
    control and invisible characters that would hide `javascript:` from a plain comparison."""
    previous = None
    while previous != url:  # &amp;#x09; and the like: entities within entities
        previous, url = url, html.unescape(url)
    kept = (char for char in url if unicodedata.category(char)[0] not in "CZ")
    return "".join(kept).lower()


def _dangerous(plain: str) -> bool:
    scheme = SCHEME.match(plain)
    return bool(scheme) and scheme[1] in DANGEROUS_SCHEMES


def _control(char: str) -> bool:
    return unicodedata.category(char)[0] == "C"


def _refusal(name: str, language: str | None, url: str, stop: int | None) -> str:
    label = str(MARKDOWN_FIELDS.get(name) or ADDRESS_FIELDS.get(name) or name)
    if language:
        label = _(
            "%(field)s (%(language)s)", field=label, language=LANGUAGE_NAMES.get(language, language)
        )
    if stop is not None:
        label = _("Stop %(number)s: %(field)s", number=stop, field=label)
    shown = "".join("\N{REPLACEMENT CHARACTER}" if _control(c) else c for c in url)
    if len(shown) > SHOWN_LENGTH:
        shown = shown[: SHOWN_LENGTH - 1] + "…"
    return _(
        "%(field)s: the link “%(url)s” is not allowed. Links may be http://, https:// or "
        "mailto: addresses, addresses within the museum or #anchors.",
        field=label,
        url=shown,
    )
