"""collection in and out: exhibit notes, import batches for undo, OAI-PMH tombstones

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 13:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exhibit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("notes", sa.Text(), server_default="", nullable=False))
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("rows_total", sa.Integer(), nullable=False),
        sa.Column("rows_imported", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"], name=op.f("fk_import_batch_user_id_user"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
    )
    op.create_table(
        "import_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("exhibit_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("revision_before", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_import_item_batch_id_import_batch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_item")),
    )
    op.create_index(op.f("ix_import_item_batch_id"), "import_item", ["batch_id"])
    op.create_table(
        "deleted_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("accession_number", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("set_specs", sa.Text(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deleted_record")),
        sa.UniqueConstraint("accession_number", name=op.f("uq_deleted_record_accession_number")),
    )
    op.create_index(op.f("ix_deleted_record_deleted_at"), "deleted_record", ["deleted_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_deleted_record_deleted_at"), table_name="deleted_record")
    op.drop_table("deleted_record")
    op.drop_index(op.f("ix_import_item_batch_id"), table_name="import_item")
    op.drop_table("import_item")
    op.drop_table("import_batch")
    with op.batch_alter_table("exhibit", schema=None) as batch_op:
        batch_op.drop_column("notes")
