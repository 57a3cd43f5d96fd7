"""outbox pending indexes: the sender's claim reads only pending rows

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 09:30:00

Hand-written: two partial indexes (PostgreSQL and SQLite both have them) on
the pending rows of the outbox. The claim scans pending rows in id order and
asks, per candidate, whether its chat has an older pending one; before, it
read every row of the table (the sent ones stay for 30 days) twice per claim:
36 ms each with 3,000 pending and 30,000 sent rows (docs/load.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    op.create_index(
        "ix_outbox_pending_id",
        "outbox",
        ["channel", "id"],
        postgresql_where=PENDING,
        sqlite_where=PENDING,
    )
    op.create_index(
        "ix_outbox_pending_chat",
        "outbox",
        ["channel", "chat_id", "id"],
        postgresql_where=PENDING,
        sqlite_where=PENDING,
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_pending_chat", table_name="outbox")
    op.drop_index("ix_outbox_pending_id", table_name="outbox")
