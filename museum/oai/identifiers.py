"""Item identifiers: oai:<host of PUBLIC_BASE_URL>:<accession number, percent-escaped>."""

import re
from urllib.parse import quote, unquote, urlsplit

from flask import current_app

# Characters the OAI identifier format allows as they are; anything else (spaces, Cyrillic,
# "%" itself) is written as %XX of its UTF-8 bytes.
_LOCAL_SAFE = "-_.!~*'();/?:@&=+$,"
# What may pass for a URI at all: a scheme, then no space, control or excluded character.
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+$")


def namespace() -> str:
    """The repository's part of every identifier: the host of PUBLIC_BASE_URL."""
    return urlsplit(str(current_app.config["PUBLIC_BASE_URL"])).hostname or "localhost"


def oai_identifier(accession_number: str) -> str:
    return f"oai:{namespace()}:{quote(accession_number, safe=_LOCAL_SAFE)}"


def looks_like_uri(value: str) -> bool:
    """True for a value of legal syntax for an identifier (the schema's anyURI)."""
    return bool(_URI.match(value))


def accession_number(identifier: str) -> str | None:
    """The accession number an identifier of this repository names; None for any other."""
    prefix = f"oai:{namespace()}:"
    if not identifier.startswith(prefix) or len(identifier) == len(prefix):
        return None
    return unquote(identifier[len(prefix) :])
