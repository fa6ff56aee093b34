"""What every part of the catalog's writer shares: errors, inputs, slugs, lookups."""

import re
from dataclasses import dataclass, field
from pathlib import Path

from flask_babel import lazy_gettext as _l
from slugify import slugify
from sqlalchemy import select
from sqlalchemy.orm import Session

from museum.models import User

SLUG_MAX_LENGTH = 80


class CatalogError(ValueError):
    """A change the catalog refuses; `field` names the input at fault, when there is one.

    Messages are translated where they are raised (gettext): in the language of the request,
    and in the museum's default language (English without an app context) elsewhere.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotFound(CatalogError):
    pass


@dataclass(frozen=True)
class NewImage:
    """An image to add to an exhibit: the uploaded bytes and what the curator says of it."""

    data: bytes
    filename: str
    caption: str = ""
    alt_text: str = ""
    decorative: bool = False
    translations: dict | None = None  # {"ru": {"caption": ...}}


@dataclass(frozen=True)
class StagedImage:
    """An upload already checked and stored (files only, no row yet), named by its hash."""

    sha256: str
    filename: str
    format: str
    width: int
    height: int
    byte_size: int
    dominant_color: str
    has_tiles: bool
    written: tuple[Path, ...] = field(default=(), compare=False)  # files this upload created


@dataclass(frozen=True)
class ImageEdit:
    """One image in the order the curator wants: an existing one (by id) or a staged upload."""

    image_id: int | None = None
    staged: StagedImage | None = None
    caption: str = ""
    alt_text: str = ""
    decorative: bool = False
    translations: dict | None = None  # {"ru": {"caption": ...}}; None leaves them as they are


@dataclass(frozen=True)
class FloorPlan:
    """A tour's floor plan as the curator wants it: a new file (`data`), the current file with
    this alt text (no `data`), or none at all (`remove`)."""

    alt_text: str = ""
    data: bytes | None = None
    filename: str = ""
    remove: bool = False


@dataclass(frozen=True)
class NewStop:
    exhibit_id: int
    title: str = ""
    narration: str = ""
    room: str = ""
    showcase: str = ""
    translations: dict | None = None  # {"ru": {"narration": ...}}


def accession_key(accession_number: str) -> str:
    """Fold case, spaces, dashes, dots and slashes: `kp 1975 12` matches `KP-1975/12`."""
    return re.sub(r"[\s\-/._]+", "", accession_number).casefold()


def get(session: Session, model: type, object_id: int):
    found = session.get(model, object_id)
    if found is None:
        message = NOT_FOUND.get(model.__name__)
        if message is None:
            raise NotFound(f"No {model.__name__.lower()} with id {object_id}.")
        raise NotFound(message % {"id": object_id})
    return found


NOT_FOUND = {
    "Exhibit": _l("No exhibit with id %(id)s."),
    "Gallery": _l("No gallery with id %(id)s."),
    "Tour": _l("No tour with id %(id)s."),
}


def unique_slug(session: Session, model: type, text: str, exclude: int | None = None) -> str:
    base = slugify(text, max_length=SLUG_MAX_LENGTH, word_boundary=True) or "item"
    taken = set(
        session.scalars(
            select(model.slug).where(model.slug.like(f"{base}%"), model.id != (exclude or -1))
        )
    )
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def user_id(user: User | None) -> int | None:
    return user.id if user is not None else None
