"""inbox claim indexes: the dispatcher's claim reads only pending rows

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06 21:30:00

Hand-written, as 0008 for the outbox: a partial index (PostgreSQL and SQLite
both have them) on the pending rows in update_id order, and the chat's index
with update_id as its second column (it replaces the one on chat_key alone).
The claim picks pending updates in update_id order, each only if its chat has
no earlier one pending. Before, on a table without statistics yet (a fresh
database under load) PostgreSQL answered "an earlier one of this chat?" by a
BitmapAnd of the chat's index and a primary key range, reading every earlier
update_id, processed ones included (they stay DONE_KEEP_DAYS): 1.75 million
index entries and 131 ms for one claim of 16 with 5,000 rows; with statistics
it walked the primary key through the processed rows instead (2,715 buffers).
That was most of the database server's CPU in the load bench (docs/load.md).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

PENDING = sa.text("status = 'pending'")


def upgrade() -> None:
    op.create_index(
        "ix_inbox_update_pending",
        "inbox_update",
        ["update_id"],
        postgresql_where=PENDING,
        sqlite_where=PENDING,
    )
    op.create_index("ix_inbox_update_chat_key_id", "inbox_update", ["chat_key", "update_id"])
    op.drop_index("ix_inbox_update_chat_key", table_name="inbox_update")


def downgrade() -> None:
    op.create_index("ix_inbox_update_chat_key", "inbox_update", ["chat_key"])
    op.drop_index("ix_inbox_update_chat_key_id", table_name="inbox_update")
    op.drop_index("ix_inbox_update_pending", table_name="inbox_update")
