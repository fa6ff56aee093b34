"""Revisions and the activity log: every save keeps a snapshot, every action leaves a line."""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from museum.catalog.common import user_id
from museum.models import (
    Activity,
    Exhibit,
    Gallery,
    IndexOutbox,
    Revision,
    Tour,
    User,
    utcnow,
)
from museum.translation import flat

IMAGE_KEYS = (
    "sha256",
    "original_filename",
    "format",
    "width",
    "height",
    "byte_size",
    "dominant_color",
    "has_tiles",
    "caption",
    "alt_text",
    "decorative",
)


def snapshot(record: Exhibit | Gallery | Tour) -> dict[str, Any]:
    """The record as plain data: enough to show a diff and to bring it back."""
    if isinstance(record, Exhibit):
        return _exhibit_snapshot(record)
    if isinstance(record, Gallery):
        return {
            **_columns(record, ("title", "slug", "introduction", "theme", "published")),
            **flat(record.translations),
            "cover_image_id": record.cover_image_id,
            "exhibits": [item.exhibit_id for item in record.items],
        }
    plan = record.floor_plan_image
    return {
        **_columns(record, ("title", "slug", "introduction", "published")),
        **flat(record.translations),
        "floor_plan": _columns(plan, IMAGE_KEYS) if plan is not None else None,
        "stops": [
            {
                **_columns(stop, ("exhibit_id", "title", "narration", "room", "showcase")),
                "translations": stop.translations or {},
            }
            for stop in record.stops
        ],
    }


def entity_name(record: Exhibit | Gallery | Tour) -> str:
    return type(record).__name__.lower()


def record_change(
    session: Session, record: Exhibit | Gallery | Tour, action: str, by: User | None
) -> Revision:
    """Keep a revision of the record as it is now and log the action."""
    session.flush()
    entity = entity_name(record)
    last = session.scalar(
        select(func.max(Revision.number)).where(
            Revision.entity == entity, Revision.entity_id == record.id
        )
    )
    revision = Revision(
        entity=entity,
        entity_id=record.id,
        number=(last or 0) + 1,
        snapshot=json.dumps(snapshot(record), ensure_ascii=False, sort_keys=True),
        user_id=user_id(by),
    )
    session.add(revision)
    log(session, action, record, by)
    affected = _affected_exhibits(session, record, entity)
    queue_for_index(session, affected)
    _mark_changed(session, record, entity, affected)
    return revision


def _mark_changed(session: Session, record, entity: str, exhibit_ids: set[int]) -> None:
    """A change of an exhibit's tags or parts, or of a gallery's members (the exhibits' OAI-PMH
    sets), changes what harvesters get: it must move the exhibits' datestamps too."""
    if entity == "exhibit":
        record.updated_at = utcnow()
    elif entity == "gallery" and exhibit_ids:
        session.execute(
            update(Exhibit).where(Exhibit.id.in_(exhibit_ids)).values(updated_at=utcnow())
        )


def queue_for_index(session: Session, exhibit_ids: Iterable[int]) -> None:
    """Ask the indexer, in this same transaction, to make these exhibits' documents again."""
    session.add_all(IndexOutbox(exhibit_id=exhibit_id) for exhibit_id in set(exhibit_ids))


def _affected_exhibits(session: Session, record, entity: str) -> set[int]:
    """The exhibit itself, or every exhibit a gallery or tour shows now or showed before."""
    if entity == "exhibit":
        return {record.id}
    members = snapshot(record)
    ids = set(members.get("exhibits", [])) | {s["exhibit_id"] for s in members.get("stops", [])}
    previous = session.scalar(
        select(Revision.snapshot)
        .where(Revision.entity == entity, Revision.entity_id == record.id)
        .order_by(Revision.number.desc())
        .offset(1)
        .limit(1)
    )
    if previous:
        old = json.loads(previous)
        ids |= set(old.get("exhibits", [])) | {s["exhibit_id"] for s in old.get("stops", [])}
    return ids


def log(session: Session, action: str, record: Exhibit | Gallery | Tour, by: User | None) -> None:
    session.add(
        Activity(
            user_id=user_id(by),
            action=action,
            entity=entity_name(record),
            entity_id=record.id,
            label=record.title,
        )
    )


@dataclass(frozen=True)
class Change:
    field: str
    before: Any
    after: Any


def diff(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """The fields whose values differ between two snapshots, in a stable order."""
    names = sorted(set(before) | set(after))
    return [
        Change(name, before.get(name), after.get(name))
        for name in names
        if before.get(name) != after.get(name)
    ]


def _exhibit_snapshot(exhibit: Exhibit) -> dict[str, Any]:
    from museum.catalog.exhibits import EXHIBIT_FIELDS

    data = _columns(exhibit, sorted(EXHIBIT_FIELDS | {"status", "slug"}))
    data.update(flat(exhibit.translations))
    data["tags"] = [tag.name for tag in exhibit.tags]
    data["images"] = [
        {**_columns(image, IMAGE_KEYS), **flat(image.translations)} for image in exhibit.images
    ]
    data["parts"] = [part.id for part in exhibit.parts]
    return data


def _columns(record: Any, names) -> dict[str, Any]:
    return {name: getattr(record, name) for name in names}
