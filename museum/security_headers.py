"""Security headers on every response: pages, errors, media, static files, API, IIIF, kiosk.

They are added in an after_request hook, so a page served from the page cache, an error page,
a redirect and a file get them alike. A header a view set itself is left as it is (an
original served with `Content-Security-Policy: sandbox` keeps it).

The policy allows no inline script or style: pages load their scripts and stylesheets from
/static, and values that differ per element (an image's average colour, a label's size) travel
in data- attributes that a script applies through element.style, which CSP permits.
The one exception is the small stylesheet OpenSeadragon inserts, allowed by its hash alone.

HSTS is sent when the request came over TLS (`request.is_secure`), or when PUBLIC_BASE_URL is
https: behind a proxy that ends TLS the app sees plain HTTP, and the public address says the
museum is served over TLS (as it makes cookies Secure in museum.config). A browser ignores HSTS
received over plain HTTP (RFC 6797, 8.1), so a local http://127.0.0.1 visit is not affected.
"""

import base64
import hashlib

from flask import Flask, Response, current_app, request

# The one stylesheet the vendored OpenSeadragon adds to the page as a <style> element, allowed
# by its hash (tests/test_security_headers.py checks the vendored file still has this text).
OPENSEADRAGON_STYLE = (
    "@media (hover: none) {    .openseadragon-canvas:focus {        outline: none !important;    }}"
)


def style_hash(text: str) -> str:
    """The CSP hash source that allows exactly this inline stylesheet."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'self'",
        "form-action 'self'",
        f"style-src 'self' {style_hash(OPENSEADRAGON_STYLE)}",
    ]
)
HSTS = "max-age=31536000"
HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def init_app(app: Flask) -> None:
    """Add the security headers to every response the app gives."""
    app.after_request(add_headers)


def add_headers(response: Response) -> Response:
    """Set each security header the response does not set itself."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if served_over_tls():
        response.headers.setdefault("Strict-Transport-Security", HSTS)
    return response


def served_over_tls() -> bool:
    """Whether this request reached the museum over TLS, here or at a proxy in front of it."""
    public = str(current_app.config.get("PUBLIC_BASE_URL", ""))
    return request.is_secure or public.lower().startswith("https://")
