"""concern emergency: the kind of emergency an urgent concern named

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 18:45:00

Hand-written: one nullable column. An urgent concern keeps the kind of
emergency the resident's words named (nlp.urgent's categories: "fire",
"unconscious", ...). Kinds listed in the routing table go to the Kreis's
coordination office, and residents and staff read "Notfall" rather than a
topic the classifier guessed for a fire (new-user trial 2026-12-06 d).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


# Plain ALTER TABLE (SQLite has ADD and DROP COLUMN since 3.35): batch mode
# would copy the concern table, and with foreign keys enforced SQLite refuses
# to drop the old one while routing_event points at it.


def upgrade() -> None:
    op.add_column("concern", sa.Column("emergency", sa.String(length=24), nullable=True))


def downgrade() -> None:
    op.drop_column("concern", "emergency")
