"""Visitors' pages rendered once per catalog version and kept in each server process.

Every visitor sees the same page at the same address, and the catalog changes seldom, so a
page is rendered once and served again until a write transaction bumps the catalog's version
(one indexed read per request tells). Curators' pages and anything with a session are never
cached. The ETag lets browsers revalidate with a 304.
"""

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

from flask import Response, current_app, make_response, request

from museum import db

EXTENSION_KEY = "museum.page_cache"


@dataclass(frozen=True)
class CachedPage:
    version: int
    body: bytes
    mimetype: str
    etag: str


class PageCache:
    """A bounded, thread-safe least-recently-used map of address to rendered page."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._pages: OrderedDict[str, CachedPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, version: int) -> CachedPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is None or page.version != version:
                return None
            self._pages.move_to_end(key)
            return page

    def put(self, key: str, page: CachedPage) -> None:
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


def cached_page(view: Callable[..., Any]) -> Callable[..., Response]:
    """Serve the view's page from the cache while the catalog's version is unchanged."""

    @wraps(view)
    def serve(*args: Any, **kwargs: Any) -> Response:
        cache = _cache()
        if cache is None or request.cookies:
            return make_response(view(*args, **kwargs))
        version = db.catalog_version()
        # The script root carries the language (/ru/...): each language is a page of its own.
        key = request.host_url + request.script_root + request.full_path
        page = cache.get(key, version)
        if page is None:
            response = make_response(view(*args, **kwargs))
            if response.status_code != 200 or response.direct_passthrough:
                return response
            page = _page(version, response)
            cache.put(key, page)
        return _respond(page)

    return serve


def _cache() -> PageCache | None:
    size = current_app.config.get("PAGE_CACHE_SIZE", 0)
    if not size:
        return None
    cache = current_app.extensions.get(EXTENSION_KEY)
    if cache is None:
        cache = current_app.extensions[EXTENSION_KEY] = PageCache(size)
    return cache


def _page(version: int, response: Response) -> CachedPage:
    body = response.get_data()
    etag = f"{version}-{hashlib.blake2b(body, digest_size=8).hexdigest()}"
    return CachedPage(version, body, response.mimetype, etag)


def _respond(page: CachedPage) -> Response:
    response = Response(page.body, mimetype=page.mimetype)
    response.set_etag(page.etag)
    response.headers["Cache-Control"] = "no-cache"  # revalidate: the catalog may change
    return response.make_conditional(request)
