"""/sitemap.xml and /robots.txt: every published page for search engines, the workspace kept out.

Every page is listed in each offered language (the default's bare address first, then all
/ru/..., then all /tk/...), and each entry names all of the page's versions, itself included,
as `xhtml:link rel="alternate" hreflang` plus `x-default` (the bare address), as Google reads
them: https://developers.google.com/search/docs/specialty/international/localized-versions
"""

from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from flask import current_app

from museum import i18n, queries
from museum.linked_data import public_url

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
X_DEFAULT = "x-default"
LISTING_ENDPOINTS = ("public.home", "public.exhibits", "public.galleries", "public.tours")
# What werkzeug's converters leave unquoted in a path segment: the same addresses url_for gives.
SEGMENT_SAFE = "!$&'()*+,/:;=@"
PRIVATE_PATHS = ("/curate/", "/login")


def sitemap_xml() -> str:
    """The sitemaps.org 0.9 document of the home page, the lists and every published record,
    in every offered language."""
    languages = i18n.offered()
    pages = [(public_url(endpoint), None) for endpoint in LISTING_ENDPOINTS]
    addresses: dict[str, Callable[[str], str]] = {}
    for endpoint, slug, updated_at in queries.sitemap_rows():
        address = addresses.get(endpoint) or addresses.setdefault(endpoint, _addresser(endpoint))
        pages.append((address(slug), updated_at))
    alternates = [_alternates(bare, languages) for bare, _updated_at in pages]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', _urlset(len(languages) > 1)]
    for language in languages:
        for (bare, updated_at), links in zip(pages, alternates, strict=True):
            lines.append(_url(in_language(bare, language), updated_at, links))
    lines.append("</urlset>\n")
    return "\n".join(lines)


def in_language(url: str, language: str) -> str:
    """A public address made in this request (public_url), in another language: bare for the
    default, else with its prefix (/ru/...), whatever the request's own language."""
    base = str(current_app.config["PUBLIC_BASE_URL"]).rstrip("/")
    if not url.startswith(base + "/"):
        return url
    path = i18n.without_language(url[len(base) :])
    prefix = "" if language == current_app.config["DEFAULT_LANGUAGE"] else f"/{language}"
    return base + prefix + path


def alternate_urls(url: str, languages: list[str] | None = None) -> list[tuple[str, str]]:
    """(hreflang, address) of every version of a page, and x-default (the bare address)."""
    languages = languages if languages is not None else i18n.offered()
    versions = [(language, in_language(url, language)) for language in languages]
    return [*versions, (X_DEFAULT, in_language(url, languages[0]))]


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


def _urlset(with_alternates: bool) -> str:
    xhtml = f' xmlns:xhtml="{XHTML_NAMESPACE}"' if with_alternates else ""
    return f'<urlset xmlns="{NAMESPACE}"{xhtml}>'


def _alternates(bare: str, languages: list[str]) -> str:
    """The xhtml:link elements of a page's versions (none when only one language is offered);
    the same for each version's entry."""
    if len(languages) < 2:
        return ""
    return "".join(
        f'<xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(address)}/>'
        for code, address in alternate_urls(bare, languages)
    )


def _url(location: str, updated_at: datetime | None, links: str = "") -> str:
    lastmod = f"<lastmod>{_w3c_datetime(updated_at)}</lastmod>" if updated_at else ""
    return f"<url><loc>{escape(location)}</loc>{lastmod}{links}</url>"


def _w3c_datetime(moment: datetime) -> str:
    # SQLite gives back naive datetimes; the catalog writes them in UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
