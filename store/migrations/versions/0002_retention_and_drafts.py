"""retention and draft expiry

resident.last_seen_at, concern.unconfirmed, and indexes for the purge of
conversations and processed updates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 00:30:00

Hand-written. Only ADD COLUMN (with a literal default) and CREATE INDEX, which
SQLite does in place (batch mode copies no table, so foreign keys pointing at
`concern` and `resident` are never in the way). The downgrade uses ALTER TABLE
DROP COLUMN, which SQLite has since 3.35.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("last_seen_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
    # Existing residents were last seen with their latest concern, or when created.
    op.execute(
        "UPDATE resident SET last_seen_at = COALESCE("
        "(SELECT MAX(concern.created_at) FROM concern WHERE concern.resident_id = resident.id),"
        " resident.created_at)"
    )
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unconfirmed", sa.Boolean(), nullable=False, server_default="0")
        )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversation_updated_at"), ["updated_at"], unique=False
        )
    with op.batch_alter_table("processed_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_processed_update_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("processed_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_processed_update_at"))
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_updated_at"))
    op.drop_column("concern", "unconfirmed")
    op.drop_column("resident", "last_seen_at")
