"""Kiosk profiles: what each touch screen in the museum starts with, shows and offers.

Profiles are written here (one write transaction each, which also bumps the catalog version,
so kiosks refresh their offline copy) and read by the kiosk's views.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import current_app, request
from flask_babel import gettext as _
from slugify import slugify
from sqlalchemy import select, update

from museum import db, i18n, queries
from museum.catalog.common import CatalogError, NotFound, user_id
from museum.models import (
    Activity,
    Exhibit,
    Gallery,
    KioskProfile,
    StartContent,
    Tour,
    TourStop,
    User,
)

LANGUAGES = i18n.LANGUAGE_NAMES  # each in itself: "English", "Русский", "Türkmençe"
START_LIMIT = 48  # tiles on a start screen: more is a wall, not a choice
ATTRACT_LIMIT = 24
OFFLINE_LIMIT = 240  # exhibit pages a kiosk keeps for offline use: tiles and their parts
PROFILE_FIELDS = (
    "name",
    "start",
    "start_gallery_id",
    "start_tour_id",
    "attract",
    "attract_gallery_id",
    "idle_seconds",
    "warning_seconds",
    "attract_seconds",
    "search_enabled",
    "languages",
    "show_qr",
)


# --- reading ------------------------------------------------------------------------------


def all_profiles() -> list[KioskProfile]:
    query = select(KioskProfile).order_by(KioskProfile.is_default.desc(), KioskProfile.name)
    return list(db.session().scalars(query))


def profile_by_slug(slug: str) -> KioskProfile | None:
    return db.session().scalar(select(KioskProfile).where(KioskProfile.slug == slug))


def default_profile() -> KioskProfile | None:
    query = select(KioskProfile).order_by(KioskProfile.is_default.desc(), KioskProfile.id)
    return db.session().scalar(query.limit(1))


def get_profile(profile_id: int) -> KioskProfile:
    profile = db.session().get(KioskProfile, profile_id)
    if profile is None:
        raise NotFound(_("There is no such kiosk profile."))
    return profile


def languages_of(profile: KioskProfile) -> list[str]:
    """The languages a kiosk offers its visitors: its profile's that the museum offers, in the
    museum's order (its default first)."""
    return [code for code in i18n.offered() if code in profile.language_codes]


def home_language(profile: KioskProfile) -> str:
    """The language a kiosk starts in and goes back to when it resets: the museum's default
    (the bare /kiosk/ addresses) unless the profile leaves it out."""
    offered = languages_of(profile)
    default = i18n.offered()[0]
    return default if default in offered or not offered else offered[0]


def in_language(path: str, language: str) -> str:
    """A path url_for built in this request, in `language`: /ru/kiosk/main/ for "ru", and the
    bare /kiosk/main/ for the museum's default language."""
    current = request.environ.get(i18n.ENVIRON_KEY)
    root = request.script_root
    base = root.removesuffix(f"/{current}") if current else root
    prefix = "" if language == current_app.config["DEFAULT_LANGUAGE"] else f"/{language}"
    return base + prefix + path.removeprefix(root)


@dataclass
class StartScreen:
    """What a kiosk's start screen shows: a heading, an introduction and tiles."""

    title: str  # a LocalText for a gallery's or tour's texts (see museum.translation)
    introduction: str
    exhibits: list[Exhibit]
    tour: Tour | None = None
    stops: list[TourStop] | None = None


def start_screen(profile: KioskProfile) -> StartScreen:
    """The profile's start content; a gallery or tour gone from view falls back to featured."""
    if profile.start == StartContent.TOUR and profile.start_tour_id:
        tour = _visible_tour(profile.start_tour_id)
        if tour is not None:
            stops = queries.visible_stops(tour)
            return StartScreen(tour.t.title, tour.t.introduction, [], tour=tour, stops=stops)
    if profile.start == StartContent.GALLERY and profile.start_gallery_id:
        gallery = _visible_gallery(profile.start_gallery_id)
        if gallery is not None:
            exhibits = queries.gallery_exhibits(gallery)[:START_LIMIT]
            return StartScreen(gallery.t.title, gallery.t.introduction, exhibits)
    return StartScreen(profile.name, "", queries.featured_exhibits(limit=START_LIMIT))


def tour_of(profile: KioskProfile) -> tuple[Tour, list[TourStop]] | None:
    """The tour a profile runs stop by stop, with its visible stops; None when it runs none."""
    if profile.start != StartContent.TOUR or not profile.start_tour_id:
        return None
    tour = _visible_tour(profile.start_tour_id)
    return (tour, queries.visible_stops(tour)) if tour is not None else None


def attract_exhibits(profile: KioskProfile) -> list[Exhibit]:
    """The exhibits with pictures that the attract loop slides through."""
    if profile.attract == StartContent.GALLERY and profile.attract_gallery_id:
        gallery = _visible_gallery(profile.attract_gallery_id)
        exhibits = queries.gallery_exhibits(gallery) if gallery else []
    elif profile.attract == StartContent.TOUR:
        exhibits = start_screen(profile).exhibits or [
            stop.exhibit for stop in (start_screen(profile).stops or [])
        ]
    else:
        exhibits = queries.featured_exhibits(limit=ATTRACT_LIMIT)
    with_pictures = [exhibit for exhibit in exhibits if exhibit.primary_image]
    return with_pictures[:ATTRACT_LIMIT]


def reachable_exhibits(profile: KioskProfile, limit: int = OFFLINE_LIMIT) -> list[Exhibit]:
    """The exhibits whose kiosk pages a visitor reaches from the start screen by tapping: the
    tiles and, from them or from the tour's stops, the parts of ensembles (published only)."""
    screen = start_screen(profile)
    stops = [stop.exhibit for stop in screen.stops or []]
    queue = list(screen.exhibits) + [part for ex in stops for part in queries.visible_parts(ex)]
    found: dict[int, Exhibit] = {}
    while queue and len(found) < limit:
        exhibit = queue.pop(0)
        if exhibit.id not in found:
            found[exhibit.id] = exhibit
            queue += queries.visible_parts(exhibit)
    return list(found.values())


def _visible_gallery(gallery_id: int) -> Gallery | None:
    gallery = db.session().get(Gallery, gallery_id)
    visible = gallery is not None and gallery.published and gallery.deleted_at is None
    return gallery if visible else None


def _visible_tour(tour_id: int) -> Tour | None:
    tour = db.session().get(Tour, tour_id)
    return tour if tour is not None and tour.published and tour.deleted_at is None else None


# --- writing ------------------------------------------------------------------------------


def save_profile(
    profile_id: int | None, fields: Mapping[str, Any], *, slug: str = "", by: User | None = None
) -> KioskProfile:
    """Create a profile (profile_id None) or change one; the first profile is the default.

    The slug is made once, from `slug` or the name, and never changes: kiosk PCs open it."""
    values = _checked(fields)
    with db.write_session() as session:
        if profile_id is None:
            has_default = session.scalar(select(KioskProfile.id).where(KioskProfile.is_default))
            # The address a kiosk PC opens is made once and stays put.
            profile = KioskProfile(
                is_default=has_default is None, slug=_free_slug(session, slug or values["name"])
            )
            session.add(profile)
        else:
            profile = session.get(KioskProfile, profile_id)
            if profile is None:
                raise NotFound(_("There is no such kiosk profile."))
        for name, value in values.items():
            setattr(profile, name, value)
        session.flush()
        _log(session, "created" if profile_id is None else "updated", profile, by)
    return profile


def make_default(profile_id: int, *, by: User | None = None) -> KioskProfile:
    """Serve this profile at /kiosk/ from now on."""
    with db.write_session() as session:
        profile = session.get(KioskProfile, profile_id)
        if profile is None:
            raise NotFound(_("There is no such kiosk profile."))
        session.execute(update(KioskProfile).values(is_default=False))
        profile.is_default = True
        _log(session, "made default", profile, by)
    return profile


def delete_profile(profile_id: int, *, by: User | None = None) -> KioskProfile:
    """Delete a profile and its usage counts; the default profile stays until another is."""
    with db.write_session() as session:
        profile = session.get(KioskProfile, profile_id)
        if profile is None:
            raise NotFound(_("There is no such kiosk profile."))
        if profile.is_default:
            raise CatalogError(
                _(
                    "This is the default kiosk (the one at /kiosk/). Make another profile the "
                    "default first."
                )
            )
        _log(session, "deleted", profile, by)
        session.delete(profile)
    return profile


def _checked(fields: Mapping[str, Any]) -> dict[str, Any]:
    values = {name: fields[name] for name in PROFILE_FIELDS if name in fields}
    for name in ("start_gallery_id", "start_tour_id", "attract_gallery_id"):
        values[name] = _whole_number(values.get(name) or None, name)
    for name in ("idle_seconds", "warning_seconds", "attract_seconds"):
        if name in values:
            values[name] = _whole_number(values[name], name)
    for name in ("search_enabled", "show_qr"):
        if name in values:
            values[name] = bool(values[name])
    values["name"] = str(values.get("name", "")).strip()
    if not values["name"]:
        raise CatalogError(_("Give the kiosk a name, e.g. “Main hall”."), "name")
    if values.get("start") == StartContent.GALLERY and not values.get("start_gallery_id"):
        raise CatalogError(_("Choose the gallery the kiosk starts with."), "start_gallery_id")
    if values.get("start") == StartContent.TOUR and not values.get("start_tour_id"):
        raise CatalogError(_("Choose the tour the kiosk runs."), "start_tour_id")
    if values.get("attract") == StartContent.GALLERY and not values.get("attract_gallery_id"):
        raise CatalogError(_("Choose the gallery of the attract loop."), "attract_gallery_id")
    idle = int(values.get("idle_seconds", 90))
    warning = int(values.get("warning_seconds", 10))
    if int(values.get("attract_seconds", 180)) <= idle + warning:
        raise CatalogError(
            _("The attract loop must wait longer than the idle time and the countdown together."),
            "attract_seconds",
        )
    codes = [code for code in values.get("languages", "en").split(",") if code]
    if not codes or any(code not in LANGUAGES for code in codes):
        raise CatalogError(_("Offer at least one of the museum's languages."), "languages")
    return values


def _whole_number(value: Any, name: str) -> int | None:
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise CatalogError(_("Enter a whole number."), name) from None
    if number < 1:
        raise CatalogError(_("Enter a number above zero."), name)
    return number


def _free_slug(session, text: str) -> str:
    base = slugify(text, max_length=60, word_boundary=True) or "kiosk"
    taken = set(session.scalars(select(KioskProfile.slug)))
    candidate, counter = base, 2
    while candidate in taken:
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def _log(session, action: str, profile: KioskProfile, by: User | None) -> None:
    session.add(
        Activity(
            user_id=user_id(by),
            action=action,
            entity="kiosk",
            entity_id=profile.id,
            label=profile.name,
        )
    )
