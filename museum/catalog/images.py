"""Images of exhibits: uploads staged through the media pipeline, then rows that point at them."""

from collections.abc import Mapping, Sequence

from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from museum import db, media
from museum.catalog.common import CatalogError, ImageEdit, NewImage, StagedImage
from museum.models import Exhibit, Image
from museum.translation import merged


class ImageRefused(CatalogError):
    """An upload the media pipeline refused; `status` is the HTTP status that fits the reason."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message, field="images")
        self.status = status


def stage_images(uploads: Sequence[NewImage]) -> list[StagedImage]:
    """Check and store uploads (files only); a refused one stores nothing of the batch."""
    staged: list[StagedImage] = []
    written: list[media.StoredImage] = []
    try:
        for upload in uploads:
            stored = media.store_image(upload.data, upload.filename)
            written.append(stored)
            staged.append(_staged(stored, upload.filename))
    except media.MediaError as exc:
        discard_unreferenced(written)
        raise ImageRefused(str(exc), exc.status) from exc
    except BaseException:
        discard_unreferenced(written)
        raise
    return staged


def staged_from_hash(sha256: str, filename: str) -> StagedImage:
    """Find an upload staged earlier (kept in a form across a failed save) by its hash."""
    meta = media.known_image(sha256)
    if meta is None:
        message = _("%(file)s: the uploaded file is gone; please add it again.", file=filename)
        raise CatalogError(message, "images")
    return StagedImage(
        sha256,
        filename,
        meta.format,
        meta.width,
        meta.height,
        0,
        meta.dominant_color,
        meta.has_tiles,
    )


def image_row(staged: StagedImage, position: int, caption="", alt_text="", decorative=False):
    return Image(
        position=position,
        caption=caption.strip(),
        alt_text=alt_text.strip(),
        decorative=decorative,
        original_filename=staged.filename,
        sha256=staged.sha256,
        format=staged.format,
        width=staged.width,
        height=staged.height,
        byte_size=staged.byte_size,
        dominant_color=staged.dominant_color,
        has_tiles=staged.has_tiles,
    )


def apply_image_edits(session: Session, exhibit: Exhibit, edits: Sequence[ImageEdit]) -> None:
    """Make the exhibit's images exactly these, in this order (the first is the primary)."""
    current = {image.id: image for image in exhibit.images}
    kept: list[Image] = []
    for position, edit in enumerate(edits):
        if edit.image_id is not None:
            image = current.pop(edit.image_id, None)
            if image is None:
                message = _("An image of this exhibit was removed meanwhile.")
                raise CatalogError(message, "images")
            image.position, image.caption = position, edit.caption.strip()
            image.alt_text, image.decorative = edit.alt_text.strip(), edit.decorative
            if edit.translations is not None:
                image.translations = merged({}, edit.translations)
        elif edit.staged is not None:
            image = image_row(edit.staged, position, edit.caption, edit.alt_text, edit.decorative)
            image.translations = merged({}, edit.translations or {})
        else:
            continue
        kept.append(image)
    exhibit.images = kept
    for removed in current.values():
        session.delete(removed)


def record_media(measured: Mapping[str, "media.derivatives.Meta"]) -> int:
    """Store what a media rebuild measured on every image row of each original; return rows."""
    changed = 0
    with db.write_session() as session:
        for sha256, meta in measured.items():
            for image in session.scalars(select(Image).where(Image.sha256 == sha256)):
                image.width, image.height = meta.width, meta.height
                image.dominant_color, image.has_tiles = meta.dominant_color, meta.has_tiles
                changed += 1
    return changed


def discard_unreferenced(stored: Sequence) -> None:
    """Remove files an intake wrote for a change that did not commit, unless a row uses them."""
    if not stored:
        return
    with db.factory()() as session:
        for item in stored:
            in_use = session.scalar(select(func.count()).where(Image.sha256 == item.sha256))
            if not in_use:
                media.remove_paths(item.written)


def _staged(stored: media.StoredImage, filename: str) -> StagedImage:
    return StagedImage(
        sha256=stored.sha256,
        filename=filename,
        format=stored.format,
        width=stored.width,
        height=stored.height,
        byte_size=stored.byte_size,
        dominant_color=stored.dominant_color,
        has_tiles=stored.has_tiles,
        written=stored.written,
    )
