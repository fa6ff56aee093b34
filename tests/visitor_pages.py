"""The visitors' pages the quality gates check (axe-core, the Nu HTML checker), from the demo."""

from flask import Flask
from sqlalchemy import select

from museum import db
from museum.demo.content import GALLERIES
from museum.kinds import KINDS
from museum.models import Exhibit, Gallery, Status, Tour

SEARCH_WITH_HITS = "/search?q=customs"
# Known before the demo loads, so that each page is its own test id.
PAGE_NAMES = [
    "home",
    *(f"exhibit-{kind}" for kind in KINDS),
    *(f"gallery-{gallery['theme']}" for gallery in GALLERIES),
    "tour-stop",
    "search",
    "browse",
]


def visitor_pages(app: Flask) -> dict[str, str]:
    """Return a test id and path for home, an exhibit of every kind, every gallery, a tour stop,
    the search page with hits and the browse page."""
    pages = {"home": "/"}
    with app.app_context():
        session = db.session()
        for kind in KINDS:
            slug = session.scalar(
                select(Exhibit.slug)
                .where(
                    Exhibit.kind == kind,
                    Exhibit.status == Status.PUBLISHED,
                    Exhibit.deleted_at.is_(None),
                )
                .order_by(Exhibit.id)
                .limit(1)
            )
            assert slug, f"the demo has no published {kind}"
            pages[f"exhibit-{kind}"] = f"/exhibits/{slug}"
        galleries = session.execute(
            select(Gallery.theme, Gallery.slug)
            .where(Gallery.published, Gallery.deleted_at.is_(None))
            .order_by(Gallery.id)
        )
        for theme, slug in galleries:
            pages[f"gallery-{theme}"] = f"/galleries/{slug}"
        tour = session.scalar(
            select(Tour.slug).where(Tour.published, Tour.deleted_at.is_(None)).order_by(Tour.id)
        )
        assert tour, "the demo has no published tour"
        pages["tour-stop"] = f"/tours/{tour}/2"
    pages["search"] = SEARCH_WITH_HITS
    pages["browse"] = "/exhibits/"
    return pages


KIOSK_PAGE_NAMES = [
    "kiosk-start",
    "kiosk-tour-start",
    "kiosk-exhibit-ensemble",
    "kiosk-exhibit-images",
    "kiosk-tour-stop",
    "kiosk-search",
]


def kiosk_pages(app: Flask) -> dict[str, str]:
    """The demo's kiosk pages: both start screens, the desk's scene, an exhibit with several
    images, a stop of the tour kiosk and a search with hits."""
    with app.app_context():
        session = db.session()
        visible = (Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None))
        ensemble = session.scalar(select(Exhibit.slug).where(Exhibit.kind == "ensemble", *visible))
        several = next(
            exhibit.slug
            for exhibit in session.scalars(select(Exhibit).where(*visible).order_by(Exhibit.id))
            if len(exhibit.images) > 1
        )
    return {
        "kiosk-start": "/kiosk/",
        "kiosk-tour-start": "/kiosk/tour/",
        "kiosk-exhibit-ensemble": f"/kiosk/main/exhibits/{ensemble}",
        "kiosk-exhibit-images": f"/kiosk/main/exhibits/{several}",
        "kiosk-tour-stop": "/kiosk/tour/tour/2",
        "kiosk-search": "/kiosk/main/search?q=customs",
    }
