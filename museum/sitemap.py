"""/sitemap.xml and /robots.txt: every published page for search engines, the workspace kept out."""

from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import quote
from xml.sax.saxutils import escape

from museum import i18n, queries
from museum.linked_data import public_url

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
LISTING_ENDPOINTS = ("public.home", "public.exhibits", "public.galleries", "public.tours")
# What werkzeug's converters leave unquoted in a path segment: the same addresses url_for gives.
SEGMENT_SAFE = "!$&'()*+,/:;=@"
PRIVATE_PATHS = ("/curate/", "/login")


def sitemap_xml() -> str:
    """The sitemaps.org 0.9 document of the home page, the lists and every published record."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{NAMESPACE}">']
    lines += [_url(public_url(endpoint), None) for endpoint in LISTING_ENDPOINTS]
    addresses: dict[str, Callable[[str], str]] = {}
    for endpoint, slug, updated_at in queries.sitemap_rows():
        address = addresses.get(endpoint) or addresses.setdefault(endpoint, _addresser(endpoint))
        lines.append(_url(address(slug), updated_at))
    lines.append("</urlset>\n")
    return "\n".join(lines)


def robots_txt() -> str:
    """Keep the workspace and the sign-in page out, in every language's addresses too."""
    prefixes = [""] + [f"/{code}" for code in i18n.offered()]
    kept_out = [f"Disallow: {prefix}{path}" for prefix in prefixes for path in PRIVATE_PATHS]
    return (
        "User-agent: *\n"
        + "\n".join(dict.fromkeys(kept_out))
        + f"\n\nSitemap: {public_url('public.sitemap')}\n"
    )


def _addresser(endpoint: str) -> Callable[[str], str]:
    """A function from slug to public address: url_for once per endpoint, not per row, which
    would take most of the time for 10,000 exhibits."""
    head, tail = public_url(endpoint, slug="~").rsplit("~", 1)
    return lambda slug: head + quote(slug, safe=SEGMENT_SAFE) + tail


def _url(location: str, updated_at: datetime | None) -> str:
    lastmod = f"<lastmod>{_w3c_datetime(updated_at)}</lastmod>" if updated_at else ""
    return f"<url><loc>{escape(location)}</loc>{lastmod}</url>"


def _w3c_datetime(moment: datetime) -> str:
    # SQLite gives back naive datetimes; the catalog writes them in UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
