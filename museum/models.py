"""The catalog's tables. Only museum.catalog writes exhibits, galleries and tours."""

import enum
from datetime import UTC, date, datetime

from flask_login import UserMixin
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from museum.translation import Localizer


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Role(enum.StrEnum):
    ADMIN = "admin"
    CURATOR = "curator"
    CONTRIBUTOR = "contributor"


class Status(enum.StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # a contributor asks a curator to review and publish
    PUBLISHED = "published"


ROLE_RANK = {Role.CONTRIBUTOR: 1, Role.CURATOR: 2, Role.ADMIN: 3}


class Translatable:
    """A record with texts in several languages (see museum.translation)."""

    TRANSLATED: tuple[str, ...] = ()
    # {"ru": {"title": ...}}: every language but the default, whose texts are the columns.
    translations: Mapped[dict] = mapped_column(JSON, default=dict, server_default="{}")

    @property
    def t(self) -> Localizer:
        """The texts in the request's language, falling back to the default language."""
        return Localizer(self)


class User(UserMixin, Base):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default=Role.CONTRIBUTOR)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Raised by signing out and by a new password: session cookies carry the value they were
    # issued with (see get_id), so every older cookie of this user stops working.
    session_epoch: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    def get_id(self) -> str:
        """What Flask-Login keeps in the session cookie: the id and the current epoch."""
        return f"{self.id}:{self.session_epoch}"

    def has_role(self, role: Role | str) -> bool:
        """True when this user's role is `role` or above it (admin > curator > contributor)."""
        return ROLE_RANK.get(Role(self.role), 0) >= ROLE_RANK[Role(role)]


exhibit_tag = Table(
    "exhibit_tag",
    Base.metadata,
    Column("exhibit_id", ForeignKey("exhibit.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_exhibit_tag_tag_id", "tag_id", "exhibit_id"),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class Exhibit(Translatable, Base):
    TRANSLATED = ("title", "summary", "description", "transcription")
    __tablename__ = "exhibit"
    # Visitors' queries filter on status and trash first, then count or sort by the rest.
    __table_args__ = (
        Index(
            "ix_exhibit_visible_order",
            *("status", "deleted_at", "year_from", "year_to", "title", "kind"),
        ),
        Index("ix_exhibit_featured", "featured", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    accession_number: Mapped[str] = mapped_column(String(100), unique=True)
    # Folded form (case, spaces, dashes, slashes) so hand-typed short links still resolve.
    accession_key: Mapped[str] = mapped_column(String(100), index=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    date_text: Mapped[str] = mapped_column(String(100), default="")
    year_from: Mapped[int | None] = mapped_column(Integer, index=True)
    year_to: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(300), default="")
    materials: Mapped[str] = mapped_column(String(300), default="")
    dimensions: Mapped[str] = mapped_column(String(200), default="")
    provenance: Mapped[str] = mapped_column(Text, default="")
    credit_line: Mapped[str] = mapped_column(String(500), default="")
    rights: Mapped[str] = mapped_column(String(500), default="")
    location_hall: Mapped[str] = mapped_column(String(100), default="")
    location_case: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(20), default=Status.DRAFT, index=True)
    featured: Mapped[bool] = mapped_column(Boolean, default=False)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))

    # The ensemble this exhibit is a part of, and its place among the parts.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("exhibit.id", ondelete="SET NULL"), index=True
    )
    part_position: Mapped[int] = mapped_column(Integer, default=0)

    # Fields of one kind each (see museum.kinds).
    document_type: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[str] = mapped_column(String(100), default="")
    issuer: Mapped[str] = mapped_column(String(300), default="")
    pages: Mapped[int | None] = mapped_column(Integer)
    transcription: Mapped[str] = mapped_column(Text, default="")
    photographer: Mapped[str] = mapped_column(String(300), default="")
    process: Mapped[str] = mapped_column(String(200), default="")
    depicted: Mapped[str] = mapped_column(Text, default="")
    maker: Mapped[str] = mapped_column(String(300), default="")
    model_name: Mapped[str] = mapped_column(String(200), default="")
    serial_number: Mapped[str] = mapped_column(String(100), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    recipient: Mapped[str] = mapped_column(String(300), default="")
    event: Mapped[str] = mapped_column(String(300), default="")
    sport: Mapped[str] = mapped_column(String(100), default="")
    rank: Mapped[str] = mapped_column(String(100), default="")
    awarded_by: Mapped[str] = mapped_column(String(300), default="")
    # For curators only: what an import brought that no field holds, and their own remarks.
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    images: Mapped[list["Image"]] = relationship(
        back_populates="exhibit",
        order_by="Image.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    tags: Mapped[list[Tag]] = relationship(secondary=exhibit_tag, order_by=Tag.name)
    parent: Mapped["Exhibit | None"] = relationship(
        remote_side=[id], back_populates="parts", foreign_keys=[parent_id]
    )
    parts: Mapped[list["Exhibit"]] = relationship(
        back_populates="parent", order_by=part_position, foreign_keys=[parent_id]
    )

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED and self.deleted_at is None

    @property
    def date_unparsed(self) -> bool:
        """True when the curator typed a date that could not be read as years."""
        return bool(self.date_text) and self.year_from is None

    @property
    def primary_image(self) -> "Image | None":
        return self.images[0] if self.images else None


class Image(Translatable, Base):
    TRANSLATED = ("caption", "alt_text")
    __tablename__ = "image"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None for an image that belongs to no exhibit: a tour's floor plan.
    exhibit_id: Mapped[int | None] = mapped_column(
        ForeignKey("exhibit.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    caption: Mapped[str] = mapped_column(String(500), default="")
    alt_text: Mapped[str] = mapped_column(String(500), default="")
    # Marked by the curator as adding nothing a screen reader should say (no alt text needed).
    decorative: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    original_filename: Mapped[str] = mapped_column(String(300), default="")
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    format: Mapped[str] = mapped_column(String(10))
    # Upright (after EXIF rotation), as visitors see it.
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    # Shown while the picture loads; "" until the media pipeline has measured it.
    dominant_color: Mapped[str] = mapped_column(String(7), default="", server_default="")
    has_tiles: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    exhibit: Mapped[Exhibit | None] = relationship(back_populates="images")


class GalleryItem(Base):
    __tablename__ = "gallery_item"
    __table_args__ = (UniqueConstraint("gallery_id", "exhibit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    gallery_id: Mapped[int] = mapped_column(ForeignKey("gallery.id", ondelete="CASCADE"))
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibit.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    exhibit: Mapped[Exhibit] = relationship()


class Gallery(Translatable, Base):
    TRANSLATED = ("title", "introduction")
    __tablename__ = "gallery"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    introduction: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(40), default="plain")
    cover_image_id: Mapped[int | None] = mapped_column(ForeignKey("image.id", ondelete="SET NULL"))
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    items: Mapped[list[GalleryItem]] = relationship(
        order_by=GalleryItem.position, cascade="all, delete-orphan", passive_deletes=True
    )
    cover_image: Mapped[Image | None] = relationship()


class TourStop(Translatable, Base):
    TRANSLATED = ("title", "narration")
    __tablename__ = "tour_stop"

    id: Mapped[int] = mapped_column(primary_key=True)
    tour_id: Mapped[int] = mapped_column(ForeignKey("tour.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibit.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    narration: Mapped[str] = mapped_column(Text, default="")
    room: Mapped[str] = mapped_column(String(100), default="")
    showcase: Mapped[str] = mapped_column(String(100), default="")

    exhibit: Mapped[Exhibit] = relationship()


class Tour(Translatable, Base):
    TRANSLATED = ("title", "introduction")
    __tablename__ = "tour"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    introduction: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    # An image row of its own (no exhibit), written and removed only with the tour.
    floor_plan_image_id: Mapped[int | None] = mapped_column(
        ForeignKey("image.id", ondelete="SET NULL")
    )

    floor_plan_image: Mapped[Image | None] = relationship()
    stops: Mapped[list[TourStop]] = relationship(
        order_by=TourStop.position, cascade="all, delete-orphan", passive_deletes=True
    )


class Hotspot(Base):
    """A rectangle on an ensemble's scene image that leads to one of its parts."""

    __tablename__ = "hotspot"

    id: Mapped[int] = mapped_column(primary_key=True)
    ensemble_id: Mapped[int] = mapped_column(
        ForeignKey("exhibit.id", ondelete="CASCADE"), index=True
    )
    part_id: Mapped[int] = mapped_column(ForeignKey("exhibit.id", ondelete="CASCADE"))
    # Fractions of the scene image's width and height, so any derivative size can use them.
    left: Mapped[float] = mapped_column(Float)
    top: Mapped[float] = mapped_column(Float)
    width: Mapped[float] = mapped_column(Float)
    height: Mapped[float] = mapped_column(Float)

    part: Mapped[Exhibit] = relationship(foreign_keys=[part_id])


class Revision(Base):
    """A snapshot of an exhibit, gallery or tour as one save left it."""

    __tablename__ = "revision"
    __table_args__ = (UniqueConstraint("entity", "entity_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    user: Mapped[User | None] = relationship()


class Activity(Base):
    """One line of the activity log: who did what to which record, and when."""

    __tablename__ = "activity"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )

    user: Mapped[User | None] = relationship()


class LoginAttempt(Base):
    """A sign-in try, kept to slow down guessing per account and per address."""

    __tablename__ = "login_attempt"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), index=True)
    address: Mapped[str] = mapped_column(String(64), index=True)
    succeeded: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )


class IndexOutbox(Base):
    """An exhibit whose search document must be made again (written with the change itself)."""

    __tablename__ = "index_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibit_id: Mapped[int] = mapped_column(Integer)  # no foreign key: a deletion is queued too
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CatalogState(Base):
    """One row whose version goes up with every committed write: cached pages compare it."""

    __tablename__ = "catalog_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class StartContent(enum.StrEnum):
    """What a kiosk shows first (and, for the attract loop, what it slides through)."""

    FEATURED = "featured"
    GALLERY = "gallery"
    TOUR = "tour"


class KioskProfile(Base):
    """One touch screen's set-up: what it starts with, how it idles, what it offers."""

    __tablename__ = "kiosk_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    start: Mapped[str] = mapped_column(String(20), default=StartContent.FEATURED)
    start_gallery_id: Mapped[int | None] = mapped_column(
        ForeignKey("gallery.id", ondelete="SET NULL")
    )
    start_tour_id: Mapped[int | None] = mapped_column(ForeignKey("tour.id", ondelete="SET NULL"))
    attract: Mapped[str] = mapped_column(String(20), default=StartContent.FEATURED)
    attract_gallery_id: Mapped[int | None] = mapped_column(
        ForeignKey("gallery.id", ondelete="SET NULL")
    )
    idle_seconds: Mapped[int] = mapped_column(Integer, default=90)
    warning_seconds: Mapped[int] = mapped_column(Integer, default=10)
    # Counted from the last touch, like idle_seconds: the attract loop starts this long after.
    attract_seconds: Mapped[int] = mapped_column(Integer, default=180)
    search_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    languages: Mapped[str] = mapped_column(String(100), default="en")  # codes, comma-separated
    show_qr: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )

    start_gallery: Mapped[Gallery | None] = relationship(foreign_keys=[start_gallery_id])
    start_tour: Mapped[Tour | None] = relationship()
    attract_gallery: Mapped[Gallery | None] = relationship(foreign_keys=[attract_gallery_id])

    @property
    def language_codes(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]


class KioskExhibitStat(Base):
    """How often an exhibit was opened on a kiosk on one day, and for how long in all.

    Anonymous by construction: counters per profile, exhibit and day, nothing about anyone.
    """

    __tablename__ = "kiosk_exhibit_stat"
    __table_args__ = (UniqueConstraint("profile_id", "exhibit_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("kiosk_profile.id", ondelete="CASCADE"))
    exhibit_id: Mapped[int] = mapped_column(
        ForeignKey("exhibit.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    views: Mapped[int] = mapped_column(Integer, default=0)
    dwell_seconds: Mapped[int] = mapped_column(Integer, default=0)


class KioskSearchMiss(Base):
    """A search on a kiosk that found nothing: the words, per profile and day, counted."""

    __tablename__ = "kiosk_search_miss"
    __table_args__ = (UniqueConstraint("profile_id", "day", "term"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("kiosk_profile.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    term: Mapped[str] = mapped_column(String(100))
    count: Mapped[int] = mapped_column(Integer, default=0)


class ImportBatch(Base):
    """One CSV import: what came in, what was refused, and whether it was undone."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    filename: Mapped[str] = mapped_column(String(300), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    rows_total: Mapped[int] = mapped_column(Integer, default=0)
    rows_imported: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[str] = mapped_column(Text, default="")  # JSON: rejected rows and why
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User | None] = relationship()
    items: Mapped[list["ImportItem"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class ImportItem(Base):
    """An exhibit an import created or updated (with the revision it had before), for undo."""

    __tablename__ = "import_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batch.id", ondelete="CASCADE"), index=True
    )
    exhibit_id: Mapped[int] = mapped_column(Integer)  # no foreign key: undo outlives deletion
    action: Mapped[str] = mapped_column(String(20))  # "created" or "updated"
    revision_before: Mapped[int | None] = mapped_column(Integer)


class DeletedRecord(Base):
    """An exhibit deleted for good, remembered for OAI-PMH harvesters (deletedRecord=persistent).

    Trashed and unpublished exhibits are still rows, so they need no tombstone."""

    __tablename__ = "deleted_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    accession_number: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    set_specs: Mapped[str] = mapped_column(Text, default="")  # space-separated, at deletion
    deleted_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
