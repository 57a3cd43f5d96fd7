"""Staff chats, filed concerns and the outbox, for the staff desk tests."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import col, select

from bot.dialog import Dialog
from store.db import session_scope
from store.models import Concern, EventKind, OutboxMessage, Role, RoutingEvent
from store.staff import add_staff
from tests.chat import Chat

# chat id -> (office, role)
TEAM = {
    "900": ("erz", Role.STAFF),
    "901": ("gsz", Role.STAFF),
    "902": ("qk_kreise_3_4_5", Role.COORDINATOR),  # Kreise 3, 4, 5
    "903": ("qk_waidberg", Role.COORDINATOR),  # Kreise 6, 10
    "904": ("qk_uto_zuerichberg", Role.ADMIN),
}
ERZ, GSZ, COORD, OTHER_COORD, ADMIN = TEAM
RESIDENT = "100"
HELVETIAPLATZ = "Der Abfallkübel am Helvetiaplatz ist übervoll"  # Kreis 4, erz


def register(engine: Engine, channel: str = "telegram") -> None:
    with session_scope(engine) as s:
        for chat_id, (office, role) in TEAM.items():
            add_staff(s, channel=channel, chat_id=chat_id, office=office, role=role)


def file_concern(dialog: Dialog, text: str = HELVETIAPLATZ, chat_id: str = RESIDENT) -> Concern:
    """A resident files a concern and confirms it; the stored concern."""
    chat = Chat(dialog, chat_id)
    chat.say(text)
    confirm = [b for b in chat.buttons if b.data.startswith("ok:")]
    if confirm:
        chat.press(confirm[0].label)
    with session_scope(dialog.engine) as s:
        concern = s.exec(select(Concern).order_by(col(Concern.id).desc())).first()
        assert concern is not None and concern.reference is not None, chat.text
        return concern


def concern(engine: Engine, concern_id: int | None) -> Concern:
    with session_scope(engine) as s:
        found = s.get(Concern, concern_id)
        assert found is not None
        return found


def outbox(
    engine: Engine, chat_id: str | None = None, kind: str | None = None
) -> list[OutboxMessage]:
    with session_scope(engine) as s:
        query = select(OutboxMessage).order_by(col(OutboxMessage.id))
        if chat_id is not None:
            query = query.where(OutboxMessage.chat_id == chat_id)
        if kind is not None:
            query = query.where(OutboxMessage.kind == kind)
        return list(s.exec(query))


def events(engine: Engine, concern_id: int | None) -> list[RoutingEvent]:
    with session_scope(engine) as s:
        return list(
            s.exec(
                select(RoutingEvent)
                .where(RoutingEvent.concern_id == concern_id)
                .order_by(col(RoutingEvent.id))
            )
        )


def replies(engine: Engine, concern_id: int | None) -> list[RoutingEvent]:
    """The resident's answers to the city stored on a concern (bot.dialog.reply_to_city)."""
    return [e for e in events(engine, concern_id) if e.kind == EventKind.REPLY]


def staff_asked(dialog: Dialog, engine: Engine, question: str) -> tuple[Concern, Chat, Chat]:
    """Staff registered, a concern filed and confirmed, and ERZ asks its resident
    `question` (/antwort): the concern, the staff chat and the resident's chat."""
    register(engine)
    c = file_concern(dialog)
    staff = Chat(dialog, ERZ)
    staff.say(f"/antwort {c.reference} {question}")
    return c, staff, Chat(dialog, RESIDENT)


def staff_chat(dialog: Dialog, chat_id: str) -> Chat:
    return Chat(dialog, chat_id)
