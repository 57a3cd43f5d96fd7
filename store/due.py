"""Concerns due for maintenance (bot.dialog.upkeep): drafts not confirmed in
time, concerns held by the rate limit; locked without waiting."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from store.models import Concern, Status


def stale_drafts(session: Session, *, before: datetime, limit: int = 100) -> list[Concern]:
    """Drafts not touched since `before`, oldest first, locked for this
    transaction; rows another transaction holds are skipped (PostgreSQL: FOR
    UPDATE SKIP LOCKED), so two replicas never take the same draft."""
    return list(
        session.exec(
            select(Concern)
            .where(Concern.status == Status.DRAFT, col(Concern.updated_at) < before)
            .order_by(col(Concern.updated_at), col(Concern.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
    )


def held_concerns(session: Session, *, limit: int = 100) -> list[Concern]:
    """Concerns held by the rate limit, oldest first, locked like stale_drafts."""
    return list(
        session.exec(
            select(Concern)
            .where(Concern.status == Status.RATE_LIMITED)
            .order_by(col(Concern.created_at), col(Concern.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
            .execution_options(populate_existing=True)
        )
    )
