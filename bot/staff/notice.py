"""What the resident is told when staff change a concern: where it is now and
its status, in the resident's language, with the staff remark.

A change made in the bot is told a few minutes late (bot.staff.held), and a
further change while that notice is held replaces it (trial leftovers, item
4: two moves within the hold were two "ist jetzt bei" notices, and an undone
status two notices): `settle` compares where the concern ends up with what
the resident last heard (`held.origin`) and leaves one notice of the final
state, or none when nothing changed for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import col, select

from bot.staff import held
from bot.staff.render import office_name
from bot.texts import t
from nlp.routing import RoutingTable
from store import outbox
from store.models import Concern, OutboxMessage, Resident, RoutingEvent

if TYPE_CHECKING:
    from bot.staff.actions import Desk


def tell_resident(
    desk: Desk, concern: Concern, text_for: dict[str, str], *, hold: bool = False
) -> bool:
    """Owe the resident of `concern` a message (in their language); False when
    nobody can be told (deleted, forgotten, blocked the bot). `hold`: due only
    after bot.staff.held.HOLD (a change that may still be undone)."""
    return _owe(desk, concern, text_for, held.until() if hold else None) is not None


def _owe(
    desk: Desk, concern: Concern, text_for: dict[str, str], due: datetime | None
) -> OutboxMessage | None:
    resident = desk.s.get(Resident, concern.resident_id) if concern.resident_id else None
    if resident is None or resident.chat_id is None or resident.blocked_at is not None:
        return None
    return outbox.enqueue(
        desk.s,
        channel=resident.channel,
        chat_id=resident.chat_id,
        kind="notice",
        text=text_for.get(concern.language, text_for["de"]),
        concern_id=concern.id,
        resident_id=resident.id,
        not_before=due,
    )


def _with_remark(lang: str, text: str, remark: str | None) -> str:
    return text + ("\n" + t(lang, "notice_remark", remark=remark) if remark else "")


def texts(concern: Concern, make: Callable[[str], str]) -> dict[str, str]:
    return {lang: make(lang) for lang in {concern.language, "de"}}


def status_notice(concern: Concern, remark: str | None = None) -> dict[str, str]:
    def make(lang: str) -> str:
        status = t(lang, f"status_{concern.status}")
        text = t(lang, "status_changed", reference=concern.reference, status=status)
        return _with_remark(lang, text, remark)

    return texts(concern, make)


def moved_notice(
    routing: RoutingTable, concern: Concern, remark: str | None, *, new_status: bool = False
) -> dict[str, str]:
    """Where the concern is now; with its status when the move changed it (one
    notice, not a second one about the status)."""
    office = office_name(routing, concern.office)

    def make(lang: str) -> str:
        if new_status:
            status = t(lang, f"status_{concern.status}")
            key, values = "notice_rerouted_status", {"status": status}
        else:
            key, values = "notice_rerouted", {}
        text = t(lang, key, reference=concern.reference, office=office, **values)
        return _with_remark(lang, text, remark)

    return texts(concern, make)


@dataclass(frozen=True, slots=True)
class Settled:
    told: bool  # the resident is owed a notice of the concern's state now
    quiet: bool = False  # a held notice is gone: the resident hears of none of it


def settle(desk: Desk, concern: Concern, event: RoutingEvent, *, back: bool = False) -> Settled:
    """Tell the resident of `event`'s change (a move, a status, a take-over, or
    `back`: an undo). While a notice of the concern is held, it is replaced by
    one of the state now, or dropped when that is what the resident last
    heard. Otherwise a notice of the change: held when made in the bot and
    not an undo (which is told at once, as the change it undoes went out)."""
    assert concern.id is not None
    waiting = held.pending(desk.s, concern.id)
    since = waiting.created_at if waiting is not None else event.at
    was = held.origin(desk.s, concern, since)
    moved = was["office"] != concern.office
    if not moved and was["status"] == concern.status:
        if waiting is None:
            return Settled(told=False)
        desk.s.delete(waiting)
        desk.s.flush()
        return Settled(told=False, quiet=True)
    remark = _remark(desk, concern, since)
    if moved:
        text_for = moved_notice(
            desk.routing, concern, remark, new_status=was["status"] != concern.status
        )
    else:
        text_for = status_notice(concern, remark)
    if waiting is None:
        hold = desk.member is not None and not back
        owed = _owe(desk, concern, text_for, held.until(event.at) if hold else None)
        if owed is not None and hold:
            owed.created_at = event.at  # the notice is of the changes from here (held.origin)
            desk.s.add(owed)
            desk.s.flush()
        return Settled(told=owed is not None)
    waiting.text = text_for.get(concern.language, text_for["de"])
    waiting.next_attempt_at = held.until()
    desk.s.add(waiting)
    desk.s.flush()
    return Settled(told=True)


def _remark(desk: Desk, concern: Concern, since: datetime) -> str | None:
    """The latest staff remark of the changes since `since` still standing
    (neither undone nor an undo)."""
    events = list(
        desk.s.exec(
            select(RoutingEvent)
            .where(
                RoutingEvent.concern_id == concern.id,
                col(RoutingEvent.kind).in_(held.CHANGES),
                col(RoutingEvent.at) >= since,
            )
            .order_by(col(RoutingEvent.id).desc())
        )
    )
    undone = {e.undoes for e in events if e.undoes is not None}
    for e in events:
        if e.note and e.undoes is None and e.id not in undone:
            return e.note
    return None
