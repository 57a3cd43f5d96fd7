"""The city's answer once more: "what was the answer again?", "Was war nochmal die
Antwort?", "was hät d Stadt gseit?", "qu'est-ce qu'ils ont répondu?", "qual era la
risposta?".

After staff answered and closed a concern, the question was offered as the
resident's answer to the office ("Is this your answer about ZH-…?"; new-user
trial q, finding 9): the first button sent it to the office. Now the latest
answer (/antwort) and the latest status remark of the concern the city last wrote
about are shown again, and nothing is sent; without any, the resident hears that
no answer came yet. A question the bot answers itself (`general_questions`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlmodel import col, select

from bot.dialog import render
from bot.dialog.context import Ctx
from bot.dialog.model import Reply
from bot.texts import t
from store.models import Concern, EventKind, RoutingEvent

if TYPE_CHECKING:
    from bot.dialog.core import Dialog

MAX_WORDS = 12
_AGAIN = (
    r"(?:(?:nochmal|nomal|nomol|nochmals|noch\s+mal|noch\s+einmal|denn|dänn|gleich|schnell|"
    r"eigentlich|genau|again|exactly|déjà|già|di\s+nuovo)\s+)*"
)
ASKED = re.compile(
    # de, gsw
    rf"\b(?:was|wie|wa)\s+(?:war|isch|ist|wär)\s+{_AGAIN}(?:die|d|de|ihre|iri)\s*['’]?\s*antwort"
    rf"|\b(?:was|wa)\s+(?:hat|hät|het|haben|händ|hend|hand)\s+{_AGAIN}"
    r"(?:die\s+stadt|d\s*['’]?\s*stadt|sie|si|die|man|das\s+amt|die\s+stelle)\s+"
    rf"{_AGAIN}(?:geantwortet|gantwortet|gesagt|gseit|gsait|geschrieben|gschribe)"
    rf"|\b(?:die|d)\s+antwort\s+(?:(?:bitte|nomal|nochmal|noch\s+einmal|nochmals)\s*)+\W*$"
    # en
    rf"|\bwhat\s+(?:was|is|were)\s+{_AGAIN}(?:the|their|its|the\s+city['’]s)\s+"
    r"(?:answer|reply|response)"
    rf"|\bwhat\s+did\s+(?:the\s+city|they|you|the\s+office|the\s+staff)\s+{_AGAIN}"
    r"(?:say|answer|reply|write)"
    r"|\b(?:show|send|give|tell)\s+me\s+(?:the|their)\s+(?:answer|reply)\s+again"
    # fr
    r"|\bqu['’]est-ce\s+qu['’](?:ils|elle|elles|on|la\s+ville)\s+(?:m['’]|nous\s+)?(?:a|ont)\s+"
    r"(?:déjà\s+)?répondu|\bqu['’](?:ont-ils|a-t-elle|a-t-on)\s+répondu"
    r"|\bquelle\s+(?:était|est)\s+(?:déjà\s+)?(?:la|leur)\s+réponse"
    r"|\bc['’]était\s+quoi\s+(?:déjà\s+)?(?:la|leur)\s+réponse"
    r"|\bqu['’]a\s+répondu\s+la\s+ville"
    # it
    r"|\bqual\s+(?:era|è)\s+(?:già\s+)?la\s+(?:loro\s+)?risposta"
    r"|\b(?:che\s+)?cosa\s+(?:hanno|ha|avete)\s+(?:già\s+)?(?:risposto|detto|scritto)",
    re.IGNORECASE,
)


def shown(d: Dialog, ctx: Ctx, text: str) -> list[Reply] | None:
    """The city's latest answer and remark again, then the question that was
    waiting; None for any other text."""
    if len(text.split()) > MAX_WORDS or not ASKED.search(text):
        return None
    told = _latest(ctx, None)
    if told is None:
        return [Reply(t(ctx.lang, "answer_again_none")), *render.prompt(d, ctx)]
    concern = ctx.s.get(Concern, told.concern_id)
    if concern is None:
        return None
    lines = []
    answer = _latest(ctx, concern, EventKind.ANSWER)
    if answer is not None:
        lines.append(t(ctx.lang, "notice_answer", reference=concern.reference, text=answer.note))
    remark = _latest(ctx, concern, EventKind.STATUS)
    if remark is not None:
        status = t(ctx.lang, f"status_{concern.status}")
        lines.append(
            t(
                ctx.lang,
                "answer_again_remark",
                reference=concern.reference,
                status=status,
                remark=remark.note,
            )
        )
    return [Reply("\n".join(lines)), *render.prompt(d, ctx)]


def _latest(ctx: Ctx, concern: Concern | None, *kinds: EventKind) -> RoutingEvent | None:
    """The latest answer or status remark by staff to the resident (of `concern`
    when given, of `kinds` when given), not undone since."""
    undone = select(RoutingEvent.undoes).where(col(RoutingEvent.undoes).is_not(None))
    query = (
        select(RoutingEvent)
        .join(Concern, col(Concern.id) == RoutingEvent.concern_id)
        .where(
            Concern.resident_id == ctx.resident.id,
            col(RoutingEvent.kind).in_(kinds or (EventKind.ANSWER, EventKind.STATUS)),
            col(RoutingEvent.note).is_not(None),
            col(RoutingEvent.actor).is_not(None),
            col(RoutingEvent.actor) != "resident",
            col(RoutingEvent.id).not_in(undone),
        )
        .order_by(col(RoutingEvent.id).desc())
        .limit(1)
    )
    if concern is not None:
        query = query.where(RoutingEvent.concern_id == concern.id)
    found: RoutingEvent | None = ctx.s.exec(query).first()
    return found
