"""An afterthought in the answer to the city is a concern of its own.

EWZ asks "flackert sie oder ist sie ganz aus?" and the resident replies "Und sie ist
jetzt ganz aus. Übrigens liegt da auch Glas" (new-user trial k, finding 6, left
over): the glass went to EWZ as part of the answer, and nobody who clears glass
heard of it. An afterthought marker ("übrigens", "ach ja und", "by the way", "au
fait", …: `nlp.split_afterthought`, as in a new concern) opens a part of its own
when that part stands alone (`nlp.split.stands_alone`: a concern, not "ist er auch
kaputt") and the classifier is sure it is another topic than the answered
concern's. Then the answer before it goes to the office, and the afterthought is
filed as a new concern, the answered concern being the one before it: "dort",
"daneben" take its place (`nearby`), and the place question offers it as "Gleicher
Ort wie vorher" (the concern the resident answered, not whichever came last).

Only in an idle conversation: with a draft's question open the whole text is the
answer, as before, rather than a second concern interrupting the first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.dialog import render, to_office
from bot.dialog.context import Ctx
from bot.dialog.model import Reply, State
from bot.texts import t
from nlp.split import NEW_PART_MIN_CONFIDENCE, stands_alone
from nlp.split_afterthought import afterthoughts, without_filler
from store.models import Concern

if TYPE_CHECKING:
    from bot.dialog.core import Dialog


def apart(d: Dialog, concern: Concern, text: str) -> tuple[str, str | None]:
    """The answer to the city about `concern` and an afterthought of another
    matter in `text`; (`text`, None) when there is none."""
    for start, end in afterthoughts(text):
        answer = without_filler(text[:start].strip())
        aside = text[end:].strip()
        if not answer or not stands_alone(aside):
            continue
        topic, confidence = d.topic_of(aside)
        if confidence >= NEW_PART_MIN_CONFIDENCE and topic != concern.topic:
            return answer, aside
    return text, None


def forward(d: Dialog, ctx: Ctx, concern: Concern, text: str) -> list[Reply]:
    """The answer to the office; an afterthought of another matter, in an idle
    conversation, filed as a new concern after it."""
    from bot.dialog import intake  # it reaches this module through reply_to_city

    answer, aside = apart(d, concern, text) if ctx.state is State.IDLE else (text, None)
    sent = to_office.forward(d, ctx, concern, answer)
    if aside is None:
        return [*sent, *render.prompt(d, ctx)]
    noted = Reply(t(ctx.lang, "reply_aside", text=intake.quote(aside)))
    return [*sent, noted, *intake.new_text(d, ctx, aside, previous=concern)]
