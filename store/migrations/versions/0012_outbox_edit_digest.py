"""outbox edit digest: the same edit of a message again is not sent

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 22:30:00

Hand-written: one nullable column and a partial index (PostgreSQL and SQLite
both have them). An edit keeps a digest of its content once sent (the content
itself is erased); before an edit is sent, its message's previous edit is read
through the index (store.outbox_edits): a double tap's second, identical edit
is marked sent without a request that Telegram would refuse ("message is not
modified"). Deletion erases the digests with the chat; retention deletes them
with the sent rows (30 days).
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString
EDIT_ROWS = sa.text("edit_message_id IS NOT NULL OR edit_digest IS NOT NULL")


# Plain ALTER TABLE, as 0009: batch mode would copy the table.


def upgrade() -> None:
    op.add_column("outbox", sa.Column("edit_digest", _str(length=32), nullable=True))
    op.create_index(
        "ix_outbox_edits",
        "outbox",
        ["channel", "chat_id", "id"],
        postgresql_where=EDIT_ROWS,
        sqlite_where=EDIT_ROWS,
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_edits", table_name="outbox")
    op.drop_column("outbox", "edit_digest")
