"""outbox replies: the pressed message a reply edits, the location button's label

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 06:00:00

Hand-written like 0002: ADD COLUMN only.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("edit_message_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("location_label", _str(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("location_label")
        batch_op.drop_column("edit_message_id")
