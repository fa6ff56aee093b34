"""Template helpers: Markdown rendered safely, image URLs and responsive image sets."""

from urllib.parse import unquote

from flask import Flask, current_app, url_for
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from museum import media
from museum.i18n import current_language
from museum.kinds import KINDS
from museum.media.derivatives import SIZES, SQUARE, fitted
from museum.models import Image

# Raw HTML in curators' Markdown is shown as text; markdown-it also refuses javascript: links.
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True})


# On the kiosk nothing leads off the kiosk: a link's text stays, as plain text, and an
# image in the text shows as its description.
_kiosk_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True})
_kiosk_markdown.add_render_rule("link_open", lambda *args: "")
_kiosk_markdown.add_render_rule("link_close", lambda *args: "")
_kiosk_markdown.add_render_rule(
    "image", lambda self, tokens, idx, options, env: escape(tokens[idx].content)
)


def markdown(text: str | None) -> Markup:
    """Render curator-written Markdown to safe HTML."""
    return Markup(_markdown.render(text or ""))  # noqa: S704 - markdown-it with html off


def kiosk_markdown(text: str | None) -> Markup:
    """Render curator-written Markdown for the kiosk: safe HTML with no links and no images."""
    return Markup(_kiosk_markdown.render(text or ""))  # noqa: S704 - html, links, images off


def image_url(image: Image, size: str = "medium", extension: str = "jpg") -> str:
    """Return the public URL of one of an image's derivatives."""
    path = media.derivative_relpath(image.sha256, size, extension)
    return url_for("public.media_file", path=path)


def image_url_for_hash(sha256: str, size: str = "small", extension: str = "jpg") -> str:
    """The public URL of a derivative, knowing only the original's hash (as search hits do)."""
    return url_for("public.media_file", path=media.derivative_relpath(sha256, size, extension))


def image_size(image: Image, size: str = "medium") -> tuple[int, int]:
    """The pixel size of one derivative, for width and height attributes."""
    if size == SQUARE[0]:
        return SQUARE[1], SQUARE[1]
    return fitted((image.width, image.height), SIZES[size])


def srcset(image: Image, extension: str = "jpg", largest: str = "kiosk") -> str:
    """A srcset of the image's sizes up to `largest`, each real width listed once."""
    entries: dict[int, str] = {}
    for name in reversed(SIZES):
        width = image_size(image, name)[0]
        entries.setdefault(width, f"{image_url(image, name, extension)} {width}w")
        if name == largest:
            break
    return ", ".join(entries.values())


def readable_url(url: str) -> str:
    """Show a URL as people read it: `/e/ГТС-0012`, not `/e/%D0%93%D0%A2%D0%A1-0012`."""
    return unquote(url)


def register(app: Flask) -> None:
    """Make the helpers available in every template."""
    app.add_template_filter(markdown, "markdown")
    app.add_template_filter(kiosk_markdown, "kiosk_markdown")
    app.add_template_filter(readable_url)
    for helper in (image_url, image_url_for_hash, image_size, srcset):
        app.add_template_global(helper)
    app.add_template_global(KINDS, "KINDS")
    app.add_template_global(museum_name)


def museum_name() -> str:
    """The museum's name in the page's language."""
    names = current_app.config.get("SITE_NAMES") or {}
    return names.get(current_language()) or current_app.config["SITE_NAME"]
