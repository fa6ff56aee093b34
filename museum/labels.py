"""QR labels for the showcases: the link a label carries, its QR code, and the label's text.

The QR code is made from the exhibit's short link only (never from other text a user typed),
so the SVG it gives can be put into a page as it is.
"""

import functools
import io
import re

import segno
from flask import current_app, url_for
from markupsafe import Markup

from museum import i18n

SUMMARY_LIMIT = 160
# Error correction M (15 %): survives a scratched or slightly soiled label in a showcase.
ERROR_LEVEL = "m"
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
PNG_SCALE = 12  # pixels per module: about 450 px, sharp at 35 mm and 300 dpi
SVG_SCALE = 10

_WHITESPACE = re.compile(r"\s+")
_UNSAFE_IN_FILENAME = re.compile(r"[^\w.-]+")
_DASHES = re.compile(r"-{2,}")


def short_link(accession_number: str) -> str:
    """The exhibit's permanent public address: PUBLIC_BASE_URL + /e/<accession number>.

    The path is percent-encoded by the router ("ГТС-0012" -> "/e/%D0%93%D0%A2%D0%A1-0012",
    slashes kept). Needs a request context, as url_for does.
    """
    base = str(current_app.config["PUBLIC_BASE_URL"]).rstrip("/")
    path = url_for("public.short_link", accession_number=accession_number)
    return base + i18n.without_language(path)  # a printed label serves every language


def qr_svg(url: str, *, inline: bool = False) -> str:
    """The QR code of a URL as SVG text.

    inline=True gives an element for an HTML page: no XML declaration, no fixed size (CSS sizes
    it by its viewBox) and hidden from screen readers (the page prints the URL as text).
    Otherwise a standalone file, 10 px per module.
    """
    out = io.BytesIO()
    if inline:
        _code(url).save(
            out,
            kind="svg",
            border=QUIET_ZONE,
            xmldecl=False,
            omitsize=True,
            nl=False,
            svgclass="qr-code",
            lineclass=None,
        )
        svg = out.getvalue().decode("utf-8")
        return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ', 1)
    code = _code(url)
    code.save(out, kind="svg", border=QUIET_ZONE, scale=SVG_SCALE, lineclass=None)
    # A viewBox as well as the size, so that drawing programs scale it without blurring.
    side = code.symbol_size(scale=SVG_SCALE, border=QUIET_ZONE)[0]
    svg = out.getvalue().decode("utf-8")
    return svg.replace(' width="', f' viewBox="0 0 {side} {side}" width="', 1)


@functools.lru_cache(maxsize=4096)
def page_qr_svg(url: str) -> Markup:
    """qr_svg(url, inline=True) for a page, remembered: making one takes milliseconds."""
    return Markup(qr_svg(url, inline=True))  # noqa: S704 - segno's SVG of the URL, nothing else


def qr_png(url: str) -> bytes:
    """The QR code of a URL as a black and white PNG."""
    out = io.BytesIO()
    _code(url).save(out, kind="png", border=QUIET_ZONE, scale=PNG_SCALE)
    return out.getvalue()


def shorten(text: str, limit: int = SUMMARY_LIMIT) -> str:
    """The text on one line, cut to at most `limit` characters at a word boundary, with "…"."""
    text = _WHITESPACE.sub(" ", text or "").strip()
    if len(text) <= limit:
        return text
    keep = limit - 1  # room for the ellipsis
    head = text[:keep]
    if text[keep] != " ":
        space = head.rfind(" ")
        # One very long word (a URL, a long compound): cut inside it rather than keep little.
        if space > keep // 2:
            head = head[:space]
    return head.rstrip(" ,;:.–—-") + "…"


def qr_filename(accession_number: str, extension: str) -> str:
    """A download name for an exhibit's QR code: "KP-1975/12", "png" -> "qr-KP-1975-12.png"."""
    safe = _UNSAFE_IN_FILENAME.sub("-", accession_number)
    safe = _DASHES.sub("-", safe).strip("-._") or "exhibit"
    return f"qr-{safe}.{extension}"


def _code(url: str) -> segno.QRCode:
    return segno.make_qr(url, error=ERROR_LEVEL)
