"""tour floor plan: an image row of no exhibit, referenced by the tour

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 09:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("image", schema=None) as batch_op:
        batch_op.alter_column("exhibit_id", existing_type=sa.Integer(), nullable=True)
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.add_column(sa.Column("floor_plan_image_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_tour_floor_plan_image_id_image"),
            "image",
            ["floor_plan_image_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("tour", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_tour_floor_plan_image_id_image"), type_="foreignkey"
        )
        batch_op.drop_column("floor_plan_image_id")
    # Floor plans have no place in the older schema (their files stay: `museum media check`).
    op.execute("DELETE FROM image WHERE exhibit_id IS NULL")
    with op.batch_alter_table("image", schema=None) as batch_op:
        batch_op.alter_column("exhibit_id", existing_type=sa.Integer(), nullable=False)
