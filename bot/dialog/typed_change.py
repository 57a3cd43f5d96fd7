"""A confirmation's button typed instead of pressed ("Ort ändern", "Thema
ändern", "Verwerfen"), or the place said to be wrong in words ("der Ort stimmt
nicht", "falscher Ort", "wrong place", "Ort ändern: Am Seebecken").

Typed in a chat whose buttons sit under a message (Telegram), such a line
was filed as a new concern, and the concern it was about kept its place."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.dialog import intake, place_answer, render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import LANGUAGES, t
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

_PLACE = r"(?:ort|adresse|standort|place|location|address|lieu|endroit|luogo|posto|indirizzo)"
# "der Ort stimmt nicht", "Ort ändern", "falscher Ort", "wrong place", "changer le lieu".
WRONG_PLACE = re.compile(
    rf"\b{_PLACE}\b[^.!?:]{{0,30}}?\b(?:stimmt\s+nicht|stimmt\s+nöd|stimmt\s+nid|passt\s+nicht|"
    r"ist\s+falsch|isch\s+falsch|falsch|ändern|aendern|wechseln|is\s+wrong|wrong|incorrect|"
    r"is\s+not\s+right|est\s+faux|faux|n'est\s+pas\s+(?:le\s+)?bon|sbagliat[oa]|non\s+è\s+giust[oa])\b"
    rf"|\b(?:falsche[rn]?|anderer|andere|wrong|mauvais|mauvaise|sbagliat[oa])\s+{_PLACE}\b"
    rf"|\b(?:change|changer|cambia(?:re)?)\s+(?:the\s+|de\s+|le\s+|l['’]|il\s+|di\s+)?{_PLACE}\b",
    re.IGNORECASE,
)
# What may stand around it without naming a place ("nein", "es ist", "bitte").
_FILLER = re.compile(
    r"\b(?:nein|nei|no|non|sorry|pardon|bitte|please|der|die|das|den|the|le|la|il|es|it|"
    r"ist|is|est|è|isch|sondern|but|aber|mais|ma|eigentlich|actually|en\s+fait|sondern|"
    r"richtig|right|correct|juste|giusto|wäre|would\s+be|serait|sarebbe)\b",
    re.IGNORECASE,
)


def label(text: str, key: str) -> bool:
    """`text` is the button `key`'s label in one of the languages, typed."""
    folded = text.strip().strip(".!").casefold()
    return any(folded == t(lang, key).casefold() for lang in LANGUAGES)


def at_confirmation(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """The answer when `text` is a typed confirmation button or says the place
    is wrong; None otherwise. "Doch weiterleiten" / "Doch nicht": the yes / no
    they mean (`reconsidered`)."""
    from bot.dialog import reconsidered  # it imports the confirmation's modules

    changed = reconsidered.at_card(d, ctx, concern, text)
    if changed is not None:
        return changed
    if label(text, "btn_change_topic") or label(text, "btn_other_topic"):
        return [replace(render.all_topics(d, ctx, concern), edit=False)]
    if label(text, "btn_discard"):
        from bot.dialog.confirming import discard  # confirming imports this module

        return discard(d, ctx, concern)
    if label(text, "btn_change_place"):
        return [replace(render.kreise(ctx, concern), edit=False)]
    said = WRONG_PLACE.search(text)
    if said is None:
        return None
    rest = f"{text[: said.start()]} {text[said.end() :]}".strip(" ,;:.!-–")
    place = d.place(rest) if rest else None
    if place is not None and place_answer.names_a_place(place):
        # "Der Ort stimmt nicht, es ist am Bucheggplatz": that place.
        written = intake.written_place(place, place.kreis) if place.kreis is not None else None
        return place_answer.place_resolved(d, ctx, concern, place, written or rest)
    if place_answer.has_content(_FILLER.sub(" ", rest)):
        # "Ort ändern: Am Seebecken": a place the bot does not know; said, and the Kreise.
        return [replace(render.kreise(ctx, concern, unknown=True), edit=False)]
    return [replace(render.kreise(ctx, concern), edit=False)]
