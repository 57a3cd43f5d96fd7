"""Drafts the timeout does not forward: a question or chatter that states no problem.

The draft timeout (`upkeep`) forwards a draft nobody confirmed, so that a report
does not rot when the resident walks away. A line that was no concern at all went
the same way: "wie wird das wetter morgen in zürich?" reached the Amt für Städtebau
and "was speichert ihr eigentlich über mich?" the coordination offices (Kreis
unbekannt), both unconfirmed (new-user trials p, q and r, finding 5). Most such lines
are answered before they become drafts (`off_topic`, `info_question`, `privacy`);
this is the rule for the rest.

A draft is forwarded when it is urgent, has a place (a Kreis, a pin, or lies outside
the city), or states something: a text that is no question, or a question that names a
problem ("Wann wird die kaputte Lampe repariert?"). A question with no problem and
no place, or a line the bot answers itself (`off_topic`, `info_question`), is closed as
not sent (withdrawn, by nobody; kept as the store keeps any withdrawn concern), and
the resident reads one line that says so, with their words.
"""

from __future__ import annotations

import logging
import re

from sqlmodel import Session

from bot.dialog import after_crisis, info_question, off_topic, render
from bot.dialog.model import Notice, Reply, State
from bot.texts import t
from store import repository as repo
from store.models import Concern, Conversation, Resident, Status

log = logging.getLogger(__name__)
NOTE = "not a concern"  # the routing event's note, for staff and statistics
QUOTE_CHARS = 60
# "Wann wird … repariert?", "… geleert?": a question about something to be fixed.
_FIXED = re.compile(
    r"\b(?:repariert|geflickt|ersetzt|geleert|geräumt|geputzt|entfernt|saniert|"
    r"repaired|fixed|replaced|emptied|cleared|cleaned|removed|"
    r"réparée?s?|remplacée?s?|vidée?s?|nettoyée?s?|enlevée?s?|"
    r"riparat[oaie]|sostituit[oaie]|svuotat[oaie]|pulit[oaie]|rimoss[oaie])\b",
    re.IGNORECASE,
)


def not_a_concern(concern: Concern) -> bool:
    """The draft states no problem and has no place: not forwarded by the timeout."""
    if concern.urgent or concern.kreis is not None or concern.lat is not None:
        return False
    if concern.outside_city:
        return False
    text = (concern.text or "").strip()
    if off_topic.key_of(text) is not None or info_question.key_of(text) is not None:
        return True  # the weather, a joke, where to get a parking permit
    if off_topic.PROBLEM.search(text) or _FIXED.search(text):
        return False
    return render.is_question(text)  # "Warum gibt es so viele Ratten?" is a complaint


def quoted(concern: Concern) -> str:
    """The draft's words, short, for the line that says it was not sent."""
    text = " ".join((concern.text or "").split())
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def close(s: Session, concern: Concern) -> list[Notice]:
    """Mark the draft as not sent (withdrawn by nobody; nothing forwarded), let the
    conversation stop waiting for it, and tell the resident in one line."""
    resident = s.get(Resident, concern.resident_id) if concern.resident_id else None
    conv = None
    if resident is not None and resident.chat_id is not None:
        conv = repo.try_lock_conversation(s, channel=resident.channel, chat_id=resident.chat_id)
        if conv is None and s.get(Conversation, (resident.channel, resident.chat_id)) is not None:
            return []  # the resident is writing right now: next round
    if conv is not None and concern.id in after_crisis.held(conv.data):
        return []  # held after the 143 answer: the resident is asked again first
    repo.set_status(s, concern=concern, status=Status.WITHDRAWN, note=NOTE)
    log.info("draft %s closed unsent: no problem, no place", concern.id)
    if conv is not None and conv.data.get("concern_id") == concern.id:
        kept = ("queue", "reply_offer", "crisis_held", "aside_of")
        data = {k: conv.data[k] for k in kept if conv.data.get(k)}
        repo.save_conversation(s, conversation=conv, state=State.IDLE.value, data=data)
    if resident is None or resident.chat_id is None:
        return []
    text = t(concern.language, "unsent_closed", text=quoted(concern))
    return [Notice(resident.channel, resident.chat_id, Reply(text, lang=concern.language))]
