"""The browse page: published exhibits filtered by kind, gallery, decade, tags and images,
sorted by date, title or accession number, shown as a grid or as a timeline by decade.

Every function runs a fixed number of SQL statements, however many exhibits match.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from flask import current_app
from flask_babel import LazyString
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import ColumnElement, exists, func, select
from werkzeug.datastructures import MultiDict

from museum import db, queries
from museum.dates import YearRange
from museum.i18n import current_language, ngettext
from museum.kinds import KINDS
from museum.models import Exhibit, Gallery, GalleryItem, Image, Status, Tag, exhibit_tag
from museum.queries import GALLERY_VISIBLE, Page

SORTS = {"date": _l("Date"), "title": _l("Title"), "accession": _l("Accession number")}
VIEWS = {"grid": _l("Grid"), "timeline": _l("Timeline by decade")}
ARG_NAMES = ("kind", "gallery", "decade", "tag", "images", "sort", "view", "page")
MAX_TAGS = 10
TAG_OPTIONS = 40  # the most frequent tags offered in the form; chosen ones always are
VISIBLE = (Exhibit.status == Status.PUBLISHED, Exhibit.deleted_at.is_(None))
_DECADE = re.compile(r"(\d{1,4})0s?")
_RUNS = re.compile(r"\d+|[^\W\d_]+")
_FLAGS = {"": False, "0": False, "1": True}


class BrowseError(Exception):
    """A filter value visitors should be told about: 400 when malformed, 404 when unknown."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    gallery: str | None = None
    decade: int | None = None
    tags: tuple[str, ...] = ()
    has_images: bool = False
    sort: str = "date"
    view: str = "grid"

    @classmethod
    def from_args(cls, args: MultiDict) -> "Filters":
        """Read the filters from the query string; raise BrowseError for values that cannot be."""
        kind = args.get("kind") or None
        if kind is not None and kind not in KINDS:
            raise BrowseError(404, _("There is no kind of exhibit called “%(kind)s”.", kind=kind))
        tags = tuple(dict.fromkeys(t.strip().lower() for t in args.getlist("tag") if t.strip()))
        if len(tags) > MAX_TAGS:
            message = ngettext(
                "Choose at most %(num)s tag at once.",
                "Choose at most %(num)s tags at once.",
                MAX_TAGS,
            )
            raise BrowseError(400, message)
        return cls(
            kind=kind,
            gallery=args.get("gallery") or None,
            decade=_decade(args.get("decade", "")),
            tags=tags,
            has_images=_flag(args.get("images", "")),
            sort=_choice(
                args.get("sort") or "date",
                SORTS,
                _l("“%(text)s” is not a sort order: choose one of %(choices)s."),
            ),
            view=_choice(
                args.get("view") or "grid",
                VIEWS,
                _l("“%(text)s” is not a view: choose one of %(choices)s."),
            ),
        )

    def args(self, **changes: Any) -> dict[str, Any]:
        """The query-string arguments naming these filters (defaults left out), for url_for."""
        changed = replace(self, **changes)
        found = {
            "kind": changed.kind,
            "gallery": changed.gallery,
            "decade": changed.decade,
            "tag": list(changed.tags) or None,
            "images": 1 if changed.has_images else None,
            "sort": None if changed.sort == "date" else changed.sort,
            "view": None if changed.view == "grid" else changed.view,
        }
        return {name: value for name, value in found.items() if value is not None}

    def without_tag(self, tag: str) -> dict[str, Any]:
        return self.args(tags=tuple(t for t in self.tags if t != tag))

    @property
    def narrowing(self) -> bool:
        """True when any filter (not the sort order or view) is chosen."""
        chosen = (self.kind, self.gallery, self.tags, self.has_images)
        return any(chosen) or self.decade is not None


@dataclass(frozen=True)
class GalleryOption:
    slug: str
    title: str
    count: int


@dataclass(frozen=True)
class Facets:
    """How many exhibits each option would show, the other chosen filters kept."""

    kinds: dict[str, int]
    galleries: list[GalleryOption]
    decades: list[tuple[int, int]]
    tags: list[tuple[str, int]]
    with_images: int


@dataclass
class DecadeGroup:
    decade: int | None  # None: exhibits without a date we could read
    total: int  # exhibits of this decade on every page
    exhibits: list[Exhibit] = field(default_factory=list)
    continued: bool = False  # the group began on an earlier page

    @property
    def label(self) -> str:
        return _("Undated") if self.decade is None else decade_label(self.decade)

    @property
    def key(self) -> str:
        return "undated" if self.decade is None else str(self.decade)


def decade_label(decade: int | str) -> str:
    """The name of a decade ("1930s") in the language of the page."""
    # Translators: a decade, e.g. 1930s.
    return _("%(decade)ss", decade=decade)


MAX_PAGE_DIGITS = 100  # int() refuses more than 4,300 digits


def parse_page(args: MultiDict) -> int:
    text = args.get("page", "1") or "1"
    if not text.isascii() or not text.isdigit():
        raise BrowseError(400, _("“%(text)s” is not a page number.", text=text[:40]))
    if len(text) > MAX_PAGE_DIGITS:  # no list is that long
        raise BrowseError(404, _("There is no such page."))
    return int(text)


def galleries(filters: Filters) -> list[GalleryOption]:
    """Published galleries in the curator's order, each with its count of matching exhibits."""
    matching = (
        select(func.count())
        .select_from(GalleryItem)
        .join(Exhibit, GalleryItem.exhibit_id == Exhibit.id)
        .where(GalleryItem.gallery_id == Gallery.id, *VISIBLE, *_conditions(filters, "gallery"))
        .scalar_subquery()
    )
    rows = db.session().execute(
        select(Gallery.slug, Gallery.title, matching, Gallery.translations)
        .where(*GALLERY_VISIBLE)
        .order_by(Gallery.position)
    )
    language = current_language()
    return [
        GalleryOption(slug, (translations or {}).get(language, {}).get("title") or title, count)
        for slug, title, count, translations in rows
    ]


def check_exists(filters: Filters, options: list[GalleryOption]) -> None:
    """Raise BrowseError(404) for a gallery or tag the visitor may not see or that is not there."""
    if filters.gallery and filters.gallery not in {option.slug for option in options}:
        message = _("There is no gallery “%(gallery)s” on display.", gallery=filters.gallery)
        raise BrowseError(404, message)
    if filters.tags:
        known = set(db.session().scalars(select(Tag.name).where(Tag.name.in_(filters.tags))))
        unknown = [tag for tag in filters.tags if tag not in known]
        if unknown:
            raise BrowseError(404, _("No exhibit is tagged “%(tag)s”.", tag=unknown[0]))


def exhibit_page(filters: Filters, number: int, per_page: int) -> Page | None:
    """One page of matching exhibits in the chosen order, or None past the last page."""
    if filters.sort == "accession" or (filters.sort == "title" and _titles_translated()):
        return _page_sorted_in_python(filters, number, per_page)
    query = queries.published_exhibits().where(*_conditions(filters))
    total = db.session().scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = _page_count(total, per_page)
    if not 1 <= number <= pages:
        return None
    ordered = query.order_by(*_sql_order(filters.sort)).limit(per_page)
    items = list(db.session().scalars(ordered.offset((number - 1) * per_page)))
    return Page(items, number, pages, total)


def timeline_page(filters: Filters, number: int, per_page: int) -> Page | None:
    """One page of the timeline: items are DecadeGroups, oldest decade first, undated last.

    An exhibit is listed under every decade its dates touch (1920-1935: the 1920s and the
    1930s); a page holds at most `per_page` entries. Page.total counts exhibits, not entries.
    """
    rows = _light_rows(filters)
    rows.sort(key=PYTHON_SORTS[filters.sort])
    entries = [
        (decade, row.id)
        for row in rows
        for decade in _decades_of(row.year_from, row.year_to, filters.decade)
    ]
    entries.sort(key=lambda entry: (entry[0] is None, entry[0] or 0))  # stable: keeps the sort
    pages = _page_count(len(entries), per_page)
    if not 1 <= number <= pages:
        return None
    totals = Counter(decade for decade, _id in entries)
    start = (number - 1) * per_page
    shown = entries[start : start + per_page]
    loaded = _load({exhibit_id for _decade, exhibit_id in shown})
    groups: list[DecadeGroup] = []
    for decade, exhibit_id in shown:
        if not groups or groups[-1].decade != decade:
            continued = start > 0 and entries[start - 1][0] == decade and not groups
            groups.append(DecadeGroup(decade, totals[decade], continued=continued))
        groups[-1].exhibits.append(loaded[exhibit_id])
    return Page(groups, number, pages, len(rows))


def facets(filters: Filters, gallery_options: list[GalleryOption]) -> Facets:
    """Counts per kind, decade, tag and "has images"; each as if its own filter were not set."""
    session = db.session()
    kinds = dict(
        session.execute(
            select(Exhibit.kind, func.count())
            .where(*VISIBLE, *_conditions(filters, "kind"))
            .group_by(Exhibit.kind)
        )
        .tuples()
        .all()
    )
    decades = _decade_counts(filters)
    with_images = session.scalar(
        select(func.count()).where(*VISIBLE, *_conditions(filters, "images"), _has_image())
    )
    return Facets(kinds, gallery_options, decades, _tag_counts(filters), with_images or 0)


def natural_key(text: str) -> tuple:
    """Sort key in which numbers count as numbers: "CM-2" before "CM-10".

    Runs of letters and of digits are compared in turn; spaces, dashes, slashes and dots
    only separate them, as in museum.catalog.accession_key."""
    return tuple(
        (0, int(run), "") if run.isdigit() else (1, 0, run)
        for run in _RUNS.findall(text.casefold())
    )


# --- reading the arguments -------------------------------------------------------------------


def _decade(text: str) -> int | None:
    if not text:
        return None
    match = _DECADE.fullmatch(text.strip())
    if not match or not text.isascii():
        message = _("“%(text)s” is not a decade: give its first year, e.g. 1930.", text=text)
        raise BrowseError(400, message)
    return int(match.group(1)) * 10


def _flag(text: str) -> bool:
    if text not in _FLAGS:
        raise BrowseError(400, _("“%(text)s” is not a yes or no: use images=1.", text=text))
    return _FLAGS[text]


def _choice(text: str, choices: Mapping[str, Any], refusal: LazyString) -> str:
    """`text` if it is one of the choices' names; else BrowseError with `refusal`, a message
    with %(text)s and %(choices)s."""
    if text not in choices:
        raise BrowseError(400, str(refusal) % {"text": text, "choices": ", ".join(choices)})
    return text


# --- building the query ----------------------------------------------------------------------


def _conditions(filters: Filters, skip: str = "") -> list[ColumnElement[bool]]:
    """SQL conditions of the chosen filters, leaving out the one named `skip` (for its facet)."""
    found = []
    if filters.kind and skip != "kind":
        found.append(Exhibit.kind == filters.kind)
    if filters.gallery and skip != "gallery":
        found.append(_in_gallery(filters.gallery))
    if filters.decade is not None and skip != "decade":
        found.extend(_in_decade(filters.decade))
    if filters.tags and skip != "tags":
        found.append(Exhibit.id.in_(_tagged_with_all(filters.tags)))
    if filters.has_images and skip != "images":
        found.append(_has_image())
    return found


def _in_gallery(slug: str) -> ColumnElement[bool]:
    return exists().where(
        GalleryItem.exhibit_id == Exhibit.id,
        GalleryItem.gallery_id == Gallery.id,
        Gallery.slug == slug,
        *GALLERY_VISIBLE,
    )


def _in_decade(decade: int) -> list[ColumnElement[bool]]:
    """The exhibit's years overlap the decade: 1920-1935 is in the 1920s and the 1930s."""
    return [
        Exhibit.year_from <= decade + 9,
        func.coalesce(Exhibit.year_to, Exhibit.year_from) >= decade,
    ]


def _tagged_with_all(tags: Iterable[str]):
    wanted = list(tags)
    return (
        select(exhibit_tag.c.exhibit_id)
        .join(Tag, Tag.id == exhibit_tag.c.tag_id)
        .where(Tag.name.in_(wanted))
        .group_by(exhibit_tag.c.exhibit_id)
        .having(func.count() == len(wanted))
    )


def _has_image() -> ColumnElement[bool]:
    return exists().where(Image.exhibit_id == Exhibit.id)


def _sql_order(sort: str) -> list:
    if sort == "title":
        return [func.lower(Exhibit.title), Exhibit.title, Exhibit.id]
    return [
        Exhibit.year_from.is_(None),
        Exhibit.year_from,
        Exhibit.year_to,
        Exhibit.title,
        Exhibit.id,
    ]


# --- sorting and grouping in Python ----------------------------------------------------------


@dataclass(frozen=True)
class _Row:
    id: int
    accession_number: str
    title: str
    year_from: int | None
    year_to: int | None


PYTHON_SORTS: dict[str, Callable[[_Row], tuple]] = {
    "date": lambda r: (r.year_from is None, r.year_from or 0, r.year_to or 0, r.title, r.id),
    "title": lambda r: (r.title.casefold(), r.title, r.id),
    "accession": lambda r: (natural_key(r.accession_number), r.accession_number, r.id),
}


def _light_rows(filters: Filters) -> list[_Row]:
    """The few columns sorting and grouping need, of every matching exhibit; titles in the
    visitor's language."""
    columns = (
        Exhibit.id,
        Exhibit.accession_number,
        Exhibit.title,
        Exhibit.year_from,
        Exhibit.year_to,
        # Only the title in the visitor's language: the database reads it out of the JSON.
        Exhibit.translations[current_language()]["title"].as_string(),
    )
    rows = db.session().execute(select(*columns).where(*VISIBLE, *_conditions(filters)))
    return [
        _Row(row_id, number, translated or title, *years)
        for row_id, number, title, *years, translated in rows
    ]


def _titles_translated() -> bool:
    """True when titles are read in another language than the one in the title column."""
    return current_language() != current_app.config["DEFAULT_LANGUAGE"]


def _page_sorted_in_python(filters: Filters, number: int, per_page: int) -> Page | None:
    # Natural order cannot be written portably in SQL; a few short columns sort fast in Python.
    rows = _light_rows(filters)
    pages = _page_count(len(rows), per_page)
    if not 1 <= number <= pages:
        return None
    rows.sort(key=PYTHON_SORTS[filters.sort])
    ids = [row.id for row in rows[(number - 1) * per_page : number * per_page]]
    loaded = _load(set(ids))
    return Page([loaded[exhibit_id] for exhibit_id in ids], number, pages, len(rows))


def _load(ids: set[int]) -> dict[int, Exhibit]:
    if not ids:
        return {}
    query = queries.published_exhibits().where(Exhibit.id.in_(ids))
    return {exhibit.id: exhibit for exhibit in db.session().scalars(query)}


def _decades_of(year_from: int | None, year_to: int | None, only: int | None = None) -> list:
    """The decades the years touch (only `only` when given); [None] when undated."""
    if year_from is None:
        return [None]
    decades = YearRange(year_from, year_to if year_to is not None else year_from).decades
    return [decade for decade in decades if only is None or decade == only]


def _decade_counts(filters: Filters) -> list[tuple[int, int]]:
    """Dated exhibits per decade, counted in each decade their years touch."""
    spans = db.session().execute(
        select(Exhibit.year_from, Exhibit.year_to, func.count())
        .where(*VISIBLE, *_conditions(filters, "decade"), Exhibit.year_from.is_not(None))
        .group_by(Exhibit.year_from, Exhibit.year_to)
    )
    counts: Counter[int] = Counter()
    for year_from, year_to, count in spans:
        for decade in _decades_of(year_from, year_to):
            counts[decade] += count
    return sorted(counts.items())


def _tag_counts(filters: Filters) -> list[tuple[str, int]]:
    """The chosen tags and the most frequent others among the matching exhibits, by name."""
    count = func.count().label("count")
    # The matching ids come from an index; joining each tag link to its (wide) exhibit row
    # cost twice as much at 10,000 exhibits.
    matching = select(Exhibit.id).where(*VISIBLE, *_conditions(filters))
    rows = db.session().execute(
        select(Tag.name, count)
        .join(exhibit_tag, exhibit_tag.c.tag_id == Tag.id)
        .where(exhibit_tag.c.exhibit_id.in_(matching))
        .group_by(Tag.id)
        .order_by(Tag.name.in_(filters.tags).desc(), count.desc(), Tag.name)
        .limit(TAG_OPTIONS)
    )
    found = dict(rows.tuples().all())
    for tag in filters.tags:  # shown even when nothing matches, so it can be unticked
        found.setdefault(tag, 0)
    return sorted(found.items())


def _page_count(total: int, per_page: int) -> int:
    return max(1, -(-total // per_page))
