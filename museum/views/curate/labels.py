"""QR labels for the showcases: a printable sheet of chosen exhibits, and each QR code to download.

Drafts get labels too (curators print before an exhibit opens); exhibits in the trash do not.
"""

import io
from dataclasses import dataclass

from flask import abort, current_app, render_template, request, send_file
from markupsafe import Markup
from sqlalchemy import or_, select
from werkzeug.wrappers import Response

from museum import db, labels
from museum.catalog import accession_key
from museum.models import Exhibit, Gallery, GalleryItem
from museum.views.curate import bp

MAX_LABELS = 300  # one request's sheet; a whole gallery fits many times over
PICKER_ROWS = 50


@dataclass(frozen=True)
class Label:
    exhibit: Exhibit
    url: str
    qr: Markup  # inline SVG made from `url` alone
    text: str


@bp.get("/labels", endpoint="labels")
def labels_page() -> str:
    q = request.args.get("q", "").strip()[:200]
    galleries = _galleries()
    gallery_id = request.args.get("gallery", type=int)
    gallery = next((g for g in galleries if g.id == gallery_id), None)
    chosen = _chosen(_ids(request.args.getlist("id")))
    sheet = _gallery_exhibits(gallery) if gallery else []
    sheet += [exhibit for exhibit in chosen if exhibit not in sheet]
    found, more = _search(q)
    chosen_elsewhere = [exhibit for exhibit in chosen if exhibit not in found]
    return render_template(
        "curate/labels.html",
        q=q,
        galleries=galleries,
        gallery=gallery,
        unknown_gallery=gallery_id is not None and gallery is None,
        chosen_ids={exhibit.id for exhibit in chosen},
        chosen_elsewhere=chosen_elsewhere,
        found=found,
        more_found=more,
        labels=[_label(exhibit) for exhibit in sheet[:MAX_LABELS]],
        left_out=max(0, len(sheet) - MAX_LABELS),
        width_mm=_millimetres("LABEL_WIDTH_MM", 90),
        height_mm=_millimetres("LABEL_HEIGHT_MM", 55),
    )


@bp.get("/exhibits/<int:exhibit_id>/qr.svg")
def exhibit_qr_svg(exhibit_id: int) -> Response:
    exhibit = _labelled(exhibit_id)
    svg = labels.qr_svg(labels.short_link(exhibit.accession_number)).encode("utf-8")
    return _download(svg, "image/svg+xml", labels.qr_filename(exhibit.accession_number, "svg"))


@bp.get("/exhibits/<int:exhibit_id>/qr.png")
def exhibit_qr_png(exhibit_id: int) -> Response:
    exhibit = _labelled(exhibit_id)
    png = labels.qr_png(labels.short_link(exhibit.accession_number))
    return _download(png, "image/png", labels.qr_filename(exhibit.accession_number, "png"))


def _label(exhibit: Exhibit) -> Label:
    url = labels.short_link(exhibit.accession_number)
    # segno's output holds nothing but the drawing of `url`: safe to insert as markup.
    return Label(
        exhibit,
        url,
        Markup(labels.qr_svg(url, inline=True)),  # noqa: S704
        labels.shorten(exhibit.summary),
    )


def _labelled(exhibit_id: int) -> Exhibit:
    exhibit = db.session().get(Exhibit, exhibit_id)
    if exhibit is None or exhibit.deleted_at is not None:
        abort(404)
    return exhibit


def _download(data: bytes, mimetype: str, filename: str) -> Response:
    response = send_file(
        io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=filename
    )
    response.headers["Cache-Control"] = "private, no-cache"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def _ids(values: list[str]) -> list[int]:
    """The chosen exhibit ids in the order given, each once; anything not a number is dropped."""
    ids: list[int] = []
    for value in values:
        if value.isdigit() and int(value) not in ids:
            ids.append(int(value))
    return ids[:MAX_LABELS]


def _chosen(ids: list[int]) -> list[Exhibit]:
    """The exhibits with these ids, out of the trash, in the order chosen."""
    if not ids:
        return []
    query = select(Exhibit).where(Exhibit.id.in_(ids), Exhibit.deleted_at.is_(None))
    by_id = {exhibit.id: exhibit for exhibit in db.session().scalars(query)}
    return [by_id[i] for i in ids if i in by_id]


def _galleries() -> list[Gallery]:
    query = select(Gallery).where(Gallery.deleted_at.is_(None)).order_by(Gallery.position)
    return list(db.session().scalars(query))


def _gallery_exhibits(gallery: Gallery) -> list[Exhibit]:
    """The gallery's exhibits out of the trash (drafts too), in the curator's order."""
    query = (
        select(Exhibit)
        .join(GalleryItem, GalleryItem.exhibit_id == Exhibit.id)
        .where(GalleryItem.gallery_id == gallery.id, Exhibit.deleted_at.is_(None))
        .order_by(GalleryItem.position, GalleryItem.id)
    )
    return list(db.session().scalars(query))


def _search(q: str) -> tuple[list[Exhibit], bool]:
    """Exhibits to pick from: matching the title or accession number, else the latest changed."""
    query = select(Exhibit).where(Exhibit.deleted_at.is_(None))
    if q:
        pattern = f"%{q}%"
        matches = [Exhibit.title.ilike(pattern), Exhibit.accession_number.ilike(pattern)]
        if key := accession_key(q):  # "kp 1975 12" and "гтс" (SQLite folds ASCII case only)
            matches.append(Exhibit.accession_key.contains(key, autoescape=True))
        query = query.where(or_(*matches))
        query = query.order_by(Exhibit.accession_number, Exhibit.id)
    else:
        query = query.order_by(Exhibit.updated_at.desc(), Exhibit.id)
    rows = list(db.session().scalars(query.limit(PICKER_ROWS + 1)))
    return rows[:PICKER_ROWS], len(rows) > PICKER_ROWS


def _millimetres(setting: str, default: float) -> float:
    """A label dimension from the settings, kept between 20 and 200 mm."""
    try:
        value = float(current_app.config.get(setting, default))
    except (TypeError, ValueError):
        value = default
    return min(max(value, 20.0), 200.0)
