"""durable inbox: every Telegram update is stored before it is acknowledged

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 05:55:00

Hand-written: a new table only.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString
_time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "inbox_update",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_key", _str(length=64), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("status", _str(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("lease_until", _time(), nullable=True),
        sa.Column("lease_owner", _str(length=64), nullable=True),
        sa.Column("received_at", _time(), nullable=False),
        sa.Column("done_at", _time(), nullable=True),
        sa.PrimaryKeyConstraint("update_id"),
    )
    with op.batch_alter_table("inbox_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_inbox_update_chat_key"), ["chat_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_inbox_update_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_inbox_update_received_at"), ["received_at"], unique=False
        )


def downgrade() -> None:
    op.drop_table("inbox_update")
