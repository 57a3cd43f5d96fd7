"""send pace: Telegram's flood limits shared by all replicas

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 06:30:00

Hand-written: a new table only.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "send_pace",
        sa.Column("channel", _str(length=16), nullable=False),
        sa.Column("chat_id", _str(length=64), nullable=False),
        sa.Column("tat", sa.Float(), nullable=False),
        sa.Column("free_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("channel", "chat_id"),
    )


def downgrade() -> None:
    op.drop_table("send_pace")
