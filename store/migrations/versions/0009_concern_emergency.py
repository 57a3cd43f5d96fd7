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


def upgrade() -> None:
    with op.batch_alter_table("concern") as batch:
        batch.add_column(sa.Column("emergency", sa.String(length=24), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("concern") as batch:
        batch.drop_column("emergency")
