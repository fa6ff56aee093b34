"""OAI-PMH sets: `kind:<kind>` for the kinds of exhibit, `gallery:<slug>` for published galleries.

`kind` and `gallery` are the tops of the two hierarchies: harvesting `kind` gives every record
of any kind, `gallery` every record in any published gallery. Headers carry only the lowest
set specs (`kind:document`, not `kind`), as the specification asks.

The catalog calls `write_tombstone` when it deletes an exhibit for good, so this module must not
import museum.catalog or museum.queries (which imports the catalog).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, false, select, true
from sqlalchemy.orm import Session

from museum.kinds import KINDS
from museum.models import DeletedRecord, Exhibit, Gallery, GalleryItem, utcnow
from museum.translation import languages_of

KIND = "kind"
GALLERY = "gallery"
# The same test as museum.queries.GALLERY_VISIBLE (not imported: see the module's docstring).
GALLERY_PUBLIC = (Gallery.published, Gallery.deleted_at.is_(None))
SET_SPEC = re.compile(r"^[A-Za-z0-9\-_.!~*'()]+(:[A-Za-z0-9\-_.!~*'()]+)*$")


@dataclass(frozen=True)
class OAISet:
    spec: str
    name: str
    descriptions: dict[str, str] = field(default_factory=dict)  # Markdown, by language


def all_sets(session: Session) -> list[OAISet]:
    """Every set, tops first: the kinds, then the published galleries in the curators' order."""
    galleries = session.scalars(
        select(Gallery).where(*GALLERY_PUBLIC).order_by(Gallery.position, Gallery.id)
    )
    return [
        OAISet(KIND, "Kinds of exhibit"),
        *(OAISet(f"{KIND}:{kind.name}", kind.plural_en) for kind in KINDS.values()),
        OAISet(GALLERY, "Galleries"),
        *(
            OAISet(
                f"{GALLERY}:{gallery.slug}", gallery.title, languages_of(gallery, "introduction")
            )
            for gallery in galleries
            if SET_SPEC.match(gallery.slug)
        ),
    ]


def gallery_specs(session: Session, exhibit_ids: Iterable[int]) -> dict[int, list[str]]:
    """The published galleries each exhibit is in, as set specs."""
    rows = session.execute(
        select(GalleryItem.exhibit_id, Gallery.slug)
        .join(Gallery, GalleryItem.gallery_id == Gallery.id)
        .where(GalleryItem.exhibit_id.in_(list(exhibit_ids)), *GALLERY_PUBLIC)
        .order_by(Gallery.position, Gallery.id)
    )
    found: dict[int, list[str]] = {}
    for exhibit_id, slug in rows:
        found.setdefault(exhibit_id, []).append(f"{GALLERY}:{slug}")
    return found


def exhibit_specs(exhibit: Exhibit, galleries: dict[int, list[str]]) -> list[str]:
    return [f"{KIND}:{exhibit.kind}", *galleries.get(exhibit.id, ())]


def exhibits_in(spec: str) -> ColumnElement[bool]:
    """The condition for exhibits in a set (and in the sets below it)."""
    top, _, rest = spec.partition(":")
    if spec == KIND:
        return true()
    if top == KIND and rest in KINDS:
        return Exhibit.kind == rest
    in_galleries = select(GalleryItem.exhibit_id).join(Gallery).where(*GALLERY_PUBLIC)
    if spec == GALLERY:
        return Exhibit.id.in_(in_galleries)
    if top == GALLERY and rest:
        return Exhibit.id.in_(in_galleries.where(Gallery.slug == rest))
    return false()


def tombstones_in(spec: str) -> ColumnElement[bool]:
    """The condition for tombstones whose exhibit was in a set (or in a set below it)."""
    padded = " " + DeletedRecord.set_specs + " "
    if spec in (KIND, GALLERY):
        return padded.contains(f" {spec}:", autoescape=True)
    return padded.contains(f" {spec} ", autoescape=True)


def write_tombstone(session: Session, exhibit: Exhibit) -> None:
    """Remember an exhibit harvesters have seen (it was published once) as deleted, with the
    sets it was in, before it is deleted for good in this same transaction."""
    if exhibit.published_at is None:
        return
    specs = exhibit_specs(exhibit, gallery_specs(session, [exhibit.id]))
    tombstone = session.scalar(
        select(DeletedRecord).where(DeletedRecord.accession_number == exhibit.accession_number)
    ) or DeletedRecord(accession_number=exhibit.accession_number)
    tombstone.kind = exhibit.kind
    tombstone.set_specs = " ".join(specs)
    tombstone.deleted_at = utcnow()
    session.add(tombstone)
