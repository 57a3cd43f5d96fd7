"""staff desk: staff chats, the outbox, audit remarks and undo

Tables staff_member and outbox; routing_event.note and .undoes;
concern.assignee_id; resident.blocked_at.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 03:10:00

Hand-written like 0002: new tables, ADD COLUMN and CREATE INDEX only.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString
_time = sqlmodel.sql.sqltypes.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "staff_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", _str(length=16), nullable=False),
        sa.Column("chat_id", _str(length=64), nullable=False),
        sa.Column("office", _str(length=32), nullable=False),
        sa.Column("role", _str(length=16), nullable=False),
        sa.Column("name", _str(length=80), nullable=True),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("alerts", _str(length=16), nullable=False),
        sa.Column("subscription", _str(length=16), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "chat_id"),
    )
    with op.batch_alter_table("staff_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_staff_member_office"), ["office"], unique=False)
    op.create_table(
        "outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", _str(length=16), nullable=False),
        sa.Column("chat_id", _str(length=64), nullable=False),
        sa.Column("kind", _str(length=16), nullable=False),
        sa.Column("text", _str(), nullable=True),
        sa.Column("buttons", sa.JSON(), nullable=False),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("status", _str(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", _time(), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.Column("sent_at", _time(), nullable=True),
        sa.Column("last_error", _str(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_concern_id"), ["concern_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_outbox_next_attempt_at"), ["next_attempt_at"], unique=False
        )
    with op.batch_alter_table("routing_event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("note", _str(), nullable=True))
        batch_op.add_column(sa.Column("undoes", sa.Integer(), nullable=True))
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.add_column(sa.Column("assignee_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_concern_assignee_id"), ["assignee_id"], unique=False)
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.add_column(sa.Column("blocked_at", _time(), nullable=True))


def downgrade() -> None:
    op.drop_column("resident", "blocked_at")
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_assignee_id"))
    op.drop_column("concern", "assignee_id")
    op.drop_column("routing_event", "undoes")
    op.drop_column("routing_event", "note")
    op.drop_table("outbox")
    op.drop_table("staff_member")
