"""The staff desk: the entry point for staff commands and buttons, beside the
resident dialog on the same store and texts.

`StaffDesk.handle` answers in one transaction with the update's claim (and,
given a sink, the replies queued in the outbox); it returns None for anything
that is not a staff matter of a registered staff chat: the resident dialog then
answers it, so someone who is not staff gets exactly what a resident gets for
an unknown command and learns nothing about any concern. In a group chat the
bot only ever answers staff.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time

from sqlalchemy import Engine
from sqlmodel import Session

from bot.messages import Incoming, Reply, ReplySink
from bot.staff import buttons, commands
from bot.staff.actions import Desk, actor_of
from bot.staff.codec import is_staff_data
from bot.texts.staff import st
from nlp.routing import RoutingTable
from nlp.smalltalk import smalltalk
from store import repository as repo
from store.db import session_scope
from store.models import StaffMember
from store.staff import find_staff

log = logging.getLogger(__name__)

# Topic codes with probabilities, likeliest first ("Nicht zuständig" offers
# the offices of the next-best topics).
Ranker = Callable[[str], list[tuple[str, float]]]


# Small talk in a staff chat that gets a word back instead of the desk's hint.
COURTESY = frozenset({"thanks", "bye", "ok", "yes"})


@dataclass(slots=True)
class StaffCtx:
    """One staff message being handled."""

    desk: Desk
    member: StaffMember
    incoming: Incoming
    ranker: Ranker | None
    digest_time: time = time(7, 30)

    @property
    def s(self) -> Session:
        return self.desk.s

    @property
    def routing(self) -> RoutingTable:
        return self.desk.routing


def command_name(text: str | None) -> str:
    if not text or not text.startswith("/"):
        return ""
    return text.split()[0].lstrip("/").split("@")[0].lower()


class StaffDesk:
    def __init__(
        self,
        *,
        engine: Engine,
        routing: RoutingTable,
        ranker: Ranker | None = None,
        digest_time: time = time(7, 30),
    ):
        self.engine = engine
        self.routing = routing
        self.ranker = ranker
        self.digest_time = digest_time

    @staticmethod
    def wants(msg: Incoming) -> bool:
        """Could this be a staff matter? (Cheap; no store needed.)"""
        if msg.kind == "callback":
            return is_staff_data(msg.data)
        return msg.kind == "command" and command_name(msg.text) in commands.STAFF_COMMANDS

    def handle(self, msg: Incoming, sink: ReplySink | None = None) -> list[Reply] | None:
        """Handle a staff command or button in one transaction, which claims the
        update (a repeat does nothing) and, with a `sink`, queues the replies."""
        with session_scope(self.engine) as s:
            member = self._member(s, msg)
            if member is None:
                return None
            if msg.update_id is not None and not repo.claim_update(
                s, channel=msg.channel, update_id=msg.update_id
            ):
                log.info("duplicate update %s ignored", msg.update_id)
                return []
            desk = Desk(s, self.routing, actor_of(member), member)
            ctx = StaffCtx(desk, member, msg, self.ranker, self.digest_time)
            if msg.kind == "callback":
                replies = buttons.on_button(ctx, msg.data or "")
            else:
                replies = commands.on_command(ctx, msg.text or "")
            if sink is not None:
                sink(s, replies)
            return replies

    def text_hint(self, msg: Incoming) -> list[Reply] | None:
        """`hint_for` in a transaction of its own (the terminal's start)."""
        with session_scope(self.engine) as s:
            return self.hint_for(s, msg)

    def hint_for(self, s: Session, msg: Incoming) -> list[Reply] | None:
        """Words, or a command the desk does not know, in a staff chat: how the
        desk works ("/start" too), and no concern filed; None when the chat is
        not staff. Runs in the caller's
        transaction (the dialog's, when `repo.arrive` found a staff chat: the
        registry is read with the resident's row, not per message here)."""
        member = find_staff(s, channel=msg.channel, chat_id=msg.chat_id)
        if member is None:
            return None
        name = command_name(msg.text) if msg.kind == "command" else ""
        if name and name != "start":  # "/liste", "/meine": not the resident's help
            return [Reply(st("staff_unknown_command", name=name))]
        talk = smalltalk(msg.text) if msg.text and not name else None
        if talk is not None and talk.kind in COURTESY:  # "Danke": not the hint again
            return [Reply(st("staff_thanks" if talk.kind == "thanks" else "staff_ok"))]
        office = self.routing.offices.get(member.office)
        name = office.name if office is not None else member.office
        return [Reply(st("staff_chat_text", office=name))]

    def _member(self, s: Session, msg: Incoming) -> StaffMember | None:
        """The person's own registration, else the group's (a team inbox)."""
        person = None
        if msg.user_id is not None and (msg.group or msg.user_id != msg.chat_id):
            person = find_staff(s, channel=msg.channel, chat_id=msg.user_id)
        if person is not None:
            return person
        return find_staff(s, channel=msg.channel, chat_id=msg.chat_id)
