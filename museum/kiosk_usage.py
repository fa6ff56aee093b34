"""Anonymous kiosk usage: exhibit views, dwell time and searches that found nothing.

Only counters per profile, exhibit (or search words) and day are kept: no cookie, address,
device or time of day, so nothing in them is about a person. Counting is not a catalog change:
it writes through `db.counter_session`, which leaves cached pages valid.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select, update

from museum import db
from museum.models import Exhibit, KioskExhibitStat, KioskProfile, KioskSearchMiss, Status

MAX_DWELL_SECONDS = 30 * 60  # a screen left on one exhibit longer than this was left alone
MAX_TERM_LENGTH = 100
PERIODS = {
    7: _l("Last 7 days"),
    30: _l("Last 30 days"),
    365: _l("Last 12 months"),
    0: _l("All time"),
}
DEFAULT_DAYS = 30
REPORT_ROWS = 100


class UsageError(ValueError):
    """A usage report the kiosk's page should not have sent."""


def record_view(profile: KioskProfile, exhibit_slug: str, seconds: float) -> None:
    """Count one view of a published exhibit on this kiosk, and how long it stayed open."""
    exhibit_id = db.session().scalar(
        select(Exhibit.id).where(
            Exhibit.slug == exhibit_slug,
            Exhibit.status == Status.PUBLISHED,
            Exhibit.deleted_at.is_(None),
        )
    )
    if exhibit_id is None:
        raise UsageError("No exhibit on display has this address.")
    dwell = round(min(max(seconds, 0), MAX_DWELL_SECONDS))
    key = {"profile_id": profile.id, "exhibit_id": exhibit_id, "day": date.today()}
    with db.counter_session() as session:
        done = session.execute(
            update(KioskExhibitStat)
            .where(*(getattr(KioskExhibitStat, k) == v for k, v in key.items()))
            .values(
                views=KioskExhibitStat.views + 1,
                dwell_seconds=KioskExhibitStat.dwell_seconds + dwell,
            )
        )
        if done.rowcount == 0:
            session.add(KioskExhibitStat(**key, views=1, dwell_seconds=dwell))


def record_search_miss(profile: KioskProfile, text: str) -> None:
    """Count a search on this kiosk that found nothing, by its words (lower case)."""
    term = " ".join(text.lower().split())[:MAX_TERM_LENGTH]
    if not term:
        return
    key = {"profile_id": profile.id, "day": date.today(), "term": term}
    with db.counter_session() as session:
        done = session.execute(
            update(KioskSearchMiss)
            .where(*(getattr(KioskSearchMiss, k) == v for k, v in key.items()))
            .values(count=KioskSearchMiss.count + 1)
        )
        if done.rowcount == 0:
            session.add(KioskSearchMiss(**key, count=1))


def parse_days(value: str | None) -> int:
    """The report's period in days from ?days= (0: all time); anything else: the default."""
    return int(value) if value and value.isdigit() and int(value) in PERIODS else DEFAULT_DAYS


@dataclass
class ExhibitUsage:
    title: str
    accession_number: str
    slug: str
    views: int
    dwell_seconds: int

    @property
    def average_seconds(self) -> int:
        return round(self.dwell_seconds / self.views) if self.views else 0


@dataclass
class ProfileUsage:
    profile: KioskProfile
    exhibits: list[ExhibitUsage]
    misses: list[tuple[str, int]]

    @property
    def views(self) -> int:
        return sum(row.views for row in self.exhibits)


def report(days: int) -> list[ProfileUsage]:
    """Each profile's most viewed exhibits and its searches that found nothing."""
    since = date.today() - timedelta(days=days - 1) if days else date.min
    profiles = db.session().scalars(select(KioskProfile).order_by(KioskProfile.name))
    return [
        ProfileUsage(profile, _exhibit_rows(profile, since), _miss_rows(profile, since))
        for profile in profiles
    ]


def _exhibit_rows(profile: KioskProfile, since: date) -> list[ExhibitUsage]:
    views = func.sum(KioskExhibitStat.views)
    query = (
        select(
            Exhibit.title,
            Exhibit.accession_number,
            Exhibit.slug,
            views,
            func.sum(KioskExhibitStat.dwell_seconds),
        )
        .join(Exhibit, Exhibit.id == KioskExhibitStat.exhibit_id)
        .where(KioskExhibitStat.profile_id == profile.id, KioskExhibitStat.day >= since)
        .group_by(Exhibit.id, Exhibit.title, Exhibit.accession_number, Exhibit.slug)
        .order_by(views.desc(), Exhibit.title)
        .limit(REPORT_ROWS)
    )
    return [ExhibitUsage(*row) for row in db.session().execute(query)]


def _miss_rows(profile: KioskProfile, since: date) -> list[tuple[str, int]]:
    count = func.sum(KioskSearchMiss.count)
    query = (
        select(KioskSearchMiss.term, count)
        .where(KioskSearchMiss.profile_id == profile.id, KioskSearchMiss.day >= since)
        .group_by(KioskSearchMiss.term)
        .order_by(count.desc(), KioskSearchMiss.term)
        .limit(REPORT_ROWS)
    )
    return [(term, total) for term, total in db.session().execute(query)]
