"""digest delivery: one row per office, day and kind; outbox documents

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 03:40:00

Hand-written like 0002: a new table and ADD COLUMN only.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_str = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "digest_delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office", _str(length=32), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", _str(length=16), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("office", "day", "kind"),
    )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("parse_mode", _str(length=16), nullable=True))
        batch_op.add_column(sa.Column("document_name", _str(length=120), nullable=True))
        batch_op.add_column(sa.Column("document", _str(), nullable=True))


def downgrade() -> None:
    op.drop_column("outbox", "document")
    op.drop_column("outbox", "document_name")
    op.drop_column("outbox", "parse_mode")
    op.drop_table("digest_delivery")
