"""Walking `app.url_map` with real arguments: every rule, built from rows of the database.

Used by the CSRF walk (tests/test_csrf_walk.py) and the XSS payloads (tests/test_xss_payloads.py).
A rule whose argument has no source here fails the walk by name: add a source, never skip it.
"""

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from flask import Flask
from sqlalchemy import select
from werkzeug.routing import AnyConverter, Rule

from museum import db, media
from museum.media import tiles
from museum.models import (
    Exhibit,
    Gallery,
    Image,
    ImportBatch,
    KioskProfile,
    Status,
    Tour,
    User,
)

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Rules below a blueprint whose endpoint names one of these take that record's slug.
SLUG_OWNERS = (("gallery", "galleries"), ("tour", "tours"), ("collection", "galleries"))
ENSEMBLE_ENDPOINTS = {"curate.ensemble_parts", "curate.change_parts", "curate.save_hotspots"}


@dataclass
class Records:
    """Real rows to build URLs from, the most useful first (published, with images, tiled)."""

    exhibits: list[Exhibit] = field(default_factory=list)
    ensembles: list[Exhibit] = field(default_factory=list)
    galleries: list[Gallery] = field(default_factory=list)
    tours: list[Tour] = field(default_factory=list)
    profiles: list[KioskProfile] = field(default_factory=list)
    users: list[User] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    batches: list[int] = field(default_factory=list)
    import_tokens: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, app: Flask, import_tokens: list[str] = ()) -> "Records":
        with app.app_context():
            session = db.session()
            exhibits = list(
                session.scalars(
                    select(Exhibit).order_by(
                        Exhibit.deleted_at.is_not(None),
                        Exhibit.status != Status.PUBLISHED,
                        Exhibit.id,
                    )
                )
            )
            galleries = session.scalars(
                select(Gallery).order_by(Gallery.published.desc(), Gallery.id)
            )
            tours = session.scalars(select(Tour).order_by(Tour.published.desc(), Tour.id))
            records = cls(
                exhibits=exhibits,
                ensembles=[exhibit for exhibit in exhibits if exhibit.kind == "ensemble"],
                galleries=list(galleries),
                tours=list(tours),
                profiles=list(session.scalars(select(KioskProfile).order_by(KioskProfile.id))),
                users=list(session.scalars(select(User).order_by(User.id))),
                images=list(
                    session.scalars(
                        select(Image).order_by(Image.has_tiles.desc(), Image.exhibit_id, Image.id)
                    )
                ),
                batches=list(session.scalars(select(ImportBatch.id).order_by(ImportBatch.id))),
                import_tokens=list(import_tokens),
            )
            session.expunge_all()  # detached, with the columns the walk reads already loaded
        return records


def rules(app: Flask, methods: frozenset[str]) -> list[Rule]:
    return sorted(
        (rule for rule in app.url_map.iter_rules() if rule.methods & methods),
        key=lambda rule: rule.rule,
    )


def argument_sets(rule: Rule, records: Records, every: bool = False) -> list[dict]:
    """Values for the rule's arguments: the first fitting record of each kind, or (every) each
    record in turn; every choice of an `any(...)` converter either way."""
    if not rule._converters:  # no variable in the path (defaults fill the rest)
        return [{}]
    if rule.endpoint == "interop.iiif_tile":
        if not _tiled(records):
            raise LookupError(f"{rule.rule}: the dataset has no image with tiles; make one")
        return [_tile(image) for image in _pick(_tiled(records), every)]
    names = sorted(rule._converters)
    choices = []
    for name in names:
        converter = rule._converters[name]
        if isinstance(converter, AnyConverter):
            choices.append(sorted(converter.items))
        else:
            choices.append(_pick(_values(rule, name, records), every))
    if every:  # one record per set, not every combination of them
        longest = max(len(values) for values in choices)
        return [
            {name: values[index % len(values)] for name, values in zip(names, choices, strict=True)}
            for index in range(longest)
        ]
    return [dict(zip(names, values, strict=True)) for values in itertools.product(*choices)]


def _pick(values: list, every: bool) -> list:
    return values if every else values[:1]


def _values(rule: Rule, name: str, records: Records) -> list:
    endpoint = rule.endpoint
    sources = {
        "exhibit_id": lambda: [
            e.id
            for e in (records.ensembles if endpoint in ENSEMBLE_ENDPOINTS else records.exhibits)
        ],
        "accession_number": lambda: [e.accession_number for e in _published(records)],
        "slug": lambda: _slugs(endpoint, records),
        "gallery_id": lambda: [g.id for g in records.galleries],
        "tour_id": lambda: [t.id for t in records.tours],
        "profile_id": lambda: [p.id for p in _non_default_first(records.profiles)],
        "profile": lambda: [p.slug for p in records.profiles],
        "user_id": lambda: [u.id for u in records.users[1:] or records.users],
        "batch_id": lambda: records.batches,
        "token": lambda: records.import_tokens,
        "image_id": lambda: [image.id for image in records.images],  # tiled ones first
        "number": lambda: [1],  # the first stop of a tour, the first revision of a record
        "path": lambda: [media.derivative_relpath(i.sha256, "small") for i in records.images],
        "filename": lambda: ["css/museum.css"],
        "rest": lambda: ["anything/at/all"],
    }
    if name not in sources:
        raise LookupError(f"{rule.rule}: the walk has no value for <{name}>; add one")
    values = sources[name]()
    if not values:
        raise LookupError(f"{rule.rule}: the dataset has no row for <{name}>; make one")
    return values


def _slugs(endpoint: str, records: Records) -> list[str]:
    for word, attribute in SLUG_OWNERS:
        if word in endpoint.partition(".")[2]:
            return [row.slug for row in getattr(records, attribute)]
    return [exhibit.slug for exhibit in _published(records)]


def _published(records: Records) -> list[Exhibit]:
    shown = [e for e in records.exhibits if e.status == Status.PUBLISHED and e.deleted_at is None]
    return shown or records.exhibits


def _non_default_first(profiles: list[KioskProfile]) -> list[KioskProfile]:
    return sorted(profiles, key=lambda profile: profile.is_default)


def _tiled(records: Records) -> list[Image]:
    return [image for image in records.images if image.has_tiles]


def _tile(image: Image) -> dict:
    factor = tiles.scale_factors(image.width, image.height)[-1]
    region, size, _box = next(tiles.tile_requests(image.width, image.height, factor))
    return {
        "image_id": image.id,
        "region": region,
        "size": size,
        "rotation": "0",
        "quality": "default.jpg",
    }


def urls(app: Flask, rule: Rule, records: Records, every: bool = False) -> Iterator[str]:
    """The rule's URLs built with real arguments (paths only, unique, in a stable order)."""
    for url, _values in urls_with_values(app, rule, records, every):
        yield url


def urls_with_values(
    app: Flask, rule: Rule, records: Records, every: bool = False
) -> Iterator[tuple[str, dict]]:
    """The same, each with the arguments it was built from."""
    with app.test_request_context():
        adapter = app.url_map.bind("localhost")
        method = "GET" if "GET" in rule.methods else sorted(rule.methods & WRITE_METHODS)[0]
        seen = set()
        for values in argument_sets(rule, records, every):
            url = adapter.build(rule.endpoint, values, method=method)
            if url not in seen:
                seen.add(url)
                yield url, values
