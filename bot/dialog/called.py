""" "Ich habe die Feuerwehr angerufen" at a place question (new-user trial l,
finding 8): news of the call the bot asked for, not a place ("Diesen Ort kenne
ich leider nicht") and no new emergency. It is acknowledged, short, and the
place question stays open: the place still helps the city. So is news that
help came or is coming ("Die Feuerwehr ist da", "Ambulanz ist unterwegs", "Les
pompiers sont là"): it got the emergency numbers again, or the advice to follow
the call's instructions, and the question with nothing said about it.

Only the whole message counts: "Ich habe die Polizei angerufen, er hat ein
Messer" says more and is read as usual.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_SERVICE = (
    r"(?:(?:die|den|d|de|the|les|la|le|l['’]|i|il|la)\s*)?"
    r"(?:feuerwehr|füürwehr|polizei|polizi|sanität|sanitaet|ambulanz|krankenwagen|notruf|"
    r"rettung|police|fire\s*brigade|fire\s*department|firefighters|ambulance|"
    r"emergency\s+services?|pompiers|secours|samu|polizia|pompieri|ambulanza|soccorsi|"
    r"11[278]|144)"
)
_NOW = r"(?:\s+(?:schon|bereits|jetzt|gerade|grad|scho|already|just|now|déjà|già|ora|adesso))*"
_CALLED = re.compile(
    r"^\W*(?:(?:ja|jo|yes|oui|sì|si|ok|okay)\W+)?(?:"
    # de, gsw: "Ich habe die Feuerwehr angerufen", "Mir händ d Sanität grüeft"
    rf"(?:ich|i|wir|mir|mer)\s+(?:habe|hab|haben|han|ha|hend|händ|hän|hani){_NOW}\s+"
    rf"{_SERVICE}{_NOW}\s+(?:an|aa|a)?(?:gerufen|rufen|grüeft|gruefe|glüte|glüütet|lüte|"
    r"telefoniert|alarmiert|verständigt|informiert|benachrichtigt)"
    # en: "I called the police", "I've already phoned 118"
    rf"|(?:i|we)(?:\s+have|\s+had|['’]ve)?{_NOW}\s+(?:called|phoned|rang|rung|alerted|"
    rf"contacted){_NOW}\s+{_SERVICE}"
    # fr: "J'ai appelé les pompiers", "On a déjà prévenu la police"
    rf"|(?:j['’]ai|nous\s+avons|on\s+a){_NOW}\s+(?:appelé|alerté|prévenu|contacté){_NOW}\s+"
    rf"{_SERVICE}"
    # it: "Ho chiamato i pompieri", "Abbiamo già avvisato la polizia"
    rf"|(?:ho|abbiamo){_NOW}\s+(?:chiamato|avvisato|allertato|contattato){_NOW}\s+{_SERVICE}"
    rf"){_NOW}\W*$",
    re.IGNORECASE,
)
# "Die Feuerwehr ist da", "Die Polizei ist schon da", "Ambulanz ist unterwegs",
# "The police are here", "Les pompiers sont là", "L'ambulanza sta arrivando".
_COMING = (
    r"unterwegs|underwegs|im\s+anmarsch|kommt|kommen|chunnt|chömed|on\s+(?:the|their|its)\s+way|"
    r"coming|en\s+route|arrive|arrivent|in\s+arrivo|arrivando|arriva|arrivano"
)
_THERE = (
    r"da|do|hier|vor\s+ort|eingetroffen|here|there|on\s+(?:site|scene)|arrived|là|"
    r"sur\s+place|arrivée?s?|qui|sul\s+posto|arrivat[aeio]"
)
_ARRIVED = re.compile(
    rf"^\W*(?:(?:ja|jo|yes|oui|sì|si|ok|okay|gut)\W+)?{_SERVICE}\s+"
    r"(?:ist|sind|isch|sin|is|are|est|sont|è|sono|sta|stanno)?"
    rf"{_NOW}\s*(?P<where>{_COMING}|{_THERE}){_NOW}"
    r"(?:\W+(?:danke|merci|thanks|thank\s+you|grazie))?\W*$",
    re.IGNORECASE,
)
_ON_THE_WAY = re.compile(rf"^(?:{_COMING})$", re.IGNORECASE)
PLACE_STATES = {State.AWAIT_PLACE, State.AWAIT_PLACE_DETAIL}


def says_called(text: str) -> bool:
    """The message only says the resident called 117/118/144 (or the police, …),
    or that help is there or on its way (`arrival`)."""
    return len(text.split()) <= 12 and (_CALLED.match(text) or _ARRIVED.match(text)) is not None


def arrival(text: str) -> str | None:
    """The text for news that help is there ("help_there_ack") or on its way
    ("help_coming_ack"); None when the message says something else."""
    said = _ARRIVED.match(text) if len(text.split()) <= 12 else None
    if said is None:
        return None
    return "help_coming_ack" if _ON_THE_WAY.match(said["where"]) else "help_there_ack"


def acknowledged(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """At a place question: "Gut, danke." and the question again. None otherwise."""
    concern = ctx.current()
    if ctx.urgent or concern is None or ctx.state not in PLACE_STATES or not says_called(text):
        return None
    ack = Reply(t(ctx.lang, arrival(text) or "called_ack"))
    if ctx.state is State.AWAIT_PLACE and not ctx.data.get("change"):
        return [ack, render.ask_place(ctx, concern, ctx.own(ctx.data.get("previous_id")))]
    return [ack, *render.prompt(d, ctx)]
