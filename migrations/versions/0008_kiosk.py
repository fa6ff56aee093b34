"""kiosk: profiles of the touch screens, and their anonymous usage counts

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 13:00:00
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    profile = op.create_table(
        "kiosk_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slug", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("start", sa.String(length=20), nullable=False),
        sa.Column("start_gallery_id", sa.Integer(), nullable=True),
        sa.Column("start_tour_id", sa.Integer(), nullable=True),
        sa.Column("attract", sa.String(length=20), nullable=False),
        sa.Column("attract_gallery_id", sa.Integer(), nullable=True),
        sa.Column("idle_seconds", sa.Integer(), nullable=False),
        sa.Column("warning_seconds", sa.Integer(), nullable=False),
        sa.Column("attract_seconds", sa.Integer(), nullable=False),
        sa.Column("search_enabled", sa.Boolean(), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("show_qr", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["start_gallery_id"],
            ["gallery.id"],
            name=op.f("fk_kiosk_profile_start_gallery_id_gallery"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["start_tour_id"],
            ["tour.id"],
            name=op.f("fk_kiosk_profile_start_tour_id_tour"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["attract_gallery_id"],
            ["gallery.id"],
            name=op.f("fk_kiosk_profile_attract_gallery_id_gallery"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kiosk_profile")),
        sa.UniqueConstraint("slug", name=op.f("uq_kiosk_profile_slug")),
    )
    op.create_table(
        "kiosk_exhibit_stat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("exhibit_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("views", sa.Integer(), nullable=False),
        sa.Column("dwell_seconds", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["kiosk_profile.id"],
            name=op.f("fk_kiosk_exhibit_stat_profile_id_kiosk_profile"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["exhibit_id"],
            ["exhibit.id"],
            name=op.f("fk_kiosk_exhibit_stat_exhibit_id_exhibit"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kiosk_exhibit_stat")),
        sa.UniqueConstraint(
            "profile_id",
            "exhibit_id",
            "day",
            name=op.f("uq_kiosk_exhibit_stat_profile_id_exhibit_id_day"),
        ),
    )
    op.create_index(op.f("ix_kiosk_exhibit_stat_exhibit_id"), "kiosk_exhibit_stat", ["exhibit_id"])
    op.create_table(
        "kiosk_search_miss",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("profile_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["kiosk_profile.id"],
            name=op.f("fk_kiosk_search_miss_profile_id_kiosk_profile"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kiosk_search_miss")),
        sa.UniqueConstraint(
            "profile_id", "day", "term", name=op.f("uq_kiosk_search_miss_profile_id_day_term")
        ),
    )
    # Every museum has a kiosk to open at /kiosk/ from the start; curators change it at will.
    now = datetime.now(UTC)
    op.bulk_insert(
        profile,
        [
            {
                "slug": "main",
                "name": "Main hall",
                "is_default": True,
                "start": "featured",
                "attract": "featured",
                "idle_seconds": 90,
                "warning_seconds": 10,
                "attract_seconds": 180,
                "search_enabled": True,
                "languages": "en",
                "show_qr": True,
                "created_at": now,
                "updated_at": now,
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("kiosk_search_miss")
    op.drop_index(op.f("ix_kiosk_exhibit_stat_exhibit_id"), table_name="kiosk_exhibit_stat")
    op.drop_table("kiosk_exhibit_stat")
    op.drop_table("kiosk_profile")
