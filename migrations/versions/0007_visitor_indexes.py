"""indexes for the visitors' pages: counts and date order from an index, tags by tag

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 13:15:00
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Published, not trashed: the condition of every visitor's query, then what it counts or sorts by.
INDEXES = {
    "ix_exhibit_visible_order": (
        "exhibit",
        ["status", "deleted_at", "year_from", "year_to", "title", "kind"],
    ),
    "ix_exhibit_featured": ("exhibit", ["featured", "title"]),
    "ix_exhibit_tag_tag_id": ("exhibit_tag", ["tag_id", "exhibit_id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _columns) in INDEXES.items():
        op.drop_index(name, table_name=table)
