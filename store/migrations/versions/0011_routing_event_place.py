"""routing event place: the place a routing decision was made on

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 14:30:00

Hand-written: one nullable column. Each routing event keeps the place text it
was made on ("Hardplatz", then "Lochergut" after the resident's correction),
so staff reading a concern's history see which place led to which office.
Retention and deletion erase it with the concern's place text.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


# Plain ALTER TABLE, as 0009: batch mode would copy the table.


def upgrade() -> None:
    op.add_column("routing_event", sa.Column("place_text", sa.String(length=200), nullable=True))


def downgrade() -> None:
    op.drop_column("routing_event", "place_text")
