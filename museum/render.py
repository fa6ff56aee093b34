"""Template helpers: Markdown rendered safely, image URLs, dates and kind labels."""

from urllib.parse import unquote

from flask import Flask, url_for
from markdown_it import MarkdownIt
from markupsafe import Markup

from museum import media
from museum.kinds import KINDS
from museum.models import Image

# Raw HTML in curators' Markdown is shown as text; markdown-it also refuses javascript: links.
_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": True})


def markdown(text: str | None) -> Markup:
    """Render curator-written Markdown to safe HTML."""
    return Markup(_markdown.render(text or ""))


def image_url(image: Image, size: str = "medium") -> str:
    """Return the public URL of one of an image's derivatives."""
    return url_for("public.media_file", path=media.derivative_relpath(image.sha256, size))


def readable_url(url: str) -> str:
    """Show a URL as people read it: `/e/ГТС-0012`, not `/e/%D0%93%D0%A2%D0%A1-0012`."""
    return unquote(url)


def register(app: Flask) -> None:
    """Make the helpers available in every template."""
    app.add_template_filter(markdown, "markdown")
    app.add_template_filter(readable_url)
    app.add_template_global(image_url)
    app.add_template_global(KINDS, "KINDS")
    app.add_template_global(lambda: app.config["SITE_NAME"], "museum_name")
