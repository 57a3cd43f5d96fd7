"""The answer to a place question that offers "Gleicher Ort wie vorher".

"gleicher Ort", "(gliich) wie vorhin", "do au", "same as before", "comme avant",
"come prima" take the place offered, like the button (bot/dialog/same_place.py).
"Nein", "nei, anderswo", "no, somewhere else" say "not the same place": the
resident still knows where it is, so the bot asks "Wo ist es dann?" without the
button, instead of filing the concern with "Ort unbekannt" (new-user trial n,
finding 5). "Weiss ich nicht" stays what it says.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.dialog import buttons, render, same_place
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from nlp.smalltalk import yes_no
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

# "nei, anderswo", "Nein, an einem anderen Ort", "no, somewhere else", "non,
# ailleurs", "no, altrove", "nöd det": the whole answer, with or without the no.
NOT_SAME = re.compile(
    r"^\W*(?:(?:nein|nei|nö|nee|nai|no|nope|non)\b[\s,;:.!-]*)?"
    r"(?:(?:es\s+ist|es\s+isch|isch|it['’]?s|it\s+is|c['’]est|è)\s+)?(?:"
    r"(?:ganz\s+|öppe\s+|irgend)?(?:anderswo|woanders|wo\s+anders|anderschwo|anderscht?wo)"
    r"|(?:an|a|am|bi|bei|in)\s+(?:einem\s+|emene\s+|amene\s+|ere\s+|einer\s+)?"
    r"andere[nmr]?\s+(?:ort|stelle|platz)|(?:ein\s+|en\s+)?andere[rs]?\s+(?:ort|stelle|platz)"
    r"|(?:nicht|nöd|nid|ned)\s+(?:dort|da|do|det|dete|döt|dört|am\s+gleichen\s+ort|"
    r"der\s+gleiche(?:\s+ort)?|de\s+gliich(?:e)?(?:\s+ort)?|gleich|gliich)"
    r"|(?:somewhere|someplace)\s+else|elsewhere|(?:at\s+|in\s+)?(?:a\s+)?(?:different|another|other)"
    r"\s+(?:place|spot|location|street)|not\s+(?:there|the\s+same(?:\s+(?:place|spot|one))?)"
    r"|ailleurs|autre\s+part|(?:à\s+|dans\s+)?(?:un\s+)?autre\s+(?:endroit|lieu|rue)"
    r"|pas\s+(?:là|au\s+même\s+endroit|le\s+même(?:\s+endroit)?)"
    r"|altrove|(?:da\s+)?un['’]altra\s+parte|(?:in\s+)?un\s+altro\s+(?:posto|luogo|punto)"
    r"|non\s+(?:lì|lo\s+stesso(?:\s+posto)?|nello\s+stesso\s+posto)"
    r")\W*$",
    re.IGNORECASE,
)


def _offered(ctx: Ctx) -> str | None:
    """The "same place" button's data, when the open place question shows it."""
    if ctx.state is not State.AWAIT_PLACE:
        return None
    labels = ctx.data.get("labels") or {}
    offered = [str(data) for data in labels.values() if str(data).startswith("sp:")]
    return offered[0] if offered else None


def answer(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply] | None:
    """The place offered, typed; or "not the same place": asked where then. None
    when the question offers no place before, or the answer is neither."""
    offered = _offered(ctx)
    if offered is None:
        return None
    if same_place.TYPED.match(text):
        return buttons.on_button(d, ctx, offered)
    if yes_no(text) is False or NOT_SAME.match(text):
        asked = render.ask_place(ctx, concern)  # the same question, without the button
        key = "urgent_ask_place_elsewhere" if concern.urgent else "ask_place_elsewhere"
        return [replace(asked, text=t(ctx.lang, key))]
    return None
