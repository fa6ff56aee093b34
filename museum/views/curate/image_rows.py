"""The image rows of the exhibit form: existing images and uploads kept across a failed save."""

from flask import url_for
from werkzeug.datastructures import FileStorage

from museum import catalog, db, media
from museum.forms import nested_translations
from museum.models import Exhibit, Image
from museum.translation import flat


def rows_for_exhibit(exhibit: Exhibit) -> list[dict]:
    return [
        {
            "ref": f"id:{image.id}",
            "position": position,
            "caption": image.caption,
            "alt_text": image.alt_text,
            "decorative": image.decorative,
            "remove": False,
            **flat(image.translations),
        }
        for position, image in enumerate(exhibit.images)
    ]


def stage_uploads(files: list[FileStorage]) -> tuple[list[dict], list[catalog.CatalogError]]:
    """Store each uploaded file on its own; return form rows for the good ones and the refusals."""
    rows, errors = [], []
    for upload in files:
        if not upload or not upload.filename:
            continue
        try:
            (staged,) = catalog.stage_images([catalog.NewImage(upload.read(), upload.filename)])
        except catalog.CatalogError as error:
            errors.append(error)
            continue
        rows.append(
            {
                "ref": f"staged:{staged.sha256}:{staged.filename}",
                "position": 10_000 + len(rows),
                "caption": "",
                "alt_text": "",
                "decorative": False,
                "remove": False,
                "thumb": thumbnail(staged.sha256),
                "filename": staged.filename,
            }
        )
    return rows, errors


def refusal_status(errors: list[catalog.CatalogError]) -> int:
    """A form's status when uploads were refused: the first refusal's (413, 415, 422), else 400."""
    return getattr(errors[0], "status", 400) if errors else 400


def image_edits(entries) -> list[catalog.ImageEdit]:
    """The images the curator kept, in the order chosen (first: the primary image)."""
    kept = [entry.form for entry in entries if not entry.form.remove.data]
    kept.sort(key=lambda row: row.position.data if row.position.data is not None else 10**6)
    return [edit for row in kept if (edit := _edit(row)) is not None]


def describe(ref: str) -> dict:
    """Thumbnail and file name for a row reference, to show it again after a failed save."""
    if ref.startswith("id:") and ref[3:].isdigit():
        image = db.session().get(Image, int(ref[3:]))
        if image is not None:
            return {
                "thumb": thumbnail(image.sha256),
                "filename": image.original_filename,
                "original": url_for("curate.image_original", image_id=image.id),
            }
    if ref.startswith("staged:"):
        sha256, filename = _staged_ref(ref)
        if media.known_image(sha256):
            return {"thumb": thumbnail(sha256), "filename": filename}
    return {"thumb": "", "filename": "?"}


def thumbnail(sha256: str) -> str:
    return url_for("public.media_file", path=media.derivative_relpath(sha256, "small"))


def _edit(row) -> catalog.ImageEdit | None:
    ref = row.ref.data or ""
    common = {
        "caption": row.caption.data or "",
        "alt_text": row.alt_text.data or "",
        "decorative": bool(row.decorative.data),
        "translations": nested_translations(row, Image.TRANSLATED),
    }
    if ref.startswith("id:") and ref[3:].isdigit():
        return catalog.ImageEdit(image_id=int(ref[3:]), **common)
    if ref.startswith("staged:"):
        sha256, filename = _staged_ref(ref)
        return catalog.ImageEdit(staged=catalog.staged_from_hash(sha256, filename), **common)
    return None


def _staged_ref(ref: str) -> tuple[str, str]:
    _prefix, sha256, filename = [*ref.split(":", 2), "", ""][:3]
    return sha256, filename
