"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 00:21:40.568735
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation",
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("chat_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("channel", "chat_id"),
    )
    op.create_table(
        "processed_update",
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("update_id", sa.Integer(), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("channel", "update_id"),
    )
    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("chat_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("consent_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("channel", "chat_id"),
    )
    op.create_table(
        "concern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("photos", sa.JSON(), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("place_text", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("kreis", sa.Integer(), nullable=True),
        sa.Column("quartier", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("outside_city", sa.Boolean(), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=5), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("forwarded_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concern_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_kreis"), ["kreis"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_office"), ["office"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_reference"), ["reference"], unique=True)
        batch_op.create_index(batch_op.f("ix_concern_resident_id"), ["resident_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_concern_topic"), ["topic"], unique=False)

    op.create_table(
        "routing_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"],
            ["concern.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("routing_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_routing_event_concern_id"), ["concern_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("routing_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_routing_event_concern_id"))

    op.drop_table("routing_event")
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_topic"))
        batch_op.drop_index(batch_op.f("ix_concern_status"))
        batch_op.drop_index(batch_op.f("ix_concern_resident_id"))
        batch_op.drop_index(batch_op.f("ix_concern_reference"))
        batch_op.drop_index(batch_op.f("ix_concern_office"))
        batch_op.drop_index(batch_op.f("ix_concern_kreis"))
        batch_op.drop_index(batch_op.f("ix_concern_created_at"))

    op.drop_table("concern")
    op.drop_table("resident")
    op.drop_table("processed_update")
    op.drop_table("conversation")
