"""translations: texts in the museum's other languages on exhibits, images, galleries, tours

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 15:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("exhibit", "image", "gallery", "tour", "tour_stop")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("translations", sa.JSON(), server_default="{}", nullable=False)
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("translations")
