"""Periodic work: drafts do not rot, held concerns are released, retention runs.

Rule (README): a draft not confirmed within DRAFT_TIMEOUT_MINUTES (urgent ones:
URGENT_DRAFT_TIMEOUT_MINUTES) is forwarded as "unbestätigt" with the classifier's
routing and the resident is told; a draft that states no problem and has no place
(a question to the bot, the weather: `unsent`) is closed as not sent instead. A
concern held by the rate limit is classified and forwarded unconfirmed as soon as
the resident's hourly count allows it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session

from bot.dialog import after_crisis, late_place, place_first, render, unsent
from bot.dialog.model import Notice, Reply, State
from bot.texts import t
from store import repository as repo
from store.db import session_scope
from store.models import Concern, Conversation, Resident, Status, utcnow

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

log = logging.getLogger(__name__)


def run(d: Dialog, now: datetime | None = None) -> list[Notice]:
    now = now or utcnow()
    notices: list[Notice] = []
    with session_scope(d.engine) as s:
        urgent_cutoff = now - timedelta(minutes=d.settings.urgent_draft_timeout_minutes)
        cutoff = now - timedelta(minutes=d.settings.draft_timeout_minutes)
        for concern in repo.stale_drafts(s, before=urgent_cutoff):
            if not concern.urgent and _aware(concern.updated_at) >= cutoff:
                continue
            if unsent.not_a_concern(concern):
                notices += unsent.close(s, concern)  # "wie wird das Wetter morgen?"
                continue
            notices += _forward_unconfirmed(d, s, concern, "forwarded_unconfirmed")
    with session_scope(d.engine) as s:
        for concern in repo.held_concerns(s):
            resident = s.get(Resident, concern.resident_id) if concern.resident_id else None
            if resident is not None and (
                repo.count_recent_concerns(s, resident=resident, since=now - timedelta(hours=1))
                >= d.settings.rate_limit_per_hour
            ):
                continue
            notices += _forward_unconfirmed(d, s, concern, "released")
    with session_scope(d.engine) as s:
        report = repo.purge(s, now=now, retention_months=d.settings.retention_months)
        log.info("retention: %s", report)
    if notices:
        log.info("maintenance: %d concerns forwarded without confirmation", len(notices))
    return notices


def _aware(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)


def _forward_unconfirmed(d: Dialog, s: Session, concern: Concern, key: str) -> list[Notice]:
    resident = s.get(Resident, concern.resident_id) if concern.resident_id else None
    conv = None
    if resident is not None and resident.chat_id is not None:
        key_ = (resident.channel, resident.chat_id)
        conv = repo.try_lock_conversation(s, channel=key_[0], chat_id=key_[1])
        if conv is None and s.get(Conversation, key_) is not None:
            return []  # the resident is writing right now: next round
    if conv is not None and concern.id in after_crisis.held(conv.data):
        # Held after the 143 answer: not forwarded before the resident is asked
        # again (after_crisis); touched, so it does not stand first in every round.
        concern.updated_at = utcnow()
        s.add(concern)
        return []
    if concern.topic is None or concern.status == Status.RATE_LIMITED:
        if concern.status == Status.RATE_LIMITED:
            repo.set_status(s, concern=concern, status=Status.DRAFT)
        d.route_concern(s, concern, concern.lat, concern.lon)
    d.forward(s, concern, confirmed=False)
    log.info("concern %s forwarded unconfirmed to %s", concern.id, concern.office)
    if resident is None or resident.chat_id is None:
        return []
    if conv is not None and conv.data.get("concern_id") == concern.id:
        data = {
            k: conv.data[k]
            for k in ("queue", "reply_offer", "crisis_held", "aside_of")
            if conv.data.get(k)
        }
        if concern.urgent and concern.kreis is None and concern.lat is None:
            data = place_first.held(data, concern)  # its place first, the rest after it
        repo.save_conversation(s, conversation=conv, state=State.IDLE.value, data=data)
    lang = concern.language
    if concern.urgent:
        # No guessed topic or office for an emergency; without a place, it can be added.
        placeless = late_place.placeless(concern)
        key = "urgent_forwarded_later_no_place" if placeless else "urgent_forwarded_later"
    text = t(
        lang,
        key,
        reference=concern.reference,
        topic=render.concern_topic(d, lang, concern),
        place=render.place_name(lang, concern, d),
        office=render.office_name(d, concern.office),
    )
    return [Notice(resident.channel, resident.chat_id, Reply(text, lang=lang))]
