"""`museum check`: is this instance whole? The database, its schema, the media, the index.

Read only: it reports and repairs nothing. Each problem names what to run to repair it.

The search index is compared with the database document by document: every exhibit outside
the trash (drafts too: the workspace searches them) must have its document, holding what
`museum.search.documents` makes of the row now, and no other document may be there. Changes
still queued in the indexer's outbox are not compared: the server applies them right after
each commit (or `museum indexer` does, with INDEXER = "external"), so a queue younger than
OUTBOX_GRACE_SECONDS is a moment's lag and only noted; an older one means applying it failed or
nobody applies it, and that is a problem ("index behind").
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from whoosh.index import EmptyIndexError

from museum import db, media
from museum.backup import Bar, silent_bar
from museum.media import maintenance
from museum.media.commands import _hashes_in_revisions, _image_rows
from museum.models import Exhibit, IndexOutbox
from museum.search import indexer
from museum.search.documents import documents, load_exhibits
from museum.search.schema import SCHEMA

OUTBOX_GRACE_SECONDS = 60
BATCH = 500
SHOWN_PER_KIND = 20  # lines of one kind of problem before "... and N more"


@dataclass
class Findings:
    """Problems (each one line: "area: what") and notes that are not problems."""

    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    count: int = 0  # problems found, including those not listed

    def add(self, area: str, items: list[str]) -> None:
        self.count += len(items)
        shown = items[:SHOWN_PER_KIND]
        self.problems.extend(f"{area}: {item}" for item in shown)
        if len(items) > len(shown):
            self.problems.append(f"{area}: ... and {len(items) - len(shown)} more")


def check_instance(bar: Bar = silent_bar) -> Findings:
    """Run every check; media and index are compared only at the newest schema."""
    findings = Findings()
    if not check_database(findings):
        findings.notes.append("nothing else checked while the database cannot be read")
    elif check_schema(findings):
        check_media(findings, bar)
        check_index(findings, bar)
    else:
        findings.notes.append("media and search index not checked until the schema is current")
    return findings


def check_database(findings: Findings) -> bool:
    """SQLite's integrity and foreign key checks (other databases: not checked here); False
    when the database cannot be read at all."""
    engine = db.engine()
    if engine.dialect.name != "sqlite":
        findings.notes.append(f"database integrity not checked ({engine.dialect.name})")
        return True
    try:
        with engine.connect() as connection:
            integrity = list(connection.exec_driver_sql("PRAGMA integrity_check").scalars())
            foreign = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
    except DBAPIError as exc:
        findings.add("database", [f"cannot be read: {exc.orig}"])
        return False
    if integrity != ["ok"]:
        findings.add("database integrity", integrity)
    findings.add(
        "database foreign key",
        [
            f"{table} row {rowid} points at a missing {parent} row"
            for table, rowid, parent, _ in foreign
        ],
    )
    return True


def check_schema(findings: Findings) -> bool:
    """True when the schema is the newest the code knows."""
    revision, newest = db.schema_revision(), db.newest_revision()
    if revision == newest:
        return True
    findings.add("schema", [f"at {revision or 'nothing'}, newest is {newest}: run 'museum init'"])
    return False


def check_media(findings: Findings, bar: Bar = silent_bar) -> None:
    """What `museum media check` finds (its repairs: `museum media rebuild|sweep`)."""
    rows = _image_rows()
    with bar("Checking images", len(rows)) as progress:
        report = maintenance.check(
            media.store(), rows, progress=progress.update, kept=_hashes_in_revisions()
        )
    for kind, found in vars(report).items():
        findings.add(f"media, {kind.replace('_', ' ')}", [str(item) for item in found])


def check_index(findings: Findings, bar: Bar = silent_bar) -> None:
    """Every document against the exhibit it stands for (repair: `museum reindex`)."""
    try:
        stored, duplicates = _stored_documents()
    except (OSError, EmptyIndexError) as exc:
        findings.add("search index", [f"cannot be read ({exc}): run 'museum reindex'"])
        return
    if indexer.store().outdated():
        findings.add("search index", ["made by an older version of the museum: run 'museum init'"])
        return
    pending = _pending_changes(findings)
    with db.factory()() as session:
        ids = list(
            session.scalars(
                select(Exhibit.id).where(Exhibit.deleted_at.is_(None)).order_by(Exhibit.id)
            )
        )
        missing, stale = [], []
        with bar("Checking the search index", len(ids)) as progress:
            for expected in _expected_documents(session, ids):
                found = stored.pop(expected["id"], None)
                if int(expected["id"]) in pending:
                    pass
                elif found is None:
                    missing.append(f"exhibit {expected['accession_number']} has no document")
                elif differing := _differing_fields(expected, found):
                    stale.append(
                        f"exhibit {expected['accession_number']}: document out of date "
                        f"({', '.join(differing)})"
                    )
                progress.update(1)
    extra = [
        f"a document for exhibit id {doc_id} ({fields.get('accession_number')}), which is "
        "trashed or gone"
        for doc_id, fields in stored.items()
        if int(doc_id) not in pending
    ]
    duplicates = [f"exhibit id {doc_id} has more than one document" for doc_id in duplicates]
    findings.add("search index (run 'museum reindex')", missing + stale + extra + duplicates)


def _stored_documents() -> tuple[dict[str, dict], list[str]]:
    """The index's stored fields by exhibit id, and the ids that have a second document."""
    found: dict[str, dict] = {}
    duplicates = []
    with indexer.store().open().searcher() as searcher:
        for fields in searcher.all_stored_fields():
            if fields["id"] in found:
                duplicates.append(fields["id"])
            found[fields["id"]] = fields
    return found, duplicates


def _expected_documents(session, ids: list[int]) -> Iterator[dict]:
    for start in range(0, len(ids), BATCH):
        exhibits = load_exhibits(session, ids[start : start + BATCH])
        yield from documents(session, [exhibits[key] for key in sorted(exhibits)])
        session.expunge_all()


def _differing_fields(expected: dict, found: dict) -> list[str]:
    return [name for name in SCHEMA.stored_names() if expected.get(name) != found.get(name)]


def _pending_changes(findings: Findings) -> set[int]:
    """Exhibits with changes queued for the index; an old queue is reported as a problem."""
    with db.factory()() as session:
        queued = session.execute(select(IndexOutbox.exhibit_id, IndexOutbox.created_at)).all()
    if not queued:
        return set()
    cutoff = datetime.now(UTC) - timedelta(seconds=OUTBOX_GRACE_SECONDS)
    old = [exhibit_id for exhibit_id, created in queued if _aware(created) < cutoff]
    if old:
        waiting = "is 'museum indexer' running? " if _external_indexer() else ""
        findings.add(
            "search index behind",
            [
                f"{len(old)} queued change(s) older than {OUTBOX_GRACE_SECONDS} s were never "
                f"applied: {waiting}run 'museum reindex'"
            ],
        )
    if len(old) < len(queued):
        findings.notes.append(
            f"{len(queued) - len(old)} change(s) are being applied to the search index now; "
            "their exhibits were not compared"
        )
    return {exhibit_id for exhibit_id, _created in queued}


def _external_indexer() -> bool:
    return current_app.config.get("INDEXER") == "external"


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; the catalog writes them in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
